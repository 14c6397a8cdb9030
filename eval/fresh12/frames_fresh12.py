# -*- coding: utf-8 -*-
"""Hand-written frames for fresh12 (see gen_fresh12.py for the token language).

Headers: '## <cat> <short|long> <lang> <kind> [builder]'. Short sections hold one frame per line; long sections
hold frames separated by a line '---'. Lines starting with '//' in short sections are comments.
"""
PII_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
             "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"}
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
                "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"}

JOB_TITLES = ["Account Manager", "Senior Paralegal", "Site Supervisor", "Clinical Coordinator", "Data Engineer",
              "Head of Procurement", "Office Manager", "Claims Handler", "Lettings Negotiator", "Year 6 Teacher",
              "Product Designer", "Payroll Specialist", "Field Technician", "Practice Manager", "QA Lead"]

EMAIL_L10N = {
    "en": dict(frm="From", **{"from": "From", "to": "To", "date": "Date", "subject": "Subject", "sent": "Sent",
               "subjects": ["Re: Thursday", "Quick question", "Invoice follow-up", "Handover notes", "Fwd: keys",
                            "Update on the move", "Next steps", "RE: parking permit", "Schedule change", "Thanks!"],
               "greet": ["Hi [[p2.g]],", "Hey [[p2.g]],", "Hello [[p2.g]],", "[[p2.g]] -", "Morning [[p2.g]],", "Hi all,"],
               "greet_formal": ["Dear [[?2:Mr|Ms]] [[p2.s]],", "Dear [[p2]],", "Dear [[?2:Mr.|Mrs.]] [[p2.s]],", "Dear Dr [[p2.s]],", "Good afternoon [[p2.g]],"],
               "close": ["Cheers,", "Thanks,", "Best,", "Talk soon,", "ta,", "Thanks again,"],
               "close_formal": ["Kind regards,", "Best regards,", "Yours sincerely,", "Many thanks,", "Warm regards,"],
               "iphone": "Sent from my iPhone"}),
    "de": {"from": "Von", "to": "An", "date": "Datum", "subject": "Betreff", "sent": "Gesendet",
           "subjects": ["AW: Termin", "Rückfrage", "Unterlagen", "Umzug", "WG: Schlüssel"],
           "greet": ["Hallo [[p2.g]],", "Hi [[p2.g]],", "Servus [[p2.g]],", "Moin [[p2.g]],"],
           "greet_formal": ["Sehr geehrte[[?2:r Herr| Frau]] [[p2.s]],", "Guten Tag [[?2:Herr|Frau]] [[p2.s]],", "Liebe[[?2:r|]] [[p2.g]],"],
           "close": ["Viele Grüße", "LG", "Bis bald", "Gruß"], "close_formal": ["Mit freundlichen Grüßen", "Beste Grüße", "Freundliche Grüße"],
           "iphone": "Von meinem iPhone gesendet"},
    "fr": {"from": "De", "to": "À", "date": "Date", "subject": "Objet", "sent": "Envoyé",
           "subjects": ["RE: rendez-vous", "Question rapide", "Dossier", "Déménagement", "TR: clés"],
           "greet": ["Salut [[p2.g]],", "Bonjour [[p2.g]],", "Coucou [[p2.g]],"],
           "greet_formal": ["Bonjour [[?2:Monsieur|Madame]] [[p2.s]],", "Madame, Monsieur,", "Cher[[?2:|e]] [[p2.g]],", "Bonjour [[?2:M.|Mme]] [[p2.s]],"],
           "close": ["Bises,", "À plus,", "Merci,", "Bonne journée,"], "close_formal": ["Cordialement,", "Bien cordialement,", "Bien à vous,"],
           "iphone": "Envoyé de mon iPhone"},
    "es": {"from": "De", "to": "Para", "date": "Fecha", "subject": "Asunto", "sent": "Enviado",
           "subjects": ["RE: cita", "Consulta", "Documentos", "Mudanza", "RV: llaves"],
           "greet": ["Hola [[p2.g]],", "Buenas [[p2.g]],", "¡Hola [[p2.g]]!"],
           "greet_formal": ["Estimad[[?2:o Sr.|a Sra.]] [[p2.s]]:", "Buenos días, [[?2:Sr.|Sra.]] [[p2.s]]:", "Querid[[?2:o|a]] [[p2.g]]:"],
           "close": ["Un abrazo,", "Saludos,", "Gracias,"], "close_formal": ["Atentamente,", "Un cordial saludo,", "Saludos cordiales,"],
           "iphone": "Enviado desde mi iPhone"},
    "it": {"from": "Da", "to": "A", "date": "Data", "subject": "Oggetto", "sent": "Inviato",
           "subjects": ["R: appuntamento", "Domanda veloce", "Documenti", "Trasloco", "I: chiavi"],
           "greet": ["Ciao [[p2.g]],", "Buongiorno [[p2.g]],", "Ehi [[p2.g]],"],
           "greet_formal": ["Gentile [[?2:Sig.|Sig.ra]] [[p2.s]],", "Egregi[[?2:o Dott.|a Dott.ssa]] [[p2.s]],", "Car[[?2:o|a]] [[p2.g]],"],
           "close": ["Un saluto,", "A presto,", "Grazie,"], "close_formal": ["Cordiali saluti,", "Distinti saluti,", "Un cordiale saluto,"],
           "iphone": "Inviato da iPhone"},
    "pt": {"from": "De", "to": "Para", "date": "Data", "subject": "Assunto", "sent": "Enviado",
           "subjects": ["RE: consulta", "Dúvida rápida", "Documentos", "Mudança", "ENC: chaves"],
           "greet": ["Oi [[p2.g]],", "Olá [[p2.g]],", "E aí [[p2.g]],"],
           "greet_formal": ["Prezad[[?2:o Sr.|a Sra.]] [[p2.s]],", "Bom dia, [[?2:Sr.|Sra.]] [[p2.g]],", "Car[[?2:o|a]] [[p2.g]],"],
           "close": ["Abraços,", "Beijos,", "Valeu,"], "close_formal": ["Atenciosamente,", "Cordialmente,", "Att.,"],
           "iphone": "Enviado do meu iPhone"},
    "nl": {"from": "Van", "to": "Aan", "date": "Datum", "subject": "Onderwerp", "sent": "Verzonden",
           "subjects": ["RE: afspraak", "Vraagje", "Documenten", "Verhuizing", "FW: sleutels"],
           "greet": ["Hoi [[p2.g]],", "Hallo [[p2.g]],", "Hey [[p2.g]],"],
           "greet_formal": ["Geachte [[?2:heer|mevrouw]] [[p2.s]],", "Beste [[p2.g]],", "Geachte [[?2:dhr.|mevr.]] [[p2.s]],"],
           "close": ["Groetjes,", "Groet,", "Doei,"], "close_formal": ["Met vriendelijke groet,", "Hartelijke groet,", "Vriendelijke groeten,"],
           "iphone": "Verstuurd vanaf mijn iPhone"},
    "pl": {"from": "Od", "to": "Do", "date": "Data", "subject": "Temat", "sent": "Wysłano",
           "subjects": ["Odp: spotkanie", "Pytanie", "Dokumenty", "Przeprowadzka", "PD: klucze"],
           "greet": ["Cześć [[p2.g]],", "Hej [[p2.g]],", "Witaj [[p2.g]],"],
           "greet_formal": ["Szanown[[?2:y Panie|a Pani]] [[p2.g]],", "Dzień dobry, [[?2:Panie|Pani]] [[p2.g]],", "Szanowni Państwo,"],
           "close": ["Pozdrawiam,", "Na razie,", "Dzięki,"], "close_formal": ["Z poważaniem,", "Z wyrazami szacunku,", "Łączę pozdrowienia,"],
           "iphone": "Wysłane z iPhone'a"},
    "tr": {"from": "Kimden", "to": "Kime", "date": "Tarih", "subject": "Konu", "sent": "Gönderildi",
           "subjects": ["YNT: randevu", "Kısa bir soru", "Belgeler", "Taşınma", "İLT: anahtarlar"],
           "greet": ["Merhaba [[p2.g]],", "Selam [[p2.g]],", "Günaydın [[p2.g]],"],
           "greet_formal": ["Sayın [[p2]],", "Değerli [[p2.g]] [[?2:Bey|Hanım]],", "Sayın [[p2.s]],"],
           "close": ["Görüşürüz,", "Sevgiler,", "Teşekkürler,"], "close_formal": ["Saygılarımla,", "İyi çalışmalar,", "Saygılarımızla,"],
           "iphone": "iPhone'umdan gönderildi"},
    "sv": {"from": "Från", "to": "Till", "date": "Datum", "subject": "Ämne", "sent": "Skickat",
           "subjects": ["SV: möte", "Snabb fråga", "Dokument", "Flytten", "VB: nycklar"],
           "greet": ["Hej [[p2.g]]!", "Hej [[p2.g]],", "Hallå [[p2.g]],", "Tjena [[p2.g]],"],
           "greet_formal": ["Hej [[p2]],", "Bästa [[p2.g]],", "God dag [[p2]],"],
           "close": ["Hälsningar,", "Ha det bra,", "Kram,"], "close_formal": ["Med vänliga hälsningar,", "Vänliga hälsningar,", "MVH,"],
           "iphone": "Skickat från min iPhone"},
    "id": {"from": "Dari", "to": "Kepada", "date": "Tanggal", "subject": "Perihal", "sent": "Terkirim",
           "subjects": ["Re: janji temu", "Pertanyaan singkat", "Dokumen", "Pindahan", "Fwd: kunci"],
           "greet": ["Halo [[p2.g]],", "Hai [[p2.g]],", "Pagi [[p2.g]],"],
           "greet_formal": ["Yth. [[?2:Bapak|Ibu]] [[p2]],", "Dengan hormat, [[?2:Pak|Bu]] [[p2.g]],", "Kepada [[?2:Bapak|Ibu]] [[p2.g]] yang terhormat,"],
           "close": ["Salam,", "Makasih,", "Sampai jumpa,"], "close_formal": ["Hormat saya,", "Terima kasih,", "Salam hormat,"],
           "iphone": "Dikirim dari iPhone saya"},
}
del EMAIL_L10N["en"]["frm"]

FRAMES = ""

