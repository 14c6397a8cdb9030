#!/usr/bin/env python3
"""gen_fresh8.py -- writes fresh8.jsonl.gz, an independent PII / secret measurement set.

1,000 short documents (fr8-00001 .. fr8-01000): English template sentences, sentences in ten other
languages, 2-5 line snippets, and public hard negatives.  Values come from Faker (pinned version, per-locale
instances seeded from 80808) and from random.Random(80808); the output is byte-identical on every run and
independent of PYTHONHASHSEED.

    python3 eval/fresh8/gen_fresh8.py            # rewrites eval/fresh8/fresh8.jsonl.gz
    python3 eval/fresh8/gen_fresh8.py --stats    # also prints counts and the md5

Template syntax (all frames are hand-written for this set):
    <<a|b|c>>          one alternative, chosen at random (no nesting)
    [[kind~value]]     a literal decoy (look-alike that is NOT sensitive)
    ⟨N⟩ ⟨G2⟩ ...        person n (1-4): N full name, G given name, S surname, g / n lower-case given / full,
                       U upper-case full, R "Surname, Given", H login handle, I "G. Surname", E e-mail,
                       t a title word (outside the span)
    ⟨PHONE⟩ ⟨MOB⟩ ⟨LAND⟩ ⟨ADDR⟩ ⟨ADDRB⟩ ⟨DOB⟩ ⟨DOBK⟩ ⟨IBAN⟩ ⟨CC⟩ ⟨SSN⟩ ⟨IP⟩ ⟨IP6⟩ ⟨COUNTRY⟩   values
    ⟨PW⟩ ⟨AKID⟩ ⟨ASK⟩ ⟨GHP⟩ ⟨OAI⟩ ⟨ANT⟩ ⟨SLK⟩ ⟨HOOK⟩ ⟨STRK⟩ ⟨WHSEC⟩ ⟨JWT⟩ ⟨GKEY⟩ ⟨SG⟩ ⟨GLPAT⟩
    ⟨TWTOK⟩ ⟨HEXKEY⟩ ⟨PGURL⟩ ⟨MONGOURL⟩ ⟨REDISURL⟩                                          secrets
    ⟨d:kind⟩           a generated decoy of that kind
"""
import argparse
import base64
import collections
import datetime
import gzip
import hashlib
import io
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
import warnings

warnings.filterwarnings("ignore")
import faker as _faker_pkg  # noqa: E402
from faker import Faker  # noqa: E402

SEED = 80808
FAKER_VERSION = "40.63.0"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh8.jsonl.gz")
R = random.Random(SEED)

FAKER_LOCALES = ["en_US", "en_GB", "en_IN", "en_AU", "en_CA", "en_NZ", "en_IE", "ga_IE", "de_DE", "de_AT", "fr_FR",
                 "fr_CA", "es_ES", "es_MX", "es_CO", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "tr_TR", "id_ID",
                 "sv_SE", "yo_NG", "ig_NG", "ha_NG", "en_NG", "en_KE", "zu_ZA", "fi_FI", "no_NO", "da_DK", "ro_RO"]
FK = {}
for _i, _loc in enumerate(FAKER_LOCALES):
    _f = Faker(_loc)
    _f.seed_instance(SEED + _i)
    FK[_loc] = _f

# ----------------------------------------------------------------------------------------------- helpers
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
HEX = "0123456789abcdef"
B62 = UP + LO + DI
B64URL = B62 + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def dig(n, first=None):
    s = rs(DI, n)
    if first is not None:
        s = R.choice(first) + s[1:]
    return s


def wpick(pairs):
    vals = [p[0] for p in pairs]
    ws = [p[1] for p in pairs]
    return R.choices(vals, weights=ws)[0]


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                      "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i", "İ": "I", "’": "", "'": ""})


def fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def fix_street(s):
    s = s.replace("\n", ", ").strip().rstrip(",").strip()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\b0+(\d)", r"\1", s)
    return s


def name_lower(s, loc=""):
    if loc == "tr_TR":
        s = s.replace("I", "ı").replace("İ", "i")
    return s.replace("İ", "I").lower()


def name_upper(s, loc=""):
    if loc == "tr_TR":
        s = s.replace("i", "İ").replace("ı", "I")
    return s.upper()


# ----------------------------------------------------------------------------------------------- regions
# region -> (faker locale for values, language, name mix)
REGIONS = {
    "us": ("en_US", "en", [("en_US", 70), ("es_MX", 10), ("en_IN", 5), ("yo_NG", 2), ("ig_NG", 2), ("pl_PL", 2), ("it_IT", 2), ("en_GB", 3)]),
    "uk": ("en_GB", "en", [("en_GB", 70), ("en_IN", 8), ("pl_PL", 4), ("yo_NG", 3), ("en_IE", 5), ("ro_RO", 3), ("it_IT", 2)]),
    "in": ("en_IN", "en", [("en_IN", 95), ("en_GB", 5)]),
    "au": ("en_AU", "en", [("en_AU", 75), ("en_GB", 8), ("en_IN", 5), ("it_IT", 4), ("en_NZ", 8)]),
    "ca": ("en_CA", "en", [("en_CA", 60), ("fr_CA", 25), ("en_IN", 8), ("es_CO", 3), ("pt_PT", 4)]),
    "nz": ("en_NZ", "en", [("en_NZ", 80), ("en_GB", 10), ("en_IN", 5), ("en_AU", 5)]),
    "ie": ("en_IE", "en", [("en_IE", 75), ("ga_IE", 8), ("pl_PL", 7), ("en_GB", 10)]),
    "ng": ("en_NG", "en", [("yo_NG", 35), ("ig_NG", 30), ("ha_NG", 15), ("en_NG", 20)]),
    "ke": ("en_KE", "en", [("en_KE", 95), ("en_IN", 5)]),
    "za": ("zu_ZA", "en", [("zu_ZA", 60), ("en_US", 25), ("en_GB", 10), ("en_IN", 5)]),
    "de": ("de_DE", "de", [("de_DE", 85), ("tr_TR", 7), ("pl_PL", 4), ("it_IT", 4)]),
    "fr": ("fr_FR", "fr", [("fr_FR", 88), ("pt_PT", 6), ("es_ES", 6)]),
    "es": ("es_ES", "es", [("es_ES", 85), ("es_CO", 8), ("ro_RO", 7)]),
    "it": ("it_IT", "it", [("it_IT", 92), ("ro_RO", 8)]),
    "br": ("pt_BR", "pt", [("pt_BR", 95), ("it_IT", 5)]),
    "pt": ("pt_PT", "pt", [("pt_PT", 90), ("pt_BR", 10)]),
    "nl": ("nl_NL", "nl", [("nl_NL", 85), ("tr_TR", 8), ("id_ID", 7)]),
    "pl": ("pl_PL", "pl", [("pl_PL", 100)]),
    "tr": ("tr_TR", "tr", [("tr_TR", 100)]),
    "id": ("id_ID", "id", [("id_ID", 100)]),
    "se": ("sv_SE", "sv", [("sv_SE", 85), ("fi_FI", 7), ("no_NO", 4), ("da_DK", 4)]),
}
NAME_LOCALES = ["en_US", "en_GB", "en_IN", "en_AU", "en_CA", "en_NZ", "en_IE", "ga_IE", "de_DE", "de_AT", "fr_FR",
                "fr_CA", "es_ES", "es_MX", "es_CO", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "tr_TR", "id_ID",
                "sv_SE", "yo_NG", "ig_NG", "ha_NG", "en_NG", "en_KE", "zu_ZA", "fi_FI", "no_NO", "da_DK", "ro_RO"]
EN_REGION_W = [("us", 28), ("uk", 20), ("in", 12), ("au", 10), ("ca", 10), ("nz", 6), ("ie", 6), ("ng", 4), ("ke", 2), ("za", 2)]
SNIP_REGION_W = EN_REGION_W + [("de", 3), ("fr", 3), ("es", 2), ("it", 2), ("nl", 2), ("pl", 2), ("se", 2), ("br", 2), ("pt", 1), ("tr", 1), ("id", 1)]
LANG_REGIONS = {"de": [("de", 1)], "fr": [("fr", 1)], "es": [("es", 1)], "it": [("it", 1)], "pt": [("br", 6), ("pt", 4)],
                "nl": [("nl", 1)], "pl": [("pl", 1)], "tr": [("tr", 1)], "id": [("id", 1)], "sv": [("se", 1)]}
IBAN_REGIONS = ["uk", "ie", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "se"]
COUNTRY = {"us": ["USA", "United States"], "uk": ["United Kingdom", "UK"], "ie": ["Ireland"], "in": ["India"],
           "au": ["Australia"], "ca": ["Canada"], "nz": ["New Zealand"], "ng": ["Nigeria"], "ke": ["Kenya"],
           "za": ["South Africa"], "de": ["Germany"], "fr": ["France"], "es": ["Spain"], "it": ["Italy"],
           "br": ["Brazil"], "pt": ["Portugal"], "nl": ["Netherlands"], "pl": ["Poland"], "tr": ["Türkiye", "Turkey"],
           "id": ["Indonesia"], "se": ["Sweden"]}

# Names seen in the fresh7 README (which says they came from eval/README.md) and placeholder names: never used
# as person tokens here.
BANNED = ["amy", "davis", "irene", "wilson", "leila", "mensah", "chapman", "okonkwo", "regina", "hutchinson",
          "doe", "bloggs", "mustermann", "musterfrau", "mustermannová"]


# ----------------------------------------------------------------------------------------------- persons
class Person:
    def __init__(self, given, surname, gender, loc):
        self.given, self.surname, self.gender, self.loc = given, surname, gender, loc
        self._email = None
        self._handle = None

    @property
    def full(self):
        return self.given + " " + self.surname

    def tokens(self):
        return [t.lower() for t in re.split(r"[\s\-’']+", self.full) if t]


def make_person(region, taken, gender=None, surname=None, loc=None):
    mix = REGIONS[region][2]
    fixed_loc = loc
    for _ in range(200):
        loc = fixed_loc or (wpick(mix) if R.random() < (0.78 if REGIONS[region][1] == "en" else 0.9) else R.choice(NAME_LOCALES))
        f = FK[loc]
        g = gender or R.choice("mf")
        first = f.first_name_male() if g == "m" else f.first_name_female()
        if surname:
            last = surname
            if loc == "pl_PL" and g == "f" and re.search(r"(ski|cki|dzki)$", last):
                last = last[:-1] + "a"
            elif loc == "pl_PL" and g == "m" and re.search(r"(ska|cka|dzka)$", last):
                last = last[:-1] + "i"
        elif loc == "pl_PL":
            last = f.last_name_male() if g == "m" else f.last_name_female()
        else:
            last = f.last_name()
        first, last = first.strip(), last.strip()
        if not re.fullmatch(r"[^\W\d_]+(?:[ \-’'][^\W\d_]+)*", first) or not re.fullmatch(r"[^\W\d_]+(?:[ \-’'][^\W\d_]+)*", last):
            continue
        p = Person(first, last, g, loc)
        toks = p.tokens()
        if any(t in BANNED for t in toks):
            continue
        if any(t in taken for t in (toks if not surname else [t.lower() for t in re.split(r"[\s\-’']+", first)])):
            continue
        if len(fold(first)) < 2 or len(fold(last)) < 2:
            continue
        return p
    raise RuntimeError("could not draw a person")


def email_for(p, region):
    if p._email:
        return p._email
    g, s = fold(p.given.split()[0]), fold(p.surname.replace(" ", ""))
    yy = str(R.randint(60, 99)) if R.random() < 0.5 else str(R.randint(1, 99))
    local = wpick([(g + "." + s, 30), (g[0] + s, 12), (g + s, 8), (g + "_" + s, 5), (g + s + yy, 10), (s + "." + g, 6),
                   (g + "." + s[0], 4), (g + yy, 6), (g[0] + "." + s, 8), (s + g[0], 4), (g + "-" + s, 3)])
    fk = FK[REGIONS[region][0]]
    for _ in range(20):
        dom = fk.free_email_domain() if R.random() < 0.62 else fk.domain_name()
        if "example" not in dom:
            break
    p._email = local + "@" + dom
    return p._email


def handle_for(p):
    if p._handle:
        return p._handle
    g, s = fold(p.given.split()[0]), fold(p.surname.replace(" ", ""))
    p._handle = wpick([(g[0] + s, 30), (g + "." + s, 20), (g + s[0], 10), (s + g[0], 8), (g, 8),
                       (g + str(R.randint(1, 99)), 10), (g + "_" + s, 6), (g[:3] + s[:3], 4)])
    return p._handle


TITLES = {
    "en": {"m": [("Mr", 40), ("Mr.", 25), ("Dr", 10), ("Dr.", 8), ("Prof.", 3)],
           "f": [("Ms", 30), ("Mrs", 20), ("Ms.", 12), ("Mrs.", 10), ("Miss", 6), ("Dr", 10), ("Dr.", 6)]},
    "de": {"m": [("Herr", 85), ("Herr Dr.", 15)], "f": [("Frau", 85), ("Frau Dr.", 15)]},
    "fr": {"m": [("M.", 80), ("Monsieur", 20)], "f": [("Mme", 80), ("Madame", 20)]},
    "es": {"m": [("Sr.", 70), ("D.", 15), ("Dr.", 15)], "f": [("Sra.", 70), ("Dña.", 15), ("Dra.", 15)]},
    "it": {"m": [("Sig.", 70), ("Dott.", 30)], "f": [("Sig.ra", 70), ("Dott.ssa", 30)]},
    "pt": {"m": [("Sr.", 75), ("Dr.", 25)], "f": [("Sra.", 75), ("Dra.", 25)]},
    "nl": {"m": [("dhr.", 70), ("de heer", 30)], "f": [("mevr.", 70), ("mevrouw", 30)]},
    "pl": {"m": [("Pan", 100)], "f": [("Pani", 100)]},
    "tr": {"m": [("Bey", 100)], "f": [("Hanım", 100)]},
    "id": {"m": [("Bapak", 50), ("Pak", 50)], "f": [("Ibu", 60), ("Bu", 40)]},
    "sv": {"m": [("herr", 100)], "f": [("fru", 100)]},
}

# ----------------------------------------------------------------------------------------------- phones
US_AREAS = [201, 202, 206, 212, 213, 214, 215, 224, 248, 267, 301, 303, 305, 310, 312, 313, 314, 317, 323, 330, 347,
            404, 407, 410, 412, 415, 469, 470, 503, 504, 512, 513, 518, 602, 614, 617, 619, 646, 651, 678, 702, 704,
            713, 718, 720, 732, 757, 773, 786, 801, 804, 813, 815, 818, 832, 847, 857, 858, 904, 908, 917, 919, 925,
            929, 949, 972, 978, 980]
CA_AREAS = [204, 226, 250, 289, 306, 343, 403, 416, 418, 431, 437, 438, 450, 506, 514, 519, 548, 579, 581, 587, 604,
            613, 639, 647, 705, 709, 778, 780, 782, 807, 819, 825, 867, 873, 902, 905]


def nanp(areas):
    a = str(R.choice(areas))
    while True:
        e = dig(3, "23456789")
        if e != "555" and e[1:] != "11":
            break
    ln = dig(4)
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s",
                     "+1-%s-%s-%s", "(%s) %s-%s"]) % (a, e, ln)


