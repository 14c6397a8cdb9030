#!/usr/bin/env python3
"""Writes eval/confidence/questions.jsonl: short-answer questions with gold answers, for measuring how
well tier's confidence predicts a correct answer (issue 17). Every fact list below was written for this
set by hand; the arithmetic, sequence and calendar items are generated from a fixed seed. Each line:
  {"id", "task_type", "prompt", "gold": [accepted answers], "wrong": [answers that make it wrong], "match"}
match (how run.py labels an answer; the small model echoes the question, so echoes are not answers):
  "number": the first number in the answer that is not one of the question's numbers equals the gold;
  "yesno": the first yes/no word is the gold;
  "choice": of the options (gold and wrong), the first the answer names is the gold;
  "word": a gold answer appears as whole words, and no wrong one that the question does not itself contain."""
import json, random, sys

rng = random.Random(1729)
items = []

def add(task, prompt, gold, match="word", wrong=()):
    items.append({"task_type": task, "prompt": prompt, "gold": list(gold), "wrong": list(wrong), "match": match})

# capital cities (country, capital, other big city that is not the capital)
capitals = [("Kenya", "Nairobi", "Mombasa"), ("Peru", "Lima", "Cusco"), ("Norway", "Oslo", "Bergen"),
    ("Egypt", "Cairo", "Alexandria"), ("Canada", "Ottawa", "Toronto"), ("Australia", "Canberra", "Sydney"),
    ("Japan", "Tokyo", "Osaka"), ("Turkey", "Ankara", "Istanbul"), ("Brazil", "Brasilia", "Rio"),
    ("Spain", "Madrid", "Barcelona"), ("Italy", "Rome", "Milan"), ("Germany", "Berlin", "Munich"),
    ("Poland", "Warsaw", "Krakow"), ("Portugal", "Lisbon", "Porto"), ("Greece", "Athens", "Thessaloniki"),
    ("Ireland", "Dublin", "Cork"), ("Sweden", "Stockholm", "Gothenburg"), ("Finland", "Helsinki", "Tampere"),
    ("Austria", "Vienna", "Salzburg"), ("Hungary", "Budapest", "Debrecen"), ("Chile", "Santiago", "Valparaiso"),
    ("Argentina", "Buenos Aires", "Cordoba"), ("Mexico", "Mexico City", "Guadalajara"), ("Russia", "Moscow", "Saint Petersburg"),
    ("China", "Beijing", "Shanghai"), ("India", "New Delhi", "Mumbai"), ("Vietnam", "Hanoi", "Ho Chi Minh"),
    ("Morocco", "Rabat", "Casablanca"), ("Nigeria", "Abuja", "Lagos"), ("Switzerland", "Bern", "Zurich"),
    ("New Zealand", "Wellington", "Auckland"), ("Pakistan", "Islamabad", "Karachi"), ("Ghana", "Accra", "Kumasi")]
for c, cap, other in capitals:
    add("capital", f"What is the capital city of {c}? Reply with the city name only.", [cap] + (["Delhi"] if cap == "New Delhi" else []), wrong=[other])

# arithmetic
for _ in range(30):
    kind = rng.choice(["+", "-", "*"])
    if kind == "*":
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        v = a * b
    elif kind == "+":
        a, b = rng.randint(3, 60), rng.randint(3, 60)
        v = a + b
    else:
        a = rng.randint(20, 90); b = rng.randint(1, a - 1)
        v = a - b
    add("arithmetic", f"What is {a} {kind} {b}? Reply with the number only.", [str(v)], match="number")

# yes/no facts (statement, true?)
facts = [("Is the sun a star?", True), ("Do fish breathe with gills?", True), ("Is ice colder than boiling water?", True),
    ("Can penguins fly?", False), ("Is the Pacific an ocean?", True), ("Does a triangle have four sides?", False),
    ("Is Mars called the red planet?", True), ("Do spiders have six legs?", False), ("Is gold a metal?", True),
    ("Is the moon larger than the earth?", False), ("Do cows give milk?", True), ("Is a tomato a vegetable in botany?", False),
    ("Does water freeze at zero degrees Celsius?", True), ("Is Antarctica a hot desert?", False), ("Are bats mammals?", True),
    ("Is a kilometre longer than a mile?", False), ("Do bees make honey?", True), ("Is glass a liquid at room temperature?", False),
    ("Does the earth orbit the sun?", True), ("Is ten an odd number?", False), ("Is Paris in Italy?", False),
    ("Do snakes have legs?", False), ("Is salt water denser than fresh water?", True), ("Can humans breathe under water without equipment?", False),
    ("Is a whale a fish?", False), ("Is the Nile a river?", True), ("Do plants need light to grow?", True), ("Is seven a prime number?", True),
    ("Is a square a kind of rectangle?", True), ("Is January the last month of the year?", False)]
