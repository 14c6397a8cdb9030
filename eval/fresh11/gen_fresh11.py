#!/usr/bin/env python3
"""gen_fresh11.py -- write fresh11.jsonl.gz, an independent PII / secret measurement set (1,000 documents).

    python3 eval/fresh11/gen_fresh11.py                  # rewrites fresh11.jsonl.gz (same bytes on every run)
    python3 eval/fresh11/gen_fresh11.py --stats          # also prints the tables of the README and the md5
    python3 eval/fresh11/gen_fresh11.py --dump /tmp/x.jsonl   # also writes the plain jsonl

This is a measurement set: do not tune on it.  Every frame below was written by hand for this set.  Values come
from Faker 40.63.0 (one instance per locale, the k-th seeded with 111111 + k) and from random.Random(111111).

Template language used by the frames (see render()):
  {p1} {p1.f} {p1.l} {p1.fl} {p1.lf} {p1.hon} {p1.dr} {p1.email} {p1.wemail} {p1.phone} {p1.handle}
      a person slot; the first use may fix origin and gender: {p2@ng!f.f}.  Modifiers: |lc |uc |ascii
  {addr} {addr.street} {addr.block} {addr.unit} {addr.nozip}  (+ @xx locale, #key memo)
  {phone} {phone.mob} {phone.land} {phone.br} {phone.intl} {phone.ext}  (+ @xx, #key)
  {dob} {dob.num} {dob.long} {dob.iso}   {iban} {iban@de} {iban.c}   {cc} {ssn} {ip} {ip6}
  {aws_ak} {aws_sk} {gh} {gh.pat} {slack} {slack.hook} {stripe} {openai} {anthropic} {jwt} {pem} {pw} {apikey}
  {D:kind:value} literal decoy      {G:kind} generated decoy      {co} {co.dom} {town} {job} {num:a-b}
  {?p1:text if male|text if female}  {~alt one|alt two|...}
  lines "@rows a-b [join=X]" ... "@end" repeat their body with fresh people.
"""
import argparse
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

if faker.VERSION != "40.63.0":
    sys.exit("gen_fresh11.py needs faker==40.63.0 (found %s)" % faker.VERSION)
from faker import Faker  # noqa: E402

SEED = 111111
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh11.jsonl.gz")

FAKER_LOCALES = ["en_US", "en_GB", "en_IE", "en_IN", "en_AU", "en_NZ", "en_CA", "de_DE", "fr_FR", "es_ES", "it_IT",
                 "pt_BR", "nl_NL", "pl_PL", "tr_TR", "sv_SE", "id_ID", "zh_CN", "ja_JP", "vi_VN", "yo_NG", "ig_NG",
                 "ha_NG", "tw_GH", "en_KE", "zu_ZA", "da_DK", "fi_FI"]
FK = {}
for _k, _loc in enumerate(FAKER_LOCALES):
    _f = Faker(_loc)
    _f.seed_instance(SEED + _k)
    FK[_loc] = _f

PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
             "DATE_OF_BIRTH", "STREET_ADDRESS"]
SECRET_TYPES = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
                "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

LANG_LOCALE = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "br", "nl": "nl", "pl": "pl", "tr": "tr",
               "sv": "se", "id": "id"}
EN_LOCALES = [("us", 29), ("uk", 25), ("in", 10), ("ca", 9), ("au", 10), ("nz", 6), ("ie", 11)]


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------------------------------------------
# People.  Hand-written lists (by the author of this set) for cultures Faker lacks or spells in another script.
# ----------------------------------------------------------------------------------------------------------------
KR_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
          "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Bae", "Baek"]
KR_M = ["Min-jun", "Seo-jun", "Do-yoon", "Ji-ho", "Jae-won", "Hyun-woo", "Sung-min", "Tae-yang", "Jun-seo",
        "Woo-jin", "Dong-hyun", "Sang-hoon", "Young-ho", "Jin-woo", "Kyung-soo"]
KR_F = ["Seo-yeon", "Ji-woo", "Ha-eun", "Min-seo", "Soo-ah", "Ye-jin", "Ji-yeon", "Hye-jin", "Eun-ji", "Da-eun",
        "Yoo-na", "So-hee", "Mi-rae", "Na-yeon", "Jung-ah"]
CN_M = ["Wei", "Hao", "Jun", "Lei", "Tao", "Qiang", "Zhiwei", "Haoran", "Yichen", "Jianguo", "Mingyu", "Zihao",
        "Bo", "Xiang", "Kai", "Chenglong", "Yifan", "Rui"]
CN_F = ["Xiuying", "Fang", "Li", "Mei", "Jing", "Yan", "Xinyi", "Yuxin", "Shuang", "Lan", "Ting", "Huimin",
        "Jiayi", "Ruoxi", "Wanting", "Xue", "Ying", "Qing"]
AR_M = ["Omar", "Youssef", "Khalid", "Tariq", "Hamza", "Karim", "Mahmoud", "Samir", "Bilal", "Rami", "Nabil",
        "Hassan", "Walid", "Ziad", "Adel", "Faisal", "Mohammed", "Ahmed"]
AR_F = ["Fatima", "Layla", "Noor", "Mariam", "Aisha", "Yasmin", "Rania", "Huda", "Salma", "Dina", "Leila",
        "Nadia", "Amal", "Samira", "Hana", "Zainab", "Reem", "Lina"]
AR_SUR = ["Al-Sayed", "Haddad", "Khoury", "Mansour", "Nasser", "El-Amin", "Farouk", "Hamdan", "Saleh", "Aziz",
          "Bakr", "Darwish", "Al-Masri", "Ibrahim", "Qasim", "Abdallah", "El-Khatib", "Suleiman", "Najjar",
          "Al-Rashid", "Shaheen", "Tahan"]
TR_M = ["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Can", "Murat", "Serkan", "Oğuz", "Kerem", "Yusuf", "Efe",
        "Hakan", "Barış", "Cem", "Tolga", "Onur", "Umut", "Deniz", "Arda", "İbrahim", "Volkan"]
TR_F = ["Ayşe", "Fatma", "Zeynep", "Elif", "Merve", "Büşra", "Esra", "Selin", "Derya", "Gül", "Şule", "Aslı",
        "Ebru", "Özlem", "Ceren", "Hande", "İrem", "Nur", "Deniz", "Melike", "Seda", "Gizem"]
VN_MID_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo", "Mai", "Phương"]

ORIGIN_FK = {"us": "en_US", "uk": "en_GB", "ie": "en_IE", "in": "en_IN", "au": "en_AU", "nz": "en_NZ",
             "ca": "en_CA", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "br": "pt_BR",
             "nl": "nl_NL", "pl": "pl_PL", "tr": "tr_TR", "se": "sv_SE", "id": "id_ID", "cn": "zh_CN",
             "jp": "ja_JP", "vn": "vi_VN", "gh": "tw_GH", "ke": "en_KE", "za": "zu_ZA", "dk": "da_DK",
             "fi": "fi_FI"}
ORIGIN_OF_LOCALE = {"us": "us", "uk": "uk", "ie": "ie", "in": "in", "au": "au", "nz": "nz", "ca": "ca", "de": "de",
                    "fr": "fr", "es": "es", "it": "it", "br": "br", "nl": "nl", "pl": "pl", "tr": "tr", "se": "se",
                    "id": "id"}
# where people in a document come from when the frame does not say
FOREIGN_EN = [("in", 9), ("ng", 8), ("gh", 4), ("ke", 4), ("za", 3), ("cn", 7), ("jp", 5), ("kr", 5), ("vn", 4),
              ("id", 2), ("ar", 6), ("pl", 5), ("tr", 4), ("de", 3), ("fr", 3), ("es", 3), ("it", 3), ("br", 4),
              ("nl", 2), ("se", 2), ("dk", 1), ("fi", 1), ("ie", 3), ("us", 3), ("uk", 3)]
FOREIGN_OTHER = {"de": [("tr", 5), ("pl", 3), ("ar", 2), ("it", 1), ("vn", 1)],
                 "fr": [("ar", 5), ("es", 1), ("vn", 2), ("ng", 1), ("pt", 0)],
                 "es": [("br", 2), ("ar", 2), ("it", 1), ("cn", 1)],
                 "it": [("ar", 2), ("br", 1), ("es", 1), ("cn", 1)],
                 "pt": [("it", 2), ("jp", 2), ("es", 1), ("de", 1)],
                 "nl": [("tr", 3), ("ar", 3), ("id", 2), ("pl", 1)],
                 "pl": [("de", 1), ("uk", 1), ("vn", 1)],
                 "tr": [("ar", 2), ("de", 1)],
                 "sv": [("fi", 2), ("dk", 2), ("ar", 2), ("pl", 1)],
                 "id": [("cn", 2), ("jp", 1), ("ar", 1)]}
SURNAME_FIRST = {"cn", "kr", "vn"}


def fold(s):
    """ASCII transliteration good enough for e-mail local parts and handles."""
    table = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "İ": "I", "đ": "d", "Đ": "D", "æ": "ae",
             "Æ": "AE", "œ": "oe", "ε": "e", "ɛ": "e", "ɔ": "o", "’": "", "'": ""}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, origin, gender, given, sur, order, mid=""):
        self.origin, self.gender, self.given, self.sur, self.order, self.mid = origin, gender, given, sur, order, mid
        self.phone = None
        self.email = None
        self.wemail = None
        self.handle = None

    def full(self):
        if self.order == "sg":
            return " ".join(x for x in (self.sur, self.mid, self.given) if x)
        return "%s %s" % (self.given, self.sur)

    def surname_alone(self):
        s = self.sur
        if s[:1].islower():  # Dutch/Brazilian particles are capitalised without a given name
            s = s[0].upper() + s[1:]
        return s


def draw_person(origin, gender):
    g = gender
    if origin == "ng":
        f = FK[pick(["yo_NG", "ig_NG", "ha_NG"])]
    elif origin in ORIGIN_FK:
        f = FK[ORIGIN_FK[origin]]
    else:
        f = None
    order = "gs"
    mid = ""
    if origin == "kr":
        given, sur = pick(KR_M if g == "m" else KR_F), pick(KR_SUR)
        order = "sg" if chance(0.5) else "gs"
    elif origin == "cn":
        given, sur = pick(CN_M if g == "m" else CN_F), f.last_romanized_name()
        order = "sg" if chance(0.5) else "gs"
    elif origin == "jp":
        given = f.first_romanized_name_male() if g == "m" else f.first_romanized_name_female()
        sur = f.last_romanized_name()
        order = "sg" if chance(0.2) else "gs"
    elif origin == "vn":
        given = f.first_name_male() if g == "m" else f.first_name_female()
        sur = f.last_name()
        if chance(0.6):
            order, mid = "sg", pick(VN_MID_M if g == "m" else VN_MID_F)
        if chance(0.4):
            given, sur, mid = fold(given), fold(sur), fold(mid)
    elif origin == "ar":
        given, sur = pick(AR_M if g == "m" else AR_F), pick(AR_SUR)
    elif origin == "tr":
        given, sur = pick(TR_M if g == "m" else TR_F), f.last_name()
    else:
        while True:
            given = f.first_name_male() if g == "m" else f.first_name_female()
            if origin == "es" and g == "m" and given.startswith("Mar") and given.endswith("a"):
                continue
            break
        sur = f.last_name()
        if origin == "ke" and sur in ("Robert", "Mohamed", "John", "Peter", "Joseph", "Mary"):
            sur = pick(["Otieno", "Kamau", "Wanjiru", "Njoroge", "Achieng", "Kiprop"])
        if origin == "es" and chance(0.45):
            sur = "%s %s" % (sur, f.last_name())
    given, sur = given.replace("ε", "ɛ"), sur.replace("ε", "ɛ")
    if re.search(r"[.,\d˜]|\bII\b| en | und | von ", given + " " + sur) or sur.count(" ") > 2 or \
            re.search(r"\s(?:van|de|der|den|ter|te|da|do|dos|das)$", sur):
        return draw_person(origin, gender)
    return Person(origin, g, given, sur, order, mid)


# ----------------------------------------------------------------------------------------------------------------
# Places.  Town lists are real towns typed by the author; streets are Faker's (de, pl, se, id) or composed here.
# ----------------------------------------------------------------------------------------------------------------
US_CITIES = [("Columbus", "OH"), ("Tucson", "AZ"), ("Raleigh", "NC"), ("Boise", "ID"), ("Spokane", "WA"),
             ("Albany", "NY"), ("Madison", "WI"), ("Omaha", "NE"), ("Richmond", "VA"), ("Dayton", "OH"),
             ("Fresno", "CA"), ("Oakland", "CA"), ("Austin", "TX"), ("El Paso", "TX"), ("Tulsa", "OK"),
             ("Savannah", "GA"), ("Knoxville", "TN"), ("Duluth", "MN"), ("Burlington", "VT"), ("Provo", "UT"),
             ("Eugene", "OR"), ("Lansing", "MI"), ("Des Moines", "IA"), ("Wichita", "KS"), ("Reno", "NV"),
             ("Bangor", "ME"), ("Trenton", "NJ"), ("Scranton", "PA"), ("Hartford", "CT"), ("Tampa", "FL"),
             ("Baton Rouge", "LA"), ("Little Rock", "AR"), ("Fort Collins", "CO"), ("Anchorage", "AK")]
US_STEMS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Willow", "Lake", "Hill", "River", "Park", "Spring",
            "Ridge", "Meadow", "Sunset", "Highland", "Main", "2nd", "3rd", "5th", "14th", "Washington", "Lincoln",
            "Franklin", "Chestnut", "Mill", "Church", "Prospect", "Lakeview", "Orchard", "Birch", "Magnolia"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl",
             "Terrace", "Pkwy", "Oval", "Loop", "Circle", "Trail"]
UK_TOWNS = ["Leeds", "Sheffield", "Bristol", "Norwich", "Exeter", "York", "Derby", "Leicester", "Coventry",
            "Reading", "Swindon", "Cardiff", "Swansea", "Glasgow", "Dundee", "Aberdeen", "Inverness", "Belfast",
            "Carlisle", "Lancaster", "Preston", "Bolton", "Stockport", "Wakefield", "Hull", "Ipswich",
            "Colchester", "Brighton", "Hastings", "Bath", "Gloucester", "Worcester", "Shrewsbury", "Truro",
            "Durham", "Sunderland", "Harrogate", "Luton", "Milton Keynes", "Southampton"]
UK_STEMS = ["Church", "Mill", "Station", "Park", "Queen's", "King's", "Manor", "Grange", "Orchard", "Chapel",
            "School", "North", "West", "Albert", "York", "Windsor", "Beech", "Ash", "Hawthorn", "Willow", "Meadow",
            "Rectory", "Kingfisher", "Bramble", "Heather", "Elmfield", "Westfield", "Brook", "Fern", "Clifton",
            "Stanley", "Cromwell", "Nelson", "Balmoral", "Thornhill", "Lark"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Crescent", "Gardens", "Way", "Grove", "Terrace",
             "Place", "Mews", "Rise", "Walk", "Court"]
IE_TOWNS = [("Dublin 7", "", "D07"), ("Dublin 6W", "", "D6W"), ("Cork", "Co. Cork", "T12"), ("Galway", "Co. Galway", "H91"),
            ("Limerick", "Co. Limerick", "V94"), ("Ennis", "Co. Clare", "V95"), ("Sligo", "Co. Sligo", "F91"),
            ("Tralee", "Co. Kerry", "V92"), ("Athlone", "Co. Westmeath", "N37"), ("Kilkenny", "Co. Kilkenny", "R95"),
            ("Drogheda", "Co. Louth", "A92"), ("Navan", "Co. Meath", "C15"), ("Letterkenny", "Co. Donegal", "F92"),
            ("Bray", "Co. Wicklow", "A98"), ("Wexford", "Co. Wexford", "Y35"), ("Mullingar", "Co. Westmeath", "N91")]
AU_TOWNS = [("Brunswick", "VIC", "3056"), ("Fitzroy", "VIC", "3065"), ("Geelong", "VIC", "3220"),
            ("Newtown", "NSW", "2042"), ("Parramatta", "NSW", "2150"), ("Wollongong", "NSW", "2500"),
            ("Toowong", "QLD", "4066"), ("Cairns", "QLD", "4870"), ("Fremantle", "WA", "6160"),
            ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"),
            ("Braddon", "ACT", "2612"), ("Townsville", "QLD", "4810"), ("Ballarat", "VIC", "3350")]
NZ_TOWNS = [("Ponsonby", "Auckland", "1011"), ("Mt Eden", "Auckland", "1024"), ("Te Aro", "Wellington", "6011"),
            ("Riccarton", "Christchurch", "8011"), ("Frankton", "Hamilton", "3204"), ("Andersons Bay", "Dunedin", "9013"),
            ("Tauranga", "", "3110"), ("Napier", "", "4110"), ("Nelson", "", "7010"), ("Palmerston North", "", "4410")]
CA_TOWNS = [("Toronto", "ON", "M6K"), ("Ottawa", "ON", "K1S"), ("Hamilton", "ON", "L8P"), ("Kingston", "ON", "K7L"),
            ("Montréal", "QC", "H2T"), ("Québec", "QC", "G1R"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3G"),
            ("Regina", "SK", "S4P"), ("Saskatoon", "SK", "S7N"), ("Calgary", "AB", "T2N"), ("Edmonton", "AB", "T6E"),
            ("Vancouver", "BC", "V5K"), ("Victoria", "BC", "V8V"), ("Moncton", "NB", "E1C")]
IN_TOWNS = [("Bengaluru", "560"), ("Pune", "411"), ("Hyderabad", "500"), ("Chennai", "600"), ("Kochi", "682"),
            ("Jaipur", "302"), ("Ahmedabad", "380"), ("Lucknow", "226"), ("Kolkata", "700"), ("Mumbai", "400"),
            ("New Delhi", "110"), ("Indore", "452"), ("Coimbatore", "641"), ("Mysuru", "570")]
IN_LOCALITY = ["Indiranagar", "Koramangala", "Kothrud", "Banjara Hills", "Adyar", "Vyttila", "Malviya Nagar",
               "Navrangpura", "Gomti Nagar", "Salt Lake", "Andheri West", "Lajpat Nagar", "Vijay Nagar",
               "RS Puram", "Jayanagar", "Baner"]
IN_STREET = ["MG Road", "Station Road", "Nehru Street", "Gandhi Road", "Temple Street", "Ring Road", "Main Road",
             "Park Street", "Church Street", "1st Cross", "4th Main", "Link Road", "Lake View Road", "Tilak Marg"]
FR_TOWNS = [("Lyon", "69003"), ("Toulouse", "31000"), ("Nantes", "44000"), ("Rennes", "35000"), ("Lille", "59000"),
            ("Grenoble", "38000"), ("Montpellier", "34000"), ("Bordeaux", "33000"), ("Dijon", "21000"),
            ("Angers", "49000"), ("Tours", "37000"), ("Metz", "57000"), ("Nancy", "54000"), ("Caen", "14000"),
            ("Limoges", "87000"), ("Paris", "75011"), ("Paris", "75018"), ("Marseille", "13006"), ("Brest", "29200")]
FR_STEMS = ["de la République", "Victor-Hugo", "Jean-Jaurès", "des Lilas", "du Moulin", "de la Gare", "Pasteur",
            "des Écoles", "du Général-Leclerc", "Gambetta", "de la Paix", "des Tilleuls", "Émile-Zola",
            "du Château", "Saint-Martin", "des Acacias", "de Verdun", "Voltaire", "Carnot", "de Strasbourg",
            "des Peupliers", "du Port"]
FR_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "impasse", "allée", "place", "chemin"]
ES_TOWNS = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"),
            ("Málaga", "290"), ("Bilbao", "480"), ("Granada", "180"), ("Salamanca", "370"), ("Oviedo", "330"),
            ("Alicante", "030"), ("Pamplona", "310"), ("Valladolid", "470"), ("Cádiz", "110"), ("Vigo", "362")]
ES_STEMS = ["Mayor", "del Sol", "de la Constitución", "San Juan", "Real", "Nueva", "de Cervantes", "Goya",
            "de la Libertad", "del Carmen", "de Santa Ana", "Ramón y Cajal", "del Pilar", "de la Paz",
            "de los Olivos", "de Castilla", "del Mar", "de Colón"]
ES_TYPES = ["Calle", "Calle", "C/", "Avenida", "Avda.", "Paseo", "Plaza", "Camino"]
IT_TOWNS = [("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Firenze", "FI", "501"),
            ("Napoli", "NA", "801"), ("Bari", "BA", "701"), ("Verona", "VR", "371"), ("Padova", "PD", "351"),
            ("Genova", "GE", "161"), ("Parma", "PR", "431"), ("Lecce", "LE", "731"), ("Trento", "TN", "381"),
            ("Perugia", "PG", "061"), ("Roma", "RM", "001"), ("Bergamo", "BG", "241")]
IT_STEMS = ["Roma", "Garibaldi", "Mazzini", "Cavour", "Dante", "Verdi", "Marconi", "dei Mille", "XX Settembre",
            "Vittorio Emanuele II", "della Repubblica", "San Francesco", "Matteotti", "Gramsci", "delle Rose",
            "dei Tigli", "Manzoni", "Carducci", "del Lavoro"]
IT_TYPES = ["Via", "Via", "Via", "Viale", "Corso", "Piazza", "Vicolo"]
BR_TOWNS = [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
            ("Porto Alegre", "RS"), ("Recife", "PE"), ("Salvador", "BA"), ("Fortaleza", "CE"), ("Campinas", "SP"),
            ("Florianópolis", "SC"), ("Goiânia", "GO"), ("Belém", "PA"), ("Niterói", "RJ"), ("Santos", "SP")]
BR_STEMS = ["das Flores", "XV de Novembro", "Sete de Setembro", "Tiradentes", "Santos Dumont", "Barão de Mauá",
            "Frei Caneca", "da Consolação", "Dom Pedro II", "Marechal Deodoro", "São Bento", "Getúlio Vargas",
            "dos Andradas", "das Palmeiras", "Bela Vista", "do Comércio", "Padre Anchieta", "Rui Barbosa"]
BR_TYPES = ["Rua", "Rua", "Rua", "Av.", "Avenida", "Travessa", "Alameda"]
BR_BAIRRO = ["Centro", "Jardim América", "Vila Mariana", "Boa Vista", "Santa Cecília", "Copacabana", "Pinheiros",
             "Savassi", "Moinhos de Vento", "Batel", "Boa Viagem", "Meireles", "Tijuca", "Funcionários"]
NL_TOWNS = ["Utrecht", "Haarlem", "Leiden", "Groningen", "Zwolle", "Nijmegen", "Arnhem", "Delft", "Eindhoven",
            "Tilburg", "Amersfoort", "Breda", "Maastricht", "Alkmaar", "Deventer", "Amsterdam", "Rotterdam",
            "Den Haag", "Hilversum", "Leeuwarden"]
NL_STEMS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianalaan", "Beatrixstraat",
            "Wilhelminastraat", "Eikenlaan", "Lindelaan", "Nieuwstraat", "Havenstraat", "Marktplein",
            "Rembrandtlaan", "Vondelstraat", "Tulpstraat", "Esdoornlaan", "Prins Hendrikkade", "Oranjestraat",
            "Bloemgracht", "Zuiderweg", "Beukenlaan"]
TR_MAH = ["Atatürk Mah.", "Cumhuriyet Mah.", "Yenidoğan Mah.", "Bahçelievler Mah.", "Fatih Mah.", "Kızılay Mah.",
          "Moda Mah.", "Esentepe Mah.", "Göztepe Mah.", "Barbaros Mah.", "Zafer Mah.", "Mimar Sinan Mah."]
TR_SOK = ["Gül Sok.", "Lale Sok.", "Menekşe Sok.", "Çınar Sok.", "İnönü Cad.", "Cumhuriyet Cad.",
          "Bağlarbaşı Cad.", "Papatya Sok.", "1453. Sok.", "12. Sok.", "Ihlamur Sok.", "Karanfil Sok.",
          "Nergis Sok.", "Şehit Er Sok."]
TR_TOWNS = [("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Üsküdar", "İstanbul", "346"),
            ("Çankaya", "Ankara", "066"), ("Keçiören", "Ankara", "063"), ("Karşıyaka", "İzmir", "355"),
            ("Bornova", "İzmir", "350"), ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "071"),
            ("Tepebaşı", "Eskişehir", "260"), ("Selçuklu", "Konya", "420"), ("Ortahisar", "Trabzon", "610")]
ID_KOTA = ["Jakarta Selatan", "Bandung", "Surabaya", "Yogyakarta", "Semarang", "Medan", "Denpasar", "Malang",
           "Makassar", "Bogor", "Depok", "Tangerang Selatan", "Palembang", "Solo"]
PL_PREFIX = ["ul.", "ul.", "ul.", "al.", "os."]


