import Foundation
import Testing
@testable import TierCore

@Suite struct ReportCore {
    func read(_ lines: [String], settings: ReportSettings = ReportSettings()) throws -> ReportAccumulator {
        let path = NSTemporaryDirectory() + "report-\(UUID().uuidString).jsonl"
        FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var acc = ReportAccumulator(settings: settings)
        try acc.read(path: path)
        return acc
    }

    @Test func nearestRankPercentiles() {
        let p = Report.Percentiles.of((1...200).map(Double.init).shuffled())!
        #expect(p.samples == 200 && p.p50 == 100 && p.p95 == 190 && p.p99 == 198)
        let one = Report.Percentiles.of([7])!
        #expect(one.p50 == 7 && one.p99 == 7)
        // Rank ceil(q × n): for n = 3, p50 is the 2nd, p95 and p99 the 3rd.
        let three = Report.Percentiles.of([30, 10, 20])!
        #expect(three.p50 == 20 && three.p95 == 30 && three.p99 == 30)
        #expect(Report.Percentiles.of([]) == nil)
    }

    @Test func selectionAgreesWithSortingOnRandomSamples() {
        var rng = SystemRandomNumberGenerator()
        for n in [1, 2, 3, 5, 10, 99, 100, 101, 1000, 4321] {
            for distinct in [2, 7, 1_000_000] {
                let v = (0..<n).map { _ in Double(Int.random(in: 0..<distinct, using: &rng)) }
                let s = v.sorted()
                func rank(_ q: Double) -> Double { s[min(max(Int((q * Double(n)).rounded(.up)), 1), n) - 1] }
                let p = Report.Percentiles.of(v)!
                #expect(p.p50 == rank(0.5) && p.p95 == rank(0.95) && p.p99 == rank(0.99), "n \(n), \(distinct) distinct")
            }
        }
    }

    @Test func daysAndHoursFromTheTimeBytes() {
        func dh(_ s: String) -> (Int, Int)? {
            var b = Array(s.utf8)
            return b.withUnsafeMutableBufferPointer { ReportAccumulator.dayAndHour(UnsafePointer($0.baseAddress!), $0.count) }
        }
        #expect(dh("1970-01-01T00:00:00Z")! == (0, 0))
        #expect(dh("2026-11-22T07:00:00.000Z")! == (RequestLog.epochSeconds("2026-11-22")! / 86_400, 7))
        #expect(dh("2024-02-29")! == (RequestLog.epochSeconds("2024-02-29")! / 86_400, 0))
        #expect(dh("2026-13-01T00") == nil)
        #expect(dh("2026-11-22T25:00") == nil)
        #expect(dh("2026/11/22") == nil)
        #expect(dh("2026-11-2") == nil)
    }

    @Test func escapedAndPlainNamesAreOneTier() throws {
        let a = #"{"time":"2026-11-01T00:00:00Z","outcome":"answered","final_tier":"local","attempts":[{"tier":"local","model":"m","outcome":"answered","total_ms":5}]}"#
        let b = #"{"time":"2026-11-01T00:00:01Z","outcome":"answered","final_tier":"lo\u0063al","attempts":[{"tier":"lo\u0063al","model":"m","outcome":"answered","total_ms":7}]}"#
        let r = try read([a, b]).finish()
        #expect(r.tierNames == ["local"])
        #expect(r.tiers[0].answered == 2 && r.tiers[0].total?.samples == 2)
    }

    @Test func hostileNumbersMakeTheLineMalformed() throws {
        let base = #"{"time":"2026-11-01T00:00:00Z","outcome":"answered","final_tier":"local","attempts":[{"tier":"local","model":"m","outcome":"answered","#
        let lines = [
            base + #""total_ms":1e999}]}"#,
            base + #""total_ms":-1}]}"#,
            base + #""input_tokens":1e13}]}"#,
            base + #""cost_usd":"free"}]}"#,
            #"{"time":"2026-11-01T00:00:00Z","outcome":"answered","shadow":{"tier":"c","agreement":1.5}}"#,
            #"{"time":"2026-11-01T00:00:00Z","outcome":"answered","cascade_breaker_tripped":-0.1}"#,
            #"{"time":"2026-11-01T00:00:00Z","outcome":7}"#,
            #"[1,2,3]"#,
            base + #""total_ms":5}]}"#,
        ]
        let acc = try read(lines)
        #expect(acc.malformedCount == 8)
        #expect(acc.diagnostics.map(\.line) == [1, 2, 3, 4, 5, 6, 7, 8])
        let r = acc.finish()
        #expect(r.requests == 1)
        #expect(r.tiers.first?.total?.p50 == 5)
    }

