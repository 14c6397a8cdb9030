#if canImport(Glibc)
import Glibc
#endif
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import TierCore

/// `tier serve`: the OpenAI and Anthropic APIs over the same Ask pipeline as `tier ask`. Each chat
/// request is one `Ask.run` on a worker thread: the same scan, decision, cascade, breakers and log
/// record. The gateway only translates, authenticates, limits and counts.
public final class Gateway: @unchecked Sendable {
    public struct Settings {
        public var logPath: String?
        public var stateDirectory: String
        public var caFile: String?
        public var workers = 2048
        /// state.backend: redis: breakers, probes, the cascade window and client limits shared by the fleet.
        public var stateLink: RedisLink?
        public var statePrefix = "tier"
        public init(logPath: String?, stateDirectory: String, caFile: String? = nil) {
            self.logPath = logPath
            self.stateDirectory = stateDirectory
            self.caFile = caFile
        }
    }

    let settings: Settings
    private let configBox: NIOLockedValueBox<TierConfig>
    let health: any HealthState
    let metrics = Metrics()
    let limits: any ClientLimiting
    let pool: WorkerPool
    /// Whether loopback clients need no key: false once any key is configured.
    private let started = monotonicMs()

    public init(config: TierConfig, settings: Settings) {
        self.settings = settings
        configBox = NIOLockedValueBox(config)
        if let link = settings.stateLink {
            health = RedisHealthState(link: link, prefix: settings.statePrefix, fallback: MemoryHealthState(), mirror: true)
            limits = RedisClientLimits(link: link, prefix: settings.statePrefix, local: ClientLimits(spendPath: nil))
        } else {
            health = MemoryHealthState()
            limits = ClientLimits(spendPath: settings.stateDirectory + "/serve-spend.json")
        }
        pool = WorkerPool(limit: settings.workers)
        // Two workers start now, off the main thread: libcurl's global set-up (TLS libraries) and the
        // first threads are then ready before the first request, not paid for by it.
        for _ in 0..<min(2, settings.workers) { pool.submit { _ in } }
    }

    public var config: TierConfig { configBox.withLockedValue { $0 } }
    var maxBodyBytes: Int { config.serve.maxBodyBytes }

    /// Replaces the config (SIGHUP); requests in flight keep the one they started with.
    public func replaceConfig(_ c: TierConfig) { configBox.withLockedValue { $0 = c } }

    public func persistState() { limits.persist() }

    // MARK: dispatch

