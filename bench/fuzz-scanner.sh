#!/usr/bin/env bash
# Runs the scanner fuzz loop for a sustained stretch: random bytes, and mutated detector seeds and
# development-set texts (../shared/eval/pii-dev.jsonl.gz, when it is there), through the scanner in
# a debug build, where every buffer read is bounds-checked (a release build would read past an end
# without a word), 20,000 inputs per run with a new seed each. Usage: bench/fuzz-scanner.sh [SECONDS] (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:-300}
corpus=$(mktemp)
trap 'rm -f "$corpus"' EXIT
[ -f ../shared/eval/pii-dev.jsonl.gz ] && zcat ../shared/eval/pii-dev.jsonl.gz > "$corpus"
texts=$(wc -l < "$corpus")
rounds=20000
# Built once (by a one-input run: swift test compiles for testing, which @testable needs), in a build
# folder of its own, so benchmarks and builds can run beside it.
TIER_FUZZ_ROUNDS=1 swift test --scratch-path .build-fuzz --filter ScannerFuzz > /tmp/tier-fuzz.log 2>&1 \
  || { cat /tmp/tier-fuzz.log; exit 1; }
end=$(( $(date +%s) + seconds ))
runs=0
while [ "$(date +%s)" -lt "$end" ]; do
  TIER_FUZZ_SEED=$((runs + 1000)) TIER_FUZZ_ROUNDS=$rounds TIER_FUZZ_CORPUS="$corpus" swift test --scratch-path .build-fuzz --skip-build --filter ScannerFuzz > /tmp/tier-fuzz.log 2>&1 \
    || { cat /tmp/tier-fuzz.log; echo "FAILED with TIER_FUZZ_SEED=$((runs + 1000))" >&2; exit 1; }
  runs=$((runs + 1))
done
echo "scanner fuzz: $runs runs of $rounds inputs each ($((runs * rounds)) inputs, mutating 12 seeds and $texts development-set texts) in ${seconds}s, no crash"
