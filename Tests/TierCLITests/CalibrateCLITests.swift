import Foundation
import Testing

@Suite struct CalibrateEndToEnd {
    /// A request log like `tier ask` writes with shadow sampling: confidence uniform, the reference
    /// agreeing with probability c (so 0.95 kept-local agreement is reached at t = 0.9).
    func log(_ n: Int, seed: UInt64 = 11, agree: (Double) -> Double = { $0 }) -> String {
        var state = seed
        func next() -> Double {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        let tasks = ["formatting", "summarization"]
        var out = ""
        for i in 0..<n {
            let c = next()
            let a = next() < agree(c) ? 1.0 : 0.0
            out += #"{"time":"2026-11-0\#(1 + i % 9)T10:00:00.000Z","task_type":"\#(tasks[i % 2])","outcome":"answered","final_tier":"local","shadow":{"tier":"cloud","agreement":\#(a),"local_confidence":\#(c),"error":null}}"# + "\n"
        }
        return out
    }

    @Test func recoversTheThresholdAsJSON() throws {
        let dir = scratchDirectory()
        write(log(100_000), to: dir + "/log.jsonl")
        let r = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--json"])
        #expect(r.status == 0)
        let doc = try #require(jsonObject(r.stdout))
        let chosen = try #require(doc["chosen"] as? [String: Any])
        let t = try #require(chosen["threshold"] as? Double)
        #expect(abs(t - 0.9) <= 0.02)
        #expect((chosen["wilson_lower"] as? Double ?? 0) >= 0.95)
        #expect(doc["records"] as? Int == 100_000)
        #expect((doc["auroc"] as? Double ?? 0) > 0.8)
    }

    @Test func writeChangesOnlyTheThresholdLine() throws {
        let dir = scratchDirectory()
        write(log(50_000), to: dir + "/log.jsonl")
        // examples/hybrid.yaml: ../shared/examples/hybrid.yaml with the cloud boundary written out, rate_limit_buffer left out.
        let shared = repoRoot + "/examples/hybrid.yaml"
        let original = try #require(readText(shared))
        write(original, to: dir + "/config.yaml")
        let r = try tier(["calibrate", "-c", dir + "/config.yaml", dir + "/log.jsonl", "--write"])
        #expect(r.status == 0)
        let edited = try #require(readText(dir + "/config.yaml"))
        let a = original.components(separatedBy: "\n"), b = edited.components(separatedBy: "\n")
        #expect(a.count == b.count)
        let changed = zip(a, b).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.0 == "  escalation_threshold: 0.85  # below this confidence a local answer is escalated")
        #expect(changed.first?.1.hasPrefix("  escalation_threshold: 0.9") == true)
        #expect(changed.first?.1.hasSuffix("  # below this confidence a local answer is escalated") == true)
        #expect(r.stderr.contains("-  escalation_threshold: 0.85"))
        #expect(r.stderr.contains("+  escalation_threshold: 0.9"))
        // The new file loads.
        #expect(try tier(["config", "check", "-c", dir + "/config.yaml"]).status == 0)
    }

