/// Every side effect one request has, passed in: the clock and randomness, where state and the log
/// live, the providers, the health probe, and where text goes. `live` is the real one; tests build
/// their own with fake providers and a fake clock and drive the whole pipeline in-process.
public struct AskContext {
    public var clock: CascadeClock
    /// Epoch milliseconds (breakers and probe expiry are shared across processes by wall time).
    public var wallMs: () -> Double
    public var timestamp: () -> String
    public var newID: () -> String
    public var stateDirectory: String
    /// nil: no request log (`--no-log`).
    public var logPath: String?
    public var providers: Cascade.ProviderFactory
    /// A cheap health check; nil when the tier has none.
    public var probe: (TierSpec) -> Bool?
    /// The answer's text; returns false when the write failed.
    public var stdout: (String) -> Bool
    /// Progress lines for `-v`.
    public var verbose: ((String) -> Void)?
    /// Breakers, probes and the cascade window; `state.json` in `stateDirectory` unless set.
    public var health: any HealthState
    /// Called once, just before the answer's first text goes out: its tier, model and confidence (nil
    /// while a streamed answer is still unjudged). The gateway writes its response head here.
    public var answerStarts: ((String, String, Double?) -> Void)?

    public init(clock: CascadeClock, wallMs: @escaping () -> Double, timestamp: @escaping () -> String,
                newID: @escaping () -> String, stateDirectory: String, logPath: String?,
                providers: @escaping Cascade.ProviderFactory, probe: @escaping (TierSpec) -> Bool?,
                stdout: @escaping (String) -> Bool, verbose: ((String) -> Void)? = nil) {
        self.clock = clock
        self.wallMs = wallMs
        self.timestamp = timestamp
        self.newID = newID
        self.stateDirectory = stateDirectory
        self.logPath = logPath
        self.providers = providers
        self.probe = probe
        self.stdout = stdout
        self.verbose = verbose
        self.health = FileHealthState(path: stateDirectory + "/state.json")
    }

    /// The real machine: libcurl, the XDG state directory, the monotonic and wall clocks.
    public static func live(client: HTTPClient, caFile: String?, logPath: String?, stdout: @escaping (String) -> Bool,
                            verbose: ((String) -> Void)?, state: StateSettings = StateSettings()) -> AskContext {
        var c = AskContext(clock: .live, wallMs: { HealthStore.nowMs() }, timestamp: { RequestLog.timestamp() },
                           newID: { RequestLog.newID() }, stateDirectory: RequestLog.stateDirectory(), logPath: logPath,
                           providers: Cascade.providerFactory(client: client, caFile: caFile),
                           probe: { HealthProbe.probe($0, client: client) }, stdout: stdout, verbose: verbose)
        // state.backend: redis shares breakers with every host naming the same Redis; the state file
        // stays the fallback while Redis cannot be reached.
        if let link = try? RedisLink.make(state) {
            c.health = RedisHealthState(link: link, prefix: state.prefix, fallback: c.health, mirror: false)
        }
        return c
    }

    var statePath: String { stateDirectory + "/state.json" }
}

/// How one request ended, for the executable (or the gateway) to render.
public struct AskOutcome {
    public var decision: RouteDecision
    public var result: Result<AskResult, AskFailure>
    public var record: LogRecord
    public var exitCode: ExitCode
    /// The error for stderr when the exit code is not 0.
    public var message: String?
    /// Warnings for stderr (an escalation that failed, a tripped breaker, a missing confidence).
    public var notes: [String]
    public var queuedID: String?
}

public struct AskOptions: Sendable {
    /// Text goes to `context.stdout`: streamed as it comes when `stream`, else once complete. Off for
    /// `--json` and queue replays, which print the answer inside their own output.
    public var printAnswer = true
    public var stream = true
    /// "ask" or "queue".
    public var source = "ask"
    public var queueID: String?
    /// The caller appends `outcome.record` to `context.logPath` itself (the gateway does, after the
    /// response is on its way, so the client does not wait for the log's lock and write).
    public var callerAppendsLog = false
    /// The gateway's client name and endpoint, for the log record.
    public var client: String?
    public var endpoint: String?
    /// Save the request when every allowed tier is unavailable and the config says queue (not on replay).
    public var mayQueue = true
    /// The whole result as bytes for stdout (`--json`), written before the log record so a failed write is
    /// logged as `output_error`.
    public var render: (@Sendable (AskResult, RouteDecision, Double) -> [UInt8])? = nil
    public init() {}
}

