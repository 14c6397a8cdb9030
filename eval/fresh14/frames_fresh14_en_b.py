# fresh14 English personal frames, part B: bank/fraud letters, RSVPs, genealogy, sports, gaming chat, LinkedIn,
# references, lost and found, forums, medical referrals, reviews, Slack, git, spreadsheets, vCards, headers, logs.

# --- bank / fraud dispute letters
F("per-bank-001", "fraud_dispute", "us", "Dear Card Services,\n\nI am writing to dispute three charges on my Visa card «CARD» dated «DATE». I did not authorise these transactions and still have the card in my possession.\n\nName: «P1»\nAddress: «ADDR»\nDaytime phone: «PHONE»", 3)
F("per-bank-002", "bank_letter", "uk", "Dear «P1.g:Ms|Mr» «P1.l»,\n\nWe have received your request to add «P2» as a joint holder. Payments will continue to be made to «IBAN».\n\nYours sincerely,\n«P3»\nCustomer Relations", 3)
F("per-bank-003", "fraud_dispute", "ca", "Case notes: caller «P1» reports an unknown e-transfer of $1,200 to «EMAIL». Caller's DOB «DOB» verified. Card «CARD» blocked, replacement to «ADDR».", 2)
F("per-bank-004", "bank_letter", "ie", "Re: Account holder «P1.UC»\nIBAN: «IBAN»\n\nWe confirm that the standing order to «P2» (€250 monthly) was cancelled at your request on «DATE».", 2)
F("per-bank-005", "fraud_dispute", "us", "my «P1.g:mum|dad» «P1» got one of those calls pretending to be the bank and «P1.g:she|he» read them «P1.g:her|his» card number «CARD» and the last four of «P1.g:her|his» social... actually the whole thing, «SSN». what do we do first??", 3)

# --- wedding / event RSVPs
F("per-rsvp-001", "rsvp", "uk", "RSVP — «P1» & «P2»'s wedding\n\nName(s): «P3», «P4»\nAttending: Yes, both\nDietary: «P4.f» is coeliac\nSong request: anything by ABBA", 3)
F("per-rsvp-002", "rsvp", "us", "Hi «P1.f»! So sorry, «P2.f» and I can't make the shower, we'll be at my cousin «P3»'s graduation that weekend. Gift is on its way to «ADDR.st» 💕", 3)
F("per-rsvp-003", "event_list", "au", "Guest list (table 4): «P1», «P2», «P3», «P4», «P5.f» + partner", 2)
F("per-rsvp-004", "rsvp", "us", "Name: «P1.UC»\nGuests: 2\nMeal: chicken / vegetarian\nPhone: «PHONE»\nMessage: can't wait to see «P2.f» walk down that aisle!!", 2)

# --- genealogy notes
F("per-genea-001", "genealogy", "ie", "«P1» b. «DOB» in «TOWN», «P1.g:daughter|son» of «P2» and «P3» (née «P4.l»). Emigrated to Boston c. 1956. Married «P5» 1961.", 3)
F("per-genea-002", "genealogy", "sc", "Found «P1.g:Granny|Grandad» «P1.f»'s birth entry at last — «P1», born «DOB», parish of «TOWN». Father listed as «P2», ploughman. Mother «P3».", 2)
F("per-genea-003", "genealogy", "us", "Family tree notes\n- Great-grandpa «P1» (1899–1971), farmer\n- his daughter «P2», born «DOB», still living in «TOWN»\n- cousin «P3» has the family Bible, email «EMAIL.P3»", 3)

