#!/usr/bin/env python3
"""Writes eval/confidence/questions2.jsonl: the SECOND, held-out question set for issue 17's confidence
work. It was written after the first set's features were studied and was not looked at while choosing
features or procedures: it was asked through the real model once, at the end, to give an honest
estimate. Its questions are new (none is in questions.jsonl) and most of its task types are new
(currency, author, planet, country of a city, colour, odd/even, larger number, squares, word problems,
spam, headline topic, number comparison yes/no, letters in a word); the format is make_questions.py's
(same "match" kinds, so run.py labels it the same way). Generated items use a fixed seed.
  python3 eval/confidence/make_questions2.py > eval/confidence/questions2.jsonl"""
import json, random, sys

rng = random.Random(40961)
items = []

def add(task, prompt, gold, match="word", wrong=()):
    items.append({"task_type": task, "prompt": prompt, "gold": list(gold), "wrong": list(wrong), "match": match})

# currency of a country (word); "dollar" is the usual wrong guess
currencies = [("Japan", "yen"), ("India", "rupee"), ("Mexico", "peso"), ("Russia", "ruble"), ("China", "yuan"),
    ("South Korea", "won"), ("Thailand", "baht"), ("Poland", "zloty"), ("Sweden", "krona"), ("Switzerland", "franc"),
    ("Turkey", "lira"), ("South Africa", "rand"), ("Israel", "shekel"), ("Vietnam", "dong"), ("Indonesia", "rupiah"),
    ("the United Kingdom", "pound"), ("Denmark", "krone"), ("Norway", "krone"), ("Hungary", "forint"), ("Czechia", "koruna"),
    ("Philippines", "peso"), ("Malaysia", "ringgit"), ("Nigeria", "naira"), ("Ukraine", "hryvnia"), ("Brazil", "real")]
for c, cur in currencies:
    add("currency", f"What is the name of the currency of {c}? Reply with the currency name only.", [cur],
        wrong=["dollar", "euro"] if cur not in ("dollar", "euro") else [])

# author of a book (surname, word)
books = [("Pride and Prejudice", "Austen"), ("Hamlet", "Shakespeare"), ("War and Peace", "Tolstoy"),
    ("Nineteen Eighty-Four", "Orwell"), ("The Old Man and the Sea", "Hemingway"), ("Don Quixote", "Cervantes"),
    ("Moby-Dick", "Melville"), ("Oliver Twist", "Dickens"), ("Crime and Punishment", "Dostoevsky"),
    ("The Odyssey", "Homer"), ("Frankenstein", "Shelley"), ("Dracula", "Stoker"), ("Ulysses", "Joyce"),
    ("The Divine Comedy", "Dante"), ("Faust", "Goethe"), ("Les Miserables", "Hugo"), ("The Great Gatsby", "Fitzgerald"),
    ("Adventures of Huckleberry Finn", "Twain"), ("The Origin of Species", "Darwin"), ("Romeo and Juliet", "Shakespeare"),
    ("Jane Eyre", "Bronte"), ("The Hobbit", "Tolkien")]
for b, a in books:
    add("author", f"Who wrote \"{b}\"? Reply with the author's surname only.", [a])

# planets (word, wrong: the other planets the question does not name)
planets = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]
pq = [("Which planet is closest to the Sun?", "Mercury"), ("Which planet is the largest in the solar system?", "Jupiter"),
    ("Which planet is known as the Red Planet?", "Mars"), ("Which planet is famous for its bright rings?", "Saturn"),
    ("Which planet do we live on?", "Earth"), ("Which planet is the hottest in the solar system?", "Venus"),
    ("Which planet is farthest from the Sun?", "Neptune"), ("Which planet rotates on its side?", "Uranus"),
    ("Which planet has the Great Red Spot?", "Jupiter"), ("Which planet is second from the Sun?", "Venus"),
    ("Which planet is fourth from the Sun?", "Mars"), ("Which planet is third from the Sun?", "Earth"),
    ("Which planet is the smallest in the solar system?", "Mercury"), ("Which planet has the moon Titan?", "Saturn"),
    ("Which planet has the moon Triton?", "Neptune"), ("Which planet has the moons Phobos and Deimos?", "Mars")]
