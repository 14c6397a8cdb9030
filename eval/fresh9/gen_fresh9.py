#!/usr/bin/env python3
"""gen_fresh9.py -- write fresh9.jsonl.gz, the ninth independent PII / secret measurement set.

    python3 eval/fresh9/gen_fresh9.py            # rewrites eval/fresh9/fresh9.jsonl.gz (same bytes every run)
    python3 eval/fresh9/gen_fresh9.py --stats    # also prints counts and the md5

Frames (sentence templates) are hand-written for this set. Values come from Faker (exact version pinned below),
with per-locale instances seeded from 90909, and from random.Random(90909).

Template syntax (inside the FRAME blocks further down):
  {N} {G} {S}        person 1: full name, given name, surname            (PERSON span)
  {n} {g} {s}        the same in lower case                               (PERSON span)
  {NU} {SU}          full name / surname in upper case                    (PERSON span)
  {R} {I} {U}        "Surname, Given", "G. Surname", login handle         (PERSON span)
  {E}                that person's e-mail address                         (EMAIL_ADDRESS span)
  a digit selects another person ({G2}, {S3}, {E2}); a trailing f/m fixes the gender ({S1f}, {G2m}).
  {PHONE} {PHONEI} {ADDR} {ADDRB} {DOB} {DOBK} {CARD} {IBAN} {SSN} {IP} {IP6}   PII values
  {PW} {AKID} {ASK} {GHP} {SLACK} {SLACKHOOK} {STRIPE} {OPENAI} {ANTH} {JWT} {KEY}   secret values
  {d:kind}           a generated decoy of that kind
  [[kind~value]]     a literal decoy
  <<a|b|c>>          one of the alternatives (may contain placeholders)
  \\n                a line break (snippets)
  " ## "             separates hand-written variants of a public frame (used in turn)
  leading "~2=1 "    person 2 shares person 1's surname;  leading "@us " forces the locale.
"""
import argparse
import base64
import collections
import datetime
import gzip
import hashlib
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata

import faker

FAKER_VERSION = "40.63.0"
if faker.VERSION != FAKER_VERSION:
    sys.exit("gen_fresh9.py needs Faker %s exactly (found %s): other versions draw other values"
             % (FAKER_VERSION, faker.VERSION))
from faker import Faker  # noqa: E402

SEED = 90909
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh9.jsonl.gz")

LOCALES = [("us", "en_US"), ("uk", "en_GB"), ("in", "en_IN"), ("au", "en_AU"), ("ca", "en_CA"), ("nz", "en_NZ"),
           ("ie", "en_IE"), ("de", "de_DE"), ("fr", "fr_FR"), ("es", "es_ES"), ("it", "it_IT"), ("pt", "pt_PT"),
           ("br", "pt_BR"), ("nl", "nl_NL"), ("pl", "pl_PL"), ("tr", "tr_TR"), ("id", "id_ID")]
FK = {}
for _k, _loc in LOCALES:
    _f = Faker(_loc)
    _f.seed_instance(SEED)
    FK[_k] = _f

# Faker builds it_IT's city list from a set, so its order (and city()) depends on PYTHONHASHSEED. Sort it.
from faker.providers.address.it_IT import Provider as _ItAddress  # noqa: E402
IT_CITIES = sorted(set(_ItAddress.cities))

EN_LOCALES = [("us", 28), ("uk", 24), ("in", 13), ("au", 10), ("ca", 9), ("nz", 7), ("ie", 9)]
LANG_LOCALES = {"de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "pt": ["pt", "br"], "nl": ["nl"],
                "pl": ["pl"], "tr": ["tr"], "id": ["id"], "hi-en": ["in"]}
MIX_POOL = ["in", "pl", "tr", "id", "br", "es", "it", "de", "fr", "nl", "pt"]
BANNED_NAME_TOKENS = {"Doe", "Bloggs", "Mustermann", "Musterfrau", "Public", "Other"}


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- casing / folding
def lower(s, loc):
    if loc == "tr":
        s = s.replace("I", "ı").replace("İ", "i")
    return s.lower()


def upper(s, loc):
    if loc == "tr":
        s = s.replace("i", "İ").replace("ı", "I")
    return s.upper()


FOLD = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "đ": "d", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, loc, gender, surname=None):
        self.loc = loc
        self.gender = gender
        f = FK[loc]
        for _ in range(50):
            given = f.first_name_female() if gender == "f" else f.first_name_male()
            sur = surname or (f.last_name_female() if gender == "f" else f.last_name_male())
            if " " in given or given in BANNED_NAME_TOKENS or any(t in BANNED_NAME_TOKENS for t in sur.split()):
                continue
            if not re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*", sur) or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", given):
                continue
            break
        self.given, self.surname = given, sur
        self.email = None
        self.handle = None

    def full(self):
        return "%s %s" % (self.given, self.surname)


def polish_agree(sur, gender):
    if gender == "f":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if sur.endswith(a):
                return sur[:-len(a)] + b
    else:
        for a, b in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
            if sur.endswith(a):
                return sur[:-len(a)] + b
    return sur


MAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au"],
    "ca": ["gmail.com", "rogers.com", "shaw.ca", "hotmail.ca", "sympatico.ca"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
}


def make_email(p):
    g, s = slug(p.given), slug(p.surname)
    pat = R.randrange(7)
    if pat == 0:
        local = "%s.%s" % (g, s)
    elif pat == 1:
        local = "%s%s" % (g[0], s)
    elif pat == 2:
        local = "%s_%s%d" % (g, s, R.randrange(1, 99))
    elif pat == 3:
        local = "%s%d" % (g, R.randrange(70, 100) if R.random() < .5 else R.randrange(1, 30))
    elif pat == 4:
        local = "%s.%s" % (s, g)
    elif pat == 5:
        local = "%s.%s%d" % (g, s[0], R.randrange(1, 9))
    else:
        local = "%s%s" % (g, s)
    if R.random() < 0.3:
        dom = FK[p.loc].domain_name()
        if re.search(r"example\.", dom):
            dom = "mail." + dom.replace("example", "exemplar")
        local = "%s.%s" % (g, s) if R.random() < .6 else "%s%s" % (g[0], s)
    else:
        dom = R.choice(MAIL[p.loc])
    return "%s@%s" % (local, dom)


def make_handle(p):
    g, s = slug(p.given), slug(p.surname)
    pat = R.randrange(5)
    return [g + s[0], g[0] + s, "%s.%s" % (g, s), "%s_%d" % (g, R.randrange(10, 99)), s + g[0]][pat]


# ---------------------------------------------------------------- phones
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz_digits(n):
    return R.choice("23456789") + digits(n - 1)


US_AREAS = ["212", "312", "415", "503", "617", "702", "713", "720", "773", "804", "813", "917", "206", "404", "512",
            "614", "646", "669", "901", "952", "330", "484", "347", "978"]
CA_AREAS = ["416", "604", "514", "403", "613", "780", "902", "306", "519", "647", "778", "905"]


def phone(loc, intl=False):
    if loc in ("us", "ca"):
        a = R.choice(US_AREAS if loc == "us" else CA_AREAS)
        while True:
            ex = nz_digits(3)
            if ex != "555" and ex[1:] != "11":
                break
        ln = digits(4)
        if intl:
            return R.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s"]) % (a, ex, ln)
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (a, ex, ln)
    if loc == "uk":
        if R.random() < 0.75:
            while True:
                m = "7" + R.choice("45789") + digits(2)
                rest = digits(6)
                if not (m == "7700" and rest.startswith("900")):
                    break
            return ("+44 %s %s" % (m, rest)) if intl else ("0%s %s" % (m, rest))
        a, n = R.choice([("20", 8), ("161", 7), ("121", 7), ("113", 7), ("131", 7), ("1632", 6)])
        if a == "1632":
            a, n = "1223", 6
        num = nz_digits(n)
        body = ("%s %s" % (num[:4], num[4:])) if n == 8 else ("%s %s" % (num[:3], num[3:]))
        return ("+44 %s %s" % (a, body)) if intl else ("0%s %s" % (a, body))
    if loc == "in":
        m = R.choice("6789") + digits(9)
        if intl:
            return R.choice(["+91 %s %s" % (m[:5], m[5:]), "+91-%s" % m, "+91%s" % m])
        return R.choice(["%s %s" % (m[:5], m[5:]), m, "0%s" % m])
    if loc == "au":
        while True:
            m = "4" + digits(8)
            if not m.startswith("49157"):
                break
        if intl:
            return "+61 %s %s %s" % (m[:3], m[3:6], m[6:])
        if R.random() < .8:
            return "0%s %s %s" % (m[:3], m[3:6], m[6:])
        return "(0%s) %s %s" % (R.choice("2378"), nz_digits(4), digits(4))
    if loc == "nz":
        p = R.choice(["21", "22", "27", "29"])
        r = nz_digits(7)
        return ("+64 %s %s %s" % (p, r[:3], r[3:])) if intl else ("0%s %s %s" % (p, r[:3], r[3:]))
    if loc == "ie":
        p = R.choice(["83", "85", "86", "87", "89"])
        r = nz_digits(7)
        return ("+353 %s %s %s" % (p, r[:3], r[3:])) if intl else ("0%s %s %s" % (p, r[:3], r[3:]))
    if loc == "de":
        p = R.choice(["151", "152", "157", "160", "170", "172", "176", "178"])
        r = nz_digits(R.choice([7, 8]))
        if R.random() < 0.25 and not intl:
            return "0%s %s" % (R.choice(["30", "40", "89", "221", "69"]), nz_digits(7))
        return ("+49 %s %s" % (p, r)) if intl else R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (p, r)
    if loc == "fr":
        r = "%s%s" % (R.choice("67"), digits(8))
        sep = R.choice([" ", ".", ""])
        pairs = [r[1:3], r[3:5], r[5:7], r[7:9]]
        if intl:
            return "+33 %s %s" % (r[0], " ".join(pairs))
        return "0" + r[0] + sep + sep.join(pairs)
    if loc == "es":
        r = R.choice("67") + digits(8)
        if intl:
            return "+34 %s %s %s" % (r[:3], r[3:6], r[6:])
        return R.choice(["%s %s %s" % (r[:3], r[3:6], r[6:]), "%s %s %s %s" % (r[:3], r[3:5], r[5:7], r[7:]), r])
    if loc == "it":
        r = "3" + R.choice("2456789") + digits(8)
        if intl:
            return "+39 %s %s" % (r[:3], r[3:])
        return R.choice(["%s %s" % (r[:3], r[3:]), "%s %s %s" % (r[:3], r[3:6], r[6:]), r])
    if loc == "pt":
        r = "9" + R.choice("1236") + digits(7)
        return ("+351 %s %s %s" % (r[:3], r[3:6], r[6:])) if intl else ("%s %s %s" % (r[:3], r[3:6], r[6:]))
    if loc == "br":
        ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        r = "9" + nz_digits(8)
        if intl:
            return "+55 %s %s-%s" % (ddd, r[:5], r[5:])
        return "(%s) %s-%s" % (ddd, r[:5], r[5:])
    if loc == "nl":
        r = nz_digits(8)
        if intl:
            return "+31 6 %s" % r
        return R.choice(["06-%s" % r, "06 %s" % r, "06 %s %s %s %s" % (r[:2], r[2:4], r[4:6], r[6:])])
    if loc == "pl":
        r = R.choice("5678") + digits(8)
        body = "%s %s %s" % (r[:3], r[3:6], r[6:])
        return ("+48 " + body) if intl else R.choice([body, r, "%s-%s-%s" % (r[:3], r[3:6], r[6:])])
    if loc == "tr":
        r = "5" + R.choice("0345") + digits(8)
        if intl:
            return "+90 %s %s %s %s" % (r[:3], r[3:6], r[6:8], r[8:])
        return R.choice(["0%s %s %s %s" % (r[:3], r[3:6], r[6:8], r[8:]), "0%s %s %s" % (r[:3], r[3:6], r[6:]),
                         "0%s%s" % (r[:3], r[3:])])
    if loc == "id":
        r = "8" + R.choice("1257") + digits(R.choice([8, 9]))
        if intl:
            return "+62 %s-%s-%s" % (r[:3], r[3:7], r[7:])
        return R.choice(["0%s-%s-%s" % (r[:3], r[3:7], r[7:]), "0%s %s %s" % (r[:3], r[3:7], r[7:]), "0" + r])
    raise KeyError(loc)


