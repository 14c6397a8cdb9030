#if canImport(Glibc)
import Glibc
#endif

public struct AskSettings: Sendable {
    public var system: String?
    public var maxTokens: Int = 512
    public var temperature: Double?
    public var jsonOutput = false
    /// `--json-schema`: the schema's JSON text.
    public var jsonSchema: [UInt8]?
    /// Stream text to the caller as it arrives when the answer will not be judged first.
    public var stream = true
    public var timeoutMs = 120_000
    public var caFile: String?
    public var confidence = ConfidenceSettings()
    /// A conversation, tools and stop sequences, passed to every tier as they are (see ChatRequest).
    public var turns: [ChatTurn] = []
    public var tools: [ToolDefinition] = []
    public var toolChoice: ToolChoice?
    public var stop: [String] = []
    /// Alternatives per token the caller wants back (the gateway's top_logprobs); at least the judge's own.
    public var topLogprobs: Int?
    public init() {}

    /// Sets the conversation parts of a request to a tier.
    func apply(to r: inout ChatRequest) {
        r.turns = turns
        r.tools = tools
        r.toolChoice = toolChoice
        r.stop = stop
    }
}

/// One try at one tier.
public struct Attempt: Sendable, Equatable {
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
    /// The tier was to be judged but returned no logprobs (`routing.no_confidence` decided).
    public var confidenceMissing = false
    /// The raw signals the confidence came from (see `Signal`); nil without logprobs.
    public var signals: ConfidenceSignals? = nil

    public init(tier: String, model: String, outcome: String, errorKind: String? = nil, errorMessage: String? = nil,
                ttftMs: Double? = nil, totalMs: Double, inputTokens: Int? = nil, outputTokens: Int? = nil,
                confidence: Double? = nil, costUSD: Double? = nil, confidenceMissing: Bool = false) {
        self.tier = tier
        self.model = model
        self.outcome = outcome
        self.errorKind = errorKind
        self.errorMessage = errorMessage
        self.ttftMs = ttftMs
        self.totalMs = totalMs
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.confidence = confidence
        self.costUSD = costUSD
        self.confidenceMissing = confidenceMissing
    }
}

public struct AskResult: Sendable {
    public var answer: String
    public var tier: String
    public var model: String
    public var confidence: Double?
    /// The signals of the answer that stands (see `Signal`).
    public var signals: ConfidenceSignals? = nil
    public var attempts: [Attempt]
    public var escalated: Bool { attempts.contains { $0.outcome == "escalated" } }
    public var fallbacks: Int { attempts.filter { $0.outcome == "failed" }.count }
    /// True when the answer already went to the caller as it streamed.
    public var streamed: Bool
    /// The escalation failed and this earlier answer stands (it is below the threshold).
    public var escalationFailed = false
    /// What the user should know about how this answer came to be (one line each, for stderr).
    public var notes: [String] = []
    /// Function calls in the answer, and why it ended ("stop", "length", "tool_calls" or the provider's word).
    public var toolCalls: [ToolCall] = []
    public var finishReason: String?
    /// The answer's token logprobs, when its tier gave them.
    public var logprobs: [TokenLogprob]?
    /// The answering attempt's usage, when the tier reported it.
    public var inputTokens: Int?
    public var outputTokens: Int?
}

public enum AskFailure: Error, Sendable {
    /// Every allowed tier failed or is unavailable; the fallback action says what happens (queue or fail).
    case unavailable(action: FallbackAction, attempts: [Attempt])
    /// A stream failed after output reached the caller: never a silent truncation, never a second answer.
    case cutAfterOutput(tier: String, attempts: [Attempt])
    /// The decision allows no tier (policy).
    case refused(String)
    /// A tier refused the request itself (credentials, context length, a bad request): not an outage.
    case rejected(tier: String, error: ProviderError, attempts: [Attempt])
    /// SIGINT.
    case interrupted(attempts: [Attempt])

    /// The attempts made before the failure (none when refused).
    public var attempts: [Attempt] {
        switch self {
        case .unavailable(_, let a), .cutAfterOutput(_, let a), .rejected(_, _, let a), .interrupted(let a): return a
        case .refused: return []
        }
    }
}

