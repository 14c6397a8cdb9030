import Foundation
import Testing

/// Ollama's native API and Gemini, each against a fake of its protocol (Tests/Fakes/fake_native.py):
/// streaming, the request each sends, errors, rate limits, usage, logprobs, probes and keys.
@Suite struct NativeProviders {
    static let geminiKey = "AIzaFAKEKEY-gemini-0123456789abcdef"

    /// `provider` on the device (ollama) or as an external tier (gemini), with an OpenAI-compatible
    /// fallback that says "Fallback." so a fallback is visible.
    func setup(_ provider: String, mode: String = "ok", extra: [String] = [], model: String? = nil, tierYAML: String = "")
        throws -> (config: String, fake: FakeProvider, fallback: FakeProvider) {
        let fake = try FakeProvider(protocol: provider, mode: mode, extra: ["--answer", "Bonjour from the tier."] + extra)
        let fallback = try FakeProvider(protocol: "openai", extra: ["--answer", "Fallback."])
        let m = model ?? (provider == "ollama" ? "llama3.2:3b" : "gemini-2.5-flash")
        let cfg = writeConfig("""
            tiers:
              main:
                provider: \(provider)
                endpoint: \(fake.endpoint)
                \(provider == "gemini" ? "boundary: device" : "")
                models: {general: "\(m)"}
                timeouts: {first_token: 2s, idle: 1s, total: 8s}
            \(tierYAML)
              backup:
                provider: llama-server
                endpoint: \(fallback.endpoint)
                models: {general: small}
            routing:
              default_tier: main
              escalation_order: [main, backup]
              escalation_threshold: 0
            fallback:
              local_unavailable: backup
            """)
        return (cfg, fake, fallback)
    }

    func bodies(_ f: FakeProvider) -> [[String: Any]] {
        f.requests.compactMap { jsonObject($0)?["body"] as? String }.compactMap { jsonObject($0) }
    }

    @Test(arguments: ["ollama", "gemini"])
    func streamsAnAnswerWithUsageAndLogprobs(_ provider: String) throws {
        let (cfg, fake, fallback) = try setup(provider)
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--json", "--max-tokens", "77", "--system", "Be brief.", "What is the capital of France?"],
                         env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(jsonObject(r.stdout))
        #expect(o["answer"] as? String == "Bonjour from the tier.")
        #expect(o["tier"] as? String == "main")
        #expect((o["confidence"] as? Double ?? 0) > 0.9)
        #expect(o["input_tokens"] as? Int == 12 && o["output_tokens"] as? Int == 4)
        #expect(fallback.requests.isEmpty)
        let body = try #require(bodies(fake).first)
        if provider == "ollama" {
            #expect(fake.requests.first?.contains("\"path\": \"/api/chat\"") == true)
            let options = try #require(body["options"] as? [String: Any])
            #expect(options["num_predict"] as? Int == 77)
            #expect((options["num_ctx"] as? Int ?? 0) >= 4096)
            #expect(body["logprobs"] as? Bool == true)
            #expect((body["messages"] as? [[String: Any]])?.first?["role"] as? String == "system")
        } else {
            #expect(fake.requests.first?.contains("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse") == true)
            #expect(fake.requests.first?.contains(Self.geminiKey) == true)
            let gc = try #require(body["generationConfig"] as? [String: Any])
            #expect(gc["maxOutputTokens"] as? Int == 77)
            #expect(gc["responseLogprobs"] as? Bool == true)
            #expect(((body["systemInstruction"] as? [String: Any])?["parts"] as? [[String: Any]])?.first?["text"] as? String == "Be brief.")
        }
    }

    @Test func ollamaKeepAlive() throws {
        let (cfg, fake, _) = try setup("ollama", tierYAML: "    keep_alive: 10m")
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "Hello there"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(bodies(fake).first?["keep_alive"] as? String == "600s")
    }

