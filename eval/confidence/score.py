#!/usr/bin/env python3
"""AUROC of each single signal and of ask's confidence, pooled and within question types, from
run.py's output. Within-type: the mean over question types that have both right and wrong answers.
  python3 eval/confidence/score.py answers.jsonl [--confidence-only]"""
import json, sys

SIGNALS = ["mean_logprob", "answer_logprob", "answer_tokens", "answer_first_margin", "echo", "mean_p", "min_p", "low_p", "seq_logprob", "first_p", "first_margin", "mean_margin", "mean_entropy",
           "tokens", "hedged", "truncated", "invalid_json", "answer_mean_p", "answer_min_p", "answer_first_p", "score", "agreement",
           "answer_words", "own_words", "own_share", "fresh_number", "number_asked", "fresh_numbers", "repeats", "newline",
           "negation", "one_option", "yes_no_first", "quote", "sentence_end"]
LOWER_BETTER = {"answer_tokens", "mean_entropy", "tokens", "hedged", "truncated", "invalid_json", "answer_words", "own_words",
                "own_share", "fresh_numbers", "repeats", "newline", "negation", "quote"}

def auroc(pairs):
    pos = [s for s, y in pairs if y]; neg = [s for s, y in pairs if not y]
    if not pos or not neg:
        return None
    pairs = sorted(pairs, key=lambda p: p[0])
    # rank-sum with ties averaged
    ranks = {}
    i = 0
    rank_sum = 0.0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        r = (i + j + 1) / 2
        rank_sum += r * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))

def table(rows, value):
    pooled = auroc([(value(r), r["correct"]) for r in rows if value(r) is not None])
    by = {}
    for r in rows:
        v = value(r)
        if v is not None:
            by.setdefault(r["question_type"], []).append((v, r["correct"]))
    within = [a for a in (auroc(p) for p in by.values()) if a is not None]
    return pooled, (sum(within) / len(within) if within else None), len(within)

def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    n = len(rows); right = sum(r["correct"] for r in rows)
    print(f"{n} answers, {right} right ({right / n:.1%})")
    fmt = lambda x: "  n/a" if x is None else f"{x:.3f}"
    print(f"{'signal':<16} {'pooled':>7} {'within':>7}")
    cols = [("confidence (ask)", lambda r: r["confidence"])]
    if "--confidence-only" not in sys.argv:
        for s in SIGNALS:
            sign = -1 if s in LOWER_BETTER else 1
            cols.append((s, lambda r, s=s, sign=sign: None if r["signals"].get(s) is None else sign * r["signals"][s]))
    for name, f in cols:
        p, w, k = table(rows, f)
        print(f"{name:<16} {fmt(p):>7} {fmt(w):>7}")

if __name__ == "__main__":
    main()
