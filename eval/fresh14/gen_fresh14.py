#!/usr/bin/env python3
"""Generator for fresh14, an independent PII / secret measurement set.

Usage:
  python3 eval/fresh14/gen_fresh14.py            # writes eval/fresh14/fresh14.jsonl.gz (same bytes every run)
  python3 eval/fresh14/gen_fresh14.py --stats    # counts
  python3 eval/fresh14/gen_fresh14.py --dump F   # also write the plain jsonl to F

Frames live in frames_fresh14_*.py next to this file. A frame is F(id, kind, locale, template, n), where the
template marks slots with «...»:
  «P1»  «P1.f» «P1.l» «P1.lc» «P1.fl» «P1.UC» «P1.UL» «P1.LF» «P1.il» «P1.fi»   person (PERSON span)
  «P1@world» «P1@word» «P1@de» ...   person drawn from another pool (first use decides)
  «P1.g:her|his»                     gendered filler (no span)
  «EMAIL» «EMAIL.P1» «PHONE» «ADDR» «ADDR.ml» «ADDR.st» «DOB» «DOB.kid» «DOB.new» «IBAN» «CARD» «SSN» «NHS» «IP» «IP6»
  «AKID» «AKSEC» «GH» «OAI» «ANT» «SLACK» «STRIPE» «JWT» «PEM» «PW» «KEY»
  «LQ» «RQ» literal « and »     «A:x|y|z» alternative (no span)   «N:10-99» number   «HEX:12»  «DATE» «TIME» «TOWN» «ORDER»
  «D:kind:x|y» decoy chosen among alternatives     «DG:kind» generated decoy (uuid, hash, order, ts, ver,
  docip, exemail, tracking, ticket, placeholder_key)      «S:TYPE:x|y» literal gold span
A digit suffix (PHONE2, EMAIL2) gives a second independent value; the same slot name repeats the same value.
Nothing here is real data.
"""
import gzip, hashlib, io, json, os, random, re, string, sys, unicodedata, importlib.util, collections, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import faker, mimesis
from faker import Faker
from mimesis import Person as MPerson, Locale as MLocale
from mimesis.enums import Gender as MGender
if faker.VERSION != "40.63.0" or mimesis.__version__ != "22.2.0":
    sys.exit("need faker==40.63.0 and mimesis==22.2.0 (got %s / %s)" % (faker.VERSION, mimesis.__version__))

PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
          "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

LANG = {"us": "en", "uk": "en", "ie": "en", "sc": "en", "ca": "en", "au": "en", "in": "en", "ng": "en", "nz": "en",
        "de": "de", "at": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "br": "pt", "nl": "nl", "pl": "pl",
        "se": "sv", "dk": "da", "no": "no", "fi": "fi", "cz": "cs", "tr": "tr", "ro": "ro", "id": "id", "ph": "tl",
        "vn": "vi", "hu": "hu", "hr": "hr"}
FAKER_LOC = {"us": "en_US", "uk": "en_GB", "ie": "en_IE", "sc": "en_GB", "ca": "en_CA", "au": "en_AU", "nz": "en_NZ",
             "in": "en_IN", "de": "de_DE", "at": "de_AT", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT",
             "br": "pt_BR", "nl": "nl_NL", "pl": "pl_PL", "se": "sv_SE", "dk": "da_DK", "no": "no_NO", "fi": "fi_FI",
             "cz": "cs_CZ", "tr": "tr_TR", "ro": "ro_RO", "id": "id_ID", "hu": "hu_HU", "hr": "hr_HR"}
MIM_LOC = {"us": "en", "uk": "en-gb", "ca": "en-ca", "au": "en-au", "de": "de", "at": "de-at", "fr": "fr", "es": "es",
           "it": "it", "pt": "pt", "br": "pt-br", "nl": "nl", "pl": "pl", "se": "sv", "dk": "da", "no": "no", "fi": "fi",
           "cz": "cs", "tr": "tr", "hu": "hu", "hr": "hr"}
SURNAME_FIRST = {"hu", "vn", "cn", "kr"}

# ---------------------------------------------------------------- hand name lists
HAND = {
    "sc": (["Eilidh", "Morag", "Isla", "Kirsty", "Catriona", "Ailsa", "Mhairi", "Fiona", "Iona", "Shona"],
           ["Angus", "Callum", "Euan", "Fraser", "Hamish", "Ruaridh", "Lachlan", "Alasdair", "Struan", "Gregor"],
           ["MacLeod", "Cameron", "Fraser", "Sutherland", "MacKenzie", "Buchanan", "Robertson", "Drummond", "Munro",
            "McAllister", "Urquhart", "Galbraith", "Lamont", "Kerr"]),
    "ie": (["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Sorcha", "Orla", "Clodagh", "Éabha", "Róisín"],
           ["Cian", "Oisín", "Darragh", "Tadhg", "Ruairí", "Colm", "Donal", "Fionn", "Cathal", "Pádraig"],
           ["Brennan", "Ó Súilleabháin", "Mac Giolla", "O'Driscoll", "Ní Bhriain", "McGrath", "Kavanagh",
            "Ó Ceallaigh", "Fitzgerald", "Moloney", "Hegarty", "Geraghty"]),
    "ng": (["Chiamaka", "Ngozi", "Funmilayo", "Adaeze", "Yetunde", "Ifeoma", "Bisola", "Zainab", "Temitope", "Nkechi"],
           ["Chukwuemeka", "Oluwaseun", "Babatunde", "Ikenna", "Emeka", "Adewale", "Tunde", "Obinna", "Musa", "Kelechi"],
           ["Okonkwo", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okafor", "Adebayo", "Ogunleye", "Abubakar", "Nnamdi",
            "Olawale", "Chukwu"]),
    "ph": (["Maricel", "Jocelyn", "Rowena", "Kristine", "Lovely", "Divina", "Analyn", "Rhea", "Marites", "Czarina"],
           ["Jomar", "Renato", "Arnel", "Rodel", "Jun-jun", "Efren", "Carlito", "Mark Anthony", "Rommel", "Dindo"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Pangilinan",
            "Manalo", "Sarmiento", "Agbayani", "Tolentino"]),
    "vn": (["Thị Lan", "Thị Hương", "Ngọc Anh", "Thu Trang", "Minh Thư", "Thị Mai", "Bảo Ngọc", "Thanh Hà"],
           ["Văn Hùng", "Minh Tuấn", "Quốc Bảo", "Đức Anh", "Văn Nam", "Hoàng Long", "Thành Công", "Hữu Phước"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]),
    "cn": (["Xiaoling", "Meiling", "Yuxin", "Jingyi", "Huifang", "Lihua"],
           ["Wei", "Jianguo", "Haoran", "Zhiwei", "Yifan", "Junjie"],
           ["Zhang", "Wang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Xu", "Guo", "Lin"]),
    "kr": (["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah", "Yuna"],
           ["Min-jun", "Seung-ho", "Dong-hyun", "Jae-won", "Hyun-woo", "Tae-yang"],
           ["Kim", "Park", "Choi", "Jeong", "Kang", "Yoon", "Han", "Lim"]),
    "jp": (["Haruka", "Yui", "Aoi", "Misaki", "Emiko", "Sakura"],
           ["Takumi", "Haruto", "Kenji", "Daisuke", "Ren", "Shota"],
           ["Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Fujita", "Ishikawa", "Matsuda"]),
    "ar": (["Fatima", "Layla", "Noor", "Yasmin", "Huda", "Mariam", "Rania"],
           ["Omar", "Khalid", "Youssef", "Tariq", "Hamza", "Karim", "Bilal"],
           ["al-Rashid", "Haddad", "El-Sayed", "bin Salman", "Khoury", "al-Amin", "Nasser", "Mansour", "Abboud"]),
    "sa": (["Priya", "Ananya", "Kavitha", "Shreya", "Nusrat", "Farzana", "Lakshmi", "Deepika"],
           ["Arjun", "Rohan", "Vikram", "Siddharth", "Imran", "Rahul", "Karthik", "Aditya"],
           ["Raghunathan", "Chatterjee", "Iyer", "Deshpande", "Siddiqui", "Chowdhury", "Venkatesan", "Malhotra",
            "Perera", "Jayasuriya"]),
    "af": (["Wanjiru", "Akosua", "Thandiwe", "Amara", "Makena", "Nomvula", "Abena", "Tigist"],
           ["Kwame", "Kipchoge", "Sipho", "Tendai", "Otieno", "Yaw", "Bongani", "Tesfaye"],
           ["Mwangi", "Asante", "Ndlovu", "Otieno", "Boateng", "Dlamini", "Kamau", "Mensah", "Bekele", "Mutua"]),
    "pac": (["Losana", "Mele", "Aroha", "Sina", "Ana", "Moana"],
            ["Sione", "Tevita", "Manaia", "Ratu", "Tane", "Losa"],
            ["Tupou", "Fifita", "Ngata", "Vaipulu", "Tuilagi", "Waqa", "Taufa", "Leavasa"]),
    "word": (["Rose", "Hope", "Grace", "Faith", "Joy", "June", "April", "Ivy", "Dawn", "Amber", "Summer", "Holly"],
             ["Will", "Mark", "Grant", "Rich", "Bill", "Chase", "Hunter", "Frank", "Sonny", "Miles"],
             ["Young", "Bishop", "Grant", "Baker", "Cook", "Mason", "Hunter", "Stone", "Wood", "Hill", "King", "Price",
              "Long", "Black", "Fisher", "Love", "Sterling", "Dean"]),
}
HAND_SURNAME_FIRST = {"vn", "cn", "kr"}
WORLD = ["ng", "ph", "vn", "cn", "kr", "jp", "ar", "sa", "af", "pac", "in", "de", "fr", "es", "it", "br", "pl", "nl",
         "tr", "se", "cz", "hu", "hr", "ro", "id"]
