import TierCore

enum AskCommand {
    static let spec = CommandSpec(
        name: "ask",
        summary: "answer a prompt from the cheapest tier allowed to see it that answers with enough confidence",
        usage: ["tier ask [options] PROMPT...", "tier ask [options] < prompt.txt", "tier ask [options] \"Summarize this\" < notes.txt"],
        discussion: [
            "ask routes the prompt as 'tier route' would, then runs the decision: the chosen tier answers; when it returns token logprobs and its confidence is below routing.escalation_threshold, the answer is discarded and the next allowed tier is asked. A tier that is down, times out, is rate-limited (429), overloaded (529) or fails (5xx) is retried once when time allows, then replaced per the fallback section. No request ever reaches a tier its data may not: not by escalation, fallback or retry.",
            "stdout holds only the answer. On a terminal the answer streams as it arrives, except while it is to be judged for confidence. Each request appends one line to the request log ($XDG_STATE_HOME/tier/requests.jsonl): the decision and every attempt, no prompt or answer text.",
        ],
        options: [
            OptionSpec("file", short: "f", .value("FILE"), repeatable: true, help: "Attach a file's text to the prompt ('-' for standard input)."),
            OptionSpec("system", .value("TEXT"), help: "A system prompt."),
            OptionSpec("task", .value("TASK"), completion: .choices(TaskType.builtIn), help: "The task type, instead of the heuristic's guess."),
            OptionSpec("sensitivity", .value("LEVEL"), completion: .choices(Sensitivity.allNames),
                       help: "A sensitivity hint. It raises the scanned level; lowering it needs --consent."),
            OptionSpec("consent", help: "Consent to a --sensitivity below what the scan found. The log records it."),
            OptionSpec("latency", .value("BUDGET"), default: "interactive", completion: .choices(LatencyBudget.allCases.map(\.rawValue)),
                       help: "The latency budget."),
            OptionSpec("max-tokens", .value("N"), default: "512", help: "The most output tokens (always sent to the server)."),
            OptionSpec("temperature", .value("T"), help: "Sampling temperature."),
            OptionSpec("json-output", help: "Ask the model for JSON (response_format json_object where the server supports it)."),
            OptionSpec("tier", .value("NAME"), help: "Force a tier, still under the privacy policy (exit 3 when it may not see the data)."),
            OptionSpec("model", .value("ROLE"), help: "A model role of the chosen tier."),
            OptionSpec("stream", help: "Stream the answer as it arrives (the default on a terminal)."),
            OptionSpec("no-stream", help: "Print the answer only when it is complete."),
            OptionSpec("timeout", .value("DURATION"), default: "120s", help: "The whole request, retries and escalations included."),
            OptionSpec("ca-file", .value("FILE"), help: "An extra CA bundle for TLS verification (verification stays on)."),
            OptionSpec("verbose", short: "v", help: "Print the decision and each attempt's timing on stderr."),
            OptionSpec("usage", short: "u", help: "Print tokens and timing on stderr."),
            OptionSpec("json", help: "Print one JSON object: answer, tier, model, confidence, attempts, timings and tokens."),
            OptionSpec("no-log", help: "Do not append to the request log."),
            OptionSpec("drain-queue", help: "Replay the requests saved by fallback.all_unavailable: queue, oldest first; one JSON line per request on stdout. A replayed request leaves the queue only when answered."),
            RouteCommand.configOption,
        ],
        positional: PositionalSpec("PROMPT", help: "The prompt; '-' reads standard input in its place."),
        examples: [
            ("tier ask \"Classify this ticket: my invoice is wrong\"", "Answers from the local tier when it is confident."),
            ("tier ask \"Summarize this\" < notes.txt", "The file is attached to the instruction."),
            ("tier ask --json --json-output \"Extract the dates as JSON\" -f mail.txt", "One JSON object for scripts."),
        ],
        exitCodes: [.success, .failure, .usage, .policy, .config, .unavailable, .interrupted]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier ask"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        let config = try RouteCommand.loadConfig(p)

        var settings = AskSettings()
        settings.confidence = config.routing.confidence
        settings.system = p.value("system")
        if let m = p.value("max-tokens") {
            guard let n = Int(m), n > 0 else { throw .usage("\(path): --max-tokens needs a positive whole number, got '\(m)'") }
            settings.maxTokens = n
        }
        if let t = p.value("temperature") {
            guard let x = Double(t), x >= 0, x <= 2 else { throw .usage("\(path): --temperature needs a number from 0 to 2, got '\(t)'") }
            settings.temperature = x
        }
        if let t = p.value("timeout") {
            guard let d = DurationValue.parse(t), d.milliseconds > 0 else {
                throw .usage("\(path): --timeout needs a duration such as 30s or 2m, got '\(t)'")
            }
            settings.timeoutMs = d.milliseconds
        }
        settings.jsonOutput = p.flag("json-output")
        settings.caFile = p.value("ca-file")
        if p.flag("stream") && p.flag("no-stream") { throw .usage("\(path): choose --stream or --no-stream") }
        settings.stream = p.flag("json") ? false : p.flag("stream") ? true : p.flag("no-stream") ? false : System.isTerminal(1)

        var task: String? = nil
        if let t = p.value("task") { task = try RouteCommand.validTask(t, config: config, what: "--task", path: path) }
        if let t = p.value("tier") { try RouteCommand.validTier(t, config: config, what: "--tier", path: path) }
        if p.flag("drain-queue") {
            if !p.positionals.isEmpty || !p.all("file").isEmpty {
                throw .usage("\(path): --drain-queue replays the queue; give no prompt")
            }
            return try drainQueue(config: config, settings: settings, log: !p.flag("no-log"), verbose: p.flag("verbose"))
        }
        let (prompt, attachments) = try PromptInput.gather(arguments: p.positionals, files: p.all("file"))
        let request = RouteRequest(prompt: prompt, attachments: attachments, taskType: task,
                                   sensitivityHint: p.value("sensitivity").flatMap { Sensitivity(name: $0) },
                                   consentToLower: p.flag("consent"),
                                   latency: p.value("latency").flatMap { LatencyBudget(rawValue: $0) } ?? .interactive,
                                   maxOutputTokens: settings.maxTokens, forcedTier: p.value("tier"), modelRole: p.value("model"))
        guard let client = HTTPClient() else { throw .runtime("cannot initialise libcurl") }
        // Health shared across invocations: open breakers, and probes refreshed per health_check_interval.
        let records = HealthProbe.refresh(config: config, client: client, records: HealthStore.load())
        let health = HealthStore.health(config: config, records: records)
        let decision = Router.decide(request, config: config, health: health)
        let verbose = p.flag("verbose")
        if verbose { Terminal.stderr("tier: " + DecisionFormat.compact(decision)) }
        if decision.consent { Terminal.warning("sensitivity lowered from \(decision.scannedSensitivity.name) to \(decision.sensitivity.name) by --consent") }

        // The model sees the instruction and the attached text together.
        var fullPrompt = prompt
        for a in attachments { fullPrompt += "\n\n" + a.text }

        let factory = Cascade.providerFactory(client: client, caFile: settings.caFile)
        var wroteText = false
        var lastByte: UInt8 = 0x0A
        let started = monotonicMs()
        let outcome: Result<AskResult, AskFailure>
        do {
            let r = try Cascade.run(decision: decision, prompt: fullPrompt, config: config, settings: settings, provider: factory,
                                    output: { text in
                                        if p.flag("json") { return }
                                        Terminal.stdout(text)
                                        wroteText = true
                                        lastByte = text.utf8.last ?? lastByte
                                    },
                                    log: { line in if verbose { Terminal.stderr("tier: " + line) } })
            outcome = .success(r)
        } catch {
            outcome = .failure(error)
        }
        if wroteText && lastByte != 0x0A { Terminal.stdout("\n") }
        let totalMs = monotonicMs() - started
        var breakerRate: Double? = nil
        var shadow: ShadowResult? = nil
        switch outcome {
        case .success(let r):
            HealthStore.record(r.attempts, config: config)
            // The cascade-rate breaker watches how often the first tier's judged answers escalate.
            if decision.escalation.count > 1, let first = r.attempts.first(where: { $0.outcome != "failed" }),
               first.confidence != nil, first.tier == decision.tier {
                breakerRate = HealthStore.recordJudged(tier: first.tier, escalated: first.outcome == "escalated", config: config)
                if let rate = breakerRate {
                    let b = config.routing.cascadeBreaker
                    Terminal.warning("\(Int((rate * 100).rounded()))% of the last \(b.window) answers from \(first.tier) escalated (more than \(Int((b.maxEscalationRate * 100).rounded()))%)" + (b.skipLocal ? "; it is skipped for its cooldown" : "; consider routing these tasks past it"))
                }
            }
            shadow = shadowSample(result: r, decision: decision, config: config, prompt: fullPrompt, settings: settings,
                                  factory: factory, verbose: verbose)
        case .failure(let f): HealthStore.record(f.attempts, config: config)
        }

        if !p.flag("no-log") {
            let record = logRecord(decision: decision, outcome: outcome, prompt: prompt, attachments: attachments, totalMs: totalMs,
                                   shadow: shadow, breakerRate: breakerRate, content: config.log.content)
            do { try RequestLog.append(record, to: config.log.path ?? RequestLog.defaultPath()) } catch {
                Terminal.warning("could not append to the request log: \(error.messages.joined())")
            }
        }

        switch outcome {
        case .success(let r):
            if verbose || p.flag("usage") {
                for a in r.attempts { Terminal.stderr("tier: " + describe(a)) }
            }
            if p.flag("json") {
                var w = JSONWriter()
                w.object { w in
                    w.field("answer", r.answer)
                    w.field("tier", r.tier)
                    w.field("model", r.model)
                    w.key("confidence"); if let c = r.confidence { w.double(c, digits: 4) } else { w.null() }
                    w.field("escalations", r.attempts.filter { $0.outcome == "escalated" }.count)
                    w.field("fallbacks", r.fallbacks)
                    if let last = r.attempts.last {
                        w.key("ttft_ms"); if let t = last.ttftMs { w.double(t, digits: 1) } else { w.null() }
                        w.key("input_tokens"); if let t = last.inputTokens { w.int(t) } else { w.null() }
                        w.key("output_tokens"); if let t = last.outputTokens { w.int(t) } else { w.null() }
                    }
                    w.field("total_ms", totalMs, digits: 1)
                    let costs = r.attempts.map(\.costUSD)
                    w.key("cost_usd"); if costs.allSatisfy({ $0 != nil }) { w.double(costs.reduce(0) { $0 + ($1 ?? 0) }, digits: 8) } else { w.null() }
                    w.field("task_type", decision.taskType)
                    w.field("sensitivity", decision.sensitivity.name)
                    w.key("attempts"); w.array { w in for a in r.attempts { attemptJSON(a, &w) } }
                }
                w.newline()
                w.buffer.withBytes { System.write(fd: 1, $0) }
            }
            return .success
        case .failure(let f):
            switch f {
            case .refused(let why):
                throw .policy("\(path): refused: \(why)")
            case .cutAfterOutput(let tier, _):
                throw .runtime("\(path): the answer from \(tier) was cut off after output had started; what was printed is incomplete")
            case .unavailable(let action, let attempts):
                for a in attempts { Terminal.stderr("tier: " + describe(a)) }
                if action == .queue {
                    let id = try Queue.save(prompt: prompt, attachments: attachments, decision: decision)
                    Terminal.error("\(path): every allowed tier is unavailable; the request is queued as \(id)")
                } else {
                    Terminal.error("\(path): every allowed tier is unavailable")
                }
                return .unavailable
            }
        }
    }

