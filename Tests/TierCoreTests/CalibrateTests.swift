#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TierCore

@Suite struct StatisticsTests {
    @Test func normalQuantile() {
        // Reference values from Python's statistics.NormalDist().inv_cdf.
        #expect(abs(Statistics.normalQuantile(0.975) - 1.9599639845400536) < 1e-9)
        #expect(abs(Statistics.normalQuantile(0.05) + 1.6448536269514726) < 1e-9)
        #expect(abs(Statistics.normalQuantile(0.5)) < 1e-12)
        #expect(abs(Statistics.z(level: 0.95) - 1.9599639845400536) < 1e-9)
    }

    @Test func wilsonLowerBoundByHand() {
        let z = 1.959963984540054
        // 95 of 100: p = .95, z² = 3.841459; (p + z²/200 − z·sqrt(p(1−p)/100 + z²/40000)) / (1 + z²/100)
        // = (0.969207 − 0.046837) / 1.038415 = 0.888250.
        #expect(abs(Statistics.wilsonLower(successes: 95, n: 100, z: z) - 0.8882495307680808) < 1e-9)
        // All 10 agree: n / (n + z²) = 10 / 13.841459 = 0.722467.
        #expect(abs(Statistics.wilsonLower(successes: 10, n: 10, z: z) - 0.7224672001371106) < 1e-9)
        #expect(Statistics.wilsonLower(successes: 0, n: 10, z: z) == 0)
        #expect(abs(Statistics.wilsonLower(successes: 50, n: 100, z: z) - 0.4038315303659957) < 1e-9)
    }

    @Test func recordsNeededIsTheSmallestThatClears() throws {
        let z = 1.96
        let n = try #require(Statistics.recordsNeeded(p: 0.98, target: 0.95, z: z))
        #expect(Statistics.wilsonLower(successes: Int(0.98 * Double(n)), n: n, z: z) >= 0.95)
        #expect(Statistics.wilsonLower(successes: Int(0.98 * Double(n - 1)), n: n - 1, z: z) < 0.95)
        #expect(Statistics.recordsNeeded(p: 0.95, target: 0.95, z: z) == nil)
    }
}

@Suite struct CalibrationTests {
    /// Confidence uniform in [0, 1], agreement with probability c^k.
    func synthetic(_ n: Int, k: Double, seed: UInt64) -> [CalibrationRecord] {
        var rng = SplitMix(state: seed)
        return (0..<n).map { _ in
            let c = Double.random(in: 0...1, using: &rng)
            return CalibrationRecord(confidence: c, agrees: Double.random(in: 0..<1, using: &rng) < pow(c, k))
        }
    }

    @Test(arguments: [(1.0, 0.9), (3.0, 0.965897977870359)])
    func recoversTheThresholdOfAKnownCurve(k: Double, truth: Double) {
        // Kept-local agreement above t is ∫t..1 c^k dc / (1 − t) = (1 − t^(k+1)) / ((k+1)(1 − t));
        // it equals 0.95 at t = 0.9 for k = 1 and at t = 0.96590 for k = 3 (solved by bisection).
        for seed in [1, 2, 3] as [UInt64] {
            let r = Calibration.analyze(synthetic(200_000, k: k, seed: seed))
            let chosen = r.chosen!.threshold
            #expect(abs(chosen - truth) <= 0.02, "k=\(k) seed=\(seed): chose \(chosen), truth \(truth)")
            // The Wilson bound is conservative: never below the point-estimate's threshold by much.
            #expect(r.chosen!.wilsonLower >= 0.95)
        }
    }

    @Test func aurocBrierAndECEByHand() throws {
        let recs = [CalibrationRecord(confidence: 0.9, agrees: true), CalibrationRecord(confidence: 0.8, agrees: false),
                    CalibrationRecord(confidence: 0.7, agrees: true), CalibrationRecord(confidence: 0.6, agrees: false)]
        let r = Calibration.analyze(recs)
        // Pairs (agree, disagree): 0.9>0.8, 0.9>0.6, 0.7<0.8, 0.7>0.6: 3 of 4.
        #expect(r.auroc == 0.75)
        // ((0.1)² + (0.8)² + (0.3)² + (0.6)²) / 4 = (0.01 + 0.64 + 0.09 + 0.36) / 4 = 0.275.
        #expect(abs(r.brier - 0.275) < 1e-12)
        // Four bins of one record each: |1−.9| + |0−.8| + |1−.7| + |0−.6| over 4 = 0.45.
        #expect(abs(r.ece - 0.45) < 1e-12)
        let ties = Calibration.analyze([CalibrationRecord(confidence: 0.5, agrees: true), CalibrationRecord(confidence: 0.5, agrees: false)])
        #expect(ties.auroc == 0.5)
        // A threshold cannot split ties: one point holding both.
        #expect(ties.curve.count == 1 && ties.curve[0].kept == 2)
    }

