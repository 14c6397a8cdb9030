/// Ollama's native API: `POST /api/chat` streaming newline-delimited JSON, `options.num_ctx` sized to
/// the prompt (Ollama's default context would silently cut a long attachment), `options.num_predict`,
/// `format: "json"`, logprobs where the server returns them, `/api/tags` for health and models.
/// (Ollama's OpenAI-compatible `/v1` is `provider: openai-compatible`.)
public struct OllamaAdapter: ProviderAdapter {
    /// `keep_alive` from the tier's config: how long Ollama keeps the model loaded after a request.
    public var keepAlive: DurationValue?
    public init(keepAlive: DurationValue? = nil) { self.keepAlive = keepAlive }

    public var keyVariables: [String] { [] }
    public var defaultEndpoint: String? { "http://127.0.0.1:11434" }
    public var returnsLogprobs: Bool { true }

    /// Room for the prompt (about 4 bytes a token, rounded up generously) and the answer, in steps of
    /// 1,024 tokens, never below Ollama's own 4,096.
    public static func contextSize(promptBytes: Int, maxTokens: Int) -> Int {
        let tokens = promptBytes / 3 + maxTokens + 256
        return max(4096, min(1 << 20, (tokens + 1023) / 1024 * 1024))
    }

    func base(_ b: String) -> String {
        var s = b
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    public func chatRequest(_ r: ChatRequest, base b: String, apiKey: String?) -> (url: String, headers: [String], body: [UInt8]) {
        var headers = ["Content-Type: application/json"]
        if let k = apiKey { headers.append("Authorization: Bearer " + k) }
        var w = JSONWriter()
        w.object { w in
            w.field("model", r.model)
            w.key("messages")
            w.array { w in
                if let s = r.system { w.object { w in w.field("role", "system"); w.field("content", s) } }
                for t in r.conversation {
                    w.object { w in
                        w.field("role", t.role.rawValue)
                        w.field("content", t.content)
                        // Ollama's calls carry the arguments as an object, not as JSON text.
                        if !t.toolCalls.isEmpty {
                            w.key("tool_calls")
                            w.array { w in
                                for c in t.toolCalls {
                                    w.object { w in
                                        w.key("function")
                                        w.object { w in
                                            w.field("name", c.name)
                                            w.key("arguments")
                                            w.argumentsObject(c.arguments)
                                        }
                                    }
                                }
                            }
                        }
                        if let n = t.toolName { w.field("tool_name", n) }
                    }
                }
            }
            if !r.tools.isEmpty, r.toolChoice != ToolChoice.none { OpenAIAdapter.encodeTools(ChatRequest.toolsOnly(r.tools), &w) }
            w.field("stream", r.stream)
            if let k = keepAlive { w.field("keep_alive", "\(k.milliseconds / 1000)s") }
            // `format` takes "json" or the schema itself.
            if let schema = r.jsonSchema { w.key("format"); w.appendRawValue(schema) } else if r.jsonOutput { w.field("format", "json") }
            if let n = r.topLogprobs {
                w.field("logprobs", true)
                w.field("top_logprobs", n)
            }
            w.key("options")
            w.object { w in
                w.field("num_predict", r.maxTokens)
                if !r.stop.isEmpty { w.key("stop"); w.array { w in for x in r.stop { w.string(x) } } }
                w.field("num_ctx", OllamaAdapter.contextSize(promptBytes: r.conversation.reduce(0) { $0 + $1.content.utf8.count } + (r.system?.utf8.count ?? 0),
                                                            maxTokens: r.maxTokens))
                if let t = r.temperature { w.field("temperature", t, digits: 4) }
            }
        }
        return (base(b) + "/api/chat", headers, w.bytes)
    }

    public func decoder(stream: Bool) -> any ChatDecoder { Decoder() }

    public func error(status: Int, head: HTTPResponseHead, body: [UInt8], apiKey: String?) -> ProviderError {
        let (message, type) = providerMessage(body)
        return standardError(status: status, head: head, message: message, type: type, apiKey: apiKey)
    }

    public func probe(base b: String, apiKey: String?) -> (url: String, headers: [String])? {
        (base(b) + "/api/tags", apiKey.map { ["Authorization: Bearer " + $0] } ?? [])
    }

    public func modelIDs(_ body: [UInt8]) -> [String] {
        guard let v = try? JSONParser.parse(String(decoding: body, as: UTF8.self)) else { return [] }
        return (v["models"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue ?? $0["model"]?.stringValue }
    }

    /// One JSON object per line, streamed or not; the last says `"done": true`.
    struct Decoder: ChatDecoder {
        var line: [UInt8] = []
        var done = false

        mutating func feed(_ chunk: UnsafeRawBufferPointer, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            for b in chunk {
                if b == 0x0A {
                    if let e = take(into: &r, text: text) { return e }
                } else {
                    line.append(b)
                    if line.count > 64 << 20 { return .malformed("a line longer than 64 MB") }
                }
            }
            return nil
        }

        mutating func take(into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            defer { line.removeAll(keepingCapacity: true) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return nil }
            guard let v = try? JSONParser.parse(String(decoding: line, as: UTF8.self)) else { return .malformed("a line is not JSON") }
            if let e = v["error"], e != .null { return .streamError(e.stringValue ?? e["message"]?.stringValue ?? "error") }
            if let m = v["model"]?.stringValue { r.model = m }
            if let t = v["message"]?["content"]?.stringValue { text(t) }
            for call in v["message"]?["tool_calls"]?.arrayValue ?? [] {
                guard r.toolCallPiece(index: r.toolCalls.count, id: "call_\(r.toolCalls.count)", name: call["function"]?["name"]?.stringValue,
                                      arguments: AnthropicAdapter.inputText(call["function"]?["arguments"])) else { return .malformed("too many tool calls") }
            }
            for t in v["logprobs"]?.arrayValue ?? [] {
                guard let lp = t["logprob"]?.numberValue, lp.isFinite, lp <= 0 else { continue }
                var runnerUp: Double? = nil
                for alt in t["top_logprobs"]?.arrayValue ?? [] where alt["token"]?.stringValue != t["token"]?.stringValue {
                    if let a = alt["logprob"]?.numberValue, a.isFinite, a <= 0, runnerUp == nil || a > runnerUp! { runnerUp = a }
                }
                if r.logprobs == nil { r.logprobs = [] }
                r.logprobs!.append(TokenLogprob(logprob: lp, runnerUp: runnerUp))
            }
            if v["done"]?.boolValue == true {
                done = true
                // "length" when num_predict ran out, as the confidence's truncation check reads it.
                r.finishReason = v["done_reason"]?.stringValue ?? "stop"
                if let n = serverCount(v["prompt_eval_count"]) { r.inputTokens = n }
                if let n = serverCount(v["eval_count"]) { r.outputTokens = n }
            }
            return nil
        }

        mutating func finish(into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            if !line.isEmpty, let e = take(into: &r, text: text) { return e }
            return done ? nil : .streamCut(afterOutput: false)
        }
    }
}