def upc(n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


def dig(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def uk_postcode():
    return FK["en_GB"].postcode()


def eircode(prefix):
    chars = "ACDEFHKNPRTVWXY0123456789"
    return "%s %s" % (prefix, "".join(R.choice(chars) for _ in range(4)))


def ca_postcode(fsa):
    L = "ABCEGHJKLMNPRSTVXY"
    return "%s %d%s%d" % (fsa, R.randint(0, 9), R.choice(L), R.randint(0, 9))


def make_address(loc):
    """Return a dict of renderings (line, street, block, unit, nozip) for one invented address in loc."""
    a = {}
    if loc in ("us", "ca"):
        num = str(pick([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 39999)]))
        stem = pick(US_STEMS) if chance(0.55) else FK["en_US"].last_name()
        street = "%s %s" % (stem, pick(US_SUFFIX))
        if loc == "us":
            city, st = pick(US_CITIES)
            pc = dig(5) if chance(0.85) else "%s-%s" % (dig(5), dig(4))
            town = "%s, %s %s" % (city, st, pc)
            nz = "%s, %s" % (city, st)
        else:
            city, st, fsa = pick(CA_TOWNS)
            pc = ca_postcode(fsa)
            town = "%s, %s %s" % (city, st, pc) if chance(0.7) else "%s %s  %s" % (city, st, pc)
            nz = "%s, %s" % (city, st)
        unit = pick(["Apt 4B", "Apt. %d" % R.randint(2, 40), "Suite %d" % R.randint(100, 990), "Unit %d" % R.randint(1, 30),
                     "#%d" % R.randint(101, 2210), "Ste %d" % R.randint(100, 500)]) if chance(0.4) else ""
        st_line = "%s %s" % (num, street)
        a["street"] = st_line
        a["line"] = "%s%s, %s" % (st_line, (" " + unit) if unit.startswith("#") else ((", " + unit) if unit else ""), town)
        u2 = unit if unit and not unit.startswith("#") else "Suite %d" % R.randint(100, 990)
        a["unit"] = "%s, %s, %s" % (u2, st_line, town)
        a["block"] = "%s%s\n%s" % (st_line, (" " + unit) if unit else "", town)
        a["nozip"] = "%s, %s" % (st_line, nz)
    elif loc in ("uk", "ie", "au", "nz"):
        stem = pick(UK_STEMS) if chance(0.6) else FK["en_GB" if loc == "uk" else "en_IE" if loc == "ie" else "en_AU"].last_name()
        street = "%s %s" % (stem, pick(UK_SUFFIX))
        num = str(R.randint(1, 240)) + (pick(["a", "b", ""]) if chance(0.1) else "")
        flat = ""
        if loc == "uk":
            town = pick(UK_TOWNS)
            pc = uk_postcode()
            flat = pick(["Flat %d" % R.randint(1, 24), "Flat %d%s" % (R.randint(1, 9), pick("ABCD")), "Apartment %d" % R.randint(1, 60)]) if chance(0.3) else ""
            line_town = "%s %s" % (town, pc) if chance(0.6) else "%s, %s" % (town, pc)
            blk_town = "%s\n%s" % (town, pc)
            nz_ = town
        elif loc == "ie":
            town, county, pre = pick(IE_TOWNS)
            pc = eircode(pre)
            flat = "Apt %d" % R.randint(1, 40) if chance(0.2) else ""
            t = town + (", " + county if county else "")
            line_town = "%s, %s" % (t, pc)
            blk_town = "%s\n%s" % (t.replace(", ", "\n"), pc)
            nz_ = t
        elif loc == "au":
            sub, state, pc = pick(AU_TOWNS)
            flat = "Unit %d" % R.randint(1, 20) if chance(0.25) else ""
            line_town = "%s %s %s" % (sub, state, pc)
            blk_town = line_town
            nz_ = "%s %s" % (sub, state)
            if flat and chance(0.5):
                num, flat = "%d/%s" % (R.randint(1, 20), num), ""
        else:
            sub, city, pc = pick(NZ_TOWNS)
            line_town = "%s, %s %s" % (sub, city, pc) if city else "%s %s" % (sub, pc)
            blk_town = "%s\n%s %s" % (sub, city, pc) if city else line_town
            nz_ = sub + (", " + city if city else "")
            if chance(0.2):
                num = "%d/%s" % (R.randint(1, 9), num)
        st_line = "%s %s" % (num, street)
        a["street"] = st_line
        a["line"] = "%s%s, %s" % ((flat + ", ") if flat else "", st_line, line_town)
        a["unit"] = "%s, %s, %s" % (flat or ("Flat %d" % R.randint(1, 12) if loc in ("uk", "ie") else "Unit %d" % R.randint(1, 12)), st_line, line_town)
        a["block"] = "%s%s\n%s" % ((flat + "\n") if flat else "", st_line, blk_town)
        a["nozip"] = "%s, %s" % (st_line, nz_)
    elif loc == "in":
        city, pre = pick(IN_TOWNS)
        pc = pre + dig(3)
        hn = pick(["%d" % R.randint(1, 400), "%d/%d" % (R.randint(1, 40), R.randint(1, 30)), "#%d" % R.randint(10, 900)])
        flat = pick(["Flat %d%02d" % (R.randint(1, 12), R.randint(1, 12)), "B-%d" % R.randint(101, 1204)])
        bld = pick(["Sai Residency", "Prestige Lakeside", "Green Meadows", "Shanti Apartments", "Lotus Towers", "Brigade Palms", "Sunrise Enclave"])
        loc_ = pick(IN_LOCALITY)
        st = pick(IN_STREET)
        a["street"] = "%s %s" % (hn, st)
        a["line"] = "%s, %s, %s %s, %s, %s %s" % (flat, bld, hn, st, loc_, city, pc) if chance(0.5) else "%s %s, %s, %s - %s" % (hn, st, loc_, city, pc)
        a["unit"] = "%s, %s, %s %s, %s, %s %s" % (flat, bld, hn, st, loc_, city, pc)
        a["block"] = "%s, %s\n%s %s, %s\n%s - %s" % (flat, bld, hn, st, loc_, city, pc)
        a["nozip"] = "%s %s, %s, %s" % (hn, st, loc_, city)
    elif loc == "de":
        f = FK["de_DE"]
        street = "%s %d%s" % (f.street_name(), R.randint(1, 180), pick(["", "", "", "a", "b"]))
        pc, town = f.postcode(), f.city()
        extra = pick(["", "", "", "Hinterhaus, ", "c/o Werkstatt, ", "3. OG, "])
        a["street"] = street
        a["line"] = "%s, %s %s" % (street, pc, town)
        a["unit"] = "%s%s, %s %s" % (extra or "2. OG, ", street, pc, town)
        a["block"] = "%s\n%s %s" % (street, pc, town)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "fr":
        town, pc = pick(FR_TOWNS)
        n = str(R.randint(1, 140)) + (pick([" bis", " ter", ""]) if chance(0.15) else "")
        street = "%s %s %s" % (n, pick(FR_TYPES), pick(FR_STEMS))
        if chance(0.3):
            street = street.replace(" ", ", ", 1) if not n.endswith(("bis", "ter")) else street
        extra = pick(["Bât. B, ", "Appt %d, " % R.randint(1, 60), "Résidence Les Pins, ", "Esc. 2, "])
        a["street"] = street
        a["line"] = "%s, %s %s" % (street, pc, town)
        a["unit"] = "%s%s, %s %s" % (extra, street, pc, town)
        a["block"] = "%s\n%s %s" % (street, pc, town.upper() if chance(0.4) else town)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "es":
        town, pre = pick(ES_TOWNS)
        pc = pre + dig(2)
        street = "%s %s %d" % (pick(ES_TYPES), pick(ES_STEMS), R.randint(1, 160))
        if chance(0.4):
            street = street.rsplit(" ", 1)[0] + ", " + street.rsplit(" ", 1)[1]
        piso = pick(["%dº %s" % (R.randint(1, 9), pick("ABCD")), "%dº %dª" % (R.randint(1, 8), R.randint(1, 4)), "bajo", "ático"])
        a["street"] = street
        a["line"] = "%s, %s, %s %s" % (street, piso, pc, town) if chance(0.6) else "%s, %s %s" % (street, pc, town)
        a["unit"] = "%s, %s, %s %s" % (street, piso, pc, town)
        a["block"] = "%s, %s\n%s %s" % (street, piso, pc, town)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "it":
        town, prov, pre = pick(IT_TOWNS)
        pc = pre + dig(2)
        street = "%s %s %d" % (pick(IT_TYPES), pick(IT_STEMS), R.randint(1, 220))
        if chance(0.4):
            street = street.rsplit(" ", 1)[0] + ", " + street.rsplit(" ", 1)[1]
        tail = "%s %s (%s)" % (pc, town, prov) if chance(0.6) else "%s %s %s" % (pc, town, prov)
        a["street"] = street
        a["line"] = "%s, %s" % (street, tail)
        a["unit"] = "%s, int. %d, %s" % (street, R.randint(1, 20), tail)
        a["block"] = "%s\n%s" % (street, tail)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "br":
        town, uf = pick(BR_TOWNS)
        pc = "%s-%s" % (dig(5), dig(3))
        street = "%s %s, %d" % (pick(BR_TYPES), pick(BR_STEMS), R.randint(10, 3200))
        apto = pick(["apto %d" % R.randint(11, 1804), "ap. %d" % R.randint(11, 904), "casa %d" % R.randint(1, 4), "bloco B, apto %d" % R.randint(101, 404)])
        bairro = pick(BR_BAIRRO)
        a["street"] = street
        a["line"] = "%s, %s - %s, %s - %s, %s" % (street, apto, bairro, town, uf, pc) if chance(0.5) else "%s - %s, %s/%s, CEP %s" % (street, bairro, town, uf, pc)
        a["unit"] = "%s, %s - %s, %s - %s, %s" % (street, apto, bairro, town, uf, pc)
        a["block"] = "%s, %s\n%s\n%s - %s\nCEP %s" % (street, apto, bairro, town, uf, pc)
        a["nozip"] = "%s - %s, %s" % (street, bairro, town)
    elif loc == "nl":
        town = pick(NL_TOWNS)
        pc = "%d %s" % (R.randint(1011, 9999), upc(2)) if chance(0.7) else "%d%s" % (R.randint(1011, 9999), upc(2))
        n = "%d%s" % (R.randint(1, 240), pick(["", "", "", "-2", " A", "bis", "-hs"]))
        street = "%s %s" % (pick(NL_STEMS) if chance(0.7) else FK["nl_NL"].street_name(), n)
        a["street"] = street
        a["line"] = "%s, %s %s" % (street, pc, town)
        a["unit"] = "%s, %s %s" % (street.replace(n, n + pick([" 3hoog", " II", "-1"])), pc, town)
        a["block"] = "%s\n%s %s" % (street, pc, town.upper() if chance(0.3) else town)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "pl":
        f = FK["pl_PL"]
        n = "%d" % R.randint(1, 160) + (("/%d" % R.randint(1, 80)) if chance(0.6) else "")
        street = "%s %s %s" % (pick(PL_PREFIX), f.street_name(), n)
        pc, town = f.postcode(), f.city()
        a["street"] = street
        a["line"] = "%s, %s %s" % (street, pc, town)
        a["unit"] = "%s m. %d, %s %s" % (street.split("/")[0], R.randint(1, 60), pc, town)
        a["block"] = "%s\n%s %s" % (street, pc, town)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "tr":
        ilce, il, pre = pick(TR_TOWNS)
        pc = pre + dig(2)
        mah, sok = pick(TR_MAH), pick(TR_SOK)
        no = "No: %d" % R.randint(1, 140)
        d = "D: %d" % R.randint(1, 24)
        a["street"] = "%s %s %s" % (mah, sok, no)
        a["line"] = "%s %s %s %s, %s %s/%s" % (mah, sok, no, d, pc, ilce, il)
        a["unit"] = "%s %s %s Kat: %d %s, %s %s/%s" % (mah, sok, no, R.randint(1, 8), d, pc, ilce, il)
        a["block"] = "%s %s\n%s %s\n%s %s/%s" % (mah, sok, no, d, pc, ilce, il)
        a["nozip"] = "%s %s %s, %s/%s" % (mah, sok, no, ilce, il)
    elif loc == "se":
        f = FK["sv_SE"]
        street = "%s %d%s" % (f.street_name(), R.randint(1, 90), pick(["", "", "A", "B"]))
        p = f.postcode()
        pc = "%s %s" % (p[:3], p[3:])
        town = f.city()
        a["street"] = street
        a["line"] = "%s, %s %s" % (street, pc, town)
        a["unit"] = "%s, lgh %d, %s %s" % (street, R.randint(1001, 1504), pc, town)
        a["block"] = "%s\n%s %s" % (street, pc, town.upper() if chance(0.3) else town)
        a["nozip"] = "%s, %s" % (street, town)
    elif loc == "id":
        f = FK["id_ID"]
        sn = f.street_name()
        if not sn.startswith(("Jl.", "Jalan", "Gg.", "Gang")):
            sn = "Jl. " + sn
        street = "%s No. %d" % (sn, R.randint(1, 200))
        rt = "RT %03d/RW %03d" % (R.randint(1, 15), R.randint(1, 12))
        kota = pick(ID_KOTA)
        pc = dig(5)
        a["street"] = street
        a["line"] = "%s, %s, %s %s" % (street, rt, kota, pc) if chance(0.6) else "%s, %s %s" % (street, kota, pc)
        a["unit"] = "%s, %s, %s %s" % (street, rt, kota, pc)
        a["block"] = "%s\n%s\n%s %s" % (street, rt, kota, pc)
        a["nozip"] = "%s, %s" % (street, kota)
    else:
        raise ValueError(loc)
    return a


def town_of(loc):
    return {"us": lambda: pick(US_CITIES)[0], "ca": lambda: pick(CA_TOWNS)[0], "uk": lambda: pick(UK_TOWNS),
            "ie": lambda: pick(IE_TOWNS)[0].split(" ")[0], "au": lambda: pick(AU_TOWNS)[0],
            "nz": lambda: (lambda t: t[1] or t[0])(pick(NZ_TOWNS)), "in": lambda: pick(IN_TOWNS)[0],
            "de": lambda: FK["de_DE"].city(), "fr": lambda: pick(FR_TOWNS)[0], "es": lambda: pick(ES_TOWNS)[0],
            "it": lambda: pick(IT_TOWNS)[0], "br": lambda: pick(BR_TOWNS)[0], "nl": lambda: pick(NL_TOWNS),
            "pl": lambda: FK["pl_PL"].city(), "tr": lambda: pick(TR_TOWNS)[1], "se": lambda: FK["sv_SE"].city(),
            "id": lambda: pick(ID_KOTA)}[loc]()


# ----------------------------------------------------------------------------------------------------------------
# Phones: personal / direct numbers.  Styles: mob, land, br (bracketed area code), intl.
# ----------------------------------------------------------------------------------------------------------------
US_AREA = ["206", "212", "213", "305", "312", "404", "412", "415", "503", "512", "602", "614", "617", "702", "713",
           "720", "801", "813", "908", "919", "971", "646", "347", "510", "619"]
CA_AREA = ["416", "647", "613", "514", "604", "403", "780", "902", "204", "306"]


def nxx():
    while True:
        x = "%d%s" % (R.randint(2, 9), dig(2))
        if x not in ("555", "911") and not x.endswith("11"):
            return x


def make_phone(loc, style):
    if style == "any":
        style = wpick([("mob", 4), ("land", 2), ("br", 2), ("intl", 3)])
    if loc in ("us", "ca"):
        a = pick(US_AREA if loc == "us" else CA_AREA)
        n, s = nxx(), dig(4)
        if style == "intl":
            return pick(["+1 %s %s %s" % (a, n, s), "+1 (%s) %s-%s" % (a, n, s), "+1-%s-%s-%s" % (a, n, s), "+1%s%s%s" % (a, n, s)])
        if style == "br":
            return pick(["(%s) %s-%s" % (a, n, s), "(%s)%s-%s" % (a, n, s)])
        return pick(["%s-%s-%s" % (a, n, s), "%s.%s.%s" % (a, n, s), "(%s) %s-%s" % (a, n, s), "%s %s %s" % (a, n, s), "1-%s-%s-%s" % (a, n, s)])
    if loc == "uk":
        if style in ("land", "br"):
            ac = pick([("0121", 3, 4), ("0161", 3, 4), ("0113", 3, 4), ("0117", 3, 4), ("0131", 3, 4), ("0141", 3, 4), ("029", 4, 4), ("01632", 3, 3), ("01865", 3, 3), ("01223", 3, 3), ("01904", 3, 3)])
            code, l1, l2 = ac
            body = "%d%s %s" % (R.randint(2, 8), dig(l1 - 1), dig(l2))
            if code == "01632":
                code = "01752"
            if style == "br":
                return "(%s) %s" % (code, body)
            return "%s %s" % (code, body)
        m = "7%d%s" % (R.randint(4, 9), dig(2))
        rest = dig(6)
        if style == "intl":
            return pick(["+44 %s %s" % (m, rest), "+44 (0)%s %s" % (m, rest), "+44%s%s" % (m, rest), "+44 %s %s %s" % (m, rest[:3], rest[3:])])
        return pick(["0%s %s" % (m, rest), "0%s %s %s" % (m, rest[:3], rest[3:]), "0%s%s" % (m, rest)])
    if loc == "ie":
        if style in ("land", "br"):
            code = pick(["01", "021", "091", "061", "051"])
            body = "%d%s %s" % (R.randint(2, 9), dig(2), dig(4))
            return "(%s) %s" % (code, body) if style == "br" else "%s %s" % (code, body)
        p = pick(["83", "85", "86", "87", "89"])
        b = "%s %s" % (dig(3), dig(4))
        return "+353 %s %s" % (p, b) if style == "intl" else "0%s %s" % (p, b)
    if loc == "in":
        m = "%d%s" % (R.randint(6, 9), dig(4))
        r = dig(5)
        if style == "intl":
            return pick(["+91 %s %s" % (m, r), "+91-%s%s" % (m, r), "+91 %s%s" % (m, r)])
        if style in ("land", "br"):
            code = pick(["080", "022", "044", "040", "020"])
            return "%s-%s %s" % (code, dig(4), dig(4)) if style == "land" else "(%s) %s %s" % (code, dig(4), dig(4))
        return pick(["%s %s" % (m, r), "0%s %s" % (m, r), "%s-%s" % (m, r)])
    if loc == "au":
        if style in ("land", "br"):
            code = pick(["02", "03", "07", "08"])
            body = "%d%s %s" % (R.randint(3, 9), dig(3), dig(4))
            return "(%s) %s" % (code, body) if style == "br" else "%s %s" % (code, body)
        m = "4%s" % dig(2)
        b = "%s %s" % (dig(3), dig(3))
        return "+61 %s %s" % (m, b) if style == "intl" else "0%s %s" % (m, b)
    if loc == "nz":
        if style in ("land", "br"):
            code = pick(["09", "04", "03", "07"])
            body = "%d%s %s" % (R.randint(2, 9), dig(2), dig(4))
            return "(%s) %s" % (code, body) if style == "br" else "%s %s" % (code, body)
        p = pick(["21", "22", "27", "29"])
        b = "%s %s" % (dig(3), dig(4))
        return "+64 %s %s" % (p, b) if style == "intl" else "0%s %s" % (p, b)
    if loc == "de":
        if style in ("land", "br"):
            code = pick(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911"])
            body = dig(R.randint(6, 8) - len(code) + 2)
            if style == "br":
                return pick(["(0%s) %s" % (code, body), "+49 (0)%s %s" % (code, body)])
            return pick(["0%s %s" % (code, body), "0%s/%s" % (code, body), "0%s-%s" % (code, body)])
        p = pick(["151", "152", "157", "160", "162", "170", "171", "172", "176", "179"])
        b = dig(R.choice([7, 8]))
        if style == "intl":
            return pick(["+49 %s %s" % (p, b), "+49 (0)%s %s" % (p, b), "+49%s%s" % (p, b), "0049 %s %s" % (p, b)])
        return pick(["0%s %s" % (p, b), "0%s/%s" % (p, b), "0%s-%s" % (p, b), "0%s %s %s" % (p, b[:3], b[3:])])
    if loc == "fr":
        p = pick(["6", "7"]) if style in ("mob", "intl") else pick(["1", "2", "3", "4", "5", "9"])
        g = [dig(2) for _ in range(4)]
        if style == "intl":
            return pick(["+33 %s %s" % (p, " ".join(g)), "+33 (0)%s %s" % (p, " ".join(g)), "+33%s%s" % (p, "".join(g))])
        return pick(["0%s %s" % (p, " ".join(g)), "0%s.%s" % (p, ".".join(g)), "0%s%s" % (p, "".join(g))])
    if loc == "es":
        if style in ("mob", "intl"):
            b = "%d%s" % (R.choice([6, 7]), dig(8))
        else:
            b = "9%s" % dig(8)
        if style == "intl":
            return pick(["+34 %s %s %s" % (b[:3], b[3:6], b[6:]), "+34 %s" % b, "+34 %s %s %s %s" % (b[:3], b[3:5], b[5:7], b[7:])])
        return pick(["%s %s %s" % (b[:3], b[3:6], b[6:]), b, "%s %s %s %s" % (b[:3], b[3:5], b[5:7], b[7:])])
    if loc == "it":
        if style in ("land", "br"):
            code = pick(["02", "06", "011", "051", "055", "081"])
            return "%s %s" % (code, dig(4) + " " + dig(4)) if style == "land" else "(%s) %s" % (code, dig(7))
        p = pick(["320", "328", "333", "335", "338", "340", "347", "348", "349", "366", "389"])
        b = dig(7)
        if style == "intl":
            return pick(["+39 %s %s" % (p, b), "+39 %s %s %s" % (p, b[:3], b[3:]), "0039 %s%s" % (p, b)])
        return pick(["%s %s" % (p, b), "%s %s %s" % (p, b[:3], b[3:]), "%s/%s" % (p, b)])
    if loc == "br":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "48", "19"])
        if style in ("land", "br") and chance(0.4):
            b = "%d%s-%s" % (R.randint(2, 5), dig(3), dig(4))
        else:
            b = "9%s-%s" % (dig(4), dig(4))
        if style == "intl":
            return pick(["+55 %s %s" % (ddd, b), "+55 (%s) %s" % (ddd, b)])
        return pick(["(%s) %s" % (ddd, b), "%s %s" % (ddd, b), "(%s)%s" % (ddd, b.replace("-", ""))])
    if loc == "nl":
        if style in ("land", "br"):
            code = pick(["20", "10", "30", "70", "40", "50"])
            b = dig(7)
            if style == "br":
                return pick(["+31 (0)%s %s %s" % (code, b[:3], b[3:]), "(0%s) %s %s" % (code, b[:3], b[3:])])
            return pick(["0%s-%s" % (code, b), "0%s %s %s" % (code, b[:3], b[3:])])
        b = dig(8)
        if style == "intl":
            return pick(["+31 6 %s" % b, "+31 6 %s %s" % (b[:4], b[4:]), "+316%s" % b, "0031 6 %s" % b])
        return pick(["06-%s" % b, "06 %s %s" % (b[:4], b[4:]), "06%s" % b, "06 %s %s %s %s" % (b[:2], b[2:4], b[4:6], b[6:])])
    if loc == "pl":
        if style in ("land", "br"):
            code = pick(["22", "12", "61", "71", "58", "42"])
            b = "%s %s %s" % (dig(3), dig(2), dig(2))
            return "%s %s" % (code, b) if style == "land" else "(%s) %s" % (code, b)
        b = "%d%s %s %s" % (R.choice([5, 6, 7, 8]), dig(2), dig(3), dig(3))
        if style == "intl":
            return pick(["+48 %s" % b, "+48%s" % b.replace(" ", "")])
        return pick([b, b.replace(" ", "-"), b.replace(" ", "")])
    if loc == "tr":
        if style in ("land", "br"):
            code = pick(["212", "216", "312", "232", "224"])
            b = "%s %s %s" % (dig(3), dig(2), dig(2))
            return "(0%s) %s" % (code, b) if style == "br" else "0%s %s" % (code, b)
        p = pick(["530", "532", "533", "535", "536", "541", "542", "544", "505", "506", "552", "555"])
        b = "%s %s %s" % (dig(3), dig(2), dig(2))
        if style == "intl":
            return pick(["+90 %s %s" % (p, b), "+90 (%s) %s" % (p, b), "+90%s%s" % (p, b.replace(" ", ""))])
        return pick(["0%s %s" % (p, b), "0 %s %s" % (p, b), "0%s%s" % (p, b.replace(" ", ""))])
    if loc == "se":
        if style in ("land", "br"):
            code = pick(["8", "31", "40", "18", "13"])
            b = "%s %s %s" % (dig(3), dig(2), dig(2))
            return "0%s-%s" % (code, b) if style == "land" else "+46 (0)%s %s" % (code, b)
        p = pick(["70", "72", "73", "76", "79"])
        b = "%s %s %s" % (dig(3), dig(2), dig(2))
        if style == "intl":
            return pick(["+46 %s %s" % (p, b), "+46 (0)%s %s" % (p, b), "+46%s%s" % (p, b.replace(" ", ""))])
        return pick(["0%s-%s" % (p, b), "0%s %s" % (p, b), "0%s%s" % (p, b.replace(" ", ""))])
    if loc == "id":
        if style in ("land", "br"):
            code = pick(["21", "22", "31", "274", "361"])
            b = "%s %s" % (dig(4), dig(4))
            return "(0%s) %s" % (code, b) if style == "br" else "0%s-%s" % (code, b.replace(" ", ""))
        p = "8%d%d" % (R.randint(1, 9), R.randint(0, 9))
        b = "%s-%s" % (dig(4), dig(R.choice([3, 4])))
        if style == "intl":
            return pick(["+62 %s-%s" % (p, b), "+62 %s %s" % (p, b.replace("-", " ")), "+62%s%s" % (p, b.replace("-", ""))])
        return pick(["0%s-%s" % (p, b), "0%s %s" % (p, b.replace("-", " ")), "0%s%s" % (p, b.replace("-", ""))])
    raise ValueError(loc)


def make_ext(loc):
    if loc in ("us", "ca"):
        return pick(["x%d" % R.randint(10, 99999), "ext. %d" % R.randint(10, 9999), "ext %d" % R.randint(100, 999), "x%d" % R.randint(100, 999)])
    return {"uk": pick(["ext. %d" % R.randint(10, 999), "x%d" % R.randint(100, 9999)]), "ie": "ext %d" % R.randint(10, 999),
            "in": "Extn. %d" % R.randint(100, 999), "au": "ext %d" % R.randint(100, 999), "nz": "ext %d" % R.randint(10, 999),
            "de": pick(["Durchwahl %d" % R.randint(10, 999), "App. %d" % R.randint(10, 999)]), "fr": "poste %d" % R.randint(10, 999),
            "es": "ext. %d" % R.randint(10, 999), "it": "int. %d" % R.randint(10, 999), "br": "ramal %d" % R.randint(100, 9999),
            "nl": "toestel %d" % R.randint(10, 999), "pl": "wew. %d" % R.randint(10, 999), "tr": "dahili %d" % R.randint(100, 999),
            "se": "ankn. %d" % R.randint(10, 999), "id": "ext. %d" % R.randint(100, 999)}[loc]


# ----------------------------------------------------------------------------------------------------------------
# E-mail addresses, companies, dates, numbers
# ----------------------------------------------------------------------------------------------------------------
FREEMAIL = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"],
            "uk": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"],
            "ie": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "yahoo.ie"],
            "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
            "au": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
            "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "yahoo.co.nz"],
            "ca": ["gmail.com", "rogers.com", "shaw.ca", "outlook.com", "yahoo.ca", "sympatico.ca"],
            "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
            "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
            "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
            "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
            "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "planet.nl"],
            "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
            "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
            "se": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
            "id": ["gmail.com", "yahoo.co.id", "outlook.co.id", "ymail.com"]}
# invented companies (not labelled); (name, domain)
COMPANIES = {
    "en": [("Brightwater Joinery", "brightwaterjoinery.co.uk"), ("Kestrel Analytics", "kestrel-analytics.com"),
           ("Bluefin Freight", "bluefinfreight.com"), ("Copperleaf Studio", "copperleaf.studio"),
           ("Redkite Health", "redkitehealth.org"), ("Ashgrove Dental", "ashgrovedental.co.uk"),
           ("Tidewell Energy", "tidewell.energy"), ("Quarry Lane Books", "quarrylanebooks.com"),
           ("Pinecrest Property Management", "pinecrestpm.com"), ("Saltmarsh Veterinary", "saltmarshvets.co.uk"),
           ("Harbourline Logistics", "harbourline.com.au"), ("Mossgiel Software", "mossgiel.io"),
           ("Fernhill Academy", "fernhill.sch.uk"), ("Lumen Ridge Capital", "lumenridge.com"),
           ("Otterburn Insurance", "otterburn-insurance.co.uk"), ("Clearpath Physio", "clearpathphysio.ca"),
           ("Silverbirch Interiors", "silverbirchinteriors.co.nz"), ("Northlight Media", "northlightmedia.ie"),
           ("Tamarind Foods", "tamarindfoods.in"), ("Granite Peak Outfitters", "granitepeak.com")],
    "de": [("Sonnenfeld Logistik GmbH", "sonnenfeld-logistik.de"), ("Bergwerk Software", "bergwerk-software.de"),
           ("Tischlerei Eichenhof", "eichenhof-tischlerei.de"), ("Praxis am Stadtpark", "praxis-stadtpark.de")],
    "fr": [("Atelier Lumière", "atelier-lumiere.fr"), ("Cabinet Horizon Conseil", "horizon-conseil.fr"),
           ("Boulangerie du Canal", "boulangerie-du-canal.fr")],
    "es": [("Construcciones Miralba", "miralba.es"), ("Clínica Dental Alameda", "dentalalameda.es"),
           ("Gestoría Puerta del Mar", "gestoriapuertadelmar.es")],
    "it": [("Officine Lucerna", "officinelucerna.it"), ("Studio Tecnico Aurora", "studioaurora.it"),
           ("Farmacia del Ponte", "farmaciadelponte.it")],
    "pt": [("Grupo Aurora Verde", "auroraverde.com.br"), ("Clínica Bem Viver", "clinicabemviver.com.br"),
           ("Contabilidade Ipê", "contabilidadeipe.com.br")],
    "nl": [("Duinzicht Installatietechniek", "duinzicht-installatie.nl"), ("Bureau Lindeboom", "bureaulindeboom.nl"),
           ("Fietsmakerij De Spaak", "despaak.nl")],
    "pl": [("Zielona Dolina sp. z o.o.", "zielonadolina.pl"), ("Biuro Rachunkowe Kompas", "kompas-biuro.pl"),
           ("Przychodnia Pod Lipami", "podlipami.pl")],
    "tr": [("Yıldız Lojistik A.Ş.", "yildizlojistik.com.tr"), ("Ege Yazılım", "egeyazilim.com.tr"),
           ("Çınar Diş Kliniği", "cinardis.com.tr")],
    "sv": [("Fjällvind AB", "fjallvind.se"), ("Byggkompaniet Norrsken", "norrskenbygg.se"),
           ("Tandvården Ekbacken", "ekbacken.se")],
    "id": [("PT Sinar Laut Nusantara", "sinarlaut.co.id"), ("CV Kopi Lereng", "kopilereng.id"),
           ("Klinik Sehat Mandiri", "sehatmandiri.co.id")]}
JOBS = {"en": ["Project Manager", "Senior Accountant", "Operations Lead", "Account Executive", "Practice Manager",
               "Head of Sales", "Office Manager", "Site Supervisor", "HR Business Partner", "Customer Success Manager",
               "Data Analyst", "Lettings Negotiator", "Clinical Lead", "Procurement Officer", "Marketing Coordinator",
               "Software Engineer", "Finance Director", "Logistics Coordinator"],
        "de": ["Projektleiterin", "Teamleiter Vertrieb", "Sachbearbeiterin", "Geschäftsführer", "Einkauf"],
        "fr": ["Chargée de clientèle", "Responsable RH", "Chef de projet", "Comptable"],
        "es": ["Responsable de compras", "Jefa de proyecto", "Administración", "Director comercial"],
        "it": ["Responsabile amministrativo", "Project manager", "Ufficio acquisti", "Direttrice tecnica"],
        "pt": ["Gerente de contas", "Analista financeira", "Coordenador de RH", "Atendimento"],
        "nl": ["Projectleider", "Office manager", "Accountmanager", "Planner"],
        "pl": ["Kierownik projektu", "Specjalistka ds. kadr", "Księgowa", "Dział obsługi klienta"],
        "tr": ["Proje Yöneticisi", "Muhasebe Uzmanı", "Satış Müdürü", "İnsan Kaynakları"],
        "sv": ["Projektledare", "Ekonomiansvarig", "Kundansvarig", "Inköpare"],
        "id": ["Manajer Proyek", "Staf Keuangan", "Kepala Gudang", "Admin Penjualan"]}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]}
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt_date(lang, loc, y, m, d, style):
    """style: num / long / iso / any"""
    if style == "any":
        style = wpick([("num", 5), ("long", 4), ("iso", 1)])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    mon = MONTHS[lang][m - 1]
    if lang == "en":
        if loc == "us":
            return pick(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y)]) if style == "num" else pick(
                ["%s %d, %d" % (mon, d, y), "%s %d %d" % (mon[:3], d, y)])
        if style == "num":
            return pick(["%02d/%02d/%04d" % (d, m, y), "%d/%d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return pick(["%d %s %d" % (d, mon, y), "%d%s %s %d" % (d, suf, mon, y), "%d %s %d" % (d, mon[:3], y)])
    if style == "num":
        sep = {"de": ".", "pl": ".", "tr": ".", "nl": "-", "id": "-", "sv": "-"}.get(lang, "/")
        if lang == "sv":
            return "%04d-%02d-%02d" % (y, m, d)
        return "%02d%s%02d%s%04d" % (d, sep, m, sep, y)
    if lang == "de":
        return "%d. %s %d" % (d, mon, y)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d, mon, y)
    return "%d %s %d" % (d, mon, y)


def rand_dob(child=False):
    y = R.randint(2011, 2019) if child else R.randint(1941, 2007)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return y, m, d


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    s = 0
    for i, dd in enumerate(reversed(digits)):
        if i % 2 == 0:
            dd *= 2
            if dd > 9:
                dd -= 9
        s += dd
    digits.append((10 - s % 10) % 10)
    return "".join(map(str, digits))


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556",
              "5105105105105100", "6011111111111117", "4012888888881881"}


def make_card(kind=None):
    kind = kind or wpick([("visa", 5), ("mc", 4), ("amex", 2), ("disc", 1)])
    while True:
        if kind == "visa":
            n = luhn_complete("4" + dig(5), 16)
        elif kind == "mc":
            n = luhn_complete(pick(["51", "52", "53", "54", "55", "2221", "2720", "2305"]) + dig(2), 16)
        elif kind == "amex":
            n = luhn_complete(pick(["34", "37"]), 15)
        else:
            n = luhn_complete("6011", 16)
        if n not in TEST_CARDS and len(set(n[4:])) > 3:
            break
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return wpick([(" ".join(g), 6), ("-".join(g), 2), ("".join(g), 2)])


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return wpick([("%03d-%02d-%04d" % (a, g, s), 9), ("%03d %02d %04d" % (a, g, s), 1)])


IBAN_SPEC = {"DE": lambda: dig(8) + dig(10), "FR": lambda: dig(5) + dig(5) + dig(11) + dig(2),
             "ES": lambda: dig(4) + dig(4) + dig(2) + dig(10), "IT": lambda: R.choice(string.ascii_uppercase) + dig(10) + dig(12),
             "NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + dig(10),
             "PL": lambda: dig(24), "TR": lambda: dig(5) + "0" + dig(16), "SE": lambda: dig(20),
             "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + dig(6) + dig(8),
             "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + dig(6) + dig(8), "BE": lambda: dig(12), "PT": lambda: dig(21),
             "AT": lambda: dig(16), "CH": lambda: dig(17), "BR": lambda: dig(23) + "C1"}
IBAN_OF_LOCALE = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "tr": "TR", "se": "SE",
                  "uk": "GB", "ie": "IE", "br": "BR"}


def make_iban(cc, compact=False):
    bban = IBAN_SPEC[cc]()
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    iban = "%s%02d%s" % (cc, check, bban)
    if compact:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_ip():
    while True:
        a = R.randint(1, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0, 100) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254):
            continue
        if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or (a == 198 and b in (18, 19)):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def make_ip6():
    pre = pick(["2a02:%x" % R.randint(0x1000, 0xffff), "2600:%x" % R.randint(0x1000, 0x1fff),
                "2a01:%x" % R.randint(0x100, 0xfff), "2001:%x" % R.randint(0x4000, 0x4fff)])
    if chance(0.5):
        return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))
    return pre + ":%x:%x::%x" % (R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))


