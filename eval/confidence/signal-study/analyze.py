"""Turns cache/*.jsonl into candidate signals {(set, id): {name: value}}."""
import json, math, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import features as F
HERE = os.path.dirname(os.path.abspath(__file__))
W = re.compile(r"[a-z0-9]+")

def cache(name):
    p = os.path.join(HERE, "cache", name + ".jsonl")
    if not os.path.exists(p): return {}
    return {(j["set"], j["id"]): j["data"] for j in map(json.loads, open(p))}

def pyn(top, yes=("yes",), no=("no",)):
    py = sum(math.exp(lp) for _, t, lp in top if t.strip().lower() in yes)
    pn = sum(math.exp(lp) for _, t, lp in top if t.strip().lower() in no)
    floor = math.exp(min(lp for _, _, lp in top)) if top else 1e-6
    py2, pn2 = (py or floor), (pn or floor)
    return py2 / (py2 + pn2), math.log(py2) - math.log(pn2), py + pn

def verify_signals(d):
    out = {}
    for k, (yes, no) in {"v1": (("yes",), ("no",)), "v2": (("yes",), ("no",)), "v3": (("true",), ("false",))}.items():
        if k in d:
            p, lo, mass = pyn(d[k]["top"], yes, no)
            out[f"{k}_pyes"] = p; out[f"{k}_logit"] = lo; out[f"{k}_mass"] = mass
    return out

def own_tokens(tokens, prompt):
    known = set(W.findall(prompt.lower()))
    owner = []; text = ""
    for i, t in enumerate(tokens):
        text += t; owner += [i] * len(t)
    own, anyt = set(), set()
    for m in re.finditer(r"[A-Za-z0-9]+", text):
        toks = set(owner[m.start():m.end()])
        anyt |= toks
        if m.group(0).lower() not in known: own |= toks
    return sorted(own or anyt)

def pmi_signals(d, prompt):
    if d.get("empty"): return {}
    real, na, ins = d["real"]["lp"], d["na"]["lp"], d["instr"]["lp"]
    n = len(d["ids"])
    toks = d["real"]["tokens"][:n]
    own = own_tokens(toks, prompt)
    out = {
        "pmi_na_all": sum(real[:n]) - sum(na[:n]),
        "pmi_instr_all": sum(real[:n]) - sum(ins[:n]),
        "pmi_na_own": sum(real[i] - na[i] for i in own),
        "pmi_instr_own": sum(real[i] - ins[i] for i in own),
        "pmi_na_own_mean": sum(real[i] - na[i] for i in own) / len(own),
        "pmi_instr_own_mean": sum(real[i] - ins[i] for i in own) / len(own),
        "pmi_instr_first_own": real[own[0]] - ins[own[0]],
        "pmi_na_first_own": real[own[0]] - na[own[0]],
        "eos_lp": real[n] if len(real) > n else None,
        "rescored_own_lp": sum(real[i] for i in own),
        "prior_instr_own_lp": sum(ins[i] for i in own),
        "prior_na_own_lp": sum(na[i] for i in own),
    }
    return out

def words(s): return W.findall(s.lower())

def f1(x, y):
    if not x and not y: return 1.0
    if not x or not y: return 0.0
    c = {}
    for w in x: c[w] = c.get(w, 0) + 1
    ov = 0
    for w in y:
        if c.get(w, 0) > 0: c[w] -= 1; ov += 1
    if not ov: return 0.0
    p, r = ov / len(y), ov / len(x)
    return 2 * p * r / (p + r)

def agreement(a, b, prompt):
    known = set(words(prompt))
    oa = [w for w in words(a) if w not in known]; ob = [w for w in words(b) if w not in known]
    if not oa and not ob: return f1(words(a), words(b))
    return f1(oa, ob)

def first_own(a, prompt):
    known = set(words(prompt))
    o = [w for w in words(a) if w not in known]
    return o[0] if o else None

def stab_signals(d, prompt, answer):
    out = {}
    for k in ("s1", "s2"):
        if k in d:
            t = d[k]["text"]
            out[f"{k}_f1"] = agreement(answer, t, prompt)
            fa, fb = first_own(answer, prompt), first_own(t, prompt)
            out[f"{k}_first"] = 1.0 if fa is not None and fa == fb else 0.0
            out[f"{k}_contains"] = 1.0 if fa is not None and fa in words(t) else 0.0
            out[f"{k}_exact"] = 1.0 if t.strip() == answer.strip() else 0.0
    if "s1_f1" in out and "s2_f1" in out:
        out["s12_f1"] = (out["s1_f1"] + out["s2_f1"]) / 2
        out["s12_contains"] = (out["s1_contains"] + out["s2_contains"]) / 2
    return out

def all_signals(S):
    V, P, T = cache("verify"), cache("pmi"), cache("stab")
    extra = {}
    for s, rows in S.items():
        for r in rows:
            k = (s, r["id"]); e = {}
            e.update(F.feats2(r["q"]["prompt"], r["answer"]))
            if k in V: e.update(verify_signals(V[k]))
            if k in P: e.update(pmi_signals(P[k], r["q"]["prompt"]))
            if k in T: e.update(stab_signals(T[k], r["q"]["prompt"], r["answer"]))
            extra[k] = {a: b for a, b in e.items() if b is not None}
    return extra
