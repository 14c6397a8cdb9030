import TierCore

enum RouteCommand {
    static let configOption = OptionSpec("config", short: "c", .value("FILE"), env: "TIER_CONFIG",
                                         help: "The tier config. Without it: $TIER_CONFIG, then $XDG_CONFIG_HOME/tier/config.yaml, then the embedded default.")

    static let spec = CommandSpec(
        name: "route",
        summary: "explain where a prompt would go and why, without sending it anywhere",
        usage: ["tier route [options] PROMPT...", "tier route [options] < prompt.txt", "tier route --jsonl < requests.jsonl"],
        discussion: [
            "route runs the same classification and routing as ask and stops before any network call: for the same input, config and tier health it never disagrees with ask.",
            "The prompt is the arguments; standard input (when it is a pipe or a file) and -f files are attached text. With no arguments, standard input is the prompt. A terminal is never waited on.",
            "--jsonl reads one JSON request per line from standard input, with the fields prompt (required), text (attached text), id (echoed back), task, sensitivity, consent, latency, max_tokens, tier and model; options given on the command line are defaults for every line. It writes one decision per line, in order; a line that is not valid JSON gets {\"line\":N,\"error\":...} and the run exits 1 at the end. Blank lines are skipped.",
        ],
        options: [
            OptionSpec("file", short: "f", .value("FILE"), repeatable: true, help: "Attach a file's text to the prompt ('-' for standard input)."),
            OptionSpec("system", .value("TEXT"), help: "A system prompt, scanned like the prompt (as 'tier ask --system' does)."),
            OptionSpec.open(OptionSpec("task", .value("TASK"), completion: .choices(TaskType.builtIn),
                       help: "The task type, instead of the heuristic's guess. A name a config rule uses also works.")),
            OptionSpec("sensitivity", .value("LEVEL"), completion: .choices(Sensitivity.allNames),
                       help: "A sensitivity hint. It raises the scanned level; lowering it needs --consent."),
            OptionSpec("consent", help: "Consent to a --sensitivity below what the scan found. The decision records it."),
            OptionSpec("latency", .value("BUDGET"), default: "interactive", completion: .choices(LatencyBudget.allCases.map(\.rawValue)),
                       help: "The latency budget."),
            OptionSpec("max-tokens", .value("N"), help: "The most output tokens the request may produce."),
            OptionSpec("tier", .value("NAME"), help: "Force a tier. The privacy policy still applies: a tier the data may not reach is refused (exit 3)."),
            OptionSpec("model", .value("ROLE"), help: "A model role of the chosen tier (for example fast, general, code)."),
            OptionSpec("unavailable", .value("TIER"), repeatable: true,
                       help: "Treat a tier as down, to see the fallback path."),
            OptionSpec("explain", help: "Print the whole decision and its chain of reasons."),
            OptionSpec("json", help: "Print the decision as one JSON object."),
            OptionSpec("jsonl", help: "Batch mode: one JSON request per standard-input line, one JSON decision per output line."),
            configOption,
        ],
        positional: PositionalSpec("PROMPT", help: "The prompt; '-' reads standard input in its place."),
        examples: [
            ("tier route \"Classify this ticket: my invoice is wrong\"", "Prints the tier/model, task, sensitivity and rule."),
            ("tier route --explain -f contract.txt \"Summarize this\"", "Explains the decision for a prompt with an attached file."),
            ("tier route --json --unavailable local \"Extract the dates\"", "Shows where the request goes when the local tier is down."),
            ("tier route --jsonl < requests.jsonl > decisions.jsonl", "Routes a batch, one decision per line."),
        ],
        exitCodes: [.success, .failure, .usage, .policy, .config, .unavailable]
    )

    static func loadConfig(_ parsed: ParsedArguments) throws(TierError) -> TierConfig {
        if let path = parsed.value("config") {
            return try ConfigLoader.load(source: parsed.fromEnvironment.contains("config") ? .environment(path) : .flag(path))
        }
        return try ConfigLoader.loadEffective(flag: nil)
    }

