# -*- coding: utf-8 -*-
"""fresh15 English personal frames, part A: school, clubs, faith communities, obituaries, alumni, housing, jobs, HR."""
FRAMES = [
("per-school-001", "school_newsletter", "en-uk", """Year 4 News – w/c ⟦date⟧

A huge well done to ⟦p1⟧ and ⟦p2⟧ who represented the school at the district spelling bee. ⟦p2.f⟧ came third!
Reminder: PE kits on Tuesdays. If you have any questions please contact ⟦p3?Mr|Mrs⟧ ⟦p3.l⟧ on ⟦p3.e=stmarys-primary.sch.uk⟧.
Our thanks also go to ⟦p4⟧ (⟦p5.f⟧'s ⟦p4?dad|mum⟧) for fixing the greenhouse."""),
("per-school-002", "parent_teacher_note", "en-us", """Hi ⟦p1.f⟧,
just a quick note – ⟦p2:f.f⟧ was really upset after recess today, she said ⟦p3:f⟧ took her lunchbox again. I talked to both girls. Can you call me when you get a sec? ⟦phone⟧
thanks, ⟦p4?Mr.|Mrs.⟧ ⟦p4.l⟧ (3rd grade, rm 114)"""),
("per-school-003", "parent_teacher_note", "en-au", """to ms ⟦p1:f.l⟧ – sorry ⟦p2:m.f⟧ missed swimming this week, he had a temp. his nan ⟦p3:f⟧ will pick him up on friday not me. her mobile is ⟦phone⟧. cheers ⟦p4.f⟧"""),
("per-school-004", "school_newsletter", "en-ie", """Congratulations to our Green Flag committee: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧ and ⟦p4⟧. Special mention to ⟦p5⟧ in 6th class whose poster won the county prize. Ms ⟦p6.l⟧ retires in June after 31 years – cards can be left at the office."""),
("per-school-005", "school_trip_consent", "en-za", """GRADE 7 CAMP – CONSENT
Learner: ⟦p1⟧   Class: 7⟦~A|B|C⟧
Date of birth: ⟦dob⟧
Parent/guardian: ⟦p2⟧   Cell: ⟦phone⟧
Medical aid / allergies: penicillin
Signed ______ ⟦date⟧"""),
("per-school-006", "tutoring_note", "en-sg", """Session notes ⟦date⟧ – ⟦p1⟧ (Sec 3)
Did A-maths ch 4 quadratic inequalities. still mixing up the sign flip. gave 10 qns homework. told mum (⟦p2.f⟧) we should add 1 more session before WA2. next w/ ⟦p3.f⟧ tutor on Thurs"""),
("per-school-007", "tutoring_note", "en-us", """Tutor log — student: ⟦p1.lf⟧
Parent contact: ⟦p2⟧, ⟦p2.e⟧
⟦date⟧: SAT reading, 2 passages, 71%. ⟦p1.f⟧ rushes the inference questions. Next session moved to Weds 4pm bc of ⟦p1.f⟧'s soccer."""),
("per-school-008", "pta_minutes", "en-ca", """PTA meeting – ⟦date⟧
Present: ⟦p1⟧ (chair), ⟦p2⟧, ⟦p3⟧, ⟦p4⟧, ⟦p5⟧
Regrets: ⟦p6⟧
1. Fun fair: ⟦p2.f⟧ has booked the bouncy castle. ⟦p4.l⟧ to ask Loblaws for a donation.
2. ⟦p3.f⟧ is stepping down as treasurer; ⟦p5.f⟧ volunteered.
Next meeting in the library."""),
("per-club-001", "sports_roster", "en-nz", """U12 Blue – Saturday ⟦date⟧, kick off ⟦time⟧
GK: ⟦p1⟧
DEF: ⟦p2⟧, ⟦p3⟧, ⟦p4⟧
MID: ⟦p5⟧, ⟦p6⟧
FWD: ⟦p7⟧
Oranges: ⟦p8.f⟧'s mum. Coach ⟦p9.f⟧ ⟦phone⟧"""),
("per-club-002", "coach_message", "en-uk", """Evening all – training moved to the 3G pitch Thursday. ⟦p1.f⟧ and ⟦p2.f⟧ you're both on the bench Sunday, nothing personal, just rotating. If anyone can drive to the away game let me know. ⟦p3.f⟧ (coach) ⟦phone⟧"""),
("per-club-003", "sports_roster", "en-us", """Little League – Cardinals batting order
1 ⟦p1.U⟧
2 ⟦p2.U⟧
3 ⟦p3.U⟧
4 ⟦p4.U⟧
5 ⟦p5.U⟧
Team parent: ⟦p6⟧ ⟦phone⟧"""),
("per-club-004", "club_membership", "en-au", """Membership renewal – Bayside Netball Club
Player: ⟦p1⟧  DOB: ⟦dob⟧
Guardian: ⟦p2⟧
Address: ⟦addr⟧
⟦town⟧
Email: ⟦p2.e⟧
Paid via card ending ⟦n:4⟧"""),
("per-club-005", "coach_message", "en-in", """Dear parents, cricket nets tomorrow 6:30am sharp at the ground. ⟦p1⟧, ⟦p2⟧ and ⟦p3⟧ please get your whites. Those who have not paid monthly fee contact ⟦p4:m.f⟧ sir on ⟦phone⟧. – Coach ⟦p5.l⟧"""),
("per-club-006", "club_results", "en-ie", """Club Lotto results: no jackpot winner. €50 each to ⟦p1⟧, ⟦p2⟧, ⟦p3⟧. Sellers prize: ⟦p4.f⟧. Well done to the minor ladies, and get well soon to ⟦p5⟧ who broke ⟦p5?his|her⟧ wrist against Kilmacud."""),
("per-club-007", "volunteer_rota", "en-uk", """parkrun volunteer roster ⟦date⟧
Run director – ⟦p1⟧
Timekeeper – ⟦p2⟧
Barcode scanning – ⟦p3⟧, ⟦p4⟧
Marshals – ⟦p5.f⟧ ⟦p5.l⟧, ⟦p6⟧, ⟦p7.i⟧
Tail walker – ⟦p8⟧ (+ dog)"""),
("per-faith-001", "church_bulletin", "en-us", """Please keep in your prayers: ⟦p1⟧, recovering from surgery; ⟦p2⟧; and the family of ⟦p3⟧, who passed away on ⟦date⟧. Funeral Mass Saturday at 10. Altar flowers this week given by ⟦p4⟧ in memory of ⟦p4?his|her⟧ parents."""),
("per-faith-002", "mosque_bulletin", "en-uk", """Jummah khutbah this week: Imam ⟦p1:arabic/m⟧. Madrasah registration is open – speak to brother ⟦p2:arabic/m⟧ or sister ⟦p3:south_asian/f⟧ after Asr. Congratulations to ⟦p4:arabic⟧ and ⟦p5:south_asian⟧ on their nikah."""),
("per-faith-003", "temple_bulletin", "en-ca", """Diwali seva sign-up – kitchen: ⟦p1:south_asian⟧, ⟦p2:south_asian⟧; rangoli: ⟦p3:south_asian⟧; parking: ⟦p4⟧. Please RSVP to ⟦p5:south_asian⟧ at ⟦p5.e⟧ or ⟦phone⟧."""),
("per-faith-004", "church_bulletin", "en-ng", """THANKSGIVING: Bro. ⟦p1:m⟧ and Sis. ⟦p2:f⟧ for the safe delivery of their baby boy. Choir practice holds Friday 5pm, coordinated by ⟦p3⟧. Counselling unit: ⟦p4⟧, ⟦phone⟧."""),
("per-faith-005", "church_bulletin", "en-ph", """Mass intentions: + ⟦p1⟧, + ⟦p2⟧ (death anniv.), thanksgiving of the ⟦p3.l⟧ family. Lectors this Sunday: ⟦p4⟧ and ⟦p5⟧. Pls. contact Ate ⟦p6:f.f⟧ for the Simbang Gabi schedule."""),
("per-faith-006", "synagogue_bulletin", "en-us", """Mazel tov to ⟦p1:f⟧ on becoming a bat mitzvah this Shabbat, and to ⟦p1.f⟧'s parents ⟦p2.f⟧ and ⟦p3.f⟧ ⟦p1.l⟧. Kiddush is sponsored by ⟦p4⟧. Yahrzeits: ⟦p5⟧, ⟦p6⟧."""),
("per-obit-001", "obituary", "en-ie", """⟦p1:f.U⟧ (née ⟦p2.l⟧), ⟦town⟧. Peacefully, at the Mater Hospital, surrounded by her loving family. Predeceased by her husband ⟦p3:m.f⟧. Sadly missed by her children ⟦p4.f⟧, ⟦p5.f⟧ and ⟦p6.f⟧, grandchildren, sister ⟦p7:f⟧ and a wide circle of friends. Reposing at her home, ⟦addr:ie⟧, on Thursday from 4pm. May she rest in peace."""),
("per-obit-002", "obituary", "en-us", """⟦p1:m⟧, 84, of ⟦town⟧, died ⟦date⟧. Born ⟦dob⟧ in Toledo, he worked 35 years at the Jeep plant. He is survived by his wife of 58 years, ⟦p2:f.f⟧; sons ⟦p3:m.f⟧ (⟦p4:f.f⟧) and ⟦p5:m.f⟧; and seven grandchildren. Visitation at ⟦#brand|Walker Funeral Home⟧."""),
("per-obit-003", "condolence_book", "en-uk", """So sorry to hear about ⟦p1:m.f⟧. He was the kindest neighbour we ever had and always had time for the kids. Thinking of you all. Love ⟦p2.f⟧ & ⟦p3.f⟧ ⟦p2.l⟧ x"""),
("per-obit-004", "condolence_book", "en-au", """RIP ⟦p1.f⟧ mate. best boss at ⟦~Bunnings|the depot|Woolies⟧, taught me everything. condolences to ⟦p2⟧ and the kids — ⟦p3.lof⟧"""),
("per-obit-005", "obituary", "en-za", """⟦p1:m⟧ passed away peacefully on ⟦date⟧, aged 77. Beloved husband of ⟦p2:f⟧, father of ⟦p3⟧ and ⟦p4⟧. Memorial service at NG Kerk Stellenbosch. Enquiries: ⟦p3.f⟧ ⟦phone⟧."""),
("per-obit-006", "obituary", "en-ng", """TRANSITION: With gratitude to God, the family of late Chief ⟦p1:m⟧ announces the passing of their patriarch at the age of 88. Burial ceremony: ⟦date⟧ at his country home, ⟦addr:ng⟧. Signed: ⟦p2:m⟧ (first son), ⟦p3⟧ (for the family)."""),
("per-alumni-001", "alumni_note", "en-us", """CLASS OF 1998 — ⟦p1:f⟧ writes that she and ⟦p2⟧ finally got married last spring in Asheville, with ⟦p3⟧ and ⟦p4⟧ as witnesses. ⟦p5⟧ just started as principal at ⟦#eponym|Lincoln Middle⟧. Send your news to ⟦p6.e⟧."""),
("per-alumni-002", "alumni_note", "en-uk", """1987 matriculants: ⟦p1⟧ (Chemistry) has retired from ICI and is now growing chillies in Norfolk. ⟦p2⟧ and ⟦p3⟧ organised a reunion dinner in Hall – ⟦p4⟧ flew in from Singapore."""),
("per-alumni-003", "alumni_note", "en-in", """Batch of 2005 reunion! Thanks ⟦p1⟧ for hosting us in Pune. Spotted: ⟦p2⟧, ⟦p3⟧, ⟦p4⟧ with twins, ⟦p5⟧ (still no grey hair). Next year Goa, ⟦p6.f⟧ is collecting money – UPI to ⟦phone⟧."""),
("per-alumni-004", "alumni_note", "en-ph", """UP Batch '02 — ⟦p1⟧ is now a partner at a law firm in Makati, while ⟦p2⟧ moved to Calgary as a nurse. Condolences to ⟦p3⟧ whose father passed last month."""),
("per-realty-001", "real_estate_listing", "en-uk", """Chain-free 3 bed semi in a sought-after cul-de-sac. Viewings strictly through ⟦p1⟧ at our High Street branch, ⟦phone⟧. Vendor ⟦p2⟧ has had the boiler replaced (2023)."""),
("per-realty-002", "viewing_notes", "en-au", """Viewing notes ⟦date⟧ – ⟦addr⟧
Attended: ⟦p1⟧ + partner, ⟦p2⟧, ⟦p3⟧ (investor)
⟦p1.f⟧ keen, asked about strata fees, will get pre-approval. ⟦p2.l⟧ thought kitchen too small. Follow up ⟦p3.f⟧ on ⟦phone⟧"""),
("per-realty-003", "real_estate_listing", "en-us", """OPEN HOUSE Sun 1–3pm! ⟦addr⟧ — 4bd/2.5ba, new roof, fenced yard. Hosted by ⟦p1⟧, Keller Williams, ⟦phone⟧ | ⟦p1.e⟧"""),
("per-realty-004", "viewing_notes", "en-ie", """Hi ⟦p1.f⟧, following on from Saturday's viewing at ⟦addr⟧, I can confirm an offer of €⟦N:310-480⟧,000 from ⟦p2⟧. Mortgage approval in principle attached. Regards, ⟦p3⟧, ⟦phone⟧"""),
("per-realty-005", "tenancy_agreement", "en-uk", """ASSURED SHORTHOLD TENANCY AGREEMENT
Landlord: ⟦p1⟧ of ⟦addr⟧, ⟦town⟧
Tenant(s): ⟦p2⟧ and ⟦p3⟧
Property: ⟦addr⟧, ⟦town⟧
Term: 12 months from ⟦date⟧
Rent: £⟦N:800-1900⟧ pcm, payable to ⟦iban:GB⟧"""),
("per-realty-006", "tenancy_agreement", "en-nz", """Residential Tenancy Agreement
Landlord: ⟦p1⟧, phone ⟦phone⟧
Tenant: ⟦p2⟧, DOB ⟦dob⟧
Address for service: ⟦addr⟧, ⟦town⟧
Bond: 4 weeks. Pets: one cat (approved by ⟦p1.f⟧)."""),
("per-job-001", "job_application", "en-us", """Dear Hiring Manager,
I'm applying for the Logistics Coordinator role (req ⟦#ticket:REQ⟧). I've spent four years at Ryder under ⟦p1⟧, who is happy to be a reference. 
Best,
⟦p2⟧
⟦phone⟧ · ⟦p2.e⟧ · ⟦town⟧"""),
("per-job-002", "cv_fragment", "en-uk", """⟦p1.U⟧
⟦addr⟧, ⟦town⟧ | ⟦phone⟧ | ⟦p1.e⟧
PROFILE
Qualified electrician (18th Edition) with 9 years' domestic and commercial experience.
REFERENCES
⟦p2⟧, Site Manager, Kier – ⟦phone⟧"""),
("per-job-003", "cv_fragment", "en-ng", """CURRICULUM VITAE
Name: ⟦p1⟧
Date of Birth: ⟦dob⟧
State of Origin: Ogun
Phone: ⟦phone⟧
Referees: 1. Dr. ⟦p2⟧, Dept. of Microbiology, UNILAG  2. ⟦p3⟧, HR Manager"""),
("per-job-004", "interview_scheduling", "en-ca", """Hi ⟦p1.f⟧, thanks for applying! We'd like to invite you to a 45-min video interview with ⟦p2⟧ (Engineering Manager) and ⟦p3⟧ on ⟦date⟧ at ⟦time⟧ ET. Reply to confirm. — ⟦p4⟧, Talent Acquisition"""),
("per-job-005", "interview_scheduling", "en-sg", """hi ⟦p1.f⟧ just confirming yr 2nd round tmr 10am at our Raffles Place office, lvl 23. ask for ⟦p2⟧ at reception. if late pls whatsapp me ⟦phone⟧ – ⟦p3.f⟧ (HR)"""),
("per-job-006", "job_application", "en-ph", """Good day Ma'am/Sir! I am ⟦p1⟧, 24 years old, a fresh graduate of BS Nursing. I am interested in the staff nurse position. My contact no. is ⟦phone⟧. Attached is my resume. Thank you and God bless."""),
("per-job-007", "reference_check", "en-au", """Reference check – candidate ⟦p1⟧
Referee: ⟦p2⟧ (former team lead at Telstra)
Q: Would you rehire? A: "Absolutely, ⟦p1.f⟧ was the one everyone went to."
Checked by ⟦p3.i⟧ ⟦date⟧"""),
("per-hr-001", "leave_request", "en-in", """Dear ⟦p1:m.f⟧ sir,
I am writing to request casual leave from ⟦date⟧ to ⟦date⟧ as my mother ⟦p2:f⟧ is admitted in hospital. During my absence ⟦p3⟧ will handle the vendor calls. I can be reached on ⟦phone⟧.
Kindly approve.
Regards,
⟦p4⟧
Emp ID ⟦n:6⟧"""),
("per-hr-002", "hr_warning", "en-us", """FIRST WRITTEN WARNING
Employee: ⟦p1⟧   Dept: Warehouse   Supervisor: ⟦p2⟧
On ⟦date⟧ the employee left the dock unattended for 40 minutes. This was witnessed by ⟦p3⟧. Further incidents may lead to termination.
Employee signature ______  HR: ⟦p4.i⟧"""),
("per-hr-003", "leave_request", "en-uk", """Hi ⟦p1.f⟧, could I book annual leave 14–18 July? ⟦p2.f⟧ has agreed to cover my Monday clinic. Thanks, ⟦p3.f⟧"""),
("per-hr-004", "hr_warning", "en-za", """Notice of disciplinary hearing – ⟦p1⟧ (staff no. ⟦n:5⟧). You are requested to attend a hearing on ⟦date⟧ chaired by ⟦p2⟧. You may bring a representative (e.g. shop steward ⟦p3⟧)."""),
("per-hr-005", "exit_interview", "en-ie", """Exit interview – ⟦p1⟧, Customer Ops
Reason for leaving: relocating to Galway. Said ⟦p2⟧ was a great manager but the rota with ⟦p3.l⟧'s team was exhausting. Return laptop to ⟦p4.f⟧ in IT."""),
("per-hr-006", "payslip_query", "en-nz", """Kia ora ⟦p1.f⟧, my payslip for last fortnight is missing the 6 hrs overtime I did covering ⟦p2.f⟧'s shift. Bank acct is still the same. Ngā mihi, ⟦p3⟧"""),
("per-expense-001", "expense_report", "en-ca", """Expense claim – ⟦p1.UL⟧
Employee #: ⟦n:5⟧
Dinner w/ client (⟦p2⟧, ⟦p3⟧) – $⟦N:80-240⟧.40
Taxi to YYZ – $⟦N:40-90⟧.00
Card used: ⟦cc⟧
Approver: ⟦p4.i⟧"""),
("per-expense-002", "expense_report", "en-uk", """Mileage claim Apr – ⟦p1⟧
03/04 Leeds → Harrogate site visit (w/ ⟦p2.f⟧) 42 mi
11/04 Leeds → York, met ⟦p3⟧ 51 mi
Total 93 mi @ 45p = £41.85
Reimburse to ⟦iban:GB⟧"""),
("per-expense-003", "expense_report", "en-us", """hey ⟦p1.f⟧ – attaching receipts for the offsite. the $312 at Olive Garden was the team lunch (me, ⟦p2.f⟧, ⟦p3.f⟧, ⟦p4.f⟧). put it on my corp card ⟦cc⟧. lmk if concur rejects it again"""),
("per-claim-001", "insurance_claim", "en-us", """Claim #⟦n:9⟧
Insured: ⟦p1⟧   DOB: ⟦dob⟧   SSN: ⟦ssn⟧
Loss location: ⟦addr⟧, ⟦town⟧
Description: tree limb fell on garage roof during storm. Adjuster ⟦p2⟧ inspected on ⟦date⟧. Contractor quote from ⟦p3⟧ attached."""),
("per-claim-002", "insurance_claim", "en-uk", """Motor claim – third party details
Driver: ⟦p1⟧
Address: ⟦addr⟧
Phone: ⟦phone⟧
Reg: ⟦A:2⟧⟦N:10-74⟧ ⟦A:3⟧. Witness: ⟦p2⟧ (pedestrian), ⟦phone⟧"""),
("per-claim-003", "insurance_claim", "en-au", """Hi, lodging a claim for storm damage. Policy holder ⟦p1⟧, DOB ⟦dob⟧. Our neighbour ⟦p2⟧'s fence came down onto our carport. Best contact ⟦phone⟧ or ⟦p1.e⟧. Thanks"""),
("per-claim-004", "travel_claim", "en-in", """Travel insurance claim: baggage delayed 3 days on BLR–LHR. Passenger: ⟦p1.UL⟧. Passport no. on file. Purchases made by my wife ⟦p2:f⟧ attached. Bank: ⟦p1⟧, a/c ⟦n:12⟧"""),
("per-police-001", "incident_report", "en-uk", """INCIDENT LOG ⟦n:4⟧/⟦n:2⟧
Reporting person: ⟦p1:f.U⟧, DOB ⟦dob⟧, of ⟦addr⟧, ⟦town⟧. Tel ⟦phone⟧.
Informant states that at approx ⟦time⟧ an unknown male tried the door of her vehicle. Neighbour ⟦p2⟧ witnessed the incident and gave a description. PC ⟦p3.l⟧ attended."""),
("per-police-002", "witness_statement", "en-us", """WITNESS STATEMENT
I, ⟦p1⟧, date of birth ⟦dob⟧, residing at ⟦addr⟧, state the following: On ⟦date⟧ around 9pm I saw a grey sedan hit ⟦p2⟧'s mailbox and drive off. My son ⟦p3:m.f⟧ took a photo of the plate. Signed, ⟦p1.i⟧"""),
("per-police-003", "incident_report", "en-ph", """BLOTTER ENTRY: At about ⟦time⟧H, one ⟦p1:f.U⟧, 35 y/o, resident of ⟦addr:ph⟧, reported to this station that her cellphone was snatched by two unidentified men on motorcycle. Investigator on case: PSSg ⟦p2⟧."""),
("per-police-004", "witness_statement", "en-ie", """Statement of ⟦p1⟧. I was working the bar in ⟦#brand|Kehoe's⟧ on the night. I know ⟦p2:m⟧ to see, he's a regular. Around closing ⟦p2.f⟧ and another man, I'd know him as ⟦p3:m.f⟧, started arguing about a taxi. Statement taken by Garda ⟦p4⟧."""),
("per-parking-001", "parking_appeal", "en-uk", """PCN ⟦A:2⟧⟦n:8⟧ – formal representation
I was parked in bay 14 with a valid permit displayed (holder ⟦p1⟧, my partner). Photo attached. Please cancel. ⟦p2⟧, ⟦addr⟧, ⟦town⟧"""),
("per-parking-002", "parking_appeal", "en-au", """re infringement notice ⟦n:9⟧ – i was dropping my mum ⟦p1:f⟧ at the hospital, she uses a wheelchair, was there 4 min tops. please reconsider. ⟦p2⟧ ⟦phone⟧"""),
]
