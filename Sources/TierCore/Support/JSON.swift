/// A small JSON value, parser and writer working on UTF-8 bytes (the batch path parses one line per request).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in document order. (A struct, not a tuple: arrays of tuples pay for a runtime
    /// metadata lookup on every allocation, which the batch path felt.)
    case object([JSONMember])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self {
            for m in members where m.key == key { return m.value }
        }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var numberValue: Double? { if case .number(let d) = self { return d }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
}

public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue
    public init(key: String, value: JSONValue) { self.key = key; self.value = value }
}

public struct JSONParseError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
}

public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private var scratch: [UInt8] = []

    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var p = JSONParser(bytes: buffer)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        if p.i != buffer.count { throw JSONParseError(offset: p.i, message: "unexpected data after the JSON value") }
        return v
    }

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buf) throws(JSONParseError) -> JSONValue in try parse(buf) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, ASCII.isSpace(bytes[i]) { i += 1 }
    }

    private func fail(_ m: String) -> JSONParseError { JSONParseError(offset: i, message: m) }

    private mutating func value() throws(JSONParseError) -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            depth += 1
            if depth > 256 { throw fail("nesting too deep") }
            defer { depth -= 1 }
            i += 1
            var members: [JSONMember] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let k = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i += 1
                skipSpace()
                members.append(JSONMember(key: k, value: try value()))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of input in an object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            depth += 1
            if depth > 256 { throw fail("nesting too deep") }
            defer { depth -= 1 }
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value())
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of input in an array") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true"); return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false"); return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null"); return .null
        default:
            return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("invalid literal") }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { throw fail("invalid literal") }
        i += n
    }

    private mutating func number() throws(JSONParseError) -> Double {
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        var sawDigit = false
        while i < bytes.count {
            let b = bytes[i]
            if ASCII.isDigit(b) { sawDigit = true; i += 1 }
            else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
                        || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { i += 1 }
            else { break }
        }
        guard sawDigit else { i = start; throw fail("unexpected character") }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let d = Double(text) else { i = start; throw fail("invalid number") }
        return d
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            if ASCII.isDigit(b) { d = UInt32(b - 48) }
            else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 { d = UInt32((b | 0x20) - 0x61 + 10) }
            else { throw fail("bad \\u escape") }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private mutating func string() throws(JSONParseError) -> String {
        i += 1 // opening quote
        let start = i
        // Fast path: no escapes, found eight bytes at a time.
        if let base = bytes.baseAddress {
            i = JSONBytes.firstSpecial(base, from: i, end: bytes.count)
            if i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if b < 0x20 { throw fail("control character in a string") }
            }
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b < 0x20 { throw fail("control character in a string") }
            if b != UInt8(ascii: "\\") { scratch.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var cp = try hex4()
                if cp >= 0xD800 && cp < 0xDC00 {
                    if i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let lo = try hex4()
                        if lo >= 0xDC00 && lo < 0xE000 {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                        } else { cp = 0xFFFD }
                    } else { cp = 0xFFFD }
                } else if cp >= 0xDC00 && cp < 0xE000 { cp = 0xFFFD }
                let scalar = Unicode.Scalar(cp) ?? "\u{FFFD}"
                scratch.append(contentsOf: UTF8.encode(scalar)!)
            default:
                throw fail("invalid escape")
            }
        }
        throw fail("unterminated string")
    }
}

/// A growable byte buffer on raw memory: appends are a capacity check and a memcpy.
/// (Array's generic append(contentsOf:) costs several times more on the batch hot path, and a class
/// would pay for dynamic exclusivity checks on every append.) Noncopyable: one owner frees it.
public struct ByteBuffer: ~Copyable {
    public private(set) var base: UnsafeMutablePointer<UInt8>
    public private(set) var count = 0
    private var capacity: Int

    public init(capacity: Int = 1024) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra <= capacity { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = newCapacity
    }

