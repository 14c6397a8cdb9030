import Foundation
import Testing

/// A running `tier serve` on a free loopback port, its stderr in a file, its state and log in a scratch HOME.
final class GatewayProcess {
    let process = Process()
    let home: String
    let errPath: String
    private(set) var base = ""
    var logPath: String { home + "/state/tier/requests.jsonl" }
    var stderrText: String { readText(errPath) ?? "" }
    var logLines: [String] { (readText(logPath) ?? "").split(separator: "\n").map(String.init) }

    init(config: String, extra: [String] = [], env: [String: String] = [:]) throws {
        home = scratchDirectory()
        errPath = home + "/serve.stderr"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: tierBinary)
        process.arguments = ["serve", "-c", config, "--listen", "127.0.0.1:0"] + extra
        var e = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
        for (k, v) in env { e[k] = v }
        process.environment = e
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: errPath)!
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let r = stderrText.range(of: "listening on ") {
                let rest = stderrText[r.upperBound...]
                if let nl = rest.firstIndex(of: "\n") { base = String(rest[..<nl]).replacingOccurrences(of: "http://", with: ""); return }
            }
            if !process.isRunning { break }
            usleep(10_000)
        }
        throw TestFailure("tier serve did not start: \(stderrText)")
    }

    /// SIGTERM, then the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        waitOrKill(process, seconds: 40)
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }
}

/// One HTTP exchange through curl: status, lower-cased headers, body.
struct HTTPExchange {
    var status: Int
    var headers: [String: String]
    var body: String
}

func curlRequest(_ url: String, method: String = "POST", body: String? = nil, headers: [String] = [], maxTime: Int = 30,
                 curlOptions: [String] = []) -> HTTPExchange {
    let dir = scratchDirectory()
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    var args = ["-sS", "-X", method, "--max-time", String(maxTime), "-D", dir + "/h", "-o", dir + "/b", "-w", "%{http_code}"]
    for h in headers { args += ["-H", h] }
    if let b = body { write(b, to: dir + "/req"); args += ["-H", "content-type: application/json", "--data-binary", "@" + dir + "/req"] }
    p.arguments = args + curlOptions + [url]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try? p.run()
    let code = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    var hs: [String: String] = [:]
    for line in (readText(dir + "/h") ?? "").split(separator: "\r\n") {
        if let c = line.firstIndex(of: ":") { hs[line[..<c].lowercased()] = line[line.index(after: c)...].trimmingCharacters(in: .whitespaces) }
    }
    return HTTPExchange(status: Int(code) ?? 0, headers: hs, body: readText(dir + "/b") ?? "")
}

/// A JSON object, or empty when the text is not one.
func object(_ s: String) -> [String: Any] { jsonObject(s) ?? [:] }

/// The official SDKs (scripts/sdk-clients.sh installs them) driven by Tests/Gateway/sdk_client.py.
enum SDK {
    static let python: String = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: repoRoot + "/scripts/sdk-clients.sh")
        p.arguments = ["python"]
        let out = Pipe()
        p.standardOutput = out
        try? p.run()
        let s = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        p.waitUntilExit()
        return s
    }()

    static func run(_ scenario: String, base: String, _ extra: [String] = []) throws -> [String: Any] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [repoRoot + "/Tests/Gateway/sdk_client.py", "--base", "http://" + base, "--scenario", scenario] + extra
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        waitOrKill(p)
        let v = object(String(decoding: data, as: UTF8.self))
        if v.isEmpty { throw TestFailure("\(scenario): no JSON from the SDK client: \(String(decoding: data, as: UTF8.self))") }
        return v
    }
}

/// `tier serve` end to end: the official SDKs as clients, protocol fakes and the real local model as
/// tiers, the built binary in between.
@Suite(.serialized) struct ServeCLI {
    static let cloudKey = "sk-ant-SERVE-FAKE-never-echo-0123456789"

