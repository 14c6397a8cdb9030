import Foundation
import Testing

func jsonObject(_ text: String) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
}

/// `tier ask` against the real local model (llama.cpp + SmolLM2-135M).
@Suite(.serialized) struct AskWithTheRealLocalModel {
    func server() throws -> LocalModelServer { try LocalModelServer.shared.get() }

    func config(_ endpoint: String, threshold: String = "0.0", cloud: String? = nil) -> String {
        var yaml = """
            tiers:
              local:
                provider: llama-server
                endpoint: \(endpoint)
                models: {general: smollm2-135m}

            """
        if let c = cloud {
            yaml += """
                  cloud:
                    provider: openai-compatible
                    endpoint: \(c)
                    boundary: external
                    models: {default: big-model}

                """
        }
        yaml += "routing:\n  default_tier: local\n  escalation_threshold: \(threshold)\n"
        return writeConfig(yaml)
    }

    @Test func answersWithConfidenceFromLogprobs() throws {
        let s = try server()
        let r = try tier(["ask", "-c", config(s.endpoint), "--json", "--max-tokens", "12", "--temperature", "0",
                          "What is the capital of France?"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect((o["answer"] as? String)?.isEmpty == false)
        #expect(o["tier"] as? String == "local")
        let c = try #require(o["confidence"] as? Double)
        #expect(c > 0 && c <= 1)
        #expect(o["output_tokens"] as? Int == 12 || (o["output_tokens"] as? Int ?? 0) > 0)
        #expect((o["input_tokens"] as? Int ?? 0) > 0)
        #expect((o["task_key"] as? String)?.hasPrefix("shape-") == true)
        #expect(r.stderr == "")
    }

    @Test func streamedAnswerEqualsTheBufferedOne() throws {
        let s = try server()
        let cfg = config(s.endpoint)
        let args = ["ask", "-c", cfg, "--max-tokens", "16", "--temperature", "0", "--no-log", "Name three colors."]
        let streamed = try tier(args + ["--stream"])
        let whole = try tier(args + ["--json"])
        let answer = try #require(jsonObject(whole.stdout)?["answer"] as? String)
        #expect(streamed.status == 0)
        #expect(streamed.stdout == answer + (answer.hasSuffix("\n") ? "" : "\n"))
    }

    @Test func jsonOutputIsValidJSON() throws {
        let s = try server()
        let r = try tier(["ask", "-c", config(s.endpoint), "--json", "--json-output", "--max-tokens", "40", "--temperature", "0",
                          "--no-log", "Give a JSON object with a key name set to Ada."])
        #expect(r.status == 0, "\(r.stderr)")
        let answer = try #require(jsonObject(r.stdout)?["answer"] as? String)
        let parsed = try? JSONSerialization.jsonObject(with: Data(answer.utf8), options: [.fragmentsAllowed])
        // The server constrains output to JSON; a truncated object is scored 0, never passed off as confident.
        let c = jsonObject(r.stdout)?["confidence"] as? Double
        #expect(parsed != nil || c == 0)
    }

    @Test func lowConfidenceEscalatesToTheNextAllowedTier() throws {
        let s = try server()
        let cloud = try FakeProvider(protocol: "openai", extra: ["--answer", "Paris."])
        let r = try tier(["ask", "-c", config(s.endpoint, threshold: "0.99", cloud: cloud.endpoint), "--json",
                          "--max-tokens", "12", "--temperature", "0", "What is the capital of France?"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "cloud")
        #expect(o["answer"] as? String == "Paris.")
        let attempts = try #require(o["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["tier"] as? String } == ["local", "cloud"])
        #expect(attempts.first?["outcome"] as? String == "escalated")
        #expect(cloud.requests.count == 1)
    }

    /// The real model's low-confidence answer is held for escalation; the escalation target fails in
    /// each way; the held answer (the same text the model gives when asked alone) is what stdout gets.
    @Test(arguments: ["500", "hang", "cut", "auth"])
    func aFailedEscalationPrintsTheRealModelsAnswer(_ mode: String) throws {
        let s = try server()
        let cloud = try FakeProvider(protocol: "openai", mode: mode)
        let args = ["--no-stream", "--max-tokens", "8", "--temperature", "0", "--timeout", "20s", "Name a colour."]
        let alone = try tier(["ask", "-c", config(s.endpoint)] + args)
        #expect(alone.status == 0)
        let cfg = config(s.endpoint, threshold: "0.999", cloud: cloud.endpoint)
        write(readText(cfg)!.replacingOccurrences(of: "models: {default: big-model}",
                                                  with: "models: {default: big-model}\n    timeouts: {first_token: 1s, total: 3s}"), to: cfg)
        let r = try tier(["ask", "-c", cfg] + args)
        #expect(r.status == 0, "\(mode): \(r.stderr)")
        #expect(!alone.stdout.isEmpty && r.stdout == alone.stdout, "\(mode): \(r.stdout.debugDescription) vs \(alone.stdout.debugDescription)")
        #expect(r.stderr.contains("escalation failed"))
        #expect(cloud.requests.count >= 1)
    }

    /// A local tier that stalls before its first token gives up in time for the fallback to answer.
    @Test func aStalledLocalTierLeavesTimeForTheFallback() throws {
        let s = try server()
        let cloud = try FakeProvider(protocol: "openai", extra: ["--answer", "From the cloud."])
        let cfg = config(s.endpoint, cloud: cloud.endpoint)
        // 1 ms is less than the real model needs for its first token: a stall, as seen from tier.
        write(readText(cfg)!.replacingOccurrences(of: "models: {general: smollm2-135m}",
                                                  with: "models: {general: smollm2-135m}\n    timeouts: {first_token: 1ms}")
                + "fallback:\n  local_unavailable: cloud\n", to: cfg)
        let started = Date()
        let r = try tier(["ask", "-c", cfg, "--no-stream", "--json", "--max-tokens", "8", "--timeout", "10s",
                          "Write a long story about the sea."])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "cloud")
        let attempts = try #require(o["attempts"] as? [[String: Any]])
        #expect(attempts.first?["error"] as? String == "timeout_first_token")
        #expect(Date().timeIntervalSince(started) < 8)
    }

    @Test func personalDataStaysLocalEvenWhenConfidenceIsLow() throws {
        let s = try server()
        let cloud = try FakeProvider(protocol: "openai")
        let r = try tier(["ask", "-c", config(s.endpoint, threshold: "0.99", cloud: cloud.endpoint), "--json",
                          "--max-tokens", "8", "--temperature", "0", "Write a greeting to jane.roe@example.com"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(jsonObject(r.stdout)?["tier"] as? String == "local")
        #expect(cloud.requests.isEmpty)
    }
}

/// `tier ask` against protocol fakes: faults, fallback, retries, privacy, keys, concurrency.
@Suite struct AskFaults {
    static let key = "sk-proj-FAKEKEY-must-never-appear-0123456789"

    /// local: an OpenAI-compatible fake in `mode`; cloud: an Anthropic fake that answers.
    func setup(localMode: String, localExtra: [String] = [], allUnavailable: String = "fail")
        throws -> (config: String, local: FakeProvider, cloud: FakeProvider) {
        let local = try FakeProvider(protocol: "openai", mode: localMode, extra: localExtra)
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
                timeouts: {first_token: 1500ms, total: 10s}
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
            routing:
              default_tier: local
              escalation_threshold: 0.5
            fallback:
              local_unavailable: cloud
              all_unavailable: \(allUnavailable)

            """)
        return (cfg, local, cloud)
    }

    func ask(_ cfg: String, _ prompt: String, extra: [String] = [], home: String? = nil) throws -> Run {
        try tier(["ask", "-c", cfg, "--json", "--timeout", "20s"] + extra + [prompt],
                 env: ["TEST_CLOUD_KEY": Self.key], home: home)
    }

    @Test(arguments: ["500", "529", "garbage", "cut", "hang"])
    func aFailingLocalTierFallsBackToTheCloud(_ mode: String) throws {
        let (cfg, local, cloud) = try setup(localMode: mode)
        let r = try ask(cfg, "What is the capital of France?")
        #expect(r.status == 0, "\(mode): \(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "cloud")
        #expect(o["answer"] as? String == "From the cloud.")
        let attempts = try #require(o["attempts"] as? [[String: Any]])
        #expect(attempts.first?["outcome"] as? String == "failed")
        #expect((o["fallbacks"] as? Int ?? 0) >= 1)
        #expect(o["confidence"] is NSNull)   // Anthropic gives no logprobs: its answer stands, confidence null
        // claude-test has no price: the cost is unknown, not invented.
        #expect(o["cost_usd"] is NSNull)
        #expect(!local.requests.isEmpty && cloud.requests.count == 1)
    }

    /// A refused key is the user's to fix: an error naming the tier, never a quiet answer from elsewhere.
    @Test func aRejectedKeyIsAnErrorNotAFallback() throws {
        let (cfg, local, cloud) = try setup(localMode: "auth")
        let r = try ask(cfg, "What is the capital of France?")
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.contains("tier local rejected the request: authentication failed"), "\(r.stderr)")
        #expect(local.requests.count == 1 && cloud.requests.isEmpty)
    }

    @Test func aDownTierFallsBack() throws {
        let (cfg, _, _) = try setup(localMode: "ok")
        let dead = freePort()
        let broken = readText(cfg)!.replacingOccurrences(of: #"endpoint: http://127\.0\.0\.1:\d+\n    models: \{general"#,
                                                        with: "endpoint: http://127.0.0.1:\(dead)\n    models: {general",
                                                        options: .regularExpression)
        write(broken, to: cfg)
        let r = try ask(cfg, "What is the capital of France?")
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "cloud")
        let first = try #require((o["attempts"] as? [[String: Any]])?.first)
        #expect(first["error"] as? String == "connection_refused")
    }

    @Test func rateLimitedIsRetriedAfterRetryAfter() throws {
        let (cfg, local, cloud) = try setup(localMode: "429", localExtra: ["--fail-first", "1"])
        let started = Date()
        let r = try ask(cfg, "What is the capital of France?")
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "local")
        let attempts = try #require(o["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["outcome"] as? String } == ["failed", "answered"])
        #expect(attempts.first?["error"] as? String == "rate_limited")
        #expect(Date().timeIntervalSince(started) >= 1.0)   // Retry-After: 1 was honoured
        #expect(local.requests.count == 2 && cloud.requests.isEmpty)
    }

    /// The privacy lock: whatever fails, a prompt with personal data never reaches the external tier.
    @Test(arguments: ["500", "529", "429", "garbage", "cut", "hang", "auth"])
    func personalDataNeverReachesTheCloudUnderAnyFault(_ mode: String) throws {
        let (cfg, _, cloud) = try setup(localMode: mode)
        let r = try ask(cfg, "Summarize the complaint from jane.roe@example.com about card 4111 1111 1111 1111")
        #expect(r.stdout == "")
        if mode == "auth" {
            #expect(r.status == 1, "\(mode): \(r.stdout) \(r.stderr)")
            #expect(r.stderr.contains("rejected the request: authentication failed"))
        } else {
            #expect(r.status == 5, "\(mode): \(r.stdout) \(r.stderr)")
            #expect(r.stderr.contains("every allowed tier is unavailable"))
        }
        #expect(cloud.requests.isEmpty, "\(mode): the cloud fake received \(cloud.requests)")
    }

    @Test func queueKeepsTheRequest() throws {
        let (cfg, _, _) = try setup(localMode: "500", allUnavailable: "queue")
        let home = scratchDirectory()
        let r = try ask(cfg, "Summarize the note from jane.roe@example.com", home: home)
        #expect(r.status == 5)
        #expect(r.stderr.contains("the request is queued as"))
        let queued = try FileManager.default.contentsOfDirectory(atPath: home + "/state/tier/queue")
        #expect(queued.count == 1)
    }

    @Test func drainQueueReplaysAndEmptiesTheQueue() throws {
        let (cfg, _, _) = try setup(localMode: "500", allUnavailable: "queue")
        let home = scratchDirectory()
        for i in 0..<2 {
            let r = try ask(cfg, "Summarize note \(i) from jane.roe@example.com", home: home)
            #expect(r.status == 5)
        }
        // The local tier recovers (a fake that answers; its breaker's cooldown over), and the queue is
        // replayed oldest first.
        try FileManager.default.removeItem(atPath: home + "/state/tier/state.json")
        let healthy = try FakeProvider(protocol: "openai", extra: ["--answer", "Done."])
        let recovered = writeConfig(readText(cfg)!.replacingOccurrences(
            of: #"endpoint: http://127\.0\.0\.1:\d+\n    models: \{general"#,
            with: "endpoint: \(healthy.endpoint)\n    models: {general", options: .regularExpression))
        let r = try tier(["ask", "-c", recovered, "--drain-queue"], env: ["TEST_CLOUD_KEY": Self.key], home: home)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").compactMap { jsonObject(String($0)) }
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0["answer"] as? String == "Done." && $0["tier"] as? String == "local" })
        #expect(healthy.requests.count == 2)
        #expect(healthy.requests[0].contains("note 0") && healthy.requests[1].contains("note 1"))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: home + "/state/tier/queue")) ?? []
        #expect(left.isEmpty)
    }

    @Test func theKeyNeverAppearsAnywhere() throws {
        let home = scratchDirectory()
        let cloud = try FakeProvider(protocol: "anthropic", mode: "auth")
        let cfg = writeConfig("""
            tiers:
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}

            """)
        for extra in [["-v"], ["--json"], ["-u"]] {
            let r = try tier(["ask", "-c", cfg] + extra + ["hello"], env: ["TEST_CLOUD_KEY": Self.key], home: home)
            #expect(r.status != 0)
            #expect(!r.stdout.contains(Self.key) && !r.stderr.contains(Self.key))
            #expect(!r.stderr.contains("FAKEKEY"))
        }
        let log = readText(home + "/state/tier/requests.jsonl") ?? ""
        #expect(!log.isEmpty && !log.contains(Self.key) && !log.contains("FAKEKEY"))
        // It was sent, in its header, to the server that needs it.
        #expect(cloud.requests.first?.contains(Self.key) == true)
    }

    @Test func aStreamCutAfterOutputIsAnErrorNotATruncation() throws {
        let local = try FakeProvider(protocol: "openai", mode: "cut", extra: ["--answer", "one two three four five six"])
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(local.endpoint)", models: {general: small}}

            """)
        let r = try tier(["ask", "-c", cfg, "--stream", "--no-log", "count"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("one two"))
        #expect(r.stderr.contains("cut off after output had started"))
    }

    @Test func twentyParallelRunsShareTheLogWithoutLoss() throws {
        let (cfg, _, _) = try setup(localMode: "ok")
        let home = scratchDirectory()
        let group = DispatchGroup()
        let statuses = Statuses()
        for i in 0..<20 {
            group.enter()
            DispatchQueue.global().async {
                let r = try? tier(["ask", "-c", cfg, "--no-stream", "question \(i)?"], env: ["TEST_CLOUD_KEY": Self.key], home: home)
                statuses.add(r?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(statuses.all.allSatisfy { $0 == 0 }, "\(statuses.all)")
        let lines = (readText(home + "/state/tier/requests.jsonl") ?? "").split(separator: "\n")
        #expect(lines.count == 20)
        let ids = Set(lines.compactMap { jsonObject(String($0))?["id"] as? String })
        #expect(ids.count == 20)
        // "question 0?" ... "question 19?": one template, one task key, and it is a hash, not the prompt.
        let keys = Set(lines.compactMap { jsonObject(String($0))?["task_key"] as? String })
        #expect(keys.count == 1 && keys.first?.hasPrefix("shape-") == true && !lines.contains { $0.contains("question") }, "\(keys)")
    }
}

final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int32] = []
    func add(_ v: Int32) { lock.lock(); values.append(v); lock.unlock() }
    var all: [Int32] { lock.lock(); defer { lock.unlock() }; return values }
}

@Suite struct SharedHealth {
    @Test func anOpenBreakerSkipsTheTierAcrossInvocations() throws {
        let local = try FakeProvider(protocol: "openai", mode: "500")
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
                failure_threshold: 1
                cooldown: 60s
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
            fallback:
              local_unavailable: cloud

            """)
        let home = scratchDirectory()
        let env = ["TEST_CLOUD_KEY": "k"]
        let first = try tier(["ask", "-c", cfg, "--json", "hello there"], env: env, home: home)
        #expect(jsonObject(first.stdout)?["tier"] as? String == "cloud")
        let localRequests = local.requests.count
        #expect(localRequests >= 1)
        // The breaker is open: the next run goes straight to the cloud, and route agrees.
        let second = try tier(["ask", "-c", cfg, "--json", "hello again"], env: env, home: home)
        let attempts = try #require(jsonObject(second.stdout)?["attempts"] as? [[String: Any]])
        #expect(attempts.map { $0["tier"] as? String } == ["cloud"])
        #expect(local.requests.count == localRequests)
        let route = try tier(["route", "-c", cfg, "--explain", "hello again"], home: home)
        #expect(route.stdout.hasPrefix("route:        cloud/claude-test"))
        #expect(route.stdout.contains("local is unavailable: circuit open after 2 failures (server_error)"), "\(route.stdout)")
        let state = try #require(readText(home + "/state/tier/state.json"))
        #expect(state.contains("\"consecutive_failures\":2"))   // the first try and its one retry
    }

    @Test func aFailedProbeMarksTheTierDownWithoutACompletion() throws {
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let dead = freePort()
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: http://127.0.0.1:\(dead)
                models: {general: small}
                health_check_interval: 30s
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}

            """)
        let home = scratchDirectory()
        let r = try tier(["ask", "-c", cfg, "--json", "hello"], env: ["TEST_CLOUD_KEY": "k"], home: home)
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "cloud")
        #expect((o["attempts"] as? [[String: Any]])?.map { $0["tier"] as? String } == ["cloud"])
        #expect(readText(home + "/state/tier/state.json")?.contains("\"probe_ok\":false") == true)
    }
}

@Suite struct ShadowAndCascadeBreaker {
    func config(local: FakeProvider, cloud: FakeProvider, routing: String) -> String {
        writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
              cloud:
                provider: openai-compatible
                endpoint: \(cloud.endpoint)
                boundary: external
                models: {default: big}
            routing:
              escalation_threshold: 0.5
            \(routing)

            """)
    }

    @Test func shadowSamplingLogsAgreementOnlyWhereTheDataMayGo() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Paris is the capital of France."])
        let cloud = try FakeProvider(protocol: "openai", extra: ["--answer", "Paris is the capital of France."])
        let cfg = config(local: local, cloud: cloud, routing: "  shadow_rate: 1")
        let home = scratchDirectory()
        let r = try tier(["ask", "-c", cfg, "What is the capital of France?"], home: home)
        #expect(r.status == 0 && r.stdout == "Paris is the capital of France.\n")
        #expect(cloud.requests.count == 1)
        let personal = try tier(["ask", "-c", cfg, "What is the capital of France? Reply to jane.roe@example.com"], home: home)
        #expect(personal.status == 0)
        #expect(cloud.requests.count == 1)   // no shadow for personal data
        let log = (readText(home + "/state/tier/requests.jsonl") ?? "").split(separator: "\n").compactMap { jsonObject(String($0)) }
        #expect(log.count == 2)
        let shadow = try #require(log[0]["shadow"] as? [String: Any])
        #expect(shadow["tier"] as? String == "cloud")
        #expect(shadow["agreement"] as? Double == 1)
        #expect((shadow["local_confidence"] as? Double ?? 0) > 0.9)
        #expect(log[1]["shadow"] == nil)
    }

    @Test func cascadeBreakerWarnsThenSkipsTheLocalTier() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--logprob", "-3"])   // always unsure
        let cloud = try FakeProvider(protocol: "openai", extra: ["--answer", "Sure."])
        let cfg = config(local: local, cloud: cloud, routing: "  cascade_breaker: {max_escalation_rate: 0.3, window: 2, action: skip_local}")
        let home = scratchDirectory()
        let first = try tier(["ask", "-c", cfg, "question one?"], home: home)
        #expect(first.stdout == "Sure.\n" && !first.stderr.contains("warning"))
        let second = try tier(["ask", "-c", cfg, "question two?"], home: home)
        #expect(second.stderr.contains("100% of the last 2 answers from local escalated (more than 30%); it is skipped for its cooldown"))
        let before = local.requests.count
        let third = try tier(["ask", "-c", cfg, "--json", "question three?"], home: home)
        #expect(jsonObject(third.stdout)?["tier"] as? String == "cloud")
        #expect(local.requests.count == before)
        let log = readText(home + "/state/tier/requests.jsonl") ?? ""
        #expect(log.contains("\"cascade_breaker_tripped\":1"))
    }
}

@Suite struct AskPolicyAndLog {
    @Test func forcingATierTheDataMayNotReachIsRefused() throws {
        let cloud = try FakeProvider(protocol: "anthropic")
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:9", models: {general: s}}
              cloud: {provider: anthropic, endpoint: "\(cloud.endpoint)", boundary: external, api_key_env: K, models: {default: c}}

            """)
        let r = try tier(["ask", "-c", cfg, "--tier", "cloud", "Summarize the mail from jane.roe@example.com"], env: ["K": "k"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("refused"))
        #expect(cloud.requests.isEmpty)
        // With explicit consent the hint lowers the level, the request goes, and the log records the consent.
        let home = scratchDirectory()
        let ok = try tier(["ask", "-c", cfg, "--tier", "cloud", "--sensitivity", "public", "--consent",
                           "Summarize the mail from jane.roe@example.com"], env: ["K": "k"], home: home)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.contains("lowered from personal to public by --consent"))
        #expect(cloud.requests.count == 1)
        #expect(readText(home + "/state/tier/requests.jsonl")?.contains("\"consent\":true") == true)
    }

    @Test func contentIsLoggedOnlyWhenAskedAndThenRedacted() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Write to jane.roe@example.com today."])
        let logPath = scratchDirectory() + "/custom/requests.jsonl"
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(local.endpoint)", models: {general: s}}
            log:
              path: \(logPath)
              content: true

            """)
        let r = try tier(["ask", "-c", cfg, "Who should I write to? My card is 4111 1111 1111 1111"])
        #expect(r.status == 0)
        let line = try #require(readText(logPath))
        let o = try #require(jsonObject(String(line.split(separator: "\n")[0])))
        #expect(o["prompt"] as? String == "Who should I write to? My card is [CREDIT_CARD]")
        #expect(o["answer"] as? String == "Write to [EMAIL_ADDRESS] today.")
        #expect(!line.contains("4111") && !line.contains("jane.roe"))
    }

    @Test func usageShowsTokensAndCost() throws {
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "one two three"])
        let cfg = writeConfig("""
            tiers:
              cloud: {provider: anthropic, endpoint: "\(cloud.endpoint)", boundary: external, api_key_env: K, models: {default: claude-sonnet-4-5}}
            pricing:
              claude-sonnet-4-5: {input: 3, output: 15}

            """)
        let r = try tier(["ask", "-c", cfg, "-u", "hello"], env: ["K": "k"])
        #expect(r.status == 0)
        // The fake reports 11 input and 3 output tokens: 11 * 3 / 1M + 3 * 15 / 1M = 0.000078
        #expect(r.stderr.contains("tokens 11 in / 3 out, cost $0.000078"), "\(r.stderr)")
        let j = try tier(["ask", "-c", cfg, "--json", "hello"], env: ["K": "k"])
        #expect(jsonObject(j.stdout)?["cost_usd"] as? Double == 0.000078)
    }

    @Test func anthropicOverloadedIsTyped() throws {
        let cloud = try FakeProvider(protocol: "anthropic", mode: "529")
        let cfg = writeConfig("""
            tiers:
              cloud: {provider: anthropic, endpoint: "\(cloud.endpoint)", boundary: external, api_key_env: K, models: {default: c}}

            """)
        let r = try tier(["ask", "-c", cfg, "--json", "hello"], env: ["K": "k"])
        #expect(r.status == 5)
        #expect(r.stderr.contains("overloaded (529): Overloaded"))
        #expect(cloud.requests.count == 2)   // one retry with backoff, then the fallback plan
    }
}

@Suite(.serialized) struct AskContextLength {
    @Test func aPromptTooLongForTheLocalModelFallsBack() throws {
        let s = try LocalModelServer.shared.get()
        let cloud = try FakeProvider(protocol: "openai", extra: ["--answer", "Long answer."])
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(s.endpoint)", models: {general: smollm2-135m}}
              cloud: {provider: openai-compatible, endpoint: "\(cloud.endpoint)", boundary: external, models: {default: big}}

            """)
        let long = String(repeating: "tell me more about the history of the quarterly reports. ", count: 400)
        let r = try tier(["ask", "-c", cfg, "--json", "--max-tokens", "4", long])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["tier"] as? String == "cloud")
        #expect((o["attempts"] as? [[String: Any]])?.first?["error"] as? String == "context_length")
    }
}

