# fresh14 frames in other languages, part B (fi, cs, tr, ro, id, tl, vi, hu, hr, and more de/fr/es/it). By hand.

# Finnish (names kept in the nominative)
F("per-fi-news-001", "news", "fi", "– Emme odottaneet näin suurta kiinnostusta, kertoo yrittäjä «P1». Kahvilan perustivat vuonna 2019 «P1.f» ja «P2».", 3)
F("per-fi-form-001", "form", "fi", "Nimi: «P1»\nSyntymäaika: «DOB»\nOsoite: «ADDR»\nPuhelin: «PHONE»\nTilinumero: «IBAN»", 3)
F("per-fi-chat-001", "chat", "fi", "moi «P1.fl»! «P2.f» kysyi voisitko tuoda grillin lauantaina. soita «PHONE»", 2)
F("pub-fi-001", "news", "fi", "«D:brand:Nokia|Marimekko|Fazer» avaa uuden myymälän «D:street_landmark:Aleksanterinkadulle|Mannerheimintielle». «D:public_figure:Jean Sibelius|Tove Jansson» -näyttely jatkuu.", 2)
F("sec-fi-001", "config", "fi", "# tuotanto\nDATABASE_URL=postgres://app:«PW»@db.internal:5432/kauppa", 2)

# Czech
F("per-cz-minutes-001", "council_minutes", "cz", "Zápis ze zasedání zastupitelstva obce ze dne «DATE}\nPřítomni: «P1» (starosta), «P2», «P3», «P4».\nOmluven: «P5».\nOvěřovatelé zápisu: «P2» a «P4».".replace("«DATE}", "«DATE»"), 3)
F("per-cz-email-001", "email", "cz", "Dobrý den,\n\nposílám kontakt na «P2.g:kolegyni|kolegu» «P2», «P2.g:která|který» má na starosti přihlášky: «EMAIL.P2», tel. «PHONE».\n\nS pozdravem\n«P3»", 2)
F("per-cz-form-001", "form", "cz", "Jméno a příjmení: «P1»\nDatum narození: «DOB»\nBydliště: «ADDR»\nČíslo účtu (IBAN): «IBAN»", 3)
F("pub-cz-001", "news", "cz", "Na «D:street_landmark:Václavském náměstí|Karlově mostě» se v sobotu konal koncert. «D:brand:Škoda|Kofola» oznámila nové investice.", 2)
F("sec-cz-001", "chat", "cz", "heslo k wifi v kanceláři je «PW», jen pro interní použití", 1)

# Turkish
F("per-tr-news-001", "news", "tr", "Mahalle sakinlerinden «P1», «Su kesintisi üç gündür sürüyor» dedi. Komşusu «P2» ise belediyeye dilekçe verdiklerini söyledi.".replace("«Su kesintisi üç gündür sürüyor»", "“Su kesintisi üç gündür sürüyor”"), 3)
F("per-tr-delivery-001", "delivery_note", "tr", "Alıcı: «P1»\nAdres: «ADDR»\nTel: «PHONE»\nNot: kapıcı «P2.f» «P2.g:hanıma|beye» bırakılabilir.", 3)
F("per-tr-form-001", "form", "tr", "Adı Soyadı: «P1»\nDoğum Tarihi: «DOB»\nE-posta: «EMAIL.P1»\nIBAN: «IBAN»", 2)
F("pub-tr-001", "news", "tr", "«D:eponym:Atatürk Havalimanı|Sabiha Gökçen Havalimanı» yakınındaki yol çalışması tamamlandı. «D:street_landmark:İstiklal Caddesi|Bağdat Caddesi» hafta sonu trafiğe kapalı.", 2)
F("sec-tr-001", "config", "tr", "# prod ayarları\nAWS_ACCESS_KEY_ID=«AKID»\nAWS_SECRET_ACCESS_KEY=«AKSEC»", 1)

# Romanian
F("per-ro-news-001", "news", "ro", "„Am așteptat ambulanța aproape o oră”, a declarat «P1», «P1.g:fiica|fiul» pacientului. Medicul de gardă, dr. «P2.l», a refuzat să comenteze.", 3)
F("per-ro-landlord-001", "landlord_email", "ro", "Bună ziua, «P1.f»,\n\nchiria pentru apartamentul din «ADDR» se plătește în contul «IBAN». Pentru probleme mă puteți suna la «PHONE».\n\nCu stimă,\n«P2»", 3)
F("per-ro-chat-001", "chat", "ro", "salut «P1.fl»! ai vorbit cu «P2.f»? zice că vine și «P3» la grătar", 2)
F("pub-ro-001", "news", "ro", "Bulevardul «D:street_landmark:Nicolae Bălcescu|Ion C. Brătianu» va fi închis duminică. Muzeul «D:eponym:George Enescu|Grigore Antipa» are program prelungit.", 2)
F("sec-ro-001", "chat", "ro", "parola de la contul de hosting e «PW», schimb-o după ce intri", 1)