ENGLISH = ["us", "uk", "ie", "sc", "ca", "au", "nz"]
PARTICLE = {"nl": ["van", "van der", "de", "van den"], "de": ["von"], "fr": ["de", "Le"], "es": ["de la"],
            "it": ["Di", "De"], "br": ["dos", "da"], "pt": ["da"], "se": ["af"]}

# ---------------------------------------------------------------- rng and fakers
R = random.Random(141414)
_FK, _MP = {}, {}


def fk(loc):
    if loc not in _FK:
        f = Faker(FAKER_LOC[loc])
        f.seed_instance(141414 + sorted(FAKER_LOC).index(loc))
        _FK[loc] = f
    return _FK[loc]


def mp(loc):
    if loc not in _MP:
        _MP[loc] = MPerson(MLocale(MIM_LOC[loc]), seed=141414 * 7 + sorted(MIM_LOC).index(loc))
    return _MP[loc]


STATS = collections.Counter()


class Person:
    def __init__(self, first, last, female, loc, surname_first=False):
        self.first, self.last, self.female, self.loc, self.sf = first, last, female, loc, surname_first

    def full(self):
        return "%s %s" % (self.last, self.first) if self.sf else "%s %s" % (self.first, self.last)

    def render(self, mod):
        if mod is None or mod == "":
            return self.full(), True
        if mod.startswith("g:"):
            a = mod[2:].split("|")
            return (a[0] if self.female else a[1]), False
        m = {"f": self.first, "l": self.last, "lc": self.full().lower(), "fl": self.first.lower(),
             "UC": self.full().upper(), "UL": self.last.upper(), "LF": "%s, %s" % (self.last, self.first),
             "LFU": "%s, %s" % (self.last.upper(), self.first),
             "il": "%s. %s" % (self.first[0], self.last), "fi": "%s %s." % (self.first, self.last[0])}
        return m[mod], True


def draw_person(loc):
    female = R.random() < 0.5
    use_hand = loc in HAND and (loc not in FAKER_LOC or R.random() < 0.6)
    if use_hand:
        fem, mal, sur = HAND[loc]
        first = R.choice(fem if female else mal)
        last = R.choice(sur)
        if loc == "word":
            # one of the two parts is a word-name
            if R.random() < 0.5:
                last = fk("us").last_name()
            else:
                first = R.choice(fem + mal)
                female = first in fem
        STATS["src_hand"] += 1
        return Person(first, last, female, loc, loc in HAND_SURNAME_FIRST)
    use_mim = loc in MIM_LOC and R.random() < 0.35
    if use_mim:
        m = mp(loc)
        g = MGender.FEMALE if female else MGender.MALE
        first, last = m.first_name(gender=g), m.last_name(gender=g)
        STATS["src_mimesis"] += 1
    else:
        f = fk(loc)
        first = f.first_name_female() if female else f.first_name_male()
        if hasattr(f, "last_name_female"):
            last = f.last_name_female() if female else f.last_name_male()
        else:
            last = f.last_name()
        STATS["src_faker"] += 1
    if loc in PARTICLE and R.random() < 0.12 and " " not in last:
        last = R.choice(PARTICLE[loc]) + " " + last
    elif loc in ENGLISH and R.random() < 0.05:
        last = last + "-" + fk(loc).last_name()
    return Person(first, last, female, loc, loc in SURNAME_FIRST)


def person_for(doc_loc, override):
    if override == "world":
        return draw_person(R.choice(WORLD))
    if override:
        return draw_person(override)
    if LANG[doc_loc] == "en":
        x = R.random()
        if x < 0.5:
            return draw_person(doc_loc if doc_loc != "nz" else "au")
        if x < 0.6:
            return draw_person(R.choice(["us", "uk", "ie", "sc", "ca", "au"]))
        return draw_person(R.choice(WORLD))
    return draw_person(doc_loc if R.random() < 0.9 else R.choice(WORLD))


