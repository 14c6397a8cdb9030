#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TierCore

/// A seeded generator (splitmix64), so every run draws the same synthetic records.
struct SeededDraws {
    var state: UInt64
    mutating func next() -> Double {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
    mutating func normal() -> Double {
        let u = max(1e-300, next()), v = next()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

@Suite struct SignalTests {
    @Test func eachSignalByHand() throws {
        var r = ChatResponse()
        r.text = "Paris is it"
        r.finishReason = "stop"
        // p: 0.9, 0.5, 0.8; runner-ups 0.05, 0.4, none; alternatives for the first token only.
        r.logprobs = [TokenLogprob(logprob: log(0.9), runnerUp: log(0.05), alternatives: [log(0.9), log(0.05), log(0.05)]),
                      TokenLogprob(logprob: log(0.5), runnerUp: log(0.4)),
                      TokenLogprob(logprob: log(0.8), runnerUp: nil)]
        let s = try #require(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings()))
        #expect(abs(s[.meanP]! - (0.9 + 0.5 + 0.8) / 3) < 1e-12)
        #expect(abs(s[.minP]! - 0.5) < 1e-12)
        #expect(abs(s[.lowP]! - 0.5) < 1e-12)                      // the 0.1 quantile of three: the smallest
        #expect(abs(s[.seqLogprob]! - log(0.9 * 0.5 * 0.8)) < 1e-12)
        #expect(abs(s[.firstP]! - 0.9) < 1e-12)
        #expect(abs(s[.firstMargin]! - 0.85) < 1e-12)
        #expect(abs(s[.meanMargin]! - (0.85 + 0.1 + 0.8) / 3) < 1e-12)
        // Entropy: first token over [0.9, 0.05, 0.05]; second over [0.5, 0.4] renormalised; third has one alternative only.
        let h1 = -(0.9 * log(0.9) + 2 * 0.05 * log(0.05))
        let q = [0.5 / 0.9, 0.4 / 0.9], h2 = -(q[0] * log(q[0]) + q[1] * log(q[1]))
        #expect(abs(s[.meanEntropy]! - (h1 + h2) / 2) < 1e-12)
        #expect(s[.tokens] == 3 && s[.hedged] == 0 && s[.truncated] == 0 && s[.invalidJSON] == 0)
        #expect(s[.agreement] == nil)
        #expect(abs(s[.score]! - Confidence.formula(r, jsonAsked: false, settings: ConfidenceSettings())!) < 1e-12)
    }

    @Test func theAnswersOwnTokensLeaveTheEchoOut() throws {
        var r = ChatResponse()
        r.finishReason = "stop"
        // "The capital of Peru is Lima." with "Li" + "ma" split: only Lima's two tokens are the answer's own.
        let toks: [(String, Double)] = [("The", 0.9), (" capital", 0.95), (" of", 0.99), (" Peru", 0.97), (" is", 0.9), (" Li", 0.4), ("ma", 0.8), (".", 0.7)]
        r.text = toks.map(\.0).joined()
        r.logprobs = toks.map { TokenLogprob(logprob: log($0.1), runnerUp: nil, text: $0.0) }
        let s = try #require(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings(), prompt: "What is the capital of Peru?"))
        #expect(abs(s[.answerMeanP]! - 0.6) < 1e-12 && abs(s[.answerMinP]! - 0.4) < 1e-12 && abs(s[.answerFirstP]! - 0.4) < 1e-12)
        // The second round's signals: own-token logprob sum and count, the first own token's margin (no runner-up: its p),
        // the mean logprob over all 8 tokens, and the echo: 5 of the answer's 6 words ("the capital of peru is" of "lima") are the prompt's.
        #expect(abs(s[.answerLogprob]! - (log(0.4) + log(0.8))) < 1e-12, "\(s[.answerLogprob]!)")
        #expect(s[.answerTokens] == 2 && abs(s[.answerFirstMargin]! - 0.4) < 1e-12, "\(s[.answerFirstMargin]!)")
        #expect(abs(s[.meanLogprob]! - toks.map { log($0.1) }.reduce(0, +) / 8) < 1e-12, "\(s[.meanLogprob]!)")
        #expect(abs(s[.echo]! - 5.0 / 6.0) < 1e-12, "\(s[.echo]!)")
        // Every word in the prompt (a choice question): all the word tokens count; unknown token text: no answer signals.
        let c = try #require(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings(), prompt: "the capital of peru is lima"))
        #expect(abs(c[.answerMinP]! - 0.4) < 1e-12 && abs(c[.answerFirstP]! - 0.9) < 1e-12)
        r.logprobs![2].text = nil
        #expect(try #require(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings(), prompt: "x"))[.answerMeanP] == nil)
    }

    @Test func selfConsistencyComparesTheAnswersOwnWords() throws {
        let prompt = "What is the capital of Peru? Reply with the city name only."
        // Same answer, different phrasing: the echo does not count, so they agree fully.
        #expect(SelfConsistency.agreement("The capital of Peru is Lima.", samples: ["Lima", "Lima is the capital."], prompt: prompt) == 1)
        #expect(SelfConsistency.agreement("Lima", samples: ["Cusco", "Lima"], prompt: prompt) == 0.5)
        #expect(SelfConsistency.agreement("Lima", samples: [], prompt: prompt) == nil)
    }

    @Test func flagsAndNoLogprobs() throws {
        var r = ChatResponse()
        r.text = "I'm not sure, {"
        r.finishReason = "length"
        r.logprobs = [TokenLogprob(logprob: -0.1, runnerUp: nil)]
        let s = try #require(ConfidenceSignals.of(r, jsonAsked: true, settings: ConfidenceSettings()))
        #expect(s[.hedged] == 1 && s[.truncated] == 1 && s[.invalidJSON] == 1)
        r.logprobs = nil
        #expect(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings()) == nil)
    }

    @Test func theLogRecordKeepsTheSignals() throws {
        var s = ConfidenceSignals()
        s[.meanP] = 0.75
        s[.agreement] = 0.5
        var a = Attempt(tier: "local", model: "m", outcome: "answered", totalMs: 3, confidence: 0.7)
        a.signals = s
        let rec = LogRecord(time: "2026-11-01T00:00:00.000Z", id: "x", taskType: "formatting", sensitivity: "public", evidence: [],
                            consent: false, decisionTier: "local", decisionModel: "m", rule: nil, allowedTiers: ["local"], outcome: "answered",
                            finalTier: "local", confidence: 0.7, escalated: false, attempts: [a], totalMs: 3, contentHash: "h",
                            shadow: .init(tier: "cloud", model: "c", agreement: 1, localConfidence: 0.7, error: nil, signals: s),
                            cascadeBreakerTripped: nil, prompt: nil, answer: nil)
        let text = String(decoding: rec.encoded(), as: UTF8.self)
        #expect(text.contains(#""signals":{"mean_p":0.75,"agreement":0.5}"#))
        let back = try #require(LogRecord.decode(try JSONParser.parse(text)))
        #expect(back.attempts[0].signals == s && back.shadow?.signals == s)
        #expect(back == rec)
    }
}

@Suite struct CombinedFitTests {
    /// Signals drawn so that P(right) = sigmoid(-1 + 3 mean_p + 2 first_margin - 1.5 mean_entropy), the
    /// other signals noise: the fit must find those weights (on the logged scale) and rank by them.
    func synthetic(_ n: Int, seed: UInt64) -> SignalTable {
        var g = SeededDraws(state: seed)
        var t = SignalTable()
        t.taskNames = ["a", "b"]
        for i in 0..<n {
            var v = [Double](repeating: .nan, count: Signal.count)
            v[Signal.meanP.index] = g.next()
            v[Signal.firstMargin.index] = g.next()
            v[Signal.meanEntropy.index] = 2 * g.next()
            v[Signal.minP.index] = g.next()
            v[Signal.tokens.index] = Double(1 + Int(g.next() * 20))
            let z = -1 + 3 * v[Signal.meanP.index] + 2 * v[Signal.firstMargin.index] - 1.5 * v[Signal.meanEntropy.index]
            t.append(v, label: g.next() < 1 / (1 + exp(-z)), task: Int32(i % 2))
        }
        return t
    }

    @Test func recoversAKnownLogisticRelation() throws {
        var settings = CombinedFitSettings()
        settings.lambda = 0.01
        settings.offsetLambda = 100
        let r = try #require(CombinedFit.fit(synthetic(60_000, seed: 5), settings: settings))
        let m = r.model
        func w(_ s: Signal) -> Double { m.pooled.weights[m.signals.firstIndex(of: s)!] }
        // Standard errors here are about 0.05: within 0.15 of the truth, and the noise signals near 0.
        #expect(abs(w(.meanP) - 3) < 0.15, "mean_p weight \(w(.meanP))")
        #expect(abs(w(.firstMargin) - 2) < 0.15, "first_margin weight \(w(.firstMargin))")
        #expect(abs(w(.meanEntropy) + 1.5) < 0.12, "mean_entropy weight \(w(.meanEntropy))")
        #expect(abs(w(.minP)) < 0.12 && abs(w(.tokens)) < 0.12)
        #expect(abs(m.pooled.bias + 1) < 0.2, "bias \(m.pooled.bias)")
        #expect(m.tasks.isEmpty == false)   // 30,000 records each of both outcomes: a model per task type
        // Held out, the fitted confidence is calibrated (ECE small) and ranks as well as the true relation.
        #expect(r.pooled.ece < 0.02)
        let truth = synthetic(60_000, seed: 5)
        var recs: [CalibrationRecord] = []
        for i in 0..<truth.count {
            let z = -1 + 3 * Double(truth.value(i, Signal.meanP.index)) + 2 * Double(truth.value(i, Signal.firstMargin.index)) - 1.5 * Double(truth.value(i, Signal.meanEntropy.index))
            recs.append(CalibrationRecord(confidence: z, agrees: truth.labels[i]))
        }
        let best = try #require(CombinedFit.aurocOf(recs))
        #expect(try #require(r.pooled.auroc) > best - 0.01)
        #expect(try #require(r.pooled.auroc) > (r.pooled.best?.auroc ?? 1) + 0.02)   // better than any single signal
    }

    @Test func theStoredModelIsWhatAskApplies() throws {
        let r = try #require(CombinedFit.fit(synthetic(4_000, seed: 9)))
        let yaml = """
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            routing:
              confidence:
                model: \(r.model.flowYAML())
            """
        let c = try ConfigLoader.load(bytes: Array(yaml.utf8), file: "t.yaml", source: .flag("t.yaml"))
        let loaded = try #require(c.routing.confidence.model)
        #expect(loaded.signals == r.model.signals)
        var resp = ChatResponse()
        resp.text = "an answer"
        resp.finishReason = "stop"
        resp.logprobs = [TokenLogprob(logprob: log(0.7), runnerUp: log(0.2), alternatives: [log(0.7), log(0.2)]),
                         TokenLogprob(logprob: log(0.95), runnerUp: log(0.01))]
        let (conf, sig) = Confidence.judge(resp, jsonAsked: false, settings: c.routing.confidence, taskType: "a")
        let s = try #require(sig)
        // The stored numbers are rounded to 6 decimals (4 in the map): the same probability to 1e-3.
        #expect(abs(try #require(conf) - r.model.probability(s, taskType: "a")) < 1e-3)
        #expect(abs(try #require(conf) - loaded.probability(s, taskType: "a")) < 1e-12)
        // An empty answer is never trusted, whatever the model says.
        resp.text = " "
        #expect(Confidence.judge(resp, jsonAsked: false, settings: c.routing.confidence, taskType: "a").confidence == 0)
    }

    @Test func aBadModelIsRejectedAtItsLine() {
        let ds = diagnostics("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            routing:
              confidence:
                model: {signals: [mean_p, vibes], fill: [0.5, 1], pooled: {bias: 0, weights: [1, 2]}}
                samples: 50
            """)
        #expect(ds.map(\.description) == [
            "t.yaml:5:31: error: unknown signal 'vibes' in 'routing.confidence.model.signals' (known: \(Signal.allCases.map(\.rawValue).joined(separator: ", ")))",
            "t.yaml:6:14: error: 'routing.confidence.samples' must be from 0 to 20",
        ])
        let short = diagnostics("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            routing:
              confidence:
                model: {signals: [mean_p], fill: [0.5], pooled: {bias: 0, weights: [1, 2]}}
            """)
        #expect(short.map(\.description) == ["t.yaml:5:72: error: 'routing.confidence.model.pooled.weights' must be a list of 1 numbers, one per signal"])
    }
}

@Suite struct FixedSequenceTests {
    @Test func clopperPearsonByHand() {
        // All n agree: the bound is alpha^(1/n). 0 of n: 0.
        #expect(abs(Statistics.clopperPearsonLower(successes: 20, n: 20, alpha: 0.05) - pow(0.05, 1.0 / 20)) < 1e-12)
        #expect(Statistics.clopperPearsonLower(successes: 0, n: 20, alpha: 0.05) == 0)
        // 8 of 10 at 95% one-sided: 0.4930 (the beta quantile); P(X >= 8 | 10, 0.4930) = 0.05.
        let lb = Statistics.clopperPearsonLower(successes: 8, n: 10, alpha: 0.05)
        #expect(abs(lb - 0.4930) < 1e-4)
        // The upper tail by direct summation.
        var direct = 0.0
        for k in 7...12 { direct += exp(lgamma(13) - lgamma(Double(k) + 1) - lgamma(Double(13 - k))) * pow(0.6, Double(k)) * pow(0.4, Double(12 - k)) }
        #expect(abs(Statistics.binomialUpperTail(successes: 7, n: 12, p: 0.6) - direct) < 1e-12)
    }

    /// Confidence uniform, P(right | c) = c: the true kept-local agreement above t is (1 + t) / 2, so the
    /// target 0.9 holds exactly for t >= 0.8. Over many simulated draws, the chosen threshold must fall
    /// below 0.8 (a kept-local agreement under the target) in at most δ of them, and when it errs the
    /// test's own level is what bounds it. Today's rule (lowest Wilson-cleared threshold) errs far more often.
    @Test func errorRateOverManyDrawsStaysAtOrBelowDelta() {
        var g = SeededDraws(state: 77)
        let draws = 400, n = 2_000, delta = 0.05, target = 0.9
        var wrong = 0, chose = 0, wilsonWrong = 0
        for _ in 0..<draws {
            var recs: [CalibrationRecord] = []
            for _ in 0..<n { let c = g.next(); recs.append(CalibrationRecord(confidence: c, agrees: g.next() < c)) }
            var s = CalibrationSettings()
            s.target = target
            s.confidenceLevel = 1 - delta
            s.future = 0  // the long-run rate: the true agreement above the chosen threshold
            let r = Calibration.analyze(recs, settings: s)
            if let c = r.chosen { chose += 1; if c.threshold < 0.8 { wrong += 1 } }
            if let w = r.curve.last(where: { $0.wilsonLower >= target }), w.threshold < 0.8 { wilsonWrong += 1 }
        }
        #expect(chose > draws / 2, "chose \(chose) of \(draws)")
        #expect(Double(wrong) / Double(draws) <= delta, "wrong \(wrong) of \(draws)")
        #expect(wilsonWrong > wrong, "wilson \(wilsonWrong), fixed sequence \(wrong)")
    }

    @Test func hypergeometricTailByHand() {
        // Direct sums of C(K,x) C(N-K,n-x) / C(N,n), both sides of the mean.
        func direct(_ k: Int, _ N: Int, _ K: Int, _ n: Int) -> Double {
            func lc(_ a: Int, _ b: Int) -> Double { lgamma(Double(a) + 1) - lgamma(Double(b) + 1) - lgamma(Double(a - b) + 1) }
            var s = 0.0
            for x in max(k, max(0, n - (N - K)))...min(n, K) { s += exp(lc(K, x) + lc(N - K, n - x) - lc(N, n)) }
            return s
        }
        for (k, N, K, n) in [(8, 40, 20, 10), (3, 40, 20, 10), (18, 30, 25, 20), (1, 5, 2, 3), (50, 200, 120, 80), (70, 200, 120, 80)] {
            #expect(abs(Statistics.hypergeometricUpperTail(atLeast: k, population: N, successes: K, draws: n) - direct(k, N, K, n)) < 1e-12, "\(k) \(N) \(K) \(n)")
        }
        #expect(Statistics.hypergeometricUpperTail(atLeast: 0, population: 10, successes: 4, draws: 5) == 1)
        #expect(Statistics.hypergeometricUpperTail(atLeast: 5, population: 10, successes: 4, draws: 5) == 0)
        // All 20 kept agree; 20 future kept need 18: the null's worst case is 37 agreeing of 40.
        #expect(abs(Calibration.batchTail(kept: 20, agreeing: 20, futureKept: 20, target: 0.9) - direct(20, 40, 37, 20)) < 1e-12)
    }

    /// The default guarantee is about a batch as large as the records: over many draws of records and of a
    /// fresh batch from the same source, the batch's kept-local agreement at the chosen threshold falls below
    /// the target in at most δ of the draws where one is chosen. The long-run guarantee (--future 0) keeps more
    /// local and, on a batch this small, misses more often.
    @Test func theBatchGuaranteeHoldsOnFreshBatches() {
        var g = SeededDraws(state: 5)
        let draws = 200, n = 1_000, delta = 0.05, target = 0.8
        func sample() -> [CalibrationRecord] {
            (0..<n).map { _ in let c = g.next(); return CalibrationRecord(confidence: c, agrees: g.next() < 0.35 + 0.6 * c) }
        }
        var chose = 0, missed = 0, longChose = 0, longMissed = 0
        for _ in 0..<draws {
            let recs = sample(), batch = sample()
            func misses(_ t: Double) -> Bool {
                let kept = batch.filter { $0.confidence >= t }
                return !kept.isEmpty && Double(kept.filter(\.agrees).count) < target * Double(kept.count)
            }
            var s = CalibrationSettings()
            s.target = target
            s.confidenceLevel = 1 - delta
            if let c = Calibration.analyze(recs, settings: s).chosen { chose += 1; if misses(c.threshold) { missed += 1 } }
            s.future = 0
            if let c = Calibration.analyze(recs, settings: s).chosen { longChose += 1; if misses(c.threshold) { longMissed += 1 } }
        }
        #expect(chose > draws / 2, "chose \(chose) of \(draws)")
        #expect(Double(missed) <= delta * Double(chose), "missed \(missed) of \(chose)")
        #expect(longChose >= chose && longMissed > missed, "long-run: missed \(longMissed) of \(longChose); batch: \(missed) of \(chose)")
    }

    @Test func aLongerFutureIsStricterThanALongRunAndLooserThanAShortOne() throws {
        var g = SeededDraws(state: 5)
        var recs: [CalibrationRecord] = []
        for _ in 0..<5_000 { let c = g.next(); recs.append(CalibrationRecord(confidence: c, agrees: g.next() < c)) }
        var s = CalibrationSettings()
        s.target = 0.9
        s.future = 0
        let rate = try #require(Calibration.analyze(recs, settings: s).chosen)
        s.future = nil
        let batch = Calibration.analyze(recs, settings: s)
        let b = try #require(batch.chosen)
        #expect(b.threshold > rate.threshold && b.kept < rate.kept)
        #expect(batch.future == 5_000)
        s.future = 500
        let small = try #require(Calibration.analyze(recs, settings: s).chosen)
        #expect(small.threshold > b.threshold)
    }

    @Test func tooFewRecordsChooseNothing() {
        // 25 records all right: n_min at 0.9 and δ/4 is 42, so no threshold can be shown; nothing is invented.
        let recs = (0..<25).map { CalibrationRecord(confidence: Double($0) / 25, agrees: true) }
        var s = CalibrationSettings()
        s.target = 0.9
        let r = Calibration.analyze(recs, settings: s)
        #expect(r.chosen == nil)
    }
}

@Suite struct PromptShapeTests {
    @Test func oneTemplateIsOneKeyWhateverIsFilledIn() throws {
        let a = try #require(PromptShape.key("What is the name of the currency of Japan? Reply with the currency name only."))
        let b = try #require(PromptShape.key("What is the name of the currency of South Korea?  Reply with the Currency name only."))
        #expect(a == b)
        #expect(a.hasPrefix("shape-") && a.count == 18 && a.dropFirst(6).allSatisfy(\.isHexDigit))
        // Digits and quoted material are the template's slots.
        #expect(PromptShape.key("Is 37 odd or even?") == PromptShape.key("Is 1024 odd or even?"))
        #expect(PromptShape.key(#"Classify this message as spam or not spam: "Win a cruise now""#)
                == PromptShape.key(#"Classify this message as spam or not spam: “Your invoice is attached”"#))
        #expect(PromptShape.maskedLastSentence(#"Translate "Good morning, Ana" into French."#) == #"translate "_" into french."#)
    }

    @Test func anotherInstructionIsAnotherKey() {
        #expect(PromptShape.key("Reply with the city name only.") != PromptShape.key("Reply with the country name only."))
        #expect(PromptShape.key("Is 37 odd or even?") != PromptShape.key("Is 37 a prime number?"))
    }

    @Test func theLastSentenceWithWordsOfItsOwnDecides() {
        // A prompt that ends in a quotation is keyed by the instruction before it.
        #expect(PromptShape.maskedLastSentence(#"Is this spam? Answer yes or no. "Claim your prize""#) == "answer yes or no.")
        #expect(PromptShape.maskedLastSentence("Summarize:\nThe meeting moved to 3pm.") == "the meeting moved to #pm.")
        #expect(PromptShape.key(#""only a quote""#) == nil && PromptShape.key("  ") == nil && PromptShape.key("42 17") == nil)
    }

    @Test func aGivenTaskTypeIsTheKey() {
        #expect(PromptShape.taskKey(givenTask: "triage", prompt: "Is 37 odd or even?") == "triage")
        #expect(PromptShape.taskKey(givenTask: nil, prompt: "Is 37 odd or even?") == PromptShape.key("Is 37 odd or even?"))
        #expect(PromptShape.taskKey(givenTask: "", prompt: "Is 3 odd?") == PromptShape.key("Is 3 odd?"))
    }

    @Test func theModelLooksUpTheKeyThenTheTaskType() {
        var s = ConfidenceSignals()
        s[.meanP] = 0.5
        let model = ConfidenceModel(signals: [.meanP], fill: [0.5],
                                    pooled: .init(bias: 0, weights: [0], offsets: ["shape-000000000001": 2, "formatting": -2]),
                                    tasks: ["shape-000000000002": .init(bias: 5, weights: [0])])
        func p(_ key: String?, _ type: String?) -> Double { model.probability(s, taskKey: key, taskType: type) }
        #expect(abs(p("shape-000000000001", "formatting") - ConfidenceModel.sigmoid(2)) < 1e-12)   // the key's offset wins
        #expect(abs(p("shape-00000000000f", "formatting") - ConfidenceModel.sigmoid(-2)) < 1e-12)  // then the task type's
        #expect(abs(p(nil, nil) - 0.5) < 1e-12)
        #expect(abs(p("shape-000000000002", "formatting") - ConfidenceModel.sigmoid(5)) < 1e-12)   // the key's own model
    }

    @Test func theRouterKeysEveryDecision() throws {
        let yaml = """
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            """
        let c = try ConfigLoader.load(bytes: Array(yaml.utf8), file: "t.yaml", source: .flag("t.yaml"))
        let plain = Router.decide(RouteRequest(prompt: "What is 2 + 2? Reply with a number."), config: c)
        #expect(plain.taskKey == PromptShape.key("What is 2 + 2? Reply with a number."))
        let given = Router.decide(RouteRequest(prompt: "What is 2 + 2?", taskType: "arithmetic"), config: c)
        #expect(given.taskKey == "arithmetic")
    }
}
