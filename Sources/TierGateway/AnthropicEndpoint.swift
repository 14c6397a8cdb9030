import TierCore

/// POST /v1/messages: Anthropic's Messages request in, its message (or event stream) out.
enum AnthropicEndpoint {
    static let knownFields: Set<String> = [
        "model", "messages", "system", "max_tokens", "stream", "temperature", "stop_sequences", "tools", "tool_choice",
        "metadata", "top_p", "top_k", "service_tier", "thinking",
    ]

    static func parse(_ v: JSONValue, config: TierConfig, maxMessages: Int, header: (String) -> String?) throws(APIError) -> ParsedChat {
        guard case .object(let members) = v else { throw .invalid("the request body must be a JSON object") }
        for m in members where !knownFields.contains(m.key) { throw .invalid("\(m.key): Extra inputs are not permitted", param: m.key) }
        if let t = v["thinking"], t != .null, t["type"]?.stringValue != "disabled" {
            throw .invalid("thinking: extended thinking is not supported by the gateway", param: "thinking")
        }
        guard let model = v["model"]?.stringValue else { throw .invalid("model: Field required", param: "model") }
        guard let maxTokens = try ChatParsing.maxTokens(v["max_tokens"], "max_tokens") else { throw .invalid("max_tokens: Field required", param: "max_tokens") }
        guard let messages = v["messages"]?.arrayValue else { throw .invalid("messages: Field required", param: "messages") }
        try ChatParsing.checkCounts(messages.count, max: maxMessages)

        let system = try ChatParsing.text(v["system"], "system")
        var turns: [ChatTurn] = []
        var toolNames: [String: String] = [:]
        for (i, m) in messages.enumerated() {
            let at = "messages.\(i)"
            guard let role = m["role"]?.stringValue, role == "user" || role == "assistant" else {
                throw .invalid("\(at).role: Input should be 'user' or 'assistant'", param: "\(at).role")
            }
            if let s = m["content"]?.stringValue {
                turns.append(ChatTurn(role: role == "user" ? .user : .assistant, content: s))
                continue
            }
            guard let blocks = m["content"]?.arrayValue else { throw .invalid("\(at).content: must be a string or a list of content blocks", param: "\(at).content") }
            var text: [String] = []
            var calls: [ToolCall] = []
            for (k, b) in blocks.enumerated() {
                let bat = "\(at).content.\(k)"
                switch b["type"]?.stringValue ?? "" {
                case "text":
                    text.append(b["text"]?.stringValue ?? "")
                case "tool_use" where role == "assistant":
                    guard let id = b["id"]?.stringValue, let name = b["name"]?.stringValue else { throw .invalid("\(bat): a tool_use block needs id and name", param: bat) }
                    calls.append(ToolCall(id: id, name: name, arguments: String(decoding: JSONWriter.text(b["input"] ?? .object([])), as: UTF8.self)))
                    toolNames[id] = name
                case "tool_result" where role == "user":
                    guard let id = b["tool_use_id"]?.stringValue else { throw .invalid("\(bat): a tool_result block needs tool_use_id", param: bat) }
                    let content = try ChatParsing.text(b["content"], "\(bat).content")
                    turns.append(ChatTurn(role: .tool, content: b["is_error"]?.boolValue == true ? "error: " + content : content,
                                          toolCallID: id, toolName: toolNames[id]))
                case let other:
                    throw .invalid("\(bat): '\(other)' blocks are not supported (only text, tool_use and tool_result; images and documents cannot be scanned for personal data)", param: bat)
                }
            }
            if role == "assistant" {
                turns.append(ChatTurn(role: .assistant, content: text.joined(separator: "\n"), toolCalls: calls))
            } else if !text.isEmpty {
                turns.append(ChatTurn(role: .user, content: text.joined(separator: "\n")))
            }
        }
        guard !turns.isEmpty else { throw .invalid("messages: at least one message is required", param: "messages") }

        var r = AskRequest(prompt: turns.last { $0.role == .user }?.content ?? "", system: system.isEmpty ? nil : system)
        if !(turns.count == 1 && turns[0].role == .user) { r.turns = turns }
        r.maxTokens = maxTokens
        r.temperature = try ChatParsing.temperature(v["temperature"], max: 1)
        r.stop = try ChatParsing.stopList(v["stop_sequences"], "stop_sequences")
        for (k, t) in (v["tools"]?.arrayValue ?? []).enumerated() {
            guard let name = t["name"]?.stringValue, !name.isEmpty else { throw .invalid("tools.\(k).name: Field required", param: "tools") }
            if let type = t["type"]?.stringValue, type != "custom" {
                throw .invalid("tools.\(k): server tools ('\(type)') are not supported; only client tools with an input_schema", param: "tools")
            }
            r.tools.append(ToolDefinition(name: name, description: t["description"]?.stringValue,
                                          parameters: t["input_schema"].map(JSONWriter.text)))
        }
        if let c = v["tool_choice"], c != .null {
            switch c["type"]?.stringValue {
            case "auto"?: r.toolChoice = .auto
            case "any"?: r.toolChoice = .required
            case "none"?: r.toolChoice = ToolChoice.none
            case "tool"?:
                guard let name = c["name"]?.stringValue else { throw .invalid("tool_choice.name: Field required", param: "tool_choice") }
                r.toolChoice = .function(name)
            default: throw .invalid("tool_choice.type must be auto, any, tool or none", param: "tool_choice")
            }
        }
        try ChatParsing.applyModel(model, config: config, to: &r)
        try ChatParsing.applyHeaders(header, to: &r)
        return ParsedChat(ask: r, stream: v["stream"]?.boolValue ?? false, requestedModel: model)
    }