    @inline(__always)
    public mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    public mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).update(from: p, count: n)
        count += n
    }

    public mutating func append(_ buf: UnsafeBufferPointer<UInt8>) {
        if let p = buf.baseAddress { append(p, buf.count) }
    }

    public mutating func removeAll() { count = 0 }

    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    public func suffix(from start: Int) -> [UInt8] { Array(UnsafeBufferPointer(start: base + start, count: count - start)) }

    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        body(UnsafeRawBufferPointer(start: base, count: count))
    }
}

/// Appends JSON to a byte buffer without building intermediate values.
public struct JSONWriter: ~Copyable {
    public var buffer: ByteBuffer
    /// Bit d: whether the container open at depth d needs a comma before its next element.
    /// (Nesting deeper than 64 is not written by tier.)
    private var needComma: UInt64 = 0
    private var depth = 0
    private var afterKey = false

    public init(capacity: Int = 1024) { buffer = ByteBuffer(capacity: capacity) }

    /// The JSON written so far.
    public var bytes: [UInt8] { buffer.bytes }

    /// Starts over, keeping the memory: one writer serves every line of a batch.
    public mutating func reset() {
        buffer.removeAll()
        needComma = 0
        depth = 0
        afterKey = false
    }

    public mutating func newline() { buffer.append(0x0A) }

    /// Appends one complete JSON value written by another writer, as the next element of an array.
    public mutating func appendRawValue(_ value: [UInt8]) {
        valueSeparator()
        value.withUnsafeBufferPointer { buffer.append($0) }
    }

    /// Appends members written earlier by this writer at the same place (they begin with their comma).
    public mutating func appendRawMembers(_ members: [UInt8]) {
        members.withUnsafeBufferPointer { buffer.append($0) }
        needComma |= 1 << UInt64(depth)
    }

    @inline(__always)
    private mutating func valueSeparator() {
        if afterKey { afterKey = false; return }
        let bit: UInt64 = 1 << UInt64(depth)
        if needComma & bit != 0 { buffer.append(UInt8(ascii: ",")) }
        needComma |= bit
    }

