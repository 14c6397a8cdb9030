#!/usr/bin/env python3
"""Development texts for the PII scanner: labelled documents written the way people write them.

    python3 eval/gen_dev.py                 # writes eval/dev.jsonl.gz and eval/holdout.jsonl.gz
    python3 eval/gen_dev.py --coverage      # also: share of PERSON words the name gazetteer knows

Standard library only; the output depends only on the seeds below. Same JSONL format as
../shared/eval/pii-dev.jsonl.gz (scored by ../shared/eval/score_pii.py): id, locale, kind, text,
spans (UTF-8 byte start/end, code-point char_start/char_end, type, category, value), decoys
(look-alikes that must not be found, with their kind), has_pii, has_secret, sensitivity.

Every shape and every value is written here (no fake-data library, no published benchmark
template). Names come from the hand-written pools below, not from the gazetteer's source files;
the pools mix common names with rare and unusual ones on purpose (eval/README.md has the measured
share the gazetteer knows). The dev and holdout sets use different seeds, partly different name,
street and town pools, and some shapes that only one of them has, so rules tuned on dev are
tested on holdout.

Labelling conventions: a PERSON span is the name without its honorific or role ("Dr Irene Wilson"
-> "Irene Wilson", "Mr Chapman" -> "Chapman"); a STREET_ADDRESS span runs from the house number
(or the flat/suite line before it) to the postcode, across lines, without the addressee or the
country; a DATE_OF_BIRTH span is the date only; a PHONE_NUMBER span includes its extension.
"""
import argparse
import gzip
import json
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# Value pools. Each is split into a dev part and a holdout part (with some shared entries) by
# `split_pool`, so the holdout set meets names, streets and towns the dev set never showed.

GIVEN_F = """Irene Amy Margaret Deborah Lorraine Felicity Harriet Constance Beatrix Winifred Hester Maud
Ottilie Elowen Briony Isolde Rowena Perpetua Sunniva Lowri Ffion Morwenna Tamsin Kezia Jemima Thomasina
Priya Anjali Nandini Sowmya Lakshmi Meenakshi Ishita Tanvi Aparna Revathi Chiamaka Ngozi Adaeze Ifeoma
Funmilayo Oghenekaro Nkechi Thandiwe Sindisiwe Nomsa Wanjiru Akosua Efua Mariam Yasmin Leila Noor Dalia
Rania Samira Farah Zeynep Elif Ayşe Defne Agnieszka Małgorzata Zofia Bożena Kateřina Zdeňka Ilona Réka
Sigrid Solveig Ingeborg Liv Astrid Aino Maarit Heike Gudrun Annegret Friederike Wiebke Hannelore Mareike
Céline Solène Maëlle Bénédicte Ghislaine Margaux Océane Clémence Giulia Ornella Ludovica Benedetta
Chiara Lucía Begoña Itziar Ainhoa Montserrat Rocío Conceição Inês Luíza Mei Xiaohong Yuting Jingyi
Haruka Yui Keiko Sakura Minji Seoyeon Ji-woo Huong Thảo Ngọc Malee Siriporn Maricel Rosalind Georgina
Philippa Imogen Araminta Clementine Henrietta Ottoline Wilhelmina Cressida Lavinia Esmé Delphine Odile
Sabine Mirela Snežana Teodora Radka Natalya Oksana Yuliya Svetlana Anahit Nino Tamar Shira Avital""".split()

GIVEN_M = """Oliver Neil Graham Rupert Desmond Crispin Barnaby Ambrose Lucian Peregrine Wystan Anselm Caspian
Orrin Tobiah Hamish Lachlan Alasdair Ruairidh Eoin Cathal Tadhg Oisín Dafydd Iwan Gethin Emrys Aled
Rajesh Arvind Karthik Siddharth Venkatesh Prakash Anirban Sourav Harpreet Gurdeep Chinedu Obinna Ikenna
Oluwaseun Babajide Adewale Kwabena Kofi Yaw Tendai Sipho Mthunzi Themba Otieno Kipchoge Tesfaye Dawit
Omar Khalid Tariq Yusuf Karim Walid Hisham Marwan Farhad Dariush Kourosh Mehmet Emre Kerem Barış
Piotr Grzegorz Łukasz Wojciech Tomáš Vojtěch Zoltán Balázs László Nikola Dragan Bogdan Mihai Radomir
Zbyněk Björn Søren Håkon Magnus Eero Jussi Matthias Jürgen Dietmar Wolfram Volker Torsten Sönke Jannik
Thibault Grégoire Loïc Benoît Aurélien Yannick Gaël Matteo Niccolò Gianluca Raffaele Ignazio Iñaki
Joaquín Xabier Álvaro Gonçalo Duarte Vinícius Wei Jianhua Haoran Zhiwei Kenji Haruto Shohei Jae-won
Minh Quang Tuấn Somchai Nattapong Arnel Jomar Bayani Dmitri Yaroslav Bohdan Artyom Levan Narek Eitan
Yonatan Reuben Ezekiel Thaddeus Leopold Augustin Casimir Florian Benedikt Ruprecht Evander""".split()

SURNAMES = """Wilson Davis Chapman Hutchinson Whitlock Pennington Ravenscroft Featherstone Ollerenshaw
Postlethwaite Grimsditch Quarrington Trevelyan Pennyfeather Harbottle Cavendish Merriweather Blenkinsop
Loughran Fitzsimons Ní Bhriain McAllister Drummond Urquhart Lockhart Abernethy Pryce Llewellyn Vaughan
Raman Venkataraman Iyer Chakraborty Banerjee Deshpande Kulkarni Bhattacharya Srinivasan Gill Sandhu
Okafor Okonkwo Nwachukwu Adeyemi Ogunleye Onwuachi Ekwueme Edafe Mensah Boateng Asante Moyo Ncube
Dlamini Mabuza Khumalo Otieno Wanjiku Tesfaye Haile Haddad Khoury Nassar Mansour Al-Masri El-Amin
Farahani Hosseini Yazdani Yılmaz Öztürk Demirci Kowalczyk Szczepaniak Wierzbicki Wiśniewska Dvořák
Procházková Horváth Szabó Petrović Jovanović Popescu Ionescu Lindqvist Sjöberg Haugland Johannessen
Virtanen Mäkelä Hämäläinen Müller Schäfer Böttcher Hildebrandt Kretschmer Vogelsang Oberländer
Lefèvre Rousseau Delacroix Beaumont Chevallier Thibodeaux Moreau Esposito Bellandi Ferraresi Mancuso
Iglesias Etxeberria Zubizarreta Núñez Castañeda Magalhães Figueiredo Cardoso Chen Zhou Xu Liang Wong
Cheung Tanaka Watanabe Nakamura Yamaguchi Park Jeong Nguyễn Trần Phạm Saetang Chaiyaporn Bautista
Villanueva Dizon Ivanova Kuznetsov Shevchenko Bondarenko Grigoryan Beridze Mizrahi Azoulay Katz
Vandersloot Van der Berg De Wit Van Leeuwen O'Donoghue O'Shaughnessy MacAulay Ó Súilleabháin
Thistlethwaite Ashdown Fairbairn Goodfellow Honeycutt Kettlewell Larkin Marchbanks Nettleship Oakhurst""".split()

# Surnames that are separate words above but one surname: rejoin.
_JOIN = {("Ní", "Bhriain"), ("Van", "der"), ("der", "Berg"), ("De", "Wit"), ("Van", "Leeuwen"), ("Ó", "Súilleabháin")}


def _rejoin(words):
    out = []
    for w in words:
        if out and ((out[-1].split()[-1], w) in _JOIN):
            out[-1] += " " + w
        else:
            out.append(w)
    return out


SURNAMES = _rejoin(SURNAMES)

HONORIFICS = ["Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof.", "Prof", "Mx"]
ROLES = ["our account manager", "the site lead", "my landlord", "the tenant", "the new hire", "the claimant",
         "their solicitor", "the patient", "the supplier's rep", "my colleague", "the driver"]

US_STREETS = """Larkspur Hollis Juniper Alder Kittredge Bellevue Harlan Marigold Quarry Stanton Tamarack Wexford
Ridgecrest Cobblestone Fernhill Brantley Whitmore Dunmore Saddleback Copperleaf Mill Creek Foxglove Pewter
Sycamore Bramble Kestrel Clearwater Granger Old Orchard Hawthorne Linwood Prospect Beacon Tillman Ashford
Jane Winslow Corrigan Eastlake Hillside Overlook Pinecrest Rosewood Thornbury Valley View Wildwood""".split()
US_STREET_TYPES = ["Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr",
                   "Lane", "Ln", "Court", "Ct", "Place", "Pl", "Way", "Terrace", "Circle", "Parkway", "Pkwy", "Trail",
                   "Loop", "Oval", "Crossing", "Highway", "Square", "Row", "Pike", "Run"]
US_UNITS = ["Apt {n}", "Apt. {n}{l}", "Suite {n}", "Ste {n}", "Unit {n}", "#{n}", "Fl {d}", "Floor {d}", "Bldg {l}"]
US_TOWNS = [("Portland", "OR", "972"), ("Dayton", "OH", "454"), ("Asheville", "NC", "288"), ("Boise", "ID", "837"),
            ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Lowell", "MA", "018"), ("Albany", "NY", "122"),
            ("Savannah", "GA", "314"), ("Spokane", "WA", "992"), ("Fresno", "CA", "937"), ("Duluth", "MN", "558"),
            ("Lafayette", "LA", "705"), ("Burlington", "VT", "054"), ("Wichita", "KS", "672"), ("Knoxville", "TN", "379"),
            ("Springfield", "IL", "627"), ("Provo", "UT", "846"), ("Reno", "NV", "895"), ("Erie", "PA", "165"),
            ("Norman", "OK", "730"), ("Billings", "MT", "591"), ("Ames", "IA", "500"), ("Bangor", "ME", "044"),
            ("El Paso", "TX", "799"), ("Tampa", "FL", "336"), ("Lexington", "KY", "405"), ("Mobile", "AL", "366")]

UK_STREETS = """Baker Mill Elm Church Station Victoria Albert Park Orchard Chapel Castle Bridge Rectory Meadow
Beech Willow Ash Holly Hawthorn Kingsway Queens Granville Clarendon Pembroke Stanmore Ashgrove Larch Tenter
Cobden Ferndale Marlborough Hillcrest Priory Abbey Moor Forge Tannery Wharf Cannon Lime Kiln""".split()
UK_STREET_TYPES = ["Street", "Road", "Lane", "Avenue", "Grove", "Close", "Crescent", "Drive", "Gardens", "Terrace",
                   "Place", "Way", "Walk", "Row", "Court", "Mews", "Rise", "Hill", "Green", "Parade"]
UK_UNITS = ["Flat {n}", "Flat {n}{L}", "Apartment {n}", "Unit {n}", "Studio {n}"]
UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Edinburgh", "EH"),
            ("Glasgow", "G"), ("Cardiff", "CF"), ("London", "NW"), ("London", "SE"), ("London", "E"), ("Oxford", "OX"),
            ("Cambridge", "CB"), ("York", "YO"), ("Newcastle upon Tyne", "NE"), ("Liverpool", "L"), ("Sheffield", "S"),
            ("Norwich", "NR"), ("Exeter", "EX"), ("Bath", "BA"), ("Nottingham", "NG"), ("Brighton", "BN"),
            ("Aberdeen", "AB"), ("Swansea", "SA"), ("Leicester", "LE"), ("Derby", "DE"), ("Plymouth", "PL")]
