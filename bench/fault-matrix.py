#!/usr/bin/env python3
"""Runs `tier ask` as a hostile user would, over every fault class, and counts what went wrong.

Every run has a local tier (an OpenAI-compatible fake in fault mode L) and an external cloud tier
(an Anthropic fake in fault mode C), a recording HTTP proxy in the environment, and a prompt that is
public or carries personal data in one of its parts (prompt, --system, -f attachment, or a queued
request replayed by --drain-queue). Counted:
  leaks      personal data that reached the cloud fake or the proxy (any request it recorded)
  silent     exit 0 with stdout that is not exactly one whole answer (empty, cut or glued)
  unexplained a non-zero exit with nothing on stderr
  crashes    death by a signal, or an exit code tier does not document
Usage: bench/fault-matrix.py [--bin PATH] [--repeat N] [--no-proxy]    (prints one line per fault class and a total)
"""
import argparse, json, os, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=os.path.join(root, ".build/debug/tier"))
ap.add_argument("--repeat", type=int, default=1)
ap.add_argument("--no-proxy", action="store_true", help="leave the proxy variables out of the environment")
args = ap.parse_args()

LOCAL = "Local answer here."
CLOUD = "From the cloud."
DOCUMENTED = {0, 1, 2, 3, 4, 5, 130}
MODES = ["ok", "500", "529", "429", "garbage", "cut", "hang", "auth", "404", "context", "error_event",
         "no_finish", "empty", "stall_after", "malformed_after", "huge_usage", "echo_key"]
PERSONAL = "jane.roe@example.com"