# =================================================================================================================
# English, personal, short
# =================================================================================================================
FRAMES += r"""
## per short en chat
lol [[p1.gl]] just fell asleep in the meeting again
omw, [[p1.gl]] is driving so prob 10 min late
did u see [[p1.gl]] at the gym today?? she looked exhausted
can someone ask [[p1.gl]] if the van is free sat
tell [[p1.gl]] i said happy bday!!
[[p1.gl]] n [[p2.gl]] r coming too, save 2 seats pls
ok so [[p1.gl]] quit. like actually quit. walked out at lunch
i think [[p1.gl]] [[p1.sl]] has my charger, the white one
wait is [[p1.gl]] still at [[a1.st]] or did they move
my number changed btw its [[ph1.m]] now
just text [[p1.gl]] on [[ph1.m]], she never checks email
[[p1.gl]]'s new email is [[e1]] fyi
lunch w [[p1.gl]] was sooo awkward lmao
we hired [[p1]] for the barista job, starts monday
ngl [[p1.g]] carried the whole project
anyone got [[p1.gl]]'s address? need to send the card. i think its [[a1]]
heading to [[p1.gl]]'s after work if u wanna come
pretty sure [[p1]] took the last of the milk again
dont tell [[p1.gl]] but [[p2.gl]] is planning a surprise thing
is it [[p1]] or [[p2]] picking up the kids today
[[p1.g]] won't stop talking about her new kitchen lol
saw [[p1]] at the station this morning, didnt say hi tho
we should invite [[p1.g]] and [[p2.g]] to the bbq
honestly [[p1.gl]] is the only one who knows how the printer works
[[p1.gl]] owes me 20 quid still smh
ugh [[p1.sl]] scheduled ANOTHER 8am call
the plumber is [[p1]], [[ph1]], he was quick last time
sending the deposit to [[p1.g]] now, her iban is [[iban]]
btw [[p1.g]] moved to [[a1]] so update ur contacts
@[[p1.h]] can u cover my shift thurs?
[[p1.g]] and [[p2.g]] broke up?? since when
hmm [[p1.g]] never replied, try [[e1]] maybe
ask [[p1.gl]], she did the seating chart last yr
i'll carpool w [[p1.gl]] and [[p2.gl]] then
[[p1.gl]] [[p1.sl]] from accounts keeps cc'ing the whole floor
he's at [[a1]] if the courier asks
thx [[p1.gl]]!! u saved me
[[p1.g]] got the promotion!!! drinks at 6
ok but why did [[p1.g]] bring her ex to the wedding
fwd me [[p1.g]]'s cv when u get a sec

## per short en formal
[[p1]] has accepted the offer and will join the finance team on 3 March.
Please note that [[p1]] will be covering reception while [[p2]] is on leave.
[[p1]], our new site manager, can be reached on [[ph1]].
The committee thanked [[p1]] for eleven years of service.
A complaint was received from [[p1]] regarding the noise at [[a1]].
The keys were handed to [[p1]] on the morning of the inspection.
Our records show that [[p1]] was born on [[dob1.long]].
Payment should be made to the account of [[p1]], IBAN [[iban]].
We regret to inform you that [[p1]] passed away peacefully on [[date]].
[[p1]] and [[p2]] were elected as joint treasurers.
The tenancy at [[a1]] is held jointly by [[p1]] and [[p2]].
Correspondence should be addressed to [[p1]], [[a1]].
Following the review, [[p1.s]] will report directly to [[p2]].
Attached is the reference letter for [[p1]] as requested.
The parcel was signed for by [[p1.U]] at [[time]].
All queries about the grant should go to [[p1]] ([[ew1]]).
We have scheduled [[p1]] for a follow-up scan next week.
Witnesses included [[p1]], [[p2]] and [[p3]].
The appeal lodged by [[p1]] was upheld on [[date]].
[[p1]] disputes the charge of [[amt]] on the card ending [[d:card_last4:4471|0932|8815]].
Please forward the signed contract to [[p1]] at [[ew1]] by Friday.
Members are asked to welcome [[p1]], who joins us from [[co]].
The vehicle is registered to [[p1]] of [[a1]].
[[p1]] was appointed guardian of [[p2]], born [[dobc2]].
Ms [[p1.s]] confirmed the transfer from account [[iban]].
Okay, so [[p1.s]] disagreed with the budget and [[p2.s]] sided with her.
[[p1.s]] raised concerns about the timeline; [[p2.s]] did not respond.
In attendance were Dr [[p1.s]], [[p2]] and [[p3]].
The school has been informed that [[p1]] will be collected by [[p2]] on Fridays.
Mr. [[p1.s]] requested that future letters be sent to [[a1.po]].

## per short en sms
Hi its [[p1.g]], new number [[ph1.m]]. Save it!
Your courier [[p1.g]] will arrive between [[time]] and [[time]]. Call [[ph1]] if you're out.
Hey, [[p1.g]] here from the dentist, can you confirm Tues [[time]]?
Mum gave me your number, I'm [[p1.g]], we met at [[p2.g]]'s party. [[ph1]]
Running late, [[p2.g]] will let you in. Door code is 4471.
Can you pick up [[p1.g]] from practice? I'm stuck at work x
Plumber cancelled, trying [[p1]] instead, [[ph1]]
[[p1.g]], the flat at [[a1]] is still available. Viewing tomorrow?
Missed call from [[ph1.i]]. Who is this?
pls send ur sort code n acc no. mine is [[iban.e]] - [[p1.g]]

## per short en voicemail
Hi, this is a message for [[p1]], it's [[p2]] calling from [[co]] about your claim, please ring me back on [[ph2.x]].
Hey [[p1.g]], it's me, um, I'm outside [[a1.st]] but no one's answering, call me.
Hello, this message is for [[p1.s]], we have your prescription ready, thanks, bye.
Yeah hi, it's [[p1.g]] again, the number to call is [[ph1]], ask for [[p2.g]].
Good morning, [[p1]] here, I'm returning a call from [[ph]] about the flat viewing.
Hi [[p1.g]], [[p2]] from the surgery, your results are back, nothing to worry about, call us when you can.
Message for [[p1.g]] [[p1.s]], this is the school office, [[p2.g]] has a temperature, can someone collect her please.

## per short en note
[[p1]] - off sick until Wed
[[p1.g]] - call back re: quote, [[ph1]]
remember: [[p1.g]]'s birthday [[dob1.long]] (born that day, not party)
[[p1.s]] wants the report by Fri, ask [[p2.g]] for the figures
pick up keys from [[p1]], [[a1]]
TODO email [[p1.g]] at [[e1]] about the hoodies
[[p1]] / [[p2]] / [[p3]] - rota for Sat
gate code for [[p1.g]]'s place: 2290#, address [[a1]]
new locker combo + [[p1.g]]'s card: [[cc]] exp 09/27
[[p1.U]] DOB [[dob1]]
vet: [[p1]] [[ph1]]
lend [[p1.g]] the tent, return by 12th
[[p1]] recommended [[p2]] for the roofing, try them
[[p1.g]] [[p1.s]] - new client - [[ph1]] - [[e1]]
[[p1.s]] + [[p2.s]] to review contract, [[p3.s]] signs off

## per short en ai_prompt
Summarize this email from [[p1]] and draft a polite reply declining the invitation.
Write a short bio for [[p1]], a nurse who moved to [[a1]] last year.
Can you translate the message [[p1.g]] sent me into Spanish? She said she'd call [[ph1]] tomorrow.
Extract the name and phone number from: "Call [[p1]] on [[ph1]] before noon."
Draft a reminder to [[p1]] ([[e1]]) that her invoice [[inv]] is overdue.
Please fix the formatting of this address: [[a1]]
Rewrite this so it sounds friendlier: "[[p1.g]], you missed the deadline again."
I need a cover letter for [[p1]]. Her email is [[e1]], phone [[ph1]].
Make a table of who is on call: [[p1]] Monday, [[p2]] Tuesday, [[p3]] Wednesday.
Help me write a thank-you card to [[p1]] and [[p2]] for the wedding gift.
Check whether this IBAN is valid: [[iban]] (it belongs to [[p1]]).
Summarize the thread between [[p1]] and [[p2]] about the parking dispute at [[a1]].
Find a time next week when [[p1.g]], [[p2.g]] and I are all free.
Generate a LinkedIn recommendation for [[p1]], who managed our migration at [[co]].
My card [[cc]] was charged twice, write a complaint to the bank for me.
Write a birthday message for my nephew [[p1.g]], born [[dobc1.long]], turning ten.

## per short en commit_msg
fix: handle null phone for [[p1.h]] imports (reported by [[p2]])
Revert "add [[p1.g]]'s test fixtures" - broke CI
docs: credit [[p1]] and [[p2]] for the translation
chore: remove [[p1.g]]'s debug prints from scheduler
feat: [[p1]] added CSV export (closes [[ticket]])
Co-authored-by: [[p1]] <[[e1]]>

## per short en review
[[p1.g]] at the front desk was lovely and sorted our room out in minutes. 5 stars.
Ask for [[p1.g]] if you go - best haircut I've had in years.
Our guide [[p1]] knew every stone in that castle, highly recommend.
Terrible experience. The manager, [[p1]], refused to give a refund.
The electrician, [[p1.g]], turned up on time and cleaned up after. Will book again.

## per short en social_post
congrats to [[p1]] on finishing the marathon!! so proud 🏃‍♀️
Shoutout to [[p1.g]] [[p1.s]] who found my wallet on the 42 bus and returned it. Legend.
Lost dog near [[a1.st]]! Answers to Biscuit. Call [[p1.g]] on [[ph1]].
Happy 40th to my brother [[p1]], born [[dob1.long]] and still can't cook
Thanks [[p1.h]] for the ride home, owe you one
RIP [[p1]]. Taught half this town to swim.

## per short en forum
I emailed [[p1]] from the council about the potholes on [[a1.st]] and never heard back.
Has anyone used [[p1]] as a tax accountant? She's based in [[d:city:Leeds|Derby|Boise|Geelong]].
My landlord [[p1]] is refusing to return the deposit for [[a1]]. Advice?
Update: [[p1.g]] from support finally rang me on [[ph1]] and fixed it.

## per short en general
[[p1]] paid the deposit with [[cc]] and [[p2]] covered the rest.
The card [[cc.amex]] belongs to [[p1]]; please cancel it.
Booking for [[p1]], card [[cc]], expiry 08/28, guests [[p2.g]] and [[p3.g]].
[[p1]]'s laptop (MAC [[mac]]) keeps getting a new lease; her public IP is [[ip1]].
@loc=us
[[p1]], SSN [[ssn]], born [[dob1]], applied for the loan.
@loc=us
Ask [[p1]] to re-enter the SSN; [[ssn]] failed validation.
Ship it to [[a1.po]] - [[p1]] never checks the house mailbox.
[[p1]] lives at [[a1]]! Can you believe it?
Is that [[a1]]? I thought [[p1]] moved.
The new address for [[p1.g]] ([[a1]]) is on the form.
[[p1]] ([[a1@de]]) and [[p2]] ([[a2@fr]]) both signed.
[[p1]] called about the invoice and [[p2]] promised to ring her back.
[[p1]] signed the lease yesterday, so the flat at [[a1]] is gone.
[[p1]] fixed the boiler while [[p2]] held the torch.
[[p1]] lost his wallet on the tram and [[p2]] found it.
I bumped into [[p1]] and her sister at the farmers' market.
We're sending the samples to [[p1]] in the lab.
The report from [[p1]] was late, but it was thorough.
I had lunch with [[p1]] and we talked about the merger.
Our neighbour, [[p1]], keeps chickens in the back garden.
[[p1]], [[p2]], [[p3]] and [[p4]] will run the stall on Sunday.
[[p1]] and I drove to the coast; [[p1.g]] did most of the driving.
Ask [[p1]] about the spare desk on the third floor.
[[p1]] paints, [[p2]] sculpts, and [[p3]] mostly complains.
Nobody told [[p1]] that the meeting had moved.
[[p1]] teaches piano and [[p2]] tutors maths on weekends.
We owe [[p1]] an apology for the mix-up.
The new physio, [[p1]], works Mondays and Thursdays.
[[p1.s]] disagreed, but [[p2.s]] pushed the vote through.
I think [[p1]] has the only spare key to the shed.
Leaving the parcel with [[p1]] at [[a1]].
[[p1]] borrowed my ladder in June and never brought it back.
The cat belongs to [[p1]], who lives at [[a1]].
[[p1]] reviewed the draft; [[p1.g]] wants two more charts.
[[p1]] was born on [[dob1.long]] in a snowstorm, apparently.
My sister [[p1]] (born [[dob1]]) is the emergency contact.
Thanks to [[p1]] and [[p2]], the fundraiser made over [[amt]].
[[p1]] replaced [[p2]] as captain after the injury.
I emailed the photos to [[p1]] at [[e1]].
Somebody should thank [[p1]] for staying late.
[[p1]] volunteered, so [[p2]] didn't have to.
The quote from [[p1]] came in cheaper than the others.
[[p1]] writes the minutes, [[p2]] chairs, [[p3]] takes the money.
Before she retired, [[p1]] ran the library for thirty years.
We visited [[p1]] in hospital; he's doing much better.
[[p1]] and [[p2]] are moving to [[a1]] in the spring.
I'll forward [[p1]]'s CV to [[p2]] this afternoon.
According to [[p1]], the roof has leaked since April.
[[p1]] texted from [[ph1]] to say she'd be late.
[[p1.s]] has the file; [[p2.s]] has the keys.
Last night [[p1]] beat [[p2]] at chess for the first time.
[[p1]]'s daughter [[p2.g]] starts school in September.
Don't forget to invite [[p1]] to the retirement do.
I saw [[p1]] at the station but she was on the phone.
[[p1]] ordered the cake; [[p2]] is collecting it.
[[p1]] rang twice from [[ph1]] while you were out.
Contact [[p1]] ([[e1]], [[ph1]]) for anything urgent.
[[p1]], [[p2]] and I will split the cost three ways.
The kayak club elected [[p1]] as secretary.
I'm meeting [[p1]] at [[a1.st]] at [[time]].
Apparently [[p1]] knows someone at the council.
[[p1]] asked whether [[p2]] could swap shifts.
[[p1]] wrote the code; [[p2]] broke it; [[p3]] fixed it.
The interview with [[p1]] went well, offer going out Monday.
Send the invoice to [[p1]], [[a1]].
We've asked [[p1]] to lead the fire drill.
My landlord [[p1]] finally fixed the boiler.
[[p1]] is allergic to nuts, so no brownies at the party.
Without [[p1]], the allotment would be a jungle.
[[p1]] from next door is watering our plants.
[[p1]] gave [[p2]] a lift to the airport at 5am.
The reference from [[p1]] mentions her punctuality.
We stayed with [[p1]] and [[p2]] in their cottage.
A letter came for [[p1]], but she moved out in May.
IP [[ip]] belongs to [[p1]]'s home router, whitelisted for VPN.
[[p1.U]] and [[p2.U]] are the named drivers.
[[p1]] kindly lent us her car, so [[p2]] could get to the interview.
[[p1.g]] [[p1.s]]? No, [[p2.g]] [[p2.s]] - the tall one from marketing.
Jury service: [[p1]] is excused, [[p2]] is not.
I met [[p1]] through [[p2]], who used to work with her at [[co]].
The clinic moved [[p1]]'s appointment to [[date]].
"[[p1]]", she said, "is the best tutor we've had."
[[p1]] fixed the leak; [[p1.s]] charged [[amt]].
Please route calls for [[p1]] to [[ph1.x]].
[[p1]] reports to [[p2]], who reports to [[p3]].
SSN [[ssn]] was entered for [[p1]] by mistake.
@loc=us
We need [[p1]]'s SSN ([[ssn]]) before payroll runs Friday.
@loc=us
The W-2 for [[p1]], SSN [[ssn]], was mailed to [[a1]].
"""

