import Testing
@testable import TierCore
#if canImport(Glibc)
import Glibc
#endif

/// What a fake tier does with one request.
enum FakeBehaviour: CaseIterable {
    case answer, lowConfidence, noLogprobs, fail500, failTimeout, failAuth, failContext, cutBefore, cutAfterOutput,
         errorAfterOutput, empty
}

/// Records every send, by tier, with the texts it carried.
final class SendLog: @unchecked Sendable {
    var sends: [(tier: String, request: ChatRequest)] = []
}

struct FakeChatProvider: ChatProvider {
    let tier: String
    let behaviour: FakeBehaviour
    let log: SendLog

    func complete(_ r: ChatRequest, onText: @escaping (String) -> Void) throws(ProviderError) -> ChatResponse {
        log.sends.append((tier, r))
        var response = ChatResponse()
        response.text = "answer from \(tier)"
        response.finishReason = "stop"
        response.logprobs = [TokenLogprob(logprob: -0.01, runnerUp: -6)]
        switch behaviour {
        case .answer: break
        case .lowConfidence: response.logprobs = [TokenLogprob(logprob: -4, runnerUp: -4.1)]
        case .noLogprobs: response.logprobs = nil
        case .fail500: throw .http(status: 500, message: "boom")
        case .failTimeout: throw .timeout(phase: "first_token")
        case .failAuth: throw .authentication("bad key")
        case .failContext: throw .contextLength("too long")
        case .cutBefore: throw .streamCut(afterOutput: false)
        case .empty: throw .emptyAnswer
        case .cutAfterOutput:
            onText("partial from \(tier)")
            throw .streamCut(afterOutput: true)
        case .errorAfterOutput:
            onText("partial from \(tier)")
            throw .streamError("server error")
        }
        onText(response.text)
        return response
    }
}

/// The whole ask pipeline in-process under random faults, sensitivities and configs.
@Suite struct AskPipelineProperties {
    static let texts: [(text: String, level: Sensitivity)] = [
        ("What is the capital of France?", .public),
        ("Summarize the note from jane.roe@example.com", .personal),
        ("Charge card 4111 1111 1111 1111 today", .personal),
        ("Use key AKIAQ4XJ7ZPLM3KD2RWB for the upload", .secret),
    ]

    func randomConfig(_ rng: inout SplitMix) throws -> TierConfig {
        let boundaries = ["device", "organization", "external"]
        let n = Int.random(in: 1...4, using: &rng)
        var yaml = "tiers:\n"
        var names: [String] = []
        for i in 0..<n {
            let name = "t\(i)"
            names.append(name)
            let provider = Bool.random(using: &rng) ? "llama-server" : "anthropic"
            yaml += "  \(name):\n    provider: \(provider)\n    endpoint: http://127.0.0.1:\(9000 + i)\n"
            yaml += "    boundary: \(boundaries.randomElement(using: &rng)!)\n    models: {general: m\(i)}\n"
            if provider == "anthropic" { yaml += "    api_key_env: FAKE_KEY\n" }
            if Int.random(in: 0..<5, using: &rng) == 0 { yaml += "    max_sensitivity: \(["public", "internal", "personal", "secret"].randomElement(using: &rng)!)\n" }
        }
        yaml += "routing:\n  default_tier: \(names.randomElement(using: &rng)!)\n"
        yaml += "  escalation_threshold: \(["0", "0.5", "0.9"].randomElement(using: &rng)!)\n"
        yaml += "  shadow_rate: \(["0", "1"].randomElement(using: &rng)!)\n"
        yaml += "  no_confidence: \(["accept", "escalate"].randomElement(using: &rng)!)\n"
        let actions = ["next", "fail", "queue"] + names
        yaml += "fallback:\n  local_unavailable: \(actions.randomElement(using: &rng)!)\n"
        yaml += "  cloud_unavailable: \(actions.randomElement(using: &rng)!)\n"
        yaml += "  all_unavailable: \(["fail", "queue"].randomElement(using: &rng)!)\n"
        return try ConfigLoader.load(bytes: Array(yaml.utf8), file: "<random>", source: .embedded)
    }

