import TierCore

/// POST /v1/chat/completions: OpenAI's request in, its response (or chunk stream) out.
enum OpenAIEndpoint {
    /// Fields that change the answer and that tier cannot honour: an error, not a silent drop.
    static let refusedFields: [String: String] = [
        "audio": "audio output is not supported",
        "modalities": "only text output is supported",
        "prediction": "predicted outputs are not supported",
        "web_search_options": "web search is not supported",
        "functions": "the legacy 'functions' field is not supported; use 'tools'",
        "function_call": "the legacy 'function_call' field is not supported; use 'tool_choice'",
    ]
    /// Fields read and passed on, or harmless to leave (sampling hints, metadata, caching).
    static let knownFields: Set<String> = [
        "model", "messages", "stream", "stream_options", "max_tokens", "max_completion_tokens", "temperature", "stop",
        "response_format", "tools", "tool_choice", "logprobs", "top_logprobs", "n", "user", "metadata", "store", "seed",
        "top_p", "frequency_penalty", "presence_penalty", "parallel_tool_calls", "service_tier", "reasoning_effort",
        "logit_bias", "prompt_cache_key", "safety_identifier", "verbosity",
    ]

    static func parse(_ v: JSONValue, config: TierConfig, maxMessages: Int, header: (String) -> String?) throws(APIError) -> ParsedChat {
        guard case .object(let members) = v else { throw .invalid("the request body must be a JSON object") }
        for m in members {
            if let why = refusedFields[m.key], m.value != .null { throw .invalid("'\(m.key)': \(why)", param: m.key) }
            if !knownFields.contains(m.key) { throw .invalid("unknown field '\(m.key)'", param: m.key) }
        }
        if let n = v["n"], n != .null, n.numberValue != 1 { throw .invalid("'n' must be 1: one answer per request", param: "n") }
        guard let model = v["model"]?.stringValue else { throw .invalid("'model' is required: auto, a tier or TIER/ROLE", param: "model") }
        guard let messages = v["messages"]?.arrayValue else { throw .invalid("'messages' is required and must be a list", param: "messages") }
        try ChatParsing.checkCounts(messages.count, max: maxMessages)

        var system: [String] = []
        var turns: [ChatTurn] = []
        var toolNames: [String: String] = [:]
        for (i, m) in messages.enumerated() {
            let at = "messages[\(i)]"
            guard let role = m["role"]?.stringValue else { throw .invalid("'\(at).role' is required", param: "\(at).role") }
            let content = try ChatParsing.text(m["content"], "\(at).content")
            switch role {
            case "system", "developer":
                system.append(content)
            case "user":
                turns.append(ChatTurn(role: .user, content: content))
            case "assistant":
                var calls: [ToolCall] = []
                for (k, c) in (m["tool_calls"]?.arrayValue ?? []).enumerated() {
                    guard let id = c["id"]?.stringValue, let name = c["function"]?["name"]?.stringValue else {
                        throw .invalid("'\(at).tool_calls[\(k)]' needs an id and function.name", param: "\(at).tool_calls")
                    }
                    let args = c["function"]?["arguments"]?.stringValue ?? "{}"
                    calls.append(ToolCall(id: id, name: name, arguments: args))
                    toolNames[id] = name
                }
                turns.append(ChatTurn(role: .assistant, content: content, toolCalls: calls))
            case "tool":
                guard let id = m["tool_call_id"]?.stringValue else { throw .invalid("'\(at).tool_call_id' is required for a tool message", param: "\(at).tool_call_id") }
                turns.append(ChatTurn(role: .tool, content: content, toolCallID: id, toolName: toolNames[id]))
            default:
                throw .invalid("'\(at).role' must be system, developer, user, assistant or tool, not '\(role)'", param: "\(at).role")
            }
        }
        guard !turns.isEmpty else { throw .invalid("'messages' holds only system text; a user message is needed", param: "messages") }

        var r = AskRequest(prompt: turns.last { $0.role == .user }?.content ?? "", system: system.isEmpty ? nil : system.joined(separator: "\n\n"))
        // One user turn and nothing else is a plain prompt; anything more is a conversation, sent whole.
        if !(turns.count == 1 && turns[0].role == .user) { r.turns = turns }
        let completionTokens = try ChatParsing.maxTokens(v["max_completion_tokens"], "max_completion_tokens")
        let legacyTokens = try ChatParsing.maxTokens(v["max_tokens"], "max_tokens")
        r.maxTokens = completionTokens ?? legacyTokens ?? 1024
        r.temperature = try ChatParsing.temperature(v["temperature"], max: 2)
        r.stop = try ChatParsing.stopList(v["stop"], "stop")
        if let f = v["response_format"], f != .null {
            switch f["type"]?.stringValue {
            case "text"?: break
            case "json_object"?: r.jsonOutput = true
            case "json_schema"?:
                guard let schema = f["json_schema"]?["schema"], case .object = schema else {
                    throw .invalid("'response_format.json_schema.schema' must be a JSON schema object", param: "response_format")
                }
                r.jsonOutput = true
                r.jsonSchema = String(decoding: JSONWriter.text(schema), as: UTF8.self)
            default: throw .invalid("'response_format.type' must be text, json_object or json_schema", param: "response_format")
            }
        }
        if let tools = v["tools"]?.arrayValue {
            for (k, t) in tools.enumerated() {
                guard t["type"]?.stringValue == "function", let name = t["function"]?["name"]?.stringValue, !name.isEmpty else {
                    throw .invalid("'tools[\(k)]' must be a function tool with a name", param: "tools")
                }
                let params = t["function"]?["parameters"].map(JSONWriter.text)
                r.tools.append(ToolDefinition(name: name, description: t["function"]?["description"]?.stringValue, parameters: params))
            }
        }
        if let c = v["tool_choice"], c != .null {
            switch c.stringValue {
            case "auto"?: r.toolChoice = .auto
            case "none"?: r.toolChoice = ToolChoice.none
            case "required"?: r.toolChoice = .required
            case nil:
                guard let name = c["function"]?["name"]?.stringValue else { throw .invalid("'tool_choice' must be auto, none, required or a function", param: "tool_choice") }
                r.toolChoice = .function(name)
            default: throw .invalid("'tool_choice' must be auto, none, required or a function", param: "tool_choice")
            }
        }
        var logprobs: Int? = nil
        if v["logprobs"]?.boolValue == true {
            var n = 0
            if let t = v["top_logprobs"], t != .null {
                guard let x = t.numberValue, x == x.rounded(), x >= 0, x <= 20 else { throw .invalid("'top_logprobs' must be a whole number from 0 to 20", param: "top_logprobs") }
                n = Int(x)
            }
            logprobs = n
            r.topLogprobs = n
        } else if let t = v["top_logprobs"], t != .null {
            throw .invalid("'top_logprobs' needs 'logprobs': true", param: "top_logprobs")
        }
        try ChatParsing.applyModel(model, config: config, to: &r)
        try ChatParsing.applyHeaders(header, to: &r)
        let stream = v["stream"]?.boolValue ?? false
        var parsed = ParsedChat(ask: r, stream: stream, includeUsage: v["stream_options"]?["include_usage"]?.boolValue ?? false, requestedModel: model)
        parsed.logprobs = logprobs
        return parsed
    }