# ---------------------------------------------------------------- values
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def fill(pat):
    """# -> digit, @ -> digit 1-9, % -> digit 2-9, A -> upper letter, a -> alnum upper."""
    out = []
    for c in pat:
        if c == "#":
            out.append(R.choice(string.digits))
        elif c == "@":
            out.append(R.choice("123456789"))
        elif c == "A":
            out.append(R.choice(string.ascii_uppercase))
        elif c == "%":
            out.append(R.choice("23456789"))
        elif c == "a":
            out.append(R.choice(string.ascii_uppercase + string.digits))
        else:
            out.append(c)
    return "".join(out)


PHONES = {
    "us": ["(%##) %##-####", "%##-%##-####", "+1 %##-%##-####", "%##.%##.####", "+1 (%##) %##-####"],
    "ca": ["(%##) %##-####", "%##-%##-####", "+1 %## %## ####"],
    "uk": ["07### ######", "+44 7### ######", "020 7### ####", "0161 @## ####", "+44 (0)20 8### ####", "0113 @## ####"],
    "sc": ["0131 @## ####", "0141 @## ####", "07### ######", "+44 1224 @#####"],
    "ie": ["08# @## ####", "+353 8# @## ####", "(01) @## ####", "021 4## ####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) 9### ####", "(03) 9### ####"],
    "nz": ["021 ### ####", "+64 21 ### ####", "(09) @## ####"],
    "in": ["+91 9#### #####", "98### #####", "+91-80-@###-####"],
    "ng": ["080# ### ####", "+234 80# ### ####", "0703 ### ####"],
    "de": ["0151 ########", "+49 30 @######", "030 / @#######", "0171-@######", "+49 (0)89 @######"],
    "at": ["0664 @######", "+43 1 @######", "+43 660 @######"],
    "fr": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "07.##.##.##.##"],
    "es": ["6## ## ## ##", "+34 6## ### ###", "91 @## ## ##", "6########"],
    "it": ["33# ### ####", "+39 06 #### ####", "347 #######", "+39 3## ### ####"],
    "pt": ["91# ### ###", "+351 21 ### ####", "96# ### ###"],
    "br": ["(11) 9####-####", "+55 21 9####-####", "(31) 3###-####"],
    "nl": ["06-########", "+31 6 ########", "020-@######", "+31 (0)10 @## ####"],
    "pl": ["5## ### ###", "+48 22 ### ## ##", "+48 6## ### ###", "6##-###-###"],
    "se": ["070-### ## ##", "+46 70 ### ## ##", "08-### ### ##", "073 ### ## ##"],
    "dk": ["2# ## ## ##", "+45 2# ## ## ##", "3# ## ## ##"],
    "no": ["9## ## ###", "+47 9## ## ###", "4## ## ###"],
    "fi": ["040 ### ####", "+358 40 ### ####", "050 ### ####", "09 ### ####"],
    "cz": ["60# ### ###", "+420 60# ### ###", "+420 7## ### ###"],
    "tr": ["0532 ### ## ##", "+90 532 ### ## ##", "0(212) ### ## ##"],
    "ro": ["0721 ### ###", "+40 721 ### ###", "0744.###.###"],
    "id": ["0812-####-####", "+62 812 #### ####", "(021) ###-####"],
    "ph": ["0917 ### ####", "+63 917 ### ####", "(02) 8###-####"],
    "vn": ["090 ### ####", "+84 90 ### ####", "0912.###.###"],
    "hu": ["+36 30 ### ####", "06 30 ### ####", "+36 1 ### ####", "06-20-###-####"],
    "hr": ["091 ### ####", "+385 91 ### ####", "01 ### ####"],
}

