import json, sys, collections
sys.path.insert(0, "/work/main/eval/confidence")
from score import auroc
out = json.load(open("/tmp/keyexp/optmass.json"))
for sig in ("margin", "share", "first_margin", "conf"):
    for st in ("questions.jsonl", "questions2.jsonl", "questions3.jsonl"):
        rs = [r for r in out if r["set"] == st]
        by = collections.defaultdict(list)
        for r in rs: by[r["type"]].append(r)
        w = [auroc([(x[sig], x["correct"]) for x in v]) for v in by.values()]
        w = [x for x in w if x is not None]
        print(f"{sig:13s} {st:17s} n={len(rs):3d} right={sum(r['correct'] for r in rs):3d} pooled {auroc([(x[sig], x['correct']) for x in rs]):.3f} within {sum(w)/len(w):.3f} types={len(w)}")