/// The clock the cascade reads and the waits it makes: the real ones, or a test's.
public struct CascadeClock: Sendable {
    public var now: @Sendable () -> Double
    public var sleep: @Sendable (Double) -> Void
    public var random: @Sendable () -> Double

    public init(now: @escaping @Sendable () -> Double, sleep: @escaping @Sendable (Double) -> Void,
                random: @escaping @Sendable () -> Double) {
        self.now = now
        self.sleep = sleep
        self.random = random
    }

    /// The monotonic clock; waits in short slices so Ctrl-C is seen at once.
    public static let live = CascadeClock(
        now: { monotonicMs() },
        sleep: { ms in
            var left = ms
            while left > 0 && !Interrupt.requested {
                let step = min(left, 50)
                usleep(useconds_t(step * 1000))
                left -= step
            }
        },
        random: { Double.random(in: 0..<1) })
}

/// Runs a decision: tries tiers in the router's order, judges confidence, escalates, falls back.
/// It only ever sends to tiers in `decision.allowed`; the check is made again before every send,
/// so a bug elsewhere fails closed instead of leaking data across a boundary.
///
/// Output rules: text reaches `output` at most once per run. An answer that is judged is held until
/// judged; an escalation that fails leaves the held answer standing (and it is output); a failure after
/// streamed text has reached the caller ends the run (`cutAfterOutput`), never a second answer.
public enum Cascade {
    public typealias ProviderFactory = (TierSpec, HTTPTimeouts) throws(ProviderError) -> ChatProvider

    /// A tier with no `timeouts.first_token` gets this, capped at half the time left when another tier
    /// could still take the request: a stalled local server must not eat the whole --timeout.
    public static let defaultFirstTokenMs = 30_000

    /// Alternatives asked for per token, for the entropy signal (OpenAI allows up to 20).
    public static let topLogprobs = 5

