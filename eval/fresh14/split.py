#!/usr/bin/env python3
"""Split fresh14 by frame: md5(frame)[0] even -> /tmp/fresh14a.jsonl, odd -> /tmp/fresh14b.jsonl.
Usage: python3 eval/fresh14/split.py /tmp/fresh14.jsonl"""
import hashlib, json, sys

def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/fresh14.jsonl"
    na = nb = 0
    with open(src, encoding="utf-8") as fh, open("/tmp/fresh14a.jsonl", "w", encoding="utf-8") as fa, open("/tmp/fresh14b.jsonl", "w", encoding="utf-8") as fb:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if int(hashlib.md5(d["frame"].encode("utf-8")).hexdigest()[0], 16) % 2 == 0:
                fa.write(line); na += 1
            else:
                fb.write(line); nb += 1
    print("fresh14a: %d documents -> /tmp/fresh14a.jsonl\nfresh14b: %d documents -> /tmp/fresh14b.jsonl" % (na, nb))

if __name__ == "__main__":
    main()
