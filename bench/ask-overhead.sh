#!/usr/bin/env bash
# What `tier ask` adds over a direct curl of the same request to the same local server, measured
# side by side in one run: process start, config, classifying a 4 KB prompt, routing, the request,
# confidence, and the log append. Goal (issue 4): <= 3 ms median added.
# The server is the real local model (scripts/local-model.sh); max_tokens 1 keeps generation short
# and equal for both, temperature 0 keeps it deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
# It measures with hyperfine (Debian's package): installed here when missing.
if ! command -v hyperfine >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -qq hyperfine >/dev/null 2>&1 || { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq hyperfine >/dev/null; }
fi
swift build -c release --static-swift-stdlib >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/tier"
port=${PORT:-18181}
python="$(scripts/local-model.sh python)"
"$python" scripts/local_model_server.py "$port" 1 --die-with-parent > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null | grep -q ok && break; sleep 0.1; done

work=$(mktemp -d)
python3 - "$work" "$port" <<'PY'
import json, sys, random
work, port = sys.argv[1], sys.argv[2]
random.seed(7)
words = "the of and to in report meeting invoice customer order shipment quarter revenue team deadline project".split()
doc = " ".join(random.choice(words) for _ in range(700))[:4096]
prompt = "Classify this note as billing or other: " + doc
open(f"{work}/prompt.txt", "w").write(prompt)
body = {"model": "smollm2-135m", "messages": [{"role": "user", "content": prompt}], "max_tokens": 1,
        "temperature": 0, "stream": True, "stream_options": {"include_usage": True}, "logprobs": True, "top_logprobs": 2}
open(f"{work}/body.json", "w").write(json.dumps(body))
open(f"{work}/tier.yaml", "w").write(f"""tiers:
  local:
    provider: llama-server
    endpoint: http://127.0.0.1:{port}
    models: {{general: smollm2-135m}}
routing:
  escalation_threshold: 0
""")
PY
export HOME="$work" XDG_STATE_HOME="$work/state"
hyperfine -N --warmup 10 --runs 100 --export-json "$work/r.json" \
  "curl -sS -o /dev/null -H 'Content-Type: application/json' --data-binary @$work/body.json http://127.0.0.1:$port/v1/chat/completions" \
  "$bin ask -c $work/tier.yaml --max-tokens 1 --temperature 0 -f $work/prompt.txt Classify" >&2
python3 - "$work/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
c, t = r[0]["median"] * 1000, r[1]["median"] * 1000
print(f"curl (same request)   median {c:7.2f} ms")
print(f"tier ask              median {t:7.2f} ms")
print(f"tier adds             {t - c:7.2f} ms (ratio {t / c:.3f}); goal <= 3 ms: {'met' if t - c <= 3 else 'NOT met'}")
PY
