#!/usr/bin/env python3
"""bench/fault-matrix.py's faults through `tier serve`, as a hostile client would send them.

One gateway per pair of faults (the local tier, an OpenAI-compatible fake, in mode L; the external
cloud tier, an Anthropic fake, in mode C), with a recording HTTP proxy in the gateway's environment.
Each request comes in on the OpenAI or the Anthropic API, streamed or not, with personal data in one
of its parts: the last user message, the system text, an earlier turn of the conversation, a tool
call's arguments, a tool result, or nowhere (public). Counted:
  leaks       personal data that reached the cloud fake or the proxy
  silent      a 200 that is not exactly one whole answer: for a stream, the text assembled from its
              events is not one answer, or it ends cleanly ([DONE], message_stop) after an error event
  unexplained a non-200 without an error body in the API's shape
  crashes     the gateway died, or answered nothing at all (connection reset, no status)
Usage: bench/fault-matrix-serve.py [--bin PATH]     (one line per fault class and a total; exit 1 on any count)
"""
import argparse, json, os, re, signal, subprocess, sys, tempfile, time, urllib.request, urllib.error

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=os.path.join(root, ".build/debug/tier"))
ap.add_argument("--modes", default="", help="comma-separated fault modes (default: all)")
args = ap.parse_args()

LOCAL, CLOUD = "Local answer here.", "From the cloud."
PERSONAL = "jane.roe@example.com"
MODES = ["ok", "500", "529", "429", "garbage", "cut", "hang", "auth", "404", "context", "error_event",
         "no_finish", "empty", "stall_after", "malformed_after", "huge_usage", "echo_key"]
WHERE = ["public", "prompt", "system", "history", "tool_args", "tool_result"]


