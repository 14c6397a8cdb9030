#!/usr/bin/env python3
"""Write eval/fresh2/fresh2.jsonl.gz: an independent PII / secret measurement set (seed 4242).

Standard library only, hand-written value pools and sentences, same bytes every run:
    python3 eval/fresh2/gen_fresh2.py
Format: the one of ../shared/eval/pii-dev.jsonl.gz (byte offsets on the UTF-8 text, end exclusive).
"""
import base64
import gzip
import hashlib
import io
import json
import os
import re
import string
import sys
import unicodedata

import random

SEED = 4242
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh2.jsonl.gz")

PII_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH", "CREDIT_CARD",
             "US_SSN", "IBAN_CODE", "IP_ADDRESS", "UK_NHS"}
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
                "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}


# ----------------------------------------------------------------------------------------------
# document builder
class S:
    """a labelled span value"""
    def __init__(self, typ, value):
        assert typ in PII_TYPES or typ in SECRET_TYPES, typ
        self.typ, self.value = typ, value


class Dc:
    """a decoy (look-alike) value"""
    def __init__(self, kind, value):
        self.kind, self.value = kind, value


class Doc:
    def __init__(self, kind, locale):
        self.kind, self.locale = kind, locale
        self.buf, self.b, self.c = [], 0, 0
        self.spans, self.decoys = [], []

    def t(self, s):
        self.buf.append(s)
        self.b += len(s.encode("utf-8"))
        self.c += len(s)
        return self

    def s(self, typ, v):
        b0, c0 = self.b, self.c
        self.t(v)
        self.spans.append({"start": b0, "end": self.b, "char_start": c0, "char_end": self.c, "type": typ,
                           "category": "secret" if typ in SECRET_TYPES else "pii", "value": v})
        return self

    def d(self, kind, v):
        b0, c0 = self.b, self.c
        self.t(v)
        self.decoys.append({"start": b0, "end": self.b, "char_start": c0, "char_end": self.c, "kind": kind, "value": v})
        return self

    def put(self, x):
        if isinstance(x, S):
            self.s(x.typ, x.value)
        elif isinstance(x, Dc):
            self.d(x.kind, x.value)
        else:
            self.t(str(x))
        return self

    def f(self, tmpl, **kw):
        """template with {field}; fields are str, S or Dc"""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tmpl):
            self.t(tmpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def json(self, obj, indent=2, level=0, inline=False):
        """emit a JSON value whose leaves may be S or Dc"""
        sp = " " * (indent * (level + 1)) if indent else ""
        sp0 = " " * (indent * level) if indent else ""
        nl = "\n" if indent else ""
        if isinstance(obj, dict):
            if not obj:
                return self.t("{}")
            self.t("{" + nl)
            items = list(obj.items())
            for i, (k, v) in enumerate(items):
                self.t(sp + json.dumps(k, ensure_ascii=False) + (": " if indent else ":"))
                self.json(v, indent, level + 1)
                self.t(("," if i < len(items) - 1 else "") + nl)
            return self.t(sp0 + "}")
        if isinstance(obj, list):
            if not obj:
                return self.t("[]")
            self.t("[" + nl)
            for i, v in enumerate(obj):
                self.t(sp)
                self.json(v, indent, level + 1)
                self.t(("," if i < len(obj) - 1 else "") + nl)
            return self.t(sp0 + "]")
        if isinstance(obj, (S, Dc)):
            v = obj.value
            enc = json.dumps(v, ensure_ascii=False)
            assert enc[1:-1] == v, v  # values must not need escaping
            self.t('"')
            self.put(obj)
            return self.t('"')
        if isinstance(obj, str) and obj.startswith("\x00raw:"):
            return self.t(obj[5:])
        return self.t(json.dumps(obj, ensure_ascii=False))

    def record(self, n):
        text = "".join(self.buf)
        tb = text.encode("utf-8")
        for s in self.spans:
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"], s
            assert text[s["char_start"]:s["char_end"]] == s["value"], s
        for d in self.decoys:
            assert tb[d["start"]:d["end"]].decode("utf-8") == d["value"], d
        has_pii = any(s["category"] == "pii" for s in self.spans)
        has_secret = any(s["category"] == "secret" for s in self.spans)
        return {"id": "fr2-%05d" % n, "locale": self.locale, "kind": self.kind, "text": text, "spans": self.spans,
                "decoys": self.decoys, "has_pii": has_pii, "has_secret": has_secret,
                "sensitivity": "secret" if has_secret else ("personal" if has_pii else "public")}


def ch(xs):
    return R.choice(xs)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("đ", "d")


# ----------------------------------------------------------------------------------------------
# names (hand-written pools, many cultures). given names are (name, culture)
GIVEN = {
    "wafr": "Kofi Ama Kwame Abena Yaw Efua Chidi Ngozi Oluwaseun Adaeze Folake Babajide Temitope Chiamaka Kwabena "
            "Akosua Ifeoma Emeka Yetunde Kojo Adjoa Olumide Nnamdi Funmilayo Sekou Aminata Mamadou Fatoumata",
    "eafr": "Wanjiru Kamau Njeri Otieno Achieng Baraka Zawadi Nyokabi Tesfaye Meseret Abebe Selamawit Wambui Kiprono "
            "Auma Jabari Neema Tigist Dawit Rehema",
    "sasia": "Priya Arjun Ananya Rohan Lakshmi Venkatesh Sunita Harpreet Gurpreet Farhan Nusrat Thilini Dilshan "
             "Aishwarya Karthik Meenakshi Sandeep Divya Rahul Shreya Anirudh Pooja Imran Tahmina Nirmala Vikram",
    "easia": "Wei Mei-Ling Hiroshi Yuki Haruto Sakura Ji-woo Min-jun Seo-yeon Xiaoming Jun Thanh Linh Kenji Aiko "
             "Jia Hui Takeshi Eun-ji Duc Hoa Ryo Xinyi",
    "arab": "Omar Layla Youssef Fatima Khalid Noor Tariq Rania Hamza Samira Mahmoud Yasmin Karim Leila Bilal Huda "
            "Ziad Amira Nabil Salma",
    "slav": "Dmitri Katarzyna Bogdan Milena Vesna Yaroslav Oksana Radek Zuzana Miroslav Anastasia Grzegorz Jelena "
            "Tomasz Ludmila Stanislav Agnieszka Dragan Ivana Wojciech",
    "nord": "Sigrid Leif Astrid Torbjørn Ingrid Eero Aino Halvard Solveig Bjarne Freja Håkon Linnea Magnus Kirsti "
            "Oskari Ragnhild Sindre Tuula Jørgen",
    "latam": "Valentina Mateo Ximena Joaquín Camila Santiago Guadalupe Itzel Rodrigo Luciana Florencia Tomás "
             "Renata Emiliano Yesenia Cristóbal Marisol Aurelio Dayana Ignacio",
    "irish": "Siobhán Niamh Ciarán Oisín Aoife Tadhg Róisín Eoin Saoirse Donnacha Caoimhe Pádraig Gráinne Cathal "
             "Méabh Fionnuala Ruairí Orla Colm Aisling",
    "dutch": "Joost Maartje Sander Femke Pieter Wouter Anouk Bram Lieke Thijs Sanne Gijs Marloes Joris Ilse Ruud "
             "Floor Daan Esmee Koen",
    "ital": "Giulia Lorenzo Chiara Matteo Francesca Alessandro Federica Gianluca Beatrice Nicolò Ilaria Davide "
            "Martina Vincenzo Serena Raffaele Elisa Pasquale Noemi Carmela",
    "anglo": "Hope Joy Rich Summer Faith Grace Hunter Dawn Rose Sky Precious Sunny Crystal Iris Heath Mercy Gale "
             "Rowan Bailey Shelby Bethany Callum Gareth Moira Nigel Darlene Wade Corinne Tobias Ellery",
    "iberia": "Begoña Íñigo Montserrat Jordi Nuria Xabier Amparo Rocío Arantxa Unai Inmaculada Pau Marta Sergio",
}
SURN = {
    "wafr": "Boateng Mensah Asante Owusu Okafor Adeyemi Nwosu Balogun Adebayo Ofori Danquah Eze Agyeman Oyelaran "
            "Diallo Traoré Keita Coulibaly Nkrumah Obi",
    "eafr": "Kamau Odhiambo Wanjiku Mwangi Kiplagat Haile Tadesse Girma Mutua Ochieng Kariuki Njoroge Wekesa Bekele",
    "sasia": "Raghunathan Iyer Chatterjee Deshpande Siddiqui Bhattacharya Gill Sandhu Perera Wickramasinghe Rahman "
             "Chowdhury Venkataraman Kulkarni Menon Nair Reddy Banerjee Joshi Subramaniam",
    "easia": "Tanaka Nakamura Watanabe Zhang Liu Huang Kim Park Choi Nguyen Tran Pham Yamaguchi Chen Lim Sato Wong "
             "Hoang Matsumoto Kobayashi",
    "arab": "Al-Farsi Haddad Nasser El-Amin Khoury Mansour Hashemi Abdullah Saleh Bakr Al-Rashid Darwish Hamdan "
            "Aziz Qureshi Sabbagh",
    "slav": "Kowalczyk Nowak Petrović Horvat Novák Dvořák Ivanova Shevchenko Zielińska Popescu Wiśniewski Kovačević "
            "Sokolov Bondarenko Jankowski Marković",
    "nord": "Lindqvist Johansson Haugen Virtanen Korhonen Bergström Sørensen Eriksen Halvorsen Nyström Mäkinen "
            "Thorsen Åberg Rasmussen Solberg",
    "latam": "Hernández Castillo Quispe Mamani Ramírez Villanueva Oyarzún Cárdenas Espinoza Mendoza Aguilar "
             "Zambrano Huamán Ocampo Figueroa",
    "irish": "O'Sullivan Fitzgerald McLoughlin Byrne Kavanagh Ó Briain Ní Dhomhnaill Mac Giolla Phádraig "
             "Ó Ceallaigh Ní Bhriain Donnelly Gallagher Mulcahy Breathnach Hennessy",
    "dutch": "van den Broek de Vries Bakker Visser van Dijk Janssen de Jong Smit Mulder van der Linden Dekker "
             "Hoekstra Brouwer van Leeuwen Timmermans",
    "ital": "Russo Esposito Bianchi Colombo Ricci Marino De Luca Ferrara Lombardi Santoro Greco Gallo Caruso "
            "Mancini Fontana Barbieri",
    "anglo": "Whitfield Pemberton Harris Brennan Caldwell Thornton Ashworth Pruitt Halloway Kingsley Marsh "
             "Dunmore Fairbanks Colquhoun Leverett",
    "iberia": "Etxeberria Puig Garrido Iglesias Vidal Soler Arrieta Goikoetxea Ferrer Castells Medina Sanz",
}
MULTI = {"Ó Briain", "Ní Dhomhnaill", "Mac Giolla Phádraig", "Ó Ceallaigh", "Ní Bhriain", "van den Broek",
         "de Vries", "van Dijk", "de Jong", "van der Linden", "van Leeuwen", "De Luca"}


def _split(pool):
    out = {}
    for k, v in pool.items():
        words = v.split()
        items, i = [], 0
        while i < len(words):
            w = words[i]
            for m in sorted(MULTI, key=len, reverse=True):
                mw = m.split()
                if words[i:i + len(mw)] == mw:
                    w, i = m, i + len(mw) - 1
                    break
            items.append(w)
            i += 1
        out[k] = items
    return out


GIVEN = _split(GIVEN)
SURN = _split(SURN)
CULTURES = list(GIVEN)
LOCALE_CULT = {"en_CA": ["anglo", "wafr", "easia", "sasia", "latam", "arab", "slav"],
               "fr_CA": ["anglo", "arab", "wafr", "latam"],
               "en_AU": ["anglo", "easia", "sasia", "ital", "arab", "eafr"],
               "en_IE": ["irish", "irish", "anglo", "slav", "wafr"],
               "en_IN": ["sasia", "sasia", "sasia"],
               "nl_NL": ["dutch", "dutch", "arab", "slav"],
               "es_ES": ["iberia", "iberia", "latam", "arab"],
               "it_IT": ["ital", "ital", "eafr", "slav"],
               "en_US": ["anglo", "latam", "wafr", "easia", "eafr"],
               "en_GB": ["anglo", "sasia", "wafr", "irish", "slav"],
               "de_DE": ["slav", "nord", "arab", "anglo"],
               "intl": CULTURES}
LOCALES = ["en_CA", "fr_CA", "en_AU", "en_IE", "en_IN", "nl_NL", "es_ES", "it_IT", "en_US", "en_GB", "de_DE"]
LOC_W = [12, 4, 12, 11, 11, 10, 9, 9, 8, 7, 4]


def loc():
    return R.choices(LOCALES, LOC_W)[0]


class Person:
    def __init__(self, locale=None, culture=None):
        c = culture or ch(LOCALE_CULT.get(locale or "intl", CULTURES))
        self.culture = c
        self.first = ch(GIVEN[c])
        sc = c if R.random() < 0.85 else ch(CULTURES)
        self.last = ch(SURN[sc])
        if self.first == self.last:
            self.last = ch(SURN[sc])

    @property
    def full(self):
        return self.first + " " + self.last

    def email(self, domain=None, locale=None):
        if domain is None and locale in LOCAL_MAIL and R.random() < 0.6:
            domain = ch(LOCAL_MAIL[locale])
        f, l = fold(self.first).lower().replace("-", ""), fold(self.last).lower().replace(" ", "").replace("'", "")
        dom = domain or ch(FREEMAIL)
        shape = R.randrange(7)
        user = [f + "." + l, f[0] + l, f + "_" + l, f + l[:3] + str(R.randrange(10, 99)), l + "." + f,
                f + str(R.randrange(1970, 2004)), f + "-" + l][shape]
        return user + "@" + dom


FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.in", "bigpond.com", "eircom.net", "ziggo.nl", "libero.it",
            "hotmail.es", "icloud.com", "protonmail.com", "rediffmail.com", "optusnet.com.au", "shaw.ca",
            "videotron.ca", "kpnmail.nl", "virgilio.it", "telefonica.net", "gmx.de", "btinternet.com", "fastmail.fm"]
