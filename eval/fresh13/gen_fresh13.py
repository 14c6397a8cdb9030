#!/usr/bin/env python3
"""fresh13 generator: 1,000 hand-framed documents for PII / secret measurement.

Deterministic: pinned faker==40.63.0 and mimesis==22.2.0, random.Random(131313).
Writes eval/fresh13/fresh13.jsonl.gz (gzip mtime=0, no file name).
  python3 eval/fresh13/gen_fresh13.py [--dump PATH] [--stats]
"""
import argparse, base64, collections, gzip, hashlib, io, json, os, random, re, string, sys, unicodedata

import faker, mimesis
if faker.VERSION != "40.63.0" or mimesis.__version__ != "22.2.0":
    sys.exit("fresh13 needs faker==40.63.0 and mimesis==22.2.0 (found %s / %s)" % (faker.VERSION, mimesis.__version__))
from faker import Faker
from mimesis import Person as MPerson, Locale as MLocale

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import frames_fresh13_en_a, frames_fresh13_en_b, frames_fresh13_intl, frames_fresh13_pubsec

SEED = 131313
R = random.Random(SEED)

# ---------------------------------------------------------------- names
FAKER_LOCALES = ["cs_CZ", "da_DK", "de_AT", "de_DE", "en_AU", "en_CA", "en_GB", "en_IE", "en_IN", "en_NZ", "en_US",
                 "es_ES", "es_MX", "fi_FI", "fr_FR", "id_ID", "it_IT", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR",
                 "pt_PT", "ro_RO", "sv_SE", "sw", "tr_TR", "tw_GH", "vi_VN", "yo_NG", "de_CH"]
FK = {}
for k, loc in enumerate(sorted(FAKER_LOCALES)):
    f = Faker(loc)
    f.seed_instance(SEED + k)
    FK[loc] = f
MIM_LOCALES = {"en": "EN", "en-gb": "EN_GB", "en-au": "EN_AU", "en-ca": "EN_CA", "de": "DE", "de-at": "DE_AT",
               "fr": "FR", "es": "ES", "it": "IT", "pt-br": "PT_BR", "pt": "PT", "nl": "NL", "pl": "PL", "tr": "TR",
               "sv": "SV", "da": "DA", "no": "NO", "fi": "FI", "cs": "CS"}
MP = {}
for k, loc in enumerate(sorted(MIM_LOCALES)):
    MP[loc] = MPerson(getattr(MLocale, MIM_LOCALES[loc]), seed=SEED * 7 + k)