    /// Options that shape every request, from the command line.
    struct Defaults {
        var task: String?
        var sensitivity: Sensitivity?
        var consent: Bool
        var latency: LatencyBudget
        var maxTokens: Int?
        var tier: String?
        var model: String?
    }

    static func defaults(_ p: ParsedArguments, config: TierConfig) throws(TierError) -> Defaults {
        var d = Defaults(task: nil, sensitivity: nil, consent: p.flag("consent"), latency: .interactive,
                         maxTokens: nil, tier: p.value("tier"), model: p.value("model"))
        if let t = p.value("task") { d.task = try validTask(t, config: config, what: "--task") }
        if let s = p.value("sensitivity") { d.sensitivity = Sensitivity(name: s) }
        if let l = p.value("latency") { d.latency = LatencyBudget(rawValue: l) ?? .interactive }
        if let m = p.value("max-tokens") {
            guard let n = Int(m), n > 0 else { throw .usage("tier route: --max-tokens needs a positive whole number, got '\(m)'") }
            d.maxTokens = n
        }
        if let t = d.tier { try validTier(t, config: config, what: "--tier") }
        for t in p.all("unavailable") { try validTier(t, config: config, what: "--unavailable") }
        return d
    }

    static func validTier(_ name: String, config: TierConfig, what: String, path: String = "tier route") throws(TierError) {
        guard config.tier(named: name) == nil else { return }
        var m = "\(path): \(what): no tier named '\(name)'"
        if let c = closestMatch(name, in: config.tierNames) { m += "; did you mean '\(c)'?" }
        throw .usage(m + " (tiers: \(config.tierNames.joined(separator: ", ")))")
    }

    /// Built-in task types, and any a config rule names, are accepted.
    static func validTask(_ t: String, config: TierConfig, what: String, path: String = "tier route") throws(TierError) -> String {
        var known = TaskType.builtIn
        for r in config.routing.rules { for x in r.taskTypes ?? [] where !known.contains(x) { known.append(x) } }
        if known.contains(t) { return t }
        var m = "\(path): \(what): unknown task type '\(t)'"
        if let c = closestMatch(t, in: known) { m += "; did you mean '\(c)'?" }
        throw .usage(m + " (known: \(known.joined(separator: ", ")))")
    }

    /// A --sensitivity below the scan's level without --consent changes nothing: say so rather than stay silent.
    static func ignoredHint(_ request: RouteRequest, _ decision: RouteDecision) -> String? {
        guard let hint = request.sensitivityHint, hint < decision.scannedSensitivity, !request.consentToLower else { return nil }
        return "--sensitivity \(hint.name) ignored: the scan found \(decision.scannedSensitivity.name) data; lowering it needs --consent"
    }

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        guard let parsed = try RootCommand.parse(args, spec, path: "tier route") else { return .success }
        let modes = ["explain", "json", "jsonl"].filter { parsed.flag($0) }
        if modes.count > 1 && !(modes == ["explain", "jsonl"]) {
            throw .usage("tier route: choose one of --explain, --json and --jsonl (--explain with --jsonl adds reasons)")
        }
        let config = try loadConfig(parsed)
        let d = try defaults(parsed, config: config)
        // The same shared health ask uses (open breakers, cached probes); route itself never probes.
        var health = HealthStore.health(config: config, records: HealthStore.load())
        for t in parsed.all("unavailable") { health.states[t] = .unavailable("marked down by --unavailable") }

        if parsed.flag("jsonl") {
            if !parsed.positionals.isEmpty || !parsed.all("file").isEmpty {
                throw .usage("tier route: --jsonl reads requests from standard input; give no prompt arguments or -f files")
            }
            return try BatchRouter(config: config, defaults: d, health: health, reasons: parsed.flag("explain")).run()
        }

