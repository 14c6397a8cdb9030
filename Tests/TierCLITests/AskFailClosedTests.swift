import Foundation
import Testing

/// Issue 13's faults, end to end: the built binary against protocol fakes that misbehave on purpose.
/// Each test checks the exit code, stdout exactly, and what the external fake received.
@Suite struct AskFailClosed {
    static let key = "sk-ant-FAKEKEY-never-echo-9876543210abcdef"

    /// local: an OpenAI-compatible fake answering "Local answer here." with logprob `localLogprob`;
    /// cloud: an Anthropic fake in `cloudMode`. Threshold 0.5: a logprob of -3 (p = 0.05) escalates.
    func setup(localMode: String = "ok", localLogprob: Double = -0.01, cloudMode: String = "ok",
               cloudExtra: [String] = [], localExtra: [String] = [], routingYAML: String = "", threshold: String = "0.5",
               localTimeouts: String = "{first_token: 2s, total: 10s}")
        throws -> (config: String, local: FakeProvider, cloud: FakeProvider) {
        let local = try FakeProvider(protocol: "openai", mode: localMode,
                                     extra: ["--answer", "Local answer here.", "--logprob", String(localLogprob)] + localExtra)
        let cloud = try FakeProvider(protocol: "anthropic", mode: cloudMode, extra: ["--answer", "From the cloud."] + cloudExtra)
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
                timeouts: \(localTimeouts)
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
                timeouts: {first_token: 2s, total: 10s}
            routing:
              default_tier: local
              escalation_threshold: \(threshold)
            \(routingYAML)
            fallback:
              local_unavailable: cloud
              all_unavailable: fail
            """)
        return (cfg, local, cloud)
    }

    func ask(_ cfg: String, _ args: [String], env: [String: String] = [:], home: String? = nil) throws -> Run {
        var e = ["TEST_CLOUD_KEY": Self.key]
        for (k, v) in env { e[k] = v }
        return try tier(["ask", "-c", cfg, "--timeout", "20s"] + args, env: e, home: home)
    }

    /// The escalation target fails in every way: the local answer that was held stands and is printed.
    @Test(arguments: ["500", "529", "429", "auth", "404", "context", "garbage", "cut", "hang", "error_event", "no_finish", "empty"])
    func whenEscalationFailsTheEarlierAnswerIsPrinted(_ mode: String) throws {
        let (cfg, local, cloud) = try setup(localLogprob: -3, cloudMode: mode, cloudExtra: ["--retry-after", "0"])
        let r = try ask(cfg, ["--no-stream", "What is the capital of France?"])
        #expect(r.status == 0, "\(mode): \(r.stderr)")
        #expect(r.stdout == "Local answer here.\n", "\(mode): stdout was \(r.stdout.debugDescription)")
        #expect(r.stderr.contains("escalation failed"), "\(mode): \(r.stderr)")
        #expect(local.requests.count == 1 && !cloud.requests.isEmpty)
    }

    /// Once text is on stdout, any failure is exit 1 with the cut message, and no second answer follows.
    @Test(arguments: ["cut", "error_event", "stall_after", "malformed_after"])
    func aFailureAfterOutputNeverAppendsASecondAnswer(_ mode: String) throws {
        let (cfg, local, cloud) = try setup(localMode: mode, threshold: "0", localTimeouts: "{first_token: 2s, idle: 1s, total: 10s}")
        // No escalation (threshold 0): the local answer streams as it comes; the cloud is the fallback.
        let r = try ask(cfg, ["--stream", "--max-tokens", "16", "What is the capital of France?"])
        #expect(r.status == 1, "\(mode): \(r.stdout) \(r.stderr)")
        #expect(r.stdout == "Local \n", "\(mode): stdout was \(r.stdout.debugDescription)")
        #expect(r.stderr.contains("cut off after output had started"), "\(mode): \(r.stderr)")
        #expect(!r.stdout.contains("From the cloud"))
        #expect(local.requests.count == 1)
        #expect(cloud.requests.isEmpty, "\(mode): a second answer was asked for")
    }

    /// Answers that are not answers fall back (a public prompt may go to the cloud).
    @Test(arguments: ["no_finish", "empty", "error_event"])
    func incompleteOrEmptyAnswersFallBack(_ mode: String) throws {
        let (cfg, _, cloud) = try setup(localMode: mode)
        let r = try ask(cfg, ["--no-stream", "What is the capital of France?"])
        #expect(r.status == 0, "\(mode): \(r.stderr)")
        #expect(r.stdout == "From the cloud.\n", "\(mode): \(r.stdout.debugDescription)")
        #expect(cloud.requests.count == 1)
    }

    /// Personal data in --system text keeps the request on the device, through every fault.
    @Test(arguments: ["500", "hang", "cut", "garbage"])
    func personalDataInTheSystemPromptNeverReachesTheCloud(_ mode: String) throws {
        let home = scratchDirectory()
        let (cfg, _, cloud) = try setup(localMode: mode, routingYAML: "  shadow_rate: 1")
        let r = try ask(cfg, ["--no-stream", "--system", "You write to Jane Roe, jane.roe@example.com, card 4111 1111 1111 1111.",
                              "Draft a short reply."], home: home)
        #expect(r.status == 5, "\(mode): \(r.stderr)")
        #expect(r.stdout == "")
        #expect(cloud.requests.isEmpty, "\(mode): the cloud received \(cloud.requests)")
        let log = readText(home + "/state/tier/requests.jsonl") ?? ""
        #expect(log.contains("\"sensitivity\":\"personal\""), "\(log)")
        #expect(!log.contains("jane.roe"))
    }

    /// Shadow sampling with personal system text: never sent to the external tier.
    @Test func shadowNeverSendsPersonalSystemText() throws {
        let (cfg, local, cloud) = try setup(routingYAML: "  shadow_rate: 1")
        let r = try ask(cfg, ["--no-stream", "--system", "The customer is jane.roe@example.com.", "Say hello."])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Local answer here.\n")
        #expect(local.requests.count == 1)
        #expect(cloud.requests.isEmpty)
        // A public request is shadowed (the check above is not vacuous).
        let p = try ask(cfg, ["--no-stream", "Say hello."])
        #expect(p.status == 0)
        #expect(cloud.requests.count == 1)
    }

    /// An HTTP proxy from the environment never sees a device tier's prompt.
    @Test func theEnvironmentsProxyIsNotUsedForTheDevice() throws {
        let (cfg, local, _) = try setup()
        let proxy = try FakeProvider(protocol: "openai", extra: ["--answer", "FROM THE PROXY"])
        let env = ["http_proxy": proxy.endpoint, "HTTPS_PROXY": proxy.endpoint, "all_proxy": proxy.endpoint,
                   "HTTP_PROXY": proxy.endpoint, "no_proxy": ""]
        let r = try ask(cfg, ["--no-stream", "Summarize the note from jane.roe@example.com"], env: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Local answer here.\n")
        #expect(local.requests.count == 1)
        #expect(proxy.lines.isEmpty, "the proxy saw \(proxy.lines)")
    }

    /// A tier's own `proxy:` is used when the config names one.
    @Test func aConfiguredProxyIsUsed() throws {
        let proxy = try FakeProvider(protocol: "openai", extra: ["--answer", "Via the proxy."])
        let cfg = writeConfig("""
            tiers:
              private:
                provider: openai-compatible
                endpoint: http://10.255.255.1:9/v1
                boundary: organization
                proxy: \(proxy.endpoint)
                models: {general: m}
            """)
        let r = try tier(["ask", "-c", cfg, "--no-stream", "--timeout", "10s", "Hello there"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Via the proxy.\n")
        #expect(proxy.requests.count == 1)
        #expect(proxy.requests.first?.contains("http://10.255.255.1:9/v1/chat/completions") == true)
    }

    /// A provider error that echoes the key is masked everywhere.
    @Test func anEchoedKeyIsMasked() throws {
        let home = scratchDirectory()
        let (cfg, _, cloud) = try setup(cloudMode: "echo_key")
        let r = try ask(cfg, ["-v", "--tier", "cloud", "Hello there"], home: home)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(cloud.requests.count == 1)
        #expect(r.stderr.contains("authentication failed"))
        #expect(!r.stderr.contains(Self.key) && !r.stdout.contains(Self.key))
        #expect(!r.stderr.contains("FAKEKEY-never-echo"))
        let log = readText(home + "/state/tier/requests.jsonl") ?? ""
        #expect(!log.contains("FAKEKEY"))
    }

    /// A key with a line break would inject a header: refused, naming the variable, nothing sent.
    @Test func aKeyWithALineBreakIsRefused() throws {
        let (cfg, _, cloud) = try setup()
        let r = try ask(cfg, ["--tier", "cloud", "Hello there"], env: ["TEST_CLOUD_KEY": "sk-ant-abc\r\nX-Evil: 1"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("TEST_CLOUD_KEY") && r.stderr.contains("control character"), "\(r.stderr)")
        #expect(!r.stderr.contains("X-Evil"))
        #expect(cloud.requests.isEmpty)
    }

    /// A key file: BOM, spaces and the trailing newline stripped; a FIFO refused at once.
    @Test func keyFilesAreCleanedAndFIFOsDoNotHang() throws {
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "Keyed."])
        let dir = scratchDirectory()
        write("\u{FEFF}  sk-ant-filekey-0123456789  \n", to: dir + "/key")
        func config(_ keyFile: String) -> String {
            writeConfig("""
                tiers:
                  cloud:
                    provider: anthropic
                    endpoint: \(cloud.endpoint)
                    boundary: external
                    api_key_file: \(keyFile)
                    models: {default: claude-test}
                """)
        }
        let r = try tier(["ask", "-c", config(dir + "/key"), "--no-stream", "Hello there"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(cloud.requests.first?.contains("\"X-Api-Key\": \"sk-ant-filekey-0123456789\"") == true
                || cloud.requests.first?.contains("\"x-api-key\": \"sk-ant-filekey-0123456789\"") == true, "\(cloud.requests)")
        mkfifo(dir + "/fifo", 0o600)
        let started = Date()
        let f = try tier(["ask", "-c", config(dir + "/fifo"), "--no-stream", "--timeout", "5s", "Hello there"])
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(f.status == 1)
        #expect(f.stderr.contains("not a regular file"), "\(f.stderr)")
    }

    /// A cloud tier with no key setting uses the provider's usual variable; none set is an error, not a local answer.
    @Test func theProvidersUsualKeyVariable() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local."])
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "Cloud."])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                models: {default: claude-test}
            routing:
              default_tier: cloud
            """)
        let missing = try tier(["ask", "-c", cfg, "--no-stream", "Hello there"])
        #expect(missing.status == 1)
        #expect(missing.stdout == "")
        #expect(missing.stderr.contains("ANTHROPIC_API_KEY"), "\(missing.stderr)")
        #expect(local.requests.isEmpty)
        let given = try tier(["ask", "-c", cfg, "--no-stream", "Hello there"], env: ["ANTHROPIC_API_KEY": "sk-ant-usual-0123456789"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout == "Cloud.\n")
        #expect(cloud.requests.first?.contains("sk-ant-usual-0123456789") == true)
    }