    @Test func perTaskThresholdsAreWritten() throws {
        let dir = scratchDirectory()
        // Formatting agrees more often than summarization: its threshold must be lower.
        let easy = log(40_000, seed: 5) { min(1, $0 + 0.3) }.replacingOccurrences(of: "summarization", with: "formatting")
        let hard = log(40_000, seed: 6) { $0 * $0 }.replacingOccurrences(of: "formatting", with: "summarization")
        write(easy + hard, to: dir + "/log.jsonl")
        write(try #require(readText(minimal)), to: dir + "/config.yaml")
        let r = try tier(["calibrate", "-c", dir + "/config.yaml", dir + "/log.jsonl", "--by", "task_type", "--write", "--json"])
        #expect(r.status == 0)
        let groups = try #require(jsonObject(r.stdout)?["groups"] as? [String: Any])
        let f = try #require((groups["formatting"] as? [String: Any])?["chosen"] as? [String: Any])["threshold"] as? Double
        let s = try #require((groups["summarization"] as? [String: Any])?["chosen"] as? [String: Any])["threshold"] as? Double
        #expect(try #require(f) < (try #require(s)))
        let show = try tier(["config", "show", "-c", dir + "/config.yaml"])
        #expect(show.stdout.contains("task_thresholds:\n    formatting: "))
        #expect(show.stdout.contains("\n    summarization: "))
    }

    @Test func filtersByTaskTierAndTime() throws {
        let dir = scratchDirectory()
        write(log(2_000), to: dir + "/log.jsonl")  // tasks alternate; times run 2026-11-01 to 2026-11-09
        let task = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--task", "formatting", "--json", "--target", "0.5"])
        let doc = try #require(jsonObject(task.stdout))
        #expect(doc["records"] as? Int == 1_000)
        #expect(doc["filtered_out"] as? Int == 1_000)
        let since = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--since", "2026-11-05", "--json", "--target", "0.5"])
        // Days 5 to 9 of each run of nine: 5 of every 9 records.
        let kept = try #require(jsonObject(since.stdout)?["records"] as? Int)
        #expect(abs(kept - 2_000 * 5 / 9) <= 2)
        let none = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--tier", "cloud"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no labelled records") && none.stderr.contains("2000 filtered out"))
        let bad = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--since", "last tuesday"])
        #expect(bad.status == 2 && bad.stderr.contains("--since needs a date"))
    }

    @Test func malformedLinesAreReportedAndSkipped() throws {
        let dir = scratchDirectory()
        var lines = log(2_000).split(separator: "\n").map(String.init)
        lines[4] = "{\"shadow\": {broken"
        lines[9] = #"{"shadow":{"agreement":1,"local_confidence":"high"}}"#
        write(lines.joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let r = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl"])
        #expect(r.stderr.contains(dir + "/log.jsonl:5:1: warning: not a valid JSON object"))
        #expect(r.stderr.contains(dir + "/log.jsonl:10:"))
        #expect(r.stderr.contains("skipped 2 malformed lines of 2000"))
        #expect(r.stdout.contains("1,998 labelled"))
        let strict = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr == dir + "/log.jsonl:5:1: error: not a valid JSON object\n")
        #expect(strict.stdout == "")
    }

    @Test func emptyOneClassAndTooFewEachSayWhy() throws {
        let dir = scratchDirectory()
        write("", to: dir + "/empty.jsonl")
        let empty = try tier(["calibrate", "-c", hybrid, dir + "/empty.jsonl"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no labelled records in \(dir)/empty.jsonl"))
        write(log(500) { _ in 1 }, to: dir + "/agree.jsonl")
        let one = try tier(["calibrate", "-c", hybrid, dir + "/agree.jsonl"])
        #expect(one.status == 1)
        #expect(one.stderr.contains("all 500 labelled records say 'agree': calibration needs both outcomes"))
        // Every answer above 0.5 agrees, but about 20 records cannot show 0.95 at 95% confidence.
        write(log(40) { $0 > 0.5 ? 1 : 0 }, to: dir + "/few.jsonl")
        let few = try tier(["calibrate", "-c", hybrid, dir + "/few.jsonl"])
        #expect(few.status == 1)
        #expect(few.stdout.contains("chosen    none: no threshold clears 0.95"))
        #expect(few.stdout.contains("more labelled records"))
    }

    @Test func theGuaranteeCoversABatchUnlessAskedForTheLongRun() throws {
        let dir = scratchDirectory()
        write(log(5_000), to: dir + "/log.jsonl")
        func chosen(_ extra: [String]) throws -> (threshold: Double, guarantee: String) {
            let r = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--target", "0.9", "--json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let doc = try #require(jsonObject(r.stdout))
            let c = try #require(doc["chosen"] as? [String: Any])
            return (try #require(c["threshold"] as? Double), doc["guarantee"] as? String ?? "")
        }
        let batch = try chosen([]), longRun = try chosen(["--future", "0"]), week = try chosen(["--future", "50000"])
        #expect(batch.guarantee.hasPrefix("with probability >= 0.95, among the next 5,000 requests like these records"))
        #expect(longRun.guarantee.hasPrefix("with probability >= 0.95, the long-run kept-local agreement at the chosen threshold is >= 0.9"))
        #expect(week.guarantee.contains("among the next 50,000 requests"))
        // A smaller batch has more room to fall short by chance, so it keeps less local.
        #expect(longRun.threshold <= week.threshold && week.threshold <= batch.threshold && longRun.threshold < batch.threshold)
        let bad = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--future", "-1"])
        #expect(bad.status == 2 && bad.stderr.contains("--future needs a whole number from 0 to 1000000000000, got '-1'"))
    }

    @Test func csvWithNamedFieldsAndAnSVG() throws {
        let dir = scratchDirectory()
        var csv = "id,conf,correct\n"
        for line in log(5_000).split(separator: "\n").enumerated() {
            let obj = try #require(jsonObject(String(line.element))?["shadow"] as? [String: Any])
            csv += "\(line.offset),\(obj["local_confidence"]!),\((obj["agreement"] as! Double) == 1 ? "yes" : "no")\n"
        }
        write(csv, to: dir + "/outcomes.csv")
        let r = try tier(["calibrate", "-c", hybrid, "--confidence-field", "conf", "--label-field", "correct", dir + "/outcomes.csv", "--svg", dir + "/plot.svg", "--target", "0.9"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("5,000 labelled"))
        let svg = try #require(readText(dir + "/plot.svg"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("escalation threshold (confidence)"))
        #expect(svg.contains("kept-local agreement") && svg.contains("local share") && svg.contains("chosen 0."))
        let bad = try tier(["calibrate", "-c", hybrid, "--label-field", "nope", dir + "/outcomes.csv"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("outcomes.csv:1:1: error: the CSV header has no column 'shadow.local_confidence'"))
    }

    @Test func isotonicFitIsWrittenAndApplied() throws {
        let dir = scratchDirectory()
        // Overconfident: agreement c², so the map must pull confidences down.
        write(log(50_000) { $0 * $0 }, to: dir + "/log.jsonl")
        write(try #require(readText(minimal)), to: dir + "/config.yaml")
        let r = try tier(["calibrate", "-c", dir + "/config.yaml", dir + "/log.jsonl", "--fit", "isotonic", "--write", "--json", "--target", "0.8"])
        #expect(r.status == 0)
        let iso = try #require(jsonObject(r.stdout)?["isotonic"] as? [String: Any])
        #expect((iso["ece_cross_validated"] as? Double ?? 1) < 0.03)
        let show = try tier(["config", "show", "-c", dir + "/config.yaml"])
        #expect(show.stdout.contains("    calibration: [["))
    }

    /// Records with signals, as the request log's shadow records or any JSONL: P(right) =
    /// sigmoid(-2 + 5 mean_p - 2 mean_entropy), and a task type that only shifts the rate.
    func signalLog(_ n: Int, seed: UInt64 = 3) -> String {
        var state = seed
        func next() -> Double {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        var out = ""
        for i in 0..<n {
            let m = next(), h = 2 * next(), f = next()
            let task = i % 3 == 0 ? "formatting" : "summarization"
            let z = -2 + 5 * m - 2 * h + (task == "formatting" ? 1 : 0)
            let right = next() < 1 / (1 + exp(-z))
            out += #"{"task":"\#(task)","correct":\#(right),"conf":\#(f),"signals":{"mean_p":\#(m),"mean_entropy":\#(h),"first_p":\#(f),"tokens":\#(1 + i % 7)}}"# + "\n"
        }
        return out
    }

    @Test func combinedFitIsWrittenAndLoads() throws {
        let dir = scratchDirectory()
        write(signalLog(6_000), to: dir + "/answers.jsonl")
        let original = try #require(readText(minimal))
        write(original, to: dir + "/config.yaml")
        let r = try tier(["calibrate", "-c", dir + "/config.yaml", dir + "/answers.jsonl", "--fit", "combined", "--label-field", "correct",
                          "--signals-field", "signals", "--task-field", "task", "--confidence-field", "conf", "--target", "0.8", "--json", "--write"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(jsonObject(r.stdout))
        let combined = try #require(doc["combined"] as? [String: Any])
        let pooled = try #require(combined["pooled"] as? [String: Any])
        // Held out, the combined confidence ranks better than any one signal, and the raw confidence (first_p, noise) is near 0.5.
        let auroc = try #require(pooled["auroc"] as? Double), best = try #require(pooled["best_signal_auroc"] as? Double)
        #expect(auroc > best + 0.01 && auroc > 0.75, "combined \(auroc), best single \(best)")
        #expect(abs((doc["auroc"] as? Double ?? 0) - 0.5) < 0.05)
        #expect((doc["guarantee"] as? String ?? "").hasPrefix("with probability >= 0.95, among the next 6,000 requests like these records, kept-local agreement >= 0.8 at the chosen threshold (fixed-sequence test from the strictest threshold down, exact exchangeable test"))
        let chosen = try #require(doc["chosen"] as? [String: Any])
        #expect((chosen["exact_lower"] as? Double ?? 0) >= 0.8)
        // The config: the old lines kept, the threshold and the model added, and it loads.
        let edited = try #require(readText(dir + "/config.yaml"))
        for line in original.split(separator: "\n") where !line.contains("escalation_threshold") { #expect(edited.contains(line)) }
        #expect(edited.contains("    model: {signals: [mean_p, first_p, mean_entropy, tokens], fill: ["))
        let show = try tier(["config", "show", "-c", dir + "/config.yaml"])
        #expect(show.status == 0, "\(show.stderr)")
        // cost-estimate reads the local share from the same JSON.
        write(r.stdout, to: dir + "/cal.json")
        let cost = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1M", "--calls-per-task", "8", "--tokens-per-call", "2000",
                             "--cloud-model", "claude-sonnet-4", "--from-calibrate", dir + "/cal.json", "--json"])
        #expect(cost.status == 0, "\(cost.stderr)")
        let share = try #require((jsonObject(cost.stdout)?["plan"] as? [String: Any])?["local_share"] as? Double)
        #expect(abs(share - (chosen["local_share"] as? Double ?? -1)) < 1e-6)
    }

    /// `--fit combined` groups by `task_key` (what ask looks its model up by) and, for a record without
    /// one (logged before the key), by `task_type`: both get an offset; `--task-field` still overrides.
    @Test func combinedFitGroupsByTheTaskKey() throws {
        let dir = scratchDirectory()
        var state: UInt64 = 11
        func next() -> Double {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        var out = ""
        for i in 0..<3_000 {
            let m = next()
            // Three shapes: two keyed (one much easier), one from an old log with only its task type.
            let (key, type, shift): (String?, String, Double) = i % 3 == 0 ? ("shape-0000000000aa", "extraction", 2)
                : i % 3 == 1 ? ("shape-0000000000bb", "extraction", -2) : (nil, "formatting", 0)
            let right = next() < 1 / (1 + exp(-(-1 + 3 * m + shift)))
            let keyField = key.map { #""task_key":"\#($0)","# } ?? ""
            out += #"{\#(keyField)"task_type":"\#(type)","correct":\#(right),"signals":{"mean_p":\#(m),"tokens":\#(1 + i % 5)}}"# + "\n"
        }
        write(out, to: dir + "/log.jsonl")
        /// Each group's bias: its own model's, or the pooled bias plus its offset.
        func offsets(_ extra: [String]) throws -> [String: Double] {
            let r = try tier(["calibrate", dir + "/log.jsonl", "--fit", "combined", "--label-field", "correct", "--signals-field", "signals", "--target", "0.6", "--json"] + extra)
            #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
            let model = try #require((jsonObject(r.stdout)?["combined"] as? [String: Any])?["model"] as? [String: Any])
            let pooled = try #require(model["pooled"] as? [String: Any])
            var out: [String: Double] = [:]
            for (k, v) in pooled["offsets"] as? [String: Double] ?? [:] { out[k] = (pooled["bias"] as? Double ?? 0) + v }
            for (k, g) in model["tasks"] as? [String: [String: Any]] ?? [:] { out[k] = g["bias"] as? Double }
            return out
        }
        let byKey = try offsets([])
        #expect(Set(byKey.keys) == ["shape-0000000000aa", "shape-0000000000bb", "formatting"], "\(byKey)")
        #expect(byKey["shape-0000000000aa"]! > byKey["shape-0000000000bb"]! + 2)
        // --task-field task_type: the old grouping, where the two shapes are one type.
        #expect(Set(try offsets(["--task-field", "task_type"]).keys) == ["extraction", "formatting"])
        // --task filters by either name.
        let r = try tier(["calibrate", dir + "/log.jsonl", "--fit", "combined", "--label-field", "correct", "--signals-field", "signals", "--target", "0.6", "--json", "--task", "formatting"])
        #expect((jsonObject(r.stdout)?["records"] as? Int) == 1_000, "\(r.stdout.prefix(300))")
    }

    @Test func combinedFitNeedsSignals() throws {
        let dir = scratchDirectory()
        write(log(500), to: dir + "/log.jsonl")
        let r = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--fit", "combined"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no labelled records") && r.stderr.contains("'shadow.signals'"))
        let u = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--min-task-records", "5"])
        #expect(u.status == 2 && u.stderr.contains("go with --fit combined"))
    }
}

