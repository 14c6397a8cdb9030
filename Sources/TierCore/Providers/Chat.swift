#if canImport(Glibc)
import Glibc
#endif

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
    /// Generate exactly `maxTokens` where the server can be told to (bench's synthetic prompts).
    public var fixedLength = false
    /// A JSON schema the answer must follow (its JSON text); implies JSON output.
    public var jsonSchema: [UInt8]? = nil
    /// The conversation after the system text, oldest first (the gateway's `messages`); when empty the
    /// conversation is one user turn holding `user`.
    public var turns: [ChatTurn] = []
    /// Functions the model may call (passed through to tiers whose protocol has tools).
    public var tools: [ToolDefinition] = []
    public var toolChoice: ToolChoice? = nil
    public var stop: [String] = []

    /// A request holding only `tools` (to reuse a tools encoder); tool_choice is left to the server.
    static func toolsOnly(_ tools: [ToolDefinition]) -> ChatRequest {
        var r = ChatRequest(model: "", user: "", maxTokens: 1)
        r.tools = tools
        return r
    }

    /// The turns to send: `turns`, or the single user turn.
    public var conversation: [ChatTurn] { turns.isEmpty ? [ChatTurn(role: .user, content: user)] : turns }

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

/// One turn of a conversation, in the common form every adapter translates from.
public struct ChatTurn: Sendable, Equatable {
    public enum Role: String, Sendable { case user, assistant, tool }
    public var role: Role
    public var content: String
    /// The calls an assistant turn made.
    public var toolCalls: [ToolCall] = []
    /// A tool turn: the call it answers, and the function's name (Gemini wants the name).
    public var toolCallID: String? = nil
    public var toolName: String? = nil

    public init(role: Role, content: String, toolCalls: [ToolCall] = [], toolCallID: String? = nil, toolName: String? = nil) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.toolName = toolName
    }
}

/// A function call the model asked for; `arguments` is JSON text, as OpenAI carries it.
public struct ToolCall: Sendable, Equatable {
    public var id: String
    public var name: String
    public var arguments: String
    public init(id: String, name: String, arguments: String) { self.id = id; self.name = name; self.arguments = arguments }
}

/// A function the model may call; `parameters` is its JSON schema's text.
public struct ToolDefinition: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var parameters: [UInt8]?
    public init(name: String, description: String? = nil, parameters: [UInt8]? = nil) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

public enum ToolChoice: Sendable, Equatable {
    case auto, none, required
    case function(String)
}

/// One generated token's log-probability, and the best alternative's (for the top-1/top-2 margin).
public struct TokenLogprob: Sendable, Equatable {
    public var logprob: Double
    public var runnerUp: Double?
    /// The logprobs of the alternatives the server returned for this position (`top_logprobs`, the
    /// chosen token among them when the server lists it), for the entropy signal; empty when it gave none.
    public var alternatives: [Double] = []
    /// The token's text, where the server gives it (for the signals of the tokens the prompt does not contain).
    public var text: String? = nil
    /// The alternatives' texts, in the order of `alternatives` (the gateway passes them on as top_logprobs).
    public var alternativeTexts: [String?] = []

    public init(logprob: Double, runnerUp: Double?, alternatives: [Double] = [], text: String? = nil, alternativeTexts: [String?] = []) {
        self.logprob = logprob
        self.runnerUp = runnerUp
        self.alternatives = alternatives
        self.text = text
        self.alternativeTexts = alternativeTexts
    }

    /// The token's probability minus its runner-up's (0 when there is none): how decided the choice was.
    public var margin: Double { max(0, exp(logprob) - (runnerUp.map { exp($0) } ?? 0)) }
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
    /// Function calls in the answer (then `text` may be empty).
    public var toolCalls: [ToolCall] = []
}

