#!/usr/bin/env python3
"""Writes eval/confidence/questions3.jsonl: the THIRD, held-out question set for the confidence work.
Written in session 14 (2026-12-04) as a held-out set: it is to be asked through the real model once,
to estimate how well the confidence score predicts correctness, and is never used to tune or choose
signals. None of its questions repeats or paraphrases one in questions.jsonl or questions2.jsonl, and
its task types are new (counts of well-known things, numbers in words and back, Roman numerals, letters
of the alphabet and of words, alphabetical order, odd one out, animal classes, categories, landmarks,
book authors as a choice, body parts, tools, synonyms, translation of common words, rhymes, spelling,
emotion, customer intent, day and month reasoning). Each type has several prompt wordings. The format
is make_questions.py's (same "match" kinds, so run.py's correct() labels it unchanged); option order
and wording choice use a fixed seed, so the output is deterministic.
  python3 eval/confidence/make_questions3.py > eval/confidence/questions3.jsonl"""
import json, random, sys

rng = random.Random(140412)
items = []

def add(task, prompt, gold, match="word", wrong=()):
    gold = list(gold)
    wrong = [w for w in wrong if w not in gold]
    items.append({"task_type": task, "prompt": prompt, "gold": gold, "wrong": wrong, "match": match})

def pick(templates, i):
    return templates[i % len(templates)]

def opts_text(opts):
    return ", ".join(opts[:-1]) + " or " + opts[-1]

# counts of well-known things (number; no digit in the prompt)
counts = [("How many legs does an insect have?", 6), ("How many arms does an octopus have?", 8),
    ("How many sides does a hexagon have?", 6), ("How many sides does a pentagon have?", 5),
    ("How many faces does a cube have?", 6), ("How many days are there in a leap year?", 366),
    ("How many continents are there on Earth?", 7), ("How many colours are there in a rainbow?", 7),
    ("How many players does one soccer team have on the field at a time?", 11), ("How many keys does a standard piano have?", 88),
    ("How many cards are in a standard deck, not counting jokers?", 52),
    ("How many bones are in the adult human body?", 206), ("How many chambers does the human heart have?", 4),
    ("How many letters are in the English alphabet?", 26), ("How many states does the United States have?", 50),
    ("How many days does February have in a leap year?", 29), ("How many hearts does an octopus have?", 3), ("How many squares are on a chessboard?", 64)]
tail = ["Reply with the number only.", "Answer with just the number.", "Give the number in digits only."]
for i, (q, n) in enumerate(counts):
    add("count_fact", f"{q} {pick(tail, i)}", [str(n)], match="number")

# a number written in words (word; the tempting wrong answer swaps the digits or the teen/ty)
nw = [(13, ["thirteen"], ["thirty"]), (17, ["seventeen"], ["seventy"]), (24, ["twenty-four"], ["forty-two"]),
    (38, ["thirty-eight"], ["eighty-three"]), (47, ["forty-seven"], ["seventy-four"]), (56, ["fifty-six"], ["sixty-five"]),
    (61, ["sixty-one"], ["sixteen"]), (72, ["seventy-two"], ["twenty-seven"]), (85, ["eighty-five"], ["fifty-eight"]),
    (93, ["ninety-three"], ["thirty-nine"]), (19, ["nineteen"], ["ninety"]),
    (112, ["one hundred and twelve", "one hundred twelve", "a hundred and twelve", "a hundred twelve"], ["one hundred and twenty", "one hundred twenty"]),
    (305, ["three hundred and five", "three hundred five"], ["three hundred and fifty", "three hundred fifty", "thirty-five"]),
    (640, ["six hundred and forty", "six hundred forty"], ["six hundred and four", "sixty-four"]),
    (2500, ["two thousand five hundred", "two thousand and five hundred", "twenty-five hundred"], ["two hundred and fifty", "two hundred fifty"])]