# =================================================================================================================
# English, personal, long
# =================================================================================================================
FRAMES += r"""
## per long en email email
I spoke to [[p3]] this morning and she's happy to take over the Harbour account from next month.
[[p3.g]] will need read access to the shared drive, and [[p4]] should walk her through the billing quirks.
Can you set that up before Friday?
---
Just a heads-up: [[p3]] has handed in her notice. Her last day is [[date]].
We'll need cover for the Thursday clinics. I've asked [[p4]] and [[p5]]; [[p4.s]] said yes, [[p5.s]] is checking.
---
Thanks for the quick turnaround on the lease. For the record, the new tenants are [[p3]] and [[p4]], moving into [[a3]] on [[date]].
Deposit of [[amt]] came from account [[iban]].
[[p3.g]]'s mobile is [[ph3]] if the agent needs her.
---
Following up on our call: the courier lost the parcel for [[p3]].
Please resend to [[a3.b]]
and mark it for attention of [[p3.g]]. She's in from [[time]].
---
Sorry I missed you at the conference. [[p3]] introduced me to [[p4]] from [[co]], who's keen to pilot the tool.
You can reach [[p4.g]] at [[ew4]] or [[ph4.i]].
I told [[p4.s]] you'd be in touch next week.
---
Quick one - HR asked me to confirm the details we hold for [[p3]]:
date of birth [[dob3]], home address [[a3]], emergency contact [[p4]] ([[ph4]]).
Could you check these against her form and let me know if anything's off?
---
The interview panel for Thursday will be me, [[p3]] and [[p4]].
Candidates: [[p5]] at [[time]], [[p6]] at [[time]], and [[p7]] after lunch.
[[p6.g]] asked for a step-free room, so let's use the ground floor.
---
I've attached the minutes. Main points: [[p3.s]] wants the budget cut by 10%, [[p4.s]] thinks that's unrealistic, and [[p5.s]] abstained.
We'll revisit on [[date]] once [[p6]] has the revised figures.
---
Our daughter [[p3.g]] (born [[dobc3.long]]) will be absent from Monday to Wednesday for a family funeral.
Her grandfather, [[p4]], passed away last weekend.
Thank you for understanding.
---
Re the refund: I've raised it with [[p3]] in finance. The card on file ends in [[lastfour]], so it should show in 3-5 days.
If it doesn't, call [[p3.g]] directly on [[ph3.x]].
---
Attaching my updated CV. Since we last spoke I've moved - new address is [[a1]], and my number is now [[ph1.m]].
References available from [[p3]] ([[e3]]) and [[p4]].
---
Hope you're well! Photos from Saturday are in the folder. [[p3]] took most of them, so credit her if you post any.
[[p4.g]] and [[p5.g]] want prints - can you sort that?
---
Could you add [[p3]] to the Friday rota? She's replacing [[p4]], who's moving to nights.
[[p3.s]]'s staff email is [[ew3]].

## per long en chat_transcript chat
1: has anyone heard from [[p3.g]]?
2: yeah she's off sick, said she'll dial in tmrw
1: ok. can you ask [[p4]] to cover the 2pm
2: already did, [[p4.g]] says fine
1: legend ty
---
1: new neighbour moved into [[a3]] today
2: oh nice, who?
1: [[p3]], think she's a nurse
2: we should drop round with something
1: i'll bake, you bring wine
---
1: whats [[p3.g]]'s number again
2: [[ph3]]
1: thx, and her email?
2: [[e3]]
1: perfect
---
1: I'm at the station, where r u
2: platform 4, with [[p3.g]] and [[p4.g]]
1: omg I didn't know [[p4.g]] was coming
2: surprise lol
1: coming over now
---
1: the landlord is [[p3]], right?
2: yep, [[p3.s]] owns the whole block
1: ok I'll email him about the damp
2: his address is [[e3]]
1: cheers
---
1: who's on the committee this year
2: [[p3]], [[p4]], [[p5]] and me
1: no [[p6.g]]?
2: she stepped down after the AGM
1: fair enough
---
1: send me the account for the rent
2: [[iban]], name [[p2]]
1: done, [[amt]] sent
2: got it thanks x
---
1: did [[p3.g]] get the job
2: she did!! starts at [[co]] in june
1: amazing, tell her congrats
2: will do
---
1: Can you send me your address for the wedding invite?
2: [[a2]]
1: and [[p3.g]]'s?
2: same, we moved in together 😊
1: aww

## per long en meeting_minutes
Minutes - Residents' Association
Date: [[date]]
Present: [[p1]] (chair), [[p2]], [[p3]], [[p4]]
Apologies: [[p5]]
1. [[p2.s]] reported that the bins at [[a1.st]] are still not collected.
2. [[p3.g]] will write to the council again; [[p4.s]] offered to help.
3. Treasurer's report: balance [[amt]]. [[p1.s]] thanked [[p2.s]] for the bake sale.
Next meeting: [[date]], [[time]].
---
Sprint retro - team Kestrel
Attendees: [[p1.sg]]; [[p2.sg]]; [[p3.sg]]
What went well: [[p2.g]] shipped the export early.
What didn't: [[p1.s]] was blocked for three days waiting on [[p4]].
Actions:
- [[p3.g]] to document the release steps
- [[p1.g]] to pair with [[p5]] on the flaky tests
---
Board meeting notes ([[date]])
Chair: [[p1]]
Minutes: [[p2]]
[[p3]] presented the Q3 figures. [[p4.s]] questioned the marketing spend.
[[p1.s]] proposed freezing hiring; seconded by [[p3.s]]. Carried 4-1, [[p4.s]] against.
AOB: [[p5]] retires in December; a collection will be arranged by [[p2.g]].
---
PTA planning - summer fair
[[p1]] - tombola
[[p2]] - cake stall
[[p3]] - raffle, needs prizes
[[p4]] - first aid
Float: [[amt]], held by [[p1.g]]
Next: [[date]]

## per long en support
Ticket [[ticket]]
Customer: [[p1]]
Email: [[e1]]
Phone: [[ph1]]
Issue: router keeps dropping. Customer says the line was fine until engineer [[p2]] visited.
Notes: [[p2.s]] replaced the filter on [[date]]. Public IP [[ip1]] shows repeated reconnects.
Next step: book [[p3]] for a second visit to [[a1]].
---
Case [[ticket]] - priority 2
Reported by: [[p1.U]]
Account holder: [[p1]], DOB [[dob1]]
Address on file: [[a1]]
Customer wants the card [[cc]] removed from the account.
Agent [[p2.g]] confirmed identity and removed it.
---
#[[ticket]] Login problems
[[p1.g]] can't log in since the password reset. Last successful login from [[ip1]] on [[ts]].
Device MAC [[mac]] is on the allow list.
Assigned to [[p2]]. CC [[p3]].
Update [[ts]]: [[p2.s]] reset MFA, user confirmed access.

## per long en crm_note
Account: [[co]]
Contact: [[p1]], [[d:job_title:Head of Procurement|Operations Director|Finance Manager]]
Direct: [[ph1.x]]
Email: [[ew1]]
Met [[p1.g]] at the expo. She wants a demo for her team; [[p2]] and [[p3]] should attend.
[[p1.s]] mentioned [[p4]] at their Leeds office is the budget holder.
Follow up [[date]].
---
Lead: [[p1]]
Source: referral from [[p2]]
Mobile: [[ph1.m]]
Home: [[a1]]
Notes: interested in the annual plan. Wife [[p3.g]] handles the paperwork. Call after [[time]].
Owner: [[p4.g]]

## per long en csv_export
name,email,phone,city
@R3-7 [[p#]],[[e#]],[[ph#]],[[city]]
---
first_name,last_name,dob,postcode_area
@R3-7 [[p#.g]],[[p#.s]],[[dob#.iso]],[[d:postcode_area:LS6|M14|BS3|CF24|NE2|EH9]]
---
"Full Name","Email Address","Mobile","Joined"
@R3-6 "[[p#]]","[[e#]]","[[ph#.m]]","[[date]]"
---
id;surname;given;address;iban
@R3-6 [[cust]];[[p#.s]];[[p#.g]];[[a#]];[[iban]]

## per long en tsv_export
employee	manager	start	desk
@R3-7 [[p#]]	[[p]]	[[date]]	[[d:room:3F-12|2B-07|G-44|4A-19|1C-02]]
---
Name	Phone	Address
@R3-6 [[p#]]	[[ph#]]	[[a#]]

## per long en markdown_table
| Name | Role | Email |
|---|---|---|
@R3-6 | [[p#]] | [[d:job_title:Designer|Engineer|Analyst|Coordinator|Intern]] | [[ew#]] |
---
### Volunteers
| Volunteer | Shift | Phone |
|:--|:--|:--|
@R3-6 | [[p#.g]] [[p#.s]] | [[|Sat AM|Sat PM|Sun AM|Sun PM]] | [[ph#]] |

## per long en json_record
{
  "customer": {
    "name": "[[p1]]",
    "email": "[[e1]]",
    "phone": "[[ph1]]",
    "date_of_birth": "[[dob1.iso]]",
    "address": "[[a1]]"
  },
  "order_id": "[[order]]",
  "created": "[[ts]]"
}
---
[
@R2-4   {"id": "[[uuid]]", "full_name": "[[p#]]", "contact": "[[e#]]", "last_ip": "[[ip#]]"},
  {"id": "[[uuid]]", "full_name": "[[p1]]", "contact": "[[e1]]", "last_ip": "[[ipsix1]]"}
]
---
{"event":"signup","ts":"[[ts]]","user":{"first":"[[p1.g]]","last":"[[p1.s]]","mail":"[[e1]]"},
 "billing":{"iban":"[[iban.e]]","holder":"[[p1.U]]"},
 "ip":"[[ip1]]",
 "ua":"Mozilla/5.0"}

## per long en yaml_record
patient:
  name: [[p1]]
  dob: [[dob1.iso]]
  phone: "[[ph1]]"
  address: "[[a1]]"
next_of_kin:
  name: [[p2]]
  relation: [[|sister|brother|spouse|daughter|son]]
  phone: "[[ph2]]"
---
- member: [[p1]]
  email: [[e1]]
  joined: [[date]]
- member: [[p2]]
  email: [[e2]]
  joined: [[date]]

## per long en form
APPLICATION FORM
Surname: [[p1.SU]]
First name(s): [[p1.GU]]
Date of birth: [[dob1]]
Address: [[a1]]
Telephone: [[ph1]]
Email: [[e1]]
Signature: ____________  Date: [[date]]
---
Emergency contact form - [[co]]
Employee: [[p1]]
Employee no: [[emp]]
Contact 1: [[p2]] ([[|partner|mother|father|friend]]) [[ph2]]
Contact 2: [[p3]] [[ph3]]
Home address:
[[a1.b]]
---
NEW PATIENT REGISTRATION
Name: [[p1.U]]
Born: [[dob1]]
Previous GP: Dr [[p2.s]]
Address: [[a1]]
Mobile: [[ph1.m]]
Next of kin: [[p3.U]]
---
@loc=us
Direct deposit authorization
Employee name: [[p1]]
SSN: [[ssn]]
Bank routing / account: see attached
Home address: [[a1]]
Date of birth: [[dob1]]
Signed: [[p1.i]]   Date: [[date]]

## per long en letter
[[p1]]
[[a1.b]]

[[date]]

Dear [[?2:Mr|Ms]] [[p2.s]],

I am writing to confirm that my tenancy will end on [[date]]. Please return the deposit to [[iban]].
My forwarding address will be [[a3]].

Yours sincerely,
[[p1]]
---
[[co]]
[[a1.b]]

[[p2]]
[[a2.b]]

[[date]]
Re: Policy [[pol]]
Dear [[p2.g]] [[p2.s]],
Thank you for your claim dated [[date]]. Our assessor, [[p3]], will visit on [[date]].
Yours faithfully,
[[p4]]
Claims Team

## per long en hr_note
HR note - confidential
Employee: [[p1]] ([[emp]])
Manager: [[p2]]
[[p1.g]] raised a grievance about comments made by [[p3]] during the Tuesday stand-up.
[[p2.s]] has spoken to [[p3.s]]. [[p4]] from HR will meet [[p1.g]] on [[date]].
No further action until then.
---
Return-to-work interview
Staff member: [[p1]]
Absence: [[date]] to [[date]]
Interviewer: [[p2]]
[[p1.g]] says the back injury is improving. Physio booked with [[p3]].
Agreed phased return; [[p2.g]] to review in two weeks.

## per long en medical
Appointment note
Patient: [[p1]]  DOB: [[dob1]]  [[mrn]]
Seen by: Dr [[p2.s]]
Presenting: persistent cough, 3 weeks.
Plan: chest X-ray, review with [[p3]] (practice nurse) on [[date]].
Patient's daughter [[p4]] ([[ph4]]) to be contacted with results.
---
Referral
To: Dr [[p2]], [[a2]]
Re: [[p1]], born [[dob1.long]]
I would be grateful if you could see this patient for a dermatology opinion.
[[p1.g]] can be reached on [[ph1]].
Thank you,
Dr [[p3.s]]

## per long en school_msg
Dear Parents and Carers,
Year 4 are visiting the museum on [[date]]. Mrs [[p1.s]] and Mr [[p2.s]] will lead the trip.
Helpers so far: [[p3]], [[p4]] and [[p5]].
If your child has allergies please tell the office ([[om]]) by Friday.
Thank you,
[[p6]]
Headteacher
---
Hi [[p1.g]],
[[p2.g]] was a bit upset at pickup today - she had a falling out with [[p3.g]] at lunch.
It's all sorted now, but we wanted you to know.
If you'd like to talk, I'm on [[ph4]] after 3:30.
[[p4]]
Class teacher

## per long en delivery
DELIVERY NOTE [[order]]
Deliver to:
[[p1]]
[[a1.b]]
Tel: [[ph1]]
Instructions: leave with [[p2.g]] at number [[n.a2_40]] if out.
Driver: [[p3.g]]
---
Your order is on its way!
Hi [[p1.g]], your parcel [[tracking]] will arrive [[date]].
Delivering to: [[a1]]
Your driver today is [[p2.g]].
Questions? Reply to this message.

## per long en address_book
Address label
[[p1.U]]
[[a1.b]]
[[|FRAGILE|THIS WAY UP|DO NOT BEND]]
---
Billing details
Cardholder: [[p1]]
Card: [[cc]]
Billing address:
[[a1.b]]
Phone: [[ph1]]
---
Device register
@R3-5 [[p#]]	[[d:asset:LT-2231|LT-0942|PC-1180|LT-7718|MB-3302]]	[[mac]]	[[ip#]]
---
BEGIN:VCARD
VERSION:3.0
N:[[p1.s]];[[p1.g]];;;
FN:[[p1]]
TEL;TYPE=CELL:[[ph1.m]]
EMAIL:[[e1]]
ADR;TYPE=HOME:;;[[a1]]
END:VCARD
---
Contacts export
[[p1]] - [[ph1]] - [[e1]]
[[p2]] - [[ph2]]
[[p3]] - [[e3]]
[[p4]] - [[ph4]] - [[a4]]

## per long en real_estate
FOR SALE - 3 bed semi
[[a1]]
Offers over [[amt]]
Viewing strictly by appointment with [[p1]] on [[ph1]].
Vendor: [[p2]] (motivated, relocating)
Ref [[d:listing_ref:PRM-2031|LX-88412|HSE-7730]]
---
Tenancy summary
Property: [[a1]]
Tenants: [[p1]], [[p2]]
Guarantor: [[p3]], [[a3]]
Rent: [[amt]] pcm, paid from [[iban]]
Start: [[date]]

## per long en log_lines
[[ts]] INFO login ok user=[[p1.h]] ip=[[ip1]]
[[ts]] INFO login ok user=[[p2.h]] ip=[[ip2]]
[[ts]] WARN failed login user=[[p1.h]] ip=[[ip]]
[[ts]] INFO password changed user=[[p1.h]] by=[[p3.h]]
[[ts]] INFO session end user=[[p2.h]]
---
[[ts]] sshd: Accepted publickey for [[p1.h]] from [[ip1]] port 52114
[[ts]] sshd: Accepted password for [[p2.h]] from [[ipsix1]] port 40022
[[ts]] sshd: Invalid user admin from [[ip]]
[[ts]] sudo: [[p1.h]] : TTY=pts/0 ; COMMAND=/usr/bin/systemctl restart nginx

## per long en legal
WITHOUT PREJUDICE
Our client: [[p1]]
Your client: [[p2]]
Property: [[a1]]
Our client denies that the fence was moved. [[p3]], the previous owner, will confirm the original line.
We invite [[p2.s]] to withdraw the claim by [[date]].
[[p4]]
Solicitor, [[co]]

## per long en insurance
Claim form - motor
Policyholder: [[p1]]
Policy no: [[pol]]
Date of birth: [[dob1]]
Third party: [[p2]], [[a2]], [[ph2]]
Witness: [[p3]]
Description: [[p2.s]] reversed into my car in the car park. [[p3.g]] saw it happen.

## per long en calendar
Mon - standup with [[p1.g]], [[p2.g]]
Tue [[time]] dentist (Dr [[p3.s]])
Wed - lunch with [[p4]] @ the Italian place
Thu - [[p5]] interview
Fri - drinks for [[p6.g]]'s leaving do
"""