    static func describe(_ a: Attempt) -> String {
        var s = "\(a.tier)/\(a.model): \(a.outcome)"
        if let c = a.confidence { s += ", confidence \(formatDecimal(c, digits: 3))" }
        if let t = a.ttftMs { s += ", ttft \(formatDecimal(t, digits: 0)) ms" }
        s += ", total \(formatDecimal(a.totalMs, digits: 0)) ms"
        if let i = a.inputTokens, let o = a.outputTokens { s += ", tokens \(i) in / \(o) out" }
        if a.outcome != "failed" { s += a.costUSD.map { ", cost $\(formatDecimal($0, digits: 6))" } ?? ", cost unknown (no price for \(a.model))" }
        if let e = a.errorMessage { s += " (\(e))" }
        return s
    }

    static func attemptJSON(_ a: Attempt, _ w: inout JSONWriter) {
        w.object { w in
            w.field("tier", a.tier)
            w.field("model", a.model)
            w.field("outcome", a.outcome)
            w.field("error", a.errorKind)
            w.key("ttft_ms"); if let t = a.ttftMs { w.double(t, digits: 1) } else { w.null() }
            w.field("total_ms", a.totalMs, digits: 1)
            w.key("input_tokens"); if let t = a.inputTokens { w.int(t) } else { w.null() }
            w.key("output_tokens"); if let t = a.outputTokens { w.int(t) } else { w.null() }
            w.key("confidence"); if let c = a.confidence { w.double(c, digits: 4) } else { w.null() }
            w.key("cost_usd"); if let c = a.costUSD { w.double(c, digits: 8) } else { w.null() }
        }
    }