def phone(region, kind="any"):
    if kind == "any":
        kind = "mob" if R.random() < 0.55 else "land"
    r = region
    if r in ("us", "ca"):
        s = nanp(US_AREAS if r == "us" else CA_AREAS)
        if kind == "land" and R.random() < 0.18:
            s += R.choice([" ext. ", " x", " ext "]) + dig(R.choice([2, 3, 4]), "123456789")
        return s
    if r == "uk":
        if kind == "mob":
            while True:
                n = "7" + R.choice("12345789") + dig(8)
                if not n.startswith("7700900"):
                    break
            return R.choice(["0%s %s", "+44 %s %s", "+44 (0)%s %s", "0%s%s"]) % (n[:4], n[4:])
        code, ln = R.choice([("20", 8), ("161", 7), ("113", 7), ("121", 7), ("131", 7), ("141", 7), ("117", 7),
                             ("29", 8), ("1223", 6), ("1865", 6), ("28", 8), ("118", 7), ("1904", 6), ("151", 7)])
        while True:
            loc = dig(ln, "2345678")
            if not (loc.startswith("496") or loc.startswith("7946") or loc.startswith("2018") or loc.startswith("9018")):
                break
        if ln == 8:
            body = loc[:4] + " " + loc[4:]
        elif ln == 7:
            body = loc[:3] + " " + loc[3:]
        else:
            body = loc
        s = R.choice(["0%s %s", "+44 %s %s", "(0%s) %s"]) % (code, body)
        if R.random() < 0.12:
            s += R.choice([" ext. ", " ext "]) + dig(R.choice([3, 4]), "123456789")
        return s
    if r == "ie":
        if kind == "mob":
            p, n = "8" + R.choice("35679"), dig(7, "2345678")
            return R.choice(["0%s %s %s", "+353 %s %s %s", "0%s-%s-%s"]) % (p, n[:3], n[3:])
        code = R.choice(["1", "21", "91", "61", "51"])
        n = dig(7 if code == "1" else 6, "2345678")
        return R.choice(["(0%s) %s %s", "0%s %s %s", "+353 %s %s %s"]) % (code, n[:3], n[3:])
    if r == "in":
        if kind == "mob":
            n = dig(10, "6789")
            return R.choice(["%s %s", "+91 %s %s", "+91-%s%s", "0%s%s", "+91 %s%s"]) % (n[:5], n[5:])
        code, ln = R.choice([("22", 8), ("11", 8), ("80", 8), ("44", 8), ("40", 8), ("33", 8), ("20", 8), ("484", 7)])
        n = dig(ln, "2456")
        return R.choice(["0%s %s %s", "+91 %s %s %s", "0%s-%s%s"]) % (code, n[:4], n[4:])
    if r == "au":
        if kind == "mob":
            while True:
                n = "4" + dig(8)
                if not n.startswith("4915"):
                    break
            return R.choice(["0%s %s %s", "+61 %s %s %s", "0%s%s%s"]) % (n[:3], n[3:6], n[6:])
        code, first = R.choice([("2", "9"), ("2", "8"), ("3", "9"), ("7", "3"), ("8", "9"), ("8", "8")])
        n = first + dig(7)
        return R.choice(["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s"]) % (code, n[:4], n[4:])
    if r == "nz":
        if kind == "mob":
            p = R.choice(["21", "22", "27", "29"])
            n = dig(7, "23456789")
            return R.choice(["0%s %s %s", "+64 %s %s %s", "0%s-%s-%s"]) % (p, n[:3], n[3:])
        code = R.choice(["9", "4", "3", "7", "6"])
        while True:
            n = dig(7, "23456789")
            if n[:3] != "555":
                break
        return R.choice(["(0%s) %s %s", "0%s %s %s", "+64 %s %s %s"]) % (code, n[:3], n[3:])
    if r == "ng":
        p = R.choice(["803", "806", "813", "703", "805", "905", "816", "802", "708", "810", "903"])
        n = dig(7)
        return R.choice(["0%s %s %s", "+234 %s %s %s", "0%s%s%s", "+234 %s%s%s"]) % (p, n[:3], n[3:])
    if r == "ke":
        p = R.choice(["7", "1"]) + dig(2, "0129") if R.random() < 0.9 else "110"
        n = dig(6)
        return R.choice(["0%s %s %s", "+254 %s %s%s", "0%s%s%s"]) % (p, n[:3], n[3:])
    if r == "za":
        if kind == "mob":
            p = R.choice(["82", "83", "72", "73", "71", "84", "60", "61", "79"])
        else:
            p = R.choice(["11", "21", "31", "12"])
        n = dig(7, "2345678")
        return R.choice(["0%s %s %s", "+27 %s %s %s", "0%s-%s-%s"]) % (p, n[:3], n[3:])
    if r == "de":
        if kind == "mob":
            p = R.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
            n = dig(R.choice([7, 8]), "123456789")
            return R.choice(["0%s %s", "+49 %s %s", "+49 (0)%s %s", "0%s/%s", "0%s-%s"]) % (p, n)
        code, ln = R.choice([("30", 8), ("40", 8), ("89", 8), ("69", 8), ("221", 7), ("711", 7), ("211", 7), ("351", 7), ("511", 7), ("6221", 6)])
        n = dig(ln, "2345789")
        return R.choice(["0%s %s", "+49 %s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (code, n)
    if r == "fr":
        while True:
            if kind == "mob":
                n = R.choice("67") + dig(8)
            else:
                n = R.choice("12345") + dig(8)
            if n[:5] not in ("19900", "26191", "35301", "46571", "53649", "63998"):
                break
        prs = [n[i:i + 2] for i in range(1, 9, 2)]
        f = R.choice(["0%s %s", "+33 %s %s", "0%s.%s", "0%s %s"])
        return f % (n[0], ("." if "." in f else " ").join(prs))
    if r == "es":
        n = (R.choice("67") + dig(8)) if kind == "mob" else (R.choice(["91", "93", "96", "95", "94", "98"]) + dig(7))
        if kind == "mob":
            return R.choice(["%s %s %s", "+34 %s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
        return R.choice(["%s %s %s %s", "+34 %s %s %s %s"]) % (n[:2], n[2:5], n[5:7], n[7:])
    if r == "it":
        if kind == "mob":
            n = "3" + R.choice("2345689") + dig(8)
            return R.choice(["%s %s %s", "+39 %s %s %s", "%s%s%s", "+39 %s %s%s"]) % (n[:3], n[3:6], n[6:])
        code = R.choice(["06", "02", "011", "055", "081", "051", "041", "010"])
        n = dig(10 - len(code), "2345678")
        return R.choice(["%s %s", "+39 %s %s", "%s-%s"]) % (code, n)
    if r == "pt":
        if kind == "mob":
            n = "9" + R.choice("1236") + dig(7)
        else:
            n = "2" + R.choice("1234") + dig(7)
        return R.choice(["%s %s %s", "+351 %s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    if r == "br":
        ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62"])
        if kind == "mob":
            n = "9" + dig(8, "6789")
            return R.choice(["(%s) %s-%s", "+55 %s %s-%s", "(%s) %s %s", "+55 (%s) %s-%s"]) % (ddd, n[:5], n[5:])
        n = dig(8, "2345")
        return R.choice(["(%s) %s-%s", "+55 %s %s-%s"]) % (ddd, n[:4], n[4:])
    if r == "nl":
        if kind == "mob":
            n = dig(8, "123456")
            return R.choice(["06-%s", "06 %s", "+31 6 %s", "+31 (0)6 %s", "06 %s"]) % (n if R.random() < 0.7 else " ".join(n[i:i + 2] for i in range(0, 8, 2)))
        code = R.choice(["20", "10", "30", "70", "40", "50", "13", "24"])
        n = dig(7, "2345678")
        return R.choice(["0%s-%s %s", "0%s %s %s", "+31 %s %s %s"]) % (code, n[:3], n[3:])
    if r == "pl":
        if kind == "mob":
            n = dig(9, "5678")
            return R.choice(["%s %s %s", "+48 %s %s %s", "%s-%s-%s", "+48 %s-%s-%s"]) % (n[:3], n[3:6], n[6:])
        code = R.choice(["22", "12", "61", "71", "58", "42", "32"])
        n = dig(7, "2345678")
        return R.choice(["%s %s %s %s", "+48 %s %s %s %s"]) % (code, n[:3], n[3:5], n[5:])
    if r == "tr":
        if kind == "mob":
            p = "5" + R.choice("345") + dig(1)
            n = dig(7)
            return R.choice(["0%s %s %s %s", "+90 %s %s %s %s", "0 (%s) %s %s %s", "0%s%s%s%s"]) % (p, n[:3], n[3:5], n[5:])
        p = R.choice(["212", "216", "312", "232", "224", "242"])
        n = dig(7, "2345678")
        return R.choice(["0%s %s %s %s", "+90 %s %s %s %s", "(0%s) %s %s %s"]) % (p, n[:3], n[3:5], n[5:])
    if r == "id":
        if kind == "mob":
            p = "8" + R.choice("1235") + dig(1, "12345789")
            n = dig(R.choice([7, 8]))
            return R.choice(["0%s-%s-%s", "+62 %s-%s-%s", "0%s %s %s", "+62 %s %s %s", "0%s%s%s"]) % (p, n[:4], n[4:])
        code = R.choice(["21", "22", "31", "61", "274", "24"])
        n = dig(8 if code == "21" else 7, "2345678")
        return R.choice(["(0%s) %s", "0%s %s", "+62 %s %s"]) % (code, n)
    if r == "se":
        if kind == "mob":
            while True:
                n = "7" + R.choice("0236") + dig(7)
                if not n.startswith("701740"):
                    break
            return R.choice(["0%s-%s %s %s", "+46 %s %s %s %s", "0%s %s %s %s"]) % (n[:2], n[2:5], n[5:7], n[7:])
        code = R.choice(["8", "31", "40", "18", "90"])
        n = dig(8 if code == "8" else 6, "2345678")
        if code == "8":
            return R.choice(["08-%s %s %s", "+46 8 %s %s %s"]) % (n[:3], n[3:6], n[6:])
        return R.choice(["0%s-%s %s %s", "+46 %s %s %s %s"]) % (code, n[:2], n[2:4], n[4:])
    raise KeyError(region)


def org_phone(region):
    r = region
    if r in ("us", "ca"):
        p = R.choice(["800", "888", "877", "866", "855", "844"])
        e, ln = dig(3, "2345689"), dig(4)
        return R.choice(["1-%s-%s-%s", "(%s) %s-%s", "1 %s %s %s", "%s-%s-%s"]) % (p, e, ln)
    if r == "uk":
        return R.choice(["0800 %s %s" % (dig(3, "2345678"), dig(4)), "0345 %s %s" % (dig(3, "2345678"), dig(4)),
                         "0300 %s %s" % (dig(3, "2345678"), dig(4)), "0808 %s %s" % (dig(3, "2345678"), dig(4))])
    if r == "ie":
        return R.choice(["1800 %s %s" % (dig(3), dig(3)), "1850 %s %s" % (dig(3), dig(3))])
    if r == "au":
        return R.choice(["1300 %s %s" % (dig(3), dig(3)), "1800 %s %s" % (dig(3), dig(3)), "13 %s %s" % (dig(2, "1-9".replace("-", "")), dig(2))])
    if r == "nz":
        return "0800 %s %s" % (dig(3), dig(3))
    if r == "in":
        return "1800 %s %s" % (dig(3), dig(4))
    if r in ("ng", "ke", "za"):
        return "0800 %s %s" % (dig(3), dig(3))
    if r == "de":
        return R.choice(["0800 %s" % dig(7, "123456789"), "0800 %s %s" % (dig(3, "123456789"), dig(4)), "0180 %s %s" % (dig(1, "56"), dig(6))])
    if r == "fr":
        return R.choice(["0 800 %s %s %s" % (dig(2), dig(2), dig(2)), "0 805 %s %s %s" % (dig(2), dig(2), dig(2)), "09 69 %s %s %s" % (dig(2), dig(2), dig(2))])
    if r == "es":
        return "900 %s %s" % (dig(3), dig(3))
    if r == "it":
        return "800 %s %s" % (dig(3), dig(3))
    if r == "pt":
        return "800 %s %s" % (dig(3), dig(3))
    if r == "br":
        return "0800 %s %s" % (dig(3), dig(4))
    if r == "nl":
        return R.choice(["0800-%s" % dig(4), "0900-%s" % dig(7), "088 %s %s" % (dig(3), dig(4))])
    if r == "pl":
        return R.choice(["800 %s %s" % (dig(3), dig(3)), "801 %s %s" % (dig(3), dig(3))])
    if r == "tr":
        return R.choice(["444 %s %s" % (dig(1, "123456789"), dig(3)), "0850 %s %s %s" % (dig(3), dig(2), dig(2))])
    if r == "id":
        return R.choice(["1500 %s" % dig(3), "1500-%s" % dig(3), "14%s" % dig(3)])
    if r == "se":
        return R.choice(["020-%s %s %s" % (dig(2), dig(2), dig(2)), "0771-%s %s" % (dig(3), dig(3))])
    raise KeyError(r)


def test_phone(region):
    if region == "uk":
        return R.choice(["020 7946 0%s" % dig(3), "07700 900%s" % dig(3), "0161 496 0%s" % dig(3)])
    if region == "au":
        return "0491 570 %s" % dig(3, "12345")
    return R.choice(["(%s) 555-01%s", "%s-555-01%s"]) % (R.choice(US_AREAS), dig(2))


# ----------------------------------------------------------------------------------------------- addresses
TR_MAH = ["Cumhuriyet", "Atatürk", "Yenimahalle", "Bahçelievler", "Fatih", "Kültür", "Esentepe", "Gültepe", "Moda",
          "Caferağa", "Barbaros", "Osmanağa", "Çankaya", "Kızılay", "Alsancak", "İnönü"]
TR_STREET = ["Gül Sokak", "Lale Sokak", "Papatya Sokak", "Çınar Sokak", "Bağdat Caddesi", "İstiklal Caddesi",
             "Atatürk Bulvarı", "Cumhuriyet Caddesi", "Menekşe Sokak", "Zambak Sokak", "Ihlamur Sokak", "Kavak Sokak",
             "Akasya Sokak", "Nergis Sokak", "Söğüt Sokak", "Hürriyet Caddesi"]
TR_TOWN = [("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Üsküdar", "İstanbul", "346"),
           ("Şişli", "İstanbul", "343"), ("Çankaya", "Ankara", "066"), ("Keçiören", "Ankara", "063"),
           ("Konak", "İzmir", "352"), ("Karşıyaka", "İzmir", "355"), ("Nilüfer", "Bursa", "161"),
           ("Muratpaşa", "Antalya", "071"), ("Seyhan", "Adana", "010"), ("Tepebaşı", "Eskişehir", "260")]
NG_AREA = [("Ikeja", "Lagos"), ("Lekki Phase 1", "Lagos"), ("Yaba", "Lagos"), ("Surulere", "Lagos"), ("Victoria Island", "Lagos"),
           ("Wuse II", "Abuja"), ("Garki", "Abuja"), ("Maitama", "Abuja"), ("Bodija", "Ibadan"), ("GRA", "Port Harcourt"),
           ("Independence Layout", "Enugu")]
KE_ROAD = ["Ngong Road", "Riverside Drive", "Argwings Kodhek Road", "Lenana Road", "Waiyaki Way", "Kiambu Road",
           "Mombasa Road", "Thika Road", "Limuru Road", "Links Road", "Ralph Bunche Road", "James Gichuru Road"]
KE_AREA = [("Kilimani", "Nairobi", "00100"), ("Westlands", "Nairobi", "00800"), ("Karen", "Nairobi", "00502"),
           ("Lavington", "Nairobi", "00603"), ("South B", "Nairobi", "00200"), ("Nyali", "Mombasa", "80100"),
           ("Milimani", "Kisumu", "40100"), ("Section 58", "Nakuru", "20100")]
ZA_STREET = ["Jacaranda Street", "Protea Avenue", "Kloof Street", "Main Road", "Church Street", "Long Street",
             "Oxford Road", "Jan Smuts Avenue", "Beach Road", "Voortrekker Road", "Rivonia Road", "Florida Road"]
ZA_AREA = [("Hatfield", "Pretoria", "0083"), ("Sea Point", "Cape Town", "8005"), ("Rosebank", "Johannesburg", "2196"),
           ("Morningside", "Durban", "4001"), ("Observatory", "Cape Town", "7925"), ("Parkhurst", "Johannesburg", "2193"),
           ("Summerstrand", "Gqeberha", "6001"), ("Bellville", "Cape Town", "7530")]
EIR_KEYS = ["D02", "D04", "D06", "D07", "D08", "D12", "D15", "D24", "A94", "A96", "K78", "T12", "T23", "H91", "V94",
            "W23", "W91", "X91", "F94", "R95", "Y35", "A63", "P31", "N37"]
UNITS = {"us": ["Apt %s", "Unit %s", "Suite %s", "#%s"], "ca": ["Apt %s", "Unit %s", "Suite %s"],
         "uk": ["Flat %s"], "ie": ["Apartment %s", "Flat %s"], "au": ["Unit %s", "%s/"], "nz": ["Flat %s"]}


def faker_street(fk):
    for _ in range(30):
        s = fix_street(fk.street_address())
        if "PO Box" in s or "No. 0" in s or re.search(r"\b(PSC|USNS|USNV|USS|USCGC|Unit \d+ Box)\b", s):
            continue
        if re.match(r"^(Flat|Studio|Apt\.?|Unit|Suite) \d+$", s):
            continue
        if re.search(r"(?<![\d/])0(?!\d)", s):  # house, flat or floor number 0 (Faker "00" after zero-stripping)
            continue
        return s
    return s


def address_lines(region):
    fk = FK[REGIONS[region][0]]
    r = region
    if r == "us":
        st = fk.state_abbr(include_territories=False)
        return [faker_street(fk), "%s, %s %s" % (fk.city(), st, fk.zipcode_in_state(st))]
    if r == "ca":
        pr = fk.province_abbr()
        pc = fk.postalcode_in_province(pr).replace(" ", "")
        return [faker_street(fk), "%s %s %s" % (fk.city(), pr, pc[:3] + " " + pc[3:])]
    if r == "uk":
        return [faker_street(fk), fk.city(), fk.postcode()]
    if r == "ie":
        pc = R.choice(EIR_KEYS) + " " + rs("ACDEFHKNPRTVWXY", 1) + rs("ACDEFHKNPRTVWXY0123456789", 3)
        return [faker_street(fk), fk.city(), "Co. " + R.choice(["Dublin", "Cork", "Galway", "Kildare", "Meath", "Limerick", "Wicklow"]) + " " + pc] if R.random() < 0.5 else [faker_street(fk), fk.city(), pc]
    if r == "au":
        return [faker_street(fk), "%s %s %s" % (fk.city(), fk.state_abbr(), fk.postcode())]
    if r == "nz":
        return [faker_street(fk), "%s %s" % (fk.city(), fk.postcode())]
    if r == "in":
        while True:
            pin = fk.postcode()
            if pin[0] != "0":
                break
        return [faker_street(fk), R.choice(["%s - %s", "%s %s", "%s-%s"]) % (fk.city(), pin)]
    if r == "ng":
        area, city = R.choice(NG_AREA)
        st = "%d %s %s" % (R.randint(1, 48), FK[R.choice(["yo_NG", "ig_NG", "en_NG"])].last_name(), R.choice(["Street", "Close", "Crescent", "Avenue", "Road"]))
        return [st, area, city + (" " + R.choice(["State", ""]) if city == "Lagos" else "").rstrip()]
    if r == "ke":
        area, city, pc = R.choice(KE_AREA)
        st = R.choice(["Apartment %s%s, " % (R.randint(1, 12), R.choice("ABCD")), "House %d, " % R.randint(1, 90), ""]) + R.choice(KE_ROAD)
        return [st, area, "%s %s" % (city, pc)]
    if r == "za":
        area, city, pc = R.choice(ZA_AREA)
        return ["%d %s" % (R.randint(1, 220), R.choice(ZA_STREET)), area, "%s %s" % (city, pc)]
    if r == "de":
        return [re.sub(r"(\d+)-\d+$", r"\1", faker_street(fk)), "%s %s" % (fk.postcode(), fk.city())]
    if r == "fr":
        city = fk.city()
        return [faker_street(fk), "%s %s" % (fk.postcode(), city.upper() if R.random() < 0.3 else city)]
    if r == "es":
        return [faker_street(fk), "%s %s" % (fk.postcode(), fk.city())]
    if r == "it":
        pcp = fk.postcode_city_province()
        pc, rest = pcp.split(", ", 1)
        return [faker_street(fk).replace(" Appartamento ", " int. ").replace(" Piano ", " piano "), "%s %s" % (pc, rest)]
    if r == "br":
        return [faker_street(fk), fk.bairro(), "%s - %s" % (fk.city(), fk.estado_sigla()), fk.postcode()]
    if r == "pt":
        return [faker_street(fk), "%s %s" % (fk.postcode(), fk.city())]
    if r == "nl":
        pc = fk.postcode().replace(" ", "")
        return [faker_street(fk), "%s %s %s" % (pc[:4], pc[4:], fk.city())]
    if r == "pl":
        return [faker_street(fk).replace("ulica ", "ul. "), "%s %s" % (fk.postcode(), fk.city())]
    if r == "tr":
        town, city, pre = R.choice(TR_TOWN)
        st = "%s Mah. %s No: %d" % (R.choice(TR_MAH), R.choice(TR_STREET), R.randint(1, 120))
        if R.random() < 0.6:
            st += " D: %d" % R.randint(1, 24)
        return [st, "%s%s %s/%s" % (pre, dig(2), town, city)]
    if r == "id":
        st = faker_street(fk)
        if R.random() < 0.4:
            st += ", RT %02d/RW %02d" % (R.randint(1, 12), R.randint(1, 9))
        return [st, "%s %s" % (fk.city(), fk.postcode())]
    if r == "se":
        pc = fk.postcode().replace(" ", "")
        st = faker_street(fk)
        if R.random() < 0.25:
            st += " lgh %d" % R.randint(1001, 1304)
        return [st, "%s %s %s" % (pc[:3], pc[3:], fk.city())]
    raise KeyError(r)


def address(region, block=False):
    lines = address_lines(region)
    if block:
        return "\n".join(lines)
    if region == "us":
        return ", ".join(lines)
    return ", ".join(lines)


# ----------------------------------------------------------------------------------------------- dates
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
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}


def ordinal(d):
    return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def date_styles(d, lang, region):
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS[lang][M - 1]
    if lang == "en":
        if region in ("us",):
            return ["%s %d, %d" % (mn, D, Y), "%02d/%02d/%d" % (M, D, Y), "%d/%d/%d" % (M, D, Y), "%s %d, %d" % (mn[:3], D, Y), "%d-%02d-%02d" % (Y, M, D)]
        if region == "ca":
            return ["%d-%02d-%02d" % (Y, M, D), "%s %d, %d" % (mn, D, Y), "%d %s %d" % (D, mn, Y)]
        return ["%d %s %d" % (D, mn, Y), "%02d/%02d/%d" % (D, M, Y), "%s %s %d" % (ordinal(D), mn, Y), "%d %s %d" % (D, mn[:3], Y),
                "%02d-%02d-%d" % (D, M, Y), "%d/%d/%d" % (D, M, Y)]
    if lang == "de":
        return ["%02d.%02d.%d" % (D, M, Y), "%d. %s %d" % (D, mn, Y), "%d.%d.%d" % (D, M, Y)]
    if lang == "fr":
        return ["%02d/%02d/%d" % (D, M, Y), "%s %s %d" % ("1er" if D == 1 else str(D), mn, Y)]
    if lang in ("es", "pt"):
        return ["%02d/%02d/%d" % (D, M, Y), "%d de %s de %d" % (D, mn, Y)]
    if lang == "it":
        return ["%02d/%02d/%d" % (D, M, Y), "%d %s %d" % (D, mn, Y)]
    if lang == "nl":
        return ["%02d-%02d-%d" % (D, M, Y), "%d %s %d" % (D, mn, Y)]
    if lang == "pl":
        return ["%02d.%02d.%d" % (D, M, Y), "%d %s %d" % (D, mn, Y)]
    if lang == "tr":
        return ["%02d.%02d.%d" % (D, M, Y), "%d %s %d" % (D, mn, Y)]
    if lang == "id":
        return ["%02d/%02d/%d" % (D, M, Y), "%d %s %d" % (D, mn, Y), "%02d-%02d-%d" % (D, M, Y)]
    if lang == "sv":
        return ["%d-%02d-%02d" % (Y, M, D), "%d %s %d" % (D, mn, Y)]
    raise KeyError(lang)


def fmt_date(d, lang, region, style=None):
    """style: None = random; an int picks the same layout for every date of one document."""
    c = date_styles(d, lang, region)
    if style is None:
        return R.choice(c)
    return c[style % len(c)]


def rand_date(fk, a, b):
    return fk.date_between_dates(date_start=a, date_end=b)


# ----------------------------------------------------------------------------------------------- numbers
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


TEST_CARDS = ["4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "378282246310005",
              "6011111111111117", "4012888888881881", "5105105105105100", "371449635398431", "6011000990139424",
              "5200828282828210", "4000000000000002", "4000000000000077"]


def credit_card(fk):
    t = wpick([("visa16", 45), ("mastercard", 35), ("amex", 12), ("discover", 8)])
    while True:
        n = fk.credit_card_number(card_type=t)
        if n not in TEST_CARDS and luhn_ok(n):
            break
    if len(n) == 15:
        return R.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n, "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return R.choice([" ".join(g), " ".join(g), "-".join(g), n])


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


IBAN_FK = {"uk": "en_GB", "ie": "en_IE", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT",
           "nl": "nl_NL", "pl": "pl_PL"}


def iban(region):
    if region in IBAN_FK:
        s = FK[IBAN_FK[region]].iban()
    elif region == "tr":
        bban = R.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111"]) + "0" + dig(16)
        s = "TR" + iban_check("TR", bban) + bban
    elif region == "se":
        bban = R.choice(["500", "800", "600", "300", "120", "900"]) + dig(17)
        s = "SE" + iban_check("SE", bban) + bban
    else:
        raise KeyError(region)
    assert iban_ok(s), s
    if R.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn():
    fk = FK["en_US"]
    while True:
        s = fk.ssn()
        a, g, n = s.split("-")
        if a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000" and s not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            break
    return R.choice([s, s, s, s.replace("-", " "), s.replace("-", "")])


def public_ip4():
    fk = FK["en_US"]
    while True:
        ip = fk.ipv4_public()
        a = ipaddress.ip_address(ip)
        if a.is_global and not any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
            return ip


def public_ip6():
    fk = FK["en_US"]
    while True:
        s = fk.ipv6()
        a = ipaddress.ip_address(s)
        if a.is_global and str(a).startswith(("2", "3")) and not str(a).startswith("2001:db8"):
            return str(a)


# ----------------------------------------------------------------------------------------------- secrets
PW_WORDS = ["Marigold", "copper", "Lantern", "river", "Falcon", "orchid", "Tundra", "maple", "Harbor", "pixel",
            "Saffron", "granite", "Meadow", "cobalt", "Juniper", "ember", "Quartz", "willow", "Nimbus", "sparrow",
            "Velvet", "thistle", "Comet", "basil", "Glacier", "walnut", "Puffin", "indigo", "Canyon", "pepper"]


def password(alnum_only=False):
    fk = FK["en_US"]
    style = R.random()
    if alnum_only:
        if style < 0.5:
            return rs(B62, R.randint(14, 24))
        return R.choice(PW_WORDS) + dig(R.randint(2, 4)) + R.choice(PW_WORDS).capitalize() + dig(2)
    if style < 0.35:
        return fk.password(length=R.randint(10, 16), special_chars=True)
    if style < 0.7:
        return R.choice(PW_WORDS) + R.choice(["!", "#", "@", "$", "%", "&", "*", ""]) + dig(R.randint(2, 4)) + R.choice(["", "!", "?", "#"])
    if style < 0.85:
        return "-".join(R.choice(PW_WORDS).lower() for _ in range(3)) + "-" + dig(2)
    return rs(B62 + "!#%*", R.randint(12, 20))


def aws_akid():
    return R.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16)


def aws_secret():
    return rs(B62 + "/+", 40)


def github_token():
    k = R.random()
    if k < 0.6:
        return "ghp_" + rs(B62, 36)
    if k < 0.75:
        return R.choice(["gho_", "ghs_", "ghu_"]) + rs(B62, 36)
    return "github_pat_11" + rs(UP + DI, 20) + "_" + rs(B62, 59)


def openai_key():
    if R.random() < 0.6:
        return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    return "sk-" + rs(B62, 20) + "T3BlbkFJ" + rs(B62, 20)


def anthropic_key():
    return "sk-ant-api03-" + rs(B64URL, 93) + "AA"


def slack_token():
    k = R.random()
    if k < 0.55:
        return "xoxb-" + dig(11, "123456789") + "-" + dig(13, "123456789") + "-" + rs(B62, 24)
    if k < 0.85:
        return "xoxp-" + dig(11, "123456789") + "-" + dig(11, "123456789") + "-" + dig(13, "123456789") + "-" + rs(HEX, 32)
    return "xapp-1-A" + rs(UP + DI, 10) + "-" + dig(13, "123456789") + "-" + rs(HEX, 64)


def slack_hook():
    return "https://hooks.slack.com/services/T" + rs(UP + DI, R.choice([8, 10])) + "/B" + rs(UP + DI, R.choice([8, 10])) + "/" + rs(B62, 24)


def stripe_key():
    p = R.choice(["sk_live_", "sk_live_", "sk_live_", "rk_live_"])
    return p + (rs(B62, 24) if R.random() < 0.45 else "51" + rs(B62, 97))


def stripe_whsec():
    return "whsec_" + rs(B62, 32)


def jwt():
    hdr = {"alg": R.choice(["HS256", "HS256", "RS256", "HS512"]), "typ": "JWT"}
    iat = R.randint(1704067200, 1767225600)
    pl = collections.OrderedDict()
    pl["sub"] = R.choice([str(R.randint(10000, 9999999)), FK["en_US"].uuid4()])
    if R.random() < 0.5:
        pl["role"] = R.choice(["user", "admin", "service", "editor"])
    pl["iat"] = iat
    pl["exp"] = iat + R.choice([900, 3600, 86400, 604800])
    if R.random() < 0.4:
        pl["iss"] = R.choice(["auth.internal", "https://login.acme-cloud.io", "api-gateway"])
    sig = bytes(R.getrandbits(8) for _ in range(64 if hdr["alg"] == "HS512" else (256 if hdr["alg"] == "RS256" else 32)))
    return b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64url(sig)


def google_key():
    return "AIza" + rs(B64URL, 35)


def sendgrid_key():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def gitlab_token():
    return "glpat-" + rs(B64URL, 20)


def twilio_token():
    return rs(HEX, 32)


def hex_key():
    return R.choice([rs(HEX, 32), rs(HEX, 40), rs(B62, 32), rs(HEX, 64)])


# ----------------------------------------------------------------------------------------------- decoys
CITIES = {"us": ["Denver", "Portland", "Boston", "Chicago", "Seattle", "Phoenix", "Atlanta", "Nashville"],
          "uk": ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "York", "Belfast", "Brighton"],
          "ie": ["Cork", "Galway", "Limerick", "Sligo"], "in": ["Pune", "Chennai", "Jaipur", "Kochi", "Lucknow"],
          "au": ["Perth", "Brisbane", "Geelong", "Cairns"], "ca": ["Calgary", "Halifax", "Ottawa", "Winnipeg"],
          "nz": ["Christchurch", "Dunedin", "Napier", "Nelson"], "ng": ["Ibadan", "Kano", "Enugu"],
          "ke": ["Kisumu", "Eldoret", "Nakuru"], "za": ["Durban", "Bloemfontein", "Stellenbosch"],
          "de": ["Köln", "Leipzig", "Freiburg", "Bremen"], "fr": ["Lyon", "Nantes", "Lille", "Toulouse"],
          "es": ["Valencia", "Bilbao", "Málaga", "Zaragoza"], "it": ["Torino", "Bologna", "Napoli", "Verona"],
          "br": ["Curitiba", "Recife", "Salvador", "Fortaleza"], "pt": ["Porto", "Coimbra", "Braga", "Faro"],
          "nl": ["Utrecht", "Groningen", "Eindhoven", "Leiden"], "pl": ["Kraków", "Gdańsk", "Wrocław", "Poznań"],
          "tr": ["İzmir", "Bursa", "Eskişehir", "Trabzon"], "id": ["Bandung", "Medan", "Yogyakarta", "Makassar"],
          "se": ["Göteborg", "Malmö", "Uppsala", "Umeå"]}
CURRENCY = {"us": ("$%s", ","), "uk": ("£%s", ","), "ie": ("€%s", ","), "in": ("₹%s", ","), "au": ("A$%s", ","),
            "ca": ("C$%s", ","), "nz": ("NZ$%s", ","), "ng": ("₦%s", ","), "ke": ("KSh %s", ","), "za": ("R%s", ","),
            "de": ("%s €", "."), "fr": ("%s €", " "), "es": ("%s €", "."), "it": ("€ %s", "."), "br": ("R$ %s", "."),
            "pt": ("%s €", " "), "nl": ("€ %s", "."), "pl": ("%s zł", " "), "tr": ("%s TL", "."), "id": ("Rp %s", "."),
            "se": ("%s kr", " ")}
PRODUCTS = ["WH-1000XM5", "SM-A546B", "A2896", "KD-55X85L", "XPS 13 9340", "TX-NR5100", "MX-2410", "EOS R8",
            "DCS-8000LH", "RT-AX58U", "BKS-220", "QN65Q80C", "HL-L2350DW", "FX-991EX", "G502 X", "T7 Shield",
            "ThinkPad X1 Carbon Gen 11", "Galaxy Buds2 Pro", "MDR-7506", "RX-V6A", "KX-TGE433B", "AX3000"]
ORG_ROLES = ["support", "help", "info", "billing", "customerservice", "noreply", "privacy", "press", "careers", "hello",
             "service", "kundenservice", "contact", "orders", "returns"]
AIRLINES = ["BA", "LH", "QF", "AI", "EK", "KL", "TK", "AF", "IB", "AZ", "NZ", "AC", "UA", "DL", "GA", "SK", "TP", "LO", "KQ", "ET"]


def money(region, lo=5, hi=2500, cents=True):
    fmt, sep = CURRENCY[region]
    v = R.randint(lo, hi)
    whole = "{:,}".format(v).replace(",", sep) if v >= 1000 else str(v)
    if cents and R.random() < 0.6:
        dec = "," if sep in (".", " ") else "."
        whole += dec + dig(2)
    return fmt % whole


def isbn13():
    body = "978" + dig(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    ck = (10 - s % 10) % 10
    full = body + str(ck)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def decoy_value(kind, doc):
    r, lang = doc.region, doc.lang
    fk = FK[REGIONS[r][0]]
    if kind == "order_id":
        return R.choice(["ORD-%d-%s" % (R.randint(2023, 2026), dig(6)), "%s-%s-%s" % (dig(3, "1234"), dig(7), dig(7)),
                         dig(R.randint(7, 9), "123456789"), "A" + rs(UP + DI, 8), rs(UP, 2) + dig(8)])
    if kind == "invoice_no":
        return R.choice(["INV-%d-%s" % (R.randint(2024, 2026), dig(5)), "%d/%s" % (R.randint(2024, 2026), dig(4)), "F-" + dig(6), "RE-" + dig(7)])
    if kind == "ticket_id":
        return R.choice(["INC" + dig(7), "TKT-" + dig(5), "CS-" + dig(6), "SR-%s-%s" % (dig(4), dig(4)), "REQ" + dig(6), "#" + dig(5, "123456789")])
    if kind == "tracking_no":
        return R.choice(["1Z" + rs(UP + DI, 16), rs(UP, 2) + dig(9) + "GB", dig(10, "123456789"), "JD" + dig(18), "LX" + dig(9) + "DE", "92" + dig(20)])
    if kind == "version":
        return R.choice(["v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 24), R.randint(0, 30)), "%d.%d.%d" % (R.randint(1, 19), R.randint(0, 12), R.randint(0, 9)),
                         "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 4)), "%d.%d" % (R.randint(2024, 2026), R.randint(1, 12))])
    if kind == "build":
        return R.choice(["%d%02d%02d.%d" % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)), dig(5, "123456789")])
    if kind == "event_date":
        if doc.date_style is None:
            doc.date_style = R.randint(0, 5)
        if doc.last_date is None:
            dt = rand_date(fk, datetime.date(2024, 1, 1), datetime.date(2026, 10, 31))
        else:  # a second date in one document comes after the first ("from ... to ...")
            dt = doc.last_date + datetime.timedelta(days=R.randint(2, 45))
        doc.last_date = dt
        return fmt_date(dt, lang, r, doc.date_style)
    if kind == "time":
        h, m = R.randint(7, 19), R.choice([0, 15, 30, 45, 10, 20, 40, 50])
        if doc.last_hour is not None:  # later times in one document come after earlier ones
            h = min(22, doc.last_hour + R.randint(1, 3))
        doc.last_hour = h
        if doc.time_style is None:
            if lang == "fr":
                doc.time_style = "%dh%02d"
            elif lang == "en" and r in ("us", "ca", "au", "nz", "in") and R.random() < 0.7:
                doc.time_style = R.choice(["12 ", "12"])
            else:
                doc.time_style = R.choice(["%02d:%02d", "%d:%02d", "%d.%02d"])
        if doc.time_style in ("12 ", "12"):
            return "%d:%02d%s%s" % (h % 12 or 12, m, doc.time_style[2:], "am" if h < 12 else "pm")
        return doc.time_style % (h, m)
    if kind == "amount":
        return money(r)
    if kind == "price":
        lo, hi = {"in": (90, 2400), "ng": (1500, 24000), "ke": (300, 4000), "id": (15000, 250000), "tr": (60, 900),
                  "se": (40, 600), "za": (40, 600), "pl": (12, 200)}.get(r, (3, 60))
        return money(r, lo, hi)
    if kind == "semver":
        return "%d.%d.%d" % (R.randint(1, 5), R.randint(0, 30), R.randint(0, 20))
    if kind == "salary":
        return money(r, 28000, 140000, cents=False)
    if kind == "product":
        return R.choice(PRODUCTS)
    if kind == "serial":
        return R.choice(["SN" + rs(UP + DI, 10), "C02" + rs(UP + DI, 7), "%s-%s-%s" % (rs(UP, 4), dig(4), rs(UP, 4)), "S/N " + dig(12)])[0:]
    if kind == "uuid":
        return fk.uuid4()
    if kind == "git_sha":
        return rs(HEX, R.choice([7, 8, 40]))
    if kind == "timestamp":
        d = rand_date(fk, datetime.date(2024, 1, 1), datetime.date(2026, 6, 30))
        t = "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        return R.choice(["%sT%sZ" % (d.isoformat(), t), "%s %s,%s" % (d.isoformat(), t, dig(3)), "%s %s" % (d.isoformat(), t)])
    if kind == "flight_no":
        return "%s %d" % (R.choice(AIRLINES), R.randint(1, 2999)) if R.random() < 0.6 else "%s%d" % (R.choice(AIRLINES), R.randint(1, 2999))
    if kind == "booking_ref":
        return rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if kind == "otp":
        return dig(6)
    if kind == "card_last4":
        return dig(4)
    if kind == "card_expiry":
        return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))
    if kind == "employee_id":
        return R.choice(["E" + dig(5), "EMP-" + dig(4), dig(6, "123456789")])
    if kind == "customer_id":
        return R.choice(["C-" + dig(6), "CUST" + dig(7), dig(8, "123456789")])
    if kind == "policy_no":
        return R.choice(["POL-" + dig(8), rs(UP, 3) + dig(7), dig(4) + "-" + dig(6)])
    if kind == "seat":
        return "%d%s" % (R.randint(1, 48), R.choice("ABCDEFHK"))
    if kind == "hostname":
        return R.choice(["LT-" + dig(4), "wks-%s-%s" % (R.choice(["lon", "nyc", "ber", "syd", "blr"]), dig(3)), "mbp-" + rs(HEX, 5), "srv-app-%02d" % R.randint(1, 40)])
    if kind == "port":
        return str(R.randint(1025, 65000))
    if kind == "isbn":
        return isbn13()
    if kind == "private_ip":
        return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "192.168.%d.%d" % (R.randint(0, 20), R.randint(1, 254)),
                         "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    if kind == "doc_ip":
        return R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 4095)])
    if kind == "example_email":
        return R.choice(["user", "jane.doe", "john.doe", "test", "name", "you", "admin", "alice", "bob"]) + "@" + R.choice(["example.com", "example.org", "example.net"])
    if kind == "test_card":
        return R.choice(["4242 4242 4242 4242", "4242424242424242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005"])
    if kind == "test_phone":
        return test_phone(r)
    if kind == "org_phone":
        return org_phone(r)
    if kind == "org_email":
        for _ in range(10):
            dom = fk.domain_name()
            if "example" not in dom:
                break
        return R.choice(ORG_ROLES) + "@" + dom
    if kind == "publishable_key":
        return "pk_live_" + (rs(B62, 24) if R.random() < 0.5 else "51" + rs(B62, 97))
    if kind == "account_sid":
        return "AC" + rs(HEX, 32)
    if kind == "org":
        return fk.company()
    if kind == "city":
        return R.choice(CITIES[r])
    if kind == "house_no":
        return str(R.randint(2, 140))
    if kind == "age":
        return str(R.randint(19, 88))
    raise KeyError(kind)


