import Foundation
import Testing

/// A real redis-server (Debian's) on a free loopback port, nothing saved to disk. Missing redis-server
/// is a failure, not a skip: scripts/install-deps.sh installs it.
final class RedisProcess: @unchecked Sendable {
    let port: Int
    let dir: String
    private(set) var process: Process?

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-server"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-cli") else {
            throw TestFailure("redis-server and redis-cli are needed (Debian's redis-server; scripts/install-deps.sh installs it)")
        }
        port = freePort()
        dir = scratchDirectory()
        try start()
    }

    var url: String { "redis://127.0.0.1:\(port)/0" }

    func start() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/redis-server")
        p.arguments = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        process = p
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if cli(["PING"]) == "PONG" { return }
            usleep(20_000)
        }
        throw TestFailure("redis-server did not answer PING on port \(port)")
    }

    func stop() {
        guard let p = process else { return }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        process = nil
    }

    /// One command through redis-cli; its output without the trailing newline.
    @discardableResult
    func cli(_ args: [String]) -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/redis-cli")
        p.arguments = ["-h", "127.0.0.1", "-p", String(port)] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try? p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { stop() }
}

/// Debian's nginx in front of the replicas, from a config generated into a scratch directory. The
/// response header x-upstream says which replica answered.
final class NginxProcess: @unchecked Sendable {
    let port: Int
    let dir: String
    let process = Process()
    var base: String { "127.0.0.1:\(port)" }

    init(upstreams: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") else {
            throw TestFailure("nginx is needed (Debian's nginx; scripts/install-deps.sh installs it)")
        }
        port = freePort()
        dir = scratchDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/tmp", withIntermediateDirectories: true)
        chmod(dir + "/tmp", 0o777)
        write(NginxProcess.config(port: port, dir: dir, upstreams: upstreams), to: dir + "/nginx.conf")
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/nginx")
        process.arguments = ["-p", dir, "-c", dir + "/nginx.conf", "-g", "daemon off;"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if httpGet("http://\(base)/health") != nil { return }
            if !process.isRunning { break }
            usleep(20_000)
        }
        throw TestFailure("nginx did not start: \(readText(dir + "/error.log") ?? "")")
    }

    /// The README's example, with this test's ports and paths.
    static func config(port: Int, dir: String, upstreams: [String]) -> String {
        """
        worker_processes 1;
        error_log \(dir)/error.log warn;
        pid \(dir)/nginx.pid;
        events { worker_connections 1024; }
        http {
          access_log off;
          client_body_temp_path \(dir)/tmp/body;
          proxy_temp_path \(dir)/tmp/proxy;
          fastcgi_temp_path \(dir)/tmp/fastcgi;
          uwsgi_temp_path \(dir)/tmp/uwsgi;
          scgi_temp_path \(dir)/tmp/scgi;
          upstream tier {
        \(upstreams.map { "    server \($0) max_fails=1 fail_timeout=10s;" }.joined(separator: "\n"))
            keepalive 16;
          }
          server {
            listen 127.0.0.1:\(port);
            location / {
              proxy_pass http://tier;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              # A replica that refuses the connection or answers 502 before anything was sent is skipped;
              # a POST that reached a replica is never sent again (no non_idempotent), so no chat request
              # is answered twice.
              proxy_next_upstream error timeout http_502;
              proxy_next_upstream_tries 3;
              proxy_connect_timeout 1s;
              proxy_read_timeout 60s;
              # Streams (stream: true) go through as they come.
              proxy_buffering off;
              add_header x-upstream $upstream_addr always;
            }
          }
        }
        """
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGQUIT) }
        waitOrKill(process, seconds: 10)
    }
}

/// Three `tier serve` replicas behind nginx sharing state in a real Redis, against protocol fakes.
@Suite(.serialized) struct FleetCLI {
    static let clientKey = "fleet-client-key-0123456789"

    /// Tiers: `local` (device, the fake `good`) and `bad` (a fake failing with 500, one failure opens its
    /// breaker for a minute).
    func config(redis: RedisProcess, good: FakeProvider, bad: FakeProvider, prefix: String, keys: String = "") -> String {
        writeConfig("""
            tiers:
              local:
                provider: openai-compatible
                endpoint: \(good.endpoint)
                boundary: device
                models: {general: small}
                timeouts: {first_token: 5s, total: 20s}
              bad:
                provider: openai-compatible
                endpoint: \(bad.endpoint)
                boundary: device
                models: {general: small}
                failure_threshold: 1
                cooldown: 60s
                timeouts: {first_token: 5s, total: 20s}
            routing:
              default_tier: local
              escalation_threshold: 0
            fallback:
              local_unavailable: fail
              cloud_unavailable: fail
              all_unavailable: fail
            state:
              backend: redis
              url: \(redis.url)
              prefix: \(prefix)
            \(keys)
            """)
    }

