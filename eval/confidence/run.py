#!/usr/bin/env python3
"""Asks every question of eval/confidence/questions.jsonl through `tier ask --json` (one call each,
sequential), labels each answer by correctness against the gold answers, and writes one JSONL line per
question: id, question_type, task_type (what tier's router assigned), task_key (what ask's model is looked up by),
correct, answer, confidence (what ask reported) and signals (what ask logged).

  python3 eval/confidence/run.py --tier BIN --config CONFIG [--questions FILE] [--ids FILE] > answers.jsonl
  python3 eval/confidence/run.py --relabel answers.jsonl > relabelled.jsonl
"""
import argparse, json, re, subprocess, sys

WORD = re.compile(r"[a-z0-9]+")

def words(s):
    return WORD.findall(s.lower())

def contains(ws, phrase):
    p = words(phrase)
    return any(ws[i:i + len(p)] == p for i in range(len(ws) - len(p) + 1)) if p else False

NUM = re.compile(r"-?\d+")

def first_mention(ws, options):
    best = None
    for o in options:
        p = words(o)
        for i in range(len(ws) - len(p) + 1):
            if ws[i:i + len(p)] == p:
                if best is None or i < best[0]:
                    best = (i, o)
                break
    return best[1] if best else None

def correct(item, answer):
    ws = words(answer)
    if item["match"] == "number":
        asked = set(NUM.findall(item["prompt"]))
        fresh = [m for m in NUM.findall(answer.replace(",", "")) if m not in asked]
        return bool(fresh) and fresh[0] in item["gold"]
    if item["match"] == "yesno":
        first = next((w for w in ws if w in ("yes", "no")), None)
        return first == item["gold"][0]
    if item["match"] == "choice":
        return first_mention(ws, item["gold"] + item["wrong"]) in item["gold"]
    if item["task_type"] == "chemical_symbol":
        # A symbol is case-sensitive and short: the first token that looks like a symbol.
        toks = re.findall(r"\b[A-Z][a-z]?\b", answer)
        toks = [t for t in toks if t not in ("I", "A")]
        return bool(toks) and toks[0] in item["gold"]
    if not any(contains(ws, g) for g in item["gold"]):
        return False
    asked = words(item["prompt"])
    return not any(contains(ws, w) and not contains(asked, w) for w in item["wrong"])

def relabel(path, questions):
    qs = {json.loads(l)["id"]: json.loads(l) for l in open(questions)}
    for line in open(path):
        r = json.loads(line)
        r["correct"] = correct(qs[r["id"]], r["answer"])
        sys.stdout.write(json.dumps(r) + "\n")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tier")
    ap.add_argument("--config")
    ap.add_argument("--questions", default="eval/confidence/questions.jsonl")
    ap.add_argument("--ids", help="only these ids (one a line)")
    ap.add_argument("--max-tokens", default="24")
    ap.add_argument("--relabel", help="label the answers in this file again (no asking)")
    a = ap.parse_args()
    if a.relabel:
        return relabel(a.relabel, a.questions)
    keep = set(open(a.ids).read().split()) if a.ids else None
    for line in open(a.questions):
        item = json.loads(line)
        if keep is not None and item["id"] not in keep:
            continue
        p = subprocess.run([a.tier, "ask", "--config", a.config, "--json", "--no-log", "--no-stream", "--max-tokens", a.max_tokens,
                            "--temperature", "0", item["prompt"]], capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            sys.exit(f"tier ask failed on {item['id']}: {p.stderr.strip()}")
        r = json.loads(p.stdout)
        sys.stdout.write(json.dumps({"id": item["id"], "question_type": item["task_type"], "task_type": r.get("task_type"),
                                     "task_key": r.get("task_key"), "correct": correct(item, r["answer"]), "answer": r["answer"], "confidence": r["confidence"],
                                     "signals": r["signals"]}) + "\n")
        sys.stdout.flush()

if __name__ == "__main__":
    main()
