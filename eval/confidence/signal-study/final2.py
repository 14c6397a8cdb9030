import report as R, analyze as A, evalfit as E
S = R.sets(); ex = A.all_signals(S); R.add(S, ex)
B = E.BASE_SIGNALS
R.fit_table(S, [(f"base + {n}", B + [n]) for n in ["v1_logit", "v2_logit", "v3_logit", "pmi_na_own", "pmi_instr_own", "pmi_na_own_mean", "prior_na_own_lp", "prior_instr_own_lp", "eos_lp",
    "x_one_option", "x_one_option2", "x_negation", "x_words", "x_number_ok", "x_sentence_end"]] + [("base + v1,v2,v3 logit (3 calls)", B + ["v1_logit", "v2_logit", "v3_logit"])], n_splits=200)