HAND = {
 "kr": (["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yoon", "Su-bin", "Jae-won", "Ye-jin", "Hyun-woo", "Eun-ji",
         "Sung-min", "Da-eun", "Tae-yang", "Yu-na"], ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon"]),
 "cn": (["Wei", "Xiaoming", "Mei-Ling", "Jianguo", "Yuxuan", "Haoran", "Lijuan", "Zihan", "Xinyi", "Jun", "Yan", "Chenxi", "Bo", "Ruoxi"],
        ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Guo", "He"]),
 "vn": (["Thi Lan", "Van Minh", "Thu Trang", "Duc Anh", "Ngoc Anh", "Quang Huy", "Thanh Hương", "Hoàng Nam", "Bảo Ngọc", "Minh Châu", "Văn Hùng", "Thị Mai"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Nguyen", "Tran", "Pham"]),
 "jp": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kenji", "Sakura", "Takumi", "Yuka", "Daichi", "Mio", "Shun", "Emi"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Matsumoto", "Inoue"]),
 "ar": (["Omar", "Fatima", "Yousef", "Layla", "Khalid", "Noor", "Hamza", "Aisha", "Tariq", "Mariam", "Samir", "Rania", "Karim", "Huda", "Bilal", "Salma"],
        ["al-Rashid", "bin Saleh", "el-Amin", "al-Farsi", "Haddad", "Mansour", "al-Khatib", "bin Hamad", "el-Sayed", "Nasser", "al-Qasimi", "Khoury", "bin Laden-Ali", "Aziz"]),
 "ph": (["Maria Clara", "Jose Miguel", "Kristine", "Rommel", "Lorna", "Jericho", "Marites", "Angelo", "Joy", "Reynaldo", "Princess", "Arnel", "Cherry", "Dindo"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Mendoza", "Garcia", "Manalo", "Tolentino", "Pangilinan", "Aquino-Ramos", "Magsaysay"]),
 "ke": (["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kiprono", "Chebet", "Wafula", "Nyambura", "Odhiambo", "Muthoni", "Baraka"],
        ["Kamau", "Otieno", "Mwangi", "Wanjiku", "Kiprotich", "Ochieng", "Njoroge", "Mutua", "Wekesa", "Cheruiyot", "Omondi", "Karanja", "Kimani", "Auma"]),
 "gh": (["Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Efua", "Kwabena", "Abena", "Kojo", "Adwoa", "Kwaku", "Esi"],
        ["Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Osei", "Adjei", "Ofori", "Agyeman", "Quaye", "Amoako", "Tetteh"]),
}
# origin -> sources (faker locale or 'm:'mimesis locale or 'h:'hand)
ORIGIN = {
 "us": ["en_US", "m:en"], "uk": ["en_GB", "m:en-gb"], "ie": ["en_IE"], "au": ["en_AU", "m:en-au"], "nz": ["en_NZ"],
 "ca": ["en_CA", "m:en-ca"], "in": ["en_IN"], "de": ["de_DE", "m:de"], "at": ["de_AT", "m:de-at"], "ch": ["de_CH"],
 "fr": ["fr_FR", "m:fr"], "es": ["es_ES", "m:es"], "mx": ["es_MX"], "it": ["it_IT", "m:it"], "pt": ["pt_PT", "m:pt"],
 "br": ["pt_BR", "m:pt-br"], "nl": ["nl_NL", "m:nl"], "be": ["nl_BE"], "pl": ["pl_PL", "m:pl"], "tr": ["tr_TR", "m:tr"],
 "se": ["sv_SE", "m:sv"], "dk": ["da_DK", "m:da"], "no": ["no_NO", "m:no"], "fi": ["fi_FI", "m:fi"], "cz": ["cs_CZ", "m:cs"],
 "ro": ["ro_RO"], "id": ["id_ID"], "vn": ["h:vn"], "ng": ["yo_NG"], "gh": ["tw_GH", "h:gh"], "ke": ["h:ke", "sw"],
 "cn": ["h:cn"], "kr": ["h:kr"], "jp": ["h:jp"], "ar": ["h:ar"], "ph": ["h:ph"],
}
SURNAME_FIRST = {"cn", "kr", "vn"}
PARTICLES = {"nl": ["van", "van der", "de", "van den", "ter"], "be": ["Van", "De", "Van den"], "de": ["von", "von der"],
             "fr": ["de", "de la", "du"], "es": ["de la", "del", "de"], "it": ["Di", "De", "Lo"], "br": ["da", "dos", "de"],
             "pt": ["da", "dos"], "id": [], "se": ["af", "von"]}
LANG_ORIGINS = {"de": ["de", "de", "at", "ch", "tr", "pl"], "fr": ["fr", "fr", "fr", "be", "ar"], "es": ["es", "es", "mx"],
                "it": ["it"], "pt": ["br", "br", "pt"], "nl": ["nl", "nl", "be"], "pl": ["pl"], "tr": ["tr"], "sv": ["se"],
                "da": ["dk"], "no": ["no"], "fi": ["fi"], "cs": ["cz"], "ro": ["ro"], "id": ["id"], "vi": ["vn"], "tl": ["ph"],
                "sw": ["ke"], "hi": ["in"]}
EN_HOME = ["us", "uk", "ie", "au", "nz", "ca", "in"]
WORLD = [o for o in ORIGIN if o not in EN_HOME]
SRC_COUNT = collections.Counter()
ORIGIN_COUNT = collections.Counter()

def _clean(s):
    return s.strip()

def draw_name(origin):
    src = R.choice(ORIGIN[origin])
    SRC_COUNT[src.split(":")[0] if ":" in src else "faker"] += 1
    ORIGIN_COUNT[origin] += 1
    if src.startswith("h:"):
        g, s = HAND[src[2:]]
        given, sur = R.choice(g), R.choice(s)
    elif src.startswith("m:"):
        p = MP[src[2:]]
        given, sur = p.first_name(), p.last_name()
    else:
        f = FK[src]
        given, sur = f.first_name(), f.last_name()
    given, sur = _clean(given), _clean(sur)
    if origin in PARTICLES and PARTICLES[origin] and R.random() < 0.12 and " " not in sur:
        sur = R.choice(PARTICLES[origin]) + " " + sur
    elif origin not in SURNAME_FIRST and origin not in ("ar", "ph") and R.random() < 0.05 and " " not in sur:
        f = FK[R.choice([x for x in ORIGIN[origin] if not x.startswith(("h:", "m:"))] or ["en_GB"])]
        sur = sur + "-" + _clean(f.last_name())
    return {"g": given, "s": sur, "o": origin}

def full(p):
    return (p["s"] + " " + p["g"]) if p["o"] in SURNAME_FIRST else (p["g"] + " " + p["s"])

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "ð": "d", "þ": "th"})
def ascii_fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)

MAIL_DOMAINS = {"en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "btinternet.com", "yahoo.co.uk", "live.com.au", "rediffmail.com"],
 "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "es": ["telefonica.net", "gmail.com", "hotmail.es"],
 "it": ["libero.it", "virgilio.it", "tiscali.it"], "pt": ["uol.com.br", "bol.com.br", "sapo.pt"], "nl": ["ziggo.nl", "kpnmail.nl", "planet.nl"],
 "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "tr": ["yandex.com.tr", "hotmail.com.tr", "gmail.com"], "sv": ["telia.com", "bredband.net", "gmail.com"],
 "da": ["mail.dk", "jubii.dk", "gmail.com"], "no": ["online.no", "getmail.no", "gmail.com"], "fi": ["elisanet.fi", "kolumbus.fi", "gmail.com"],
 "cs": ["seznam.cz", "email.cz", "centrum.cz"], "ro": ["yahoo.ro", "gmail.com"], "id": ["yahoo.co.id", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"],
 "tl": ["yahoo.com.ph", "gmail.com"], "sw": ["gmail.com", "yahoo.co.ke"], "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"]}
ORG_WORDS = ["harbourline", "bluefinch", "northgate", "kestrelworks", "alderbrook", "quayside", "mosslane", "brightwater", "oakhollow",
             "silverpine", "tidewell", "redcedar", "fernhill", "stonebridge", "copperleaf", "lumenix", "paxfield", "orbitalis", "greywharf", "nimbusly"]
ORG_TLD = [".com", ".co.uk", ".io", ".org", ".net", ".de", ".nl", ".fr", ".com.au", ".ca", ".ie", ".in", ".es", ".it", ".pl", ".se"]

def email_for(p, lang):
    g = re.sub(r"[^a-z]", "", ascii_fold(p["g"]).lower()) or "anna"
    s = re.sub(r"[^a-z]", "", ascii_fold(p["s"]).lower()) or "smith"
    style = R.randrange(7)
    local = [g + "." + s, g[0] + s, g + "_" + s + str(R.randrange(1, 99)), g + s[0], s + "." + g, g + str(R.randrange(70, 2006)), g[0] + "." + s][style]
    if R.random() < 0.4:
        dom = R.choice(ORG_WORDS) + R.choice(ORG_TLD)
    else:
        dom = R.choice(MAIL_DOMAINS.get(lang, MAIL_DOMAINS["en"]))
    return local + "@" + dom

# ---------------------------------------------------------------- digits helpers
def fill(pat):
    out = []
    for c in pat:
        if c == "#": out.append(str(R.randrange(10)))
        elif c == "N": out.append(str(R.randrange(1, 10)))
        elif c == "M": out.append(str(R.randrange(2, 10)))
        elif c == "L": out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        elif c == "l": out.append(R.choice("abcdefghijkmnpqrstuvwxyz"))
        else: out.append(c)
    return "".join(out)

PHONES = {
 "us": ["(M##) M##-####", "M##-M##-####", "+1 M## M## ####", "M##.M##.####", "+1 (M##) M##-####"],
 "ca": ["(M##) M##-####", "+1 M##-M##-####"], "uk": ["07### ######", "+44 7### ######", "+44 (0)20 #### ####", "01### ######", "(01###) ######", "0161 ### ####"],
 "ie": ["08# ### ####", "+353 8# ### ####", "(01) ### ####", "+353 (0)1 ### ####"], "au": ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "(03) #### ####"],
 "nz": ["021 ### ####", "+64 21 ### ####", "(09) ### ####"], "in": ["+91 9#### #####", "09#### #####", "+91-8###-######", "(022) #### ####"],
 "de": ["0151 ########", "+49 151 ########", "(030) ########", "030/#######", "+49 (0)89 #######", "0176-#######"], "at": ["0664 #######", "+43 664 #######", "(01) ### ## ##"],
 "ch": ["079 ### ## ##", "+41 79 ### ## ##"], "fr": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "07.##.##.##.##"],
 "es": ["6## ### ###", "+34 6## ## ## ##", "91 ### ## ##"], "mx": ["+52 55 #### ####", "(55) #### ####"], "it": ["3## ### ####", "+39 3## ### ####", "06 #### ####"],
 "pt": ["9## ### ###", "+351 9## ### ###"], "br": ["(11) 9####-####", "+55 11 9####-####", "(21) 9####-####", "+55 (31) 9####-####"],
 "nl": ["06-########", "+31 6 ########", "020-#######", "06 ## ## ## ##"], "be": ["04## ## ## ##", "+32 4## ## ## ##"],
 "pl": ["5## ### ###", "+48 5## ### ###", "+48 6## ### ###"], "tr": ["05## ### ## ##", "+90 5## ### ## ##", "(0212) ### ## ##"],
 "se": ["07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##"], "dk": ["## ## ## ##", "+45 ## ## ## ##"], "no": ["4## ## ###", "+47 9## ## ###"],
 "fi": ["04# ### ####", "+358 4# ### ####", "050 ### ####"], "cz": ["6## ### ###", "+420 7## ### ###"], "ro": ["07## ### ###", "+40 7## ### ###"],
 "id": ["08##-####-####", "+62 8## #### ####", "0812 #### ####"], "vn": ["09# ### ####", "+84 9# ### ####"], "ph": ["09## ### ####", "+63 9## ### ####", "(02) 8### ####"],
 "ng": ["080# ### ####", "+234 80# ### ####"], "ke": ["07## ######", "+254 7## ######", "+254 7## ### ###"], "za": ["08# ### ####", "+27 8# ### ####"],
 "gh": ["024 ### ####", "+233 24 ### ####"], "jp": ["090-####-####", "+81 90-####-####"],
}
def phone(c, ext=False):
    p = fill(R.choice(PHONES[c]))
    while "555" in p[:9] and c in ("us", "ca"):
        p = fill(R.choice(PHONES[c]))
    if ext:
        p += R.choice([" ext. ", " x", " ext ", " (ext. "]) + fill("N##")
        if p.count("(") > p.count(")"): p += ")"
    return p

