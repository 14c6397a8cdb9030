#!/usr/bin/env python3
"""fresh3: a third independent PII / secret measurement set (seed 9090, standard library only).

    python3 eval/fresh3/gen_fresh3.py           # writes fresh3.jsonl.gz next to this file
    python3 eval/fresh3/gen_fresh3.py --stats   # also prints counts
"""
import base64
import gzip
import hashlib
import io
import json
import os
import random
import sys

SEED = 9090
R = random.Random(SEED)
PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
          "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]
TYPES = set(PII) | set(SECRET)


def ch(seq):
    return R.choice(seq)


def maybe(p=0.5):
    return R.random() < p


class Doc:
    """Build a text piece by piece; a (value, TYPE) tuple is a span, (value, kind) with a non-type kind a decoy."""

    def __init__(self, kind, locale):
        self.kind, self.locale = kind, locale
        self.parts, self.n, self.spans, self.decoys = [], 0, [], []

    def w(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                v, t = p
                if not v:
                    continue
                (self.spans if t in TYPES else self.decoys).append((self.n, self.n + len(v), t, v))
                self.parts.append(v)
                self.n += len(v)
            else:
                self.parts.append(p)
                self.n += len(p)
        return self

    def line(self, *parts):
        return self.w(*parts, "\n")

    def finish(self, did):
        text = "".join(self.parts)
        b = text.encode("utf-8")
        def off(cs, ce, v):
            bs = len(text[:cs].encode("utf-8"))
            be = bs + len(v.encode("utf-8"))
            assert text[cs:ce] == v, (did, v)
            assert b[bs:be] == v.encode("utf-8"), (did, v)
            return bs, be
        spans, decoys = [], []
        for cs, ce, t, v in sorted(self.spans):
            bs, be = off(cs, ce, v)
            spans.append({"start": bs, "end": be, "char_start": cs, "char_end": ce, "type": t, "value": v})
        for cs, ce, k, v in sorted(self.decoys):
            bs, be = off(cs, ce, v)
            decoys.append({"start": bs, "end": be, "char_start": cs, "char_end": ce, "kind": k, "value": v})
        # no two gold spans may overlap
        for a, c in zip(spans, spans[1:]):
            assert a["end"] <= c["start"], (did, a, c)
        has_pii = any(s["type"] in PII for s in spans)
        has_secret = any(s["type"] in SECRET for s in spans)
        sens = "secret" if has_secret else ("personal" if has_pii else "public")
        return {"id": did, "kind": self.kind, "locale": self.locale, "sensitivity": sens,
                "has_pii": has_pii, "has_secret": has_secret, "text": text, "spans": spans, "decoys": decoys}


# ---------------------------------------------------------------- names (hand-written pools)
NAMES = {
    "za": (["Thandiwe", "Sipho", "Lerato", "Bongani", "Nomvula", "Thabo", "Zanele", "Pieter", "Annelie", "Kagiso",
            "Refilwe", "Mandla", "Lindiwe", "Jaco", "Marius", "Nandi", "Themba", "Lucky", "Gift", "Innocent", "Busisiwe"],
           ["Dlamini", "Nkosi", "Mokoena", "van der Merwe", "Botha", "Ndlovu", "Khumalo", "Pretorius", "Mahlangu",
            "du Plessis", "Naidoo", "Mthembu", "Coetzee", "Sithole", "Steyn", "Radebe"]),
    "nz": (["Aroha", "Tama", "Mere", "Wiremu", "Hemi", "Ngaire", "Rawiri", "Kiri", "Moana", "Anahera", "Hamish",
            "Brooke", "Ruby", "Fraser", "Manaia", "Kahu", "Nikau", "Ihaia", "Tui", "Hine"],
           ["Ngata", "Parata", "Tipene", "Te Awa", "Hohaia", "Manuera", "Wihongi", "McKenzie", "Pōmare", "Tautahi",
            "Henare", "Tamihana", "Kereama", "Fitzgerald", "Rāwhiti"]),
    "sg": (["Wei Jie", "Hui Min", "Jun Hao", "Nurul", "Faizal", "Priya", "Arjun", "Kavitha", "Jia Xin", "Zi Hao",
            "Farah", "Aisyah", "Ravi", "Xin Yi", "Darren", "Shermaine", "Jolene", "Haziq", "Meera", "Bryan"],
           ["Tan", "Lim", "Ng", "Goh", "Teo", "Ong", "Koh", "Chua", "Yeo", "Rahman", "Ismail", "Subramaniam", "Pillai",
            "Krishnan", "Sim"]),
    "ng": (["Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Chinedu", "Bolaji", "Ifeoma",
            "Obinna", "Yetunde", "Segun", "Amarachi", "Kelechi", "Temitope", "Ikenna", "Nneka", "Favour", "Goodluck",
            "Blessing"],
           ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Uche", "Ogunleye", "Chukwu",
            "Olawale", "Nnamdi", "Ibrahim", "Bello", "Onyekachi"]),
    "ke": (["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Kiptoo", "Chebet", "Mwangi", "Akinyi", "Wafula",
            "Nyambura", "Kibet", "Moraa", "Omondi", "Jeptoo", "Baraka", "Zawadi", "Imani", "Mercy", "Brian"],
           ["Kariuki", "Odhiambo", "Mutua", "Wekesa", "Njoroge", "Ochieng", "Kimani", "Chepkoech", "Maina", "Korir",
            "Owino", "Gitau", "Rotich", "Wambui", "Kiprono"]),
    "pt": (["João Pedro", "Maria Eduarda", "Ana Clara", "Thiago", "Luíza", "Gustavo", "Beatriz", "Rafaela", "Matheus",
            "Letícia", "Caio", "Gabriela", "Vinícius", "Inês", "Tiago", "Rui", "Joana", "Leonor", "Duarte",
            "Conceição", "Sebastião"],
           ["da Silva", "dos Santos", "Oliveira", "Pereira", "Carvalho", "Gonçalves", "Ferreira", "Rodrigues",
            "Almeida", "Nascimento", "Sousa", "Magalhães", "Azevedo", "de Souza Lima", "Fonseca", "Barbosa"]),
    "pl": (["Zofia", "Bartosz", "Agnieszka", "Łukasz", "Małgorzata", "Krzysztof", "Katarzyna", "Wojciech", "Joanna",
            "Paweł", "Magdalena", "Michał", "Dorota", "Grzegorz", "Ewa", "Jakub", "Aleksandra", "Szymon", "Halina",
            "Jędrzej"],
           ["Nowak", "Kowalczyk", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański",
            "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk", "Piotrowska-Nowak", "Grabowski"]),
    "nordic": (["Astrid", "Linnea", "Elsa", "Björn", "Oskar", "Sigrid", "Magnus", "Ingrid", "Freja", "Mads", "Søren",
                "Mette", "Kjersti", "Håkon", "Solveig", "Torbjørn", "Liv", "Rasmus", "Ebba", "Nils", "Saga"],
               ["Lindqvist", "Bergström", "Nyström", "Johansson", "Åkesson", "Haugen", "Solberg", "Bakke",
                "Kristiansen", "Sørensen", "Nørgaard", "Østergaard", "Lund", "Dahl", "Holm", "Strand", "Berg"]),
    "alpine": (["Lukas", "Anna-Lena", "Reto", "Corinne", "Urs", "Mirjam", "Beat", "Nadine", "Florian", "Verena",
                "Matthias", "Theresa", "Valentin", "Leonie", "Jonas", "Séverine", "Yannick", "Chloé", "Gaëlle", "Loïc"],
               ["Brunner", "Gerber", "Baumgartner", "Huber", "Steiner", "Moser", "Hofer", "Wyss", "Pichler", "Gruber",
                "Zürcher", "Rochat", "Favre", "Perrin", "von Arx", "Egger"]),
    "benelux_fr": (["Maxime", "Camille", "Thibault", "Manon", "Aurélie", "Quentin", "Louise", "Baptiste", "Margaux",
                    "Sander", "Lotte", "Wout", "Fien", "Jef", "Bram", "Anaïs", "Hélène", "Rémi", "Noémie", "Joris"],
                   ["Peeters", "Janssens", "Maes", "Claes", "Dubois", "Lambert", "Vermeulen", "De Smet", "Lefèvre",
                    "Mertens", "Willems", "Dupont", "Goossens", "Van de Velde", "Jacobs", "Le Gall"]),
    "mx": (["Ximena", "Santiago", "Valeria", "Diego", "Guadalupe", "Alejandro", "Fernanda", "Emiliano", "Citlali",
            "Rodrigo", "Itzel", "Jesús", "Dulce", "Paloma", "Rocío", "Marisol", "Héctor", "Cuauhtémoc", "Yareli",
            "Joaquín"],
           ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz", "Reyes", "Morales",
            "Jiménez", "Ortiz", "de la Cruz", "Vázquez", "Castañeda", "Téllez"]),
    "ph": (["Maricel", "Jerome", "Kristine", "Rodel", "Lovely", "Princess", "Jhun", "Mae", "Rowena", "Arnel", "Cherry",
            "Jennalyn", "Rommel", "Marites", "Angelica", "Jericho", "Divina", "Precious", "Reynaldo", "Bea"],
           ["Dela Cruz", "Santos", "Bautista", "Villanueva", "Mendoza", "Aquino", "Ramos", "Castillo", "Pascual",
            "Manalo", "Dimaculangan", "Macaraeg", "Soriano", "Tolentino", "Lacson"]),
    "jp": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Takumi", "Mio", "Kenji", "Naoko",
            "Hiroshi", "Yumiko", "Daisuke", "Emi", "Shota", "Ayaka", "Kaito", "Rin"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
            "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue"]),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun", "Su-bin", "Hyun-woo", "Eun-ji",
            "Jae-won", "Yeon-woo", "Dong-hyun", "Ye-jin", "Sung-min", "Hye-jin", "Tae-yang", "Na-rae", "Kyung-soo",
            "Bo-ra"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Han", "Oh", "Seo", "Shin", "Kwon",
            "Baek"]),
    "us": (["Brandon", "Kayla", "Tyler", "Destiny", "Cody", "Brittany", "Jalen", "Madison", "Dustin", "Shaniqua",
            "Trevor", "Autumn", "Colton", "Harmony", "Bryce"],
           ["Kowalski", "Delgado", "Hargrove", "Washington", "McAllister", "Pruitt", "Bishop", "Yates", "Sandoval",
            "Whitfield", "Beaumont", "Crenshaw", "Tillman", "Vance", "Ruiz"]),
    "uk": (["Siobhan", "Callum", "Niamh", "Rhys", "Bethan", "Alfie", "Imogen", "Dylan", "Poppy", "Gethin", "Ffion",
            "Kieran", "Harriet", "Lewis", "Eilidh"],
           ["Pritchard", "Llewellyn", "MacLeod", "Fairclough", "Ashworth", "Quigley", "Haworth", "Baird", "Cartwright",
            "Thistlethwaite", "Orme", "Ramsbottom", "Gillespie", "Dunmore", "Penhaligon"]),
}

LOCALE_GROUP = {"za": "za", "nz": "nz", "sg": "sg", "ng": "ng", "ke": "ke", "br": "pt", "pt": "pt", "pl": "pl",
                "se": "nordic", "no": "nordic", "dk": "nordic", "ch": "alpine", "at": "alpine", "be": "benelux_fr",
                "fr": "benelux_fr", "mx": "mx", "ph": "ph", "jp": "jp", "kr": "kr", "us": "us", "uk": "uk"}
ALL_GROUPS = sorted(NAMES)


def person(loc):
    g = LOCALE_GROUP.get(loc, ch(ALL_GROUPS))
    given = ch(NAMES[g][0])
    sg = g if R.random() > 0.15 else ch(ALL_GROUPS)
    return given, ch(NAMES[sg][1])


def full(p, style=None):
    g, s = p
    style = style or "gs"
    if style == "gs":
        return g + " " + s
    if style == "sg":
        return s + " " + g
    if style == "S, g":
        return s.upper() + ", " + g
    if style == "s, g":
        return s + ", " + g
    if style == "G S":
        return (g + " " + s).upper()
    if style == "g s.":
        return g + " " + s[0].upper() + "."
    if style == "lower":
        return (g + " " + s).lower()
    raise ValueError(style)


def deacc(x):
    tbl = {"á": "a", "à": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "ą": "a", "ç": "c", "ć": "c", "é": "e",
           "è": "e", "ê": "e", "ë": "e", "ę": "e", "í": "i", "ï": "i", "î": "i", "ł": "l", "ń": "n", "ñ": "n",
           "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ø": "o", "ō": "o", "ś": "s", "ú": "u", "ü": "u", "ū": "u",
           "ź": "z", "ż": "z", "ā": "a", "æ": "ae", "ß": "ss"}
    return "".join(tbl.get(c, c) for c in x.lower())


def email_for(p, domains):
    g, s = p
    g2 = deacc(g).replace(" ", "").replace("-", "")
    s2 = deacc(s).replace(" ", "").replace("-", "")
    local = ch([g2 + "." + s2, g2[0] + s2, g2 + s2[0], g2 + "_" + s2, s2 + "." + g2, g2 + str(R.randint(1, 99)),
                g2 + "." + s2 + str(R.randint(70, 99))])
    return local + "@" + ch(domains)