extension ChatResponse {
    /// Streamed tool-call pieces by their index (OpenAI's deltas, Anthropic's content blocks): a hostile
    /// index far past the end is refused, not allocated.
    mutating func toolCallPiece(index: Int, id: String?, name: String?, arguments: String?) -> Bool {
        guard index >= 0, index <= toolCalls.count, index < 128 else { return false }
        if index == toolCalls.count { toolCalls.append(ToolCall(id: "", name: "", arguments: "")) }
        if let id, !id.isEmpty { toolCalls[index].id = id }
        if let name, !name.isEmpty, toolCalls[index].name.isEmpty { toolCalls[index].name = name }
        if let a = arguments { toolCalls[index].arguments += a }
        return true
    }
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
    /// The server said it finished but sent no text: not an answer.
    case emptyAnswer
    /// The server reported an error inside a 200 stream (`error` event or chunk).
    case streamError(String)
    /// The user pressed Ctrl-C (SIGINT) during the transfer.
    case interrupted

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
        case .emptyAnswer: return "empty_answer"
        case .streamError: return "stream_error"
        case .interrupted: return "interrupted"
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
        case .emptyAnswer: return "the answer was empty"
        case .streamError(let m): return "error inside the stream: \(m)"
        case .interrupted: return "interrupted"
        }
    }

    /// The tier is down, slow, busy or broken: another tier (or this one later) may well answer.
    public var isAvailabilityFailure: Bool {
        switch self {
        case .connection, .dns, .tls, .timeout, .rateLimited, .overloaded, .malformed, .streamCut, .emptyAnswer, .streamError:
            return true
        case .http(let s, _): return s >= 500
        case .contextLength, .authentication, .missingKey, .interrupted: return false
        }
    }

    /// The `kind` names of availability failures, for records that keep only the kind (the breaker's).
    public static func isAvailabilityKind(_ kind: String?) -> Bool {
        guard let k = kind else { return false }
        return k.hasPrefix("timeout_") || ["connection_refused", "dns", "tls", "server_error", "rate_limited", "overloaded",
                                           "malformed_response", "stream_cut", "empty_answer", "stream_error"].contains(k)
    }

    /// The caller's credentials are missing or refused: a configuration error the user must see,
    /// never papered over by a quiet answer from another tier.
    public var isCredentialFailure: Bool {
        switch self {
        case .authentication, .missingKey: return true
        default: return false
        }
    }

    public static func from(_ e: HTTPError, outputStarted: Bool, url: String = "") -> ProviderError {
        let at = url.isEmpty ? "" : "\(url): "
        switch e {
        case .connection(let m): return .connection(at + m)
        case .dns(let m): return .dns(at + m)
        case .tls(let m): return .tls(at + m)
        case .timeout(let p): return .timeout(phase: p)
        case .cut: return .streamCut(afterOutput: outputStarted)
        case .stopped: return .malformed("stopped reading")
        case .interrupted: return .interrupted
        case .other(let m): return .connection(m)
        }
    }
}

public protocol ChatProvider {
    /// Runs one request. `onText` receives content as it arrives (streaming) or once (not streaming).
    func complete(_ request: ChatRequest, onText: @escaping (String) -> Void) throws(ProviderError) -> ChatResponse
}

/// Reads an API key from the tier's `api_key_env` or `api_key_file`, else the provider's usual
/// variable (ANTHROPIC_API_KEY, OPENAI_API_KEY). Never logged, never echoed.
public enum APIKey {
    public static func resolve(_ tier: TierSpec, env: (String) -> String? = System.env) throws(ProviderError) -> String? {
        if let name = tier.apiKeyEnv {
            if let v = env(name), !v.isEmpty { return try checked(v, from: "the environment variable \(name)", tier: tier) }
            if tier.apiKeyFile == nil {
                throw .missingKey("tier \(tier.name): the environment variable \(name) (api_key_env) is not set")
            }
        }
        if let path = tier.apiKeyFile {
            let bytes: [UInt8]
            do { bytes = try System.readFile(path, limit: System.ReadLimit.keyFile, regularOnly: true) } catch {
                throw .missingKey("tier \(tier.name): api_key_file \(error.messages.joined(separator: "; "))")
            }
            var key = bytes[...]
            if key.starts(with: [0xEF, 0xBB, 0xBF]) { key = key.dropFirst(3) }  // a BOM from an editor
            while let l = key.last, l == 0x0A || l == 0x0D || l == 0x20 || l == 0x09 { key = key.dropLast() }
            while let f = key.first, f == 0x20 || f == 0x09 { key = key.dropFirst() }
            if key.isEmpty { throw .missingKey("tier \(tier.name): api_key_file \(path) is empty") }
            return try checked(String(decoding: key, as: UTF8.self), from: "api_key_file \(path)", tier: tier)
        }
        let usual = tier.provider.defaultKeyVariables
        if !usual.isEmpty {
            for name in usual { if let v = env(name), !v.isEmpty { return try checked(v, from: "the environment variable \(name)", tier: tier) } }
            throw .missingKey("tier \(tier.name): no API key: set \(usual.joined(separator: " or ")), or name a variable (api_key_env) or a file (api_key_file) in the config")
        }
        return nil
    }

