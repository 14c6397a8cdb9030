#!/usr/bin/env python3
"""The issue's protocol over random half splits of run.py's output: fit `tier calibrate --fit combined`
on one half, apply the fitted model to the other half's logged signals (the formula tier ask uses,
checked against tier ask itself by check_ask.sh), and measure there:
  - AUROC of the fitted confidence, pooled and within question types (mean over types with both outcomes);
  - the same for every single signal and for the confidence ask reported before any fit;
  - whether the chosen threshold meets its target on the other half (kept-local share right >= target).
Beside it, today's procedure on the same splits: the lowest threshold on ask's confidence whose Wilson
lower bound clears the target.

  python3 eval/confidence/splits.py --tier BIN answers.jsonl [--splits 200] [--target 0.8] [--seed 1]
"""
import argparse, json, math, os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from score import auroc, SIGNALS, LOWER_BETTER

def feature(name, v):
    """Signal.feature in Sources/TierCore/Cascade/Signals.swift, the scale the fitted weights are on."""
    if name in ("seq_logprob", "answer_logprob"):
        return max(-30.0, v)
    if name == "mean_logprob":
        return max(-10.0, v)
    if name in ("tokens", "answer_tokens", "answer_words", "own_words", "fresh_numbers"):
        return math.log1p(max(0.0, v))
    return v

def iso(knots, c):
    if not knots:
        return c
    if c <= knots[0][0]:
        return knots[0][1]
    if c >= knots[-1][0]:
        return knots[-1][1]
    lo, hi = 0, len(knots) - 1
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if knots[mid][0] <= c:
            lo = mid
        else:
            hi = mid
    a, b = knots[lo], knots[hi]
    return b[1] if b[0] == a[0] else a[1] + (b[1] - a[1]) * (c - a[0]) / (b[0] - a[0])

def apply(model, r):
    s = r["signals"]
    if s.get("invalid_json") == 1 or not r["answer"].strip():
        return 0.0
    # ConfidenceModel.probability: the task key first, then the router's task type.
    keys = [k for k in (r.get("task_key"), r.get("task_type")) if k]
    g = next((model["tasks"][k] for k in keys if k in model["tasks"]), model["pooled"])
    x = [feature(n, s[n]) if s.get(n) is not None else model["fill"][j] for j, n in enumerate(model["signals"])]
    off = next((g["offsets"][k] for k in keys if k in g["offsets"]), 0.0)
    z = g["bias"] + off + sum(w * v for w, v in zip(g["weights"], x))
    p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
    return min(1.0, max(0.0, iso(g["map"], p)))

def wilson_lower(k, n, z=1.959964):
    if n == 0:
        return 0.0
    p = k / n
    c = p + z * z / (2 * n)
    s = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (c - s) / (1 + z * z / n))

def wilson_choice(rows, target):
    rs = sorted(rows, key=lambda r: -r["confidence"])
    best = None; k = 0; i = 0
    while i < len(rs):
        c = rs[i]["confidence"]
        while i < len(rs) and rs[i]["confidence"] == c:
            k += rs[i]["correct"]; i += 1
        if wilson_lower(k, i) >= target:
            best = c
    return best

def kept_rate(rows, conf, t):
    kept = [r["correct"] for r in rows if conf(r) >= t - 1e-12]
    return (sum(kept) / len(kept), len(kept)) if kept else (None, 0)