        let (prompt, attachments) = try PromptInput.gather(arguments: parsed.positionals, files: parsed.all("file"))
        let request = RouteRequest(prompt: prompt, system: parsed.value("system"), attachments: attachments, taskType: d.task,
                                   sensitivityHint: d.sensitivity, consentToLower: d.consent, latency: d.latency,
                                   maxOutputTokens: d.maxTokens, forcedTier: d.tier, modelRole: d.model)
        let decision = Router.decide(request, config: config, health: health)
        if parsed.flag("json") {
            var w = JSONWriter()
            DecisionFormat.json(decision, into: &w)
            w.newline()
            w.buffer.withBytes { System.write(fd: 1, $0) }
        } else if parsed.flag("explain") {
            Terminal.stdout(DecisionFormat.explain(decision))
        } else {
            Terminal.stdout(DecisionFormat.compact(decision) + "\n")
        }
        if parsed.flag("consent") && decision.consent {
            Terminal.warning("sensitivity lowered from \(decision.scannedSensitivity.name) to \(decision.sensitivity.name) by --consent")
        }
        if let w = RouteCommand.ignoredHint(request, decision) { Terminal.warning(w) }
        switch decision.outcome {
        case .route: return .success
        case .refused:
            Terminal.error(decision.reasons.last ?? "no tier may take this request")
            return .policy
        case .unavailable(let action):
            Terminal.error("every allowed tier is unavailable (fallback: \(action))")
            return .unavailable
        }
    }
}

/// `route --jsonl`: reads stdin in large blocks and routes line by line, writing through one buffer.
struct BatchRouter {
    let config: TierConfig
    let defaults: RouteCommand.Defaults
    let health: TierHealth
    let reasons: Bool
    let memo = RouteMemo()
    let tails = JSONTailCache()

    func run() throws(TierError) -> ExitCode {
        let out = OutputBuffer(fd: 1)
        var writer = JSONWriter(capacity: 4096)
        var failed = 0
        var lineNumber = 0
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var eof = false
        while !eof {
            let n = chunk.withUnsafeMutableBytes { buf -> Int in
                while true {
                    let r = readFD(0, buf.baseAddress!, buf.count)
                    if r < 0 && lastErrorIsInterrupt() { continue }
                    return r
                }
            }
            if n < 0 { throw .io(path: "<stdin>", message: System.errnoMessage()) }
            if n == 0 { eof = true } else { pending.append(contentsOf: chunk[0..<n]) }
            // Route every complete line in `pending`.
            var start = 0
            pending.withUnsafeBufferPointer { buf in
                guard let base = buf.baseAddress else { return }
                while start < buf.count, let nl = memchrIndex(base, 0x0A, from: start, end: buf.count) {
                    lineNumber += 1
                    if !route(UnsafeBufferPointer(rebasing: buf[start..<nl]), line: lineNumber, out: out, writer: &writer) { failed += 1 }
                    start = nl + 1
                }
                if eof && start < buf.count {
                    lineNumber += 1
                    if !route(UnsafeBufferPointer(rebasing: buf[start..<buf.count]), line: lineNumber, out: out, writer: &writer) { failed += 1 }
                    start = buf.count
                }
            }
            pending.removeFirst(start)
        }
        out.flush()
        if failed > 0 {
            Terminal.error("\(failed) of \(lineNumber) lines could not be routed")
            return .failure
        }
        return .success
    }

