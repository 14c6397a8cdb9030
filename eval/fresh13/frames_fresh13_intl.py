# fresh13 hand-written frames, non-English.
FRAMES = r"""
@@ per clinical de
Pat. kam mit Tochter «p2.g» in die Sprechstunde. Dr. «p3.s» soll die Laborwerte nächste Woche prüfen. «p1.g» schläft besser seit der Dosisänderung.
@@ per school de
Liebe Eltern,
am «date» fahren wir in den Zoo. «p1» und «p2» begleiten die Klasse.
Bitte die Einverständniserklärung bis Freitag an Frau «p3.s» zurückgeben.
Rückfragen gern an «email.p3» oder «phone».
Viele Grüße
«p3»
@@ per tenancy de
Mieter: «p1», «addr». Vermieter «p2» bittet um Überweisung der Kaution auf «iban».
@@ per general de
Gestern habe ich «p1» beim Bäcker getroffen, sie meinte, «p2.g» zieht nach «town».
@@ per hr de
Personalbogen
Name: «p1.U»
Geburtsdatum: «dob»
Anschrift: «addrblock»
Telefon: «phone»
Vorgesetzte: «p2»
@@ per sports de
Aufstellung für Sonntag: «p1.s», «p2.s», «p3.s» und «p4.s». Treffpunkt 9 Uhr am Vereinsheim, Fahrdienst macht «p1.g».
@@ pub news de
«!public_figure:Konrad Adenauer» war der erste Bundeskanzler; der Flughafen Köln/Bonn trägt heute seinen Namen. Nächster Halt: «!street_landmark:Kurfürstendamm».
@@ sec chat de
WLAN bei Oma: Netz «!title_case:FritzBox 7590», Passwort «pw» – bitte nicht weitergeben!
@@ per clinical fr
Patiente vue avec sa fille «p2.g». «p1.g» signale moins de douleurs depuis lundi. Le Dr «p3.s» reverra le bilan sanguin jeudi.
@@ per tenancy fr
Bonjour «p1.g»,
l'état des lieux de sortie est prévu le «date» à «time» au «addr».
Merci de laisser les clés à «p2».
Cordialement,
«p3»
@@ per general fr
J'ai croisé «p1» au marché, elle m'a dit que «p2.g» avait enfin trouvé un appartement à «town».
@@ per hr fr
Fiche salarié : «p1.U», né le «dob», domicilié «addr», tél. «phone». Responsable : «p2».
@@ per notice fr
«p1» et «p2» ont la joie de vous annoncer la naissance de «p3.g», le «date». Maman et bébé vont bien !
@@ per finance fr
Merci de virer le remboursement sur le compte de «p1» : «iban».
@@ pub news fr
Le musée consacre une rétrospective à «!public_figure:Claude Monet» ; la visite commence près de la «!street_landmark:rue de Rivoli». Prix d'entrée «!placeholder_amount:12 €».
@@ sec chat fr
Le mot de passe du compte partagé est «pw», je le change vendredi.
@@ per clinical es
Paciente acude con su hijo «p2.g». «p1» refiere mareos desde hace una semana. Cita con la Dra. «p3.s» el «date».
@@ per school es
Hola familias, «p1.g» y «p2.g» han encontrado una chaqueta azul en el patio. Si es de vuestro hijo, pasad por secretaría. Un saludo, «p3».
@@ per tenancy es
Contrato de alquiler
Arrendador: «p1»
Arrendataria: «p2»
Vivienda: «addrblock»
Cuenta para la renta: «iban»
@@ per general es
Ayer comí con «p1.g» y «p2.g»; «p1.s» sigue trabajando en el hospital de «town».
@@ per hr es
Ficha de empleado: «p1», fecha de nacimiento «dob», teléfono «phone», correo «email.p1».
@@ per review es
Preguntad por «p1.g», fue amabilísima y nos cambió la habitación sin problema.
@@ pub news es
El «!eponym:Premio Cervantes» de este año no ha sido para ningún madrileño. En la «!street_landmark:Gran Vía» hubo atascos toda la tarde.
@@ sec env es
# credenciales de pruebas, no subir
STRIPE_SECRET=«stripe»
@@ per clinical it
Visita domiciliare: «p1» vigile, presente il figlio «p2.g». Il dott. «p3.s» ricontrollerà la terapia.
@@ per school it
Gentili genitori, la gita a «town» è confermata per il «date». Accompagnatori: «p1» e «p2». Per informazioni «phone».
@@ per general it
Ho visto «p1.g» in stazione: dice che «p2» ha finalmente venduto la casa in «addr».
@@ per hr it
Dipendente: «p1.U»
Data di nascita: «dob»
Residenza: «addr»
IBAN per lo stipendio: «iban»
@@ per sms it
«p1.l»: arrivo tra 10 min
«p2.l»: ok, sono con «p3.g» al bar
«p1.l»: perfetto
@@ per review it
Chiedete di «p1.g» al banco, ci ha consigliato benissimo.
@@ pub news it
Il «!eponym:Teatro alla Scala» ha ricordato «!public_figure:Giuseppe Verdi» con un concerto; i biglietti erano in vendita da «!brand:Ferrari Store» in Via Montenapoleone.
@@ sec chat it
la password del wifi dell'ufficio è «pw»
@@ per clinical pt
Paciente chegou acompanhada da filha «p2.g». «p1.g» relata melhora da dor. Dr. «p3.s» vai rever os exames.
@@ per general pt
Encontrei a «p1.g» no mercado, ela disse que o «p2.g» vai se mudar para «town».
@@ per tenancy pt
Locatário: «p1», residente na «addr». Aluguel deve ser depositado para «p2».
@@ per hr pt
Ficha do colaborador
Nome: «p1.U»
Data de nascimento: «dob»
Telefone: «phone»
E-mail: «email.p1»
@@ per school pt
Oi pessoal, a festa junina da turma do «p1.g» vai ser na casa da «p2.g». Quem puder levar pipoca fala comigo! «p3.g»
@@ per review pt
Fui atendido pelo «p1.g», super atencioso, resolveu meu problema em 10 minutos.
@@ pub news pt
A exposição no museu foi dedicada a «!public_figure:Pelé»; o evento em «!place:Florianópolis» teve patrocínio da «!brand:Havaianas».
@@ sec env pt
# chave de produção - NÃO COMPARTILHAR
OPENAI_API_KEY=«openai»
@@ per clinical nl
Patiënt kwam met dochter «p2.g». «p1.g» slaapt beter. Huisarts «p3» bekijkt de uitslagen volgende week.
@@ per general nl
Ik zag «p1» gisteren bij de «!brand:Albert Heijn», ze zei dat «p2.g» naar «town» verhuist.
@@ per tenancy nl
Huurder: «p1»
Adres: «addrblock»
Huur overmaken naar «iban» t.n.v. «p2».
@@ per school nl
Hoi ouders, «p1.g» en «p2.g» hebben hoofdluis. Willen jullie thuis even kijken? Groetjes, «p3.g» (klassenouder)
@@ per hr nl
Medewerker «p1», geboren op «dob», telefoon «phone», e-mail «email.p1».
@@ per sports nl
Opstelling zaterdag: «p1.s», «p2.s», «p3.s». «p4.g» rijdt, verzamelen om 8 uur bij de kantine.
@@ pub news nl
Het «!eponym:Van Gogh Museum» was druk; daarna liepen we langs de «!street_landmark:Prinsengracht» naar «!brand:Heineken Experience».
@@ sec config nl
# wachtwoord voor de testserver
DB_PASSWORD=«pw»
@@ per clinical pl
Pacjentka przyszła z córką – «p2.g» opiekuje się nią w domu. «p1.g» zgłasza poprawę. Dr «p3.s» obejrzy wyniki w przyszłym tygodniu.
@@ per general pl
Wczoraj w sklepie była «p1» i mówiła, że «p2.g» przeprowadza się do «town».
@@ per hr pl
Karta pracownika
Imię i nazwisko: «p1.U»
Data urodzenia: «dob»
Adres: «addr»
Telefon: «phone»
@@ per finance pl
Proszę o przelew na konto «iban», odbiorca: «p1», tytułem: czynsz.
@@ per school pl
Dzień dobry, «p1.g» i «p2.g» zgubili dziś piórniki. Jeśli ktoś znalazł, proszę o kontakt: «phone». «p3»
@@ per review pl
Polecam fachowca – «p1» naprawił pralkę w godzinę.
@@ pub news pl
«!public_figure:Maria Skłodowska-Curie» urodziła się w Warszawie; muzeum przy «!street_landmark:ulicy Freta» jest otwarte od wtorku.
@@ sec chat pl
hasło do routera: «pw»
@@ per clinical tr
Hasta kızı «p2.g» ile geldi. «p1.g» ağrının azaldığını söylüyor. Dr. «p3.s» tahlilleri haftaya kontrol edecek.
@@ per general tr
Dün «p1» ile karşılaştım, «p2.g» «town» tarafına taşınıyormuş.
@@ per hr tr
Personel kartı
Ad Soyad: «p1.U»
Doğum tarihi: «dob»
Adres: «addr»
Telefon: «phone»
@@ per finance tr
Kira için hesap bilgileri: «p1», «iban».
@@ per sms tr
«p1.l»: geliyorum
«p2.l»: tamam, «p3.g» de burada
@@ per review tr
«p1.g» Bey çok ilgiliydi, herkese tavsiye ederim.
@@ pub news tr
«!public_figure:Mustafa Kemal Atatürk» adına açılan müzede «!place:Samsun» sergisi var; ayrıca «!street_landmark:İstiklal Caddesi» kalabalıktı.
@@ sec chat tr
sunucu şifresi «pw» , kimseyle paylaşma
@@ per clinical sv
Patienten kom med dottern «p2.g». «p1.g» sover bättre. Läkare «p3» går igenom proverna nästa vecka.
@@ per general sv
Jag träffade «p1» på Ica igår, hon sa att «p2.g» flyttar till «town».
@@ per hr sv
Anställd: «p1.U»
Född: «dob»
Adress: «addrblock»
Telefon: «phone»
@@ per school sv
Hej föräldrar! «p1.g» och «p2.g» har tappat sina mössor på skolgården. Hör av er till «p3» på «phone».
@@ per finance sv
Betala hyran till «p1», «iban».
@@ per sports sv
Laget på lördag: «p1.s», «p2.s», «p3.s», «p4.s». Samling 9.00 vid klubbstugan.
@@ pub news sv
«!public_figure:Astrid Lindgren» föddes i Vimmerby, och «!fictional:Pippi Långstrump» lever vidare; «!brand:Volvo» sponsrar utställningen.
@@ sec env sv
# lösenord till staging
POSTGRES_PASSWORD=«pw»
@@ per clinical da
Patienten kom med sin datter «p2.g». «p1.g» har det bedre. Lægen «p3» kigger på prøverne i næste uge.
@@ per general da
Jeg mødte «p1» i Netto i går; hun sagde, at «p2.g» flytter til «town».
@@ per hr da
Medarbejder: «p1.U»
Fødselsdato: «dob»
Adresse: «addr»
Telefon: «phone»
@@ per finance da
Overfør venligst depositum til «p1», kontonr. «iban».
@@ per school da
Hej alle, «p1.g» og «p2.g» har glemt deres madpakker. Ring til «p3.g» på «phone».
@@ pub news da
«!public_figure:H.C. Andersen» skrev om «!fictional:Den lille havfrue»; statuen ved «!street_landmark:Langelinie» er altid omringet af turister.
@@ sec chat da
koden til wifi er «pw»
@@ per clinical no
Pasienten kom sammen med sønnen «p2.g». «p1.g» har mindre smerter. Fastlege «p3» følger opp neste uke.
@@ per general no
Jeg traff «p1» på Rema i går, hun sa at «p2.g» skal flytte til «town».
@@ per hr no
Ansatt: «p1.U»
Født: «dob»
Adresse: «addrblock»
Mobil: «phone»
@@ per finance no
Husleia betales til «p1», konto «iban».
@@ per school no
Hei! «p1.g» og «p2.g» har fått lus. Sjekk hodene i kveld. Hilsen «p3.g»
@@ pub news no
«!public_figure:Roald Amundsen» nådde Sydpolen i 1911; museet på «!place:Bygdøy» er åpent hele sommeren.
@@ sec env no
API_TOKEN=«apikey»
@@ per clinical fi
Potilas tuli tyttärensä «p2.g»:n kanssa. «p1.g» nukkuu paremmin. Lääkäri «p3» tarkistaa tulokset ensi viikolla.
@@ per general fi
Näin eilen «p1»:n kaupassa, hän sanoi että «p2.g» muuttaa «town»:iin.
@@ per hr fi
Työntekijä: «p1.U»
Syntymäaika: «dob»
Osoite: «addr»
Puhelin: «phone»
@@ per finance fi
Vuokra maksetaan tilille «iban», saaja «p1».
@@ per school fi
Hei vanhemmat! «p1.g» ja «p2.g» ovat unohtaneet liikuntavaatteensa. Terveisin «p3».
@@ pub news fi
«!public_figure:Jean Sibelius» sävelsi Finlandian; «!brand:Fazer» tarjosi kahvit ja kävimme «!street_landmark:Aleksanterinkadulla».
@@ sec chat fi
salasana on «pw», vaihda se heti
@@ per clinical cs
Pacientka přišla s dcerou (doprovod: «p2.g»). «p1.g» se cítí lépe. MUDr. «p3.s» zkontroluje výsledky příští týden.
@@ per general cs
Včera byla v obchodě «p1» a říkala, že se «p2.g» stěhuje do «town».
@@ per hr cs
Zaměstnanec: «p1.U»
Datum narození: «dob»
Adresa: «addrblock»
Telefon: «phone»
@@ per finance cs
Nájem prosím posílejte na účet «iban», majitel «p1».
@@ per school cs
Dobrý den, «p1.g» a «p2.g» si zapomněli svačiny. Kontakt: «p3», «phone».
@@ pub news cs
«!public_figure:Václav Havel» je připomínán na letišti v Praze; «!brand:Škoda» vystavuje nové modely na «!street_landmark:Václavském náměstí».
@@ sec env cs
SLACK_BOT_TOKEN=«slack»
@@ per clinical ro
Pacienta a venit cu fiica ei, «p2.g». «p1.g» se simte mai bine. Dr. «p3.s» va verifica analizele săptămâna viitoare.
@@ per general ro
Am întâlnit-o ieri pe «p1» la piață; zice că «p2.g» se mută la «town».
@@ per hr ro
Angajat: «p1.U»
Data nașterii: «dob»
Adresa: «addr»
Telefon: «phone»
@@ per finance ro
Vă rog să virați chiria în contul «iban», titular «p1».
@@ per school ro
Bună ziua, «p1.g» și «p2.g» au uitat caietele la școală. Vă rog sunați-o pe «p3.g» la «phone».
@@ pub news ro
«!public_figure:Constantin Brâncuși» s-a născut la Hobița; «!eponym:Coloana Infinitului» din «!place:Târgu Jiu» atrage mii de turiști.
@@ sec chat ro
parola de la contul comun: «pw»
@@ per clinical id
Pasien datang bersama putrinya, «p2.g». «p1.g» merasa lebih baik. Dr. «p3.s» akan memeriksa hasil lab minggu depan.
@@ per general id
Kemarin aku ketemu «p1» di pasar, katanya «p2.g» mau pindah ke «town».
@@ per hr id
Data karyawan
Nama: «p1.U»
Tanggal lahir: «dob»
Alamat: «addrblock»
HP: «phone»
@@ per shipping id
Paket untuk «p1» sudah dikirim ke «addr». Kurir: «p2.g».
@@ per sms id
«p1.l»: udah sampe?
«p2.l»: bentar lg, bareng «p3.g»
@@ per review id
Mas «p1.g» ramah banget, pelayanannya cepat. Recommended!
@@ pub news id
«!public_figure:Soekarno» memproklamasikan kemerdekaan; Bandara «!eponym:Soekarno-Hatta» kini sangat ramai, dan «!street_landmark:Jalan Malioboro» penuh turis.
@@ sec chat id
password wifi kantor: «pw»
@@ per clinical vi
Bệnh nhân đến cùng con gái «p2.g». «p1» cho biết đã ngủ ngon hơn. Bác sĩ «p3» sẽ xem lại kết quả xét nghiệm vào tuần sau.
@@ per general vi
Hôm qua mình gặp «p1» ở chợ, chị ấy bảo «p2» sắp chuyển ra «town».
@@ per hr vi
Họ tên: «p1.U»
Ngày sinh: «dob»
Địa chỉ: «addrblock»
Điện thoại: «phone»
@@ per shipping vi
Đơn hàng của «p1» đã giao tới «addr». Người nhận: «p2».
@@ per sms vi
«p1»: em tới chưa?
«p2»: sắp tới rồi, đi cùng «p3»
@@ pub news vi
Bảo tàng «!public_figure:Hồ Chí Minh» mở cửa từ 8 giờ; đường «!street_landmark:Lê Lợi» cấm xe vào cuối tuần.
@@ sec chat vi
mật khẩu wifi quán: «pw»
@@ per clinical tl
Dumating ang pasyente kasama ang anak niyang si «p2.g». Sabi ni «p1.g» mas maayos na ang tulog niya. Titingnan ni Dr. «p3.s» ang resulta sa susunod na linggo.
@@ per general tl
Nakita ko si «p1» sa palengke kahapon, sabi niya lilipat na raw si «p2.g» sa «town».
@@ per hr tl
Pangalan: «p1.U»
Petsa ng kapanganakan: «dob»
Tirahan: «addrblock»
Telepono: «phone»
@@ per sms tl
«p1.l»: nasan ka na?
«p2.l»: papunta na, kasama ko si «p3.g»
@@ per shipping tl
Naipadala na ang order ni «p1» sa «addr». Rider: «p2.g».
@@ pub news tl
Ginunita ang kaarawan ni «!public_figure:Jose Rizal» sa Luneta; sarado ang «!street_landmark:Roxas Boulevard» hanggang tanghali.
@@ sec chat tl
pre yung password ng admin «pw» wag mo ipamigay
@@ per clinical sw
Mgonjwa alikuja na binti yake «p2.g». «p1.g» anasema amelala vizuri zaidi. Daktari «p3» ataangalia majibu wiki ijayo.
@@ per general sw
Jana nilimwona «p1» sokoni, alisema «p2.g» anahamia «town».
@@ per hr sw
Jina: «p1.U»
Tarehe ya kuzaliwa: «dob»
Anwani: «addrblock»
Simu: «phone»
@@ per sms sw
«p1.l»: uko wapi?
«p2.l»: nakuja, niko na «p3.g»
@@ per finance sw
Tafadhali tuma kodi kwa «p1», simu «phone».
@@ pub news sw
«!public_figure:Wangari Maathai» alishinda «!eponym:Tuzo ya Nobel»; bustani karibu na «!street_landmark:Uhuru Park» imepandwa miti mipya.
@@ sec chat sw
nenosiri la wifi ni «pw»
@@ per clinical hi
Patient apni beti «p2.g» ke saath aayi thi. «p1.g» ka kehna hai ki neend pehle se behtar hai. Dr «p3.s» agle hafte reports dekhenge.
@@ per general hi
Kal market mein «p1» mili thi, bol rahi thi ki «p2.g» «town» shift ho raha hai.
@@ per hr hi
Naam: «p1.U»
Janm tithi: «dob»
Pata: «addrblock»
Phone: «phone»
@@ per sms hi
«p1.l»: kahan ho yaar?
«p2.l»: aa raha hoon, «p3.g» bhi saath hai
@@ per review hi
«p1.g» bhaiya ne bahut accha kaam kiya, time pe delivery di. Full recommend!
@@ pub news hi
«!public_figure:Mahatma Gandhi» ki jayanti par «!street_landmark:Rajpath» par bhari bheed thi, aur «!brand:Tata» ne stall lagaya.
@@ sec chat hi
bhai server ka password «pw» hai, kisi ko mat batana
"""
