/// One model on one endpoint, as `tier bench` measures it: spoken through its provider's adapter,
/// the same one `ask` uses.
public struct BenchTarget: Sendable {
    /// "tier/model" or the URL for a raw target.
    public var name: String
    public var tier: String?
    public var base: String
    public var model: String
    public var provider: ProviderKind
    /// Sent in the provider's own header; never printed.
    public var apiKey: String?
    /// As for ask: device and organization targets never go through the environment's proxy.
    public var proxy: ProxyChoice = .none

    public init(name: String, tier: String?, base: String, model: String, provider: ProviderKind, apiKey: String?) {
        self.name = name
        self.tier = tier
        self.base = base
        self.model = model
        self.provider = provider
        self.apiKey = apiKey
    }

    public var adapter: any ProviderAdapter { provider.adapter }

    /// The URL and headers every request to this target carries (the same for each prompt).
    public func wire(stream: Bool) -> (url: String, headers: [String]) {
        let (url, headers, _) = adapter.chatRequest(ChatRequest(model: model, user: "", maxTokens: 1, stream: stream), base: base, apiKey: apiKey)
        return (url, headers)
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

    /// The request body for `target`, built by its adapter before the clock starts.
    public func body(for target: BenchTarget, maxTokens: Int, stream: Bool, logprobs: Bool = false) -> [UInt8] {
        var r = ChatRequest(model: target.model, system: system, user: user, maxTokens: outputTokens ?? maxTokens, temperature: 0,
                            topLogprobs: logprobs ? 2 : nil, stream: stream)
        r.fixedLength = outputTokens != nil
        return target.adapter.chatRequest(r, base: target.base, apiKey: target.apiKey).body
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
