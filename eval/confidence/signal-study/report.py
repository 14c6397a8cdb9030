"""Scores candidate signals: single AUROC (pooled, within) per set, and the fit with the existing signals over
200 half splits per set."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import evalfit as E
EV = "/work/main/eval/confidence/"
FILES = {1: ("questions.jsonl", "answers-smollm2.jsonl"), 2: ("questions2.jsonl", "answers2-smollm2.jsonl")}

def sets():
    out = {}
    for s, (qf, af) in FILES.items():
        qs = {json.loads(l)["id"]: json.loads(l) for l in open(EV + qf)}
        rows = E.prepare(EV + af)
        for r in rows: r["q"] = qs[r["id"]]; r["set"] = s
        out[s] = rows
    return out

def add(rows_by_set, extra):
    """extra: {(set, id): {name: value}}"""
    for s, rows in rows_by_set.items():
        for r in rows:
            r["sig"].update(extra.get((s, r["id"]), {}))

def fmt(x): return "n/a" if x is None else f"{x:.3f}"

def single_table(S, names, sign=None):
    lines = ["| signal | set1 pooled | set1 within | set2 pooled | set2 within |", "|---|---:|---:|---:|---:|"]
    for n in names:
        sg = (sign or {}).get(n, 1)
        vals = []
        for s in (1, 2):
            p, w = E.single(S[s], lambda r: None if r["sig"].get(n) is None else sg * r["sig"][n])
            vals += [p, w]
        lines.append(f"| {n}{' (negated)' if sg < 0 else ''} | " + " | ".join(fmt(v) for v in vals) + " |")
    return "\n".join(lines)

def fit_table(S, combos, n_splits=200):
    lines = ["| fit (base = the 22 logged signals) | set1 pooled | set1 within | set2 pooled | set2 within |", "|---|---:|---:|---:|---:|"]
    for label, names in combos:
        vals = []
        for s in (1, 2):
            vals += list(E.splits(S[s], names, n_splits=n_splits))
        lines.append(f"| {label} | " + " | ".join(fmt(v) for v in vals) + " |")
        print(lines[-1], flush=True)
    return "\n".join(lines)
