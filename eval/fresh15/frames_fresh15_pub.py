# -*- coding: utf-8 -*-
"""fresh15 English public look-alike frames. Every frame carries at least one decoy."""
FRAMES = [
("pub-hist-001", "history_note", "en-us", """On this day in ⟦~1858|1863|1860⟧, ⟦#public_figure|Abraham Lincoln|Frederick Douglass|Harriet Tubman⟧ spoke in ⟦#place|Springfield|Rochester|Gettysburg⟧. The text is reproduced in our archive (item ⟦#ticket:ARCH⟧)."""),
("pub-hist-002", "history_lesson", "en-uk", """Year 9 homework: compare the reigns of ⟦#public_figure|Henry VIII|Elizabeth I|Queen Victoria⟧ and ⟦#public_figure|Oliver Cromwell|Charles I|William of Orange⟧. Use at least two sources from the library. Due ⟦~Friday|Monday|next Wednesday⟧."""),
("pub-hist-003", "history_note", "en-in", """⟦#public_figure|Mahatma Gandhi|B. R. Ambedkar|Sardar Vallabhbhai Patel⟧ is remembered today at a ceremony at ⟦#street_landmark|Rajghat|Connaught Place|Azad Maidan⟧. Schools close at ⟦~noon|1 pm⟧."""),
("pub-sport-001", "sport_result", "en-uk", """FT: Arsenal 2–1 Spurs. ⟦#public_figure|Bukayo Saka|Martin Ødegaard|Declan Rice⟧ scored in the ⟦N:60-89⟧th minute after ⟦#public_figure|Son Heung-min|James Maddison⟧ had equalised."""),
("pub-sport-002", "sport_result", "en-au", """Wimbledon flashback: ⟦#public_figure|Ash Barty|Rod Laver|Pat Cash⟧ beat ⟦#public_figure|Karolína Plíšková|Ken Rosewall|Ivan Lendl⟧ in the final. Highlights at ⟦~7:30|8:00|9:15⟧ on Channel 9."""),
("pub-sport-003", "sport_result", "en-nz", """All Blacks squad news: ⟦#public_figure|Richie McCaw|Dan Carter|Beauden Barrett⟧ will be inducted into the Hall of Fame. Tickets from ⟦#brand|Ticketek|Eventfinda⟧, ref ⟦#order⟧."""),
("pub-sport-004", "sport_result", "en-in", """IND vs AUS: ⟦#public_figure|Virat Kohli|Rohit Sharma|Jasprit Bumrah⟧ named player of the match at the ⟦#street_landmark|Narendra Modi Stadium|Wankhede Stadium|Eden Gardens⟧."""),
("pub-pol-001", "politics_news", "en-us", """Senate passes the ⟦#eponym|Dodd–Frank|Sarbanes–Oxley|Taft–Hartley⟧ amendments ⟦N:52-71⟧–⟦N:20-47⟧; ⟦#public_figure|Chuck Schumer|Mitch McConnell⟧ called it "overdue"."""),
("pub-pol-002", "politics_news", "en-uk", """PMQs: ⟦#public_figure|Keir Starmer|Rishi Sunak|Ed Davey⟧ clashed with ⟦#public_figure|Kemi Badenoch|Nigel Farage⟧ over NHS waiting lists. Hansard ref ⟦#ticket:HC⟧."""),
("pub-pol-003", "politics_news", "en-za", """⟦#public_figure|Nelson Mandela|Desmond Tutu|Cyril Ramaphosa⟧ Day: volunteers will repaint classrooms in ⟦#place|Soweto|Khayelitsha|Mamelodi⟧ for 67 minutes."""),
("pub-sci-001", "science_explainer", "en-us", """Why does ⟦#eponym|Newton's third law|Ohm's law|Hooke's law|Boyle's law⟧ still matter? Our explainer ⟦~walks through|unpacks|revisits⟧ the maths, with a nod to ⟦#public_figure|Marie Curie|Albert Einstein|Richard Feynman⟧."""),
("pub-sci-002", "medical_info", "en-uk", """⟦#eponym|Parkinson's disease|Alzheimer's disease|Crohn's disease|Hodgkin lymphoma|Down syndrome⟧: symptoms, causes and treatment. Reviewed ⟦~March|May|July⟧ 2025 by the editorial team."""),
("pub-sci-003", "unit_note", "en-ca", """Torque is measured in ⟦#eponym|newton-metres|joules|pascals|watts⟧; a ⟦~5|10|20⟧ ⟦#eponym|kelvin|ampere|hertz⟧ change is negligible here. See spec ⟦#ver⟧."""),
("pub-music-001", "music_review", "en-uk", """Review: ⟦#public_figure|Taylor Swift|Adele|Ed Sheeran|Stormzy⟧ at Wembley – ⟦~four|five|three⟧ stars. The encore of "⟦#title_case|Love Story|Someone Like You|Shape of You⟧" brought the house down."""),
("pub-music-002", "music_review", "en-us", """⟦#public_figure|Bruce Springsteen|Dolly Parton|Kendrick Lamar⟧'s new record is ⟦~a return to form|uneven but brave|a triumph⟧. Stream it on ⟦#brand|Spotify|Tidal|Apple Music⟧."""),
("pub-music-003", "concert_listing", "en-ie", """Tonight at Vicar Street: a tribute to ⟦#public_figure|Phil Lynott|Sinéad O'Connor|Luke Kelly|Rory Gallagher⟧. Doors ⟦~19:00|19:30|20:00⟧. Box office ⟦#ph555⟧ (demo number)."""),
("pub-fict-001", "book_club", "en-uk", """Book club, ⟦~March|April|May⟧: we're reading about ⟦#fictional|Elizabeth Bennet|Jane Eyre|Miss Marple|Hercule Poirot⟧. Discuss: is ⟦#fictional|Mr Darcy|Mr Rochester|Captain Hastings⟧ a hero?"""),
("pub-fict-002", "tv_recap", "en-us", """Recap S0⟦N:2-6⟧E0⟦N:1-9⟧: ⟦#fictional|Walter White|Tony Soprano|Don Draper|Leslie Knope⟧ finally confronts ⟦#fictional|Jesse Pinkman|Carmela|Peggy Olson|Ron Swanson⟧. Spoilers below!"""),
("pub-fict-003", "game_guide", "en-au", """Guide: how to beat ⟦#fictional|Bowser|Ganondorf|Sephiroth|Dr. Eggman⟧ on hard mode. Patch ⟦#ver⟧ nerfed the second phase."""),
("pub-fict-004", "kids_show_note", "en-uk", """Next week on CBeebies: ⟦#fictional|Peppa Pig|Bluey|Fireman Sam|Postman Pat⟧ goes camping with ⟦#fictional|George|Bingo|Norman Price|Jess the cat⟧."""),
("pub-brand-001", "shopping_list", "en-us", """costco run: ⟦#brand|Kirkland|Ben & Jerry's|Tyson⟧ stuff, ⟦#brand|Dr Pepper|Jack Daniel's|Johnnie Walker⟧ for the party, ⟦#brand|Ford|Dodge|Chevrolet⟧ oil change after"""),
("pub-brand-002", "retail_notice", "en-uk", """⟦#brand|Marks & Spencer|Sainsbury's|John Lewis|Boots⟧ on ⟦#street_landmark|Briggate|Princes Street|Oxford Street⟧ will close early on ⟦~Sunday|Boxing Day|Easter Monday⟧."""),
("pub-brand-003", "car_review", "en-au", """Road test: the ⟦#brand|Holden|Ford|Mercedes-Benz|Porsche|Ferrari⟧ ⟦#product|Commodore|Ranger|G-Class|Cayenne|Roma⟧ ⟦~V8|hybrid|diesel⟧. Verdict: ⟦N:6-9⟧/10."""),
("pub-brand-004", "finance_news", "en-us", """⟦#brand|Wells Fargo|Goldman Sachs|Morgan Stanley|JPMorgan Chase|Charles Schwab⟧ shares rose ⟦N:1-9⟧% after earnings; ⟦#brand|Merrill Lynch|Lehman Brothers⟧ analysts disagreed."""),
("pub-brand-005", "ecommerce_order", "en-in", """Your order ⟦#order⟧ from ⟦#brand|Tata Cliq|Reliance Digital|Bajaj Electricals⟧ has shipped. Track: ⟦#track⟧. Need help? ⟦#placeholder_email|support@example.com|help@example.org⟧"""),
("pub-inst-001", "hospital_directions", "en-us", """Directions to ⟦#eponym|Johns Hopkins Hospital|Mayo Clinic|Cedars-Sinai|Mount Sinai⟧: park in garage ⟦A:1⟧, take the ⟦#eponym|Lincoln|Jefferson|Washington⟧ elevators to level ⟦N:2-9⟧."""),
("pub-inst-002", "university_notice", "en-uk", """The ⟦#eponym|Bodleian Library|Radcliffe Camera|Ashmolean Museum|Sainsbury Centre⟧ will be closed for maintenance. Readers may use the ⟦#eponym|Taylor Institution|Sackler Library|Wolfson College⟧ instead."""),
("pub-inst-003", "award_notice", "en-ca", """Applications for the ⟦#eponym|Rhodes Scholarship|Fulbright Program|Banting Fellowship|Vanier Scholarship⟧ close on ⟦date⟧. Info session in ⟦#eponym|Hart House|Rogers Centre|Massey Hall⟧."""),
("pub-place-001", "travel_tip", "en-us", """Flying into ⟦#street_landmark|JFK|O'Hare|Reagan National|George Bush Intercontinental⟧? The train to ⟦#street_landmark|Penn Station|Union Station|Grand Central⟧ is quicker than a cab at rush hour."""),
("pub-place-002", "bus_diversion", "en-uk", """Route ⟦N:10-99⟧ diverted: buses will not serve ⟦#street_landmark|Nelson Street|Gladstone Road|Wellington Street|Churchill Way|Victoria Road⟧ while ⟦#street_landmark|King Edward Bridge|Prince Albert Bridge⟧ is resurfaced."""),
("pub-place-003", "walking_tour", "en-ie", """Walking tour starts at the ⟦#street_landmark|O'Connell Bridge|Parnell Square|Daniel O'Connell statue|Wolfe Tone Quay⟧ and ends at ⟦#street_landmark|St Stephen's Green|Grafton Street|Heuston Station⟧. Duration ~⟦N:60-120⟧ min."""),
("pub-place-004", "travel_tip", "en-au", """From ⟦#street_landmark|Kingsford Smith Airport|Flinders Street Station|Macquarie Street|Bourke Street⟧, walk past ⟦#street_landmark|Hyde Park Barracks|Federation Square|Queen Victoria Building⟧ to the harbour."""),
("pub-place-005", "directions", "en-in", """Meeting point: ⟦#street_landmark|Indira Gandhi International Airport|Chhatrapati Shivaji Terminus|Netaji Subhas Road|Jawaharlal Nehru Stadium⟧ gate 2, then auto to ⟦#street_landmark|MG Road|Rajiv Chowk|Nehru Place⟧."""),
("pub-place-006", "directions", "en-za", """Take the N1 past ⟦#street_landmark|OR Tambo International|Nelson Mandela Square|Steve Biko Road|Jan Smuts Avenue⟧ and exit at ⟦#street_landmark|Sandton|Rosebank|Hatfield⟧."""),
("pub-place-007", "directions", "en-ph", """Pa-Cubao po: from ⟦#street_landmark|Ninoy Aquino International Airport|Rizal Park|Taft Avenue|Bonifacio Global City⟧ take the MRT to ⟦#street_landmark|Araneta Center|Quezon Avenue|Ortigas⟧."""),
("pub-place-008", "directions", "en-sg", """Alight at ⟦#street_landmark|Raffles Place|Lee Kuan Yew School|Stamford Road|Tan Tock Seng Hospital⟧ MRT exit ⟦A:1⟧, walk to ⟦#street_landmark|Raffles Hotel|Jubilee Hall|Victoria Theatre⟧."""),
("pub-head-001", "title_case_agenda", "en-uk", """AGENDA
1. Welcome And Apologies
2. ⟦#title_case|Minutes Of The Last Meeting|Matters Arising|Chair's Report⟧
3. ⟦#title_case|Budget Review|Grant Update|Strategy Away Day⟧
4. Any Other Business"""),
("pub-head-002", "job_titles", "en-us", """Open roles: ⟦#job_title|Senior Software Engineer|Nurse Practitioner|Head of People|Grant Writer⟧, ⟦#job_title|Warehouse Associate|Account Executive|Data Analyst⟧. Apply via ⟦#placeholder_email|careers@example.com|jobs@example.org⟧."""),
("pub-word-001", "garden_post", "en-uk", """Planted ⟦#name_word|Rose|Iris|Holly|Ivy|Heather⟧ cuttings along the fence and a ⟦#name_word|Victoria|Conference|Bramley⟧ plum tree. Hoping for sun ⟦~Saturday|tomorrow|this week⟧."""),
("pub-word-002", "name_word_sentence", "en-us", """There's real ⟦#name_word|hope|grace|joy|faith⟧ in this neighborhood. The ⟦#name_word|Bill|Mark|Will⟧ passed committee; next is the ⟦#name_word|Grant|Hunter|Chase⟧ Avenue vote."""),
("pub-word-003", "chess_commentary", "en-uk", """Move ⟦N:12-30⟧: White's ⟦#name_word|Bishop|King|Knight⟧ takes on f7; Black answers with the ⟦#name_word|Rook|Queen⟧. A ⟦#eponym|Ruy López|Sicilian Najdorf|Caro–Kann⟧ classic."""),
("pub-tmpl-001", "form_template", "en-us", """Example: Name: ⟦#placeholder|John Doe|Jane Doe|John Q. Public⟧
Email: ⟦#exmail⟧
Phone: ⟦#ph555⟧
SSN: ⟦#placeholder|XXX-XX-XXXX|000-00-0000|123-45-XXXX⟧"""),
("pub-tmpl-002", "form_template", "en-uk", """Sample letter – replace the fields in brackets:
Dear ⟦#placeholder|[Name]|<<first_name>>|{{recipient}}⟧,
Your reference is ⟦#ticket:REF⟧. Please reply to ⟦#exmail⟧."""),
("pub-tmpl-003", "docs_snippet", "en-us", """Example configuration:
  server: ⟦#docip⟧
  fallback: ⟦#docip6⟧
  admin: ⟦#exmail⟧
Replace these documentation addresses with your own."""),
("pub-tmpl-004", "placeholder_keys", "en-us", """export AWS_ACCESS_KEY_ID=⟦#placeholder|AKIAIOSFODNN7EXAMPLE⟧
export AWS_SECRET_ACCESS_KEY=⟦#placeholder|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟧
# ^ these are the AWS documentation examples (README rev ⟦#sha⟧)"""),
("pub-tmpl-005", "placeholder_keys", "en-uk", """OPENAI_API_KEY=⟦#placeholder|sk-xxxxxxxxxxxxxxxxxxxxxxxx|<your-token>|sk-...|changeme⟧
SLACK_BOT_TOKEN=⟦#placeholder|xoxb-your-token-here|<slack-token>|REPLACE_ME⟧
DB_PASSWORD=⟦#placeholder|changeme|password|********⟧"""),
("pub-env-001", "code_env_read", "en-us", """import os
api_key = ⟦#env_ref|os.environ["STRIPE_API_KEY"]|os.getenv("OPENAI_API_KEY")|os.environ.get("GITHUB_TOKEN")⟧
if not api_key:
    raise RuntimeError("missing key")  # see ⟦#ticket:SEC⟧"""),
("pub-env-002", "k8s_secret_ref", "en-ca", """env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: ⟦#env_ref|db-credentials|pg-secret|app-secrets⟧
        key: password
image: ghcr.io/acme/api:⟦#ver⟧"""),
("pub-env-003", "gitlab_ci_masked", "en-uk", """deploy:
  script:
    - echo "$⟦#env_ref|CI_REGISTRY_PASSWORD|DEPLOY_TOKEN|AWS_SECRET_ACCESS_KEY⟧" | docker login -u "$CI_REGISTRY_USER" --password-stdin
  # value is masked in settings; last rotated per ⟦#ticket:OPS⟧"""),
("pub-hash-001", "release_notes", "en-us", """Release ⟦#ver⟧ (commit ⟦#hash:40⟧)
SHA256: ⟦#hash:64⟧
Build id ⟦#uuid⟧"""),
("pub-hash-002", "ci_log", "en-au", """Step 4/9 : RUN npm ci
 ---> Using cache
 ---> ⟦#sha:12⟧
Successfully built ⟦#sha:12⟧ at ⟦#ts⟧"""),
("pub-ticket-001", "status_page", "en-uk", """Incident ⟦#ticket:INC⟧ resolved at ⟦#ts⟧. Root cause: expired certificate on ⟦#docip⟧. Follow-up in ⟦#ticket:OPS⟧."""),
("pub-product-001", "product_review", "en-us", """The ⟦#product|Dyson V15|Instant Pot Duo|Kindle Paperwhite|Roomba j7⟧ is ⟦~great|fine|overrated⟧. Compared with the ⟦#product|Shark Stratos|Ninja Foodi|Kobo Clara⟧ it's ⟦~quieter|louder|cheaper⟧."""),
("pub-product-002", "spec_sheet", "en-in", """Model ⟦#product|Galaxy M14|Redmi Note 13|Nord CE 3⟧ – ⟦N:4-12⟧GB RAM, firmware ⟦#ver⟧, IMEI shown as ⟦#placeholder|XXXXXXXXXXXXXXX|000000000000000⟧ in demo mode."""),
("pub-law-001", "legal_explainer", "en-us", """What is a ⟦#eponym|Miranda warning|Brady disclosure|Chevron deference⟧? The rule comes from ⟦#eponym|Miranda v. Arizona|Brady v. Maryland|Roe v. Wade|Marbury v. Madison⟧."""),
("pub-law-002", "legal_explainer", "en-uk", """The ⟦#eponym|Gillick competence|Bolam test|Wednesbury unreasonableness⟧ test applies. See also ⟦#eponym|Donoghue v Stevenson|Carlill v Carbolic Smoke Ball Co⟧."""),
("pub-food-001", "recipe", "en-au", """Tonight: ⟦#eponym|Pavlova|Beef Wellington|Eggs Benedict|Caesar salad|Peach Melba⟧ for ⟦N:4-8⟧. Dessert: ⟦#eponym|Lamingtons|Anzac biscuits|Granny Smith apple crumble⟧."""),
("pub-quote-001", "quote_post", "en-ng", """"⟦~Until the lion learns to write|The truth is like the sun|Education is the most powerful weapon⟧…" – ⟦#public_figure|Chinua Achebe|Wole Soyinka|Fela Kuti|Nelson Mandela⟧. #MondayMotivation"""),
("pub-quote-002", "quote_post", "en-ph", """Throwback to ⟦#public_figure|Manny Pacquiao|José Rizal|Lea Salonga|Hidilyn Diaz⟧'s ⟦~first|historic|unforgettable⟧ win 🇵🇭 #Proud"""),
]