STREETS = {
    "us": ["Maple Ave", "Oak Street", "Linden Blvd", "W 43rd St", "Cedar Lane", "Magnolia Drive", "Pine Ridge Rd",
           "N Sheridan Rd", "Harbor View Ct", "Elmwood Avenue"],
    "uk": ["Hollins Lane", "Church Street", "Victoria Road", "Beechwood Close", "Mill Lane", "Station Approach",
           "Kingsley Gardens", "Orchard Way"],
    "sc": ["Leith Walk", "Byres Road", "Union Grove", "Great Western Road", "Comely Bank Avenue", "Dalkeith Road"],
    "ie": ["Grange Road", "Clontarf Road", "Main Street", "Barrack Street", "Ashgrove Park", "Leeson Street Upper"],
    "ca": ["King St W", "Rue Saint-Denis", "Bloor St E", "Jasper Ave", "Robson St"],
    "au": ["Smith St", "Glebe Point Rd", "Brunswick St", "Oxford St", "Beach Rd"],
    "nz": ["Ponsonby Rd", "Cuba Street", "Riccarton Road"],
    "in": ["MG Road", "Linking Road", "Anna Salai", "Park Street", "Banjara Hills Road No. 3"],
    "ng": ["Awolowo Road", "Adeola Odeku Street", "Allen Avenue", "Ogui Road"],
    "de": ["Lindenstraße", "Hauptstraße", "Schillerweg", "Am Mühlbach", "Bahnhofstraße", "Kastanienallee",
           "Goethestraße", "Rosenweg"],
    "at": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Roses",
           "chemin du Moulin"],
    "es": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Carrer de Mallorca", "Calle Real"],
    "it": ["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza"],
    "pt": ["Rua do Almada", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
    "br": ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua Voluntários da Pátria"],
    "nl": ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht", "Wilhelminastraat"],
    "pl": ["ul. Długa", "ul. Piotrkowska", "ul. Mickiewicza", "ul. Kwiatowa", "al. Jana Pawła II", "ul. Lipowa"],
    "se": ["Storgatan", "Drottninggatan", "Kungsgatan", "Björkvägen", "Sveavägen"],
    "dk": ["Nørregade", "Vesterbrogade", "Skovvej", "Østergade", "Algade"],
    "no": ["Kirkegata", "Storgata", "Thereses gate", "Bygdøy allé", "Fjellveien"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Koivukuja", "Aleksanterinkatu", "Rantatie"],
    "cz": ["Vinohradská", "Husova", "Masarykova", "Nádražní", "Palackého"],
    "tr": ["Atatürk Cad.", "İstiklal Cad.", "Bağdat Cad.", "Çiçek Sok.", "Cumhuriyet Mah. Gül Sok."],
    "ro": ["Str. Mihai Eminescu", "Bd. Unirii", "Str. Florilor", "Calea Victoriei", "Str. Avram Iancu"],
    "id": ["Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Kenanga", "Jl. Gajah Mada"],
    "ph": ["Rizal St.", "Mabini St.", "Sampaguita St.", "Aguinaldo Highway", "Katipunan Ave."],
    "vn": ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt"],
    "hu": ["Andrássy út", "Kossuth Lajos utca", "Petőfi Sándor utca", "Rákóczi út", "Béke tér"],
    "hr": ["Ilica", "Vukovarska ulica", "Ulica kralja Zvonimira", "Savska cesta", "Frankopanska"],
}
TOWNS = {
    "us": [("Springfield", "IL"), ("Tacoma", "WA"), ("Dayton", "OH"), ("Asheville", "NC"), ("Boise", "ID"),
           ("Albany", "NY"), ("Tucson", "AZ"), ("Macon", "GA")],
    "uk": [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Derby", "DE"), ("Exeter", "EX"), ("Reading", "RG")],
    "sc": [("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"), ("Dundee", "DD"), ("Inverness", "IV")],
    "ie": [("Dublin 6", "D06"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Sligo", "F91")],
    "ca": [("Toronto", "ON"), ("Halifax", "NS"), ("Calgary", "AB"), ("Winnipeg", "MB")],
    "au": [("Fitzroy", "VIC"), ("Newtown", "NSW"), ("Fremantle", "WA"), ("Paddington", "QLD")],
    "nz": [("Auckland", ""), ("Wellington", ""), ("Christchurch", "")],
    "in": [("Bengaluru", ""), ("Pune", ""), ("Chennai", ""), ("Kolkata", "")],
    "ng": [("Ikoyi, Lagos", ""), ("Wuse II, Abuja", ""), ("Enugu", "")],
    "de": ["Berlin", "Leipzig", "Köln", "Freiburg im Breisgau", "Hamburg", "Nürnberg"],
    "at": ["Wien", "Graz", "Linz"],
    "fr": ["Lyon", "Nantes", "Toulouse", "Lille", "Montpellier"],
    "es": ["Madrid", "Zaragoza", "Valencia", "Barcelona", "Sevilla"],
    "it": ["Milano", "Bologna", "Torino", "Napoli", "Firenze"],
    "pt": ["Porto", "Lisboa", "Braga", "Coimbra"],
    "br": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR")],
    "nl": ["Amsterdam", "Utrecht", "Groningen", "Eindhoven", "Zwolle"],
    "pl": ["Gdańsk", "Kraków", "Łódź", "Wrocław", "Poznań"],
    "se": ["Stockholm", "Göteborg", "Uppsala", "Malmö", "Umeå"],
    "dk": ["København K", "Aarhus C", "Odense C", "Aalborg"],
    "no": ["Oslo", "Bergen", "Trondheim", "Stavanger"],
    "fi": ["Helsinki", "Tampere", "Turku", "Oulu"],
    "cz": ["Praha 2", "Brno", "Ostrava", "Plzeň"],
    "tr": [("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Konak", "İzmir"), ("Nilüfer", "Bursa")],
    "ro": ["București", "Cluj-Napoca", "Iași", "Timișoara"],
    "id": ["Bandung", "Jakarta Selatan", "Surabaya", "Yogyakarta"],
    "ph": ["Makati City", "Quezon City", "Cebu City", "Davao City"],
    "vn": ["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"],
    "hu": ["Budapest", "Debrecen", "Szeged", "Pécs"],
    "hr": [("Zagreb", "10000"), ("Split", "21000"), ("Rijeka", "51000"), ("Osijek", "31000")],
}


def uk_postcode(area):
    return "%s%d %d%s" % (area, R.randint(1, 28), R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))


def address(loc, style=""):
    st = R.choice(STREETS[loc])
    n = R.randint(1, 240)
    t = R.choice(TOWNS[loc])
    sep = "\n" if style == "ml" else ", "
    if loc == "us":
        s = "%d %s" % (R.randint(10, 9800), st)
        if style == "st":
            return s
        unit = R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")])
        return "%s%s%s%s, %s %05d" % (s, unit, sep, t[0], t[1], R.randint(10001, 99899))
    if loc in ("uk", "sc"):
        s = "%d %s" % (n, st)
        if style == "st":
            return s
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 12), "Flat %d/%d, " % (R.randint(0, 3), R.randint(1, 3))]) if loc == "sc" else R.choice(["", "", "Flat %d, " % R.randint(1, 12)])
        return "%s%s%s%s %s" % (pre, s, sep, t[0], uk_postcode(t[1]))
    if loc == "ie":
        s = "%d %s" % (n, st)
        if style == "st":
            return s
        return "%s%s%s, %s %s" % (s, sep, t[0], t[1], fill("aaaa").replace("O", "K"))
    if loc == "ca":
        s = "%d %s" % (R.randint(10, 3000), st)
        if style == "st":
            return s
        return "%s%s%s, %s %s" % (s, sep, t[0], t[1], fill("A#A #A#"))
    if loc in ("au", "nz"):
        s = "%d %s" % (n, st)
        if style == "st":
            return s
        if loc == "nz":
            return "%s%s%s %04d" % (s, sep, t[0], R.randint(1010, 9999))
        return "%s%s%s %s %04d" % (s, sep, t[0], t[1], R.randint(2000, 6999))
    if loc == "in":
        s = "%s, %d %s" % (fill("Flat @#A"), R.randint(1, 200), st)
        if style == "st":
            return "%d %s" % (R.randint(1, 200), st)
        return "%s%s%s %d" % (s, sep, t[0], R.randint(400001, 700099))
    if loc == "ng":
        s = "%d %s" % (R.randint(1, 60), st)
        return s if style == "st" else "%s%s%s" % (s, sep, t[0])
    if loc in ("de", "at"):
        s = "%s %d%s" % (st, n, R.choice(["", "", "a", "b"]))
        pc = "%05d" % R.randint(1067, 99998) if loc == "de" else "%04d" % R.randint(1010, 9990)
        return s if style == "st" else "%s%s%s %s" % (s, sep, pc, t)
    if loc == "fr":
        s = "%d%s %s" % (n, R.choice(["", "", " bis"]), st)
        return s if style == "st" else "%s%s%05d %s" % (s, sep, R.randint(1000, 95999), t)
    if loc == "es":
        s = "%s, %d" % (st, n) if R.random() < 0.5 else "%s %d" % (st, n)
        if style == "st":
            return s
        fl = R.choice(["", ", %dº %s" % (R.randint(1, 8), R.choice("ABCD")), ", %dº-%d" % (R.randint(1, 6), R.randint(1, 4))])
        return "%s%s%s%05d %s" % (s, fl, sep, R.randint(1001, 50999), t)
    if loc == "it":
        s = "%s %d" % (st, n) if R.random() < 0.6 else "%s, %d" % (st, n)
        return s if style == "st" else "%s%s%05d %s" % (s, sep, R.randint(10100, 98100), t)
    if loc == "pt":
        s = "%s %d%s" % (st, n, R.choice(["", ", %dº Esq." % R.randint(1, 6), ", %dº Dto." % R.randint(1, 6)]))
        return s if style == "st" else "%s%s%04d-%03d %s" % (s, sep, R.randint(1000, 4999), R.randint(0, 999), t)
    if loc == "br":
        s = "%s, %d" % (st, R.randint(10, 3000)) + R.choice(["", " – apto %d" % R.randint(11, 190), ", casa %d" % R.randint(1, 4)])
        return s if style == "st" else "%s%s%s – %s, %05d-%03d" % (s, sep, t[0], t[1], R.randint(1000, 99999), R.randint(0, 999))
    if loc == "nl":
        s = "%s %d%s" % (st, n, R.choice(["", "", "-hs", " A", "-2"]))
        return s if style == "st" else "%s%s%04d %s %s" % (s, sep, R.randint(1011, 9999), "".join(R.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2)), t)
    if loc == "pl":
        s = "%s %d%s" % (st, n, R.choice(["", "/%d" % R.randint(1, 60), " m. %d" % R.randint(1, 40)]))
        return s if style == "st" else "%s%s%02d-%03d %s" % (s, sep, R.randint(0, 99), R.randint(0, 999), t)
    if loc == "se":
        s = "%s %d%s" % (st, n, R.choice(["", "", " lgh %d" % R.randint(1001, 1404)]))
        return s if style == "st" else "%s%s%03d %02d %s" % (s, sep, R.randint(100, 984), R.randint(10, 99), t)
    if loc == "dk":
        s = "%s %d%s" % (st, n, R.choice(["", ", %d. tv" % R.randint(1, 5), ", st. th."]))
        return s if style == "st" else "%s%s%04d %s" % (s, sep, R.randint(1000, 9990), t)
    if loc == "no":
        s = "%s %d%s" % (st, n, R.choice(["", "", " B"]))
        return s if style == "st" else "%s%s%04d %s" % (s, sep, R.randint(150, 9990), t)
    if loc == "fi":
        s = "%s %d%s" % (st, n, R.choice(["", " A %d" % R.randint(1, 40), " B %d" % R.randint(1, 40)]))
        return s if style == "st" else "%s%s%05d %s" % (s, sep, R.randint(100, 99990) // 10 * 10, t)
    if loc == "cz":
        s = "%s %d/%d" % (st, R.randint(100, 2500), R.randint(1, 90))
        return s if style == "st" else "%s%s%03d %02d %s" % (s, sep, R.randint(100, 790), R.randint(0, 99), t)
    if loc == "tr":
        s = "%s No: %d D: %d" % (st, n, R.randint(1, 30))
        return s if style == "st" else "%s%s%05d %s/%s" % (s, sep, R.randint(1000, 81999), t[0], t[1])
    if loc == "ro":
        s = "%s nr. %d%s" % (st, n, R.choice(["", ", bl. %s%d, ap. %d" % (R.choice("ABCM"), R.randint(1, 9), R.randint(1, 80))]))
        return s if style == "st" else "%s%s%06d %s" % (s, sep, R.randint(10000, 900999), t)
    if loc == "id":
        s = "%s No. %d" % (st, n) + R.choice(["", ", RT %02d/RW %02d" % (R.randint(1, 12), R.randint(1, 9))])
        return s if style == "st" else "%s%s%s %05d" % (s, sep, t, R.randint(10110, 69999))
    if loc == "ph":
        s = "%d %s" % (n, st)
        return s if style == "st" else "%s%sBrgy. %s%s%s %04d" % (s, ", ", R.choice(["San Antonio", "Poblacion", "Malate", "Kapitolyo"]), sep, t, R.randint(1000, 9999))
    if loc == "vn":
        s = "%d %s" % (n, st) if R.random() < 0.6 else "%d/%d %s" % (n, R.randint(1, 30), st)
        return s if style == "st" else "%s%sPhường %d, Quận %d%s%s" % (s, ", ", R.randint(1, 15), R.randint(1, 12), sep, t)
    if loc == "hu":
        s = "%s %d." % (st, n)
        if style == "st":
            return s
        return "%04d %s, %s" % (R.randint(1011, 9999), t, s) if sep == ", " else "%s\n%04d %s" % (s, R.randint(1011, 9999), t)
    if loc == "hr":
        s = "%s %d" % (st, n)
        return s if style == "st" else "%s%s%s %s" % (s, sep, t[1], t[0])
    raise KeyError(loc)


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
}