    /// One log line: the decision and every attempt; sensitivity as types and counts; no prompt or answer text.
    static func logRecord(decision d: RouteDecision, outcome: Result<AskResult, AskFailure>, prompt: String,
                          attachments: [Attachment], totalMs: Double, shadow: ShadowResult? = nil,
                          breakerRate: Double? = nil, content: Bool = false) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("time", RequestLog.timestamp())
            w.field("id", RequestLog.newID())
            w.field("task_type", d.taskType)
            w.field("sensitivity", d.sensitivity.name)
            w.key("evidence"); w.object { w in for e in d.evidence { w.key(e.type); w.int(e.count) } }
            w.field("consent", d.consent)
            w.key("decision")
            w.object { w in
                w.field("tier", d.tier)
                w.field("model", d.model)
                w.key("rule"); if let r = d.ruleIndex { w.int(r) } else { w.null() }
                w.key("allowed_tiers"); w.array { w in for t in d.allowed { w.string(t) } }
            }
            var attempts: [Attempt] = []
            switch outcome {
            case .success(let r):
                attempts = r.attempts
                w.field("outcome", "answered")
                w.field("final_tier", r.tier)
                w.key("confidence"); if let c = r.confidence { w.double(c, digits: 4) } else { w.null() }
                w.field("escalated", r.escalated)
            case .failure(let f):
                attempts = f.attempts
                switch f {
                case .refused: w.field("outcome", "refused")
                case .cutAfterOutput: w.field("outcome", "cut_after_output")
                case .unavailable(let action, _): w.field("outcome", "unavailable_\(action)")
                }
                w.key("final_tier"); w.null()
                w.field("escalated", attempts.contains { $0.outcome == "escalated" })
            }
            w.key("attempts"); w.array { w in for a in attempts { attemptJSON(a, &w) } }
            w.field("total_ms", totalMs, digits: 1)
            w.field("content_hash", RequestLog.contentHash([prompt] + attachments.map(\.text)))
            if let s = shadow {
                w.key("shadow")
                w.object { w in
                    w.field("tier", s.tier)
                    w.field("model", s.model)
                    w.key("agreement"); if let a = s.agreement { w.double(a, digits: 4) } else { w.null() }
                    w.key("local_confidence"); if let c = s.localConfidence { w.double(c, digits: 4) } else { w.null() }
                    w.field("error", s.error)
                }
            }
            if let rate = breakerRate { w.field("cascade_breaker_tripped", rate, digits: 4) }
            if content {
                // Only with log.content: true, and redacted by the scanner even then.
                var full = prompt
                for a in attachments { full += "\n\n" + a.text }
                w.field("prompt", PIIScanner.redact(full))
                if case .success(let r) = outcome { w.field("answer", PIIScanner.redact(r.answer)) }
            }
        }
        return w.bytes
    }
}

