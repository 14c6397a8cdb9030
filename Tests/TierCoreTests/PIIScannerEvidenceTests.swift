import Testing
@testable import TierCore

/// Names from evidence, postcodes at any punctuation: the shapes of issue 14, as people write them,
/// with look-alikes that must stay unmarked. Marked as in `PIIDetectors`.
@Suite struct ScannerEvidence {
    static let examples: [String] = [
        // A postcode ends an address before any punctuation, also at the text's end.
        "Can you ship it to ⟦STREET_ADDRESS:40 Orchard Road, Fairview, OR 97024⟧?",
        "Is that ⟦STREET_ADDRESS:10 Downing Street, London SW1A 2AA⟧!",
        "(old office: ⟦STREET_ADDRESS:5 Baker Street, London, NW1 6XE⟧)",
        "Mail goes to ⟦STREET_ADDRESS:77 Pine Street, Dayton, OH 45402-1234⟧ from now on",
        "It is ⟦STREET_ADDRESS:3 High St, Leeds LS1 4AB⟧. I moved there in May, yes",
        // Honorifics with or without a full stop; a surname alone after one.
        "Spoke to Mr. ⟦PERSON:Chapman⟧ about the lease.",
        "according to ⟦PERSON:Dr Irene Wilson⟧ the wound has healed",
        "Prof ⟦PERSON:Hallam⟧ signed off on it",
        // Name cues: labels, questions, "my name is".
        "Hello, my name is ⟦PERSON:Amy⟧ and I ordered the blue one",
        "What's your name? ⟦PERSON:Amy Davis⟧",
        "Directed By: ⟦PERSON:Gareth Lowry⟧",
        "Contact person: ⟦PERSON:Joanna Pike⟧ (HR)",
        // Verbs of communication before a name.
        "Please forward this to ⟦PERSON:Irene Wilson⟧ before Friday.",
        "I met with ⟦PERSON:Tomasz Nowak⟧ yesterday",
        // A name stops where the next entity starts.
        "Dear ⟦PERSON:Regina Hutchinson⟧ Suite 211 is ready",
        // The gazetteer: a frequent given name and a surname, no cue; one given name with a verb of speech
        // after it or as a possessive.
        "⟦PERSON:Amy Davis⟧ called about the invoice",
        "Have you seen ⟦PERSON:Irene's⟧ notes?",
        "⟦PERSON:Albert West⟧ will join us",
        // A given name no list holds before a known surname, with no cue; not when the first word is an
        // English word, a business word, a product, or written in CamelCase.
        "We still owe ⟦PERSON:Ragnfrid Cardoso⟧ £40 for the repairs.",
        "Is ⟦PERSON:Titilope Szczepaniak⟧ still on the project?",
        "We climbed Mount Everest last year.",
        "The Brauhaus Schenk opens at noon.",
        "The Grafana Jenkins pipeline failed again.",
        "Sync with GitLab Hutchinson is off.",
        // Street lines with no postcode on them; the town and postcode on the next lines.
        "I live at ⟦STREET_ADDRESS:384 Jane Oval⟧.",
        "Meet me at ⟦STREET_ADDRESS:12 Baker Street⟧ tomorrow",
        "Address:\n⟦STREET_ADDRESS:12 Baker Street\nLondon\nNW1 6XE⟧\n",
        "Send it to ⟦STREET_ADDRESS:77 W 42nd St. Apt 4B\nNew York, NY 10036⟧",
        "⟦STREET_ADDRESS:Hauptstraße 5\n10115 Berlin⟧",
        "⟦STREET_ADDRESS:12, rue de la Paix\n75002 Paris⟧",
        // Phones: extensions, a national trunk prefix in brackets, labelled bare numbers.
        "call ⟦PHONE_NUMBER:688.798.0240x93124⟧ after lunch",
        "Office: ⟦PHONE_NUMBER:555-123-4567 ext. 12⟧",
        "Telephone: ⟦PHONE_NUMBER:+44 (0) 131 960 6201 (ext 291)⟧",
        "Direct: ⟦PHONE_NUMBER:+44 (20) 3522 7359⟧",
        "Ring her on ⟦PHONE_NUMBER:(01865) 612 283⟧ if the gate is locked",
        "Fax ⟦PHONE_NUMBER:(09087) 98747⟧",
        "T. ⟦PHONE_NUMBER:9316908865⟧\nM. ⟦PHONE_NUMBER:670 725 4230⟧\n",
        "Account: 2314589724 and ISBN 978-0-306-40615-7",
        // IBANs of the whole registry: Bulgaria, Malta.
        "IBAN: ⟦IBAN_CODE:BG96 LFTS 2385 32TE M58H TU⟧",
        "Please pay ⟦IBAN_CODE:MT29 DAMM 8991 9AKX 0VF1 EENJ B3MM V9U⟧, thanks",
        // One part of a name in its own CSV column; a product under "name" is none.
        "id,first_name,last_name\n1,⟦PERSON:Adhiambo⟧,⟦PERSON:Watanabe⟧\n",
        "sku,name,price\nZX-1,Webcam,12.00\n",
        // Lists after a label, particles, a capital inside a surname, a one-letter capital word.
        "Participants: ⟦PERSON:Venkatesh Szczęsny⟧, ⟦PERSON:Leopold B. Banerjee⟧ and ⟦PERSON:Yasmin Szczepaniak⟧",
        "⟦PERSON:Tariq Ncube⟧ and ⟦PERSON:Cadfael Farahani⟧ will lead the workshop",
        "Account holder: ⟦PERSON:Edit van der Dussen⟧",
        "From: ⟦PERSON:Liv MacAulay⟧ <⟦EMAIL_ADDRESS:liv@harrow.example⟧>",
        "The visitor pass is booked for ⟦PERSON:Maricel Ó Súilleabháin⟧ (front desk)",
        "Contact person: Dr. ⟦PERSON:Mwendwa Mensah⟧",
        // Chat: a name in lower case after "who is" or "ping"; a rare given name after "thanks".
        "[13:26] b.h: who is ⟦PERSON:adewale adeyemi⟧?",
        "can you ping ⟦PERSON:rowena farahani⟧ about the badge",
        "[10:40] b.h: thanks ⟦PERSON:Anselm⟧ 🙏",
        "who is the owner of this? ping me later",
        // A French street with no comma after its number.
        "Adresse : ⟦STREET_ADDRESS:69 avenue Jean Jaurès\n59067 Lille⟧",
        // Names and addresses in capitals on postal labels and forms: after a label, an honorific, or
        // above the address; a unit word ends the name; US, UK and French layouts across lines.
        "Deliver to:\n⟦PERSON:JINGYI MÄKELÄ⟧\n⟦STREET_ADDRESS:53 CHURCH GARDENS\nCAMBRIDGE\nCB17 5AT⟧\n",
        "TO:\nMR ⟦PERSON:JÜRGEN MÜLLER⟧\n⟦STREET_ADDRESS:32 MILL ST.\nSAVANNAH GA 31400⟧\n",
        "Full name: ⟦PERSON:HANNELORE MOREAU⟧\nDate of birth: ⟦DATE_OF_BIRTH:May 1, 1958⟧\n",
        "RECIPIENT\n⟦PERSON:LEOPOLD JEONG⟧ APARTMENT 30\n⟦STREET_ADDRESS:202 ORCHARD TERRACE\nMANCHESTER\nM59 6HF⟧\n",
        "Destinataire :\nDR ⟦PERSON:EITAN BONDARENKO⟧\n⟦STREET_ADDRESS:9, QUAI DE LA LOIRE\n33084 BORDEAUX⟧\n",
        "Deliver to:\n⟦PERSON:MARICEL DVOŘÁK⟧\n⟦STREET_ADDRESS:127 AVENUE JEAN JAURÈS\n31034 TOULOUSE⟧\n",
        // Look-alikes in capitals: headings, departments, a headline with a street type.
        "URGENT NOTICE TO ALL STAFF\n",
        "SHIP TO:\nACCOUNTS PAYABLE\n",
        "12 ANGRY MEN ROAD SHOW",
        // A compass point before a street's name; German streets of several words with their postcode.
        "⟦PERSON:Lwandile Saetang⟧\n⟦STREET_ADDRESS:1662 NE Quarry Trail\nAsheville NC 28875⟧\n",
        "He asked us to move billing to ⟦STREET_ADDRESS:Am Rosengarten 82, 01343 Dresden⟧. Done.",
        "new address is ⟦STREET_ADDRESS:Hinter der Kirche 67, 01880 Dresden⟧?",
        "In der Regel 5 Tage.",
        // Who a person is to the writer, a signature under its delimiter, a role in brackets, a quoted
        // "Surname, Given" cell; a team, a company and a word that is a name only with a cue stay unmarked.
        "I authorise my neighbour, ⟦PERSON:Ulfric Virtanen⟧, to collect my prescription.",
        "Spoke to the site lead, ⟦PERSON:Enguerrand Melançon⟧, who confirmed it.",
        "thanks!\n--\n⟦PERSON:Anselm Haigh-Wood⟧\nLettings Negotiator\n",
        "⟦PERSON:Ishita Szczepaniak⟧ (Head of Finance) is out until the 14th.",
        "id,full_name,email\n910632,\"⟦PERSON:Nettleship, Adewale⟧\",⟦EMAIL_ADDRESS:n@example.com⟧\n",
        "Grant Application (Project Lead) is due",
        "Our partner, Blue Ocean, signed.",
        // A house number with a letter; a product with a number and a letter stays unmarked.
        "Mail to ⟦STREET_ADDRESS:118a Castle Hill, Acomb, York YO26 1WD⟧ please",
        "Deliver to:\nMRS ⟦PERSON:RAWIRI HADDAD⟧\n⟦STREET_ADDRESS:8A RECTORY MEWS\nPLYMOUTH\nPL15 9TB⟧\n",
        "The 4K Ultra HD screen and the 3D Printing Lab are booked",
        // Action items of minutes, numbered or bulleted; a team in the same shape stays unmarked.
        "1. Budget — on track.\n2. ⟦PERSON:Lucian⟧ to share the vendor shortlist by Friday.\n3. Finance to share the deck.\n- ⟦PERSON:Gudny Wong⟧ to book the room\n",
        // Chat in lower case: one word of the name known, the other in no list, the name ending the question or before "about".
        "[12:44] kwame: who is ⟦PERSON:bogdan wekesa⟧?\n[13:54] mo: can you ping ⟦PERSON:ragnfrid lefèvre⟧ about the badge\n",
        "who is ⟦PERSON:amy⟧ going with\nwho is the owner?\ncan you ping support about it",
        // Secrets: AWS prefixes ABIA and ACCA, xoxe-/xapp- Slack tokens, Stripe rk_prod_, an unsigned JWT, a PGP key block.
        "use ⟦AWS_ACCESS_KEY:ABIAOWNLEJL7UHVFMCJT⟧ for the demo",
        "SLACK_REFRESH=⟦SLACK_TOKEN:xoxe-1-My0xLTEyMzQ1Njc4OTAtQWJjRGVm⟧\nAPP=⟦SLACK_TOKEN:xapp-1-A04QX7K2Z9T-5531889120-c0ffee9dd1a2b3⟧",
        "STRIPE=⟦STRIPE_KEY:rk_prod_51HbXqzLk2VtY8mQ0aPz⟧",
        "SESSION_TOKEN: ⟦JWT:eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI3NjA2MjM3NSJ9.⟧",
        // The whole block, to its END line or, cut short, its body's last byte: a redaction of the header alone left the key.
        "⟦PRIVATE_KEY:-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGWk2xYBCAC7n9QmZ3pXvR8tL0aKc4yJdE6fHs1uWqBzNoVgTi5MrYx2bPe⟧\n",
        "⟦PRIVATE_KEY:-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQOYBGWk2xYBCAC7n9QmZ3pXvR8tL0aKc4yJdE6fHs1uWqBzNoVgTi5MrYx2bPe\n=k3Xq\n-----END PGP PRIVATE KEY BLOCK-----⟧\nbye",
        "key:\n⟦PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\nMIIEowIBAAKCAQEAv8Rk2mQ7ZpX4tN9cLw3YbH6sJf1dGqE0aUyTrVo5iKnPzWxM\n-----END RSA PRIVATE KEY-----⟧\nafter",
        // Secret look-alikes: placeholders, a PEM block holding a placeholder, names about a secret, code.
        "PLACEHOLDER_KEY=AKIAXXXXXXXXXXXXXXXX",
        "-----BEGIN RSA PRIVATE KEY-----\nanything\n-----END RSA PRIVATE KEY-----",
        "LLM_SECRET_NAME = \"NEXUS-GPT4-API-KEY\"\nsecret_length = X25519.secret_length\nAPI_KEY = os.environ[\"API_KEY\"]",
        "access_token_url: https://auth.example.com/oauth/token",
        // Under names a key may have: private-key, credentials.
        "private-key: ⟦GENERIC_API_KEY:6PbV4gEl7Hq2CR1whfqYa8p3h9lpMoPw⟧",
        // A value that fails its own type's check is no phone: an NHS number with a bad check digit, an
        // SSN of an impossible area; an NHS number and an SSN in their other forms; an ISBN.
        "NHS number ⟦UK_NHS:401-023-2137⟧, and 401-023-2138 is mistyped",
        "SSN: ⟦US_SSN:078.05.1120⟧; SSN 666-12-3456 cannot be one",
        // "SSN" up to 60 bytes before, or after a number of its 3-2-4 shape; a bare 9 digits after only "SSN" before.
        "Is 163952271 an SSN? SSN for the new tenant on the school form is ⟦US_SSN:356 32 1003⟧. Is ⟦US_SSN:859 10 6652⟧ a valid-looking SSN?",
        "ISBN 978-3-16-148410-0 and isbn: 0-306-40615-2",
        // Chinese mobiles near a phone word.
        "手机 ⟦PHONE_NUMBER:13800138000⟧, call ⟦PHONE_NUMBER:138 0013 8000⟧",
        // A 12-digit Maestro card near a card word; the same digits after "order" are an order.
        "Maestro card ⟦CREDIT_CARD:6759 6498 2648⟧; order 675964982648",
        // Look-alikes: a sentence's start, places, and a word that is a name only with a cue.
        "Will you send it today?",
        "I flew from San Jose to Fort Worth",
        "Grant Access to the shared folder",
        "Top 10 Tips for Park visitors",
        // Look-alikes: products, teams and organisations after the same cues.
        "MS Word is installed on every laptop",
        "I called Customer Support today and waited an hour",
        "according to Google Cloud docs the quota is per project",
        "We met with Acme Holdings on Monday",
        "Please forward this to Legal Team before Friday.",
        "Please forward this to Product Marketing before the end of the week.",
        "The contract was signed on behalf of Ostara Health.",
        // Credentials of HTTP and command lines: an Authorization header's Basic pair and bearer token,
        // curl's -u, MySQL's glued -p, a session cookie; and their look-alikes: a challenge, a user and
        // group of ids, a port, a session's name.
        "Authorization: Basic ⟦PASSWORD:YWRtaW46czNjcjN0UGFzcw==⟧\nAuthorization: Bearer ⟦GENERIC_API_KEY:8f3kq9ZxLm2Pq7Rt5Vw1Yb4Nc6Hd0Je⟧",
        "WWW-Authenticate: Basic realm=\"staging\"",
        "curl -u admin:⟦PASSWORD:VNhF-2SHV-L3N2⟧ https://api.example.com/v1/export",
        "mysql -h db01 -u root -p'⟦PASSWORD:%Bie&9cS7ObCbX⟧' orders",
        "docker run -u 1000:1000 app; ssh -p 2222 deploy@host; iperf3 -p5201",
        "Cookie: theme=dark; session_id=⟦GENERIC_API_KEY:9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928⟧; lang=en",
        "session_name=checkout-flow-v2",
        // "auth" inside "Author" is no key; placeholders and environment lookups are no secrets.
        "Author: ⟦PERSON:Róisín Byrne⟧ <⟦EMAIL_ADDRESS:rb@example.ie⟧>",
        "secret_key: sk_live_REPLACE_ME\nconst apiKey = process.env.STRIPE_SECRET_KEY ?? \"\"",
        // Identifiers shaped like addresses: an iCalendar UID, a message id.
        "UID:5b3b11238cb28be66198@events.northpeak.dev\nMessage-ID: <CAF3x9ZkQ@mail.example.com>\nFrom: ⟦EMAIL_ADDRESS:ann@example.com⟧",
        "References: <CAF3x9ZkQ@mail.example.com>\n <20261202.4411@mx.example.org> <a7f3c2d1@lists.example.net>",
        // LDIF's uid is a person's mailbox.
        "dn: uid=jdoe,ou=people\nuid: ⟦EMAIL_ADDRESS:jane.doe@corp.example⟧",
        // Dates of birth with ordinals, "d.o.b.", Spanish and Italian months, a vCard's BDAY; a meeting date stays unmarked.
        "I was born ⟦DATE_OF_BIRTH:5th of March 1942⟧ in Cork; DOB on the form is ⟦DATE_OF_BIRTH:19th jul 1965⟧",
        "d.o.b. ⟦DATE_OF_BIRTH:18/04/54⟧",
        "nacido el ⟦DATE_OF_BIRTH:25 de abril de 1991⟧; data di nascita: ⟦DATE_OF_BIRTH:27 dicembre 1948⟧",
        "BDAY:⟦DATE_OF_BIRTH:1962-06-06⟧",
        // No country code starts with 0.
        "Test card +00 000 000 000 always succeeds; call ⟦PHONE_NUMBER:+44 20 8123 4567⟧ instead.",
        // A known given name inside a sentence before a verb of what people do; a hyphenated surname.
        // A double surname known by its parts, "al-" and "binti" inside names, "ask for" before a name.
        "⟦PERSON:Travis Ruiz-Whitman⟧ + 1, arriving late. ⟦PERSON:Layla al-Masri⟧ changed the channel topic.",
        "tolong cek transfer dari ⟦PERSON:Amirah binti Salleh⟧ ya. Ask for ⟦PERSON:Diogo⟧ at the front door.",
        "the al-Qaeda attack; ask for Paris hotels",
        // A mention inside a JSON string, a name that is also a word opening a message, the next item of minutes.
        "\"text\": \"@⟦PERSON:njeri⟧ can you grab the keys\"",
        "⟦PERSON:Grace⟧,\n\nForwarding as discussed.",
        "Thanks,\n\nSee you at the depot.",
        "* Grant funding approved; ⟦PERSON:Dmitri⟧ to draft the report.",
        // A birth date in brackets after a name or after "b."; a spoken number in a transcript; counting is none.
        "Anonymise this: ⟦PERSON:Ronaldo Macaraeg⟧ (⟦DATE_OF_BIRTH:3 April 1949⟧) was seen. ⟦PERSON:Amy Davis⟧ (Jan 2024) joined.",
        "- Shane (b. ⟦DATE_OF_BIRTH:1995-01-25⟧) needs the second dose",
        "best number is ⟦PHONE_NUMBER:one three one two two two five six nine seven five⟧ anytime after four",
        "one two three four five six seven eight nine ten, said the count",
        // A national number right after a person's name; a range of years and amounts there are none.
        "or see ⟦PERSON:Kelechi Ogunleye⟧ (⟦PHONE_NUMBER:08137783979⟧). Ask for ⟦PERSON:Chiara De Luca⟧ on ⟦PHONE_NUMBER:0489035287⟧.",
        "[16:49] ⟦PERSON:Rehema⟧: ⟦PHONE_NUMBER:358 694 3425⟧",
        "⟦PERSON:Amy Davis⟧ (2019-2025) paid 12 500 000 dollars.",
        // Addresses of countries that write no postcode, ending at a known place; a route and a town are none.
        "outside ⟦STREET_ADDRESS:Plot 76, Aminu Kano Crescent, Wuse II, Abuja⟧. The van left.",
        "deposit for ⟦STREET_ADDRESS:Flat 11, Block B, 168, Ogui Road, Enugu⟧. Moved out.",
        "Njoroge: ⟦STREET_ADDRESS:House No. E17, Jacaranda Flats, Ngong Road, Nairobi⟧",
        "'⟦STREET_ADDRESS:39, Allen Avenue, Ikeja, Lagos⟧','03/02'",
        "posting to\n⟦STREET_ADDRESS:Plot 969, Awolowo Road\nVictoria Island\nLagos⟧",
        "We drove 20 miles down Route 66, Chicago was next.",
        // Nordic, Austrian and Swiss streets and postcodes; Polish streets after "ul."; Brazilian districts and CEPs.
        "address ⟦STREET_ADDRESS:Storgata 36B, 9008 Tromsø⟧. Save. Visitor: ⟦STREET_ADDRESS:Steinenvorstadt 146, 4051 Basel⟧",
        "near Södra ⟦STREET_ADDRESS:Förstadsgatan 39 A, 211 43 Malmö⟧. Or at ⟦STREET_ADDRESS:Vesterbrogade 31, 1., 1620 København V⟧.",
        "outside ⟦STREET_ADDRESS:ul. Piotrkowska 87, 90-406 Łódź⟧, then ⟦STREET_ADDRESS:ul. Floriańska 133 m. 39, 31-019 Kraków⟧.",
        "Found outside ⟦STREET_ADDRESS:Avenida Boa Viagem, 52 - Boa Viagem, Recife - PE, CEP 51011-000⟧. Call me.",
        "⟦STREET_ADDRESS:Rua Augusta, 72 - Consolação\nSão Paulo - SP\n01304-001⟧",
        "the Watergate 5 scandal; Tui Ngata, 2 kids",
        // A number of zeros is a form's placeholder.
        "Phone: (000) 000-0000 or call 0800 000 000; the desk is ⟦PHONE_NUMBER:0800 100 200⟧.",
        // Password labels of other languages, "API key:" with a space, Discord webhooks and Mailgun keys; a key's name
        // in a structure is no value.
        "Passwort: ⟦PASSWORD:Sommer2024!⟧ / mot de passe : ⟦PASSWORD:Soleil#2025⟧ / Hasło do panelu: ⟦PASSWORD:Biscuit!6667⟧, login: admin.",
        "la contraseña es ⟦PASSWORD:Verano_2025⟧. API key: ⟦GENERIC_API_KEY:8f3kq9ZxLm2Pq7Rt5Vw1Yb4Nc6Hd0Je⟧",
        "⟦GENERIC_API_KEY:https://discord.com/api/webhooks/1234567890123456789/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKl⟧",
        "mailgun ⟦GENERIC_API_KEY:key-3ax6xnjp29jd6fds4gc373sgvjxteol0⟧ in a key-value store",
        "valueFrom: {secretKeyRef: {name: db, key: password}}. Primary key: id",
        "Remove leaked token (⟦GITHUB_TOKEN:ghp_MaApZ5woFJKRAmBEZjXkbm2fYTwazKWa4CWl⟧) from deploy.sh",
        // A knight's or a dame's full name is a public figure's.
        "Dame Maggie Smith, star of Downton Abbey, has died aged 89. Sir Keir Starmer spoke.",
        // A minutes' action label before "X to <verb>"; a user before a verb; "per" and a name closed by a comma.
        "Action: ⟦PERSON:Serena⟧ to send the revised budget by Friday. Action: Finance to send the budget.",
        "User ⟦PERSON:Kealoha⟧ connected from ⟦IP_ADDRESS:62.179.11.232⟧. See the User Guide.",
        "Per ⟦PERSON:Iris⟧, the client meeting moved to the 14th.",
        // A mention in small letters in a line with capitals; a small letter outside ASCII inside a word starts no name.
        "@⟦PERSON:katrin⟧ müşteri ⟦PERSON:Ute Neumann⟧ yine aradı",
        "⟦PERSON:Łukasz Żuławski⟧ called. Düşünceler über Österreich.",
        // A rota's entries: names joined by "&", a role in brackets; a firm's pair and brands are no people.
        "Rota, Sat: ⟦PERSON:Dakota⟧ & ⟦PERSON:Vikram⟧ (sorting), ⟦PERSON:Trent⟧ (van), ⟦PERSON:Monique Toussaint⟧ (till).",
        "Lumen & Vale Architects. We sell Ben & Jerry's. Tiffany & Co rings. Java (programming) and Paris (city).",
        // "Thanks" and a name that is also a word, closed by a comma; a vocative after a bracket; other languages' verbs.
        "Thanks ⟦PERSON:Ginger⟧, that's really helpful. (⟦PERSON:Fatima⟧, the fixture still has your number.)",
        "Thanks Again, see you soon.",
        "⟦PERSON:Simone⟧ mi ha detto che la riunione è spostata.\n⟦PERSON:Aleksandra⟧ jest dziś na L4.",
        // A label in capitals after other words; a CSV's "Last, First" header.
        "Intake kiosk: FIRST NAME ⟦PERSON:MARICEL⟧ | SSN ⟦US_SSN:308-76-5107⟧",
        "Enter your first name JOHN and press OK.",
        "Last, First, Ext\n⟦PERSON:Boucher⟧, ⟦PERSON:Maxime⟧, 5658",
        // A public office's holder and places named after people are no private person; a cue still makes one.
        "Chancellor Rachel Reeves will deliver the Budget. O Aeroporto Humberto Delgado teve voos cancelados.",
        "Het Anne Frank Huis is gesloten. Tramwaje nie kursują ulicą Jana Pawła II do soboty.",
        "Please call ⟦PERSON:Rachel Reeves⟧ about the invoice.",
        // A place that is mainly a person's name, after a place's preposition; a person after a verb.
        "We met in Florence, then flew home.", "I called ⟦PERSON:Florence⟧ about it.",
        // Italian and Portuguese streets with a slashed house number, a unit part, hyphenated postcodes; a town
        // ends before a dash; a street and its number after a name are no second name.
        "residente in ⟦STREET_ADDRESS:Via delle Rose 108/A, scala B, 35143 Padova⟧ (PD).",
        "residente na ⟦STREET_ADDRESS:Avenida Almirante Reis 111, 3048-570 Coimbra⟧, contacto ⟦PHONE_NUMBER:289 429 106⟧.",
        "Mieter: ⟦PERSON:Preeti Trivedi⟧, ⟦STREET_ADDRESS:Im Winkel 96a, 51085 Köln⟧ – Wohnungsübergabe am Montag",
        // Italian birth, more phone cues, a provider's token as a URL's password, an Azure account key.
        "Paziente, nato/a il ⟦DATE_OF_BIRTH:14/08/2002⟧ a Lecce. Give us a ring back on ⟦PHONE_NUMBER:6931 5742⟧.",
        "Caller: ⟦PHONE_NUMBER:8571 8016⟧. Read the text 2024 1234 567 of the law. [voicemail 1767160124 confidence 0.7]",
        "git remote set-url origin https://oauth2:⟦GENERIC_API_KEY:glpat-dJ7Glm0G4U4B31YoZX0-⟧@gitlab.com/platform/infra.git",
        "DefaultEndpointsProtocol=https;AccountName=prod01;AccountKey=⟦GENERIC_API_KEY:D9ZXhlTamvivPIi7A9RGiHTKwHCsgEyIil5lUVtf59Gcubf/yIIy8ioPDU0y+qfozBpf3I65+G5IsBNBcT1YMJ==⟧;EndpointSuffix=core.windows.net",
        // A chat's mention and a relative clause of a person; an e-mail's '@' is no mention.
        "@⟦PERSON:Abimbola⟧ can you allow-list it? Write a poem for ⟦PERSON:Mercy⟧, who's turning 7.",
        "Summer, who knows. Order from ⟦EMAIL_ADDRESS:sales@Abimbola.example⟧ soon.",
        // More verbs of what people do after a given name; a rare given name and a known surname that is no word.
        "⟦PERSON:Jignesh⟧ rang about the bill. ⟦PERSON:Ashley⟧ interviewed well.",
        "Subs go to ⟦PERSON:Kashif Zaidi⟧ (treasurer).",
        // A sign-off after a dash or a sentence, last on its line; an abbreviation before a county is none.
        "Fancy a chat? — ⟦PERSON:Orla⟧\nCan you recall it? ⟦PERSON:Nigel⟧",
        "⟦STREET_ADDRESS:Apt 17, Mill Court\nDingle\nCo. Kerry⟧\nV92 HHF4",   // the unit word is the address's
        // Labels in capitals with no colon, a card's holder, a surname in capitals before the given name.
        "FIRST NAME ⟦PERSON:MARICEL⟧ | LAST NAME ⟦PERSON:DELA PEÑA⟧ | SSN ⟦US_SSN:308-76-5107⟧",
        "Guarantee card, cardholder ⟦PERSON:JOCELYN OCAMPO⟧. Paziente ⟦PERSON:FONTANA Simone⟧, nato a Lecce.",
        "NOTE Simone is out. URGENT Maria",
        // Indonesian address words; a surname in small letters is the word it came from.
        "Kak ⟦PERSON:Budi⟧, barangnya masih ada?",
        "Paciente: ⟦PERSON:Bruna Nascimento Peixoto⟧ | Data de nascimento: ⟦DATE_OF_BIRTH:02/10/1992⟧",
        // Blocks of flats and Turkish streets named like people.
        "Flat 1106, Sai Krupa Apartments\nKargo ⟦STREET_ADDRESS:Levent Mah. Atatürk Cad. No: 73⟧",
        // A given name, also one that is a word, by the team the person is from; a place "from" a team is none.
        "⟦PERSON:Dawn⟧ from accounts says the invoice is fine. Ask ⟦PERSON:Sandy⟧ from the legal team.",
        "Rich from the market, he said. A Dawn from payroll-free days.",
        "Mark it as done once ⟦PERSON:Maile⟧ confirms. Ask whether Google confirmed it.",
        "Write a one-paragraph bio for ⟦PERSON:Jumana Al-Farsi⟧, a nurse from Wellington.",
        "1 x Ray-Ban Wayfarer    $172.67\nWe sell Coca-Cola Zero by the crate",
        // A brand named after its founder, in the possessive; the founder's given name before a noun of a person's own is a name.
        "My jeans are Levi's, they last forever. We met at McDonald's and then at Sainsbury's.",
        "⟦PERSON:Levi's⟧ car is outside.",
        // A year before 1900 is history, no living person's birth date.
        "The composer was born in Salzburg on 27 January 1756; the oldest resident, born ⟦DATE_OF_BIRTH:2 March 1901⟧, still sings.",
        "DOB: 03/14/1887 on the archive card",
        "The review is on the 5th of March 2024.",
        // A signature alone on its line under a closing; a chat's speakers; JSON name keys; vCard names.
        "Kind regards,\n⟦PERSON:Lucía⟧\n",
        "Thanks!\n\n⟦PERSON:Kavya⟧",
        // Chat speakers after a time stamp, a given name that is also a word included; an exported
        // chat's "date, time - " speaker the lists lack; "[12:00] Warning:" is no speaker.
        "[09:10] ⟦PERSON:Wade⟧: Hi, is the room free?\n[09:12] Me: Yes!",
        "14/6, 13:04 - ⟦PERSON:Farhan⟧: running late\n3/20/24, 9:15 PM - ⟦PERSON:Adaeze⟧: ok",
        "[12:00] Warning: disk almost full",
        // Lower-case names after "it's", "this is", "my colleague", "my husband".
        "hi it's ⟦PERSON:lakshmi nair⟧ ringing about my claim my colleague ⟦PERSON:aishwarya menon⟧ gave me your number",
        "um hi this is ⟦PERSON:grace harris⟧ calling, my husband ⟦PERSON:wojciech horvat⟧ will pick it up",
        "it's fine, this is great and my partner will call",
        // A name line in capitals: a court caption's party, a CV's heading; a capitals heading is none.
        "BETWEEN\n\n⟦PERSON:SUMMER WHITFIELD⟧\n      Plaintiff\n\nAND\n\n⟦PERSON:GALE CALDWELL⟧\n      Defendant",
        "SENIOR DATA ENGINEER\nPRIVATE AND CONFIDENTIAL\n",
        // A greeting line that is only a given name; a quoted signature under a quoted blank line.
        "⟦PERSON:Arjun⟧,\n\nSee below, urgent pls",
        "> on file?\n>\n> ⟦PERSON:Venkatesh⟧\n> Case Manager | Tallgrass",
        // "w/", "per", "CN=" and "attended" as cues.
        "Went to the supplier w/ ⟦PERSON:Baraka⟧.\nPer ⟦PERSON:Solveig⟧, the alarm is false.",
        "ORGANIZER;CN=⟦PERSON:Farhan Gill⟧:mailto:⟦EMAIL_ADDRESS:fg@example.co.uk⟧",
        "Halifax, NS\n\n⟦PERSON:Priya⟧ attended alone. Biopsy was benign.",
        // Markdown tables: names, phones and dates of birth by their column's header.
        "| Volunteer | Phone | DOB |\n|---|---|---|\n| ⟦PERSON:Kingsley, Wade⟧ | ⟦PHONE_NUMBER:0462230185⟧ | ⟦DATE_OF_BIRTH:26 juli 1969⟧ |\n| ⟦PERSON:Kiprono Haile⟧ | ⟦PHONE_NUMBER:338 064 9161⟧ | ⟦DATE_OF_BIRTH:2005-02-22⟧ |",
        "| Name | Price | Released |\n|---|---|---|\n| Widget Pro | 1234567 | 2005-02-22 |",
        // A compact date of birth after a birth word; a compact date with none stays unmarked.
        "whose date of birth is ⟦DATE_OF_BIRTH:16OCT1982⟧, confirmed; DOB ⟦DATE_OF_BIRTH:3jun1956⟧",
        "Shipped 16OCT2024 via DHL",
        // Phones in any country's grouping after a phone label or word; codes, dates, SSN shapes and
        // call recordings are none.
        "Emergency contact\n  Phone:        ⟦PHONE_NUMBER:602-975-182⟧\nPersonal mobile:   ⟦PHONE_NUMBER:0499/69.58.98⟧\nPh: ⟦PHONE_NUMBER:08131601911⟧",
        "TEL: ⟦PHONE_NUMBER:(21) 3200-0609⟧    or WhatsApp ⟦PHONE_NUMBER:044 55 0008 9719⟧",
        "Order number: ORD-2020-534807, INV/2023/20020; phone test numbers such as 000-76-9738 are never issued.",
        "[call recording 1766918817 confidence 0.54] mobile 01/09/2026 17:03",
        // Spreadsheets with semicolons or tabs and headers in other languages.
        "Namn;Telefon;E-post;Födelsedatum;Belopp\n⟦PERSON:Oliveira, Gustavo⟧;⟦PHONE_NUMBER:(48) 91591-9752⟧;;⟦DATE_OF_BIRTH:06/09/1972⟧;900,66\n",
        // A label of one part of a name: any word after it.
        "SURNAME: ⟦PERSON:CHOI⟧    FIRST NAME(S): ⟦PERSON:YE-JIN⟧\nfirst_name=⟦PERSON:Manaia⟧\n<familyName>⟦PERSON:Castañeda⟧</familyName>",
        // Speakers: two-word names before a colon, agents with their role, a pasted chat's header line,
        // a chat export's date inside the brackets or before ", ".
        "⟦PERSON:Takumi Yoshida⟧: So the customer called again.\n⟦PERSON:Adaeze⟧ (agent): Sorry to hear that.\n⟦PERSON:Oskar⟧ 2026-04-01 05:08:55\nthx",
        "[06/10/2026, 17:46:55] ⟦PERSON:Busisiwe⟧: omg\n11/09/2026, 18:59, ⟦PERSON:Ruby⟧: sure",
        // Greetings in other languages, and who a person is to the writer.
        "Oi ⟦PERSON:Luíza⟧,\n\nfor the flat share",
        "The courier left it with my neighbour ⟦PERSON:Aroha Henare⟧ even though I paid.",
        // An address's label and its value in any country's layout, on the line or as a block below it;
        // IP, MAC and memory addresses, meeting rooms and URLs under such labels are none.
        "Home address:      ⟦STREET_ADDRESS:HOUSE NO. A10, HURLINGHAM, ARGWINGS KODHEK ROAD, NAIROBI⟧\nStart date: 23 Jun 2026",
        "HOME ADDRESS:\n⟦STREET_ADDRESS:TRAVESSA DO CARMO, 104, R/C\n1200-095 LISBOA⟧\nTEL: ⟦PHONE_NUMBER:+351 21 102 6982⟧",
        "<shipTo>⟦STREET_ADDRESS:2-17-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023⟧</shipTo>",
        "Address: ⟦STREET_ADDRESS:52 Patrick Street, Galway, H91 RNH9⟧. Tel ⟦PHONE_NUMBER:086 921 3020⟧",
        "IP address: ⟦IP_ADDRESS:10.0.0.12⟧; address: 0x7ffd5e8c1a20; LOCATION:Room B-201\nLOCATION:Boardroom, Level 3\nLocation: https://example.com/x",
        // Dates of birth with Portuguese, Polish and Danish months.
        "Date of birth: ⟦DATE_OF_BIRTH:9 lipca 1996⟧ r.; nascimento ⟦DATE_OF_BIRTH:5 de setembro de 1992⟧; DOB: ⟦DATE_OF_BIRTH:4. marts 1970⟧",
        // A password with words and a verb between it and its word, in five languages.
        "⟦PERSON:Su-bin⟧ said the root password on the NAS is ⟦PASSWORD:WIi3pC!&6e85V8osR_⟧",
        "Das Passwort für den Router lautet ⟦PASSWORD:Banana!1075⟧.",
        "The password policy for the portal is strict.",
        // A lower-case given name after "tell", "ask", "cc", "thanks"; a chat pasted into one line; an
        // e-mail's "X wrote:"; "INVOICE FOR" over capitals.
        "omw. tell ⟦PERSON:fatima⟧ 10 min, thanks for the update, tell the team",
        "Summarize the thread below. ⟦PERSON:Divya⟧: can we move the call? Note: sure",
        "On 2025-08-07, ⟦PERSON:Trinh Vo⟧ wrote: > Can we reschedule",
        "INVOICE FOR ⟦PERSON:MARIA PAPADOPOULOS⟧",
        // An address's label with "de entrega" / "for delivery" and letters outside ASCII.
        "Endereço de entrega: ⟦STREET_ADDRESS:Avenida Paulista, 138, casa 2, Centro, Curitiba - PR, 80020-310⟧",
        // A name with a contact of theirs right after it; dates after weekdays, streets and companies are none.
        "Anonymise this: ⟦PERSON:Ronaldo Macaraeg⟧ (⟦DATE_OF_BIRTH:3 April 1949⟧) was seen",
        "⟦PERSON:Jannat Talukder⟧, ⟦EMAIL_ADDRESS:jannat.talukder@gmail.com⟧",
        "On Tue, 10 Mar 2026 at 09:12 we met at Rose House, 12 floors up; Acme Corp (⟦PHONE_NUMBER:+44 20 7946 0000⟧)",
        // Any given name before a verb of speech: "Rohan claims".
        "Is that a residential IP? ⟦PERSON:Rohan⟧ claims she never logged in.",
        // Indian addresses from the unit or house part to the town and its six-digit PIN; a list with a
        // six-digit total after a lower-case word is none.
        "it went to ⟦STREET_ADDRESS:H.No. 4-6-245, Adyar, Chennai 600020⟧ instead of my flat",
        "⟦PERSON:Varun⟧ moved to ⟦STREET_ADDRESS:Flat 298, Lotus Residency, Kothrud, Pune 411038⟧, update the sheet",
        "⟦STREET_ADDRESS:No. 43/14, 2nd Main Road, Banjara Hills, Hyderabad – 500018⟧",
        "No. 5 on the list, item 3, order 2, total 123456",
        // Phone words in Italian and Portuguese.
        "Ciao ⟦PERSON:Lorenzo⟧, mi richiami al ⟦PHONE_NUMBER:338 215 1338⟧?",
        // From the review: a semicolon export's code column hides no other field; phones that look like
        // dates only by their digit counts; field declarations in code; log lines; addresses of things.
        "id;name;phone;card\n1042;⟦PERSON:Ana Silva⟧;⟦PHONE_NUMBER:912 345 678⟧;⟦CREDIT_CARD:4111111111111111⟧",
        "Teléfono: ⟦PHONE_NUMBER:55 1234 5678⟧",
        "let firstName: String\nfirst_name: Optional[str] = None",
        "Latency - Max: 340 ms, Min: 12 ms",
        "The Guardian wrote: a lot",
        "Return address: ⟦STREET_ADDRESS:12 Baker Street, London NW1 6XE⟧",
        "Message-ID: <CAF3x9ZkQ@mail.example.com>\n<⟦EMAIL_ADDRESS:carlos.mendes82@gmail.com⟧>\nuid: ⟦EMAIL_ADDRESS:maria.lopez1987@gmail.com⟧",
        "Thank you and kind regards,\n⟦PERSON:Kavya⟧",
        "Cancelled orders: 1 204 331; | Hostname | Cancelled |",
        // A line that only ends in a closing word is no closing: "we did our best" over a heading.
        "In the end we all tried our best\nDeployment\n",
        "Regards,\nSupport\n",
        "[14:58] ⟦PERSON:Layla⟧: on my way\n⟦PERSON:Fatima⟧: running late\nStatus: shipped\n",
        "{\"given\": \"⟦PERSON:Layla⟧\", \"family\": \"⟦PERSON:Saleh⟧\", \"name\": \"Webcam\"}",
        "BEGIN:VCARD\nVERSION:4.0\nN:⟦PERSON:Aranguren⟧;⟦PERSON:Nerea⟧;;;\nFN:⟦PERSON:Nerea Aranguren⟧\n",
        // A common given name with no cue inside a sentence or before a short verb; uncommon given
        // names that are also places and rooms, months and assistants stay unmarked.
        "Did ⟦PERSON:Aditya⟧ ever get back to you? ⟦PERSON:Layla⟧ is out sick today.",
        "The meeting is in the Lovelace room; the Victoria Line is closed at Brixton.",
        "docker run --user www-data:www-data img\nconst run = (fn: Function) => fn()\nsession_file=/var/lib/php/sess_9f8e7d6c5b4a3f2e11",
        "I was born on ⟦DATE_OF_BIRTH:July 17, 1992⟧ and we meet on Monday",
        "Please ask Claude to summarise the thread.",
        "See you then.\n\n⟦PERSON:Priya⟧\n",
        // Streets of the Netherlands, Italy and Spain, with their postcodes; "Via" opening a sentence stays unmarked.
        "Send it to ⟦STREET_ADDRESS:Zeestraat 239, 9711 VL Groningen⟧ please",
        "Indirizzo: ⟦STREET_ADDRESS:Via dei Mille 134, scala C, 20121 Milano MI⟧",
        "Dirección: ⟦STREET_ADDRESS:C/ de Alcalá, 163, 41066 Sevilla⟧",
        "Via email, please. Plaza Hotel 3 stars.",
        // National phones: Australia's two-digit area code in brackets, Ireland's nine digits, Spain's 3-2-2-2;
        // a row of scores in the same groups stays unmarked.
        "Ring the office on ⟦PHONE_NUMBER:(07) 6381 9469⟧ or ⟦PHONE_NUMBER:(066) 146 607⟧",
        "Llámame al ⟦PHONE_NUMBER:602 21 93 78⟧ o al ⟦PHONE_NUMBER:951 64 60 77 ext. 145⟧",
        "Scores: 612 10 20 30 40 50; table (02) has 3 rows",
        // A vCard's address and compact birthday.
        "BEGIN:VCARD\nADR;TYPE=HOME:;;⟦STREET_ADDRESS:Calle Mayor;168;2.º 1.ª;41059 Sevilla⟧\nBDAY:⟦DATE_OF_BIRTH:19510604⟧\nREV:20260412T072359Z\n",
        "ADR is the field, BDAY:20261340 is no date",
        // Session 8. A possessive before a noun of what is a person's own, in any case; an ordinary word,
        // a role or a brand before it stays unmarked.
        "⟦PERSON:Minghui's⟧ leaving do is on Thursday, bring cake",
        "r u coming to ⟦PERSON:maricel⟧'s bday thing tmrw",
        "hey can you send me ⟦PERSON:kunle⟧'s new number?",
        "Is it on ⟦PERSON:Suzy Baek⟧'s W-4 form?",
        "the admin's password is in the vault; the team's number is on the wiki; mum's birthday is in May",
        "The Jaguar's engine and Apple's results were discussed.",
        // A list of first names goes on past the first one found; a place list does not.
        "Attendance: ⟦PERSON:Shirin⟧, ⟦PERSON:Kiele⟧, ⟦PERSON:Yaroslav⟧ present",
        "Thanks ⟦PERSON:Priya⟧, Finance and Legal have signed.",
        // Korean given names of two romanised syllables, whether or not the lists hold the pair.
        "⟦PERSON:Su-bin⟧ said the NAS is down again.",
        "The customer is ⟦PERSON:Ji-ho⟧.",
        "Ha-ha said nothing, so-so results, a hi-fi set.",
        // A known given name in lower case opening a message, before a verb.
        "summarise pls: ⟦PERSON:kai⟧ says the parcel never came",
        "⟦PERSON:morag⟧ arriva tardi stasera",
        "just checking in: will is out and grace says nothing",
        // Caps speakers of a transcript and airline names; a label in capitals and a value stay unmarked.
        "⟦PERSON:SHERMAINE⟧:  So the customer called again.\nNOTE: call back\nIBAN: ⟦IBAN_CODE:GB39KASP39277534761303⟧",
        "NAME OF PASSENGER: ⟦PERSON:KOZŁOWSKA/EWA⟧\nFLIGHT: LX733\nTCP/IP and READ/WRITE, YES/NO",
        // After a chat export's time stamp two words no list knows are a speaker; ordinary words are not.
        "[06/10/2026, 17:43:57] ⟦PERSON:Busisiwe Radebe⟧: yes\n[06/10/2026, 17:44:02] Build Server: done",
        // A name found once is the person wherever it stands again, in any case, possessive or not; not
        // inside a mailbox, a handle (the handle, a mention, is a finding of its own) or an organisation's name.
        "⟦PERSON:SHERMAINE⟧:  ⟦PERSON:Shermaine's⟧ flight lands at six.\n⟦PERSON:SHERMAINE⟧:  send it to ⟦PERSON:shermaine⟧, not ⟦EMAIL_ADDRESS:shermaine.chua@example.com⟧ or @⟦PERSON:shermaine_k⟧",
        "Met ⟦PERSON:Tadhg Breathnach⟧ today. ⟦PERSON:Breathnach⟧ will call; Breathnach LLP sent the deed.",
        // Capitalized chat speakers no list holds, beside two other speakers and one the lists know, each message in small
        // letters; not a mail's headers, a form's labels, a rota's days, another language's labels or a family's "Papa:".
        "⟦PERSON:Aleš⟧: who's bringing the braai wood sat?\n⟦PERSON:Karien⟧: not me, ⟦PERSON:Gerhard⟧ said he would\n⟦PERSON:Gerhard⟧: fine, I will\nPapa: ok dann\nHinweis: bitte die Tür schließen",
        "Od: ⟦PERSON:Sonia Miara⟧\nTemat: Urodziny\nData: Wed\nMon: ⟦PERSON:Bilal⟧\nSun: park run\nThu: closed",
        // The writer after a dash or a slash at the text's end, a given name; not a shop's name or a list's bullet. A Jira
        // mention; a handle at the text's end after words, not a bot's.
        "Give him a raise! – ⟦PERSON:Jason⟧ (HR)\n",
        "Prices valid until Sunday – Tesco",
        "Packing list:\n- passport\n- Kindle",
        "[~⟦PERSON:jadwiga⟧] pls update ETA. assigning to you, cc @⟦PERSON:arnoldo⟧",
        "- Build 4.13.3-rc.1 by @dependabot",
        // No maiden name of a renamed firm, no month after a name that is also one, no town after a label, no log's state.
        "Meta (née Facebook) and X (née Twitter). Thanks, ⟦PERSON:May Chen⟧. The lease ends in May 2026.\nDepot: Milton Keynes\nkey 0 DOWN",
        // Titles of other languages before a name: a coach, Afrikaans' Juffrou, Swahili's Ndugu; not before ordinary words.
        "Kiosk: Trener ⟦PERSON:Knut⟧ ⟦PHONE_NUMBER:+47 930 93 877⟧. Juffrou ⟦PERSON:van der Merwe⟧ vra. Ndugu ⟦PERSON:Idrisa Massawe⟧,\nTrener Personal Training Studio",
        // Phone cues of Greek, Italian and India's payments.
        "Για απορίες: ⟦PERSON:Hemi Taufa⟧, τηλ. ⟦PHONE_NUMBER:210 544 7229⟧. Per urgenze: ⟦PHONE_NUMBER:339 783 5471⟧. UPI to ⟦PHONE_NUMBER:9978533173⟧.",
        // Birth and address labels of Slovak, Slovene, Latvian, Lithuanian and Estonian forms; not any date's "data".
        "poistený: ⟦PERSON:Marika Hilmerová⟧, dátum narodenia ⟦DATE_OF_BIRTH:29.06.1961⟧\nzavarovanec: ⟦PERSON:Bogdan Tomažič⟧, datum rojstva ⟦DATE_OF_BIRTH:4. 7. 1991⟧",
        "No: ⟦PERSON:Edgars Zariņš⟧, dzimšanas datums ⟦DATE_OF_BIRTH:27.02.1971⟧\nAdrese: ⟦STREET_ADDRESS:Elizabetes iela 181, LV-1008 Rīga⟧\nGimimo data: ⟦DATE_OF_BIRTH:1988-02-11⟧\nSünniaeg: ⟦DATE_OF_BIRTH:12.03.1979⟧\nAadress: ⟦STREET_ADDRESS:Pärnu mnt 22, Tallinn⟧\nData: 12.03.2024, the data 12.03.2024",
        // The maiden name after "née"; who sent regrets, who witnessed, who came along.
        "⟦PERSON:Mary Walsh⟧ (née ⟦PERSON:Kavanagh⟧), Galway. Peacefully. Regrets: ⟦PERSON:Kang Ye-rin⟧\nThis was witnessed by ⟦PERSON:Georgia Cragg⟧. The nee of a knee.",
        // A label's value in any language: a given name and a surname the lists know, or a given name and a word no list holds;
        // not a place, a famous name or a word run.
        "Kísérők: ⟦PERSON:Nagy Laura⟧ és ⟦PERSON:Borbély Kloé⟧. Venue: Lincoln Centre",
        "Vedoucí: ⟦PERSON:Vilma Říhová⟧. Svedok: ⟦PERSON:Marika Hilmerová⟧, 078-951\nMiejsce: Nowa Huta\nProduct: Summer Sale voucher\nRx: Tab Metformin 500\nItems: Kindle Paperwhite\nReview: Ed Sheeran at Wembley",
        // SURNAME, GIVEN in capitals where a register's field ends; capital names on a numbered list's lines; not places,
        // ordinary words or an agenda's items.
        "ARRIVALS 20 September 2026\nRm 12  ⟦PERSON:CHOWDHURY, TANVIR⟧  2 nts  B&B\nRm 21  ⟦PERSON:GILL, DINESH⟧  3 nts\nName: ⟦PERSON:TATE, SAMUEL⟧\nLONDON, ENGLAND\nPARIS, TEXAS\nWARNING, DANGER",
        "Cardinals batting order\n1 ⟦PERSON:TOMMY MOLINA⟧\n2 ⟦PERSON:CONSTANTIN KÄSTER⟧\nAGENDA\n1 BUDGET REVIEW\n2 PARKING CHANGES\n3 ANY OTHER BUSINESS",
        // A name that is also a word is found again only in capitals, inside a sentence or before a person's verb: not
        // as the word in small letters, nor opening a sentence before anything else ("Rose gardens", "Joy to the world").
        "Is ⟦PERSON:Rose Keane⟧ coming? is ⟦PERSON:Rose⟧ coming tonight or what? ⟦PERSON:Rose⟧ said maybe. Rose gardens close at six; a rose by any name.",
        "Ask ⟦PERSON:Joy Mbeki⟧ first.\nJoy to the world, and joy all round. Then ⟦PERSON:Joy⟧ replied.",
        // A word no list holds is the person again in small letters where the text writes it as a name at least as
        // often; a product's name, written small at every command, is not ("Tessarin" is in no list).
        "[06/10/2026, 17:44:02] ⟦PERSON:Busisiwe Radebe⟧: yes\n[06/10/2026, 17:46:55] ⟦PERSON:Busisiwe⟧: omg ⟦PERSON:busisiwe⟧ is here",
        "Please forward this to ⟦PERSON:Maria Tessarin⟧ about ⟦PERSON:tessarin⟧.",
        "Please forward this to ⟦PERSON:Maria Tessarin⟧ about tessarin services.\n  gcloud tessarin services list\n  gcloud tessarin services delete\n",
        // Manual pages as man prints them: a word broken at a line's end by a hyphen (U+2010) is no name in either half;
        // a compound of two ordinary words is none; "M." before an ordinary word, an initial before a function word,
        // systems named side by side, a placeholder where a user's name goes, a heading of ordinary words.
        "the configuration in the reposi‐\n                 tory.\n\n                 For more",
        "list displays all Google Com‐\n       pute Engine cross-site networks",
        "soaking phase during\n       blue-green node pool upgrades, then edge-cache operations",
        "Hence, R is TREESAME to X but not M. Finally, the merge. Bonjour M. ⟦PERSON:Dupont⟧, merci.",
        "will reveal the merge commits O and P. With parent rewriting; send it to ⟦PERSON:J. Smith⟧ and ⟦PERSON:L. Adams⟧",
        "no path name encoding conversions (except on Mac and Windows).",
        "[-u username] command\n       -u username\n       --user=username\n           Run as username. Path to json file",
        "The\n           Customer Managed Encryption Key (CMEK) used to encrypt",
        // A secret's value is judged, not only the word before it: another option, a placeholder in capitals, a label,
        // a template of words, and after "key" an ordinary word, are no secrets; a password on the same command line is.
        "SYNOPSIS\n  gcloud identity groups list [--page-token=PAGE_TOKEN]\n         --password=PASSWORD\n  keytool -storepass password -validity 180 --key=KEY --location=LOCATION",
        "To set the key attribute:\n\n  Key resource - The Cloud KMS (Key Management Service) key; trailer lines with key Reviewed-by; the provider key long-running operation",
        "Cloud KMS key to use for encryption, of the form:  projects/{project_number}/locations/{location}",
        "  mysql -u root --password=⟦PASSWORD:Tr0ub4dor&3⟧ -h db.internal",
        // A dump's digit groups are no phone; a standard's number no house number; a copyright's years open no address.
        "           0006 0002 00 00       General Purpose Flag  0000\n           0012 0004 06 00 00 00 Compressed Length\n           0029 0006 61 62 63 64 PAYLOAD",
        "CERTIFICATE CONFORMANCE WARNING\n       Internet X.509 Public Key Infrastructure Certificate. Call ⟦PHONE_NUMBER:020 7946 0000⟧ or ⟦PHONE_NUMBER:0800 000 1234⟧",
        " Copyright (C) 1989, 1991 Free Software Foundation, Inc.,\n ⟦STREET_ADDRESS:51 Franklin Street, Fifth Floor, Boston, MA 02110-1301⟧ USA",
        // A famous name with no cue is the public figure, the character or the brand; after a cue a person.
        "Who painted Guernica, Pablo Picasso or Salvador Dalí? What did Marie Curie win her second Nobel Prize for?",
        "Best flavour of Ben & Jerry's for a party? Does Tim Hortons sell oat milk?",
        "Hi, I'm ⟦PERSON:Oliver Hardy⟧ and I need a refund. Please forward this to ⟦PERSON:Marie Curie⟧ in accounts.",
        // A SQL dump's column list names the columns of the rows after it; a product's name is no person's.
        "-- dump\nINSERT INTO `users` (`id`,`first_name`,`last_name`,`city`) VALUES\n(1000,'⟦PERSON:Adaeze⟧','⟦PERSON:Chukwu⟧','Lagos'),\n(1001,'⟦PERSON:Tui⟧','⟦PERSON:Ngata⟧','Auckland');",
        "COPY public.users (id, first_name, last_name, plan) FROM stdin;\n1\t⟦PERSON:Moana⟧\t⟦PERSON:Parata⟧\tgold\n\\.\n",
        "INSERT INTO products (id, name, price) VALUES\n(1,'Blue Widget',9.99),\n(2,'Garden Hose',19.50);",
        "⟦PERSON:Will Hartley⟧ called. Will you call back? ⟦PERSON:Hartley⟧ can ring later.",
        // Two words in running text that no list knows as ordinary words, after a small word that is no place's
        // preposition; not after "near", "in", a comma, and not words that are also ordinary ("Summer Sale").
        "Summarise this complaint from ⟦PERSON:Apostolos Zervas⟧ and the one bought by ⟦PERSON:Lokelani Akana⟧.",
        "Die Überweisung an ⟦PERSON:Manolis Theodorou⟧ ist raus.",
        "The road near Lough Derg is closed. She lives in Vila Madalena. Our Summer Sale starts, Tamil Nadu too.",
        // Not where a word of the two stands nearby in small letters as a word of its own (a product's, a tool's), which
        // a mailbox holding the name is not.
        "Manage databases under Dataproc Metastore services.\n\n  $ gcloud metastore services list",
        // After a verb of communication the same: two words no list holds, neither an ordinary word (a team's are).
        "Please forward this to ⟦PERSON:Olwethu Tessarin⟧ today, not to Product Marketing. Got a message from ⟦PERSON:Olwethu Tessarin⟧.",
        // Who was at a meeting in other languages' minutes; a name in capitals as payments, deliveries and cards print it.
        "Hadir: ⟦PERSON:Hasim Hardiansyah⟧, ⟦PERSON:Luluh Yuliarti⟧, dan ⟦PERSON:Puput Utama⟧.",
        "Aanwezig: ⟦PERSON:Lieve Dennenberg⟧, ⟦PERSON:Feline van de Eerenbeemt⟧",
        "Signed for by ⟦PERSON:RICHARD CARLIER⟧ at 14:30. Payment received from ⟦PERSON:JEMMA WOOD⟧, reference F-386246.",
        "received from HMRC REFUNDS, name FILE NAME",
        // An action item's owner no list holds; a team's or a firm's word is no person (an unlisted firm still is one).
        "Actions:\n1. ⟦PERSON:Ntombizodwa⟧ to share the deck by Friday\n2. Finance to review the budget\n4. Marketing to update the site",
        "Summarise this complaint from ⟦PERSON:Apostolos Zervas⟧ (⟦EMAIL_ADDRESS:apostolos.zervas@example.com⟧) today.",
        "in location us-central1 from the YAML/JSON file, run:\n  5   ISO/IEC 9945:2003\n • Digitally  Signed:  If  some data is digitally signed",
        // Beside a person's own value, or opening a sentence before a verb, a name no list knows.
        "Payroll change: ⟦PERSON:Huang Haoran⟧, new IBAN ⟦IBAN_CODE:FR8817550601722691426202384⟧, effective Jun 8",
        "Tax ID (SSN): ⟦US_SSN:761-33-7022⟧ — ⟦PERSON:Koa Kahananui⟧",
        "bed 4 is ⟦PERSON:Art Marsden⟧, DOB ⟦DATE_OF_BIRTH:14 Jan 1951⟧, nil by mouth",
        "⟦PERSON:Kailani Kealoha⟧ from legal wants a word about the NDA.",
        // A given name in small letters after a cue, or after a clause's first word and before a verb; not a
        // name that is an ordinary word in small letters ("dock", "heather").
        "just spoke to ⟦PERSON:yusuf⟧, he's fine. i'll sync with ⟦PERSON:beatriz⟧ after lunch",
        "i think ⟦PERSON:kwame⟧ already fixed it. does anyone know if ⟦PERSON:mateo⟧ got the laptop?",
        "pallets go to dock 3, then with heather honey for the shop. i think jenkins already fixed it",
        "⟦PERSON:raj⟧, can you check this? ⟦PERSON:sunita⟧'s on leave next week, got a text from ⟦PERSON:ayumi⟧",
        "⟦PERSON:carlos⟧: on my way\nnote: the wifi's off again and it's on the list",
        // SQL rows on the VALUES line itself; a value, then its owner between commas; Polish and Spanish titles;
        // "O'" and "D'" before a capital; a quoted message opening with a name and a verb.
        "INSERT INTO patients (id, first_name, last_name) VALUES (274030, '⟦PERSON:Carys⟧', '⟦PERSON:Pugh⟧'), (274031, '⟦PERSON:Ivo⟧', '⟦PERSON:Brandt⟧');",
        "NHS number ⟦UK_NHS:638 552 5619⟧, ⟦PERSON:Chidinma Anyanwu⟧, referred to dermatology.",
        "Pani ⟦PERSON:Dissanayake⟧ dzwoniła w sprawie wizyty. La señora ⟦PERSON:Delgado⟧ pide el importe.",
        "Mrs ⟦PERSON:O'Shaughnessy⟧ rang about the results.",
        "Classify this ticket: \"⟦PERSON:Lindiwe van Wyk⟧ here, my card is blocked\"",
        "bin gleich da, sag ⟦PERSON:mehmet⟧ bescheid. dile a ⟦PERSON:begoña⟧ que ya voy. thanks ⟦PERSON:ha-eun⟧",
        // A list's items: a name and its part, or names under a key of people; not a list of things.
        "Actions:\n- ⟦PERSON:Riaan Janse van Rensburg⟧: draft RFP\nreviewers:\n  - ⟦PERSON:Elmarie Mthembu⟧\nProducts:\n- Nintendo Switch\n- Belo Horizonte",
        "Sent from my iPhone\n\n⟦PERSON:Karin⟧\n⟦PHONE_NUMBER:0768995714⟧",
        "Data urodzenia: ⟦DATE_OF_BIRTH:11.04.1957⟧. Delivery to ⟦STREET_ADDRESS:F-29, Kadavanthra, Kochi 682020⟧.",
        // Providers' keys of a published shape; a registry login's -p and --password VALUE; a URL's user is no mailbox.
        "GOOGLE_MAPS_KEY=⟦GENERIC_API_KEY:AIzaD4NplSMTmzmHOtKuzZt-u4iGEt5gcXKk4gA⟧\n//registry.npmjs.org/:_authToken=⟦GENERIC_API_KEY:npm_IdZscdPsL39edksf3DFsMl71wnOYil2nlrqe⟧",
        "docker login -u ci-bot -p ⟦PASSWORD:S4ffr0n23.X⟧ registry.example\npsql --password=⟦PASSWORD:Tr0ub4dor3x⟧ -h db\ndocker login --password-stdin",
        "git remote set-url origin https://⟦GITHUB_TOKEN:ghs_UExM5nrSxq4nOdMf9fpntlM2cQ4WkgR7BSRE⟧@github.com/halden/infra.git",
        // A frequent given name in a line of small letters, no cue needed; not a chat export's handle, not a place
        // named like a person, not a line with capitals, not a word in small letters ("ping", "elle").
        "omg ⟦PERSON:anjali⟧ got the job!!! where r u ⟦PERSON:yusuf⟧",
        "[19:33] lena: ticket closed\ndawn in lake louise is unreal. can you ping them\nThe alice test passed",
        "Meet me in Belo Horizonte; she moved to Tamil Nadu.",
        // An honorific before particles and a surname; a name in brackets after a noun of a person.
        "Mevrouw ⟦PERSON:de Vries⟧ vraagt het. Mr ⟦PERSON:van der Berg⟧ called. le livre de Dupont est là",
        "The customer (⟦PERSON:Keoni Nainoa⟧) wants a call back. The release (Blue Harbour) ships today.",
        // A known given name opening a line and addressed; not a place's name there.
        "⟦PERSON:Raj⟧, can you check this?\n⟦PERSON:Yuki⟧ pls call me\n⟦PERSON:Lukas⟧ - are you free at 3?\nParis, je t'aime",
        // A surname in small letters after a given name found so; "its X new number"; a list's item before a dash and a phone.
        "ok so ⟦PERSON:omar aziz⟧ is the one who booked it. its ⟦PERSON:senan⟧ new number, its fine its raining",
        "1. ⟦PERSON:Anela Kealoha⟧ – ⟦PHONE_NUMBER:+1 (617) 503-2524⟧",
        // Famous names pass whole (no word of them a name of its own); a title's words are no name.
        "We swapped Jack Daniel's for a local bourbon. Johann Wolfgang von Goethe lebte in Weimar.",
        "The book club picked Eleanor Oliphant Is Completely Fine for May. The George Washington Bridge is closed; meet at Albert Dock.",
        // A dash or an arrow is no word of a name: "Thiong'o —" is one word, then the dash.
        "* Flights — ⟦PERSON:Wanjiru Kamau⟧ — ISBN 978-0-525-53420-4 — shelf F19\n09:10  Zakopane → Alexandra  platform 2",
        // Session 12. Forms' name labels of other languages; "Nama" itself is the label, no speaker.
        "Cognome: ⟦PERSON:D'ANGELO⟧\nNome: ⟦PERSON:Sara⟧\nData di nascita: ⟦DATE_OF_BIRTH:12/1/1998⟧",
        "NOM : ⟦PERSON:ABDULLAH⟧\nPrénom : ⟦PERSON:Karim⟧",
        "Nama: ⟦PERSON:Agus⟧\nTanggal lahir: ⟦DATE_OF_BIRTH:16/7/1987⟧\nNo. HP: ⟦PHONE_NUMBER:0853 8356 2438⟧",
        "Ejemplo de nombre: Fulano de Tal",
        // A role's title before a known name; not before a word.
        "Coach ⟦PERSON:Barraclough⟧ wants everyone there by 8. Nurse ⟦PERSON:Adeyemi⟧ said so. The Coach Station is shut.",
        // Pairs joined by "and" in several languages; a word beside a name only with it.
        "⟦PERSON:Princess⟧ and ⟦PERSON:Analyn⟧ are splitting the bill. ⟦PERSON:Lakshmi⟧ i ⟦PERSON:Michał⟧ już to wysłali.",
        "Add a Caesar salad. Faith and Hope are virtues.",
        // Born after a name; addressed at a sentence's end; likes after a name opening a sentence.
        "Write a poem for ⟦PERSON:Gaëlle⟧, born ⟦DATE_OF_BIRTH:27 Oct 1985⟧.",
        "Was this you, ⟦PERSON:Litia⟧? Is it far, Paris?",
        "What should I get ⟦PERSON:Cormac⟧ for our anniversary? ⟦PERSON:Cormac⟧ likes hiking.",
        // A rota's days; notes' items with a dash.
        "Rota: Mon ⟦PERSON:Aminu⟧, Wed ⟦PERSON:Manon⟧, Fri ⟦PERSON:Garrett⟧",
        "Minutes: ⟦PERSON:Emi⟧ - budget ok; ⟦PERSON:Aoife⟧ - hiring freeze",
        "Contact ⟦PERSON:Isla⟧ on ⟦PHONE_NUMBER:07263 930740⟧. Contact Support on the portal.",
        // Closings of other languages; possessives before a personal noun.
        "Kirim ke alamat ini. Salam, ⟦PERSON:Ayu Purnomo⟧",
        "If there's no answer, try ⟦PERSON:Rohan Gill⟧'s work line.",
        // Names in small letters after chat cues; greetings are no names.
        "note to self remind ⟦PERSON:tiana⟧ about the dentist and send ⟦PERSON:malgorzata⟧ the photos",
        "omg ⟦PERSON:kunal⟧ got the job!! ask mark about it",
        "selam ⟦PERSON:ayse⟧, yeni numaram ⟦PHONE_NUMBER:0530 601 38 03⟧",
        // Phone cues of other languages; an order number is none.
        "hej, mój nowy numer to ⟦PHONE_NUMBER:665 759 604⟧. Nomor pesanan 502416668.",
        "⟦STREET_ADDRESS:188 Gum Tree Cl⟧ is the house, and ⟦STREET_ADDRESS:14 Marine Pde⟧\nTownsville",
        // Documentation addresses are found (scanners' test cases write them as real ones); nationalities, a route's places, a street joined to its word.
        "In the docs we use ⟦IP_ADDRESS:198.51.100.36⟧ and ⟦IP_ADDRESS:2001:db8::1⟧ (examples, found all the same).",
        "Angela Merkel served as German chancellor. Trains from Charlotte to Raleigh resume.",
        "A message from ⟦PERSON:Charlotte⟧ to the team.",
        "Werkzaamheden op de Prins Hendrikkade tot vrijdag. We visited Florence.",
        // Turkish addresses from the neighbourhood; the word before it is the sentence's.
        "Kargo ⟦STREET_ADDRESS:Levent Mah. Atatürk Cad. No: 73 D: 19, 34337 Beşiktaş/İstanbul⟧ adresine teslim edildi.",
        "Adres: ⟦STREET_ADDRESS:Şehit Kubilay Mahallesi 1453. Sokak No 12A⟧, yeni ev",
        // Indonesian address before any name; a chat's @here; a surname that is a word before a verb.
        "pak ⟦PERSON:Intan⟧, paketnya sudah saya titip ke satpam ya.",
        "@here ⟦PERSON:Huia Rangihuna⟧ is our new intern, say hi",
        "⟦PERSON:Delroy Rich⟧ signed off the budget. Kestrel Networks said so. Kaizer Chiefs signed a goalkeeper.",
        // Titles in small letters and police ranks; Indonesian address before a full name; self-introductions.
        "La riunione con l'avvocato ⟦PERSON:Di Stefano⟧ è spostata. Statement taken by PC ⟦PERSON:Brosnan⟧. A new PC World.",
        "Yth. Bapak ⟦PERSON:Yoga Hidayat⟧,\nTerlampir jadwal",
        "Is de kinderwagen nog beschikbaar? Ik ben ⟦PERSON:Fenna⟧ en kan morgen langskomen. Estimado Sr. ⟦PERSON:Santos⟧:",
        "⟦PERSON:John Smith Sr⟧. Software Engineer",
        "Subs to ⟦PERSON:Senan Lynch⟧ (treasurer), please.",
        // Every USPS street suffix, not only the common ones; an abbreviation of three letters is no initial.
        "Send it to ⟦STREET_ADDRESS:62024 Hodge Radial Suite 648⟧. I moved to ⟦STREET_ADDRESS:946 Smith Brooks⟧ last year.",
        "Write to ⟦STREET_ADDRESS:5724 Karen Greens Apt. 899\nSouth Ambermouth, YT X2R 1E7⟧ please",
        "Buses from 05:00 Mon 17 Mar. Route 430N diverts via the bridge.",
        // US military addresses, on two lines or one; Canadian postal codes, with or without the space.
        "Ship to ⟦STREET_ADDRESS:PSC 7602, Box 7584\nAPO AP 49708⟧.",
        "⟦STREET_ADDRESS:USNS Webster\nFPO AA 60349⟧",
        "Mail for him goes to ⟦STREET_ADDRESS:CMR 415, Box 12, APO AE 09114⟧ until June",
        "We live at ⟦STREET_ADDRESS:401 Little Creek\nLake Danielle, NU T3S 8B6⟧, come by.",
        "⟦STREET_ADDRESS:79634 Adams Haven\nNorth Judy, NL S3Y2B3⟧",
        // A flat on its own line above a street without a number (UK); Australian types and states.
        "⟦STREET_ADDRESS:Flat 48\nHolt Cliff\nPort Daleville\nW8H 9GT⟧",
        "Deliver to ⟦STREET_ADDRESS:336 Gardner Fairway, Braddon ACT 2612⟧ by noon",
        "⟦STREET_ADDRESS:8 George Villas\nSt. Melanie, VIC, 2999⟧",
        // A name listed beside a person found is a person: "and", "+", another language's "and", a comma list.
        "Name(s): ⟦PERSON:Margaux Faure⟧ + ⟦PERSON:Baljit⟧",
        "⟦PERSON:Srinivas D'Costa⟧ and ⟦PERSON:Sashoy⟧ are delighted to announce it.",
        "Turnos: lunes ⟦PERSON:Jasleen y Emre⟧; viernes ⟦PERSON:Pablo Castro⟧. Turnos: lunes ⟦PERSON:Xochitlan⟧ y ⟦PERSON:Emre⟧.",
        "Thanks ⟦PERSON:Amy Davis⟧ and Acme Corp for the demo.",
        // Who someone is to the writer; addressed at a quote's start; after a semicolon; "Surname, Given" in a roll.
        "She said her husband ⟦PERSON:Nonso⟧ also runs a café. My cousin ⟦PERSON:Ariki⟧ is in town.",
        "Rewrite this: \"⟦PERSON:Thomas⟧, you still haven't paid for the tickets.\"",
        "The kids are on the ferry; ⟦PERSON:Thomas⟧ will meet them off the boat.",
        "Present: ⟦PERSON:Barrett, Bryan⟧; Lane, ⟦PERSON:Marc⟧. We flew to Paris, Texas.",
        // The account of a log line: sshd's and the access log's; no system account.
        "Accepted publickey for ⟦PERSON:seanr⟧ from ⟦IP_ADDRESS:1.186.189.57⟧ port 38267 ssh2",
        "⟦IP_ADDRESS:143.156.228.161⟧ - ⟦PERSON:seberhard⟧ [2026-06-25T11:47:33Z] \"GET /account HTTP/1.1\" 200",
        "Failed password for root from ⟦IP_ADDRESS:10.0.0.4⟧ port 22",
        // Firms named after people are no people: a surname and a firm's suffix, three surnames of partners.
        "The quote from Adams, Castillo and Davis is valid. Duncan PLC and Franklin and Sons merged; Lewis LLC did not.",
        "Reference request for ⟦PERSON:Chris Butler⟧ from Patterson, Baker and Newton. Thanks to ⟦PERSON:Priya⟧, ⟦PERSON:Urvashi⟧ and ⟦PERSON:Karan⟧.",
        "Walk down ⟦STREET_ADDRESS:Calle San Vicente Mártir, 239, 15793 Valencia⟧ today",
        // Double given names the lists hold only in parts; a degree after a name is no initial of it; a German
        // house number with a range or a flat.
        "⟦PERSON:Anne-Marie⟧ called about it. Thanks ⟦PERSON:Hans-Walter⟧! Korean names stay: the customer is ⟦PERSON:Ji-ho⟧.",
        "Please forward this to ⟦PERSON:Bekir Neuschäfer⟧ B.Sc. and ⟦PERSON:Mary J. Blackwood⟧.",
        "Lieferadresse: ⟦STREET_ADDRESS:Seifertstr. 8/3\n58534 Heinsberg⟧\nDanke",
        // Italian and Spanish streets of every type: the comma before the number, a floor or door after it, a number
        // ending the clause; the postcode before or after the town as a part of its own; Dutch streets and postcodes.
        "Spedire a ⟦STREET_ADDRESS:Strada Elisa, 23\n13884, Torrazzo (BI)⟧ entro lunedì",
        "Spedisci a ⟦STREET_ADDRESS:Borgo Caterina, 893 Appartamento 7⟧ grazie",
        "Enviar a ⟦STREET_ADDRESS:Glorieta de Guiomar Serra 774\nCuenca, 30087⟧\nVivo en ⟦STREET_ADDRESS:Paseo Ani Guijarro 74⟧.",
        "Plaza Hotel opens at noon. I moved to Paseo Regina Prada 486 days ago.",
        "Adres: ⟦STREET_ADDRESS:Jakebaan 45\n2289UY⟧\nHerwen",
        // After a verb of meeting, a given name and a surname that are words too; whom one asks or tells about or to
        // something, whatever else the name is; not a voice assistant, not an organisation.
        "I met with ⟦PERSON:Mark Brown⟧ yesterday. I met with Royal Mail yesterday.",
        "Ask ⟦PERSON:Victoria⟧ about it. Tell ⟦PERSON:Amber⟧ to call. Ask Alexa to set a timer.",
        // A rota's names after the hours; a name in capitals before a value of the person's own.
        "Saturday rota\n08–12 ⟦PERSON:Eva⟧\n12–16 ⟦PERSON:Christine⟧\n09:00 Registration\n10:30 Coffee",
        "The name must match the passport exactly: ⟦PERSON:LYDIA ANDERSON⟧, date of birth ⟦DATE_OF_BIRTH:25/01/2000⟧.",
        // Firms by their legal forms and family words in other languages: none is a person.
        "The contract with Ramón Múgica Céspedes S.L. was signed. I work at Hnos Gascón S.A.. Boulay Merle S.A.R.L. and van der Heijden Groep.",
        // Passwords in prose: a word of time after the link, links and words of more languages, more words between;
        // a name between the word and the value is still found.
        "The wifi password is now ⟦PASSWORD:7%Mv_Ug@&&(m2A_w⟧, thanks. The password is now required for login.",
        "Das WLAN-Passwort im Büro ist jetzt ⟦PASSWORD:7%Mv_Ug@&&(m2A_w⟧, bitte nicht weitergeben.",
        "hasło do wifi w biurze to teraz ⟦PASSWORD:X(vsAxVp@*+0⟧",
        "Kata sandi email kantor: ⟦PASSWORD:bunga6693*Laut⟧",
        "La contraseña del correo de ⟦PERSON:Tommaso⟧ es ⟦PASSWORD:Rainbow&1740⟧",
        "Your password to the portal is still ⟦PASSWORD:Welcome2024!⟧",
        // JCB's 15-digit numbers from 1800, checked by Luhn as every card.
        "Card: ⟦CREDIT_CARD:180009152487057⟧ exp 04/29. Order 180009152487058 shipped.",
        // A chat's mention of a handle in small letters; no decorator, doc tag, package scope or group.
        "@⟦PERSON:scasellati⟧ can you look at the failing build? @⟦PERSON:tmodi⟧ is stuck. Ping @here, npm i @types/node, @param name.",
        "@property\ndef x(self): pass",
        // Australia: a unit and a slash before the number, more of Australia Post's types, the postcode before a stop.
        "I moved to ⟦STREET_ADDRESS:8/82 Hale Deviation⟧ last year. Send it to ⟦STREET_ADDRESS:5 Glover Rotary⟧.",
        "Ship to ⟦STREET_ADDRESS:96 Zachary Chase\nSouth Travis, NSW, 2657⟧. Ratio 1/2 Cup Sugar.",
        // A French street with no house number above its postcode line; not the street's name alone.
        "Ship to ⟦STREET_ADDRESS:rue Vincent\n95845 Saint Simone-sur-Mer⟧. Send it to rue Alice Boyer.",
        // A name under a key of logs: name="...", cardholder='...'.
        "payment declined name=\"⟦PERSON:OKSANA KOWALCZYK⟧\" retry=1",
        // Australia: the rest of Australia Post's types; a unit word, its number, then the house number.
        "Send it to ⟦STREET_ADDRESS:9 Nichols Brace⟧. I moved to ⟦STREET_ADDRESS:43/88 Joseph Stairs\nNew Jennafurt, NT, 2794⟧.",
        "Ship to ⟦STREET_ADDRESS:Unit 40 271 Green Gates\nDillonhaven, NT, 2900⟧. Send it to ⟦STREET_ADDRESS:Apt. 851 29 Sullivan Strip⟧.",
        "Address: ⟦STREET_ADDRESS:Suite 063 87 Mary Ronde\nJenkinshaven, VIC, 2875⟧",
        // India: a house number and a comma, parts by commas or lines, the town and its PIN after '-' or a space; with
        // no PIN, a marked or slashed number, or an Indian type. Not a year, not a shop's receipt, not a card's digits.
        "Ship to ⟦STREET_ADDRESS:62, Sen Chowk, Dharmavaram-977645⟧. Ship to ⟦STREET_ADDRESS:H.No. 81\nRattan Street, Srikakulam-825252⟧.",
        "Send it to ⟦STREET_ADDRESS:95/556, Shetty Road⟧. Send it to ⟦STREET_ADDRESS:286, Pillai Nagar⟧. Send it to ⟦STREET_ADDRESS:H.No. 27, Baral Marg⟧.",
        "In 2019, Baker Street was closed.\nSHOP\nShop 3, Main St\nOrder 12",
        // "Surname, Given" after a roll's label or a role, and as the next item of a roll: a word or an unknown name counts.
        "Present: ⟦PERSON:Barrett, Bryan⟧; Lane, ⟦PERSON:Marc⟧; ⟦PERSON:Holmes, Wendy⟧. Quorum reached.",
        "Guest ⟦PERSON:Dixon, Lee⟧ asked for a late checkout. Present: ⟦PERSON:Ganesan, Girik⟧; ⟦PERSON:Tara, Jhalak⟧.",
        "Topics: Budget, Hiring; Sales, Marketing. Present: London, Paris; Berlin, Rome.",
        // A bracketed US area code with spaced groups; a note to call someone, its number at the end, in several languages;
        // not a system's bracketed line, a free number, a group of a longer number or a short reference.
        "Please confirm by calling ⟦PHONE_NUMBER:(801) 227 2727⟧.\nchiamare ⟦PERSON:Raffaele⟧ per il preventivo, ⟦PHONE_NUMBER:3439593780⟧\n⟦PERSON:Krystyna⟧ - oddzwonić w sprawie wyceny, ⟦PHONE_NUMBER:793 098 264⟧",
        "[call recording 1766918817 confidence 0.54]\nLlama al 900 840 233 y pide tu presupuesto\nCall re order 12345678",
        // Beside a column of a name's part, "nome" and "Name" are the other part; "cellulare" is a phone column.
        "cognome\tnome\tcellulare\n⟦PERSON:Sauli⟧\t⟦PERSON:Griselda⟧\t⟦PHONE_NUMBER:3316967888⟧\n",
        "Name;Vorname;Ort\n⟦PERSON:Hahn⟧;⟦PERSON:Aleksandr⟧;Berlin\n",
        // Lists of first names joined by "or" and " / ".
        "Ask ⟦PERSON:Ikbal⟧, ⟦PERSON:Guneet⟧ or ⟦PERSON:Varenya⟧ - they were all there.\n09:00 ⟦PERSON:Anna⟧ / ⟦PERSON:Bartholomew⟧",
        // A quoted header; one known name under a column of names; Polish columns of a name's parts; people columns by role.
        "\"Name\",\"Address\",\"Fee\"\n\"⟦PERSON:Hannah⟧\",\"Leeds\",\"£9.9\"\n\"Widget\",\"York\",\"£2\"\n",
        "Nazwisko;Imię;Miasto\n⟦PERSON:Kowalska⟧;⟦PERSON:Zofia⟧;Gdańsk\n",
        "Ticket,Assigned to,Company name\n4411,⟦PERSON:Priya Raman⟧,Acme Widgets\n",
        // Credential pairs and a Spanish password word; key material by what it does; a Turkish birth key in JSON.
        "user admin, pass ⟦PASSWORD:lantern_walnut_copper-36⟧\nclave del router: ⟦PASSWORD:L3tM31n!80⟧\nnetflix login: ⟦EMAIL_ADDRESS:abi_p@yahoo.co.uk⟧ / ⟦PASSWORD:Meadow_1612⟧",
        "pass the salt please\nuser bob pass me the file\npalabra clave del sitio: SEO\nsigning_key_id: \"abc\"",
        "  JWT_SIGNING_KEY: \"⟦GENERIC_API_KEY:zOma2Fm3LurG0SsTNxy0RqMcihwfKLd3lDRJyZqY⟧\"\n{\"ad_soyad\": \"⟦PERSON:Doğannur Manço⟧\", \"dogum_tarihi\": \"⟦DATE_OF_BIRTH:1990-11-24⟧\"}",
        // A street after a preposition of place, the sentence going on; an Italian honorific is no name; not a count.
        "ci siamo trasferiti in ⟦STREET_ADDRESS:Canale Bellini 141⟧ il mese scorso. Alla Sig.ra ⟦PERSON:Yoko Hayashi⟧, grazie.",
        "in Lago di Como 3 giorni fa; in Piazza Navona 3 volte",
        // No person: a storm's name, a timetable's stop before its times, a clause's opener joined to a name, a German noun
        // joined to another by a particle; the words after "von" are read on their own; "Herrn" is an honorific.
        "Flights were cancelled as storm Floris moved in. The storm named Éowyn brought gusts.\nPuerta del Sol   07:05  07:35  08:05\nDie Aktie von Siemens stieg. Sperrung der Goethestraße",
        "When ⟦PERSON:Amy Davis⟧ called, we left. Bitte überweisen Sie das Gehalt von ⟦PERSON:Omar Abu Ghazaleh⟧ ab dem nächsten Monat. Termin mit Herrn ⟦PERSON:Karl von Drais⟧.\n⟦PERSON:Anna Kowalski⟧  1:05 PM\nhi all",
        // A given name, also one that is a word, before a verb of speech; a relation and the name in brackets; a clinic's
        // "Pt"; the parties of reports and forms by label; Turkish greetings before a full name. Not a place or a pronoun.
        "Quote sent, ⟦PERSON:Jasmine⟧ replied asking for a date. ⟦PERSON:Grace⟧ said no. China said no. Nobody said anything.",
        "How did you hear about us? a friend (⟦PERSON:Aaron⟧)\nPt ⟦PERSON:Yamada⟧ asked for a female doctor\nOther driver: ⟦PERSON:Cahir Henry⟧\nSayın ⟦PERSON:Telim Akça⟧,",
        // A number that answers a question for one, alone on its line or as a chat message; a Brazilian mobile; a date of
        // birth answering a question for one. Not a time stamp or a form's other date under a label.
        "ma ktoś nowy numer?\n⟦PERSON:Krystyna⟧: ⟦PHONE_NUMBER:885 921 746⟧\nqualcuno ha il numero?\n[08:09] <⟦PERSON:pierinaf⟧> ⟦PHONE_NUMBER:330 9318851⟧\nContato: ⟦PHONE_NUMBER:51 96930-7206⟧",
        "Phone number on the form\nSubmitted: 1723924343000\nRéférence : 1 234 567 890\nDate of birth of the employee\nStart date:        13/12/2026",
        "can everyone send their date of birth for the form\n⟦PERSON:Aisyah Riyanti⟧, ⟦DATE_OF_BIRTH:08-12-1989⟧",
        // A PostgreSQL password file's lines; not an IPv6 address at a line's start. A surname alone under a people column.
        "db.internal:5432:app:app_rw:⟦PASSWORD:Xk9#mP2vLq⟧\nlocalhost:*:*:postgres:⟦PASSWORD:hunter2hunter⟧\n⟦IP_ADDRESS:fe80:0000:0000:0000:ba4c:ae9d:de26:4f67⟧ - x",
        "| Day | Volunteer |\n|---|---|\n| Mon | ⟦PERSON:Okonkwo⟧ |\n| Tue | TBC |\n",
        // A list of names in small letters goes on after a conjunction; "mit" cues a name; not after a comma, not a word.
        "so i spoke to ⟦PERSON:xiulan⟧ and ⟦PERSON:chakradev⟧ and they're both fine. bin mit ⟦PERSON:patric⟧ und ⟦PERSON:gustav⟧ im biergarten",
        "selam ⟦PERSON:ayse⟧, yeni numaram sende var mi\nspoke to ⟦PERSON:yusuf⟧ and then left",
        // Who wrote a note, in brackets before its colon; a given name before an identifier's label and number; not a
        // ticket's priority or a severity in brackets.
        "Agent note (⟦PERSON:Bronwyn⟧): refund issued\nInternal note (⟦PERSON:Hampus⟧) : verified\n⟦PERSON:Lena⟧ SSN ⟦US_SSN:123-45-6789⟧ (spouse)\nTicket (P2): printer down\nSeverity (High): outage",
        // An AWS key id and its secret pasted as a pair; Spanish and Portuguese birth words; a Romance street, a dash and
        // its postcode.
        "keys? ⟦AWS_ACCESS_KEY:AKIAHTUPZOSO9N99DVNF⟧ / ⟦AWS_SECRET_KEY:wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKE⟧\nLa paciente, nacida el ⟦DATE_OF_BIRTH:14 de marzo de 1974⟧, acude.\nScrivere a ⟦STREET_ADDRESS:Viale Rossi 109 – 20142 Milano MI⟧",
        // A password asked for in a question and given on a later line of the chat; not a version or a sentence.
        "⟦PERSON:Mia⟧ (14:01): what is the wifi password?\n⟦PERSON:Zoe⟧ (14:02): ⟦PASSWORD:Tr0ut.2291!⟧\n⟦PERSON:Mia⟧ (14:03): thanks",
        "what is the password policy?\nAt least 12 chars.\nv2.3.1-beta",
        // A markdown column of people named as an export's is ("Ansprechpartner").
        "| Firma | Ansprechpartner |\n|---|---|\n| Acme GmbH | ⟦PERSON:Anna⟧ |\n",
        // A given name opening a sentence, a few words of where, and a verb; a Turkish postposition after a name inside a
        // sentence. Not a place, not an adjective that is a name ("Frank feedback"), not a noun opening a line ("Kira için").
        "The key safe code is 8082.\n⟦PERSON:Benjamin⟧ next door has a spare key. ⟦PERSON:Yong⟧ at reception was lovely.\nbu e-postayı özetle ve ⟦PERSON:Bengibay⟧ için kibar bir cevap yaz.",
        "Paris in spring is lovely. Florence at night was magical. Frank feedback is welcome.\nKira için IBAN: yok",
        // Vietnamese letters with two marks fold to their base for the lists ("Nguyễn" is "nguyen", "Huỳnh" "huynh").
        "Please forward this to ⟦PERSON:Nguyễn Văn Hồng⟧. ⟦PERSON:Huỳnh Thị Lan⟧ emailed me.",
        // A log's or a form's account and a pull request's author; a system or service account, a connection string's user,
        // a YAML key and a chat's handle in small letters are none.
        "2024-02-25 11:24:10 INFO auth: login ok user=⟦PERSON:junckena⟧ ip=⟦IP_ADDRESS:142.192.124.80⟧\nUsername: ⟦PERSON:abennett⟧\nMerge pull request #8553 from ⟦PERSON:shirley⟧/fix-timezone",
        "login ok user=admin\nhost=db.internal user=report password=x\nuser: app\nUsername: root\nuser=deploy-bot\n[10:18] lucas: ok\nMerge pull request #12 from dependabot/npm",
        // A record's line opening "Surname, Given": the given name may be one no list holds; a place, a word is none.
        "⟦PERSON:Shah, Faqid⟧ has moved to ward 4.\n⟦PERSON:Kowalczyk, Malwina⟧\nParis, Texas is a film.\nYoung, Gifted and Black\nSmith, Quarterly report attached",
        // Initials and a surname after a preposition or a naming cue, or before a verb of speech; not a plan's letter.
        "It belongs to ⟦PERSON:L. Yatich⟧ upstairs. Written by ⟦PERSON:É. Martineau⟧. Contact ⟦PERSON:J. Smith⟧ today.",
        "⟦PERSON:J. Smith⟧ called. We chose plan B. Then we left. Take vitamin D. Levels are low. Made in the U. S. Army style.",
        // Phones: a label's colon after the number, Dublin's bracketed (01), dots after a bracket, an unbroken national
        // number with a phone word earlier on its line; not an order's number.
        "Voicemail from ⟦PHONE_NUMBER:089 851 1876⟧: hey. Call ⟦PHONE_NUMBER:(01) 573 7287 ext. 781⟧ or ⟦PHONE_NUMBER:(07).7410.8522⟧.",
        "Stop calling ⟦PHONE_NUMBER:+234 8135011751⟧ and use ⟦PHONE_NUMBER:08138547682⟧ instead.\nOrder 0401501723 shipped at 0123 4567:30.",
        "Emergency contact: ⟦PERSON:Juhani Salonen⟧ (spouse), ⟦PHONE_NUMBER:0401501723⟧.",
        // Not people: the writer after a vocative, a form's parties before "(role):", a saint's name, a name after "the".
        "Dear ⟦PERSON:Kelsey⟧, I'm writing about my father, ⟦PERSON:David Simpson⟧. Hi ⟦PERSON:Tom⟧, I’d like that.",
        "Applicant (tenant): ⟦PERSON:Jef Dubois⟧\nRespondent (landlord): ⟦PERSON:Camille Jacobs⟧",
        "The rail link to St. John's opens. w/ ⟦PERSON:Priya⟧ and ⟦PERSON:Itzel Oliveira⟧ re: the Kerry site",
        // Who is writing: "it's" and a name before "from", "here" or a comma; no contraction opens a name.
        "hello it's ⟦PERSON:edward⟧ from the dental practice just confirming. It's ⟦PERSON:Tom⟧ from Acme. Hi, it's ⟦PERSON:Laleh⟧, call me.",
        "it's pouring, take a coat. it's the surgery calling. It's Monday. it's ok, thanks.",
        // Whom one calls, texts or sits away from; not a team after the verb.
        "Do not call ⟦PERSON:Robin Ramsbottom⟧ before 10am. text ⟦PERSON:Mark Brown⟧ the address. Please call Customer Services today.",
        // A signature's name above its job title; a job title is no name above an address.
        "⟦PERSON:Lee Fuller⟧\nAccount Manager · Johnson Group\nProject Update\nManager notes below",
        "⟦PERSON:Grzegorz Sokolov⟧\nSenior Data Engineer\n⟦STREET_ADDRESS:144 Albion Terrace⟧",
        // Before " on " and a phone number, after a verb of calling, names no list holds; not a desk or a team.
        "Driver note: ring ⟦PERSON:Oluwasegun⟧ on ⟦PHONE_NUMBER:+91 67439 14499⟧. Call ⟦PERSON:Akinkunmi Akinrinola⟧ on ⟦PHONE_NUMBER:08052128203⟧.",
        "Call Reception on ⟦PHONE_NUMBER:020 7946 0000⟧. Contact Support at ⟦PHONE_NUMBER:+44 20 7946 0000⟧.",
        // Dates of birth: eight digits after a birth label on their line (not a calendar's start); German "geb.", Turkish
        // and Indonesian months and labels without a colon; Portuguese "novembro".
        "DOB: ⟦DATE_OF_BIRTH:19830504⟧\nDate of birth:     ⟦DATE_OF_BIRTH:19680313⟧\nOrder 19830504 shipped.",
        "SUMMARY:King's Birthday\nDTSTART:20250526\nLOCATION:Alice Springs",
        "Frau ⟦PERSON:Vollbrecht⟧, geb. ⟦DATE_OF_BIRTH:25. März 1992⟧, hat abgesagt. Doğum tarihini ⟦DATE_OF_BIRTH:18 Ekim 1950⟧ diye yazmış.",
        "tanggal lahir ⟦DATE_OF_BIRTH:21 Maret 1988⟧, minta kartunya diblokir. Nascimento: ⟦DATE_OF_BIRTH:15 de novembro de 1957⟧.",
        // Spain: "C." opens a street named after a person, no initial; a particle in the name and the sentence going on.
        "Send it to ⟦STREET_ADDRESS:C. Evangelina Díaz 23⟧. I moved to ⟦STREET_ADDRESS:Avenida de Vasco Palau 32⟧ last year. Plaza Hotel 5 stars.",
        // India: a house number on a line of its own, or slashed before the line's end; not a page number or a count.
        "Ship to ⟦STREET_ADDRESS:62\nRamachandran Nagar\nMahbubnagar-319563⟧. Send it to ⟦STREET_ADDRESS:82/02\nKant Road⟧.",
        "Page 12\nMain Street is long\nTotal\n12\nItems",
        // From the review of this round's rules: none of these is personal data.
        "Hi ⟦PERSON:Sarah⟧, Hope you're well. Thanks Fedex, Will do. from Acme, Hope you are well.",
        "Take the 5 Green Line to work. He bought 2 Gold Bank shares. We had 2 Big Steps forward. Platform 3, Central Line.",
        "I moved to Lago di Como 3 days ago. Visit Praia do Forte 3 times. Our order number is 5512.",
        "Meet Zorblax on 12.05.2024 and ring Zorblax at 10.30 - 11.45.",
        // ... and these are: an Australian type that is a word, after an address's word or with its town.
        "I moved to ⟦STREET_ADDRESS:9 Michael Centre⟧ last year. Ship to ⟦STREET_ADDRESS:86/626 Bruce Line\nLittleborough, SA, 2919⟧.",
        // After thanks or a greeting, a name no list holds, closed by "!" or ","; not a word of the stop lists.
        "Thanks ⟦PERSON:Waltrud⟧! Hi ⟦PERSON:Edhitha⟧, how are you? Thanks Again! Hi There, Dear Sir, hello.",
        // Dutch boulevards; not the word alone.
        "Send it to ⟦STREET_ADDRESS:Hendrikboulevard 4⟧. Boulevard 4 is a film.",
        // A German role opens no name: the name starts after it.
        "Patientin ⟦PERSON:Lotti Vollbrecht⟧ hat abgesagt. Kundin ⟦PERSON:Anna Schmidt⟧ hat angerufen.",
        // Brazil: more types of street, the town and state after the CEP, an eight-digit CEP with its state.
        "Ship to ⟦STREET_ADDRESS:Lago Ísis Moreira, 33\nEmbaúbas\n03870-556 Almeida / RJ⟧.",
        "Address: ⟦STREET_ADDRESS:Viela de das Neves, 37\nVila Real\n05685875 Pacheco / RS⟧",
        // The subject of a clause after "once" or "until" before "has" or "is"; not a team or a month.
        "We revisit once ⟦PERSON:Dean⟧ has the figures, and rebook once ⟦PERSON:Upadhriti⟧ is back. Wait until Marketing has it, until June is over.",
        // The next item of a roll "Surname, Given" may hold names no list holds; places are none.
        "Present: ⟦PERSON:Ganesan, Girik⟧; ⟦PERSON:Ülker, Gülsalın⟧; ⟦PERSON:Tara, Jhalak⟧. Venues: Paris, Texas; Lyon, Rhone.",
        // A title after the name is no part of it (Turkish, Hindi); a greeting of more languages; not a double name's part.
        "Merhaba ⟦PERSON:Şadıman⟧ Hanım, ⟦PERSON:Intan⟧ abi geliyor. Please ask ⟦PERSON:Sharma⟧ ji. Beste ⟦PERSON:Sanne⟧, tot morgen. Prof ⟦PERSON:Ji-woo Kim⟧ came.",
        // Whom one collects, in the languages parents write in.
        "tu peux récupérer ⟦PERSON:Maxence⟧ à l'école ? możesz odebrać ⟦PERSON:Zofia⟧ ze szkoły?",
        // A name in small letters after whose "name" it is, or spelt out after "spelled"; not "my name is not important".
        "hello my name is ⟦PERSON:dilshan wickramasinghe⟧ ringing about my prescription, it's in my wife's name ⟦PERSON:amber carr⟧ and my last name is ⟦PERSON:garba⟧",
        "the word is spelled c a t. my surname is spelled ⟦PERSON:d u n s t a n⟧ ok. my name is not important, enter your name as it appears",
        // In a message written in small letters, a rarer given name that no list calls a word, ambiguous or a surname.
        "hab ⟦PERSON:thorvald⟧ heute im zug getroffen, sag ihm hallo",
        // Inside a sentence, a rarer given name that is no word, before a word in small letters or the clause's end; not
        // after a place's preposition, not a double-barrelled firm, not a dish or a pronoun.
        "⟦PERSON:Thorvald⟧ is out today. Hilton and Marriott both changed. I sat with ⟦PERSON:Thorvald⟧ at lunch. The form ⟦PERSON:Oluwadamilare⟧ signed. Reading in Philippine schools. Bell at Shaw-Chapman is keen. Add a Caesar salad. Brunch: eggs Benedict. Jadwal wawancara Anda adalah besok.",
        // A frequent given name that is also a word, then a name no word is: a person; not a word after it, a particle,
        // a storm's name or a firm's ("Maison Lefort").
        "⟦PERSON:Summer Krishnamurthy⟧ asked about leave. ⟦PERSON:Hope Ngozi⟧ is feeling better. Hope Street is closed. Storm Isha came. Maison Lefort called. The Summer Sale starts.",
        // A rota's people, by what they do there; one given name fills a cell too. A list's item opening with "Did".
        "| Day | Engineer | Mobile | Backup |\n|---|---|---|---|\n| Mon | ⟦PERSON:Hiroshi Nakamura⟧ | ⟦PHONE_NUMBER:0433559476⟧ | ⟦PERSON:Grace⟧ |\n| Tue | TBC | none | Open |",
        "- Did ⟦PERSON:Raghav⟧ ever get back to you?\n- Did Marketing ever reply?",
        // The value of any label: a given name closing the line or the sentence, or before a verb or a preposition; not
        // before a noun ("Frank feedback"), not a place.
        "Confirmed: ⟦PERSON:Priya⟧ collecting the keys. Brunch: Caesar dressing. Redacta el acta: ⟦PERSON:Jenny⟧. INC4412: ⟦PERSON:Oskar⟧ can't log in. 10am: ⟦PERSON:Priya⟧ to demo. Seating: ⟦PERSON:Kalani⟧ next to me.",
        "tk: Frank feedback welcome. Brunch: Caesar salad. Location: Sydney. Status: Open.",
        // A place named as people are, on a route or after travel and "to"; whom one talks to stays a person.
        "Cheap flights Charlotte to Raleigh today. flights to santiago are so cheap rn.",
        "talk to ⟦PERSON:charlotte⟧ about it",
        // A street with no number, maybe after a house's name, then the town and a postcode; without the postcode, prose.
        "the boiler at ⟦STREET_ADDRESS:Holly House, Chapel Street, Cambridge CB4 3FL⟧ is broken. Ship to ⟦STREET_ADDRESS:Cromwell Road, London N15 8GY⟧ please.",
        "We met on Baker Street, then walked to Oxford Street, London.",
        // A mobile's ten digits with no label, standing as a contact line stands; not an order's number in a sentence.
        "Cordialement,\n⟦PERSON:Adrián García⟧\n⟦PHONE_NUMBER:0781864763⟧",
        "Currumbin QLD 4223 | ⟦PHONE_NUMBER:0462230185⟧ | mail. ok ringing him on ⟦PHONE_NUMBER:0414952129⟧. Order 0781864763 shipped.",
        // A rota's days in other languages; a name opening a sentence before a short verb of another language; an agent
        // speaking after a chat export's time.
        "Jadwal piket:\nSenin ⟦PERSON:Budi⟧\nSelasa ⟦PERSON:Rina⟧\n⟦PERSON:Ebba⟧ säger att det är klart.\n[14:03] ⟦PERSON:Adaeze⟧ (agent): Sorry to hear that",
        // No person: a famous name's possessive, a dish named after someone, a song played or sung.
        "Harry Potter's birthday is 31 July in the books. Dessert special: peach Melba. Tonight: crêpes Suzette. The radio played Jolene twice.",
        // Names in capitals before a death notice's or a report's words; the parties of reports after their role.
        "⟦PERSON:OMONDI KORIR⟧ passed away on 2026-10-26. ⟦PERSON:HALINA WOŹNIAK⟧ — peacefully on 8 Mar. The complainant ⟦PERSON:FAIZAL LIM⟧ reported it. Witness ⟦PERSON:Lucky Steyn⟧ of Unit 15.",
        // A form's person label and a value in small letters; not a config's key, a team, a function word or a surname-only word.
        "Name: ⟦PERSON:john smith⟧\nPatient: ⟦PERSON:amara okafor⟧\nCustomer: no thanks\nContact: sales team\nservice:\n  name: ledger\n",
        // A chat export's header with an ISO time; a profile's "Name, age" heading; "who" without a comma; "The agent, X Y,".
        "⟦PERSON:Aleksandra⟧ 2026-07-23T21:13:51Z\ncan you try with mine\n\n⟦PERSON:Zofia⟧ 2026-12-22T13:43:17Z\nok",
        "⟦PERSON:Ximena⟧, 30\nLives in Vila Madalena",
        "Happy birthday to ⟦PERSON:Hope⟧ who turns 63 on Friday. The agent, ⟦PERSON:Mwangi Korir⟧, promised a plumber. Site Engineer, Ben Sherman (2019).",
        // Opening a message in small letters, a word no list holds before a verb of speech; not a function word.
        "⟦PERSON:ehrentraud⟧ hat gesagt, sie bringt den Salat mit",
        "everyone said it was fine, yesterday said nothing",
        // In small letters after "to" or "with", a word no list holds that a pronoun later refers to; never a function word.
        "yeah so i spoke to ⟦PERSON:lajita⟧ yesterday and she said it's fixed. pretending to be from the bank, she said. This says hi. Also said no.",
        // A secret's word, a few words, a colon and a long random value on the line; a short or plain value is none.
        "here's the key for the demo, don't share: ⟦GENERIC_API_KEY:e8jn3Wj3MOSkgSChEi3Sk4XPxo58JbdDipYcvmzn⟧\nthe key for the shed, ask at the desk: blue door",
        "⟦PERSON:Teknaz⟧ zegt dat ze later komt.",
        // Addresses in small letters end in a region's code and its postcode; without them a number and words are prose.
        "the delivery to ⟦STREET_ADDRESS:8634 n halsted st, suite 410, portland, or 97290⟧ failed. im at ⟦STREET_ADDRESS:12/162 jacaranda ave fitzroy vic 3065⟧ now",
        "send it to ⟦STREET_ADDRESS:145 robie st, toronto, on m5h 2n2⟧ pls. we walked 5 miles down the road in 2020, 3 blocks down main st.",
        // A word no list holds before a verb of speech; not a pronoun, not three letters.
        "⟦PERSON:Eiravati⟧ asked me to pass it on. I think ⟦PERSON:Teknaz⟧ said no. She asked us to move it. Bot says hi.",
        // A role in small letters right before the name; not a role that is also a verb.
        "Sales rep ⟦PERSON:Golnaz⟧ met the buyer. Our account manager ⟦PERSON:Teknaz⟧ is away. Real Madrid host Atlético on Sunday.",
        // Who fills a role, after "is", "was", "will be": also a name that is a word; not a team or a place.
        "Your stylist today was ⟦PERSON:Guy⟧. Decision maker is ⟦PERSON:Purity Korir⟧. The owner is now ⟦PERSON:Sue⟧. Our contact is Sales. The host is Zoom. Your guide will be ⟦PERSON:Honey⟧.",
        // Whom one checks, swaps or talks with, also a name that is a word; not a team, a place or what food is served with.
        "Check with ⟦PERSON:Pearl⟧ before you book. Can anyone swap with ⟦PERSON:Daisy⟧ on the 14th? Talk to ⟦PERSON:Honey⟧ about it. Check with Legal before you sign. Served with Honey mustard. Check with Boston first.",
        // The one a personal pronoun refers to, after "to" or opening a sentence as a listed given name; not "You", "Just".
        // What is a person's own after a possessive: a connection, a notebook, a birthday by its ordinal.
        "It's ⟦PERSON:Dónal's⟧ home connection. I found ⟦PERSON:Tinga's⟧ notebook. It's ⟦PERSON:Onyinye's⟧ 40th on Saturday. Apple's 40th store.",
        "I spoke to ⟦PERSON:Lajita⟧ and she said yes. ⟦PERSON:Priya⟧ asked me to pass on her apologies. You can reach her later. Just spoke with him.",
        // The verb that opens a question stands before the name as running text does, and is no part of it; not before a
        // product's or a team's words.
        "Is ⟦PERSON:Hernando Pozuelo⟧ coming tonight? Did ⟦PERSON:Ilias Thanel⟧ call? Is Google Cloud down? Did Microsoft Teams crash again?",
        // "According to" in other languages opens no name and cues the one after it: the span is the name's alone.
        "Laut ⟦PERSON:Centa Etzler⟧ ist alles in Ordnung. Selon ⟦PERSON:Françoise Lacombe⟧, tout va bien. Laut ⟦PERSON:Tino⟧ ist es verschoben.",
        "Según ⟦PERSON:Eva María Ibarra⟧, todo está bien. Według ⟦PERSON:Emil Pasiut⟧ wszystko jest w porządku. ⟦PERSON:Segun Okonkwo⟧ called.",
        // An account named after its owner on a line about accounts: a name and initials, initials and a surname, a surname;
        // not a system's account, a season or a team.
        "Please reset MFA for ⟦PERSON:ramanathanl⟧. User ⟦PERSON:dominicwa⟧ cannot log in. The account for ⟦PERSON:jbrennan⟧ is locked.",
        "13:10:35 agent ⟦PERSON:teresaja⟧ transferred to ⟦PERSON:sabrinaru⟧\nreset the password for production access\nUser accounts for staging are locked. A present for christmas.",
        // A middle initial inside a name no list needs to know; a name in capitals after a form's signature label.
        "Invoice for ⟦PERSON:Hernando Q. Pozuelo⟧. Signed: ⟦PERSON:KWAME ASANTE⟧\nSigned: N/A",
        // Whose name a booking or an account is in; not an ideal's.
        "The table is booked in the name of ⟦PERSON:Ilias Thanel⟧. It is under the name ⟦PERSON:Hernando Pozuelo⟧. In the name of Science and Progress.",
        // "Surname, Given" opening a record's line before a dash or a colon and the note on the person; not two places.
        "⟦PERSON:Martinez, John⟧ - account overdue\n⟦PERSON:Evans, Eduardo⟧ – moved to ward 4\n⟦PERSON:Shah, Faqid⟧: discharged\nLondon, Paris - two cities",
        // Two words no list needs to know, opening a sentence before a verb of another language.
        "⟦PERSON:Martino Condoleo⟧ arriva domani alle nove. ⟦PERSON:Samu Bonilla⟧ llega mañana. ⟦PERSON:Natasza Dyszkiewicz⟧ pisze jutro. Apple Music arriva.",
        // A role in apposition, its name between commas.
        "Our new designer, ⟦PERSON:Ilias Thanel⟧, starts Monday. My cousin, ⟦PERSON:Hernando Pozuelo⟧, is visiting.",
        // A number of any plan after a phone's verb or noun in the sentence, the verb a few small words before; not a
        // business's free number, a file's line or a project's number.
        "Call ⟦PHONE_NUMBER:160-849-0385 x1362⟧. My desk line is ⟦PHONE_NUMBER:005-670-0651⟧. Ring him on ⟦PHONE_NUMBER:088358642⟧ today.",
        "Or call 1300 170 406. Call 1800-498-5817 for a quote. See line 1234 567 890. Project Number: 123456789 is ours.",
        // A quoted password after "is", without its quotes (typographic ones too); a passphrase with a digit or a sign;
        // not words alone, a placeholder or an instruction.
        "The password is \"⟦PASSWORD:Zk8#qP2vLm9xT4wB⟧\". The wifi password is '⟦PASSWORD:blue monkey 42⟧'. password: “⟦PASSWORD:Qv7!mLp2Xs9d⟧”",
        "The password is \"the same as before\". The password is \"required\". The password is \"<your password>\".",
        // An address with letters outside ASCII, whole (RFC 6531, IDN); punctuation outside ASCII is no part of one.
        "Mail ⟦EMAIL_ADDRESS:josé.garcía@correo.es⟧ or ⟦EMAIL_ADDRESS:jörg@müller.de⟧; пишите ⟦EMAIL_ADDRESS:иван@пример.рф⟧.",
        "邮箱：⟦EMAIL_ADDRESS:wang.fang@example.cn⟧。Contact—⟦EMAIL_ADDRESS:bob@example.com⟧ «⟦EMAIL_ADDRESS:ann@example.org⟧»",
        // An Irish address ends in its Eircode: routing key and unique identifier.
        "I live at ⟦STREET_ADDRESS:12 Main Street, Ranelagh, Dublin 6, D06 F2X4⟧. Post it to ⟦STREET_ADDRESS:7 Clarinda Park, Dún Laoghaire, Co. Dublin A96 YD72⟧!",
        // A labelled address ends at its postcode, not with the sentence after it or the closing under its block.
        "Address: ⟦STREET_ADDRESS:6787 Joshua Mission, Wardberg, UT 46962⟧ please.",
        "Address:\n⟦STREET_ADDRESS:44 Paul Cove\nSouth Ashley\nLU7B 5ZA⟧\nThanks!",
        "Bitte an folgende Adresse:\n⟦STREET_ADDRESS:Eugenia-Kitzmann-Allee 760\n35315 Weißenfels⟧\nDanke",
        // A Gaelic surname's capital after "Mc" or "Mac" is a name's, not a product's CamelCase.
        "Miss ⟦PERSON:McConaghey⟧ in legal should be copied. Order created for ⟦PERSON:Calum MacAloon⟧ today. I left my MacBook at home.",
        // A BBAN has no small letter: an IBAN-shaped code does not swallow the words after it.
        "order SO44589781 created for ⟦PERSON:Deborah Lopez⟧ today",
        // A chat export's sender after the time, "Surname, Given" ending the line; an IRC log's nick after the time.
        "[19:09] ⟦PERSON:Deshpande, Vasudha⟧\nany news?\n[19:15] ⟦PERSON:Kang, Mi-rae⟧\noffer accepted!\n[10:02] Paris, France\nall good",
        "[10:40] <⟦PERSON:eric56⟧> someone left a wallet\n[10:44] <⟦PERSON:claus.kjeldsen⟧> name?\n<div> text </div>",
        "12:03 <⟦PERSON:claus.kjeldsen⟧> venue confirmed\n12:04:55 <⟦PERSON:myoon⟧> ok\n12:05 <ChanServ> welcome\nIn 12:03 <b> bold",
        // A name in capitals after a card's or a delivery's label; one known given name is enough there.
        "name on card ⟦PERSON:RUTH CHEPKEMOI⟧. delivered, signed by ⟦PERSON:PAUL⟧\nsigned by RECEPTION\nthe card says ⟦PERSON:KRISTA PUGH⟧",
        // A possessive before a noun only a person has: a given name that is also a word or a place; not a month's.
        "⟦PERSON:Kerrie⟧: whats ⟦PERSON:Amber's⟧ number again? Logins failed on ⟦PERSON:Ray's⟧ account. May's rent is due.",
        // Titles of Dutch, Polish and Italian: "de heer", "mevr.", "Pan" (not "Pan Am"), "Sig.ra", "Dott.ssa".
        "taken van de heer ⟦PERSON:Van Berkum⟧ over. t.a.v. mevr. ⟦PERSON:Huurdeman⟧\nmiał Pan ⟦PERSON:Kolman⟧. We flew Pan Am.",
        "richiamare Sig.ra ⟦PERSON:Tomasini⟧ domani; la Dott.ssa ⟦PERSON:Abatantuono⟧ sostituirà il Dott. ⟦PERSON:Fabbri⟧.",
        // A login made of a given name and a surname; not a member, a host name or a path.
        "Ping ⟦PERSON:denise.alvarado⟧ in #infra. Assignee: ⟦PERSON:patricia.johnson⟧\nsee grace.period, self.name, john.smith.example.com, /home/john.smith/x",
        // A .netrc entry's login (no system account).
        "machine api.example.com\n  login ⟦PERSON:tbush⟧\nmachine ftp.example.org login anonymous\nPlease login again.",
        // Form labels of other languages; a caller's "hier ist", "det är" (not before a place or "Slack-token").
        "Pasien: ⟦PERSON:Saadat Sirait⟧\nYönetici: ⟦PERSON:Deniz Fırat⟧\nZarządca: ⟦PERSON:Anastazja Piwowarek⟧",
        "Hallo, hier ist ⟦PERSON:Sieghard⟧. Hej, det är ⟦PERSON:Gunnar⟧! Det är Stockholm som vinner. Hier ist Slack-token für dich.",
        "Hi, it's ⟦PERSON:Lily⟧, call me back. Hey it's ⟦PERSON:Mawuli⟧, running late. Hi, it's Monday again. Hello, it's Paris calling.",
        "Hi, this is ⟦PERSON:Mawuli⟧ from the clinic. Bonjour, c'est ⟦PERSON:Tendai⟧, rappelle-moi. Hi, this is Paris calling.",
        "Work out how old ⟦PERSON:Mawuli⟧ is. How old is Rome? How old is ⟦PERSON:Amara⟧ now?",
        // "Dr" after a street's name is Drive; a label before an amount is no speaker.
        "Route 217 diverts via Prince Albert Dr. Fares: $3238.49 flat. Thanks Dr. ⟦PERSON:Patel⟧. Ask Dr ⟦PERSON:Smith⟧.",
        "Route 217 diverts.\nFares: 2958.50 EUR flat.\n⟦PERSON:Krystyna⟧: ⟦PHONE_NUMBER:885 921 746⟧",
        // What people bring and take, after a name opening a sentence; not a storm's name.
        "⟦PERSON:Gerald⟧ brought the samples. The storm named Éowyn brought gusts.",
        // A roll in small letters after a roll's label; not words ("all", "sales").
        "Attendees: ⟦PERSON:terence⟧, ⟦PERSON:tae-yang⟧, ⟦PERSON:hannah⟧ and ⟦PERSON:tolga⟧\nPresent: all, none\nAttendees: sales, marketing",
        // Brazil's bracketed area codes: a mobile's nine digits from 9, a landline's eight from 2 to 5; no area code with a zero.
        "Contato: ⟦PHONE_NUMBER:(11) 91999-1860⟧, celular ⟦PHONE_NUMBER:(81)920079786⟧, fixo ⟦PHONE_NUMBER:(21) 3456-7890⟧. See (10) 91234-5678 and (12) 34567.",
        // A free number on a business's line for its customers is no one's own; after a person's label it is still a phone.
        "Service client : 0 800 25 06 73. SAC: 0800 493 9835. For bookings call 1-800-398-9133.\nMobile: ⟦PHONE_NUMBER:0808 069 0454⟧",
        // Places of a journey that are also given names; not when something is sent to two people.
        "Flights to Charlotte and Austin were delayed. Trains from Florence run late.", "Send the file to ⟦PERSON:Charlotte⟧ and ⟦PERSON:Austin⟧ today.",
        // A famous pair read at its second name; "comme dit" is no one saying something.
        "Ben & Jerry's launched two flavours. Pierre qui roule n'amasse pas mousse, comme dit ma grand-mère. ⟦PERSON:Dakota⟧ & ⟦PERSON:Vikram⟧ are here.",
        // Any key named "..._key" holding a value that is a key by itself; not an identifier, a word or a UUID there.
        "MIDTRANS_SERVER_KEY=⟦GENERIC_API_KEY:mLv3TdPQggooKWE3ZV22JRPergku5nlPRTLwWazG⟧\ndatadog_key = \"⟦GENERIC_API_KEY:4a7ccd713207994fcc4d0131bab104b0⟧\"\nsort_key = \"created_at\"\nidempotency_key = \"order-2024-11-05-0001\"\nrow_key = \"550e8400-e29b-41d4-a716-446655440000\"\nPRIMARY_KEY = id",
        // Passwords and keys under other languages' words.
        "veritabani_sifre = ⟦PASSWORD:DdemQbSyCZlr-3tCI5⟧\niyzico_api_anahtari = ⟦GENERIC_API_KEY:lstqLKVXkQWCNbgrLod8b7chobCry7leUOEpmqpe⟧\nmot_de_passe = ⟦PASSWORD:Hx7#pQ2mLs9v⟧",
        // Other languages' frequent words the name lists hold as given names are the words in small letters.
        "grazie! domani ⟦PERSON:giorgia⟧ porta la torta",
        // The writer in small letters after a greeting and a self-introduction; not "me", "ok", "fine", or a day.
        "hej, tu ⟦PERSON:jakub⟧, możesz odebrać?\ncoucou c'est ⟦PERSON:aurélien⟧, tu peux?\nhey its me, new number. hi its ok.\nmerhaba ben ⟦PERSON:ayşe⟧, yarın",
        // A chat export's sender line with Slack's time ("1:05 PM"): two words written as names are, though no list knows them.
        "⟦PERSON:Orlaith Uniaque⟧  1:05 PM\ncan someone send me the login\nMeeting Notes  10:30\nok",
        // A booking's further passengers; a clinic's next of kin.
        "Lead passenger: ⟦PERSON:MUSTAFA ERTAŞ⟧\nPassenger 2: ⟦PERSON:JAMIE SCOTT⟧\nNOK: ⟦PERSON:Nial Ó Caola⟧",
        // A chat copied with each message's time in brackets after its sender; not a timetable's line alone, nor a word.
        "⟦PERSON:Damyanti⟧ (11:13): can you send me the prod creds\n⟦PERSON:Arunima⟧ (11:17): user is admin\n⟦PERSON:Tui Fitzgerald⟧ (9:05 AM): ok",
        "Standup (09:30): room 4",
        "Lunch (12:30): pizza\nUpdate (12:45): moved",
        // A chat client's sender line, surname first, with the day and the time.
        "⟦PERSON:Okafor, Chidi⟧ 4/21 7:41 AM\nok\n⟦PERSON:Nguyen, Phuong Anh⟧ 4/21 7:43 AM\nsure",
        // A signature under a closing: two words, or a given name in small letters; not a team.
        "Thanks again,\n⟦PERSON:Ariane Fisher⟧\nYear 6 Teacher",
        "Saygılarımızla,\n⟦PERSON:Iraz Taşlı⟧",
        "Can you set that up?\n\nCheers,\n⟦PERSON:amy⟧",
        "Thanks,\nteam",
        "Best regards,\nThe Support Team",
        // A rota's days after the names are none of them.
        "on call: ⟦PERSON:Gerard Stephens⟧ Monday, ⟦PERSON:Alexander Suarez⟧ Tuesday, ⟦PERSON:Karen Taylor⟧ Wednesday.",
        "Cyber Monday deals start at 9.",
        // Who a relation is, capitalized at a note's sentence; a name before a place's words and a verb; "got".
        "Notes: interested in the annual plan. Wife ⟦PERSON:Justin⟧ handles the paperwork.",
        "⟦PERSON:Caleb⟧ at the front desk was lovely",
        "⟦PERSON:Amanda⟧ got the promotion!!! drinks at 6",
        // Who logged in over IPv6, and who ran sudo.
        "sshd: Accepted password for ⟦PERSON:raduz61⟧ from ⟦IP_ADDRESS:2936:5e65:356d:9482:3b39:37c9:830b:1⟧ port 52114",
        "sudo: ⟦PERSON:dorie14⟧ : TTY=pts/0 ; COMMAND=/usr/bin/systemctl\nsudo: root : TTY=pts/1 ; COMMAND=/bin/ls",
        "Chair: ⟦PERSON:Lucas McIvor⟧\nMinutes: ⟦PERSON:Iwo Ruszczak⟧\nCandidates: ⟦PERSON:Tomek Sieradzan⟧ at 11:30",
        // Birth words of the Nordic languages, and "tanggal" (the date) between the Indonesian word and the date.
        "Bu ⟦PERSON:Wani⟧ lahir tanggal ⟦DATE_OF_BIRTH:2 Juli 1968⟧ dan tinggal di sini",
        "Född: ⟦DATE_OF_BIRTH:1991-12-18⟧\nmødet den 3. maj 1970 blev aflyst",
        "⟦PERSON:Anita Nilsen⟧ er født ⟦DATE_OF_BIRTH:25.09.1969⟧.",
        // Swedish paths and hills are streets.
        "Adress: ⟦STREET_ADDRESS:Furustigen 15, 394 51 Gävle⟧",
        // A list's item, the name and a dash before a task; not words.
        "⟦PERSON:Ilias van Romunde⟧ - first aid\n⟦PERSON:Tuncel Samancı⟧ - raffle, needs prizes\nSprint Review - done\nProject Falcon - delayed",
        // A header's display name before its address; the headers' labels of other languages are no chat's speakers.
        "Dari: \"⟦PERSON:Budi Santoso⟧\" <⟦EMAIL_ADDRESS:budi@x.co.id⟧>\nTill: ⟦EMAIL_ADDRESS:m.bjork@harrow.io⟧",
        // A month of another language that the lists also hold as a given name opens no name; a note's author after its label.
        "Mai ist der schönste Monat im Garten.",
        "Internal note - ⟦PERSON:Hampus⟧: verified customer by phone\nLatency - Max: 340 ms",
        // A surname alone opening a sentence before what only a person does; not a firm before what firms do too.
        "⟦PERSON:Kelsey⟧ presented the accounts. ⟦PERSON:Aguilar⟧ asked why the repairs were over budget.\nSiemens reported a profit. Boeing said no.",
        // Indonesian streets, to the postcode; "Gang" only with one ("Gang Starr" is a band).
        "Kirim ke ⟦STREET_ADDRESS:Jl. Jakarta No. 934, Madiun 89352⟧, ya.\nAlamat: ⟦STREET_ADDRESS:Jl. Cempaka Putih No. 126, RT 01/RW 09, Gondokusuman, Yogyakarta 55173⟧",
        "Alamat: ⟦STREET_ADDRESS:Gang Medokan Ayu No. 95, Semarang 55100⟧\nJalan Sudirman is busy today.",
        // Phones after "GSM:", "na číslo", "mi número".
        "GSM: ⟦PHONE_NUMBER:05442374433⟧\nzavolá na číslo ⟦PHONE_NUMBER:787 842 276⟧\nMi número es ⟦PHONE_NUMBER:612 345 678⟧",
        // A password given below the question, with a remark after a dash; not a sentence.
        "⟦PERSON:Mila⟧: what's the admin password for the NAS?\n⟦PERSON:Jolie⟧: ⟦PASSWORD:h%6RdIa5i_⟧ — change it after\n⟦PERSON:Mila⟧: and the wifi password?\n⟦PERSON:Jolie⟧: Sorry — no idea",
        // A retro's roll in small letters; a quoted sentence opens as any sentence does; not a team's parts.
        "retro - sprint 79\nwho: ⟦PERSON:chad⟧, ⟦PERSON:eugene⟧, ⟦PERSON:susan⟧, ⟦PERSON:édith⟧\nteam: backend, frontend, infra",
        "Translate to Spanish: \"⟦PERSON:Guneet⟧ will pick you up from the airport, his flight lands at 6\"\nShe said \"Summer is here\" and left.",
        "⟦PERSON:Manabu⟧ (the guy who came to see the car) says he's good to go.",
        // Who a belonging is left by, after a given name that is no word (not a product's "Apple's wallet"); a Turkish recipient.
        "found ⟦PERSON:Priya's⟧ notebook in meeting room 4\nApple's wallet app is down.",
        "teslim edildi, teslim alan: ⟦PERSON:Büşra⟧ (komşu).",
        // A name in capitals before an identifier's label; an initial and a surname after "Signature:"; a JSON value under a
        // person's role, not a team's.
        "⟦PERSON:STASIA HUFF⟧ DOB ⟦DATE_OF_BIRTH:17/09/1975⟧",
        "Date: 13 May 2024\nSignature: ⟦PERSON:J. Mulvy⟧",
        "{\n  \"manager\": \"⟦PERSON:Wendy Short⟧\",\n  \"owner\": \"Platform Team\",\n  \"lead\": \"Data Engineering\"\n}",
        // The names that stand for anyone are no one's, also after a greeting or under a name's key; dishes and drinks named
        // after people.
        "Dear Joe Bloggs, your order is on its way.\nFAKE_USER = {\"name\": \"Jane Doe\"}\nBeispiel: Erika Mustermann",
        "Serve with a Peach Melba and a Bloody Mary.",
        // Shell history: entry numbers before the command; "aws configure set" and its secret; keys ending in "pass".
        "  505  mysql -h db1 -u report -p'⟦PASSWORD:%Bie&9cS7ObCbX⟧' sales\n  406  docker login -u deploy -p ⟦PASSWORD:9oUF*ELcf8JVG375l⟧ registry.gitlab.com\n  12  ls -p /tmp",
        "  402  aws configure set aws_secret_access_key ⟦AWS_SECRET_KEY:Pu+854kRe+AYQ7IGj5bMYDWtZWFNnxGzJNgYTdRD⟧",
        "export SMTP_PASS=\"⟦PASSWORD:ezyqNeDZ1TtNPEPiLMPL⟧\"\nbypass=true\ncompass: north\nmailPass: '⟦PASSWORD:Qw3rty!2024⟧'",
        "user: beatriz  pass: ⟦PASSWORD:Welcome@2026?⟧",
        // A session id of random base62 with few digits, in a cookie; not a session's name. Turkish "API anahtarı:".
        "Cookie: _ga=GA1.2.572244628.9620557177; session_id=⟦GENERIC_API_KEY:EIiseM7jhOTgFKsIxgiSKiFrxTKgYrMGrgPWGkVPUEIm6kXd⟧; theme=dark\nsession_name=checkout-flow-v2",
        "test ortamının API anahtarı: ⟦GENERIC_API_KEY:6308ce3f4aaf71b41076545a43b83a60347e09f5⟧\nanahtarı: bende",
        // A login and its password in a sentence; not a placeholder, nor a login that is slow.
        "[16:25] mo: login is admin / ⟦PASSWORD:E5G&od85KUQ8lGL31RE⟧ for the router\nDefault login is admin / your_password - change it\nthe login is slow / broken today",
        // A German day is a surname too; a month before another language's verb is a month, before English words a name.
        "⟦PERSON:Paula Freitag⟧ called about the invoice.\nMei is de mooiste maand voor tulpen.\n⟦PERSON:Mai⟧ is out sick today.",
        // sudo's padded account; a note's label at the text's start; "DOB:" with no space.
        "sudo:    ⟦PERSON:alice⟧ : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/ls\nhost sudo[4021]:    ⟦PERSON:bob⟧ : TTY=pts/1 ; COMMAND=/bin/ls",
        "sshd[88]: Accepted password for ⟦PERSON:bob⟧ from ⟦IP_ADDRESS:fe80::1⟧ port 22",
        "Note - ⟦PERSON:Hampus⟧: verified",
        "⟦PERSON:STASIA HUFF⟧ DOB:⟦DATE_OF_BIRTH:17/09/1975⟧",
        // The last line ends in a speaker's colon after a password question: no read past the text.
        "⟦PERSON:Mia⟧: what's the wifi password?\n⟦PERSON:Zoe⟧: ",
        // A list's names before the one a rule found, each of two words or more; not a greeting's words, not a famous name.
        "⟦PERSON:Feargal Brown⟧, ⟦PERSON:Phebe England⟧ and ⟦PERSON:Jack Hussain⟧ will cover the stall.",
        "Thanks ⟦PERSON:Feargal Brown⟧, ⟦PERSON:Phebe England⟧ and ⟦PERSON:Jack Hussain⟧ for helping.",
        "Welcome Aboard, ⟦PERSON:Lihua Liu⟧!",
        "Product Design, Customer Support and ⟦PERSON:Jack Hussain⟧ joined the call.",
        // A role's title before a word no list holds and what a person does; the log's actor after "by=".
        "Officer ⟦PERSON:Brannagh⟧ took the statement.",
        "Agent ⟦PERSON:Danial⟧ confirmed identity and removed it.",
        "Agent Orange was used in the war.",
        "INFO password changed user=⟦PERSON:brain9⟧ by=⟦PERSON:genny59⟧",
        "By: tomorrow",
        "gcloud alpha monitoring snoozes list --sort-by=display_name,interval.end_time",
        "--labels=\"commit=abc123,author=foo\"",
        // An employee's label of other languages' HR forms; a role or a capitalized relation before a name in brackets.
        "Anställd: ⟦PERSON:SEBASTIAN ÅSBRINK⟧\nFödd: ⟦DATE_OF_BIRTH:1953-10-24⟧",
        "Työntekijä: ⟦PERSON:HANNU TUOMISTO⟧",
        "The delivery driver (⟦PERSON:Vanessa⟧) carried the sofa.",
        "Baby feeding well. Mum (⟦PERSON:Éris⟧) tired but coping.",
        "The printer (Canon) jammed again.",
        // A label's roll of names the lists hold (most of them); not languages, colours, places or days.
        "Laget på lördag: ⟦PERSON:Hall⟧, ⟦PERSON:Davidsson⟧, ⟦PERSON:Koya⟧, ⟦PERSON:Westman⟧. Samling 9.00",
        "Languages: Swift, Kotlin, Rust.",
        "Colours: Red, Green and Blue.",
        "Cities: Paris, Lyon, Nice.",
        "Days: Monday, Tuesday, Friday.",
        // A form's dotted leaders; a witness statement's opening.
        "Name ....... ⟦PERSON:JUNG YE-JIN⟧\nE-mail ..... ⟦EMAIL_ADDRESS:jung.yejin@yahoo.co.uk⟧\nSignature .. ⟦PERSON:Jung⟧",
        "Total ......... 42.00",
        "I, ⟦PERSON:Fredric Bean⟧, of ⟦STREET_ADDRESS:95 Gerald Shore, Stockport, EM9 0ME⟧",
        // An address label of other languages, its postcode and town on the next line.
        "Adresse: ⟦STREET_ADDRESS:Solbergjordet 71\n7348 Trondheim⟧\nMobil: ⟦PHONE_NUMBER:481 01 479⟧",
        "Osoite: ⟦STREET_ADDRESS:Fastbölenkuja 70, 36626 Oulu⟧",
        // Birth labels of Vietnamese and romanised Hindi.
        "Ngày sinh: ⟦DATE_OF_BIRTH:1980-06-24⟧",
        "Janm tithi: ⟦DATE_OF_BIRTH:06.01.1978⟧",
        // Password words of other languages and a passphrase; a shell trace's command.
        "passphrase for the backup drive: ⟦PASSWORD:QuarryCobaltFjord!6⟧",
        "parola de la contul comun: ⟦PASSWORD:$@ffr0nr@v3n461⟧",
        "+ docker login -u deploy -p ⟦PASSWORD:Puffin2002!⟧ registry.internal",
        // A given name after a heading's or a greeting's dash, as after a label's colon; before a note in brackets.
        "Hi team - ⟦PERSON:Markus⟧ is on leave until the 20th.",
        "Fri: ⟦PERSON:Alexandra⟧ (keys from ⟦PERSON:Sherry⟧)",
        "Relocation: ⟦PERSON:Jake⟧ moves to the Stockholm office next month.",
        "Version 2 - Apple is the default.",
        "Menu - Caesar salad with croutons",
        // A network and its key, as a login and its password.
        "wifi: Guest-5G / ⟦PASSWORD:tMzDj&&A9Y+qBkZ17⟧",
        "wifi: Guest-5G / your_password",
        // From the review: a form's status under an actor's label is no account; a leader's value to the line's end.
        "Reviewer: pending",
        "Assignee: unassigned",
        "Name ..... ⟦PERSON:Ann Lee⟧      ",
        "I, ⟦PERSON:Fredric Bean⟧, of ⟦STREET_ADDRESS:95 Gerald Shore, Stockport, EM9 0ME⟧\r\nAdresse: ⟦STREET_ADDRESS:Solbergjordet 71\r\n7348 Trondheim⟧",
        // A timed note's subject; not a word after the time.
        "Care log - Tuesday\n07:45 ⟦PERSON:Priya⟧ up and dressed with prompting",
        "14:02 Grace period ends for the renewal",
        // Two given names of the lists joined as a pair, also by a calendar's " <> ".
        "⟦PERSON:Priya⟧ <> ⟦PERSON:Tomasz⟧ catch-up",
        "Liikunta: ⟦PERSON:Priya⟧ ja ⟦PERSON:Tomasz⟧ tulevat.",
        // A frequent given name opening a sentence, before a word in small letters, with no cue; not a frequent word of
        // another language, a name that is a word in small letters, nor a name before "of", "the" or "by".
        "Dr. ⟦PERSON:Hodel⟧ soll die Laborwerte prüfen. ⟦PERSON:Philip⟧ schläft besser seit der Dosisänderung.",
        "Patiënt kwam met dochter ⟦PERSON:Ligia⟧. ⟦PERSON:Sophie⟧ slaapt beter.",
        "Pacjentka przyszła z córką – ⟦PERSON:Ernest⟧ opiekuje się nią w domu.",
        "Probation passed; ⟦PERSON:Zeynep⟧ now joins the permanent rota.",
        "Jag tror att det regnar. Från måndag gäller nya tider.",
        "Dan kami pergi ke pasar.",
        "Frank feedback is welcome at Thursday's session.",
        "Lawrence of Arabia is almost four hours long.",
        "Jolene by Dolly Parton came on and the whole bar sang.",
        // A rare given name that is no word and a frequent surname that is one; not a building, a park or a brand.
        "Payment failed for ⟦PERSON:Reiko Green⟧ - card declined.",
        "The court heard that ⟦PERSON:Rubie Wood⟧ had been employed by the firm.",
        "Tickets for the gala at Massey Hall go on sale on Friday.",
        "The fun run starts at Heaton Park at nine.",
        "Mini Cooper  £218.83",
        // Secrets: provider keys by their shape (Shopify's was shadowed by the "s" keys' case), a password in brackets, a
        // pgpass host with hyphens, password words whose first letter is outside ASCII or that carry a suffix, a value right
        // after a foreign password word, links after a comma or a word of time, a default account's " / ".
        "⟦GENERIC_API_KEY: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⟧",
        "Voici la clé API du projet : ⟦GENERIC_API_KEY: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⟧",
        "linear: ⟦GENERIC_API_KEY:lin_api_qvZAqyy0xmTqKhZKgjrNdCzn04n7SGCfZQ0RiGVR⟧\npostman: ⟦GENERIC_API_KEY:PMAK-f88118071be778bf4756503a-074859a1075ddf16a034d90d3f185d8034⟧",
        "spring.datasource.password=⟦PASSWORD:+Y8F(YcqA$mIJBi⟧",
        "\"api_key\": \"%(api_key)s\",",
        "# ~/.pgpass\ndb-prod-03.internal:5432:billing:billing_app:⟦PASSWORD:1XbKOQFpPnbzJnnjW⟧",
        "şifre: ⟦PASSWORD:Deniz.1123*x⟧",
        "ofisin wifi şifresi ⟦PASSWORD:Deniz.1123*⟧, kimseyle paylaşma",
        "usuario admin, contraseña ⟦PASSWORD:wd5Mp9!tz*ieK0H&Dp⟧",
        "Le mot de passe du Wi-Fi invités, c'est ⟦PASSWORD:_8YFdJm8CLgS*⟧.",
        "a senha do wi-fi da loja mudou, agora é ⟦PASSWORD:*wA657VjB24⟧",
        "la password del wifi dell'ufficio adesso è ⟦PASSWORD:lantern-thistle-basil-48⟧",
        "wifi-lösenordet på kontoret är ⟦PASSWORD:indigo!0192?⟧",
        "password wifi kantor sekarang ⟦PASSWORD:vUgD0yGk)Te6⟧ ya",
        "router admin / ⟦PASSWORD:Adm1n@321⟧",
        "Login for the staging db is admin / ⟦PASSWORD:Dragon1993#⟧",
        "Default login is admin / <password>; the roles are admin / user.",
        // Phone words of other languages before a national number.
        "Recapito: ⟦PHONE_NUMBER:348 271 4657⟧; residenza a Palermo.",
        "W razie zmiany planów proszę o kontakt pod numerem ⟦PHONE_NUMBER:666 709 356⟧.",
        "Mocht u verhinderd zijn, belt u mij dan op ⟦PHONE_NUMBER:0627158549⟧.",
        "⟦PERSON:Karin⟧ tar över ärendet, nås på ⟦PHONE_NUMBER:0704964973⟧.",
        "Fattura numero 12345678 del 3 marzo.",
        // Words for a key in other languages, before the key or a link; not a word after them.
        "Voor de test: de API-sleutel ⟦GENERIC_API_KEY:f81dad70d1d2c9d9ae2d032ef71ac4f0⟧ werkt alleen op test.",
        "Voici la clé API du projet : ⟦GENERIC_API_KEY:fa4e7f004d91212b3a2d46c5c39450d4⟧",
        "Der API-Schlüssel lautet ⟦GENERIC_API_KEY:9c7ff75ea86904056f7f2f1c502bc43e⟧",
        "Le client a collé sa clé secrète dans le ticket.",
        "de sleutel ligt onder de mat bij de achterdeur",
        // The most frequent given names open a sentence as names in every language's corpus ("John", "Peter"): only a word
        // ten times as frequent in another language as in English is that language's ("Dan kami").
        "Notes from Monday. ⟦PERSON:Peter⟧ agreed on the plan, ⟦PERSON:Maria⟧ disagreed.",
        "Asian markets fell sharply on Monday. Muslim families gathered for Eid.",
        // Code is no password: calls and subscripts, a bracket after a name, a path or a member.
        "password = env::var(\"OPENAI_API_KEY\")?\napi_key = std::getenv(\"OPENAI_API_KEY\")",
        "password = Config::get('db.password')\ntoken = this.config.get<string>(\"token\")\napi_key = @config[:api_key]",
        // An HTML entity's ';' opens no clause; a landscape is no person; a default account's " / " before a data set's or a
        // group's name is no password; another language's key word before the kind of key is no key.
        "We shopped at Marks &amp; Spencer today. We walked in Sherwood Forest last weekend.",
        "Use test / val2017 for the evaluation split; set the owner to user / group1.",
        "Login for the staging db is admin / ⟦PASSWORD:monkey-summer-kestrel-5⟧",
        "Wir nutzen der Schlüssel RSA-4096 für die Signatur. Usamos a chave RSA-2048 no servidor.",
        "API-nøglen er ⟦GENERIC_API_KEY:9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧",
        "Shopify: ⟦GENERIC_API_KEY:shppa_0123456789abcdef0123456789abcdef⟧",
        // A greeting opening a line is no part of the name it addresses; not inside a label's value.
        "Hoi ⟦PERSON:Nienke⟧, kun je me terugbellen?",
        "Hallo ⟦PERSON:Jonas Weber⟧,\nanbei die Unterlagen.",
        "Name: ⟦PERSON:Selam Girma⟧\nDOB: ⟦DATE_OF_BIRTH:2/1/1994⟧",
        "Hey Jude is a song. Hello Kitty backpacks are back.",
        // Forty bytes of base64 under a secret's key beside an access key id: Terraform's AWS provider block. "pass" alone as
        // a config's key.
        "provider \"aws\" {\n  access_key = \"⟦AWS_ACCESS_KEY:AKIA6P57LBDZXWRCOC57⟧\"\n  secret_key = \"⟦AWS_SECRET_KEY:K6XqG8iGZ4i/BgFJtiRCzvDufxOy66y6PhzdMlxm⟧\"\n}",
        "[smtp]\nuser = ⟦EMAIL_ADDRESS:lane.sharp@icloud.com⟧\npass = ⟦PASSWORD:BYGC-4121-cwlb&⟧",
        // PHP's and Ruby's "=>"; a quoted "pass" key; "base64:" before Laravel's key; a name/value pair's name as the key
        // (Kubernetes' env, a HAR file's cookies), not a reference to a secret store or a template's variable.
        "'db' => ['user' => 'wp_admin', 'pass' => '⟦PASSWORD:MgW3QmO0upXozFi3j43oFgWd⟧'],\n'password' => env('DB_PASSWORD'),\n:api_key => \"⟦GENERIC_API_KEY:a1d18a7f01be3e5fc3726fcf35ebecb4⟧\"",
        "APP_ENV=production\nAPP_KEY=base64:⟦GENERIC_API_KEY:NlPwJ7upWXWlpQaLYRQP3N9AIXiHtFPSdsFqpwDYnmHqdVRbc1vpHDPbsyLn8reK⟧\nDB_CONNECTION=mysql",
        "env:\n  - name: DB_PASSWORD\n    value: \"⟦PASSWORD:Tq8#mZ2vLp9x⟧\"\n  - name: LOG_LEVEL\n    value: debug\n  - name: API_KEY\n    valueFrom:\n      secretKeyRef:\n        key: api-key",
        "\"cookies\": [{\"name\": \"session\", \"value\": \"⟦GENERIC_API_KEY:F7lXhWROLkSk0Dep7uH8IaeG4ICpncLE⟧\"}]\n{\"key\": \"api_key\", \"value\": \"{{api_key}}\"}",
        // A network device's configured secrets; not a count in prose, nor the default community.
        "enable secret 5 ⟦GENERIC_API_KEY:$1$KSZF$mHFj5iWf0ACvT2cM36zfyfmPvPOR1fcF3Pz5wqIDskvCAwJ5⟧\nusername admin privilege 15 password 0 ⟦PASSWORD:Winter375*⟧\nsnmp-server community ⟦PASSWORD:douf5469IO!⟧ RO\nsnmp-server community public RO\nline vty 0 4\n password 7 ⟦PASSWORD:0822455D0A16⟧\nI tried the password 5 times",
        "you shall not pass = true",
        // Forms' name labels in Croatian, Czech, Tagalog, Romanian, Polish, Hungarian, Norwegian; an Italian booking's guests
        // and greeting; an insurance form's labels in capitals; not a CV's job title before the employer.
        "Ime i prezime: ⟦PERSON:Franjo Čuček⟧\nJméno a příjmení: ⟦PERSON:Anastázie Růžičková⟧\nPangalan: ⟦PERSON:SOPHIE LIMA⟧",
        "Pacient: ⟦PERSON:Iacob Manole⟧\nPacjent: ⟦PERSON:Jeong Jae-won⟧\nNév: ⟦PERSON:Papp Béla⟧\nPårørende: ⟦PERSON:Anemone Thoresen⟧",
        "Gentile ⟦PERSON:Azeglio Turci⟧,\nOspiti: ⟦PERSON:Azeglio Turci⟧, ⟦PERSON:Marine Clerc⟧",
        "PATIENT NAME  ⟦PERSON:DARLENE HUBBARD⟧\nINSURED  ⟦PERSON:TINY WELCH⟧",
        "EXPERIENCE\nSite Engineer, Jack Daniel's (2019-2025)",
        // After a verb of meeting or a by-line, a given name that is also a place before a word no list holds; who collects
        // or is among.
        "I met with ⟦PERSON:Victoria Kuswandari⟧ yesterday. According to ⟦PERSON:Florence Odhiambo⟧, the clinic is full.",
        "Parents contacted by this paper, including ⟦PERSON:Park Min-jun⟧, declined to comment.",
        "Add Chicken Tikka to the order.",
        // Initials and surnames in a list of two or more, most surnames the lists' (not a quiz's or an outline's letters, not
        // famous authors).
        "⟦PERSON:R. Barrett⟧¹, ⟦PERSON:R. Hendrix⟧¹,², ⟦PERSON:Timothy Romero⟧², and ⟦PERSON:A. Roy⟧¹*",
        "Team v Sligo: ⟦PERSON:E. Nordstrom⟧; ⟦PERSON:E. Colfer⟧, ⟦PERSON:I. Abubakar⟧, ⟦PERSON:G. Keyes⟧; ⟦PERSON:F. Gunn⟧ (capt), ⟦PERSON:T. O'Driscoll⟧",
        "Options: A. Yes, B. No, C. Maybe. See Fig. A. Overview, B. Results.",
        "J. K. Rowling and C. S. Lewis wrote books.",
        // A chat's speakers in small letters, another speaker line near, one of them a given name of the lists; not YAML's
        // keys, log levels or a gamer's long handle.
        "⟦PERSON:len⟧: can you give me push access?\n⟦PERSON:travis⟧: just use my token for now lol",
        "⟦PERSON:ivka⟧: can you book the hotel on my card?\n⟦PERSON:benoît⟧: got it, thanks",
        "⟦PERSON:terenc⟧ 4:52 PM\nshared admin for the router\n⟦PERSON:jan⟧ 4:53 PM\nplease delete this",
        "host: db.example.com\nport: 5432\nuser: admin\nerror: could not open file\nwarning: deprecated call",
        "see you there ⟦PERSON:Olivia⟧\nbigbrainbob: lol ok ⟦PERSON:olivia⟧\n⟦PERSON:stacy⟧: same here",
        // Authors cited before a year in brackets, most of them surnames of the lists that are no words.
        "⟦PERSON:Williamson⟧, ⟦PERSON:Kang⟧ and ⟦PERSON:Yoon⟧ (2021) described a similar effect.",
        "This was shown before (⟦PERSON:Lindqvist⟧ & ⟦PERSON:Moreau⟧, 2020). As ⟦PERSON:Okafor⟧ et al. (2019) found, it holds.",
        "Windows (2019) and Python and Rust (2015) are tools. Apple and Google (2020) agreed.",
        // A given name that is also a word and a frequent surname before what only people do; a greeting's colon ending
        // the line.
        "⟦PERSON:Grace Black⟧ asked for the file. ⟦PERSON:Grant Jackson⟧ replied on Monday.",
        "Apple Music will send you a reminder.",
        "Hola ⟦PERSON:Coral⟧:\n\nTe confirmo que el piso está libre.",
        "Hi Team:\nplease see below",
        // Where one lives and when one was born on Czech, Croatian, Hungarian and Romanian forms: a full stop and a space
        // between a date's fields, Romanian months; not any date's "Dátum".
        "Datum narození: ⟦DATE_OF_BIRTH:12. 8. 1991⟧\nBydliště: ⟦STREET_ADDRESS:Vinohradská 1476/57, 539 45 Brno⟧",
        "Datum rođenja: ⟦DATE_OF_BIRTH:12. 6. 1940⟧.\nSzületési dátum: ⟦DATE_OF_BIRTH:1972. 04. 05⟧.\nLakcím: ⟦STREET_ADDRESS:4514 Budapest, Béke tér 24⟧.",
        "Data nașterii: ⟦DATE_OF_BIRTH:22 martie 2002⟧\nDomiciliu: ⟦STREET_ADDRESS:Calea Victoriei nr. 15, bl. C6, ap. 54, 637489 Iași⟧\nMedic",
        "Dátum: 1972. 04. 05. Meeting on 12. 6. 2024 at the office.",
        // A password a speaker answers to the line above asking for one; not an answer to another question.
        "⟦PERSON:dong-hyun⟧: what's the wifi pw\n⟦PERSON:min-ji⟧: ⟦PASSWORD:F@lc0n47!⟧\n⟦PERSON:dong-hyun⟧: ty thanks",
        "⟦PERSON:maria⟧: what's the order ref\n⟦PERSON:jonas⟧: ORD-2024-77\n⟦PERSON:maria⟧: thanks a lot",
        // A character or a brand known with the title before the name is no person: "Mr Darcy", "Dr. Martens".
        "we argued about whether Dorothea Brooke was too hasty to turn down Mr Casaubon, or Elizabeth Bennet Mr Darcy.",
        "Dr. Martens boots and Dr. Oetker pizza are on offer. ⟦PERSON:Chapman⟧ said Mr ⟦PERSON:Chapman⟧ would call.",
        // Streets, squares and churches named after people, their word in small letters after or before the name, an article
        // elided onto a noun; not a person named after a saint.
        "Karl Johans gate blir bilfri i juli. Muzeum przy ulicy Freta jest otwarte. La chiesa di Santa Maria Novella è vicina.",
        "Đường Lê Lợi sẽ thành phố đi bộ. Dall'aeroporto Marco Polo prendete il treno.",
        "⟦PERSON:Brigid Cherry⟧  10:50 AM\ncan you send me the report\n⟦PERSON:Santo Burns⟧  10:51 AM\nsure, here it is",
        // Forty bytes under a secret's key are an AWS secret only beside "aws" or an access key id as words of their own.
        "The laws changed. secret = \"⟦GENERIC_API_KEY:K6XqG8iGZ4i/BgFJtiRCzvDufxOy66y6PhzdMlxm⟧\"",
        // The writer's name after a closing's comma on the last line; not a greeted group; thanks of other languages over a
        // signature.
        "Name on card: ⟦PERSON:JADE FITZPATRICK⟧. Thanks, ⟦PERSON:Jade⟧",
        "Please send the file. Thanks, Everyone\nThanks, Team",
        "Danke,\n⟦PERSON:Jonas⟧",
        // A court list's defendant after "R v"; not a keyboard's keys.
        "Court 3 — 10:00\n1. R v ⟦PERSON:MITCHELL MORGAN⟧ (bail)\n2. R v ⟦PERSON:JAMES WALKER⟧\nThe case R v ⟦PERSON:Mitchell Morgan⟧ was adjourned.",
        "Press R v to paste.",
        // Greetings of Hungarian, Austrian and Czech chats before a name in small letters; not "everyone".
        "szia ⟦PERSON:béla⟧! servus ⟦PERSON:fiona⟧, ahoj ⟦PERSON:petr⟧, jak se máš?",
        "hallo alle zusammen\nhej alle sammen\nservus alle\nciao tutti",
        // Verbs of minutes after a given name opening a sentence.
        "⟦PERSON:Martin⟧ disagreed, but ⟦PERSON:Delaney⟧ pushed the vote",
    ]

