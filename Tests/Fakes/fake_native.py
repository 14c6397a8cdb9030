#!/usr/bin/env python3
"""Protocol fakes for the two non-OpenAI wire formats tier speaks natively, written from their API
documentation: Ollama's native API and Google's Gemini API. Same conventions as fake_provider.py.

  fake_native.py --protocol ollama|gemini --mode MODE [--log FILE] [--answer TEXT] [--logprob LP]
                 [--retry-after SECONDS] [--require-key K] [--lifetime S]

Ollama: POST /api/chat streams newline-delimited JSON ({"message":{"content":...},"done":false} ...
{"done":true,"done_reason":"stop","prompt_eval_count":N,"eval_count":M}); "stream": false answers one
object; errors are {"error": "..."} with an HTTP status; GET /api/tags lists models.
Gemini: POST /v1beta/models/MODEL:streamGenerateContent?alt=sse (SSE, one GenerateContentResponse per
event, the last with finishReason and usageMetadata) or :generateContent (one JSON object); the key in
x-goog-api-key; errors are {"error":{"code","message","status","details"}}, a 429 names its wait in a
RetryInfo detail; GET /v1beta/models lists models.
Modes: ok, 500, 429, auth, context, cut (half the answer, then the connection closes), error_event (half,
then an error object in the stream), no_finish (the whole answer but no final done / finishReason),
empty (a finished answer with no text), hang, no_logprobs (logprobs never sent)."""
import argparse, json, os, socketserver, sys, threading, time
from http.server import BaseHTTPRequestHandler, HTTPServer

ap = argparse.ArgumentParser()
ap.add_argument("--protocol", required=True, choices=["ollama", "gemini"])
ap.add_argument("--mode", default="ok")
ap.add_argument("--log")
ap.add_argument("--answer", default="Paris is the capital of France.")
ap.add_argument("--logprob", type=float, default=-0.01)
ap.add_argument("--retry-after", default="1")
ap.add_argument("--require-key", default=None)
ap.add_argument("--lifetime", type=float, default=300)
args = ap.parse_args()
lock = threading.Lock()


