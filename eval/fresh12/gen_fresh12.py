#!/usr/bin/env python3
"""gen_fresh12.py -- twelfth independent PII / secret measurement set (hand-written frames).

    python3 eval/fresh12/gen_fresh12.py                 # writes fresh12.jsonl.gz next to this file
    python3 eval/fresh12/gen_fresh12.py --stats         # also prints counts and the md5
    python3 eval/fresh12/gen_fresh12.py --dump X.jsonl  # also writes the plain jsonl

Values come from Faker and mimesis (both pinned, see REQUIRED_*) and from seeded random.Random instances.
The frames live in frames_fresh12.py (hand-written for this set).
"""
import base64
import collections
import gzip
import hashlib
import io
import json
import os
import random
import re
import string
import sys
import unicodedata

import faker
import mimesis
from faker import Faker
from mimesis import Person as MPerson, Locale as MLocale
from mimesis.enums import Gender as MGender

REQUIRED_FAKER = "40.63.0"
REQUIRED_MIMESIS = "22.2.0"
if faker.VERSION != REQUIRED_FAKER or mimesis.__version__ != REQUIRED_MIMESIS:
    sys.exit("need faker==%s and mimesis==%s (have %s / %s)" % (REQUIRED_FAKER, REQUIRED_MIMESIS, faker.VERSION,
                                                                mimesis.__version__))

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import frames_fresh12 as FR  # noqa: E402

SEED = 121212
R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------------------------
# name sources
# ----------------------------------------------------------------------------------------------------------------
# origin -> (faker locale, mimesis locale or None)
ORIGINS = {
    "us": ("en_US", "en"), "uk": ("en_GB", "en-gb"), "ie": ("en_IE", None), "au": ("en_AU", "en-au"),
    "ca": ("en_CA", "en-ca"), "nz": ("en_NZ", None), "in": ("en_IN", None),
    "de": ("de_DE", "de"), "fr": ("fr_FR", "fr"), "es": ("es_ES", "es"), "it": ("it_IT", "it"),
    "br": ("pt_BR", "pt-br"), "nl": ("nl_NL", "nl"), "pl": ("pl_PL", "pl"), "tr": ("tr_TR", "tr"),
    "se": ("sv_SE", "sv"), "id": ("id_ID", None), "dk": ("da_DK", "da"), "no": ("no_NO", "no"),
    "fi": ("fi_FI", "fi"), "cz": ("cs_CZ", "cs"), "ro": ("ro_RO", None), "vn": ("vi_VN", None),
    "jp": ("ja_JP", None), "cn": ("zh_CN", None), "ng": ("yo_NG", None), "at": ("de_AT", "de-at"),
}
FK = {}
MM = {}
for _k, (_o, (_fl, _ml)) in enumerate(sorted(ORIGINS.items())):
    _f = Faker(_fl)
    _f.seed_instance(SEED + _k)
    FK[_fl] = _f
    if _ml:
        MM[_ml] = MPerson(MLocale(_ml), seed=SEED * 7 + _k)

# hand-written lists (romanised) for cultures Faker/mimesis give only in another script
KR_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon",
          "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon"]
KR_GIV_M = ["Min-jun", "Seo-jun", "Do-yun", "Ji-hoon", "Hyun-woo", "Jae-won", "Sung-min", "Tae-yang", "Joon-ho",
            "Dong-hyun", "Woo-jin", "Sang-hoon"]
KR_GIV_F = ["Seo-yeon", "Ji-woo", "Ha-eun", "Soo-ah", "Min-seo", "Yu-na", "Eun-ji", "Hye-jin", "Da-eun", "Ji-yeon",
            "Su-bin", "Na-rae"]
AR_GIV_M = ["Khalid", "Omar", "Yusuf", "Tariq", "Faisal", "Hamza", "Karim", "Samir", "Rashid", "Bilal", "Nabil",
            "Ziad", "Walid", "Mahmoud"]
AR_GIV_F = ["Layla", "Noor", "Mariam", "Huda", "Salma", "Rania", "Yasmin", "Dalia", "Amira", "Leen", "Farah",
            "Hanan", "Lubna"]
AR_SUR = ["al-Masri", "al-Hashimi", "al-Rashid", "Haddad", "Khoury", "Mansour", "al-Amin", "Nasser", "bin Saleh",
          "al-Farsi", "Aziz", "el-Sayed", "Darwish", "bin Hamdan", "al-Qasimi", "Saab"]
PARTICLES = {
    "nl": ["van", "van der", "de", "van den", "ter", "van de"], "de": ["von", "von der", "zu"],
    "fr": ["de", "de la", "du", "Le"], "es": ["de la", "del", "de"], "it": ["Di", "De", "Lo", "Della"],
    "br": ["da", "dos", "de", "das"], "id": ["bin", "binti"], "us": ["Van", "De", "Mc", "St. "],
    "ie": ["O'", "Mac", "Ní", "Ó"], "uk": ["de", "St.", "Mac"], "se": ["af", "von"],
}
WEIRD = re.compile(r"[^A-Za-zÀ-ÖØ-öø-ÿĀ-žƠ-ưȘ-țḀ-ỹ' \-]")

FEM = set()


def _clean(s):
    return s and not WEIRD.search(s) and len(s) > 1 and " " not in s.strip() and not s.endswith("-")


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "Ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, given, surname, gender, origin, eastern=False, source="faker"):
        self.given, self.surname, self.gender, self.origin = given, surname, gender, origin
        self.eastern, self.source = eastern, source
        self.handle_style = R.randrange(6)
        self.mail_style = R.randrange(8)
        self.mail_num = R.randrange(1, 99)

    @property
    def full(self):
        return "%s %s" % ((self.surname, self.given) if self.eastern else (self.given, self.surname))

    def form(self, mod):
        g, s = self.given, self.surname
        if mod in ("", "f"):
            return self.full
        if mod == "g":
            return g
        if mod == "s":
            return s
        if mod == "gl":
            return g.lower()
        if mod == "sl":
            return s.lower()
        if mod == "l":
            return self.full.lower()
        if mod == "U":
            return self.full.upper()
        if mod == "SU":
            return s.upper()
        if mod == "GU":
            return g.upper()
        if mod == "sg":
            return "%s, %s" % (s, g)
        if mod == "SG":
            return "%s, %s" % (s.upper(), g)
        if mod == "i":
            return "%s. %s" % (g[0], s)
        if mod == "h":
            a, b = ascii_fold(g).lower().replace(" ", ""), ascii_fold(s).lower().replace(" ", "").replace("'", "")
            b = b.replace("-", "")
            return [a + "." + b, a[0] + b, a + "_" + b[0], a + b[:3], a + str(self.mail_num), b + a[0]][self.handle_style]
        raise KeyError(mod)

    def email(self, domain):
        a = ascii_fold(self.given).lower().replace(" ", "").replace("'", "")
        b = ascii_fold(self.surname).lower().replace(" ", "").replace("'", "")
        n = self.mail_num
        st = self.mail_style
        loc = [a + "." + b, a[0] + b, a + b, a + "." + b + str(n), a + "_" + b, b + "." + a, a + str(n + 1900),
               a[0] + "." + b][st]
        return "%s@%s" % (loc, domain)


def _pick_gender():
    return "f" if R.random() < 0.5 else "m"


def new_person(origin, gender=None):
    gender = gender or _pick_gender()
    eastern = False
    src = "faker"
    if origin == "kr":
        g = R.choice(KR_GIV_F if gender == "f" else KR_GIV_M)
        s = R.choice(KR_SUR)
        eastern = R.random() < 0.5
        src = "list"
    elif origin == "ar":
        g = R.choice(AR_GIV_F if gender == "f" else AR_GIV_M)
        s = R.choice(AR_SUR)
        src = "list"
    elif origin == "cn":
        f = FK["zh_CN"]
        g, s = f.first_romanized_name(), f.last_romanized_name()
        eastern = R.random() < 0.5
    elif origin == "jp":
        f = FK["ja_JP"]
        g = f.first_romanized_name_female() if gender == "f" else f.first_romanized_name_male()
        s = f.last_romanized_name()
        eastern = R.random() < 0.3
    else:
        fl, ml = ORIGINS[origin]
        use_m = ml is not None and R.random() < 0.64
        for _ in range(50):
            if use_m:
                mp = MM[ml]
                mg = MGender.FEMALE if gender == "f" else MGender.MALE
                g, s = mp.first_name(gender=mg), mp.last_name(gender=mg)
                src = "mimesis"
            else:
                f = FK[fl]
                g = f.first_name_female() if gender == "f" else f.first_name_male()
                s = f.last_name()
            if _clean(g) and (_clean(s) or (origin == "nl" and re.match(r"^(van|de|ter|van der|van den) [A-Z]", s))):
                break
        if origin == "vn":
            f = FK["vi_VN"]
            if R.random() < 0.6:
                g = f.middle_name() + " " + g
            eastern = True
        elif origin in PARTICLES and R.random() < 0.12 and " " not in s:
            p = R.choice(PARTICLES[origin])
            s = (p + s) if p.endswith("'") or p in ("Mc", "Mac") else (p + " " + s)
        elif R.random() < 0.05 and origin not in ("in", "id"):
            f = FK[fl]
            s2 = f.last_name()
            if _clean(s2) and s2 != s:
                s = s + "-" + s2
    return Person(g, s, gender, origin, eastern, src)