# Indonesian
F("per-id-market-001", "marketplace_message", "id", "Kak, motornya masih ada? Saya bisa COD besok sore. WA saya «PHONE» ya. Makasih, «P1.f»", 3)
F("per-id-news-001", "news", "id", "«P1», warga «TOWN», mengatakan banjir kali ini yang terparah sejak 2007. Ketua RT setempat, «P2», meminta bantuan perahu karet.", 3)
F("per-id-form-001", "form", "id", "Nama lengkap: «P1»\nTanggal lahir: «DOB»\nAlamat: «ADDR»\nEmail: «EMAIL.P1»", 2)
F("pub-id-001", "news", "id", "Bandara «D:eponym:Soekarno-Hatta|Ngurah Rai» kembali ramai. Jalan «D:street_landmark:Jenderal Sudirman|M.H. Thamrin» ditutup untuk Car Free Day.", 2)
F("sec-id-001", "chat", "id", "bro ini token bot slack-nya «SLACK», jangan di-share ke grup lain ya", 1)

# Tagalog / Taglish
F("per-ph-chat-001", "chat", "ph", "«P1.g:Ate|Kuya» «P1.f», nasa bahay na ba si «P2.f»? Pakisabi tumawag sa akin, «PHONE». Salamat po!", 3)
F("per-ph-delivery-001", "delivery_note", "ph", "Rider note: «P1», «ADDR». Iwan na lang kay «P2.g:Ate|Kuya» «P2.f» sa guard house kung wala tao.", 3)
F("per-ph-news-001", "news", "ph", "Ayon kay «P1», kapitan ng barangay, mahigit dalawang daang pamilya ang inilikas. Tumulong din si «P2», isang guro sa elementarya.", 2)
F("pub-ph-001", "news", "ph", "Sarado ang «D:street_landmark:EDSA|Rizal Avenue|Roxas Boulevard» malapit sa «D:eponym:Jose Rizal Memorial|Quezon Memorial Circle» ngayong Linggo.", 2)
F("sec-ph-001", "chat", "ph", "eto yung stripe key para sa shop: «STRIPE» wag mong i-post sa fb group ha", 1)

# Vietnamese
F("per-vn-news-001", "news", "vn", "«P1.g:Bà|Ông» «P1», «N:50-80» tuổi, cho biết nước lên rất nhanh trong đêm. Con «P1.g:bà|ông», «P2.f», đã đưa cả nhà lên tầng hai.", 3)
F("per-vn-form-001", "form", "vn", "Họ và tên: «P1.UC»\nNgày sinh: «DOB»\nĐịa chỉ: «ADDR»\nSố điện thoại: «PHONE»", 3)
F("per-vn-chat-001", "chat", "vn", "«P1.g:chị|anh» «P1.f» ơi, em gửi số của «P2.g:chị|anh» «P2»: «PHONE». «P2.g:chị ấy|anh ấy» sửa điều hòa tốt lắm", 2)
F("pub-vn-001", "news", "vn", "Đường «D:street_landmark:Nguyễn Huệ|Lê Lợi|Trần Hưng Đạo» sẽ thành phố đi bộ dịp Tết. Bảo tàng «D:eponym:Hồ Chí Minh» mở cửa miễn phí.", 2)
F("sec-vn-001", "config", "vn", "# cấu hình bot\nOPENAI_API_KEY=«OAI»", 1)

# Hungarian (surname first)
F("per-hu-news-001", "news", "hu", "– Harminc éve lakunk itt, ilyet még nem láttunk – mondta «P1», a társasház közös képviselője. «P2» szerint a lift hetek óta nem működik.", 3)
F("per-hu-form-001", "form", "hu", "Név: «P1»\nSzületési dátum: «DOB»\nLakcím: «ADDR»\nTelefon: «PHONE»\nBankszámla (IBAN): «IBAN»", 3)
F("per-hu-chat-001", "chat", "hu", "szia «P1.fl»! «P2.f» kérdezi, jöttök-e szombaton. írj a «EMAIL» címre", 2)
F("pub-hu-001", "news", "hu", "Az «D:street_landmark:Andrássy út|Széchenyi lánchíd» felújítása jövőre fejeződik be. A «D:eponym:Liszt Ferenc|Ferenc Puskás» nevét viselő intézmény új programot indít.", 2)
F("sec-hu-001", "chat", "hu", "a routerhez a jelszó: «PW»", 1)

