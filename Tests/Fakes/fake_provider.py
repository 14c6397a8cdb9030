#!/usr/bin/env python3
"""A protocol fake for tier's tests: an OpenAI-compatible or Anthropic Messages server on 127.0.0.1
that answers, fails or misbehaves on purpose, and records every request it receives.

  fake_provider.py --protocol openai|anthropic --mode MODE [--log FILE] [--fail-first N] [--logprob LP]
                   [--answer TEXT] [--delay SECONDS]

Modes: ok, hang, slow (--delay before the first byte), 500, 429 (Retry-After: --retry-after, default 1),
529, garbage (200 with a body that is not JSON), cut (the stream stops half-way, connection closed),
auth (401), echo_key (401 whose message quotes the key it was sent), 404, context (400, context length),
error_event (half the answer, then an error event or chunk), no_finish (the answer and [DONE] but no
finish reason), empty (a complete answer with no text), stall_after (half the answer, then silence),
malformed_after (half the answer, then a chunk that is not JSON), huge_usage (usage counts of 1e300),
escape_error (400 whose message holds terminal escape sequences), redirect (307 to --location),
tool_call (the answer is a call of the first tool in the request, with {"city": "Paris"}, its arguments
streamed in two pieces).
--require-key K: GET /health and /v1/models answer 401 unless the request carries key K.
--fail-first N: the first N requests get --mode's failure, then requests succeed (mode ok).
--fail-every K: every K-th request gets a 500, the others succeed.
A known schedule, for measuring the measurer: --ttft-ms T waits T ms after the role-only first
chunk before the first content chunk, --gap-ms G waits G ms between content chunks, and
--chunks N answers with N one-word chunks (usage reports N completion tokens).
Prints "PORT <n>" on stdout once listening (port 0 picks a free one), then serves until killed.
Loopback only; stops by itself after --lifetime seconds (default 300)."""
import argparse, json, os, socketserver, sys, threading, time
from http.server import BaseHTTPRequestHandler, HTTPServer

ap = argparse.ArgumentParser()
ap.add_argument("--protocol", default="openai")
ap.add_argument("--mode", default="ok")
ap.add_argument("--log")
ap.add_argument("--fail-first", type=int, default=-1)
ap.add_argument("--logprob", type=float, default=-0.01)
ap.add_argument("--answer", default="Paris is the capital of France.")
ap.add_argument("--delay", type=float, default=2.0)
ap.add_argument("--port", type=int, default=0)
ap.add_argument("--lifetime", type=float, default=300)
ap.add_argument("--fail-every", type=int, default=0)
ap.add_argument("--ttft-ms", type=float, default=0)
ap.add_argument("--gap-ms", type=float, default=0)
ap.add_argument("--chunks", type=int, default=0)
ap.add_argument("--retry-after", default="1")
ap.add_argument("--require-key", default=None)
ap.add_argument("--no-logprobs", action="store_true")
ap.add_argument("--location", default="")
args = ap.parse_args()
lock = threading.Lock()
count = {"n": 0}


