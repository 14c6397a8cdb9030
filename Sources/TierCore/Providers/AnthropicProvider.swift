/// Anthropic's Messages API: `x-api-key`, `anthropic-version`, its SSE event types and error types.
/// It returns no logprobs, so its answers carry no confidence.
public final class AnthropicProvider: ChatProvider {
    public static let apiVersion = "2023-06-01"
    let endpoint: ProviderEndpoint

    public init(client: HTTPClient, endpoint: String, apiKey: String?, timeouts: HTTPTimeouts, caFile: String? = nil,
                proxy: ProxyChoice = .environment) {
        self.endpoint = ProviderEndpoint(client: client, base: endpoint, path: "messages", apiKey: apiKey,
                                         timeouts: timeouts, caFile: caFile, proxy: proxy)
    }

    func body(_ r: ChatRequest) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("model", r.model)
            w.field("max_tokens", r.maxTokens)
            var system = r.system
            if r.jsonOutput {
                // No response_format here: ask in the system prompt.
                system = (system.map { $0 + "\n\n" } ?? "") + "Reply with one JSON value and nothing else."
            }
            if let s = system { w.field("system", s) }
            w.key("messages")
            w.array { w in w.object { w in w.field("role", "user"); w.field("content", r.user) } }
            if let t = r.temperature { w.field("temperature", t, digits: 4) }
            w.field("stream", r.stream)
        }
        return w.bytes
    }

    public func complete(_ r: ChatRequest, onText: @escaping (String) -> Void) throws(ProviderError) -> ChatResponse {
        var headers = ["Content-Type: application/json", "anthropic-version: \(AnthropicProvider.apiVersion)",
                       "Accept: " + (r.stream ? "text/event-stream" : "application/json")]
        if let k = endpoint.apiKey { headers.append("x-api-key: " + k) }
        let request = endpoint.request(headers: headers, body: body(r))

        var response = ChatResponse()
        let start = monotonicMs()
        var stopped = false
        var delivered = false
        let whole = try endpoint.exchange(request, stream: r.stream, outputStarted: { delivered }) { event in
            guard let v = try? JSONParser.parse(event.dataString) else { return .malformed("event \(event.event) is not JSON") }
            switch event.event {
            case "message_start":
                if let m = v["message"]?["model"]?.stringValue { response.model = m }
                if let n = serverCount(v["message"]?["usage"]?["input_tokens"]) { response.inputTokens = n }
            case "content_block_delta":
                if let text = v["delta"]?["text"]?.stringValue, !text.isEmpty {
                    if response.ttftMs == nil { response.ttftMs = monotonicMs() - start }
                    response.text += text
                    onText(text)
                    delivered = true
                }
            case "message_delta":
                if let s = v["delta"]?["stop_reason"]?.stringValue { response.finishReason = s }
                if let n = serverCount(v["usage"]?["output_tokens"]) { response.outputTokens = n }
            case "message_stop":
                stopped = true
            case "error":
                let type = v["error"]?["type"]?.stringValue ?? ""
                let message = v["error"]?["message"]?.stringValue ?? "error event"
                let masked = APIKey.mask(message, key: self.endpoint.apiKey)
                return type == "overloaded_error" ? .overloaded(masked)
                    : type == "rate_limit_error" ? .rateLimited(retryAfterMs: nil, message: masked)
                    : .streamError(masked)
            default:
                break  // ping, content_block_start/stop
            }
            return nil
        }
        response.totalMs = monotonicMs() - start
        if r.stream {
            if !stopped { throw .streamCut(afterOutput: delivered) }
        } else {
            guard let v = try? JSONParser.parse(String(decoding: whole, as: UTF8.self)),
                  let blocks = v["content"]?.arrayValue else { throw .malformed("no content in the response") }
            for b in blocks { if let t = b["text"]?.stringValue { response.text += t } }
            response.finishReason = v["stop_reason"]?.stringValue
            response.model = v["model"]?.stringValue
            if let n = serverCount(v["usage"]?["input_tokens"]) { response.inputTokens = n }
            if let n = serverCount(v["usage"]?["output_tokens"]) { response.outputTokens = n }
            response.ttftMs = response.totalMs
            if !response.text.isEmpty { onText(response.text) }
        }
        if response.text.allSatisfy({ $0.isWhitespace }) { throw .emptyAnswer }
        return response
    }
}