UK_LOCALITIES = {"Leeds": ["Headingley", "Chapel Allerton"], "Manchester": ["Chorlton", "Didsbury"], "Birmingham": ["Moseley", "Harborne"],
                 "Bristol": ["Clifton", "Bedminster"], "Edinburgh": ["Leith", "Morningside"], "Cardiff": ["Roath", "Canton"],
                 "Newcastle upon Tyne": ["Jesmond"], "Sheffield": ["Ecclesall"], "Norwich": ["Heigham"], "Oxford": ["Summertown"],
                 "Cambridge": ["Chesterton"], "York": ["Acomb"], "Liverpool": ["Toxteth", "Wavertree"]}
_LONDON_LOCALITIES = {"NW": ["Kentish Town", "Kilburn"], "SE": ["Peckham", "Brockley"], "E": ["Walthamstow", "Bow"]}

DE_STREETS = """Haupt Linden Goethe Schiller Bahnhof Kirch Garten Berg Wiesen Mühlen Rosen Birken Eichen Ahorn
Kastanien Lessing Beethoven Mozart Friedhof Schul Wald Feld Sonnen Brunnen Markt Tal Buchen Fichten""".split()
DE_STREET_TYPES = ["straße", "str.", "weg", "allee", "gasse", "ring", "platz", "damm", "steig"]
DE_PREP_STREETS = ["Am Mühlbach", "Im Winkel", "An der Alster", "Zur Linde", "Auf dem Hügel", "Unter den Eichen",
                   "Am Rosengarten", "In der Au", "Hinter der Kirche", "Am Kanal"]
DE_TOWNS = [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
            ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Leipzig", "04"), ("Dresden", "01"), ("Hannover", "30"),
            ("Nürnberg", "90"), ("Bremen", "28"), ("Freiburg im Breisgau", "79"), ("Münster", "48"), ("Kiel", "24"),
            ("Regensburg", "93"), ("Göttingen", "37"), ("Lübeck", "23"), ("Würzburg", "97"), ("Erfurt", "99")]

FR_STREETS = ["rue de la Paix", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
              "allée des Tilleuls", "place de la République", "rue du Moulin", "chemin des Vignes", "rue Pasteur",
              "impasse des Acacias", "quai de la Loire", "rue Saint-Honoré", "avenue de la Gare", "rue Émile Zola",
              "boulevard Gambetta", "rue de l'Église", "cours Mirabeau", "rue des Écoles", "route de Lyon"]
FR_TOWNS = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
            ("Bordeaux", "330"), ("Lille", "590"), ("Strasbourg", "670"), ("Rennes", "350"), ("Montpellier", "340"),
            ("Grenoble", "380"), ("Dijon", "210"), ("Angers", "490"), ("Reims", "510"), ("Aix-en-Provence", "131")]

DOMAINS_FREE = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "proton.me", "fastmail.fm",
                "posteo.de", "web.de", "gmx.net", "orange.fr", "free.fr", "btinternet.com", "aol.com", "zoho.com"]
COMPANIES = [("Brightwater Logistics", "brightwater-logistics.co.uk"), ("Halvorsen & Pike", "halvorsenpike.com"),
             ("Quillfeather Books", "quillfeather.com"), ("Northgate Dental", "northgatedental.co.uk"),
             ("Arcadia Solar GmbH", "arcadia-solar.de"), ("Maison Lefort", "maisonlefort.fr"),
             ("Tidewater Credit Union", "tidewatercu.org"), ("Copperline Analytics", "copperline.io"),
             ("Greywell Property Management", "greywellpm.com"), ("Ostara Health", "ostarahealth.com"),
             ("Kestrel Freight", "kestrelfreight.com"), ("Lumen & Vale Architects", "lumenvale.co.uk"),
             ("Brauhaus Schenk KG", "brauhaus-schenk.de"), ("Atelier Verdier", "atelier-verdier.fr"),
             ("Pinecone Software", "pinecone-sw.com"), ("Harrow Street Clinic", "harrowclinic.org")]
JOB_TITLES = ["Account Manager", "Operations Lead", "Senior Paralegal", "Customer Success Manager", "Practice Manager",
              "Head of Finance", "Procurement Officer", "Site Supervisor", "Clinical Coordinator", "Office Manager",
              "Regional Sales Director", "HR Business Partner", "Claims Handler", "Lettings Negotiator"]

# Capitalised phrases that are not people: decoys in public texts (and next to real names).
NON_NAME_PHRASES = ["Customer Success", "New York Times", "Grant Application", "Summer Sale", "Rose Garden", "Will Call",
                    "Mark Twain Elementary", "Young Professionals Network", "White Paper", "Long Beach", "Baker Street station",
                    "Victoria Line", "Jordan Valley", "Georgia Tech", "Austin Energy", "Lincoln Center", "Jackson Hole",
                    "Hope Street Bakery", "Price Match Guarantee", "Grace Period", "Penny Lane Records", "Accounts Payable",
                    "Human Resources", "Finance Desk", "Service Desk", "Quality Assurance", "Product Marketing",
                    "Apple Pencil", "Microsoft Teams", "Google Sheets", "Amazon Prime", "Tesla Model Y", "Ford Transit",
                    "Jira Service Management", "Visual Studio Code", "Red Hat Enterprise Linux", "Golden Gate Bridge",
                    "Royal Mail", "Deutsche Bahn", "La Poste", "Harvard Business Review", "Premier League",
                    "Black Friday", "Cyber Monday", "Easter Monday", "Boxing Day", "Bank Holiday", "Earl Grey",
                    "Victoria Sponge", "Brown Rice", "Green Party", "Labour Party", "Sales Kick-Off", "Town Hall"]

# Rare names, checked when this file was written to be in none of the gazetteer's lists (see
# eval/README.md): a share of people draw their given name or surname from here, so that the dev
# set measures names the scanner finds from context, not only by table lookup.
RARE_GIVEN = """Ysolde Orlaith Caoilfhionn Saoirlaith Nemhain Veradis Maelis Sabelle Brygida Jadwisia Zlatoslava
Dobroslava Milunka Gesine Hiltrud Adelgund Swanhild Ragnfrid Thorunn Eydis Gudny Sólveig Yrsa Chinwendu Titilope
Nomvuyo Ntombizodwa Lindiwe Phumzile Nokuthula Wairimu Nyokabi Adhiambo Ngaire Mereana Wikitoria Kahurangi Tuhi
Eiluned Gwenllian Myfanwy Lleucu Heledd Tegwen Ceinwen Domitilla Wystan Barnabus Honoré Enguerrand Florestan
Vratislav Bolesław Przemysław Zdzisław Mieszko Ulfric Torvald Sigvald Eyvind Hallvard Torstein Ebuka Olugbenga
Babatope Ayokunle Mxolisi Lwandile Siyabonga Kagiso Tumelo Kiprop Kibet Mwendwa Wiremu Rawiri Tamati Gwilym
Iorwerth Emyr Cadfael Meirion""".split()
RARE_SURNAMES = """Featherstonehaugh Cholmondeley Marjoribanks Auchinleck Menteith Ravensworth Bramblecombe Ashcombe
Wintersgill Summerscales Haigh-Wood Postgate Cheesewright Sowerbutts Micklethwaite Stainthorpe Ogunbanjo Ezeokafor
Okwuosa Madueke Ekwueme Edafe Oghenekaro Tshabangu Mhlanga Nxumalo Mthembu Mkhize Hlongwane Buthelezi Nyambura
Kiplagat Chebet Kemboi Wekesa Villaseñor Urdangarin Aranzadi Olaizola Ibarguren Łabędź Wróblewicz Szczęsny
Chrząszcz Brzęczyszczykiewicz Jastrzębski Kołodziej Kwiecień Vondráček Kratochvíl Šťastný Čermák Oberhuber
Vogelweide Tiefenbrunner Wolfsteller Schwarzenauer Grünewald Quatremère Fauconnier Melançon Quagliarello
Scarpellini Pellegrinetti Abbascià Tcholakian Chkheidze Japaridze Tsereteli Javakhishvili Dadiani Karamanlis
Papandreou Tsipras Mitsotakis Lemonopoulos Vourvoulias Haugeland Skjervheim Bjørnstad Tveiten Fjeldstad Grøndahl
Løvland Sæther Ødegård Nakashima-Ruiz Seonwoo Jegal Dokgo Sakulrat Phromphan Thongchai Wattanasiri Kittikachorn
Venkatraghavan Subrahmanyam Thirunavukkarasu Puthenveetil Kizhakkethil Vadakkedath Abeywardena Jayawardhana""".split()


def split_pool(pool, holdout):
    """Deterministic split: about 3/8 of the entries only in dev, 3/8 only in holdout, 1/4 in both."""
    out = []
    for i, v in enumerate(pool):
        h = (i * 2654435761) % 8
        if h < 2 or (h >= 5 if holdout else 2 <= h < 5):
            out.append(v)
    return out


# ----------------------------------------------------------------------------------------------
# Document builder: text is appended piece by piece; labelled pieces record their offsets.

class Doc:
    def __init__(self, kind, locale):
        self.kind, self.locale = kind, locale
        self.parts, self.spans, self.decoys = [], [], []
        self.b = 0
        self.c = 0

    def t(self, s):
        self.parts.append(s)
        self.b += len(s.encode("utf-8"))
        self.c += len(s)
        return self

    def _mark(self, s):
        start = (self.b, self.c)
        self.t(s)
        return {"start": start[0], "end": self.b, "char_start": start[1], "char_end": self.c}

    def p(self, typ, s, context=None):
        m = self._mark(s)
        m.update(type=typ, category="secret" if typ in SECRET_TYPES else "pii", value=s)
        if typ == "PERSON":  # what else in the text says this is a person (see PERSON_CONTEXTS)
            m["context"] = context or "label"
        self.spans.append(m)
        return self

    def d(self, kind, s):
        m = self._mark(s)
        m.update(kind=kind, value=s)
        self.decoys.append(m)
        return self

    def record(self, did):
        text = "".join(self.parts)
        has_pii = any(s["category"] == "pii" for s in self.spans)
        has_secret = any(s["category"] == "secret" for s in self.spans)
        for s in self.spans + self.decoys:  # the offsets must cut the text where the value is
            assert text.encode("utf-8")[s["start"]:s["end"]].decode("utf-8") == s["value"], (self.kind, s)
            assert text[s["char_start"]:s["char_end"]] == s["value"]
        return {"id": did, "locale": self.locale, "kind": self.kind, "text": text, "spans": self.spans,
                "decoys": self.decoys, "has_pii": has_pii, "has_secret": has_secret,
                "sensitivity": "secret" if has_secret else ("personal" if has_pii else "public")}


SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
                "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}


# ----------------------------------------------------------------------------------------------
# Value generators

