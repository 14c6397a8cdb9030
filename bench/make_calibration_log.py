#!/usr/bin/env python3
"""Writes a synthetic request log for `tier calibrate`: confidence uniform in [0, 1], and the
reference agreeing with probability p(c) = c ** k (k = 1 by default, so the kept-local agreement
above t is (1 + t) / 2 and a 0.95 target is met at t = 0.9). Records look like tier ask's, with
about a quarter not shadow-sampled (no label)."""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
k = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
tasks = ["message_classification", "entity_extraction", "formatting", "summarization"]
out = sys.stdout
for i in range(n):
    c = rng.random()
    rec = {"time": "2026-11-%02dT%02d:%02d:00.000Z" % (1 + i * 20 // n, i % 24, i % 60), "id": "%016x" % i,
           "task_type": tasks[i % 4], "sensitivity": "public", "evidence": {},
           "decision": {"tier": "local", "model": "qwen3:4b", "rule": 1, "allowed_tiers": ["local", "cloud"]},
           "outcome": "answered", "final_tier": "local", "confidence": round(c, 4), "escalated": False,
           "attempts": [{"tier": "local", "model": "qwen3:4b", "outcome": "answered", "error": None, "ttft_ms": 41.2,
                         "total_ms": 180.5, "input_tokens": 120, "output_tokens": 8, "confidence": round(c, 4), "cost_usd": 0}],
           "total_ms": 181.0, "content_hash": "fnv1a64:%016x" % (i * 2654435761 % (1 << 64))}
    if i % 4 != 3:
        agree = 1.0 if rng.random() < c ** k else 0.0
        rec["shadow"] = {"tier": "cloud", "model": "claude-sonnet-4-20250514", "agreement": agree,
                         "local_confidence": round(c, 4), "error": None}
    out.write(json.dumps(rec, separators=(",", ":")) + "\n")