# ---------------------------------------------------------------- addresses
TOWNS = {
 "us": [("Springfield", "IL"), ("Columbus", "OH"), ("Tucson", "AZ"), ("Raleigh", "NC"), ("Boise", "ID"), ("Tacoma", "WA"), ("Dayton", "OH"), ("Fresno", "CA"), ("Albany", "NY"), ("Provo", "UT")],
 "uk": ["Leeds", "Bristol", "Norwich", "Derby", "Swansea", "Leicester", "York", "Dundee", "Reading", "Stockport", "Exeter"],
 "ie": ["Cork", "Galway", "Limerick", "Drogheda", "Tralee", "Kilkenny"], "ca": [("Halifax", "NS"), ("Regina", "SK"), ("Guelph", "ON"), ("Kelowna", "BC"), ("Laval", "QC")],
 "au": [("Geelong", "VIC"), ("Newcastle", "NSW"), ("Toowoomba", "QLD"), ("Fremantle", "WA"), ("Launceston", "TAS")], "nz": ["Hamilton", "Tauranga", "Dunedin", "Napier", "Nelson"],
 "in": ["Pune", "Jaipur", "Kochi", "Indore", "Nagpur", "Mysuru"], "de": ["Bielefeld", "Kassel", "Freiburg", "Augsburg", "Rostock", "Münster", "Würzburg"],
 "at": ["Graz", "Linz", "Salzburg", "Innsbruck"], "ch": ["Winterthur", "Luzern", "St. Gallen"], "fr": ["Nantes", "Rennes", "Dijon", "Tours", "Grenoble", "Limoges"],
 "es": ["Valladolid", "Zaragoza", "Murcia", "Alicante", "Burgos"], "it": [("Bergamo", "BG"), ("Verona", "VR"), ("Lecce", "LE"), ("Parma", "PR"), ("Perugia", "PG")],
 "pt": ["Braga", "Coimbra", "Aveiro", "Faro"], "br": [("Campinas", "SP"), ("Curitiba", "PR"), ("Recife", "PE"), ("Goiânia", "GO")],
 "nl": ["Utrecht", "Zwolle", "Tilburg", "Haarlem", "Groningen", "Delft"], "be": ["Gent", "Leuven", "Brugge", "Hasselt"], "pl": ["Poznań", "Łódź", "Lublin", "Gdańsk", "Toruń"],
 "tr": [("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Bornova", "İzmir"), ("Nilüfer", "Bursa")], "se": ["Uppsala", "Örebro", "Västerås", "Umeå", "Lund"],
 "dk": ["Aarhus", "Odense", "Aalborg", "Esbjerg"], "no": ["Bergen", "Trondheim", "Stavanger", "Tromsø"], "fi": ["Tampere", "Turku", "Oulu", "Jyväskylä"],
 "cz": ["Brno", "Olomouc", "Plzeň", "Liberec"], "ro": ["Cluj-Napoca", "Iași", "Timișoara", "Brașov"], "id": ["Bandung", "Surabaya", "Yogyakarta", "Semarang"],
 "vn": ["Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"], "ph": ["Quezon City", "Cebu City", "Davao City", "Iloilo City"], "ng": [("Ibadan", "Oyo State"), ("Ikeja", "Lagos"), ("Enugu", "Enugu State")],
 "ke": ["Nakuru", "Kisumu", "Eldoret", "Thika"], "jp": [("Sendai-shi", "Miyagi"), ("Kobe-shi", "Hyogo"), ("Fukuoka-shi", "Fukuoka"), ("Sapporo-shi", "Hokkaido")], "za": ["Durban", "Pretoria", "Gqeberha", "Bloemfontein"],
}
STEMS = {"tr": ["Atatürk", "Cumhuriyet", "Gül", "Çınar", "Lale", "Bahçe", "Menekşe"], "vn": ["Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Nguyễn Huệ", "Phan Chu Trinh"],
         "ke": ["Moi Avenue", "Kenyatta Road", "Ngong Road", "Oginga Odinga Street", "Tom Mboya Street"], "za": ["Jacaranda Street", "Protea Road", "Loop Street", "Kloof Road"],
         "ph": ["Mabini", "Rizal", "Del Pilar", "Bonifacio", "Kalayaan"]}