    public static func run(decision: RouteDecision, prompt: String, config: TierConfig, settings: AskSettings,
                           provider: ProviderFactory, clock: CascadeClock = .live,
                           answerStarts: @escaping (String, String, Double?) -> Void = { _, _, _ in },
                           output: @escaping (String) -> Void,
                           log: (String) -> Void = { _ in }) throws(AskFailure) -> AskResult {
        guard decision.outcome == .route, let first = decision.tier else {
            if case .unavailable(let a) = decision.outcome { throw .unavailable(action: a, attempts: []) }
            throw .refused(decision.reasons.last ?? "no tier may take this request")
        }
        let deadline = clock.now() + Double(settings.timeoutMs)
        let order = decision.escalation.map(\.tier)
        var attempts: [Attempt] = []
        var failed = TierHealth()
        var current: String? = first
        var escalatedFrom: Set<String> = []
        var held: (response: ChatResponse, confidence: Double?, tier: String, model: String, signals: ConfidenceSignals?)? = nil
        var rejection: (tier: String, error: ProviderError)? = nil
        var historyNotes: [String] = []

        /// The held answer, when an escalation did not produce a better one: printed now, with a note.
        func standing(_ why: String) -> AskResult? {
            guard let h = held else { return nil }
            answerStarts(h.tier, h.model, h.confidence)
            output(h.response.text)
            var r = AskResult(answer: h.response.text, tier: h.tier, model: h.model, confidence: h.confidence,
                              attempts: attempts, streamed: false)
            r.escalationFailed = true
            r.toolCalls = h.response.toolCalls
            r.finishReason = h.response.finishReason
            r.logprobs = h.response.logprobs
            r.inputTokens = h.response.inputTokens
            r.outputTokens = h.response.outputTokens
            r.signals = h.signals
            r.notes.append("escalation failed (\(why)); the answer from \(h.tier)" +
                           (h.confidence.map { " (confidence \(formatDecimal($0, digits: 3)))" } ?? "") + " stands")
            return r
        }

        while let name = current {
            if Interrupt.requested { throw .interrupted(attempts: attempts) }
            // Fail closed: the allowed set is the only place data may go.
            guard decision.allowed.contains(name), let tier = config.tier(named: name) else {
                throw .refused("internal: \(name) is not in the allowed set; refusing to send")
            }
            let step = decision.escalation.first { $0.tier == name }
            // A fallback tier outside the escalation chain gets the best role for the task, as the router picks.
            let model = (name == first ? decision.model : step?.model)
                ?? tier.modelID(role: Router.pickRole(tier: tier, requested: nil, taskType: decision.taskType).0) ?? tier.models[0].id
            let remaining = deadline - clock.now()
            if remaining <= 0 {
                // Never contacted: "skipped", so it counts against no tier's breaker.
                attempts.append(Attempt(tier: name, model: model, outcome: "skipped", errorKind: "timeout_total",
                                        errorMessage: "the --timeout ran out before this tier was tried", totalMs: 0))
                break
            }
            // Is there a tier to escalate to after this one? Then this answer is judged before anyone sees it.
            let nextUp = nextEscalation(after: name, order: order, skip: escalatedFrom, failed: failed)
            let logprobsExpected = tier.adapter.returnsLogprobs
            let threshold = config.routing.threshold(for: decision.taskType ?? "")
            let judged = nextUp != nil && threshold > 0 && (logprobsExpected || config.routing.escalateWithoutConfidence)
            let streamNow = settings.stream && !judged
            let othersLeft = decision.allowed.contains { other in other != name && !attempts.contains { $0.tier == other } }
            // Always a streamed request: TTFT is measured, and a streaming caller sees text as it comes.
            var request = ChatRequest(model: model, system: settings.system, user: prompt, maxTokens: settings.maxTokens,
                                      temperature: settings.temperature, topLogprobs: logprobsExpected ? max(Cascade.topLogprobs, settings.topLogprobs ?? 0) : nil,
                                      jsonOutput: settings.jsonOutput || settings.jsonSchema != nil, stream: true)
            request.jsonSchema = settings.jsonSchema
            settings.apply(to: &request)
            if let window = tier.contextWindow, !request.turns.isEmpty {
                switch fitHistory(&request, window: window, skip: tier.skipLongHistory) {
                case .fits: break
                case .truncated(let dropped, let kept):
                    historyNotes.append("the conversation is longer than \(name)'s context window (\(window) tokens): its oldest \(dropped) turn\(dropped == 1 ? "" : "s") were left out, \(kept) sent")
                    log(historyNotes.last!)
                case .tooLong:
                    let error = ProviderError.contextLength("the conversation does not fit \(name)'s context window (\(window) tokens; long_history: skip)")
                    attempts.append(Attempt(tier: name, model: model, outcome: "skipped", errorKind: error.kind, errorMessage: error.message, totalMs: 0))
                    log("\(name): \(error.message)")
                    failed.states[name] = .unavailable(error.kind)
                    rejection = rejection ?? (name, error)
                    let fb = Router.fallbackStep(for: name, config: config, allowed: decision.allowed, health: failed)
                    if let target = fb.target, !attempts.contains(where: { $0.tier == target && $0.outcome != "skipped" }), target != name, held?.tier != target {
                        current = target
                        continue
                    }
                    if let next = nextEscalation(after: name, order: order, skip: escalatedFrom.union([name]), failed: failed) {
                        current = next
                        continue
                    }
                    if let r = standing("\(name): \(error.message)") { return r }
                    throw .rejected(tier: name, error: error, attempts: attempts)
                }
            }
            var result: ChatResponse? = nil
            var lastError: ProviderError? = nil
            var tries = 0
            while result == nil {
                tries += 1
                let started = clock.now()
                var delivered = false
                do {
                    let left = Int(max(1, min(deadline - clock.now(), 1e9)))
                    let p = try provider(tier, HTTPTimeouts(tier: tier, remainingMs: left, othersLeft: othersLeft))
                    result = try p.complete(request, onText: { text in
                        if streamNow {
                            if !delivered { answerStarts(name, model, nil) }
                            output(text); delivered = true
                        }
                    })
                } catch {
                    lastError = error
                    attempts.append(Attempt(tier: name, model: model, outcome: "failed", errorKind: error.kind,
                                            errorMessage: error.message, totalMs: clock.now() - started))
                    log("\(name): \(error.message)")
                    // Ctrl-C first: the user stopped it (what was printed stays, and nothing follows it).
                    if error == .interrupted || Interrupt.requested { throw .interrupted(attempts: attempts) }
                    // Once text is on the caller's stdout, nothing else may follow it.
                    if delivered || error == .streamCut(afterOutput: true) && streamNow {
                        throw .cutAfterOutput(tier: name, attempts: attempts)
                    }
                    // One retry on the same tier for a busy or failing server, when time allows.
                    if tries == 1, let wait = retryDelay(error, random: clock.random()), clock.now() + wait + 1_000 < deadline {
                        log("\(name): retrying in \(Int(wait)) ms")
                        clock.sleep(wait)
                        if Interrupt.requested { throw .interrupted(attempts: attempts) }
                        continue
                    }
                    break
                }
            }
            guard let response = result else {
                let error = lastError ?? .malformed("no response")
                failed.states[name] = .unavailable(error.kind)
                if error.isCredentialFailure {
                    // A missing or refused key is the user's to fix: never hidden behind a quiet answer elsewhere.
                    if let r = standing("\(name): \(error.message)") { return r }
                    throw .rejected(tier: name, error: error, attempts: attempts)
                }
                if !error.isAvailabilityFailure { rejection = (name, error) }
                // Fallback: where the config sends a request when this tier fails, within the allowed set.
                let fb = Router.fallbackStep(for: name, config: config, allowed: decision.allowed, health: failed)
                if let target = fb.target, !attempts.contains(where: { $0.tier == target }), held?.tier != target {
                    log("fallback (\(fb.key): \(fb.action)): \(target)")
                    current = target
                    continue
                }
                if let r = standing("\(name): \(error.message)") { return r }
                if let (t, e) = rejection { throw .rejected(tier: t, error: e, attempts: attempts) }
                let action: FallbackAction = fb.action == .queue || fb.action == .fail ? fb.action : decision.allUnavailable
                throw .unavailable(action: action, attempts: attempts)
            }
            // Self-consistency: N more answers from a device tier, at a temperature; their agreement is a signal.
            var agreement: Double? = nil
            if settings.confidence.samples > 0, tier.boundary == .device, response.logprobs != nil, response.toolCalls.isEmpty {
                var extra = request
                extra.temperature = settings.confidence.sampleTemperature
                extra.topLogprobs = nil
                var texts: [String] = []
                for _ in 0..<settings.confidence.samples where !Interrupt.requested && deadline - clock.now() > 1_000 {
                    let left = Int(max(1, min(deadline - clock.now(), 1e9)))
                    do throws(ProviderError) {
                        let p = try provider(tier, HTTPTimeouts(tier: tier, remainingMs: left, othersLeft: othersLeft))
                        texts.append(try p.complete(extra, onText: { _ in }).text)
                    } catch {
                        log("\(name): a self-consistency sample failed: \(error.message)")
                    }
                }
                agreement = SelfConsistency.agreement(response.text, samples: texts, prompt: prompt)
            }
            var (confidence, signals) = Confidence.judge(response, jsonAsked: settings.jsonOutput || settings.jsonSchema != nil,
                                                         settings: settings.confidence, taskType: decision.taskType, taskKey: decision.taskKey,
                                                         agreement: agreement,
                                                         prompt: prompt)
            // A tool call has no text to judge (servers give logprobs for content only): no confidence, and
            // routing.no_confidence decides, rather than an "empty answer" scored 0.
            if !response.toolCalls.isEmpty { confidence = nil }
            var attempt = Attempt(tier: name, model: model, outcome: "answered",
                                  ttftMs: response.ttftMs, totalMs: response.totalMs, inputTokens: response.inputTokens,
                                  outputTokens: response.outputTokens, confidence: confidence,
                                  costUSD: Prices.cost(tier: tier, model: model, inputTokens: response.inputTokens,
                                                       outputTokens: response.outputTokens, config: config))
            attempt.signals = signals
            var notes: [String] = []
            if judged && confidence == nil {
                attempt.confidenceMissing = true
                let rule = config.routing.escalateWithoutConfidence ? "escalate" : "accept"
                notes.append("\(name) returned no logprobs, so its answer has no confidence (routing.no_confidence: \(rule))")
                log(notes.last!)
            }
            if judged, let up = nextUp,
               confidence.map({ $0 < threshold }) ?? config.routing.escalateWithoutConfidence {
                attempt.outcome = "escalated"
                attempts.append(attempt)
                log("\(name): confidence \(confidence.map { formatDecimal($0, digits: 3) } ?? "none") < \(formatDecimal(threshold, digits: 3)): escalating to \(up)")
                escalatedFrom.insert(name)
                held = (response, confidence, name, model, signals)
                current = up
                continue
            }
            attempts.append(attempt)
            if !streamNow || response.text.isEmpty {
                answerStarts(name, model, confidence)
                if !response.text.isEmpty { output(response.text) }
            }
            var r = AskResult(answer: response.text, tier: name, model: model, confidence: confidence,
                              attempts: attempts, streamed: streamNow)
            r.notes = historyNotes + notes
            r.toolCalls = response.toolCalls
            r.finishReason = response.finishReason
            r.logprobs = response.logprobs
            r.inputTokens = response.inputTokens
            r.outputTokens = response.outputTokens
            r.signals = signals
            return r
        }
        if let r = standing("the --timeout ran out") { return r }
        if let (t, e) = rejection { throw .rejected(tier: t, error: e, attempts: attempts) }
        throw .unavailable(action: decision.allUnavailable, attempts: attempts)
    }