# --- sports commentary (local / amateur)
F("per-sports-001", "match_report", "uk", "Under-14s: a cracking game on Saturday. «P1» opened the scoring after six minutes, and «P2.l» added a second before half-time. Man of the match went to keeper «P3», who saved a penalty.", 3)
F("per-sports-002", "commentary", "au", "...and «P1.l» takes the mark on the forty, «P2.l» streaming past on the outside — and «P1.l» goes long, it's a goal! What a kick from the young «P1.g:woman|fella» from «TOWN».", 2)
F("per-sports-003", "club_results", "us", "Saturday 5K results\n1. «P1» 17:42\n2. «P2» 18:05\n3. «P3» 18:11\nF40 winner: «P4» 21:30", 3)
F("per-sports-004", "commentary", "ie", "«P1.l» wins the throw-in, feeds «P2», and «P2.g:she's|he's» away — over the bar from forty-five yards! «P2.l» has three points from play now.", 2)

# --- gaming / Discord chat
F("per-discord-001", "discord_chat", "us", "[9:41 PM] «A:shadowfox|nerfthis|moonpie»: who's on tonight\n[9:41 PM] «P1.fl»: me and «P2.fl», «P3.fl» after dinner\n[9:42 PM] «A:shadowfox|nerfthis|moonpie»: bet. «P1.fl» bring the good headset this time", 3)
F("per-discord-002", "discord_chat", "uk", "mod note: user «A:xX_reaper_Xx|toastman|quietgoose» doxxed «P1» in #general, posted «P1.g:her|his» address «ADDR» and phone «PHONE». messages removed, user banned.", 3)
F("per-discord-003", "discord_chat", "ca", "«P1.fl»: my irl name is «P1» if you wanna add me on steam\n«A:pixelwitch|bigbrainbob»: lol ok «P1.fl»", 2)
F("per-discord-004", "game_chat", "us", "[Guild] «A:Thornwick|Elowen|Ashbringer»: gz on the mount!\n[Guild] «A:Velmara|Kragg»: ty ty. btw «P1.fl» (the tank, irl name «P1.f») is stepping down as raid lead, «P2.fl» taking over", 2)

# --- LinkedIn-style posts
F("per-linkedin-001", "linkedin_post", "us", "After 9 incredible years, today is my last day at the company. 🙏 Huge thanks to «P1», who took a chance on a nervous intern, and to «P2» and «P3» for the late nights and bad coffee. Onwards! #newchapter", 3)
F("per-linkedin-002", "linkedin_post", "uk", "Delighted to welcome «P1» to the team as Head of Partnerships! «P1.f» brings 15 years of experience in the charity sector. Please join me in saying hello 👋", 3)
F("per-linkedin-003", "linkedin_post", "in", "Proud moment: our intern «P1» just shipped «P1.g:her|his» first feature to production. Shout-out to mentor «P2» for guiding «P1.f» every step of the way. #womenintech", 2)
F("per-linkedin-004", "linkedin_comment", "us", "Congrats «P1.f»!! So well deserved. — «P2», former colleague", 2)

# --- recommendation letters
F("per-reference-001", "recommendation_letter", "us", "To the Admissions Committee:\n\nIt is my pleasure to recommend «P1» for your graduate program. I taught «P1.f» in two courses and supervised «P1.g:her|his» senior thesis. «P1.l» is among the top five students I have taught.\n\nSincerely,\n«P2»\n«EMAIL.P2» | «PHONE»", 3)
F("per-reference-002", "reference", "uk", "Reference for «P1» (DOB «DOB»)\n\n«P1.f» worked for us as a care assistant from 2021 to 2024. «P1.g:She|He» was reliable, kind to residents and popular with colleagues. I would employ «P1.g:her|him» again.\n\n«P2», Registered Manager", 3)
F("per-reference-003", "recommendation_letter", "ca", "I have known «P1» for six years, first as a volunteer and then as a paid coordinator. «P1.l» is calm under pressure. Please contact me at «PHONE» if you have questions.\n— «P2»", 2)