for q, p in pq:
    add("planet", q + " Reply with the planet name only.", [p], wrong=[x for x in planets if x != p])

# country of a city (word, wrong: a neighbouring country)
cities = [("Lyon", "France", "Belgium"), ("Porto", "Portugal", "Spain"), ("Krakow", "Poland", "Germany"),
    ("Osaka", "Japan", "China"), ("Toronto", "Canada", "America"), ("Melbourne", "Australia", "Zealand"),
    ("Munich", "Germany", "Austria"), ("Milan", "Italy", "Switzerland"), ("Seville", "Spain", "Portugal"),
    ("Marrakech", "Morocco", "Algeria"), ("Mumbai", "India", "Pakistan"), ("Shanghai", "China", "Japan"),
    ("Rio de Janeiro", "Brazil", "Argentina"), ("Istanbul", "Turkey", "Greece"), ("Edinburgh", "Scotland", "Ireland"),
    ("Gothenburg", "Sweden", "Norway"), ("Alexandria", "Egypt", "Libya"), ("Chicago", "America", "Canada"),
    ("Barcelona", "Spain", "France"), ("Rotterdam", "Netherlands", "Belgium"), ("Salzburg", "Austria", "Germany"),
    ("Geneva", "Switzerland", "France")]
for city, k, bad in cities:
    gold = [k] + (["United States", "USA", "US"] if k == "America" else []) + (["United Kingdom", "UK", "Britain"] if k == "Scotland" else []) \
        + (["Holland"] if k == "Netherlands" else [])
    add("city_country", f"In which country is the city of {city}? Reply with the country name only.", gold, wrong=[bad])

# colour of a thing (choice among colours)
colours = ["red", "green", "blue", "yellow", "white", "black", "orange", "brown", "pink", "purple", "grey"]
things = [("a ripe banana", "yellow"), ("fresh snow", "white"), ("a clear daytime sky", "blue"), ("grass in spring", "green"),
    ("coal", "black"), ("a ripe tomato", "red"), ("a carrot", "orange"), ("milk", "white"), ("a lemon", "yellow"),
    ("chocolate", "brown"), ("a flamingo", "pink"), ("an elephant", "grey"), ("a crow", "black"), ("a lime", "green"),
    ("a fire truck", "red"), ("an eggplant", "purple"), ("a polar bear", "white"), ("a pumpkin", "orange")]
for t, c in things:
    add("colour", f"What colour is {t}? Reply with one colour.", [c] + (["gray"] if c == "grey" else []), match="choice",
        wrong=[x for x in colours if x != c])

# odd or even (choice)
for _ in range(20):
    v = rng.randint(11, 999)
    add("odd_even", f"Is the number {v} odd or even? Reply with one word.", ["even" if v % 2 == 0 else "odd"], match="choice",
        wrong=["odd" if v % 2 == 0 else "even"])

# the larger of two numbers (choice)
for _ in range(20):
    a = rng.randint(10, 999)
    b = a + rng.choice([-1, 1]) * rng.randint(1, 60)
    if b <= 0 or b == a:
        b = a + 7
    add("larger_number", f"Which number is larger, {a} or {b}? Reply with the number only.", [str(max(a, b))], match="choice",
        wrong=[str(min(a, b))])

# squares (number)
for v in rng.sample(range(2, 21), 16):
    add("square", f"What is {v} squared? Reply with the number only.", [str(v * v)], match="number")