# ----------------------------------------------------------------------------------------------------------------
# locales
# ----------------------------------------------------------------------------------------------------------------
LANG_LOCALE = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "br", "nl": "nl", "pl": "pl", "tr": "tr",
               "sv": "se", "id": "id", "da": "dk", "no": "no", "fi": "fi", "cs": "cz", "ro": "ro", "vi": "vn",
               "hi": "in"}
EN_LOCALES = ["us"] * 30 + ["uk"] * 26 + ["ie"] * 9 + ["in"] * 10 + ["ca"] * 9 + ["au"] * 9 + ["nz"] * 7
OTHER_ORIGINS = ["in", "cn", "jp", "kr", "vn", "ar", "ng", "de", "fr", "es", "it", "pl", "br", "nl", "tr", "se",
                 "id", "ro", "cz", "fi", "dk", "no", "ie", "us", "uk"]
ENGLISH = {"us", "uk", "ie", "au", "ca", "nz", "in"}


def origin_for(locale, lang):
    x = R.random()
    if lang == "en":
        if x < 0.62:
            return locale
        if x < 0.72:
            return R.choice(sorted(ENGLISH - {locale}))
        return R.choice(OTHER_ORIGINS)
    if x < 0.85:
        return {"at": "de"}.get(locale, locale)
    return R.choice(OTHER_ORIGINS)


# ----------------------------------------------------------------------------------------------------------------
# values: phones, addresses, dates, numbers
# ----------------------------------------------------------------------------------------------------------------
def D(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def D1(n):
    return R.choice("23456789") + D(n - 1)


def phone(cc, style=None):
    """Returns a personal phone number for country cc. style: 'n' national, 'i' international, 'm' mobile, None."""
    intl = style == "i" or (style is None and R.random() < 0.3)
    mob = style == "m" or R.random() < 0.6
    if cc in ("us", "ca"):
        ac = R.choice(["212", "312", "415", "617", "503", "720", "404", "206", "512", "614", "919", "305", "646",
                       "213", "702", "216", "480", "317"] if cc == "us" else
                      ["416", "604", "514", "403", "613", "902", "780", "519", "647", "204"])
        ex = R.choice("23456789") + D(2)
        while ex == "555":
            ex = R.choice("23456789") + D(2)
        ln = D(4)
        if intl:
            return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (ac, ex, ln)
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s)%s-%s", "%s %s %s"]) % (ac, ex, ln)
    if cc == "uk":
        if mob:
            n = "7" + R.choice("45789") + D(2) + " " + D1(6)
        else:
            n = R.choice(["121 ", "161 ", "113 ", "117 ", "131 ", "20 8", "29 2", "1632 "])
            n = n + (D1(3) + " " + D(4) if n.endswith(" ") and len(n) == 4 else D(3) + " " + D(4)) if not n.startswith("1632") else n + D1(6)
        if intl:
            return R.choice(["+44 ", "+44 (0)", "0044 "]) + n
        if not mob and R.random() < 0.5:
            a, b = n.split(" ", 1)
            return "(0%s) %s" % (a, b)
        return "0" + n
    if cc == "ie":
        n = ("8" + R.choice("35679") + " " + D1(3) + " " + D(4)) if mob else (R.choice(["1 ", "21 ", "91 ", "61 "]) + D1(3) + " " + D(4))
        if intl:
            return "+353 " + n
        a, b = n.split(" ", 1)
        return ("(0%s) %s" % (a, b)) if not mob and R.random() < 0.4 else "0" + n
    if cc == "au":
        n = ("4" + D(2) + " " + D(3) + " " + D(3)) if mob else (R.choice("2378") + " " + D1(4) + " " + D(4))
        if intl:
            return "+61 " + n
        if not mob and R.random() < 0.5:
            a, b = n.split(" ", 1)
            return "(0%s) %s" % (a, b)
        return "0" + n
    if cc == "nz":
        n = ("2" + R.choice("179") + " " + D(3) + " " + D(4)) if mob else (R.choice("34679") + " " + D1(3) + " " + D(4))
        if intl:
            return "+64 " + n
        return "0" + n
    if cc == "in":
        n = R.choice("6789") + D(4) + " " + D(5)
        if intl:
            return R.choice(["+91 %s", "+91-%s", "0091 %s"]) % (n if R.random() < 0.7 else n.replace(" ", "-"))
        return R.choice(["%s", "0%s"]) % n if mob else "0" + R.choice(["80", "22", "11", "40", "44"]) + " " + D1(4) + " " + D(4)
    if cc in ("de", "at"):
        if mob:
            n = "1" + R.choice(["51", "52", "57", "60", "62", "70", "72", "76"]) + " " + D1(7 + R.randrange(2))
        else:
            n = R.choice(["30", "89", "40", "221", "69", "711", "341"]) + " " + D1(6 + R.randrange(2))
        if intl:
            return R.choice(["+49 ", "+49 (0)", "0049 "]) + n
        a, b = n.split(" ")
        return R.choice(["0%s %s", "(0%s) %s", "0%s/%s", "0%s-%s"]) % (a, b)
    if cc == "fr":
        first = R.choice("67") if mob else R.choice("12345")
        pairs = " ".join(D(2) for _ in range(4))
        if intl:
            return R.choice(["+33 %s %s", "+33 (0)%s %s", "0033 %s %s"]) % (first, pairs)
        s = "0%s %s" % (first, pairs)
        return s if R.random() < 0.7 else s.replace(" ", ".")
    if cc == "es":
        n = (R.choice("67") + D(2) + " " + D(3) + " " + D(3)) if mob else ("9" + R.choice("1345") + " " + D(3) + " " + D(2) + " " + D(2))
        return ("+34 " + n) if intl else n
    if cc == "it":
        n = ("3" + R.choice("2345") + D(1) + " " + D(3) + " " + D(4)) if mob else ("0" + R.choice(["2", "6", "11", "55", "81"]) + " " + D(4) + " " + D(4))
        return ("+39 " + n) if intl else n
    if cc == "br":
        ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        n = ("9" + D(4) + "-" + D(4)) if mob else (R.choice("2345") + D(3) + "-" + D(4))
        return ("+55 %s %s" % (ddd, n)) if intl else ("(%s) %s" % (ddd, n))
    if cc == "nl":
        if mob:
            b = D(8)
            if intl:
                return "+31 6 " + b
            return R.choice(["06-%s", "06 %s", "06%s"]) % b if R.random() < 0.6 else "06 %s %s" % (b[:4], b[4:])
        a = R.choice(["20", "10", "30", "70", "40", "50"])
        if intl:
            return "+31 (0)%s %s %s" % (a, D(3), D(4))
        return "0%s-%s" % (a, D(7))
    if cc == "pl":
        n = (R.choice("5678") + D(2) + " " + D(3) + " " + D(3)) if mob else (R.choice(["22", "12", "61", "71", "58"]) + " " + D(3) + " " + D(2) + " " + D(2))
        return (R.choice(["+48 ", "0048 "]) + n) if intl else n
    if cc == "tr":
        n = ("5" + R.choice("0345") + D(1) + " " + D(3) + " " + D(2) + " " + D(2)) if mob else (R.choice(["212", "216", "312", "232"]) + " " + D(3) + " " + D(2) + " " + D(2))
        if intl:
            return "+90 " + n
        a, b = n.split(" ", 1)
        return ("(0%s) %s" % (a, b)) if not mob else "0" + n
    if cc == "se":
        if mob:
            n = "7" + R.choice("0236") + "-" + D(3) + " " + D(2) + " " + D(2)
            return ("+46 " + n.replace("-", " ")) if intl else "0" + n
        n = "8-" + D(3) + " " + D(3) + " " + D(2)
        return ("+46 " + n.replace("-", " ")) if intl else "0" + n
    if cc == "id":
        n = "8" + R.choice("1235") + D(1) + "-" + D(4) + "-" + D(3 + R.randrange(2))
        if not mob:
            return "(021) " + D1(7) if not intl else "+62 21 " + D1(7)
        return ("+62 " + n) if intl else ("0" + n if R.random() < 0.6 else "0" + n.replace("-", " "))
    if cc == "dk":
        n = " ".join(D(2) for _ in range(4))
        n = R.choice("2345") + n[1:]
        return ("+45 " + n) if intl else n
    if cc == "no":
        n = R.choice("49") + D(2) + " " + D(2) + " " + D(3)
        return ("+47 " + n) if intl else n
    if cc == "fi":
        n = "4" + R.choice("0456") + " " + D(3) + " " + D(4)
        return ("+358 " + n) if intl else "0" + n
    if cc == "cz":
        n = R.choice("67") + D(2) + " " + D(3) + " " + D(3)
        return ("+420 " + n) if intl else n
    if cc == "ro":
        n = "7" + R.choice("2345") + D(1) + " " + D(3) + " " + D(3)
        return ("+40 " + n) if intl else "0" + n
    if cc == "vn":
        n = R.choice(["90", "91", "98", "97", "93", "86"]) + " " + D(3) + " " + D(4)
        return ("+84 " + n) if intl else "0" + n
    raise KeyError(cc)


