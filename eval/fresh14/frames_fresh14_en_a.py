# fresh14 English personal frames, part A: news, bios, minutes, academia, transcripts, help desk, marketplace,
# travel, delivery, tenancy.  Written by hand for fresh14.

# --- news paragraphs and press releases quoting people
F("per-news-001", "news", "us", "“We were told the bridge would reopen in spring,” said «P1», who has run a bakery on the east side of the river for eleven years. «P1.l» said deliveries now take forty minutes longer.", 3)
F("per-news-002", "news", "uk", "Police have named the «P1.g:woman|man» who died after a crash on the A38 as «P1», 47, from «TOWN». «P1.g:Her|His» partner, «P2», paid tribute to “a gentle, funny «P1.g:mum|dad» who lived for his allotment”.", 3)
F("per-news-003", "press_release", "us", "FOR IMMEDIATE RELEASE\n\n«D:brand:Halvorsen Biotech» today announced the appointment of «P1» as Chief Financial Officer, effective «DATE». «P1.l» joins from a regional credit union where «P1.g:she|he» led treasury operations.\n\nMedia contact: «P2», «EMAIL.P2», «PHONE»", 3)
F("per-news-004", "news", "au", "Local volunteer «P1» was among the first on the scene. “You just grab a hose and go,” «P1.f» told reporters outside the fire station on Tuesday.", 2)
F("per-news-005", "news", "ie", "The county council confirmed that «P1» and «P2» had both lodged objections to the wind farm. «P2.l», a sheep farmer, said the turbines would sit “four hundred metres from my kitchen window”.", 3)
F("per-news-006", "news", "ca", "Hockey coach «P1» has been suspended pending an investigation, the league said Friday. Parents contacted by this paper, including «P2», declined to comment on the record.", 2)
F("per-news-007", "news", "uk", "Residents of «ADDR.st» say they have reported the leaking main to the water company six times since June. «P1», who lives at number «N:2-80», showed us the puddle that now reaches «P1.g:her|his» front step.", 3)
F("per-news-008", "press_release", "in", "Bengaluru, «DATE» — The foundation has awarded its annual teaching fellowship to «P1» of a government school in Mysuru. «P1.f» plans to spend the grant on a science lab. For interviews call «PHONE».", 2)
F("per-news-009", "news", "us", "A GoFundMe set up by «P1»'s sister had raised more than $18,000 by Sunday night. «P1.f», a 23-year-old nursing student, remains in serious condition.", 3)
F("per-news-010", "news", "ng", "Lagos State has confirmed «P1» as the new permanent secretary for transport. «P1.l» replaces «P2», who retired in March after 31 years in the civil service.", 2)

# --- Wikipedia-style biographies (private people / local figures)
F("per-bio-001", "biography", "uk", "«P1» (born «DOB») is a British ceramicist and former schoolteacher. «P1.g:She|He» grew up in «TOWN» and studied at a further education college before opening a studio with «P2» in 2009.", 3)
F("per-bio-002", "biography", "us", "Early life\n\n«P1» was born on «DOB» in «TOWN» to «P2», a machinist, and «P3», a school librarian. «P1.f» was the youngest of four children.", 3)
F("per-bio-003", "biography", "sc", "«P1» (born «DOB», «TOWN») is a Scottish fiddler. With «P2» «P1.g:she|he» recorded three albums of strathspeys. «P1.l» teaches at a community music school.", 2)
F("per-bio-004", "biography", "au", "Personal life\n«P1.l» married «P2» in 1998; they have two children and live on a farm near «TOWN». «P1.g:She|He» is a patron of a regional cancer charity.", 2)

# --- council and court minutes
F("per-minutes-001", "council_minutes", "uk", "7. PUBLIC PARTICIPATION\n\n7.1 «P1» (resident, «ADDR.st») spoke against planning application 24/0183/FUL, citing overlooking.\n7.2 Cllr «P2.l» asked whether the applicant had consulted neighbours. The Clerk, «P3», confirmed two letters had been received.", 3)
F("per-minutes-002", "council_minutes", "us", "Present: Mayor «P1», Council Members «P2», «P3» and «P4». Absent: «P5.l».\nMotion to approve the minutes of «DATE» made by «P3.l», seconded by «P4.l». Carried 4–0.", 3)
F("per-minutes-003", "court_record", "us", "STATE v. «P1.UC»\nCase No. «N:2023-2026»-CR-«N:10000-99999»\nDefendant, «P1», appeared with counsel «P2». The Court advised the defendant of «P1.g:her|his» rights. DOB of defendant: «DOB». Bond set at $5,000.", 3)
F("per-minutes-004", "court_record", "uk", "The claimant, «P1», gave evidence that «P1.g:she|he» paid the deposit to the defendant, «P2», on «DATE». Under cross-examination «P1.g:Ms|Mr» «P1.l» accepted that no receipt was issued. I prefer the evidence of «P1.l».", 2)
F("per-minutes-005", "council_minutes", "ie", "Cllr «P1» proposed, seconded by Cllr «P2», that the Council write to the Minister regarding the closure of the Garda station. Cllr «P3.l» abstained.", 2)
F("per-minutes-006", "hoa_minutes", "us", "HOA board meeting — «DATE»\nattendees: «P1.f» (pres), «P2.f» (treasurer), «P3»\n- «P4» at «ADDR.st» still has the boat in the driveway, 2nd notice going out\n- «P2.f» reports $14,200 in reserve\n- next mtg at «P1.f»'s house", 3)

