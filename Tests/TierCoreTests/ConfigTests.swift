import Testing
@testable import TierCore

@Suite struct ConfigExamples {
    @Test func hybridLoadsAsGiven() throws {
        let c = try loadExample("hybrid.yaml")
        #expect(c.tierNames == ["local", "private", "cloud"])
        let local = try #require(c.tier(named: "local"))
        #expect(local.provider == .ollama)
        #expect(local.boundary == .device)              // localhost endpoint
        #expect(local.boundaryIsExplicit == false)
        #expect(local.modelID(role: "fast") == "qwen3:4b")
        #expect(local.healthCheckInterval == DurationValue(milliseconds: 30_000))
        let priv = try #require(c.tier(named: "private"))
        #expect(priv.boundary == .organization && priv.boundaryIsExplicit)
        let cloud = try #require(c.tier(named: "cloud"))
        #expect(cloud.provider == .anthropic && cloud.boundary == .external)  // default endpoint api.anthropic.com
        #expect(cloud.apiKeyEnv == "ANTHROPIC_API_KEY")
        #expect(cloud.rateLimitBuffer == nil)
        #expect(c.routing.defaultTier == "local")
        #expect(c.routing.escalationThreshold == 0.85)
        #expect(c.routing.rules.count == 5)
        #expect(c.routing.rules[4].sensitivities == [.personal, .secret])   // "high"
        #expect(c.routing.rules[2].taskTypes == ["code_review"])   // a config-defined task type
        #expect(c.routing.escalationOrder == ["local", "private", "cloud"])
        #expect(c.fallback.cloudUnavailable == .tier("local"))
        #expect(c.fallback.localUnavailable == .tier("cloud"))
        #expect(c.fallback.allUnavailable == .queue)
        #expect(c.warnings.count == 1 && c.warnings[0].line == 36)  // code_review is not built in
    }

    @Test func minimalLoadsAsGiven() throws {
        let c = try loadExample("minimal.yaml")
        #expect(c.tier(named: "local")?.provider == .llamaServer)
        #expect(c.tier(named: "local")?.boundary == .device)
        #expect(c.tier(named: "cloud")?.boundary == .external)
        #expect(c.routing.escalationThreshold == 0.8)
        #expect(c.fallback.allUnavailable == .fail)
    }

    @Test func embeddedDefaultLoads() throws {
        let c = try ConfigLoader.load(bytes: Array(ConfigLoader.embeddedDefaultYAML.utf8), file: "<embedded>", source: .embedded)
        #expect(c.tier(named: "local")?.endpoint == "http://127.0.0.1:11434")
        #expect(c.tier(named: "local")?.provider == .ollama)
        #expect(c.tier(named: "cloud")?.apiKeyEnv == "ANTHROPIC_API_KEY")
        #expect(c.warnings.isEmpty)
    }
}

@Suite struct ConfigLocation {
    @Test func flagThenEnvironmentThenXDGThenDefault() {
        let env: [String: String] = ["TIER_CONFIG": "/e.yaml", "XDG_CONFIG_HOME": "/x", "HOME": "/h"]
        #expect(ConfigLoader.locate(flag: "/f.yaml", env: { env[$0] }, exists: { _ in true }) == .flag("/f.yaml"))
        #expect(ConfigLoader.locate(flag: nil, env: { env[$0] }, exists: { _ in true }) == .environment("/e.yaml"))
        let noEnv = env.filter { $0.key != "TIER_CONFIG" }
        #expect(ConfigLoader.locate(flag: nil, env: { noEnv[$0] }, exists: { _ in true }) == .xdg("/x/tier/config.yaml"))
        #expect(ConfigLoader.locate(flag: nil, env: { noEnv[$0] }, exists: { _ in false }) == .embedded)
        let home = ["HOME": "/h"]
        #expect(ConfigLoader.locate(flag: nil, env: { home[$0] }, exists: { $0 == "/h/.config/tier/config.yaml" })
                == .xdg("/h/.config/tier/config.yaml"))
    }
}

