import Foundation
import Testing

/// `tier report` end to end over logs these tests write, with every share, rate, cost and percentile
/// known in advance.
@Suite struct ReportEndToEnd {
    static func attempt(_ tier: String, _ model: String, _ outcome: String, error: String? = nil, ttft: Double?, total: Double?,
                        input: Int?, output: Int?, cost: Double?) -> String {
        func n(_ v: Double?) -> String { v.map { "\($0)" } ?? "null" }
        func i(_ v: Int?) -> String { v.map { "\($0)" } ?? "null" }
        return #"{"tier":"\#(tier)","model":"\#(model)","outcome":"\#(outcome)","error":\#(error.map { "\"\($0)\"" } ?? "null"),"ttft_ms":\#(n(ttft)),"total_ms":\#(n(total)),"input_tokens":\#(i(input)),"output_tokens":\#(i(output)),"confidence":null,"cost_usd":\#(n(cost))}"#
    }

    static func record(_ time: String, task: String = "summarization", sensitivity: String = "public", outcome: String = "answered",
                       final: String?, escalated: Bool = false, attempts: [String], shadow: Double? = nil, breaker: Bool = false) -> String {
        var s = #"{"time":"\#(time)","id":"x","source":"ask","task_type":"\#(task)","sensitivity":"\#(sensitivity)","evidence":{},"consent":false,"decision":{"tier":"local","model":"qwen3:8b","rule":null,"allowed_tiers":["local"]},"outcome":"\#(outcome)","final_tier":\#(final.map { "\"\($0)\"" } ?? "null"),"confidence":null,"escalated":\#(escalated),"attempts":[\#(attempts.joined(separator: ","))],"total_ms":1.0,"content_hash":"h""#
        if let a = shadow { s += #","shadow":{"tier":"cloud","model":"claude-sonnet-4-20250514","agreement":\#(a),"local_confidence":0.8,"error":null}"# }
        if breaker { s += #","cascade_breaker_tripped":0.4"# }
        return s + "}"
    }

    /// 135 requests over two days and 3 parity pairs:
    /// - 100 answered locally (ttft 1...100 ms, total 10× that; 100 in / 10 out tokens), 50 a day;
    ///   the first 40 of day 1 shadow-sampled with 38 agreeing, the first 40 of day 2 with 20 agreeing;
    /// - 20 escalated from local (ttft 101...120) to cloud (ttft 201...220, 1000 in / 200 out, $0.006 each), 10 a day,
    ///   two of day 2's with a cascade-breaker trip;
    /// - 10 fallbacks on day 2: local failed (timeout_total), private answered (500 in / 50 out, $0.001 each);
    /// - 5 refused personal requests, 3 on day 1 and 2 on day 2.
    static func lines() -> [String] {
        var out: [String] = []
        for i in 1...100 {
            let day = i <= 50 ? "2026-11-01" : "2026-11-02"
            let k = i <= 50 ? i : i - 50
            var shadow: Double? = nil
            if k <= 40 { shadow = i <= 50 ? (k <= 38 ? 1.0 : 0.0) : (k <= 20 ? 1.0 : 0.0) }
            out.append(record("\(day)T10:\(String(format: "%02d", k % 60)):00.000Z", task: i % 2 == 0 ? "summarization" : "formatting", final: "local",
                              attempts: [attempt("local", "qwen3:8b", "answered", ttft: Double(i), total: Double(i * 10), input: 100, output: 10, cost: 0)],
                              shadow: shadow))
        }
        for k in 1...20 {
            let day = k <= 10 ? "2026-11-01" : "2026-11-02"
            out.append(record("\(day)T11:00:\(String(format: "%02d", k)).000Z", task: "code_review", final: "cloud", escalated: true,
                              attempts: [attempt("local", "qwen3:8b", "escalated", ttft: Double(100 + k), total: Double((100 + k) * 10), input: 100, output: 10, cost: 0),
                                         attempt("cloud", "claude-sonnet-4-20250514", "answered", ttft: Double(200 + k), total: Double(2000 + k * 10), input: 1000, output: 200, cost: 0.006)],
                              breaker: k == 15 || k == 16))
        }
        for k in 1...10 {
            out.append(record("2026-11-02T12:00:\(String(format: "%02d", k)).000Z", final: "private",
                              attempts: [attempt("local", "qwen3:8b", "failed", error: "timeout_total", ttft: nil, total: 5000, input: nil, output: nil, cost: nil),
                                         attempt("private", "llama-3.3-70b", "answered", ttft: 50, total: 900, input: 500, output: 50, cost: 0.001)]))
        }
        for k in 1...5 {
            out.append(record("2026-11-0\(k <= 3 ? 1 : 2)T13:00:0\(k).000Z", sensitivity: "personal", outcome: "refused", final: nil, attempts: []))
        }
        for a in [1.0, 1.0, 0.0] {
            out.append(#"{"time":"2026-11-01T14:00:00.000Z","id":"p","source":"bench_parity","task_type":"formatting","outcome":"answered","final_tier":"local","model":"qwen3:8b","confidence":0.7,"shadow":{"tier":"cloud","model":"claude-sonnet-4-20250514","agreement":\#(a),"local_confidence":0.7,"error":null}}"#)
        }
        return out
    }

    func report(_ args: [String]) throws -> [String: Any] {
        let r = try tier(["report", "-c", hybrid, "--json", "--cloud-model", "claude-sonnet-4"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(jsonObject(r.stdout), "\(r.stdout.prefix(300))")
    }

    func close(_ a: Any?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let x = a as? Double ?? (a as? Int).map(Double.init) else { return false }
        return abs(x - b) <= tolerance
    }

    @Test func sharesRatesCostsAndPercentilesAreExact() throws {
        let dir = scratchDirectory()
        write(Self.lines().joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let doc = try report([dir + "/log.jsonl"])
        #expect(doc["requests"] as? Int == 135)
        #expect(doc["parity"] as? Int == 3)
        #expect(doc["malformed"] as? Int == 0)
        let total = try #require(doc["total"] as? [String: Any])
        #expect(total["answered"] as? Int == 130)
        let share = try #require(total["share"] as? [String: Any])
        #expect(close(share["local"], 100.0 / 130, 1e-6))
        #expect(close(share["cloud"], 20.0 / 130, 1e-6))
        #expect(close(share["private"], 10.0 / 130, 1e-6))
        #expect(total["escalated"] as? Int == 20)
        #expect(close(total["escalation_rate"], 20.0 / 135, 1e-6))
        #expect(total["fallback"] as? Int == 10)
        #expect(close(total["fallback_rate"], 10.0 / 135, 1e-6))
        #expect(total["breaker_trips"] as? Int == 2)
        #expect((total["outcomes"] as? [String: Any])?["refused"] as? Int == 5)

        let tiers = try #require(doc["tiers"] as? [[String: Any]])
        #expect(tiers.map { $0["tier"] as? String } == ["local", "private", "cloud"])  // config order
        let local = tiers[0], privateTier = tiers[1], cloud = tiers[2]
        #expect(local["attempts"] as? Int == 130)
        #expect(local["failed"] as? Int == 10)
        #expect((local["errors"] as? [String: Any])?["timeout_total"] as? Int == 10)
        #expect(local["input_tokens"] as? Int == 12_000)
        #expect(local["device"] as? Bool == true)
        // Nearest rank over 1...120 (answered and escalated attempts; the failed ones have no TTFT and do not count).
        let lt = try #require(local["ttft_ms"] as? [String: Any])
        #expect(lt["samples"] as? Int == 120)
        #expect(close(lt["p50"], 60) && close(lt["p95"], 114) && close(lt["p99"], 119))
        let ltot = try #require(local["total_ms"] as? [String: Any])
        #expect(close(ltot["p50"], 600) && close(ltot["p95"], 1140) && close(ltot["p99"], 1190))
        let ct = try #require(cloud["ttft_ms"] as? [String: Any])
        #expect(close(ct["p50"], 210) && close(ct["p95"], 219) && close(ct["p99"], 220))
        #expect(cloud["breaker_trips"] as? Int == 0)
        #expect(local["breaker_trips"] as? Int == 2)  // the trip is the first judged tier's
        #expect(close(cloud["cost_usd"], 0.12) && close(privateTier["cost_usd"], 0.01))

        let cost = try #require(doc["cost"] as? [String: Any])
        #expect(close(cost["actual_usd"], 0.13))
        // Each answer's tokens at $3 / $15 per 1M: 100 × 0.00045 + 20 × 0.006 + 10 × 0.00225.
        #expect(close(cost["cloud_only_usd"], 0.1875))
        #expect(close(cost["saving_usd"], 0.0575))
        #expect(cost["price_source"] as? String == "built-in table of 2026-02: claude-sonnet-4")
        #expect(cost["cloud_priced_requests"] as? Int == 130)

        let periods = try #require(doc["periods"] as? [[String: Any]])
        #expect(periods.map { $0["label"] as? String } == ["2026-11-01", "2026-11-02"])
        #expect(periods.map { $0["requests"] as? Int } == [63, 72])
        #expect(close(periods[1]["fallback_rate"], 10.0 / 72, 1e-6))
        // Escalation 10/63 then 10/72: the slope is the difference over two periods.
        let trend = try #require(doc["trend"] as? [String: Any])
        #expect(close(trend["escalation_rate_per_period"], 10.0 / 72 - 10.0 / 63, 1e-6))

        let sens = try #require(doc["sensitivity"] as? [[String: Any]])
        #expect(sens.map { $0["sensitivity"] as? String } == ["public", "personal"])
        #expect(sens[1]["refused"] as? Int == 5 && sens[1]["requests"] as? Int == 5)

        let agreement = try #require(doc["agreement"] as? [String: Any])
        let shadow = try #require(agreement["shadow"] as? [[String: Any]])
        #expect(shadow.map { $0["samples"] as? Int } == [40, 40])
        #expect(close(shadow[0]["rate"], 0.95) && close(shadow[1]["rate"], 0.5))
        #expect(shadow.map { $0["drop"] as? Bool } == [false, true])
        #expect(close(shadow[1]["earlier_rate"], 0.95))
        #expect(close(shadow[0]["mean_confidence"], 0.8))
        // Wilson at 95% for 20 of 40: 0.3520 to 0.6480.
        #expect(close(shadow[1]["wilson_lower"], 0.352, 5e-4) && close(shadow[1]["wilson_upper"], 0.648, 5e-4))
        let parity = try #require(agreement["parity"] as? [[String: Any]])
        #expect(parity.count == 1 && parity[0]["samples"] as? Int == 3 && parity[0]["agreeing"] as? Int == 2)
    }

    @Test func severalFilesAndGlobsMergeByTime() throws {
        let dir = scratchDirectory()
        let all = Self.lines()
        // Three hosts, each with every third line, so no file is in time order with the others.
        for h in 0..<3 {
            let mine = all.enumerated().filter { $0.offset % 3 == h }.map(\.element)
            write(mine.reversed().joined(separator: "\n") + "\n", to: dir + "/host\(h).jsonl")
        }
        let merged = try report([dir + "/host*.jsonl"])
        write(all.joined(separator: "\n") + "\n", to: dir + "/one.jsonl")
        let single = try report([dir + "/one.jsonl"])
        #expect((merged["files"] as? [Any])?.count == 3)
        #expect(merged["requests"] as? Int == 135)
        for key in ["total", "tiers", "periods", "agreement", "cost", "sensitivity", "trend"] {
            let a = try JSONSerialization.data(withJSONObject: merged[key]!, options: .sortedKeys)
            let b = try JSONSerialization.data(withJSONObject: single[key]!, options: .sortedKeys)
            #expect(a == b, "\(key) differs between the merged hosts and one file")
        }
        // The same files named one by one, and a glob beside a plain name.
        let named = try report([dir + "/host0.jsonl", dir + "/host1.jsonl", dir + "/host[2].jsonl"])
        #expect(named["requests"] as? Int == 135)
    }

    @Test func sinceAndGroupings() throws {
        let dir = scratchDirectory()
        write(Self.lines().joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let day2 = try report([dir + "/log.jsonl", "--since", "2026-11-02"])
        #expect(day2["requests"] as? Int == 72)
        #expect((day2["files"] as? [[String: Any]])?.first?["filtered_out"] as? Int == 66)
        let byTask = try report([dir + "/log.jsonl", "--by", "task"])
        let groups = try #require(byTask["groups"] as? [[String: Any]])
        let counts = Dictionary(uniqueKeysWithValues: groups.map { ($0["label"] as! String, $0["requests"] as! Int) })
        #expect(counts == ["summarization": 65, "formatting": 50, "code_review": 20])
        let byTier = try report([dir + "/log.jsonl", "--by", "tier"])
        let tierGroups = try #require(byTier["groups"] as? [[String: Any]])
        let tierCounts = Dictionary(uniqueKeysWithValues: tierGroups.map { ($0["label"] as! String, $0["requests"] as! Int) })
        #expect(tierCounts == ["local": 100, "cloud": 20, "private": 10, "(none)": 5])
        let byHour = try report([dir + "/log.jsonl", "--by", "hour"])
        let hours = try #require(byHour["periods"] as? [[String: Any]])
        #expect(hours.map { $0["label"] as! String } == ["2026-11-01T10:00", "2026-11-01T11:00", "2026-11-01T13:00", "2026-11-01T14:00",
                                                          "2026-11-02T10:00", "2026-11-02T11:00", "2026-11-02T12:00", "2026-11-02T13:00"])
        #expect(hours.map { $0["requests"] as! Int } == [50, 10, 3, 0, 50, 10, 10, 2])
    }

    @Test func textTablesNameThePriceSourceAndTheDrop() throws {
        let dir = scratchDirectory()
        write(Self.lines().joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let r = try tier(["report", "-c", hybrid, dir + "/log.jsonl"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        // The default reference: hybrid.yaml's dearest external model, claude-opus-4 at $15 / $75.
        #expect(r.stdout.contains("on claude-opus-4-20250514 at $15/$75 per 1M input/output tokens (built-in table of 2026-02: claude-opus-4)"))
        #expect(r.stdout.contains("2026-11-02       40      0.500  0.352-0.648"))
        #expect(r.stdout.contains("DROP"))
        #expect(r.stdout.contains("local (device)       100  76.9%"))
        #expect(r.stdout.contains("local  timeout_total        10"))
    }

    @Test func malformedLinesAreWarnedWithTheirPlaceAndSkipped() throws {
        let dir = scratchDirectory()
        var lines = Self.lines()
        lines.insert("{not json", at: 2)
        let bad = Self.record("2026-11-01T10:00:00.000Z", final: "local",
                              attempts: [Self.attempt("local", "m", "answered", ttft: -5, total: 10, input: 1, output: 1, cost: 0)])
        lines.insert(bad, at: 4)
        lines.insert(#"{"time":"yesterday","outcome":"answered"}"#, at: 6)
        lines.insert(#"{"time":"2026-11-01T10:00:00Z"}"#, at: 7)
        write(lines.joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let r = try tier(["report", "-c", hybrid, "--json", "--cloud-model", "claude-sonnet-4", dir + "/log.jsonl"])
        #expect(r.status == 0)
        #expect(r.stderr.contains(dir + "/log.jsonl:3:1: warning: not a valid JSON object"))
        let column = bad.range(of: "-5")!.lowerBound.utf16Offset(in: bad) + 1
        #expect(r.stderr.contains(dir + "/log.jsonl:5:\(column): warning: attempts[0].ttft_ms must be a number of milliseconds from 0 to 1e9"))
        #expect(r.stderr.contains(dir + "/log.jsonl:7:9: warning: 'time' must be an RFC 3339 UTC time"))
        #expect(r.stderr.contains(dir + "/log.jsonl:8:1: warning: not a request record"))
        #expect(r.stderr.contains("skipped 4 malformed lines of 142"))
        let doc = try #require(jsonObject(r.stdout))
        #expect(doc["requests"] as? Int == 135)
        #expect(doc["malformed"] as? Int == 4)
    }

    @Test func missingFilesAndEmptyGlobsAreErrors() throws {
        let dir = scratchDirectory()
        let r = try tier(["report", dir + "/nope.jsonl"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(dir + "/nope.jsonl: no such file"))
        let g = try tier(["report", dir + "/none-*.jsonl"])
        #expect(g.status == 1)
        #expect(g.stderr.contains("no file matches this pattern"))
        // No file named and no request log yet.
        let d = try tier(["report"], home: dir)
        #expect(d.status == 1)
        #expect(d.stderr.contains("no request log yet"))
        let u = try tier(["report", "--by", "week", dir + "/x"])
        #expect(u.status == 2)
        let m = try tier(["report", "--cloud-model", "claude-sonet-4", "-c", hybrid, dir + "/x"])
        #expect(m.status == 2)
        #expect(m.stderr.contains("did you mean"))
    }

    @Test func defaultsToTheRequestLogOfTheConfig() throws {
        let dir = scratchDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/state/tier", withIntermediateDirectories: true)
        write(Self.lines().prefix(10).joined(separator: "\n") + "\n", to: dir + "/state/tier/requests.jsonl")
        let r = try tier(["report", "--json"], home: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(jsonObject(r.stdout)?["requests"] as? Int == 10)
        // log.path in the config wins.
        let cfg = (try #require(readText(hybrid))) + "\nlog:\n  path: \(dir)/other.jsonl\n"
        write(cfg, to: dir + "/c.yaml")
        write(Self.lines().prefix(4).joined(separator: "\n") + "\n", to: dir + "/other.jsonl")
        let o = try tier(["report", "--json", "-c", dir + "/c.yaml"], home: dir)
        #expect(o.status == 0, "\(o.stderr)")
        #expect(jsonObject(o.stdout)?["requests"] as? Int == 4)
    }

    /// The page opens in a real browser (headless Chromium from Debian: scripts/install-deps.sh installs it)
    /// with every section and chart, and asks for nothing from the network.
    @Test func htmlPageOpensInChromiumWithEverySection() throws {
        let dir = scratchDirectory()
        write(Self.lines().joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let r = try tier(["report", "-c", hybrid, "--html", dir + "/report.html", dir + "/log.jsonl"])
        #expect(r.status == 0)
        let page = try #require(readText(dir + "/report.html"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("src=") && !page.contains("href=") && !page.contains("@import") && !page.contains("url("))
        let browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "chromium is not installed: run scripts/install-deps.sh")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: browser)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(dir)/chromium",
                       "--dump-dom", "file://\(dir)/report.html"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        for id in ["summary", "charts", "tiers", "breakdown", "refusals", "errors", "latency", "cost", "agreement",
                   "chart-share", "chart-ttft", "chart-total", "chart-cost", "chart-agreement"] {
            #expect(dom.contains("id=\"\(id)\""), "section \(id) missing from the rendered page")
        }
        #expect(dom.components(separatedBy: "<svg").count - 1 == 5)
        // One drop mark: day 2's shadow agreement.
        #expect(dom.components(separatedBy: "class=\"drop\"").count - 1 == 1)
        #expect(dom.contains("saving vs cloud-only"))
    }
}
