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
            w.array { w in AnthropicAdapter.encodeTurns(r.conversation, &w) }
            AnthropicAdapter.encodeTools(r, &w)
            if !r.stop.isEmpty { w.key("stop_sequences"); w.array { w in for x in r.stop { w.string(x) } } }
            if let t = r.temperature { w.field("temperature", t, digits: 4) }
            w.field("stream", r.stream)
        }
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        return (b.hasSuffix("/messages") ? b : versionedURL(b, "messages"), headers, w.bytes)
    }

    public func decoder(stream: Bool) -> any ChatDecoder { Decoder(stream: stream) }

    /// Turns as Messages: an assistant's calls become tool_use blocks, and tool results (consecutive ones
    /// together) a user turn of tool_result blocks, as the API requires.
    static func encodeTurns(_ turns: [ChatTurn], _ w: inout JSONWriter) {
        var i = 0
        while i < turns.count {
            let t = turns[i]
            switch t.role {
            case .user:
                w.object { w in w.field("role", "user"); w.field("content", t.content) }
                i += 1
            case .assistant:
                w.object { w in
                    w.field("role", "assistant")
                    w.key("content")
                    w.array { w in
                        if !t.content.isEmpty { w.object { w in w.field("type", "text"); w.field("text", t.content) } }
                        for c in t.toolCalls {
                            w.object { w in
                                w.field("type", "tool_use"); w.field("id", c.id); w.field("name", c.name)
                                w.key("input")
                                // The arguments are JSON text from the client; an object is required here.
                                w.argumentsObject(c.arguments)
                            }
                        }
                        if t.content.isEmpty && t.toolCalls.isEmpty { w.object { w in w.field("type", "text"); w.field("text", "") } }
                    }
                }
                i += 1
            case .tool:
                w.object { w in
                    w.field("role", "user")
                    w.key("content")
                    w.array { w in
                        while i < turns.count && turns[i].role == .tool {
                            let r = turns[i]
                            w.object { w in
                                w.field("type", "tool_result"); w.field("tool_use_id", r.toolCallID ?? ""); w.field("content", r.content)
                            }
                            i += 1
                        }
                    }
                }
            }
        }
    }

    static func encodeTools(_ r: ChatRequest, _ w: inout JSONWriter) {
        guard !r.tools.isEmpty else { return }
        w.key("tools")
        w.array { w in
            for tool in r.tools {
                w.object { w in
                    w.field("name", tool.name)
                    if let d = tool.description { w.field("description", d) }
                    w.key("input_schema")
                    if let p = tool.parameters { w.appendRawValue(p) } else { w.object { w in w.field("type", "object") } }
                }
            }
        }
        switch r.toolChoice {
        case nil: break
        case .auto?: w.key("tool_choice"); w.object { w in w.field("type", "auto") }
        case .none?: w.key("tool_choice"); w.object { w in w.field("type", "none") }
        case .required?: w.key("tool_choice"); w.object { w in w.field("type", "any") }
        case .function(let name)?: w.key("tool_choice"); w.object { w in w.field("type", "tool"); w.field("name", name) }
        }
    }

    /// The JSON text of a tool_use block's input.
    static func inputText(_ v: JSONValue?) -> String {
        v.map { String(decoding: JSONWriter.text($0), as: UTF8.self) } ?? "{}"
    }

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
        /// Content-block index -> tool call index.
        var toolBlocks: [Int: Int] = [:]

        mutating func feed(_ chunk: UnsafeRawBufferPointer, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            guard stream else { whole.append(contentsOf: chunk); return nil }
            return framer.feed(chunk) { event, value in
                guard let v = value else { return .malformed("event \(event.event) is not JSON") }
                switch event.event {
                case "message_start":
                    if let m = v["message"]?["model"]?.stringValue { r.model = m }
                    if let n = serverCount(v["message"]?["usage"]?["input_tokens"]) { r.inputTokens = n }
                case "content_block_start":
                    // A tool_use block: its input follows as input_json_delta pieces.
                    if v["content_block"]?["type"]?.stringValue == "tool_use" {
                        guard r.toolCallPiece(index: r.toolCalls.count, id: v["content_block"]?["id"]?.stringValue,
                                              name: v["content_block"]?["name"]?.stringValue, arguments: nil) else {
                            return .malformed("too many tool calls")
                        }
                        toolBlocks[serverCount(v["index"]) ?? -1] = r.toolCalls.count - 1
                    }
                case "content_block_delta":
                    if let t = v["delta"]?["text"]?.stringValue { text(t) }
                    if let piece = v["delta"]?["partial_json"]?.stringValue, let i = toolBlocks[serverCount(v["index"]) ?? -1] {
                        r.toolCalls[i].arguments += piece
                    }
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
            if stream {
                // A tool call with no input pieces had an empty input object.
                for i in r.toolCalls.indices where r.toolCalls[i].arguments.isEmpty { r.toolCalls[i].arguments = "{}" }
                return stopped ? nil : .streamCut(afterOutput: false)
            }
            guard let v = try? JSONParser.parse(String(decoding: whole, as: UTF8.self)),
                  let blocks = v["content"]?.arrayValue else { return .malformed("no content in the response") }
            for b in blocks {
                if let t = b["text"]?.stringValue { text(t) }
                if b["type"]?.stringValue == "tool_use" {
                    guard r.toolCallPiece(index: r.toolCalls.count, id: b["id"]?.stringValue, name: b["name"]?.stringValue,
                                          arguments: AnthropicAdapter.inputText(b["input"])) else { return .malformed("too many tool calls") }
                }
            }
            r.finishReason = v["stop_reason"]?.stringValue
            r.model = v["model"]?.stringValue
            if let n = serverCount(v["usage"]?["input_tokens"]) { r.inputTokens = n }
            if let n = serverCount(v["usage"]?["output_tokens"]) { r.outputTokens = n }
            return nil
        }
    }
}
