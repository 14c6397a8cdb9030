#!/usr/bin/env python3
"""Drives `tier serve` through the official SDKs, one scenario per run; prints one JSON object.

  sdk_client.py --base http://127.0.0.1:PORT --scenario NAME [--model auto] [--prompt TEXT] [--key KEY]

Scenarios: openai_chat, openai_stream, openai_logprobs, openai_logprobs_stream, openai_tools, openai_tools_stream, openai_json, openai_models,
openai_conversation (--history TEXT is an earlier user turn), anthropic_message, anthropic_stream,
anthropic_tools, anthropic_tools_stream, anthropic_models. Errors are caught and reported with the SDK's
exception class, the HTTP status and the message, so a test can check the error a user would see."""
import argparse, json, sys

ap = argparse.ArgumentParser()
ap.add_argument("--base", required=True)
ap.add_argument("--scenario", required=True)
ap.add_argument("--model", default="auto")
ap.add_argument("--prompt", default="What is the capital of France?")
ap.add_argument("--history", default="")
ap.add_argument("--key", default="sk-none")
args = ap.parse_args()

WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "The weather in a city",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}
WEATHER_ANTHROPIC = {"name": "get_weather", "description": "The weather in a city",
                     "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}


def tier_headers(h):
    return {k: h.get(k) for k in ("x-tier-tier", "x-tier-model", "x-tier-confidence", "x-tier-request-id")}


def run():
    s = args.scenario
    if s.startswith("openai"):
        import openai
        c = openai.OpenAI(base_url=args.base + "/v1", api_key=args.key, max_retries=0, timeout=60)
        msgs = [{"role": "user", "content": args.prompt}]
        if s == "openai_models":
            return {"ids": [m.id for m in c.models.list()]}
        if s == "openai_conversation":
            msgs = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": args.history},
                    {"role": "assistant", "content": "Noted."}, {"role": "user", "content": args.prompt}]
        if s in ("openai_chat", "openai_conversation", "openai_json"):
            extra = {"response_format": {"type": "json_object"}} if s == "openai_json" else {}
            raw = c.chat.completions.with_raw_response.create(model=args.model, messages=msgs, max_tokens=64, **extra)
            r = raw.parse()
            return {"content": r.choices[0].message.content, "finish_reason": r.choices[0].finish_reason,
                    "model": r.model, "usage": r.usage.model_dump() if r.usage else None, "headers": tier_headers(raw.headers)}
        if s == "openai_stream":
            text, finish, usage = "", None, None
            with c.chat.completions.with_streaming_response.create(model=args.model, messages=msgs, max_tokens=64, stream=True,
                                                                   stream_options={"include_usage": True}) as raw:
                headers = tier_headers(raw.headers)
                for chunk in raw.parse():
                    if chunk.usage: usage = chunk.usage.model_dump()
                    for ch in chunk.choices:
                        text += ch.delta.content or ""
                        finish = ch.finish_reason or finish
            return {"content": text, "finish_reason": finish, "usage": usage, "headers": headers}
        if s in ("openai_logprobs", "openai_logprobs_stream"):
            if s == "openai_logprobs":
                r = c.chat.completions.create(model=args.model, messages=msgs, max_tokens=64, logprobs=True, top_logprobs=2)
                lp = r.choices[0].logprobs
                content = lp.content if lp else None
            else:
                content = None
                for chunk in c.chat.completions.create(model=args.model, messages=msgs, max_tokens=64, logprobs=True, top_logprobs=2, stream=True):
                    for ch in chunk.choices:
                        if ch.logprobs and ch.logprobs.content:
                            content = (content or []) + ch.logprobs.content
            if content is None:
                return {"logprobs": None}
            return {"tokens": [t.token for t in content], "logprobs": [t.logprob for t in content],
                    "top": [[a.token for a in t.top_logprobs] for t in content]}
        if s == "openai_tools":
            r = c.chat.completions.create(model=args.model, messages=msgs, tools=[WEATHER], max_tokens=64)
            m = r.choices[0].message
            return {"finish_reason": r.choices[0].finish_reason,
                    "tool_calls": [{"id": t.id, "name": t.function.name, "arguments": json.loads(t.function.arguments)} for t in m.tool_calls or []]}
        if s == "openai_tools_stream":
            calls, finish = {}, None
            for chunk in c.chat.completions.create(model=args.model, messages=msgs, tools=[WEATHER], max_tokens=64, stream=True):
                for ch in chunk.choices:
                    finish = ch.finish_reason or finish
                    for t in ch.delta.tool_calls or []:
                        e = calls.setdefault(t.index, {"id": None, "name": None, "arguments": ""})
                        e["id"] = t.id or e["id"]
                        if t.function and t.function.name: e["name"] = t.function.name
                        if t.function and t.function.arguments: e["arguments"] += t.function.arguments
            return {"finish_reason": finish, "tool_calls": [dict(v, arguments=json.loads(v["arguments"])) for _, v in sorted(calls.items())]}
    else:
        import anthropic
        c = anthropic.Anthropic(base_url=args.base, api_key=args.key, max_retries=0, timeout=60)
        msgs = [{"role": "user", "content": args.prompt}]
        if s == "anthropic_models":
            return {"ids": [m.id for m in c.models.list()]}
        if s == "anthropic_message":
            raw = c.messages.with_raw_response.create(model=args.model, max_tokens=64, messages=msgs)
            m = raw.parse()
            return {"content": "".join(b.text for b in m.content if b.type == "text"), "stop_reason": m.stop_reason,
                    "usage": m.usage.model_dump(), "headers": tier_headers(raw.headers)}
        if s == "anthropic_stream":
            text = ""
            with c.messages.stream(model=args.model, max_tokens=64, messages=msgs) as st:
                for t in st.text_stream:
                    text += t
                final = st.get_final_message()
            return {"content": text, "stop_reason": final.stop_reason, "final": "".join(b.text for b in final.content if b.type == "text")}
        if s in ("anthropic_tools", "anthropic_tools_stream"):
            if s == "anthropic_tools":
                m = c.messages.create(model=args.model, max_tokens=64, messages=msgs, tools=[WEATHER_ANTHROPIC])
            else:
                with c.messages.stream(model=args.model, max_tokens=64, messages=msgs, tools=[WEATHER_ANTHROPIC]) as st:
                    for _ in st: pass
                    m = st.get_final_message()
            return {"stop_reason": m.stop_reason,
                    "tool_calls": [{"id": b.id, "name": b.name, "arguments": b.input} for b in m.content if b.type == "tool_use"]}
    raise SystemExit("unknown scenario " + s)


try:
    out = run()
except Exception as e:  # the SDK's own error classes: what a user would catch
    out = {"error": type(e).__name__, "status": getattr(e, "status_code", None), "message": str(e)[:500]}
print(json.dumps(out))