class Fake:
    def __init__(self, proto, mode, extra=()):
        self.log = tempfile.mktemp(prefix="fault-fake-")
        self.p = subprocess.Popen([sys.executable, os.path.join(root, "Tests/Fakes/fake_provider.py"), "--protocol", proto,
                                   "--mode", mode, "--log", self.log, "--lifetime", "900", "--retry-after", "0", *extra],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.url = "http://127.0.0.1:%d" % int(self.p.stdout.readline().split()[1])

    def sent(self):
        try:
            return open(self.log).read()
        except FileNotFoundError:
            return ""

    def reset(self):
        if os.path.exists(self.log):
            os.unlink(self.log)

    def stop(self):
        self.p.kill()


def messages(where, api):
    """The request's messages (and system text) with the personal data in `where`."""
    p = PERSONAL
    system = "The customer is %s." % p if where == "system" else "Be brief."
    last = "Write to %s about the invoice" % p if where == "prompt" else "What is the capital of France?"
    turns = []
    if where == "history":
        turns = [("user", "My email is %s." % p), ("assistant", "Noted.")]
    if where in ("tool_args", "tool_result"):
        args_text = json.dumps({"to": p if where == "tool_args" else "support"})
        result = "sent to %s" % p if where == "tool_result" else "sent"
        if api == "openai":
            turns = [("user", "Send the mail."),
                     ("assistant_call", {"id": "call_1", "type": "function", "function": {"name": "send", "arguments": args_text}}),
                     ("tool", {"tool_call_id": "call_1", "content": result})]
        else:
            turns = [("user", "Send the mail."),
                     ("assistant_call", {"type": "tool_use", "id": "toolu_1", "name": "send", "input": json.loads(args_text)}),
                     ("tool", {"type": "tool_result", "tool_use_id": "toolu_1", "content": result})]
    out = []
    for role, c in turns:
        if role == "assistant_call":
            out.append({"role": "assistant", "content": None, "tool_calls": [c]} if api == "openai" else {"role": "assistant", "content": [c]})
        elif role == "tool":
            out.append(dict(c, role="tool") if api == "openai" else {"role": "user", "content": [c]})
        else:
            out.append({"role": role, "content": c})
    out.append({"role": "user", "content": last})
    return system, out


def body(where, api, stream):
    system, msgs = messages(where, api)
    tools = None
    if where in ("tool_args", "tool_result"):
        tools = ([{"type": "function", "function": {"name": "send", "parameters": {"type": "object"}}}] if api == "openai"
                 else [{"name": "send", "input_schema": {"type": "object"}}])
    if api == "openai":
        b = {"model": "auto", "messages": [{"role": "system", "content": system}] + msgs, "stream": stream}
    else:
        b = {"model": "auto", "max_tokens": 64, "system": system, "messages": msgs, "stream": stream}
    if tools:
        b["tools"] = tools
    return json.dumps(b).encode()


def post(base, api, data):
    path = "/v1/chat/completions" if api == "openai" else "/v1/messages"
    req = urllib.request.Request(base + path, data=data, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=40) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except Exception as e:
        return None, str(e)


def whole_answer(api, stream, text):
    """(ok, why) for a 200 body: exactly one whole answer."""
    if not stream:
        try:
            v = json.loads(text)
        except ValueError:
            return False, "not JSON"
        content = v["choices"][0]["message"]["content"] if api == "openai" else "".join(b.get("text", "") for b in v.get("content", []))
        return content in (LOCAL, CLOUD), repr(content)
    got, ended, errored = "", False, False
    for line in text.split("\n"):
        if not line.startswith("data: "):
            continue
        d = line[6:]
        if d == "[DONE]":
            ended = True
            continue
        v = json.loads(d)
        if "error" in v and (api == "openai" or v.get("type") == "error"):
            errored = True
        if api == "openai":
            for ch in v.get("choices", []):
                got += (ch.get("delta") or {}).get("content") or ""
        elif v.get("type") == "content_block_delta":
            got += v["delta"].get("text", "")
        elif v.get("type") == "message_stop":
            ended = True
    if errored:
        return not ended, "an error event then a clean end" if ended else "error in-band"
    return ended and got in (LOCAL, CLOUD), "%r ended=%s" % (got[:60], ended)


def main():
    proxy = Fake("openai", "ok", ["--answer", "FROM THE PROXY"])
    totals = dict(runs=0, leaks=0, silent=0, unexplained=0, crashes=0)
    print("%-16s %5s %6s %7s %12s %8s" % ("fault", "runs", "leaks", "silent", "unexplained", "crashes"))
    statuses = {}
    for mode in (args.modes.split(",") if args.modes else MODES):
        counts = dict(runs=0, leaks=0, silent=0, unexplained=0, crashes=0)
        for local_mode, cloud_mode, logprob in [(mode, "ok", "-0.01"), ("ok", mode, "-3")]:
            local = Fake("openai", local_mode, ["--answer", LOCAL, "--logprob", logprob])
            cloud = Fake("anthropic", cloud_mode, ["--answer", CLOUD])
            home = tempfile.mkdtemp(prefix="fault-serve-")
            cfg = os.path.join(home, "tier.yaml")
            with open(cfg, "w") as f:
                f.write(f"""tiers:
  local:
    provider: llama-server
    endpoint: {local.url}
    models: {{general: small}}
    timeouts: {{first_token: 1s, idle: 1s, total: 4s}}
    failure_threshold: 1000
  cloud:
    provider: anthropic
    endpoint: {cloud.url}
    boundary: external
    api_key_env: FAULT_KEY
    models: {{default: claude-test}}
    timeouts: {{first_token: 1s, idle: 1s, total: 4s}}
    failure_threshold: 1000
routing:
  default_tier: local
  escalation_threshold: 0.5
  shadow_rate: 1
fallback:
  local_unavailable: cloud
  all_unavailable: fail
""")
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "FAULT_KEY": "sk-ant-fault-0123456789",
                   "http_proxy": proxy.url, "HTTPS_PROXY": proxy.url, "all_proxy": proxy.url}
            err = open(os.path.join(home, "serve.err"), "w+")
            g = subprocess.Popen([args.bin, "serve", "-c", cfg, "--listen", "127.0.0.1:0"], env=env, stderr=err)
            base = None
            for _ in range(500):
                err.seek(0)
                m = re.search(r"listening on (http://\S+)", err.read())
                if m:
                    base = m.group(1)
                    break
                time.sleep(0.01)
            for where in WHERE:
                for api in ["openai", "anthropic"]:
                    for stream in [False, True]:
                        cloud.reset(); proxy.reset()
                        status, text = post(base, api, body(where, api, stream)) if base else (None, "no gateway")
                        counts["runs"] += 1
                        statuses[status] = statuses.get(status, 0) + 1
                        tag = "%s/%s %s %s %s" % (local_mode, cloud_mode, where, api, "stream" if stream else "whole")
                        if where != "public" and (PERSONAL in cloud.sent() or PERSONAL in proxy.sent()):
                            counts["leaks"] += 1
                            print("  LEAK: " + tag, file=sys.stderr)
                        if status is None or g.poll() is not None:
                            counts["crashes"] += 1
                            print("  CRASH: %s: %s" % (tag, text[:200]), file=sys.stderr)
                        elif status == 200:
                            ok, why = whole_answer(api, stream, text)
                            if not ok:
                                counts["silent"] += 1
                                print("  SILENT: %s: %s" % (tag, why), file=sys.stderr)
                        else:
                            try:
                                v = json.loads(text)
                                explained = bool(v["error"]["message"]) and (api == "openai" or v["type"] == "error")
                            except Exception:
                                explained = False
                            if not explained:
                                counts["unexplained"] += 1
                                print("  UNEXPLAINED %s: %s: %s" % (status, tag, text[:200]), file=sys.stderr)
            g.send_signal(signal.SIGTERM)
            try:
                g.wait(timeout=30)
            except subprocess.TimeoutExpired:
                g.kill()
            if g.returncode not in (0,):
                counts["crashes"] += 1
                print("  EXIT %s after SIGTERM: %s/%s" % (g.returncode, local_mode, cloud_mode), file=sys.stderr)
            local.stop(); cloud.stop()
        for k in totals:
            totals[k] += counts[k]
        print("%-16s %5d %6d %7d %12d %8d" % (mode, counts["runs"], counts["leaks"], counts["silent"], counts["unexplained"], counts["crashes"]))
        sys.stdout.flush()
    proxy.stop()
    print("statuses: " + ", ".join("%s: %d" % (k, v) for k, v in sorted(statuses.items(), key=lambda x: str(x[0]))))
    print("%-16s %5d %6d %7d %12d %8d" % ("total", totals["runs"], totals["leaks"], totals["silent"], totals["unexplained"], totals["crashes"]))
    return 0 if totals["leaks"] == totals["silent"] == totals["crashes"] == totals["unexplained"] == 0 else 1


sys.exit(main())