    static func finishReason(_ r: AskResult) -> String {
        if !r.toolCalls.isEmpty { return "tool_calls" }
        switch r.finishReason {
        case "length"?, "max_tokens"?: return "length"
        case "content_filter"?, "safety"?: return "content_filter"
        default: return "stop"
        }
    }

    static func toolCalls(_ calls: [ToolCall], _ w: inout JSONWriter, indexed: Bool) {
        w.key("tool_calls")
        w.array { w in
            for (i, c) in calls.enumerated() {
                w.object { w in
                    if indexed { w.field("index", i) }
                    w.field("id", c.id.isEmpty ? "call_\(i)" : c.id)
                    w.field("type", "function")
                    w.key("function"); w.object { w in w.field("name", c.name); w.field("arguments", c.arguments.isEmpty ? "{}" : c.arguments) }
                }
            }
        }
    }

    static func usage(_ r: AskResult, _ w: inout JSONWriter) {
        w.key("usage")
        w.object { w in
            let p = r.inputTokens ?? 0, c = r.outputTokens ?? 0
            w.field("prompt_tokens", p)
            w.field("completion_tokens", c)
            w.field("total_tokens", p + c)
        }
    }

    /// OpenAI's logprobs object for the answer's tokens (null when the answering tier gave none, as
    /// Anthropic's do not).
    static func logprobs(_ r: AskResult, top: Int?, _ w: inout JSONWriter) {
        w.key("logprobs")
        guard let top, let tokens = r.logprobs, !tokens.isEmpty else { w.null(); return }
        func token(_ text: String?, _ lp: Double, _ w: inout JSONWriter) {
            let t = text ?? ""
            w.field("token", t)
            w.field("logprob", lp, digits: 6)
            w.key("bytes"); w.array { w in for b in t.utf8 { w.int(Int(b)) } }
        }
        w.object { w in
            w.key("content")
            w.array { w in
                for t in tokens {
                    w.object { w in
                        token(t.text, t.logprob, &w)
                        w.key("top_logprobs")
                        w.array { w in
                            for (i, alt) in t.alternatives.prefix(top).enumerated() {
                                w.object { w in token(i < t.alternativeTexts.count ? t.alternativeTexts[i] : nil, alt, &w) }
                            }
                        }
                    }
                }
            }
            w.key("refusal"); w.null()
        }
    }

