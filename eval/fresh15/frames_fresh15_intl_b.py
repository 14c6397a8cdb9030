# -*- coding: utf-8 -*-
"""fresh15 non-English frames, part B: sl lt lv et el tr ro id ms sw af hu hr."""
FRAMES = [
# ---- sl
("per-sl-001", "obvestilo_starsem", "sl-si", """Spoštovani starši, naravoslovni dan bo ⟦date⟧. Spremljevalca: ⟦p1⟧ in ⟦p2⟧. Razredničarka: ⟦p3:f⟧, tel. ⟦phone⟧."""),
("per-sl-002", "zapisnik_drustvo", "sl-si", """Zapisnik seje upravnega odbora PGD. Prisotni: ⟦p1⟧ (predsednik), ⟦p2⟧, ⟦p3⟧, ⟦p4⟧. Blagajnik ⟦p3.l⟧ poroča o stanju računa ⟦iban⟧."""),
("per-sl-003", "prijava_skode", "sl-si", """Prijava škode – zavarovanec: ⟦p1⟧, datum rojstva ⟦dob⟧, naslov ⟦addr⟧, ⟦town⟧. Priča: ⟦p2⟧, tel. ⟦phone⟧."""),
("pub-sl-001", "promet", "sl-si", """Zapora ⟦#street_landmark|Prešernovega trga|Trubarjeve ceste|Letališča Jožeta Pučnika|Cankarjeve ulice⟧ ⟦~v soboto|do nedelje⟧. Avtobus ⟦N:1-27⟧ vozi obvoz."""),
("sec-sl-001", "env_datoteka", "sl-si", """# produkcija – ne deli!
DB_PASSWORD=⟦pw⟧
SENDGRID_KEY=⟦key:sg⟧"""),
# ---- lt
("per-lt-001", "parapijos_skelbimai", "lt-lt", """Parapijos skelbimai: sekmadienį krikštijamas ⟦p1:m⟧. Santuoką sudaro ⟦p2:m⟧ ir ⟦p3:f⟧. Informacija tel. ⟦phone⟧."""),
("per-lt-002", "nuomos_sutartis", "lt-lt", """Nuomotojas: ⟦p1⟧
Nuomininkas: ⟦p2⟧, gimimo data ⟦dob⟧
Adresas: ⟦addr⟧, ⟦town⟧
Mokėti į sąskaitą ⟦iban⟧"""),
("per-lt-003", "komandos_sarasas", "lt-lt", """Krepšinio komanda U14: ⟦p1:m⟧, ⟦p2:m⟧, ⟦p3:m⟧, ⟦p4:m⟧, ⟦p5:m⟧. Treneris ⟦p6:m⟧, ⟦phone⟧."""),
("pub-lt-001", "transportas", "lt-lt", """Troleibusai nevažiuos ⟦#street_landmark|Gedimino prospektu|Vytauto prospektu|Mindaugo gatve|Katedros aikšte⟧ ⟦~šeštadienį|savaitgalį⟧. Remontas Nr. ⟦#ticket:VT⟧."""),
("sec-lt-001", "pokalbis", "lt-lt", """⟦p1.lo⟧: koks wifi slaptažodis biure?
⟦p2.lo⟧: ⟦pw⟧
⟦p1.lo⟧: ačiū"""),
# ---- lv
("per-lv-001", "skolas_zinas", "lv-lv", """Skolas ziņas: olimpiādē uzvarēja ⟦p1⟧ un ⟦p2⟧. Klases audzinātāja ⟦p3:f⟧ aicina vecākus uz sapulci ⟦date⟧. Tālr. ⟦phone⟧."""),
("per-lv-002", "iesniegums", "lv-lv", """Iesniegums
No: ⟦p1⟧, dzimšanas datums ⟦dob⟧
Adrese: ⟦addr⟧, ⟦town⟧
Lūdzu piešķirt atvaļinājumu. Aizvietos ⟦p2⟧."""),
("per-lv-003", "ziedotaji", "lv-lv", """Paldies ziedotājiem: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧, ⟦p4⟧! Ziedojumus var pārskaitīt uz kontu ⟦iban⟧ (saņēmējs ⟦p5⟧)."""),
("pub-lv-001", "satiksme", "lv-lv", """Tramvajs Nr. ⟦N:1-11⟧ nekursē pa ⟦#street_landmark|Kr. Valdemāra ielu|Brīvības bulvāri|Raiņa bulvāri|Aspazijas bulvāri⟧ ⟦~sestdien|svētdien⟧."""),
("sec-lv-001", "konfiguracija", "lv-lv", """# ražošana – nedalīties!
REDIS_URL=redis://:⟦pw⟧@cache.iekseja:6379/0
API_TOKEN=⟦key:hex32⟧"""),
# ---- et
("per-et-001", "kooliteade", "et-ee", """Head lapsevanemad! Klassiekskursioon toimub ⟦date⟧. Saatjad: ⟦p1⟧ ja ⟦p2⟧. Küsimuste korral: õpetaja ⟦p3⟧, tel ⟦phone⟧."""),
("per-et-002", "uurileping", "et-ee", """Üürileandja: ⟦p1⟧
Üürnik: ⟦p2⟧, sünniaeg ⟦dob⟧
Aadress: ⟦addr⟧, ⟦town⟧
Üür kantakse kontole ⟦iban⟧"""),
("per-et-003", "vahetuse_uleandmine", "et-ee", """Vahetuse üleandmine: öövahetus ⟦p1⟧ → päevavahetus ⟦p2⟧. Tuba 4 patsient ⟦p3⟧ vajab hommikul analüüse. Valvearst ⟦p4⟧."""),
("pub-et-001", "liiklusinfo", "et-ee", """Buss nr ⟦N:1-70⟧ ei sõida ⟦#street_landmark|Lennart Meri Tallinna lennujaamast|Vabaduse väljakult|Kalevipoja tänavalt|Jakob Hurda tänavalt⟧ ⟦~laupäeval|pühapäeval⟧."""),
("sec-et-001", "vestlus", "et-ee", """⟦p1.lo⟧: anna server'i parool
⟦p2.lo⟧: root / ⟦pw⟧
⟦p2.lo⟧: ja AWS võti ⟦aws_ak⟧ ⟦aws_sk⟧"""),
# ---- el
("per-el-001", "ανακοινωση_σχολειου", "el-gr", """Αγαπητοί γονείς, η εκδρομή της Γ' τάξης θα γίνει στις ⟦date⟧. Συνοδοί: ⟦p1⟧ και ⟦p2⟧. Για απορίες: ⟦p3⟧, τηλ. ⟦phone⟧."""),
("per-el-002", "μισθωτηριο", "el-gr", """ΜΙΣΘΩΤΗΡΙΟ
Εκμισθωτής: ⟦p1⟧
Μισθωτής: ⟦p2⟧, ημερομηνία γέννησης ⟦dob⟧
Διεύθυνση: ⟦addr⟧, ⟦town⟧
Ενοίκιο σε λογαριασμό ⟦iban⟧"""),
("per-el-003", "κηδεια", "el-gr", """⟦p1?Ο|Η⟧ ⟦p1⟧ απεβίωσε ειρηνικά. Η κηδεία θα τελεστεί στον Ιερό Ναό Αγίου Νικολάου. Οι οικείοι: ⟦p2⟧, ⟦p3⟧, ⟦p4⟧."""),
("pub-el-001", "συγκοινωνιες", "el-gr", """Το μετρό δεν θα σταματά στον σταθμό ⟦#street_landmark|Ευαγγελισμός|Σύνταγμα|Ελευθέριος Βενιζέλος|Πλατεία Αριστοτέλους⟧ ⟦~το Σάββατο|την Κυριακή⟧. Κωδ. ⟦#ticket:OASA⟧."""),
("sec-el-001", "ρυθμισεις", "el-gr", """# παραγωγή – μην το μοιραστείς
DB_PASS=⟦pw⟧
VIVA_WALLET_KEY=⟦key:b62⟧"""),
# ---- tr
("per-tr-001", "veli_mesaji", "tr-tr", """Sayın veliler, ⟦date⟧ tarihinde okul gezisi yapılacaktır. Refakatçi veliler: ⟦p1⟧ ve ⟦p2⟧. Bilgi için sınıf öğretmeni ⟦p3⟧ ⟦p3?Bey|Hanım⟧: ⟦phone⟧."""),
("per-tr-002", "kira_sozlesmesi", "tr-tr", """Kiraya veren: ⟦p1⟧
Kiracı: ⟦p2⟧, Doğum Tarihi: ⟦dob⟧
Adres: ⟦addr⟧ ⟦town⟧
Kira bedeli ⟦iban⟧ numaralı hesaba yatırılacaktır."""),
("per-tr-003", "aile_grubu", "tr-tr", """⟦p1.f⟧: bayramda herkes anneannemde mi?
⟦p2.f⟧: evet, ⟦p3.f⟧ de İzmir'den geliyor
anne: ⟦p4.f⟧ baklava getirsin 😄"""),
("pub-tr-001", "ulasim", "tr-tr", """Metrobüs ⟦#street_landmark|Atatürk Havalimanı|Sabiha Gökçen|Mimar Sinan Cad.|Barbaros Bulvarı|Fatih Sultan Mehmet Köprüsü⟧ yönünde ⟦~hafta sonu|bu gece⟧ çalışmayacak."""),
("sec-tr-001", "env_dosyasi", "tr-tr", """# canlı ortam - paylaşmayın!
IYZICO_SECRET=⟦key:b62⟧
DB_PASSWORD=⟦pw⟧"""),
# ---- ro
("per-ro-001", "anunt_parohie", "ro-ro", """Anunțuri parohiale: botezul pruncului ⟦p1⟧. Cununia religioasă: ⟦p2:m⟧ și ⟦p3:f⟧. Parastas pentru ⟦p4⟧. Informații: ⟦phone⟧."""),
("per-ro-002", "contract_inchiriere", "ro-ro", """Proprietar: ⟦p1⟧
Chiriaș: ⟦p2⟧, data nașterii ⟦dob⟧
Adresa: ⟦addr⟧, ⟦town⟧
Chiria se plătește în contul ⟦iban⟧"""),
("per-ro-003", "cerere_concediu", "ro-ro", """Subsemnatul/a ⟦p1⟧, angajat în funcția de asistent, solicit concediu de odihnă. Mă va înlocui ⟦p2⟧. Aprobat: ⟦p3⟧."""),
("pub-ro-001", "transport", "ro-ro", """Tramvaiul ⟦N:1-45⟧ ocolește ⟦#street_landmark|Bd. Nicolae Bălcescu|Piața Avram Iancu|Aeroportul Henri Coandă|Calea Mihai Eminescu⟧ ⟦~sâmbătă|duminică⟧."""),
("sec-ro-001", "config", "ro-ro", """# producție - nu partaja
NETOPIA_KEY=⟦key:hex40⟧
SMTP_PASS=⟦pw⟧"""),
# ---- id
("per-id-001", "pengumuman_masjid", "id-id", """Pengumuman: Khatib Jumat ini Ustadz ⟦p1:m⟧. Panitia qurban: ⟦p2⟧, ⟦p3⟧. Infaq dapat ditransfer ke ⟦p4⟧ (bendahara), HP ⟦phone⟧."""),
("per-id-002", "surat_lamaran", "id-id", """Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama: ⟦p1⟧
Tanggal lahir: ⟦dob⟧
Alamat: ⟦addr⟧, ⟦town⟧
No. HP: ⟦phone⟧
bermaksud melamar posisi staf administrasi."""),
("per-id-003", "grup_keluarga", "id-id", """⟦p1.f⟧: tante ⟦p2:f.f⟧ udah sampai belum?
⟦p3.f⟧: blm, masih macet di tol
⟦p1.f⟧: ok nanti ⟦p4.f⟧ yg jemput di stasiun ya"""),
("pub-id-001", "info_transportasi", "id-id", """Bandara ⟦#street_landmark|Soekarno-Hatta|Juanda|I Gusti Ngurah Rai|Husein Sastranegara⟧: bus DAMRI ke ⟦#street_landmark|Jl. Jenderal Sudirman|Jl. M.H. Thamrin|Jl. Gatot Subroto⟧ tiap ⟦N:15-40⟧ menit."""),
("sec-id-001", "config_laravel", "id-id", """# produksi jangan di-share
MIDTRANS_SERVER_KEY=⟦key:b62⟧
DB_PASSWORD=⟦pw⟧"""),
# ---- ms
("per-ms-001", "notis_sekolah", "ms-my", """Makluman kepada ibu bapa: lawatan sambil belajar pada ⟦date⟧. Guru pengiring: ⟦p1⟧ dan ⟦p2⟧. Sebarang pertanyaan hubungi ⟦p3⟧ di ⟦phone⟧."""),
("per-ms-002", "borang_sewa", "ms-my", """Penyewa: ⟦p1⟧
Tarikh lahir: ⟦dob⟧
Alamat: ⟦addr⟧, ⟦town⟧
Tuan rumah: ⟦p2⟧, tel ⟦phone⟧"""),
("per-ms-003", "kumpulan_whatsapp", "ms-my", """⟦p1.f⟧: assalamualaikum, esok kenduri kat rumah ⟦p2.f⟧ ya
⟦p3.f⟧: waalaikumsalam, ok insyaAllah
⟦p4.f⟧: saya bawa kuih, ⟦p5.f⟧ bawa nasi"""),
("pub-ms-001", "info_pengangkutan", "ms-my", """LRT tidak berhenti di ⟦#street_landmark|Masjid Jamek|Dang Wangi|Jalan Tun Razak|Tunku Abdul Rahman⟧ pada ⟦~hujung minggu|malam ini⟧. Rujukan ⟦#ticket:RPD⟧."""),
("sec-ms-001", "fail_env", "ms-my", """# produksi – jangan kongsi!
BILLPLZ_API_KEY=⟦key:uuid⟧
DB_PASS=⟦pw⟧"""),
# ---- sw
("per-sw-001", "tangazo_kanisa", "sw-tz", """Matangazo: Ubatizo wa mtoto ⟦p1⟧ Jumapili. Harusi ya ⟦p2:m⟧ na ⟦p3:f⟧ itafanyika Jumamosi. Kwa maelezo piga ⟦phone⟧."""),
("per-sw-002", "barua_ajira", "sw-ke", """Ndugu ⟦p1⟧,
Tunakukaribisha kwa usaili tarehe ⟦date⟧ saa nne asubuhi. Utaonana na ⟦p2⟧ na ⟦p3⟧. Kwa maswali: ⟦p3.e⟧."""),
("per-sw-003", "kikundi_familia", "sw-ke", """⟦p1.f⟧: mama ⟦p2:f.f⟧ amefika salama?
⟦p3.f⟧: ndiyo, ⟦p4.f⟧ alimpokea stendi
⟦p1.f⟧: asante sana, nitumieni namba ya ⟦p4.f⟧: ⟦phone⟧?"""),
("pub-sw-001", "usafiri", "sw-ke", """Barabara ya ⟦#street_landmark|Kenyatta Avenue|Moi Avenue|Uwanja wa Ndege wa Jomo Kenyatta|Haile Selassie Avenue⟧ itafungwa ⟦~Jumamosi|Jumapili⟧ kwa matengenezo."""),
("sec-sw-001", "mazungumzo", "sw-ke", """⟦p1.lo⟧: nipe password ya wifi ya ofisi
⟦p2.lo⟧: ⟦pw⟧
⟦p2.lo⟧: na M-Pesa API key ni ⟦key:b62⟧"""),
# ---- af
("per-af-001", "skoolnuus", "af-za", """Baie geluk aan ⟦p1⟧ en ⟦p2⟧ wat vir die provinsiale span gekies is! Juffrou ⟦p3:f.l⟧ vra dat ouers die toestemmingsbriewe teen Vrydag terugstuur. Navrae: ⟦phone⟧."""),
("per-af-002", "doodsberig", "af-za", """⟦p1:m⟧ is op ⟦date⟧ oorlede. Geliefde man van ⟦p2:f⟧ en pa van ⟦p3⟧ en ⟦p4⟧. Die roudiens vind plaas in die NG Kerk. Skakel ⟦p3.f⟧ by ⟦phone⟧."""),
("per-af-003", "kerkbrief", "af-za", """Gemeentenuus: ds. ⟦p1⟧ preek Sondag. Die basaar word gereël deur ⟦p2⟧ en ⟦p3⟧. Siek lidmate: ⟦p4⟧, ⟦p5⟧."""),
("pub-af-001", "verkeer", "af-za", """Die ⟦#street_landmark|Jan Smutslaan|Paul Krugerstraat|Nelson Mandela-brug|Steve Bikoweg⟧ is ⟦~Saterdag|vanaand⟧ gesluit. Gebruik die ⟦#street_landmark|Voortrekkerweg|Kerkstraat⟧."""),
("sec-af-001", "gesprek", "af-za", """⟦p1.lo⟧: wat is die wifi wagwoord?
⟦p2.lo⟧: ⟦pw⟧
⟦p2.lo⟧: moenie dit vir ⟦p3.f⟧ gee nie 😂"""),
# ---- hu
("per-hu-001", "szuloi_level", "hu-hu", """Kedves Szülők! Az osztálykirándulás időpontja ⟦date⟧ Kísérők: ⟦p1⟧ és ⟦p2⟧. Kérdés esetén keressék ⟦p3⟧ osztályfőnököt: ⟦phone⟧."""),
("per-hu-002", "berleti_szerzodes", "hu-hu", """Bérbeadó: ⟦p1⟧
Bérlő: ⟦p2⟧, születési dátum: ⟦dob⟧
Cím: ⟦town⟧, ⟦addr⟧
Bérleti díj a ⟦iban⟧ számlára."""),
("per-hu-003", "csaladi_csoport", "hu-hu", """⟦p1.f⟧: ki hozza a tortát vasárnap?
⟦p2.f⟧: ⟦p3.f⟧ mondta, hogy ő
nagymama: ⟦p4.f⟧ is jön Debrecenből? 😊"""),
("pub-hu-001", "kozlekedes", "hu-hu", """A ⟦N:2-6⟧-es villamos nem jár a ⟦#street_landmark|Szent István körúton|Ferenc Liszt téren|Petőfi hídon|Liszt Ferenc repülőtéren⟧ ⟦~hétvégén|szombaton⟧."""),
("sec-hu-001", "konfig", "hu-hu", """# éles – ne oszd meg!
BARION_POSKEY=⟦key:uuid⟧
DB_JELSZO=⟦pw⟧"""),
# ---- hr
("per-hr-101", "obavijest_roditeljima", "hr-hr", """Poštovani roditelji, izlet 4.b razreda bit će ⟦date⟧ Pratitelji: ⟦p1⟧ i ⟦p2⟧. Razrednica: ⟦p3:f⟧, tel. ⟦phone⟧."""),
("per-hr-102", "ugovor_najam", "hr-hr", """Najmodavac: ⟦p1⟧
Najmoprimac: ⟦p2⟧, datum rođenja ⟦dob⟧
Adresa: ⟦addr⟧, ⟦town⟧
Najamnina na račun ⟦iban⟧"""),
("per-hr-103", "popis_ekipe", "hr-hr", """Ekipa za subotu: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧, ⟦p4⟧. Trener ⟦p5⟧ (⟦phone⟧). Sok donosi ⟦p6.f⟧."""),
("pub-hr-001", "promet", "hr-hr", """Tramvaji ne voze ⟦#street_landmark|Trgom bana Jelačića|Ulicom Nikole Tesle|Zračnom lukom Franjo Tuđman|Ulicom Ivana Gundulića⟧ ⟦~u subotu|u nedjelju⟧."""),
("sec-hr-001", "razgovor", "hr-hr", """⟦p1.lo⟧: koja je lozinka za wifi?
⟦p2.lo⟧: ⟦pw⟧
⟦p2.lo⟧: i stripe ključ ako treba ⟦stripe⟧"""),
]