    /// Routes one line; false when the line is not a valid request.
    func route(_ line: UnsafeBufferPointer<UInt8>, line number: Int, out: OutputBuffer, writer: inout JSONWriter) -> Bool {
        var end = line.count
        if end > 0 && line[end - 1] == 0x0D { end -= 1 }  // CRLF
        let body = UnsafeBufferPointer(rebasing: line[0..<end])
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        do throws(BatchError) {
            let value: JSONValue
            do { value = try JSONParser.parse(body) } catch {
                throw BatchError(column: error.offset + 1, message: "invalid JSON: \(error.message)")
            }
            let (request, id) = try makeRequest(value)
            let decision = Router.decide(request, config: config, health: health, explain: reasons, memo: memo)
            writer.reset()
            DecisionFormat.json(decision, id: id, reasons: reasons, tails: tails, into: &writer)
            writer.newline()
            out.append(writer.buffer)
            return true
        } catch {
            Terminal.stderr("<stdin>:\(number):\(error.column): error: \(error.message)")
            writer.reset()
            writer.object { w in w.field("line", number); w.field("error", error.message) }
            writer.newline()
            out.append(writer.buffer)
            return false
        }
    }

    struct BatchError: Error { var column: Int; var message: String }

    func makeRequest(_ v: JSONValue) throws(BatchError) -> (RouteRequest, JSONValue?) {
        guard case .object(let members) = v else { throw BatchError(column: 1, message: "each line must be a JSON object") }
        var request = RouteRequest(prompt: "", taskType: defaults.task, sensitivityHint: defaults.sensitivity,
                                   consentToLower: defaults.consent, latency: defaults.latency,
                                   maxOutputTokens: defaults.maxTokens, forcedTier: defaults.tier, modelRole: defaults.model)
        var id: JSONValue? = nil
        var sawPrompt = false
        // One pass over the members; unknown fields are ignored.
        for m in members {
            switch m.key {
            case "prompt":
                guard let s = m.value.stringValue else { throw BatchError(column: 1, message: "'prompt' must be a string") }
                request.prompt = s
                sawPrompt = true
            case "id":
                id = m.value
            case "text":
                guard let s = m.value.stringValue else { throw BatchError(column: 1, message: "'text' must be a string") }
                request.attachments = [Attachment(name: "text", text: s)]
            case "system":
                guard let s = m.value.stringValue else { throw BatchError(column: 1, message: "'system' must be a string") }
                request.system = s
            case "task":
                guard let s = m.value.stringValue else { throw BatchError(column: 1, message: "'task' must be a string") }
                do { request.taskType = try RouteCommand.validTask(s, config: config, what: "task") } catch {
                    throw BatchError(column: 1, message: error.messages.joined().replacingPrefix("tier route: ", ""))
                }
            case "sensitivity":
                guard let name = m.value.stringValue, let level = Sensitivity(name: name) else {
                    throw BatchError(column: 1, message: "'sensitivity' must be one of \(Sensitivity.allNames.joined(separator: ", "))")
                }
                request.sensitivityHint = level
            case "consent":
                guard let b = m.value.boolValue else { throw BatchError(column: 1, message: "'consent' must be true or false") }
                request.consentToLower = b
            case "latency":
                guard let name = m.value.stringValue, let b = LatencyBudget(rawValue: name) else {
                    throw BatchError(column: 1, message: "'latency' must be one of interactive, background, streaming")
                }
                request.latency = b
            case "max_tokens":
                guard let d = m.value.numberValue, d >= 1, d <= 1e9, d == d.rounded() else {
                    throw BatchError(column: 1, message: "'max_tokens' must be a positive whole number")
                }
                request.maxOutputTokens = Int(d)
            case "tier":
                guard let s = m.value.stringValue, config.tier(named: s) != nil else {
                    throw BatchError(column: 1, message: "'tier' must name a configured tier (\(config.tierNames.joined(separator: ", ")))")
                }
                request.forcedTier = s
            case "model":
                guard let s = m.value.stringValue else { throw BatchError(column: 1, message: "'model' must be a string") }
                request.modelRole = s
            default:
                break
            }
        }
        guard sawPrompt else { throw BatchError(column: 1, message: "missing string field 'prompt'") }
        return (request, id)
    }
}

extension String {
    func replacingPrefix(_ prefix: String, _ with: String) -> String {
        hasPrefix(prefix) ? with + dropFirst(prefix.count) : self
    }
}