# =================================================================================================================
# English, public look-alikes
# =================================================================================================================
FRAMES += r"""
## pub short en public_figure
[[d:public_figure:Ada Lovelace|Alan Turing|Grace Hopper|Marie Curie]] is often credited with shaping modern computing.
The documentary about [[d:public_figure:Nelson Mandela|Martin Luther King Jr.|Winston Churchill]] airs on Sunday at [[time]].
[[d:public_figure:Serena Williams|Roger Federer|Usain Bolt|Simone Biles]] announced a new foundation for young athletes.
We read a biography of [[d:public_figure:Frida Kahlo|Vincent van Gogh|Leonardo da Vinci]] in book club.
[[d:public_figure:Albert Einstein|Isaac Newton|Charles Darwin]] was born on [[d:public_dob:14 March 1879|25 December 1642|12 February 1809]], according to the museum plaque.
[[d:public_figure:Taylor Swift]]'s tour added two nights at the stadium.
In 1969 [[d:public_figure:Neil Armstrong|Buzz Aldrin]] stepped onto the Moon.
The lecture compared [[d:public_figure:Jane Austen|Charlotte Brontë|George Eliot]] with [[d:public_figure:Charles Dickens|Thomas Hardy]].
## pub short en fictional
[[d:fictional:Sherlock Holmes]] never actually says "elementary, my dear Watson" in the books.
My kids are obsessed with [[d:fictional:Peppa Pig]] and [[d:fictional:Bluey|Paw Patrol|Hey Duggee]].
Is [[d:fictional:Harry Potter]] or [[d:fictional:Hermione Granger]] the real hero? Discuss.
We watched [[d:fictional:Elizabeth Bennet]] and Mr [[d:fictional:Darcy]] bicker for three hours.
## pub short en brand
Grabbed a [[d:brand:Tom Collins|Bloody Mary|Shirley Temple]] and a [[d:dish:Caesar salad|eggs Benedict|beef Wellington]] before the show.
The [[d:brand:Ford|Dell|Ben & Jerry's|Wendy's|Martha Stewart]] ad was everywhere this summer.
New study on [[d:disease:Parkinson's|Alzheimer's|Crohn's disease|Hodgkin lymphoma]] published this week.
Planted [[d:plant:Sweet William|Black-eyed Susan|Jacob's ladder|Christmas rose]] along the fence.
Ordered a [[d:dish:Margherita|pavlova|peach Melba|Nachos Bellgrande]] for dessert, no regrets.
The [[d:brand:Marks & Spencer|Sainsbury's|Johnson & Johnson|Procter & Gamble|Hewlett-Packard]] results beat expectations.
## pub short en place
We spent a week in [[d:place:Florence|Charlotte|Victoria|Georgia|Austin|Jordan]] and loved it.
Flights to [[d:place:Sydney|Adelaide|Regina|Lincoln|Chester|Eugene]] are cheaper in March.
We met on [[d:street_public:Baker Street|Oxford Street|Fifth Avenue|Abbey Road|Lombard Street]] near the station.
The parade goes down [[d:street_public:Princes Street|Grafton Street|Bourke Street|Broadway]] at noon.
## pub short en name_words
[[d:name_word:May]] is the best month for the garden.
[[d:name_word:Will]] you bring the chairs? [[d:name_word:Bill]] says the hall is booked.
[[d:name_word:Mark|Grant|Rose|Hope|Faith|Summer]] the date in your diary: open day is [[date]].
[[d:name_word:Young]] people and long queues - the [[d:name_word:White]] House tour was packed.
[[d:name_word:Hope]] springs eternal, as they say.
[[d:name_word:Faith]] in the process is all we need right now.
[[d:name_word:Summer]] hours start next week; the office closes at [[time]] on Fridays.
The [[d:name_word:Grant]] application closes on [[date]].
[[d:name_word:Long]] story short, the bill was wrong.
[[d:name_word:Rose]] gold is back, apparently.
## pub short en identifiers
Order [[order]] shipped, tracking [[tracking]].
Build [[build]] passed on commit [[sha]].
Upgraded from [[ver]] to [[ver]] without issues.
Ticket [[ticket]] closed as duplicate of [[ticket]].
SKU [[sku]] is back in stock.
Reference [[uuid]] was processed at [[ts]].
Flight [[flight]] delayed, new departure [[time]].
Invoice [[inv]] total [[amt]], due [[date]].
Server [[host]] listens on port [[port]], private address [[privip]].
Contact [[om]] or call [[oph]] for help.
See RFC 5737: use [[docip]] in documentation examples.
Send test mails to [[exmail]], not to real people.
Use [[testcard]] for sandbox payments.
The call to [[exphone]] in the film was obviously fake.
## pub short en title_case
[[d:cap_phrase:Dear Customer, Thank You For Your Order]].
[[d:cap_phrase:Happy Friday Team]]!
[[d:cap_phrase:Meet The Founders Event]] - [[d:cap_phrase:Save The Date]]
[[d:job_title:Senior Product Manager]], [[d:team:Growth Team]]
The [[d:cap_phrase:Quarterly Business Review]] is on [[date]].
[[d:cap_phrase:Welcome To The Customer Success Team]]
## pub short en placeholder
Set API_KEY=[[holder]] in your environment before running.
Replace [[holder]] with the key from your dashboard.
The env var is called [[d:env_var:OPENAI_API_KEY]]; never commit its value.
Default login is admin / [[d:placeholder:<password>|changeme-in-prod|your_password]] - change it on first boot.
Example: curl -H "Authorization: Bearer [[holder]]" https://api.example.com/v1/items
The access key in the docs, [[exkey]], is not a real credential.
Commit [[sha]] reverted the change; UUID [[uuid]] is just a row id.
Name: [[d:placeholder_name:Jane Doe|John Doe|Joe Bloggs|A. N. Other]], Address: [[d:placeholder_address:1 Any Street, Sometown|123 Main St, Anytown]]
## pub short en ai_prompt
Summarize this article about [[d:public_figure:Marie Curie|Nikola Tesla|Rosalind Franklin]] in three bullet points.
Write a haiku about autumn in [[d:place:Florence|Savannah|Kyoto]].
Translate "Happy Birthday" into French, Spanish and German.
Explain the difference between a UUID and a git SHA like [[sha]].
## pub short en news
The mayor of [[d:city:Leeds|Portland|Halifax]] opened the new library on [[date]].
Storm [[d:storm_name:Agnes|Babet|Ciarán|Debi]] brought winds of 80 mph to the coast.
The Prime Minister met [[d:public_figure:Emmanuel Macron|Olaf Scholz|Justin Trudeau]] in Brussels.
Shares in [[d:org:Marks & Spencer|Rolls-Royce|Tesla|Dyson]] fell 4% after the results.

## pub long en news_article
[[d:city:Bristol|Leeds|Exeter]] council approves new cycle lanes
The plan, backed by the mayor, adds 12 km of protected lanes by [[date]].
Work begins on [[d:street_public:Park Street|Gloucester Road|Whiteladies Road]] in spring.
[[d:public_figure:Greta Thunberg|David Attenborough]] praised the scheme in a video message.
Residents can comment at [[om]] until [[date]].
---
Match report
[[d:team:Arsenal|Liverpool|Celtic|Leinster]] 2-1 [[d:team:Chelsea|Everton|Rangers|Munster]]
Goals: [[d:public_figure:Bukayo Saka|Mohamed Salah|Harry Kane]] 12', [[d:public_figure:Cole Palmer|Jack Grealish]] 55', [[d:public_figure:Declan Rice|Son Heung-min]] 88'
Attendance: 58,211
Kick-off was delayed until [[time]] because of the weather.
## pub long en release_notes
### Release [[ver]] ([[date]])
- Fixed crash when the config file is empty ([[ticket]])
- Bumped dependency to [[ver]]
- Added `--dry-run` flag
- Docs: use [[exmail]] in all examples
Commit: [[sha]]
---
CHANGELOG
[[ver]] - [[date]]
  * New Florence theme (named after the city, not a person)
  * Removed Victoria font
  * Build [[build]], sha [[sha]]
[[ver]] - [[date]]
  * Initial release
## pub long en readme
# Quick start
1. Copy `.env.example` to `.env`.
2. Set `STRIPE_SECRET_KEY=[[holder]]` and `DATABASE_URL=postgres://user:[[d:placeholder:password|<password>|changeme]]@localhost:5432/app`.
3. Run `make dev`.
Test cards: [[testcard]], any future expiry.
Example user: [[exmail]]
---
### Configuration
| Variable | Example | Notes |
|---|---|---|
| `API_KEY` | `[[holder]]` | from the dashboard |
| `AWS_ACCESS_KEY_ID` | `[[exkey]]` | docs value |
| `SERVER_IP` | `[[docip]]` | documentation range |
| `REQUEST_ID` | `[[uuid]]` | generated |
## pub long en env_example
# .env.example - copy to .env and fill in
DATABASE_URL=postgres://app:[[d:placeholder:CHANGE_ME|password|xxx]]@db:5432/app
OPENAI_API_KEY=[[holder]]
SLACK_WEBHOOK_URL=[[d:placeholder:https://hooks.slack.com/services/XXX/YYY/ZZZ|<your-webhook>]]
SENTRY_DSN=
LOG_LEVEL=info
## pub long en recipe
Chicken Kiev with [[d:dish:Caesar salad]]
Serves 4. Prep [[d:time:20|25|30]] min.
1. Mix butter, garlic and parsley (Flat-leaf, not curly).
2. Stuff the chicken, chill for an hour.
3. Bake at 200°C; serve with a Caesar salad and a glass of Pinot.
Tip from [[d:public_figure:Delia Smith]]: don't skimp on the garlic.
## pub long en timetable
Route 42 - weekday timetable
[[d:public_place:Victoria Station]]  [[time]]  [[time]]  [[time]]
[[d:street_public:Charlotte Square]]  [[time]]  [[time]]  [[time]]
[[d:street_public:Florence Road]]     [[time]]  [[time]]  [[time]]
[[d:street_public:Jordan Hill]]       [[time]]  [[time]]  [[time]]
Service by [[co]]. Info: [[oph]]
## pub long en minutes_public
Parish council - public minutes
Meeting held in the Village Hall, [[date]]
The Chair welcomed members. The Clerk read the previous minutes.
Item 3: the [[d:name_word:May]] Fair will go ahead; [[d:street_public:Hope Street]] will be closed from [[time]].
Item 4: [[d:name_word:Grant]] funding of [[amt]] received from the county.
Next meeting: [[date]].
## pub long en log_lines
[[ts]] INFO service started version=[[ver]] host=[[host]]
[[ts]] INFO listening on [[privip]]:[[port]]
[[ts]] WARN slow query id=[[uuid]] 1200ms
[[ts]] INFO deploy [[sha]] complete
[[ts]] INFO health check ok
## pub long en faq
FAQ
Q: Who do I contact about billing?
A: Email [[om]] or call [[oph]].
Q: Can I pay by card?
A: Yes. In the sandbox use [[testcard]].
Q: Where is the office?
A: Near [[d:street_public:Deansgate|Grafton Street|Yonge Street]], above the bakery.
## pub long en team_page
Our Teams
[[d:team:Platform Team]] - keeps the lights on
[[d:team:Growth Team]] - experiments and onboarding
[[d:team:Customer Success Team]] - Monday to Friday, [[time]]-[[time]]
[[d:team:Security Team]] - report issues to [[om]]
Join us: [[d:job_title:Senior Backend Engineer|Head of Design|Data Scientist]]
## pub long en chat_public
[[d:timestamp:09/03/2024, 10:01]] - Book Club: Next book is [[d:title:Pride and Prejudice]]
[[d:timestamp:09/03/2024, 10:03]] - Book Club: Mr [[d:fictional:Darcy]] fans assemble 😂
[[d:timestamp:09/03/2024, 10:05]] - Book Club: Meeting at the Victoria on [[date]]
[[d:timestamp:09/03/2024, 10:06]] - Book Club: bring snacks
"""