for q, t in facts:
    add("yesno_fact", q + " Answer yes or no.", ["yes" if t else "no"], match="yesno")

# comparisons (question, right, wrong)
comps = [("an elephant", "a mouse", "heavier"), ("a mountain", "a hill", "taller"), ("a car", "a bicycle", "faster"),
    ("the sun", "the moon", "bigger"), ("a year", "a week", "longer"), ("a whale", "a dolphin", "bigger"),
    ("a cheetah", "a turtle", "faster"), ("lead", "feathers", "denser"), ("a giraffe", "a dog", "taller"),
    ("an ocean", "a pond", "deeper"), ("a century", "a decade", "longer"), ("a lion", "a cat", "bigger"),
    ("a jet", "a train", "faster"), ("iron", "wood", "heavier"), ("a tree", "a flower", "taller"),
    ("a truck", "a motorbike", "heavier"), ("the Pacific", "a lake", "bigger"), ("a minute", "a second", "longer"),
    ("a horse", "a rabbit", "bigger"), ("a rocket", "a bus", "faster"), ("a brick", "a leaf", "heavier"),
    ("a bear", "a fox", "heavier"), ("an hour", "a minute", "longer"), ("a skyscraper", "a house", "taller")]
for i, (big, small, adj) in enumerate(comps):
    a, b = (big, small) if i % 2 == 0 else (small, big)
    gold = big.split()[-1]; bad = small.split()[-1]
    add("comparison", f"Which is {adj}, {a} or {b}? Reply with one of the two only.", [gold], match="choice", wrong=[bad])

# opposites
opp = [("hot", ["cold"]), ("up", ["down"]), ("early", ["late"]), ("happy", ["sad", "unhappy"]), ("open", ["closed", "close", "shut"]),
    ("light", ["dark", "heavy"]), ("full", ["empty"]), ("fast", ["slow"]), ("rich", ["poor"]), ("young", ["old"]),
    ("wet", ["dry"]), ("loud", ["quiet", "silent", "soft"]), ("inside", ["outside"]), ("win", ["lose"]), ("buy", ["sell"]),
    ("begin", ["end", "finish"]), ("push", ["pull"]), ("thick", ["thin"]), ("strong", ["weak"]), ("above", ["below", "beneath", "under"]),
    ("day", ["night"]), ("north", ["south"]), ("cheap", ["expensive"]), ("hard", ["soft", "easy"]), ("true", ["false"]),
    ("left", ["right"]), ("near", ["far"]), ("question", ["answer"])]
for w, g in opp:
    add("opposite", f"What is the opposite of the word '{w}'? Reply with one word.", g, wrong=[w])

# number sequences
for _ in range(24):
    kind = rng.choice(["add", "add", "double", "sub"])
    if kind == "add":
        s, d = rng.randint(1, 20), rng.randint(2, 9); seq = [s + d * i for i in range(5)]
    elif kind == "double":
        s = rng.randint(1, 5); seq = [s * 2 ** i for i in range(5)]
    else:
        s, d = rng.randint(60, 99), rng.randint(2, 7); seq = [s - d * i for i in range(5)]
    add("sequence", "What number comes next: " + ", ".join(map(str, seq[:4])) + ", ...? Reply with the number only.", [str(seq[4])], match="number")

# unit conversions
units = [("How many centimetres are in 3 metres?", 300), ("How many minutes are in 2 hours?", 120), ("How many grams are in 5 kilograms?", 5000),
    ("How many seconds are in 4 minutes?", 240), ("How many days are in 3 weeks?", 21), ("How many months are in 2 years?", 24),
    ("How many millimetres are in 7 centimetres?", 70), ("How many hours are in 2 days?", 48), ("How many metres are in 4 kilometres?", 4000),
    ("How many millilitres are in 2 litres?", 2000), ("How many minutes are in half an hour?", 30), ("How many inches are in 2 feet?", 24),
    ("How many days are in 2 weeks?", 14), ("How many centimetres are in 9 metres?", 900), ("How many seconds are in 10 minutes?", 600),
    ("How many weeks are in 28 days?", 4), ("How many hours are in 3 days?", 72), ("How many grams are in 2 kilograms?", 2000),
    ("How many minutes are in 5 hours?", 300), ("How many years are in 3 decades?", 30), ("How many ounces are in a pound?", 16),
    ("How many years are in a century?", 100)]
