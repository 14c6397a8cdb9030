#!/usr/bin/env bash
# `tier calibrate` (and `--fit combined`, below) over 1,000,000 request-log records (about 630 MB, 750,000 shadow-labelled),
# release build. Baseline in the same run: python3 reading the same file with json.loads and
# pulling the same two fields (no analysis at all). Goals (issue 6): <= 2 s, and memory that
# follows the records kept, not the file size (peak RSS is printed next to the file size).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
log=bench/out/calibrate-1m.jsonl
[ -s "$log" ] || python3 bench/make_calibration_log.py 1000000 > "$log"
size=$(stat -c %s "$log")
best=999; rss=0
for _ in 1 2 3; do
  /usr/bin/time -f "%e %M" -o bench/out/time.txt "$bin" calibrate --config examples/hybrid.yaml "$log" --json > bench/out/calibrate.json
  read -r t m < bench/out/time.txt
  best=$(python3 -c "print(min($best, $t))"); rss=$m
done
py=$(python3 - "$log" <<'PY'
import json, sys, time
s = time.perf_counter(); n = 0
for line in open(sys.argv[1], "rb"):
    r = json.loads(line); sh = r.get("shadow")
    if sh and sh.get("local_confidence") is not None and sh.get("agreement") is not None: n += 1
print(f"{time.perf_counter() - s:.2f}")
PY
)
python3 - "$best" "$py" "$rss" "$size" <<'PY'
import sys, json
t, py, rss, size = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
doc = json.load(open("bench/out/calibrate.json"))
print(f"tier calibrate: {doc['records']:,} labelled of {doc['lines']:,} records ({size/1e6:.0f} MB) in {t:.2f} s (best of 3), {doc['lines']/t:,.0f} records/s")
print(f"python3 json.loads of the same file, fields only: {py:.2f} s ({py/t:.1f}x tier's time)")
print(f"peak RSS {rss/1024:.0f} MB for a {size/1e6:.0f} MB file; chosen threshold {doc['chosen']['threshold']:.3f}")
print(f"goal <= 2 s: {'met' if t <= 2 else 'NOT met'}")
PY

# --fit combined (issue 17): 1,000,000 records with the 21 signals tier ask logs (all but agreement), P(right) a known logistic
# function of three of them. Baseline in the same run: plain calibrate (one confidence) on the same file.
slog=bench/out/calibrate-1m-signals.jsonl
[ -s "$slog" ] || python3 - 1000000 > "$slog" <<'PY'
import json, math, random, sys
n = int(sys.argv[1]); rng = random.Random(17)
tasks = ["message_classification", "entity_extraction", "formatting", "summarization"]
for i in range(n):
    m, f, h = rng.random(), rng.random(), 2 * rng.random()
    sig = {"mean_p": round(m, 6), "min_p": round(m * rng.random(), 6), "low_p": round(m * rng.random(), 6),
           "seq_logprob": round(-8 * rng.random(), 6), "first_p": round(f, 6), "first_margin": round(f * rng.random(), 6),
           "mean_margin": round(m * rng.random(), 6), "mean_entropy": round(h, 6), "tokens": 1 + i % 40, "hedged": int(i % 50 == 0),
           "truncated": int(i % 30 == 0), "invalid_json": 0, "score": round(m, 6),
           "answer_mean_p": round(m * rng.random(), 6), "answer_min_p": round(m * rng.random(), 6), "answer_first_p": round(f * rng.random(), 6),
           "mean_logprob": round(-2 * rng.random(), 6), "answer_logprob": round(-6 * rng.random(), 6), "answer_tokens": 1 + i % 12,
           "answer_first_margin": round(f * rng.random(), 6), "echo": round(rng.random(), 6)}
    z = -1 + 3 * m + 2 * f - 1.5 * h + (0.5 if i % 4 == 0 else 0)
    agree = 1.0 if rng.random() < 1 / (1 + math.exp(-z)) else 0.0
    rec = {"time": "2026-11-%02dT%02d:%02d:00.000Z" % (1 + i * 20 // n, i % 24, i % 60), "id": "%016x" % i,
           "task_type": tasks[i % 4], "outcome": "answered", "final_tier": "local", "confidence": round(m, 4),
           "shadow": {"tier": "cloud", "model": "m", "agreement": agree, "local_confidence": round(m, 4), "error": None, "signals": sig}}
    sys.stdout.write(json.dumps(rec, separators=(",", ":")) + "\n")
PY
ssize=$(stat -c %s "$slog")
cbest=999; cbase=999; crss=0
for _ in 1 2 3; do
  /usr/bin/time -f "%e %M" -o bench/out/time.txt "$bin" calibrate --config examples/hybrid.yaml "$slog" --target 0.8 --json > bench/out/calibrate-plain.json || [ $? -eq 1 ]   # 1: the raw confidence reaches no threshold for the target
  read -r t m < <(tail -n 1 bench/out/time.txt); cbase=$(python3 -c "print(min($cbase, $t))")   # time's last line: a non-zero exit adds one before it
  /usr/bin/time -f "%e %M" -o bench/out/time.txt "$bin" calibrate --config examples/hybrid.yaml "$slog" --fit combined --target 0.8 --json > bench/out/calibrate-combined.json
  read -r t m < bench/out/time.txt; cbest=$(python3 -c "print(min($cbest, $t))"); crss=$m
done
python3 - "$cbest" "$cbase" "$crss" "$ssize" <<'PY'
import sys, json
t, base, rss, size = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
doc = json.load(open("bench/out/calibrate-combined.json"))
c = doc["combined"]
print(f"tier calibrate --fit combined: {doc['records']:,} records with signals ({size/1e6:.0f} MB) in {t:.2f} s (best of 3), peak RSS {rss/1024:.0f} MB")
print(f"baseline, plain tier calibrate on the same file: {base:.2f} s ({t/base:.1f}x); held-out AUROC {c['pooled']['auroc']:.3f} vs best single signal {c['pooled']['best_signal_auroc']:.3f} ({c['pooled']['best_signal']})")
print(f"goal <= 5 s: {'met' if t <= 5 else 'NOT met'}")
PY