    func chat(_ base: String, model: String = "local", text: String, key: String? = nil, maxTime: Int = 30) -> HTTPExchange {
        let body = #"{"model":"\#(model)","messages":[{"role":"user","content":"\#(text)"}]}"#
        return curlRequest("http://\(base)/v1/chat/completions", body: body, headers: key.map { ["Authorization: Bearer \($0)"] } ?? [], maxTime: maxTime)
    }

    func metrics(_ g: GatewayProcess, key: String? = nil) -> String {
        curlRequest("http://\(g.base)/metrics", method: "GET", headers: key.map { ["Authorization: Bearer \($0)"] } ?? []).body
    }

    func openFiles(_ g: GatewayProcess) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(g.process.processIdentifier)/fd").count) ?? -1
    }

    @Test func aTierFailingThroughOneReplicaOpensTheBreakerOnAllThree() throws {
        let redis = try RedisProcess()
        let good = try FakeProvider(protocol: "openai")
        let bad = try FakeProvider(protocol: "openai", mode: "500")
        let cfg = config(redis: redis, good: good, bad: bad, prefix: "fleet1")
        let replicas = try (0..<3).map { _ in try GatewayProcess(config: cfg) }
        let lb = try NginxProcess(upstreams: replicas.map(\.base))
        defer { for r in replicas { r.stop() } }

        for r in replicas { #expect(metrics(r).contains(#"tier_breaker_open{tier="bad"} 0"#)) }
        // One request through the balancer to the failing tier: it fails once, and its breaker opens.
        let first = chat(lb.base, model: "bad", text: "first")
        #expect(first.status == 502 || first.status == 503, "\(first.status) \(first.body)")
        // One request is one attempt at the tier (the cascade may retry a 500 once within it).
        let sent = bad.requests.count
        #expect(sent >= 1 && sent <= 2)
        for (i, r) in replicas.enumerated() {
            let m = metrics(r)
            #expect(m.contains(#"tier_breaker_open{tier="bad"} 1"#), "replica \(i): \(m)")
            #expect(m.contains(#"tier_state_backend_up{backend="redis"} 1"#), "replica \(i)")
        }
        // Every replica now skips the tier without sending it anything: the fake still saw one request.
        for r in replicas {
            let e = chat(r.base, model: "bad", text: "again")
            #expect(e.status == 503, "\(e.status) \(e.body)")
        }
        #expect(bad.requests.count == sent, "the open breaker was not shared: \(bad.requests.count - sent) more requests reached the failing tier")
        // The record is in Redis under the deployment's prefix, with a TTL.
        #expect(redis.cli(["HGET", "fleet1:health", "bad"]).contains(#""last_error":"server_error""#))
        let ttl = Int(redis.cli(["PTTL", "fleet1:health"])) ?? -1
        #expect(ttl > 3_600_000, "PTTL \(ttl)")
        // The healthy tier still answers through the balancer.
        #expect(chat(lb.base, text: "still fine").status == 200)
    }

    @Test func aClientKeysRateLimitHoldsAcrossTheFleet() throws {
        let redis = try RedisProcess()
        let good = try FakeProvider(protocol: "openai")
        let bad = try FakeProvider(protocol: "openai", mode: "500")
        let keys = """
            serve:
              keys:
                - {name: team, sha256: \(sha256Hex(FleetCLI.clientKey)), requests_per_minute: 5}
            """
        let cfg = config(redis: redis, good: good, bad: bad, prefix: "fleet2", keys: keys)
        let replicas = try (0..<3).map { _ in try GatewayProcess(config: cfg) }
        let lb = try NginxProcess(upstreams: replicas.map(\.base))
        defer { for r in replicas { r.stop() } }

        var statuses: [Int] = []
        var answeredBy: Set<String> = []
        var limitedBy: Set<String> = []
        for i in 0..<12 {
            let r = chat(lb.base, text: "request \(i)", key: FleetCLI.clientKey)
            statuses.append(r.status)
            if r.status == 200 { answeredBy.insert(r.headers["x-upstream"] ?? "?") }
            if r.status == 429 {
                limitedBy.insert(r.headers["x-upstream"] ?? "?")
                #expect(r.headers["retry-after"] != nil)
                #expect(r.body.contains("over its limit of 5 requests per minute"), "\(r.body)")
            }
        }
        // Five tokens for the whole fleet (one more trickles in every 12 s), not five per replica.
        #expect(statuses.filter { $0 == 200 }.count == 5, "\(statuses)")
        #expect(statuses.filter { $0 == 429 }.count == 7, "\(statuses)")
        #expect(good.requests.count == 5)
        // The requests really were spread: the limit was counted once across replicas.
        #expect(answeredBy.count >= 2, "\(answeredBy)")
        #expect(limitedBy.count >= 2, "\(limitedBy)")
    }

    @Test func killingOneReplicaUnderLoadLosesNothingAndAnswersNothingTwice() throws {
        let redis = try RedisProcess()
        let good = try FakeProvider(protocol: "openai", mode: "slow", extra: ["--delay", "0.2"])
        let bad = try FakeProvider(protocol: "openai", mode: "500")
        let cfg = config(redis: redis, good: good, bad: bad, prefix: "fleet3")
        let replicas = try (0..<3).map { _ in try GatewayProcess(config: cfg) }
        let lb = try NginxProcess(upstreams: replicas.map(\.base))
        defer { for r in replicas { r.stop() } }

        let total = 60
        let results = Locked([Int: HTTPExchange]())
        let victim = replicas[1].process.processIdentifier
        let lbBase = lb.base
        let killer = Thread {
            usleep(1_500_000)
            kill(victim, SIGKILL)
        }
        killer.start()
        DispatchQueue.concurrentPerform(iterations: 6) { w in
            for i in stride(from: w, to: total, by: 6) {
                let r = self.chat(lbBase, text: "load-\(i)-end", maxTime: 30)
                results.with { $0[i] = r }
            }
        }
        while killer.isExecuting { usleep(10_000) }
        #expect(!replicas[1].process.isRunning)

        let exchanges = results.with { $0 }
        let received = good.requests
        var answered = 0, clearErrors = 0
        for i in 0..<total {
            let e = exchanges[i]!
            // How often the fake saw this request: a request is never sent to a tier twice.
            let seen = received.filter { $0.contains("load-\(i)-end") }.count
            #expect(seen <= 1, "request \(i) reached the tier \(seen) times")
            if e.status == 200 {
                answered += 1
                #expect(seen == 1, "request \(i) was answered without reaching the tier")
                #expect(object(e.body)["choices"] != nil, "\(e.body)")
            } else {
                // Only the requests in flight on the killed replica: nginx's 502, never a hang or an empty reply.
                clearErrors += 1
                #expect(e.status == 502, "request \(i): \(e.status) \(e.body)")
            }
        }
        #expect(answered + clearErrors == total)
        #expect(answered >= total - 6, "\(answered) answered, \(clearErrors) errors")
        #expect(received.count <= total)
        // After the kill nginx routes around the dead replica.
        for i in 0..<6 { #expect(chat(lb.base, text: "after-\(i)").status == 200) }
    }

    @Test func stoppingRedisUnderLoadKeepsEveryReplicaServingAndSharingResumes() throws {
        let redis = try RedisProcess()
        let good = try FakeProvider(protocol: "openai")
        let bad = try FakeProvider(protocol: "openai", mode: "500")
        let cfg = config(redis: redis, good: good, bad: bad, prefix: "fleet4")
        let replicas = try (0..<3).map { _ in try GatewayProcess(config: cfg) }
        let lb = try NginxProcess(upstreams: replicas.map(\.base))
        defer { for r in replicas { r.stop() } }

        for i in 0..<6 { #expect(chat(lb.base, text: "warm-\(i)").status == 200) }
        let filesBefore = replicas.map(openFiles)

        let total = 90
        let results = Locked((statuses: [Int: Int](), slowest: 0.0))
        let lbBase = lb.base
        let chaos = Thread {
            usleep(1_000_000)
            redis.stop()
            usleep(2_500_000)
            try? redis.start()
        }
        chaos.start()
        DispatchQueue.concurrentPerform(iterations: 3) { w in
            for i in stride(from: w, to: total, by: 3) {
                let t0 = Date()
                let r = self.chat(lbBase, text: "outage-\(i)")
                let dt = Date().timeIntervalSince(t0)
                results.with { $0.statuses[i] = r.status; $0.slowest = max($0.slowest, dt) }
                usleep(40_000)
            }
        }
        while chaos.isExecuting { usleep(10_000) }
        let (statuses, slowest) = results.with { $0 }
        #expect(statuses.values.allSatisfy { $0 == 200 }, "\(statuses.sorted { $0.key < $1.key }.map(\.value))")
        #expect(statuses.count == total)
        #expect(slowest < 5, "a request took \(slowest) s while Redis was away")
        for (i, r) in replicas.enumerated() { #expect(r.process.isRunning, "replica \(i) died") }

        // Each replica that noticed said so once, and said when Redis came back.
        let noticed = replicas.filter { $0.stderrText.contains("unreachable") }
        #expect(noticed.count >= 1)
        for r in replicas {
            let t = r.stderrText
            #expect(t.components(separatedBy: "unreachable").count <= 2, "\(t)")
        }

        // Sharing resumes: a breaker opened through one replica is seen by the other two.
        usleep(5_200_000)  // past the longest backoff
        for r in replicas { _ = chat(r.base, text: "wake") }
        for r in replicas { #expect(metrics(r).contains(#"tier_state_backend_up{backend="redis"} 1"#), "\(r.stderrText)") }
        for r in noticed { #expect(r.stderrText.contains("answers again"), "\(r.stderrText)") }
        let e = chat(replicas[0].base, model: "bad", text: "after the outage")
        #expect(e.status == 502 || e.status == 503)
        let sent = bad.requests.count
        for r in replicas[1...] {
            #expect(metrics(r).contains(#"tier_breaker_open{tier="bad"} 1"#))
            #expect(chat(r.base, model: "bad", text: "skipped").status == 503)
        }
        #expect(bad.requests.count == sent)

        // No leak: the replicas hold about as many files as before the outage (no stray Redis sockets).
        let filesAfter = replicas.map(openFiles)
        for i in 0..<3 { #expect(filesAfter[i] <= filesBefore[i] + 8, "replica \(i): \(filesBefore[i]) -> \(filesAfter[i]) open files") }
    }

    @Test func redisDownAtStartAndBadStateConfigAreHandled() throws {
        // Nothing listens on the port: the replica starts, serves from memory, and says so once.
        let good = try FakeProvider(protocol: "openai")
        let dead = freePort()
        let cfg = writeConfig("""
            tiers:
              local: {provider: openai-compatible, endpoint: \(good.endpoint), boundary: device, models: {general: small}}
            state: {backend: redis, url: "redis://127.0.0.1:\(dead)/0"}
            """)
        let g = try GatewayProcess(config: cfg)
        defer { g.stop() }
        for i in 0..<5 { #expect(chat(g.base, text: "down-\(i)").status == 200) }
        #expect(metrics(g).contains(#"tier_state_backend_up{backend="redis"} 0"#))
        #expect(g.stderrText.components(separatedBy: "unreachable").count == 2, "\(g.stderrText)")

        let tls = writeConfig("tiers:\n  local: {provider: ollama, models: {general: x}}\nstate:\n  backend: redis\n  url: rediss://127.0.0.1:6380/0\n")
        let r = try tier(["config", "check", "-c", tls])
        #expect(r.status == 4)
        #expect(r.stderr.contains(tls + ":5:8: error: 'state.url' is rediss:// (TLS)"), "\(r.stderr)")
        let pw = writeConfig("tiers:\n  local: {provider: ollama, models: {general: x}}\nstate: {backend: redis, url: \"redis://user:secret@127.0.0.1:1/0\"}\n")
        let r2 = try tier(["config", "check", "-c", pw])
        #expect(r2.status == 4)
        #expect(r2.stderr.contains("must not hold a user or password"), "\(r2.stderr)")
        #expect(!r2.stderr.contains("secret"), "\(r2.stderr)")
    }

    @Test func logsOfSeveralReplicasAreReadAsOne() throws {
        let dir = scratchDirectory()
        func record(_ final: String, escalated: Bool, time: String) -> String {
            var attempts = ""
            if escalated { attempts += #"{"tier":"local","outcome":"escalated","input_tokens":100,"output_tokens":10},"# }
            attempts += #"{"tier":"\#(final)","outcome":"answered","input_tokens":300,"output_tokens":100}"#
            return #"{"time":"\#(time)","outcome":"answered","final_tier":"\#(final)","escalated":\#(escalated),"attempts":[\#(attempts)]}"#
        }
        // One log per replica: 6 answered locally, 3 escalated to the cloud, 1 straight to the cloud.
        write((0..<6).map { record("local", escalated: false, time: "2026-11-01T10:00:0\($0).000Z") }.joined(separator: "\n") + "\n", to: dir + "/replica-1.jsonl")
        write((0..<3).map { record("cloud", escalated: true, time: "2026-11-01T09:00:0\($0).000Z") }.joined(separator: "\n") + "\n{not json\n", to: dir + "/replica-2.jsonl")
        write(record("cloud", escalated: false, time: "2026-11-01T11:00:00.000Z") + "\n", to: dir + "/replica-3.jsonl")
        let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-day", "1000", "--from-log", "--log", dir + "/replica-1.jsonl", "--log", dir + "/replica-[23].jsonl", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("replica-2.jsonl: skipped 1 malformed line (first at line 4)"), "\(r.stderr)")
        let doc = try #require(jsonObject(r.stdout))
        let plan = try #require(doc["plan"] as? [String: Any])
        #expect(plan["local_share"] as? Double == 0.6)
        #expect((doc["inputs"] as? [String: Any])?["escalation_rate"] as? Double == 0.3)
        let none = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-day", "1000", "--from-log", "--log", dir + "/nothing-*.jsonl"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("nothing-*.jsonl: no file matches this pattern"), "\(none.stderr)")

        // calibrate: the same records split over two replicas' logs give the same result as one log.
        var whole = "", a = "", b = ""
        for i in 0..<4_000 {
            let c = Double((i * 7919) % 1000) / 1000
            let agree = (i * 104_729) % 1000 < Int(c * 1000) ? 1 : 0
            let line = #"{"time":"2026-11-0\#(1 + i % 9)T10:00:00.000Z","task_type":"formatting","outcome":"answered","final_tier":"local","shadow":{"tier":"cloud","agreement":\#(agree),"local_confidence":\#(c),"error":null}}"# + "\n"
            whole += line
            if i % 3 == 0 { a += line } else { b += line }
        }
        write(whole, to: dir + "/whole.jsonl")
        write(a, to: dir + "/cal-a.jsonl")
        write(b, to: dir + "/cal-b.jsonl")
        let one = try tier(["calibrate", "-c", hybrid, dir + "/whole.jsonl", "--json", "--target", "0.6"])
        let two = try tier(["calibrate", "-c", hybrid, dir + "/cal-*.jsonl", "--json", "--target", "0.6"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
        let d1 = try #require(jsonObject(one.stdout)), d2 = try #require(jsonObject(two.stdout))
        #expect(d2["records"] as? Int == 4_000)
        #expect(d1["records"] as? Int == d2["records"] as? Int)
        #expect((d1["chosen"] as? [String: Any])?["threshold"] as? Double == (d2["chosen"] as? [String: Any])?["threshold"] as? Double)
        #expect((d1["auroc"] as? Double) == (d2["auroc"] as? Double))
    }

    @Test func tierAskSharesTheBreakerThroughRedis() throws {
        let redis = try RedisProcess()
        let good = try FakeProvider(protocol: "openai")
        let bad = try FakeProvider(protocol: "openai", mode: "500")
        let cfg = config(redis: redis, good: good, bad: bad, prefix: "fleet5")
        // Two hosts' worth of tier ask: separate state directories, one Redis.
        let a = try tier(["ask", "-c", cfg, "--tier", "bad", "--no-stream", "hi"])
        #expect(a.status != 0)
        let sent = bad.requests.count
        let b = try tier(["ask", "-c", cfg, "--tier", "bad", "--no-stream", "hi"])
        #expect(b.status == 5, "\(b.stderr)")
        #expect(bad.requests.count == sent)
        let g = try GatewayProcess(config: cfg)
        defer { g.stop() }
        #expect(metrics(g).contains(#"tier_breaker_open{tier="bad"} 1"#))
    }
}

func sha256Hex(_ s: String) -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    let inPipe = Pipe(), out = Pipe()
    p.standardInput = inPipe
    p.standardOutput = out
    try? p.run()
    inPipe.fileHandleForWriting.write(s.data(using: .utf8)!)
    try? inPipe.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(String(decoding: data, as: UTF8.self).prefix(64))
}

/// A value shared by the load threads of a test.
final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ v: T) { value = v }
    func with<R>(_ f: (inout T) -> R) -> R { lock.lock(); defer { lock.unlock() }; return f(&value) }
}
