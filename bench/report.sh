#!/usr/bin/env bash
# `tier report` over 1,000,000 request-log records (about 560 MB: three tiers, escalations,
# fallbacks, refusals, shadow samples, parity pairs; bench/make_report_log.py), release build.
# Baselines in the same run over the same file: `wc -l` (reading the bytes and nothing else) and
# python3 json.loads of every line (parsing alone, no counting). Goal (issue 19): <= 3 s.
# TIER_BIN=path skips the build and times that binary instead.
set -euo pipefail
if [ -n "${TIER_BIN:-}" ]; then
  cd "$(dirname "${BASH_SOURCE[0]}")/.."; bin="$TIER_BIN"; mkdir -p bench/out
else
  source "$(dirname "$0")/lib.sh"
fi
log=bench/out/report-1m.jsonl
[ -s "$log" ] || python3 bench/make_report_log.py 1000000 30 > "$log"
size=$(stat -L -c %s "$log")
cat "$log" > /dev/null  # into the page cache, for every reader alike
best=999; cpu=999; rss=0
for _ in 1 2 3; do
  /usr/bin/time -f "%e %U %S %M" -o bench/out/time.txt "$bin" report --config examples/hybrid.yaml "$log" --json --html bench/out/report.html > bench/out/report.json
  read -r t u s m < bench/out/time.txt
  best=$(python3 -c "print(min($best, $t))"); cpu=$(python3 -c "print(min($cpu, $u + $s))"); rss=$m
done
wc_best=999
for _ in 1 2 3; do
  s=$(date +%s.%N); wc -l "$log" > /dev/null; e=$(date +%s.%N)
  wc_best=$(python3 -c "print(min($wc_best, $e - $s))")
done
py=$(python3 - "$log" <<'PY'
import json, sys, time
s = time.perf_counter()
for line in open(sys.argv[1], "rb"):
    json.loads(line)
print(f"{time.perf_counter() - s:.2f}")
PY
)
python3 - "$best" "$py" "$rss" "$size" "$wc_best" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys, json
t, py, rss, size, wc, cpu, load = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7]
doc = json.load(open("bench/out/report.json"))
n = doc["requests"] + doc["parity"]
print(f"tier report: {n:,} records ({doc['requests']:,} requests, {doc['parity']:,} parity; {size/1e6:.0f} MB) in {t:.2f} s (best of 3, --json and --html), {n/t:,.0f} records/s")
print(f"wc -l of the same file: {wc:.2f} s; python3 json.loads of every line (parse only): {py:.2f} s ({py/t:.1f}x tier's time)")
print(f"CPU (user + system) {cpu:.2f} s, peak RSS {rss/1024:.0f} MB; load average {load} on {__import__('os').cpu_count()} cores during the run")
print(f"goal <= 3 s: {'met' if t <= 3 else 'NOT met'}")
PY
