# -*- coding: utf-8 -*-
"""fresh15 English personal frames, part B: hospitality, rotas, care, chats, social posts, dev tooling."""
FRAMES = [
("per-hotel-001", "hotel_guest_register", "en-uk", """ARRIVALS ⟦date⟧
Rm 12  ⟦p1.UL⟧  2 nts  B&B  ⟦phone⟧
Rm 14  ⟦p2.UL⟧ + 1  1 nt  RO
Rm 21  ⟦p3.UL⟧  3 nts  DBB  late arr. ~23:00
Duty mgr: ⟦p4.f⟧"""),
("per-hotel-002", "hotel_guest_register", "en-sg", """Guest: ⟦p1⟧ | Room 1708 | Check-in ⟦date⟧ | Nationality: MY | Passport ⟦A:1⟧⟦n:8⟧ | Mobile ⟦phone⟧ | Remarks: anniversary, cake from ⟦p2.f⟧ at FO"""),
("per-hotel-003", "hotel_complaint_reply", "en-us", """Dear ⟦p1.f⟧, thank you for staying with us. I'm sorry the AC in room 304 was not fixed promptly. I've spoken with ⟦p2⟧ on our engineering team and refunded one night to your card. Warm regards, ⟦p3⟧, Front Office Manager"""),
("per-seat-001", "event_seating_plan", "en-uk", """TABLE 3 – Bride's family
⟦p1⟧ · ⟦p2⟧ · ⟦p3⟧ · ⟦p4⟧
⟦p5⟧ · ⟦p6⟧ (veg) · ⟦p7⟧ · ⟦p8.f⟧ (high chair)
TABLE 4 – Uni friends
⟦p9⟧ · ⟦p10⟧ · ⟦p11⟧"""),
("per-seat-002", "event_seating_plan", "en-in", """Sangeet seating – front row: ⟦p1:f⟧ (Nani), ⟦p2⟧, ⟦p3⟧. Row 2: ⟦p4⟧ & family, ⟦p5⟧. Please do NOT seat ⟦p6:m.f⟧ uncle next to ⟦p7:m.f⟧ uncle!!"""),
("per-seat-003", "gala_table_list", "en-us", """Table 9 (sponsor: ⟦#brand|Hendricks Dental⟧)
⟦p1⟧
⟦p2⟧
⟦p3⟧
⟦p4.f⟧ ⟦p4.l⟧ + guest
⟦p5⟧"""),
("per-rota-001", "volunteer_rota", "en-au", """Food bank roster – week of ⟦date⟧
Mon: ⟦p1.f⟧, ⟦p2.f⟧
Tue: ⟦p3.f⟧ (keys)
Wed: ⟦p4.f⟧ ⟦p4.l⟧, ⟦p5.f⟧
Thu: CLOSED
Fri: ⟦p6⟧, ⟦p7⟧
Swaps → text ⟦p8.f⟧ ⟦phone⟧"""),
("per-rota-002", "shift_handover", "en-uk", """Night → Day handover, Ward 7B
Bed 3 ⟦p1⟧ – NBM, IV abx due 08:00
Bed 5 ⟦p2⟧ – fall risk, family (daughter ⟦p3:f⟧) visiting 10:00
Bed 8 ⟦p4⟧ – for discharge pending TTOs
NHS no. bed 8: ⟦nhs⟧
Handed over by ⟦p5.f⟧ to ⟦p6.f⟧"""),
("per-rota-003", "shift_handover", "en-us", """security shift log 2300-0700: all quiet. ⟦p1.lof⟧ from 4B locked out again, let in after ID check. vendor ⟦p2⟧ dropped off pallets @ 0540. next shift: ⟦p3.f⟧"""),
("per-rota-004", "shift_swap", "en-ca", """Shift swap request: ⟦p1⟧ ↔ ⟦p2⟧, Sat ⟦date⟧ closing. Approved by ⟦p3.f⟧. ⟦p1.f⟧ please update the Deputy app."""),
("per-care-001", "care_home_log", "en-uk", """Daily notes – ⟦p1:m⟧ (Room 6)
AM: ate full breakfast, walked to lounge with frame. PM: son ⟦p2:m⟧ visited 2–4, brought photos. Seemed confused re: wife ⟦p3:f.f⟧ (deceased). Meds given by ⟦p4.i⟧. NHS ⟦nhs⟧"""),
("per-care-002", "care_home_log", "en-au", """Resident: ⟦p1⟧, DOB ⟦dob⟧
Incident: found on floor 0315, no visible injury. Obs stable. RN ⟦p2⟧ notified, NOK ⟦p3⟧ phoned at 0700 on ⟦phone⟧."""),
("per-care-003", "home_care_visit", "en-ie", """Visit ⟦date⟧ ⟦time⟧ – client ⟦p1⟧, ⟦addr⟧. Assisted with shower and lunch. ⟦p1.f⟧ mentioned her niece ⟦p2:f⟧ hasn't called in a while, seemed low. Carer: ⟦p3⟧"""),
("per-dating-001", "dating_chat", "en-us", """⟦p1.lo⟧: hey! love that you have a pic at Zion, did you do angels landing??
⟦p2.lo⟧: haha yes!! terrifying. I'm ⟦p2.f⟧ btw
⟦p1.lo⟧: ⟦p1.f⟧ 👋 drinks thurs? here's my number ⟦phone⟧"""),
("per-dating-002", "dating_chat", "en-uk", """Match with ⟦p1.f⟧, 29
⟦p1.f⟧: ok your bio says you can cook a mean risotto, prove it
me: challenge accepted. I'm ⟦p2⟧ on insta if you want to see evidence
⟦p1.f⟧: lol my mate ⟦p3:f.f⟧ says she knows you from uni??"""),
("per-dating-003", "dating_chat", "en-ph", """⟦p1.lo⟧: hiii ⟦p2.lo⟧, ur from QC too? 
⟦p2.lo⟧: yes po hehe near Katipunan
⟦p1.lo⟧: omg my tita ⟦p3:filipino/f⟧ lives there. add me on fb: ⟦p1⟧"""),
("per-wa-001", "whatsapp_family_chat", "en-uk", """[18:02] Mum: Has anyone heard from ⟦p1:m.f⟧??
[18:05] ⟦p2.f⟧: he's fine he's at ⟦p3.f⟧'s
[18:06] Mum: He could answer his phone!! ⟦phone⟧ rings out
[18:11] ⟦p4.f⟧: 🙄 chill mum
[18:12] Dad: Sunday lunch is at Nana ⟦p5.l⟧'s, 1pm"""),
("per-wa-002", "whatsapp_family_chat", "en-ng", """[7:14 am] Aunty ⟦p1:f.f⟧: Good morning family, pls remember grandma's thanksgiving on Sunday
[7:20 am] ⟦p2.f⟧: Yes ma 🙏
[7:31 am] ⟦p3⟧: I will send my contribution to ⟦p4.f⟧, what's your acct again?
[7:33 am] ⟦p4.f⟧: GTB ⟦n:10⟧ ⟦p4⟧"""),
("per-wa-003", "whatsapp_family_chat", "en-in", """Papa: ⟦p1.f⟧ beta call me when free
⟦p1.f⟧: in meeting papa
Papa: ok. ⟦p2:m⟧ uncle's daughter ⟦p3:f.f⟧ wedding card came, address is ⟦addr1⟧
⟦p4.f⟧: I'll book train tickets for all"""),
("per-wa-004", "whatsapp_family_chat", "en-za", """⟦p1.f⟧: who's bringing the braai wood sat?
⟦p2.f⟧: not me, ⟦p3:m.f⟧ said he would
⟦p3.f⟧: 🤦 fine. ⟦p4.f⟧ bring the boerewors pls
⟦p4.f⟧: ja ja. is ouma ⟦p5:afrikaans/f.l⟧ coming?"""),
("per-reddit-001", "reddit_post", "en-us", """r/legaladvice — Landlord keeping my deposit over "carpet damage" that was there when I moved in
Throwaway. My landlord (⟦p1:m⟧, owns like 6 units on our street) says I owe $900. My roommate ⟦p2.f⟧ has move-in photos. ⟦p3.f⟧ at the tenant union said to send a demand letter. Is that right?"""),
("per-reddit-002", "reddit_comment", "en-uk", """> has anyone used ⟦p1:f⟧ as a wedding photographer in Leeds?
yep she did ours in 2022, lovely but took 4 months to send the album. her assistant ⟦p2.f⟧ was great with the kids tbf"""),
("per-reddit-003", "reddit_comment", "en-ca", """update: ⟦p1.f⟧ from the dealership finally called back. apparently ⟦p2⟧ (the sales guy) never filed the warranty. going to small claims lol"""),
("per-reddit-004", "reddit_post", "en-au", """AITA for not inviting my SIL ⟦p1:f.f⟧ to my 30th? Long story short she called my husband ⟦p2:m.f⟧ a deadbeat at Christmas in front of his mum ⟦p3:f⟧."""),
("per-yt-001", "youtube_comment", "en-us", """⟦p1.lof⟧ • 2 years ago
my grandpa ⟦p2:m⟧ worked on this exact bridge in 1962!! showed him this video and he teared up ❤️"""),
("per-yt-002", "youtube_comment", "en-in", """Sir your explanation is better than our college prof ⟦p1.l⟧ 😂 shared with ⟦p2.f⟧ and ⟦p3.f⟧ for tomorrow's exam"""),
("per-yt-003", "youtube_comment", "en-uk", """@⟦p1.lo⟧⟦N:10-99⟧ haha that's my cousin ⟦p2⟧ at 3:42 in the red jacket, he's gonna be mortified"""),
("per-appreview-001", "app_store_review", "en-us", """★★★★★ "Support actually helped"
Was locked out for a week. ⟦p1.f⟧ from support stayed on chat with me for an hour and got it sorted. Give ⟦p1.f⟧ a raise! – ⟦p2.fi⟧"""),
("per-appreview-002", "app_store_review", "en-au", """★☆☆☆☆ charged twice, emailed 3 times. finally a guy called ⟦p1⟧ said "not our problem". brilliant."""),
("per-appreview-003", "app_store_review", "en-ng", """Good app but delivery man ⟦p1.f⟧ was rude. Customer care agent ⟦p2⟧ apologised and refunded. 3 stars"""),
("per-jira-001", "jira_comment", "en-us", """@⟦p1.dot⟧ can you take a look? repro'd on staging. ⟦p2.f⟧ thinks it's the cache invalidation from ⟦#ticket:PAY⟧. assigning to you, cc @⟦p3.lo⟧"""),
("per-jira-002", "jira_comment", "en-uk", """⟦p1⟧ added a comment – ⟦date⟧ ⟦time⟧
Discussed with ⟦p2⟧ and ⟦p3⟧ in standup. Moving back to To Do until ⟦p4.f⟧ confirms the API contract. Linked ⟦#ticket:CORE⟧."""),
("per-jira-003", "jira_comment", "en-in", """[~⟦p1.lo⟧] pls update ETA. client ⟦p2⟧ escalated again today, ⟦p3.f⟧ sir wants status by EOD."""),
("per-review-001", "code_review_comment", "en-us", """⟦p1.lof⟧ commented on line 88:
> nit: this could just be a dict comprehension
I'd rather keep it explicit, ⟦p2.f⟧ had trouble reading the last one. @⟦p3.lo⟧ wdyt?"""),
("per-review-002", "gerrit_review", "en-uk", """Patch Set 3: Code-Review+2
⟦p1⟧ <⟦p1.e=example-corp.de⟧>
Looks good now. Thanks ⟦p2.f⟧ for splitting it up. ⟦p3.f⟧, please submit when CI is green."""),
("per-review-003", "code_review_comment", "en-uk", """Approved – but ⟦p1.f⟧ please don't merge before ⟦p2⟧ has signed off on the migration, she owns the schema."""),
("per-commit-001", "commit_trailers", "en-us", """fix(parser): handle empty attribute lists

Previously an empty list raised IndexError.

Reported-by: ⟦p1⟧ <⟦p1.e⟧>
Co-authored-by: ⟦p2⟧ <⟦p2.e⟧>
Signed-off-by: ⟦p3⟧ <⟦p3.e⟧>"""),
("per-commit-002", "commit_trailers", "en-uk", """net: sched: fix use-after-free in qdisc teardown

Reviewed-by: ⟦p1⟧ <⟦p1.e⟧>
Tested-by: ⟦p2⟧ <⟦p2.e⟧>
Signed-off-by: ⟦p3⟧ <⟦p3.e⟧>
Link: https://lore.kernel.org/r/⟦n:8⟧"""),
("per-commit-003", "commit_trailers", "en-in", """Merge pull request #⟦N:100-9999⟧ from ⟦p1.lo⟧/fix-timezone

Fix IST offset in reports (thanks ⟦p2⟧ for the repro)
Co-authored-by: ⟦p3⟧ <⟦p3.e=users.noreply.github.com⟧>"""),
("per-codeowners-001", "codeowners", "en-us", """# CODEOWNERS
/billing/      @⟦p1.dot⟧ @⟦p2.lo⟧
/infra/        @acme/platform
/docs/         ⟦p3.e⟧
# ⟦p4⟧ owns the legacy importer until Q3
/importer/     @⟦p4.lo⟧"""),
("per-changelog-001", "changelog_credits", "en-uk", """## 4.2.0
- Added CSV export (#⟦N:300-900⟧) – thanks ⟦p1⟧!
- Fixed crash on empty config (#⟦N:300-900⟧, reported by ⟦p2⟧)
- Docs typo fixes from ⟦p3⟧ and ⟦p4⟧"""),
("per-changelog-002", "changelog_credits", "en-au", """v1.9.3
* Windows path fix — ⟦p1⟧
* Dark mode polish — ⟦p2.i⟧
Special thanks to ⟦p3⟧ for months of triage."""),
("per-mlist-001", "mailing_list_digest", "en-us", """Today's Topics:
   1. Re: build failure on arm64 (⟦p1⟧)
   2. RFC: drop Python 3.8 (⟦p2⟧)
   3. Re: RFC: drop Python 3.8 (⟦p3.e⟧)
----
Message: 1
From: ⟦p1⟧ <⟦p1.e⟧>
> On Tue, ⟦p4⟧ wrote:
> > is anyone else seeing this?
Yes, same here since ⟦p5.f⟧'s toolchain bump."""),
("per-mlist-002", "mailing_list_digest", "en-uk", """Subject: [allotment-soc] Plot 14
Hi all, ⟦p1⟧ is giving up plot 14 after 12 years. ⟦p2⟧ is next on the waiting list. Water troughs get switched on Saturday – ⟦p3.f⟧ has the key. ⟦p4.f⟧ (secretary)"""),
("per-ics-001", "calendar_invite", "en-us", """BEGIN:VEVENT
DTSTART:20250⟦N:3-9⟧⟦N:10-28⟧T150000Z
SUMMARY:1:1 ⟦p1.f⟧ / ⟦p2.f⟧
ORGANIZER;CN=⟦p1⟧:mailto:⟦p1.e=northwind-traders.com⟧
ATTENDEE;CN=⟦p2⟧;RSVP=TRUE:mailto:⟦p2.e=northwind-traders.com⟧
LOCATION:Room 4.12
END:VEVENT"""),
("per-ics-002", "calendar_invite", "en-uk", """You've been invited: "Quarterly review – ⟦p1⟧"
When: ⟦date⟧ 10:00–11:00
Who: ⟦p2⟧ (organiser), ⟦p3⟧, ⟦p4⟧, ⟦p1.f⟧
Join by phone: ⟦phone⟧"""),
("per-notes-001", "meeting_notes", "en-ca", """Notes – vendor sync ⟦date⟧
Attendees: ⟦p1⟧, ⟦p2⟧ (Shopify), ⟦p3⟧
- ⟦p2.f⟧ to send updated SOW by Fri
- ⟦p3.l⟧ flagged that ⟦p4⟧ left; new contact TBD
AIs: ⟦p1.i⟧ – budget"""),
("per-notes-002", "meeting_notes", "en-au", """Board mtg – apologies from ⟦p1⟧. Minutes of last mtg moved ⟦p2.l⟧, seconded ⟦p3.l⟧. Treasurer ⟦p4⟧ reported $12.4k in account. ⟦p5⟧ co-opted as new member."""),
("per-vm-001", "voicemail_transcript", "en-us", """Voicemail from ⟦phone⟧ (0:42): "hi this is ⟦p1⟧ calling from doctor ⟦p2.l⟧'s office about your appointment on thursday uh please call us back at ⟦phone⟧ thank you" """),
("per-vm-002", "voicemail_transcript", "en-uk", """New voicemail: "Hiya ⟦p1.f⟧ it's ⟦p2.f⟧ from the garage, your Fiesta's ready, it was the clutch cable in the end. We're open till half five. Cheers." Caller: ⟦phone⟧"""),
("per-vm-003", "voicemail_transcript", "en-in", """[Transcribed] hello ⟦p1.f⟧ ji this is ⟦p2⟧ from HDFC regarding your loan file, please share your PAN and address proof, my number is ⟦phone⟧"""),
("per-call-001", "call_center_transcript", "en-us", """agent: thank you for calling can i have your name please
customer: yeah it's ⟦p1.lof⟧
agent: and the date of birth on the account
customer: ⟦dob⟧
agent: thanks ⟦p1.lo⟧ and the last four of your social
customer: actually the full one is ⟦ssn⟧ if you need it"""),
("per-call-002", "call_center_transcript", "en-uk", """[00:01:12] AGENT: can you confirm the first line of the address
[00:01:15] CALLER: ⟦addr⟧
[00:01:20] AGENT: lovely and the account holder is
[00:01:22] CALLER: my husband ⟦p1:m.lof⟧ but he's in hospital so
[00:01:30] AGENT: ok i'll note that you're ⟦p2:f.lof⟧ calling on his behalf"""),
("per-call-003", "call_center_transcript", "en-ph", """agent ⟦p1.lo⟧: good evening thank you for calling may i know who i'm speaking with
caller: this is ⟦p2.lof⟧
agent ⟦p1.lo⟧: thank you ⟦p2.lo⟧ may i have your callback number
caller: ⟦phone⟧"""),
("per-call-004", "call_center_transcript", "en-au", """cust: hi i'm ringing about my mum's account she's ⟦p1:f.lof⟧
agent: ok no worries are you listed as an authorised person
cust: yeah ⟦p2.lof⟧ should be on there
agent: yep i can see you ⟦p2.lo⟧"""),
]
