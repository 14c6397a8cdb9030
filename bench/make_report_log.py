#!/usr/bin/env python3
"""Writes a synthetic request log for `tier report`, shaped like `tier ask`'s lines: N records over
DAYS days (default 30) across the three tiers of examples/hybrid.yaml (local, private, cloud), with
escalations, fallbacks, refusals, breaker trips, shadow samples whose agreement drops in the last
third, and a bench --parity pair now and then. Usage: make_report_log.py N [DAYS] [SEED] > log.jsonl"""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
days = int(sys.argv[2]) if len(sys.argv) > 2 else 30
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
tasks = ["message_classification", "entity_extraction", "summarization", "code_review"]
models = {"local": "qwen3:8b", "private": "llama-3.3-70b", "cloud": "claude-sonnet-4-20250514"}
out = sys.stdout
dumps = json.JSONEncoder(separators=(",", ":")).encode
for i in range(n):
    sec = i * days * 86400 // n
    d, rem = divmod(sec, 86400)
    t = "2026-11-%02dT%02d:%02d:%02d.000Z" % (1 + d, rem // 3600, rem // 60 % 60, rem % 60) if d < 30 else \
        "2026-12-%02dT%02d:%02d:%02d.000Z" % (d - 29, rem // 3600, rem // 60 % 60, rem % 60)
    task = tasks[i % 4]
    if i % 97 == 0:
        c = round(rng.random(), 4)
        out.write(dumps({"time": t, "id": "%016x" % i, "source": "bench_parity", "task_type": task, "outcome": "answered",
                         "final_tier": "local", "model": "qwen3:8b", "confidence": c,
                         "shadow": {"tier": "cloud", "model": models["cloud"], "agreement": 1.0 if rng.random() < 0.9 else 0.0,
                                    "local_confidence": c, "error": None}}) + "\n")
        continue
    sens = "personal" if i % 10 == 0 else "public"
    r = rng.random()
    attempts = []
    def attempt(tier, outcome, err=None):
        tin, tout = rng.randint(50, 2000), rng.randint(5, 600)
        ttft = round(rng.lognormvariate(3.5 if tier == "local" else 5.5, 0.5), 1)
        total = round(ttft + tout * (8 if tier == "local" else 15) * rng.uniform(0.5, 1.5), 1)
        cost = 0 if tier == "local" else round((tin * 3 + tout * 15) / 1e6, 8)
        if outcome in ("failed", "skipped"):
            return {"tier": tier, "model": models[tier], "outcome": outcome, "error": err, "ttft_ms": None, "total_ms": round(total / 4, 1),
                    "input_tokens": None, "output_tokens": None, "confidence": None, "cost_usd": None}
        return {"tier": tier, "model": models[tier], "outcome": outcome, "error": None, "ttft_ms": ttft, "total_ms": total,
                "input_tokens": tin, "output_tokens": tout, "confidence": round(rng.random(), 4), "cost_usd": cost}
    outcome, final, escalated = "answered", "local", False
    if sens == "personal" and r < 0.05:
        outcome, final = "refused", None
    elif r < 0.70:
        attempts.append(attempt("local", "answered"))
    elif r < 0.85:
        attempts += [attempt("local", "escalated"), attempt("cloud", "answered")]
        final, escalated = "cloud", True
    elif r < 0.90:
        attempts += [attempt("local", "failed", "timeout_total"), attempt("private", "answered")]
        final = "private"
    elif r < 0.92:
        attempts += [attempt("cloud", "failed", "http_5xx"), attempt("local", "answered")]
    else:
        attempts.append(attempt("private", "answered"))
        final = "private"
    rec = {"time": t, "id": "%016x" % i, "source": "ask", "task_type": task, "sensitivity": sens,
           "evidence": {"EMAIL_ADDRESS": 1} if sens == "personal" else {}, "consent": False,
           "decision": {"tier": "local", "model": "qwen3:8b", "rule": 1, "allowed_tiers": ["local", "private", "cloud"]},
           "outcome": outcome, "final_tier": final, "confidence": attempts[0]["confidence"] if attempts else None,
           "escalated": escalated, "attempts": attempts, "total_ms": round(sum(a["total_ms"] for a in attempts), 1),
           "content_hash": "fnv1a64:%016x" % (i * 2654435761 % (1 << 64))}
    if i % 7 == 0 and final == "local":
        p = 0.95 if d < days * 2 // 3 else 0.80
        c = attempts[-1]["confidence"]
        rec["shadow"] = {"tier": "cloud", "model": models["cloud"], "agreement": 1.0 if rng.random() < p else 0.0,
                         "local_confidence": c, "error": None}
    if i % 500 == 0 and attempts:
        rec["cascade_breaker_tripped"] = 0.36
    out.write(dumps(rec) + "\n")
