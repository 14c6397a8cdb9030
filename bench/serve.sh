#!/usr/bin/env bash
# `tier serve` under load, beside its baselines measured in the same run (issue 16):
#   1. added latency: the C fake upstream (bench/fake_server.c) called directly and through the gateway,
#      non-streaming tiny answers, Poisson arrivals with up to 100 requests in flight (tier bench --rate);
#   2. throughput: wrk with 100 connections against the fake, the gateway, and LiteLLM's proxy routing
#      to the same fake (pip install 'litellm[proxy]', in a venv of its own);
#   3. 1,000 concurrent streams held open through the gateway, and its resident memory while they are;
#   4. start to first request served.
# Everything shares this 2-core machine: the load generator, the fake and the gateway compete for it,
# so the figures are what one box does, not what the gateway alone could.
#
#   bench/serve.sh [--quick] [--no-litellm]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
quick=0; litellm=1
for a in "$@"; do case "$a" in --quick) quick=1 ;; --no-litellm) litellm=0 ;; esac; done
dur=10; [ $quick = 1 ] && dur=4

command -v wrk >/dev/null || { sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo; $sudo_cmd apt-get install -y -qq wrk >/dev/null; }
out=bench/out/serve; rm -rf "$out"; mkdir -p "$out"
cc -O2 -o "$out/fake_server" bench/fake_server.c
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

"$out/fake_server" --chunks 1 --gap-ms 0 --ttft-ms 0 > "$out/fake.port" & pids+=($!)
sleep 0.3; fp=$(awk '{print $2}' "$out/fake.port")
cat > "$out/tier.yaml" <<EOF
tiers:
  local:
    provider: llama-server
    endpoint: http://127.0.0.1:$fp
    models: {general: tiny}
EOF
export XDG_STATE_HOME="$out/state"
start_gateway() {  # $1: config, $2: stderr file, $3: extra flags; sets $port and $gpid
  "$bin" serve -c "$1" --listen 127.0.0.1:0 ${3:-} 2> "$2" & gpid=$!; pids+=($gpid)
  for _ in $(seq 1 500); do grep -q "listening on" "$2" 2>/dev/null && break; sleep 0.01; done
  port=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$2")
  [ -n "$port" ] || { echo "tier serve did not start: $(cat "$2")" >&2; exit 1; }
}

# 4. start to first request served: from exec until the first 200 (curl retried every 1 ms).
python3 - "$bin" "$out" <<'PY'
import os, subprocess, sys, time, urllib.request, json, re
binary, out = sys.argv[1], sys.argv[2]
body = json.dumps({"model": "auto", "messages": [{"role": "user", "content": "hi"}]}).encode()
times = []
for _ in range(10):
    t0 = time.perf_counter()
    p = subprocess.Popen([binary, "serve", "-c", out + "/tier.yaml", "--listen", "127.0.0.1:0", "--no-log"], stderr=subprocess.PIPE)
    line = p.stderr.readline().decode()
    port = int(re.search(r":(\d+)\s*$", line).group(1))
    while True:
        try:
            with urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:%d/v1/chat/completions" % port, data=body,
                                                               headers={"content-type": "application/json"}), timeout=2) as r:
                if r.status == 200: break
        except Exception:
            time.sleep(0.001)
    times.append((time.perf_counter() - t0) * 1000)
    p.terminate(); p.wait()
times.sort()
print(f"start to first request served: median {times[len(times)//2]:.1f} ms, max {times[-1]:.1f} ms over 10 starts (goal <= 50 ms)")
PY

# The gateway as deployed: it appends every request to the request log.
start_gateway "$out/tier.yaml" "$out/serve.err"; gp=$port
body='{"model":"auto","messages":[{"role":"user","content":"Classify this message: the printer on floor 3 is out of toner."}],"max_tokens":8}'
cat > "$out/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
EOF
printf '%s\n' "Classify this message: the printer on floor 3 is out of toner." > "$out/prompts.txt"

# 1. added latency at a rate both sides sustain, 100 requests in flight at most.
rate=1000
for target in direct gateway; do
  if [ $target = direct ]; then url="http://127.0.0.1:$fp"; model=tiny; else url="http://127.0.0.1:$gp"; model=auto; fi
  "$bin" bench --url "$url" --model $model --provider openai-compatible --no-stream --prompts "$out/prompts.txt" --max-tokens 8 \
    --rate $rate --concurrency 100 --duration ${dur}s --warmup 200 --json > "$out/latency-$target.json"
done
python3 - "$out" $rate <<'PY'
import json, sys
out, rate = sys.argv[1], sys.argv[2]
def e2e(name):
    return json.load(open(f"{out}/latency-{name}.json"))["results"][0]