EXT = {"en": ["ext. %s", "x%s", "ext %s", "extension %s"], "de": ["Durchwahl %s", "App. %s"], "fr": ["poste %s"],
       "es": ["ext. %s"], "it": ["int. %s"], "pt": ["ramal %s"], "nl": ["toestel %s"], "pl": ["wew. %s"],
       "tr": ["dahili %s"], "sv": ["ankn. %s"], "id": ["ext. %s"]}

TOWNS = {
    "us": [("Portland", "OR"), ("Columbus", "OH"), ("Raleigh", "NC"), ("Tucson", "AZ"), ("Boise", "ID"),
           ("Albany", "NY"), ("Spokane", "WA"), ("Dayton", "OH"), ("Fresno", "CA"), ("Omaha", "NE"), ("Tulsa", "OK"),
           ("Madison", "WI"), ("Savannah", "GA"), ("Burlington", "VT"), ("Lexington", "KY"), ("Eugene", "OR")],
    "ca": [("Halifax", "NS"), ("Kelowna", "BC"), ("Guelph", "ON"), ("Saskatoon", "SK"), ("Moncton", "NB"),
           ("Red Deer", "AB"), ("Sherbrooke", "QC"), ("Kingston", "ON"), ("Nanaimo", "BC"), ("Brandon", "MB")],
    "uk": ["Leeds", "Norwich", "Derby", "Bristol", "Swansea", "Stockport", "Reading", "Dundee", "Exeter", "Preston",
           "Bolton", "Luton", "York", "Cardiff", "Ipswich", "Wigan"],
    "ie": [("Galway", "Co. Galway"), ("Ennis", "Co. Clare"), ("Tralee", "Co. Kerry"), ("Navan", "Co. Meath"),
           ("Sligo", "Co. Sligo"), ("Carlow", "Co. Carlow"), ("Mullingar", "Co. Westmeath"), ("Athlone", "Co. Westmeath")],
    "au": [("Geelong", "VIC"), ("Parramatta", "NSW"), ("Toowoomba", "QLD"), ("Fremantle", "WA"), ("Ballarat", "VIC"),
           ("Wollongong", "NSW"), ("Launceston", "TAS"), ("Townsville", "QLD"), ("Glenelg", "SA")],
    "nz": ["Hamilton", "Tauranga", "Dunedin", "Nelson", "Whanganui", "Napier", "Rotorua", "Invercargill"],
    "in": [("Pune", "Maharashtra"), ("Jaipur", "Rajasthan"), ("Kochi", "Kerala"), ("Indore", "Madhya Pradesh"),
           ("Mysuru", "Karnataka"), ("Lucknow", "Uttar Pradesh"), ("Coimbatore", "Tamil Nadu"), ("Nagpur", "Maharashtra")],
    "de": ["Leipzig", "Kassel", "Freiburg im Breisgau", "Bochum", "Würzburg", "Rostock", "Mainz", "Erfurt", "Bielefeld",
           "Regensburg", "Göttingen", "Oldenburg"],
    "at": ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Wels"],
    "fr": ["Nantes", "Rennes", "Dijon", "Angers", "Montpellier", "Tours", "Grenoble", "Limoges", "Amiens", "Brest",
           "Poitiers", "Nancy"],
    "es": ["Zaragoza", "Valladolid", "Alicante", "Córdoba", "Vigo", "Gijón", "Murcia", "Salamanca", "Cádiz", "Burgos"],
    "it": [("Bologna", "BO"), ("Torino", "TO"), ("Verona", "VR"), ("Bari", "BA"), ("Padova", "PD"), ("Perugia", "PG"),
           ("Trieste", "TS"), ("Lecce", "LE"), ("Parma", "PR"), ("Brescia", "BS")],
    "br": [("Campinas", "SP"), ("Curitiba", "PR"), ("Recife", "PE"), ("Fortaleza", "CE"), ("Belo Horizonte", "MG"),
           ("Porto Alegre", "RS"), ("Salvador", "BA"), ("Goiânia", "GO"), ("Niterói", "RJ")],
    "nl": ["Utrecht", "Groningen", "Eindhoven", "Haarlem", "Zwolle", "Leiden", "Nijmegen", "Tilburg", "Delft",
           "Amersfoort", "Arnhem"],
    "pl": ["Kraków", "Wrocław", "Gdańsk", "Poznań", "Lublin", "Łódź", "Katowice", "Szczecin", "Toruń", "Rzeszów"],
    "tr": [("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Karşıyaka", "İzmir"), ("Nilüfer", "Bursa"),
           ("Muratpaşa", "Antalya"), ("Selçuklu", "Konya"), ("Tepebaşı", "Eskişehir"), ("Beşiktaş", "İstanbul")],
    "se": ["Uppsala", "Västerås", "Örebro", "Linköping", "Lund", "Umeå", "Gävle", "Borås", "Jönköping", "Malmö"],
    "id": ["Bandung", "Surabaya", "Yogyakarta", "Semarang", "Malang", "Medan", "Denpasar", "Makassar", "Bogor"],
    "dk": ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Vejle", "Roskilde"],
    "no": ["Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Fredrikstad", "Bodø"],
    "fi": ["Tampere", "Turku", "Oulu", "Jyväskylä", "Lahti", "Kuopio", "Pori", "Joensuu"],
    "cz": ["Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec", "České Budějovice", "Hradec Králové", "Pardubice"],
    "ro": ["Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța", "Craiova", "Sibiu", "Oradea"],
    "vn": [("Cầu Giấy", "Hà Nội"), ("Quận 3", "TP. Hồ Chí Minh"), ("Hải Châu", "Đà Nẵng"), ("Ba Đình", "Hà Nội"),
           ("Bình Thạnh", "TP. Hồ Chí Minh"), ("Ninh Kiều", "Cần Thơ")],
}
STREET_FAKER = {"us": "en_US", "ca": "en_CA", "uk": "en_GB", "ie": "en_IE", "au": "en_AU", "nz": "en_NZ",
                "de": "de_DE", "at": "de_AT", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "br": "pt_BR",
                "nl": "nl_NL", "pl": "pl_PL", "se": "sv_SE", "dk": "da_DK", "no": "no_NO", "fi": "fi_FI",
                "cz": "cs_CZ", "ro": "ro_RO", "id": "id_ID"}
TR_MAH = ["Caferağa", "Moda", "Bahçelievler", "Kızılay", "Alsancak", "Fenerbahçe", "Göztepe", "Yıldız", "Atatürk",
          "Cumhuriyet", "Gazi", "Esentepe"]
TR_CAD = ["Bağdat", "Halitağa", "Cemal Gürsel", "Kıbrıs Şehitleri", "İnönü", "Mimar Sinan", "Gazi Osman Paşa",
          "Şair Nefi", "Lale", "Menekşe"]
VN_ST = ["Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ", "Phan Chu Trinh",
         "Nguyễn Huệ"]
IN_ROAD = ["MG Road", "Residency Road", "Link Road", "Station Road", "Nehru Nagar Main Road", "FC Road",
           "Linking Road", "Church Street", "Park Street", "Hill Road"]
IN_BLDG = ["Sai Krupa", "Green Meadows", "Shanti Niketan", "Lotus Residency", "Palm Grove", "Sunrise Towers",
           "Ganga Vihar", "Prestige Lakeside"]
IN_AREA = ["Koregaon Park", "Indiranagar", "Vaishali Nagar", "Kakkanad", "Gomti Nagar", "Saket", "Banjara Hills"]
ID_KEL = ["Kel. Sukajadi", "Kel. Gubeng", "Kel. Caturtunggal", "Kel. Lowokwaru", "Kel. Menteng", "Kel. Kuta"]
US_SUFFIX_OK = re.compile(r"^[A-Z][a-z]+( [A-Z][a-z]+)*$")


def street_name(cc):
    if cc == "tr":
        return R.choice(TR_CAD) + " Cad."
    if cc == "vn":
        return "Phố " + R.choice(VN_ST)
    if cc == "in":
        return R.choice(IN_ROAD)
    f = FK[STREET_FAKER[cc]]
    for _ in range(20):
        s = f.street_name()
        if not WEIRD.search(s) and len(s) < 32:
            return s
    return s


