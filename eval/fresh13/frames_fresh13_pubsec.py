# fresh13 hand-written frames: English public look-alikes and secrets.
FRAMES = r"""
@@ pub history en
In 1903 «!public_figure:Marie Curie» shared the Nobel Prize in Physics with her husband «!public_figure:Pierre Curie».
@@ pub history en
«!public_figure:Abraham Lincoln» delivered the Gettysburg Address in November 1863, just a few minutes long.
@@ pub history en
Local history talk: how «!public_figure:Isambard Kingdom Brunel» changed the railways, with slides from the archive. Tickets £5.
@@ pub history en
When «!public_figure:Nelson Mandela» walked out of prison in 1990, crowds filled the «!street_landmark:Grand Parade» in Cape Town.
@@ pub news en
«!public_figure:Serena Williams» watched from the stands as the final went to a fifth set.
@@ pub news en
Shares in «!brand:Ford» and «!brand:Ferrari» rose on Tuesday after the tariff announcement.
@@ pub news en
«!brand:Johnson & Johnson» said the recall affects batches sold between March and May.
@@ pub news en
The new «!brand:Dell» laptops ship with 32 GB of memory; the «!brand:Tesla» update arrives «!version:v12.4.1».
@@ pub news en
Traffic is heavy on «!street_landmark:Oxford Street» this morning because of the parade.
@@ pub news en
Flights from «!place:Florence» to «!place:Jordan» resume next month, the airline said.
@@ pub news en
Storm warnings for «!place:Georgia» and «!place:Victoria» were lifted overnight.
@@ pub news en
«!place:Chelsea» won 3-1 at home; «!place:Charlotte» and «!place:Austin» drew in the MLS.
@@ pub trivia en
Quiz round 4: Which comet returns every 76 years? (Answer: «!eponym:Halley's comet»)
@@ pub trivia en
Q: Who wrote Pride and Prejudice? A: «!public_figure:Jane Austen». Q: Who painted the Mona Lisa? A: «!public_figure:Leonardo da Vinci».
@@ pub trivia en
The «!eponym:Caesar salad» was not named after «!public_figure:Julius Caesar» but after a restaurateur in Tijuana.
@@ pub trivia en
Did you know the «!eponym:Nobel Prize» is funded by the will of «!public_figure:Alfred Nobel», who invented dynamite?
@@ pub health en
Early signs of «!eponym:Parkinson's disease» include a tremor at rest and smaller handwriting. Talk to a pharmacist about «!eponym:Alzheimer's» support groups too.
@@ pub health en
Awareness month: «!eponym:Crohn's disease» and «!eponym:Hodgkin lymphoma» information stalls in the atrium all week.
@@ pub fiction en
Book club this month: we're reading about «!fictional:Elizabeth Bennet» and «!fictional:Mr Darcy». Bring snacks.
@@ pub fiction en
My kids are obsessed with «!fictional:Peppa Pig» and «!fictional:Paw Patrol»; I've heard the theme tune 400 times.
@@ pub fiction en
Spoiler: «!fictional:Walter White» doesn't make it to the end. Neither does «!fictional:Jesse Pinkman»'s patience.
@@ pub fiction en
Halloween costumes sorted: one «!fictional:Harry Potter», one «!fictional:Hermione Granger», and a very reluctant «!fictional:Sherlock Holmes».
@@ pub name_words en
«!name_word:May» is the best month for the garden; we «!name_word:Will» plant the roses then.
@@ pub name_words en
The «!name_word:Bill» came to £42 and nobody wanted to «!name_word:Mark» it down as paid.
@@ pub name_words en
We got a «!name_word:Grant» for the new roof! There's «!name_word:Hope» yet.
@@ pub name_words en
Keep the «!name_word:Faith», it's nearly «!name_word:Summer».
@@ pub name_words en
Young and old welcome. Dress code: «!name_word:White».
@@ pub name_words en
A «!name_word:Rose» by any other name, as they say. The «!name_word:Young» shoots need support.
@@ pub name_words en
Can you «!name_word:Bill» the client for the extra hours and «!name_word:Mark» the job as done?
@@ pub jobs en
Vacancy: «!job_title:Senior Project Manager» (hybrid). Reports to the «!job_title:Head of Operations». Apply via the careers page.
@@ pub jobs en
Org chart: «!job_title:Chief Executive Officer» → «!job_title:Director of Finance» → «!job_title:Payroll Assistant».
@@ pub jobs en
The «!job_title:Deputy Head Teacher» will lead assembly while the «!job_title:Head Teacher» is at the conference.
@@ pub team en
«!title_case:Blue Team» meets in «!title_case:Room Aurora»; «!title_case:Red Team» in «!title_case:Meeting Room Orion».
@@ pub team en
Release notes for «!title_case:Project Falcon» «d.ver»: «!title_case:Smart Sync» is now on by default.
@@ pub team en
The «!title_case:Harbour Lights Choir» and the «!title_case:Northern Soul Society» share the hall on Thursdays.
@@ pub placeholder en
Example: Name: «!placeholder:John Doe», Email: «d.exmail», Phone: «d.555»
@@ pub placeholder en
# .env.example
DB_PASSWORD=«!placeholder:your_password_here»
API_KEY=«!placeholder:<your-api-key>»
SMTP_USER=«d.exmail»
@@ pub placeholder en
Replace «!placeholder:Jane Smith» with the customer's name and «!placeholder:123 Main Street» with their address before sending.
@@ pub placeholder en
To test the firewall rule, ping «d.docip» from «d.docip»; both are documentation addresses.
@@ pub placeholder en
Sample CSV:
name,email,phone
«!placeholder:John Doe»,«d.exmail»,«d.555»
«!placeholder:Jane Doe»,«d.exmail»,«d.555»
@@ pub placeholder en
password: «!placeholder:changeme»   # set a real one in the vault, never commit it
token: «!placeholder:${GITHUB_TOKEN»»
@@ pub ids en
Order «d.order» shipped «d.ts», tracking «d.track».
@@ pub ids en
build «d.ver» (commit «d.hash») passed in 4m12s
@@ pub ids en
request_id=«d.uuid» status=200 latency_ms=«n»
request_id=«d.uuid» status=404 latency_ms=«n»
request_id=«d.uuid» status=200 latency_ms=«n»
trace=«d.hash»
@@ pub ids en
sha256: «d.hash»
@@ pub ids en
Invoice «d.order» due «date». Total «amt» EUR. Ref «d.uuid».
@@ pub ids en
docker pull registry.local/app:«d.ver»
docker run --rm app:«d.ver» --port 8080
# image digest «d.hash»
@@ pub ids en
«d.ts» GET /healthz 200 from «d.docip»
«d.ts» GET /healthz 200 from «d.docip»
«d.ts» GET /metrics 200 from «d.docip»
@@ pub streets en
Meet outside the station on «!street_landmark:Baker Street», then walk down towards «!street_landmark:Regent Street».
@@ pub streets en
The parade goes along «!street_landmark:Fifth Avenue» and finishes at «!street_landmark:Central Park».
@@ pub streets en
Road closed: «!street_landmark:High Street» between the church and the roundabout, all weekend.
@@ pub brands en
Lunch: a «!eponym:Caesar salad», then a «!eponym:Tom Collins» at the bar. Dessert was «!eponym:Eggs Benedict» for some reason.
@@ pub brands en
Switched from «!brand:McDonald's» coffee to «!brand:Tim Hortons». Sorry «!brand:Wendy's».
@@ pub brands en
The shop stocks «!brand:Cadbury», «!brand:Kellogg's» and «!brand:Heinz», but no «!brand:Ben & Jerry's».
@@ pub brands en
Servicing now available for «!brand:Porsche», «!brand:Lamborghini» and «!brand:Mercedes-Benz» models.
@@ pub science en
The «!eponym:Doppler effect» explains why the siren sounds lower as the ambulance passes; see also «!eponym:Newton's laws».
@@ pub science en
Measure it in «!eponym:Kelvin», not «!eponym:Fahrenheit». Then apply «!eponym:Ohm's law».
@@ pub science en
The «!eponym:Hubble Space Telescope» photographed the «!eponym:Magellanic Clouds» again.
@@ pub places en
Holiday plan: «!place:Victoria» for two nights, then the ferry to «!place:Vancouver», back via «!place:Florence».
@@ pub places en
«!place:Santiago», «!place:São Paulo» and «!place:San José» are all on the tour.
@@ pub places en
We drove from «!place:Lincoln» to «!place:Darlington» via «!place:Sheffield».
@@ pub sports en
«!place:Arsenal» v «!place:Everton» kicks off at 3; «!public_figure:Lionel Messi» is rumoured for the friendly.
@@ pub sports en
The «!title_case:Golden State Warriors» beat the «!title_case:Boston Celtics» in overtime.
@@ pub awards en
Shortlisted for the «!eponym:Booker Prize» and the «!eponym:Pulitzer Prize»: three debut novels.
@@ pub awards en
The «!eponym:Turing Award» this year went to work on distributed consensus.
@@ pub church en
Services at «!eponym:St Paul's» and «!eponym:St Mary's» will be combined on the 28th.
@@ pub misc en
Winter hours: Monday-Friday 9-5. Closed bank holidays. Version «d.ver».
@@ pub misc en
Minutes of the «!title_case:Finance Committee»: budget approved, «!title_case:Capital Projects Fund» increased by 4%.
@@ pub misc en
Statue of «!public_figure:Queen Victoria» being cleaned this week; the «!eponym:Victoria Cross» exhibition is upstairs.
@@ pub misc en
We watched «!title_case:The Great British Bake Off» and then «!title_case:Match of the Day».
@@ pub misc en
Ticket «!order_id:JIRA-4412»: «!title_case:Customer Portal» login page misaligned on Safari.
@@ pub misc en
Happy «!eponym:Valentine's Day» from everyone at «!brand:Marks & Spencer»!
@@ pub misc en
Mon 09:00 «!title_case:Stand-up»
Mon 14:00 «!title_case:Design Review»
Tue 10:00 «!title_case:Sprint Planning»
Thu 16:00 «!title_case:Retro»
@@ pub misc en
Contact our «!job_title:Data Protection Officer» at the address on the website; do not send personal data by email.
@@ pub misc en
The «!eponym:Heimlich manoeuvre» poster is on the canteen wall next to the «!eponym:Braille» menu.
@@ sec env en
# .env
NODE_ENV=production
DATABASE_URL=postgres://app:«pw»@db.internal:5432/app
STRIPE_SECRET_KEY=«stripe»
OPENAI_API_KEY=«openai»
@@ sec env en
AWS_ACCESS_KEY_ID=«aws_ak»
AWS_SECRET_ACCESS_KEY=«aws_sk»
AWS_DEFAULT_REGION=eu-west-2
@@ sec env en
ANTHROPIC_API_KEY=«anthropic»
LOG_LEVEL=debug
@@ sec env en
export GITHUB_TOKEN=«ghp»
export SLACK_BOT_TOKEN=«slack»
@@ sec aws en
[default]
aws_access_key_id = «aws_ak»
aws_secret_access_key = «aws_sk»

[prod]
aws_access_key_id = «aws_ak»
aws_secret_access_key = «aws_sk»
@@ sec yaml en
database:
  host: db.internal
  user: svc_orders
  password: "«pw»"
payments:
  stripe_key: «stripe»
@@ sec yaml en
apiVersion: v1
kind: Secret
metadata:
  name: webhook
stringData:
  SLACK_WEBHOOK_TOKEN: «slack»
  SIGNING_KEY: «apikey»
@@ sec ini en
[mail]
host = smtp.mailhost.net
user = «email»
password = «pw»
@@ sec ini en
[api]
endpoint = https://api.partner.io/v2
key = «apikey»
timeout = 30
@@ sec code en
client = OpenAI(api_key="«openai»")
resp = client.chat.completions.create(model="gpt-4o", messages=msgs)
@@ sec code en
const anthropic = new Anthropic({ apiKey: "«anthropic»" });
@@ sec code en
import stripe
stripe.api_key = "«stripe»"
charge = stripe.Charge.create(amount=2000, currency="gbp")
@@ sec code en
s3 = boto3.client("s3", aws_access_key_id="«aws_ak»", aws_secret_access_key="«aws_sk»")
@@ sec code en
// TODO remove before merge
const GH_TOKEN = '«ghpat»';
@@ sec code en
conn = psycopg2.connect(host="10.0.3.4", user="report", password="«pw»", dbname="sales")
@@ sec code en
headers = {"X-Api-Key": "«apikey»", "Accept": "application/json"}
@@ sec shell en
  501  cd ~/deploy
  502  export AWS_ACCESS_KEY_ID=«aws_ak»
  503  export AWS_SECRET_ACCESS_KEY=«aws_sk»
  504  ./deploy.sh prod
  505  history -c
@@ sec shell en
$ mysql -u root -p'«pw»' -h 127.0.0.1 shop
@@ sec shell en
git clone https://deploy-bot:«ghp»@github.com/acme/infra.git
@@ sec shell en
curl -H "Authorization: Bearer «openai»" https://api.openai.com/v1/models
@@ sec ci en
Run actions/checkout@v4
Setting up auth
::debug::token=«ghp»
Fetching the repository
Error: Process completed with exit code 1.
@@ sec ci en
[build 1142] Step 4/9 : ENV SLACK_TOKEN=«slack»
[build 1142] ---> Running in «d.sha»
@@ sec ci en
+ docker login -u deploy -p «pw» registry.internal
WARNING! Using --password via the CLI is insecure.
Login Succeeded
@@ sec http en
GET /v1/account HTTP/1.1
Host: api.payments.example
Authorization: Bearer «stripe»
User-Agent: curl/8.4.0
@@ sec http en
POST /api/session HTTP/1.1
Authorization: Bearer «jwt»
Content-Type: application/json

{"refresh": true}
@@ sec http en
> GET /user HTTP/2
> authorization: token «ghp»
< HTTP/2 200
@@ sec http en
Cookie: session=«jwt»; theme=dark
@@ sec chat en
«p1.g»: what's the staging db password again
«p2.g»: «pw»
«p1.g»: ta
@@ sec chat en
here's the key for the demo, don't share it outside the team: «openai»
@@ sec chat en
can you rotate this asap, I pasted it in the public channel by mistake 🙈 «slack»
@@ sec chat en
wifi: Guest-5G / «pw»
@@ sec chat en
Hey «p1.g», the Anthropic key for the hackathon is «anthropic» - expires Sunday.
@@ sec note en
Router admin login: admin / «pw»
Printer PIN is on the sticker.
Alarm code: ask «p1.g».
Bins go out Tuesday.
@@ sec note en
passphrase for the backup drive: «pw»
@@ sec email en
Hi «p1.g»,
Your temporary password is «pw». Please change it when you first log in.
IT Service Desk
@@ sec pem en
«pem»
@@ sec pem en
$ cat ~/.ssh/id_deploy
«pem»
@@ sec pem en
# fixtures/tls.py
CERT_PATH = "/etc/ssl/app.crt"
KEY_PEM = '''«pem»
'''
@@ sec jwt en
token: «jwt»
expires_in: 3600
@@ sec jwt en
Set localStorage.access_token = "«jwt»" and reload the page to reproduce.
@@ sec netrc en
machine api.heroku.com
  login «email»
  password «apikey»
@@ sec docker en
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: «pw»
  api:
    environment:
      OPENAI_API_KEY: «openai»
@@ sec spring en
spring.datasource.url=jdbc:mysql://db:3306/crm
spring.datasource.username=crm
spring.datasource.password=«pw»
@@ sec notebook en
In [3]: openai.api_key = "«openai»"
In [4]: df = pd.read_csv("sales.csv")
@@ sec terraform en
provider "aws" {
  region     = "us-east-1"
  access_key = "«aws_ak»"
  secret_key = "«aws_sk»"
}
@@ sec prompt en
You are a helpful assistant. Use this API key when calling the weather tool: «apikey»
@@ sec sms en
Your login code is 482913. Your new password is «pw». Do not share it.
@@ sec stripe en
Webhook configured with «stripe»; rotate before go-live.
@@ sec github en
Please don't paste tokens in issues! @«p1.l» your «ghpat» is now revoked.
"""
FRAMES += r"""
@@ pub history en
«?In|By» «?1815|the summer of 1815», «!public_figure:Napoleon Bonaparte» had lost at Waterloo to «!public_figure:the Duke of Wellington».
@@ pub history en
«!public_figure:Ada Lovelace» wrote notes on «!public_figure:Charles Babbage»'s Analytical Engine «?that many call the first program|in 1843».
@@ pub history en
The «?museum|gallery|library» has a new room on «!public_figure:Frida Kahlo» and «!public_figure:Diego Rivera», open «?daily|weekends only».
@@ pub history en
«!public_figure:Winston Churchill»'s speeches «?are on the syllabus|will be read aloud at the event|feature in the exhibition» this «?term|month».
@@ pub news en
«!public_figure:Taylor Swift» adds «?two|three|four» more dates to the tour; tickets go on sale «?Friday|next week|at noon».
@@ pub news en
«!brand:Boeing» and «!brand:Airbus» both reported «?higher|lower» deliveries in the «?first|second|third» quarter.
@@ pub news en
«!public_figure:Barack Obama» «?opened|visited|spoke at» the new library «?on Monday|yesterday|this week».
@@ pub news en
The «!brand:Disney» and «!brand:Warner Bros.» merger talks «?stalled|resumed» «?again|on Thursday».
@@ pub news en
Weather: rain over «!place:Sydney» and «!place:Adelaide», «?sunny|cloudy|windy» in «!place:Darwin».
@@ pub trivia en
Pub quiz: name the «?scientist|physicist» who gave us the theory of relativity. Answer: «!public_figure:Albert Einstein».
@@ pub trivia en
Which queen ruled for 63 years in the 19th century? «!public_figure:Queen Victoria». «?Next question!|Easy.|Bonus point if you knew the year.»
@@ pub trivia en
«!fictional:Sherlock Holmes» never actually said "«?Elementary, my dear Watson|Elementary»" in the original stories.
@@ pub fiction en
«?Tonight|This weekend|Tomorrow» on telly: «!fictional:Doctor Who» and then «!fictional:Miss Marple».
@@ pub fiction en
«!fictional:Frodo Baggins», «!fictional:Samwise Gamgee» and «!fictional:Gandalf» - the «?best|worst|longest» film night we've had.
@@ pub fiction en
Our «?cat|dog|goldfish» is called «!fictional:Gandalf» after the wizard. «?Obviously.|No regrets.»
@@ pub name_words en
«?Please|Kindly» «!name_word:Mark» the date: the «!name_word:Summer» fair is back.
@@ pub name_words en
«!name_word:Will» you «?pay|settle» the «!name_word:Bill» or shall I?
@@ pub name_words en
«!name_word:Grant» applications close in «!name_word:May». «?Good luck!|Don't leave it late.»
@@ pub name_words en
The «!name_word:Rose» garden and the «!name_word:Hope» Street bakery are both «?open|shut» on Sunday.
@@ pub name_words en
«!name_word:Faith», «!name_word:Hope» and charity - «?the theme of|the title of» the «?sermon|talk» on Sunday.
@@ pub name_words en
«!name_word:Young» people's «?forum|panel» meets in the «!name_word:White» room «?at six|after school».
@@ pub name_words en
Can we «!name_word:Sue» them? Probably not, «?but|though» it's worth asking a «!job_title:Solicitor».
@@ pub name_words en
Dear «!placeholder:Customer», your order «d.order» has shipped. «?Thanks for shopping with us.|We hope you enjoy it.»
@@ pub jobs en
«?Hiring|We're hiring|Now recruiting»: «!job_title:Night Shift Supervisor» and «!job_title:Warehouse Operative», «?immediate start|start in two weeks».
@@ pub jobs en
Please copy the «!job_title:Registered Manager» and the «!job_title:Clinical Lead» on all «?safeguarding|incident» emails.
@@ pub team en
«!title_case:Platform Team» owns «!title_case:Order Service»; «!title_case:Growth Squad» owns «!title_case:Referral Engine».
@@ pub team en
«?Congrats|Well done|Kudos» to «!title_case:Team Phoenix» for shipping «!title_case:Dark Mode» «d.ver».
@@ pub placeholder en
Usage: login --user «!placeholder:USERNAME» --password «!placeholder:PASSWORD» --host «d.docip»
@@ pub placeholder en
Fill in: First Name «!placeholder:[first name]», Last Name «!placeholder:[last name]», DOB «!placeholder:DD/MM/YYYY».
@@ pub placeholder en
Contact support at «d.exmail» or call «d.555» (demo line).
@@ pub placeholder en
AWS_ACCESS_KEY_ID=«!placeholder:AKIAIOSFODNN7EXAMPLE»
AWS_SECRET_ACCESS_KEY=«!placeholder:<secret>»
# replace with your own values
@@ pub placeholder en
Test card for the sandbox: «!placeholder:4242 4242 4242 4242», any future expiry, CVC «?123|000».
@@ pub ids en
«d.ts» deploy «d.ver» to eu-west-1 ok, commit «d.sha», «n» pods healthy
@@ pub ids en
Booking ref «d.order» · Gate «?B|C|D»«n» · Boarding «time»
@@ pub ids en
Parcel «d.track» is «?in transit|at the depot|delayed by weather».
@@ pub ids en
Checksum mismatch: expected «d.hash», got «d.hash».
@@ pub streets en
The market on «!street_landmark:Portobello Road» «?opens|closes» at «time» «?on Saturdays|today».
@@ pub streets en
Parking suspended on «!street_landmark:Queen Street» and «!street_landmark:King Street» for the «?marathon|carnival|roadworks».
@@ pub streets en
Take the «?tram|bus» down «!street_landmark:Princes Street» and get off at the castle.
@@ pub places en
Twinning visit: delegates from «!place:Hamilton» and «!place:Florence» «?arrive Monday|will tour the mill».
@@ pub places en
«?Road trip|Itinerary»: «!place:Austin», «!place:Savannah», «!place:Charlotte», then home.
@@ pub brands en
«!brand:Marks & Spencer», «!brand:Sainsbury's» and «!brand:John Lewis» all «?reported|announced» strong Christmas sales.
@@ pub brands en
We need a «!brand:Hoover» for the hall and «!brand:Sellotape» for the banners.
@@ pub science en
The «!eponym:Fibonacci sequence» shows up in «?pine cones|sunflowers|shells», and the «!eponym:Pythagorean theorem» in every «?roof|ramp».
@@ pub science en
«?Revision|Homework»: «!eponym:Boyle's law», «!eponym:Hooke's law» and «!eponym:Avogadro's number».
@@ pub health en
Signs of «!eponym:Lyme disease»: a bullseye rash, fever and tiredness. See also «!eponym:Down syndrome» «?resources|support» on the same page.
@@ pub misc en
«!eponym:Earl Grey» or «!eponym:Bloody Mary»? «?Depends on the hour.|Both, obviously.»
@@ pub misc en
Patch «d.ver» fixes the crash in «!title_case:Account Settings» «?on Android|on iOS|on the web».
@@ pub misc en
«?Opening hours|Hours»: Mon-Sat «time»-17:00. «!title_case:Customer Services» closed Sundays.
"""