/// Each bad config and the diagnostics it must give: line, column and a part of the message.
@Suite struct ConfigErrors {
    static let base = """
        tiers:
          local:
            provider: ollama
            models:
              general: m1

        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var expected: [(Int, Int, String)]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "syntax error", yaml: "tiers:\n  a: [1, 2\n", expected: [(3, 1, "YAML syntax error")]),
        Case(name: "tab indentation", yaml: "tiers:\n\tlocal: {}\n", expected: [(2, 1, "YAML syntax error")]),
        Case(name: "unknown top-level key", yaml: base + "rooting:\n  default_tier: local\n",
             expected: [(6, 1, "unknown key 'rooting' in 'the config'; did you mean 'routing'?")]),
        Case(name: "unknown tier key", yaml: base.replacingOccurrences("models:", "modles: {}\n    models:"),
             expected: [(4, 5, "did you mean 'models'?")]),
        Case(name: "wrong type", yaml: base + "routing:\n  escalation_threshold: high\n",
             expected: [(7, 25, "must be a number, found 'high'")]),
        Case(name: "tiers as a list", yaml: "tiers:\n  - local\n", expected: [(2, 3, "'tiers' must be a mapping, found a list")]),
        Case(name: "threshold out of range", yaml: base + "routing:\n  escalation_threshold: 1.2\n",
             expected: [(7, 25, "between 0 and 1")]),
        Case(name: "negative threshold", yaml: base + "routing:\n  escalation_threshold: -0.1\n",
             expected: [(7, 25, "between 0 and 1")]),
        Case(name: "bad duration", yaml: base + "    health_check_interval: 30 seconds\n".replacingOccurrences("    ", "    "),
             expected: [(6, 28, "is not a duration")]),
        Case(name: "duration without unit", yaml: base + "    health_check_interval: 30\n", expected: [(6, 28, "needs a unit")]),
        Case(name: "rule names unknown tier", yaml: base + "routing:\n  rules:\n    - tier: lcoal\n",
             expected: [(8, 13, "names unknown tier 'lcoal'; did you mean 'local'?")]),
        Case(name: "rule names unknown model role", yaml: base + "routing:\n  rules:\n    - tier: local\n      model: fast\n",
             expected: [(9, 14, "unknown model role 'fast' of tier 'local'")]),
        Case(name: "rule without tier", yaml: base + "routing:\n  rules:\n    - task_type: code\n",
             expected: [(8, 7, "needs a 'tier'")]),
        Case(name: "duplicate keys", yaml: base + "routing:\n  default_tier: local\n  default_tier: local\n",
             expected: [(8, 3, "duplicate key 'default_tier' (first defined at line 7)")]),
        Case(name: "duplicate tier", yaml: base + "  local:\n    provider: vllm\n    models: {a: b}\n",
             expected: [(6, 3, "duplicate key 'local'")]),
        Case(name: "empty file", yaml: "", expected: [(1, 1, "empty")]),
        Case(name: "whitespace only", yaml: "  \n\n", expected: [(1, 1, "empty")]),
        Case(name: "comment only", yaml: "# nothing\n", expected: [(1, 1, "no YAML document")]),
        Case(name: "non-UTF-8", yaml: "tiers:\n  local:\n    provider: ollama\n    models: {general: \"caf\u{FFFD}\"}\n",
             expected: []), // placeholder replaced below with real bytes
        Case(name: "unknown provider", yaml: base.replacingOccurrences("ollama", "olama"),
             expected: [(3, 15, "did you mean 'ollama'?")]),
        Case(name: "unknown boundary", yaml: base + "    boundary: planet\n", expected: [(6, 15, "unknown value 'planet'")]),
        Case(name: "api key in the config", yaml: base + "    api_key: sk-abc\n",
             expected: [(6, 5, "'api_key' is not read from the config")]),
        Case(name: "key pasted into api_key_env", yaml: base + "    api_key_env: sk-ant-api03-abcdef\n",
             expected: [(6, 18, "must be the name of an environment variable")]),
        Case(name: "endpoint not a URL", yaml: base + "    endpoint: localhost:11434\n", expected: [(6, 15, "is not an http:// or https:// URL")]),
        Case(name: "openai-compatible needs endpoint", yaml: "tiers:\n  x:\n    provider: openai-compatible\n    models: {a: b}\n",
             expected: [(2, 3, "needs an 'endpoint'")]),
        Case(name: "no tiers", yaml: "routing:\n  default_tier: local\n",
             expected: [(1, 1, "defines no 'tiers'"), (2, 17, "names unknown tier 'local'")]),
        Case(name: "bad fallback", yaml: base + "fallback:\n  local_unavailable: cloud\n  all_unavailable: local\n",
             expected: [(7, 22, "'queue', 'fail', 'next' or a tier name"), (8, 20, "must be 'queue' or 'fail'")]),
        Case(name: "bad regex", yaml: base + "routing:\n  rules:\n    - regex: \"(open\"\n      tier: local\n",
             expected: [(8, 14, "does not compile")]),
        Case(name: "negative price", yaml: base + "pricing:\n  m1:\n    input: -1\n    output: 2\n",
             expected: [(8, 12, "must not be negative")]),
        Case(name: "unknown alias", yaml: base + "routing: *nothing\n", expected: [(6, 10, "refers to no anchor")]),
        Case(name: "two documents", yaml: base + "---\ntiers: {}\n", expected: [(6, 1, "more than one YAML document")]),
    ]

    @Test(arguments: cases)
    func reportsEveryProblemAtItsPlace(_ c: Case) {
        guard !c.expected.isEmpty else { return }
        let ds = diagnostics(c.yaml)
        #expect(ds.count == c.expected.count, "got: \(ds.map(\.description))")
        for (d, e) in zip(ds, c.expected) {
            #expect(d.line == e.0 && d.column == e.1, "\(d) expected at \(e.0):\(e.1)")
            #expect(d.message.contains(e.2), "\(d.message) should contain \(e.2)")
            #expect(d.file == "t.yaml")
        }
    }

    @Test func invalidUTF8IsReportedAtTheByte() {
        var bytes = Array("tiers:\n  local:\n    provider: ollama\n    models: {general: \"caf".utf8)
        bytes += [0xE9, 0x22, 0x7D, 0x0A]
        do {
            _ = try ConfigLoader.load(bytes: bytes, file: "t.yaml", source: .flag("t.yaml"))
            Issue.record("loaded invalid UTF-8")
        } catch {
            guard case .config(let ds) = error else { Issue.record("\(error)"); return }
            #expect(ds.count == 1)
            #expect(ds[0].line == 4 && ds[0].column == 27)
            #expect(ds[0].message.contains("invalid UTF-8"))
        }
    }

    @Test func manyProblemsAreAllReported() {
        let yaml = """
            tiers:
              local:
                provider: olama
                models: {fast: m}
                health_check_interval: 5 minutes
              cloud:
                provider: anthropic
                models: {default: c}
                rate_limt_buffer: 0.8
            routing:
              default_tier: locl
              escalation_threshold: 2
              rules:
                - task_type: summarization
                  tier: cloud
                  model: frontier

