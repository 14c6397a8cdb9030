#!/usr/bin/env bash
# route --jsonl throughput on 1 KB prompts, on one core (taskset), release build.
# Baseline in the same run: `wc -l` and python3's json.loads+json.dumps over the same file, so the
# number can be read against the cost of merely reading (and merely parsing) the input here.
# Goal (issue 2): >= 100,000 decisions/s.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
n=${1:-100000}
swift build -c release --static-swift-stdlib >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/tier"
mkdir -p bench/out
python3 bench/make_requests.py "$n" 1024 > bench/out/requests.jsonl
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

best=999
for _ in 1 2 3; do
  t=$(seconds $pin "$bin" route --config examples/hybrid.yaml --jsonl < bench/out/requests.jsonl)
  best=$(echo "if ($t < $best) $t else $best" | bc -l)
done
wc_t=$(seconds $pin wc -l bench/out/requests.jsonl)
py_t=$(seconds $pin python3 -c 'import sys, json
for line in sys.stdin: sys.stdout.write(json.dumps(json.loads(line)) + "\n")' < bench/out/requests.jsonl)
rate=$(echo "$n / $best" | bc -l)
printf 'requests: %d of ~1 KB (%s)\n' "$n" "$(du -h bench/out/requests.jsonl | cut -f1)"
printf 'tier route --jsonl : %8.3f s  %10.0f decisions/s  (best of 3, one core)\n' "$best" "$rate"
printf 'wc -l (read only)  : %8.3f s\n' "$wc_t"
printf 'python3 json.loads+dumps per line (no routing): %8.3f s  (that time / tier time = %.2f)\n' "$py_t" "$(echo "$py_t / $best" | bc -l)"
printf 'goal 100000/s: %s\n' "$(echo "$rate >= 100000" | bc -l | sed 's/1/met/;s/0/NOT met/')"