STREET_LOC = {"us": "en_US", "uk": "en_GB", "ie": "en_IE", "ca": "en_CA", "au": "en_AU", "nz": "en_NZ", "in": "en_IN", "de": "de_DE", "at": "de_AT", "ch": "de_CH",
              "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT", "br": "pt_BR", "nl": "nl_NL", "be": "nl_BE", "pl": "pl_PL", "se": "sv_SE", "dk": "da_DK",
              "no": "no_NO", "fi": "fi_FI", "cz": "cs_CZ", "ro": "ro_RO", "id": "id_ID", "ng": "yo_NG"}
def sname(c):
    if c in STEMS: return R.choice(STEMS[c])
    return FK[STREET_LOC[c]].street_name()

def address(c, layout):
    """layout: one | block | street | unit"""
    n = str(R.randrange(1, 240))
    t = R.choice(TOWNS[c])
    unit = None
    if c == "us":
        st = n + " " + sname(c); unit = R.choice(["Apt ", "Unit ", "Apt. ", "Suite "]) + fill(R.choice(["N", "N#", "NL"]))
        rest = ["%s, %s %s" % (t[0], t[1], fill("N####"))]
    elif c == "ca":
        st = n + " " + sname(c); unit = "Unit " + fill("N#")
        rest = ["%s, %s %s" % (t[0], t[1], fill("L#L #L#"))]
    elif c == "uk":
        st = n + " " + sname(c); unit = R.choice(["Flat ", "Flat ", "Apartment "]) + fill("N")
        rest = [t, fill(R.choice(["LL# #LL", "LL## #LL", "L# #LL"]))]
    elif c == "ie":
        st = n + " " + sname(c); unit = "Apt " + fill("N")
        rest = [t, fill(R.choice(["LN# L#LL", "Co. ", ""])) + ("" if R.random() < .5 else "")]
        rest = [x for x in rest if x and x != "Co. "] or [t]
    elif c == "au":
        st = n + " " + sname(c); unit = fill("N") + "/"
        rest = ["%s %s %s" % (t[0].upper(), t[1], fill("N###"))]
    elif c == "nz":
        st = n + " " + sname(c); unit = "Flat " + fill("N")
        rest = ["%s %s" % (t, fill("N###"))]
    elif c == "in":
        st = fill("N#") + ", " + sname(c); unit = "Flat " + fill("N0#") + ","
        rest = ["%s - %s" % (t, fill("N#####"))]
    elif c in ("de", "at", "ch"):
        st = sname(c) + " " + n + R.choice(["", "", "a", "b"]); unit = None
        rest = [("%s %s" % (fill("N####" if c == "de" else "N###"), t))]
    elif c == "fr":
        st = n + R.choice(["", "", " bis"]) + " " + sname(c); unit = "Appt " + fill("N#") + ","
        rest = [fill("N####") + " " + t]
    elif c == "es":
        st = sname(c) + ", " + n + R.choice(["", ", 2º B", ", 4º izda.", ", 1º A"]); unit = None
        rest = [fill("N####") + " " + t]
    elif c == "it":
        st = sname(c) + " " + n; unit = None
        rest = ["%s %s (%s)" % (fill("N####"), t[0], t[1])]
    elif c == "pt":
        st = sname(c) + ", " + n + R.choice(["", ", 2.º Esq.", ", 3.º Dto."]); unit = None
        rest = [fill("N###-###") + " " + t]
    elif c == "br":
        st = sname(c) + ", " + n + R.choice(["", ", apto " + fill("N0#"), ", casa 2"]); unit = None
        rest = ["%s - %s, %s" % (t[0], t[1], fill("N####-###"))]
    elif c in ("nl", "be"):
        st = sname(c) + " " + n + R.choice(["", "", "-2", " bus 3", "A"]); unit = None
        rest = [fill("N### LL") + " " + t if c == "nl" else fill("N###") + " " + t]
    elif c == "pl":
        st = "ul. " + sname(c) + " " + n + R.choice(["", "/" + fill("N#")]); unit = None
        rest = [fill("##-###") + " " + t]
    elif c == "tr":
        st = "%s Mah. %s Sok. No:%s D:%s" % (R.choice(STEMS["tr"]), R.choice(STEMS["tr"]), n, fill("N")); unit = None
        rest = ["%s/%s" % (t[0], t[1])]
    elif c in ("se", "dk", "no", "fi"):
        st = sname(c) + " " + n + (R.choice(["", " A " + fill("N#")]) if c == "fi" else (R.choice(["", ", 2. tv."]) if c == "dk" else "")); unit = None
        pc = {"se": "N## ##", "dk": "N###", "no": "N###", "fi": "N####"}[c]
        rest = [fill(pc) + " " + t]
    elif c == "cz":
        st = sname(c) + " " + fill("N##") + "/" + fill("N#"); unit = None
        rest = [fill("N## ##") + " " + t]
    elif c == "ro":
        st = sname(c) + " nr. " + n + R.choice(["", ", bl. " + fill("L#") + ", ap. " + fill("N#")]); unit = None
        rest = [fill("N#####") + " " + t]
    elif c == "id":
        st = sname(c) + " No. " + n; unit = None
        rest = [t + " " + fill("N####")]
    elif c == "vn":
        st = "Số " + n + " " + sname(c); unit = None
        rest = ["Phường " + fill("N"), t]
    elif c == "ph":
        st = n + " " + sname(c) + " St."; unit = "Unit " + fill("N0#") + ","
        rest = ["Brgy. " + R.choice(["San Roque", "Poblacion", "Malinis", "Bagong Silang"]), t[0] if isinstance(t, tuple) else t]
    elif c == "ng":
        st = n + " " + sname(c); unit = "Flat " + fill("N") + ","
        rest = ["%s, %s" % t]
    elif c == "ke":
        st = "House " + n + ", " + sname(c); unit = None
        rest = [t]
    elif c == "za":
        st = n + " " + sname(c); unit = "Unit " + fill("N#") + ","
        rest = [t + ", " + fill("N###")]
    elif c == "jp":
        st = "%s-%s-%s %s" % (fill("N"), fill("N#"), fill("N"), R.choice(["Nishi-Shinjuku", "Kita-Aoyama", "Minami-Senba", "Higashi-Ikebukuro", "Chuo"])); unit = "Room " + fill("N0#") + ","
        rest = ["%s, %s %s" % (t[0], t[1], fill("N##-####"))]
    if layout == "street":
        return st
    if layout == "unit" and unit:
        st = unit + ("" if unit.endswith("/") else " ") + st
    if layout == "block":
        return "\n".join([st] + rest)
    return ", ".join([st] + rest)