    enum HistoryFit { case fits, truncated(dropped: Int, kept: Int), tooLong }

    /// Fits a conversation to a context window (estimated at 4 bytes a token, with room for the answer):
    /// the oldest turns go first, the last turn always stays, and the kept part starts with a user turn
    /// (a tool result or an answer without its question means nothing). `skip`: no cutting, only a verdict.
    static func fitHistory(_ r: inout ChatRequest, window: Int, skip: Bool) -> HistoryFit {
        func tokens(_ t: ChatTurn) -> Int { (t.content.utf8.count + t.toolCalls.reduce(0) { $0 + $1.arguments.utf8.count + $1.name.utf8.count } + 3) / 4 + 4 }
        let budget = window - min(r.maxTokens, window / 2) - ((r.system?.utf8.count ?? 0) + 3) / 4
        var total = r.turns.reduce(0) { $0 + tokens($1) }
        if total <= budget { return .fits }
        if skip { return .tooLong }
        var start = 0
        while start < r.turns.count - 1 && total > budget { total -= tokens(r.turns[start]); start += 1 }
        while start < r.turns.count - 1 && r.turns[start].role != .user { total -= tokens(r.turns[start]); start += 1 }
        if total > budget { return .tooLong }
        let dropped = start
        r.turns.removeFirst(start)
        return .truncated(dropped: dropped, kept: r.turns.count)
    }