# --- academic acknowledgements, author lists, thesis
F("per-acad-001", "acknowledgements", "uk", "Acknowledgements\n\nI am deeply grateful to my supervisor, «P1», for «P1.g:her|his» patience and for reading every draft. Thanks also to «P2» and «P3» in the lab, and to my parents, who never asked when I would finish.", 3)
F("per-acad-002", "author_list", "us", "«P1.il»¹, «P2.il»¹,², «P3»², and «P4.il»¹*\n¹Department of Soil Science ²Center for Water Research\n*Corresponding author: «EMAIL.P4»", 3)
F("per-acad-003", "acknowledgements", "ca", "We thank «P1» for assistance with sample collection, «P2.f» and «P3.f» for comments on an earlier draft, and two anonymous reviewers. Any remaining errors are our own.", 2)
F("per-acad-004", "peer_review", "uk", "Dear Dr «P1.l»,\n\nThank you for agreeing to review manuscript JECO-2026-0412, \"Hedgerow connectivity and small mammal dispersal\" by «P2», «P3» et al. Please submit your report by «DATE».\n\n«P4»\nEditorial Office", 2)
F("per-acad-005", "reference_list", "us", "«P1.l», «P2.l» and «P3.l» (2021) described a similar effect in juvenile trout; see also «P4.il» and «P5.il» (2019), and the thesis by «P6» (unpublished).", 2)

# --- podcast / interview transcripts
F("per-podcast-001", "transcript", "us", "[00:14:02] «P1.fl»: So when did you first realise the business was in trouble?\n[00:14:06] «P2.f»: Honestly? When my accountant, «P3», called me on a Sunday. Accountants don't call on Sundays.\n[00:14:12] «P1.fl»: (laughs) That's never good.", 3)
F("per-podcast-002", "transcript", "uk", "HOST: My guest today is «P1», who walked the length of the Pennine Way with «P1.g:her|his» dog in eleven days. Welcome.\n«P1.UL»: Thanks for having me.\nHOST: Your «P2.g:sister|brother» «P2.f» did part of it with you?\n«P1.UL»: The boggy part, yes. «P2.g:She|He» hasn't forgiven me.", 3)
F("per-podcast-003", "transcript", "au", "Interviewer: And who got you into surfing?\n«P1.f»: My «P2.g:aunt|uncle», «P2». «P2.g:She|He» used to drive us down to the beach before school.\nInterviewer: Is he still around?\n«P1.f»: Yeah, «P2.g:she's|he's» 80 now and still paddles out.", 2)
F("per-podcast-004", "transcript", "ie", "Q. You worked with «P1» on that first record?\nA. «P1.f» produced it in «P1.g:her|his» garage in «TOWN». We had one microphone and a dog that barked on every second take.", 2)

# --- help-desk chat
F("per-helpdesk-001", "helpdesk_chat", "us", "Agent: Hi, thanks for contacting support! Can I have the name on the account?\nCustomer: «P1»\nAgent: Thanks «P1.f». And the phone number we have on file?\nCustomer: «PHONE»\nAgent: Perfect, I've found you.", 3)
F("per-helpdesk-002", "helpdesk_chat", "uk", "[10:02] You: my parcel says delivered but it's not here\n[10:03] Support: I'm sorry to hear that. Could you confirm the delivery address?\n[10:03] You: «ADDR»\n[10:04] Support: Thank you. The driver's note says it was left with a neighbour, «P1.f» at number «N:1-90».", 3)
F("per-helpdesk-003", "helpdesk_chat", "ca", "Chat started «DATE» «TIME»\nVisitor: hi I need to change the email on my account, it's under «P1.lc»\nBot: I can help with that. What's the new email?\nVisitor: «EMAIL.P1»\nBot: A verification link has been sent.", 3)
F("per-helpdesk-004", "helpdesk_chat", "us", "Customer: I was charged twice for the same order\nAgent «P1.f»: I see two pending charges on the card ending 4471, I'll release one now\nCustomer: thank you. also my «P2.g:wife|husband» «P2.f» wants to be added as an authorised user\nAgent «P1.f»: Sure, I'll need «P2.g:her|his» full name and date of birth\nCustomer: «P2», born «DOB»", 3)

