#!/usr/bin/env python3
"""A second, independent development set for the scanner: written by a different author than
eval/gen_dev.py, with its own sentence shapes and value pools, and never looked at while writing
detector rules. It is scored, not tuned to (eval/independent/README.md).

    python3 eval/independent/gen_independent.py > eval/independent/independent.jsonl && gzip -f ...

Standard library only; the same bytes every run. Spans are UTF-8 byte offsets, as score_pii.py expects.
"""
import json, random, sys

R = random.Random(20261201)

# Given names and surnames from many places, chosen by hand (not from the gazetteer's source files).
GIVEN = ["Aoife", "Bogdan", "Chiamaka", "Dagny", "Eero", "Farida", "Gwen", "Hamza", "Ingrid", "Jorge", "Kalani",
         "Ludmila", "Mateus", "Nkechi", "Oskar", "Priyanka", "Quentin", "Rosalind", "Sione", "Tamsin", "Ulrich",
         "Valentina", "Wiremu", "Ximena", "Yusuf", "Zofia", "Bartholomew", "Clementine", "Desmond", "Esperanza",
         "Fintan", "Giselle", "Horace", "Imogen", "Jasper", "Kirsten", "Leopold", "Marisol", "Nathaniel", "Ottilie",
         "Peregrine", "Rhiannon", "Soren", "Thandiwe", "Uriel", "Vivienne", "Wendell", "Yolanda", "Zebulon", "Anouk",
         "Bilal", "Cosima", "Darius", "Elspeth", "Florin", "Greer", "Hiroshi", "Isolde", "Jovana", "Kwame", "Lorcan",
         "Mirela", "Niamh", "Oluwaseun", "Paloma", "Radu", "Saoirse", "Teodor", "Una", "Vikram", "Wilhelmina"]
SURNAME = ["Abernethy", "Bjornstad", "Castellanos", "Dimitriou", "Eriksen", "Fairweather", "Gallagher", "Hakimi",
           "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakashima", "Okonjo", "Pemberton", "Quiroga",
           "Rasmussen", "Szabo", "Thistlewood", "Uchenna", "Vasquez", "Whitcombe", "Xiong", "Yilmaz", "Zielinski",
           "Ashworth", "Brennan", "Carvalho", "Delacroix", "Esposito", "Fitzgerald", "Grünewald", "Horvath",
           "Ivanova", "Jankowski", "Kavanagh", "Lefebvre", "Moreau", "Novak", "Oyelaran", "Papadopoulos", "Quinlan",
           "Rossi", "Sandoval", "Takahashi", "Underhill", "Varga", "Wojcik", "Yamamoto", "Zamora", "Achterberg",
           "Blackwood", "Cheng", "Duchamp", "Eastwood", "Ferreira", "Gutierrez", "Haugen", "Ibarra", "Juarez"]
STREETS = ["Larkspur", "Wexford", "Millbrook", "Tamarind", "Cobblestone", "Harrowgate", "Juniper", "Kestrel",
           "Bramble", "Ferncliff", "Quarry", "Saltmarsh", "Thornbury", "Windermere", "Alder", "Beacon"]