    /// Hostile Retry-After values: no crash, nonsense treated as absent; the retry still happens.
    @Test(arguments: ["-1", "nan", "inf", "1e300", "Wed, 21 Oct 2015 07:28:00 GMT", "soon", "0.2"])
    func hostileRetryAfterValues(_ value: String) throws {
        let (cfg, local, _) = try setup(localMode: "429", localExtra: ["--fail-first", "1", "--retry-after", value])
        let r = try ask(cfg, ["--no-stream", "--json", "What is the capital of France?"])
        #expect(r.status == 0, "\(value): \(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        if value == "1e300" {
            // Clamped to a day, which the --timeout cannot wait for: the fallback answers at once.
            #expect(o["tier"] as? String == "cloud")
            #expect(local.requests.count == 1)
        } else {
            #expect(o["tier"] as? String == "local", "\(value)")
            #expect(local.requests.count == 2)
        }
    }

    /// Usage counts of 1e300 from a server are dropped, not trapped on.
    @Test func hugeUsageCountsDoNotCrash() throws {
        let (cfg, _, _) = try setup(localMode: "huge_usage")
        let r = try ask(cfg, ["--json", "What is the capital of France?"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["answer"] as? String == "Local answer here.")
        #expect(o["input_tokens"] is NSNull)
    }

    /// The only allowed tier rejecting the request for a reason other than availability says so.
    @Test(arguments: ["context", "404"])
    func aRejectionIsNotCalledUnavailable(_ mode: String) throws {
        let (cfg, _, cloud) = try setup(localMode: mode)
        let r = try ask(cfg, ["--no-stream", "Summarize the note from jane.roe@example.com"])
        #expect(r.status == 1, "\(mode): \(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.contains("rejected the request"), "\(r.stderr)")
        #expect(!r.stderr.contains("unavailable"))
        #expect(cloud.requests.isEmpty)
    }

    /// An authenticated private tier's health probe carries its key (a bare probe would get 401).
    @Test func healthProbesSendCredentials() throws {
        let priv = try FakeProvider(protocol: "openai", extra: ["--answer", "Private.", "--require-key", "sk-private-0123456789"])
        let cfg = writeConfig("""
            tiers:
              private:
                provider: openai-compatible
                endpoint: \(priv.endpoint)/v1
                boundary: organization
                api_key_env: PRIVATE_KEY
                health_check_interval: 1m
                models: {general: m}
            """)
        let r = try tier(["ask", "-c", cfg, "--no-stream", "Hello there"], env: ["PRIVATE_KEY": "sk-private-0123456789"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Private.\n")
        #expect(priv.probes.count == 1 && priv.probes[0].contains("sk-private-0123456789"))
    }

    /// A tier that returns no logprobs where a confidence is needed: said with -v, logged, and the rule applies.
    @Test(arguments: ["accept", "escalate"])
    func noConfidenceFollowsTheRule(_ rule: String) throws {
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let home = scratchDirectory()
        // An OpenAI-compatible server on the device that sends no logprobs.
        let noLogprobs = try FakeProvider(protocol: "openai", extra: ["--answer", "Local answer here.", "--no-logprobs"])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(noLogprobs.endpoint)
                models: {general: small}
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
            routing:
              default_tier: local
              escalation_threshold: 0.5
              no_confidence: \(rule)
            """)
        let r = try tier(["ask", "-c", cfg, "-v", "--no-stream", "What is the capital of France?"],
                         env: ["TEST_CLOUD_KEY": Self.key], home: home)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("returned no logprobs"), "\(r.stderr)")
        #expect(r.stdout == (rule == "accept" ? "Local answer here.\n" : "From the cloud.\n"))
        #expect(cloud.requests.count == (rule == "accept" ? 0 : 1))
        #expect((readText(home + "/state/tier/requests.jsonl") ?? "").contains("\"confidence_missing\":true"))
    }

    /// Ctrl-C during a request: the log record says interrupted, exit 130.
    @Test func sigintWritesTheLogRecord() throws {
        let (cfg, local, _) = try setup(localMode: "hang", localTimeouts: "{total: 30s}")
        let home = scratchDirectory()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tierBinary)
        p.arguments = ["ask", "-c", cfg, "--no-stream", "What is the capital of France?"]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "TEST_CLOUD_KEY": Self.key]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Signal only once the request is in flight (the handler is installed before the send).
        let until = Date().addingTimeInterval(10)
        while local.requests.isEmpty && Date() < until { usleep(20_000) }
        kill(p.processIdentifier, SIGINT)
        waitOrKill(p, seconds: 10)
        #expect(p.terminationStatus == 130)
        let log = readText(home + "/state/tier/requests.jsonl") ?? ""
        #expect(log.contains("\"outcome\":\"interrupted\""), "\(log)")
    }

    /// A queued request keeps its system text and options, and two drains at once send each entry once.
    @Test func queueReplaysTheWholeRequestOnceUnderConcurrentDrains() throws {
        let home = scratchDirectory()
        let down = try FakeProvider(protocol: "openai", mode: "500")
        let cfgDown = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(down.endpoint)
                models: {general: small}
                failure_threshold: 1000
            fallback:
              all_unavailable: queue
            """)
        for i in 0..<6 {
            let r = try tier(["ask", "-c", cfgDown, "--no-stream", "--system", "Answer as the help desk of Acme \(i).",
                              "--max-tokens", "33", "Question number \(i)"], home: home)
            #expect(r.status == 5, "\(r.stderr)")
        }
        let up = try FakeProvider(protocol: "openai", extra: ["--answer", "Answered.", "--delay", "0.2"], )
        let cfgUp = readText(cfgDown)!.replacingOccurrences(of: down.endpoint, with: up.endpoint)
        let path = scratchDirectory() + "/up.yaml"
        write(cfgUp, to: path)
        let collected = Runs()
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                if let r = try? tier(["ask", "-c", path, "--drain-queue"], home: home) { collected.add(r) }
                group.leave()
            }
        }
        group.wait()
        let runs = collected.all
        #expect(runs.count == 2 && runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
        #expect(up.requests.count == 6, "each queued request is sent once, got \(up.requests.count)")
        let lines = runs.flatMap { $0.stdout.split(separator: "\n") }
        #expect(lines.count == 6)
        let bodies = up.requests.compactMap { jsonObject($0)?["body"] as? String }.compactMap { jsonObject($0) }
        for i in 0..<6 {
            let sent = bodies.filter { ($0["messages"] as? [[String: Any]])?.last?["content"] as? String == "Question number \(i)" }
            #expect(sent.count == 1)
            let messages = sent.first?["messages"] as? [[String: Any]]
            #expect(messages?.first?["content"] as? String == "Answer as the help desk of Acme \(i).")
            #expect(sent.first?["max_tokens"] as? Int == 33)
        }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: home + "/state/tier/queue")) ?? []
        #expect(left.isEmpty, "\(left)")
    }

    /// A queued personal request stays personal on replay, even where the text alone would not say so.
    @Test func aSavedSensitivityIsAFloor() throws {
        let home = scratchDirectory()
        let local = try FakeProvider(protocol: "openai", mode: "500")
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
            fallback:
              local_unavailable: cloud
              all_unavailable: queue
            """)
        let r = try tier(["ask", "-c", cfg, "--sensitivity", "personal", "--no-stream", "Tell me about the weather"],
                         env: ["TEST_CLOUD_KEY": Self.key], home: home)
        #expect(r.status == 5, "\(r.stderr)")
        // Only the floor keeps it local: the hint is taken out of the queued file, and the text is public.
        let dir = home + "/state/tier/queue/"
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasSuffix(".json") })
        let saved = try #require(readText(dir + file))
        #expect(saved.contains("\"sensitivity_hint\":\"personal\""))
        write(saved.replacingOccurrences(of: "\"sensitivity_hint\":\"personal\"", with: "\"sensitivity_hint\":null"), to: dir + file)
        let d = try tier(["ask", "-c", cfg, "--drain-queue"], env: ["TEST_CLOUD_KEY": Self.key], home: home)
        #expect(d.status == 5)
        #expect(cloud.requests.isEmpty, "\(cloud.requests)")
        let queue = try FileManager.default.contentsOfDirectory(atPath: home + "/state/tier/queue").filter { $0.hasSuffix(".json") }
        #expect(queue.count == 1)
        #expect(readText(home + "/state/tier/queue/" + queue[0])?.contains("\"sensitivity_floor\":\"personal\"") == true)
    }

    /// A state directory others may write is refused.
    @Test func aWorldWritableStateDirectoryIsRefused() throws {
        let home = scratchDirectory()
        try FileManager.default.createDirectory(atPath: home + "/state/tier", withIntermediateDirectories: true)
        chmod(home + "/state/tier", 0o777)
        let (cfg, local, _) = try setup()
        let r = try ask(cfg, ["--no-stream", "Hello there"], home: home)
        #expect(r.status == 1)
        #expect(r.stderr.contains("group- or world-writable"), "\(r.stderr)")
        #expect(local.requests.isEmpty)
    }

    /// A torn last line in the log costs only that line: the next record starts on a fresh line.
    @Test func aTornLogLineLosesOnlyItself() throws {
        let home = scratchDirectory()
        try FileManager.default.createDirectory(atPath: home + "/state/tier", withIntermediateDirectories: true)
        chmod(home + "/state/tier", 0o700)
        write("{\"time\":\"2026-12-01T00:00:00.000Z\",\"id\":\"torn", to: home + "/state/tier/requests.jsonl")
        let (cfg, _, _) = try setup()
        let r = try ask(cfg, ["--no-stream", "Hello there"], home: home)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = (readText(home + "/state/tier/requests.jsonl") ?? "").split(separator: "\n")
        #expect(lines.count == 2)
        #expect(jsonObject(String(lines[1]))?["outcome"] as? String == "answered")
    }
}

final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Run] = []
    func add(_ r: Run) { lock.lock(); runs.append(r); lock.unlock() }
    var all: [Run] { lock.lock(); defer { lock.unlock() }; return runs }
}

@Suite struct BenchProxy {
    /// bench sends the prompts it measures with: a device tier's never pass the environment's proxy.
    @Test func benchNeverUsesTheEnvironmentsProxyForTheDevice() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "ok"])
        let proxy = try FakeProvider(protocol: "openai", extra: ["--answer", "FROM THE PROXY"])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
            """)
        let r = try tier(["bench", "-c", cfg, "--requests", "3", "--warmup", "0", "--json"],
                         env: ["http_proxy": proxy.endpoint, "HTTP_PROXY": proxy.endpoint, "all_proxy": proxy.endpoint])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(local.requests.count == 3)
        #expect(proxy.lines.isEmpty, "the proxy saw \(proxy.lines)")
    }
}