    func config(local: FakeProvider, cloud: FakeProvider, extra: String = "", defaultTier: String = "local",
                localProtocol: String = "llama-server", cloudProtocol: String = "anthropic") -> String {
        writeConfig("""
            tiers:
              local:
                provider: \(localProtocol)
                endpoint: \(local.endpoint)
                models: {general: small}\(localProtocol == "anthropic" ? "\n    api_key_env: TEST_CLOUD_KEY" : "")
                timeouts: {first_token: 2s, total: 10s}
              cloud:
                provider: \(cloudProtocol)
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
                timeouts: {first_token: 2s, total: 10s}
            routing:
              default_tier: \(defaultTier)
              escalation_threshold: 0.5
            fallback:
              local_unavailable: cloud
              all_unavailable: fail
            \(extra)
            """)
    }

    func start(_ cfg: String, extra: [String] = []) throws -> GatewayProcess {
        try GatewayProcess(config: cfg, extra: extra, env: ["TEST_CLOUD_KEY": Self.cloudKey])
    }

    @Test func openAISDKChatAndStream() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local answer here."])
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let g = try start(config(local: local, cloud: cloud))
        let chat = try SDK.run("openai_chat", base: g.base)
        #expect(chat["content"] as? String == "Local answer here.", "\(chat)")
        #expect(chat["finish_reason"] as? String == "stop")
        let h = chat["headers"] as? [String: Any] ?? [:]
        #expect(h["x-tier-tier"] as? String == "local")
        #expect(h["x-tier-model"] as? String == "small")
        #expect((h["x-tier-confidence"] as? String).flatMap(Double.init) != nil)
        let usage = chat["usage"] as? [String: Any] ?? [:]
        #expect(usage["prompt_tokens"] as? Int == 11 && usage["completion_tokens"] as? Int == 3, "\(usage)")

        let stream = try SDK.run("openai_stream", base: g.base)
        #expect(stream["content"] as? String == "Local answer here.", "\(stream)")
        #expect(stream["finish_reason"] as? String == "stop")
        #expect((stream["usage"] as? [String: Any])?["completion_tokens"] as? Int == 3)
        #expect((stream["headers"] as? [String: Any])?["x-tier-tier"] as? String == "local")

