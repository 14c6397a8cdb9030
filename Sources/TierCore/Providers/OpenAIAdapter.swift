/// OpenAI chat completions and the servers that speak it: llama.cpp's llama-server, vLLM, LM Studio,
/// Ollama's /v1 (`openai-compatible`) and OpenAI itself. SSE streaming with usage
/// (`stream_options.include_usage`), token logprobs with alternatives, `response_format` for JSON.
public struct OpenAIAdapter: ProviderAdapter {
    public enum Flavour: Sendable { case openai, compatible, llamaServer, vllm }
    public let flavour: Flavour

    public var keyVariables: [String] { flavour == .openai ? ["OPENAI_API_KEY"] : [] }
    public var defaultEndpoint: String? {
        switch flavour {
        case .openai: return "https://api.openai.com"
        case .llamaServer: return "http://127.0.0.1:8080"
        case .vllm: return "http://127.0.0.1:8000"
        case .compatible: return nil
        }
    }
    public var returnsLogprobs: Bool { true }

    public func chatRequest(_ r: ChatRequest, base: String, apiKey: String?) -> (url: String, headers: [String], body: [UInt8]) {
        var headers = ["Content-Type: application/json", "Accept: " + (r.stream ? "text/event-stream" : "application/json")]
        if let k = apiKey { headers.append("Authorization: Bearer " + k) }
        var w = JSONWriter()
        w.object { w in
            // LiteLLM's "openai/gpt-4.1" is OpenAI's "gpt-4.1"; other servers get the id as written.
            w.field("model", flavour == .openai && r.model.hasPrefix("openai/") ? String(r.model.dropFirst(7)) : r.model)
            w.key("messages")
            w.array { w in
                if let s = r.system { w.object { w in w.field("role", "system"); w.field("content", s) } }
                for t in r.conversation { OpenAIAdapter.encode(t, &w) }
            }
            OpenAIAdapter.encodeTools(r, &w)
            if !r.stop.isEmpty { w.key("stop"); w.array { w in for x in r.stop { w.string(x) } } }
            w.field("max_tokens", r.maxTokens)
            if let t = r.temperature { w.field("temperature", t, digits: 4) }
            w.field("stream", r.stream)
            if r.stream { w.key("stream_options"); w.object { w in w.field("include_usage", true) } }
            if let n = r.topLogprobs {
                w.field("logprobs", true)
                w.field("top_logprobs", n)
            }
            if let schema = r.jsonSchema {
                w.key("response_format")
                w.object { w in
                    w.field("type", "json_schema")
                    w.key("json_schema"); w.object { w in w.field("name", "answer"); w.key("schema"); w.appendRawValue(schema) }
                }
            } else if r.jsonOutput { w.key("response_format"); w.object { w in w.field("type", "json_object") } }
            // A fixed output length where the server supports it (llama.cpp, vLLM).
            if r.fixedLength && (flavour == .llamaServer || flavour == .vllm) {
                w.field("ignore_eos", true)
                if flavour == .vllm { w.field("min_tokens", r.maxTokens) }
            }
        }
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        // A base that is already the chat URL (bench --url) is taken as it is.
        let url = b.hasSuffix("/chat/completions") ? b : versionedURL(b, "chat/completions")
        return (url, headers, w.bytes)
    }

    public func decoder(stream: Bool) -> any ChatDecoder { Decoder(stream: stream) }

    /// One turn in OpenAI's form (also the gateway's input form, so nothing is lost either way).
    static func encode(_ t: ChatTurn, _ w: inout JSONWriter) {
        w.object { w in
            w.field("role", t.role.rawValue)
            if t.role == .assistant && t.content.isEmpty && !t.toolCalls.isEmpty { w.key("content"); w.null() } else { w.field("content", t.content) }
            if !t.toolCalls.isEmpty {
                w.key("tool_calls")
                w.array { w in
                    for c in t.toolCalls {
                        w.object { w in
                            w.field("id", c.id); w.field("type", "function")
                            w.key("function"); w.object { w in w.field("name", c.name); w.field("arguments", c.arguments) }
                        }
                    }
                }
            }
            if let id = t.toolCallID { w.field("tool_call_id", id) }
        }
    }

    static func encodeTools(_ r: ChatRequest, _ w: inout JSONWriter) {
        guard !r.tools.isEmpty else { return }
        w.key("tools")
        w.array { w in
            for tool in r.tools {
                w.object { w in
                    w.field("type", "function")
                    w.key("function")
                    w.object { w in
                        w.field("name", tool.name)
                        if let d = tool.description { w.field("description", d) }
                        if let p = tool.parameters { w.key("parameters"); w.appendRawValue(p) }
                    }
                }
            }
        }
        switch r.toolChoice {
        case nil: break
        case .auto?: w.field("tool_choice", "auto")
        case .none?: w.field("tool_choice", "none")
        case .required?: w.field("tool_choice", "required")
        case .function(let name)?:
            w.key("tool_choice")
            w.object { w in w.field("type", "function"); w.key("function"); w.object { w in w.field("name", name) } }
        }
    }

    public func error(status: Int, head: HTTPResponseHead, body: [UInt8], apiKey: String?) -> ProviderError {
        let (message, type) = providerMessage(body)
        return standardError(status: status, head: head, message: message, type: type, apiKey: apiKey)
    }