    /// A long attachment gets a context window that holds it (Ollama would otherwise cut it silently).
    @Test func ollamaSizesTheContextToThePrompt() throws {
        let (cfg, fake, _) = try setup("ollama")
        let dir = scratchDirectory()
        write(String(repeating: "The quarterly report covers revenue and costs. ", count: 2_000), to: dir + "/long.txt")
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "--max-tokens", "100", "-f", dir + "/long.txt", "Summarize this"])
        #expect(r.status == 0, "\(r.stderr)")
        let options = try #require(bodies(fake).first?["options"] as? [String: Any])
        let ctx = try #require(options["num_ctx"] as? Int)
        // 94,000 bytes of English are about 23,500 tokens (4 bytes a token); tier allows 3 bytes a token, plus the answer.
        #expect(ctx >= 94_000 / 3 + 100, "num_ctx \(ctx) cannot hold the 94 KB attachment")
        #expect(ctx <= 65_536, "num_ctx \(ctx) is far more than the prompt needs")
    }

    @Test(arguments: ["ollama", "gemini"])
    func jsonOutputAsksForJSON(_ provider: String) throws {
        let (cfg, fake, _) = try setup(provider, extra: ["--answer", "{\"city\": \"Paris\"}"])
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "--json-output", "Give me JSON"], env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(r.stderr)")
        let body = try #require(bodies(fake).first)
        if provider == "ollama" { #expect(body["format"] as? String == "json") }
        else { #expect((body["generationConfig"] as? [String: Any])?["responseMimeType"] as? String == "application/json") }
    }

    /// Failures of availability fall back; what was not an answer never stands as one.
    @Test(arguments: [("ollama", "500"), ("ollama", "cut"), ("ollama", "error_event"), ("ollama", "no_finish"), ("ollama", "empty"),
                      ("ollama", "hang"), ("gemini", "500"), ("gemini", "cut"), ("gemini", "error_event"), ("gemini", "no_finish"),
                      ("gemini", "empty"), ("gemini", "hang")])
    func failuresFallBack(_ provider: String, _ mode: String) throws {
        let (cfg, fake, fallback) = try setup(provider, mode: mode)
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "What is the capital of France?"], env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(provider) \(mode): \(r.stderr)")
        #expect(r.stdout == "Fallback.\n", "\(provider) \(mode): \(r.stdout.debugDescription)")
        #expect(!fake.requests.isEmpty && fallback.requests.count == 1)
    }

    /// A refused key and a context-length error are rejections: said, not hidden behind the fallback.
    @Test(arguments: [("ollama", "auth", "authentication failed"), ("gemini", "auth", "authentication failed"),
                      ("ollama", "context", "context length exceeded"), ("gemini", "context", "context length exceeded")])
    func rejectionsAreTyped(_ provider: String, _ mode: String, _ words: String) throws {
        let (cfg, _, fallback) = try setup(provider, mode: mode)
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "What is the capital of France?"], env: ["GEMINI_API_KEY": Self.geminiKey])
        if mode == "auth" {
            #expect(r.status == 1, "\(r.stderr)")
            #expect(fallback.requests.isEmpty)
        } else {
            // A context-length rejection may still fall back to a tier with room.
            #expect(r.status == 0 && r.stdout == "Fallback.\n", "\(r.stderr)")
        }
        let home = scratchDirectory()
        let v = try tier(["ask", "-c", cfg, "--timeout", "20s", "-v", "--no-stream", "What is the capital of France?"], env: ["GEMINI_API_KEY": Self.geminiKey], home: home)
        #expect(v.stderr.contains(words), "\(provider) \(mode): \(v.stderr)")
    }

    /// Ollama's 429 is a rate limit: retried, then the fallback answers.
    @Test func ollamaRateLimitIsRetriedThenFallsBack() throws {
        let (cfg, fake, fallback) = try setup("ollama", mode: "429")
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--json", "Hello there"])
        #expect(r.status == 0, "\(r.stderr)")
        let attempts = try #require(jsonObject(r.stdout)?["attempts"] as? [[String: Any]])
        #expect(attempts.first?["error"] as? String == "rate_limited")
        #expect(fake.requests.count == 2 && fallback.requests.count == 1)
    }

    /// Gemini's 429 names its wait in the error's RetryInfo; tier waits that long and retries.
    @Test func geminiRateLimitHonoursRetryDelay() throws {
        let (cfg, fake, fallback) = try setup("gemini", mode: "429", extra: ["--retry-after", "1"])
        let started = Date()
        let r = try tier(["ask", "-c", cfg, "--json", "--timeout", "10s", "Hello there"], env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(r.stderr)")
        let attempts = try #require(jsonObject(r.stdout)?["attempts"] as? [[String: Any]])
        #expect(attempts.first?["error"] as? String == "rate_limited")
        #expect(Date().timeIntervalSince(started) >= 1.0)
        #expect(fake.requests.count == 2 && fallback.requests.count == 1)
    }

    @Test(arguments: ["ollama", "gemini"])
    func noLogprobsMeansNoConfidence(_ provider: String) throws {
        let (cfg, _, _) = try setup(provider, mode: "no_logprobs")
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--json", "Hello there"], env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(jsonObject(r.stdout)?["confidence"] is NSNull)
    }

    /// Gemini takes GEMINI_API_KEY, else GOOGLE_API_KEY; neither is an error naming both.
    @Test func geminiKeyVariables() throws {
        let (cfg, fake, _) = try setup("gemini", extra: ["--require-key", Self.geminiKey])
        let google = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "Hello there"], env: ["GOOGLE_API_KEY": Self.geminiKey])
        #expect(google.status == 0, "\(google.stderr)")
        let none = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "Hello there"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("GEMINI_API_KEY or GOOGLE_API_KEY"), "\(none.stderr)")
        #expect(fake.requests.count == 1)
    }

    /// LiteLLM's provider/model form names the same Gemini model.
    @Test func liteLLMModelIDs() throws {
        let (cfg, fake, _) = try setup("gemini", model: "gemini/gemini-2.5-flash")
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "Hello there"], env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(fake.requests.first?.contains("/v1beta/models/gemini-2.5-flash:streamGenerateContent") == true)
    }

    /// Health probes: Ollama's /api/tags; Gemini's model list with its key.
    @Test(arguments: ["ollama", "gemini"])
    func probes(_ provider: String) throws {
        let (cfg, fake, _) = try setup(provider, extra: provider == "gemini" ? ["--require-key", Self.geminiKey] : [])
        write(readText(cfg)!.replacingOccurrences(of: "timeouts: {first_token: 2s, idle: 1s, total: 8s}",
                                                  with: "timeouts: {first_token: 2s, idle: 1s, total: 8s}\n    health_check_interval: 1m"), to: cfg)
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "Hello there"], env: ["GEMINI_API_KEY": Self.geminiKey])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Bonjour from the tier.\n")
        let probe = try #require(fake.probes.first)
        #expect(probe.contains(provider == "ollama" ? "\"path\": \"/api/tags\"" : "\"path\": \"/v1beta/models\""), "\(probe)")
    }

    /// bench speaks each provider through the same adapter: completed requests and the server's token counts.
    @Test(arguments: ["ollama", "gemini", "anthropic"])
    func benchRunsAgainstEachProvider(_ provider: String) throws {
        let fake = try FakeProvider(protocol: provider, extra: ["--answer", "one two three four"])
        let cfg = writeConfig("""
            tiers:
              main:
                provider: \(provider)
                endpoint: \(fake.endpoint)
                boundary: device
                api_key_env: BENCH_KEY
                models: {general: "\(provider == "gemini" ? "gemini-2.5-flash" : "m")"}
            """)
        let r = try tier(["bench", "-c", cfg, "--requests", "5", "--warmup", "0", "--json"], env: ["BENCH_KEY": "k-0123456789"])
        #expect(r.status == 0, "\(provider): \(r.stderr)")
        let res = try #require((jsonObject(r.stdout)?["results"] as? [[String: Any]])?.first, "\(r.stdout)")
        #expect(res["completed"] as? Int == 5, "\(provider): \(res)")
        #expect(res["output_tokens"] as? Int == 20, "\(provider): \(res)")
        #expect(fake.requests.count == 5)
    }
}