US_TYPES = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Place", "Terrace", "Circle", "Trail", "Pike", "Parkway"]
UK_TYPES = ["Road", "Street", "Lane", "Close", "Crescent", "Grove", "Gardens", "Mews", "Row", "Walk"]
CITIES_US = [("Duluth", "MN", "558"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"), ("Savannah", "GA", "314"),
             ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Reno", "NV", "895"), ("Fresno", "CA", "937")]
CITIES_UK = [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("York", "YO"), ("Bath", "BA")]
CITIES_DE = [("Leipzig", "04"), ("Kassel", "34"), ("Bremen", "28"), ("Freiburg", "79")]
DE_STREETS = ["Lindenallee", "Birkenweg", "Schillerstraße", "Am Markt", "Gartenstraße", "Mühlenweg"]


class Doc:
    def __init__(self, kind):
        self.kind = kind
        self.parts = []
        self.spans = []
        self.n = 0

    def add(self, text, typ=None):
        b = text.encode()
        if typ:
            self.spans.append({"start": self.n, "end": self.n + len(b), "type": typ,
                               "category": "secret" if typ in SECRETS else "pii", "value": text})
        self.parts.append(text)
        self.n += len(b)
        return self

    def record(self, i):
        text = "".join(self.parts)
        has_pii = any(s["category"] == "pii" for s in self.spans)
        has_secret = any(s["category"] == "secret" for s in self.spans)
        return {"id": "ind-%05d" % i, "kind": self.kind, "text": text, "spans": self.spans, "decoys": [],
                "has_pii": has_pii, "has_secret": has_secret,
                "sensitivity": "secret" if has_secret else "personal" if has_pii else "public"}


SECRETS = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
           "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}


def name():
    return "%s %s" % (R.choice(GIVEN), R.choice(SURNAME))


def us_phone():
    a, b, c = R.randint(201, 989), R.randint(200, 999), R.randint(0, 9999)
    return R.choice(["(%d) %d-%04d", "%d-%d-%04d", "%d.%d.%04d", "+1 %d %d %04d", "1-%d-%d-%04d"]) % (a, b, c)


def uk_phone():
    return R.choice(["07%03d %06d" % (R.randint(100, 999), R.randint(0, 999999)),
                     "+44 7%03d %06d" % (R.randint(100, 999), R.randint(0, 999999)),
                     "(01%02d) %03d %04d" % (R.randint(13, 99), R.randint(200, 999), R.randint(0, 9999)),
                     "020 %04d %04d" % (R.randint(3000, 8999), R.randint(0, 9999))])


def de_phone():
    return R.choice(["+49 30 %07d" % R.randint(1000000, 9999999), "0%d %06d" % (R.randint(30, 899), R.randint(100000, 999999)),
                     "+49 (0)%d %07d" % (R.randint(30, 899), R.randint(1000000, 9999999))])


def us_street():
    return "%d %s %s" % (R.randint(2, 9899), R.choice(STREETS), R.choice(US_TYPES))


def us_town():
    c, st, z = R.choice(CITIES_US)
    return "%s, %s %s%02d" % (c, st, z, R.randint(1, 99))


def uk_postcode(area):
    return "%s%d %d%s" % (area, R.randint(1, 19), R.randint(1, 9), R.choice(["AB", "DX", "HN", "QT", "WZ", "EL"]))


def email(person):
    g, s = person.split(" ", 1)
    user = R.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%d" % (g, R.randint(1, 99))]).lower()
    user = user.encode("ascii", "ignore").decode()
    return "%s@%s" % (user, R.choice(["mailbox.org", "outlook.com", "gmx.de", "proton.me", "icloud.com", "btinternet.com"]))


def luhn_card(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Each shape writes one document. Personal values go in through d.add(value, TYPE).
def voicemail():
    d = Doc("voicemail_transcript")
    p = name()
    d.add("Voicemail, 14:02. Hi, this is ").add(p, "PERSON").add(" returning your call about the boiler. You can reach me on ")
    d.add(uk_phone(), "PHONE_NUMBER").add(" any time after four. Thanks, bye.\n")
    return d


def hr_note():
    d = Doc("hr_note")
    p, q = name(), name()
    d.add("Exit interview notes. ").add(p, "PERSON").add(" said the move to the night shift was the main reason. ")
    d.add(q.split()[0] + " " + q.split()[1], "PERSON").add(" will cover the rota until a replacement starts.\n")
    return d


def shipping():
    d = Doc("shipping_notice")
    p = name()
    d.add("Your parcel is on its way!\nDeliver to:\n").add(p, "PERSON").add("\n")
    d.add(us_street(), "STREET_ADDRESS").add("\n").add(us_town(), "STREET_ADDRESS").add("\nTracking: 1Z%06dA%08d\n" % (R.randint(0, 999999), R.randint(0, 99999999)))
    return d


def forum_post():
    d = Doc("forum_post")
    p = name()
    d.add("Re: landlord won't return deposit\n\nSame thing happened to my sister. She ended up writing to ")
    d.add(p, "PERSON").add(" at the tenancy board and got it back in three weeks. Their office is at ")
    c, area = R.choice(CITIES_UK)
    d.add("%d %s %s, %s %s" % (R.randint(1, 300), R.choice(STREETS), R.choice(UK_TYPES), c, uk_postcode(area)), "STREET_ADDRESS")
    d.add(". Good luck!\n")
    return d


def intake():
    d = Doc("clinic_intake")
    p = name()
    d.add("Patient: ").add(p, "PERSON").add("\nDOB: ")
    d.add("%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005)), "DATE_OF_BIRTH")
    d.add("\nPhone: ").add(us_phone(), "PHONE_NUMBER").add("\nReferred by Dr. ").add(R.choice(SURNAME), "PERSON")
    d.add("\nReason for visit: persistent cough, 3 weeks.\n")
    return d


def slack():
    d = Doc("chat")
    p = name()
    d.add("[09:14] kai: anyone know who owns the billing dashboard?\n[09:15] mo: ask ").add(p, "PERSON")
    d.add(", she rewrote it last quarter\n[09:15] kai: ty\n")
    return d


def invite():
    d = Doc("calendar_invite")
    a, b, c = name(), name(), name()
    d.add("Invitation: Q3 vendor review\nOrganizer: ").add(a, "PERSON").add(" <").add(email(a), "EMAIL_ADDRESS").add(">\n")
    d.add("Guests: ").add(b, "PERSON").add(", ").add(c, "PERSON").add("\nWhere: Room 4.12 / video link in description\n")
    return d


def claim():
    d = Doc("insurance_claim")
    p = name()
    d.add("Claim reference CLM-%07d. The policyholder, " % R.randint(0, 9999999)).add(p, "PERSON")
    d.add(", reports water damage at ").add(us_street(), "STREET_ADDRESS").add(". Please call them at ")
    d.add(us_phone(), "PHONE_NUMBER").add(" to arrange an assessor.\n")
    return d


def german_letter():
    d = Doc("letter_de")
    p = name()
    c, z = R.choice(CITIES_DE)
    d.add("Sehr geehrte Frau ").add(p.split()[1], "PERSON").add(",\n\nanbei die Unterlagen. Bitte senden Sie die Rechnung an\n")
    d.add("%s %d" % (R.choice(DE_STREETS), R.randint(1, 120)), "STREET_ADDRESS").add("\n")
    d.add("%s%03d %s" % (z, R.randint(0, 999), c), "STREET_ADDRESS").add("\n\nTelefon: ").add(de_phone(), "PHONE_NUMBER")
    d.add("\n\nMit freundlichen Grüßen\n").add(name(), "PERSON").add("\n")
    return d


def payment():
    d = Doc("payment_chat")
    d.add("Can you pay the deposit with the card ending 4412? If not, my other one is ")
    d.add(luhn_card(R.choice(["4", "51", "37"]), R.choice([16, 16, 15])), "CREDIT_CARD").add(", expiry 09/28.\n")
    return d


def crm():
    d = Doc("crm_note")
    p = name()
    d.add("Call with ").add(p, "PERSON").add(" (procurement). Wants pricing for 40 seats before Friday; ")
    d.add("mentioned that ").add(name(), "PERSON").add(" signs off anything above 10k. Follow up on ")
    d.add(email(p), "EMAIL_ADDRESS").add(".\n")
    return d


def signature():
    d = Doc("email_signature")
    p = name()
    d.add("Kind regards,\n\n").add(p, "PERSON").add("\nSenior Buyer | Northgate Foods\nT: ").add(uk_phone(), "PHONE_NUMBER")
    d.add("\nE: ").add(email(p), "EMAIL_ADDRESS").add("\n")
    return d


def running_text():
    d = Doc("running_text")
    p, q = name(), name()
    v = R.choice(["spoke to", "heard back from", "had lunch with", "copied in", "escalated this to", "is waiting on"])
    d.add("I ").add(v + " ").add(p, "PERSON").add(" this morning and ").add(q, "PERSON").add(" will send the figures tomorrow.\n")
    return d


def lower_case():
    d = Doc("chat_lower")
    p = name().lower()
    d.add("hey its ").add(p, "PERSON").add(" from the gym, my number changed to ").add(uk_phone(), "PHONE_NUMBER").add("\n")
    return d


def ssn_form():
    d = Doc("tax_form")
    p = name()
    d.add("Employee name: ").add(p, "PERSON").add("\nSSN: ")
    d.add("%03d-%02d-%04d" % (R.randint(100, 665), R.randint(1, 99), R.randint(1, 9999)), "US_SSN").add("\nFiling status: single\n")
    return d


def public():
    d = Doc("public")
    d.add(R.choice([
        "The Riverside branch closes at 6pm on weekdays and at noon on Saturdays.",
        "Order #4471-2203-118 shipped on 12 March; the invoice total was $1,204.50.",
        "Release 3.14.2 fixes the memory leak reported in ticket 88213.",
        "Quarterly revenue grew 7.2% to 41.3 million, driven by the Northern Europe region.",
        "Please bring your badge to the Main Street entrance; the Grant Hall lift is out of service.",
        "The Monday stand-up moves to 9:30 from next week; agenda in the shared folder.",
        "ISBN 978-0-306-40615-7 is the second edition, printed in 2019.",
        "Call the main switchboard and ask for Accounts Payable if the PO number is missing.",
        "Summer Hill Park hosts the food festival from 14 to 16 July.",
        "Reset the router, wait 30 seconds, then hold the WPS button for five seconds.",
        "The Lincoln Memorial and the Washington Monument are both on the National Mall.",
        "Use SKU 100-554-2091 when reordering the blue cartridges.",
        "Morgan Stanley and Goldman Sachs both raised their forecasts after the Federal Reserve meeting.",
        "We moved the staging cluster from Amazon Web Services to Google Cloud in April.",
        "The Victoria Line is suspended between Brixton and Stockwell this weekend.",
        "Georgia Tech and Penn State meet in the final on Saturday.",
        "Jordan and Chad both sent observers to the Geneva talks.",
        "The new Ford Ranger ships with a 2.3 litre engine.",
        "Customer Success will own the renewal playbook from Q4.",
        "Our Salesforce instance syncs with HubSpot every fifteen minutes.",
        "Read the Release Notes before upgrading Kubernetes to 1.31.",
        "The Grand Canyon Skywalk reopens after maintenance on May 3.",
        "Marketing Operations asked for the Black Friday banner by Wednesday.",
        "Saint Patrick's Day falls on a Monday next year.",
        "The Johnson Controls thermostat in Building C needs a firmware update.",
        "Tracking number 9400 1000 0000 0000 0000 00 shows the parcel in Memphis.",
        "Dial extension 4410 for Facilities or 4420 for the Help Desk.",
        "Version 10.0.19045.3693 is the last build that supports the old driver.",
        "The meeting is at 10:30 in the Lovelace room, next to the Turing room.",
        "Harvard Business Review published the case study in its March issue.",
        "Price per seat is 12.50 EUR, billed annually; VAT number on the invoice.",
        "The Rolling Stones played Hyde Park in 1969 and again in 2013.",
        "Merge the Dependabot pull request once the Windows runner goes green.",
        "Coordinates 51.5072, -0.1276 mark the centre of the map.",
        "Hope Street and Mercy Lane are closed for the parade on Sunday.",
        "Bill of materials: 4 x M3 screws, 2 x brackets, 1 x Raspberry Pi 5.",
        "Warren Buffett's annual letter is quoted in the Finance Weekly column.",
        "The Kennedy Space Center tour starts at the Rocket Garden.",
        "Set MAX_RETRIES=5 and TIMEOUT_MS=30000 in the worker's environment.",
        "Apple Park and the Infinite Loop campus are about a mile apart.",
        "The Royal Mail strike delayed post across Scotland for a week.",
        "Will Smith Elementary won the regional robotics cup.",
        "Chase Bank and Wells Fargo both changed their overdraft fees.",
    ])).add("\n")
    return d


SHAPES = [voicemail, hr_note, shipping, forum_post, intake, slack, invite, claim, german_letter, payment, crm,
          signature, running_text, lower_case, ssn_form, public, public, public, public]

out = sys.stdout
for i in range(1, 401):
    d = R.choice(SHAPES)()
    out.write(json.dumps(d.record(i), ensure_ascii=False) + "\n")