    func handle(_ request: IncomingRequest, _ responder: Responder) {
        let path = request.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.uri
        let style = APIStyle(path: path)
        func fail(_ e: APIError) { responder.respond(status: e.status, headers: e.headers(style), body: e.body(style)) }
        switch (request.method, path) {
        case (.GET, "/health"), (.HEAD, "/health"):
            responder.respond(status: 200, headers: [("content-type", "application/json")], body: Array(#"{"status":"ok"}"#.utf8))
        case (.GET, "/ready"):
            pool.submit { client in self.ready(client, responder) }
        case (.GET, "/metrics"):
            if let e = authenticate(request.headers).error { return fail(e) }
            responder.respond(status: 200, headers: [("content-type", "text/plain; version=0.0.4; charset=utf-8")], body: Array(renderMetrics().utf8))
        case (.GET, "/v1/models"):
            if let e = authenticate(request.headers).error { return fail(e) }
            let anthropic = request.headers.first(name: "anthropic-version") != nil
            responder.respond(status: 200, headers: [("content-type", "application/json")], body: models(anthropic: anthropic))
        case (.POST, "/v1/chat/completions"), (.POST, "/v1/messages"):
            let auth = authenticate(request.headers)
            if let e = auth.error {
                metrics.count("tier_client_requests_total", ["client", "unauthenticated", "status", String(e.status)])
                return fail(e)
            }
            if let key = auth.key, let e = limits.admit(key, nowMs: HealthStore.nowMs()) {
                metrics.count("tier_client_requests_total", ["client", key.name, "status", "429"])
                return fail(e)
            }
            let body = Array(request.body.readableBytesView)
            let headers = request.headers
            responder.hold()
            pool.submit { client in self.chat(style, body: body, headers: headers, key: auth.key, client: client, responder: responder) }
        case (_, "/health"), (_, "/ready"), (_, "/metrics"), (_, "/v1/models"), (_, "/v1/chat/completions"), (_, "/v1/messages"):
            fail(APIError(status: 405, kind: .invalidRequest, message: "\(request.method) is not allowed on \(path)"))
        default:
            fail(APIError(status: 404, kind: .notFound, message: "no such endpoint: \(path) (tier serves /v1/chat/completions, /v1/messages, /v1/models, /health, /ready, /metrics)"))
        }
    }

    /// The client's key, checked against the configured hashes; none needed when none are configured.
    func authenticate(_ headers: HTTPHeaders) -> (key: ClientKey?, error: APIError?) {
        let keys = config.serve.keys
        guard !keys.isEmpty else { return (nil, nil) }
        var presented: String? = nil
        if let a = headers.first(name: "authorization") {
            let parts = a.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { presented = String(parts[1]) }
        }
        if presented == nil { presented = headers.first(name: "x-api-key") }
        guard let k = presented, !k.isEmpty else {
            return (nil, APIError(status: 401, kind: .authentication, message: "an API key is required (Authorization: Bearer KEY, or x-api-key)", code: "invalid_api_key"))
        }
        let hash = sha256Hex(k)
        guard let key = keys.first(where: { $0.sha256 == hash }) else {
            // Never echo the key, not even masked: a client's typo may be another client's key.
            return (nil, APIError(status: 401, kind: .authentication, message: "the API key is not one of this gateway's keys", code: "invalid_api_key"))
        }
        return (key, nil)
    }

    // MARK: chat

    func chat(_ style: APIStyle, body: [UInt8], headers: HTTPHeaders, key: ClientKey?, client: HTTPClient, responder: Responder) {
        // The request stays in flight (for a graceful stop) until its record is written, after the response.
        defer { responder.release() }
        let config = self.config
        let endpoint = style == .openai ? "chat_completions" : "messages"
        let parsed: ParsedChat
        do {
            let v = try ChatParsing.parseBody(body)
            let header: (String) -> String? = { headers.first(name: $0) }
            parsed = style == .openai
                ? try OpenAIEndpoint.parse(v, config: config, maxMessages: config.serve.maxMessages, header: header)
                : try AnthropicEndpoint.parse(v, config: config, maxMessages: config.serve.maxMessages, header: header)
        } catch {
            metrics.count("tier_gateway_requests_total", ["endpoint", endpoint, "outcome", "bad_request", "tier", "none"])
            responder.respond(status: error.status, headers: error.headers(style), body: error.body(style))
            return
        }
        let id = RequestLog.newID()
        let created = Int(HealthStore.nowMs() / 1000)
        var openAIStream = OpenAIEndpoint.Stream(id: id, created: created)
        openAIStream.logprobsTop = parsed.logprobs
        let stream = StreamState(style == .openai ? openAIStream : AnthropicEndpoint.Stream(id: id))
        let caFile = settings.caFile
        var context = AskContext(
            clock: .live, wallMs: { HealthStore.nowMs() }, timestamp: { RequestLog.timestamp() }, newID: { id },
            stateDirectory: settings.stateDirectory, logPath: settings.logPath,
            providers: { (tier: TierSpec, timeouts: HTTPTimeouts) throws(ProviderError) -> ChatProvider in
                if responder.cancelled { throw .interrupted }
                let apiKey = try APIKey.resolve(tier)
                return AdapterChatProvider(adapter: tier.adapter, client: client, base: tier.endpoint, apiKey: apiKey,
                                           timeouts: timeouts, caFile: caFile, proxy: tier.proxyChoice)
            },
            probe: { HealthProbe.probe($0, client: client) },
            stdout: { text in responder.send(stream.text(text)) })
        context.health = health
        // The stream's head and first event, once the answering tier is known.
        let beginStream = { (tier: String, model: String, confidence: Double?) in
            responder.startStream(status: 200, headers: Gateway.streamHeaders + Gateway.tierHeaders(tier: tier, model: model, confidence: confidence, id: id))
            responder.send(stream.start(model: model))
        }
        if parsed.stream { context.answerStarts = beginStream }
        var options = AskOptions()
        options.printAnswer = parsed.stream
        options.stream = true
        options.source = "serve"
        options.mayQueue = false
        options.callerAppendsLog = true
        options.client = key?.name
        options.endpoint = endpoint
        client.shouldStop = { responder.cancelled }
        let outcome = Ask.run(parsed.ask, config: config, context: context, options: options)
        client.shouldStop = nil

        switch outcome.result {
        case .success(let r):
            if parsed.stream {
                if !responder.headSent { beginStream(r.tier, r.model, r.confidence) }
                if outcome.exitCode == .success { responder.send(stream.end(r, includeUsage: parsed.includeUsage)) }
                responder.finishStream(close: outcome.exitCode != .success)
            } else {
                let bytes = style == .openai ? OpenAIEndpoint.whole(r, id: id, created: created, logprobsTop: parsed.logprobs) : AnthropicEndpoint.whole(r, id: id)
                responder.respond(status: 200, headers: [("content-type", "application/json")]
                                  + Gateway.tierHeaders(tier: r.tier, model: r.model, confidence: r.confidence, id: id), body: bytes)
            }
        case .failure(let f):
            let e = Gateway.apiError(f, message: outcome.message, decision: outcome.decision)
            if responder.headSent {
                // The stream began: the failure goes in-band, and the stream never ends cleanly.
                responder.send(stream.error(e))
                responder.finishStream(close: true)
            } else if !responder.cancelled {
                responder.respond(status: e.status, headers: e.headers(style) + [("x-tier-request-id", id)], body: e.body(style))
            } else {
                responder.finishStream(close: true)
            }
        }
        // After the response is on its way: the log record, the metrics and the spend.
        if let path = settings.logPath {
            do throws(TierError) { try RequestLog.append(outcome.record.encoded(), to: path) } catch {
                serveWarning("tier serve: could not append to the request log: \(error.messages.joined())\n")
            }
        }
        metrics.record(outcome.record, endpoint: endpoint, providers: providerNames(config))
        if let key {
            limits.addSpend(key.name, usd: outcome.record.attempts.reduce(0) { $0 + ($1.costUSD ?? 0) })
            metrics.count("tier_client_requests_total", ["client", key.name, "status", outcome.exitCode == .success ? "200" : "error"])
        }

    }

    func providerNames(_ config: TierConfig) -> [String: String] {
        var names: [String: String] = [:]
        for t in config.tiers { names[t.name] = t.provider.rawValue }
        return names
    }

    static let streamHeaders = [("content-type", "text/event-stream"), ("cache-control", "no-cache")]

    static func tierHeaders(tier: String, model: String, confidence: Double?, id: String) -> [(String, String)] {
        var h = [("x-tier-tier", tier), ("x-tier-model", model), ("x-tier-request-id", id)]
        if let c = confidence { h.append(("x-tier-confidence", formatDecimal(c, digits: 4))) }
        return h
    }

    /// The pipeline's failure as the client's error: a privacy refusal is 403 naming the boundary; no tier
    /// up is 503; a tier's rejection keeps its meaning (context length is the client's 400, a bad key
    /// of the gateway's own is 502).
    static func apiError(_ f: AskFailure, message: String?, decision: RouteDecision) -> APIError {
        switch f {
        case .refused(let why):
            var text = why.replacingOccurrences("--tier ", with: "model ")
            if text.hasPrefix("refused: ") { text.removeFirst(9) }
            return APIError(status: 403, kind: .permission, message: "refused by the privacy policy: \(text)", code: "privacy_boundary")
        case .unavailable:
            return APIError(status: 503, kind: .unavailable, message: message ?? "every allowed tier is unavailable", code: "tiers_unavailable", retryAfterSeconds: 5)
        case .rejected(let tier, let error, _):
            switch error {
            case .contextLength(let m):
                return APIError(status: 400, kind: .invalidRequest, message: "tier \(tier): context length exceeded: \(m)", code: "context_length_exceeded")
            case .http(let s, let m) where s >= 400 && s < 500 && s != 401 && s != 403 && s != 429:
                return APIError(status: s == 404 ? 502 : s, kind: s == 404 ? .upstream : .invalidRequest, message: "tier \(tier) rejected the request: \(m)")
            default:
                return APIError(status: 502, kind: .upstream, message: "tier \(tier) rejected the request: \(error.message)", code: "upstream_error")
            }
        case .cutAfterOutput(let tier, _):
            return APIError(status: 502, kind: .upstream, message: message ?? "the answer from \(tier) was cut off", code: "stream_cut")
        case .interrupted:
            return APIError(status: 503, kind: .unavailable, message: "the request was cancelled", code: "cancelled")
        }
    }

    // MARK: the other endpoints

    func ready(_ client: HTTPClient, _ responder: Responder) {
        let config = self.config
        let now = HealthStore.nowMs()
        let records = HealthProbe.refresh(config: config, records: health.load(now: now), store: health, now: now,
                                          probe: { HealthProbe.probe($0, client: client) })
        let h = HealthStore.health(config: config, records: records, now: now)
        var w = JSONWriter()
        var up = 0
        w.object { w in
            w.key("tiers")
            w.object { w in
                for t in config.tiers {
                    w.key(t.name)
                    if case .unavailable(let why) = h.state(t.name) { w.string("unavailable: " + why) } else { up += 1; w.string("up") }
                }
            }
        }
        var out = JSONWriter()
        out.object { o in o.field("status", up > 0 ? "ready" : "unavailable"); o.key("detail"); o.appendRawValue(w.bytes) }
        responder.respond(status: up > 0 ? 200 : 503, headers: [("content-type", "application/json")], body: out.bytes)
    }

    func models(anthropic: Bool) -> [UInt8] {
        let config = self.config
        var ids = ["auto"]
        for t in config.tiers {
            ids.append(t.name)
            for m in t.models { ids.append(t.name + "/" + m.role) }
        }
        var w = JSONWriter()
        w.object { w in
            if !anthropic { w.field("object", "list") }
            w.key("data")
            w.array { w in
                for id in ids {
                    w.object { w in
                        w.field("id", id)
                        if anthropic {
                            w.field("type", "model"); w.field("display_name", id); w.field("created_at", "2026-01-01T00:00:00Z")
                        } else {
                            w.field("object", "model"); w.field("created", 0); w.field("owned_by", "tier")
                        }
                    }
                }
            }
            if anthropic { w.field("has_more", false); w.field("first_id", ids.first!); w.field("last_id", ids.last!) }
        }
        return w.bytes
    }

    func renderMetrics() -> String {
        let config = self.config
        let now = HealthStore.nowMs()
        let records = health.load(now: now)
        var breaker: [([String], Double)] = []
        for t in config.tiers { breaker.append((["tier", t.name], (records[t.name]?.openUntil ?? 0) > now ? 1 : 0)) }
        return metrics.render(gauges: [
            ("tier_breaker_open", "1 while a tier's circuit breaker is open (the tier is skipped).", breaker),
            ("tier_gateway_workers", "Worker threads started (each holds at most one request).", [([], Double(pool.threads))]),
            ("tier_state_backend_up", "1 while the state backend answers; 0 while Redis is unreachable and this replica uses local state.",
             [(["backend", settings.stateLink == nil ? "memory" : "redis"], (settings.stateLink?.isUp ?? true) ? 1 : 0)]),
            ("tier_gateway_uptime_seconds", "Seconds since the gateway started.", [([], ((monotonicMs() - started) / 1000).rounded())]),
        ])
    }
}

/// The stream renderer, mutable from the pipeline's callbacks on the worker thread.
final class StreamState: @unchecked Sendable {
    var renderer: any ChatStream
    init(_ r: any ChatStream) { renderer = r }
    func start(model: String) -> [UInt8] { renderer.start(model: model) }
    func text(_ t: String) -> [UInt8] { renderer.text(t) }
    func end(_ r: AskResult, includeUsage: Bool) -> [UInt8] { renderer.end(r, includeUsage: includeUsage) }
    func error(_ e: APIError) -> [UInt8] { renderer.error(e) }
}