LANG_COUNTRY = {"de": ["de", "de", "at", "ch"], "fr": ["fr"], "es": ["es"], "it": ["it"], "pt": ["br", "pt"], "nl": ["nl", "nl", "be"], "pl": ["pl"], "tr": ["tr"],
                "sv": ["se"], "da": ["dk"], "no": ["no"], "fi": ["fi"], "cs": ["cz"], "ro": ["ro"], "id": ["id"], "vi": ["vn"], "tl": ["ph"], "sw": ["ke"], "hi": ["in"]}
EN_COUNTRIES = ["us", "us", "uk", "uk", "ie", "ca", "au", "nz", "in", "ng", "ke", "za", "ph"]

# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def dob(lang, country, child=False):
    y, m, d = R.randrange(2010, 2021) if child else R.randrange(1938, 2012), R.randrange(1, 13), R.randrange(1, 29)
    if lang == "en":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1][:3], y)]
        if country in ("us", "ph"):
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)]
        return R.choice(opts)
    return R.choice(["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])

def plain_date(lang):
    y, m, d = 2026, R.randrange(1, 13), R.randrange(1, 29)
    if lang == "en":
        return R.choice(["%d %s" % (d, MONTHS[m - 1]), "%s %d" % (MONTHS[m - 1][:3], d), "%02d/%02d" % (d, m)])
    return "%02d.%02d." % (d, m) if lang in ("de", "cs", "pl", "fi", "no", "da", "tr", "ro") else "%02d/%02d" % (d, m)

# ---------------------------------------------------------------- financial
IBAN_FMT = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "5n12c", "GB": "4a14n",
            "IE": "4a14n", "PL": "24n", "PT": "21n", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n", "CZ": "20n", "RO": "4a16c", "TR": "5n1n16c",
            "SK": "20n", "HU": "24n", "GR": "7n16c", "LU": "3n13c", "HR": "17n", "SI": "15n", "BG": "4a6n8c", "LT": "16n", "LV": "4a13c", "EE": "16n",
            "SA": "2n18c", "AE": "3n16n", "BR": "23n1a1c", "IL": "19n", "MT": "4a5n18c", "CY": "8n16c", "IS": "22n", "QA": "4a21c", "KW": "4a22c",
            "JO": "4a4n18c", "PK": "4a16c", "MU": "4a19n3a", "LI": "5n12c", "MC": "10n11c2n", "SM": "1a10n12c", "AD": "8n12c", "GE": "2a16n", "AZ": "4a20c",
            "UA": "6n19c", "EG": "25n", "TN": "20n"}
IBAN_LANG = {"de": ["DE", "DE", "AT", "CH", "LI"], "fr": ["FR", "FR", "BE", "LU", "MC"], "es": ["ES", "ES", "AD"], "it": ["IT", "IT", "SM"], "pt": ["BR", "PT"],
             "nl": ["NL", "NL", "BE"], "pl": ["PL"], "tr": ["TR"], "sv": ["SE"], "da": ["DK"], "no": ["NO"], "fi": ["FI", "EE"], "cs": ["CZ", "SK"], "ro": ["RO"]}
def iban(cc=None, lang="en"):
    cc = cc or R.choice(IBAN_LANG.get(lang, list(IBAN_FMT)))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_FMT[cc]):
        for _ in range(int(cnt)):
            bban += R.choice(string.digits if kind == "n" else string.ascii_uppercase if kind == "a" else string.digits + string.ascii_uppercase)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = cc + "%02d" % chk + bban
    assert int("".join(str(int(ch, 36)) for ch in ib[4:] + ib[:4])) % 97 == 1
    if R.random() < 0.6:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def luhn_complete(prefix, length):
    digits = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        s += v
    return digits + str((10 - s % 10) % 10)

