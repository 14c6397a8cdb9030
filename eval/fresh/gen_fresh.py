#!/usr/bin/env python3
"""Write eval/fresh/fresh.jsonl.gz: a fresh, independently written PII / secret measurement set.

Standard library only, fixed seed, same bytes every run:

    python3 eval/fresh/gen_fresh.py            # writes fresh.jsonl.gz next to this file
    python3 eval/fresh/gen_fresh.py --stats    # also prints counts by kind and by span type

Record format is that of ../shared/eval/pii-dev.jsonl.gz: spans carry UTF-8 byte offsets
(start/end, end exclusive) and code-point offsets (char_start/char_end); every span's bytes
are asserted to equal its value. Every value pool below was written by hand for this file.
"""
import collections
import gzip
import io
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261202
N_DOCS = 400
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
                "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}
PII_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH", "CREDIT_CARD",
             "US_SSN", "IBAN_CODE", "IP_ADDRESS", "UK_NHS"}

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- document builder

class V:
    """A value to place in a template: a span (typ in PII/SECRET types) or a decoy (kind)."""
    __slots__ = ("val", "typ", "kind")

    def __init__(self, val, typ=None, kind=None):
        self.val, self.typ, self.kind = val, typ, kind


def S(val, typ):
    return V(val, typ=typ)


def D(val, kind):
    return V(val, kind=kind)