def date_fmt(loc, y, m, d):
    lang = LANG[loc]
    mn = MONTHS.get(lang, MONTHS["en"])[m - 1]
    opts = {
        "us": ["%s %d, %d" % (mn, d, y), "%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)],
        "ph": ["%s %d, %d" % (mn, d, y), "%02d/%02d/%d" % (m, d, y)],
        "ca": ["%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d)],
        "de": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y)], "at": ["%02d.%02d.%d" % (d, m, y)],
        "fr": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y)],
        "es": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, mn, y)],
        "it": ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y)],
        "pt": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, mn, y)],
        "br": ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, mn, y)],
        "nl": ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mn, y)],
        "pl": ["%02d.%02d.%d" % (d, m, y), "%d %s %d r." % (d, mn, y)],
        "se": ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, mn, y)],
        "dk": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y)], "no": ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y)],
        "fi": ["%d.%d.%d" % (d, m, y)], "cz": ["%d. %d. %d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y)], "ro": ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y)],
        "id": ["%d %s %d" % (d, mn, y), "%02d-%02d-%d" % (d, m, y)], "vn": ["%02d/%02d/%d" % (d, m, y)],
        "hu": ["%d. %02d. %02d." % (y, m, d), "%d. %s %d." % (y, mn, d)], "hr": ["%02d.%02d.%d." % (d, m, y), "%d. %d. %d." % (d, m, y)],
    }
    return R.choice(opts.get(loc, ["%d %s %d" % (d, mn, y), "%02d/%02d/%d" % (d, m, y)]))


def dob(loc, mod=None):
    lo, hi = {"new": (2024, 2026), "kid": (2009, 2020)}.get(mod, (1938, 2008))
    return date_fmt(loc, R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def recent_date(loc):
    return date_fmt(loc, R.choice([2023, 2024, 2025, 2026]), R.randint(1, 12), R.randint(1, 28))


IBAN_FMT = {"DE": "n18", "AT": "n16", "CH": "n17", "FR": "n10a11n2", "ES": "n20", "IT": "c1n10a12", "PT": "n21",
            "NL": "c4n10", "BE": "n12", "PL": "n24", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "CZ": "n20",
            "TR": "n5z1a16", "RO": "c4a16", "HU": "n24", "HR": "n17", "GB": "c4n14", "IE": "c4n14", "LU": "n3a13",
            "SK": "n20", "SI": "n15", "GR": "n7a16", "LT": "n16", "EE": "n16", "LV": "c4a13", "BG": "c4n6a8",
            "MT": "c4n5a18", "CY": "n8a16", "IS": "n22"}
IBAN_LOC = {"de": "DE", "at": "AT", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "se": "SE",
            "dk": "DK", "no": "NO", "fi": "FI", "cz": "CZ", "tr": "TR", "ro": "RO", "hu": "HU", "hr": "HR", "uk": "GB",
            "sc": "GB", "ie": "IE"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(ib):
    ib = ib.replace(" ", "")
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(loc):
    cc = IBAN_LOC.get(loc) or R.choice(sorted(IBAN_FMT))
    fmt = IBAN_FMT[cc]
    bban = ""
    for kind, cnt in re.findall(r"([nacz])(\d+)", fmt):
        cnt = int(cnt)
        if kind == "n":
            bban += digits(cnt)
        elif kind == "c":
            bban += "".join(R.choice(string.ascii_uppercase) for _ in range(cnt))
        elif kind == "z":
            bban += "0" * cnt
        else:
            bban += "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(cnt))
    ib = cc + iban_check(cc, bban) + bban
    assert iban_valid(ib)
    if R.random() < 0.6:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def luhn_ok(n):
    s, alt = 0, False
    for c in reversed(n):
        d = int(c)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def card():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, ln = {"visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16), "mc2": (str(R.randint(2221, 2720)), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(R.randint(3528, 3589)), 16)}[kind]
    body = pre + digits(ln - len(pre) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            num = body + c
            break
    assert luhn_ok(num)
    st = R.random()
    if kind == "amex":
        return "%s %s %s" % (num[:4], num[4:10], num[10:]) if st < 0.7 else num
    if st < 0.55:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if st < 0.75:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return s if R.random() < 0.85 else s.replace("-", " ")


def nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    s = "".join(map(str, d)) + str(c)
    return R.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:]), s])


def ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    pre = R.choice(["2a02", "2a01", "2001:4860", "2600", "2a00", "2607", "2403"])
    groups = pre.split(":") + ["%x" % R.randint(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
    if R.random() < 0.5:
        return "%s:%s:%s::%s" % (groups[0], groups[1], groups[2], groups[7])
    return ":".join(groups)


def email(p=None, loc="us"):
    dom = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
           "it": ["libero.it", "virgilio.it", "tiscali.it"], "es": ["telefonica.net", "hotmail.es"],
           "pt": ["sapo.pt"], "br": ["uol.com.br", "bol.com.br"], "nl": ["ziggo.nl", "kpnmail.nl"],
           "pl": ["wp.pl", "o2.pl", "onet.pl"], "se": ["telia.com", "bredband.net"], "cz": ["seznam.cz", "centrum.cz"],
           "uk": ["btinternet.com", "sky.com", "virginmedia.com"], "ie": ["eircom.net"], "fi": ["luukku.com"],
           "tr": ["yandex.com.tr"], "hu": ["freemail.hu", "citromail.hu"], "dk": ["mail.dk"], "no": ["online.no"],
           "id": ["yahoo.co.id"], "ro": ["yahoo.ro"], "hr": ["net.hr"], "vn": ["yahoo.com.vn"], "ph": ["yahoo.com.ph"]}
    work = ["kestrelfreight.co.uk", "brightwater-legal.com", "nordhavn-logistik.dk", "tallgrass.io", "quillmedia.org",
            "larkspur-dental.com", "harbourlinecapital.com", "ferrovia-nord.it", "oakmere.ac.uk", "univ-grenoble-alpes.fr",
            "tu-dresden.de", "helsinki.fi", "zenbuild.co", "portolan.pt", "sawtooth-analytics.com"]
    d = R.choice(dom.get(loc, []) + ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                                      "proton.me"] + [R.choice(work)])
    if p is None:
        p = draw_person(loc if loc in FAKER_LOC or loc in HAND else "us")

    def a(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z]", "", s)
    f, l = a(p.first), a(p.last)
    f = f or "x"
    l = l or "y"
    user = R.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(1, 99)), "%s%d" % (f, R.randint(70, 2005)),
                     "%s.%s" % (l, f), "%s%s" % (f, l[0]), "%s-%s" % (f, l)])
    return "%s@%s" % (user, d)


ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def b64url(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    alg = R.choice(["HS256", "RS256", "HS512"])
    hdr = json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()
    pl = {"sub": str(R.randint(100000, 9999999)), "iat": R.randint(1700000000, 1790000000)}
    if R.random() < 0.5:
        pl["role"] = R.choice(["admin", "user", "service", "editor"])
    if R.random() < 0.5:
        pl["exp"] = pl["iat"] + 3600 * R.randint(1, 72)
    sig = rs(43 if alg == "HS256" else (86 if alg == "HS512" else 342), URLSAFE)
    return "%s.%s.%s" % (b64url(hdr), b64url(json.dumps(pl, separators=(",", ":")).encode()), sig)


def pem():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = {"RSA PRIVATE KEY": 12, "PRIVATE KEY": 10, "EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 6}[kind]
    if kind == "OPENSSH PRIVATE KEY":
        body = ["b3BlbnNzaC1rZXktdjEAAAAA" + rs(46, B64)] + [rs(70, B64) for _ in range(nlines - 1)]
        body[-1] = body[-1][:R.randint(20, 60)] + "="
    else:
        head = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
        body = [head + rs(64 - len(head), B64)] + [rs(64, B64) for _ in range(nlines - 1)]
        body[-1] = body[-1][:R.randint(20, 60)] + R.choice(["=", "==", ""])
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind)


WORDS = "harbor velvet maple quartz orbit canyon lantern meadow pepper falcon tundra cobalt juniper ripple saffron thistle walnut ember glacier marble".split()


def password():
    st = R.randint(0, 6)
    if st == 0:
        return rs(R.randint(12, 20), ALNUM + "!@#$%^&*-_")
    if st == 1:
        return "-".join(R.sample(WORDS, 4))
    if st == 2:
        return R.choice(WORDS).capitalize() + str(R.randint(1970, 2026)) + R.choice("!?#$*")
    if st == 3:
        w = R.choice(WORDS)
        return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + str(R.randint(1, 99)) + "!"
    if st == 4:
        return "".join(w.capitalize() for w in R.sample(WORDS, 3)) + str(R.randint(0, 9))
    if st == 5:
        return rs(4, string.ascii_uppercase) + "-" + rs(4, string.digits) + "-" + rs(4, string.ascii_lowercase) + R.choice("%&+")
    return R.choice(["Summer", "Winter", "Spring", "Autumn"]) + str(R.randint(2019, 2026)) + R.choice(["!", "@", "#"]) + rs(2, string.digits)


def secret(kind):
    if kind == "AKID":
        return R.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")
    if kind == "AKSEC":
        return rs(40, B64)
    if kind == "GH":
        c = R.random()
        if c < 0.55:
            return "ghp_" + rs(36)
        if c < 0.8:
            return R.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + rs(36)
        return "github_pat_11" + rs(20, string.ascii_uppercase + string.digits) + "_" + rs(59)
    if kind == "OAI":
        c = R.random()
        if c < 0.5:
            return "sk-proj-" + rs(R.randint(60, 130), URLSAFE)
        if c < 0.7:
            return "sk-svcacct-" + rs(R.randint(60, 100), URLSAFE)
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if kind == "ANT":
        return R.choice(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(93, URLSAFE) + "AA"
    if kind == "SLACK":
        c = R.choice(["xoxb", "xoxb", "xoxp", "xapp"])
        if c == "xapp":
            return "xapp-1-A%s-%s-%s" % (rs(10, string.ascii_uppercase + string.digits), digits(13), rs(64, "abcdef0123456789"))
        if c == "xoxp":
            return "xoxp-%s-%s-%s-%s" % (digits(12), digits(12), digits(13), rs(32, "abcdef0123456789"))
        return "xoxb-%s-%s-%s" % (digits(R.choice([11, 12])), digits(13), rs(24))
    if kind == "STRIPE":
        return R.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(R.choice([24, 99]))
    if kind == "JWT":
        return jwt()
    if kind == "PEM":
        return pem()
    if kind == "PW":
        return password()
    if kind == "KEY":
        return R.choice([rs(32, "0123456789abcdef"), rs(40), rs(36, ALNUM), rs(32, string.ascii_uppercase + string.digits),
                         "%s-%s-%s-%s" % (rs(8, "0123456789abcdef"), rs(8, "0123456789abcdef"), rs(8, "0123456789abcdef"), rs(8, "0123456789abcdef")),
                         "key-" + rs(32, "0123456789abcdef"), "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)])
    raise KeyError(kind)


STYPE = {"AKID": "AWS_ACCESS_KEY", "AKSEC": "AWS_SECRET_KEY", "GH": "GITHUB_TOKEN", "OAI": "OPENAI_API_KEY",
         "ANT": "ANTHROPIC_API_KEY", "SLACK": "SLACK_TOKEN", "STRIPE": "STRIPE_KEY", "JWT": "JWT", "PEM": "PRIVATE_KEY",
         "PW": "PASSWORD", "KEY": "GENERIC_API_KEY"}


def gen_decoy(kind, loc):
    if kind == "uuid":
        return "%s-%s-4%s-%s%s-%s" % (rs(8, "0123456789abcdef"), rs(4, "0123456789abcdef"), rs(3, "0123456789abcdef"),
                                     R.choice("89ab"), rs(3, "0123456789abcdef"), rs(12, "0123456789abcdef"))
    if kind == "hash":
        return rs(R.choice([7, 12, 40, 64]), "0123456789abcdef")
    if kind == "order":
        return R.choice(["#%d" % R.randint(100000, 9999999), "ORD-%s" % fill("######"), "%s-%s" % (fill("AA"), fill("########")),
                         "%d-%d-%d" % (R.randint(100, 999), R.randint(1000000, 9999999), R.randint(1000000, 9999999))])
    if kind == "ts":
        return "2026-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                                 R.randint(0, 59), R.choice(["Z", ".%03dZ" % R.randint(0, 999), "+01:00"]))
    if kind == "ver":
        return R.choice(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)), "%d.%d.%d" % (R.randint(1, 20), R.randint(0, 12), R.randint(0, 9)),
                         "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 4))])
    if kind == "privip":
        return R.choice(["192.168.%d.%d" % (R.choice([0, 1, 1, 50]), R.randint(2, 254)), "10.0.%d.%d" % (R.randint(0, 20), R.randint(2, 254))])
    if kind == "docip":
        return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254)) if R.random() < 0.85 else "2001:db8::%x" % R.randint(1, 0xfff)
    if kind == "exemail":
        return R.choice(["jane.doe", "john.doe", "user", "noreply", "test", "alice", "bob", "admin"]) + "@" + R.choice(["example.com", "example.org", "example.net"])
    if kind == "tracking":
        return R.choice(["1Z" + fill("aaaaaaaaaaaaaaaa"), "JJD" + digits(18), fill("AA#########GB"), digits(12)])
    if kind == "ticket":
        return R.choice(["INC%07d" % R.randint(1, 9999999), "%s-%d" % (R.choice(["OPS", "SUP", "HD", "PLAT", "WEB"]), R.randint(10, 9999)),
                         "CS%08d" % R.randint(1, 99999999)])
    if kind == "placeholder_key":
        return R.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
                         "sk_test_XXXXXXXXXXXXXXXX", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_API_KEY>", "your-api-key-here",
                         "xoxb-your-token", "sk-ant-...", "changeme", "${API_KEY}", "REPLACE_ME"])
    raise KeyError(kind)