    private mutating func open(_ b: UInt8) {
        valueSeparator()
        buffer.append(b)
        depth += 1
        needComma &= ~(1 << UInt64(depth))
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { depth -= 1; buffer.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { depth -= 1; buffer.append(UInt8(ascii: "]")) }

    /// A key that is not known at compile time (escaped as needed).
    public mutating func key(_ k: String) {
        valueSeparator()
        appendString(k)
        buffer.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key known at compile time; tier's keys need no escaping.
    public mutating func key(_ k: StaticString) {
        valueSeparator()
        buffer.append(UInt8(ascii: "\""))
        buffer.append(k.utf8Start, k.utf8CodeUnitCount)
        buffer.append(UInt8(ascii: "\""))
        buffer.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ s: String) { valueSeparator(); appendString(s) }
    public mutating func int(_ v: Int) {
        valueSeparator()
        // Digits without building a String.
        if v == 0 { buffer.append(0x30); return }
        var x = v.magnitude
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &tmp) { t in
            var n = 0
            while x > 0 { t[n] = UInt8(truncatingIfNeeded: x % 10) + 0x30; x /= 10; n += 1 }
            if v < 0 { buffer.append(UInt8(ascii: "-")) }
            while n > 0 { n -= 1; buffer.append(t[n]) }
        }
    }
    public mutating func bool(_ v: Bool) { valueSeparator(); appendStatic(v ? "true" : "false") }
    public mutating func null() { valueSeparator(); appendStatic("null") }

    private mutating func appendStatic(_ s: StaticString) { buffer.append(s.utf8Start, s.utf8CodeUnitCount) }

    public mutating func double(_ v: Double, digits: Int = 3) {
        valueSeparator()
        // Small fixed-point values (confidences, prices) are written from integers; others via formatDecimal.
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard v.isFinite, scaled < 1e15, digits <= 9 else {
            var text = formatDecimal(v, digits: digits)
            text.withUTF8 { buffer.append($0) }
            return
        }
        let units = Int(scaled)
        let s = Int(scale)
        var whole = units / s
        var frac = units % s
        if v < 0 && units != 0 { buffer.append(UInt8(ascii: "-")) }
        // whole part
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &tmp) { t in
            var n = 0
            repeat { t[n] = UInt8(truncatingIfNeeded: whole % 10) + 0x30; whole /= 10; n += 1 } while whole > 0
            while n > 0 { n -= 1; buffer.append(t[n]) }
        }
        if frac > 0 {
            var fd = digits
            while frac % 10 == 0 { frac /= 10; fd -= 1 }
            buffer.append(UInt8(ascii: "."))
            var div = 1
            for _ in 1..<fd { div *= 10 }
            while div > 0 { buffer.append(UInt8(truncatingIfNeeded: (frac / div) % 10) + 0x30); div /= 10 }
        }
    }
    public mutating func object(_ body: (inout JSONWriter) -> Void) { beginObject(); body(&self); endObject() }
    public mutating func array(_ body: (inout JSONWriter) -> Void) { beginArray(); body(&self); endArray() }

    public mutating func field(_ k: StaticString, _ v: String) { key(k); string(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); int(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); bool(v) }
    public mutating func field(_ k: StaticString, _ v: Double, digits: Int = 3) { key(k); double(v, digits: digits) }
    public mutating func field(_ k: StaticString, _ v: String?) { key(k); if let v { string(v) } else { null() } }

    /// A tool call's arguments (JSON text from a client or a model) where an object is required: the text
    /// itself when it is a JSON object, else `{}`.
    public mutating func argumentsObject(_ arguments: String) {
        if case .object? = try? JSONParser.parse(arguments) { appendRawValue(Array(arguments.utf8)) } else { object { _ in } }
    }

    /// A value's JSON text.
    public static func text(_ v: JSONValue) -> [UInt8] {
        var w = JSONWriter()
        w.value(v)
        return w.bytes
    }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d): double(d, digits: 6)
        case .string(let s): string(s)
        case .array(let a): array { w in for x in a { w.value(x) } }
        case .object(let m): object { w in for x in m { w.key(x.key); w.value(x.value) } }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ s: String) {
        buffer.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            var start = 0
            while start < buf.count {
                // Copy the plain run in one block, then escape one byte.
                let special = JSONBytes.firstSpecial(base, from: start, end: buf.count)
                var plainEnd = special
                if let del = UnsafeBufferPointer(rebasing: buf[start..<special]).firstIndex(of: 0x7F) { plainEnd = start + del }
                buffer.append(base + start, plainEnd - start)
                if plainEnd == buf.count { break }
                let b = base[plainEnd]
                switch b {
                case 0x22: buffer.append(0x5C); buffer.append(0x22)
                case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
                case 0x0A: buffer.append(0x5C); buffer.append(UInt8(ascii: "n"))
                case 0x0D: buffer.append(0x5C); buffer.append(UInt8(ascii: "r"))
                case 0x09: buffer.append(0x5C); buffer.append(UInt8(ascii: "t"))
                default:
                    buffer.append(0x5C); buffer.append(UInt8(ascii: "u")); buffer.append(0x30); buffer.append(0x30)
                    buffer.append(JSONWriter.hexDigits[Int(b >> 4)])
                    buffer.append(JSONWriter.hexDigits[Int(b & 0xF)])
                }
                start = plainEnd + 1
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

/// Fixed-point decimal text without Foundation: trailing zeros trimmed ("0.85", "1", "0.333").
public func formatDecimal(_ v: Double, digits: Int) -> String {
    if !v.isFinite { return "null" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(v) * scale).rounded()
    if scaled >= 9.0e15 { return String(v) }
    let whole = Int(scaled / scale)
    var frac = Int(scaled) - whole * Int(scale)
    var s = (v < 0 && scaled != 0 ? "-" : "") + String(whole)
    if frac > 0 {
        var fracDigits = digits
        while frac % 10 == 0 { frac /= 10; fracDigits -= 1 }
        let f = String(frac)
        s += "." + String(repeating: "0", count: fracDigits - f.count) + f
    }
    return s
}
