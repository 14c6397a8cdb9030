#!/usr/bin/env python3
"""Split fresh7 into two halves by frame.

A document goes to fresh7a if the first hex digit of md5(frame id) is even, otherwise to fresh7b, so a frame never
appears in both halves.  Treat fresh7b as held out.

    zcat eval/fresh7/fresh7.jsonl.gz > /tmp/fresh7.jsonl
    python3 eval/fresh7/split.py /tmp/fresh7.jsonl      # -> /tmp/fresh7a.jsonl, /tmp/fresh7b.jsonl
"""
import gzip
import hashlib
import json
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    opener = gzip.open if path.endswith(".gz") else open
    halves = {"a": [], "b": []}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            h = int(hashlib.md5(d["frame"].encode("utf-8")).hexdigest()[0], 16)
            halves["a" if h % 2 == 0 else "b"].append(line.rstrip("\n"))
    for k, lines in halves.items():
        out = "/tmp/fresh7%s.jsonl" % k
        with open(out, "w", encoding="utf-8") as f:
            for l in lines:
                f.write(l + "\n")
        frames = len({json.loads(l)["frame"] for l in lines})
        print("%s: %d documents, %d frames" % (out, len(lines), frames))


if __name__ == "__main__":
    main()
