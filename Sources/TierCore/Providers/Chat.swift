/// What tier asks a model, and what comes back, whatever the protocol.
public struct ChatRequest: Sendable {
    public var model: String
    public var system: String?
    public var user: String
    public var maxTokens: Int
    public var temperature: Double?
    /// Ask for token logprobs (OpenAI-compatible servers), with this many alternatives per token.
    public var topLogprobs: Int?
    public var jsonOutput: Bool
    public var stream: Bool

    public init(model: String, system: String? = nil, user: String, maxTokens: Int, temperature: Double? = nil,
                topLogprobs: Int? = nil, jsonOutput: Bool = false, stream: Bool = true) {
        self.model = model
        self.system = system
        self.user = user
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.topLogprobs = topLogprobs
        self.jsonOutput = jsonOutput
        self.stream = stream
    }
}

/// One generated token's log-probability, and the best alternative's (for the top-1/top-2 margin).
public struct TokenLogprob: Sendable, Equatable {
    public var logprob: Double
    public var runnerUp: Double?
}

public struct ChatResponse: Sendable {
    public var text: String = ""
    public var finishReason: String?
    /// nil when the provider gives none (Anthropic).
    public var logprobs: [TokenLogprob]?
    public var inputTokens: Int?
    public var outputTokens: Int?
    /// Time to the first non-empty content, from sending.
    public var ttftMs: Double?
    public var totalMs: Double = 0
    public var model: String?
}

public enum ProviderError: Error, Sendable, Equatable {
    case connection(String)
    case dns(String)
    case tls(String)
    case timeout(phase: String)
    case http(status: Int, message: String)
    case rateLimited(retryAfterMs: Int?, message: String)
    case overloaded(String)
    case contextLength(String)
    case authentication(String)
    case malformed(String)
    /// The stream ended before completion; `afterOutput` when some text had already been delivered.
    case streamCut(afterOutput: Bool)
    case missingKey(String)

    /// A short name for logs and `--json`.
    public var kind: String {
        switch self {
        case .connection: return "connection_refused"
        case .dns: return "dns"
        case .tls: return "tls"
        case .timeout(let phase): return "timeout_\(phase)"
        case .http(let s, _): return s >= 500 ? "server_error" : "http_\(s)"
        case .rateLimited: return "rate_limited"
        case .overloaded: return "overloaded"
        case .contextLength: return "context_length"
        case .authentication: return "authentication"
        case .malformed: return "malformed_response"
        case .streamCut: return "stream_cut"
        case .missingKey: return "missing_key"
        }
    }

    public var message: String {
        switch self {
        case .connection(let m): return "connection failed: \(m)"
        case .dns(let m): return "DNS: \(m)"
        case .tls(let m): return "TLS: \(m)"
        case .timeout(let phase): return "timed out (\(phase.replacingOccurrences("_", with: " ")))"
        case .http(let s, let m): return "HTTP \(s): \(m)"
        case .rateLimited(let after, let m): return "rate limited (429\(after.map { ", retry after \($0) ms" } ?? "")): \(m)"
        case .overloaded(let m): return "overloaded (529): \(m)"
        case .contextLength(let m): return "context length exceeded: \(m)"
        case .authentication(let m): return "authentication failed: \(m)"
        case .malformed(let m): return "malformed response: \(m)"
        case .streamCut(let after): return after ? "the stream was cut after output had started" : "the stream was cut before completion"
        case .missingKey(let m): return m
        }
    }

    /// Worth trying another tier (or this one again later): the tier is down, slow, busy or broken.
    public var isAvailabilityFailure: Bool {
        switch self {
        case .connection, .dns, .tls, .timeout, .rateLimited, .overloaded, .malformed, .streamCut: return true
        case .http(let s, _): return s >= 500
        case .contextLength, .authentication, .missingKey: return true
        }
    }

    static func from(_ e: HTTPError, outputStarted: Bool, url: String = "") -> ProviderError {
        let at = url.isEmpty ? "" : "\(url): "
        switch e {
        case .connection(let m): return .connection(at + m)
        case .dns(let m): return .dns(at + m)
        case .tls(let m): return .tls(at + m)
        case .timeout(let p): return .timeout(phase: p)
        case .cut: return .streamCut(afterOutput: outputStarted)
        case .stopped: return .malformed("stopped reading")
        case .other(let m): return .connection(m)
        }
    }
}

public protocol ChatProvider {
    /// Runs one request. `onText` receives content as it arrives (streaming) or once (not streaming).
    func complete(_ request: ChatRequest, onText: @escaping (String) -> Void) throws(ProviderError) -> ChatResponse
}