tpl = ["Write the number {n} in words. Reply with the words only.", "How do you spell {n} in English words? Write the words only.",
    "Spell out the number {n} in words. Answer with the words and nothing else."]
for i, (n, g, w) in enumerate(nw):
    add("number_words", tpl[i % 3].format(n=n), g, wrong=w)

# words to digits (number)
wd = [("twenty-three", 23), ("sixty-eight", 68), ("ninety-one", 91), ("thirty-four", 34),
    ("forty-two", 42), ("eighty-nine", 89), ("fifty-five", 55), ("one hundred and seven", 107),
    ("two hundred and fifty", 250), ("three hundred and sixty-five", 365), ("five thousand", 5000),
    ("one thousand two hundred", 1200), ("seven hundred and eighty", 780)]
tpl = ["Write '{w}' as a number using digits. Reply with the number only.", "What is '{w}' written in digits? Answer with just the number.",
    "Convert the words '{w}' into a number. Reply with digits only."]
for i, (w, n) in enumerate(wd):
    add("words_to_digits", tpl[i % 3].format(w=w), [str(n)], match="number")

# Roman numerals (number)
roman = [("III", 3), ("VII", 7), ("IX", 9), ("XV", 15), ("XIV", 14), ("XIX", 19), ("XXV", 25),
    ("XL", 40), ("XLII", 42), ("L", 50), ("LXX", 70), ("XC", 90), ("C", 100), ("D", 500), ("MCM", 1900)]
tpl = ["What number does the Roman numeral {r} stand for? Reply with the number only.",
    "Convert the Roman numeral {r} to an ordinary number. Answer with digits only.",
    "What is the value of the Roman numeral {r}? Reply with just the number."]
for i, (r, n) in enumerate(roman):
    add("roman_numeral", tpl[i % 3].format(r=r), [str(n)], match="number")

# letters of the alphabet (word; letters that are also common tokens, a i s t m d, are never gold or wrong)
AB = "abcdefghijklmnopqrstuvwxyz"
SKIP = set("aistmd")
letters = [("after", "G", 1), ("after", "K", 1), ("after", "P", 1), ("after", "W", 1), ("after", "B", 1), ("after", "N", 1),
    ("after", "X", 1), ("before", "F", 1), ("before", "L", 1), ("before", "R", 1), ("before", "H", 1),
    ("before", "Z", 1), ("after", "E", 2), ("before", "Q", 2)]
for i, (rel, L, k) in enumerate(letters):
    j = AB.index(L.lower())
    g = AB[j + k] if rel == "after" else AB[j - k]
    oj = j - k if rel == "after" else j + k
    other = AB[oj] if 0 <= oj < len(AB) else None
    wrong = [x for x in (other,) if x and x not in SKIP]
    if k == 1:
        p = pick([f"Which letter comes right {rel} {L} in the English alphabet? Reply with the letter only.",
            f"In the alphabet, what letter comes just {rel} {L}? Answer with a single letter.",
            f"Name the letter that comes immediately {rel} {L} in the alphabet. Reply with one letter."], i)
    else:
        p = f"Which letter comes two places {rel} {L} in the English alphabet? Reply with the letter only."
    assert g not in SKIP
    add("next_letter", p, [g], wrong=wrong)

# first or last letter of a word (word)
wl = [("first", "banana"), ("first", "guitar"), ("first", "kitten"), ("first", "orange"),
    ("first", "zebra"), ("last", "hello"), ("last", "doctor"), ("last", "candy"), ("last", "garlic"), ("last", "sheep"),
    ("last", "wolf"), ("last", "quiz")]
for i, (pos, w) in enumerate(wl):
    g = w[0] if pos == "first" else w[-1]
    other = w[-1] if pos == "first" else w[0]
    assert g not in SKIP
    p = pick([f"What is the {pos} letter of the word '{w}'? Reply with the letter only.",
        f"Which letter is at the {'start' if pos == 'first' else 'end'} of the word \"{w}\"? Answer with one letter.",
        f"Look at the word '{w}'. Which letter does it {'begin' if pos == 'first' else 'end'} with? Reply with a single letter."], i)
    add("word_letter", p, [g], wrong=[x for x in (other,) if x not in SKIP and x != g])

