/// Everything one request is: what `ask` parses from its options, what the queue saves and replays,
/// and what the gateway builds from an HTTP body. Every text in it is scanned before any send.
public struct AskRequest: Sendable, Equatable {
    public var prompt: String
    public var system: String?
    public var attachments: [Attachment]
    public var taskType: String?
    public var sensitivityHint: Sensitivity?
    public var consentToLower = false
    public var latency: LatencyBudget = .interactive
    public var maxTokens = 512
    public var temperature: Double?
    public var jsonOutput = false
    /// `--json-schema`: the schema's JSON text (checked to parse as an object).
    public var jsonSchema: String?
    public var forcedTier: String?
    public var modelRole: String?
    public var timeoutMs = 120_000
    /// The most output tokens a request may ask for (the command line and the queue check the same).
    public static let maxTokensLimit = 10_000_000

    /// A saved sensitivity (a queued request's): the request never routes below it.
    public var sensitivityFloor: Sensitivity?

    /// A conversation (the gateway's `messages` after the system text), oldest first; empty for a
    /// one-shot prompt. `prompt` is then the last user turn's text (for the task heuristic), and every
    /// turn is scanned and sent.
    public var turns: [ChatTurn] = []
    public var tools: [ToolDefinition] = []
    public var toolChoice: ToolChoice?
    public var stop: [String] = []
    /// A conversation's id (for the log) and why its floor is set (for the explanation).
    public var conversationID: String?
    /// Alternatives per token to return (the gateway's top_logprobs); nil: the caller wants none.
    public var topLogprobs: Int?
    public var floorReason: String?

    public init(prompt: String, system: String? = nil, attachments: [Attachment] = []) {
        self.prompt = prompt
        self.system = system
        self.attachments = attachments
    }

    public var routeRequest: RouteRequest {
        var r = RouteRequest(prompt: prompt, system: system, attachments: attachments, taskType: taskType,
                     sensitivityHint: sensitivityHint, consentToLower: consentToLower, latency: latency,
                     maxOutputTokens: maxTokens, forcedTier: forcedTier, modelRole: modelRole,
                     sensitivityFloor: sensitivityFloor)
        r.history = historyTexts
        r.floorReason = floorReason
        return r
    }

    /// What the conversation and its tools add to the prompt, each scanned: every turn (but the last user
    /// turn, which is `prompt`), every call's name and arguments, every tool's name, description and schema,
    /// the stop sequences and the answer's JSON schema.
    public var historyTexts: [String] {
        var texts: [String] = []
        for (i, t) in turns.enumerated() {
            if !(i == turns.count - 1 && t.role == .user && t.content == prompt) { texts.append(t.content) }
            for c in t.toolCalls { texts.append(c.name + " " + c.arguments) }
        }
        for tool in tools {
            texts.append(tool.name + " " + (tool.description ?? "") + " " + String(decoding: tool.parameters ?? [], as: UTF8.self))
        }
        // Sent to the tier too, so scanned too: stop sequences and a JSON schema (its descriptions and
        // enum values are text like any other).
        texts += stop
        if let s = jsonSchema { texts.append(s) }
        return texts
    }

    /// The user turn the model sees: the instruction, then each attached text.
    public var userText: String {
        var full = prompt
        for a in attachments { full += "\n\n" + a.text }
        return full
    }

    public var settings: AskSettings {
        var s = AskSettings()
        s.system = system
        s.maxTokens = maxTokens
        s.temperature = temperature
        s.jsonOutput = jsonOutput
        s.jsonSchema = jsonSchema.map { Array($0.utf8) }
        s.timeoutMs = timeoutMs
        s.turns = turns
        s.tools = tools
        s.toolChoice = toolChoice
        s.stop = stop
        s.topLogprobs = topLogprobs
        return s
    }

    // MARK: the queue's form

    public func encode(_ w: inout JSONWriter) {
        w.object { w in
            w.field("prompt", prompt)
            w.field("system", system)
            w.key("attachments")
            w.array { w in for a in attachments { w.object { w in w.field("name", a.name); w.field("text", a.text) } } }
            w.field("task_type", taskType)
            w.field("sensitivity_hint", sensitivityHint?.name)
            w.field("consent", consentToLower)
            w.field("latency", latency.rawValue)
            w.field("max_tokens", maxTokens)
            w.key("temperature"); if let t = temperature { w.double(t, digits: 4) } else { w.null() }
            w.field("json_output", jsonOutput)
            w.field("json_schema", jsonSchema)
            w.field("tier", forcedTier)
            w.field("model", modelRole)
            w.field("timeout_ms", timeoutMs)
            w.field("sensitivity_floor", sensitivityFloor?.name)
        }
    }

    /// Reads the queue's form back; nil when a field is missing or out of range.
    public static func decode(_ v: JSONValue) -> AskRequest? {
        guard let prompt = v["prompt"]?.stringValue else { return nil }
        var r = AskRequest(prompt: prompt, system: v["system"]?.stringValue)
        for a in v["attachments"]?.arrayValue ?? [] {
            guard let n = a["name"]?.stringValue, let t = a["text"]?.stringValue else { return nil }
            r.attachments.append(Attachment(name: n, text: t))
        }
        r.taskType = v["task_type"]?.stringValue
        if let h = v["sensitivity_hint"]?.stringValue { guard let s = Sensitivity(name: h) else { return nil }; r.sensitivityHint = s }
        r.consentToLower = v["consent"]?.boolValue ?? false
        if let l = v["latency"]?.stringValue { guard let b = LatencyBudget(rawValue: l) else { return nil }; r.latency = b }
        if let m = v["max_tokens"] { guard let n = serverCount(m), n > 0, n <= AskRequest.maxTokensLimit else { return nil }; r.maxTokens = n }
        if let t = v["temperature"]?.numberValue { guard t.isFinite, t >= 0, t <= 2 else { return nil }; r.temperature = t }
        r.jsonOutput = v["json_output"]?.boolValue ?? false
        r.jsonSchema = v["json_schema"]?.stringValue
        r.forcedTier = v["tier"]?.stringValue
        r.modelRole = v["model"]?.stringValue
        if let m = v["timeout_ms"] { guard let n = serverCount(m), n > 0, n <= DurationValue.maxMilliseconds else { return nil }; r.timeoutMs = n }
        if let f = v["sensitivity_floor"]?.stringValue { guard let s = Sensitivity(name: f) else { return nil }; r.sensitivityFloor = s }
        return r
    }
}

extension Attachment: Equatable {
    public static func == (a: Attachment, b: Attachment) -> Bool { a.name == b.name && a.text == b.text }
}