# ----------------------------------------------------------------------------------------------- documents
SECRET_TYPES = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
                "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]
PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
             "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
BAD_EDGE = set(" \t\n\"'.,;:")


class Doc:
    def __init__(self, frame, kind, region, lang, cat):
        self.frame, self.kind, self.region, self.lang, self.cat = frame, kind, region, lang, cat
        self.parts, self.spans, self.decoys = [], [], []
        self.b = 0
        self.c = 0
        self.people = {}
        self.date_style = None
        self.time_style = None
        self.last_hour = None
        self.last_date = None

    def lit(self, s):
        self.parts.append(s)
        self.b += len(s.encode("utf-8"))
        self.c += len(s)

    def _rec(self, lst, key, label, value):
        assert value == value.strip() and value, (self.frame, value)
        rec = collections.OrderedDict()
        rec["start"] = self.b
        rec["end"] = self.b + len(value.encode("utf-8"))
        rec["char_start"] = self.c
        rec["char_end"] = self.c + len(value)
        rec[key] = label
        rec["value"] = value
        lst.append(rec)
        self.lit(value)

    def span(self, typ, value):
        assert typ in PII_TYPES or typ in SECRET_TYPES, typ
        self._rec(self.spans, "type", typ, value)

    def decoy(self, kind, value):
        self._rec(self.decoys, "kind", kind, value)

    def finish(self):
        text = "".join(self.parts)
        tb = text.encode("utf-8")
        allr = sorted([(s["start"], s["end"], "s") for s in self.spans] + [(d["start"], d["end"], "d") for d in self.decoys])
        for a, b in zip(allr, allr[1:]):
            assert a[1] <= b[0], ("overlap", self.frame, text, a, b)
        for s in self.spans + self.decoys:
            v = s["value"]
            assert tb[s["start"]:s["end"]].decode("utf-8") == v, (self.frame, v)
            assert text[s["char_start"]:s["char_end"]] == v, (self.frame, v)
        for s in self.spans:
            v = s["value"]
            assert v[0] not in BAD_EDGE and v[-1] not in BAD_EDGE, ("edge", self.frame, v)
        has_pii = any(s["type"] in PII_TYPES for s in self.spans)
        has_secret = any(s["type"] in SECRET_TYPES for s in self.spans)
        sens = "secret" if has_secret else ("personal" if has_pii else "public")
        want = {"per": "personal", "sec": "secret", "pub": "public"}[self.cat]
        assert sens == want, (self.frame, sens, want, text)
        assert len(text) <= 640, (self.frame, len(text))
        assert "⟨" not in text and "⟩" not in text and "[[" not in text and "<<" not in text, (self.frame, text)
        d = collections.OrderedDict()
        d["id"] = None
        d["text"] = text
        d["spans"] = self.spans
        d["decoys"] = self.decoys
        d["kind"] = self.kind
        d["locale"] = self.region
        d["lang"] = self.lang
        d["sensitivity"] = sens
        d["has_pii"] = has_pii
        d["has_secret"] = has_secret
        d["frame"] = self.frame
        return d

    # -- people
    def person(self, n, gender=None, same=None):
        if n not in self.people:
            taken = set()
            for p in self.people.values():
                taken.update(p.tokens())
            sur, loc = None, None
            if same:
                rel = self.person(int(same))
                sur, loc = rel.surname, rel.loc
            self.people[n] = make_person(self.region, taken, gender=gender, surname=sur, loc=loc)
        return self.people[n]