LOCAL_MAIL = {"en_CA": ["shaw.ca", "videotron.ca", "rogers.com", "sympatico.ca"], "fr_CA": ["videotron.ca", "sympatico.ca"],
              "en_AU": ["bigpond.com", "optusnet.com.au", "iinet.net.au"], "en_IE": ["eircom.net", "gmail.com", "yahoo.ie"],
              "en_IN": ["rediffmail.com", "yahoo.co.in", "gmail.com"], "nl_NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
              "es_ES": ["hotmail.es", "telefonica.net", "yahoo.es"], "it_IT": ["libero.it", "virgilio.it", "tiscali.it"],
              "en_GB": ["btinternet.com", "sky.com"], "de_DE": ["gmx.de", "web.de", "t-online.de"], "en_US": ["gmail.com", "comcast.net"]}
ORGDOM = ["harbourline.com.au", "keelstone.ie", "brightmeadow.ca", "vantara-tech.in", "ooststroom.nl",
          "olivarsoft.es", "lagunaverde.it", "northgate-legal.co.uk", "parkwell.health", "tallgrass.io",
          "quaymed.ie", "ridgebackfreight.com.au", "maplecrest.ca", "sundarlogistics.in", "dijkwerk.nl"]


# ----------------------------------------------------------------------------------------------
# values
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return str(R.randrange(1, 10)) + digits(n - 1)


def phone(locale, mobile=None, ext=None):
    m = R.random() < 0.55 if mobile is None else mobile
    v = None
    if locale in ("en_CA", "fr_CA", "en_US"):
        ac = ch(["416", "647", "604", "514", "403", "613", "438", "902"] if locale != "en_US"
                else ["312", "646", "415", "206", "617", "512", "303"])
        ex, ln = str(R.randrange(201, 999)), digits(4)
        if ex == "555":
            ex = "556"
        v = ch(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "1-%s-%s-%s", "+1 (%s) %s-%s"]) % (ac, ex, ln)
        if ext or (ext is None and R.random() < 0.15):
            v += ch([" ext. ", " x", " poste ", " ext ", ", ext. "]) + str(R.randrange(10, 9999))
    elif locale == "en_AU":
        if m:
            a, b, c = "4" + digits(2), digits(3), digits(3)
            v = ch(["0%s %s %s", "+61 %s %s %s", "0%s%s%s", "+61 (0)%s %s %s"]) % (a, b, c)
        else:
            st = ch(["2", "3", "7", "8"])
            v = ch(["(0%s) %s %s", "+61 %s %s %s", "0%s %s %s"]) % (st, nz(4), digits(4))
    elif locale == "en_IE":
        if m:
            v = ch(["08%s %s %s", "+353 8%s %s %s", "08%s-%s%s"]) % (ch("35679"), digits(3), digits(4))
        else:
            ac = ch(["1", "21", "91", "61", "51"])
            v = ch(["(0%s) %s %s", "+353 %s %s %s", "0%s %s %s"]) % (ac, nz(3), digits(4))
    elif locale == "en_IN":
        if m:
            a, b = ch("9876") + digits(4), digits(5)
            v = ch(["+91 %s %s", "0%s %s", "%s%s", "+91-%s-%s", "+91 %s-%s"]) % (a, b)
        else:
            ac = ch(["80", "22", "44", "11", "40"])
            num = nz(8)
            v = ch(["0%s-%s %s", "+91-%s-%s %s", "0%s %s%s"]) % (ac, num[:4], num[4:])
    elif locale == "nl_NL":
        if m:
            n = digits(8)
            v = ch(["06-%s", "+31 6 %s %s", "06 %s %s", "+31 (0)6 %s%s"])
            v = v % n if v.count("%s") == 1 else v % (n[:4], n[4:])
        else:
            ac = ch(["20", "10", "30", "70", "40"])
            n = nz(7)
            v = ch(["0%s-%s", "+31 (0)%s %s", "0%s %s", "+31 %s %s"]) % (ac, n if R.random() < 0.5 else n[:3] + " " + n[3:])
    elif locale == "es_ES":
        if m:
            n = ch("67") + digits(8)
            v = ch(["%s %s %s %s", "+34 %s %s %s %s"]) % (n[:3], n[3:5], n[5:7], n[7:]) if R.random() < 0.5 else \
                ch(["%s %s %s", "+34 %s %s %s", "(+34) %s %s %s"]) % (n[:3], n[3:6], n[6:])
        else:
            n = ch(["91", "93", "96", "95", "94"]) + nz(7)
            v = ch(["%s %s %s %s", "+34 %s %s %s %s"]) % (n[:2], n[2:5], n[5:7], n[7:])
    elif locale == "it_IT":
        if m:
            n = "3" + ch("2345") + digits(8)
            v = ch(["%s %s %s", "+39 %s %s %s", "%s-%s%s", "+39 %s%s%s"]) % (n[:3], n[3:6], n[6:])
        else:
            pre = ch(["02", "06", "055", "011", "081", "051"])
            n = nz(10 - len(pre))
            v = ch(["%s %s", "+39 %s %s", "%s/%s", "(%s) %s"]) % (pre, n)
    elif locale == "en_GB":
        v = ch(["07%s %s" % (digits(3), digits(6)), "+44 7%s %s %s" % (digits(3), digits(3), digits(3)),
                "0161 %s %s" % (nz(3), digits(4)), "+44 (0)131 %s %s" % (nz(3), digits(4)),
                "(0117) %s %s" % (nz(3), digits(4))])
    else:  # de_DE
        v = ch(["+49 89 %s %s" % (nz(4), digits(4)), "0151 %s" % digits(8), "(030) %s %s" % (nz(3), digits(4)),
                "+49 (0)40 %s-%s" % (nz(3), digits(4))])
    if ext and locale not in ("en_CA", "fr_CA", "en_US"):
        v += ch([" ext. ", " (ext ", " x", " int. ", " toestel "]) + str(R.randrange(10, 999)) + ("" if "(" not in v[-8:] else "")
        if v.count("(ext") == 1:
            v += ")"
    return v


CA_ST = ["Wellesley St E", "Queen St W", "Bathurst St", "Danforth Ave", "Commercial Dr", "Whyte Ave NW",
         "Kent St", "Barrington St", "Portage Ave", "Jasper Ave", "Quinpool Rd", "Bank St", "Dundas St W"]
CA_CITY = [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Ottawa", "ON", "K"), ("Halifax", "NS", "B"),
           ("Winnipeg", "MB", "R"), ("Edmonton", "AB", "T"), ("Calgary", "AB", "T"), ("Mississauga", "ON", "L")]
QC_ST = ["rue Sherbrooke Ouest", "boulevard Saint-Laurent", "avenue du Parc", "rue Saint-Denis", "chemin de la Côte-des-Neiges",
         "rue Ontario Est", "avenue Papineau"]
QC_CITY = ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke"]
AU_ST = ["Marine Pde", "Wattle Grove", "Brunswick St", "Oxford St", "Stirling Hwy", "Glenferrie Rd", "Beaufort St",
         "Anzac Pde", "Currumbin Creek Rd", "Hindley St", "Flinders Lane", "Boundary Rd", "Jacaranda Cres"]
AU_SUB = [("St Kilda", "VIC", "3182"), ("Paddington", "NSW", "2021"), ("Fitzroy", "VIC", "3065"),
          ("Nedlands", "WA", "6009"), ("Hawthorn", "VIC", "3122"), ("Mount Lawley", "WA", "6050"),
          ("Kensington", "NSW", "2033"), ("Currumbin", "QLD", "4223"), ("Adelaide", "SA", "5000"),
          ("Toowong", "QLD", "4066"), ("Braddon", "ACT", "2612"), ("Sandy Bay", "TAS", "7005")]
IE_ST = ["Grand Canal Quay", "Bishop St", "Glenageary Park", "Ballinrobe Road", "Sunday's Well Road", "Eyre Square",
         "Mountjoy Square", "O'Connell Avenue", "Clontarf Road", "Lower Baggot Street", "Shandon Street"]
IE_TOWN = [("Dublin 8", "D08"), ("Dublin 2", "D02"), ("Dún Laoghaire, Co. Dublin", "A96"), ("Castlebar, Co. Mayo", "F23"),
           ("Cork", "T23"), ("Galway", "H91"), ("Limerick", "V94"), ("Sligo", "F91"), ("Kilkenny", "R95")]
IN_AREA = [("Indiranagar", "Bengaluru", "5600"), ("Adyar", "Chennai", "6000"), ("Andheri West", "Mumbai", "4000"),
           ("Salt Lake Sector V", "Kolkata", "7000"), ("Banjara Hills", "Hyderabad", "5000"),
           ("Kothrud", "Pune", "4110"), ("Vasant Kunj", "New Delhi", "1100"), ("Sector 62", "Noida", "2013")]
IN_BLDG = ["Sai Krupa Apartments", "Prestige Lakeside", "Green Acres CHS", "Shanti Niketan", "Lodha Palava",
           "Sobha Dewflower", "Ganga Heights"]
NL_ST = ["Keizersgracht", "Wilhelminastraat", "Oudegracht", "Van Woustraat", "Biltstraat", "Nieuwe Binnenweg",
         "Kortenaerkade", "Laan van Meerdervoort", "Zeestraat", "Damrak", "Vismarkt"]
NL_CITY = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen", "Haarlem", "Leiden", "Eindhoven"]
ES_ST = ["Calle de Alcalá", "C/ Mayor", "Avda. Diagonal", "Calle Sierpes", "Paseo de Gracia", "Calle Colón",
         "Gran Vía", "Calle Larios", "Rúa do Franco", "Avenida de la Constitución"]
ES_CITY = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Málaga", "29"),
           ("Bilbao", "48"), ("Santiago de Compostela", "15"), ("Zaragoza", "50")]
IT_ST = ["Via Giuseppe Garibaldi", "Viale Europa", "Corso Vittorio Emanuele II", "Via dei Mille", "Via Toledo",
         "Piazza Santo Stefano", "Via Nazionale", "Borgo Pinti", "Via San Vitale", "Vicolo del Cedro"]
IT_CITY = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Napoli", "NA", "801"),
           ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Bari", "BA", "701")]