# alphabetical order (choice)
pairs = [("apple", "zebra"), ("dog", "cat"), ("moon", "mountain"), ("tablet", "table"), ("grape", "grain"), ("house", "horse"),
    ("silver", "silk"), ("lime", "lemon"), ("water", "wind"), ("blue", "black"),
    ("cherry", "chair"), ("sugar", "salt"), ("tree", "train"), ("night", "knife")]
tpl = ["Which word comes first in alphabetical order, {a} or {b}? Reply with that word only.",
    "In a dictionary, which word appears earlier: {a} or {b}? Answer with one word.",
    "Sort these two words alphabetically and give the first one: {a}, {b}. Reply with one word."]
for i, (a, b) in enumerate(pairs):
    g = min(a, b)
    x, y = (a, b) if rng.random() < 0.5 else (b, a)
    add("alphabetical_order", tpl[i % 3].format(a=x, b=y), [g], match="choice", wrong=[max(a, b)])

# odd one out (choice)
odd = [(["apple", "banana", "grape"], "carrot"), (["dog", "cat", "horse"], "car"), (["red", "blue", "green"], "chair"),
    (["Monday", "Friday", "Sunday"], "April"), (["piano", "guitar", "violin"], "lamp"), (["rose", "tulip", "daisy"], "eagle"),
    (["Paris", "London", "Tokyo"], "Africa"), (["shirt", "trousers", "sock"], "spoon"),
    (["eagle", "sparrow", "owl"], "salmon"), (["copper", "iron", "silver"], "wood"),
    (["Mars", "Venus", "Jupiter"], "Moon"), (["oak", "pine", "maple"], "tulip"), (["bus", "train", "taxi"], "kitchen"),
    (["milk", "juice", "water"], "bread")]
tpl = ["Which word does not belong with the others: {o}? Reply with one word.",
    "Find the odd one out: {o}. Answer with the odd word only.",
    "One of these is different from the rest: {o}. Which one? Give just that word."]
for i, (same, g) in enumerate(odd):
    o = same + [g]
    rng.shuffle(o)
    add("odd_one_out", tpl[i % 3].format(o=", ".join(o)), [g.lower()], match="choice", wrong=[x.lower() for x in same])

# animal class (choice among four classes shown)
classes = ["mammal", "bird", "fish", "reptile", "amphibian", "insect"]
animals = [("an eagle", "bird"), ("a salmon", "fish"), ("a cow", "mammal"), ("a snake", "reptile"), ("a frog", "amphibian"),
    ("an ant", "insect"), ("a shark", "fish"), ("a penguin", "bird"), ("a dolphin", "mammal"),
    ("a butterfly", "insect"), ("a crocodile", "reptile"), ("an ostrich", "bird"), ("a salamander", "amphibian"),
    ("a kangaroo", "mammal")]
tpl = ["Is {a} {o}? Reply with one word.", "Which group does {a} belong to: {o}? Answer with one word.",
    "What kind of animal is {a}: {o}? Reply with the group name only."]
for i, (a, c) in enumerate(animals):
    o = [c] + rng.sample([x for x in classes if x != c], 3)
    rng.shuffle(o)
    o_text = opts_text(o) if i % 3 else opts_text([("an " if x[0] in "aeiou" else "a ") + x for x in o])
    add("animal_class", tpl[i % 3].format(a=a, o=o_text), [c] + ([] if c == "fish" else [c + "s"]), match="choice", wrong=[x for x in o if x != c])

# everyday categories (choice among four shown)
cats = ["fruit", "vegetable", "animal", "vehicle", "tool", "instrument", "furniture", "clothing"]
plur = {"fruit": ["fruits"], "vegetable": ["vegetables"], "animal": ["animals"], "vehicle": ["vehicles"], "tool": ["tools"],
    "instrument": ["instruments"], "furniture": [], "clothing": ["clothes"]}
