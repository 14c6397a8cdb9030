# fresh14 frames in other languages, part A (de, fr, es, it, pt, nl, pl, sv, da, no). Written by hand.

# German
F("per-de-news-001", "news", "de", "„Wir haben seit Wochen keine Antwort vom Bauamt bekommen“, sagt «P1», «P1.g:die mit ihrem Mann|der mit seiner Frau» «P2» eine Gärtnerei am Stadtrand betreibt. «P1.l» will nun klagen.", 3)
F("per-de-tenancy-001", "landlord_email", "de", "Sehr geehrte«P1.g:| r» «P1.g:Frau|Herr» «P1.l»,\n\nam «DATE» wird der Heizungsableser in der «ADDR» erwartet. Bitte ermöglichen Sie den Zugang zur Wohnung oder hinterlegen Sie den Schlüssel bei «P2».\n\nMit freundlichen Grüßen\n«P3»\nTel. «PHONE»", 3)
F("per-de-sepa-001", "bank_letter", "de", "SEPA-Lastschriftmandat\nKontoinhaber: «P1»\nAnschrift: «ADDR»\nIBAN: «IBAN»\nGeburtsdatum: «DOB»\nOrt, Datum: «TOWN», «DATE»", 3)
F("per-at-chat-001", "chat", "at", "servus «P1.fl», hast du die nummer vom «P2.f»? der installateur war super. ich glaub es war «PHONE»", 2)
F("pub-de-001", "news", "de", "Die «D:street_landmark:Konrad-Adenauer-Straße|Goethestraße|Bismarckplatz» bleibt wegen Bauarbeiten bis Ende Mai gesperrt. Umleitungen über den «D:street_landmark:Willy-Brandt-Platz|Karl-Marx-Ring» sind ausgeschildert.", 3)
F("sec-de-001", "chat", "de", "hier die Zugangsdaten fürs NAS im Büro: Benutzer admin, Passwort «PW» — bitte nicht weitergeben", 2)

# French
F("per-fr-minutes-001", "council_minutes", "fr", "Conseil municipal du «DATE»\nPrésents : «P1» (maire), «P2», «P3», «P4».\nExcusé : «P5».\n«P2.g:Mme|M.» «P2.l» présente le budget de la cantine scolaire. Adopté à l'unanimité.", 3)
F("per-fr-rsvp-001", "rsvp", "fr", "Coucou «P1.f» ! Oui on sera là pour le mariage, «P2.f» et moi, et on ramène la petite. Tu peux m'appeler au «PHONE» pour l'hébergement. Bises, «P3.f»", 3)
F("per-fr-medical-001", "referral_letter", "fr", "Cher confrère,\n\nJe vous adresse «P1.g:Mme|M.» «P1», né«P1.g:e|» le «DOB», demeurant «ADDR», pour avis cardiologique.\n\nBien confraternellement,\nDr «P2»", 3)
F("per-fr-market-001", "marketplace_message", "fr", "Bonjour, le vélo est toujours dispo ? Je peux passer samedi matin. Mon mail : «EMAIL». Merci, «P1»", 2)
F("pub-fr-001", "news", "fr", "La station «D:place:Charles de Gaulle – Étoile|Louise Michel|Jean Jaurès» sera fermée dimanche. Le musée «D:eponym:Rodin|Picasso|Marmottan Monet» prolonge son exposition jusqu'en mars.", 3)
F("sec-fr-001", "config", "fr", "# config de prod — ne pas committer\nSTRIPE_SECRET_KEY=«STRIPE»\nMOT_DE_PASSE_BDD=«PW»", 2)

# Spanish
F("per-es-news-001", "news", "es", "«P1», «P1.g:vecina|vecino» del barrio desde hace cuarenta años, asegura que «LQ»nunca había visto el río tan alto«RQ». «P2.g:Su hija|Su hijo», «P2», ayudó a sacar los muebles del bajo.", 3)
F("per-es-helpdesk-001", "helpdesk_chat", "es", "Agente: Buenas tardes, ¿me indica el titular de la línea?\nCliente: «P1»\nAgente: Gracias. ¿Fecha de nacimiento?\nCliente: «DOB»\nAgente: Perfecto, ¿y la dirección de envío?\nCliente: «ADDR»", 3)
F("per-es-rental-001", "landlord_email", "es", "Hola «P1.f»:\n\nTe confirmo que el piso de «ADDR» queda libre el «DATE». La fianza te la devuelvo a la cuenta «IBAN».\n\nUn saludo,\n«P2»\n«PHONE»", 3)
F("pub-es-001", "news", "es", "El estadio «D:eponym:Santiago Bernabéu|Ramón Sánchez-Pizjuán» acogerá la final. La avenida «D:street_landmark:Gran Vía|Paseo de la Castellana» estará cortada desde las 18:00.", 2)
F("sec-es-001", "chat", "es", "te paso la clave de la API de OpenAI para el bot: «OAI» — la renovamos el lunes", 2)

