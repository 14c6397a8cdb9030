import Foundation
import Testing
@testable import TierCore

/// Runs Tests/Fakes/svg_inspect.py (python's xml.etree) on an SVG and returns its report.
func inspectSVG(_ svg: String) throws -> [String: Any] {
    let path = NSTemporaryDirectory() + "tier-plot-\(UUID().uuidString).svg"
    try svg.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
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

@Suite struct PlotTests {
    /// The grid's columns of a text plot, between the "|" after the y ticks and the end of each row.
    func plotColumns(_ text: String, width: Int, height: Int) -> [[Character]] {
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(height)
        return rows.map { row in
            let chars = Array(row)
            let bar = chars.firstIndex(of: "|")!
            return Array(chars[(bar + 1)...].prefix(width)) + Array(repeating: " ", count: max(0, width - (chars.count - bar - 1)))
        }
    }

    /// 51 samples (calibrate's step of 0.02) on 60 columns: before the fix every sixth or seventh column was blank.
    @Test func aDenseCurveLeavesNoInteriorColumnBlank() {
        let pts = stride(from: 0.0, through: 1.0, by: 0.02).map { (x: $0, y: $0 * $0) }
        let flat = stride(from: 0.0, through: 1.0, by: 0.02).map { (x: $0, y: 0.5) }
        let spec = PlotSpec(title: "t", xLabel: "x", yLabel: "y", xRange: 0...1, yRange: 0...1,
                            series: [PlotSeries(name: "curve", symbol: "*", colour: "#000", points: pts),
                                     PlotSeries(name: "flat", symbol: "-", colour: "#000", points: flat)])
        for width in [60, 47, 80, 101] {
            let grid = plotColumns(Plot.text(spec, width: width, height: 15), width: width, height: 15)
            let blank = (0..<width).filter { c in grid.allSatisfy { $0[c] == " " } }
            #expect(blank.isEmpty, "width \(width): blank columns \(blank)")
            // The flat line is one unbroken row of dashes.
            #expect(grid.contains { String($0).contains(String(repeating: "-", count: width / 3)) }, "width \(width)")
        }
    }

    @Test func xTicksSitUnderTheirColumnsWithoutOverlapping() {
        let spec = PlotSpec(title: "t", xLabel: "x", yLabel: "y", xRange: 0...1, yRange: 0...1,
                            series: [PlotSeries(name: "s", symbol: "*", colour: "#000", points: [(0, 0), (1, 1)])])
        let lines = Plot.text(spec, width: 60, height: 10).split(separator: "\n").map(String.init)
        let axis = lines[12], plotRow = lines[1]
        let origin = plotRow.firstIndex(of: "|").map { plotRow.distance(from: plotRow.startIndex, to: $0) + 1 }!
        // "0.5" is centred on column 30 (of 0...59), the middle of the grid.
        let mid = try! #require(axis.range(of: "0.5"))
        let centre = axis.distance(from: axis.startIndex, to: mid.lowerBound) + 1
        #expect(abs(centre - (origin + 30)) <= 1, "\(axis)")
        let trimmed = axis.trimmingCharacters(in: .whitespaces)
        #expect(trimmed.hasPrefix("0 ") && trimmed.hasSuffix(" 1"), "\(axis)")
        // The last label ends under the last column.
        #expect(axis.distance(from: axis.startIndex, to: axis.range(of: " 1", options: .backwards)!.upperBound) == origin + 60, "\(axis)")
    }

    @Test func niceAndLogTicks() {
        let fifths = Plot.niceTicks(0...1)
        #expect(fifths.count == 6 && zip(fifths, [0, 0.2, 0.4, 0.6, 0.8, 1]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(fifths)")
        #expect(Plot.niceTicks(0...275).allSatisfy { $0.truncatingRemainder(dividingBy: 50) == 0 })
        #expect(Plot.logTicks(15...1300) == [20, 50, 100, 200, 500, 1000])
        #expect(Plot.logTicks(0.05...5000).count == 5)  // 0.1, 1, 10, 100, 1000: decades only past three
        #expect(Plot.logTicks(0...10) == [0])
    }

    func curves(targets: [String], loads: [Double]) -> PlotSpec {
        var s = PlotSpec(title: "TTFT against offered load", xLabel: "offered load (concurrent requests)", yLabel: "time to first token (ms)",
                         xRange: 0.8...5, yRange: 1...2000,
                         series: targets.enumerated().flatMap { i, t in
                             ["p50", "p99"].map { q in PlotSeries(name: "\(t) \(q)", symbol: "*", colour: "#123456",
                                                                  points: loads.map { ($0, $0 * 10 * Double(i + 1)) }, showPoints: true, inLegend: false) }
                         })
        s.logX = true
        s.logY = true
        s.xTicks = loads
        s.extraLegend = targets.map { LegendEntry(name: $0, colour: "#123456") } + [LegendEntry(name: "p50", colour: "#333", line: true, newRow: true)]
        return s
    }

    @Test func everyPointIsMarkedAndTheLegendStaysInside() throws {
        // Long names: the legend wraps (and cuts a name longer than a row) instead of running off the right edge.
        let targets = ["local/qwen2.5-coder-7b-instruct-q4_k_m", "cloud/claude-sonnet-4-5-20250929", "gpu/" + String(repeating: "x", count: 120)]
        let hist = PlotSpec(title: "TTFT distribution", xLabel: "ms", yLabel: "share", xRange: 0...100, yRange: 0...1,
                            series: [PlotSeries(name: "a (c=1)", symbol: "#", colour: "#111", points: [(10, 0.5), (30, 0.5)])], bars: true)
        let svg = Plot.svg([curves(targets: targets, loads: [1, 2, 4]), hist], columns: 2)
        let r = try inspectSVG(svg)
        #expect((r["outside"] as? [String])?.isEmpty == true, "\(r["outside"] ?? "")")
        #expect((r["overlaps"] as? [[String]])?.isEmpty == true, "\(r["overlaps"] ?? "")")
        let panels = try #require(r["panels"] as? [[String: Any]])
        #expect(panels.count == 2)
        let points = try #require(panels[0]["points"] as? [String: Int])
        for t in targets { for q in ["p50", "p99"] { #expect(points["\(t) \(q)"] == 3, "\(t) \(q)") } }
        #expect((panels[1]["bars"] as? [String: Int])?["a (c=1)"] == 2)
        #expect((r["width"] as? Double) == 2 * Plot.panelWidth)
    }

    @Test func hostileNumbersNeverReachTheSVGAsNaN() throws {
        var s = PlotSpec(title: "t", xLabel: "x", yLabel: "y", xRange: 3...3, yRange: 0...0,
                         series: [PlotSeries(name: "s", symbol: "*", colour: "#000",
                                             points: [(.nan, 1), (1, .infinity), (1e300, -1e300), (3, 0)], showPoints: true)],
                         marker: (x: .infinity, label: "m"))
        s.logY = true
        let svg = Plot.svg(s)
        for bad in ["nan", "inf", "null"] { #expect(!svg.lowercased().contains(bad), "\(bad)") }
        _ = try inspectSVG(svg)
    }
}