    @Test func theCascadeNeverLeavesTheAllowedSetAndEveryRunEndsInExactlyOneWay() throws {
        var rng = SplitMix(state: 0x7165_7231_3)
        let dir = "/tmp/tier-pipeline-\(getpid())"
        mkdir(dir, 0o700)
        var runs = 0, answered = 0, failed = 0, cut = 0, queued = 0, escalationsHeld = 0, outputErrors = 0
        defer { removeTree(dir) }
        var sendsChecked = 0, replaySends = 0
        for round in 0..<2000 {
            let config = try randomConfig(&rng)
            let log = SendLog()
            // Each tier has a script of behaviours, one per call.
            var scripts: [String: [FakeBehaviour]] = [:]
            for t in config.tiers {
                scripts[t.name] = (0..<4).map { _ in FakeBehaviour.allCases.randomElement(using: &rng)! }
            }
            let scriptBox = ScriptBox(scripts)
            var stdout = ""
            // Sometimes stdout fails (a full disk) after some bytes.
            let stdoutBreaks = Int.random(in: 0..<10, using: &rng) == 0
            var writes = 0
            let clockBox = ClockBox()
            let context = AskContext(
                clock: CascadeClock(now: { clockBox.advance(1) }, sleep: { clockBox.advance($0) }, random: { 0.5 }),
                wallMs: { 1_800_000_000_000 }, timestamp: { "2026-12-01T00:00:00.000Z" }, newID: { "id\(round)" },
                stateDirectory: dir + "/state\(round)", logPath: dir + "/log\(round).jsonl",
                providers: { (tier: TierSpec, _: HTTPTimeouts) throws(ProviderError) -> ChatProvider in
                    FakeChatProvider(tier: tier.name, behaviour: scriptBox.next(tier.name), log: log)
                },
                probe: { _ in nil },
                stdout: { text in
                    writes += 1
                    if stdoutBreaks && (writes > 1 || Bool.random()) { return false }
                    stdout += text
                    return true
                })
            var request = AskRequest(prompt: Self.texts.randomElement(using: &rng)!.text)
            // Personal data may hide in any part of the request.
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: request.system = Self.texts.randomElement(using: &rng)!.text
            case 1: request.attachments = [Attachment(name: "a.txt", text: Self.texts.randomElement(using: &rng)!.text)]
            default: break
            }
            if Bool.random(using: &rng) { request.sensitivityHint = Sensitivity.allCases.randomElement(using: &rng) }
            var options = AskOptions()
            options.stream = Bool.random(using: &rng)
            // --json: the answer is rendered whole by the caller's renderer, never streamed.
            let asJSON = Int.random(in: 0..<4, using: &rng) == 0
            if asJSON {
                options.printAnswer = false
                options.render = { r, _, _ in Array("{\"answer\":\"\(r.answer)\"}\n".utf8) }
            }
            let outcome = Ask.run(request, config: config, context: context, options: options)
            runs += 1

            // Privacy: the level of everything the request carried, independently of the pipeline.
            var level = PIIScanner.report([request.prompt] + (request.system.map { [$0] } ?? []) + request.attachments.map(\.text)).level
            if let h = request.sensitivityHint, h > level { level = h }
            #expect(outcome.decision.sensitivity >= level, "round \(round)")
            for send in log.sends {
                sendsChecked += 1
                #expect(outcome.decision.allowed.contains(send.tier), "round \(round): sent to \(send.tier)")
                let tier = try #require(config.tier(named: send.tier))
                #expect(level <= tier.maxSensitivity, "round \(round): \(level.name) data reached \(send.tier) (\(tier.boundary))")
                #expect(send.request.system == request.system && send.request.user == request.userText)
            }

            // Exactly one ending: the whole answer on stdout and exit 0, or a non-zero exit with a message.
            switch outcome.result {
            case .success(let r) where outcome.record.outcome == "output_error":
                outputErrors += 1
                #expect(stdoutBreaks, "round \(round)")
                #expect(outcome.exitCode == ExitCode.failure && outcome.message != nil, "round \(round)")
                #expect(r.answer.hasPrefix(stdout) || stdout.isEmpty, "round \(round)")
            case .success(let r):
                answered += 1
                if r.escalationFailed { escalationsHeld += 1 }
                #expect(outcome.exitCode == ExitCode.success, "round \(round)")
                #expect(outcome.message == nil)
                let expected = asJSON ? "{\"answer\":\"\(r.answer)\"}\n" : r.answer
                #expect(stdout == expected, "round \(round): stdout \(stdout.debugDescription) answer \(r.answer.debugDescription)")
                #expect(!r.answer.isEmpty)
            case .failure(let f):
                failed += 1
                #expect(outcome.exitCode != ExitCode.success, "round \(round)")
                #expect(outcome.message?.isEmpty == false, "round \(round)")
                if case .cutAfterOutput = f {
                    cut += 1
                    #expect(outcome.exitCode == ExitCode.failure)
                    #expect(!asJSON)
                    #expect((stdout.hasPrefix("partial from ") || stdoutBreaks && stdout.isEmpty) && !stdout.contains("answer from"), "round \(round): \(stdout)")
                    #expect(outcome.record.outcome == "cut_after_output")
                } else {
                    #expect(stdout.isEmpty, "round \(round): \(stdout.debugDescription) with \(f)")
                }
                if outcome.queuedID != nil { queued += 1 }
            }

            // A queued request replayed under new faults: still nowhere its data may not go.
            if outcome.queuedID != nil {
                for t in config.tiers { scriptBox.scripts[t.name] = (0..<4).map { _ in FakeBehaviour.allCases.randomElement(using: &rng)! } }
                let before = log.sends.count
                var replays = 0
                let (total, _, _, _) = Ask.drainQueue(config: config, context: context, emit: { o, entry in
                    replays += 1
                    #expect(o.decision.sensitivity >= level, "round \(round): replay routed \(o.decision.sensitivity.name) below \(level.name)")
                    #expect(entry.request.system == request.system && entry.request.userText == request.userText)
                    return true
                }, warn: { _ in })
                #expect(total == 1 && replays == 1, "round \(round)")
                for send in log.sends[before...] {
                    replaySends += 1
                    let tier = try #require(config.tier(named: send.tier))
                    #expect(level <= tier.maxSensitivity, "round \(round): replay sent \(level.name) data to \(send.tier)")
                }
            }

            // The log record is written and read back by the same type, and agrees with the outcome.
            let line = try #require(readLines(dir + "/log\(round).jsonl").first)  // the first request's record
            let record = try #require(LogRecord.decode(try JSONParser.parse(line)))
            #expect(record == outcome.record)
            let expectedOutcome: String
            switch outcome.exitCode {
            case .success: expectedOutcome = "answered"
            case .policy: expectedOutcome = "refused"
            case .unavailable: expectedOutcome = outcome.queuedID != nil ? "unavailable_queue" : record.outcome.hasPrefix("unavailable_") ? record.outcome : "?"
            case .failure: expectedOutcome = ["cut_after_output", "rejected", "output_error", "unavailable_queue"].contains(record.outcome) ? record.outcome : "?"
            default: expectedOutcome = "?"
            }
            #expect(record.outcome == expectedOutcome, "round \(round): \(record.outcome) with exit \(outcome.exitCode)")
            #expect(record.attempts.allSatisfy { outcome.decision.allowed.contains($0.tier) })
            #expect(!line.contains("jane.roe") && !line.contains("4111"))
        }
        print("ask pipeline property: \(runs) runs, \(sendsChecked) sends checked, \(answered) answered (\(escalationsHeld) held after a failed escalation), \(outputErrors) stdout failures, \(failed) failed (\(cut) cut after output, \(queued) queued, their replays sent \(replaySends) times)")
        // The random cases reached every ending (the checks above are not vacuous).
        #expect(answered > 50 && failed > 50 && cut > 5 && queued > 5 && escalationsHeld > 5 && outputErrors > 5 && sendsChecked > 500 && replaySends > 20,
                "answered \(answered) failed \(failed) cut \(cut) queued \(queued) held \(escalationsHeld) sends \(sendsChecked)")
    }

    @Test func aQueuedRequestRoundTripsWholeAndIsClaimedOnce() throws {
        let dir = "/tmp/tier-queue-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        mkdir(dir, 0o700)
        defer { removeTree(dir) }
        var r = AskRequest(prompt: "Question", system: "You are terse.", attachments: [Attachment(name: "n.txt", text: "notes")])
        r.taskType = "summarization"; r.sensitivityHint = .internal; r.latency = .background; r.maxTokens = 77
        r.temperature = 0.3; r.jsonOutput = true; r.forcedTier = "local"; r.modelRole = "fast"; r.timeoutMs = 9_000
        let q = Queue(stateDirectory: dir)
        let id = try q.save(r, sensitivity: .personal, id: "abc", time: "t", nowMs: 1)
        #expect(id == "abc")
        // What a kill -9 in the middle of a save leaves: a temporary file, never a truncated entry.
        let torn = dir + "/queue/" + "123-torn.json.tmp.99.abc"
        _ = try? System.writeFile(torn, "{\"id\":\"torn\",\"req")
        let names = q.pending()
        #expect(names.count == 1)
        #expect(!names.contains { $0.contains("torn") })
        let entry = try #require(q.claim(names[0], warn: { _ in }))
        var expected = r
        expected.sensitivityFloor = .personal
        #expect(entry.request == expected)
        // A second drain cannot claim it, nor list it.
        #expect(q.claim(names[0], warn: { _ in }) == nil)
        #expect(q.pending().isEmpty)
        // A live claim (its lock held) is not recovered by another drain.
        q.recoverAbandoned()
        #expect(q.pending().isEmpty)
        q.finish(entry, as: .pending)
        #expect(q.pending() == names)
        // A claim whose drain died (the file renamed, no lock held) goes back to the queue.
        rename(dir + "/queue/" + names[0], dir + "/queue/.claimed-" + names[0])
        #expect(q.pending().isEmpty)
        q.recoverAbandoned()
        #expect(q.pending() == names)
        let again = try #require(q.claim(names[0], warn: { _ in }))
        q.finish(again, as: .failed)
        #expect(q.pending().isEmpty)
        #expect(System.listDirectory(dir + "/queue/failed") == names)
    }

    @Test func boundariesFromTheEndpointFailClosed() {
        let cases: [(String, Boundary)] = [
            ("localhost", .device), ("LOCALHOST.", .device), ("127.0.0.1", .device), ("127.8.9.10", .device), ("::1", .device),
            ("[::1]", .device), ("0:0:0:0:0:0:0:1", .device), ("::ffff:127.0.0.1", .device),
            ("127.0.0.1.example.com", .external), ("localhost.example.com", .external), ("api.openai.com", .external),
            ("api.anthropic.com.", .external), ("llm.example.com", .external), ("8.8.8.8", .external),
            ("10.1.2.3", .organization), ("172.16.0.1", .organization), ("172.31.255.255", .organization), ("172.32.0.1", .external),
            ("192.168.1.10", .organization), ("fd00::1", .organization), ("gpu.internal", .organization),
            ("box.local", .organization), ("nas.lan", .organization), ("inference", .organization),
        ]
        for (host, want) in cases { #expect(Boundary.derived(host: host) == want, "\(host)") }
        // The host judged is the host connected to: URLs where the two could differ are refused.
        for url in ["http://127.0.0.1:9?@127.0.0.1:8", "http://llm.example.com#@localhost", "http://u:p@127.0.0.1",
                    "http://llm.example.com\\@127.0.0.1", "http://a b@127.0.0.1", "http://llm.example.com?x=1"] {
            #expect(URLParts.parse(url) == nil, "\(url)")
        }
        #expect(URLParts.parse("http://127.0.0.1:8080/v1")?.host == "127.0.0.1")
    }

    /// log.content never writes what only a normalized copy shows: the redactor cannot mark it in place.
    @Test func loggedContentWithholdsWhatOnlyNormalizingFinds() {
        let hidden = "card 4111\u{00A0}1111\u{00A0}1111\u{00A0}1111 please"
        #expect(!Ask.redactedForLog(hidden).contains("1111"))
        #expect(Ask.redactedForLog("mail jane.roe@example.com now") == "mail [EMAIL_ADDRESS] now")
        #expect(Ask.redactedForLog("plain text") == "plain text")
    }

    @Test func retryAfterTreatsNonsenseAsAbsent() {
        let now = 1_800_000_000.0
        #expect(RetryAfter.milliseconds(retryAfter: "2", retryAfterMs: nil, nowEpochSeconds: now) == 2_000)
        #expect(RetryAfter.milliseconds(retryAfter: "0.25", retryAfterMs: nil, nowEpochSeconds: now) == 250)
        for bad in ["-1", "nan", "inf", "-inf", "soon", ""] {
            #expect(RetryAfter.milliseconds(retryAfter: bad, retryAfterMs: nil, nowEpochSeconds: now) == nil, "\(bad)")
        }
        #expect(RetryAfter.milliseconds(retryAfter: "1e300", retryAfterMs: nil, nowEpochSeconds: now) == RetryAfter.maxMs)
        #expect(RetryAfter.milliseconds(retryAfter: nil, retryAfterMs: "-5", nowEpochSeconds: now) == nil)
        #expect(RetryAfter.milliseconds(retryAfter: nil, retryAfterMs: "1500", nowEpochSeconds: now) == 1_500)
        // An HTTP-date 90 s ahead, and one in the past (no wait).
        let date = "Fri, 15 Jan 2027 08:00:00 GMT"
        let at = Double(RequestLog.epochSeconds("2027-01-15T08:00:00Z")!)
        #expect(RetryAfter.milliseconds(retryAfter: date, retryAfterMs: nil, nowEpochSeconds: at - 90) == 90_000)
        #expect(RetryAfter.milliseconds(retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT", retryAfterMs: nil, nowEpochSeconds: now) == 0)
    }

    @Test func keysAreMaskedInProviderMessages() {
        let key = "sk-ant-api03-abcdefghijklmnop"
        #expect(!APIKey.mask("Invalid key \(key) given", key: key).contains("abcdefgh"))
        #expect(!APIKey.mask("Incorrect API key provided: sk-ant-api03-abcd****mnop", key: key).contains("sk-ant-api03-abcd"))
        #expect(APIKey.mask("model not found", key: key) == "model not found")
    }

    /// Ordinary pasted forms reach the same policy as the plain text; prose with line breaks is not rescanned.
    @Test func pastedFormsAreFound() throws {
        let config = try loadExample("hybrid.yaml")
        for text in ["card 4111\t1111\t1111\t1111 ok", "card 4111 1111\r1111 1111 ok", "card 4111 1111\u{2028}1111 1111 ok",
                     "jane.roe@example\u{FE52}com", "card ⁴¹¹¹ ¹¹¹¹ ¹¹¹¹ ¹¹¹¹",
                     "Mail ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ today", "Mail jane%40example.com now", "card 4111 1111\n1111 1111 ok",
                     "write to jane.roe@exam\nple.com today", "card 4111\u{00A0}1111\u{00A0}1111\u{00A0}1111",
                     "call +44\u{2009}20\u{2009}7946\u{2009}0958 now", "card ４１１１ １１１１ １１１１ １１１１"] {
            let d = Router.decide(RouteRequest(prompt: text), config: config)
            #expect(d.sensitivity == .personal, "\(text.debugDescription): \(d.sensitivity.name)")
            #expect(!d.allowed.contains("cloud"))
        }
        #expect(ScanVariants.of("Hello\nworld, plain prose\non two lines").isEmpty)
        #expect(ScanVariants.of("plain ascii").isEmpty)
    }

    @Test func terminalOutputIsNeutralised() {
        #expect(TerminalText.neutralize("plain\ttext\n") == "plain\ttext\n")
        #expect(TerminalText.neutralize("a\u{1B}[2Jb") == "a^[[2Jb")
        #expect(TerminalText.neutralize("\u{1B}]8;;http://x\u{07}link") == "^[]8;;http://x^Glink")
        #expect(TerminalText.neutralize("x\u{9B}31m") == "x<U+9B>31m")
    }
}