@Suite struct AskOutputChannels {
    func localOnly(answer: String) throws -> (String, FakeProvider) {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", answer])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
            """)
        return (cfg, local)
    }

    /// stdout on a full disk: exit 1 with one message, and the log says so.
    @Test func aFullStdoutIsAnError() throws {
        let (cfg, _) = try localOnly(answer: "An answer.")
        let home = scratchDirectory()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "\"$0\" ask -c \"$1\" --no-stream 'Hello there' > /dev/full", tierBinary, cfg]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        waitOrKill(p)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("standard output"), "\(stderr)")
        #expect((readText(home + "/state/tier/requests.jsonl") ?? "").contains("\"outcome\":\"output_error\""))
    }

    /// On a terminal, escape sequences from the model are shown, not obeyed; --raw and pipes keep them.
    @Test func escapeSequencesAreNeutralisedOnATerminal() throws {
        let (cfg, _) = try localOnly(answer: "Hi \u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J done")
        // A pseudo-terminal for stdout, from python's pty module.
        func onTTY(_ extra: [String]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            p.arguments = ["-c", """
                import os, pty, sys
                pid, fd = pty.fork()
                if pid == 0:
                    os.execv(sys.argv[1], sys.argv[1:])
                out = b""
                while True:
                    try:
                        chunk = os.read(fd, 4096)
                    except OSError:
                        break
                    if not chunk:
                        break
                    out += chunk
                os.waitpid(pid, 0)
                sys.stdout.buffer.write(out)
                """, tierBinary, "ask", "-c", cfg, "--no-log", "--no-stream"] + extra + ["Hello there"]
            let out = Pipe()
            p.standardOutput = out
            p.environment = ["PATH": "/usr/bin:/bin", "HOME": scratchDirectory()]
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            waitOrKill(p)
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try onTTY([])
        #expect(!shown.contains("\u{1B}"), "\(shown.debugDescription)")
        #expect(shown.contains("Hi ^[]52;c;ZXZpbA==^G^[[2J done"), "\(shown.debugDescription)")
        let raw = try onTTY(["--raw"])
        #expect(raw.contains("\u{1B}]52;c;ZXZpbA=="), "\(raw.debugDescription)")
        let piped = try tier(["ask", "-c", cfg, "--no-log", "Hello there"])
        #expect(piped.stdout == "Hi \u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J done\n")
    }
}

@Suite struct BoundaryConfig {
    /// config check says when a boundary was derived, not given; a bad proxy URL is an error at its place.
    @Test func configCheckWarnsOnADerivedBoundary() throws {
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: http://127.0.0.1:8080
                models: {general: small}
              gpu:
                provider: vllm
                endpoint: http://gpu.example.com:8000
                models: {general: big}
            """)
        let r = try tier(["config", "check", cfg])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("tier 'gpu' has no 'boundary'") && r.stderr.contains("'external'"), "\(r.stderr)")
        #expect(!r.stderr.contains("tier 'local' has no"))
        // The derived boundary is external: personal data stays off it.
        let route = try tier(["route", "-c", cfg, "--tier", "gpu", "Write to jane.roe@example.com"])
        #expect(route.status == 3)
        let bad = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: http://127.0.0.1:8080
                proxy: "not a url"
                models: {general: small}
            """)
        let b = try tier(["config", "check", bad])
        #expect(b.status == 4)
        #expect(b.stderr.contains(":5:") && b.stderr.contains("proxy"), "\(b.stderr)")
    }
}

@Suite struct IgnoredHint {
    @Test func loweringWithoutConsentIsSaid() throws {
        let r = try tier(["route", "-c", hybrid, "--sensitivity", "public", "Write to jane.roe@example.com"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("--sensitivity public ignored: the scan found personal data; lowering it needs --consent"), "\(r.stderr)")
        #expect(r.stdout.contains("local"))
        let quiet = try tier(["route", "-c", hybrid, "--sensitivity", "secret", "Write to jane.roe@example.com"])
        #expect(!quiet.stderr.contains("ignored"))
    }
}

@Suite struct ReviewedFaults {
    func fakes(local mode: String, extra: [String] = [], localYAML: String = "") throws -> (String, FakeProvider, FakeProvider) {
        let local = try FakeProvider(protocol: "openai", mode: mode, extra: ["--answer", "one two three four five six"] + extra)
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
            \(localYAML)
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: K
                models: {default: claude-test}
            routing:
              escalation_threshold: 0
            fallback:
              local_unavailable: cloud
            """)
        return (cfg, local, cloud)
    }

    /// A local tier with no first_token timeout that hangs still leaves time for the fallback.
    @Test func theDefaultFirstTokenTimeoutLeavesTimeForTheFallback() throws {
        let (cfg, local, cloud) = try fakes(local: "hang")
        let started = Date()
        let r = try tier(["ask", "-c", cfg, "--no-stream", "--timeout", "6s", "What is the capital of France?"], env: ["K": "k"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "From the cloud.\n")
        #expect(Date().timeIntervalSince(started) < 6)
        #expect(local.requests.count == 1 && cloud.requests.count == 1)
    }

    /// An organization tier ignores the environment's proxy too.
    @Test func anOrganizationTierIgnoresTheEnvironmentsProxy() throws {
        let priv = try FakeProvider(protocol: "openai", extra: ["--answer", "Private."])
        let proxy = try FakeProvider(protocol: "openai", extra: ["--answer", "FROM THE PROXY"])
        let cfg = writeConfig("""
            tiers:
              private:
                provider: openai-compatible
                endpoint: \(priv.endpoint)/v1
                boundary: organization
                models: {general: m}
            """)
        let r = try tier(["ask", "-c", cfg, "--no-stream", "Hello there"],
                         env: ["http_proxy": proxy.endpoint, "HTTP_PROXY": proxy.endpoint, "all_proxy": proxy.endpoint])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Private.\n")
        #expect(proxy.lines.isEmpty)
    }

    /// An endpoint whose authority could hide another host is a config error at its place.
    @Test func anEndpointThatHidesItsHostIsRefused() throws {
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: "http://llm.example.com?@127.0.0.1:8080"
                models: {general: small}
            """)
        let r = try tier(["ask", "-c", cfg, "Write to jane.roe@example.com"])
        #expect(r.status == 4)
        #expect(r.stderr.contains(":4:") && r.stderr.contains("no user, query or fragment"), "\(r.stderr)")
    }

    /// Ctrl-C while an answer streams: exit 130 and outcome interrupted, no second answer.
    @Test func sigintDuringAStreamIs130() throws {
        let (cfg, local, cloud) = try fakes(local: "stall_after")
        let home = scratchDirectory()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tierBinary)
        p.arguments = ["ask", "-c", cfg, "--stream", "--timeout", "30s", "What is the capital of France?"]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "K": "k"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let until = Date().addingTimeInterval(10)
        while local.requests.isEmpty && Date() < until { usleep(20_000) }
        usleep(300_000)
        kill(p.processIdentifier, SIGINT)
        waitOrKill(p, seconds: 10)
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 130)
        #expect(printed.hasPrefix("one two") && !printed.contains("cloud"))
        #expect(cloud.requests.isEmpty)
        #expect((readText(home + "/state/tier/requests.jsonl") ?? "").contains("\"outcome\":\"interrupted\""))
    }

    /// Ctrl-C while the prompt is still being read ends tier at once, as it ends cat.
    @Test func sigintWhileReadingTheInputEndsAtOnce() throws {
        let (cfg, local, _) = try fakes(local: "ok")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tierBinary)
        p.arguments = ["ask", "-c", cfg, "-"]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": scratchDirectory()]
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        usleep(500_000)
        let sent = Date()
        kill(p.processIdentifier, SIGINT)
        waitOrKill(p, seconds: 5)
        #expect(Date().timeIntervalSince(sent) < 2)
        #expect(p.terminationStatus != 0)
        #expect(local.requests.isEmpty)
        try? input.fileHandleForWriting.close()
    }

    /// A drain that cannot write its output loses nothing: the entry stays queued, one message, exit 1.
    @Test func aDrainIntoAFullDiskKeepsTheQueue() throws {
        let home = scratchDirectory()
        let down = try FakeProvider(protocol: "openai", mode: "500")
        let cfgDown = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(down.endpoint)", models: {general: small}, failure_threshold: 1000}
            fallback: {all_unavailable: queue}
            """)
        for i in 0..<3 { _ = try tier(["ask", "-c", cfgDown, "--no-stream", "Question \(i)"], home: home) }
        let up = try FakeProvider(protocol: "openai", extra: ["--answer", "Answered."])
        let path = scratchDirectory() + "/up.yaml"
        write(readText(cfgDown)!.replacingOccurrences(of: down.endpoint, with: up.endpoint), to: path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "\"$0\" ask -c \"$1\" --drain-queue > /dev/full", tierBinary, path]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        waitOrKill(p)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 1)
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(up.requests.count == 1, "the drain stops at the first failed write")
        let left = try FileManager.default.contentsOfDirectory(atPath: home + "/state/tier/queue").filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        #expect(left.count == 3, "\(left)")
    }

    /// Escape sequences in a provider's error message never reach stderr raw.
    @Test func escapeSequencesInProviderMessagesAreShownNotObeyed() throws {
        let evil = try FakeProvider(protocol: "openai", mode: "escape_error")
        let cfg = writeConfig("""
            tiers:
              private:
                provider: openai-compatible
                endpoint: \(evil.endpoint)/v1
                boundary: organization
                models: {general: m}
            """)
        let r = try tier(["ask", "-c", cfg, "--no-stream", "Hello there"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("bad ^[]52;c;ZXZpbA==^G^[[2J request"), "\(r.stderr.debugDescription)")
        #expect(!r.stderr.contains("\u{1B}"))
    }
}