# ----------------------------------------------------------------------------------------------------------------
# Secrets (random values in the providers' formats, made for this set)
# ----------------------------------------------------------------------------------------------------------------
B62 = string.ascii_letters + string.digits


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def make_secret(kind, variant=""):
    if kind == "aws_ak":
        return pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")
    if kind == "aws_sk":
        return rs(40, B62 + "/+")
    if kind == "gh":
        if variant == "pat":
            return "github_pat_" + rs(22) + "_" + rs(59)
        return pick(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(36)
    if kind == "slack":
        if variant == "hook":
            return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(R.choice([8, 10]), string.ascii_uppercase + string.digits), rs(R.choice([8, 10]), string.ascii_uppercase + string.digits), rs(24))
        if chance(0.6):
            return "xoxb-%s-%s-%s" % (dig(R.choice([11, 12, 13])), dig(R.choice([12, 13])), rs(24))
        return "xoxp-%s-%s-%s-%s" % (dig(11), dig(12), dig(13), hexs(32))
    if kind == "stripe":
        return pick(["sk_live_", "sk_live_", "rk_live_"]) + (rs(24) if chance(0.4) else rs(99))
    if kind == "openai":
        if chance(0.7):
            return "sk-proj-" + rs(58, B62 + "-_") + "T3BlbkFJ" + rs(58, B62 + "-_")
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if kind == "anthropic":
        return "sk-ant-api03-" + rs(93, B62 + "-_") + "AA"
    if kind == "jwt":
        alg = pick(["HS256", "HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = hexs(16)
        iat = R.randint(1700000000, 1740000000)
        pl = pick([{"sub": str(R.randint(10000, 999999)), "role": pick(["admin", "user", "editor"]), "iat": iat, "exp": iat + 3600},
                   {"iss": "https://auth.%s" % pick(["internal-sso.net", "login-gw.io", "idp.acme-int.com"]), "sub": "usr_" + rs(12), "aud": "api", "iat": iat, "exp": iat + 86400},
                   {"user_id": R.randint(1000, 99999), "scope": "read write", "iat": iat}])
        sig = rbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
        return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()), b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig))
    if kind == "pem":
        typ = pick(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
        lead = {"RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00",
                "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20", "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09"}[typ]
        nlines = R.randint(4, 8)
        body = base64.b64encode(lead + rbytes(48 * nlines - len(lead) + R.randint(0, 20))).decode()
        width = 70 if typ == "OPENSSH PRIVATE KEY" else 64
        lines = [body[i:i + width] for i in range(0, len(body), width)][:nlines]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (typ, "\n".join(lines), typ)
    if kind == "pw":
        st = variant or wpick([("word", 4), ("rand", 4), ("phrase", 1), ("leet", 1)])
        words = ["Winter", "Summer", "Falcon", "Mango", "Harbour", "Copper", "Tiger", "Rocket", "Maple", "Orchid", "Sunset", "Blue",
                 "Sommer", "Kater", "Soleil", "Verano", "Estate", "Saudade", "Fiets", "Wiosna", "Kedi", "Bulle", "Pelangi"]
        if st == "word":
            return pick(words) + str(R.randint(1, 2025)) + pick(["!", "#", "$", "?", "*", "!!", ""])
        if st == "rand":
            return rs(R.randint(12, 20), B62 + "!#%*-_+=.") + pick(string.digits)
        if st == "url":
            return rs(R.randint(12, 22), B62 + "-_")
        if st == "phrase":
            w = ["plum", "tractor", "velvet", "quarry", "lantern", "cobalt", "meadow", "pickle", "harbour", "kettle"]
            return "-".join(R.sample(w, 4)) + str(R.randint(1, 99))
        return pick(["P@ssw0rd", "S3cur3", "L3tM31n", "Adm1n"]) + "_" + rs(4) + str(R.randint(10, 99))
    if kind == "apikey":
        v = variant or pick(["google", "sendgrid", "gitlab", "mailgun", "npm", "hf", "shopify", "twilio", "hex32", "b62_40",
                             "do", "linear", "groq", "databricks", "telegram"])
        return {"google": lambda: "AIza" + rs(35, B62 + "-_"), "sendgrid": lambda: "SG." + rs(22, B62 + "-_") + "." + rs(43, B62 + "-_"),
                "gitlab": lambda: "glpat-" + rs(20, B62 + "-_"), "mailgun": lambda: "key-" + hexs(32), "npm": lambda: "npm_" + rs(36),
                "hf": lambda: "hf_" + rs(34, string.ascii_letters), "shopify": lambda: "shpat_" + hexs(32), "twilio": lambda: "SK" + hexs(32),
                "hex32": lambda: hexs(32), "b62_40": lambda: rs(40), "do": lambda: "dop_v1_" + hexs(64),
                "linear": lambda: "lin_api_" + rs(40), "groq": lambda: "gsk_" + rs(52), "databricks": lambda: "dapi" + hexs(32),
                "telegram": lambda: "%d:AA%s" % (R.randint(100000000, 7999999999), rs(33, B62 + "-_"))}[v]()
    raise ValueError(kind)


SECRET_TYPE = {"aws_ak": "AWS_ACCESS_KEY", "aws_sk": "AWS_SECRET_KEY", "gh": "GITHUB_TOKEN", "slack": "SLACK_TOKEN",
               "stripe": "STRIPE_KEY", "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "jwt": "JWT",
               "pem": "PRIVATE_KEY", "pw": "PASSWORD", "apikey": "GENERIC_API_KEY"}


# ----------------------------------------------------------------------------------------------------------------
# Decoys: generated look-alikes (kind -> value)
# ----------------------------------------------------------------------------------------------------------------
CURRENCY = {"us": "$%s", "ca": "$%s", "au": "$%s", "nz": "$%s", "uk": "£%s", "ie": "€%s", "in": "₹%s",
            "de": "%s €", "fr": "%s €", "es": "%s €", "it": "€ %s", "nl": "€ %s", "br": "R$ %s", "pl": "%s zł",
            "tr": "%s TL", "se": "%s kr", "id": "Rp %s"}


def money(loc):
    v = R.choice([R.randint(3, 99) + R.randint(0, 99) / 100, R.randint(100, 2500) + R.choice([0, 0.5, 0.99]), R.randint(20, 400)])
    if loc == "id":
        return CURRENCY[loc] % "{:,}".format(int(v) * 1000).replace(",", ".")
    if loc in ("de", "fr", "es", "it", "nl", "br", "pl", "tr", "se"):
        txt = ("%.2f" % v).replace(".", ",")
        if loc == "se" and chance(0.5):
            txt = str(int(v))
    else:
        txt = "%.2f" % v if (v != int(v) or chance(0.5)) else str(int(v))
        if v >= 1000:
            txt = "{:,.2f}".format(v)
    return CURRENCY[loc] % txt


def org_phone(loc):
    return {"us": lambda: "1-800-%s-%s" % (dig(3), dig(4)), "ca": lambda: "1-888-%s-%s" % (dig(3), dig(4)),
            "uk": lambda: pick(["0800 %s %s" % (dig(3), dig(4)), "0345 %s %s" % (dig(3), dig(4))]),
            "ie": lambda: "1800 %s %s" % (dig(3), dig(3)), "in": lambda: "1800-%s-%s" % (dig(3), dig(4)),
            "au": lambda: "1300 %s %s" % (dig(3), dig(3)), "nz": lambda: "0800 %s %s" % (dig(3), dig(3)),
            "de": lambda: "0800 %s %s" % (dig(3), dig(4)), "fr": lambda: "0 800 %s %s %s" % (dig(2), dig(2), dig(2)),
            "es": lambda: "900 %s %s" % (dig(3), dig(3)), "it": lambda: "800 %s %s" % (dig(3), dig(3)),
            "br": lambda: "0800 %s %s" % (dig(3), dig(4)), "nl": lambda: "0800-%s" % dig(4),
            "pl": lambda: "800 %s %s" % (dig(3), dig(3)), "tr": lambda: "444 %s %s" % (dig(1), dig(3)),
            "se": lambda: "0771-%s %s" % (dig(2), dig(2) + " " + dig(2)), "id": lambda: "1500-%s" % dig(3)}[loc]()


def decoy_value(kind, lang, loc):
    y = R.choice([2023, 2024, 2024, 2025])
    if kind == "order_id":
        return pick(["#%d" % R.randint(100000, 9999999), "ORD-%d-%06d" % (y, R.randint(1, 999999)), "%d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)), "PO-%d" % R.randint(10000, 99999), "SO%08d" % R.randint(1, 99999999)])
    if kind == "invoice_no":
        return pick(["INV-%06d" % R.randint(1, 999999), "%d/%04d" % (y, R.randint(1, 9999)), "FV/%d/%03d" % (y, R.randint(1, 999)), "RE-%d-%04d" % (y, R.randint(1, 9999))])
    if kind == "ticket_id":
        return pick(["INC%07d" % R.randint(1, 9999999), "%s-%d" % (pick(["OPS", "SUP", "HELP", "IT", "CS", "PLAT"]), R.randint(10, 9999)), "#%d" % R.randint(1000, 99999), "CS%06d" % R.randint(1, 999999)])
    if kind == "tracking_no":
        return pick(["1Z%s%s" % (rs(6, string.ascii_uppercase + string.digits), dig(10)), "%s%s%s" % (upc(2), dig(9), pick(["GB", "DE", "NL", "FR"])), "JD%s" % dig(18), dig(12)])
    if kind == "sku":
        return pick(["%d-%04d-%s" % (R.randint(10, 99), R.randint(0, 9999), pick(["BLK", "WHT", "RED", "XL", "M"])), "B0%s" % rs(8, string.ascii_uppercase + string.digits), "%s-%d-%s" % (upc(3), R.randint(100, 999), upc(2)), "ART.%d.%03d" % (R.randint(100, 999), R.randint(0, 999))])
    if kind == "model_no":
        return pick(["%s-%d%s" % (upc(2), R.randint(1000, 9999), pick(["X", "S", "", "B"])), "%s%d%s" % (upc(3), R.randint(10, 99), upc(2)), "%d%s%d" % (R.randint(10, 99), upc(1), R.randint(100, 999))])
    if kind == "version":
        return pick(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20)), "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 40)), "%d.%d.%d-rc.%d" % (R.randint(1, 4), R.randint(0, 12), R.randint(0, 9), R.randint(1, 4)), "%d.%d" % (R.randint(1, 24), R.randint(0, 12))])
    if kind == "build_no":
        return pick(["build %d%02d%02d.%d" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)), "#%d" % R.randint(1000, 99999)])
    if kind == "git_sha":
        return hexs(pick([7, 7, 8, 12, 40]))
    if kind == "uuid":
        h = hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])
    if kind == "sha256":
        return hexs(64)
    if kind == "timestamp":
        m, d, hh, mm, ss = R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
        return pick(["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, ss), "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss),
                     "%04d-%02d-%02dT%02d:%02d:%02d.%03d+00:00" % (y, m, d, hh, mm, ss, R.randint(0, 999))])
    if kind == "event_date":
        m, d = R.randint(1, 12), R.randint(1, 28)
        return fmt_date(lang, loc, y, m, d, pick(["num", "long", "long"]))
    if kind == "time":
        hh, mm = R.randint(7, 21), pick([0, 0, 15, 30, 30, 45, 10, 20, 50])
        if lang == "en" and loc in ("us", "ca") or (lang == "en" and chance(0.4)):
            h12 = hh % 12 or 12
            return pick(["%d:%02d %s" % (h12, mm, "PM" if hh >= 12 else "AM"), "%d:%02d%s" % (h12, mm, "pm" if hh >= 12 else "am"), "%d%s" % (h12, "pm" if hh >= 12 else "am")])
        if lang == "fr":
            return pick(["%dh%02d" % (hh, mm), "%dh" % hh if mm == 0 else "%dh%02d" % (hh, mm)])
        return pick(["%02d:%02d" % (hh, mm), "%d.%02d" % (hh, mm)])
    if kind == "amount":
        return money(loc)
    if kind == "doc_ip":
        return pick(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xffff)])
    if kind == "private_ip":
        return pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "192.168.%d.%d" % (R.randint(0, 20), R.randint(1, 254)), "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)), "127.0.0.1"])
    if kind == "hostname":
        return pick(["api-gw-%02d.internal" % R.randint(1, 12), "db-prod-%s%d" % (pick(["eu", "us", "ap"]), R.randint(1, 3)), "build-runner-%d" % R.randint(1, 30), "cache-%d.svc.cluster.local" % R.randint(0, 5), "mail%d.corp.lan" % R.randint(1, 4), "nas-%s.local" % pick(["office", "home", "lab"])])
    if kind == "mac":
        return ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    if kind == "port":
        return str(pick([5432, 3306, 6379, 8080, 8443, 9200, 27017, 5672, 2222]))
    if kind == "org_phone":
        return org_phone(loc)
    if kind == "org_email":
        dom = pick(COMPANIES[lang if lang in COMPANIES else "en"])[1]
        return "%s@%s" % (pick(["support", "hello", "info", "billing", "noreply", "bookings", "careers", "help", "accounts", "office"]), dom)
    if kind == "example_email":
        return pick(["jane.doe@example.com", "user@example.org", "test@example.net", "john.smith@example.com", "someone@example.com", "max.mustermann@example.de", "you@yourcompany.example"])
    if kind == "example_phone":
        return pick(["(555) 01%02d" % R.randint(0, 99), "555-01%02d" % R.randint(0, 99), "(%s) 555-01%02d" % (pick(US_AREA), R.randint(0, 99)), "+1-202-555-01%02d" % R.randint(0, 99)])
    if kind == "example_key":
        return pick(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "YOUR_API_KEY", "<your-token-here>", "xxxxxxxxxxxxxxxxxxxx", "sk-...", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"])
    if kind == "test_card":
        return pick(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "4000 0566 5566 5556"])
    if kind == "example_iban":
        return pick(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "NL91 ABNA 0417 1643 00", "FR14 2004 1010 0505 0001 3M02 606"])
    if kind == "card_last4":
        return dig(4)
    if kind == "case_no":
        return pick(["CAS-%06d" % R.randint(1, 999999), "%d/%05d" % (y, R.randint(1, 99999)), "REF %s%d" % (upc(2), R.randint(10000, 99999))])
    if kind == "policy_no":
        return pick(["POL-%s%07d" % (upc(1), R.randint(1, 9999999)), "%s%08d" % (upc(3), R.randint(1, 99999999))])
    if kind == "customer_id":
        return pick(["CUST-%05d" % R.randint(1, 99999), "C%07d" % R.randint(1, 9999999), "cus_%s" % rs(14), "%d" % R.randint(100000, 9999999)])
    if kind == "employee_id":
        return pick(["E%05d" % R.randint(1, 99999), "EMP-%04d" % R.randint(1, 9999)])
    if kind == "booking_ref":
        return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "flight_no":
        return "%s %d" % (pick(["LH", "BA", "KL", "AF", "IB", "AZ", "LA", "LO", "TK", "SK", "GA", "EI", "QF", "NZ", "AC", "UA", "AI", "FR", "U2"]), R.randint(10, 2999))
    if kind == "room":
        return pick(["Room %d" % R.randint(101, 640), "Room %d.%02d" % (R.randint(1, 5), R.randint(1, 40)), "B%d" % R.randint(10, 99)])
    if kind == "serial":
        return "SN %s%s" % (upc(2), dig(8))
    if kind == "ext":
        return make_ext(loc)
    if kind == "mrn":
        return "MRN %d" % R.randint(1000000, 9999999)
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------------------------------
# The renderer
# ----------------------------------------------------------------------------------------------------------------
HEAD_RE = re.compile(r"(?:p\d+(?=[.@!#|}])|[?~]|[DG]:|num:|(?:addr|phone|dob|iban|cc|ssn|ip6|ip|aws_ak|aws_sk|gh|slack|"
                     r"stripe|openai|anthropic|jwt|pem|pw|apikey|co|town|job|wd|mon)(?=[.@#|}]))")
TOKEN_RE = re.compile(r"^(?P<head>[a-z_]+\d*?|p\d+)(?:@(?P<loc>[a-z]{2}))?(?:!(?P<g>[mf]))?(?:\.(?P<field>[a-z0-9_]+))?"
                      r"(?:#(?P<memo>\w+))?(?P<mods>(?:\|\w+)*)$")
PERSON_FIELDS = {"full", "f", "l", "fl", "lf", "handle", "given"}
HON = {"en": {"m": ["Mr"], "f": ["Ms", "Ms", "Mrs", "Ms", "Mrs", "Miss"]}, "de": {"m": ["Herr"], "f": ["Frau"]},
       "fr": {"m": ["M."], "f": ["Mme"]}, "es": {"m": ["Sr."], "f": ["Sra."]}, "it": {"m": ["Sig."], "f": ["Sig.ra"]},
       "pt": {"m": ["Sr."], "f": ["Sra."]}, "nl": {"m": ["dhr."], "f": ["mevr."]}, "pl": {"m": ["Pan"], "f": ["Pani"]},
       "tr": {"m": ["Bay"], "f": ["Bayan"]}, "id": {"m": ["Bapak", "Pak"], "f": ["Ibu", "Bu"]}, "sv": {"m": [""], "f": [""]}}
DR = {"en": {"m": "Dr", "f": "Dr"}, "de": {"m": "Dr.", "f": "Dr."}, "fr": {"m": "Dr", "f": "Dr"},
      "es": {"m": "Dr.", "f": "Dra."}, "it": {"m": "Dott.", "f": "Dott.ssa"}, "pt": {"m": "Dr.", "f": "Dra."},
      "nl": {"m": "dr.", "f": "dr."}, "pl": {"m": "dr", "f": "dr"}, "tr": {"m": "Dr.", "f": "Dr."},
      "sv": {"m": "dr", "f": "dr"}, "id": {"m": "dr.", "f": "dr."}}


def split_top(s, sep="|"):
    out, depth, cur = [], 0, []
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out


def find_close(s, i):
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unclosed placeholder in: %r" % s[i:i + 60])


class Doc:
    def __init__(self, lang, loc, kind):
        self.lang, self.loc, self.kind = lang, loc, kind
        self.people = {}
        self.memo = {}
        self.dot = (loc in ("us", "ca")) != chance(0.2)
        self.companies = {}

    # -- people ----------------------------------------------------------------------------------------------
    def default_origin(self):
        home = ORIGIN_OF_LOCALE[self.loc]
        if self.lang == "en":
            x = R.random()
            if x < 0.62:
                return home
            if x < 0.70:
                return pick(["us", "uk", "ie", "au", "nz", "ca"])
            return wpick(FOREIGN_EN)
        if chance(0.14):
            return wpick([(o, w) for o, w in FOREIGN_OTHER[self.lang] if w])
        return home

    def person(self, name, origin=None, gender=None):
        if name not in self.people:
            for _ in range(50):
                p = draw_person(origin or self.default_origin(), gender or pick("mf"))
                clash = any(q.given == p.given or q.sur == p.sur or q.given.split(" ")[0] == p.given.split(" ")[0]
                            for q in self.people.values())
                if not clash:
                    break
            self.people[name] = p
        return self.people[name]

    def company(self, key="1"):
        if key not in self.companies:
            lst = COMPANIES[self.lang if self.lang in COMPANIES else "en"]
            used = set(c[0] for c in self.companies.values())
            self.companies[key] = pick([c for c in lst if c[0] not in used] or lst)
        return self.companies[key]

    def email_of(self, p, work, key):
        fa = re.sub(r"[^a-z]", "", fold(p.given.split(" ")[0]).lower()) or "x"
        la = re.sub(r"[^a-z]", "", fold(p.sur.split(" ")[-1] if p.origin not in ("es",) else p.sur.split(" ")[0]).lower()) or "y"
        if work:
            dom = self.company(key)[1]
            local = wpick([("%s.%s" % (fa, la), 5), ("%s%s" % (fa[0], la), 3), ("%s" % fa, 1), ("%s.%s" % (fa[0], la), 1), ("%s_%s" % (fa, la), 1)])
        else:
            dom = pick(FREEMAIL[self.loc])
            n2 = str(R.randint(1, 99)) if chance(0.5) else str(R.randint(1960, 2005))
            local = wpick([("%s.%s" % (fa, la), 4), ("%s%s" % (fa, la), 2), ("%s%s%s" % (fa[0], la, n2), 2), ("%s_%s" % (fa, la), 1),
                           ("%s.%s%s" % (fa, la, n2[-2:]), 2), ("%s%s" % (fa, n2), 1), ("%s.%s" % (la, fa), 1)])
        return "%s@%s" % (local, dom)

    def handle_of(self, p):
        fa = re.sub(r"[^a-z]", "", fold(p.given.split(" ")[0]).lower())
        la = re.sub(r"[^a-z]", "", fold(p.sur.split(" ")[-1]).lower())
        return wpick([("%s%s" % (fa[0], la), 3), ("%s.%s" % (fa, la), 2), ("%s_%s" % (fa, la[0]), 1), ("%s%d" % (fa, R.randint(1, 99)), 1), ("%s" % fa, 1)])

    def person_value(self, p, field, key):
        if field in ("full", None):
            return p.full(), "PERSON"
        if field == "f" or field == "given":
            return p.given, "PERSON"
        if field == "l":
            return p.surname_alone(), "PERSON"
        if field == "fl":
            return "%s. %s" % (p.given[0], p.sur), "PERSON"
        if field == "lf":
            return "%s, %s" % (p.surname_alone(), p.given), "PERSON"
        if field == "handle":
            if p.handle is None:
                p.handle = self.handle_of(p)
            return p.handle, "PERSON"
        if field == "hon":
            h = pick(HON[self.lang][p.gender])
            if not h:
                raise ValueError("no honorific for %s" % self.lang)
            if self.lang == "en" and self.dot:
                h += "."
            if not hasattr(p, "hon_" + self.lang):
                setattr(p, "hon_" + self.lang, h)
            return getattr(p, "hon_" + self.lang), None
        if field == "dr":
            h = DR[self.lang][p.gender]
            if self.lang == "en" and self.dot:
                h += "."
            return h, None
        if field in ("email", "wemail"):
            attr = "_" + field + key
            if not hasattr(p, attr):
                setattr(p, attr, self.email_of(p, field == "wemail", key or "1"))
            return getattr(p, attr), "EMAIL_ADDRESS"
        if field in ("phone", "mob", "land", "br", "intl"):
            attr = "_ph_" + field + key
            if not hasattr(p, attr):
                setattr(p, attr, make_phone(self.loc, "any" if field == "phone" else field))
            return getattr(p, attr), "PHONE_NUMBER"
        raise ValueError("person field %r" % field)

    # -- templates --------------------------------------------------------------------------------------------
    def render(self, tpl):
        if "@rows" in tpl:
            return self.render_rows(tpl)
        segs = []
        i, lit = 0, []
        while i < len(tpl):
            c = tpl[i]
            if c == "{" and HEAD_RE.match(tpl, i + 1) and not (i > 0 and tpl[i - 1] == "$"):
                if lit:
                    segs.append(("".join(lit), None))
                    lit = []
                j = find_close(tpl, i)
                segs.extend(self.expand(tpl[i + 1:j]))
                i = j + 1
            else:
                lit.append(c)
                i += 1
        if lit:
            segs.append(("".join(lit), None))
        return segs

    def render_rows(self, tpl):
        lines = tpl.split("\n")
        segs = []
        i = 0
        first = True

        def add_text(t):
            nonlocal first
            if not first:
                segs.append(("\n", None))
            segs.extend(self.render(t))
            first = False
        while i < len(lines):
            ln = lines[i]
            m = re.match(r"^@rows (\d+)-(\d+)(?: join=(\S+))?$", ln)
            if not m:
                add_text(ln)
                i += 1
                continue
            j = lines.index("@end", i)
            body = "\n".join(lines[i + 1:j])
            n = R.randint(int(m.group(1)), int(m.group(2)))
            names = sorted(set(re.findall(r"\{\??(p\d+)", body)))
            memos = set(re.findall(r"#(\w+)", body))
            for k in range(n):
                for nm in names:
                    self.people.pop(nm, None)
                for key in list(self.memo):
                    if key[-1] in memos:
                        del self.memo[key]
                add_text(body)
                if m.group(3) and k < n - 1:
                    segs.append((m.group(3), None))
            i = j + 1
        return segs

    def expand(self, inner):
        if inner.startswith("~"):
            return self.render(pick(split_top(inner[1:])))
        if inner.startswith("?"):
            m = re.match(r"\?(p\d+):", inner)
            p = self.person(m.group(1))
            alts = split_top(inner[m.end():])
            return self.render(alts[0] if p.gender == "m" else alts[1])
        if inner.startswith("D:"):
            kind, value = inner[2:].split(":", 1)
            value = "".join(v for v, _ in self.render(value))
            return [(value, ("D", kind))]
        if inner.startswith("G:"):
            kind, _, memo = inner[2:].partition("#")
            if memo and ("G", kind, memo) in self.memo:
                return self.memo[("G", kind, memo)]
            out = [(decoy_value(kind, self.lang, self.loc), ("D", kind))]
            if memo:
                self.memo[("G", kind, memo)] = out
            return out
        if inner.startswith("num:"):
            a, b = inner[4:].split("-")
            return [(str(R.randint(int(a), int(b))), None)]
        m = TOKEN_RE.match(inner)
        if not m:
            raise ValueError("bad placeholder {%s}" % inner)
        head, loc, g, field, memo = m.group("head"), m.group("loc"), m.group("g"), m.group("field"), m.group("memo") or ""
        mods = [x for x in m.group("mods").split("|") if x]
        key = (head, loc, field, memo)
        if memo and key in self.memo:
            return self.memo[key]
        if re.match(r"p\d+$", head):
            p = self.person(head, loc, g)
            val, lab = self.person_value(p, field or "full", memo)
            segs = [(val, ("S", lab) if lab else None)]
        else:
            segs = self.value(head, loc, field, memo)
        out = []
        for v, lab in segs:
            for md in mods:
                v = {"lc": v.lower(), "uc": v.upper(), "ascii": fold(v), "cap": v[:1].upper() + v[1:]}[md]
            out.append((v, lab))
        if memo:
            self.memo[key] = out
        return out

    def value(self, head, loc, field, memo):
        L = loc or self.loc
        if head == "addr":
            a = make_address(L)
            return [(a[field or "line"], ("S", "STREET_ADDRESS"))]
        if head == "phone":
            if field == "ext":
                return [(make_phone(L, pick(["land", "br"])), ("S", "PHONE_NUMBER")), (" ", None), (make_ext(L), ("D", "ext"))]
            return [(make_phone(L, field or "any"), ("S", "PHONE_NUMBER"))]
        if head == "dob":
            f = field or "any"
            y, mo, d = rand_dob(child=f.startswith("kid"))
            f = {"kid": "any", "kidnum": "num", "kidlong": "long"}.get(f, f)
            return [(fmt_date(self.lang, self.loc, y, mo, d, f), ("S", "DATE_OF_BIRTH"))]
        if head == "iban":
            cc = loc.upper() if loc else IBAN_OF_LOCALE.get(self.loc) or pick(["GB", "IE", "DE", "NL", "FR", "ES", "BE", "PT"])
            return [(make_iban(cc, compact=(field == "c")), ("S", "IBAN_CODE"))]
        if head == "cc":
            return [(make_card({"visa": "visa", "mc": "mc", "amex": "amex", "disc": "disc"}.get(field)), ("S", "CREDIT_CARD"))]
        if head == "ssn":
            return [(make_ssn(), ("S", "US_SSN"))]
        if head == "ip":
            return [(make_ip(), ("S", "IP_ADDRESS"))]
        if head == "ip6":
            return [(make_ip6(), ("S", "IP_ADDRESS"))]
        if head in SECRET_TYPE:
            return [(make_secret(head, field or ""), ("S", SECRET_TYPE[head]))]
        if head == "co":
            c = self.company(memo or "1")
            return [(c[1] if field == "dom" else c[0], None)]
        if head == "town":
            return [(town_of(L), None)]
        if head == "job":
            return [(pick(JOBS[self.lang if self.lang in JOBS else "en"]), None)]
        if head == "wd":
            return [(pick({"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
                           "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"], "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
                           "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"], "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
                           "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], "pl": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek"],
                           "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma"], "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag"],
                           "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"]}[self.lang]), None)]
        if head == "mon":
            return [(pick(MONTHS[self.lang]), None)]
        raise ValueError(head)


# ----------------------------------------------------------------------------------------------------------------
# Builders for e-mails and chat transcripts
# ----------------------------------------------------------------------------------------------------------------
HDR = {"en": ("From", "To", "Date", "Subject", "Sent", "Cc"), "de": ("Von", "An", "Datum", "Betreff", "Gesendet", "Cc"),
       "fr": ("De", "À", "Date", "Objet", "Envoyé", "Cc"), "es": ("De", "Para", "Fecha", "Asunto", "Enviado", "CC"),
       "it": ("Da", "A", "Data", "Oggetto", "Inviato", "Cc"), "pt": ("De", "Para", "Data", "Assunto", "Enviado", "Cc"),
       "nl": ("Van", "Aan", "Datum", "Onderwerp", "Verzonden", "CC"), "pl": ("Od", "Do", "Data", "Temat", "Wysłano", "DW"),
       "tr": ("Kimden", "Kime", "Tarih", "Konu", "Gönderildi", "Bilgi"), "sv": ("Från", "Till", "Datum", "Ämne", "Skickat", "Kopia"),
       "id": ("Dari", "Kepada", "Tanggal", "Perihal", "Dikirim", "Cc")}