    /// A key with a control character would inject HTTP headers: refused, naming where it came from (never the key).
    static func checked(_ key: String, from source: String, tier: TierSpec) throws(ProviderError) -> String {
        for b in key.utf8 where b < 0x20 || b == 0x7F {
            throw .missingKey("tier \(tier.name): the key in \(source) contains a control character (a line break?); refusing to send it")
        }
        return key
    }

    /// Replaces any echo of the key (whole, or a run of 8 or more of its characters) in a provider's
    /// message, and shows its control characters as text (a message is printed on stderr: an escape
    /// sequence from a server must not reach the user's terminal).
    public static func mask(_ message: String, key: String?) -> String {
        let message = TerminalText.neutralize(message)
        guard let key, key.utf8.count >= 8 else { return message }
        var out = message.replacingOccurrences(TerminalText.neutralize(key), with: "[API key]")
        // Providers echo part of a key ("sk-abc...xyz"): mask each word that is a piece of the key.
        var words: [Substring] = []
        var current = out[...]
        while let i = current.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            words.append(current[..<i]); current = current[current.index(after: i)...]
        }
        words.append(current)
        for w in words where w.utf8.count >= 8 && key.contains(w) { out = out.replacingOccurrences(String(w), with: "[API key]") }
        return out
    }
}

/// A count from a server (tokens): nil unless a whole, finite number in a sane range.
func serverCount(_ v: JSONValue?) -> Int? {
    v?.numberValue.flatMap { Int(count: $0) }
}

/// Retry-After (seconds or an HTTP-date) or retry-after-ms, in milliseconds. Nonsense (negative,
/// nan, inf, unparseable) counts as absent; a long wait is clamped to a day.
public enum RetryAfter {
    public static let maxMs = 86_400_000

    public static func milliseconds(retryAfter: String?, retryAfterMs: String?, nowEpochSeconds: Double) -> Int? {
        if let ms = retryAfterMs.flatMap({ Double($0.trimmingSpaces) }), ms.isFinite, ms >= 0 {
            return Int(min(ms, Double(maxMs)))
        }
        guard let raw = retryAfter?.trimmingSpaces, !raw.isEmpty else { return nil }
        if let s = Double(raw) {
            guard s.isFinite, s >= 0 else { return nil }
            return Int(min(s * 1000, Double(maxMs)))
        }
        guard let at = httpDate(raw) else { return nil }
        let wait = (at - nowEpochSeconds) * 1000
        return Int(min(max(0, wait), Double(maxMs)))
    }

    /// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the obsolete RFC 850 form ("Sunday, 06-Nov-94 08:49:37 GMT").
    static func httpDate(_ s: String) -> Double? {
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count >= 5 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let day = Int(parts[1]), (1...31).contains(day),
              let mon = months.firstIndex(of: parts[2].lowercased()), var year = Int(parts[3]) else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        let hms = parts[4].split(separator: ":")
        guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]), let sec = Int(hms[2]),
              (0...23).contains(h), (0...59).contains(m), (0...60).contains(sec), (1970...9999).contains(year) else { return nil }
        guard let epoch = RequestLog.epochSeconds(String(format4(year)) + "-" + two(mon + 1) + "-" + two(day)) else { return nil }
        return Double(epoch + h * 3600 + m * 60 + sec)
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    static func format4(_ v: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, 4 - s.count)) + s }
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

extension ProviderError {
    /// The same error with any echo of the key masked out of its message.
    func masking(_ key: String?) -> ProviderError {
        guard key != nil else { return self }
        switch self {
        case .streamError(let m): return .streamError(APIKey.mask(m, key: key))
        case .malformed(let m): return .malformed(APIKey.mask(m, key: key))
        case .overloaded(let m): return .overloaded(APIKey.mask(m, key: key))
        case .rateLimited(let a, let m): return .rateLimited(retryAfterMs: a, message: APIKey.mask(m, key: key))
        default: return self
        }
    }
}
