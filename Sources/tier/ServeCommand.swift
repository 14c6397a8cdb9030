#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import TierCore
import TierGateway

/// `tier serve`: the OpenAI- and Anthropic-compatible gateway over the same pipeline as `tier ask`.
enum ServeCommand {
    static let spec = CommandSpec(
        name: "serve",
        summary: "an OpenAI- and Anthropic-compatible gateway with the same routing, cascade and privacy lock as ask",
        usage: ["tier serve [--config FILE] [--listen HOST:PORT]"],
        discussion: [
            "Endpoints: POST /v1/chat/completions (OpenAI), POST /v1/messages (Anthropic), GET /v1/models, GET /health (liveness), GET /ready (some tier is up), GET /metrics (Prometheus). model 'auto' lets tier route; a tier name or TIER/ROLE forces a tier, still under the privacy policy (a refusal is 403 naming the boundary). Which tier answered is in the headers x-tier-tier, x-tier-model, x-tier-confidence and x-tier-request-id, never in the answer.",
            "Hints come from the headers x-tier-task, x-tier-latency and x-tier-sensitivity (lowering the scan's level needs x-tier-consent: true). Every message of a conversation, every tool call and tool definition is scanned: personal data in any turn keeps the request on tiers that may see it.",
            "Client keys (serve.keys or serve.key_file in the config) are stored as SHA-256 hashes, each with an optional requests_per_minute and monthly_budget_usd; over a limit the answer is 429 with Retry-After. Listening beyond loopback needs client keys, or --insecure-no-auth.",
            "SIGTERM or SIGINT stops accepting, lets requests in flight finish (serve.grace_period, default 30s), then exits 0. SIGHUP reloads the config; a bad config keeps the old one and says why at FILE:LINE:COL on stderr. Health, breakers and client limits are kept in memory and shared by all requests (with state.backend: redis, in Redis and shared by every replica; while Redis is unreachable each replica uses its memory and /metrics shows tier_state_backend_up 0); each request is logged to the request log as ask logs it (with the client key's name, never the key).",
        ],
        options: [
            RouteCommand.configOption,
            OptionSpec("listen", .value("HOST:PORT"), help: "Where to listen; default serve.listen, else 127.0.0.1:8787. Port 0 takes a free port (printed on stderr)."),
            OptionSpec("insecure-no-auth", help: "Allow listening beyond loopback with no client keys: anyone who can reach the port can use every tier."),
            OptionSpec("no-log", help: "Do not append to the request log."),
            OptionSpec("ca-file", .value("FILE"), help: "An extra CA bundle for TLS verification of the tiers (verification stays on)."),
            OptionSpec("workers", .value("N"), default: "2048", help: "The most requests handled at once (one thread each while it waits on a tier)."),
        ],
        examples: [
            ("tier serve", "Listen on 127.0.0.1:8787."),
            ("OPENAI_BASE_URL=http://127.0.0.1:8787/v1 python agent.py", "Point an OpenAI SDK at it (model=\"auto\")."),
            ("kill -HUP $(pidof tier)", "Reload the config."),
        ],
        exitCodes: [.success, .failure, .usage, .config]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier serve"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        if let extra = p.positionals.first { throw .usage("\(path): unexpected argument '\(extra.prefix(40))'") }
        let source: ConfigSource
        if let c = p.value("config") { source = p.fromEnvironment.contains("config") ? .environment(c) : .flag(c) } else { source = ConfigLoader.locate(flag: nil) }
        let config = try ConfigLoader.load(source: source)
        for w in config.warnings { Terminal.warning(w.description) }

        let listenText = p.value("listen") ?? config.serve.listen
        let listen: ListenAddress
        if let t = listenText {
            guard let a = ListenAddress.parse(t) else { throw .usage("\(path): --listen needs HOST:PORT (a port from 0 to 65535), got '\(t.prefix(60))'") }
            listen = a
        } else {
            listen = .defaultValue
        }
        if !listen.isLoopback && config.serve.keys.isEmpty && !p.flag("insecure-no-auth") {
            throw .usage("\(path): listening on \(listen.description) (beyond loopback) needs client keys (serve.keys in the config), or --insecure-no-auth")
        }
        guard let w = Int(p.value("workers") ?? "2048"), w >= 1, w <= 100_000 else {
            throw .usage("\(path): --workers needs a whole number from 1 to 100000")
        }
        if let ca = p.value("ca-file"), !System.fileExists(ca) { throw .usage("\(path): --ca-file \(ca): no such file") }

        var settings = Gateway.Settings(logPath: p.flag("no-log") ? nil : (config.log.path ?? RequestLog.defaultPath()),
                                        stateDirectory: RequestLog.stateDirectory(), caFile: p.value("ca-file"))
        settings.workers = w
        settings.stateLink = try RedisLink.make(config.state)
        settings.statePrefix = config.state.prefix
        try PrivateFiles.ensureDirectory(settings.stateDirectory)
        let gateway = Gateway(config: config, settings: settings)
        let server = GatewayServer(gateway: gateway, threads: max(1, min(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 8)))

        // Signals arrive on a queue of their own, not in a handler: stopping and reloading do real work.
        for s in [SIGTERM, SIGINT, SIGHUP] { signal(s, SIG_IGN) }
        let queue = DispatchQueue(label: "tier.serve.signals")
        let stopped = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for s in [SIGTERM, SIGINT] {
            let src = DispatchSource.makeSignalSource(signal: s, queue: queue)
            src.setEventHandler {
                Terminal.stderr("tier serve: stopping: no new connections; waiting for requests in flight\n")
                server.stop(graceMs: gateway.config.serve.gracePeriod.milliseconds)
                stopped.signal()
            }
            src.resume()
            sources.append(src)
        }
        let hup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: queue)
        hup.setEventHandler {
            do throws(TierError) {
                let fresh = try ConfigLoader.load(source: source)
                gateway.replaceConfig(fresh)
                Terminal.stderr("tier serve: config reloaded from \(source.path ?? "the embedded default")" +
                                (fresh.serve.listen.map { $0 != listenText ? " (serve.listen \($0) takes effect on restart)" : "" } ?? "") + "\n")
            } catch {
                for m in error.messages { Terminal.stderr("tier serve: config not reloaded, the old one stays: \(m)\n") }
            }
        }
        hup.resume()
        sources.append(hup)
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 5, repeating: 5)
        timer.setEventHandler { gateway.persistState() }
        timer.resume()

        let bound: String
        do { bound = try server.bind(host: listen.host, port: listen.port) } catch {
            throw .io(path: listen.description, message: "cannot listen: \(error)")
        }
        Terminal.stderr("tier serve: listening on http://\(bound)\n")
        stopped.wait()
        timer.cancel()
        gateway.persistState()
        _ = sources
        return .success
    }
}