# word problems (number)
objs = [("apples", "bag"), ("pencils", "box"), ("eggs", "carton"), ("books", "shelf"), ("cookies", "jar"), ("chairs", "row")]
for _ in range(20):
    o, c = rng.choice(objs)
    a, k = rng.randint(2, 9), rng.randint(2, 6)
    if rng.random() < 0.5:
        add("word_problem", f"Each {c} has {a} {o}. How many {o} are in {k} {c}s? Reply with the number only.", [str(a * k)], match="number")
    else:
        t = a + k + rng.randint(1, 9)
        add("word_problem", f"Tom had {t} {o} and gave away {a}. How many {o} does he have left? Reply with the number only.", [str(t - a)], match="number")

# spam or not (choice)
spam = ["Congratulations! You won a free cruise, click here to claim now", "URGENT: your account is locked, send your password to unlock",
    "Cheap watches, 90% off, limited offer, buy today", "You have been selected for a cash prize of $5000, reply with your bank details",
    "Lose 10 kg in one week with this miracle pill", "Earn $300 a day from home, no experience needed, sign up now",
    "Final notice: claim your gift card before midnight", "Hot singles in your area want to meet you", "Your parcel is waiting, pay the customs fee at this link",
    "Win an iPhone, just answer this survey"]
ham = ["Hi Anna, are we still meeting for lunch on Friday?", "The quarterly report is attached, let me know if you have questions",
    "Mom says dinner is at seven tonight", "Reminder: the dentist appointment is moved to Tuesday", "Can you send me the slides from the meeting?",
    "Thanks for the birthday card, it made my day", "The train is delayed, I'll be twenty minutes late", "Please review the pull request when you have time",
    "Our team won the football match on Sunday", "I left your umbrella at the front desk"]
for t in spam:
    add("spam", f"Is this message spam or not spam? Message: \"{t}\" Reply with spam or not spam.", ["spam"], match="choice", wrong=["not spam"])
for t in ham:
    add("spam", f"Is this message spam or not spam? Message: \"{t}\" Reply with spam or not spam.", ["not spam"], match="choice", wrong=["spam"])

# headline topic (choice)
topics = ["sports", "politics", "science", "business"]
heads = [("Local team wins championship after dramatic penalty shootout", "sports"), ("Striker signs three-year contract with rival club", "sports"),
    ("Marathon record broken in Berlin", "sports"), ("Tennis star retires after twenty seasons", "sports"),
    ("Parliament passes new budget after long debate", "politics"), ("President meets foreign leaders at summit", "politics"),
    ("Opposition party wins regional election", "politics"), ("Senate votes on new immigration law", "politics"),
    ("Astronomers discover a new planet orbiting a nearby star", "science"), ("New study shows how bees navigate", "science"),
    ("Physicists measure the mass of the neutrino", "science"), ("Scientists sequence the genome of an ancient plant", "science"),
    ("Tech company shares jump after strong quarterly profits", "business"), ("Bank raises interest rates for savers", "business"),
    ("Retail giant announces merger with rival", "business"), ("Oil prices fall as supply grows", "business")]
for h, k in heads:
    add("topic", f"Is this headline about sports, politics, science or business? Headline: \"{h}\" Reply with one word.", [k], match="choice",
        wrong=[x for x in topics if x != k])

# number comparison as yes/no
for _ in range(20):
    a, b = rng.randint(1, 99), rng.randint(1, 99)
    if a == b:
        b += 3
    add("compare_yesno", f"Is {a} greater than {b}? Answer yes or no.", ["yes" if a > b else "no"], match="yesno")

# letters in a word (number)
for w in ["cat", "house", "river", "apple", "moon", "garden", "yellow", "bird", "window", "table", "sun", "orange", "pencil", "tree", "music"]:
    add("letter_count", f"How many letters are in the word \"{w}\"? Reply with the number only.", [str(len(w))], match="number")

for i, it in enumerate(items):
    out = {"id": f"h{i + 1:03d}"}
    out.update(it)
    sys.stdout.write(json.dumps(out) + "\n")