    @Test func moreThanSixteenAttemptsIsMalformed() throws {
        let a = #"{"tier":"local","model":"m","outcome":"failed","error":"x"}"#
        let line = #"{"time":"2026-11-01T00:00:00Z","outcome":"unavailable_fail","attempts":["# + Array(repeating: a, count: 17).joined(separator: ",") + "]}"
        let ok = #"{"time":"2026-11-01T00:00:00Z","outcome":"unavailable_fail","attempts":["# + Array(repeating: a, count: 16).joined(separator: ",") + "]}"
        let acc = try read([line, ok])
        #expect(acc.malformedCount == 1)
        #expect(acc.diagnostics.first?.message == "more than 16 attempts in one request")
        let r = acc.finish()
        #expect(r.tiers.first?.failed == 16)
        #expect(r.tiers.first?.errors == [Report.Count(name: "x", count: 16)])
    }

    @Test func pastTenThousandNamesTheRestAreOther() throws {
        var s = ReportSettings()
        s.grouping = .task
        let lines = (0..<10_100).map { #"{"time":"2026-11-01T00:00:00Z","outcome":"refused","task_type":"t\#($0)"}"# }
        let r = try read(lines, settings: s).finish()
        #expect(r.requests == 10_100)
        let other = try #require(r.groups.first { $0.label == "(other)" })
        #expect(other.requests > 100 && other.requests < 200)
        #expect(r.groups.reduce(0) { $0 + $1.requests } == 10_100)
    }

    @Test func sinceKeepsRecordsAtOrAfter() throws {
        var s = ReportSettings()
        s.since = "2026-11-02T00:00:00.000Z"
        let lines = ["2026-11-01T23:59:59.999Z", "2026-11-02T00:00:00.000Z", "2026-11-03T00:00:00.000Z"].map {
            #"{"time":"\#($0)","outcome":"refused","sensitivity":"secret"}"#
        }
        let r = try read(lines, settings: s).finish()
        #expect(r.requests == 2)
        #expect(r.files[0].filteredOut == 1)
        #expect(r.sensitivities == [Report.Sensitivity(name: "secret", requests: 2, refused: 2, rejected: 0)])
    }

    @Test func aDropIsAnIntervalWhollyBelowTheEarlierRate() throws {
        func shadow(_ day: Int, _ agree: Bool) -> String {
            #"{"time":"2026-11-0\#(day)T00:00:00Z","outcome":"answered","final_tier":"local","shadow":{"tier":"c","agreement":\#(agree ? 1 : 0),"local_confidence":0.9}}"#
        }
        // Day 1: 90 of 100. Day 2: 85 of 100 (interval 0.77-0.91 covers 0.9). Day 3: 60 of 100 (0.50-0.69: below 0.875).
        var lines: [String] = []
        for (day, agreeing) in [(1, 90), (2, 85), (3, 60)] { for i in 0..<100 { lines.append(shadow(day, i < agreeing)) } }
        let r = try read(lines).finish()
        #expect(r.shadow.map(\.drop) == [false, false, true])
        #expect(r.shadow[2].earlierRate == 0.875)
        #expect(r.shadow[1].lower < 0.9 && r.shadow[1].upper > 0.9)
        #expect(r.shadow[2].upper < 0.875)
        #expect(r.shadow.allSatisfy { abs($0.meanConfidence! - 0.9) < 1e-12 })
    }

    @Test func theHTMLPageIsSelfContained() throws {
        let line = #"{"time":"2026-11-01T00:00:00Z","outcome":"answered","final_tier":"<b>x</b>","attempts":[{"tier":"<b>x</b>","model":"m","outcome":"answered","ttft_ms":1,"total_ms":5}]}"#
        let html = try read([line]).finish().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<b>x</b>"))
        #expect(html.contains("&lt;b&gt;x&lt;/b&gt;"))
        #expect(!html.contains("<script") && !html.contains("href=") && !html.contains("src="))
    }
}