TOLLFREE = {
    "us": lambda: "1-800-%s-%s" % (nz_digits(3), digits(4)), "ca": lambda: "1-888-%s-%s" % (nz_digits(3), digits(4)),
    "uk": lambda: "0800 %s %s" % (digits(3), digits(4)), "in": lambda: "1800 %s %s" % (digits(3), digits(4)),
    "au": lambda: "1300 %s %s" % (digits(3), digits(3)), "nz": lambda: "0800 %s %s" % (digits(3), digits(3)),
    "ie": lambda: "1800 %s %s" % (digits(3), digits(3)), "de": lambda: "0800 %s %s" % (digits(3), digits(4)),
    "fr": lambda: "0 800 %s %s %s" % (digits(2), digits(2), digits(2)), "es": lambda: "900 %s %s" % (digits(3), digits(3)),
    "it": lambda: "800 %s %s" % (digits(3), digits(3)), "pt": lambda: "800 %s %s" % (digits(3), digits(3)),
    "br": lambda: "0800 %s %s" % (digits(3), digits(4)), "nl": lambda: "0800-%s" % digits(4),
    "pl": lambda: "800 %s %s" % (digits(3), digits(3)), "tr": lambda: "444 %s %s" % (digits(2), digits(2)),
    "id": lambda: "1500-%s" % digits(3),
}

# ---------------------------------------------------------------- addresses
TR_MAH = ["Bahçelievler", "Fenerbahçe", "Kızılay", "Alsancak", "Yenişehir", "Çankaya", "Moda", "Karşıyaka",
          "Göztepe", "Esentepe", "Levent", "Bostanlı"]
TR_SK = ["Lale", "Menekşe", "Gül", "Çınar", "Papatya", "Ihlamur", "Zambak", "Defne", "Manolya", "Sedir"]
TR_CITY = [("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35250"),
           ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100"), ("Seyhan", "Adana", "01120"),
           ("Tepebaşı", "Eskişehir", "26130"), ("Ortahisar", "Trabzon", "61030")]
ID_KEL = ["Kebayoran Baru", "Menteng", "Cilandak", "Tegalsari", "Sukajadi", "Lowokwaru", "Caturtunggal", "Denpasar Barat"]
IE_KEYS = ["D02", "D04", "D06", "D08", "D15", "D24", "T12", "T23", "H91", "V94", "X91", "A94", "R95", "F92"]
US_ST = ["OH", "TX", "CA", "NY", "WA", "GA", "IL", "PA", "NC", "MN", "OR", "AZ", "CO", "MI", "VA", "WI"]
CA_PR = ["ON", "BC", "QC", "AB", "MB", "NS", "SK"]
AU_ST = [("NSW", "2"), ("VIC", "3"), ("QLD", "4"), ("WA", "6"), ("SA", "5"), ("TAS", "7"), ("ACT", "26")]
IT_PROV = ["MI", "TO", "RM", "BO", "FI", "NA", "PA", "VE", "GE", "BA"]


def house():
    return str(R.choice([R.randint(1, 40), R.randint(1, 40), R.randint(2, 250), R.randint(10, 1999)]))


def street(loc):
    s = FK[loc].street_name()
    if loc == "id" and not s.startswith(("Jl.", "Gg.", "Jalan")):
        s = "Jl. " + s
    return s


def address_lines(loc):
    """Returns a list of lines (1-3); the one-line form joins them with ', '."""
    f = FK[loc]
    if loc == "us":
        l1 = "%s %s" % (R.randint(10, 9899), street(loc))
        if R.random() < 0.3:
            l1 += R.choice([" Apt %d", " Unit %d", " #%d"]) % R.randint(2, 40)
        return [l1, "%s, %s %s" % (f.city(), R.choice(US_ST), f.postcode()[:5])]
    if loc == "uk":
        l1 = "%s %s" % (house(), street(loc))
        lines = [l1]
        if R.random() < 0.3:
            lines = ["Flat %d" % R.randint(1, 24), l1]
        return lines + ["%s %s" % (f.city(), f.postcode())]
    if loc == "in":
        l1 = R.choice(["Flat %d%02d" % (R.randint(1, 9), R.randint(1, 12)), "H.No. %d-%d" % (R.randint(1, 12), R.randint(10, 199)),
                       "%d/%d" % (R.randint(1, 60), R.randint(1, 30))])
        return ["%s, %s" % (l1, street(loc)), "%s %s" % (f.city(), f.postcode())]
    if loc == "au":
        st, pc = R.choice(AU_ST)
        pc = (pc + digits(4 - len(pc)))
        l1 = "%s %s" % (house(), street(loc))
        if R.random() < .25:
            l1 = "%d/%s" % (R.randint(1, 30), l1)
        return [l1, "%s %s %s" % (f.city(), st, pc)]
    if loc == "ca":
        pc = f.postcode()
        pc = pc[:3] + " " + pc[3:] if " " not in pc else pc
        return ["%s %s" % (R.randint(10, 4999), street(loc)), "%s, %s %s" % (f.city(), R.choice(CA_PR), pc)]
    if loc == "nz":
        return ["%s %s" % (house(), street(loc)), "%s %s" % (f.city(), f.postcode())]
    if loc == "ie":
        ek = "%s %s" % (R.choice(IE_KEYS), "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        return ["%s %s" % (house(), street(loc)), "%s, %s" % (f.city(), ek)]
    if loc == "de":
        return ["%s %s" % (street(loc), house() + R.choice(["", "", "", "a", "b"])), "%s %s" % (f.postcode(), f.city())]
    if loc == "fr":
        return ["%s %s" % (house() + R.choice(["", "", "", " bis"]), street(loc)), "%s %s" % (f.postcode(), f.city())]
    if loc == "es":
        l1 = "%s %s" % (street(loc), house())
        if R.random() < .5:
            l1 += ", %dº %s" % (R.randint(1, 8), R.choice("ABCD"))
        return [l1, "%s %s" % (f.postcode(), f.city())]
    if loc == "it":
        return ["%s %s" % (street(loc), house()), "%s %s (%s)" % (f.postcode(), f.random_element(IT_CITIES), R.choice(IT_PROV))]
    if loc == "pt":
        l1 = "%s %s" % (street(loc), house())
        if R.random() < .4:
            l1 += ", %d.º %s" % (R.randint(1, 6), R.choice(["Esq.", "Dto.", "A", "B"]))
        return [l1, "%s %s" % (f.postcode(), f.city())]
    if loc == "br":
        return ["%s, %s" % (street(loc), house()), "%s - %s, %s" % (f.city(), f.state_abbr(), f.postcode())]
    if loc == "nl":
        pc = f.postcode()
        pc = pc[:4] + " " + pc[4:] if " " not in pc else pc
        return ["%s %s" % (street(loc), house()), "%s %s" % (pc, f.city())]
    if loc == "pl":
        l1 = "ul. %s %s" % (street(loc), house())
        if R.random() < .6:
            l1 += "/%d" % R.randint(1, 60)
        return [l1, "%s %s" % (f.postcode(), f.city())]
    if loc == "tr":
        ilce, il, pk = R.choice(TR_CITY)
        return ["%s Mah. %s Sk. No:%d D:%d" % (R.choice(TR_MAH), R.choice(TR_SK), R.randint(1, 90), R.randint(1, 24)),
                "%s %s/%s" % (pk, ilce, il)]
    if loc == "id":
        return ["%s No. %d" % (street(loc), R.randint(1, 120)), "%s, %s %s" % (R.choice(ID_KEL), f.city(), f.postcode())]
    raise KeyError(loc)


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def date_styles(lang, loc):
    L = "en" if lang in ("en", "hi-en") else lang
    if L == "en":
        if loc == "us":
            return ["us_num", "us_long", "iso"]
        return ["dmy_slash", "d_long", "d_short"]
    return {"de": ["dmy_dot", "d_long"], "fr": ["dmy_slash", "d_long"], "es": ["dmy_slash", "de_long"],
            "it": ["dmy_slash", "d_long"], "pt": ["dmy_slash", "de_long"], "nl": ["dmy_dash", "d_long"],
            "pl": ["dmy_dot", "d_long"], "tr": ["dmy_dot", "d_long"], "id": ["dmy_dash", "d_long"]}[L]


def fmt_date(d, lang, style):
    L = "en" if lang in ("en", "hi-en") else lang
    m = MONTHS[L][d.month - 1]
    if style == "us_num":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_long":
        return "%s %d, %d" % (m, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "dmy_slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "dmy_dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "dmy_dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "d_short":
        return "%d %s %d" % (d.day, m[:3], d.year)
    if style == "de_long":
        return "%d de %s de %d" % (d.day, m, d.year)
    if style == "d_long":
        if L == "de":
            return "%d. %s %d" % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year)
    raise KeyError(style)


def rand_date(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


# ---------------------------------------------------------------- card / iban / ssn / ip
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
              "4000056655665556", "5105105105105100", "4012888888881881", "371449635398431"}


def card():
    brand = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    while True:
        if brand == "visa":
            n = luhn_complete("4" + digits(1), 16)
        elif brand == "mc":
            n = luhn_complete("5" + R.choice("12345"), 16)
        elif brand == "mc2":
            n = luhn_complete(str(R.randint(2221, 2720)), 16)
        elif brand == "amex":
            n = luhn_complete(R.choice(["34", "37"]), 15)
        else:
            n = luhn_complete("6011", 16)
        if n not in TEST_CARDS:
            break
    sep = R.choice([" ", " ", "-", ""])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(s) % 97)


def iban(cc):
    U = string.ascii_uppercase
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "IT":
        bban = R.choice(U) + digits(22)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB"]) + digits(10)
    elif cc == "PT":
        bban = digits(21)
    elif cc == "PL":
        bban = digits(24)
    elif cc == "TR":
        bban = digits(5) + "0" + digits(16)
    else:
        raise KeyError(cc)
    ib = cc + iban_check(cc, bban) + bban
    if R.random() < 0.6:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def iban_ok(v):
    v = v.replace(" ", "")
    s = "".join(str(int(c, 36)) for c in (v[4:] + v[:4]))
    return int(s) % 97 == 1


