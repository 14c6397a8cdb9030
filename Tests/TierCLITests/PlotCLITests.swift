import Foundation
import Testing

/// Runs Tests/Fakes/svg_inspect.py (python's xml.etree) on an SVG file and returns its report.
func inspectSVGFile(_ path: String) throws -> [String: Any] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = [repoRoot + "/Tests/Fakes/svg_inspect.py", path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let report = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    #expect(p.terminationStatus == 0, "not well-formed: \(report["error"] ?? "")")
    return report
}

@Suite(.serialized) struct PlotEndToEnd {
    /// Three concurrencies, two working targets and one whose every request fails.
    @Test func benchSVGDrawsEveryLoadPointOfEveryTarget() throws {
        let fast = try FakeProvider(protocol: "openai", extra: ["--ttft-ms", "20", "--gap-ms", "5", "--chunks", "4"])
        let slow = try FakeProvider(protocol: "openai", extra: ["--ttft-ms", "80", "--gap-ms", "10", "--chunks", "4"])
        let broken = try FakeProvider(protocol: "openai", extra: ["--fail-every", "1"])
        var yaml = "tiers:\n"
        for (name, fake) in [("fast", fast), ("slow", slow), ("broken", broken)] {
            yaml += "  \(name):\n    provider: llama-server\n    endpoint: \(fake.endpoint)\n    boundary: device\n    models: {general: \(name)-model}\n"
        }
        let cfg = writeConfig(yaml)
        let path = scratchDirectory() + "/bench.svg"
        let r = try tier(["bench", "-c", cfg, "--concurrency", "1,2,4", "--requests", "4", "--warmup", "0", "--svg", path, "--csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try #require(readText(path))
        for bad in ["nan", "null", "inf\""] { #expect(!svg.lowercased().contains(bad), "\(bad)") }
        let report = try inspectSVGFile(path)
        #expect((report["outside"] as? [String])?.isEmpty == true, "legend outside the viewBox: \(report["outside"] ?? "")")
        #expect((report["overlaps"] as? [[String]])?.isEmpty == true, "overlapping text: \(report["overlaps"] ?? "")")
        let panels = try #require(report["panels"] as? [[String: Any]])
        #expect(panels.map { $0["title"] as? String ?? "" } == [
            "TTFT against offered load (p50, p95, p99)", "ITL against offered load (p50, p95, p99)",
            "TTFT distribution, fast/fast-model", "TTFT distribution, slow/slow-model", "TTFT distribution, broken/broken-model"])
        for panel in panels.prefix(2) {
            let points = try #require(panel["points"] as? [String: Int])
            for t in ["fast/fast-model", "slow/slow-model"] {
                for q in ["p50", "p95", "p99"] { #expect(points["\(t) \(q)"] == 3, "\(panel["title"]!): \(t) \(q)") }
            }
            #expect(points.keys.allSatisfy { !$0.hasPrefix("broken") })
            #expect((panel["legend"] as? [String])?.contains { $0.hasPrefix("broken/broken-model (no ") } == true)
        }
        for panel in panels[2...3] {
            let bars = try #require(panel["bars"] as? [String: Int])
            let target = (panel["title"] as! String).replacingOccurrences(of: "TTFT distribution, ", with: "")
            // Four requests a point: each load point's bars hold them (one bin, or several).
            #expect(Set(bars.keys) == Set(["c=1", "c=2", "c=4"].map { "\(target) (\($0))" }), "\(bars)")
            #expect(panel["legend"] as? [String] == ["c=1", "c=2", "c=4"])
        }
        #expect((panels[4]["bars"] as? [String: Int])?.isEmpty == true)
        #expect(panels[4]["notes"] as? [String] == ["no request completed (12 sent)"])
    }

    @Test func aSingleLoadPointIsStillDrawn() throws {
        let fake = try FakeProvider(protocol: "openai", extra: ["--chunks", "3"])
        let cfg = writeConfig("tiers:\n  local:\n    provider: llama-server\n    endpoint: \(fake.endpoint)\n    boundary: device\n    models: {general: m}\n")
        let path = scratchDirectory() + "/one.svg"
        let r = try tier(["bench", "-c", cfg, "--requests", "3", "--warmup", "0", "--svg", path])
        #expect(r.status == 0, "\(r.stderr)")
        let panels = try #require(try inspectSVGFile(path)["panels"] as? [[String: Any]])
        #expect((panels[0]["points"] as? [String: Int])?["local/m p50"] == 1)
        #expect((panels[0]["notes"] as? [String])?.first?.hasPrefix("one load point") == true)
    }

    /// calibrate's own plot: 51 samples on 60 columns once left a blank column every six or seven.
    @Test func calibratePlotHasNoBlankColumns() throws {
        var state: UInt64 = 5
        func next() -> Double { state = state &* 6364136223846793005 &+ 1442695040888963407; return Double(state >> 11) / Double(1 << 53) }
        var log = ""
        for _ in 0..<5000 {
            let c = next(), a = next() < c ? 1.0 : 0.0
            log += #"{"time":"2026-11-01T10:00:00.000Z","outcome":"answered","final_tier":"local","shadow":{"tier":"cloud","agreement":\#(a),"local_confidence":\#(c),"error":null}}"# + "\n"
        }
        let dir = scratchDirectory()
        write(log, to: dir + "/log.jsonl")
        let r = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--target", "0.9"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let title = try #require(lines.firstIndex { $0.hasPrefix("Kept-local agreement and local share") })
        let axis = try #require(lines[title...].firstIndex { $0.contains(" +---") })
        let rows = lines[(title + 1)..<axis].map { line -> [Character] in
            let chars = Array(line)
            return Array(chars[(chars.firstIndex(of: "|")! + 1)...])
        }
        let width = rows.map(\.count).max() ?? 0
        #expect(width == 60)
        let blank = (0..<width).filter { c in rows.allSatisfy { c >= $0.count || $0[c] == " " } }
        #expect(blank.isEmpty, "blank columns \(blank)\n\(lines[title..<axis].joined(separator: "\n"))")
    }
}
