#!/usr/bin/env bash
# Process start to exit for `tier route "hello"`, release build with the Swift runtime linked statically.
# Baseline in the same run: /bin/true. Goal (issue 2): <= 10 ms median.
# TIER_BIN=path measures that binary instead of building; BASE_BIN=path adds `route hello` of another
# build (an older commit's) to the same run, for a before/after.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v hyperfine >/dev/null || { s=""; [ "$(id -u)" -ne 0 ] && s=sudo; $s apt-get install -y -qq hyperfine >/dev/null 2>&1 || true; }
home=$(mktemp -d)
if [ -n "${BASE_BIN:-}" ] && command -v hyperfine >/dev/null; then
  HOME="$home" XDG_CONFIG_HOME="$home" hyperfine -N --warmup 20 --runs 300 --export-json bench/out/startup-base.json \
    "$bin route hello" "$BASE_BIN route hello" "/bin/true" >&2
  python3 - <<'PY'
import json
r = json.load(open("bench/out/startup-base.json"))["results"]
print(f"tier route hello: this build median {r[0]['median']*1000:.2f} ms, the base build {r[1]['median']*1000:.2f} ms, /bin/true {r[2]['median']*1000:.2f} ms")
PY
fi
run() { HOME="$home" XDG_CONFIG_HOME="$home" "$@"; }
if command -v hyperfine >/dev/null; then
  HOME="$home" XDG_CONFIG_HOME="$home" hyperfine -N --warmup 20 --runs 300 --export-json bench/out/startup.json \
    "$bin route hello" "$bin route --config examples/hybrid.yaml hello" "/bin/true" >&2
  python3 - <<'PY'
import json
r = json.load(open("bench/out/startup.json"))["results"]
for x in r:
    print(f"{x['command']:<60} median {x['median']*1000:6.2f} ms  mean {x['mean']*1000:6.2f} ms")
med = r[0]["median"] * 1000
print(f"goal <= 10 ms median: {'met' if med <= 10 else 'NOT met'} ({med:.2f} ms; {med / (r[2]['median']*1000):.1f}x /bin/true)")
PY
else
  python3 - "$bin" "$home" <<'PY'
import subprocess, sys, time, os, statistics
binary, home = sys.argv[1], sys.argv[2]
env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home)
def med(cmd, n=300):
    ts = []
    for _ in range(n):
        s = time.perf_counter(); subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL); ts.append(time.perf_counter() - s)
    return statistics.median(ts) * 1000
t = med([binary, "route", "hello"]); b = med(["/bin/true"])
print(f"tier route hello: median {t:.2f} ms; /bin/true {b:.2f} ms (includes python's spawn cost)")
print(f"goal <= 10 ms median: {'met' if t <= 10 else 'NOT met'}")
PY
fi