GREET = {
    "en": (["Hi {p2.f},", "Hey {p2.f},", "Hi {p2.f}!", "Morning {p2.f},", "{p2.f},", "Hello {p2.f},", "hi {p2.f|lc},"],
           ["Dear {p2.hon} {p2.l},", "Dear {p2},", "Dear {p2.f},", "Hello {p2.hon} {p2.l},", "Good afternoon {p2.f},"],
           ["Hi all,", "Hi team,", "Hello everyone,", "Dear colleagues,", "Morning all,"]),
    "de": (["Hallo {p2.f},", "Hi {p2.f},", "{?p2:Lieber|Liebe} {p2.f},", "Moin {p2.f},"],
           ["Sehr {?p2:geehrter Herr|geehrte Frau} {p2.l},", "Guten Tag {?p2:Herr|Frau} {p2.l},", "Hallo {?p2:Herr|Frau} {p2.l},"],
           ["Hallo zusammen,", "Liebe Kolleginnen und Kollegen,", "Moin zusammen,"]),
    "fr": (["Bonjour {p2.f},", "Salut {p2.f},", "Coucou {p2.f} !"],
           ["Bonjour {?p2:Monsieur|Madame} {p2.l},", "{?p2:Cher Monsieur|Chère Madame} {p2.l},", "Bonjour {p2.hon} {p2.l},"],
           ["Bonjour à tous,", "Bonjour à toutes et à tous,"]),
    "es": (["Hola {p2.f}:", "Hola {p2.f},", "Buenas, {p2.f}:"],
           ["Estimad{?p2:o Sr.|a Sra.} {p2.l}:", "Buenos días, {p2.f}:", "Estimad{?p2:o|a} {p2}:"],
           ["Hola a todos:", "Buenos días a todos,"]),
    "it": (["Ciao {p2.f},", "Buongiorno {p2.f},", "Ciao {p2.f}!"],
           ["Gentile {?p2:Sig.|Sig.ra} {p2.l},", "Egregi{?p2:o Dott.|a Dott.ssa} {p2.l},", "Gentile {p2},"],
           ["Buongiorno a tutti,", "Ciao a tutti,"]),
    "pt": (["Oi {p2.f},", "Olá {p2.f},", "Bom dia, {p2.f}!"],
           ["Prezad{?p2:o Sr.|a Sra.} {p2.l},", "Prezad{?p2:o|a} {p2},", "Car{?p2:o|a} {p2.f},"],
           ["Olá a todos,", "Pessoal,", "Bom dia a todos,"]),
    "nl": (["Hoi {p2.f},", "Hallo {p2.f},", "Beste {p2.f},"],
           ["Geachte {?p2:heer|mevrouw} {p2.l},", "Beste {?p2:meneer|mevrouw} {p2.l},", "Geachte {p2.hon} {p2.l},"],
           ["Hallo allemaal,", "Beste collega's,", "Hoi allemaal,"]),
    "pl": (["Cześć {p2.f},", "Hej {p2.f}!", "Cześć {p2.f}!"],
           ["Dzień dobry,", "Szanown{?p2:y Panie|a Pani},", "Dzień dobry {p2.hon} {p2.f},"],
           ["Cześć wszystkim,", "Dzień dobry Państwu,"]),
    "tr": (["Merhaba {p2.f},", "Selam {p2.f},", "{p2.f} {?p2:Bey|Hanım} merhaba,", "{p2.f} selam,"],
           ["Sayın {p2},", "Sayın {p2.hon} {p2.l},", "Merhaba {p2.f} {?p2:Bey|Hanım},"],
           ["Herkese merhaba,", "Değerli ekip arkadaşlarım,"]),
    "sv": (["Hej {p2.f}!", "Hej {p2.f},", "Hejsan {p2.f},", "Tjena {p2.f}!"],
           ["Hej {p2},", "Bästa {p2.f},", "Hej {p2.f},"],
           ["Hej alla,", "Hej allihopa,"]),
    "id": (["Halo {p2.f},", "Hai {p2.f},", "Pagi {?p2:Pak|Bu} {p2.f},", "Mas {p2.f}, halo"],
           ["Yth. {?p2:Bapak|Ibu} {p2},", "Kepada Yth. {p2.hon} {p2},", "Selamat pagi {?p2:Bapak|Ibu} {p2.f},"],
           ["Halo semua,", "Rekan-rekan yang baik,"])}
CLOSE = {"en": (["Thanks,", "Cheers,", "Best,", "Thx", "Talk soon,", "Ta,"], ["Kind regards,", "Best regards,", "Many thanks,", "Best wishes,", "Regards,", "Warm regards,"]),
         "de": (["Viele Grüße", "LG", "Beste Grüße", "Danke dir!"], ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"]),
         "fr": (["Bises,", "Merci !", "À plus,", "Bonne journée,"], ["Cordialement,", "Bien à vous,", "Bien cordialement,"]),
         "es": (["Un abrazo,", "Gracias,", "Saludos,"], ["Atentamente,", "Un saludo,", "Saludos cordiales,"]),
         "it": (["Grazie,", "A presto,", "Un abbraccio,"], ["Cordiali saluti,", "Distinti saluti,", "Un cordiale saluto,"]),
         "pt": (["Abraços,", "Bjs,", "Valeu,"], ["Atenciosamente,", "Att.,", "Cordialmente,"]),
         "nl": (["Groetjes,", "Groet,", "Dank je!"], ["Met vriendelijke groet,", "Mvg,", "Hartelijke groet,"]),
         "pl": (["Dzięki,", "Pozdrawiam,", "Pozdro,"], ["Z poważaniem,", "Pozdrawiam serdecznie,", "Z wyrazami szacunku,"]),
         "tr": (["Teşekkürler,", "Görüşmek üzere,", "Sevgiler,"], ["Saygılarımla,", "İyi çalışmalar,", "Saygılarımla."]),
         "sv": (["Hälsningar,", "Ha det bra!", "Tack!"], ["Vänliga hälsningar,", "Med vänlig hälsning,", "Mvh,"]),
         "id": (["Thanks ya,", "Salam,", "Makasih,"], ["Hormat saya,", "Terima kasih,", "Salam hormat,"])}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone", "it": "Inviato da iPhone", "pt": "Enviado do meu iPhone",
          "nl": "Verzonden vanaf mijn iPhone", "pl": "Wysłane z iPhone'a", "tr": "iPhone'umdan gönderildi",
          "sv": "Skickat från min iPhone", "id": "Dikirim dari iPhone saya"}
MOBLAB = {"en": ["M:", "Mob:", "Mobile:", "Cell:", "m."], "de": ["Mobil:", "Mobil", "Handy:"], "fr": ["Tél. :", "Port. :", "Mobile :"],
          "es": ["Móvil:", "Tel.:", "Móvil"], "it": ["Cell.", "Cell:", "Tel."], "pt": ["Cel.:", "Celular:", "Tel.:"],
          "nl": ["Mob.:", "M:", "Mobiel:"], "pl": ["tel.", "kom.", "Tel.:"], "tr": ["Cep:", "Tel:", "GSM:"],
          "sv": ["Mobil:", "Tfn:", "Mob:"], "id": ["HP:", "Telp.", "WA:"]}
DESKLAB = {"en": ["Desk:", "Tel.", "T:", "Direct:", "Office:"], "de": ["Tel.:", "Telefon:", "Tel."], "fr": ["Tél. :", "Ligne directe :"],
           "es": ["Tel.:", "Teléfono:"], "it": ["Tel.", "Tel:"], "pt": ["Tel.:", "Fone:"], "nl": ["T:", "Tel.:"], "pl": ["tel.", "Tel.:"],
           "tr": ["Tel:", "Sabit:"], "sv": ["Tfn:", "Direkt:"], "id": ["Telp.", "Kantor:"]}


def sig_templates(lang):
    mob, desk = pick(MOBLAB[lang]), pick(DESKLAB[lang])
    return [(["{p1}"], 3), (["{p1.f}"], 3), (["{p1.f|lc}"], 1), (["{p1}", "{job}, {co}"], 2),
            (["{p1}", "{job}", "{co}", mob + " {p1.mob} | E: {p1.wemail}"], 2), (["{p1}", "{co}", desk + " {phone.ext}"], 2),
            (["-- ", "{p1}", "{p1.phone}"], 1), (["{p1.f}", "", IPHONE[lang]], 1), (["{p1.fl}"], 1),
            (["{p1} | {job}", desk + " {p1.land}", "{co.dom}"], 1), (["{p1}", mob + " {p1.mob}"], 2)]


def email_date(lang, loc):
    y, m, d = R.choice([2023, 2024, 2024, 2025]), R.randint(1, 12), R.randint(1, 28)
    hh, mm, ss = R.randint(7, 21), R.randint(0, 59), R.randint(0, 59)
    if lang == "en":
        mon = MONTHS["en"][m - 1]
        return pick(["%s, %d %s %d %02d:%02d:%02d %s" % (pick(WEEKDAYS_EN), d, mon[:3], y, hh, mm, ss, pick(["+0000", "+0100", "-0500", "+1000", "+0530"])),
                     "%s %d, %d at %d:%02d %s" % (mon, d, y, hh % 12 or 12, mm, "PM" if hh >= 12 else "AM"),
                     "%02d/%02d/%d %02d:%02d" % ((m, d, y, hh, mm) if loc == "us" else (d, m, y, hh, mm))])
    return pick(["%02d.%02d.%d %02d:%02d" % (d, m, y, hh, mm) if lang in ("de", "pl", "tr") else "%02d/%02d/%d %02d:%02d" % (d, m, y, hh, mm),
                 "%d %s %d %02d:%02d" % (d, MONTHS[lang][m - 1], y, hh, mm)])


def build_email(doc, fr):
    lang = doc.lang
    H = HDR[lang]
    for attempt in range(30):
        lines = []
        style = wpick([("full", 4), ("outlook", 2), ("subject", 2), ("none", 2)])
        frm = pick(["{p1} <{p1.%s}>" % ("wemail" if fr["work"] else "email"), "\"{p1.lf}\" <{p1.%s}>" % ("wemail" if fr["work"] else "email"), "{p1.%s}" % ("wemail" if fr["work"] else "email")])
        if fr["group"]:
            to = "{G:org_email}"
        else:
            to = pick(["{p2} <{p2.%s}>" % ("wemail" if fr["work"] else "email"), "{p2.%s}" % ("wemail" if fr["work"] else "email"), "{p2.lf}"])
        if style == "full":
            lines += ["%s: %s" % (H[0], frm), "%s: %s" % (H[1], to), "%s: {D:timestamp:%s}" % (H[2], email_date(lang, doc.loc)), "%s: %s" % (H[3], fr["subject"]), ""]
        elif style == "outlook":
            lines += ["%s: %s" % (H[0], frm.replace("{p1}", "{p1.lf}") if "<" in frm else frm), "%s: {D:timestamp:%s}" % (H[4], email_date(lang, doc.loc)), "%s: %s" % (H[1], to), "%s: %s" % (H[3], fr["subject"]), ""]
        elif style == "subject":
            lines += ["%s: %s" % (H[3], fr["subject"]), ""]
        if fr["greet"]:
            cas, form, grp = GREET[lang]
            lines += [pick(grp if fr["group"] else (form if fr["formal"] else cas)), ""]
        lines += fr["body"].split("\n")
        if fr["sign"]:
            cl = pick(CLOSE[lang][1 if fr["formal"] else 0])
            sig = wpick(sig_templates(lang))
            lines += ["", cl] + sig
        if len(lines) <= 20 or attempt == 29:
            break
    text = "\n".join(lines)
    return doc.render(text)


CHAT_LAYOUTS = [("wa_android", 4), ("wa_ios", 3), ("slack", 2), ("slack_handle", 1), ("teams", 2), ("irc", 1), ("sms", 2), ("plain", 2), ("lower", 2)]


def chat_stamp(lang, loc, t, layout):
    y, m, d, hh, mm, ss = t
    if layout == "wa_android":
        if lang == "en" and loc == "us":
            return "%d/%d/%02d, %d:%02d %s" % (m, d, y % 100, hh % 12 or 12, mm, "PM" if hh >= 12 else "AM")
        if lang == "de":
            return "%02d.%02d.%02d, %02d:%02d" % (d, m, y % 100, hh, mm)
        return "%02d/%02d/%d, %02d:%02d" % (d, m, y, hh, mm)
    if layout == "wa_ios":
        if lang == "en" and loc == "us":
            return "%d/%d/%02d, %d:%02d:%02d %s" % (m, d, y % 100, hh % 12 or 12, mm, ss, "PM" if hh >= 12 else "AM")
        sep = "." if lang in ("de", "pl", "tr") else "/"
        return "%02d%s%02d%s%d, %02d:%02d:%02d" % (d, sep, m, sep, y, hh, mm, ss)
    if layout in ("slack",) and lang == "en":
        return "%d:%02d %s" % (hh % 12 or 12, mm, "PM" if hh >= 12 else "AM")
    return "%02d:%02d" % (hh, mm)


def build_chat(doc, fr):
    layout = wpick(CHAT_LAYOUTS)
    msgs = fr["lines"]
    if layout in ("slack", "teams") and len(msgs) * 2 > 20:
        layout = "wa_android"
    t = [R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 28), R.randint(7, 21), R.randint(0, 59), R.randint(0, 59)]
    speakers = {}
    unsaved = None
    if layout in ("wa_android", "wa_ios") and chance(0.25):
        unsaved = "B"
    out = []
    for k, (spk, msg) in enumerate(msgs):
        slot = {"A": "p1", "B": "p2", "C": "p7", "D": "p8"}[spk]  # frames use p3-p6 for people who are talked about
        if spk not in speakers:
            if layout in ("wa_android", "wa_ios"):
                speakers[spk] = "{%s.phone}" % slot if spk == unsaved else pick(["{%s}" % slot, "{%s.f}" % slot])
            elif layout == "slack":
                speakers[spk] = "{%s}" % slot
            elif layout in ("slack_handle", "irc"):
                speakers[spk] = "{%s.handle}" % slot
            elif layout == "teams":
                speakers[spk] = "{%s.lf}" % slot
            elif layout == "lower":
                speakers[spk] = "{%s.f|lc}" % slot
            else:
                speakers[spk] = "{%s.f}" % slot
        if k:
            t[5] += R.randint(5, 59)
            t[4] += R.randint(0, 6) + t[5] // 60
            t[5] %= 60
            t[3] += t[4] // 60
            t[4] %= 60
            t[3] = min(t[3], 23)
        st = chat_stamp(doc.lang, doc.loc, t, layout)
        name = speakers[spk]
        if layout == "wa_android":
            out.append("{D:timestamp:%s} - %s: %s" % (st, name, msg))
        elif layout == "wa_ios":
            out.append("[{D:timestamp:%s}] %s: %s" % (st, name, msg))
        elif layout == "slack":
            out.append("%s  {D:time:%s}" % (name, st))
            out.append(msg)
        elif layout == "slack_handle":
            out.append("[{D:time:%s}] @%s: %s" % (st, name, msg))
        elif layout == "teams":
            out.append("[{D:time:%s}] %s" % (st, name))
            out.append(msg)
        elif layout == "irc":
            out.append("[{D:time:%s}] <%s> %s" % (st, name, msg))
        elif layout == "sms":
            out.append("%s ({D:time:%s}): %s" % (name, st, msg))
        else:
            out.append("%s: %s" % (name, msg))
    return doc.render("\n".join(out))


# ----------------------------------------------------------------------------------------------------------------
# Frames (all hand-written for fresh11)
# ----------------------------------------------------------------------------------------------------------------
FRAMES = []


def F(cat, ln, lang, kind, text, loc=None):
    FRAMES.append(dict(cat=cat, ln=ln, lang=lang, kind=kind, type="plain", text=text.strip("\n"), loc=loc))


def E(cat, lang, subject, body, formal=False, work=True, group=False, greet=True, sign=True, loc=None, kind="email"):
    FRAMES.append(dict(cat=cat, ln="L", lang=lang, kind=kind, type="email", subject=subject, body=body.strip("\n"),
                       formal=formal, work=work, group=group, greet=greet, sign=sign, loc=loc))


def C(cat, lang, lines, loc=None, kind="chat_transcript"):
    msgs = []
    for ln in lines.strip("\n").split("\n"):
        spk, msg = ln.split(": ", 1)
        msgs.append((spk.strip(), msg))
    FRAMES.append(dict(cat=cat, ln="L", lang=lang, kind=kind, type="chat", lines=msgs, loc=loc))

# ======== English, personal, short ========================================================================
for _k, _t in [
    # chat, lower case, typos
    ("chat", "{p1.f|lc} and i fixed the printer thing, tell {p2.f|lc} {?p2:he|she} can stop worrying lol"),
    ("chat", "saw {p1.f} at the gym this morning, {?p1:he|she} says hi"),
    ("chat", "omg {p1|lc} is moving to {town} next month?? did u know"),
    ("chat", "can u send me {p1.f|lc}s number, the one from the pub quiz"),
    ("chat", "lunch w {p1.f|lc} and {p2.f|lc} at 1? im buying"),
    ("chat", "{p1.f} just texted, {?p1:his|her} train is stuck outside {town} so start without us"),
    ("chat", "tbh i think {p1} would be perfect for the role, {?p1:he|she} ran the whole migration at {co}"),
    ("chat", "ok so {p1.f|lc} owes me 20 and {p2.f|lc} owes {p1.f|lc} 10, does that even make sense"),
    ("chat", "hey is this still {p1.f}? it's {p2.f} from choir, got ur number off {p3.f}"),
    ("chat", "reminder that {p1.f}'s leaving drinks are friday, dont tell {?p1:him|her} about the cake"),
    ("chat", "whos picking up {p1.f|lc} from school today me or you"),
    ("chat", "just met {p1}'s {~brother|sister|husband|wife}, nicest person ever"),
    ("chat", "pls stop cc'ing {p1.f} on everything, {?p1:he|she}s on leave till the 14th"),
    ("chat", "fyi {p1.l|lc} from accounts is asking about the invoice again"),
    ("chat", "we moved!! new place is {addr.street}, housewarming sat 7ish"),
    ("chat", "{p1.f|lc} said {p2.f|lc} said the meeting's cancelled, classic"),
    ("chat", "did {p1.f} ever pay u back for the concert tix"),
    ("chat", "im outside {p1.f}'s, door's locked, call me {phone.mob}"),
    ("chat", "{p1.f|lc} n {p2.f|lc} are coming too, is that ok??"),
    ("chat", "heads up {p1.f} got the job at {co}!! drinks on {?p1:him|her}"),
    ("chat", "anyone know if {p1@ng.f} is still at the hospital? {p2.f} wants to visit"),
    ("chat", "nah {p1.f|lc} cant make it, {?p1:his|her} kid has chickenpox"),
    ("chat", "sorry that was meant for {p1.f}, ignore 🙈"),
    ("chat", "me and {p1@in.f|lc} are at the back near the bar"),
    ("chat", "tell {p1@cn.f} the keys are under the plant pot, {p2.f} has the spare"),
    ("chat", "{p1|lc} just walked in with {p2|lc} wtf"),
    # sms
    ("sms", "Hi it's {p1.f}, running 10 mins late. Tell {p2.f} to save me a seat x"),
    ("sms", "Your appointment with {p1.dr} {p1.l} is confirmed for {G:event_date} at {G:time}. Reply C to cancel."),
    ("sms", "This is {p1.f} from {co}. Your engineer, {p2.f}, will arrive between {G:time} and {G:time}."),
    ("sms", "Mum, {p1.f} needs picking up from {p2.f}'s at 6, can you do it? Dad"),
    ("sms", "Hi {p1.f}, it's {p2} from the surgery, could you call us back on {phone.land} please."),
    ("sms", "{p1.f} here, new number. Save it: {phone.mob}"),
    # formal
    ("formal", "Please note that {p1} has replaced {p2} as our point of contact for the {town} office."),
    ("formal", "We are pleased to confirm that {p1.hon} {p1.l} will join the board of trustees from {G:event_date}."),
    ("formal", "Our new designer, {p1}, starts on Monday; please make {?p1:him|her} welcome."),
    ("formal", "Payment should be made to {p1}, IBAN {iban}, quoting invoice {G:invoice_no}."),
    ("formal", "I, {p1}, born on {dob.long}, confirm that the information given above is correct."),
    ("formal", "The tenancy is held jointly by {p1} and {p2} at {addr}."),
    ("formal", "{p1.dr} {p1.l} has asked that referrals be sent to {?p1:his|her} secretary, {p2}, rather than to the ward."),
    ("formal", "Prof {p1.l} and Dr {p2.l} will co-supervise the project, and {p1.f} will chair the panel."),
    ("formal", "Prof. {p1.l} regrets that {?p1:he|she} cannot attend; {p2} will present the findings instead."),
    ("formal", "Mx {p1.l} has asked to be addressed by {p1.f} in all correspondence."),
    ("formal", "The committee thanks {p1}, {p2} and {p3} for their years of service."),
    # notes to self
    ("note", "call {p1.f} re deposit, {?p1:his|her} mobile {p1.mob}"),
    ("note", "ask {p1.f|lc} about the spare key, {?p1:he|she}s at {addr.street} now"),
    ("note", "remember {p1}'s flight lands 6:40, terminal 2"),
    ("note", "buy card for {p1.f} + {p2.f}'s anniversary (sat)"),
    ("note", "{p1.l} wants the contract back by fri. chase {p2.f} for signature"),
    ("note", "dentist rang, {p1.dr} {p1.l} off sick, rebook with {p2.hon} {p2.l}"),
    ("note", "owe {p1.f} for the tickets, {?p1:his|her} bank details: {iban}"),
    # agent prompts
    ("ai_prompt", "Write a short thank-you note to {p1} for covering my shifts last week, and mention that {p2.f} helped too."),
    ("ai_prompt", "Rewrite this so it sounds friendlier: \"{p1.f}, the report you sent is missing the Q3 figures again.\""),
    ("ai_prompt", "What does this customer actually want? \"hi its {p1} again, my order never arrived at {addr}\""),
    ("ai_prompt", "Turn these notes into minutes: {p1.f} presented the budget, {p2.f} disagreed, {p3} will follow up."),
    ("ai_prompt", "Translate into Spanish: My name is {p1} and my date of birth is {dob}."),
    ("ai_prompt", "Fix the grammar: me and {p1.f} was going to the shops when {p2.f} rang us"),
    ("ai_prompt", "Write a polite no to {p1.hon} {p1.l}, who asked us to sponsor {?p1:his|her} charity run."),
    ("ai_prompt", "Pull out the action items from the thread between {p1} and {p2} about the late delivery."),
    ("ai_prompt", "Is this address formatted right for an envelope? {addr@uk}"),
    ("ai_prompt", "You are {p1}'s assistant. Reply to the invite for Thursday and say {?p1:he|she} can only do mornings."),
    ("ai_prompt", "Compare these two candidates: {p1} has six years in logistics, {p2} has three plus a degree."),
    ("ai_prompt", "Add {p1.email} and {p2.email} to the beta list and draft a welcome message for them."),
    ("ai_prompt", "Make a birthday poem for {p1.f}, who loves gardening and {?p1:his|her} dog Biscuit."),
    # commit messages / code comments
    ("commit_msg", "fix: handle empty cart at checkout (reported by {p1})"),
    ("commit_msg", "Revert \"add retry\": broke staging, see thread with {p1.f}"),
    ("commit_msg", "docs: credit {p1} and {p2} for the Welsh translation"),
    ("commit_msg", "chore: update CODEOWNERS, {p1.handle} takes over the billing module"),
    ("commit_msg", "Merge pull request #{num:100-9999} from {p1.handle}/fix-timezone"),
    ("code_comment", "# TODO(ask {p1.f}): why do we retry three times here?"),
    ("code_comment", "// workaround from {p1}, remove once the vendor fixes their API"),
    ("code_comment", "/* maintained by {p1} <{p1.wemail}> */"),
    # voicemail transcripts
    ("voicemail", "hi this is {p1} calling from {co} about your application, could you call me back on {phone} thanks"),
    ("voicemail", "hey it's {p1.f|lc}, um, just letting you know {p2.f|lc} left {?p2:his|her} keys here, call me"),
    ("voicemail", "Hello, a message for {p1.hon} {p1.l}. This is {p2.f} at the practice, your results are in, please ring {phone.land}."),
    ("voicemail", "hiya it's {p1.f|lc} from number {num:2-80}, got your parcel, I'm in most evenings"),
    ("voicemail", "hi {p1.f|lc} its {p2.f|lc} again, the number I'm on now is {phone.mob}, speak soon"),
    # reviews and social posts
    ("review", "{p1.f} at the front desk was brilliant and sorted our room change in minutes."),
    ("review", "Ask for {p1.f}, {?p1:he|she} fitted our kitchen and it's perfect. {p2.f} on the phone was lovely too."),
    ("review", "Booked through {p1}, who was patient with all my questions. Five stars."),
    ("review", "Our guide {p1.f} knew everything about the old town. Avoid the tour with {p2.f} though, far too rushed."),
    ("social_post", "So proud of {p1.f|lc} finishing {?p1:his|her} first marathon today!! 🏃"),
    ("social_post", "Congratulations to {p1} on 20 years at {co}! We'll miss you, {p1.f}."),
    ("social_post", "Throwback to {town} with {p1.f}, {p2.f} and {p3.f} ❤️"),
    ("social_post", "Rest in peace {p1}, the kindest neighbour anyone could ask for."),
    # calendar
    ("calendar", "1:1 {p1.f} / {p2.f}, {G:time}, {G:room}"),
    ("calendar", "Dentist, {p1.dr} {p1.l}, {G:event_date} {G:time}"),
    ("calendar", "Pick up {p1.f} from {addr.street}"),
    ("calendar", "Call with {p1} ({p1.phone}) about the contract"),
    # HR, support, CRM
    ("hr_note", "{p1} resigned today; last day {G:event_date}. {p2.f} will cover the {town} accounts."),
    ("hr_note", "Interview panel for {p1}: {p2}, {p3.f} and me. {p1.f} prefers afternoons."),
    ("hr_note", "Probation review: {p1.f} has exceeded targets and I recommend confirming. {p2.fl}"),
    ("support", "Customer {p1} says the card ending {G:card_last4} was charged twice; {?p1:he|she} lives at {addr}."),
    ("support", "Spoke to {p1.f} in billing, {?p1:he|she}'ll refund the delivery fee by Friday."),
    ("support", "Caller gave DOB {dob.num} and passed security, it's {p1}."),
    ("support", "{p1} phoned again about the boiler; {p2} promised a visit this week."),
    # general narrative, names without cue words
    ("general", "{p1} called about the invoice while you were out."),
    ("general", "{p1@pl!m.f} and I fixed the heating before {p2.f} got home."),
    ("general", "We hired {p1} in {D:name_word:May}; {?p1:he|she} came over from {co}."),
    ("general", "I bumped into {p1.f} at the station and {?p1:he|she} looked exhausted."),
    ("general", "The laptop from {p1.f} still won't boot, so {p2.f} is lending me {?p2:his|hers}."),
    ("general", "{p1.f}'s flight was cancelled, so {p2} is driving up to collect {?p1:him|her}."),
    ("general", "{p1.hon} {p1@ng.l} rang twice this morning. {p1.l} said the quote was far too high."),
    ("general", "{p1.l} and {p2.l} are both off on Thursday, so the stand-up is cancelled."),
    ("general", "Last week {p1}, {p2} and {p3} finished the audit ahead of schedule."),
    ("general", "{p1@gh.f} brought the samples and {p2@za.f} signed for them."),
    ("general", "Apparently {p1@kr} and {p2} had a falling-out over the parking space."),
    ("general", "We owe {p1@jp} a proper thank you for the translation."),
    ("general", "Dinner at {p1.f} and {p2.f}'s was lovely, {p1.f} made three desserts."),
    ("general", "Herr {p1@de!m.l} from the Munich office will join the call; {p1.f} prefers English."),
    ("general", "Mme {p1@fr!f.l} sent the signed lease back, but {p2.f} still hasn't."),
    ("general", "Sr. {p1@es!m.l} is flying in on Tuesday with his colleague {p2@es}."),
    ("general", "Pani {p1@pl!f.f} looks after the kids on Wednesdays, {p2.f} does Fridays."),
    ("general", "dhr. {p1@nl!m.l} asked whether {p2.f} could bring the paperwork to the notary."),
    ("general", "I'd trust {p1@ar} with the keys, not {p2}."),
    ("general", "Without {p1@vn} the launch would have slipped another month."),
    ("general", "Thanks to {p1.f}, {p2.f} and especially {p3.f} for staying late."),
    ("general", "Yesterday {p1.f|lc} told me {?p1:he|she} is leaving, and honestly I get it."),
    # bank, medical, travel, delivery
    ("bank_msg", "Transfer of {G:amount} to {p1} ({iban}) has been scheduled for tomorrow."),
    ("bank_msg", "New payee added: {p1}, IBAN {iban.c}. If this wasn't you, call {G:org_phone}."),
    ("medical", "Patient {p1}, DOB {dob.num}, referred by {p2.dr} {p2.l} for knee pain."),
    ("medical", "{p1.f} has a penicillin allergy; {p2.f}, please flag it before Thursday."),
    ("travel", "Booking for {p1} and {p2}, flight {G:flight_no}, ref {G:booking_ref}."),
    ("travel", "{p1.f} lands at 7, can you tell the driver to hold a sign with {p1.l} on it?"),
    ("delivery", "Leave it with {p1.f} at no. {num:1-90} if I'm out, {?p1:he|she} is always in."),
    ("delivery", "Deliver to {addr}. Ring twice, the bell is broken!"),
    ("delivery", "Parcel addressed to {p1} at {addr}? Nobody by that name lives here."),
    ("delivery", "Is the billing address still {addr}?"),
    ("delivery", "Ship to {addr}, not the office (they moved)."),
    ("contact_note", "Call {p1} on {phone.ext} before noon if the delivery is late."),
    ("contact_note", "Desk: {phone.ext}. Mobile {p1.mob}. Ask for {p1.f}."),
    ("contact_note", "Tel. {phone.land}, ask for {p1.hon} {p1.l} in dispatch."),
    ("contact_note", "{p1.f} is in Berlin this week, reach {?p1:him|her} on {phone@de.intl}."),
    ("security_note", "Login to {p1.email} from {ip} was flagged; {p1.f} confirmed it was {?p1:him|her} on holiday."),
    ("security_note", "ban {ip} pls, same guy spamming {p1.f}'s inbox again"),
    ("payment", "Card {cc} in the name of {p1}, please take the deposit today."),
    ("payment", "Refund the {G:amount} to the card {cc}, the customer is {p1}."),
    ("chat", "email {p1.f} at {p1.email} and copy {p2.f} in"),
    ("chat", "{?p1:His|Her} new email is {p1.email}, the old one bounces."),
]:
    F("per", "S", "en", _k, _t)

