#!/usr/bin/env python3
"""The acceptance protocol once, end to end with tier ask: `tier calibrate --fit combined --write` on half A
(a config copy), then `tier ask` with the written config on every question of half B. Prints the AUROC of the
confidence ask reported (pooled and within question types), whether the chosen threshold met its target on B,
and the largest difference between ask's confidence and splits.py's offline formula on the same signals.

  python3 eval/confidence/check_ask.py --tier BIN --config CONFIG --split-dir DIR [--target 0.8]
(DIR holds a.jsonl and b.jsonl, as splits.py --save-split writes them.)
"""
import argparse, json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from score import auroc
from splits import apply, within

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tier", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--split-dir", required=True)
    ap.add_argument("--target", default="0.8")
    ap.add_argument("--samples-config", help="ask half B with this config's routing.confidence.samples instead (kept from --config otherwise)")
    a = ap.parse_args()
    d = a.split_dir
    cfg = os.path.join(d, "config.yaml")
    shutil.copy(a.config, cfg)
    p = subprocess.run([a.tier, "calibrate", "-c", cfg, os.path.join(d, "a.jsonl"), "--fit", "combined", "--write", "--json",
                        "--label-field", "correct", "--signals-field", "signals", "--confidence-field", "confidence",
                        "--target", a.target], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"calibrate chose no threshold or failed (exit {p.returncode}): {p.stderr.strip()[-300:]}")
    doc = json.loads(p.stdout)
    model, threshold = doc["combined"]["model"], doc["chosen"]["threshold"]
    print(f"calibrate on half A: threshold {threshold:.3f}; {doc['guarantee']}")
    print(p.stderr.strip().splitlines()[0] if p.stderr.strip() else "(no diff)")
    B = [json.loads(l) for l in open(os.path.join(d, "b.jsonl"))]
    ids = os.path.join(d, "b.ids")
    with open(ids, "w") as f:
        f.write("\n".join(r["id"] for r in B) + "\n")
    out = os.path.join(d, "b-ask.jsonl")
    with open(out, "w") as f:
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "run.py"), "--tier", a.tier, "--config", cfg, "--ids", ids],
                       stdout=f, check=True)
    asked = {json.loads(l)["id"]: json.loads(l) for l in open(out)}
    rows = [asked[r["id"]] for r in B]
    diff = max(abs(r["confidence"] - apply(model, r)) for r in rows)
    same = sum(asked[r["id"]]["answer"] == r["answer"] for r in B)
    conf = lambda r: r["confidence"]
    kept = [r["correct"] for r in rows if r["confidence"] >= threshold - 1e-12]
    rate = sum(kept) / len(kept) if kept else float("nan")
    print(f"tier ask on half B ({len(rows)} questions, {same} answers identical to the first run): AUROC of ask's confidence "
          f"{auroc([(conf(r), r['correct']) for r in rows]):.3f} pooled, {within(rows, conf):.3f} within question types")
    print(f"kept local at >= {threshold:.3f}: {len(kept)} ({len(kept) / len(rows):.1%}), right {rate:.3f} (target {a.target}: "
          f"{'met' if rate >= float(a.target) else 'NOT met'})")
    print(f"largest difference between ask's confidence and the offline formula: {diff:.2e}")

if __name__ == "__main__":
    main()