/// Reads an API key from the tier's `api_key_env` or `api_key_file`. Never logged, never echoed.
public enum APIKey {
    public static func resolve(_ tier: TierSpec) throws(ProviderError) -> String? {
        if let name = tier.apiKeyEnv {
            if let v = System.env(name), !v.isEmpty { return v }
            if tier.apiKeyFile == nil {
                throw .missingKey("tier \(tier.name): the environment variable \(name) (api_key_env) is not set")
            }
        }
        if let path = tier.apiKeyFile {
            guard let bytes = try? System.readFile(path) else {
                throw .missingKey("tier \(tier.name): cannot read api_key_file \(path)")
            }
            let first = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).first ?? []
            var key = String(decoding: first, as: UTF8.self)
            while key.last == " " || key.last == "\r" || key.last == "\t" { key.removeLast() }
            if key.isEmpty { throw .missingKey("tier \(tier.name): api_key_file \(path) is empty") }
            return key
        }
        return nil
    }
}

/// Pulls the provider's own message out of an error body (OpenAI, Anthropic and llama.cpp shapes).
func providerMessage(_ body: [UInt8]) -> (message: String, type: String?) {
    guard let v = try? JSONParser.parse(String(decoding: body, as: UTF8.self)) else {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return (text.isEmpty ? "(empty body)" : text, nil)
    }
    if let e = v["error"] {
        if let m = e["message"]?.stringValue { return (m, e["type"]?.stringValue) }
        if let m = e.stringValue { return (m, nil) }
    }
    if let m = v["message"]?.stringValue { return (m, v["type"]?.stringValue) }
    return (String(decoding: body.prefix(200), as: UTF8.self), nil)
}

/// Maps an HTTP error status to a typed error.
func errorFor(status: Int, head: HTTPResponseHead, body: [UInt8]) -> ProviderError {
    let (message, type) = providerMessage(body)
    switch status {
    case 401, 403: return .authentication(message)
    case 429:
        var after: Int? = nil
        if let ra = head.header("retry-after") {
            if let s = Double(ra) { after = Int(s * 1000) }
        } else if let ms = head.header("retry-after-ms"), let v = Double(ms) {
            after = Int(v)
        }
        return .rateLimited(retryAfterMs: after, message: message)
    case 529: return .overloaded(message)
    default:
        if type == "exceed_context_size_error" || message.contains("context length") || message.contains("context_length")
            || message.contains("maximum context") || message.contains("prompt is too long") {
            return .contextLength(message)
        }
        if type == "overloaded_error" { return .overloaded(message) }
        return .http(status: status, message: message)
    }
}

/// Where a provider sends its requests: the shared client, the full URL (an endpoint given with or
/// without its trailing `/v1`), the key, and the attempt's timeouts.
public struct ProviderEndpoint {
    let client: HTTPClient
    let url: String
    let apiKey: String?
    let timeouts: HTTPTimeouts
    let caFile: String?

    init(client: HTTPClient, base: String, path: String, apiKey: String?, timeouts: HTTPTimeouts, caFile: String?) {
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        self.client = client
        self.url = b.hasSuffix("/v1") ? b + "/" + path : b + "/v1/" + path
        self.apiKey = apiKey
        self.timeouts = timeouts
        self.caFile = caFile
    }

    /// Sends the request; the part every protocol shares. A non-200 answer becomes the provider's
    /// typed error. A streamed body goes through `onEvent`, one SSE event at a time (return an error
    /// to stop); an unstreamed body is returned whole.
    func exchange(_ request: HTTPRequest, stream: Bool, outputStarted: @escaping () -> Bool,
                  onEvent: @escaping (SSEEvent) -> ProviderError?) throws(ProviderError) -> [UInt8] {
        var errorBody: [UInt8] = []
        var whole: [UInt8] = []
        var sse = SSEParser()
        var failure: ProviderError? = nil
        let head: HTTPResponseHead
        do {
            head = try client.send(request) { status, chunk in
                if status != 200 { errorBody.append(contentsOf: chunk); return errorBody.count < 1 << 20 }
                if !stream { whole.append(contentsOf: chunk); return true }
                sse.feed(chunk) { event in if failure == nil { failure = onEvent(event) } }
                return failure == nil
            }
        } catch {
            if error == .stopped, let f = failure { throw f }
            throw ProviderError.from(error, outputStarted: outputStarted(), url: url)
        }
        if head.status != 200 { throw errorFor(status: head.status, head: head, body: errorBody) }
        if let f = failure { throw f }
        return whole
    }

    func request(headers: [String], body: [UInt8]) -> HTTPRequest {
        var r = HTTPRequest(url: url, headers: headers, body: body)
        timeouts.apply(&r)
        r.caFile = caFile
        return r
    }
}
