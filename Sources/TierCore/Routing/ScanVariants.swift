/// Pasted text hides data from a byte scanner in ordinary ways: a non-breaking or other Unicode
/// space between digit groups, full-width forms (＠, ４１１１), a URL-encoded e-mail (jane%40example.com),
/// a line break in the middle of a card number or an address. The router scans a normalized copy as
/// well as the text itself, so these reach the same policy. Deliberate obfuscation (base64, homoglyphs,
/// words spelled out) is out of scope, and the README says so.
public enum ScanVariants {
    /// The normalized copies worth scanning: empty when the text has nothing to normalize (the common case).
    public static func of(_ text: String) -> [String] {
        var needsUnicode = false, hasPercent = false, hasBreak = false, hasTabOrCR = false
        // On the route hot path: one pass over the bytes, no String iteration.
        var copy = text
        copy.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            func look(_ b: UInt8) {
                if b >= 0x80 { needsUnicode = true } else if b == 0x25 { hasPercent = true } else if b == 0x0A { hasBreak = true }
                else if b == 0x09 || b == 0x0D { hasTabOrCR = true }
            }
            // Eight bytes a step: most prompts are plain ASCII prose with none of these bytes.
            var i = 0
            let n = buf.count
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = w & 0x8080_8080_8080_8080
                let percent = JSONBytes.hasZeroByte(w ^ 0x2525_2525_2525_2525)
                let control = (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & 0x8080_8080_8080_8080  // some byte below 0x0E
                if high | percent | control != 0 { for k in i..<i + 8 { look(base[k]) } }
                i += 8
            }
            while i < n { look(base[i]); i += 1 }
        }
        guard needsUnicode || hasPercent || hasBreak || hasTabOrCR else { return [] }
        var base = needsUnicode || hasTabOrCR ? compatibilityFolded(text) : text
        if base.utf8.contains(0x0A) { hasBreak = true }
        if hasPercent { base = percentDecoded(base) }
        var out: [String] = []
        if base != text { out.append(base) }
        if hasBreak {
            // A value broken across lines: joined with a space (card groups) and with nothing (an e-mail).
            let spaced = joinedBreaks(base, with: " "), glued = joinedBreaks(base, with: "")
            if spaced != base { out.append(spaced) }
            if glued != base && glued != spaced { out.append(glued) }
        }
        return out
    }

    /// The part of NFKC that matters for ASCII-shaped data (a table, not full NFKC): full-width ASCII to
    /// ASCII; tabs and Unicode spaces to a space; CR, NEL and the Unicode line separators to a line break;
    /// the small and full-width '@', '.', ',', ':' and dashes to ASCII; superscript, subscript, circled and
    /// mathematical digits to digits; zero-width characters and soft hyphens removed.
    static func compatibilityFolded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for u in text.unicodeScalars {
            let v = u.value
            defer { previousCR = v == 0x0D }
            switch v {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(v - 0xFEE0)!)
            // Tabs (a spreadsheet paste) and every Unicode space: a space.
            case 0x09, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            // CR alone, NEL, the line and paragraph separators: a line break (CRLF stays one break).
            case 0x0D, 0x0085, 0x2028, 0x2029: out.append("\n")
            case 0x0A: if !previousCR { out.append("\n") }
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: continue
            case 0xFE6B, 0xFF20: out.append("@")
            case 0xFE52, 0x2024: out.append(".")  // small and one-dot-leader full stops
            case 0xFE50: out.append(",")
            case 0xFE55: out.append(":")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: out.append("-")  // dashes and minus signs between digit groups
            // Superscript, subscript and circled digits, as NFKC folds them.
            case 0x00B9: out.append("1")
            case 0x00B2, 0x00B3: out.append(Unicode.Scalar(0x30 + v - 0x00B0)!)
            case 0x2070: out.append("0")
            case 0x2074...0x2079: out.append(Unicode.Scalar(0x30 + v - 0x2070)!)
            case 0x2080...0x2089: out.append(Unicode.Scalar(0x30 + v - 0x2080)!)
            case 0x2460...0x2468: out.append(Unicode.Scalar(0x31 + v - 0x2460)!)
            case 0x1D7CE...0x1D7FF: out.append(Unicode.Scalar(0x30 + (v - 0x1D7CE) % 10)!)  // mathematical digits
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// %XX sequences that decode to printable ASCII.
    static func percentDecoded(_ text: String) -> String {
        let b = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x41...0x46: return c - 0x37
            case 0x61...0x66: return c - 0x57
            default: return nil
            }
        }
        while i < b.count {
            if b[i] == 0x25, i + 2 < b.count, let h = hex(b[i + 1]), let l = hex(b[i + 2]), (0x20...0x7E).contains(h << 4 | l) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Only breaks that can split a card, phone or e-mail: digits on both sides, or an e-mail's '@' or '.'
    /// at the break or in the word before it. Prose line breaks are left alone, so prose is not scanned twice.
    static func splitsAValue(_ out: [UInt8], _ prev: Int, _ next: UInt8) -> Bool {
        let p = out[prev]
        if ASCII.isDigit(p) && ASCII.isDigit(next) { return true }
        if p == 0x40 || next == 0x40 || p == 0x2E || next == 0x2E { return true }
        var i = prev
        while i >= 0 && prev - i < 64, out[i] != 0x20 && out[i] != 0x0A && out[i] != 0x09 {
            if out[i] == 0x40 { return true }
            i -= 1
        }
        return false
    }

    /// A line break (with its CR and the next line's indentation) between two characters that could be
    /// one value's (letters, digits, '.', '@', '-', '_'), replaced by `with`.
    static func joinedBreaks(_ text: String, with joiner: String) -> String {
        let b = Array(text.utf8)
        let j = Array(joiner.utf8)
        func valueByte(_ c: UInt8) -> Bool { ASCII.isAlnum(c) || c == 0x2E || c == 0x40 || c == 0x2D || c == 0x5F }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x0A {
                var k = i + 1
                while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                var prev = out.count - 1
                if prev >= 0, out[prev] == 0x0D { prev -= 1 }
                if prev >= 0, k < b.count, valueByte(out[prev]), valueByte(b[k]), splitsAValue(out, prev, b[k]) {
                    if out.last == 0x0D { out.removeLast() }
                    out.append(contentsOf: j)
                    i = k
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
