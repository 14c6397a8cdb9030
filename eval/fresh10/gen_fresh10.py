#!/usr/bin/env python3
"""gen_fresh10.py -- writes fresh10.jsonl.gz, a tenth independent PII / secret measurement set.

MEASUREMENT SET: do not tune on it.  See README.md in this folder.

    python3 eval/fresh10/gen_fresh10.py                   # rewrites fresh10.jsonl.gz (seed 101010, same bytes every run)
    python3 eval/fresh10/gen_fresh10.py --stats           # also prints counts and the md5
    python3 eval/fresh10/gen_fresh10.py --dump /tmp/x.jsonl   # also writes the plain jsonl

Needs Faker 40.63.0 exactly (other versions draw other values): pip install faker==40.63.0

TEMPLATE SYNTAX (every frame below was written by hand for this set)
  Person forms (PERSON spans unless noted), digit = which person (default 1), optional f/m fixes gender,
  optional @xx fixes the person's origin on first use:
      {N1} full name   {G1} given name   {S1} surname   {n1} {g1} {s1} the same in lower case
      {NU1} {GU1} {SU1} upper case   {R1} "Surname, Given"   {I1} "G. Surname"   {U1} login handle
      {E1} personal e-mail   {EW1} work e-mail at the document's company (EMAIL_ADDRESS spans)
      {@key1} gendered plain word from GW (Mr/Ms, Herr/Frau, ...)   {?1:male text|female text}
      {JOB1} job title (plain)
  Values (index digit = another value of the same kind; @xx forces a country):
      {PH} national phone  {PHI} international  {PHL} landline  {ADDR} one-line address  {ADDRB} block address
      {STREET} house number + street  {DOB} numeric  {DOBL} long  {DOBI} ISO  {DOBK} {DOBKL} {DOBKI} (a child)
      {CARD} {IBAN} {SSN} {IP} {IP6}
  Secrets: {PW} {PW:kind} {AKID} {ASK} {GHP} {GHP:pat} {SLACK} {SLACK:user} {SLACKHOOK} {STRIPE} {STRIPE:rk}
      {OPENAI} {ANTH} {JWT} {KEY:google|sendgrid|gitlab|mailgun|hex|npm|hf|shopify|b62} {PEM:rsa|openssh|ec|pkcs8}
      {DBURL:postgres|mysql|mongo|redis|amqp}  (only the password inside is a span)
  Plain: {CO} {CODOM} {CO2} {CITY} {#4} digits {#a3} letters {WD} weekday {MON} month {YR} this year
  Decoys: {d:kind} generated look-alike, [[kind~value]] literal look-alike.
  Alternatives: <<a|b|c>> (one picked; may contain placeholders).
  Row blocks inside long frames:  a line "@rows 2-5" (fresh people per row) or "@rows 2-5 same", then the row
  lines, then "@end".  In fresh rows, persons 7-9 are shared with the whole document.
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

try:
    import faker
    from faker import Faker
except ImportError:
    sys.exit("needs faker==40.63.0: pip install faker==40.63.0")
if faker.VERSION != "40.63.0":
    sys.exit("needs faker==40.63.0 exactly (found %s): pip install faker==40.63.0" % faker.VERSION)

SEED = 101010
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh10.jsonl.gz")

PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
          "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

R = random.Random(SEED)

FAKER_LOCALES = {
    "us": "en_US", "uk": "en_GB", "in": "en_IN", "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ",
    "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "br": "pt_BR",
    "tr": "tr_TR", "jp": "ja_JP", "cn": "zh_CN", "kr": "ko_KR", "vn": "vi_VN", "id": "id_ID", "se": "sv_SE",
    "ar": "ar_AA",
}
_FK = {}


def fk(loc):
    """one Faker instance per locale; the k-th locale of FAKER_LOCALES is seeded with SEED + k (locales that share
    a name list, such as en_US/en_AU/en_CA, would otherwise draw the same names in the same order)"""
    if loc not in _FK:
        f = Faker(FAKER_LOCALES[loc])
        f.seed_instance(SEED + list(FAKER_LOCALES).index(loc))
        _FK[loc] = f
    return _FK[loc]


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def nzdigits(n):
    return R.choice("123456789") + digits(n - 1)


def letters(n, alphabet=string.ascii_uppercase):
    return "".join(R.choice(alphabet) for _ in range(n))


B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"
B64URL = B62 + "-_"
HEX = "0123456789abcdef"


def rstr(n, alphabet=B62):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
# ascii folding for handles and e-mail local parts
_FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae",
         "Æ": "AE", "œ": "oe", "Œ": "OE", "'": "", "’": "", " ": "", "-": "-"}
_DE_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def fold(s, origin=""):
    out = []
    for ch in s:
        if origin in ("de", "se") and ch in _DE_FOLD and origin == "de":
            out.append(_DE_FOLD[ch])
            continue
        if ch in _FOLD:
            out.append(_FOLD[ch])
            continue
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(c for c in d if not unicodedata.combining(c))
        out.append(d)
    s = "".join(out)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


# ---------------------------------------------------------------------------------------------------------------
# Korean romanisation (Revised Romanisation for given names, customary spellings for surnames)
_KO_I = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_KO_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
         "eu", "ui", "i"]
_KO_F = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
         "ng", "t", "t", "k", "t", "p", "t"]
_KO_SUR = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
           "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
           "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon",
           "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "노": "Noh", "남": "Nam", "심": "Shim",
           "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min",
           "진": "Jin", "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won", "천": "Cheon", "방": "Bang", "공": "Kong",
           "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do", "소": "So",
           "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "표": "Pyo", "명": "Myung",
           "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Geum", "옥": "Ok", "인": "In", "제": "Je", "모": "Mo",
           "탁": "Tak", "국": "Kook", "은": "Eun", "편": "Pyeon", "용": "Yong", "예": "Ye", "경": "Kyung", "봉": "Bong",
           "육": "Yuk", "맹": "Maeng", "황보": "Hwangbo", "남궁": "Namgung", "제갈": "Jegal", "선우": "Sunwoo"}


def ko_syll(ch):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172:
        return ch
    i, v, f = c // 588, (c % 588) // 28, c % 28
    return _KO_I[i] + _KO_V[v] + _KO_F[f]


def ko_given(s):
    parts = [ko_syll(ch) for ch in s]
    if not parts:
        return s
    out = parts[0].capitalize() + "".join("-" + p for p in parts[1:2]) + "".join(p for p in parts[2:])
    return out


def ko_surname(s):
    if s in _KO_SUR:
        return _KO_SUR[s]
    return "".join(ko_syll(ch) for ch in s).capitalize()

# ---------------------------------------------------------------------------------------------------------------
# people

PLACEHOLDER_SURNAMES = {"doe", "bloggs", "mustermann", "musterfrau", "dupont", "rossi-example", "kowalski-example",
                        "smith-example", "roe", "public", "citizen", "nobody", "test", "user", "sample"}

# real famous people (the public frames use some of them); a Faker draw that collides is drawn again
FAMOUS_NAMES = {"Michael Jordan", "Michael Jackson", "Taylor Swift", "Tim Cook", "Elon Musk", "Tom Hanks",
                "George Bush", "Paul Simon", "Chris Evans", "Emma Watson", "John Lewis", "David Beckham",
                "Jensen Huang", "Gordon Ramsay", "Lise Meitner", "Claude Monet", "Ada Lovelace", "Alan Turing",
                "Keir Starmer", "Angela Merkel", "Serena Williams", "Ollie Watkins", "Barack Obama", "Lionel Messi"}

LATIN_ORIGINS = ["us", "uk", "in", "au", "ca", "ie", "nz", "de", "fr", "es", "it", "nl", "pl", "br", "tr", "id",
                 "se", "vn"]
# people from another culture who turn up in a document of a given locale
MIX_POOL = ["in", "pl", "tr", "jp", "cn", "kr", "vn", "id", "se", "de", "fr", "es", "it", "nl", "br", "uk", "us",
            "in", "cn", "vn", "kr", "jp", "tr", "pl"]

FREEMAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me"],
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "outlook.com"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "yahoo.com.br"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "jp": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"],
    "cn": ["qq.com", "163.com", "gmail.com"],
    "kr": ["naver.com", "daum.net", "gmail.com"],
    "vn": ["gmail.com", "yahoo.com.vn"],
    "id": ["gmail.com", "yahoo.co.id"],
    "se": ["telia.com", "gmail.com", "hotmail.se"],
    "ar": ["gmail.com", "hotmail.com"],
}


class Person:
    def __init__(self, origin, gender):
        self.origin = origin
        self.gender = gender
        self.east = False
        self.middle = ""
        self.words = {}
        f = fk(origin)
        for _ in range(50):
            if origin == "jp":
                self.given = f.first_romanized_name_female() if gender == "f" else f.first_romanized_name_male()
                self.surname = f.last_romanized_name()
            elif origin == "cn":
                self.given = f.first_romanized_name()
                self.surname = f.last_romanized_name()
                self.east = R.random() < 0.6
            elif origin == "kr":
                self.given = ko_given(f.first_name_female() if gender == "f" else f.first_name_male())
                self.surname = ko_surname(f.last_name())
                self.east = R.random() < 0.5
            elif origin == "vn":
                self.given = f.first_name_female() if gender == "f" else f.first_name_male()
                self.surname = f.last_name()
                self.middle = R.choice(["Thị", "Ngọc", "Thu", "Minh", "Thanh"]) if gender == "f" else R.choice(
                    ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh"])
                self.east = True
            else:
                self.given = f.first_name_female() if gender == "f" else f.first_name_male()
                self.surname = f.last_name()
            clean = all(ch.isalpha() or ch in " -'" for ch in self.given + self.surname) and \
                self.given not in ("Pastor", "Pastora")
            if (clean and self.surname.lower() not in PLACEHOLDER_SURNAMES and self.given != self.surname
                    and self.middle != self.given and self.full() not in FAMOUS_NAMES):
                break
        if " " in self.given and origin == "br" and R.random() < 0.5:
            self.given = self.given.split(" ")[0]
        self.handle_style = R.randrange(7)
        self.email_style = R.randrange(9)
        self.email_dom = R.choice(FREEMAIL[origin])
        self.email_num = R.choice(["", "", "", str(R.randrange(1, 99)), str(R.randrange(1960, 2006))])

    # forms -------------------------------------------------------------------
    def full(self):
        if self.origin == "vn":
            return "%s %s %s" % (self.surname, self.middle, self.given)
        if self.east:
            return "%s %s" % (self.surname, self.given)
        return "%s %s" % (self.given, self.surname)

    def rev(self):
        if self.origin == "vn":
            return "%s, %s %s" % (self.surname, self.middle, self.given)
        return "%s, %s" % (self.surname, self.given)

    def initial(self):
        return "%s. %s" % (self.given[0], self.surname)

    def ascii_given(self):
        return fold(self.given, self.origin).lower()

    def ascii_surname(self):
        return fold(self.surname, self.origin).lower().replace(" ", "")

    def handle(self):
        g, s = self.ascii_given().replace("-", ""), self.ascii_surname().replace("-", "")
        st = self.handle_style
        return [g + s[:1], g[:1] + s, g + "." + s, g + "_" + s, g, s + g[:1], g + s[:2]][st]

    def email(self):
        if self.origin == "ar":
            raise ValueError("no e-mail for Arabic-script names")
        g, s = self.ascii_given().replace("-", ""), self.ascii_surname().replace("-", "")
        num = self.email_num
        if self.origin == "cn" and self.email_dom in ("qq.com",):
            return nzdigits(R.choice([8, 9, 10])) + "@qq.com"
        st = self.email_style
        local = [g + "." + s, g[:1] + s, g + s, g + "_" + s, g + num, s + "." + g, g + "." + s[:1],
                 g[:1] + "." + s, g + s[:1] + num][st]
        if not any(ch.isalpha() for ch in local):
            local = g + s
        return local + "@" + self.email_dom

    def work_email(self, domain):
        g, s = self.ascii_given().replace("-", ""), self.ascii_surname().replace("-", "")
        st = self.email_style % 4
        local = [g + "." + s, g[:1] + s, g, g[:1] + "." + s][st]
        return local + "@" + domain


def make_person(origin, gender=None):
    if gender is None:
        gender = R.choice("fm")
    return Person(origin, gender)

# ---------------------------------------------------------------------------------------------------------------
# phones

US_AREAS = ["201", "212", "213", "215", "224", "267", "301", "303", "305", "312", "314", "404", "408", "415", "503",
            "512", "602", "614", "617", "619", "646", "702", "713", "718", "720", "773", "801", "818", "917", "919",
            "949", "971", "608", "919", "402", "804", "615", "509", "315", "734"]
CA_AREAS = ["416", "647", "604", "613", "403", "514", "780", "902", "905", "204", "306", "519", "438", "587"]
UK_LAND = [("020", 4, 4, "378"), ("0121", 3, 4, "2345"), ("0131", 3, 4, "2345"), ("0141", 3, 4, "2345"),
           ("0161", 3, 4, "2345"), ("0113", 3, 4, "2345"), ("0117", 3, 4, "2349"), ("0114", 3, 4, "2"),
           ("0115", 3, 4, "9"), ("0118", 3, 4, "9"), ("01223", 3, 3, "3456"), ("01865", 3, 3, "2457"),
           ("01904", 3, 3, "4567"), ("029", 4, 4, "2"), ("028", 4, 4, "9")]


def _nanp(areas):
    a = R.choice(areas)
    while True:
        e = R.choice("23456789") + digits(2)
        if e != "555" and e[1:] != "11":
            break
    return a, e, digits(4)


def phone_parts(country, kind="mobile"):
    """returns (national, international) strings"""
    c = country
    if c in ("us", "ca"):
        a, e, l = _nanp(CA_AREAS if c == "ca" else US_AREAS)
        nat = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "(%s) %s %s"]) % (a, e, l)
        intl = R.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1 %s-%s-%s"]) % (a, e, l)
        return nat, intl
    if c == "uk":
        if kind == "land":
            code, n1, n2, first = R.choice(UK_LAND)
            body1 = R.choice(first) + digits(n1 - 1)
            body2 = digits(n2)
            nat = "%s %s %s" % (code, body1, body2)
            intl = "+44 %s %s %s" % (code[1:], body1, body2)
            return nat, intl
        p = "7" + R.choice("1234589") + digits(2)
        rest = digits(6)
        nat = R.choice(["0%s %s" % (p, rest), "0%s %s %s" % (p, rest[:3], rest[3:])])
        intl = R.choice(["+44 %s %s", "+44 (0)%s %s", "+44%s%s"]) % (p, rest)
        return nat, intl
    if c == "ie":
        if kind == "land":
            a = R.choice(["01", "021", "091", "061"])
            b = nzdigits(3) + " " + digits(4)
            return "(%s) %s" % (a, b) if R.random() < .3 else "%s %s" % (a, b), "+353 %s %s" % (a[1:], b)
        p = "8" + R.choice("35679")
        b, d = digits(3), digits(4)
        return R.choice(["0%s %s %s", "0%s-%s%s", "0%s %s%s"]) % (p, b, d), "+353 %s %s %s" % (p, b, d)
    if c == "au":
        if kind == "land":
            a = R.choice(["02", "03", "07", "08"])
            b = R.choice("89") + digits(3)
            d = digits(4)
            return "(%s) %s %s" % (a, b, d), "+61 %s %s %s" % (a[1:], b, d)
        p = "4" + R.choice("0123456789"[:9]) + digits(1)
        while p.startswith("49"):
            p = "4" + R.choice("012345678") + digits(1)
        b, d = digits(3), digits(3)
        return R.choice(["0%s %s %s", "0%s%s%s"]) % (p, b, d), R.choice(["+61 %s %s %s", "+61%s%s%s"]) % (p, b, d)
    if c == "nz":
        p = R.choice(["21", "22", "27", "29"])
        b, d = digits(3), digits(4)
        return "0%s %s %s" % (p, b, d), "+64 %s %s %s" % (p, b, d)
    if c == "in":
        if kind == "land":
            a = R.choice(["080", "022", "044", "040", "011", "020", "033"])
            b = R.choice("2345") + digits(3) + " " + digits(4)
            return "%s-%s" % (a, b), "+91 %s %s" % (a[1:], b)
        n = R.choice("6789") + digits(9)
        return R.choice(["%s %s", "%s%s", "0%s %s"]) % (n[:5], n[5:]), R.choice(
            ["+91 %s %s", "+91-%s%s", "+91 %s-%s"]) % (n[:5], n[5:])
    if c == "de":
        if kind == "land":
            a = R.choice(["030", "089", "040", "0221", "069", "0711", "0211", "0351", "0511"])
            b = nzdigits(R.choice([6, 7]))
            return R.choice(["%s %s", "%s/%s", "%s-%s"]) % (a, b), "+49 %s %s" % (a[1:], b)
        p = R.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175",
                      "176", "177", "178", "179"])
        b = nzdigits(R.choice([7, 8]))
        nat = R.choice(["0%s %s" % (p, b), "0%s/%s" % (p, b), "0%s-%s" % (p, b), "0%s %s %s" % (p, b[:3], b[3:])])
        return nat, R.choice(["+49 %s %s" % (p, b), "+49 (0)%s %s" % (p, b), "+49%s%s" % (p, b)])
    if c == "fr":
        p = R.choice("67") if kind != "land" else R.choice("12345")
        g = [nzdigits(2) if kind == "land" else digits(2)] + [digits(2) for _ in range(3)]
        g[0] = R.choice("12345678") + digits(1)
        nat = "0%s %s" % (p, " ".join(g))
        if R.random() < .25:
            nat = nat.replace(" ", ".")
        return nat, "+33 %s %s" % (p, " ".join(g))
    if c == "es":
        if kind == "land":
            a = R.choice(["91", "93", "95", "96", "94"])
            b = digits(3) + " " + digits(2) + " " + digits(2)
            return "%s %s" % (a, b), "+34 %s %s" % (a, b)
        n = R.choice("67") + digits(8)
        nat = R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
        if R.random() < .3:
            nat = "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
        return nat, "+34 %s %s %s" % (n[:3], n[3:6], n[6:])
    if c == "it":
        if kind == "land":
            a = R.choice(["02", "06", "011", "051", "055", "081"])
            b = nzdigits(R.choice([7, 8]))
            return "%s %s" % (a, b), "+39 %s %s" % (a, b)
        p = "3" + R.choice("234589") + digits(1)
        b = digits(7)
        nat = R.choice(["%s %s" % (p, b), "%s %s %s" % (p, b[:3], b[3:]), "%s%s" % (p, b)])
        return nat, R.choice(["+39 %s %s" % (p, b), "+39 %s %s %s" % (p, b[:3], b[3:]), "0039 %s %s" % (p, b)])
    if c == "nl":
        if kind == "land":
            a = R.choice(["020", "010", "030", "070", "040", "050"])
            b = nzdigits(7)
            return "%s-%s" % (a, b), "+31 %s %s" % (a[1:], b)
        b = nzdigits(8)
        return R.choice(["06-%s" % b, "06 %s %s" % (b[:4], b[4:]), "06%s" % b, "06 %s" % b]), \
            R.choice(["+31 6 %s" % b, "+31 (0)6 %s" % b, "+316%s" % b, "+31 6 %s %s" % (b[:4], b[4:])])
    if c == "pl":
        if kind == "land":
            a = R.choice(["22", "12", "61", "71", "58", "42"])
            b = "%s %s %s" % (digits(3), digits(2), digits(2))
            return "%s %s" % (a, b), "+48 %s %s" % (a, b)
        p = R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + digits(1)
        b, d = digits(3), digits(3)
        return R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (p, b, d), R.choice(
            ["+48 %s %s %s", "+48 %s-%s-%s", "+48%s%s%s"]) % (p, b, d)
    if c == "br":
        ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48", "62"])
        if kind == "land":
            a, b = R.choice("234") + digits(3), digits(4)
        else:
            a, b = "9" + R.choice("6789") + digits(3), digits(4)
        return R.choice(["(%s) %s-%s", "%s %s-%s", "(%s) %s %s"]) % (ddd, a, b), R.choice(
            ["+55 %s %s-%s", "+55 (%s) %s-%s", "+55%s%s%s"]) % (ddd, a, b)
    if c == "tr":
        if kind == "land":
            a = R.choice(["212", "216", "312", "232", "224"])
            b = "%s %s %s" % (R.choice("2345") + digits(2), digits(2), digits(2))
            return "0%s %s" % (a, b), "+90 %s %s" % (a, b)
        p = "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44", "45", "05", "06", "07", "52",
                            "53", "55"])
        b, d, e = digits(3), digits(2), digits(2)
        nat = R.choice(["0%s %s %s %s" % (p, b, d, e), "0%s %s%s%s" % (p, b, d, e), "(0%s) %s %s %s" % (p, b, d, e)])
        return nat, R.choice(["+90 %s %s %s %s" % (p, b, d, e), "+90%s%s%s%s" % (p, b, d, e)])
    if c == "se":
        p = "7" + R.choice("02369")
        b, d, e = digits(3), digits(2), digits(2)
        return "0%s-%s %s %s" % (p, b, d, e), "+46 %s %s %s %s" % (p, b, d, e)
    if c == "jp":
        p = R.choice(["90", "80", "70"])
        b, d = digits(4), digits(4)
        return "0%s-%s-%s" % (p, b, d), "+81 %s-%s-%s" % (p, b, d)
    if c == "cn":
        p = "1" + R.choice(["35", "36", "37", "38", "39", "50", "51", "58", "86", "88", "39"])
        b, d = digits(4), digits(4)
        return "%s %s %s" % (p, b, d), "+86 %s %s %s" % (p, b, d)
    if c == "kr":
        b, d = nzdigits(4), digits(4)
        return "010-%s-%s" % (b, d), "+82 10-%s-%s" % (b, d)
    if c == "vn":
        p = "9" + R.choice("0134678")
        b, d = digits(3), digits(4)
        return "0%s %s %s" % (p, b, d), "+84 %s %s %s" % (p, b, d)
    if c == "id":
        p = "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "56", "57", "77", "78", "95", "96"])
        b, d = digits(4), digits(R.choice([3, 4]))
        return "0%s-%s-%s" % (p, b, d), R.choice(["+62 %s-%s-%s", "+62 %s %s %s"]) % (p, b, d)
    if c == "ar":
        p = R.choice(["50", "52", "55", "56"])
        b, d = digits(3), digits(4)
        return "0%s %s %s" % (p, b, d), "+971 %s %s %s" % (p, b, d)
    raise KeyError(c)


# ---------------------------------------------------------------------------------------------------------------
# addresses

US_CITIES = [("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Raleigh", "NC", "276"),
             ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Sacramento", "CA", "958"),
             ("Boise", "ID", "837"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"), ("Denver", "CO", "802"),
             ("Nashville", "TN", "372"), ("Spokane", "WA", "992"), ("Syracuse", "NY", "132"),
             ("Ann Arbor", "MI", "481"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Tulsa", "OK", "741"),
             ("Lexington", "KY", "405"), ("Providence", "RI", "029"), ("Burlington", "VT", "054"),
             ("Pasadena", "CA", "911"), ("Evanston", "IL", "602"), ("Worcester", "MA", "016"),
             ("Scranton", "PA", "185"), ("Tacoma", "WA", "984"), ("Chandler", "AZ", "852"), ("Plano", "TX", "750"),
             ("Durham", "NC", "277"), ("Bloomington", "IN", "474"), ("Fort Collins", "CO", "805"),
             ("Baton Rouge", "LA", "708"), ("Des Moines", "IA", "503"), ("Hoboken", "NJ", "070"),
             ("Brooklyn", "NY", "112"), ("Minneapolis", "MN", "554"), ("Milwaukee", "WI", "532"),
             ("Charleston", "SC", "294"), ("Asheville", "NC", "288")]
US_WORDS = ["Maple", "Oak", "Cedar", "Elm", "Willow", "Pine", "Birch", "Chestnut", "Walnut", "Hickory", "Sycamore",
            "Magnolia", "Lakeview", "Hillcrest", "Ridgeway", "Meadowbrook", "Sunset", "Highland", "Parkside", "Main",
            "Church", "Spring", "Mill", "River", "Forest", "Prospect", "Orchard", "Fairview", "Valley", "Cherry",
            "Dogwood", "Laurel", "Juniper", "Aspen", "Briarwood", "Foxglove", "Stonegate", "Brookside"]
US_SUF = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Court", "Ct", "Boulevard",
          "Blvd", "Way", "Place", "Pl", "Terrace", "Circle"]
UK_TOWNS = [("Leeds", "LS"), ("Reading", "RG"), ("Bristol", "BS"), ("Norwich", "NR"), ("York", "YO"),
            ("Brighton", "BN"), ("Cardiff", "CF"), ("Exeter", "EX"), ("Sheffield", "S"), ("Manchester", "M"),
            ("Nottingham", "NG"), ("Leicester", "LE"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Bath", "BA"),
            ("Swindon", "SN"), ("Derby", "DE"), ("Bolton", "BL"), ("Stockport", "SK"), ("Coventry", "CV"),
            ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Plymouth", "PL"),
            ("Southampton", "SO"), ("Guildford", "GU"), ("Luton", "LU"), ("Ipswich", "IP"), ("Chester", "CH"),
            ("Harrogate", "HG"), ("Canterbury", "CT"), ("London", "SE"), ("London", "N"), ("London", "E"),
            ("London", "SW"), ("Lancaster", "LA"), ("Swansea", "SA"), ("Hull", "HU"), ("Milton Keynes", "MK")]
UK_WORDS = ["Kingsley", "Ashdown", "Beech", "Hawthorn", "Holly", "Rowan", "Alder", "Station", "Mill", "Church",
            "Chapel", "Park", "Manor", "Grange", "Orchard", "Clifton", "Priory", "Abbey", "Meadow", "Bramble", "Heath",
            "Fern", "Willow", "Lime", "Linden", "Westfield", "Northfield", "Elmhurst", "Cherry Tree", "Hillside",
            "Oakwood", "Sandown", "Redcliffe", "Foxley", "Ivy"]
UK_SUF = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Grove", "Terrace", "Way", "Drive",
          "Place", "Mews", "Walk", "Rise", "Court"]
UK_BUILD = ["Harbour Court", "Riverside House", "Wellington Point", "The Maltings", "Albion Works", "Mill House",
            "Seymour Court", "Regent House", "Victoria Mansions", "Canal Wharf"]
AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"),
              ("Parramatta", "NSW", "2150"), ("Chatswood", "NSW", "2067"), ("Toowong", "QLD", "4066"),
              ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"),
              ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
              ("Carlton", "VIC", "3053"), ("Bondi", "NSW", "2026"), ("Paddington", "QLD", "4064"),
              ("Geelong West", "VIC", "3218"), ("Wollongong", "NSW", "2500"), ("Townsville", "QLD", "4810")]
AU_SUF = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Parade", "Crescent", "Place", "Terrace", "Court", "Close"]
CA_CITIES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Hamilton", "ON", "L"), ("London", "ON", "N"),
             ("Montréal", "QC", "H"), ("Québec", "QC", "G"), ("Vancouver", "BC", "V"), ("Victoria", "BC", "V"),
             ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"),
             ("Saskatoon", "SK", "S"), ("Regina", "SK", "S"), ("St. John's", "NL", "A"), ("Kingston", "ON", "K")]
CA_SUF = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Cres", "Dr", "Drive"]
IE_TOWNS = [("Ballincollig", "Co. Cork", "P31"), ("Douglas", "Cork", "T12"), ("Galway", "", "H91"),
            ("Limerick", "", "V94"), ("Naas", "Co. Kildare", "W91"), ("Bray", "Co. Wicklow", "A98"),
            ("Dublin 8", "", "D08"), ("Dublin 6W", "", "D6W"), ("Swords", "Co. Dublin", "K67"),
            ("Athlone", "Co. Westmeath", "N37"), ("Tralee", "Co. Kerry", "V92"), ("Kilkenny", "", "R95"),
            ("Sligo", "", "F91"), ("Drogheda", "Co. Louth", "A92")]
IE_WORDS = ["Ashgrove", "Beechwood", "Oakfield", "Glenview", "Riverside", "Hazelwood", "Woodlawn", "Castlepark",
            "Seaview", "Ferncourt", "Mountain View", "Cloverhill", "Rathmore", "Kilbrack"]
IE_SUF = ["Park", "Avenue", "Drive", "Close", "Road", "Grove", "Lawn", "Crescent", "Heights", "Court"]
EIR = "ACDEFHKNPRTVWXY0123456789"
NZ_SUBURBS = [("Riccarton", "Christchurch", "8011"), ("Ponsonby", "Auckland", "1011"),
              ("Mount Eden", "Auckland", "1024"), ("Karori", "Wellington", "6012"), ("Te Aro", "Wellington", "6011"),
              ("Hamilton East", "Hamilton", "3216"), ("Roslyn", "Dunedin", "9010"),
              ("Tauranga South", "Tauranga", "3112")]
NZ_WORDS = ["Rata", "Kowhai", "Totara", "Rimu", "Matai", "Tui", "Kauri", "Manuka", "Harakeke", "Pohutukawa"]
IN_CITIES = [("Bengaluru", "560", ["Indiranagar", "Koramangala", "Jayanagar", "HSR Layout", "Malleshwaram"]),
             ("Mumbai", "400", ["Andheri West", "Bandra East", "Powai", "Dadar", "Borivali"]),
             ("Pune", "411", ["Kothrud", "Aundh", "Baner", "Viman Nagar"]),
             ("Chennai", "600", ["Adyar", "T. Nagar", "Velachery", "Anna Nagar"]),
             ("Hyderabad", "500", ["Gachibowli", "Banjara Hills", "Kukatpally", "Madhapur"]),
             ("New Delhi", "110", ["Lajpat Nagar", "Dwarka", "Saket", "Karol Bagh"]),
             ("Kolkata", "700", ["Salt Lake", "Ballygunge", "Behala"]),
             ("Ahmedabad", "380", ["Navrangpura", "Satellite", "Bopal"]),
             ("Jaipur", "302", ["Malviya Nagar", "Vaishali Nagar", "C-Scheme"]),
             ("Kochi", "682", ["Kakkanad", "Edappally", "Kadavanthra"])]
IN_BUILD = ["Sai Krupa Apartments", "Shanti Residency", "Green Park Towers", "Lakshmi Nivas", "Sunrise Enclave",
            "Prestige Lakeside", "Gokul Heights", "Shree Ganesh CHS", "Palm Grove", "Rohini Apartments"]
IN_STREETS = ["14th Cross", "2nd Main Road", "MG Road", "Link Road", "Station Road", "100 Feet Road", "6th Cross",
              "Church Street", "1st Floor, 3rd Main", "Temple Road", "17th B Main"]
FR_CITIES = [("Lyon", "690"), ("Toulouse", "310"), ("Nantes", "440"), ("Bordeaux", "330"), ("Lille", "590"),
             ("Rennes", "350"), ("Montpellier", "340"), ("Strasbourg", "670"), ("Grenoble", "380"),
             ("Dijon", "210"), ("Angers", "490"), ("Tours", "370"), ("Reims", "510"), ("Le Mans", "720"),
             ("Nancy", "540"), ("Paris", "750"), ("Rouen", "760"), ("Clermont-Ferrand", "630"), ("Brest", "292"),
             ("Nîmes", "300"), ("Poitiers", "860"), ("Annecy", "740"), ("Versailles", "780"),
             ("Aix-en-Provence", "131")]
FR_RES = ["Résidence Les Tilleuls", "Résidence du Parc", "Le Clos des Vignes", "Résidence Bellevue",
          "Les Jardins de l'Étang"]
IT_CITIES = [("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Firenze", "FI", "501"),
             ("Roma", "RM", "001"), ("Napoli", "NA", "801"), ("Genova", "GE", "161"), ("Verona", "VR", "371"),
             ("Padova", "PD", "351"), ("Bari", "BA", "701"), ("Palermo", "PA", "901"), ("Trieste", "TS", "341"),
             ("Bergamo", "BG", "241"), ("Parma", "PR", "431"), ("Modena", "MO", "411"), ("Lecce", "LE", "731"),
             ("Perugia", "PG", "061"), ("Cagliari", "CA", "091")]
BR_CITIES = [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
             ("Porto Alegre", "RS"), ("Recife", "PE"), ("Salvador", "BA"), ("Fortaleza", "CE"), ("Campinas", "SP"),
             ("Florianópolis", "SC"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Belém", "PA"), ("Niterói", "RJ")]
TR_PLACES = [("Kadıköy", "İstanbul", "347", ["Caferağa", "Moda", "Fenerbahçe", "Göztepe"]),
             ("Beşiktaş", "İstanbul", "343", ["Levent", "Etiler", "Abbasağa"]),
             ("Üsküdar", "İstanbul", "346", ["Altunizade", "Kuzguncuk", "Acıbadem"]),
             ("Çankaya", "Ankara", "066", ["Kızılay", "Bahçelievler", "Ayrancı"]),
             ("Keçiören", "Ankara", "062", ["Etlik", "Aktepe"]),
             ("Konak", "İzmir", "352", ["Alsancak", "Göztepe", "Güzelyalı"]),
             ("Karşıyaka", "İzmir", "355", ["Bostanlı", "Mavişehir"]),
             ("Nilüfer", "Bursa", "161", ["Ataevler", "Beşevler", "Görükle"]),
             ("Muratpaşa", "Antalya", "071", ["Lara", "Meltem", "Şirinyalı"]),
             ("Tepebaşı", "Eskişehir", "261", ["Batıkent", "Hoşnudiye"])]
TR_WORDS = ["Gül", "Lale", "Papatya", "Çınar", "Akasya", "Menekşe", "Zeytin", "Nergis", "Yasemin", "Ihlamur"]
JP_AREAS = [("Kichijoji Honcho", "Musashino-shi", "Tokyo", "180"), ("Nakameguro", "Meguro-ku", "Tokyo", "153"),
            ("Umeda", "Kita-ku", "Osaka", "530"), ("Sakae", "Naka-ku", "Nagoya", "460"),
            ("Karasuma", "Shimogyo-ku", "Kyoto", "600")]
VN_WARDS = ["Phường Bến Nghé, Quận 1", "Phường 7, Quận 3", "Phường Tân Định, Quận 1", "Phường Dịch Vọng, Quận Cầu Giấy",
            "Phường Láng Hạ, Quận Đống Đa"]

COUNTRY_NAME = {"us": "USA", "uk": "United Kingdom", "in": "India", "au": "Australia", "ca": "Canada",
                "ie": "Ireland", "nz": "New Zealand", "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy",
                "nl": "Netherlands", "pl": "Poland", "br": "Brazil", "tr": "Türkiye", "se": "Sweden", "jp": "Japan",
                "id": "Indonesia", "vn": "Vietnam"}


def uk_postcode(area):
    inward = R.choice("0123456789") + letters(2, "ABDEFGHJLNPQRSTUWXYZ")
    if area in ("SE", "N", "E", "SW"):
        dist = str(R.randrange(1, 20))
    elif len(area) == 1:
        dist = str(R.randrange(1, 40))
    else:
        dist = str(R.randrange(1, 30))
    return "%s%s %s" % (area, dist, inward)


def ca_postal(first):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return "%s%s%s %s%s%s" % (first, R.choice("123456789"), R.choice(L), R.choice("0123456789"), R.choice(L),
                              R.choice("0123456789"))


class Address:
    """one address, kept as parts so it can be written several ways"""

    def __init__(self, c):
        self.c = c
        r = R.random
        f = fk(c) if c in FAKER_LOCALES else None
        self.unit = ""
        if c == "us":
            w = f.last_name() if r() < .35 else R.choice(US_WORDS)
            pre = R.choice(["", "", "", "", "N ", "W ", "E ", "S "])
            self.street = "%s %s%s %s" % (nzdigits(R.choice([2, 3, 3, 4, 4])), pre, w, R.choice(US_SUF))
            if r() < .35:
                self.unit = R.choice(["Apt %s%s" % (R.randrange(1, 30), R.choice(["", "A", "B", "C", "F"])),
                                      "Apt. %d" % R.randrange(1, 400), "Unit %d" % R.randrange(1, 60),
                                      "Suite %d" % R.randrange(100, 900), "#%d" % R.randrange(1, 500)])
            self.city, self.state, z = R.choice(US_CITIES)
            self.postcode = z + digits(2)
        elif c == "uk":
            w = f.last_name() if r() < .3 else R.choice(UK_WORDS)
            self.street = "%d %s %s" % (R.randrange(1, 180), w, R.choice(UK_SUF))
            if r() < .35:
                self.unit = R.choice(["Flat %d" % R.randrange(1, 40), "Flat %d%s" % (R.randrange(1, 9), R.choice("ABC")),
                                      "Flat %d, %s" % (R.randrange(1, 60), R.choice(UK_BUILD)),
                                      "Apartment %d" % R.randrange(1, 90)])
            self.city, area = R.choice(UK_TOWNS)
            self.postcode = uk_postcode(area)
        elif c == "au":
            self.street = "%d %s %s" % (R.randrange(1, 250), f.last_name() if r() < .5 else R.choice(
                ["Smith", "Church", "Station", "Railway", "Victoria", "George", "Albert", "Beach", "Gordon", "Union"]),
                R.choice(AU_SUF))
            if r() < .4:
                self.unit = "Unit %d" % R.randrange(1, 40)
            self.city, self.state, self.postcode = R.choice(AU_SUBURBS)
        elif c == "ca":
            self.street = "%d %s %s%s" % (R.randrange(1, 3000), f.last_name() if r() < .5 else R.choice(
                ["Bloor", "King", "Queen", "Dundas", "Maple", "Cedar", "Bay", "Elgin", "Bank", "Jasper"]),
                R.choice(CA_SUF), R.choice(["", "", "", " W", " E", " N"]))
            if r() < .35:
                self.unit = R.choice(["Unit %d" % R.randrange(100, 2500), "Apt %d" % R.randrange(1, 40),
                                      "Suite %d" % R.randrange(100, 900)])
            self.city, self.state, first = R.choice(CA_CITIES)
            self.postcode = ca_postal(first)
        elif c == "ie":
            self.street = "%d %s %s" % (R.randrange(1, 120), R.choice(IE_WORDS), R.choice(IE_SUF))
            if r() < .25:
                self.unit = "Apartment %d" % R.randrange(1, 80)
            self.city, self.state, key = R.choice(IE_TOWNS)
            self.postcode = key + " " + "".join(R.choice(EIR) for _ in range(4))
        elif c == "nz":
            self.street = "%d %s %s" % (R.randrange(1, 200), R.choice(NZ_WORDS), R.choice(
                ["Street", "Road", "Avenue", "Crescent", "Terrace", "Place"]))
            if r() < .25:
                self.unit = "Flat %d" % R.randrange(1, 12)
            self.district, self.city, self.postcode = R.choice(NZ_SUBURBS)
        elif c == "in":
            self.unit = R.choice(["Flat %d" % R.choice([101, 102, 203, 302, 404, 503, 1102]),
                                  "H.No. %d-%d/%d" % (R.randrange(1, 12), R.randrange(1, 99), R.randrange(1, 9)),
                                  "#%d" % R.randrange(1, 400), "Plot %d" % R.randrange(1, 200)])
            self.building = R.choice(IN_BUILD) if r() < .6 else ""
            self.street = R.choice(IN_STREETS) if r() < .7 else f.street_name()
            self.city, pin, locs = R.choice(IN_CITIES)
            self.district = R.choice(locs)
            self.postcode = pin + digits(3)
        elif c == "de":
            self.street = "%s %d%s" % (f.street_name(), R.randrange(1, 160), R.choice(["", "", "", "", "a", "b"]))
            if r() < .15:
                self.unit = R.choice(["3. OG links", "Hinterhaus", "2. OG rechts", "Whg. %d" % R.randrange(1, 30)])
            self.postcode, self.city = f.postcode(), f.city()
        elif c == "fr":
            self.street = "%d%s %s" % (R.randrange(1, 150), R.choice(["", "", "", "", "", " bis", " ter"]),
                                       f.street_name())
            if r() < .3:
                self.unit = R.choice(["%s, bât. %s" % (R.choice(FR_RES), R.choice("ABCD")),
                                      "Apt %d" % R.randrange(1, 60), "Bât. %s, apt %d" % (R.choice("ABC"),
                                                                                        R.randrange(1, 40))])
            self.city, pre = R.choice(FR_CITIES)
            self.postcode = pre + ("%02d" % R.randrange(1, 21) if pre == "750" else R.choice(["00", "01", "02", "03",
                                                                                                "04", "05", "07"]))
        elif c == "es":
            name = f.street_name() if r() < .6 else "Calle " + R.choice(["Mayor", "del Sol", "Real", "San Isidro",
                                                                         "de la Paz", "Alcalá", "de las Flores"])
            self.street = "%s, %d" % (name, R.randrange(1, 120))
            if r() < .6:
                self.unit = R.choice(["%dº %s" % (R.randrange(1, 9), R.choice("ABCD")), "%dº izda." % R.randrange(1, 8),
                                      "%dº dcha." % R.randrange(1, 8), "bajo", "%d.º %d.ª" % (R.randrange(1, 7),
                                                                                            R.randrange(1, 4))])
            self.postcode, self.city = f.postcode(), f.city()
        elif c == "it":
            self.street = "%s %d" % (f.street_name(), R.randrange(1, 200))
            if r() < .25:
                self.unit = R.choice(["int. %d" % R.randrange(1, 30), "scala %s" % R.choice("ABC"),
                                      "scala %s, int. %d" % (R.choice("AB"), R.randrange(1, 20))])
            self.city, self.state, pre = R.choice(IT_CITIES)
            self.postcode = pre + "%02d" % R.randrange(0, 60)
        elif c == "nl":
            self.street = "%s %d%s" % (f.street_name(), R.randrange(1, 300), R.choice(
                ["", "", "", "", "-2", " A", "-3hg", "-1", " B", " bis"]))
            pc = f.postcode()
            if " " not in pc:
                pc = pc[:4] + " " + pc[4:]
            self.postcode, self.city = pc, f.city()
        elif c == "pl":
            num = "%d" % R.randrange(1, 120)
            if r() < .5:
                num += "/%d" % R.randrange(1, 80)
            self.street = "%s %s %s" % (R.choice(["ul.", "ul.", "ul.", "al.", "os."]), f.street_name(), num)
            if "/" not in num and r() < .3:
                self.street += " m. %d" % R.randrange(1, 60)
            self.postcode, self.city = f.postcode(), f.city()
        elif c == "br":
            pf = fk("br")
            name = R.choice([pf.first_name() + " " + pf.last_name(), pf.last_name(), "das Flores", "dos Andradas",
                             "Sete de Setembro", "XV de Novembro"])
            self.street = "%s %s, %d" % (R.choice(["Rua", "Rua", "Avenida", "Av.", "Travessa", "Alameda"]), name,
                                         R.randrange(10, 3000))
            if r() < .5:
                self.unit = R.choice(["apto %d" % R.randrange(11, 1800), "casa %d" % R.randrange(1, 9),
                                      "bloco %s, apto %d" % (R.choice("ABC"), R.randrange(101, 904)),
                                      "sala %d" % R.randrange(101, 1500)])
            self.district = pf.bairro()
            self.city, self.state = R.choice(BR_CITIES)
            self.postcode = "%s-%s" % (nzdigits(5), digits(3))
        elif c == "tr":
            self.district, self.city, pre, mahs = R.choice(TR_PLACES)
            self.mah = R.choice(mahs) + " Mah."
            w = fk("tr").last_name() if r() < .5 else R.choice(TR_WORDS)
            self.street = "%s %s No: %d" % (w, R.choice(["Sokak", "Sok.", "Caddesi", "Cad."]), R.randrange(1, 240))
            if r() < .6:
                self.unit = "D: %d" % R.randrange(1, 30)
            self.postcode = pre + digits(2)
        elif c == "se":
            self.street = "%s %d" % (f.street_name(), R.randrange(1, 90))
            if r() < .3:
                self.unit = "lgh %d" % R.choice([1001, 1002, 1101, 1102, 1201, 1302, 1403])
            self.postcode, self.city = "%s %s" % (nzdigits(3), digits(2)), f.city()
        elif c == "id":
            self.street = "%s No. %d" % (f.street_name(), R.randrange(1, 150))
            self.unit = "RT %02d/RW %02d" % (R.randrange(1, 15), R.randrange(1, 12))
            self.city = f.city()
            self.postcode = nzdigits(5)
        elif c == "vn":
            self.street = "Số %d %s" % (R.randrange(1, 300), f.street_name())
            self.district = R.choice(VN_WARDS)
            self.city = R.choice(["TP. Hồ Chí Minh", "Hà Nội"]) if "Quận 1" in self.district or "Quận 3" in \
                self.district else "Hà Nội"
            self.postcode = ""
        elif c == "jp":
            self.area, self.district, self.city, pre = R.choice(JP_AREAS)
            self.street = "%d-%d-%d %s" % (R.randrange(1, 6), R.randrange(1, 30), R.randrange(1, 20), self.area)
            self.postcode = pre + "-" + digits(4)
        else:
            raise KeyError(c)

    # renderings --------------------------------------------------------------------------------------------
    def street_only(self):
        c = self.c
        if c == "tr":
            return self.mah + " " + self.street
        if c == "in":
            return ", ".join(x for x in [self.unit, self.building, self.street] if x)
        return self.street

    def lines(self):
        c = self.c
        u = self.unit
        if c == "us":
            first = self.street + (" " + u if u else "")
            return [first, "%s, %s %s" % (self.city, self.state, self.postcode)]
        if c == "uk":
            return ([u] if u else []) + [self.street, self.city, self.postcode] if R.random() < .5 else \
                ([u] if u else []) + [self.street, "%s %s" % (self.city, self.postcode)]
        if c == "au":
            st = ("%s/%s" % (u.replace("Unit ", ""), self.street)) if u and R.random() < .6 else \
                ((u + ", " if u else "") + self.street)
            return [st, "%s %s %s" % (self.city.upper() if R.random() < .5 else self.city, self.state, self.postcode)]
        if c == "ca":
            st = ("%s-%s" % (u.split(" ")[1], self.street)) if u and R.random() < .5 else \
                (self.street + (", " + u if u else ""))
            return [st, "%s %s  %s" % (self.city, self.state, self.postcode) if R.random() < .3 else
                    "%s, %s %s" % (self.city, self.state, self.postcode)]
        if c == "ie":
            out = ([u] if u else []) + [self.street, self.city]
            if self.state:
                out.append(self.state)
            out.append(self.postcode)
            return out
        if c == "nz":
            return ([u] if u else []) + [self.street, self.district, "%s %s" % (self.city, self.postcode)]
        if c == "in":
            first = ", ".join(x for x in [u, self.building] if x)
            return [first, self.street, self.district, "%s - %s" % (self.city, self.postcode) if R.random() < .5 else
                    "%s %s" % (self.city, self.postcode)]
        if c == "de":
            return [self.street] + ([u] if u else []) + ["%s %s" % (self.postcode, self.city)]
        if c == "fr":
            return ([u] if u else []) + [self.street, "%s %s" % (self.postcode, self.city.upper() if R.random() < .4
                                                                 else self.city)]
        if c == "es":
            return [self.street + (", " + u if u else ""), "%s %s" % (self.postcode, self.city)]
        if c == "it":
            return [self.street + (", " + u if u else ""), "%s %s (%s)" % (self.postcode, self.city, self.state)]
        if c == "nl":
            return [self.street, "%s %s" % (self.postcode, self.city)]
        if c == "pl":
            return [self.street, "%s %s" % (self.postcode, self.city)]
        if c == "br":
            return [self.street + (", " + u if u else ""), self.district, "%s - %s" % (self.city, self.state),
                    "CEP %s" % self.postcode]
        if c == "tr":
            return [self.mah, self.street + (" " + u if u else ""), "%s %s/%s" % (self.postcode, self.district,
                                                                                 self.city)]
        if c == "se":
            return [self.street + (" " + u if u else ""), "%s %s" % (self.postcode, self.city)]
        if c == "id":
            return [self.street + ", " + u, "%s %s" % (self.city, self.postcode)]
        if c == "vn":
            return [self.street, self.district, self.city]
        if c == "jp":
            return [self.street, "%s, %s %s" % (self.district, self.city, self.postcode)]
        raise KeyError(c)

    def one_line(self):
        c = self.c
        u = self.unit
        if c == "us":
            return "%s%s, %s, %s %s" % (self.street, (", " + u if R.random() < .5 else " " + u) if u else "",
                                        self.city, self.state, self.postcode)
        if c == "uk":
            return "%s%s, %s %s" % ((u + ", ") if u else "", self.street, self.city, self.postcode)
        if c == "de":
            return "%s%s, %s %s" % (self.street, (", " + u) if u else "", self.postcode, self.city)
        if c == "nl":
            return "%s, %s %s" % (self.street, self.postcode, self.city)
        if c == "pl":
            return "%s, %s %s" % (self.street, self.postcode, self.city)
        if c == "br":
            return "%s%s - %s, %s - %s, %s" % (self.street, (", " + u) if u else "", self.district, self.city,
                                               self.state, self.postcode)
        if c == "tr":
            return "%s %s%s, %s %s/%s" % (self.mah, self.street, (" " + u) if u else "", self.postcode, self.district,
                                          self.city)
        if c == "it":
            return "%s%s, %s %s (%s)" % (self.street, (", " + u) if u else "", self.postcode, self.city, self.state) \
                if R.random() < .6 else "%s – %s %s %s" % (self.street, self.postcode, self.city, self.state)
        ls = self.lines()
        return ", ".join(ls).replace("  ", " ")


# ---------------------------------------------------------------------------------------------------------------
# dates

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, MDAYS[m - 1] + 1)
    return y, m, d


def fmt_num_date(y, m, d, loc, lang):
    if loc == "us" or (loc == "ca" and R.random() < .4):
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y)])
    if loc == "ca":
        return "%d-%02d-%02d" % (y, m, d)
    if lang in ("de", "pl", "tr") or loc in ("de", "pl", "tr"):
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)])
    if lang == "nl" or loc == "nl":
        return R.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)])
    if loc in ("jp", "cn", "kr", "se"):
        return "%d-%02d-%02d" % (y, m, d)
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)])


def fmt_long_date(y, m, d, loc, lang):
    L = lang if lang in MONTHS else "en"
    mn = MONTHS[L][m - 1]
    if L == "en":
        if loc in ("us", "ca"):
            return R.choice(["%s %d, %d" % (mn, d, y), "%s %d %d" % (mn[:3], d, y)])
        return R.choice(["%d %s %d" % (d, mn, y), "%d %s %d" % (d, mn[:3], y), "%d%s %s %d" % (
            d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th"), mn, y)])
    if L == "de":
        return "%d. %s %d" % (d, mn, y)
    if L in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if L == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)
    return "%d %s %d" % (d, mn, y)


def fmt_iso(y, m, d):
    return "%d-%02d-%02d" % (y, m, d)


# ---------------------------------------------------------------------------------------------------------------
# cards, IBANs, SSNs, IPs

TEST_CARDS = {"4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "4000056655665556",
              "5200828282828210", "4000000000000002", "4000000000000077"}


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
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


def make_card():
    while True:
        kind = R.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            n = luhn_complete(R.choice(["4539", "4916", "4024", "4485", "4716", "4929", "4556", "4532"]), 16)
        elif kind == "mc":
            n = luhn_complete(R.choice(["51", "52", "53", "54", "55"]) + digits(2), 16)
        elif kind == "mc2":
            n = luhn_complete(str(R.randrange(2221, 2721)), 16)
        elif kind == "amex":
            n = luhn_complete(R.choice(["34", "37"]), 15)
        else:
            n = luhn_complete(R.choice(["6011", "65" + digits(2)]), 16)
        if n not in TEST_CARDS and len(set(n)) > 3:
            break
    if len(n) == 15:
        return R.choice(["%s %s %s" % (n[:4], n[4:10], n[10:]), n, "%s-%s-%s" % (n[:4], n[4:10], n[10:])])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return R.choice([" ".join(g), " ".join(g), "-".join(g), n])


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _fr_rib(bank, guichet, compte):
    k = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return "%02d" % k


def _es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return str({11: 0, 10: 1}.get(d, d))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def make_iban(c):
    if c in ("uk", "gb"):
        cc, bban = "GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ", "CLRB"]) + \
            digits(6) + digits(8)
    elif c == "ie":
        cc, bban = "IE", R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6) + digits(8)
    elif c == "de":
        cc, bban = "DE", R.choice("1234567") + digits(7) + digits(10)
    elif c == "fr":
        b, g, k = nzdigits(5), digits(5), digits(11)
        cc, bban = "FR", b + g + k + _fr_rib(b, g, k)
    elif c == "es":
        e, o, k = R.choice(["2100", "0049", "0182", "0081", "2080", "0128", "1465"]), digits(4), digits(10)
        cc, bban = "ES", e + o + _es_dc("00" + e + o) + _es_dc(k) + k
    elif c == "it":
        rest = R.choice(["03069", "02008", "05034", "03062", "01030"]) + digits(5) + digits(12)
        cc, bban = "IT", _it_cin(rest) + rest
    elif c == "nl":
        while True:
            a = nzdigits(10)
            if sum(int(x) * (10 - i) for i, x in enumerate(a)) % 11 == 0:
                break
        cc, bban = "NL", R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + a
    elif c == "pl":
        b7 = R.choice(["1020", "1140", "1050", "1090", "1240", "1160", "2490"]) + digits(3)
        w = [3, 9, 7, 1, 3, 9, 7]
        chk = (10 - sum(int(x) * y for x, y in zip(b7, w)) % 10) % 10
        cc, bban = "PL", b7 + str(chk) + digits(16)
    elif c in ("pt", "br"):
        base = R.choice(["0033", "0035", "0007", "0010", "0036"]) + digits(4) + digits(11)
        nib = "%02d" % (98 - (int(base) * 100) % 97)
        cc, bban = "PT", base + nib
    elif c == "tr":
        cc, bban = "TR", R.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067"]) + "0" + digits(16)
    elif c == "se":
        cc, bban = "SE", R.choice(["500", "800", "600", "300", "920"]) + digits(17)
    elif c == "be":
        a = nzdigits(10)
        m = int(a) % 97 or 97
        cc, bban = "BE", a + "%02d" % m
    else:
        raise KeyError(c)
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    if R.random() < .55:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g, s = R.randrange(1, 100), R.randrange(1, 10000)
        v = "%03d%02d%04d" % (a, g, s)
        if v not in ("078051120", "219099999", "457555462", "123456789"):
            break
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (v[:3], v[3:5], v[5:])


IP_FIRST = [2, 5, 24, 31, 37, 46, 50, 62, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
            83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 104, 107, 108, 109, 142, 151, 162,
            174, 176, 178, 184, 185, 188, 193, 194, 195, 206, 207, 208, 209, 212, 213, 216, 217]


def make_ip():
    return "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randrange(0, 256), R.randrange(0, 256), R.randrange(1, 255))


def make_ip6():
    p = R.choice(["2a02", "2a01", "2a00", "2600", "2607", "2a0a", "2001:1c00", "2003", "2804"])
    hx = lambda: "%x" % R.randrange(0, 65536)
    n = 8 - p.count(":") - 1
    parts = [hx() for _ in range(n)]
    if R.random() < .5:
        k = R.randrange(2, n - 1)
        return p + ":" + ":".join(parts[:k]) + "::" + ":".join(parts[k + 2:] or [hx()])
    return p + ":" + ":".join(parts)


def ip_is_global(ip):
    a, b, c_, d = [int(x) for x in ip.split(".")]
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 100 and 64 <= b < 128:
        return False
    if a == 169 and b == 254 or a == 172 and 16 <= b < 32 or a == 192 and b == 168:
        return False
    if (a, b, c_) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0)) or a == 198 and b in (18, 19):
        return False
    return True


# ---------------------------------------------------------------------------------------------------------------
# secrets

PW_WORDS = {"en": ["Marigold", "Harbour", "Copper", "Lantern", "Falcon", "Juniper", "Walnut", "Meadow", "Thunder",
                   "Pebble", "Saffron", "Kettle", "Orchid", "Tango", "Velvet", "Biscuit", "Rocket", "Cobalt"],
            "de": ["Sommer", "Sonnenblume", "Kaffeetasse", "Bergsee", "Fahrrad", "Eichhorn", "Winterjacke"],
            "fr": ["Soleil", "Papillon", "Framboise", "Montagne", "Croissant", "Lavande"],
            "es": ["Verano", "Naranja", "Girasol", "Mariposa", "Paella", "Luna"],
            "it": ["Girasole", "Estate", "Limone", "Farfalla", "Gelato", "Tramonto"],
            "nl": ["Zomer", "Tulpen", "Fiets", "Molen", "Hagelslag", "Zonnebloem"],
            "pt": ["Saudade", "Girassol", "Jabuticaba", "Verao", "Mangueira"],
            "pl": ["Lato", "Słonecznik", "Pierogi", "Wiosna", "Jesien"],
            "tr": ["Lale", "Deniz", "Gunes", "Kiraz", "Yildiz", "Bahar"]}


def make_password(kind=None, lang="en"):
    kind = kind or R.choice(["word", "word", "rand", "rand", "phrase", "leet"])
    if kind == "word":
        w = R.choice(PW_WORDS.get(lang, PW_WORDS["en"]))
        return w + R.choice(["", "_", "#", "."]) + str(R.randrange(10, 2030)) + R.choice(["!", "?", "$", "", "*"])
    if kind == "rand":
        al = string.ascii_letters + string.digits + "!#$%^&*-_+="
        while True:
            p = rstr(R.randrange(12, 22), al)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(not c.isalnum() for c in p):
                return p
    if kind == "alnum":
        return rstr(R.randrange(16, 28), B62)
    if kind == "phrase":
        ws = [w.lower() for w in R.sample(PW_WORDS["en"], 3)]
        return R.choice(["-", ".", "_"]).join(ws) + "-" + str(R.randrange(10, 99))
    if kind == "leet":
        w = R.choice(["Pa55w0rd", "Adm1n", "W1nt3r", "Spr1ng", "S3cur3", "L3tM31n"])
        return w + R.choice(["!", "#", "@"]) + str(R.randrange(1, 999))
    raise KeyError(kind)


def make_secret(name, arg=None):
    if name == "AKID":
        return R.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rstr(16, string.ascii_uppercase + "234567"), \
            "AWS_ACCESS_KEY"
    if name == "ASK":
        return rstr(40, B64), "AWS_SECRET_KEY"
    if name == "GHP":
        if arg == "pat":
            return "github_pat_11" + rstr(20, string.ascii_uppercase + string.digits) + "_" + rstr(59), \
                "GITHUB_TOKEN"
        return R.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"] if arg is None else [arg + "_"]) + rstr(36), \
            "GITHUB_TOKEN"
    if name == "SLACK":
        if arg == "user":
            return "xoxp-%s-%s-%s-%s" % (nzdigits(12), nzdigits(12), nzdigits(13), rstr(32, HEX)), "SLACK_TOKEN"
        return "xoxb-%s-%s-%s" % (nzdigits(R.choice([11, 12, 13])), nzdigits(13), rstr(24)), "SLACK_TOKEN"
    if name == "SLACKHOOK":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            rstr(R.choice([8, 10]), string.ascii_uppercase + string.digits),
            rstr(R.choice([8, 10]), string.ascii_uppercase + string.digits), rstr(24)), "SLACK_TOKEN"
    if name == "STRIPE":
        pre = "rk_live_" if arg == "rk" else "sk_live_"
        if R.random() < .5:
            return pre + "51" + rstr(R.choice([97, 97, 95])), "STRIPE_KEY"
        return pre + rstr(24), "STRIPE_KEY"
    if name == "OPENAI":
        if R.random() < .7:
            return "sk-proj-" + rstr(74, B64URL) + "T3BlbkFJ" + rstr(74, B64URL), "OPENAI_API_KEY"
        return "sk-" + rstr(20) + "T3BlbkFJ" + rstr(20), "OPENAI_API_KEY"
    if name == "ANTH":
        return "sk-ant-api03-" + rstr(93, B64URL) + "AA", "ANTHROPIC_API_KEY"
    if name == "JWT":
        return make_jwt(), "JWT"
    if name == "KEY":
        k = arg or R.choice(["google", "sendgrid", "gitlab", "mailgun", "hex", "npm", "hf", "shopify", "b62"])
        v = {"google": lambda: "AIza" + rstr(35, B64URL),
             "sendgrid": lambda: "SG." + rstr(22, B64URL) + "." + rstr(43, B64URL),
             "gitlab": lambda: "glpat-" + rstr(20, B64URL),
             "mailgun": lambda: "key-" + rstr(32, HEX),
             "hex": lambda: rstr(32, HEX),
             "npm": lambda: "npm_" + rstr(36),
             "hf": lambda: "hf_" + rstr(34, string.ascii_letters),
             "shopify": lambda: "shpat_" + rstr(32, HEX),
             "b62": lambda: rstr(40)}[k]()
        return v, "GENERIC_API_KEY"
    if name == "PEM":
        return make_pem(arg), "PRIVATE_KEY"
    raise KeyError(name)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt():
    alg = R.choice(["HS256", "HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rstr(16, HEX)
    now = 1735000000 + R.randrange(0, 40000000)
    pl = {"sub": R.choice([str(R.randrange(10000, 9999999)), "usr_" + rstr(14)]), "iat": now,
          "exp": now + R.choice([900, 3600, 86400, 604800])}
    if R.random() < .5:
        pl["role"] = R.choice(["admin", "service", "editor", "support"])
    if R.random() < .4:
        pl["iss"] = R.choice(["https://auth.internal", "billing-api", "accounts"])
    sig = bytes(R.randrange(256) for _ in range(32 if alg == "HS256" else 64))
    return "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(sig))


def make_pem(kind=None):
    kind = kind or R.choice(["rsa", "openssh", "ec", "pkcs8"])
    head = {"rsa": "RSA PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY", "ec": "EC PRIVATE KEY",
            "pkcs8": "PRIVATE KEY"}[kind]
    start = {"rsa": "MIIEpAIBAAKCAQEA", "openssh": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAA",
             "ec": "MHcCAQEEI", "pkcs8": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"}[kind]
    width = 70 if kind == "openssh" else 64
    nlines = {"ec": 3, "openssh": R.randrange(4, 7), "rsa": R.randrange(4, 8), "pkcs8": R.randrange(4, 7)}[kind]
    body = start + rstr(width * nlines - len(start), B64)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    last = rstr(R.randrange(8, 40), B64) + R.choice(["==", "=", ""])
    lines.append(last)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


DB_USERS = ["app", "billing_app", "svc_reports", "webapp", "etl_user", "admin", "api", "orders_rw", "root",
            "analytics_ro", "django", "rails"]
DB_HOSTS = ["db.internal", "pg-prod-01.internal", "10.0.3.21", "mysql.svc.cluster.local", "db-replica-2.corp.lan",
            "cluster0.x7k2m.mongodb.net", "redis-cache.internal", "rabbit.internal", "localhost", "172.20.1.14"]

# ---------------------------------------------------------------------------------------------------------------
# companies and job titles (invented names, written for this set)

COMPANIES = {
    "en": ["Northgate Logistics", "Brightwater Dental", "Harbourline Insurance", "Kestrel Analytics",
           "Bluefen Software", "Cobalt Ridge Consulting", "Fernhill Veterinary", "Oakbridge Lettings",
           "Tidewell Energy", "Larkspur Design Studio", "Quillon Health", "Redcastle Engineering",
           "Silverbirch Accountants", "Westmere Academy Trust", "Pinecrest Home Care", "Ironleaf Games",
           "Saltmarsh Media", "Copperfield Couriers", "Greyhaven Legal", "Amberline Travel", "Moorfield Clinic",
           "Foxhollow Farms", "Lumen & Slate Architects", "Rivermill Bakery", "Stonecrop Property"],
    "de": ["Nordlicht Versicherung AG", "Grünwerk Energie GmbH", "Hafenblick Immobilien", "Kranich Logistik GmbH",
           "Lindenhof Pflegedienst", "Mühlental Software GmbH", "Sonnenfeld Zahnarztpraxis",
           "Weserblick Steuerberatung", "Elbtal Medien GmbH", "Tannengrund Hausverwaltung"],
    "fr": ["Atelier Bleu Marine", "Cabinet des Tilleuls", "Horizon Assurances", "Les Jardins du Lac",
           "Optique Lumière", "Transports Rapides du Rhône", "Agence Immobilière du Parc", "Clinique des Cèdres"],
    "es": ["Inmobiliaria Brisa Mar", "Clínica Dental Sonrisa", "Transportes Río Verde", "Asesoría Faro Norte",
           "Grupo Alameda Seguros", "Academia Lumbre", "Talleres Cierzo"],
    "it": ["Studio Dentistico Aurora", "Immobiliare Il Portico", "Trasporti Valle Verde", "Assicurazioni Faro",
           "Officina Ponte Vecchio", "Centro Medico Colle Alto", "Cantina Tre Querce"],
    "nl": ["Duinzicht Makelaars", "Polderlicht Installatietechniek", "Zorggroep De Linde", "Tulpenveld Logistiek",
           "Kanaalzicht Advocaten", "Bakkerij Het Korenschoof", "Waddenwind Energie"],
    "pl": ["Zielona Dolina Sp. z o.o.", "Biuro Rachunkowe Kompas", "Przychodnia Pod Lipami", "Transport Orzeł",
           "Nieruchomości Panorama", "Klinika Uśmiech", "Drukarnia Atrament"],
    "pt": ["Imobiliária Horizonte", "Clínica Sorriso Vivo", "Transportes Rio Claro", "Contabilidade Farol",
           "Construtora Ipê Amarelo", "Escola Arco-Íris", "Padaria Trigo Dourado"],
    "tr": ["Marmara Lojistik A.Ş.", "Ege Sigorta", "Yıldız Diş Kliniği", "Boğaziçi Emlak", "Kuzey Yazılım Ltd. Şti.",
           "Anadolu Kargo Hizmetleri", "Çamlıca Muhasebe"],
}
TLD = {"us": ".com", "uk": ".co.uk", "in": ".in", "au": ".com.au", "ca": ".ca", "ie": ".ie", "nz": ".co.nz",
       "de": ".de", "fr": ".fr", "es": ".es", "it": ".it", "nl": ".nl", "pl": ".pl", "br": ".com.br", "tr": ".com.tr"}
JOBS = {
    "it": ["Responsabile amministrativa", "Impiegato commerciale", "Ingegnere di processo", "Assistente di direzione",
           "Tecnico manutentore", "Consulente finanziario", "Responsabile acquisti"],
    "nl": ["Office manager", "Accountmanager", "Projectleider", "Medewerker klantenservice", "Financieel adviseur",
           "Teamleider logistiek", "HR-adviseur"],
}
LANG_FAKER = {"en": "us", "de": "de", "fr": "fr", "es": "es", "pl": "pl", "pt": "br", "tr": "tr"}


def company_domain(name, loc):
    w = fold(name.split(" ")[0] if len(name.split(" ")[0]) > 4 else "".join(name.split(" ")[:2])).lower()
    return w + R.choice([TLD.get(loc, ".com"), ".com", TLD.get(loc, ".com")])


def job_title(lang):
    if lang in JOBS:
        return R.choice(JOBS[lang])
    j = fk(LANG_FAKER.get(lang, "us")).job()
    if lang == "en" and "," in j:
        a, b = j.split(",", 1)
        j = b.strip().capitalize() + " " + a.strip().lower()
    return j


# ---------------------------------------------------------------------------------------------------------------
# gendered plain words used in frames: {@key1}
GW = {
    "mr": ("Mr", "Ms"), "mrs": ("Mr", "Mrs"), "he": ("he", "she"), "He": ("He", "She"), "him": ("him", "her"),
    "his": ("his", "her"), "His": ("His", "Her"), "son": ("son", "daughter"), "sir": ("Sir", "Madam"),
    "herr": ("Herr", "Frau"), "sgh": ("Sehr geehrter Herr", "Sehr geehrte Frau"), "lieber": ("Lieber", "Liebe"),
    "er": ("er", "sie"), "Er": ("Er", "Sie"), "ihn": ("ihn", "sie"), "sein": ("sein", "ihr"), "seine": ("seine", "ihre"),
    "der": ("der", "die"), "Der": ("Der", "Die"), "dem": ("dem", "der"), "kollege": ("Kollege", "Kollegin"),
    "m": ("M.", "Mme"), "madame": ("Monsieur", "Madame"), "cher": ("Cher", "Chère"), "il": ("il", "elle"),
    "Il": ("Il", "Elle"), "le": ("le", "la"), "e": ("", "e"), "fils": ("fils", "fille"),
    "sr": ("Sr.", "Sra."), "estimado": ("Estimado", "Estimada"), "el": ("el", "la"), "o": ("o", "a"),
    "hijo": ("hijo", "hija"), "don": ("don", "doña"),
    "sig": ("Sig.", "Sig.ra"), "egregio": ("Egregio", "Gentile"), "caro": ("Caro", "Cara"), "lo": ("lo", "la"),
    "figlio": ("figlio", "figlia"), "signor": ("signor", "signora"),
    "heer": ("heer", "mevrouw"), "dhr": ("dhr.", "mevr."), "hij": ("hij", "zij"), "Hij": ("Hij", "Zij"),
    "zijn": ("zijn", "haar"), "zoon": ("zoon", "dochter"),
    "srpt": ("Sr.", "Sra."), "prezado": ("Prezado", "Prezada"), "ele": ("ele", "ela"), "filho": ("filho", "filha"),
    "pan": ("Pan", "Pani"), "pana": ("Pana", "Panią"), "szanowny": ("Szanowny Panie", "Szanowna Pani"),
    "syn": ("syn", "córka"), "byl": ("był", "była"), "dzwonil": ("dzwonił", "dzwoniła"),
    "napisal": ("napisał", "napisała"), "prosil": ("prosił", "prosiła"), "zglosil": ("zgłosił", "zgłosiła"),
    "bey": ("Bey", "Hanım"), "oglu": ("oğlu", "kızı"),
}
GREETINGS = {
    ("en", "formal"): ["Dear {@mr2} {S2},", "Dear {N2},", "Dear {G2},", "Good morning {G2},", "Hello {G2},",
                       "Dear {@mrs2} {S2},"],
    ("en", "casual"): ["Hi {G2},", "Hey {G2},", "Hi {G2}!", "{G2},", "Morning {G2},", "hey {g2},", "Hiya {G2},",
                       "Hi {G2} -"],
    ("de", "formal"): ["{@sgh2} {S2},", "Guten Tag {@herr2} {S2},", "Hallo {@herr2} {S2},"],
    ("de", "casual"): ["Hallo {G2},", "Hi {G2},", "{@lieber2} {G2},", "Moin {G2},"],
    ("fr", "formal"): ["{@madame2},", "Bonjour {@madame2} {S2},", "{@cher2} {@madame2} {S2},"],
    ("fr", "casual"): ["Salut {G2},", "Bonjour {G2},", "Coucou {G2} !"],
    ("es", "formal"): ["{@estimado2} {@sr2} {S2}:", "Buenos días, {@sr2} {S2}:", "Hola {G2}:"],
    ("es", "casual"): ["Hola {G2}!", "¡Hola {G2}!", "Buenas {G2},"],
    ("it", "formal"): ["Gentile {@sig2} {S2},", "Buongiorno {@sig2} {S2},", "{@egregio2} {@sig2} {S2},"],
    ("it", "casual"): ["Ciao {G2},", "Ciao {G2}!", "{@caro2} {G2},"],
    ("nl", "formal"): ["Geachte {@heer2} {S2},", "Beste {@heer2} {S2},", "Goedemiddag {@heer2} {S2},"],
    ("nl", "casual"): ["Hoi {G2},", "Hi {G2},", "Beste {G2},", "Hallo {G2},"],
    ("pt", "formal"): ["{@prezado2} {@srpt2} {S2},", "Bom dia, {@srpt2} {S2},", "Olá {G2},"],
    ("pt", "casual"): ["Oi {G2}!", "Olá {G2},", "E aí {G2},"],
    ("pl", "formal"): ["{@szanowny2},", "Dzień dobry,", "Dzień dobry {@pan2} {G2},"],
    ("pl", "casual"): ["Cześć {G2},", "Hej {G2}!", "Siema {G2},"],
    ("tr", "formal"): ["Sayın {N2},", "Merhaba {G2} {@bey2},", "İyi günler {G2} {@bey2},"],
    ("tr", "casual"): ["Merhaba {G2},", "Selam {G2},", "Selamlar {G2}!"],
}
CLOSINGS = {
    ("en", "formal"): ["Kind regards,", "Best regards,", "Yours sincerely,", "Many thanks,", "Regards,", "With thanks,",
                       "Warm regards,"],
    ("en", "casual"): ["Cheers,", "Thanks!", "Best,", "Talk soon,", "Thanks,", "x", "Ta,", "speak soon"],
    ("de", "formal"): ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße"],
    ("de", "casual"): ["Viele Grüße", "LG", "Liebe Grüße", "Bis bald", "Gruß"],
    ("fr", "formal"): ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Avec mes remerciements,"],
    ("fr", "casual"): ["Bises,", "À bientôt,", "Merci !", "Bonne journée,"],
    ("es", "formal"): ["Un cordial saludo,", "Atentamente,", "Saludos cordiales,"],
    ("es", "casual"): ["Un abrazo,", "Saludos,", "¡Gracias!", "Besos,"],
    ("it", "formal"): ["Cordiali saluti,", "Distinti saluti,", "Un cordiale saluto,"],
    ("it", "casual"): ["A presto,", "Un abbraccio,", "Ciao,", "Grazie mille!"],
    ("nl", "formal"): ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Hoogachtend,"],
    ("nl", "casual"): ["Groetjes,", "Groet,", "Gr,", "Tot snel!"],
    ("pt", "formal"): ["Atenciosamente,", "Cordialmente,", "Com os melhores cumprimentos,"],
    ("pt", "casual"): ["Abraços,", "Beijos,", "Até mais,", "Valeu!"],
    ("pl", "formal"): ["Z poważaniem,", "Z wyrazami szacunku,", "Pozdrawiam serdecznie,"],
    ("pl", "casual"): ["Pozdrawiam,", "Pozdro,", "Do usłyszenia!", "Buziaki,"],
    ("tr", "formal"): ["Saygılarımla,", "İyi çalışmalar,", "Saygılarımızla,"],
    ("tr", "casual"): ["Görüşürüz,", "Sevgiler,", "Kolay gelsin,"],
}
LBL_M = {"en": ["M:", "Mobile:", "Mob:", "Cell:", "m.", "Tel:", "Direct:", "T:"], "de": ["Mobil:", "Tel.:", "Handy:", "Mob.:"],
         "fr": ["Tél. :", "Portable :", "Mob. :"], "es": ["Tel.:", "Móvil:", "Tlf:"], "it": ["Cell.:", "Tel.:", "Mob."],
         "nl": ["M:", "Mobiel:", "T:", "Tel:"], "pt": ["Cel.:", "Tel.:", "WhatsApp:"], "pl": ["tel.", "kom.", "Tel.:"],
         "tr": ["Tel:", "GSM:", "Cep:"]}
LBL_L = {"en": ["Tel:", "Direct:", "T:", "Office:"], "de": ["Tel.:", "Telefon:"], "fr": ["Tél. :", "Fixe :"],
         "es": ["Tel.:", "Teléfono:"], "it": ["Tel.:"], "nl": ["T:", "Tel:"], "pt": ["Tel.:"], "pl": ["tel.", "Tel.:"],
         "tr": ["Tel:"]}
LBL_E = {"en": ["E:", "Email:", "e."], "de": ["E-Mail:", "Mail:"], "fr": ["E-mail :", "Courriel :"],
         "es": ["Email:", "Correo:"], "it": ["E-mail:", "Email:"], "nl": ["E:", "E-mail:"], "pt": ["E-mail:"],
         "pl": ["e-mail:"], "tr": ["E-posta:"]}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone", "it": "Inviato da iPhone", "nl": "Verzonden vanaf mijn iPhone",
          "pt": "Enviado do meu iPhone", "pl": "Wysłane z iPhone'a", "tr": "iPhone'umdan gönderildi"}


# ---------------------------------------------------------------------------------------------------------------
# decoys

def _isbn13():
    b = "978" + R.choice("01") + digits(8)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def _uuid():
    h = rstr(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def _amount(ctx):
    v = R.choice([R.randrange(3, 99) + R.randrange(0, 100) / 100.0, R.randrange(100, 4000) + R.choice([0, .5, .99]),
                  R.randrange(10, 300) * 1.0])
    loc = ctx.loc
    if loc in ("us", "ca", "au", "nz"):
        return "$%s" % ("{:,.2f}".format(v))
    if loc == "uk":
        return "£%s" % ("{:,.2f}".format(v))
    if loc == "in":
        return "₹%s" % ("{:,.0f}".format(v * 20))
    if loc == "br":
        return "R$ %s" % ("{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", "."))
    if loc == "pl":
        return "%s zł" % ("{:.2f}".format(v).replace(".", ","))
    if loc == "tr":
        return "%s TL" % ("{:,.2f}".format(v * 30).replace(",", "X").replace(".", ",").replace("X", "."))
    if loc == "ie" or ctx.lang in ("de", "fr", "es", "it", "nl"):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return R.choice(["%s €" % s, "€%s" % s, "EUR %s" % s])
    return "%.2f" % v


def decoy_value(ctx, kind):
    lang, loc = ctx.lang, ctx.loc
    if kind == "order_id":
        return R.choice(["ORD-%s" % digits(7), "#%s" % nzdigits(R.choice([6, 8, 9])), "%s-%s-%s" % (
            nzdigits(3), digits(7), digits(7)), "A%s" % digits(8), "SO-%s-%s" % (ctx.year, digits(5))])
    if kind == "invoice_no":
        return R.choice(["INV-%s-%s" % (ctx.year, digits(4)), "F%s" % digits(6), "RE-%s" % digits(5),
                         "%s/%s/%s" % (digits(3), R.randrange(1, 13), ctx.year)])
    if kind == "tracking_no":
        return R.choice(["1Z%s%s" % (rstr(6, string.ascii_uppercase + string.digits), digits(10)),
                         "%s%s%s" % (letters(2), digits(9), R.choice(["GB", "DE", "FR", "NL", "CN"])),
                         "JJD%s" % digits(18), digits(12), "00%s" % digits(18)])
    if kind == "ticket_id":
        return R.choice(["#%s" % nzdigits(5), "INC%s" % digits(7), "SR-%s" % digits(6),
                         "%s-%d" % (R.choice(["OPS", "SUP", "HELP", "IT", "CS"]), R.randrange(100, 9999))])
    if kind == "case_no":
        return R.choice(["CASE-%s" % digits(6), "%s/%s" % (digits(5), ctx.year), "C-%s" % digits(7)])
    if kind == "policy_no":
        return R.choice(["POL%s" % digits(8), "%s-%s-%s" % (letters(2), digits(6), digits(2))])
    if kind == "customer_id":
        return R.choice(["CUST-%s" % digits(6), "C%s" % digits(8), "KD-%s" % digits(6), "%s" % nzdigits(8)])
    if kind == "mrn":
        return R.choice([nzdigits(7), "H%s" % digits(7), "MRN%s" % digits(6), "RX%s" % digits(6)])
    if kind == "employee_id":
        return R.choice(["E%s" % digits(5), "EMP-%s" % digits(4), "%s" % nzdigits(6)])
    if kind == "booking_ref":
        return rstr(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "flight_no":
        return "%s%d" % (R.choice(["BA", "LH", "AF", "KL", "IB", "AZ", "TK", "LO", "EI", "FR", "U2", "AI", "QF",
                                   "AC", "DL", "UA"]), R.randrange(10, 2999))
    if kind == "seat":
        return "%d%s" % (R.randrange(1, 40), R.choice("ABCDEF"))
    if kind == "room":
        return R.choice(["%d.%02d" % (R.randrange(0, 6), R.randrange(1, 40)), "%s%d" % (R.choice("ABC"),
                                                                                       R.randrange(100, 420))])
    if kind == "model_no":
        return R.choice(["%s-%d%s" % (letters(2), R.randrange(100, 9999), R.choice(["", "X", "S", "Pro"])),
                         "%s%s%s" % (letters(3), digits(3), letters(1))])
    if kind == "sku":
        return R.choice(["SKU-%s-%s" % (letters(3), digits(4)), "%s-%s-%s" % (digits(3), digits(3), digits(2))])
    if kind == "version":
        return R.choice(["v%d.%d.%d" % (R.randrange(0, 12), R.randrange(0, 30), R.randrange(0, 20)),
                         "%d.%d.%d" % (R.randrange(1, 6), R.randrange(0, 20), R.randrange(0, 40))])
    if kind == "build":
        return R.choice(["build %s" % digits(5), "build %d.%d.%d.%s" % (R.randrange(1, 9), R.randrange(0, 9),
                                                                        R.randrange(0, 9), digits(4))])
    if kind in ("event_date", "later_date"):
        root = ctx.root()
        if kind == "later_date" and getattr(root, "last_event", None):
            y, m, d = root.last_event
            d += R.randrange(2, 21)
            while d > MDAYS[m - 1]:
                d -= MDAYS[m - 1]
                m += 1
                if m > 12:
                    m, y = 1, y + 1
            style = root.last_event_style
        else:
            y, m, d = rand_date(ctx.year - 1, ctx.year + 1)
            style = "num" if R.random() < .6 else "long"
        object.__setattr__(root, "last_event", (y, m, d))
        object.__setattr__(root, "last_event_style", style)
        return fmt_num_date(y, m, d, loc, lang) if style == "num" else fmt_long_date(y, m, d, loc, lang)
    if kind == "date_iso":
        y, m, d = rand_date(ctx.year - 2, ctx.year + 1)
        return fmt_iso(y, m, d)
    if kind == "time":
        h, mi = R.randrange(7, 20), R.choice([0, 15, 30, 45, 10, 20, 40, 50])
        if loc in ("us", "ca") and lang == "en" and R.random() < .7:
            return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm")
        return "%02d:%02d" % (h, mi) if lang != "fr" or R.random() < .5 else "%dh%02d" % (h, mi)
    if kind == "clock":
        ctx.clock += R.randrange(0, 14)
        return "%02d:%02d" % ((ctx.clock // 60) % 24, ctx.clock % 60)
    if kind == "clock12":
        ctx.clock += R.randrange(0, 14)
        h, mi = (ctx.clock // 60) % 24, ctx.clock % 60
        return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM")
    if kind == "clocks":
        ctx.clock += R.randrange(0, 14)
        return "%02d:%02d:%02d" % ((ctx.clock // 60) % 24, ctx.clock % 60, R.randrange(0, 60))
    if kind == "clf":
        ctx.secs += R.randrange(1, 90)
        y, m, d = ctx.chatdate
        s = ctx.secs
        return "%02d/%s/%d:%02d:%02d:%02d +0000" % (d, MONTHS["en"][m - 1][:3], y, (8 + s // 3600) % 24,
                                                    (s // 60) % 60, s % 60)
    if kind == "dayseq":
        root = ctx.root()
        if not getattr(root, "dayseq_fmt", None):
            object.__setattr__(root, "dayseq_fmt", R.choice(["num", "num", "iso", "short"]))
            object.__setattr__(root, "dayseq_d", rand_date(ctx.year - 1, ctx.year))
        y, m, d = root.dayseq_d
        d += R.randrange(1, 7)
        while d > MDAYS[m - 1]:
            d -= MDAYS[m - 1]
            m += 1
            if m > 12:
                m, y = 1, y + 1
        object.__setattr__(root, "dayseq_d", (y, m, d))
        f = root.dayseq_fmt
        if f == "iso":
            return fmt_iso(y, m, d)
        if f == "short":
            return ("%d/%d" % (m, d)) if loc == "us" else ("%02d/%02d" % (d, m) if lang not in ("de", "pl", "tr")
                                                             else "%02d.%02d." % (d, m))
        if not getattr(root, "dayseq_num", None):
            object.__setattr__(root, "dayseq_num", "us" if loc == "us" else ("dot" if lang in ("de", "pl", "tr") else
                                                                            "slash"))
        return {"us": "%02d/%02d/%d" % (m, d, y), "dot": "%02d.%02d.%d" % (d, m, y),
                "slash": "%02d/%02d/%d" % (d, m, y)}[root.dayseq_num]
    if kind == "chatdate":
        root = ctx.root()
        if not getattr(root, "chatdate_s", None):
            y, m, d = ctx.chatdate
            object.__setattr__(root, "chatdate_s", fmt_num_date(y, m, d, loc, lang) if loc != "us" else
                               "%d/%d/%02d" % (m, d, y % 100))
        return root.chatdate_s
    if kind in ("ts", "logts", "ts_z"):
        ctx.secs += R.randrange(1, 400)
        y, m, d = ctx.chatdate
        s = ctx.secs
        hh, mm, ss = (8 + s // 3600) % 24, (s // 60) % 60, s % 60
        if kind == "ts":
            return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, ss)
        if kind == "ts_z":
            return "%d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss)
        return "%d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, d, hh, mm, ss, R.randrange(1000))
    if kind == "maildate":
        y, m, d = ctx.chatdate
        wd = WEEKDAYS["en"][(y * 7 + m * 3 + d) % 7][:3]
        return "%s, %d %s %d %02d:%02d" % (wd, d, MONTHS["en"][m - 1][:3], y, R.randrange(7, 19), R.randrange(60))
    if kind == "amount":
        return _amount(ctx)
    if kind == "private_ip":
        return R.choice(["10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255)),
                         "192.168.%d.%d" % (R.randrange(0, 20), R.randrange(2, 255)),
                         "172.%d.%d.%d" % (R.randrange(16, 32), R.randrange(256), R.randrange(1, 255))])
    if kind == "doc_ip":
        return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randrange(1, 255)
    if kind == "hostname":
        return R.choice(["db-prod-%02d.internal" % R.randrange(1, 9), "api.%s" % ctx.company()[1],
                         "build-agent-%d" % R.randrange(1, 20), "web%02d.eu-west-1.compute.internal" % R.randrange(1, 40),
                         "ip-10-0-%d-%d" % (R.randrange(256), R.randrange(256))])
    if kind == "port":
        return str(R.choice([5432, 3306, 6379, 8080, 8443, 9200, 27017, 5672, 22, 443]))
    if kind == "uuid":
        return _uuid()
    if kind == "git_sha":
        return rstr(R.choice([7, 7, 8, 40]), HEX)
    if kind == "mac":
        return ":".join(rstr(2, HEX) for _ in range(6))
    if kind == "sha256":
        return rstr(64, HEX)
    if kind == "isbn":
        return _isbn13()
    if kind == "otp":
        return digits(6)
    if kind == "pin":
        return digits(4)
    if kind == "card_last4":
        return digits(4)
    if kind == "card_expiry":
        return "%02d/%02d" % (R.randrange(1, 13), R.randrange(26, 31))
    if kind == "org_phone":
        return R.choice({"us": ["1-800-%s-%s" % (nzdigits(3), digits(4)), "(888) %s-%s" % (nzdigits(3), digits(4))],
                         "uk": ["0800 %s %s" % (digits(3), digits(4)), "0345 %s %s" % (digits(3), digits(4))],
                         "ca": ["1-866-%s-%s" % (nzdigits(3), digits(4))], "au": ["1300 %s %s" % (digits(3), digits(3))],
                         "in": ["1800 %s %s" % (digits(3), digits(4))], "ie": ["1800 %s %s" % (digits(3), digits(3))],
                         "de": ["0800 %s %s" % (digits(3), digits(4))], "fr": ["0 800 %s %s" % (digits(3), digits(3))],
                         "es": ["900 %s %s" % (digits(3), digits(3))], "it": ["800 %s %s" % (digits(3), digits(3))],
                         "nl": ["0800-%s" % digits(4)], "pl": ["800 %s %s" % (digits(3), digits(3))],
                         "br": ["0800 %s %s" % (digits(3), digits(4))], "tr": ["444 %s %s" % (digits(2), digits(2))],
                         }.get(loc, ["0800 %s %s" % (digits(3), digits(4))]))
    if kind == "org_email":
        return R.choice(["support", "info", "hello", "billing", "noreply", "bookings", "accounts", "help", "careers",
                         "office"]) + "@" + ctx.company()[1]
    if kind == "www":
        return "www." + ctx.company()[1]
    if kind == "year":
        return str(R.randrange(1990, ctx.year + 1))
    if kind == "percent":
        return "%d%%" % R.randrange(2, 95)
    if kind == "count":
        return "{:,}".format(R.randrange(120, 90000))
    if kind == "meeting_id":
        return "%s %s %s" % (digits(3), digits(3), digits(4))
    if kind == "serial":
        return "SN%s" % rstr(10, string.ascii_uppercase + string.digits)
    if kind == "postcode_district":
        return R.choice(["NW1", "SE15", "M4", "LS6", "BS8", "EH3", "G12", "CF10"])
    if kind == "ext":
        return str(R.randrange(100, 9999))
    if kind == "gate_code":
        return digits(4)
    if kind == "account_no":
        return digits(8)
    if kind == "sort_code":
        return "%s-%s-%s" % (digits(2), digits(2), digits(2))
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------------------------
# document writer and context

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.items = []  # (cstart, cend, what, type_or_kind, value)

    def add(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s)

    def span(self, typ, v):
        assert typ in PII or typ in SECRET, typ
        s = self.n
        self.add(v)
        self.items.append((s, self.n, "span", typ, v))

    def decoy(self, kind, v):
        s = self.n
        self.add(v)
        self.items.append((s, self.n, "decoy", kind, v))

    def text(self):
        return "".join(self.buf)


EN_LOCS = ["us"] * 28 + ["uk"] * 26 + ["in"] * 14 + ["au"] * 10 + ["ca"] * 10 + ["ie"] * 6 + ["nz"] * 6
LANG_LOC = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "br", "tr": "tr"}


class Ctx:
    def __init__(self, loc, lang, parent=None):
        self.loc, self.lang = loc, lang
        self.parent = parent
        self.persons = {}
        self.vals = {}
        self.words = {}
        self.year = 2025
        if parent is None:
            self.clock = R.randrange(7 * 60, 18 * 60)
            self.secs = R.randrange(0, 30000)
            self.chatdate = rand_date(2024, 2025)
            self.companies = {}
            self.mix = 0.33 if lang == "en" else 0.1

    # shared state lives in the root context
    def root(self):
        return self.parent.root() if self.parent else self

    def __getattr__(self, k):
        if k in ("clock", "secs", "chatdate", "companies", "mix") and self.parent is not None:
            return getattr(self.parent, k)
        raise AttributeError(k)

    def __setattr__(self, k, v):
        if k in ("clock", "secs") and self.__dict__.get("parent") is not None:
            setattr(self.parent, k, v)
        else:
            object.__setattr__(self, k, v)

    def default_origin(self):
        if self.lang == "en":
            return self.loc
        return LANG_LOC[self.lang]

    def person(self, idx, gender=None, origin=None):
        if self.parent is not None and idx >= 7:
            return self.parent.person(idx, gender, origin)
        if idx not in self.persons:
            if origin is None:
                origin = self.default_origin()
                if R.random() < self.mix:
                    origin = R.choice(MIX_POOL)
            self.persons[idx] = make_person(origin, gender)
        return self.persons[idx]

    def share_surname(self, a, b):
        pa, pb = self.person(a), self.person(b)
        s = pb.surname
        if pb.origin == "pl" and pa.origin == "pl":
            if pa.gender == "f" and s.endswith("ki"):
                s = s[:-1] + "a"
            elif pa.gender == "m" and s.endswith("ka") and s[-3:] in ("ska", "cka"):
                s = s[:-1] + "i"
        pa.surname = s
        pa.origin, pa.east, pa.email_dom = pb.origin, pb.east, pb.email_dom

    def company(self, idx=1):
        root = self.root()
        if idx not in root.companies:
            lst = COMPANIES["pt" if self.lang == "pt" else self.lang]
            used = {c[0] for c in root.companies.values()}
            name = R.choice([c for c in lst if c not in used])
            root.companies[idx] = (name, company_domain(name, self.loc))
        return root.companies[idx]

    def value(self, key, maker):
        if key not in self.vals:
            self.vals[key] = maker()
        return self.vals[key]

    def word(self, key, m, f):
        return self.words.setdefault(key, (m, f))

# ---------------------------------------------------------------------------------------------------------------
# template renderer

RE_TOKEN = re.compile(r"\{([^{}\n]+)\}|\[\[([a-z_0-9]+)~(.*?)\]\]")
RE_PERSON = re.compile(r"^(NU|GU|SU|EW|JOB|GS|gs|N|G|S|n|g|s|R|I|U|E)(\d?)([fm]?)(?:@([a-z]{2}))?$")
# "{G1} {S1}" is one name written given-first whatever the person's custom: it becomes one span
RE_GS = re.compile(r"\{([Gg])(\d)([fm]?)\} \{[Ss]\2\}")
RE_VALUE = re.compile(r"^(PHI|PHL|PH|ADDRB|ADRV|ADDR|STREET|DOBKL|DOBKI|DOBK|DOBL|DOBI|DOB|CARD|IBAN|SSN|IP6|IP)(\d?)"
                      r"(?:@([a-z]{2}))?$")
RE_SECRET = re.compile(r"^(PW|AKID|ASK|GHP|SLACKHOOK|SLACK|STRIPE|OPENAI|ANTH|JWT|KEY|PEM|DBURL)(\d?)(?::([a-z0-9]+))?$")
RE_PLAIN = re.compile(r"^(CODOM|CO|CITY|WD|MON|YR)(\d?)$")
RE_DIG = re.compile(r"^#(a?)(\d+)$")
RE_GW = re.compile(r"^@([A-Za-z_]+)(\d?)$")
RE_COND = re.compile(r"^\?(\d):(.*)$", re.S)
RE_SHARE = re.compile(r"^=(\d):(\d)$")

CITY_LIST = {"us": [c[0] for c in US_CITIES], "uk": [c[0] for c in UK_TOWNS], "au": [c[0] for c in AU_SUBURBS],
             "ca": [c[0] for c in CA_CITIES], "ie": [c[0] for c in IE_TOWNS], "nz": [c[1] for c in NZ_SUBURBS],
             "in": [c[0] for c in IN_CITIES], "fr": [c[0] for c in FR_CITIES], "it": [c[0] for c in IT_CITIES],
             "br": [c[0] for c in BR_CITIES], "tr": [c[1] for c in TR_PLACES]}


def pick_alternatives(t):
    """resolve <<a|b|c>> (not nested); '|' inside {...} does not split"""
    out = []
    i = 0
    while True:
        j = t.find("<<", i)
        if j < 0:
            out.append(t[i:])
            break
        out.append(t[i:j])
        k = j + 2
        depth = 0
        parts, cur = [], []
        while True:
            if t.startswith(">>", k) and depth == 0:
                break
            ch = t[k]
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            if ch == "|" and depth == 0:
                parts.append("".join(cur))
                cur = []
            else:
                cur.append(ch)
            k += 1
        parts.append("".join(cur))
        out.append(R.choice(parts))
        i = k + 2
    return "".join(out)


def render_person(ctx, doc, form, idx, gender, origin):
    p = ctx.person(idx, gender or None, origin)
    if form == "JOB":
        doc.add(ctx.value(("job", idx), lambda: job_title(ctx.lang)))
        return
    if form == "E":
        doc.span("EMAIL_ADDRESS", ctx.value(("email", idx), p.email))
        return
    if form == "EW":
        dom = ctx.company()[1]
        doc.span("EMAIL_ADDRESS", ctx.value(("wemail", idx), lambda: p.work_email(dom)))
        return
    v = {"N": p.full, "G": lambda: p.given, "S": lambda: p.surname, "R": p.rev, "I": p.initial, "U": p.handle,
         "GS": lambda: p.given + " " + p.surname}
    base = "GS" if form in ("GS", "gs") else (form.upper()[0] if form not in ("NU", "GU", "SU") else form[0])
    s = v[base]()
    if form in ("n", "g", "s", "gs"):
        s = s.lower()
    elif form in ("NU", "GU", "SU"):
        s = s.upper()
    doc.span("PERSON", s)


def render_value(ctx, doc, name, idx, country):
    c = country or ctx.loc
    idx = idx or "1"
    if name in ("PH", "PHI", "PHL"):
        kind = "land" if name == "PHL" else "mobile"
        nat, intl = ctx.value(("phone", kind, idx, c), lambda: phone_parts(c, kind))
        doc.span("PHONE_NUMBER", intl if name == "PHI" else nat)
        return
    if name in ("ADDR", "ADDRB", "STREET", "ADRV"):
        a = ctx.value(("addr", idx, c), lambda: Address(c))
        if name == "ADRV":
            v = ";".join([a.street + (" " + a.unit if a.unit else ""), a.city, getattr(a, "state", ""),
                          a.postcode, COUNTRY_NAME.get(c, "")])
        elif name == "ADDR":
            v = ctx.value(("addr1", idx, c), a.one_line)
        elif name == "ADDRB":
            v = ctx.value(("addrb", idx, c), lambda: "\n".join(a.lines()))
        else:
            v = a.street_only()
        doc.span("STREET_ADDRESS", v)
        return
    if name.startswith("DOB"):
        child = name.startswith("DOBK")
        y, m, d = ctx.value(("dob", child, idx), lambda: rand_date(2009, 2021) if child else rand_date(1948, 2004))
        style = name[4:] if child else name[3:]
        if style == "L":
            v = ctx.value(("dobl", child, idx), lambda: fmt_long_date(y, m, d, ctx.loc, ctx.lang))
        elif style == "I":
            v = fmt_iso(y, m, d)
        else:
            v = ctx.value(("dobn", child, idx), lambda: fmt_num_date(y, m, d, ctx.loc, ctx.lang))
        doc.span("DATE_OF_BIRTH", v)
        return
    if name == "CARD":
        doc.span("CREDIT_CARD", ctx.value(("card", idx), make_card))
        return
    if name == "IBAN":
        doc.span("IBAN_CODE", ctx.value(("iban", idx, c), lambda: make_iban(c)))
        return
    if name == "SSN":
        doc.span("US_SSN", ctx.value(("ssn", idx), make_ssn))
        return
    if name == "IP":
        doc.span("IP_ADDRESS", ctx.value(("ip", idx), make_ip))
        return
    if name == "IP6":
        doc.span("IP_ADDRESS", ctx.value(("ip6", idx), make_ip6))
        return
    raise KeyError(name)


def render_secret(ctx, doc, name, idx, arg):
    idx = idx or "1"
    if name == "PW":
        doc.span("PASSWORD", ctx.value(("pw", idx, arg), lambda: make_password(arg, ctx.lang)))
        return
    if name == "DBURL":
        kind = arg or "postgres"
        user = ctx.value(("dbuser", idx), lambda: R.choice(DB_USERS))
        pw = ctx.value(("dbpw", idx), lambda: make_password(R.choice(["alnum", "word", "alnum"]), ctx.lang))
        dbname = ctx.value(("dbname", idx), lambda: R.choice(["billing", "orders", "app_prod", "crm", "analytics",
                                                              "payments", "inventory"]))
        if kind == "postgres":
            doc.add("%s://%s:" % (R.choice(["postgres", "postgresql"]), user))
            doc.span("PASSWORD", pw)
            doc.add("@%s:5432/%s" % (R.choice(DB_HOSTS[:5]), dbname))
        elif kind == "mysql":
            doc.add("mysql://%s:" % user)
            doc.span("PASSWORD", pw)
            doc.add("@%s:3306/%s" % (R.choice(["mysql.svc.cluster.local", "db.internal", "10.0.3.21"]), dbname))
        elif kind == "mongo":
            doc.add("mongodb+srv://%s:" % user)
            doc.span("PASSWORD", pw)
            doc.add("@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (rstr(5, string.ascii_lowercase +
                                                                                      string.digits), dbname))
        elif kind == "redis":
            doc.add("redis://:")
            doc.span("PASSWORD", pw)
            doc.add("@redis-cache.internal:6379/0")
        elif kind == "amqp":
            doc.add("amqp://%s:" % user)
            doc.span("PASSWORD", pw)
            doc.add("@rabbit.internal:5672/%s" % dbname)
        else:
            raise KeyError(kind)
        return
    v, typ = ctx.value(("sec", name, idx, arg), lambda: make_secret(name, arg))
    doc.span(typ, v)


def render_plain(ctx, doc, name, idx):
    idx = int(idx or 1)
    if name == "CO":
        doc.add(ctx.company(idx)[0])
    elif name == "CODOM":
        doc.add(ctx.company(idx)[1])
    elif name == "CITY":
        doc.add(ctx.value(("city", idx), lambda: R.choice(CITY_LIST[ctx.loc]) if ctx.loc in CITY_LIST else
                          fk(ctx.loc).city()))
    elif name == "WD":
        doc.add(ctx.value(("wd", idx), lambda: R.choice(WEEKDAYS.get(ctx.lang, WEEKDAYS["en"])[:5])))
    elif name == "MON":
        doc.add(ctx.value(("mon", idx), lambda: R.choice(MONTHS.get(ctx.lang, MONTHS["en"]) if ctx.lang != "pl" else
                                                            ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
                                                             "wrzesień", "październik", "listopad"])))
    elif name == "YR":
        doc.add(str(ctx.year))


def render(ctx, doc, tmpl):
    t = pick_alternatives(tmpl)
    t = RE_GS.sub(lambda m: "{%s%s%s}" % ("GS" if m.group(1) == "G" else "gs", m.group(2), m.group(3)), t)
    pos = 0
    for m in RE_TOKEN.finditer(t):
        doc.add(t[pos:m.start()])
        pos = m.end()
        if m.group(2):
            doc.decoy(m.group(2), m.group(3))
            continue
        tok = m.group(1)
        mm = RE_PERSON.match(tok)
        if mm:
            render_person(ctx, doc, mm.group(1), int(mm.group(2) or 1), mm.group(3), mm.group(4))
            continue
        mm = RE_VALUE.match(tok)
        if mm:
            render_value(ctx, doc, mm.group(1), mm.group(2), mm.group(3))
            continue
        mm = RE_SECRET.match(tok)
        if mm:
            render_secret(ctx, doc, mm.group(1), mm.group(2), mm.group(3))
            continue
        mm = RE_PLAIN.match(tok)
        if mm:
            render_plain(ctx, doc, mm.group(1), mm.group(2))
            continue
        mm = RE_DIG.match(tok)
        if mm:
            n = int(mm.group(2))
            doc.add(letters(n) if mm.group(1) else digits(n))
            continue
        mm = RE_GW.match(tok)
        if mm:
            key, idx = mm.group(1), int(mm.group(2) or 1)
            p = ctx.person(idx)
            doc.add(GW[key][0 if p.gender == "m" else 1])
            continue
        mm = RE_COND.match(tok)
        if mm:
            p = ctx.person(int(mm.group(1)))
            a, b = mm.group(2).split("|", 1)
            render(ctx, doc, a if p.gender == "m" else b)
            continue
        mm = RE_SHARE.match(tok)
        if mm:
            ctx.share_surname(int(mm.group(1)), int(mm.group(2)))
            continue
        if tok.startswith("d:"):
            doc.decoy(tok[2:], decoy_value(ctx, tok[2:]))
            continue
        # anything else (JSON objects, code) is literal text
        doc.add("{" + tok + "}")
    doc.add(t[pos:])


def render_block(ctx, doc, tmpl):
    """handles @rows ... @end blocks, then the ordinary template syntax"""
    lines = tmpl.split("\n")
    i = 0
    first = True
    while i < len(lines):
        ln = lines[i]
        m = re.match(r"^@rows (\d+)-(\d+)( same)?$", ln)
        if m:
            a, b, same = int(m.group(1)), int(m.group(2)), bool(m.group(3))
            j = lines.index("@end", i)
            body = "\n".join(lines[i + 1:j])
            n = R.randrange(a, b + 1)
            for _ in range(n):
                sub = ctx if same else Ctx(ctx.loc, ctx.lang, parent=ctx)
                if not first:
                    doc.add("\n")
                render(sub, doc, body)
                first = False
            i = j + 1
            continue
        if not first:
            doc.add("\n")
        render(ctx, doc, ln)
        first = False
        i += 1

# ---------------------------------------------------------------------------------------------------------------
# composite builders: e-mails (header, greeting, body, closing, signature) and chat transcripts

DECOY_KIND_OUT = {"clock": "time", "clock12": "time", "clocks": "time", "chatdate": "timestamp", "ts": "timestamp",
                  "logts": "timestamp", "ts_z": "timestamp", "maildate": "timestamp", "clf": "timestamp", "date_iso": "event_date", "later_date": "event_date", "dayseq": "event_date"}

HDR = {"en": ("From", "To", "Date", "Subject", "Sent"), "de": ("Von", "An", "Datum", "Betreff", "Gesendet"),
       "fr": ("De", "À", "Date", "Objet", "Envoyé"), "es": ("De", "Para", "Fecha", "Asunto", "Enviado"),
       "it": ("Da", "A", "Data", "Oggetto", "Inviato"), "nl": ("Van", "Aan", "Datum", "Onderwerp", "Verzonden"),
       "pt": ("De", "Para", "Data", "Assunto", "Enviado"), "pl": ("Od", "Do", "Data", "Temat", "Wysłano"),
       "tr": ("Kimden", "Kime", "Tarih", "Konu", "Gönderildi")}


def sig_templates(lang, reg):
    lm = R.choice(LBL_M[lang])
    le = R.choice(LBL_E[lang])
    if reg == "formal":
        return [
            (3, "{N1}\n{JOB1}\n{CO}"),
            (4, "{N1}\n{JOB1}\n{CO}\n%s {PH1}" % lm),
            (3, "{N1} | {JOB1}\n{CO}\n%s {PHI1} | %s {EW1}" % (lm, le)),
            (4, "--\n{N1}\n{CO}\n%s {PHI1}" % lm),
            (1, "{N1}"),
            (3, "{G1} {S1}\n{JOB1}, {CO}\n%s {PHL1} · {d:www}" % R.choice(LBL_L[lang])),
            (2, "{N1}\n%s {PH1}" % lm),
            (3, "{N1}\n{CO}\n%s {PHL1} ext. {d:ext}" % R.choice(LBL_L[lang])),
        ]
    return [
        (1, "{G1}"), (1, "{g1}"), (3, "{G1}\n\n%s" % IPHONE[lang]), (2, "{G1}\n{PH1}"), (1, "— {G1}"),
        (1, "{N1}"), (2, "{G1}\n%s {PH1}" % lm),
    ]


def build_email(ctx, doc, fr):
    lang, reg = fr.lang, fr.reg
    body_lines = fr.body.count("\n") + 1 + 3 * fr.body.count("{ADDRB")
    room = 20 - body_lines
    # greeting + blank, blank + closing
    segs = []
    use_greet = fr.greet and R.random() < .93
    use_close = fr.close
    need = (2 if use_greet else 0) + (2 if use_close else 0)
    sigs = [s for s in sig_templates(lang, reg) if s[0] + need <= room] if use_close else []
    sig = R.choice(sigs) if sigs else None
    left = room - need - (sig[0] if sig else 0)
    hdr = fr.hdr or R.choice(["full", "full", "outlook", "subject", "subject", "none", "none"])
    H = HDR[lang] if R.random() < .6 else HDR["en"]
    se = "{EW1}" if fr.swork else "{E1}"
    re_ = "{EW2}" if fr.rwork else "{E2}"
    if hdr == "full" and left >= 5:
        segs.append("%s: {N1} <%s>\n%s: {N2} <%s>\n%s: {d:maildate}\n%s: %s\n" % (H[0], se, H[1], re_, H[2], H[3],
                                                                                fr.subject))
    elif hdr == "outlook" and left >= 5:
        segs.append("%s: {N1} <%s>\n%s: {d:maildate}\n%s: <<{R2}|{N2}>>\n%s: %s\n" % (H[0], se, H[4], H[1], H[3],
                                                                                    fr.subject))
    elif hdr in ("full", "outlook", "subject") and left >= 2:
        segs.append("%s: %s\n" % (H[3], fr.subject))
    if use_greet:
        segs.append(R.choice(GREETINGS[(lang, reg)]) + "\n")
    segs.append(fr.body)
    if use_close:
        segs.append("\n" + R.choice(CLOSINGS[(lang, reg)]) + ("\n" + sig[1] if sig else ""))
    render_block(ctx, doc, "\n".join(segs))


CHAT_STYLES = ["wa", "wai", "slack", "slack2", "teams", "irc", "sms", "plain", "lower"]


def build_chat(ctx, doc, fr):
    msgs = fr.msgs
    n = len(msgs)
    styles = [s for s in CHAT_STYLES if not (s in ("slack2", "teams") and 2 * n > 20)]
    if fr.style:
        styles = [fr.style]
    st = R.choice(styles)
    labels = {}
    speakers = sorted({k for k, _ in msgs})
    for k in speakers:
        if st in ("wa", "wai"):
            lab = R.choice(["{N%d}" % k, "{N%d}" % k, "{G%d}" % k])
            if k != speakers[0] and R.random() < .12:
                lab = "{PHI%d}" % k
        elif st in ("slack", "irc"):
            lab = "{U%d}" % k
        elif st == "slack2":
            lab = "{N%d}" % k
        elif st == "teams":
            lab = R.choice(["{R%d}" % k, "{N%d}" % k])
        elif st == "lower":
            lab = "{g%d}" % k
        else:
            lab = "{G%d}" % k
        labels[k] = lab
    out = []
    for k, text in msgs:
        lab = labels[k]
        if st == "wa":
            out.append("{d:chatdate}, {d:clock} - %s: %s" % (lab, text))
        elif st == "wai":
            out.append("[{d:chatdate}, {d:clocks}] %s: %s" % (lab, text))
        elif st == "slack":
            out.append("[{d:clock}] %s: %s" % (lab, text))
        elif st == "slack2":
            out.append("%s  {d:clock12}\n%s" % (lab, text))
        elif st == "teams":
            out.append("%s   {d:clock}\n%s" % (lab, text))
        elif st == "irc":
            out.append("[{d:clock}] <%s> %s" % (lab, text))
        elif st == "sms":
            out.append("%s ({d:clock}): %s" % (lab, text))
        else:
            out.append("%s: %s" % (lab, text))
    if fr.intro:
        out.insert(0, fr.intro)
    render_block(ctx, doc, "\n".join(out))


# ---------------------------------------------------------------------------------------------------------------
# frames

class Frame:
    def __init__(self, cat, kind, lang, shape, body, loc=None, builder="tmpl"):
        self.cat, self.kind, self.lang, self.shape, self.body, self.loc = cat, kind, lang, shape, body, loc
        self.builder = builder
        self.id = None
        self.reg, self.subject, self.hdr = "formal", "", None
        self.greet = self.close = True
        self.swork = self.rwork = False
        self.msgs, self.style, self.intro = [], None, None

    def text_for_checks(self):
        if self.builder == "chat":
            return "\n".join(t for _, t in self.msgs)
        return self.body + " " + self.subject


FRAMES = []
_COUNTERS = collections.Counter()
CAT_OF = {"per": "personal", "pub": "public", "sec": "secret"}


def _assign_id(fr):
    key = (fr.cat, fr.kind, fr.lang)
    _COUNTERS[key] += 1
    fr.id = "%s-%s-%s%03d" % (fr.cat, fr.kind, "" if fr.lang == "en" else fr.lang + "-", _COUNTERS[key])
    FRAMES.append(fr)


def _kind_loc(s):
    if "@" in s:
        k, l = s.split("@")
        return k.strip(), l.strip()
    return s.strip(), None


def short_frames(cat, lang, block):
    """one frame per line: 'kind[@loc] | template'.  A ' ## ' separates hand-written variants (picked per use)."""
    for ln in block.strip("\n").split("\n"):
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        k, t = ln.split(" | ", 1)
        kind, loc = _kind_loc(k)
        t = t.strip()
        if " ## " in t:
            t = "<<" + t.replace(" ## ", "|") + ">>"
        _assign_id(Frame(cat, kind, lang, "short", t, loc))


def long_frames(cat, lang, block):
    """blocks headed '=== kind[@loc]'.  kind 'email' and 'chat_transcript' use the builders."""
    chunks = re.split(r"^=== ", block.strip("\n"), flags=re.M)
    for ch in chunks:
        if not ch.strip():
            continue
        head, _, body = ch.partition("\n")
        kind, loc = _kind_loc(head)
        body = body.rstrip("\n")
        if kind == "email":
            fr = Frame(cat, kind, lang, "long", "", loc, "email")
            meta, _, text = body.partition("\n---\n")
            for ml in meta.split("\n"):
                key, _, val = ml.partition(": ")
                if key == "S":
                    fr.subject = val
                elif key == "R":
                    fr.reg = val
                elif key == "H":
                    fr.hdr = val
                elif key == "G":
                    fr.greet = val != "none"
                elif key == "C":
                    fr.close = val != "none"
                elif key == "W":
                    fr.swork = "s" in val
                    fr.rwork = "r" in val
                else:
                    raise ValueError("bad email meta line %r" % ml)
            fr.body = text
        elif kind == "chat_transcript":
            fr = Frame(cat, kind, lang, "long", "", loc, "chat")
            for ml in body.split("\n"):
                if ml.startswith("STYLE: "):
                    fr.style = ml[7:]
                    continue
                if ml.startswith("INTRO: "):
                    fr.intro = ml[7:]
                    continue
                k, _, t = ml.partition(": ")
                fr.msgs.append((int(k), t))
        else:
            fr = Frame(cat, kind, lang, "long", body, loc)
        _assign_id(fr)

# ===============================================================================================================
# FRAMES.  Everything below was written by hand for fresh10.
# ---------------------------------------------------------------------------------------------------------------
# English, personal, long (4-20 lines)

long_frames("per", "en", r"""
=== email
S: Re: viewing on Saturday
R: casual
---
Thanks for showing us round yesterday. We both loved the place at {ADDR3}, especially the garden.
{G4} wants to measure the spare room before we commit, is there any chance we could come back on {WD} after work?
If it's easier just text me on {PH1}.
=== email
S: Application for the {JOB1} role - follow up
R: formal
---
I applied for the position advertised on your careers page on {d:event_date} and wanted to check whether my application reached you.
My former line manager, {N3}, has agreed to act as a referee and can be contacted at {E3} or on {PHI3}.
I am available for an interview any weekday and can start with one month's notice.
=== email
S: {G3} - absence on {WD}
R: formal
W: r
---
{=3:1}I'm writing to let you know that {G3} will be out of school on {WD} morning for an orthodontist appointment.
<<I'll drop {@him3} back at the gate by lunchtime.|{@He3} should be back before the afternoon register.>>
If anything comes up, my mobile is {PH1}, or you can reach {@his3} <<grandmother|aunt>> {N4f} on {PH4}.
=== email
S: RSVP!!
R: casual
---
Yes yes YES we are coming! I'll be bringing {N3} as my plus one if that's still ok.
Dietary stuff: {G3} is veggie, I eat anything.
For the invite you asked for our address, it's:
{ADDRB1}
Can't wait to see you both x
=== email
S: Invoice {d:invoice_no} - illustration work
R: formal
---
Please find attached my invoice for the cover illustrations delivered on {d:event_date}.
The total is {d:amount}, payable within 30 days to:
Account name: {N1}
IBAN: {IBAN1}
Please use the invoice number as the payment reference. Let me know if your accounts team needs a W-8 or any other form.
=== email
S: Intro: {G2} <> {G3}
R: casual
W: s
---
Introducing you two as promised!
{G3} runs the volunteer programme at the food bank and is looking for someone with your bookkeeping skills. {G2}, I told {G3} you might have a few hours a month.
{G3}'s number is {PH3} and email {E3}. I'll leave you to it.
=== email
S: parking outside no. {#2}
R: casual
H: none
---
Sorry to bother you again about the parking. The silver estate that's been across our drive all week belongs to {N3} from number {#2}, I spoke to {@him3} on {WD}.
{@He3} said {@he3} would move it but it's back again this morning.
Could the residents' committee have a word? I'm at {STREET1} if you want to pop over.
=== email
S: Opportunity at {CO} - {JOB1}
R: formal
W: s
---
I came across your profile and think you could be a strong fit for a senior role we are hiring for at {CO}.
The position is hybrid, two days a week in our {CITY} office, with a salary band of {d:amount}k.
Would you be open to a 15-minute call this week? You can book a slot with me directly or call me on {PHI1}.
=== email
S: Your appointment on {d:event_date}
R: formal
W: s
H: none
---
This is a reminder that you have an appointment with {@mr3} {S3} at {d:time} on the date above.
To confirm your identity when you arrive, reception will ask for your date of birth ({DOB2}) and the first line of your address ({STREET2}).
If you need to cancel, please call the surgery at least 24 hours in advance.
=== email
S: flights for the Lisbon offsite
R: casual
W: sr
---
Can you book {N3} onto the same flights as the rest of us? {G3} only joined last week so isn't in the travel tool yet.
Details from {@his3} onboarding form: full name as on passport {NU3}, date of birth {DOBL3}, mobile {PHI3}.
{@He3} wants an aisle seat if possible. Thanks!!
=== email
S: VPN allowlist request
R: formal
W: sr
---
Could you please add my home connection to the VPN allowlist? I am working from home for the next three weeks.
Public IP: {IP1}
Username: {U1}
My manager {N3} has approved this; {@he3} is copied in.
=== email
S: {G3}'s party!!
R: casual
G: none
C: none
---
Hi everyone,
{=3:1}{G3} is turning seven and we'd love your little ones to come!
Saturday {d:event_date}, 2 till 4, at our house: {ADDR1}.
There will be a bouncy castle if the weather holds. Please let me know by {WD} so I can do party bags, text {PH1} or reply here.
{G1} ({?1:dad|mum} of {G3})
=== email
S: Reference request - {N3}
R: formal
W: s
---
{N3} has applied for a position with us and has named you as a referee from {@his3} time at your organisation.
We would be grateful if you could confirm {@his3} dates of employment and comment on {@his3} reliability and teamwork.
For our records, the candidate's date of birth is {DOB3}.
A short reply by email is fine, or call me on {PHL1} if you prefer to talk.
=== email
S: Notice of inspection - {STREET2}
R: formal
W: s
---
In line with your tenancy agreement, we are giving you 24 hours' notice that our inspector, {N3}, will visit the property at {ADDR2} on {WD} between 10:00 and 12:00.
{G3} will check the smoke alarms and the bathroom extractor fan.
If this time is not convenient, please call {G3} directly on {PH3}.
=== email
S: the Corsa
R: casual
H: none
---
{G3m} (the guy who came to see the car) says he's good to go at {d:amount}.
He wants to do a bank transfer rather than cash, can you send me your IBAN? Or actually I've got it here from last time, is it still {IBAN2}?
He'll collect from mine at {STREET1} on {WD}.
=== email
S: Claim {d:policy_no} - additional information
R: formal
W: s
---
Thank you for submitting your claim. To continue the assessment we need the following details for the second driver, {N3}:
date of birth ({DOB3}) - please confirm this is correct, as the form shows a different year;
a contact number (we have {PH3} on file);
and the address where the vehicle is usually kept.
=== email
S: rota for the car boot sale
R: casual
G: none
---
Hi all,
Here's who's doing what on Sunday:
setting up: {G3} and {G4}
cake stall: {N5} (thanks {G5}!)
till: me and {G6} {S6}
Anyone who can't make it, message me on {PH1}.
=== email
S: Disputed transactions on my card
R: formal
W: r
---
I am writing to report three transactions on my credit card that I did not make.
Card number: {CARD1}
Cardholder: {N1}
The payments were made on {d:event_date} to an online electronics retailer, for {d:amount} in total.
I still have the card in my possession. Please cancel it and send a replacement to my home address, {ADDR1}.
""")

long_frames("per", "en", r"""
=== meeting_minutes
Minutes - {CO} weekly product sync
Date: {d:event_date}
Attendees: {N1}, {N2}, {N3}, {N4} (guest)
Apologies: {N5}

1. Budget: {G1} reported that Q3 spend is on track.
2. Launch date: {G2} and {G3} disagree on whether to slip by a week; {G4} to advise.
3. AOB: {G5}'s parental leave starts next month.

Actions
- {G2}: revised plan to {G1} by {WD}
- {I3}: book room {d:room} for the review
- {G4}: share the agency contract
=== meeting_minutes
## Standup, {d:event_date}
**Present:** @{U1}, @{U2}, @{U3}
**Away:** @{U4} (sick)

- {U1}: finished the export bug, PR is up
- {U2}: blocked on access to the staging DB, pinged {G5} in IT
- {U3}: pairing with {G2} this afternoon

_Next standup moved to {d:time} because of the all-hands._
=== meeting_minutes
Parent-Teacher Association - committee meeting
Held at the school hall, {d:event_date}, 7pm

Present: {N1} (chair), {N2} (treasurer), {N3} (secretary), {@mrs4} {S4} (head teacher)
The treasurer reported a balance of {d:amount} after the summer fair.
{G3} raised complaints from parents about the drop-off zone; {@mrs4} {S4} agreed to write to the council.
Quiz night: {G1} has booked the hall; {N5} will run the raffle again.
Next meeting: {d:event_date}.
=== meeting_minutes
Elm Court Residents' Association - minutes
Attendance: 14 households. Chair: {N1}. Minutes: {N2}.

Item 1 - Bins. {N3} of {STREET3} reported that the recycling has not been collected for three weeks.
Item 2 - Garden. Volunteers: {G4}, {G5}, {G6}. {G4} will get quotes for the hedge.
Item 3 - Treasurer. Subs are {d:amount} per flat; {N7} has not paid since {MON}.

Any concerns, contact the chair on {PH1}.
=== meeting_minutes
BOARD OF TRUSTEES
Meeting of {d:event_date}

Present: {R1}; {R2}; {R3}; {R4}
In attendance: {R5} (Finance Officer)
Minutes taken by: {I6}

1. The minutes of the previous meeting were approved.
2. {S2} presented the grant application; the board approved it unanimously.
3. {S3} declared a conflict of interest in item 4 and left the room.
4. Contract with {CO2} renewed for 12 months.
=== meeting_minutes
retro - sprint {#2}
who: {g1}, {g2}, {g3}, {g4}
went well
- release went out on time (thanks {g2})
- fewer pages overnight
didn't go well
- {g3} was on call 3 nights in a row, not ok
- nobody knew {g4}'s PR was waiting for review
try next
- rotate on call, {g1} to set up the schedule
=== meeting_minutes
1:1 notes, {G1} / {G2}, {d:event_date}

{G2} wants to move towards team lead in the next year.
Feedback from {N3}: great with customers, needs to delegate more.
{G2} mentioned {@his2} partner {G4} is having surgery on {WD}, so working from home that week, agreed.
Follow-ups:
* {G1} to ask {N5} about the leadership course
* {G2} to write up the onboarding doc
""")

long_frames("per", "en", r"""
=== support_ticket
Ticket {d:ticket_id} - Refund not received
Customer: {N1} <{E1}>
Phone: {PH1}
Status: Pending

Agent note ({G2}): refund issued on our side on {d:event_date}, bank says 5-7 days. Asked customer to check again Friday.

> On {d:event_date}, {N1} wrote:
> I sent the blender back three weeks ago and still haven't had my money.
> Order {d:order_id}. Can someone please call me, I've emailed twice already.
> {G1}
=== support_ticket
#{#6} | Broadband - intermittent drops
Account holder: {N1}
Installation address: {ADDR1}
Line test: pass, sync 67/18
WAN IP at time of fault: {IP1}

Customer reply:
> hi, it happened again last night around 10. my son {G3} was on a call and it cut out twice.
> we're in most days if an engineer needs to come out, ring me on {PH1}

Next step: book engineer, {G2} to confirm slot.
=== support_ticket
Subject: Please change my delivery address
From: {E1}

Internal note - {G2}: verified customer by DOB ({DOB1}) and last order number. Address updated.

---- original message ----
Hello, I have moved and I need my next box to go to the new flat.
Old: {ADDR1}
New: {ADDR2}
Thanks, {N1}
=== support_ticket
[{d:ticket_id}] Account locked - {U1}
Reporter: {N1} ({EW1})
Priority: P3

{d:ts} - 5 failed logins from {IP2}, account locked automatically
{d:ts} - user called the service desk from {PH1}, identity confirmed by {G3}
{d:ts} - unlock + forced reset sent

User says the {IP2} attempts were not {@him1}; escalated to security.
=== support_ticket
Case {d:case_no}: Chargeback query
Cardholder name: {NU1}
Card: ending {d:card_last4}, exp {d:card_expiry}
Merchant contact: {N2}, {PHI2}

Notes
{G2} says the goods were delivered and signed for by "{g3}" at {STREET1} on {d:event_date}.
Cardholder says nobody called {G3} lives there.
Next: request proof of delivery photo from the courier.
=== support_ticket
HELPDESK - new request
Name: {N1}
Department: Finance
Extension: {#4}
Issue: new starter needs a laptop and access to the shared drive
New starter: {N2}, starting {d:event_date}, personal email for the welcome pack: {E2}

> {G1} added: {G2} will sit next to {N3}, please put {@him2} on the same distribution lists as {G3}.
""")

long_frames("per", "en", r"""
=== hr_letter
{N1}
{ADDRB1}

{d:event_date}

Dear {G1},

Offer of employment
We are delighted to offer you the position of {JOB1} at {CO}, starting on {d:event_date}.
Your line manager will be {N2}. Please sign and return the enclosed contract to {N3}, HR Business Partner ({EW3}), within 10 working days.

Yours sincerely,
{N3}
=== hr_letter
TO WHOM IT MAY CONCERN

This letter confirms that {N1}, date of birth {DOB1}, has been employed by {CO} as a {JOB1} since {d:event_date}.
{@His1} current home address on our records is {ADDR1}.
This letter is provided at the employee's request for a mortgage application and carries no liability.

{N2}
People Team, {CO}
=== hr_letter
Private and confidential
{@mr1} {N1}
{ADDRB1}

Invitation to an investigation meeting
Dear {@mr1} {S1},
You are asked to attend a meeting on {d:event_date} at {d:time} regarding the attendance concerns raised by your manager, {N2}.
You may be accompanied by a colleague or trade union representative. {N3} from HR will take notes.
Please confirm your attendance by calling {PHL3}.
=== hr_letter
Re: your resignation
Dear {G1},
Thank you for your letter of {d:event_date}. We accept your resignation and confirm that your last working day will be {d:later_date}.
Your final payslip and P45 will be sent to {ADDR1}. If you move before then, please let payroll know.
{G2} will arrange the return of your laptop and pass.
We wish you every success.
{N3}, HR Manager
""")

long_frames("per", "en", r"""
=== medical_letter
Re: {N1}   DOB: {DOB1}
Address: {ADDR1}
Tel: {PH1}

Dear Dr {S2},
Thank you for seeing this patient, who has had intermittent chest pain on exertion for about six weeks.
ECG today showed no acute changes. I would be grateful for your opinion on further investigation.
{G1} is anxious and would prefer a morning appointment; {@his1} daughter {N3f} will accompany {@him1}.

Yours sincerely,
Dr {N4}
=== medical_letter
OUTPATIENT APPOINTMENT
Patient: {NU1}
Date of birth: {DOB1}
Hospital no: {d:mrn}

Appointment: {d:event_date} at {d:time}, Dermatology clinic, Level 2
Consultant: Dr {N2}
Please bring a list of your current medicines. If you cannot attend, call {d:org_phone}.
A copy of this letter has been sent to your GP, Dr {S3}.
=== medical_letter
Dental recall reminder
Dear {G1},
It's been 12 months since your last check-up with {N2}.
We have you down as: {N1}, born {DOBL1}, mobile {PH1}.
If any of these details have changed, just reply to this message.
Book online or call reception, and ask for {G3} if you'd like the same hygienist as last time.
=== medical_letter
Patient transfer summary
Name: {R1}
DOB: {DOB1}
Next of kin: {N2} (spouse), {PHI2}
GP: Dr {N3}, {CO}
Allergies: penicillin
Discharged {d:event_date} to the care of the community team. Home address for district nurse visits: {ADDR1}.
Key safe code given to nurse {G4} by phone.
""")

long_frames("per", "en", r"""
=== tenancy_note
CHECK-IN INVENTORY
Property: {ADDRB1}
Tenant(s): {N2}, {N3}
Landlord: {N4}
Date: {d:event_date}

Hallway - carpet worn near door, photographed.
Kitchen - oven clean, one hob ring not working (landlord aware).
Meter readings taken with {G2} present. Keys handed over: 3 front, 2 back.
=== tenancy_note
Viewing notes - {ADDR1}
Agent: {G2}
Applicant: {N3}, {PH3}, currently renting in {CITY}
Household: {G3} + partner {G4}, one cat
Employment: {JOB3}, referencing to start once holding deposit paid
Comments: liked the kitchen, worried about the road noise. Asked if the landlord ({N5}) would allow a second parking space.
=== tenancy_note
Deposit return - {STREET1}
Tenants {N2} and {N3} moved out on {d:event_date}.
Deductions agreed by email: cleaning {d:amount}, replacement blind {d:amount}.
Balance to be returned to the lead tenant:
{N2}
IBAN {IBAN2}
Forwarding address: {ADDR2}
=== tenancy_note
MAINTENANCE LOG - Flat {#1}
{d:dayseq} tenant ({G1}) reported a leak under the sink
{d:dayseq} plumber {N2} attended, replaced trap
{d:dayseq} leak again; {G1} not home, neighbour {N3} let {G2} in
{d:dayseq} fixed. {G1} asked that we text {@him1} on {PH1} before visits from now on
""")

long_frames("per", "en", r"""
=== delivery_note
PARCEL {d:tracking_no}
Deliver to: {N1}
{ADDRB1}
Safe place: behind the blue bin by the side gate
If no answer call {PH1}
Driver: {G2}
=== delivery_note
Sorry we missed you
We tried to deliver your parcel today at {d:time}.
It has been left with your neighbour {N2} at no. {#2}.
Recipient: {N1}, {STREET1}
Questions? Text your driver {G3} on {PH3} (today only).
=== delivery_note
COMMERCIAL INVOICE / SHIPPER
From: {N1}, {ADDR1}, tel {PHI1}
To: {N2}
{ADDRB2@de}
Phone: {PHI2@de}
Contents: 2 x hand-knitted jumpers (gift), value {d:amount}
Reason for export: gift
""")

long_frames("per", "en", r"""
=== school_msg
Dear Parents and Carers,

Year 4 are visiting the science museum on {d:event_date}. The coach leaves at 8.45 sharp.
Please return the consent slip to {@mrs1} {S1} by {WD}, or email {EW1}.
We still need two parent helpers; thank you to {N2} and {N3} who have already volunteered.
Children should bring a packed lunch in a disposable bag.
=== school_msg
Message from Oak Class

{=3:2}Hi {G2}, just to let you know {G3} had a bump on the head at lunch (fell off the climbing frame).
{@He3} is fine and back in class, ice pack applied by {@mrs4} {S4}.
You mentioned {G3}'s grandad {N5m} is collecting today, we'll let him know too.
Any questions, call the office.
=== school_msg
After-school coding club - register
Leader: {N1} ({PH1})
@rows 3-6
{=1:2}{N1} | Y{#1} | parent: {N2} {PH2}
@end
Pick-up is 4.30 from the library door.
""")

long_frames("per", "en", r"""
=== incident_report
INCIDENT REPORT FORM
Reported by: {N1}, {JOB1}
Injured person: {N2}
Date of birth: {DOB2}
Home address: {ADDR2}
Date and time of incident: {d:event_date}, {d:time}
Description: slipped on a wet floor in the loading bay, landed on left wrist. First aid given by {G3}.
Witness: {N3} ({PH3})
Manager informed: {N4}
=== incident_report
Security incident - summary
User: {N1} ({U1})
At {d:ts} the user's account signed in from {IP2}, a location the user has never used.
{G1} confirmed by phone on {PH1} that it was not them. The session was revoked and MFA reset by {N3}.
Earlier legitimate sign-ins came from {IP1} (home broadband).
Root cause: password reused on another site.
=== incident_report
Road traffic collision - notes for insurer
Our driver: {N1}, vehicle reg {#a2}{#2} {#a3}
Other driver: {N2}
Address: {ADDR2}
Phone: {PH2}
Insurer: {CO2}, policy {d:policy_no}
The other driver reversed out of a parking space into our van. Witness {N3} gave {@his3} number: {PH3}.
""")

long_frames("per", "en", r"""
=== crm_note
Account: {CO}
Contact: {N1} ({JOB1})
Phone: {PHI1}
Email: {EW1}

{d:dayseq} - call with {G1}, interested in the annual plan but wants a demo for {@his1} boss, {N3}.
{d:dayseq} - demo done by {G2}. {G3} asked about SSO.
Next: send pricing, follow up {WD}.
=== crm_note
call log - {N1}
{d:dayseq} no answer, left VM on {PH1}
{d:dayseq} spoke to {G1}, said to call back after the school run
{d:dayseq} {G1} wants the quote sent to {@his1} wife {N2f} instead: {E2}
{d:dayseq} quote sent, {G2} replied asking for weekend installation
=== crm_note@uk
Customer record - {CO}
Name as on ID: {N1@ar}
Preferred name: {G1}
Mobile: {PHI1@ar}
Delivery address: {ADDR1}
Notes: prefers calls after 6pm. Son {G2} translates on the phone sometimes.
=== crm_note
lead: {n1}
where from: met at the trade fair, {G1} was on the {CO2} stand
what they want: 40 seats, maybe more in spring
who decides: {n2} ({@his2} cfo), {G1} says {@he2} is hard to pin down
mobile {PH1}, linkedin not connected yet
""")

long_frames("per", "en", r"""
=== chat_transcript
1: who's paid the electric this month
2: me, {d:amount}, I'll send the split later
3: {g4} still owes me for gas btw
1: classic {g4}
2: i'll message {G4}. also landlord says the plumber is coming {WD}, his number is {PH5} if anyone needs him
3: ok cool
=== chat_transcript
1: morning all. {N3} starts on Monday, {@he3}'ll be sitting by the window
2: nice, which team?
1: payments, reporting to {G4}
2: can someone get {G3} a laptop before then, IT ticket is {d:ticket_id}
4: done, {G5} is imaging it today
=== chat_transcript
1: Grandma's new address is {ADDR5}, please update your Christmas card lists!!
2: Got it. Is the landline the same?
1: No, new number {PHL5}
3: I'll drive up to see her on Saturday with {G4}
2: say hi from us x
=== chat_transcript
1: who's got {G5} and {G6} on thursday? I'm stuck at work till 6
2: I can take both, {g5} can have tea at ours
1: you're a star. {G6}'s inhaler is in the front pocket
3: if you need backup my number's {PH3}
=== chat_transcript
1: {N3} from {CO2} called while you were out
2: what did {@he3} want
1: wants to move the install to next week. {@he3} said call back on {PHI3} before 4
2: ok will do. is {G3} the one who emailed from {E3}?
1: yep
=== chat_transcript
1: ok booking the villa now, need everyone's full name + date of birth for the form
2: {N2}, {DOB2}
3: {N3} {DOB3}
1: {g4}??
4: sorry! {N4}, born {DOB4}
1: legends, thanks
=== chat_transcript
INTRO: Chat transcript - website support
1: Hi, you're chatting with {G1}. How can I help?
2: hi my order hasn't arrived and tracking hasn't moved since tuesday
1: Sorry to hear that. Can I take your full name and the postcode or address for the order?
2: {N2}, {ADDR2}
1: Thanks {G2}. I can see it's stuck at the depot. I'll ask the courier to call you, is {PH2} still the best number?
2: yes thats me
=== chat_transcript
1: getting complaints from a user, {E3}, says the export button does nothing
2: which tenant
1: {CO2}. {@he3} sent a screenshot, looks like the old UI
2: ask {G3} to hard refresh. if not I'll hop on a call, {@his3} phone is in the ticket?
1: {PH3}
=== chat_transcript
1: Hi neighbours, parcel here for {N4}, {STREET4}? Delivered to us by mistake
2: That's the house with the red door I think
3: {G4} is away till Sunday, I can take it, I've got {@his4} key
1: Thanks {G3}! I'll drop it round
=== chat_transcript
1: can u send me {g3}'s number
2: {PH3}
2: dont tell {@him3} i gave it u lol
1: its for the surprise party!!!
2: ahh ok. {g4} has the address for the venue
""")

long_frames("per", "en", r"""
=== csv_export
customer_id,full_name,email,phone,date_of_birth
@rows 3-8
{d:customer_id},{N1},{E1},{PH1},{DOBI1}
@end
=== csv_export
first_name,last_name,email,mobile,dietary,ticket
@rows 4-9
{G1},{S1},{E1},{PHI1},<<none|vegetarian|vegan|gluten free|none|halal>>,{d:booking_ref}
@end
=== csv_export
"Donor","Address","Gift Aid","Amount"
@rows 3-6
"{R1}","{ADDR1}","<<Y|N|Y>>","{d:amount}"
@end
=== csv_export
timestamp,user,email,ip,action
@rows 4-8
{d:ts},{U1},{E1},{IP1},<<login|export|password_change|login|login>>
@end
=== tsv_export
name	phone	room	arrival
@rows 3-7
{N1}	{PH1}	{d:room}	{d:time}
@end
=== tsv_export
pupil	dob	parent/carer	contact
@rows 3-6
{=1:2}{N1}	{DOBK1}	{N2}	{PH2}
@end
=== markdown_table
Team contacts (updated {d:event_date})

| Name | Role | Email | Mobile |
|------|------|-------|--------|
@rows 3-6
| {N1} | {JOB1} | {EW1} | {PH1} |
@end
=== markdown_table
### Cover rota - week {#2}
| Day | Opening | Closing |
|---|---|---|
| Mon | {G1} | {G2} |
| Tue | {G3} | {G1} |
| Wed | {G2} | {G4} |
| Thu | {G4} | {G3} |
| Fri | {G1} | {G5} (until 3) then {G2} |
Swaps: message {G1} on {PH1}.
=== markdown_table
| Guest | Table | Meal | Notes |
| :-- | :-: | :-- | :-- |
@rows 4-8
| {N1} | {#1} | <<beef|fish|veg|veg|beef>> | <<-|+1 {G2}|nut allergy|-|wheelchair access>> |
@end
=== json_record
{
  "id": "{d:uuid}",
  "name": {"given": "{G1}", "family": "{S1}"},
  "email": "{E1}",
  "phone": "{PHI1}",
  "birthDate": "{DOBI1}",
  "address": "{ADDR1}",
  "marketingOptIn": <<true|false>>
}
=== json_record
{"order": "{d:order_id}", "status": "shipped",
 "customer": {"name": "{N1}", "email": "{E1}"},
 "ship_to": {"name": "{N2}", "line": "{ADDR2}", "phone": "{PH2}"},
 "items": [{"sku": "{d:sku}", "qty": 1}, {"sku": "{d:sku}", "qty": 2}],
 "total": "{d:amount}"}
=== json_record
[
@rows 3-5
  {"user_id": 1{#5}, "username": "{U1}", "display_name": "{N1}", "last_ip": "{IP1}"},
@end
  {"user_id": 1{#5}, "username": "{U2}", "display_name": "{N2}", "last_ip": "{IP2}"}
]
=== json_record
{
  "event": "signup.completed",
  "occurred_at": "{d:ts}",
  "data": {
    "email": "{E1}",
    "full_name": "{N1}",
    "ip": "{IP1}",
    "referrer": "{E2}"
  }
}
=== yaml_record
oncall:
  primary:
    name: {N1}
    phone: "{PHI1}"
  secondary:
    name: {N2}
    phone: "{PHI2}"
  escalation: {N3}
rotation_starts: {d:date_iso}
=== yaml_record
---
title: Interview notes
candidate: {N1}
email: {E1}
interviewers: [{N2}, {N3}]
date: {d:date_iso}
---
{G1} walked us through the migration project. {G2} felt the system design answer was weak.
=== log_lines
@rows 4-8 same
{d:logts} INFO  auth: login ok user={U1} ip={IP<<1|1|2>>}
@end
{d:logts} WARN  auth: new device for user={U1}, notified {E1}
=== log_lines
@rows 4-9
{IP1} - - [{d:clf}] "GET /<<account|orders|cart|checkout|login>> HTTP/1.1" 200 {#4} "-" "Mozilla/5.0"
@end
=== log_lines
@rows 2-4
{d:logts} ERROR mailer: could not deliver receipt to {E1}: 550 mailbox unavailable
{d:logts} INFO  mailer: retry scheduled for order {d:order_id}
@end
=== log_lines
{d:logts} ivr call start caller={PHI1} queue=billing
{d:logts} ivr menu option=2
{d:logts} agent {U2} answered caller={PHI1}
{d:logts} agent {U2} transferred to {U3}
{d:logts} call end duration=412s
""")

long_frames("per", "en", r"""
=== form
REGISTRATION FORM
Full name: {N1}
Date of birth: {DOB1}
Address: {ADDR1}
Phone: {PH1}
Email: {E1}
Emergency contact: {N2} ({PH2})
How did you hear about us? a friend ({G3})
=== form
Gym membership - new member
Surname: {SU1}
First name: {GU1}
DOB: {DOB1}
Mobile: {PH1}
Emergency contact name: {N2}
Emergency contact number: {PH2}
Medical conditions: <<none|asthma|none|knee surgery 2022>>
Staff member: {G3}
=== form
VISITOR LOG - reception
@rows 4-7
{d:time} | {N1} | visiting {G2} | <<contractor|interview|delivery|meeting>> | car reg {#a2}{#2}
@end
=== form
CHANGE OF ADDRESS
Name: {N1}
Customer no: {d:customer_id}
Old address: {ADDR1}
New address: {ADDR2}
From (date): {d:event_date}
Daytime phone: {PH1}
Signed: {N1}
=== form@uk
Direct Debit Instruction
Name of account holder: {N1}
IBAN: {IBAN1}
Address: {ADDR1}
Reference: {d:customer_id}
Instruction to your bank: please pay {CO} Direct Debits from the account detailed in this instruction.
Date: {d:event_date}
=== form@us
Patient intake
Name: {N1}
DOB: {DOB1}
SSN: {SSN1}
Address: {ADDR1}
Cell: {PH1}
Insurance: {CO2}, member ID {d:policy_no}
Primary care physician: Dr. {N2}
=== vcard
BEGIN:VCARD
VERSION:3.0
N:{S1};{G1};;;
FN:{N1}
ORG:{CO}
TITLE:{JOB1}
TEL;TYPE=CELL:{PHI1}
EMAIL;TYPE=WORK:{EW1}
END:VCARD
=== vcard
BEGIN:VCARD
VERSION:4.0
FN:{N1}
TEL;TYPE=home,voice:{PHL1}
TEL;TYPE=cell:{PH1}
EMAIL:{E1}
ADR;TYPE=home:;;{ADRV1}
BDAY:{DOBI1}
NOTE:{G1}'s partner is {N2}
END:VCARD
""")

# ---------------------------------------------------------------------------------------------------------------
# English, personal, short (one to three sentences)

short_frames("per", "en", r"""
chat | {g1f} said shes gonna be late again, start without her
chat | lol {g1} just fell asleep on the sofa mid sentence
chat | omw, tell {g1} to save me a seat
chat | is {g1} still with {g2} or did they break up
chat | cant find {g1f}s charger anywhere, did she take it home
chat | yo whats {g1}s new number, the old one {PH1} just rings out
chat | honestly {g1} {s1} is the only reason i havent quit
chat | {G1} and {G2} are both off sick so its just me and {g3} today
chat | did u see what {g1} posted?? im screaming
chat | tell {g1} i said happy bday!! 🎉
chat | moving to {STREET1} next month, housewarming tba
chat | we moved to {STREET1} last month btw, come visit
chat | new addy is {ADDR1} if u want to send the stuff
chat | srry cant make it, {g1}'s car broke down on the motorway
chat | my mums number if u cant reach me: {PH1}
chat | ok i just rang {g1f} and she sounds fine, dont worry
chat | has anyone heard from {g1} since friday
chat | me n {g1} r going to the thing at 8 wanna come
chat | just saw {G1} {S1} at the big tesco of all places
chat | pls stop adding {g1f} to the group chat shes not even in our year
chat | wait {g1}s surname is {S1}?? like the teacher??
chat | ugh {g1} keeps calling me, its {PH1} if u wanna block it for me 😂
chat | my email changed to {E1}, the old one got hacked
formal | Please forward the signed agreement to {N1} at {E1} by the end of the week.
formal | Following our conversation, I confirm that {N1} will act as the executor of the estate.
formal | Ms {S1f} has asked that all correspondence be sent to {ADDR1} from now on.
formal | I would like to nominate {N1} for this year's volunteer award for {@his1} work with the youth club.
formal | Could you kindly confirm the appointment for {N1}, date of birth {DOB1}, on {d:event_date}?
formal | We regret to inform you that {N1} passed away peacefully on {d:event_date}.
formal | The tenancy will be held jointly by {N1} and {N2} with effect from {d:event_date}.
formal | Payment should be made to {N1}, IBAN {IBAN1}, quoting the invoice number.
formal | Please note that Dr {S1} will be on leave and patients will be seen by Dr {N2} instead.
formal | With thanks to {N1}, {N2} and {N3} for reviewing earlier drafts of this report.
formal | For any questions regarding your claim, please contact {N1} on {PH1}.
formal | You can reach {N1} on {PHL1}, extension {d:ext}, between 9 and 5.
note | {G1} at the council - {PHL1} x{d:ext}, ask for the housing team
formal | Our records show {N1} at {ADDR1}; please confirm whether this is still correct.
formal | I am writing on behalf of my mother, {N1f}, who is unable to manage her own correspondence.
formal | Receipt of your application from {N1} (DOB {DOB1}) is hereby acknowledged.
note | call {G1} re: boiler quote, {PH1}
note | ask {g1} about the spare key
note | {N1} - dentist recall, born {DOB1}, ring back after 2
note | remember: {G1f}'s birthday {d:event_date}, she likes gin
note | pick up {G1}'s prescription before 6
note | pay {G1} back {d:amount} for the tickets
note | {S1} (the plumber) {PH1} cash only
note | renew parking permit for {STREET1}
note | follow up with {I1} about the invoice
note | book table for 4 under {S1} at 7.30
note | get {G1} a card - leaving do on {WD}
ai_prompt | Give me the gist of this in two bullets, it's from {N1}: "Hi team, the vendor call moved to {WD}, I'll send the deck tonight."
ai_prompt | Write back to {G1} for me - I can't do the meeting on {WD}, {G2} will cover. Keep it short and nice.
ai_prompt | Turn this email footer into JSON with keys name/title/tel/mail: {N1} | {JOB1} | {PH1} | {E1}
ai_prompt | Write a LinkedIn recommendation for {N1}, who was my manager for three years at {CO}.
ai_prompt | Turn this into a formal letter: tell {N1} at {ADDR1} that rent goes up from next month.
ai_prompt | Translate to Spanish: "{G1} will pick you up from the airport, {@his1} number is {PHI1}."
ai_prompt | Fix the grammar: "me and {g1} was going to the shop when {g2} called us"
ai_prompt | Can you make this sound friendlier? "{G1}, the report is late again. Send it today."
ai_prompt | Write a short poem for {G1f}'s retirement, she's been our receptionist for 22 years.
ai_prompt | Here is a customer complaint from {N1} ({E1}). Classify it as billing, delivery or product.
ai_prompt | Give me three subject lines for an email inviting {N1} and {N2} to speak at our conference.
ai_prompt | Please check if this IBAN looks right before I send money to my landlord {N1}: {IBAN1}
code_comment | # TODO({U1}): remove this hack once the payments team ships the fix
code_comment | // contact {N1} <{EW1}> before changing the rounding logic
code_comment | /* Original author: {N1}. Do not refactor without asking {G1}. */
code_comment | # hardcoded for {N1}'s account ({E1}) during the migration, delete after
code_comment | // FIXME: {g1} says this breaks for users born before 1970, e.g. DOB {DOBI1}
code_comment | # test fixture uses a real customer phone ({PHI1}) - replace with a fake one!!
commit_msg | fix: handle null surname in export (reported by {N1})
commit_msg | Revert "add {G1}'s debug logging" - it was logging full card numbers
commit_msg | chore: update CODEOWNERS, {U1} replaces {U2} on billing
commit_msg | docs: thank {N1} and {N2} for the translation
commit_msg | Merge pull request #{#4} from {U1}/fix-timezone
commit_msg | feat(crm): add second phone field, requested by {G1} in sales
sms | Hi {G1}, your table for 2 is confirmed for {d:time} on {WD}. Reply C to cancel.
sms | Your driver {G1} is 5 minutes away in a grey Toyota.
sms | Hi its {G1} from the vets, {G2} is ready to collect 🐶 call {PH1}
sms | Mum landed safe, {G1} picking her up now x
sms | {G1} here - running 10 mins late, sorry!!
sms | Reminder: {N1} has an appointment with the nurse on {d:event_date} at {d:time}.
sms | Hi {G1}, this is {G2} from the lettings office, can you call me on {PH2} about the viewing?
voice_note | yeah hi it's {g1} um just calling about the car, can you call me back on {PH1} thanks bye
voice_note | so i spoke to {g1} and {g2} and they're both fine with the tuesday slot
voice_note | message for {g1} from {g2} at the garage, your car's ready, it came to {d:amount}
voice_note | hi this is {n1} my date of birth is {DOB1} i'm calling about my test results
social_post | Huge congratulations to {N1} on {@his1} graduation today, so proud!! 🎓
social_post | Shoutout to {G1} at the {CITY} branch who went above and beyond to find my lost bag.
social_post | RIP {N1}, the kindest neighbour anyone could ask for.
social_post | Happy 40th to my brother {G1m}!!! Here's to another 40 🍻
social_post | Anyone know {N1}? {@He1} left {@his1} wallet at the cafe on the high street.
review | {G1} at reception was lovely, and {G2} explained everything really clearly. 5 stars.
review | Our guide {G1} made the whole tour, ask for {@him1} if you go!
review | Avoid. The manager ({N1}) hung up on me twice.
review | Thank you {N1} for sorting out our garden, highly recommend, {PH1}.
calendar | 1:1 {G1} / {G2}
calendar | Lunch w/ {N1} @ {d:time}
calendar | Interview: {N1} (backend) - room {d:room}
calendar | Dentist - {G1} (school pickup by {G2})
calendar | Call {N1} ({PHI1}) re: contract
hr_note | {N1} starts {d:event_date}; buddy is {N2}.
hr_note | Sick note received from {N1}, off until {d:event_date}.
hr_note | {G1} asked to move {@his1} hours to 8-4 from next month because of childcare.
hr_note | Exit interview with {N1} booked, {G2} from HR to run it.
hr_note | Bank details for {N1} updated to {IBAN1} as of this payroll.
support | Customer {N1} called, says {@he1} was charged twice. Callback {PH1}.
support | Spoke to {G1} from {CO2}, {@he1}'ll resend the PO today.
support | User {U1} cannot log in from {IP1}, escalated to tier 2.
support | Please send the replacement to {N1}, {ADDR1}, and mark it urgent.
support | {N1}'s card {CARD1} was declined again, asked {@him1} to call the bank.
bank_msg@us | Your new SSN card for {N1} ({SSN1}) was mailed to the address on file.
bank_msg@us | Please confirm your identity: SSN {SSN1}, date of birth {DOB1}.
bank_msg | A payment of {d:amount} to {N1} ({IBAN1}) is pending your approval.
bank_msg | Hi {G1}, card ending {d:card_last4} was used at {d:time}. If this wasn't you, call us.
delivery | Delivered to {N1}, front porch, signed by "{g1}".
delivery | Parcel left with {N1} at {STREET1}.
delivery | Deliver to {N1}, {ADDR1}, call {PH1} on arrival.
school_msg | {G1} has been chosen to read at the assembly on {WD}!
school_msg | Please could {G1}'s parents contact the office about the trip money.
school_msg | {N1} and {N2} won the spelling bee this week, well done both!
school_msg | {G1} was collected today by {N2}; please let us know in future if someone else is picking up.
travel | Passenger {NU1}, DOB {DOB1}, seat {d:seat} on {d:flight_no}.
travel | Taxi booked for {N1} from {ADDR1} to the airport at {d:time}.
travel | Hotel reservation under {R1}, 3 nights, contact {PHI1}.
medical | {N1} (DOB {DOB1}) seen in clinic, bloods taken, review in 2 weeks.
medical | Pt {S1} asked for a female doctor; rebooked with Dr {S2}.
medical | Message from {G1} {S1}: can the repeat prescription go to the pharmacy on {STREET1}?
it_ticket | New laptop for {N1}, ship to home: {ADDR1}.
it_ticket | Please reset MFA for {U1}, {@he1} changed phone to {PH1}.
it_ticket | Block {IP1}, repeated failed logins for {E1}.
general | {G1} and I are going to Portugal in May.
general | My sister {G1f} lives round the corner from {G2}.
general | According to {G1}, the meeting was cancelled.
general | With {G1} away, {G2} is covering the front desk.
general | For {G1}, who taught me everything about bread.
general | From {G1}: "don't forget the milk".
general | To {G1} and {G2}, congratulations on the new house!
general | {S1}'s team won the quiz again.
general | The flat on {STREET1} is {G1}'s, not mine.
general | Born {DOBL1} in {CITY}, {N1} moved abroad at nineteen.
general | Ask {G1}, {G2} or {G3} - they were all there.
general | {G1}, {G2}, {G3} and {G4} have signed up for the 10k.
""")

# ---------------------------------------------------------------------------------------------------------------
# English, personal: more frames for the rarer value types (SSN, cards) and more shapes

long_frames("per", "en", r"""
=== csv_export@us
emp_id,name,ssn,hire_date,state
@rows 3-7
{d:employee_id},"{R1}",{SSN1},{d:date_iso},<<OH|TX|CA|NY|WA|IL>>
@end
=== form@us
BACKGROUND CHECK AUTHORIZATION
Applicant name: {N1}
Other names used: none
Date of birth: {DOB1}
Social Security No.: {SSN1}
Current address: {ADDR1}
Previous address (if less than 3 years): {ADDR2}
Phone: {PH1}
I authorize {CO} to obtain a consumer report about me.
=== chat_transcript@us
1: ok doing the taxes tonight, I need your SSN again
2: {SSN2}
1: and the kids?
2: {G3}'s is {SSN3}, {G4}'s is on the card in the blue folder
1: found it. thanks babe
=== chat_transcript
INTRO: Call transcript - phone order (card details masked in CRM after the call)
1: Thanks for calling, this is {G1}. Can I take the name on the card?
2: {N2}
1: And the long number?
2: {CARD2}
1: Expiry and billing address?
2: {d:card_expiry}, and it's {ADDR2}
=== email
S: Deposit for {d:event_date}
R: formal
---
Further to our call, please take the deposit for the function room from the card below:
Name on card: {N1}
Card number: {CARD1}
Expiry: {d:card_expiry}
The security code I'll give you over the phone. Our contact on the day will be {N3}, mobile {PH3}.
=== support_ticket
Ticket {d:ticket_id} | Sensitive data in chat
Customer {N1} pasted a full card number ({CARD1}) into the live chat while asking about a refund.
Agent {G2} has redacted it in the CRM, but it is still in the chat export sent to {E1}.
Action: ask {G3} in compliance whether we need to purge the export.
=== vcard
BEGIN:VCARD
VERSION:2.1
N:{S1};{G1}
FN:{N1}
TEL;CELL:{PH1}
TEL;WORK;VOICE:{PHL1}
ADR;HOME:;;{ADRV1}
EMAIL;PREF;INTERNET:{E1}
END:VCARD
=== incident_report
Lost property report
Item: black rucksack containing a laptop and a passport
Owner: {N1}
Contact: {PH1} / {E1}
Found by: {N2} (staff) near platform 4 at {d:time}
Owner's description matched; item handed back on {d:event_date} after {G1} showed ID.
=== email
S: Re: Re: neighbour's tree
R: casual
H: none
---
> {G2} wrote:
> Have you spoken to the people at {STREET3} about the branches yet?

Yes, finally caught {N3} yesterday. {@He3} was really nice about it and says {@his3} son {G4} will cut it back at the weekend.
If not, {@he3} gave me {@his3} number, {PH3}, so we can chase.
""")

short_frames("per", "en", r"""
hr_note@us | W-4 received for {N1}, SSN {SSN1}, start date {d:event_date}.
ai_prompt@us | Fill in this W-9 for me: name {N1}, SSN {SSN1}, address {ADDR1}.
support@us | Caller verified with SSN {SSN1} and date of birth {DOB1}, address updated.
voice_note@us | hi yes my name is {n1} and my social is {SSN1}, calling about the refund
chat@us | my ssn is {SSN1} pls dont lose the form this time
note@us | {G1} SSN {SSN1} (for the daycare form)
chat | can u book it on my card {CARD1} exp {d:card_expiry}, ill pay u back
note | amex {CARD1} - {G1}'s, for the hotel only
support | Customer read out card {CARD1} on the call; reminded {@him1} we never ask for the full number.
formal | Please charge the outstanding balance of {d:amount} to card number {CARD1} in the name of {N1}.
chat | {g1} whats your bank details for the rent split? iban pls
chat | {IBAN1} - thats mine, ref "rent {MON}"
formal | Kindly transfer the deposit to the account holder {N1}, IBAN {IBAN1}, by {d:event_date}.
""")

# ---------------------------------------------------------------------------------------------------------------
# German

long_frames("per", "de", r"""
=== email
S: Wohnungsübergabe {STREET1}
R: formal
W: s
---
wie telefonisch besprochen, findet die Übergabe der Wohnung {ADDR1} am {d:event_date} um {d:time} statt.
{?3:Unser Hausmeister|Unsere Hausmeisterin}, {@herr3} {S3}, bringt die Zählerstände mit. Bitte halten Sie alle Schlüssel bereit.
Falls Sie verhindert sind, erreichen Sie {@ihn3} unter {PH3}.
=== email
S: Kita-Abholung Donnerstag
R: casual
---
{=3:1}kannst du am Donnerstag {G3} aus der Kita abholen? Ich habe bis 18 Uhr einen Termin.
Die Erzieherin heißt {G4}, ich habe dich schon als abholberechtigt eingetragen.
Falls was ist: meine Handynummer ist {PH1}.
=== chat_transcript
1: hat jemand die Nummer vom Vermieter?
2: {N4}, {PH4}
3: aber der geht nie ran, schreib lieber {G5} von der Hausverwaltung
1: ok danke. {g2} kommst du heute Abend noch vorbei?
2: ja so gegen acht
=== form
ANMELDUNG ZUM SPORTVEREIN
Name, Vorname: {R1}
Geburtsdatum: {DOB1}
Anschrift: {ADDR1}
Telefon: {PH1}
E-Mail: {E1}
Erziehungsberechtigte/r: {N2}
IBAN für den Mitgliedsbeitrag: {IBAN1}
=== meeting_minutes
Protokoll Teamsitzung vom {d:event_date}
Anwesend: {N1}, {N2}, {N3}
Entschuldigt: {N4}
TOP 1: Urlaubsplanung - {G2} ist vom {d:event_date} bis {d:later_date} weg, Vertretung übernimmt {G3}.
TOP 2: Neue Kollegin {N5f} startet am Montag, Einarbeitung durch {G1}.
Nächster Termin: {WD}, {d:time}
""")

short_frames("per", "de", r"""
chat | {g1f} hat gesagt sie kommt später, fangt ruhig ohne sie an
chat | bin mit {g1} und {g2} im biergarten, kommst du noch?
chat | wir sind letzten Monat in die {STREET1} gezogen, komm doch mal vorbei
formal | Bitte senden Sie die Unterlagen an {@herr1} {N1}, {ADDR1}.
formal | Die Patientin {N1f}, geb. {DOB1}, wurde heute stationär aufgenommen.
note | {G1} anrufen wegen Geburtstag, Nummer {PH1}
ai_prompt | Fasse diese Mail von {N1} in drei Sätzen zusammen und antworte höflich.
support | Kundin {N1f} ({E1}) hat die Rechnung doppelt bekommen, bitte prüfen.
hr_note | Neue Bankverbindung für {N1}: {IBAN1}, gültig ab dem nächsten Monat.
general | Laut {G1} ist das Meeting verschoben, frag aber lieber nochmal bei {G2} nach.
""")

# ---------------------------------------------------------------------------------------------------------------
# French

long_frames("per", "fr", r"""
=== email
S: Dossier de location - {STREET1}
R: formal
W: s
---
nous avons bien reçu votre dossier pour l'appartement suivant : {ADDR1}.
Il nous manque encore l'avis d'imposition de {?3:votre garant|votre garante}, {@m3} {N3}.
Vous pouvez le déposer à l'agence ou l'envoyer à {EW1}. Pour toute question, appelez-moi au {PH1}.
=== email
S: Goûter d'anniversaire - {G3} !
R: casual
---
{=3:1}{G3} fête ses 6 ans samedi prochain à la maison : {ADDR1}.
Ça commence à 15h, les parents peuvent rester prendre un café.
Dis-moi si {G4} peut venir, par SMS au {PH1}. Bises !
=== chat_transcript
1: qqn a le numéro de {g3} ? je dois lui rendre ses clés
2: {PH3}
1: merci !! et {g4f} vient ce soir ?
2: non elle bosse, mais {G5} passe vers 21h
=== form
FICHE D'INSCRIPTION - Médiathèque
Nom : {SU1}
Prénom : {G1}
Né(e) le : {DOB1}
Adresse : {ADDR1}
Téléphone : {PH1}
Courriel : {E1}
Personne à prévenir : {N2}, {PH2}
=== medical_letter
Cher confrère,
Je vous adresse {@m1} {N1}, né{@e1} le {DOB1}, pour avis cardiologique.
{@Il1} présente une dyspnée d'effort depuis deux mois. ECG joint.
{?1:Le patient|La patiente} habite {ADDR1} et souhaite un rendez-vous en fin de matinée.
Bien confraternellement,
Dr {N2}
""")

short_frames("per", "fr", r"""
chat | {g1f} a dit qu'elle serait en retard, commencez sans elle
chat | on a déménagé au {STREET1} le mois dernier, passe quand tu veux
formal | Veuillez adresser le courrier à {@madame1} {N1}, {ADDR1}.
formal | {@m1} {S1}, né{@e1} le {DOBL1}, est convoqué{@e1} le {d:event_date} à {d:time}.
note | rappeler {G1} pour le devis, {PH1}
ai_prompt | Résume ce mail de {N1} et propose une réponse polie à {G2}.
support | La cliente {N1f} ({E1}) n'a pas reçu son colis, à relancer demain.
general | Avec {G1} et {G2}, on part à Lyon ce week-end.
bank_msg | Virement de {d:amount} vers {N1} (IBAN {IBAN1}) en attente de validation.
""")

# ---------------------------------------------------------------------------------------------------------------
# Spanish

long_frames("per", "es", r"""
=== email
S: Reserva casa rural - datos de los huéspedes
R: casual
---
Te paso los datos que pide la casa para el registro de viajeros:
{N1}, fecha de nacimiento {DOB1}
{N3}, fecha de nacimiento {DOB3}
Llegamos el viernes sobre las 8. Si hay algún problema llámame al {PH1}.
=== email
S: Incidencia en la comunidad - {STREET1}
R: formal
---
Le escribo como {?1:presidente|presidenta} de la comunidad de propietarios de {ADDR1}.
{?3:El vecino|La vecina} del 3º, {@sr3} {S3}, nos informa de una filtración en el techo del garaje.
Le rogamos que envíe a un técnico lo antes posible. Mi teléfono de contacto es {PH1}.
=== chat_transcript
1: alguien tiene el móvil de {g3}?
2: {PH3}
1: gracias!! le tengo que devolver el táper jaja
3: por cierto {g4} se ha mudado, ahora vive en {STREET4}
=== form
SOLICITUD DE ALTA - Gimnasio
Nombre y apellidos: {N1}
Fecha de nacimiento: {DOB1}
Domicilio: {ADDR1}
Móvil: {PH1}
Correo electrónico: {E1}
Cuenta para domiciliación (IBAN): {IBAN1}
""")

short_frames("per", "es", r"""
chat | {g1f} dice que llega tarde, empezad sin ella
chat | nos mudamos a {STREET1} el mes pasado, a ver cuándo venís
formal | Por favor, remita la documentación {?1:al Sr.|a la Sra.} {N1}, {ADDR1}.
formal | El paciente {N1m}, nacido el {DOBL1}, ingresa hoy en planta.
note | llamar a {G1} por lo del presupuesto, {PH1}
ai_prompt | Resume este correo de {N1} y redacta una respuesta amable para {G2}.
support | La clienta {N1f} ({E1}) pide la factura a nombre de su empresa.
general | Con {G1} y {G2} nos vamos a Valencia en Semana Santa.
""")

# ---------------------------------------------------------------------------------------------------------------
# Italian

long_frames("per", "it", r"""
=== email
S: Visita appartamento {STREET1}
R: formal
W: s
---
come concordato telefonicamente, la visita all'appartamento di {ADDR1} è fissata per {WD} alle {d:time}.
Sarà presente anche {?3:il proprietario|la proprietaria}, {@signor3} {N3}.
Per qualsiasi imprevisto mi può contattare al {PH1}.
=== email
S: cena di sabato
R: casual
---
Allora confermo sabato alle 20 da noi. Viene anche {N3} con {G4}, spero non sia un problema.
L'indirizzo nuovo è {ADDR1}, citofono {S1}.
Se vi perdete chiamatemi al {PH1}!
=== chat_transcript
1: qualcuno ha il numero di {g3}?
2: {PH3}
1: grazie! domani {g4} porta la torta
3: e {G5} il vino, speriamo
=== form
MODULO DI ISCRIZIONE - Corso di nuoto
Cognome e nome: {R1}
Nato/a il: {DOB1}
Residente in: {ADDR1}
Cellulare: {PH1}
Email: {E1}
Genitore o tutore (se minore): {N2}
""")

short_frames("per", "it", r"""
chat | {g1f} ha detto che arriva tardi, iniziate pure senza di lei
chat | ci siamo trasferiti in {STREET1} il mese scorso, passate a trovarci
formal | Si prega di inviare la documentazione {?1:al Sig.|alla Sig.ra} {N1}, {ADDR1}.
formal | La paziente {N1f}, nata il {DOB1}, è stata dimessa in data odierna.
note | chiamare {G1} per il preventivo, {PH1}
ai_prompt | Riassumi questa email di {N1} e scrivi una risposta cortese per {G2}.
support | Il cliente {N1m} ({E1}) chiede il rimborso dell'ordine {d:order_id}.
general | Con {G1} e {G2} andiamo al mare a Ferragosto.
""")

# ---------------------------------------------------------------------------------------------------------------
# Dutch

long_frames("per", "nl", r"""
=== email
S: Bezichtiging {STREET1}
R: formal
W: s
---
Hierbij bevestig ik de bezichtiging van de woning aan de {ADDR1} op {WD} om {d:time}.
De huidige bewoner, {@dhr3} {N3}, is aanwezig en kan uw vragen over de buurt beantwoorden.
Mocht u verhinderd zijn, belt u mij dan op {PH1}.
=== email
S: verjaardag {G3}
R: casual
---
{=3:1}{G3} wordt zaterdag 8 en we vieren het thuis, {ADDR1}, vanaf 14.00 uur.
Kan {G4} ook komen? Laat het even weten via {PH1}.
Groetjes en tot zaterdag!
=== chat_transcript
1: heeft iemand het nummer van {g3}?
2: {PH3}
1: top, dank je! komt {g4} vanavond ook?
3: nee, {g4} werkt, maar {G5} komt wel
=== form
INSCHRIJFFORMULIER - Huisartsenpraktijk
Achternaam: {S1}
Voornamen: {G1}
Geboortedatum: {DOB1}
Adres: {ADDR1}
Telefoon: {PH1}
E-mail: {E1}
Vorige huisarts: dr. {N2}
""")

short_frames("per", "nl", r"""
chat | {g1f} zei dat ze later komt, begin maar zonder haar
chat | we zijn vorige maand verhuisd naar de {STREET1}, kom gauw langs
formal | Gelieve de stukken te sturen naar {@dhr1} {N1}, {ADDR1}.
formal | Mevrouw {S1f}, geboren op {DOB1}, is vandaag opgenomen.
note | {G1} bellen over de offerte, {PH1}
ai_prompt | Vat deze mail van {N1} samen en schrijf een vriendelijk antwoord aan {G2}.
support | Klant {N1} ({E1}) heeft het pakket nog steeds niet ontvangen.
general | Met {G1} en {G2} gaan we in mei naar Texel.
hr_note | Nieuw rekeningnummer van {N1}: {IBAN1}.
""")

# ---------------------------------------------------------------------------------------------------------------
# Portuguese (Brazil)

long_frames("per", "pt", r"""
=== email
S: Documentos para o contrato de aluguel
R: formal
W: s
---
recebemos sua proposta para o imóvel da {ADDR1}.
Para seguir com a análise, precisamos do comprovante de renda {?3:do fiador|da fiadora}, {@srpt3} {N3}, e de uma cópia do RG.
Os documentos podem ser enviados para {EW1} ou entregues na imobiliária. Qualquer dúvida, me chame no {PH1}.
=== email
S: churrasco sábado!!
R: casual
---
Vai ter churrasco lá em casa no sábado a partir do meio-dia. Endereço: {ADDR1}.
A {G3f} vai levar a sobremesa e o {G4m} fica com as bebidas.
Me confirma pelo WhatsApp {PH1} se você vem!
=== chat_transcript
1: alguém tem o número da {g3f}?
2: {PH3}
1: valeu!! o {g4m} vem hoje?
3: vem sim, chega umas 9 com o {G5m}
=== form
FICHA CADASTRAL - Clínica
Nome completo: {N1}
Data de nascimento: {DOB1}
Endereço: {ADDR1}
Celular/WhatsApp: {PH1}
E-mail: {E1}
Contato de emergência: {N2} - {PH2}
""")

short_frames("per", "pt", r"""
chat | a {g1f} disse que vai atrasar, podem começar sem ela
chat | a gente se mudou pra {STREET1} mês passado, aparece lá
formal | Favor encaminhar a documentação para {?1:o Sr.|a Sra.} {N1}, {ADDR1}.
formal | A paciente {N1f}, nascida em {DOBL1}, recebeu alta hoje.
note | ligar pro {G1m} sobre o orçamento, {PH1}
ai_prompt | Resuma este e-mail de {N1} e escreva uma resposta educada para {G2}.
support | Cliente {N1} ({E1}) reclamou que o pedido {d:order_id} veio errado.
general | Com o {G1m} e a {G2f}, vamos pra praia no feriado.
""")

# ---------------------------------------------------------------------------------------------------------------
# Polish

long_frames("per", "pl", r"""
=== email
S: Odbiór kluczy - {STREET1}
R: formal
W: s
---
potwierdzam termin przekazania mieszkania przy {ADDR1}: {WD}, godz. {d:time}.
Na miejscu będzie również {?3:właściciel|właścicielka}, {@pan3} {N3}, {?3:który|która} spisze stan liczników.
W razie zmiany planów proszę o kontakt pod numerem {PH1}.
=== email
S: Urodziny - {G3}
R: casual
---
{=3:1}{G3} kończy w sobotę 7 lat i robimy małą imprezę w domu: {ADDR1}, od 15:00.
Czy {G4} może przyjść? Daj znać SMS-em na {PH1}.
Do zobaczenia!
=== chat_transcript
1: {g3} {?3:zmienił|zmieniła} numer, ma ktoś nowy?
2: {PH3}
1: dzięki! a {g4} będzie wieczorem?
3: {g4} pracuje, ale {G5} na pewno wpadnie
=== form
KARTA ZGŁOSZENIA - Basen miejski
Imię i nazwisko: {N1}
Data urodzenia: {DOB1}
Adres zamieszkania: {ADDR1}
Telefon: {PH1}
E-mail: {E1}
Opiekun prawny: {N2}
""")

short_frames("per", "pl", r"""
chat | {g1} {@napisal1} że się spóźni, zaczynajcie bez nas
chat | w zeszłym miesiącu przeprowadziliśmy się na {STREET1}, wpadaj kiedy chcesz
formal | Adresat dokumentów: {@pan1} {N1}, {ADDR1}. Proszę o wysyłkę listem poleconym.
formal | Pacjentka {N1f}, data urodzenia {DOB1}, została dziś przyjęta na oddział.
note | {G1} - oddzwonić w sprawie wyceny, {PH1}
ai_prompt | Streść tego maila (nadawca: {N1}) i napisz uprzejmą odpowiedź, podpisz jako {G2}.
support | Klient {N1m} ({E1}) {@zglosil1} brak faktury za zamówienie {d:order_id}.
general | {G1}, {G2} i ja jedziemy w długi weekend nad morze.
hr_note | {N1} - nowy numer konta: {IBAN1}.
""")

# ---------------------------------------------------------------------------------------------------------------
# Turkish

long_frames("per", "tr", r"""
=== email
S: Daire teslimi - {STREET1}
R: formal
W: s
---
{ADDR1} adresindeki dairenin teslimi {WD} günü saat {d:time} olarak planlanmıştır.
Ev sahibi {N3} de orada olacak ve sayaç değerlerini birlikte kontrol edeceğiz.
Bir değişiklik olursa lütfen {PH1} numarasından bana ulaşın.
=== email
S: Doğum günü partisi - {G3}
R: casual
---
{=3:1}{G3} cumartesi 6 yaşına giriyor, evde küçük bir parti yapıyoruz: {ADDR1}, saat 15:00'te.
{G4} da gelebilir mi? {PH1} numarasına mesaj atarsan sevinirim.
Görüşmek üzere!
=== chat_transcript
1: arkadaşlar {g3} ile ilgili bir şey soracağım, numarası olan var mı?
2: {PH3}
1: sağ ol! {g4} bu akşam geliyor mu?
3: {g4} çalışıyor ama {G5} kesin gelir
=== form
KAYIT FORMU - Spor Salonu
Ad Soyad: {N1}
Doğum tarihi: {DOB1}
Adres: {ADDR1}
Cep telefonu: {PH1}
E-posta: {E1}
Acil durumda aranacak kişi: {N2}, {PH2}
""")

short_frames("per", "tr", r"""
chat | {g1} geç kalacakmış, onu beklemeden başlayın
chat | geçen ay {STREET1} adresine taşındık, bir gün uğra
formal | Belgelerin {N1}, {ADDR1} adresine gönderilmesini rica ederiz.
formal | Hasta {N1}, doğum tarihi {DOB1}, bugün servise yatırıldı.
note | {G1} {@bey1} - teklif için geri ara, {PH1}
ai_prompt | {N1} tarafından gönderilen bu e-postayı özetle ve {G2} için kibar bir cevap yaz.
support | Müşteri {N1} ({E1}) siparişinin hâlâ gelmediğini söylüyor.
general | {G1} ve {G2} ile bayramda Bodrum'a gidiyoruz.
bank_msg | {N1} adına {IBAN1} hesabına {d:amount} havale onay bekliyor.
""")

# ---------------------------------------------------------------------------------------------------------------
# non-English, personal: structured records and one more letter per language

long_frames("per", "de", r"""
=== csv_export
Name;Vorname;Geburtsdatum;IBAN;Eintritt
@rows 3-6
{S1};{G1};{DOB1};{IBAN1};{d:event_date}
@end
=== vcard
BEGIN:VCARD
VERSION:3.0
N:{S1};{G1};;;
FN:{N1}
TEL;TYPE=CELL:{PHI1}
EMAIL:{E1}
ADR;TYPE=HOME:;;{ADRV1}
NOTE:Ansprechpartnerin in der Buchhaltung ist {N2f}
END:VCARD
""")
long_frames("per", "fr", r"""
=== json_record
{
  "client": "{N1}",
  "date_naissance": "{DOBI1}",
  "adresse": "{ADDR1}",
  "telephone": "{PHI1}",
  "email": "{E1}",
  "conseiller": "{N2}"
}
=== support_ticket
Ticket {d:ticket_id} - Colis non reçu
Cliente : {N1f} <{E1}>
Note interne ({G2}) : le transporteur indique une livraison le {d:event_date}, signée « {g3} ».

> Le {d:event_date}, {N1} a écrit :
> Bonjour, je n'ai jamais reçu mon colis et je ne connais personne qui s'appelle {G3}.
> Mon adresse est bien {ADDR1}. Merci de me rappeler au {PH1}.
""")
long_frames("per", "es", r"""
=== markdown_table
| Nombre | Cargo | Correo | Móvil |
|---|---|---|---|
@rows 3-5
| {N1} | {JOB1} | {EW1} | {PH1} |
@end
=== tenancy_note
Visita piso - {ADDR1}
Agente: {G2}
Interesados: {N3} y {N4}, teléfono {PH3}
Les gusta la terraza; preguntan si el propietario, {@sr5} {S5}, acepta mascotas.
Segunda visita el {d:event_date} a las {d:time}.
""")
long_frames("per", "it", r"""
=== tsv_export
cognome	nome	data_nascita	cellulare
@rows 3-6
{S1}	{G1}	{DOB1}	{PH1}
@end
=== medical_letter
Egregio collega,
ti invio {?1:il sig.|la sig.ra} {N1}, {?1:nato|nata} il {DOB1}, per una visita ortopedica.
{?1:Il paziente|La paziente} riferisce dolore al ginocchio destro da circa tre mesi.
Recapito: {PH1}; residenza: {ADDR1}.
Cordiali saluti,
dott. {N2}
""")
long_frames("per", "nl", r"""
=== json_record
{
  "naam": "{N1}",
  "geboortedatum": "{DOBI1}",
  "adres": "{ADDR1}",
  "telefoon": "{PH1}",
  "iban": "{IBAN1}"
}
=== school_msg
Beste ouders/verzorgers,
Op {d:event_date} gaat groep 6 naar het museum. We vertrekken om 8.30 uur.
Wilt u het toestemmingsformulier uiterlijk {WD} inleveren bij juf {G1f}?
Dank aan {N2} en {N3}, die al als begeleider meegaan.
Vragen? Bel de school of mail {EW1}.
""")
long_frames("per", "pt", r"""
=== csv_export
nome,celular,email,bairro
@rows 3-6
{N1},{PH1},{E1},<<Centro|Jardim América|Vila Nova|Boa Vista>>
@end
=== hr_letter
DECLARAÇÃO
Declaramos, para os devidos fins, que {N1}, {?1:nascido|nascida} em {DOBL1}, trabalha nesta empresa desde {d:event_date} no cargo de {JOB1}.
Endereço cadastrado: {ADDR1}.
{CITY}, {d:event_date}.
{N2}
Recursos Humanos - {CO}
""")
long_frames("per", "pl", r"""
=== csv_export
imię;nazwisko;telefon;e-mail
@rows 3-6
{G1};{S1};{PH1};{E1}
@end
=== tenancy_note
Protokół zdawczo-odbiorczy
Lokal: {ADDR1}
{?2:Najemca|Najemczyni}: {N2}, tel. {PH2}
{?3:Wynajmujący|Wynajmująca}: {N3}
Stan liczników spisano w obecności obu stron. Przekazano 3 klucze.
""")
long_frames("per", "tr", r"""
=== json_record
{
  "ad_soyad": "{N1}",
  "dogum_tarihi": "{DOBI1}",
  "telefon": "{PHI1}",
  "eposta": "{E1}",
  "adres": "{ADDR1}"
}
=== support_ticket
Talep {d:ticket_id} - Teslim edilmeyen kargo
Müşteri: {N1} <{E1}>
Telefon: {PH1}
Not ({G2}): kargo firması {d:event_date} tarihinde teslim edildi diyor, müşteri kabul etmiyor.
> Merhaba, kargom hâlâ gelmedi. Adresim {ADDR1}. Lütfen beni arayın.
""")

# ---------------------------------------------------------------------------------------------------------------
# Public documents: no personal data, realistic look-alikes (listed as decoys)

long_frames("pub", "en", r"""
=== release_notes
## {d:version} - {d:event_date}
### Fixed
- Export to CSV no longer drops the last row (#{#4})
- Dark mode: date picker is readable again
### Changed
- Minimum supported <<Android|iOS|macOS>> version is now {d:version}
- {d:build}, checksum {d:sha256}
=== release_notes
Changelog

{d:version}
* Bump dependency to {d:version}
* Retry uploads on HTTP 503
* Docs: example config uses [[example_email~admin@example.com]] and [[doc_ip~192.0.2.10]]

{d:version}
* First public beta
=== news_article
[[public_figure~Angela Merkel]] opens new wing of the <<city library|science museum|concert hall>>
The former chancellor cut the ribbon on {d:event_date} in front of around {d:count} visitors.
The extension, designed by [[org~Snøhetta]], cost £{#2}.{#1} million and took three years to build.
Local councillors said the building would "put the city on the map for architecture lovers".
Opening hours are 9am to 8pm, Monday to Saturday.
=== news_article
Match report: [[team~Crystal Palace]] 2-1 [[team~Brentford]]
[[public_figure~Eberechi Eze]] scored twice in the second half as the home side came from behind at [[place~Selhurst Park]].
The visitors had led through a header after {#2} minutes.
Attendance: {d:count}. Next fixture: away at [[team~Newcastle United]] on {d:event_date}.
=== news_article
[[org~Apple]] shares rose {d:percent} on {d:event_date} after [[public_figure~Tim Cook]] said the company would expand manufacturing in [[city~Bengaluru]].
Analysts at [[org~Morgan Stanley]] raised their target price.
The announcement follows similar moves by [[org~Samsung]] and [[org~Foxconn]] earlier this year.
Trading volume was {d:count} million shares, about double the daily average.
=== product_page
**[[brand~Hoover]] H-Free 500** - cordless vacuum
Model no.: {d:model_no} | SKU: {d:sku}
Price: {d:amount} (was {d:amount})
In stock at our [[street_public~Oxford Street]] and [[street_public~Princes Street]] stores.
Warranty: 2 years. Serial numbers start with the prefix {d:serial}.
Customer helpline: {d:org_phone}
=== markdown_table
| Model | RAM | Storage | Price |
|---|---|---|---|
@rows 4-7 same
| {d:model_no} | <<8 GB|16 GB|32 GB>> | <<256 GB|512 GB|1 TB>> | {d:amount} |
@end
Prices include VAT. Order codes are shown on the box.
=== csv_export
sku,product,stock,warehouse,last_restock
@rows 4-9 same
{d:sku},<<Alessi kettle|Le Creuset casserole|Russell Hobbs toaster|Brabantia bin|Joseph Joseph board|Tefal pan>>,{#3},<<Leeds|Bristol|Reading|Dublin>>,{d:date_iso}
@end
=== json_record
{
  "product_id": "{d:sku}",
  "name": "Margherita pizza stone",
  "brand": "[[brand~Ooni]]",
  "released": "{d:date_iso}",
  "price": {"amount": {#2}.99, "currency": "GBP"},
  "support_email": "{d:org_email}",
  "tags": ["kitchen", "outdoor"]
}
=== yaml_record
# feature flags - staging
service: checkout
region: eu-west-1
flags:
  new_basket: true
  apple_pay: false
  max_items: {#2}
endpoints:
  internal: http://{d:private_ip}:{d:port}
  docs: https://docs.example.com/v2
=== log_lines
@rows 4-9 same
{d:logts} INFO  worker-{#1} job {d:uuid} finished in {#3}ms host={d:hostname}
@end
{d:logts} WARN  queue depth {#3} above threshold
=== timetable
Route 42 - Mondays to Fridays
Central Station   06:12  06:42  07:12  then every 15 min
[[street_public~King Street]]       06:18  06:48  07:18
[[place~Heaton Park]]       06:25  06:55  07:25
Airport           06:44  07:14  07:44
Timetable valid from {d:event_date}. Fares: single {d:amount}, day ticket {d:amount}.
=== recipe
Beef [[dish~Stroganoff]] (serves 4)
- 600g beef fillet, cut into strips
- 250g chestnut mushrooms
- 1 onion, 2 tsp paprika
- 200ml soured cream, a knob of butter
Fry the beef in batches over a high heat; serve with rice or buttered noodles.
Adapted from a recipe by [[public_figure~Gordon Ramsay]].
=== api_docs
POST /v1/customers
Creates a customer. Example request:
  curl https://api.example.com/v1/customers \
    -u [[example_key~sk_test_4eC39HqLyjWDarjtT1zdp7dc]]: \
    -d email="[[example_email~jenny.rosen@example.com]]" \
    -d name="[[placeholder_name~Jenny Rosen]]"
Use the test card [[test_card~4242 4242 4242 4242]] with any future expiry.
=== api_docs
## Configuring credentials
Set the following environment variables (these are the documented example values, not real keys):
AWS_ACCESS_KEY_ID=[[example_key~AKIAIOSFODNN7EXAMPLE]]
AWS_SECRET_ACCESS_KEY=[[example_key~wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]]
AWS_DEFAULT_REGION=us-west-2
Replace them with your own before running `deploy.sh`.
=== events
What's on this weekend
Sat {d:event_date}: farmers' market, [[public_place~Grainger Market]], 9am-2pm
Sat: [[event~Hamlet]] at the [[org~Theatre Royal]], 7.30pm, tickets from {d:amount}
Sun: park run, meet at the bandstand in [[place~Hyde Park]], 9am
Sun: talk on the life of [[public_figure~Mary Seacole]] at the museum, free
=== faq
Q: Where do I find my order number?
A: It's in your confirmation email and starts with ORD-, e.g. {d:order_id}.
Q: Can I change my delivery slot?
A: Yes, up to 24 hours before. Call {d:org_phone} or email {d:org_email}.
Q: Do you deliver to Northern Ireland?
A: Yes, delivery to BT postcodes takes 3-5 working days.
=== notice
PLANNED ENGINEERING WORKS
Between {d:event_date} and {d:later_date} there will be no trains between [[city~Reading]] and [[city~Didcot Parkway]].
Replacement buses will leave from stop B on [[street_public~Station Approach]].
Please allow an extra 40 minutes. Journey planner: {d:www}
Reference: {d:case_no}
=== minutes_public
Planning Committee - decisions, {d:event_date}
Application {d:case_no}: change of use, former bank, [[street_public~High Street]] - APPROVED
Application {d:case_no}: two-storey rear extension - REFUSED (overlooking)
Application {d:case_no}: advertising consent, [[brand~Costa]] - APPROVED with conditions
Full reports are on the council website.
=== chat_public
[{d:clock}] deploy-bot: {d:build} passed on main ({d:git_sha})
[{d:clock}] deploy-bot: deploying {d:version} to staging
[{d:clock}] uptime-monitor: staging healthy, p95 {#3}ms
[{d:clock}] deploy-bot: promoted {d:version} to production
=== weather
5-day forecast for [[city~Christchurch]]
Mon: showers, 14C, wind NW 40 km/h
Tue: cloudy, 15C
Wed: sunny spells, 17C
Thu-Fri: rain from the south, warnings possible
Issued {d:event_date} {d:time}.
""")

short_frames("pub", "en", r"""
news | [[public_figure~Taylor Swift]] announced {d:count} extra tickets for the [[city~Edinburgh]] dates. ## [[public_figure~Taylor Swift]]'s tour added a third night at [[place~Wembley Stadium]] on {d:event_date}.
news | [[public_figure~Keir Starmer]] visited a factory in [[city~Derby]] on {d:event_date}. ## [[public_figure~Keir Starmer]] met nurses at a hospital in [[city~Leeds]] yesterday.
news | [[public_figure~Lionel Messi]] scored from a free kick in the {#2}th minute. ## [[public_figure~Lionel Messi]] was named player of the month again.
news | [[org~Tesla]] recalled {d:count} vehicles over a seatbelt warning. ## [[public_figure~Elon Musk]] said deliveries would rise {d:percent} next quarter.
news | [[org~Rolls-Royce]] won a £{#3}m engine contract. ## Shares in [[org~Rolls-Royce]] climbed {d:percent} on {d:event_date}.
news | [[public_figure~Serena Williams]] will open the new tennis centre in [[city~Manchester]]. ## A mural of [[public_figure~Serena Williams]] was unveiled on {d:event_date}.
news | [[public_figure~Emmanuel Macron]] hosted the summit in [[city~Marseille]]. ## [[public_figure~Emmanuel Macron]] arrived in [[city~Berlin]] on {d:event_date}.
news | [[org~Nvidia]] reported revenue of ${#2}.{#1} billion, up {d:percent}. ## [[public_figure~Jensen Huang]] unveiled the new chip at the keynote.
news | The storm named [[storm_name~Éowyn]] brought gusts of 100mph to the west coast. ## Flights were cancelled as storm [[storm_name~Floris]] moved in.
product | The [[brand~Morphy Richards]] Verve kettle ({d:model_no}) is back in stock at {d:amount}. ## Save {d:percent} on [[brand~Smeg]] fridges this week only.
product | [[brand~Tommy Hilfiger]] polo shirts, sizes S-XXL, from {d:amount}. ## New in: [[brand~Lee]] 101 jeans in three washes.
product | Firmware {d:version} for the [[brand~Garmin]] Forerunner improves GPS accuracy. ## Update your router to firmware {d:version}, {d:build}.
place | Meet you at the coffee shop on [[street_public~Oxford Street]], next to the big [[brand~H&M]]. ## The market on [[street_public~Portobello Road]] is busiest on Saturdays.
place | There's a great bakery on [[street_public~Kurfürstendamm]] near the zoo station. ## Take the U-Bahn to [[public_place~Alexanderplatz]] and walk five minutes.
place | Parking on [[street_public~George Street]] is free after 6pm. ## The road works on [[street_public~Mill Road]] finish on {d:event_date}.
place | The [[public_place~Abbey Road]] crossing is always full of tourists. ## We walked along [[public_place~Princes Street Gardens]] after lunch.
order | Order {d:order_id} has shipped, tracking {d:tracking_no}. ## Your return {d:case_no} was received on {d:event_date}.
order | Invoice {d:invoice_no} for {d:amount} is due on {d:event_date}. ## Payment received for invoice {d:invoice_no}, thank you.
order | Booking {d:booking_ref} confirmed: {d:flight_no}, seat {d:seat}, boarding {d:time}. ## Gate change for {d:flight_no}: now boarding at gate {#2}.
order | Ticket {d:ticket_id} closed by the system after 7 days without reply. ## Case {d:case_no} was merged into {d:case_no}.
tech | Upgrade to {d:version} before {d:event_date}; {d:version} reaches end of life. ## Release {d:version} fixes a memory leak in the parser.
tech | The staging DB is at {d:private_ip}:{d:port}, ask in #infra for access. ## The build agent {d:hostname} is out of disk space again.
tech | Commit {d:git_sha} broke the nightly build. ## Reverted {d:git_sha}; the flaky test is quarantined.
tech | MAC {d:mac} is the office printer, give it a static lease. ## Printer {d:serial} needs a new drum.
tech | Container {d:uuid} restarted {#2} times in the last hour. ## Job {d:uuid} exceeded its memory limit.
docs | In the examples we use [[example_email~user@example.com]] and the address [[doc_ip~203.0.113.7]]. ## Replace [[example_email~you@example.org]] with your own login.
docs | Use the test card [[test_card~4000 0566 5566 5556]] to simulate a debit card payment. ## Stripe's test number [[test_card~4242 4242 4242 4242]] always succeeds.
docs | Example IBAN: [[example_iban~GB33 BUKB 2020 1555 5555 55]]; do not send money to it. ## The form rejects [[example_iban~DE00 0000 0000 0000 0000 00]] on purpose.
docs | Call [[example_phone~(555) 010-0199]] in the demo to hear the IVR menu. ## The sample data uses [[example_phone~+1 202 555 0143]] for every contact.
docs | Set API_KEY=[[placeholder~<your-api-key>]] in the .env file. ## Put your token in place of [[placeholder~YOUR_TOKEN_HERE]].
docs | The sample customer is [[placeholder_name~John Doe]], [[placeholder_address~123 Main Street, Anytown]]. ## Fill in [[placeholder_name~Jane Doe]] as the name if you're just testing.
history | [[public_figure~Wolfgang Amadeus Mozart]] was born in [[city~Salzburg]] on [[public_dob~27 January 1756]]. ## [[public_figure~Ada Lovelace]] was born on [[public_dob~10 December 1815]] in [[city~London]].
history | [[public_figure~Lise Meitner]] never received the Nobel Prize, though she was nominated {#2} times. ## The element [[eponym~meitnerium]] is named after her.
history | The bridge opened on {d:event_date} and carries {d:count} cars a day. ## The company was founded on {d:event_date} in a garage in [[city~Palo Alto]].
sports | [[team~Manchester City]] beat [[team~Arsenal]] 3-1 at the [[place~Etihad]]. ## [[team~Leinster]] play [[team~Munster]] on {d:event_date}.
sports | Kick-off moved to {d:time} for TV. ## The final is on {d:event_date} at [[place~Twickenham]].
weather | Heavy rain is expected in [[city~Cork]] from {d:time}. ## Highs of 31C in [[city~Seville]] on {d:event_date}.
recipe | The [[dish~Pavlova]] is named after the dancer [[public_figure~Anna Pavlova]]. ## Add the [[dish~Caesar]] dressing just before serving.
recipe | Preheat to 180C and bake for 25 minutes. ## Serves 4; prep time 15 minutes.
shop | [[brand~Marks & Spencer]] on [[street_public~Deansgate]] closes at 8 tonight. ## [[brand~John Lewis]] opens at 9.30 on Sundays.
shop | Opening hours: Mon-Sat 9-6, Sun 10-4. Call {d:org_phone}. ## Questions? Email {d:org_email} or call {d:org_phone}.
travel | The [[public_place~Eurostar]] to [[city~Paris]] leaves from platform {#1} at {d:time}. ## Trains to [[city~Brighton]] are delayed by {#2} minutes.
travel | Flight {d:flight_no} to [[city~Lisbon]] is on time. ## Check-in for {d:flight_no} closes 40 minutes before departure.
ai_prompt | Summarise the main points of [[public_figure~Barack Obama]]'s 2009 inaugural address. ## Explain what [[public_figure~Alan Turing]] contributed to computing, for a ten-year-old.
ai_prompt | Write a product description for a [[brand~Le Creuset]] casserole dish. ## Write a haiku about [[street_public~Baker Street]] in the rain.
ai_prompt | Convert {d:event_date} to ISO format. ## What day of the week was {d:event_date}?
chat | meeting moved to {d:time}, same room ## is the {d:time} train still running or did they cancel it
chat | lunch at the [[brand~Pret]] near [[public_place~Liverpool Street]]? ## anyone want anything from [[brand~Costa]]
chat | the wifi password is on the fridge lol ## printer on floor 2 is jammed again
code_comment | # retry with exponential backoff, max {#1} attempts ## // TODO: remove once v2 API is live
code_comment | // see RFC 5737: [[doc_ip~198.51.100.23]] is a documentation address ## # port {d:port} must match the docker-compose file
commit_msg | fix: off-by-one in pagination ({d:git_sha}) ## chore: bump version to {d:version}
commit_msg | ci: cache node_modules between jobs ## docs: fix typo in README
note | buy milk, eggs, [[brand~Heinz]] beans ## return library books by {d:event_date}
note | gym 7am, dentist {d:event_date} {d:time} ## car MOT due {d:event_date}
name_words | [[name_word~Jack]] up the car before you take the wheel off. ## [[name_word~Carol]] singers are coming round on {d:event_date}.
name_words | [[name_word~Sue]] the builder? Only as a last resort. ## [[name_word~Frank]] feedback is welcome at the retro.
title | Reading [[title~Jane Eyre]] for book club. ## Watched [[title~Forrest Gump]] again last night.
title | Tickets for [[title~Annie]] the musical go on sale {d:event_date}. ## [[title~Silas Marner]] is on the GCSE list this year.
""")

long_frames("pub", "de", r"""
=== notice
Sperrung der [[street_public~Goethestraße]]
Vom {d:event_date} bis zum {d:later_date} ist die Straße zwischen [[public_place~Marktplatz]] und Bahnhof voll gesperrt.
Die Buslinien 3 und 7 fahren eine Umleitung über die [[street_public~Schillerallee]].
Anlieger frei. Rückfragen: {d:org_phone}
Aktenzeichen: {d:case_no}
""")
short_frames("pub", "de", r"""
news | [[public_figure~Olaf Scholz]] besuchte am {d:event_date} ein Werk von [[org~Siemens]] in [[city~Erlangen]]. ## Die Aktie von [[org~Siemens]] stieg um {d:percent}.
order | Ihre Bestellung {d:order_id} wurde versandt, Sendungsnummer {d:tracking_no}. ## Rechnung {d:invoice_no} über {d:amount} ist fällig am {d:event_date}.
""")

long_frames("pub", "fr", r"""
=== events
Programme du week-end
Samedi {d:event_date} : marché bio, [[public_place~place Bellecour]], 8h-13h
Samedi : concert au [[org~Théâtre du Capitole]], 20h30, à partir de {d:amount}
Dimanche : visite guidée de la maison de [[public_figure~Claude Monet]] à Giverny, gratuite
Renseignements : {d:org_phone}
""")
short_frames("pub", "fr", r"""
news | [[public_figure~Kylian Mbappé]] a marqué deux buts le {d:event_date}. ## [[org~Renault]] annonce {#3} embauches à [[city~Douai]].
order | Votre commande {d:order_id} a été expédiée, numéro de suivi {d:tracking_no}. ## La facture {d:invoice_no} de {d:amount} est payable avant le {d:event_date}.
""")

long_frames("pub", "es", r"""
=== timetable
Línea 27 - laborables
[[public_place~Puerta del Sol]]   07:05  07:35  08:05
[[street_public~Gran Vía]]          07:12  07:42  08:12
[[public_place~Plaza de Castilla]] 07:30  08:00  08:30
Horario válido desde el {d:event_date}. Billete sencillo: {d:amount}.
""")
short_frames("pub", "es", r"""
news | [[public_figure~Rafa Nadal]] inauguró su academia en [[city~Manacor]] el {d:event_date}. ## [[org~Inditex]] ganó {#3} millones de euros en el último trimestre.
order | Su pedido {d:order_id} ha sido enviado; número de seguimiento {d:tracking_no}. ## La factura {d:invoice_no} vence el {d:event_date}.
""")

long_frames("pub", "it", r"""
=== recipe
Risotto alla milanese (4 persone)
- 320 g di riso Carnaroli
- 1 bustina di zafferano
- 1 litro di brodo, 60 g di burro, parmigiano
Tostare il riso, sfumare con il vino bianco e aggiungere il brodo poco alla volta.
Ricetta tratta dal libro di [[public_figure~Pellegrino Artusi]].
""")
short_frames("pub", "it", r"""
news | [[public_figure~Sergio Mattarella]] ha visitato [[city~Bologna]] il {d:event_date}. ## Le azioni di [[org~Ferrari]] sono salite del {d:percent}.
order | Il tuo ordine {d:order_id} è stato spedito, tracking {d:tracking_no}. ## La fattura {d:invoice_no} di {d:amount} scade il {d:event_date}.
""")

long_frames("pub", "nl", r"""
=== notice
Werkzaamheden [[street_public~Damrak]]
Van {d:event_date} tot en met {d:later_date} rijden de trams 4 en 24 niet tussen [[public_place~Centraal Station]] en de [[public_place~Dam]].
Gebruik de metro of de pendelbus vanaf de halte [[public_place~Rokin]].
Meer informatie: {d:www}
""")
short_frames("pub", "nl", r"""
news | [[public_figure~Max Verstappen]] won de race in [[city~Zandvoort]] op {d:event_date}. ## [[org~ASML]] verwacht een omzetgroei van {d:percent}.
order | Je bestelling {d:order_id} is verzonden, track & trace {d:tracking_no}. ## Factuur {d:invoice_no} van {d:amount} vervalt op {d:event_date}.
""")

long_frames("pub", "pt", r"""
=== product_page
Cafeteira [[brand~Oster]] {d:model_no}
Preço: {d:amount} à vista ou em 10x sem juros
Código do produto: {d:sku}
Disponível nas lojas da [[street_public~Avenida Paulista]] e do [[public_place~Shopping Iguatemi]]
SAC: {d:org_phone}
""")
short_frames("pub", "pt", r"""
news | [[public_figure~Anitta]] fará show em [[city~Salvador]] no dia {d:event_date}. ## A [[org~Petrobras]] anunciou lucro de R$ {#2},{#1} bilhões.
order | Seu pedido {d:order_id} foi enviado, código de rastreio {d:tracking_no}. ## O boleto {d:invoice_no} vence em {d:event_date}.
""")

long_frames("pub", "pl", r"""
=== notice
Komunikat - remont ulicy [[street_public~Marszałkowskiej]]
Od {d:event_date} do {d:later_date} tramwaje linii 4 i 15 kursują objazdem.
Przystanek [[public_place~Plac Zbawiciela]] zostaje tymczasowo zamknięty.
Informacja pasażerska: {d:org_phone}
""")
short_frames("pub", "pl", r"""
news | [[public_figure~Iga Świątek]] wygrała turniej w [[city~Rzymie]] {d:event_date}. ## [[org~Orlen]] podał zysk w wysokości {#1},{#1} mld zł.
order | Twoje zamówienie {d:order_id} zostało wysłane, numer przesyłki {d:tracking_no}. ## Faktura {d:invoice_no} na kwotę {d:amount}, termin płatności {d:event_date}.
""")

long_frames("pub", "tr", r"""
=== notice
Duyuru: [[street_public~Bağdat Caddesi]] trafiğe kapatılıyor
{d:event_date} tarihinde saat 07:00 ile 14:00 arasında maraton nedeniyle cadde trafiğe kapalı olacaktır.
Alternatif güzergâh: [[street_public~Minibüs Yolu]].
Bilgi: {d:org_phone}
""")
short_frames("pub", "tr", r"""
news | [[public_figure~Arda Güler]] {d:event_date} tarihinde attığı golle maçın yıldızı oldu. ## [[org~Türk Hava Yolları]] yolcu sayısında yüzde {#2} artış açıkladı.
order | {d:order_id} numaralı siparişiniz kargoya verildi, takip no: {d:tracking_no}. ## {d:invoice_no} numaralı faturanızın son ödeme tarihi {d:event_date}.
""")

# ---------------------------------------------------------------------------------------------------------------
# Secret documents

long_frames("sec", "en", r"""
=== env_file
# .env.production - do not commit
NODE_ENV=production
PORT=8080
DATABASE_URL={DBURL:postgres}
REDIS_URL={DBURL2:redis}
STRIPE_SECRET_KEY={STRIPE}
SENDGRID_API_KEY={KEY:sendgrid}
SENTRY_DSN=https://{#4}@o{#6}.ingest.sentry.io/{#6}
=== aws_credentials
[default]
aws_access_key_id = {AKID}
aws_secret_access_key = {ASK}
region = eu-west-2

[deploy]
aws_access_key_id = {AKID2}
aws_secret_access_key = {ASK2}
=== k8s_secret
apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  namespace: prod
type: Opaque
stringData:
  DB_PASSWORD: "{PW:rand}"
  OPENAI_API_KEY: "{OPENAI}"
  JWT_SIGNING_KEY: "{KEY:b62}"
=== spring_properties
spring.datasource.url=jdbc:postgresql://{d:hostname}:5432/orders
spring.datasource.username=orders_rw
spring.datasource.password={PW}
spring.mail.host=smtp.{CODOM}
spring.mail.username={d:org_email}
spring.mail.password={PW2}
management.endpoints.web.exposure.include=health
=== docker_compose
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {PW:word}
  worker:
    build: .
    environment:
      - GITHUB_TOKEN={GHP}
      - ANTHROPIC_API_KEY={ANTH}
=== shell
$ export AWS_ACCESS_KEY_ID={AKID}
$ export AWS_SECRET_ACCESS_KEY={ASK}
$ aws s3 ls s3://{CODOM}-backups/
{d:date_iso} 02:00:11   {#8} db-{d:date_iso}.sql.gz
$ mysql -u root -p'{PW:rand}' -h {d:private_ip} orders
ERROR 2003 (HY000): Can't connect to MySQL server
=== code
import os
import requests

# TODO move to secrets manager - {G1} said it's fine for the demo
API_KEY = "{KEY:google}"
SLACK_WEBHOOK = "{SLACKHOOK}"

def notify(msg):
    requests.post(SLACK_WEBHOOK, json={"text": msg}, timeout=5)
=== code
const config = {
  githubToken: process.env.GH_TOKEN || "{GHP:pat}",
  openai: "{OPENAI}",
  region: "eu-central-1",
};
module.exports = config;
=== ci_log
Run ./scripts/publish.sh
+ echo "Publishing $VERSION"
Publishing {d:version}
+ npm config set //registry.npmjs.org/:_authToken {KEY:npm}
+ npm publish --access public
npm notice Publishing to https://registry.npmjs.org/
=== http
POST /api/v2/orders HTTP/1.1
Host: api.{CODOM}
Authorization: Bearer {JWT}
Content-Type: application/json
X-Request-Id: {d:uuid}

{"sku": "{d:sku}", "qty": 2}
=== git_diff
diff --git a/config/settings.py b/config/settings.py
@@ -12,6 +12,8 @@
 DEBUG = False
 ALLOWED_HOSTS = ["{CODOM}"]
+SECRET_KEY = "{KEY:b62}"
+STRIPE_API_KEY = "{STRIPE:rk}"
 TIME_ZONE = "UTC"
=== email
S: wifi + alarm for the cottage
R: casual
---
Here's everything you need for the weekend.
Wifi network is CottageGuest, password {PW:phrase}.
The key safe code is {d:gate_code}.
{G3} next door has a spare key if anything goes wrong.
=== chat_transcript
1: can someone send me the admin login for the router
2: user admin, pass {PW}
2: dont paste it anywhere else pls
1: 👍 thanks {g2}
3: also the slack bot token expired, new one is {SLACK}
=== private_key
Here's the deploy key for the staging box, don't share it:
{PEM:openssh}
Host staging
  HostName {d:private_ip}
  User deploy
""")

short_frames("sec", "en", r"""
chat | the password for the shared finance mailbox is {PW}, please don't write it down
chat | new wifi pw is {PW:word} lol
chat | {g1} the vpn password changed to {PW}, mine works again
chat | pasting the token here for a sec: {GHP} (will rotate after)
support | Customer gave their online banking password ({PW}) over the phone, reminded them never to do that.
support | Temporary password for {U1} set to {PW:rand}; user must change at next login.
email | Your temporary password is {PW:rand}. It expires in 24 hours.
note | router admin / {PW:leet}
note | netflix login: {E1} / {PW:word}
commit_msg | remove leaked key {AKID} from settings.py (already rotated)
commit_msg | oops, revert: committed {STRIPE} by mistake
code | OPENAI_API_KEY = "{OPENAI}"
code | client = Anthropic(api_key="{ANTH}")
code | headers = {"Authorization": "Bearer {JWT}"}
code | conn = psycopg2.connect("{DBURL:postgres}")
code | MONGO_URI = "{DBURL:mongo}"
config | slack_bot_token: {SLACK}
config | hf_token = {KEY:hf}
config | SHOPIFY_ACCESS_TOKEN={KEY:shopify}
config | GITLAB_TOKEN={KEY:gitlab}
ai_prompt | Why does this fail? curl -H "Authorization: token {GHP}" https://api.github.com/user
ai_prompt | Debug my code: stripe.api_key = "{STRIPE}" gives an authentication error
ai_prompt | Is this AWS key still valid? {AKID} / {ASK}
log_line | {d:logts} DEBUG connecting with amqp url {DBURL:amqp}
""")

long_frames("sec", "de", r"""
=== env_file
# Zugangsdaten Produktion - NICHT einchecken
DB_HOST={d:private_ip}
DB_BENUTZER=shop
DB_PASSWORT={PW:word}
MAILGUN_KEY={KEY:mailgun}
""")
long_frames("sec", "fr", r"""
=== email
S: accès au serveur
R: casual
---
Voici les accès pour le serveur de test :
utilisateur : deploy
mot de passe : {PW:rand}
Le token GitHub du projet est {GHP}, ne le partage pas.
""")
long_frames("sec", "es", r"""
=== chat_transcript
1: me pasas la contraseña del wifi de la oficina?
2: {PW:word}
1: gracias! y la del panel de admin?
2: usuario admin, contraseña {PW2:rand}
""")
long_frames("sec", "nl", r"""
=== config
[database]
host = {d:private_ip}
user = rapportage
wachtwoord = {PW}
[slack]
token = {SLACK}
""")

short_frames("sec", "de", r"""
chat | das WLAN-Passwort ist {PW:word}, steht auch auf dem Router
""")
short_frames("sec", "fr", r"""
chat | le mot de passe du compte partagé est {PW}, ne le note nulle part
""")
short_frames("sec", "es", r"""
note | clave del router: {PW:leet}
""")
short_frames("sec", "it", r"""
chat | la password della mail condivisa è {PW}, non girarla a nessuno
""")
short_frames("sec", "nl", r"""
support | Tijdelijk wachtwoord voor {U1}: {PW:rand}, wijzigen bij eerste login.
""")
short_frames("sec", "pt", r"""
chat | a senha do wifi é {PW:word}, tá escrita atrás do roteador
""")
short_frames("sec", "pl", r"""
chat | hasło do konta firmowego to {PW}, nie zapisuj go nigdzie
""")
short_frames("sec", "tr", r"""
chat | ofisin wifi şifresi {PW:word}, kimseyle paylaşma
""")

long_frames("sec", "en", r"""
=== issue_comment
Still failing for me on {d:version}. Here's the key I'm using (staging only, will rotate):
```
{PEM:rsa}
```
Error: `invalid format` when running `ssh -i deploy.pem`.
=== log_lines
{d:logts} DEBUG http outbound POST https://api.{CODOM}/v1/sync
{d:logts} DEBUG headers: Authorization=Bearer {JWT}
{d:logts} DEBUG response 401 {"error":"token_expired"}
{d:logts} INFO  retrying with refresh token {KEY:b62}
=== pgpass
# ~/.pgpass
{d:hostname}:5432:billing:billing_app:{PW:alnum}
{d:hostname}:5432:*:readonly:{PW2:word}
localhost:5432:*:postgres:{PW3}
=== tfvars
# terraform.tfvars
region            = "eu-west-1"
github_token      = "{GHP}"
datadog_api_key   = "{KEY:hex}"
db_admin_password = "{PW:rand}"
=== kubeconfig
apiVersion: v1
kind: Config
users:
- name: ci-deployer
  user:
    token: {JWT}
clusters:
- name: prod
  cluster:
    server: https://{d:private_ip}:6443
""")
short_frames("sec", "en", r"""
http | Cookie: session={JWT}; theme=dark
chat | {g1} here's the service account token, expires friday: {JWT}
note | openai key for the hackathon: {OPENAI}
""")

# ---------------------------------------------------------------------------------------------------------------
# generation

QUOTA = collections.OrderedDict([(("per", "long"), 285), (("per", "short"), 405), (("pub", "long"), 65),
                                 (("pub", "short"), 155), (("sec", "long"), 50), (("sec", "short"), 40)])
BAD_EDGE = set(" \t\n.,;:'\"()[]{}<>")
RE_LEFTOVER = re.compile(r"\{(?:[A-Z]{1,9}\d?[fm]?(?:@[a-z]{2})?|[nsg]\d[fm]?|#a?\d+|@[A-Za-z_]+\d?|\?\d:[^}]*|d:[a-z_0-9]+|"
                         r"=\d:\d)\}")


def pick_loc(fr):
    if fr.loc:
        return fr.loc
    if fr.lang != "en":
        return LANG_LOC[fr.lang]
    t = fr.text_for_checks()
    if "{SSN" in t:
        return "us"
    if re.search(r"\{IBAN\d?\}", t):
        return R.choice(["uk", "uk", "ie"])
    return R.choice(EN_LOCS)


def make_doc(fr):
    loc = pick_loc(fr)
    ctx = Ctx(loc, fr.lang)
    doc = Doc()
    if fr.builder == "email":
        build_email(ctx, doc, fr)
    elif fr.builder == "chat":
        build_chat(ctx, doc, fr)
    else:
        render_block(ctx, doc, fr.body)
    return finish(fr, loc, doc)


def finish(fr, loc, doc):
    text = doc.text()
    where = "frame %s" % fr.id
    for bad in ("<<", "[[", "]]"):
        assert bad not in text, (where, bad, text)
    lo = RE_LEFTOVER.search(text)
    assert lo is None, (where, lo.group(0), text)
    items = sorted(doc.items)
    for a, b in zip(items, items[1:]):
        assert a[1] <= b[0], (where, "overlap", a, b)
    spans, decoys = [], []
    for cs, ce, what, typ, val in items:
        assert text[cs:ce] == val, (where, val)
        if what == "span":
            # a bracket at an edge is allowed only when the value itself holds its partner, e.g. "(0)" or "(MI)"
            assert val and (val[0] not in BAD_EDGE or val[0] == "(" and ")" in val) and \
                (val[-1] not in BAD_EDGE or val[-1] == ")" and "(" in val), (where, typ, repr(val))
        else:
            assert val and val == val.strip(), (where, typ, repr(val))
        bs = len(text[:cs].encode("utf-8"))
        be = bs + len(val.encode("utf-8"))
        assert text.encode("utf-8")[bs:be] == val.encode("utf-8")
        if what == "span":
            spans.append(collections.OrderedDict([("start", bs), ("end", be), ("char_start", cs), ("char_end", ce),
                                                  ("type", typ), ("value", val)]))
        else:
            decoys.append(collections.OrderedDict([("start", bs), ("end", be), ("char_start", cs), ("char_end", ce),
                                                   ("kind", DECOY_KIND_OUT.get(typ, typ)), ("value", val)]))
    has_pii = any(s["type"] in PII for s in spans)
    has_secret = any(s["type"] in SECRET for s in spans)
    sens = "secret" if has_secret else ("personal" if has_pii else "public")
    assert sens == CAT_OF[fr.cat], (where, sens, text)
    nlines = text.count("\n") + 1
    if fr.shape == "long":
        assert 4 <= nlines <= 20, (where, nlines, text)
    else:
        assert nlines <= 3, (where, nlines, text)
    d = collections.OrderedDict()
    d["id"] = None
    d["text"] = text
    d["spans"] = spans
    d["decoys"] = decoys
    d["kind"] = fr.kind
    d["locale"] = loc
    d["lang"] = fr.lang
    d["sensitivity"] = sens
    d["has_pii"] = has_pii
    d["has_secret"] = has_secret
    d["frame"] = fr.id
    return d


EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")


def post_checks(docs):
    for d in docs:
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
                assert iban_valid(v), v
            elif t == "US_SSN":
                n = re.sub(r"[ -]", "", v)
                assert len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and \
                    n[5:] != "0000", v
            elif t == "PHONE_NUMBER":
                n = re.sub(r"\D", "", v)
                if v.startswith("+1") or d["locale"] in ("us", "ca") and not v.startswith("+"):
                    core = n[1:] if n.startswith("1") and len(n) == 11 else n
                    assert core[3:6] != "555", v
                assert "07700 900" not in v and "0491 57" not in v, v
            elif t == "IP_ADDRESS":
                if ":" not in v:
                    assert ip_is_global(v), v
                else:
                    assert not v.lower().startswith("2001:db8"), v
            elif t == "EMAIL_ADDRESS":
                assert not v.lower().endswith(EXAMPLE_DOMAINS), v
            elif t == "PERSON":
                assert not any(ch.isdigit() for ch in v), v
                assert v.split()[-1].lower() not in PLACEHOLDER_SURNAMES, v
        if d["sensitivity"] == "public":
            assert not d["spans"]


def generate():
    buckets = collections.defaultdict(list)
    for fr in FRAMES:
        buckets[(fr.cat, fr.shape)].append(fr)
    ids = [f.id for f in FRAMES]
    assert len(ids) == len(set(ids)), "duplicate frame id"
    docs = []
    for key, n in QUOTA.items():
        frs = list(buckets[key])
        assert frs, key
        R.shuffle(frs)
        for i in range(n):
            docs.append(make_doc(frs[i % len(frs)]))
    R.shuffle(docs)
    for i, d in enumerate(docs):
        d["id"] = "fr10-%05d" % (i + 1)
    post_checks(docs)
    return docs


def serialise(docs):
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    bio = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=bio, mtime=0, compresslevel=9) as g:
        g.write(lines)
    return lines, bio.getvalue()


def half(frame):
    return "a" if int(hashlib.md5(frame.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "b"


def stats(docs, gz):
    C = collections.Counter
    p = print
    fr_used = {d["frame"] for d in docs}
    p("documents: %d   frames defined: %d   frames used: %d" % (len(docs), len(FRAMES), len(fr_used)))
    p("frames by bucket: %s" % dict(C((f.cat, f.shape) for f in FRAMES)))
    p("frames by category: %s" % dict(C(f.cat for f in FRAMES)))
    p("non-English frames: %s" % dict(C(f.cat for f in FRAMES if f.lang != "en")))
    p("sensitivity: %s" % dict(C(d["sensitivity"] for d in docs)))
    shape = {f.id: f.shape for f in FRAMES}
    p("shape: %s" % dict(C(shape[d["frame"]] for d in docs)))
    p("shape x sensitivity: %s" % dict(C((shape[d["frame"]], d["sensitivity"]) for d in docs)))
    nl = [d["text"].count("\n") + 1 for d in docs if shape[d["frame"]] == "long"]
    p("long docs lines: min %d max %d mean %.1f" % (min(nl), max(nl), sum(nl) / len(nl)))
    ln = [len(d["text"]) for d in docs]
    p("chars: min %d max %d mean %.0f" % (min(ln), max(ln), sum(ln) / len(ln)))
    sp = C(s["type"] for d in docs for s in d["spans"])
    p("spans: %d  PII %d  secret %d" % (sum(sp.values()), sum(v for k, v in sp.items() if k in PII),
                                       sum(v for k, v in sp.items() if k in SECRET)))
    p("spans by type: %s" % ", ".join("%s %d" % kv for kv in sp.most_common()))
    dc = C(s["kind"] for d in docs for s in d["decoys"])
    p("decoys: %d  by kind: %s" % (sum(dc.values()), ", ".join("%s %d" % kv for kv in dc.most_common())))
    p("public docs with a decoy: %d of %d" % (sum(1 for d in docs if d["sensitivity"] == "public" and d["decoys"]),
                                              sum(1 for d in docs if d["sensitivity"] == "public")))
    p("kinds: %s" % ", ".join("%s %d" % kv for kv in C(d["kind"] for d in docs).most_common()))
    p("langs: %s" % ", ".join("%s %d" % kv for kv in C(d["lang"] for d in docs).most_common()))
    p("non-English by sensitivity: %s" % dict(C(d["sensitivity"] for d in docs if d["lang"] != "en")))
    p("locales: %s" % ", ".join("%s %d" % kv for kv in C(d["locale"] for d in docs).most_common()))
    per = [d for d in docs if d["sensitivity"] == "personal"]
    p("personal docs by span count: %s" % sorted(C(min(len(d["spans"]), 6) for d in per).items()))
    ps = [s["value"] for d in docs for s in d["spans"] if s["type"] == "PERSON"]
    p("PERSON: %d, one token %d, lower %d, upper %d, 'Surname, Given' %d, non-ASCII %d" % (
        len(ps), sum(1 for v in ps if " " not in v), sum(1 for v in ps if v == v.lower()),
        sum(1 for v in ps if v == v.upper()), sum(1 for v in ps if "," in v), sum(1 for v in ps if not v.isascii())))
    h = C(half(d["frame"]) for d in docs)
    hf = C(half(f) for f in fr_used)
    p("halves: a %d docs (%d frames)  b %d docs (%d frames)" % (h["a"], hf["a"], h["b"], hf["b"]))
    for x in "ab":
        p("  %s: %s" % (x, dict(C(d["sensitivity"] for d in docs if half(d["frame"]) == x))))
    uses = C(d["frame"] for d in docs)
    p("frame uses: %s" % dict(C(uses.values())))
    p("")
    p("| sensitivity | documents | long (4-20 lines) | short (1-3 sentences) | frames |")
    p("|---|---:|---:|---:|---:|")
    for sv, cat in (("public", "pub"), ("personal", "per"), ("secret", "sec")):
        ds = [d for d in docs if d["sensitivity"] == sv]
        p("| %s | %d | %d | %d | %d |" % (sv, len(ds), sum(1 for d in ds if shape[d["frame"]] == "long"),
                                         sum(1 for d in ds if shape[d["frame"]] == "short"),
                                         sum(1 for f in FRAMES if f.cat == cat)))
    p("")
    p("| span type | spans | documents |")
    p("|---|---:|---:|")
    for t in PII + SECRET:
        if sp[t]:
            p("| %s | %d | %d |" % (t, sp[t], sum(1 for d in docs if any(s["type"] == t for s in d["spans"]))))
    p("")
    p("| kind | documents | public | personal | secret |")
    p("|---|---:|---:|---:|---:|")
    kc = C((d["kind"], d["sensitivity"]) for d in docs)
    for k, n in C(d["kind"] for d in docs).most_common():
        p("| %s | %d | %s | %s | %s |" % (k, n, kc[(k, "public")] or "", kc[(k, "personal")] or "",
                                         kc[(k, "secret")] or ""))
    p("")
    p("md5 %s" % hashlib.md5(gz).hexdigest())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--dump")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    docs = generate()
    raw, gz = serialise(docs)
    with open(a.out, "wb") as f:
        f.write(gz)
    if a.dump:
        with open(a.dump, "wb") as f:
            f.write(raw)
    if a.stats:
        stats(docs, gz)
    else:
        print("wrote %s (%d documents), md5 %s" % (a.out, len(docs), hashlib.md5(gz).hexdigest()))


if __name__ == "__main__":
    main()