final class ScriptBox: @unchecked Sendable {
    var scripts: [String: [FakeBehaviour]]
    init(_ s: [String: [FakeBehaviour]]) { scripts = s }
    func next(_ tier: String) -> FakeBehaviour {
        guard var s = scripts[tier], !s.isEmpty else { return .answer }
        let b = s.removeFirst()
        scripts[tier] = s
        return b
    }
}

final class ClockBox: @unchecked Sendable {
    var now = 0.0
    func advance(_ ms: Double) -> Double { now += ms; return now }
    func advance(_ ms: Double) { now += ms }
}

func readLines(_ path: String) -> [String] {
    guard let bytes = try? System.readFile(path) else { return [] }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
}

/// rm -r, for the scratch trees tests leave in /tmp.
func removeTree(_ path: String) {
    for name in System.listDirectory(path) {
        let p = path + "/" + name
        if System.isDirectory(p) { removeTree(p) } else { unlink(p) }
    }
    rmdir(path)
}

@Suite struct ProviderRegistryAndPrices {
    @Test func readmeProviderTableIsTheRegistrys() throws {
        let readme = String(decoding: try System.readFile(repoRoot + "/README.md"), as: UTF8.self)
        let start = try #require(readme.range(of: "<!-- providers: generated from ProviderKind.table; a test fails when it drifts -->\n"))
        let end = try #require(readme.range(of: "<!-- /providers -->"))
        #expect(String(readme[start.upperBound..<end.lowerBound]) == ProviderKind.table,
                "regenerate the README's provider table from ProviderKind.table:\n\(ProviderKind.table)")
        for k in ProviderKind.allCases { #expect(ConfigReference.render().contains("\n  \(k.rawValue)\n"), "\(k)") }
    }

