#!/usr/bin/env bash
# A fleet of `tier serve` replicas behind nginx, sharing state in Redis (issue 18), beside its baselines
# measured in the same run:
#   1. the added latency of the Redis round trips per request: one replica with state.backend: redis
#      against the same replica with the memory backend (state.backend: file), same fake upstream, same
#      load (tier bench --rate, Poisson arrivals), plus the Redis commands one request costs (INFO commandstats);
#   2. throughput (wrk, 100 connections) of 1 and of 3 replicas behind nginx, and of one replica
#      without nginx.
# Everything shares this 2-core machine: wrk, nginx, Redis, the C fake upstream (bench/fake_server.c) and
# the replicas compete for the same two cores, so three replicas cannot be three times one; the figures are
# what one box does, not what a fleet of machines would.
#
#   bench/fleet.sh [--quick]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
quick=0
for a in "$@"; do case "$a" in --quick) quick=1 ;; esac; done
dur=10; [ $quick = 1 ] && dur=4
for t in wrk nginx redis-server redis-cli; do command -v $t >/dev/null || { echo "bench/fleet.sh: needs $t (scripts/install-deps.sh)" >&2; exit 1; }; done

out=bench/out/fleet; rm -rf "$out"; mkdir -p "$out/nginx/tmp"; chmod 777 "$out/nginx/tmp"
out=$(cd "$out" && pwd)
cc -O2 -o "$out/fake_server" bench/fake_server.c
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
freeport() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])"; }

"$out/fake_server" --chunks 1 --gap-ms 0 --ttft-ms 0 > "$out/fake.port" & pids+=($!)
sleep 0.3; fp=$(awk '{print $2}' "$out/fake.port")
rp=$(freeport)
redis-server --port "$rp" --bind 127.0.0.1 --save "" --appendonly no --dir "$out" > "$out/redis.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do [ "$(redis-cli -p "$rp" ping 2>/dev/null)" = PONG ] && break; sleep 0.05; done

tiers="tiers:
  local:
    provider: llama-server
    endpoint: http://127.0.0.1:$fp
    models: {general: tiny}"
printf '%s\n' "$tiers" > "$out/memory.yaml"
printf '%s\nstate:\n  backend: redis\n  url: redis://127.0.0.1:%s/0\n  prefix: bench\n' "$tiers" "$rp" > "$out/redis.yaml"
export XDG_STATE_HOME="$out/state"
n=0
start_gateway() {  # $1: config; sets $port (run in this shell, not $(...), so its pid is kept for cleanup)
  n=$((n + 1))
  "$bin" serve -c "$1" --listen 127.0.0.1:0 --no-log > /dev/null 2> "$out/serve-$n.err" & pids+=($!)
  for _ in $(seq 1 300); do grep -q "listening on" "$out/serve-$n.err" 2>/dev/null && break; sleep 0.01; done
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$out/serve-$n.err" | cut -d: -f3)
}
start_gateway "$out/memory.yaml"; mem=$port
start_gateway "$out/redis.yaml"; red=$port

# 1. Redis's cost per request, beside the memory backend: the same load, alternated twice.
printf '%s\n' "Classify this message: the printer on floor 3 is out of toner." > "$out/prompts.txt"
rate=500
redis-cli -p "$rp" config resetstat >/dev/null
for round in 1 2; do
  for target in memory redis; do
    port=$mem; [ $target = redis ] && port=$red
    "$bin" bench --url "http://127.0.0.1:$port" --model auto --provider openai-compatible --no-stream --prompts "$out/prompts.txt" \
      --max-tokens 8 --rate $rate --concurrency 50 --duration ${dur}s --warmup 100 --json > "$out/latency-$target-$round.json"
  done
done
redis-cli -p "$rp" info commandstats > "$out/commandstats.txt"
python3 - "$out" $rate <<'PY'
import json, sys, re
out, rate = sys.argv[1], sys.argv[2]
def point(name):
    d = json.load(open(f"{out}/latency-{name}.json"))
    return d["targets"][0]["points"][0] if "targets" in d else d["results"][0]