# ======== English, personal, long: e-mails ==================================================================
E("per", "en", "Re: Thursday handover", """
Quick one before I forget: {p3} is taking over the {town} accounts from Monday.
{p3.f} has already met {p4} and the two of them will split the backlog.
If anything urgent comes in, ring {p3.f} on {p3.mob} rather than the office line.""")
E("per", "en", "New starter", """
Our new designer, {p3}, starts on Monday and will sit with {p4.f}'s team.
Could you make sure {?p3:his|her} laptop is ready? IT said to ask {p5} if the badge isn't printed.
{p3.f}'s personal email for the welcome pack is {p3.email}.""")
E("per", "en", "Boiler again", """
The boiler has packed in again, same banging noise as in March.
{p3.hon} {p3.l} downstairs says {?p3:his|hers} went too, so it might be the mains.
I'm in all day Thursday at {addr.street} if someone can come.
My mobile is {p1.mob} in case the buzzer doesn't work.""", work=False)
E("per", "en", "Your application", """
Thank you for your interest in the role. {p3}, who leads the team, would like to meet you.
Would {G:event_date} at {G:time} or {G:event_date} at {G:time} work?
The interview will be at our office, {addr}.
Please bring photo ID; reception will ask for {p3.f} when you arrive.""", formal=True)
E("per", "en", "Year 4 trip", """
Thank you to everyone who has returned the consent forms.
We are still waiting for forms for {p3} and {p4}.
Mrs {p5!f.l} will lead the group, with {p6.f} and {p7.f} helping.
Please send a packed lunch. Any questions, email {G:org_email}.""", group=True, kind="school_msg")
E("per", "en", "Referral", """
I would be grateful if you could see {p3}, date of birth {dob}, who has had intermittent chest pain for six weeks.
{?p3:He|She} lives at {addr} and can be reached on {p3.phone}.
{?p3:He|She} is usually accompanied by {?p3:his|her} daughter, {p4!f.f}.""", formal=True, kind="medical_letter")
E("per", "en", "Sunday", """
Mum says lunch is at 1 now because {p3.f} can't get there before 12.
{p4.f} and the kids are coming, so bring the extra chairs from {p5.f}'s garage.
Has anyone told Auntie {p6!f.f}?""", work=False, group=True)
E("per", "en", "Invoice", """
Please find attached invoice {G:invoice_no} for the work on the kitchen.
Payment by bank transfer to {p1}, IBAN {iban}, within 14 days.
If you'd rather pay by card, ring {p3.f} in the office on {phone.ext}.""")
E("per", "en", "Confidential", """
As discussed, {p3} will be on sick leave until at least {G:event_date}.
Please don't share the details with the team; {p4.f} and I are the only ones who know.
{p3.f}'s manager, {p5}, will cover {?p3:his|her} one-to-ones.""", formal=True, kind="hr_note")
E("per", "en", "VPN access", """
Can you set up VPN access for {p3}? {?p3:He|She} is joining {p4.f}'s team as a contractor.
Username should be {p3.handle}, and the work address will be {p3.wemail}.
{?p3:He|She} will mostly connect from home ({ip}) if you need to allow-list it.""")
E("per", "en", "Your parcel", """
Your parcel came to us by mistake. It has your name on it but our house number, so close enough!
I've left it with {p3.f} at number {num:2-60} because we're away till Sunday.
{p3.f}'s usually in after 5.""", work=False)
E("per", "en", "Order", """
I spoke to {p3} in your dispatch team on {G:event_date}, who promised the pallets would arrive by Friday.
They did not, and nobody has called back. {p4.hon} {p4.l} in our warehouse waited until 7pm.
Please call me on {p1.land} or {p4.f} on {p4.mob} to arrange a new slot.""", formal=True)
E("per", "en", "Speaker details", """
Thanks for agreeing to speak. For the programme we'll list you as {p2}, {job}, {co#2}.
Your hotel is booked under {p2.l}; {p3.f} from our events team will meet you at the station.
If your train changes, text {p3.f} on {p3.mob}.""")
E("per", "en", "Unrecognised payment", """
On {G:event_date} a payment of {G:amount} left my account to someone called {p3}.
I don't know anyone by that name. My card number is {cc} and my date of birth is {dob}.
Please call me on {p1.phone}; I'm home after six.""", formal=True, work=False)
E("per", "en", "Friday update", """
Good week all round. {p3.f} closed the {co#2} renewal and {p4.f} finally fixed the export bug.
{p5} joins us on Monday from {co#3}; please say hello.
{p6.f} is out next week, so send holiday requests to {p7.f} instead.""", group=True)
E("per", "en", "Reference", """
{p3} rented our flat at {addr} from 2019 until last month.
{?p3:He|She} always paid on time and left the place spotless.
I'm happy to talk to you directly on {p1.phone}.""", formal=True, work=False)
E("per", "en", "Today at school", """
Just to let you know {p3.f} was a bit upset after lunch; {?p3:he|she} and {p4.f} fell out over a football.
They made up by home time, and Ms {p5!f.l} had a word with both of them.
Give me a ring if you'd like to chat: {phone.mob}.""", work=False, kind="school_msg")
E("per", "en", "Viewing Saturday", """
Confirming the viewing at {addr.unit} on Saturday at {G:time}.
The current tenant, {p3}, will let you in; {?p3:he|she} works nights so please don't be early.
Parking is on the street, and {p4.f} from our office will meet you outside.""", kind="tenancy_note")
E("per", "en", "Sunday fixtures", """
Squad for Sunday: {p3.f}, {p4.f}, {p5.f}, {p6.f}, {p7.f} and {p8.f}. {p9.f} is on the bench.
Meet at the club at 9. If you can't make it, message {p3.f}, not me, I'm away.
Subs are due; {p4.f} is collecting.""", group=True, work=False)
E("per", "en", "Your appointment", """
{p3.dr} {p3.l} would like to see you again to discuss your blood results.
Could you call the surgery on {phone.land}? If you need a home visit, tell {p4.f} at reception.
We have your address as {addr}; please let us know if this has changed.""", formal=True)
E("per", "en", "Roof quote", """
Had a chat with {p3} yesterday and {?p3:he|she} reckons the roof can be done in two weeks.
{p3.f}'s crew is busy until the 20th, though. {p4} could start sooner but is dearer.
Let me know which you'd prefer and I'll book them in.""", work=False)
E("per", "en", "Intro", """
Introducing you to {p3}, who runs procurement at {co#2}. {p3.f}, meet {p2.f}!
{p2.f} looks after our larger customers and is the right person to talk to about the rollout.
I'll let you two take it from here.""")
E("per", "en", "sorry about Saturday", """
Really sorry we missed the party, {p3.f} came down with a fever on Friday night.
Please say happy birthday to {p4.f} from all of us; the present is in the post.
We'll come up in a couple of weeks if {p5.f} and {p6.f} are around.""", work=False)
E("per", "en", "Direct deposit", """
Please update the payroll record for {p3}: SSN {ssn}, start date {G:event_date}.
Direct deposit goes to the account ending {G:card_last4}; the voided check is attached.
{p3.f}'s home address is {addr}.""", formal=True, loc="us", kind="hr_note")
E("per", "en", "Your itinerary", """
Here are the details for you and {p3}: flight {G:flight_no} on {G:event_date}, booking reference {G:booking_ref}.
Names must match passports exactly, so please check the spelling of {p3.f}'s surname.
For changes call me on {p1.phone}.""")
E("per", "en", "A favour", """
{D:name_word:Hope} you're well! I'm applying for a job at {co#2} and they've asked for a referee.
Would you mind if I gave your name? They'd contact you at {p2.email}.
{p3.f} from the old team said {?p3:he|she}'d do one too, so no pressure.""", work=False)
E("per", "en", "Thank you, volunteers", """
Thanks to {p3}, {p4} and {p5} for running the stall last weekend.
We raised {G:amount}! {p6.f} has the cash tin; please don't send anything to {p5.f}, who's moving house.
Next meeting at {addr.nozip} on {G:event_date}.""", group=True, work=False)
E("per", "en", "Change of address", """
Please note that from {G:event_date} my address will be
{addr.block}
The old address at {addr.street} will be forwarded for three months.""", work=False, formal=True)
E("per", "en", "Re: contact details", """
Sure, here they are. Best number for me is {p1.mob} (mobile), or the desk on {phone.ext}.
If I'm out, {p3} covers; {?p3:his|her} mobile is {p3.mob}.
{p4.hon} {p4.l} in legal should also be copied on anything to do with the contract.""")

# ======== English, personal, long: chat transcripts ========================================================
C("per", "en", """
A: who took my oat milk
B: wasn't me, ask {p3.f|lc}
A: {p3.f|lc} is in {town} all week
C: ok it was me sorry 😬 will buy more
A: also the landlord's coming thursday, {p4.hon} {p4.l} said 10ish
B: can someone be in? i'm at work
C: i'll be in""")
C("per", "en", """
A: is {p3} joining the call?
B: yes but late, {?p3:he|she}'s with {p4.f}
A: ok. can you share the deck with {p3.f} first
B: done, sent to {p3.wemail}
A: thanks!""")
C("per", "en", """
A: {p3.f}'s flight lands 18:40 🛬
B: who's picking up
C: me, I've got the big car
A: bring {p4.f} too, {?p4:he|she} hasn't seen {p3.f} in ages
B: dinner at ours after? address for the taxi is {addr}
C: 👍""")
C("per", "en", """
A: whats {p3.f}'s number again
B: {p3.phone}
A: ty. and {p4.f|lc}?
B: dunno, ask {p5.f|lc}
A: ok will do""")
C("per", "en", """
A: Hi, it's {p1.f} from {addr.street}, I think I have your parcel
B: Oh brilliant, thank you! I'll come round after work
A: No rush, {p3.f} is home all day if I'm not
B: Thanks so much 🙏""")
C("per", "en", """
A: so my friend {p3.f} wants to meet you lol
B: which one is {p3.f}
A: tall, glasses, was at {p4.f}'s birthday
B: ohhh the one who knows {p5}?
A: yes!!
B: ok fine give {?p3:him|her} my number""")
C("per", "en", """
A: electric bill is {G:amount}, split 3 ways
B: send me your bank details
A: {iban} (name {p1})
C: paid ✅
B: paid, sorry for the delay""", loc="uk")
C("per", "en", """
A: venue confirmed: {addr}
B: is there parking?
A: street parking, or the car park behind the church
C: {p4.f} and I will bring the speakers
B: I'll pick up {p5.f} on the way""")
C("per", "en", """
A: did {p3.f} get the results?
B: yeah, Dr {p4.l} called this morning
A: and?
B: all fine, just low iron
A: phew. tell {p3.f} I said hi""")
C("per", "en", """
A: someone left a wallet at the bar
B: name?
A: the card says {p3|uc}
B: I know {?p3:him|her}! {?p3:he|she}'s {p4.f}'s cousin
A: can you message {?p3:him|her}?""")
C("per", "en", """
A: can {p3.f} come to ours after school thurs?
B: yes, {p3.f} would love that
A: I'll drop {?p3:him|her} home at 6, still {addr.street}?
B: yes! thanks""")
C("per", "en", """
A: prod is down
B: who's on call
A: {p3.f}, but not answering
B: try {p3.mob}
A: got {?p3:him|her}, {?p3:he|she}'s on it
C: I'll update {p4} and the status page""")
C("per", "en", """
A: any news on {p3}?
B: offer accepted! starts {G:event_date}
A: amazing. who's the buddy
B: {p4.f|lc}, and {p5.f|lc} will do the IT setup
A: nice""")
C("per", "en", """
A: movers arrive at 8
B: new address?
A: {addr}
B: saved. is {p3.f} helping?
A: yep, and {p4.f} is lending the van""")
C("per", "en", """
A: quick q, what's the name of the plumber you used
B: {p3}, {?p3:he|she}'s great
B: {p3.phone}
A: legend, thanks
B: tell {?p3:him|her} {p1.f} sent you""")

# ======== English, personal, long: documents ===============================================================
F("per", "L", "en", "meeting_minutes", """
Minutes: site safety meeting, {G:event_date}
Present: {p1}, {p2}, {p3.fl}, {p4}
Apologies: {p5}

1. Scaffolding. {p2.f} reported two loose boards on the east side; {p4.f} will have them replaced by Friday.
2. First aid. {p1.f} is booked on the refresher course. {p3.l} asked for a second first-aider on nights.
3. Near miss. A van reversed into the loading bay while {p5.f} was unloading. Nobody hurt.

Actions
- {p4.f}: replace boards (Fri)
- {p1.f}: circulate the new rota
- {p2}: speak to the van driver's firm""")
F("per", "L", "en", "meeting_minutes", """
Residents' association: notes
Chair: {p1.hon} {p1.l}   Notes: {p2.f}

{p3} (flat {num:1-40}) raised the broken entry door again. {p1.l} has chased the managing agent twice.
{p4.f} and {p5.f} offered to collect quotes for the garden.
{p6}, who is new at {addr.street}, asked about bin days. {p2.f} will email {?p6:him|her} the calendar.

Next meeting: {G:event_date}, community hall.""")
F("per", "L", "en", "meeting_minutes", """
Weekly sync, platform team
Attendees: {p1.f|lc}, {p2.f|lc}, {p3.f|lc}, {p4.f|lc}

- release slipped to {G:event_date}; {p2.f|lc} still chasing the cert renewal
- {p3.f|lc} out thurs/fri, {p4.f|lc} covers on-call
- {p1.f|lc} to pair with {p5} (new joiner) on the deploy scripts
- AOB: {p4.f|lc} asked who owns the old billing cron. nobody knows. {p1.f|lc} to ask {p6}""")
F("per", "L", "en", "meeting_minutes", """
Board of trustees, minutes of the meeting held on {G:event_date}

Present: {p1.lf} (chair), {p2.lf}, {p3.lf}, {p4.lf}
In attendance: {p5} (treasurer)

The chair welcomed {p6}, who was co-opted in {D:name_word:May}.
{p5.f} presented the accounts. {p3.l} asked why the hall repairs were over budget; {p5.l} explained the roof.
It was agreed that {p2.f} and {p6.f} would meet the auditors.
The meeting closed at {G:time}.""")
F("per", "L", "en", "meeting_minutes", """
Parent-teacher meeting, Class 3B
Teacher: Mr {p1!m.l}
Parents present: {p2}, {p3}, {p4}

{p2.f} asked about reading levels. Mr {p1.l} said the new books arrive next term.
{p3.f} offered to help on the museum trip with {p4.f}.
Concerns about the crossing by the school gate will be passed to the council by {p3.f}.""")
F("per", "L", "en", "meeting_minutes", """
Kick-off call, website rebuild
{G:event_date}, {G:time}

Client side: {p1} (marketing), {p2} (IT)
Our side: {p3}, {p4.f}

{p1.f} wants the new site live before the spring campaign.
{p2.f} will send credentials for the hosting panel separately, not by email.
{p3.f} to draft a sitemap; {p4.f} to book a design review with {p1.f} and {p5}.
Follow-up: {p3.f} will send a summary to {p1.email}.""")
F("per", "L", "en", "support_ticket", """
Ticket {G:ticket_id}
Customer: {p1}
Email: {p1.email}
Phone: {p1.phone}
Subject: Router keeps dropping

{p1.f} says the connection drops every evening around 8. Already swapped the cable.
Engineer visit booked; {p2.f} will attend. Address on file: {addr}.

> Hi, this is still happening, can someone call me before they come? My partner {p3.f} will be in if I'm not. - {p1.f}""")
F("per", "L", "en", "support_ticket", """
#{num:10000-99999}  Refund request
Opened by: {p2.f} (agent)
Customer: {p1.hon} {p1.l}

Customer bought two chairs; one arrived broken. Photos attached.
{p1.l} would like a replacement rather than a refund. Delivery to {addr}.
Escalated to {p3} because the courier denies liability.

Update from {p3.f}: replacement approved, ships {G:event_date}.""")
F("per", "L", "en", "support_ticket", """
Priority: P2
Reporter: {p1.wemail}
Assignee: {p2.handle}

Since the update, {p1.f} can't log in to the expense tool. Error: "account locked".
{p1.f}'s manager {p3} needs the claims approved by Friday.
Login attempts came from {ip} (home) and {ip} (office VPN).
{p2.f}: unlocked, reset MFA, asked {p1.f} to try again.""")
F("per", "L", "en", "support_ticket", """
Case {G:case_no}
Caller: {p1}
Call-back: {p1.phone}

Caller reports a second charge of {G:amount} on {?p1:his|her} statement.
Verified with postcode and date of birth ({dob.num}).
Card used: {cc}
Dispute raised; {p1.f} was told 5-10 working days. Agent: {p2.f}""")
F("per", "L", "en", "support_ticket", """
Subject: Can't change delivery address
From: {p1} <{p1.email}>

Hi, I've moved and the app won't let me change my address.
Old: {addr.street}
New: {addr}
Please update it before my next box ships. My sister {p2!f} might ring on my behalf, that's fine.
Thanks, {p1.f}""")
F("per", "L", "en", "csv_export", """
name,email,phone,city,signup_date
@rows 3-7
{p1},{p1.email},{p1.phone},{town},{G:event_date}
@end""", loc="uk")
F("per", "L", "en", "csv_export", """
first_name,last_name,company,work_email,mobile
@rows 3-7
{p1.f},{p1.l},{co#r},{p1.wemail#r},{p1.mob}
@end""")
F("per", "L", "en", "csv_export", """
"Customer","Address","Order","Total"
@rows 3-6
"{p1}","{addr}","{G:order_id}","{G:amount}"
@end""")
F("per", "L", "en", "tsv_export", """
id	surname	given_name	dob	phone
@rows 3-7
{G:customer_id}	{p1.l}	{p1.f}	{dob.iso}	{p1.phone}
@end""")
F("per", "L", "en", "tsv_export", """
Ticket	Requester	Email	Assigned
@rows 3-6
{G:ticket_id}	{p1}	{p1.email}	{p2.f|lc}
@end""")
F("per", "L", "en", "markdown_table", """
| Name | Role | Phone | Email |
|---|---|---|---|
@rows 3-6
| {p1} | {job} | {p1.phone} | {p1.wemail} |
@end""")
F("per", "L", "en", "markdown_table", """
Volunteer rota, weekend of {G:event_date}

| Shift | Volunteer | Contact |
|---|---|---|
| Sat am | {p1} | {p1.mob} |
| Sat pm | {p2.f} & {p3.f} | {p2.mob} |
| Sun am | {p4} | {p4.mob} |
| Sun pm | {p5.fl} | {p5.email} |""")
F("per", "L", "en", "markdown_table", """
## Guest list

| Guest | +1 | Dietary |
|---|---|---|
@rows 3-7
| {p1} | {~yes|no|no|{p2.f}} | {~none|vegetarian|vegan|nut allergy|none} |
@end""")
F("per", "L", "en", "json_record", """
{
  "customer": {
    "name": "{p1}",
    "email": "{p1.email}",
    "phone": "{p1.phone}",
    "dob": "{dob.iso}",
    "address": "{addr}"
  },
  "order_id": "{G:order_id}",
  "created_at": "{G:timestamp}"
}""")
F("per", "L", "en", "json_record", """
[
@rows 2-3 join=,
  {"id": "{G:uuid}", "full_name": "{p1}", "email": "{p1.email}", "last_ip": "{ip}"}
@end
]""")
F("per", "L", "en", "json_record", """
{"event": "signup", "ts": "{G:timestamp}", "user": {"first": "{p1.f}", "last": "{p1.l}", "email": "{p1.email}"}, "ip": "{ip}"}
{"event": "email_verified", "ts": "{G:timestamp}", "user": {"email": "{p1.email}"}}
{"event": "profile_update", "ts": "{G:timestamp}", "user": {"email": "{p1.email}", "phone": "{p1.phone}"}}
{"event": "login", "ts": "{G:timestamp}", "ip": "{ip6}", "user": {"email": "{p1.email}"}}""")
F("per", "L", "en", "yaml_record", """
contacts:
@rows 2-4
  - name: {p1}
    email: {p1.email}
    phone: "{p1.phone}"
@end""")
F("per", "L", "en", "yaml_record", """
applicant:
  given_name: {p1.f}
  family_name: {p1.l}
  date_of_birth: {dob.iso}
  address: "{addr}"
  referee: {p2}
  referee_email: {p2.email}
status: shortlisted""")
F("per", "L", "en", "form", """
NEW PATIENT REGISTRATION
Surname: {p1.l|uc}
First name(s): {p1.f}
Date of birth: {dob.num}
Address: {addr}
Telephone: {p1.phone}
Email: {p1.email}
Next of kin: {p2} ({?p2:{~husband|father|partner|son}|{~wife|mother|partner|daughter}})
Next of kin phone: {p2.phone}""")
F("per", "L", "en", "form", """
Rental application
Applicant: {p1}
Current address: {addr}
Time at address: {num:1-9} years
Employer: {co}
Landlord reference: {p2.hon} {p2.l}, {p2.phone}
Co-applicant: {p3}
Signed: {p1}""")
F("per", "L", "en", "form", """
Job application (page 1)
Full name: {p1}
Preferred name: {p1.f}
Email: {p1.email}
Mobile: {p1.mob}
Address: {addr}
Right to work: yes
How did you hear about us? My friend {p2} works in your {town} branch.""")
F("per", "L", "en", "form", """
Emergency contact form
Employee: {p1.lf}
Employee ID: {G:employee_id}
Contact 1: {p2}, {?p2:{~spouse|partner|brother|father}|{~spouse|partner|mother|sister}}, {p2.phone}
Contact 2: {p3}, {?p3:{~friend|neighbour|uncle}|{~friend|neighbour|aunt}}, {p3.phone}
Medical notes: none
Completed by {p1.f} on {G:event_date}""")
F("per", "L", "en", "form", """
Direct Debit instruction
Name of account holder: {p1}
IBAN: {iban}
Billing address: {addr}
Reference: {G:customer_id}
Date: {G:event_date}
Signature: {p1.fl}""", loc="ie")
F("per", "L", "en", "form", """
EMPLOYEE DETAILS
Legal name: {p1}
SSN: {ssn}
Date of Birth: {dob.num}
Home address:
{addr.block}
Personal email: {p1.email}""", loc="us")
F("per", "L", "en", "log_lines", """
{G:timestamp} INFO  auth: login ok user={p1.email} ip={ip}
{G:timestamp} WARN  auth: failed password user={p2.email} ip={ip}
{G:timestamp} WARN  auth: failed password user={p2.email} ip={ip}
{G:timestamp} INFO  auth: password reset requested user={p2.email}
{G:timestamp} INFO  auth: login ok user={p3.email} ip={G:private_ip}""")
F("per", "L", "en", "log_lines", """
{ip} - - [{G:timestamp}] "GET /account/{p1.handle} HTTP/1.1" 200 5123
{ip} - - [{G:timestamp}] "POST /account/{p1.handle}/avatar HTTP/1.1" 201 88
{G:private_ip} - - [{G:timestamp}] "GET /healthz HTTP/1.1" 200 2
{ip} - - [{G:timestamp}] "GET /account/{p2.handle} HTTP/1.1" 403 0""")
F("per", "L", "en", "log_lines", """
[{G:timestamp}] order {G:order_id} created for {p1} <{p1.email}>
[{G:timestamp}] payment captured {G:amount}
[{G:timestamp}] shipping label created, to: {addr}
[{G:timestamp}] courier assigned, driver {p2.f}
[{G:timestamp}] delivered, signed by {p3.f|uc}""")
F("per", "L", "en", "hr_letter", """
{G:event_date}

{p1}
{addr.block}

Dear {p1.f},

We are delighted to offer you the position of {job}, starting on {G:event_date}.
You will report to {p2}. {p3.f} from our people team will be in touch about your first week.

Yours sincerely,
{p4}""")
F("per", "L", "en", "hr_letter", """
PRIVATE AND CONFIDENTIAL
{p1}
{addr.block}

Dear {p1.hon} {p1.l},
Following the meeting on {G:event_date} with {p2} and {p3}, I confirm the outcome is a written warning.
You may appeal within five working days by writing to {p4}.
Kind regards,
{p2}""")
F("per", "L", "en", "medical_letter", """
{p1.dr} {p1.l}
{co}
{addr.block#c}

Re: {p2}, DOB {dob.num}
{addr.line}

Thank you for seeing this {~pleasant|lovely} {num:24-88}-year-old, whom I saw today with {~shortness of breath|recurrent headaches|a painful left knee}.
{?p2:He|She} lives with {?p2:his|her} {?p3:{~husband|partner}|{~wife|partner}}, {p3.f}, who is {?p2:his|her} main carer.""")
F("per", "L", "en", "medical_letter", """
APPOINTMENT CONFIRMATION
Patient: {p1}
Date of birth: {dob}
Clinic: Outpatients, Level 2
Consultant: {p2.dr} {p2.l}
When: {G:event_date}, {G:time}
If you cannot attend, please call {G:org_phone}.
Interpreter requested: {~yes|no}""")
F("per", "L", "en", "incident_report", """
INCIDENT REPORT {G:case_no}
Date/time: {G:event_date} {G:time}
Location: car park, level 2
Reported by: {p1} ({job})
Persons involved: {p2}, {p3}
Description: {p2.f} slipped on the ramp while carrying boxes. {p3.f} helped {?p2:him|her} up and called {p1.f}.
First aid given by {p4.f}. No hospital visit needed.
Witness contact: {p3.phone}""")
F("per", "L", "en", "incident_report", """
Security incident summary
- {G:timestamp}: suspicious login for {p1.wemail} from {ip}
- {G:timestamp}: {p1.f} confirmed it wasn't {?p1:him|her}; password reset by {p2.f}
- {G:timestamp}: same IP tried {p3.wemail}, blocked
- Follow-up: {p2} to brief {p4} and the other team leads""")
F("per", "L", "en", "crm_note", """
Account: {co#2}
Contact: {p1} ({job})
Phone: {p1.phone}
Notes:
Spoke to {p1.f} about renewal. {?p1:He|She} wants to loop in {p2} from finance.
{p2.f} is on holiday until the 12th. Call back after that.
Also mentioned {p3}, who used to be our contact there, has moved to {co#3}.""")
F("per", "L", "en", "crm_note", """
{G:event_date}: call with {p1.hon} {p1.l}
- happy with the trial, price is the issue
- decision maker is {p2}, not {p1.f}
- {p1.f} asked us to email {p2.wemail#x} directly
- follow-up set for {G:event_date} ({p3.f|lc} to own)""")
F("per", "L", "en", "tenancy_note", """
Check-in inventory, {addr}
Tenant(s): {p1}, {p2}
Agent: {p3}
Meter readings taken with {p1.f} present.
Keys handed over: 2 front, 1 back, 1 fob.
Note: {p2.f} reported a crack in the bathroom tile; photographed.""")
F("per", "L", "en", "tenancy_note", """
Viewing feedback
Property: {addr.street}
Viewed by: {p1} and {p2}
{p1.f} liked the garden but worried about the commute.
{p2.f} asked if pets are allowed (two cats).
They'd like to see it again on Saturday; call {p1.f} on {p1.mob}.""")
F("per", "L", "en", "delivery_note", """
DELIVERY NOTE {G:tracking_no}
Ship to:
{p1}
{addr.block}
Tel: {p1.phone}
Instructions: if out, leave with {p2.f} next door""")
F("per", "L", "en", "delivery_note", """
Courier run, {G:event_date}
1. {p1}, {addr}: left in porch
2. {p2}, {addr}: signed by {p2.f|uc}
3. {p3}, {addr}: no answer, card left
4. {p4}, {addr}: with neighbour {p5.f}""")
F("per", "L", "en", "vcard", """
BEGIN:VCARD
VERSION:3.0
N:{p1.l};{p1.f};;;
FN:{p1}
TEL;TYPE=cell:{p1.mob}
EMAIL:{p1.email}
END:VCARD""")
F("per", "L", "en", "invoice", """
INVOICE {G:invoice_no}
From: {p1}, {addr#a}
To: {p2}
{addr.block}
Garden clearance, 2 days: {G:amount}
Please pay by bank transfer to {iban} (account name {p1}).""")
F("per", "L", "en", "call_log", """
Calls today
{G:time}  {p1} ({p1.phone}): wants to move {?p1:his|her} appointment
{G:time}  unknown number {phone}: hung up
{G:time}  {p2.hon} {p2.l}: asked for {p3.f} to ring back on {p2.land}
{G:time}  {p4.f} from the pharmacy: prescription for {p5} is ready""")
F("per", "L", "en", "school_msg", """
Dear parents,
Well done to {p1}, {p2} and {p3}, who won the county spelling bee!
Thanks also to Mr {p4!m.l} and Ms {p5!f.l} for coaching them.
{p1.f}'s mum, {p6!f}, has kindly offered to organise the celebration picnic.
Best wishes,
{p7}""")
F("per", "L", "en", "travel", """
Booking confirmation {G:booking_ref}
Lead passenger: {p1|uc}
Passenger 2: {p2|uc}
Flight: {G:flight_no}, departs {G:event_date} {G:time}
Contact number: {p1.phone}
Emergency contact: {p3}, {p3.phone}""")

# ======== English, public, short (look-alikes only) ========================================================
for _k, _t in [
    ("news", "{D:public_figure:Jacinda Ardern} will give the keynote at the climate summit in {D:city:Adelaide}."),
    ("news", "{D:public_figure:Serena Williams} and {D:public_figure:Naomi Osaka} headline the exhibition match on {G:event_date}."),
    ("news", "Shares in {D:brand:Ford} rose after the company confirmed the new battery plant."),
    ("news", "{D:public_figure:Narendra Modi} met {D:public_figure:Pedro Sánchez} in {D:city:Madrid} to discuss trade."),
    ("news", "{D:public_figure:Eliud Kipchoge} says he will run in {D:city:Boston} next spring."),
    ("news", "{D:public_figure:Haruki Murakami}'s new novel tops the charts for a third week."),
    ("news", "{D:public_figure:Satya Nadella} told analysts that {D:org:Microsoft} would keep building data centres."),
    ("news", "Police are appealing for witnesses after a crash on {D:street_public:Princes Street} on {G:event_date}."),
    ("news", "{D:public_figure:Chimamanda Ngozi Adichie} and {D:public_figure:Wole Soyinka} will both speak at the festival."),
    ("news", "{D:public_figure:Son Heung-min} scored twice as {D:team:Tottenham} came from behind."),
    ("history", "{D:public_figure:Ada Lovelace}, born {D:public_dob:10 December 1815}, is often called the first programmer."),
    ("history", "{D:public_figure:Frida Kahlo} (born {D:public_dob:6 July 1907}) painted more than fifty self-portraits."),
    ("history", "{D:public_figure:Wolfgang Amadeus Mozart} was born on {D:public_dob:27 January 1756} in {D:city:Salzburg}."),
    ("history", "{D:public_figure:Alan Turing} was born in London on {D:public_dob:23 June 1912}."),
    ("history", "{D:public_figure:Nelson Mandela} walked out of prison on {D:event_date:11 February 1990}."),
    ("name_words", "{D:name_word:Will} do, I'll send the slides after lunch."),
    ("name_words", "{D:name_word:Hope} the weather holds for the fair on Saturday."),
    ("name_words", "{D:name_word:Grant} applications close on {G:event_date}; late forms won't be accepted."),
    ("name_words", "{D:name_word:Mark} the date: the summer fete is back on {G:event_date}."),
    ("name_words", "{D:name_word:Bill} payments can now be made in the app."),
    ("name_words", "{D:name_word:Young} people under 16 travel free at weekends."),
    ("name_words", "{D:name_word:White} or brown bread with your soup?"),
    ("name_words", "{D:name_word:Long} queues are expected at the border this weekend."),
    ("name_words", "{D:name_word:Faith} leaders will meet the mayor on Monday."),
    ("name_words", "{D:name_word:Rose} bushes need pruning in late winter, before the buds open."),
    ("name_words", "{D:name_word:May} I suggest we move the meeting to Thursday?"),
    ("name_words", "{D:name_word:Summer} opening hours start next week: the library closes at 6."),
    ("name_words", "{D:name_word:Dawn} raids by customs officers seized two tonnes of fake perfume."),
    ("name_words", "{D:name_word:Sunny} spells and the odd shower are forecast for the bank holiday."),
    ("place", "The coffee shop on {D:street_public:Grafton Street} has changed hands again."),
    ("place", "{D:street_public:Carnaby Street} was packed for the lights switch-on."),
    ("place", "We stayed near {D:street_public:Bourke Street} and walked everywhere."),
    ("place", "Traffic on {D:street_public:Yonge Street} is diverted until Friday."),
    ("place", "{D:city:Florence} in August is far too hot; go in {D:name_word:May}."),
    ("place", "Flights to {D:city:Charlotte} and {D:city:Austin} were delayed by storms."),
    ("place", "The train from {D:city:Chester} to {D:city:Lincoln} takes two hours with a change."),
    ("place", "Meet under the clock at {D:public_place:Waverley Station}."),
    ("brand", "Swapped my {D:brand:Dell} for a {D:brand:Lenovo} and the battery lasts twice as long."),
    ("brand", "{D:brand:Ben & Jerry's} launched two new flavours this week."),
    ("brand", "We grabbed sandwiches at {D:brand:Sainsbury's} on the way."),
    ("brand", "My {D:brand:Dr. Martens} finally wore through after six years."),
    ("brand", "{D:brand:Wendy's} is opening three new drive-throughs in the area."),
    ("brand", "The {D:brand:John Lewis} sale starts on Boxing Day."),
    ("brand", "Is {D:brand:Trader Joe's} open on the holiday?"),
    ("brand", "Buy the {D:brand:Miele}, the cheaper ones break."),
    ("order", "Your order {G:order_id} has shipped. Track it with {G:tracking_no}."),
    ("order", "Item {G:sku} is back in stock in sizes S to XL."),
    ("order", "Model {G:model_no} is discontinued; the replacement is {G:model_no}."),
    ("order", "Refund of {G:amount} processed for order {G:order_id}."),
    ("order", "Invoice {G:invoice_no} is due on {G:event_date}."),
    ("tech", "Upgraded to {G:version} and the memory leak is gone."),
    ("tech", "Build {G:build_no} failed on {G:hostname}, retrying."),
    ("tech", "The box at {G:private_ip} is the old NAS, do not reboot it."),
    ("tech", "Commit {G:git_sha} reverts yesterday's config change."),
    ("tech", "Set the timeout to 30s and point it at {G:hostname}:{G:port}."),
    ("docs", "For testing, use card number {G:test_card} with any future expiry date."),
    ("docs", "Replace {D:example_key:AKIAIOSFODNN7EXAMPLE} with your own access key ID."),
    ("docs", "Send a test message to {G:example_email} before going live."),
    ("docs", "In the examples we use {G:example_phone}, a number reserved for fiction."),
    ("docs", "Sample record: {D:placeholder_name:Joe Bloggs}, {D:placeholder_address:1 Any Street, Sometown}."),
    ("docs", "Requests from {G:doc_ip} in the examples are documentation addresses."),
    ("notice", "The {D:job_title:Head of Finance} will approve expenses over {G:amount}."),
    ("notice", "Message the {D:team:Platform Team} channel if the deploy is stuck."),
    ("notice", "{D:team:Team Phoenix} won the hackathon with a bus-tracking app."),
    ("notice", "Our {D:job_title:Chief Medical Officer} will publish the guidance on Friday."),
    ("notice", "Applications for {D:job_title:Senior Data Engineer} close on {G:event_date}."),
    ("notice", "For bookings call {G:org_phone} or write to {G:org_email}."),
    ("notice", "Customer service is open 9 to 5 on {G:org_phone}."),
    ("sports", "{D:team:Leicester Tigers} beat {D:team:Saracens} 24-19 in a tense final."),
    ("sports", "{D:public_figure:Rory McIlroy} leads by two shots going into the final round."),
    ("weather", "Storm {D:storm_name:Agnes} is expected to bring gusts of 70mph on Wednesday."),
    ("weather", "Hurricane {D:storm_name:Beryl} weakened before landfall."),
    ("recipe", "We made {D:dish:eggs Benedict} and a {D:dish:Waldorf salad} for brunch."),
    ("title", "Book club is reading {D:title:Anna Karenina} next month, then {D:title:Emma}."),
    ("title", "Watched {D:title:Amélie} again last night, still perfect."),
    ("chat_public", "anyone up for lunch at the new place on {D:street_public:Deansgate}?"),
    ("chat_public", "is the {G:time} train still running tomorrow or is it the replacement bus"),
    ("ai_prompt", "Explain what {D:public_figure:Isaac Newton} meant by standing on the shoulders of giants."),
    ("ai_prompt", "Give me a packing list for a week in {D:city:Sydney} in {D:name_word:May}."),
    ("ai_prompt", "Write a product blurb for a {D:brand:Le Creuset} casserole dish, under 50 words."),
    ("commit_msg", "chore: bump version to {G:version}"),
    ("commit_msg", "ci: pin node to {G:version} and cache deps ({G:git_sha})"),
]:
    F("pub", "S", "en", _k, _t)