        let models = try SDK.run("openai_models", base: g.base)
        #expect(models["ids"] as? [String] == ["auto", "local", "local/general", "cloud", "cloud/default"])
        #expect(cloud.requests.isEmpty)
        #expect(g.stop() == 0)
        // One record per chat request, from the gateway, with the request id the headers carried.
        let records = g.logLines.map(object)
        #expect(records.count == 2, "\(g.logLines)")
        #expect(records.allSatisfy { $0["source"] as? String == "serve" && $0["endpoint"] as? String == "chat_completions" })
        #expect(records.contains { $0["id"] as? String == h["x-tier-request-id"] as? String })
    }

    @Test func anthropicSDKMessageAndStream() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local answer here."])
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let g = try start(config(local: local, cloud: cloud))
        let m = try SDK.run("anthropic_message", base: g.base)
        #expect(m["content"] as? String == "Local answer here.", "\(m)")
        #expect(m["stop_reason"] as? String == "end_turn")
        #expect((m["headers"] as? [String: Any])?["x-tier-tier"] as? String == "local")
        let s = try SDK.run("anthropic_stream", base: g.base)
        #expect(s["content"] as? String == "Local answer here." && s["final"] as? String == "Local answer here.", "\(s)")
        #expect(s["stop_reason"] as? String == "end_turn")
        // Forced to the cloud tier with public text: the Anthropic fake answers through the gateway.
        let c = try SDK.run("anthropic_message", base: g.base, ["--model", "cloud"])
        #expect(c["content"] as? String == "From the cloud.", "\(c)")
        #expect(cloud.requests.count == 1)
        #expect(!(cloud.requests.first ?? "").contains("x-tier"))
        let ids = try SDK.run("anthropic_models", base: g.base)
        #expect((ids["ids"] as? [String])?.first == "auto")
        g.stop()
    }

    /// logprobs: true passes the answering tier's token logprobs through (all the tokens, with top_logprobs
    /// alternatives); a tier that gives none (Anthropic) gives null, never made-up numbers.
    @Test func logprobsPassThrough() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local answer here.", "--logprob", "-0.25"])
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud))
        for scenario in ["openai_logprobs", "openai_logprobs_stream"] {
            let r = try SDK.run(scenario, base: g.base)
            #expect((r["tokens"] as? [String])?.joined() == "Local answer here.", "\(scenario): \(r)")
            #expect((r["logprobs"] as? [Double])?.allSatisfy { abs($0 + 0.25) < 1e-9 } == true, "\(scenario): \(r)")
            #expect((r["top"] as? [[String]])?.allSatisfy { $0.count == 2 } == true, "\(scenario): \(r)")
        }
        let none = try SDK.run("openai_logprobs", base: g.base, ["--model", "cloud"])
        #expect(none["logprobs"] is NSNull, "\(none)")
        // The tier was asked for at least what the client asked for.
        #expect(local.requests.allSatisfy { $0.contains(#"\"top_logprobs\":"#) })
        g.stop()
    }

    /// Tool definitions reach the tier; its calls come back in each API's own shape, streamed or not,
    /// whichever protocol the tier speaks.
    @Test(arguments: [("openai", "llama-server"), ("anthropic", "anthropic")])
    func toolCallsPassThrough(_ proto: String, _ provider: String) throws {
        let local = try FakeProvider(protocol: proto, mode: "tool_call")
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud, localProtocol: provider))
        for scenario in ["openai_tools", "openai_tools_stream", "anthropic_tools", "anthropic_tools_stream"] {
            let r = try SDK.run(scenario, base: g.base, ["--prompt", "What is the weather in Paris?"])
            let calls = r["tool_calls"] as? [[String: Any]] ?? []
            #expect(calls.count == 1, "\(proto) \(scenario): \(r)")
            #expect(calls.first?["name"] as? String == "get_weather", "\(scenario): \(r)")
            #expect((calls.first?["arguments"] as? [String: Any])?["city"] as? String == "Paris", "\(scenario): \(r)")
            #expect(r["finish_reason"] as? String == "tool_calls" || r["stop_reason"] as? String == "tool_use", "\(scenario): \(r)")
        }
        // The tier saw the tool's schema in its own protocol's form.
        let sent = local.requests.first ?? ""
        #expect(sent.contains("get_weather") && sent.contains(proto == "anthropic" ? "input_schema" : "parameters"), "\(sent)")
        #expect(cloud.requests.isEmpty)
        g.stop()
    }

    /// A forced tier the data may not reach is 403 with the boundary named; the external fake gets nothing.
    @Test func privacyRefusalIs403NamingTheBoundary() throws {
        let local = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud))
        let o = try SDK.run("openai_chat", base: g.base, ["--model", "cloud", "--prompt", "Email jane.doe@example.com the invoice"])
        #expect(o["error"] as? String == "PermissionDeniedError" && o["status"] as? Int == 403, "\(o)")
        #expect((o["message"] as? String ?? "").contains("external boundary"), "\(o)")
        let a = try SDK.run("anthropic_message", base: g.base, ["--model", "cloud", "--prompt", "Call Jane Doe on 415-555-0132"])
        #expect(a["error"] as? String == "PermissionDeniedError" && a["status"] as? Int == 403, "\(a)")
        let raw = curlRequest("http://\(g.base)/v1/messages", body: #"{"model":"cloud","max_tokens":9,"messages":[{"role":"user","content":"SSN 078-05-1120"}]}"#)
        #expect(object(raw.body)["type"] as? String == "error")
        #expect((object(raw.body)["error"] as? [String: Any])?["type"] as? String == "permission_error", "\(raw.body)")
        #expect(cloud.requests.isEmpty)
        #expect(local.requests.isEmpty)
        g.stop()
    }

    /// Personal data in an earlier turn keeps a harmless follow-up off the external tier, even when the
    /// config sends public requests there; the local tier receives the whole conversation.
    @Test func conversationHistoryIsScannedWhole() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local answer here."])
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let g = try start(config(local: local, cloud: cloud, defaultTier: "cloud"))
        let clean = try SDK.run("openai_conversation", base: g.base, ["--history", "Hello there", "--prompt", "Say hi"])
        #expect((clean["headers"] as? [String: Any])?["x-tier-tier"] as? String == "cloud", "\(clean)")
        let r = try SDK.run("openai_conversation", base: g.base,
                            ["--history", "My card is 4111 1111 1111 1111 and my email is jane.doe@example.com", "--prompt", "Say hi"])
        #expect((r["headers"] as? [String: Any])?["x-tier-tier"] as? String == "local", "\(r)")
        #expect(cloud.requests.count == 1)
        #expect(!cloud.requests.joined().contains("jane.doe"))
        let sent = object(object(local.requests.last ?? "")["body"] as? String ?? "")
        let roles = (sent["messages"] as? [[String: Any]] ?? []).compactMap { $0["role"] as? String }
        #expect(roles == ["system", "user", "assistant", "user"], "\(sent)")
        g.stop()
        let last = object(g.logLines.last ?? "")
        #expect(last["turns"] as? Int == 3 && last["sensitivity"] as? String == "personal", "\(last)")
    }

    /// Every fault of the local tier, for a personal prompt: the external fake receives nothing, and the
    /// client gets an error (never a clean empty answer). For a public prompt the cloud tier answers.
    @Test(arguments: ["500", "429", "garbage", "cut", "hang", "error_event", "malformed_after", "no_finish", "empty", "context"])
    func faultsThroughTheGateway(_ mode: String) throws {
        let local = try FakeProvider(protocol: "openai", mode: mode, extra: ["--retry-after", "0"])
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let g = try start(config(local: local, cloud: cloud))
        let personal = #"{"model":"auto","messages":[{"role":"user","content":"Summarise: Jane Doe, jane.doe@example.com, 415-555-0132"}]}"#
        let r = curlRequest("http://\(g.base)/v1/chat/completions", body: personal)
        #expect(r.status >= 400, "\(mode): \(r.status) \(r.body)")
        let err = object(r.body)["error"] as? [String: Any]
        #expect(err?["message"] as? String != nil, "\(mode): \(r.body)")
        let streamed = curlRequest("http://\(g.base)/v1/chat/completions",
                                   body: personal.replacingOccurrences(of: #""model":"auto","#, with: #""model":"auto","stream":true,"#))
        #expect(!streamed.body.contains("[DONE]"), "\(mode): \(streamed.body)")
        #expect(streamed.status >= 400 || streamed.body.contains("\"error\""), "\(mode): \(streamed.status) \(streamed.body)")
        #expect(cloud.requests.isEmpty, "\(mode): the external tier received \(cloud.requests)")
        if mode != "context" {
            let pub = curlRequest("http://\(g.base)/v1/chat/completions", body: #"{"model":"auto","messages":[{"role":"user","content":"What is the capital of France?"}]}"#)
            #expect(pub.status == 200 && pub.headers["x-tier-tier"] == "cloud", "\(mode): \(pub.status) \(pub.body)")
        }
        g.stop()
    }

    /// Bad requests: each a clear error in the API's own shape, with the right status.
    @Test func badRequestsGetClearErrors() throws {
        let local = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let cfg = config(local: local, cloud: cloud, extra: "serve: {max_body_bytes: 4096, max_messages: 3}")
        let g = try start(cfg)
        let url = "http://\(g.base)/v1/chat/completions"
        func openAIError(_ body: String) -> (Int, String) {
            let r = curlRequest(url, body: body)
            return (r.status, (object(r.body)["error"] as? [String: Any])?["message"] as? String ?? r.body)
        }
        var (s, m) = openAIError("{not json")
        #expect(s == 400 && m.contains("not valid JSON"), "\(m)")
        (s, m) = openAIError(#"{"model":"auto","messages":[{"role":"user","content":"hi"}],"frobnicate":1}"#)
        #expect(s == 400 && m.contains("unknown field 'frobnicate'"), "\(m)")
        (s, m) = openAIError(#"{"model":"auto","messages":[{"role":"user","content":"hi"}],"n":2}"#)
        #expect(s == 400 && m.contains("'n'"), "\(m)")
        (s, m) = openAIError(#"{"model":"gpt-9","messages":[{"role":"user","content":"hi"}]}"#)
        #expect(s == 404 && m.contains("unknown model 'gpt-9'"), "\(m)")
        (s, m) = openAIError(#"{"model":"auto","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}"#)
        #expect(s == 400 && m.contains("only text"), "\(m)")
        (s, m) = openAIError(#"{"model":"auto","messages":[{"role":"user","content":"a"},{"role":"user","content":"b"},{"role":"user","content":"c"},{"role":"user","content":"d"}]}"#)
        #expect(s == 400 && m.contains("the most is 3"), "\(m)")
        (s, m) = openAIError(#"{"model":"auto","max_tokens":-4,"messages":[{"role":"user","content":"hi"}]}"#)
        #expect(s == 400 && m.contains("max_tokens"), "\(m)")
        let big = #"{"model":"auto","messages":[{"role":"user","content":""# + String(repeating: "x", count: 5000) + #""}]}"#
        let tooBig = curlRequest(url, body: big)
        #expect(tooBig.status == 413, "\(tooBig.status) \(tooBig.body)")
        let a = curlRequest("http://\(g.base)/v1/messages", body: #"{"model":"auto","messages":[{"role":"user","content":"hi"}]}"#)
        #expect(a.status == 400 && (object(a.body)["error"] as? [String: Any])?["message"] as? String == "max_tokens: Field required", "\(a.body)")
        #expect(curlRequest(url, method: "GET").status == 405)
        #expect(curlRequest("http://\(g.base)/v2/nothing", method: "GET").status == 404)
        #expect(local.requests.isEmpty && cloud.requests.isEmpty)
        #expect(g.stop() == 0)
    }

    /// Client keys: hashed in the config, required once configured, limited per minute, named in the log
    /// and never written anywhere.
    @Test func clientKeysAuthenticateAndLimit() throws {
        let local = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let key = "tier-client-SECRET-7f3a9c"
        // sha256("tier-client-SECRET-7f3a9c"), computed by the test with the system's sha256sum.
        let hash = shellOutput("printf %s '\(key)' | sha256sum | cut -c1-64")
        let cfg = config(local: local, cloud: cloud, extra: """
            serve:
              keys:
                - {name: ci-bot, sha256: \(hash), requests_per_minute: 2}
            """)
        let g = try start(cfg)
        let url = "http://\(g.base)/v1/chat/completions"
        let body = #"{"model":"auto","messages":[{"role":"user","content":"hi"}]}"#
        #expect(curlRequest(url, body: body).status == 401)
        let wrong = curlRequest(url, body: body, headers: ["Authorization: Bearer nope-\(key)"])
        #expect(wrong.status == 401 && !wrong.body.contains(key))
        #expect(curlRequest(url, body: body, headers: ["Authorization: Bearer \(key)"]).status == 200)
        #expect(curlRequest(url, body: body, headers: ["x-api-key: \(key)"]).status == 200)
        let limited = curlRequest(url, body: body, headers: ["Authorization: Bearer \(key)"])
        #expect(limited.status == 429, "\(limited.status) \(limited.body)")
        #expect(Int(limited.headers["retry-after"] ?? "") ?? 0 >= 1, "\(limited.headers)")
        let sdk = try SDK.run("openai_chat", base: g.base, ["--key", key])
        #expect(sdk["error"] as? String == "RateLimitError", "\(sdk)")
        #expect(curlRequest("http://\(g.base)/health", method: "GET").status == 200)
        g.stop()
        #expect(g.logLines.count == 2)
        #expect(g.logLines.allSatisfy { object($0)["client"] as? String == "ci-bot" })
        let everything = (readText(g.logPath) ?? "") + g.stderrText + (readText(g.home + "/state/tier/serve-spend.json") ?? "")
        #expect(!everything.contains(key) && !everything.contains(Self.cloudKey))
    }

    /// A monthly budget: once a key's spend (priced from the config) reaches it, 429 insufficient_quota,
    /// and the spend survives a restart.
    @Test func monthlyBudgetHolds() throws {
        let local = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let key = "tier-budget-key-41c2"
        let hash = shellOutput("printf %s '\(key)' | sha256sum | cut -c1-64")
        // The cloud tier (a device tier costs nothing per request): 11 input and 6 output tokens at $1
        // each, $17 a request against a $20 budget.
        let cfg = config(local: local, cloud: cloud, extra: """
            pricing:
              claude-test: {input: 1000000, output: 1000000}
            serve:
              keys:
                - {name: team-a, sha256: \(hash), monthly_budget_usd: 20}
            """)
        let g = try start(cfg)
        let url = "http://\(g.base)/v1/chat/completions"
        let body = #"{"model":"cloud","messages":[{"role":"user","content":"hi"}]}"#
        #expect(curlRequest(url, body: body, headers: ["x-api-key: \(key)"]).status == 200)
        #expect(curlRequest(url, body: body, headers: ["x-api-key: \(key)"]).status == 200)
        let over = curlRequest(url, body: body, headers: ["x-api-key: \(key)"])
        #expect(over.status == 429, "\(over.status) \(over.body)")
        #expect(((object(over.body)["error"] as? [String: Any])?["code"] as? String) == "insufficient_quota", "\(over.body)")
        #expect(g.stop() == 0)
        // A restart keeps the month's spend.
        let again = try GatewayProcess(config: cfg, env: ["TEST_CLOUD_KEY": Self.cloudKey, "HOME": g.home,
                                                          "XDG_STATE_HOME": g.home + "/state"])
        #expect(curlRequest("http://\(again.base)/v1/chat/completions", body: body, headers: ["x-api-key: \(key)"]).status == 429)
        again.stop()
        #expect(cloud.requests.count == 2)
    }

    /// 200 clients at once: every request answered once, one intact log record each.
    @Test func twoHundredParallelClients() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "ok"])
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud))
        let script = """
            import json, sys, threading, urllib.request
            url = sys.argv[1]; results = [None] * 200
            def one(i):
                body = json.dumps({"model": "auto", "messages": [{"role": "user", "content": "request %d" % i}]}).encode()
                req = urllib.request.Request(url, data=body, headers={"content-type": "application/json"})
                try:
                    with urllib.request.urlopen(req, timeout=60) as r:
                        results[i] = (r.status, json.loads(r.read())["choices"][0]["message"]["content"], r.headers["x-tier-request-id"])
                except Exception as e:
                    results[i] = (0, str(e), None)
            ts = [threading.Thread(target=one, args=(i,)) for i in range(200)]
            [t.start() for t in ts]; [t.join() for t in ts]
            print(json.dumps(results))
            """
        let out = shellOutput("python3 -c \(shellQuote(script)) http://\(g.base)/v1/chat/completions")
        let results = (try? JSONSerialization.jsonObject(with: Data(out.utf8))) as? [[Any]] ?? []
        #expect(results.count == 200, "\(out)")
        #expect(results.allSatisfy { $0.first as? Int == 200 && $0[1] as? String == "ok" }, "\(results.filter { $0.first as? Int != 200 }.prefix(3))")
        let ids = Set(results.compactMap { $0.last as? String })
        #expect(ids.count == 200)
        #expect(local.requests.count == 200)
        g.stop()
        let records = g.logLines.map(object)
        #expect(records.count == 200 && Set(records.compactMap { $0["id"] as? String }) == ids)
    }

    /// SIGTERM with requests in flight: they finish, then the gateway exits 0 and stops accepting.
    @Test func sigtermLetsRequestsInFlightFinish() throws {
        let local = try FakeProvider(protocol: "openai", mode: "slow", extra: ["--delay", "1.5", "--answer", "slow answer"])
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud))
        let url = "http://\(g.base)/v1/chat/completions"
        final class Box: @unchecked Sendable { var results = [HTTPExchange?](repeating: nil, count: 4); let lock = NSLock() }
        let box = Box()
        let group = DispatchGroup()
        for i in 0..<4 {
            group.enter()
            Thread.detachNewThread {
                let r = curlRequest(url, body: #"{"model":"auto","messages":[{"role":"user","content":"hi"}]}"#)
                box.lock.lock(); box.results[i] = r; box.lock.unlock()
                group.leave()
            }
        }
        usleep(500_000)
        kill(g.process.processIdentifier, SIGTERM)
        group.wait()
        let results = box.results
        waitOrKill(g.process, seconds: 30)
        #expect(g.process.terminationStatus == 0, "\(g.stderrText)")
        #expect(results.allSatisfy { $0?.status == 200 && $0?.body.contains("slow answer") == true }, "\(results.map { $0?.status ?? -1 })")
        #expect(curlRequest(url, body: "{}", maxTime: 2).status == 0, "still accepting after SIGTERM")
        #expect(g.logLines.count == 4)
    }

    /// A client that goes away mid-stream cancels the tier's transfer: the request ends long before the
    /// tier would have finished, and its record says it was interrupted.
    @Test func clientDisconnectCancelsUpstream() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--chunks", "80", "--gap-ms", "100"])
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud).replacingOccurrences(of: "{first_token: 2s, total: 10s}", with: "{first_token: 2s, total: 30s}"))
        // curl gives up after 1 s, a few chunks in; the whole answer would take 8 s. (Personal data: only
        // the local tier may answer, so the answer is not held for judging and streams at once.)
        let r = curlRequest("http://\(g.base)/v1/chat/completions",
                            body: #"{"model":"auto","stream":true,"messages":[{"role":"user","content":"hi, I am jane.doe@example.com"}]}"#, maxTime: 1)
        #expect(r.body.contains("w0"), "\(r.body)")
        let deadline = Date().addingTimeInterval(6)
        while g.logLines.isEmpty && Date() < deadline { usleep(50_000) }
        let rec = object(g.logLines.first ?? "")
        #expect(["interrupted", "output_error"].contains(rec["outcome"] as? String ?? ""), "\(rec)")
        #expect((rec["total_ms"] as? Double ?? 1e9) < 5_000, "\(rec)")
        g.stop()
    }

    /// SIGHUP reloads the config; a broken one keeps the old and says where it is broken.
    @Test func sighupReloads() throws {
        let local = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let cfg = config(local: local, cloud: cloud)
        let g = try start(cfg)
        let models = { curlRequest("http://\(g.base)/v1/models", method: "GET").body }
        #expect(!models().contains("cloud/frontier"))
        let original = readText(cfg)!
        write(original.replacingOccurrences(of: "models: {default: claude-test}", with: "models: {default: claude-test, frontier: claude-big}"), to: cfg)
        kill(g.process.processIdentifier, SIGHUP)
        var deadline = Date().addingTimeInterval(5)
        while !models().contains("cloud/frontier") && Date() < deadline { usleep(50_000) }
        #expect(models().contains("cloud/frontier"))
        write(original + "\nrouting_typo: 1\n", to: cfg)
        kill(g.process.processIdentifier, SIGHUP)
        deadline = Date().addingTimeInterval(5)
        while !g.stderrText.contains("not reloaded") && Date() < deadline { usleep(50_000) }
        #expect(g.stderrText.contains("config not reloaded"), "\(g.stderrText)")
        #expect(g.stderrText.contains(cfg + ":"), "\(g.stderrText)")
        #expect(models().contains("cloud/frontier"), "the old config stays")
        g.stop()
    }

    /// `Expect: 100-continue` (curl sends it before a large body) is answered: told to wait 60 s for it,
    /// curl would otherwise give up at its 20 s limit without sending the body.
    @Test func expectContinueIsAnswered() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "ok"])
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud))
        let r = curlRequest("http://\(g.base)/v1/chat/completions", body: #"{"model":"auto","messages":[{"role":"user","content":"hi"}]}"#,
                            headers: ["Expect: 100-continue"], maxTime: 20, curlOptions: ["--expect100-timeout", "60"])
        #expect(r.status == 200, "\(r.status) \(r.body)")
        g.stop()
    }

    @Test func healthReadyAndMetrics() throws {
        let local = try FakeProvider(protocol: "openai")
        let cloud = try FakeProvider(protocol: "anthropic")
        let g = try start(config(local: local, cloud: cloud))
        #expect(curlRequest("http://\(g.base)/health", method: "GET").status == 200)
        let ready = curlRequest("http://\(g.base)/ready", method: "GET")
        #expect(ready.status == 200 && ready.body.contains("\"ready\""), "\(ready.body)")
        _ = curlRequest("http://\(g.base)/v1/chat/completions", body: #"{"model":"auto","messages":[{"role":"user","content":"hi"}]}"#)
        _ = curlRequest("http://\(g.base)/v1/chat/completions", body: #"{"model":"cloud","messages":[{"role":"user","content":"mail jane.doe@example.com"}]}"#)
        let m = curlRequest("http://\(g.base)/metrics", method: "GET")
        #expect(m.headers["content-type"]?.hasPrefix("text/plain") == true)
        #expect(m.body.contains(#"tier_gateway_requests_total{endpoint="chat_completions",outcome="answered",tier="local"} 1"#), "\(m.body)")
        #expect(m.body.contains(#"tier_refusals_total{sensitivity="personal"} 1"#), "\(m.body)")
        #expect(m.body.contains("gen_ai_client_operation_duration_seconds_bucket{"), "\(m.body)")
        #expect(m.body.contains(#"gen_ai_token_type="output""#), "\(m.body)")
        #expect(m.body.contains(#"tier_breaker_open{tier="local"} 0"#), "\(m.body)")
        g.stop()
    }

    /// A gateway whose every tier is down is not ready.
    @Test func notReadyWhenEveryTierIsDown() throws {
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: http://127.0.0.1:\(freePort())
                models: {general: small}
                health_check_interval: 30s
            """)
        let g = try start(cfg)
        let r = curlRequest("http://\(g.base)/ready", method: "GET")
        #expect(r.status == 503 && r.body.contains("unavailable"), "\(r.body)")
        g.stop()
    }

    @Test func listeningBeyondLoopbackNeedsKeys() throws {
        let cfg = writeConfig("tiers:\n  local:\n    provider: llama-server\n    models: {general: small}\n")
        let r = try tier(["serve", "-c", cfg, "--listen", "0.0.0.0:0"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("needs client keys") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        let bad = try tier(["serve", "-c", cfg, "--listen", "localhost"])
        #expect(bad.status == 2 && bad.stderr.contains("--listen"), "\(bad.stderr)")
    }

    /// The real local model behind the gateway, through the OpenAI SDK.
    @Test func realLocalModelThroughTheSDK() throws {
        let server = try LocalModelServer.shared.get()
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(server.endpoint)
                models: {general: smollm2}
            """)
        let g = try start(cfg)
        let r = try SDK.run("openai_chat", base: g.base, ["--prompt", "What is the capital of France? Answer in one word."])
        #expect(!(r["content"] as? String ?? "").isEmpty, "\(r)")
        #expect((r["headers"] as? [String: Any])?["x-tier-tier"] as? String == "local")
        let s = try SDK.run("anthropic_stream", base: g.base, ["--prompt", "Name a colour."])
        #expect(!(s["content"] as? String ?? "").isEmpty && s["content"] as? String == s["final"] as? String, "\(s)")
        g.stop()
    }
}

func shellOutput(_ command: String) -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", command]
    let out = Pipe()
    p.standardOutput = out
    try? p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