class Doc:
    def __init__(self, kind, locale):
        self.kind, self.locale = kind, locale
        self.buf = []
        self.blen = 0
        self.clen = 0
        self.spans = []
        self.decoys = []

    def t(self, s):
        self.buf.append(s)
        self.blen += len(s.encode("utf-8"))
        self.clen += len(s)
        return self

    def put(self, v):
        if isinstance(v, str):
            return self.t(v)
        b0, c0 = self.blen, self.clen
        self.t(v.val)
        if v.typ:
            self.spans.append({"start": b0, "end": self.blen, "char_start": c0, "char_end": self.clen,
                               "type": v.typ, "category": "secret" if v.typ in SECRET_TYPES else "pii",
                               "value": v.val})
        elif v.kind:
            self.decoys.append({"start": b0, "end": self.blen, "char_start": c0, "char_end": self.clen,
                                "kind": v.kind, "value": v.val})
        return self

    def f(self, template, **kw):
        """Append template; {name} is replaced by kw[name] (str or V)."""
        pos = 0
        for m in re.finditer(r"\{\{|\}\}|\{(\w+)\}", template):
            self.t(template[pos:m.start()])
            if m.group(1):
                self.put(kw[m.group(1)])
            else:
                self.t(m.group(0)[0])
            pos = m.end()
        self.t(template[pos:])
        return self

    def record(self, n):
        text = "".join(self.buf)
        tb = text.encode("utf-8")
        for s in self.spans:
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"], (self.kind, s)
            assert text[s["char_start"]:s["char_end"]] == s["value"]
            assert s["type"] in PII_TYPES | SECRET_TYPES
        for d in self.decoys:
            assert tb[d["start"]:d["end"]].decode("utf-8") == d["value"], (self.kind, d)
        spans = sorted(self.spans, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", self.kind, a, b)
        has_pii = any(s["category"] == "pii" for s in spans)
        has_secret = any(s["category"] == "secret" for s in spans)
        return {"id": "fr-%05d" % n, "locale": self.locale, "kind": self.kind, "text": text, "spans": spans,
                "decoys": sorted(self.decoys, key=lambda d: d["start"]), "has_pii": has_pii,
                "has_secret": has_secret,
                "sensitivity": "secret" if has_secret else ("personal" if has_pii else "public")}


# ---------------------------------------------------------------- value pools (hand-written)

NAMES = {
    "west_african": (["Kofi", "Ama", "Kwame", "Abena", "Yaw", "Efua", "Chinedu", "Ngozi", "Oluwaseun", "Funmilayo",
                      "Emeka", "Adaeze", "Tunde", "Yetunde", "Kwabena", "Akosua", "Ifeoma", "Obinna", "Mariama",
                      "Ousmane", "Fatoumata", "Seydou"],
                     ["Boateng", "Mensah", "Asante", "Owusu", "Okafor", "Adeyemi", "Nwosu", "Okonjo", "Appiah",
                      "Danquah", "Eze", "Oyelaran", "Agyeman-Duah", "Diallo", "Traoré", "Coulibaly", "Nwachukwu",
                      "Ogunleye"]),
    "east_african": (["Wanjiru", "Kamau", "Njeri", "Otieno", "Achieng", "Baraka", "Zawadi", "Amani", "Tendai", "Chipo",
                      "Makena", "Mwende", "Tesfaye", "Selam", "Abebe", "Nyokabi"],
                     ["Mwangi", "Kariuki", "Odhiambo", "Wekesa", "Mutua", "Kiprotich", "Haile", "Alemu", "Ssempala",
                      "Mugisha", "Chikwanha", "Wambugu", "Nakato", "Gebremedhin"]),
    "south_asian": (["Priya", "Arjun", "Lakshmi", "Venkatesh", "Ananya", "Rohit", "Deepika", "Siddharth", "Meenakshi",
                     "Harpreet", "Gurpreet", "Farhan", "Nusrat", "Tahmina", "Kavya", "Aditya", "Shreya", "Imran",
                     "Sunita", "Raghav", "Nilufar"],
                    ["Raghunathan", "Iyer", "Bhattacharya", "Chatterjee", "Patel", "Deshpande", "Subramaniam", "Gill",
                     "Sandhu", "Chowdhury", "Rahman", "Krishnamurthy", "Venkataraman", "Nair", "Kulkarni", "Reddy",
                     "Mukherjee", "Siddiqui", "Dhillon", "Pillai"]),
    "east_asian": (["Wei", "Xiaoling", "Jun", "Haruto", "Yuki", "Minjun", "Seo-yeon", "Ji-ho", "Thanh", "Linh", "Huong",
                    "Mei", "Hiroshi", "Ayumi", "Jia Hui", "Zhiwen", "Dae-jung", "Quang"],
                   ["Zhang", "Liu", "Chen", "Nakamura", "Takahashi", "Watanabe", "Kim", "Park", "Choi", "Nguyen",
                    "Tran", "Pham", "Huang", "Yamaguchi", "Lim", "Ong", "Hoang", "Matsumoto"]),
    "arabic": (["Yousef", "Fatima", "Omar", "Layla", "Khalid", "Noor", "Tariq", "Huda", "Abdulrahman", "Mariam",
                "Samir", "Rania", "Zainab", "Hamza", "Amira"],
               ["Al-Farsi", "Haddad", "El-Amin", "Nasser", "Khoury", "Mansour", "Al-Qahtani", "Saleh", "Barakat",
                "Abu-Zeid", "Hijazi", "Al-Mutairi", "Darwish"]),
    "slavic": (["Katarzyna", "Bogdan", "Oksana", "Dmitri", "Svetlana", "Miroslav", "Ludmila", "Zoran", "Jelena",
                "Tomasz", "Agnieszka", "Wojciech", "Yaroslava", "Radomir", "Milena"],
               ["Kowalczyk", "Wiśniewska", "Shevchenko", "Petrović", "Novák", "Dvořáková", "Ivanova", "Kuznetsov",
                "Horvat", "Zielińska", "Bondarchuk", "Marković", "Sokolov", "Wróblewski"]),
    "nordic": (["Sigrún", "Bjørn", "Astrid", "Eirik", "Freyja", "Søren", "Ingrid", "Tuomas", "Aino", "Halvard", "Liv",
                "Ragnhild", "Mikael", "Hekla"],
               ["Halvorsen", "Lindqvist", "Johansson", "Virtanen", "Korhonen", "Sigurðardóttir", "Magnússon",
                "Rasmussen", "Nyström", "Bergström", "Haugland", "Mäkelä", "Østergaard"]),
    "latin_american": (["Ximena", "Joaquín", "Valentina", "Mateo", "Guadalupe", "Itzel", "Thiago", "Camila", "Renata",
                        "Santiago", "Yolanda", "Wilmer", "Marisol", "Nahuel"],
                       ["Hernández", "Quispe", "Mamani", "Gutiérrez", "Villalobos", "Cárdenas", "Oliveira", "Santos",
                        "Figueroa", "Cruz", "Huamán", "Ocampo", "Benítez"]),
    "irish": (["Siobhán", "Niamh", "Cian", "Oisín", "Aoife", "Pádraig", "Saoirse", "Ciarán", "Róisín", "Tadhg",
               "Gráinne", "Eoghan", "Clodagh", "Fionnuala"],
              ["O'Sullivan", "Ní Bhriain", "Byrne", "Ó Ceallaigh", "Fitzgerald", "Kavanagh", "McGrath", "Doherty",
               "Mac Lochlainn", "Ní Dhomhnaill", "Breathnach", "Cullinane"]),
    "dutch": (["Sanne", "Joost", "Femke", "Bram", "Lieke", "Daan", "Maarten", "Marieke", "Wouter", "Anouk", "Sjoerd",
               "Ilse"],
              ["van der Meer", "de Vries", "Bakker", "van Dijk", "Visser", "Jansen", "de Jong", "Smits",
               "van den Broek", "Hoekstra", "Kuipers", "ter Horst"]),
    "italian": (["Giulia", "Alessandro", "Chiara", "Matteo", "Francesca", "Lorenzo", "Federica", "Giuseppe", "Beatrice",
                 "Raffaele", "Ornella", "Gianluca"],
                ["Esposito", "Ricci", "Bianchi", "Colombo", "De Luca", "Marchetti", "Ferraro", "Lombardi", "Caruso",
                 "Pellegrino", "Santoro", "D'Angelo"]),
    "spanish": (["Lucía", "Álvaro", "Nerea", "Íñigo", "Pilar", "Begoña", "Jorge", "Montserrat", "Xabier", "Rocío"],
                ["Fernández López", "Iglesias", "Etxeberria", "Navarro", "Ruiz de Alda", "Castellano", "Gómez",
                 "Aranguren", "Sáez"]),
    "anglo": (["Hope", "Joy", "Rich", "Summer", "Grace", "Hunter", "Dawn", "Rowan", "Bronwyn", "Shane", "Tegan",
               "Darcy", "Lachlan", "Mackenzie", "Brooke", "Wade", "Kendra", "Trent", "Colby", "Merritt"],
              ["Thibodeau", "Pelletier", "MacIsaac", "Fraser", "Lockyer", "Hutchence", "Wilkinson", "Cartwright",
               "Penhaligon", "Featherby", "Tremblay", "Gauthier", "Dunstan", "Ashworth"]),
    "german": (["Jürgen", "Anneliese", "Dietmar", "Hannelore", "Wiebke", "Götz"],
               ["Schäfer", "Großmann", "Brückner", "Oberländer", "Kießling"]),
}
CULTURE_FOR_LOCALE = {
    "en_CA": ["anglo", "anglo", "south_asian", "east_asian", "arabic", "west_african", "latin_american", "slavic"],
    "en_AU": ["anglo", "anglo", "east_asian", "south_asian", "italian", "arabic", "east_african"],
    "en_IE": ["irish", "irish", "irish", "slavic", "west_african", "anglo"],
    "en_IN": ["south_asian"],
    "nl_NL": ["dutch", "dutch", "dutch", "arabic", "slavic", "west_african"],
    "es_ES": ["spanish", "spanish", "latin_american", "arabic"],
    "it_IT": ["italian", "italian", "italian", "east_african", "slavic"],
    "en_US": ["anglo", "latin_american", "east_asian", "west_african", "south_asian", "slavic"],
    "en_GB": ["anglo", "south_asian", "irish", "west_african", "east_african", "nordic"],
    "de_DE": ["german", "slavic", "nordic", "arabic"],
}
LOCALE_WEIGHTS = [("en_CA", 14), ("en_AU", 14), ("en_IE", 12), ("en_IN", 13), ("nl_NL", 11), ("es_ES", 10),
                  ("it_IT", 10), ("en_US", 6), ("en_GB", 6), ("de_DE", 4)]


def pick_locale():
    tot = sum(w for _, w in LOCALE_WEIGHTS)
    x = R.randrange(tot)
    for loc, w in LOCALE_WEIGHTS:
        if x < w:
            return loc
        x -= w
    return "en_CA"


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ð", "d").replace("ß", "ss").replace("ł", "l").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAIL_DOMAINS = {
    "en_CA": ["shaw.ca", "rogers.com", "sympatico.ca", "gmail.com", "videotron.ca"],
    "en_AU": ["bigpond.com", "optusnet.com.au", "iinet.net.au", "gmail.com"],
    "en_IE": ["eircom.net", "gmail.com", "outlook.ie", "vodafone.ie"],
    "en_IN": ["yahoo.co.in", "gmail.com", "rediffmail.com", "outlook.in"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
    "es_ES": ["telefonica.net", "gmail.com", "yahoo.es", "movistar.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "en_US": ["gmail.com", "comcast.net", "yahoo.com", "icloud.com"],
    "en_GB": ["btinternet.com", "sky.com", "gmail.com", "virginmedia.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
}
COMPANY_DOMAINS = ["harbourline.io", "kestrelworks.ca", "tidewater-logistics.com.au", "brightforge.ie",
                   "quillsoft.in", "dijkstra-bouw.nl", "ondamar.es", "officine-aurora.it", "northpeak.dev",
                   "copperkettle.co.uk", "lindenhaus.de", "marrowbone.health", "pinecrest-legal.ca"]


class Person:
    def __init__(self, locale=None, culture=None):
        self.locale = locale or pick_locale()
        self.culture = culture or pick(CULTURE_FOR_LOCALE[self.locale])
        g, s = NAMES[self.culture]
        self.given = pick(g)
        self.surname = pick(s)
        self.full = "%s %s" % (self.given, self.surname)

    def email(self, domain=None):
        dom = domain or pick(MAIL_DOMAINS[self.locale])
        g = re.sub(r"[^a-z]", "", fold(self.given).lower())
        s = re.sub(r"[^a-z]", "", fold(self.surname).lower())
        form = R.randrange(6)
        if form == 0:
            local = "%s.%s" % (g, s)
        elif form == 1:
            local = "%s%s" % (g[0], s)
        elif form == 2:
            local = "%s_%s%d" % (g, s[:4], R.randrange(10, 99))
        elif form == 3:
            local = "%s%d" % (g, R.randrange(1970, 2004))
        elif form == 4:
            local = "%s.%s" % (s, g[0])
        else:
            local = "%s-%s" % (g, s)
        return "%s@%s" % (local, dom)


def dg(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def phone(locale, mobile=None):
    m = chance(0.5) if mobile is None else mobile
    p = _phone(locale, m)
    if not m and locale in ("en_AU", "en_IE", "en_IN", "en_GB", "nl_NL", "it_IT", "es_ES") and chance(0.15):
        p += pick([" ext. %d" % R.randrange(10, 999), " (ext %d)" % R.randrange(10, 999), " Extn. %d" % R.randrange(100, 999),
                   " int. %d" % R.randrange(10, 99), " toestel %d" % R.randrange(10, 999)])
    return p


def _phone(locale, m):
    k = R.randrange(4)
    if locale == "en_CA":
        a = pick(["416", "647", "604", "778", "514", "438", "403", "613", "902", "709"])
        x, y = "555", "01%02d" % R.randrange(100)
        p = [("(%s) %s-%s" % (a, x, y)), ("%s-%s-%s" % (a, x, y)), ("+1 %s %s %s" % (a, x, y)), ("1-%s-%s-%s" % (a, x, y))][k]
        if chance(0.25):
            p += pick([" ext. %d" % R.randrange(10, 999), " x%d" % R.randrange(100, 9999), " poste %d" % R.randrange(10, 999)])
        return p
    if locale == "en_AU":
        if m:
            n = "4" + dg(8)
            return [("0%s %s %s" % (n[:3], n[3:6], n[6:])), ("+61 %s %s %s" % (n[:3], n[3:6], n[6:])),
                    ("0%s%s" % (n[:3], n[3:])), ("+61 4%s %s" % (n[1:5], n[5:]))][k]
        a = pick(["2", "3", "7", "8"])
        n = dg(8)
        return [("(0%s) %s %s" % (a, n[:4], n[4:])), ("+61 %s %s %s" % (a, n[:4], n[4:])),
                ("0%s %s %s" % (a, n[:4], n[4:])), ("+61 (0)%s %s %s" % (a, n[:4], n[4:]))][k]
    if locale == "en_IE":
        if m:
            pre = pick(["83", "85", "86", "87", "89"])
            n = dg(7)
            return [("0%s %s %s" % (pre, n[:3], n[3:])), ("+353 %s %s %s" % (pre, n[:3], n[3:])),
                    ("0%s-%s" % (pre, n)), ("(0%s) %s %s" % (pre, n[:3], n[3:]))][k]
        a = pick(["1", "21", "61", "91", "66", "51"])
        n = dg(7 if a == "1" else 6)
        return [("(0%s) %s %s" % (a, n[:3], n[3:])), ("+353 %s %s %s" % (a, n[:3], n[3:])),
                ("0%s %s %s" % (a, n[:3], n[3:])), ("+353 (0)%s %s %s" % (a, n[:3], n[3:]))][k]
    if locale == "en_IN":
        if m:
            n = pick("6789") + dg(9)
            return [("+91 %s %s" % (n[:5], n[5:])), ("0%s %s" % (n[:5], n[5:])), ("+91-%s" % n), ("%s" % n)][k]
        a, n = pick([("22", 8), ("80", 8), ("11", 8), ("44", 8), ("484", 7), ("20", 8)])
        num = pick("2345") + dg(n - 1)
        return [("0%s %s %s" % (a, num[:4], num[4:])), ("+91 %s %s" % (a, num)), ("0%s-%s" % (a, num)),
                ("+91-%s-%s-%s" % (a, num[:4], num[4:]))][k]
    if locale == "nl_NL":
        if m:
            n = dg(8)
            return [("06-%s" % n), ("+31 6 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])), ("06 %s %s" % (n[:4], n[4:])),
                    ("+31 (0)6 %s" % n)][k]
        a = pick(["20", "10", "30", "70", "50", "40"])
        n = dg(7)
        return [("0%s-%s %s" % (a, n[:3], n[3:])), ("+31 %s %s %s" % (a, n[:3], n[3:])), ("0%s %s" % (a, n)),
                ("+31 (0)%s %s %s" % (a, n[:3], n[3:]))][k]
    if locale == "es_ES":
        n = (pick("67") if m else pick(["91", "93", "95", "96"])[0]) + dg(8)
        if not m:
            n = pick(["91", "93", "95", "96", "98"]) + dg(7)
        return [("+34 %s %s %s" % (n[:3], n[3:6], n[6:])), ("%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])),
                ("+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])), ("(+34) %s" % n)][k]
    if locale == "it_IT":
        if m:
            n = "3" + pick(["47", "33", "38", "40", "28", "92"]) + dg(7)
            return [("%s %s %s" % (n[:3], n[3:6], n[6:])), ("+39 %s %s" % (n[:3], n[3:])), ("+39 %s-%s" % (n[:3], n[3:])),
                    ("%s/%s" % (n[:3], n[3:]))][k]
        a = pick(["06", "02", "011", "055", "081", "041"])
        n = dg(10 - len(a))
        return [("%s %s %s" % (a, n[:4], n[4:])), ("+39 %s %s" % (a, n)), ("(+39) %s %s" % (a, n)),
                ("%s-%s" % (a, n))][k]
    if locale == "en_US":
        a = pick(["312", "415", "646", "206", "512", "617"])
        y = "01%02d" % R.randrange(100)
        p = [("(%s) 555-%s" % (a, y)), ("%s.555.%s" % (a, y)), ("+1-%s-555-%s" % (a, y)), ("%s 555 %s" % (a, y))][k]
        if chance(0.3):
            p += pick([" x%d" % R.randrange(10, 999), " ext %d" % R.randrange(10, 999), ", ext. %d" % R.randrange(1, 99)])
        return p
    if locale == "en_GB":
        if m:
            n = "7700 900%03d" % R.randrange(1000)
            return [("0" + n), ("+44 " + n), ("+44 (0)" + n), ("0" + n.replace(" ", ""))][k]
        return [("0161 496 0%03d" % R.randrange(1000)), ("+44 20 7946 0%03d" % R.randrange(1000)),
                ("0113 496 0%03d" % R.randrange(1000)), ("(0131) 496 0%03d" % R.randrange(1000))][k]
    # de_DE
    if m:
        n = pick(["151", "160", "170", "176"]) + dg(8)
        return [("0%s %s" % (n[:3], n[3:])), ("+49 %s %s" % (n[:3], n[3:])), ("0%s/%s" % (n[:3], n[3:])),
                ("+49 (0)%s %s" % (n[:3], n[3:]))][k]
    return [("+49 89 %s" % dg(7)), ("(030) %s %s" % (dg(3), dg(4))), ("040 %s-%s" % (dg(4), dg(2))), ("+49 221 %s" % dg(7))][k]


STREETS = {
    "en_CA": ["Bloor St W", "Rue Sainte-Catherine O", "Granville St", "Jasper Ave", "Portage Ave", "Spring Garden Rd",
              "Wellington Cres", "Boulevard René-Lévesque E", "Elgin St", "Water St E", "Dundas St W", "Rue Saint-Denis"],
    "en_AU": ["Wattle St", "Banksia Cres", "Brunswick St", "Hay St", "Sturt Rd", "Lygon St", "Coronation Dr",
              "Jacaranda Ave", "Boundary Rd", "Grevillea Pl", "Macquarie St"],
    "en_IE": ["Main Street", "Harbour Road", "Clontarf Road", "Bóthar na Trá", "Patrick Street", "Castle Avenue",
              "Church Lane", "Ardnacrusha Road", "Oliver Plunkett Street", "Sráid an Mhuilinn"],
    "nl_NL": ["Prinsengracht", "Kerkstraat", "Oudegracht", "Laan van Meerdervoort", "Vondelstraat", "Witte de Withstraat",
              "Bredeweg", "Molenstraat", "Stationsweg", "Zeestraat"],
    "es_ES": ["Calle Mayor", "C/ de Alcalá", "Avda. de la Constitución", "Carrer de Balmes", "Calle San Vicente Mártir",
              "Paseo de Gracia", "C/ Ronda de Segovia", "Calle del Pez", "Rúa do Franco"],
    "it_IT": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza", "Via Roma", "Via Po",
              "Piazza Bellini", "Via Toledo", "Borgo Pinti", "Calle dei Fabbri"],
    "en_US": ["N Clark St", "Mission St", "Pine Ridge Rd", "Larkspur Ln", "E 9th Ave", "Old Orchard Way"],
    "en_GB": ["Wick Lane", "Sandringham Road", "Mill Brow", "Gorsey Bank", "Tithe Barn Close", "Queen's Parade"],
    "de_DE": ["Lindenallee", "Sonnenstraße", "Am Kirchberg", "Bahnhofstr.", "Uhlandweg", "Hafenkante"],
}
TOWNS = {
    "en_CA": [("Toronto", "ON", "M5S"), ("Montréal", "QC", "H2X"), ("Vancouver", "BC", "V6B"), ("Edmonton", "AB", "T5J"),
              ("Winnipeg", "MB", "R3M"), ("Halifax", "NS", "B3H"), ("Ottawa", "ON", "K1P"), ("St. John's", "NL", "A1C")],
    "en_AU": [("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"), ("Newtown", "NSW", "2042"), ("Subiaco", "WA", "6008"),
              ("Unley", "SA", "5061"), ("Battery Point", "TAS", "7004"), ("Braddon", "ACT", "2612")],
    "en_IE": [("Dún Laoghaire", "Co. Dublin", "A96"), ("Dingle", "Co. Kerry", "V92"), ("Ennis", "Co. Clare", "V95"),
              ("Galway", "", "H91"), ("Dublin 7", "", "D07"), ("Cork", "", "T12"), ("Westport", "Co. Mayo", "F28")],
    "en_IN": [("Bengaluru", "Karnataka", "5600"), ("Mumbai", "Maharashtra", "4000"), ("Chennai", "Tamil Nadu", "6000"),
              ("Pune", "Maharashtra", "4110"), ("Kochi", "Kerala", "6820"), ("Noida", "Uttar Pradesh", "2013")],
    "nl_NL": [("Amsterdam", "", "1016"), ("Utrecht", "", "3511"), ("Rotterdam", "", "3012"), ("Den Haag", "", "2517"),
              ("Groningen", "", "9711"), ("Haarlem", "", "2011")],
    "es_ES": [("Madrid", "", "280"), ("Barcelona", "", "080"), ("Sevilla", "", "410"), ("Valencia", "", "460"),
              ("Bilbao", "", "480"), ("Santiago de Compostela", "A Coruña", "157")],
    "it_IT": [("Torino", "TO", "101"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Firenze", "FI", "501"),
              ("Venezia", "VE", "301"), ("Bologna", "BO", "401")],
    "en_US": [("Chicago", "IL", "606"), ("San Francisco", "CA", "941"), ("Austin", "TX", "787"), ("Seattle", "WA", "981")],
    "en_GB": [("Leeds", "", "LS6"), ("Bristol", "", "BS3"), ("Stockport", "", "SK4"), ("Norwich", "", "NR2")],
    "de_DE": [("München", "", "80"), ("Hamburg", "", "20"), ("Köln", "", "50"), ("Leipzig", "", "04")],
}
IN_AREAS = ["Malleshwaram", "Indiranagar", "Koramangala 5th Block", "Andheri West", "Adyar", "Kothrud", "Model Town",
            "Banjara Hills", "Salt Lake Sector V", "Panampilly Nagar"][:]
IN_BUILDINGS = ["Sai Krupa Apartments", "Prestige Lakeside", "Shanti Niketan CHS", "Green Meadows", "Lotus Residency",
                "Sri Venkateshwara Enclave"]
L = "ABCEGHJKLMNPRSTVWXY"


def address(locale, lines=1):
    """Return an address string; lines>1 asks for a block (joined with '\n')."""
    sep = "\n" if lines > 1 else ", "
    town = pick(TOWNS[locale]) if locale in TOWNS else None
    n = R.randrange(1, 240)
    if locale == "en_CA":
        t, prov, fsa = town
        pc = "%s %d%s%d" % (fsa, R.randrange(10), pick(L), R.randrange(10))
        st = "%d %s" % (n, pick(STREETS[locale]))
        if chance(0.4):
            st = pick(["Unit %d, " % R.randrange(100, 2400), "Apt %d, " % R.randrange(1, 30), "%d-" % R.randrange(100, 1900)]) + st
        return st + sep + "%s %s  %s" % (t, prov, pc) if lines > 1 else "%s, %s %s %s" % (st, t, prov, pc)
    if locale == "en_AU":
        t, st8, pc = town
        st = "%d %s" % (n, pick(STREETS[locale]))
        if chance(0.45):
            st = "%d/%s" % (R.randrange(1, 40), st) if chance(0.6) else "Unit %d, %s" % (R.randrange(1, 40), st)
        return st + sep + "%s %s %s" % (t.upper() if lines > 1 and chance(0.5) else t, st8, pc)
    if locale == "en_IE":
        t, co, rk = town
        ek = rk + " " + "".join(pick("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        if chance(0.4):
            first = pick(["Apt %d, %s Court" % (R.randrange(1, 60), pick(["Harbour", "Mill", "Abbey", "Cois Farraige"])),
                          "%s House, %d %s" % (pick(["Rose", "Ard na Gréine", "Larch"]), n, pick(STREETS[locale]))])
        else:
            first = "%d %s" % (n, pick(STREETS[locale]))
        parts = [first, t] + ([co] if co else []) + [ek]
        return sep.join(parts)
    if locale == "en_IN":
        t, stt, pre = town
        pin = pre + dg(6 - len(pre))
        first = pick(["Flat %d%02d, %s" % (R.randrange(1, 15), R.randrange(1, 12), pick(IN_BUILDINGS)),
                      "%s-%d, %s" % (pick("ABCDE"), R.randrange(1, 400), pick(["Sector 22", "Block C", "DLF Phase 2"])),
                      "No. %d, %s Cross, %s Main" % (n, ordinal(R.randrange(1, 20)), ordinal(R.randrange(1, 12))),
                      "H.No. %d-%d-%d/%d" % (R.randrange(1, 12), R.randrange(1, 9), R.randrange(100, 999), R.randrange(1, 9))])
        area = pick(IN_AREAS)
        return sep.join([first, area, "%s %s" % (t, pin) if chance(0.5) else "%s - %s, %s" % (t, pin, stt)])
    if locale == "nl_NL":
        t, _, pc4 = town
        st = "%s %d%s" % (pick(STREETS[locale]), n, pick(["", "", "-2", " A", "bis", "-III", " hs"]))
        return st + sep + "%s %s%s  %s" % (pc4, pick("ABCDEFGHJKLMNPRSTVWXZ"), pick("ABCDEFGHJKLMNPRSTVWXZ"), t.upper() if chance(0.3) else t)
    if locale == "es_ES":
        t, prov, pre = town
        cp = pre + dg(5 - len(pre))
        st = "%s, %d" % (pick(STREETS[locale]), n)
        if chance(0.6):
            st += pick([", %dº %s" % (R.randrange(1, 9), pick(["Izq.", "Dcha.", "A", "B", "C"])), ", 2.º 1.ª", ", bajo",
                        ", esc. B, %dº" % R.randrange(1, 7)])
        tail = "%s %s" % (cp, t) + (" (%s)" % prov if prov else "")
        return st + sep + tail
    if locale == "it_IT":
        t, prov, pre = town
        cap = pre + dg(5 - len(pre))
        st = "%s %d%s" % (pick(STREETS[locale]), n, pick(["", "", "/B", "A", ", int. %d" % R.randrange(1, 20), ", scala C"]))
        return st + sep + "%s %s (%s)" % (cap, t, prov) if chance(0.5) else st + sep + "%s %s %s" % (cap, t, prov)
    if locale == "en_US":
        t, stt, pre = town
        z = pre + dg(2)
        st = "%d %s" % (R.randrange(100, 9999), pick(STREETS[locale]))
        if chance(0.4):
            st += pick([" Apt %d" % R.randrange(1, 40), ", Unit %s" % pick(["2B", "14", "C"]), " #%d" % R.randrange(1, 900)])
        return st + sep + "%s, %s %s" % (t, stt, z)
    if locale == "en_GB":
        t, _, out = town
        pc = "%s %d%s%s" % (out, R.randrange(10), pick("ABDEFGHJLNPQRSTUWXYZ"), pick("ABDEFGHJLNPQRSTUWXYZ"))
        return sep.join(["%d %s" % (n, pick(STREETS[locale])), t, pc])
    t, _, pre = town
    return "%s %d%s" % (pick(STREETS[locale]), n, pick(["", "a", ""])) + sep + "%s%s %s" % (pre, dg(3), t)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
         "diciembre"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def dob(locale, style=None):
    y, mo, d = R.randrange(1941, 2006), R.randrange(1, 13), R.randrange(1, 29)
    st = R.randrange(8) if style is None else style
    if locale == "it_IT" and st < 3:
        return ["%d %s %d" % (d, MESI[mo - 1], y), "%02d/%02d/%d" % (d, mo, y), "%d.%d.%d" % (d, mo, y)][st]
    if locale == "es_ES" and st < 3:
        return ["%d de %s de %d" % (d, MESES[mo - 1], y), "%02d/%02d/%d" % (d, mo, y), "%d-%d-%d" % (d, mo, y)][st]
    if locale == "nl_NL" and st < 3:
        return ["%d %s %d" % (d, MAANDEN[mo - 1], y), "%02d-%02d-%d" % (d, mo, y), "%d-%d-%d" % (d, mo, y)][st]
    if locale == "de_DE" and st < 2:
        return ["%02d.%02d.%d" % (d, mo, y), "%d. %s %d" % (d, ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][mo - 1], y)][st]
    us = locale == "en_US" or (locale == "en_CA" and chance(0.5))
    return [("%s of %s %d" % (ordinal(d), MONTHS[mo - 1], y)), ("%d-%02d-%02d" % (y, mo, d)),
            ("%02d/%02d/%02d" % ((mo, d, y % 100) if us else (d, mo, y % 100))),
            ("%s %d, %d" % (MONTHS[mo - 1], d, y)), ("%d %s %d" % (d, MONTHS[mo - 1][:3], y)),
            ("%02d/%02d/%d" % ((mo, d, y) if us else (d, mo, y))), ("%d.%02d.%d" % (d, mo, y)),
            ("%s %s %d" % (ordinal(d), MONTHS[mo - 1][:3].lower(), y))][st]


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(valid=True):
    brand = R.randrange(3)
    if brand == 0:
        body = "4" + dg(14)
        groups = (4, 4, 4, 4)
    elif brand == 1:
        body = pick(["51", "53", "55", "2221"]) 
        body += dg(15 - len(body))
        groups = (4, 4, 4, 4)
    else:
        body = pick(["34", "37"]) + dg(12)
        groups = (4, 6, 5)
    for c in "0123456789":
        if luhn_ok(body + c) == valid:
            num = body + c
            break
    sep = pick([" ", "-", "", " "])
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def iban(cc, valid=True):
    spec = {"NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO"]) + dg(10),
            "ES": lambda: dg(20), "IT": lambda: pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + dg(10) + dg(12),
            "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8), "DE": lambda: dg(18),
            "GB": lambda: pick(["NWBK", "BARC", "HBUK"]) + dg(14), "BE": lambda: dg(12),
            "PT": lambda: dg(21), "FR": lambda: dg(10) + "".join(pick("ABCDEFGHIJ0123456789") for _ in range(11)) + dg(2)}
    bban = spec[cc]()
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    if not valid:
        chk = (chk + R.randrange(1, 90)) % 97 or 11
        if chk < 2:
            chk += 2
    s = "%s%02d%s" % (cc, chk, bban)
    if chance(0.6):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn():
    a = R.randrange(1, 899)
    while a == 666:
        a = R.randrange(1, 899)
    return pick(["%03d-%02d-%04d", "%03d %02d %04d", "%03d-%02d-%04d"]) % (a, R.randrange(1, 100), R.randrange(1, 10000))


def nhs():
    while True:
        d = [R.randrange(10) for _ in range(9)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


def pub_ip():
    while True:
        a = R.randrange(1, 224)
        if a not in (10, 127, 169, 172, 192, 100, 0):
            return "%d.%d.%d.%d" % (a, R.randrange(256), R.randrange(256), R.randrange(1, 255))


AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"


def rs(n, alpha=AL):
    return "".join(pick(alpha) for _ in range(n))


def b64url(n):
    return rs(n, AL + "-_")


def secret(typ):
    if typ == "AWS_ACCESS_KEY":
        return pick(["AKIA", "AKIA", "ASIA"]) + rs(16, UP)
    if typ == "AWS_SECRET_KEY":
        return rs(40, AL + "/+")
    if typ == "GITHUB_TOKEN":
        return pick(["ghp_" + rs(36), "gho_" + rs(36), "github_pat_11" + rs(20, UP + "0123456789") + "_" + rs(59)])
    if typ == "OPENAI_API_KEY":
        return pick(["sk-proj-" + b64url(74) + "T3BlbkFJ" + b64url(74), "sk-" + rs(20) + "T3BlbkFJ" + rs(20)])
    if typ == "ANTHROPIC_API_KEY":
        return "sk-ant-api03-" + b64url(93) + "AA"
    if typ == "SLACK_TOKEN":
        return pick(["xoxb-%s-%s-%s" % (dg(12), dg(13), rs(24)), "xoxp-%s-%s-%s-%s" % (dg(11), dg(11), dg(13), rs(32, HEX))])
    if typ == "STRIPE_KEY":
        return pick(["sk_live_", "rk_live_"]) + rs(pick([24, 99]))
    if typ == "JWT":
        import base64
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode()).rstrip(b"=").decode()
        pl = base64.urlsafe_b64encode(json.dumps({"sub": dg(8), "iat": 1760000000 + R.randrange(10 ** 7), "scope": pick(["read", "admin", "user"])}, separators=(",", ":")).encode()).rstrip(b"=").decode()
        return "%s.%s.%s" % (hdr, pl, b64url(43))
    if typ == "PASSWORD":
        return pick([rs(R.randrange(10, 20), AL + "!#%&*+-=?@^_"), "%s%s%d!" % (pick(["Winter", "Kangaroo", "Galway", "Tulip", "Biryani", "Ferragosto"]), pick(["Sun", "Rain", "Moon", "Tide"]), R.randrange(10, 99)), rs(4, AL) + "-" + rs(4, AL) + "-" + rs(4, AL)])
    if typ == "GENERIC_API_KEY":
        return pick([rs(32, HEX), rs(40), "key-" + rs(32, HEX), rs(24) + "." + rs(16)])
    if typ == "PRIVATE_KEY":
        kind = pick(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
        lines = [rs(64, AL + "+/") for _ in range(R.randrange(4, 9))] + [rs(R.randrange(8, 60), AL + "+/") + "=="]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)
    raise KeyError(typ)


# ---------------------------------------------------------------- look-alike pools

PUBLIC_FIGURES = ["Wangari Maathai", "Chinua Achebe", "Frida Kahlo", "Ada Lovelace", "Roald Amundsen",
                  "Gabriel García Márquez", "Marie Curie", "Rabindranath Tagore", "Hayao Miyazaki", "Seamus Heaney",
                  "Nelson Mandela", "Astrid Lindgren", "Vincent van Gogh", "Maria Montessori", "Miriam Makeba",
                  "Leonardo da Vinci", "Federico Fellini", "Pablo Neruda", "Cathy Freeman", "Terry Fox",
                  "Rosalind Franklin", "Srinivasa Ramanujan"]
PERSON_COMPANIES = ["Tim Hortons", "Marks & Spencer", "Ben & Jerry's", "Dolce & Gabbana", "Johnson & Johnson",
                    "Morgan Stanley", "Harvey Norman", "Ferrero", "Philips", "Dr. Oetker", "Ernst & Young",
                    "Wendy's", "Dick Smith", "Arnott's", "Ben Sherman", "Ted Baker", "Louis Vuitton", "Tata Sons",
                    "Bertolli", "Jack Daniel's", "Calvin Klein"]
PLACES = ["Lake Louise", "Alice Springs", "St. John's", "Victoria Station", "Mount Kenya", "Port Elizabeth",
          "San Sebastián", "Charlotte Street", "Prince Edward Island", "Salt Lake City", "Santa Cruz de Tenerife",
          "Marina Bay", "Lough Derg", "Den Helder", "Reggio Emilia", "Sydney Harbour", "Jasper National Park",
          "Chandni Chowk", "Victoria Falls", "Lake Como"]
PRODUCTS = ["Ford Focus", "Dell XPS 13", "Dyson V15", "Kindle Paperwhite", "Vespa Primavera", "Tesla Model Y",
            "ThinkPad X1 Carbon", "Nintendo Switch", "Instant Pot Duo", "Fiat Panda", "Alfa Romeo Giulia",
            "Samsung Galaxy S24", "Sonos Era 100", "Weber Spirit II", "Mini Cooper", "Ray-Ban Wayfarer"]
TEAMS = ["Legal", "Finance", "Platform", "Procurement", "Customer Care", "Payroll", "Facilities", "Growth",
         "Site Reliability", "Compliance", "Grants Office", "the Summer Intake panel"]


def version():
    return pick(["v%d.%d.%d" % (R.randrange(0, 12), R.randrange(0, 40), R.randrange(0, 30)),
                 "%d.%d.%d.%d" % (R.randrange(1, 20), R.randrange(0, 9), R.randrange(10000, 26000), R.randrange(1, 5000)),
                 "%d.%d.%d-rc.%d" % (R.randrange(1, 6), R.randrange(0, 20), R.randrange(0, 9), R.randrange(1, 5)),
                 "build %d" % R.randrange(1000, 99999)])


def order_id():
    return pick(["ORD-%s-%s" % (dg(4), rs(5, "ABCDEFGHJKLMNPQRSTUVWXYZ")), "#%s" % dg(9), "A%s" % dg(10),
                 "PO %s/%s" % (dg(4), dg(3)), "%s-%s-%s" % (dg(3), dg(7), dg(7))])


def tracking():
    return pick(["1Z%s%s" % (rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), dg(10)), "LX%sNL" % dg(9), "CP%sIN" % dg(9),
                 "00%s" % dg(18), "JD%s" % dg(18), "RR%sIE" % dg(9)])


def timestamp():
    return pick(["2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000)),
                 "%02d/%02d/2026 %02d:%02d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(24), R.randrange(60)),
                 "2026-%02d-%02d %02d:%02d:%02d+05:30" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60)),
                 "%d" % (1760000000 + R.randrange(10 ** 7))])


def price():
    return pick(["€%d,%02d" % (R.randrange(1, 900), R.randrange(100)), "$%d.%02d" % (R.randrange(1, 3000), R.randrange(100)),
                 "A$%d.%02d" % (R.randrange(1, 900), R.randrange(100)), "₹%d,%03d" % (R.randrange(1, 99), R.randrange(1000)),
                 "£%d.%02d" % (R.randrange(1, 500), R.randrange(100)), "CA$%d.%02d" % (R.randrange(1, 900), R.randrange(100))])


def placeholder_key():
    return pick(["AKIAIOSFODNN7EXAMPLE", "<YOUR_API_KEY>", "sk-...REPLACE_ME", "xoxb-your-bot-token", "changeme",
                 "${DB_PASSWORD}", "{{ vault_api_token }}", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "********",
                 "REDACTED", "sk_test_placeholder", "your-secret-here", "%(password)s", "$SLACK_WEBHOOK"])


# ---------------------------------------------------------------- shapes: personal

def when_phrase():
    return pick(["Tuesday", "tomorrow", "Thu 14 May", "next week", "Friday morning", "the 3rd", "after Easter"])


def g_email_thread():
    loc = pick_locale()
    a, b = Person(loc), Person(loc)
    c = Person(loc) if chance(0.5) else None
    doc = Doc("email_thread", loc)
    dom = pick(COMPANY_DOMAINS)
    ea, eb = a.email(dom), b.email()
    subj = pick(["Re: viewing on Saturday", "RE: RE: Q3 invoice query", "Fwd: your booking", "Re: lease renewal",
                 "Re: quick question re: payroll", "Fw: Updated contact details", "Re: school pickup rota",
                 "FW: change of bank details", "Re: Antwort: Termin", "R: preventivo cucina", "RE: allotment waiting list"])
    fwd = "Fw" in subj or "Fwd" in subj
    doc.f("Subject: {s}\n", s=subj)
    if fwd:
        doc.f("\n{g},\n\n", g=pick(["FYI", "See below", "Forwarding as discussed", "Passing this along"]))
        if c:
            doc.f("{w} {n} as she asked - can you pick it up?\n\n", w=pick(["Looping in", "Adding", "cc'ing"]), n=S(c.full, "PERSON"))
        doc.t("---------- Forwarded message ---------\n")
        doc.f("From: {n} <{e}>\nDate: {d}\nSubject: {s}\nTo: {m} <{e2}>\n\n",
              n=S(b.full, "PERSON"), e=S(eb, "EMAIL_ADDRESS"),
              d=D(pick(["Mon, 9 Mar 2026 at 10:41", "Wed, 21 Jan 2026, 16:02", "Fri 3 Apr 2026 08:15"]), "timestamp"),
              s=subj.split(": ", 1)[-1], m=S(a.full, "PERSON"), e2=S(ea, "EMAIL_ADDRESS"))
        doc.f("Hi {f},\n\n", f=S(a.given, "PERSON"))
        doc.f(pick(["My new number is {p} and the postal address is now {ad}. Please update your records.\n",
                    "Could you send the paperwork to {ad}? Best to ring me on {p} before 5.\n",
                    "We've moved! New address: {ad}. Landline {p}.\n",
                    "The courier needs a phone number ({p}) and the drop-off address, which is\n{ad}\n",
                    "Attached is the signed form. For the record my address hasn't changed: {ad}. Mobile is still {p}.\n"]),
              p=S(phone(loc), "PHONE_NUMBER"), ad=S(address(loc), "STREET_ADDRESS"))
        doc.f("\n{sig}\n{n}\n", sig=pick(["Thanks,", "Cheers", "Kind regards,", "Go raibh maith agat,", "Saluti,"]),
              n=S(b.given if chance(0.5) else b.full, "PERSON"))
        return doc
    doc.f("From: {n} <{e}>\nTo: {e2}\n", n=S(a.full, "PERSON"), e=S(ea, "EMAIL_ADDRESS"), e2=S(eb, "EMAIL_ADDRESS"))
    if c:
        doc.f("Cc: {e}\n", e=S(c.email(dom), "EMAIL_ADDRESS"))
    doc.t("\n")
    doc.f(pick(["Thanks {f}, that works. I'll bring the signed copy {w}.\n",
                "{f} - perfect, see you {w}. If anything changes text me on {p}.\n",
                "Sorry for the slow reply {f}! Yes, {w} is fine.\n",
                "Great, thanks. {f}, one more thing: can you confirm the card ending you used?\n",
                "Grand so. {f} I'll drop the keys in {w} - if I'm late it's the traffic.\n",
                "Noted, and apologies for the mix-up {f}. Accounts have the corrected figure now.\n",
                "Perfect {f}. Ring me on {p} if the plumber can't make {w}.\n"]),
          f=S(b.given, "PERSON"), w=when_phrase(), p=S(phone(loc, True), "PHONE_NUMBER"))
    if c and chance(0.7):
        doc.f(pick(["\n{n} will join us too.\n", "\nPer {n}, the deposit is due on the 1st.\n",
                    "\ncc {n} for visibility\n", "\nI've asked {n} to send the keys over.\n"]), n=S(c.full, "PERSON"))
    doc.f("\n{a}\n\nOn {d}, {n} <{e}> wrote:\n", a=S(a.given, "PERSON"),
          d=D(pick(["Tue, 10 Mar 2026 at 09:12", "12/02/2026 17:40", "Thu, Jan 8, 2026 at 2:31 PM"]), "timestamp"),
          n=S(b.full, "PERSON"), e=S(eb, "EMAIL_ADDRESS"))
    doc.f("> Hi {f},\n>\n", f=S(a.given, "PERSON"))
    doc.f(pick(["> Would {w} suit for the viewing? The flat is at\n> {ad}\n> Buzz 4B when you arrive.\n",
                "> My details for the form: born {dob}, mobile {p}.\n> Let me know if you need anything else.\n",
                "> Quick one - my bank changed, the new IBAN is {ib}.\n> Can you update before the next run?\n",
                "> I called {p} twice but no answer. Ring me back?\n",
                "> Also, for the insurance form they want your d.o.b. - I have {dob}, right?\n",
                "> The new tenants are moving into {ad}\n> on the 1st, so the meter reading is due.\n",
                "> Please use the account below from now on:\n> {ib}\n> (the old one at the other bank is closed)\n"]),
          w=when_phrase(), ad=S(address(loc), "STREET_ADDRESS"), dob=S(dob(loc), "DATE_OF_BIRTH"),
          p=S(phone(loc), "PHONE_NUMBER"), ib=S(iban(pick(["NL", "IE", "ES", "IT", "DE"])), "IBAN_CODE"))
    doc.f(">\n> {sg}\n> {n}\n", sg=pick(["Best,", "Thanks!", "Regards", "Ciao,"]), n=S(b.full, "PERSON"))
    if chance(0.5):
        doc.f(">\n> On {d}, {n} wrote:\n> > Hi {g}, are you still interested in the room?\n",
              d=D(pick(["Mon, 9 Mar 2026", "11 Feb 2026, 11:03"]), "timestamp"), n=S(a.full, "PERSON"), g=S(b.given, "PERSON"))
    return doc


def g_slack_json():
    loc = pick_locale()
    ppl = [Person(loc) for _ in range(R.randrange(2, 4))]
    doc = Doc(pick(["slack_export", "teams_export"]), loc)
    teams = doc.kind == "teams_export"
    doc.t("[\n")
    msgs = [
        "can someone cover {x}'s shift? {xf} is out sick",
        "ran into {x} at the depot, says the van is fixed",
        "{xf}'s out today, ping me instead",
        "new hire starts monday: {x}, {xe}",
        "w/ {x} on the call now",
        "the customer gave {xp} as a callback number",
        "her address for the courier: {xa}",
        "per {x}, the refund went out yesterday",
        "thanks {xf}!",
        "{x} and {y} are presenting at 3",
        "has anyone got {xf}'s mobile? it's not in the directory",
        "DOB on the form is {xd} but the passport says otherwise",
    ]
    R.shuffle(msgs)
    for i in range(R.randrange(2, 5)):
        who = ppl[i % len(ppl)]
        x = ppl[(i + 1) % len(ppl)]
        y = ppl[(i + 2) % len(ppl)]
        m = msgs[i]
        if teams:
            doc.f('  {{"from": {{"user": {{"displayName": "{n}", "id": "{u}"}}}}, "createdDateTime": "{ts}", "body": {{"contentType": "text", "content": "',
                  n=S(who.full, "PERSON"), u=D("8f2%s-%s-4c1e-9a3b-%s" % (rs(5, HEX), rs(4, HEX), rs(12, HEX)), "uuid"),
                  ts=D(timestamp(), "timestamp"))
        else:
            doc.f('  {{"type": "message", "user": "U0{u}", "user_profile": {{"real_name": "{n}", "display_name": "{dn}"}}, "ts": "{ts}", "text": "',
                  u=rs(8, UP), n=S(who.full, "PERSON"), dn=re.sub(r"[^a-z.]", "", fold(who.given).lower() + "." + fold(who.surname).lower()[:1]),
                  ts=D("%d.%06d" % (1760000000 + R.randrange(10 ** 7), R.randrange(10 ** 6)), "timestamp"))
        doc.f(m, x=S(x.full, "PERSON"), xf=S(x.given, "PERSON"), y=S(y.full, "PERSON"),
              xe=S(x.email(), "EMAIL_ADDRESS"), xp=S(phone(loc), "PHONE_NUMBER"), xa=S(address(loc), "STREET_ADDRESS"),
              xd=S(dob(loc), "DATE_OF_BIRTH"))
        doc.t('"}}' if teams else '"}')
        doc.t(",\n" if i < 10 else "\n")
    doc.buf[-1] = doc.buf[-1].rstrip(",\n") + "\n"  # last comma off (same length change handled below)
    # recompute lengths after the edit
    doc.blen = len("".join(doc.buf).encode("utf-8"))
    doc.clen = len("".join(doc.buf))
    doc.t("]\n")
    return doc


def g_app_log():
    loc = pick_locale()
    doc = Doc("app_log", loc)
    svc = pick(["checkout-api", "auth-svc", "notify-worker", "booking-web", "kyc-pipeline"])
    for _ in range(R.randrange(4, 8)):
        ts = D(timestamp(), "timestamp")
        lvl = pick(["INFO", "WARN", "DEBUG", "ERROR", "INFO"])
        form = R.randrange(7)
        p = Person(loc)
        if form == 0:
            doc.f("{ts} {l} [{s}] login ok user_email={e} ip={ip}\n", ts=ts, l=lvl, s=svc, e=S(p.email(), "EMAIL_ADDRESS"), ip=S(pub_ip(), "IP_ADDRESS"))
        elif form == 1:
            doc.f("{ts} {l} {s} request_id={r} latency_ms={m} status=200\n", ts=ts, l=lvl, s=svc, r=D(rs(16, HEX), "request_id"), m=str(R.randrange(3, 900)))
        elif form == 2:
            doc.f('{ts} {l} sms.send to="{p}" template=otp_v2 attempt={a}\n', ts=ts, l=lvl, p=S(phone(loc, True), "PHONE_NUMBER"), a=str(R.randrange(1, 4)))
        elif form == 3:
            doc.f("[{ts}] {l}: profile updated for {n} (uid {u}), new shipping address \"{ad}\"\n", ts=ts, l=lvl.lower(), n=S(p.full, "PERSON"), u=str(R.randrange(10 ** 5, 10 ** 7)), ad=S(address(loc), "STREET_ADDRESS"))
        elif form == 4:
            doc.f("{ts} {l} payment declined card={c} name=\"{n}\"\n", ts=ts, l=lvl, c=S(card(), "CREDIT_CARD"), n=S(p.full.upper(), "PERSON"))
        elif form == 5:
            doc.f("{ts} {l} [{s}] GET /api/v2/orders/{o} from {ip} in {m}ms\n", ts=ts, l=lvl, s=svc, o=D(dg(8), "order_id"), ip=S(pub_ip(), "IP_ADDRESS"), m=str(R.randrange(3, 900)))
        else:
            doc.f("{ts} {l} kyc.match subject={n} dob={d} score=0.{sc}\n", ts=ts, l=lvl, n=S(p.full, "PERSON"), d=S(dob(loc, 1), "DATE_OF_BIRTH"), sc=dg(2))
    return doc


def g_json_payload():
    loc = pick_locale()
    p = Person(loc)
    doc = Doc("api_payload", loc)
    doc.f("{m} /v1/{r} HTTP/1.1\nContent-Type: application/json\n\n", m=pick(["POST", "PUT", "PATCH"]), r=pick(["customers", "patients", "applicants", "members/%s" % dg(6)]))
    doc.t("{\n")
    fields = []
    nm = R.randrange(3)
    if nm == 0:
        fields.append(('"firstName": "{v}"', S(p.given, "PERSON")))
        fields.append(('"lastName": "{v}"', S(p.surname, "PERSON")))
    elif nm == 1:
        fields.append(('"full_name": "{v}"', S(p.full, "PERSON")))
    else:
        fields.append(('"name": {{"given": "{v}"', S(p.given, "PERSON")))
        fields.append(('"family": "{v}"}}', S(p.surname, "PERSON")))
    fields.append(('"%s": "{v}"' % pick(["email", "contact_email", "emailAddress"]), S(p.email(), "EMAIL_ADDRESS")))
    if chance(0.7):
        fields.append(('"%s": "{v}"' % pick(["phone", "mobile", "msisdn", "tel"]), S(phone(loc), "PHONE_NUMBER")))
    if chance(0.6):
        fields.append(('"%s": "{v}"' % pick(["birthDate", "dob", "date_of_birth"]), S(dob(loc, 1), "DATE_OF_BIRTH")))
    if chance(0.5):
        fields.append(('"address": {{"line1": "{v}"', S(address(loc), "STREET_ADDRESS")))
        fields.append(('"country": "{v}"}}', loc[-2:]))
    if chance(0.3):
        fields.append(('"iban": "{v}"', S(iban(pick(["NL", "ES", "IT", "IE", "DE", "BE", "PT"])), "IBAN_CODE")))
    fields.append(('"created_at": "{v}"', D(timestamp(), "timestamp")))
    fields.append(('"client_ip": "{v}"', S(pub_ip(), "IP_ADDRESS")) if chance(0.4) else ('"plan": "{v}"', pick(["basic", "plus", "family"])))
    fields.append(('"order_ref": "{v}"', D(order_id(), "order_id")))
    for i, (tpl, v) in enumerate(fields):
        doc.t("  ")
        doc.f(tpl, v=v)
        doc.t(",\n" if i < len(fields) - 1 else "\n")
    doc.t("}\n")
    return doc


def g_git_log():
    loc = pick_locale()
    doc = Doc("git_log", loc)
    for _ in range(R.randrange(2, 4)):
        a, b = Person(loc), Person(loc)
        doc.f("commit {h}\nAuthor: {n} <{e}>\nDate:   {d}\n\n", h=D(rs(40, HEX), "git_sha"), n=S(a.full, "PERSON"),
              e=S(a.email(pick(COMPANY_DOMAINS)), "EMAIL_ADDRESS"), d=D(pick(["Tue Mar 10 14:22:05 2026 +0530", "Fri Jan 23 09:01:44 2026 -0500", "Mon Feb 2 18:40:12 2026 +0100"]), "timestamp"))
        doc.f("    {m}\n\n", m=pick(["Fix off-by-one in pagination", "Bump parser to %s" % version(), "Handle empty postcode in checkout", "Retry S3 upload on 503", "Add Dutch translations"]))
        tr = R.randrange(4)
        if tr == 0:
            doc.f("    Signed-off-by: {n} <{e}>\n", n=S(a.full, "PERSON"), e=S(a.email(pick(COMPANY_DOMAINS)), "EMAIL_ADDRESS"))
        elif tr == 1:
            doc.f("    Co-authored-by: {n} <{e}>\n    Signed-off-by: {m} <{e2}>\n", n=S(b.full, "PERSON"), e=S(b.email(), "EMAIL_ADDRESS"), m=S(a.full, "PERSON"), e2=S(a.email(), "EMAIL_ADDRESS"))
        elif tr == 2:
            doc.f("    Reviewed-by: {n} <{e}>\n    Reported-by: {m}\n", n=S(b.full, "PERSON"), e=S(b.email(), "EMAIL_ADDRESS"), m=S(Person(loc).full, "PERSON"))
        else:
            doc.f("    Thanks to {n} for the bisect.\n    Fixes #{i}\n", n=S(b.full, "PERSON"), i=D(dg(4), "issue_number"))
        doc.t("\n")
    return doc


def g_vcard():
    loc = pick_locale()
    p = Person(loc)
    doc = Doc("vcard", loc)
    ad = address(loc)
    doc.f("BEGIN:VCARD\nVERSION:{v}\nN:{s};{g};;;\nFN:{n}\n", v=pick(["3.0", "4.0"]), s=S(p.surname, "PERSON"), g=S(p.given, "PERSON"), n=S(p.full, "PERSON"))
    if chance(0.5):
        doc.f("ORG:{o}\n", o=D(pick(["Kestrel Works", "Tidewater Logistics", "Ondamar SL", "Officine Aurora"]), "company_name"))
    doc.f("TEL;TYPE={t}:{p}\n", t=pick(["CELL", "cell,voice", "WORK", "HOME"]), p=S(phone(loc), "PHONE_NUMBER"))
    if chance(0.5):
        doc.f("TEL;TYPE=WORK:{p}\n", p=S(phone(loc, False), "PHONE_NUMBER"))
    doc.f("EMAIL;TYPE=INTERNET:{e}\n", e=S(p.email(), "EMAIL_ADDRESS"))
    parts = ad.split(", ")
    doc.f("ADR;TYPE=HOME:;;{a}\n", a=S(";".join(parts), "STREET_ADDRESS"))
    if chance(0.7):
        doc.f("BDAY:{d}\n", d=S(dob(loc, 1).replace("-", "") if chance(0.4) else dob(loc, 1), "DATE_OF_BIRTH"))
    doc.f("REV:{r}\nEND:VCARD\n", r=D("2026%02d%02dT%02d%02d%02dZ" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60)), "timestamp"))
    return doc


def g_ics():
    loc = pick_locale()
    org = Person(loc)
    att = [Person(loc) for _ in range(R.randrange(1, 4))]
    doc = Doc("calendar_invite", loc)
    doc.f("BEGIN:VCALENDAR\nPRODID:-//Kestrel//Calendar 2.1//EN\nBEGIN:VEVENT\nUID:{u}\nDTSTART:{d}\nSUMMARY:{s}\n",
          u=D("%s@%s" % (rs(20, HEX), pick(["cal.kestrelworks.ca", "events.northpeak.dev"])), "uid"),
          d=D("2026%02d%02dT%02d3000Z" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(8, 18)), "timestamp"),
          s=pick(["Catch-up", "Physio follow-up", "Tenancy inspection", "1:1", "Interview - backend role", "Parent-teacher meeting"]))
    doc.f("ORGANIZER;CN={n}:mailto:{e}\n", n=S(org.full, "PERSON"), e=S(org.email(pick(COMPANY_DOMAINS)), "EMAIL_ADDRESS"))
    for a in att:
        doc.f("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};CN={cn}:mailto:{e}\n", ps=pick(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE"]),
              cn=S(a.full, "PERSON"), e=S(a.email(), "EMAIL_ADDRESS"))
    if chance(0.5):
        doc.f("LOCATION:{a}\n", a=S(address(loc), "STREET_ADDRESS"))
    else:
        doc.f("LOCATION:{p}\n", p=D(pick(["Room 4B", "Teams", "Zoom", "Boardroom, Level 3"]), "room"))
    if chance(0.5):
        doc.f("DESCRIPTION:Dial-in if late: {p}\\nAsk for {f} at reception.\n", p=S(phone(loc), "PHONE_NUMBER"), f=S(org.given, "PERSON"))
    doc.t("END:VEVENT\nEND:VCALENDAR\n")
    return doc


def g_md_table():
    loc = pick_locale()
    doc = Doc("markdown_table", loc)
    kind = R.randrange(3)
    if kind == 0:
        doc.t("## On-call rota, week %d\n\n| Day | Engineer | Mobile | Backup |\n|---|---|---|---|\n" % R.randrange(1, 52))
        for day in ["Mon", "Tue", "Wed", "Thu", "Fri"][:R.randrange(3, 6)]:
            a, b = Person(loc), Person(loc)
            doc.f("| {d} | {a} | {p} | {b} |\n", d=day, a=S(a.full, "PERSON"), p=S(phone(loc, True), "PHONE_NUMBER"), b=S(b.given, "PERSON"))
    elif kind == 1:
        doc.t("| Tenant | Unit address | Move-in | Contact |\n|:--|:--|:--|:--|\n")
        for _ in range(R.randrange(2, 5)):
            a = Person(loc)
            doc.f("| {n} | {ad} | {m} | {e} |\n", n=S("%s, %s" % (a.surname, a.given) if chance(0.3) else a.full, "PERSON"),
                  ad=S(address(loc), "STREET_ADDRESS"), m=D("2026-%02d-01" % R.randrange(1, 13), "date"), e=S(a.email(), "EMAIL_ADDRESS"))
    else:
        doc.t("Participants (consented)\n\n| ID | Name | DOB | Phone |\n| --- | --- | --- | --- |\n")
        for _ in range(R.randrange(2, 5)):
            a = Person(loc)
            doc.f("| {i} | {n} | {d} | {p} |\n", i=D("P-%03d" % R.randrange(1000), "participant_id"), n=S(a.full, "PERSON"),
                  d=S(dob(loc, pick([1, 2, 5])), "DATE_OF_BIRTH"), p=S(phone(loc), "PHONE_NUMBER"))
    return doc


SMS_SCENES = [
    [("them", "hey its {f} from the climbing gym, got ur number off {o}"), ("me", "oh hi! yes {o} said u might text"),
     ("them", "r u still selling the bike"), ("me", "yep, come by {ad} after 6"),
     ("them", "k. my other num is {p2} if this one dies"), ("me", "no worries. ask for {mf} at the door lol")],
    [("me", "Mum's bday thing is at {ad}, 7pm sat"), ("them", "is {o} coming?? 👀"), ("me", "dunno ask her yourself {p2}"),
     ("them", "omg ok"), ("me", "bring a card, she was born {dob} so it's the big one")],
    [("them", "Hi, this is {f} Physio reminder: appt Tue 9:40 with {o}. Reply Y to confirm"), ("me", "Y"),
     ("them", "Thanks! If you need to change call {p2}")],
    [("them", "lost my phone, new number, {f} here"), ("me", "who?"), ("them", "{f}!! from {o}'s wedding"),
     ("me", "haha hi. saving it now"), ("them", "also my new place: {ad}")],
    [("me", "can u grab the parcel for me, it's under {mfull}"), ("them", "which depot"), ("me", "the one on {ad}"),
     ("them", "got it. {o} says hi")],
]


def g_sms():
    loc = pick_locale()
    me, them = Person(loc), Person(loc)
    doc = Doc("sms_thread", loc)
    named = chance(0.4)
    doc.f("{n} ({p})\n", n=S(them.full, "PERSON") if chance(0.6) else S(them.given, "PERSON"), p=S(phone(loc, True), "PHONE_NUMBER"))
    o = Person(loc)
    for who, line in pick(SMS_SCENES):
        doc.f("[{t}] {w}: ", t=D("%02d:%02d" % (R.randrange(7, 23), R.randrange(60)), "time"),
              w="Me" if who == "me" else (S(them.given, "PERSON") if named else pick(["Them", ">"])))
        doc.f(line + "\n", f=S(them.given.lower() if chance(0.3) else them.given, "PERSON"), o=S(o.given, "PERSON"),
              ad=S(address(loc), "STREET_ADDRESS"), p2=S(phone(loc, True), "PHONE_NUMBER"), mf=S(me.given, "PERSON"),
              mfull=S(me.full, "PERSON"), dob=S(dob(loc, pick([0, 3, 4])), "DATE_OF_BIRTH"))
    return doc


NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(s):
    return " ".join("oh" if c == "0" and chance(0.5) else NUMW[int(c)] for c in s if c.isdigit())


def g_transcript():
    loc = pick_locale()
    p = Person(loc)
    doc = Doc(pick(["voice_transcript", "call_transcript"]), loc)
    ph = phone(loc, True)
    lw = lambda x: x.lower()
    d = dob(loc, pick([0, 3, 7, 4]))
    openers = [("hi this is {n} calling about my appointment ", {}), ("hey its {n} again ", {}),
               ("hello yes my names {n} i was told to ring this number ", {}), ("good morning {g} here from flat nine ", {}),
               ("uh hi um this message is for {o} its {n} ", {})]
    middles = [("um yeah so my date of birth is {d} ", "d"), ("d o b {d} ", "d"), ("i was born {d} ", "d"),
               ("you can reach me on {ph} ", "ph"), ("thats {sp} ", "sp"), ("my number is {phx} ", "phx"),
               ("im at {ad} ", "ad"), ("the address is {ad} ", "ad"), ("i spoke to {o} last week and she said to call back ", "o"),
               ("can you tell {o} the boiler is making that noise again ", "o"), ("its about the parcel for {o2} ", "o2"),
               ("my surname is spelled {sp2} ", "sp2")]
    closers = ["ok thanks bye ", "sorry its really windy here ", "cheers ", "talk soon bye bye ", "right ok thank you "]
    o, o2 = Person(loc), Person(loc)
    vals = dict(n=S(lw(p.full), "PERSON"), g=S(lw(p.given), "PERSON"), o=S(lw(o.given), "PERSON"), o2=S(lw(o2.full), "PERSON"),
                d=S(lw(d).replace(",", ""), "DATE_OF_BIRTH"), ph=S(ph, "PHONE_NUMBER"), sp=S(spoken_digits(ph), "PHONE_NUMBER"),
                ad=S(lw(address(loc)).replace(",", ""), "STREET_ADDRESS"), x=str(R.randrange(10, 400)),
                sp2=S(" ".join(c for c in lw(fold(p.surname)) if c.isalpha()), "PERSON"))
    doc.f("[{k} {t} confidence 0.{c}]\n", k=pick(["voicemail", "call recording", "dictation"]), t=D(timestamp(), "timestamp"), c=dg(2))
    op = pick(openers)
    doc.f(op[0], n=vals["n"], g=vals["g"], o=vals["o"])
    used = set()
    for m in R.sample(middles, R.randrange(3, 6)):
        if m[1] in used or (m[1] in ("sp", "phx") and "ph" in used) or (m[1] == "ph" and used & {"sp", "phx"}) \
                or (m[1] == "o" and "{o}" in op[0]):
            continue
        used.add(m[1])
        if m[1] == "phx":
            doc.f(m[0], phx=S("%s extension %d" % (ph, R.randrange(10, 400)), "PHONE_NUMBER"))
        else:
            doc.f(m[0], **{k: vals[k] for k in re.findall(r"\{(\w+)\}", m[0])})
    doc.t(pick(closers) + "\n")
    return doc


def g_legal():
    loc = pick(["en_IE", "en_CA", "en_AU", "en_GB", "en_IN"])
    cl, op = Person(loc), Person(loc)
    sol = Person(loc)
    doc = Doc("legal_letter", loc)
    doc.f("{firm}\nSolicitors & Notaries\n\nOur ref: {r}\nYour ref: {r2}\n\n", firm=pick(["Cullinane Breathnach LLP", "Pinecrest Legal", "Harbourline Law Chambers", "Wattle & Grey Lawyers"]),
          r=D("%s/%s/%d" % (rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), dg(4), 2026), "case_ref"), r2=D(dg(6), "case_ref"))
    doc.f("PRIVATE AND CONFIDENTIAL\n{n}\n{ad}\n\n", n=S(op.full.upper() if chance(0.4) else op.full, "PERSON"), ad=S(address(loc, 2), "STREET_ADDRESS"))
    doc.f("Dear {h} {s},\n\nRe: {c} v {o} - {mat}\n\n", h=pick(["Mr", "Ms", "Mrs", "Dr"]), s=S(op.surname, "PERSON"),
          c=S(cl.full, "PERSON"), o=S(op.full, "PERSON"), mat=pick(["Record No. 2026/%dP" % R.randrange(100, 9999), "unpaid rent", "boundary dispute"]))
    doc.f(pick(["We act for {c} in relation to the above. Our client informs us that since {dt} you have failed to remit payment. ",
                "We are instructed by {c}, born {dob}, of {ad2}. ",
                "Further to our letter of {dt}, we note that no response has been received on behalf of your client. "]),
          c=S(cl.full, "PERSON"), dt=D(pick(["1 February 2026", "12 January 2026", "the 3rd inst."]), "date"),
          dob=S(dob(loc, 0), "DATE_OF_BIRTH"), ad2=S(address(loc), "STREET_ADDRESS"))
    doc.f(pick(["Unless the sum of {pr} is paid within 14 days, proceedings will issue without further notice.\n",
                "The affidavit of {w} sworn on {dt} is enclosed.\n",
                "Please direct all correspondence to the writer, {sol}, at {e}.\n"]),
          pr=D(price(), "price"), w=S(Person(loc).full, "PERSON"), dt=D("5 March 2026", "date"), sol=S(sol.full, "PERSON"), e=S(sol.email(pick(COMPANY_DOMAINS)), "EMAIL_ADDRESS"))
    doc.f("\nYours faithfully,\n\n{s}\nPartner\nDirect line: {p}\n", s=S(sol.full, "PERSON"), p=S(phone(loc, False), "PHONE_NUMBER"))
    return doc


def g_medical():
    loc = pick(["en_GB", "en_IE", "en_AU", "en_CA", "en_IN", "it_IT", "nl_NL"])
    pt, gp, dr = Person(loc), Person(loc), Person(loc)
    doc = Doc("medical_letter", loc)
    clinics = {"en_GB": "Marrowbone Health - Outpatients", "en_IE": "St Brigid's University Hospital", "en_AU": "Westmead Clinic",
               "en_CA": "Lakeshore Community Health", "en_IN": "Sri Narayana Multispeciality Hospital",
               "it_IT": "Ospedale San Raffaele, Reparto di Cardiologia", "nl_NL": "Ziekenhuis Amstelland, polikliniek"}
    doc.f("{cl}\n{dep}\n\n", cl=clinics[loc],
          dep=pick(["Department of Rheumatology", "Fracture Clinic", "Memory Assessment Service", "Paediatric Diabetes"]))
    doc.f("Dr {g}\n{ad}\n\n", g=S(gp.full, "PERSON"), ad=S(address(loc, 2), "STREET_ADDRESS"))
    idl = R.randrange(3)
    if loc == "en_GB":
        doc.f("Re: {n}, d.o.b. {d}, NHS No. {nh}\n", n=S(pt.full, "PERSON"), d=S(dob(loc, 2), "DATE_OF_BIRTH"), nh=S(nhs(), "UK_NHS"))
    elif idl == 0:
        doc.f("Re: {n}, d.o.b. {d}, Hospital No. {m}\n", n=S(pt.full, "PERSON"), d=S(dob(loc, 2), "DATE_OF_BIRTH"), m=D(dg(7), "mrn"))
    elif idl == 1:
        doc.f("Patient: {n} (DOB {d})\nMRN: {m}\n", n=S(pt.full.upper(), "PERSON"), d=S(dob(loc, 5), "DATE_OF_BIRTH"), m=D(dg(8), "mrn"))
    else:
        doc.f("RE: {s}, {g} - born {d}\n", s=S(pt.surname.upper(), "PERSON"), g=S(pt.given, "PERSON"), d=S(dob(loc, 0), "DATE_OF_BIRTH"))
    doc.f("Address: {ad}. Tel {p}.\n\n", ad=S(address(loc), "STREET_ADDRESS"), p=S(phone(loc), "PHONE_NUMBER"))
    doc.f("Dear Dr {s},\n\n", s=S(gp.surname, "PERSON"))
    doc.f(pick(["Thank you for referring this {a}-year-old {w}, whom I saw today with her daughter {r}. ",
                "I reviewed {f} in clinic on {dt}. ",
                "{f} attended with his partner, {r}, who gave a collateral history. "]),
          a=str(R.randrange(19, 90)), w=pick(["retired teacher", "bus driver", "software developer"]), r=S(Person(loc).full, "PERSON"),
          f=S(pt.given if chance(0.5) else pt.full, "PERSON"), dt=D("12/03/2026", "date"))
    doc.t(pick(["Her HbA1c is 58 mmol/mol, improved from 71. We will continue metformin 1 g BD. ",
                "X-ray shows a healed distal radius fracture. Physiotherapy to continue for 6 weeks. ",
                "MoCA 24/30. I have requested an MRI brain and will see him again in 3 months. "]))
    doc.f("\n\nYours sincerely,\n\n{h} {d}\nConsultant\n", h=pick(["Dr", "Prof.", "Dr."]), d=S(dr.full, "PERSON"))
    if chance(0.5):
        doc.f("cc: {n}, {ad2}\n", n=S(pt.full, "PERSON"), ad2=S(address(loc), "STREET_ADDRESS"))
    return doc


def g_invoice():
    loc = pick_locale()
    cu = Person(loc)
    doc = Doc(pick(["invoice", "receipt"]), loc)
    if doc.kind == "invoice":
        doc.f("INVOICE {n}\nDate: {d}\n\nBilled to:\n{c}\n{ad}\n{e}\n\n", n=D(order_id(), "invoice_number"), d=D(timestamp(), "timestamp"),
              c=S(cu.full, "PERSON"), ad=S(address(loc, 2), "STREET_ADDRESS"), e=S(cu.email(), "EMAIL_ADDRESS"))
    else:
        doc.f("{shop}\nReceipt {n}   {d}\n\n", shop=D(pick(["Harvey Norman Subiaco", "Tim Hortons #4471", "Albert Heijn 1204", "Marks & Spencer Grafton St"]), "company_person_name"),
              n=D(order_id(), "order_id"), d=D(timestamp(), "timestamp"))
    tot = 0
    for _ in range(R.randrange(2, 5)):
        it = pick(PRODUCTS + ["Delivery", "Installation (2 hrs)", "Extended warranty 3y"])
        pr = D(price(), "price")
        doc.f("  {i}  {p}\n", i=D(it, "product_name") if it in PRODUCTS else it, p=pr)
    doc.f("\nTotal due: {t}\n", t=D(price(), "price"))
    pay = R.randrange(3)
    if pay == 0:
        doc.f("Paid by card {c}, cardholder {n}\n", c=S(card(), "CREDIT_CARD"), n=S(cu.full.upper(), "PERSON"))
    elif pay == 1:
        doc.f("Please pay by transfer to {ib} quoting {r}.\n", ib=S(iban(pick(["NL", "IE", "ES", "IT", "DE"])), "IBAN_CODE"), r=D(order_id(), "order_id"))
        doc.f("Questions? {f} in accounts: {p}\n", f=S(Person(loc).given, "PERSON"), p=S(phone(loc, False), "PHONE_NUMBER"))
    else:
        doc.f("Loyalty member: {n} ({p})\n", n=S(cu.full, "PERSON"), p=S(phone(loc, True), "PHONE_NUMBER"))
    return doc


def g_cv():
    loc = pick_locale()
    p = Person(loc)
    doc = Doc(pick(["cv", "job_application"]), loc)
    if doc.kind == "cv":
        doc.f("{n}\n{ad} | {ph} | {e}\n", n=S(p.full.upper() if chance(0.4) else p.full, "PERSON"), ad=S(address(loc), "STREET_ADDRESS"),
              ph=S(phone(loc, True), "PHONE_NUMBER"), e=S(p.email(), "EMAIL_ADDRESS"))
        if chance(0.6):
            doc.f("Date of birth: {d}  ·  Nationality: {nat}\n", d=S(dob(loc), "DATE_OF_BIRTH"), nat=pick(["Irish", "Indian", "Dutch", "Italian", "Canadian"]))
        doc.f("\nEXPERIENCE\n{r}, {co} ({y})\n- {b}\n", r=pick(["Senior Analyst", "Staff Nurse", "Site Engineer", "Barista & shift lead"]),
              co=D(pick(PERSON_COMPANIES), "company_person_name"), y=D("2019-2025", "date_range"), b=pick(["Cut month-end close from 9 to 5 days", "Led a team of 6", "Trained new starters"]))
        doc.f("\nREFERENCES\n{r}, {t} - {rp}\n", r=S(Person(loc).full, "PERSON"), t=pick(["Line manager", "Ward sister", "Director"]), rp=S(phone(loc), "PHONE_NUMBER"))
    else:
        doc.f(pick(["Dear Hiring Manager,\n\nMy name is {n} and I am applying for the {role} role advertised on {site}. ",
                    "To whom it may concern,\n\nI, {n}, wish to apply for the position of {role}. ",
                    "Hi,\n\n{n} here - {f2} from your warehouse suggested I apply for the {role} opening. "]),
              n=S(p.full, "PERSON"), role=pick(["Data Engineer", "Care Assistant", "Sous Chef"]), site=pick(["LinkedIn", "Indeed", "IrishJobs.ie", "Naukri"]),
              f2=S(Person(loc).given, "PERSON"))
        doc.f("I was born on {d} and hold a full driving licence. ", d=S(dob(loc, 0), "DATE_OF_BIRTH"))
        doc.f("You can reach me at {e} or on {ph}.\n\nRegards,\n{n}\n", e=S(p.email(), "EMAIL_ADDRESS"), ph=S(phone(loc), "PHONE_NUMBER"), n=S(p.given, "PERSON"))
    return doc


def g_listing():
    loc = pick(["en_AU", "en_IE", "en_CA", "nl_NL", "es_ES", "it_IT", "en_IN"])
    ag, vn = Person(loc), Person(loc)
    doc = Doc("real_estate_listing", loc)
    heads = {"en_AU": ["Auction Sat 11am", "FOR SALE - 3 bed weatherboard"], "en_IE": ["FOR SALE - 3 bed semi-detached", "Auction Sat 11am"],
             "en_CA": ["JUST LISTED - 2 bed condo", "Open house Sun 2-4"], "nl_NL": ["Te koop: bovenwoning", "Nieuw in de verkoop"],
             "es_ES": ["Se vende piso reformado", "Ático con terraza"], "it_IT": ["In vendita: trilocale luminoso", "Bilocale ristrutturato"],
             "en_IN": ["2BHK for rent, semi-furnished", "3BHK resale, east facing"]}
    doc.f("{h}\n{ad}\n\n", h=pick(heads[loc]),
          ad=S(address(loc), "STREET_ADDRESS"))
    lp = {"en_AU": "A$%d,000", "en_IE": "€%d,000", "en_CA": "CA$%d,000", "nl_NL": "€ %d.000 k.k.", "es_ES": "%d.000 €",
          "it_IT": "€ %d.000", "en_IN": "₹%d,000 per month"}[loc] % (R.randrange(18, 99) if loc == "en_IN" else R.randrange(210, 990))
    blurb = {"en_AU": "Walk to the tram and Lygon St cafes.", "en_IE": "BER C2. Close to the DART.", "en_CA": "Two blocks from the subway.",
             "nl_NL": "Energielabel B, balkon op het zuiden.", "es_ES": "Ascensor y trastero incluidos.", "it_IT": "Vicino al lago, box auto.",
             "en_IN": "Covered parking, 24x7 security."}[loc]
    doc.f("Asking {p}. {d}\n", p=D(lp, "price"), d=blurb)
    doc.f("\nInspect by appointment with {a} on {ph}", a=S(ag.full, "PERSON"), ph=S(phone(loc, True), "PHONE_NUMBER"))
    if chance(0.5):
        doc.f(" or {e}", e=S(ag.email(pick(COMPANY_DOMAINS)), "EMAIL_ADDRESS"))
    doc.t(".\n")
    if chance(0.4):
        doc.f("Vendor {v} is motivated - relocating overseas.\n", v=S(vn.full, "PERSON"))
    doc.f("Listing ID {i}\n", i=D(dg(9), "listing_id"))
    return doc


RUNNING = [
    "ran into {P} at the depot this morning",
    "{F}'s out today so the delivery is on hold",
    "{P} will cover the front desk until noon",
    "cc {P}",
    "w/ {F} and {P2} re: the Kerry site",
    "per {P}, the contract goes out Friday",
    "Drinks for {F}'s leaving do are at 6",
    "Lunch with {P} moved to Thursday",
    "Invited: {P}, {P2}, {F3}",
    "Spoke with {P}; she'll send the scans",
    "{P} rang - wants a call back on {PH}",
    "Handover from {F}: bay 3 needs a new filter",
    "Did {F} ever get back to you?",
    "Parcel for {P}, {A}",
    "{F} (b. {DOB}) needs the second dose",
    "emergency contact: {P2}, {PH}",
    "Sent the quote to {P} at {E}",
    "Hope {F} is feeling better",
    "{WN} starts in accounts on Monday",
    "{WN} asked about parental leave",
    "{WN} signed the lease this morning",
    "{WN} is the new site lead",
    "thanks to {F} for staying late",
    "{P} and I will do the stocktake",
]


def g_notes():
    loc = pick_locale()
    doc = Doc(pick(["team_notes", "handover_note", "chat_snippet"]), loc)
    n = R.randrange(3, 6)
    ids = R.sample(range(len(RUNNING)), n)
    for i in ids:
        p, p2, p3 = Person(loc), Person(loc), Person(loc)
        doc.f(("- " if doc.kind == "team_notes" else "") + RUNNING[i] + "\n", P=S(p.full, "PERSON"), F=S(p.given, "PERSON"),
              P2=S(p2.full, "PERSON"), F3=S(p3.given, "PERSON"), WN=S(pick(["Joy", "Summer", "Rich", "Hope"]) + " " + p.surname, "PERSON"), PH=S(phone(loc), "PHONE_NUMBER"),
              A=S(address(loc), "STREET_ADDRESS"), DOB=S(dob(loc), "DATE_OF_BIRTH"), E=S(p.email(), "EMAIL_ADDRESS"))
    return doc


def g_id_form():
    """Short personal messages with IDs: SSN, NHS, cards, IBANs in non-template shapes."""
    loc = pick(["en_US", "en_GB", "nl_NL", "es_ES", "it_IT", "en_IE", "en_CA"])
    p = Person(loc)
    doc = Doc("id_message", loc)
    if loc == "en_US":
        doc.f(pick(["Tax prep checklist for {n}\n- SSN {x}\n- W-2 from {co}\n",
                    "hey can u fill in my ssn on the lease form, its {x}. thx - {f}\n"]),
              n=S(p.full, "PERSON"), x=S(ssn(), "US_SSN"), co=D(pick(PERSON_COMPANIES), "company_person_name"), f=S(p.given, "PERSON"))
    elif loc == "en_GB":
        doc.f("Pharmacy note: repeat prescription for {n}, NHS number {x}, collect from Boots {pl}.\n",
              n=S(p.full, "PERSON"), x=S(nhs(), "UK_NHS"), pl=D(pick(["Victoria Station", "Charlotte Street"]), "place_name"))
    else:
        cc = {"nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "en_IE": "IE", "en_CA": "DE"}[loc]
        tpl = {"nl_NL": "Rekeninghouder: {n}\nIBAN: {ib}\nOmschrijving: huur {m}\n",
               "es_ES": "Titular: {n} - IBAN {ib} - concepto: fianza\n",
               "it_IT": "Bonifico a favore di {n}, IBAN {ib}, causale: rimborso spese\n"}.get(loc, "Please refund {n} to {ib}; the card {c} was cancelled.\n")
        doc.f(tpl,
              n=S(p.full, "PERSON"), ib=S(iban(cc), "IBAN_CODE"), m=D(pick(["maart", "april"]), "month"), c=S(card(), "CREDIT_CARD"))
    if chance(0.5):
        doc.f("Not the same as ref {d}.\n", d=D(card(valid=False), "luhn_fail_card") if chance(0.5) else D(iban("NL", valid=False), "iban_bad_checksum"))
    return doc


# ---------------------------------------------------------------- shapes: secret

def g_yaml_secret():
    loc = pick_locale()
    doc = Doc(pick(["yaml_config", "toml_config"]), loc)
    toml = doc.kind == "toml_config"
    pw, key = secret("PASSWORD"), pick(["STRIPE_KEY", "OPENAI_API_KEY", "SLACK_TOKEN", "GENERIC_API_KEY", "AWS_ACCESS_KEY", "ANTHROPIC_API_KEY"])
    kv = secret(key)
    if toml:
        doc.f("[server]\nport = {p}\nversion = \"{v}\"\n\n[database]\nurl = \"postgres://app:{pw}@db.internal:5432/orders\"\n\n[integrations]\n",
              p=str(R.randrange(3000, 9000)), v=D(version(), "version"), pw=S(rs(18), "PASSWORD"))
        doc.f("{k} = \"{v}\"\n", k=pick(["api_key", "token", "secret_key"]), v=S(kv, key))
        if key == "AWS_ACCESS_KEY":
            doc.f("aws_secret_access_key = \"{s}\"\n", s=S(secret("AWS_SECRET_KEY"), "AWS_SECRET_KEY"))
    else:
        doc.f("app:\n  name: {n}\n  release: {v}\ndb:\n  host: db.internal\n  user: svc_orders\n  password: {pw}\n",
              n=pick(["booking-web", "kyc-pipeline", "ledger"]), v=D(version(), "version"), pw=S(pw, "PASSWORD"))
        doc.f("payments:\n  {k}: {q}{v}{q}\n", k=pick(["apiKey", "secret", "bot_token", "access_key_id"]), q=pick(["", '"', "'"]), v=S(kv, key))
        if chance(0.4):
            doc.f("  webhook_secret: {ph}  # set in vault\n", ph=D(placeholder_key(), "placeholder_key"))
    if chance(0.4):
        p = Person(loc)
        doc.f("# owner: {n} <{e}>\n", n=S(p.full, "PERSON"), e=S(p.email(pick(COMPANY_DOMAINS)), "EMAIL_ADDRESS"))
    return doc


def g_http_dump():
    loc = pick_locale()
    doc = Doc("http_request", loc)
    doc.f("{m} {path} HTTP/1.1\nHost: api.{h}\nUser-Agent: {ua}\n", m=pick(["GET", "POST", "DELETE"]),
          path=pick(["/v2/accounts/me", "/internal/export?from=2026-01-01", "/graphql"]), h=pick(COMPANY_DOMAINS), ua=pick(["curl/8.5.0", "okhttp/4.12.0", "python-requests/2.32.3"]))
    au = R.randrange(4)
    if au == 0:
        doc.f("Authorization: Bearer {t}\n", t=S(secret("JWT"), "JWT"))
    elif au == 1:
        import base64
        p = Person(loc)
        cred = base64.b64encode(("%s:%s" % (re.sub(r"[^a-z]", "", fold(p.given).lower()), secret("PASSWORD"))).encode()).decode()
        doc.f("Authorization: Basic {c}\n", c=S(cred, "PASSWORD"))
    elif au == 2:
        doc.f("Authorization: token {t}\n", t=S(secret("GITHUB_TOKEN"), "GITHUB_TOKEN"))
    else:
        doc.f("X-Api-Key: {t}\n", t=S(secret("GENERIC_API_KEY"), "GENERIC_API_KEY"))
    if chance(0.6):
        doc.f("Cookie: _ga={ga}; session_id={s}; theme=dark\n", ga=D("GA1.2.%s.%s" % (dg(9), dg(10)), "analytics_cookie"), s=S(rs(48, AL), "GENERIC_API_KEY"))
    doc.f("X-Request-Id: {r}\nX-Forwarded-For: {ip}\n", r=D("%s-%s" % (rs(8, HEX), rs(4, HEX)), "request_id"), ip=S(pub_ip(), "IP_ADDRESS"))
    if chance(0.5):
        p = Person(loc)
        doc.f('\n{{"email": "{e}", "display_name": "{n}"}}\n', e=S(p.email(), "EMAIL_ADDRESS"), n=S(p.full, "PERSON"))
    return doc


CYCLE = {}


def g_ci_leak():
    loc = pick_locale()
    CYCLE["ci"] = CYCLE.get("ci", -1) + 1
    doc = Doc(["ci_log", "shell_history", "git_diff"][CYCLE["ci"] % 3], loc)
    if doc.kind == "ci_log":
        doc.f("#12 [build 3/7] RUN npm ci\n#12 {t}s done\n+ echo \"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\" > .npmrc\n", t="%d.%d" % (R.randrange(2, 90), R.randrange(10)))
        doc.f("+ export AWS_ACCESS_KEY_ID={a}\n+ export AWS_SECRET_ACCESS_KEY={s}\n", a=S(secret("AWS_ACCESS_KEY"), "AWS_ACCESS_KEY"), s=S(secret("AWS_SECRET_KEY"), "AWS_SECRET_KEY"))
        doc.f("upload: dist/app-{v}.tgz to s3://releases/\n", v=D(version().lstrip("v").replace("build ", ""), "version"))
    elif doc.kind == "shell_history":
        doc.f("  501  cd ~/src/ledger\n  502  curl -u admin:{pw} https://jenkins.internal/job/deploy/build\n", pw=S(secret("PASSWORD"), "PASSWORD"))
        doc.f("  503  export OPENAI_API_KEY={k}\n  504  python eval.py --limit 20\n", k=S(secret("OPENAI_API_KEY"), "OPENAI_API_KEY"))
        if chance(0.5):
            doc.f("  505  mysql -h db1 -u report -p'{pw}' sales\n", pw=S(secret("PASSWORD"), "PASSWORD"))
    else:
        doc.f("diff --git a/deploy/id_deploy b/deploy/id_deploy\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/id_deploy\n@@ -0,0 +1,{n} @@\n", n=str(R.randrange(5, 12)))
        k = secret("PRIVATE_KEY")
        doc.f("{k}\n", k=S(k, "PRIVATE_KEY"))
    return doc


def g_chat_secret():
    loc = pick_locale()
    a, b = Person(loc), Person(loc)
    doc = Doc("chat_secret", loc)
    typ = pick(["SLACK_TOKEN", "STRIPE_KEY", "GITHUB_TOKEN", "JWT", "ANTHROPIC_API_KEY", "PASSWORD"])
    doc.f("{a}: {q}\n", a=S(a.given, "PERSON"), q=pick(["staging is down again, which creds are you using?", "can u send me the token for the bot", "whats the wifi pw for the Galway office"]))
    doc.f("{b}: {x} {v}\n", b=S(b.given, "PERSON"), x=pick(["here:", "try", "use this one ->", "it's"]), v=S(secret(typ), typ))
    doc.f("{b}: {y}\n", b=S(b.given, "PERSON"), y=pick(["delete after reading pls", "rotating it tomorrow", "don't paste it in the ticket"]))
    return doc


# ---------------------------------------------------------------- shapes: public (look-alikes)

def g_pub_news():
    doc = Doc("public_news", pick_locale())
    s = [
        ("A retrospective of {pf}'s work opens at the gallery on {dt}; tickets from {pr}.", dict(pf=D(pick(PUBLIC_FIGURES), "public_figure"), dt=D("14 March", "date"), pr=D(price(), "price"))),
        ("{co} reported revenue of {pr} million for the quarter, shares rose 4%.", dict(co=D(pick(PERSON_COMPANIES), "company_person_name"), pr=D(price(), "price"))),
        ("Flooding closed the road near {pl} for the second time this month.", dict(pl=D(pick(PLACES), "place_name"))),
        ("The new biography of {pf} sold out in {pl} within a week.", dict(pf=D(pick(PUBLIC_FIGURES), "public_figure"), pl=D(pick(PLACES), "place_name"))),
        ("Recall notice: the {pd} batch {o} may overheat when charging.", dict(pd=D(pick(PRODUCTS), "product_name"), o=D(order_id(), "batch_id"))),
        ("{x} period for the rates rebate ends on 30 June.", dict(x=D("Grace", "word_name"))),
        ("Will the {pd} still be made next year? {co} would not comment.", dict(pd=D(pick(PRODUCTS), "product_name"), co=D(pick(PERSON_COMPANIES), "company_person_name"))),
        ("{x} in {pl} is closed for resurfacing until {dt}.", dict(x=D("Mark Twain Avenue", "street_named_after_person"), pl=D(pick(PLACES), "place_name"), dt=D("Friday 17 April", "date"))),
        ("Summer timetable starts {dt}: the {pl} ferry runs hourly.", dict(dt=D("1 June", "date"), pl=D(pick(PLACES), "place_name"))),
        ("The {pf} Foundation announced 40 new scholarships.", dict(pf=D(pick(PUBLIC_FIGURES), "public_figure"))),
        ("{x} market returns this weekend with 60 stalls.", dict(x=D("Hope Street", "street_named_after_word_name"))),
        ("{x}'s debut is being reissued on vinyl ({pr}).", dict(x=D("Joy Division", "band_name"), pr=D(price(), "price"))),
    ]
    for i in R.sample(range(len(s)), R.randrange(3, 6)):
        doc.f(s[i][0] + " ", **s[i][1])
    doc.t("\n")
    return doc


def g_pub_release():
    doc = Doc("public_release_notes", "en_US")
    doc.f("## {v} ({d})\n\n", v=D(version(), "version"), d=D("2026-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29)), "date"))
    items = ["- Fixed crash when the `password` field is empty ({h})\n", "- Bumped openssl to {v}\n", "- `api_key` is now read from the environment, never from config ({h})\n",
             "- Windows build {v2} supported\n", "- Dropped support for Python 3.8; minimum is now {v}\n", "- Token refresh no longer logs the header name `Authorization`\n",
             "- Cache TTL default changed from 300 to 600 s\n", "- IPv6 literals like `[::1]:8443` parse correctly\n"]
    for i in R.sample(range(len(items)), R.randrange(3, 6)):
        doc.f(items[i], h=D(rs(7, HEX), "git_sha"), v=D(version(), "version"), v2=D("10.0.%d.%d" % (R.randrange(19000, 26000), R.randrange(1, 5000)), "iplike_version"))
    return doc


def g_pub_code():
    doc = Doc(pick(["code_snippet", "config_template"]), "en_US")
    if doc.kind == "code_snippet":
        s = pick([
            'def login(username: str, password: str) -> Session:\n    token = auth.issue(username, password)\n    return Session(api_key=os.environ["API_KEY"], token=token)\n',
            'const SECRET_HEADER = "X-Api-Key";\nconst apiKey = process.env.STRIPE_SECRET_KEY ?? "";\nif (!apiKey) throw new Error("missing STRIPE_SECRET_KEY");\n',
            'let password_min_length = 12\nlet tokenExpirySeconds = 3600\nstruct Credentials { let user: String; let secret: String }\n',
            'aws_access_key_id = os.getenv("AWS_ACCESS_KEY_ID")\naws_secret_access_key = os.getenv("AWS_SECRET_ACCESS_KEY")\n',
        ])
        doc.t("```\n" + s)
        doc.f("# example from the docs: {k}\n```\n", k=D(placeholder_key(), "placeholder_key"))
    else:
        doc.f("# copy to config.yaml and fill in\ndatabase:\n  password: {a}\nstripe:\n  secret_key: {b}\nslack:\n  bot_token: {c}\nlog_level: info\n",
              a=D(pick(["${DB_PASSWORD}", "changeme", "<password>"]), "placeholder_key"), b=D(pick(["sk_live_REPLACE_ME", "<YOUR_API_KEY>", "{{ vault_stripe }}"]), "placeholder_key"),
              c=D(pick(["xoxb-your-bot-token", "$SLACK_TOKEN", "REDACTED"]), "placeholder_key"))
    return doc


def g_pub_log():
    doc = Doc("public_app_log", "en_US")
    for _ in range(R.randrange(4, 8)):
        doc.f(pick(["{ts} INFO worker started pid={p} version={v}\n", "{ts} WARN cache miss ratio 0.{p} above threshold\n",
                    "{ts} INFO order {o} shipped via {tr}\n", "{ts} DEBUG retry 2/5 for job {o} after {p}ms\n",
                    "{ts} INFO healthcheck ok build={v}\n", "{ts} ERROR upstream timeout route=/v1/quotes p99={p}ms\n"]),
              ts=D(timestamp(), "timestamp"), p=dg(3), v=D(version(), "version"), o=D(order_id(), "order_id"), tr=D(tracking(), "tracking_number"))
    return doc


def g_pub_order():
    loc = pick_locale()
    doc = Doc("public_order_update", loc)
    doc.f("Your order {o} has shipped!\nTracking: {t}\nEstimated delivery: {d}\n\n", o=D(order_id(), "order_id"), t=D(tracking(), "tracking_number"), d=D(pick(["Tue 12 May", "2026-05-12", "12/05/2026"]), "date"))
    for _ in range(R.randrange(1, 4)):
        doc.f("1 x {p}    {pr}\n", p=D(pick(PRODUCTS), "product_name"), pr=D(price(), "price"))
    doc.f("\nSold by {co}. Questions? Reply to this message or visit our help centre.\n", co=D(pick(PERSON_COMPANIES), "company_person_name"))
    return doc


def g_pub_table():
    doc = Doc("public_markdown_table", "en_US")
    if chance(0.5):
        doc.t("| Model | Version | Price | Released |\n|---|---|---|---|\n")
        for _ in range(R.randrange(3, 6)):
            doc.f("| {p} | {v} | {pr} | {d} |\n", p=D(pick(PRODUCTS), "product_name"), v=D(version(), "version"), pr=D(price(), "price"), d=D("20%02d-%02d" % (R.randrange(18, 27), R.randrange(1, 13)), "date"))
    else:
        doc.t("| Stop | Line | Departs | Platform |\n| --- | --- | --- | --- |\n")
        for _ in range(R.randrange(3, 6)):
            doc.f("| {pl} | {l} | {t} | {pf} |\n", pl=D(pick(PLACES), "place_name"), l=pick(["Red", "DART", "T2", "Sprinter 4400"]), t=D("%02d:%02d" % (R.randrange(5, 24), R.randrange(60)), "time"), pf=str(R.randrange(1, 12)))
    return doc


def g_pub_cues():
    doc = Doc("public_team_note", pick_locale())
    s = ["cc {t}", "per {t}, the freeze starts Monday", "w/ {t} on the incident bridge", "ran into {t} at the offsite",
         "{t}'s out today (public holiday)", "Will do - {t} has the numbers", "Grant the {t} group read access",
         "Mark the {pd} listing as discontinued", "Bill the {co} account for March", "Chase {t} for the PO",
         "Frank feedback from {t}: ship it", "May need {t} sign-off for {v}", "Hunter valley trip is booked for {dt}",
         "Dawn shift covers {pl}", "Summer release notes are due {dt}", "Rich text editor is behind a flag"]
    for i in R.sample(range(len(s)), R.randrange(3, 6)):
        doc.f("- " + s[i] + "\n", t=pick(TEAMS), pd=D(pick(PRODUCTS), "product_name"), co=D(pick(PERSON_COMPANIES), "company_person_name"),
              v=D(version(), "version"), dt=D(pick(["Friday", "the 14th", "next Tuesday"]), "date"), pl=D(pick(PLACES), "place_name"))
    return doc


def g_pub_transcript():
    doc = Doc("public_transcript", "en_US")
    s = ["welcome back to the show", "we hope the summer update brings you some joy", "mark my words the {pd} will sell out",
         "grant funding for the {pl} project was approved", "rich people dont buy {pd}s they lease them", "will we see {co} at the expo",
         "order number {o} was the millionth", "the next episode drops at {t}", "dawn in {pl} is unreal this time of year"]
    for i in R.sample(range(len(s)), R.randrange(3, 6)):
        doc.f(s[i] + " ", pd=D(pick(PRODUCTS).lower(), "product_name"), pl=D(pick(PLACES).lower(), "place_name"),
              co=D(pick(PERSON_COMPANIES).lower(), "company_person_name"), o=D(dg(7), "order_id"), t=D("nine am", "time"))
    doc.t("\n")
    return doc


def g_pub_ics():
    doc = Doc("public_calendar", "en_US")
    doc.f("BEGIN:VEVENT\nUID:{u}\nDTSTART;TZID=Europe/Dublin:{d}\nSUMMARY:{s}\nLOCATION:{pl}\nURL:https://events.example.org/{i}\nEND:VEVENT\n",
          u=D(rs(24, HEX), "uid"), d=D("2026%02d%02dT190000" % (R.randrange(1, 13), R.randrange(1, 29)), "timestamp"),
          s=D("Public lecture: the legacy of %s" % pick(["Ada Lovelace", "Seamus Heaney", "Wangari Maathai", "Federico Fellini"]), "public_figure") if chance(0.6) else pick(["Community clean-up", "Open day"]),
          pl=D(pick(PLACES), "place_name"), i=dg(6))
    return doc


# ---------------------------------------------------------------- schedule

PERSONAL = [(g_email_thread, 24), (g_slack_json, 20), (g_app_log, 16), (g_json_payload, 18), (g_git_log, 14), (g_vcard, 14),
            (g_ics, 14), (g_md_table, 12), (g_sms, 14), (g_transcript, 16), (g_legal, 12), (g_medical, 12), (g_invoice, 14),
            (g_cv, 14), (g_listing, 12), (g_notes, 20), (g_id_form, 14)]
SECRET = [(g_yaml_secret, 14), (g_http_dump, 12), (g_ci_leak, 8), (g_chat_secret, 6)]
PUBLIC = [(g_pub_news, 16), (g_pub_release, 12), (g_pub_code, 14), (g_pub_log, 12), (g_pub_order, 12), (g_pub_table, 10),
          (g_pub_cues, 14), (g_pub_transcript, 8), (g_pub_ics, 2)]


def build():
    jobs = []
    for pool in (PERSONAL, SECRET, PUBLIC):
        for fn, n in pool:
            jobs += [fn] * n
    R.shuffle(jobs)
    recs = []
    for i, fn in enumerate(jobs, 1):
        doc = fn()
        recs.append(doc.record(i))
    assert len(recs) == N_DOCS
    return recs


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        for r in recs:
            gz.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    with open(os.path.join(here, "fresh.jsonl.gz"), "wb") as f:
        f.write(raw.getvalue())
    if "--stats" in sys.argv:
        kinds = collections.Counter(r["kind"] for r in recs)
        sens = collections.Counter(r["sensitivity"] for r in recs)
        types = collections.Counter(s["type"] for r in recs for s in r["spans"])
        dec = collections.Counter(d["kind"] for r in recs for d in r["decoys"])
        print("documents", len(recs), dict(sens))
        print("kinds", kinds.most_common())
        print("spans", sum(types.values()), types.most_common())
        print("decoys", sum(dec.values()), dec.most_common())
        print("locales", collections.Counter(r["locale"] for r in recs).most_common())


if __name__ == "__main__":
    main()