things = [("a mango", "fruit"), ("broccoli", "vegetable"), ("a sofa", "furniture"), ("a trumpet", "instrument"),
    ("a helicopter", "vehicle"), ("a wrench", "tool"), ("a jacket", "clothing"), ("a cherry", "fruit"), ("spinach", "vegetable"),
    ("a wardrobe", "furniture"), ("a drum", "instrument"), ("pliers", "tool"), ("a scarf", "clothing"), ("a hamster", "animal"),]
tpl = ["Is {t} a kind of {o}? Reply with one word.", "Which category does {t} belong to: {o}? Answer with one word.",
    "Put {t} in the right group: {o}. Reply with the group only."]
for i, (t, c) in enumerate(things):
    o = [c] + rng.sample([x for x in cats if x != c], 3)
    rng.shuffle(o)
    add("category", tpl[i % 3].format(t=t, o=opts_text(o)), [c] + plur[c], match="choice",
        wrong=[v for x in o if x != c for v in [x] + plur[x]])

# country of a famous landmark (word; wrong: a plausible neighbour)
US = ["united states", "america", "usa", "u.s."]
UK = ["england", "united kingdom", "uk", "britain", "great britain", "u.k."]
marks = [("the Eiffel Tower", ["france"], ["belgium"]), ("the Taj Mahal", ["india"], ["pakistan"]),
    ("the Colosseum", ["italy"], ["greece"]), ("the Statue of Liberty", US, ["france"]), ("Big Ben", UK, ["ireland"]),
    ("the Sydney Opera House", ["australia"], ["zealand"]), ("Machu Picchu", ["peru"], ["mexico", "bolivia"]),
    ("the Great Pyramid of Giza", ["egypt"], ["mexico", "sudan"]), ("the Christ the Redeemer statue", ["brazil"], ["portugal", "argentina"]),
    ("the Kremlin", ["russia"], ["ukraine"]), ("the ancient city of Petra", ["jordan"], ["egypt"]),
    ("Angkor Wat", ["cambodia"], ["thailand"]), ("Chichen Itza", ["mexico"], ["peru"]), ("Mount Fuji", ["japan"], ["china"]),
    ("the Sagrada Familia", ["spain"], ["italy"]), ("the CN Tower", ["canada"], ["united states", "usa"])]
tpl = ["In which country is {m}? Reply with the country name only.", "Which country is {m} in? Answer with one country.",
    "{M} is in which country? Reply with the country only."]
for i, (m, g, w) in enumerate(marks):
    add("landmark_country", tpl[i % 3].format(m=m, M=m[0].upper() + m[1:]), g, wrong=w)

# author of a famous book, as a choice of four surnames
pool = ["shakespeare", "dickens", "austen", "tolstoy", "orwell", "twain", "tolkien", "rowling", "doyle", "carroll",
    "homer", "defoe", "swift", "stevenson", "verne", "wells", "christie", "hemingway"]
books = [("Macbeth", "shakespeare"), ("A Christmas Carol", "dickens"), ("Emma", "austen"), ("Anna Karenina", "tolstoy"),
    ("Animal Farm", "orwell"), ("The Adventures of Tom Sawyer", "twain"), ("The Lord of the Rings", "tolkien"),
    ("Harry Potter and the Philosopher's Stone", "rowling"), ("The Hound of the Baskervilles", "doyle"),
    ("Alice's Adventures in Wonderland", "carroll"), ("The Iliad", "homer"), ("Robinson Crusoe", "defoe"),
    ("Treasure Island", "stevenson"), ("Murder on the Orient Express", "christie")]
tpl = ["Who wrote \"{b}\": {o}? Reply with the surname only.", "\"{b}\" was written by which author: {o}? Answer with one name.",
    "Which of these writers wrote \"{b}\": {o}? Give the author's surname only."]