SECRET_FUNCS = {"PW": ("PASSWORD", password), "AKID": ("AWS_ACCESS_KEY", aws_akid), "ASK": ("AWS_SECRET_KEY", aws_secret),
                "GHP": ("GITHUB_TOKEN", github_token), "OAI": ("OPENAI_API_KEY", openai_key),
                "ANT": ("ANTHROPIC_API_KEY", anthropic_key), "SLK": ("SLACK_TOKEN", slack_token),
                "HOOK": ("SLACK_TOKEN", slack_hook), "STRK": ("STRIPE_KEY", stripe_key),
                "WHSEC": ("STRIPE_KEY", stripe_whsec), "JWT": ("JWT", jwt), "GKEY": ("GENERIC_API_KEY", google_key),
                "SG": ("GENERIC_API_KEY", sendgrid_key), "GLPAT": ("GENERIC_API_KEY", gitlab_token),
                "TWTOK": ("GENERIC_API_KEY", twilio_token), "HEXKEY": ("GENERIC_API_KEY", hex_key)}
DB_USERS = ["app", "admin", "svc_reports", "web", "etl", "api_rw", "django", "root", "ops"]
DB_HOSTS = ["db.internal", "pg-prod-1.cluster-c8x2kq.eu-west-1.rds.amazonaws.com", "10.0.3.17", "postgres", "db-primary.svc.local",
            "orders-db.prod.lan"]
TOK = re.compile(r"⟨([^⟩]+)⟩|\[\[([a-z_0-9]+)~([^\]]+)\]\]")
ALT = re.compile(r"<<(.*?)>>", re.S)
PKEY = re.compile(r"^([NGSgnURHEIt])([1-4]?)$")


def render(doc, template, opts):
    template = ALT.sub(lambda m: R.choice(m.group(1).split("|")), template)
    pos = 0
    for m in TOK.finditer(template):
        if m.start() > pos:
            doc.lit(template[pos:m.start()])
        pos = m.end()
        if m.group(2):
            doc.decoy(m.group(2), m.group(3))
            continue
        key = m.group(1)
        pm = PKEY.match(key)
        r, lang = doc.region, doc.lang
        fk = FK[REGIONS[r][0]]
        if pm:
            code, n = pm.group(1), int(pm.group(2) or 1)
            p = doc.person(n, gender=opts.get("g%d" % n), same=opts.get("same%d" % n))
            if code == "t":
                doc.lit(wpick(TITLES[lang][p.gender]))
            elif code == "N":
                doc.span("PERSON", p.full)
            elif code == "G":
                doc.span("PERSON", p.given)
            elif code == "S":
                doc.span("PERSON", p.surname)
            elif code == "g":
                doc.span("PERSON", name_lower(p.given, p.loc))
            elif code == "n":
                doc.span("PERSON", name_lower(p.full, p.loc))
            elif code == "U":
                doc.span("PERSON", name_upper(p.full, p.loc))
            elif code == "R":
                doc.span("PERSON", p.surname + ", " + p.given)
            elif code == "H":
                doc.span("PERSON", handle_for(p))
            elif code == "I":
                doc.span("PERSON", p.given[0] + ". " + p.surname)
            elif code == "E":
                doc.span("EMAIL_ADDRESS", email_for(p, r))
            continue
        if key.startswith("d:"):
            doc.decoy(key[2:], decoy_value(key[2:], doc))
        elif key == "PHONE":
            doc.span("PHONE_NUMBER", phone(r))
        elif key == "MOB":
            doc.span("PHONE_NUMBER", phone(r, "mob"))
        elif key == "LAND":
            doc.span("PHONE_NUMBER", phone(r, "land"))
        elif key == "ADDR":
            doc.span("STREET_ADDRESS", address(r))
        elif key == "ADDRB":
            doc.span("STREET_ADDRESS", address(r, block=True))
        elif key == "DOB":
            doc.span("DATE_OF_BIRTH", fmt_date(rand_date(fk, datetime.date(1941, 1, 1), datetime.date(2006, 12, 31)), lang, r))
        elif key == "DOBK":
            doc.span("DATE_OF_BIRTH", fmt_date(rand_date(fk, datetime.date(2010, 1, 1), datetime.date(2022, 12, 31)), lang, r))
        elif key == "IBAN":
            doc.span("IBAN_CODE", iban(r))
        elif key == "CC":
            doc.span("CREDIT_CARD", credit_card(fk))
        elif key == "SSN":
            doc.span("US_SSN", ssn())
        elif key == "IP":
            doc.span("IP_ADDRESS", public_ip4())
        elif key == "IP6":
            doc.span("IP_ADDRESS", public_ip6())
        elif key == "COUNTRY":
            doc.lit(R.choice(COUNTRY[r]))
        elif key in SECRET_FUNCS:
            typ, fn = SECRET_FUNCS[key]
            doc.span(typ, fn())
        elif key == "PGURL":
            doc.lit(R.choice(["postgres://", "postgresql://"]) + R.choice(DB_USERS) + ":")
            doc.span("PASSWORD", password(alnum_only=True))
            doc.lit("@" + R.choice(DB_HOSTS) + ":5432/" + R.choice(["orders", "app", "analytics", "crm", "billing"]))
        elif key == "MONGOURL":
            doc.lit("mongodb+srv://" + R.choice(DB_USERS) + ":")
            doc.span("PASSWORD", password(alnum_only=True))
            doc.lit("@cluster0." + rs(LO + DI, 5) + ".mongodb.net/" + R.choice(["app", "prod", "events"]) + "?retryWrites=true")
        elif key == "REDISURL":
            doc.lit(R.choice(["redis://:", "rediss://default:"]))
            doc.span("PASSWORD", password(alnum_only=True))
            doc.lit("@" + R.choice(["cache.internal", "redis-01.prod.lan", "10.0.8.4"]) + ":6379/0")
        else:
            raise KeyError("unknown placeholder %r in %s" % (key, doc.frame))
    if pos < len(template):
        doc.lit(template[pos:])


# ----------------------------------------------------------------------------------------------- frames
# Every frame below was written by hand for this set.  A frame line is
#     kind :: text [@@ key=value ...]
# with "\\n" for a line break and " ## " between variants (each use of the frame takes the next variant).
# Options: gN=m|f (gender of person N), sameN=M (person N has person M's surname), regions=a,b (locales).
FRAMES = []
_FCOUNT = collections.Counter()


def F(cat, kind, lang, group, text, opts):
    key = (cat, kind, lang)
    _FCOUNT[key] += 1
    fid = "%s-%s-%s%03d" % (cat, kind, "" if lang == "en" else lang + "-", _FCOUNT[key])
    FRAMES.append({"id": fid, "cat": cat, "kind": kind, "lang": lang, "group": group,
                   "variants": text.split(" ## "), "opts": opts})


def block(cat, lang, group, src):
    for line in src.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        opts = {}
        if " @@ " in line:
            line, o = line.split(" @@ ", 1)
            for kv in o.split():
                k, v = kv.split("=", 1)
                opts[k] = v
        kind, text = line.split(" :: ", 1)
        F(cat, kind.strip(), lang, group, text.strip().replace("\\n", "\n"), opts)

