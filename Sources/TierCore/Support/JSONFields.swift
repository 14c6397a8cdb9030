#if canImport(Glibc)
import Glibc
#endif

/// Pulls a few values out of one JSON document by key path ("shadow.agreement") without building
/// a tree: the rest of the document is validated and skipped in place. This is what lets
/// `calibrate` read a million log lines in well under a second, where a full parse allocates
/// every member of every record.
public struct JSONFieldExtractor {
    /// Each path as its keys' UTF-8 bytes.
    let paths: [[[UInt8]]]
    public private(set) var ranges: [Range<Int>?]
    var base: UnsafePointer<UInt8> = UnsafePointer(bitPattern: 1)!
    var end = 0
    var found = 0

    /// At most 64 paths; each "a.b.c" is a key path into nested objects.
    public init(paths: [String]) {
        precondition(paths.count <= 64)
        self.paths = paths.map { $0.split(separator: ".", omittingEmptySubsequences: false).map { Array($0.utf8) } }
        ranges = Array(repeating: nil, count: paths.count)
    }

    /// Scans `line`; false when it is not one well-formed JSON value. `ranges` then hold each path's
    /// value bytes (strings with their quotes), or nil when absent.
    public mutating func scan(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in ranges.indices { ranges[i] = nil }
        guard let b = line.baseAddress, line.count > 0 else { return false }
        base = b
        end = line.count
        found = 0
        let all: UInt64 = paths.count == 64 ? ~0 : (1 << UInt64(paths.count)) - 1
        var i = skipSpace(0)
        guard value(&i, candidates: all, depth: 0) else { return false }
        i = skipSpace(i)
        return i == end
    }

    /// Scans the one value that starts at `i` in `line` (an element of an array another scan has
    /// validated), moving `i` past it; `ranges` then hold offsets into `line`.
    public mutating func scanValue(in line: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Bool {
        for k in ranges.indices { ranges[k] = nil }
        guard let b = line.baseAddress, i < line.count else { return false }
        base = b
        end = line.count
        found = 0
        let all: UInt64 = paths.count == 64 ? ~0 : (1 << UInt64(paths.count)) - 1
        return value(&i, candidates: all, depth: 0)
    }

    // MARK: typed access to what the last scan found

    public func string(_ k: Int) -> String? {
        guard let r = ranges[k], r.count >= 2, base[r.lowerBound] == 0x22 else { return nil }
        let inner = UnsafeBufferPointer(start: base + r.lowerBound + 1, count: r.count - 2)
        if !inner.contains(0x5C) { return String(decoding: inner, as: UTF8.self) }
        return (try? JSONParser.parse(UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)))?.stringValue
    }

