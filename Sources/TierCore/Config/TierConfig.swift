/// The typed tier config. Built only by `ConfigLoader`, which validates everything it holds.

/// Which proxy a request goes through. Device and organization tiers never take a proxy from the
/// environment (http_proxy, HTTPS_PROXY, all_proxy): a proxy host would see every private prompt.
public enum ProxyChoice: Sendable, Equatable {
    /// No proxy, whatever the environment says.
    case none
    /// libcurl's usual environment variables (external tiers only).
    case environment
    /// The tier's configured `proxy`.
    case url(String)
}

/// Who can see data sent to a tier.
public enum Boundary: String, Sendable, CaseIterable, Comparable {
    case device, organization, external

    var rank: Int {
        switch self { case .device: return 0; case .organization: return 1; case .external: return 2 }
    }
    public static func < (a: Boundary, b: Boundary) -> Bool { a.rank < b.rank }

    /// DESIGN.md's policy: the most sensitive data a boundary may receive without an explicit exception.
    public var defaultMaxSensitivity: Sensitivity {
        switch self {
        case .device: return .secret
        case .organization: return .internal
        case .external: return .public
        }
    }
}

public enum Sensitivity: Int, Sendable, CaseIterable, Comparable {
    case `public` = 0, `internal`, personal, secret

    public static func < (a: Sensitivity, b: Sensitivity) -> Bool { a.rawValue < b.rawValue }

    public var name: String {
        switch self {
        case .public: return "public"
        case .internal: return "internal"
        case .personal: return "personal"
        case .secret: return "secret"
        }
    }

    /// Accepts both vocabularies: public/internal/personal/secret and low/medium/high.
    public init?(name: String) {
        switch name.lowercased() {
        case "public", "low": self = .public
        case "internal", "medium": self = .internal
        case "personal", "high": self = .personal
        case "secret": self = .secret
        default: return nil
        }
    }

    public static let allNames = ["public", "internal", "personal", "secret", "low", "medium", "high"]
}

public enum LatencyBudget: String, Sendable, CaseIterable {
    case interactive, background, streaming
}

public enum TaskType {
    /// DESIGN.md's task types. A config may name others; those match only when given explicitly.
    public static let builtIn = [
        "message_classification", "entity_extraction", "formatting", "summarization", "routing",
        "template_completion", "code", "complex_reasoning", "creative",
    ]
}

/// Milliseconds, parsed from `500ms`, `30s`, `2m`, `1h`, `1m30s`.
public struct DurationValue: Sendable, Equatable, CustomStringConvertible {
    public var milliseconds: Int
    public init(milliseconds: Int) { self.milliseconds = milliseconds }

    /// The longest duration any setting or flag takes: a year. Longer is a typo, and the cap keeps every
    /// sum and product on durations (deadlines, micro- and nanoseconds) far from overflowing.
    public static let maxMilliseconds = 8_760 * 3_600_000

    public enum ParseError: Error, Sendable, Equatable {
        case notADuration
        case tooLong
    }

    public static func parse(_ text: String) -> DurationValue? {
        try? parseChecked(text).get()
    }

    /// Like `parse`, but says whether the text is no duration or one longer than `maxMilliseconds`.
    public static func parseChecked(_ text: String) -> Result<DurationValue, ParseError> {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .failure(.notADuration) }
        var total = 0
        var tooLong = false
        var i = 0
        while i < bytes.count {
            var n = 0
            var digits = 0
            while i < bytes.count, ASCII.isDigit(bytes[i]) {
                // Past the cap the number is only scanned, so it never overflows however many digits it has.
                if n <= maxMilliseconds { n = n * 10 + Int(bytes[i] - 48) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return .failure(.notADuration) }
            var unit = ""
            while i < bytes.count, ASCII.isAlpha(bytes[i]) { unit.append(Character(Unicode.Scalar(bytes[i]))); i += 1 }
            let scale: Int
            switch unit {
            case "ms": scale = 1
            case "s": scale = 1000
            case "m": scale = 60_000
            case "h": scale = 3_600_000
            default: return .failure(.notADuration)
            }
            let (part, o1) = n.multipliedReportingOverflow(by: scale)
            let (sum, o2) = total.addingReportingOverflow(part)
            if o1 || o2 || sum > maxMilliseconds { tooLong = true } else { total = sum }
        }
        return tooLong ? .failure(.tooLong) : .success(DurationValue(milliseconds: total))
    }