class Server(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def record(self, body):
        if args.log:
            entry = {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body.decode("utf-8", "replace")}
            with lock, open(args.log, "a") as f:
                f.write(json.dumps(entry) + "\n")

    def key_ok(self):
        if args.require_key is None:
            return True
        sent = self.headers.get("x-goog-api-key", "") + self.headers.get("Authorization", "")
        return args.require_key in sent

    def send_json(self, status, obj):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, message, google_status="INVALID_ARGUMENT", details=None):
        if args.protocol == "ollama":
            return self.send_json(status, {"error": message})
        err = {"code": status, "message": message, "status": google_status}
        if details:
            err["details"] = details
        return self.send_json(status, {"error": err})

    def do_GET(self):
        self.record(b"")
        if not self.key_ok():
            return self.error(401, "API key not valid", "UNAUTHENTICATED")
        if args.protocol == "ollama" and self.path == "/api/tags":
            return self.send_json(200, {"models": [{"name": "llama3.2:3b", "model": "llama3.2:3b"}, {"name": "qwen3:8b", "model": "qwen3:8b"}]})
        if args.protocol == "gemini" and self.path.startswith("/v1beta/models"):
            return self.send_json(200, {"models": [{"name": "models/gemini-2.5-flash"}, {"name": "models/gemini-2.5-pro"}]})
        self.send_json(404, {"error": "not found"})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.record(body)
        try:
            req = json.loads(body or b"{}")
        except ValueError:
            req = {}
        mode = args.mode
        if not self.key_ok() or mode == "auth":
            return self.error(401 if args.protocol == "ollama" else 403, "API key not valid. Please pass a valid API key.", "PERMISSION_DENIED")
        if mode == "hang":
            time.sleep(args.lifetime)
            return
        if mode == "500":
            return self.error(500, "internal error", "INTERNAL")
        if mode == "429":
            return self.error(429, "Resource has been exhausted (e.g. check quota).", "RESOURCE_EXHAUSTED",
                              [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": args.retry_after + "s"}])
        if mode == "context":
            return self.error(400, "The input token count (1048577) exceeds the maximum number of tokens allowed (1048576)."
                              if args.protocol == "gemini" else "context length exceeded: the prompt is longer than the context window")
        words = args.answer.split(" ")
        pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
        if mode in ("cut", "error_event"):
            pieces = pieces[: max(1, len(pieces) // 2)]
        if mode == "empty":
            pieces = [""]
        if args.protocol == "ollama":
            return self.ollama(req, pieces, mode)
        return self.gemini(req, pieces, mode)

    def ollama(self, req, pieces, mode):
        want_lp = req.get("logprobs") and mode != "no_logprobs"
        def chunk(p):
            c = {"model": req.get("model"), "created_at": "2026-12-01T00:00:00Z", "message": {"role": "assistant", "content": p}, "done": False}
            if want_lp and p:
                c["logprobs"] = [{"token": p, "logprob": args.logprob, "top_logprobs": [{"token": p, "logprob": args.logprob}, {"token": "x", "logprob": -5.0}]}]
            return c
        final = {"model": req.get("model"), "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                 "prompt_eval_count": 12, "eval_count": len(pieces)}
        if not req.get("stream", True):
            whole = chunk("".join(pieces))
            whole.update({"done": True, "done_reason": "stop", "prompt_eval_count": 12, "eval_count": len(pieces)})
            return self.send_json(200, whole)
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Connection", "close")
        self.end_headers()
        for p in pieces:
            self.wfile.write((json.dumps(chunk(p)) + "\n").encode())
            self.wfile.flush()
        if mode == "error_event":
            self.wfile.write((json.dumps({"error": "an error was encountered while running the model"}) + "\n").encode())
        elif mode not in ("cut", "no_finish"):
            self.wfile.write((json.dumps(final) + "\n").encode())
        self.wfile.flush()
        self.close_connection = True

    def gemini(self, req, pieces, mode):
        gc = req.get("generationConfig", {})
        want_lp = gc.get("responseLogprobs") and mode != "no_logprobs"
        def response(text, last):
            cand = {"content": {"role": "model", "parts": [{"text": text}]}, "index": 0}
            if want_lp and text:
                cand["logprobsResult"] = {
                    "topCandidates": [{"candidates": [{"token": text, "logProbability": args.logprob}, {"token": "x", "logProbability": -5.0}]}],
                    "chosenCandidates": [{"token": text, "logProbability": args.logprob}]}
            r = {"candidates": [cand], "modelVersion": "gemini-2.5-flash-fake"}
            if last:
                cand["finishReason"] = "STOP"
                r["usageMetadata"] = {"promptTokenCount": 12, "candidatesTokenCount": len(pieces), "totalTokenCount": 12 + len(pieces)}
            return r
        if ":generateContent" in self.path:
            return self.send_json(200, response("".join(pieces), True))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for i, p in enumerate(pieces):
            last = i == len(pieces) - 1 and mode not in ("cut", "no_finish", "error_event")
            self.wfile.write(("data: %s\r\n\r\n" % json.dumps(response(p, last))).encode())
            self.wfile.flush()
        if mode == "error_event":
            self.wfile.write(("data: %s\r\n\r\n" % json.dumps({"error": {"code": 500, "message": "internal failure", "status": "INTERNAL"}})).encode())
        self.wfile.flush()
        self.close_connection = True


def watch_parent(parent=os.getppid()):
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


threading.Thread(target=watch_parent, daemon=True).start()
server = Server(("127.0.0.1", 0), Handler)
print("PORT %d" % server.server_address[1], flush=True)
threading.Timer(args.lifetime, lambda: server.shutdown()).start()
server.serve_forever()
