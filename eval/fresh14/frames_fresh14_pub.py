# fresh14 public look-alike frames (English). No gold spans; look-alikes are marked as decoys. Written by hand.

# famous people in public contexts
F("pub-fig-001", "news", "us", "«D:public_figure:Taylor Swift|Beyoncé|Bruce Springsteen|Dolly Parton» announced «A:a second|a third|an extra» show at «D:place:Madison Square Garden|Wembley Stadium|the Rose Bowl» after tickets sold out in «N:4-59» minutes.", 3)
F("pub-fig-002", "history", "uk", "«D:public_figure:Winston Churchill|Clement Attlee|Margaret Thatcher|Harold Wilson» served as Prime Minister from «A:1940|1945|1964|1979». «A:His|The» government's «A:first|last» budget is still studied in schools.", 3)
F("pub-fig-003", "book_review", "us", "In her new biography of «D:public_figure:Marie Curie|Ada Lovelace|Rosalind Franklin|Grace Hopper», the author draws on letters never before published. «A:Highly recommended.|Three stars.|A slow start, but worth it.»", 3)
F("pub-fig-004", "sports_news", "uk", "«D:public_figure:Lionel Messi|Cristiano Ronaldo|Kylian Mbappé|Erling Haaland» scored twice as «D:brand:Inter Miami|Al Nassr|Real Madrid|Manchester City» came from behind «A:to win 3–2|to draw 2–2|to win 2–1».", 3)
F("pub-fig-005", "quote_post", "us", "“The best way to predict the future is to invent it.” — «D:public_figure:Alan Kay|Peter Drucker|Abraham Lincoln» (attribution disputed) #«A:mondaymotivation|quotes|leadership»", 3)
F("pub-fig-006", "podcast_listing", "us", "Episode «N:12-340»: What «D:public_figure:Steve Jobs|Warren Buffett|Oprah Winfrey|Elon Musk» got wrong about «A:hiring|focus|risk|failure». Runtime «N:31-88» min.", 3)
F("pub-fig-007", "trivia", "au", "Trivia night Q«N:1-30»: Which «A:cricketer|swimmer|tennis player» is nicknamed «D:public_figure:“The Don”|“Thorpedo”|“Rocket”»? Answer: «D:public_figure:Don Bradman|Ian Thorpe|Rod Laver»", 3)
F("pub-fig-008", "wiki_snippet", "us", "«D:public_figure:Martin Luther King Jr.|Rosa Parks|Frederick Douglass|Harriet Tubman» is honoured every year in «A:January|February|December» with marches in «D:place:Atlanta|Montgomery|Washington, D.C.».", 3)

# fictional characters
F("pub-fic-001", "book_club", "uk", "This month's book club: we argued for an hour about whether «D:fictional:Elizabeth Bennet|Jane Eyre|Emma Woodhouse|Dorothea Brooke» was «A:right|wrong|too hasty» to turn down «D:fictional:Mr Darcy|Mr Rochester|Mr Knightley|Mr Casaubon».", 3)
F("pub-fic-002", "fan_forum", "us", "hot take: «D:fictional:Walter White|Tony Soprano|Don Draper|Jesse Pinkman» is «A:not|totally|kind of» the villain of the show. «D:fictional:Skyler|Carmela|Peggy|Saul» is.", 3)
F("pub-fic-003", "game_chat", "us", "[Party] «D:fictional:Geralt|Aloy|Master Chief|Link» build is op after the «DG:ver» patch, «A:ngl|tbh|fr»", 3)
F("pub-fic-004", "review", "uk", "As «D:fictional:Sherlock Holmes|Hercule Poirot|Miss Marple|Inspector Morse», the lead is «A:superb|miscast|wonderfully odd», and «D:fictional:Dr Watson|Captain Hastings|Sergeant Lewis» gets the best lines.", 3)
F("pub-fic-005", "kids_post", "us", "Costume ideas for the school parade: «D:fictional:Harry Potter|Hermione Granger|Peter Pan|Matilda Wormwood», «D:fictional:Paddington|Winnie the Pooh|Peppa Pig», or a «A:dinosaur|pirate|robot».", 3)