    @Test func liteLLMIdsNameTheBareModel() throws {
        let config = try loadExample("hybrid.yaml")
        for (id, bare) in [("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5"), ("openai/gpt-4.1", "gpt-4.1"), ("gemini/gemini-2.5-pro", "gemini-2.5-pro")] {
            #expect(Prices.lookup(model: id, config: config, table: nil)?.price == Prices.lookup(model: bare, config: config, table: nil)?.price, "\(id)")
            #expect(Prices.lookup(model: id, config: config, table: nil) != nil, "\(id)")
        }
        // A did-you-mean stays in the model's family.
        #expect(Prices.suggestion(for: "claude-sonet-4-5", table: nil)?.hasPrefix("claude") == true)
        #expect(Prices.suggestion(for: "gpt-4.2", table: nil).map { $0.hasPrefix("gpt") } ?? true)
        #expect(Prices.suggestion(for: "gemini-9-ultra", table: nil).map { $0.hasPrefix("gemini") } ?? true)
        #expect(Prices.family("anthropic/claude-opus-4") == "claude" && Prices.family("o3-mini") == "o")
    }

    @Test func adaptersSendTheBareIdOfTheirOwnProvider() {
        let r = ChatRequest(model: "anthropic/claude-sonnet-4-5", user: "hi", maxTokens: 5)
        let body = String(decoding: AnthropicAdapter().chatRequest(r, base: "https://api.anthropic.com", apiKey: nil).body, as: UTF8.self)
        #expect(body.contains("\"model\":\"claude-sonnet-4-5\""))
        let o = String(decoding: OpenAIAdapter(flavour: .openai).chatRequest(ChatRequest(model: "openai/gpt-4.1", user: "hi", maxTokens: 5),
                                                                              base: "https://api.openai.com", apiKey: nil).body, as: UTF8.self)
        #expect(o.contains("\"model\":\"gpt-4.1\""))
        // Another server's id is its own: an Ollama model named "library/x" is sent as written.
        let c = String(decoding: OpenAIAdapter(flavour: .compatible).chatRequest(ChatRequest(model: "openai/gpt-oss", user: "hi", maxTokens: 5),
                                                                                  base: "http://127.0.0.1:1", apiKey: nil).body, as: UTF8.self)
        #expect(c.contains("\"model\":\"openai/gpt-oss\""))
        #expect(GeminiAdapter().chatRequest(ChatRequest(model: "gemini/gemini-2.5-pro", user: "hi", maxTokens: 5), base: "https://g", apiKey: nil)
                    .url.contains("/v1beta/models/gemini-2.5-pro:streamGenerateContent"))
    }

    @Test func highMeansPersonalAndSecret() throws {
        let c = try ConfigLoader.load(bytes: Array("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            routing:
              rules:
                - data_sensitivity: high
                  tier: local
            """.utf8), file: "<t>", source: .embedded)
        #expect(c.routing.rules[0].sensitivities == [.personal, .secret])
    }
}

/// The reviewed gaps that have no end-to-end shape of their own.
@Suite struct ReviewedUnits {
    @Test func customKeywordsMatchTheirFullWidthPaste() throws {
        let c = try ConfigLoader.load(bytes: Array("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
              cloud: {provider: anthropic, boundary: external, api_key_env: K, models: {default: c}}
            classify:
              keywords: [bluebird]
            """.utf8), file: "<t>", source: .embedded)
        let plain = Router.decide(RouteRequest(prompt: "status of bluebird?"), config: c)
        let wide = Router.decide(RouteRequest(prompt: "status of ｂｌｕｅｂｉｒｄ?"), config: c)
        #expect(plain.sensitivity == .internal)
        #expect(wide.sensitivity == .internal, "\(wide.reasons)")
        #expect(!wide.allowed.contains("cloud"))
    }

    @Test func anErrorFieldThatIsNullIsNoError() {
        var d = OpenAIAdapter(flavour: .compatible).decoder(stream: true)
        var r = ChatResponse()
        var text = ""
        let body = Array("data: {\"error\":null,\"choices\":[{\"delta\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n".utf8)
        let e = body.withUnsafeBytes { d.feed($0, into: &r, text: { text += $0 }) }
        #expect(e == nil)
        #expect(d.finish(into: &r, text: { text += $0 }) == nil)
        #expect(text == "ok")
    }

    /// Only outages count toward a breaker: rejections, Ctrl-C and a tier never reached do not.
    @Test func onlyOutagesOpenABreaker() throws {
        let config = try loadExample("hybrid.yaml")
        // The state must sit in a private directory (HealthStore refuses /tmp itself).
        let dir = "/tmp/tier-breaker-\(getpid())-\(Int.random(in: 0..<1_000_000))"
        mkdir(dir, 0o700)
        let path = dir + "/state.json"
        defer { removeTree(dir) }
        let notOutages = ["authentication", "missing_key", "context_length", "http_400", "http_404", "interrupted"]
        for _ in 0..<5 {
            HealthStore.record(notOutages.map { Attempt(tier: "local", model: "m", outcome: "failed", errorKind: $0, totalMs: 1) }
                               + [Attempt(tier: "local", model: "m", outcome: "skipped", errorKind: "timeout_total", totalMs: 0)],
                               config: config, path: path, now: 1_000)
        }
        #expect((HealthStore.load(path: path)["local"]?.consecutiveFailures ?? 0) == 0)
        for kind in ["connection_refused", "server_error", "timeout_first_token"] {
            HealthStore.record([Attempt(tier: "local", model: "m", outcome: "failed", errorKind: kind, totalMs: 1)], config: config, path: path, now: 1_000)
        }
        let r = try #require(HealthStore.load(path: path)["local"])
        #expect(r.consecutiveFailures == 3 && r.openUntil > 1_000)
    }
}