for i, (b, a) in enumerate(books):
    o = [a] + rng.sample([x for x in pool if x != a], 3)
    rng.shuffle(o)
    add("book_author", tpl[i % 3].format(b=b, o=opts_text([x.capitalize() for x in o])), [a], match="choice",
        wrong=[x for x in o if x != a])

# body parts (word)
body = [("Which organ pumps blood around the body?", ["heart"], ["lungs", "lung", "brain"]),
    ("Which body part do you use to hear sounds?", ["ear", "ears"], ["eye", "eyes"]),
    ("Which body part do you use to smell a flower?", ["nose"], ["mouth", "ear", "ears"]),
    ("Which organs fill with air when you breathe in?", ["lungs", "lung"], ["heart", "stomach"]),
    ("Which joint bends in the middle of your leg?", ["knee", "knees"], ["elbow", "ankle"]),
    ("Which joint bends in the middle of your arm?", ["elbow", "elbows"], ["knee", "wrist"]),
    ("Which joint joins your hand to your arm?", ["wrist", "wrists"], ["elbow", "ankle"]),
    ("What is the largest organ of the human body?", ["skin"], ["liver", "heart", "brain"]),
    ("Which organs filter the blood and make urine?", ["kidney", "kidneys"], ["liver", "bladder"]),
    ("Which bone protects the brain?", ["skull", "cranium"], ["ribs", "spine"]),
    ("Which bones form a cage around your heart and lungs?", ["ribs", "rib", "ribcage"], ["skull", "spine"]),
    ("Which organ makes bile and cleans toxins from the blood?", ["liver"], ["kidney", "kidneys", "heart"]),
    ("What is the coloured part of the eye around the pupil called?", ["iris"], ["retina", "cornea", "lens"]),
    ("On which body part do people usually wear a wristwatch?", ["wrist", "arm"], ["finger", "neck"])]
tail = ["Reply with one word.", "Answer with the body part only.", "Reply with a single word."]
for i, (q, g, w) in enumerate(body):
    add("body_part", f"{q} {pick(tail, i)}", g, wrong=w)

# tools and their uses (word)
tools = [("drive a nail into wood", ["hammer"], ["screwdriver"]), ("cut a sheet of paper", ["scissors"], ["knife"]),
    ("turn a screw", ["screwdriver"], ["hammer"]), ("dig a hole in the garden", ["shovel", "spade"], []),
    ("sweep the floor", ["broom", "brush"], ["mop"]), ("look at faraway stars and planets", ["telescope"], ["microscope"]),
    ("see very tiny things such as cells", ["microscope", "magnifying glass"], ["telescope"]),
    ("find which way is north", ["compass"], ["map"]), ("measure a person's body temperature", ["thermometer"], []),
    ("draw a straight line on paper", ["ruler", "straightedge"], []), ("chop firewood", ["axe", "ax", "hatchet"], []),
    ("weigh flour for a cake", ["scale", "scales"], []),
    ("tighten a nut on a bolt", ["wrench", "spanner"], ["screwdriver", "hammer"]),
    ("make round holes in a wall", ["drill"], ["hammer"])]
tpl = ["What tool do you use to {u}? Reply with one word.", "Which tool is used to {u}? Answer with the tool's name only.",
    "Name the thing people use to {u}. Reply with a single word."]
for i, (u, g, w) in enumerate(tools):
    add("tool_use", tpl[i % 3].format(u=u), g, wrong=w)