struct ShadowResult {
    var tier: String
    var model: String
    var agreement: Double?
    var localConfidence: Double?
    var error: String?
}

extension AskCommand {
    /// Shadow sampling: for `routing.shadow_rate` of the requests answered on the device without
    /// escalating, the reference tier is asked too (only when the data may go there) and the agreement
    /// of the two answers is logged, next to the local confidence. This is what `calibrate` learns from.
    static func shadowSample(result r: AskResult, decision: RouteDecision, config: TierConfig, prompt: String,
                             settings: AskSettings, factory: Cascade.ProviderFactory, verbose: Bool) -> ShadowResult? {
        let rate = config.routing.shadowRate
        guard rate > 0, !r.escalated, let answered = config.tier(named: r.tier), answered.boundary == .device else { return nil }
        var rng = SystemRandomNumberGenerator()
        guard rate >= 1 || Double.random(in: 0..<1, using: &rng) < rate else { return nil }
        let candidates = decision.allowed.filter { $0 != r.tier }
        let reference = config.routing.shadowTier.flatMap { candidates.contains($0) ? $0 : nil }
            ?? config.routing.escalationOrder.last { candidates.contains($0) }
        // Privacy: only a tier in the allowed set; none, no shadow.
        guard let name = reference, decision.allowed.contains(name), let tier = config.tier(named: name) else { return nil }
        let step = decision.escalation.first { $0.tier == name }
        let model = step?.model ?? tier.models[0].id
        let request = ChatRequest(model: model, system: settings.system, user: prompt, maxTokens: settings.maxTokens,
                                  temperature: settings.temperature, topLogprobs: nil, jsonOutput: settings.jsonOutput, stream: true)
        do {
            let provider = try factory(tier, HTTPTimeouts(tier: tier, remainingMs: settings.timeoutMs))
            let reply = try provider.complete(request, onText: { _ in })
            let agreement = Agreement.score(r.answer, reply.text)
            if verbose { Terminal.stderr("tier: shadow \(name): agreement \(formatDecimal(agreement, digits: 3))") }
            return ShadowResult(tier: name, model: model, agreement: agreement, localConfidence: r.confidence, error: nil)
        } catch {
            return ShadowResult(tier: name, model: model, agreement: nil, localConfidence: r.confidence, error: error.kind)
        }
    }