# eponymous brands, places, institutions
F("pub-epo-001", "car_ad", "us", "2019 «D:brand:Ford|Chevrolet|Dodge|Lincoln» «D:product:Escape|Malibu|Charger|Navigator», «N:30-120»k miles, one owner, clean title. Dealer: «D:brand:Wells Fargo Auto|Carvana» financing available.", 3)
F("pub-epo-002", "news", "us", "Researchers at «D:eponym:Johns Hopkins|Stanford|Vanderbilt|Carnegie Mellon» University published «A:a study|new data|a review» on «A:sleep|air pollution|screen time» this week.", 3)
F("pub-epo-003", "travel", "us", "Flights from «D:place:San Jose|San Diego|St. Louis|Fort Worth» to «D:place:Houston|Jackson|Lincoln|Madison» start at $«N:89-299» this «A:spring|fall|winter».", 3)
F("pub-epo-004", "business_news", "uk", "«D:brand:Marks & Spencer|Sainsbury's|John Lewis|Morrisons» reported «A:higher|flat|lower» sales in the quarter; shares in «D:brand:Tesco|Barclays|Lloyds» «A:rose|fell» «N:1-4}%.".replace("«N:1-4}", "«N:1-4»"), 3)
F("pub-epo-005", "hospital_info", "us", "Visitor parking for «D:eponym:Mount Sinai|Cedars-Sinai|Mayo Clinic|Cleveland Clinic» is in Garage «A:A|B|C», level «N:1-6». Shuttle every 15 minutes.", 3)
F("pub-epo-006", "shopping", "us", "Just got the «D:brand:Dyson|Philips|Tommy Hilfiger|Ralph Lauren» «A:V15|Sonicare|polo|jacket» on sale at «D:brand:Macy's|Nordstrom|Kohl's» — «N:20-60}% off.".replace("«N:20-60}", "«N:20-60»"), 3)
F("pub-epo-007", "recipe", "uk", "Classic «D:eponym:Beef Wellington|Eggs Benedict|Peach Melba|Caesar salad» — serves «N:2-8». Ingredients: see below. Tip from «D:public_figure:Delia Smith|Mary Berry|Gordon Ramsay»: rest it before slicing.", 3)
F("pub-epo-008", "science", "us", "The «D:eponym:Doppler effect|Higgs boson|Fibonacci sequence|Pythagorean theorem|Turing test» comes up in question «N:1-20»; revise «D:eponym:Newton's laws|Ohm's law|Boyle's law» too.", 3)

# streets and buildings named after people
F("pub-street-001", "transit_notice", "us", "Service change: the «A:M15|B44|Route 9» bus will skip stops on «D:street_landmark:Martin Luther King Jr Blvd|Lincoln Ave|Washington St|Jefferson Ave» between «N:10-50}th and «N:60-120}th St this weekend.".replace("«N:10-50}", "«N:10-50»").replace("«N:60-120}", "«N:60-120»"), 3)
F("pub-street-002", "event", "uk", "The «A:Christmas|summer|food» market returns to «D:street_landmark:Victoria Square|Nelson's Column|Queen Street|Albert Square» from «A:Friday|Saturday|1 December». Free entry.", 3)
F("pub-street-003", "directions", "us", "Head north on «D:street_landmark:Franklin St|Madison Ave|Hamilton Rd|Grant Ave» and turn left at the «D:street_landmark:Roosevelt Building|Carnegie Library|Lincoln Memorial Park». Parking is behind «D:brand:Walgreens|Wendy's|McDonald's».", 3)
F("pub-street-004", "estate_listing", "au", "Walk to «D:street_landmark:King George Square|Elizabeth Street|Victoria Park» and «D:brand:Woolworths|Coles|David Jones». Land «N:300-900} sqm.".replace("«N:300-900}", "«N:300-900»"), 3)
F("pub-street-005", "school_notice", "ie", "«D:street_landmark:St. Patrick's|St. Brigid's|Scoil Mhuire|Colaiste Eoin» NS will close early on «A:Friday|Wednesday» for staff training. Pick-up at «D:street_landmark:O'Connell Street|Pearse Street|Parnell Square» gate.", 3)