# Croatian
F("per-hr-news-001", "news", "hr", "„Čekali smo tri sata na trajekt”, kaže «P1». «P2» dodaje da ih nitko nije obavijestio o kašnjenju.", 3)
F("per-hr-landlord-001", "landlord_email", "hr", "Poštovani,\n\nnajamnina za stan na adresi «ADDR» uplaćuje se na IBAN «IBAN». Kontakt: «P1», mob. «PHONE».\n\nLijep pozdrav", 3)
F("per-hr-chat-001", "chat", "hr", "bok «P1.fl», jel ti «P2.f» poslao broj od majstora? meni je «PHONE»", 2)
F("pub-hr-001", "news", "hr", "Trg «D:street_landmark:bana Jelačića|Stjepana Radića» bit će zatvoren zbog koncerta. Zračna luka «D:eponym:Franjo Tuđman» bilježi rekordan broj putnika.", 2)
F("sec-hr-001", "config", "hr", "GITHUB_TOKEN=«GH»", 1)

# more German / French / Spanish / Italian / Dutch / Portuguese / Polish
F("per-de-medical-001", "referral_letter", "de", "Überweisung\nPatient«P1.g:in|»: «P1», geb. «DOB»\nAnschrift: «ADDR»\nDiagnose: V. a. Karpaltunnelsyndrom rechts\nÜberweisender Arzt: Dr. med. «P2»", 3)
F("per-de-verein-001", "club_newsletter", "de", "Vereinsnachrichten: Beim Sommerfest wurden «P1» und «P2» für 25 Jahre Mitgliedschaft geehrt. Den Kuchenverkauf organisierte wie immer «P3.f».", 2)
F("per-fr-lost-001", "lost_found", "fr", "Trouvé ce matin devant la boulangerie : un portefeuille au nom de «P1.UC». Je l'ai déposé à la mairie. Si vous connaissez «P1.f», faites passer le message !", 2)
F("per-es-genea-001", "genealogy", "es", "«P1», nacido el «DOB» en «TOWN», hijo de «P2» y de «P3». Casado con «P4» en 1948.", 2)
F("per-it-review-001", "customer_review", "it", "Cena ottima, e un grazie speciale a «P1», il cameriere, che ci ha consigliato un vino perfetto. Torneremo!", 2)
F("per-nl-minutes-001", "council_minutes", "nl", "Aanwezig: «P1» (voorzitter), «P2», «P3» (notulist).\nDe heer «P4.l» vraagt naar de stand van zaken rond de speeltuin aan de «ADDR.st».", 2)
F("per-br-linkedin-001", "linkedin_post", "br", "Muito feliz em anunciar que «P1» agora faz parte do nosso time de dados! «P1.f», «P1.g:seja bem-vinda|seja bem-vindo». Obrigado também «P2.g:à|ao» «P2» pela indicação.", 2)
F("per-pl-medical-001", "referral_letter", "pl", "Skierowanie do poradni kardiologicznej\nPacjent: «P1»\nData urodzenia: «DOB»\nAdres: «ADDR»\nLekarz kierujący: lek. «P2»", 2)
F("per-se-sport-001", "match_report", "se", "«P1» gjorde två mål när «TOWN» vann med 3–1. Målvakten «P2» räddade en straff i slutminuterna.", 2)
F("per-dk-review-001", "customer_review", "dk", "Super service fra «P1» i butikken, «P1.g:hun|han» hjalp os med at finde den rigtige cykel. 5 stjerner.", 2)
F("per-no-sport-001", "match_report", "no", "«P1» scoret sitt første mål for klubben da laget slo «TOWN» 2–0. Treneren «P2» var strålende fornøyd.", 2)
F("per-id-rsvp-001", "rsvp", "id", "Dengan hormat, kami mengundang Bapak/Ibu ke pernikahan «P1» & «P2». Konfirmasi kehadiran ke «P3» di «PHONE».", 2)
F("per-ro-medical-001", "referral_letter", "ro", "Bilet de trimitere\nPacient: «P1»\nData nașterii: «DOB»\nDomiciliu: «ADDR»\nMedic trimițător: dr. «P2»", 2)
F("per-tr-chat-001", "chat", "tr", "«P1.fl» «P1.g:abla|abi», «P2.f» «P2.g:hanım|bey» yarın gelemeyecekmiş. numarası «PHONE» istersen ara", 2)