    @Test(arguments: examples)
    func findsExactlyWhatIsMarked(_ marked: String) {
        let (text, expected) = PIIDetectors.parse(marked)
        let got = PIIScanner.scan(text).map { ($0.type, $0.start, $0.end) }
        #expect(got.count == expected.count, "\(text): \(got)")
        for (g, e) in zip(got, expected) {
            #expect(g.0 == e.0 && g.1 == e.1 && g.2 == e.2, "\(text): got \(g), expected \(e)")
        }
    }

    /// Every word of `otherLanguageSecretKeys` opens a key part `otherLanguageKeyPartStart` lets through, and a key
    /// of none of them is turned away.
    @Test func otherLanguageKeyPartStartsAreTheList() {
        for w in PIIScanner.otherLanguageSecretKeyWords {
            let key = Array(("db_" + w).utf8)
            #expect(key.withUnsafeBufferPointer { PIIScanner.otherLanguageKeyPartStart($0, 0, $0.count) }, "\(w)")
        }
        let other = Array("created_at".utf8)
        #expect(!other.withUnsafeBufferPointer { PIIScanner.otherLanguageKeyPartStart($0, 0, $0.count) })
    }

    /// A CSV export's birth-date column named in Turkish or Indonesian: its dates are birth dates.
    @Test func birthColumnsOfOtherLanguages() {
        for text in ["soyad,ad,dogum_tarihi,sehir\nAkar,Hakan,24.09.1964,Ankara\n", "nama,tanggal_lahir,kota\nBudi,24.09.1964,Bogor\n"] {
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { b in PIIScanner.scan(b, csv: PIIScanner.CSVHeader(b)) }
            let births = found.filter { $0.kind == .dateOfBirth }.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            #expect(births == ["24.09.1964"], "\(text): \(found)")
        }
    }