# --- lost and found posts
F("per-lost-001", "lost_found", "uk", "FOUND: black wallet on the number 42 bus this morning. Driving licence inside belongs to «P1.UC». If that's you (or you know «P1.f»), message me and I'll drop it round.", 3)
F("per-lost-002", "lost_found", "us", "LOST DOG — answers to Biscuit. Last seen near «ADDR.st» Sunday evening. Please call «P1.f» at «PHONE» or my son «P2.f» at «PHONE2». Reward!", 3)
F("per-lost-003", "lost_found", "au", "Anyone lost a set of keys with a purple lanyard at the skate park? Name tag says «P1». Handed in to the library desk.", 2)
F("per-lost-004", "lost_found", "ie", "Found a school bag at the bus stop on «ADDR.st». Copy book has «P1» written on the front. Grand if the mammy or daddy wants to get in touch.", 2)

# --- neighbourhood forum posts
F("per-forum-001", "neighbourhood_forum", "us", "Does anyone know «P1»? «P1.g:She's|He's» been parking a trailer across from «ADDR.st» for three weeks. Not trying to start anything, just want to ask «P1.g:her|him» to move it.", 3)
F("per-forum-002", "neighbourhood_forum", "uk", "Big thank you to «P1» and «P2» who cleared the snow off the whole of «ADDR.st» this morning. Legends.", 3)
F("per-forum-003", "neighbourhood_forum", "ca", "Re: recommended plumber — we used «P1» last spring, fair price and tidy. «P1.g:Her|His» number is «PHONE». Tell «P1.g:her|him» «P2.f» from the corner house sent you.", 3)
F("per-forum-004", "neighbourhood_forum", "au", "Warning: a «P1.g:woman calling herself|bloke calling himself» «P1» is going door to door on «ADDR.st» asking for cash for 'roof repairs'. Don't give «P1.g:her|him» anything.", 2)
F("per-forum-005", "neighbourhood_forum", "us", "I ran into «P1» yesterday at the farmers market and «P1.g:she|he» said the library is closing early on Fridays now. Anyone else hear that?", 3)

# --- medical referral letters
F("per-medical-001", "referral_letter", "uk", "Dear Dr «P1.l»,\n\nRe: «P2», DOB «DOB», NHS No. «NHS»\n«ADDR»\n\nThank you for seeing this «N:30-79»-year-old with a six-month history of exertional chest tightness. ECG shows no acute changes.\n\nYours sincerely,\nDr «P3»", 3)
F("per-medical-002", "referral_letter", "us", "Referral to: «P1», MD (Dermatology)\nPatient: «P2.LF»\nDOB: «DOB»\nPhone: «PHONE»\nReason: changing pigmented lesion, left shoulder. Please see within 2 weeks.", 3)
F("per-medical-003", "discharge_summary", "sc", "DISCHARGE SUMMARY\nPatient: «P1.UC»  CHI/NHS: «NHS»\nConsultant: «P2»\nNext of kin: «P3» («P3.g:daughter|son»), tel «PHONE»", 2)
F("per-medical-004", "referral_letter", "au", "Dear «P1.f»,\nI'd be grateful if you could review «P2» (DOB «DOB») regarding persistent knee pain post-ACL repair. «P2.f» is keen to return to netball.\nKind regards, «P3»", 2)

# --- customer reviews naming staff
F("per-review-001", "customer_review", "us", "★★★★★ Our server «P1.f» was amazing, remembered my daughter's allergy without us asking twice. Ask for «P1.g:her|him»!", 3)
F("per-review-002", "customer_review", "uk", "2/5. The room was fine but the manager (I think «P1») was rude when we asked about the noise. «P2» on reception was lovely though.", 3)
F("per-review-003", "customer_review", "ca", "Mechanic «P1» at the Bloor St location diagnosed in 20 min what two other shops missed. Honest «P1.g:woman|guy».", 2)

# --- Slack threads
F("per-slack-001", "slack_thread", "us", "«P1.fl» 10:14 AM\n@«P2.fl» can you cover «P3.f»'s on-call tonight? she's out sick\n«P2.fl» 10:16 AM\nyep, ping me the runbook\n«P1.fl» 10:16 AM\nthx 🙏", 3)
F("per-slack-002", "slack_thread", "uk", "«P1» 2:03 PM\nnew starter on Monday: «P2», joining «P3.f»'s team. Laptop is ordered, personal email for the welcome pack is «EMAIL.P2»", 3)
F("per-slack-003", "slack_thread", "au", "«P1.fl»: anyone know «P2.f»'s mobile? the courier is downstairs\n«P3.fl»: «PHONE»\n«P1.fl»: legend", 2)

