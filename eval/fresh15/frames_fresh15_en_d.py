# -*- coding: utf-8 -*-
"""fresh15 English personal frames, part D: cards, SSNs, NHS numbers, IP addresses, e-mail, bare names."""
FRAMES = [
("per-card-001", "booking_phone_transcript", "en-uk", """caller: yeah i'd like to pay the deposit for the function room
staff: lovely, long card number when you're ready
caller: ⟦cc⟧ expiry oh nine twenty seven
staff: and the name on the card
caller: ⟦p1.lof⟧"""),
("per-card-002", "donation_form", "en-us", """Donor: ⟦p1⟧
In honor of: ⟦p2⟧
Amount: $⟦N:25-500⟧ monthly
Card: ⟦cc⟧  Exp 11/28
Acknowledge to: ⟦p3⟧, ⟦addr⟧, ⟦town⟧"""),
("per-card-003", "chat_card_number", "en-au", """⟦p1.lo⟧: can u book the campsite on my card, ⟦cc⟧, cvv is on the back lol i'll text it
⟦p2.lo⟧: don't send that here ⟦p1.lo⟧ omg
⟦p1.lo⟧: it's fine it's just us"""),
("per-card-004", "hotel_folio", "en-sg", """FOLIO ⟦n:7⟧
Guest: ⟦p1.UL⟧   Room 2204
Company: Kopi Holdings Pte Ltd (attn ⟦p2⟧)
Guarantee: ⟦cc⟧
Cashier: ⟦p3.f⟧"""),
("per-ssn-001", "benefits_enrollment", "en-us", """Dependents
1. ⟦p1⟧ – spouse – DOB ⟦dob⟧ – SSN ⟦ssn⟧
2. ⟦p2⟧ – child – DOB ⟦dob⟧ – SSN ⟦ssn⟧
Employee: ⟦p3⟧, badge ⟦n:5⟧"""),
("per-ssn-002", "tax_prep_email", "en-us", """hi ⟦p1.f⟧, for the return you'll need my husband's info too: ⟦p2:m⟧, social ⟦ssn⟧, and mine is ⟦ssn⟧. our new address is ⟦addr⟧ ⟦town⟧. thx! ⟦p3:f.f⟧"""),
("per-ssn-003", "loan_application", "en-us", """Borrower: ⟦p1.lf⟧   SSN: ⟦ssn⟧   DOB: ⟦dob⟧
Co-borrower: ⟦p2.lf⟧
Employer: Kroger, supervisor ⟦p3⟧ ⟦phone⟧"""),
("per-nhs-001", "ambulance_handover", "en-uk", """ATMIST – ⟦p1:m⟧, ⟦N:55-92⟧M, NHS ⟦nhs⟧. Found by neighbour ⟦p2⟧ at 06:40. Wife ⟦p3:f⟧ travelling separately, mob ⟦phone⟧."""),
("per-nhs-002", "school_health_form", "en-uk", """Child's name: ⟦p1⟧
Date of birth: ⟦dob⟧
NHS number: ⟦nhs⟧
GP: Dr ⟦p2.l⟧, Meadowbank Surgery
Parent: ⟦p3⟧, ⟦phone⟧"""),
("per-nhs-003", "dental_recall", "en-uk", """Reminder for ⟦p1⟧ (NHS ⟦nhs⟧): check-up with ⟦p2⟧ on ⟦date⟧ at ⟦time⟧. Reply C to cancel."""),
("per-ip-101", "forum_ban_log", "en-ca", """[mod log] banned ⟦p1.lo⟧ (real name ⟦p1⟧ per their profile) – ip ⟦ip⟧, alt account from ⟦ip⟧. reported by ⟦p2.lo⟧"""),
("per-ip-102", "vpn_audit", "en-in", """VPN sessions – ⟦date⟧
⟦p1.dot⟧  src ⟦ip⟧  duration 3h12m
⟦p2.dot⟧  src ⟦ip6⟧  duration 0h40m
Flagged by ⟦p3⟧ (SOC)"""),
("per-ip-103", "email_headers", "en-us", """Received: from [⟦ip⟧] (helo=laptop)
From: "⟦p1⟧" <⟦p1.e⟧>
To: ⟦p2.e⟧
Subject: re: the thing ⟦p3.f⟧ said
X-Originating-IP: ⟦ip⟧"""),
("per-ip-104", "game_server_log", "en-au", """player joined: ⟦p1.lo⟧⟦N:10-99⟧ (⟦ip⟧) — linked discord ⟦p1⟧
player joined: ⟦p2.lo⟧_gg (⟦ip⟧)"""),
("per-ip-105", "fraud_note", "en-uk", """Account takeover suspected for ⟦p1⟧. Logins from ⟦ip⟧ and ⟦ip6⟧ within 5 mins. Customer's real device last seen ⟦ip⟧. Analyst ⟦p2.i⟧"""),
("per-bare-001", "gossip_chat", "en-us", """omg ⟦p1.lo⟧ and ⟦p2.lo⟧ are back together?? i literally saw ⟦p2.lo⟧ with ⟦p3.lo⟧ at target last week"""),
("per-bare-002", "news_local", "en-nz", """⟦p1⟧ rescued a tramper near ⟦#place|Arthur's Pass⟧ on Sunday. ⟦p1.l⟧ and ⟦p2⟧ spotted the injured walker from the track and called for help."""),
("per-bare-003", "team_update", "en-uk", """⟦p1.f⟧ is out Friday. ⟦p2.f⟧ will cover the client call and ⟦p3.f⟧ takes standup. Thanks ⟦p4.f⟧ for the slides."""),
("per-bare-004", "dinner_note", "en-ie", """Dinner Sat: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧ and ⟦p4⟧. Invited ⟦p5:f⟧ too but she's in Lisbon."""),
("per-bare-005", "sports_blog", "en-za", """Great knock from ⟦p1⟧ in the club final, 87 off 64. ⟦p2⟧ took three wickets and ⟦p3.l⟧ held on at the end."""),
("per-email-101", "contact_list", "en-ca", """Committee contacts
⟦p1⟧ – ⟦p1.e⟧
⟦p2⟧ – ⟦p2.e⟧
⟦p3⟧ – ⟦p3.e⟧ / ⟦phone⟧"""),
("per-email-102", "out_of_office", "en-au", """I'm on leave until ⟦date⟧. For urgent matters contact ⟦p1⟧ (⟦p1.e=brightside-health.com.au⟧) or ⟦p2⟧ on ⟦phone⟧. – ⟦p3⟧"""),
]
