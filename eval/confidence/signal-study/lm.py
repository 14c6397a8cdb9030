"""Tiny HTTP client for the local llama.cpp server (one request at a time)."""
import json, math, time, urllib.request

BASE = "http://127.0.0.1:8080"
SYS = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"

def post(path, body, timeout=120):
    req = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())

def chat(messages, max_tokens=24, top_logprobs=5, temperature=0, **kw):
    body = {"model": "smollm2-135m", "messages": messages, "max_tokens": max_tokens, "temperature": temperature,
            "stream": False, "logprobs": True, "top_logprobs": top_logprobs}
    body.update(kw)
    t = time.time()
    r = post("/v1/chat/completions", body)
    r["_ms"] = (time.time() - t) * 1000
    return r

def template(messages, add_generation_prompt=True):
    s = "".join(("<|im_start|>system\n" + SYS + "<|im_end|>\n") if i == 0 and m["role"] != "system" else "" for i, m in enumerate(messages[:1]))
    for m in messages:
        s += "<|im_start|>" + m["role"] + "\n" + m["content"] + "<|im_end|>\n"
    if add_generation_prompt:
        s += "<|im_start|>assistant\n"
    return s

def completion(prompt, n_predict=1, n_probs=20, **kw):
    body = {"prompt": prompt, "n_predict": n_predict, "n_probs": n_probs, "temperature": 0, "cache_prompt": True}
    body.update(kw)
    t = time.time()
    r = post("/completion", body)
    r["_ms"] = (time.time() - t) * 1000
    return r

def tokenize(text, with_pieces=False):
    return post("/tokenize", {"content": text, "add_special": False, "with_pieces": with_pieces})["tokens"]

def lse(xs):
    m = max(xs); return m + math.log(sum(math.exp(x - m) for x in xs))