@Suite struct ShadowTime {
    /// The shadow gets what the --timeout leaves: a hanging reference tier does not double the run.
    @Test func aHangingShadowTierStaysInsideTheTimeout() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local."])
        let cloud = try FakeProvider(protocol: "anthropic", mode: "hang")
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(local.endpoint)", models: {general: small}}
              cloud: {provider: anthropic, endpoint: "\(cloud.endpoint)", boundary: external, api_key_env: K, models: {default: c}}
            routing:
              escalation_threshold: 0
              shadow_rate: 1
            """)
        let started = Date()
        let r = try tier(["ask", "-c", cfg, "--no-stream", "--timeout", "4s", "What is the capital of France?"], env: ["K": "k"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Local.\n")
        #expect(cloud.requests.count == 1)
        #expect(Date().timeIntervalSince(started) < 6, "the shadow outlived the --timeout")
    }
}

@Suite struct Redirects {
    /// A 307 from a device tier is never followed: the host it points at receives nothing.
    @Test func aRedirectIsNeverFollowed() throws {
        let elsewhere = try FakeProvider(protocol: "openai", extra: ["--answer", "FROM ELSEWHERE"])
        let local = try FakeProvider(protocol: "openai", mode: "redirect", extra: ["--location", elsewhere.endpoint + "/v1/chat/completions"])
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(local.endpoint)", models: {general: small}}
            """)
        let r = try tier(["ask", "-c", cfg, "--no-stream", "--timeout", "10s", "Write to jane.roe@example.com"])
        #expect(r.status != 0, "\(r.stdout)")
        #expect(r.stdout == "")
        #expect(local.requests.count >= 1)
        #expect(elsewhere.lines.isEmpty, "the redirect target received \(elsewhere.lines)")
    }
}