class Fake:
    def __init__(self, proto, mode, extra=()):
        self.log = tempfile.mktemp(prefix="fault-fake-")
        self.p = subprocess.Popen([sys.executable, os.path.join(root, "Tests/Fakes/fake_provider.py"), "--protocol", proto,
                                   "--mode", mode, "--log", self.log, "--lifetime", "600", *extra],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.port = int(self.p.stdout.readline().split()[1])
        self.url = "http://127.0.0.1:%d" % self.port

    def bodies(self):
        try:
            with open(self.log) as f:
                return [json.loads(l) for l in f if l.strip()]
        except FileNotFoundError:
            return []

    def reset(self):
        if os.path.exists(self.log):
            os.unlink(self.log)

    def stop(self):
        self.p.kill()


def config(path, local, cloud, threshold):
    with open(path, "w") as f:
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
  escalation_threshold: {threshold}
  shadow_rate: 1
fallback:
  local_unavailable: cloud
  all_unavailable: queue
""")


def main():
    proxy = Fake("openai", "ok", ["--answer", "FROM THE PROXY"])
    totals = {"runs": 0, "leaks": 0, "silent": 0, "unexplained": 0, "crashes": 0}
    print("%-16s %5s %6s %7s %12s %8s" % ("fault", "runs", "leaks", "silent", "unexplained", "crashes"))
    for mode in MODES:
        counts = {"runs": 0, "leaks": 0, "silent": 0, "unexplained": 0, "crashes": 0}
        # The fault on the local tier (the cloud answers), and on the cloud as the escalation target.
        for local_mode, cloud_mode, logprob in [(mode, "ok", "-0.01"), ("ok", mode, "-3")]:
            local = Fake("openai", local_mode, ["--answer", LOCAL, "--logprob", logprob])
            cloud = Fake("anthropic", cloud_mode, ["--answer", CLOUD])
            for _ in range(args.repeat):
                for where in ["public", "prompt", "system", "file", "queue", "conversation"]:
                    for stream in ["--stream", "--no-stream"]:
                        home = tempfile.mkdtemp(prefix="fault-home-")
                        cfg = os.path.join(home, "tier.yaml")
                        config(cfg, local, cloud, "0.5")
                        env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state",
                               "FAULT_KEY": "sk-ant-fault-0123456789"}
                        if not args.no_proxy:
                            env.update({"http_proxy": proxy.url, "HTTPS_PROXY": proxy.url, "all_proxy": proxy.url})
                        prompt, extra = "What is the capital of France?", []
                        if where == "prompt":
                            prompt = "Write to %s about the invoice" % PERSONAL
                        elif where == "system":
                            extra = ["--system", "The customer is %s." % PERSONAL]
                        elif where == "file":
                            note = os.path.join(home, "note.txt")
                            with open(note, "w") as f:
                                f.write("From: %s\nPlease call me back.\n" % PERSONAL)
                            extra = ["-f", note]
                        elif where == "queue":
                            prompt = "Write to %s about the invoice" % PERSONAL
                        cloud.reset(); proxy.reset()
                        cmd = [args.bin, "ask", "-c", cfg, "--timeout", "8s", stream] + extra + [prompt]
                        if where == "conversation":
                            # An earlier turn held the personal data; this turn is harmless and continues it.
                            conv = os.path.join(home, "state", "tier", "conversations")
                            os.makedirs(conv, mode=0o700, exist_ok=True)
                            for d in (os.path.join(home, "state"), os.path.join(home, "state", "tier"), conv):
                                os.chmod(d, 0o700)
                            with open(os.path.join(conv, "c1.json"), "w") as f:
                                json.dump({"id": "c1", "created": "2026-12-02T00:00:00.000Z", "sensitivity": "personal",
                                           "turns": [{"role": "user", "content": "My email is %s" % PERSONAL, "tier": None,
                                                      "time": "2026-12-02T00:00:00.000Z", "findings": ["EMAIL_ADDRESS"]},
                                                     {"role": "assistant", "content": "Noted.", "tier": "local",
                                                      "time": "2026-12-02T00:00:00.000Z", "findings": []}]}, f)
                            with open(os.path.join(conv, "last"), "w") as f:
                                f.write("c1\n")
                            cmd = [args.bin, "ask", "-c", cfg, "--timeout", "8s", stream, "-C", prompt]
                        if where == "queue":
                            # Queue it with the local tier marked down, then replay it against the faulty tiers.
                            down = os.path.join(home, "down.yaml")
                            with open(cfg) as f:
                                text = f.read()
                            with open(down, "w") as f:
                                f.write(text.replace(local.url, "http://127.0.0.1:9"))
                            subprocess.run([args.bin, "ask", "-c", down, "--no-stream", prompt], env=env,
                                           capture_output=True, timeout=30)
                            cmd = [args.bin, "ask", "-c", cfg, "--drain-queue"]
                        r = subprocess.run(cmd, env=env, capture_output=True, timeout=60)
                        counts["runs"] += 1
                        out = r.stdout.decode("utf-8", "replace")
                        err = r.stderr.decode("utf-8", "replace")
                        sent = [json.dumps(b) for b in cloud.bodies()] + [json.dumps(b) for b in proxy.bodies()]
                        if where != "public" and any(PERSONAL in s for s in sent):
                            counts["leaks"] += 1
                            print("  LEAK: %s/%s %s %s" % (local_mode, cloud_mode, where, stream), file=sys.stderr)
                        if r.returncode < 0 or r.returncode not in DOCUMENTED:
                            counts["crashes"] += 1
                            print("  CRASH %d: %s/%s %s %s: %s" % (r.returncode, local_mode, cloud_mode, where, stream, err[-300:]), file=sys.stderr)
                        elif r.returncode == 0:
                            if where == "queue":
                                lines = [json.loads(l) for l in out.splitlines() if l.strip()]
                                ok = len(lines) == 1 and lines[0].get("answer") in (LOCAL, CLOUD)
                            else:
                                ok = out in (LOCAL + "\n", CLOUD + "\n")
                            if not ok:
                                counts["silent"] += 1
                                print("  SILENT: %s/%s %s %s: %r" % (local_mode, cloud_mode, where, stream, out[:120]), file=sys.stderr)
                        elif not err.strip():
                            counts["unexplained"] += 1
            local.stop(); cloud.stop()
        for k in totals:
            totals[k] += counts[k]
        print("%-16s %5d %6d %7d %12d %8d" % (mode, counts["runs"], counts["leaks"], counts["silent"], counts["unexplained"], counts["crashes"]))
        sys.stdout.flush()
    proxy.stop()
    print("%-16s %5d %6d %7d %12d %8d" % ("total", totals["runs"], totals["leaks"], totals["silent"], totals["unexplained"], totals["crashes"]))
    return 0 if totals["leaks"] == totals["silent"] == totals["crashes"] == totals["unexplained"] == 0 else 1


sys.exit(main())
