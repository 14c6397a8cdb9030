#!/usr/bin/env python3
"""PERSON recall by context (what marks a name as a person: label, honorific, cue_before,
cue_after, none; see PERSON_CONTEXTS in gen_dev.py), matched by overlap as score_pii.py does.

    python3 eval/person_context.py --gold eval/dev.jsonl.gz --pred pred.jsonl [--threshold 0.4]
"""
import argparse
import collections
import gzip
import json


def load(path):
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--threshold", type=float, default=0.0)
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed names per context")
    a = ap.parse_args()
    preds = {p["id"]: [(s["start"], s["end"]) for s in p.get("spans", []) if s.get("type") == "PERSON"
                       and (s.get("score") is None or s["score"] >= a.threshold)] for p in load(a.pred)}
    n, hit, missed = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for g in load(a.gold):
        for s in g["spans"]:
            if s["type"] != "PERSON":
                continue
            ctx = s.get("context", "unknown")
            n[ctx] += 1
            if any(ps < s["end"] and s["start"] < pe for ps, pe in preds.get(g["id"], [])):
                hit[ctx] += 1
            else:
                missed[ctx].append(s["value"])
    print("| PERSON context | gold | found | recall |")
    print("|---|---:|---:|---:|")
    for ctx in sorted(n, key=lambda c: -n[c]):
        print("| %s | %d | %d | %.3f |" % (ctx, n[ctx], hit[ctx], hit[ctx] / n[ctx]))
    print("| **all** | %d | %d | %.3f |" % (sum(n.values()), sum(hit.values()), sum(hit.values()) / max(1, sum(n.values()))))
    for ctx in sorted(missed):
        if a.misses:
            print("missed (%s): %s" % (ctx, "; ".join(missed[ctx][:a.misses])))


if __name__ == "__main__":
    main()
