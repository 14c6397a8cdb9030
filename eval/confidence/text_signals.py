#!/usr/bin/env python3
"""The answer-text signals tier ask logs since they were added (Sources/TierCore/Cascade/AnswerText.swift,
the same definitions), added to answers logged before them: reads run.py's output and the question file,
writes the records with the thirteen signals under "signals".

    python3 eval/confidence/text_signals.py eval/confidence/questions2.jsonl answers2-smollm2.jsonl > answers2-text.jsonl
"""
import json, re, sys

W = re.compile(r"[a-z0-9]+")
NUM = re.compile(r"-?\d+(?:\.\d+)?")
ARTICLES = ("a", "an", "the")

def words(s): return W.findall(s.lower())

def options(prompt):
    p = prompt.lower()
    m = re.search(r"([a-z0-9' ,]+?) or ((?:not )?(?:(?:a|an|the) )?[a-z0-9']+)", p)
    if not m: return []
    chunks = [c.strip() for c in m.group(1).split(",")]
    if len(chunks) == 2: chunks = chunks[1:]
    opts = [c.split(" ")[-1] for c in chunks if c]
    r = [w for w in m.group(2).split(" ") if w not in ARTICLES]
    opts.append(" ".join(r) if r[0] == "not" else r[0])
    return [o for o in opts if o and o not in ARTICLES + ("is",)]

def features(prompt, answer):
    pw = set(words(prompt)); aw = words(answer)
    own = [w for w in aw if w not in pw]
    lp = prompt.lower()
    asks = "number" in lp or "how many" in lp
    pnums = set(NUM.findall(prompt)); fresh = [n for n in NUM.findall(answer.replace(",", "")) if n not in pnums]
    opts = options(prompt)
    mentioned = [o for o in opts if re.search(r"(?<![a-z0-9_])" + re.escape(o) + r"(?![a-z0-9_])", answer.lower())]
    t = answer.strip(" \n\t\r")
    return {
        "answer_words": float(len(aw)), "own_words": float(len(own)), "own_share": len(own) / len(aw) if aw else 0.0,
        "fresh_number": 1.0 if fresh else 0.0, "number_asked": (1.0 if fresh else 0.0) if asks else 0.5,
        "fresh_numbers": float(len(set(fresh))), "repeats": 1 - len(set(aw)) / len(aw) if aw else 0.0,
        "newline": 1.0 if "\n" in t else 0.0,
        "negation": 1.0 if any(w in ("not", "neither", "nor", "no", "never", "isn", "doesn", "cannot") for w in own) else 0.0,
        "one_option": (1.0 if len(mentioned) == 1 else 0.0) if len(opts) >= 2 else 0.5,
        "yes_no_first": (1.0 if aw and aw[0] in ("yes", "no") else 0.0) if "yes or no" in lp else 0.5,
        "quote": 1.0 if ('"' in answer or "'" in answer) else 0.0,
        "sentence_end": 1.0 if t.endswith((".", "!")) else 0.0,
    }

if __name__ == "__main__":
    prompts = {q["id"]: q["prompt"] for q in map(json.loads, open(sys.argv[1]))}
    for line in open(sys.argv[2]):
        r = json.loads(line)
        r["signals"].update(features(prompts[r["id"]], r["answer"]))
        print(json.dumps(r))
