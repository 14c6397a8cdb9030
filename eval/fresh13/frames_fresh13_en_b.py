# fresh13 hand-written frames, English part B.
FRAMES = r"""
@@ per clinical en
Triage note: 6yo brought in by grandmother «p2» after a fall from the climbing frame. Child («p1.g») crying but consolable. X-ray requested.
@@ per clinical en
Physio - session 3 of 6
«p1.g» managed 12 sit-to-stands today, up from 7.
Husband «p2.g» is doing the home exercises with her in the evenings.
Plan: progress to stairs. Discuss discharge with «p3.s» on Friday.
@@ per clinical en
MDT discussed «p1» (DOB «dob»). Consensus for conservative management. «p2» to inform the family; «p3» to rebook the scan.
@@ per clinical en
Mental health check-in. «p1.g» says things have been harder since her brother «p2.g» moved to «town». Safety plan reviewed, no current risk.
@@ per clinical en
Midwife visit, day 5. Baby feeding well. Mum («p1.g») tired but coping; «p2.g» has taken two weeks off work.
@@ per clinical en
Referral letter
Re: «p1», «addr», DOB «dob»
Thank you for seeing this pleasant 58-year-old man with intermittent chest pain.
His wife «p2.g» reports he has been more breathless on the stairs.
Yours sincerely, «p3»
@@ per clinical en
Patient declined the chaperone; «p2» (HCA) remained outside the curtain. Examination of «p1.s» unremarkable.
@@ per pharmacy en
Medication review for «p1»: stop amlodipine, start ramipril 2.5mg. Discussed with «p1.g» and her carer «p2» who fills the dosette box.
@@ per pharmacy en
Your order for «p1» has been dispatched and should arrive at «addr» within 2 working days.
@@ per appointment en
Hi «p1.g», a reminder that «p2.g»'s hearing test is tomorrow at «time». Reply Y to confirm or call «phone».
@@ per appointment en
Booking confirmed
Client: «p1»
Stylist: «p2.g»
When: «date», «time»
Where: our «town» salon
Need to cancel? Ring «phone» at least 24 hours ahead.
@@ per school en
Hi «p1.g», just to let you know that «p2.g» was a bit quiet today and didn't eat much lunch. Might be nothing! «p3.g» (teaching assistant)
@@ per school en
Reading group: «p1.g», «p2.g», «p3.g» - Blue books. «p4.g» moving up to Green next week.
@@ per school en
Parents' evening slots
16:00 «p1» (parent of «p2.g»)
16:10 «p3»
16:20 «p4»
16:30 free
@@ per school en
Detention issued to «p1» for the third missed homework. Parent «p2» informed by phone («phone»).
@@ per sports en
Great run at parkrun today! PBs for «p1.g», «p2.g» and «p3». Volunteers this week were «p4» and the usual crew.
@@ per sports en
Swim club committee: «p1» (chair), «p2» (treasurer), «p3» (welfare officer, contact «email.p3»).
@@ per sports en
Cricket scorecard: «p1.s» 47, «p2.s» 12, «p3.s» 0 (run out by his own partner - sorry «p3.g»).
@@ per sports en
Injury update: «p1.g» has a hamstring strain and will miss the next two games. «p2» starts in goal.
@@ per church en
Welcome to «p1» and «p2», who have just moved to the parish from «town». You may see them at the coffee morning.
@@ per church en
The Christmas hampers will be delivered by «p1.g», «p2.g» and «p3.g». If you know someone who'd like one, tell «p4.s» by the 10th.
@@ per community en
LOST CAT - ginger tom, answers to Biscuit. Last seen near «street». Please call «p1.g» on «phone»!
@@ per community en
Thanks to «p1» for organising the street party, and to «p2» for the loan of the gazebo (now returned!).
@@ per community en
Allotment 14 is now let to «p1». «p2» on plot 15 has offered to show her where the water trough is.
@@ per realestate en
Offer received on «addr»: £«amt»k from «p1», chain-free, mortgage agreed in principle.
@@ per realestate en
FOR SALE - 3 bed semi. Contact «p1» on «phone» or «email.p1» to book a viewing.
@@ per realestate en
Inventory check-in: tenants «p1» and «p2» present; agent «p3» noted a chip in the bath.
@@ per tenancy en
Hi «p1.g», rent for this month hasn't come through yet. Can you check with «p2.g»? Account is «iban». Thanks
@@ per tenancy en
NOTICE TO QUIT
To: «p1.U»
Of: «addrblock»
You are required to leave the premises by the date below.
Landlord: «p2»
@@ per hr en
Welcome «p1» to the logistics team! «p1.g» joins us from «town» and will sit with «p2.g» and «p3.g» on the second floor.
@@ per hr en
Grievance meeting attended by «p1» (employee), «p2» (HR) and «p3» (companion). «p1.s» described three incidents with «p4».
@@ per hr en
Sick note received for «p1» covering two weeks. Return-to-work meeting to be booked by «p2».
@@ per hr en
Staff	Dept	Ext
«p1»	Finance	«n»4
«p2»	Sales	«n»7
«p3»	Ops	«n»1
@@ per hr en
Probation passed. «p1.g» has settled well; «p2.s» noted she handled the audit almost single-handed.
@@ per legal en
WITHOUT PREJUDICE
Our client, «p1», is prepared to settle this matter. Please confirm whether «p2» will accept the enclosed offer.
@@ per legal en
Re: Estate of the late «p1»
We are instructed by the executor, «p2», of «addr».
Please confirm whether «p1.s» held any accounts with your bank.
The deceased's date of birth was «dob».
Yours faithfully
@@ per legal en
The court heard that «p1» had been employed by «p2» for nine years before the dispute.
@@ per witness en
I was standing at the bus stop when I saw «p1» cross on red. The driver, who I later learned was «p2», braked hard.
@@ per insurance en
First notification of loss
Insured: «p1»
Driver at time of accident: «p2»
Third party: «p3», «phone»
Location: junction near «street»
@@ per insurance en
I'm writing on behalf of my father, «p1», to claim for water damage at his home, «addr». Please contact me («p2») on «phone».
@@ per police en
Statement taken from «p1» at 14:30. She states that «p2» threatened her outside the shop. «p3» (store manager) confirmed CCTV is retained.
@@ per police en
MISSING PERSON: «p1.U», 16, last seen on «date» near «street». Anyone with information contact «phone».
@@ per recruit en
Reference for «p1»: I managed «p1.g» for three years at the library. She was punctual, kind and good with difficult customers. «p2»
@@ per recruit en
Shortlist: «p1», «p2», «p3». «p4» withdrew on Monday.
@@ per recruit en
Profile
«p1.U»
«addr» · «phone» · «email.p1»
Certified electrician with 10 years' experience.
@@ per review en
The delivery driver («p1.g») carried the sofa up three flights of stairs with a smile. Give that man a raise.
@@ per review en
Don't bother with the «town» branch. «p1.g» promised a callback twice and never rang.
@@ per review en
Booked a lesson with «p1» for my son - patient, clear and funny. «p2.g» now wants to go every week.
@@ per forum en
Update: got my deposit back! Thanks to everyone who suggested writing to «p1» directly.
@@ per forum en
Re: noisy neighbours
My advice - talk to them first. We had the same with «p1.g» and «p2.g» next door and it turned out they had no idea.
@@ per forum en
Throwaway because my sister «p1.g» reads this sub. AITA for not inviting her husband «p2.g» to my wedding?
@@ per github en
Thanks @«p1.l» and @«p2.l» for the reviews. Merging once CI is green.
@@ per github en
Signed-off-by: «p1» <«email.p1»>
@@ per github en
Closing as duplicate of «d.order». «p1.g» already has a fix in progress, see her branch.
@@ per github en
Author: «p1»
Reviewers: «p2», «p3»
Summary: switch the cache to LRU
Test plan: ran the benchmark three times on «p2.g»'s machine
@@ per calendar en
«p1.g» <> «p2.g» catch-up · «date» «time» · Google Meet
@@ per calendar en
Reminder: «p1»'s birthday drinks Friday at the Crown - she was born «dob», so it's a big one.
@@ per transcript en
INTERVIEWER: Can you state your name for the recording?
«p1.U»: «p1».
INTERVIEWER: And you were at the property on the night of the 4th?
«p1.U»: Yes, with «p2.g».
@@ per transcript en
[00:02:11] «p1»: Thanks everyone for joining.
[00:02:30] «p2»: Before we start, «p3.g» sends apologies.
[00:03:05] «p1.g»: Noted. «p2.g», do you want to take us through the numbers?
@@ per transcript en
«p3.g»: ok next item
«p1.g»: the venue fell through
«p3.g»: oh no
«p2.g»: I know someone at the rugby club, I'll ask
@@ per voicemail en
"Hi «p1.g», it's «p2.g» from the vet's. Just to say the dog's stitches can come out Friday. Call us on «phone». Bye!"
@@ per voicemail en
New voicemail (0:19) from «p1»: "Running late, tell «p2.g» to start without me."
@@ per sms en
hey it's «p1.l» from the gym, are we still on for saturday
@@ per sms en
«p1.g»: landed!
«p2.g»: yay, «p3.g» is at arrivals
«p1.g»: can't see her
«p2.g»: by the coffee place
@@ per sms en
Your driver «p1.g» is arriving in a silver hatchback. Share your trip with «p2.g»? Reply YES
@@ per notice en
WEDDING: «p1» and «p2» were married on «date» at the town hall, with «p3» as best man.
@@ per notice en
«p1», 91, of «town». Survived by her children «p2.g» and «p3.g» and five grandchildren. No flowers please.
@@ per notice en
BIRTH: To «p1.g» and «p2.g» «p2.s», a son, «p3.g», on «date». Thanks to the wonderful midwives.
@@ per receipt en
Hi «p1.g», thank you for sponsoring «p2.g»'s half marathon! Your £«amt» has been added to the page.
@@ per rota en
Tea & coffee: «p1» · Washing up: «p2» · Lock up: «p3» · Keys returned to «p4»
@@ per rota en
Driver rota (school run)
Mon «p1.g»
Tue «p2.g»
Wed «p1.g»
Thu «p3.g»
Fri whoever's free - ask «p4.g»
@@ per shipping en
Ship to:
«p1»
«addrblock»
Phone: «phone»
@@ per shipping en
Delivered 12:41, signed by «p1.U». Photo on file.
@@ per csv en
"Last name","First name","Email","Mobile"
"«p1.s»","«p1.g»","«email.p1»","«phone»"
"«p2.s»","«p2.g»","«email.p2»","«phone»"
@@ per csv en
Name	Amount	Paid
«p1»	20	yes
«p2»	20	no
«p3»	15	yes
«p4»	20	yes
@@ per ocr en
PATIENT  DETAILS
Name :   «p1.U»
D.O.B. :  «dob»
Addr :   «addr»
GP :   DR  «p2.SU»
@@ per ocr en
Sign ed: «p1»      Date: «date»
W itness: «p2»
@@ per email en
> On Mon, «p1» <«email.p1»> wrote:
> > Is the hall free on the 12th?
> It is, I've pencilled you in.
Great, thanks «p2.g»!
@@ per email en
Dear «p1.g»,
I hope this finds you well. I am writing to introduce «p2», who is joining our board next month.
«p2.g» has asked to meet you before the AGM.
Warm regards,
«p3»
@@ per email en
Hi team - «p1.g» is on leave until the 20th. For anything urgent please contact «p2» («email.p2») or «p3».
@@ per email en
From: «p1» <«email.p1»>
To: «email.p2»
Subject: Fwd: Flat
Forwarding «p3.g»'s message below - she can view on Saturday if that's ok.
@@ per json en
[{"id": «n», "name": "«p1»", "dob": "«dob»"}, {"id": «n», "name": "«p2»", "dob": "«dob»"}]
@@ per json en
{"event": "signup", "user": {"first_name": "«p1.g»", "last_name": "«p1.s»", "email": "«email.p1»", "ip": "«ip»"}}
@@ per yaml en
- name: «p1»
  role: maintainer
  email: «email.p1»
- name: «p2»
  role: reviewer
  email: «email.p2»
@@ per log en
«d.ts» audit actor=«email.p1» action=export rows=«n»000 src_ip=«ip»
@@ per log en
Jan 12 03:14:07 web01 sshd[«n»21]: Accepted publickey for «p1.l» from «ip» port 52144 ssh2
@@ per general en
Just saw «p1.g» and «p2.g» at the farmers' market, they say hi.
@@ per general en
Tell «p1.s» I said thanks for the ladder.
@@ per general en
I think «p1» still owes «p2» for the concert tickets.
@@ per general en
We're staying with «p1.g»'s parents in «town» over Easter.
@@ per general en
Have you met «p1»? She's the one who runs the repair café.
@@ per general en
«p1», «p2» and «p3» all said no, so it's just us.
@@ per general en
Happy birthday to «p1.g» who was born on «dob» and is now officially older than dirt!
@@ per general en
After «p1.s» retired, «p2» took over the choir.
@@ per general en
If «p1.g» calls, say I'm out.
@@ per general en
Mail for «p1» keeps coming to «addr»). She moved out in 2023.
@@ per general en
Drop it round to «addr.unit»!
@@ per general en
My address is now «addrblock»
Please update your records.
«p1»
@@ per general en
Whose is the red bike? «p1.g» thinks it's «p2.g»'s.
@@ per general en
«p1.fl» said she'd bring the salad
@@ per general en
Thanks to «p1» (MD), «p2» (CFO) and «p3», our new head of people, for hosting the town hall.
@@ per general en
Can you forward this to «p1.g»? Her email is «email.p1».
@@ per general en
I've known «p1.s» since school; «p1.g» was always the quiet one.
@@ per general en
Meet at «p1.g»'s - «street», the house with the green door.
@@ per finance en
Standing order set up: pay «p1» «amt» monthly to «iban», reference RENT.
@@ per finance en
Expense claim by «p1»: taxi to «town», hotel, dinner with «p2» from the client side.
@@ per finance en
Hi, I was charged twice on my card «card». Please refund one of them. «p1»
@@ per finance en
Beneficiary: «p1.U»
IBAN: «iban»
Amount: EUR «amt»
Reference: invoice «d.order»
@@ per finance en
Tax form: «p1», SSN «ssn», spouse «p2», SSN «ssn». Filing jointly.
@@ per it en
Password reset requested for «email.p1» from «ip». If this wasn't you, contact «p2».
@@ per it en
Mailbox migration: «p1», «p2» done; «p3» pending (on holiday).
@@ per it en
Suspicious sign-in for «p1» from «ip6» at 02:11. Blocked.
@@ per chat en
«p1.l»: omw
«p2.l»: k
«p1.l»: tell «p3.l» to save me a seat
@@ per chat en
[Team] «p1.g»: lunch?
[Team] «p2.g»: yes pls
[Team] «p3.g»: can't, on a call with «p4»
@@ per chat en
ok so «p1.g» told «p2.g» who told me lmao
@@ per chat en
«p1.g» joined the channel. «p2.g»: welcome!! 👋
@@ per clinical en
DNACPR discussed with «p1» and his daughter «p2»; both agree. Form completed and copy given to «p2.g».
@@ per care en
Spoke with «p2» (niece) who will bring «p1.g»'s hearing aid batteries on Sunday.
@@ per school en
«p1.g» «p1.s» - Year 9 - attendance 87%. Letter home to «p2» at «addr».
@@ per sports en
Roster: «p1.U» #7, «p2.U» #11, «p3.U» #4, «p4.U» #23
@@ per hr en
Promotion approved for «p1» effective next month. Congratulations, «p1.g»!
@@ per legal en
Statutory declaration: I, «p1», born «dob», solemnly and sincerely declare that I am the owner of the vehicle.
@@ per police en
Found property: one brown wallet handed in by «p1». Owner identified as «p2», «addr». Contacted by phone.
@@ per recruit en
Great chat with «p1» today - strong on stakeholder management. Sending to «p2.g» for the final round.
@@ per review en
Thank you «p1.g» and «p2.g» at the «town» office for getting our visas sorted in record time!
@@ per forum en
Username: «p1.l»«n»
Joined: 2019
Location: «town»
Post: Does anyone know «p2»? She used to run the choir here.
@@ per github en
Reported-by: «p1» <«email.p1»>
Fixes: «d.sha» ("parser: handle empty input")
@@ per calendar en
Out of office: «p1» (annual leave), «p2» (conference), «p3» (parental leave until May).
@@ per voicemail en
Voicemail: "Hi, it's «p1» calling from «town» surgery for «p2.g», please call back on «phone.ext». Thank you."
@@ per notice en
Congratulations to «p1» and «p2» on the birth of their twins, born «dob»!
@@ per shipping en
Return label for «p1», «addr». Return authorisation «d.order».
@@ per general en
We owe a lot to «p1.g»'s patience - she read every draft.
@@ per general en
Who's «p1.s»? Oh, the new accountant.
@@ per general en
Send it to «addr»?
@@ per general en
«p1.g»! Long time! Still at «street»?
"""
FRAMES += r"""
@@ per finance en
Hi, it's «p1.g». Card for the hotel is «card», exp 11/28, name on card «p1». Thanks for booking!
@@ per finance en
Chargeback dispute: cardholder «p1» says the charge on «card» was made after she reported it lost.
@@ per finance en
Payment failed for «p1» - card «card» declined. Retry scheduled for «date».
@@ per finance en
Direct debit mandate
Account holder: «p1»
IBAN: «iban:SA»
Authorised by: «p1.s»
@@ per finance en
My Dutch account is «iban:NL» and the German one is «iban:DE». Either is fine, «p1.g».
@@ per finance en
Wire to «p1» in Doha, IBAN «iban:QA», and the second half to «p2», IBAN «iban:AE».
@@ per finance en
The tuition refund for «p1.g» should go to «iban:GB» (account in her mother's name, «p2»).
@@ per finance en
I-9 check: «p1», SSN «ssn», DOB «dob». Documents verified by «p2».
@@ per finance en
Quick q - do I put my SSN («ssn») on the landlord form or just the last 4? «p1.g»
@@ per it en
«d.ts» login user=«p1.l» src=«ip» geo=ok
«d.ts» login user=«p1.l» src=«ip» geo=NEW_COUNTRY
«d.ts» mfa_challenge user=«p1.l» result=denied
«d.ts» lock user=«p1.l» by=«p2.l»
@@ per it en
«p1.g» says her home IP is «ip» - can you add it to the allow-list?
@@ per it en
Security alert for «email.p1»: new sign-in from «ip6» (Chrome on Windows).
@@ per it en
fail2ban: banned «ip» after 5 failures for user «p1.l»
@@ per general en
We moved! New address: «addrblock:de»
Come visit - «p1.g» & «p2.g»
@@ per general en
Our daughter «p1.g» is on exchange in France this term, staying at «addr:fr». Her host mum is «p2».
@@ per general en
Forwarding address for «p1»: «addr:nl»
@@ per general en
Can you post the gift to my brother «p1.g»? He's at «addr:es» now.
@@ per general en
Grandma's new place is «addr:it»!
@@ per general en
Ship to «p1», «addr:jp», phone «phone:jp».
@@ per general en
Emergency contacts while we travel: «p1» «phone:de», «p2» «phone:br», hotel in «town:tr».
@@ per hr en
Relocation: «p1.g» moves to the Stockholm office next month. Temporary housing at «addr:se», mobile «phone:se».
@@ per hr en
Contractor «p1», invoicing address «addr:pl», IBAN «iban:PL», phone «phone:pl».
@@ per legal en
Service address for the respondent, «p1»: «addrblock:ie»
@@ per shipping en
Consignee: «p1.U»
«addrblock:za»
Tel: «phone:za»
@@ per shipping en
Deliver to «p1», «addr:ng», call «phone:ng» on arrival.
@@ per recruit en
Candidate «p1» (based in «town:ke», «phone:ke», «email.p1») is open to relocation.
@@ per clinical en
Overseas visitor: «p1», home address «addr:br», DOB «dob», contact in UK «p2» «phone:uk».
@@ per general en
Send the invitation to «p1.g» and «p2.g» at «addr:ch»)
@@ per general en
Is «addr:au» the right address for «p1.g»'s party?
@@ per general en
«p1.g» lives at «addr.unit:ca» - buzz 214.
"""