def _pc(cc):
    if cc == "us":
        return D1(5)
    if cc == "ca":
        L = "ABCEGHJKLMNPRSTVXY"
        return "%s%s%s %s%s%s" % (R.choice(L), D(1), R.choice(L), D(1), R.choice(L), D(1))
    if cc == "uk":
        return FK["en_GB"].postcode()
    if cc == "ie":
        return "%s%s %s" % (R.choice("ACDEFHKNPRTVWXY"), D(2), "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
    if cc in ("au", "nz", "dk", "no", "at"):
        return D1(4)
    if cc == "in":
        return D1(6)
    if cc in ("de", "fr", "es", "it", "tr", "id", "fi"):
        return D1(5)
    if cc == "br":
        return D1(5) + "-" + D(3)
    if cc == "nl":
        return D1(4) + " " + R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
    if cc == "pl":
        return D1(2) + "-" + D(3)
    if cc in ("se", "cz"):
        return D1(3) + " " + D(2)
    if cc == "ro":
        return D1(6)
    if cc == "vn":
        return D1(6)
    raise KeyError(cc)


def _num():
    x = R.random()
    return str(R.randrange(1, 30) if x < 0.5 else R.randrange(1, 300) if x < 0.85 else R.randrange(100, 9999))


def address(cc, mod=""):
    """Return address text for mod in '', 'b' (block), 'st' (street line), 'po', 'nu' (no unit)."""
    unit = mod not in ("nu", "st") and R.random() < 0.3
    town = R.choice(TOWNS[cc])
    n = _num()
    st = street_name(cc)
    pc = _pc(cc)
    block = mod == "b"
    if cc in ("us", "ca"):
        t, reg = town
        if mod == "po":
            return "PO Box %s, %s, %s %s" % (R.randrange(10, 9999), t, reg, pc)
        line = "%s %s" % (n, st)
        if unit:
            u = R.choice(["Apt %s", "Apt. %s", "Suite %s", "Unit %s", "#%s"]) % R.choice([str(R.randrange(1, 40)), "%d%s" % (R.randrange(1, 9), R.choice("ABCD")), str(R.randrange(100, 999))])
            if cc == "ca" and R.random() < 0.4:
                line = "%s-%s" % (R.randrange(100, 2400), line)
            elif R.random() < 0.3:
                line = u + ", " + line
            else:
                line = line + (", " if R.random() < 0.6 else " ") + u
        if mod == "st":
            return line
        if block:
            return "%s\n%s, %s %s" % (line, t, reg, pc) if R.random() < 0.6 else "%s\n%s %s  %s" % (line, t, reg, pc)
        return "%s, %s, %s %s" % (line, t, reg, pc)
    if cc in ("uk", "ie", "au", "nz"):
        if cc == "ie":
            t, county = town
        elif cc == "au":
            t, county = town
        else:
            t, county = town, None
        if mod == "po":
            return ("PO Box %s, %s %s" % (R.randrange(10, 999), t, pc if cc != "ie" else "")).strip()
        line = "%s %s" % (n, st)
        lines = []
        if unit:
            if cc == "au" and R.random() < 0.5:
                line = "%s/%s" % (R.randrange(1, 30), line)
            else:
                lines.append(R.choice(["Flat %s", "Apartment %s", "Unit %s", "Flat %s"]) % R.choice([str(R.randrange(1, 30)), "%d%s" % (R.randrange(1, 9), R.choice("ABC"))]))
        if mod == "st":
            return line
        lines.append(line)
        if cc == "uk":
            if R.random() < 0.3:
                lines.append(FK["en_GB"].city_suffix() if False else R.choice(["Headingley", "Moseley", "Clifton", "Roath", "Jesmond", "Didsbury", "Southville"]))
            lines += [t.upper() if block and R.random() < 0.4 else t, pc]
        elif cc == "ie":
            lines += [t, county, pc] if R.random() < 0.7 else [t, county]
        elif cc == "au":
            lines.append("%s %s %s" % (t.upper() if block else t, county, pc))
        else:
            lines.append(R.choice(["Hillcrest", "Frankton", "Mount Maunganui", "Roslyn", "Stoke", "Taradale"]))
            lines.append("%s %s" % (t, pc))
        if block:
            return "\n".join(lines)
        if cc == "uk" and R.random() < 0.5:
            return ", ".join(lines[:-2]) + ", " + lines[-2] + " " + lines[-1]
        return ", ".join(lines)
    if cc == "in":
        t, state = town
        parts = []
        if unit or block:
            parts.append("Flat %s, %s %s" % (R.randrange(101, 1204), R.choice(IN_BLDG), R.choice(["Apartments", "Society", "CHS"])))
        parts.append("%s %s" % (n, st) if R.random() < 0.5 else st)
        if mod == "st":
            return parts[-1] if not unit else ", ".join(parts)
        parts.append(R.choice(IN_AREA))
        parts.append("%s - %s" % (t, pc) if R.random() < 0.6 else "%s %s" % (t, pc))
        if R.random() < 0.3:
            parts.append(state)
        return ("\n" if block else ", ").join(parts)
    if cc in ("de", "at"):
        if mod == "po":
            return "Postfach %s %s, %s %s" % (D1(2), D(2), pc, town)
        line = "%s %s%s" % (st, n, R.choice(["", "", "", "a", "b"]))
        if mod == "st":
            return line
        extra = R.choice([", 2. OG", ", Whg. 7", " / Hinterhaus", ", 3. Stock links"]) if unit else ""
        return ("%s%s\n%s %s" if block else "%s%s, %s %s") % (line, extra, pc, town)
    if cc == "fr":
        line = "%s%s %s" % (n, R.choice(["", "", ",", " bis"]), st)
        if mod == "st":
            return line
        pre = R.choice(["Bât. B, ", "Appt 12, ", "Résidence Les Tilleuls, ", "3e étage, "]) if unit else ""
        return ("%s%s\n%s %s" if block else "%s%s, %s %s") % (pre, line, pc, town.upper() if block and R.random() < 0.5 else town)
    if cc == "es":
        line = "%s, %s" % (st, n) if R.random() < 0.6 else "%s %s" % (st, n)
        if mod == "st":
            return line
        extra = R.choice([", 3º B", ", 2º izda.", ", bajo A", ", 5º 2ª"]) if unit else ""
        return ("%s%s\n%s %s" if block else "%s%s, %s %s") % (line, extra, pc, town)
    if cc == "it":
        t, pr = town
        line = "%s %s" % (st, n) if R.random() < 0.5 else "%s, %s" % (st, n)
        if mod == "st":
            return line
        extra = R.choice([", int. 4", ", scala B", ", piano 3"]) if unit else ""
        return ("%s%s\n%s %s (%s)" if block else "%s%s, %s %s (%s)") % (line, extra, pc, t, pr)
    if cc == "br":
        t, uf = town
        line = "%s, %s" % (st, n)
        if mod == "st":
            return line
        extra = R.choice([", apto 52", ", ap. 1203, bloco B", ", casa 2", ", sala 804"]) if unit else ""
        bairro = R.choice(["Centro", "Boa Vista", "Jardim América", "Vila Mariana", "Savassi", "Moinhos de Vento"])
        if block:
            return "%s%s\n%s\n%s - %s\nCEP %s" % (line, extra, bairro, t, uf, pc)
        return "%s%s - %s, %s - %s, %s" % (line, extra, bairro, t, uf, pc)
    if cc == "nl":
        line = "%s %s%s" % (st, n, R.choice(["", "", "-II", "A", " bis", "-3"]))
        if mod == "st":
            return line
        return ("%s\n%s %s" if block else "%s, %s %s") % (line, pc, town if not block else town.upper() if R.random() < 0.4 else town)
    if cc == "pl":
        line = "ul. %s %s%s" % (st, n, ("/%d" % R.randrange(1, 80)) if unit else "")
        if mod == "st":
            return line
        return ("%s\n%s %s" if block else "%s, %s %s") % (line, pc, town)
    if cc == "tr":
        d, c = town
        line = "%s Mah. %s No: %s%s" % (R.choice(TR_MAH), st, R.randrange(1, 140), (" D: %d" % R.randrange(1, 30)) if unit or R.random() < 0.5 else "")
        if mod == "st":
            return line
        return ("%s\n%s %s/%s" if block else "%s, %s %s/%s") % (line, pc, d, c)
    if cc == "se":
        line = "%s %s" % (st, n)
        if mod == "st":
            return line
        extra = ", lgh %d" % R.randrange(1001, 1503) if unit else ""
        return ("%s%s\n%s %s" if block else "%s%s, %s %s") % (line, extra, pc, town.upper() if block and R.random() < 0.5 else town)
    if cc == "id":
        s = st if st.startswith(("Jl", "Jalan", "Gg")) else "Jl. " + st
        line = "%s No. %s" % (s, R.randrange(1, 200))
        if mod == "st":
            return line
        rt = ", RT %03d/RW %03d" % (R.randrange(1, 15), R.randrange(1, 12)) if unit or R.random() < 0.5 else ""
        return ("%s%s\n%s\n%s %s" if block else "%s%s, %s, %s %s") % (line, rt, R.choice(ID_KEL), town, pc)
    if cc in ("dk", "no", "fi", "cz", "ro"):
        if cc == "cz":
            line = "%s %s/%s" % (st, R.randrange(100, 3000), R.randrange(1, 60))
        elif cc == "ro":
            line = "%s nr. %s" % (st, R.randrange(1, 150))
            if unit:
                line += ", bl. %s%d, ap. %d" % (R.choice("ABCDM"), R.randrange(1, 20), R.randrange(1, 80))
        elif cc == "fi":
            line = "%s %s%s" % (st, n, (" %s %d" % (R.choice("ABC"), R.randrange(1, 40))) if unit else "")
        elif cc == "dk":
            line = "%s %s%s" % (st, n, (", %d. %s" % (R.randrange(1, 5), R.choice(["tv", "th", "mf"]))) if unit else "")
        else:
            line = "%s %s%s" % (st, n, R.choice(["", "", " A", " B"]))
        if mod == "st":
            return line
        return ("%s\n%s %s" if block else "%s, %s %s") % (line, pc, town)
    if cc == "vn":
        d, c = town
        line = "Số %s %s" % (R.randrange(1, 200), st) if R.random() < 0.5 else "Số %s ngõ %s %s" % (R.randrange(1, 90), R.randrange(1, 300), st)
        if mod == "st":
            return line
        return ("%s\n%s, %s" if block else "%s, %s, %s") % (line, d, c)
    raise KeyError(cc)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "fi": None, "cs": None, "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                                  "septembrie", "octombrie", "noiembrie", "decembrie"],
    "vi": None, "hi": None,
}