# ------------------------------------------------------------------ English personal sentences
block("per", "en", "sent", r"""
# chat: informal, often lower case, names with and without cues
chat :: ⟨g⟩ said she'd cover my shift on <<saturday|sunday|friday>> if that's ok with you @@ g1=f
chat :: is ⟨g⟩ still off sick? need her sign-off on the <<quote|PO|rota>> before lunch @@ g1=f
chat :: lol ⟨g⟩ just replied-all to the entire company with his lunch order @@ g1=m
chat :: can someone ping ⟨n⟩? their mobile is ⟨MOB⟩, i keep getting voicemail
chat :: ⟨g⟩ and ⟨g2⟩ are both out today so standup's cancelled
chat :: ok so ⟨G⟩ wants the slides by <<3|4|noon>>, not tomorrow like we thought
chat :: my cousin ⟨G⟩ is in town this week, new number is ⟨MOB⟩ if you want to meet up
chat :: heads up, ⟨N⟩ from accounts is asking about the <<march|april|q3>> expenses again
chat :: did ⟨g⟩ ever send you the deck? can't find it in the drive anywhere
chat :: just got off the phone with ⟨g⟩'s dad, he's picking her up at ⟨d:time⟩ @@ g1=f
chat :: tell ⟨g⟩ i owe her a coffee for yesterday, she saved me @@ g1=f
chat :: who is ⟨N⟩?? they just sent me a calendar invite for friday 8am
chat :: thx, i'll forward this to ⟨g⟩ and ⟨g2⟩ and see what they say
chat :: fyi ⟨G⟩ moved, new address is ⟨ADDR⟩, can you update the christmas card list
chat :: ⟨g⟩ is bringing the cake, ⟨g2⟩ the drinks, i'll sort the playlist
chat :: ugh, ⟨G⟩ double booked the big meeting room again
chat :: anyone got ⟨g⟩'s email? is it still ⟨E⟩ or did that change after the merger
chat :: congrats to ⟨N⟩ on ten years with us today!! 🎉 cake in the kitchen at 3
chat :: pretty sure ⟨G⟩ sent the invoice on monday, check with ⟨G2⟩ before you chase the client
chat :: does anyone have a number for ⟨n⟩'s partner? she's not answering and the school called @@ g1=f
chat :: met ⟨g⟩ at the gym, she says hi and wants her drill back lol @@ g1=f
chat :: can you let ⟨g⟩ know the plumber's coming at ⟨d:time⟩, he needs to be home @@ g1=m
chat :: just saw ⟨N⟩ on the train, didn't know she'd moved back from ⟨d:city⟩ @@ g1=f
chat :: sorry was on a call with ⟨g⟩. what did ⟨g2⟩ decide about the venue?
chat :: @⟨H⟩ can you look at the failing build when you get a sec? @⟨H2⟩ is stuck
chat :: omg ⟨g⟩'s baby arrived last night, born <<at 3am|just after midnight|this morning>>!! both doing fine
chat :: pls send the signed form to ⟨E⟩, ⟨G⟩ is collating them for HR
chat :: ⟨G⟩ says if the money isn't back in her account by friday she's going to the ombudsman @@ g1=f
chat :: nah ⟨g⟩ left ages ago, you want ⟨n2⟩ now, she took over the account @@ g2=f
chat :: reminder that ⟨g⟩ is vegan and ⟨g2⟩ can't do nuts, for the team lunch
chat :: anyone else get a weird text from ⟨MOB⟩ claiming to be ⟨G⟩ from IT? @@ g1=m
chat :: i gave ⟨G⟩ your number, hope that's fine, she's the one selling the sofa @@ g1=f
chat :: wait, is that ⟨g⟩ from uni or ⟨g2⟩ from work? i always mix them up
# sms
sms :: Hi, it's ⟨G⟩ — new number, save this one, the old phone died.
sms :: Running 10 min late, tell ⟨G⟩ to start without me.
sms :: Hi, ⟨G⟩ here from the dental surgery. Could you call us back on ⟨LAND⟩ to rebook your check-up?
sms :: ⟨G⟩'s mum is dropping him off around ⟨d:time⟩, the address is ⟨ADDR⟩. @@ g1=m
sms :: Your driver ⟨G⟩ is 4 minutes away in a silver <<[[product~Toyota Prius]]|[[product~Skoda Octavia]]|[[product~Kia Niro]]>>.
sms :: Landed! Can you text ⟨G⟩ and say I'll be at hers by 7? My battery's nearly gone. @@ g1=f
sms :: Got your number from ⟨N⟩ — is the room on ⟨ADDR⟩ still available?
sms :: This is ⟨N⟩, your new key worker. I'll visit on ⟨d:event_date⟩; call ⟨MOB⟩ if that doesn't suit.
# e-mail
email :: Hi ⟨G⟩, thanks for sending the signed lease. I've copied ⟨N2⟩ so she can set up the standing order. @@ g2=f
email :: Please forward this to ⟨N⟩ in procurement before ⟨d:event_date⟩.
email :: Dear ⟨t⟩ ⟨S⟩, your appointment has been moved to ⟨d:event_date⟩ at ⟨d:time⟩.
email :: Could you cc ⟨G⟩ on the reply? She handled the original claim. @@ g1=f
email :: As discussed with ⟨N⟩ on the call, we'll send the replacement unit to ⟨ADDR⟩.
email :: I'm out of office until Monday. For anything urgent please contact ⟨N⟩ on ⟨PHONE⟩.
email :: ⟨N⟩ has accepted the offer and starts on ⟨d:event_date⟩ — could IT have a laptop ready?
email :: Per ⟨t⟩ ⟨S⟩, the samples need to be back at the lab by Thursday.
email :: Thanks ⟨G⟩ — I've attached invoice ⟨d:invoice_no⟩ and the delivery note you asked for.
email :: My neighbour, ⟨N⟩, has kindly agreed to sign for the parcel if I'm not in.
email :: Apologies, I sent the contract to my old address; the right one is ⟨E⟩.
email :: Reply to ⟨E⟩ with your availability and ⟨G⟩ will confirm a slot.
email :: Hi all, please welcome ⟨N⟩, who joins the data team from ⟨d:org⟩ next week.
email :: ⟨G⟩ asked me to pass on her apologies; she's unwell and won't make the review. @@ g1=f
email :: We met ⟨N⟩ and ⟨N2⟩ at the trade fair, and both were keen on the wholesale price list.
email :: Dear ⟨G⟩, I'm writing on behalf of my father, ⟨N2⟩, who is a patient at your practice. @@ g2=m same2=1
email :: Further to my call with ⟨t⟩ ⟨S⟩ this morning, please find the revised quote attached.
email :: ⟨N⟩ will be taking over your account from ⟨d:event_date⟩; you can reach him at ⟨E⟩. @@ g1=m
email :: I'd recommend ⟨N⟩ without hesitation — she ran our night shift for six years. @@ g1=f
email :: Could you let me know whether ⟨N⟩ still lives at ⟨ADDR⟩? The letters keep coming back.
email :: Many thanks to ⟨G⟩, ⟨G2⟩ and ⟨G3⟩ for staying late to get the order out.
email :: Hello, I'm ⟨N⟩'s sister and I'm trying to sort out her phone contract while she's in hospital. @@ g1=f
email :: Can you please send the keys to ⟨N⟩ at ⟨ADDR⟩? He's collecting on my behalf. @@ g1=m
# support tickets and call notes
support_ticket :: Customer ⟨N⟩ says the router drops out every evening; callback requested on ⟨PHONE⟩.
support_ticket :: Caller gave her name as ⟨N⟩ but the date of birth she gave, ⟨DOB⟩, doesn't match the account. @@ g1=f
support_ticket :: ⟨N⟩ reports being charged twice on card ⟨CC⟩ for order ⟨d:order_id⟩.
support_ticket :: Ticket ⟨d:ticket_id⟩: ⟨G⟩ can't log in after the reset, last successful sign-in from ⟨IP⟩.
support_ticket :: Refund approved for ⟨N⟩ (⟨E⟩); ⟨d:amount⟩ back to the original payment method.
support_ticket :: Escalated by ⟨G⟩ — the customer, ⟨N2⟩, has phoned four times about the same fault.
support_ticket :: Please change the delivery address for ⟨N⟩ to ⟨ADDR⟩ before the order is dispatched.
support_ticket :: Account holder ⟨U⟩ wants statements sent to ⟨E⟩ instead of by post.
support_ticket :: Spoke with ⟨G⟩, who confirmed the serial ⟨d:serial⟩; replacement authorised.
support_ticket :: ⟨N⟩ called in upset — the engineer never turned up on ⟨d:event_date⟩. Mobile ⟨MOB⟩.
support_ticket :: Verified caller ⟨N⟩ with DOB ⟨DOB⟩ and the last four digits ⟨d:card_last4⟩.
support_ticket :: Customer asks that we stop calling ⟨LAND⟩ and use ⟨MOB⟩ instead.
support_ticket :: ⟨N⟩ called about the invoice again — says ⟨d:invoice_no⟩ was paid on ⟨d:event_date⟩.
support_ticket :: Chargeback raised by ⟨I⟩ for ⟨d:amount⟩; card used was ⟨CC⟩, expiry ⟨d:card_expiry⟩.
# CRM notes
crm_note :: Spoke to ⟨N⟩; the real decision maker is ⟨N2⟩, follow up in two weeks.
crm_note :: ⟨S⟩ at ⟨d:org⟩ is interested in 40 seats — send pricing to ⟨E⟩.
crm_note :: Left a voicemail for ⟨G⟩ on ⟨PHONE⟩ about the renewal, no answer on the landline either.
crm_note :: Met ⟨N⟩ at the ⟨d:city⟩ roadshow, prefers calls after 4pm, mobile ⟨MOB⟩.
crm_note :: ⟨R⟩ has moved to a competitor; new contact is ⟨N2⟩.
crm_note :: lead from webinar: ⟨n⟩, ⟨E⟩, wants a demo next week
crm_note :: ⟨G⟩ mentioned her husband ⟨G2⟩ also runs a café and might want a card reader. @@ g1=f g2=m
crm_note :: Don't call ⟨N⟩ before 10 — night-shift nurse. Prefers email: ⟨E⟩.
crm_note :: Quote ⟨d:invoice_no⟩ sent to ⟨N⟩, cc ⟨G2⟩ in finance.
# HR
hr_note :: ⟨N⟩ has requested parental leave from ⟨d:event_date⟩; ⟨N2⟩ has approved it.
hr_note :: Emergency contact for ⟨N⟩: ⟨N2⟩ (spouse), ⟨MOB⟩.
hr_note :: Please update payroll — ⟨N⟩'s new bank account is ⟨IBAN⟩.
hr_note :: ⟨N⟩, employee ⟨d:employee_id⟩, date of birth ⟨DOB⟩, is due a probation review next month.
hr_note :: Exit interview with ⟨G⟩ booked for ⟨d:event_date⟩; ⟨N2⟩ from HR will sit in.
hr_note :: Reference request for ⟨N⟩ received from ⟨d:org⟩; ⟨G2⟩ to respond by Friday.
hr_note :: ⟨N⟩ has been taken on as the new warehouse lead, starting salary ⟨d:salary⟩.
hr_note :: Grievance raised by ⟨N⟩ against her line manager, ⟨N2⟩; investigation opened. @@ g1=f
hr_note :: New starter form for ⟨N⟩ is missing the SSN; the number he gave on the phone was ⟨SSN⟩. @@ g1=m
hr_note :: Relocation allowance approved for ⟨N⟩, moving to ⟨ADDR⟩ on ⟨d:event_date⟩.
# medical admin
clinic_admin :: ⟨t⟩ ⟨N⟩, born ⟨DOB⟩, is booked in with Dr ⟨S2⟩ on ⟨d:event_date⟩.
clinic_admin :: Patient ⟨N⟩ cancelled her physio; rebook once ⟨G2⟩ is back from leave. @@ g1=f
clinic_admin :: Prescription ready for collection for ⟨N⟩ (DOB ⟨DOB⟩).
clinic_admin :: Per Dr ⟨S⟩, ⟨G2⟩'s bloods should be repeated in six weeks.
clinic_admin :: Referral for ⟨N⟩ sent to ⟨d:org⟩; next of kin ⟨N2⟩, ⟨PHONE⟩.
clinic_admin :: ⟨G⟩'s mum rang, she's bringing ⟨G2⟩ in for his jab at ⟨d:time⟩ — his DOB is ⟨DOBK⟩. @@ g2=m same2=1
clinic_admin :: Dr ⟨S⟩ has asked that ⟨N2⟩ be seen before the end of the week.
clinic_admin :: Please confirm the address we hold for ⟨N⟩: ⟨ADDR⟩.
clinic_admin :: ⟨N⟩ did not attend; second DNA this year, letter sent to ⟨ADDR⟩.
clinic_admin :: Repeat request from ⟨N⟩, date of birth ⟨DOB⟩, for the blood pressure tablets.
# banking
bank_msg :: Your transfer of ⟨d:amount⟩ to ⟨N⟩ (IBAN ⟨IBAN⟩) has been scheduled.
bank_msg :: Dear ⟨N⟩, a new payee was added to your account from ⟨IP⟩. If this wasn't you, call us on ⟨d:org_phone⟩.
bank_msg :: Card ⟨CC⟩ was blocked at ⟨N⟩'s request; a replacement is on its way to ⟨ADDR⟩.
bank_msg :: hi can you send the ⟨d:amount⟩ to my account ⟨IBAN⟩, name on it is ⟨N⟩
bank_msg :: ⟨N⟩, SSN ⟨SSN⟩, was added as an authorised user on your account.
bank_msg :: Payment of ⟨d:amount⟩ received from ⟨U⟩, reference ⟨d:invoice_no⟩.
bank_msg :: Please confirm that ⟨IBAN⟩ belongs to ⟨N⟩ before we release the deposit.
bank_msg :: Dear ⟨t⟩ ⟨S⟩, we noticed a sign-in from a new device (⟨IP6⟩) on ⟨d:event_date⟩.
# delivery
delivery :: Parcel left with your neighbour ⟨N⟩ at ⟨ADDR⟩.
delivery :: Driver note: ring ⟨G⟩ on ⟨MOB⟩, the buzzer doesn't work.
delivery :: Deliver to ⟨N⟩, ⟨ADDR⟩ — tracking number ⟨d:tracking_no⟩.
delivery :: Hi ⟨G⟩, your order ⟨d:order_id⟩ arrives ⟨d:event_date⟩ between ⟨d:time⟩ and ⟨d:time⟩.
delivery :: Signed for by ⟨U⟩ at ⟨d:time⟩.
delivery :: Couldn't deliver to ⟨ADDR⟩, nobody home. ⟨G⟩, rebook online or call ⟨d:org_phone⟩.
delivery :: Leave it behind the bins please, I'm at work — ⟨N⟩, ⟨MOB⟩.
# travel
travel :: ⟨G⟩ is on ⟨d:flight_no⟩, landing around ⟨d:time⟩ — who's doing the airport run?
travel :: Booking ⟨d:booking_ref⟩: passengers ⟨N⟩ and ⟨N2⟩, seats ⟨d:seat⟩ and ⟨d:seat⟩.
travel :: Guest ⟨R⟩ asked for a late checkout and a taxi to the station.
travel :: The cottage is booked under ⟨N⟩; the key-box code will be texted to ⟨MOB⟩.
travel :: The name must match the passport exactly: ⟨U⟩, date of birth ⟨DOB⟩.
travel :: ⟨N⟩ and her two kids are on the 6:40 ferry; ⟨G2⟩ will meet them off the boat. @@ g1=f
travel :: Visa letter for ⟨N⟩, born ⟨DOB⟩, staying at ⟨ADDR⟩ for the conference.
# school
school_msg :: Dear parents, ⟨N⟩ will cover Year 4 while ⟨t⟩ ⟨S2⟩ is on leave.
school_msg :: ⟨G⟩ has the dentist at ⟨d:time⟩ so I'll collect him early. Thanks, ⟨N2⟩ @@ g1=m same2=1
school_msg :: Pick-up today is ⟨G⟩'s grandmother, ⟨N2⟩; she'll show ID at the gate.
school_msg :: ⟨N⟩ (date of birth ⟨DOBK⟩) has been offered a place in the reception class.
school_msg :: Well done to ⟨N⟩, ⟨N2⟩ and ⟨N3⟩, who reached the county chess final!
school_msg :: ⟨G⟩ left his coat in the hall — if found, his mum's number is ⟨MOB⟩. @@ g1=m
school_msg :: Could ⟨G⟩ please sit away from ⟨G2⟩ for the exam? Thanks, ⟨t3⟩ ⟨S3⟩
# meeting notes
meeting_notes :: Attendees: ⟨N⟩, ⟨N2⟩, ⟨G3⟩ (chair). Apologies from ⟨N4⟩.
meeting_notes :: Actions: ⟨G⟩ to chase the landlord; ⟨G2⟩ to redo the budget by Friday.
meeting_notes :: ⟨N⟩ raised the parking issue again; agreed to revisit once ⟨S2⟩ has the figures.
meeting_notes :: Minutes taken by ⟨N⟩. Next meeting ⟨d:event_date⟩ at ⟨G2⟩'s house.
meeting_notes :: ⟨G⟩ presented the Q2 numbers; ⟨G2⟩ and ⟨G3⟩ disagreed on the forecast.
meeting_notes :: Present: ⟨R⟩; ⟨R2⟩; ⟨R3⟩. Quorum reached.
# voice transcripts: no punctuation, lower case
voice_transcript :: hi this is ⟨n⟩ calling about my order can you call me back on ⟨PHONE⟩ thanks
voice_transcript :: yeah so i spoke to ⟨g⟩ yesterday and she said the boiler's fixed now @@ g1=f
voice_transcript :: hello it's ⟨g⟩ from ⟨d:org⟩ just confirming your appointment on ⟨d:event_date⟩ bye
voice_transcript :: um the account's in my wife's name ⟨n⟩ and the address is ⟨ADDR⟩ @@ g1=f
voice_transcript :: message for ⟨g⟩ please ring ⟨g2⟩ back when you can it's about the keys
# social
social_post :: Happy 40th to my big sister ⟨N⟩, love you loads! @@ g1=f
social_post :: LOST CAT near ⟨ADDR⟩ — grey tabby, answers to <<Biscuit|Mochi|Pickle>>. Please call ⟨G⟩ on ⟨MOB⟩.
social_post :: Huge thanks to ⟨N⟩ who found my wallet on the bus and posted it back!
social_post :: Tagging ⟨N⟩ and ⟨N2⟩ because they'll want to see this 😂
# AI prompts
ai_prompt :: Rewrite this more politely: "⟨G⟩, you still haven't paid for the concert tickets."
ai_prompt :: Summarise the complaint from ⟨N⟩ (⟨E⟩) in two lines.
ai_prompt :: translate to spanish: my name is ⟨n⟩ and I live at ⟨ADDR⟩
ai_prompt :: Write a thank-you note to ⟨N⟩ for covering my classes last week.
ai_prompt :: Draft a reply to ⟨G⟩ saying we can't do ⟨d:event_date⟩ but ⟨d:event_date⟩ works.
ai_prompt :: Extract the names and phone numbers: "Call ⟨N⟩ on ⟨PHONE⟩ or ⟨N2⟩ on ⟨PHONE⟩."
# logs and security (as one sentence)
log_line :: Failed password for ⟨H⟩ from ⟨IP⟩ port ⟨d:port⟩ ssh2
log_line :: ⟨d:timestamp⟩ login ok user=⟨H⟩ ip=⟨IP⟩
security_msg :: Can you add ⟨IP⟩ to the allow-list? It's ⟨G⟩'s home connection.
security_msg :: New sign-in to ⟨N⟩'s account from ⟨IP6⟩ near ⟨d:city⟩.
security_msg :: ⟨G⟩, we blocked a login attempt on your account from ⟨IP⟩.
# names in unusual positions
note :: The boiler was serviced in March, or so ⟨N⟩ says.
note :: Spare keys are with ⟨G⟩ at number ⟨d:house_no⟩, two doors down.
note :: ⟨S⟩, ⟨G⟩ is listed twice on the sign-up sheet; please remove one.
note :: Ask for ⟨G⟩ at reception; she has the visitor badges. @@ g1=f
note :: I last saw ⟨N⟩ at the ⟨d:city⟩ office in the spring.
note :: Without ⟨G⟩'s help the stall would never have opened on time.
note :: Between you and me, ⟨G⟩ is thinking of leaving.
note :: The car is registered to ⟨N⟩ of ⟨ADDR⟩.
note :: The box in the hallway belongs to ⟨I⟩ from the flat upstairs.
note :: Lunch with ⟨G⟩ and her brother ⟨G2⟩ on Saturday, at that Thai place. @@ g1=f g2=m same2=1
note :: Tenant: ⟨N⟩. Guarantor: ⟨N2⟩, ⟨PHONE⟩.
note :: Rota for Saturday — ⟨G⟩, ⟨G2⟩, ⟨G3⟩, ⟨G4⟩.
note :: Babysitter tonight is ⟨G⟩; her number's on the fridge but it's ⟨MOB⟩ just in case. @@ g1=f
note :: Dad's new address is ⟨ADDR⟩ and his landline is ⟨LAND⟩.
note :: Gift list: ⟨G⟩ (candle), ⟨G2⟩ (book), ⟨G3⟩ (socks again).
note :: Recorded delivery to ⟨N⟩, ⟨ADDR⟩, requested by ⟨N2⟩.
note :: Card details for the booking: ⟨CC⟩, exp ⟨d:card_expiry⟩, name ⟨U⟩.
note :: SSN for ⟨G⟩ on the school form is ⟨SSN⟩ — double-check it with ⟨G2⟩.
note :: ⟨N⟩'s date of birth on the insurance form is ⟨DOB⟩, not the one on file.
support_ticket :: Applicant ⟨N⟩ typed the SSN as ⟨SSN⟩ on the credit check; DOB given was ⟨DOB⟩.
chat :: need ⟨g⟩'s social for the lease application, she says it's ⟨SSN⟩ @@ g1=f
email :: Hi ⟨G⟩, before we file the W-9 please confirm the SSN we have on record, ⟨SSN⟩.
chat :: can you put the deposit on my card? ⟨CC⟩ exp ⟨d:card_expiry⟩ — don't tell ⟨g⟩ lol
travel :: Please guarantee the room on card ⟨CC⟩ in the name of ⟨N⟩.
""")
# ------------------------------------------------------------------ English secret sentences
block("sec", "en", "sent", r"""
chat :: guest wifi is "⟨PW⟩" now, pls don't post it in the public channel
chat :: ⟨g⟩ here's the deploy token ⟨GHP⟩, revoke it when you're done
email :: The temporary password for your portal account is ⟨PW⟩ — you'll be asked to change it when you first sign in.
support_ticket :: User pasted their API key into the ticket (⟨OAI⟩); advised them to rotate it.
chat :: can you try with this key ⟨ANT⟩ and see if you still hit the rate limit
chat :: live stripe key is ⟨STRK⟩, it's also in the vault under billing
code_review :: Please don't commit ⟨AKID⟩ and ⟨ASK⟩ — move them to the secrets manager.
chat :: webhook for the alerts channel: ⟨HOOK⟩
ai_prompt :: why does this fail with 401? I'm sending Authorization: Bearer ⟨JWT⟩
email :: ⟨G⟩, the login for the supplier portal is ⟨H⟩ with password ⟨PW⟩.
chat :: is this sendgrid key the prod one? ⟨SG⟩
support_ticket :: Twilio auth token ⟨TWTOK⟩ was pushed to a public repo; rotate it today.
chat :: runner registration token: ⟨GLPAT⟩
ai_prompt :: my maps embed stopped working, the key is ⟨GKEY⟩ — what am I doing wrong?
chat :: bot token ⟨SLK⟩ works in the dev workspace but not in prod, any idea?
sms :: Your door code and alarm PIN are in the email; the alarm app password is ⟨PW⟩.
email :: For the migration, use ⟨MONGOURL⟩ and remove it from this thread afterwards.
chat :: the webhook signing secret is ⟨WHSEC⟩, not the publishable key
""")
# ------------------------------------------------------------------ other languages: personal, secret, public
block("per", "de", "sent", r"""
chat :: Kannst du ⟨G⟩ Bescheid sagen, dass das Meeting auf ⟨d:time⟩ Uhr verschoben ist?
email :: Sehr geehrte ⟨t⟩ ⟨S⟩, Ihr Termin am ⟨d:event_date⟩ ist hiermit bestätigt. @@ g1=f
support_ticket :: Kunde ⟨N⟩ (Tel. ⟨PHONE⟩) meldet, dass die Lieferung ⟨d:order_id⟩ beschädigt ankam. @@ g1=m
hr_note :: Bitte das Gehalt ab nächstem Monat auf das neue Konto von ⟨N⟩ überweisen: ⟨IBAN⟩.
clinic_admin :: Patientin ⟨N⟩, geb. ⟨DOB⟩, hat den Termin bei Dr. ⟨S2⟩ abgesagt. @@ g1=f
delivery :: Falls ich nicht da bin, das Paket bitte bei ⟨N⟩ abgeben, ⟨ADDR⟩.
chat :: ⟨g⟩ hat gesagt, sie bringt den Salat mit, ⟨g2⟩ kümmert sich um die Getränke @@ g1=f
meeting_notes :: Anwesend: ⟨N⟩, ⟨N2⟩, ⟨N3⟩. Protokoll: ⟨G4⟩.
email :: Leite das bitte an ⟨N⟩ weiter, ihre Adresse ist ⟨E⟩. @@ g1=f
""")
block("sec", "de", "sent", r"""
chat :: Das WLAN-Passwort im Büro ist jetzt ⟨PW⟩, bitte nicht weitergeben.
email :: Hallo ⟨G⟩, hier dein Zugang zum Testsystem: Benutzer ⟨H⟩, Passwort ⟨PW⟩.
""")
block("pub", "de", "sent", r"""
news :: Die Ausstellung über [[public_figure~Albrecht Dürer]] im [[place~Germanischen Nationalmuseum]] läuft noch bis ⟨d:event_date⟩. ## [[public_figure~Helene Fischer]] gibt am ⟨d:event_date⟩ ein Zusatzkonzert in der [[place~Lanxess Arena]].
ad :: Der neue [[brand~Opel]] Corsa ist jetzt bestellbar, Beratung unter ⟨d:org_phone⟩. ## Bestellnummer ⟨d:order_id⟩: Ihre [[brand~Miele]] Waschmaschine wird am ⟨d:event_date⟩ geliefert.
""")
block("per", "fr", "sent", r"""
chat :: Tu peux rappeler ⟨G⟩ ? Elle a laissé son numéro : ⟨MOB⟩ @@ g1=f
email :: Bonjour ⟨t⟩ ⟨S⟩, votre dossier a bien été transmis à ⟨N2⟩, du service comptabilité.
support_ticket :: Le client ⟨N⟩, né le ⟨DOB⟩, demande la clôture de son compte. @@ g1=m
bank_msg :: Virement de ⟨d:amount⟩ vers ⟨N⟩, IBAN ⟨IBAN⟩, effectué le ⟨d:event_date⟩.
delivery :: Colis à livrer chez ⟨N⟩, ⟨ADDR⟩ ; sonner deux fois, l'interphone est cassé.
school_msg :: ⟨G⟩ sera récupéré par sa tante, ⟨N2⟩, à la sortie de l'école. @@ g1=m g2=f
meeting_notes :: Présents : ⟨N⟩, ⟨N2⟩ et ⟨G3⟩. Excusée : ⟨N4⟩. @@ g4=f
chat :: j'ai croisé ⟨g⟩ au marché, il déménage à ⟨d:city⟩ le mois prochain @@ g1=m
hr_note :: ⟨N⟩ reprend le travail le ⟨d:event_date⟩ ; merci de prévenir ⟨G2⟩ et l'équipe de nuit.
""")
block("sec", "fr", "sent", r"""
chat :: Le mot de passe du Wi-Fi invités, c'est ⟨PW⟩.
support_ticket :: Le client a collé sa clé secrète dans le ticket : ⟨STRK⟩ — à révoquer tout de suite.
""")
block("pub", "fr", "sent", r"""
news :: Le musée consacre une rétrospective à [[public_figure~Claude Monet]] jusqu'au ⟨d:event_date⟩. ## [[public_figure~Kylian Mbappé]] a marqué deux buts samedi au [[place~Parc des Princes]].
travel :: Les vols pour ⟨d:city⟩ partent du terminal 1 de l'aéroport [[place~Lyon-Saint-Exupéry]]. ## Le tram s'arrête avenue [[street_named~Jean-Jaurès]], à deux pas de la gare.
""")
block("per", "es", "sent", r"""
chat :: ⟨G⟩ dice que llega tarde, que empecéis sin ella @@ g1=f
email :: Estimado ⟨t⟩ ⟨S⟩: le confirmamos la cita del ⟨d:event_date⟩ a las ⟨d:time⟩. @@ g1=m
support_ticket :: La clienta ⟨N⟩ (tel. ⟨PHONE⟩) reclama un cargo duplicado en la tarjeta ⟨CC⟩. @@ g1=f
hr_note :: Alta de ⟨N⟩, fecha de nacimiento ⟨DOB⟩, en el departamento de logística.
delivery :: Si no está ⟨G⟩, dejar el paquete en portería. Dirección: ⟨ADDR⟩.
bank_msg :: Haz la transferencia a nombre de ⟨N⟩, cuenta ⟨IBAN⟩, y mándame el justificante.
chat :: oye, ¿tienes el correo de ⟨g⟩? creo que es ⟨E⟩
meeting_notes :: Asistentes: ⟨N⟩, ⟨N2⟩ y ⟨N3⟩. Redacta el acta: ⟨G4⟩.
""")
block("sec", "es", "sent", r"""
chat :: la contraseña del router nuevo es ⟨PW⟩, apúntala
email :: Hola ⟨G⟩, te paso el token de GitHub para el despliegue: ⟨GHP⟩
""")
block("pub", "es", "sent", r"""
news :: El [[place~Museo del Prado]] amplía hasta el ⟨d:event_date⟩ la exposición sobre [[public_figure~Francisco de Goya]]. ## [[public_figure~Rosalía]] actuará en el [[place~Estadio Santiago Bernabéu]] el ⟨d:event_date⟩.
ad :: Pide tu menú en [[brand~Telepizza]] por ⟨d:price⟩; atención al cliente en el ⟨d:org_phone⟩. ## Su pedido ⟨d:order_id⟩ de [[brand~El Corte Inglés]] llegará el ⟨d:event_date⟩.
""")
block("per", "it", "sent", r"""
chat :: ⟨G⟩ mi ha detto che passa a prendere le chiavi verso le ⟨d:time⟩
email :: Gentile ⟨t⟩ ⟨S⟩, le inoltro il contratto firmato da ⟨N2⟩.
support_ticket :: Il cliente ⟨N⟩, nato il ⟨DOB⟩, chiede il rimborso dell'ordine ⟨d:order_id⟩. @@ g1=m
delivery :: Consegnare a ⟨N⟩, ⟨ADDR⟩; il citofono non va, chiamare il ⟨MOB⟩.
bank_msg :: Bonifico di ⟨d:amount⟩ a favore di ⟨N⟩, IBAN ⟨IBAN⟩, eseguito oggi.
school_msg :: Oggi ⟨G⟩ esce alle 13, lo viene a prendere la nonna, ⟨N2⟩. @@ g1=m g2=f
chat :: avete visto ⟨g⟩? non risponde al telefono da stamattina
hr_note :: ⟨N⟩ rientra dalla maternità il ⟨d:event_date⟩; referente ⟨N2⟩. @@ g1=f
""")
block("sec", "it", "sent", r"""
chat :: la password del wifi dell'ufficio adesso è ⟨PW⟩
email :: Ciao ⟨G⟩, la chiave dell'API di produzione è ⟨OAI⟩, non metterla su Git.
""")
block("pub", "it", "sent", r"""
news :: A [[city~Firenze]] riapre agli Uffizi la sala dedicata a [[public_figure~Sandro Botticelli]]. ## [[public_figure~Jannik Sinner]] ha vinto la semifinale in due set.
travel :: Il vaporetto per l'aeroporto [[place~Marco Polo]] parte ogni mezz'ora dalle Fondamenta Nove. ## L'hotel è in via [[street_named~Giuseppe Garibaldi]], vicino al Duomo.
""")
block("per", "pt", "sent", r"""
chat :: a ⟨g⟩ pediu pra avisar que vai chegar atrasada @@ g1=f regions=br
email :: Prezado ⟨t⟩ ⟨S⟩, segue em anexo o contrato assinado pela ⟨N2⟩. @@ g1=m g2=f
support_ticket :: Cliente ⟨N⟩, data de nascimento ⟨DOB⟩, pede o cancelamento do plano.
delivery :: Entregar para ⟨N⟩ no endereço ⟨ADDR⟩; telefone ⟨MOB⟩.
bank_msg :: Transferência de ⟨d:amount⟩ para ⟨N⟩ realizada com sucesso.
hr_note :: ⟨N⟩ entra de férias no dia ⟨d:event_date⟩; quem cobre é o ⟨G2⟩. @@ g2=m
chat :: falei com o ⟨g⟩ ontem, ele disse que o carro fica pronto sexta @@ g1=m regions=br
bank_msg :: Por favor transfira o valor para a conta de ⟨N⟩, IBAN ⟨IBAN⟩. @@ regions=pt
""")
block("sec", "pt", "sent", r"""
chat :: a senha do wi-fi da loja mudou, agora é ⟨PW⟩
support_ticket :: O cliente mandou o token do bot no chamado: ⟨SLK⟩ — revogar.
""")
block("pub", "pt", "sent", r"""
news :: O [[place~MASP]] abre em ⟨d:event_date⟩ uma mostra sobre [[public_figure~Tarsila do Amaral]]. ## [[public_figure~Anitta]] confirmou show em ⟨d:city⟩ no dia ⟨d:event_date⟩.
travel :: Os voos para Lisboa saem do aeroporto [[place~Francisco Sá Carneiro]], no Porto. ## O metrô para na estação [[place~Marechal Deodoro]], perto do hotel.
""")
block("per", "nl", "sent", r"""
chat :: ⟨G⟩ zegt dat ze later komt, begin maar vast @@ g1=f
email :: Beste ⟨G⟩, ik heb ⟨N2⟩ in de cc gezet, zij regelt de facturen. @@ g2=f
support_ticket :: Klant ⟨N⟩, geboren op ⟨DOB⟩, wil zijn abonnement opzeggen. @@ g1=m
delivery :: Pakket afgeven bij de buren, ⟨N⟩, ⟨ADDR⟩.
bank_msg :: Kun je het bedrag overmaken naar ⟨N⟩, rekening ⟨IBAN⟩?
chat :: heb jij het nieuwe nummer van ⟨g⟩? ik heb alleen ⟨MOB⟩ en die doet het niet meer
meeting_notes :: Aanwezig: ⟨N⟩, ⟨N2⟩, ⟨N3⟩; notulen: ⟨G4⟩.
school_msg :: ⟨G⟩ wordt vandaag opgehaald door opa, ⟨N2⟩. @@ g2=m
""")
block("sec", "nl", "sent", r"""
chat :: wachtwoord van de gedeelde mailbox is ⟨PW⟩
email :: Hoi ⟨G⟩, de API-sleutel voor de testomgeving is ⟨SG⟩.
""")
block("pub", "nl", "sent", r"""
news :: Het [[place~Rijksmuseum]] toont vanaf ⟨d:event_date⟩ bijna alle werken van [[public_figure~Johannes Vermeer]]. ## [[public_figure~Max Verstappen]] start zondag vanaf pole in Zandvoort.
ad :: Bij [[brand~Jumbo]] deze week 1 + 1 gratis; klantenservice ⟨d:org_phone⟩. ## Uw bestelling ⟨d:order_id⟩ bij [[brand~Bol]] wordt ⟨d:event_date⟩ bezorgd.
""")
block("per", "pl", "sent", r"""
chat :: ⟨G⟩ mówi, że spóźni się pół godziny
email :: Dzień dobry, przesyłam dane kontaktowe: ⟨N⟩, tel. ⟨PHONE⟩.
support_ticket :: Klientka ⟨N⟩, data urodzenia ⟨DOB⟩ r., zgłasza podwójne obciążenie karty. @@ g1=f
bank_msg :: Proszę o przelew na konto ⟨IBAN⟩, odbiorca: ⟨N⟩.
delivery :: Paczkę proszę zostawić u sąsiada (⟨N⟩, ⟨ADDR⟩). @@ g1=m
hr_note :: ⟨t⟩ ⟨N⟩ rozpoczyna pracę ⟨d:event_date⟩ w dziale sprzedaży.
chat :: wiesz może, gdzie jest ⟨g⟩? nie odbiera telefonu od rana
meeting_notes :: Obecni: ⟨N⟩, ⟨N2⟩, ⟨N3⟩. Protokół sporządza ⟨N4⟩.
""")
block("sec", "pl", "sent", r"""
chat :: hasło do wifi w biurze to teraz ⟨PW⟩
email :: Cześć ⟨G⟩, klucz API do produkcji: ⟨GKEY⟩ — nie wrzucaj go do repo.
""")
block("pub", "pl", "sent", r"""
news :: W [[city~Krakowie]] otwarto wystawę poświęconą [[public_figure~Marii Skłodowskiej-Curie]]. ## [[public_figure~Iga Świątek]] awansowała do finału turnieju w Rzymie.
travel :: Autobus na lotnisko [[place~Chopina]] odjeżdża co 20 minut. ## Hotel stoi przy ulicy [[street_named~Mikołaja Kopernika]], blisko dworca.
""")
block("per", "tr", "sent", r"""
chat :: ⟨G⟩ biraz geç kalacakmış, siz başlayın
email :: Merhaba ⟨G⟩ ⟨t⟩, sözleşmeyi ⟨N2⟩ ile de paylaştım.
support_ticket :: Müşteri ⟨N⟩, doğum tarihi ⟨DOB⟩, hesabının kapatılmasını istiyor.
bank_msg :: Lütfen ⟨d:amount⟩ tutarını ⟨N⟩ adına ⟨IBAN⟩ numaralı hesaba gönderin.
delivery :: Kargo ⟨N⟩ adına, adres: ⟨ADDR⟩. Tel: ⟨MOB⟩
chat :: ⟨g⟩ ile dün konuştum, cumartesi gelebilirmiş
meeting_notes :: Katılanlar: ⟨N⟩, ⟨N2⟩ ve ⟨N3⟩.
hr_note :: ⟨N⟩ ⟨d:event_date⟩ tarihinde işe başlıyor; yöneticisi ⟨N2⟩ olacak.
""")
block("sec", "tr", "sent", r"""
chat :: ofisin wifi şifresi artık ⟨PW⟩
email :: Merhaba ⟨G⟩, test ortamının API anahtarı: ⟨HEXKEY⟩
""")
block("pub", "tr", "sent", r"""
news :: [[public_figure~Orhan Pamuk]]'un yeni romanı ⟨d:event_date⟩ tarihinde raflarda olacak. ## [[public_figure~Tarkan]] yaz konserini [[place~Harbiye Açıkhava Tiyatrosu]]'nda verecek.
travel :: [[place~Adnan Menderes]] Havalimanı'ndan şehir merkezine otobüs her 30 dakikada bir kalkıyor. ## Otel, [[street_named~Atatürk Bulvarı]] üzerinde, metroya yakın.
""")
block("per", "id", "sent", r"""
chat :: ⟨G⟩ bilang dia telat sedikit, mulai duluan aja
email :: Yth. ⟨t⟩ ⟨N⟩, jadwal wawancara Anda adalah ⟨d:event_date⟩ pukul ⟨d:time⟩.
support_ticket :: Pelanggan atas nama ⟨N⟩, tanggal lahir ⟨DOB⟩, minta kartunya diblokir.
delivery :: Kirim ke ⟨N⟩, ⟨ADDR⟩, hp ⟨MOB⟩.
chat :: udah kabarin ⟨g⟩ belum? nomornya ⟨MOB⟩
meeting_notes :: Hadir: ⟨N⟩, ⟨N2⟩, dan ⟨N3⟩. Notulis: ⟨G4⟩.
hr_note :: ⟨t⟩ ⟨G⟩ dari bagian keuangan cuti sampai ⟨d:event_date⟩.
school_msg :: ⟨G⟩ hari ini dijemput tantenya, ⟨N2⟩. @@ g2=f
""")
block("sec", "id", "sent", r"""
chat :: password wifi kantor sekarang ⟨PW⟩ ya
email :: Halo ⟨G⟩, ini token bot Slack-nya: ⟨SLK⟩
""")
block("pub", "id", "sent", r"""
news :: Museum [[public_figure~Affandi]] di [[city~Yogyakarta]] buka lagi mulai ⟨d:event_date⟩. ## Presiden [[public_figure~Prabowo Subianto]] meresmikan jalan tol baru di Jawa Tengah.
travel :: Penerbangan ke Denpasar mendarat di Bandara [[place~I Gusti Ngurah Rai]]. ## Hotelnya di Jalan [[street_named~Gatot Subroto]], dekat halte busway.
""")
block("per", "sv", "sent", r"""
chat :: ⟨G⟩ säger att hon blir sen, börja utan henne @@ g1=f
email :: Hej ⟨G⟩, jag har satt ⟨N2⟩ på kopia, hon sköter fakturorna. @@ g2=f
support_ticket :: Kunden ⟨N⟩, född ⟨DOB⟩, vill säga upp sitt abonnemang.
bank_msg :: Kan du föra över pengarna till ⟨N⟩, IBAN ⟨IBAN⟩?
delivery :: Lämna paketet hos grannen, ⟨N⟩, ⟨ADDR⟩.
chat :: har du ⟨g⟩s nya nummer? jag har bara ⟨MOB⟩
meeting_notes :: Närvarande: ⟨N⟩, ⟨N2⟩ och ⟨N3⟩. Sekreterare: ⟨G4⟩.
hr_note :: ⟨N⟩ är föräldraledig från ⟨d:event_date⟩; ⟨N2⟩ tar över kundansvaret.
""")
block("sec", "sv", "sent", r"""
chat :: wifi-lösenordet på kontoret är ⟨PW⟩
email :: Hej ⟨G⟩, här är GitHub-token för bygget: ⟨GHP⟩
""")
block("pub", "sv", "sent", r"""
news :: [[place~Nobelprismuseet]] visar från ⟨d:event_date⟩ en utställning om [[public_figure~Selma Lagerlöf]]. ## [[public_figure~Zlatan Ibrahimović]] var på plats när [[team~Malmö FF]] firade guldet.
ad :: Nu öppnar [[brand~IKEA]] ett nytt varuhus i ⟨d:city⟩; kundtjänst ⟨d:org_phone⟩. ## Din order ⟨d:order_id⟩ från [[brand~Clas Ohlson]] levereras ⟨d:event_date⟩.
""")
# ------------------------------------------------------------------ snippets (2-5 lines)
block("per", "en", "snip", r"""
email_signature :: ⟨N⟩\n<<Account Manager|Site Supervisor|Practice Manager|Senior Buyer|Head of Lettings>> · ⟨d:org⟩\nM: ⟨MOB⟩\n⟨E⟩
email_signature :: Cheers,\n⟨G⟩\nSent from my phone, excuse the typos
email_signature :: Kind regards\n⟨t⟩ ⟨N⟩\nDirect line: ⟨LAND⟩ | Mobile: ⟨MOB⟩
email_signature :: --\n⟨N⟩ | <<Paralegal|Office Manager|Project Coordinator>>\n⟨E⟩ | ⟨PHONE⟩
form :: Name: ⟨N⟩\nDate of birth: ⟨DOB⟩\nPhone: ⟨PHONE⟩\nEmail: ⟨E⟩
form :: FULL NAME: ⟨U⟩\nDOB: ⟨DOB⟩\nADDRESS: ⟨ADDR⟩
form :: Emergency contact\nName: ⟨N2⟩\nRelationship: <<sister|father|partner|friend|son>>\nMobile: ⟨MOB⟩
form :: Payee name: ⟨N⟩\nIBAN: ⟨IBAN⟩\nReference: ⟨d:invoice_no⟩
form :: Cardholder: ⟨U⟩\nCard number: ⟨CC⟩\nExpiry: ⟨d:card_expiry⟩
form :: Employee (last, first): ⟨R⟩\nSSN: ⟨SSN⟩\nStart date: ⟨d:event_date⟩
form :: Child's name: ⟨N2⟩\nDate of birth: ⟨DOBK⟩\nParent/guardian: ⟨N⟩, ⟨MOB⟩ @@ same2=1
address_block :: ⟨N⟩\n⟨ADDRB⟩
address_block :: Ship to:\n⟨N⟩\n⟨ADDRB⟩
address_block :: Return to sender: ⟨N⟩\n⟨ADDRB⟩
chat_log :: [⟨d:time⟩] ⟨g⟩: you home?\n[⟨d:time⟩] ⟨g2⟩: yeah come round, side gate's open\n[⟨d:time⟩] ⟨g⟩: 👍
chat_log :: ⟨G⟩: who's got the spare key?\n⟨G2⟩: ⟨G3⟩ has it, she's at work till 6 @@ g3=f
chat_log :: ⟨g⟩: whats ⟨g3⟩'s address again?\n⟨g2⟩: ⟨ADDR⟩\n⟨g⟩: ta
chat_log :: Agent: Thanks, can I take your full name?\nCustomer: ⟨N⟩\nAgent: And the phone number on the account?\nCustomer: ⟨PHONE⟩
log_line :: Accepted publickey for ⟨H⟩ from ⟨IP⟩ port ⟨d:port⟩ ssh2\nAccepted password for ⟨H2⟩ from ⟨IP⟩ port ⟨d:port⟩ ssh2
log_line :: ⟨IP⟩ - ⟨H⟩ [⟨d:timestamp⟩] "GET /account HTTP/1.1" 200\n⟨IP⟩ - ⟨H2⟩ [⟨d:timestamp⟩] "POST /login HTTP/1.1" 302
roster :: Saturday rota\n08–12 ⟨G⟩\n12–16 ⟨G2⟩\n16–20 ⟨G3⟩
roster :: ⟨R⟩ — room 2\n⟨R2⟩ — room 4\n⟨R3⟩ — room 5
email_header :: From: ⟨N⟩ <⟨E⟩>\nTo: ⟨N2⟩ <⟨E2⟩>\nSubject: Re: keys for the flat
contact_card :: ⟨N⟩\n⟨PHONE⟩\n⟨E⟩
clinic_note :: Pt: ⟨N⟩\nDOB: ⟨DOB⟩\nNOK: ⟨N2⟩ ⟨MOB⟩
""")
block("per", "de", "snip", r"""
email_signature :: Mit freundlichen Grüßen\n⟨N⟩\nTel.: ⟨LAND⟩\n⟨E⟩
form :: Name: ⟨N⟩\nGeburtsdatum: ⟨DOB⟩\nAnschrift: ⟨ADDR⟩
""")
block("per", "fr", "snip", r"""
address_block :: ⟨t⟩ ⟨N⟩\n⟨ADDRB⟩
email_signature :: Cordialement,\n⟨N⟩\n⟨MOB⟩
""")
block("per", "es", "snip", r"""
form :: Nombre: ⟨N⟩\nFecha de nacimiento: ⟨DOB⟩\nTeléfono: ⟨PHONE⟩
""")
block("per", "it", "snip", r"""
email_signature :: Cordiali saluti\n⟨N⟩\ncell. ⟨MOB⟩
""")
block("per", "nl", "snip", r"""
address_block :: ⟨N⟩\n⟨ADDRB⟩
""")
block("per", "sv", "snip", r"""
chat_log :: ⟨G⟩: kan du hämta barnen idag?\n⟨G2⟩: ja, runt fyra\n⟨G⟩: tack!
""")
block("per", "pl", "snip", r"""
form :: Imię i nazwisko: ⟨N⟩\nData urodzenia: ⟨DOB⟩\nAdres: ⟨ADDR⟩
""")
block("sec", "en", "snip", r"""
env_file :: DATABASE_URL=⟨PGURL⟩\nREDIS_URL=⟨REDISURL⟩\nDEBUG=false
env_file :: AWS_ACCESS_KEY_ID=⟨AKID⟩\nAWS_SECRET_ACCESS_KEY=⟨ASK⟩\nAWS_DEFAULT_REGION=<<eu-west-1|us-east-1|ap-southeast-2>>
config :: [default]\naws_access_key_id = ⟨AKID⟩\naws_secret_access_key = ⟨ASK⟩
env_file :: STRIPE_SECRET_KEY=⟨STRK⟩\nSTRIPE_WEBHOOK_SECRET=⟨WHSEC⟩\nSTRIPE_PUBLISHABLE_KEY=⟨d:publishable_key⟩
env_file :: OPENAI_API_KEY=⟨OAI⟩\nMODEL=<<gpt-4o-mini|gpt-4.1>>\nTIMEOUT=30
env_file :: ANTHROPIC_API_KEY=⟨ANT⟩\nLOG_LEVEL=info
config :: slack:\n  bot_token: ⟨SLK⟩\n  alerts_webhook: ⟨HOOK⟩
shell :: $ export GITHUB_TOKEN=⟨GHP⟩\n$ gh release create ⟨d:version⟩ --generate-notes
shell :: $ mysql -u <<root|admin|report>> -p'⟨PW⟩' -h ⟨d:private_ip⟩ shop\nERROR 1045 (28000): Access denied
shell :: $ docker login -u ci-bot -p ⟨GLPAT⟩ registry.gitlab.com\nLogin Succeeded
code :: client = Client("⟨d:account_sid⟩", "⟨TWTOK⟩")\nclient.messages.create(to=to, from_=sender, body=msg)
code :: headers = {"Authorization": "Bearer ⟨JWT⟩"}\nresp = requests.get(url, headers=headers, timeout=10)
config :: spring.datasource.url=jdbc:postgresql://⟨d:private_ip⟩:5432/app\nspring.datasource.username=app\nspring.datasource.password=⟨PW⟩
config :: "ConnectionStrings": {\n  "Default": "Server=sql01;Database=Crm;User Id=crm_app;Password=⟨PW⟩;"\n}
env_file :: SENDGRID_API_KEY=⟨SG⟩\nMAIL_FROM=⟨d:org_email⟩
env_file :: GOOGLE_MAPS_API_KEY=⟨GKEY⟩\nMAP_DEFAULT_ZOOM=12
config :: provider "aws" {\n  access_key = "⟨AKID⟩"\n  secret_key = "⟨ASK⟩"\n}
chat_log :: ⟨G⟩: what's the admin password for the NAS?\n⟨G2⟩: ⟨PW⟩ — change it after
email :: Hi ⟨G⟩,\nYour account has been created.\nUsername: ⟨H⟩\nTemporary password: ⟨PW⟩
http :: POST /v1/refunds HTTP/1.1\nHost: api.stripe.com\nAuthorization: Bearer ⟨STRK⟩
env_file :: MONGO_URI=⟨MONGOURL⟩\nJWT_SECRET=⟨HEXKEY⟩
ci_log :: Run ./deploy.sh\n+ curl -s -H "x-api-key: ⟨HEXKEY⟩" https://deploy.internal/api/v2/release\n{"status":"queued"}
""")
block("sec", "de", "snip", r"""
env_file :: # Zugangsdaten Testserver\nDB_BENUTZER=app\nDB_PASSWORT=⟨PW⟩
""")
# ------------------------------------------------------------------ English public hard negatives
# Public figures named in news-like or general-knowledge text are NOT labelled PERSON here; they are
# public_figure decoys (the same convention as the earlier fresh sets).
block("pub", "en", "sent", r"""
news :: [[public_figure~Taylor Swift]] added a third night at [[place~Wembley Stadium]] after the first two sold out in minutes. ## [[public_figure~Ed Sheeran]] will play a surprise show at [[place~Madison Square Garden]] on ⟨d:event_date⟩. ## [[public_figure~Beyoncé]]'s tour reaches [[place~the MCG]] on ⟨d:event_date⟩.
news :: Prime Minister [[public_figure~Keir Starmer]] met [[public_figure~Emmanuel Macron]] in Paris on ⟨d:event_date⟩. ## [[public_figure~Narendra Modi]] will address the summit in [[city~Geneva]] next week. ## [[public_figure~Anthony Albanese]] announced the housing scheme in [[city~Brisbane]] on Tuesday.
news :: [[public_figure~Serena Williams]] was inducted into the hall of fame on ⟨d:event_date⟩. ## [[public_figure~Lionel Messi]] scored twice for [[team~Inter Miami]] on Saturday. ## [[public_figure~Virat Kohli]] made a century against [[team~Australia]] in [[city~Perth]].
general_knowledge :: [[public_figure~Ludwig van Beethoven]] was baptised in [[city~Bonn]] on [[public_dob~17 December 1770]]. ## [[public_figure~Frida Kahlo]] was born on [[public_dob~6 July 1907]] in [[city~Coyoacán]]. ## [[public_figure~Alan Turing]] was born on [[public_dob~23 June 1912]] in [[place~Maida Vale]], London.
general_knowledge :: [[public_figure~Ada Lovelace]] is often credited with writing the first computer program. ## [[public_figure~Marie Curie]] won Nobel Prizes in both physics and chemistry. ## [[public_figure~Nelson Mandela]] spent 27 years in prison before he became president.
news :: [[public_figure~Elon Musk]] said [[brand~SpaceX]] would try another launch on ⟨d:event_date⟩. ## [[public_figure~Jeff Bezos]] sold another block of [[brand~Amazon]] shares on ⟨d:event_date⟩. ## [[public_figure~Tim Cook]] opened the keynote with an update on the [[product~iPhone 16]].
review :: The new biography of [[public_figure~Winston Churchill]] runs to 900 pages and earns every one of them. ## I much prefer the early [[public_figure~Agatha Christie]] novels to the late ones. ## Honestly the [[public_figure~Stephen King]] adaptation was better than the book.
news :: [[public_figure~King Charles III]] will visit [[city~Cardiff]] on ⟨d:event_date⟩. ## [[public_figure~Pope Francis]] spoke from the balcony of St Peter's for the last time at Easter. ## [[public_figure~Jacinda Ardern]] has joined a Harvard fellowship.
media :: [[public_figure~Brian Cox]] presents the new series, which starts on ⟨d:event_date⟩. ## [[public_figure~Greta Gerwig]] is directing the next [[title~Narnia]] film. ## [[public_figure~Dolly Parton]] donated another million to children's literacy.
history :: [[public_figure~Abraham Lincoln]] gave the Gettysburg Address on [[event_date~19 November 1863]]. ## [[public_figure~Neil Armstrong]] stepped onto the Moon on [[event_date~20 July 1969]]. ## [[public_figure~Martin Luther King Jr.]] gave the "I Have a Dream" speech on [[event_date~28 August 1963]].
chat :: anyone watching [[title~Succession]]? no spoilers pls ## omg [[public_figure~Harry Styles]] is playing [[city~Dublin]] in june ## did you see [[public_figure~Cillian Murphy]] won the oscar?? ## [[public_figure~taylor swift]] tickets are gone already, unreal
travel :: Direct flights from [[city~Orlando]] to [[city~Sofia]] start in the spring. ## The ferry from [[city~Douglas]] to [[city~Liverpool]] takes under three hours. ## Trains between [[city~Adelaide]] and [[city~Elizabeth]] are delayed by up to 40 minutes.
travel :: We drove from [[city~Tyler]] to [[city~Dallas]] and came back through [[city~Marshall]]. ## The [[city~Lafayette]] farmers' market moves indoors from November. ## [[place~Jackson Hole]] had its first proper snow overnight.
weather :: Heavy rain is forecast for [[city~Chester]] and [[city~Warrington]] on Thursday. ## [[city~Alice Springs]] hit 41 degrees again today. ## [[city~Troy]] and [[city~Albany]] could see freezing rain tonight. ## Fog is delaying flights out of [[city~Alexandria]] this morning.
travel :: Turn left onto [[street_named~Martin Luther King Jr. Blvd]] and the clinic is on your right. ## The bus stops on [[street_named~Nelson Mandela Boulevard]] every ten minutes. ## Parking is free on [[street_named~Rosa Parks Way]] after 6pm. ## The market on [[street_named~Victoria Street]] is closed on Mondays.
travel :: Check-in at [[place~John F. Kennedy International]] closes 60 minutes before departure. ## Allow two hours for security at [[place~Indira Gandhi International Airport]]. ## The shuttle to [[place~King Shaka International]] leaves from the hotel at ⟨d:time⟩.
events :: Tickets for the gala at [[place~Massey Hall]] go on sale on ⟨d:event_date⟩. ## The [[place~Usher Hall]] box office opens at ⟨d:time⟩. ## [[place~Lincoln Center]] has a free outdoor season again this summer.
ad :: [[brand~Krispy Kreme]] brings back the pumpkin spice doughnut for six weeks from ⟨d:event_date⟩. ## Get 20% off at [[brand~Ben & Jerry's]] scoop shops this weekend. ## [[brand~Tommy Hilfiger]] jackets are half price at the outlet until Sunday.
ad :: The [[brand~Toyota]] Hilux is back in the showroom — call ⟨d:org_phone⟩ to book a test drive. ## Our [[brand~Siemens]] repair desk is open Monday to Saturday on ⟨d:org_phone⟩. ## [[brand~Marks & Spencer]] food halls stay open late on ⟨d:event_date⟩.
news :: [[brand~Honda]] recalled about 12,000 cars over a seat-belt warning fault. ## [[brand~Lamborghini]] and [[brand~Maserati]] both reported higher profits this quarter. ## [[brand~Hewlett Packard]] cuts prices on its business laptops from ⟨d:event_date⟩.
ad :: Book two nights at the [[brand~Hyatt]] ⟨d:city⟩ and breakfast is on us. ## [[brand~Arby's]] has a new spicy chicken sandwich for ⟨d:price⟩. ## Try the new [[brand~Heinz]] soup range, now in every [[brand~Tesco]] store.
notice :: The quote from ⟨d:org⟩ is valid for 30 days; the total is ⟨d:amount⟩. ## ⟨d:org⟩ has won the contract to resurface the car park. ## Our new cleaning contractor is ⟨d:org⟩, starting on ⟨d:event_date⟩.
news :: Shares in ⟨d:org⟩ fell 8% after the profit warning. ## ⟨d:org⟩ is hiring 200 warehouse staff in ⟨d:city⟩ before Christmas. ## ⟨d:org⟩ and ⟨d:org⟩ have agreed to merge.
media :: Has anyone read [[title~Eleanor Oliphant Is Completely Fine]]? Book club wants it for next month. ## We're rewatching [[title~Ted Lasso]] from the start. ## [[title~Oppenheimer]] is on at the Odeon at ⟨d:time⟩ tonight. ## The school play this year is [[title~Annie]].
media :: ISBN ⟨d:isbn⟩ — [[title~Pride and Prejudice]], paperback, ⟨d:price⟩. ## [[title~Harry Potter and the Goblet of Fire]], ISBN ⟨d:isbn⟩, is back in stock. ## The library copy of [[title~Rebecca]] (ISBN ⟨d:isbn⟩) is due back on ⟨d:event_date⟩.
media :: The band closed with [[title~Valerie]] and the whole ground sang along. ## The radio played [[title~Jolene]] three times this morning. ## Every rugby crowd in Cardiff still sings [[title~Delilah]].
media :: [[character~Sherlock Holmes]] lived at [[fictional_address~221B Baker Street]], at least in the stories. ## [[character~Hermione Granger]] is the best character in the series, fight me. ## The kids loved the [[character~Peppa Pig]] show at the theatre.
general_knowledge :: The [[eponym~Levenshtein]] distance counts the edits needed to turn one word into another. ## Swollen glands can be an early sign of [[eponym~Hodgkin]] lymphoma. ## The [[eponym~Doppler]] effect is why a siren changes pitch as it passes. ## The [[eponym~Heimlich]] manoeuvre is covered on day two of the first-aid course.
menu :: Today's specials: [[dish~beef Stroganoff]], [[dish~oysters Rockefeller]] and [[dish~pavlova]]. ## Brunch: [[dish~Caesar salad]] ⟨d:price⟩, [[dish~croque monsieur]] ⟨d:price⟩. ## Two [[dish~Margherita]] pizzas and a [[dish~Waldorf salad]], please.
weather :: Storm [[storm_name~Éowyn]] brought gusts of over 100 mph to the west coast. ## Hurricane [[storm_name~Milton]] made landfall near [[city~Sarasota]] in October 2024. ## Cyclone [[storm_name~Alfred]] is expected to weaken before it reaches the coast.
doc_examples :: Enter your name as it appears on the card, e.g. [[placeholder_name~John Q. Public]]. ## Example: [[placeholder_name~Jane Doe]], [[example_email~jane.doe@example.com]]. ## Sign where shown, for example [[placeholder_name~A. N. Other]].
doc_examples :: Use the test card ⟨d:test_card⟩ with any future expiry and any CVC. ## In the sandbox, send texts to ⟨d:test_phone⟩; real numbers are rejected. ## The sample config points at ⟨d:doc_ip⟩; change it to your server's address. ## Replies go to ⟨d:example_email⟩ in the demo.
note :: [[name_word~Summer]] opening hours start on ⟨d:event_date⟩. ## [[name_word~Penny]] shares are risky, so read the warning first. ## [[name_word~Chase]] the supplier if the parts aren't here by ⟨d:time⟩. ## [[name_word~Ruby]] red grapefruit is on offer this week. ## [[name_word~Holly]] wreaths are half price after the 20th. ## [[name_word~Sue]] them if the deposit isn't back in 30 days, the advice line said.
chat :: ask [[bot_name~Bixby]] to set a timer for the pasta ## [[bot_name~Erica]] in the banking app keeps popping up every time i log in ## is [[bot_name~Claude]] any good for checking essays?
ops_ids :: Order ⟨d:order_id⟩ has shipped; tracking number ⟨d:tracking_no⟩. ## Your return for order ⟨d:order_id⟩ arrived at our warehouse on ⟨d:event_date⟩. ## Parcel ⟨d:tracking_no⟩ is at the depot and will be delivered tomorrow.
ops_ids :: Invoice ⟨d:invoice_no⟩ for ⟨d:amount⟩ is due on ⟨d:event_date⟩. ## Credit note ⟨d:invoice_no⟩ has been applied to your account. ## Payment of ⟨d:amount⟩ against invoice ⟨d:invoice_no⟩ received, thank you.
ops_ids :: Ticket ⟨d:ticket_id⟩ was closed automatically after 7 days. ## Case ⟨d:ticket_id⟩ has been escalated to second-line support. ## Request ⟨d:ticket_id⟩ is in the queue; expect a reply within 48 hours.
release_notes :: Version ⟨d:version⟩ fixes the sync crash on older tablets. ## Build ⟨d:build⟩ is on the beta channel now. ## Please upgrade to ⟨d:version⟩ before ⟨d:event_date⟩; older versions will stop syncing.
ops_ids :: Serial ⟨d:serial⟩, model ⟨d:product⟩, under warranty until ⟨d:event_date⟩. ## The ⟨d:product⟩ is back in stock. ## Firmware for the ⟨d:product⟩ is now ⟨d:version⟩.
log_line :: ⟨d:timestamp⟩ INFO worker-3 job ⟨d:uuid⟩ finished in 412 ms ## ⟨d:timestamp⟩ WARN upstream ⟨d:private_ip⟩:⟨d:port⟩ timed out after 30s ## deploy ⟨d:git_sha⟩ rolled out to 12/12 pods at ⟨d:timestamp⟩
ad :: Call us free on ⟨d:org_phone⟩ or email ⟨d:org_email⟩. ## Questions about your bill? Ring ⟨d:org_phone⟩, Monday to Friday. ## Press enquiries to ⟨d:org_email⟩, please.
notice :: The school fair is on ⟨d:event_date⟩ from ⟨d:time⟩, entry ⟨d:price⟩. ## The pool is closed for maintenance from ⟨d:event_date⟩ to ⟨d:event_date⟩. ## Bin collection moves to ⟨d:event_date⟩ because of the bank holiday.
bank_msg :: Your verification code is ⟨d:otp⟩. It expires in 10 minutes; never share it. ## Use code ⟨d:otp⟩ to confirm the payment of ⟨d:amount⟩. ## ⟨d:otp⟩ is your sign-in code.
bank_msg :: Your card ending ⟨d:card_last4⟩ (exp ⟨d:card_expiry⟩) was used for ⟨d:amount⟩. ## A payment of ⟨d:amount⟩ on the card ending ⟨d:card_last4⟩ was declined. ## Card ending ⟨d:card_last4⟩ expires ⟨d:card_expiry⟩; the new one is in the post.
travel :: Flight ⟨d:flight_no⟩ to ⟨d:city⟩ is delayed, new departure ⟨d:time⟩. ## Booking reference ⟨d:booking_ref⟩: seat ⟨d:seat⟩, gate closes at ⟨d:time⟩. ## ⟨d:flight_no⟩ is now boarding at gate 22.
job_ad :: Warehouse operatives wanted, ⟨d:salary⟩ plus overtime — apply to ⟨d:org_email⟩. ## Senior analyst, ⟨d:salary⟩, hybrid, based in ⟨d:city⟩. ## Night porter, ⟨d:salary⟩, call ⟨d:org_phone⟩ for details.
sports :: [[team~Manchester United]] drew 1–1 with [[team~Aston Villa]] at [[place~Old Trafford]]. ## [[team~Real Madrid]] went top after beating [[team~Sevilla]] 3–0. ## The [[team~Chicago Bulls]] host the [[team~Boston Celtics]] on ⟨d:event_date⟩.
events :: The [[award~Booker Prize]] shortlist is announced on ⟨d:event_date⟩. ## Applications for the [[award~Rhodes Scholarship]] close on ⟨d:event_date⟩. ## The [[holiday~St Patrick's Day]] parade leaves the town hall at ⟨d:time⟩. ## Offices are closed for [[holiday~Martin Luther King Jr. Day]].
notice :: The [[ship~Queen Elizabeth]] docks in ⟨d:city⟩ on ⟨d:event_date⟩. ## Tours of the [[ship~Marion Dufresne]] are fully booked. ## The [[ship~Spirit of Tasmania]] sailing is cancelled because of the swell.
general_knowledge :: The [[place~Eiffel Tower]] was built for the 1889 World's Fair. ## [[place~Victoria Falls]] lies on the border of Zambia and Zimbabwe. ## [[place~Mount Kosciuszko]] is the highest point on mainland Australia. ## [[place~Lake Victoria]] is the largest lake in Africa.
ops_ids :: Customer ID ⟨d:customer_id⟩ and policy ⟨d:policy_no⟩ were merged on ⟨d:event_date⟩. ## Policy ⟨d:policy_no⟩ renews on ⟨d:event_date⟩ at ⟨d:amount⟩. ## Employee number ⟨d:employee_id⟩ is now linked to the new badge.
it_notice :: The printer on the third floor is now ⟨d:private_ip⟩. ## The VPN gateway moved to ⟨d:hostname⟩; the old one goes off on ⟨d:event_date⟩. ## The staging database now listens on port ⟨d:port⟩.
product_page :: Model ⟨d:product⟩, 2-year warranty, ⟨d:amount⟩ incl. VAT. ## ⟨d:product⟩ — rated 4.5 stars from 1,203 reviews. ## Compatible with the ⟨d:product⟩ and ⟨d:product⟩.
support_article :: Routers on firmware ⟨d:version⟩ or later can be reset by holding the button for 10 seconds. ## If the app shows error ⟨d:ticket_id⟩, reinstall it and sign in again. ## Restart the hub after updating to ⟨d:version⟩.
chat :: is [[brand~Lidl]] open on sundays? ## [[brand~Aldi]] has the paddling pools back lol ## grabbing [[brand~Nando's]] later if anyone wants in ## the [[brand~Greggs]] by the station does vegan sausage rolls now
review :: Stayed at the [[brand~Ritz-Carlton]] in ⟨d:city⟩ — great breakfast, tiny rooms. ## The [[place~Hotel Victoria]] was lovely but the lift was broken all week. ## Dinner at [[brand~Dishoom]] was worth the queue.
ai_prompt :: Explain [[eponym~Bayes]]' theorem with a simple example. ## Summarise the plot of [[title~Great Expectations]] in three sentences. ## Who was [[public_figure~Ada Lovelace]] and why does she matter? ## Write a haiku about [[city~Adelaide]] in the rain.
code :: npm install [[product~express]]@⟨d:semver⟩ ## pip install [[product~kafka]]-python==⟨d:semver⟩ ## brew install [[product~hugo]] && hugo version
sms :: [[brand~DPD]]: your parcel ⟨d:tracking_no⟩ will arrive between ⟨d:time⟩ and ⟨d:time⟩. ## [[brand~Royal Mail]]: we couldn't deliver item ⟨d:tracking_no⟩, please rebook online. ## [[brand~FedEx]] shipment ⟨d:tracking_no⟩ is out for delivery.
notice :: The new ward, named after [[public_figure~Florence Nightingale]], opens on ⟨d:event_date⟩. ## [[place~Edith Cavell House]] is closed for refurbishment until ⟨d:event_date⟩. ## Lectures move to the [[place~Alan Turing Building]] from next term.
news :: The [[place~Verrazzano-Narrows Bridge]] has lane closures overnight. ## The [[place~Sydney Harbour Bridge]] climb reopens on ⟨d:event_date⟩. ## [[place~Kennedy Space Center]] scrubbed the launch because of high winds.
chat :: we're going to [[city~lourdes]] in may with my nan, any tips? ## flights to [[city~santiago]] are so cheap rn ## anyone been to [[city~brooklyn]]? thinking of going in august
notice :: The library is closed on ⟨d:event_date⟩ and reopens on ⟨d:event_date⟩ at ⟨d:time⟩. ## Offices close early on [[holiday~Christmas Eve]].
ops_ids :: Quote ⟨d:invoice_no⟩: 40 × ⟨d:product⟩ at ⟨d:amount⟩ each. ## Replacement part ⟨d:serial⟩ ordered, ETA ⟨d:event_date⟩. ## Batch ⟨d:build⟩ failed QA and was scrapped.
""")
block("pub", "en", "snip", r"""
config :: STRIPE_PUBLISHABLE_KEY=⟨d:publishable_key⟩\nAPI_BASE_URL=https://api.shop.test\nAPI_KEY=[[placeholder~your-api-key-here]] ## TWILIO_ACCOUNT_SID=⟨d:account_sid⟩\nTWILIO_AUTH_TOKEN=[[placeholder~<your-auth-token>]]\nTWILIO_FROM=⟨d:test_phone⟩
config :: server:\n  host: ⟨d:private_ip⟩\n  port: ⟨d:port⟩\n  log_level: info ## database:\n  host: ⟨d:hostname⟩\n  password: ${DB_PASSWORD}\n  pool: 10
email_signature :: ⟨d:org⟩ Customer Care\n⟨d:org_phone⟩ | ⟨d:org_email⟩\nOpen Mon–Fri, 9–5
form :: Name: ____________\nDate of birth: __/__/____\nSignature: ____________ ## Full name (as on passport): ________\nPhone: ________\nEmail: ________
release_notes :: Changes in ⟨d:version⟩:\n- Fixed a crash when the device is offline\n- Bumped [[product~OpenSSL]] to ⟨d:semver⟩
chat_log :: [⟨d:time⟩] ci-bot: build ⟨d:build⟩ passed\n[⟨d:time⟩] ci-bot: deployed ⟨d:git_sha⟩ to staging ## [⟨d:time⟩] [[bot_name~Dependabot]]: bump lodash to ⟨d:version⟩\n[⟨d:time⟩] ci-bot: checks passed
receipt :: ⟨d:org⟩\nOrder ⟨d:order_id⟩ · ⟨d:event_date⟩\nTotal ⟨d:amount⟩ · card ending ⟨d:card_last4⟩
""")


