/// Anthropic's Messages API: `x-api-key`, `anthropic-version`, its SSE event types and error types.
/// It returns no logprobs, so its answers carry no confidence.
public struct AnthropicAdapter: ProviderAdapter {
    public static let apiVersion = "2023-06-01"
    public var keyVariables: [String] { ["ANTHROPIC_API_KEY"] }
    public var defaultEndpoint: String? { "https://api.anthropic.com" }
    public var returnsLogprobs: Bool { false }

    func authHeaders(_ apiKey: String?) -> [String] {
        ["anthropic-version: \(AnthropicAdapter.apiVersion)"] + (apiKey.map { ["x-api-key: " + $0] } ?? [])
    }

    public func chatRequest(_ r: ChatRequest, base: String, apiKey: String?) -> (url: String, headers: [String], body: [UInt8]) {
        let headers = ["Content-Type: application/json", "Accept: " + (r.stream ? "text/event-stream" : "application/json")]
            + authHeaders(apiKey)
        var w = JSONWriter()
        w.object { w in
            w.field("model", r.model.hasPrefix("anthropic/") ? String(r.model.dropFirst(10)) : r.model)
            w.field("max_tokens", r.maxTokens)
            var system = r.system
            if let schema = r.jsonSchema {
                // No response_format here: ask in the system prompt, with the schema.
                system = (system.map { $0 + "\n\n" } ?? "") + "Reply with one JSON value that follows this JSON schema, and nothing else:\n"
                    + String(decoding: schema, as: UTF8.self)
            } else if r.jsonOutput {
                // No response_format here: ask in the system prompt.
                system = (system.map { $0 + "\n\n" } ?? "") + "Reply with one JSON value and nothing else."
            }
            if let s = system { w.field("system", s) }
            w.key("messages")
            w.array { w in w.object { w in w.field("role", "user"); w.field("content", r.user) } }
            if let t = r.temperature { w.field("temperature", t, digits: 4) }
            w.field("stream", r.stream)
        }
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        return (b.hasSuffix("/messages") ? b : versionedURL(b, "messages"), headers, w.bytes)
    }

    public func decoder(stream: Bool) -> any ChatDecoder { Decoder(stream: stream) }

    public func error(status: Int, head: HTTPResponseHead, body: [UInt8], apiKey: String?) -> ProviderError {
        let (message, type) = providerMessage(body)
        return standardError(status: status, head: head, message: message, type: type, apiKey: apiKey)
    }

    /// GET /v1/models: free, and it checks the key.
    public func probe(base: String, apiKey: String?) -> (url: String, headers: [String])? {
        (versionedURL(base, "models"), authHeaders(apiKey))
    }

    struct Decoder: ChatDecoder {
        let stream: Bool
        var framer = SSEJSONFramer()
        var whole: [UInt8] = []
        var stopped = false

        mutating func feed(_ chunk: UnsafeRawBufferPointer, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            guard stream else { whole.append(contentsOf: chunk); return nil }
            return framer.feed(chunk) { event, value in
                guard let v = value else { return .malformed("event \(event.event) is not JSON") }
                switch event.event {
                case "message_start":
                    if let m = v["message"]?["model"]?.stringValue { r.model = m }
                    if let n = serverCount(v["message"]?["usage"]?["input_tokens"]) { r.inputTokens = n }
                case "content_block_delta":
                    if let t = v["delta"]?["text"]?.stringValue { text(t) }
                case "message_delta":
                    if let s = v["delta"]?["stop_reason"]?.stringValue { r.finishReason = s }
                    if let n = serverCount(v["usage"]?["output_tokens"]) { r.outputTokens = n }
                case "message_stop":
                    stopped = true
                case "error":
                    let type = v["error"]?["type"]?.stringValue ?? ""
                    let message = v["error"]?["message"]?.stringValue ?? "error event"
                    return type == "overloaded_error" ? .overloaded(message)
                        : type == "rate_limit_error" ? .rateLimited(retryAfterMs: nil, message: message)
                        : .streamError(message)
                default:
                    break  // ping, content_block_start/stop
                }
                return nil
            }
        }

        mutating func finish(into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            if stream { return stopped ? nil : .streamCut(afterOutput: false) }
            guard let v = try? JSONParser.parse(String(decoding: whole, as: UTF8.self)),
                  let blocks = v["content"]?.arrayValue else { return .malformed("no content in the response") }
            for b in blocks { if let t = b["text"]?.stringValue { text(t) } }
            r.finishReason = v["stop_reason"]?.stringValue
            r.model = v["model"]?.stringValue
            if let n = serverCount(v["usage"]?["input_tokens"]) { r.inputTokens = n }
            if let n = serverCount(v["usage"]?["output_tokens"]) { r.outputTokens = n }
            return nil
        }
    }
}