# --- git logs
F("per-git-001", "git_log", "us", "commit «HEX:40»\nAuthor: «P1» <«EMAIL.P1»>\nDate:   Tue Mar 3 14:22:08 2026 -0500\n\n    Fix off-by-one in pagination\n\n    Reported-by: «P2» <«EMAIL.P2»>", 3)
F("per-git-002", "git_log", "uk", "«HEX:7» (HEAD -> main) Merge pull request #412 from «P1.fl»/fix-locale\n«HEX:7» Add Welsh translations (thanks «P2»)\n«HEX:7» Co-authored-by: «P3» <«EMAIL.P3»>", 3)
F("per-git-003", "git_shortlog", "us", "«P1» (14):\n      Refactor auth middleware\n      ...\n\n«P2» (3):\n      Update README\n\n«P3» (1):\n      Fix typo", 2)

# --- spreadsheet pastes
F("per-sheet-001", "spreadsheet_paste", "us", "Name\tEmail\tPhone\tT-shirt\n«P1»\t«EMAIL.P1»\t«PHONE»\tM\n«P2»\t«EMAIL.P2»\t«PHONE2»\tL\n«P3»\t«EMAIL.P3»\t«PHONE3»\tS", 3)
F("per-sheet-002", "spreadsheet_paste", "uk", "Surname,Forename,DOB,Postcode area,Shift\n«P1.l»,«P1.f»,«DOB»,LS,Early\n«P2.l»,«P2.f»,«DOB2»,LS,Late", 3)
F("per-sheet-003", "spreadsheet_paste", "au", "| Volunteer | Mobile | Sat | Sun |\n|---|---|---|---|\n| «P1» | «PHONE» | x | |\n| «P2» | «PHONE2» | | x |", 2)

# --- vCards
F("per-vcard-001", "vcard", "us", "BEGIN:VCARD\nVERSION:3.0\nFN:«P1»\nN:«P1.l»;«P1.f»;;;\nTEL;TYPE=CELL:«PHONE»\nEMAIL:«EMAIL.P1»\nADR;TYPE=HOME:;;«ADDR.st»;«TOWN»;;;\nEND:VCARD", 3)
F("per-vcard-002", "vcard", "uk", "BEGIN:VCARD\nVERSION:4.0\nFN:«P1»\nTEL;VALUE=uri;TYPE=work:tel:«PHONE»\nEMAIL;TYPE=work:«EMAIL.P1»\nBDAY:«DOB»\nEND:VCARD", 2)

# --- mail headers
F("per-mailhdr-001", "mail_header", "us", "From: «P1» <«EMAIL.P1»>\nTo: «P2» <«EMAIL.P2»>\nCc: «EMAIL3»\nSubject: Re: carpool next week\nDate: Wed, 4 Feb 2026 07:51:33 -0600\nReceived: from [«IP»] by mx.«D:brand:fastmail.com|zoho.com»", 3)
F("per-mailhdr-002", "mail_header", "uk", "Return-Path: <«EMAIL.P1»>\nX-Originating-IP: [«IP»]\nFrom: \"«P1.LF»\" <«EMAIL.P1»>\nSubject: Invoice query", 2)

# --- log lines
F("per-log-001", "log_lines", "us", "2026-02-11T08:14:02Z INFO auth login ok user=«EMAIL» ip=«IP» ua=\"Mozilla/5.0\"\n2026-02-11T08:14:09Z WARN auth mfa retry user=«EMAIL» ip=«IP»", 3)
F("per-log-002", "log_lines", "uk", "[«DG:ts»] POST /api/v2/profile 200 «N:20-900»ms client=«IP.6» body={\"name\":\"«P1»\",\"phone\":\"«PHONE»\"}", 3)
F("per-log-003", "log_lines", "us", "Feb 12 03:11:45 web01 sshd[«N:1000-65000»]: Failed password for invalid user admin from «IP» port «N:1024-65535» ssh2", 3)
F("per-log-004", "log_lines", "us", "ERROR payment_failed customer_name=\"«P1»\" card=«CARD» zip=«N:10001-99899» reason=insufficient_funds", 2)

