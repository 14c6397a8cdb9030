/// The wire protocol a bench target speaks.
public enum BenchProtocol: String, Sendable {
    case openai, anthropic
}

/// One model on one endpoint, as `tier bench` measures it.
public struct BenchTarget: Sendable {
    /// "tier/model" or the URL for a raw target.
    public var name: String
    public var tier: String?
    public var url: String
    public var model: String
    public var proto: BenchProtocol
    public var provider: ProviderKind
    /// Sent with every request (API keys included; never printed).
    public var headers: [String]
    /// As for ask: device and organization targets never go through the environment's proxy.
    public var proxy: ProxyChoice = .none

    public init(name: String, tier: String?, url: String, model: String, proto: BenchProtocol, provider: ProviderKind, headers: [String]) {
        self.name = name
        self.tier = tier
        self.url = url
        self.model = model
        self.proto = proto
        self.provider = provider
        self.headers = headers
    }

    /// The chat endpoint for a base URL, as the providers build it.
    public static func chatURL(base: String, proto: BenchProtocol) -> String {
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        let path = proto == .anthropic ? "messages" : "chat/completions"
        if b.hasSuffix("/chat/completions") || b.hasSuffix("/messages") { return b }
        return b.hasSuffix("/v1") ? b + "/" + path : b + "/v1/" + path
    }

    public static func headers(proto: BenchProtocol, apiKey: String?, stream: Bool) -> [String] {
        var h = ["Content-Type: application/json", "Accept: " + (stream ? "text/event-stream" : "application/json")]
        switch proto {
        case .openai: if let k = apiKey { h.append("Authorization: Bearer " + k) }
        case .anthropic:
            h.append("anthropic-version: \(AnthropicAdapter.apiVersion)")
            if let k = apiKey { h.append("x-api-key: " + k) }
        }
        return h
    }
}

/// One prompt: an optional system message, the user message and its task type.
public struct BenchPrompt: Sendable, Equatable {
    public var system: String?
    public var user: String
    public var taskType: String
    /// Output tokens to ask for (synthetic prompts); nil: the run's --max-tokens.
    public var outputTokens: Int?

    public init(system: String? = nil, user: String, taskType: String, outputTokens: Int? = nil) {
        self.system = system
        self.user = user
        self.taskType = taskType
        self.outputTokens = outputTokens
    }

    /// The request body for `target`, built before the clock starts.
    public func body(for target: BenchTarget, maxTokens: Int, stream: Bool, logprobs: Bool = false) -> [UInt8] {
        let n = outputTokens ?? maxTokens
        var w = JSONWriter()
        w.object { w in
            w.field("model", target.model)
            w.field("max_tokens", n)
            w.field("stream", stream)
            switch target.proto {
            case .openai:
                w.key("messages")
                w.array { w in
                    if let s = system { w.object { w in w.field("role", "system"); w.field("content", s) } }
                    w.object { w in w.field("role", "user"); w.field("content", user) }
                }
                if stream { w.key("stream_options"); w.object { w in w.field("include_usage", true) } }
                w.field("temperature", 0.0, digits: 1)
                if logprobs { w.field("logprobs", true); w.field("top_logprobs", 2) }
                // A fixed output length where the server supports it (llama.cpp, vLLM).
                if outputTokens != nil && (target.provider == .llamaServer || target.provider == .vllm) {
                    w.field("ignore_eos", true)
                    if target.provider == .vllm { w.field("min_tokens", n) }
                }
            case .anthropic:
                if let s = system { w.field("system", s) }
                w.key("messages")
                w.array { w in w.object { w in w.field("role", "user"); w.field("content", user) } }
                w.field("temperature", 0.0, digits: 1)
            }
        }
        return w.bytes
    }
}

/// How hard to push: a fixed number in flight, or Poisson arrivals at a rate (capped by the
/// concurrency when both are given); for a number of requests or a duration.
public struct LoadPoint: Sendable, Equatable {
    public var concurrency: Int?
    public var rate: Double?
    public var requests: Int?
    public var durationMs: Double?
    public var warmup: Int = 0

    public init(concurrency: Int? = nil, rate: Double? = nil, requests: Int? = nil, durationMs: Double? = nil, warmup: Int = 0) {
        self.concurrency = concurrency
        self.rate = rate
        self.requests = requests
        self.durationMs = durationMs
        self.warmup = warmup
    }

    public var label: String {
        var parts: [String] = []
        if let r = rate { parts.append("rate \(formatDecimal(r, digits: 2))/s") }
        if let c = concurrency { parts.append("c=\(c)") }
        return parts.joined(separator: " ")
    }
}

/// What one request measured. Times are milliseconds on the monotonic clock, relative to the run's start.
public struct RequestRecord: Sendable {
    public var promptIndex: Int
    public var scheduledMs: Double
    public var sentMs: Double
    /// The first body byte of a 200 answer (often a role-only chunk).
    public var firstChunkMs: Double?
    /// The first non-empty content delta.
    public var firstContentMs: Double?
    public var doneMs: Double = 0
    /// Gaps between content chunks, ms.
    public var gapsMs: [Double] = []
    public var contentChunks = 0
    public var inputTokens: Int?
    public var outputTokens: Int?
    /// nil when it succeeded; else the error kind (http_429, http_5xx, connect, timeout, cut, malformed, ...).
    public var error: String?
    public var text: String = ""

    public var ok: Bool { error == nil }
    /// Output tokens from the server's usage, or counted from chunks (approximate).
    public var tokens: (count: Int, approximate: Bool) {
        if let o = outputTokens { return (o, false) }
        return (contentChunks, true)
    }
}