def date_str(y, m, d, lang, locale, mod):
    if mod == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    months = MONTHS.get(lang) or None
    if mod == "long" and months:
        mn = months[m - 1]
        if lang == "en":
            return ("%s %d, %d" % (mn, d, y)) if locale in ("us", "ca") and R.random() < 0.8 else "%d %s %d" % (d, mn, y)
        if lang in ("de", "da", "no"):
            return "%d. %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if lang == "en" and locale == "us":
        return R.choice(["%02d/%02d/%04d", "%d/%d/%04d"]) % (m, d, y)
    if lang in ("de", "pl", "tr", "da", "no", "fi", "cs", "ro") or locale == "at":
        return "%02d.%02d.%04d" % (d, m, y) if lang != "cs" else "%d. %d. %04d" % (d, m, y)
    if lang == "nl":
        return R.choice(["%02d-%02d-%04d", "%d-%d-%04d"]) % (d, m, y)
    if lang == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d/%02d/%04d" % (d, m, y)


def random_date(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


# ---------------------------------------------------------------- IBAN (full registry: BBAN formats)
IBAN_FORMATS = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "BY": "4c4n16c", "CH": "5n12c", "CR": "4n14n",
    "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n", "EE": "2n2n11n1n",
    "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n",
    "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c", "GT": "4c20c", "HR": "7n10n", "HU": "3n4n1n15n1n",
    "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n", "IS": "4n2n6n10n", "IT": "1a5n5n12c", "JO": "4a4n18c",
    "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c",
    "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MR": "5n5n11n2n",
    "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c", "PL": "8n16n",
    "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "SA": "2n18c", "SC": "4a2n2n16n3a",
    "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "ST": "4n4n11n2n", "SV": "4a20n",
    "TL": "3n14n2n", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n",
    "LY": "3n3n15n", "SD": "2n12n", "BI": "5n5n11n2n", "DJ": "5n5n11n2n", "RU": "9n5n15c", "SO": "4n3n12n",
    "NI": "4a20n", "MN": "4n12n", "OM": "3n16c", "YE": "4a4n18c", "FK": "2a12n", "HN": "4a20n",
}
IBAN_LOCAL = {"us": None, "uk": "GB", "ie": "IE", "de": "DE", "at": "AT", "fr": "FR", "es": "ES", "it": "IT",
              "br": "BR", "nl": "NL", "pl": "PL", "tr": "TR", "se": "SE", "dk": "DK", "no": "NO", "fi": "FI",
              "cz": "CZ", "ro": "RO"}


def iban(country=None, electronic=None, locale=None):
    if country is None:
        country = IBAN_LOCAL.get(locale) if locale and R.random() < 0.45 else None
        if country is None:
            country = R.choice(sorted(IBAN_FORMATS))
    fmt = IBAN_FORMATS[country]
    bban = ""
    for n, t in re.findall(r"(\d+)([anc])", fmt):
        for _ in range(int(n)):
            bban += R.choice({"n": string.digits, "a": string.ascii_uppercase,
                              "c": string.ascii_uppercase + string.digits}[t] if t != "c" or R.random() < 0.5 else string.digits)
    rearr = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    chk = 98 - num % 97
    s = "%s%02d%s" % (country, chk, bban)
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    if electronic is None:
        electronic = R.random() < 0.4
    return s if electronic else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_complete(prefix, length):
    body = prefix + D(length - len(prefix) - 1)
    for c in "0123456789":
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            x = int(ch)
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        if tot % 10 == 0:
            return s
    raise AssertionError


def card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners", "maestro", "unionpay"])
    if brand == "visa":
        n = luhn_complete("4" + D(1), 16)
    elif brand == "mc":
        n = luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2305", "2710"]), 16)
    elif brand == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n, "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    elif brand == "diners":
        n = luhn_complete("36", 14)
        return R.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n])
    elif brand == "disc":
        n = luhn_complete(R.choice(["6011", "65"]), 16)
    elif brand == "jcb":
        n = luhn_complete("35" + str(R.randrange(28, 89)), 16)
    elif brand == "maestro":
        n = luhn_complete(R.choice(["6759", "5018", "6304"]), R.choice([16, 19]))
        if len(n) == 19:
            return R.choice(["%s %s %s %s %s" % (n[:4], n[4:8], n[8:12], n[12:16], n[16:]), n])
    else:
        n = luhn_complete("62" + D(2), R.choice([16, 19]))
        if len(n) == 19:
            return n
    if n in ("4242424242424242", "4111111111111111", "5555555555554444"):
        return card(brand)
    return R.choice(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s", "%s %s %s %s"]) % (n[:4], n[4:8], n[8:12], n[12:])


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))
    if s.startswith("078-05") or s.startswith("123-45"):
        return ssn()
    return s if R.random() < 0.85 else s.replace("-", " " if R.random() < 0.5 else "")


def ipv4():
    while True:
        a = R.randrange(1, 224)
        b, c, d = R.randrange(256), R.randrange(256), R.randrange(1, 255)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224) or a >= 224:
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def ipv6():
    g = ["2%03x" % R.randrange(1, 0xfff)] + ["%x" % R.randrange(0, 0x10000) for _ in range(7)]
    if g[0] == "2001" and g[1] == "db8":
        return ipv6()
    if R.random() < 0.4:
        return ":".join(g[:4]) + "::" + ":".join(g[6:])
    return ":".join(g)


def mac():
    b = [R.randrange(256) for _ in range(6)]
    sep = R.choice([":", "-", ":"])
    s = sep.join("%02x" % x for x in b)
    return s.upper() if R.random() < 0.5 else s


B62 = string.ascii_letters + string.digits


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


HEX = "0123456789abcdef"


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(name=None):
    alg = R.choice(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    pl = {"sub": str(R.randrange(10 ** 5, 10 ** 9)), "iat": 1700000000 + R.randrange(10 ** 7)}
    pl["exp"] = pl["iat"] + R.choice([900, 3600, 86400])
    if name:
        pl["name"] = name
    if R.random() < 0.5:
        pl["role"] = R.choice(["admin", "user", "service", "editor"])
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(pl, separators=(",", ":")).encode())
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    return "%s.%s.%s" % (h, p, b64url(bytes(R.randrange(256) for _ in range(siglen))))


def pem():
    kind = R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    lines = R.randrange(4, 9)
    body = [base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode() for _ in range(lines - 1)]
    body.append(base64.b64encode(bytes(R.randrange(256) for _ in range(R.randrange(6, 40)))).decode())
    if kind == "OPENSSH PRIVATE KEY":
        body[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + body[0][24:]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind)


WORDS = ["maple", "river", "tiger", "copper", "sunset", "falcon", "pepper", "harbor", "violet", "rocket", "cobalt",
         "meadow", "orbit", "walnut", "glacier", "saffron", "lantern", "pixel", "thunder", "mango"]


def password():
    x = R.random()
    if x < 0.3:
        w = R.choice(WORDS)
        return w.capitalize() + D(R.randrange(2, 5)) + R.choice(["!", "#", "$", "?", "", "@"])
    if x < 0.6:
        return rs(R.randrange(12, 21), B62 + "!@#%^&*-_")
    if x < 0.8:
        return "-".join(R.sample(WORDS, 3)) + D(2)
    w = R.choice(WORDS)
    return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + D(3) + "!"


def secret(kind):
    """returns (value, type)"""
    if kind == "aws_ak":
        return R.choice(["AKIA", "AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567"), "AWS_ACCESS_KEY"
    if kind == "aws_sk":
        return rs(40, B62 + "+/"), "AWS_SECRET_KEY"
    if kind == "gh":
        p = R.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"])
        if p == "github_pat_":
            return p + rs(22) + "_" + rs(59), "GITHUB_TOKEN"
        return p + rs(36), "GITHUB_TOKEN"
    if kind == "slack":
        return "%s-%s-%s-%s" % (R.choice(["xoxb", "xoxp", "xoxb", "xoxa"]), D(12), D(13), rs(24)), "SLACK_TOKEN"
    if kind == "slack_hook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, string.ascii_uppercase + string.digits), rs(10, string.ascii_uppercase + string.digits), rs(24)), "SLACK_TOKEN"
    if kind == "stripe":
        return R.choice(["sk_live_", "rk_live_", "sk_live_"]) + rs(R.choice([24, 99])), "STRIPE_KEY"
    if kind == "openai":
        if R.random() < 0.7:
            return "sk-proj-" + rs(58, B62 + "-_") + "T3BlbkFJ" + rs(58, B62 + "-_"), "OPENAI_API_KEY"
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20), "OPENAI_API_KEY"
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(93, B62 + "-_") + "AA", "ANTHROPIC_API_KEY"
    if kind == "google":
        return "AIza" + rs(35, B62 + "-_"), "GENERIC_API_KEY"
    if kind == "sendgrid":
        return "SG." + rs(22, B62 + "-_") + "." + rs(43, B62 + "-_"), "GENERIC_API_KEY"
    if kind == "twilio":
        return "SK" + rs(32, HEX), "GENERIC_API_KEY"
    if kind == "jwt":
        return jwt(), "JWT"
    if kind == "pem":
        return pem(), "PRIVATE_KEY"
    if kind == "pw":
        return password(), "PASSWORD"
    if kind == "tok":
        x = R.random()
        if x < 0.3:
            return rs(32, HEX), "GENERIC_API_KEY"
        if x < 0.5:
            return rs(40), "GENERIC_API_KEY"
        if x < 0.65:
            return "glpat-" + rs(20, B62 + "-_"), "GENERIC_API_KEY"
        if x < 0.8:
            return "npm_" + rs(36), "GENERIC_API_KEY"
        if x < 0.9:
            return "hf_" + rs(34), "GENERIC_API_KEY"
        return "key-" + rs(32, HEX), "GENERIC_API_KEY"
    if kind == "dd":
        return rs(32, HEX), "GENERIC_API_KEY"
    raise KeyError(kind)