def card():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
    if kind == "visa": n = luhn_complete("4", 16)
    elif kind == "mc": n = luhn_complete(str(R.randrange(51, 56)), 16)
    elif kind == "mc2": n = luhn_complete(str(R.randrange(2221, 2721)), 16)
    elif kind == "amex": n = luhn_complete(R.choice(["34", "37"]), 15)
    elif kind == "disc": n = luhn_complete("6011", 16)
    elif kind == "jcb": n = luhn_complete(str(R.randrange(3528, 3590)), 16)
    else: n = luhn_complete(R.choice(["300", "305", "36"]), 14)
    sep = R.choice([" ", " ", "-", ""])
    if len(n) == 15: parts = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14: parts = [n[:4], n[4:10], n[10:]]
    else: parts = [n[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)

def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666: break
    return R.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d"]) % (a, R.randrange(1, 100), R.randrange(1, 10000))

def ipv4():
    while True:
        a = R.randrange(1, 224)
        b, c, d = R.randrange(256), R.randrange(256), R.randrange(1, 255)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224): continue
        return "%d.%d.%d.%d" % (a, b, c, d)

def ipv6():
    head = R.choice(["2a02", "2a01", "2600", "2607", "2a00", "2c0f", "2405", "2804"])
    return head + ":" + ":".join("%x" % R.randrange(1, 65536) for _ in range(R.choice([3, 4]))) + "::" + "%x" % R.randrange(1, 65536)

# ---------------------------------------------------------------- secrets
ALNUM = string.ascii_letters + string.digits
def rs(n, alpha=ALNUM): return "".join(R.choice(alpha) for _ in range(n))
B32 = string.ascii_uppercase + "234567"
WORDS = ["maple", "orbit", "cactus", "lantern", "pebble", "walrus", "saffron", "tundra", "velvet", "quarry", "harbor", "ember", "thistle", "puffin",
         "granite", "mango", "zephyr", "copper", "biscuit", "falcon", "meadow", "nickel", "otter", "pickle", "raven", "sprocket", "tulip", "violet",
         "willow", "yonder", "anchor", "basil", "cobalt", "dingo", "fjord", "gecko", "hazel", "igloo", "juniper", "kettle", "lemur", "marble", "nectar"]
def password():
    st = R.randrange(6)
    if st == 0: return rs(R.randrange(12, 21), ALNUM + "!#$%&*?@^-_+")
    if st == 1: return R.choice(["-", ".", "_", " "]).join(R.choice(WORDS) for _ in range(R.randrange(3, 5))) + str(R.randrange(10, 99))
    if st == 2: return R.choice(WORDS).capitalize() + str(R.randrange(1980, 2027)) + R.choice("!?#$*")
    if st == 3:
        w = R.choice(WORDS) + R.choice(WORDS)
        w = w.translate(str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}))
        return w[0].upper() + w[1:] + str(R.randrange(10, 999))
    if st == 4: return "".join(R.choice(WORDS).capitalize() for _ in range(3)) + R.choice("!.#") + str(R.randrange(1, 9))
    return rs(4, string.ascii_uppercase) + rs(4, string.digits) + rs(4, string.ascii_lowercase) + R.choice("%&@")