/// Every part of a request that reaches a tier is scanned: personal data placed in any of them keeps the
/// request off the external tier, and (so the test means something) each part really is in the body
/// every adapter sends.
@Suite struct EveryPartIsScanned {
    static let email = "jane.roe@example.com"

    func request(_ part: String) -> AskRequest {
        let e = Self.email
        var r = AskRequest(prompt: part == "prompt" ? "Write to \(e)" : "What is the capital of France?",
                           system: part == "system" ? "The customer is \(e)." : "Be brief.")
        if part == "attachment" { r.attachments = [Attachment(name: "note.txt", text: "From: \(e)")] }
        let turns: [ChatTurn] = [
            ChatTurn(role: .user, content: part == "history" ? "My email is \(e)" : "Hello"),
            ChatTurn(role: .assistant, content: "", toolCalls: [ToolCall(id: "c1", name: "send", arguments: part == "tool_args" ? "{\"to\":\"\(e)\"}" : "{}")]),
            ChatTurn(role: .tool, content: part == "tool_result" ? "sent to \(e)" : "sent", toolCallID: "c1", toolName: "send"),
            ChatTurn(role: .user, content: r.prompt),
        ]
        if part != "prompt" && part != "system" && part != "attachment" { r.turns = turns }
        if part == "tool_definition" {
            r.tools = [ToolDefinition(name: "send", description: "Sends mail from \(e)", parameters: Array("{\"type\":\"object\"}".utf8))]
        }
        if part == "stop" { r.stop = [e] }
        if part == "json_schema" { r.jsonSchema = "{\"type\":\"string\",\"enum\":[\"\(e)\"]}" }
        return r
    }