def town(loc):
    t = R.choice(TOWNS[loc])
    return t[0] if isinstance(t, tuple) else t


# ---------------------------------------------------------------- rendering
FRAMES = []


class F:
    def __init__(self, fid, kind, loc, tpl, n=2):
        assert loc in LANG, (fid, loc)
        self.fid, self.kind, self.loc, self.tpl, self.n = fid, kind, loc, tpl, n
        FRAMES.append(self)


TOK = re.compile(r"«([^«»]+)»")
NAMEPAT = re.compile(r"^([A-Z]+?)(\d*)(?:@([a-z]+))?(?:\.(.*))?$", re.S)
VALUE_T = {"EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "ADDR": "STREET_ADDRESS", "DOB": "DATE_OF_BIRTH",
           "IBAN": "IBAN_CODE", "CARD": "CREDIT_CARD", "SSN": "US_SSN", "NHS": "UK_NHS", "IP": "IP_ADDRESS",
           "IPS": "IP_ADDRESS"}


def render(fr):
    loc = fr.loc
    cache = {}
    out, spans, decoys = [], [], []
    pos = 0

    def emit(s, typ=None, dk=None):
        start = sum(len(x) for x in out)
        out.append(s)
        if typ:
            spans.append((start, start + len(s), typ, s))
        if dk:
            decoys.append((start, start + len(s), dk, s))

    for m in TOK.finditer(fr.tpl):
        out.append(fr.tpl[pos:m.start()])
        pos = m.end()
        tok = m.group(1)
        if tok.startswith("A:"):
            emit(R.choice(tok[2:].split("|")))
            continue
        if tok.startswith("N:"):
            a, b = tok[2:].split("-")
            emit(str(R.randint(int(a), int(b))))
            continue
        if tok.startswith("HEX:"):
            emit(rs(int(tok[4:]), "0123456789abcdef"))
            continue
        if tok.startswith("D:"):
            _, kind, alts = tok.split(":", 2)
            emit(R.choice(alts.split("|")), dk=kind)
            continue
        if tok.startswith("DG:"):
            kind = tok[3:]
            emit(gen_decoy(kind, loc), dk={"ts": "timestamp", "ver": "version", "order": "order_id", "docip": "doc_ip",
                                           "exemail": "placeholder_email", "tracking": "tracking_id", "ticket": "ticket_id",
                                           "placeholder_key": "placeholder", "privip": "private_ip"}.get(kind, kind))
            continue
        if tok.startswith("S:"):
            _, typ, alts = tok.split(":", 2)
            key = "S:" + typ + ":" + alts
            if key not in cache:
                cache[key] = R.choice(alts.split("|"))
            emit(cache[key], typ=typ)
            continue
        if tok in ("LQ", "RQ"):
            emit("«" if tok == "LQ" else "»")
            continue
        if tok in ("DATE", "TIME", "TOWN", "ORDER"):
            if tok not in cache:
                cache[tok] = {"DATE": lambda: recent_date(loc), "TIME": lambda: "%d:%02d" % (R.randint(7, 20), R.choice([0, 15, 30, 45, 10, 50])),
                              "TOWN": lambda: town(loc), "ORDER": lambda: gen_decoy("order", loc)}[tok]()
            emit(cache[tok])
            continue
        mm = NAMEPAT.match(tok)
        assert mm, (fr.fid, tok)
        base, idx, over, mod = mm.groups()
        key = base + idx
        if base == "P":
            if key not in cache:
                cache[key] = person_for(loc, over)
            s, is_span = cache[key].render(mod)
            emit(s, typ="PERSON" if is_span else None)
            continue
        if base in STYPE:
            if key not in cache:
                cache[key] = secret(base)
            emit(cache[key], typ=STYPE[base])
            continue
        if base in VALUE_T:
            ck = key + "." + (mod or "")
            if ck not in cache:
                vl = over or loc
                if base == "EMAIL":
                    pp = cache.get(mod) if mod and mod.startswith("P") else None
                    if mod and mod.startswith("P") and pp is None:
                        pp = cache[mod] = person_for(loc, None)
                    v = email(pp, vl)
                elif base == "PHONE":
                    v = fill(R.choice(PHONES[vl]))
                    if mod == "ext":
                        v += R.choice([" ext. ", " x", " Durchwahl ", " poste "]) + str(R.randint(10, 999))
                elif base == "ADDR":
                    v = address(vl, mod or "")
                elif base == "DOB":
                    v = dob(vl, mod)
                elif base == "IBAN":
                    v = iban(vl)
                elif base == "CARD":
                    v = card()
                elif base == "SSN":
                    v = ssn()
                elif base == "NHS":
                    v = nhs()
                elif base == "IP":
                    v = ipv6() if mod == "6" else ipv4()
                cache[ck] = v
            emit(cache[ck], typ=VALUE_T[base])
            continue
        raise KeyError((fr.fid, tok))
    out.append(fr.tpl[pos:])
    return "".join(out), spans, decoys