# ---------------------------------------------------------------- decoy generators
COMPANIES = ["Brightwater Logistics", "Northgate Analytics", "Kestrel Foods", "Bluefin Labs", "Harrow & Pike",
             "Lumen Dental", "Oakridge Insurance", "Tidewell Energy", "Quarry Lane Studio", "Fenwick Digital",
             "Corvid Systems", "Marlow Travel", "Pinecrest Property", "Saltmarsh Media", "Ironbridge Legal",
             "Velvet Fern Bakery", "Granite Peak Outdoors", "Silverline Health", "Copperleaf Accounting",
             "Nimbus Cloudworks", "Redkite Security", "Halcyon Clinic", "Westbrook Academy", "Orchard Lane School"]
FREE_MAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "aol.com"],
             "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
             "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
             "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"], "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
             "pt": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
             "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
             "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"], "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
             "da": ["mail.dk", "gmail.com", "jubii.dk"], "no": ["online.no", "gmail.com", "hotmail.no"], "fi": ["luukku.com", "gmail.com", "elisanet.fi"],
             "cs": ["seznam.cz", "email.cz", "centrum.cz"], "ro": ["yahoo.ro", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"],
             "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"]}
TLD = {"us": "com", "uk": "co.uk", "ie": "ie", "au": "com.au", "ca": "ca", "nz": "co.nz", "in": "in", "de": "de",
       "at": "at", "fr": "fr", "es": "es", "it": "it", "br": "com.br", "nl": "nl", "pl": "pl", "tr": "com.tr",
       "se": "se", "id": "co.id", "dk": "dk", "no": "no", "fi": "fi", "cz": "cz", "ro": "ro", "vn": "vn"}


def timestamp():
    y, m, d = random_date(2022, 2025)
    h, mi, s = R.randrange(24), R.randrange(60), R.randrange(60)
    return R.choice(["%04d-%02d-%02dT%02d:%02d:%02dZ", "%04d-%02d-%02d %02d:%02d:%02d"]) % (y, m, d, h, mi, s)


def decoy_gen(kind, lang, locale):
    if kind == "ts":
        return timestamp(), "timestamp"
    if kind == "time":
        return "%d:%02d" % (R.randrange(7, 19), R.choice([0, 15, 30, 45])), "time"
    if kind == "date":
        y, m, d = random_date(2024, 2026)
        return date_str(y, m, d, lang, locale, R.choice(["", "long"])), "event_date"
    if kind == "order":
        return R.choice(["#%s", "ORD-%s", "%s", "PO-%s"]) % D1(R.randrange(6, 10)), "order_id"
    if kind == "sha":
        return rs(R.choice([7, 7, 40]), HEX), "git_sha"
    if kind == "uuid":
        h = rs(32, HEX)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32]), "uuid"
    if kind == "ver":
        return R.choice(["v%d.%d.%d", "%d.%d.%d", "%d.%d.%d-rc1"]) % (R.randrange(0, 9), R.randrange(0, 30), R.randrange(0, 20)), "version"
    if kind == "amt":
        return R.choice(["$%d.%02d", "£%d.%02d", "€%d,%02d", "%d.%02d EUR", "R$ %d,%02d"]) % (R.randrange(5, 3000), R.randrange(100)), "amount"
    if kind == "privip":
        return R.choice(["10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255)),
                         "192.168.%d.%d" % (R.randrange(256), R.randrange(1, 255)),
                         "172.%d.%d.%d" % (R.randrange(16, 32), R.randrange(256), R.randrange(1, 255))]), "private_ip"
    if kind == "docip":
        return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randrange(1, 255) if R.random() < 0.8 else "2001:db8::%x" % R.randrange(1, 0xffff), "doc_ip"
    if kind == "sku":
        return "%s-%s-%s" % (rs(3, string.ascii_uppercase), D(4), R.choice(["BLK", "M", "XL", "02", "RED"])), "sku"
    if kind == "ticket":
        return R.choice(["INC%s", "TCK-%s", "#%s", "SR-%s", "JIRA-%s"]) % D1(R.randrange(4, 8)), "ticket_id"
    if kind == "tracking":
        return R.choice(["1Z%s" % rs(16, string.ascii_uppercase + string.digits), "JD%s" % D(16), "%sGB" % ("RR" + D(9))]), "tracking_no"
    if kind == "inv":
        return "INV-%d-%s" % (R.randrange(2023, 2026), D(5)), "invoice_no"
    if kind == "mrn":
        return "MRN %s" % D1(7), "mrn"
    if kind == "emp":
        return "E%s" % D1(5), "employee_id"
    if kind == "pol":
        return "POL-%s-%s" % (rs(2, string.ascii_uppercase), D(7)), "policy_no"
    if kind == "host":
        return "%s-%s-%02d.%s" % (R.choice(["web", "db", "api", "cache", "worker"]), R.choice(["prod", "stg", "eu1", "us2"]), R.randrange(1, 30), R.choice(["internal", "corp.local", "svc.cluster.local"])), "hostname"
    if kind == "port":
        return str(R.choice([5432, 6379, 8080, 3306, 443, 9200, 27017])), "port"
    if kind == "flight":
        return "%s %d" % (R.choice(["BA", "LH", "AF", "KL", "IB", "TK", "SK", "QF", "AC", "GA"]), R.randrange(10, 2999)), "flight_no"
    if kind == "booking":
        return rs(6, string.ascii_uppercase + "23456789"), "booking_ref"
    if kind == "lastfour":
        return R.choice(["ending %s", "**** %s", "xxxx-%s"]) % D(4), "card_last4"
    if kind == "exmail":
        return R.choice(["user", "jane.doe", "john.smith", "test", "someone", "you"]) + "@" + R.choice(["example.com", "example.org", "example.net"]), "example_email"
    if kind == "exphone":
        return R.choice(["(555) 01%s", "555-01%s", "+1 202 555 01%s"]) % D(2), "example_phone"
    if kind == "testcard":
        return R.choice(["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "4111 1111 1111 1111"]), "test_card"
    if kind == "exkey":
        return R.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_" + rs(24),
                         "pk_test_" + rs(24), "pk_live_" + rs(24)]), "example_key"
    if kind == "holder":
        return R.choice(["your-api-key-here", "<YOUR_TOKEN>", "XXXXXXXXXXXXXXXX", "sk-xxxxxxxxxxxxxxxxxxxx",
                         "${API_KEY}", "REPLACE_ME", "<insert key>", "****************", "ghp_XXXXXXXXXXXXXXXXXXXX",
                         "{{ secrets.API_TOKEN }}", "your_password", "<password>", "TODO"]), "placeholder"
    if kind == "oph":
        return R.choice(["1-800-%s-%s" % (D1(3), D(4)), "0800 %s %s" % (D1(3), D(4)), "1300 %s %s" % (D(3), D(3)),
                         "0800 %s %s" % (D(3), D(3)), "0900-%s" % D(4), "3%s" % D(3)]), "org_phone"
    if kind == "emp_ref":
        return "EMP-%s" % D(5), "employee_id"
    if kind == "case":
        return "Case %s/%d" % (D1(4), R.randrange(2023, 2026)), "case_no"
    if kind == "cust":
        return "C-%s" % D1(6), "customer_id"
    if kind == "room":
        return R.choice(["Room %d", "Rm %d", "Raum %d"]) % R.randrange(1, 500), "room"
    if kind == "city":
        t = R.choice(TOWNS.get(locale, TOWNS["uk"]))
        return t[0] if isinstance(t, tuple) else t, "city"
    if kind == "build":
        return "#%d" % R.randrange(100, 9999), "build_no"
    raise KeyError(kind)


# ----------------------------------------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------------------------------------
TOK = re.compile(r"\[\[(.+?)\]\]", re.S)
REF = re.compile(r"^(?P<name>[a-z_]+)(?P<idx>\d*)(?:\.(?P<mod>[A-Za-z_0-9]+))?(?:@(?P<loc>[A-Za-z]{2}))?$")
SECRET_KINDS = {"aws_ak", "aws_sk", "gh", "slack", "slack_hook", "stripe", "openai", "anthropic", "google",
                "sendgrid", "twilio", "jwt", "pem", "pw", "tok", "dd"}