    public func probe(base: String, apiKey: String?) -> (url: String, headers: [String])? {
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        let headers = apiKey.map { ["Authorization: Bearer " + $0] } ?? []
        switch flavour {
        case .llamaServer, .vllm:
            if b.hasSuffix("/v1") { b.removeLast(3) }
            return (b + "/health", headers)
        case .compatible, .openai:
            return (versionedURL(b, "models"), headers)
        }
    }

    /// llama-server and vLLM are probed at /health but list their models at /v1/models.
    public func modelList(base: String, apiKey: String?) -> (url: String, headers: [String])? {
        (versionedURL(base, "models"), apiKey.map { ["Authorization: Bearer " + $0] } ?? [])
    }

    struct Decoder: ChatDecoder {
        let stream: Bool
        var framer = SSEJSONFramer()
        var whole: [UInt8] = []

        mutating func feed(_ chunk: UnsafeRawBufferPointer, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            guard stream else { whole.append(contentsOf: chunk); return nil }
            return framer.feed(chunk) { event, value in
                if event.data.elementsEqual("[DONE]".utf8) { return nil }
                guard let v = value else { return .malformed("a stream chunk is not JSON") }
                // llama.cpp and vLLM report a failure mid-stream as a chunk holding "error".
                if let e = v["error"], e != .null { return .streamError(e["message"]?.stringValue ?? e.stringValue ?? "error chunk") }
                Decoder.absorb(v, into: &r, stream: true, text: text)
                return nil
            }
        }

        mutating func finish(into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            if stream {
                // [DONE] without a finish reason is not a finished answer either.
                return r.finishReason == nil ? .streamCut(afterOutput: false) : nil
            }
            guard let v = try? JSONParser.parse(String(decoding: whole, as: UTF8.self)) else { return .malformed("the body is not JSON") }
            guard v["choices"]?.arrayValue?.first != nil else { return .malformed("no choices in the response") }
            Decoder.absorb(v, into: &r, stream: false, text: text)
            return nil
        }

        /// A token's text: from `bytes` when the server sends them (a character split across tokens comes
        /// as "" in `token`), else `token`; a byte outside 0-255 makes it unknown.
        static func tokenText(bytes: [JSONValue]?, token: String?) -> String? {
            guard let bs = bytes else { return token }
            var raw: [UInt8] = []
            raw.reserveCapacity(bs.count)
            for b in bs { guard let v = b.numberValue, v >= 0, v <= 255, v == v.rounded() else { return token }; raw.append(UInt8(v)) }
            return String(decoding: raw, as: UTF8.self)
        }

        /// Folds one response or stream chunk into `r`.
        static func absorb(_ v: JSONValue, into r: inout ChatResponse, stream: Bool, text: (String) -> Void) {
            if let m = v["model"]?.stringValue { r.model = m }
            if let u = v["usage"] {
                if let p = serverCount(u["prompt_tokens"]) { r.inputTokens = p }
                if let c = serverCount(u["completion_tokens"]) { r.outputTokens = c }
            }
            guard let choice = v["choices"]?.arrayValue?.first else { return }
            if let t = (stream ? choice["delta"]?["content"] : choice["message"]?["content"])?.stringValue { text(t) }
            for (i, call) in ((stream ? choice["delta"] : choice["message"])?["tool_calls"]?.arrayValue ?? []).enumerated() {
                let index = stream ? (serverCount(call["index"]) ?? -1) : i
                _ = r.toolCallPiece(index: index, id: call["id"]?.stringValue, name: call["function"]?["name"]?.stringValue,
                                    arguments: call["function"]?["arguments"]?.stringValue)
            }
            if let f = choice["finish_reason"]?.stringValue { r.finishReason = f }
            if let tokens = choice["logprobs"]?["content"]?.arrayValue {
                for t in tokens {
                    guard let lp = t["logprob"]?.numberValue, lp.isFinite, lp <= 0 else { continue }
                    var runnerUp: Double? = nil
                    var alternatives: [Double] = []
                    var alternativeTexts: [String?] = []
                    let chosenID = t["id"]?.numberValue
                    let chosenBytes = t["bytes"]?.arrayValue
                    for alt in t["top_logprobs"]?.arrayValue ?? [] {
                        guard let alp = alt["logprob"]?.numberValue, alp.isFinite, alp <= 0 else { continue }
                        if alternatives.count < 32 {
                            alternatives.append(alp)
                            alternativeTexts.append(Decoder.tokenText(bytes: alt["bytes"]?.arrayValue, token: alt["token"]?.stringValue))
                        }
                        let same = (chosenID != nil && alt["id"]?.numberValue == chosenID)
                            || (chosenBytes != nil && alt["bytes"]?.arrayValue == chosenBytes)
                            || (chosenID == nil && chosenBytes == nil && alt["token"]?.stringValue == t["token"]?.stringValue)
                        if !same, runnerUp == nil || alp > runnerUp! { runnerUp = alp }
                    }
                    if r.logprobs == nil { r.logprobs = [] }
                    r.logprobs!.append(TokenLogprob(logprob: lp, runnerUp: runnerUp, alternatives: alternatives,
                                                      text: Decoder.tokenText(bytes: chosenBytes, token: t["token"]?.stringValue),
                                                      alternativeTexts: alternativeTexts))
                }
            }
        }
    }
}
