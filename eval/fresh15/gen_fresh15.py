#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""fresh15 generator: renders the hand-written frames in frames_fresh15_*.py into fresh15.jsonl.gz.

Usage:
  /tmp/f15env/bin/python eval/fresh15/gen_fresh15.py             # (re)writes eval/fresh15/fresh15.jsonl.gz
  /tmp/f15env/bin/python eval/fresh15/gen_fresh15.py --stats     # counts
  /tmp/f15env/bin/python eval/fresh15/gen_fresh15.py --dump PATH # also writes the plain jsonl

Template slots are written ⟦...⟧ (see README "Template language")."""
import base64, collections, datetime, gzip, hashlib, importlib, io, json, os, random, re, string, sys, unicodedata

import faker, mimesis
if faker.VERSION != "40.63.0" or mimesis.__version__ != "22.2.0":
    sys.exit("fresh15 needs faker==40.63.0 and mimesis==22.2.0 (have %s / %s)" % (faker.VERSION, mimesis.__version__))
from faker import Faker
from mimesis import Person as MPerson
from mimesis.locales import Locale as MLocale
from mimesis.enums import Gender as MGender

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from values_fresh15 import ORIGINS, PHONES, ADDR, IBAN, IBAN_BANKS, FREEMAIL, GREEK_TR

SEED = 151515
EN_COUNTRIES = ["us", "uk", "ie", "ca", "au", "nz", "za", "in", "ng", "ph", "sg"]
PII_T = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"}
SEC_T = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}

# ---------------------------------------------------------------- name sources
FAKER_LOCS = ["en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_NZ", "en_IN", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "de_DE", "de_AT", "de_CH",
              "fr_FR", "fr_CA", "es_ES", "es_MX", "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "pl_PL", "sv_SE", "da_DK", "no_NO", "fi_FI",
              "cs_CZ", "sk_SK", "sl_SI", "et_EE", "el_GR", "tr_TR", "ro_RO", "id_ID", "hu_HU", "hr_HR", "sw", "tw_GH"]
FK = {}
for k, loc in enumerate(FAKER_LOCS):
    f = Faker(loc)
    f.seed_instance(SEED + k)
    FK[loc] = f
MIM_LOCS = ["en", "en-gb", "en-au", "en-ca", "de", "de-at", "fr", "es", "it", "pt", "pt-br", "nl", "pl", "sv", "da", "no", "fi", "cs", "sk",
            "et", "el", "tr", "hu", "hr"]
MK = {}
for k, loc in enumerate(MIM_LOCS):
    MK[loc] = MPerson(MLocale(loc), seed=SEED * 7 + k)
DRAWS = collections.Counter()

# country -> local sources (kind, arg, weight)
LOCAL = {
 "us": [("f", "en_US", 6), ("m", "en", 3)], "uk": [("f", "en_GB", 6), ("m", "en-gb", 3), ("h", "scot_ir", 1)],
 "ie": [("f", "en_IE", 5), ("h", "scot_ir", 5)], "ca": [("f", "en_CA", 5), ("m", "en-ca", 3), ("f", "fr_CA", 2)],
 "au": [("f", "en_AU", 5), ("m", "en-au", 4)], "nz": [("f", "en_NZ", 6), ("h", "pacific", 3)],
 "za": [("f", "zu_ZA", 4), ("h", "afrikaans", 4), ("f", "en_GB", 2)], "in": [("f", "en_IN", 5), ("h", "south_asian", 5)],
 "ng": [("f", "yo_NG", 3), ("f", "ig_NG", 3), ("f", "ha_NG", 2), ("h", "west_af", 3)], "ph": [("h", "filipino", 10)],
 "sg": [("h", "sg_chinese", 6), ("h", "malay", 2), ("h", "south_asian", 2)],
 "de": [("f", "de_DE", 6), ("m", "de", 3)], "at": [("f", "de_AT", 6), ("m", "de-at", 3)], "ch": [("f", "de_CH", 1)],
 "fr": [("f", "fr_FR", 6), ("m", "fr", 3)], "be": [("f", "nl_BE", 1)], "es": [("f", "es_ES", 6), ("m", "es", 3)],
 "it": [("f", "it_IT", 6), ("m", "it", 3)], "pt": [("f", "pt_PT", 6), ("m", "pt", 3)], "br": [("f", "pt_BR", 6), ("m", "pt-br", 3)],
 "nl": [("f", "nl_NL", 6), ("m", "nl", 3)], "pl": [("f", "pl_PL", 6), ("m", "pl", 3)], "se": [("f", "sv_SE", 6), ("m", "sv", 3)],
 "dk": [("f", "da_DK", 6), ("m", "da", 3)], "no": [("f", "no_NO", 6), ("m", "no", 3)], "fi": [("f", "fi_FI", 6), ("m", "fi", 3)],
 "cz": [("f", "cs_CZ", 1)], "sk": [("f", "sk_SK", 5), ("m", "sk", 4)], "si": [("f", "sl_SI", 1)],
 "lt": [("h", "lithuanian", 1)], "lv": [("h", "latvian", 1)], "ee": [("f", "et_EE", 6), ("m", "et", 3)],
 "gr": [("f", "el_GR", 6), ("m", "el", 3)], "tr": [("f", "tr_TR", 5), ("m", "tr", 3), ("h", "turkish", 2)],
 "ro": [("f", "ro_RO", 1)], "id": [("f", "id_ID", 1)], "my": [("h", "malay", 7), ("h", "sg_chinese", 2), ("h", "south_asian", 1)],
 "ke": [("h", "east_af", 6), ("f", "sw", 3)], "tz": [("h", "swahili", 6), ("f", "sw", 3)],
 "hu": [("f", "hu_HU", 6), ("m", "hu", 3)], "hr": [("f", "hr_HR", 6), ("m", "hr", 3)],
}
WORLD = [("h", o, 3) for o in ["scot_ir", "west_af", "filipino", "vietnamese", "chinese", "korean", "japanese", "arabic", "south_asian",
                               "pacific", "east_af", "turkish"]] + \
        [("f", l, 1) for l in ["de_DE", "pl_PL", "es_MX", "it_IT", "pt_BR", "nl_NL", "fr_FR", "ro_RO", "hu_HU", "cs_CZ"]] + [("m", "el", 0)]
LANG_LOCAL = {"af": [("h", "afrikaans", 8), ("f", "zu_ZA", 1)], "sw": [("h", "swahili", 6), ("f", "sw", 3), ("h", "east_af", 2)]}
SURNAME_FIRST = {"hu"}  # countries whose local names are written surname first
ORDER_E_SOURCES = {"hu_HU", "hu"}


def wpick(rng, items):
    tot = sum(w for _, _, w in items)
    x = rng.random() * tot
    for kind, arg, w in items:
        x -= w
        if x < 0:
            return kind, arg
    return items[-1][0], items[-1][1]


def clean(s):
    return re.sub(r"\s+", " ", s).strip()


def draw_name(rng, kind, arg, gender):
    DRAWS[kind] += 1
    if kind == "f":
        f = FK[arg]
        first = f.first_name_male() if gender == "m" else f.first_name_female()
        ln = getattr(f, "last_name_male" if gender == "m" else "last_name_female", None)
        last = ln() if ln else f.last_name()
        order = "e" if arg in ORDER_E_SOURCES else "w"
    elif kind == "m":
        p = MK[arg]
        g = MGender.MALE if gender == "m" else MGender.FEMALE
        first, last = p.first_name(gender=g), p.last_name(gender=g)
        order = "e" if arg in ORDER_E_SOURCES else "w"
    else:
        mf, ff, sh, ms, fs, order = ORIGINS[arg]
        first = rng.choice(mf if gender == "m" else ff)
        pool = sh + (ms if gender == "m" else fs)
        last = rng.choice(pool)
        if arg == "japanese":
            order = "w"
    return clean(first), clean(last), order


class P:
    def __init__(self, first, last, gender, order):
        self.first, self.last, self.gender, self.order = first, last, gender, order

    def full(self):
        return "%s %s" % ((self.last, self.first) if self.order == "e" else (self.first, self.last))


def ascii_fold(s):
    s = s.lower()
    s = "".join(GREEK_TR.get(c, c) for c in s)
    for a, b in (("ø", "o"), ("æ", "ae"), ("ß", "ss"), ("ł", "l"), ("đ", "d"), ("ı", "i"), ("þ", "th"), ("œ", "oe"), ("ð", "d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s)


# ---------------------------------------------------------------- values
def pat(rng, p):
    out = []
    for c in p:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "X":
            out.append(str(rng.randint(2, 9)))
        elif c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(c)
    return "".join(out)


def phone(rng, c, mode=""):
    ps = PHONES[c]
    if mode == "intl":
        ps = [p for p in ps if p.startswith("+")] or ps
    elif mode == "nat":
        ps = [p for p in ps if not p.startswith("+")] or ps
    return pat(rng, rng.choice(ps))


def street(rng, c):
    streets, pos, units, _ = ADDR[c]
    s = rng.choice(streets)
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(1, 400)]))
    u = rng.choice(units) if units and rng.random() < 0.35 else ""
    if pos == "pre":
        if c == "au" and u:
            return "%s%s %s" % (u, n, s)
        if c in ("in", "ph") and u:
            return "%s %s %s" % (u, n, s)
        if c == "my":
            return "No. %s, %s" % (n, s)
        r = "%s %s" % (n, s)
        return r + (", " + u if u and c in ("us", "ca") else "") if c in ("us", "ca") else (("%s, %s" % (u, r)) if u else r)
    if pos == "blk":
        return "Blk %d %s%s" % (rng.randint(100, 999), s, (" " + rng.choice(units)) if rng.random() < 0.8 else "")
    if pos == "pre,":
        return "%s%s, %s" % (n, " bis" if u else "", s)
    if pos == "post,":
        return "%s, %s%s" % (s, n, (", " + u) if u else "")
    if pos == "tr":
        return "%s No: %s%s" % (s, n, (" " + u) if u else "")
    if pos == "roman":
        return "%s nr. %s%s" % (s, n, (", " + u) if u else "")
    if pos == "indo":
        return "%s No. %s%s" % (s, n, (" " + u) if u else "")
    if pos == "hu":
        return "%s %s.%s" % (s, n, (" " + u) if u else "")
    if u.startswith("/") or u.startswith("-") or u.startswith(","):
        return "%s %s%s" % (s, n, u)
    if u and len(u) <= 3:
        return "%s %s%s" % (s, n, u)
    return "%s %s%s" % (s, n, (" " + u) if u else "")


def town(rng, c):
    pc, t = rng.choice(ADDR[c][3])
    if c == "sg":
        return pat(rng, pc)
    if c in ("us",):
        return "%s %s" % (t, pat(rng, pc))
    if c in ("ca", "au"):
        return "%s %s" % (t, pat(rng, pc))
    if c in ("uk", "ie", "in", "ng", "nz", "za", "ph", "my", "ke", "tz"):
        return "%s %s" % (t, pat(rng, pc)) if c in ("uk", "ie", "in") else "%s %s" % (t, pat(rng, pc)) if c != "my" else "%s %s" % (pat(rng, pc), t)
    if c == "gr":
        return "%s %s" % (t, pat(rng, pc))
    return "%s %s" % (pat(rng, pc), t)


MONTHS = {"en": "January February March April May June July August September October November December".split()}
DOB_FMT = {"us": ["%m/%d/%Y", "%B %d, %Y", "%m-%d-%Y"], "ca": ["%Y-%m-%d", "%B %d, %Y"], "uk": ["%d/%m/%Y", "%d %B %Y"], "ie": ["%d/%m/%Y", "%d %B %Y"],
           "au": ["%d/%m/%Y", "%d %B %Y"], "nz": ["%d/%m/%Y"], "za": ["%Y-%m-%d", "%d/%m/%Y"], "in": ["%d/%m/%Y", "%d-%m-%Y"], "ng": ["%d/%m/%Y", "%d %B %Y"],
           "ph": ["%m/%d/%Y", "%B %d, %Y"], "sg": ["%d/%m/%Y", "%d %b %Y"], "de": ["%d.%m.%Y"], "at": ["%d.%m.%Y"], "ch": ["%d.%m.%Y"],
           "fr": ["%d/%m/%Y"], "be": ["%d/%m/%Y"], "es": ["%d/%m/%Y"], "it": ["%d/%m/%Y"], "pt": ["%d/%m/%Y", "%d-%m-%Y"], "br": ["%d/%m/%Y"],
           "nl": ["%d-%m-%Y"], "pl": ["%d.%m.%Y"], "se": ["%Y-%m-%d"], "dk": ["%d.%m.%Y", "%d-%m-%Y"], "no": ["%d.%m.%Y"], "fi": ["%-d.%-m.%Y"],
           "cz": ["%-d. %-m. %Y", "%d.%m.%Y"], "sk": ["%d.%m.%Y"], "si": ["%-d. %-m. %Y"], "lt": ["%Y-%m-%d"], "lv": ["%d.%m.%Y"], "ee": ["%d.%m.%Y"],
           "gr": ["%d/%m/%Y"], "tr": ["%d.%m.%Y"], "ro": ["%d.%m.%Y"], "id": ["%d-%m-%Y", "%d/%m/%Y"], "my": ["%d/%m/%Y"], "ke": ["%d/%m/%Y"],
           "tz": ["%d/%m/%Y"], "hu": ["%Y.%m.%d."], "hr": ["%d.%m.%Y."]}


def fmt_date(rng, c, d, iso=False):
    if iso:
        return d.strftime("%Y-%m-%d")
    f = rng.choice(DOB_FMT[c])
    s = d.strftime(f)
    return s


def iban(rng, cc):
    bban = []
    layout = IBAN[cc]
    bank = rng.choice(IBAN_BANKS[cc]) if cc in IBAN_BANKS else None
    for i, ch in enumerate(layout):
        if bank and i < 4:
            bban.append(bank[i])
        elif ch == "n":
            bban.append(str(rng.randint(0, 9)))
        elif ch == "a":
            bban.append(rng.choice(string.ascii_uppercase))
        elif ch == "c":
            bban.append(rng.choice(string.ascii_uppercase + string.digits))
        else:
            bban.append(ch)
    bban = "".join(bban)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(ib)
    return ib


def iban_ok(ib):
    ib = ib.replace(" ", "")
    r = ib[4:] + ib[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_ok(n):
    d = [int(x) for x in n if x.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "jcb": ("35" + str(rng.randint(28, 89)), 16)}[brand]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for ck in range(10):
        if luhn_ok(body + str(ck)):
            n = body + str(ck)
            break
    st = rng.random()
    if ln == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    out = " ".join(g) if st < 0.5 else ("-".join(g) if st < 0.75 else n)
    assert luhn_ok(out)
    return out


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def nhs(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        ck = 11 - s % 11
        if ck == 11:
            ck = 0
        if ck == 10:
            continue
        n = "".join(map(str, d)) + str(ck)
        return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


def nhs_ok(v):
    d = [int(x) for x in v if x.isdigit()]
    s = sum(x * (10 - i) for i, x in enumerate(d[:9]))
    ck = 11 - s % 11
    ck = 0 if ck == 11 else ck
    return len(d) == 10 and ck == d[9]


def ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        b, c, d = rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        if a in (10, 127, 0) or (a == 100 and 64 <= b < 128) or (a == 169 and b == 254) or (a == 172 and 16 <= b < 32) or (a == 192 and b == 168):
            continue
        if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)) or (a == 198 and b in (18, 19)) or (a == 192 and b == 0):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def ipv6(rng):
    pre = rng.choice(["2a02:%x" % rng.randint(0x1000, 0xffff), "2600:%x" % rng.randint(0x1000, 0x1fff), "2a01:%x" % rng.randint(0x100, 0xfff),
                      "2001:%x" % rng.randint(0x4000, 0x4fff)])
    rest = ":".join("%x" % rng.randint(0, 0xffff) for _ in range(rng.choice([2, 3, 6])))
    v = pre + ":" + rest
    if v.count(":") < 7:
        v = pre + ":" + ":".join("%x" % rng.randint(1, 0xffff) for _ in range(2)) + "::" + "%x" % rng.randint(1, 0xffff)
    return v


B62 = string.ascii_letters + string.digits


def rs(rng, n, al=B62):
    return "".join(rng.choice(al) for _ in range(n))


WORDS = "tiger maple river orange falcon quartz pepper violet harbor copper summer winter rocket biscuit marble pixel lantern".split()


def password(rng):
    st = rng.randint(0, 6)
    if st == 0:
        return rng.choice(WORDS).capitalize() + str(rng.randint(10, 2025)) + rng.choice("!?#$*")
    if st == 1:
        return rs(rng, rng.randint(12, 20), B62 + "!@#$%^&*-_")
    if st == 2:
        return "-".join(rng.sample(WORDS, 3)) + str(rng.randint(1, 99))
    if st == 3:
        return rng.choice(["Sommer", "Zima", "Verano", "Kesä", "Vara", "Lato", "Yaz", "Winter"]) + str(rng.randint(2019, 2026)) + rng.choice(["!", "#", "."])
    if st == 4:
        return rs(rng, 4, string.ascii_lowercase) + str(rng.randint(1000, 9999)) + rs(rng, 2, string.ascii_uppercase) + rng.choice("!$%&")
    if st == 5:
        return rs(rng, 24, B62)
    return rng.choice(WORDS) + rng.choice(["_", ".", "@"]) + rng.choice(WORDS) + str(rng.randint(1, 9))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(rng):
    alg = rng.choice(["HS256", "HS512", "RS256"])
    hdr = json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":"))
    pl = {"sub": str(rng.randint(10000, 999999)), "iat": rng.randint(1700000000, 1790000000)}
    if rng.random() < 0.5:
        pl["role"] = rng.choice(["admin", "user", "service", "editor"])
    if rng.random() < 0.5:
        pl["iss"] = rng.choice(["auth.internal", "https://login.acme-corp.io", "api-gw", "keycloak"])
    pl["exp"] = pl["iat"] + 3600 * rng.choice([1, 24, 720])
    sig = bytes(rng.randint(0, 255) for _ in range({"HS256": 32, "HS512": 64, "RS256": 256}[alg]))
    return "%s.%s.%s" % (b64u(hdr.encode()), b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig))


def pem(rng, kind=None, esc=False):
    kind = kind or rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nb = {"RSA PRIVATE KEY": 1190, "PRIVATE KEY": 1216, "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 390}[kind]
    head = {"RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00",
            "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20", "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00"}[kind]
    body = base64.b64encode(head + bytes(rng.randint(0, 255) for _ in range(nb))).decode()
    lines = [body[i:i + (70 if kind == "OPENSSH PRIVATE KEY" else 64)] for i in range(0, len(body), 70 if kind == "OPENSSH PRIVATE KEY" else 64)]
    nl = "\\n" if esc else "\n"
    return nl.join(["-----BEGIN %s-----" % kind] + lines + ["-----END %s-----" % kind])


def gkey(rng, style=None):
    style = style or rng.choice(["hex32", "hex40", "b62", "uuid", "b64", "pref"])
    if style == "hex32":
        return rs(rng, 32, "0123456789abcdef")
    if style == "hex40":
        return rs(rng, 40, "0123456789abcdef")
    if style == "hex64":
        return rs(rng, 64, "0123456789abcdef")
    if style == "b62":
        return rs(rng, rng.choice([32, 40, 48]))
    if style == "uuid":
        h = rs(rng, 32, "0123456789abcdef")
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if style == "b64":
        return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(rng.choice([32, 48])))).decode()
    if style == "twilio":
        return "SK" + rs(rng, 32, "0123456789abcdef")
    if style == "twauth":
        return rs(rng, 32, "0123456789abcdef")
    if style == "sg":
        return "SG.%s.%s" % (rs(rng, 22, B62 + "-_"), rs(rng, 43, B62 + "-_"))
    if style == "mailgun":
        return "key-" + rs(rng, 32, "0123456789abcdef")
    if style == "azure":
        return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(64))).decode()
    if style == "gcpid":
        return rs(rng, 40, "0123456789abcdef")
    if style == "gapi":
        return "AIza" + rs(rng, 35, B62 + "-_")
    return rng.choice(["live_", "prod_", "sk_", "pk_", "api_", "tok_"]) + rs(rng, 32)


def secret_value(rng, name, arg):
    if name == "aws_ak":
        return "AWS_ACCESS_KEY", rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, 16, string.ascii_uppercase + "234567")
    if name == "aws_sk":
        return "AWS_SECRET_KEY", rs(rng, 40, B62 + "+/")
    if name == "ghp":
        if arg == "pat":
            return "GITHUB_TOKEN", "github_pat_11" + rs(rng, 20, string.ascii_uppercase + string.digits) + "_" + rs(rng, 59)
        return "GITHUB_TOKEN", (arg or rng.choice(["ghp", "ghp", "gho", "ghs", "ghu"])) + "_" + rs(rng, 36)
    if name == "openai":
        st = arg or rng.choice(["proj", "proj", "svc", "legacy"])
        if st == "proj":
            return "OPENAI_API_KEY", "sk-proj-" + rs(rng, 74, B62 + "-_") + "T3BlbkFJ" + rs(rng, 74, B62 + "-_")
        if st == "svc":
            return "OPENAI_API_KEY", "sk-svcacct-" + rs(rng, 74, B62 + "-_") + "T3BlbkFJ" + rs(rng, 74, B62 + "-_")
        return "OPENAI_API_KEY", "sk-" + rs(rng, 20) + "T3BlbkFJ" + rs(rng, 20)
    if name == "anth":
        return "ANTHROPIC_API_KEY", "sk-ant-%s-" % (arg or rng.choice(["api03", "api03", "admin01"])) + rs(rng, 93, B62 + "-_") + "AA"
    if name == "slack":
        st = arg or rng.choice(["xoxb", "xoxb", "xoxp", "xapp"])
        if st == "xoxb":
            return "SLACK_TOKEN", "xoxb-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 11, 10 ** 13), rs(rng, 24))
        if st == "xoxp":
            return "SLACK_TOKEN", "xoxp-%d-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 11, 10 ** 13), rs(rng, 32, "0123456789abcdef"))
        return "SLACK_TOKEN", "xapp-1-A%s-%d-%s" % (rs(rng, 10, string.ascii_uppercase + string.digits), rng.randint(10 ** 11, 10 ** 13), rs(rng, 64, "0123456789abcdef"))
    if name == "stripe":
        return "STRIPE_KEY", (arg or rng.choice(["sk_live", "sk_live", "rk_live"])) + "_" + rs(rng, rng.choice([24, 99]))
    if name == "jwt":
        return "JWT", jwt(rng)
    if name == "pem":
        return "PRIVATE_KEY", pem(rng, None, esc=(arg == "json"))
    if name == "key":
        return "GENERIC_API_KEY", gkey(rng, arg)
    if name == "pw":
        return "PASSWORD", password(rng) if not arg else arg
    return None


def decoy_value(rng, name, arg, c):
    if name == "hash":
        return "hash", rs(rng, int(arg or rng.choice([40, 64])), "0123456789abcdef")
    if name == "sha":
        return "hash", rs(rng, 7 if not arg else int(arg), "0123456789abcdef")
    if name == "uuid":
        h = rs(rng, 32, "0123456789abcdef")
        return "uuid", "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[rng.randint(0, 3)] + h[17:20], h[20:])
    if name == "ver":
        return "version", "%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 20))
    if name == "ticket":
        return "ticket_id", "%s-%d" % (arg or rng.choice(["OPS", "HR", "INC", "CS", "PLAT"]), rng.randint(100, 9999))
    if name == "order":
        return "order_id", "%d-%d" % (rng.randint(1000, 9999), rng.randint(100000, 999999))
    if name == "docip":
        return "doc_ip", rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if name == "docip6":
        return "doc_ip", "2001:db8:%x::%x" % (rng.randint(1, 0xfff), rng.randint(1, 0xff))
    if name == "privip":
        return "private_ip", rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                                         "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)), "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])
    if name == "ph555":
        return "placeholder_phone", rng.choice(["(%d) 555-01%02d", "%d-555-01%02d", "+1 %d 555 01%02d"]) % (rng.randint(201, 989), rng.randint(0, 99))
    if name == "exmail":
        return "placeholder_email", "%s@%s" % (rng.choice(["jane.doe", "john.doe", "user", "test", "noreply", "someone", "max.mustermann", "info"]),
                                               rng.choice(["example.com", "example.org", "example.net"]))
    if name == "ts":
        d = datetime.datetime(2025, 1, 1) + datetime.timedelta(seconds=rng.randint(0, 3 * 10 ** 7))
        return "timestamp", d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if name == "track":
        return "tracking_id", rng.choice(["1Z%s" % rs(rng, 16, string.ascii_uppercase + string.digits), "JJD%s" % rs(rng, 18, string.digits),
                                          "RR%sGB" % rs(rng, 9, string.digits)])
    if name == "env":
        return "env_ref", arg
    return None


def rdate(rng, y0=2025, y1=2026):
    return datetime.date(y0, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * (y1 - y0) + 300))


def rdob(rng):
    return datetime.date(1936, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 72))


# ---------------------------------------------------------------- rendering
TOK = re.compile(r"⟦([^⟧]*)⟧")
PTOK = re.compile(r"^p(\d+)(?::([a-z_/]+))?(?:\.([A-Za-z]+)(?:=(\S+))?)?(?:\?(.*))?$")


class Doc:
    def __init__(self, fid, k, loc):
        self.fid, self.k = fid, k
        self.rng = random.Random("fresh15|%s|%d" % (fid, k))
        lang, c = loc.split("-")
        if c == "*":
            c = EN_COUNTRIES[(int(hashlib.md5(fid.encode()).hexdigest()[:6], 16) + k * 5) % len(EN_COUNTRIES)]
        self.lang, self.c = lang, c
        self.people = {}
        self.named = {}
        self.out, self.pos = [], 0
        self.spans, self.decoys = [], []

    def person(self, idx, spec):
        if idx in self.people:
            return self.people[idx]
        rng = self.rng
        gender = rng.choice("mf")
        origin = None
        for part in (spec or "").split("/"):
            if part in ("m", "f"):
                gender = part
            elif part:
                origin = part
        if origin is None:
            x = rng.random()
            if self.lang == "en":
                origin = "local" if x < 0.5 else ("en" if x < 0.6 else "world")
            else:
                origin = "local" if x < 0.9 else "world"
        if origin == "local":
            kind, arg = wpick(rng, LANG_LOCAL.get(self.lang, LOCAL[self.c]))
        elif origin == "en":
            kind, arg = wpick(rng, LOCAL[rng.choice([x for x in EN_COUNTRIES if x != self.c])])
        elif origin == "world":
            kind, arg = wpick(rng, WORLD)
        elif origin in LOCAL:
            kind, arg = wpick(rng, LOCAL[origin])
        else:
            kind, arg = "h", origin
        first, last, order = draw_name(rng, kind, arg, gender)
        if self.c in SURNAME_FIRST and self.lang == "hu" and kind != "h":
            order = "e"
        if kind == "h" and arg == "japanese" and self.lang != "en" and rng.random() < 0.5:
            order = "e"
        p = P(first, last, gender, order)
        self.people[idx] = p
        return p

    def emit(self, s, typ=None, dkind=None):
        if typ or dkind:
            assert s == s.strip() and s, (self.fid, s)
            (self.spans if typ else self.decoys).append((self.pos, self.pos + len(s), typ or dkind, s))
        self.out.append(s)
        self.pos += len(s)

    def email_for(self, p, domain=None):
        rng = self.rng
        f, l = ascii_fold(p.first.split()[0]), ascii_fold(p.last.replace("bin ", "").replace("binti ", ""))
        st = rng.randint(0, 5)
        loc = [f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, f + "." + l[0], l + "." + f][st]
        if domain:
            loc = [f + "." + l, f[0] + l, f, f + "." + l][st % 4]
        return "%s@%s" % (loc, domain or rng.choice(FREEMAIL[self.c]))

    def slot(self, tok):
        rng, c = self.rng, self.c
        name_ref = None
        m = re.match(r"^(.*)\^(\w+)$", tok)
        if m and not tok.startswith(("#", "=", "~")):
            tok, name_ref = m.group(1), m.group(2)
            if name_ref in self.named:
                v, t, dk = self.named[name_ref]
                return self.emit(v, t, dk)
        if tok.startswith("~"):
            return self.emit(rng.choice(tok[1:].split("|")))
        if tok.startswith("="):
            t, *vals = tok[1:].split("|")
            assert t in PII_T or t in SEC_T, tok
            return self.emit(rng.choice(vals), t)
        if tok.startswith("#"):
            parts = tok[1:].split("|")
            if len(parts) > 1:
                return self.emit(rng.choice(parts[1:]), None, parts[0])
            nm, _, arg = parts[0].partition(":")
            dk, v = decoy_value(rng, nm, arg, c)
            if name_ref:
                self.named[name_ref] = (v, None, dk)
            return self.emit(v, None, dk)
        pm = PTOK.match(tok)
        if pm:
            idx, spec, form, dom, choice = pm.groups()
            p = self.person(int(idx), spec)
            if choice is not None:
                opts = choice.split("|")
                return self.emit(opts[0] if p.gender == "m" else opts[1])
            form = form or ""
            if form == "e":
                if ("e", idx) not in self.named:
                    self.named[("e", idx)] = self.email_for(p, dom)
                return self.emit(self.named[("e", idx)], "EMAIL_ADDRESS")
            v = {"": p.full(), "f": p.first, "l": p.last, "lf": "%s, %s" % (p.last, p.first), "i": "%s. %s" % (p.first[0], p.last),
                 "U": p.full().upper(), "UL": "%s, %s" % (p.last.upper(), p.first.upper()), "lo": p.first.lower(), "lof": p.full().lower(),
                 "fi": "%s %s." % (p.first, p.last[0]), "w": "%s %s" % (p.first, p.last), "ff": p.first.split()[0] if p.order == "w" else p.first,
                 "ll": p.last.split()[-1], "dot": ascii_fold(p.first.split()[0]) + "." + ascii_fold(p.last.split()[-1]),
                 "mrz": "<".join(ascii_fold(x).upper() for x in p.last.split()) + "<<" + "<".join(ascii_fold(x).upper() for x in p.first.split())}[form]
            return self.emit(v, "PERSON")
        nm, _, arg = tok.partition(":")
        typ = None
        if nm == "phone":
            typ, v = "PHONE_NUMBER", phone(rng, arg if arg in PHONES else c, arg)
        elif nm == "addr":
            typ, v = "STREET_ADDRESS", street(rng, arg or c)
        elif nm == "addr1":  # street line (span) + ", postcode town" (not labelled): same convention as blocks
            cc = arg or c
            self.emit(street(rng, cc), "STREET_ADDRESS")
            return self.emit(", " + town(rng, cc))
        elif nm == "town":
            return self.emit(town(rng, arg or c))
        elif nm == "email":
            q = self.person(900 + len(self.named), "")
            self.people.pop(900 + len(self.named))
            typ, v = "EMAIL_ADDRESS", self.email_for(q)
        elif nm == "dob":
            typ, v = "DATE_OF_BIRTH", fmt_date(rng, c, rdob(rng), iso=(arg == "iso"))
        elif nm == "date":
            return self.emit(fmt_date(rng, c, rdate(rng), iso=(arg == "iso")))
        elif nm == "time":
            return self.emit("%02d:%02d" % (rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])))
        elif nm == "iban":
            cc = {"uk": "GB", "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL",
                  "se": "SE", "dk": "DK", "no": "NO", "fi": "FI", "cz": "CZ", "sk": "SK", "si": "SI", "lt": "LT", "lv": "LV", "ee": "EE", "gr": "GR",
                  "tr": "TR", "ro": "RO", "hu": "HU", "hr": "HR", "ie": "IE"}.get(c, "DE")
            if arg and arg.isupper():
                cc = arg
            v = iban(rng, cc)
            if arg == "grp" or (arg != "plain" and rng.random() < 0.6):
                v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
            typ = "IBAN_CODE"
        elif nm == "cc":
            typ, v = "CREDIT_CARD", card(rng, arg or None)
        elif nm == "ssn":
            typ, v = "US_SSN", ssn(rng)
        elif nm == "nhs":
            typ, v = "UK_NHS", nhs(rng)
        elif nm == "ip":
            typ, v = "IP_ADDRESS", ipv4(rng)
        elif nm == "ip6":
            typ, v = "IP_ADDRESS", ipv6(rng)
        elif nm == "n":
            return self.emit(str(rng.randint(10 ** (int(arg) - 1), 10 ** int(arg) - 1)))
        elif nm == "N":
            a, b = arg.split("-")
            return self.emit(str(rng.randint(int(a), int(b))))
        elif nm == "h":
            return self.emit(rs(rng, int(arg), "0123456789abcdef"))
        elif nm == "A":
            return self.emit(rs(rng, int(arg), string.ascii_uppercase))
        else:
            r = secret_value(rng, nm, arg)
            assert r, "unknown slot %r in %s" % (tok, self.fid)
            typ, v = r
        if name_ref:
            self.named[name_ref] = (v, typ, None)
        return self.emit(v, typ)

    def render(self, text):
        i = 0
        for m in TOK.finditer(text):
            if m.start() > i:
                self.emit(text[i:m.start()])
            self.slot(m.group(1))
            i = m.end()
        if i < len(text):
            self.emit(text[i:])
        return "".join(self.out)


LEADINS = ["Fwd: ", "> ", "[pinned] ", "(repost) ", "Re: ", "[edited] ", "copy: "]


def build_doc(fid, kind, loc, text, k, seen):
    d = Doc(fid, k, loc)
    body = d.render(text.strip("\n"))
    shift = 0
    j = 0
    while body in seen:
        lead = LEADINS[j % len(LEADINS)] * (1 + j // len(LEADINS))
        j += 1
        if (lead + body) not in seen:
            shift = len(lead)
            body = lead + body
            break
    seen.add(body)
    bb = body.encode("utf-8")

    def off(cs, ce, t, v, key):
        cs, ce = cs + shift, ce + shift
        bs, be = len(body[:cs].encode("utf-8")), len(body[:ce].encode("utf-8"))
        assert body[cs:ce] == v and bb[bs:be].decode("utf-8") == v, (fid, v)
        return {"start": bs, "end": be, "char_start": cs, "char_end": ce, key: t, "value": v}
    spans = [off(*s, "type") for s in d.spans]
    decoys = [off(*s, "kind") for s in d.decoys]
    allr = sorted([(s["char_start"], s["char_end"]) for s in spans + decoys])
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (fid, a, b)
    types = {s["type"] for s in spans}
    sens = "secret" if types & SEC_T else ("personal" if types & PII_T else "public")
    pre = {"per": "personal", "pub": "public", "sec": "secret"}[fid.split("-")[0]]
    assert sens == pre, (fid, k, sens, body[:200])
    if sens == "public":
        assert decoys, fid
    return {"text": body, "spans": spans, "sensitivity": sens, "has_pii": bool(types & PII_T), "has_secret": bool(types & SEC_T),
            "kind": kind, "frame": fid, "lang": d.lang, "locale": d.c, "decoys": decoys}


def load_frames():
    frames = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith("frames_fresh15_") and fn.endswith(".py"):
            mod = importlib.import_module(fn[:-3])
            frames.extend(mod.FRAMES)
    ids = [f[0] for f in frames]
    dup = [x for x, n in collections.Counter(ids).items() if n > 1]
    assert not dup, dup
    return frames


TARGET = {"personal": 650, "public": 210, "secret": 140}
NONEN_PER_LANG = 12


def render_counts(frames):
    cnt = {}
    order = lambda f: hashlib.md5(("r15" + f[0]).encode()).hexdigest()
    if len(frames) < 300:
        return {f[0]: 2 for f in frames}
    bylang = collections.defaultdict(list)
    for f in frames:
        bylang[f[2].split("-")[0]].append(f)
    used = collections.Counter()
    for lang, fs in bylang.items():
        if lang == "en":
            continue
        for f in fs:
            cnt[f[0]] = 2
        tot = sum(cnt[f[0]] for f in fs)
        pers = sorted([f for f in fs if f[0].startswith("per")], key=order)
        others = sorted([f for f in fs if not f[0].startswith("per")], key=order)
        q = pers + others
        i = 0
        while tot < NONEN_PER_LANG and i < len(q):
            cnt[q[i][0]] += 1; tot += 1; i += 1
        q = sorted(fs, key=order)
        i = 0
        while tot > NONEN_PER_LANG + 1 and i < len(q):
            cnt[q[i][0]] -= 1; tot -= 1; i += 1
        for f in fs:
            used[{"per": "personal", "pub": "public", "sec": "secret"}[f[0][:3]]] += cnt[f[0]]
    for sens, pre in (("personal", "per"), ("public", "pub"), ("secret", "sec")):
        fs = sorted([f for f in bylang["en"] if f[0].startswith(pre)], key=order)
        need = TARGET[sens] - used[sens]
        assert len(fs) <= need <= 3 * len(fs), (sens, len(fs), need)
        for f in fs:
            cnt[f[0]] = need // len(fs)
        for f in fs[: need - (need // len(fs)) * len(fs)]:
            cnt[f[0]] += 1
    return cnt


def generate():
    frames = load_frames()
    cnt = render_counts(frames)
    docs, seen = [], set()
    for f in frames:
        fid, kind, loc, text = f
        for k in range(cnt[fid]):
            docs.append(build_doc(fid, kind, loc, text, k, seen))
    out = []
    for i, d in enumerate(docs):
        o = {"id": "fr15-%05d" % (i + 1)}
        o.update(d)
        out.append(o)
    return frames, out


def to_jsonl(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def stats(frames, docs, plain, gz):
    C = collections.Counter
    print("documents", len(docs), "frames", len(frames), "rendered frames", len({d["frame"] for d in docs}))
    print("sensitivity", dict(C(d["sensitivity"] for d in docs)))
    print("frames by prefix", dict(C(f[0][:3] for f in frames)))
    print("renders per frame", dict(C(C(d["frame"] for d in docs).values())))
    print("langs", sorted(C(d["lang"] for d in docs).items(), key=lambda x: -x[1]))
    ne = sum(1 for d in docs if d["lang"] != "en")
    print("non-English", ne, "%.1f%%" % (100.0 * ne / len(docs)))
    print("en locales", dict(C(d["locale"] for d in docs if d["lang"] == "en")))
    print("types", C(s["type"] for d in docs for s in d["spans"]).most_common())
    print("spans", sum(len(d["spans"]) for d in docs), "decoys", sum(len(d["decoys"]) for d in docs))
    print("decoy kinds", C(s["kind"] for d in docs for s in d["decoys"]).most_common())
    print("kinds", len({d["kind"] for d in docs}), "multi-line", sum(1 for d in docs if "\n" in d["text"]))
    print("per-lang sens", {l: dict(C(d["sensitivity"] for d in docs if d["lang"] == l)) for l in sorted({d["lang"] for d in docs})})
    ips = C(s["type"] + (":v6" if ":" in s["value"] else ":v4") for d in docs for s in d["spans"] if s["type"] == "IP_ADDRESS")
    print("ip", dict(ips), "iban countries", len({s["value"][:2] for d in docs for s in d["spans"] if s["type"] == "IBAN_CODE"}))
    print("name draws", dict(DRAWS))
    for half in "ab":
        hs = [d for d in docs if (int(hashlib.md5(d["frame"].encode()).hexdigest()[0], 16) % 2 == 0) == (half == "a")]
        print("fresh15%s" % half, len(hs), dict(C(d["sensitivity"] for d in hs)))
    print("md5 gz", hashlib.md5(gz).hexdigest(), "plain", hashlib.md5(plain).hexdigest())


def main():
    frames, docs = generate()
    for d in docs:
        for s in d["spans"]:
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"])
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"])
            if s["type"] == "UK_NHS":
                assert nhs_ok(s["value"])
    plain = to_jsonl(docs)
    bio = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=bio, mtime=0) as g:
        g.write(plain)
    gz = bio.getvalue()
    with open(os.path.join(HERE, "fresh15.jsonl.gz"), "wb") as fh:
        fh.write(gz)
    if "--dump" in sys.argv:
        with open(sys.argv[sys.argv.index("--dump") + 1], "wb") as fh:
            fh.write(plain)
    if "--stats" in sys.argv:
        stats(frames, docs, plain, gz)
    else:
        print("%d documents, md5 gz %s plain %s" % (len(docs), hashlib.md5(gz).hexdigest(), hashlib.md5(plain).hexdigest()))


if __name__ == "__main__":
    main()