/// DESIGN.md: route is ask stopped before the network; for the same input, config and health they agree.
@Suite struct RouteAgreesWithAsk {
    @Test func theFirstTierAskTriesIsTheTierRouteNames() throws {
        let local = try FakeProvider(protocol: "openai")
        let priv = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(local.endpoint)", models: {fast: f, general: g}}
              private: {provider: vllm, endpoint: "\(priv.endpoint)", boundary: organization, models: {general: p}}
              cloud: {provider: anthropic, endpoint: "\(cloud.endpoint)", boundary: external, api_key_env: K, models: {default: c, frontier: x}}
            routing:
              escalation_threshold: 0
              rules:
                - task_type: message_classification
                  tier: local
                  model: fast
                - task_type: complex_reasoning
                  tier: cloud
                  model: frontier
                - match: [quarterly]
                  tier: private

            """)
        let prompts = [
            "Classify this ticket as billing or other",
            "Prove step by step that the sum of two even numbers is even",
            "Prove step by step that jane.roe@example.com is a valid address",
            "Summarize the quarterly numbers",
            "Summarize the quarterly numbers for jane.roe@example.com",
            "hello",
        ]
        let home = scratchDirectory()
        let systems: [[String]] = [[], ["--system", "Reply to jane.roe@example.com politely."], ["--system", "Be brief."]]
        for p in prompts {
          for system in systems {
            let route = try tier(["route", "-c", cfg, "--json"] + system + [p], home: home)
            let decision = try #require(jsonObject(route.stdout))
            let ask = try tier(["ask", "-c", cfg, "--json"] + system + [p], env: ["K": "k"], home: home)
            let attempts = try #require(jsonObject(ask.stdout)?["attempts"] as? [[String: Any]], "\(p): \(ask.stderr)")
            #expect(attempts.first?["tier"] as? String == decision["tier"] as? String, "\(p)")
            #expect(attempts.first?["model"] as? String == decision["model"] as? String, "\(p)")
            if !system.isEmpty && system[1].contains("jane.roe") { #expect(decision["tier"] as? String == "local", "\(p)") }
          }
        }
    }
}
