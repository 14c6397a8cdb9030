#!/usr/bin/env bash
# `tier classify` on one core over ~100 MB of mixed text: the development set's texts repeated.
# Baseline in the same run: grep -E with five patterns (e-mail, SSN, card, IPv4, AWS key id) over
# the same file, printing every match (-o) as tier finds every one. Goal (issue 3): >= 200 MB/s. Also prints peak RSS (the scan streams its input).
# TIER_BIN=path runs that binary instead of building (a build under its own scratch path); BASE_BIN=path
# measures a second binary (the build before a change) side by side in the same run.
set -euo pipefail
if [ -n "${TIER_BIN:-}" ]; then
  cd "$(dirname "$0")/.."; bin=$(realpath "$TIER_BIN"); mkdir -p bench/out
else
  source "$(dirname "$0")/lib.sh"
fi
file=bench/out/mixed.txt
size_mb=${1:-100}
if [ ! -s "$file" ] || [ "$(stat -c %s "$file")" -lt $((size_mb * 1000000)) ]; then
  python3 - "$file" "$size_mb" <<'PY'
import gzip, json, sys
texts = [json.loads(l)["text"] for l in gzip.open("../shared/eval/pii-dev.jsonl.gz", "rt")]
block = "\n\n".join(texts).encode() + b"\n\n"
with open(sys.argv[1], "wb") as f:
    for _ in range(int(sys.argv[2]) * 1000000 // len(block) + 1): f.write(block)
PY
fi
# The second corpus: short records (the development set's lines of at most 200 bytes, one per
# line), as CSV exports, logs and forms are: many short values, little prose between them.
records=bench/out/records.txt
if [ ! -s "$records" ] || [ "$(stat -c %s "$records")" -lt $((size_mb * 1000000)) ]; then
  python3 - "$records" "$size_mb" <<'PY'
import gzip, json, sys
lines = [l for t in (json.loads(x)["text"] for x in gzip.open("../shared/eval/pii-dev.jsonl.gz", "rt"))
         for l in t.split("\n") if 0 < len(l.encode()) <= 200]
block = ("\n".join(lines) + "\n").encode()
with open(sys.argv[1], "wb") as f:
    for _ in range(int(sys.argv[2]) * 1000000 // len(block) + 1): f.write(block)
PY
fi
best() { local b=999; for _ in 1 2 3; do local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); b=$(python3 -c "print(min($b, $e - $s))"); done; echo "$b"; }
rate() { python3 -c "print(f'{$(stat -c %s "$2")/1e6/$1:.1f}')"; }
for corpus in "$file" "$records"; do
  t=$(best taskset -c 0 "$bin" classify "$corpus")
  line="$(basename "$corpus"): tier $(rate "$t" "$corpus") MB/s"
  if [ -n "${BASE_BIN:-}" ]; then
    tb=$(best taskset -c 0 "$(realpath "$BASE_BIN")" classify "$corpus")
    line="$line, before the change $(rate "$tb" "$corpus") MB/s"
  fi
  echo "$line (one core, best of 3)"
done
size=$(stat -c %s "$file")
t_tier=$(best taskset -c 0 "$bin" classify "$file")
# grep stops at the first match when its output is /dev/null: the matches go to a file.
t_grep=$(best sh -c 'taskset -c 0 grep -E -o "$@" > bench/out/grep.out' grep -e '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' -e '[0-9]{3}-[0-9]{2}-[0-9]{4}' \
  -e '[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}' -e '([0-9]{1,3}\.){3}[0-9]{1,3}' -e 'AKIA[0-9A-Z]{16}' "$file")
/usr/bin/time -f "%M" -o bench/out/classify.rss taskset -c 0 "$bin" classify "$file" > bench/out/classify.out
python3 - "$size" "$t_tier" "$t_grep" "$(cat bench/out/classify.rss)" <<'PY'
import sys
size, tt, tg, rss = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"tier classify: {size/1e6:.0f} MB in {tt:.2f} s = {size/1e6/tt:.1f} MB/s (one core, best of 3), peak RSS {rss/1024:.0f} MB")
print(f"grep -E, five patterns: {size/1e6/tg:.1f} MB/s; tier/grep = {tg/tt:.2f}")
print(f"goal >= 200 MB/s: {'met' if size/1e6/tt >= 200 else 'NOT met'}")
PY