def ssn():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if a != 666:
            break
    sep = R.choice(["-", "-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def public_ip():
    while True:
        v = "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ip = ipaddress.ip_address(v)
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return v


def public_ip6():
    while True:
        v = "2a0%x:%x:%x:%x::%x" % (R.randint(0, 15), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))
        if ipaddress.ip_address(v).is_global:
            return v


# ---------------------------------------------------------------- secrets
B62 = string.ascii_letters + string.digits


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


PW_WORDS = ["Sunflower", "Kestrel", "Marmalade", "Tractor", "Lighthouse", "Pumpkin", "Cobalt", "Biscuit", "Harbour",
            "Falcon", "Walrus", "Juniper", "Ginger", "Rocket", "Maple", "Thunder", "Pickle", "Saffron", "Otter"]


def password():
    k = R.randrange(4)
    if k == 0:
        return "%s%s%d%s" % (R.choice(PW_WORDS), R.choice(PW_WORDS).lower(), R.randint(1, 99), R.choice("!#$%&*?"))
    if k == 1:
        return rs(B62 + "!@#$%^&*", R.randint(14, 22))
    if k == 2:
        return "%s-%s-%s-%d" % (R.choice(PW_WORDS).lower(), R.choice(PW_WORDS).lower(), R.choice(PW_WORDS).lower(), R.randint(10, 99))
    return "%s%d%s%s" % (R.choice(PW_WORDS), R.randint(1970, 2024), R.choice("!@#"), rs(string.ascii_uppercase, 2))


def secret(code):
    if code == "PW":
        return "PASSWORD", password()
    if code == "AKID":
        return "AWS_ACCESS_KEY", R.choice(["AKIA", "AKIA", "ASIA"]) + rs(string.ascii_uppercase + "234567", 16)
    if code == "ASK":
        return "AWS_SECRET_KEY", rs(B62 + "/+", 40)
    if code == "GHP":
        p = R.choice(["ghp_", "ghp_", "gho_", "ghs_"])
        if R.random() < .2:
            return "GITHUB_TOKEN", "github_pat_" + rs(B62, 22) + "_" + rs(B62, 59)
        return "GITHUB_TOKEN", p + rs(B62, 36)
    if code == "SLACK":
        p = R.choice(["xoxb", "xoxb", "xoxp"])
        return "SLACK_TOKEN", "%s-%s-%s-%s" % (p, digits(11), digits(13), rs(B62, 24))
    if code == "SLACKHOOK":
        return "SLACK_TOKEN", "https://hooks.slack.com/services/T%s/B%s/%s" % (
            rs(string.ascii_uppercase + string.digits, 8), rs(string.ascii_uppercase + string.digits, 10), rs(B62, 24))
    if code == "STRIPE":
        return "STRIPE_KEY", R.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(B62, R.choice([24, 34, 99]))
    if code == "OPENAI":
        if R.random() < .35:
            return "OPENAI_API_KEY", "sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20)
        return "OPENAI_API_KEY", "sk-proj-" + rs(B62 + "_-", 74) + "T3BlbkFJ" + rs(B62 + "_-", 74)
    if code == "ANTH":
        return "ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(B62 + "_-", 93) + "AA"
    if code == "JWT":
        now = R.randint(1735000000, 1770000000)
        pay = {"sub": str(R.randint(100000, 999999)), "iat": now, "exp": now + 3600, "scope": R.choice(["read", "read write", "admin"])}
        return "JWT", "%s.%s.%s" % (b64url({"alg": "HS256", "typ": "JWT"}), b64url(pay), rs(B62 + "_-", 43))
    if code == "KEY":
        k = R.randrange(5)
        if k == 0:
            return "GENERIC_API_KEY", "AIza" + rs(B62 + "_-", 35)
        if k == 1:
            return "GENERIC_API_KEY", "SG." + rs(B62 + "_-", 22) + "." + rs(B62 + "_-", 43)
        if k == 2:
            return "GENERIC_API_KEY", "glpat-" + rs(B62 + "_-", 20)
        if k == 3:
            return "GENERIC_API_KEY", rs("0123456789abcdef", 32)
        return "GENERIC_API_KEY", rs(B62, 40)
    raise KeyError(code)


SECRET_CODES = {"PW", "AKID", "ASK", "GHP", "SLACK", "SLACKHOOK", "STRIPE", "OPENAI", "ANTH", "JWT", "KEY"}


# ---------------------------------------------------------------- decoys
CURRENCY = {"us": ("$", "pre"), "ca": ("$", "pre"), "uk": ("£", "pre"), "in": ("₹", "pre"), "au": ("$", "pre"),
            "nz": ("$", "pre"), "ie": ("€", "pre"), "de": ("€", "post"), "fr": ("€", "post"), "es": ("€", "post"),
            "it": ("€", "post"), "pt": ("€", "post"), "br": ("R$", "pre_sp"), "nl": ("€", "pre_sp"),
            "pl": ("zł", "post"), "tr": ("₺", "pre"), "id": ("Rp", "pre_sp")}


def amount(loc, big=False):
    sym, pos = CURRENCY[loc]
    v = R.randint(1000, 9999999) if big else R.randint(150, 99999)
    if loc == "id":
        return "Rp %s" % "{:,}".format(R.randint(10, 5000) * 1000).replace(",", ".")
    whole, cents = divmod(v, 100)
    if loc in ("de", "fr", "es", "it", "pt", "br", "nl", "pl", "tr"):
        w = "{:,}".format(whole).replace(",", "." if loc != "fr" else "\u202f")
        num = "%s,%02d" % (w, cents)
    else:
        num = "{:,}.{:02d}".format(whole, cents)
    if pos == "pre":
        return sym + num
    if pos == "pre_sp":
        return sym + " " + num
    return num + " " + sym


def isbn13():
    body = "978" + R.choice("0123") + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return "%s-%s-%s-%s-%d" % (body[:3], body[3], body[4:8], body[8:12], (10 - s % 10) % 10)


def event_date(ctx):
    return fmt_date(rand_date(2023, 2026), ctx.lang, ctx.date_style)


def time_val(ctx):
    h, m = R.randint(7, 20), R.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
    if ctx.time_style == "12":
        return "%d:%02d%s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm")
    if ctx.time_style == "12dot":
        return "%d.%02d%s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm")
    return "%02d:%02d" % (h, m)


AIRLINES = ["BA", "LH", "AF", "KL", "IB", "AZ", "TP", "LO", "TK", "GA", "AI", "6E", "QF", "NZ", "AC", "EI", "FR", "U2",
            "DL", "UA"]


def decoy(kind, ctx):
    L = ctx.loc
    U = string.ascii_uppercase
    if kind == "order_id":
        return R.choice(["%s" % nz_digits(7), "%s-%s-%s" % (digits(3), digits(7), digits(7)), "W%s" % digits(9),
                         "ORD-%s" % digits(6), "%s%s" % (R.choice(U), digits(8))])
    if kind == "invoice_no":
        return R.choice(["INV-%d-%s" % (R.randint(2023, 2026), digits(5)), "F%d/%s" % (R.randint(2023, 2026), digits(4)),
                         "RE-%s" % digits(6), "%d%s" % (R.randint(2023, 2026), digits(5))])
    if kind == "ticket_id":
        return R.choice(["INC%s" % digits(7), "SR-%s" % digits(5), "%s" % nz_digits(6), "CS-%s" % digits(6),
                         "%s-%d" % (R.choice(["OPS", "HELP", "SUP", "IT"]), R.randint(100, 9999))])
    if kind == "tracking_no":
        return R.choice(["1Z%s" % rs(U + string.digits, 16), "%s%s%s" % (rs(U, 2), digits(9), R.choice(["GB", "DE", "NL", "FR"])),
                         "JD01%s" % digits(16), "3S%s" % rs(U + string.digits, 13), digits(12)])
    if kind == "version":
        return R.choice(["%d.%d.%d" % (R.randint(0, 19), R.randint(0, 40), R.randint(0, 30)),
                         "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 15)),
                         "%d.%d" % (R.randint(1, 30), R.randint(0, 9))])
    if kind == "build":
        return R.choice(["%d%s%d" % (R.randint(20, 25), R.choice(U), R.randint(10, 999)), digits(5), "%d.%d.%d.%d" % (
            R.randint(1, 20), R.randint(0, 9), R.randint(100, 9999), R.randint(0, 99))])
    if kind == "event_date":
        return event_date(ctx)
    if kind == "time":
        return time_val(ctx)
    if kind == "amount":
        return amount(L)
    if kind == "salary":
        sym, pos = CURRENCY[L]
        v = R.randint(24, 95) * 1000 if L not in ("in", "id", "tr") else R.randint(4, 60) * 100000
        num = "{:,}".format(v)
        if L in ("de", "es", "it", "pt", "br", "nl", "tr", "id"):
            num = num.replace(",", ".")
        elif L in ("fr", "pl"):
            num = num.replace(",", " ")
        return (sym + num) if pos == "pre" else ((sym + " " + num) if pos == "pre_sp" else (num + " " + sym))
    if kind == "org_phone":
        return TOLLFREE[L]()
    if kind == "org_email":
        return "%s@%s" % (R.choice(["support", "info", "hello", "billing", "noreply", "bookings", "careers", "admin",
                                    "help", "orders", "kontakt", "contact"]), FK[L].domain_name())
    if kind == "org":
        return FK[L].company()
    if kind == "private_ip":
        return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                         "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                         "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    if kind == "doc_ip":
        return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)
    if kind == "isbn":
        return isbn13()
    if kind == "sku":
        return R.choice(["%s-%s-%s" % (digits(4), rs(U, 3), R.choice(["S", "M", "L", "XL"])), "SKU%s" % digits(7),
                         "%s%s-%s" % (rs(U, 2), digits(3), digits(2))])
    if kind == "model_no":
        return R.choice(["%s-%d" % (rs(U, 2), R.randint(100, 9900)), "%s%d%s" % (rs(U, 3), R.randint(10, 999), rs(U, 1)),
                         "%d%s" % (R.randint(10, 99), rs(U, 2))])
    if kind == "flight_no":
        return "%s %d" % (R.choice(AIRLINES), R.randint(10, 2999))
    if kind == "booking_ref":
        return rs(U + "23456789", 6)
    if kind == "seat":
        return "%d%s" % (R.randint(1, 45), R.choice("ABCDEF"))
    if kind == "uuid":
        h = rs("0123456789abcdef", 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])
    if kind == "git_sha":
        return rs("0123456789abcdef", R.choice([7, 7, 12, 40]))
    if kind == "port":
        return str(R.choice([5432, 6379, 8080, 8443, 3306, 9200, 27017, 5672, 11211, 9092, 3000, 4000]))
    if kind == "hostname":
        return "%s-%s-%02d.%s" % (R.choice(["db", "api", "cache", "web", "worker", "queue"]),
                                  R.choice(["prod", "stg", "eu", "replica", "blue"]), R.randint(1, 12),
                                  R.choice(["internal", "svc.cluster.local", "corp.lan", "int"]))
    if kind == "card_last4":
        return digits(4)
    if kind == "otp":
        return digits(6)
    if kind == "customer_id":
        return R.choice(["C%s" % digits(7), "CUST-%s" % digits(5), "%s" % nz_digits(8), "KD-%s" % digits(6)])
    if kind == "employee_id":
        return R.choice(["E%s" % digits(5), "EMP-%s" % digits(4), "%s" % nz_digits(6)])
    if kind == "policy_no":
        return "%s-%s-%s" % (rs(U, 3), digits(6), digits(2))
    if kind == "case_no":
        return "%d/%s" % (R.randint(2023, 2026), digits(5))
    if kind == "serial":
        return "%s-%s-%s" % (rs(U + string.digits, 4), rs(U + string.digits, 4), rs(U + string.digits, 4))
    if kind == "timestamp":
        d = rand_date(2024, 2026)
        return "%sT%02d:%02d:%02dZ" % (d.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if kind == "room":
        return R.choice(["%s%d.%02d" % (R.choice("ABC"), R.randint(0, 5), R.randint(1, 40)), "%d%02d" % (R.randint(1, 6), R.randint(1, 30))])
    if kind == "pk_live":
        return "pk_live_" + rs(B62, 24)
    if kind == "mac":
        return ":".join(rs("0123456789ABCDEF", 2) for _ in range(6))
    if kind == "sha256":
        return rs("0123456789abcdef", 64)
    if kind == "vat_no":
        return R.choice(["GB %s %s %s" % (digits(3), digits(4), digits(2)), "DE%s" % digits(9), "NL%sB01" % digits(9),
                         "IT%s" % digits(11)])
    if kind == "pin_code":
        return digits(4)
    if kind == "percent":
        return "%d%%" % R.randint(2, 95)
    if kind == "count":
        return str(R.randint(12, 48000))
    if kind == "year":
        return str(R.randint(1890, 2024))
    if kind == "postcode_area":
        return FK[L].postcode()
    if kind == "card_expiry":
        return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))
    if kind == "house_no":
        return str(R.randint(2, 99))
    if kind == "meeting_id":
        return "%s %s %s" % (digits(3), digits(4), digits(4))
    raise KeyError(kind)


# ---------------------------------------------------------------- document recorder
PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
             "IP_ADDRESS", "DATE_OF_BIRTH"]
SECRET_TYPES = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
                "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PASSWORD", "GENERIC_API_KEY"]


class Doc:
    def __init__(self):
        self.parts = []
        self.c = 0
        self.b = 0
        self.spans = []
        self.decoys = []

    def add(self, text, typ=None, kind=None):
        if not text:
            return
        cs, bs = self.c, self.b
        self.parts.append(text)
        self.c += len(text)
        self.b += len(text.encode("utf-8"))
        if typ:
            self.spans.append({"start": bs, "end": self.b, "char_start": cs, "char_end": self.c, "type": typ, "value": text})
        elif kind:
            self.decoys.append({"start": bs, "end": self.b, "char_start": cs, "char_end": self.c, "kind": kind, "value": text})

    def text(self):
        return "".join(self.parts)


class Ctx:
    def __init__(self, lang, loc):
        self.lang, self.loc = lang, loc
        self.date_style = R.choice(date_styles(lang, loc))
        self.time_style = R.choice(["12", "24", "12dot"]) if lang in ("en", "hi-en") and loc != "ie" else "24"
        self.persons = {}
        self.genders = {}
        self.family = {}

    def person(self, k):
        if k not in self.persons:
            g = self.genders.get(k) or R.choice("fm")
            if k in self.family and self.family[k] in self.persons:
                base = self.persons[self.family[k]]
                sur = base.surname
                if base.loc == "pl":
                    sur = polish_agree(sur, g)
                p = Person(base.loc, g, surname=sur)
            else:
                loc = self.loc
                mix = 0.12 if self.lang == "en" else 0.06
                if R.random() < mix:
                    loc = R.choice([x for x in MIX_POOL if x != self.loc])
                p = Person(loc, g)
            self.persons[k] = p
        return self.persons[k]