    @Test func tooFewRecordsNeverInventsAThreshold() throws {
        let recs = (0..<30).map { CalibrationRecord(confidence: 0.9, agrees: $0 != 0) }
        let r = Calibration.analyze(recs)
        #expect(r.chosen == nil)
        let more = try #require(r.recordsNeeded)
        // At 29/30 the bound clears 0.95 only with enough records: check the claim.
        let n = 30 + more
        #expect(Statistics.wilsonLower(successes: Int(Double(n) * 29 / 30), n: n, z: Statistics.z(level: 0.95)) >= 0.95)
    }

    @Test func isotonicPoolsViolators() {
        let recs = [CalibrationRecord(confidence: 0.1, agrees: true), CalibrationRecord(confidence: 0.2, agrees: false),
                    CalibrationRecord(confidence: 0.3, agrees: true), CalibrationRecord(confidence: 0.4, agrees: true)]
        let k = Isotonic.fit(recs)
        // (0.1: 1) and (0.2: 0) pool to 0.5 at 0.15; (0.3: 1) and (0.4: 1) pool to 1 at 0.35.
        #expect(k.count == 2)
        #expect(abs(k[0].x - 0.15) < 1e-12 && k[0].y == 0.5)
        #expect(abs(k[1].x - 0.35) < 1e-12 && k[1].y == 1)
        #expect(abs(Isotonic.apply(k, 0.25) - 0.75) < 1e-12)
        #expect(Isotonic.apply(k, 0.0) == 0.5 && Isotonic.apply(k, 1.0) == 1)
    }
}

@Suite struct JSONFieldExtractorTests {
    func scan(_ line: String, _ paths: [String]) -> (Bool, JSONFieldExtractor) {
        var x = JSONFieldExtractor(paths: paths)
        let ok = Array(line.utf8).withUnsafeBufferPointer { x.scan($0) }
        return (ok, x)
    }

    @Test func findsNestedValuesAndSkipsTheRest() {
        let line = #"{"a":[1,{"shadow":2}],"shadow":{"x":"q\"uote","agreement":0.75,"local_confidence":1e-1},"t":"task","b":true}"#
        var x = JSONFieldExtractor(paths: ["shadow.local_confidence", "shadow.agreement", "t", "shadow.x", "b", "missing"])
        let ok = Array(line.utf8).withUnsafeBufferPointer { buf -> Bool in
            guard x.scan(buf) else { return false }
            #expect(x.number(0) == 0.1)
            #expect(x.number(1) == 0.75)
            #expect(x.string(2) == "task")
            #expect(x.string(3) == "q\"uote")
            #expect(x.bool(4) == true)
            #expect(x.ranges[5] == nil)
            return true
        }
        #expect(ok)
    }

    @Test func arrayIndexesInPaths() {
        let line = #"{"choices":[{"delta":{"role":"assistant"}},{"delta":{"content":"hi"}}],"usage":null}"#
        var x = JSONFieldExtractor(paths: ["choices.1.delta.content", "choices.0.delta.role", "choices.2.delta", "usage"])
        let ok = Array(line.utf8).withUnsafeBufferPointer { buf -> Bool in
            guard x.scan(buf) else { return false }
            #expect(x.string(0) == "hi")
            #expect(x.string(1) == "assistant")
            #expect(x.ranges[2] == nil)
            #expect(x.isNull(3))
            return true
        }
        #expect(ok)
    }

