#!/usr/bin/env python3
"""Split fresh5 by sentence frame: a frame whose md5's first hex digit is even is development
(its misses were read while writing rules), odd is held out (never read). Frames are distinct
templates, so reading one half shows nothing of the other's phrasing.

    python3 eval/fresh5/split.py /tmp/fresh5.jsonl   # writes /tmp/fresh5a.jsonl (dev), /tmp/fresh5b.jsonl (held out)
"""
import hashlib, json, os, sys

src = sys.argv[1]
base = os.path.splitext(src)[0]
with open(src) as f, open(base + "a.jsonl", "w") as a, open(base + "b.jsonl", "w") as b:
    for line in f:
        frame = str(json.loads(line)["frame"])
        (a if int(hashlib.md5(frame.encode()).hexdigest()[0], 16) % 2 == 0 else b).write(line)