@Suite struct ModelsCommandTests {
    @Test func listsEveryTierWithWhatItsServerServes() throws {
        let ollama = try FakeProvider(protocol: "ollama")
        let llama = try FakeProvider(protocol: "openai")
        let cfg = writeConfig("""
            tiers:
              local:
                provider: ollama
                endpoint: \(ollama.endpoint)
                models: {general: "llama3.2:3b"}
              box:
                provider: llama-server
                endpoint: \(llama.endpoint)
                boundary: organization
                models: {general: fake}
              down:
                provider: vllm
                endpoint: http://127.0.0.1:9
                boundary: organization
                models: {general: m}
            """)
        let r = try tier(["models", "-c", cfg, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").compactMap { jsonObject(String($0)) }
        #expect(rows.map { $0["tier"] as? String } == ["local", "box", "down"])
        #expect(rows[0]["server_models"] as? [String] == ["llama3.2:3b", "qwen3:8b"])
        #expect(rows[0]["boundary"] as? String == "device" && rows[0]["boundary_explicit"] as? Bool == false)
        #expect(rows[1]["server_models"] as? [String] == ["fake"])
        #expect(rows[2]["server_models"] is NSNull && rows[2]["server_error"] as? String == "connection_refused")
        #expect(ollama.probes.count == 1 && ollama.requests.isEmpty, "models never asks for a completion")
        let offline = try tier(["models", "-c", cfg, "--offline"])
        #expect(offline.status == 0 && offline.stdout.contains("(offline)"))
        #expect(ollama.probes.count == 1)
    }
}

@Suite struct JSONSchemaOutput {
    /// --json-schema reaches each provider in its own form.
    @Test(arguments: ["openai", "ollama", "gemini", "anthropic"])
    func theSchemaIsSentAsEachProviderTakesIt(_ provider: String) throws {
        let fake = try FakeProvider(protocol: provider, extra: ["--answer", "{\"city\": \"Paris\"}"])
        let kind = provider == "openai" ? "llama-server" : provider
        let cfg = writeConfig("""
            tiers:
              main:
                provider: \(kind)
                endpoint: \(fake.endpoint)
                boundary: device
                api_key_env: K
                models: {general: "\(provider == "gemini" ? "gemini-2.5-flash" : "m")"}
            """)
        let dir = scratchDirectory()
        write(#"{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}"#, to: dir + "/schema.json")
        let r = try tier(["ask", "-c", cfg, "--timeout", "20s", "--no-stream", "--json-schema", dir + "/schema.json", "Where is the Louvre?"], env: ["K": "k-0123456789"])
        #expect(r.status == 0, "\(provider): \(r.stderr)")
        #expect(r.stdout == "{\"city\": \"Paris\"}\n")
        let bodies = fake.requests.compactMap { jsonObject($0)?["body"] as? String }.compactMap { jsonObject($0) }
        let body = try #require(bodies.first)
        switch provider {
        case "openai":
            let rf = try #require(body["response_format"] as? [String: Any])
            #expect(rf["type"] as? String == "json_schema")
            #expect(((rf["json_schema"] as? [String: Any])?["schema"] as? [String: Any])?["required"] as? [String] == ["city"])
        case "ollama":
            #expect((body["format"] as? [String: Any])?["type"] as? String == "object")
        case "gemini":
            let gc = try #require(body["generationConfig"] as? [String: Any])
            #expect(gc["responseMimeType"] as? String == "application/json")
            #expect((gc["responseJsonSchema"] as? [String: Any])?["required"] as? [String] == ["city"])
        default:
            #expect((body["system"] as? String)?.contains("\"required\": [\"city\"]") == true)
        }
    }

    @Test func aSchemaThatIsNotJSONIsAUsageError() throws {
        let dir = scratchDirectory()
        write("{not json", to: dir + "/bad.json")
        write("[1, 2]", to: dir + "/list.json")
        for f in ["bad.json", "list.json"] {
            let r = try tier(["ask", "--json-schema", dir + "/" + f, "hello"])
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("--json-schema") && r.stderr.contains(f))
        }
    }
}