    /// A duration flag's value, longer than zero; a usage error naming `--option` otherwise.
    public static func parseOption(_ text: String, option: String, command path: String) throws(TierError) -> DurationValue {
        switch parseChecked(text) {
        case .success(let d) where d.milliseconds > 0:
            return d
        case .failure(.tooLong):
            throw .usage("\(path): --\(option) is longer than the maximum, \(DurationValue(milliseconds: maxMilliseconds)), got '\(text.count > 40 ? text.prefix(40) + "…" : text)'")
        default:
            throw .usage("\(path): --\(option) needs a duration such as 500ms, 30s or 2m, got '\(text.count > 40 ? text.prefix(40) + "…" : text)'")
        }
    }

    public var description: String {
        let ms = milliseconds
        if ms % 3_600_000 == 0 && ms > 0 { return "\(ms / 3_600_000)h" }
        if ms % 60_000 == 0 && ms > 0 { return "\(ms / 60_000)m" }
        if ms % 1000 == 0 && ms > 0 { return "\(ms / 1000)s" }
        return "\(ms)ms"
    }
}

public struct Timeouts: Sendable, Equatable {
    public var connect: DurationValue?
    public var firstToken: DurationValue?
    public var idle: DurationValue?
    public var total: DurationValue?
}

/// Where a config value came from, for `config show` and error messages.
public struct SourceLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int
}

public struct TierSpec: Sendable {
    public var name: String
    public var provider: ProviderKind
    public var endpoint: String
    public var boundary: Boundary
    /// True when the config states the boundary; false when derived from the endpoint.
    public var boundaryIsExplicit: Bool
    /// An explicit exception to DESIGN.md's policy (`max_sensitivity`), or nil for the boundary's default.
    public var maxSensitivityOverride: Sensitivity?
    /// Role -> model id, in config order.
    public var models: [(role: String, id: String)]
    public var apiKeyEnv: String?
    public var apiKeyFile: String?
    public var healthCheckInterval: DurationValue?
    public var rateLimitBuffer: Double?
    public var timeouts: Timeouts
    /// Consecutive failures that open the tier's circuit breaker, and how long it then stays open.
    public var failureThreshold: Int = 3
    public var cooldown = DurationValue(milliseconds: 30_000)
    public var location: SourceLocation
    /// `proxy:` in the config; nil means none for device and organization tiers, the environment's for external ones.
    public var proxy: String? = nil
    /// `keep_alive:` (Ollama only): how long the server keeps the model loaded.
    public var keepAlive: DurationValue? = nil
    /// `context_window:` in tokens; a conversation longer than it (with the answer's max_tokens) is cut
    /// from its oldest turns, or the tier is skipped (`long_history: skip`).
    public var contextWindow: Int? = nil
    public var skipLongHistory = false

    /// The proxy this tier's requests (and health probes) go through.
    public var proxyChoice: ProxyChoice {
        if let p = proxy { return .url(p) }
        return boundary == .external ? .environment : .none
    }

    public var maxSensitivity: Sensitivity { maxSensitivityOverride ?? boundary.defaultMaxSensitivity }

    public func modelID(role: String) -> String? { models.first { $0.role == role }?.id }
    public var roles: [String] { models.map(\.role) }
}

public struct RoutingRule: Sendable {
    public var index: Int            // 1-based position in routing.rules
    public var name: String?
    public var taskTypes: [String]?
    public var sensitivities: [Sensitivity]?
    public var latencies: [LatencyBudget]?
    /// Lower-cased keywords; any one found in the prompt matches.
    public var keywords: [String]?
    public var regex: CompiledRegex?
    public var maxInputTokens: Int?
    public var tier: String
    public var modelRole: String?
    public var location: SourceLocation

    public var label: String { name.map { "rule \(index) '\($0)'" } ?? "rule \(index)" }
}

public enum FallbackAction: Sendable, Equatable, CustomStringConvertible {
    /// The next allowed tier in the escalation order.
    case next
    case tier(String)
    case queue
    case fail