def boff(text, c):
    return len(text[:c].encode("utf-8"))


def make_doc(fr, text, spans, decoys):
    sp = []
    for (a, b, t, v) in sorted(spans):
        sp.append({"start": boff(text, a), "end": boff(text, b), "char_start": a, "char_end": b, "type": t, "value": v})
    dc = []
    for (a, b, k, v) in sorted(decoys):
        dc.append({"start": boff(text, a), "end": boff(text, b), "char_start": a, "char_end": b, "kind": k, "value": v})
    tb = text.encode("utf-8")
    for lst in (sp, dc):
        for s in lst:
            assert text[s["char_start"]:s["char_end"]] == s["value"], (fr.fid, s)
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"], (fr.fid, s)
            assert s["value"] == s["value"].strip() and s["value"], (fr.fid, s)
        for x, y in zip(lst, lst[1:]):
            assert x["char_end"] <= y["char_start"], (fr.fid, "overlap", x, y)
    for s in sp:
        for d in dc:
            assert not (s["char_start"] < d["char_end"] and d["char_start"] < s["char_end"]), (fr.fid, "span/decoy overlap")
    has_secret = any(s["type"] in SECRET for s in sp)
    has_pii = any(s["type"] in PII for s in sp)
    sens = "secret" if has_secret else ("personal" if has_pii else "public")
    want = {"per": "personal", "pub": "public", "sec": "secret"}[fr.fid.split("-")[0]]
    assert sens == want, (fr.fid, sens, want, text)
    if sens == "public":
        assert dc, (fr.fid, "public without decoys")
    return {"id": None, "text": text, "spans": sp, "sensitivity": sens, "has_pii": has_pii, "has_secret": has_secret,
            "kind": fr.kind, "frame": fr.fid, "lang": LANG[fr.loc], "locale": fr.loc, "decoys": dc}


LEADS = ["Fwd: ", "> ", "[pinned] ", "FYI: ", "Re: ", "(copy) ", "-- ", "Note: "]


def load_frames():
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith("frames_fresh14_") and fn.endswith(".py"):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, fn))
            mod = importlib.util.module_from_spec(spec)
            mod.F = F
            spec.loader.exec_module(mod)
    ids = [f.fid for f in FRAMES]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    assert not dup, dup


def build():
    load_frames()
    docs, seen = [], set()
    for fr in FRAMES:
        for _ in range(fr.n):
            for attempt in range(6):
                text, spans, decoys = render(fr)
                if text not in seen:
                    break
            if text in seen:
                lead = LEADS[len(docs) % len(LEADS)]
                spans = [(a + len(lead), b + len(lead), t, v) for a, b, t, v in spans]
                decoys = [(a + len(lead), b + len(lead), t, v) for a, b, t, v in decoys]
                text = lead + text
                STATS["lead_ins"] += 1
            if text in seen:
                continue
            seen.add(text)
            docs.append(make_doc(fr, text, spans, decoys))
    R2 = random.Random(1414)
    R2.shuffle(docs)
    for i, d in enumerate(docs):
        d["id"] = "fr14-%05d" % (i + 1)
    return [{k: d[k] for k in ["id", "text", "spans", "sensitivity", "has_pii", "has_secret", "kind", "frame", "lang", "locale", "decoys"]} for d in docs]


def main():
    docs = build()
    plain = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(plain)
    out = os.path.join(HERE, "fresh14.jsonl.gz")
    with open(out, "wb") as fh:
        fh.write(buf.getvalue())
    if "--dump" in sys.argv:
        with open(sys.argv[sys.argv.index("--dump") + 1], "wb") as fh:
            fh.write(plain)
    print("%d documents -> %s  md5(gz)=%s md5(jsonl)=%s" % (len(docs), out, hashlib.md5(buf.getvalue()).hexdigest(), hashlib.md5(plain).hexdigest()))
    if "--stats" in sys.argv:
        c = collections.Counter
        print("sensitivity", dict(c(d["sensitivity"] for d in docs)))
        print("lang", sorted(c(d["lang"] for d in docs).items(), key=lambda x: -x[1]))
        print("spans", sorted(c(s["type"] for d in docs for s in d["spans"]).items(), key=lambda x: -x[1]))
        print("decoys", sorted(c(s["kind"] for d in docs for s in d["decoys"]).items(), key=lambda x: -x[1]))
        print("kinds", sorted(c(d["kind"] for d in docs).items(), key=lambda x: -x[1]))
        fs = {}
        for d in docs:
            fs[d["frame"]] = d["sensitivity"]
        print("frames", len(fs), dict(c(fs.values())))
        h = c()
        for d in docs:
            half = "a" if int(hashlib.md5(d["frame"].encode()).hexdigest()[0], 16) % 2 == 0 else "b"
            h[(half, d["sensitivity"])] += 1
        print("halves", sorted(h.items()))
        print("multiline", sum(1 for d in docs if "\n" in d["text"]), "nonen", sum(1 for d in docs if d["lang"] != "en"))
        print("sources", dict(STATS))


if __name__ == "__main__":
    main()