print(f"1. the Redis round trips per request, {rate} req/s (Poisson), one replica, non-streaming tiny answers:")
requests = 0
for r in (1, 2):
    m, x = point(f"memory-{r}"), point(f"redis-{r}")
    em, ex = m.get("e2e") or m["e2e_ms"], x.get("e2e") or x["e2e_ms"]
    requests += x.get("completed", 0) or 0
    errs = lambda p: sum(p["errors"].values()) if isinstance(p.get("errors"), dict) else p.get("errors", 0)
    print(f"  round {r}: p50 memory {em['p50']:.3f} ms, redis {ex['p50']:.3f} ms, added {ex['p50']-em['p50']:+.3f} ms; "
          f"p99 memory {em['p99']:.3f} ms, redis {ex['p99']:.3f} ms; errors {errs(m)}/{errs(x)}")
calls = {}
for line in open(f"{out}/commandstats.txt"):
    mt = re.match(r"cmdstat_(\w+):calls=(\d+),usec=(\d+)", line)
    if mt: calls[mt.group(1)] = (int(mt.group(2)), int(mt.group(3)))
total = sum(c for c, _ in calls.values())
usec = sum(u for _, u in calls.values())
print("  goal: added p50 <= 0.3 ms")
print("  Redis commands in the run: " + ", ".join(f"{k} {v[0]}" for k, v in sorted(calls.items())) +
      f"; {total / max(requests, 1):.2f} per request measured (warmup requests not counted, so slightly high); "
      f"{usec / max(total, 1):.1f} us of Redis CPU per command")
PY

# 2. throughput: nginx in front of 1 and of 3 replicas (all on Redis), and one replica without nginx.
start_gateway "$out/redis.yaml"; r2=$port
start_gateway "$out/redis.yaml"; r3=$port
nginx_conf() {  # $1: listen port, then the upstream ports
  local port=$1; shift
  cat <<EOF
worker_processes 1;
error_log $out/nginx/error.log warn;
pid $out/nginx/nginx-$port.pid;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $out/nginx/tmp/body; proxy_temp_path $out/nginx/tmp/proxy;
  fastcgi_temp_path $out/nginx/tmp/fastcgi; uwsgi_temp_path $out/nginx/tmp/uwsgi; scgi_temp_path $out/nginx/tmp/scgi;
  upstream tier {
$(for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"; done)
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://tier;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502;
      proxy_buffering off;
    }
  }
}
EOF
}
n1=$(freeport); n3=$(freeport)
nginx_conf "$n1" "$red" > "$out/nginx/one.conf"
nginx_conf "$n3" "$red" "$r2" "$r3" > "$out/nginx/three.conf"
nginx -p "$out/nginx" -c "$out/nginx/one.conf" -g 'daemon off;' > /dev/null 2>> "$out/nginx/stderr" & pids+=($!)
nginx -p "$out/nginx" -c "$out/nginx/three.conf" -g 'daemon off;' > /dev/null 2>> "$out/nginx/stderr" & pids+=($!)
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$n3/health" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:$n1/health" >/dev/null 2>&1 && break; sleep 0.05; done
body='{"model":"auto","messages":[{"role":"user","content":"Classify this message: the printer on floor 3 is out of toner."}],"max_tokens":8}'
cat > "$out/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
EOF
rps() { wrk -t2 -c100 -d${dur}s -s "$out/post.lua" "$1" | tee "$out/wrk-$2.txt" | awk '/Requests\/sec/ {print $2}'; }
direct=$(rps "http://127.0.0.1:$red/v1/chat/completions" direct)
one=$(rps "http://127.0.0.1:$n1/v1/chat/completions" nginx-1)
three=$(rps "http://127.0.0.1:$n3/v1/chat/completions" nginx-3)
echo "2. throughput (wrk -t2 -c100, ${dur} s, state in Redis): one replica directly $direct req/s; nginx + 1 replica $one req/s; nginx + 3 replicas $three req/s"
echo "   (2 cores for wrk, nginx, Redis, the fake and the replicas: more replicas add processes, not cores)"
for f in direct nginx-1 nginx-3; do grep -E "Non-2xx|Socket errors" "$out/wrk-$f.txt" | sed "s/^/   $f: /" || true; done
