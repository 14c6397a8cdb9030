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
            OptionSpec("system", .value("TEXT"), help: "A system prompt (scanned like the prompt: personal data in it keeps the request on the tiers that may see it)."),
            OptionSpec.open(OptionSpec("task", .value("TASK"), completion: .choices(TaskType.builtIn), help: "The task type, instead of the heuristic's guess. A name a config rule uses also works.")),
            OptionSpec("sensitivity", .value("LEVEL"), completion: .choices(Sensitivity.allNames),
                       help: "A sensitivity hint. It raises the scanned level; lowering it needs --consent."),
            OptionSpec("consent", help: "Consent to a --sensitivity below what the scan found. The log records it."),
            OptionSpec("latency", .value("BUDGET"), default: "interactive", completion: .choices(LatencyBudget.allCases.map(\.rawValue)),
                       help: "The latency budget."),
            OptionSpec("max-tokens", .value("N"), default: "512", help: "The most output tokens (always sent to the server)."),
            OptionSpec("temperature", .value("T"), help: "Sampling temperature."),
            OptionSpec("json-output", help: "Ask the model for JSON (response_format json_object where the server supports it)."),
            OptionSpec("json-schema", .value("FILE"), completion: .file, help: "Ask for JSON that follows the JSON schema in FILE (OpenAI-compatible json_schema, Ollama format, Gemini responseJsonSchema; in the system prompt for Anthropic)."),
            OptionSpec("tier", .value("NAME"), help: "Force a tier, still under the privacy policy (exit 3 when it may not see the data)."),
            OptionSpec("model", .value("ROLE"), help: "A model role of the chosen tier."),
            OptionSpec("stream", help: "Stream the answer as it arrives (the default on a terminal)."),
            OptionSpec("no-stream", help: "Print the answer only when it is complete."),
            OptionSpec("raw", help: "Write the model's output to a terminal as it is, escape sequences included (by default they are shown as ^[ so a model cannot rewrite the screen; piped output is never changed)."),
            OptionSpec("timeout", .value("DURATION"), default: "120s", help: "The whole request, retries and escalations included."),
            OptionSpec("ca-file", .value("FILE"), help: "An extra CA bundle for TLS verification (verification stays on)."),
            OptionSpec("verbose", short: "v", help: "Print the decision and each attempt's timing on stderr."),
            OptionSpec("usage", short: "u", help: "Print tokens and timing on stderr."),
            OptionSpec("json", help: "Print one JSON object: answer, tier, model, confidence, attempts, timings and tokens."),
            OptionSpec("no-log", help: "Do not append to the request log."),
            OptionSpec("new", help: "Start a conversation: this prompt and its answer are kept (0600, under $XDG_STATE_HOME/tier/conversations/) so --continue can follow up. Its id is printed on stderr."),
            OptionSpec("continue", short: "C", help: "Continue the last conversation: its whole history is sent with the prompt to whichever tier answers, and once any turn held personal data every later turn stays where personal data may go."),
            OptionSpec("conversation", .value("ID"), help: "Continue the conversation ID (or start it, when there is none by that id)."),
            OptionSpec("conversations", help: "List the kept conversations (id, first line, turns, sensitivity, tiers used) and exit."),
            OptionSpec("forget", .value("ID"), help: "Delete the conversation ID and exit."),
            OptionSpec("drain-queue", help: "Replay the requests saved by fallback.all_unavailable: queue, oldest first, each as it was saved (its sensitivity a floor); one JSON line per request on stdout. A request leaves the queue only once its answer is written; one a tier rejects, or the policy refuses, moves to queue/failed/ (exit 1); one still unavailable stays (exit 5)."),
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

    /// `--conversations` and `--forget ID`.
    static func conversationCommand(_ p: ParsedArguments, path: String) throws(TierError) -> ExitCode {
        let store = ConversationStore(stateDirectory: RequestLog.stateDirectory())
        if let id = p.value("forget") {
            guard try store.forget(id) else { throw .usage("\(path): --forget: no conversation \(id)") }
            return .success
        }
        let all = store.list(warn: { Terminal.warning($0) })
        if p.flag("json") {
            for c in all {
                var w = JSONWriter()
                w.object { w in
                    w.field("id", c.id); w.field("first_line", c.firstLine); w.field("turns", c.exchanges)
                    w.field("sensitivity", c.sensitivity.name)
                    w.key("tiers"); w.array { w in for t in c.tiersUsed { w.string(t) } }
                    w.field("updated", c.turns.last?.time ?? c.created)
                }
                w.newline()
                w.buffer.withBytes { System.write(fd: 1, $0) }
            }
            return .success
        }
        var table = TextTable(["id", "first line", "turns", "sensitivity", "tiers", "updated"])
        for c in all {
            table.add([c.id, TerminalText.neutralize(c.firstLine), String(c.exchanges), c.sensitivity.name,
                       c.tiersUsed.joined(separator: ","), c.turns.last?.time ?? c.created])
        }
        if !all.isEmpty { Terminal.stdout(table.render()) }
        return .success
    }

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier ask"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        if p.flag("conversations") || p.value("forget") != nil {
            return try conversationCommand(p, path: path)
        }
        let config = try RouteCommand.loadConfig(p)

        var request = AskRequest(prompt: "")
        request.system = p.value("system")
        if let m = p.value("max-tokens") {
            guard let n = Int(m), n > 0, n <= AskRequest.maxTokensLimit else { throw .usage("\(path): --max-tokens needs a whole number from 1 to \(AskRequest.maxTokensLimit), got '\(m.prefix(40))'") }
            request.maxTokens = n
        }
        if let t = p.value("temperature") {
            guard let x = Double(t), x >= 0, x <= 2 else { throw .usage("\(path): --temperature needs a number from 0 to 2, got '\(t)'") }
            request.temperature = x
        }
        if let t = p.value("timeout") {
            let d = try DurationValue.parseOption(t, option: "timeout", command: path)
            guard d.milliseconds > 0 else { throw .usage("\(path): --timeout must be longer than 0") }
            request.timeoutMs = d.milliseconds
        }
        request.jsonOutput = p.flag("json-output")
        if let f = p.value("json-schema") {
            let bytes = try System.readFile(f, limit: 1 << 20, regularOnly: true)
            do {
                guard case .object = try JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else {
                    throw TierError.usage("\(path): --json-schema \(f): a JSON schema is a JSON object")
                }
            } catch let e as JSONParseError {
                throw .usage("\(path): --json-schema \(f): not valid JSON (\(e.message) at byte \(e.offset))")
            } catch let e as TierError { throw e } catch { throw .usage("\(path): --json-schema \(f): not valid JSON") }
            request.jsonSchema = String(decoding: bytes, as: UTF8.self)
        }
        if p.flag("stream") && p.flag("no-stream") { throw .usage("\(path): choose --stream or --no-stream") }
        let stream = p.flag("json") ? false : p.flag("stream") ? true : p.flag("no-stream") ? false : System.isTerminal(1)
        if let t = p.value("task") { request.taskType = try RouteCommand.validTask(t, config: config, what: "--task", path: path) }
        if let t = p.value("tier") { try RouteCommand.validTier(t, config: config, what: "--tier", path: path); request.forcedTier = t }
        request.modelRole = p.value("model")
        request.sensitivityHint = p.value("sensitivity").flatMap { Sensitivity(name: $0) }
        request.consentToLower = p.flag("consent")
        request.latency = p.value("latency").flatMap { LatencyBudget(rawValue: $0) } ?? .interactive

        guard let client = HTTPClient() else { throw .runtime("cannot initialise libcurl") }
        _ = try RedisLink.make(config.state)  // state.password_env must be set when named
        let verbose = p.flag("verbose")
        let toTerminal = System.isTerminal(1) && !p.flag("raw")
        var wroteText = false
        var lastByte: UInt8 = 0x0A
        let context = AskContext.live(
            client: client, caFile: p.value("ca-file"), logPath: p.flag("no-log") ? nil : (config.log.path ?? RequestLog.defaultPath()),
            stdout: { text in
                wroteText = true
                lastByte = text.utf8.last ?? lastByte
                return System.writeAll(fd: 1, toTerminal ? TerminalText.neutralize(text) : text)
            },
            verbose: verbose ? { Terminal.stderr("tier: " + $0) } : nil, state: config.state)
        try PrivateFiles.ensureDirectory(context.stateDirectory)

        if p.flag("drain-queue") {
            if !p.positionals.isEmpty || !p.all("file").isEmpty {
                throw .usage("\(path): --drain-queue replays the queue; give no prompt")
            }
            Interrupt.install()
            return drainQueue(config: config, context: context, verbose: verbose)
        }
        let (prompt, attachments) = try PromptInput.gather(arguments: p.positionals, files: p.all("file"))
        request.prompt = prompt
        request.attachments = attachments
        // A conversation: its history goes first, and what it has held is this turn's floor.
        let modes = [p.flag("new"), p.flag("continue"), p.value("conversation") != nil].filter { $0 }.count
        if modes > 1 { throw .usage("\(path): choose one of --new, --continue and --conversation") }
        let store = ConversationStore(stateDirectory: context.stateDirectory)
        var conversation: Conversation? = nil
        if p.flag("new") {
            conversation = Conversation(id: RequestLog.newID(), created: RequestLog.timestamp())
        } else if p.flag("continue") {
            guard let id = store.lastID(), let c = try store.load(id) else {
                throw .usage("\(path): --continue: no conversation to continue; start one with --new")
            }
            conversation = c
        } else if let id = p.value("conversation") {
            conversation = try store.load(id) ?? Conversation(id: id, created: RequestLog.timestamp())
        }
        if let c = conversation, !c.turns.isEmpty {
            request.turns = c.chatTurns + [ChatTurn(role: .user, content: request.userText)]
            request.sensitivityFloor = c.sensitivity
            request.floorReason = c.floorReason
        }
        request.conversationID = conversation?.id
        if p.flag("verbose"), let c = conversation, let why = c.floorReason {
            Terminal.stderr("tier: conversation \(c.id): \(why): every later turn stays \(c.sensitivity.name)")
        }
        // Only now: while the input is read, Ctrl-C must end tier at once, as it ends cat.
        Interrupt.install()

        var options = AskOptions()
        options.printAnswer = !p.flag("json")
        options.stream = stream
        if p.flag("json") { options.render = { r, decision, totalMs in jsonResult(r, decision: decision, totalMs: totalMs) } }
        let outcome = Ask.run(request, config: config, context: context, options: options)
        if wroteText && lastByte != 0x0A { _ = System.writeAll(fd: 1, "\n") }
        if var c = conversation, case .success(let r) = outcome.result, outcome.exitCode == .success {
            let now = RequestLog.timestamp()
            c.turns.append(.init(role: .user, content: request.userText, time: now,
                                 findings: PIIScanner.report([request.userText] + request.attachments.map(\.text)).evidence.map(\.type)))
            c.turns.append(.init(role: .assistant, content: r.answer, tier: r.tier, time: now))
            c.sensitivity = max(c.sensitivity, outcome.decision.sensitivity)
            do throws(TierError) {
                try store.save(c)
                if p.flag("new") { Terminal.stderr("tier: conversation \(c.id) (continue it with --continue or --conversation \(c.id))") }
            } catch {
                Terminal.warning("the answer is not kept in conversation \(c.id): \(error.messages.joined(separator: "; "))")
            }
        }
        let decision = outcome.decision
        if decision.consent { Terminal.warning("sensitivity lowered from \(decision.scannedSensitivity.name) to \(decision.sensitivity.name) by --consent") }
        if let w = RouteCommand.ignoredHint(request.routeRequest, decision) { Terminal.warning(w) }
        for n in outcome.notes { Terminal.warning(n) }

        switch outcome.result {
        case .success(let r):
            if verbose || p.flag("usage") {
                for a in r.attempts { Terminal.stderr("tier: " + describe(a)) }
            }
        case .failure(let f):
            if verbose { for a in f.attempts { Terminal.stderr("tier: " + describe(a)) } }
        }
        if let m = outcome.message {
            if outcome.record.outcome == "output_error" { Terminal.reportedStdoutError = true }
            Terminal.error("\(path): \(m)")
        }
        return outcome.exitCode
    }

    /// `--json`: one object for scripts, written by the pipeline before it logs (a failed write is logged as one).
    static func jsonResult(_ r: AskResult, decision: RouteDecision, totalMs: Double) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("answer", r.answer)
            w.field("tier", r.tier)
            w.field("model", r.model)
            w.key("confidence"); if let c = r.confidence { w.double(c, digits: 4) } else { w.null() }
            w.key("signals"); if let s = r.signals { s.write(&w) } else { w.null() }
            w.field("escalations", r.attempts.filter { $0.outcome == "escalated" }.count)
            w.field("escalation_failed", r.escalationFailed)
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
            w.field("task_key", decision.taskKey)
            w.field("sensitivity", decision.sensitivity.name)
            w.key("attempts"); w.array { w in for a in r.attempts { LogRecord.encode(a, &w) } }
        }
        w.newline()
        return w.bytes
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

    /// Replays the queue through the same pipeline; one JSON line per request on stdout.
    static func drainQueue(config: TierConfig, context: AskContext, verbose: Bool) -> ExitCode {
        let (total, left, failed, stopped) = Ask.drainQueue(config: config, context: context, emit: { outcome, entry in
            for n in outcome.notes { Terminal.warning(n) }
            var w = JSONWriter()
            w.object { w in
                w.field("id", entry.id)
                switch outcome.result {
                case .success(let r):
                    w.field("answer", r.answer)
                    w.field("tier", r.tier)
                    w.field("model", r.model)
                case .failure:
                    w.key("answer"); w.null()
                    w.field("error", outcome.record.outcome)
                    w.field("message", outcome.message)
                }
            }
            w.newline()
            return System.writeAll(fd: 1, w.bytes)
        }, warn: { Terminal.warning($0) })
        if stopped {
            Terminal.reportedStdoutError = true
            Terminal.error("tier ask: cannot write to standard output (\(System.stdoutError.map { System.errnoMessage($0) } ?? "write failed")); the request whose answer could not be written stays queued")
            return .failure
        }
        if Interrupt.requested { return .interrupted }
        if failed > 0 {
            Terminal.error("tier ask: \(failed) of \(total) queued requests were rejected or refused; they are kept in \(Queue(stateDirectory: context.stateDirectory).directory)/failed")
            return .failure
        }
        if left > 0 {
            Terminal.error("tier ask: \(left) of \(total) queued requests are still unavailable; they stay queued")
            return .unavailable
        }
        if verbose { Terminal.stderr("tier: drained \(total) queued requests") }
        return .success
    }
}