def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def jwt():
    h = b64u(json.dumps({"alg": R.choice(["HS256", "RS256", "HS512"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": str(R.randrange(10 ** 6, 10 ** 9)), "iat": R.randrange(1700000000, 1800000000), "scope": R.choice(["user", "admin", "read:all"])}, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(bytes(R.randrange(256) for _ in range(32)))
def pem():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [rs(64, ALNUM + "+/") for _ in range(R.randrange(3, 7))] + [rs(R.randrange(8, 60), ALNUM + "+/") + "=="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)

SECRET_GEN = {
 "aws_ak": ("AWS_ACCESS_KEY", lambda: R.choice(["AKIA", "AKIA", "ASIA"]) + rs(16, B32)),
 "aws_sk": ("AWS_SECRET_KEY", lambda: rs(40, ALNUM + "/+")),
 "ghp": ("GITHUB_TOKEN", lambda: R.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(36)),
 "ghpat": ("GITHUB_TOKEN", lambda: "github_pat_" + rs(22) + "_" + rs(59)),
 "openai": ("OPENAI_API_KEY", lambda: R.choice(["sk-" + rs(48), "sk-proj-" + rs(R.randrange(60, 120), ALNUM + "_-"), "sk-svcacct-" + rs(64, ALNUM + "_-")])),
 "anthropic": ("ANTHROPIC_API_KEY", lambda: "sk-ant-" + R.choice(["api03-", "admin01-"]) + rs(93, ALNUM + "_-") + "AA"),
 "slack": ("SLACK_TOKEN", lambda: R.choice(["xoxb-", "xoxp-", "xoxa-2-"]) + fill("N" + "#" * R.randrange(9, 12)) + "-" + fill("N" + "#" * R.randrange(10, 12)) + "-" + rs(24)),
 "stripe": ("STRIPE_KEY", lambda: R.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(R.choice([24, 34, 99]))),
 "jwt": ("JWT", jwt), "pem": ("PRIVATE_KEY", pem), "pw": ("PASSWORD", password),
 "apikey": ("GENERIC_API_KEY", lambda: R.choice([rs(32, "0123456789abcdef"), rs(40), rs(36, ALNUM), rs(32)])),
}

# ---------------------------------------------------------------- decoy generators
def d_gen(name, lang):
    if name == "hash": return "hash", rs(R.choice([40, 64]), "0123456789abcdef")
    if name == "sha": return "hash", rs(7, "0123456789abcdef")
    if name == "uuid": return "uuid", "-".join(rs(k, "0123456789abcdef") for k in (8, 4, 4, 4, 12))
    if name == "ts": return "timestamp", "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60))
    if name == "ver": return "version", "v%d.%d.%d" % (R.randrange(0, 9), R.randrange(0, 30), R.randrange(0, 20))
    if name == "order": return "order_id", R.choice(["#", "ORD-", "SO-", "INV-", ""]) + fill("N#####" + R.choice(["", "##"]))
    if name == "docip": return "doc_ip", R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randrange(1, 255))
    if name == "555": return "placeholder_phone", R.choice(["555-01%02d", "(212) 555-01%02d", "+1 202 555 01%02d"]) % R.randrange(100)
    if name == "exmail": return "placeholder_email", R.choice(["jane.doe", "user", "someone", "firstname.lastname", "test", "info"]) + "@" + R.choice(["example.com", "example.org", "example.net"])
    if name == "track": return "tracking_id", R.choice(["1Z" + rs(16, string.ascii_uppercase + string.digits), "JD0" + fill("#################"), "LX" + fill("#########") + "NL"])
    raise KeyError(name)

# ---------------------------------------------------------------- rendering
TOK = re.compile(r"«([^»]+)»")

class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.people = {}
        self.country = R.choice(LANG_COUNTRY.get(lang, EN_COUNTRIES))
        self.cache = {}

    def person(self, key):
        if key not in self.people:
            if self.lang == "en":
                r = R.random()
                if r < 0.5: o = self.country if self.country in EN_HOME else R.choice(EN_HOME)
                elif r < 0.6: o = R.choice(EN_HOME)
                else: o = R.choice(WORLD)
            else:
                o = R.choice(LANG_ORIGINS[self.lang]) if R.random() < 0.88 else R.choice(list(ORIGIN))
            self.people[key] = draw_name(o)
        return self.people[key]

def render(tpl, lang):
    d = Doc(lang)
    out, spans, decoys = [], [], []
    pos = 0
    last = 0
    def emit(s):
        nonlocal pos
        out.append(s); pos += len(s)
    for m in TOK.finditer(tpl):
        emit(tpl[last:m.start()]); last = m.end()
        tag = m.group(1)
        typ = kind = None
        if tag.startswith("?"):
            emit(R.choice(tag[1:].split("|"))); continue
        if tag.startswith("!"):
            kind, val = tag[1:].split(":", 1)
        elif tag.startswith("d."):
            kind, val = d_gen(tag[2:], lang)
        elif re.match(r"p\d", tag):
            key, _, mod = tag.partition(".")
            p = d.person(key)
            val = {"": full(p), "g": p["g"], "s": p["s"], "U": full(p).upper(), "SU": p["s"].upper(), "l": p["g"].lower(), "fl": full(p).lower(),
                   "sf": p["s"] + ", " + p["g"], "SF": p["s"].upper() + ", " + p["g"].upper()}[mod]
            typ = "PERSON"
        else:
            name, _, arg = tag.partition(":")
            base, _, mod = name.partition(".")
            if base == "email":
                val = email_for(d.person(mod) if mod else draw_name(R.choice(list(ORIGIN))), lang); typ = "EMAIL_ADDRESS"
            elif base == "phone":
                val = phone(arg or d.country, ext=(mod == "ext")); typ = "PHONE_NUMBER"
                if mod == "intl" and not val.startswith("+"):
                    for _ in range(20):
                        val = phone(arg or d.country)
                        if val.startswith("+"): break
            elif base in ("addr", "addrblock", "street"):
                c = arg or d.country
                layout = {"addr": "unit" if mod == "unit" else "one", "addrblock": "block", "street": "street"}[base]
                val = address(c, layout); typ = "STREET_ADDRESS"
            elif base == "dob": val = dob(lang, d.country, child=(arg == "child")); typ = "DATE_OF_BIRTH"
            elif base == "iban": val = iban(arg or None, lang); typ = "IBAN_CODE"
            elif base == "card": val = card(); typ = "CREDIT_CARD"
            elif base == "ssn": val = ssn(); typ = "US_SSN"
            elif base == "ip": val = ipv4(); typ = "IP_ADDRESS"
            elif base == "ip6": val = ipv6(); typ = "IP_ADDRESS"
            elif base in SECRET_GEN:
                ck = (base, mod)
                if mod and ck in d.cache: val = d.cache[ck]
                else:
                    val = SECRET_GEN[base][1](); d.cache[ck] = val
                typ = SECRET_GEN[base][0]
            elif base == "date": val = plain_date(lang)
            elif base == "time": val = "%02d:%02d" % (R.randrange(7, 20), R.choice([0, 10, 15, 20, 30, 40, 45, 50]))
            elif base == "n": val = str(R.randrange(2, 40))
            elif base == "amt": val = "%d.%02d" % (R.randrange(5, 900), R.randrange(100))
            elif base == "ref": val = fill("LL-####")
            elif base == "town":
                t = R.choice(TOWNS[arg or d.country]); val = t[0] if isinstance(t, tuple) else t
            else:
                raise KeyError("unknown tag %r in %r" % (tag, tpl[:60]))
        start = pos
        emit(val)
        if typ: spans.append((start, pos, typ, val))
        elif kind: decoys.append((start, pos, kind, val))
    emit(tpl[last:])
    text = "".join(out)
    return text, spans, decoys, d

def to_bytes(text, items, key):
    res = []
    for cs, ce, t, v in items:
        bs = len(text[:cs].encode("utf-8")); be = bs + len(text[cs:ce].encode("utf-8"))
        assert text[cs:ce] == v, (text, v)
        assert text.encode("utf-8")[bs:be].decode("utf-8") == v
        res.append({"start": bs, "end": be, "char_start": cs, "char_end": ce, key: t, "value": v})
    return res

# ---------------------------------------------------------------- frames
def parse_frames():
    frames = []
    counters = collections.Counter()
    for mod in (frames_fresh13_en_a, frames_fresh13_en_b, frames_fresh13_intl, frames_fresh13_pubsec):
        for block in re.split(r"^@@ ", mod.FRAMES, flags=re.M)[1:]:
            head, _, body = block.partition("\n")
            cat, genre, lang = head.split()
            body = body.strip("\n")
            assert body, head
            counters[(cat, genre, lang)] += 1
            fid = "%s-%s-%s%03d" % (cat, genre, "" if lang == "en" else lang + "-", counters[(cat, genre, lang)])
            frames.append({"id": fid, "cat": cat, "genre": genre, "lang": lang, "tpl": body})
    ids = [f["id"] for f in frames]
    assert len(ids) == len(set(ids))
    return frames

LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "no", "fi", "cs", "ro", "id", "vi", "tl", "sw", "hi"]
SENS = {"per": "personal", "pub": "public", "sec": "secret"}

def plan(frames):
    """Targets: 1,000 docs; 700 personal / 200 public / 100 secret; 250 non-English."""
    buckets = collections.defaultdict(list)
    for f in frames:
        buckets[(f["cat"], "en" if f["lang"] == "en" else "xx")].append(f)
    intl_docs = {"per": 190, "pub": 40, "sec": 20}
    tot = {"per": 700, "pub": 200, "sec": 100}
    picks = []
    for cat in ("per", "pub", "sec"):
        # non-English: balance per language
        xx = buckets[(cat, "xx")]
        bylang = collections.defaultdict(list)
        for f in xx: bylang[f["lang"]].append(f)
        chosen = list(xx)
        while len(chosen) < intl_docs[cat]:
            lang = min(LANGS, key=lambda l: (sum(1 for c in chosen if c["lang"] == l) if bylang[l] else 10 ** 6, R.random()))
            chosen.append(R.choice(bylang[lang]))
        chosen = chosen[:max(intl_docs[cat], len(xx))]
        en = list(buckets[(cat, "en")])
        need = tot[cat] - len(chosen) - len(en)
        assert need >= 0, (cat, need)
        # fill, least-used first so every frame appears 1-3 times
        use = collections.Counter(f["id"] for f in en)
        pool = list(en)
        for _ in range(need):
            m = min(use.values())
            cands = [f for f in pool if use[f["id"]] == m]
            f = R.choice(cands); use[f["id"]] += 1; en.append(f)
        picks += chosen + en
    R.shuffle(picks)
    return picks

LEAD_USED = [0]
LEADS = ["Fwd: ", "> ", "[pinned] ", "Re: ", "(copy) ", "FYI: ", "[«date»] ", "«time» ", "PS: ", "— ", "#«n» ", "Note «n»: "]

def build():
    frames = parse_frames()
    picks = plan(frames)
    docs = []
    seen = set()
    for i, f in enumerate(picks, 1):
        for attempt in range(60):
            tpl = f["tpl"]
            if attempt >= 30:
                tpl = R.choice(LEADS) + tpl
                LEAD_USED[0] += 1 if attempt == 30 else 0
            text, spans, decoys, d = render(tpl, f["lang"])
            sp = sorted(spans); dc = sorted(decoys)
            allr = sorted(sp + dc)
            if all(a[1] <= b[0] for a, b in zip(allr, allr[1:])) and text not in seen:
                break
        else:
            raise AssertionError("overlap or duplicate " + f["id"])
        seen.add(text)
        types = set(s[2] for s in sp)
        from_score = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}
        has_secret = bool(types & from_score)
        has_pii = bool(types - from_score)
        sens = "secret" if has_secret else "personal" if has_pii else "public"
        assert sens == SENS[f["cat"]], (f["id"], sens)
        if sens == "public": assert decoys, f["id"]
        assert text.count("\n") < 20, f["id"]
        docs.append({"id": "fr13-%05d" % i, "text": text, "spans": to_bytes(text, sp, "type"), "decoys": to_bytes(text, dc, "kind"),
                     "kind": f["genre"], "locale": d.country, "lang": f["lang"], "sensitivity": sens, "has_pii": has_pii,
                     "has_secret": has_secret, "frame": f["id"]})
    return frames, docs

def half(fid):
    return "a" if int(hashlib.md5(fid.encode()).hexdigest()[0], 16) % 2 == 0 else "b"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump"); ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    frames, docs = build()
    body = "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs).encode("utf-8")
    bio = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=bio, mtime=0) as g:
        g.write(body)
    out = os.path.join(HERE, "fresh13.jsonl.gz")
    with open(out, "wb") as fh: fh.write(bio.getvalue())
    if a.dump:
        with open(a.dump, "wb") as fh: fh.write(body)
    if a.stats:
        C = collections.Counter
        st = C(s["type"] for d in docs for s in d["spans"])
        print("documents", len(docs), "frames defined", len(frames), "frames used", len(set(d["frame"] for d in docs)))
        print("span types:"); [print("  %-18s %d" % kv) for kv in sorted(st.items())]
        print("sensitivity:", dict(C(d["sensitivity"] for d in docs)))
        print("lang:", dict(sorted(C(d["lang"] for d in docs).items())))
        print("long (>=4 lines):", sum(1 for d in docs if d["text"].count("\n") >= 3), "single-line:", sum(1 for d in docs if "\n" not in d["text"]))
        print("decoy kinds:", dict(sorted(C(x["kind"] for d in docs for x in d["decoys"]).items())))
        print("name sources:", dict(SRC_COUNT), "origins:", dict(ORIGIN_COUNT.most_common()))
        print("documents given a lead-in to stay unique:", LEAD_USED[0])
        print("IBAN countries:", len(set(s["value"][:2] for d in docs for s in d["spans"] if s["type"] == "IBAN_CODE")))
        h = C(half(d["frame"]) for d in docs)
        print("halves: a=%d b=%d" % (h["a"], h["b"]))
        print("md5", hashlib.md5(bio.getvalue()).hexdigest())

if __name__ == "__main__":
    main()