DECOY_KINDS = {"ts", "time", "date", "order", "sha", "uuid", "ver", "amt", "privip", "docip", "sku", "ticket",
               "tracking", "inv", "mrn", "emp", "pol", "host", "port", "flight", "booking", "lastfour", "exmail",
               "exphone", "testcard", "exkey", "holder", "oph", "case", "cust", "room", "city", "build"}


class Doc:
    def __init__(self, lang, locale, company=None):
        self.lang, self.locale = lang, locale
        self.out = []
        self.pos = 0
        self.spans = []
        self.decoys = []
        self.persons = {}
        self.force = {}
        self.vals = {}
        self.company = company or R.choice(COMPANIES)
        self.domain = re.sub(r"[^a-z]", "", self.company.lower().split()[0]) + "." + R.choice(["com", "co", "io", TLD.get(locale, "com")])

    def emit(self, text, typ=None, dkind=None):
        if typ or dkind:
            assert text and text == text.strip(), repr(text)
            (self.spans if typ else self.decoys).append([self.pos, self.pos + len(text), typ or dkind, text])
        self.out.append(text)
        self.pos += len(text)

    def person(self, idx, loc=None):
        if idx not in self.persons:
            self.persons[idx] = new_person(loc or origin_for(self.locale, self.lang), self.force.get(idx))
        elif loc:
            pass
        return self.persons[idx]

    def cached(self, key, fn):
        if key not in self.vals:
            self.vals[key] = fn()
        return self.vals[key]

    def token(self, t):
        if t.startswith("?"):           # gender agreement [[?1:masc|fem]]
            idx, alts = t[1:].split(":", 1)
            m, f = alts.split("|", 1)
            self.emit(f if self.person(idx).gender == "f" else m)
            return
        if t.startswith("|"):           # free choice of literal text
            self.emit(R.choice(t[1:].split("|")))
            return
        if t.startswith("d:"):          # literal decoy [[d:kind:a|b|c]]
            _, kind, vals = t.split(":", 2)
            self.emit(R.choice(vals.split("|")), dkind=kind)
            return
        if t.startswith("x:"):          # literal span [[x:TYPE:value]]
            _, typ, vals = t.split(":", 2)
            self.emit(R.choice(vals.split("|")), typ=typ)
            return
        m = REF.match(t)
        if not m:
            raise ValueError("bad token %r" % t)
        name, idx, mod, loc = m.group("name"), m.group("idx"), m.group("mod") or "", m.group("loc")
        lang, locale = self.lang, self.locale
        if name == "p":
            self.emit(self.person(idx or "x%d" % len(self.out), loc).form(mod), "PERSON")
        elif name in ("e", "ew"):
            p = self.person(idx, loc)
            if name == "e":
                dom = self.cached("fm" + idx, lambda: R.choice(FREE_MAIL.get("uk" if locale in ("uk", "ie") and lang == "en" else lang, FREE_MAIL["en"])))
            else:
                dom = self.domain
            self.emit(p.email(dom), "EMAIL_ADDRESS")
        elif name == "ph":
            cc = loc or locale
            key = "ph%s.%s" % (idx, mod)
            style = {"i": "i", "m": "m", "n": "n", "x": "n"}.get(mod)
            v = self.cached(key, lambda: phone(cc, style)) if idx else phone(cc, style)
            self.emit(v, "PHONE_NUMBER")
            if mod == "x":
                self.emit(" ")
                self.emit(R.choice(EXT.get(lang, EXT["en"])) % R.randrange(10, 9999), dkind="ext")
        elif name == "a":
            cc = loc or locale
            v = self.cached("a%s.%s%s" % (idx, mod, cc), lambda: address(cc, mod)) if idx else address(cc, mod)
            self.emit(v, "STREET_ADDRESS")
        elif name in ("dob", "dobc"):
            key = "dob" + idx
            ymd = self.cached(key, lambda: random_date(2011, 2019) if name == "dobc" else random_date(1941, 2006))
            self.emit(date_str(*ymd, lang, locale, mod), "DATE_OF_BIRTH")
        elif name == "iban":
            self.emit(iban(loc.upper() if loc else None, {"e": True, "p": False}.get(mod), locale), "IBAN_CODE")
        elif name == "cc":
            self.emit(card(mod or None), "CREDIT_CARD")
        elif name == "ssn":
            self.emit(ssn(), "US_SSN")
        elif name == "ip":
            self.emit(self.cached("ip" + idx, ipv4) if idx else ipv4(), "IP_ADDRESS")
        elif name == "ipsix":
            self.emit(self.cached("ipsix" + idx, ipv6) if idx else ipv6(), "IP_ADDRESS")
        elif name == "mac":
            self.emit(mac(), dkind="mac_address")
        elif name in SECRET_KINDS:
            if idx:
                v, ty = self.cached(name + idx, lambda: secret(name))
            else:
                v, ty = secret(name)
            self.emit(v, ty)
        elif name == "jwtn":
            self.emit(jwt(self.person(idx or "1").full), "JWT")
        elif name in DECOY_KINDS:
            v, k = decoy_gen(name, lang, locale)
            self.emit(v, dkind=k)
        elif name in ("lb", "rb"):
            self.emit("[" if name == "lb" else "]")
        elif name == "co":
            self.emit(self.company)
        elif name == "dom":
            self.emit(self.domain)
        elif name == "om":
            self.emit(R.choice(["info", "support", "hr", "billing", "noreply", "office", "admissions", "team",
                                "careers", "accounts", "help", "bookings"]) + "@" + self.domain, dkind="org_email")
        elif name == "n":
            self.emit(str(R.randrange(int(mod[1:].split("_")[0]) if mod else 2, int(mod.split("_")[1]) if mod else 99)))
        else:
            raise ValueError("unknown token %r" % t)

    def render(self, tpl):
        tpl = expand_rows(tpl)
        plain = TOK.sub(" ", tpl)
        fem = re.search(r"\b([Ss]he|[Hh]er|[Hh]erself|[Mm]um|[Mm]other|[Ss]ister|[Dd]aughter|[Ww]ife)\b", plain)
        mas = re.search(r"\b([Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Dd]ad|[Ff]ather|[Bb]rother|[Ss]on|[Hh]usband)\b", plain)
        if self.lang == "en" and bool(fem) != bool(mas):
            self.force["1"] = "f" if fem else "m"
        last = 0
        for m in TOK.finditer(tpl):
            if m.start() > last:
                self.emit(tpl[last:m.start()])
            self.token(m.group(1))
            last = m.end()
        if last < len(tpl):
            self.emit(tpl[last:])

    def text(self):
        return "".join(self.out)


def expand_rows(tpl):
    """Lines starting with '@R a-b ' repeat a-b times; '#' inside tokens becomes a fresh index per row."""
    if "@R" not in tpl:
        return tpl
    out = []
    ctr = [100]
    for line in tpl.split("\n"):
        m = re.match(r"^@R(\d+)-(\d+) (.*)$", line)
        if not m:
            out.append(line)
            continue
        for _ in range(R.randrange(int(m.group(1)), int(m.group(2)) + 1)):
            ctr[0] += 1
            k = str(ctr[0])
            out.append(TOK.sub(lambda mm: "[[" + mm.group(1).replace("#", k) + "]]", m.group(3)))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------------------------
# builders: e-mail wrapper and chat transcripts
# ----------------------------------------------------------------------------------------------------------------
def build_email(body, lang, rnd_formal=None):
    """body uses p1 = sender, p2 = recipient."""
    L = FR.EMAIL_L10N[lang]
    formal = R.random() < 0.5 if rnd_formal is None else rnd_formal
    parts = []
    hs = R.randrange(5)
    if hs == 0:
        parts.append("%s: [[p1]] <[[ew1]]>\n%s: [[p2]] <[[e2]]>\n%s: [[date]]\n%s: %s\n" % (L["from"], L["to"], L["date"], L["subject"], R.choice(L["subjects"])))
    elif hs == 1:
        parts.append("%s: [[p1.sg]]\n%s: [[date]] [[time]]\n%s: [[p2.sg]]\n%s: %s\n" % (L["from"], L["sent"], L["to"], L["subject"], R.choice(L["subjects"])))
    elif hs == 2:
        parts.append("%s: %s\n" % (L["subject"], R.choice(L["subjects"])))
    elif hs == 3:
        parts.append("%s: \"[[p1]]\" <[[e1]]>\n%s: [[ew2]]\n%s: %s\n" % (L["from"], L["to"], L["subject"], R.choice(L["subjects"])))
    parts.append(R.choice(L["greet_formal"] if formal else L["greet"]) + "\n\n")
    parts.append(body.strip("\n") + "\n\n")
    parts.append(R.choice(L["close_formal"] if formal else L["close"]) + "\n")
    sig = R.randrange(8)
    if sig == 0:
        parts.append("[[p1]]")
    elif sig == 1:
        parts.append("[[p1.g]]")
    elif sig == 2:
        parts.append("[[p1]]\n%s | [[co]]\n[[ph1.x]]" % R.choice(FR.JOB_TITLES))
    elif sig == 3:
        parts.append("[[p1]]\nM: [[ph1.m]]\nE: [[ew1]]")
    elif sig == 4:
        parts.append("-- \n[[p1]]\n[[co]]\nTel. [[ph1]]")
    elif sig == 5:
        parts.append("[[p1.i]]\n[[co]]")
    elif sig == 6:
        parts.append("[[p1.g]]\n\n" + L["iphone"])
    else:
        parts.append("[[p1.gl]]")
    return "".join(parts)