# ======== English, public, long ===========================================================================
F("pub", "L", "en", "api_docs", """
## Authentication

Send your key in the `Authorization` header:

    curl https://api.example.com/v1/orders \\
      -H "Authorization: Bearer {D:example_key:YOUR_API_KEY}"

The sandbox accepts the test card {G:test_card} and the address {G:example_email}.
Requests from {G:doc_ip} in these examples are placeholders.""")
F("pub", "L", "en", "api_docs", """
### Example response

{
  "id": "{G:uuid}",
  "customer": "{G:customer_id}",
  "email": "{G:example_email}",
  "amount": 1999,
  "created": "{G:timestamp}"
}""")
F("pub", "L", "en", "release_notes", """
# Release {G:version}

- Faster startup on cold caches ({G:git_sha})
- Fixed crash when the export folder is missing ({G:git_sha})
- The {D:team:Payments Team} added support for partial refunds
- Dropped support for {G:version} and earlier

Build: {G:build_no}""")
F("pub", "L", "en", "release_notes", """
Changelog
{G:version} ({G:event_date})
  * security: updated the bundled OpenSSL
  * fix: timezone offset in reports
{G:version} ({G:event_date})
  * new: dark mode
  * fix: login loop on {G:hostname}""")
F("pub", "L", "en", "product_page", """
{D:brand:Russell & Bromley}-style leather loafer
SKU: {G:sku}
Price: {G:amount}
Colours: tan, black, oxblood
Sizes: 6 to 11
Free returns within 30 days. Questions? Call {G:org_phone}.""")
F("pub", "L", "en", "product_page", """
{D:brand:Breville} Barista Express
Model: {G:model_no}
Was {G:amount}, now {G:amount}
In stock at 14 stores
Reviews: 4.6 out of 5 (1,204)
"Best purchase of the year" said one verified buyer.""")
F("pub", "L", "en", "timetable", """
Departures from {D:public_place:Kingston} station
{G:time}  {D:city:Florence} via {D:city:Chester}  platform 2
{G:time}  {D:city:Lincoln}                         platform 1
{G:time}  {D:city:Regina} (replacement bus)       outside
{G:time}  {D:city:Charlotte}                       platform 3""")
F("pub", "L", "en", "news_article", """
{D:public_figure:Greta Thunberg} joins protest outside parliament

Several thousand people gathered on {D:street_public:Whitehall} on {G:event_date}.
Speaking from a small stage, {D:public_figure:Greta Thunberg} urged ministers to act.
The {D:job_title:Home Secretary} said the march had been "largely peaceful".
Police closed {D:street_public:Parliament Street} until {G:time}.""")
F("pub", "L", "en", "news_article", """
Transfer round-up

{D:team:Aston Martin} have confirmed {D:public_figure:Fernando Alonso} for another season.
{D:public_figure:Kylian Mbappé}'s move dominated the headlines in {D:city:Madrid}.
{D:team:Celtic} signed a 19-year-old forward for an undisclosed fee.
More on {G:event_date}.""")
F("pub", "L", "en", "minutes_public", """
Operations review
Attendees: {D:job_title:Head of Operations}, {D:job_title:Finance Manager}, {D:team:IT Service Desk}

1. Ticket backlog down 12% since {G:event_date}.
2. The {D:team:Facilities Team} will move the server room in {D:name_word:May}.
3. Budget for {G:version} of the booking tool approved.
Next review: {G:event_date}.""")
F("pub", "L", "en", "log_lines", """
{G:timestamp} INFO  starting worker {G:uuid}
{G:timestamp} INFO  connected to {G:hostname} ({G:private_ip})
{G:timestamp} WARN  retrying job {G:uuid} (attempt 2)
{G:timestamp} INFO  job done in 412ms, version {G:version}
{G:timestamp} INFO  health check from {G:private_ip} ok""")
F("pub", "L", "en", "config", """
# settings.example.yaml: copy to settings.yaml and fill in
database:
  host: {G:hostname}
  port: {G:port}
  user: app
  password: "{D:placeholder:${DB_PASSWORD}}"
api:
  key: "{D:example_key:<your-token-here>}"
  base_url: https://api.example.com""")
F("pub", "L", "en", "csv_export", """
sku,name,price,stock
@rows 3-7
{G:sku},{~Garden hose 15m|Oak chopping board|Steel water bottle|Wool throw|Desk lamp|Plant pot (large)},{G:amount},{num:0-240}
@end""")
F("pub", "L", "en", "json_record", """
{
  "order_id": "{G:order_id}",
  "status": "shipped",
  "tracking": "{G:tracking_no}",
  "items": [{"sku": "{G:sku}", "qty": 2}, {"sku": "{G:sku}", "qty": 1}],
  "total": "{G:amount}",
  "updated_at": "{G:timestamp}"
}""")
F("pub", "L", "en", "markdown_table", """
| Package | Current | Latest | Notes |
|---|---|---|---|
| requests | {G:version} | {G:version} | safe to bump |
| django | {G:version} | {G:version} | needs {D:team:Core Team} review |
| pillow | {G:version} | {G:version} | security fix |""")
F("pub", "L", "en", "faq", """
FAQ
Q: How do I reset my password?
A: Use the "Forgot password" link. Our team will never ask for it.
Q: Who do I contact about billing?
A: Email {G:org_email} or call {G:org_phone} (Mon-Fri, {G:time}-{G:time}).
Q: Where is the office?
A: Next to {D:public_place:Euston Station}, opposite the {D:brand:Marks & Spencer}.""")
F("pub", "L", "en", "events", """
Saturday programme
{G:time}  Opening: {D:public_figure:Bong Joon-ho} in conversation
{G:time}  Panel: the {D:job_title:Festival Director} and guests
{G:time}  Screening: {D:title:Parasite}
{G:time}  Closing remarks, {G:room}""")
F("pub", "L", "en", "sports", """
Results
{D:team:Harlequins} 27 - 22 {D:team:Bath}
{D:team:Leinster} 34 - 10 {D:team:Munster}
{D:team:Western Sydney Wanderers} 1 - 1 {D:team:Auckland FC}
Player of the round: {D:public_figure:Johnny Sexton}""")
F("pub", "L", "en", "recipe", """
Brunch menu
- {D:dish:Eggs Benedict} with spinach
- {D:dish:Bellini} (peach and prosecco)
- {D:dish:Battenberg cake}
- {D:dish:Earl Grey} or filter coffee
Serves 4, about {G:amount} per head.""")
F("pub", "L", "en", "shop", """
THANK YOU FOR SHOPPING
Store {num:100-999}  Till 3  {G:timestamp}
Milk 2L            {G:amount}
Bread              {G:amount}
Card ****{G:card_last4}
Customer care: {G:org_phone}""")
F("pub", "L", "en", "env_example", """
# .env.example: never commit the real .env
DATABASE_URL=postgres://user:{D:placeholder:password}@localhost:5432/app
STRIPE_SECRET_KEY={D:example_key:sk_test_...}
OPENAI_API_KEY={D:example_key:sk-...}
SUPPORT_EMAIL={G:org_email}""")
F("pub", "L", "en", "weather", """
Weather warning
Storm {D:storm_name:Isha} arrives overnight.
Gusts of 80mph on exposed coasts from {G:time}.
Ferries from {D:city:Holyhead} cancelled until {G:event_date}.
Updates from the {D:org:Met Office} every three hours.""")

# ======== English, secret, short ==========================================================================
for _k, _t in [
    ("chat", "wifi password is {pw} btw, don't post it in the group"),
    ("chat", "the router admin login is admin / {pw}, change it when you get a sec"),
    ("chat", "here's the staging key, rotate it after the demo: {openai}"),
    ("note", "new vpn password: {pw} (expires in 90 days)"),
    ("commit_msg", "remove hardcoded token {gh} from deploy script"),
    ("ai_prompt", "Why does this return 401? curl -H 'Authorization: Bearer {jwt}' https://api.internal.example/v1/me"),
    ("support", "Customer pasted their live key into the ticket ({stripe}); ask them to roll it."),
    ("chat", "{p1.f|lc} can you try with this bot token {slack}"),
    ("sms", "Your temporary password is {pw}. You will be asked to change it at first login."),
    ("ai_prompt", "Set up the Python SDK with my key {anthropic} and list the available models."),
    ("code_comment", "# TODO remove before pushing: AWS_SECRET_ACCESS_KEY={aws_sk}"),
    ("chat", "db creds for the analytics box: user reporting, pass {pw}"),
    ("chat", "pw for the shared drive is {pw}, same as last month"),
    ("note", "mail relay key {apikey.sendgrid} until {p1.f} sets up the new account"),
    ("chat", "hf token for the eval job: {apikey.hf}"),
    ("support", "Maps key {apikey.google} is being used from another site, please restrict it to our domain."),
    ("chat", "use {aws_ak} / {aws_sk} for the upload bucket, read-only"),
    ("note", "gitlab deploy token {apikey.gitlab}"),
]:
    F("sec", "S", "en", _k, _t)

# ======== English, secret, long ===========================================================================
F("sec", "L", "en", "env_file", """
# .env (production)
NODE_ENV=production
DATABASE_URL=postgres://app:{pw.url}@{G:hostname}:5432/app
STRIPE_SECRET_KEY={stripe}
OPENAI_API_KEY={openai}
LOG_LEVEL=info""")
F("sec", "L", "en", "aws_credentials", """
[default]
aws_access_key_id = {aws_ak}
aws_secret_access_key = {aws_sk}
region = eu-west-2

[backup]
aws_access_key_id = {aws_ak}
aws_secret_access_key = {aws_sk}""")
F("sec", "L", "en", "k8s_secret", """
apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  namespace: prod
type: Opaque
stringData:
  DB_PASSWORD: "{pw}"
  STRIPE_KEY: "{stripe}"
  SLACK_WEBHOOK: "{slack.hook}\"""")
