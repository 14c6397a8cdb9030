#!/usr/bin/env bash
# The load generator itself (issue 5): release build against bench/fake_server.c, a one-thread
# epoll fake in C, on this machine's two cores.
#  1. Non-streaming tiny answers, 32 in flight, 100,000 requests: requests/s and the client's own
#     CPU per request. Baseline in the same run: python3 with 16 threads of http.client keep-alive
#     connections, the usual shape of a Python load tool, for 5 s against the same fake.
#  2. 1,000 concurrent streams (8 chunks, 20 ms apart, first after 20 ms), 10,000 requests: peak in
#     flight, errors, and how close the measured ITL stays to the 20 ms schedule.
# Goals: >= 10,000 requests/s; >= 1,000 concurrent streams.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cc -O2 -o bench/out/fake_server bench/fake_server.c
bench/out/fake_server --chunks 8 --gap-ms 20 --ttft-ms 20 > bench/out/fake.port &
fake=$!
trap 'kill $fake 2>/dev/null' EXIT
for _ in $(seq 50); do grep -q PORT bench/out/fake.port 2>/dev/null && break; sleep 0.1; done
port=$(awk '{print $2}' bench/out/fake.port)
url="http://127.0.0.1:$port"

"$bin" bench --url "$url" --model m --no-stream --concurrency 32 --requests 100000 --warmup 200 --json > bench/out/engine-unary.json
"$bin" bench --url "$url" --model m --concurrency 1000 --requests 10000 --warmup 0 --json > bench/out/engine-streams.json
python3 - "$port" <<'PY'
import http.client, json, sys, threading, time
port = int(sys.argv[1]); stop = time.time() + 5; counts = []
body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4, "stream": False})
def worker():
    c = http.client.HTTPConnection("127.0.0.1", port); n = 0
    while time.time() < stop:
        c.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
        r = c.getresponse(); json.loads(r.read()); n += 1
    counts.append(n)
ts = [threading.Thread(target=worker) for _ in range(16)]
s = time.time(); [t.start() for t in ts]; [t.join() for t in ts]
py = sum(counts) / (time.time() - s)
u = json.load(open("bench/out/engine-unary.json"))["results"][0]
st = json.load(open("bench/out/engine-streams.json"))["results"][0]
print(f"non-streaming: {u['completed']:,} requests, {u['requests_per_second']:,.0f} requests/s, client CPU {u['client_cpu_us_per_request']:.1f} us/request, errors {u['errors'] or 'none'}")
print(f"python3 http.client, 16 threads, same fake: {py:,.0f} requests/s ({u['requests_per_second']/py:.1f}x slower than tier)")
print(f"streams: {st['completed']:,} of {st['requests']:,} ok, peak {st['peak_in_flight']:,} in flight, {st['requests_per_second']:,.0f} streams/s, client CPU {st['client_cpu_us_per_request']:.1f} us/stream")
print(f"  schedule: first content after 20 ms, then 20 ms gaps; measured TTFT p50 {st['ttft']['p50']:.1f} ms (p99 {st['ttft']['p99']:.1f}), ITL p50 {st['itl']['p50']:.1f} ms (p99 {st['itl']['p99']:.1f})")
ok1 = u['requests_per_second'] >= 10000; ok2 = st['peak_in_flight'] >= 1000 and st['completed'] == st['requests']
print(f"goals: >= 10,000 requests/s {'met' if ok1 else 'NOT met'}; >= 1,000 concurrent streams {'met' if ok2 else 'NOT met'}")
PY