class Values:
    def __init__(self, rng, holdout):
        self.r = rng
        self.holdout = holdout
        self.given_f = split_pool(GIVEN_F, holdout)
        self.given_m = split_pool(GIVEN_M, holdout)
        self.surnames = split_pool(SURNAMES, holdout)
        self.rare_given = split_pool(RARE_GIVEN, holdout)
        self.rare_surnames = split_pool(RARE_SURNAMES, holdout)
        self.us_streets = split_pool(US_STREETS, holdout)
        self.uk_streets = split_pool(UK_STREETS, holdout)
        self.de_streets = split_pool(DE_STREETS, holdout)
        self.us_towns = split_pool(US_TOWNS, holdout)
        self.uk_towns = split_pool(UK_TOWNS, holdout)

    def choice(self, xs):
        return self.r.choice(xs)

    def phrase(self, dev, holdout):
        """A cue worded one way in the dev set and other ways in the holdout set."""
        return self.r.choice(holdout if self.holdout else dev)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # --- people
    def person(self):
        r = self.r
        female = r.random() < 0.5
        given = self.choice(self.given_f if female else self.given_m)
        if r.random() < 0.18:  # rare given names carry no gender here: they stand for both
            given = self.choice(self.rare_given)
        surname = self.choice(self.rare_surnames if r.random() < 0.22 else self.surnames)
        if r.random() < 0.06:
            surname = surname + "-" + self.choice([s for s in self.surnames if " " not in s])
        return {"given": given, "surname": surname, "female": female,
                "initial": self.choice("ABCDEFGHJKLMNPRSTW") + "."}

    def full(self, p, middle=False):
        return p["given"] + (" " + p["initial"] if middle else "") + " " + p["surname"]

    def honorific(self, p):
        hs = ["Dr", "Dr.", "Prof.", "Prof", "Mx"] + (["Mrs", "Mrs.", "Ms", "Ms."] if p["female"] else ["Mr", "Mr."])
        return self.choice(hs)

    def email_for(self, p, company=None):
        r = self.r
        g = ascii_fold(p["given"]).lower().replace(" ", "").replace("'", "")
        s = ascii_fold(p["surname"]).lower().replace(" ", "").replace("'", "")
        local = self.choice([g + "." + s, g[0] + s, g + s[0], g + "_" + s, s + "." + g, g + str(r.randint(1, 99)),
                             g + "." + s + str(r.randint(70, 99))])
        dom = company[1] if company else self.choice(DOMAINS_FREE)
        if r.random() < 0.05:
            local += "+" + self.choice(["billing", "news", "travel"])
        return local + "@" + dom

    def email_any(self):
        return self.email_for(self.person(), self.choice(COMPANIES) if self.r.random() < 0.4 else None)

    # --- phones
    def us_phone(self, shape=None):
        r = self.r
        a = str(r.randint(2, 9)) + self.digits(2)
        e = str(r.randint(2, 9)) + self.digits(2)
        n = self.digits(4)
        shapes = ["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "+1 {a} {e} {n}", "+1 ({a}) {e}-{n}", "1-{a}-{e}-{n}",
                  "+1-{a}-{e}-{n}", "{a}{e}{n}", "{a} {e} {n}"]
        s = (shape or self.choice(shapes)).format(a=a, e=e, n=n)
        if r.random() < 0.18:
            s += self.choice([" x{x}", "x{x}", " ext. {x}", " ext {x}", " Ext. {x}", " #{x}"]).format(x=self.digits(r.randint(2, 5)))
        return s

    def uk_phone(self):
        r = self.r
        shapes = ["(0121) {a} {b}", "0121 {a} {b}", "(0113) {a} {b}", "0161 {a} {b}", "(0161) {a} {b}", "020 {c} {d}",
                  "+44 20 {c} {d}", "+44 (0)20 {c} {d}", "+44 (20) {c} {d}", "07{m} {b2}", "+44 7{m} {b2}",
                  "(01865) {e} {f}", "01865 {e}{f}", "+44 (0) 131 {a} {b}", "0131-{a}-{b}"]
        s = self.choice(shapes).format(a=self.digits(3), b=self.digits(4), c=str(r.randint(3, 8)) + self.digits(3),
                                       d=self.digits(4), m=str(r.randint(4, 9)) + self.digits(2), b2=self.digits(6),
                                       e=self.digits(3), f=self.digits(3))
        if r.random() < 0.1:
            s += self.choice([" ext. {x}", " x{x}", " (ext {x})"]).format(x=self.digits(3))
        return s

    def de_phone(self):
        r = self.r
        shapes = ["+49 (0){a} {n}", "+49 (0) {a} {n}", "+49 {a} {n}", "0{a} {n}", "0{a}/{n}", "(0{a}) {n}", "0{a}-{n}",
                  "+49 1{m} {n2}", "01{m} {n2}", "+49 (0)1{m} {n2}"]
        area = self.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "9087", "7031", "6221"])
        s = self.choice(shapes).format(a=area, n=self.digits(r.randint(5, 8)), m=self.choice(["51", "52", "60", "70", "71", "76"]),
                                       n2=self.digits(7 + r.randint(0, 1)))
        if r.random() < 0.1:
            s += "-" + self.digits(2)
        return s

    def fr_phone(self):
        r = self.r
        g = [self.digits(2) for _ in range(4)]
        first = self.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
        return self.choice(["0{f} {g0} {g1} {g2} {g3}", "0{f}.{g0}.{g1}.{g2}.{g3}", "+33 {f} {g0} {g1} {g2} {g3}",
                            "+33 (0){f} {g0} {g1} {g2} {g3}", "0{f}{g0}{g1}{g2}{g3}"]).format(f=first, g0=g[0], g1=g[1], g2=g[2], g3=g[3])

    def phone(self, locale):
        return {"en_US": self.us_phone, "en_GB": self.uk_phone, "de_DE": self.de_phone, "fr_FR": self.fr_phone}[locale]()

    # --- addresses: return list of lines (street part first), and the label-free one-line form
    def us_address(self):
        r = self.r
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 49999)]))
        street = self.choice(self.us_streets)
        if r.random() < 0.15:
            street = self.choice(["N", "S", "E", "W", "North", "West", "NE", "SW"]) + " " + street
        street_line = num + " " + street + " " + self.choice(US_STREET_TYPES)
        unit = None
        if r.random() < 0.35:
            unit = self.choice(US_UNITS).format(n=r.randint(1, 450), l=self.choice("ABCDEF"), d=r.randint(2, 30))
        town, st, z3 = self.choice(self.us_towns)
        zipc = z3 + self.digits(2) + ("-" + self.digits(4) if r.random() < 0.12 else "")
        return {"street": street_line, "unit": unit, "town": town, "region": st, "post": zipc}

    def uk_postcode(self, area):
        r = self.r
        district = str(r.randint(1, 28)) if len(area) == 2 else str(r.randint(1, 99))
        if area in ("E", "NW", "SE") and r.random() < 0.2:
            district = str(r.randint(1, 9)) + self.choice("AW")
        return area + district + " " + str(r.randint(0, 9)) + self.choice("ABDEFGHJLNPQRSTUWXYZ") + self.choice("ABDEFGHJLNPQRSTUWXYZ")

    def uk_address(self):
        r = self.r
        town, area = self.choice(self.uk_towns)
        street_line = str(r.randint(1, 240)) + ("a" if r.random() < 0.05 else "") + " " + self.choice(self.uk_streets) + " " + self.choice(UK_STREET_TYPES)
        unit = self.choice(UK_UNITS).format(n=r.randint(1, 60), L=self.choice("ABC")) if r.random() < 0.3 else None
        places = _LONDON_LOCALITIES.get(area, []) if town == "London" else UK_LOCALITIES.get(town, [])
        locality = self.choice(places) if places and r.random() < 0.3 else None
        return {"street": street_line, "unit": unit, "locality": locality, "town": town, "post": self.uk_postcode(area)}

    def de_address(self):
        r = self.r
        if r.random() < 0.2:
            street = self.choice(DE_PREP_STREETS)
        else:
            t = self.choice(DE_STREET_TYPES)
            street = self.choice(self.de_streets) + t
        num = str(r.randint(1, 180)) + (self.choice(["a", "b", " c", "/2"]) if r.random() < 0.12 else "")
        town, p2 = self.choice(DE_TOWNS)
        return {"street": street + " " + num, "unit": None, "town": town, "post": p2 + self.digits(3)}

    def fr_address(self):
        r = self.r
        num = str(r.randint(1, 150)) + (" bis" if r.random() < 0.08 else "")
        street = num + self.choice([" ", ", "]) + self.choice(FR_STREETS)
        unit = self.choice(["Bât. B", "Appt 12", "Résidence Les Pins", "Escalier C"]) if r.random() < 0.15 else None
        town, p = self.choice(FR_TOWNS)
        post = (p + self.digits(5 - len(p)))
        return {"street": street, "unit": unit, "town": town, "post": post, "cedex": r.random() < 0.05}

    def address(self, locale):
        return {"en_US": self.us_address, "en_GB": self.uk_address, "de_DE": self.de_address, "fr_FR": self.fr_address}[locale]()

    def address_lines(self, a, locale, upper=False):
        """The address as the lines of a block (street part to postcode)."""
        if locale == "en_US":
            lines = [a["street"] + ((" " + a["unit"]) if a["unit"] and self.r.random() < 0.5 else "")]
            if a["unit"] and a["unit"] not in lines[0]:
                lines.append(a["unit"])
            lines.append(a["town"] + self.choice([", ", " "]) + a["region"] + " " + a["post"])
        elif locale == "en_GB":
            lines = ([a["unit"]] if a["unit"] else []) + [a["street"]] + ([a["locality"]] if a["locality"] else [])
            lines += [a["town"], a["post"]] if self.r.random() < 0.6 else [a["town"] + " " + a["post"]]
        elif locale == "de_DE":
            lines = [a["street"], a["post"] + " " + a["town"]]
        else:
            lines = ([a["unit"]] if a["unit"] else []) + [a["street"], a["post"] + " " + a["town"] + (" CEDEX" if a.get("cedex") else "")]
        return [l.upper() for l in lines] if upper else lines

    def address_one_line(self, a, locale):
        if locale == "en_US":
            shape = self.r.random()
            if a["unit"] and shape < 0.3:
                return a["unit"] + ", " + a["street"] + ", " + a["town"] + ", " + a["region"] + " " + a["post"]
            return a["street"] + (" " + a["unit"] if a["unit"] else "") + ", " + a["town"] + ", " + a["region"] + " " + a["post"]
        if locale == "en_GB":
            return ", ".join(([a["unit"]] if a["unit"] else []) + [a["street"]] + ([a["locality"]] if a["locality"] else []) + [a["town"] + (" " if self.r.random() < 0.5 else ", ") + a["post"]])
        if locale == "de_DE":
            return a["street"] + ", " + a["post"] + " " + a["town"]
        return a["street"] + ", " + a["post"] + " " + a["town"]

    # --- identifiers
    def luhn_complete(self, prefix, length):
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + str(luhn_digit(body))

    def card(self):
        r = self.r
        kind = self.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "maestro12", "maestro19"])
        if kind == "visa":
            n = self.luhn_complete("4", 16)
        elif kind == "mc":
            n = self.luhn_complete(str(r.randint(51, 55)), 16)
        elif kind == "mc2":
            n = self.luhn_complete(str(r.randint(2221, 2720)), 16)
        elif kind == "amex":
            n = self.luhn_complete(self.choice(["34", "37"]), 15)
        elif kind == "discover":
            n = self.luhn_complete("6011", 16)
        elif kind == "maestro12":
            n = self.luhn_complete(self.choice(["6759", "5018", "6304"]), 12)
        else:
            n = self.luhn_complete(self.choice(["6759", "5020"]), 19)
        return format_card(n, self.choice(["space", "space", "dash", "none"]))

    def card_bad(self):
        n = self.luhn_complete("4", 16)
        bad = n[:-1] + str((int(n[-1]) + self.r.randint(1, 9)) % 10)
        return format_card(bad, self.choice(["space", "none"]))

    def iban(self, country=None, bad=False):
        c = country or self.choice(list(IBAN_FORMATS))
        bban = "".join(self.r.choice({"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[k])
                       for k, cnt in IBAN_FORMATS[c] for _ in range(cnt))
        check = iban_check(c, bban)
        if bad:  # any other pair of check digits fails the mod-97 test
            check = "%02d" % ((int(check) - 2 + self.r.randint(1, 96)) % 97 + 2)
        s = c + check + bban
        if self.r.random() < 0.7:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, fmt=None):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return (fmt or self.choice(["{a}-{g}-{s}"] * 6 + ["{a} {g} {s}", "{a}.{g}.{s}", "{a}{g}{s}"])).format(a="%03d" % a, g="%02d" % g, s="%04d" % s)

    def ssn_invalid(self):
        r = self.r
        a = self.choice(["000", "666", str(r.randint(900, 999))])
        return "%s-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(4, 9)
            chk = 11 - sum((10 - i) * v for i, v in enumerate(d)) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                s = "".join(map(str, d)) + str(chk)
                return self.choice(["{0} {1} {2}", "{0}-{1}-{2}", "{0}{1}{2}", "{0} {1} {2}"]).format(s[:3], s[3:6], s[6:])

    def ipv4(self):
        r = self.r
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 0) and not (a == 172) and not (a == 192):
                return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def ipv6(self):
        groups = ["2%03x" % self.r.randint(0, 0xfff)] + ["%x" % self.r.randint(0, 0xffff) for _ in range(7)]
        if self.r.random() < 0.5:
            return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return ":".join(groups)

    def dob(self, locale):
        r = self.r
        y, m, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
        months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        months_de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        if locale == "en_US":
            return self.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (months_en[m - 1], d, y),
                                "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (months_en[m - 1][:3], d, y)])
        if locale == "en_GB":
            return self.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, months_en[m - 1], y), "%d-%02d-%02d" % (y, m, d),
                                "%d%s %s %d" % (d, ordinal(d), months_en[m - 1], y), "%02d.%02d.%d" % (d, m, y)])
        if locale == "de_DE":
            return self.choice(["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, months_de[m - 1], y), "%d.%d.%d" % (d, m, y)])
        return self.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, months_fr[m - 1], y)])

    # --- secrets
    def rand(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def secret(self, typ=None):
        r = self.r
        typ = typ or self.choice(["AWS_ACCESS_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
                                  "STRIPE_KEY", "JWT", "GENERIC_API_KEY", "AWS_SECRET_KEY"])
        b32 = string.ascii_uppercase + "234567"
        if typ == "AWS_ACCESS_KEY":
            v = self.choice(["AKIA", "AKIA", "ASIA", "ABIA", "ACCA"]) + self.rand(16, b32)
        elif typ == "AWS_SECRET_KEY":
            v = self.rand(40, string.ascii_letters + string.digits + "+/")
        elif typ == "GITHUB_TOKEN":
            v = self.choice(["ghp_", "gho_", "ghs_", "github_pat_11"]) + self.rand(36)
        elif typ == "OPENAI_API_KEY":
            v = "sk-proj-" + self.rand(48, string.ascii_letters + string.digits + "-_") + "T3BlbkFJ" + self.rand(40, string.ascii_letters + string.digits + "-_")
        elif typ == "ANTHROPIC_API_KEY":
            v = "sk-ant-api03-" + self.rand(93, string.ascii_letters + string.digits + "-_") + "AA"
        elif typ == "SLACK_TOKEN":
            k = r.random()
            if k < 0.5:
                v = self.choice(["xoxb-", "xoxp-", "xoxe-", "xapp-1-"]) + self.digits(12) + "-" + self.digits(13) + "-" + self.rand(24)
            else:
                v = "https://hooks.slack.com/services/T" + self.rand(10, string.ascii_uppercase + string.digits) + "/B" + self.rand(10, string.ascii_uppercase + string.digits) + "/" + self.rand(24)
        elif typ == "STRIPE_KEY":
            v = self.choice(["sk_live_", "rk_live_", "sk_live_", "rk_prod_"]) + self.rand(r.choice([24, 34, 99]))
        elif typ == "JWT":
            alg = self.choice(["HS256", "RS256", "ES256", "none"])
            header = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
            payload = b64url(json.dumps({"sub": self.digits(8), "iat": r.randint(1600000000, 1800000000), "role": self.choice(["user", "admin"])}, separators=(",", ":")).encode())
            sig = "" if alg == "none" else self.rand(43, string.ascii_letters + string.digits + "-_")
            v = header + "." + payload + "." + sig
        else:
            v = self.rand(self.choice([32, 40, 48]), string.ascii_letters + string.digits)
        return typ, v

    def password(self):
        return self.rand(self.r.randint(10, 20), string.ascii_letters + string.digits + "!#$%&*+-=?@^_")

    def pem(self, pgp=False):
        body = "\n".join(self.rand(64, string.ascii_letters + string.digits + "+/") for _ in range(self.r.randint(6, 12)))
        if pgp:
            return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + self.rand(4) + "\n-----END PGP PRIVATE KEY BLOCK-----"
        kind = self.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)

    # --- decoys
    def isbn13(self):
        body = self.choice(["978", "979"]) + self.digits(9)
        chk = (10 - sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(body)) % 10) % 10
        s = body + str(chk)
        return self.choice(["%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12]), s, "%s-%s-%s-%s-%s" % (s[:3], s[3:5], s[5:9], s[9:12], s[12])])

    def order_id(self):
        r = self.r
        return self.choice(["#%s" % self.digits(8), "ORD-%d-%s" % (r.randint(2019, 2026), self.digits(6)),
                            "PO %s" % self.digits(7), "%s-%s" % (self.digits(4), self.digits(5)), "SO%s" % self.digits(9),
                            "INV-%d-%s" % (r.randint(2019, 2026), self.digits(5)), "RMA %s" % self.digits(6)])

    def version(self):
        r = self.r
        return self.choice(["v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 40), r.randint(0, 99)), "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(1000, 22000), r.randint(1, 999)),
                            "%d.%d" % (r.randint(1, 20), r.randint(0, 99)), "v%d.%d.%d-rc.%d" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 20), r.randint(1, 5))])

    def tracking(self):
        return self.choice(["1Z" + self.rand(6, string.ascii_uppercase + string.digits) + self.digits(10), "9400" + self.digits(18), "JD" + self.digits(16), "LX" + self.digits(9) + "DE"])

    def product_code(self):
        return self.choice(["SKU-%s-%s" % (self.digits(2), self.digits(4)), "PN %s-%s" % (self.digits(3), self.digits(4)), "Model %s%s" % (self.rand(2, string.ascii_uppercase), self.digits(4)),
                            "REF %s.%s.%s" % (self.digits(3), self.digits(3), self.digits(3))])

    def price(self):
        r = self.r
        return self.choice(["$%s.%02d" % ("{:,}".format(r.randint(1, 9999)), r.randint(0, 99)), "£%d.%02d" % (r.randint(1, 999), r.randint(0, 99)),
                            "%d,%02d €" % (r.randint(1, 999), r.randint(0, 99)), "EUR %d.%02d" % (r.randint(1, 5000), r.randint(0, 99))])

    def meeting_date(self):
        r = self.r
        return self.choice(["%d-%02d-%02d" % (r.randint(2023, 2027), r.randint(1, 12), r.randint(1, 28)), "%s %d" % (self.choice(["March", "June", "Sept", "Nov"]), r.randint(1, 28)),
                            "%02d/%02d" % (r.randint(1, 28), r.randint(1, 12))])

    def timestamp(self):
        r = self.r
        return "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


