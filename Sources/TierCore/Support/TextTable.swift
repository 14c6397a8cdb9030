/// Human number formats and aligned text tables for the report commands (cost-estimate, bench,
/// calibrate). Plain ASCII; colour is the executable's business.
public enum Format {
    /// 1234567 -> "1,234,567".
    public static func grouped(_ v: Int) -> String {
        let digits = String(v.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return v < 0 ? "-" + out : out
    }

    /// A whole Double grouped; past 9e15 (where Int stops being exact) or not finite, in plain decimal or "n/a".
    public static func grouped(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        return abs(v) < 9e15 ? grouped(Int(v)) : formatDecimal(v, digits: 0)
    }

    /// Exactly `digits` decimals, thousands grouped: fixed(4321.04, 1) -> "4,321.0".
    public static func fixed(_ v: Double, _ digits: Int) -> String {
        guard v.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard scaled < 9e15 else { return String(v) }
        let units = Int(scaled)
        let whole = units / Int(scale)
        var s = (v < 0 && units != 0 ? "-" : "") + grouped(whole)
        if digits > 0 {
            let f = String(units % Int(scale))
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    /// "$96,000" for large sums, "$83.33" under $1,000, "$0.0042" under a cent.
    public static func money(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        let sign = v < 0 ? "-" : ""
        let a = abs(v)
        if a >= 1000 { return sign + "$" + grouped(a.rounded()) }
        if a >= 0.01 || a == 0 { return sign + "$" + fixed(a, 2) }
        return sign + "$" + formatDecimal(a, digits: 6)
    }

    /// 16_000_000_000 -> "16.0B"; 4_300 -> "4,300".
    public static func count(_ v: Double) -> String {
        let a = abs(v)
        if a >= 1e9 { return formatDecimal(v / 1e9, digits: 1) + "B" }
        if a >= 1e6 { return formatDecimal(v / 1e6, digits: 1) + "M" }
        return grouped(v.rounded())
    }

    public static func percent(_ fraction: Double, digits: Int = 1) -> String {
        fraction.isFinite ? formatDecimal(fraction * 100, digits: digits) + "%" : "n/a"
    }

    /// Milliseconds with a precision that suits their size.
    public static func ms(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        if abs(v) >= 100 { return formatDecimal(v, digits: 0) }
        if abs(v) >= 10 { return formatDecimal(v, digits: 1) }
        return formatDecimal(v, digits: 2)
    }

    /// Parses "1M", "10k", "2.5B", "1_000_000", "1,000". Nil when it is not a number.
    public static func parseCount(_ s: String) -> Double? {
        var t = s.filter { $0 != "_" && $0 != "," }
        var scale = 1.0
        switch t.last {
        case "k", "K": scale = 1e3; t.removeLast()
        case "m", "M": scale = 1e6; t.removeLast()
        case "b", "B", "g", "G": scale = 1e9; t.removeLast()
        default: break
        }
        guard let v = Double(t), v.isFinite else { return nil }
        return v * scale
    }

    /// Parses a fraction: "0.7" or "70%". Nil when it is not a number.
    public static func parseFraction(_ s: String) -> Double? {
        if s.hasSuffix("%") { return Double(s.dropLast()).map { $0 / 100 } }
        return Double(s)
    }
}

/// Columns padded to their widest cell; the first column left-aligned, the rest right-aligned.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]] = []
    public var leftAligned: Set<Int> = [0]

    public init(_ header: [String]) { self.header = header }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render(indent: String = "") -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            var s = indent
            for (i, c) in cells.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - c.count)
                if i > 0 { s += "  " }
                s += leftAligned.contains(i) ? c + (i == cells.count - 1 ? "" : pad) : pad + c
            }
            return s + "\n"
        }
        return line(header) + rows.map(line).joined()
    }
}
