#if canImport(Glibc)
import Glibc
#endif

/// Line charts for the terminal (text) and as SVG files, for `calibrate` and `bench`.
public struct PlotSeries: Sendable {
    public var name: String
    /// Drawn in the terminal.
    public var symbol: Character
    /// An SVG colour.
    public var colour: String
    public var points: [(x: Double, y: Double)]
    /// An SVG stroke-dasharray for the line ("6,4" dashed, "2,3" dotted); nil draws it solid.
    public var dash: String?
    /// A mark at every point, so that a single point or a sparse sweep is still visible.
    public var showPoints = false
    /// The mark's shape, so that series drawn on top of each other (percentiles of one load point) stay apart.
    public var pointShape: PointShape = .circle
    /// Listed in the legend (false when the plot's `extraLegend` describes it).
    public var inLegend = true
    /// The legend's text when shorter than the name (the panel's title already says the rest); the name
    /// stays in the SVG's data-series attribute.
    public var legendName: String?

    public init(name: String, symbol: Character, colour: String, points: [(x: Double, y: Double)],
                dash: String? = nil, showPoints: Bool = false, inLegend: Bool = true) {
        self.name = name
        self.symbol = symbol
        self.colour = colour
        self.points = points
        self.dash = dash
        self.showPoints = showPoints
        self.inLegend = inLegend
    }
}

public enum PointShape: Sendable {
    case circle, square, triangle
}

/// One legend line: a filled swatch (bars) or a stroke (lines, with its dash).
public struct LegendEntry: Sendable {
    public var name: String
    public var colour: String
    public var line: Bool
    public var dash: String?
    /// Starts a new legend row (a second group, such as the line styles after the colours).
    public var newRow: Bool
    /// A point mark drawn on the line swatch.
    public var shape: PointShape?
    public init(name: String, colour: String, line: Bool = false, dash: String? = nil, newRow: Bool = false, shape: PointShape? = nil) {
        self.shape = shape
        self.name = name
        self.colour = colour
        self.line = line
        self.dash = dash
        self.newRow = newRow
    }
}

public struct PlotSpec: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var series: [PlotSeries]
    /// A vertical line (the chosen threshold), with its label.
    public var marker: (x: Double, label: String)?
    /// Draw bars from the x axis instead of lines (histograms).
    public var bars = false
    /// Logarithmic axes (SVG only); a range that reaches zero or below falls back to linear.
    public var logX = false
    public var logY = false
    /// The x ticks to label (the load points of a sweep); nil picks round numbers.
    public var xTicks: [Double]?
    /// Extra legend entries after the series' own (line styles shared by several series).
    public var extraLegend: [LegendEntry] = []
    /// A line of text in the plot area (why it is empty, what it leaves out).
    public var note: String?

    public init(title: String, xLabel: String, yLabel: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                series: [PlotSeries], marker: (x: Double, label: String)? = nil, bars: Bool = false) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xRange = xRange
        self.yRange = yRange
        self.series = series
        self.marker = marker
        self.bars = bars
    }
}

public enum Plot {
    static func tick(_ v: Double) -> String {
        let a = abs(v)
        if a >= 100 { return formatDecimal(v, digits: 0) }
        if a >= 10 { return formatDecimal(v, digits: 1) }
        if a >= 0.01 || a == 0 { return formatDecimal(v, digits: 2) }
        return formatDecimal(v, digits: 6)
    }

