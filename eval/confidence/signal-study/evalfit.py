"""Python replica of `tier calibrate --fit combined` (pooled L2 logistic, lambda 10 on standardised weights,
1e-4 bias, 4 on per-task offsets for groups >= 20 records, 5-fold OOF isotonic with 40 knots) and the
splits.py protocol (same RNG, same halves), with extra signals."""
import json, math, random, sys
import numpy as np
sys.path.insert(0, "/work/main/eval/confidence")
from score import auroc

BASE_SIGNALS = ["mean_p", "min_p", "low_p", "seq_logprob", "first_p", "first_margin", "mean_margin", "mean_entropy", "tokens",
                "hedged", "truncated", "invalid_json", "answer_mean_p", "answer_min_p", "answer_first_p", "score", "agreement",
                "mean_logprob", "answer_logprob", "answer_tokens", "answer_first_margin", "echo"]
MIN_OFFSET = 20
LOWER = {"answer_tokens", "mean_entropy", "tokens", "hedged", "truncated", "invalid_json"}

def feat(name, v):
    if name in ("seq_logprob", "answer_logprob"): return max(-30.0, v)
    if name == "mean_logprob": return max(-10.0, v)
    if name in ("tokens", "answer_tokens"): return math.log1p(max(0.0, v))
    return v

def load(path):
    return [json.loads(l) for l in open(path)]

def newton(X, y, off_idx, n_off, lambdas, iters=50):
    n, d = X.shape
    P = 1 + d + n_off
    A = np.zeros((n, P)); A[:, 0] = 1; A[:, 1:1 + d] = X
    for i, o in enumerate(off_idx):
        if o >= 0: A[i, 1 + d + o] = 1
    th = np.zeros(P); lam = np.asarray(lambdas)
    def obj(t):
        z = A @ t
        return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * np.sum(lam * t * t)
    f = obj(th)
    for _ in range(iters):
        z = A @ th; p = 1 / (1 + np.exp(-z))
        g = A.T @ (p - y) + lam * th
        H = (A * (p * (1 - p))[:, None]).T @ A + np.diag(lam)
        delta = np.linalg.solve(H, g)
        t = 1.0; ok = False
        for _ in range(8):
            c = th - t * delta; fc = obj(c)
            if fc <= f:
                ch = np.max(np.abs(c - th)); gain = f - fc
                th, f, ok = c, fc, True
                if ch < 1e-5 or gain <= 1e-8 * max(1, abs(fc)): return th
                break
            t /= 2
        if not ok: break
    return th

def pav_knots(pts, max_knots=40):
    pts = sorted(pts)
    sy, sw, sx = [], [], []
    i = 0
    while i < len(pts):
        c = pts[i][0]; yy = w = 0.0
        while i < len(pts) and pts[i][0] == c:
            yy += pts[i][1]; w += 1; i += 1
        sy.append(yy); sw.append(w); sx.append(c * w)
        while len(sy) >= 2 and sy[-2] / sw[-2] >= sy[-1] / sw[-1]:
            y2, w2, x2 = sy.pop(), sw.pop(), sx.pop()
            sy[-1] += y2; sw[-1] += w2; sx[-1] += x2
    knots = []
    if len(sy) <= max_knots:
        knots = [(sx[b] / sw[b], sy[b] / sw[b]) for b in range(len(sy))]
    else:
        target = sum(sw) / max_knots; ay = aw = ax = 0.0
        for b in range(len(sy)):
            ay += sy[b]; aw += sw[b]; ax += sx[b]
            if aw >= target or b == len(sy) - 1:
                knots.append((ax / aw, ay / aw)); ay = aw = ax = 0.0
    out = []
    for r, c in knots:
        r = round(min(1, max(0, r)) * 10000) / 10000; c = round(min(1, max(0, c)) * 10000) / 10000
        if out and (r <= out[-1][0] or c < out[-1][1]): continue
        out.append((r, c))
    return out

def iso(knots, c):
    if not knots: return c
    xs = [k[0] for k in knots]; ys = [k[1] for k in knots]
    return float(np.interp(c, xs, ys))

class Model:
    pass