# ----------------------------------------------------------------------------------------------- sampling
OTHER_LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "id", "sv"]
QUOTA = collections.OrderedDict()
QUOTA[("per", "en", "sent")] = 522
QUOTA[("sec", "en", "sent")] = 28
for _l in OTHER_LANGS:
    QUOTA[("per", _l, "sent")] = 13
    QUOTA[("sec", _l, "sent")] = 2
QUOTA[("per", "snip")] = 55
QUOTA[("sec", "snip")] = 45
QUOTA[("pub", "en")] = 180
for _l in OTHER_LANGS:
    QUOTA[("pub", _l, "sent")] = 2
assert sum(QUOTA.values()) == 1000
IBAN_EN_W = [("uk", 6), ("ie", 3), ("de", 1), ("nl", 1), ("fr", 1), ("es", 1), ("it", 1), ("pl", 1), ("se", 1)]


def bucket_of(fr):
    if fr["cat"] in ("per", "sec") and fr["group"] == "snip":
        return (fr["cat"], "snip")
    if fr["cat"] == "pub" and fr["lang"] == "en":
        return ("pub", "en")
    return (fr["cat"], fr["lang"], "sent")


def pick_region(fr, text):
    o = fr["opts"]
    if "regions" in o:
        return R.choice(o["regions"].split(","))
    if "⟨SSN⟩" in text:
        return "us"
    if fr["lang"] != "en":
        return wpick(LANG_REGIONS[fr["lang"]])
    if "⟨IBAN⟩" in text:
        return wpick(IBAN_EN_W)
    if fr["group"] == "snip":
        return wpick(SNIP_REGION_W)
    return wpick(EN_REGION_W)


