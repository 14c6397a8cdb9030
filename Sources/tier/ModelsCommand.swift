import TierCore

/// `tier models`: every tier, what the config says of it, what its server lists, and its shared health.
enum ModelsCommand {
    static let spec = CommandSpec(
        name: "models",
        summary: "list every tier: provider, endpoint, boundary, configured models, what the server lists, health",
        usage: ["tier models [--json] [--offline]"],
        discussion: [
            "Each server is asked for its model list once (a cheap GET with the tier's key, never a completion), unless --offline. Health and breaker state come from the state file that ask shares (it is not changed here).",
        ],
        options: [
            OptionSpec("json", help: "Print one JSON object per tier, one per line."),
            OptionSpec("offline", help: "Do not ask the servers; show only the config and the shared health."),
            RouteCommand.configOption,
        ],
        examples: [("tier models", "A table of the tiers."), ("tier models --json | jq .server_models", "What each server serves.")],
        exitCodes: [.success, .usage, .config]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        guard let p = try RootCommand.parse(args, spec, path: "tier models") else { return .success }
        let config = try RouteCommand.loadConfig(p)
        let records = HealthStore.load()
        let health = HealthStore.health(config: config, records: records)
        let client = p.flag("offline") ? nil : HTTPClient()
        var table = TextTable(["tier", "provider", "boundary", "endpoint", "models", "server lists", "health"])
        for t in config.tiers {
            var listed: [String]? = nil
            var listError: String? = nil
            if let client {
                let key = try? APIKey.resolve(t)
                if let (url, headers) = t.provider.adapter.modelList(base: t.endpoint, apiKey: key ?? nil) {
                    var r = HTTPRequest(url: url, headers: headers, body: [])
                    r.method = "GET"
                    r.proxy = t.proxyChoice
                    r.connectTimeoutMs = 1_000
                    r.totalTimeoutMs = 3_000
                    var body: [UInt8] = []
                    do {
                        let head = try client.send(r) { _, chunk in body.append(contentsOf: chunk); return body.count < 8 << 20 }
                        if head.status == 200 { listed = t.provider.adapter.modelIDs(body) } else { listError = "HTTP \(head.status)" }
                    } catch {
                        listError = ProviderError.from(error, outputStarted: false).kind
                    }
                }
            }
            let state: String
            switch health.state(t.name) {
            case .unavailable(let why): state = "unavailable: " + why
            case .available: state = "available"
            case .unknown: state = records[t.name].map { $0.consecutiveFailures > 0 ? "\($0.consecutiveFailures) recent failures" : "ok" } ?? "no record"
            }
            if p.flag("json") {
                var w = JSONWriter()
                w.object { w in
                    w.field("tier", t.name)
                    w.field("provider", t.provider.rawValue)
                    w.field("endpoint", t.endpoint)
                    w.field("boundary", t.boundary.rawValue)
                    w.field("boundary_explicit", t.boundaryIsExplicit)
                    w.field("max_sensitivity", t.maxSensitivity.name)
                    w.key("models"); w.object { w in for m in t.models { w.key(m.role); w.string(m.id) } }
                    w.key("server_models"); if let l = listed { w.array { w in for m in l { w.string(m) } } } else { w.null() }
                    w.field("server_error", listError)
                    w.field("health", state)
                    w.key("breaker")
                    w.object { w in
                        let r = records[t.name]
                        w.field("consecutive_failures", r?.consecutiveFailures ?? 0)
                        w.field("open", (r?.openUntil ?? 0) > HealthStore.nowMs())
                        w.field("last_error", r?.lastError)
                    }
                }
                w.newline()
                w.buffer.withBytes { System.write(fd: 1, $0) }
            } else {
                let lists = listed.map { $0.isEmpty ? "(none)" : $0.prefix(4).joined(separator: ", ") + ($0.count > 4 ? ", +\($0.count - 4)" : "") }
                    ?? listError.map { "(\($0))" } ?? (client == nil ? "(offline)" : "(no list)")
                table.add([t.name, t.provider.rawValue, t.boundary.rawValue + (t.boundaryIsExplicit ? "" : " (derived)"), t.endpoint,
                           t.models.map { "\($0.role)=\($0.id)" }.joined(separator: " "), lists, state])
            }
        }
        if !p.flag("json") { Terminal.stdout(table.render()) }
        return .success
    }
}