def fit(rows, names, lam=10.0, use_iso=True, extra=None):
    """rows: dicts with 'correct', 'task_type', and 'sig' (name -> value or None)."""
    n = len(rows)
    used, fill = [], []
    for s in names:
        vals = [feat(s, r["sig"][s]) for r in rows if r["sig"].get(s) is not None]
        if len(vals) * 2 < n or len(vals) <= 1: continue
        if np.var(vals) <= 1e-12: continue
        used.append(s); fill.append(float(np.mean(vals)))
    X = np.array([[feat(s, r["sig"][s]) if r["sig"].get(s) is not None else fill[j] for j, s in enumerate(used)] for r in rows], float).reshape(n, len(used))
    mu = X.mean(0); sd = np.maximum(1e-9, X.std(0))
    Xs = (X - mu) / sd
    y = np.array([1.0 if r["correct"] else 0.0 for r in rows])
    tnames = sorted({r["task_type"] or "(none)" for r in rows}, key=lambda t: [ (r["task_type"] or "(none)") for r in rows].index(t))
    counts = {t: sum(1 for r in rows if (r["task_type"] or "(none)") == t) for t in tnames}
    offt = [t for t in tnames if counts[t] >= MIN_OFFSET] if len(tnames) > 1 else []
    oi = np.array([offt.index(r["task_type"] or "(none)") if (r["task_type"] or "(none)") in offt else -1 for r in rows])
    d = len(used)
    lams = [1e-4] + [lam] * d + [4.0] * len(offt)
    def predict(th, idx):
        z = th[0] + Xs[idx] @ th[1:1 + d]
        z = z + np.array([th[1 + d + oi[i]] if oi[i] >= 0 else 0.0 for i in idx])
        return 1 / (1 + np.exp(-z))
    m = Model(); m.used, m.fill, m.mu, m.sd = used, fill, mu, sd
    if use_iso:
        K = min(5, max(2, n // 2))
        fold = np.array([((i * 0x9E3779B97F4A7C15 + 0x5851F42D) % (1 << 64) >> 33) % K for i in range(n)])
        oof = np.zeros(n)
        for k in range(K):
            tr = np.where(fold != k)[0]; te = np.where(fold == k)[0]
            th = newton(Xs[tr], y[tr], oi[tr], len(offt), lams)
            oof[te] = predict(th, te)
        m.knots = pav_knots(list(zip(oof, y)))
    else:
        m.knots = []
    th = newton(Xs, y, oi, len(offt), lams)
    m.th = th; m.d = d
    m.offsets = {t: th[1 + d + k] for k, t in enumerate(offt) if t != "(none)"}  # as stored: "(none)" is never applied
    return m

def apply(m, r):
    if r["sig"].get("invalid_json") == 1 or not r["answer"].strip(): return 0.0
    x = np.array([feat(s, r["sig"][s]) if r["sig"].get(s) is not None else m.fill[j] for j, s in enumerate(m.used)])
    z = m.th[0] + ((x - m.mu) / m.sd) @ m.th[1:1 + m.d] + (m.offsets.get(r["task_type"], 0.0) if r["task_type"] else 0.0)
    p = 1 / (1 + math.exp(-z))
    return min(1.0, max(0.0, iso(m.knots, p)))

def within(rows, value):
    by = {}
    for r in rows:
        v = value(r)
        if v is not None: by.setdefault(r["question_type"], []).append((v, r["correct"]))
    a = [x for x in (auroc(p) for p in by.values()) if x is not None]
    return sum(a) / len(a) if a else None

def single(rows, value):
    return auroc([(value(r), r["correct"]) for r in rows if value(r) is not None]), within(rows, value)

def splits(rows, names, n_splits=200, seed=1, lam=10.0, use_iso=True):
    rng = random.Random(seed)
    P, W = [], []
    for k in range(n_splits):
        idx = list(range(len(rows))); rng.shuffle(idx)
        A = [rows[i] for i in idx[:len(rows) // 2]]; B = [rows[i] for i in idx[len(rows) // 2:]]
        m = fit(A, names, lam=lam, use_iso=use_iso)
        f = lambda r: apply(m, r)
        P.append(auroc([(f(r), r["correct"]) for r in B])); W.append(within(B, f))
    return float(np.mean(P)), float(np.mean(W))

def prepare(path):
    rows = load(path)
    for r in rows: r["sig"] = dict(r["signals"])
    return rows