def shape_ok(fr, text):
    lines = text.split("\n")
    if fr["group"] == "snip":
        return 2 <= len(lines) <= 5
    return len(lines) == 1


def make_doc(fr, variant):
    for _ in range(50):
        region = pick_region(fr, variant)
        doc = Doc(fr["id"], fr["kind"], region, fr["lang"], fr["cat"])
        render(doc, variant, fr["opts"])
        d = doc.finish()
        if shape_ok(fr, d["text"]):
            return d
    raise RuntimeError("no acceptable rendering for " + fr["id"])


def generate():
    buckets = collections.OrderedDict((k, []) for k in QUOTA)
    for fr in FRAMES:
        buckets[bucket_of(fr)].append(fr)
    ids = [fr["id"] for fr in FRAMES]
    assert len(ids) == len(set(ids)), "duplicate frame id"
    docs = []
    for key, quota in QUOTA.items():
        fl = list(buckets[key])
        assert fl and len(fl) <= quota, (key, len(fl), quota)
        R.shuffle(fl)
        uses = collections.Counter()
        for i in range(quota):
            fr = fl[i % len(fl)]
            v = fr["variants"][uses[fr["id"]] % len(fr["variants"])]
            uses[fr["id"]] += 1
            docs.append(make_doc(fr, v))
    R.shuffle(docs)
    for i, d in enumerate(docs):
        d["id"] = "fr8-%05d" % (i + 1)
    return docs