IBAN_FORMATS = {  # country: BBAN as (class, count) runs, from the IBAN registry's structure
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "FR": [("n", 10), ("c", 11), ("n", 2)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)], "BE": [("n", 12)], "AT": [("n", 16)],
    "CH": [("n", 5), ("c", 12)], "PL": [("n", 24)], "BG": [("a", 4), ("n", 6), ("c", 8)], "LV": [("a", 4), ("c", 13)],
    "MT": [("a", 4), ("n", 5), ("c", 18)], "SI": [("n", 15)], "PT": [("n", 21)], "IE": [("a", 4), ("n", 14)],
    "SE": [("n", 20)], "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)], "LU": [("n", 3), ("c", 13)],
    "CZ": [("n", 20)], "SK": [("n", 20)], "HU": [("n", 24)], "RO": [("a", 4), ("c", 16)], "HR": [("n", 17)],
    "GR": [("n", 7), ("c", 16)], "CY": [("n", 8), ("c", 16)], "EE": [("n", 16)], "LT": [("n", 16)],
    "IS": [("n", 22)], "LI": [("n", 5), ("c", 12)], "SA": [("n", 2), ("c", 18)], "AE": [("n", 19)], "TR": [("n", 5), ("n", 1), ("c", 16)],
}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def format_card(n, style):
    if style == "none":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def b64url(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ordinal(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def ascii_fold(s):
    import unicodedata
    special = {"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i", "đ": "d"}
    s = "".join(special.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------------
# Shapes. Each takes (doc, values) and writes one document. Names in running text appear with
# and without cue words; public shapes carry look-alikes only.

# The "context" of a PERSON span: what besides the name itself marks it as a person.
#   label       a field or list label, header, signature, letter block ("Name:", "From:", "Attendees:",
#               a CSV column, the lines after "Kind regards,")
#   honorific   Dr, Mr., Mrs, Ms., Prof, Mx right before it
#   cue_before  a cue phrase before it ("Please forward this to", "according to", "I met with",
#               "My name is", "thanks", "Hi", "can you ping")
#   cue_after   a verb or possessive after it ("called about", "'s flight", "left a voicemail")
#   none        nothing: "We still owe Irene Wilson £40", "Is Amy Davis still on the project?",
#               the second name of "X and Y", "Amy Davis (Office Manager) is out"
PERSON_CONTEXTS = ("label", "honorific", "cue_before", "cue_after", "none")


def name_in_text(doc, v, p, style=None, ctx="cue_before"):
    """Writes a person's name in one of the ways people refer to each other; the span is the name."""
    style = style or v.choice(["full", "full", "full", "middle", "hon_full", "hon_surname", "hon_surname_nodot", "given_cue"])
    if style == "full":
        doc.p("PERSON", v.full(p), ctx)
    elif style == "middle":
        doc.p("PERSON", v.full(p, middle=True), ctx)
    elif style == "hon_full":
        doc.t(v.honorific(p) + " ").p("PERSON", v.full(p), "honorific")
    elif style in ("hon_surname", "hon_surname_nodot"):
        h = v.honorific(p)
        if style == "hon_surname_nodot":
            h = h.rstrip(".")
        doc.t(h + " ").p("PERSON", p["surname"], "honorific")
    elif style == "lower":
        doc.p("PERSON", v.full(p).lower(), ctx)
    elif style == "upper":
        doc.p("PERSON", v.full(p).upper(), ctx)
    elif style == "given":
        doc.p("PERSON", p["given"], ctx)
    else:
        doc.p("PERSON", v.full(p), ctx)


def s_sentences(doc, v):
    """Short notes with names in running text: no cue, verbs of communication, roles, possessives."""
    r = v.r
    n = r.randint(1, 3)
    for i in range(n):
        p = v.person()
        k = r.randint(0, 27)
        if k == 0:
            name_in_text(doc, v, p, "full", "cue_after"); doc.t(v.phrase([" called about the invoice again"], [" rang about the overdue bill", " got in touch about the refund"]) + v.choice([".", " this morning.", "; she was not happy." if p["female"] else "; he was not happy."]))
        elif k == 1:
            doc.t(v.phrase(["Please forward this to "], ["Could you pass this on to ", "Send this over to ", "Loop in "])); name_in_text(doc, v, p, v.choice(["full", "hon_full", "hon_surname"])); doc.t(v.choice([".", " before Friday.", " when you get a chance."]))
        elif k == 2:
            doc.t(v.phrase(["According to "], ["As per ", "In the words of ", "Quoting "])); name_in_text(doc, v, p, v.choice(["hon_full", "full", "hon_surname_nodot"])); doc.t(", the results are not final yet.")
        elif k == 3:
            doc.t(v.phrase(["I met with "], ["I caught up with ", "We sat down with ", "Had coffee with "])); name_in_text(doc, v, p); doc.t(" yesterday and we agreed on the scope.")
        elif k == 4:
            name_in_text(doc, v, p, "full", "cue_after"); doc.t(v.choice(["'s", "’s"]) + " flight lands at 6:40, can someone pick " + ("her" if p["female"] else "him") + " up?")
        elif k == 5:
            doc.t(v.phrase(["Can you ask "], ["Check with ", "Double-check with "])); name_in_text(doc, v, p, v.choice(["hon_surname", "hon_surname_nodot"])); doc.t(" whether the keys were returned?")
        elif k == 6:
            doc.t("We still owe "); name_in_text(doc, v, p, "full", "none"); doc.t(" " + v.price() + " for the repairs.")
        elif k == 7:
            doc.t(v.phrase(["Spoke to "], ["Talked to ", "Heard back from "]) + v.choice(ROLES) + ", "); name_in_text(doc, v, p, "full"); doc.t(", who confirmed the delivery window.")
        elif k == 8:
            doc.t(v.phrase(["My name is "], ["This is ", "I'm ", "It's "])); name_in_text(doc, v, p, v.choice(["full", "given"])); doc.t(v.choice([" and I'm writing about my order.", ". I need help with my account.", ", I booked a table for four."]))
        elif k == 9:
            doc.t(v.phrase(["Emailed ", "Wrote to ", "Texted ", "Rang "], ["Messaged ", "Pinged ", "Phoned ", "Followed up with "])); name_in_text(doc, v, p, "full"); doc.t(" with the revised quote.")
        elif k == 10:
            doc.t("The contract was signed by "); name_in_text(doc, v, p, v.choice(["full", "middle"])); doc.t(" on behalf of " + v.choice(COMPANIES)[0] + ".")
        elif k == 11:
            name_in_text(doc, v, p, "hon_full"); doc.t(" will present the findings at the " + v.choice(["Town Hall", "Sales Kick-Off", "board meeting"]) + ".")
        elif k == 12:
            doc.t("Thanks to "); name_in_text(doc, v, p, "full"); doc.t(" and "); name_in_text(doc, v, v.person(), "full", "none"); doc.t(" for covering the late shift.")
        elif k == 13:
            doc.t("What's your name? "); name_in_text(doc, v, p, "full"); doc.t(".")
        elif k == 14:
            doc.t("Contact person: "); name_in_text(doc, v, p, v.choice(["full", "hon_full"]), "label"); doc.t("\n")
        elif k == 15:
            doc.t("The parcel was left with "); name_in_text(doc, v, p, "hon_surname"); doc.t(" next door.")
        elif k == 16:
            doc.t("I've copied "); name_in_text(doc, v, p, "full"); doc.t(" from " + v.choice(["Legal", "Payroll", "the Leeds office", "Customer Success"]) + ".")
        elif k == 17:
            name_in_text(doc, v, p, "full", "none"); doc.t(" (" + v.choice(JOB_TITLES) + ") is out until the 14th.")
        elif k == 18:
            doc.t("Is "); name_in_text(doc, v, p, "full", "none"); doc.t(" still on the project?")
        elif k == 19:
            doc.t("Handover from "); name_in_text(doc, v, p, "full"); doc.t(" to "); name_in_text(doc, v, v.person(), "hon_surname"); doc.t(" is planned for next week.")
        elif k == 20:
            doc.t("A reminder from "); name_in_text(doc, v, p, "given"); doc.t(": the " + v.choice(NON_NAME_PHRASES) + " deadline moved.")
        elif k == 22:
            name_in_text(doc, v, p, "full", "none"); doc.t(" and "); name_in_text(doc, v, v.person(), "full", "none")
            doc.t(v.phrase([" will lead the workshop."], [" are running the offsite.", " take over the Leeds account."]))
        elif k == 23:
            name_in_text(doc, v, p, v.choice(["full", "middle"]), "cue_after")
            doc.t(v.phrase([" signed off the budget yesterday.", " approved the change."], [" has signed the lease.", " confirmed the booking."]))
        elif k == 24:
            doc.t(v.phrase(["The report from "], ["The figures from ", "A note from "])); name_in_text(doc, v, p, "full"); doc.t(" is late again.")
        elif k == 25:
            doc.t(v.phrase(["Congratulations to "], ["Well done, ", "Welcome aboard, "])); name_in_text(doc, v, p, "full"); doc.t("!")
        elif k == 26:
            doc.t("Lunch with "); name_in_text(doc, v, p, "full", "none"); doc.t(v.phrase([" at noon, table for two."], [" moved to 1pm."]))
        elif k == 27:
            doc.t(v.choice(["Seat 14C: ", "Room 4.12 — ", "Desk 7: "])); name_in_text(doc, v, p, "full", "none"); doc.t(".")
        else:
            doc.t("Ring "); name_in_text(doc, v, p, "full"); doc.t(" on "); doc.p("PHONE_NUMBER", v.phone(doc.locale)); doc.t(v.choice([".", " after 5pm.", " if the gate is locked."]))
        doc.t(" " if i < n - 1 else "")
    if r.random() < 0.3:
        doc.t(" Order ").d("order_id", v.order_id()).t(" is unaffected.")


def signature(doc, v, p, company, locale):
    r = v.r
    doc.t(v.choice(["Best regards,\n", "Kind regards,\n", "Thanks,\n", "Cheers,\n", "Best,\n", "Many thanks,\n", "--\n"]))
    doc.p("PERSON", v.full(p, middle=r.random() < 0.15))
    doc.t("\n" + v.choice(JOB_TITLES) + (" | " if r.random() < 0.5 else "\n") + company[0] + "\n")
    for label in r.sample(["Desk", "Cell", "Mobile", "Tel", "Direct", "Office", "M", "T"], r.randint(1, 2)):
        sep = v.choice([": ", " ", ". ", " | "])
        doc.t(label + sep)
        if r.random() < 0.25 and locale == "en_US":
            doc.p("PHONE_NUMBER", v.us_phone("{a}{e}{n}"))  # a bare 10-digit number after its label
        else:
            doc.p("PHONE_NUMBER", v.phone(locale))
        doc.t("\n")
    if r.random() < 0.5:
        doc.p("EMAIL_ADDRESS", v.email_for(p, company)).t("\n")
    if r.random() < 0.45:
        a = v.address(locale)
        if r.random() < 0.5:
            doc.p("STREET_ADDRESS", v.address_one_line(a, locale)).t("\n")
        else:
            doc.p("STREET_ADDRESS", "\n".join(v.address_lines(a, locale))).t("\n")


def s_email(doc, v):
    r = v.r
    loc = doc.locale
    sender, rcpt = v.person(), v.person()
    company = v.choice(COMPANIES)
    doc.t("From: ")
    if r.random() < 0.6:
        doc.p("PERSON", v.full(sender)).t(" <").p("EMAIL_ADDRESS", v.email_for(sender, company)).t(">\n")
    else:
        doc.p("EMAIL_ADDRESS", v.email_for(sender, company)).t("\n")
    doc.t("To: ").p("EMAIL_ADDRESS", v.email_for(rcpt)).t("\n")
    doc.t("Subject: " + v.choice(["Re: your booking", "Invoice query", "Follow-up from Tuesday", "Change of address",
                                   "Fwd: contract draft", "Quick question", "Access request", "Moving date"]) + "\n\n")
    doc.t(v.choice(["Hi ", "Dear ", "Hello ", "Morning "]))
    name_in_text(doc, v, rcpt, v.choice(["given", "hon_surname", "full"]))
    doc.t(",\n\n")
    k = r.randint(0, 6)
    if k == 0:
        doc.t("Following our call, I've updated your record. Your new address is ")
        doc.p("STREET_ADDRESS", v.address_one_line(v.address(loc), loc))
        doc.t(v.choice([". Let me know if anything is wrong.", "? Please confirm.", "! Welcome to the neighbourhood.", " (as of March)."]))
    elif k == 1:
        doc.t("Could you send the signed form back to:\n\n")
        doc.p("PERSON", v.full(sender)).t("\n").p("STREET_ADDRESS", "\n".join(v.address_lines(v.address(loc), loc))).t("\n\nThanks in advance.")
    elif k == 2:
        doc.t("The refund will go to the account ending in " + v.digits(4) + ". If that's not right, reply with the full IBAN, e.g. in the form ")
        doc.p("IBAN_CODE", v.iban(v.choice(["DE", "GB", "FR", "NL", "BG", "LV", "MT", "SI", "IE", "ES"])))
        doc.t(".")
    elif k == 3:
        other = v.person()
        doc.t("I'm off next week; ")
        name_in_text(doc, v, other, v.choice(["full", "hon_full"]), "none")
        doc.t(" will cover. You can reach " + ("her" if other["female"] else "him") + " on ")
        doc.p("PHONE_NUMBER", v.phone(loc))
        doc.t(" or at ").p("EMAIL_ADDRESS", v.email_for(other, company)).t(".")
    elif k == 4:
        doc.t("As discussed, the " + v.choice(NON_NAME_PHRASES[:20]) + " review is on ")
        doc.d("date", v.meeting_date()).t(". Ticket ").d("order_id", v.order_id()).t(" has the details, version ").d("version", v.version()).t(".")
    elif k == 5:
        doc.t("We couldn't verify the card you used (")
        doc.p("CREDIT_CARD", v.card())
        doc.t("). Please call us on ").p("PHONE_NUMBER", v.phone(loc)).t(" to complete the payment.")
    else:
        doc.t("The visitor pass is booked for ")
        name_in_text(doc, v, v.person(), "full", "none")
        doc.t(" (date of birth ").p("DATE_OF_BIRTH", v.dob(loc)).t(v.choice([").", "), arriving at 9.", ")."]))
    doc.t("\n\n")
    signature(doc, v, sender, company, loc)


def s_chat(doc, v):
    r = v.r
    loc = doc.locale
    handles = ["mo", "jess.k", "dev-ops", "priya_r", "tk", "sam", "ops-bot", "lena", "b.h", "kwame"]
    for i in range(r.randint(3, 8)):
        h = v.choice(handles)
        doc.t("[%02d:%02d] %s: " % (r.randint(7, 23), r.randint(0, 59), h))
        k = r.randint(0, 14)
        p = v.person()
        if k == 0:
            doc.t("can you ping "); name_in_text(doc, v, p, v.choice(["lower", "full", "lower"])); doc.t(" about the badge")
        elif k == 1:
            doc.t("new address is "); doc.p("STREET_ADDRESS", v.address_one_line(v.address(loc), loc)); doc.t(v.choice(["", " fyi", "!", "?"]))
        elif k == 2:
            doc.t("his mobile: " if not p["female"] else "her mobile: "); doc.p("PHONE_NUMBER", v.phone(loc))
        elif k == 3:
            doc.t("deployed ").d("version", v.version()).t(" to staging")
        elif k == 4:
            doc.t("lunch?")
        elif k == 5:
            doc.t("thanks "); name_in_text(doc, v, p, "given"); doc.t(v.choice(["!", " 🙏", ""]))
        elif k == 6:
            doc.t("customer is "); name_in_text(doc, v, p, v.choice(["full", "lower"])); doc.t(", dob "); doc.p("DATE_OF_BIRTH", v.dob(loc))
        elif k == 7:
            doc.t("card on file "); doc.p("CREDIT_CARD", v.card()); doc.t(" keeps bouncing")
        elif k == 8:
            doc.t("the " + v.choice(NON_NAME_PHRASES) + " thing is sorted")
        elif k == 9:
            doc.t("who is "); name_in_text(doc, v, p, "lower"); doc.t("?")
        elif k == 10:
            doc.t("login from "); doc.p("IP_ADDRESS", v.ipv4()); doc.t(" again, blocked it")
        elif k == 11:
            doc.t("pls use "); doc.p("EMAIL_ADDRESS", v.email_for(p)); doc.t(" not the old one")
        elif k == 12:
            if loc == "en_GB":
                doc.t("nhs no for the referral is "); doc.p("UK_NHS", v.nhs())
            else:
                doc.t("ok")
        elif k == 13:
            doc.t("spoke w/ "); name_in_text(doc, v, p, v.choice(["hon_surname_nodot", "full"])); doc.t(", all good")
        else:
            doc.t("tracking ").d("tracking_number", v.tracking()).t(" shows delivered")
        doc.t("\n")


def s_ticket(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    doc.t("Ticket " + v.choice(["#", "INC-", "SR-"]) + v.digits(6) + "\nPriority: " + v.choice(["P2", "P3", "Low", "High"]) + "\n")
    doc.t(v.choice(["Requester: ", "Reported by: ", "Customer: ", "Name: "])); doc.p("PERSON", v.full(p)).t("\n")
    if r.random() < 0.7:
        doc.t(v.choice(["Email: ", "E-mail: ", "Contact: "])).p("EMAIL_ADDRESS", v.email_for(p)).t("\n")
    if r.random() < 0.7:
        doc.t(v.choice(["Phone: ", "Callback: ", "Tel: ", "Best number: "])).p("PHONE_NUMBER", v.phone(loc)).t("\n")
    doc.t("Product: " + v.choice(["Apple Pencil", "Router X3", "Ford Transit lease", "Microsoft Teams licence", "Summer Sale voucher"]) + " ").d("product_code", v.product_code()).t("\n")
    doc.t("Description:\n")
    k = r.randint(0, 4)
    if k == 0:
        doc.t("Customer says the engineer never turned up at "); doc.p("STREET_ADDRESS", v.address_one_line(v.address(loc), loc)); doc.t(". Second time this month.")
    elif k == 1:
        doc.t("Wants the invoice re-issued to their accountant, "); name_in_text(doc, v, v.person(), v.choice(["full", "hon_full"])); doc.t(".")
    elif k == 2:
        doc.t("Refund to card "); doc.p("CREDIT_CARD", v.card()); doc.t(" failed, bank said invalid. Order ").d("order_id", v.order_id()).t(".")
    elif k == 3:
        doc.t("Can't log in since the update to ").d("version", v.version()).t(". Last seen from ").p("IP_ADDRESS", v.ipv4()).t(".")
    else:
        doc.t("Asked us to delete all data held about " + ("her" if p["female"] else "him") + " under GDPR.")
    doc.t("\nAssigned to: "); doc.p("PERSON", v.full(v.person())); doc.t("\n")


def s_crm(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    doc.t(v.choice(["Note", "Activity", "Call log"]) + " — " + v.meeting_date() + "\n")
    k = r.randint(0, 5)
    if k == 0:
        doc.t("Called "); name_in_text(doc, v, p, "full"); doc.t(" re renewal. " + ("She" if p["female"] else "He") + " asked us to move billing to ")
        a = v.address(loc)
        doc.p("STREET_ADDRESS", v.address_one_line(a, loc)); doc.t(v.choice([". Done.", "; updated in the system.", ". Follow up in Q3."]))
    elif k == 1:
        name_in_text(doc, v, p, "full", "cue_after"); doc.t(" left a voicemail, wants a callback on "); doc.p("PHONE_NUMBER", v.phone(loc)); doc.t(". Mentioned the " + v.choice(NON_NAME_PHRASES) + ".")
    elif k == 2:
        doc.t("Met "); name_in_text(doc, v, p, v.choice(["hon_full", "full"])); doc.t(" and "); name_in_text(doc, v, v.person(), "full", "none")
        doc.t(" at the " + v.choice(["Lincoln Center", "trade fair", "Leeds office", "Town Hall"]) + ". Budget approved, PO ").d("order_id", v.order_id()).t(" to follow.")
    elif k == 3:
        doc.t("Lead came in via web form from "); doc.p("EMAIL_ADDRESS", v.email_any()); doc.t(", no name given. IP "); doc.p("IP_ADDRESS", v.ipv4()); doc.t(".")
    elif k == 4:
        name_in_text(doc, v, p, v.choice(["hon_surname", "hon_surname_nodot"])); doc.t(" is the decision maker; "); name_in_text(doc, v, v.person(), "full", "none"); doc.t(" only signs off.")
    else:
        doc.t("Spoke with "); name_in_text(doc, v, p, "full"); doc.t(" (" + v.choice(JOB_TITLES) + "). Direct line "); doc.p("PHONE_NUMBER", v.phone(loc)); doc.t(".")
    doc.t("\n")


def s_meeting(doc, v):
    r = v.r
    ppl = [v.person() for _ in range(r.randint(2, 5))]
    doc.t(v.choice(["Meeting notes", "Minutes", "Weekly sync", "Project Falcon stand-up"]) + " (" + v.meeting_date() + ")\n")
    doc.t(v.choice(["Attendees: ", "Present: ", "Participants: "]))
    for i, p in enumerate(ppl):
        if i:
            doc.t(", ")
        name_in_text(doc, v, p, v.choice(["full", "full", "hon_surname", "hon_full", "middle"]), "label")
    doc.t("\nApologies: "); name_in_text(doc, v, v.person(), "full", "label"); doc.t("\n\n")
    doc.t("1. Budget — " + v.choice(["on track", "over by 4%", "awaiting Finance Desk sign-off"]) + ".\n")
    doc.t("2. "); name_in_text(doc, v, ppl[0], v.choice(["given", "full"]), "none"); doc.t(" to share the " + v.choice(["White Paper", "Grant Application", "vendor shortlist"]) + " by Friday.\n")
    doc.t("3. Release ").d("version", v.version()).t(" slips to " + v.meeting_date() + ".\n")
    doc.t("Action: "); name_in_text(doc, v, ppl[-1], "full", "label"); doc.t(" — book the room for the Town Hall.\n")


def s_csv(doc, v):
    r = v.r
    loc = doc.locale
    cols = v.choice([["id", "full_name", "email", "phone", "city"], ["customer_id", "first_name", "last_name", "email", "dob"],
                     ["name", "street", "city", "postcode", "phone"], ["emp_no", "surname", "given_name", "ssn", "start_date"],
                     ["order_id", "sku", "qty", "price", "contact_email"]])
    doc.t(",".join(cols) + "\n")
    for i in range(r.randint(3, 8)):
        p = v.person()
        a = v.address(loc)
        for j, c in enumerate(cols):
            if j:
                doc.t(",")
            if c in ("id", "customer_id", "emp_no"):
                doc.t(v.digits(6))
            elif c == "full_name" or c == "name":
                if r.random() < 0.15:
                    doc.t('"').p("PERSON", p["surname"] + ", " + p["given"]).t('"')
                else:
                    doc.p("PERSON", v.full(p))
            elif c == "first_name" or c == "given_name":
                doc.p("PERSON", p["given"])
            elif c == "last_name" or c == "surname":
                doc.p("PERSON", p["surname"])
            elif c in ("email", "contact_email"):
                doc.p("EMAIL_ADDRESS", v.email_for(p))
            elif c == "phone":
                doc.p("PHONE_NUMBER", v.phone(loc).replace(",", ""))
            elif c == "city":
                doc.t(a["town"].replace(",", ""))
            elif c == "dob":
                doc.p("DATE_OF_BIRTH", v.dob(loc).replace(",", ""))
            elif c == "street":
                doc.p("STREET_ADDRESS", a["street"].replace(",", ""))
            elif c == "postcode":
                doc.t(a["post"])
            elif c == "ssn":
                doc.p("US_SSN", v.ssn("{a}-{g}-{s}"))
            elif c == "start_date":
                doc.d("date", v.meeting_date())
            elif c == "order_id":
                doc.d("order_id", v.order_id().replace(",", ""))
            elif c == "sku":
                doc.d("product_code", v.product_code())
            elif c == "qty":
                doc.t(str(r.randint(1, 40)))
            elif c == "price":
                doc.t("%d.%02d" % (r.randint(1, 999), r.randint(0, 99)))
        doc.t("\n")


def s_form(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    a = v.address(loc)
    labels = {"en_US": ("Full name", "Date of birth", "Home address", "Phone", "SSN"),
              "en_GB": ("Name", "DOB", "Address", "Telephone", "NHS number"),
              "de_DE": ("Name", "Geburtsdatum", "Anschrift", "Telefon", None),
              "fr_FR": ("Nom", "Date de naissance", "Adresse", "Téléphone", None)}[loc]
    doc.t(v.choice(["REGISTRATION FORM\n", "New patient form\n", "Tenant application\n", "Membership\n", "Antrag\n" if loc == "de_DE" else "Form A-12\n"]))
    doc.t(labels[0] + ": ")
    if r.random() < 0.2:
        doc.p("PERSON", v.full(p).upper())
    else:
        doc.p("PERSON", v.full(p, middle=r.random() < 0.2))
    doc.t("\n" + labels[1] + ": ").p("DATE_OF_BIRTH", v.dob(loc)).t("\n")
    doc.t(labels[2] + ":" + ("\n" if r.random() < 0.5 else " "))
    lines = v.address_lines(a, loc)
    if r.random() < 0.5:
        doc.p("STREET_ADDRESS", "\n".join(lines))
    else:
        doc.p("STREET_ADDRESS", v.address_one_line(a, loc))
    doc.t("\n" + labels[3] + ": ").p("PHONE_NUMBER", v.phone(loc)).t("\n")
    if labels[4] == "SSN" and r.random() < 0.8:
        doc.t("SSN: ").p("US_SSN", v.ssn()).t("\n")
    elif labels[4] and r.random() < 0.8:
        doc.t("NHS number: ").p("UK_NHS", v.nhs()).t("\n")
    if r.random() < 0.4:
        doc.t("Emergency contact: "); name_in_text(doc, v, v.person(), "full", "label"); doc.t(", "); doc.p("PHONE_NUMBER", v.phone(loc)); doc.t("\n")
    if r.random() < 0.3:
        doc.t("IBAN: ").p("IBAN_CODE", v.iban({"en_US": "GB", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR"}[loc] if r.random() < 0.5 else None)).t("\n")
    doc.t("Form version: ").d("version", v.version()).t("\n")


def s_label(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    a = v.address(loc)
    upper = r.random() < 0.5
    doc.t(v.choice(["SHIP TO:\n", "Deliver to:\n", "TO:\n", "Empfänger:\n" if loc == "de_DE" else "Destinataire :\n" if loc == "fr_FR" else "RECIPIENT\n"]))
    name = v.full(p)
    hon = r.random() < 0.3
    if hon:
        doc.t((v.honorific(p).rstrip(".").upper() if upper else v.honorific(p)) + " ")
    doc.p("PERSON", name.upper() if upper else name, "honorific" if hon else "label")
    if r.random() < 0.3 and a.get("unit"):
        doc.t(" ")  # the unit on the name line: "Regina Hutchinson Suite 210"
        doc.p("STREET_ADDRESS", "\n".join([a["unit"].upper() if upper else a["unit"]] + v.address_lines(dict(a, unit=None), loc, upper)))
    else:
        doc.t("\n").p("STREET_ADDRESS", "\n".join(v.address_lines(a, loc, upper)))
    doc.t("\n" + {"en_US": "USA", "en_GB": "UNITED KINGDOM", "de_DE": "DEUTSCHLAND", "fr_FR": "FRANCE"}[loc] * (r.random() < 0.3) + "\n")
    doc.t("Tracking: ").d("tracking_number", v.tracking()).t("\nWeight: %.1f kg\n" % (r.random() * 20))


def s_letter(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    a = v.address(loc)
    doc.p("PERSON", v.full(p)).t("\n").p("STREET_ADDRESS", "\n".join(v.address_lines(a, loc))).t("\n\n")
    if loc == "de_DE":
        doc.t("Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Bankverbindung auf IBAN ").p("IBAN_CODE", v.iban("DE"))
        doc.t(". Telefonisch erreichen Sie mich unter ").p("PHONE_NUMBER", v.de_phone()).t(".\n\nMit freundlichen Grüßen\n").p("PERSON", v.full(p)).t("\n")
    elif loc == "fr_FR":
        doc.t("Madame, Monsieur,\n\nJe vous informe de mon déménagement. Ma nouvelle adresse : ")
        doc.p("STREET_ADDRESS", v.address_one_line(v.address(loc), loc)).t(". Je suis joignable au ").p("PHONE_NUMBER", v.fr_phone())
        doc.t(".\n\nCordialement,\n").p("PERSON", v.full(p)).t("\n")
    elif loc == "en_GB":
        doc.t("Dear Dr ").p("PERSON", v.choice(v.surnames), "honorific").t(",\n\nI am writing about my appointment. My NHS number is ").p("UK_NHS", v.nhs())
        doc.t(" and my date of birth is ").p("DATE_OF_BIRTH", v.dob(loc)).t(". Please use my mobile, ").p("PHONE_NUMBER", v.uk_phone()).t(v.choice([".", "!"]))
        doc.t("\n\nYours sincerely,\n").p("PERSON", v.full(p)).t("\n")
    else:
        doc.t("To whom it may concern,\n\nI authorise my neighbour, ")
        name_in_text(doc, v, v.person(), "full")
        doc.t(", to collect my prescription. My SSN is ").p("US_SSN", v.ssn()).t(" and I was born on ").p("DATE_OF_BIRTH", v.dob(loc)).t(".\n\nSincerely,\n").p("PERSON", v.full(p)).t("\n")


def s_address_talk(doc, v):
    """Addresses in running text, with the boundaries people give them."""
    r = v.r
    loc = doc.locale
    a = v.address(loc)
    k = r.randint(0, 6)
    if k == 0:
        doc.t("Is it still "); doc.p("STREET_ADDRESS", v.address_one_line(a, loc)); doc.t("? The courier says nobody answered.")
    elif k == 1:
        doc.t("We moved! New place: "); doc.p("STREET_ADDRESS", v.address_one_line(a, loc)); doc.t("! Come by any time.")
    elif k == 2:
        doc.t("Send it to the office ("); doc.p("STREET_ADDRESS", v.address_one_line(a, loc)); doc.t(") rather than home.")
    elif k == 3:
        doc.t("The viewing is at "); doc.p("STREET_ADDRESS", a["street"]); doc.t(" on Saturday. Bring ID.")
    elif k == 4:
        doc.t("Address: "); doc.p("STREET_ADDRESS", v.address_one_line(a, loc)); doc.t(". Gate code 4471.")
    elif k == 5:
        doc.t("Key safe is round the back of "); doc.p("STREET_ADDRESS", a["street"]); doc.t(", code is the last four of your booking ref.")
    else:
        doc.t("Parcel for "); name_in_text(doc, v, v.person(), "full"); doc.t(" at "); doc.p("STREET_ADDRESS", v.address_one_line(a, loc)); doc.t(". Leave with a neighbour.")


def s_payment(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    k = r.randint(0, 4)
    if k == 0:
        doc.t("Please pay the deposit into "); doc.p("IBAN_CODE", v.iban()); doc.t(", account holder "); doc.p("PERSON", v.full(p), "cue_before"); doc.t(", reference ").d("order_id", v.order_id()).t(".")
    elif k == 1:
        doc.t("my card is "); doc.p("CREDIT_CARD", v.card()); doc.t(" exp " + "%02d/%d" % (r.randint(1, 12), r.randint(26, 31)) + ", can you put the booking on that")
    elif k == 2:
        doc.t("Payment declined for card ").d("luhn_fail_16", v.card_bad()).t("; the number doesn't validate, please re-enter it.")
    elif k == 3:
        doc.t("The IBAN you gave, ").d("iban_bad_checksum", v.iban(bad=True)).t(", fails the checksum. Could you check it?")
    else:
        doc.t("Salary account for "); name_in_text(doc, v, p, "full"); doc.t(": "); doc.p("IBAN_CODE", v.iban(v.choice(["BG", "LV", "MT", "SI", "HR", "RO", "GR", "CY", "EE", "LT", "SA", "AE"]))); doc.t(". SSN on file ").p("US_SSN", v.ssn()).t(".")


def s_secret_config(doc, v):
    r = v.r
    doc.t("# " + v.choice(["billing service", "ingest worker", "staging", ".env.production"]) + "\n")
    doc.t("APP_ENV=production\nPORT=%d\n" % r.randint(3000, 9000))
    for _ in range(r.randint(1, 3)):
        typ, val = v.secret()
        name = {"AWS_ACCESS_KEY": "AWS_ACCESS_KEY_ID", "AWS_SECRET_KEY": "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN": "GH_TOKEN",
                "OPENAI_API_KEY": "OPENAI_API_KEY", "ANTHROPIC_API_KEY": "ANTHROPIC_API_KEY", "SLACK_TOKEN": "SLACK_WEBHOOK" if val.startswith("https") else "SLACK_BOT_TOKEN",
                "STRIPE_KEY": "STRIPE_SECRET", "JWT": "SESSION_TOKEN", "GENERIC_API_KEY": v.choice(["api_token", "credentials", "creds", "MAPS_KEY", "private-key"])}[typ]
        doc.t(name + v.choice(["=", " = ", ": "])).p(typ, val).t("\n")
    if r.random() < 0.5:
        doc.t("DB_PASSWORD=").p("PASSWORD", v.password()).t("\n")
    if r.random() < 0.5:
        doc.t("PLACEHOLDER_KEY=").d("placeholder_key", v.choice(["AKIAXXXXXXXXXXXXXXXX", "sk_live_xxxxxxxxxxxxxxxx", "<YOUR_TOKEN_HERE>", "changeme", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"])).t("\n")
    if r.random() < 0.4:
        doc.t('LLM_SECRET_NAME = "').d("identifier", "NEXUS-GPT4-API-KEY").t('"\nsecret_length = ').d("identifier", "X25519.secret_length").t("\n")
    doc.t("BUILD_SHA=").d("git_sha", v.rand(40, "0123456789abcdef")).t("\n")


def s_secret_chat(doc, v):
    r = v.r
    doc.t("[%02d:%02d] %s: " % (r.randint(8, 22), r.randint(0, 59), v.choice(["tk", "mo", "lena"])))
    k = r.randint(0, 3)
    if k == 0:
        typ, val = v.secret()
        doc.t("here's the key for the demo, don't share: ").p(typ, val).t("\n")
    elif k == 1:
        doc.t("prod key below\n").p("PRIVATE_KEY", v.pem(pgp=r.random() < 0.3)).t("\n")
    elif k == 2:
        doc.t("login is admin / ").p("PASSWORD", v.password()).t(" for the router at ").p("IP_ADDRESS", v.ipv4()).t("\n")
    else:
        typ, val = v.secret("JWT")
        doc.t("curl -H 'Authorization: Bearer ").p(typ, val).t("' https://api.internal/v2/me\n")


def s_log(doc, v):
    r = v.r
    for _ in range(r.randint(3, 7)):
        doc.d("timestamp", v.timestamp()).t(" ")
        k = r.randint(0, 4)
        if k == 0:
            doc.t("INFO login ok user=").p("EMAIL_ADDRESS", v.email_any()).t(" ip=").p("IP_ADDRESS", v.ipv4() if r.random() < 0.8 else v.ipv6()).t("\n")
        elif k == 1:
            doc.t("WARN retry build=").d("version", v.version()).t(" attempt=%d\n" % r.randint(1, 5))
        elif k == 2:
            doc.t("INFO GET /api/orders/").d("order_id", v.digits(8)).t(" 200 %dms\n" % r.randint(3, 900))
        elif k == 3:
            doc.p("IP_ADDRESS", v.ipv4()).t(' - - "POST /login HTTP/1.1" 401 %d\n' % r.randint(100, 999))
        else:
            doc.t("DEBUG cache hit ratio=0.%02d node=::1\n" % r.randint(10, 99))


# Public sentences with capitalised look-alikes; the slot says which kind of phrase reads naturally there:
# {O} a team, department or company, {E} an event or offer, {X} a product, {L} a place, {M} a publication.
PUBLIC_SENTENCES = [
    "The {O} team will host a webinar on Thursday.", "Please forward this to {O} before the end of the month.",
    "I met with {O} to discuss the roadmap.", "{O} called about the invoice, but it was the wrong account.",
    "According to the {M}, rents rose again this quarter.", "The {M} ran a piece on four-day weeks.",
    "Our {E} offer ends on Sunday.", "Tickets for the {E} go on sale in May.", "Will the office be closed for the {E}?",
    "May we suggest {L} for your next visit?", "We watched the match near {L}.", "Traffic around {L} was slow again.",
    "Mark the {X} order as complete once reviewed.", "The {X} arrived without a charger.", "Grant access to {X} for the new starters.",
    "Hope the {E} went well!", "Price includes the {X} and a carry case.", "Rose from 4% to 6% after the {E}.",
]
PHRASES = {
    "O": ["Customer Success", "Accounts Payable", "Human Resources", "the Finance Desk", "the Service Desk", "Quality Assurance",
          "Product Marketing", "Royal Mail", "Deutsche Bahn", "La Poste", "Austin Energy", "the Young Professionals Network",
          "Hope Street Bakery", "Penny Lane Records", "the Grant Office", "the Green Party", "Legal Ops"],
    "E": ["Summer Sale", "Black Friday", "Cyber Monday", "Easter Monday", "Boxing Day", "Bank Holiday", "Town Hall",
          "Sales Kick-Off", "Grant Application round", "Open House", "Spring Fair", "Premier League final"],
    "X": ["Apple Pencil", "Microsoft Teams", "Google Sheets", "Amazon Prime", "Tesla Model Y", "Ford Transit",
          "Jira Service Management", "Visual Studio Code", "Red Hat Enterprise Linux", "Earl Grey Supreme", "Victoria Sponge kit"],
    "L": ["Long Beach", "Baker Street station", "the Victoria Line", "the Jordan Valley", "Jackson Hole", "the Lincoln Center",
          "the Golden Gate Bridge", "Georgia Tech", "Grant Park", "Summer Hill", "Rose Bay", "Hope Valley"],
    "M": ["New York Times", "Harvard Business Review", "Financial Times", "White Paper", "Daily Herald", "Boston Globe"],
}


def s_public(doc, v):
    """Public text: prose, release notes, catalogue lines, order updates without people in them."""
    r = v.r
    doc.kind = v.choice(["public_prose", "public_notes", "public_catalogue", "public_order"])
    for i in range(r.randint(2, 5)):
        k = r.randint(0, 10)
        if k <= 3:
            s = v.choice(PUBLIC_SENTENCES)
            slot = s[s.index("{") + 1]
            a, b = s.split("{" + slot + "}")
            phrase = v.choice(PHRASES[slot])
            if phrase.startswith("the ") and a.lower().endswith("the "):
                phrase = phrase[4:]
            if phrase.startswith("the "):
                a, phrase = a + "the ", phrase[4:]
            doc.t(a[:1].upper() + a[1:] if not a else a).d("capitalised_phrase", phrase).t(b)
        elif k == 4:
            doc.t("ISBN ").d("isbn", v.isbn13()).t(", paperback, " + str(r.randint(120, 900)) + " pages.")
        elif k == 5:
            doc.t("Order ").d("order_id", v.order_id()).t(" has shipped; tracking ").d("tracking_number", v.tracking()).t(".")
        elif k == 6:
            doc.t("Release ").d("version", v.version()).t(" fixes the memory leak in the parser (build ").d("version", v.version()).t(").")
        elif k == 7:
            doc.t("Part ").d("product_code", v.product_code()).t(" costs ").d("price", v.price()).t(" incl. VAT.")
        elif k == 8:
            doc.t("The meeting moved to ").d("date", v.meeting_date()).t(" at 14:00 in Room 4.12.")
        elif k == 9:
            doc.t("Support line hours: 8-18, ticket ref ").d("order_id", v.digits(3) + "-" + v.digits(3) + "-" + v.digits(3)).t(".")
        else:
            doc.t("Test numbers such as ").d("ssn_invalid", v.ssn_invalid()).t(" are never issued.")
        doc.t(" " if i < 4 else "")


def s_public_chat(doc, v):
    r = v.r
    doc.kind = "public_chat"
    lines = ["standup in 5", "build is green again", "who broke main?", "reverted, sorry", "lunch at the usual place?",
             "the Summer Sale banner is live", "can someone review my PR", "Jira is down for everyone?", "ok",
             "the Customer Success deck is in the drive", "thanks all"]
    # Sentence-initial words that are also names: look-alikes for a scanner that trusts the table alone.
    openers = [("Will", " do"), ("May", " need another day on this"), ("Mark", " it as won't fix"),
               ("Grant", " me edit rights on the sheet pls"), ("Rose", " to 98% coverage overnight"), ("Hope", " that helps"),
               ("Bill", " the client for the extra hours"), ("Chase", " the vendor about the quote"), ("Frank", " feedback welcome")]
    for _ in range(r.randint(3, 7)):
        doc.t("[%02d:%02d] %s: " % (r.randint(8, 19), r.randint(0, 59), v.choice(["mo", "tk", "lena", "dev-ops", "b.h"])))
        k = r.random()
        if k < 0.15:
            doc.t("bumped to ").d("version", v.version())
        elif k < 0.25:
            doc.t("ticket ").d("order_id", v.order_id()).t(" closed")
        elif k < 0.32:
            doc.t("use ").d("placeholder_key", v.choice(["AKIAXXXXXXXXXXXXXXXX", "YOUR_API_KEY", "sk-...", "<token>"])).t(" in the docs, never a real key")
        elif k < 0.55:
            w, rest = v.choice(openers)
            doc.d("name_like_word", w).t(rest)
        else:
            doc.t(v.choice(lines))
        doc.t("\n")


def s_public_code(doc, v):
    r = v.r
    doc.kind = "code_snippet"
    doc.t("def retry(fn, attempts=%d, backoff=%.1f):\n" % (r.randint(2, 6), r.random() * 3))
    doc.t("    # see ").d("order_id", "JIRA-" + v.digits(4)).t(" and release ").d("version", v.version()).t("\n")
    doc.t("    for i in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n")
    doc.t("            time.sleep(backoff * 2 ** i)\n")
    doc.t("TEST_CARD = \"").d("luhn_fail_16", v.card_bad().replace(" ", "")).t("\"  # fails Luhn on purpose\n")
    doc.t("API_KEY = ").d("identifier", "os.environ[\"API_KEY\"]").t("  # e.g. ").d("placeholder_key", v.choice(["AKIAXXXXXXXXXXXXXXXX", "sk_live_xxxxxxxxxxxx", "changeme"])).t("\n")
    doc.t("UUID = \"").d("uuid", "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))).t("\"\n")


SHAPES_COMMON = [("pii_sentence", s_sentences, 14), ("email_message", s_email, 11), ("chat_pii", s_chat, 8),
                 ("support_ticket", s_ticket, 6), ("form", s_form, 7), ("postal_label", s_label, 5), ("letter", s_letter, 6),
                 ("address_talk", s_address_talk, 7), ("payment", s_payment, 5), ("config_env", s_secret_config, 4),
                 ("chat_secret", s_secret_chat, 3), ("access_log", s_log, 3), ("public", s_public, 13),
                 ("public_chat", s_public_chat, 3), ("code_snippet", s_public_code, 2)]
SHAPES_DEV_ONLY = [("crm_note", s_crm, 6), ("meeting_notes", s_meeting, 5), ("csv_rows", s_csv, 5)]


# Holdout-only shapes: written differently from anything in dev.

def s_voicemail(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    doc.t("Voicemail transcript (" + str(r.randint(12, 90)) + "s): \"Hi, it's ")
    name_in_text(doc, v, p, v.choice(["full", "given", "lower"]))
    doc.t(" calling from " + v.choice(COMPANIES)[0] + ". ")
    doc.t(v.choice(["Could you call me back on ", "My number is ", "Reach me at "])).p("PHONE_NUMBER", v.phone(loc))
    doc.t(v.choice([". Thanks, bye.\"", ", that's my cell. Bye.\"", " any time after four.\""]))


def s_credits(doc, v):
    doc.t(v.choice(["Directed By: ", "Written by: ", "Produced by: ", "Photography: "]))
    doc.p("PERSON", v.full(v.person())).t("\n")
    doc.t(v.choice(["Edited by: ", "Music: ", "Cast: "]))
    doc.p("PERSON", v.full(v.person())).t(", ").p("PERSON", v.full(v.person())).t("\n")
    doc.t("Running time: 94 min. Distributed with the ").d("capitalised_phrase", v.choice(NON_NAME_PHRASES)).t(" programme.\n")


def s_invoice(doc, v):
    r = v.r
    loc = doc.locale
    p = v.person()
    company = v.choice(COMPANIES)
    doc.t(company[0] + "\nINVOICE ").d("order_id", "INV-%d-%s" % (r.randint(2020, 2026), v.digits(5))).t("\n\nBill to:\n")
    doc.p("PERSON", v.full(p)).t("\n").p("STREET_ADDRESS", "\n".join(v.address_lines(v.address(loc), loc))).t("\n\n")
    for _ in range(r.randint(1, 3)):
        doc.d("product_code", v.product_code()).t("  x%d  " % r.randint(1, 9)).d("price", v.price()).t("\n")
    doc.t("\nPay to IBAN ").p("IBAN_CODE", v.iban()).t(" within 30 days.\nQueries: ").p("PHONE_NUMBER", v.phone(loc)).t("\n")


def s_reference(doc, v):
    r = v.r
    p = v.person()
    doc.t("To whom it may concern,\n\nI have known ")
    name_in_text(doc, v, p, "full")
    doc.t(" for six years, first as a student and later as a colleague at " + v.choice(COMPANIES)[0] + ". ")
    doc.t(("She" if p["female"] else "He") + " is reliable and kind. ")
    doc.t("If you have questions, my direct line is ").p("PHONE_NUMBER", v.phone(doc.locale)).t(".\n\n")
    doc.t("Yours faithfully,\n").t(v.choice(["Prof. ", "Dr ", ""])).p("PERSON", v.full(v.person())).t("\n")


def s_hr_record(doc, v):
    r = v.r
    p = v.person()
    doc.locale = "en_US"
    doc.t("EMPLOYEE RECORD\nSurname: ").p("PERSON", p["surname"]).t("\nGiven names: ").p("PERSON", p["given"]).t("\n")
    doc.t("Born: ").p("DATE_OF_BIRTH", v.dob(doc.locale)).t("\nSocial Security No.: ").p("US_SSN", v.ssn()).t("\n")
    doc.t("Manager: "); name_in_text(doc, v, v.person(), v.choice(["hon_surname", "full"]), "label"); doc.t("\n")
    doc.t("Badge: ").d("product_code", "B-" + v.digits(5)).t("\n")


SHAPES_HOLDOUT_ONLY = [("voicemail", s_voicemail, 5), ("credits", s_credits, 3), ("invoice", s_invoice, 5),
                       ("reference_letter", s_reference, 4), ("hr_record", s_hr_record, 4)]


def generate(seed, count, holdout, prefix):
    rng = random.Random(seed)
    v = Values(rng, holdout)
    shapes = SHAPES_COMMON + (SHAPES_HOLDOUT_ONLY if holdout else SHAPES_DEV_ONLY)
    weights = [w for _, _, w in shapes]
    locales = ["en_US"] * 5 + ["en_GB"] * 3 + ["de_DE"] + ["fr_FR"]
    docs = []
    for i in range(count):
        kind, fn, _ = rng.choices(shapes, weights)[0]
        doc = Doc(kind, rng.choice(locales))
        fn(doc, v)
        docs.append(doc.record("%s-%05d" % (prefix, i + 1)))
    return docs


def write(path, docs):
    with gzip.GzipFile(path, "wb", mtime=0) as g:
        for d in docs:
            g.write((json.dumps(d, ensure_ascii=False) + "\n").encode("utf-8"))


def coverage(docs):
    """Share of PERSON span words the gazetteer has as a given name or surname."""
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scripts", "names"))
    import build
    entries, _ = build.collect()
    keys = build.build_keys(entries)
    tot = known = spans_all = spans_none = 0
    for d in docs:
        for s in d["spans"]:
            if s["type"] != "PERSON":
                continue
            words = [w.strip(",") for w in s["value"].replace("-", " ").split() if not w.endswith(".")]
            hits = [bool(keys.get(build.norm(w.encode("utf-8")), 0) & 3) for w in words]
            tot += len(words)
            known += sum(hits)
            spans_all += all(hits)
            spans_none += not any(hits)
    n = sum(1 for d in docs for s in d["spans"] if s["type"] == "PERSON")
    return tot, known, n, spans_all, spans_none


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--coverage", action="store_true", help="report how many PERSON words the name gazetteer knows")
    a = ap.parse_args()
    sets = {"dev": generate(1401, 600, False, "dev"), "holdout": generate(90210, 600, True, "hold")}
    for name, docs in sets.items():
        write(os.path.join(a.out, name + ".jsonl.gz"), docs)
        c = {}
        for d in docs:
            for s in d["spans"]:
                c[s["type"]] = c.get(s["type"], 0) + 1
        sens = {}
        for d in docs:
            sens[d["sensitivity"]] = sens.get(d["sensitivity"], 0) + 1
        print("%s: %d documents, %s; spans %s; decoys %d" % (name, len(docs), sens, dict(sorted(c.items())), sum(len(d["decoys"]) for d in docs)))
        if a.coverage:
            tot, known, n, all_, none = coverage(docs)
            print("  PERSON: %d spans, %d name words; gazetteer knows %d words (%.0f%%); spans with every word known %d (%.0f%%), with none known %d (%.0f%%)"
                  % (n, tot, known, 100.0 * known / tot, all_, 100.0 * all_ / n, none, 100.0 * none / n))


if __name__ == "__main__":
    main()