    /// Round-number ticks (1, 2 or 5 × 10^k apart) inside a range, about `count` of them.
    static func niceTicks(_ r: ClosedRange<Double>, count: Int = 5) -> [Double] {
        let span = r.upperBound - r.lowerBound
        guard span > 0, span.isFinite else { return [r.lowerBound] }
        let raw = span / Double(count)
        var mag = 1.0
        while mag > raw { mag /= 10 }
        while mag * 10 <= raw { mag *= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? mag * 10
        var out: [Double] = []
        var v = (r.lowerBound / step).rounded(.up) * step
        while v <= r.upperBound + step * 1e-9 && out.count < 50 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        return out
    }

    /// Ticks for a log axis: each power of ten, with 2× and 5× when fewer than three decades show.
    static func logTicks(_ r: ClosedRange<Double>) -> [Double] {
        guard r.lowerBound > 0, r.upperBound > r.lowerBound else { return [r.lowerBound] }
        let lo = Int(log10(r.lowerBound).rounded(.down)), hi = Int(log10(r.upperBound).rounded(.up))
        guard hi - lo < 40 else { return [r.lowerBound, r.upperBound] }
        let steps: [Double] = hi - lo <= 3 ? [1, 2, 5] : [1]
        var out: [Double] = []
        for e in lo...hi { for m in steps {
            let v = m * pow10(e)
            if v >= r.lowerBound * (1 - 1e-9) && v <= r.upperBound * (1 + 1e-9) { out.append(v) }
        } }
        return out
    }

    static func pow10(_ e: Int) -> Double {
        var v = 1.0
        if e >= 0 { for _ in 0..<e { v *= 10 } } else { for _ in 0..<(-e) { v /= 10 } }
        return v
    }

    /// A character grid with y ticks on the left, x ticks below and a legend line.
    public static func text(_ p: PlotSpec, width: Int = 60, height: Int = 15) -> String {
        var grid = [[Character]](repeating: [Character](repeating: " ", count: width), count: height)
        let xs = p.xRange, ys = p.yRange
        // A range of zero width (or a point past it) divides to inf or nan: saturate, never trap.
        func colExact(_ x: Double) -> Double { (x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * Double(width - 1) }
        func rowExact(_ y: Double) -> Double { Double(height - 1) - (y - ys.lowerBound) / (ys.upperBound - ys.lowerBound) * Double(height - 1) }
        func col(_ x: Double) -> Int { min(width - 1, max(0, Int(saturating: colExact(x).rounded()))) }
        func clampRow(_ r: Double) -> Int { min(height - 1, max(0, Int(saturating: r.rounded()))) }
        func row(_ y: Double) -> Int { clampRow(rowExact(y)) }
        if let m = p.marker {
            let c = col(m.x)
            for r in 0..<height { grid[r][c] = "|" }
        }
        for s in p.series {
            let pts = s.points.filter { $0.x.isFinite && $0.y.isFinite }
            if p.bars {
                for pt in pts {
                    let c = col(pt.x), r = row(pt.y)
                    for rr in r..<height where grid[rr][c] == " " || grid[rr][c] == "|" { grid[rr][c] = s.symbol }
                }
                continue
            }
            // A line, not a scatter: points closer than a column apart skip columns when the point count
            // does not divide the width (51 samples on 60 columns leave a blank every 6 or 7), so every
            // column between two neighbours gets the interpolated value.
            for (i, pt) in pts.enumerated() {
                grid[row(pt.y)][col(pt.x)] = s.symbol
                guard i + 1 < pts.count else { continue }
                let next = pts[i + 1]
                let c0 = col(pt.x), c1 = col(next.x)
                guard c1 > c0 + 1 else { continue }
                for c in (c0 + 1)..<c1 {
                    let t = (Double(c) - colExact(pt.x)) / (colExact(next.x) - colExact(pt.x))
                    guard t.isFinite else { continue }
                    grid[clampRow(rowExact(pt.y) + t * (rowExact(next.y) - rowExact(pt.y)))][c] = s.symbol
                }
            }
        }
        let yTop = tick(ys.upperBound), yBottom = tick(ys.lowerBound), yMid = tick((ys.upperBound + ys.lowerBound) / 2)
        let pad = max(yTop.count, yBottom.count, yMid.count)
        func left(_ s: String) -> String { String(repeating: " ", count: pad - s.count) + s }
        var out = p.title + "\n"
        for r in 0..<height {
            let label = r == 0 ? yTop : r == height - 1 ? yBottom : r == height / 2 ? yMid : ""
            out += left(label) + " |" + String(grid[r]) + "\n"
        }
        out += String(repeating: " ", count: pad) + " +" + String(repeating: "-", count: width) + "\n"
        // Tick labels centred under their column (axis[c + 1] sits under grid column c), none overlapping.
        var axis = [Character](repeating: " ", count: width + 2)
        var used = -1
        let ticks = niceTicks(xs, count: 4)
        for (k, v) in ticks.enumerated() {
            let label = Array(tick(v))
            var start = col(v) + 1 - label.count / 2
            if k == 0 { start = max(0, start) }
            start = min(start, axis.count - label.count)
            guard start > used + 1 || (used < 0 && start >= 0) else { continue }
            for (j, ch) in label.enumerated() where start + j >= 0 && start + j < axis.count { axis[start + j] = ch }
            used = start + label.count - 1
        }
        out += String(repeating: " ", count: pad + 1) + String(axis) + "\n"
        out += String(repeating: " ", count: pad + 2) + p.xLabel + "   (y: " + p.yLabel + ")\n"
        var legend = p.series.filter(\.inLegend).map { "\($0.symbol) \($0.name)" }
        if let m = p.marker { legend.append("| \(m.label)") }
        out += String(repeating: " ", count: pad + 2) + legend.joined(separator: "   ") + "\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var o = ""
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            default: o.append(c)
            }
        }
        return o
    }