    @Test(arguments: [#"{"a":1"#, #"{"a":1}x"#, #"{"a":tru}"#, #"{"a" 1}"#, #"{"a":"x}"#, #"[1,2"#, #"{"a":1,}"#, ""])
    func malformedLinesAreRejected(_ line: String) {
        #expect(!scan(line, ["a"]).0)
    }
}

@Suite struct ConfigEditorTests {
    // examples/hybrid.yaml is ../shared/examples/hybrid.yaml with the cloud tier's boundary written out and rate_limit_buffer
    // (which nothing acts on) left out (the repository must not depend on ../shared).
    let shared = repoRoot + "/examples/hybrid.yaml"

    func text(_ path: String) throws -> String { String(decoding: try System.readFile(path), as: UTF8.self) }

    @Test func onlyTheThresholdLineChanges() throws {
        let original = try text(shared)
        var e = ConfigEditor(text: original, file: shared)
        try e.setScalar(["routing", "escalation_threshold"], "0.912")
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = e.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(changed.count == 1)
        #expect(changed.first?.element.1 == "  escalation_threshold: 0.912  # below this confidence a local answer is escalated")
        let c = try ConfigLoader.load(bytes: Array(e.text.utf8), file: "x.yaml", source: .flag("x.yaml"))
        #expect(c.routing.escalationThreshold == 0.912)
        #expect(e.diff().contains("-  escalation_threshold: 0.85  # below this confidence a local answer is escalated\n+  escalation_threshold: 0.912  # below"))
    }

    @Test func addsWhatIsMissingAndKeepsTheRest() throws {
        let yaml = """
            # my config
            tiers:
              local: {provider: ollama, endpoint: "http://127.0.0.1:11434", models: {general: m}}  # the GPU box

            routing:
              default_tier: local   # keep
            """
        var e = ConfigEditor(text: yaml, file: "t.yaml")
        try e.setScalar(["routing", "escalation_threshold"], "0.7")
        try e.setEntries(["routing", "task_thresholds"], [("formatting", "0.6"), ("summarization", "0.8")])
        try e.setEntries(["routing", "task_thresholds"], [("formatting", "0.65")])
        try e.setFlow(["routing", "confidence", "calibration"], "[[0.1, 0.2], [0.9, 0.95]]")
        let c = try ConfigLoader.load(bytes: Array(e.text.utf8), file: "t.yaml", source: .flag("t.yaml"))
        #expect(c.routing.escalationThreshold == 0.7)
        #expect(c.routing.threshold(for: "formatting") == 0.65)
        #expect(c.routing.threshold(for: "summarization") == 0.8)
        #expect(c.routing.threshold(for: "code") == 0.7)
        #expect(c.routing.confidence.calibration == [CalibrationKnot(raw: 0.1, calibrated: 0.2), CalibrationKnot(raw: 0.9, calibrated: 0.95)])
        #expect(e.text.hasPrefix("# my config\n"))
        #expect(e.text.contains("  default_tier: local   # keep"))
        #expect(e.text.contains("# the GPU box"))
        // Replacing the map again leaves one calibration key.
        try e.setFlow(["routing", "confidence", "calibration"], "[[0.5, 0.5]]")
        #expect(e.text.split(separator: "\n").filter { $0.contains("calibration:") }.count == 1)
    }
}

@Suite struct CalibratedConfidenceTests {
    @Test func theConfigMapIsAppliedToTheScore() throws {
        let c = try config("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            routing:
              confidence:
                calibration: [[0.2, 0.1], [0.8, 0.5]]
            """)
        let s = c.routing.confidence
        // Linear between knots, clamped beyond: 0.5 -> 0.1 + 0.4 × (0.3 / 0.6) = 0.3.
        #expect(abs(Confidence.calibrated(0.5, settings: s) - 0.3) < 1e-12)
        #expect(Confidence.calibrated(0.05, settings: s) == 0.1)
        #expect(Confidence.calibrated(0.95, settings: s) == 0.5)
        #expect(Confidence.calibrated(0.5, settings: ConfidenceSettings()) == 0.5)
    }

    @Test func aFallingMapIsRejectedAtItsLine() {
        let ds = diagnostics("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:8080", models: {general: m}}
            routing:
              confidence:
                calibration: [[0.2, 0.6], [0.8, 0.5]]
              task_thresholds: {formatting: 1.5}
            """)
        #expect(ds.map(\.description) == [
            "t.yaml:5:31: error: 'routing.confidence.calibration' must rise: each pair at or above the one before",
            "t.yaml:6:33: error: 'routing.task_thresholds.formatting' must be between 0 and 1, found '1.5'",
        ])
    }
}

@Suite struct StreamScanTests {
    /// Every finding of a whole-buffer scan appears exactly once when the same text is streamed
    /// through small windows, wherever the window ends fall (values straddle them on purpose).
    @Test(arguments: [1000, 1777, 4096])
    func windowsFindWhatTheWholeScanFinds(window: Int) throws {
        var text = ""
        var k = 0
        while text.utf8.count < 60_000 {
            k += 1
            switch k % 5 {
            case 0: text += "mail user\(k)@example.com then "
            case 1: text += "card 4111 1111 1111 1111 and "
            case 2: text += "key AKIAQ3EGRT5XKJ7PLM2N, "
            case 3: text += "IP 10.\(k % 250).3.4 seen; "
            default: text += "plain words here\n"
            }
        }
        let bytes = Array(text.utf8)
        let whole = bytes.withUnsafeBufferPointer { PIIScanner.scan($0) }.map { "\($0.type)@\($0.start)-\($0.end)" }
        let path = "/tmp/tier-stream-\(RequestLog.newID()).txt"
        if let f = fopen(path, "w") { _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }; fclose(f) }
        defer { System.removeFile(path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var s = StreamScan()
        s.window = window
        s.overlap = 200
        s.lookbehind = 64
        var streamed: [String] = []
        var covered = 0
        let ok = try s.run(fd: fd, name: path, custom: ClassifySettings()) { w in
            #expect(w.offset + w.reportFrom == covered, "report ranges must tile the input")
            covered = w.offset + w.reportEnd
            for f in w.findings { streamed.append("\(f.type)@\(w.offset + f.start)-\(w.offset + f.end)") }
        }
        #expect(ok)
        #expect(covered == bytes.count)
        #expect(streamed == whole)
    }
}
