import json, sys, math, urllib.request, collections, re
sys.path.insert(0, "/work/main/eval/confidence")
from score import auroc
def ask(prompt):
    body = {"model": "smollm2-135m", "messages": [{"role": "user", "content": prompt}], "max_tokens": 24, "temperature": 0,
            "logprobs": True, "top_logprobs": 5, "stream": False}
    req = urllib.request.Request("http://127.0.0.1:8080/v1/chat/completions", json.dumps(body).encode(), {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req, timeout=60))
out = []
for qs, ans in [("questions.jsonl", "answers-smollm2.jsonl"), ("questions2.jsonl", "answers2-smollm2.jsonl"), ("questions3.jsonl", "answers3-smollm2.jsonl")]:
    Q = {json.loads(l)["id"]: json.loads(l) for l in open("/work/main/eval/confidence/" + qs)}
    A = {json.loads(l)["id"]: json.loads(l) for l in open("/work/main/eval/confidence/" + ans)}
    for i, q in Q.items():
        if q["match"] not in ("choice", "yesno"): continue
        opts = (q["gold"] + q["wrong"]) if q["match"] == "choice" else ["yes", "no"]
        r = ask(q["prompt"])
        content = r["choices"][0]["message"]["content"]
        toks = r["choices"][0]["logprobs"]["content"]
        # the first token with a letter
        pos = next((t for t in toks if re.search(r"[A-Za-z]", t["token"])), None)
        if pos is None: continue
        mass = collections.Counter()
        for alt in pos["top_logprobs"]:
            t = alt["token"].strip().lower()
            if not t: continue
            for o in opts:
                if o.lower().startswith(t): mass[o] += math.exp(alt["logprob"])
        # chosen: the option whose mass is greatest among those the answer mentions first
        low = content.lower()
        idx = [(low.find(o.lower()), o) for o in opts if low.find(o.lower()) >= 0]
        chosen = min(idx)[1] if idx else None
        pc = mass.get(chosen, 0.0) if chosen else 0.0
        other = max([mass[o] for o in opts if o != chosen] + [0.0])
        tot = sum(mass.values())
        out.append({"set": qs, "id": i, "type": q["task_type"], "correct": A[i]["correct"], "margin": pc - other,
                    "share": pc / tot if tot > 0 else 0.0, "first_margin": A[i]["signals"].get("first_margin", 0), "conf": A[i]["confidence"]})
json.dump(out, open("/tmp/keyexp/optmass.json", "w"))
for sig in ("margin", "share", "first_margin", "conf"):
    for st in ("questions.jsonl", "questions2.jsonl", "questions3.jsonl"):
        rs = [r for r in out if r["set"] == st]
        by = collections.defaultdict(list)
        for r in rs: by[r["type"]].append(r)
        w = [auroc([x[sig] for x in v], [x["correct"] for x in v]) for v in by.values() if 0 < sum(x["correct"] for x in v) < len(v)]
        w = [x for x in w if x is not None]
        print(sig, st, len(rs), "pooled %.3f" % auroc([x[sig] for x in rs], [x["correct"] for x in rs]), "within %.3f" % (sum(w) / len(w) if w else float("nan")), len(w))