    public func number(_ k: Int) -> Double? {
        guard let r = ranges[k], r.count > 0, r.count < 64 else { return nil }
        let first = base[r.lowerBound]
        guard first == 0x2D || (first >= 0x30 && first <= 0x39) else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: r.count + 1) { buf in
            for j in 0..<r.count { buf[j] = CChar(bitPattern: base[r.lowerBound + j]) }
            buf[r.count] = 0
            return strtod(buf.baseAddress!, nil)
        }
    }

    public func bool(_ k: Int) -> Bool? {
        guard let r = ranges[k] else { return nil }
        if r.count == 4 && base[r.lowerBound] == UInt8(ascii: "t") { return true }
        if r.count == 5 && base[r.lowerBound] == UInt8(ascii: "f") { return false }
        return nil
    }

    public func isNull(_ k: Int) -> Bool {
        guard let r = ranges[k] else { return false }
        return r.count == 4 && base[r.lowerBound] == UInt8(ascii: "n")
    }

    // MARK: the validating skipper

    @inline(__always) func skipSpace(_ from: Int) -> Int {
        var i = from
        while i < end {
            let c = base[i]
            if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 { break }
            i += 1
        }
        return i
    }

    /// Moves `i` past one value; `candidates` are the paths this value may lie on.
    mutating func value(_ i: inout Int, candidates: UInt64, depth: Int) -> Bool {
        guard i < end, depth < 512 else { return false }
        switch base[i] {
        case 0x7B: return object(&i, candidates: candidates, depth: depth)
        case 0x5B:
            i = skipSpace(i + 1)
            if i < end && base[i] == 0x5D { i += 1; return true }
            var index = 0
            while true {
                // A path component of digits picks an array element ("choices.0.delta").
                var next: UInt64 = 0
                var consumed = false
                var c = candidates
                while c != 0 {
                    let p = c.trailingZeroBitCount
                    c &= c - 1
                    let path = paths[p]
                    guard depth < path.count, Self.isIndex(path[depth], index) else { continue }
                    if depth == path.count - 1 {
                        let start = i
                        guard value(&i, candidates: 0, depth: depth + 1) else { return false }
                        if ranges[p] == nil { ranges[p] = start..<i; found += 1 }
                        consumed = true
                        break
                    }
                    next |= 1 << UInt64(p)
                }
                if !consumed { guard value(&i, candidates: next, depth: depth + 1) else { return false } }
                index += 1
                i = skipSpace(i)
                guard i < end else { return false }
                if base[i] == 0x2C { i = skipSpace(i + 1); continue }
                if base[i] == 0x5D { i += 1; return true }
                return false
            }
        case 0x22: return string(&i)
        case 0x74: return literal(&i, "true")
        case 0x66: return literal(&i, "false")
        case 0x6E: return literal(&i, "null")
        default: return number(&i)
        }
    }

    mutating func object(_ i: inout Int, candidates: UInt64, depth: Int) -> Bool {
        i = skipSpace(i + 1)
        if i < end && base[i] == 0x7D { i += 1; return true }
        while true {
            guard i < end, base[i] == 0x22 else { return false }
            let keyStart = i + 1
            guard string(&i) else { return false }
            let keyEnd = i - 1
            i = skipSpace(i)
            guard i < end, base[i] == 0x3A else { return false }
            i = skipSpace(i + 1)
            // Which candidate paths continue through this key?
            var next: UInt64 = 0
            var c = candidates
            while c != 0 {
                let p = c.trailingZeroBitCount
                c &= c - 1
                let path = paths[p]
                if depth < path.count && keysEqual(path[depth], keyStart, keyEnd) {
                    if depth == path.count - 1 {
                        let start = i
                        guard value(&i, candidates: 0, depth: depth + 1) else { return false }
                        if ranges[p] == nil { ranges[p] = start..<i; found += 1 }
                        next = ~0  // consumed
                        break
                    }
                    next |= 1 << UInt64(p)
                }
            }
            if next != ~0 {
                guard value(&i, candidates: next, depth: depth + 1) else { return false }
            }
            i = skipSpace(i)
            guard i < end else { return false }
            if base[i] == 0x2C { i = skipSpace(i + 1); continue }
            if base[i] == 0x7D { i += 1; return true }
            return false
        }
    }

    static func isIndex(_ key: [UInt8], _ index: Int) -> Bool {
        guard !key.isEmpty, key.count <= 9 else { return false }
        var v = 0
        for b in key { guard b >= 0x30 && b <= 0x39 else { return false }; v = v * 10 + Int(b - 0x30) }
        return v == index
    }

    @inline(__always) func keysEqual(_ key: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard key.count == to - from else { return false }
        for j in 0..<key.count where key[j] != base[from + j] { return false }
        return true
    }

    func string(_ i: inout Int) -> Bool {
        var j = i + 1
        while true {
            j = JSONBytes.firstSpecial(base, from: j, end: end)
            guard j < end else { return false }
            let c = base[j]
            if c == 0x22 { i = j + 1; return true }
            if c < 0x20 { return false }
            j += 2  // an escape: skip the backslash and the byte after it
        }
    }

    func literal(_ i: inout Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { return false }
        for j in 0..<n where base[i + j] != word.utf8Start[j] { return false }
        i += n
        return true
    }

    func number(_ i: inout Int) -> Bool {
        let start = i
        if i < end && base[i] == 0x2D { i += 1 }
        let digits = i
        while i < end, case let c = base[i], (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x65 || c == 0x45 || c == 0x2B || c == 0x2D { i += 1 }
        return i > digits && i > start
    }
}