    /// Replays the queue, oldest first. Each request is routed again (health may have changed) and
    /// stays in the queue unless it is answered.
    static func drainQueue(config: TierConfig, settings: AskSettings, log: Bool, verbose: Bool) throws(TierError) -> ExitCode {
        let entries = Queue.list()
        guard let client = HTTPClient() else { throw .runtime("cannot initialise libcurl") }
        var settings = settings
        settings.stream = false
        var left = 0
        for entry in entries {
            let records = HealthProbe.refresh(config: config, client: client, records: HealthStore.load())
            let request = RouteRequest(prompt: entry.prompt, attachments: entry.attachments, taskType: entry.taskType)
            let decision = Router.decide(request, config: config, health: HealthStore.health(config: config, records: records))
            var full = entry.prompt
            for a in entry.attachments { full += "\n\n" + a.text }
            let started = monotonicMs()
            let outcome: Result<AskResult, AskFailure>
            do {
                outcome = .success(try Cascade.run(decision: decision, prompt: full, config: config, settings: settings,
                                                   provider: Cascade.providerFactory(client: client, caFile: settings.caFile),
                                                   output: { _ in }, log: { line in if verbose { Terminal.stderr("tier: " + line) } }))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let r): HealthStore.record(r.attempts, config: config)
            case .failure(let f): HealthStore.record(f.attempts, config: config)
            }
            if log {
                try? RequestLog.append(logRecord(decision: decision, outcome: outcome, prompt: entry.prompt,
                                                 attachments: entry.attachments, totalMs: monotonicMs() - started,
                                                 content: config.log.content),
                                       to: config.log.path ?? RequestLog.defaultPath())
            }
            var w = JSONWriter()
            w.object { w in
                w.field("id", entry.id)
                switch outcome {
                case .success(let r):
                    w.field("answer", r.answer)
                    w.field("tier", r.tier)
                    w.field("model", r.model)
                case .failure(let f):
                    w.key("answer"); w.null()
                    switch f {
                    case .refused: w.field("error", "refused")
                    case .cutAfterOutput: w.field("error", "stream_cut")
                    case .unavailable: w.field("error", "unavailable")
                    }
                }
            }
            w.newline()
            w.buffer.withBytes { System.write(fd: 1, $0) }
            if case .success = outcome { Queue.remove(entry.id) } else { left += 1 }
        }
        if left > 0 {
            Terminal.error("tier ask: \(left) of \(entries.count) queued requests are still unavailable; they stay queued")
            return .unavailable
        }
        if verbose { Terminal.stderr("tier: drained \(entries.count) queued requests") }
        return .success
    }
}