TOKEN = re.compile(r"\{(NU|SU|N|G|S|g|n|s|R|I|U|E)(\d)?([fm])?\}"
                   r"|\{([A-Z][A-Z0-9]+)\}"
                   r"|\{d:([a-z_0-9]+)\}"
                   r"|\[\[([a-z_0-9]+)~(.+?)\]\]")
ALT = re.compile(r"<<(.+?)>>")


def person_value(code, p):
    loc = p.loc
    if code == "N":
        return "PERSON", p.full()
    if code == "G":
        return "PERSON", p.given
    if code == "S":
        return "PERSON", p.surname
    if code == "n":
        return "PERSON", lower(p.full(), loc)
    if code == "g":
        return "PERSON", lower(p.given, loc)
    if code == "s":
        return "PERSON", lower(p.surname, loc)
    if code == "NU":
        return "PERSON", upper(p.full(), loc)
    if code == "SU":
        return "PERSON", upper(p.surname, loc)
    if code == "R":
        return "PERSON", "%s, %s" % (p.surname, p.given)
    if code == "I":
        return "PERSON", "%s. %s" % (p.given[0], p.surname)
    if code == "U":
        if not p.handle:
            p.handle = make_handle(p)
        return "PERSON", p.handle
    if code == "E":
        if not p.email:
            p.email = make_email(p)
        return "EMAIL_ADDRESS", p.email
    raise KeyError(code)


def value(code, ctx):
    L = ctx.loc
    if code in SECRET_CODES:
        return secret(code)
    if code == "PHONE":
        return "PHONE_NUMBER", phone(L, intl=R.random() < 0.2)
    if code == "PHONEI":
        return "PHONE_NUMBER", phone(L, intl=True)
    if code == "ADDR":
        return "STREET_ADDRESS", ", ".join(address_lines(L))
    if code == "ADDRB":
        return "STREET_ADDRESS", "\n".join(address_lines(L))
    if code == "DOB":
        return "DATE_OF_BIRTH", fmt_date(rand_date(1948, 2004), ctx.lang, ctx.date_style)
    if code == "DOBK":
        return "DATE_OF_BIRTH", fmt_date(rand_date(2010, 2021), ctx.lang, ctx.date_style)
    if code == "CARD":
        return "CREDIT_CARD", card()
    if code == "IBAN":
        cc = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
              "pl": "PL", "tr": "TR"}[L]
        return "IBAN_CODE", iban(cc)
    if code == "SSN":
        return "US_SSN", ssn()
    if code == "IP":
        return "IP_ADDRESS", public_ip()
    if code == "IP6":
        return "IP_ADDRESS", public_ip6()
    raise KeyError(code)


def render(template, ctx):
    # directives
    while True:
        m = re.match(r"~(\d)=(\d) ", template)
        if m:
            ctx.family[int(m.group(1))] = int(m.group(2))
            template = template[m.end():]
            continue
        m = re.match(r"@([a-z]{2}) ", template)
        if m:
            template = template[m.end():]
            continue
        break
    template = ALT.sub(lambda m: R.choice(m.group(1).split("|")), template)
    template = template.replace("\\n", "\n")
    for m in TOKEN.finditer(template):
        if m.group(1) and m.group(3):
            ctx.genders[int(m.group(2) or 1)] = m.group(3)
    doc = Doc()
    pos = 0
    for m in TOKEN.finditer(template):
        doc.add(template[pos:m.start()])
        pos = m.end()
        if m.group(1):
            typ, v = person_value(m.group(1), ctx.person(int(m.group(2) or 1)))
            doc.add(v, typ=typ)
        elif m.group(4):
            typ, v = value(m.group(4), ctx)
            doc.add(v, typ=typ)
        elif m.group(5):
            doc.add(decoy(m.group(5), ctx), kind=m.group(5))
        else:
            doc.add(m.group(7), kind=m.group(6))
    doc.add(template[pos:])
    return doc


def forced_locale(template, lang):
    m = re.search(r"(?:^|\s)@([a-z]{2}) ", template[:12])
    if m:
        return m.group(1)
    if "{SSN}" in template:
        return "us"
    if lang == "en":
        if "{IBAN}" in template:
            return R.choice(["uk", "uk", "ie"])
        return wchoice(EN_LOCALES)
    return R.choice(LANG_LOCALES[lang])


# ================================================================ FRAMES
# Each block: (category, lang, text); each non-empty line of text is "kind | template".
FRAMES = []


def block(cat, lang, text):
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, tpl = line.split(" | ", 1)
        FRAMES.append((cat, lang, kind.strip(), tpl))


# ---------------------------------------------------------------- English, personal
block("per", "en", r"""
email | Hi {G}, thanks for sending the signed lease back so quickly. I've passed a copy to {N2} in lettings, who will be in touch about the deposit.
email | Morning all, {G} is off sick today so {G2} will cover the ten o'clock call with the auditors.
email | Dear Ms {S1f}, your new key fob is ready for collection from reception. Please bring photo ID.
email | Hello {G}, I tried ringing you on {PHONE} but it went straight to voicemail. Could you call me back when you get a sec?
email | Just confirming that {N} joins the project from Monday and that her timesheets should be sent to {E}.
email | Dear {N}, as requested we have changed your correspondence address to {ADDR}.
email | {G}, quick one: is {G2f} still on your team or did she move over to finance?
email | Hi there, I'm {N}, {G2f}'s <<flatmate|neighbour|partner>>. She asked me to let you know she can't make Thursday.
email | Thanks {G}! I'll add {N2f} ({E2}) to the distribution list so she gets the minutes directly.
email | Good afternoon Mr {S1m}, your appointment with our mortgage adviser has moved to {d:event_date} at {d:time}.
email | Apologies for the delay, {G}. The courier has now confirmed the parcel went to {ADDR} rather than to your office.
email | Please note that {N1f} has left the company. Anything for her should go to {N2} at {E2}.
email | Dear Professor {S}, thank you for agreeing to examine {N2}'s thesis. The viva is pencilled in for {d:event_date}.
email | Hi {G}, the plumber you recommended, {N2m}, was brilliant. Do you have his number? Mine was {PHONE} but I think I wrote it down wrong.
email | {G} and I are putting together a leaving card for {N3}. If you'd like to sign it, it's on my desk until Friday.
email | Dear Sir or Madam, I am writing on behalf of my mother, {N1f}, who has lived at {ADDR} since {d:year}.
chat | is {g1f} coming tonight or is she still stuck at work
chat | lol {g} just fell asleep on the sofa again
chat | can someone give {g1f} a lift to training tmrw? her mum's car is in the garage
chat | @{U} can you look at my PR when you get a minute, it's the tiny one
chat | {G} says the office wifi changed again, has anyone got the new details?
chat | tell {g} i said happy birthday!! 🎉
chat | {G} and {G2} are doing the lunch run, message them your orders before 12
chat | does anyone have {g1f}'s new number? she changed it after her phone got nicked
chat | ok so {g} from accounts just replied-all to the entire company 😂
chat | me and {g} are at the back near the bar, look for the yellow jacket
chat | honestly {G} is the only one who understands that spreadsheet
chat | {n1m}? yeah i went to school with him, why
chat | new starter on monday: {N}, sitting with the data team
chat | {G} love can you grab milk on the way home x
chat | hey its {g}, this is my new number btw. old one is dead
chat | ring {g1f} on {PHONE}, she knows where the spare key is
chat | wait is {g2} {g}'s sister?? they look nothing alike
chat | {S} from the garage rang, the car's ready after 3
chat | shout out to {G} for staying late to fix the printer 🙌
chat | did {g} ever pay you back for the concert tickets
chat | anyone know if {G} {S} still works here? got a letter addressed to them
chat | {g} and {g2} are bringing the speakers, i'll sort the drinks
sms | Hi it's {G} from {d:org}, just confirming your viewing of the flat tomorrow at {d:time}. Reply Y to confirm.
sms | Mum it's {G}, my phone died so I'm using {G2}'s. Can you pick me up from the station pls
sms | Your driver {G} is arriving in a silver Corolla. If you can't spot them call {PHONE}.
sms | Reminder: {G}'s check-up is on {d:event_date} at {d:time}. Call us if you need to rearrange.
sms | Hey, {G} passed on your number, I'm the one selling the pram. Still interested?
sms | Running ten minutes late, tell {G} to start without me
sms | This is {N}. I'm locked out of the flat, could you ring me on {PHONE} when you're free?
sms | Parcel left with your neighbour {G} at number {d:house_no}. Thanks!
support_ticket | Customer {N1f} reports the app has been logging her out every few minutes since version {d:version}. Callback on {PHONE}.
support_ticket | Ticket {d:ticket_id}: {N} can't reset the password, the reset mail never reaches {E}.
support_ticket | ~2=1 Caller was {G1f}, ringing for her father {N2m}, who is locked out of his account. Verified his DOB as {DOB}.
support_ticket | User {U} says the VPN drops every twenty minutes when connecting from {IP}.
support_ticket | Refund requested by {N} for order {d:order_id}. Card on file ends in {d:card_last4}.
support_ticket | Escalated to {G2} in tier 2. Original reporter: {N}, {E}.
support_ticket | {N} says the engineer never turned up at {ADDR} and wants a new slot this week.
support_ticket | Please update the billing address for {N} to {ADDR}. Confirmed with the customer on the phone.
support_ticket | Customer wants contact by e-mail only ({E}), please don't call {PHONE}.
support_ticket | Blocked several login attempts on {U} from {IP}; the user confirmed it wasn't them.
support_ticket | {N} (account {d:customer_id}) was charged twice. She read out the card as {CARD}, please don't keep that in the notes.
support_ticket | Asked {G1f} for a screenshot. She mentioned that her son {G2m} set up the account originally.
crm_note | Spoke to {N} at {d:org}: interested in the annual plan, wants a quote by Friday. Mobile {PHONE}.
crm_note | {G} signs off on budget; {G2} handles procurement. Follow up after {d:event_date}.
crm_note | Met {N} at the trade fair. Prefers WhatsApp, {PHONEI}.
crm_note | Left a voicemail for Mr {S1m}. Try again on Tuesday morning.
crm_note | Web lead: {N}, {E}, asking about bulk pricing for schools.
crm_note | {N1f} has moved from {d:org} to a competitor. Update the record but keep her on the newsletter.
crm_note | Account owner changed from {N} to {N2}. Old contact address {E} is bouncing.
crm_note | Customer since {d:year}. {G} mentioned their new warehouse at {ADDR} needs two more scanners.
meeting_notes | Attendees: {N}, {N2}, {N3}. Apologies: {G4}.
meeting_notes | Action: {G} to chase legal about the NDA; {G2} to book the venue for the offsite.
meeting_notes | {I} presented the Q3 numbers, {I2} asked whether churn was seasonal.
meeting_notes | Notes taken by {G}. Next sync {d:event_date} at {d:time}, room {d:room}.
meeting_notes | {G} raised concerns about the rollout date; {S2} agreed to revisit once testing is done.
meeting_notes | Decision: {N} owns the supplier review from now on.
meeting_notes | present: {g}, {g2}, {g3}. minutes: {g4}
hr_note | {N} has asked for compressed hours from {d:event_date}; her manager {N2} supports it.
hr_note | Return-to-work meeting with {G} after two weeks off sick. Referred to occupational health.
hr_note | New starter {N}, DOB {DOB}, start date {d:event_date}, salary {d:salary}.
hr_note | Exit interview: {G1f} cited lack of progression and recommends {G2} for her role.
hr_note | Emergency contact for {N}: {N2} (partner), {PHONE}.
hr_note | Bank details for new starter {N}: {IBAN}. Payroll, please update before the 25th.
hr_note | Grievance raised by {N} against line manager {N2}; {G3} is leading the investigation.
hr_note | {G1f} passed probation today. Reminder to update her contract.
clinic_admin | Patient {N}, DOB {DOB}, rebooked for {d:event_date}. Prefers calls on {PHONE}.
clinic_admin | Mrs {S1f} phoned to cancel her physio session and will ring back to rebook.
clinic_admin | New registration: {N}, born {DOB}, address {ADDR}.
clinic_admin | Dr {S2} asked that {N1f} bring her previous scans to the next appointment.
clinic_admin | Prescription for {N} collected by daughter {G2f} at {d:time}.
clinic_admin | {G} (DOB {DOB}) did not attend for the second time, please send the standard letter.
clinic_admin | Reminder text sent to {PHONE} for {G}'s flu jab on {d:event_date}.
clinic_admin | Next of kin for {N}: {N2}, {PHONE}.
school_msg | Dear parents, a blue water bottle with {G}'s name on it has been handed in to the office.
school_msg | ~2=1 Hi Mrs {S1f}, {G2} did really well in the spelling test today!
school_msg | {N} (born {DOBK}) has been offered a place in Reception starting in September.
school_msg | Please could {G1m} be collected by his grandad, {N2m}, today instead of me. Thanks, {G3}
school_msg | Reminder: {G}'s permission slip for the museum trip is still outstanding.
school_msg | The class rep for 5B is {N1f}; you can reach her on {PHONE}.
school_msg | {G1f} was a bit upset at lunch today, nothing serious, she'd fallen out with {G2}.
school_msg | Mr {S1m} will run after-school chess on Wednesdays from {d:event_date}.
delivery | Left with neighbour {N} at {ADDR}.
delivery | Driver note: ring {PHONE} on arrival, gate code {d:pin_code}.
delivery | Deliver to {N}, {ADDR}. Leave in the porch if there's no answer.
delivery | Signed for by {NU} at {d:time}.
delivery | Parcel {d:tracking_no} for {N} returned to depot: address incomplete.
delivery | Recipient {G} asked for delivery after 5pm. Contact: {PHONE}.
delivery | Collection from {ADDR} booked for {d:event_date}; ask for {G} at reception.
ai_prompt | Summarise this email from {N} in three bullet points: "Hi, I'm moving to {ADDR} next month, please update my file and stop sending post to the old flat."
ai_prompt | Draft a polite reply to {G} saying we can't refund the deposit but we can move the booking to another date.
ai_prompt | Can you rewrite this so it sounds less angry? "{G}, this is the third time I've asked for the report."
ai_prompt | Translate into Spanish: "Dear {N}, your appointment is confirmed for {d:event_date}."
ai_prompt | Extract the name, phone and email from this signature and give me JSON: {N} | {PHONE} | {E}
ai_prompt | I'm writing a reference for my former employee {N1f}. She was with us four years. Can you help me make it sound professional?
ai_prompt | Here's a chat between me and {G}. Who is in the wrong?\n{G}: you never told me\nme: i literally did, twice
ai_prompt | Write a short birthday message for my colleague {G1f}, she's turning 40 and loves gardening.
ai_prompt | Turn these notes into a proper email to {N}: meeting moved to Thursday, bring the contract, call {PHONE} if you get lost.
ai_prompt | Fix the grammar please: "me and {G} was going to the shops when {G2} rang"
ai_prompt | Summarise the complaint below and suggest a response.\nFrom: {E}\nI ordered on {d:event_date} and nothing has arrived. {N}
ai_prompt | Make a table from these: {N}, {PHONE}; {N2}, {E2}
ai_prompt | Is this letter ok to send to my landlord {N}? I live at {ADDR} and the boiler has been broken for a week.
ai_prompt | Help me reply to {G} from the PTA, who wants volunteers for the bake sale. I can only do an hour.
bank_msg | We've received a request to add {N} as a new payee, account {IBAN}. If this wasn't you, call us now.
bank_msg | Your payment of {d:amount} to {N} was declined. Please check the details and try again.
bank_msg | Beneficiary: {N}\nIBAN: {IBAN}\nReference: rent
bank_msg | Card {CARD} registered to {NU} has been frozen after suspicious activity.
bank_msg | Hi {G}, your direct debit to {d:org} will be taken on {d:event_date}.
travel | Booking {d:booking_ref}: passengers {NU} and {NU2}, flight {d:flight_no}, seats {d:seat} and {d:seat}.
travel | Hotel guest {N} requests a late check-out; mobile {PHONE}.
travel | Name on ticket must match the passport exactly: {R}.
travel | Hi {G}, your transfer driver will meet you in arrivals with a sign showing your name.
form | Name: {N}\nDate of birth: {DOB}\nPhone: {PHONE}
form | Full name: {NU}\nAddress: {ADDR}\nEmail: {E}
form | @us Applicant: {R}\nDOB: {DOB}\nSSN: {SSN}
form | Emergency contact\nName: {N}\nRelationship: sister\nMobile: {PHONE}
form | Cardholder: {NU}\nCard number: {CARD}\nExpiry: {d:card_expiry}
form | Patient: {N}   DOB: {DOB}\nReferred by: Dr {S2}\nReason: follow-up
email_signature | Best,\n{G}\n{d:org}\nm: {PHONE}
email_signature | Kind regards,\n{N}\nSenior Account Manager\n{E} | {PHONE}
email_signature | --\n{N}\nSent from my phone, excuse typos
email_signature | {N} | Operations\n{d:org}\n{PHONE}
email_signature | Thanks,\n{I}\nPayroll Team\nTel {PHONE}
address_block | {N}\n{ADDRB}
address_block | FAO {N}\n{d:org}\n{ADDRB}
address_block | c/o {N}\n{ADDRB}
address_block | Ship to:\n{NU}\n{ADDRB}\nTel: {PHONE}
roster | Saturday rota\n09:00 {G}\n13:00 {G2}\n17:00 {G3}
roster | Team A: {N}, {N2}\nTeam B: {N3}, {N4}
roster | On call this week: {G} (primary), {G2} (backup)\nEscalation: {PHONE}
roster | {R}\n{R2}\n{R3}
roster | carpool: mon {g}, tue {g2}, wed {g}, thu {g3}, fri whoever's left
log_line | {d:timestamp} INFO login ok user={U} ip={IP}
log_line | sshd[{d:count}]: Accepted publickey for {U} from {IP} port 52811 ssh2
log_line | {IP} - {U} [{d:timestamp}] "GET /account/settings HTTP/1.1" 200 5123
log_line | WARN password reset requested for {E} from {IP}
log_line | audit: role changed to admin for {E} by {U2}
log_line | {d:timestamp} payment_failed customer_email={E} amount={d:amount}
log_line | new device sign-in: {E} from {IP6}
voice_transcript | hi um this is {n} calling about the boiler again my number is {PHONE} thanks bye
voice_transcript | yeah so {g1f} said she'd be there at half six but i haven't heard anything since
voice_transcript | hello it's {g} from the surgery could {g2} give us a call back please
social_post | Huge congratulations to my cousin {N} on graduating today! 🎓
social_post | Lost: black cat, answers to [[pet_name~Pepper]]. If found please call {G} on {PHONE}.
social_post | shoutout to {g} who found my wallet on the bus and handed it in ❤️
note | Remind {G} about the dentist on {d:event_date}.
note | {G}: spare key is under the plant pot, alarm code {d:pin_code}.
note | Call {N} about the gutter quote, {PHONE}.
note | Gift ideas: {G} candles, {G2} book voucher, dad socks
support_ticket | @us Employee {N} needs to resubmit the W-4; the SSN on file ({SSN}) has a typo.
crm_note | @us Tenant screening for {N}: SSN {SSN}, current address {ADDR}.
email | @us Hi {G}, could you send your social security number again? The one on the form ({SSN}) failed verification.
security_msg | Your account was accessed from {IP} on a new device. If this wasn't you, {G}, reset your password now.
support_ticket | Ban appeal from {U}: says the IP {IP} is shared with a roommate.
chat | hey {g} can u pay for the tickets, my card is {CARD} exp {d:card_expiry}, i'll transfer u later
support_ticket | Customer read out card {CARD} on the call. Please redact the recording. Agent: {G}.
""")