# synonyms (word; wrong: an antonym)
syn = [("big", ["large", "huge", "giant", "enormous", "great", "massive", "vast", "gigantic"], ["small", "little", "tiny"]),
    ("quick", ["fast", "rapid", "speedy", "swift", "hasty"], ["slow"]),
    ("glad", ["happy", "pleased", "joyful", "cheerful", "delighted"], ["sad", "unhappy"]),
    ("tiny", ["small", "little", "minute", "miniature", "mini", "wee", "minuscule"], ["big", "large", "huge"]),
    ("start", ["begin", "commence", "initiate", "launch"], ["end", "finish", "stop"]),
    ("angry", ["mad", "furious", "cross", "annoyed", "irate", "livid"], ["calm", "happy"]),
    ("clever", ["smart", "intelligent", "bright", "wise", "brilliant"], ["stupid", "dumb", "foolish"]),
    ("afraid", ["scared", "frightened", "fearful", "terrified"], ["brave", "bold"]),
    ("simple", ["easy", "basic", "plain", "straightforward"], ["hard", "difficult", "complex", "complicated"]),
    ("ill", ["sick", "unwell", "poorly", "ailing"], ["healthy"]),
    ("shout", ["yell", "scream", "holler", "bellow", "roar"], ["whisper"]),
    ("tired", ["sleepy", "exhausted", "weary", "fatigued", "drowsy", "worn"], ["awake", "energetic"]),
    ("beautiful", ["pretty", "lovely", "attractive", "gorgeous", "stunning", "handsome"], ["ugly"]),
    ("silent", ["quiet", "noiseless", "soundless", "hushed", "mute"], ["loud", "noisy"]),
    ("present", ["gift"], []),
    ("chilly", ["cold", "cool", "freezing", "icy", "frosty", "nippy"], ["hot", "warm"])]
tpl = ["What is a synonym of '{w}'? Reply with one word.", "Give a word that means the same as '{w}'. Reply with one word.",
    "Which word has the same meaning as \"{w}\"? Answer with a single word.", "Name a word with a similar meaning to '{w}'. Reply with one word only."]
for i, (w, g, bad) in enumerate(syn):
    if w == "present":
        add("synonym", "What is a synonym of the noun 'present', as in a birthday present? Reply with one word.", g, wrong=bad)
        continue
    add("synonym", tpl[i % 4].format(w=w), g, wrong=bad)

# very common words translated to English (word)
tr = [("French", "pomme", ["apple"], []), ("French", "chat", ["cat"], ["dog"]), ("French", "eau", ["water"], []),
    ("French", "rouge", ["red"], []), ("French", "fromage", ["cheese"], []), ("French", "oui", ["yes"], ["no"]),
    ("Spanish", "perro", ["dog"], ["cat"]), ("Spanish", "luna", ["moon"], ["sun"]),
    ("Spanish", "hola", ["hello", "hi"], ["goodbye", "bye"]), ("Spanish", "libro", ["book"], []),
    ("German", "Haus", ["house", "home"], []), ("German", "Schnee", ["snow"], []), ("German", "Brot", ["bread"], []),
    ("Italian", "grazie", ["thanks", "thank you"], ["please"])]
tpl = ["What does the {l} word '{w}' mean in English? Reply with one word.", "Translate the {l} word '{w}' into English. Reply with the English word only.",
    "In English, what is the {l} word \"{w}\"? Answer with a single English word."]
for i, (l, w, g, bad) in enumerate(tr):
    add("translation", tpl[i % 3].format(l=l, w=w), g, wrong=bad)

# rhymes (choice)
rhymes = [("cat", "hat", ["dog", "cup", "sun"]), ("moon", "spoon", ["star", "fork", "lamp"]), ("tree", "bee", ["leaf", "bird", "rock"]),
    ("cake", "lake", ["cookie", "bread", "pie"]), ("ring", "king", ["queen", "bell", "door"]), ("boat", "goat", ["ship", "sheep", "cow"]),
    ("night", "light", ["dark", "moon", "owl"]), ("rain", "train", ["cloud", "snow", "bus"]), ("house", "mouse", ["home", "rat", "roof"]),
    ("fish", "dish", ["fork", "water", "fin"]), ("star", "car", ["sky", "sun", "planet"]), ("bear", "chair", ["wolf", "table", "lion"]),
    ("clock", "sock", ["watch", "shoe", "time"]), ("phone", "stone", ["call", "rock", "bell"]), ("blue", "shoe", ["red", "sky", "boot"]),
    ("bread", "head", ["butter", "toast", "face"])]