for q, v in units:
    add("unit_conversion", q + " Reply with the number only.", [str(v)], match="number")

# sentiment
pos = ["I loved every minute of this film.", "The staff were friendly and the food was great.", "Best purchase I have made all year.",
    "What a wonderful surprise, thank you!", "The new update works perfectly and feels fast.", "I am thrilled with how it turned out.",
    "Delivery was quick and the quality is excellent.", "This book made me smile the whole way through.", "Fantastic service, I will come back.",
    "The concert was amazing.", "Our holiday was lovely and relaxing.", "Great value and it looks beautiful."]
neg = ["The package arrived broken and late.", "I regret buying this, it stopped working in a day.", "The room was dirty and noisy.",
    "Worst customer service I have ever had.", "The app keeps crashing and I lost my work.", "This meal was cold and tasteless.",
    "I am disappointed with the quality.", "The film was boring and far too long.", "They charged me twice and never replied.",
    "The battery dies after an hour, terrible.", "Nothing about this trip went well.", "The shoes hurt and fell apart quickly."]
for t in pos:
    add("sentiment", f"Is the sentiment of this review positive or negative? Review: \"{t}\" Reply with one word.", ["positive"], match="choice", wrong=["negative"])
for t in neg:
    add("sentiment", f"Is the sentiment of this review positive or negative? Review: \"{t}\" Reply with one word.", ["negative"], match="choice", wrong=["positive"])

# message type: question, request, complaint, greeting
msgs = [("Hello there, hope you are well!", "greeting"), ("Good morning everyone.", "greeting"), ("Hi, nice to meet you.", "greeting"),
    ("Hey team, happy Monday!", "greeting"), ("Good evening, friends.", "greeting"),
    ("What time does the shop open?", "question"), ("Where is the nearest station?", "question"), ("How much does the ticket cost?", "question"),
    ("Who won the match yesterday?", "question"), ("When is the next meeting?", "question"),
    ("Please send me the report by Friday.", "request"), ("Could you book a table for two?", "request"), ("Please call me back when you can.", "request"),
    ("Can you reset my password, please?", "request"), ("Please add milk to the shopping list.", "request"),
    ("My order is late again and nobody helps.", "complaint"), ("The heater in my room is broken and cold.", "complaint"),
    ("I was overcharged and I am unhappy.", "complaint"), ("The noise from next door is unbearable.", "complaint"), ("Your website never works.", "complaint")]
kinds = ["greeting", "question", "request", "complaint"]
for t, k in msgs:
    add("message_type", f"Classify this message as greeting, question, request or complaint: \"{t}\" Reply with one word.", [k], match="choice",
        wrong=[x for x in kinds if x != k])

# plurals
plur = [("mouse", "mice"), ("child", "children"), ("tooth", "teeth"), ("box", "boxes"), ("city", "cities"), ("knife", "knives"),
    ("man", "men"), ("woman", "women"), ("foot", "feet"), ("goose", "geese"), ("leaf", "leaves"), ("baby", "babies"), ("bus", "buses"),
    ("person", "people"), ("wolf", "wolves"), ("glass", "glasses"), ("potato", "potatoes"), ("dish", "dishes"), ("party", "parties"), ("ox", "oxen")]
for s, p in plur:
    add("plural", f"What is the plural of '{s}'? Reply with one word.", [p] + (["persons"] if s == "person" else []))

# animal young
young = [("cat", ["kitten"]), ("dog", ["puppy", "pup"]), ("cow", ["calf"]), ("sheep", ["lamb"]), ("horse", ["foal", "colt", "filly"]),
    ("frog", ["tadpole", "froglet"]), ("duck", ["duckling"]), ("goat", ["kid"]), ("bear", ["cub"]), ("pig", ["piglet"]),
    ("kangaroo", ["joey"]), ("swan", ["cygnet"]), ("lion", ["cub"]), ("deer", ["fawn"]), ("owl", ["owlet"]), ("hen", ["chick"])]