# ---------------------------------------------------------------- English, public (look-alikes only)
block("pub", "en", r"""
ad | Our spring sale ends on {d:event_date}. Everything in the [[brand~Levi's]] range is 30% off. ## Last chance: [[brand~Ralph Lauren]] polos are half price until {d:event_date}. ## Free delivery on all [[brand~Dyson]] orders placed before {d:time} today.
release_notes | Version {d:version} fixes the crash when exporting PDFs on Windows and speeds up start-up. ## {d:version}: dark mode finally works on the settings page; thanks to everyone who filed bugs. ## Build {d:build} is now rolling out to the beta channel.
order_update | Order {d:order_id} has shipped and should arrive by {d:event_date}. ## Good news, your order {d:order_id} is out for delivery today. ## We've received your return for order {d:order_id}; refunds take up to five working days.
travel | Flight {d:flight_no} to [[city~Lisbon]] is delayed until {d:time}. Please check the departure boards. ## Gate change: {d:flight_no} to [[city~Adelaide]] now boards from gate {d:seat}. ## {d:flight_no} from [[city~Darwin]] has landed; baggage will be on belt {d:house_no}.
product_page | The [[brand~Kenwood]] {d:model_no} stand mixer comes with a five-year motor guarantee. ## [[brand~Bosch]] {d:model_no} dishwasher, 13 place settings, energy rating B. ## [[brand~Philips]] {d:model_no} kettle, 1.7 litres, matt black.
news | Residents of [[city~Savannah]] are being asked to conserve water after a main burst on {d:event_date}. ## The ferry service between [[city~Nelson]] and [[city~Wellington]] resumes on {d:event_date}. ## Flooding closed several roads around [[city~Shannon]] on {d:event_date}.
weather | [[storm_name~Storm Darragh]] brought gusts of over 90 mph to western coasts overnight. ## Forecasters expect [[storm_name~Storm Ciarán]] to bring heavy rain by {d:time}. ## [[storm_name~Hurricane Beryl]] has weakened to a tropical storm.
notice | The [[place~Churchill Way]] car park will be closed for resurfacing from {d:event_date}. ## Lifts at [[place~Victoria Station]] are out of service until {d:event_date}. ## Bin collections on [[place~King Edward Road]] move to Thursdays from {d:event_date}.
menu | Tonight's specials: beef [[dish~Wellington]], peach [[dish~Melba]] and a [[dish~Margherita]] for the kids. ## Sunday lunch: roast chicken, eggs [[dish~Florentine]] until noon, and [[dish~crêpes Suzette]] for dessert. ## Add a [[dish~Caprese]] side for {d:amount}.
review | Just finished [[title~Anne of Green Gables]] again and it still holds up. ## Saw [[title~Matilda]] at the theatre last night, the kids loved it. ## [[title~Oliver Twist]] was on the reading list this term and honestly it dragged.
chat | anyone know if the [[brand~Lidl]] near [[city~Madison]] is open on bank holidays? ## is the [[brand~Greggs]] by the station still doing the vegan sausage roll ## has anyone tried the new [[brand~Tim Hortons]] on the high street
chat | can't stop playing [[title~Roxanne]] on repeat today ## who put [[title~Layla]] on the office playlist, it's stuck in my head ## [[title~Hey Jude]] at karaoke was a mistake lol
general_knowledge | [[eponym~Parkinson's]] disease affects movement and usually develops slowly. ## Water boils at 212 degrees [[eponym~Fahrenheit]] at sea level. ## The [[eponym~Richter]] scale was replaced by the moment magnitude scale for large quakes.
chat | [[name_word~Will]] you be around on {d:event_date}? need a hand moving the sofa ## [[name_word~Mark]] the invoice as paid once the transfer clears ## [[name_word~Grace]] period for the renewal ends on {d:event_date}
support_article | To reset your router, hold the button on the back for 10 seconds, then open {d:private_ip} in a browser. ## If the printer's IP is {d:private_ip}, add it manually under Settings > Devices. ## Default gateway is usually {d:private_ip}; yours may differ.
doc_examples | Use someone@[[example_email~example.com]] as the address in the sample request. ## Example: curl -u demo:demo https://api.example.net/v1/ping ## In the docs we use [[doc_ip~203.0.113.7]] for the client address.
doc_examples | To test payments, use card [[test_card~4242 4242 4242 4242]] with any future expiry and any CVC. ## The sandbox accepts [[test_card~5555 5555 5555 4444]] for Mastercard tests. ## Declined-card test number: [[test_card~4000 0000 0000 0002]].
doc_examples | Replace [[placeholder~AKIAIOSFODNN7EXAMPLE]] with your own access key id before running the script. ## Set API_KEY=[[placeholder~your-api-key-here]] in the .env file. ## The token looks like [[placeholder~ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]], never commit the real one.
doc_examples | A valid-looking IBAN for documentation is [[example_iban~GB82 WEST 1234 5698 7654 32]]; it will not work for payments. ## Sample phone numbers in our guides use the [[test_phone~555-0147]] range. ## For UK drama scripts, Ofcom reserves numbers like [[test_phone~07700 900461]].
config | redis:\n  host: {d:hostname}\n  port: {d:port} ## db_host = {d:private_ip}\ndb_port = {d:port}\npool_size = 20 ## upstream backend {\n  server {d:private_ip}:{d:port};\n}
log_line | {d:timestamp} INFO deploy finished build={d:build} host={d:hostname} ## {d:timestamp} WARN disk 91% full on {d:hostname} ## {d:timestamp} ERROR timeout connecting to {d:private_ip}:{d:port} after 30s
log_line | commit {d:git_sha} merged into main ## request_id={d:uuid} status=200 duration_ms=84 ## sha256 {d:sha256}  release.tar.gz
receipt | Receipt {d:invoice_no}\n2 x flat white {d:amount}\nTotal paid by card ending {d:card_last4} ## Invoice {d:invoice_no} due {d:event_date}, amount {d:amount} ## Thank you for shopping at [[brand~Sainsbury's]]. You saved {d:amount} today.
events | The [[award~Booker Prize]] shortlist will be announced on {d:event_date}. ## Tickets for the [[event~Chelsea Flower Show]] go on sale {d:event_date}. ## The [[event~Edinburgh Fringe]] programme launches on {d:event_date}.
sports | [[team~Aston Villa]] host [[team~Tottenham]] on {d:event_date}, kick-off {d:time}. ## [[team~Wellington Phoenix]] were held to a draw at home. ## [[team~Hamilton Academical]] confirmed a new kit sponsor.
it_notice | Scheduled maintenance on {d:hostname} from {d:time}; expect brief outages. ## The VPN gateway moves to {d:private_ip} on {d:event_date}. ## Please update to {d:version} of the client before Friday.
notice | Call our helpline free on {d:org_phone} or e-mail {d:org_email}. ## For bookings, ring {d:org_phone} (lines open 8am to 6pm). ## Questions about your bill? {d:org_email}
product_page | [[brand~Cadbury]] Dairy Milk, 200g, {d:amount}. ## [[brand~Kellogg's]] Corn Flakes, family size. ## [[brand~Ferrero]] Rocher, box of 16, {d:amount}.
travel | Your booking reference is {d:booking_ref}. Seat {d:seat} has been assigned. ## Check-in opens 24 hours before departure of {d:flight_no}. ## Boarding pass for {d:flight_no}, seat {d:seat}, gate closes at {d:time}.
form | Name: ____________\nDate of birth: __ / __ / ____\nSignature: ____________ ## First name:\nLast name:\nPhone:\nEmail: ## [ ] I agree to the terms\nFull name (capitals): __________
news | The [[org~Marriott]] on the waterfront reopens on {d:event_date} after a refit. ## [[org~Hilton]] is adding 40 rooms at its airport site. ## [[org~Boeing]] delivered {d:count} aircraft last quarter.
chat | the [[character~Paddington]] film is on tonight if anyone wants to come over ## kids are obsessed with [[character~Bluey]] right now ## dressed up as [[character~Frodo]] for the party 😅
general_knowledge | [[city~Charlotte]] is the largest city in North Carolina. ## [[city~Eugene]] is home to the University of Oregon. ## [[city~Kimberley]] in South Africa is known for its diamond mine.
chat | asked [[bot_name~Gemini]] to summarise the thread and it made half of it up ## [[bot_name~Siri]], set a timer for ten minutes ## asked [[bot_name~Cortana]] for the weather and it opened Edge
ops_ids | Customer ID {d:customer_id} migrated to the new billing system. ## Policy {d:policy_no} renewed automatically on {d:event_date}. ## Case {d:case_no} closed, no further action.
ops_ids | Serial {d:serial} registered for warranty. ## Device MAC {d:mac} added to the allow list. ## Employee badge {d:employee_id} deactivated after the contract ended.
shop | The [[product~Hugo Boss]] store on Grafton Street closes at {d:time} on Sundays. ## [[brand~Dr. Martens]] boots are back in stock in sizes 4 to 11. ## [[brand~Calvin Klein]] outlet: extra 20% off this weekend.
news | Council approves new cycle lane on [[street_named~Oliver Tambo Road]]. ## Works on [[street_named~Queen Victoria Street]] will finish by {d:event_date}. ## Traffic diverted along [[street_named~Prince Albert Road]] this weekend.
library | [[title~Emma]], clothbound edition, ISBN {d:isbn}. ## Now in paperback: [[title~Wuthering Heights]], ISBN {d:isbn}. ## Returns due by {d:event_date}; ISBN {d:isbn}.
meeting_notes | Zoom meeting ID {d:meeting_id}, passcode on the calendar invite. ## Dial-in: {d:org_phone}, meeting ID {d:meeting_id}. ## Teams room {d:room}, starts {d:time}.
security_msg | Your verification code is {d:otp}. It expires in 10 minutes. Never share it with anyone. ## {d:otp} is your sign-in code. ## Use {d:otp} to confirm your new device.
school_msg | Reminder: school closes at {d:time} on {d:event_date} for the staff training day. ## Year 6 SATs week begins {d:event_date}. ## The summer fair raised {d:amount}, thank you all!
social_post | Throwback to the [[place~Sydney Opera House]] last summer 😍 ## Sunrise over [[place~Lake Louise]] this morning ## Finally made it to [[place~Hamilton Gardens]]!
news | Unemployment fell to {d:percent} in the three months to {d:event_date}. ## Inflation was {d:percent} last month. ## House prices rose {d:percent} over the year.
voice_transcript | hi this is a reminder from [[org~Boots]] pharmacy your prescription is ready for collection ## this is an automated message from your energy supplier please call {d:org_phone} ## you have one new voicemail received at {d:time}
code | const DEFAULT_TIMEOUT = 30000;\nconst API_BASE = "https://api.internal/v2"; ## def add(a, b):\n    return a + b ## SELECT id, created_at FROM orders WHERE status = 'paid';
config | # sample config, replace before use\napi_key: [[placeholder~<YOUR_API_KEY>]]\npassword: [[placeholder~changeme]] ## STRIPE_PUBLISHABLE_KEY={d:pk_live} ## TWILIO_ACCOUNT_SID=[[account_sid~AC1f2e3d4c5b6a79880716253443526170]]
job_ad | We're hiring a senior data engineer, salary {d:salary}. Apply by {d:event_date}. ## Part-time receptionist wanted, {d:salary} pro rata. ## Graduate scheme opens {d:event_date}.
chat | ordered the [[brand~McLaren]] lego set, arrives {d:event_date} 🙃 ## my [[brand~Peugeot]] is in for its MOT on {d:event_date} ## finally booked the [[brand~Porsche]] driving experience
news | A [[brand~Fabergé]] egg sold for {d:amount} at auction on {d:event_date}. ## The [[org~Guggenheim]] extends its late openings to {d:event_date}. ## A [[brand~Steinway]] grand was donated to the music school.
ad | [[brand~Warburtons]] Toastie loaf, two for {d:amount}. ## [[brand~Colgate]] toothpaste, buy one get one free. ## [[brand~Gillette]] razors from {d:amount}.
""")


