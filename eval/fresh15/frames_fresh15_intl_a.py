# -*- coding: utf-8 -*-
"""fresh15 non-English frames, part A: de fr es it pt nl pl sv da no fi cs sk."""
FRAMES = [
# ---- de
("per-de-001", "elternbrief", "de-de", """Liebe Eltern der Klasse 3b,
am ⟦date⟧ findet der Wandertag statt. Bitte gebt euren Kindern festes Schuhwerk mit. Begleitpersonen: ⟦p1⟧ und ⟦p2⟧. Bei Fragen erreicht ihr mich unter ⟦phone⟧.
Viele Grüße
⟦p3⟧ (Klassenlehrer⟦p3?|in⟧)"""),
("per-de-002", "vereinsmitteilung", "de-at", """Vereinsmeisterschaft U14 – Ergebnisse: 1. ⟦p1⟧, 2. ⟦p2⟧, 3. ⟦p3⟧. Danke an ⟦p4.f⟧ fürs Grillen! Neue Mitglieder melden sich bitte bei Obmann ⟦p5:m⟧, ⟦p5.e⟧. Mitgliedsbeitrag auf ⟦iban⟧."""),
("per-de-003", "schadensmeldung", "de-de", """Schadenmeldung Hausrat
Versicherungsnehmer: ⟦p1⟧, geb. ⟦dob⟧
Anschrift: ⟦addr⟧, ⟦town⟧
Schaden: Wasserschaden durch Nachbarwohnung (⟦p2⟧, 2. OG)
Erstattung bitte auf IBAN ⟦iban⟧"""),
("per-de-004", "whatsapp_familie", "de-de", """[19:42] ⟦p1.f⟧: Wer holt Oma am Sonntag ab?
[19:45] ⟦p2.f⟧: ich nicht, bin bei ⟦p3.f⟧ in Hamburg
[19:46] ⟦p1.f⟧: ok dann frag ich ⟦p4.f⟧ 🙄
[19:50] Papa: Oma ⟦p5:f.l⟧ hat neue Nummer: ⟦phone⟧"""),
("pub-de-001", "strassenhinweis", "de-de", """Baustelle: Die ⟦#street_landmark|Konrad-Adenauer-Straße|Willy-Brandt-Platz|Goethestraße|Sophie-Scholl-Allee⟧ ist bis ⟦~Freitag|Ende Mai|zum 30.6.⟧ gesperrt. Umleitung über den ⟦#street_landmark|Friedrich-Ebert-Ring|Karl-Marx-Platz⟧."""),
("sec-de-001", "docker_compose_kommentar", "de-de", """# Achtung: nur lokal benutzen!!
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ⟦pw⟧
  app:
    environment:
      OPENAI_API_KEY: ⟦openai⟧"""),
# ---- fr
("per-fr-001", "mot_aux_parents", "fr-fr", """Bonjour,
⟦p1.f⟧ a oublié son cahier de liaison aujourd'hui. Merci de le signer pour jeudi. La sortie au musée est accompagnée par ⟦p2?M.|Mme⟧ ⟦p2.l⟧ et ⟦p3⟧.
Cordialement, ⟦p4⟧, professeur des écoles"""),
("per-fr-002", "avis_de_deces", "fr-be", """Nous avons la tristesse de vous faire part du décès de ⟦p1?M.|Mme⟧ ⟦p1⟧, survenu le ⟦date⟧ à l'âge de 86 ans. De la part de ⟦p2⟧, ⟦p3⟧ et de toute la famille. Condoléances : ⟦p2.e⟧"""),
("per-fr-003", "declaration_sinistre", "fr-fr", """Déclaration de sinistre – habitation
Assuré : ⟦p1⟧, né⟦p1?|e⟧ le ⟦dob⟧
Adresse : ⟦addr⟧, ⟦town⟧
Tél. : ⟦phone⟧
Témoin : ⟦p2⟧, voisin⟦p2?|e⟧ du dessous
IBAN pour l'indemnisation : ⟦iban⟧"""),
("per-fr-004", "planning_benevoles", "fr-fr", """Planning Restos du Cœur – semaine du ⟦date⟧
lundi : ⟦p1⟧, ⟦p2⟧
mercredi : ⟦p3⟧ (clés)
vendredi : ⟦p4⟧, ⟦p5.f⟧
remplacements : voir avec ⟦p6.f⟧ au ⟦phone⟧"""),
("pub-fr-001", "plan_metro", "fr-fr", """Correspondance à ⟦#street_landmark|Charles de Gaulle – Étoile|Franklin D. Roosevelt|Louise Michel|Jean Jaurès|Victor Hugo⟧, puis descendre à ⟦#street_landmark|Place Jean-Jaurès|Boulevard Voltaire|Pont Mirabeau⟧. Trafic perturbé ⟦~ce week-end|jusqu'au 12|ce soir⟧."""),
("sec-fr-001", "fichier_env", "fr-fr", """# config prod — ne pas commiter !!!
APP_SECRET=⟦key:hex32⟧
MAILER_DSN=smtp://contact%40boutique-lyon.fr:⟦pw⟧@smtp.ovh.net:587
STRIPE_SECRET=⟦stripe⟧"""),
# ---- es
("per-es-001", "nota_tutoria", "es-es", """Hola ⟦p1.f⟧, te escribo porque ⟦p2.f⟧ lleva tres días sin traer los deberes. ¿Podemos hablar el jueves? Mi móvil es ⟦phone⟧. Un saludo, ⟦p3⟧ (tutor⟦p3?|a⟧ de 2º B)"""),
("per-es-002", "parte_accidente", "es-es", """Parte amistoso – Conductor A: ⟦p1⟧, con domicilio en ⟦addr⟧, ⟦town⟧. Teléfono ⟦phone⟧. Conductor B: ⟦p2⟧. Testigo: ⟦p3⟧, que pasaba por allí. IBAN del conductor A: ⟦iban⟧"""),
("per-es-003", "grupo_familia", "es-es", """⟦p1.f⟧: feliz cumple abuela!! 🎉🎂
⟦p2.f⟧: felicidades mamá
abuela ⟦p3:f.f⟧: gracias hijos, ⟦p4.f⟧ me ha regalado un móvil nuevo y no sé usarlo
⟦p4.f⟧: jajaja luego te llamo"""),
("pub-es-001", "noticia_calle", "es-es", """El Ayuntamiento renombra la ⟦#street_landmark|Calle de Cervantes|Avenida de Blasco Ibáñez|Plaza de Lope de Vega|Gran Vía de Colón⟧ tras las obras. La estación ⟦#street_landmark|Madrid-Puerta de Atocha-Almudena Grandes|Barcelona-Sants|Sevilla-Santa Justa⟧ sigue abierta."""),
("sec-es-001", "config_php", "es-es", """<?php
// credenciales de producción (cambiar!!)
define('DB_USER', 'tienda');
define('DB_PASSWORD', '⟦pw⟧');
define('AWS_KEY', '⟦aws_ak⟧');
define('AWS_SECRET', '⟦aws_sk⟧');"""),
# ---- it
("per-it-001", "avviso_parrocchia", "it-it", """Avvisi della settimana: sabato battesimo di ⟦p1⟧, figli⟦p1?o|a⟧ di ⟦p2⟧ e ⟦p3⟧. Le prove del coro sono guidate da ⟦p4⟧. Per le offerte contattare ⟦p5⟧ al ⟦phone⟧."""),
("per-it-002", "verbale_condominio", "it-it", """Verbale assemblea condominiale del ⟦date⟧. Presenti: ⟦p1⟧ (amministratore), ⟦p2⟧, ⟦p3⟧, ⟦p4⟧. Il sig. ⟦p5:m.l⟧ lamenta infiltrazioni dal terrazzo. Residenza: ⟦addr⟧. Rate condominiali sull'IBAN ⟦iban⟧."""),
("per-it-003", "richiesta_ferie", "it-it", """Gentile ⟦p1⟧,
chiedo ferie dal ⟦date⟧ al ⟦date⟧. ⟦p2⟧ mi sostituirà al banco. Per urgenze: ⟦phone⟧.
Cordiali saluti,
⟦p3⟧"""),
("pub-it-001", "guida_turistica", "it-it", """Dall'aeroporto ⟦#street_landmark|Leonardo da Vinci|Marco Polo|Galileo Galilei|Falcone e Borsellino⟧ prendete il treno per ⟦#street_landmark|Piazza Garibaldi|Via Cavour|Corso Vittorio Emanuele II⟧. Chiuso il ⟦~lunedì|martedì⟧."""),
("sec-it-001", "chat_wifi", "it-it", """⟦p1.lo⟧: raga la password del wifi dello studio?
⟦p2.lo⟧: rete Studio_⟦A:3⟧, password ⟦pw⟧
⟦p1.lo⟧: grazie!!"""),
# ---- pt
("per-pt-001", "recado_escola", "pt-pt", """Caros encarregados de educação, a reunião de pais será no dia ⟦date⟧. ⟦p1?O|A⟧ ⟦p1⟧ fará a apresentação do projeto. Contacto da escola: ⟦phone⟧. Quotas da associação de pais: ⟦iban⟧. A diretora de turma, ⟦p2:f⟧."""),
("per-pt-002", "anuncio_imovel", "pt-br", """Vendo apartamento 2 quartos, ⟦addr⟧, ⟦town⟧. Falar com ⟦p1⟧ (proprietári⟦p1?o|a⟧) no WhatsApp ⟦phone⟧ ou com a corretora ⟦p2:f⟧."""),
("per-pt-003", "ata_reuniao", "pt-br", """Ata da reunião de ⟦date⟧ – Presentes: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧. ⟦p2.f⟧ ficou responsável pelo orçamento; ⟦p3.l⟧ vai falar com o fornecedor. Próxima reunião com ⟦p4⟧."""),
("pub-pt-001", "noticia_desporto", "pt-pt", """⟦#public_figure|Cristiano Ronaldo|Eusébio|Luís Figo|Rui Costa⟧ homenageado no ⟦#street_landmark|Estádio José Alvalade|Estádio da Luz|Aeroporto Humberto Delgado⟧. Bilhetes: ⟦#order⟧."""),
("sec-pt-001", "application_properties", "pt-br", """# produção - NÃO compartilhar
spring.datasource.username=app
spring.datasource.password=⟦pw⟧
pagseguro.token=⟦key:hex32⟧
jwt.secret=⟦key:b64⟧"""),
# ---- nl
("per-nl-001", "nieuwsbrief_school", "nl-nl", """Nieuws uit groep 6: ⟦p1⟧ en ⟦p2⟧ hebben de voorleeswedstrijd gewonnen! Juf ⟦p3:f.f⟧ is met zwangerschapsverlof; ⟦p4⟧ neemt haar taken over. Vragen? Mail ⟦p4.e⟧."""),
("per-nl-002", "huurovereenkomst", "nl-nl", """HUUROVEREENKOMST
Verhuurder: ⟦p1⟧
Huurder: ⟦p2⟧, geboren ⟦dob⟧
Adres gehuurde: ⟦addr⟧, ⟦town⟧
Huur € ⟦N:900-1800⟧,- per maand op ⟦iban⟧"""),
("per-nl-003", "appgroep_voetbal", "nl-be", """⟦p1.f⟧: wie rijdt er zaterdag naar de uitwedstrijd?
⟦p2.f⟧: ik kan 3 kids meenemen
⟦p3.f⟧: ⟦p4.f⟧ is ziek, doet niet mee
trainer ⟦p5⟧: oké bedankt, verzamelen om 8u30. lidgeld nog storten op ⟦iban⟧ aub"""),
("pub-nl-001", "verkeersinfo", "nl-nl", """Werkzaamheden op het ⟦#street_landmark|Johan Cruijff ArenA|Museumplein|Thorbeckeplein|Rembrandtplein⟧; tram ⟦N:2-26⟧ rijdt om via de ⟦#street_landmark|Van Baerlestraat|Ferdinand Bolstraat|Willem de Zwijgerlaan⟧."""),
("sec-nl-001", "ansible_vars", "nl-nl", """# TODO: naar vault verplaatsen (⟦p1.f⟧)
db_user: webshop
db_password: "⟦pw⟧"
mollie_api_key: live_⟦key:b62⟧"""),
# ---- pl
("per-pl-001", "ogloszenie_parafialne", "pl-pl", """Ogłoszenia duszpasterskie: w sobotę sakrament małżeństwa przyjmą ⟦p1:m⟧ i ⟦p2:f⟧. Zmarł⟦p3?|a⟧ ⟦p3⟧, pogrzeb w czwartek o 11:00. Kontakt z kancelarią: ⟦phone⟧."""),
("per-pl-002", "zgloszenie_szkody", "pl-pl", """Zgłoszenie szkody
Poszkodowany: ⟦p1⟧
Data urodzenia: ⟦dob⟧
Adres: ⟦addr⟧, ⟦town⟧
Sprawca: ⟦p2⟧, tel. ⟦phone⟧
Konto do wypłaty: ⟦iban⟧"""),
("per-pl-003", "grafik_dyzurow", "pl-pl", """Grafik dyżurów – oddział wewnętrzny
pon: ⟦p1⟧ / ⟦p2⟧
wt: ⟦p3⟧
śr: ⟦p4⟧ (zamiana: ⟦p1.l⟧)
Zatwierdził: ordynator ⟦p5⟧"""),
("pub-pl-001", "informacja_komunikacja", "pl-pl", """Autobusy linii ⟦N:100-199⟧ kursują objazdem przez ⟦#street_landmark|al. Jana Pawła II|ul. Mikołaja Kopernika|rondo Romana Dmowskiego|pl. Marii Skłodowskiej-Curie⟧. Lotnisko ⟦#street_landmark|Chopina|im. Lecha Wałęsy⟧ bez zmian."""),
("sec-pl-001", "czat_zespol", "pl-pl", """⟦p1.lo⟧: wrzuć token do repo bo pipeline nie działa
⟦p2.lo⟧: ⟦ghp⟧
⟦p2.lo⟧: tylko go potem usuń z historii xd"""),
# ---- sv
("per-sv-001", "forsamlingsblad", "sv-se", """Döpta: ⟦p1⟧. Vigda: ⟦p2⟧ och ⟦p3⟧. Avlidna: ⟦p4⟧, ⟦p5⟧. Kyrkkaffet ordnas av ⟦p6⟧ – anmäl dig på ⟦phone⟧."""),
("per-sv-002", "hyresavtal", "sv-se", """Hyresgäst: ⟦p1⟧, födelsedatum ⟦dob⟧
Adress: ⟦addr⟧, ⟦town⟧
Hyresvärd: ⟦p2⟧
Kontaktperson vid fel: ⟦p3⟧, ⟦phone⟧
Hyran betalas till ⟦iban⟧"""),
("per-sv-003", "lagrapport", "sv-se", """Bra match igår! Mål av ⟦p1.f⟧ och ⟦p2.f⟧. ⟦p3.f⟧ gjorde sitt första mål för laget 💪 Nästa träning torsdag, ⟦p4.f⟧ tar med bollar. /⟦p5.f⟧, tränare"""),
("pub-sv-001", "trafikinfo", "sv-se", """Tågen mot ⟦#street_landmark|Stockholm Arlanda|Göteborg Landvetter|Malmö C⟧ stannar inte vid ⟦#street_landmark|Odenplan|Gustav Adolfs torg|Karlaplan|Sankt Eriksplan⟧ under ⟦~helgen|kvällen|veckan⟧."""),
("sec-sv-001", "systemd_unit", "sv-se", """# tjänst för fakturering – byt nyckel efter test!
[Service]
Environment="FORTNOX_TOKEN=⟦key:uuid⟧"
Environment="DB_PASS=⟦pw⟧"
ExecStart=/opt/faktura/run"""),
# ---- da
("per-da-001", "forældrebrev", "da-dk", """Kære forældre i 4.A
Husk madpakker til turen på ⟦date⟧. ⟦p1⟧ og ⟦p2⟧ tager med som hjælpere. Ring til mig på ⟦phone⟧ hvis der er spørgsmål.
Hilsen ⟦p3⟧"""),
("per-da-002", "dødsannonce", "da-dk", """Min kære ⟦p1?mand, vores far og morfar|hustru, vores mor og mormor⟧ ⟦p1⟧ er stille sovet ind. Født ⟦dob⟧. Bisættelsen finder sted fra Vor Frue Kirke. ⟦p2⟧, ⟦p3⟧ og ⟦p4⟧."""),
("per-da-003", "udgiftsbilag", "da-dk", """Udlæg – ⟦p1⟧
Frokost med ⟦p2⟧ og ⟦p3⟧ (kunde): 842 kr.
Tog KBH–Aarhus: 459 kr.
Udbetales til ⟦iban⟧"""),
("pub-da-001", "nyhed_trafik", "da-dk", """Metroen kører ikke mellem ⟦#street_landmark|H.C. Andersens Boulevard|Kongens Nytorv|Frederiksberg Allé|Christianshavn⟧ og ⟦#street_landmark|Nørreport|Rådhuspladsen|Kastrup Lufthavn⟧ i ⟦~weekenden|nat⟧."""),
("sec-da-001", "kode_snippet", "da-dk", """# midlertidigt – flyt til secrets manager
MOBILEPAY_API_KEY = "⟦key:b62⟧"
SLACK_WEBHOOK_TOKEN = "⟦slack⟧\""""),
# ---- no
("per-no-001", "menighetsblad", "no-no", """Døpte i ⟦~mars|april|mai⟧: ⟦p1⟧, ⟦p2⟧. Døde: ⟦p3⟧. Takk til ⟦p4⟧ som har ledet barnekoret i ti år! Kontakt kirkekontoret på ⟦phone⟧."""),
("per-no-002", "lagliste", "no-no", """G12 – kamptropp søndag: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧, ⟦p4⟧, ⟦p5⟧, ⟦p6⟧. Kiosk: foreldre til ⟦p2.f⟧. Trener ⟦p7.f⟧ ⟦phone⟧"""),
("per-no-003", "leieavtale", "no-no", """Leietaker: ⟦p1⟧, fødselsdato ⟦dob⟧. Utleier: ⟦p2⟧. Leieobjekt: ⟦addr⟧, ⟦town⟧. Depositum settes inn på konto ⟦iban:plain⟧."""),
("pub-no-001", "reiseinfo", "no-no", """Bussen går fra ⟦#street_landmark|Karl Johans gate|Henrik Ibsens gate|Edvard Munchs plass|Fridtjof Nansens plass⟧ til ⟦#street_landmark|Oslo lufthavn Gardermoen|Bergen Flesland⟧ hvert ⟦N:10-30⟧. minutt."""),
("sec-no-001", "chat_passord", "no-no", """⟦p1.lo⟧: hva er passordet til ruteren?
⟦p2.lo⟧: admin / ⟦pw⟧
⟦p1.lo⟧: takk, bytter det nå"""),
# ---- fi
("per-fi-001", "vanhempainviesti", "fi-fi", """Hei! Luokan retki on ⟦date⟧. Mukaan lähtevät aikuiset: ⟦p1⟧ ja ⟦p2⟧. Kysymyksiin vastaa opettaja ⟦p3⟧, puh. ⟦phone⟧."""),
("per-fi-002", "vuokrasopimus", "fi-fi", """VUOKRASOPIMUS
Vuokranantaja: ⟦p1⟧
Vuokralainen: ⟦p2⟧
Syntymäaika: ⟦dob⟧
Osoite: ⟦addr⟧, ⟦town⟧
Vuokra maksetaan tilille ⟦iban⟧"""),
("per-fi-003", "vuorolista", "fi-fi", """Vuorolista vk ⟦N:10-40⟧
ma: ⟦p1⟧
ti: ⟦p2⟧
ke: ⟦p3⟧ / ⟦p4⟧
Vaihdot: esihenkilö ⟦p5⟧, ⟦p5.e⟧"""),
("pub-fi-001", "liikennetiedote", "fi-fi", """Raitiovaunut eivät kulje ⟦#street_landmark|Mannerheimintiellä|Aleksanterinkadulla|Runeberginkadulla|Sibeliuksenkadulla⟧ ⟦~lauantaina|viikonloppuna⟧. Korvaava bussi ⟦N:1-9⟧⟦~T|K⟧."""),
("sec-fi-001", "env_tiedosto", "fi-fi", """# tuotanto - älä jaa
PAYTRAIL_SECRET=⟦key:hex40⟧
DATABASE_URL=postgres://kauppa:⟦pw⟧@db.sisainen:5432/kauppa"""),
# ---- cs
("per-cs-001", "zprava_rodicum", "cs-cz", """Vážení rodiče, výlet třídy 4.B se koná ⟦date⟧. Doprovod: ⟦p1⟧ a ⟦p2⟧. Třídní učitelka: ⟦p3:f⟧, tel. ⟦phone⟧."""),
("per-cs-002", "najemni_smlouva", "cs-cz", """Nájemce: ⟦p1⟧, datum narození ⟦dob⟧
Bydliště: ⟦addr⟧, ⟦town⟧
Pronajímatel: ⟦p2⟧
Kauce na účet ⟦iban⟧"""),
("per-cs-003", "vedouci_oddilu", "cs-cz", """Soustředění – seznam: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧, ⟦p4⟧. Vedoucí: ⟦p5⟧. Zdravotník: ⟦p6⟧ (⟦phone⟧)."""),
("pub-cs-001", "doprava", "cs-cz", """Tramvaje nejezdí přes ⟦#street_landmark|Masarykovo nádraží|náměstí Jiřího z Poděbrad|Palackého náměstí|Letiště Václava Havla⟧. Náhradní doprava od ⟦~pátku|soboty⟧."""),
("sec-cs-001", "konfigurace", "cs-cz", """# produkce – nesdílet!
GOPAY_CLIENT_SECRET=⟦key:b62⟧
SMTP_PASSWORD=⟦pw⟧"""),
# ---- sk
("per-sk-001", "oznam_farnost", "sk-sk", """Farské oznamy: krst ⟦p1⟧. Sobáš: ⟦p2:m⟧ a ⟦p3:f⟧. Svätá omša za zosnulých v piatok: ⟦p4⟧. Kontakt: ⟦phone⟧."""),
("per-sk-002", "ziadost_dovolenka", "sk-sk", """Žiadosť o dovolenku
Zamestnanec: ⟦p1⟧
Termín: ⟦date⟧ – ⟦date⟧
Zastupuje: ⟦p2⟧
Schválil: ⟦p3⟧"""),
("per-sk-003", "poistna_udalost", "sk-sk", """Hlásenie poistnej udalosti – poistený: ⟦p1⟧, dátum narodenia ⟦dob⟧, adresa ⟦addr⟧, ⟦town⟧. Svedok: ⟦p2⟧. Plnenie na účet ⟦iban⟧."""),
("pub-sk-001", "doprava", "sk-sk", """Linka ⟦N:30-99⟧ ide odklonom cez ⟦#street_landmark|Štúrovu ulicu|Hviezdoslavovo námestie|Námestie SNP|Letisko M. R. Štefánika⟧ do ⟦~nedele|piatku⟧."""),
("sec-sk-001", "chat_token", "sk-sk", """⟦p1.lo⟧: daj mi ten api kľúč na mapy
⟦p2.lo⟧: ⟦key:gapi⟧
⟦p2.lo⟧: a heslo k serveru je ⟦pw⟧"""),
]