    public var description: String {
        switch self {
        case .next: return "next"
        case .tier(let t): return t
        case .queue: return "queue"
        case .fail: return "fail"
        }
    }
}

public struct FallbackConfig: Sendable {
    public var localUnavailable: FallbackAction = .next
    public var cloudUnavailable: FallbackAction = .next
    public var allUnavailable: FallbackAction = .fail
}

public struct ModelPrice: Sendable, Equatable {
    public var input: Double
    public var output: Double
    public var cachedInput: Double?
}

public struct RoutingConfig: Sendable {
    public var defaultTier: String
    public var escalationThreshold: Double
    /// Per-task thresholds (`routing.task_thresholds`), written by `tier calibrate --by task_type`.
    public var taskThresholds: [(task: String, threshold: Double)] = []
    public var escalationOrder: [String]
    /// True when the config gives `escalation_order`; otherwise it is derived from the boundaries.
    public var escalationOrderIsExplicit: Bool
    public var rules: [RoutingRule]
    /// How an answer's confidence is computed (see `Confidence`).
    public var confidence: ConfidenceSettings
    /// The share of locally answered requests also asked of the reference tier, to learn from.
    public var shadowRate: Double
    /// The reference tier; nil: the last tier of the escalation order the data may reach.
    public var shadowTier: String?
    public var cascadeBreaker: CascadeBreakerSettings
    /// `routing.no_confidence: escalate`: an answer without logprobs, where one was to be judged, is
    /// escalated as if below the threshold; `accept` (the default) keeps it and notes it in the log.
    public var escalateWithoutConfidence = false

    /// The escalation threshold for a task type: its own when the config gives one.
    public func threshold(for taskType: String) -> Double {
        taskThresholds.first { $0.task == taskType }?.threshold ?? escalationThreshold
    }
}

/// `classify:` in the config: the user's own detectors, path globs that force a level, and keywords
/// that mark text as internal. The router applies them too.
public struct CustomDetector: Sendable {
    public var name: String
    public var regex: CompiledRegex
    public var sensitivity: Sensitivity
}

public struct ClassifySettings: Sendable {
    public var detectors: [CustomDetector] = []
    public var paths: [(glob: String, sensitivity: Sensitivity)] = []
    /// Lower-cased.
    public var keywords: [String] = []
    public init() {}
    public var isEmpty: Bool { detectors.isEmpty && paths.isEmpty && keywords.isEmpty }
}

/// The request log: where it goes, and whether prompt and answer text are kept (redacted by the scanner).
/// A client of the gateway: a name for the log and limits, the SHA-256 of its key (never the key).
public struct ClientKey: Sendable, Equatable {
    public var name: String
    /// Lower-case hex of SHA-256 over the key's bytes.
    public var sha256: String
    public var requestsPerMinute: Int?
    public var monthlyBudgetUSD: Double?
    public init(name: String, sha256: String, requestsPerMinute: Int? = nil, monthlyBudgetUSD: Double? = nil) {
        self.name = name
        self.sha256 = sha256
        self.requestsPerMinute = requestsPerMinute
        self.monthlyBudgetUSD = monthlyBudgetUSD
    }
}

/// `tier serve`'s settings (the `serve:` section).
public struct ServeSettings: Sendable, Equatable {
    public var listen: String?
    /// `serve.keys` and the keys of `serve.key_file`, read when the config is (and on SIGHUP).
    public var keys: [ClientKey] = []
    public var keyFile: String?
    public var maxBodyBytes = 8 << 20
    public var maxMessages = 2_000
    public var gracePeriod = DurationValue(milliseconds: 30_000)
    public init() {}
}

/// Where breakers, probes, the cascade window and the gateway's client limits live (the `state:` section):
/// `file` (the state file, and each gateway's memory) or `redis`, shared by every host that names it.
public struct StateSettings: Sendable, Equatable {
    public enum Backend: String, Sendable { case file, redis }
    public var backend = Backend.file
    public var redis: RedisAddress?
    public var passwordEnv: String?
    public var prefix = "tier"
    /// Connect and command timeout: a dead Redis costs a request at most this, and then is skipped.
    public var timeout = DurationValue(milliseconds: 50)
    public init() {}
}