# ---------------------------------------------------------------- English, secret
block("sec", "en", r"""
env_file | DATABASE_URL=postgres://app:{PW}@{d:hostname}:{d:port}/orders\nREDIS_URL=redis://{d:private_ip}:6379/0
config | [default]\naws_access_key_id = {AKID}\naws_secret_access_key = {ASK}\nregion = eu-west-2
shell | $ export GITHUB_TOKEN={GHP}\n$ gh repo clone acme/billing
chat | here's the staging admin password: {PW} (don't paste it anywhere else pls)
config | alerts:\n  slack_webhook: {SLACKHOOK}\n  channel: "#deploys"
code | import stripe\nstripe.api_key = "{STRIPE}"
env_file | OPENAI_API_KEY={OPENAI}\nMODEL=gpt-4o-mini
code | client = anthropic.Anthropic(api_key="{ANTH}")
shell | curl -s https://api.internal/v1/me -H "Authorization: Bearer {JWT}"
support_ticket | {G1f} pasted her API key into the ticket by mistake: {KEY}. Please rotate it and reply to her at {E}.
shell | mysql -u admin -p{PW} -h {d:private_ip} reporting
code_review | heads up, line 42 still has the real key: SENDGRID_API_KEY = "{KEY}"
ai_prompt | Why does this fail with a 401? client = OpenAI(api_key="{OPENAI}")
email | Hi {G}, your temporary password is {PW}. You'll be asked to change it the first time you sign in.
env_file | SLACK_BOT_TOKEN={SLACK}\nSLACK_SIGNING_SECRET={KEY}
ci_log | Run ./deploy.sh\n  using token {GHP}\n  pushing image to registry...
config | [smtp]\nhost = smtp.mailgun.org\nuser = postmaster\npassword = {PW}
code | # TODO move to vault\nAWS_SECRET_ACCESS_KEY = "{ASK}"\nAWS_ACCESS_KEY_ID = "{AKID}"
chat | lol who committed {STRIPE} to the public repo
shell | $ docker login registry.example.net -u deploy -p {PW}
log_line | {d:timestamp} DEBUG outgoing request headers={'Authorization': 'Bearer {JWT}'}
chat | wifi for the offsite is "Harbour-Guest", password {PW}
ai_prompt | Can you check my config? It won't connect.\nhost: {d:hostname}\nuser: etl\npassword: {PW}
http | GET /v2/reports HTTP/1.1\nHost: api.partner.io\nX-Api-Key: {KEY}
""")


# ---------------------------------------------------------------- German
block("per", "de", r"""
email | Hallo {G}, danke für die schnelle Rückmeldung. Ich habe den Vertrag an {N2} aus der Buchhaltung weitergeleitet.
chat | kommt {g1f} heute auch oder muss sie länger arbeiten?
support_ticket | Kundin {N1f} meldet, dass die Rechnung an die alte Anschrift ging. Neue Adresse: {ADDR}.
hr_note | Frau {S1f} ist ab {d:event_date} in Elternzeit, die Vertretung übernimmt {N2}.
clinic_admin | Patient {N1m}, geb. {DOB}, Termin verschoben auf {d:event_date}, Rückruf bitte unter {PHONE}.
sms | Hi, hier ist {G}. Meine alte Nummer geht nicht mehr, bitte speicher dir {PHONE} ein.
bank_msg | Überweisung an {N}\nIBAN: {IBAN}\nVerwendungszweck: Miete
meeting_notes | Teilnehmer: {N}, {N2}, {N3}. Protokoll: {G4}.
delivery | Paket wurde beim Nachbarn {N1m} abgegeben, {ADDR}.
ai_prompt | Fasse diese Mail von {N} in zwei Sätzen zusammen: „Ich ziehe nächsten Monat um, meine neue Adresse ist {ADDR}.“
school_msg | Liebe Eltern, {G1m} hat heute seine Jacke in der Turnhalle liegen lassen.
form | Name: {N}\nGeburtsdatum: {DOB}\nTelefon: {PHONE}\nE-Mail: {E}
crm_note | Herr {S1m} von {d:org} möchte bis Freitag ein Angebot, am liebsten per Mail an {E}.
""")
block("pub", "de", r"""
news | Die Bahnstrecke zwischen [[city~Augsburg]] und [[city~Ulm]] ist ab {d:event_date} wieder frei. ## Der Weihnachtsmarkt in [[city~Erfurt]] öffnet am {d:event_date}. ## In [[city~Bamberg]] fällt am {d:event_date} die Müllabfuhr aus.
product_page | [[brand~Liebherr]] Kühlschrank {d:model_no}, lieferbar ab {d:event_date}. ## [[brand~Braun]] Rasierer {d:model_no}, {d:amount}. ## [[brand~Haribo]] Goldbären, 175 g, {d:amount}.
order_update | Ihre Bestellung {d:order_id} wurde versandt. Sendungsnummer: {d:tracking_no}. ## Rechnung {d:invoice_no} über {d:amount} ist am {d:event_date} fällig. ## Kundennummer {d:customer_id}, Ticket {d:ticket_id} wurde geschlossen.
""")
block("sec", "de", r"""
env_file | # Zugangsdaten Testsystem\nDB_PASSWORT={PW}\nDB_HOST={d:private_ip}
chat | hier das WLAN-Passwort fürs Büro: {PW} (bitte nicht weitergeben)
""")

