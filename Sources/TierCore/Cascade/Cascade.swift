#if canImport(Glibc)
import Glibc
#endif

public struct AskSettings: Sendable {
    public var system: String?
    public var maxTokens: Int = 512
    public var temperature: Double?
    public var jsonOutput = false
    /// Stream text to the caller as it arrives when the answer will not be judged first.
    public var stream = true
    public var timeoutMs = 120_000
    public var caFile: String?
    public var confidence = ConfidenceSettings()
    public init() {}
}

/// One try at one tier.
public struct Attempt: Sendable {
    public var tier: String
    public var model: String
    /// answered, escalated, failed
    public var outcome: String
    public var errorKind: String?
    public var errorMessage: String?
    public var ttftMs: Double?
    public var totalMs: Double
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var confidence: Double?
    /// USD; 0 on the device; nil when the price is unknown.
    public var costUSD: Double?
}

public struct AskResult: Sendable {
    public var answer: String
    public var tier: String
    public var model: String
    public var confidence: Double?
    public var attempts: [Attempt]
    public var escalated: Bool { attempts.contains { $0.outcome == "escalated" } }
    public var fallbacks: Int { attempts.filter { $0.outcome == "failed" }.count }
    /// True when the answer already went to the caller as it streamed.
    public var streamed: Bool
}

public enum AskFailure: Error, Sendable {
    /// Every allowed tier failed or is unavailable; the fallback action says what happens (queue or fail).
    case unavailable(action: FallbackAction, attempts: [Attempt])
    /// A stream was cut after output reached the caller: never a silent truncation.
    case cutAfterOutput(tier: String, attempts: [Attempt])
    /// The decision allows no tier (policy).
    case refused(String)

    /// The attempts made before the failure (none when refused).
    public var attempts: [Attempt] {
        switch self {
        case .unavailable(_, let a), .cutAfterOutput(_, let a): return a
        case .refused: return []
        }
    }
}

/// Runs a decision: tries tiers in the router's order, judges confidence, escalates, falls back.
/// It only ever sends to tiers in `decision.allowed`; the check is made again before every send,
/// so a bug elsewhere fails closed instead of leaking data across a boundary.
public enum Cascade {
    public typealias ProviderFactory = (TierSpec, HTTPTimeouts) throws(ProviderError) -> ChatProvider

