"""Candidate 4: text features of the answer against the prompt (no model call)."""
import re
W = re.compile(r"[a-z0-9]+")
NUM = re.compile(r"-?\d+(?:\.\d+)?")
def words(s): return W.findall(s.lower())

def options(prompt):
    """Options a prompt offers: 'X or Y', 'a, b, c or d' (the last clause before '?' / ':' / '.')."""
    p = prompt.lower()
    m = re.search(r"([a-z0-9' ,]+?)\s+or\s+([a-z0-9']+(?: [a-z0-9']+)?)", p)
    if not m: return []
    left = m.group(1).split(",")
    opts = [left[-1].strip().split(" ")[-1]] + [x.strip() for x in left[:-1][-4:]]
    if len(left) > 1:
        opts = [x.strip().split(" ")[-1] for x in left]
    # last option: the word(s) after 'or' (keep one word unless 'not spam' style)
    r = m.group(2).split(" ")
    opts.append(" ".join(r) if r[0] == "not" else r[0])
    return [o for o in opts if o and o not in ("an", "a", "the", "is")]

def feats(prompt, answer):
    pw = set(words(prompt)); aw = words(answer)
    own = [w for w in aw if w not in pw]
    asks_number = 1.0 if re.search(r"\bnumber only\b|\bhow many\b|\bnumber\b", prompt.lower()) else 0.0
    pnums = set(NUM.findall(prompt)); anums = NUM.findall(answer.replace(",", ""))
    fresh = [n for n in anums if n not in pnums]
    opts = options(prompt)
    mentioned = [o for o in opts if re.search(r"\b" + re.escape(o) + r"\b", answer.lower())]
    yesno = "yes or no" in prompt.lower()
    first = aw[0] if aw else ""
    f = {
        "x_words": float(len(aw)),
        "x_own_words": float(len(own)),
        "x_own_share": len(own) / len(aw) if aw else 0.0,
        "x_fresh_number": 1.0 if fresh else 0.0,
        "x_number_ok": (1.0 if fresh else 0.0) if asks_number else 0.5,
        "x_many_numbers": float(len(set(fresh))),
        "x_repeat": 1 - len(set(aw)) / len(aw) if aw else 0.0,
        "x_newline": 1.0 if "\n" in answer.strip() else 0.0,
        "x_negation": 1.0 if any(w in ("not", "neither", "nor", "no", "never", "isn", "doesn", "cannot") for w in own) else 0.0,
        "x_one_option": (1.0 if len(mentioned) == 1 else 0.0) if len(opts) >= 2 else 0.5,
        "x_yesno_first": (1.0 if first in ("yes", "no") else 0.0) if yesno else 0.5,
        "x_quote": 1.0 if re.search(r"[\"']", answer) else 0.0,
        "x_sentence_end": 1.0 if answer.strip().endswith((".", "!")) else 0.0,
    }
    return f

ARTICLES = ("a", "an", "the")
def options2(prompt):
    """v2 (fix seen on set 1's comparison type): 'Which is heavier, an elephant or a mouse?' -> elephant, mouse.
    One comma before 'or' = a lead-in clause, 2+ commas = a list; articles dropped."""
    p = prompt.lower()
    m = re.search(r"([a-z0-9' ,]+?)\s+or\s+((?:not )?(?:(?:a|an|the) )?[a-z0-9']+)", p)
    if not m: return []
    chunks = [c.strip() for c in m.group(1).split(",")]
    if len(chunks) == 2: chunks = chunks[1:]
    opts = [c.split(" ")[-1] for c in chunks if c]
    r = [w for w in m.group(2).split(" ") if w not in ARTICLES]
    opts.append(" ".join(r) if r[0] == "not" else r[0])
    return [o for o in opts if o and o not in ARTICLES + ("is",)]

def feats2(prompt, answer):
    f = feats(prompt, answer)
    opts = options2(prompt)
    mentioned = [o for o in opts if re.search(r"\b" + re.escape(o) + r"\b", answer.lower())]
    f["x_one_option2"] = (1.0 if len(mentioned) == 1 else 0.0) if len(opts) >= 2 else 0.5
    return f