/// `redis://HOST[:PORT][/DB]`; the password never comes from the URL (state.password_env).
public struct RedisAddress: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var database: Int
    public struct Problem: Error { public var message: String }

    public init(host: String, port: Int = 6379, database: Int = 0) {
        self.host = host
        self.port = port
        self.database = database
    }

    public static func parse(_ text: String, tlsAvailable: Bool = false) -> Result<RedisAddress, Problem> {
        let shown = String(text.prefix(80))
        if text.hasPrefix("rediss://") {
            return .failure(Problem(message: tlsAvailable ? "rediss:// is not supported" :
                "is rediss:// (TLS), but this build's hiredis has no TLS (Debian 12's libhiredis 0.14 lacks hiredis_ssl); use redis:// on a trusted network or a TLS tunnel such as stunnel on loopback"))
        }
        guard text.hasPrefix("redis://") else { return .failure(Problem(message: "must be redis://HOST:PORT/DB, found '\(shown)'")) }
        var rest = Substring(text.dropFirst(8))
        if rest.contains("@") {
            return .failure(Problem(message: "must not hold a user or password (name the variable that holds the password in state.password_env)"))
        }
        var database = 0
        if let slash = rest.firstIndex(of: "/") {
            let db = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
            if !db.isEmpty {
                guard db.utf8.count <= 5, let n = Int(db), n >= 0, n <= 15_999 else {
                    return .failure(Problem(message: "has a database that is not a number from 0 to 15999: '\(shown)'"))
                }
                database = n
            }
        }
        var host = String(rest)
        var port = 6379
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return .failure(Problem(message: "has an unclosed [ in '\(shown)'")) }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":"), let p = Int(after.dropFirst()), p >= 1, p <= 65_535 else {
                    return .failure(Problem(message: "needs a port from 1 to 65535, found '\(shown)'"))
                }
                port = p
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            guard let p = Int(rest[rest.index(after: colon)...]), p >= 1, p <= 65_535 else {
                return .failure(Problem(message: "needs a port from 1 to 65535, found '\(shown)'"))
            }
            port = p
        }
        guard !host.isEmpty, host.utf8.count <= 253,
              host.utf8.allSatisfy({ $0 == 0x2E || $0 == 0x2D || $0 == 0x3A || $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else {
            return .failure(Problem(message: "needs a host name or address, found '\(shown)'"))
        }
        return .success(RedisAddress(host: host, port: port, database: database))
    }

    public var description: String { "redis://\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)" }
}

public struct LogSettings: Sendable, Equatable {
    public var path: String?
    public var content = false
    public init() {}
}

/// When more than `maxEscalationRate` of the last `window` local answers escalated, tier warns
/// (and with `skip_local` starts the cascade at the next tier until the rate falls again).
public struct CascadeBreakerSettings: Sendable, Equatable {
    public var maxEscalationRate = 0.3
    public var window = 50
    public var skipLocal = false
    public init() {}
}

public enum ConfigSource: Sendable, Equatable, CustomStringConvertible {
    case flag(String)
    case environment(String)
    case xdg(String)
    case embedded

    public var path: String? {
        switch self {
        case .flag(let p), .environment(let p), .xdg(let p): return p
        case .embedded: return nil
        }
    }

    public var description: String {
        switch self {
        case .flag(let p): return "\(p) (from --config)"
        case .environment(let p): return "\(p) (from $TIER_CONFIG)"
        case .xdg(let p): return "\(p) (user config)"
        case .embedded: return "embedded default (no config file found)"
        }
    }
}

public struct TierConfig: Sendable {
    public var tiers: [TierSpec]
    public var routing: RoutingConfig
    public var fallback: FallbackConfig
    public var pricing: [(model: String, price: ModelPrice)]
    public var log: LogSettings
    public var classify = ClassifySettings()
    public var serve = ServeSettings()
    public var state = StateSettings()
    public var source: ConfigSource
    /// Non-fatal notes from validation (`config check` prints them).
    public var warnings: [Diagnostic]

    public func tier(named name: String) -> TierSpec? { tiers.first { $0.name == name } }
    public var tierNames: [String] { tiers.map(\.name) }
}
