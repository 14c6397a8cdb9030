"""Per-type held-out within AUROC (mean over 200 splits per type), and paired difference vs base across types."""
import random, statistics, sys
import report as R, analyze as A, evalfit as E
from score import auroc
S = R.sets(); ex = A.all_signals(S); R.add(S, ex)
B = E.BASE_SIGNALS
X_ALL = ["x_words","x_own_words","x_own_share","x_fresh_number","x_number_ok","x_many_numbers","x_repeat","x_newline","x_negation","x_one_option","x_yesno_first","x_quote","x_sentence_end"]
combos = {"base": B, "picked": B + ["x_one_option", "x_negation"], "parser2": B + ["x_one_option2", "x_negation"], "all_x": B + X_ALL}
def per_type(rows, names, n=200, seed=1):
    rng = random.Random(seed); acc = {}
    for k in range(n):
        idx = list(range(len(rows))); rng.shuffle(idx)
        A_ = [rows[i] for i in idx[:len(rows) // 2]]; B_ = [rows[i] for i in idx[len(rows) // 2:]]
        m = E.fit(A_, names)
        by = {}
        for r in B_: by.setdefault(r["question_type"], []).append((E.apply(m, r), r["correct"]))
        for t, p in by.items():
            a = auroc(p)
            if a is not None: acc.setdefault(t, []).append(a)
    return {t: statistics.mean(v) for t, v in acc.items()}
for s in (1, 2):
    res = {c: per_type(S[s], n) for c, n in combos.items()}
    types = sorted(res["base"])
    print(f"set {s}: per-type held-out AUROC (mean over splits)")
    print("| type | right/n | " + " | ".join(combos) + " |"); print("|---|---|" + "---:|" * len(combos))
    for t in types:
        rows = [r for r in S[s] if r["question_type"] == t]
        print(f"| {t} | {sum(r['correct'] for r in rows)}/{len(rows)} | " + " | ".join(f"{res[c].get(t, float('nan')):.3f}" for c in combos) + " |")
    for c in combos:
        if c == "base": continue
        d = [res[c][t] - res["base"][t] for t in types]
        print(f"set {s} {c} - base: mean {statistics.mean(d):+.3f}, SE over types {statistics.stdev(d) / len(d) ** 0.5:.3f}, types up {sum(x > 0 for x in d)}/{len(d)}")
    print()