/// The ask pipeline: decision -> cascade -> shadow -> log record -> queue. `tier ask`, `--drain-queue`
/// and the gateway all run requests through here, so they cannot disagree.
public enum Ask {
    public static func run(_ request: AskRequest, config: TierConfig, context: AskContext,
                           options: AskOptions = AskOptions()) -> AskOutcome {
        let started = context.clock.now()
        var notes: [String] = []
        // Health shared across invocations: open breakers, and probes refreshed per health_check_interval.
        let records = refreshHealth(config: config, context: context)
        let decision = Router.decide(request.routeRequest, config: config,
                                     health: HealthStore.health(config: config, records: records, now: context.wallMs()))
        context.verbose?(DecisionFormat.compact(decision))

        var settings = request.settings
        settings.confidence = config.routing.confidence
        settings.stream = options.printAnswer && options.stream
        var outputFailed = false
        let outcome: Result<AskResult, AskFailure>
        do {
            let r = try Cascade.run(decision: decision, prompt: request.userText, config: config, settings: settings,
                                    provider: context.providers, clock: context.clock,
                                    answerStarts: { tier, model, confidence in context.answerStarts?(tier, model, confidence) },
                                    output: { text in
                                        guard options.printAnswer, !outputFailed else { return }
                                        if !context.stdout(text) { outputFailed = true }
                                    },
                                    log: { line in context.verbose?(line) })
            outcome = .success(r)
        } catch {
            outcome = .failure(error)
        }

        var breakerRate: Double? = nil
        var shadow: LogRecord.Shadow? = nil
        switch outcome {
        case .success(let r):
            HealthStore.record(r.attempts, config: config, store: context.health, now: context.wallMs())
            notes += r.notes
            // The cascade-rate breaker watches how often the first tier's judged answers escalate.
            if decision.escalation.count > 1, let first = r.attempts.first(where: { $0.outcome != "failed" }),
               first.confidence != nil, first.tier == decision.tier {
                breakerRate = HealthStore.recordJudged(tier: first.tier, escalated: first.outcome == "escalated", config: config,
                                                       store: context.health, now: context.wallMs())
                if let rate = breakerRate {
                    let b = config.routing.cascadeBreaker
                    notes.append("\(Int((rate * 100).rounded()))% of the last \(b.window) answers from \(first.tier) escalated (more than \(Int((b.maxEscalationRate * 100).rounded()))%)" + (b.skipLocal ? "; it is skipped for its cooldown" : "; consider routing these tasks past it"))
                }
            }
            var left = settings
            left.timeoutMs = settings.timeoutMs - Int(max(0, min(context.clock.now() - started, 1e12)))
            // The shadow gets what the --timeout leaves, and none when too little is left.
            if left.timeoutMs >= 1_000 {
                shadow = shadowSample(result: r, decision: decision, config: config, request: request, settings: left, context: context)
            }
        case .failure(let f):
            HealthStore.record(f.attempts, config: config, store: context.health, now: context.wallMs())
        }

        if case .success(let r) = outcome, let render = options.render, !outputFailed {
            if !context.stdout(String(decoding: render(r, decision, context.clock.now() - started), as: UTF8.self)) { outputFailed = true }
        }
        var exit = ExitCode.success
        var message: String? = nil
        var outcomeName = "answered"
        var queuedID: String? = nil
        switch outcome {
        case .success:
            if outputFailed {
                exit = .failure
                outcomeName = "output_error"
                message = "cannot write the answer to standard output (\(System.stdoutError.map { System.errnoMessage($0) } ?? "write failed"))"
            }
        case .failure(let f):
            switch f {
            case .refused(let why):
                exit = .policy; outcomeName = "refused"; message = "refused: \(why)"
            case .cutAfterOutput(let tier, let attempts):
                exit = .failure; outcomeName = "cut_after_output"
                let why = attempts.last?.errorMessage.map { " (\($0))" } ?? ""
                message = "the answer from \(tier) was cut off after output had started\(why); what was printed is incomplete"
            case .rejected(let tier, let error, _):
                exit = .failure; outcomeName = "rejected"
                message = "tier \(tier) rejected the request: \(error.message)"
            case .interrupted:
                exit = .interrupted; outcomeName = "interrupted"; message = "interrupted"
            case .unavailable(let action, let attempts):
                exit = .unavailable
                outcomeName = "unavailable_\(action)"
                let tried = attempts.isEmpty ? "" : ": " + summarize(attempts)
                if action == .queue && options.mayQueue {
                    do throws(TierError) {
                        let id = try Queue(stateDirectory: context.stateDirectory)
                            .save(request, sensitivity: decision.sensitivity, id: context.newID(), time: context.timestamp(),
                                  nowMs: context.wallMs())
                        queuedID = id
                        message = "every allowed tier is unavailable\(tried); the request is queued as \(id)"
                    } catch {
                        exit = .failure
                        message = "every allowed tier is unavailable\(tried), and the request could not be queued: \(error.messages.joined(separator: "; "))"
                    }
                } else {
                    message = "every allowed tier is unavailable\(tried)"
                }
            }
        }

        var record = makeRecord(decision: decision, outcome: outcome, outcomeName: outcomeName, request: request,
                                totalMs: context.clock.now() - started, shadow: shadow, breakerRate: breakerRate,
                                content: config.log.content, context: context)
        record.source = options.source
        record.queueID = options.queueID
        record.client = options.client
        record.endpoint = options.endpoint
        if !request.turns.isEmpty { record.turns = request.turns.count }
        record.conversation = request.conversationID
        if let path = context.logPath, !options.callerAppendsLog {
            do throws(TierError) { try RequestLog.append(record.encoded(), to: path) } catch {
                notes.append("could not append to the request log: \(error.messages.joined())")
            }
        }
        return AskOutcome(decision: decision, result: outcome, record: record, exitCode: exit, message: message,
                          notes: notes, queuedID: queuedID)
    }

