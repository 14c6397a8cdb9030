#!/usr/bin/env python3
"""Chat lines with one person's name each (eval/chat/lines.txt, written for tier: 115 lines as colleagues and friends
write them), checked as written and lower-cased: prints the lines where tier classify finds no PERSON.
No span offsets: each line holds a name, so a line without a PERSON finding is a miss.

    python3 eval/chat/check.py [path/to/tier]
"""
import json, os, subprocess, sys

tier = sys.argv[1] if len(sys.argv) > 1 else "tier"
lines = [l.rstrip("\n") for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.txt")) if l.strip()]
for name, texts in (("as written", lines), ("lower case", [l.lower() for l in lines])):
    inp = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([tier, "classify", "--input-format", "jsonl"], input=inp.encode(), capture_output=True, check=True).stdout.decode()
    found = {json.loads(l)["id"] for l in out.splitlines() if any(s["type"] == "PERSON" for s in json.loads(l)["spans"])}
    missed = [t for i, t in enumerate(texts) if str(i) not in found]
    for t in missed:
        print("  missed:", t)
    print("%s: %d of %d lines without a PERSON finding" % (name, len(missed), len(texts)))