# ---------------------------------------------------------------- French
block("per", "fr", r"""
email | Bonjour {G}, merci pour ton retour. J'ai transmis le dossier à {N2}, qui te rappellera demain.
chat | {g1f} vient ce soir ou elle bosse encore ?
sms | Coucou c'est {G}, j'ai changé de numéro : {PHONE}
support_ticket | Mme {S1f} signale que sa facture a été envoyée à l'ancienne adresse. Nouvelle adresse : {ADDR}.
clinic_admin | Patient : {N1m}, né le {DOB}. Rendez-vous déplacé au {d:event_date}.
hr_note | {N} est en arrêt maladie jusqu'au {d:event_date} ; {G2} assure l'intérim.
school_msg | Bonjour Madame, {G} a oublié son cahier de maths à l'école aujourd'hui.
delivery | Colis remis au gardien, M. {S1m}, {ADDR}.
bank_msg | Virement de {d:amount} vers {N}, IBAN {IBAN}, effectué le {d:event_date}.
ai_prompt | Rédige une réponse polie à {N}, qui demande le remboursement de sa réservation.
meeting_notes | Présents : {N}, {N2}, {N3}. Excusée : {G4f}.
form | Nom : {SU}\nPrénom : {G}\nDate de naissance : {DOB}\nTél. : {PHONE}
""")
block("pub", "fr", r"""
news | Le festival de [[city~Cannes]] ouvre ses portes le {d:event_date}. ## Travaux sur la ligne entre [[city~Nantes]] et [[city~Angers]] jusqu'au {d:event_date}. ## Le marché de [[city~Colmar]] est annulé le {d:event_date}.
notice | La médiathèque [[place~Émile-Zola]] sera fermée le {d:event_date}. ## Le parking [[place~Jean-Moulin]] rouvre à {d:time}. ## La piscine [[place~Marie-Curie]] est en travaux jusqu'au {d:event_date}.
ad | Chez [[brand~Peugeot]], la révision est offerte jusqu'au {d:event_date}. ## [[brand~Michelin]] : deux pneus achetés, le troisième offert. ## Nouvelle collection [[brand~Hermès]] en boutique dès le {d:event_date}.
""")
block("sec", "fr", r"""
config | [database]\nutilisateur = app\nmot_de_passe = {PW}
chat | voilà le token GitHub pour le déploiement : {GHP} (à ne pas partager)
""")

# ---------------------------------------------------------------- Spanish
block("per", "es", r"""
chat | ¿{g} viene esta noche o sigue en el curro?
email | Hola {G}, te paso el contacto de {N2}: {PHONE}. Dile que vas de mi parte.
support_ticket | El cliente {N1m} no recibe el correo de verificación en {E}.
clinic_admin | Paciente: {N}, fecha de nacimiento {DOB}. Cita cambiada al {d:event_date}.
hr_note | {N} se incorpora el {d:event_date} al equipo de {N2}.
sms | Hola, soy {G1f}, la vecina del tercero. ¿Me puedes llamar al {PHONE}?
delivery | Entregar a {N} en {ADDR}. Si no está, dejar con el portero.
bank_msg | Transferencia a {N}, IBAN {IBAN}, concepto: alquiler.
ai_prompt | Resume este correo de {N} en dos frases: "Me mudo a {ADDR} el mes que viene, actualizad mis datos."
school_msg | ~2=1 Buenos días, {G1m} no irá hoy al colegio porque tiene fiebre. Un saludo, {N2}.
meeting_notes | Asistentes: {N}, {N2} y {N3}. Acta: {G4}.
""")
block("pub", "es", r"""
news | El Ayuntamiento de [[city~Valencia]] corta el tráfico en el centro el {d:event_date}. ## Las fiestas de [[city~Pamplona]] empiezan el {d:event_date}. ## Lluvias fuertes en [[city~Málaga]] a partir de las {d:time}.
order_update | Tu pedido {d:order_id} ya está en camino y llegará el {d:event_date}. ## Factura {d:invoice_no}: {d:amount}. ## Número de seguimiento: {d:tracking_no}.
chat | alguien sabe si el [[brand~Zara]] de la plaza abre el domingo ## me he comprado unas [[brand~Adidas]] en rebajas ## el [[brand~Mercadona]] de abajo cierra a las {d:time}
""")
block("sec", "es", r"""
env_file | API_KEY={KEY}\n# no subir esto al repo
chat | la contraseña del servidor de pruebas es {PW}, cámbiala cuando entres
""")

# ---------------------------------------------------------------- Italian
block("per", "it", r"""
chat | {g} viene stasera o è ancora in ufficio?
email | Ciao {G}, ti giro il numero di {N2m}: {PHONE}. Chiamalo pure a nome mio.
support_ticket | La signora {S1f} segnala che la fattura è arrivata al vecchio indirizzo. Nuovo indirizzo: {ADDR}.
clinic_admin | Paziente {N1m}, nato il {DOB}, visita spostata al {d:event_date}.
hr_note | {N} sarà in ferie dal {d:event_date}; per urgenze contattare {N2} al {PHONE}.
sms | Ciao sono {G}, ho cambiato numero, salvati questo: {PHONE}
delivery | Consegnare a {N}, {ADDR}. Citofono rotto, chiamare il {PHONE}.
bank_msg | Bonifico a favore di {N}, IBAN {IBAN}, causale: affitto.
ai_prompt | Scrivi una risposta gentile a {N}, che chiede di spostare l'appuntamento a giovedì.
school_msg | Gentile famiglia, {G} oggi ha dimenticato il diario a scuola.
meeting_notes | Presenti: {N}, {N2}, {N3}. Verbale a cura di {G4}.
""")
block("pub", "it", r"""
news | Sciopero dei treni a [[city~Bologna]] il {d:event_date}. ## Chiusa per lavori la strada tra [[city~Lecce]] e [[city~Otranto]] fino al {d:event_date}. ## A [[city~Matera]] la festa patronale si terrà il {d:event_date}.
product_page | Caffettiera [[brand~Bialetti]] {d:model_no}, 6 tazze, {d:amount}. ## Pasta [[brand~Barilla]] n. 5, confezione da 1 kg. ## Borsa [[brand~Gucci]], modello {d:model_no}.
ad | Saldi da [[brand~Benetton]] fino al {d:event_date}. ## Nuova collezione [[brand~Prada]] disponibile dal {d:event_date}. ## [[brand~Ferrero]]: confezioni regalo a {d:amount}.
""")
block("sec", "it", r"""
config | spring.datasource.username=gestionale\nspring.datasource.password={PW}
chat | ecco la chiave per le API di test: {KEY}, scade a fine mese
""")

# ---------------------------------------------------------------- Portuguese (pt-PT and pt-BR)
block("per", "pt", r"""
chat | a {g1f} vem hoje ou ainda tá no trabalho?
email | @pt Olá {G}, segue o contacto do {N2m}: {PHONE}. Diz-lhe que foste tu que lhe deste o número.
support_ticket | Cliente {N} informa que não recebe o e-mail de confirmação em {E}.
clinic_admin | @pt Utente {N}, data de nascimento {DOB}, consulta remarcada para {d:event_date}.
hr_note | {N} começa a {d:event_date} na equipa da {N2f}.
sms | @br Oi, é a {G1f}. Mudei de número, anota aí: {PHONE}
delivery | Entregar a {N}, {ADDR}. Deixar na portaria se não houver ninguém.
bank_msg | @pt Transferência para {N}, IBAN {IBAN}, descrição: renda.
ai_prompt | Resume este e-mail da {N1f}: "Vou mudar para {ADDR} no próximo mês."
meeting_notes | Presentes: {N}, {N2}, {N3}. Ata: {G4}.
""")
block("pub", "pt", r"""
news | @pt O metro de [[city~Lisboa]] tem horário alargado a {d:event_date}. ## @br Obras na avenida principal de [[city~Curitiba]] até {d:event_date}. ## @pt Feira do livro no [[city~Porto]] abre a {d:event_date}.
order_update | O seu pedido {d:order_id} foi enviado. Código de rastreio: {d:tracking_no}. ## Fatura {d:invoice_no} no valor de {d:amount}. ## Pedido {d:order_id} entregue às {d:time}.
chat | @br alguém sabe se a loja da [[brand~Havaianas]] no shopping ainda existe? ## @br vi o novo [[brand~Fiat]] na rua hoje, bonito ## @pt a [[brand~Delta]] lançou um café novo, já provaram?
""")
block("sec", "pt", r"""
env_file | SENHA_BANCO={PW}\nHOST_BANCO={d:private_ip}
chat | @br a chave da AWS é {AKID}, o secret te mando por outro canal
""")

# ---------------------------------------------------------------- Dutch
block("per", "nl", r"""
chat | komt {g1f} vanavond ook of moet ze nog werken?
email | Hoi {G}, hierbij het nummer van {N2}: {PHONE}. Zeg maar dat je via mij komt.
support_ticket | Klant {N} meldt dat de factuur naar het oude adres is gestuurd. Nieuw adres: {ADDR}.
clinic_admin | Patiënt {N}, geboren op {DOB}, afspraak verzet naar {d:event_date}.
hr_note | {N1f} is vanaf {d:event_date} met zwangerschapsverlof; {G2} neemt haar taken over.
sms | Hoi, met {G}. Mijn nieuwe nummer is {PHONE}, wil je het opslaan?
delivery | Pakket afgegeven bij de buren, fam. {S}, {ADDR}.
bank_msg | Overboeking aan {N}, IBAN {IBAN}, omschrijving: huur.
ai_prompt | Vat deze mail van {N} samen: "Ik verhuis naar {ADDR}, willen jullie mijn gegevens aanpassen?"
meeting_notes | Aanwezig: {N}, {N2}, {N3}. Notulen: {G4}.
school_msg | Beste ouders, {G1m} heeft vandaag zijn gymtas op school laten liggen.
""")
block("pub", "nl", r"""
news | De Afsluitdijk bij [[city~Den Oever]] is op {d:event_date} afgesloten. ## Het concert in [[place~Paradiso]] begint om {d:time}. ## In [[city~Zwolle]] rijden op {d:event_date} geen bussen.
order_update | Je bestelling {d:order_id} is onderweg. Track & trace: {d:tracking_no}. ## Factuur {d:invoice_no}: {d:amount}, te betalen voor {d:event_date}. ## Retour {d:order_id} ontvangen.
chat | is de [[brand~Albert Heijn]] op de hoek zondag open? ## mijn [[brand~Philips]] scheerapparaat is stuk, iemand een tip? ## bij de [[brand~Hema]] zijn de tompouces weer in de aanbieding
""")
block("sec", "nl", r"""
config | [mail]\ngebruiker = noreply\nwachtwoord = {PW}
chat | hier is de Slack-token voor de bot: {SLACK}
""")

# ---------------------------------------------------------------- Polish
block("per", "pl", r"""
chat | {g} przyjdzie dziś czy jeszcze siedzi w pracy?
email | Cześć {G}, podsyłam kontakt do elektryka: {N2m}, {PHONE}. Powiedz, że jesteś ode mnie.
support_ticket | Pani {S1f} zgłasza, że faktura trafiła na stary adres. Nowy adres: {ADDR}.
clinic_admin | Pacjent: {N1m}, data urodzenia: {DOB}. Wizyta przeniesiona na {d:event_date}.
hr_note | {N} od {d:event_date} dołącza do zespołu, którym kieruje {N2}.
sms | Hej, tu {G1f}. Zmieniłam numer, zapisz sobie: {PHONE}
delivery | Paczkę odebrał sąsiad: {N1m}, {ADDR}.
bank_msg | Przelew na rzecz: {N}\nIBAN: {IBAN}\nTytuł: czynsz
ai_prompt | Napisz uprzejmą odpowiedź na maila, w którym {N} prosi o zwrot pieniędzy za kurs.
meeting_notes | Obecni: {N}, {N2}, {N3}. Protokół: {G4}.
form | Imię i nazwisko: {N}\nData urodzenia: {DOB}\nTelefon: {PHONE}
""")
block("pub", "pl", r"""
news | Pociągi na trasie [[city~Kraków]] – [[city~Katowice]] kursują z opóźnieniem. ## Jarmark w mieście [[city~Gdańsk]] rusza {d:event_date}. ## Od {d:event_date} zmienia się rozkład tramwajów w mieście [[city~Poznań]].
order_update | Twoje zamówienie {d:order_id} zostało wysłane. Numer przesyłki: {d:tracking_no}. ## Faktura {d:invoice_no} na kwotę {d:amount}. ## Zwrot za zamówienie {d:order_id} zaksięgowany.
product_page | Pralka [[brand~Amica]] {d:model_no}, 7 kg. ## Czekolada [[brand~Wedel]], 100 g, {d:amount}. ## Ekspres [[brand~Zelmer]] {d:model_no}.
""")
block("sec", "pl", r"""
env_file | HASLO_DB={PW}\nUZYTKOWNIK_DB=sklep
chat | token do Stripe: {STRIPE} tylko na produkcję, nie wrzucaj go do gita
""")

