/// OpenAI-compatible chat completions: llama.cpp's llama-server, Ollama's /v1, vLLM, LM Studio, OpenAI.
public final class OpenAIProvider: ChatProvider {
    let endpoint: ProviderEndpoint

    public init(client: HTTPClient, endpoint: String, apiKey: String?, timeouts: HTTPTimeouts, caFile: String? = nil,
                proxy: ProxyChoice = .none) {
        self.endpoint = ProviderEndpoint(client: client, base: endpoint, path: "chat/completions", apiKey: apiKey,
                                         timeouts: timeouts, caFile: caFile, proxy: proxy)
    }

    func body(_ r: ChatRequest) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("model", r.model)
            w.key("messages")
            w.array { w in
                if let s = r.system { w.object { w in w.field("role", "system"); w.field("content", s) } }
                w.object { w in w.field("role", "user"); w.field("content", r.user) }
            }
            w.field("max_tokens", r.maxTokens)
            if let t = r.temperature { w.field("temperature", t, digits: 4) }
            w.field("stream", r.stream)
            if r.stream { w.key("stream_options"); w.object { w in w.field("include_usage", true) } }
            if let n = r.topLogprobs {
                w.field("logprobs", true)
                w.field("top_logprobs", n)
            }
            if r.jsonOutput { w.key("response_format"); w.object { w in w.field("type", "json_object") } }
        }
        return w.bytes
    }

    public func complete(_ r: ChatRequest, onText: @escaping (String) -> Void) throws(ProviderError) -> ChatResponse {
        var headers = ["Content-Type: application/json", "Accept: " + (r.stream ? "text/event-stream" : "application/json")]
        if let k = endpoint.apiKey { headers.append("Authorization: Bearer " + k) }
        let request = endpoint.request(headers: headers, body: body(r))

        var response = ChatResponse()
        if r.topLogprobs != nil { response.logprobs = [] }
        let start = monotonicMs()
        var done = false
        var delivered = false
        // Content is handed on from inside the transfer, so streaming reaches the caller as it arrives.
        let whole = try endpoint.exchange(request, stream: r.stream, outputStarted: { delivered }) { event in
            if event.data.elementsEqual("[DONE]".utf8) { done = true; return nil }
            guard let v = try? JSONParser.parse(event.dataString) else { return .malformed("a stream chunk is not JSON") }
            // llama.cpp and vLLM report a failure mid-stream as a chunk holding "error".
            if let e = v["error"] {
                let m = e["message"]?.stringValue ?? e.stringValue ?? "error chunk"
                return .streamError(APIKey.mask(m, key: self.endpoint.apiKey))
            }
            OpenAIProvider.absorb(v, into: &response, stream: true, start: start, emit: { onText($0); delivered = true })
            return nil
        }
        response.totalMs = monotonicMs() - start
        if r.stream {
            // [DONE] without a finish reason is not a finished answer either.
            if response.finishReason == nil { throw .streamCut(afterOutput: delivered) }
            _ = done
        } else {
            guard let v = try? JSONParser.parse(String(decoding: whole, as: UTF8.self)) else {
                throw .malformed("the body is not JSON")
            }
            guard v["choices"]?.arrayValue?.first != nil else { throw .malformed("no choices in the response") }
            OpenAIProvider.absorb(v, into: &response, stream: false, start: start, emit: onText)
            if response.ttftMs == nil { response.ttftMs = response.totalMs }
        }
        if response.text.allSatisfy({ $0.isWhitespace }) { throw .emptyAnswer }
        return response
    }

    /// Folds one response or stream chunk into `response`.
    static func absorb(_ v: JSONValue, into response: inout ChatResponse, stream: Bool, start: Double, emit: (String) -> Void) {
        if let m = v["model"]?.stringValue { response.model = m }
        if let u = v["usage"] {
            if let p = serverCount(u["prompt_tokens"]) { response.inputTokens = p }
            if let c = serverCount(u["completion_tokens"]) { response.outputTokens = c }
        }
        guard let choice = v["choices"]?.arrayValue?.first else { return }
        let content = stream ? choice["delta"]?["content"]?.stringValue : choice["message"]?["content"]?.stringValue
        if let text = content, !text.isEmpty {
            if response.ttftMs == nil && stream { response.ttftMs = monotonicMs() - start }
            response.text += text
            emit(text)
        }
        if let f = choice["finish_reason"]?.stringValue { response.finishReason = f }
        if let tokens = choice["logprobs"]?["content"]?.arrayValue {
            for t in tokens {
                guard let lp = t["logprob"]?.numberValue, lp.isFinite, lp <= 0 else { continue }
                var runnerUp: Double? = nil
                let chosenID = t["id"]?.numberValue
                let chosenBytes = t["bytes"]?.arrayValue
                for alt in t["top_logprobs"]?.arrayValue ?? [] {
                    guard let alp = alt["logprob"]?.numberValue, alp.isFinite, alp <= 0 else { continue }
                    let same = (chosenID != nil && alt["id"]?.numberValue == chosenID)
                        || (chosenBytes != nil && alt["bytes"]?.arrayValue == chosenBytes)
                        || (chosenID == nil && chosenBytes == nil && alt["token"]?.stringValue == t["token"]?.stringValue)
                    if !same, runnerUp == nil || alp > runnerUp! { runnerUp = alp }
                }
                if response.logprobs == nil { response.logprobs = [] }
                response.logprobs!.append(TokenLogprob(logprob: lp, runnerUp: runnerUp))
            }
        }
    }
}

/// Timeouts for one attempt, from the tier's config and the overall deadline.
public struct HTTPTimeouts: Sendable {
    public var connectMs: Int = 3_000
    public var firstTokenMs: Int?
    public var idleMs: Int?
    public var totalMs: Int = 120_000

    /// `othersLeft`: another allowed tier could still take the request, so a tier without its own
    /// first-token timeout gets `Cascade.defaultFirstTokenMs`, at most half the time left.
    public init(tier: TierSpec, remainingMs: Int, othersLeft: Bool = false) {
        if let c = tier.timeouts.connect { connectMs = c.milliseconds }
        firstTokenMs = tier.timeouts.firstToken?.milliseconds
        idleMs = tier.timeouts.idle?.milliseconds
        totalMs = min(tier.timeouts.total?.milliseconds ?? 120_000, max(1, remainingMs))
        connectMs = min(connectMs, totalMs)
        if firstTokenMs == nil && othersLeft {
            firstTokenMs = max(1, min(Cascade.defaultFirstTokenMs, totalMs / 2))
        }
    }

    func apply(_ r: inout HTTPRequest) {
        r.connectTimeoutMs = connectMs
        r.firstByteTimeoutMs = firstTokenMs
        r.idleTimeoutMs = idleMs
        r.totalTimeoutMs = totalMs
    }
}