# --- misc personal: HR-ish, school, SSN forms, word names, no-cue names
F("per-form-001", "form_ocr", "us", "APPLICANT NAME: «P1.UC»\nSSN: «SSN»     DATE OF BIRTH: «DOB»\nCURRENT ADDRESS: «ADDR»\nEMPLOYER: «D:brand:Walmart|Target|Costco»", 3)
F("per-form-002", "w9_snippet", "us", "Name (as shown on your income tax return): «P1»\nBusiness name: «P1.l» Landscaping LLC\nSocial security number: «SSN»\nAddress: «ADDR»", 2)
F("per-noclue-001", "chat", "us", "«P1.l» thinks the plan is late. I think «P1.l» is right, honestly.", 3)
F("per-noclue-002", "chat", "uk", "Apparently «P1» and «P2» are moving to Spain?? Since when", 3)
F("per-noclue-003", "chat", "us", "lol «P1.fl» and «P2.fl» broke up again", 2)
F("per-noclue-004", "email", "ca", "Quick update: «P1» signed the lease, «P2» is still thinking about it. I'll chase «P2.l» on Monday.", 2)
F("per-wordname-001", "chat", "us", "«P1@word.f» said «P1@word.g:she'd|he'd» bring the cake, and «P2@word» is picking up the balloons. Tell «P1@word.f» to text me.", 3)
F("per-wordname-002", "email", "uk", "Dear «P1@word.f»,\nThank you for coming in on Tuesday. «P2@word» will send the contract over by Friday.\nBest, «P3»", 3)
F("per-wordname-003", "news", "us", "Coach «S:PERSON:Grant|Bishop|Young|Mason» said the team played its hardest game of the season. Guard «P1@word» scored 22 points.", 2)
F("per-wordname-004", "chat", "au", "is «S:PERSON:Rose|Hope|Will|Mark|Joy» coming tonight or what? «S:PERSON:Rose|Hope|Will|Mark|Joy» said maybe", 2)
F("per-school-001", "school_message", "uk", "Dear parents of Year 4,\nA reminder that «P1» will be covering Class 4B while «P2.g:Mrs|Mr» «P2.l» is on leave. If you have any concerns please contact the office on «PHONE».", 3)
F("per-school-002", "school_message", "us", "Hi «P1.f», this is «P2.f», «P3.f»'s «P2.g:mom|dad». «P3.f» left «P3.g:her|his» jacket at your house after the sleepover, could I grab it tomorrow? «PHONE»", 3)
F("per-insurance-001", "insurance_claim", "us", "Claim #«N:1000000-9999999»\nInsured: «P1»\nOther driver: «P2», «PHONE»\nLoss location: «ADDR»\nDescription: other vehicle rear-ended insured at stop light.", 3)
F("per-volunteer-001", "rota", "ie", "Tidy Towns rota\nSat 9am – «P1», «P2»\nSat 11am – «P3.f» & «P4.f»\nSun – «P5» (bring the trailer)", 2)
F("per-passport-001", "visa_form", "uk", "Surname: «P1.UL»\nGiven names: «P1.f»\nDate of birth: «DOB»\nPermanent address: «ADDR»\nEmail: «EMAIL.P1»\nTelephone: «PHONE»", 2)
F("per-ssh-001", "support_ticket", "us", "Ticket «DG:ticket»: user «P1» can't reach VPN from home IP «IP». Please whitelist. Contact «EMAIL.P1».", 2)
F("per-ipv6-001", "log_lines", "uk", "abuse report: repeated signups from «IP.6» using names «P1», «P2», «P3». Accounts suspended.", 2)
