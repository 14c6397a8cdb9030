"""Final tables, 200 splits, both sets."""
import sys, statistics
import report as R, analyze as A, evalfit as E
S = R.sets(); ex = A.all_signals(S); R.add(S, ex)
B = E.BASE_SIGNALS
X_ALL = ["x_words","x_own_words","x_own_share","x_fresh_number","x_number_ok","x_many_numbers","x_repeat","x_newline","x_negation","x_one_option","x_yesno_first","x_quote","x_sentence_end"]
stab = ["s1_f1","s1_first","s1_contains","s1_exact","s2_f1","s2_first","s2_contains","s2_exact","s12_f1","s12_contains"]
print(R.single_table(S, stab)); print()
combos = [
    ("base (22 logged signals)", B),
    ("base + x_one_option + x_negation [PICKED ON SET 1, 0 calls]", B + ["x_one_option", "x_negation"]),
    ("base + x_one_option2 + x_negation (fixed option parser)", B + ["x_one_option2", "x_negation"]),
    ("base + all 13 x_ features", B + X_ALL),
    ("base + greedy set-1 pick: x_one_option, x_negation, prior_instr_own_lp, x_own_words (1 call)", B + ["x_one_option", "x_negation", "prior_instr_own_lp", "x_own_words"]),
    ("base + s1_contains (1 call)", B + ["s1_contains"]),
    ("base + s1_f1 (1 call)", B + ["s1_f1"]),
    ("base + s2_f1 (1 call)", B + ["s2_f1"]),
    ("base + s12_f1 (2 calls)", B + ["s12_f1"]),
    ("base + x_one_option + x_negation + s1_contains (1 call)", B + ["x_one_option", "x_negation", "s1_contains"]),
]
R.fit_table(S, combos, n_splits=int(sys.argv[1]) if len(sys.argv) > 1 else 200)
T = A.cache("stab")
for k in ("s1", "s2"):
    print(k, "median ms", statistics.median(d[k]["ms"] for d in T.values()), "median completion tokens", statistics.median(d[k]["ct"] for d in T.values()))
