/// Line charts for the terminal (text) and as SVG files, for `calibrate` and `bench`.
public struct PlotSeries: Sendable {
    public var name: String
    /// Drawn in the terminal.
    public var symbol: Character
    /// An SVG colour.
    public var colour: String
    public var points: [(x: Double, y: Double)]

    public init(name: String, symbol: Character, colour: String, points: [(x: Double, y: Double)]) {
        self.name = name
        self.symbol = symbol
        self.colour = colour
        self.points = points
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
        return formatDecimal(v, digits: 2)
    }

    /// A character grid with y ticks on the left, x ticks below and a legend line.
    public static func text(_ p: PlotSpec, width: Int = 60, height: Int = 15) -> String {
        var grid = [[Character]](repeating: [Character](repeating: " ", count: width), count: height)
        let xs = p.xRange, ys = p.yRange
        // A range of zero width (or a point past it) divides to inf or nan: saturate, never trap.
        func col(_ x: Double) -> Int { min(width - 1, max(0, Int(saturating: ((x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * Double(width - 1)).rounded()))) }
        func row(_ y: Double) -> Int { min(height - 1, max(0, height - 1 &- Int(saturating: ((y - ys.lowerBound) / (ys.upperBound - ys.lowerBound) * Double(height - 1)).rounded()))) }
        if let m = p.marker {
            let c = col(m.x)
            for r in 0..<height { grid[r][c] = "|" }
        }
        for s in p.series {
            for pt in s.points where pt.x.isFinite && pt.y.isFinite {
                let c = col(pt.x), r = row(pt.y)
                if p.bars { for rr in r..<height where grid[rr][c] == " " || grid[rr][c] == "|" { grid[rr][c] = s.symbol } }
                else { grid[r][c] = s.symbol }
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
        let lo = tick(xs.lowerBound), mid = tick((xs.lowerBound + xs.upperBound) / 2), hi = tick(xs.upperBound)
        var axis = [Character](repeating: " ", count: width + 2)
        func place(_ s: String, at c: Int) { for (k, ch) in s.enumerated() where c + k < axis.count && c + k >= 0 { axis[c + k] = ch } }
        place(lo, at: 0)
        place(mid, at: width / 2 - mid.count / 2)
        place(hi, at: width - hi.count + 1)
        out += String(repeating: " ", count: pad + 1) + String(axis) + "\n"
        out += String(repeating: " ", count: pad + 2) + p.xLabel + "   (y: " + p.yLabel + ")\n"
        var legend = p.series.map { "\($0.symbol) \($0.name)" }
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

    /// A standalone SVG: axes with ticks and labels, one polyline (or bar set) per series, a legend.
    public static func svg(_ p: PlotSpec, width: Double = 720, height: Double = 440) -> String {
        let left = 70.0, right = 170.0, top = 40.0, bottom = 60.0
        let pw = width - left - right, ph = height - top - bottom
        let xs = p.xRange, ys = p.yRange
        func X(_ x: Double) -> Double { left + (x - xs.lowerBound) / (xs.upperBound - xs.lowerBound) * pw }
        func Y(_ y: Double) -> Double { top + ph - (y - ys.lowerBound) / (ys.upperBound - ys.lowerBound) * ph }
        func f(_ v: Double) -> String { formatDecimal(v, digits: 1) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += "<text x=\"\(f(left + pw / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">\(escape(p.title))</text>\n"
        // Grid and ticks.
        for k in 0...5 {
            let xv = xs.lowerBound + (xs.upperBound - xs.lowerBound) * Double(k) / 5
            let yv = ys.lowerBound + (ys.upperBound - ys.lowerBound) * Double(k) / 5
            s += "<line x1=\"\(f(X(xv)))\" y1=\"\(f(top))\" x2=\"\(f(X(xv)))\" y2=\"\(f(top + ph))\" stroke=\"#e5e5e5\"/>\n"
            s += "<line x1=\"\(f(left))\" y1=\"\(f(Y(yv)))\" x2=\"\(f(left + pw))\" y2=\"\(f(Y(yv)))\" stroke=\"#e5e5e5\"/>\n"
            s += "<text x=\"\(f(X(xv)))\" y=\"\(f(top + ph + 18))\" text-anchor=\"middle\">\(tick(xv))</text>\n"
            s += "<text x=\"\(f(left - 8))\" y=\"\(f(Y(yv) + 4))\" text-anchor=\"end\">\(tick(yv))</text>\n"
        }
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top + ph))\" x2=\"\(f(left + pw))\" y2=\"\(f(top + ph))\" stroke=\"black\"/>\n"
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + ph))\" stroke=\"black\"/>\n"
        s += "<text x=\"\(f(left + pw / 2))\" y=\"\(f(height - 18))\" text-anchor=\"middle\">\(escape(p.xLabel))</text>\n"
        s += "<text x=\"18\" y=\"\(f(top + ph / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(f(top + ph / 2)))\">\(escape(p.yLabel))</text>\n"
        // Series.
        let barWidth: Double = {
            guard p.bars, let pts = p.series.first?.points, pts.count > 1 else { return 4 }
            return max(1, pw / Double(pts.count) / Double(max(1, p.series.count)) * 0.9)
        }()
        for (si, series) in p.series.enumerated() {
            let pts = series.points.filter { $0.x.isFinite && $0.y.isFinite }
            if p.bars {
                for pt in pts {
                    let x = X(pt.x) - barWidth * Double(p.series.count) / 2 + barWidth * Double(si)
                    s += "<rect x=\"\(f(x))\" y=\"\(f(Y(pt.y)))\" width=\"\(f(barWidth))\" height=\"\(f(top + ph - Y(pt.y)))\" fill=\"\(series.colour)\" fill-opacity=\"0.75\"/>\n"
                }
            } else if !pts.isEmpty {
                s += "<polyline fill=\"none\" stroke=\"\(series.colour)\" stroke-width=\"2\" points=\"" + pts.map { "\(f(X($0.x))),\(f(Y($0.y)))" }.joined(separator: " ") + "\"/>\n"
            }
        }
        if let m = p.marker {
            s += "<line x1=\"\(f(X(m.x)))\" y1=\"\(f(top))\" x2=\"\(f(X(m.x)))\" y2=\"\(f(top + ph))\" stroke=\"black\" stroke-dasharray=\"5,4\"/>\n"
        }
        // Legend.
        var ly = top + 10
        for series in p.series {
            s += "<rect x=\"\(f(left + pw + 16))\" y=\"\(f(ly - 9))\" width=\"14\" height=\"10\" fill=\"\(series.colour)\"/>\n"
            s += "<text x=\"\(f(left + pw + 36))\" y=\"\(f(ly))\">\(escape(series.name))</text>\n"
            ly += 20
        }
        if let m = p.marker {
            s += "<line x1=\"\(f(left + pw + 16))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + pw + 30))\" y2=\"\(f(ly - 4))\" stroke=\"black\" stroke-dasharray=\"4,3\"/>\n"
            s += "<text x=\"\(f(left + pw + 36))\" y=\"\(f(ly))\">\(escape(m.label))</text>\n"
        }
        s += "</svg>\n"
        return s
    }
}