    public static func run(decision: RouteDecision, prompt: String, config: TierConfig, settings: AskSettings,
                           provider: ProviderFactory, output: @escaping (String) -> Void,
                           log: (String) -> Void = { _ in }) throws(AskFailure) -> AskResult {
        guard decision.outcome == .route, let first = decision.tier else {
            if case .unavailable(let a) = decision.outcome { throw .unavailable(action: a, attempts: []) }
            throw .refused(decision.reasons.last ?? "no tier may take this request")
        }
        let deadline = monotonicMs() + Double(settings.timeoutMs)
        let order = decision.escalation.map(\.tier)
        var attempts: [Attempt] = []
        var failed = TierHealth()
        var current: String? = first
        var escalatedFrom: Set<String> = []
        var lastAnswer: (ChatResponse, Double?, String, String)? = nil

        while let name = current {
            // Fail closed: the allowed set is the only place data may go.
            guard decision.allowed.contains(name), let tier = config.tier(named: name) else {
                throw .refused("internal: \(name) is not in the allowed set; refusing to send")
            }
            let step = decision.escalation.first { $0.tier == name }
            // A fallback tier outside the escalation chain gets the best role for the task, as the router picks.
            let model = (name == first ? decision.model : step?.model)
                ?? tier.modelID(role: Router.pickRole(tier: tier, requested: nil, taskType: decision.taskType).0) ?? tier.models[0].id
            let remaining = Int(deadline - monotonicMs())
            if remaining <= 0 {
                attempts.append(Attempt(tier: name, model: model, outcome: "failed", errorKind: "timeout_total",
                                        errorMessage: "the --timeout ran out", ttftMs: nil, totalMs: 0))
                break
            }
            // Is there a tier to escalate to after this one? Then this answer is judged before anyone sees it.
            let nextUp = nextEscalation(after: name, order: order, skip: escalatedFrom, failed: failed)
            let logprobsExpected = tier.provider != .anthropic
            let threshold = config.routing.threshold(for: decision.taskType ?? "")
            let judged = nextUp != nil && logprobsExpected && threshold > 0
            let streamNow = settings.stream && !judged
            // Always a streamed request: TTFT is measured, and a streaming caller sees text as it comes.
            let request = ChatRequest(model: model, system: settings.system, user: prompt, maxTokens: settings.maxTokens,
                                      temperature: settings.temperature, topLogprobs: logprobsExpected ? 2 : nil,
                                      jsonOutput: settings.jsonOutput, stream: true)
            var result: ChatResponse? = nil
            var lastError: ProviderError? = nil
            var tries = 0
            while result == nil {
                tries += 1
                let started = monotonicMs()
                do {
                    let p = try provider(tier, HTTPTimeouts(tier: tier, remainingMs: Int(deadline - monotonicMs())))
                    result = try p.complete(request, onText: { text in if streamNow { output(text) } })
                } catch {
                    lastError = error
                    let elapsed = monotonicMs() - started
                    attempts.append(Attempt(tier: name, model: model, outcome: "failed", errorKind: error.kind,
                                            errorMessage: error.message, ttftMs: nil, totalMs: elapsed))
                    log("\(name): \(error.message)")
                    if case .streamCut(let after) = error, after, streamNow {
                        throw .cutAfterOutput(tier: name, attempts: attempts)
                    }
                    // One retry on the same tier for a busy or failing server, when time allows.
                    if tries == 1, let wait = retryDelay(error), monotonicMs() + wait + 1_000 < deadline {
                        log("\(name): retrying in \(Int(wait)) ms")
                        usleep(useconds_t(wait * 1000))
                        continue
                    }
                    break
                }
            }
            guard let response = result else {
                // Fallback: where the config sends a request when this tier is down, within the allowed set.
                failed.states[name] = .unavailable(lastError?.kind ?? "failed")
                let fb = Router.fallbackStep(for: name, config: config, allowed: decision.allowed, health: failed)
                if let target = fb.target, !attempts.contains(where: { $0.tier == target }) {
                    log("fallback (\(fb.key): \(fb.action)): \(target)")
                    current = target
                    continue
                }
                if let (r, c, t, m) = lastAnswer {
                    // A tier we escalated from did answer: its answer stands rather than nothing.
                    return AskResult(answer: r.text, tier: t, model: m, confidence: c, attempts: attempts, streamed: false)
                }
                let action: FallbackAction = fb.action == .queue || fb.action == .fail ? fb.action : decision.allUnavailable
                throw .unavailable(action: action, attempts: attempts)
            }
            let confidence = Confidence.score(response, jsonAsked: settings.jsonOutput, settings: settings.confidence)
            var attempt = Attempt(tier: name, model: model, outcome: "answered", errorKind: nil, errorMessage: nil,
                                  ttftMs: response.ttftMs, totalMs: response.totalMs, inputTokens: response.inputTokens,
                                  outputTokens: response.outputTokens, confidence: confidence,
                                  costUSD: Prices.cost(tier: tier, model: model, inputTokens: response.inputTokens,
                                                       outputTokens: response.outputTokens, config: config))
            if judged, let c = confidence, c < threshold, let up = nextUp {
                attempt.outcome = "escalated"
                attempts.append(attempt)
                log("\(name): confidence \(formatDecimal(c, digits: 3)) < \(formatDecimal(threshold, digits: 3)): escalating to \(up)")
                escalatedFrom.insert(name)
                lastAnswer = (response, c, name, model)
                current = up
                continue
            }
            attempts.append(attempt)
            if !streamNow { output(response.text) }
            return AskResult(answer: response.text, tier: name, model: model, confidence: confidence,
                             attempts: attempts, streamed: streamNow)
        }
        throw .unavailable(action: decision.allUnavailable, attempts: attempts)
    }

    /// The next tier up the escalation order that has not failed.
    static func nextEscalation(after name: String, order: [String], skip: Set<String>, failed: TierHealth) -> String? {
        guard let i = order.firstIndex(of: name) else { return nil }
        for t in order[(i + 1)...] where !failed.isUnavailable(t) && !skip.contains(t) { return t }
        return nil
    }

    /// Exponential backoff with jitter, or the server's Retry-After; nil when retrying cannot help.
    static func retryDelay(_ e: ProviderError) -> Double? {
        let jitter = Double.random(in: 0.5...1.5)
        switch e {
        case .rateLimited(let after, _):
            if let ms = after { return ms <= 5_000 ? Double(ms) : nil }
            return 500 * jitter
        case .overloaded: return 400 * jitter
        case .http(let s, _) where s >= 500: return 200 * jitter
        case .streamCut(afterOutput: false): return 100 * jitter
        default: return nil
        }
    }
}

extension Cascade {
    /// The provider for a tier's protocol, sharing one HTTP client (and its connections).
    public static func providerFactory(client: HTTPClient, caFile: String?) -> ProviderFactory {
        return { (tier: TierSpec, timeouts: HTTPTimeouts) throws(ProviderError) -> ChatProvider in
            let key = try APIKey.resolve(tier)
            switch tier.provider {
            case .anthropic:
                return AnthropicProvider(client: client, endpoint: tier.endpoint, apiKey: key, timeouts: timeouts, caFile: caFile)
            case .ollama, .llamaServer, .vllm, .openai, .openaiCompatible:
                return OpenAIProvider(client: client, endpoint: tier.endpoint, apiKey: key, timeouts: timeouts, caFile: caFile)
            }
        }
    }
}
