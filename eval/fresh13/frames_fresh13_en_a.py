# fresh13 hand-written frames, English part A. Header: "@@ <per|pub|sec> <genre> <lang>".
FRAMES = r"""
@@ per clinical en
Pt seen with daughter «p2.g»; GP Dr «p3.s» to review bloods next week. «p1.g» reports better sleep since the dose change.
@@ per clinical en
14:20 home visit. «p1» alert, sitting in the armchair, son «p2.g» present throughout.
Obs stable. Wound on L shin cleaned and redressed.
«p2.g» asked about respite; passed to «p3» (social work) who will ring him on «phone».
Next visit Thursday.
@@ per clinical en
Discussed with «p2» on the ward round - «p1.s» can go home once physio are happy with the stairs.
@@ per clinical en
NAME: «p1.U»    DOB: «dob»
ADDRESS: «addrblock»
NEXT OF KIN: «p2.U» (wife) «phone»
ALLERGIES: penicillin (rash)
REFERRED BY: Dr «p3.s»
@@ per clinical en
Handover: bay 4 is «p1», post-op day 2, pain controlled. «p2.g» is covering nights and knows the family want a call before 9pm.
@@ per clinical en
Saw «p1.g» in clinic today with her partner «p2.g». She is keen to try the new inhaler. Letter copied to «p3» at the surgery.
@@ per clinical en
Mrs «p1.s» rang the nurse line worried about her husband's confusion. Advised 111 if worse overnight; «p2.g» will phone back in the morning.
@@ per care en
Care log - Tuesday
07:45 «p1.g» up and dressed with prompting, ate porridge.
10:30 Chiropodist visited.
13:00 Declined lunch, had soup later with «p2».
16:10 Daughter «p3.g» phoned, wants updates sent to «email.p3».
20:00 Settled. Night carer «p4.g» on shift.
@@ per care en
«p2.g» and «p3.g» swapped the Sunday shift so «p1.g» would have someone familiar for the hospital trip.
@@ per pharmacy en
Hi «p1.g», your repeat prescription is ready to collect from the pharmacy. Reply STOP to opt out.
@@ per pharmacy en
Prescription for «p1», born «dob», collected by «p2» on behalf of the patient. ID checked.
@@ per pharmacy en
Reminder: «p1.g» has a flu jab booked on «date» at «time». If you can't make it call us on «phone».
@@ per appointment en
Your appointment with «p2» is confirmed for «date» at «time». Please bring a list of current medication. Questions? Call «phone.ext».
@@ per appointment en
Dear «p1.g»,
This is a reminder of your dental check-up on «date» at «time» with «p2».
If the address on file («addr») has changed, please tell reception.
Kind regards,
«p3.g»
@@ per school en
Hi all, «p1.g» and «p2.g» from Year 4 have nits again, please check heads tonight. Thanks, «p3.g» (class rep)
@@ per school en
Dear parents,
The trip to the science museum is on «date». «p1» and «p2» have kindly offered to help supervise.
Permission slips to «p3.s» by Friday please.
Any dietary needs to «email.p3».
Many thanks,
«p3»
@@ per school en
Could whoever picked up «p1.g»'s blue lunchbox by mistake drop it at the office? Her mum «p2.g» says it has her inhaler in the front pocket.
@@ per school en
Pupil: «p1.U»
Date of birth: «dob:child»
Parent/carer: «p2» «phone»
Home address: «addr»
Medical: mild asthma
@@ per school en
Huge congratulations to «p1.g» «p1.s», who read more books than anyone else this term, and to runner-up «p2».
@@ per sports en
U12s squad for Saturday: «p1», «p2», «p3», «p4». Meet at the clubhouse at 8:15, bring shin pads.
@@ per sports en
Match report: we went 2-0 down inside ten minutes, but «p1.s» pulled one back before half-time and «p2.g» levelled with a header from «p3.g»'s corner.
The winner came late - «p1.s» again, tapped in after the keeper spilled it.
Player of the match went to «p4», who ran the midfield all afternoon.
Next week we travel to «town».
@@ per sports en
Subs are now due. Please pay «p1» by bank transfer to «iban» or cash at training. Ta!
@@ per sports en
Name	Position	Mobile	Emergency contact
«p1»	GK	«phone»	«p2»
«p3»	DEF	«phone»	«p4»
@@ per sports en
Anyone got a lift for «p1.g» to the away game? His dad is working. Message «p2.g» on «phone» if you can squeeze him in.
@@ per church en
Parish news
Please keep «p1» in your prayers as she recovers from surgery.
The flower rota for next month has been drawn up by «p2».
«p3» and «p4» celebrate their golden wedding anniversary on Saturday - cake after the 10am service!
@@ per church en
Thank you to everyone who helped at the jumble sale, especially «p1.g» who sorted three tables of books on her own.
@@ per community en
The community garden meeting moved to «p1.g»'s house this month: «addr». Bring a chair!
@@ per community en
Residents' association: minutes taken by «p1». Present: «p2», «p3», «p4». Apologies: «p1.s»'s neighbour.
«p2.s» raised the potholes on «street» again.
Action: «p3.g» to email the council.
@@ per realestate en
Viewing confirmed for «date» at «time». Your agent will be «p1», mobile «phone». The property is at «addr».
@@ per realestate en
Hi «p1.g», the vendors accepted your offer! «p2» at our conveyancing team will be in touch. Congratulations from all of us.
@@ per tenancy en
Landlord: «p1»
Tenants: «p2» and «p3»
Property: «addrblock»
Rent: paid monthly to «iban»
Deposit held with the scheme.
@@ per tenancy en
Dear «p1.g», the boiler engineer «p2.g» will come Wednesday between 8 and 12. Please make sure someone is home at «street». Regards, «p3»
@@ per tenancy en
We have received a complaint from the flat below about noise after midnight. «p1.s», please treat this as a first warning.
@@ per hr en
Employee record
Name: «p1»
Date of birth: «dob»
Home address: «addr»
Personal email: «email.p1»
Line manager: «p2»
Start date: «date»
@@ per hr en
«p1.g» has been off since Monday with a back injury; «p2.g» is covering her accounts until she's back.
@@ per hr en
Performance review - «p1»
Reviewer: «p2»
«p1.g» exceeded the support targets in every quarter and mentored «p3.g» through her first release.
Area to develop: delegating. «p1.g» still takes on too much herself.
Rating: 4 / 5
@@ per hr en
Please update payroll: «p1»'s bank details have changed to «iban» from next month.
@@ per hr en
Exit interview notes. «p1.s» said the main reason for leaving was the commute; she praised «p2» but felt «p3.s» micromanaged the team.
@@ per legal en
Dear Sir or Madam,
We act for «p1» in connection with the collision on «date».
Our client was a passenger in the vehicle driven by «p2».
Please direct all correspondence to this office and not to «p1.s» directly.
Yours faithfully,
«p3»
@@ per witness en
I, «p1», of «addr», will say as follows. On the evening in question I saw «p2» leave the pub with «p3». «p2.g» was shouting.
@@ per witness en
WITNESS STATEMENT
Name: «p1.U»
Date of birth: «dob»
Occupation: bus driver
I have known «p2» for about six years through work. I did not see «p2.s» on the Tuesday.
Signed: «p1»
@@ per insurance en
Claim ref «ref». Policyholder «p1» reports that a branch from the neighbour's tree fell on the conservatory at «addr». Neighbour is «p2».
@@ per insurance en
Hello,
I'd like to make a claim for my phone, which was stolen on the train.
Name: «p1»
Policy address: «addrblock»
Contact: «phone»
Thank you
@@ per police en
Incident log «ref»
At 23:40 officers attended «addr» following a call from «p1» reporting a break-in.
Suspect described as male, 30s. Neighbour «p2» provided doorbell footage.
Victim's contact: «phone».
Crime reference issued.
@@ per police en
Vehicle stopped on the A-road; driver «p1» (DOB «dob») provided a breath test, negative. Passenger gave his name as «p2».
@@ per recruit en
CV - «p1»
«email.p1» | «phone»
Experience
2019-present: Warehouse supervisor, trained 14 new starters
References available from «p2» on request.
@@ per recruit en
Interview feedback: «p1» was well prepared, though she struggled with the system design question. «p2» and I both recommend a second round.
@@ per recruit en
Hi «p1.g», thanks for applying! «p2.g» from our talent team will call you on «phone» to set up a chat.
@@ per recruit en
Candidate	Stage	Interviewer
«p1»	phone screen	«p3»
«p2»	onsite	«p4»
@@ per review en
Ask for «p1.g», he was brilliant - sorted my broken screen in half an hour.
@@ per review en
★★☆☆☆ The food was fine but «p1.g» at the front desk was rude when we asked to move tables.
@@ per review en
Five stars for «p1» and her team. They repainted the whole house while we were away and left it spotless.
@@ per review en
We stayed three nights. Breakfast was served by «p1.g» and «p2.g» who remembered our names from day one, lovely touch.
@@ per forum en
Posted by u/«p1.l»
Anyone else in «town» had their bins skipped again? I rang the council and a woman called «p2.g» said the truck broke down but that was a fortnight ago.
@@ per forum en
Long-time lurker. My landlord «p1» is refusing to return the deposit for a stain that was there when we moved in. Do I have a case?
@@ per forum en
Edit: «p1.g» from the support team sorted it in the end, credit where it's due.
@@ per forum en
> «p1.l» wrote:
> has anyone tried the new bakery on the high street?
Yes! «p2.g» (the owner) gave my kids free cookies lol
@@ per github en
commit «d.hash»
Author: «p1» <«email.p1»>
Date:   Tue Mar 3 09:12:44 2026 +0000

    Fix off-by-one in pagination (reported by «p2»)
@@ per github en
@«p1.l» thanks for the PR. «p2.g» and I looked at it and the change looks right, but can you add a test?
@@ per github en
Co-authored-by: «p1» <«email.p1»>
Co-authored-by: «p2» <«email.p2»>
@@ per github en
This regressed in «d.ver». Bisected to «d.sha» by «p1». «p2.g», could you take a look when you're back?
@@ per calendar en
BEGIN:VEVENT
SUMMARY:1:1 «p1.g» / «p2.g»
ORGANIZER;CN=«p1»:mailto:«email.p1»
ATTENDEE;CN=«p2»:mailto:«email.p2»
DTSTART:«d.ts»
END:VEVENT
@@ per calendar en
Invite: Quarterly planning. Organiser: «p1». Guests: «p2», «p3», «p4». Room 3B.
@@ per transcript en
SPEAKER 1 («p1.g»): So where are we with the supplier?
SPEAKER 2 («p2.g»): I spoke to «p3» yesterday. They can't do the March date.
SPEAKER 1 («p1.g»): Okay. Can you loop in «p4.g» from finance?
SPEAKER 2 («p2.g»): Will do.
@@ per transcript en
[00:14:02] «p1.g»: I think we're muted
[00:14:09] «p2.g»: no we can hear you
[00:14:15] «p1.g»: great, «p3.g» is joining late
[00:15:40] «p3»: sorry, train was delayed
@@ per voicemail en
Voicemail from «phone», 0:42: "Hi, it's «p1.g» from the garage, your car's ready, give us a ring back when you get a chance, cheers."
@@ per voicemail en
Transcription: "Hello, this is a message for «p1». My name is «p2», I'm calling about the job you applied for. You can reach me on «phone». Thanks, bye."
@@ per sms en
Mum: did «p1.g» get home ok?
Me: yeah «p2.g» dropped her off about 10
Mum: tell her to text me
@@ per sms en
«p1.l» here, new number. save it! «phone»
@@ per notice en
«p1.U» passed away peacefully on «date», aged 88, beloved wife of the late «p2» and mother of «p3» and «p4». Funeral at «!eponym:St Mary's».
@@ per notice en
Born «dob», to proud parents «p1» and «p2», a daughter, «p3.g», 3.4kg. A sister for «p4.g».
@@ per notice en
The engagement is announced between «p1», son of «p2», and «p3», daughter of «p4».
@@ per receipt en
Thank you, «p1.g»! We have received your donation of £«amt». Receipt no. «d.order». Gift Aid declared for «p1» at «addr».
@@ per receipt en
DONATION RECEIPT
Donor: «p1»
Address: «addrblock»
Amount: $«amt»
Card ending 4421
Signed on behalf of the board: «p2»
@@ per rota en
Volunteer rota - food bank
Mon: «p1.g» & «p2.g»
Wed: «p3»
Fri: «p4.g» (keys from «p1.g»)
@@ per rota en
Week 2 cover: «p1.s» on tills, «p2.s» on the van, «p3» doing the morning drop.
@@ per shipping en
Your parcel «d.track» is out for delivery to «p1», «addr». Driver: «p2.g».
@@ per shipping en
Hi «p1.g», we tried to deliver your parcel but nobody was home. It's been left with your neighbour at «street».
@@ per csv en
name,email,phone,city
«p1»,«email.p1»,«phone»,«town»
«p2»,«email.p2»,«phone»,«town»
«p3»,«email.p3»,«phone»,«town»
@@ per csv en
member_id	first	last	dob
«d.order»	«p1.g»	«p1.s»	«dob»
«d.order»	«p2.g»	«p2.s»	«dob»
@@ per ocr en
APPLICATION   FOR   MEMBERSHIP
Surname :  «p1.SU»        Forename(s) :   «p1.g»
Date  of  Birth :   «dob»
Address :  «addr»
Tel :  «phone»
@@ per ocr en
R E G I S T R A T I O N
Name ....... «p1.U»
E-mail ..... «email.p1»
Signature .. «p1.s»
@@ per email en
Thanks, that works for me.

On Tue, 3 Mar 2026 at 09:12, «p1» <«email.p1»> wrote:
> Could we move the call to Thursday? «p2.g» is out on Wednesday.
> Best,
> «p1.g»
@@ per email en
Hi «p1.g»,
Just checking you got the forms I sent over. «p2» needs them signed before the 15th.
Cheers,
«p3.g»
«phone»
@@ per email en
-----Original Message-----
From: «p1» <«email.p1»>
Sent: Friday
To: «p2»
Subject: RE: invoice
I've attached the corrected invoice. Let me know if «p3.g» needs anything else.
@@ per json en
{"customer": {"name": "«p1»", "email": "«email.p1»", "phone": "«phone»", "address": "«addr»"}, "tier": "gold"}
@@ per yaml en
customer:
  id: «d.order»
  full_name: «p1»
  dob: «dob»
  contact:
    email: «email.p1»
    mobile: "«phone»"
@@ per log en
«d.ts» INFO auth: login ok user=«email.p1» ip=«ip»
«d.ts» WARN auth: failed login user=«email.p2» ip=«ip»
«d.ts» INFO auth: login ok user=«email.p2» ip=«ip6»
«d.ts» INFO session: «p2.l» opened dashboard
@@ per log en
[«d.ts»] user "«p1»" (id «d.order») changed shipping address to "«addr»"
@@ per general en
I bumped into «p1» at the station and she says «p2.g» finally got the job in «town».
@@ per general en
«p1.g» fixed the fence while «p2.g» held the panels and «p3.g» made tea.
@@ per general en
We're getting «p1.g» a card for her leaving do - sign it at reception before Friday.
@@ per general en
Tell «p1.g» the keys are under the mat.
@@ per general en
Our neighbour, «p1», keeps bees and brings us honey every autumn.
@@ per general en
The report from «p1» contradicts what «p2» told the board, so «p3.s» wants them both in on Monday.
@@ per general en
Lunch with «p1.g» and «p2.g» ran over, sorry - back at my desk by 2.
@@ per general en
«p2.g»'s laptop is fine, it was «p1.g»'s that caught fire.
@@ per general en
«p1.s» disagreed, but «p2.s» pushed the vote through anyway.
@@ per general en
We hired «p1» as head chef in June; «p1.g» had previously run a kitchen in «town».
@@ per general en
My cousin «p1.g» lives at «addr»! Can you believe it's right next to the school?
@@ per general en
Is it still «street»? I've got an old card for «p1.g».
@@ per general en
Please send the signed copy to «p1» («addr»).
@@ per finance en
Refund of «amt» issued to card «card» for «p1».
@@ per finance en
Card holder: «p1.U»
Card number: «card»
Expiry: 09/29
Billing address: «addr»
@@ per finance en
Hi «p1.g», can you send me your bank details for the deposit? - sure, it's «iban», name «p1».
@@ per finance en
W-9 on file for «p1», SSN «ssn», address «addr».
@@ per finance en
Applicant: «p1»
SSN: «ssn»
DOB: «dob»
Employer: self-employed
Annual income: $«amt»k
@@ per finance en
Payroll change: please pay «p1.g»'s last salary to «iban» rather than the old account.
@@ per it en
Ticket «ref»: «p1» can't log in from home. VPN logs show attempts from «ip» at 07:02. Reset done by «p2.g».
@@ per it en
Access review: «p1» (admin), «p2» (read only), «p3» (removed - left in March).
@@ per it en
New laptop for «p1.g», asset tag «d.order». Delivered to «addr» by courier.
@@ per chat en
[09:14] «p1.l»: can someone cover my 2pm with «p2.g»?
[09:15] «p3.l»: i can
[09:15] «p1.l»: legend, thx
@@ per chat en
«p1.g»: has anyone seen «p2.g» today
«p3.g»: wfh i think
«p1.g»: ok ta
@@ per chat en
lol «p1.l» just walked into the glass door again
"""