            """
        let ds = diagnostics(yaml)
        #expect(ds.map { "\($0.line):\($0.column)" } == ["3:15", "5:28", "9:5", "11:17", "12:25", "16:14"], "\(ds)")
    }

    @Test func billionLaughsIsRefusedWithoutEatingMemory() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for k in 1..<names.count {
            let p = names[k - 1]
            yaml += "\(names[k]): &\(names[k]) [" + Array(repeating: "*\(p)", count: 9).joined(separator: ",") + "]\n"
        }
        let ds = diagnostics(yaml)
        #expect(ds.count == 1)
        #expect(ds.first?.message.contains("aliases expand to more than") == true)
        #expect(ds.first?.line == 6)
    }

    @Test func aliasesAndMergeKeysWithinTheLimitWork() throws {
        let c = try config("""
            tiers:
              a: &d
                provider: ollama
                models: {general: m}
              b:
                <<: *d
                endpoint: http://10.0.0.5:11434

            """)
        #expect(c.tier(named: "b")?.provider == .ollama)
        #expect(c.tier(named: "b")?.modelID(role: "general") == "m")
        #expect(c.tier(named: "b")?.boundary == .organization)
        #expect(c.tier(named: "a")?.boundary == .device)
    }
}

@Suite struct ConfigValues {
    @Test func durations() {
        #expect(DurationValue.parse("500ms")?.milliseconds == 500)
        #expect(DurationValue.parse("30s")?.milliseconds == 30_000)
        #expect(DurationValue.parse("2m")?.milliseconds == 120_000)
        #expect(DurationValue.parse("1h")?.milliseconds == 3_600_000)
        #expect(DurationValue.parse("1m30s")?.milliseconds == 90_000)
        for bad in ["", "30", "s", "1.5s", "10 s", "3d", "-1s", "99999999999s"] {
            #expect(DurationValue.parse(bad) == nil, "\(bad)")
        }
        #expect(DurationValue(milliseconds: 90_000).description == "90s")
        #expect(DurationValue(milliseconds: 120_000).description == "2m")
    }

    @Test func boundaryDerivedFromTheEndpoint() throws {
        let c = try config("""
            tiers:
              a: {provider: ollama, endpoint: "http://localhost:11434", models: {m: x}}
              b: {provider: vllm, endpoint: "http://127.0.0.2:8000", models: {m: x}}
              c: {provider: vllm, endpoint: "http://[::1]:8000", models: {m: x}}
              d: {provider: vllm, endpoint: "http://gpu-box.internal:8000", models: {m: x}}
              e: {provider: openai, api_key_env: K, models: {m: x}}
              f: {provider: openai-compatible, endpoint: "https://api.openai.com/v1", api_key_env: K, models: {m: x}}
              g: {provider: anthropic, endpoint: "https://api.anthropic.com", api_key_env: K, models: {m: x}}
              h: {provider: vllm, endpoint: "http://10.1.2.3:8000", boundary: external, models: {m: x}}

