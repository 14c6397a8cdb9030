#if canImport(Glibc)
import Glibc
#endif
import TierCore

enum BenchCommand {
    static let providerNames = ProviderKind.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "bench",
        summary: "measure tiers under load: TTFT, TPOT, inter-token latency, throughput, goodput and errors",
        usage: ["tier bench [options]", "tier bench --tier local --concurrency 1,2,4,8 --requests 200",
                "tier bench --url http://127.0.0.1:8080 --model m --provider llama-server --rate 5 --duration 60s",
                "tier bench --tier local --parity cloud"],
        discussion: [
            "Targets: every tier and model in the config, or those named by --tier and --model (an id or a role); or one raw endpoint with --url, --model and --provider. Prompts: a built-in set covering the task types, --prompts FILE, or synthetic prompts of --input-tokens asking for --output-tokens (with ignore_eos on llama.cpp and vLLM, so the length is fixed). A prompt whose scanned sensitivity the target may not see (personal data for an external tier) is not sent to it.",
            "Load: --concurrency N keeps N requests in flight (a list such as 1,2,4,8 sweeps); --rate R sends with Poisson arrivals at R per second, recording the scheduled and the actual send time (with --concurrency as a cap). Each load point runs --requests N or for --duration, after --warmup requests that are not counted. Every request goes through libcurl's multi interface on one event loop; bytes are timestamped on the monotonic clock as they arrive, before any parsing; request bodies are built before the clock starts.",
            "Metrics, as vLLM's bench serve defines them: TTFT is the time from sending to the first non-empty content delta (the first chunk of any kind, often role-only, is reported separately as 'first chunk'). TPOT is (E2E − TTFT) / (output tokens − 1). ITL is the gaps between content chunks. E2E is the time from sending to the last byte. Output tokens/s and requests/s are over the wall time from the first send to the last completion. Goodput is the requests per second that meet every --slo. Each is reported as p50, p90, p95, p99 and the mean. Token counts come from the server's usage field; when some are counted from chunks instead, they are marked approximate (~).",
            "--parity REFERENCE runs each prompt on the tier under test (with logprobs, for its confidence) and on the reference tier, and appends the confidence and the agreement of the two answers to the request log (or --log FILE), where 'tier calibrate' reads them.",
        ],
        options: [
            OptionSpec("tier", .value("TIER"), repeatable: true, help: "Measure this tier (repeatable); default: every tier in the config."),
            OptionSpec("model", .value("MODEL"), repeatable: true, help: "Only this model: an id or a role (repeatable); with --url, the model id."),
            OptionSpec("url", .value("URL"), help: "Measure one raw endpoint instead of the config's tiers."),
            OptionSpec("provider", .value("KIND"), default: "openai-compatible", completion: .choices(providerNames), help: "The protocol of --url."),
            OptionSpec("api-key-env", .value("NAME"), help: "With --url: the environment variable holding the API key."),
            OptionSpec("prompts", .value("FILE"), help: "Prompts: one per line, or JSONL with \"messages\" or \"prompt\" (and \"task_type\")."),
            OptionSpec("input-tokens", .value("N"), help: "Synthetic prompts of about N tokens."),
            OptionSpec("output-tokens", .value("N"), help: "With --input-tokens: ask for exactly N output tokens where the server supports it."),
            OptionSpec("max-tokens", .value("N"), default: "64", help: "The output limit for built-in and file prompts."),
            OptionSpec("concurrency", .value("N[,N...]"), help: "Requests in flight; a list sweeps (default 1 without --rate)."),
            OptionSpec("rate", .value("R[,R...]"), help: "Poisson arrivals at R requests per second; a list sweeps."),
            OptionSpec("requests", .value("N"), help: "Requests per load point (default 50, unless --duration)."),
            OptionSpec("duration", .value("DURATION"), help: "Run each load point this long (60s, 2m) instead of a request count."),
            OptionSpec("warmup", .value("N"), default: "2", help: "Requests sent before each target's measurements, not counted."),
            OptionSpec("no-stream", help: "Ask for whole answers, not streams (TTFT is then the time to the first body byte)."),
            OptionSpec("slo", .value("LIST"), help: "Goodput objectives, e.g. ttft=200ms,tpot=50ms,e2e=2s."),
            OptionSpec("timeout", .value("DURATION"), default: "120s", help: "Per-request limit."),
            OptionSpec("parity", .value("TIER"), help: "Run each prompt on the target and on this reference tier; log confidence and agreement for calibrate."),
            OptionSpec("log", .value("FILE"), help: "Where --parity appends its records (default: the request log)."),
            OptionSpec("seed", .value("N"), default: "1", help: "Seed for the Poisson arrivals."),
            OptionSpec("json", help: "One JSON document with every metric."),
            OptionSpec("csv", help: "CSV, one row per target and load point."),
            OptionSpec("svg", .value("FILE"), help: "Write an SVG: TTFT and ITL p50/p95/p99 against the offered load, and a TTFT histogram per target with a bar per load point."),
            RouteCommand.configOption,
        ],
        examples: [
            ("tier bench --tier local --concurrency 1,4,16", "How the local tier holds up as agents pile on."),
            ("tier bench --tier local --tier cloud --slo ttft=300ms,e2e=3s --svg ttft.svg", "Local against cloud on the built-in prompts, with goodput."),
            ("tier bench --tier local --parity cloud --prompts mine.jsonl && tier calibrate", "Collect confidence and agreement, then pick the threshold."),
        ],
        exitCodes: [.success, .failure, .usage, .policy, .config]
    )

    /// Load-point limits: beyond them a run is a typo (a rate of 1e-300 waits forever; 1e9 in flight exhausts descriptors).
    static let maxConcurrency = 10_000.0
    static let rateRange = 0.001...100_000.0
    /// A synthetic prompt is built in memory, about six bytes a token: a million tokens is past any context window.
    static let maxSyntheticTokens = 1_000_000

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier bench"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        if !p.positionals.isEmpty { throw .usage("\(path): unexpected argument '\(p.positionals[0])'") }
        if p.flag("json") && p.flag("csv") { throw .usage("\(path): choose --json or --csv") }
        let config = try RouteCommand.loadConfig(p)

        func int(_ name: String, min: Int = 1, max: Int? = nil) throws(TierError) -> Int? {
            guard let s = p.value(name) ?? spec.option(named: name)?.defaultValue else { return nil }
            guard let v = Format.parseCount(s), v >= Double(min), v == v.rounded(), v < 1e9, max.map({ v <= Double($0) }) ?? true else {
                if let max { throw .usage("\(path): --\(name) needs a whole number from \(min) to \(Format.grouped(max)), got '\(s)'") }
                throw .usage("\(path): --\(name) needs a whole number of at least \(min), got '\(s)'")
            }
            return Int(v)
        }
        func duration(_ name: String) throws(TierError) -> Double? {
            guard let s = p.value(name) ?? spec.option(named: name)?.defaultValue else { return nil }
            return Double(try DurationValue.parseOption(s, option: name, command: path).milliseconds)
        }
        /// A comma-separated list of numbers in `range`; an empty item, a word, nan or inf is a usage error.
        func list(_ name: String, _ range: ClosedRange<Double>, whole: Bool) throws(TierError) -> [Double] {
            guard let s = p.value(name) else { return [] }
            var out: [Double] = []
            for part in s.split(separator: ",", omittingEmptySubsequences: false) {
                guard let v = Double(part), v.isFinite, range.contains(v), !whole || v == v.rounded() else {
                    let what = whole ? "whole numbers from \(Format.count(range.lowerBound)) to \(Format.count(range.upperBound))"
                                     : "numbers from \(formatDecimal(range.lowerBound, digits: 3)) to \(Format.count(range.upperBound))"
                    throw .usage("\(path): --\(name) needs \(what) separated by commas, got '\(s)'" + (part.isEmpty ? " (an empty item)" : s.contains(",") ? " ('\(part)')" : ""))
                }
                out.append(v)
            }
            return out
        }

        // Load points.
        let concurrency = try list("concurrency", 1...BenchCommand.maxConcurrency, whole: true).map { Int($0) }
        let rates = try list("rate", BenchCommand.rateRange, whole: false)
        if concurrency.count > 1 && rates.count > 1 { throw .usage("\(path): sweep --concurrency or --rate, not both") }
        let durationMs = try p.value("duration").map { _ throws(TierError) in try duration("duration")! }
        if durationMs != nil && p.value("requests") != nil { throw .usage("\(path): give --requests or --duration, not both") }
        let requests = durationMs == nil ? (try int("requests") ?? 50) : nil
        let warmup = try int("warmup", min: 0) ?? 2
        var points: [LoadPoint] = []
        if rates.isEmpty {
            for c in concurrency.isEmpty ? [1] : concurrency { points.append(LoadPoint(concurrency: c, requests: requests, durationMs: durationMs, warmup: warmup)) }
        } else {
            for r in rates { points.append(LoadPoint(concurrency: concurrency.first, rate: r, requests: requests, durationMs: durationMs, warmup: warmup)) }
            if concurrency.count > 1 { points = concurrency.map { LoadPoint(concurrency: $0, rate: rates[0], requests: requests, durationMs: durationMs, warmup: warmup) } }
        }
        var slo = SLO()
        if let s = p.value("slo") {
            guard let v = SLO.parse(s) else { throw .usage("\(path): --slo needs ttft=, tpot= and/or e2e= durations, e.g. ttft=200ms,tpot=50ms,e2e=2s; got '\(s)'") }
            slo = v
        }

        // Prompts, prepared before any clock starts.
        let maxTokens = try int("max-tokens") ?? 64
        var prompts: [BenchPrompt]
        var syntheticTokens: Int? = nil
        if let f = p.value("prompts") {
            if p.value("input-tokens") != nil { throw .usage("\(path): give --prompts or --input-tokens, not both") }
            prompts = try BenchPrompts.load(path: f)
        } else if let n = try int("input-tokens", max: BenchCommand.maxSyntheticTokens) {
            syntheticTokens = n
            prompts = BenchPrompts.synthetic(inputTokens: n, outputTokens: try int("output-tokens") ?? maxTokens)
        } else {
            if p.value("output-tokens") != nil { throw .usage("\(path): --output-tokens goes with --input-tokens") }
            prompts = BenchPrompts.builtIn
        }

        let stream = !p.flag("no-stream")
        var options = BenchEngine.Options()
        options.stream = stream
        options.timeoutMs = Int(try duration("timeout") ?? 120_000)
        options.seed = UInt64(try int("seed", min: 0) ?? 1)

        // Targets.
        var targets: [(target: BenchTarget, maxSensitivity: Sensitivity, tier: TierSpec?)] = []
        var failed = false
        if let url = p.value("url") {
            if !p.all("tier").isEmpty { throw .usage("\(path): give --url or --tier, not both") }
            guard let parts = URLParts.parse(url) else { throw .usage("\(path): --url needs an http:// or https:// URL, got '\(url)'") }
            guard let model = p.all("model").first else { throw .usage("\(path): --url needs --model (the model id the server expects)") }
            let name = p.value("provider") ?? "openai-compatible"
            guard let kind = ProviderKind(rawValue: name) else {
                throw .usage("\(path): --provider must be one of \(ProviderKind.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name.prefix(40))'")
            }
            var key: String? = nil
            if let env = p.value("api-key-env") {
                guard let v = System.env(env), !v.isEmpty else { throw .usage("\(path): --api-key-env \(env): the variable is not set") }
                key = v
            }
            let boundary = Boundary.derived(host: parts.host)
            var target = BenchTarget(name: url, tier: nil, base: url, model: model, provider: kind, apiKey: key)
            target.proxy = boundary == .external ? .environment : .none
            targets.append((target, boundary.defaultMaxSensitivity, nil))
        } else {
            let names = p.all("tier")
            for n in names where config.tier(named: n) == nil {
                var m = "\(path): unknown tier '\(n)'"
                if let c = closestMatch(n, in: config.tierNames) { m += "; did you mean '\(c)'?" }
                throw .usage(m + " (tiers: \(config.tierNames.joined(separator: ", ")))")
            }
            let wanted = p.all("model")
            for tier in config.tiers where names.isEmpty || names.contains(tier.name) {
                let models = tier.models.filter { wanted.isEmpty || wanted.contains($0.id) || wanted.contains($0.role) }
                var seen: Set<String> = []
                for m in models where seen.insert(m.id).inserted {
                    let key: String?
                    do throws(ProviderError) { key = try APIKey.resolve(tier) } catch {
                        Terminal.error("\(path): \(tier.name)/\(m.id) skipped: \(error.message)")
                        failed = true
                        continue
                    }
                    var target = BenchTarget(name: "\(tier.name)/\(m.id)", tier: tier.name, base: tier.endpoint, model: m.id,
                                             provider: tier.provider, apiKey: key)
                    target.proxy = tier.proxyChoice
                    targets.append((target, tier.maxSensitivity, tier))
                }
            }
            if targets.isEmpty && !failed {
                throw .usage("\(path): no tier and model match" + (wanted.isEmpty ? "" : " --model \(wanted.joined(separator: ", "))"))
            }
        }

        // Privacy: the router's scan decides which prompts each target may see.
        let levels = prompts.map { pr in Router.decide(RouteRequest(prompt: (pr.system.map { $0 + "\n\n" } ?? "") + pr.user), config: config, explain: false).sensitivity }

        if let ref = p.value("parity") {
            return try parity(ref, targets: targets.compactMap { t in t.tier.map { ($0, t.target.model) } }, prompts: prompts, levels: levels,
                              config: config, p: p, maxTokens: maxTokens, timeoutMs: options.timeoutMs, failedBefore: failed)
        }

        guard let engine = BenchEngine() else { throw .runtime("\(path): libcurl's multi interface could not start") }
        var summaries: [BenchSummary] = []
        var refused = false
        let progress = Progress(enabled: System.isTerminal(2))
        for t in targets {
            let allowed = prompts.indices.filter { levels[$0] <= t.maxSensitivity }
            if allowed.count < prompts.count {
                let held = prompts.count - allowed.count
                Terminal.warning("\(t.target.name): \(held) prompt\(held == 1 ? "" : "s") not sent: their data may not reach this tier (max sensitivity \(t.maxSensitivity.name))")
            }
            if allowed.isEmpty { refused = true; continue }
            var bodies = allowed.map { prompts[$0].body(for: t.target, maxTokens: maxTokens, stream: stream) }
            if let n = syntheticTokens {
                // Size the filler to this server's tokenizer and chat template: two probes, not counted.
                let out = prompts[0].outputTokens ?? maxTokens
                let w1 = max(1, n - 16), w2 = max(2, 2 * w1)
                var probes: [(words: Int, tokens: Int)] = []
                for w in [w1, w2] {
                    let body = BenchPrompts.synthetic(words: w, outputTokens: 1, count: 1)[0].body(for: t.target, maxTokens: 1, stream: stream)
                    let r = engine.run(target: t.target, bodies: [body], load: LoadPoint(concurrency: 1, requests: 1), options: options)
                    if let tokens = r.records.first?.inputTokens { probes.append((w, tokens)) }
                }
                if let words = BenchPrompts.wordsFor(inputTokens: n, probes: probes) {
                    bodies = BenchPrompts.synthetic(words: words, outputTokens: out).map { $0.body(for: t.target, maxTokens: maxTokens, stream: stream) }
                    Terminal.stderr("tier bench: \(t.target.name): \(words) filler words make \(n) prompt tokens (probes: \(probes.map { "\($0.words) words = \($0.tokens) tokens" }.joined(separator: ", ")))")
                } else {
                    Terminal.warning("\(t.target.name): the server reports no prompt token counts; prompts are about \(n) tokens")
                }
            }
            for point in points {
                if point.warmup > 0 {
                    _ = engine.run(target: t.target, bodies: bodies, load: LoadPoint(concurrency: min(point.warmup, point.concurrency ?? 1), requests: point.warmup), options: options)
                }
                let label = "\(t.target.name) \(point.label)"
                let run = engine.run(target: t.target, bodies: bodies, load: point, options: options) { done, total in
                    progress.update(label, done, total)
                }
                progress.clear()
                summaries.append(BenchSummary(target: t.target.name, load: point, run: run, slo: slo))
            }
        }
        if summaries.isEmpty { return refused ? .policy : .failure }

        if let svgPath = p.value("svg") { try System.writeFile(svgPath, Plot.svg(svgPanels(summaries), columns: 2)) }
        if p.flag("json") { Terminal.stdout(json(summaries, stream: stream)) }
        else if p.flag("csv") { Terminal.stdout(csv(summaries)) }
        else { Terminal.stdout(text(summaries, slo: slo)) }
        return failed ? .failure : refused ? .policy : .success
    }

    /// A one-line progress bar on a terminal's stderr, at most ten updates a second; nothing otherwise.
    final class Progress {
        let enabled: Bool
        var last = 0.0
        init(enabled: Bool) { self.enabled = enabled }
        func update(_ label: String, _ done: Int, _ total: Int?) {
            guard enabled else { return }
            let now = monotonicMs()
            if now - last < 100 && done != total { return }
            last = now
            var bar = ""
            if let t = total, t > 0 {
                let filled = done * 30 / t
                bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] \(done)/\(t)"
            } else {
                bar = "\(done) done"
            }
            System.write(fd: 2, "\r\u{1B}[K" + label + " " + bar)
        }
        func clear() { if enabled { System.write(fd: 2, "\r\u{1B}[K") } }
    }

    static func parity(_ ref: String, targets: [(TierSpec, String)], prompts: [BenchPrompt], levels: [Sensitivity], config: TierConfig,
                       p: ParsedArguments, maxTokens: Int, timeoutMs: Int, failedBefore: Bool) throws(TierError) -> ExitCode {
        let path = "tier bench"
        guard let refTier = config.tier(named: ref) else {
            var m = "\(path): --parity: unknown tier '\(ref)'"
            if let c = closestMatch(ref, in: config.tierNames) { m += "; did you mean '\(c)'?" }
            throw .usage(m)
        }
        guard let refModel = refTier.models.first?.id else { throw .usage("\(path): --parity: tier \(ref) has no model") }
        let under = targets.filter { $0.0.name != ref }
        if under.isEmpty { throw .usage("\(path): --parity needs a tier to test other than the reference (give --tier)") }
        guard let client = HTTPClient() else { throw .runtime("\(path): libcurl could not start") }
        let factory = Cascade.providerFactory(client: client, caFile: nil)
        let logPath = p.value("log") ?? config.log.path ?? RequestLog.defaultPath()
        // A prompt goes only where both sides may see it.
        let allowed = prompts.indices.filter { levels[$0] <= refTier.maxSensitivity }
        if allowed.count < prompts.count {
            Terminal.warning("\(prompts.count - allowed.count) prompt(s) not sent: their data may not reach the reference tier \(ref)")
        }
        if allowed.isEmpty { return .policy }
        var t = TextTable(["target", "reference", "pairs", "errors", "mean agreement", "agree >= 0.5", "mean confidence"])
        var wrote = 0
        for (tier, model) in under {
            let mine = allowed.filter { levels[$0] <= tier.maxSensitivity }.map { prompts[$0] }
            var agreements: [Double] = [], confidences: [Double] = []
            var errors = 0
            let u = Parity.Side(tier: tier, model: model), r = Parity.Side(tier: refTier, model: refModel)
            var logError: TierError? = nil
            Parity.run(prompts: mine, under: u, reference: r, config: config, provider: factory, maxTokens: maxTokens, timeoutMs: timeoutMs) { res in
                if let a = res.agreement { agreements.append(a) }
                if let c = res.confidence { confidences.append(c) }
                if res.error != nil { errors += 1 }
                do throws(TierError) { try RequestLog.append(Parity.logLine(res, under: u, reference: r), to: logPath); wrote += 1 } catch { logError = error }
            }
            if let e = logError { throw e }
            let mean = { (xs: [Double]) in xs.isEmpty ? "-" : Format.fixed(xs.reduce(0, +) / Double(xs.count), 3) }
            t.add(["\(tier.name)/\(model)", "\(ref)/\(refModel)", String(mine.count), String(errors), mean(agreements),
                   agreements.isEmpty ? "-" : Format.percent(Double(agreements.filter { $0 >= 0.5 }.count) / Double(agreements.count)), mean(confidences)])
        }
        Terminal.stdout(t.render())
        Terminal.stderr("tier bench: \(wrote) parity record\(wrote == 1 ? "" : "s") appended to \(logPath); run 'tier calibrate' to pick the threshold")
        return failedBefore ? .failure : .success
    }

    static func dist(_ d: Distribution?) -> [String] {
        guard let d else { return ["-", "-", "-", "-", "-"] }
        return [Format.ms(d.mean), Format.ms(d.p50), Format.ms(d.p90), Format.ms(d.p95), Format.ms(d.p99)]
    }

    static func text(_ summaries: [BenchSummary], slo: SLO) -> String {
        var s = ""
        for x in summaries {
            let errs = x.errors.map { "\($0.kind)×\($0.count)" }.joined(separator: " ")
            s += "\(x.target)  \(x.load.label)  (\(x.requests) requests, \(x.completed) ok, \(x.requests - x.completed) errors\(errs.isEmpty ? "" : ": " + errs); \(Format.fixed(x.wallMs / 1000, 2)) s)\n"
            s += "  throughput  \(Format.fixed(x.requestsPerSecond, 2)) req/s  \(x.tokensApproximate ? "~" : "")\(Format.fixed(x.outputTokensPerSecond, 1)) output tok/s"
            if let g = x.goodput { s += "  goodput \(Format.fixed(g, 2)) req/s" }
            s += "  client CPU \(Format.fixed(x.clientCPUMsPerRequest * 1000, 0)) µs/request\n"
            var t = TextTable(["metric (ms)", "mean", "p50", "p90", "p95", "p99"])
            t.add(["TTFT"] + dist(x.ttft))
            t.add(["first chunk"] + dist(x.firstChunk))
            t.add(["TPOT"] + dist(x.tpot))
            t.add(["ITL"] + dist(x.itl))
            t.add(["E2E"] + dist(x.e2e))
            if let lag = x.sendLag { t.add(["send lag"] + dist(lag)) }
            s += t.render(indent: "  ") + "\n"
        }
        if summaries.count > 1 {
            var t = TextTable(["target", "load", "req/s", "out tok/s", "TTFT p50", "TTFT p99", "E2E p50", "E2E p99", "errors"])
            for x in summaries {
                t.add([x.target, x.load.label, Format.fixed(x.requestsPerSecond, 2), (x.tokensApproximate ? "~" : "") + Format.fixed(x.outputTokensPerSecond, 1),
                       x.ttft.map { Format.ms($0.p50) } ?? "-", x.ttft.map { Format.ms($0.p99) } ?? "-",
                       x.e2e.map { Format.ms($0.p50) } ?? "-", x.e2e.map { Format.ms($0.p99) } ?? "-", String(x.requests - x.completed)])
            }
            s += t.render() + "\n"
        }
        // TTFT histograms, one per target (its last load point).
        var seen: Set<String> = []
        for x in summaries.reversed() where seen.insert(x.target).inserted && !x.ttftSamples.isEmpty {
            s += "TTFT histogram, \(x.target) \(x.load.label)\n" + histogram(x.ttftSamples) + "\n"
        }
        return s
    }

    /// Twelve bins from the minimum to the p99 (one more for the tail), bars scaled to 40 columns.
    static func histogram(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        let lo = sorted[0], hi = max(Distribution.percentile(sorted, 99), lo + 0.001)
        let bins = 12
        var counts = [Int](repeating: 0, count: bins + 1)
        for v in sorted {
            if v > hi { counts[bins] += 1; continue }
            counts[min(bins - 1, max(0, Int(saturating: (v - lo) / (hi - lo) * Double(bins))))] += 1
        }
        let top = max(1, counts.max()!)
        var t = TextTable(["ms", "count", ""])
        t.leftAligned = [0, 2]
        for b in 0..<bins {
            let a = lo + (hi - lo) * Double(b) / Double(bins), z = lo + (hi - lo) * Double(b + 1) / Double(bins)
            t.add(["\(Format.ms(a))-\(Format.ms(z))", String(counts[b]), String(repeating: "#", count: counts[b] * 40 / top)])
        }
        if counts[bins] > 0 { t.add(["> \(Format.ms(hi))", String(counts[bins]), String(repeating: "#", count: counts[bins] * 40 / top)]) }
        return t.render(indent: "  ")
    }

    static let targetColours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
    /// The load points of one target's histogram, lowest load darkest: a sequential palette (viridis), whose
    /// neighbours stay apart where shades of the target's colour would blur.
    static let loadColours = ["#440154", "#3b528b", "#21918c", "#5ec962", "#b5de2b", "#fde725"]

    /// The SVG's panels: latency against offered load (TTFT, then ITL) and a TTFT histogram per target
    /// with every load point of its sweep.
    static func svgPanels(_ summaries: [BenchSummary]) -> [PlotSpec] {
        var order: [String] = []
        for x in summaries where !order.contains(x.target) { order.append(x.target) }
        var panels = [latencySpec(summaries, order: order, metric: "TTFT", name: "time to first token") { $0.ttft },
                      latencySpec(summaries, order: order, metric: "ITL", name: "inter-token latency") { $0.itl }]
        panels += histogramSpecs(summaries, order: order)
        return panels
    }

    /// The offered load of a point: the rate when it has one (--rate, with --concurrency as a cap), else the concurrency.
    static func offeredLoad(_ x: BenchSummary) -> Double? {
        if let r = x.load.rate { return r }
        return x.load.concurrency.map(Double.init)
    }

    /// p50, p95 and p99 of one metric against the offered load: one colour per target, one dash per percentile.
    static func latencySpec(_ summaries: [BenchSummary], order: [String], metric: String, name: String,
                            _ pick: (BenchSummary) -> Distribution?) -> PlotSpec {
        let byRate = summaries.contains { $0.load.rate != nil }
        let loads = Set(summaries.compactMap(offeredLoad)).filter { $0.isFinite && $0 > 0 }.sorted()
        let percentiles: [(label: String, dash: String?, shape: PointShape, value: (Distribution) -> Double)] = [
            ("p50", nil, .circle, { $0.p50 }), ("p95", "7,4", .square, { $0.p95 }), ("p99", "2,3", .triangle, { $0.p99 })]
        var series: [PlotSeries] = []
        var values: [Double] = []
        var missing: [String] = []
        for (i, target) in order.enumerated() {
            let colour = targetColours[i % targetColours.count]
            let mine = summaries.filter { $0.target == target }
            var any = false
            for q in percentiles {
                let pts: [(x: Double, y: Double)] = mine.compactMap { x in
                    guard let load = offeredLoad(x), let d = pick(x) else { return nil }
                    let v = q.value(d)
                    return v.isFinite && v >= 0 && load.isFinite && load > 0 ? (load, v) : nil
                }.sorted { $0.x < $1.x }
                any = any || !pts.isEmpty
                values += pts.map(\.y)
                var line = PlotSeries(name: "\(target) \(q.label)", symbol: "*", colour: colour, points: pts,
                                      dash: q.dash, showPoints: true, inLegend: false)
                line.pointShape = q.shape
                series.append(line)
            }
            if !any { missing.append(target) }
        }
        // Legend: a swatch per target, then the three line styles.
        var legend = order.enumerated().map { i, t in
            LegendEntry(name: missing.contains(t) ? "\(t) (no \(metric) measured)" : t, colour: targetColours[i % targetColours.count])
        }
        legend += percentiles.enumerated().map { LegendEntry(name: $0.element.label, colour: "#333", line: true, dash: $0.element.dash, newRow: $0.offset == 0, shape: $0.element.shape) }
        // Log spacing when the sweep doubles (1, 2, 4, 8 ...); a little room so end marks are not cut.
        let logX = loads.count > 1 && loads[loads.count - 1] / loads[0] >= 4
        let xRange: ClosedRange<Double>
        if let lo = loads.first, let hi = loads.last, hi > lo {
            xRange = logX ? (lo / pow(hi / lo, 0.06))...(hi * pow(hi / lo, 0.06)) : (lo - (hi - lo) * 0.06)...(hi + (hi - lo) * 0.06)
        } else if let only = loads.first {
            xRange = (only * 0.5)...(only * 1.5)
        } else {
            xRange = 0...1
        }
        let positive = values.filter { $0 > 0 }
        let lo = positive.min() ?? 1, hi = max(values.max() ?? 1, lo)
        // Log latency when the range spans more than a factor of 20 (a queue building up, or cloud beside local).
        let logY = hi / lo > 20
        let yRange = logY ? (lo / 1.3)...(hi * 1.3) : 0...(hi > 0 ? hi * 1.1 : 1)
        var spec = PlotSpec(title: "\(metric) against offered load (p50, p95, p99)",
                            xLabel: byRate ? "offered load (requests/s)" : "offered load (concurrent requests)",
                            yLabel: "\(name) (ms)", xRange: xRange, yRange: yRange, series: series)
        spec.logX = logX
        spec.logY = logY
        spec.xTicks = loads
        spec.extraLegend = legend
        if values.isEmpty {
            spec.note = metric == "ITL" ? "no inter-token gaps (no stream, or one chunk each)" : "no request completed"
        } else if logY, case let zeros = values.filter({ $0 <= 0 }).count, zeros > 0 {
            // A log axis has no zero: say what it leaves out rather than drop it without a word.
            spec.note = "\(zeros) value\(zeros == 1 ? "" : "s") of 0 ms below this log axis not drawn"
        } else if loads.count == 1 {
            spec.note = "one load point; --concurrency 1,2,4 draws curves"
        }
        return spec
    }

    /// One panel per target: the share of its requests in each TTFT bin, a bar per load point, on bins from
    /// the target's fastest TTFT to its p99 (one range for all would squeeze a fast tier into a single bin
    /// beside a slow one; the curves above compare targets). One y scale for all.
    static func histogramSpecs(_ summaries: [BenchSummary], order: [String]) -> [PlotSpec] {
        var top = 0.0
        var specs: [PlotSpec] = []
        for (ti, target) in order.enumerated() {
            let mine = summaries.filter { $0.target == target }
            // Fewer, wider bins when many load points share each one: bars stay several pixels wide.
            let bins = mine.count <= 3 ? 16 : 12
            let all = mine.flatMap(\.ttftSamples).filter(\.isFinite).sorted()
            // Up to the p99 so that one straggler does not squeeze the rest into a bin; with few samples
            // the p99 interpolates below the slowest, which would hide it for nothing: then up to the slowest.
            let cut = all.isEmpty ? 1 : all.count <= 200 ? all[all.count - 1] : Distribution.percentile(all, 99)
            // At least a millisecond wide.
            let lo = all.first ?? 0, hi = max(cut, lo + 1)
            var series: [PlotSeries] = []
            var beyond = 0
            for (li, x) in mine.enumerated() {
                let xs = x.ttftSamples.filter(\.isFinite)
                var counts = [Double](repeating: 0, count: bins)
                for v in xs {
                    if v > hi { beyond += 1; continue }
                    counts[min(bins - 1, max(0, Int(saturating: (v - lo) / (hi - lo) * Double(bins))))] += 1
                }
                let share = counts.map { $0 / Double(max(1, xs.count)) }
                top = max(top, share.max() ?? 0)
                let colour = mine.count == 1 ? targetColours[ti % targetColours.count]
                    : loadColours[mine.count <= 2 ? li * 2 : min(loadColours.count - 1, li * (loadColours.count - 1) / max(1, mine.count - 1))]
                var bars = PlotSeries(name: "\(target) (\(x.load.label))", symbol: "#", colour: colour,
                                      points: share.enumerated().map { (lo + (hi - lo) * (Double($0.offset) + 0.5) / Double(bins), $0.element) })
                bars.legendName = x.load.label + (xs.isEmpty ? " (none completed)" : "")
                series.append(bars)
            }
            let binWidth = (hi - lo) / Double(bins)
            var spec = PlotSpec(title: "TTFT distribution, \(target)", xLabel: "time to first token (ms)", yLabel: "share of requests",
                                xRange: (lo - binWidth * 0.2)...(hi + binWidth * 0.2), yRange: 0...1, series: series, bars: true)
            let completed = mine.reduce(0) { $0 + $1.ttftSamples.count }
            if completed == 0 {
                spec.note = "no request completed (\(mine.reduce(0) { $0 + $1.requests }) sent)"
            } else if beyond > 0 {
                spec.note = "\(beyond) request\(beyond == 1 ? "" : "s") above the p99, \(Format.ms(hi)) ms, not shown"
            }
            specs.append(spec)
        }
        // One y scale for every histogram.
        for i in specs.indices { specs[i].yRange = 0...max(0.05, top * 1.1) }
        return specs
    }

    static func distJSON(_ d: Distribution?, _ w: inout JSONWriter) {
        guard let d else { w.null(); return }
        w.object { w in
            w.field("count", d.count)
            w.field("mean", d.mean, digits: 3)
            w.field("p50", d.p50, digits: 3)
            w.field("p90", d.p90, digits: 3)
            w.field("p95", d.p95, digits: 3)
            w.field("p99", d.p99, digits: 3)
            w.field("min", d.min, digits: 3)
            w.field("max", d.max, digits: 3)
        }
    }

    static func json(_ summaries: [BenchSummary], stream: Bool) -> String {
        var w = JSONWriter()
        w.object { w in
            w.field("stream", stream)
            w.field("units", "ms")
            w.key("results")
            w.array { w in
                for x in summaries {
                    w.object { w in
                        w.field("target", x.target)
                        w.key("concurrency"); if let c = x.load.concurrency { w.int(c) } else { w.null() }
                        w.key("rate"); if let r = x.load.rate { w.double(r, digits: 3) } else { w.null() }
                        w.field("requests", x.requests)
                        w.field("completed", x.completed)
                        w.key("errors"); w.object { w in for e in x.errors { w.key(e.kind); w.int(e.count) } }
                        w.field("wall_ms", x.wallMs, digits: 3)
                        w.field("requests_per_second", x.requestsPerSecond, digits: 3)
                        w.field("output_tokens_per_second", x.outputTokensPerSecond, digits: 3)
                        w.field("input_tokens", x.inputTokens)
                        w.field("output_tokens", x.outputTokens)
                        w.field("tokens_approximate", x.tokensApproximate)
                        w.key("goodput"); if let g = x.goodput { w.double(g, digits: 3) } else { w.null() }
                        w.field("client_cpu_us_per_request", x.clientCPUMsPerRequest * 1000, digits: 1)
                        w.field("peak_in_flight", x.peakInFlight)
                        w.key("ttft"); distJSON(x.ttft, &w)
                        w.key("first_chunk"); distJSON(x.firstChunk, &w)
                        w.key("tpot"); distJSON(x.tpot, &w)
                        w.key("itl"); distJSON(x.itl, &w)
                        w.key("e2e"); distJSON(x.e2e, &w)
                        w.key("send_lag"); distJSON(x.sendLag, &w)
                    }
                }
            }
        }
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func csv(_ summaries: [BenchSummary]) -> String {
        var cols = ["target", "concurrency", "rate", "requests", "completed", "errors", "requests_per_second", "output_tokens_per_second", "tokens_approximate", "goodput"]
        for m in ["ttft", "tpot", "itl", "e2e"] { for q in ["mean", "p50", "p90", "p95", "p99"] { cols.append("\(m)_\(q)_ms") } }
        var s = cols.joined(separator: ",") + "\n"
        for x in summaries {
            var row = [CSV.field(x.target), x.load.concurrency.map(String.init) ?? "", x.load.rate.map { formatDecimal($0, digits: 3) } ?? "",
                       String(x.requests), String(x.completed), String(x.requests - x.completed),
                       formatDecimal(x.requestsPerSecond, digits: 3), formatDecimal(x.outputTokensPerSecond, digits: 3),
                       x.tokensApproximate ? "true" : "false", x.goodput.map { formatDecimal($0, digits: 3) } ?? ""]
            for d in [x.ttft, x.tpot, x.itl, x.e2e] {
                if let d { row += [d.mean, d.p50, d.p90, d.p95, d.p99].map { formatDecimal($0, digits: 3) } }
                else { row += ["", "", "", "", ""] }
            }
            s += row.joined(separator: ",") + "\n"
        }
        return s
    }
}