for a, y in young:
    add("animal_young", f"What is a baby {a} called? Reply with one word.", y, wrong=[a] if a not in ("goat",) else [])

# chemical symbols
chem = [("oxygen", "O"), ("hydrogen", "H"), ("iron", "Fe"), ("gold", "Au"), ("silver", "Ag"), ("sodium", "Na"), ("carbon", "C"),
    ("nitrogen", "N"), ("helium", "He"), ("copper", "Cu"), ("potassium", "K"), ("calcium", "Ca"), ("lead", "Pb"), ("tin", "Sn"),
    ("neon", "Ne"), ("zinc", "Zn"), ("sulfur", "S"), ("chlorine", "Cl")]
for e, sym in chem:
    add("chemical_symbol", f"What is the chemical symbol for {e}? Reply with the symbol only.", [sym])

# main language of a country
lang = [("Brazil", ["Portuguese"]), ("Mexico", ["Spanish"]), ("Egypt", ["Arabic"]), ("Japan", ["Japanese"]), ("Germany", ["German"]),
    ("Austria", ["German"]), ("Argentina", ["Spanish"]), ("Russia", ["Russian"]), ("Greece", ["Greek"]), ("Poland", ["Polish"]),
    ("Turkey", ["Turkish"]), ("Iran", ["Persian", "Farsi"]), ("Italy", ["Italian"]), ("Sweden", ["Swedish"]), ("Netherlands", ["Dutch"]),
    ("China", ["Chinese", "Mandarin"]), ("Portugal", ["Portuguese"]), ("France", ["French"]), ("Korea", ["Korean"]), ("Thailand", ["Thai"])]
for c, l in lang:
    add("language", f"What is the main language spoken in {c}? Reply with one word.", l, wrong=["English"])

# calendar: next/previous day or month
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for i, d in enumerate(days):
    add("calendar", f"Which day comes after {d}? Reply with the day only.", [days[(i + 1) % 7]], wrong=[d, days[(i - 1) % 7]])
for i, m in enumerate(months):
    add("calendar", f"Which month comes after {m}? Reply with the month only.", [months[(i + 1) % 12]], wrong=[m, months[(i - 1) % 12]])
for i, d in enumerate(days[:4]):
    add("calendar", f"Which day comes before {d}? Reply with the day only.", [days[(i - 1) % 7]], wrong=[d, days[(i + 1) % 7]])

# past tense
past = [("go", ["went"]), ("eat", ["ate"]), ("run", ["ran"]), ("swim", ["swam"]), ("write", ["wrote"]), ("buy", ["bought"]),
    ("think", ["thought"]), ("catch", ["caught"]), ("sing", ["sang"]), ("drink", ["drank"]), ("fly", ["flew"]), ("take", ["took"]),
    ("see", ["saw"]), ("walk", ["walked"]), ("jump", ["jumped"]), ("teach", ["taught"]), ("sleep", ["slept"]), ("bring", ["brought"]),
    ("speak", ["spoke"]), ("freeze", ["froze"])]
for v, p in past:
    add("past_tense", f"What is the past tense of the verb '{v}'? Reply with one word.", p, wrong=[v])

# continent of a country
cont = [("Kenya", "Africa"), ("Peru", "South America"), ("Norway", "Europe"), ("Japan", "Asia"), ("Canada", "North America"),
    ("Egypt", "Africa"), ("Chile", "South America"), ("India", "Asia"), ("Spain", "Europe"), ("Mexico", "North America"),
    ("Nigeria", "Africa"), ("Vietnam", "Asia"), ("Colombia", "South America"), ("Poland", "Europe"), ("Ghana", "Africa"),
    ("Thailand", "Asia"), ("Ireland", "Europe"), ("Bolivia", "South America"), ("Morocco", "Africa"), ("Mongolia", "Asia")]
conts = ["Africa", "Europe", "Asia", "South America", "North America", "Australia"]
for c, k in cont:
    add("continent", f"On which continent is {c}? Reply with the continent only.", [k], match="choice", wrong=[x for x in conts if x != k and not (k == "South America" and x == "North America") and not (k == "North America" and x == "South America")])

for i, it in enumerate(items):
    it["id"] = "q%03d" % (i + 1)
    sys.stdout.write(json.dumps({"id": it["id"], **{k: v for k, v in it.items() if k != "id"}}) + "\n")