    static func stopReason(_ r: AskResult) -> String {
        if !r.toolCalls.isEmpty { return "tool_use" }
        switch r.finishReason {
        case "length"?, "max_tokens"?: return "max_tokens"
        case "stop_sequence"?: return "stop_sequence"
        default: return "end_turn"
        }
    }

    static func whole(_ r: AskResult, id: String) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("id", "msg_" + id)
            w.field("type", "message")
            w.field("role", "assistant")
            w.field("model", r.model)
            w.key("content")
            w.array { w in
                if !r.answer.isEmpty || r.toolCalls.isEmpty { w.object { w in w.field("type", "text"); w.field("text", r.answer) } }
                for (i, c) in r.toolCalls.enumerated() {
                    w.object { w in
                        w.field("type", "tool_use"); w.field("id", c.id.isEmpty ? "toolu_\(i)" : c.id); w.field("name", c.name)
                        w.key("input"); w.argumentsObject(c.arguments)
                    }
                }
            }
            w.field("stop_reason", stopReason(r))
            w.key("stop_sequence"); w.null()
            w.key("usage"); w.object { w in w.field("input_tokens", r.inputTokens ?? 0); w.field("output_tokens", r.outputTokens ?? 0) }
        }
        return w.bytes
    }

    /// message_start, a text block's deltas, tool_use blocks, message_delta, message_stop.
    struct Stream: ChatStream {
        let id: String
        var model = ""

        static func event(_ name: String, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
            var w = JSONWriter()
            w.object { w in w.field("type", name); body(&w) }
            return Array("event: \(name)\ndata: ".utf8) + w.bytes + [0x0A, 0x0A]
        }

        mutating func start(model: String) -> [UInt8] {
            self.model = model
            let id = self.id
            return Stream.event("message_start") { w in
                w.key("message")
                w.object { w in
                    w.field("id", "msg_" + id); w.field("type", "message"); w.field("role", "assistant"); w.field("model", model)
                    w.key("content"); w.array { _ in }
                    w.key("stop_reason"); w.null()
                    w.key("stop_sequence"); w.null()
                    w.key("usage"); w.object { w in w.field("input_tokens", 0); w.field("output_tokens", 0) }
                }
            } + Stream.event("content_block_start") { w in
                w.field("index", 0)
                w.key("content_block"); w.object { w in w.field("type", "text"); w.field("text", "") }
            } + Stream.event("ping") { _ in }
        }

        func text(_ t: String) -> [UInt8] {
            Stream.event("content_block_delta") { w in
                w.field("index", 0)
                w.key("delta"); w.object { w in w.field("type", "text_delta"); w.field("text", t) }
            }
        }

        func end(_ r: AskResult, includeUsage: Bool) -> [UInt8] {
            var out = Stream.event("content_block_stop") { w in w.field("index", 0) }
            for (i, c) in r.toolCalls.enumerated() {
                out += Stream.event("content_block_start") { w in
                    w.field("index", i + 1)
                    w.key("content_block")
                    w.object { w in
                        w.field("type", "tool_use"); w.field("id", c.id.isEmpty ? "toolu_\(i)" : c.id); w.field("name", c.name)
                        w.key("input"); w.object { _ in }
                    }
                }
                out += Stream.event("content_block_delta") { w in
                    w.field("index", i + 1)
                    w.key("delta"); w.object { w in w.field("type", "input_json_delta"); w.field("partial_json", c.arguments.isEmpty ? "{}" : c.arguments) }
                }
                out += Stream.event("content_block_stop") { w in w.field("index", i + 1) }
            }
            out += Stream.event("message_delta") { w in
                w.key("delta"); w.object { w in w.field("stop_reason", stopReason(r)); w.key("stop_sequence"); w.null() }
                w.key("usage"); w.object { w in w.field("input_tokens", r.inputTokens ?? 0); w.field("output_tokens", r.outputTokens ?? 0) }
            }
            out += Stream.event("message_stop") { _ in }
            return out
        }

        /// A failure after the stream began: Anthropic's error event, and no message_stop.
        func error(_ e: APIError) -> [UInt8] {
            Array("event: error\ndata: ".utf8) + e.body(.anthropic) + [0x0A, 0x0A]
        }
    }
}
