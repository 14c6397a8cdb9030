#!/usr/bin/env bash
# Runs the scanner fuzz loop for a sustained stretch: random bytes and mutated detector inputs
# through both scanners, in a release build. Usage: bench/fuzz-scanner.sh [SECONDS] (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:-300}
end=$(( $(date +%s) + seconds ))
runs=0
while [ "$(date +%s)" -lt "$end" ]; do
  TIER_FUZZ_SEED=$((runs + 1000)) swift test -c release --filter ScannerFuzz > /tmp/tier-fuzz.log 2>&1 \
    || { cat /tmp/tier-fuzz.log; echo "FAILED with TIER_FUZZ_SEED=$((runs + 1000))" >&2; exit 1; }
  runs=$((runs + 1))
done
echo "scanner fuzz: $runs runs of 4,000 inputs each ($((runs * 4000)) inputs) in ${seconds}s, no crash"