tpl = ["Which word rhymes with '{w}': {o}? Reply with one word.", "Pick the word that rhymes with \"{w}\" from {o}. Answer with that word only.",
    "Out of {o}, which one rhymes with '{w}'? Give just that word."]
for i, (w, g, bad) in enumerate(rhymes):
    o = [g] + bad
    rng.shuffle(o)
    add("rhyme", tpl[i % 3].format(w=w, o=opts_text(o)), [g], match="choice", wrong=bad)

# spelling check (yes/no)
spell = [("recieve", "no"), ("necessary", "yes"), ("definately", "no"), ("beautiful", "yes"), ("seperate", "no"), ("tomorrow", "yes"),
    ("wierd", "no"), ("calendar", "yes"), ("accomodate", "no"), ("goverment", "no"), ("library", "yes"),
    ("beleive", "no"), ("restaurant", "yes"), ("February", "yes")]
tpl = ["Is the word '{w}' spelled correctly? Answer yes or no.", "Is \"{w}\" the correct English spelling? Reply with yes or no.",
    "Is this spelling right: '{w}'? Answer with yes or no only."]
for i, (w, g) in enumerate(spell):
    add("spelling", tpl[i % 3].format(w=w), [g], match="yesno")

# emotion of a sentence (choice)
emo = {"happy": ["happy", "happiness", "joy", "joyful"], "sad": ["sad", "sadness"], "angry": ["angry", "anger", "mad"],
    "scared": ["scared", "fear", "afraid", "frightened", "fearful"]}
sents = [("I just got the job I always wanted!", "happy"), ("We won the final and everyone is cheering and hugging.", "happy"),
    ("My friends threw me a surprise party and I can't stop smiling.", "happy"), ("School is over, the sun is out and we are off to the beach!", "happy"),
    ("My old dog died last night and the house feels empty.", "sad"), ("Everyone forgot my birthday and I spent the evening alone in tears.", "sad"),
    ("I miss my grandmother so much since she passed away.", "sad"), ("My best friend moved to another country and I feel so lonely.", "sad"),
    ("Someone scratched my new car on purpose and just drove off!", "angry"), ("I have asked three times and they still ignore me, this is outrageous!", "angry"),
    ("My brother broke my phone and then lied about it, I am furious.", "angry"), ("The neighbours played loud music until four in the morning again, I've had enough!", "angry"),
    ("There is a strange noise downstairs and I am home alone in the dark.", "scared"), ("The plane keeps shaking and the lights are flickering.", "scared"),
    ("A huge dog is running towards me and growling.", "scared"), ("I hear footsteps following me down the empty street at midnight.", "scared")]
tpl = ["Which emotion does this sentence show: happy, sad, angry or scared? \"{s}\" Reply with one word.",
    "Sentence: \"{s}\" Is the speaker happy, sad, angry or scared? Answer with one word.",
    "How does the writer feel, happy, sad, angry or scared? Text: \"{s}\" Reply with the emotion only."]
order = list(range(len(sents)))
rng.shuffle(order)
for i, k in enumerate(order):
    s, e = sents[k]
    add("emotion", tpl[i % 3].format(s=s), emo[e], match="choice", wrong=[v for x in emo if x != e for v in emo[x]])

# intent of a customer message (choice)
intents = {"refund": ["refund", "refunds"], "cancel": ["cancel", "cancellation", "cancelling", "canceling"],
    "delivery": ["delivery"], "password": ["password"]}
