import Testing
@testable import TierCore

@Suite struct RouterDecisions {
    static let hybrid = try! loadExample("hybrid.yaml")

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var request: RouteRequest
        var health: [String: TierState] = [:]
        var tier: String?
        var model: String?
        var outcome: RouteOutcome = .route
        var sensitivity: Sensitivity
        var rule: Int?
        var allowed: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "classification stays local on the fast model",
             request: RouteRequest(prompt: "Classify the sentiment of this review: great product"),
             tier: "local", model: "qwen3:4b", sensitivity: .public, rule: 1, allowed: ["local", "private", "cloud"]),
        Case(name: "extraction goes to the local general model",
             request: RouteRequest(prompt: "Extract all dates and amounts from the text below"),
             tier: "local", model: "qwen3:8b", sensitivity: .public, rule: 2, allowed: ["local", "private", "cloud"]),
        Case(name: "complex reasoning goes to the frontier model",
             request: RouteRequest(prompt: "Prove step by step that there are infinitely many primes"),
             tier: "cloud", model: "claude-opus-4-20250514", sensitivity: .public, rule: 4, allowed: ["local", "private", "cloud"]),
        Case(name: "a config-defined task type given explicitly",
             request: RouteRequest(prompt: "look at this diff", taskType: "code_review"),
             tier: "cloud", model: "claude-sonnet-4-20250514", sensitivity: .public, rule: 3, allowed: ["local", "private", "cloud"]),
        Case(name: "personal data with a cloud rule skips it and stays on the device",
             request: RouteRequest(prompt: "Prove this reasoning step by step for jane.doe@example.com"),
             tier: "local", model: "qwen3:8b", sensitivity: .personal, rule: 5, allowed: ["local"]),
        // The router uses the full scanner: what the interim one did not know is personal too.
        Case(name: "an IBAN is personal",
             request: RouteRequest(prompt: "Prove step by step that this transfer to DE89 3704 0044 0532 0130 00 is valid"),
             tier: "local", sensitivity: .personal, rule: 5, allowed: ["local"]),
        Case(name: "a phone number is personal",
             request: RouteRequest(prompt: "Prove step by step why calls to +44 20 7946 0958 fail"),
             tier: "local", sensitivity: .personal, rule: 5, allowed: ["local"]),
        Case(name: "a date of birth is personal",
             request: RouteRequest(prompt: "Explain step by step the risk score for a patient born 14/03/1962"),
             tier: "local", sensitivity: .personal, rule: 5, allowed: ["local"]),
        Case(name: "a card number is personal",
             request: RouteRequest(prompt: "Why was card 4111 1111 1111 1111 declined? Analyze it step by step."),
             tier: "local", sensitivity: .personal, rule: 5, allowed: ["local"]),
        Case(name: "a secret never leaves the device even with a matching cloud rule",
             request: RouteRequest(prompt: "Review this", attachments: [Attachment(name: "env", text: "AWS_ACCESS_KEY=AKIAQ3EGRT5XKJ7PLM2N")],
                                   taskType: "code_review"),
             // The device-only rule for "high" data (personal and secret) is the one that matches.
             tier: "local", sensitivity: .secret, rule: 5, allowed: ["local"]),
        Case(name: "a hint raises sensitivity",
             request: RouteRequest(prompt: "Prove it step by step", sensitivityHint: .internal),
             tier: "private", model: "llama-3.3-70b", sensitivity: .internal, rule: nil, allowed: ["local", "private"]),
        Case(name: "a hint cannot lower what the scan found without consent",
             request: RouteRequest(prompt: "Prove it step by step for bob@example.org", sensitivityHint: .public),
             tier: "local", sensitivity: .personal, rule: 5, allowed: ["local"]),
        Case(name: "with consent the hint lowers it",
             request: RouteRequest(prompt: "Prove it step by step for bob@example.org", sensitivityHint: .public, consentToLower: true),
             tier: "cloud", sensitivity: .public, rule: 4, allowed: ["local", "private", "cloud"]),
        Case(name: "forcing an external tier with personal data is refused",
             request: RouteRequest(prompt: "Summarize the email from bob@example.org", forcedTier: "cloud"),
             tier: nil, outcome: .refused, sensitivity: .personal, allowed: ["local"]),
        Case(name: "forcing an allowed tier works",
             request: RouteRequest(prompt: "Summarize this report", forcedTier: "private"),
             tier: "private", sensitivity: .public, allowed: ["local", "private", "cloud"]),
        Case(name: "local down: fallback.local_unavailable sends public data to the cloud",
             request: RouteRequest(prompt: "Classify this ticket"), health: ["local": .unavailable("down")],
             tier: "cloud", sensitivity: .public, rule: 1, allowed: ["local", "private", "cloud"]),
        Case(name: "local down with personal data: nothing allowed is left, so it queues",
             request: RouteRequest(prompt: "Classify the email from bob@example.org"), health: ["local": .unavailable("down")],
             tier: nil, outcome: .unavailable(.queue), sensitivity: .personal, rule: 1, allowed: ["local"]),
        Case(name: "cloud down: fallback.cloud_unavailable brings it local",
             request: RouteRequest(prompt: "Prove step by step that 2+2=4"), health: ["cloud": .unavailable("429")],
             tier: "local", sensitivity: .public, rule: 4, allowed: ["local", "private", "cloud"]),
        Case(name: "no cue: the default tier",
             request: RouteRequest(prompt: "hello"),
             tier: "local", model: "qwen3:8b", sensitivity: .public, rule: nil, allowed: ["local", "private", "cloud"]),
    ]

    @Test(arguments: cases)
    func decides(_ c: Case) {
        let d = Router.decide(c.request, config: Self.hybrid, health: TierHealth(c.health))
        #expect(d.outcome == c.outcome, "\(d.reasons)")
        #expect(d.tier == c.tier, "\(d.reasons)")
        if let m = c.model { #expect(d.model == m) }
        #expect(d.sensitivity == c.sensitivity)
        #expect(d.ruleIndex == c.rule, "\(d.reasons)")
        #expect(d.allowed == c.allowed)
        // The privacy invariant: every tier the decision could ever use is in the allowed set.
        if let t = d.tier { #expect(d.allowed.contains(t)) }
        for s in d.escalation { #expect(d.allowed.contains(s.tier)) }
        for f in d.fallback { if let t = f.target { #expect(d.allowed.contains(t)) } }
    }

    @Test func decisionIsPure() {
        let r = RouteRequest(prompt: "Extract names from: Dr. Alice Smith, alice@example.com, 555-12-3456")
        let a = Router.decide(r, config: Self.hybrid)
        let b = Router.decide(r, config: Self.hybrid)
        var wa = JSONWriter(), wb = JSONWriter()
        DecisionFormat.json(a, into: &wa)
        DecisionFormat.json(b, into: &wb)
        #expect(wa.bytes == wb.bytes)
    }

    @Test func evidenceNamesDetectorsNeverValues() {
        let r = RouteRequest(prompt: "mail alice@example.com and card 5555 5555 5555 4444 please")
        let d = Router.decide(r, config: Self.hybrid)
        var w = JSONWriter()
        DecisionFormat.json(d, into: &w)
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text.contains("\"EMAIL_ADDRESS\":1"))
        #expect(text.contains("\"CREDIT_CARD\":1"))
        #expect(!text.contains("alice@example.com"))
        #expect(!text.contains("4444"))
        #expect(!DecisionFormat.explain(d).contains("alice@"))
    }

    @Test func consentIsRecorded() {
        let d = Router.decide(RouteRequest(prompt: "for bob@example.org", sensitivityHint: .public, consentToLower: true),
                              config: Self.hybrid)
        #expect(d.consent && d.sensitivitySource == .consent && d.scannedSensitivity == .personal)
        #expect(d.reasons.contains { $0.contains("explicit consent") })
    }

    @Test func personalDataNeverReachesAnExternalTierWhateverTheHealth() throws {
        // Every combination of down tiers, with every fallback setting: the decision stays on allowed tiers.
        let actions = ["next", "cloud", "private", "local", "queue", "fail"]
        for local in actions {
            for cloud in actions {
                let c = try config("""
                    tiers:
                      local: {provider: ollama, models: {general: a}}
                      private: {provider: vllm, endpoint: "http://gpu.corp:8000", models: {general: b}}
                      cloud: {provider: anthropic, api_key_env: K, models: {default: c}}
                    routing:
                      rules:
                        - task_type: summarization
                          tier: cloud
                    fallback:
                      local_unavailable: \(local)
                      cloud_unavailable: \(cloud)

                    """)
                for down in [[], ["local"], ["private"], ["cloud"], ["local", "private"], ["local", "cloud"], ["local", "private", "cloud"]] {
                    var h = TierHealth()
                    for t in down { h.states[t] = .unavailable("down") }
                    for prompt in ["Summarize the note from jane@example.com", "Summarize: key sk-proj-Zk3H9qLmP2xV7nR4tY8wB1cD6fG0hJ5k"] {
                        let d = Router.decide(RouteRequest(prompt: prompt), config: c, health: h)
                        let used = [d.tier].compactMap { $0 } + d.escalation.map(\.tier) + d.fallback.compactMap(\.target)
                        #expect(used.allSatisfy { $0 == "local" }, "local=\(local) cloud=\(cloud) down=\(down): \(used)")
                        if down.contains("local") { #expect(d.tier == nil) }
                    }
                }
            }
        }
    }

    @Test func escalationOrderRunsFromTheChosenTierUp() {
        let d = Router.decide(RouteRequest(prompt: "Summarize this memo about the offsite"), config: Self.hybrid)
        #expect(d.tier == "local")
        #expect(d.escalation.map(\.tier) == ["local", "private", "cloud"])
        #expect(d.escalation.map(\.model) == ["qwen3:8b", "llama-3.3-70b", "claude-sonnet-4-20250514"])
    }

    @Test func rulesMatchOnKeywordsRegexLatencyAndSize() throws {
        let c = try config("""
            tiers:
              local: {provider: ollama, models: {general: a, fast: f}}
              cloud: {provider: anthropic, api_key_env: K, models: {default: c}}
            routing:
              rules:
                - match: [urgent]
                  tier: cloud
                - regex: 'ticket #[0-9]+'
                  tier: local
                  model: fast
                - latency: background
                  tier: cloud
                - max_input_tokens: 10
                  tier: local

            """)
        func rule(_ p: String, _ l: LatencyBudget = .interactive) -> Int? {
            Router.decide(RouteRequest(prompt: p, latency: l), config: c).ruleIndex
        }
        #expect(rule("This is URGENT, please") == 1)
        #expect(rule("see Ticket #42 for details") == 2)
        #expect(rule(String(repeating: "word ", count: 20), .background) == 3)
        #expect(rule("short one") == 4)
        #expect(rule(String(repeating: "word ", count: 20)) == nil)
    }
}

@Suite struct TaskHeuristic {
    @Test(arguments: [
        ("Classify this support ticket as billing, bug or other", "message_classification"),
        ("Is this email spam? Answer yes or no.", "message_classification"),
        ("Extract the names, dates and amounts from this invoice", "entity_extraction"),
        ("Convert this list to JSON", "formatting"),
        ("Summarize the meeting notes in three bullet points", "summarization"),
        ("tl;dr of this thread please: tldr", "summarization"),
        ("Which tool should handle this request: search, calendar or email?", "routing"),
        ("Fill in the template: Dear {{name}}, your order {{order}} shipped.", "template_completion"),
        ("Fix the bug in this function:\n```\nfunc f() { return x; }\n```", "code"),
        ("Analyze the trade-offs of these two architectures and explain why one is better", "complex_reasoning"),
        ("Write a haiku about autumn", "creative"),
    ])
    func guesses(_ prompt: String, _ expected: String) {
        let g = TaskClassifier.classify(prompt: prompt)
        #expect(g.taskType == expected, "\(g)")
        #expect(g.confidence > 0 && g.confidence <= 1)
    }

    @Test func instructionOutweighsAttachedText() {
        let code = String(repeating: "func f() { let x = 1; }\nclass A { }\n", count: 20)
        #expect(TaskClassifier.classify(prompt: "Summarize this", attachments: [code]).taskType == "summarization")
    }

    @Test func noCueGivesNoGuess() {
        let g = TaskClassifier.classify(prompt: "hello there")
        #expect(g.taskType == nil && g.confidence == 0)
    }
}