    /// The packed literals `isHonorific` compares with are exactly the list's words.
    /// Past `lowerCaseSearchLimit` bytes a name found once is found again where it is capitalized only.
    @Test func repeatedNamesInALargeWindowAreCapitalizedOnes() {
        let filler = String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 1_600)
        let text = "Met Tadhg Breathnach today.\n" + filler + "Breathnach called; ask breathnach."
        #expect(text.utf8.count > PIIScanner.lowerCaseSearchLimit)
        let names = PIIScanner.scan(text).filter { $0.type == "PERSON" }.map { Array(text.utf8)[$0.start..<$0.end] }
        #expect(names.map { String(decoding: $0, as: UTF8.self) } == ["Tadhg Breathnach", "Breathnach"])
        let small = "Met Tadhg Breathnach today. Breathnach called; ask breathnach."
        #expect(PIIScanner.scan(small).filter { $0.type == "PERSON" }.count == 3)
    }

    /// The first letters `verbsAfterNameFirstLetters` holds are exactly the verbs' first letters.
    @Test func romanceTypeFirstLettersAreTheList() {
        var mask: UInt32 = 1 << 2   // "C/"
        for w in PIIScanner.romanceStreetTypeWords where w.utf8.first! &- 0x41 < 26 { mask |= 1 << UInt32(w.utf8.first! - 0x41) }
        #expect(mask == PIIScanner.romanceTypeFirstLetters)
    }

    /// Every month name's first letter passes `isMonthLetter` (its bits are written out as a literal).
    @Test func monthFirstLettersAreTheList() {
        for m in PIIScanner.months where m.utf8.first! < 0x80 {
            #expect(PIIScanner.isMonthLetter(m.utf8.first!), "\(m)")
        }
    }

    @Test func speechVerbFirstLettersAreTheList() {
        var mask: UInt32 = 0
        for w in PIIScanner.verbsAfterNameWords { mask |= 1 << UInt32(w.utf8.first! - 0x61) }
        #expect(mask == PIIScanner.verbsAfterNameFirstLetters)
    }

    @Test func indonesianAddressLastLettersAreTheList() {
        var mask: UInt32 = 0
        for w in PIIScanner.indonesianAddressWordList {
            #expect(Array(w.utf8).withUnsafeBufferPointer { PIIScanner.indonesianAddressWords.lookupLowered($0, 0, $0.count) } != 0, "\(w)")
            mask |= 1 << UInt32(w.utf8.last! - 0x61)
        }
        #expect(mask == PIIScanner.indonesianAddressLastLetters)
    }

    @Test func honorificLiteralsAreTheList() {
        for w in PIIScanner.honorificWords {
            var t = w
            #expect(t.withUTF8 { PIIScanner.isHonorific($0, 0, $0.count) }, "\(w)")
            var lower = w.lowercased() + "x"
            #expect(!lower.withUTF8 { PIIScanner.isHonorific($0, 0, $0.count) }, "\(lower)")
        }
        for w in ["Mo", "Dear", "Pr", "Sirs", "Ma"] {
            var t = w
            #expect(!t.withUTF8 { PIIScanner.isHonorific($0, 0, $0.count) }, "\(w)")
        }
    }

    /// Every word of the stop lists is found in the table with its kind, and others are not.
    /// The packed literals of the honorifics and unit words in capitals are exactly their lists' words,
    /// and no other word of letters up to that length matches.
    @Test func capsLiteralsAreTheLists() {
        func buffer(_ w: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool { Array(w.utf8).withUnsafeBufferPointer(body) }
        for w in PIIScanner.capsHonorificWords {
            #expect(buffer(w.uppercased()) { PIIScanner.isCapsHonorific($0, 0, $0.count) }, "\(w)")
            #expect(!buffer(w.uppercased() + "X") { PIIScanner.isCapsHonorific($0, 0, $0.count) }, "\(w)X")
        }
        for w in PIIScanner.capsUnitWordList {
            #expect(buffer(w == "bât" ? w : w.uppercased()) { PIIScanner.isCapsUnitWord($0, 0, $0.count) }, "\(w)")
            #expect(!buffer(w.uppercased() + "S") { PIIScanner.isCapsUnitWord($0, 0, $0.count) }, "\(w)S")
        }
        for w in PIIScanner.frenchStreetTypes.map({ String(decoding: $0, as: UTF8.self) }) {
            #expect(buffer(w == "allée" ? w : w.uppercased()) { PIIScanner.isCapsFrenchType($0, 0, $0.count) }, "\(w)")
            #expect(!buffer(w.uppercased() + "S") { PIIScanner.isCapsFrenchType($0, 0, $0.count) }, "\(w)S")
        }
        for w in ["MRX", "DRS", "SSN", "IBAN", "APARTMENTS", "APARTMEN", "SUIT", "UNITY", "BOULEVAR", "RU", "QUA"] {
            #expect(!buffer(w) { PIIScanner.isCapsHonorific($0, 0, $0.count) || PIIScanner.isCapsUnitWord($0, 0, $0.count) || PIIScanner.isCapsFrenchType($0, 0, $0.count) }, "\(w)")
        }
    }

    @Test func nameStopTableHoldsItsWords() {
        for (list, kind) in [(PIIScanner.unitStopWords, PIIScanner.NameStop.unit), (PIIScanner.streetTypeWords, PIIScanner.NameStop.street),
                             (PIIScanner.notPersonWords, PIIScanner.NameStop.organisation)] {
            for w in list {
                var t = w
                #expect(t.withUTF8 { PIIScanner.nameStopWords.lookup($0, 0, $0.count) } & kind != 0, "\(w)")
            }
        }
        for w in ["Irene", "Wilson", "Amy", "Suites", "street"] {
            var t = w
            #expect(t.withUTF8 { PIIScanner.nameStopWords.lookup($0, 0, $0.count) } == 0, "\(w)")
        }
    }
}