class Server(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True
    # Gateway tests open hundreds of connections at once: the default backlog of 5 would refuse some.
    request_queue_size = 512
    allow_reuse_address = True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def record(self, body):
        if not args.log:
            return
        entry = {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body.decode("utf-8", "replace")}
        with lock, open(args.log, "a") as f:
            f.write(json.dumps(entry) + "\n")

    def send_json(self, status, obj, extra=()):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, kind, message, extra=()):
        if args.protocol == "anthropic":
            self.send_json(status, {"type": "error", "error": {"type": kind, "message": message}}, extra)
        else:
            self.send_json(status, {"error": {"message": message, "type": kind, "code": status}}, extra)

    def do_GET(self):
        self.record(b"")
        if args.require_key is not None:
            auth = self.headers.get("Authorization", "") + self.headers.get("x-api-key", "")
            if args.require_key not in auth:
                return self.error(401, "authentication_error", "no key")
        if self.path in ("/health", "/v1/models"):
            self.send_json(200, {"status": "ok", "data": [{"id": "fake"}]})
        else:
            self.send_json(404, {"error": "not found"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        self.record(body)
        with lock:
            count["n"] += 1
            n = count["n"]
        mode = args.mode
        if args.fail_first >= 0 and n > args.fail_first:
            mode = "ok"
        if args.fail_every > 0:
            mode = "500" if n % args.fail_every == 0 else "ok"
        try:
            req = json.loads(body or b"{}")
        except ValueError:
            req = {}
        if mode == "hang":
            time.sleep(args.lifetime)
            return
        if mode == "slow":
            time.sleep(args.delay)
        if mode == "500":
            return self.error(500, "server_error", "the fake is failing on purpose")
        if mode == "429":
            return self.error(429, "rate_limit_error", "slow down", [("Retry-After", args.retry_after)])
        if mode == "echo_key":
            sent = self.headers.get("x-api-key") or self.headers.get("Authorization", "").replace("Bearer ", "")
            return self.error(401, "authentication_error", "Incorrect API key provided: %s. Check it." % sent)
        if mode == "redirect":
            self.send_response(307)
            self.send_header("Location", args.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if mode == "escape_error":
            return self.error(400, "invalid_request_error", "bad \x1b]52;c;ZXZpbA==\x07\x1b[2J request")
        if mode == "404":
            return self.error(404, "not_found_error", "model not found")
        if mode == "context":
            return self.error(400, "exceed_context_size_error", "the request exceeds the available context size")
        if mode == "529":
            return self.error(529, "overloaded_error", "Overloaded")
        if mode == "auth":
            return self.error(401, "authentication_error", "invalid x-api-key")
        if mode == "garbage":
            data = b"<html>definitely not json"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        words = ["w%d" % i for i in range(args.chunks)] if args.chunks > 0 else args.answer.split(" ")
        pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
        if mode in ("cut", "error_event", "stall_after", "malformed_after"):
            pieces = pieces[: max(1, len(pieces) // 2)]
        if mode == "empty":
            pieces = [""]
        if mode == "tool_call":
            return self.tool_call(req)
        if not req.get("stream"):
            return self.whole(req, pieces)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        if args.protocol == "anthropic":
            self.event("message_start", {"type": "message_start", "message": {"model": req.get("model"), "usage": {"input_tokens": 11, "output_tokens": 1}}})
            self.event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})
            self.wfile.write(b"event: ping\ndata: {\"type\": \"ping\"}\n\n")
            for i, p in enumerate(pieces):
                if args.ttft_ms or args.gap_ms:
                    time.sleep((args.ttft_ms if i == 0 else args.gap_ms) / 1000.0)
                self.event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}})
            if self.misbehave(mode) or mode == "no_finish":
                self.wfile.flush()
                self.close_connection = True
                return
            self.event("content_block_stop", {"type": "content_block_stop", "index": 0})
            self.event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": len(pieces)}})
            self.event("message_stop", {"type": "message_stop"})
        else:
            self.data({"choices": [{"index": 0, "delta": {"role": "assistant", "content": None}, "finish_reason": None}], "model": req.get("model")})
            for i, p in enumerate(pieces):
                if args.ttft_ms or args.gap_ms:
                    time.sleep((args.ttft_ms if i == 0 else args.gap_ms) / 1000.0)
                lp = {"content": [{"token": p, "bytes": list(p.encode()), "logprob": args.logprob,
                                   "top_logprobs": [{"token": p, "bytes": list(p.encode()), "logprob": args.logprob},
                                                    {"token": "x", "bytes": [120], "logprob": -5.0}]}]}
                self.data({"choices": [{"index": 0, "delta": {"content": p}, "logprobs": lp if req.get("logprobs") and not args.no_logprobs else None, "finish_reason": None}]})
            if self.misbehave(mode):
                return
            if mode != "no_finish":
                self.data({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            n = 1e300 if mode == "huge_usage" else len(pieces)
            self.data({"choices": [], "usage": {"prompt_tokens": 1e300 if mode == "huge_usage" else 11, "completion_tokens": n}})
            self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True

    def tool_call(self, req):
        tools = req.get("tools") or [{}]
        name = (tools[0].get("function") or {}).get("name") or tools[0].get("name") or "unknown"
        halves = ['{"city": ', '"Paris"}']
        if not req.get("stream"):
            if args.protocol == "anthropic":
                return self.send_json(200, {"type": "message", "model": req.get("model"),
                                            "content": [{"type": "tool_use", "id": "toolu_fake1", "name": name, "input": {"city": "Paris"}}],
                                            "stop_reason": "tool_use", "usage": {"input_tokens": 11, "output_tokens": 5}})
            return self.send_json(200, {"model": req.get("model"), "choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                        "tool_calls": [{"id": "call_fake1", "type": "function", "function": {"name": name, "arguments": "".join(halves)}}]},
                                        "finish_reason": "tool_calls"}], "usage": {"prompt_tokens": 11, "completion_tokens": 5}})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        if args.protocol == "anthropic":
            self.event("message_start", {"type": "message_start", "message": {"model": req.get("model"), "usage": {"input_tokens": 11, "output_tokens": 1}}})
            self.event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "tool_use", "id": "toolu_fake1", "name": name, "input": {}}})
            for h in halves:
                self.event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": h}})
            self.event("content_block_stop", {"type": "content_block_stop", "index": 0})
            self.event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 5}})
            self.event("message_stop", {"type": "message_stop"})
        else:
            self.data({"choices": [{"index": 0, "delta": {"role": "assistant", "content": None, "tool_calls": [
                {"index": 0, "id": "call_fake1", "type": "function", "function": {"name": name, "arguments": ""}}]}, "finish_reason": None}]})
            for h in halves:
                self.data({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": h}}]}, "finish_reason": None}]})
            self.data({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
            self.data({"choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 5}})
            self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True

    def misbehave(self, mode):
        """After half the answer: the faults that come once output has started. True when the response is over."""
        if mode == "cut":
            pass
        elif mode == "error_event":
            if args.protocol == "anthropic":
                self.event("error", {"type": "error", "error": {"type": "api_error", "message": "internal failure"}})
            else:
                self.data({"error": {"message": "internal failure", "type": "server_error"}})
        elif mode == "stall_after":
            time.sleep(args.lifetime)
        elif mode == "malformed_after":
            self.wfile.write(b"data: {not json\n\n")
        else:
            return False
        self.wfile.flush()
        self.close_connection = True
        return True

    def event(self, name, obj):
        self.wfile.write(("event: %s\ndata: %s\n\n" % (name, json.dumps(obj))).encode())
        self.wfile.flush()

    def data(self, obj):
        self.wfile.write(("data: %s\n\n" % json.dumps(obj)).encode())
        self.wfile.flush()

    def whole(self, req, pieces):
        text = "".join(pieces)
        if args.protocol == "anthropic":
            self.send_json(200, {"type": "message", "model": req.get("model"), "content": [{"type": "text", "text": text}],
                                 "stop_reason": "end_turn", "usage": {"input_tokens": 11, "output_tokens": len(pieces)}})
        else:
            self.send_json(200, {"model": req.get("model"), "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                                 "usage": {"prompt_tokens": 11, "completion_tokens": len(pieces)}})


def watch_parent(parent=os.getppid()):
    # Ends with the test process that started it, whatever happens to that process.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


threading.Thread(target=watch_parent, daemon=True).start()
server = Server(("127.0.0.1", args.port), Handler)
print("PORT %d" % server.server_address[1], flush=True)
threading.Timer(args.lifetime, lambda: server.shutdown()).start()
server.serve_forever()
