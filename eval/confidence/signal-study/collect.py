#!/usr/bin/env python3
"""Collects candidate signals' raw model outputs for both question sets into cache/<cand>.jsonl (resumable).
  python3 collect.py verify pmi stab"""
import json, os, re, sys, time
sys.path.insert(0, os.path.dirname(__file__))
import lm
E = "/work/main/eval/confidence/"
SETS = {1: ("questions.jsonl", "answers-smollm2.jsonl"), 2: ("questions2.jsonl", "answers2-smollm2.jsonl")}

def top(entry):
    return [(t["token"], bytes(t["bytes"]).decode("utf-8", "replace") if t.get("bytes") else t["token"], t["logprob"]) for t in entry["top_logprobs"]]

def last_sentence(p):
    parts = [s for s in re.split(r"(?<=[.?!])\s+", p.strip()) if s]
    return parts[-1] if parts else p

def verify(q, a):
    out = {}
    prompts = {
        "v1": [{"role": "user", "content": f"Question: {q}\nProposed answer: {a}\nIs the proposed answer correct? Answer yes or no."}],
        "v2": [{"role": "user", "content": q}, {"role": "assistant", "content": a}, {"role": "user", "content": "Is that right? Answer yes or no."}],
        "v3": [{"role": "user", "content": f"{q}\nAnswer: {a}\nTrue or false: the answer above is correct. Reply with true or false."}],
    }
    for k, m in prompts.items():
        r = lm.chat(m, max_tokens=1, top_logprobs=20)
        c = r["choices"][0]
        out[k] = {"top": top(c["logprobs"]["content"][0]) if c["logprobs"]["content"] else [], "ms": r["_ms"],
                  "prompt_tokens": r["usage"]["prompt_tokens"]}
    return out

def score(prompt_text, ids):
    g = "root ::= " + " ".join(f"<[{i}]>" for i in ids)
    r = lm.completion(prompt_text, n_predict=len(ids) + 1, n_probs=1, grammar=g)
    cp = r["completion_probabilities"]
    return {"tokens": [(bytes(t["bytes"]).decode("utf-8", "replace") if t.get("bytes") else t["token"]) for t in cp],
            "lp": [t["logprob"] for t in cp], "ms": r["_ms"], "prompt_tokens": r["tokens_evaluated"]}

def pmi(q, a):
    ids = [t["id"] for t in lm.tokenize(a, True)]
    if not ids:
        return {"empty": True}
    out = {"ids": ids}
    out["real"] = score(lm.template([{"role": "user", "content": q}]), ids)
    out["na"] = score(lm.template([{"role": "user", "content": "N/A"}]), ids)
    out["instr"] = score(lm.template([{"role": "user", "content": last_sentence(q)}]), ids)
    return out

def stab(q, a):
    out = {}
    r = lm.chat([{"role": "system", "content": "Answer with as few words as possible."}, {"role": "user", "content": q}], max_tokens=24, top_logprobs=1)
    out["s1"] = {"text": r["choices"][0]["message"]["content"], "ms": r["_ms"], "ct": r["usage"]["completion_tokens"]}
    r = lm.chat([{"role": "user", "content": "Answer this question briefly and correctly.\n\n" + q}], max_tokens=24, top_logprobs=1)
    out["s2"] = {"text": r["choices"][0]["message"]["content"], "ms": r["_ms"], "ct": r["usage"]["completion_tokens"]}
    return out

FUN = {"verify": verify, "pmi": pmi, "stab": stab}

def main():
    for cand in sys.argv[1:]:
        path = os.path.join(os.path.dirname(__file__), "cache", cand + ".jsonl")
        done = set()
        if os.path.exists(path):
            done = {(j["set"], j["id"]) for j in map(json.loads, open(path))}
        with open(path, "a") as f:
            for s, (qf, af) in SETS.items():
                qs = {json.loads(l)["id"]: json.loads(l) for l in open(E + qf)}
                for l in open(E + af):
                    r = json.loads(l)
                    if (s, r["id"]) in done:
                        continue
                    d = FUN[cand](qs[r["id"]]["prompt"], r["answer"])
                    f.write(json.dumps({"set": s, "id": r["id"], "data": d}) + "\n"); f.flush()
            print(cand, "done", time.strftime("%H:%M:%S"), flush=True)

if __name__ == "__main__":
    main()
