import Testing
@testable import TierCore

@Suite struct ConfidenceScore {
    func response(_ lps: [Double], text: String = "Paris.", finish: String = "stop") -> ChatResponse {
        var r = ChatResponse()
        r.text = text
        r.finishReason = finish
        r.logprobs = lps.map { TokenLogprob(logprob: $0, runnerUp: nil) }
        return r
    }

    @Test func meanAndLowQuantileByHand() throws {
        // p = e^-0.1 (x9) and e^-3 (x1): mean = (9 * 0.904837 + 0.049787) / 10 = 0.819332; q10 = e^-3 = 0.049787
        let lps = Array(repeating: -0.1, count: 9) + [-3.0]
        let c = try #require(Confidence.score(response(lps), jsonAsked: false, settings: ConfidenceSettings()))
        #expect(abs(c - (0.5 * 0.819332 + 0.5 * 0.049787)) < 1e-5)
    }

    @Test func lengthDoesNotDragItDown() throws {
        let short = try #require(Confidence.score(response(Array(repeating: -0.05, count: 5)), jsonAsked: false, settings: .init()))
        let long = try #require(Confidence.score(response(Array(repeating: -0.05, count: 500)), jsonAsked: false, settings: .init()))
        #expect(abs(short - long) < 1e-9)
    }

    @Test func answerLevelSignals() throws {
        let s = ConfidenceSettings()
        let base = try #require(Confidence.score(response([-0.01, -0.02]), jsonAsked: false, settings: s))
        let hedged = try #require(Confidence.score(response([-0.01, -0.02], text: "I'm not sure, maybe Paris."), jsonAsked: false, settings: s))
        #expect(abs(hedged - base * 0.5) < 1e-9)
        let cut = try #require(Confidence.score(response([-0.01, -0.02], finish: "length"), jsonAsked: false, settings: s))
        #expect(abs(cut - base * 0.7) < 1e-9)
        #expect(Confidence.score(response([-0.01], text: "  "), jsonAsked: false, settings: s) == 0)
        #expect(Confidence.score(response([-0.01], text: "{\"a\":"), jsonAsked: true, settings: s) == 0)
        #expect(try #require(Confidence.score(response([-0.01], text: "{\"a\":1}"), jsonAsked: true, settings: s)) > 0.9)
    }

    @Test func noLogprobsMeansNoConfidence() {
        var r = ChatResponse()
        r.text = "from Anthropic"
        #expect(Confidence.score(r, jsonAsked: false, settings: .init()) == nil)
    }

    @Test func configurable() throws {
        let c = try config("""
            tiers:
              local: {provider: ollama, models: {general: m}}
            routing:
              confidence: {quantile: 0.25, quantile_weight: 0, margin_weight: 0.5, hedge_penalty: 1, truncation_penalty: 0.9}

            """)
        #expect(c.routing.confidence.quantile == 0.25 && c.routing.confidence.marginWeight == 0.5)
        let bad = diagnostics("tiers:\n  local: {provider: ollama, models: {general: m}}\nrouting:\n  confidence: {quantile: 2, weight: 1}\n")
        #expect(bad.map { "\($0.line):\($0.column)" } == ["4:26", "4:29"], "\(bad)")
    }
}

@Suite struct AgreementScore {
    @Test func shortAnswersByNormalizedExactMatch() {
        #expect(Agreement.score("Paris.", "paris") == 1)
        #expect(Agreement.score("  Yes!! ", "yes") == 1)
        #expect(Agreement.score("Paris", "Lyon") == 0)
        #expect(Agreement.score("", "") == 1)
        #expect(Agreement.score("", "x") == 0)
    }

    @Test func longAnswersByTokenOverlapF1() {
        let a = "the quick brown fox jumps over the lazy dog today"     // 10 words
        let b = "the quick brown fox jumped over a lazy dog yesterday"  // 10 words, 6 shared
        // overlap: the, quick, brown, fox, over, lazy, dog = 7 (one "the" each) -> P = R = 0.7
        #expect(abs(Agreement.score(a, b) - 0.7) < 1e-9)
        #expect(Agreement.score(a, a) == 1)
    }
}