    /// Coordinates for SVG: never "null" or "nan" (a hostile number saturates at the edge instead).
    static func f(_ v: Double) -> String { formatDecimal(v.isFinite ? min(1e7, max(-1e7, v)) : 0, digits: 1) }

    /// A generous estimate of a sans-serif label's width (no font metrics here): wide enough that
    /// laying text out by it never overlaps or clips.
    static func textWidth(_ s: String, size: Double) -> Double { Double(s.count) * size * 0.62 }

    static let panelWidth = 560.0, plotHeight = 280.0
    static let marginLeft = 78.0, marginRight = 24.0, marginTop = 40.0
    static let legendRow = 18.0

    /// One panel drawn at (x0, y0); returns its SVG and its height (the legend wraps onto as many rows as it needs).
    static func panel(_ p: PlotSpec, x0: Double, y0: Double, width: Double) -> (svg: String, height: Double) {
        let left = x0 + marginLeft, top = y0 + marginTop
        let pw = width - marginLeft - marginRight, ph = plotHeight
        let logX = p.logX && p.xRange.lowerBound > 0 && p.xRange.upperBound > p.xRange.lowerBound
        let logY = p.logY && p.yRange.lowerBound > 0 && p.yRange.upperBound > p.yRange.lowerBound
        func unit(_ v: Double, _ r: ClosedRange<Double>, _ log: Bool) -> Double {
            let u = log ? (log10(v) - log10(r.lowerBound)) / (log10(r.upperBound) - log10(r.lowerBound))
                        : (v - r.lowerBound) / (r.upperBound - r.lowerBound)
            // A zero-width range puts everything in the middle.
            return u.isFinite ? u : 0.5
        }
        func X(_ x: Double) -> Double { left + unit(x, p.xRange, logX) * pw }
        func Y(_ y: Double) -> Double { top + ph - unit(y, p.yRange, logY) * ph }
        func inX(_ x: Double) -> Bool { x >= p.xRange.lowerBound - 1e-9 * abs(p.xRange.lowerBound) && x <= p.xRange.upperBound * (1 + 1e-9) + 1e-12 }
        var s = "<g class=\"panel\">\n"
        // The title shrinks to fit its panel rather than run into the next.
        var titleSize = 15.0
        while titleSize > 9 && textWidth(p.title, size: titleSize) > width - 16 { titleSize -= 1 }
        s += "<text class=\"title\" x=\"\(f(x0 + width / 2))\" y=\"\(f(y0 + 24))\" text-anchor=\"middle\" font-size=\"\(f(titleSize))\" font-weight=\"bold\">\(escape(p.title))</text>\n"
        // Grid and ticks; a label that would overlap its neighbour is left out (the grid line stays).
        let yTicks = logY ? logTicks(p.yRange) : niceTicks(p.yRange)
        var lastY = Double.infinity
        for v in yTicks {
            let y = Y(v)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + pw))\" y2=\"\(f(y))\" stroke=\"#e5e5e5\"/>\n"
            if lastY - y >= 14 {
                s += "<text class=\"ytick\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(tick(v))</text>\n"
                lastY = y
            }
        }
        let xTicks = (p.xTicks ?? (logX ? logTicks(p.xRange) : niceTicks(p.xRange))).filter { $0.isFinite && inX($0) }
        var lastRight = -Double.infinity
        for v in xTicks {
            let x = X(v), label = tick(v), w = textWidth(label, size: 12)
            s += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + ph))\" stroke=\"#e5e5e5\"/>\n"
            s += "<line x1=\"\(f(x))\" y1=\"\(f(top + ph))\" x2=\"\(f(x))\" y2=\"\(f(top + ph + 4))\" stroke=\"black\"/>\n"
            if x - w / 2 >= lastRight + 6 {
                s += "<text class=\"xtick\" x=\"\(f(x))\" y=\"\(f(top + ph + 18))\" text-anchor=\"middle\">\(label)</text>\n"
                lastRight = x + w / 2
            }
        }
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top + ph))\" x2=\"\(f(left + pw))\" y2=\"\(f(top + ph))\" stroke=\"black\"/>\n"
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + ph))\" stroke=\"black\"/>\n"
        s += "<text class=\"xlabel\" x=\"\(f(left + pw / 2))\" y=\"\(f(top + ph + 38))\" text-anchor=\"middle\">\(escape(p.xLabel + (logX ? " (log scale)" : "")))</text>\n"
        let yl = p.yLabel + (logY ? " (log scale)" : "")
        let ySize = textWidth(yl, size: 12) > ph ? 10.0 : 12.0
        s += "<text class=\"ylabel\" x=\"\(f(x0 + 16))\" y=\"\(f(top + ph / 2))\" text-anchor=\"middle\" font-size=\"\(f(ySize))\" transform=\"rotate(-90 \(f(x0 + 16)) \(f(top + ph / 2)))\">\(escape(yl))</text>\n"
        // Series, clipped to the plot area so that an outlier cannot draw over the legend.
        let clip = "clip\(Int(x0))_\(Int(y0))"
        s += "<clipPath id=\"\(clip)\"><rect x=\"\(f(left))\" y=\"\(f(top - 6))\" width=\"\(f(pw + 6))\" height=\"\(f(ph + 6))\"/></clipPath>\n"
        s += "<g clip-path=\"url(#\(clip))\">\n"
        if p.bars {
            // Bars of a bin side by side, the bin's width shared among the series.
            let xsAll = Set(p.series.flatMap { $0.points.map(\.x) }).sorted()
            let binPx = xsAll.count > 1 ? (X(xsAll[1]) - X(xsAll[0])) : pw / 10
            let barWidth = max(1, binPx * 0.88 / Double(max(1, p.series.count)))
            for (si, series) in p.series.enumerated() {
                for pt in series.points where pt.x.isFinite && pt.y.isFinite && pt.y > 0 {
                    let x = X(pt.x) - barWidth * Double(p.series.count) / 2 + barWidth * Double(si)
                    let yTop = max(top, Y(pt.y))
                    s += "<rect class=\"bar\" data-series=\"\(escape(series.name))\" x=\"\(f(x))\" y=\"\(f(yTop))\" width=\"\(f(barWidth))\" height=\"\(f(top + ph - yTop))\" fill=\"\(series.colour)\"/>\n"
                }
            }
        } else {
            for series in p.series {
                let pts = series.points.filter { $0.x.isFinite && $0.y.isFinite && (!logY || $0.y > 0) && (!logX || $0.x > 0) }
                let dash = series.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                if pts.count > 1 {
                    s += "<polyline data-series=\"\(escape(series.name))\" fill=\"none\" stroke=\"\(series.colour)\" stroke-width=\"2\"\(dash) points=\"" + pts.map { "\(f(X($0.x))),\(f(Y($0.y)))" }.joined(separator: " ") + "\"/>\n"
                }
                if series.showPoints {
                    for pt in pts { s += mark(series.pointShape, x: X(pt.x), y: Y(pt.y), colour: series.colour, series: series.name) }
                }
            }
        }
        s += "</g>\n"
        if let m = p.marker, m.x.isFinite {
            let x = min(left + pw, max(left, X(m.x)))
            s += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + ph))\" stroke=\"black\" stroke-dasharray=\"5,4\"/>\n"
        }
        // Legend below the axis label, wrapped to the panel's width: it can never leave the picture.
        var entries = p.series.filter(\.inLegend).map { LegendEntry(name: $0.legendName ?? $0.name, colour: $0.colour, line: !p.bars, dash: $0.dash) }
        entries += p.extraLegend
        if let m = p.marker { entries.append(LegendEntry(name: m.label, colour: "black", line: true, dash: "5,4")) }
        var lx = left, ly = top + ph + 62
        let right = x0 + width - 8
        for e in entries {
            // A name too long for a whole row is cut, with an ellipsis.
            var name = e.name
            let room = right - left - 30
            if textWidth(name, size: 12) > room {
                let keep = max(1, Int(room / (12 * 0.62)) - 1)
                name = String(name.prefix(keep)) + "…"
            }
            let w = 24 + textWidth(name, size: 12) + 18
            if lx > left && (e.newRow || lx + w - 18 > right) { lx = left; ly += legendRow }
            if e.line {
                let dash = e.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                s += "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 18))\" y2=\"\(f(ly - 4))\" stroke=\"\(e.colour)\" stroke-width=\"2\"\(dash)/>\n"
                if let shape = e.shape { s += mark(shape, x: lx + 9, y: ly - 4, colour: e.colour, series: nil) }
            } else {
                s += "<rect x=\"\(f(lx + 2))\" y=\"\(f(ly - 10))\" width=\"14\" height=\"11\" fill=\"\(e.colour)\"/>\n"
            }
            s += "<text class=\"legend\" x=\"\(f(lx + 24))\" y=\"\(f(ly))\" data-width=\"\(f(textWidth(name, size: 12)))\">\(escape(name))</text>\n"
            lx += w
        }
        // The note on a row of its own under the legend, never over the data.
        if let note = p.note {
            if !entries.isEmpty { ly += legendRow }
            var size = 12.0
            while size > 8 && textWidth(note, size: size) > right - left { size -= 1 }
            s += "<text class=\"note\" x=\"\(f(left))\" y=\"\(f(ly))\" font-size=\"\(f(size))\" font-style=\"italic\" fill=\"#555\">\(escape(note))</text>\n"
        }
        s += "</g>\n"
        let height = (entries.isEmpty && p.note == nil ? top + ph + 44 : ly + 12) - y0
        return (s, height)
    }

    /// A point mark, centred on (x, y); class "point" (with its series) only for data, not legend swatches.
    static func mark(_ shape: PointShape, x: Double, y: Double, colour: String, series: String?) -> String {
        let attrs = series.map { " class=\"point\" data-series=\"\(escape($0))\"" } ?? ""
        switch shape {
        case .circle:
            return "<circle\(attrs) cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3.5\" fill=\"\(colour)\"/>\n"
        case .square:
            return "<rect\(attrs) x=\"\(f(x - 3.5))\" y=\"\(f(y - 3.5))\" width=\"7\" height=\"7\" fill=\"white\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
        case .triangle:
            return "<polygon\(attrs) points=\"\(f(x)),\(f(y - 4.5)) \(f(x + 4.5)),\(f(y + 3.5)) \(f(x - 4.5)),\(f(y + 3.5))\" fill=\"\(colour)\"/>\n"
        }
    }

    /// A standalone SVG: axes with ticks and labels, one polyline (or bar set) per series, a legend.
    public static func svg(_ p: PlotSpec) -> String { svg([p], columns: 1) }

    /// Several panels in one SVG, `columns` to a row; the picture is as tall as its legends need.
    public static func svg(_ panels: [PlotSpec], columns: Int) -> String {
        let cols = max(1, min(columns, panels.count))
        var body = ""
        var y = 0.0
        var i = 0
        while i < panels.count {
            var rowHeight = 0.0
            for c in 0..<cols where i + c < panels.count {
                let (svg, h) = panel(panels[i + c], x0: Double(c) * panelWidth, y0: y, width: panelWidth)
                body += svg
                rowHeight = max(rowHeight, h)
            }
            y += rowHeight + 10
            i += cols
        }
        let width = Double(cols) * panelWidth, height = y
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += body
        s += "</svg>\n"
        return s
    }
}