F("sec", "L", "en", "docker_compose", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {pw}
  worker:
    image: registry.internal/worker:{G:version}
    environment:
      GITHUB_TOKEN: {gh}""")
F("sec", "L", "en", "code", """
import openai

client = openai.OpenAI(api_key="{openai}")

def summarise(text):
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content""")
F("sec", "L", "en", "code", """
// payments.js
const Stripe = require('stripe');
const stripe = Stripe('{stripe}');

module.exports = async function charge(amount, customer) {
  return stripe.paymentIntents.create({ amount, currency: 'gbp', customer });
};""")
F("sec", "L", "en", "shell", """
$ export GITHUB_TOKEN={gh}
$ gh auth status
github.com
  ✓ Logged in to github.com account {p1.handle} (GITHUB_TOKEN)
  ✓ Token: ghp_************************************
$ gh repo clone acme/infra""")
F("sec", "L", "en", "ci_log", """
Run ./deploy.sh
+ echo "deploying {G:version#v} to prod"
deploying {G:version#v} to prod
+ curl -s -X POST -H "Authorization: Bearer {jwt}" https://deploy.internal.example/api/release
{"status":"queued","id":"{G:uuid}"}
Job succeeded in 41s""")
F("sec", "L", "en", "http", """
POST /v1/messages HTTP/1.1
Host: api.anthropic.com
x-api-key: {anthropic}
anthropic-version: 2023-06-01
content-type: application/json

{"model": "claude-3-5-haiku-latest", "max_tokens": 256, "messages": [{"role": "user", "content": "hello"}]}""")
F("sec", "L", "en", "private_key", """
here's the deploy key for the build box, don't lose it again 🙃
{pem}""")
F("sec", "L", "en", "kubeconfig", """
apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://{G:private_ip}:6443
  name: staging
users:
- name: ci-bot
  user:
    token: {jwt}""")
F("sec", "L", "en", "tfvars", """
# terraform.tfvars
project      = "billing"
region       = "eu-west-1"
db_username  = "billing_admin"
db_password  = "{pw}"
datadog_key  = "{apikey.hex32}\"""")
F("sec", "L", "en", "spring_properties", """
spring.datasource.url=jdbc:postgresql://{G:hostname}:5432/orders
spring.datasource.username=orders
spring.datasource.password={pw}
app.mail.api-key={apikey.mailgun}
logging.level.root=INFO""")
F("sec", "L", "en", "git_diff", """
diff --git a/config/settings.py b/config/settings.py
index {G:git_sha}..{G:git_sha} 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,3 +12,4 @@
 DEBUG = False
 ALLOWED_HOSTS = ["*"]
+SLACK_BOT_TOKEN = "{slack}"
+TWILIO_API_KEY = "{apikey.twilio}\"""")
F("sec", "L", "en", "pgpass", """
# ~/.pgpass
{G:hostname}:5432:app:app:{pw}
{G:hostname}:5432:reporting:reporting:{pw}
localhost:5432:*:postgres:{pw}
{G:private_ip}:6432:app:migrator:{pw}""")
F("sec", "L", "en", "npmrc", """
; ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={apikey.npm}
always-auth=true
save-exact=true""")
F("sec", "L", "en", "netrc", """
machine api.github.com
  login {p1.handle}
  password {gh}
machine uploads.github.com
  login {p1.handle}
  password {gh}""")
E("sec", "en", "CMS logins", """
Here are the details for the new site:
URL: https://cms.{co.dom}/admin
Username: {p2.handle}
Password: {pw}
Please change the password after your first login; {p3.f} has the 2FA backup codes.""")
C("sec", "en", """
A: can someone send me the prod db password
B: check the vault
A: vault is down 🙄
B: ugh fine: {pw}
C: please don't paste that here
B: rotating it after lunch, sorry""")
F("sec", "L", "en", "readme", """
## Running locally

1. Copy `.env.example` to `.env`
2. Set `GROQ_API_KEY={apikey.groq}` (ask {p1.f} for your own)
3. `make dev`

Ping {p1.handle} in #infra if it breaks.""")
F("sec", "L", "en", "notebook", """
In [3]: import os
In [4]: os.environ["HF_TOKEN"] = "{apikey.hf}"
In [5]: os.environ["OPENAI_API_KEY"] = "{openai}"
In [6]: from datasets import load_dataset
In [7]: ds = load_dataset("imdb")""")

# ======== German =========================================================================================
for _k, _t in [
    ("chat", "{p1.f|lc} und ich holen dich um 8 ab, {p2.f|lc} kommt später nach"),
    ("general", "{p1} hat heute Vormittag angerufen, es geht um die Nebenkostenabrechnung."),
    ("formal", "Frau {p1!f.l} übernimmt ab Montag die Vertretung für Herrn {p2!m.l}."),
    ("note", "Paket für {p1.f} bei {p2.hon} {p2.l} im 2. Stock abholen, Tel. {p2.phone}"),
    ("sms", "Hallo, hier ist {p1.f}. Meine neue Nummer ist {phone.mob}. LG"),
    ("support", "Kundin {p1!f}, geb. {dob.num}, bittet um Rückruf unter {phone.land}."),
    ("ai_prompt", "Formuliere eine freundliche Absage an {p1}, {?p1:der sich als Werkstudent|die sich als Werkstudentin} beworben hat."),
    ("delivery", "Bitte an {addr} liefern und bei {p1.l} klingeln!"),
    ("chat", "hab {p1.f} gestern beim bäcker getroffen, {?p1:er|sie} zieht nach {town}"),
    ("bank_msg", "Überweisung an {p1}, IBAN {iban}, Verwendungszweck Miete {mon}."),
]:
    F("per", "S", "de", _k, _t)
E("per", "de", "Übergabe Projekt Nordstadt", """
ab Montag übernimmt {p3} die Baustelle Nordstadt, ich bin dann drei Wochen in Elternzeit.
{p3.f} kennt die Pläne und hat schon mit {p4.hon} {p4.l} vom Bauamt gesprochen.
Bei Fragen zur Statik bitte direkt {p5} anrufen: {p5.phone}.
Die Schlüssel liegen bei {p6.f} im Büro.""")
E("per", "de", "Kündigung Mietvertrag", """
hiermit kündige ich den Mietvertrag für die Wohnung {addr} fristgerecht zum {G:event_date}.
Meine neue Anschrift lautet:
{addr.block}
Die Kaution bitte auf mein Konto {iban} überweisen.""", formal=True, work=False)
C("per", "de", """
A: wer holt {p3.f} vom Bahnhof ab?
B: ich, aber erst um 19 Uhr
A: {p4.f} kann früher, {?p4:er|sie} hat heute frei
C: ja mach ich, schick mir nochmal die Adresse
A: {addr}
C: 👍""")
F("per", "L", "de", "form", """
Anmeldung Sportverein
Name: {p1.l}
Vorname: {p1.f}
Geburtsdatum: {dob.kidnum}
Anschrift: {addr}
Telefon: {p1.phone}
E-Mail: {p1.email}
Erziehungsberechtigte/r: {p2}""")
F("per", "L", "de", "meeting_minutes", """
Protokoll Teamsitzung vom {G:event_date}
Anwesend: {p1}, {p2}, {p3}
Protokoll: {p4.f}

1. {p1.f} stellt die Zahlen fürs dritte Quartal vor.
2. {p2.f} und {p3.f} kümmern sich um die Messe in {town}.
3. Urlaubsplanung: {p3.l} ist im August nicht da.""")
for _k, _t in [
    ("news", "{D:public_figure:Angela Merkel} eröffnet am {G:event_date} die Buchmesse in {D:city:Leipzig}."),
    ("place", "Die {D:street_public:Königsallee} ist am Samstag ab {G:time} für den Verkehr gesperrt."),
    ("name_words", "Im {D:name_word:Ernst}: Das Angebot gilt nur noch bis Sonntag."),
]:
    F("pub", "S", "de", _k, _t)
F("pub", "L", "de", "order", """
Bestellbestätigung {G:order_id}
Artikel: {D:brand:Miele} Staubsauger, Modell {G:model_no}
Preis: {G:amount}
Voraussichtliche Lieferung: {G:event_date}
Sendungsnummer: {G:tracking_no}
Fragen? Kundenservice {G:org_phone}""")
F("pub", "L", "de", "timetable", """
Abfahrt {D:public_place:Hauptbahnhof}
{G:time}  RE 5  {D:city:Koblenz}     Gleis 4
{G:time}  S 1   {D:city:Marienberg}  Gleis 2
{G:time}  ICE   {D:city:Berlin}      Gleis 7
Hinweis: Der {D:public_figure:Max Planck}-Zug fällt heute aus.""")
F("sec", "S", "de", "chat", "WLAN-Passwort für die Ferienwohnung: {pw}, bitte nicht weitergeben")
F("sec", "L", "de", "env_file", """
# Zugangsdaten Staging, NICHT committen
DB_HOST={G:hostname}
DB_USER=shop
DB_PASSWORT={pw}
PAYPAL_CLIENT_SECRET={apikey.b62_40}
# Ansprechpartner: {p1}""")

# ======== French =========================================================================================
for _k, _t in [
    ("chat", "{p1.f} et moi on passe chez {p2.f|lc} ce soir, tu viens ?"),
    ("formal", "M. {p1!m.l} a rappelé pour le devis ; il attend la réponse de Mme {p2!f.l}."),
    ("general", "J'ai croisé {p1} à la boulangerie, {?p1:il|elle} déménage à {town} le mois prochain."),
    ("delivery", "Merci de livrer à l'adresse suivante : {addr}. Sonner chez {p1.l} !"),
    ("medical", "Patient{?p1:|e} : {p1}, né{?p1:|e} le {dob.long}, adressé{?p1:|e} par le Dr {p2.l}."),
    ("sms", "Coucou c'est {p1.f}, nouveau numéro : {phone.mob}"),
    ("bank_msg", "Virement à {p1} sur le compte {iban}, motif : loyer de {mon}."),
    ("note", "rappeler {p1.f} pour la réunion de jeudi, {?p1:il|elle} est au {p1.phone}"),
    ("ai_prompt", "Rédige un mot de remerciement pour {p1}, qui a gardé nos chats pendant les vacances."),
    ("chat", "tu savais que {p1.f|lc} sort avec {p2.f|lc} ?? 😮"),
]:
    F("per", "S", "fr", _k, _t)
E("per", "fr", "Rendez-vous de jeudi", """
je vous confirme le rendez-vous de jeudi à {G:time} avec {p3}, notre conseill{?p3:er|ère} pour le secteur.
{?p3:Il|Elle} passera à votre domicile, {addr}.
En cas d'empêchement, merci de prévenir {p4.f} au {phone.land}.""", formal=True)
C("per", "fr", """
A: quelqu'un a le numéro de {p3.f} ?
B: oui attends
B: {p3.phone}
A: merci ! et {p4.f|lc} vient samedi ?
C: {p4.f|lc} est malade, mais {p5.f} sera là""")
F("per", "L", "fr", "form", """
Fiche d'inscription
Nom : {p1.l|uc}
Prénom : {p1.f}
Date de naissance : {dob.num}
Adresse :
{addr.block}
Téléphone : {p1.phone}
Courriel : {p1.email}""")
F("per", "L", "fr", "meeting_minutes", """
Compte rendu, conseil de classe du {G:event_date}
Présents : {p1.hon} {p1.l} (professeur principal), {p2}, {p3}
Parents délégués : {p4}, {p5}

{p2.f} signale des retards fréquents en début de trimestre.
{p4.f} et {p5.f} transmettront les remarques aux autres familles.""")
for _k, _t in [
    ("news", "{D:public_figure:Zinedine Zidane} était présent au {D:public_place:Parc des Princes} samedi soir."),
    ("place", "La {D:street_public:rue de Rivoli} sera fermée à la circulation dimanche."),
    ("name_words", "{D:name_word:Pierre} qui roule n'amasse pas mousse, comme dit ma grand-mère."),
]:
    F("pub", "S", "fr", _k, _t)
F("pub", "L", "fr", "product_page", """
Cocotte en fonte {D:brand:Le Creuset}, 24 cm
Réf. {G:sku}
Prix : {G:amount}
Livraison gratuite dès 50 €
Service client : {G:org_phone} ou {G:org_email}""")
F("pub", "L", "fr", "release_notes", """
Notes de version {G:version}
- correction du calcul de la TVA ({G:git_sha})
- nouvel export CSV
- merci à l'équipe {D:team:Équipe Paiements}
Build {G:build_no}""")
F("sec", "S", "fr", "chat", "le mot de passe du wifi c'est {pw}, il est aussi collé sur la box")
F("sec", "L", "fr", "config", """
# config/production.ini
[base]
hote = {G:hostname}
utilisateur = compta
mot_de_passe = {pw}
[api]
cle_mailjet = {apikey.hex32}""")

# ======== Spanish ========================================================================================
for _k, _t in [
    ("chat", "{p1.f|lc} y yo llegamos tarde, guardadnos sitio porfa"),
    ("formal", "La Sra. {p1!f.l} sustituirá al Sr. {p2!m.l} durante el mes de agosto."),
    ("general", "Ayer vi a {p1} en el mercado y me dijo que {p2.f} ya ha vuelto de {town}."),
    ("delivery", "Entregar en {addr}. Si no hay nadie, dejar con {p1.f} en el bajo."),
    ("medical", "Paciente {p1}, nacid{?p1:o|a} el {dob.long}, derivad{?p1:o|a} por {p2.dr} {p2.l}."),
    ("sms", "Hola, soy {p1.f}. Este es mi número nuevo: {phone.mob}"),
    ("bank_msg", "Transferencia a {p1}, IBAN {iban}, concepto: alquiler."),
    ("note", "llamar a {p1.f} por lo del seguro, su móvil es {p1.mob}"),
    ("chat", "q fuerte lo de {p1.f|lc} y {p2.f|lc}, no me lo esperaba"),
    ("ai_prompt", "Escribe un mensaje de cumpleaños para {p1}, que cumple 40 y le encanta el pádel."),
]:
    F("per", "S", "es", _k, _t)
E("per", "es", "Reunión de vecinos", """
os recuerdo que la reunión es el jueves a las {G:time} en el portal.
{p3} presentará el presupuesto del ascensor y {p4.f} traerá las actas.
Si alguien no puede venir, que avise a {p5.f} ({p5.phone}).""", group=True, work=False)
C("per", "es", """
A: ¿alguien sabe a qué hora llega {p3.f}?
B: a las 9 en el AVE
A: ¿quién va a buscar{?p3:lo|la}?
C: yo, con {p4.f}
B: genial, luego cena en casa de {p5.f}""")
F("per", "L", "es", "form", """
Solicitud de alta
Nombre: {p1.f}
Apellidos: {p1.l}
Fecha de nacimiento: {dob.num}
Domicilio: {addr}
Teléfono: {p1.phone}
Correo electrónico: {p1.email}
IBAN para domiciliación: {iban}""")
F("per", "L", "es", "meeting_minutes", """
Acta de la reunión de equipo, {G:event_date}
Asistentes: {p1}, {p2}, {p3}
Excusa su asistencia: {p4}

{p1.f} presenta los resultados del trimestre.
{p2.f} y {p3.f} se encargan de la feria de {town}.""")
for _k, _t in [
    ("news", "{D:public_figure:Rafael Nadal} recibió un homenaje en {D:city:Palma} el {G:event_date}."),
    ("place", "La {D:street_public:calle Larios} de Málaga estará cortada por la maratón."),
    ("name_words", "{D:name_word:Esperanza} es lo último que se pierde, dice el refrán."),
]:
    F("pub", "S", "es", _k, _t)
F("pub", "L", "es", "order", """
Pedido {G:order_id} confirmado
Producto: zapatos {D:brand:Paredes}, talla 42
Importe: {G:amount}
Entrega prevista: {G:event_date}
Seguimiento: {G:tracking_no}
Atención al cliente: {G:org_phone}""")
F("pub", "L", "es", "events", """
Programa del sábado
{G:time}  Inauguración a cargo del {D:job_title:Director del Festival}
{G:time}  Concierto de {D:public_figure:Rosalía}
{G:time}  Proyección: {D:title:Volver}
{G:time}  Clausura en la {D:public_place:Plaza Mayor}""")
F("sec", "S", "es", "chat", "la contraseña del router es {pw}, no la compartas en el grupo")
F("sec", "L", "es", "code", """
# conexión a la base de datos
DB = {
    "host": "{G:hostname}",
    "usuario": "ventas",
    "contraseña": "{pw}",
}
SENDGRID_KEY = "{apikey.sendgrid}\"""")

# ======== Italian ========================================================================================
for _k, _t in [
    ("chat", "io e {p1.f|lc} arriviamo verso le 9, {p2.f|lc} dopo"),
    ("formal", "La Dott.ssa {p1!f.l} sostituirà il Dott. {p2!m.l} fino a settembre."),
    ("general", "Ho incontrato {p1} al bar, {?p1:dice|dice} che {p2.f} si trasferisce a {town}."),
    ("delivery", "Consegnare in {addr}, citofono {p1.l}."),
    ("medical", "Paziente {p1}, nat{?p1:o|a} il {dob.long}, inviat{?p1:o|a} dal medico di base {p2.dr} {p2.l}."),
    ("sms", "Ciao sono {p1.f}, questo è il mio nuovo numero: {phone.mob}"),
    ("bank_msg", "Bonifico a {p1}, IBAN {iban}, causale: affitto {mon}."),
    ("note", "richiamare {p1.hon} {p1.l} per il preventivo, tel. {p1.phone}"),
    ("chat", "ma {p1.f|lc} lo sa che {p2.f|lc} ha lasciato il lavoro??"),
    ("ai_prompt", "Scrivi un messaggio di auguri per {p1}, che va in pensione dopo trent'anni."),
]:
    F("per", "S", "it", _k, _t)
E("per", "it", "Cambio turni", """
da lunedì {p3} prende il turno del mattino al posto di {p4.f}.
{p4.f} passa al pomeriggio con {p5}.
Per qualsiasi problema chiamate {p3.f} al {p3.mob}.""", group=True)
C("per", "it", """
A: chi porta {p3.f} all'aeroporto domani?
B: io no, lavoro
C: ci penso io, a che ora?
A: alle 6, abita in {addr}
C: ok, avviso anche {p4.f}""")
F("per", "L", "it", "form", """
Modulo di iscrizione
Cognome: {p1.l}
Nome: {p1.f}
Data di nascita: {dob.num}
Indirizzo: {addr}
Cellulare: {p1.mob}
E-mail: {p1.email}""")
F("per", "L", "it", "meeting_minutes", """
Verbale riunione condominiale del {G:event_date}
Presenti: {p1}, {p2}, {p3}, {p4}
Amministratore: {p5.dr} {p5.l}

{p2.f} segnala infiltrazioni nel box.
Si approva il preventivo della ditta indicata da {p3.f}.""")
for _k, _t in [
    ("news", "{D:public_figure:Jannik Sinner} ha vinto a {D:city:Roma} davanti al pubblico di casa."),
    ("place", "Via del {D:street_public:Corso} sarà pedonale tutto il fine settimana."),
    ("name_words", "{D:name_word:Serena} giornata a tutti dal gruppo escursionisti!"),
]:
    F("pub", "S", "it", _k, _t)
F("pub", "L", "it", "product_page", """
Moka {D:brand:Lavazza} 3 tazze
Codice: {G:sku}
Prezzo: {G:amount}
Disponibile in negozio
Assistenza: {G:org_phone}""")
F("pub", "L", "it", "timetable", """
Partenze da {D:public_place:Santa Maria Novella}
{G:time}  Frecciarossa per {D:city:Milano}
{G:time}  Regionale per {D:city:Pisa}
{G:time}  Intercity per {D:city:Roma}
Binari annunciati 10 minuti prima""")
F("sec", "S", "it", "chat", "password del gestionale: {pw}, cambiala al primo accesso")
F("sec", "L", "it", "config", """
# impostazioni server di posta
smtp_host = {G:hostname}
smtp_utente = noreply
smtp_password = {pw}
chiave_api = {apikey.mailgun}""")

# ======== Portuguese (Brazil) ============================================================================
for _k, _t in [
    ("chat", "eu e {p1.f|lc} chegamos umas 8, {p2.f|lc} vem depois"),
    ("formal", "A Sra. {p1!f.l} substituirá o Sr. {p2!m.l} durante as férias."),
    ("general", "Encontrei {p1} no mercado e {?p1:ele|ela} disse que {p2.f} mudou para {town}."),
    ("delivery", "Entregar na {addr}, falar com {p1.f} na portaria."),
    ("medical", "Paciente {p1}, nascid{?p1:o|a} em {dob.long}, encaminhad{?p1:o|a} pela {p2!f.dr} {p2.l}."),
    ("sms", "Oi, é {p1.f}! Meu número novo é {phone.mob}"),
    ("bank_msg", "Pix de {G:amount} enviado para {p1}."),
    ("note", "ligar pro {p1!m.f} sobre o aluguel, celular {p1.mob}"),
    ("chat", "vc viu q {p1.f|lc} e {p2.f|lc} terminaram?? 😱"),
    ("ai_prompt", "Escreva uma mensagem de boas-vindas para {p1}, que começa no time de vendas na segunda."),
]:
    F("per", "S", "pt", _k, _t)
E("per", "pt", "Reunião de pais", """
lembrando que a reunião é quinta às {G:time}.
A professora {p3!f} vai apresentar o projeto de leitura, e {p4.f} trará os lanches.
Qualquer dúvida, falem com {p5.f} pelo {p5.phone}.""", group=True, work=False)
C("per", "pt", """
A: alguém sabe o endereço da festa da {p3!f.f}?
B: {addr}
A: valeu! {p4.f} vai?
C: vai sim, vou buscar {?p4:ele|ela} às 7
A: show""")
F("per", "L", "pt", "form", """
Ficha cadastral
Nome completo: {p1}
Data de nascimento: {dob.num}
Endereço: {addr}
Celular: {p1.mob}
E-mail: {p1.email}
Contato de emergência: {p2}, {p2.phone}""")
F("per", "L", "pt", "meeting_minutes", """
Ata da reunião de condomínio, {G:event_date}
Presentes: {p1}, {p2}, {p3}
Síndic{?p4:o|a}: {p4}

{p2.f} reclamou do barulho na garagem.
{p3.f} vai pedir três orçamentos para a pintura.""")
for _k, _t in [
    ("news", "{D:public_figure:Marta} anunciou a aposentadoria da seleção após o jogo em {D:city:Belo Horizonte}."),
    ("place", "A {D:street_public:Avenida Paulista} fica fechada para carros aos domingos."),
    ("name_words", "{D:name_word:Graça} a Deus deu tudo certo na viagem!"),
]:
    F("pub", "S", "pt", _k, _t)
F("pub", "L", "pt", "order", """
Pedido {G:order_id}
Produto: sandália {D:brand:Havaianas}, tamanho 38
Valor: {G:amount}
Previsão de entrega: {G:event_date}
Rastreio: {G:tracking_no}
SAC: {G:org_phone}""")
F("pub", "L", "pt", "news_article", """
{D:public_figure:Lula da Silva} visita {D:city:Recife}

O presidente chegou na manhã de {G:event_date}.
Ele se reuniu com o {D:job_title:governador} e visitou obras no centro.
A agenda continua em {D:city:Salvador}.""")
F("sec", "S", "pt", "chat", "senha do wifi da casa de praia: {pw}")
F("sec", "L", "pt", "env_file", """
# .env produção
BANCO_URL=mysql://loja:{pw.url}@{G:hostname}:3306/loja
MERCADOPAGO_TOKEN={apikey.b62_40}
AWS_ACCESS_KEY_ID={aws_ak}
AWS_SECRET_ACCESS_KEY={aws_sk}""")

# ======== Dutch ==========================================================================================
for _k, _t in [
    ("chat", "{p1.f|lc} en ik zijn er rond 8 uur, {p2.f|lc} komt later"),
    ("formal", "Mevrouw {p1!f.l} neemt vanaf maandag de taken van de heer {p2!m.l} over."),
    ("general", "Ik zag {p1} gisteren bij de Albert Heijn, {?p1:hij|zij} gaat verhuizen naar {town}."),
    ("delivery", "Graag bezorgen op {addr}, bij geen gehoor afgeven bij {p1.f} op nummer {num:1-80}."),
    ("medical", "Patiënt {p1}, geboren op {dob.long}, verwezen door dr. {p2.l}."),
    ("sms", "Hoi, dit is {p1.f}, mijn nieuwe nummer is {phone.mob}"),
    ("bank_msg", "Tikkie van {p1} voor de pizza: {G:amount}, rekening {iban}."),
    ("note", "{p1.f} bellen over de sleutel, {?p1:hij|ze} is bereikbaar op {p1.mob}"),
    ("chat", "wist jij dat {p1.f|lc} en {p2.f|lc} gaan trouwen?!"),
    ("ai_prompt", "Schrijf een kort bedankje aan {p1}, {?p1:die|die} onze planten water heeft gegeven tijdens de vakantie."),
]:
    F("per", "S", "nl", _k, _t)
E("per", "nl", "Overdracht", """
vanaf volgende week neemt {p3} de klantgesprekken in {town} over.
{p3.f} heeft al kennisgemaakt met dhr. {p4!m.l} en mevr. {p5!f.l}.
Voor spoed kun je {p3.f} bellen op {p3.mob}.""")
C("per", "nl", """
A: wie haalt {p3.f} op van Schiphol?
B: ik kan niet, moet werken
C: ik doe het wel, hoe laat landt {?p3:hij|ze}?
A: 17:20, daarna eten bij {p4.f}
C: adres?
A: {addr}""")
F("per", "L", "nl", "form", """
Inschrijfformulier
Achternaam: {p1.l}
Voornaam: {p1.f}
Geboortedatum: {dob.num}
Adres: {addr}
Telefoon: {p1.phone}
E-mail: {p1.email}
IBAN: {iban}""")
F("per", "L", "nl", "meeting_minutes", """
Notulen bewonersoverleg {G:event_date}
Aanwezig: {p1}, {p2}, {p3}
Voorzitter: {p4}

{p2.f} meldt dat de fietsenstalling weer vol staat met wrakken.
{p3.f} vraagt de gemeente om extra containers.""")
for _k, _t in [
    ("news", "{D:public_figure:Virgil van Dijk} keert terug in de basis tegen {D:team:Feyenoord}."),
    ("place", "De {D:street_public:Kalverstraat} was zaterdag weer overvol."),
    ("brand", "Koffie van {D:brand:Douwe Egberts} is weer duurder geworden."),
]:
    F("pub", "S", "nl", _k, _t)
F("pub", "L", "nl", "order", """
Bestelling {G:order_id}
Artikel: {D:brand:Gazelle} stadsfiets, framemaat 57
Bedrag: {G:amount}
Verwachte levering: {G:event_date}
Track & trace: {G:tracking_no}
Klantenservice: {G:org_phone}""")
F("pub", "L", "nl", "timetable", """
Vertrektijden {D:public_place:Utrecht Centraal}
{G:time}  Intercity naar {D:city:Den Helder}
{G:time}  Sprinter naar {D:city:Zwolle}
{G:time}  Intercity naar {D:city:Maastricht}
Let op: werkzaamheden tussen {D:city:Ede} en {D:city:Arnhem}""")
F("sec", "S", "nl", "chat", "het wachtwoord van de gedeelde mailbox is {pw}")
F("sec", "L", "nl", "config", """
# database.yml (productie)
production:
  adapter: postgresql
  host: {G:hostname}
  username: webshop
  password: {pw}
  mollie_api_key: {apikey.b62_40}""")

# ======== Polish =========================================================================================
for _k, _t in [
    ("chat", "{p1.f|lc} i ja będziemy koło 8, {p2.f|lc} dojedzie później"),
    ("formal", "Od poniedziałku Pani {p1!f.l} przejmuje obowiązki, które do tej pory miał Pan {p2!m.l}."),
    ("general", "{p1} był{?p1:|a} wczoraj w sklepie i mówi, że {p2.f} przeprowadza się do miasta {town}."),
    ("delivery", "Proszę dostarczyć na adres {addr}. W razie czego zostawić u sąsiadki (pani {p1!f.f}, mieszkanie obok)."),
    ("medical", "Pacjent{?p1:|ka}: {p1}, data urodzenia {dob.num}, skierowanie od lekarza: dr {p2.l}."),
    ("sms", "Cześć, tu {p1.f}. Mój nowy numer to {phone.mob}"),
    ("bank_msg", "Przelew dla: {p1}, numer konta {iban}, tytuł: czynsz."),
    ("note", "zadzwonić: pan {p1!m.f}, sprawa klucza, tel. {p1.mob}"),
    ("chat", "{p1.f|lc} mówi że {p2.f|lc} znowu się spóźni 🙄"),
    ("ai_prompt", "Napisz krótkie podziękowanie dla osoby: {p1}, która pomogła nam przy przeprowadzce."),
]:
    F("per", "S", "pl", _k, _t)
E("per", "pl", "Zmiana grafiku", """
od przyszłego tygodnia poranne zmiany przejmuje {p3}.
{p4} przechodzi na popołudnia, {p5.f} też.
W pilnych sprawach proszę dzwonić: {p3.mob} ({p3.f}).""", group=True)
C("per", "pl", """
A: {p3.f} ląduje o 18:40, kto jedzie na lotnisko?
B: ja nie mogę, jestem w pracy
C: ja pojadę
A: super, potem kolacja, {p4.f} zaprasza do siebie
C: podaj adres
A: {addr}""")
F("per", "L", "pl", "form", """
Formularz zgłoszeniowy
Nazwisko: {p1.l}
Imię: {p1.f}
Data urodzenia: {dob.num}
Adres: {addr}
Telefon: {p1.phone}
E-mail: {p1.email}""")
F("per", "L", "pl", "meeting_minutes", """
Protokół z zebrania wspólnoty, {G:event_date}
Obecni: {p1}, {p2}, {p3}
Zarządca: {p4}

{p2.f} zgłasza problem z windą.
{p3.f} zbierze oferty na remont klatki schodowej.""")
for _k, _t in [
    ("news", "{D:public_figure:Iga Świątek} wygrała turniej w {D:city:Rzymie}."),
    ("place", "Na {D:street_public:Nowym Świecie} trwa remont chodnika."),
    ("brand", "Nowy sklep {D:brand:Wedel} otworzył się przy dworcu."),
]:
    F("pub", "S", "pl", _k, _t)
F("pub", "L", "pl", "order", """
Zamówienie {G:order_id}
Produkt: ekspres {D:brand:Siemens}, model {G:model_no}
Kwota: {G:amount}
Przewidywana dostawa: {G:event_date}
Numer przesyłki: {G:tracking_no}
Infolinia: {G:org_phone}""")
F("pub", "L", "pl", "events", """
Program festiwalu
{G:time}  Otwarcie: {D:job_title:Dyrektor Festiwalu}
{G:time}  Koncert: muzyka {D:public_figure:Fryderyka Chopina}
{G:time}  Film: {D:title:Ida}
{G:time}  Zamknięcie, {D:public_place:Rynek Główny}""")
F("sec", "S", "pl", "chat", "hasło do routera: {pw}, nie wrzucaj go na grupę")
F("sec", "L", "pl", "env_file", """
# .env produkcja
DB_HOST={G:hostname}
DB_USER=sklep
DB_HASLO={pw}
PRZELEWY24_API_KEY={apikey.hex32}
GITHUB_TOKEN={gh}""")

# ======== Turkish ========================================================================================
for _k, _t in [
    ("chat", "{p1.f|lc} ve ben 8 gibi oradayız, {p2.f|lc} sonra gelecek"),
    ("formal", "{p1!f.f} Hanım pazartesiden itibaren {p2!m.f} Bey'in yerine bakacak."),
    ("general", "Dün markette {p1} ile karşılaştım, {town} şehrine taşınıyormuş."),
    ("delivery", "Lütfen {addr} adresine teslim edin, kapıcı {p1!m.f} Bey'e bırakabilirsiniz."),
    ("medical", "Hasta: {p1}, doğum tarihi {dob.num}, sevk eden: Dr. {p2.l}."),
    ("sms", "Merhaba, ben {p1.f}. Yeni numaram: {phone.mob}"),
    ("bank_msg", "Alıcı: {p1}, IBAN {iban}, açıklama: kira."),
    ("note", "{p1.f} ile anahtar konusunu konuş, tel {p1.mob}"),
    ("chat", "{p1.f|lc} yine geç kalıyor, {p2.f|lc} bekliyor"),
    ("ai_prompt", "Emekli olan {p1} için kısa bir teşekkür mesajı yaz."),
]:
    F("per", "S", "tr", _k, _t)
E("per", "tr", "Vardiya değişikliği", """
önümüzdeki haftadan itibaren sabah vardiyasını {p3} devralıyor.
{p4} öğleden sonraya geçiyor, {p5.f} de onunla birlikte çalışacak.
Acil durumlarda {p3.f} ile {p3.mob} numarasından iletişime geçebilirsiniz.""", group=True)
C("per", "tr", """
A: {p3.f} 19:10'da iniyor, havalimanına kim gidecek?
B: ben gidemem, işteyim
C: ben giderim
A: süper, sonra yemek {p4.f} ile
C: adres neydi?
A: {addr}""")
F("per", "L", "tr", "form", """
Başvuru Formu
Ad: {p1.f}
Soyad: {p1.l}
Doğum tarihi: {dob.num}
Adres: {addr}
Telefon: {p1.phone}
E-posta: {p1.email}""")
F("per", "L", "tr", "meeting_minutes", """
Apartman yönetim toplantısı, {G:event_date}
Katılanlar: {p1}, {p2}, {p3}
Yönetici: {p4}

{p2.f} asansör arızasını bildirdi.
{p3.f} boya işi için üç teklif toplayacak.""")
for _k, _t in [
    ("news", "{D:public_figure:Arda Güler} milli takım kadrosuna çağrıldı."),
    ("place", "{D:street_public:İstiklal Caddesi} hafta sonu yine çok kalabalıktı."),
    ("name_words", "{D:name_word:Umut} her zaman var, dedi antrenör maçtan sonra."),
]:
    F("pub", "S", "tr", _k, _t)
F("pub", "L", "tr", "order", """
Sipariş {G:order_id}
Ürün: {D:brand:Arçelik} bulaşık makinesi, model {G:model_no}
Tutar: {G:amount}
Tahmini teslimat: {G:event_date}
Kargo takip: {G:tracking_no}
Müşteri hizmetleri: {G:org_phone}""")
F("pub", "L", "tr", "timetable", """
{D:public_place:Kadıköy} iskelesi kalkış saatleri
{G:time}  {D:city:Karaköy}
{G:time}  {D:city:Eminönü}
{G:time}  {D:city:Beşiktaş}
Hava muhalefeti nedeniyle seferlerde gecikme olabilir.""")
F("sec", "S", "tr", "chat", "wifi şifresi {pw}, kimseyle paylaşma")
F("sec", "L", "tr", "config", """
# uygulama ayarları
veritabani_sunucu = {G:hostname}
veritabani_kullanici = magaza
veritabani_sifre = {pw}
iyzico_api_anahtari = {apikey.b62_40}""")

# ======== Swedish ========================================================================================
for _k, _t in [
    ("chat", "{p1.f|lc} och jag kommer runt 8, {p2.f|lc} kommer senare"),
    ("formal", "Från måndag tar {p1} över {p2.f}s uppgifter på ekonomiavdelningen."),
    ("general", "Jag träffade {p1} på ICA igår, {?p1:han|hon} ska flytta till {town}."),
    ("delivery", "Leverera till {addr}, ring på hos {p1.l}."),
    ("medical", "Patient: {p1}, född {dob.long}, remitterad av dr {p2.l}."),
    ("sms", "Hej, det är {p1.f}! Mitt nya nummer är {phone.mob}"),
    ("bank_msg", "Swisha {G:amount} till {p1} för biljetterna, eller betala till {iban}."),
    ("note", "ring {p1.f} om nyckeln, {p1.mob}"),
    ("chat", "visste du att {p1.f|lc} och {p2.f|lc} har flyttat ihop?"),
    ("ai_prompt", "Skriv ett kort tack till {p1} som vattnade våra blommor i somras."),
]:
    F("per", "S", "sv", _k, _t)
E("per", "sv", "Överlämning", """
från nästa vecka tar {p3} över kunderna i {town}.
{p3.f} har redan träffat {p4} och {p5}.
Vid brådskande ärenden, ring {p3.f} på {p3.mob}.""")
C("per", "sv", """
A: vem hämtar {p3.f} på Arlanda?
B: jag kan inte, jobbar
C: jag tar det, när landar {?p3:han|hon}?
A: 17:40, sen middag hos {p4.f}
C: adressen?
A: {addr}""")
F("per", "L", "sv", "form", """
Anmälan
Efternamn: {p1.l}
Förnamn: {p1.f}
Födelsedatum: {dob.num}
Adress: {addr}
Telefon: {p1.phone}
E-post: {p1.email}""")
F("per", "L", "sv", "meeting_minutes", """
Protokoll, styrelsemöte i bostadsrättsföreningen {G:event_date}
Närvarande: {p1}, {p2}, {p3}
Ordförande: {p4}

{p2.f} rapporterar att tvättstugan är trasig igen.
{p3.f} tar in offerter på ny hiss.""")
for _k, _t in [
    ("news", "{D:public_figure:Zlatan Ibrahimović} var på plats när {D:team:Malmö FF} firade guldet."),
    ("place", "{D:street_public:Drottninggatan} var full av folk på lördagen."),
    ("name_words", "{D:name_word:Vilja} är viktigare än talang, sa tränaren."),
]:
    F("pub", "S", "sv", _k, _t)
F("pub", "L", "sv", "order", """
Order {G:order_id}
Vara: {D:brand:Fjällräven} ryggsäck, modell {G:model_no}
Belopp: {G:amount}
Beräknad leverans: {G:event_date}
Spårning: {G:tracking_no}
Kundtjänst: {G:org_phone}""")
F("pub", "L", "sv", "timetable", """
Avgångar från {D:public_place:Stockholm Central}
{G:time}  SJ mot {D:city:Göteborg}
{G:time}  Pendeltåg mot {D:city:Märsta}
{G:time}  Regional mot {D:city:Uppsala}
Spårändringar kan förekomma.""")
F("sec", "S", "sv", "chat", "lösenordet till wifi är {pw}, dela inte vidare")
F("sec", "L", "sv", "config", """
# appsettings.Production.json
{
  "Db": { "Host": "{G:hostname}", "User": "butik", "Password": "{pw}" },
  "Klarna": { "ApiKey": "{apikey.b62_40}" }
}""")

# ======== Indonesian =====================================================================================
for _k, _t in [
    ("chat", "aku sama {p1.f|lc} nyampe jam 8, {p2.f|lc} nyusul"),
    ("formal", "Mulai Senin, Ibu {p1!f.f} menggantikan Bapak {p2!m.f} sebagai kepala gudang."),
    ("general", "Kemarin aku ketemu {p1} di pasar, katanya {p2.f} pindah ke {town}."),
    ("delivery", "Tolong kirim ke {addr}, titip ke Pak {p1!m.f} di pos satpam."),
    ("medical", "Pasien: {p1}, tanggal lahir {dob.num}, rujukan dari dr. {p2.l}."),
    ("sms", "Halo, ini {p1.f}. Nomor baruku {phone.mob}"),
    ("bank_msg", "Transfer ke {p1} sebesar {G:amount} sudah berhasil."),
    ("note", "telpon {p1.f} soal kunci kos, nomornya {p1.mob}"),
    ("chat", "eh {p1.f|lc} sama {p2.f|lc} udah jadian loh"),
    ("ai_prompt", "Tuliskan ucapan terima kasih singkat untuk {p1} yang membantu acara kantor kemarin."),
]:
    F("per", "S", "id", _k, _t)
E("per", "id", "Serah terima", """
mulai minggu depan {p3} akan menangani pelanggan di {town}.
{p3.f} sudah bertemu dengan {p4} dan {p5}.
Untuk hal mendesak, hubungi {p3.f} di {p3.mob}.""")
C("per", "id", """
A: siapa yang jemput {p3.f} di bandara?
B: aku ga bisa, masih kerja
C: aku aja, landing jam berapa?
A: 18.30, terus makan di rumah {p4.f}
C: alamatnya?
A: {addr}""")
F("per", "L", "id", "form", """
Formulir Pendaftaran
Nama lengkap: {p1}
Tanggal lahir: {dob.num}
Alamat: {addr}
No. HP: {p1.mob}
Email: {p1.email}
Kontak darurat: {p2}, {p2.phone}""")
F("per", "L", "id", "meeting_minutes", """
Notulen rapat RT, {G:event_date}
Hadir: {p1}, {p2}, {p3}
Ketua RT: {p4}

{p2.f} melaporkan lampu jalan mati.
{p3.f} akan mengumpulkan iuran kebersihan.""")
for _k, _t in [
    ("news", "{D:public_figure:Joko Widodo} meresmikan stasiun baru di {D:city:Bandung}."),
    ("place", "{D:street_public:Jalan Malioboro} ramai sekali saat libur panjang."),
    ("name_words", "{D:name_word:Bintang} di langit malam ini terang sekali."),
]:
    F("pub", "S", "id", _k, _t)
F("pub", "L", "id", "order", """
Pesanan {G:order_id}
Produk: sepatu {D:brand:Compass}, ukuran 42
Total: {G:amount}
Perkiraan tiba: {G:event_date}
No. resi: {G:tracking_no}
Layanan pelanggan: {G:org_phone}""")
F("pub", "L", "id", "timetable", """
Jadwal KRL dari {D:public_place:Stasiun Manggarai}
{G:time}  tujuan {D:city:Bogor}
{G:time}  tujuan {D:city:Bekasi}
{G:time}  tujuan {D:city:Tangerang}
Jadwal dapat berubah sewaktu-waktu.""")
F("sec", "S", "id", "chat", "password wifi kantor: {pw}, jangan disebar ya")
F("sec", "L", "id", "env_file", """
# .env production
DB_HOST={G:hostname}
DB_USER=toko
DB_PASSWORD={pw}
MIDTRANS_SERVER_KEY={apikey.b62_40}""")

# ======== English, personal, short: addresses, phones, dates of birth, numbers ===========================
for _row in [
    ("delivery", "Can you send the samples to {addr.unit}?"),
    ("chat", "we finally got the keys!! {addr}!"),
    ("support", "The invoice went to the old office ({addr}) instead of the new one."),
    ("chat", "meet at {addr.street}, the blue door next to the chemist"),
    ("formal", "Please forward any post for {p1} (home: {addr})."),
    ("chat", "{p1.f}'s flat is {addr.street}, top buzzer, it sticks so push hard"),
    ("chat", "is it {addr.street} or {addr.street}? i always mix them up"),
    ("note", "new office from the 1st: {addr.unit}"),
    ("chat", "cell {phone.mob}, text don't call, I'm in meetings all day"),
    ("contact_note", "Mobile {p1.mob} / Desk {phone.ext}"),
    ("note", "Call the site office on {phone.br} and ask for {p1.f}."),
    ("chat", "{p1.f}'s new number is {phone@nl.intl}, {?p1:he|she}'s living in Utrecht now"),
    ("chat", "ring me back on {phone.mob} or the landline {phone.br}"),
    ("sms", "WhatsApp me on {phone.intl} while I'm away"),
    ("contact_note", "Reach {p1.hon} {p1.l} on {phone.ext}, or {?p1:his|her} assistant {p2.f} on {phone.land}."),
    ("contact_note", "Tel. {phone.land} (office hours), Cell {p1.mob} (emergencies only)"),
    ("general", "{p1.f} was born on {dob.long}, so {?p1:he|she} is old enough to sign."),
    ("support", "DOB: {dob.num}, surname {p1.l}, first name {p1.f}, account found."),
    ("chat", "my date of birth is {dob} if you need it for the booking"),
    ("support", "Date of birth {dob.num} doesn't match our records for {p1}."),
    ("hr_note", "{p1} (born {dob.long}) has applied for a transfer to {town}."),
    ("medical", "Please confirm the patient's date of birth before the scan: {dob.num}."),
    ("chat", "born {dob.num}, so {p1.f|lc} is a leap-year baby? no wait"),
    ("hr_note", "SSN {ssn} for {p1}, please add it to the tax form.", "us"),
    ("chat", "is {ssn} the right social for {p1.f}? the IRS letter shows a different one", "us"),
    ("formal", "Form W-2 for {p1}, SSN {ssn}, was mailed to {addr}.", "us"),
    ("chat", "my social is {ssn}, do you need anything else?", "us"),
    ("hr_note", "Background check for {p1} (SSN {ssn}, DOB {dob.num}) came back clear.", "us"),
    ("support", "Caller verified the last four of SSN and gave full number {ssn} anyway; {p1.f} flagged it.", "us"),
    ("payment", "card no. {cc}, name on card {p1|uc}"),
    ("chat", "can u book it on my card {cc} exp {D:card_expiry:09/27}"),
    ("support", "The customer read out {cc} on the call; please never write card numbers into notes."),
    ("payment", "Amex {cc.amex} for the hotel, booked under {p1.l}."),
    ("payment", "Use the company card {cc.mc} for {p1.f}'s travel, not your own."),
    ("security_note", "Blocked {ip} after 40 failed logins on {p1.f}'s account."),
    ("security_note", "{p1.f}'s home IP is {ip}, please add it to the allow-list."),
    ("security_note", "The abuse report names {ip6} as the source, which belongs to a customer called {p1}."),
    ("security_note", "we saw {p1.email} sign in from {ip} and {ip} within ten minutes"),
    ("general", "{p1.email} is {p1}'s personal address, use {p1.wemail} for work stuff."),
]:
    F("per", "S", "en", _row[0], _row[1], loc=_row[2] if len(_row) > 2 else None)

# ======== English, personal, long: more layouts ===========================================================
F("per", "L", "en", "form", """
Request for Taxpayer Identification (copy)
Name: {p1}
Business name: {co}
Address (number, street, and apt. or suite no.):
{addr.block}
Social security number: {ssn}
Signature: {p1.fl}    Date: {G:event_date}""", loc="us")
F("per", "L", "en", "form", """
PAYMENT DETAILS
Cardholder: {p1|uc}
Card number: {cc}
Expiry: {D:card_expiry:0{num:1-9}/2{num:6-9}}
Billing address: {addr}
Email for receipt: {p1.email}
Phone: {p1.phone}""")
F("per", "L", "en", "vcard", """
BEGIN:VCARD
VERSION:4.0
FN:{p1}
N:{p1.l};{p1.f};;;
ORG:{co}
TEL;TYPE=work,voice:{phone.land}
TEL;TYPE=cell:{p1.mob}
EMAIL:{p1.wemail}
END:VCARD""")
F("per", "L", "en", "delivery_note", """
SHIPPING LABEL
FROM: {p1}
{addr.block}
TO: {p2}
{addr@de.block}
Tel. {p2.intl}
Contents: books (gift)""")
F("per", "L", "en", "delivery_note", """
Returns address:
{p1}
{addr@fr.block}
Please include the order number and a phone number ({phone@fr.mob} is fine).
Questions to {p1.email}""")
F("per", "L", "en", "log_lines", """
{G:timestamp} sshd[{num:1000-9999}]: Failed password for {p1.handle} from {ip} port {num:30000-65000} ssh2
{G:timestamp} sshd[{num:1000-9999}]: Failed password for {p1.handle} from {ip} port {num:30000-65000} ssh2
{G:timestamp} sshd[{num:1000-9999}]: Accepted publickey for {p2.handle} from {ip} port {num:30000-65000} ssh2
{G:timestamp} sshd[{num:1000-9999}]: Accepted password for {p1.handle} from {G:private_ip} port {num:30000-65000} ssh2""")
F("per", "L", "en", "order", """
Order confirmation {G:order_id}
Thanks for your order, {p1.f}!
Deliver to:
{p1}
{addr.block}
Paid with card ending {G:card_last4}
We'll text updates to {p1.mob} and email {p1.email}.""")
F("per", "L", "en", "json_record", """
{
  "employee": "{p1}",
  "ssn": "{ssn}",
  "dob": "{dob.iso}",
  "home_address": "{addr}",
  "manager": "{p2}",
  "hired": "{G:event_date}"
}""", loc="us")
F("per", "L", "en", "csv_export", """
asset_tag,assigned_to,email,last_seen_ip,hostname
@rows 3-6
{G:serial},{p1},{p1.wemail},{ip},{G:hostname}
@end""")
F("per", "L", "en", "form", """
EMERGENCY INFORMATION
Child: {p1}
Date of birth: {dob.kid}
Parent/carer 1: {p2}
  Cell {p2.mob}
  Work {phone.ext}
Parent/carer 2: {p3}
  Mobile {p3.mob}
GP: {p4.dr} {p4.l}, {phone.br}""")
F("per", "L", "en", "hr_letter", """
{co}
{addr.block#c}

{G:event_date}

{p1.hon} {p1}
{addr.block}

Dear {p1.hon} {p1.l},
This letter confirms that {p1} has been employed by us as {job} since {G:event_date}.
Yours faithfully,
{p2}""", loc="uk")
F("per", "L", "en", "letter", """
{p1}
{addr.block}
{p1.phone}

{G:event_date}

To whom it may concern,
I have known {p2} for over ten years. {?p2:He|She} is honest, reliable and kind.
{p1}""")
F("per", "L", "en", "crm_note", """
Lead: {p1}
Company: {co#2}
Email: {p1.wemail#2}
Direct: {phone.ext}
Mobile: {p1.intl}
Address: {addr.unit}
Notes: met {p1.f} at the trade show; wants a demo with {p2} present.""")
F("per", "L", "en", "markdown_table", """
| Tenant | Unit | Phone | Move-in |
|---|---|---|---|
@rows 3-6
| {p1} | {num:1-40}{~A|B|C} | {p1.phone} | {G:event_date} |
@end""")
F("per", "L", "en", "it_ticket", """
Ticket {G:ticket_id}: laptop stolen
Owner: {p1} ({p1.wemail})
Last login: {G:timestamp} from {ip}
Device: {G:serial}
Actions: wiped remotely by {p2.f}; {p1.f} issued a loaner.
Police ref given by {p1.f}: {G:case_no}""")

# ======== English, secret: more ===========================================================================
C("sec", "en", """
A: can you send me the key for the bastion
B: sure, one sec
B: {pem}
A: thanks, got it
B: delete this message after""")
F("sec", "L", "en", "http", """
GET /api/v2/account HTTP/1.1
Host: app.internal.example
Cookie: session={jwt}
User-Agent: curl/8.4.0
Accept: */*""")
F("sec", "S", "en", "chat", "token for the test env: {jwt} (expires tonight)")
F("sec", "S", "en", "ai_prompt", "Decode this JWT and tell me when it expires: {jwt}")
F("sec", "L", "en", "ssh_key", """
$ cat ~/.ssh/id_ed25519
{pem}
$ chmod 600 ~/.ssh/id_ed25519""")

# ======== Non-English, personal, long: letters and tables =================================================
F("per", "L", "de", "letter", """
{p1}
{addr.block}
Tel.: {p1.phone}

{p2.hon} {p2}
{addr.block}

Sehr {?p2:geehrter Herr|geehrte Frau} {p2.l},
anbei die Rechnung für die Gartenarbeiten. Bitte überweisen Sie den Betrag auf {iban}.
Mit freundlichen Grüßen
{p1}""")
F("per", "L", "de", "csv_export", """
Nachname;Vorname;Geburtsdatum;Telefon;Ort
@rows 3-6
{p1.l};{p1.f};{dob.num};{p1.phone};{town}
@end""")
F("per", "L", "fr", "letter", """
{p1}
{addr.block}
{p1.phone}

À l'attention de {p2.hon} {p2.l}
{addr.block}

Objet : résiliation de bail
{?p2:Monsieur|Madame}, je vous informe de mon départ au {G:event_date}.
{p1}""")
F("per", "L", "fr", "csv_export", """
nom;prénom;date_naissance;téléphone;email
@rows 3-6
{p1.l};{p1.f};{dob.num};{p1.phone};{p1.email}
@end""")
F("per", "L", "es", "letter", """
{p1}
{addr.block}
Tel. {p1.phone}

{p2.hon} {p2}
{addr.block}

Asunto: devolución de la fianza
Le ruego que ingrese la fianza en la cuenta {iban}.
Atentamente, {p1}""")
F("per", "L", "es", "csv_export", """
apellidos,nombre,fecha_nacimiento,movil,ciudad
@rows 3-6
{p1.l},{p1.f},{dob.num},{p1.mob},{town}
@end""")
F("per", "L", "it", "letter", """
{p1}
{addr.block}
Tel. {p1.phone}

Spett.le {co}
c.a. {p2.hon} {p2.l}
{addr.block}

Oggetto: richiesta di rimborso
Vi prego di accreditare l'importo sul conto {iban}.
Distinti saluti, {p1}""")
F("per", "L", "it", "csv_export", """
cognome;nome;data_nascita;cellulare;email
@rows 3-6
{p1.l};{p1.f};{dob.num};{p1.mob};{p1.email}
@end""")
F("per", "L", "pt", "letter", """
{p1}
{addr.block}
Cel. {p1.phone}

Ao {co}
A/C {p2.hon} {p2}

Assunto: cancelamento de contrato
Solicito o cancelamento a partir de {G:event_date}.
Atenciosamente, {p1}""")
F("per", "L", "pt", "csv_export", """
nome,data_nascimento,celular,email,cidade
@rows 3-6
{p1},{dob.num},{p1.mob},{p1.email},{town}
@end""")
F("per", "L", "nl", "letter", """
{p1}
{addr.block}
Tel. {p1.phone}

{co}
t.a.v. {p2.hon} {p2.l}
{addr.block}

Betreft: opzegging abonnement
Graag het resterende bedrag terugstorten op {iban}.
Met vriendelijke groet, {p1}""")
F("per", "L", "nl", "csv_export", """
achternaam;voornaam;geboortedatum;mobiel;woonplaats
@rows 3-6
{p1.l};{p1.f};{dob.num};{p1.mob};{town}
@end""")
F("per", "L", "pl", "letter", """
{p1}
{addr.block}
tel. {p1.phone}

{co}
{addr.block}

Dotyczy: zwrot kaucji
Proszę o przelew kaucji na rachunek {iban}.
Z poważaniem
{p1}""")
F("per", "L", "pl", "csv_export", """
nazwisko;imię;data_urodzenia;telefon;miasto
@rows 3-6
{p1.l};{p1.f};{dob.num};{p1.phone};{town}
@end""")
F("per", "L", "tr", "letter", """
{p1}
{addr.block}
Tel: {p1.phone}

{co} Yönetimine

Konu: depozito iadesi
Depozitonun {iban} numaralı hesabıma yatırılmasını rica ederim.
Saygılarımla,
{p1}""")
F("per", "L", "tr", "csv_export", """
soyad,ad,dogum_tarihi,telefon,sehir
@rows 3-6
{p1.l},{p1.f},{dob.num},{p1.phone},{town}
@end""")
F("per", "L", "sv", "letter", """
{p1}
{addr.block}
Tfn {p1.phone}

{co}
Att: {p2}

Ärende: uppsägning av avtal
Jag säger härmed upp avtalet från och med {G:event_date}.
Vänliga hälsningar
{p1}""")
F("per", "L", "sv", "csv_export", """
efternamn;förnamn;födelsedatum;mobil;ort
@rows 3-6
{p1.l};{p1.f};{dob.num};{p1.mob};{town}
@end""")
F("per", "L", "id", "letter", """
Kepada Yth.
{p2.hon} {p2}
{addr.block}

Perihal: pengembalian uang jaminan
Mohon dana dikembalikan ke rekening atas nama {p1}.
Hormat saya,
{p1}
{p1.phone}""")
F("per", "L", "id", "csv_export", """
nama,tanggal_lahir,no_hp,email,kota
@rows 3-6
{p1},{dob.num},{p1.mob},{p1.email},{town}
@end""")

# ======== English, personal, long: lists with dates of birth and addresses ===============================
F("per", "L", "en", "csv_export", """
patient_id,surname,forename,dob,postcode_area,gp
@rows 3-6
{G:mrn},{p1.l},{p1.f},{dob.num},{town},{p2.dr} {p2.l}
@end""", loc="uk")
F("per", "L", "en", "form", """
GUEST REGISTRATION
Name: {p1}
Date of birth: {dob}
Home address: {addr}
Mobile: {p1.mob}
Vehicle reg: {D:vehicle_reg:{~KX19 ABC|LR68 TPD|YH21 WZK}}
Accompanying guests: {p2}, {p3.f}""")
F("per", "L", "en", "insurance_claim", """
Claim reference: {G:policy_no}
Policyholder: {p1}
Date of birth: {dob.num}
Address at time of loss: {addr}
Third party: {p2}, {addr}
Third party phone: {p2.phone}
Witness: {p3}""")
F("per", "L", "en", "school_msg", """
Class list (Year 6, Room {num:1-12})
@rows 4-8
{p1} - DOB {dob.kidnum} - parent: {p2} {p2.mob}
@end""")

# ======== English: more address layouts ===================================================================
for _t in [
    "Our German office has moved to {addr@de}.",
    "Send the signed contract to {addr@fr} (attn. {p1@fr}).",
    "The flat in the Netherlands is {addr@nl}; {p1@nl.f} has the keys.",
    "Return address: {addr@uk}.",
    "Pick-up from {addr.street} at 9, drop-off at {addr.street} by noon.",
    "Wrong address on the form: it's {addr}, not {addr}.",
    "Ship the spare part to {addr.unit} (back entrance).",
    "{p1.f} lives at {addr.nozip} now, I think?",
    "Address for {p1.f}'s birthday card: {addr@ie}!",
    "Meet us at {addr@es}, the bell says {p1@es.l}.",
    "my new address is {addr} - update your contacts pls",
    "Was it {addr@it}? The courier says nobody answered.",
    "Deliveries for {p1} go to {addr@pl} while {?p1:he|she} is in Poland.",
    "The workshop is at {addr@se}, behind the petrol station.",
    "Mum's new place: {addr@au}. Spare room for visitors!",
]:
    F("per", "S", "en", "address_note", _t)
F("per", "L", "en", "address_book", """
## Christmas cards

| Who | Address |
|---|---|
@rows 3-6
| {p1} | {addr} |
@end""")
F("per", "L", "en", "checklist", """
Moving checklist ({p1.f} + {p2.f})
[x] old address: {addr}
[x] new address: {addr}
[ ] tell the bank, the GP and {p3}'s school
[ ] redirect post (ref {G:case_no})
[ ] give {p4.f} the spare keys""")
F("sec", "S", "en", "chat", "@{p1.handle} the bot token is {slack}, add it to the vault when you can")
F("sec", "L", "en", "config", """
# alerts.yaml
slack:
  channel: "#ops-alerts"
  bot_token: {slack}
  webhook: {slack.hook}
pagerduty:
  routing_key: {apikey.hex32}""")

# ======== Polish and Turkish: more honorific shapes =======================================================
F("per", "S", "pl", "formal", "Pan {p1!m.l} prosił o kontakt w sprawie umowy, a Pani {p2!f.l} czeka na fakturę.")
F("per", "S", "pl", "chat", "{p1.f|lc} jechał{?p1:|a} dziś ze mną tramwajem, mówi że {p2.f|lc} wraca w piątek")
F("per", "S", "tr", "formal", "Bay {p1!m.l} ve Bayan {p2!f.l} toplantıya katılamayacaklarını bildirdi.")
F("per", "S", "tr", "chat", "{p1!f.f|lc} hanım aradı, {p2.f|lc} yarın gelemiyormuş")

# ======== English, public: Title Case phrases that look like names =======================================
for _t in [
    "{D:cap_phrase:Dear Customer}, your parcel {G:tracking_no} is out for delivery today.",
    "{D:cap_phrase:Happy Friday} everyone, the kitchen fridge gets emptied at 4.",
    "{D:cap_phrase:Best Regards} and {D:cap_phrase:Kind Wishes} from the {D:team:Front Desk}.",
    "{D:cap_phrase:Good Morning Vietnam} is on the telly again tonight.",
    "{D:cap_phrase:Thank You} Notes are in the drawer by reception.",
]:
    F("pub", "S", "en", "cap_phrase", _t)


# ======== English, secret: rarer key types ===============================================================
F("sec", "S", "en", "chat", "anthropic key for the eval harness: {anthropic} (please don't commit it)")
F("sec", "S", "en", "note", "stripe restricted key for the reporting job: {stripe}")
F("sec", "S", "en", "chat", "new openai key is {openai}, I revoked the old one")
F("sec", "L", "en", "env_file", """
# .env.local
ANTHROPIC_API_KEY={anthropic}
STRIPE_API_KEY={stripe}
REDIS_URL=redis://default:{pw.url}@{G:hostname}:6379/0
FEATURE_FLAGS=beta_search""")
F("sec", "L", "en", "support_ticket", """
Ticket {G:ticket_id}
From: {p1} <{p1.wemail}>
Hi, the SFTP upload still fails. Here is the key we use, in case it helps:
{pem}
Thanks, {p1.f}""")
F("sec", "L", "en", "ci_log", """
$ terraform output -raw deploy_private_key
{pem}
$ terraform output db_password
"{pw}\"""")

# ----------------------------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------------------------
NON_EN = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "id"]
QUOTA = {("per", "S", "en"): 298, ("per", "L", "en"): 212, ("pub", "S", "en"): 120, ("pub", "L", "en"): 50,
         ("sec", "S", "en"): 30, ("sec", "L", "en"): 40}