msgs = [("The blender I bought does not work and I would like my money back.", "refund"),
    ("I returned the jacket last week. When will the money go back on my card?", "refund"),
    ("You charged me for something I never ordered, please give me my money back.", "refund"),
    ("The shoes were the wrong size, I sent them back and want to be paid back.", "refund"),
    ("Please stop my subscription, I no longer need it.", "cancel"),
    ("I changed my mind about the order I placed an hour ago, please don't send it.", "cancel"),
    ("I want to end my gym membership at the end of this month.", "cancel"),
    ("Please remove my booking for Friday, I can't make it any more.", "cancel"),
    ("Where is my parcel? It was supposed to arrive on Monday.", "delivery"),
    ("Can you tell me when my order will get here?", "delivery"),
    ("The tracking page has not changed for four days. Where is my package?", "delivery"),
    ("My package still hasn't come. Has it even been shipped yet?", "delivery"),
    ("I can't log in to my account because I forgot my login details.", "password"),
    ("The website says my secret code is wrong every time I try to sign in.", "password"),
    ("I keep getting locked out of my account, how do I set a new login code?", "password"),
    ("Please help me get back into my account, I don't remember how to sign in.", "password")]
tpl = ["A customer wrote: \"{m}\" What do they want: refund, cancel, delivery or password? Reply with one word.",
    "Customer message: \"{m}\" Is this about a refund, cancel, delivery or password? Answer with one word.",
    "Classify this customer message as refund, cancel, delivery or password: \"{m}\" Reply with the label only."]
order = list(range(len(msgs)))
rng.shuffle(order)
for i, k in enumerate(order):
    m, t = msgs[k]
    add("customer_intent", tpl[i % 3].format(m=m), intents[t], match="choice", wrong=[v for x in intents if x != t for v in intents[x]])

# day and month reasoning (word; wrong: one off either side; May is avoided, "may" being a common word)
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
NUMW = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"}
def off(seq, x, k):
    return seq[(seq.index(x) + k) % len(seq)]
day_q = [("monday", 3), ("friday", 2), ("saturday", 4), ("tuesday", -3), ("sunday", 5), ("wednesday", -2), ("thursday", 10), ("monday", -4)]
for i, (d, k) in enumerate(day_q):
    g = off(DAYS, d, k)
    n = NUMW[abs(k)]
    if k > 0:
        p = pick([f"If today is {d.capitalize()}, what day of the week will it be in {n} days? Reply with the day only.",
            f"Today is {d.capitalize()}. Which day will it be {n} days from now? Answer with one word."], i)
    else:
        p = pick([f"Today is {d.capitalize()}. What day of the week was it {n} days ago? Reply with the day only.",
            f"If today is {d.capitalize()}, which day was it {n} days ago? Answer with one word."], i)
    add("date_reasoning", p, [g], wrong=[off(DAYS, g, -1), off(DAYS, g, 1)])
for p, g in [("If yesterday was Tuesday, what day is tomorrow? Reply with the day only.", "thursday"),
        ("If tomorrow is Saturday, what day was yesterday? Answer with one word.", "thursday"),
        ("If today is Friday, what day is the day after tomorrow? Reply with the day only.", "sunday")]:
    add("date_reasoning", p, [g], wrong=[off(DAYS, g, -1), off(DAYS, g, 1)])
month_q = [("October", 4), ("January", 6), ("August", -2), ("December", 4), ("April", 5), ("June", -3), ("November", 2)]
for i, (mo, k) in enumerate(month_q):
    g = off(MONTHS, mo.lower(), k)
    assert g != "may"
    n = NUMW[abs(k)]
    if k > 0:
        p = pick([f"Which month comes {n} months after {mo}? Reply with the month only.",
            f"It is {mo} now. What month will it be in {n} months? Answer with one word."], i)
    else:
        p = pick([f"Which month was it {n} months before {mo}? Reply with the month only.",
            f"It is {mo} now. What month was it {n} months ago? Answer with one word."], i)
    add("date_reasoning", p, [g], wrong=[x for x in (off(MONTHS, g, -1), off(MONTHS, g, 1)) if x != "may"])

for i, it in enumerate(items):
    out = {"id": f"q3-{i + 1:03d}"}
    out.update(it)
    sys.stdout.write(json.dumps(out) + "\n")