# Italian
F("per-it-minutes-001", "court_record", "it", "Il Giudice, sentite le parti, dà atto che è presente l'attrice «P1», assistita dall'avv. «P2». Il convenuto «P3», residente in «ADDR», non è comparso.", 3)
F("per-it-chat-001", "chat", "it", "Ciao «P1.f», sono «P2.f», «P2.g:la mamma|il papà» di «P3.f». Domani li porto io a calcetto, ok? Se serve chiamami al «PHONE»", 3)
F("per-it-booking-001", "booking_confirmation", "it", "Gentile «P1»,\nla Sua prenotazione per il «DATE» è confermata.\nOspiti: «P1», «P2»\nTelefono: «PHONE»\nEmail: «EMAIL.P1»", 3)
F("pub-it-001", "travel", "it", "Dall'aeroporto «D:eponym:Leonardo da Vinci|Marco Polo|Galileo Galilei» prendete il treno per la stazione «D:eponym:Roma Termini|Milano Centrale». La chiesa di «D:eponym:San Lorenzo|Santa Maria Novella» è a due passi.", 2)
F("sec-it-001", "config", "it", "# credenziali AWS del progetto\naws_access_key_id = «AKID»\naws_secret_access_key = «AKSEC»", 2)

# Portuguese (PT + BR)
F("per-pt-news-001", "news", "pt", "«P1», de «N:30-80» anos, foi «P1.g:distinguida|distinguido» pela câmara municipal pelo trabalho voluntário no banco alimentar. «P1.f» agradeceu «P2.g:à filha|ao filho», «P2», «LQ»que nunca me deixou desistir«RQ».", 3)
F("per-br-market-001", "marketplace_message", "br", "Oi! A geladeira ainda tá disponível? Posso buscar amanhã. Meu zap é «PHONE», pode chamar. Abraço, «P1.f»", 3)
F("per-br-delivery-001", "delivery_note", "br", "Entregar para «P1» — «ADDR». Se não tiver ninguém, deixar com o porteiro («P2.f»). CPF do destinatário no sistema.", 3)
F("pub-pt-001", "news", "pt", "A Ponte «D:eponym:Vasco da Gama|25 de Abril» terá uma faixa encerrada. O Estádio «D:eponym:José Alvalade|do Dragão» recebe o jogo às 20h45.", 2)
F("sec-br-001", "chat", "br", "mano a senha do wifi do escritório mudou, agora é «PW»", 2)

# Dutch
F("per-nl-forum-001", "neighbourhood_forum", "nl", "Weet iemand of «P1» nog op de «ADDR.st» woont? Ik heb een pakketje voor «P1.g:haar|hem» aangenomen.", 3)
F("per-nl-email-001", "email", "nl", "Beste «P1.f»,\n\nHierbij de gegevens voor de vrijwilligerslijst: «P2», telefoon «PHONE», e-mail «EMAIL.P2». «P2.f» kan op zaterdagochtend.\n\nGroet,\n«P3»", 3)
F("per-nl-bank-001", "bank_letter", "nl", "Geachte «P1.g:mevrouw|heer» «P1.l»,\n\nUw verzoek om het rekeningnummer «IBAN» op naam van «P2» te zetten is verwerkt. Geboortedatum: «DOB».", 3)
F("pub-nl-001", "news", "nl", "Het «D:eponym:Van Gogh Museum|Rembrandthuis|Anne Frank Huis» trekt dit jaar meer bezoekers dan ooit. Tram 2 rijdt tijdelijk niet via de «D:street_landmark:Van Baerlestraat|Cornelis Schuytstraat».", 2)
F("sec-nl-001", "config", "nl", "# .env voor de webshop\nMOLLIE_API_KEY=«KEY»\nDB_WACHTWOORD=«PW»", 2)