try:
    a, b = e2e("direct"), e2e("gateway")
    ea, eb = a["e2e"], b["e2e"]
    print(f"latency at {rate} req/s (Poisson), up to 100 in flight, non-streaming tiny answers:")
    for q in ("p50", "p90", "p99"):
        print(f"  {q}: direct {ea[q]:.3f} ms, through the gateway {eb[q]:.3f} ms, added {eb[q]-ea[q]:.3f} ms")
    print(f"  goal: added p50 <= 0.5 ms, p99 <= 2 ms; completed {a['completed']} and {b['completed']}, errors {a['errors'] or 0} and {b['errors'] or 0}; "
          f"send lag p99 (how late the generator sent) {a['send_lag']['p99']:.2f} and {b['send_lag']['p99']:.2f} ms")
except Exception as ex:
    print("latency: could not read the bench JSON:", ex)
PY

# 2. throughput, closed loop, 100 connections.
rps() { wrk -t2 -c100 -d${dur}s -s "$out/post.lua" "$1" | tee "$out/wrk-$2.txt" | awk '/Requests\/sec/ {print $2}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
direct=$(rps "http://127.0.0.1:$fp/v1/chat/completions" direct)
t0=$(cpu_ticks "$gpid")
gw=$(rps "http://127.0.0.1:$gp/v1/chat/completions" gateway)
t1=$(cpu_ticks "$gpid")
echo "throughput (wrk, 100 connections, ${dur} s): the fake directly $direct req/s; through tier serve $gw req/s (goal >= 5000)"
python3 -c "print(f'  the gateway used {($t1-$t0)*1e6/$(getconf CLK_TCK)/max(1.0, float(\"$gw\")*$dur):.0f} us of CPU per request (user + system, both cores together)')"
grep -E "Non-2xx|Socket errors" "$out/wrk-gateway.txt" || true
if [ $litellm = 1 ]; then
  venv="${TIER_LITELLM_VENV:-$HOME/.cache/tier/litellm/venv}"
  [ -x "$venv/bin/litellm" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install -q --disable-pip-version-check 'litellm[proxy]'; }
  cat > "$out/litellm.yaml" <<EOF
model_list:
  - model_name: auto
    litellm_params: {model: openai/tiny, api_base: "http://127.0.0.1:$fp/v1", api_key: none}
litellm_settings: {telemetry: false}
EOF
  lp=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
  # No master key on a loopback benchmark (LiteLLM refuses to start without one unless told this).
  LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY=true "$venv/bin/litellm" --config "$out/litellm.yaml" --host 127.0.0.1 --port "$lp" > "$out/litellm.log" 2>&1 & pids+=($!)
  for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$lp/health/liveliness" >/dev/null 2>&1 && break; sleep 0.2; done
  ll=$(rps "http://127.0.0.1:$lp/v1/chat/completions" litellm)
  python3 -c "print(f'LiteLLM proxy to the same fake: {float(\"$ll\"):.0f} req/s; tier serve / LiteLLM = {float(\"$gw\")/max(float(\"$ll\"),1e-9):.1f}x')"
  grep -E "Non-2xx|Socket errors" "$out/wrk-litellm.txt" || true
fi

# 3. 1,000 streams held: a streaming fake (100 chunks, 100 ms apart), 1,000 clients reading slowly.
"$out/fake_server" --chunks 100 --gap-ms 100 --ttft-ms 10 > "$out/slow.port" & pids+=($!)
sleep 0.3; sp=$(awk '{print $2}' "$out/slow.port")
sed "s/127.0.0.1:$fp/127.0.0.1:$sp/" "$out/tier.yaml" > "$out/slow.yaml"
start_gateway "$out/slow.yaml" "$out/serve-slow.err" --no-log; sgp=$port; spid=$gpid
python3 - "$sgp" "$spid" <<'PY'
import asyncio, json, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
body = json.dumps({"model": "auto", "stream": True, "messages": [{"role": "user", "content": "hi"}]}).encode()
req = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return int(line.split()[1]) / 1024
started = 0; chunks = 0; done = 0
async def one():
    global started, chunks, done
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(req); await w.drain()
    first = True
    while True:
        b = await r.read(4096)
        if not b: break
        chunks += 1
        if first: started += 1; first = False
        if b"[DONE]" in b: done += 1; break
    w.close()
async def main():
    base = rss()
    tasks = [asyncio.create_task(one()) for _ in range(1000)]
    peak = 0; t0 = time.time(); held = 0
    while time.time() - t0 < 9:
        await asyncio.sleep(0.5)
        peak = max(peak, rss()); held = max(held, started - done)
    await asyncio.gather(*tasks)
    print(f"1,000 concurrent streams: {started} started, {done} finished with [DONE], at most {held} open at once; "
          f"gateway resident {base:.0f} MB idle, {peak:.0f} MB peak (goal <= 100 MB)")
asyncio.run(main())
PY