    /// The next tier up the escalation order that has not failed.
    static func nextEscalation(after name: String, order: [String], skip: Set<String>, failed: TierHealth) -> String? {
        guard let i = order.firstIndex(of: name) else { return nil }
        for t in order[(i + 1)...] where !failed.isUnavailable(t) && !skip.contains(t) { return t }
        return nil
    }

    /// Exponential backoff with jitter, or the server's Retry-After (any length; the caller checks it
    /// fits the deadline); nil when retrying cannot help.
    static func retryDelay(_ e: ProviderError, random: Double) -> Double? {
        let jitter = 0.5 + random
        switch e {
        case .rateLimited(let after, _):
            if let ms = after { return Double(ms) }
            return 500 * jitter
        case .overloaded: return 400 * jitter
        case .http(let s, _) where s >= 500: return 200 * jitter
        case .streamCut(afterOutput: false), .streamError: return 100 * jitter
        default: return nil
        }
    }
}

extension Cascade {
    /// The provider for a tier's protocol, sharing one HTTP client (and its connections).
    public static func providerFactory(client: HTTPClient, caFile: String?) -> ProviderFactory {
        return { (tier: TierSpec, timeouts: HTTPTimeouts) throws(ProviderError) -> ChatProvider in
            let key = try APIKey.resolve(tier)
            return AdapterChatProvider(adapter: tier.adapter, client: client, base: tier.endpoint, apiKey: key,
                                       timeouts: timeouts, caFile: caFile, proxy: tier.proxyChoice)
        }
    }
}