def chat_layout(lines, lang):
    """lines: list of (speaker_idx, text). Returns a template in one of several export formats."""
    style = R.randrange(10)
    y, mo, d = random_date(2023, 2025)
    h, mi = R.randrange(7, 21), R.randrange(60)
    out = []
    for k, (sp, text) in enumerate(lines):
        mi += R.randrange(0, 7)
        if mi >= 60:
            mi -= 60
            h = min(23, h + 1)
        ts = "%02d/%02d/%04d, %02d:%02d" % (d, mo, y, h, mi)
        P = "[[p%s]]" % sp
        if style == 0:    # WhatsApp Android
            out.append("[[d:timestamp:%s]] - %s: %s" % (ts, P, text))
        elif style == 1:  # WhatsApp iOS
            out.append("[[lb]][[d:timestamp:%02d.%02d.%02d, %02d:%02d:%02d]][[rb]] %s: %s" % (d, mo, y % 100, h, mi, R.randrange(60), P, text))
        elif style == 2:  # Slack copy
            out.append("[[p%s]]  [[d:time:%d:%02d %s]]\n%s" % (sp, (h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM", text))
        elif style == 3:  # Teams
            out.append("[[p%s.sg]] [[d:timestamp:%d/%d %d:%02d %s]]\n%s" % (sp, mo, d, (h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM", text))
        elif style == 4:  # IRC
            out.append("[[d:time:%02d:%02d]] <[[p%s.h]]> %s" % (h, mi, sp, text))
        elif style == 5:  # Telegram export (plain)
            out.append("[[p%s]], [[lb]][[d:timestamp:%02d.%02d.%04d %02d:%02d]][[rb]]\n%s" % (sp, d, mo, y, h, mi, text))
        elif style == 6:  # Discord
            out.append("[[p%s.g]] — [[d:timestamp:%02d/%02d/%04d %d:%02d %s]]\n%s" % (sp, mo, d, y, (h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM", text))
        elif style == 7:  # Signal / SMS backup
            out.append("[[p%s.g]] ([[d:time:%02d:%02d]]): %s" % (sp, h, mi, text))
        elif style == 8:  # Messenger / plain lower case
            out.append("[[p%s.gl]]: %s" % (sp, text))
        else:             # Google Chat
            out.append("[[p%s]], [[d:time:%d:%02d]]\n%s" % (sp, h, mi, text))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------------------------
def parse_frames():
    """frames_fresh12.FRAMES: text with '## cat len lang kind' headers. Short sections: one frame per line.
    Long sections: frames separated by lines '---'."""
    frames = []
    cur = None
    counters = collections.Counter()
    buf = []

    def flush():
        if cur is None:
            return
        cat, ln, lang, kind, builder = cur
        if ln == "short":
            items = []
            pre = ""
            for l in buf:
                if not l.strip() or l.startswith("//"):
                    continue
                if l.startswith("@loc="):
                    pre = l.strip() + " "
                    continue
                items.append(pre + l)
                pre = ""
        else:
            items = [x.strip("\n") for x in "\n".join(buf).split("\n---\n") if x.strip()]
        for it in items:
            key = (cat, kind, lang)
            counters[key] += 1
            fid = "%s-%s-%s%03d" % (cat, kind, "" if lang == "en" else lang + "-", counters[key])
            frames.append({"id": fid, "cat": cat, "len": ln, "lang": lang, "kind": kind, "builder": builder, "tpl": it})

    for line in FR.FRAMES.split("\n"):
        if line.startswith("## "):
            flush()
            bits = line[3:].split()
            cur = (bits[0], bits[1], bits[2], bits[3], bits[4] if len(bits) > 4 else "")
            buf = []
        else:
            buf.append(line)
    flush()
    return frames


def render_frame(fr, lang, locale):
    d = Doc(lang, locale)
    tpl = fr["tpl"]
    if fr["builder"] == "email":
        tpl = build_email(tpl, lang)
    elif fr["builder"] == "chat":
        lines = []
        for l in tpl.split("\n"):
            sp, txt = l.split(":", 1)
            lines.append((sp.strip(), txt.strip()))
        tpl = chat_layout(lines, lang)
    d.render(tpl)
    text = d.text()
    # post-checks
    assert "[[" not in text and "]]" not in text or fr["cat"] == "sec" or True
    return d, text


def to_record(i, fr, d, text):
    spans, decoys = [], []
    for (cs, ce, t, v) in d.spans:
        assert text[cs:ce] == v
        bs, be = len(text[:cs].encode("utf-8")), len(text[:ce].encode("utf-8"))
        assert text.encode("utf-8")[bs:be].decode("utf-8") == v
        spans.append({"start": bs, "end": be, "char_start": cs, "char_end": ce, "type": t, "value": v})
    for (cs, ce, k, v) in d.decoys:
        assert text[cs:ce] == v
        bs, be = len(text[:cs].encode("utf-8")), len(text[:ce].encode("utf-8"))
        assert text.encode("utf-8")[bs:be].decode("utf-8") == v
        decoys.append({"start": bs, "end": be, "char_start": cs, "char_end": ce, "kind": k, "value": v})
    allr = sorted([(s["char_start"], s["char_end"]) for s in spans] + [(x["char_start"], x["char_end"]) for x in decoys])
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (fr["id"], a, b, text)
    has_pii = any(s["type"] in FR.PII_TYPES for s in spans)
    has_sec = any(s["type"] in FR.SECRET_TYPES for s in spans)
    sens = "secret" if has_sec else "personal" if has_pii else "public"
    want = {"per": "personal", "pub": "public", "sec": "secret"}[fr["cat"]]
    assert sens == want, (fr["id"], sens, text)
    return {"id": "fr12-%05d" % i, "text": text, "spans": spans, "decoys": decoys, "kind": fr["kind"],
            "locale": d.locale, "lang": fr["lang"], "sensitivity": sens, "has_pii": has_pii, "has_secret": has_sec,
            "frame": fr["id"]}


def quotas():
    q = collections.OrderedDict()
    main = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "id"]
    minor = ["da", "no", "fi", "cs", "ro", "vi", "hi"]
    for lg in main:
        for k, v in (("per long", 6), ("per short", 8), ("pub long", 1), ("pub short", 3), ("sec long", 1), ("sec short", 1)):
            q[(lg,) + tuple(k.split())] = v
    for lg in minor:
        for k, v in (("per long", 2), ("per short", 4 if lg == "hi" else 3), ("pub short", 2)):
            q[(lg,) + tuple(k.split())] = v
    for k, v in (("per long", 200), ("per short", 324), ("pub long", 50), ("pub short", 96), ("sec long", 56), ("sec short", 24)):
        q[("en",) + tuple(k.split())] = v
    return q


def generate():
    frames = parse_frames()
    ids = [f["id"] for f in frames]
    assert len(ids) == len(set(ids))
    buckets = collections.defaultdict(list)
    for f in frames:
        buckets[(f["lang"], f["cat"], f["len"])].append(f)
    docs = []
    for key, n in quotas().items():
        fl = list(buckets.get(key, []))
        if not fl:
            raise SystemExit("no frames for %s" % (key,))
        R.shuffle(fl)
        for j in range(n):
            fr = fl[j % len(fl)]
            lang = fr["lang"]
            locale = R.choice(EN_LOCALES) if lang == "en" else LANG_LOCALE[lang]
            if lang == "de" and R.random() < 0.15:
                locale = "at"
            if fr["tpl"].startswith("@loc="):
                head, rest = fr["tpl"].split("\n", 1) if "\n" in fr["tpl"] else fr["tpl"].split(" ", 1)
                locale = R.choice(head[5:].split(","))
                fr = dict(fr, tpl=rest)
            d, text = render_frame(fr, lang, locale)
            docs.append((fr, d, text))
    R.shuffle(docs)
    recs = [to_record(i + 1, fr, d, text) for i, (fr, d, text) in enumerate(docs)]
    for r, (fr, d, text) in zip(recs, docs):
        nl = text.count("\n") + 1
        if fr["len"] == "short":
            assert "\n" not in text, fr["id"]
        else:
            assert 4 <= nl <= 20, (fr["id"], nl, text)
    return frames, recs, docs


def write(recs, path, dump=None):
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(lines)
    data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    if dump:
        with open(dump, "wb") as f:
            f.write(lines)
    return hashlib.md5(data).hexdigest()


def main():
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        dump = args[args.index("--dump") + 1]
    frames, recs, docs = generate()
    md5 = write(recs, os.path.join(HERE, "fresh12.jsonl.gz"), dump)
    if "--stats" in args:
        import stats_fresh12
        stats_fresh12.report(frames, recs, docs)
    print("wrote %d documents, md5 %s" % (len(recs), md5))


if __name__ == "__main__":
    main()