            """)
        let got = c.tiers.map { "\($0.name)=\($0.boundary.rawValue)" }
        #expect(got == ["a=device", "b=device", "c=device", "d=organization", "e=external", "f=external", "g=external", "h=external"])
        // Default escalation order: device, organization, external; config order within each.
        #expect(c.routing.escalationOrder == ["a", "b", "c", "d", "e", "f", "g", "h"])
        #expect(c.routing.defaultTier == "a")
    }

    @Test func ruleConditionsInBothSensitivityVocabularies() throws {
        let c = try config(ConfigErrors.base + """
            routing:
              rules:
                - data_sensitivity: [low, medium, personal, secret]
                  latency: [interactive, background]
                  match: [Invoice, "Purchase Order"]
                  regex: 'order #\\d+'
                  max_input_tokens: 500
                  tier: local
                  model: general

            """)
        let r = c.routing.rules[0]
        #expect(r.sensitivities == [.public, .internal, .personal, .secret])
        #expect(r.latencies == [.interactive, .background])
        #expect(r.keywords == ["invoice", "purchase order"])
        #expect(r.regex?.matches("see ORDER #123 now") == true)
        #expect(r.regex?.matches("order #abc") == false)
        #expect(r.maxInputTokens == 500)
        #expect(r.location.line == 8)
    }

    @Test func explicitOrderAndExceptions() throws {
        let c = try config("""
            tiers:
              cloud: {provider: anthropic, api_key_env: K, models: {default: x}}
              local: {provider: ollama, models: {general: y}}
              hipaa: {provider: vllm, endpoint: "http://phi.corp:8000", max_sensitivity: personal, models: {general: z}}
            routing:
              escalation_order: [local, cloud]

            """)
        #expect(c.routing.escalationOrder == ["local", "cloud", "hipaa"])
        #expect(c.tier(named: "hipaa")?.maxSensitivity == .personal)
        #expect(c.tier(named: "cloud")?.maxSensitivity == .public)
    }
}

extension String {
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) {
            out += rest[..<r.lowerBound] + b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

@Suite struct RateLimitBuffer {
    /// Older configs with rate_limit_buffer still load; the warning says it does nothing, at its place.
    @Test func isAcceptedAndFlagged() throws {
        let c = try ConfigLoader.load(bytes: Array("""
            tiers:
              local:
                provider: llama-server
                endpoint: http://127.0.0.1:8080
                rate_limit_buffer: 0.8
                models: {general: m}
            """.utf8), file: "<t>", source: .embedded)
        let w = try #require(c.warnings.first { $0.message.contains("rate_limit_buffer' is not implemented") })
        #expect(w.line == 5)
    }
}