for _l in NON_EN:
    QUOTA.update({("per", "S", _l): 11, ("per", "L", _l): 7, ("pub", "S", _l): 3, ("pub", "L", _l): 2,
                  ("sec", "S", _l): 1, ("sec", "L", _l): 1})
for _l in ("pl", "tr"):  # twelve short personal frames, six long ones
    QUOTA[("per", "S", _l)], QUOTA[("per", "L", _l)] = 12, 6
SENS = {"per": "personal", "pub": "public", "sec": "secret"}


def assign_ids():
    cnt = collections.Counter()
    for fr in FRAMES:
        k = (fr["cat"], fr["kind"], fr["lang"])
        cnt[k] += 1
        fr["id"] = "%s-%s-%s%03d" % (fr["cat"], fr["kind"], "" if fr["lang"] == "en" else fr["lang"] + "-", cnt[k])


def finish(segs):
    text, spans, decoys = [], [], []
    pos = 0
    for v, lab in segs:
        if lab is not None:
            if not v or v != v.strip():
                raise ValueError("bad labelled value %r" % v)
            (spans if lab[0] == "S" else decoys).append((pos, pos + len(v), lab[1], v))
        text.append(v)
        pos += len(v)
    return "".join(text), spans, decoys


def byte_off(text, i):
    return len(text[:i].encode("utf-8"))


def make_doc(fr, n):
    lang = fr["lang"]
    loc = fr["loc"] or (wpick(EN_LOCALES) if lang == "en" else LANG_LOCALE[lang])
    doc = Doc(lang, loc, fr["kind"])
    if fr["type"] == "email":
        segs = build_email(doc, fr)
    elif fr["type"] == "chat":
        segs = build_chat(doc, fr)
    else:
        segs = doc.render(fr["text"])
    text, spans, decoys = finish(segs)
    for a, b in ((s, t) for s in spans + decoys for t in spans + decoys if s is not t):
        if a[0] < b[1] and b[0] < a[1]:
            raise ValueError("overlap in %s: %r %r" % (fr["id"], a, b))
    if re.search(r"\{(p\d|G:|D:|addr|phone|~|\?)", text):
        raise ValueError("unrendered placeholder in %s: %s" % (fr["id"], text))
    nl = text.count("\n") + 1
    if fr["ln"] == "S" and nl != 1:
        raise ValueError("short frame with newline: %s" % fr["id"])
    if fr["ln"] == "L" and not 4 <= nl <= 20:
        raise ValueError("long frame %s has %d lines" % (fr["id"], nl))
    has_secret = any(s[2] in SECRET_TYPES for s in spans)
    has_pii = any(s[2] in PII_TYPES for s in spans)
    sens = "secret" if has_secret else "personal" if has_pii else "public"
    if sens != SENS[fr["cat"]]:
        raise ValueError("frame %s renders as %s: %s" % (fr["id"], sens, text))

    def js(lst, key):
        return [collections.OrderedDict([("start", byte_off(text, a)), ("end", byte_off(text, b)), ("char_start", a),
                                         ("char_end", b), (key, t), ("value", v)]) for a, b, t, v in sorted(lst)]
    d = collections.OrderedDict()
    d["id"] = None
    d["text"] = text
    d["spans"] = js(spans, "type")
    d["decoys"] = js(decoys, "kind")
    d["kind"] = fr["kind"]
    d["locale"] = loc
    d["lang"] = lang
    d["sensitivity"] = sens
    d["has_pii"] = has_pii
    d["has_secret"] = has_secret
    d["frame"] = fr["id"]
    d["_people"] = [(p.origin, p.order) for p in doc.people.values()]
    return d


def generate():
    assign_ids()
    by_bucket = collections.defaultdict(list)
    for fr in FRAMES:
        by_bucket[(fr["cat"], fr["ln"], fr["lang"])].append(fr)
    docs = []
    for bucket in sorted(QUOTA):
        frs = by_bucket.get(bucket)
        if not frs:
            raise SystemExit("no frames for bucket %r" % (bucket,))
        order = []
        for i in range(QUOTA[bucket]):
            if i % len(frs) == 0:
                order = frs[:]
                R.shuffle(order)
            docs.append(make_doc(order[i % len(frs)], i))
    R.shuffle(docs)
    for i, d in enumerate(docs):
        d["id"] = "fr11-%05d" % (i + 1)
    return docs


def serialise(docs):
    lines = []
    for d in docs:
        d2 = collections.OrderedDict((k, v) for k, v in d.items() if not k.startswith("_"))
        lines.append(json.dumps(d2, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_gz(raw, path):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(raw)
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    return hashlib.md5(buf.getvalue()).hexdigest()


# ----------------------------------------------------------------------------------------------------------------
# Statistics (--stats)
# ----------------------------------------------------------------------------------------------------------------
HON_WORDS = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta|Sig|Sig\.ra|Dott|Dott\.ssa|Dra|Pan|Pani|"
             r"Bay|Bayan|dhr|mevr|Bapak|Pak|Ibu|Bu|Monsieur|Madame|heer|mevrouw|meneer|Panie|Dr\.med|dr|Frk|Sayın|Mas|Mbak|"
             r"Coach|Nurse|Officer|Professor|Doctor|Auntie|Uncle|Senhor|Senhora|Dona|Don|Doña|Signor|Signora)\.?")
GREET_RE = re.compile(r"(?:^|\n)\s*(?:hi|hey|hello|dear|morning|good (?:morning|afternoon|evening)|hallo|hi|moin|liebe|lieber|"
                      r"sehr geehrte[r]?|guten tag|bonjour|salut|coucou|cher|chère|hola|buenas|estimad[oa]|ciao|buongiorno|"
                      r"gentile|egregi[oa]|oi|olá|bom dia|prezad[oa]|car[oa]|hoi|beste|geachte|cześć|hej|dzień dobry|"
                      r"merhaba|selam|sayın|hejsan|tjena|bästa|halo|hai|pagi|yth\.|kepada yth\.|selamat pagi)[ ,]*"
                      r"(?:" + HON_WORDS + r"\s+)?$", re.I)
CUE_RE = re.compile(r"(?:name is|name's|named|called|je m'appelle|ich heiße|heißt|me llamo|se llama|mi chiamo|si chiama|"
                    r"me chamo|chama-se|ik heet|heet|nazywam się|nazywa się|adım|ismi|jag heter|heter|nama saya|namanya|"
                    r"signed|signed by|reported by|maintained by|written by|assigned to|attn\.?|c/o|t\.a\.v\.|a/c|c\.a\.|"
                    r"this is|it's|it is|c'est|hier ist|soy|sono|é|ben|tu|det är|ini|dit is)\s*:?\s*$", re.I)


LIST_WORDS = {"and", "und", "et", "y", "e", "en", "i", "ve", "och", "dan", "&", "or", "oder", "ou", "o", "of"}


def person_context(text, s, e, spans):
    """Classify what precedes a PERSON span (for the README's table; a heuristic)."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    line = list(text[line_start:line_end])
    for sp in spans:  # mask the other names on the line
        if sp["type"] == "PERSON" and sp["char_start"] >= line_start and sp["char_end"] <= line_end and sp["char_start"] != s:
            for k in range(sp["char_start"] - line_start, sp["char_end"] - line_start):
                line[k] = "N"
    line = "".join(line)
    before, after = line[:s - line_start], line[e - line_start:]
    if re.search(r"(?:^|[\s(\"',;])" + HON_WORDS + r"\s*$", before) or re.match(r"^\s+(?:Bey|Hanım)\b", after):
        return "honorific (Mr, Dr, Frau, Pani, Bey …)"
    if GREET_RE.search(text[max(0, line_start - 1):s]):
        return "greeting (Hi, Dear, Hallo …)"
    if not before.strip(" -–>*") and not after.strip(" ,.!"):
        return "alone on its line (signature, address block)"
    if re.fullmatch(r"\[[^\]]*\]\s*(?:@|<)?", before) or re.fullmatch(r".*\d\s-\s", before) or before.endswith("/"):
        return "label, field or speaker"
    if not before and re.match(r"^[,;\t]", after):
        return "table cell"
    if re.search(r"[:=]\s*[\"'<]?$", before) or re.search(r"[\[<@]$", before) or re.match(r"^\S*\s*$", before) and re.match(r"^\s*(?:\(\d|:|\]|>|\s{2}|\s*\[)", after):
        return "label, field or speaker"
    m = re.match(r"^\s*[^:]{1,40}:\s", line)
    if m and m.end() <= len(before):
        rest = re.sub(r"\([^)]*\)", "", before[m.end():])
        if all(w in LIST_WORDS or w == "N" for w in re.findall(r"[^\s,;/+]+", rest)):
            return "label, field or speaker"
    if re.search(r"[,;\t|]\s*[\"']?$", before) and (re.search(r"^[\"']?\s*[,;\t|]", after) or not after.strip()) and not re.search(r"[a-z]{4,} [a-z]{4,}", before[-25:]):
        return "table cell"
    if before.rstrip().endswith("|") or re.match(r"^\s*\|", after):
        return "table cell"
    if CUE_RE.search(before):
        return "cue word (from, by, called, named …)"
    return "running text, no cue word"


def stats(docs, md5):
    P = print
    tab = collections.defaultdict(lambda: [0, 0, 0, set()])
    for d in docs:
        r = tab[d["sensitivity"]]
        r[0] += 1
        r[1 if "\n" in d["text"] else 2] += 1
        r[3].add(d["frame"])
    P("| sensitivity | documents | long (4–20 lines) | short (1–3 sentences) | frames |")
    P("|---|---:|---:|---:|---:|")
    allf = set()
    for s in ("public", "personal", "secret"):
        r = tab[s]
        allf |= r[3]
        P("| %s | %d | %d | %d | %d |" % (s, r[0], r[1], r[2], len(r[3])))
    P("| **total** | **%d** | **%d** | **%d** | **%d** |" % (len(docs), sum(tab[s][1] for s in tab), sum(tab[s][2] for s in tab), len(allf)))
    lens = [d["text"].count("\n") + 1 for d in docs if "\n" in d["text"]]
    P("\nlong documents: mean %.1f lines, longest %d" % (sum(lens) / len(lens), max(lens)))
    n_sp, n_doc = collections.Counter(), collections.Counter()
    for d in docs:
        for t in set(s["type"] for s in d["spans"]):
            n_doc[t] += 1
        for s in d["spans"]:
            n_sp[s["type"]] += 1
    P("\n| span type | spans | documents |\n|---|---:|---:|")
    for t in PII_TYPES + SECRET_TYPES:
        if n_sp[t]:
            P("| %s | %d | %d |" % (t, n_sp[t], n_doc[t]))
    pii = sum(n_sp[t] for t in PII_TYPES)
    sec = sum(n_sp[t] for t in SECRET_TYPES)
    P("| **all** | **%d** (PII %d, secret %d) | |" % (pii + sec, pii, sec))
    kinds = collections.defaultdict(collections.Counter)
    for d in docs:
        kinds[d["kind"]][d["sensitivity"]] += 1
    P("\n| kind | docs | public | personal | secret |\n|---|---:|---:|---:|---:|")
    for k in sorted(kinds, key=lambda k: (-sum(kinds[k].values()), k)):
        c = kinds[k]
        P("| %s | %d | %s | %s | %s |" % (k, sum(c.values()), c["public"] or "", c["personal"] or "", c["secret"] or ""))
    lg = collections.defaultdict(collections.Counter)
    for d in docs:
        lg[d["lang"]][d["sensitivity"]] += 1
        lg[d["lang"]]["long"] += "\n" in d["text"]
    P("\n| lang | docs | public | personal | secret | long |\n|---|---:|---:|---:|---:|---:|")
    for l in sorted(lg, key=lambda l: -sum(lg[l][s] for s in ("public", "personal", "secret"))):
        c = lg[l]
        P("| %s | %d | %d | %d | %d | %d |" % (l, c["public"] + c["personal"] + c["secret"], c["public"], c["personal"], c["secret"], c["long"]))
    P("\nlocales: " + ", ".join("%s %d" % kv for kv in collections.Counter(d["locale"] for d in docs).most_common()))
    orig = collections.Counter(o for d in docs for o, _ in d["_people"])
    P("people drawn: %d; origins: %s" % (sum(orig.values()), ", ".join("%s %d" % kv for kv in orig.most_common())))
    P("surname-first renderings: %d" % sum(1 for d in docs for o, od in d["_people"] if od == "sg"))
    # PERSON shapes
    ctx, shapes = collections.Counter(), collections.Counter()
    ctx_by_len = collections.defaultdict(collections.Counter)
    nper = 0
    for d in docs:
        t = d["text"]
        for s in d["spans"]:
            if s["type"] != "PERSON":
                continue
            nper += 1
            v = s["value"]
            c = person_context(t, s["char_start"], s["char_end"], d["spans"])
            ctx[c] += 1
            ctx_by_len["long" if "\n" in t else "short"][c] += 1
            if " " not in v and "," not in v:
                shapes["one token"] += 1
            if v == v.lower():
                shapes["all lower case"] += 1
            if v == v.upper() and v != v.lower():
                shapes["all upper case"] += 1
            if ", " in v:
                shapes["Surname, Given"] += 1
            if re.match(r"^\w\. ", v):
                shapes["G. Surname"] += 1
            if any(ord(ch) > 127 for ch in v):
                shapes["non-ASCII letters"] += 1
            if t[s["char_end"]:s["char_end"] + 2] in ("'s", "’s") or t[s["char_end"]:s["char_end"] + 1] in ("'", "’"):
                shapes["followed by possessive"] += 1
            if s["char_start"] == 0 or re.search(r"(?:^|[.!?]\s+)$", t[:s["char_start"]][-3:] if s["char_start"] else ""):
                shapes["sentence-initial"] += 1
    P("\nPERSON spans: %d" % nper)
    P("| context before the name | spans | share | short docs | long docs |\n|---|---:|---:|---:|---:|")
    for c, n in ctx.most_common():
        P("| %s | %d | %.1f%% | %d | %d |" % (c, n, 100.0 * n / nper, ctx_by_len["short"][c], ctx_by_len["long"][c]))
    P("\n| PERSON shape | spans |\n|---|---:|")
    for c, n in shapes.most_common():
        P("| %s | %d |" % (c, n))
    ad, ph = collections.Counter(), collections.Counter()
    for d in docs:
        t = d["text"]
        dec_starts = set(x["char_start"] for x in d["decoys"] if x["kind"] == "ext")
        for sp in d["spans"]:
            v, nxt = sp["value"], t[sp["char_end"]:sp["char_end"] + 1]
            if sp["type"] == "STREET_ADDRESS":
                ad["all"] += 1
                ad["multi-line block"] += "\n" in v
                ad["house number + street only"] += "," not in v and "\n" not in v
                ad["starts with flat/apt/suite/unit"] += bool(re.match(r"(?:Flat|Apt|Apartment|Suite|Ste|Unit|Bât|Appt|Résidence|Esc|Hinterhaus|c/o|\d\. OG|B-)", v))
                ad["followed by ? ! or )"] += nxt in ("?", "!", ")")
            if sp["type"] == "PHONE_NUMBER":
                ph["all"] += 1
                ph["international (+ or 00)"] += v.startswith(("+", "00"))
                ph["bracketed area code"] += "(" in v
                ph["followed by an extension"] += (sp["char_end"] + 1) in dec_starts
    P("\n" + "; ".join("STREET_ADDRESS %s %d" % kv for kv in ad.items()))
    P("; ".join("PHONE_NUMBER %s %d" % kv for kv in ph.items()))
    nsp = collections.Counter()
    for d in docs:
        if d["sensitivity"] == "personal":
            nsp[min(len(d["spans"]), 6)] += 1
    P("\npersonal documents by number of spans: " + ", ".join("%s %d" % ("6+" if k == 6 else k, nsp[k]) for k in sorted(nsp)))
    P("secret documents that also hold PII: %d" % sum(1 for d in docs if d["has_secret"] and d["has_pii"]))
    dk = collections.Counter(x["kind"] for d in docs for x in d["decoys"])
    P("\ndecoys: %d; public documents with a decoy: %d of %d" % (sum(dk.values()), sum(1 for d in docs if d["sensitivity"] == "public" and d["decoys"]), sum(1 for d in docs if d["sensitivity"] == "public")))
    P("| decoy kind | count |\n|---|---:|")
    for k, n in dk.most_common():
        P("| %s | %d |" % (k, n))
    halves = collections.defaultdict(lambda: [collections.Counter(), set()])
    for d in docs:
        h = "a" if int(hashlib.md5(d["frame"].encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "b"
        halves[h][0][d["sensitivity"]] += 1
        halves[h][1].add(d["frame"])
    for h in "ab":
        c, f = halves[h]
        P("fresh11%s: %d documents (%d personal, %d public, %d secret; %d frames)" % (h, sum(c.values()), c["personal"], c["public"], c["secret"], len(f)))
    fr_use = collections.Counter(d["frame"] for d in docs)
    P("frames: %d defined, %d used; uses: %s" % (len(FRAMES), len(fr_use), dict(sorted(collections.Counter(fr_use.values()).items()))))
    nonen = collections.Counter(fr["cat"] for fr in FRAMES if fr["lang"] != "en")
    P("non-English frames: %d (%s)" % (sum(nonen.values()), dict(nonen)))
    P("frame types: %s" % dict(collections.Counter(fr["type"] for fr in FRAMES)))
    P("\nmd5 of fresh11.jsonl.gz: %s" % md5)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--dump")
    a = ap.parse_args()
    docs = generate()
    raw = serialise(docs)
    md5 = write_gz(raw, OUT)
    if a.dump:
        with open(a.dump, "wb") as f:
            f.write(raw)
    if a.stats:
        stats(docs, md5)
    else:
        print("wrote %s (%d documents), md5 %s" % (OUT, len(docs), md5))


if __name__ == "__main__":
    main()