# ----------------------------------------------------------------------------------------------- checks
def post_checks(docs):
    assert len(docs) == 1000 and len(set(d["id"] for d in docs)) == 1000
    for d in docs:
        tb = d["text"].encode("utf-8")
        rngs = []
        for s in d["spans"] + d["decoys"]:
            assert tb[s["start"]:s["end"]].decode("utf-8") == s["value"], (d["id"], s)
            assert d["text"][s["char_start"]:s["char_end"]] == s["value"], (d["id"], s)
            rngs.append((s["start"], s["end"]))
        rngs.sort()
        for a, b in zip(rngs, rngs[1:]):
            assert a[1] <= b[0], ("overlap", d["id"])
        types = [s["type"] for s in d["spans"]]
        assert d["has_pii"] == any(t in PII_TYPES for t in types)
        assert d["has_secret"] == any(t in SECRET_TYPES for t in types)
        assert d["sensitivity"] == ("secret" if d["has_secret"] else "personal" if d["has_pii"] else "public")
        assert d["frame"].startswith({"public": "pub-", "personal": "per-", "secret": "sec-"}[d["sensitivity"]])
        for s in d["spans"]:
            v, t = s["value"], s["type"]
            assert t not in ("UK_NHS", "PRIVATE_KEY")
            if t == "CREDIT_CARD":
                digits = re.sub(r"\D", "", v)
                assert luhn_ok(digits) and digits not in TEST_CARDS, v
            elif t == "IBAN_CODE":
                assert iban_ok(v), v
            elif t == "US_SSN":
                ds = re.sub(r"\D", "", v)
                assert len(ds) == 9 and ds[:3] not in ("000", "666") and ds[0] != "9" and ds[3:5] != "00" and ds[5:] != "0000", v
            elif t == "PHONE_NUMBER":
                ds = re.sub(r"\D", "", v)
                if d["locale"] in ("us", "ca"):
                    nd = ds[1:] if len(ds) >= 11 and ds[0] == "1" else ds
                    assert nd[3:6] != "555", v
                assert not ds.startswith(("07700900", "447700900", "049157", "6149157")), v
            elif t == "IP_ADDRESS":
                a = ipaddress.ip_address(v)
                assert a.is_global and not str(a).startswith("2001:db8"), v
                assert not any(a in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24") if a.version == 4), v
            elif t == "EMAIL_ADDRESS":
                assert "@" in v and not re.search(r"@example\.(com|org|net)$", v), v
            elif t == "PERSON":
                assert not re.search(r"\d", v) or (v == v.lower() and " " not in v), v  # digits only in handles
                toks = [fold(x) for x in re.split(r"[\s,\-’'.]+", v) if x]
                assert not any(x in BANNED for x in toks), v
    return True


# ----------------------------------------------------------------------------------------------- output
def serialise(docs):
    raw = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue()


def stats(docs, frames_by_id, md5):
    C = collections.Counter
    out = []
    w = out.append
    sens = C(d["sensitivity"] for d in docs)
    spans = [s for d in docs for s in d["spans"]]
    typ = C(s["type"] for s in spans)
    w("documents: %d  (public %d, personal %d, secret %d)" % (len(docs), sens["public"], sens["personal"], sens["secret"]))
    w("has_pii: %d, has_secret: %d, secret docs that also hold PII: %d" % (
        sum(d["has_pii"] for d in docs), sum(d["has_secret"] for d in docs), sum(d["has_pii"] and d["has_secret"] for d in docs)))
    pii = [(t, typ[t]) for t in PII_TYPES if typ[t]]
    sec = [(t, typ[t]) for t in SECRET_TYPES if typ[t]]
    w("PII spans %d: %s" % (sum(n for _, n in pii), ", ".join("%s %d" % x for x in sorted(pii, key=lambda x: -x[1]))))
    w("secret spans %d: %s" % (sum(n for _, n in sec), ", ".join("%s %d" % x for x in sorted(sec, key=lambda x: -x[1]))))
    for sv in ("public", "personal", "secret"):
        tc = C(s["type"] for d in docs if d["sensitivity"] == sv for s in d["spans"])
        w("  spans in %s docs: %s" % (sv, ", ".join("%s %d" % kv for kv in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"))
    dec = C(x["kind"] for d in docs for x in d["decoys"])
    w("decoys %d: %s" % (sum(dec.values()), ", ".join("%s %d" % kv for kv in sorted(dec.items(), key=lambda kv: (-kv[1], kv[0])))))
    w("public docs with at least one decoy: %d of %d" % (sum(1 for d in docs if d["sensitivity"] == "public" and d["decoys"]), sens["public"]))
    langs = C(d["lang"] for d in docs)
    w("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    for l in sorted(langs):
        if l != "en":
            lc = C(d["sensitivity"] for d in docs if d["lang"] == l)
            w("  %s: personal %d, secret %d, public %d" % (l, lc["personal"], lc["secret"], lc["public"]))
    w("locales: " + ", ".join("%s %d" % kv for kv in sorted(C(d["locale"] for d in docs).items(), key=lambda kv: (-kv[1], kv[0]))))
    w("kinds: " + ", ".join("%s %d" % kv for kv in sorted(C(d["kind"] for d in docs).items(), key=lambda kv: (-kv[1], kv[0]))))
    groups = C(("snippet" if "\n" in d["text"] else "sentence") for d in docs)
    w("shape: %d one-line, %d multi-line snippets" % (groups["sentence"], groups["snippet"]))
    used = C(d["frame"] for d in docs)
    fc = C(fid.split("-")[0] for fid in used)
    w("frames used: %d (per %d, pub %d, sec %d); non-English frames: %d" % (
        len(used), fc["per"], fc["pub"], fc["sec"], sum(1 for f in used if frames_by_id[f]["lang"] != "en")))
    w("frame uses: " + ", ".join("%d× %d" % kv for kv in sorted(C(used.values()).items())))
    nsp = C(min(len(d["spans"]), 5) for d in docs if d["sensitivity"] == "personal")
    w("personal docs by span count: " + ", ".join("%s %d" % ("5+" if k == 5 else k, v) for k, v in sorted(nsp.items())))
    ps = [s["value"] for s in spans if s["type"] == "PERSON"]
    w("PERSON spans: %d; one token %d, lower case %d, upper case %d, 'Surname, Given' %d, with non-ASCII %d" % (
        len(ps), sum(1 for v in ps if " " not in v), sum(1 for v in ps if v == v.lower()), sum(1 for v in ps if v == v.upper()),
        sum(1 for v in ps if ", " in v), sum(1 for v in ps if any(ord(c) > 127 for c in v))))
    lens = [len(d["text"]) for d in docs]
    w("length: max %d chars, mean %.0f" % (max(lens), sum(lens) / len(lens)))
    w("md5 %s" % md5)
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="write eval/fresh8/fresh8.jsonl.gz")
    ap.add_argument("--stats", action="store_true", help="print counts and the md5")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    assert _faker_pkg.VERSION == FAKER_VERSION, "Faker %s is needed for identical output (found %s)" % (FAKER_VERSION, _faker_pkg.VERSION)
    docs = generate()
    docs = [json.loads(json.dumps(d, ensure_ascii=False)) for d in docs]
    post_checks(docs)
    data = serialise(docs)
    with open(a.out, "wb") as f:
        f.write(data)
    md5 = hashlib.md5(data).hexdigest()
    if a.stats:
        print(stats(docs, {fr["id"]: fr for fr in FRAMES}, md5))
    else:
        print("wrote %s (%d documents), md5 %s" % (a.out, len(docs), md5))


if __name__ == "__main__":
    main()
