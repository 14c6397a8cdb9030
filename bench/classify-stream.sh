#!/usr/bin/env bash
# `tier classify` on a 2 GB file: peak resident memory (goal < 64 MB) and the time it takes, and
# that the count of findings equals 2 GB / the block size × the block's own count (every window
# boundary crossed by values, none lost or doubled).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
block=bench/out/block.txt
big=bench/out/big-2g.txt
# One block: the dev set's texts; its size is not a multiple of the 4 MB window, so values straddle window ends.
python3 - "$block" <<'PY'
import gzip, json, sys
texts = [json.loads(l)["text"] for l in gzip.open("../shared/eval/pii-dev.jsonl.gz", "rt")]
open(sys.argv[1], "wb").write(("\n\n".join(texts) + "\n\n").encode())
PY
bsize=$(stat -c %s "$block")
reps=$(( 2000000000 / bsize + 1 ))
if [ ! -s "$big" ] || [ "$(stat -c %s "$big")" -ne $(( reps * bsize )) ]; then
  python3 - "$block" "$big" "$reps" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "wb") as f:
    for _ in range(int(sys.argv[3])): f.write(b)
PY
fi
"$bin" classify --jsonl "$block" | python3 -c "import json,sys; print(len(json.loads(sys.stdin.read())['findings']))" > bench/out/block.count
s=$(date +%s.%N)
/usr/bin/time -f "%M" -o bench/out/stream.rss taskset -c 0 "$bin" classify "$big" > bench/out/stream.out
e=$(date +%s.%N)
python3 - "$(stat -c %s "$big")" "$(python3 -c "print($e - $s)")" "$(cat bench/out/stream.rss)" "$reps" "$(cat bench/out/block.count)" <<'PY'
import re, sys
size, t, rss, reps, per = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
line = open("bench/out/stream.out").read()
found = sum(int(n) for n in re.findall(r"×(\d+)", line))
print(f"tier classify, {size/1e9:.2f} GB file: {t:.1f} s ({size/1e6/t:.0f} MB/s), peak RSS {rss/1024:.1f} MB (goal < 64 MB: {'met' if rss < 64*1024 else 'NOT met'})")
print(f"findings: {found:,}; expected {reps:,} blocks × {per:,} = {reps*per:,}: {'equal' if found == reps*per else 'DIFFERENT'}")
PY