/// `fallback.all_unavailable: queue`: the request is kept under $XDG_STATE_HOME/tier/queue/ so nothing is lost.
enum Queue {
    static func save(prompt: String, attachments: [Attachment], decision: RouteDecision) throws(TierError) -> String {
        let id = RequestLog.newID()
        let dir = RequestLog.stateDirectory() + "/queue"
        var w = JSONWriter()
        w.object { w in
            w.field("id", id)
            w.field("time", RequestLog.timestamp())
            w.field("prompt", prompt)
            w.key("attachments")
            w.array { w in for a in attachments { w.object { w in w.field("name", a.name); w.field("text", a.text) } } }
            w.field("task_type", decision.taskType)
            w.field("sensitivity", decision.sensitivity.name)
        }
        RequestLog.makeDirectories(dir)
        // Named by time, so a listing sorts oldest first.
        let name = "\(Int(HealthStore.nowMs()))-\(id).json"
        try RequestLog.append(w.bytes, to: dir + "/" + name)
        return id
    }

    struct Entry {
        var id: String
        var file: String
        var prompt: String
        var attachments: [Attachment]
        var taskType: String?
    }

    static var directory: String { RequestLog.stateDirectory() + "/queue" }

    static func list() -> [Entry] {
        var out: [Entry] = []
        for name in System.listDirectory(directory).sorted() where name.hasSuffix(".json") {
            let path = directory + "/" + name
            guard let bytes = try? System.readFile(path),
                  let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)),
                  let id = v["id"]?.stringValue, let prompt = v["prompt"]?.stringValue else {
                Terminal.warning("\(path): not a queued request; left as it is")
                continue
            }
            let attachments = (v["attachments"]?.arrayValue ?? []).compactMap { a -> Attachment? in
                guard let n = a["name"]?.stringValue, let t = a["text"]?.stringValue else { return nil }
                return Attachment(name: n, text: t)
            }
            out.append(Entry(id: id, file: path, prompt: prompt, attachments: attachments, taskType: v["task_type"]?.stringValue))
        }
        return out
    }

    static func remove(_ id: String) {
        for name in System.listDirectory(directory) where name.hasSuffix("-\(id).json") {
            System.removeFile(directory + "/" + name)
        }
    }
}