    /// One line per failed attempt, for the exit message: "cloud: authentication failed: ...".
    static func summarize(_ attempts: [Attempt]) -> String {
        var seen: [String] = []
        for a in attempts where a.outcome == "failed" {
            let s = "\(a.tier): \(a.errorMessage ?? a.errorKind ?? "failed")"
            if !seen.contains(s) { seen.append(s) }
        }
        return seen.joined(separator: "; ")
    }

    static func refreshHealth(config: TierConfig, context: AskContext) -> [String: HealthRecord] {
        HealthProbe.refresh(config: config, records: context.health.load(now: context.wallMs()), store: context.health,
                            now: context.wallMs(), probe: context.probe)
    }

    /// Shadow sampling: for `routing.shadow_rate` of the requests answered on the device without
    /// escalating, the reference tier is asked too (only when the data may go there) and the agreement
    /// of the two answers is logged, next to the local confidence. This is what `calibrate` learns from.
    static func shadowSample(result r: AskResult, decision: RouteDecision, config: TierConfig, request: AskRequest,
                             settings: AskSettings, context: AskContext) -> LogRecord.Shadow? {
        let rate = config.routing.shadowRate
        // A tool call is not an answer two tiers can be compared on.
        guard rate > 0, !r.escalated, r.toolCalls.isEmpty, let answered = config.tier(named: r.tier), answered.boundary == .device else { return nil }
        guard rate >= 1 || context.clock.random() < rate else { return nil }
        let candidates = decision.allowed.filter { $0 != r.tier }
        let reference = config.routing.shadowTier.flatMap { candidates.contains($0) ? $0 : nil }
            ?? config.routing.escalationOrder.last { candidates.contains($0) }
        // Privacy: only a tier in the allowed set; none, no shadow.
        guard let name = reference, decision.allowed.contains(name), let tier = config.tier(named: name) else { return nil }
        let model = decision.escalation.first { $0.tier == name }?.model ?? tier.models[0].id
        var chat = ChatRequest(model: model, system: request.system, user: request.userText, maxTokens: settings.maxTokens,
                               temperature: settings.temperature, topLogprobs: nil, jsonOutput: settings.jsonOutput || settings.jsonSchema != nil,
                               stream: true)
        chat.jsonSchema = settings.jsonSchema
        settings.apply(to: &chat)
        do {
            let provider = try context.providers(tier, HTTPTimeouts(tier: tier, remainingMs: settings.timeoutMs))
            let reply = try provider.complete(chat, onText: { _ in })
            let agreement = Agreement.score(r.answer, reply.text)
            context.verbose?("shadow \(name): agreement \(formatDecimal(agreement, digits: 3))")
            return .init(tier: name, model: model, agreement: agreement, localConfidence: r.confidence, error: nil, signals: r.signals)
        } catch {
            return .init(tier: name, model: model, agreement: nil, localConfidence: r.confidence, error: error.kind, signals: r.signals)
        }
    }