# Polish
F("per-pl-news-001", "news", "pl", "— Nikt nas nie uprzedził o wyłączeniu prądu — mówi «P1», «P1.g:mieszkanka|mieszkaniec» osiedla. «P1.g:Jej|Jego» «P2.g:sąsiadka|sąsiad», «P2», «P2.g:straciła|stracił» zawartość zamrażarki.", 3)
F("per-pl-form-001", "form", "pl", "Imię i nazwisko: «P1»\nData urodzenia: «DOB»\nAdres zamieszkania: «ADDR»\nTelefon: «PHONE»\nNr rachunku: «IBAN»", 3)
F("per-pl-chat-001", "chat", "pl", "hej «P1.fl», masz numer do «P2.f»? potrzebuję go na jutro. wyślij na «EMAIL»", 3)
F("pub-pl-001", "news", "pl", "Lotnisko «D:eponym:Chopina|im. Lecha Wałęsy» notuje rekord pasażerów. Remont ulicy «D:street_landmark:Marszałkowskiej|Piotrkowskiej» potrwa do jesieni.", 2)
F("sec-pl-001", "chat", "pl", "token do githuba dla CI: «GH» (ważny 90 dni)", 2)

# Swedish
F("per-se-rsvp-001", "rsvp", "se", "Hej «P1.f»! Vi kommer gärna på midsommarfesten, jag och «P2». «P2.f» tar med jordgubbstårta. Ring «PHONE» om ni behöver hjälp med något.", 3)
F("per-se-form-001", "form", "se", "Namn: «P1»\nFödelsedatum: «DOB»\nAdress: «ADDR»\nE-post: «EMAIL.P1»\nKontonummer (IBAN): «IBAN»", 3)
F("per-se-minutes-001", "council_minutes", "se", "§ 4 Ordföranden «P1» öppnade mötet. Till justerare valdes «P2» och «P3». Sekreterare: «P4».", 2)
F("pub-se-001", "news", "se", "«D:brand:Volvo|Ericsson|Scania» redovisade ett starkt kvartal. Konserthuset vid «D:street_landmark:Hötorget|Gustav Adolfs torg» stänger för renovering.", 2)
F("sec-se-001", "config", "se", "# slack-bot för larm\nSLACK_BOT_TOKEN=«SLACK»", 1)

# Danish
F("per-dk-email-001", "email", "dk", "Hej «P1.f»,\n\nTak for i går. Jeg har fået adressen på håndværkeren: «P2», «ADDR», tlf. «PHONE».\n\nKh «P3.f»", 3)
F("per-dk-genea-001", "genealogy", "dk", "«P1», født «DOB» i «TOWN», «P1.g:datter|søn» af gårdejer «P2» og hustru «P3». Gift 1952 med «P4».", 2)
F("per-dk-chat-001", "chat", "dk", "«P1.fl» har lige skrevet at «P2.fl» ikke kan komme til fodbold i morgen. kan du tage hans plads?", 2)
F("pub-dk-001", "news", "dk", "«D:brand:Carlsberg|Maersk|Lego» åbner nyt hovedkontor ved «D:street_landmark:H.C. Andersens Boulevard|Kongens Nytorv».", 2)
F("sec-dk-001", "chat", "dk", "login til routeren: admin / «PW»", 1)

# Norwegian
F("per-no-news-001", "news", "no", "– Det var helt surrealistisk, sier «P1» (34) fra «TOWN». «P1.g:Hun|Han» og samboeren «P2» ble evakuert natt til søndag.", 3)
F("per-no-tenancy-001", "landlord_email", "no", "Hei «P1.f»,\n\nHusleien for «ADDR» settes inn på konto «IBAN» innen den 1. hver måned. Kontakt meg på «PHONE» ved spørsmål.\n\nMvh «P2»", 3)
F("per-no-form-001", "form", "no", "Navn: «P1»\nFødselsdato: «DOB»\nE-post: «EMAIL.P1»\nPårørende: «P2»", 2)
F("pub-no-001", "news", "no", "«D:public_figure:Henrik Ibsen|Edvard Munch|Roald Amundsen» er tema for en ny utstilling på Nasjonalmuseet. «D:street_landmark:Karl Johans gate|Haakon VIIs gate» blir bilfri i juli.", 2)
F("sec-no-001", "config", "no", "ANTHROPIC_API_KEY=«ANT»  # nøkkel for chatboten", 1)