    static func whole(_ r: AskResult, id: String, created: Int, logprobsTop: Int? = nil) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("id", "chatcmpl-" + id)
            w.field("object", "chat.completion")
            w.field("created", created)
            w.field("model", r.model)
            w.key("choices")
            w.array { w in
                w.object { w in
                    w.field("index", 0)
                    w.key("message")
                    w.object { w in
                        w.field("role", "assistant")
                        if r.answer.isEmpty && !r.toolCalls.isEmpty { w.key("content"); w.null() } else { w.field("content", r.answer) }
                        if !r.toolCalls.isEmpty { toolCalls(r.toolCalls, &w, indexed: false) }
                    }
                    logprobs(r, top: logprobsTop, &w)
                    w.field("finish_reason", finishReason(r))
                }
            }
            usage(r, &w)
        }
        return w.bytes
    }

    /// The chunk stream: a role chunk, content chunks, tool calls, the finish chunk, usage, [DONE].
    struct Stream: ChatStream {
        let id: String
        let created: Int
        var model = ""
        var logprobsTop: Int? = nil

        /// One `data:` event: the chunk's envelope around `choices` (which may be empty) and `extra` fields.
        func event(choices: (inout JSONWriter) -> Void, extra: (inout JSONWriter) -> Void = { _ in }) -> [UInt8] {
            var w = JSONWriter()
            w.object { w in
                w.field("id", "chatcmpl-" + id)
                w.field("object", "chat.completion.chunk")
                w.field("created", created)
                w.field("model", model)
                w.key("choices"); w.array(choices)
                extra(&w)
            }
            return Array("data: ".utf8) + w.bytes + [0x0A, 0x0A]
        }

        /// A chunk with one choice: its delta, its logprobs (null unless given) and its finish reason.
        func chunk(_ delta: (inout JSONWriter) -> Void, finish: String? = nil,
                   logprobs: ((inout JSONWriter) -> Void)? = nil) -> [UInt8] {
            event(choices: { w in
                w.object { w in
                    w.field("index", 0)
                    w.key("delta"); w.object(delta)
                    if let l = logprobs { l(&w) } else { w.key("logprobs"); w.null() }
                    w.field("finish_reason", finish)
                }
            })
        }

        mutating func start(model: String) -> [UInt8] {
            self.model = model
            return chunk { w in w.field("role", "assistant"); w.field("content", "") }
        }

        func text(_ t: String) -> [UInt8] { chunk { w in w.field("content", t) } }

        func end(_ r: AskResult, includeUsage: Bool) -> [UInt8] {
            var out: [UInt8] = []
            if !r.toolCalls.isEmpty { out += chunk { w in toolCalls(r.toolCalls, &w, indexed: true) } }
            if logprobsTop != nil, r.logprobs?.isEmpty == false {
                // Text streams as it comes, token boundaries unknown: the logprobs follow in one chunk.
                out += chunk({ _ in }, logprobs: { w in logprobs(r, top: logprobsTop, &w) })
            }
            out += chunk({ _ in }, finish: finishReason(r))
            if includeUsage { out += event(choices: { _ in }, extra: { w in usage(r, &w) }) }
            out += Array("data: [DONE]\n\n".utf8)
            return out
        }

        /// A failure after the stream began: an error event and no [DONE], so no client reads it as complete.
        func error(_ e: APIError) -> [UInt8] {
            Array("data: ".utf8) + e.body(.openai) + [0x0A, 0x0A]
        }
    }
}

/// A streamed answer in one API's events.
protocol ChatStream {
    mutating func start(model: String) -> [UInt8]
    func text(_ t: String) -> [UInt8]
    func end(_ r: AskResult, includeUsage: Bool) -> [UInt8]
    func error(_ e: APIError) -> [UInt8]
}
