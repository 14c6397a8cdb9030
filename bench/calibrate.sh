#!/usr/bin/env bash
# `tier calibrate` over 1,000,000 request-log records (about 630 MB, 750,000 shadow-labelled),
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
