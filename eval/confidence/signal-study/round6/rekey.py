import json, re, sys, hashlib
ans, qs, mode, out = sys.argv[1:5]
Q = {json.loads(l)["id"]: json.loads(l) for l in open(qs)}
def norm(s):
    s = re.sub(r'"[^"]*"', '"_"', s)
    s = re.sub(r'\d+', '#', s.lower())
    return re.sub(r'\s+', ' ', s).strip()
def sentences(p):
    p = re.sub(r'"[^"]*"', '"_"', p)
    parts = re.split(r'(?<=[.?!:])\s+|\n', p)
    return [x for x in parts if re.search(r'[A-Za-z]', x.replace('"_"', ''))]
def key(p):
    ss = sentences(p)
    last = norm(ss[-1]) if ss else ""
    words = norm(p).split()
    if mode == "last": return last
    if mode == "first2": return " ".join(words[:2]) + "|" + last
    if mode == "first3": return " ".join(words[:3]) + "|" + last
    if mode == "first1": return " ".join(words[:1]) + "|" + last
    if mode == "type": return None
    raise SystemExit(mode)
with open(out, "w") as f:
    for l in open(ans):
        r = json.loads(l)
        k = key(Q[r["id"]]["prompt"])
        r["task_key"] = r["question_type"] if mode == "type" else "shape-" + hashlib.md5(k.encode()).hexdigest()[:12]
        f.write(json.dumps(r) + "\n")
