#!/usr/bin/env python3
"""split.py -- split fresh12 into two halves that share no frame.

    zcat eval/fresh12/fresh12.jsonl.gz > /tmp/fresh12.jsonl
    python3 eval/fresh12/split.py /tmp/fresh12.jsonl      # -> /tmp/fresh12a.jsonl, /tmp/fresh12b.jsonl

A document goes to fresh12a if the first hex digit of md5(frame id) is even, otherwise to fresh12b. All uses of a
frame therefore land in the same half. Reads .jsonl or .jsonl.gz and keeps the input order and bytes of each line.
"""
import gzip
import hashlib
import json
import sys


def half(frame):
    return "a" if int(hashlib.md5(frame.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "b"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: split.py FRESH12.jsonl[.gz]")
    path = sys.argv[1]
    opener = gzip.open if path.endswith(".gz") else open
    out = {"a": [], "b": []}
    frames = {"a": set(), "b": set()}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            h = half(d["frame"])
            out[h].append(line if line.endswith("\n") else line + "\n")
            frames[h].add(d["frame"])
    assert not (frames["a"] & frames["b"])
    for h in ("a", "b"):
        dest = "/tmp/fresh12%s.jsonl" % h
        with open(dest, "w", encoding="utf-8") as f:
            f.writelines(out[h])
        print("%s: %d documents, %d frames" % (dest, len(out[h]), len(frames[h])))


if __name__ == "__main__":
    main()