    static func makeRecord(decision d: RouteDecision, outcome: Result<AskResult, AskFailure>, outcomeName: String,
                           request: AskRequest, totalMs: Double, shadow: LogRecord.Shadow?, breakerRate: Double?,
                           content: Bool, context: AskContext) -> LogRecord {
        var finalTier: String? = nil
        var confidence: Double? = nil
        var attempts: [Attempt] = []
        var escalationFailed = false
        var answer: String? = nil
        switch outcome {
        case .success(let r):
            finalTier = r.tier
            confidence = r.confidence
            attempts = r.attempts
            escalationFailed = r.escalationFailed
            answer = r.answer
        case .failure(let f):
            attempts = f.attempts
        }
        var texts = [request.prompt] + request.attachments.map(\.text)
        if let s = request.system { texts.append(s) }
        texts += request.historyTexts
        var record = LogRecord(
            time: context.timestamp(), id: context.newID(), taskType: d.taskType, sensitivity: d.sensitivity.name,
            evidence: d.evidence, consent: d.consent, decisionTier: d.tier, decisionModel: d.model, rule: d.ruleIndex,
            allowedTiers: d.allowed, outcome: outcomeName, finalTier: finalTier, confidence: confidence,
            escalated: attempts.contains { $0.outcome == "escalated" }, attempts: attempts, totalMs: totalMs,
            contentHash: RequestLog.contentHash(texts), shadow: shadow, cascadeBreakerTripped: breakerRate,
            prompt: nil, answer: nil)
        record.escalationFailed = escalationFailed
        record.taskKey = d.taskKey
        if content {
            // Only with log.content: true, and redacted by the scanner even then.
            var text = (request.system.map { $0 + "\n\n" } ?? "") + request.userText
            if !request.turns.isEmpty {
                // A conversation: every turn, as "role: text", so the log holds what was sent.
                text = (request.system.map { "system: " + $0 + "\n\n" } ?? "")
                    + request.turns.map { t in "\(t.role.rawValue): " + t.content + t.toolCalls.map { " [call \($0.name) \($0.arguments)]" }.joined() }
                        .joined(separator: "\n\n")
            }
            record.prompt = redactedForLog(text)
            record.answer = answer.map(redactedForLog)
        }
        return record
    }

    /// The redacted text, or nothing when a normalized copy of it (full-width forms, a value split across
    /// lines) holds data the redactor cannot mark in the text as written.
    static func redactedForLog(_ text: String) -> String {
        let variants = ScanVariants.of(text)
        if !variants.isEmpty {
            let raw = PIIScanner.report([text])
            for e in PIIScanner.report(variants).evidence {
                if (raw.evidence.first { $0.type == e.type }?.count ?? 0) < e.count / max(1, variants.count) || !raw.evidence.contains(where: { $0.type == e.type }) {
                    return "[withheld: \(e.type) in a form the redactor cannot mark]"
                }
            }
        }
        return PIIScanner.redact(text)
    }

    /// Replays the queue, oldest first, each request exactly as it was saved (its saved sensitivity a
    /// floor); one JSON line per request through `emit`. An entry leaves the queue only when answered.
    /// `emit` returns false when the line could not be written: that entry stays queued and the drain stops.
    /// Entries a tier rejected or the policy refused move to `queue/failed/` (replaying them cannot help).
    public static func drainQueue(config: TierConfig, context: AskContext, emit: (AskOutcome, Queue.Entry) -> Bool,
                                  warn: (String) -> Void) -> (total: Int, left: Int, failed: Int, stopped: Bool) {
        let queue = Queue(stateDirectory: context.stateDirectory)
        queue.recoverAbandoned()
        var total = 0, left = 0, failed = 0
        for name in queue.pending() {
            if Interrupt.requested { break }
            guard let entry = queue.claim(name, warn: warn) else { continue }
            total += 1
            var options = AskOptions()
            options.printAnswer = false
            options.stream = false
            options.source = "queue"
            options.queueID = entry.id
            options.mayQueue = false
            let outcome = run(entry.request, config: config, context: context, options: options)
            // The answer is written before the entry leaves the queue: a failed write loses nothing.
            let written = emit(outcome, entry)
            switch outcome.result {
            case .success where written: queue.finish(entry, as: .answered)
            case .failure(.rejected), .failure(.refused):
                queue.finish(entry, as: .failed)
                failed += 1
            default:
                queue.finish(entry, as: .pending)
                left += 1
            }
            if !written { return (total, left, failed, true) }
        }
        return (total, left, failed, false)
    }
}