# =================================================================================================================
# English, secret
# =================================================================================================================
FRAMES += r"""
## sec short en chat
[[p1.gl]] said the wifi pw is [[x:PASSWORD:sunflower88|Bluebird2019|teatime!42]] but it didnt work
Your temporary password is [[pw]]. Do not share it. - [[co]]
here's the staging key, dont paste it anywhere: [[openai]]
pw for the shared mailbox is [[pw]] btw
use [[gh]] for the CI push, expires end of month
stripe live key is [[stripe]] - rotate after the demo pls
the bot token is [[slack]] if you need to test
anthropic key for the eval box: [[anthropic]]
@[[p1.h]] the db password is [[pw]], user app_rw
## sec short en note
vpn: user [[p1.h]] / pass [[pw]]
AWS key [[aws_ak]] secret [[aws_sk]] (old, revoke)
sendgrid: [[sendgrid]]
## sec short en ai_prompt
Debug this: client = OpenAI(api_key="[[openai]]") raises 401.
Why does curl -H "Authorization: Bearer [[jwt]]" return expired?
## sec short en commit_msg
oops: remove hardcoded token [[gh]] from deploy.sh
## sec short en sms
Your one-time login password is [[pw]]. It expires in 10 minutes.

## sec long en env_file
# .env
APP_ENV=production
DATABASE_URL=postgres://app:[[pw]]@[[host]]:5432/app
STRIPE_SECRET_KEY=[[stripe]]
OPENAI_API_KEY=[[openai]]
SENTRY_ENVIRONMENT=prod
---
NODE_ENV=production
SENDGRID_API_KEY=[[sendgrid]]
TWILIO_API_KEY=[[twilio]]
JWT_SECRET=[[tok]]
REDIS_URL=redis://:[[pw]]@[[privip]]:6379/0
---
ANTHROPIC_API_KEY=[[anthropic]]
GOOGLE_MAPS_KEY=[[google]]
HF_TOKEN=[[tok]]
DEBUG=false
PORT=8080
## sec long en aws_credentials
[default]
aws_access_key_id = [[aws_ak1]]
aws_secret_access_key = [[aws_sk1]]
region = eu-west-1

[deploy]
aws_access_key_id = [[aws_ak2]]
aws_secret_access_key = [[aws_sk2]]
## sec long en config
[database]
host = [[host]]
port = 5432
user = reporting
password = [[pw]]

[api]
token = [[tok]]
timeout = 30
---
spring.datasource.url=jdbc:mysql://[[host]]:3306/shop
spring.datasource.username=shop
spring.datasource.password=[[pw]]
stripe.api.key=[[stripe]]
server.port=8080
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
type: Opaque
stringData:
  DB_PASSWORD: "[[pw]]"
  GITHUB_TOKEN: "[[gh]]"
  SLACK_WEBHOOK: "[[slack_hook]]"
---
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: [[pw]]
  api:
    environment:
      - DATADOG_API_KEY=[[dd]]
      - DATABASE_URL=postgresql://app:[[pw]]@db:5432/app
## sec long en code
import os
import stripe
from openai import OpenAI

stripe.api_key = "[[stripe]]"
client = OpenAI(api_key="[[openai]]")
# TODO move to env, ask [[p1.g]]
---
const axios = require("axios");
const GITHUB_TOKEN = "[[gh]]";
const headers = { Authorization: `token ${GITHUB_TOKEN}` };
// request id [[uuid]]
module.exports = { headers };
---
#!/bin/bash
export AWS_ACCESS_KEY_ID=[[aws_ak]]
export AWS_SECRET_ACCESS_KEY=[[aws_sk]]
aws s3 sync ./build s3://static-site --delete
echo "deployed [[sha]]"
## sec long en ci_log
Run actions/checkout@v4
Run ./scripts/deploy.sh
+ curl -s -H 'Authorization: Bearer [[jwt]]' https://deploy.internal/api/release
+ echo "token=[[gh]]"
token=[[gh]]
Deploy [[build]] finished in 42s
---
$ npm publish
npm notice Publishing to registry with token [[tok]]
npm notice package: app@[[ver]]
+ app@[[ver]]
Done in [[d:duration:12.4s|8.1s|31.0s]]
## sec long en private_key
Here's the deploy key [[p1.g]] asked for, don't lose it:
[[pem]]
---
# id_ed25519 for the backup box
[[pem]]
## sec long en http
POST /v1/messages HTTP/1.1
Host: api.anthropic.com
x-api-key: [[anthropic]]
content-type: application/json
request-id: [[uuid]]
---
GET /api/me HTTP/1.1
Host: app.internal
Authorization: Bearer [[jwt]]
Cookie: session=[[tok]]; theme=dark
X-Forwarded-For: [[privip]]
## sec long en chat_transcript chat
1: can you send me the prod creds
2: user is admin, password [[pw]]
1: thx, and the slack bot?
2: [[slack]]
1: got it, deleting this chat after
---
1: deploy failing again
2: did you rotate the key?
1: yeah new one is [[gh]]
2: ok updating the secret now
1: 👍
## sec long en support
Ticket [[ticket]]
From: [[p1]] <[[ew1]]>
Hi, our integration broke. Here is our key so you can check: [[stripe]]
Also the webhook secret: [[tok]]
Thanks, [[p1.g]]
## sec long en netrc
machine api.heroku.com
  login [[p1.h]]@[[dom]]
  password [[tok]]
machine github.com
  login [[p1.h]]
  password [[gh]]
## sec long en jupyter
In [1]: import requests
In [2]: KEY = "[[google]]"
In [3]: r = requests.get(f"https://maps.googleapis.com/maps/api/geocode/json?key={KEY}&address=Leeds")
In [4]: r.status_code
Out[4]: 200
"""