MAILDOM = {
    "za": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "vodamail.co.za"],
    "nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "orcon.net.nz"],
    "sg": ["gmail.com", "singnet.com.sg", "hotmail.sg", "starhub.net.sg"],
    "ng": ["yahoo.com", "gmail.com", "outlook.com", "yahoo.co.uk"],
    "ke": ["gmail.com", "yahoo.com", "safaricom.co.ke", "outlook.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt", "outlook.pt"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "se": ["telia.com", "gmail.com", "bredband.net", "hotmail.se"],
    "no": ["online.no", "gmail.com", "hotmail.no", "live.no"],
    "dk": ["gmail.com", "mail.dk", "jubii.dk", "outlook.dk"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"],
    "at": ["gmx.at", "aon.at", "chello.at", "gmail.com"],
    "be": ["skynet.be", "telenet.be", "gmail.com", "proximus.be"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "mx": ["gmail.com", "prodigy.net.mx", "hotmail.com", "yahoo.com.mx"],
    "ph": ["gmail.com", "yahoo.com.ph", "ymail.com"],
    "jp": ["docomo.ne.jp", "gmail.com", "ezweb.ne.jp", "yahoo.co.jp"],
    "kr": ["naver.com", "daum.net", "gmail.com", "hanmail.net"],
    "us": ["gmail.com", "aol.com", "comcast.net"],
    "uk": ["btinternet.com", "gmail.com", "sky.com"],
}


def email(loc, p):
    return email_for(p, MAILDOM.get(loc, ["gmail.com"]))


def work_email(p, dom):
    return email_for(p, [dom])


# ---------------------------------------------------------------- values
def digits(pat):
    return "".join(str(R.randint(0, 9)) if c == "N" else (str(R.randint(1, 9)) if c == "M" else c) for c in pat)


PHONES = {
    "za": ["08M NNN NNNN", "+27 8M NNN NNNN", "021 NNN NNNN", "011 NNN NNNN", "+27 (0)31 NNN NNNN", "07M-NNN-NNNN",
           "0MN NNN NNNN"],
    "nz": ["021 NNN NNNN", "027 NNN NNNN", "(09) NNN NNNN", "+64 21 NNN NNNN", "04-NNN NNNN", "03 NNN NNNN",
           "+64 (0)22 NNN NNNN", "0800 NNN NNN"],
    "sg": ["+65 9NNN NNNN", "9NNN NNNN", "8NNN NNNN", "6NNN NNNN", "+65 6NNN-NNNN", "(65) 8NNN NNNN"],
    "ng": ["0803 NNN NNNN", "+234 803 NNN NNNN", "0809-NNN-NNNN", "+234 (0)706 NNN NNNN", "0813NNNNNNN",
           "0701 NNN NNNN"],
    "ke": ["0712 NNNNNN", "+254 712 NNN NNN", "0722-NNN-NNN", "+254 (0)733 NNNNNN", "0110 NNN NNN", "07NN NNN NNN"],
    "br": ["(11) 9NNNN-NNNN", "+55 11 9NNNN-NNNN", "(21) 3NNN-NNNN", "+55 (31) 9NNNN NNNN", "11 9NNNN-NNNN",
           "(48) 9NNNN-NNNN"],
    "pt": ["912 NNN NNN", "+351 21 NNN NNNN", "93N NNN NNN", "+351 96N NNN NNN", "22N NNN NNN"],
    "pl": ["50N NNN NNN", "+48 22 NNN NN NN", "60N-NNN-NNN", "+48 6NN NNN NNN", "(12) NNN NN NN", "+48 (58) NNN NN NN"],
    "se": ["070-NNN NN NN", "08-NNN NNN NN", "+46 70 NNN NN NN", "073 NNN NN NN", "031-NN NN NN", "+46 (0)8 NNN NNN NN"],
    "no": ["4NN NN NNN", "+47 22 NN NN NN", "9NN NN NNN", "+47 9NN NN NNN", "4NNNNNNN"],
    "dk": ["2N NN NN NN", "+45 3N NN NN NN", "4N NN NN NN", "+45 2NNN NNNN", "(+45) 2NNN NNNN"],
    "ch": ["079 NNN NN NN", "+41 44 NNN NN NN", "044 NNN NN NN", "+41 (0)78 NNN NN NN", "022 NNN NN NN", "076/NNN NN NN"],
    "at": ["0664 NNNNNNN", "+43 1 NNN NNNN", "0676/NNN NN NN", "+43 (0)650 NNN NNNN", "01/NNN NN NN", "0316 NNNNNN"],
    "be": ["0470 NN NN NN", "+32 2 NNN NN NN", "02/NNN.NN.NN", "+32 (0)486 NN NN NN", "09 NNN NN NN", "0499/NN.NN.NN"],
    "fr": ["06 NN NN NN NN", "+33 6 NN NN NN NN", "07.NN.NN.NN.NN", "01 NN NN NN NN", "+33 (0)4 NN NN NN NN"],
    "mx": ["55 NNNN NNNN", "+52 55 NNNN NNNN", "(33) NNNN-NNNN", "+52 1 81 NNNN NNNN", "044 55 NNNN NNNN",
           "(999) NNN NNNN"],
    "ph": ["0917 NNN NNNN", "+63 917 NNN NNNN", "(02) 8NNN NNNN", "0998-NNN-NNNN", "+63 (2) 8NNN-NNNN", "09NNNNNNNNN"],
    "jp": ["090-NNNN-NNNN", "03-NNNN-NNNN", "+81 90-NNNN-NNNN", "080 NNNN NNNN", "06-NNNN-NNNN", "+81 3 NNNN NNNN"],
    "kr": ["010-NNNN-NNNN", "02-NNN-NNNN", "+82 10-NNNN-NNNN", "010 NNNN NNNN", "031-NNN-NNNN", "+82 (0)10 NNNN NNNN"],
    "us": ["(NNN) NNN-NNNN", "NNN.NNN.NNNN", "+1 MNN NNN NNNN"],
    "uk": ["07NNN NNNNNN", "+44 7NNN NNN NNN", "(0161) NNN NNNN"],
}


def phone(loc):
    p = digits(ch(PHONES[loc]))
    if maybe(0.05) and loc in ("za", "nz", "sg", "ch", "at", "se"):
        p += ch([" ext 2", " x41", " (ext. 310)", " int. 22", " - ext 118"])
    return p


def b10(n, w=2):
    return str(n).zfill(w)


# addresses: each returns (one_line, block) ; block lines joined by "\n"
ZA_ST = ["Jacaranda Street", "Beach Road", "Main Road", "Voortrekker Road", "Church Street", "Oxford Road",
         "Kloof Street", "Protea Avenue", "Umgeni Road", "Jan Smuts Avenue"]
ZA_SUB = [("Lynnwood", "Pretoria", "0081"), ("Sea Point", "Cape Town", "8005"), ("Rosebank", "Johannesburg", "2196"),
          ("Morningside", "Durban", "4001"), ("Observatory", "Cape Town", "7925"), ("Hatfield", "Pretoria", "0083"),
          ("Summerstrand", "Gqeberha", "6001")]
NZ_ST = ["Ponsonby Road", "Cuba Street", "Riccarton Road", "Dominion Road", "Tinakori Road", "George Street",
         "Karangahape Road", "Great North Road", "Oriental Parade", "Colombo Street"]
NZ_SUB = [("Grey Lynn", "Auckland", "1021"), ("Te Aro", "Wellington", "6011"), ("Riccarton", "Christchurch", "8011"),
          ("Mt Eden", "Auckland", "1024"), ("Thorndon", "Wellington", "6011"), ("North Dunedin", "Dunedin", "9016"),
          ("Hillcrest", "Hamilton", "3216")]
SG_ST = ["Ang Mo Kio Avenue 10", "Tampines Street 21", "Bedok North Road", "Jurong West Street 61", "Toa Payoh Lorong 4",
         "Yishun Ring Road", "Bukit Batok West Avenue 6", "Pasir Ris Drive 3"]
NG_ST = [("Adeola Odeku Street", "Victoria Island", "Lagos"), ("Allen Avenue", "Ikeja", "Lagos"),
         ("Ogui Road", "", "Enugu"), ("Aminu Kano Crescent", "Wuse II", "Abuja"), ("Awolowo Road", "Ikoyi", "Lagos"),
         ("Bodija Estate Road", "Bodija", "Ibadan")]
KE_ST = [("Othaya Road", "Kileleshwa"), ("Ngong Road", "Kilimani"), ("Argwings Kodhek Road", "Hurlingham"),
         ("Mombasa Road", "South B"), ("Kiambu Road", "Runda"), ("Moi Avenue", "CBD")]
BR_ST = [("Rua Augusta", "Consolação", "São Paulo", "SP", "01304-001"), ("Avenida Atlântica", "Copacabana",
          "Rio de Janeiro", "RJ", "22021-001"), ("Rua da Bahia", "Centro", "Belo Horizonte", "MG", "30160-011"),
         ("Rua XV de Novembro", "Centro", "Curitiba", "PR", "80020-310"), ("Avenida Boa Viagem", "Boa Viagem",
          "Recife", "PE", "51011-000"), ("Rua Oscar Freire", "Jardins", "São Paulo", "SP", "01426-001")]
PT_ST = [("Rua de Santa Catarina", "4000-442", "Porto"), ("Avenida da Liberdade", "1250-096", "Lisboa"),
         ("Rua Ferreira Borges", "3000-180", "Coimbra"), ("Travessa do Carmo", "1200-095", "Lisboa"),
         ("Rua do Almada", "4050-031", "Porto"), ("Largo do Paço", "4700-424", "Braga")]
PL_ST = [("ul. Marszałkowska", "00-514", "Warszawa"), ("ul. Floriańska", "31-019", "Kraków"),
         ("al. Grunwaldzka", "80-241", "Gdańsk"), ("ul. Piotrkowska", "90-406", "Łódź"),
         ("ul. Świętego Marcina", "61-806", "Poznań"), ("os. Jagiellońskie", "61-226", "Poznań"),
         ("ul. Jana Pawła II", "50-136", "Wrocław")]
SE_ST = [("Storgatan", "114 55", "Stockholm"), ("Kungsgatan", "411 19", "Göteborg"), ("Södra Förstadsgatan", "211 43",
          "Malmö"), ("Drottninggatan", "753 10", "Uppsala"), ("Vasagatan", "903 29", "Umeå")]
NO_ST = [("Thorvald Meyers gate", "0552", "Oslo"), ("Bryggen", "5003", "Bergen"), ("Kongens gate", "7011",
          "Trondheim"), ("Storgata", "9008", "Tromsø"), ("Markens gate", "4611", "Kristiansand")]
DK_ST = [("Nørrebrogade", "2200", "København N"), ("Vesterbrogade", "1620", "København V"), ("Søndergade", "8000",
          "Aarhus C"), ("Vestergade", "5000", "Odense C"), ("Boulevarden", "9000", "Aalborg")]
CH_ST = [("Bahnhofstrasse", "8001", "Zürich"), ("Rue du Rhône", "1204", "Genève"), ("Spitalgasse", "3011", "Bern"),
         ("Steinenvorstadt", "4051", "Basel"), ("Avenue de la Gare", "1003", "Lausanne"), ("Via Nassa", "6900",
          "Lugano")]
AT_ST = [("Mariahilfer Straße", "1070", "Wien"), ("Herrengasse", "8010", "Graz"), ("Getreidegasse", "5020",
          "Salzburg"), ("Maria-Theresien-Straße", "6020", "Innsbruck"), ("Landstraße", "4020", "Linz")]
BE_ST = [("Rue Royale", "1000", "Bruxelles", "bte"), ("Kerkstraat", "9000", "Gent", "bus"), ("Meir", "2000",
          "Antwerpen", "bus"), ("Rue Saint-Gilles", "4000", "Liège", "bte"), ("Bondgenotenlaan", "3000", "Leuven", "bus"),
         ("Chaussée de Waterloo", "1180", "Uccle", "bte")]
FR_ST = [("rue des Lilas", "69003", "Lyon"), ("boulevard de la Croisette", "06400", "Cannes"), ("impasse des Tanneurs",
          "67000", "Strasbourg"), ("rue Sainte-Catherine", "33000", "Bordeaux"), ("allée des Pins", "44300", "Nantes")]
MX_ST = [("Av. Insurgentes Sur", "Col. Crédito Constructor", "03940", "Ciudad de México", "CDMX"),
         ("Calle Morelos", "Col. Centro", "44100", "Guadalajara", "Jal."), ("Av. Constitución", "Col. Obispado",
          "64060", "Monterrey", "N.L."), ("Calle 60", "Col. Centro", "97000", "Mérida", "Yuc."),
         ("Calzada de Tlalpan", "Col. Portales", "03300", "Ciudad de México", "CDMX")]
PH_ST = [("Jupiter St.", "Bel-Air", "Makati City", "1209"), ("Katipunan Ave.", "Loyola Heights", "Quezon City", "1108"),
         ("Osmeña Blvd.", "Capitol Site", "Cebu City", "6000"), ("Shaw Blvd.", "Wack-Wack", "Mandaluyong", "1555"),
         ("J.P. Laurel Ave.", "Bajada", "Davao City", "8000")]
JP_AD = [("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
         ("Namba", "Chuo-ku", "Osaka", "542-0076"), ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001"),
         ("Gion-machi", "Higashiyama-ku", "Kyoto", "605-0073"), ("Kita 3-jo Nishi", "Chuo-ku", "Sapporo", "060-0003")]
KR_AD = [("Teheran-ro", "Gangnam-gu", "Seoul", "06234"), ("Haeundae-ro", "Haeundae-gu", "Busan", "48094"),
         ("Sejong-daero", "Jung-gu", "Seoul", "04524"), ("Dongseong-ro", "Jung-gu", "Daegu", "41911"),
         ("Gwanggyojungang-ro", "Suwon-si", "Gyeonggi-do", "16514")]
US_AD = [("Maple Ridge Dr", "Boise", "ID", "83706"), ("W Alabama St", "Houston", "TX", "77006"),
         ("Pine Hollow Ln", "Asheville", "NC", "28803")]
UK_AD = [("Wilmslow Road", "Manchester", "M14 5TQ"), ("Heol y Deri", "Cardiff", "CF14 6HF"),
         ("Byres Road", "Glasgow", "G12 8TT")]


def address(loc):
    n = str(R.randint(1, 180))
    if loc == "za":
        st, (sub, city, pc) = ch(ZA_ST), ch(ZA_SUB)
        if maybe(0.35):
            u = "Unit " + str(R.randint(1, 40)) + ", " + ch(["Sunset Gardens", "Protea Court", "Oakhurst", "Bay View"])
            parts = [u, n + " " + st, sub, city + " " + pc]
        else:
            parts = [n + " " + st, sub, city, pc]
    elif loc == "nz":
        st, (sub, city, pc) = ch(NZ_ST), ch(NZ_SUB)
        num = ch([n, n + ch(["A", "B"]), str(R.randint(1, 9)) + "/" + n, "Flat " + str(R.randint(1, 6)) + ", " + n])
        parts = [num + " " + st, sub, city + " " + pc]
    elif loc == "sg":
        blk = str(R.randint(101, 899))
        unit = "#" + b10(R.randint(2, 25)) + "-" + str(R.randint(10, 1899))
        pc = str(R.randint(1, 82)).zfill(2) + digits("NNNN")
        if maybe():
            parts = ["Blk " + blk + " " + ch(SG_ST), unit, "Singapore " + pc]
        else:
            parts = [blk + " " + ch(SG_ST) + " " + unit, "Singapore " + pc]
    elif loc == "ng":
        st, area, city = ch(NG_ST)
        num = ch(["Plot " + n, "No. " + n, n, "Flat " + str(R.randint(1, 12)) + ", Block " + ch("ABCD") + ", " + n])
        parts = [num + ", " + st] + ([area] if area else []) + [city + (" State" if maybe(0.2) else "")]
    elif loc == "ke":
        st, area = ch(KE_ST)
        if maybe(0.3):
            parts = ["P.O. Box " + str(R.randint(100, 99999)) + "-00" + ch(["100", "200", "507", "606"]), "Nairobi"]
        else:
            parts = [ch(["Apartment ", "House No. ", "Flat "]) + ch("ABCDE") + str(R.randint(1, 20)),
                     ch(["Kileleshwa Court", "Riverside Gardens", "Jacaranda Flats", ""]) or area, st, "Nairobi"]
    elif loc == "br":
        st, bairro, city, uf, cep = ch(BR_ST)
        comp = ch(["", ", apto " + str(R.randint(11, 184)), ", casa 2", ", bloco B, apto " + str(R.randint(11, 99))])
        parts = [st + ", " + n + comp + " - " + bairro, city + " - " + uf, cep if maybe() else "CEP " + cep]
    elif loc == "pt":
        st, cp, city = ch(PT_ST)
        parts = [st + ", " + n + ch(["", ", 3.º Esq.", ", 2.º Dto", ", R/C", " 1.º"]), cp + " " + city]
    elif loc == "pl":
        st, pc, city = ch(PL_ST)
        num = n + ch(["", "/" + str(R.randint(1, 80)), " m. " + str(R.randint(1, 60)), "A"])
        parts = [st + " " + num, pc + " " + city]
    elif loc == "se":
        st, pc, city = ch(SE_ST)
        parts = [st + " " + n + ch(["", " A", ", lgh " + str(R.randint(1001, 1603)), " 3 tr"]), pc + " " + city]
    elif loc == "no":
        st, pc, city = ch(NO_ST)
        parts = [st + " " + n + ch(["", "B", " H0302"]), pc + " " + city]
    elif loc == "dk":
        st, pc, city = ch(DK_ST)
        parts = [st + " " + n + ch(["", ", 2. tv.", ", st. th.", ", 4. mf.", ", 1."]), pc + " " + city]
    elif loc == "ch":
        st, pc, city = ch(CH_ST)
        parts = [(st + " " + n) if "Rue" not in st and "Avenue" not in st else (st + " " + n), pc + " " + city]
    elif loc == "at":
        st, pc, city = ch(AT_ST)
        parts = [st + " " + n + ch(["", "/" + str(R.randint(1, 9)) + "/" + str(R.randint(1, 30)), "/Top 7"]),
                 pc + " " + city]
    elif loc == "be":
        st, pc, city, box = ch(BE_ST)
        parts = [st + " " + n + ch(["", " " + box + " " + str(R.randint(1, 12)), "/" + str(R.randint(1, 9))]),
                 pc + " " + city]
    elif loc == "fr":
        st, pc, city = ch(FR_ST)
        parts = [n + ch(["", " bis", " ter"]) + ", " + st, pc + " " + city]
    elif loc == "mx":
        st, col, cp, city, est = ch(MX_ST)
        parts = [st + " " + ch([n, "No. " + n, n + " Int. " + str(R.randint(1, 9)), n + "-" + ch("ABC")]), col,
                 "C.P. " + cp + ", " + city + ", " + est]
    elif loc == "ph":
        st, brgy, city, zc = ch(PH_ST)
        parts = [ch(["Unit " + str(R.randint(1, 30)) + ch("ABCD") + ", Tower " + str(R.randint(1, 3)) + ", ", "",
                     "Blk " + str(R.randint(1, 30)) + " Lot " + str(R.randint(1, 40)) + ", "]) + n + " " + st,
                 "Brgy. " + brgy, city + " " + zc]
    elif loc == "jp":
        town, ward, city, pc = ch(JP_AD)
        chome = "%d-%d-%d" % (R.randint(1, 6), R.randint(1, 30), R.randint(1, 20))
        room = ch(["", " Room " + str(R.randint(101, 1208)), " #" + str(R.randint(201, 905))])
        parts = [chome + " " + town + room, ward + ", " + city + " " + pc]
    elif loc == "kr":
        road, gu, city, pc = ch(KR_AD)
        parts = [ch(["", "Apt " + str(R.randint(101, 2304)) + ", "]) + n + " " + road + ch(["", " " + str(R.randint(
            1, 30)) + "-gil"]), gu + ", " + city + " " + pc]
    elif loc == "us":
        st, city, s_, z = ch(US_AD)
        parts = [str(R.randint(100, 9800)) + " " + st, city + ", " + s_ + " " + z]
    else:
        st, city, pc = ch(UK_AD)
        parts = [n + " " + st, city + " " + pc]
    return ", ".join(parts), "\n".join(parts)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
}


def dob(loc, short=False):
    y, m, d = R.randint(1941, 2006), R.randint(1, 12), R.randint(1, 28)
    dd, mm = b10(d), b10(m)
    forms = {
        "dmy/": [dd + "/" + mm + "/" + str(y), str(d) + "/" + str(m) + "/" + str(y)],
        "dmy.": [dd + "." + mm + "." + str(y), str(d) + "." + str(m) + "." + str(y)],
        "iso": ["%d-%s-%s" % (y, mm, dd)],
    }
    en = MONTHS["en"]
    if loc in ("za", "nz", "ng", "ke", "sg", "ph", "uk"):
        opts = forms["dmy/"] + ["%d %s %d" % (d, en[m - 1], y), "%d %s %d" % (d, en[m - 1][:3], y)]
        if loc in ("za", "sg"):
            opts += forms["iso"]
        if loc == "ph":
            opts = ["%s %d, %d" % (en[m - 1], d, y), mm + "/" + dd + "/" + str(y), "%s. %d, %d" % (en[m - 1][:3], d, y)]
    elif loc in ("br", "pt"):
        opts = forms["dmy/"] + ["%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)]
    elif loc == "mx":
        opts = forms["dmy/"] + ["%d de %s de %d" % (d, MONTHS["es"][m - 1], y), dd + "-" + mm + "-" + str(y)]
    elif loc == "pl":
        opts = forms["dmy."] + ["%d %s %d r." % (d, MONTHS["pl"][m - 1], y), "%d %s %d" % (d, MONTHS["pl"][m - 1], y)]
    elif loc == "se":
        opts = forms["iso"] + ["%d %s %d" % (d, MONTHS["sv"][m - 1], y), "%d%s%s" % (y, mm, dd)]
    elif loc in ("no", "dk"):
        opts = forms["dmy."] + ["%d. %s %d" % (d, MONTHS["da"][m - 1], y), dd + "-" + mm + "-" + str(y)]
    elif loc in ("ch", "at"):
        opts = forms["dmy."] + ["%d. %s %d" % (d, MONTHS["de"][m - 1], y)]
    elif loc in ("be", "fr"):
        opts = forms["dmy/"] + ["%d %s %d" % (d, MONTHS["fr"][m - 1], y)]
    elif loc == "jp":
        opts = ["%d/%s/%s" % (y, mm, dd), "%d.%d.%d" % (y, m, d), "%d-%s-%s" % (y, mm, dd)]
    elif loc == "kr":
        opts = ["%d.%s.%s" % (y, mm, dd), "%d. %d. %d." % (y, m, d), "%d-%s-%s" % (y, mm, dd)]
    else:
        opts = [mm + "/" + dd + "/" + str(y), "%s %d, %d" % (en[m - 1], d, y)]
    return ch(opts)


def dob_recent(loc):
    d, m = R.randint(1, 28), R.randint(1, 12)
    en = MONTHS["en"]
    return ch(["%d %s 2026" % (d, en[m - 1]), "%02d/%02d/2026" % (d, m), "%s %d, 2026" % (en[m - 1], d)])


def luhn_ok(num):
    s, alt = 0, False
    for c in reversed(num):
        v = int(c)
        if alt:
            v = v * 2 - 9 if v > 4 else v * 2
        s += v
        alt = not alt
    return s % 10 == 0


def card(bad=False):
    pre, ln = ch([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("35", 16)])
    body = pre + digits("N" * (ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c) != bad:
            num = body + c
            break
    if ln == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return ch([" ".join(g), "-".join(g), num])


IBAN_FMT = {"BR": "NNNNNNNNNNNNNNNNNNNNNNNAA", "PT": "N" * 21, "PL": "N" * 24, "SE": "N" * 20, "NO": "N" * 11,
            "DK": "N" * 14, "CH": "N" * 17, "AT": "N" * 16, "BE": "N" * 12, "FR": "N" * 21 + "NN", "MU": None}


def iban(cc, bad=False, grouped=None):
    bban = digits(IBAN_FMT[cc])
    if cc == "BR":
        bban = bban[:23] + ch("CP") + "1"
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(bban + cc + "00")) % 97
    if bad:
        chk = (chk + R.randint(1, 40)) % 97 + 2 if chk < 96 else chk - 5
    s = cc + b10(chk) + bban
    if grouped is None:
        grouped = maybe(0.6)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        s = sum(v * (10 - i) for i, v in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return ch([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:6] + "-" + n[6:]])


def ipv4(public=True):
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    return "2001:%x:%x:%x::%x" % (R.randint(0x4000, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


# ---------------------------------------------------------------- secrets and look-alikes
AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
az = "abcdefghijklmnopqrstuvwxyz"
D10 = "0123456789"
B62 = AZ + az + D10


def rs(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def aws_id():
    return ch(["AKIA", "AKIA", "ASIA"]) + rs(16, AZ + "234567")


def aws_secret():
    return rs(40, B62 + "+/")


def gh_token():
    return ch(["ghp_" + rs(36), "gho_" + rs(36), "ghs_" + rs(36), "github_pat_11" + rs(20, AZ + D10) + "_" + rs(59)])


def openai_key():
    return ch(["sk-proj-" + rs(48, B62 + "-_"), "sk-" + rs(48), "sk-svcacct-" + rs(40, B62 + "-_")])


def anthropic_key():
    return "sk-ant-api03-" + rs(93, B62 + "-_") + "AA"


def slack_token():
    return ch(["xoxb-" + digits("NNNNNNNNNNNN") + "-" + digits("NNNNNNNNNNNNN") + "-" + rs(24),
               "xoxp-" + digits("NNNNNNNNNNN") + "-" + digits("NNNNNNNNNNNN") + "-" + digits("NNNNNNNNNNNNN") + "-" + rs(32, "0123456789abcdef")])


def stripe_key():
    return ch(["sk_live_", "rk_live_", "sk_live_51"]) + rs(ch([24, 34, 58]))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(sub="user", name=None):
    hdr = {"alg": ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    pl = {"sub": sub, "iat": R.randint(1700000000, 1780000000)}
    if name:
        pl["name"] = name
    pl["exp"] = pl["iat"] + ch([900, 3600, 86400])
    sig = bytes(R.randint(0, 255) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(
        json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(sig)


def pem_key():
    kind = ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(R.randint(0, 255) for _ in range(ch([180, 240, 300])))).decode()
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def password():
    w = ch(["Kilimanjaro", "Jacaranda", "Sunflower", "Marmite", "Tui", "Pohutukawa", "Fjord", "Bacalhau", "Pierogi",
            "Matcha", "Kimchi", "Adobo", "Sakura", "Edelweiss", "Gouda"])
    return ch([w + str(R.randint(10, 2026)) + ch("!#$%&*"), rs(R.randint(14, 22), B62 + "!@#%^*-_"),
               ch(["Tr0ub4dor", "Winter", "Summer", "Welcome"]) + ch(["2025", "2026", "@2026", "#1"]) + ch(["", "!", "?"]),
               rs(6, az) + "-" + rs(6, az) + "-" + rs(6, az), w.lower() + "_" + rs(4, D10) + "_" + rs(3, AZ)])


def generic_key():
    return ch(["AIza" + rs(35, B62 + "-_"), "SG." + rs(22, B62 + "-_") + "." + rs(43, B62 + "-_"),
               "glpat-" + rs(20, B62 + "-_"), "npm_" + rs(36), "hf_" + rs(34, B62), "dop_v1_" + rs(64, "0123456789abcdef"),
               "SK" + rs(32, "0123456789abcdef"), "key-" + rs(32, "0123456789abcdef"), rs(32, "0123456789abcdef"),
               "shpat_" + rs(32, "0123456789abcdef"), "pk." + rs(60, B62) + "." + rs(22, B62)])


def sha(n=40):
    return rs(n, "0123456789abcdef")


def uuid():
    h = sha(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


PLACEHOLDER_KEYS = ["AKIAIOSFODNN7EXAMPLE", "<YOUR_API_KEY>", "sk-...", "xxxxxxxxxxxxxxxxxxxx", "${DB_PASSWORD}",
                    "REPLACE_ME", "your-token-here", "{{ .Values.apiKey }}", "changeit-in-prod", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    "$(cat /run/secrets/db_pass)", "********", "<redacted>", "sk_test_PLACEHOLDER", "%(api_key)s"]


def order_id():
    return ch(["ORD-", "#", "SO", "INV-", "Bestellnr. ", "Pedido nº "]) + digits(ch(["NNNNNNN", "NN-NNNNN", "NNNNNNNNNN"]))


def ts(style=None):
    y, mo, d, h, mi, s = 2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return ch(["%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s), "%02d/%02d/%d %02d:%02d" % (d, mo, y, h, mi),
               "%d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s)])


def isbn13():
    b = "978" + digits("NNNNNNNNN")
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def version():
    return ch(["v", "", "release-"]) + "%d.%d.%d" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 99))


def pnr():
    return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def future_date(loc):
    d, m = R.randint(1, 28), R.randint(1, 12)
    return ch(["%02d/%02d/2026" % (d, m), "%d %s 2026" % (d, MONTHS["en"][m - 1][:3]), "2026-%02d-%02d" % (m, d)])


# ---------------------------------------------------------------- personal shapes
ALL_LOC = ["za", "nz", "sg", "ng", "ke", "br", "pt", "pl", "se", "no", "dk", "ch", "at", "be", "fr", "mx", "ph",
           "jp", "kr"]
EN_LOC = ["za", "nz", "sg", "ng", "ke", "ph"]


def P(v):
    return (v, "PERSON")


def whatsapp(loc):
    d = Doc("whatsapp_export", loc)
    a, b = person(loc), person(loc)
    an = ch([a[0], full(a)])
    bn = ch([b[0], full(b), "~" + b[0]]) if False else ch([b[0], full(b)])
    day, mon = R.randint(1, 28), R.randint(1, 12)
    h, m = R.randint(7, 21), R.randint(0, 50)
    sep = ch([" - ", ", "])
    bracket = maybe(0.4)
    def stamp():
        nonlocal m
        m += R.randint(0, 6)
        hh, mm = h + m // 60, m % 60
        if bracket:
            return "[%02d/%02d/2026, %02d:%02d:%02d] " % (day, mon, hh, mm, R.randint(0, 59))
        return "%02d/%02d/2026, %02d:%02d%s" % (day, mon, hh, mm, sep if not bracket else "")
    def say(who, *parts):
        st = stamp()
        d.w((st.strip(" -,[]"), "timestamp") if False else st, P(who), ": ", *parts, "\n")
    c = person(loc)
    addr, _ = address(loc)
    ph = phone(loc)
    opener = ch(["hey did you get my vm", "morning!! you up?", "ok so about saturday", "sorry was driving",
                 "are you home later?", "Hi, quick one"])
    say(an, opener)
    say(bn, ch(["ya what's up", "yes", "just got in", "yebo", "sure"]))
    r = R.randint(0, 4)
    if r == 0:
        say(an, "can you send me ", P(c[0].lower() if maybe(0.4) else c[0]), "'s number, the plumber one")
        say(bn, (ph, "PHONE_NUMBER"))
        say(bn, "tell him you got it from me lol")
    elif r == 1:
        say(an, "whats the address for the braai" if loc == "za" else "what's the address again?")
        say(bn, (addr, "STREET_ADDRESS"))
        say(bn, ch(["gate code is 4471", "park on the street", "ring twice, bell is broken"]))
    elif r == 2:
        say(an, "pls transfer for the tickets, ", ch(["my details:", "acc below"]))
        cc = {"br": "BR", "pt": "PT", "pl": "PL", "se": "SE", "no": "NO", "dk": "DK", "ch": "CH", "at": "AT", "be": "BE", "fr": "FR"}.get(loc)
        if cc:
            say(an, (iban(cc), "IBAN_CODE"))
        else:
            say(an, "Acc ", ("62" + digits("NNNNNNNN"), "bank_account_unlabelled"), " ref TICKETS")
    elif r == 3:
        say(an, "omg ", P(full(c, "lower") if maybe() else full(c)), " is engaged!!!")
        say(bn, "no wayyy to who")
        e = person(loc)
        say(an, P(e[0]), " from church" if maybe() else " from work")
    else:
        say(an, "my new email btw ", (email(loc, a), "EMAIL_ADDRESS"))
        say(bn, ch(["noted 👍", "ok saved", "👍"]))
    say(bn, ch(["<Media omitted>", "😂😂", "ok cool", "This message was deleted", "see you then"]))
    if maybe(0.5):
        say(an, ch(["night", "thanks ", "ta"]), *([P(b[0].lower())] if maybe(0.5) else []))
    return d


def cs_chat(loc):
    d = Doc("support_chat", loc)
    cust = person(loc)
    agent = (ch(NAMES[LOCALE_GROUP[loc]][0]), "")
    brand = ch(["Vodacom", "Spark", "Singtel", "MTN", "Safaricom", "Vivo", "MEO", "Orange", "Telia", "Telenor",
                "Swisscom", "Proximus", "Telcel", "Globe", "SoftBank", "KT"])
    d.line("Chat transcript - ", brand, " Online Help")
    d.line("Started: ", (ts(), "timestamp"))
    d.line("Ticket: ", ("CS-" + digits("NNNNNNN"), "ticket_id"))
    d.line("")
    al = ch(["Agent", P(agent[0]), "Agent " + agent[0]]) if False else None
    ag = agent[0]
    def A(*p):
        d.w(P(ag), " (agent): " if maybe(0.3) else ": ", *p, "\n")
    def C(*p):
        d.w(ch(["Customer", "You", "Visitor"]) + ": ", *p, "\n")
    A("Hi, my name is ", P(ag), ". How can I help you today?")
    C(ch(["hi my sim stopped working after the update", "I was double charged this month",
          "I want to move my contract to my new flat", "my router keeps dropping"]))
    A("Sorry to hear that. Can I have the full name on the account please?")
    C(P(full(cust) if maybe(0.7) else full(cust, "lower")))
    A("Thanks ", P(cust[0]), ". And the date of birth for verification?")
    C((dob(loc), "DATE_OF_BIRTH"))
    r = R.randint(0, 3)
    if r == 3:
        A("I can take the outstanding balance now. Card number?")
        C((card(), "CREDIT_CARD"), ch(["", " exp 08/29", ". the cvv is on the back right"]))
        A("Thanks, that's gone through.")
    elif r == 0:
        A("Which number is affected?")
        C((phone(loc), "PHONE_NUMBER"), ch(["", " and also my wife's one", " (the prepaid)"]))
    elif r == 1:
        one, _ = address(loc)
        A("Please confirm the new installation address.")
        C((one, "STREET_ADDRESS"))
    else:
        A("I can see two payments. Which email should I send the refund confirmation to?")
        C((email(loc, cust), "EMAIL_ADDRESS"))
    A(ch(["Done, anything else?", "I've logged that, you'll get an SMS within 24 hours.",
          "Let me escalate this to the technical team."]))
    C(ch(["no thats all thanks", "thank you " + "", "ok"]), *([P(ag)] if maybe(0.4) else []))
    d.line("")
    d.line("Rate your chat: ★★★★☆  | Reference ", (order_id(), "order_id"))
    return d


def forum_thread(loc):
    d = Doc("forum_thread", loc)
    op = "u/" + deacc(ch(NAMES[LOCALE_GROUP[loc]][0])).replace(" ", "") + "_" + rs(4, D10)
    sub = {"nz": "r/newzealand", "za": "r/southafrica", "sg": "r/singapore", "ke": "r/Kenya", "br": "r/brasil",
           "pt": "r/portugal", "pl": "r/Polska", "se": "r/sweden", "no": "r/norge", "dk": "r/Denmark",
           "ch": "r/Switzerland", "at": "r/Austria", "be": "r/belgium", "fr": "r/france", "mx": "r/mexico",
           "ph": "r/Philippines", "jp": "r/japanlife", "kr": "r/korea", "ng": "r/Nigeria"}.get(loc, "r/AskEurope")
    d.line(sub, " · Posted by ", op, " · ", str(R.randint(2, 23)), "h")
    topic = R.randint(0, 3)
    ll = person(loc)
    one, _ = address(loc)
    if topic == 0:
        d.line("Landlord won't return bond, what are my options?")
        d.line("")
        d.w("So my landlord (", P(full(ll)), ") is refusing to return the deposit for ", (one, "STREET_ADDRESS"),
            ". Moved out ", ch(["three weeks", "two months", "a month"]), " ago, left it spotless. ",
            "He keeps texting from ", (phone(loc), "PHONE_NUMBER"), " saying the carpets are 'ruined'.\n")
    elif topic == 1:
        d.line("PSA: scam caller pretending to be from the bank")
        d.line("")
        d.w("Got a call from ", (phone(loc), "PHONE_NUMBER"), ", guy said his name was ", P(full(ll)),
            " from fraud prevention. Knew my name and that I bank with ", ch(["Capitec", "ANZ", "DBS", "GTBank", "Equity",
                                                                                 "Itaú", "PKO", "Swedbank"]),
            ". Hung up. Reported it.\n")
    elif topic == 2:
        d.line("Lost dog found near the park - is this yours?")
        d.line("")
        d.w("Brown staffy, no collar, very friendly. Found outside ", (one, "STREET_ADDRESS"),
            ". Call or WhatsApp me on ", (phone(loc), "PHONE_NUMBER"), ", I'm ", P(ll[0]), ".\n")
    else:
        d.line("Recommend a good physio?")
        d.line("")
        d.w(P(full(ll)), " at ", ch(["the clinic on ", "the practice near "]), (one, "STREET_ADDRESS"),
            " sorted my knee out in four sessions. Book via ", (email(loc, ll), "EMAIL_ADDRESS"), ".\n")
    d.line("")
    for _ in range(R.randint(1, 3)):
        u = deacc(ch(NAMES[ch(ALL_GROUPS)][0])).replace(" ", "").replace("-", "") + ch(["", "_", "."]) + rs(2, D10)
        d.w("  ↳ u/", u, " · ", str(R.randint(1, 300)), " points\n    ")
        r = R.randint(0, 3)
        if r == 0:
            d.w("Same thing happened to me with ", P(full(ll, ch(["gs", "lower"]))), " lol. Avoid.\n")
        elif r == 1:
            d.w(ch(["Go to the tribunal, it's free.", "Post this on the community page.", "Following.", "This is the way."]), "\n")
        elif r == 2:
            d.w("You might want to blur the address mate\n")
        else:
            d.w("Edit: ", ch(["removed his number", "thanks all, sorted", "mods pls pin"]), "\n")
    d.line("")
    d.line("Rules · v", (version(), "version"), " · ", (ts(), "timestamp"))
    return d


def product_review(loc):
    d = Doc("product_review", loc)
    p = person(loc)
    prod = ch(["Philips Airfryer XXL", "Dyson V12 Detect", "Tefal Ingenio set", "Xiaomi Mi Band 8", "Kindle Paperwhite",
               "Nespresso Vertuo", "Samsung Galaxy Buds"])
    d.line(prod, " — Customer reviews")
    d.line("★★★★☆ ", ch(["Great but the app is rubbish", "Does the job", "Returned after a week",
                          "Better than expected"]))
    d.w("Reviewed by ", P(ch([full(p), full(p, "g s."), p[0]])), " in ", ch(["Cape Town", "Auckland", "Singapore",
                                                                           "Lagos", "Nairobi", "Porto", "Kraków"]),
        " on ", (future_date(loc), "review_date"), " · Verified purchase\n\n")
    r = R.randint(0, 2)
    d.w(ch(["Arrived in two days. ", "Box was a bit dented. ", "Bought this for my mum. ", ""]))
    if r == 0:
        d.w("The courier left it with my neighbour ", P(ch([p[0], full(person(loc))])),
            " even though I paid for signature. ")
    elif r == 1:
        d.w("Support was slow; if anyone from the company reads this, my order number is ", (order_id(), "order_id"),
            " and you can reach me at ", (email(loc, p), "EMAIL_ADDRESS"), ". ")
    else:
        d.w("Model ", (ch(["HD9650/90", "SV46", "GT-7721B", "BHR6008GL"]), "product_code"), ", firmware ",
            (version(), "version"), ". ")
    d.w(ch(["Would buy again.", "Three stars because the cable is short.", "Meh.", "Love it, use it daily!!"]), "\n")
    d.line("")
    d.line(str(R.randint(0, 40)), " people found this helpful · Report")
    return d


def hr_onboarding(loc):
    d = Doc("hr_onboarding_form", loc)
    p = person(loc)
    mgr = person(loc)
    co = ch(["Bravura Logistics", "Kestrel Analytics", "Tidewater Foods", "Outback Robotics", "Nordlys AS", "Pampa Digital"])
    dom = deacc(co.split()[0]) + "." + ch(["com", "io", "co"])
    one, block = address(loc)
    d.line("NEW STARTER FORM - ", co.upper())
    d.line("=" * 34)
    caps = maybe(0.3)
    u = (lambda x: x.upper()) if caps else (lambda x: x)
    d.line("Legal name:        ", P(u(full(p))))
    if maybe(0.5):
        d.line("Preferred name:    ", P(u(p[0])))
    d.line("Date of birth:     ", (dob(loc), "DATE_OF_BIRTH"))
    d.line("Personal mobile:   ", (phone(loc), "PHONE_NUMBER"))
    d.line("Personal e-mail:   ", (email(loc, p), "EMAIL_ADDRESS"))
    if maybe(0.5):
        d.line("Home address:      ", (u(one), "STREET_ADDRESS"))
    else:
        d.line("Home address:")
        d.line((u(block), "STREET_ADDRESS"))
    d.line("Start date:        ", (future_date(loc), "start_date"))
    d.line("Employee no.:      ", ("E" + digits("NNNNN"), "employee_id"))
    d.line("Work e-mail:       ", (work_email(p, dom), "EMAIL_ADDRESS"))
    d.line("Line manager:      ", P(full(mgr)))
    cc = {"br": "BR", "pt": "PT", "pl": "PL", "se": "SE", "no": "NO", "dk": "DK", "ch": "CH", "at": "AT", "be": "BE", "fr": "FR"}.get(loc)
    if cc:
        d.line("Salary account (IBAN): ", (iban(cc), "IBAN_CODE"))
    d.line("")
    d.line("Emergency contact")
    ec = person(loc)
    d.line("  Name:         ", P(u(full(ec))), "  (", ch(["spouse", "parent", "sibling", "partner", "friend", "next of kin"]), ")")
    d.line("  Phone:        ", (phone(loc), "PHONE_NUMBER"))
    d.line("")
    d.line("Laptop asset tag: ", ("LT-" + digits("NNNNN"), "asset_tag"), "   Form rev. ", (version(), "version"))
    return d


def hr_offboarding(loc):
    d = Doc("hr_offboarding", loc)
    p, hrp = person(loc), person(loc)
    d.line("Subject: Leaver checklist — ", P(full(p)), " (last day ", (future_date(loc), "event_date"), ")")
    d.line("")
    d.line("Hi all,")
    d.line("")
    d.w(P(p[0]), " is leaving us at the end of the month. Please action the items below by Friday.\n\n")
    items = [
        lambda: d.w("- IT: revoke VPN and disable ", (work_email(p, "corp.example-intl.com"), "EMAIL_ADDRESS"),
                    " (forward to ", P(full(hrp)), ")\n"),
        lambda: d.w("- Payroll: final payslip to home address on file, ", (address(loc)[0], "STREET_ADDRESS"), "\n"),
        lambda: d.w("- Facilities: collect badge #", ("B" + digits("NNNN"), "badge_id"), " and locker key\n"),
        lambda: d.w("- Forwarding mobile after leaving: ", (phone(loc), "PHONE_NUMBER"), "\n"),
        lambda: d.w("- Exit interview booked with ", P(hrp[0]), " on ", (future_date(loc), "event_date"), "\n"),
        lambda: d.w("- Reference requests go to ", P(full(hrp)), ", not the line manager\n"),
    ]
    R.shuffle(items)
    for f in items[:R.randint(3, 6)]:
        f()
    d.line("")
    d.line("Thanks,")
    d.line(P(full(hrp)))
    d.line("People Team")
    return d


def school_note(loc):
    d = Doc("school_note", loc)
    parent, kid, teacher = person(loc), person(loc), person(loc)
    kid = (kid[0], parent[1])
    school = ch(["Riverside Primary", "St Anne's School", "Greenvale College", "Escola Básica da Ponte",
                 "Szkoła Podstawowa nr 12", "Kinderhaus Sonnenschein", "Colegio Montessori del Valle"])
    if maybe(0.5):
        d.line("Dear ", ch(["Mrs ", "Mr ", "Ms ", "Teacher "]), P(teacher[1]), ",")
        d.line("")
        d.w("Please excuse ", P(kid[0]), " from ", ch(["swimming", "PE", "the museum trip"]), " on ",
            (future_date(loc), "event_date"), ". ", ch(["She", "He"]), " has a ", ch(["dentist appointment", "bad cold",
                                                                                       "family wedding"]), ". ")
        d.w("If you need me I'm on ", (phone(loc), "PHONE_NUMBER"), ch([".", " after 3pm.", " (WhatsApp is fine)."]), "\n\n")
        d.line(ch(["Kind regards", "Thanks", "Many thanks"]), ",")
        d.line(P(full(parent)), ch(["", " (" + kid[0] + "'s mum)", " (Grade 4B)"]) if False else "")
    else:
        d.line(school, " — Class ", ch(["3B", "5A", "Year 2", "Grade 6 Kiwi", "Turma B"]), " newsletter")
        d.line("")
        d.w("Huge thanks to ", P(full(parent)), " for running the cake stall, and well done to ", P(full(kid)),
            " and ", P(ch(NAMES[LOCALE_GROUP[loc]][0])), " for the maths olympiad!\n")
        d.w("Camp forms are due ", (future_date(loc), "event_date"), ". Questions to ", ch(["Ms ", "Mr ", "Mrs "]),
            P(teacher[1]), " at ", (work_email(teacher, ch(["school.example.org", "riverside.school.nz", "escola.pt"])),
                                    "EMAIL_ADDRESS"), ".\n")
        d.w("Reminder: the school office number is ", (digits("0800 NNN NNN") if loc == "nz" else "+00 000 000 000", "org_phone" if loc == "nz" else "test_fixture"), ".\n")
    return d


def newsletter(loc):
    d = Doc("club_newsletter", loc)
    club = ch(["Kloofendal Hiking Club", "Ponsonby Rowing Club", "St. Joseph's Parish", "Tampines Running Group",
               "Karibu Choir", "Sociedade Recreativa Lusitana", "Klub Szachowy Hetman", "Göta Kanal Seglare",
               "Club de Pétanque de Liège", "Iglesia San Judas Tadeo"])
    d.line(club, " — ", ch(["Monthly update", "Newsletter No. " + str(R.randint(10, 180)), "Bulletin"]))
    d.line("")
    cap = person(loc)
    d.w(ch(["From the chair: ", "A word from the captain: ", "Father's corner: ", ""]))
    d.w("welcome to our new members ")
    mem = [person(loc) for _ in range(R.randint(2, 4))]
    for i, m in enumerate(mem):
        if i:
            d.w(", " if i < len(mem) - 1 else " and ")
        d.w(P(full(m)))
    d.w(".\n")
    d.w(ch(["Congratulations to ", "Get well soon to ", "Our condolences to the family of "]), P(full(person(loc))), ". ")
    d.w("Happy birthday to ", P(person(loc)[0]), " who turns ", str(R.randint(60, 95)), " on ",
        (future_date(loc), "event_date"), "!\n\n")
    d.w("Subs are due. Pay by EFT, reference your surname, or see ", P(full(cap)), " (", (phone(loc), "PHONE_NUMBER"),
        ").\n")
    if maybe(0.5):
        d.w("Lift club: ", P(ch(NAMES[LOCALE_GROUP[loc]][0])), " can collect from ", (address(loc)[0], "STREET_ADDRESS"),
            " at 7:30.\n")
    d.line("")
    d.line("Next meeting: ", (future_date(loc), "event_date"), " at the clubhouse, ", ch(["Lake Wakatipu", "Table Mountain",
                                                                                        "Victoria Falls", "Lake Geneva"]))
    return d


def rsvp(loc):
    d = Doc("rsvp_list", loc)
    host = person(loc)
    d.line(ch(["Wedding RSVPs", "Party RSVPs — 40th", "Lobola celebration guest list", "Casamento — confirmações",
               "Quinceañera — invitados"]), " (", ch(["export from form", "updated", "final"]), ")")
    sep = ch(["\t", " | ", ";"])
    d.line(sep.join(["Name", "Attending", "Guests", "Diet", "Phone"]))
    for _ in range(R.randint(4, 9)):
        g = person(loc)
        nm = ch([full(g), full(g), g[0] + " & " + person(loc)[0] + " " + g[1], full(g, "s, g")])
        if "&" in nm:
            a, rest = nm.split(" & ")
            b_ = rest
            d.w(P(a), " & ", P(b_), sep)
        else:
            d.w(P(nm), sep)
        d.w(ch(["yes", "no", "maybe", "Yes", "sim"]), sep, str(R.randint(0, 3)), sep,
            ch(["", "veg", "halal", "no nuts", "vegan", "GF"]), sep)
        if maybe(0.7):
            d.w((phone(loc), "PHONE_NUMBER"))
        d.w("\n")
    d.line("")
    d.line("Venue: ", ch(["Spier Wine Farm", "The Boatshed, Auckland", "Quinta da Regaleira", "Hacienda San Gabriel"]),
           "   Contact: ", P(full(host)))
    return d


def boarding_pass(loc):
    d = Doc("boarding_pass", loc)
    p = person(loc)
    air = ch([("SA", "South African Airways"), ("NZ", "Air New Zealand"), ("SQ", "Singapore Airlines"),
              ("KQ", "Kenya Airways"), ("LA", "LATAM"), ("TP", "TAP Air Portugal"), ("LO", "LOT"), ("SK", "SAS"),
              ("LX", "SWISS"), ("OS", "Austrian"), ("AM", "Aeroméxico"), ("PR", "Philippine Airlines"),
              ("NH", "ANA"), ("KE", "Korean Air")])
    d.line(air[1].upper(), "  BOARDING PASS")
    d.line("NAME OF PASSENGER: ", P(p[1].upper().replace(" ", "") + "/" + p[0].upper().replace(" ", "")),
           ch([" MR", " MS", " MRS", ""]))
    d.line("FLIGHT: ", (air[0] + str(R.randint(100, 999)), "flight_no"), "   DATE: ",
           (ch(["12MAR", "03JUN", "28OCT", "15JAN"]), "travel_date"), "   SEAT: ", (str(R.randint(1, 45)) + ch("ABCDK"), "seat"))
    d.line("FROM: ", ch(["JNB", "AKL", "SIN", "NBO", "GRU", "LIS", "WAW", "ARN", "ZRH", "VIE", "MEX", "MNL", "NRT", "ICN"]),
           "  TO: ", ch(["CPT", "WLG", "HKG", "LOS", "GIG", "OPO", "KRK", "OSL", "GVA", "BRU", "CUN", "CEB", "KIX", "PUS"]))
    d.line("BOOKING REF: ", (pnr(), "booking_ref"), "   ETKT ", ("0" + digits("NN") + " " + digits("NNNNNNNNNN"), "ticket_no"))
    d.line("GATE CLOSES 20 MIN BEFORE DEPARTURE")
    if maybe(0.5):
        d.line("")
        d.line("Booking confirmation sent to ", (email(loc, p), "EMAIL_ADDRESS"), "; SMS ", (phone(loc), "PHONE_NUMBER"))
    if maybe(0.3):
        d.line("Frequent flyer: ", (air[0] + digits("NNNNNNNN"), "loyalty_no"), "  DOB ", (dob(loc), "DATE_OF_BIRTH"))
    return d


def hotel_card(loc):
    d = Doc("hotel_registration", loc)
    p = person(loc)
    one, block = address(loc)
    d.line(ch(["HOTEL REGISTRATION CARD", "GUEST REGISTRATION / FICHA DE HÓSPEDE", "MELDEZETTEL / REGISTRATION",
               "FICHE DE POLICE"]))
    d.line("Room: ", (str(R.randint(101, 950)), "room_no"), "   Arrival: ", (future_date(loc), "travel_date"),
           "   Nights: ", str(R.randint(1, 9)))
    d.line("SURNAME: ", P(p[1].upper()), "    FIRST NAME(S): ", P(p[0].upper()))
    d.line("DATE OF BIRTH: ", (dob(loc), "DATE_OF_BIRTH"), "    NATIONALITY: ", ch(["ZA", "NZ", "SG", "BR", "PL", "SE",
                                                                                   "MX", "PH", "JP", "KR", "KE"]))
    d.line("HOME ADDRESS:")
    d.line((block.upper() if maybe(0.6) else block, "STREET_ADDRESS"))
    d.line("TEL: ", (phone(loc), "PHONE_NUMBER"), "    E-MAIL: ", (email(loc, p).upper() if maybe(0.3) else email(loc, p), "EMAIL_ADDRESS"))
    if maybe(0.7):
        d.line("CARD GUARANTEE: ", (card(), "CREDIT_CARD"), "  EXP ", (b10(R.randint(1, 12)) + "/" + str(R.randint(27, 31)), "card_expiry"))
    if maybe(0.4):
        comp = person(loc)
        d.line("ACCOMPANIED BY: ", P(full(comp, "G S")))
    d.line("Signature: ______________   Rate code ", (ch(["BAR", "AAA", "CORP1", "PKG-BB"]), "rate_code"))
    return d


def delivery_note(loc):
    d = Doc("delivery_note", loc)
    p = person(loc)
    one, block = address(loc)
    d.line(ch(["DELIVERY NOTE", "Guia de Remessa", "List przewozowy", "Lieferschein", "Nota de entrega"]),
           "  ", (order_id(), "order_id"))
    d.line("Courier: ", ch(["The Courier Guy", "NZ Post", "Ninja Van", "GIG Logistics", "Correios", "CTT", "InPost",
                           "PostNord", "Bring", "GLS", "bpost", "Estafeta", "LBC", "Yamato", "CJ Logistics"]),
           "  Tracking ", (rs(2, AZ) + digits("NNNNNNNNN") + rs(2, AZ), "tracking_no"))
    d.line("")
    d.line("Deliver to:")
    d.line(P(full(p, ch(["gs", "G S"]))))
    d.line((block, "STREET_ADDRESS"))
    d.line("Tel: ", (phone(loc), "PHONE_NUMBER"))
    d.line("")
    d.line("Instructions: ", ch(["leave with security at the gate", "call on arrival, dog in yard",
                                "do not leave at door", "neighbour at no. 14 can sign", "entregar na portaria"]))
    d.line("Items: ", str(R.randint(1, 4)), " x ", ch(["SKU ", "art. "]), (rs(3, AZ) + "-" + digits("NNNN"), "product_code"))
    if maybe(0.5):
        d.line("Received by: ", P(ch([p[0], full(person(loc))])), "   ", (ts(), "timestamp"))
    return d


def insurance_claim(loc):
    d = Doc("insurance_claim", loc)
    p, w = person(loc), person(loc)
    d.line(ch(["Motor claim notification", "Household contents claim", "Travel insurance claim form"]))
    d.line("Policy number: ", ("POL-" + digits("NNNNNNNN"), "policy_no"), "   Claim ref: ", ("CLM" + digits("NNNNNN"), "claim_no"))
    d.line("")
    d.line("1. Policyholder")
    d.line("   Full name: ", P(full(p)))
    d.line("   Date of birth: ", (dob(loc), "DATE_OF_BIRTH"))
    d.line("   Address: ", (address(loc)[0], "STREET_ADDRESS"))
    d.line("   Contact number: ", (phone(loc), "PHONE_NUMBER"))
    d.line("2. What happened")
    k = R.randint(0, 2)
    d.w("   On ", (future_date(loc), "incident_date"), " at about ", "%d:%02d" % (R.randint(7, 22), R.randint(0, 59)),
        [" a delivery van reversed into my parked car outside ", " water came through the ceiling at ",
         " my bag was taken from a café near "][k], (address(loc)[0], "STREET_ADDRESS"), ". ")
    d.w(["The van driver, ", "My upstairs neighbour, ", "A witness, "][k], P(full(w)), ch([", gave me ", ", left me "]),
        "a contact number, ", (phone(loc), "PHONE_NUMBER"), ".\n")
    d.line("3. Bank details for settlement")
    cc = {"br": "BR", "pt": "PT", "pl": "PL", "se": "SE", "no": "NO", "dk": "DK", "ch": "CH", "at": "AT", "be": "BE", "fr": "FR"}.get(loc)
    if cc:
        d.line("   IBAN: ", (iban(cc), "IBAN_CODE"))
    else:
        d.line("   Refund to card ending ", (digits("NNNN"), "card_last4"))
    d.line("Declared value: ", {"za": "R 14 500", "nz": "NZ$2,300", "sg": "S$980", "br": "R$ 3.450,00", "pl": "2 300 zł",
                                "ch": "CHF 1'250.–", "ke": "KSh 85,000", "ng": "₦450,000", "mx": "$18,500 MXN",
                                "jp": "¥180,000", "kr": "₩2,300,000", "ph": "₱42,000", "se": "12 400 kr",
                                "no": "kr 9 800", "dk": "7.500 kr."}.get(loc, "€1.480,00"))
    return d


def incident_report(loc):
    d = Doc("incident_report", loc)
    off, subj, wit = person(loc), person(loc), person(loc)
    d.line(ch(["INCIDENT REPORT", "OCCURRENCE REPORT", "SECURITY INCIDENT LOG"]), "  No. ",
           ("IR/" + str(R.randint(2024, 2026)) + "/" + digits("NNNN"), "report_no"))
    d.line("Reporting officer: ", ch(["Sgt ", "Const. ", "Officer ", "Guard "]), P(full(off)), "  badge ",
           (digits("NNNNN"), "badge_id"))
    d.line("Location: ", (address(loc)[0], "STREET_ADDRESS"))
    d.line("")
    caps = maybe(0.5)
    nm = full(subj, "G S") if caps else full(subj)
    d.w("At approx. ", "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "hrs the complainant ", P(nm),
        " (DOB ", (dob(loc), "DATE_OF_BIRTH"), ") reported that ", ch(["a bicycle was stolen from the rack",
                                                                       "her vehicle window was smashed",
                                                                       "an unknown male was trying door handles"]), ". ")
    d.w("Witness ", P(full(wit)), " of ", (address(loc)[0], "STREET_ADDRESS"), " (cell ", (phone(loc), "PHONE_NUMBER"),
        ") confirmed the time. ")
    d.w("CCTV requested from ", ch(["Woolworths", "Pick n Pay", "Countdown", "FairPrice", "Shoprite", "Pão de Açúcar",
                                    "Biedronka", "ICA", "Migros", "Oxxo", "Jollibee"]), ".\n")
    d.line("Status: ", ch(["open", "referred to detectives", "closed - no further action"]))
    return d


def obituary(loc):
    d = Doc("obituary", loc)
    p = person(loc)
    sp = person(loc)
    kids = [(person(loc)[0], "") for _ in range(R.randint(2, 4))]
    if maybe(0.6):
        d.w(P(full(p).upper()), ch([" — peacefully on ", " passed away on ", " went home to the Lord on "]),
            (future_date(loc), "event_date"), ", aged ", str(R.randint(62, 99)), ". ")
        d.w("Born ", (dob(loc), "DATE_OF_BIRTH"), " in ", ch(["Durban", "Gisborne", "Ipoh", "Onitsha", "Nyeri", "Belém",
                                                              "Braga", "Lublin", "Umeå", "Cebu"]), ". ")
        d.w("Beloved ", ch(["wife", "husband"]), " of the late ", P(sp[0]), ", loving parent of ")
        for i, k in enumerate(kids):
            if i:
                d.w(", " if i < len(kids) - 1 else " and ")
            d.w(P(k[0]))
        d.w(". ", ch(["Service at", "Funeral mass at", "Memorial at"]), " ", ch(["St Mary's Church", "Holy Trinity",
                                                                               "Igreja da Lapa", "Kościół Mariacki"]),
            " on ", (future_date(loc), "event_date"), ". Enquiries: ", P(full((kids[0][0], p[1]))), " ",
            (phone(loc), "PHONE_NUMBER"), ".\n")
    else:
        mum, dad = person(loc), person(loc)
        baby = person(loc)[0]
        d.w(ch(["BIRTHS\n", "Birth announcement\n", "It's a ", ""]))
        d.w(P(full(mum)), " and ", P(full(dad)), " are delighted to announce the arrival of ", P(baby + " " + dad[1]),
            ", born ", (dob_recent(loc), "DATE_OF_BIRTH"), " at ", ch(["Groote Schuur", "Auckland City Hospital", "KK Women's",
                                                                "Aga Khan Hospital", "Hospital São Luiz"]),
            ", weighing ", "%.1f" % (R.uniform(2.6, 4.4)), " kg. A little sister for ", P(person(loc)[0]), ".\n")
    return d


def linkedin(loc):
    d = Doc("profile_page", loc)
    p = person(loc)
    d.line(P(full(p)), ch(["", " (" + ch(["she/her", "he/him", "they/them"]) + ")"]) if False else "")
    d.line(ch(["Senior Data Engineer", "Head of Growth", "Registered Nurse", "Quantity Surveyor", "UX Lead",
               "Supply Chain Analyst"]), " at ", ch(["Takealot", "Xero", "Grab", "Flutterwave", "M-Kopa", "Nubank",
                                                     "Farfetch", "Allegro", "Klarna", "Novo Nordisk", "Logitech",
                                                     "Mercado Libre", "Rakuten", "Coupang"]))
    d.line(ch(["Johannesburg", "Wellington", "Singapore", "Lagos", "Nairobi", "São Paulo", "Lisbon", "Warsaw",
               "Stockholm", "Copenhagen", "Zürich", "Vienna", "Brussels", "Guadalajara", "Manila", "Osaka", "Seoul"]),
           " · 500+ connections")
    d.line("")
    d.line("About")
    d.w(ch(["Passionate about ", "I help teams with ", "Ten years of "]), ch(["data platforms", "B2B growth",
                                                                           "critical care", "cost planning"]),
        ". Open to mentoring. ")
    if maybe(0.6):
        d.w("Reach me at ", (email(loc, p), "EMAIL_ADDRESS"))
        if maybe(0.5):
            d.w(" or ", (phone(loc), "PHONE_NUMBER"))
        d.w(".")
    d.w("\n\nExperience\n")
    for _ in range(2):
        d.line("  ", ch(["Analyst", "Engineer", "Consultant", "Team Lead"]), " · ", ch(["Discovery", "Spark NZ", "DBS",
                                                                                       "Andela", "Stone", "Jerónimo Martins"]),
               " · ", str(R.randint(2012, 2020)), "–", str(R.randint(2021, 2026)))
    d.line("")
    d.line("Recommendations")
    r = person(loc)
    d.w("  \"", P(p[0]), ch([" is the most organised person I have worked with.", " rebuilt our pipeline in a month."]),
        "\" — ", P(full(r)), "\n")
    d.line("  Endorsed for SQL by ", P(full(person(loc))), " and ", str(R.randint(3, 40)), " others")
    return d


def dating_profile(loc):
    d = Doc("dating_profile", loc)
    p = person(loc)
    age = R.randint(24, 51)
    d.line(P(p[0]), ", ", str(age))
    d.line(ch(["📍 ", "Lives in "]), ch(["Stellenbosch", "Ponsonby", "Tiong Bahru", "Lekki", "Westlands", "Vila Madalena",
                                          "Alfama", "Mokotów", "Södermalm", "Nørrebro", "Neubau", "Ixelles", "Condesa",
                                          "BGC", "Hongdae"]))
    d.line("")
    d.w(ch(["Dog mum. ", "Runner, bad cook. ", "Looking for someone to hike with. ", "Engineer by day, DJ by night. "]))
    d.w(ch(["Not on here much — text me ", "Insta is better, or WhatsApp ", "Msg me on "]),
        (phone(loc), "PHONE_NUMBER") if maybe(0.6) else (email(loc, p), "EMAIL_ADDRESS"), ch([" 😊", "", " 😘"]), "\n")
    if maybe(0.3):
        d.w("Born ", (dob(loc), "DATE_OF_BIRTH"), " so yes a ", ch(["Leo", "Virgo", "Pisces", "Scorpio"]), " ♌\n")
    d.line("")
    d.line("Prompts:")
    d.w("  My best friend would describe me as: ", ch(["loud", "loyal", "late"]), " (ask ", P(person(loc)[0].lower() if maybe(0.3) else person(loc)[0]), ")\n")
    d.line("  Green flag: ", ch(["reads books", "calls their mum", "tips well"]))
    return d


def tenancy_dispute(loc):
    d = Doc("tenancy_dispute", loc)
    t, ll = person(loc), person(loc)
    one, block = address(loc)
    d.line(ch(["Application to the Tenancy Tribunal", "Rental Housing Tribunal — complaint", "Letter before action",
               "Reclamação — contrato de arrendamento"]))
    d.line("")
    d.line("Applicant (tenant): ", P(full(t)))
    d.line("Respondent (landlord): ", P(full(ll)), ch(["", " t/a " + ll[1] + " Properties"]) if False else "")
    d.line("Premises:")
    d.line((block, "STREET_ADDRESS"))
    d.line("")
    cur = {"za": "R12 000", "nz": "$2,400", "sg": "S$3,600", "ke": "KSh 90,000", "br": "R$ 4.800", "pt": "1.350 €",
           "pl": "3 500 zł", "be": "€1.350", "at": "€ 2.100"}.get(loc, "€1.200")
    d.w("The tenancy started on ", (future_date(loc).replace("2026", "2024"), "lease_date"), ". Bond of ",
        cur, " was paid into ",
        ch(["the landlord's account", "the bond centre", "escrow"]), ". ")
    d.w("Since ", ch(["March", "the winter", "the storm"]), " the bathroom has had black mould. I reported it to ",
        P(ll[0]), " by e-mail (", (email(loc, ll), "EMAIL_ADDRESS"), ") on three occasions. ")
    if maybe(0.4):
        d.w("The agent, ", P(full(person(loc))), ", promised a plumber but nobody came.")
    else:
        d.w(ch(["No repairs were made.", "He replied once saying it was my fault.", "Nothing happened."]))
    d.w("\n\n")
    d.line("I can be contacted on ", (phone(loc), "PHONE_NUMBER"), ch([".", " or at the premises."]))
    d.line("")
    d.line("Signed ", P(full(t)), "   ", (future_date(loc), "sign_date"))
    return d


def gp_referral(loc):
    d = Doc("gp_referral", loc)
    pt, doc, spec = person(loc), person(loc), person(loc)
    nhsflag = loc == "uk"
    d.line(ch(["Riverbend Medical Centre", "Khayelitsha Family Practice", "Ponsonby Health", "Raffles Medical",
               "Westlands Medical Clinic", "Clínica Saúde Viva"]))
    d.line("Dr ", P(full(doc)), ", ", ch(["MBChB", "MBBS", "FRNZCGP", "MD"]))
    d.line("")
    d.line("Referral to: Dr ", P(spec[1]), ", ", ch(["Cardiology", "Dermatology", "Orthopaedics", "Gastroenterology"]))
    d.line("Re: ", P(full(pt, ch(["gs", "S, g"]))), "   DOB ", (dob(loc), "DATE_OF_BIRTH"))
    if nhsflag:
        d.line("NHS No: ", (nhs(), "UK_NHS"))
    else:
        d.line("Patient ID: ", (ch(["NHI ", "MRN ", "File "]) + rs(3, AZ) + digits("NNNN"), "patient_id"))
    d.line("Address: ", (address(loc)[0], "STREET_ADDRESS"), "   Ph: ", (phone(loc), "PHONE_NUMBER"))
    d.line("")
    d.w("Dear Dr ", P(spec[1]), ",\n\nThank you for seeing this ", str(R.randint(19, 88)), "-year-old ",
        ch(["teacher", "retired miner", "student", "chef", "taxi driver"]), " with ",
        ch(["exertional chest tightness", "a changing mole on the back", "recurrent knee effusion",
            "iron-deficiency anaemia"]), ". ")
    d.w(ch(["ECG attached.", "Bloods last week: Hb 98.", "X-ray unremarkable.", "No red flags on exam."]), " ")
    r = R.randint(0, 2)
    if r == 0:
        d.w(P(pt[0]), " is anxious about the wait. ")
    elif r == 1:
        d.w(ch(["She", "He"]), " prefers morning slots. ")
    d.w("\n\nKind regards,\n")
    d.line(P(full(doc)))
    return d


def pharmacy_label(loc):
    d = Doc("pharmacy_label", loc)
    p = person(loc)
    drug = ch(["Amoxicillin 500mg capsules", "Metformin 850mg tablets", "Atorvastatin 20mg", "Salbutamol inhaler 100mcg",
               "Prednisone 5mg", "Sertraline 50mg"])
    d.line(ch(["Clicks Pharmacy", "Unichem", "Guardian", "Goodlife Pharmacy", "Drogasil", "Farmácia Holon",
               "Apteka Gemini", "Apoteket", "Apotek 1", "Apotek", "Mercury Drug", "Farmacias Similares"]),
           " Rx ", (digits("NNNNNNN"), "rx_no"))
    d.line(drug.upper() if maybe(0.4) else drug)
    d.line(ch(["Take ONE capsule THREE times daily", "Take one tablet at night", "2 puffs when needed"]))
    d.line("For: ", P(full(p, ch(["gs", "G S", "S, g"]))), ch(["", "  DOB: "]) if False else "")
    if maybe(0.5):
        d.line("DOB: ", (dob(loc), "DATE_OF_BIRTH"))
    d.line("Prescriber: Dr ", P(person(loc)[1]), "   Qty ", str(R.randint(14, 90)))
    d.line("Dispensed: ", (future_date(loc), "dispense_date"), "  Batch ", (rs(2, AZ) + digits("NNNN"), "batch_no"))
    d.line("Keep out of reach of children")
    return d


def gym_form(loc):
    d = Doc("gym_membership", loc)
    p = person(loc)
    gym = ch(["Virgin Active", "Les Mills", "Anytime Fitness", "Smart Fit", "Holmes Place", "Zdrofit", "SATS",
              "Fitness Park", "Gold's Gym Manila", "Sports World"])
    d.line(gym, " — Membership application")
    pairs = [("First name", P(p[0])), ("Last name", P(p[1])), ("Date of birth", (dob(loc), "DATE_OF_BIRTH")),
             ("Mobile", (phone(loc), "PHONE_NUMBER")), ("Email", (email(loc, p), "EMAIL_ADDRESS")),
             ("Address", (address(loc)[0], "STREET_ADDRESS"))]
    style = ch(["colon", "md", "kv"])
    for k, v in pairs:
        if style == "colon":
            d.line(k, ": ", v)
        elif style == "md":
            d.line("| ", k, " | ", v, " |")
        else:
            d.line(k.lower().replace(" ", "_"), "=", v)
    d.line("Plan: ", ch(["Premium 12m", "Off-peak", "Student", "Family"]), "  Member no. ", ("M" + digits("NNNNNNN"), "member_id"))
    if maybe(0.5):
        d.line("Debit order card: ", (card(), "CREDIT_CARD"))
    else:
        d.line("Card on file: **** **** **** ", (digits("NNNN"), "card_last4"))
    if maybe(0.5):
        d.line("Referred by: ", P(full(person(loc))))
    d.line("Medical: ", ch(["none", "asthma", "old ACL injury, left knee", "pregnant (2nd trimester)"]))
    return d


def meeting_transcript(loc):
    d = Doc("meeting_transcript", loc)
    ppl = [person(loc) for _ in range(R.randint(3, 4))]
    d.line(ch(["Transcript — Weekly ops sync", "Auto-generated transcript: Board prep", "Call recording transcript"]),
           "  (", (ts(), "timestamp"), ")")
    d.line("Attendees: ", *sum([[P(full(x)), ", "] for x in ppl[:-1]], []), P(full(ppl[-1])))
    d.line("")
    cust = person(loc)
    lines = [
        lambda a, b: d.w("Okay let's start, ", P(b[0]), " can you share your screen?"),
        lambda a, b: d.w("So the customer, ", P(full(cust)), ", called again about the refund."),
        lambda a, b: d.w("I'll send it to ", P(b[0].lower()), " after the call, um, by end of day."),
        lambda a, b: d.w("Her number is ", (phone(loc), "PHONE_NUMBER"), ", if someone can call her back."),
        lambda a, b: d.w("Can we move the release to ", (version(), "version"), "? The build is red."),
        lambda a, b: d.w("Yeah, ", P(b[0]), " mentioned that yesterday."),
        lambda a, b: d.w("The venue is ", (address(loc)[0], "STREET_ADDRESS"), ", parking at the back."),
        lambda a, b: d.w("Sorry, you're on mute."),
        lambda a, b: d.w(P(b[0]), "'s flight lands at six, so she'll join late."),
        lambda a, b: d.w(("Will", "name_word"), " do. ", (ch(["Mark", "Bill", "Chase"]), "name_word"), " the overdue ones as priority, please."),
        lambda a, b: d.w("Revenue was up eleven percent, mostly from ", ch(["Durban", "Auckland", "Kraków", "Monterrey"]), "."),
        lambda a, b: d.w("Just to confirm, it's ", P(ch([full(cust), cust[1]])), " with a ", ch(["K", "C", "double L"]), "?"),
    ]
    style = ch(["colon", "ts", "caps"])
    for i in range(R.randint(6, 10)):
        a, b = ch(ppl), ch(ppl)
        if style == "colon":
            d.w(P(full(a) if i < 2 else a[0]), ": ")
        elif style == "ts":
            d.w("[00:%02d:%02d] " % (i * 2 + R.randint(0, 1), R.randint(0, 59)), P(full(a)), ": ")
        else:
            d.w(P(a[0].upper()), ":  ")
        ch(lines)(a, b)
        d.w("\n")
    return d


def issue_comment(loc):
    d = Doc("issue_thread", loc)
    a, b, c = person(loc), person(loc), person(loc)
    ha = deacc(a[0]).replace(" ", "") + deacc(a[1]).replace(" ", "")[:3]
    hb = deacc(b[0][0] + b[1]).replace(" ", "")
    d.line("#", (str(R.randint(120, 9800)), "issue_no"), " ", ch(["Login fails for users with accented names",
                                                               "Export CSV drops the phone column",
                                                               "Address autocomplete wrong in ", "Crash on invoice PDF"]))
    d.line("Opened by @", ha, " · label: bug, ", ch(["p1", "needs-triage", "good first issue"]))
    d.line("")
    d.w("Steps: create a customer with name ", P(full(c)), ", email ", (email(loc, c), "EMAIL_ADDRESS"),
        " and address ", (address(loc)[0], "STREET_ADDRESS"), ". Save. The list view shows `", P(full(c).encode("ascii", "replace").decode()), "`.\n")
    d.line("")
    d.line("Version: ", (version(), "version"), "  commit ", (sha(40), "git_sha"))
    d.line("")
    d.line("---")
    d.w("**@", hb, "** commented: ", ch(["Can repro on main.", "cc @" + ha + " is this the same as #" + str(R.randint(10, 99)) + "?",
                                        "Please don't paste real customer data in issues!"]), "\n")
    d.line("---")
    d.w("**@", ha, "** commented: ", ch(["Oops, that's a real customer — ", "Sorry, copied from prod — ",
                                         "Edited: replaced with a fixture, "]),
        "test with `jane@example.com` instead.\n" if False else "", ("jane.doe@example.com", "example_email"),
        " instead.\n")
    if maybe(0.5):
        d.w("---\n**", P(full(b)), "** (", P(b[0]), ") assigned this to ", P(full(person(loc))), "\n")
    return d


def sheet_export(loc):
    d = Doc("spreadsheet_export", loc)
    sep = ch(["\t", ";", ";"])
    eur = sep == ";"
    cols = ch([["Nome", "Telefone", "E-mail", "Nascimento", "Valor"], ["Imię i nazwisko", "Telefon", "E-mail",
                                                                       "Data ur.", "Kwota"],
               ["Namn", "Telefon", "E-post", "Födelsedatum", "Belopp"], ["Name", "Phone", "Email", "DOB", "Amount"],
               ["Nom", "Téléphone", "Courriel", "Date de naissance", "Montant"]])
    d.line(sep.join(cols))
    for _ in range(R.randint(4, 10)):
        p = person(loc)
        amt = R.randint(10, 99999) / 100
        amts = ("%.2f" % amt).replace(".", ",") if eur else "%.2f" % amt
        d.w(P(full(p, ch(["gs", "gs", "s, g"]))) if sep == "\t" or "," not in full(p, "gs") else P(full(p)), sep,
            (phone(loc), "PHONE_NUMBER"), sep)
        if maybe(0.8):
            d.w((email(loc, p), "EMAIL_ADDRESS"))
        d.w(sep, (dob(loc), "DATE_OF_BIRTH"), sep, (amts, "amount"), "\n")
    return d


def sql_dump(loc):
    d = Doc("sql_dump", loc)
    tbl = ch(["customers", "clientes", "klienci", "kunder", "members", "pacientes"])
    d.line("-- MySQL dump 10.13  Distrib ", (ch(["8.0.36", "5.7.44", "10.11.6-MariaDB"]), "version"))
    d.line("-- Host: localhost    Database: shop_prod")
    d.line("LOCK TABLES `", tbl, "` WRITE;")
    d.w("INSERT INTO `", tbl, "` (`id`,`first_name`,`last_name`,`email`,`phone`,`birth_date`,`address`,`created_at`) VALUES\n")
    n = R.randint(3, 6)
    for i in range(n):
        p = person(loc)
        y, m, dd = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
        d.w("(", str(1000 + i * R.randint(1, 9)), ",'", P(p[0].replace("'", "''")), "','", P(p[1]), "','",
            (email(loc, p), "EMAIL_ADDRESS"), "','", (phone(loc), "PHONE_NUMBER"), "','",
            ("%d-%02d-%02d" % (y, m, dd), "DATE_OF_BIRTH"), "','", (address(loc)[0], "STREET_ADDRESS"), "','",
            (ts().replace("T", " ").replace("Z", ""), "timestamp"), "')", "," if i < n - 1 else ";", "\n")
    d.line("UNLOCK TABLES;")
    return d


def xml_html(loc):
    d = Doc("markup_snippet", loc)
    p = person(loc)
    if maybe(0.5):
        d.line('<?xml version="1.0" encoding="UTF-8"?>')
        d.line('<order id="', (order_id().replace("#", ""), "order_id"), '" created="', (ts(), "timestamp"), '">')
        d.line("  <customer>")
        d.line("    <givenName>", P(p[0]), "</givenName>")
        d.line("    <familyName>", P(p[1]), "</familyName>")
        d.line("    <email>", (email(loc, p), "EMAIL_ADDRESS"), "</email>")
        d.line("    <phone type=\"mobile\">", (phone(loc), "PHONE_NUMBER"), "</phone>")
        d.line("    <birthDate>", (dob(loc), "DATE_OF_BIRTH"), "</birthDate>")
        d.line("  </customer>")
        d.line("  <shipTo>", (address(loc)[0], "STREET_ADDRESS"), "</shipTo>")
        d.line("  <sku>", (rs(4, AZ) + "-" + digits("NNN"), "product_code"), "</sku>")
        d.line("</order>")
    else:
        d.line('<div class="contact-card">')
        d.line('  <h3>', P(full(p)), '</h3>')
        d.line('  <p class="role">', ch(["Property consultant", "Wedding photographer", "Tutor (maths, physics)"]), '</p>')
        d.line('  <a href="mailto:', (email(loc, p), "EMAIL_ADDRESS"), '">Email me</a>')
        d.line('  <a href="tel:', (phone(loc).replace(" ", ""), "PHONE_NUMBER"), '">Call</a>')
        d.line('  <address>', (address(loc)[0], "STREET_ADDRESS"), '</address>')
        d.line('  <img src="/img/team/', (uuid(), "uuid"), '.jpg" alt="', P(p[0]), '">')
        d.line('</div>')
    return d


def auth_log(loc):
    d = Doc("auth_log", loc)
    users = [person(loc) for _ in range(R.randint(2, 4))]
    dom = ch(["acme-intl.com", "hospital.example.net", "uni.ac.nz", "corp.co.za"])
    for _ in range(R.randint(5, 10)):
        u = ch(users)
        t = ts()
        ev = R.randint(0, 3)
        ip = ipv4() if maybe(0.85) else ipv6()
        if ev == 0:
            d.line((t, "timestamp"), " sshd[", str(R.randint(1000, 65000)), "]: Accepted publickey for ",
                   P(deacc(u[0]).split()[0]), " from ", (ip, "IP_ADDRESS"), " port ", str(R.randint(30000, 65000)), " ssh2")
        elif ev == 1:
            d.line((t, "timestamp"), " auth INFO login ok user=", (work_email(u, dom), "EMAIL_ADDRESS"), " ip=",
                   (ip, "IP_ADDRESS"), " mfa=totp")
        elif ev == 2:
            d.line((t, "timestamp"), " auth WARN failed password user=", (work_email(u, dom), "EMAIL_ADDRESS"),
                   " src=", (ip, "IP_ADDRESS"), " attempts=", str(R.randint(2, 9)))
        else:
            d.line((t, "timestamp"), " idp INFO session created sub=", (uuid(), "uuid"), " name=\"", P(full(u)),
                   "\" client=", ("10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "private_ip"))
    return d


def us_uk_form(loc):
    d = Doc("relocation_form", loc)
    p = person(loc)
    d.line(ch(["Global mobility — relocation intake", "Expat payroll set-up", "Visa sponsorship checklist"]))
    d.line("Employee: ", P(full(p)), "   Home country: ", ch(["South Africa", "New Zealand", "Philippines", "Kenya"]))
    d.line("Host: ", "United States" if loc == "us" else "United Kingdom")
    d.line("DOB: ", (dob(loc), "DATE_OF_BIRTH"))
    if loc == "us":
        d.line("SSN (issued on arrival): ", (ssn(), "US_SSN"))
    else:
        d.line("NHS number (registered with GP): ", (nhs(), "UK_NHS"))
    d.line("Host address: ", (address(loc)[0], "STREET_ADDRESS"))
    d.line("Host mobile: ", (phone(loc), "PHONE_NUMBER"))
    d.line("Relocation coordinator: ", P(full(person(loc))), " <", ("relocation@example.com", "example_email"), ">")
    return d


def payment_msg(loc):
    d = Doc("payment_message", loc)
    p, q = person(loc), person(loc)
    cc = {"br": "BR", "pt": "PT", "pl": "PL", "se": "SE", "no": "NO", "dk": "DK", "ch": "CH", "at": "AT", "be": "BE",
          "fr": "FR"}[loc]
    greet = {"br": "Oi", "pt": "Olá", "pl": "Cześć", "se": "Hej", "no": "Hei", "dk": "Hej", "ch": "Grüezi",
             "at": "Servus", "be": "Salut", "fr": "Bonjour"}[loc]
    d.w(greet, " ", P(q[0]), ",\n\n")
    d.w(ch(["for the flat share, please transfer to ", "as discussed, here is my account: ",
            "the deposit goes to ", "bank details for the invoice: "]), (iban(cc), "IBAN_CODE"))
    d.w(ch([" (", " — account holder "]), P(full(p)), ch([")", ""]), ". ")
    if maybe(0.4):
        d.w("Wrong one before was ", (iban(cc, bad=True), "bad_iban"), ", ignore that. ")
    d.w(ch(["Reference: ", "Ref "]), (ch(["RENT-", "FAT-", "FV/"]) + digits("NNNN"), "reference"), ".\n\n")
    if maybe(0.5):
        d.w("Or card if easier: ", (card(), "CREDIT_CARD"), " (exp ", (b10(R.randint(1, 12)) + "/" + str(R.randint(27, 30)), "card_expiry"), ")\n")
    if maybe(0.3):
        d.w("Test card for the shop is ", ("4111 1111 1111 1111", "test_fixture"), ", not mine.\n")
    bye = {"br": "Abraço", "pt": "Beijinhos", "pl": "Pozdrawiam", "se": "Hälsningar", "no": "Hilsen", "dk": "Kh",
           "ch": "Liebe Grüsse", "at": "Baba", "be": "Groetjes", "fr": "Bisous"}[loc]
    d.w(bye, ",\n", P(p[0]), "\n")
    return d


# ---------------------------------------------------------------- secret shapes
ENV_N = R.randint(0, 11)


def env_file(loc):
    d = Doc("env_file", loc)
    d.line("# ", ch(["production", "staging - do not commit", ".env.local", "copied from 1password"]))
    d.line("NODE_ENV=production")
    d.line("APP_URL=https://", ch(["app", "api", "portal"]), ".", ch(["kestrel.io", "pampa.digital", "tidewater.co"]))
    items = [
        lambda: d.line("DATABASE_URL=postgres://app:", (password(), "PASSWORD"), "@db.internal:5432/app"),
        lambda: (d.line("AWS_ACCESS_KEY_ID=", (aws_id(), "AWS_ACCESS_KEY")), d.line("AWS_SECRET_ACCESS_KEY=", (aws_secret(), "AWS_SECRET_KEY"))),
        lambda: d.line("STRIPE_SECRET_KEY=", (stripe_key(), "STRIPE_KEY")),
        lambda: d.line("OPENAI_API_KEY=", (openai_key(), "OPENAI_API_KEY")),
        lambda: d.line("ANTHROPIC_API_KEY=", (anthropic_key(), "ANTHROPIC_API_KEY")),
        lambda: d.line("SLACK_BOT_TOKEN=", (slack_token(), "SLACK_TOKEN")),
        lambda: d.line("SENDGRID_API_KEY=", (generic_key(), "GENERIC_API_KEY")),
        lambda: d.line("SESSION_SECRET=", (rs(48, B62), "GENERIC_API_KEY")),
        lambda: d.line("GITHUB_TOKEN=", (gh_token(), "GITHUB_TOKEN")),
        lambda: d.line("SMTP_PASS=\"", (password(), "PASSWORD"), "\""),
        lambda: d.line("INTERNAL_SERVICE_JWT=", (jwt(sub="svc-" + ch(["billing", "mailer", "search"])), "JWT")),
        lambda: d.line("ADMIN_BEARER=", (jwt(sub=str(R.randint(1, 500)), name=full(person(loc))), "JWT")),
    ]
    global ENV_N
    ENV_N += 1
    for j in range(3):
        items[(ENV_N * 3 + j) % len(items)]()
    if maybe(0.3):
        items[R.randrange(len(items))]()
    d.line("SENTRY_DSN_PUBLIC_KEY_ID=", (uuid(), "uuid"))
    d.line("REDIS_PASSWORD=", (ch(PLACEHOLDER_KEYS[4:7]), "placeholder_key"))
    d.line("FEATURE_FLAGS=checkout_v2,new_nav")
    return d


def k8s_secret(loc):
    d = Doc("k8s_secret", loc)
    d.line("apiVersion: v1")
    d.line("kind: Secret")
    d.line("metadata:")
    d.line("  name: ", ch(["payments-api", "db-credentials", "mailer", "webhooks"]))
    d.line("  namespace: ", ch(["prod", "default", "billing"]))
    d.line("  uid: ", (uuid(), "uuid"))
    d.line("type: Opaque")
    d.line("data:")
    pw = password()
    d.line("  username: ", (base64.b64encode(b"app_user").decode(), "base64_username"))
    d.line("  password: ", (base64.b64encode(pw.encode()).decode(), "PASSWORD"))
    if maybe(0.6):
        k = ch([stripe_key, generic_key, openai_key])()
        d.line("  api-key: ", (base64.b64encode(k.encode()).decode(), "GENERIC_API_KEY"))
    if maybe(0.4):
        d.line("stringData:")
        d.line("  DB_HOST: postgres.prod.svc.cluster.local")
        d.line("  WEBHOOK_SECRET: ", ("whsec_" + rs(32), "GENERIC_API_KEY"))
        if maybe(0.5):
            d.line("  SERVICE_TOKEN: ", (jwt(sub="system:serviceaccount:prod:api"), "JWT"))
    return d


def terraform_state(loc):
    d = Doc("terraform_state", loc)
    d.line("{")
    d.line('  "version": 4,')
    d.line('  "terraform_version": "', (ch(["1.6.6", "1.7.5", "1.9.2"]), "version"), '",')
    d.line('  "serial": ', str(R.randint(3, 400)), ',')
    d.line('  "lineage": "', (uuid(), "uuid"), '",')
    d.line('  "resources": [')
    d.line('    {"type": "aws_db_instance", "name": "main", "instances": [{"attributes": {')
    d.line('      "username": "dbadmin",')
    d.line('      "password": "', (password(), "PASSWORD"), '",')
    d.line('      "endpoint": "main.c9abcxyz.eu-west-1.rds.amazonaws.com:5432"}}]},')
    d.line('    {"type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {')
    d.line('      "id": "', (aws_id(), "AWS_ACCESS_KEY"), '",')
    d.line('      "secret": "', (aws_secret(), "AWS_SECRET_KEY"), '",')
    d.line('      "status": "Active"}}]}', "," if maybe(0.5) else "")
    if d.parts[-2] == ",":
        d.line('    {"type": "tls_private_key", "name": "bastion", "instances": [{"attributes": {')
        d.line('      "algorithm": "RSA",')
        d.line('      "private_key_pem": "', (pem_key().replace("\n", "\\n"), "PRIVATE_KEY"), '\\n",')
        d.line('      "public_key_fingerprint_sha256": "SHA256:', (rs(43, B62 + "+/"), "key_fingerprint"), '"}}]}')
    d.line('  ],')
    d.line('  "check_results": null')
    d.line("}")
    return d


def shell_history(loc):
    d = Doc("shell_history", loc)
    cmds = [
        lambda: d.line("ls -la"),
        lambda: d.line("git pull origin main"),
        lambda: d.line("export GITHUB_TOKEN=", (gh_token(), "GITHUB_TOKEN")),
        lambda: d.line("mysql -u root -p", (password(), "PASSWORD"), " shop_prod < dump.sql"),
        lambda: d.line("curl -H \"Authorization: Bearer ", (jwt(sub=uuid()), "JWT"), "\" https://api.internal/v1/me"),
        lambda: d.line("docker login -u deploy -p ", (password(), "PASSWORD"), " registry.gitlab.com"),
        lambda: d.line("sha256sum release.tar.gz  # ", (sha(64), "file_hash")),
        lambda: d.line("git checkout ", (sha(40)[:ch([7, 12, 40])], "git_sha")),
        lambda: d.line("kubectl -n prod get pods"),
        lambda: d.line("aws configure set aws_secret_access_key ", (aws_secret(), "AWS_SECRET_KEY")),
        lambda: d.line("npm config set //registry.npmjs.org/:_authToken ", ("npm_" + rs(36), "GENERIC_API_KEY")),
        lambda: d.line("psql \"postgresql://report:", (password(), "PASSWORD"), "@10.2.0.14/analytics\""),
        lambda: d.line("ssh -i ~/.ssh/id_ed25519 deploy@", (ipv4(), "IP_ADDRESS")),
        lambda: d.line("history | grep token"),
        lambda: d.line("echo $API_KEY"),
    ]
    picks = R.sample(range(len(cmds)), R.randint(6, 10))
    if not any(i in (2, 3, 4, 5, 9, 10, 11) for i in picks):
        picks.append(3)
    for i, k in enumerate(picks):
        d.w("  ", str(400 + i), "  ")
        cmds[k]()
    return d


CHAT_KEY_N = R.randint(0, 7)


def chat_with_key(loc):
    d = Doc("dev_chat_paste", loc)
    a, b = person(loc), person(loc)
    d.line(P(a[0]), " ", (ts(), "timestamp"))
    d.line(ch(["can you try with my key, yours is rate limited", "prod is down, use this for now",
               "here's the staging creds"]))
    global CHAT_KEY_N
    CHAT_KEY_N += 1
    r = CHAT_KEY_N % 8
    if r == 6:
        d.line("STRIPE_KEY=", (stripe_key(), "STRIPE_KEY"))
    elif r == 7:
        d.line("gh auth login --with-token <<< ", (gh_token(), "GITHUB_TOKEN"))
    elif r == 0:
        d.line("`", (anthropic_key(), "ANTHROPIC_API_KEY"), "`")
    elif r == 1:
        d.line("```")
        d.line((pem_key(), "PRIVATE_KEY"))
        d.line("```")
    elif r == 2:
        d.line("webhook: ", ("https://hooks.slack.com/services/T" + rs(8, AZ + D10) + "/B" + rs(10, AZ + D10) + "/" + rs(24),
                              "SLACK_TOKEN"))
    elif r == 3:
        d.line("token=", (jwt(sub=str(R.randint(1000, 99999)), name=full(a)), "JWT"))
    elif r == 4:
        d.line("user: ", P(deacc(a[0]).split()[0]), "  pass: ", (password(), "PASSWORD"))
    else:
        d.line((openai_key(), "OPENAI_API_KEY"))
    d.line("")
    d.line(P(b[0]), " ", (ts(), "timestamp"))
    d.line(ch(["thx, rotating it after the demo", "pls don't paste keys in here 🙃", "works 👍", "ok"]))
    if maybe(0.3):
        d.line("(the one in the README, ", (ch(PLACEHOLDER_KEYS), "placeholder_key"), ", is a placeholder)")
    return d


def ci_config(loc):
    d = Doc("ci_config", loc)
    d.line("# .gitlab-ci.yml")
    d.line("variables:")
    d.line("  DOCKER_IMAGE: registry.example.com/app@sha256:", (sha(64), "image_digest"))
    d.line("  SONAR_TOKEN: \"", (rs(40, "0123456789abcdef"), "GENERIC_API_KEY"), "\"")
    if maybe(0.5):
        d.line("  DEPLOY_KEY: |")
        for ln in pem_key().split("\n"):
            pass
        k = pem_key()
        d.w("    ")
        d.w((k.replace("\n", "\n    "), "PRIVATE_KEY"))
        d.w("\n")
    else:
        d.line("  PYPI_TOKEN: \"pypi-", (rs(60, B62 + "-_"), "GENERIC_API_KEY"), "\"")
    d.line("  CACHE_KEY: ", (uuid(), "uuid"))
    d.line("build:")
    d.line("  script:")
    d.line("    - echo \"$CI_JOB_TOKEN\" | docker login -u gitlab-ci-token --password-stdin")
    d.line("    - make release VERSION=", (version(), "version"))
    return d


# ---------------------------------------------------------------- public shapes (look-alikes only)
FIGURES = ["Cyril Ramaphosa", "Siya Kolisi", "Christopher Luxon", "Lorde", "Lawrence Wong", "Bola Tinubu",
           "Chimamanda Ngozi Adichie", "William Ruto", "Eliud Kipchoge", "Luiz Inácio Lula da Silva", "Marta Vieira da Silva",
           "Cristiano Ronaldo", "Iga Świątek", "Robert Lewandowski", "Zlatan Ibrahimović", "Greta Thunberg",
           "Erling Haaland", "Mette Frederiksen", "Roger Federer", "Marcel Hirscher", "Eden Hazard", "Kylian Mbappé",
           "Claudia Sheinbaum", "Manny Pacquiao", "Shohei Ohtani", "Son Heung-min", "Hayao Miyazaki", "Bong Joon-ho"]
BRANDS = ["Ben & Jerry's", "Dr. Martens", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Louis Vuitton",
          "Estée Lauder", "Johnnie Walker", "Jack Daniel's", "Carolina Herrera", "Mercedes-Benz", "Ferrari",
          "Adolfo Dominguez", "Vivienne Westwood", "Jean Paul Gaultier", "Lindt & Sprüngli", "Ralph Lauren",
          "Dolce & Gabbana", "Marks & Spencer", "Peter Pan peanut butter", "Colonel Sanders"]
PLACES = ["Port Elizabeth", "Victoria Falls", "Mount Cook", "Christchurch", "Wellington", "Hamilton", "Nelson",
          "Sentosa", "Port Harcourt", "Lake Victoria", "São José dos Campos", "Santa Catarina", "Vila Nova de Gaia",
          "Zakopane", "Kungsholmen", "Tromsø", "Frederiksberg", "St. Gallen", "Sankt Pölten", "Charleroi",
          "Saint-Étienne", "San Luis Potosí", "Ciudad Juárez", "General Santos", "Lapu-Lapu City", "Hiroshima",
          "Jeju Island", "Alexandra", "Port Louis", "Kingston"]


def news_brief(loc):
    d = Doc("news_brief", loc)
    f1, f2 = R.sample(FIGURES, 2)
    d.line(ch(["BREAKING", "Briefing", "Sport", "Politics", "Culture"]), " | ", (future_date(loc), "publish_date"))
    d.w((f1, "public_figure"), ch([" told reporters in ", " arrived in ", " will speak at a summit in "]),
        (ch(PLACES), "place"), ch([" on Tuesday", " this week", " yesterday"]), ". ")
    d.w(ch(["Analysts expect ", "Fans hope ", "Critics say "]), (f2, "public_figure"),
        ch([" will respond by Friday.", " is unlikely to attend.", " remains the favourite."]), " ")
    d.w("The ", ch(["ministry", "federation", "club", "studio"]), " can be reached via its press office, ",
        ("press@" + ch(["gov.example", "federation.example.org", "example.com"]), "org_email"), ".\n")
    if maybe(0.5):
        d.w("Shares in ", (ch(BRANDS), "brand"), " rose ", str(R.randint(1, 9)), ".", str(R.randint(0, 9)),
            "% at ", (ts(), "timestamp"), ".\n")
    return d


def brand_review(loc):
    d = Doc("brand_roundup", loc)
    d.line(ch(["Ten gifts under R500", "Best sneakers of the year", "Duty-free haul", "Winter coats compared"]))
    for _ in range(R.randint(3, 6)):
        b = ch(BRANDS)
        d.w("- ", (b, "brand"), " ", ch(["classic boot", "tote", "eau de parfum 50ml", "hoodie", "gift tin"]), ": ",
            ch(["R", "NZ$", "S$", "€", "MX$"]), str(R.randint(9, 900)), ",", ch(["00", "99", "50"]),
            " (SKU ", (rs(3, AZ) + digits("NNNNN"), "product_code"), ")\n")
    d.line("")
    d.line("Prices checked ", (ts(), "timestamp"), ". Stock varies by store; ", (ch(PLACES), "place"), " branch closed for refit.")
    return d


def travel_guide(loc):
    d = Doc("travel_guide", loc)
    pl = R.sample(PLACES, 4)
    d.line("48 hours in ", (pl[0], "place"))
    d.w("Start at the market near ", (pl[1], "place"), ", then take the ", ch(["ferry", "tram", "bus 12", "cable car"]),
        " to ", (pl[2], "place"), ". ", ch(["The statue of ", "A museum dedicated to ", "Murals of "]),
        (ch(FIGURES), "public_figure"), " draws crowds on weekends. ")
    d.w("Stay at the ", (ch(["Hotel Carlton", "Hotel Sacher", "Mount Nelson", "Raffles Hotel", "Casa Grande",
                             "Hotel Victor Hugo"]), "hotel_name"), " (from ", ch(["R2 400", "€145", "S$310"]), "/night). ")
    d.w("Tourist info: ", (ch(["+00 000 000 000", "(000) 000-0000", "0000 000 000"]), "test_fixture"), " — ",
        ("info@example.org", "example_email"), ".\n")
    d.line("Opening hours valid until ", (future_date(loc), "event_date"), "; day pass ", (order_id(), "order_id"),
           " style codes are printed on the ticket.")
    return d


def changelog(loc):
    d = Doc("changelog", loc)
    for _ in range(R.randint(2, 4)):
        d.line("## ", (version(), "version"), " — ", (ts()[:10], "timestamp"))
        for _ in range(R.randint(2, 4)):
            d.line("- ", ch(["Fix crash when ", "Add support for ", "Improve performance of ", "Deprecate "]),
                   ch(["IBAN validation", "phone parsing for +82 numbers", "the address autocomplete", "CSV import",
                       "dark mode"]), " (", ch(["#", "!"]), str(R.randint(100, 4000)), ", ", (sha(7), "git_sha"), ")")
        d.line("")
    d.line("Checksums: `", (sha(64), "file_hash"), "  tier-", (version(), "version"), ".tar.gz`")
    return d


def order_confirm(loc):
    d = Doc("order_confirmation_template", loc)
    d.line("Subject: Your order ", (order_id(), "order_id"), " is confirmed")
    d.line("")
    d.line("Hi {{customer.first_name}},")
    d.line("")
    d.w("Thanks for shopping with us. Estimated delivery: ", (future_date(loc), "event_date"), ". Track it with ",
        (rs(2, AZ) + digits("NNNNNNNNN") + rs(2, AZ), "tracking_no"), ".\n")
    d.w("Questions? Write to ", (ch(["help@example.com", "no-reply@example.net", "support@shop.example"]), "example_email"),
        " or call our help line ", (ch(["0800 000 000", "+00 00 000 0000", "(000) 000-0000"]), "test_fixture"), ".\n")
    d.line("")
    d.line("Order summary: 2 × ", ch(["Mug", "Sticker pack", "T-shirt"]), "   Total ", ch(["R", "$", "€"]),
           str(R.randint(50, 900)), ".00")
    d.w(*ch([[("Grace", "name_word"), " period for returns: 30 days. "], [("Lucky", "name_word"), " draw winners are announced on Friday. "],
               [("Precious", "name_word"), " metals are excluded from free shipping. "], [("Will", "name_word"), " you review your purchase? "]]),
        *ch([[("Hope", "name_word"), " to see you again!"], [("Joy", "name_word"), " guaranteed or your money back."],
             [("Sunny", "name_word"), " regards from the team."]]), "\n")
    d.line("Invoice number ", ("INV-" + digits("NNNNNN"), "invoice_no"), " · Company reg. ",
           (digits("NNNN/NNNNNN/NN"), "company_reg"))
    return d


def book_list(loc):
    d = Doc("book_list", loc)
    d.line(ch(["Library new arrivals", "Book club picks", "Reading list — Term 2"]))
    authors = ["Chimamanda Ngozi Adichie", "Ngũgĩ wa Thiong'o", "Olga Tokarczuk", "José Saramago", "Haruki Murakami",
               "Han Kang", "Karl Ove Knausgård", "Annie Ernaux", "Paulo Coelho", "Damon Galgut", "Keri Hulme",
               "Juan Rulfo"]
    for _ in range(R.randint(3, 6)):
        d.line("* ", ch(["The Promise", "Flights", "Blindness", "Kafka on the Shore", "The Vegetarian", "Pedro Páramo",
                         "The Bone People", "Petals of Blood", "The Alchemist"]), " — ", (ch(authors), "public_figure"),
               " — ISBN ", (isbn13(), "isbn"), " — shelf ", (ch("ABCDEF") + str(R.randint(1, 30)), "shelf_code"))
    d.line("")
    d.line("Returns due ", (future_date(loc), "event_date"), ". Fines R2/day.")
    return d


def test_fixture(loc):
    d = Doc("test_fixture", loc)
    d.line("import pytest")
    d.line("")
    d.line("FAKE_USER = {")
    d.line('    "name": "', ("Jane Doe", "placeholder_name"), '",')
    d.line('    "email": "', ("jane.doe@example.com", "example_email"), '",')
    d.line('    "phone": "', (ch(["+1-555-0100", "+00 000 000 000", "555-0199"]), "test_fixture"), '",')
    d.line('    "card": "', (ch(["4111 1111 1111 1111", "4242424242424242", "5555555555554444"]), "test_fixture"), '",')
    d.line('    "iban": "', (iban(ch(["BE", "PL", "SE"]), bad=True), "bad_iban"), '",')
    d.line('    "ip": "', (ch(["192.0.2.10", "198.51.100.7", "203.0.113.42"]), "doc_ip"), '",')
    d.line('    "api_key": "', (ch(PLACEHOLDER_KEYS), "placeholder_key"), '",')
    d.line("}")
    d.line("")
    d.line("def test_mask_card():")
    d.line("    assert mask(FAKE_USER['card']).endswith('1111') or True")
    d.line("    # request id ", (uuid(), "uuid"))
    return d


def public_manifest(loc):
    d = Doc("deploy_manifest", loc)
    d.line("apiVersion: apps/v1")
    d.line("kind: Deployment")
    d.line("metadata:")
    d.line("  name: web")
    d.line("  annotations:")
    d.line("    git-sha: \"", (sha(40), "git_sha"), "\"")
    d.line("    build-id: \"", (uuid(), "uuid"), "\"")
    d.line("spec:")
    d.line("  template:")
    d.line("    spec:")
    d.line("      containers:")
    d.line("      - name: web")
    d.line("        image: ghcr.io/example/web@sha256:", (sha(64), "image_digest"))
    d.line("        env:")
    d.line("        - name: DB_PASSWORD")
    d.line("          valueFrom: {secretKeyRef: {name: db, key: password}}")
    d.line("        - name: API_KEY")
    d.line("          value: \"", (ch(PLACEHOLDER_KEYS), "placeholder_key"), "\"")
    d.line("        - name: BIND_ADDR")
    d.line("          value: \"", ("0.0.0.0:8080", "bind_ip"), "\"")
    return d


def timetable(loc):
    d = Doc("timetable", loc)
    d.line(ch(["Gautrain", "Metlink", "MRT", "Metro", "SL", "Ruter", "S-Bahn", "STIB", "Metrobús"]), " service notice — ",
           (future_date(loc), "event_date"))
    for _ in range(R.randint(3, 6)):
        h = R.randint(5, 23)
        d.line("%02d:%02d  " % (h, R.randint(0, 59)), (ch(PLACES), "place"), " → ", (ch(PLACES), "place"),
               "  platform ", str(R.randint(1, 12)), "  train ", (digits("NNNN"), "train_no"))
    d.line("Lost property: ", ("lost@example.org", "example_email"), ". Helpline ", (ch(["0800 000 000", "+00 000 0000"]), "test_fixture"))
    return d


def forum_public(loc):
    d = Doc("tech_forum_public", loc)
    d.line(ch(["Q: nginx returns 502 after upgrade", "Q: Why does my regex match phone numbers inside UUIDs?",
               "Q: Docker build cache not used on CI"]))
    d.w("Running ", (version(), "version"), " on Ubuntu. Log line: `", (ts(), "timestamp"), " upstream ",
        ("127.0.0.1:9000", "loopback_ip"), " failed`. Request id ", (uuid(), "uuid"), ".\n")
    d.w("Config is the default one from the docs, key set to `", (ch(PLACEHOLDER_KEYS), "placeholder_key"), "`.\n\n")
    d.w("A: ", ch(["Check the socket path.", "Upgrade to the patched build ", "Same here, fixed by pinning "]),
        (version(), "version"), ". See commit ", (sha(40), "git_sha"), ".\n")
    return d


# ---------------------------------------------------------------- plan
IBAN_LOC = ["br", "pt", "pl", "se", "no", "dk", "ch", "at", "be", "fr"]
PLAN = [
    # (function, count, locales)
    (whatsapp, 12, ["za", "ng", "ke", "br", "pt", "mx", "ph", "sg", "nz", "pl"]),
    (cs_chat, 12, ALL_LOC),
    (forum_thread, 12, ALL_LOC),
    (product_review, 9, ALL_LOC),
    (hr_onboarding, 12, ALL_LOC),
    (hr_offboarding, 9, ALL_LOC),
    (school_note, 10, ["za", "nz", "sg", "ng", "ke", "ph", "pt", "br", "pl", "at", "mx"]),
    (newsletter, 10, ALL_LOC),
    (rsvp, 9, ["za", "nz", "ng", "ke", "br", "pt", "mx", "ph", "se", "dk"]),
    (boarding_pass, 10, ALL_LOC),
    (hotel_card, 10, ALL_LOC),
    (delivery_note, 10, ALL_LOC),
    (insurance_claim, 10, ALL_LOC),
    (incident_report, 9, ["za", "nz", "sg", "ng", "ke", "ph"]),
    (obituary, 9, ["za", "nz", "ng", "ke", "br", "pt", "pl", "se", "ph"]),
    (linkedin, 9, ALL_LOC),
    (dating_profile, 8, ALL_LOC),
    (tenancy_dispute, 9, ["za", "nz", "sg", "ke", "br", "pt", "pl", "be", "at"]),
    (gp_referral, 9, ["za", "nz", "sg", "ke", "ng", "ph", "uk", "uk"]),
    (pharmacy_label, 8, ALL_LOC),
    (gym_form, 9, ALL_LOC),
    (meeting_transcript, 10, ALL_LOC),
    (issue_comment, 8, ALL_LOC),
    (sheet_export, 8, ["br", "pt", "pl", "se", "fr", "be", "ch", "at", "mx", "dk"]),
    (sql_dump, 6, ALL_LOC),
    (xml_html, 8, ALL_LOC),
    (auth_log, 7, ALL_LOC),
    (us_uk_form, 6, ["us", "uk"]),
    (payment_msg, 8, IBAN_LOC),
    (env_file, 9, ["intl"]),
    (k8s_secret, 6, ["intl"]),
    (terraform_state, 5, ["intl"]),
    (shell_history, 7, ["intl"]),
    (chat_with_key, 9, ALL_LOC),
    (ci_config, 4, ["intl"]),
    (news_brief, 16, ALL_LOC),
    (brand_review, 9, ALL_LOC),
    (travel_guide, 12, ALL_LOC),
    (changelog, 10, ["intl"]),
    (order_confirm, 9, ALL_LOC),
    (book_list, 10, ALL_LOC),
    (test_fixture, 10, ["intl"]),
    (public_manifest, 8, ["intl"]),
    (timetable, 8, ALL_LOC),
    (forum_public, 8, ["intl"]),
]
PUBLIC_KINDS = {"news_brief", "brand_roundup", "travel_guide", "changelog", "order_confirmation_template", "book_list",
                "test_fixture", "deploy_manifest", "timetable", "tech_forum_public"}
SECRET_KINDS = {"env_file", "k8s_secret", "terraform_state", "shell_history", "dev_chat_paste", "ci_config"}
PROSE = {"whatsapp_export", "support_chat", "forum_thread", "product_review", "school_note", "club_newsletter",
         "tenancy_dispute", "dating_profile", "meeting_transcript", "hr_offboarding", "news_brief", "travel_guide"}


def typo(s):
    """swap two inner letters of one word (only in plain text between spans)"""
    ws = s.split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) > 4 and w.isalpha()]
    if not idx:
        return s
    i = ch(idx)
    w = ws[i]
    j = R.randint(1, len(w) - 3)
    ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(ws)


def build():
    jobs = []
    for fn, n, locs in PLAN:
        start = R.randrange(len(locs))
        for i in range(n):
            jobs.append((fn, locs[(start + i) % len(locs)] if i < len(locs) else ch(locs)))
    R.shuffle(jobs)
    docs = []
    for k, (fn, loc) in enumerate(jobs):
        did = "fr3-%05d" % (k + 1)
        loc2 = "intl" if loc == "intl" else loc
        if loc == "intl":
            loc = ch(ALL_LOC)
        d = fn(loc)
        d.locale = loc2 if loc2 == "intl" else loc
        if d.kind in PROSE and maybe(0.25):
            # one typo in one plain-text part
            cand = [i for i, p in enumerate(d.parts) if len(p) > 20 and not any(s[3] is p for s in d.spans + d.decoys)]
            if cand:
                i = ch(cand)
                new = typo(d.parts[i])
                if len(new) == len(d.parts[i]):
                    d.parts[i] = new
        doc = d.finish(did)
        if d.kind in PUBLIC_KINDS:
            assert doc["sensitivity"] == "public", (did, d.kind, doc["spans"])
        elif d.kind in SECRET_KINDS:
            assert doc["sensitivity"] == "secret", (did, d.kind)
        else:
            assert doc["sensitivity"] == "personal", (did, d.kind)
        docs.append(doc)
    return docs


def main():
    docs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh3.jsonl.gz")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        for doc in docs:
            g.write((json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    with open(out, "wb") as f:
        f.write(buf.getvalue())
    if "--stats" in sys.argv:
        import collections
        sens = collections.Counter(x["sensitivity"] for x in docs)
        st = collections.Counter(s["type"] for x in docs for s in x["spans"])
        dk = collections.Counter(s["kind"] for x in docs for s in x["decoys"])
        kinds = collections.Counter(x["kind"] for x in docs)
        locs = collections.Counter(x["locale"] for x in docs)
        print("documents", len(docs), dict(sens))
        print("pii spans", sum(v for t, v in st.items() if t in PII), "secret spans",
              sum(v for t, v in st.items() if t in SECRET), "decoys", sum(dk.values()))
        print("spans", ", ".join("%s %d" % kv for kv in st.most_common()))
        print("decoys", ", ".join("%s %d" % kv for kv in dk.most_common()))
        print("kinds", ", ".join("%s %d" % kv for kv in kinds.most_common()))
        print("locales", ", ".join("%s %d" % kv for kv in locs.most_common()))
        print("md5", hashlib.md5(buf.getvalue()).hexdigest())


if __name__ == "__main__":
    main()
