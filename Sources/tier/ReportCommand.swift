#if canImport(Glibc)
import Glibc
#endif
import TierCore

enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "where requests went, what they cost, how fast, and whether local quality holds, from request logs",
        usage: ["tier report [options] [FILE|GLOB ...]", "tier report --since 7d --html report.html logs/*.jsonl"],
        discussion: [
            "Reads one or more request logs (default: the request log 'tier ask' writes, log.path in the config or $XDG_STATE_HOME/tier/requests.jsonl). FILEs may be globs ('hosts/*/requests.jsonl', quoted or not); the logs of several hosts are merged by time: every count is kept per period of the record's own UTC time.",
            "It reports: requests and share per tier (share of answered requests by final tier); the escalation rate (requests with an escalated attempt, of all requests) and the fallback rate (answered requests where an attempt failed or was skipped), per period with their least-squares trend, and the cascade breaker's trips; refusals by sensitivity (outcomes refused and rejected); errors by tier and kind (failed and skipped attempts); TTFT and total latency per tier over the attempts that produced an answer (answered or escalated), p50/p95/p99 by nearest rank (the value at rank ceil(q × n)), and the request's own total; tokens and cost per tier over every attempt (cost_usd as logged; a line without it is priced now from its tokens, device tiers at 0).",
            "Cloud-only: each answered request's answering attempt's tokens priced at one cloud model: --cloud-model, else the config's most expensive external tier model (highest input + output price per 1M tokens). Prices come from the config's pricing, then --prices (LiteLLM's JSON), then the built-in table; the report names the source.",
            "Agreement: shadow samples ('tier ask' with routing.shadow_rate) and 'tier bench --parity' pairs (source bench_parity, counted apart from requests), per period: the share with agreement >= 0.5, its 95% Wilson interval, and the mean local confidence it was judged at. A period whose interval lies wholly below the pooled rate of all earlier periods is flagged DROP.",
            "A malformed line (not JSON, no outcome, a time that is not RFC 3339 UTC, a number out of range) is a FILE:LINE:COL warning on standard error and is skipped. A missing or unreadable file, or a glob that matches nothing, is an error (exit 1).",
        ],
        options: [
            OptionSpec("since", .value("WHEN"), help: "Only records at or after WHEN: a date (2026-11-01), an RFC 3339 time, or an age (7d, 12h)."),
            OptionSpec("by", .value("GROUP"), default: "day", completion: .choices(ReportGrouping.allCases.map(\.rawValue)), help: "The breakdown table: per day or hour (also the charts' period), or per task type or final tier."),
            OptionSpec("cloud-model", .value("MODEL"), help: "The model the cloud-only cost is priced at (default: the config's most expensive external tier model)."),
            OptionSpec("prices", .value("FILE"), help: "Prices in LiteLLM's model_prices_and_context_window.json format, before the built-in table."),
            OptionSpec("json", help: "One JSON document on standard output instead of the tables."),
            OptionSpec("html", .value("FILE"), help: "Also write a self-contained HTML page with charts (no scripts, no network) to FILE."),
            RouteCommand.configOption,
        ],
        positional: PositionalSpec("FILE", repeatable: true, completion: .file, help: "Request logs or globs (default: the request log)."),
        examples: [
            ("tier report", "The request log, per day."),
            ("tier report --since 7d --by task", "The last week, broken down by task type."),
            ("tier report --html report.html 'hosts/*/requests.jsonl'", "Several hosts' logs merged, with a page of charts."),
        ],
        exitCodes: [.success, .failure, .usage, .config]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier report"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        var settings = ReportSettings()
        if let s = p.value("since") { settings.since = try CalibrateCommand.since(s, path: path) }
        settings.grouping = ReportGrouping(rawValue: p.value("by") ?? "day") ?? .day
        let config: TierConfig? = p.value("config") != nil ? try RouteCommand.loadConfig(p) : (try? RouteCommand.loadConfig(p))
        let table = try p.value("prices").map { (f) throws(TierError) in try PriceTable.load(path: f) }

        if let c = config {
            settings.deviceTiers = Set(c.tiers.filter { $0.boundary == .device }.map(\.name))
            settings.tierOrder = c.tiers.map(\.name)
            let tiersByName = Dictionary(c.tiers.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            settings.price = { tier, model in
                if tiersByName[tier]?.boundary == .device { return nil }  // counted at 0 by the reader
                return Prices.lookup(model: model, config: c, table: table)?.price
            }
        }
        // The cloud reference: the flag, else the dearest external model the config names.
        if let m = p.value("cloud-model") {
            guard let hit = lookup(m, config: config, table: table) else {
                var msg = "\(path): --cloud-model '\(m)' has no price (config pricing, --prices, built-in table of \(Prices.asOf))"
                if let s = Prices.suggestion(for: m, table: table) { msg += "; did you mean '\(s)'?" }
                throw .usage(msg)
            }
            settings.cloudModel = m
            settings.cloudPrice = hit.price
            settings.cloudPriceSource = hit.source.description
        } else if let c = config {
            var best: (model: String, price: ModelPrice, source: String)? = nil
            for t in c.tiers where t.boundary == .external {
                for m in t.models {
                    guard let hit = Prices.lookup(model: m.id, config: c, table: table) else { continue }
                    if best == nil || hit.price.input + hit.price.output > best!.price.input + best!.price.output {
                        best = (m.id, hit.price, hit.source.description)
                    }
                }
            }
            if let b = best { settings.cloudModel = b.model; settings.cloudPrice = b.price; settings.cloudPriceSource = b.source }
        }

        // The inputs: globs expanded, each file checked before any is read.
        var inputs: [String] = []
        if p.positionals.isEmpty {
            let log = config?.log.path ?? RequestLog.defaultPath()
            if !System.fileExists(log) {
                throw .io(path: log, message: "no request log yet (run 'tier ask', or name a FILE)")
            }
            inputs = [log]
        }
        for a in p.positionals {
            if a != "-" && a.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) && !System.fileExists(a) {
                let matches = expand(a)
                if matches.isEmpty { throw .io(path: a, message: "no file matches this pattern") }
                inputs += matches
            } else {
                if a != "-" && !System.fileExists(a) { throw .io(path: a, message: "no such file") }
                if a != "-" && System.isDirectory(a) { throw .io(path: a, message: "is a directory") }
                inputs.append(a)
            }
        }

        var acc = ReportAccumulator(settings: settings)
        for file in inputs { try acc.read(path: file) }
        for d in acc.diagnostics { Terminal.diagnostic(d, severity: "warning") }
        if acc.malformedCount > acc.diagnostics.count {
            Terminal.warning("\(acc.malformedCount - acc.diagnostics.count) more malformed lines not shown")
        }
        if acc.malformedCount > 0 {
            let lines = acc.files.reduce(0) { $0 + $1.lines }
            Terminal.warning("skipped \(acc.malformedCount) malformed line\(acc.malformedCount == 1 ? "" : "s") of \(lines)")
        }
        let report = acc.finish()
        if let html = p.value("html") {
            try System.writeFile(html, report.html())
        }
        Terminal.stdout(p.flag("json") ? report.json() : report.text())
        return .success
    }

    /// A price from the config (when one loads), then --prices, then the built-in table.
    static func lookup(_ model: String, config: TierConfig?, table: PriceTable?) -> (price: ModelPrice, source: Prices.Source)? {
        if let c = config { return Prices.lookup(model: model, config: c, table: table) }
        let bare = Prices.bareModel(model)
        if let t = table, let hit = t.lookup(model) ?? t.lookup(bare) { return (hit.price, .file(hit.key)) }
        let best = Prices.builtIn.filter { bare.hasPrefix($0.prefix) }.max { $0.prefix.count < $1.prefix.count }
        return best.map { ($0.price, .builtIn(prefix: $0.prefix)) }
    }

    /// A glob's matches, sorted (glob(3) sorts them).
    static func expand(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, 0, nil, &g) == 0 else { return [] }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let c = g.gl_pathv[i] { out.append(String(cString: c)) }
        }
        return out.filter { !System.isDirectory($0) }
    }
}