# title-case headings, job titles, word names in non-person use
F("pub-title-001", "job_ad", "us", "«D:job_title:Senior Software Engineer|Regional Sales Manager|Head of Customer Success|Clinical Nurse Specialist»\nLocation: «A:Remote|Hybrid|On-site» · Full Time\nReports to: «D:job_title:VP Engineering|Chief Operating Officer|Director of Nursing»\nApply via the careers page.", 3)
F("pub-title-002", "doc_heading", "uk", "Section «N:2-9».«N:1-9» «D:title_case:Risk Management Framework|Data Retention Policy|Business Continuity Plan|Incident Response Procedure»\nOwner: «D:job_title:Information Security Officer|Data Protection Officer|Facilities Manager»", 3)
F("pub-title-003", "agenda", "us", "Agenda\n1. «D:title_case:Welcome And Introductions|Opening Remarks»\n2. «D:title_case:Quarterly Budget Review|Strategic Planning Update»\n3. «D:title_case:Any Other Business|Open Floor»", 3)
F("pub-title-004", "gardening", "uk", "Planted «D:name_word:Rose|Iris|Lily|Violet|Daisy» bulbs along the fence; the «D:name_word:Holly|Ivy|Hazel|Heather» is coming back after the frost. «A:Fingers crossed.|Looking good.|More photos soon.»", 3)
F("pub-title-005", "weather", "us", "Forecast: «D:name_word:Hope|Grace|Faith|Joy» Church picnic moved indoors — «N:60-90}% chance of rain, highs near «N:50-80}°F.".replace("«N:60-90}", "«N:60-90»").replace("«N:50-80}", "«N:50-80»"), 3)
F("pub-title-006", "news", "us", "«D:name_word:Will|Mark|Grant|Bill» you be affected? The new «D:name_word:Bill|Grant|Mark» «A:passed|stalled|was amended» in committee on «A:Tuesday|Thursday»; housing «D:name_word:grants|bishops|youngsters» «A:rise|fall» next year.", 3)
F("pub-title-007", "chess", "uk", "White's «D:name_word:Bishop|King|Knight» to e5 was the turning point; Black resigned on move «N:28-61».", 3)
F("pub-title-008", "product_page", "us", "The «D:product:Aeron|Embody|Leap|Steelcase Gesture» chair by «D:brand:Herman Miller|Steelcase» — free shipping. Model «D:order_id:AER-2B|EMB-C7|LP-V2».", 3)

# identifiers: orders, tickets, tracking, versions, hashes, uuids, timestamps
F("pub-ident-001", "shipping_notice", "us", "Your order «DG:order» has shipped! Tracking number: «DG:tracking». Estimated delivery: «A:Thursday|Friday|Monday».", 3)
F("pub-ident-002", "ticket_update", "uk", "Ticket «DG:ticket» updated: status changed from «A:Open|New» to «A:Resolved|Pending|In Progress». Linked change «DG:ticket».", 3)
F("pub-ident-003", "release_notes", "us", "Release «DG:ver» («DG:hash»)\n- Fixed memory leak in exporter\n- Bumped dependency to «DG:ver»\nBuilt «DG:ts»", 3)
F("pub-ident-004", "log_lines", "us", "«DG:ts» INFO request_id=«DG:uuid» method=GET path=/healthz status=200 latency_ms=«N:1-40»\n«DG:ts» INFO request_id=«DG:uuid» method=GET path=/metrics status=200", 3)
F("pub-ident-005", "ci_log", "us", "Step 4/9 : RUN pip install -r requirements.txt\n ---> Using cache\n ---> «DG:hash»\nSuccessfully built «DG:hash»\nSuccessfully tagged app:«DG:ver»", 3)
F("pub-ident-006", "invoice", "uk", "Invoice «DG:order»\nDate: «DG:ts»\nItems: «N:1-9» × «D:product:A4 paper ream|toner cartridge|desk lamp»\nTotal: £«N:12-480}.00 (VAT incl.)".replace("«N:12-480}", "«N:12-480»"), 3)
F("pub-ident-007", "git_log", "us", "«DG:hash» bump version to «DG:ver»\n«DG:hash» update lockfile\n«DG:hash» ci: cache node_modules", 3)
F("pub-ident-008", "support_bot", "us", "Thanks for contacting «D:brand:Comcast|Verizon|AT&T|T-Mobile». Your case number is «DG:ticket». A specialist will reply within «N:24-72» hours. Please do not reply to «DG:exemail».", 3)

