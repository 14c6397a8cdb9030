#!/usr/bin/env python3
"""Split fresh6 by frame into a development half and a held-out half.

A document goes to <stem>a.jsonl if the first hex digit of md5(frame id) is even, else to <stem>b.jsonl.
Both files are written next to the input:

    zcat eval/fresh6/fresh6.jsonl.gz > /tmp/fresh6.jsonl
    python3 eval/fresh6/split.py /tmp/fresh6.jsonl      # writes /tmp/fresh6a.jsonl and /tmp/fresh6b.jsonl

A .jsonl.gz input is read as well (the outputs are plain .jsonl). Lines are copied byte for byte.
"""
import gzip
import hashlib
import json
import os
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    base = os.path.basename(src)
    for ext in (".jsonl.gz", ".jsonl"):
        if base.endswith(ext):
            base = base[: -len(ext)]
            break
    outdir = os.path.dirname(os.path.abspath(src))
    pa = os.path.join(outdir, base + "a.jsonl")
    pb = os.path.join(outdir, base + "b.jsonl")
    opener = gzip.open if src.endswith(".gz") else open
    na = nb = 0
    with opener(src, "rt", encoding="utf-8") as f, open(pa, "w", encoding="utf-8") as fa, \
            open(pb, "w", encoding="utf-8") as fb:
        for line in f:
            if not line.strip():
                continue
            frame = json.loads(line)["frame"]
            even = int(hashlib.md5(frame.encode("utf-8")).hexdigest()[0], 16) % 2 == 0
            if even:
                fa.write(line if line.endswith("\n") else line + "\n")
                na += 1
            else:
                fb.write(line if line.endswith("\n") else line + "\n")
                nb += 1
    print("%s: %d documents\n%s: %d documents" % (pa, na, pb, nb))


if __name__ == "__main__":
    main()