    @Test(arguments: ["prompt", "system", "attachment", "history", "tool_args", "tool_result", "tool_definition", "stop", "json_schema"])
    func personalDataAnywhereStaysLocal(_ part: String) throws {
        let c = try config("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:9", models: {general: small}}
              cloud: {provider: anthropic, endpoint: "https://api.anthropic.com", boundary: external, models: {default: c}}
            routing: {default_tier: cloud}
            """)
        let r = request(part)
        let d = Router.decide(r.routeRequest, config: c)
        #expect(d.sensitivity >= .personal, "\(part): \(d.sensitivity.name)")
        #expect(!d.allowed.contains("cloud"), "\(part): \(d.allowed)")
        // The same part is in what each adapter sends.
        var chat = ChatRequest(model: "m", system: r.system, user: r.userText, maxTokens: 8)
        chat.jsonSchema = r.jsonSchema.map { Array($0.utf8) }
        let settings = r.settings
        settings.apply(to: &chat)
        for kind in [ProviderKind.llamaServer, .anthropic, .ollama, .gemini] {
            let body = String(decoding: kind.adapter.chatRequest(chat, base: "http://x", apiKey: nil).body, as: UTF8.self)
            #expect(body.contains(Self.email), "\(part) is not in the \(kind) body: \(body)")
        }
        _ = settings
    }
}