US_ST = ["W Belmont Ave", "NE Alberta St", "Magnolia Blvd", "Pine Hollow Rd", "S Lamar Blvd", "Cedar Ridge Ct"]
US_CITY = [("Chicago", "IL", "606"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Burbank", "CA", "915")]
UK_ST = ["Cranmer Road", "Hartington Street", "Moorland Close", "Albion Terrace", "Kingfisher Way"]
UK_TOWN = [("Manchester", "M20"), ("Derby", "DE1"), ("Leeds", "LS6"), ("Bristol", "BS7"), ("York", "YO10")]
DE_ST = ["Bergmannstraße", "Lindenweg", "Schillerplatz", "Hauptstr.", "Am Kirchberg"]
DE_CITY = [("Berlin", "10961"), ("Hamburg", "22765"), ("Köln", "50667"), ("Leipzig", "04109"), ("Freiburg", "79098")]
L = string.ascii_uppercase
CA_L = "ABCEGHJKLMNPRSTVWXYZ"      # letters used in Canadian postal codes
NL_L = "ABCDEGHJKLMNPRSTVWXZ"      # letters used in Dutch postcodes
EIR = "0123456789ACDEFHKNPRTVWXY"  # Eircode unique-identifier characters


def address(locale, multiline=None):
    ml = R.random() < 0.35 if multiline is None else multiline
    sep = "\n" if ml else ", "
    if locale == "en_CA":
        city, prov, let = ch(CA_CITY)
        pc = "%s%d%s %d%s%d" % (let, R.randrange(10), ch(CA_L), R.randrange(10), ch(CA_L), R.randrange(10))
        st = "%d %s" % (R.randrange(2, 3999), ch(CA_ST))
        unit = ch(["", "Apt %d, " % R.randrange(101, 2400), "Unit %d, " % R.randrange(1, 40), "%d-" % R.randrange(100, 1999)])
        if unit.endswith("-"):
            return "%s%s%s%s, %s  %s" % (unit, st, sep, city, prov, pc)
        return "%s%s%s%s, %s %s" % (unit, st, sep, city, prov, pc)
    if locale == "fr_CA":
        pc = "H%d%s %d%s%d" % (R.randrange(10), ch(CA_L), R.randrange(10), ch(CA_L), R.randrange(10))
        return "%d, %s, app. %d%s%s (Québec)  %s" % (R.randrange(10, 9999), ch(QC_ST), R.randrange(1, 30), sep, ch(QC_CITY), pc)
    if locale == "en_AU":
        sub, state, pc = ch(AU_SUB)
        n = ch(["%d" % R.randrange(1, 400), "%d/%d" % (R.randrange(1, 30), R.randrange(1, 200)),
                "Unit %d, %d" % (R.randrange(1, 20), R.randrange(1, 300))])
        return "%s %s%s%s %s %s" % (n, ch(AU_ST), sep, sub.upper() if ml and R.random() < 0.5 else sub, state, pc)
    if locale == "en_IE":
        town, rk = ch(IE_TOWN)
        ec = "%s %s" % (rk, "".join(ch(EIR) for _ in range(4)))
        pre = ch(["", "Apt %d, " % R.randrange(1, 80), "%d " % R.randrange(1, 120), "The Maltings, "])
        if pre in ("", "The Maltings, ") or pre.startswith("Apt"):
            pre += "%d " % R.randrange(1, 120)
        return "%s%s%s%s%s%s" % (pre, ch(IE_ST), sep, town, sep if ml else ", ", ec)
    if locale == "en_IN":
        area, city, pin = ch(IN_AREA)
        pin += digits(2)
        first = ch(["Flat %d, %s" % (R.randrange(101, 1804), ch(IN_BLDG)), "%s-%d, %s" % (ch("ABCDE"), R.randrange(1, 400), ch(IN_BLDG)),
                    "No. %d/%d" % (R.randrange(1, 80), R.randrange(1, 20)), "H.No. %d-%d-%d" % (R.randrange(1, 12), R.randrange(1, 9), R.randrange(1, 600))])
        road = ch(["%dth Cross" % R.randrange(4, 19), "2nd Main Road", "MG Road", "Link Road", "Nehru Street"])
        return "%s, %s%s%s, %s %s" % (first, road, sep, area, city, ch(["- " + pin, pin, "– " + pin]))
    if locale == "nl_NL":
        pc = "%d %s%s" % (R.randrange(1011, 9999), ch(NL_L), ch(NL_L))
        hn = "%d%s" % (R.randrange(1, 400), ch(["", "", "-III", "bis", " A", "-2", "hs"]))
        return "%s %s%s%s  %s" % (ch(NL_ST), hn, sep, pc, ch(NL_CITY)) if R.random() < 0.3 else "%s %s%s%s %s" % (ch(NL_ST), hn, sep, pc, ch(NL_CITY))
    if locale == "es_ES":
        city, p2 = ch(ES_CITY)
        fl = ch(["", ", %dº %s" % (R.randrange(1, 9), ch(["izq.", "dcha.", "B", "A", "1ª"])), ", %d-%d" % (R.randrange(1, 9), R.randrange(1, 4))])
        return "%s, %d%s%s%s%s %s" % (ch(ES_ST), R.randrange(1, 300), fl, sep, p2, digits(3), city) if R.random() < 0.5 else \
            "%s %d%s%s%s%s %s" % (ch(ES_ST), R.randrange(1, 300), fl, sep, p2, digits(3), city)
    if locale == "it_IT":
        city, prov, cap = ch(IT_CITY)
        cap += digits(2)
        n = "%d%s" % (R.randrange(1, 200), ch(["", "", "/A", " bis"]))
        extra = ch(["", ", int. %d" % R.randrange(1, 30), ", scala B"])
        return ("%s %s%s%s%s %s %s" % (ch(IT_ST), n, extra, sep, cap, city, ch(["(%s)" % prov, prov, ""]))).rstrip()
    if locale == "en_US":
        city, state, z = ch(US_CITY)
        return "%d %s%s%s%s, %s %s%s" % (R.randrange(100, 9999), ch(US_ST), ch(["", " Apt 3R", " #12", " Unit B"]), sep, city, state, z, digits(2))
    if locale == "en_GB":
        town, pc = ch(UK_TOWN)
        return "%s%d %s%s%s %s %d%s%s" % (ch(["", "Flat 2, ", "Flat %d, " % R.randrange(1, 9)]), R.randrange(1, 200), ch(UK_ST), sep, town, pc, R.randrange(10), ch(L), ch(L))
    city, plz = ch(DE_CITY)
    return "%s %d%s%s %s" % (ch(DE_ST), R.randrange(1, 140), sep, plz, city)


MONTHS = "January February March April May June July August September October November December".split()
MON_IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MON_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def ordn(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def dob(locale, style=None):
    y, m, d = R.randrange(1941, 2006), R.randrange(1, 13), R.randrange(1, 29)
    us = locale == "en_US"
    opts = ["%04d-%02d-%02d" % (y, m, d)]
    if us:
        opts += ["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d/%d/%02d" % (m, d, y % 100)]
    elif locale == "it_IT":
        opts += ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MON_IT[m - 1], y)]
    elif locale == "es_ES":
        opts += ["%02d/%02d/%04d" % (d, m, y), "%d de %s de %d" % (d, MON_ES[m - 1], y)]
    elif locale == "nl_NL":
        opts += ["%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, MON_NL[m - 1], y)]
    elif locale == "fr_CA":
        opts += ["%d %s %d" % (d, MON_FR[m - 1], y), "%04d-%02d-%02d" % (y, m, d)]
    else:
        opts += ["%02d/%02d/%04d" % (d, m, y), "%s of %s %d" % (ordn(d), MONTHS[m - 1], y), "%d %s %d" % (d, MONTHS[m - 1][:3], y),
                 "%d.%d.%d" % (d, m, y), "%02d%s%d" % (d, MONTHS[m - 1][:3].upper(), y), "%d %s %d" % (d, MONTHS[m - 1], y)]
    return opts[style] if style is not None and style < len(opts) else ch(opts)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def card(valid=True):
    kind = R.randrange(4)
    if kind == 0:
        body = "4" + digits(14)
    elif kind == 1:
        body = ch(["51", "53", "55", "22"]) + digits(13)
    elif kind == 2:
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    if not valid:
        n = n[:-1] + str((int(n[-1]) + 3) % 10)
    if len(n) == 15:
        return ch(["%s %s %s" % (n[:4], n[4:10], n[10:]), n])
    return ch([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])


IBAN_FMT = {"NL": lambda: ch(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10), "ES": lambda: digits(20),
            "IT": lambda: ch(L) + digits(10) + "".join(ch(L + "0123456789") for _ in range(12)),
            "IE": lambda: ch(["AIBK", "BOFI"]) + digits(14), "DE": lambda: digits(18), "GB": lambda: "NWBK" + digits(14),
            "BE": lambda: digits(12), "FR": lambda: digits(23), "PT": lambda: digits(21), "FI": lambda: digits(14),
            "AT": lambda: digits(16), "PL": lambda: digits(24)}


def iban(cc=None, valid=True, grouped=None):
    cc = cc or ch(list(IBAN_FMT))
    bban = IBAN_FMT[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    if not valid:
        chk = (chk + 7) % 97 + 2
    s = cc + "%02d" % chk + bban
    g = R.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s


def ssn():
    a = R.randrange(1, 900)
    while a == 666:
        a = R.randrange(1, 900)
    return ch(["%03d-%02d-%04d", "%03d %02d %04d"]) % (a, R.randrange(1, 100), R.randrange(1, 10000))


def nhs():
    while True:
        d = [R.randrange(10) for _ in range(9)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return ch(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])


def ip():
    if R.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (R.randrange(4096, 65535), R.randrange(1, 65535), R.randrange(1, 65535), R.randrange(1, 65535))
    first = ch([31, 37, 49, 62, 77, 81, 86, 94, 103, 109, 117, 122, 151, 176, 185, 203])
    return "%d.%d.%d.%d" % (first, R.randrange(0, 256), R.randrange(0, 256), R.randrange(1, 255))


AN = string.ascii_letters + string.digits


def rnd(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def aws():
    return ch(["AKIA", "AKIA", "ASIA"]) + rnd(16, L + "234567")


def aws_secret():
    return rnd(40, AN + "/+")


def gh():
    return ch(["ghp_" + rnd(36), "gho_" + rnd(36), "github_pat_11" + rnd(20, L + string.digits) + "_" + rnd(59)])


def openai():
    return ch(["sk-proj-" + rnd(74, AN + "-_") + "T3BlbkFJ" + rnd(40, AN + "-_"), "sk-" + rnd(20) + "T3BlbkFJ" + rnd(20)])


def anthropic():
    return "sk-ant-api03-" + rnd(93, AN + "-_") + "AA"


def slack():
    return ch(["xoxb-%s-%s-%s" % (nz(12), nz(13), rnd(24)), "xoxp-%s-%s-%s-%s" % (nz(11), nz(12), nz(13), rnd(32, "0123456789abcdef")),
               "https://hooks.slack.com/services/T%s/B%s/%s" % (rnd(8, L + string.digits), rnd(10, L + string.digits), rnd(24))])


def stripe():
    return ch(["sk_live_", "rk_live_", "sk_live_51"]) + rnd(ch([24, 40, 90]))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(sub=None):
    h = b64u(json.dumps({"alg": ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": sub or nz(8), "iat": 1730000000 + R.randrange(10 ** 7), "scope": ch(["read", "admin", "orders:write"])},
                        separators=(",", ":")).encode())
    sig = b64u(bytes(R.randrange(256) for _ in range(32)))
    return "%s.%s.%s" % (h, p, sig)


def pem():
    kind = ch(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    body = base64.b64encode(bytes(R.randrange(256) for _ in range(R.randrange(180, 400)))).decode()
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def password():
    return ch([rnd(R.randrange(12, 22), AN + "!#%^*-_=+."), ch(["Winter", "Harbour", "Maple", "Kestrel", "Pavlova", "Tulip"]) +
               ch(["2024", "!2025", "#19", "_88", "$$7"]) + ch(["", "!", "?"]), "%s-%s-%s-%d" % (ch(["correct", "amber", "river", "tango"]),
               ch(["horse", "lantern", "mosaic", "pepper"]), ch(["staple", "violet", "quartz", "fjord"]), R.randrange(10, 99))])


def generic_key():
    return ch([rnd(32, "0123456789abcdef"), rnd(40), "key-" + rnd(32, "0123456789abcdef"), "SG." + rnd(22) + "." + rnd(43),
               "AIza" + rnd(35, AN + "-_"), "glpat-" + rnd(20, AN + "-_"), "npm_" + rnd(36), "dop_v1_" + rnd(64, "0123456789abcdef")])


def cookie_val():
    return rnd(R.randrange(32, 64), AN + "%-_")


def uuid():
    h = rnd(32, "0123456789abcdef")
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def ts():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))


def sha():
    return rnd(40, "0123456789abcdef")


def order_id():
    return ch(["ORD-%s" % digits(7), "#%s" % digits(9), "%s-%s-%s" % (digits(3), digits(7), digits(7)), "SO%s" % digits(8),
               "INV/%d/%s" % (R.randrange(2022, 2026), digits(5))])


def tracking():
    return ch(["1Z%s%s" % (rnd(6, L + string.digits), digits(10)), "JD%s" % digits(18), "%s%sAU" % (ch(["LX", "RR", "CP"]), digits(9)),
               "%s" % digits(12), "3S%s" % rnd(11, L + string.digits)])


CUR = {"en_CA": ["C$%s", "$%s", "%s CAD"], "fr_CA": ["%s $"], "en_AU": ["A$%s", "$%s", "AUD %s"], "en_IE": ["€%s", "%s EUR"],
       "en_IN": ["Rs. %s", "INR %s"], "nl_NL": ["€ %s", "EUR %s"], "es_ES": ["%s €"], "it_IT": ["€ %s", "%s EUR"], "en_US": ["$%s", "USD %s"],
       "en_GB": ["£%s", "GBP %s"], "de_DE": ["%s €", "EUR %s"]}


def price(locale):
    v = "%d.%02d" % (R.randrange(2, 4000), R.randrange(100))
    if locale in CUR:
        if locale in ("nl_NL", "es_ES", "it_IT", "de_DE", "fr_CA"):
            v = v.replace(".", ",")
        return ch(CUR[locale]) % v
    return ch(["€" + v.replace(".", ","), "$" + v, "A$" + v, "₹" + "%d,%03d" % (R.randrange(1, 99), R.randrange(1000)), "£" + v, v + " EUR", "C$" + v])


def version():
    return ch(["v%d.%d.%d" % (R.randrange(0, 12), R.randrange(0, 40), R.randrange(0, 30)), "%d.%d.%d-rc.%d" % (R.randrange(1, 5), R.randrange(20), R.randrange(9), R.randrange(1, 6)),
               "%d.%d.%d.%d" % (R.randrange(1, 20), R.randrange(10), R.randrange(10), R.randrange(1000, 9999)), "build %s" % digits(5)])


# ----------------------------------------------------------------------------------------------
# personal documents
def P(t, v):
    return S(t, v)


def g_email_thread():
    lc = loc()
    d = Doc("email_thread", lc)
    a, b, c = Person(lc), Person(lc), Person(lc)
    dom = ch(ORGDOM)
    ea, eb = a.email(dom), b.email(ch([dom, ch(FREEMAIL)]))
    subj = ch(["Re: handover for the %s account" % ch(["Galway", "Brisbane", "Pune", "Delft"]), "Re: Re: lease renewal",
               "RE: quick question about the reimbursement", "Re: site visit Thursday", "Re: your application"])
    d.f("From: {n} <{e}>\nTo: {n2} <{e2}>\n", n=P("PERSON", b.full), e=P("EMAIL_ADDRESS", eb), n2=P("PERSON", a.full), e2=P("EMAIL_ADDRESS", ea))
    if R.random() < 0.5:
        d.f("Cc: {c}\n", c=P("EMAIL_ADDRESS", c.email(dom)))
    d.f("Subject: %s\nDate: %s\n\n" % (subj, ch(["Tue, 4 Mar 2025 09:12:44 +1100", "Mon, 17 Feb 2025 16:40:02 +0000", "Fri, 9 May 2025 08:03:10 +0530"])))
    d.t(ch(["Thanks, that works for me.", "Sounds good - see below.", "Apologies for the slow reply.", "Short answer: yes."]) + " ")
    choice = R.randrange(4)
    if choice == 0:
        d.f("My new number is {p} if the office line is down.\n\n", p=P("PHONE_NUMBER", phone(lc)))
    elif choice == 1:
        d.f("Please post the signed copy to me at {a} rather than the office.\n\n", a=P("STREET_ADDRESS", address(lc, False)))
    elif choice == 2:
        d.f("I've looped in {c} who covers for me while I'm away.\n\n", c=P("PERSON", c.full))
    else:
        d.f("{c}'s back on Monday and can sign it then.\n\n", c=P("PERSON", c.first))
    d.f("{f}\n\n", f=P("PERSON", b.first) if R.random() < 0.6 else "--")
    d.t(ch(["On %s, " % ch(["3 Mar 2025, at 18:20", "Mon 17 Feb 2025 at 11:02", "2025-05-08 22:14"]), "-----Original Message-----\n"]))
    if d.buf[-1].startswith("On"):
        d.f("{n} <{e}> wrote:\n", n=P("PERSON", a.full), e=P("EMAIL_ADDRESS", ea))
    else:
        d.f("From: {n}\nSent: Monday, 17 February 2025 11:02\nTo: {n2}\nSubject: %s\n" % subj[4:],
            n=P("PERSON", a.full), n2=P("PERSON", b.full))
    d.f("> Hi {f},\n>\n", f=P("PERSON", b.first))
    q = R.randrange(3)
    if q == 0:
        d.f("> Could you confirm your date of birth ({x}) and the address we have\n> on file: {ad}?\n",
            x=P("DATE_OF_BIRTH", dob(lc)), ad=P("STREET_ADDRESS", address(lc, False)))
    elif q == 1:
        d.f("> I spoke with {c} this morning; I was told to call directly on\n> {p}.\n", c=P("PERSON", c.full), p=P("PHONE_NUMBER", phone(lc)))
    else:
        d.f("> The refund will go to {i} unless you tell me otherwise.\n", i=P("IBAN_CODE", iban(ch(["NL", "IE", "ES", "IT", "DE", "BE"]))))
    d.f(">\n> {sig}\n", sig=P("PERSON", a.full) if R.random() < 0.5 else P("PERSON", a.first))
    if R.random() < 0.5:
        d.f("> %s | %s\n> m: {p}\n" % (ch(["Operations Lead", "Case Manager", "Leasing Consultant", "Recruiter"]), dom.split(".")[0].capitalize()),
            p=P("PHONE_NUMBER", phone(lc, mobile=True)))
    return d


def g_forwarded():
    lc = loc()
    d = Doc("email_forward", lc)
    a, b, c = Person(lc), Person(lc), Person(lc)
    d.f("{x},\n\n", x=P("PERSON", c.first))
    d.t(ch(["FYI - see the complaint below, can you take it?", "Forwarding as discussed.", "Is this one ours? fwd'ing just in case", "See below, urgent pls"]) + "\n\n")
    d.t("---------- Forwarded message ---------\n")
    d.f("From: {n} <{e}>\nDate: %s\nSubject: %s\nTo: <{e2}>\n\n" % (ch(["Wed, Apr 2, 2025 at 7:41 PM", "Thu, 12 Jun 2025 10:05"]),
        ch(["Damaged parcel", "Booking for two", "Problem with my account", "Change of address"])),
        n=P("PERSON", a.full), e=P("EMAIL_ADDRESS", a.email(locale=lc)), e2=P("EMAIL_ADDRESS", c.email(ch(ORGDOM))))
    v = R.randrange(3)
    if v == 0:
        d.f("Hello, I moved last month and my post still goes to the old place. The new address is\n\n{ad}\n\nand my mobile is {p}. Account holder is my partner {b}.\n",
            ad=P("STREET_ADDRESS", address(lc, True)), p=P("PHONE_NUMBER", phone(lc, True)), b=P("PERSON", b.full))
    elif v == 1:
        d.f("Hi there, the card on file ends wrong - please use {cc} instead, exp 09/28. Thank you.\n", cc=P("CREDIT_CARD", card()))
    else:
        d.f("Good afternoon. I was born {x} and your form keeps saying I'm under 18. Can someone call me back on {p}?\n",
            x=P("DATE_OF_BIRTH", dob(lc)), p=P("PHONE_NUMBER", phone(lc, ext=R.random() < 0.3)))
    d.f("\nRegards\n{n}\n", n=P("PERSON", a.full))
    return d


def g_slack_json():
    lc = loc()
    d = Doc(ch(["slack_export", "teams_export"]), lc)
    ps = [Person(lc) for _ in range(3)]
    msgs = []
    base = 1736900000 + R.randrange(10 ** 6)
    lines = [
        lambda: ["ran into ", P("PERSON", ps[2].full), " at the depot, he says the forklift cert is sorted"],
        lambda: [P("PERSON", ps[2].first), "'s out today, ping me instead"],
        lambda: ["can someone cc ", P("PERSON", ps[2].first), " on the vendor thread"],
        lambda: ["per ", P("PERSON", ps[2].full), " the client wants the call moved to 3"],
        lambda: ["going w/ ", P("PERSON", ps[2].first), " to the site visit, back by 2"],
        lambda: ["her cell is ", P("PHONE_NUMBER", phone(lc)), " if the desk line doesn't pick up"],
        lambda: ["courier needs the drop address: ", P("STREET_ADDRESS", address(lc, False))],
        lambda: ["new hire paperwork says DOB ", P("DATE_OF_BIRTH", dob(lc)), ", is that right?"],
        lambda: ["sent the contract to ", P("EMAIL_ADDRESS", ps[2].email(locale=lc)), " just now"],
        lambda: ["thx ", P("PERSON", ps[0].first), " :raised_hands:"],
        lambda: ["@", P("PERSON", fold(ps[2].first).lower()), " can you grab the keys from reception"],
        lambda: ["fyi ", P("PERSON", ps[2].full), " starts monday, desk next to the printer"],
        lambda: ["the patient in bay 4 is ", P("PERSON", ps[2].full), ", dob ", P("DATE_OF_BIRTH", dob(lc)), ", family on the way"],
        lambda: ["updated the shared sheet w/ ", P("PERSON", ps[2].first), "'s new mobile ", P("PHONE_NUMBER", phone(lc, True))],
        lambda: ["lol ", P("PERSON", ps[0].first), " you're on mute"],
        lambda: ["Hunter from the bank (", P("PERSON", "Hunter " + ps[2].last), ") called back, wants the statements"],
        lambda: ["leaving at 4 today, ", P("PERSON", ps[2].first), " has the floor"],
        lambda: ["who owns the account for ", P("EMAIL_ADDRESS", ps[2].email(locale=lc)), "? bounced twice"],
        lambda: ["meet at ", P("STREET_ADDRESS", address(lc, False)), " instead, office is locked"],
        lambda: ["release ", version(), " is out, nothing for us to do"],
    ]
    R.shuffle(lines)
    for i in range(R.randrange(3, 6)):
        u = ps[i % 2]
        parts = lines[i]()
        msgs.append((u, parts, base + i * 97))
    if d.kind == "slack_export":
        d.t("[\n")
        for j, (u, parts, t) in enumerate(msgs):
            d.f('  {\n    "type": "message",\n    "user": "U0%s",\n    "user_profile": {"real_name": "{n}", "display_name": "{dn}"},\n    "ts": "%d.%s",\n    "text": "'
                % (rnd(8, L + string.digits), t, digits(6)), n=P("PERSON", u.full), dn=P("PERSON", fold(u.first).lower()))
            for x in parts:
                d.put(x)
            d.t('"\n  }' + ("," if j < len(msgs) - 1 else "") + "\n")
        d.t("]\n")
    else:
        d.t('{"conversation": "%s", "messages": [\n' % ch(["Ops - night shift", "Clinic front desk", "Hiring panel", "Lettings team"]))
        for j, (u, parts, t) in enumerate(msgs):
            d.f('  {"createdDateTime": "2025-01-%02dT%02d:%02d:11Z", "from": {"user": {"displayName": "{n}", "email": "{e}"}}, "body": {"content": "'
                % (R.randrange(1, 29), R.randrange(24), R.randrange(60)), n=P("PERSON", u.full), e=P("EMAIL_ADDRESS", u.email(ch(ORGDOM))))
            for x in parts:
                d.put(x)
            d.t('"}}' + ("," if j < len(msgs) - 1 else "") + "\n")
        d.t("]}\n")
    return d


def g_app_log():
    lc = loc()
    d = Doc("app_log", lc)
    for i in range(R.randrange(4, 8)):
        t = "2025-03-%02d %02d:%02d:%02d,%03d" % (R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))
        lvl = ch(["INFO", "WARN", "DEBUG", "ERROR"])
        k = R.randrange(7)
        if k == 0:
            p = Person(lc)
            d.f("%s %s [auth] login ok user={e} ip={i} session=%s\n" % (t, lvl, uuid()), e=P("EMAIL_ADDRESS", p.email(locale=lc)), i=P("IP_ADDRESS", ip()))
        elif k == 1:
            p = Person(lc)
            d.f("%s %s [profile] update name=\"{n}\" phone={ph} req_id=%s\n" % (t, lvl, rnd(12, "0123456789abcdef")),
                n=P("PERSON", p.full), ph=P("PHONE_NUMBER", phone(lc)))
        elif k == 2:
            d.f("%s %s [geo] lookup failed for {i} (timeout 3000ms)\n" % (t, lvl), i=P("IP_ADDRESS", ip()))
        elif k == 3:
            d.f("%s %s [shipping] label created order=%s to=\"{a}\"\n" % (t, lvl, order_id()), a=P("STREET_ADDRESS", address(lc, False)))
        elif k == 4:
            d.t("%s %s [worker] job %s finished in %dms (%s)\n" % (t, lvl, uuid(), R.randrange(5, 9000), version()))
        elif k == 5:
            p = Person(lc)
            d.f("%s %s [kyc] mismatch: submitted dob={x} for customer {n}\n" % (t, lvl), x=P("DATE_OF_BIRTH", dob(lc, 0)), n=P("PERSON", p.full))
        else:
            d.f("%s %s [billing] charge declined card={c} reason=do_not_honor\n" % (t, lvl), c=P("CREDIT_CARD", card()))
    if not d.spans:
        d.f("%s ERROR [auth] too many attempts from {i}\n" % ts(), i=P("IP_ADDRESS", ip()))
    return d


def g_api_payload():
    lc = loc()
    d = Doc("api_payload", lc)
    p = Person(lc)
    meth = ch(["POST /v2/customers", "PUT /api/users/%s" % digits(6), "200 OK GET /members/me", "webhook customer.updated"])
    d.t(meth + "\n")
    obj = {"id": ch([uuid(), int(digits(7))])}
    if R.random() < 0.5:
        obj["first_name"], obj["last_name"] = P("PERSON", p.first), P("PERSON", p.last)
    else:
        obj["fullName"] = P("PERSON", p.full)
    obj["email"] = P("EMAIL_ADDRESS", p.email(locale=lc))
    if R.random() < 0.7:
        obj["phone"] = P("PHONE_NUMBER", phone(lc))
    if R.random() < 0.6:
        obj["dob"] = P("DATE_OF_BIRTH", dob(lc, 0))
    if R.random() < 0.6:
        obj["address"] = {"line1": P("STREET_ADDRESS", address(lc, False)), "country": lc[-2:]}
    if R.random() < 0.3:
        obj["iban"] = P("IBAN_CODE", iban(grouped=False))
    if lc == "en_US" or R.random() < 0.08:
        obj["ssn"] = P("US_SSN", ssn())
    elif lc == "en_GB" and R.random() < 0.5:
        obj["nhs_number"] = P("UK_NHS", nhs())
    obj["created_at"] = Dc("timestamp", ts())
    obj["plan"] = ch(["pro", "free", "team-annual"])
    obj["last_login_ip"] = P("IP_ADDRESS", ip())
    d.json(obj, indent=ch([2, None]))
    d.t("\n")
    return d


def g_git_log():
    lc = "intl"
    d = Doc("git_log", lc)
    for i in range(R.randrange(2, 4)):
        a, b = Person(), Person()
        ea = a.email(ch(ORGDOM + ["users.noreply.github.com", "gmail.com"]))
        d.f("commit %s\nAuthor: {n} <{e}>\nDate:   %s\n\n    %s\n\n" % (sha(), ch(["Tue Mar 4 10:21:07 2025 +0100", "Fri Jan 31 23:59:41 2025 -0500"]),
            ch(["fix(parser): handle empty frames", "Bump tokio to 1.43", "docs: clarify retry semantics", "Refactor cache eviction"])),
            n=P("PERSON", a.full), e=P("EMAIL_ADDRESS", ea))
        tr = R.randrange(3)
        if tr == 0:
            d.f("    Signed-off-by: {n} <{e}>\n", n=P("PERSON", a.full), e=P("EMAIL_ADDRESS", ea))
        elif tr == 1:
            d.f("    Co-authored-by: {n} <{e}>\n    Signed-off-by: {n2} <{e2}>\n", n=P("PERSON", b.full), e=P("EMAIL_ADDRESS", b.email(locale=lc)),
                n2=P("PERSON", a.full), e2=P("EMAIL_ADDRESS", ea))
        else:
            d.f("    Reviewed-by: {n} <{e}>\n    Reported-by: {n2}\n", n=P("PERSON", b.full), e=P("EMAIL_ADDRESS", b.email(ch(ORGDOM))),
                n2=P("PERSON", Person().full))
        d.t("\n")
    return d


def g_vcard():
    lc = loc()
    d = Doc("vcard", lc)
    for _ in range(R.randrange(1, 3)):
        p = Person(lc)
        d.f("BEGIN:VCARD\nVERSION:%s\nN:{n}\nFN:{fn}\n" % ch(["3.0", "4.0"]), n=P("PERSON", "%s;%s" % (p.last, p.first)), fn=P("PERSON", p.full))
        if R.random() < 0.5:
            d.t("ORG:%s\nTITLE:%s\n" % (ch(["Harbourline Freight", "Keelstone Dental", "Maplecrest Realty", "Studio Ooststroom"]), ch(["Dispatcher", "Hygienist", "Agent", "Founder"])))
        d.f("TEL;TYPE=CELL:{p}\n", p=P("PHONE_NUMBER", phone(lc, True)))
        if R.random() < 0.5:
            d.f("TEL;TYPE=WORK,VOICE:{p}\n", p=P("PHONE_NUMBER", phone(lc, False, ext=R.random() < 0.5)))
        d.f("EMAIL;TYPE=INTERNET:{e}\n", e=P("EMAIL_ADDRESS", p.email(locale=lc)))
        if R.random() < 0.6:
            a = address(lc, False)
            d.f("ADR;TYPE=HOME:;;{a}\n", a=P("STREET_ADDRESS", a.replace(",", "\\,")))
        if R.random() < 0.5:
            y, m, dd = R.randrange(1950, 2003), R.randrange(1, 13), R.randrange(1, 29)
            d.f("BDAY:{b}\n", b=P("DATE_OF_BIRTH", ch(["%04d%02d%02d", "%04d-%02d-%02d"]) % (y, m, dd)))
        d.t("END:VCARD\n")
    return d


def g_ics():
    lc = loc()
    d = Doc("calendar_invite", lc)
    org = Person(lc)
    oe = org.email(ch(ORGDOM))
    d.t("BEGIN:VCALENDAR\nPRODID:-//Example Corp//Calendar 2.1//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    mo, dy, hr = R.randrange(1, 10), R.randrange(1, 29), R.randrange(7, 17)
    d.t("UID:")
    d.d("ics_uid", "%s@%s" % (uuid(), ch(ORGDOM)))
    d.t("\nDTSTART:20250%d%02dT%02d0000Z\nDTEND:20250%d%02dT%02d3000Z\n" % (mo, dy, hr, mo, dy, hr))
    d.t("SUMMARY:%s\n" % ch(["Quarterly review", "Interview - backend role", "Physio follow-up", "Viewing: 2-bed apartment", "Mediation session"]))
    d.f("ORGANIZER;CN={n}:mailto:{e}\n", n=P("PERSON", org.full), e=P("EMAIL_ADDRESS", oe))
    for _ in range(R.randrange(1, 4)):
        p = Person(lc)
        d.f("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;CN={n}:mailto:{e}\n" % ch(["REQ-PARTICIPANT", "OPT-PARTICIPANT"]),
            n=P("PERSON", p.full), e=P("EMAIL_ADDRESS", p.email(locale=lc)))
    if R.random() < 0.5:
        d.f("LOCATION:{a}\n", a=P("STREET_ADDRESS", address(lc, False).replace(",", "\\,")))
    else:
        d.t("LOCATION:Room %s\n" % ch(["4.12", "Kauri", "B-201"]))
    if R.random() < 0.5:
        d.f("DESCRIPTION:Dial-in backup: {p}\n", p=P("PHONE_NUMBER", phone(lc, False)))
    d.t("END:VEVENT\nEND:VCALENDAR\n")
    return d


def g_md_table():
    lc = loc()
    d = Doc("markdown_table", lc)
    d.t(ch(["## On-call roster (week 12)\n\n", "### Volunteer contacts\n\n", "Tenants - block C\n\n", "| Shortlist |\n\n"]))
    cols = ch([["Name", "Mobile", "Email"], ["Tenant", "Unit address", "Phone"], ["Volunteer", "Phone", "Shift"], ["Candidate", "Email", "DOB"]])
    d.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for _ in range(R.randrange(3, 6)):
        p = Person(lc)
        d.t("| ")
        for j, c in enumerate(cols):
            if j:
                d.t(" | ")
            if c in ("Name", "Tenant", "Volunteer", "Candidate"):
                d.s("PERSON", ch([p.full, p.full, "%s, %s" % (p.last, p.first)]))
            elif c in ("Mobile", "Phone"):
                d.s("PHONE_NUMBER", phone(lc))
            elif c == "Email":
                d.s("EMAIL_ADDRESS", p.email(locale=lc))
            elif c == "Unit address":
                d.s("STREET_ADDRESS", address(lc, False))
            elif c == "DOB":
                d.s("DATE_OF_BIRTH", dob(lc))
            else:
                d.t(ch(["Sat AM", "Sun PM", "Wed late", "Mon-Fri 7-3"]))
        d.t(" |\n")
    return d


def g_sms():
    lc = loc()
    d = Doc("sms_thread", lc)
    a, b, o = Person(lc), Person(lc), Person(lc)
    me = R.random() < 0.5
    topic = R.randrange(5)
    if topic == 0:
        script = [("b", ["hey its ", P("PERSON", b.first), " from the gym, new number"]), ("a", ["saved! what's the address for saturday"]),
                  ("b", [P("STREET_ADDRESS", address(lc, False)), " - buzz ", str(R.randrange(2, 40))]), ("a", ["is ", P("PERSON", o.first), " coming?"]),
                  ("b", ["yeah w/ ", P("PERSON", o.full), ", mob is ", P("PHONE_NUMBER", phone(lc, True))]), ("a", ["👍 see u at 7"])]
    elif topic == 1:
        script = [("a", ["Mum the pharmacy needs your date of birth again"]), ("b", [P("DATE_OF_BIRTH", dob(lc)), ", why do they never keep it"]),
                  ("a", ["No idea. And the Medicare/PPS thing?"]), ("b", ["ask ", P("PERSON", o.first), ", the folder's at theirs"]),
                  ("a", ["ok ringing him on ", P("PHONE_NUMBER", phone(lc, True))])]
    elif topic == 2:
        script = [("b", ["Hi, this is ", P("PERSON", b.full), " re the room ad. Still available?"]), ("a", ["Yes! Viewing tmrw 6pm?"]),
                  ("b", ["Perfect. Address?"]), ("a", [P("STREET_ADDRESS", address(lc, True)), "\nring the top bell"]),
                  ("b", ["Great, my partner ", P("PERSON", o.first), " might come too"])]
    elif topic == 3:
        script = [("a", ["running 10 late, traffic on the ", ch(["M50", "401", "Westlink", "A10", "ring road"])]), ("b", ["np. ", P("PERSON", o.full), " is already here"]),
                  ("a", ["can u send me their number in case"]), ("b", [P("PHONE_NUMBER", phone(lc))]), ("a", ["ta"])]
    else:
        script = [("b", ["Your ", ch(["plumber", "electrician", "tutor", "cleaner"]), " ", P("PERSON", b.first), " here - I'm outside, which unit?"]),
                  ("a", ["unit ", str(R.randrange(2, 30)), ", code 4471#"]), ("b", ["Invoice to ", P("EMAIL_ADDRESS", a.email(locale=lc)), " ok?"]),
                  ("a", ["yes or text it to this number"]), ("b", ["👍 ", P("PERSON", b.first)])]
    style = R.randrange(3)
    day, mon, hh, mm = R.randrange(1, 28), R.randrange(1, 12), R.randrange(7, 20), R.randrange(60)
    for who, parts in script:
        mm += R.randrange(1, 9)
        hh, mm = hh + mm // 60, mm % 60
        h = "%02d:%02d" % (hh, mm)
        if style == 0:
            d.t("[%s] " % h)
        elif style == 1:
            d.t("%s/%s, %s - " % (((day, mon) if lc != "en_US" else (mon, day)) + (h,)))
        if who == "b":
            d.s("PERSON", b.first if style != 2 else b.full)
        else:
            if me:
                d.t("Me" if style != 2 else "You")
            else:
                d.s("PERSON", a.first)
        d.t(": " if style != 2 else "\n")
        for x in parts:
            d.put(x)
        d.t("\n" if style != 2 else "\n\n")
    return d


NUMW = "zero one two three four five six seven eight nine".split()


def spoken_digits(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(ch([NUMW[int(c)], NUMW[int(c)], "oh" if c == "0" else NUMW[int(c)]]))
    return " ".join(out)


def spoken_year(y):
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    teen = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    hi, lo = divmod(y, 100)
    h = {19: "nineteen", 20: "two thousand"}[hi]
    if lo == 0:
        return h
    if lo < 10:
        return h + (" oh " if hi == 19 else " and ") + NUMW[lo]
    if lo < 20:
        return h + " " + teen[lo - 10]
    return h + " " + tens[lo // 10 - 2] + ("" if lo % 10 == 0 else " " + NUMW[lo % 10])


ORDW = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth " \
       "sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth " \
       "twenty-fifth twenty-sixth twenty-seventh twenty-eighth".split()


def g_transcript():
    lc = ch(["en_AU", "en_IE", "en_IN", "en_CA", "en_GB", "en_US"])
    d = Doc("voice_transcript", lc)
    p = Person(lc)
    y, m, dd = R.randrange(1945, 2004), R.randrange(1, 13), R.randrange(1, 29)
    d.t(ch(["[auto-transcribed voicemail, confidence 0.81]\n", "transcript:\n", "speaker 1: ", ""]))
    d.t(ch(["hi ", "hello yeah ", "um hi ", "good morning "]))
    d.t(ch(["this is ", "my name is ", "it's "]))
    d.s("PERSON", p.full.lower())
    d.t(ch([" calling about ", " ringing about ", " i'm calling regarding "]) + ch(["my prescription ", "the repair on the boiler ", "the job ad ", "my claim "]))
    k = R.randrange(3)
    if k == 0:
        d.t("my date of birth is ")
        d.s("DATE_OF_BIRTH", ch(["the %s of %s %s" % (ORDW[dd - 1], MONTHS[m - 1].lower(), spoken_year(y)),
                                 "%s %s %s" % (ORDW[dd - 1], MONTHS[m - 1].lower(), spoken_year(y)),
                                 "%s %d %d" % (MONTHS[m - 1].lower(), dd, y)]))
        d.t(" ")
    elif k == 1:
        d.t("i live at ")
        a = address(lc, False).lower().replace(",", "")
        d.s("STREET_ADDRESS", a)
        d.t(" ")
    else:
        d.t("my husband " if R.random() < 0.5 else "my colleague ")
        d.s("PERSON", Person(lc).full.lower())
        d.t(" gave me your number ")
    d.t(ch(["you can call me back on ", "my number is ", "best number is "]))
    ph = phone(lc, True)
    d.s("PHONE_NUMBER", ch([spoken_digits(ph), re.sub(r"[^\d ]", "", ph).strip()]))
    d.t(ch([" thanks bye", " cheers", " thank you okay bye bye", " anytime after four"]) + "\n")
    return d


def g_legal():
    lc = ch(["en_IE", "en_GB", "en_AU", "en_CA", "en_IN"])
    d = Doc("legal_letter", lc)
    cl, op, sol = Person(lc), Person(lc), Person(lc)
    court = {"en_IE": "THE CIRCUIT COURT\nDUBLIN CIRCUIT", "en_GB": "IN THE COUNTY COURT AT MANCHESTER", "en_AU": "LOCAL COURT OF NEW SOUTH WALES",
             "en_CA": "ONTARIO SUPERIOR COURT OF JUSTICE", "en_IN": "IN THE COURT OF THE CIVIL JUDGE (SENIOR DIVISION), PUNE"}[lc]
    d.t(court + "\n\nRecord No. %d/%s\n\nBETWEEN\n\n" % (R.randrange(2023, 2026), digits(5)))
    d.s("PERSON", cl.full.upper())
    d.t("\n" + " " * 30 + "Plaintiff\n\nAND\n\n")
    d.s("PERSON", op.full.upper())
    d.t("\n" + " " * 30 + "Defendant\n\n")
    d.t(ch(["NOTICE OF MOTION", "AFFIDAVIT OF SERVICE", "WITNESS STATEMENT"]) + "\n\n")
    d.f("I, {n}, of {a}, aged 18 years and upwards, make oath and say as follows:\n\n", n=P("PERSON", sol.full), a=P("STREET_ADDRESS", address(lc, False)))
    d.f("1. On the %s day of %s 2025 I served the Defendant personally at {a2}.\n" % (ordn(R.randrange(1, 28)), ch(MONTHS)),
        a2=P("STREET_ADDRESS", address(lc, False)))
    d.f("2. The Defendant, whose date of birth is {x}, confirmed their identity to me and accepted the documents.\n", x=P("DATE_OF_BIRTH", dob(lc)))
    if R.random() < 0.6:
        d.f("3. I say that the Plaintiff's solicitor, Ms {s}, may be contacted at {p}.\n", s=P("PERSON", Person(lc).last), p=P("PHONE_NUMBER", phone(lc, False)))
    d.t("\nSworn before me by the said ")
    d.s("PERSON", sol.full)
    d.t(" this %s day of %s 2025.\n" % (ordn(R.randrange(1, 28)), ch(MONTHS)))
    return d


def g_medical():
    lc = ch(["en_GB", "en_IE", "en_AU", "en_CA", "en_IN", "en_GB", "en_GB"])
    d = Doc("medical_letter", lc)
    pt, gp, dr = Person(lc), Person(lc), Person(lc)
    d.t(ch(["Department of Cardiology", "Orthopaedic Outpatients", "Memory Clinic", "Dermatology Service"]) + "\n")
    d.t(ch(["St Columba's Hospital", "Royal Harbour Infirmary", "Westmead Private", "Mount Sinai Day Clinic"]) + "\n\n")
    d.f("Dr {g}\n%s\n\n" % ch(["The Surgery, Church Lane", "Ashgrove Medical Centre", "Riverside Family Practice"]), g=P("PERSON", gp.full))
    d.t("Dear Dr ")
    d.s("PERSON", gp.last)
    d.t(",\n\n")
    d.t("Re: ")
    d.s("PERSON", pt.full)
    d.t(ch([", ", "  "]) + ch(["DOB ", "d.o.b. ", "D.O.B: ", "born "]))
    d.s("DATE_OF_BIRTH", dob(lc))
    if lc == "en_GB" and R.random() < 0.8:
        d.t(ch([", NHS No. ", "  NHS number: ", " (NHS "]))
        d.s("UK_NHS", nhs())
        if d.buf[-2].startswith(" (NHS"):
            d.t(")")
    else:
        d.t(", MRN %s" % digits(7))
    d.t("\n")
    d.f("{a}\n\n", a=P("STREET_ADDRESS", address(lc, True)))
    d.f(ch(["I saw {f} in clinic today with a family member. ", "Thank you for referring this pleasant %d-year-old gentleman. " % R.randrange(30, 90),
            "{f} attended alone. "]), f=P("PERSON", pt.first))
    d.t(ch(["Echo shows mild LV dysfunction (EF 45%). ", "X-ray confirms a healed fracture. ", "MoCA 22/30. ", "Biopsy was benign. "]))
    d.t(ch(["I have started bisoprolol 2.5 mg once daily. ", "No further follow-up is needed. ", "We will review in 6 months. "]))
    if R.random() < 0.5:
        d.f("Next of kin: {k} ({p}).", k=P("PERSON", Person(lc).full), p=P("PHONE_NUMBER", phone(lc, True)))
    d.t("\n\nYours sincerely,\n\n")
    d.s("PERSON", dr.full)
    d.t("\n" + ch(["Consultant Cardiologist", "Specialist Registrar", "Clinical Nurse Specialist"]) + "\n")
    d.f("cc: {n}, {a}\n", n=P("PERSON", pt.full), a=P("STREET_ADDRESS", address(lc, False))) if R.random() < 0.4 else None
    return d


def g_invoice():
    lc = loc()
    d = Doc("invoice", lc)
    fr, cl = Person(lc), Person(lc)
    d.t({"nl_NL": "Factuur", "it_IT": "Fattura", "es_ES": "Factura", "en_AU": "TAX INVOICE", "en_IN": "TAX INVOICE", "de_DE": "Rechnung"}.get(lc, "INVOICE") + " %s\n\n" % ch(["2025-%03d" % R.randrange(1, 300), "F-%s" % digits(5)]))
    d.f("{n}\n{a}\n{p} · {e}\n\n", n=P("PERSON", fr.full), a=P("STREET_ADDRESS", address(lc, True)), p=P("PHONE_NUMBER", phone(lc)), e=P("EMAIL_ADDRESS", fr.email(locale=lc)))
    d.t(ch(["Bill to: ", "Invoice to\n", "Cliente: ", "Klant: ", "Attn: "]))
    d.f("{c}\n", c=P("PERSON", cl.full))
    if R.random() < 0.5:
        d.f("{a}\n", a=P("STREET_ADDRESS", address(lc, False)))
    d.t("\n| item | qty | amount |\n|---|---:|---:|\n")
    tot = 0
    for _ in range(R.randrange(1, 4)):
        d.t("| %s | %d | " % (ch(["Logo design", "Bathroom retile", "Translation EN>IT, 3,200 words", "Tutoring (1h)", "Site survey"]), R.randrange(1, 10)))
        d.d("price", price(lc))
        d.t(" |\n")
    d.t("\nPlease pay within 14 days to ")
    d.t(ch(["IBAN ", "account ", "IBAN: "]))
    d.s("IBAN_CODE", iban(ch(["NL", "IT", "ES", "IE", "DE", "BE", "FR", "PT"]) if lc not in ("en_IN", "en_CA", "en_AU", "en_US") else ch(list(IBAN_FMT))))
    d.t(ch([" (BIC %s)" % ch(["INGBNL2A", "AIBKIE2D", "BCITITMM", "CAIXESBB"]), "", " ref %s" % order_id()]) + ".\n")
    return d


def g_receipt():
    lc = loc()
    d = Doc("receipt", lc)
    shop = ch(["CORNER DELI", "HARBOUR PHARMACY", "TIENDA LA ESQUINA", "FARMACIA SAN MARCO", "BOEKHANDEL DE REIGER"])
    d.t("%s\n%s\n\n" % (shop, ch(["Shop 3, Main St", "Store #%s" % digits(4)])))
    d.t("Order ")
    d.d("order_id", order_id())
    d.t("\n")
    for _ in range(R.randrange(2, 5)):
        d.t("%-24s" % ch(["Flat white", "Paracetamol 500mg", "Croissant", "Notebook A5", "Batteries AA x4"]))
        d.d("price", price(lc))
        d.t("\n")
    d.t("\nPaid by card ")
    if R.random() < 0.5:
        d.t("**** **** **** %s\n" % digits(4))
    else:
        d.s("CREDIT_CARD", card())
        d.t("\n")
    d.t("Customer: ")
    p = Person(lc)
    d.s("PERSON", p.full)
    d.t(ch(["  (loyalty member)\n", "\n"]))
    if R.random() < 0.6:
        d.f("Delivery to {a}\nContact {ph}\n", a=P("STREET_ADDRESS", address(lc, False)), ph=P("PHONE_NUMBER", phone(lc, True)))
    d.t("Thank you!\n")
    return d


def g_cv():
    lc = loc()
    d = Doc("cv", lc)
    p = Person(lc)
    d.s("PERSON", p.full.upper() if R.random() < 0.3 else p.full)
    d.t("\n")
    d.t(ch(["Senior Data Engineer", "Registered Nurse (RGN)", "Structural Engineer, MIEI", "Full-stack developer", "Paralegal"]) + "\n")
    d.f("{a} | {ph} | {e}\n", a=P("STREET_ADDRESS", address(lc, False)), ph=P("PHONE_NUMBER", phone(lc, True)), e=P("EMAIL_ADDRESS", p.email(locale=lc)))
    if R.random() < 0.5:
        d.f(ch(["Date of birth: {x}\n", "Born {x}\n", "DOB {x} · Nationality: %s\n" % ch(["Irish", "Indian", "Italian", "Dutch", "Ghanaian"])]), x=P("DATE_OF_BIRTH", dob(lc)))
    d.t("\nEXPERIENCE\n")
    d.t("%s - present  %s, %s\n" % (ch(["2021", "Mar 2019", "2018"]), ch(["Ridgeback Freight", "Vantara Tech", "Tallgrass Analytics", "Dijkwerk BV"]), ch(["Brisbane", "Pune", "Utrecht", "Cork"])))
    d.t("  - " + ch(["Led migration of 40 pipelines to Airflow 2.7", "Reduced ward falls by 18%", "Designed the Kingfisher Bridge retrofit", "Built the Hope Street clinic booking app"]) + "\n")
    d.t("\nREFERENCES\n")
    r = Person(lc)
    d.f("{r}, %s, %s - {rp}\n" % (ch(["Head of Platform", "Nurse Manager", "Director"]), ch(["Vantara Tech", "St Vincent's", "Arup"])), r=P("PERSON", r.full), rp=P("PHONE_NUMBER", phone(lc, ext=R.random() < 0.4)))
    if R.random() < 0.5:
        d.t("Available on request; ")
        d.s("PERSON", Person(lc).full)
        d.t(" can also speak to my work on the %s project.\n" % ch(["Marie Curie", "Grace Hopper", "Mandela Bridge"]))
    return d


def g_job_application():
    lc = loc()
    d = Doc("job_application", lc)
    p, hm = Person(lc), Person(lc)
    k = R.randrange(3)
    d.f(["Dear {h},\n\n", "Dear Mx {h},\n\n", "Hello {h},\n\n"][k], h=P("PERSON", [ch([hm.first, hm.full]), hm.last, hm.first][k]))
    d.t(ch(["I'm applying for the %s role advertised on %s. " % (ch(["Warehouse Supervisor", "Junior Analyst", "Sous Chef"]), ch(["Seek", "Indeed", "LinkedIn", "IrishJobs.ie"])),
            "Please accept my application for the position of %s. " % ch(["Site Manager", "Pharmacist", "Barista"])]))
    d.f(ch(["{r} suggested I get in touch. ", "I worked under {r} at the Parramatta store. ", "Per {r}, the role is still open. "]), r=P("PERSON", Person(lc).full))
    d.t("\n\n")
    d.f("You can reach me on {ph} or at {e}.", ph=P("PHONE_NUMBER", phone(lc)), e=P("EMAIL_ADDRESS", p.email(locale=lc)))
    d.t(ch([" I can start in two weeks.", " I hold a full clean licence.", ""]) + "\n\n")
    d.f(ch(["Kind regards,\n{n}\n", "Thanks,\n{n}\n", "Many thanks\n\n{n}\n"]), n=P("PERSON", p.full))
    if R.random() < 0.5:
        d.f("{a}\n", a=P("STREET_ADDRESS", address(lc, True)))
    return d


def g_listing():
    lc = ch(["en_AU", "en_IE", "en_CA", "nl_NL", "es_ES", "it_IT", "en_IN"])
    d = Doc("real_estate_listing", lc)
    agent = Person(lc)
    head = {"nl_NL": (["Te koop", "Te huur"], ["Bovenwoning met dakterras", "Grachtenpand, 3 kamers", "Benedenwoning met tuin"]),
            "es_ES": (["Se vende", "Se alquila"], ["Piso reformado", "Ático con terraza", "Piso exterior de 3 dormitorios"]),
            "it_IT": (["Vendesi", "Affittasi"], ["Trilocale luminoso", "Bilocale ristrutturato", "Attico con terrazzo"])}.get(
        lc, (["FOR SALE", "TO LET", "AUCTION Sat 11am"], ["Light-filled 2 bed apartment", "Renovated Victorian terrace", "Family home with granny flat"]))
    d.t(ch(head[0]) + " - ")
    d.t(ch(head[1]) + "\n\n")
    d.s("STREET_ADDRESS", address(lc, R.random() < 0.3))
    d.t("\n\n")
    d.t(ch(["Walk to the Grace Bay shops and St Kilda Beach. ", "Close to Victoria Park and the Hope Street tram. ", "Near the station. ", "5 min to the tram."]) + " ")
    d.t("%d bed · %d bath · %d m² · " % (R.randrange(1, 5), R.randrange(1, 3), R.randrange(45, 260)))
    d.d("price", price(lc))
    d.t("\n\n")
    d.t(ch(["Inspect by appointment with ", "Contact agent: ", "Viewings: call ", "Ask for "]))
    d.s("PERSON", agent.full)
    d.t(ch([" on ", " - ", ", "]))
    d.s("PHONE_NUMBER", phone(lc, True))
    if R.random() < 0.5:
        d.t(" or ")
        d.s("EMAIL_ADDRESS", agent.email(ch(ORGDOM)))
    d.t("\n")
    if R.random() < 0.4:
        d.t("Vendor ")
        d.s("PERSON", Person(lc).full)
        d.t(" is motivated - offers considered.\n")
    d.t("Listing ID %s\n" % digits(9))
    return d


def g_notes():
    """names in running text, cues and no cues"""
    lc = loc()
    d = Doc(ch(["team_notes", "standup_notes", "shift_handover"]), lc)
    ps = [Person(lc) for _ in range(8)]
    S_ = [
        lambda: ["Ran into ", P("PERSON", ps[0].full), " at the depot; the pallet jack is fixed."],
        lambda: [P("PERSON", ps[1].first), "'s out today (dentist)."],
        lambda: [P("PERSON", ps[2].full), " will cover the Saturday till."],
        lambda: ["Night shift: ", P("PERSON", ps[3].first), ", ", P("PERSON", ps[4].first), " and ", P("PERSON", ps[5].full), "."],
        lambda: ["cc ", P("PERSON", ps[1].full), " on anything to do with payroll"],
        lambda: ["Per ", P("PERSON", ps[4].first), ", the freezer alarm is a false positive."],
        lambda: ["Went to the supplier w/ ", P("PERSON", ps[5].first), "."],
        lambda: ["Need to chase ", P("PERSON", ps[2].last), " re: timesheets."],
        lambda: ["Hope the new rota helps - ", P("PERSON", ps[0].first)],
        lambda: ["Summer intake starts Monday; ", P("PERSON", ps[3].full), " is mentoring."],
        lambda: ["Customer ", P("PERSON", ps[4].full), " (", P("PHONE_NUMBER", phone(lc)), ") wants a callback about the deposit."],
        lambda: ["Spare keys are with ", P("PERSON", ps[5].full), " at ", P("STREET_ADDRESS", address(lc, False)), "."],
        lambda: ["Grant funding approved; ", P("PERSON", ps[1].first), " to draft the report."],
        lambda: ["Mark the Victoria Street delivery as urgent."],
        lambda: ["Lost property: wallet with ID for ", P("PERSON", ps[2].full), ", born ", P("DATE_OF_BIRTH", dob(lc)), ". Handed to front desk."],
        lambda: [P("PERSON", ps[3].first), " and ", P("PERSON", ps[0].first), " swapped Thursday."],
        lambda: ["New starter ", P("PERSON", ps[4].full), " (born ", P("DATE_OF_BIRTH", dob(lc)), ") needs a locker; SSN on the I-9 is ", P("US_SSN", ssn()), "."] if lc == "en_US" else
                ["Visitor badge for ", P("PERSON", ps[4].full), ", d.o.b. ", P("DATE_OF_BIRTH", dob(lc)), "."],
        lambda: ["Delivery for ", P("PERSON", ps[6].full), " left with neighbour at ", P("STREET_ADDRESS", address(lc, False)), "."],
        lambda: ["Big thanks to ", P("PERSON", ps[6].first), " for staying late Fri."],
        lambda: ["Interviewed ", P("PERSON", ps[7].full), " for the driver role - strong, references to follow."],
        lambda: ["Rich from accounts (", P("PERSON", "Rich " + ps[7].last), ") says invoices go out Weds now."],
        lambda: [P("PERSON", ps[7].first), " ", P("PERSON", ps[7].last), " rang twice, wants the quote redone; mob ", P("PHONE_NUMBER", phone(lc, True)), "."],
        lambda: ["Absent: ", P("PERSON", ps[6].full), "; ", P("PERSON", ps[5].full), " (leave)."],
        lambda: [P("PERSON", "Joy " + ps[7].last), " starts in reception on the 14th."] if R.random() < 0.5 else ["Welcome back ", P("PERSON", ps[7].first), "!"],
        lambda: ["Pallets for ", Dc("company", ps[0].last + " & Sons"), " go to dock 3."],
        lambda: ["Met the landlord, ", P("PERSON", ps[6].full), ", about the leak - he'll send someone."],
        lambda: ["Asked ", P("PERSON", ps[1].first), " to check the ", ch(["Ford Transit", "Hilux", "Sprinter"]), " tyres."],
        lambda: ["Emergency contact for ", P("PERSON", ps[2].first), " updated: ", P("PERSON", ps[3].full), ", ", P("PHONE_NUMBER", phone(lc, True)), "."],
        lambda: ["Dawn shift is short again."],
        lambda: ["Client ", P("PERSON", ps[5].full), " moved; new address ", P("STREET_ADDRESS", address(lc, False)), "."],
        lambda: ["per ", P("PERSON", ps[4].first.lower()), " the forklift needs a service"],
    ]
    R.shuffle(S_)
    d.t(ch(["Notes %s\n" % ch(["Mon", "Tue", "12/03", "wk 14"]), "HANDOVER\n", "Standup - ", "", "Shift log %s\n" % ch(["AM", "PM", "nights"])]))
    for f in S_[:R.randrange(4, 7)]:
        d.t(ch(["- ", "* ", "", "• "]))
        for x in f():
            d.put(x)
        d.t("\n")
    return d


def g_http_dump():
    lc = loc()
    d = Doc("http_dump", lc)
    p = Person(lc)
    host = ch(["api.harbourline.com.au", "portal.keelstone.ie", "checkout.olivarsoft.es", "internal.tallgrass.io"])
    d.t("%s %s HTTP/1.1\nHost: %s\n" % (ch(["POST", "PUT", "PATCH"]), ch(["/v1/orders", "/account/profile", "/api/v3/session", "/graphql"]), host))
    k = R.randrange(4)
    if k == 0:
        d.f("Authorization: Bearer {j}\n", j=P("JWT", jwt()))
    elif k == 1:
        up = "%s:%s" % (fold(p.first).lower(), password())
        d.f("Authorization: Basic {b}\n", b=P("PASSWORD", base64.b64encode(up.encode()).decode()))
    elif k == 2:
        d.f("X-Api-Key: {k}\n", k=P("GENERIC_API_KEY", generic_key()))
    else:
        d.f("Authorization: token {k}\n", k=P("GITHUB_TOKEN", gh()))
    d.t("User-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/%d.0\nContent-Type: application/json\n" % R.randrange(115, 135))
    if R.random() < 0.7:
        d.f("Cookie: _ga=GA1.2.%s.%s; sessionid={s}; theme=dark\n" % (digits(9), digits(10)), s=P("GENERIC_API_KEY", cookie_val()))
    d.f("X-Forwarded-For: {i}\n\n", i=P("IP_ADDRESS", ip()))
    body = {"name": P("PERSON", p.full), "email": P("EMAIL_ADDRESS", p.email(locale=lc))}
    if R.random() < 0.5:
        body["shipping"] = P("STREET_ADDRESS", address(lc, False))
    d.json(body, indent=None)
    d.t("\n")
    return d


def g_payment_form():
    lc = loc()
    d = Doc("payment_form", lc)
    p = Person(lc)
    lab = ch([("Cardholder name", "Card number", "Billing address", "Phone"), ("Name on card:", "Card no.:", "Billing:", "Tel:"),
              ("Titolare", "Numero carta", "Indirizzo di fatturazione", "Telefono"), ("Naam kaarthouder", "Kaartnummer", "Factuuradres", "Telefoon")])
    d.t(ch(["Booking #%s - guest details\n\n" % digits(6), "Phone order taken by front desk\n\n", "Deposit form\n\n"]))
    d.f("%s {n}\n%s {c}\nExpiry %02d/%d  CVV %s\n" % (lab[0], lab[1], R.randrange(1, 13), R.randrange(26, 31), digits(3)), n=P("PERSON", p.full), c=P("CREDIT_CARD", card()))
    d.f("%s {a}\n%s {ph}\n" % (lab[2], lab[3]), a=P("STREET_ADDRESS", address(lc, False)), ph=P("PHONE_NUMBER", phone(lc)))
    if R.random() < 0.4:
        d.t("Second card (declined): ")
        d.d("card_bad_luhn", card(valid=False))
        d.t("\n")
    d.t("Amount held: ")
    d.d("price", price(lc))
    d.t("\n")
    return d


def g_tenancy():
    lc = ch(["en_US", "en_US", "en_GB", "de_DE", "en_CA"])
    d = Doc("tenancy_application", lc)
    p, emp, ref = Person(lc), Person(lc), Person(lc)
    if lc == "de_DE":
        d.f("Mieterselbstauskunft\n\nName, Vorname: {n}\nGeburtsdatum: {b}\nAktuelle Anschrift: {a}\nTelefon: {ph}\nArbeitgeber: %s, Ansprechpartner {e}\n"
            % ch(["Stadtwerke Leipzig", "Bosch GmbH", "Charité"]), n=P("PERSON", "%s, %s" % (p.last, p.first)), b=P("DATE_OF_BIRTH", "%02d.%02d.%d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(1950, 2004))),
            a=P("STREET_ADDRESS", address(lc, False)), ph=P("PHONE_NUMBER", phone(lc)), e=P("PERSON", emp.full))
        return d
    d.t("RENTAL APPLICATION\n\n")
    d.f("Applicant: {n}\nDate of birth: {b}\n", n=P("PERSON", p.full), b=P("DATE_OF_BIRTH", dob(lc)))
    if lc == "en_US":
        d.f("SSN: {s}\n", s=P("US_SSN", ssn()))
        if R.random() < 0.4:
            d.t("Co-signer SSN (not issued, rejected by screening): ")
            d.d("ssn_invalid", ch(["000", "666", "9%02d" % R.randrange(100)]) + "-%02d-%04d" % (R.randrange(1, 99), R.randrange(1, 9999)))
            d.t("\n")
    d.f("Current address: {a}\nHow long: %d yrs\nEmployer contact: {e}, {ph}\nPersonal reference: {r} ({rp})\n" % R.randrange(1, 9),
        a=P("STREET_ADDRESS", address(lc, False)), e=P("PERSON", emp.full), ph=P("PHONE_NUMBER", phone(lc, False, ext=R.random() < 0.5)),
        r=P("PERSON", ref.full), rp=P("PHONE_NUMBER", phone(lc, True)))
    return d


# ----------------------------------------------------------------------------------------------
# secret documents
def g_yaml():
    d = Doc("yaml_config", "intl")
    d.t("# %s\n" % ch(["values.prod.yaml", "config/production.yml", "docker-compose.override.yml", "app.yaml"]))
    d.t("service:\n  name: %s\n  replicas: %d\n  image: ghcr.io/tallgrass/%s:%s\n" % (ch(["ledger", "ingest", "notifier"]), R.randrange(1, 6),
        ch(["ledger", "ingest"]), version().lstrip("v").replace("build ", "")))
    d.t("database:\n  host: db-%d.internal\n  user: app\n" % R.randrange(1, 9))
    d.f("  password: \"{p}\"\n", p=P("PASSWORD", password()))
    items = R.sample(["aws", "stripe", "slack", "openai", "gh", "gen", "anth"], R.randrange(1, 4))
    for it in items:
        if it == "aws":
            d.f("aws:\n  access_key_id: {a}\n  secret_access_key: {s}\n  region: ap-southeast-2\n", a=P("AWS_ACCESS_KEY", aws()), s=P("AWS_SECRET_KEY", aws_secret()))
        elif it == "stripe":
            d.f("payments:\n  stripe_secret: {k}\n  currency: eur\n", k=P("STRIPE_KEY", stripe()))
        elif it == "slack":
            d.f("alerts:\n  slack: {k}\n", k=P("SLACK_TOKEN", slack()))
        elif it == "openai":
            d.f("llm:\n  provider: openai\n  api_key: {k}\n", k=P("OPENAI_API_KEY", openai()))
        elif it == "anth":
            d.f("llm:\n  fallback_key: {k}\n", k=P("ANTHROPIC_API_KEY", anthropic()))
        elif it == "gh":
            d.f("ci:\n  token: {k}\n", k=P("GITHUB_TOKEN", gh()))
        else:
            d.f("maps:\n  key: {k}\n", k=P("GENERIC_API_KEY", generic_key()))
    d.t("feature_flags:\n  new_checkout: %s\n" % ch(["true", "false"]))
    return d


def g_toml():
    d = Doc("toml_config", "intl")
    d.t("[server]\nport = %d\nworkers = %d\n\n" % (R.randrange(3000, 9000), R.randrange(1, 16)))
    d.f("[database]\nurl = \"postgres://svc_%s:{p}@pg.internal:5432/%s\"\n\n" % (ch(["orders", "auth"]), ch(["orders", "auth"])), p=P("PASSWORD", rnd(18, AN + "!*-_")))
    k = R.randrange(4)
    if k == 0:
        d.f("[signing]\nprivate_key = '''\n{k}\n'''\n", k=P("PRIVATE_KEY", pem()))
    elif k == 1:
        d.f("[smtp]\nuser = \"apikey\"\npassword = \"{k}\"\n", k=P("PASSWORD", password()))
    elif k == 2:
        d.f("[auth]\njwt_secret = \"{k}\"\n", k=P("GENERIC_API_KEY", rnd(48, AN)))
    else:
        d.f("[notify]\nwebhook = \"{k}\"\n", k=P("SLACK_TOKEN", slack()))
    return d


def g_secret_chat():
    lc = loc()
    d = Doc("chat_paste", lc)
    a, b = Person(lc), Person(lc)
    d.f("{a}: ", a=P("PERSON", a.first))
    d.t(ch(["can you try with my key, mine works: ", "here's the staging one, don't commit it ", "prod creds for the migration: "]))
    k = R.randrange(5)
    if k == 0:
        d.f("{x}\n", x=P("OPENAI_API_KEY", openai()))
    elif k == 1:
        d.f("{x} / {y}\n", x=P("AWS_ACCESS_KEY", aws()), y=P("AWS_SECRET_KEY", aws_secret()))
    elif k == 2:
        d.f("user admin pw {x}\n", x=P("PASSWORD", password()))
    elif k == 3:
        d.f("{x}\n", x=P("STRIPE_KEY", stripe()))
    else:
        d.f("`{x}`\n", x=P("GITHUB_TOKEN", gh()))
    d.f("{b}: ", b=P("PERSON", b.first))
    d.t(ch(["got it, rotating after", "ta", "works now 🙏", "please rotate that asap"]) + "\n")
    return d


def g_ci_log():
    d = Doc("ci_log", "intl")
    d.t("Run actions/checkout@v4\n")
    d.t("##[group]Run ./scripts/deploy.sh\n")
    d.t("+ export NODE_ENV=production\n")
    k = R.randrange(3)
    if k == 0:
        d.f("+ curl -s -H 'Authorization: Bearer {t}' https://api.%s/v1/deploy\n" % ch(ORGDOM), t=P("JWT", jwt()))
    elif k == 1:
        d.f("+ npm config set //registry.npmjs.org/:_authToken={t}\n", t=P("GENERIC_API_KEY", "npm_" + rnd(36)))
    else:
        d.f("+ git clone https://x-access-token:{t}@github.com/tallgrass/infra.git\n", t=P("GITHUB_TOKEN", gh()))
    d.t("Deploy %s finished in %ds\n##[endgroup]\n" % (version(), R.randrange(20, 400)))
    return d


def g_ssh_key_paste():
    d = Doc("key_paste", "intl")
    d.t(ch(["id_ed25519 from the old bastion, in case we need it:\n\n", "Ticket #%s attachment (deploy key):\n\n" % digits(5), "```\n"]))
    d.s("PRIVATE_KEY", pem())
    d.t("\n" + ch(["", "```\n", "\n(please delete after use)\n"]))
    return d


# ----------------------------------------------------------------------------------------------
# public documents (look-alikes only)
PUBFIG = ["Prime Minister Anthony Albanese", "Taoiseach Micheál Martin", "Prime Minister Mark Carney", "Chancellor Rachel Reeves",
          "President Sergio Mattarella", "Pedro Sánchez", "Dick Schoof", "Narendra Modi", "Christine Lagarde", "Ursula von der Leyen"]
COMPANY = ["Johnson & Johnson", "Ben & Jerry's", "Marks & Spencer", "Tim Hortons", "Ted Baker", "Dolce & Gabbana",
           "Ernst & Young", "Tommy Hilfiger", "Jack Daniel's", "Wendy's", "Hugo Boss", "Harvey Norman", "Dick Smith",
           "Tata Consultancy Services", "Mahindra & Mahindra", "Albert Heijn", "Giorgio Armani", "El Corte Inglés"]
PLACES = ["Alice Springs", "Port Elizabeth", "Prince George", "St. John's", "Mount Isa", "Victoria Station", "Hope Valley",
          "Grace Bay", "Lake Louise", "Charlotte Pass", "Marie Byrd Land", "San Sebastián", "Santa Maria Novella",
          "Kingstown", "Dún Laoghaire", "Fort William", "Jamestown", "Port Louis"]
PRODUCTS = ["Apple Pencil", "Tesla Roadster", "Dyson V15", "Sonos Era 300", "Kindle Paperwhite", "Alexa", "Ford Ranger",
            "Toyota Camry", "Bosch Serie 6", "Philips Sonicare", "Kia Carnival", "Mercedes-Benz Sprinter"]


def g_news():
    d = Doc("news_brief", ch(["en_AU", "en_IE", "en_CA", "en_GB", "en_IN"]))
    d.d("public_figure", ch(PUBFIG))
    d.t(ch([" announced on Tuesday ", " confirmed ", " told reporters there would be "]))
    d.t(ch(["new funding for the rail link to ", "an inquiry into flooding near ", "a summit in "]))
    d.d("place", ch(PLACES))
    d.t(". ")
    d.d("company", ch(COMPANY))
    d.t(ch([" shares rose ", " reported revenue up ", " cut prices by "]))
    d.d("percent", "%d.%d%%" % (R.randrange(1, 20), R.randrange(10)))
    d.t(" in early trading on %s. " % ch(["the ASX", "Euronext Dublin", "the TSX", "the NSE"]))
    d.t(ch(["Speaking at ", "In an interview at ", "Outside "]))
    d.d("place", ch(PLACES))
    d.t(", ")
    d.d("public_figure", ch(["Taylor Swift", "Serena Williams", "Shah Rukh Khan", "Virat Kohli", "Roger Federer", "Celine Dion", "Paul Mescal"]))
    d.t(ch([" praised the organisers.", " thanked fans.", " declined to comment."]))
    d.t(" (Updated ")
    d.d("timestamp", ch(["14:05 AEDT", "09:41 IST", "2025-04-02 18:20 GMT", "7:15 p.m. ET"]))
    d.t(")\n")
    return d


def g_release_notes():
    d = Doc("release_notes", "intl")
    d.t("## ")
    d.d("version", version())
    d.t(" - %s\n\n" % ch(["2025-02-11", "March 2025", "2025-06-30"]))
    notes = R.sample(["Fix crash when `ENABLE_SECRET_SCANNING` is unset", "Bump `openssl` to ", "Support `--token-file` flag",
                       "New `password_min_length` option (default 12)", "Rename `API_KEY_HEADER` to `X-Api-Key`", "Build "], R.randrange(3, 6))
    for note in notes:
        d.t("- " + note)
        if d.buf[-1].endswith(("to ", "Build ")):
            d.d("version", version())
        d.t(ch(["", " (#%d)" % R.randrange(100, 9000), " by @%s" % ch(["dependabot", "renovate-bot", "ci-bot"])]) + "\n")
    d.t("\nChecksum (sha256): ")
    d.d("hash", hashlib.sha256(digits(20).encode()).hexdigest())
    d.t("\nCommit: ")
    d.d("git_sha", sha())
    d.t("\n")
    return d


def g_code():
    d = Doc("code_snippet", "intl")
    k = R.randrange(4)
    if k == 0:
        d.t("import os\n\nAPI_KEY = os.environ[\"")
        d.d("keyword_identifier", "OPENAI_API_KEY")
        d.t("\"]\nPASSWORD_FIELD = \"password\"\n\ndef get_secret(name: str) -> str:\n    return vault.read(f\"secret/{name}\")\n\n")
        d.t("client = Client(api_key=")
        d.d("placeholder_key", ch(["\"sk-...\"", "\"<YOUR_API_KEY>\"", "API_KEY"]))
        d.t(")\n")
    elif k == 1:
        d.t("# .env.example\nAWS_ACCESS_KEY_ID=")
        d.d("placeholder_key", ch(["AKIAIOSFODNN7EXAMPLE", "AKIA****************", "your-access-key-id"]))
        d.t("\nAWS_SECRET_ACCESS_KEY=")
        d.d("placeholder_key", ch(["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<secret>", "changeme"]))
        d.t("\nSTRIPE_KEY=")
        d.d("placeholder_key", ch(["sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_<redacted>", "${STRIPE_KEY}"]))
        d.t("\nDB_PASSWORD=")
        d.d("placeholder_key", ch(["${DB_PASSWORD}", "<set-me>", "password"]))
        d.t("\n")
    elif k == 2:
        d.t("const token = req.headers['authorization']?.split(' ')[1];\nif (!token) throw new AuthError('missing bearer token');\n")
        d.t("const { password_hash, secret_key_id } = await db.users.find(%s);\n" % ch(["userId", "id"]))
        d.t("logger.info(`request ")
        d.d("uuid", uuid())
        d.t(" took %dms`);\n" % R.randrange(3, 900))
    else:
        d.t("func TestParsePhone(t *testing.T) {\n\tcases := []string{\"")
        d.d("test_fixture", ch(["+1-000-000-0000", "555-0100", "000 000 0000"]))
        d.t("\", \"")
        d.d("version", version())
        d.t("\"}\n\t// token: ")
        d.d("placeholder_key", ch(["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-token", "eyJ...truncated"]))
        d.t("\n}\n")
    return d


def g_shipping():
    lc = loc()
    d = Doc("shipping_notice", lc)
    d.t(ch(["Your order is on its way!\n\n", "Shipment update\n\n", "Bestelling verzonden\n\n", "Il tuo ordine è stato spedito\n\n"]))
    d.t("Order number: ")
    d.d("order_id", order_id())
    d.t("\nTracking: ")
    d.d("tracking_number", tracking())
    d.t("\nCarrier: %s\nEstimated delivery: " % ch(["Australia Post", "An Post", "Canada Post", "PostNL", "Correos", "Poste Italiane", "Delhivery"]))
    d.d("timestamp", ch(["Thu 13 Mar, 9am-1pm", "2025-03-13", "13/03/2025 between 08:00 and 12:00"]))
    d.t("\nTotal: ")
    d.d("price", price(lc))
    d.t("\nItems: %s\n" % ch(PRODUCTS))
    d.t("Questions? Reply to this e-mail or visit our help centre. Ref ")
    d.d("reference", "%s-%s" % (rnd(3, L), digits(6)))
    d.t("\n")
    return d


def g_product():
    d = Doc("product_page", ch(["en_AU", "en_IE", "it_IT", "nl_NL", "es_ES", "en_CA"]))
    c = ch(COMPANY)
    d.d("company", c)
    d.t(" " + ch(["Autumn collection", "Gift set", "Classic range", "Limited edition"]) + "\n\n")
    d.t(ch(["Inspired by ", "Named after ", "A tribute to "]))
    d.d("place", ch(PLACES))
    d.t(". SKU ")
    d.d("product_code", "%s-%s-%s" % (rnd(3, L), digits(4), rnd(2, L)))
    d.t(", EAN ")
    d.d("barcode", digits(13))
    d.t(". ")
    d.d("price", price(d.locale))
    d.t(ch([" incl. GST", " IVA inclusa", " incl. btw", ""]) + ". Ships in %d-%d days.\n" % (R.randrange(1, 3), R.randrange(4, 9)))
    d.t("Pairs well with the ")
    d.d("product", ch(PRODUCTS))
    d.t(".\n")
    return d


def g_recipe():
    d = Doc("recipe", "intl")
    d.t("# ")
    d.d("dish_name", ch(["Eggs Benedict", "Beef Wellington", "Pavlova", "Caesar Salad", "Margherita pizza", "Peach Melba", "Chicken Kiev"]))
    d.t("\n\n")
    d.t("Serves %d. Prep %d min.\n\n" % (R.randrange(2, 8), R.randrange(10, 60)))
    d.t("- %d g butter\n- %d eggs\n- 1 tsp %s\n\n" % (R.randrange(20, 250), R.randrange(1, 6), ch(["Earl Grey", "Worcestershire sauce", "Granny Smith apple, grated", "Dijon mustard"])))
    d.t(ch(["Bake at 180 °C for 25 minutes. ", "Whisk until glossy. ", "Rest for 10 minutes. "]))
    d.t(ch(["Grace's tip: use room-temperature eggs.", "Serve with a Bloody Mary.", "Pairs well with a Tom Collins.", "Named after Dame Nellie Melba."]) + "\n")
    return d


def g_transit():
    d = Doc("service_notice", ch(["en_AU", "en_IE", "en_CA", "en_GB", "nl_NL"]))
    d.t(ch(["Service alert: ", "Planned works: ", "Storingsmelding: "]))
    d.t("trains between ")
    pa, pb = R.sample(PLACES, 2)
    d.d("place", pa)
    d.t(" and ")
    d.d("place", pb)
    d.t(" replaced by buses from ")
    d.d("timestamp", ch(["22:00 Fri 14 Mar", "2025-03-14 22:00", "10 pm Friday"]))
    d.t(" to ")
    d.d("timestamp", ch(["05:00 Mon 17 Mar", "first service Monday"]))
    d.t(". Route ")
    d.d("route_number", "%d%s" % (R.randrange(1, 999), ch(["", "X", "N"])))
    d.t(" diverts via %s. Fares: " % ch(["King William St", "Victoria Road", "Prince Albert Dr", "Jan van Galenstraat"]))
    d.d("price", price("intl"))
    d.t(" flat.\n")
    return d


def g_public_table():
    d = Doc("markdown_table_public", "intl")
    d.t("| SKU | product | version | price | released |\n|---|---|---|---:|---|\n")
    for _ in range(R.randrange(3, 6)):
        d.t("| ")
        d.d("product_code", "%s%s" % (rnd(2, L), digits(5)))
        d.t(" | %s | " % ch(PRODUCTS))
        d.d("version", version())
        d.t(" | ")
        d.d("price", price("intl"))
        d.t(" | ")
        d.d("timestamp", "2025-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29)))
        d.t(" |\n")
    return d


def g_public_log():
    d = Doc("app_log_public", "intl")
    for _ in range(R.randrange(4, 8)):
        d.d("timestamp", ts())
        d.t(" %s [%s] " % (ch(["INFO", "DEBUG", "WARN"]), ch(["http", "cache", "scheduler", "db"])))
        k = R.randrange(4)
        if k == 0:
            d.t("GET /healthz 200 %dms req=" % R.randrange(1, 40))
            d.d("uuid", uuid())
        elif k == 1:
            d.t("cache hit ratio 0.%d after %d keys, build " % (R.randrange(10, 99), R.randrange(100, 99999)))
            d.d("version", version())
        elif k == 2:
            d.t("cron job 'rotate_api_keys' scheduled next=")
            d.d("timestamp", ts())
        else:
            d.t("listening on ")
            d.d("internal_address", ch(["0.0.0.0:8080", "127.0.0.1:5432", "[::]:443", "10.0.3.12:9000"]))
        d.t("\n")
    return d


def g_public_git():
    d = Doc("git_log_public", "intl")
    for _ in range(R.randrange(2, 4)):
        d.t("commit ")
        d.d("git_sha", sha())
        d.t("\nAuthor: dependabot[bot] <")
        d.d("bot_email", ch(["support@github.com", "49699333+dependabot[bot]@users.noreply.github.com"]))
        d.t(">\nDate:   %s\n\n    Bump " % ch(["Mon Mar 3 04:11:02 2025 +0000", "Sat Feb 1 01:00:00 2025 +0000"]))
        d.t(ch(["serde", "lodash", "requests", "rails", "swift-nio"]) + " from ")
        d.d("version", version())
        d.t(" to ")
        d.d("version", version())
        d.t("\n\n")
    return d


def g_public_ics():
    d = Doc("calendar_public", "intl")
    d.t("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:%s\nDTSTART:" % ch(["Public holiday - St Patrick's Day", "Diwali", "King's Birthday", "Koningsdag", "Ferragosto"]))
    d.d("timestamp", "2025%02d%02d" % (R.randrange(1, 13), R.randrange(1, 29)))
    d.t("\nLOCATION:")
    d.d("place", ch(PLACES))
    d.t("\nDESCRIPTION:Office closed. Ref ")
    d.d("reference", digits(8))
    d.t("\nEND:VEVENT\nEND:VCALENDAR\n")
    return d


SPORT = [("en_IN", ["Virat Kohli", "Rohit Sharma", "Jasprit Bumrah"], "Royal Challengers Bengaluru", "Chennai Super Kings", "Wankhede Stadium"),
         ("en_IE", ["Caelan Doris", "Tadhg Furlong", "Jack Crowley"], "Leinster", "Munster", "the Aviva Stadium"),
         ("en_AU", ["Sam Kerr", "Mary Fowler", "Ellie Carpenter"], "Melbourne Victory", "Adelaide United", "AAMI Park"),
         ("it_IT", ["Lautaro Martínez", "Nicolò Barella", "Federico Dimarco"], "Inter", "Napoli", "San Siro"),
         ("en_CA", ["Connor McDavid", "Leon Draisaitl", "Auston Matthews"], "Edmonton Oilers", "Toronto Maple Leafs", "Rogers Place")]


def g_sports():
    lc, players, t1, t2, venue = ch(SPORT)
    d = Doc("sports_report", lc)
    d.d("public_figure", ch(players))
    d.t(ch([" scored twice as ", " led from the front as ", " was named player of the match as "]))
    d.d("team", t1)
    d.t(" beat ")
    d.d("team", t2)
    d.t(" ")
    d.d("score", "%d-%d" % (R.randrange(1, 6), R.randrange(0, 1)))
    d.t(" at ")
    d.d("place", venue)
    d.t(ch([". Attendance ", ". Crowd: "]))
    d.d("number", "{:,}".format(R.randrange(8000, 90000)))
    d.t(".\n")
    return d


# ----------------------------------------------------------------------------------------------
PERSONAL = [(g_email_thread, 20), (g_forwarded, 10), (g_slack_json, 18), (g_app_log, 12), (g_api_payload, 14), (g_git_log, 10),
            (g_vcard, 12), (g_ics, 12), (g_md_table, 12), (g_sms, 16), (g_transcript, 16), (g_legal, 10), (g_medical, 14),
            (g_invoice, 12), (g_receipt, 8), (g_cv, 12), (g_job_application, 10), (g_listing, 12), (g_notes, 20),
            (g_payment_form, 10), (g_tenancy, 8)]
SECRET = [(g_http_dump, 11), (g_yaml, 10), (g_toml, 7), (g_secret_chat, 6), (g_ci_log, 4), (g_ssh_key_paste, 2)]
PUBLIC = [(g_news, 13), (g_release_notes, 10), (g_code, 13), (g_shipping, 11), (g_product, 9), (g_recipe, 8), (g_transit, 8),
          (g_public_table, 7), (g_public_log, 7), (g_public_git, 5), (g_public_ics, 4), (g_sports, 5)]


def main():
    plan = []
    for g, n in PERSONAL + SECRET + PUBLIC:
        plan += [g] * n
    R.shuffle(plan)
    recs = []
    for i, g in enumerate(plan, 1):
        recs.append(g().record(i))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for r in recs:
            gz.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())
    if "--stats" in sys.argv:
        import collections
        sens = collections.Counter(r["sensitivity"] for r in recs)
        st = collections.Counter(s["type"] for r in recs for s in r["spans"])
        print(len(recs), dict(sens), sum(st.values()), dict(st.most_common()))


if __name__ == "__main__":
    main()
