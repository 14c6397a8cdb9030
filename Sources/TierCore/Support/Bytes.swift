/// Byte-level helpers for the hot paths: ASCII classes and case folding without going through `Character`.
@usableFromInline
enum ASCII {
    @inlinable static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inlinable static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inlinable static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
    @inlinable static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
    @inlinable static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    @inlinable static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
}

public enum UTF8Check {
    /// Offset of the first byte that is not well-formed UTF-8, or nil when all of it is.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minCode: UInt32 = 0
            var code: UInt32 = 0
            if b & 0xE0 == 0xC0 { need = 1; code = UInt32(b & 0x1F); minCode = 0x80 }
            else if b & 0xF0 == 0xE0 { need = 2; code = UInt32(b & 0x0F); minCode = 0x800 }
            else if b & 0xF8 == 0xF0 { need = 3; code = UInt32(b & 0x07); minCode = 0x10000 }
            else { return i }
            if i + need >= n { return i }
            for k in 1...need {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                code = (code << 6) | UInt32(c & 0x3F)
            }
            if code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }

    /// 1-based line and column (in bytes) of a byte offset.
    public static func lineColumn(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset && i < bytes.count {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// Edit distance for did-you-mean suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf8), y = Array(b.utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    var cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        cur[0] = i
        for j in 1...y.count {
            let cost = ASCII.lower(x[i - 1]) == ASCII.lower(y[j - 1]) ? 0 : 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        }
        swap(&prev, &cur)
    }
    return prev[y.count]
}

/// The closest candidate within a small distance, for "did you mean".
public func closestMatch(_ word: String, in candidates: [String]) -> String? {
    var best: (String, Int)? = nil
    for c in candidates {
        let d = editDistance(word, c)
        let n = c.utf8.count
        let limit = n <= 3 ? 1 : (n <= 6 ? 2 : 3)
        if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        else if best == nil, c.hasPrefix(word), word.utf8.count >= 2 { best = (c, 99) }
    }
    return best?.0
}

/// Word-at-a-time search for the bytes JSON strings care about (quote, backslash, control bytes):
/// eight bytes per step instead of one, for the JSON-lines hot paths.
public enum JSONBytes {
    @inline(__always)
    static func hasZeroByte(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }

    /// Index of the first `"`, `\` or byte below 0x20 at or after `from`, or `end` when there is none.
    @inline(__always)
    public static func firstSpecial(_ base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i + 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quote = hasZeroByte(w ^ 0x2222_2222_2222_2222)
            let slash = hasZeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C)
            let control = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
            let hit = quote | slash | control
            if hit != 0 { return i + hit.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            let b = base[i]
            if b == 0x22 || b == 0x5C || b < 0x20 { return i }
            i += 1
        }
        return end
    }
}

/// Where runs of a byte class end, eight bytes at a time: the scanner's word, digit and alphanumeric
/// walks. Each class test is exact per byte (no carries cross bytes: every sum stays below 0x100).
enum ByteRuns {
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lows7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Bit 7 of each byte set when that byte is in lo...hi (both below 0x80).
    @inline(__always) static func inRange(_ w: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let h = w & lows7
        let geLo = h &+ UInt64(0x80 &- lo) &* 0x0101_0101_0101_0101
        let gtHi = h &+ UInt64(0x7F &- hi) &* 0x0101_0101_0101_0101
        return geLo & ~gtHi & ~w & highs
    }

    /// Bit 7 of each byte set when that byte equals `b`.
    @inline(__always) static func equal(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let v = w ^ (UInt64(b) &* 0x0101_0101_0101_0101)
        return ~(((v & lows7) &+ lows7) | v | lows7)
    }

    @inline(__always) static func digits(_ w: UInt64) -> UInt64 { inRange(w, 0x30, 0x39) }
    @inline(__always) static func alnums(_ w: UInt64) -> UInt64 { inRange(w | 0x2020_2020_2020_2020, 0x61, 0x7A) | digits(w) }
    @inline(__always) static func wordBytes(_ w: UInt64) -> UInt64 { alnums(w) | equal(w, 0x5F) }

    /// The end of the run of bytes in the class from `i` (the first byte not in it, or `s.count`).
    @inline(__always) static func end(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ mask: (UInt64) -> UInt64, _ scalar: (UInt8) -> Bool) -> Int {
        var e = i
        let n = s.count
        if let base = s.baseAddress {
            while e &+ 8 <= n {
                let outside = ~mask(UInt64(littleEndian: UnsafeRawPointer(base + e).loadUnaligned(as: UInt64.self))) & highs
                if outside != 0 { return e &+ outside.trailingZeroBitCount >> 3 }
                e &+= 8
            }
        }
        while e < n && scalar(s[e]) { e &+= 1 }
        return e
    }

    @inline(__always) static func wordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        end(s, i, wordBytes) { ASCII.isAlnum($0) || $0 == 0x5F }
    }
    @inline(__always) static func digitEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { end(s, i, digits, ASCII.isDigit) }
    @inline(__always) static func alnumEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { end(s, i, alnums, ASCII.isAlnum) }
}