/// The cases the interim scanner was held to (e-mail, cards, SSNs, key shapes and their look-alikes),
/// now on the scanner that replaced it, with its levels and redaction.
@Suite struct FormerInterimCases {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "write to alice.smith+tag@mail.example.co.uk today", expected: ["EMAIL_ADDRESS"]),
        // No e-mail address; the chat handle is a person's (a mention, session 13).
        Case(text: "not an email: user@localhost or @handle or a@b", expected: ["PERSON"]),
        Case(text: "not an email: user@localhost or a@b", expected: []),
        Case(text: "card 4111-1111-1111-1111 exp 12/27", expected: ["CREDIT_CARD"]),
        Case(text: "amex 378282246310005", expected: ["CREDIT_CARD"]),
        Case(text: "order 4111111111111112 (Luhn fails)", expected: []),
        Case(text: "placeholder 4444 4444 4444 4444", expected: []),
        Case(text: "ssn 123-45-6789", expected: ["US_SSN"]),
        Case(text: "impossible 000-12-3456 666-12-3456 900-12-3456 123-00-4567 123-45-0000", expected: []),
        Case(text: "OPENAI_API_KEY=sk-proj-Zk3H9qLmP2xV7nR4tY8wB1cD6fG0hJ5k", expected: ["OPENAI_API_KEY"]),
        Case(text: "key sk-ant-api03-Zk3H9qLmP2xV7nR4tY8wB1cD6fG0hJ5kQ2wE", expected: ["ANTHROPIC_API_KEY"]),
        Case(text: "placeholder sk-xxxxxxxxxxxxxxxxxxxxxxxx and sk-YOUR_API_KEY_HERE_1234567", expected: []),
        Case(text: "token ghp_Zk3H9qLmP2xV7nR4tY8wB1cD6fG0hJ5kQ2wE", expected: ["GITHUB_TOKEN"]),
        Case(text: "AKIAQ3EGRT5XKJ7PLM2N", expected: ["AWS_ACCESS_KEY"]),
        Case(text: "xoxb-1234567890-Zk3H9qLmP2xV7nR4tY8w", expected: ["SLACK_TOKEN"]),
        Case(text: "-----BEGIN RSA PRIVATE KEY-----\nMIIE...", expected: ["PRIVATE_KEY"]),
        Case(text: "-----BEGIN PUBLIC KEY-----", expected: []),
        Case(text: "version 4.2.1.12 and uuid 123e4567-e89b-12d3-a456-426614174000", expected: []),
    ]

    @Test(arguments: cases)
    func detects(_ c: Case) {
        #expect(PIIScanner.scan(c.text).map(\.type).sorted() == c.expected.sorted())
    }

    @Test func levels() {
        #expect(PIIScanner.report(["hello world"]).level == .public)
        #expect(PIIScanner.report(["mail bob@example.com"]).level == .personal)
        #expect(PIIScanner.report(["bob@example.com", "AKIAQ3EGRT5XKJ7PLM2N"]).level == .secret)
    }

    @Test func findingsAreReplacedAndTheRestIsByteForByteTheSame() {
        let text = "Mail jane.roe@example.com, card 4111-1111-1111-1111, key AKIAQ3EGRT5XKJ7PLM2N. Café ☕ stays."
        #expect(PIIScanner.redact(text) == "Mail [EMAIL_ADDRESS], card [CREDIT_CARD], key [AWS_ACCESS_KEY]. Café ☕ stays.")
        #expect(PIIScanner.redact("nothing here") == "nothing here")
        let f = PIIScanner.scan(text)
        #expect(f.map(\.type) == ["EMAIL_ADDRESS", "CREDIT_CARD", "AWS_ACCESS_KEY"])
        #expect(Array(text.utf8)[f[0].start..<f[0].end] == Array("jane.roe@example.com".utf8)[...])
    }
}

@Suite struct LowerCaseCueShapes {
    /// Every ASCII cue passes the packed pre-test; "the", "this", "have" do not.
    @Test func literalsAreTheList() {
        for (w, _) in PIIScanner.lowerCaseNameCueList where w.utf8.prefix(3).allSatisfy({ $0 < 0x80 }) {
            var t = w
            #expect(t.withUTF8 { PIIScanner.mayBeLowerCaseCue(PIIScanner.cueShape($0, 0, $0.count)) }, "\(w)")
        }
        for w in ["the", "this", "have", "there", "then"] {
            var t = w
            #expect(!t.withUTF8 { PIIScanner.mayBeLowerCaseCue(PIIScanner.cueShape($0, 0, $0.count)) }, "\(w)")
        }
    }
}
