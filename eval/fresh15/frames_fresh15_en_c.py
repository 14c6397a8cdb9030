# -*- coding: utf-8 -*-
"""fresh15 English personal frames, part C: receipts, medical, travel documents, legal, registry, grants, programmes."""
FRAMES = [
("per-ocr-001", "ocr_receipt", "en-us", """WALGREENS #⟦n:5⟧
⟦addr⟧
RX ⟦n:7⟧  ⟦p1.UL⟧
LISINOPRIL 10MG TAB   $4.00
VISA ************⟦n:4⟧
CASHIER: ⟦p2.U⟧
THANK YOU"""),
("per-ocr-002", "ocr_receipt", "en-uk", """Tesco Extra
Served by: ⟦p1.f⟧
Clubcard: ⟦p2.U⟧
MILK 4PT        1.65
BREAD           1.10
TOTAL          £⟦N:10-60⟧.47
CARD ⟦cc⟧"""),
("per-ocr-003", "ocr_receipt", "en-ph", """SM HYPERMARKET
OR#⟦n:8⟧
SOLD TO: ⟦p1.U⟧
TIN: ___  ADDRESS: ⟦addr:ph⟧
SC/PWD ID: ⟦n:6⟧
Cashier: ⟦p2.UL⟧"""),
("per-rx-001", "prescription", "en-uk", """FP10 – ⟦p1.U⟧
DOB ⟦dob⟧   NHS No ⟦nhs⟧
⟦addr⟧, ⟦town⟧
Amoxicillin 500mg caps, 1 TDS x 7/7
Prescriber: Dr ⟦p2⟧, GMC ⟦n:7⟧"""),
("per-rx-002", "prescription", "en-us", """Rx
Patient: ⟦p1⟧   DOB: ⟦dob⟧
Sertraline 50 mg, 1 tab PO daily, #30, RF x2
Prescriber: ⟦p2⟧, MD   DEA ⟦A:2⟧⟦n:7⟧
Pharmacy: call ⟦phone⟧"""),
("per-rx-003", "prescription", "en-in", """Dr. ⟦p1⟧ MBBS, MD (Gen Med)
Reg. No. ⟦n:5⟧
Pt: ⟦p2⟧  Age/Sex: 54/⟦p2?M|F⟧
Rx: Tab Metformin 500 1-0-1 x 30 days
Review after 1 month. Mob ⟦phone⟧"""),
("per-lab-001", "lab_result", "en-au", """PATHOLOGY REPORT
Patient: ⟦p1.UL⟧   DOB: ⟦dob⟧   Medicare: ⟦n:10⟧
Requested by: Dr ⟦p2⟧
HbA1c  7.9 %  (H)
eGFR   68
Reported: ⟦date⟧ by ⟦p3.i⟧"""),
("per-lab-002", "lab_result", "en-ca", """Lab results for ⟦p1⟧ are now available in MyChart. Ordering provider: ⟦p2⟧, NP. Questions? Call the clinic at ⟦phone⟧."""),
("per-lab-003", "lab_result", "en-ng", """LAB NO: ⟦n:6⟧
NAME: ⟦p1.U⟧   SEX: ⟦p1?M|F⟧   AGE: 31
MALARIA PARASITE: +
WIDAL: negative
SCIENTIST: ⟦p2⟧"""),
("per-mrz-001", "passport_mrz", "en-uk", """PASSPORT  GBR
Surname: ⟦p1.U⟧
Date of birth: ⟦dob⟧
P<GBR⟦p1.mrz⟧<<<<<<<<<<<<<<<<<<<<
⟦n:9⟧<4GBR⟦n:6⟧<M⟦n:7⟧<<<<<<<<<<<<<<02"""),
("per-mrz-002", "visa_scan", "en-au", """VISA GRANT NOTICE
Name: ⟦p1.UL⟧
Date of birth: ⟦dob⟧
Transaction ref: EGO⟦n:8⟧
Visa subclass: 482  Sponsor contact: ⟦p2⟧ (⟦p2.e=harbourlogistics.com.au⟧)"""),
("per-ship-001", "shipping_label", "en-us", """SHIP TO:
⟦p1.U⟧
⟦addr⟧
⟦town⟧
⟦phone⟧
USPS TRACKING # ⟦#track⟧"""),
("per-ship-002", "shipping_label", "en-uk", """FROM: ⟦p1⟧, ⟦addr⟧, ⟦town⟧
TO: ⟦p2⟧
⟦addr⟧
⟦town⟧
Royal Mail Tracked 48 ⟦#track⟧"""),
("per-ship-003", "delivery_note", "en-za", """Courier Guy – waybill ⟦n:10⟧
Recipient: ⟦p1⟧ ⟦phone⟧
⟦addr⟧, ⟦town⟧
Note: leave with security guard ⟦p2.f⟧ if not home"""),
("per-customs-001", "customs_declaration", "en-nz", """CN22 – Gift
Sender: ⟦p1⟧, ⟦addr:nz⟧, ⟦town:nz⟧
Recipient: ⟦p2⟧, ⟦addr:uk⟧, ⟦town:uk⟧
Contents: 2x merino jumper, 1x book   Value NZD 180
Phone of recipient: ⟦phone:uk⟧"""),
("per-customs-002", "customs_declaration", "en-sg", """Declaration for import: consignee ⟦p1⟧, UEN ⟦n:9⟧⟦A:1⟧, contact ⟦phone⟧. Shipper ⟦p2⟧, Shenzhen. HS 8517.62. Declared by ⟦p3⟧ for the consignee."""),
("per-legal-001", "power_of_attorney", "en-uk", """LASTING POWER OF ATTORNEY – Property and financial affairs
Donor: ⟦p1⟧, born ⟦dob⟧, of ⟦addr⟧
Attorneys: ⟦p2⟧ and ⟦p3⟧, to act jointly and severally
Certificate provider: ⟦p4⟧"""),
("per-legal-002", "will_extract", "en-us", """LAST WILL AND TESTAMENT OF ⟦p1.U⟧
I, ⟦p1⟧, of ⟦addr⟧, ⟦town⟧, being of sound mind, appoint my daughter ⟦p2:f⟧ as Executor. If she cannot serve, I appoint ⟦p3⟧. I leave my 1967 Mustang to my grandson ⟦p4:m⟧."""),
("per-legal-003", "notarial_deed", "en-za", """BE IT HEREBY MADE KNOWN that on ⟦date⟧ before me, ⟦p1⟧, Notary Public, personally appeared ⟦p2⟧ (ID ⟦n:13⟧), of ⟦addr⟧, who declared ..."""),
("per-legal-004", "will_extract", "en-ie", """I bequeath the farm at Ballymore to my nephew ⟦p1:scot_ir/m⟧ and my savings to be divided equally between ⟦p2⟧, ⟦p3⟧ and ⟦p4⟧. Witnessed by ⟦p5⟧ and ⟦p6⟧."""),
("per-legal-005", "tenancy_notice", "en-ca", """N4 Notice to end tenancy for non-payment
To: ⟦p1⟧ (tenant)   From: ⟦p2⟧ (landlord)
Rental unit: ⟦addr⟧, ⟦town⟧
Amount owing: $⟦N:1800-4200⟧"""),
("per-registry-001", "company_registry_extract", "en-uk", """Companies House – officers
⟦p1.UL⟧
Role: Director · Appointed ⟦date⟧
Date of birth: ⟦~March|June|October⟧ 1971
Correspondence address: ⟦addr⟧, ⟦town⟧
⟦p2.UL⟧
Role: Secretary · Resigned ⟦date⟧"""),
("per-registry-002", "company_registry_extract", "en-sg", """ACRA BizFile – Officers: ⟦p1.U⟧ (Director, appointed ⟦date⟧), ⟦p2.U⟧ (Director), ⟦p3.U⟧ (Secretary). Registered office: ⟦addr⟧ Singapore."""),
("per-registry-003", "company_registry_extract", "en-in", """Directors of the company: 1. ⟦p1⟧ (DIN ⟦n:8⟧) 2. ⟦p2⟧ (DIN ⟦n:8⟧). Company secretary: ⟦p3⟧. Registered office at ⟦addr1⟧."""),
("per-grant-001", "grant_application", "en-uk", """Principal Investigator: Dr ⟦p1⟧, School of Biosciences
Co-investigators: Prof ⟦p2⟧ (Bristol), Dr ⟦p3⟧
Named researcher: ⟦p4⟧ (0.5 FTE)
Contact: ⟦p1.e=cardiff.ac.uk⟧"""),
("per-grant-002", "grant_application", "en-us", """Community Arts Grant – applicant ⟦p1⟧, lead artist. The mural will be designed with ⟦p2⟧ and painted by students from ⟦#eponym|Roosevelt High⟧ under ⟦p3⟧'s supervision. Budget contact: ⟦phone⟧."""),
("per-conf-001", "conference_programme", "en-uk", """09:30 Keynote – ⟦p1⟧ (Leeds): "Soil carbon after the flood"
10:15 ⟦p2⟧, ⟦p3⟧: Remote sensing of hedgerows
11:00 Coffee
11:30 Panel chaired by ⟦p4⟧ with ⟦p5⟧, ⟦p6⟧ and ⟦p7⟧"""),
("per-conf-002", "conference_programme", "en-us", """Track B · Room 201
2:00 "Flaky tests are a people problem" — ⟦p1⟧ (Stripe)
2:40 "Rust in the payments path" — ⟦p2⟧ & ⟦p3⟧
3:20 Lightning talks, MC: ⟦p4.f⟧ ⟦p4.l⟧"""),
("per-conf-003", "conference_programme", "en-in", """Session 4: Chair – Prof. ⟦p1⟧, IISc. Speakers: ⟦p2⟧ (IIT Madras), ⟦p3⟧ (TIFR), ⟦p4⟧. Vote of thanks: ⟦p5⟧."""),
("per-theatre-001", "theatre_programme", "en-uk", """CAST
⟦#fictional|Elizabeth Proctor⟧ ......... ⟦p1⟧
⟦#fictional|John Proctor⟧ .............. ⟦p2⟧
⟦#fictional|Abigail Williams⟧ .......... ⟦p3⟧
Director ⟦p4⟧ · Lighting ⟦p5⟧ · Stage manager ⟦p6⟧"""),
("per-theatre-002", "theatre_programme", "en-au", """The Mikado – Brunswick Light Opera. ⟦#fictional|Nanki-Poo⟧: ⟦p1⟧. ⟦#fictional|Yum-Yum⟧: ⟦p2⟧. Musical director ⟦p3⟧. Thanks to ⟦p4⟧ for the loan of costumes."""),
("per-thesis-001", "thesis_acknowledgements", "en-uk", """Acknowledgements
First, I thank my supervisor ⟦p1:f⟧ for her patience, and ⟦p2⟧ for teaching me everything about the mass spec. To ⟦p3⟧, ⟦p4⟧ and ⟦p5⟧ in office 2.14 – thanks for the biscuits. Finally, to ⟦p6.f⟧: I couldn't have done it without you."""),
("per-thesis-002", "thesis_acknowledgements", "en-us", """I am grateful to my committee, ⟦p1⟧, ⟦p2⟧, and ⟦p3⟧, and to ⟦p4⟧ for the fieldwork in Oaxaca. My parents, ⟦p5⟧ and ⟦p6⟧, never asked when I'd finish. Thank you."""),
("per-thesis-003", "thesis_acknowledgements", "en-ng", """To God be the glory. I thank my supervisor, Prof. ⟦p1⟧, and my co-supervisor Dr. ⟦p2⟧. My deepest appreciation goes to my wife ⟦p3:f⟧ and our children ⟦p4.f⟧ and ⟦p5.f⟧."""),
("per-email-001", "email_thread", "en-us", """On ⟦date⟧, ⟦p1⟧ <⟦p1.e⟧> wrote:
> Can you send me the signed W-4?
Attached. Also my new address is ⟦addr⟧, ⟦town⟧ starting next month.

⟦p2⟧
⟦phone⟧"""),
("per-email-002", "email_thread", "en-uk", """Hi ⟦p1.f⟧,

Lovely to meet you at the open evening. As promised, my colleague ⟦p2⟧ runs the Saturday coding club – you can reach ⟦p2?him|her⟧ on ⟦p2.e⟧.

Best wishes,
⟦p3⟧
Head of Computing"""),
("per-email-003", "email_signature", "en-ie", """--
⟦p1⟧ | Practice Manager
Ballsbridge Dental
⟦addr⟧, ⟦town⟧
T: ⟦phone⟧ | M: ⟦phone⟧"""),
("per-email-004", "email_signature", "en-za", """Kind regards
⟦p1⟧
Senior Bookkeeper
Cell: ⟦phone⟧ | Tel: ⟦phone⟧
⟦p1.e=vanwykaccounting.co.za⟧"""),
("per-bank-001", "payment_instruction", "en-ie", """Hi ⟦p1.f⟧, here are my details for the deposit refund:
Name: ⟦p2⟧
IBAN: ⟦iban:IE⟧
BIC: AIBKIE2D
Thanks!"""),
("per-bank-002", "direct_debit_form", "en-uk", """Instruction to your bank to pay by Direct Debit
Name of account holder: ⟦p1⟧
Account number: ⟦n:8⟧   Sort code: ⟦N:10-99⟧-⟦N:10-99⟧-⟦N:10-99⟧
Address: ⟦addr⟧, ⟦town⟧
Signature ______ Date ⟦date⟧"""),
("per-bank-003", "card_dispute", "en-us", """I'm disputing a charge of $⟦N:50-900⟧.99 on my card ⟦cc⟧ from "BESTDEALZ LLC". I never received the item. Cardholder: ⟦p1⟧, ⟦addr⟧, ⟦town⟧. Phone ⟦phone⟧."""),
("per-bank-004", "card_dispute", "en-ca", """Chat transcript – ⟦date⟧
You: someone used my visa ⟦cc:visa⟧ at a gas station in Moncton
Agent ⟦p1.f⟧: I'm sorry to hear that ⟦p2.f⟧, I've blocked the card. Can you confirm your DOB?
You: ⟦dob⟧"""),
("per-ip-001", "abuse_complaint", "en-us", """Subject: harassment from your customer
Hi, a user at ⟦ip⟧ has been sending threatening messages to my daughter ⟦p1:f⟧ on Discord. Their handle mentions the name ⟦p2⟧. Please investigate. ⟦p3⟧, ⟦phone⟧"""),
("per-ip-002", "login_alert", "en-uk", """Hi ⟦p1.f⟧, we noticed a new sign-in to your account from ⟦ip⟧ (Manchester, UK) on ⟦date⟧ at ⟦time⟧. If this wasn't you, reset your password. – The Monzo team"""),
("per-ip-003", "server_log", "en-au", """Mar 11 02:14:09 web01 sshd[⟦N:1000-9999⟧]: Accepted publickey for ⟦p1.lo⟧ from ⟦ip⟧ port ⟦N:30000-60000⟧ ssh2
Mar 11 02:14:12 web01 sudo: ⟦p1.lo⟧ : TTY=pts/0 ; PWD=/home/⟦p1.lo⟧ ; COMMAND=/bin/systemctl restart nginx"""),
("per-ip-004", "wifi_log", "en-nz", """DHCP lease: ⟦p1.f⟧s-iPhone (a4:83:e7:⟦h:2⟧:⟦h:2⟧:⟦h:2⟧) → ⟦#privip⟧; WAN ⟦ip6⟧ – router owner ⟦p2⟧"""),
("per-us-001", "w9_snippet", "en-us", """Form W-9
1 Name: ⟦p1⟧
3 Federal tax classification: Individual/sole proprietor
5 Address: ⟦addr⟧
6 City, state, ZIP: ⟦town⟧
Part I  SSN: ⟦ssn⟧"""),
("per-us-002", "background_check", "en-us", """Applicant: ⟦p1.lf⟧ | SSN ⟦ssn⟧ | DOB ⟦dob⟧ | Prior address: ⟦addr⟧, ⟦town⟧ | Reference: ⟦p2⟧ ⟦phone⟧"""),
("per-uk-001", "gp_letter", "en-uk", """Dear Dr ⟦p1.l⟧,
Re: ⟦p2:m⟧, DOB ⟦dob⟧, NHS ⟦nhs⟧
Thank you for referring this pleasant 67 year old gentleman. He attended with his wife ⟦p3:f.f⟧.
Yours sincerely, ⟦p4⟧, Consultant Cardiologist"""),
("per-uk-002", "pharmacy_sms", "en-uk", """Boots: Hi ⟦p1.f⟧, your prescription for ⟦p2.f⟧ is ready to collect from Boots ⟦~Briggate|Cheapside|Market St⟧. Ref NHS ⟦nhs⟧. Reply STOP to opt out."""),
("per-misc-001", "lost_pet_post", "en-ca", """MISSING – grey tabby "Biscuit", last seen near ⟦addr⟧. Microchipped. If seen please call ⟦p1⟧ ⟦phone⟧ or my son ⟦p2:m.f⟧ ⟦phone⟧"""),
("per-misc-002", "neighbourhood_post", "en-uk", """Does anyone know ⟦p1⟧ at number ⟦N:2-80⟧? Parcel got left with us. Also shout out to ⟦p2⟧ who cleared the drains on our road 👏"""),
("per-misc-003", "wordname_chat", "en-us", """⟦p1:wordname/f.f⟧ is picking up the cake, ⟦p2:wordname/m.f⟧ brings chairs. ⟦p3:wordname/f.f⟧ said she'll be late bc ⟦p4.f⟧ has the car"""),
("per-misc-004", "wordname_note", "en-uk", """Met ⟦p1:wordname/f⟧ and ⟦p2:wordname/m⟧ at the quiz – they won again, obviously. ⟦p3:wordname/m.f⟧ ⟦p3.l⟧ hosted."""),
("per-misc-005", "gym_signup", "en-au", """Name: ⟦p1⟧
DOB: ⟦dob⟧
Emergency contact: ⟦p2⟧ ⟦phone⟧
Referred by: ⟦p3.f⟧ (PT)"""),
("per-misc-006", "rideshare_chat", "en-in", """driver ⟦p1.f⟧: madam i am at gate 2
me: coming, blue kurta
driver ⟦p1.f⟧: ok. number ⟦phone⟧ call if not finding
me: ok. it's for my mother ⟦p2:f⟧ actually, she'll come"""),
("per-misc-007", "scout_camp_list", "en-ie", """Beaver camp – kids: ⟦p1.f⟧ ⟦p1.l⟧, ⟦p2⟧, ⟦p3⟧, ⟦p4⟧. Leaders: ⟦p5⟧, ⟦p6⟧. Medical: ⟦p2.f⟧ has an inhaler."""),
("per-misc-008", "nanny_notes", "en-us", """for ⟦p1.f⟧ (sitter) – ⟦p2.f⟧ naps 1-3, no screens after 6. if anything call me ⟦phone⟧ or grandma ⟦p3:f⟧ ⟦phone⟧. wifi pw is on fridge"""),
("per-misc-009", "vehicle_sale", "en-za", """Sold as seen: 2014 Polo Vivo. Seller ⟦p1⟧ (ID ⟦n:13⟧). Buyer ⟦p2⟧, ⟦addr⟧. Paid R⟦N:60-99⟧ 000 EFT. Witness ⟦p3⟧."""),
("per-misc-010", "housing_application", "en-sg", """HDB BTO application: main applicant ⟦p1⟧, NRIC S⟦n:7⟧⟦A:1⟧; co-applicant ⟦p2⟧. Mailing address: ⟦addr⟧ ⟦town⟧. Contact ⟦phone⟧."""),
("per-misc-011", "library_hold", "en-nz", """Hold ready: "⟦#title_case|The Bone People⟧" for ⟦p1⟧. Collect from Ponsonby library by ⟦date⟧. Issued by ⟦p2.f⟧."""),
("per-misc-012", "minutes_hoa", "en-ca", """Strata council: ⟦p1⟧ (unit 402) complained about ⟦p2⟧'s dog. ⟦p3.l⟧ moved that a letter be sent; ⟦p4.l⟧ seconded. Carried."""),
]