# ---------------------------------------------------------------- Turkish
block("per", "tr", r"""
chat | {g} bu akşam geliyor mu yoksa hâlâ işte mi?
email | Merhaba {G1f} Hanım, sözleşmeyi {N2m} Bey'e ilettim, yarın sizi arayacak.
support_ticket | Müşteri {N}, doğrulama e-postasının {E} adresine gelmediğini bildirdi.
clinic_admin | Hasta: {N}, doğum tarihi {DOB}, randevusu {d:event_date} tarihine ertelendi.
hr_note | {N}, {d:event_date} itibarıyla {N2} yönetimindeki ekibe katılıyor.
sms | Merhaba, ben {G}. Numaram değişti, yenisi: {PHONE}
delivery | Kargo komşunuz {N} adlı kişiye teslim edildi. Adres: {ADDR}.
bank_msg | Alıcı: {N}\nIBAN: {IBAN}\nAçıklama: kira
ai_prompt | {N} adlı müşteriden gelen şu e-postayı özetle: "Yeni adresim {ADDR}, faturaları oraya gönderin."
meeting_notes | Katılımcılar: {N}, {N2}, {N3}. Tutanak: {G4}.
""")
block("pub", "tr", r"""
news | [[city~İzmir]] ile [[city~Manisa]] arasındaki yol {d:event_date} tarihinde trafiğe açılacak. ## [[city~Nevşehir]] çevresinde balon turları rüzgar nedeniyle iptal edildi. ## [[city~Trabzon]] sahil yolunda {d:event_date} günü çalışma var.
order_update | {d:order_id} numaralı siparişiniz kargoya verildi. Takip no: {d:tracking_no}. ## {d:invoice_no} numaralı faturanız: {d:amount}. ## İade talebiniz ({d:order_id}) onaylandı.
product_page | [[brand~Arçelik]] bulaşık makinesi {d:model_no}, 5 programlı. ## [[brand~Vestel]] televizyon, model {d:model_no}. ## [[brand~Ülker]] çikolatalı gofret, {d:amount}.
""")
block("sec", "tr", r"""
config | veritabani:\n  kullanici: uygulama\n  sifre: {PW}
chat | test ortamının anahtarı bu: {KEY} kimseyle paylaşma
""")

# ---------------------------------------------------------------- Indonesian
block("per", "id", r"""
chat | {g} jadi datang nanti malam atau masih di kantor?
email | Halo {G}, ini nomor {N2}: {PHONE}. Bilang saja dari saya.
support_ticket | Pelanggan atas nama {N} belum menerima email verifikasi di {E}.
clinic_admin | Pasien {N}, tanggal lahir {DOB}, jadwal kontrol dipindah ke {d:event_date}.
hr_note | {N} mulai bergabung pada {d:event_date} di tim yang dipimpin {N2}.
sms | Halo, ini {G}. Nomor saya ganti, tolong simpan yang baru ya: {PHONE}
delivery | Paket dititipkan ke Pak {G1m} (satpam), {ADDR}.
ai_prompt | Tolong ringkas pesan dari {N} ini: "Saya pindah ke {ADDR} bulan depan, mohon alamat saya diperbarui."
meeting_notes | Hadir: {N}, {N2}, {N3}. Notulen: {G4}.
school_msg | Ibu {G1f}, {G2} hari ini tidak masuk sekolah karena demam.
form | Nama lengkap: {NU}\nTanggal lahir: {DOB}\nNo. HP: {PHONE}\nAlamat: {ADDR}
""")
block("pub", "id", r"""
news | Jalan tol menuju [[city~Bandung]] ditutup sementara pada {d:event_date}. ## Festival budaya di [[city~Yogyakarta]] dimulai {d:event_date}. ## Banjir di [[city~Semarang]] mulai surut sejak pukul {d:time}.
order_update | Pesanan {d:order_id} sudah dikirim. Nomor resi: {d:tracking_no}. ## Tagihan {d:invoice_no} sebesar {d:amount} jatuh tempo {d:event_date}. ## Pesanan {d:order_id} dibatalkan.
chat | ada yang tahu [[brand~Indomie]] rasa baru enak gak? ## [[brand~Gojek]] lagi promo ongkir hari ini ## [[brand~Teh Botol Sosro]] di kulkas kantor habis lagi
""")
block("sec", "id", r"""
env_file | DB_PASS={PW}\nDB_USER=toko
chat | ini token bot Slack-nya: {SLACK}, jangan disebar ya
""")

# ---------------------------------------------------------------- Hindi-English (Latin script)
block("per", "hi-en", r"""
chat | {g1f} aaj aa rahi hai ya abhi bhi office mein hai?
chat | bhai {g} ka number bhej de, {PHONE} lag hi nahi raha
sms | Hi, main {G1m} bol raha hoon, mera naya number {PHONE} hai, save kar lena
support_ticket | Customer {N} ka complaint hai ki OTP {E} pe nahi aa raha.
email | Hi {G}, {N2} ji ka address ye hai: {ADDR}. Courier kal bhej dena.
hr_note | {N} ki joining {d:event_date} ko hai, unke manager {N2} honge.
delivery | Parcel {N} ko dena hai, {ADDR}. Gate pe guard ko bol dena.
clinic_admin | Patient {N}, DOB {DOB}, appointment {d:event_date} ko shift kar diya hai.
ai_prompt | Is message ka English mein reply likho: "{G} ji, payment kal tak ho jayega, tension mat lo."
meeting_notes | Aaj ki meeting mein {N}, {N2} aur {N3} the. Notes {G4m} bhejega.
""")
block("pub", "hi-en", r"""
chat | [[brand~Tata]] ka naya model dekha? kaafi mast hai ## [[brand~Bajaj]] ka service centre kal band hai ## finally [[brand~Godrej]] ka fridge le liya
order_update | Aapka order {d:order_id} ship ho gaya hai, delivery {d:event_date} tak. ## Bill {d:invoice_no}: {d:amount}, UPI se pay kar sakte ho. ## Order {d:order_id} cancel ho gaya, refund 5 din mein.
""")
block("sec", "hi-en", r"""
chat | bhai staging ka password {PW} hai, kisi ko mat batana
""")

# ================================================================ END FRAMES

QUOTA = {"per": 690, "pub": 215, "sec": 50}
CAT_SENS = {"per": "personal", "pub": "public", "sec": "secret"}
BAD_EDGE = " \t\n\"'.,;:[]"


def frame_ids():
    ids, seen = [], collections.Counter()
    for cat, lang, kind, tpl in FRAMES:
        key = (cat, kind, lang)
        seen[key] += 1
        ids.append("%s-%s-%s%03d" % (cat, kind, "" if lang == "en" else lang + "-", seen[key]))
    return ids


def finish(doc, cat, fid):
    text = doc.text()
    tb = text.encode("utf-8")
    for s in doc.spans + doc.decoys:
        assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"], (fid, s)
        assert text[s["char_start"]:s["char_end"]] == s["value"], (fid, s)
        assert s["value"] and s["value"][0] not in BAD_EDGE and s["value"][-1] not in BAD_EDGE, (fid, s)
    allr = sorted([(s["start"], s["end"]) for s in doc.spans + doc.decoys])
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (fid, a, b)
    types = [s["type"] for s in doc.spans]
    has_secret = any(t in SECRET_TYPES for t in types)
    has_pii = any(t in PII_TYPES for t in types)
    sens = "secret" if has_secret else ("personal" if has_pii else "public")
    assert sens == CAT_SENS[cat], (fid, sens, text)
    assert all(t in PII_TYPES or t in SECRET_TYPES for t in types)
    return text, has_pii, has_secret, sens


def build():
    ids = frame_ids()
    assert len(set(ids)) == len(ids)
    buckets = collections.OrderedDict((c, []) for c in ("per", "pub", "sec"))
    for fid, fr in zip(ids, FRAMES):
        buckets[fr[0]].append((fid, fr))
    variant_next = collections.Counter()
    docs = []
    for cat, frs in buckets.items():
        order = list(frs)
        R.shuffle(order)
        assert QUOTA[cat] >= len(order), (cat, len(order))
        for i in range(QUOTA[cat]):
            fid, (c, lang, kind, tpl) = order[i % len(order)]
            variants = tpl.split(" ## ")
            v = variants[variant_next[fid] % len(variants)]
            variant_next[fid] += 1
            loc = forced_locale(v, lang)
            ctx = Ctx(lang, loc)
            doc = render(v, ctx)
            text, has_pii, has_secret, sens = finish(doc, cat, fid)
            docs.append({"text": text, "spans": doc.spans, "decoys": doc.decoys, "kind": kind, "locale": loc,
                         "lang": lang, "sensitivity": sens, "has_pii": has_pii, "has_secret": has_secret,
                         "frame": fid})
    R.shuffle(docs)
    out = []
    for i, d in enumerate(docs, 1):
        o = {"id": "fr9-%05d" % i}
        o.update(d)
        out.append(o)
    return out


def post_checks(docs):
    for d in docs:
        d = json.loads(json.dumps(d, ensure_ascii=False))
        tb = d["text"].encode("utf-8")
        for s in d["spans"] + d["decoys"]:
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"]
            assert d["text"][s["char_start"]:s["char_end"]] == s["value"]
        for s in d["spans"]:
            v, t = s["value"], s["type"]
            if t == "CREDIT_CARD":
                n = re.sub(r"[ -]", "", v)
                assert luhn_ok(n) and n not in TEST_CARDS, v
            elif t == "IBAN_CODE":
                assert iban_ok(v), v
            elif t == "US_SSN":
                n = re.sub(r"[ -]", "", v)
                assert len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000", v
            elif t == "PHONE_NUMBER":
                n = re.sub(r"\D", "", v)
                if v.startswith("+1") or d["locale"] in ("us", "ca"):
                    n10 = n[-10:]
                    assert n10[3:6] != "555", v
                assert "07700900" not in n and not n.startswith("4407700900"), v
                assert not re.search(r"^(0|61)49157", n), v
            elif t == "IP_ADDRESS":
                assert ipaddress.ip_address(v).is_global, v
            elif t == "EMAIL_ADDRESS":
                assert not re.search(r"@example\.(com|org|net)$", v), v
            elif t == "PERSON":
                toks = re.split(r"[ ,.]+", v)
                assert not any(tk in BANNED_NAME_TOKENS for tk in toks), v
                if re.search(r"\d", v):
                    assert re.fullmatch(r"[a-z._]+\d*", v), v


def write(docs):
    raw = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    with open(OUT, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(raw)
    with open(OUT, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def stats(docs, md5):
    C = collections.Counter
    frames = {d["frame"] for d in docs}
    print("documents:", len(docs), " frames:", len(frames))
    print("sensitivity:", dict(C(d["sensitivity"] for d in docs)))
    print("frames by category:", dict(C(f.split("-")[0] for f in frames)))
    print("spans by type:", dict(C(s["type"] for d in docs for s in d["spans"]).most_common()))
    print("decoys:", sum(len(d["decoys"]) for d in docs), dict(C(s["kind"] for d in docs for s in d["decoys"]).most_common()))
    print("lang:", dict(C(d["lang"] for d in docs).most_common()))
    print("locale:", dict(C(d["locale"] for d in docs).most_common()))
    print("kind:", dict(C(d["kind"] for d in docs).most_common()))
    half = lambda f: "a" if int(hashlib.md5(f.encode()).hexdigest()[0], 16) % 2 == 0 else "b"
    print("halves (docs):", dict(C(half(d["frame"]) for d in docs)), " (frames):", dict(C(half(f) for f in frames)))
    per = [d for d in docs if d["sensitivity"] == "personal"]
    print("personal docs by span count:", dict(sorted(C(min(len(d["spans"]), 5) for d in per).items())))
    print("multi-line docs:", sum(1 for d in docs if "\n" in d["text"]), " max len:", max(len(d["text"]) for d in docs),
          " mean len: %.0f" % (sum(len(d["text"]) for d in docs) / len(docs)))
    print("public docs without decoy:", sum(1 for d in docs if d["sensitivity"] == "public" and not d["decoys"]))
    print("md5:", md5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--dump", help="also write plain jsonl here (for inspection)")
    a = ap.parse_args()
    docs = build()
    post_checks(docs)
    md5 = write(docs)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.stats:
        stats(docs, md5)
    else:
        print("wrote %s (%d documents), md5 %s" % (OUT, len(docs), md5))


if __name__ == "__main__":
    main()