# =================================================================================================================
# Other languages
# =================================================================================================================
FRAMES += r"""
## per long de email email
anbei die Unterlagen für [[p3]]. Sie zieht am [[date]] in die Wohnung [[a3]] ein.
Die Kaution kommt von ihrem Konto [[iban@DE]].
[[p3.g]] ist unter [[ph3]] erreichbar, falls der Hausmeister Fragen hat.
---
kurze Info: [[p3]] ist ab Montag krank. [[p4.s]] übernimmt die Frühschicht, [[p5.s]] die Spätschicht.
Bitte Bescheid geben, falls [[p4.g]] Hilfe braucht.
## per long de chat_transcript chat
1: hast du [[p3.g]] heute gesehen?
2: ja, am Bahnhof, mit [[p4]]
1: echt? die beiden wieder zusammen?
2: sieht so aus 😅
1: krass
## per long de form
Anmeldung Sportverein
Name: [[p1.s]]
Vorname: [[p1.g]]
Geburtsdatum: [[dob1]]
Anschrift: [[a1]]
Telefon: [[ph1]]
E-Mail: [[e1]]
## per short de general
[[p1]] hat gestern den Mietvertrag unterschrieben.
Wir haben [[p1]] als neue Buchhalterin eingestellt.
Frag mal [[p1.g]], der weiß, wo der Schlüssel liegt.
Das Paket für [[p1]] liegt bei [[p2]] im zweiten Stock.
[[p1.s]] widersprach, aber [[p2.s]] setzte sich durch.
Frau [[p1.s]] ist ab [[date]] unter [[ph1]] erreichbar.
[[p1]] (geb. [[dob1]]) wohnt jetzt in der [[a1]].
bin mit [[p1.gl]] und [[p2.gl]] beim Italiener, kommst du?
## pub long de news
Stadtrat beschließt neue Radwege
Die Arbeiten in der [[d:street_public:Königsallee|Maximilianstraße|Friedrichstraße]] beginnen am [[date]].
Oberbürgermeister und [[d:public_figure:Angela Merkel|Olaf Scholz]] lobten das Projekt.
Infos unter [[oph]] oder [[om]].
## pub short de name_words
[[d:name_word:Mai]] ist der schönste Monat im Garten.
Ein Besuch bei [[d:brand:Aldi|Lidl|Dr. Oetker|Haribo]] lohnt sich immer.
## sec long de env_file
# Produktion - NICHT committen
DB_PASSWORT=[[pw]]
STRIPE_KEY=[[stripe]]
GITHUB_TOKEN=[[gh]]
LOG_LEVEL=warn
## sec short de chat
das WLAN-Passwort ist [[pw]], aber nicht weitersagen

## per long fr email email
je vous confirme le rendez-vous de [[p3]] le [[date]] à [[time]].
[[?3:Il|Elle]] habite [[a3]] et préfère être appelé[[?3:|e]] au [[ph3]].
[[p4]] l'accompagnera.
---
petit rappel : [[p3.g]] et [[p4.g]] arrivent vendredi. [[p3.s]] a demandé une chambre au calme.
Merci de prévenir [[p5]] à l'accueil.
## per long fr chat_transcript chat
1: t'as des nouvelles de [[p3.g]] ?
2: oui, [[?3:il|elle]] a commencé chez [[co]] lundi
1: trop bien
2: on fête ça samedi chez [[p4.g]]
1: je ramène le dessert
## per long fr letter
[[p1]]
[[a1.b]]

Objet : résiliation du bail
[[?2:Monsieur|Madame]] [[p2.s]],
Je vous informe de mon départ le [[date]]. Merci de verser le dépôt de garantie sur le compte [[iban@FR]].
Cordialement,
[[p1]]
## per short fr general
[[p1]] a signé le contrat hier soir.
On a embauché [[p1]] pour remplacer [[p2]].
Demande à [[p1.g]], [[?1:il|elle]] connaît le code du portail.
[[p1.s]] n'était pas d'accord, mais [[p2.s]] a tranché.
Mme [[p1.s]], née le [[dob1.long]], réside au [[a1]].
dej avec [[p1.gl]] demain, tu viens ?
Le colis de [[p1]] est chez [[p2]], au troisième.
Vous pouvez joindre [[p1]] au [[ph1]] ou par mail à [[e1]].
## pub long fr news
La mairie de [[d:city:Nantes|Rennes|Lyon]] inaugure une médiathèque
L'inauguration aura lieu le [[date]] en présence de [[d:public_figure:Victor Hugo|Emmanuel Macron]] (en hologramme, pour le premier).
Rendez-vous rue de Rivoli à [[time]].
Renseignements : [[om]]
## pub short fr name_words
[[d:name_word:Pierre]] qui roule n'amasse pas mousse.
Un croque-monsieur et une [[d:dish:tarte Tatin]], s'il vous plaît.
## sec long fr config
[base]
hote = [[host]]
utilisateur = compta
mot_de_passe = [[pw]]
cle_api = [[tok]]
## sec short fr chat
le token github c'est [[gh]], supprime le message après

## per long es email email
te paso los datos de [[p3]] para el contrato: vive en [[a3]] y su móvil es [[ph3]].
La fianza la pagará desde la cuenta [[iban@ES]].
Si hay algún problema, habla con [[p4]].
---
mañana [[p3]] no viene, está con fiebre. [[p4.g]] cubre la mañana y [[p5.g]] la tarde.
## per long es chat_transcript chat
1: has visto a [[p3.g]]?
2: sí, en la estación con [[p4]]
1: anda, no sabía que volvían
2: yo tampoco jaja
1: luego te cuento
## per long es form
FORMULARIO DE INSCRIPCIÓN
Apellidos: [[p1.SU]]
Nombre: [[p1.GU]]
Fecha de nacimiento: [[dob1]]
Domicilio: [[a1]]
Teléfono: [[ph1]]
Correo: [[e1]]
## per short es general
[[p1]] firmó el contrato ayer por la tarde.
Hemos contratado a [[p1]] para el turno de noche.
Pregúntale a [[p1.g]], sabe dónde está la llave.
[[p1.s]] no estaba de acuerdo, pero [[p2.s]] insistió.
La Sra. [[p1.s]], nacida el [[dob1.long]], vive en [[a1]].
comí con [[p1.gl]] y [[p2.gl]], te mandan saludos
Llama a [[p1]] al [[ph1]] antes de las [[time]].
El paquete de [[p1]] lo tiene [[p2]] en el segundo.
## pub long es news
El ayuntamiento de [[d:city:Zaragoza|Valladolid|Sevilla]] abre un nuevo parque
La inauguración será el [[date]].
Asistirán [[d:public_figure:Rafael Nadal|Penélope Cruz]] y otros invitados.
Más información en [[om]] o en el [[oph]].
## pub short es name_words
[[d:name_word:Esperanza]] es lo último que se pierde.
Pedimos una [[d:dish:ensalada César]] y una margarita.
## sec long es code
import requests
API_KEY = "[[google]]"
PASSWORD_BD = "[[pw]]"
# no subir al repo
r = requests.get("https://api.example.com", params={"key": API_KEY})
## sec short es chat
la contraseña del router es [[pw]]

## per long it email email
ti giro i dati di [[p3]]: abita in [[a3]], cellulare [[ph3]].
Il deposito arriverà dal conto [[iban@IT]].
Per qualsiasi dubbio senti [[p4]].
---
domani [[p3]] è in ferie. [[p4.s]] copre la mattina e [[p5.s]] il pomeriggio.
## per long it chat_transcript chat
1: hai sentito [[p3.g]]?
2: sì, l'ho vist[[?3:o|a]] in stazione con [[p4]]
1: ma dai
2: giuro
1: poi mi racconti
## per long it form
MODULO DI ISCRIZIONE
Cognome: [[p1.s]]
Nome: [[p1.g]]
Data di nascita: [[dob1]]
Indirizzo: [[a1]]
Telefono: [[ph1]]
Email: [[e1]]
## per short it general
[[p1]] ha firmato il contratto ieri sera.
Abbiamo assunto [[p1]] come nuov[[?1:o|a]] contabile.
Chiedi a [[p1.g]], sa dove sono le chiavi.
[[p1.s]] non era d'accordo, ma [[p2.s]] ha insistito.
La Sig.ra [[p1.s]], nata il [[dob1.long]], abita in [[a1]].
pranzo con [[p1.gl]] domani, vieni?
Chiama [[p1]] al [[ph1]] dopo le [[time]].
Il pacco di [[p1]] è da [[p2]] al terzo piano.
## pub long it news
Il comune di [[d:city:Bologna|Torino|Verona]] inaugura la nuova biblioteca
L'evento è previsto per il [[date]] in via [[d:street_public:del Corso|Montenapoleone|dei Condotti]].
Presenti anche [[d:public_figure:Sophia Loren|Roberto Benigni]].
Info: [[om]]
## pub short it name_words
Un [[d:brand:Negroni]] e una [[d:dish:pizza Margherita]], grazie.
[[d:name_word:Speranza]] è il nome della nave, non di una persona.
## sec long it config
db:
  host: [[host]]
  utente: admin
  password: "[[pw]]"
slack_token: "[[slack]]"
## sec short it chat
la password del wifi è [[pw]]

## per long pt email email
segue os dados de [[p3]] para o contrato: mora na [[a3]] e o celular é [[ph3]].
O depósito vem da conta [[iban@BR]].
Qualquer coisa, fala com [[p4]].
---
amanhã [[p3]] não vem, está doente. [[p4.g]] cobre de manhã e [[p5.g]] à tarde.
## per long pt chat_transcript chat
1: viu [[p3.g]] hoje?
2: vi, na rodoviária com [[p4]]
1: sério?? voltaram?
2: parece que sim kkkk
1: depois me conta
## per long pt form
FICHA DE CADASTRO
Nome completo: [[p1.U]]
Data de nascimento: [[dob1]]
Endereço: [[a1]]
Celular: [[ph1]]
E-mail: [[e1]]
## per short pt general
[[p1]] assinou o contrato ontem à noite.
Contratamos [[p1]] para o turno da noite.
Pergunta pr[[?1:o|a]] [[p1.g]], [[?1:ele|ela]] sabe onde está a chave.
[[p1.s]] discordou, mas [[p2.s]] insistiu.
A Sra. [[p1.s]], nascida em [[dob1.long]], mora na [[a1]].
almocei com [[p1.gl]] e [[p2.gl]], mandaram beijo
Liga pro [[p1]] no [[ph1]] depois das [[time]].
O pacote de [[p1]] ficou com [[p2]] no apartamento 31.
## pub long pt news
Prefeitura de [[d:city:Campinas|Curitiba|Recife]] inaugura novo parque
A inauguração será em [[date]] na [[d:street_public:Avenida Paulista|Rua Augusta|Avenida Atlântica]].
Compareceram [[d:public_figure:Pelé|Gisele Bündchen|Anitta]] e autoridades.
Informações: [[oph]]
## pub short pt name_words
[[d:name_word:Graça]] e [[d:name_word:Esperança]] são nomes de ruas no centro.
Pedi uma caipirinha e um [[d:dish:bauru]].
## sec long pt env_file
SENHA_BANCO=[[pw]]
OPENAI_API_KEY=[[openai]]
AMBIENTE=producao
PORTA=8080
## sec short pt chat
a senha do wifi é [[pw]], não espalha

## per long nl email email
hierbij de gegevens van [[p3]]: [[?3:hij|zij]] woont op [[a3]] en is bereikbaar op [[ph3]].
De borg komt van rekening [[iban@NL]].
Vragen? Bel [[p4]].
---
[[p3]] is morgen ziek. [[p4.s]] neemt de ochtend, [[p5.s]] de middag.
## per long nl chat_transcript chat
1: heb je [[p3.g]] nog gezien?
2: ja, op het station met [[p4]]
1: serieus?
2: haha ja
1: vertel straks
## per long nl form
INSCHRIJFFORMULIER
Achternaam: [[p1.s]]
Voornaam: [[p1.g]]
Geboortedatum: [[dob1]]
Adres: [[a1]]
Telefoon: [[ph1]]
E-mail: [[e1]]
## per short nl general
[[p1]] heeft gisteren het huurcontract getekend.
We hebben [[p1]] aangenomen als nieuwe boekhouder.
Vraag het even aan [[p1.g]], die weet waar de sleutel ligt.
[[p1.s]] was het er niet mee eens, maar [[p2.s]] zette door.
Mevr. [[p1.s]], geboren op [[dob1.long]], woont op [[a1]].
lunch met [[p1.gl]] en [[p2.gl]], kom je ook?
Bel [[p1]] op [[ph1]] na [[time]].
Het pakket van [[p1]] ligt bij [[p2]] op nummer 14.
## pub long nl news
Gemeente [[d:city:Utrecht|Groningen|Leiden]] opent nieuwe bibliotheek
De opening is op [[date]] aan de [[d:street_public:Kalverstraat|Coolsingel|Oudegracht]].
[[d:public_figure:Willem-Alexander|Máxima]] was aanwezig.
Info: [[om]]
## pub short nl name_words
[[d:brand:Bram Ladage]]-patat en een kroket, graag.
[[d:name_word:Mei]] is de mooiste maand voor tulpen.
## sec long nl config
[database]
host = [[host]]
gebruiker = app
wachtwoord = [[pw]]
api_sleutel = [[tok]]
## sec short nl chat
het wachtwoord van de gedeelde mailbox is [[pw]]

## per long pl email email
przesyłam dane: [[p3]], adres [[a3]], telefon [[ph3]].
Kaucja przyjdzie z konta [[iban@PL]].
W razie pytań proszę pisać do [[p4]].
---
jutro [[p3]] jest na urlopie. Rano zastępuje [[p4.s]], po południu [[p5.s]].
## per long pl chat_transcript chat
1: widziałeś dziś [[p3.g]]?
2: tak, na dworcu, razem z: [[p4]]
1: serio?
2: serio haha
1: opowiesz później
## per long pl form
FORMULARZ ZGŁOSZENIOWY
Nazwisko: [[p1.SU]]
Imię: [[p1.GU]]
Data urodzenia: [[dob1]]
Adres: [[a1]]
Telefon: [[ph1]]
E-mail: [[e1]]
## per short pl general
[[p1]] podpisał[[?1:|a]] wczoraj umowę najmu.
Zatrudniliśmy nową osobę: [[p1]].
Zapytaj, proszę, [[p1.g]] - wie, gdzie są klucze.
[[p1.s]] się nie zgodził[[?1:|a]], ale [[p2.s]] przeforsował[[?2:|a]] swoje.
Pani [[p1]], data urodzenia [[dob1]], mieszka pod adresem [[a1]].
obiad z [[p1.gl]] jutro, idziesz?
Numer do [[p1.g]]: [[ph1]].
Paczka dla: [[p1]] - zostawiona u sąsiada.
## pub long pl news
Nowa biblioteka w [[d:city:Krakowie|Gdańsku|Poznaniu]]
Otwarcie zaplanowano na [[date]] przy ulicy [[d:street_public:Nowy Świat|Floriańska|Piotrkowska]].
Gościem była [[d:public_figure:Olga Tokarczuk|Iga Świątek]].
Informacje: [[om]]
## pub short pl name_words
[[d:name_word:Maj]] to najpiękniejszy miesiąc w ogrodzie.
Zamówiłem pierogi ruskie i sernik.
## sec long pl env_file
# konfiguracja produkcyjna, nie commitować
HASLO_BAZY=[[pw]]
GITHUB_TOKEN=[[gh]]
TRYB=produkcja
## sec short pl chat
hasło do wifi: [[pw]]

## per long tr email email
[[p3]] için bilgileri gönderiyorum: adres [[a3]], telefon [[ph3]].
Depozito [[iban@TR]] hesabından gelecek.
Sorun olursa [[p4]] ile görüşebilirsin.
---
yarın [[p3]] izinli. Sabah vardiyasını [[p4.s]], akşamı [[p5.s]] alacak.
## per long tr chat_transcript chat
1: bugün [[p3.g]] ile konuştun mu?
2: evet, istasyonda gördüm, yanında [[p4]] vardı
1: ciddi mi
2: ciddi :)
1: sonra anlat
## per long tr form
KAYIT FORMU
Ad Soyad: [[p1.U]]
Doğum tarihi: [[dob1]]
Adres: [[a1]]
Cep: [[ph1]]
E-posta: [[e1]]
## per short tr general
[[p1]] dün akşam kira sözleşmesini imzaladı.
Yeni muhasebeci olarak [[p1]] ile anlaştık.
Anahtarı sormak için: [[p1.g]].
[[p1.s]] itiraz etti ama [[p2.s]] kabul ettirdi.
[[p1]] [[?1:Bey|Hanım]] ile yarın [[time]]'da görüşeceğiz.
[[p1.gl]] ve [[p2.gl]] ile yemekteyiz, gelsene
Telefon numarası: [[ph1]], adı [[p1]].
Kargo [[p2]] adlı komşuda kaldı.
## pub long tr news
[[d:city:İzmir|Ankara|Bursa]]'da yeni kütüphane açıldı
Açılış [[date]] tarihinde [[d:street_public:İstiklal Caddesi|Bağdat Caddesi|Kordon]] üzerinde yapıldı.
Törene [[d:public_figure:Orhan Pamuk|Hande Erçel]] da katıldı.
Bilgi: [[oph]]
## pub short tr name_words
[[d:name_word:Umut]] fakirin ekmeği derler.
Bir [[d:dish:İskender]] ve bir ayran lütfen.
## sec long tr config
veritabani:
  sunucu: [[host]]
  kullanici: app
  sifre: "[[pw]]"
api_anahtari: "[[tok]]"
## sec short tr chat
wifi şifresi [[pw]], kimseye verme

## per long sv email email
här är uppgifterna för [[p3]]: [[?3:han|hon]] bor på [[a3]] och nås på [[ph3]].
Depositionen kommer från konto [[iban@SE]].
Frågor? Ring [[p4]].
---
[[p3]] är sjuk i morgon. [[p4.s]] tar förmiddagen och [[p5.s]] eftermiddagen.
## per long sv chat_transcript chat
1: har du sett [[p3.g]] idag?
2: ja, på stationen med [[p4]]
1: va, på riktigt?
2: ja haha
1: berätta sen
## per long sv form
ANMÄLAN
Efternamn: [[p1.s]]
Förnamn: [[p1.g]]
Född: [[dob1]]
Adress: [[a1]]
Mobil: [[ph1]]
E-post: [[e1]]
## per short sv general
[[p1]] skrev på hyreskontraktet igår.
Vi har anställt [[p1]] som ny ekonom.
Fråga [[p1.g]], [[?1:han|hon]] vet var nyckeln är.
[[p1.s]] höll inte med, men [[p2.s]] drev igenom det.
[[p1]], född [[dob1]], bor på [[a1]].
lunch med [[p1.gl]] och [[p2.gl]], hänger du med?
Ring [[p1]] på [[ph1]] efter [[time]].
Paketet till [[p1]] finns hos [[p2]] på tredje våningen.
## pub long sv news
Nytt bibliotek i [[d:city:Uppsala|Lund|Umeå]]
Invigningen sker [[date]] på [[d:street_public:Drottninggatan|Kungsgatan|Storgatan]].
[[d:public_figure:Zlatan Ibrahimović|Greta Thunberg]] var på plats.
Information: [[om]]
## pub short sv name_words
[[d:name_word:Vilja]] är en färskpotatis, inte bara ett namn.
En [[d:dish:Janssons frestelse]] och en kanelbulle, tack.
## sec long sv env_file
# produktion - checka inte in
DB_LOSENORD=[[pw]]
SLACK_TOKEN=[[slack]]
MILJO=produktion
## sec short sv chat
wifi-lösenordet är [[pw]]

## per long id email email
berikut data [[p3]]: alamat [[a3]], HP [[ph3]].
Uang jaminan akan ditransfer oleh [[p3.g]] minggu ini.
Kalau ada pertanyaan, hubungi [[p4]].
---
besok [[p3]] izin sakit. Shift pagi diganti [[p4.g]], shift sore [[p5.g]].
## per long id chat_transcript chat
1: tadi ketemu [[p3.g]] nggak?
2: iya, di stasiun sama [[p4]]
1: serius?
2: wkwk iya
1: nanti cerita ya
## per long id form
FORMULIR PENDAFTARAN
Nama lengkap: [[p1.U]]
Tanggal lahir: [[dob1]]
Alamat: [[a1]]
No. HP: [[ph1]]
Email: [[e1]]
## per short id general
[[p1]] sudah tanda tangan kontrak kemarin sore.
Kami merekrut [[p1]] sebagai staf keuangan baru.
Tanya [[p1.g]] aja, dia tahu kuncinya di mana.
[[p1.s]] tidak setuju, tapi [[p2.s]] tetap jalan.
[[?1:Pak|Bu]] [[p1.g]] lahir tanggal [[dob1.long]] dan tinggal di [[a1]].
makan siang sama [[p1.gl]] dan [[p2.gl]], ikut?
Telepon [[p1]] di [[ph1]] setelah jam [[time]].
Paket untuk [[p1]] dititipkan ke [[p2]].
## pub long id news
Perpustakaan baru dibuka di [[d:city:Bandung|Yogyakarta|Surabaya]]
Peresmian dilakukan pada [[date]] di [[d:street_public:Jalan Malioboro|Jalan Braga|Jalan Thamrin]].
Hadir pula [[d:public_figure:Joko Widodo|Raisa]].
Info: [[om]]
## pub short id name_words
[[d:name_word:Bintang]] adalah nama kafe di ujung jalan.
Pesan satu nasi goreng dan es teh manis.
## sec long id env_file
# jangan di-commit ke repo
DB_PASSWORD=[[pw]]
STRIPE_SECRET=[[stripe]]
APP_ENV=production
## sec short id chat
password wifi kantor: [[pw]]

## per long da general
Referat fra forældremødet
Til stede: [[p1]], [[p2]], [[p3]]
[[p2.s]] foreslog en tur til skoven den [[date]].
[[p3.g]] tager kontakt til [[p4]] om bussen.
Næste møde: [[date]]
## per short da general
[[p1]] underskrev lejekontrakten i går.
Spørg [[p1.g]], hun ved hvor nøglen er.
[[p1]], født [[dob1]], bor på [[a1]].
## pub short da name_words
[[d:name_word:Maj]] er den smukkeste måned i haven.
Vi spiste smørrebrød på [[d:street_public:Nyhavn]].

## per long no general
Referat fra styremøtet
Til stede: [[p1]], [[p2]], [[p3]]
[[p1.s]] var uenig i budsjettet, [[p2.s]] stemte for.
[[p3.g]] ringer [[p4]] på [[ph4]] om leien.
Neste møte: [[date]]
## per short no general
[[p1]] signerte leiekontrakten i går.
Spør [[p1.g]], han vet hvor nøkkelen er.
[[p1]] er født [[dob1]] og bor i [[a1]].
## pub short no name_words
[[d:name_word:Mai]] er den fineste måneden i hagen.
Vi tok bussen til [[d:street_public:Karl Johans gate]].

## per long fi general
Kokousmuistio
Läsnä: [[p1]], [[p2]], [[p3]]
[[p1.s]] ehdotti uutta aikataulua. [[p2.s]] vastusti.
[[p3.g]] soittaa numeroon [[ph4]] ja sopii asiasta.
Seuraava kokous: [[date]]
## per short fi general
[[p1]] allekirjoitti vuokrasopimuksen eilen.
Kysy [[p1.g]]lta, hän tietää missä avain on.
[[p1]] asuu osoitteessa [[a1]].
## pub short fi name_words
[[d:name_word:Toukokuu]] on puutarhan paras kuukausi.
Söimme karjalanpiirakoita [[d:public_place:Kauppatorilla]].

## per long cs general
Zápis ze schůze
Přítomni: [[p1]], [[p2]], [[p3]]
[[p1.s]] nesouhlasil[[?1:|a]] s rozpočtem.
[[p3]] zavolá na číslo [[ph3]].
Další schůze: [[date]]
## per short cs general
[[p1]] včera podepsal[[?1:|a]] nájemní smlouvu.
Zeptej se: [[p1.g]] ví, kde je klíč.
[[p1]], datum narození [[dob1]], bydlí na adrese [[a1]].
## pub short cs name_words
[[d:name_word:Květen]] je nejhezčí měsíc v zahradě.
Dali jsme si svíčkovou a [[d:brand:Plzeň]].

## per long ro general
Proces-verbal ședință
Prezenți: [[p1]], [[p2]], [[p3]]
[[p1.s]] nu a fost de acord cu bugetul.
[[p3.g]] îl va suna pe [[p4]] la [[ph4]].
Următoarea ședință: [[date]]
## per short ro general
[[p1]] a semnat ieri contractul de închiriere.
Întreab-o pe [[p1.g]], știe unde e cheia.
[[p1]], născut[[?1:|ă]] pe [[dob1]], locuiește în [[a1]].
## pub short ro name_words
[[d:name_word:Mai]] este cea mai frumoasă lună.
Am mâncat sarmale pe [[d:street_public:Calea Victoriei]].

## per long vi general
Biên bản họp
Có mặt: [[p1]], [[p2]], [[p3]]
[[p1]] không đồng ý với ngân sách.
[[p3]] sẽ gọi số [[ph3]] để hỏi.
Họp tiếp: [[date]]
## per short vi general
[[p1]] đã ký hợp đồng thuê nhà hôm qua.
Hỏi [[p1]] nhé, bạn ấy biết chìa khóa ở đâu.
[[p1]] hiện sống tại [[a1]], số điện thoại [[ph1]].
## pub short vi name_words
Phở bò và cà phê sữa đá nhé.
Chúng tôi đi dạo ở phố cổ [[d:place:Hội An]].

## per long hi general
Meeting notes
Present: [[p1]], [[p2]], [[p3]]
[[p1.g]] ne budget pe objection kiya, [[p2.g]] agree the.
[[p3.g]] kal [[p4]] ko [[ph4]] pe call karega.
Next meeting: [[date]]
## per short hi general
kal [[p1.g]] ne rent agreement sign kar diya
[[p1.gl]] se pucho, usko chaabi ka pata hai
[[p1]] ka naya address [[a1]] hai, phone [[ph1]]
yaar [[p1.gl]] aur [[p2.gl]] dono late aaye aaj
## pub short hi name_words
Chai aur samosa le aao, [[d:holiday:Diwali]] ki taiyaari chal rahi hai.
Hum log [[d:street_public:Marine Drive]] pe ghoomne gaye the.
"""