# documentation IPs, example e-mails, placeholder phones
F("pub-doc-001", "docs", "us", "To test, point your resolver at «DG:docip» and run `dig @«DG:docip» example.com`. Responses should come from «DG:docip».", 3)
F("pub-doc-002", "docs", "us", "Set `SMTP_FROM=«DG:exemail»` and `SMTP_REPLY_TO=«DG:exemail»`. Use a real address in production.", 3)
F("pub-doc-003", "firewall_rule", "uk", "allow tcp from «DG:docip» to any port 443\ndeny ip from «DG:docip» to any\n# RFC 5737 addresses, examples only", 3)
F("pub-doc-004", "tv_script", "us", "[Ad read] Call «D:placeholder_phone:555-0100|(555) 555-0199|1-800-555-0123» now! Operators are standing by.", 3)
F("pub-doc-005", "form_template", "uk", "Name: «D:placeholder:Jane Doe|John Smith|Joe Bloggs|A. N. Other»\nEmail: «DG:exemail»\nDate of birth: «D:placeholder:DD/MM/YYYY|dd.mm.yyyy|01/01/1970»", 3)

# placeholder keys and env-var code
F("pub-key-001", "docs", "us", "export AWS_ACCESS_KEY_ID=«D:placeholder:AKIAIOSFODNN7EXAMPLE»\nexport AWS_SECRET_ACCESS_KEY=«D:placeholder:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»\n# replace with your own credentials", 3)
F("pub-key-002", "readme", "us", "```\nOPENAI_API_KEY=«D:placeholder:sk-xxxxxxxxxxxxxxxxxxxxxxxx|sk-...|<your-key>|sk-proj-XXXX»\n```\nNever commit your real key.", 3)
F("pub-key-003", "code", "us", "import os\n\napi_key = os.environ[\"«D:env_ref:OPENAI_API_KEY|STRIPE_SECRET_KEY|GITHUB_TOKEN|API_KEY»\"]\nclient = Client(api_key=api_key, timeout=«N:5-60»)", 3)
F("pub-key-004", "code", "us", "const token = process.env.«D:env_ref:SLACK_BOT_TOKEN|TOKEN|ANTHROPIC_API_KEY|DB_PASSWORD»;\nif (!token) throw new Error(\"missing «A:token|credentials|config»\");", 3)
F("pub-key-005", "config", "us", "database:\n  host: db.internal\n  user: app\n  password: ${«D:env_ref:DB_PASSWORD|POSTGRES_PASSWORD|MYSQL_PWD»}\n  pool: «N:5-50»", 3)
F("pub-key-006", "chat", "us", "reminder: the staging password is in the vault under «D:placeholder:infra/staging/db|team/shared/ci|ops/keys», don't paste it here 🙏", 3)
F("pub-key-007", "docs", "us", "Authorization: Bearer «D:placeholder:<token>|YOUR_ACCESS_TOKEN|$TOKEN|{{api_key}}»\nContent-Type: application/json", 3)
F("pub-key-008", "ci_config", "us", "env:\n  STRIPE_KEY: ${{ secrets.«D:env_ref:STRIPE_KEY|STRIPE_SECRET|PAYMENTS_KEY» }}\n  NODE_ENV: production", 3)
F("pub-key-009", "docs", "uk", "Example token: «D:placeholder:ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX|xoxb-your-token|sk_test_XXXXXXXXXXXXXXXX|sk-ant-...» (redacted). Generate yours under Settings → Developer.", 3)
F("pub-key-010", "docs", "us", "password = \"«D:placeholder:changeme|REPLACE_ME|********|<password>|hunter2»\"  # placeholder, set via env in prod", 3)