# --- marketplace buyer/seller
F("per-market-001", "marketplace_message", "uk", "Hi, is the pram still available? I can collect tomorrow after 5. My number's «PHONE» if it's easier to text. Thanks, «P1.f»", 3)
F("per-market-002", "marketplace_message", "us", "Seller: yes still have it, $80 firm\nBuyer: ok deal. can I pick up saturday?\nSeller: sure. «ADDR.st», ring the side door. ask for «P1.f» if my husband answers\nBuyer: 👍 see you at 10", 3)
F("per-market-003", "marketplace_message", "au", "hey «P1.fl» just checking you got the bank transfer for the bike? sent it from my partner's account, name will show as «P2.UC»", 3)
F("per-market-004", "marketplace_review", "us", "Bought a standing desk from «P1». Exactly as described, «P1.f» even helped me load it into the car. Would buy from again ★★★★★", 2)

# --- travel bookings and boarding info
F("per-travel-001", "booking_confirmation", "uk", "Booking reference: «A:X7QK2P|LRM8TV|ZZ41HA»\nPassenger 1: «P1.UL»/«P1.f»«P1.g: MRS| MR»\nPassenger 2: «P2.UL»/«P2.f»\nContact: «EMAIL.P1» / «PHONE»\nFlight BA«N:100-999» LHR–EDI «DATE» dep 07:15", 3)
F("per-travel-002", "boarding_pass", "us", "BOARDING PASS\nNAME: «P1.LFU»\nFROM: ORD  TO: DEN  FLIGHT: UA «N:200-2999»  SEAT: «N:8-38»«A:A|C|D|F»\nGROUP 3  GATE B«N:1-40»\nBOARDING «TIME»", 3)
F("per-travel-003", "hotel_booking", "ie", "Dear «P1.f»,\n\nThank you for booking with us. Your room is reserved for 2 nights from «DATE». We have noted that «P2» will be sharing the room and that you require a cot.\n\nGuest phone: «PHONE»", 2)
F("per-travel-004", "travel_itinerary", "in", "Itinerary for «P1»\nPNR «A:4521987630|2876543109»  Train 12951 Mumbai Rajdhani\nCoach B3 berth «N:1-72»\nCo-passenger: «P2» (age «N:20-70»)\nMobile: «PHONE»", 2)
F("per-travel-005", "car_rental", "us", "Renter: «P1»\nDriver's DOB: «DOB»\nAdditional driver: «P2»\nPickup: DEN airport «DATE» «TIME»\nHome address on file: «ADDR»", 2)

# --- delivery driver notes
F("per-delivery-001", "delivery_note", "uk", "DRIVER NOTE: Leave behind green bin if no answer. Customer «P1» at «ADDR». Call «PHONE» on arrival, dog in garden!!", 3)
F("per-delivery-002", "delivery_note", "us", "Delivery instructions: gate code 4417#, then buzz unit 3B (name on buzzer says «P1.UL»). If no one's home leave with «P2.f» at the front desk.", 3)
F("per-delivery-003", "delivery_note", "au", "Driver: «P1.f» — Van 12\nStop 14: «ADDR» — signed by «P2.UC»\nStop 15: card left, customer to call «PHONE»", 2)

# --- landlord / tenant e-mails
F("per-tenancy-001", "landlord_email", "uk", "Hi «P1.f»,\n\nJust a reminder that the gas safety inspection at «ADDR» is booked for «DATE» between 8 and 12. The engineer, «P2», will call ahead on «PHONE».\n\nThanks,\n«P3.f»", 3)
F("per-tenancy-002", "tenant_email", "us", "Hi «P1.f»,\n\nThe kitchen faucet at «ADDR.st» is leaking again. Can your plumber come by this week? My roommate «P2» works from home so someone will be in.\n\nThanks,\n«P3»\n«PHONE»", 3)
F("per-tenancy-003", "landlord_email", "ie", "Dear «P1»,\n\nFurther to our conversation, I confirm that the rent for «ADDR» will increase to €1,640 per month from «DATE». Please direct any queries to my agent, «P2.fi».\n\nRegards,\n«P3»", 2)
F("per-tenancy-004", "deposit_dispute", "uk", "To whom it may concern,\n\nI, «P1», was the tenant at «ADDR» until «DATE». My landlord, «P2», has withheld £450 of my deposit for 'carpet cleaning'. I attach the check-in inventory.\n\nContact: «EMAIL.P1»", 2)
F("per-tenancy-005", "tenant_email", "ca", "hey «P1.fl», rent for november sent by e-transfer to «EMAIL.P1». also the new tenant in the basement is «P2», «P2.g:she|he» says hi", 2)