def within(rows, value):
    by = {}
    for r in rows:
        v = value(r)
        if v is not None:
            by.setdefault(r["question_type"], []).append((v, r["correct"]))
    a = [x for x in (auroc(p) for p in by.values()) if x is not None]
    return sum(a) / len(a) if a else None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("answers")
    ap.add_argument("--tier", required=True)
    ap.add_argument("--splits", type=int, default=200)
    ap.add_argument("--target", type=float, default=0.8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--task-field", help="passed to tier calibrate --task-field (default: calibrate's own, task_key then task_type)")
    ap.add_argument("--future", help="passed to tier calibrate --future (default: calibrate's own)")
    ap.add_argument("--save-split", help="write split 0's halves and fitted output under this directory")
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.answers)]
    rng = random.Random(a.seed)
    cols = {"fitted": [], "ask (before any fit)": []}
    for s in SIGNALS:
        cols[s] = []
    chose = met = 0; w_chose = w_met = 0; shares = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(a.splits):
            idx = list(range(len(rows))); rng.shuffle(idx)
            A = [rows[i] for i in idx[:len(rows) // 2]]; B = [rows[i] for i in idx[len(rows) // 2:]]
            fa = os.path.join(tmp, "a.jsonl")
            with open(fa, "w") as f:
                for r in A:
                    f.write(json.dumps(r) + "\n")
            p = subprocess.run([a.tier, "calibrate", fa, "--fit", "combined", "--json", "--label-field", "correct",
                                "--signals-field", "signals", "--confidence-field", "confidence",
                                "--target", str(a.target)] + (["--task-field", a.task_field] if a.task_field else []) + (["--future", a.future] if a.future is not None else []), capture_output=True, text=True)
            if p.returncode not in (0, 1):
                sys.exit(f"tier calibrate failed: {p.stderr.strip()}")
            doc = json.loads(p.stdout)
            model = doc["combined"]["model"]
            if a.save_split and k == 0:
                os.makedirs(a.save_split, exist_ok=True)
                for name, half in (("a.jsonl", A), ("b.jsonl", B)):
                    with open(os.path.join(a.save_split, name), "w") as f:
                        for r in half:
                            f.write(json.dumps(r) + "\n")
                with open(os.path.join(a.save_split, "calibrate.json"), "w") as f:
                    f.write(p.stdout)
            fitted = lambda r: apply(model, r)
            cols["fitted"].append((auroc([(fitted(r), r["correct"]) for r in B]), within(B, fitted)))
            ask = lambda r: r["confidence"]
            cols["ask (before any fit)"].append((auroc([(ask(r), r["correct"]) for r in B]), within(B, ask)))
            for s in SIGNALS:
                sign = -1 if s in LOWER_BETTER else 1
                f = lambda r, s=s, sign=sign: None if r["signals"].get(s) is None else sign * r["signals"][s]
                if all(f(r) is None for r in B):
                    continue
                cols[s].append((auroc([(f(r), r["correct"]) for r in B if f(r) is not None]), within(B, f)))
            if doc["chosen"] is not None:
                chose += 1
                rate, n = kept_rate(B, fitted, doc["chosen"]["threshold"])
                shares.append(n / len(B))
                if rate is not None and rate >= a.target:
                    met += 1
            t = wilson_choice(A, a.target)
            if t is not None:
                w_chose += 1
                rate, n = kept_rate(B, ask, t)
                if rate is not None and rate >= a.target:
                    w_met += 1
    def mean(xs):
        xs = [x for x in xs if x is not None]
        return sum(xs) / len(xs) if xs else None
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"
    print(f"{len(rows)} answers, {sum(r['correct'] for r in rows)} right; {a.splits} random half splits; target {a.target}")
    print(f"| confidence | pooled AUROC | within-type AUROC |")
    print(f"|---|---|---|")
    for name, v in cols.items():
        if v:
            print(f"| {name} | {fmt(mean([x[0] for x in v]))} | {fmt(mean([x[1] for x in v]))} |")
    print(f"fitted, fixed-sequence test: chose a threshold in {chose}/{a.splits} splits; met the target on the other half in "
          f"{met}/{chose} ({(met / chose if chose else 0):.1%}); mean local share on the other half {fmt(mean(shares))}")
    print(f"today's procedure (Wilson, lowest threshold, ask's confidence): chose in {w_chose}/{a.splits}; met in "
          f"{w_met}/{w_chose} ({(w_met / w_chose if w_chose else 0):.1%})")

if __name__ == "__main__":
    main()
