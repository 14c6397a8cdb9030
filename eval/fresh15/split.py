#!/usr/bin/env python3
"""Split fresh15 by frame: md5(frame)[0] even -> /tmp/fresh15a.jsonl, odd -> /tmp/fresh15b.jsonl.
Usage: python3 eval/fresh15/split.py /tmp/fresh15.jsonl"""
import hashlib, json, sys

def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/fresh15.jsonl"
    na = nb = 0
    with open(src, encoding="utf-8") as fh, open("/tmp/fresh15a.jsonl", "w", encoding="utf-8") as fa, open("/tmp/fresh15b.jsonl", "w", encoding="utf-8") as fb:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if int(hashlib.md5(d["frame"].encode("utf-8")).hexdigest()[0], 16) % 2 == 0:
                fa.write(line); na += 1
            else:
                fb.write(line); nb += 1
    print("fresh15a: %d documents -> /tmp/fresh15a.jsonl\nfresh15b: %d documents -> /tmp/fresh15b.jsonl" % (na, nb))

if __name__ == "__main__":
    main()
