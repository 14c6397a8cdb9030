#if canImport(Glibc)
import Glibc
#endif

/// The full scanner behind `tier classify`: e-mail, cards, SSNs, credential shapes, phones, IBANs,
/// IP addresses, JWTs, NHS numbers, AWS secret keys, passwords and API keys in assignments, dates
/// of birth, person names and street addresses. Every candidate is validated
/// (checksums, lengths, context), and look-alikes (versions, timestamps, hashes, placeholders)
/// are turned away. Works on UTF-8 bytes; findings carry byte ranges.
///
/// The router calls it for every `route` and `ask` (`report`), so what it finds decides what may
/// leave the machine; `SensitivityScanner` holds the matchers of its first pass.
///
/// This file holds the single pass over the bytes (which detector each word or digit run can lead
/// to), the context lookups, the CSV header and the public API. The detectors are in files of their
/// family: ContactDetectors, FinancialDetectors, GovernmentIDs, NetworkDetectors, SecretDetectors,
/// IdentityDetectors (with NameEvidence, NameGazetteer and StreetLines), and the config's own in
/// `customFindings` below.
public enum PIIScanner {
    public struct Finding: Sendable, Equatable {
        /// The built-in type, or `.custom` for the config's detectors and keywords.
        public var kind: PIIType
        public var type: String
        public var start: Int
        public var end: Int
        public var confidence: Double
        /// The level the finding sets: the type's, or for the config's own detectors and keywords, theirs.
        public var level: Sensitivity

        public var category: String {
            switch level {
            case .secret: return "secret"
            case .personal: return "pii"
            case .internal: return "internal"
            case .public: return "public"
            }
        }

        /// A finding of a config detector or keyword, at the level it sets.
        public init(type: String, start: Int, end: Int, confidence: Double, customLevel: Sensitivity) {
            kind = .custom
            self.type = type
            self.start = start
            self.end = end
            self.confidence = confidence
            level = customLevel
        }

        init(_ h: Hit) {
            kind = h.kind
            type = h.kind.name
            start = h.start
            end = h.end
            confidence = h.confidence
            level = h.kind.level
        }
    }

    /// What the detectors record while scanning: plain values, cheap to append, sort and copy.
    struct Hit {
        var kind: PIIType
        var start: Int
        var end: Int
        var confidence: Double
        @inline(__always) init(_ kind: PIIType, _ start: Int, _ end: Int, _ confidence: Double) {
            self.kind = kind
            self.start = start
            self.end = end
            self.confidence = confidence
        }
    }

    /// The built-in detectors plus the config's (`classify:` detectors and keywords).
    public static func scan(_ text: String, custom: ClassifySettings) -> [Finding] {
        var t = text
        return t.withUTF8 { scan($0, csv: CSVHeader($0), custom: custom) }
    }

    /// The same over raw bytes: offsets stay byte offsets into `bytes` even where it is not valid UTF-8.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, csv: CSVHeader?, custom: ClassifySettings) -> [Finding] {
        let found = scan(bytes, csv: csv)
        if custom.isEmpty { return found }
        // The config's regexes run on text: only valid UTF-8 keeps their offsets, so they see it as it is.
        guard UTF8Check.firstInvalidOffset(bytes) == nil else { return found }
        let all = (found + customFindings(String(decoding: bytes, as: UTF8.self), custom))
            .sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var out: [Finding] = []
        for f in all {
            if let last = out.last, f.start < last.end { continue }
            out.append(f)
        }
        return out
    }

    /// The router's view: the level the findings set and their types with counts (most sensitive
    /// first, then by name). This is the scan behind every `route` and `ask`.
    public static func report(_ texts: [String]) -> SensitivityReport {
        var counts = [Int](repeating: 0, count: PIIType.allCases.count)
        for var t in texts {
            t.withUTF8 { buf in
                for h in hits(buf, csv: CSVHeader(buf)) { counts[Int(h.kind.rawValue)] += 1 }
            }
        }
        var r = SensitivityReport()
        let present = PIIType.allCases.filter { counts[Int($0.rawValue)] > 0 }
        for kind in present.sorted(by: { $0.level != $1.level ? $0.level > $1.level : $0.name < $1.name }) {
            r.evidence.append((kind.name, counts[Int(kind.rawValue)]))
            if kind.level > r.level { r.level = kind.level }
        }
        return r
    }

    /// The text with every finding replaced by `[TYPE]`, everything else byte for byte unchanged.
    public static func redact(_ text: String) -> String {
        var t = text
        return t.withUTF8 { buf -> String in
            let found = hits(buf, csv: CSVHeader(buf))
            if found.isEmpty { return text }
            var out: [UInt8] = []
            out.reserveCapacity(buf.count)
            var at = 0
            for f in found {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[at..<f.start]))
                out.append(contentsOf: "[\(f.kind.name)]".utf8)
                at = f.end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[at...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always) static func before(_ x: Hit, _ y: Hit) -> Bool { x.start < y.start || x.start == y.start && x.end > y.end }

    /// An e-mail address's local part reaches back before the '@' that found it, so the first pass's
    /// list may be out of order; then it is sorted (stably: of equal hits the first recorded stays first).
    static func inOrder(_ x: [Hit]) -> [Hit] {
        for k in x.indices.dropFirst() where before(x[k], x[k - 1]) { return x.sorted(by: before) }
        return x
    }

    /// Two ordered lists as one, `a`'s first where they tie.
    static func merged(_ a: [Hit], _ b: [Hit]) -> [Hit] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [Hit] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || i < a.count && !before(b[j], a[i]) { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
        }
        return out
    }

    /// Of overlapping hits the earliest (longest at a tie) stays. Each pass records its hits in
    /// order, so the two lists are merged, not sorted.
    static func firstOfOverlaps(_ a: [Hit], _ b: [Hit]) -> [Hit] {
        let a = inOrder(a), b = inOrder(b)
        var out: [Hit] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        var lastEnd = Int.min
        while i < a.count || j < b.count {
            let h: Hit
            if j >= b.count || i < a.count && !before(b[j], a[i]) { h = a[i]; i += 1 } else { h = b[j]; j += 1 }
            if h.start < lastEnd { continue }
            out.append(h)
            lastEnd = h.end
        }
        return out
    }

    /// The config's detectors (regex matches) and keywords (case-insensitive, whole words).
    public static func customFindings(_ text: String, _ custom: ClassifySettings) -> [Finding] {
        var out: [Finding] = []
        for d in custom.detectors {
            for r in d.regex.ranges(in: text) {
                out.append(Finding(type: d.name, start: r.lowerBound, end: r.upperBound, confidence: 0.9, customLevel: d.sensitivity))
            }
        }
        if !custom.keywords.isEmpty {
            let bytes = Array(text.utf8)
            let lowered = bytes.map { ASCII.lower($0) }
            for k in custom.keywords {
                let kb = Array(k.utf8)
                guard !kb.isEmpty, kb.count <= lowered.count else { continue }
                var i = 0
                while i + kb.count <= lowered.count {
                    if lowered[i] == kb[0], Array(lowered[i..<(i + kb.count)]) == kb,
                       i == 0 || !isAlnum(lowered[i - 1]), i + kb.count == lowered.count || !isAlnum(lowered[i + kb.count]) {
                        out.append(Finding(type: "KEYWORD", start: i, end: i + kb.count, confidence: 1, customLevel: .internal))
                        i += kb.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        return out
    }

    public static func category(_ type: String) -> String { level(type) == .secret ? "secret" : "pii" }
    public static func level(_ type: String) -> Sensitivity { PIIType(name: type)?.level ?? .personal }

    public static func scan(_ text: String) -> [Finding] {
        var t = text
        return t.withUTF8 { scan($0) }
    }

    public static func scan(_ s: UnsafeBufferPointer<UInt8>) -> [Finding] {
        scan(s, csv: CSVHeader(s))
    }

    /// `csv`: the header of the document `s` belongs to (a chunk of a stream has its file's header).
    public static func scan(_ s: UnsafeBufferPointer<UInt8>, csv: CSVHeader?) -> [Finding] {
        hits(s, csv: csv).map(Finding.init)
    }

    /// At most one digit of s[a..<e] is not a zero.
    static func placeholderPhone(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var nonZero = 0
        for k in a..<e where s[k] &- 0x31 < 9 { nonZero += 1; if nonZero > 1 { return false } }
        return true
    }

    /// Digit groups a dump prints, no number plan's: three zeros first (no trunk or international prefix is followed by a
    /// zero), or two groups of zeros ("0084 0004 00 00", "0012 0004 06 00 00 00" of a zip file's listing).
    static func dumpedBytes(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        if k < e, s[k] == UInt8(ascii: "+") { return false }
        if k + 3 <= e, s[k] == 0x30, s[k + 1] == 0x30, s[k + 2] == 0x30 { return true }
        var zeroGroups = 0
        while k < e {
            while k < e, !isDigit(s[k]) { k += 1 }
            let g = k
            var zeros = true
            while k < e, isDigit(s[k]) { zeros = zeros && s[k] == 0x30; k += 1 }
            if k - g >= 2, zeros { zeroGroups += 1 }
        }
        return zeroGroups >= 2
    }

    static func hits(_ s: UnsafeBufferPointer<UInt8>, csv: CSVHeader?) -> [Hit] {
        // The first pass finds e-mail addresses and private-key blocks; the second everything else:
        // credential prefixes at the word starts it visits, and cards and SSNs at its digit runs.
        // Room for as many findings as dense text holds (the development set has one per 110 bytes), so
        // the lists are not copied as they grow.
        var first: [Hit] = []
        first.reserveCapacity(s.count / 256)
        addressesAndKeyBlocks(s, &first)
        var numbers: [Hit] = [], second: [Hit] = []
        numbers.reserveCapacity(s.count / 512)
        second.reserveCapacity(s.count / 64)
        extraPass(s, csv, &numbers, &second)
        // A number of zeros is a form's placeholder, no one's phone: "(000) 000-0000", "0800 000 000".
        second.removeAll { $0.kind == .phone && (placeholderPhone(s, $0.start, $0.end) || dumpedBytes(s, $0.start, $0.end)
            || businessServiceNumber(s, $0.start, $0.end)) }
        var seeded = withLowerCaseNames(s, firstOfOverlaps(merged(inOrder(first), numbers), second))
        // A word a typesetter broke at a line's end ("reposi‐\n    tory", "Google Com‐\n    pute") is no name's, in
        // either half; taken out before a name found once is looked for again.
        seeded.removeAll { $0.kind == .person && (continuesBrokenWord(s, $0.start) || breaksAtLineEnd(s, $0.end)
            || placeholderNames.lookupLowered(s, $0.start, $0.end) != 0 || ordinaryWordsRun(s, $0.start, $0.end)
            || formatOrStandardWord(s, $0.start, $0.end) || functionWords.lookupLowered(s, $0.start, $0.end) != 0) }
        // An author's affiliation marks are no part of the name: "Timothy Romero²", "A. Roy¹".
        for x in seeded.indices where seeded[x].kind == .person {
            var e = seeded[x].end
            while e - seeded[x].start > 3, case let m = superscriptBefore(s, e), m > 0 { e -= m }
            seeded[x].end = e
        }
        var named = withJoinedNames(s, withRepeatedNames(s, seeded))
        // "I'm", "I'd", "I’ll" after a vocative ("Dear Kelsey, I'm writing") are the writer, never a name.
        named.removeAll { $0.kind == .person && $0.end - $0.start <= 6 && s[$0.start] == UInt8(ascii: "I") && $0.start + 1 < $0.end
            && (s[$0.start + 1] == UInt8(ascii: "'") || s[$0.start + 1] == 0xE2) }
        return withSpokenPhones(s, withBirthDatesBesideNames(s, withPhonesBesideNames(s, named, csv: csv)))
    }

    /// What a form, a manual or a template writes where a name goes: a value, no one's name ("-u username",
    /// "--user=username", "with URI"). (Formats' names are `formatsAndStandards`, read in every word of a run.)
    static let placeholderNames = WordTable(["username", "user", "name", "firstname", "lastname", "fullname", "yourname",
                                             "surname", "login", "userid", "user_name", "nickname", "somebody", "someone",
                                             "uri", "url", "null", "none", "nil", "undefined",
                                             // The names that stand for anyone, in forms, tests and examples: no one's.
                                             "john doe", "jane doe", "baby doe", "joe bloggs", "jo bloggs", "fred bloggs",
                                             "max mustermann", "erika mustermann", "fulano de tal", "john q. public", "joe schmoe",
                                             "richard roe", "jane roe", "a. n. other", "a.n. other"].map { ($0, 1) })

    /// Formats' and standards' names, in any word of a run: "YAML/JSON", "ISO/IEC".
    static let formatsAndStandards = WordTable(["json", "yaml", "xml", "csv", "html", "toml", "iso", "iec", "ieee", "ansi", "posix"].map { ($0, 1) })

    static func formatOrStandardWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20, s[b] != UInt8(ascii: "/") { b += 1 }
            if b - a >= 3, b - a <= 5, formatsAndStandards.lookupLowered(s, a, b) != 0 { return true }
            a = b + 1
        }
        return false
    }

    /// Three or more words where every word but one is an ordinary English word no list holds as a name: a heading
    /// or a term ("Customer Managed Encryption Key", "Max Run Duration"), no person.
    static func ordinaryWordsRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // (Most findings are one or two words: the gazetteer is asked only for three or more, and only while the run
        // can still be one.)
        var spaces = 0
        for k in start..<end where s[k] == 0x20 { spaces += 1 }
        guard spaces >= 2 else { return false }
        var words = 0, ordinary = 0
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            words += 1
            let f = NameGazetteer.flags(s, a, b)
            if f & NameGazetteer.word != 0, f & (NameGazetteer.given | NameGazetteer.surname) == 0 { ordinary += 1 }
            else if words - ordinary >= 2 { return false }
            a = b + 1
        }
        return words >= 3 && ordinary >= words - 1
    }

    /// The word at `start` goes on from the line before, broken there by a hyphen (U+2010, as man and
    /// other typesetters print it) or a soft hyphen: "resi‐\n       dency".
    static func continuesBrokenWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == 0x20 || s[k - 1] == 0x09 { k -= 1 }
        guard k >= 3, s[k - 1] == 0x0A else { return false }
        return s[k - 2] == 0xAD && s[k - 3] == 0xC2 || k >= 4 && s[k - 2] == 0x90 && s[k - 3] == 0x80 && s[k - 4] == 0xE2
    }

    /// A hyphen (U+2010) or a soft hyphen at `end` or just before it, then the line's end: the word goes on below.
    static func breaksAtLineEnd(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        func hyphenThenBreak(_ k: Int) -> Bool {
            k >= 0 && (k + 3 < n && s[k] == 0xE2 && s[k + 1] == 0x80 && s[k + 2] == 0x90 && s[k + 3] == 0x0A
                || k + 2 < n && s[k] == 0xC2 && s[k + 1] == 0xAD && s[k + 2] == 0x0A)
        }
        return hyphenThenBreak(end) || hyphenThenBreak(end - 3) || hyphenThenBreak(end - 2)
    }

    // MARK: the first pass

    /// E-mail addresses (at each '@') and PEM private-key blocks (at each "--" that starts a word).
    /// Text holds few of either, so eight bytes are looked at in a handful of instructions.
    static func addressesAndKeyBlocks(_ s: UnsafeBufferPointer<UInt8>, _ found: inout [Hit]) {
        let n = s.count
        guard let base = s.baseAddress else { return }
        let at = SIMD16<UInt8>(repeating: UInt8(ascii: "@")), dash = SIMD16<UInt8>(repeating: UInt8(ascii: "-"))
        var i = 0
        while i < n {
            // Sixteen bytes a step (SSE2): an '@', or a '-' followed by another (the second load is one
            // byte on, so a pair that straddles two steps is seen too).
            while i &+ 17 <= n {
                let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                let w = UnsafeRawPointer(base + (i &+ 1)).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((v .== at) .| ((v .== dash) .& (w .== dash))) { break }
                i &+= 16
            }
            let stop = min(n, i &+ 16)
            while i < stop {
                let b = base[i]
                if b == UInt8(ascii: "@"), let (start, end) = SensitivityScanner.matchEmailRange(s, at: i) {
                    if !isMessageIdentifier(s, start) { found.append(Hit(.email, start, end, 0.95)) }
                    i = end
                    break
                }
                // A chat's mention of a handle in small letters: "@tmodi is stuck", "@jackson93 can you look".
                if b == UInt8(ascii: "@"), let end = chatHandle(s, i) {
                    found.append(Hit(.person, i + 1, end, 0.6))
                    i = end
                    break
                }
                if b == UInt8(ascii: "-"), i &+ 1 < n, base[i &+ 1] == UInt8(ascii: "-"), i == 0 || !SensitivityScanner.isWordByte(base[i &- 1]),
                   let (d, end) = SensitivityScanner.matchSecret(s, at: i) {
                    found.append(Hit(d.kind, i, end, 0.95))
                    i = end
                    break
                }
                i &+= 1
            }
        }
    }

    /// An address-shaped identifier: an iCalendar UID or a mail header's message id
    /// ("UID:5b3b11@events.example.dev", "Message-ID: <CAF3x@mail.example.com>",
    /// "References: <a1@x> <b2@y>"), no mailbox. A value under the key must look made by a machine (a
    /// digit, or 20+ bytes and no dot before its '@'): LDIF's "uid: jane@corp.com" is a mailbox.
    /// "uid:" (any case) right before `start`, past spaces: an LDIF entry's or an iCalendar UID's key.
    static func uidKeyBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        return k >= 4 && s[k - 1] == UInt8(ascii: ":") && lowerEquals(s, k - 4, k - 1, "uid") && (k == 4 || !ASCII.isAlpha(s[k - 5]))
    }

    static func isMessageIdentifier(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var at = start
        var digit = false, dot = false
        while at < s.count, s[at] != UInt8(ascii: "@") {
            if ASCII.isDigit(s[at]) { digit = true } else if s[at] == UInt8(ascii: ".") { dot = true }
            at += 1
        }
        guard digit && !dot || at - start >= 20 && !dot || digit && !uidKeyBefore(s, start) else { return false }
        var k = start
        if k > 0, s[k - 1] == UInt8(ascii: "<") { k -= 1 }
        // Past the ids before it on the header (its folded lines too): "References: <a@x>\n <b@y>".
        var ids = 0
        while ids < 32 {
            // Spaces, and a line break only where the header is folded (the next line starts with a space).
            while k > 0, s[k - 1] == 0x20 || s[k - 1] == 0x09 || s[k - 1] == UInt8(ascii: ",")
                    || (s[k - 1] == 0x0A || s[k - 1] == 0x0D) && k < s.count && (s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0A || s[k] == 0x0D) { k -= 1 }
            guard k > 0, s[k - 1] == UInt8(ascii: ">") else { break }
            var o = k - 1
            while o > 0, s[o - 1] != UInt8(ascii: "<"), s[o - 1] != 0x0A, k - o < 200 { o -= 1 }
            guard o > 0, s[o - 1] == UInt8(ascii: "<") else { return false }
            k = o - 1
            ids += 1
        }
        guard k > 0, s[k - 1] == UInt8(ascii: ":") else { return false }
        let e = k - 1
        var a = e
        while a > 0, e - a < 12, ASCII.isAlpha(s[a - 1]) || s[a - 1] == UInt8(ascii: "-") { a -= 1 }
        guard a == 0 || !ASCII.isAlpha(s[a - 1]) else { return false }
        return lowerEquals(s, a, e, "uid") || lowerEquals(s, a, e, "message-id") || lowerEquals(s, a, e, "in-reply-to")
            || lowerEquals(s, a, e, "references") || lowerEquals(s, a, e, "content-id")
    }

    // MARK: the second pass

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { ASCII.isAlnum(b) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { ASCII.isDigit(b) }

    /// Bytes that can start a finding of the second pass: letters, digits, '+', '(', ':' and UTF-8 lead bytes.
    static let startsSomething: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return ASCII.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "(") || c == UInt8(ascii: ":") || c >= 0xC3
    }

    /// Letters, digits and '_': the bytes of a word.
    static let wordByte: [Bool] = (0..<256).map { b in ASCII.isAlnum(UInt8(b)) || b == 0x5F }

    static func extraPass(_ s: UnsafeBufferPointer<UInt8>, _ csv: CSVHeader?, _ numbers: inout [Hit], _ found: inout [Hit]) {
        let n = s.count
        var i = 0
        // Cards and SSNs, as the first pass used to find them: at every digit run that starts a word
        // outside the last one found, whatever the rest of this pass makes of it; one under a code
        // column or after a code word is passed over (and still passed over whole).
        var numbersEnd = 0
        // The tables read at every word, lent once: a static's every read checks it is initialized.
        wordByte.withUnsafeBufferPointer { word in
        startsSomething.withUnsafeBufferPointer { starts in
        wordFlagTable.withUnsafeBufferPointer { flagTable in
        while i < n {
            // Spaces and punctuation start nothing: pass them in a tight loop.
            while i < n && !starts[Int(s[i])] { i += 1 }
            if i >= n { break }
            let b = s[i]
            let wordStart = i == 0 || !word[Int(s[i - 1])]
            if b == UInt8(ascii: "+"), i + 1 < n, isDigit(s[i + 1]), i == 0 || !isAlnum(s[i - 1]) {
                if let end = internationalPhone(s, i).map({ phoneExtension(s, $0) }) { found.append(Hit(.phone, i, end, 0.9)); i = end; continue }
            } else if b == UInt8(ascii: "("), i + 1 < n, isDigit(s[i + 1]) {
                if let end = (usPhone(s, i) ?? bracketedNationalPhone(s, i) ?? brazilianBracketedPhone(s, i)).map({ phoneExtension(s, $0) }) {
                    found.append(Hit(.phone, i, end, 0.85)); i = end; continue
                }
                if let end = (csvPhoneField(csv, s, i) ?? labelledPhone(s, i)).map({ phoneExtension(s, $0) }) {
                    found.append(Hit(.phone, i, end, 0.75)); i = end; continue
                }
            } else if isDigit(b) && wordStart && csvCodeColumn(csv, s, i) {
                // A code column's field, whole.
                let delimiter = csv?.delimiter ?? UInt8(ascii: ",")
                while i < n, s[i] != delimiter, s[i] != 0x0A { i += 1 }
                continue
            } else if isDigit(b) && wordStart && mayFollowCodeWord(s, i) && codeContext(s, i) {
                // The code after a code word: its digits, letters and joiners, and digit groups after
                // single spaces ("order 4111 1111 1111 1111"), not the rest of the line.
                numberAt(s, i, code: true, &numbersEnd, &numbers)
                i += 1
                while i < n {
                    let c = s[i]
                    if isDigit(c) && !word[Int(s[i - 1])] { numberAt(s, i, code: csvCodeColumn(csv, s, i) || codeContext(s, i), &numbersEnd, &numbers) }
                    if isAlnum(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || c == UInt8(ascii: "_") { i += 1 }
                    else if c == 0x20, i + 1 < n, isDigit(s[i + 1]) { i += 1 }
                    else { break }
                }
                continue
            } else if isDigit(b) && wordStart {
                // The digit run's length and the byte after it rule most shapes out before any is tried.
                let k = ByteRuns.digitEnd(s, i + 1)
                let run = k - i
                let c: UInt8 = k < n ? s[k] : 0
                if i >= numbersEnd && (run == 3 || SensitivityScanner.mayBeCard(run: run, next: c)) {
                    numberAt(s, i, run: run, next: c, code: false, &numbersEnd, &numbers)
                }
                // A year in brackets after the authors cited: "Williamson, Kang and Yoon (2021)", "(Lindqvist & Moreau, 2020)".
                if run == 4 && c == UInt8(ascii: ")"), let authors = citedAuthors(s, i, floor: found.last?.end ?? 0) {
                    for (a, z) in authors { found.append(Hit(.person, a, z, 0.65)) }
                }
                let hexLetter = c &- 0x61 < 6 || c &- 0x41 < 6
                if (run == 2 && (c == UInt8(ascii: ":") || c == UInt8(ascii: "-"))) || (run == 4 && c == UInt8(ascii: ".")) || (run <= 3 && hexLetter),
                   mayBeMAC(s, i), let end = macAddress(s, i) { found.append(Hit(.macAddress, i, end, 0.85)); i = end; continue }
                if run <= 3 && c == UInt8(ascii: "."), let end = ipv4(s, i) {
                    // A log's account beside the address: sshd's "Accepted password for jharris from 10.2.3.4", the
                    // access log's "10.2.3.4 - jharris [date]". Who logged in is a person.
                    if let (a, b) = logUserBefore(s, i), found.last.map({ $0.end <= a }) ?? true { found.append(Hit(.person, a, b, 0.7)) }
                    found.append(Hit(.ipAddress, i, end, 0.9))
                    if let (a, b) = logUserAfter(s, end) { found.append(Hit(.person, a, b, 0.7)); i = b; continue }
                    i = end; continue
                }
                // Checksum and context make an NHS number certain: before the phone shapes it resembles.
                if run == 10 || (run == 3 || run == 6) && (c == 0x20 || c == UInt8(ascii: "-")) {
                    if let end = nhs(s, i) { found.append(Hit(.ukNHS, i, end, 0.9)); i = end; continue }
                    // An NHS number that fails its check digit is none, and no phone either.
                    if let end = failedNHS(s, i) { i = end; continue }
                }
                // An SSN written with dots or spaces after "SSN"; one of an impossible area is none, and no phone.
                if run == 3 && (c == UInt8(ascii: ".") || c == 0x20 || c == UInt8(ascii: "-")), let (end, valid) = separatedSSN(s, i) {
                    if valid { found.append(Hit(.usSSN, i, end, 0.85)) }
                    i = end; continue
                }
                if run == 2 && c == 0x20, let end = brazilianMobile(s, i) { found.append(Hit(.phone, i, end, 0.75)); i = end; continue }
                if b == UInt8(ascii: "1") && (run == 11 || run == 3 && c == 0x20), let end = chineseMobile(s, i, run: run) {
                    found.append(Hit(.phone, i, end, 0.75)); i = end; continue
                }
                if (run == 3 && (c == UInt8(ascii: "-") || c == UInt8(ascii: "."))) || (run == 1 && b == UInt8(ascii: "1") && c == UInt8(ascii: "-")),
                   let end = usPhone(s, i) { found.append(Hit(.phone, i, phoneExtension(s, end), 0.8)); i = phoneExtension(s, end); continue }
                if b == UInt8(ascii: "0") && run >= 2, i == 0 || s[i - 1] != UInt8(ascii: "+"), let end = nationalPhone(s, i) { found.append(Hit(.phone, i, phoneExtension(s, end), 0.75)); i = phoneExtension(s, end); continue }
                if run == 10 || run == 3 && c == 0x20, let end = labelledUSPhone(s, i, run: run) {
                    found.append(Hit(.phone, i, phoneExtension(s, end), 0.7)); i = phoneExtension(s, end); continue
                }
                if run == 9 || (run == 3 && c == 0x20), let end = plainSSN(s, i) { found.append(Hit(.usSSN, i, end, 0.85)); i = end; continue }
                if run == 3 && c == 0x20, let end = spanishPhone(s, i) { found.append(Hit(.phone, i, phoneExtension(s, end), 0.7)); i = phoneExtension(s, end); continue }
                if run == 9, let end = abaRouting(s, i) { found.append(Hit(.usBankRouting, i, end, 0.85)); i = end; continue }
                // The separator test inline, so the call is made only after the bytes a date can follow with.
                if run <= 4 && (c == 0x20 ? run <= 2 : c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && mayBeNumericDate(s, k, run, c),
                   let (start, end) = dateOfBirth(s, i, csv) { found.append(Hit(.dateOfBirth, start, end, 0.8)); i = end; continue }
                // "5th of March 1942", "21st jul 1965"
                if run <= 2 && (c | 0x20 == UInt8(ascii: "s") || c | 0x20 == UInt8(ascii: "n") || c | 0x20 == UInt8(ascii: "r") || c | 0x20 == UInt8(ascii: "t"))
                    && mayBeOrdinalDate(s, k), let (start, end) = dateOfBirth(s, i, csv) {
                    found.append(Hit(.dateOfBirth, start, end, 0.8)); i = end; continue
                }
                if run <= 4 && (c == UInt8(ascii: ":") || hexLetter),
                   mayBeIPv6(s, i), let end = ipv6(s, i) {
                    // sshd's "Accepted password for raduz61 from 2936:5e65:...": who logged in, as beside an IPv4 address.
                    if let (a, b) = logUserBefore(s, i), found.last.map({ $0.end <= a }) ?? true { found.append(Hit(.person, a, b, 0.7)) }
                    found.append(Hit(.ipAddress, i, end, 0.85)); i = end; continue
                }
                // A military address ends in its ZIP code: "PSC 7602, Box 7584\nAPO AP 49708". (It may start on the line
                // before: what was found in it gives way.)
                if run == 5 && !isAlnum(c) && i >= 7, s[i - 5] == UInt8(ascii: "O"), let start = militaryAddressStart(s, i) {
                    while let last = found.last, last.end > start { found.removeLast() }
                    found.append(Hit(.streetAddress, start, k, 0.8)); i = k; continue
                }
                // A house number is a word of its own, not the tail of a standard's or a version's name ("X.509 Public Key").
                let houseNumber = run <= 6 && !(i >= 2 && s[i - 1] == UInt8(ascii: ".") && isAlnum(s[i - 2]))
                // "983 Christopher ..." or "12, rue ..."
                if houseNumber && (c == 0x20 && k + 1 < n && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3 || frenchStreet(s, k + 1))
                                || c == UInt8(ascii: ",") && k + 2 < n && s[k + 1] == 0x20
                                || c == UInt8(ascii: "/") && run <= 4 && (slashNumberThenWord(s, k) || slashNumberThenComma(s, k))),
                   let end = streetAddress(s, i) ?? (c != 0x20 && i >= numbersEnd ? indianAddress(s, i > 0 && s[i - 1] == UInt8(ascii: "#") ? i - 1 : i) : nil)
                    ?? placeEndedAddress(s, i) {
                    found.append(Hit(.streetAddress, i, end, 0.75)); i = end; continue
                }
                // An address in small letters, as chats write it: "8395 larkspur ln chicago il 60632".
                if houseNumber && (c == 0x20 || c == UInt8(ascii: "/")) && k + 2 < n && (s[k + 1] &- 0x61 < 26 || c == UInt8(ascii: "/") && isDigit(s[k + 1])),
                   let end = smallLetterStreetAddress(s, i, k) { found.append(Hit(.streetAddress, i, end, 0.7)); i = end; continue }
                // A house number on a line of its own above an Indian street ("62\nRamachandran Nagar\nMahbubnagar-319563").
                if run <= 4 && c == 0x0A && k + 1 < n && s[k + 1] &- 0x41 < 26 && i >= numbersEnd && (i == 0 || s[i - 1] == 0x0A || s[i - 1] == 0x20),
                   let end = indianAddress(s, i) { found.append(Hit(.streetAddress, i, end, 0.7)); i = end; continue }
                // "118a Castle Hill, Acomb, York YO26 1WD", "8A RECTORY MEWS": one letter after the house number.
                if houseNumber && (c &- 0x41 < 26 || c &- 0x61 < 26) && k + 2 < n && s[k + 1] == 0x20 && (s[k + 2] &- 0x41 < 26 || s[k + 2] >= 0xC3),
                   let end = streetAddress(s, i) { found.append(Hit(.streetAddress, i, end, 0.75)); i = end; continue }
                // In a CSV phone column, a field of 7 to 15 digits and nothing else is a phone number,
                // with no separators or context word to go by (the separated forms are found above).
                if run >= 7 && run <= 15 && csv != nil && (c == UInt8(ascii: ",") || c == 0x0A || c == 0x0D || c == UInt8(ascii: "\"") || k == n),
                   i == 0 || s[i - 1] == UInt8(ascii: ",") || s[i - 1] == UInt8(ascii: "\"") || s[i - 1] == 0x0A, csvPhoneColumn(csv, s, i) {
                    found.append(Hit(.phone, i, k, 0.8)); i = k; continue
                }
                // "19830504" after a birth word.
                if run == 8, b == UInt8(ascii: "1") || b == UInt8(ascii: "2"), let end = compactNumericBirth(s, i, csv) { found.append(Hit(.dateOfBirth, i, end, 0.8)); i = end; continue }
                // "16OCT1982" after a birth word.
                if run <= 2 && (c | 0x20) &- 0x61 < 26, let end = compactDateOfBirth(s, i, k) { found.append(Hit(.dateOfBirth, i, end, 0.8)); i = end; continue }
                // Any country's grouping after a phone label or word, or in a spreadsheet's phone column.
                // (Seven digits at least: one run of them, or a separator and more digits after this run.)
                if run >= 7 || (c == 0x20 || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/")) && k + 1 < n && isDigit(s[k + 1]),
                   let end = (csvPhoneField(csv, s, i) ?? labelledPhone(s, i)).map({ phoneExtension(s, $0) }) {
                    found.append(Hit(.phone, i, end, 0.7)); i = end; continue
                }
                // A markdown cell under a phone column: "| 338 064 9161 |", "| 0462230185 |".
                if i >= 2 && s[i - 1] == 0x20 && s[i - 2] == UInt8(ascii: "|"), let end = markdownPhone(s, i) { found.append(Hit(.phone, i, end, 0.75)); i = end; continue }
                i = ByteRuns.alnumEnd(s, k)   // s[i..<k] are digits, so the run goes on from k
                continue
            } else if b == UInt8(ascii: "A") && wordStart && i + 1 < n
                        && (s[i + 1] == UInt8(ascii: "K") || s[i + 1] == UInt8(ascii: "S") || s[i + 1] == UInt8(ascii: "B") || s[i + 1] == UInt8(ascii: "C")
                            || s[i + 1] == UInt8(ascii: "I")),
                      let (d, end) = SensitivityScanner.matchSecret(s, at: i) {
                // An AWS key id (AKIA, ASIA) at a word's start; the lower-case credential prefixes are
                // checked below, by the word's first two letters.
                found.append(Hit(d.kind, i, end, 0.95))
                i = end
                // Its secret right after it, as a pair is pasted: "AKIA... / wJalrXUtnFEMI/K7MDENG/...", "AKIA...:...".
                if let (a, b) = awsSecretAfterKeyId(s, end) { found.append(Hit(.awsSecretKey, a, b, 0.9)); i = b }
                continue
            } else if (b == UInt8(ascii: "A") || b == UInt8(ascii: "B")) && (i == 0 || s[i - 1] == 0x0A), let (type, a, end) = vCardField(s, i) {
                // A vCard's address or birthday line: "ADR;TYPE=HOME:;;Calle Mayor;168;41059 Sevilla", "BDAY:19510604".
                found.append(Hit(type, a, end, 0.8))
                i = end
                continue
            } else if wordStart && i + 3 < n && (b &- 0x41 < 26 && s[i + 1] == UInt8(ascii: ".") || b == 0xC3 && s[i + 2] == UInt8(ascii: ".")),
                      let end = initialThenSurname(s, i) {
                // "L. Adams", "É. Martineau": initials and a surname.
                found.append(Hit(.person, i, end, 0.7)); i = end; continue
            } else if wordStart && i >= 7 && s[i - 1] == UInt8(ascii: "<") && s[i - 2] == 0x20 && ASCII.isAlpha(b), let end = ircNick(s, i) {
                // "[10:40] <eric56> someone left a wallet": an IRC log's speaker.
                found.append(Hit(.person, i, end, 0.7)); i = end; continue
            } else if wordStart && (b == UInt8(ascii: "U") || b == UInt8(ascii: "L")), let (a, end) = capitalizedAccountLabel(s, i) {
                // "Username: abennett"
                found.append(Hit(.person, a, end, 0.7)); i = end; continue
            } else if wordStart && b &- 0x41 < 26 && i + 3 < n && s[i + 1] == UInt8(ascii: ".") && s[i + 2] == 0x20, let names = initialledNameList(s, i) {
                // Initials and surnames in a list: "R. Barrett¹, R. Hendrix¹,², and A. Roy¹", "E. Nordstrom; E. Colfer, I. Abubakar".
                for (a, z) in names.items { found.append(Hit(.person, a, z, 0.65)) }
                i = max(i + 1, names.end)
                continue
            } else if wordStart && i >= 3 && s[i - 1] == 0x20 && s[i - 2] == UInt8(ascii: ":") && (b &- 0x41 < 26 || b >= 0xC3 || b &- 0x61 < 26),
                      let names = nameRollAfterLabel(s, i) {
                // A label's roll of names: "Laget på lördag: Hall, Davidsson, Koya, Westman."
                for (a, z) in names { found.append(Hit(.person, a, z, 0.65)) }
                i = names[names.count - 1].1
                continue
            } else if wordStart && (b &- 0x41 < 26 || b >= 0xC3 && (i == 0 || s[i - 1] < 0x80)) && !(b &- 0x41 < 26 && mayBeIBAN(s, i) && iban(s, i) != nil),
                      let (end, type, confidence) = streetOrName(s, i, csv) {
                // A greeting is no part of the name it opens and addresses ("Hoi Nienke,", "Hallo Jonas Weber,\n"): read again
                // from the name. (A famous run, confidence 0, is passed whole as it is: "Hey Jude", "Hello Kitty".)
                // (At a line's start, where a greeting stands: not "Name: Selam Girma".)
                if type == .person, confidence > 0, b &- 0x41 < 26, i == 0 || s[i - 1] == 0x0A, end < n, s[end] == UInt8(ascii: ",") || s[end] == UInt8(ascii: "!") || s[end] == 0x0A,
                   case let w = ByteRuns.wordEnd(s, i + 1), w + 1 < end, s[w] == 0x20, greetingWords.endsAt(s, i, w) { i = w + 1; continue }
                // "Ben & Jerry's": a brand of two names, no person (read at its first name, or at its second where the first
                // was no finding).
                if type == .person, let e = famousPairEnd(s, i, end) ?? famousPairEndBefore(s, i) { i = max(e, end); continue }
                // A character known with the title before the name: "Mr Darcy", "Mrs Dalloway", "Professor Snape".
                if type == .person, confidence > 0, titledFamousName(s, i, end) { i = end; continue }
                // A street or a square named after a person, its word in small letters before or after the name: "Karl Johans
                // gate", "przy ulicy Freta", "đường Lê Lợi", "Santa Maria Novella".
                if type == .person, confidence > 0, streetWordAround(s, i, end) { i = end; continue }
                // An article elided onto a noun is no part of a name: "Dall'aeroporto Leonardo da Vinci", "L'avenue Foch".
                if type == .person, case let w = ByteRuns.wordEnd(s, i + 1), w + 2 < end, s[w] == UInt8(ascii: "'"), s[w + 1] &- 0x61 < 26, w - i <= 4 {
                    var x = w + 1
                    while x < end, s[x] != 0x20 { x += 1 }
                    if x < end { i = x + 1; continue }
                }
                // A saint's name is a place's or a church's: "St. John's", "St Mary's Hospital".
                if type == .person, i >= 3, s[i - 1] == 0x20, s[i - 2] == UInt8(ascii: ".") || s[i - 2] == UInt8(ascii: "t"),
                   s[i - 2] == UInt8(ascii: ".") ? i >= 4 && s[i - 3] == UInt8(ascii: "t") && s[i - 4] == UInt8(ascii: "S") && (i == 4 || !ASCII.isAlpha(s[i - 5]))
                                                  : s[i - 3] == UInt8(ascii: "S") && (i == 3 || !ASCII.isAlpha(s[i - 4])) { i = end; continue }
                // A famous name, whole: none of its words starts a name of its own ("Jack Daniel's", "Johann
                // Wolfgang von Goethe").
                if type == .person && confidence == 0 { i = end; continue }
                // "Mevrouw de Vries": the particles after the honorific are the surname's.
                let from = type == .person ? particlesAfterHonorific(s, i) : i
                // The names listed before it: "Feargal Brown, Phebe England and Jack Hussain".
                if type == .person, from == i, i >= 6, s[i - 1] == 0x20, (i..<end).contains(where: { s[$0] == 0x20 }) {
                    for (a, z) in listedNamesBefore(s, i, floor: found.last?.end ?? 0) { found.append(Hit(.person, a, z, 0.65)) }
                }
                if from < i, let last = found.last, last.end > from { found.append(Hit(type, i, end, confidence)) }
                else { found.append(Hit(type, from, end, confidence)) }
                var start = i
                i = end
                // The names listed after a name: "Participants: Amy Davis, Eyvind Moreau and Tariq Ncube".
                while type == .person, let (a, b) = listedName(s, i) ?? (s[i - 1] != UInt8(ascii: ".") && !(start..<i).contains(where: { s[$0] == 0x20 }) ? listedFirstName(s, i) : nil) {
                    found.append(Hit(.person, a, b, 0.7)); start = a; i = b
                }
                continue
            } else if wordStart && (i == 0 || s[i - 1] < 0x80) && i + 1 < n
                        && (b == 0xC5 && s[i + 1] & 0xFE == 0x9E || b == 0xD0 && s[i + 1] & 0xDF == 0x9F),
                      let (type, start, end) = foreignPassword(s, i) {
                // (Only at 'ş'/'Ş' (C5 9F, C5 9E) or 'п'/'П' (D0 BF, D0 9F) after ASCII: not at each letter inside a Cyrillic word.)
                // A password word whose first letter is outside ASCII: "şifre: X", "wifi şifresi X", "Пароль: X".
                // (The names between are read from the word's second byte: namesBetween reads the byte before each.)
                namesBetween(s, i + 1, start, csv, &found)
                found.append(Hit(type, start, end, 0.75)); i = end; continue
            } else if wordStart && ASCII.isAlpha(b) {
                // IBANs and National Insurance numbers start with two capitals.
                if b &- 0x41 < 26 && i + 1 < n && s[i + 1] &- 0x41 < 26 {
                    let ibanLike = mayBeIBAN(s, i)
                    if ibanLike, let end = iban(s, i) { found.append(Hit(.iban, i, end, 0.95)); i = end; continue }
                    if let end = ukNationalInsurance(s, i) { found.append(Hit(.ukNINO, i, end, 0.85)); i = end; continue }
                    // An IBAN-shaped run that fails its checksum is a code: skip it whole, so no part of it reads as a phone.
                    if ibanLike, let end = ibanShape(s, i) { i = end; continue }
                }
                // Which of the word detectors below its first two letters leave possible.
                let f = wordFlags(s, i, flagTable)
                // A credential's prefix (sk-, sk_live_, rk_, ghp_, github_pat_, xoxb-) at a word's start.
                if f & WordFlag.secret != 0, let (d, end) = SensitivityScanner.matchSecret(s, at: i) { found.append(Hit(d.kind, i, end, 0.95)); i = end; continue }
                if f & WordFlag.jwt != 0, b == UInt8(ascii: "e"), let end = jwt(s, i) { found.append(Hit(.jwt, i, end, 0.95)); i = end; continue }
                // The word (letters, digits, '_') and what follows it decide which detectors can apply.
                let e = ByteRuns.wordEnd(s, i + 1)
                let next: UInt8 = e < n ? s[e] : 0
                // A Polish street, its type abbreviated in small letters: "ul. Piotrkowska 87, 90-406 Łódź".
                if e - i == 2 && next == UInt8(ascii: ".") && e + 2 < n && s[e + 1] == 0x20 && (s[e + 2] &- 0x41 < 26 || s[e + 2] >= 0xC3),
                   let end = romanceStreet(s, i, e + 1) { found.append(Hit(.streetAddress, i, end, 0.7)); i = end; continue }
                // A password on a command line: "curl -u admin:pw", "mysql -p'pw'".
                if (b == UInt8(ascii: "u") || b == UInt8(ascii: "p")) && i > 0 && s[i - 1] == UInt8(ascii: "-"),
                   let (a, end) = optionCredential(s, i, e) { found.append(Hit(.password, a, end, 0.85)); i = end; continue }
                // A value under an address's label: "Home address: 18, Adeola Odeku Street, Victoria Island, Lagos".
                // (Only where a label can end: before ':', '"', '>', '|', '=', a letter outside ASCII, or a space
                // and one of ':', '|', "is", "de", "for", "of".)
                // ("Lakcím:" is four ASCII letters before its 'í'.)
                if f & WordFlag.address != 0 && (e - i >= 5 || e - i == 4 && next >= 0x80) && e - i <= 10
                    && (next == UInt8(ascii: ":") || next == UInt8(ascii: "\"") || next == UInt8(ascii: ">") || next == UInt8(ascii: "|")
                        || next == UInt8(ascii: "=") || next >= 0x80 || next == 0x20 && e + 1 < n
                        && (s[e + 1] == UInt8(ascii: ":") || s[e + 1] == UInt8(ascii: "|") || s[e + 1] == UInt8(ascii: "i") || s[e + 1] == UInt8(ascii: "d")
                            || s[e + 1] == UInt8(ascii: "f") || s[e + 1] == UInt8(ascii: "o") || s[e + 1] == 0x20)),
                   let (a, end) = labelledAddress(s, i, e) {
                    // A value on the label's line may go on to its town and postcode on the lines below, as the street
                    // grammar reads it: "Address: Unit 20 3 Green Drive\nNicholaston, NT, 2920".
                    var stop = end
                    if a < end, isDigit(s[a]) { stop = max(stop, streetAddress(s, a) ?? 0) }
                    else if a < end, s[a] &- 0x41 < 26 || s[a] >= 0xC3, let (e2, type, _) = streetOrName(s, a, csv), type == .streetAddress { stop = max(stop, e2) }
                    found.append(Hit(.streetAddress, a, stop, 0.7)); i = stop; continue
                }
                if b == UInt8(ascii: "l") && e - i == 5 && next == 0x20, let (a, end) = netrcLogin(s, i) { found.append(Hit(.person, a, end, 0.7)); i = end; continue }
                // A Jira mention: "[~jadwiga] pls update ETA", "[~j.smith]" (not Jira Cloud's "[~accountid:5b10...]").
                if i >= 2 && s[i - 1] == UInt8(ascii: "~") && s[i - 2] == UInt8(ascii: "["), let end = jiraMention(s, i) {
                    found.append(Hit(.person, i, end, 0.7)); i = end; continue
                }
                // The usual word: no flag, a space and another word after it. None of the tests below applies.
                // (Cue words are 2, 3 ("ask"), 4, 6, 7 or 9 letters long.)
                if f & WordFlag.nameCue != 0 && (next == 0x20 || next == UInt8(ascii: "'")) && (0x2DC as UInt32) >> UInt32(min(e - i, 31)) & 1 != 0
                    && (e - i != 3 || b | 0x20 == UInt8(ascii: "a")), let (a, end) = lowerCaseName(s, i, e) {
                    found.append(Hit(.person, a, end, 0.7)); i = end; continue
                }
                // "spoke to yusuf", "i think kwame already fixed it": a given name in lower case after a cue.
                if f & WordFlag.nameCue != 0 && e - i <= 8 && (next == 0x20 || next == UInt8(ascii: "'") && e + 2 < n && s[e + 1] == UInt8(ascii: "s") && s[e + 2] == 0x20),
                   let (a, end) = lowerCaseNameAfterCue(s, i, next == 0x20 ? e : e + 2) {
                    found.append(Hit(.person, a, end, 0.65)); i = end
                    // The list it opens: "spoke to xiulan and chakradev", "mit patric und gustav".
                    while let (a2, b2) = nextLowerCaseName(s, i) { found.append(Hit(.person, a2, b2, 0.6)); i = b2 }
                    continue
                }
                // "maricel's bday", "kunle's number": a name in lower case, possessive.
                if next == UInt8(ascii: "'") && b &- 0x61 < 26, let end = lowerCasePossessive(s, i, e) { found.append(Hit(.person, i, end, 0.65)); i = end + 2; continue }
                if next == 0x20 && b &- 0x61 < 26 && (i == 0 || s[i - 1] == 0x0A || i >= 2 && s[i - 1] == 0x20 && (s[i - 2] == UInt8(ascii: ":") || s[i - 2] == UInt8(ascii: ","))),
                   let end = lowerCaseOpeningName(s, i, e) { found.append(Hit(.person, i, end, 0.6)); i = end; continue }
                // "Attendees: keelan, vu, umut, glen": a roll in small letters.
                if next == UInt8(ascii: ",") && i >= 6 && s[i - 2] == UInt8(ascii: ":"), let names = lowerCaseRoll(s, i, e) {
                    for (a, z) in names { found.append(Hit(.person, a, z, 0.6)) }
                    i = names[names.count - 1].1; continue
                }
                // "hey its jo, new number", "hej, tu jakub, możesz": the writer after a greeting and a self-introduction.
                if next != 0x20 && b &- 0x61 < 26
                    && i >= 5 && s[i - 1] == 0x20 && (s[i - 2] == UInt8(ascii: "s") || s[i - 2] == UInt8(ascii: "u") || s[i - 2] == UInt8(ascii: "t")
                        || s[i - 2] == UInt8(ascii: "y") || s[i - 2] == UInt8(ascii: "o") || s[i - 2] == UInt8(ascii: "r") || s[i - 2] == UInt8(ascii: "n")),
                   let end = lowerCaseIntroName(s, i) { found.append(Hit(.person, i, end, 0.65)); i = end; continue }
                // "Cheers,\namy": the writer's given name in small letters under a closing.
                if (next == 0x0A || next == 0x0D || e == n) && b &- 0x61 < 26 && i >= 4 && s[i - 1] == 0x0A,
                   let end = lowerCaseSignature(s, i, e) { found.append(Hit(.person, i, end, 0.6)); i = end; continue }
                // A label's value alone on its line: "Name: amara".
                if (next == 0x0A || next == 0x0D || e == n) && b &- 0x61 < 26 && i >= 4 && s[i - 1] == 0x20 && s[i - 2] == UInt8(ascii: ":"),
                   let end = lowerCaseLabelledName(s, i) { found.append(Hit(.person, i, end, 0.6)); i = end; continue }
                if (next == UInt8(ascii: ",") || next == UInt8(ascii: "?") || next == UInt8(ascii: "!") || next == UInt8(ascii: ":")) && b &- 0x61 < 26
                    && (i == 0 || s[i - 1] == 0x0A), let end = lowerCaseVocative(s, i, e) {
                    found.append(Hit(.person, i, end, 0.6))
                    if next == UInt8(ascii: ":"), let (a, z) = passwordAnswer(s, i, end) { found.append(Hit(.password, a, z, 0.75)); i = z } else { i = end }
                    continue
                }
                // A chat's speakers in small letters: "travis: just use my token", "min-ji: ...", "terenc 4:52 PM".
                if (b &- 0x61 < 26 || b &- 0x41 < 26) && (i == 0 || s[i - 1] == 0x0A) && (next == UInt8(ascii: ":") || next == UInt8(ascii: "-") || next >= 0x80
                    || next == 0x20 && e + 1 < n && isDigit(s[e + 1])), let end = chatSpeakerInSmallLetters(s, i) {
                    found.append(Hit(.person, i, end, 0.6))
                    // A password answered to a question for one: "what's the wifi pw\nmin-ji: F@lc0n47!".
                    if let (a, z) = passwordAnswer(s, i, end) { found.append(Hit(.password, a, z, 0.75)); i = z } else { i = end }
                    continue
                }
                // A login and its password split by " / ": "netflix login: abi@x.com / Meadow_1612", "login is admin /
                // E5G&od85KUQ8lGL31RE for the router" (before the usual word passes).
                if ((b == UInt8(ascii: "l") || b == UInt8(ascii: "L")) && e - i == 5 || (b | 0x20 == UInt8(ascii: "w")) && e - i == 4)
                    && (next == UInt8(ascii: ":") || next == 0x20 && e + 1 < n && s[e + 1] == UInt8(ascii: "i")),
                   let (a, end) = loginSlashPassword(s, i, e) {
                    var j = e + 2
                    while j < a - 3, s[j] != UInt8(ascii: "@") { j += 1 }
                    // (The login itself is read on: an e-mail address there is found as such.)
                    if j < a - 3, let (ms, me) = SensitivityScanner.matchEmailRange(s, at: j) { found.append(Hit(.email, ms, me, 0.95)) }
                    found.append(Hit(.password, a, end, 0.8)); i = end; continue
                }
                // "aws configure set aws_secret_access_key wJalr...": the key's name, a space and the secret.
                if next == 0x20 && e - i == 21 && b == UInt8(ascii: "a"), let (a, end) = awsSecretAfterKeyName(s, i, e) {
                    found.append(Hit(.awsSecretKey, a, end, 0.9)); i = end; continue
                }
                // A default account and its password: "router admin / Adm1n@321".
                if next == 0x20 && e + 2 < n && s[e + 1] == UInt8(ascii: "/") && s[e + 2] == 0x20, let (a, end) = accountSlashPassword(s, i, e) {
                    found.append(Hit(.password, a, end, 0.8)); i = end; continue
                }
                // A network device's secret: "password 0 Winter375*", "enable secret 5 $1$...", "snmp-server community X RO".
                if next == 0x20 && e + 2 < n && (isDigit(s[e + 1]) && s[e + 2] == 0x20 && e - i >= 3 || e - i == 9 && b == UInt8(ascii: "c") && i >= 12),
                   let (type, a, end) = deviceConfigSecret(s, i, e) { found.append(Hit(type, a, end, 0.8)); i = end; continue }
                if f & ~(WordFlag.nameCue | WordFlag.address) == 0 && next == 0x20 && e + 1 < n && s[e + 1] != 0x20 && s[e + 1] != UInt8(ascii: "=") && s[e + 1] != UInt8(ascii: ":") {
                    i = e
                    continue
                }
                // A PostgreSQL password file's line: "db.internal:5432:app:app_rw:s3cret".
                if next == UInt8(ascii: ":") || next == UInt8(ascii: ".") || next == UInt8(ascii: "-"), i == 0 || s[i - 1] == 0x0A, let (a, end) = pgpassLine(s, i) {
                    found.append(Hit(.password, a, end, 0.85)); i = end; continue
                }
                // "Ping denise.alvarado in #infra": a company's login made of a given name and a surname.
                if next == UInt8(ascii: "."), b &- 0x61 < 26, e + 1 < n, s[e + 1] &- 0x61 < 26, let end = dottedName(s, i, e) { found.append(Hit(.person, i, end, 0.65)); i = end; continue }
                // sudo's log line: "sudo: dorie14 : TTY=pts/0 ; PWD=/home ; COMMAND=...".
                if next == UInt8(ascii: ":") || next == UInt8(ascii: "["), b == UInt8(ascii: "s"), e - i == 4, let (a, end) = sudoUser(s, i, e) {
                    found.append(Hit(.person, a, end, 0.7)); i = end; continue
                }
                // A log's account, a pull request's author.
                // (The keys' first letters: user, login, by, actor, author, assignee, approver, reviewer, requester, created_by,
                // changed_by, modified_by, deleted_by; updated_by and approved_by share u and a.)
                if next == UInt8(ascii: "=") || next == UInt8(ascii: ":"), b | 0x20 &- 0x61 < 26, (0x12_180F as UInt32) >> UInt32(b | 0x20 &- 0x61) & 1 != 0,
                   let (a, end) = accountAfterKey(s, i, e, next: next) {
                    found.append(Hit(.person, a, end, 0.7)); i = end; continue
                }
                if next == UInt8(ascii: "/"), let (a, end) = pullRequestAuthor(s, i, e) { found.append(Hit(.person, a, end, 0.7)); i = end; continue }
                // A credential pair in a message: "user admin, pass lantern_walnut_copper-36", "login: abi@x.com / Meadow_1612".
                if (b == UInt8(ascii: "p") || b == UInt8(ascii: "P")) && (e - i == 4 || e - i == 2) && (next == 0x20 || next == UInt8(ascii: ":")),
                   let (a, end) = passAfterUser(s, i, e) {
                    found.append(Hit(.password, a, end, 0.8)); i = end; continue
                }
                if e - i <= 4 && (next == UInt8(ascii: ":") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".")) && ASCII.isHex(b) {
                    if mayBeMAC(s, i), let end = macAddress(s, i) { found.append(Hit(.macAddress, i, end, 0.85)); i = end; continue }
                    if mayBeIPv6(s, i), let end = ipv6(s, i) {
                        // ("Accepted password for bob from fe80::1": who logged in, as at an address opening with a digit.)
                        if let (a, b) = logUserBefore(s, i), found.last.map({ $0.end <= a }) ?? true { found.append(Hit(.person, a, b, 0.7)) }
                        found.append(Hit(.ipAddress, i, end, 0.85)); i = end; continue
                    }
                }
                if f & WordFlag.month != 0 && isMonthLetter(b) && (next == 0x20 || next == UInt8(ascii: ".") || next >= 0x80) && e - i <= 16 && mayBeMonth(s, i),
                   let (start, end) = dateOfBirth(s, i, csv) { found.append(Hit(.dateOfBirth, start, end, 0.8)); i = end; continue }
                if f & WordFlag.french != 0 && b &- 0x61 < 26 && frenchStreet(s, i), let end = streetAddress(s, i) ?? numberlessFrenchStreet(s, i) {
                    found.append(Hit(.streetAddress, i, end, 0.75)); i = end; continue
                }
                if f & WordFlag.slack != 0, b == UInt8(ascii: "h"), let end = slackWebhook(s, i) { found.append(Hit(.slackToken, i, end, 0.95)); i = end; continue }
                if f & WordFlag.slack != 0, b == UInt8(ascii: "h"), let end = discordWebhook(s, i) { found.append(Hit(.genericAPIKey, i, end, 0.9)); i = end; continue }
                if mayAssign(s, i, e), let (type, start, end) = assignment(s, i, wordEnd: e) ?? nameValuePair(s, i, e) {
                    found.append(Hit(type, start, end, 0.8)); i = end; continue
                }
                if f & WordFlag.prose != 0 && (next == 0x20 || next == UInt8(ascii: ":")) && mayBeProseSecretWord(b, e - i),
                   let (type, start, end) = proseSecret(s, i, e) {
                    namesBetween(s, e, start, csv, &found)
                    found.append(Hit(type, start, end, 0.75)); i = end; continue
                }
                // A password asked for and given on a later line of a chat: "what's the wifi password?" ... "Zoe (14:02): Tr0ut.2291!".
                if f & WordFlag.prose != 0 && (next == UInt8(ascii: "?") || next == 0x20) && mayBeProseSecretWord(b, e - i),
                   let (a, end) = passwordAnsweredBelow(s, i, e) {
                    found.append(Hit(.password, a, end, 0.75))
                }
                // A password word with letters outside ASCII: "Hasło:", "contraseña", "şifre" (the word ends at such a letter).
                // Turkish "API anahtarı: 6308ce3f...", the key.
                if next == 0xC4 && e - i == 7, let (type, start, end) = turkishKeyValue(s, i, e) { found.append(Hit(type, start, end, 0.75)); i = end; continue }
                if next >= 0x80 && e - i <= 9, let (type, start, end) = foreignPassword(s, i) {
                    namesBetween(s, e, start, csv, &found)
                    found.append(Hit(type, start, end, 0.75)); i = end; continue
                }
                i = e
                continue
            } else if b == UInt8(ascii: ":"), i + 2 < n, s[i + 1] == UInt8(ascii: ":"), ASCII.isHex(s[i + 2]), i == 0 || !isAlnum(s[i - 1]) {
                if let end = ipv6(s, i) { found.append(Hit(.ipAddress, i, end, 0.85)); i = end; continue }
            }
            i += 1
        }
        }
        }
        }
    }

    /// At "aws_secret_access_key" s[i..<e] and a space: forty characters of base64 to a word's end, as `aws configure set`
    /// takes them. Their range.
    static func awsSecretAfterKeyName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        guard lowerEquals(s, i, e, "aws_secret_access_key") else { return nil }
        return awsSecretAfterKeyId(s, e)
    }

    /// After an AWS key id ending at `end`: " / ", ":", ", " or " " and forty characters of base64, the pair's secret. Its range.
    static func awsSecretAfterKeyId(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        let n = s.count
        var a = end
        if a + 3 < n, s[a] == 0x20, s[a + 1] == UInt8(ascii: "/"), s[a + 2] == 0x20 { a += 3 }
        else if a + 2 < n, s[a] == UInt8(ascii: ",") || s[a] == UInt8(ascii: ":"), s[a + 1] == 0x20 { a += 2 }
        else if a + 1 < n, s[a] == UInt8(ascii: ":") || s[a] == 0x20 { a += 1 }
        else { return nil }
        let b = a + 40
        guard b <= n, b == n || !(ASCII.isAlnum(s[b]) || s[b] == UInt8(ascii: "/") || s[b] == UInt8(ascii: "+")),
              (a..<b).allSatisfy({ ASCII.isAlnum(s[$0]) || s[$0] == UInt8(ascii: "/") || s[$0] == UInt8(ascii: "+") }),
              (a..<b).contains(where: { ASCII.isDigit(s[$0]) || s[$0] == UInt8(ascii: "/") || s[$0] == UInt8(ascii: "+") }),
              (a..<b).contains(where: { s[$0] &- 0x61 < 26 }), (a..<b).contains(where: { s[$0] &- 0x41 < 26 }) else { return nil }
        return (a, b)
    }

    /// A vCard line at `i` (a line's start) that holds an address or a birthday: `ADR` (parameters after
    /// ';', then ':' and the components pobox;ext;street;locality;region;postcode;country) and `BDAY` in
    /// the compact form (YYYYMMDD; the other forms are dates after a birth word). The value's range.
    static func vCardField(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (PIIType, Int, Int)? {
        let n = s.count
        let adr = i + 4 < n && s[i] == UInt8(ascii: "A") && s[i + 1] == UInt8(ascii: "D") && s[i + 2] == UInt8(ascii: "R")
        let bday = i + 5 < n && s[i] == UInt8(ascii: "B") && s[i + 1] == UInt8(ascii: "D") && s[i + 2] == UInt8(ascii: "A") && s[i + 3] == UInt8(ascii: "Y")
        guard adr || bday else { return nil }
        var k = i + (adr ? 3 : 4)
        guard s[k] == UInt8(ascii: ":") || s[k] == UInt8(ascii: ";") else { return nil }
        while k < n, k - i < 80, s[k] != UInt8(ascii: ":"), s[k] != 0x0A { k += 1 }
        guard k < n, s[k] == UInt8(ascii: ":") else { return nil }
        var a = k + 1
        var e = a
        while e < n, s[e] != 0x0A, s[e] != 0x0D, e - a < 200 { e += 1 }
        if bday {
            guard e - a == 8, allDigits(s, a, 8) else { return nil }
            let month = Int(s[a + 4] - 48) * 10 + Int(s[a + 5] - 48), day = Int(s[a + 6] - 48) * 10 + Int(s[a + 7] - 48)
            return (1...12).contains(month) && (1...31).contains(day) ? (.dateOfBirth, a, e) : nil
        }
        while a < e, s[a] == UInt8(ascii: ";") { a += 1 }
        while e > a, s[e - 1] == UInt8(ascii: ";") || s[e - 1] == 0x20 { e -= 1 }
        guard e - a >= 8, (a..<e).contains(where: { isDigit(s[$0]) }), (a..<e).contains(where: { ASCII.isAlpha(s[$0]) }) else { return nil }
        return (.streetAddress, a, e)
    }

    /// After a run of 1 to 4 digits ending at `k` and followed by `c`: could a date start here? The
    /// shapes `date` reads: d[.] Month..., or three groups of digits joined by one of / - . (the
    /// middle group of at most four digits).
    @inline(__always) static func mayBeNumericDate(_ s: UnsafeBufferPointer<UInt8>, _ k: Int, _ run: Int, _ c: UInt8) -> Bool {
        let n = s.count
        switch c {
        case 0x20:
            // "25 April", and the Spanish "25 de abril"
            guard run <= 2 && k + 1 < n else { return false }
            if k + 4 < n, s[k + 1] == UInt8(ascii: "d"), s[k + 2] == UInt8(ascii: "e"), s[k + 3] == 0x20 { return mayBeMonth(s, k + 4) }
            return mayBeMonth(s, k + 1)
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
            // "12. 6. 1940" (Czech, Croatian), "1972. 04. 05." (Hungarian): a full stop and a space between the fields.
            if c == UInt8(ascii: "."), run <= 2 || run == 4, k + 2 < n, s[k + 1] == 0x20, isDigit(s[k + 2]) {
                var m = k + 2
                while m < n, isDigit(s[m]), m - k <= 4 { m += 1 }
                return m - k <= 4 && m + 2 < n && s[m] == c && s[m + 1] == 0x20 && isDigit(s[m + 2])
            }
            // "8. Dezember".
            if c == UInt8(ascii: "."), run <= 2, k + 2 < n, s[k + 1] == 0x20 { return mayBeMonth(s, k + 2) }
            var m = k + 1
            while m < n, isDigit(s[m]), m - k <= 4 { m += 1 }
            return m - k >= 2 && m - k <= 5 && m + 1 < n && s[m] == c && isDigit(s[m + 1])
        default: return false
        }
    }

    /// A card or an SSN at the digit run at `i` (unless inside the last one): recorded unless `code`.
    static func numberAt(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, code: Bool, _ numbersEnd: inout Int, _ numbers: inout [Hit]) {
        guard i >= numbersEnd else { return }
        var k = i + 1
        while k < s.count, isDigit(s[k]) { k += 1 }
        numberAt(s, i, run: k - i, next: k < s.count ? s[k] : 0, code: code, &numbersEnd, &numbers)
    }

    static func numberAt(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, run: Int, next c: UInt8, code: Bool,
                         _ numbersEnd: inout Int, _ numbers: inout [Hit]) {
        guard i >= numbersEnd else { return }
        var kind = PIIType.usSSN
        var found: Int? = nil
        if run == 3 { found = SensitivityScanner.matchSSN(s, at: i) }
        else if SensitivityScanner.mayBeCard(run: run, next: c) {
            found = SensitivityScanner.matchCard(s, at: i)
            kind = .creditCard
        }
        guard let end = found else { return }
        numbersEnd = end
        if !code { numbers.append(Hit(kind, i, end, 0.95)) }
    }

    /// At the '/' at `k` after a unit's number: a house number and a capitalized word ("8/82 Hale Deviation"),
    /// looked at before any address is tried, as most numbers with a slash are dates ("12/05/2024").
    @inline(__always) static func slashNumberThenWord(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var m = k + 1
        while m < s.count, m - k <= 4, isDigit(s[m]) { m += 1 }
        return m > k + 1 && m + 1 < s.count && s[m] == 0x20 && s[m + 1] &- 0x41 < 26
    }

    /// At the '/' at `k`: a second number and ", " or the line's end ("26/12, Iyengar Street", "82/02\nKant Road"), as
    /// Indian house numbers are written.
    @inline(__always) static func slashNumberThenComma(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var m = k + 1
        while m < s.count, m - k <= 4, isDigit(s[m]) { m += 1 }
        return m > k + 1 && m + 1 < s.count && (s[m] == UInt8(ascii: ",") && s[m + 1] == 0x20 || s[m] == 0x0A && s[m + 1] &- 0x41 < 26)
    }

    /// The people named between a password's word and its value ("La contraseña del correo de Tommaso es ..."),
    /// which the scan passes over: each capitalized word there read as at any other.
    static func namesBetween(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ csv: CSVHeader?, _ found: inout [Hit]) {
        var j = from
        while j < to {
            let c = s[j]
            if (c &- 0x41 < 26 || c &- 0xC3 < 3) && s[j - 1] == 0x20, let (end, type, confidence) = streetOrName(s, j, csv), end <= to {
                // ("Ben & Jerry's" is a brand here as anywhere.)
                if type == .person, let e = famousPairEnd(s, j, end) { j = max(e, j + 1); continue }
                if type == .person && confidence > 0 { found.append(Hit(.person, j, end, confidence)) }
                j = max(end, j + 1)
                continue
            }
            j += 1
        }
    }

    /// The word detectors a word's first two letters can lead to.
    enum WordFlag {
        static let jwt: UInt8 = 1, month: UInt8 = 2, french: UInt8 = 4, slack: UInt8 = 8, prose: UInt8 = 16, secret: UInt8 = 32
        /// "is", "it's", "ping", "wife", "husband", "partner", "colleague": a name written in lower
        /// case may follow ("who is amy davis?").
        static let nameCue: UInt8 = 64
        /// "address", "adresse", "indirizzo", "endereço", "dirección", "morada", "location", "premises", "shipTo": a
        /// labelled address may follow.
        static let address: UInt8 = 128
        static let all: UInt8 = 255
    }

    /// Flags by the first two letters (lower-cased, a-z each): a month name, a French street type, a
    /// prose secret word, a JWT ("ey") or a webhook ("ht") starts with them.
    static let wordFlagTable: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 26 * 26)
        func mark(_ word: String, _ flag: UInt8) {
            let u = Array(word.utf8)
            guard u.count >= 2, (u[0] | 0x20) &- 0x61 < 26, (u[1] | 0x20) &- 0x61 < 26 else { return }
            t[Int((u[0] | 0x20) - 0x61) * 26 + Int((u[1] | 0x20) - 0x61)] |= flag
        }
        mark("ey", WordFlag.jwt)
        mark("is", WordFlag.nameCue)
        mark("pi", WordFlag.nameCue)
        for w in ["it", "wi", "hu", "pa", "co", "cc", "as", "te", "th"] { mark(w, WordFlag.nameCue) }
        for w in lowerCaseNameCueWords { mark(w, WordFlag.nameCue) }
        // (The fast path below lets a word with only these flags through once their tests fail.)
        for w in ["ad", "in", "en", "di", "lo", "pr", "sh", "mo", "os", "al", "an", "by", "la", "do", "na", "aa"] { mark(w, WordFlag.address) }
        mark("ht", WordFlag.slack)
        for p in ["sk", "rk", "gh", "gi", "xo", "xa", "np", "hf", "py", "do", "gl", "sh", "ke", "sg", "li", "pm"] { mark(p, WordFlag.secret) }
        for m in months { mark(m, WordFlag.month) }
        for w in frenchStreetTypes { mark(String(decoding: w, as: UTF8.self), WordFlag.french) }
        for w in proseSecretWords { mark(String(decoding: w.word, as: UTF8.self), WordFlag.prose) }
        return t
    }()

    /// Words for a street or a square that languages write in small letters after the name ("Karl Johans gate", "Kongens
    /// Nytorv" is one word) or before it ("ulicy Freta", "đường Lê Lợi"), and the saints churches and squares are named after.
    static let streetWordsAfterName = WordTable(["gate", "gata", "gatan", "gade", "vej", "vei", "veien", "vegen", "plass", "plassen",
                                                 "torg", "torget", "torv", "allé", "stræde", "straede", "kaj", "strasse", "straße"].map { ($0, 1) })
    static let streetWordsBeforeName = WordTable(["ulica", "ulicy", "ulicą", "ulice", "đường", "phố", "rue", "via", "calle", "rua",
                                                  "avenida", "strada", "viale", "piazza", "plaza", "praça", "placa", "utca",
                                                  "Đường", "Phố"].map { ($0, 1) }
                                                 + ["Santa", "Santo", "San", "São", "Sankt", "Saint", "Sainte", "Sint"].map { ($0, 2) })

    /// s[i..<end] has one of `streetWordsAfterName` right after it or one of `streetWordsBeforeName` right before it.
    static func streetWordAround(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let n = s.count
        if end + 2 < n, s[end] == 0x20, s[end + 1] &- 0x61 < 26 {
            var e = end + 1
            while e < n, e - end <= 9, s[e] &- 0x61 < 26 || s[e] >= 0x80 { e += 1 }
            if e == n || !ASCII.isAlpha(s[e]) && s[e] < 0x80 && s[e] != UInt8(ascii: "-"), streetWordsAfterName.lookup(s, end + 1, e) != 0 { return true }
        }
        // The span's own first word: "Đường Lê Lợi" opening a sentence (not a saint's word, which people are named too:
        // "Santo Burns").
        var w = i
        while w < end, s[w] != 0x20 { w += 1 }
        if w < end, streetWordsBeforeName.lookup(s, i, w) == 1 { return true }
        guard i >= 3, s[i - 1] == 0x20 else { return false }
        var a = i - 1
        while a > 0, i - 1 - a < 10, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        return a < i - 1 && (a == 0 || !ASCII.isAlpha(s[a - 1]) && s[a - 1] < 0x80) && streetWordsBeforeName.lookup(s, a, i - 1) != 0
    }

    /// The capitalized word before s[i..<end] (a title: "Mr", "Dr.", "Inspector") and the name together are a famous name.
    static func titledFamousName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i >= 3, s[i - 1] == 0x20 else { return false }
        var t = i - 1
        if s[t - 1] == UInt8(ascii: ".") { t -= 1 }
        let e = t
        while t > 0, e - t < 12, ASCII.isAlpha(s[t - 1]) { t -= 1 }
        guard e - t >= 2, s[t] &- 0x41 < 26, t == 0 || !ASCII.isAlpha(s[t - 1]) else { return false }
        return isFamousName(s, t, end)
    }

    /// The flags for the word at `i`. A second byte past ASCII (février, März) may still start a month
    /// or a street type: every flag. A second byte that is no letter starts none of these words.
    @inline(__always) static func wordFlags(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard i + 1 < s.count else { return 0 }
        let second = s[i + 1]
        if second >= 0x80 { return WordFlag.all }
        let a = (s[i] | 0x20) &- 0x61, b = (second | 0x20) &- 0x61
        guard a < 26, b < 26 else { return 0 }
        return table[Int(a) &* 26 &+ Int(b)]
    }

    // MARK: context

    static func contains(_ hay: [UInt8], _ needle: String) -> Bool { contains(hay, Array(needle.utf8)) }

    static func contains(_ hay: [UInt8], _ n: [UInt8]) -> Bool {
        guard !n.isEmpty, n.count <= hay.count else { return false }
        outer: for k in 0...(hay.count - n.count) where hay[k] == n[0] {
            for m in 1..<n.count where hay[k + m] != n[m] { continue outer }
            return true
        }
        return false
    }

    /// Does any of `words` occur (case-insensitively) in the `width` bytes before `i`? No allocation:
    /// one pass over the window; a table says which words can start at each byte, and only those are compared.
    static func anyBefore(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int, _ words: ContextWords) -> Bool {
        if i == 0 { return false }
        return matches(s, max(0, i - width), i, words, all: false) != 0
    }

    /// The words of `words` that occur (case-insensitively) in s[from..<to], as bits; with `all` false,
    /// the first one found.
    static func matches(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ i: Int, _ words: ContextWords, all: Bool) -> UInt32 {
        var found: UInt32 = 0
        guard from < i else { return 0 }
        return words.firstMask.withUnsafeBufferPointer { firstMask in
            words.secondMask.withUnsafeBufferPointer { secondMask in
            words.bytes.withUnsafeBufferPointer { bytes in
                words.offsets.withUnsafeBufferPointer { offsets in
                    // The words that start at k and end by i, as bits (all of them, or the first).
                    @inline(__always) func at(_ k: Int) -> Bool {
                        // The last byte of the range can only start a word of one byte. (Both bytes are
                        // read at every place: a test of the first alone saves instructions but costs
                        // more mispredicted branches than it saves.)
                        var mask = firstMask[Int(s[k])] & (k + 1 < i ? secondMask[Int(s[k + 1])] : words.singles)
                        while mask != 0 {
                            let w = mask.trailingZeroBitCount
                            mask &= mask &- 1
                            let a = offsets[w], count = offsets[w + 1] - a
                            guard k + count <= i else { continue }
                            var m = 1
                            while m < count && ASCII.lower(s[k + m]) == bytes[a + m] { m += 1 }
                            if m == count {
                                found |= 1 << UInt32(w)
                                if !all { return true }
                            }
                        }
                        return false
                    }
                    var k = from
                    // Words with at most four first bytes ("born", "dob", "geboren", "né le"): eight
                    // window bytes a step, and only the places that hold a first byte are looked at.
                    if words.firstCount > 0, let base = s.baseAddress {
                        let (f0, f1, f2, f3) = words.firsts
                        while k < i && k &+ 8 <= s.count {
                            let w = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
                            var hits = ByteRuns.equal(w, f0) | ByteRuns.equal(w, f1) | ByteRuns.equal(w, f2) | ByteRuns.equal(w, f3)
                            if i &- k < 8 { hits &= (UInt64(1) << UInt64(8 &* (i &- k))) &- 1 }
                            while hits != 0 {
                                let p = k &+ hits.trailingZeroBitCount >> 3
                                hits &= hits &- 1
                                if at(p) { return found }
                            }
                            k &+= 8
                        }
                        if k >= i { return found }
                    }
                    while k < i {
                        if at(k) { return found }
                        k += 1
                    }
                    return found
                }
            }
            }
        }
    }

    @inline(__always) static func endsToken(_ s: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        j >= s.count || !(isAlnum(s[j]) || s[j] == UInt8(ascii: "_"))
    }

    /// In CSV, a date in the column whose header names a birth date.
    static func csvBirthColumn(_ csv: CSVHeader?, _ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let h = csv, let c = h.column(s, start) else { return false }
        return h.isBirth[c]
    }

    /// In CSV, a value in the column whose header names a phone number.
    static func csvPhoneColumn(_ csv: CSVHeader?, _ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let h = csv, let c = h.column(s, start) else { return false }
        return h.isPhone[c]
    }

    /// In a spreadsheet's phone column, a field from `start` written as any phone is ("(48) 91591-9752",
    /// "0676/097 19 46"): where it ends.
    static func csvPhoneField(_ csv: CSVHeader?, _ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard let h = csv, start > 0, s[start - 1] == h.delimiter || s[start - 1] == h.quote || s[start - 1] == 0x0A,
              let end = phoneShapedField(s, start), end == s.count || s[end] == h.delimiter || s[end] == h.quote || s[end] == 0x0A || s[end] == 0x0D,
              csvPhoneColumn(csv, s, start) else { return nil }
        return end
    }

    /// Columns of codes, not people: a value under one of these headers is no phone or SSN.
    static func csvCodeColumn(_ csv: CSVHeader?, _ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let h = csv, let c = h.column(s, start) else { return false }
        return h.isCode[c]
    }

    /// A document's CSV header, read once per scan: when its first line is short and has commas.
    public struct CSVHeader: Sendable {
        /// Where the header line ends (its newline).
        let end: Int
        /// ',', ';' or a tab.
        let delimiter: UInt8
        let isName: [Bool]
        let isNamePart: [Bool]
        let isBirth: [Bool]
        let isCode: [Bool]
        let isPhone: [Bool]
        /// The quote fields are written in: '"' in CSV, '\'' in SQL's VALUES, 0 for none (COPY's rows).
        var quote: UInt8 = UInt8(ascii: "\"")
        /// SQL's VALUES: each row opens with "(", so a field's column counts from the last one.
        var parenRows = false

        static let nameColumns: Set<String> = ["name", "full_name", "customer", "customer_name", "contact", "patient", "nom", "namn",
                                               "naam", "nome", "nombre", "navn", "imię i nazwisko", "full name", "guest", "guests"]
        /// Columns of one part of a name: there a single word is a name too.
        static let namePartColumns: Set<String> = ["first_name", "last_name", "given_name", "surname", "family_name", "firstname",
                                                    "lastname", "forename", "first name", "last name", "vorname", "nachname", "prénom",
                                                    "apellido", "apellidos", "cognome", "voornaam", "achternaam", "fornavn", "efternamn",
                                                    "förnamn", "etternavn", "efternavn", "sobrenome", "first", "last", "given",
                                                    "family", "forenames", "imię", "imie", "nazwisko", "ad", "soyad", "adı", "soyadı",
                                                    "jméno", "příjmení", "etunimi", "sukunimi", "keresztnév", "vezetéknév", "prenume",
                                                    "nume", "nama depan", "nama belakang", "primer apellido", "segundo apellido"]
        static let codeColumns = ["sku", "id", "code", "order", "product", "ean", "upc", "part", "serial", "ref"]

        /// Words of a header that say its column holds people, by who they are there ("Employee", "Assigned to",
        /// "Ansprechpartner", "Contact person", "Customer name"), in the languages exports are written in.
        static let peopleColumnWords: Set<String> = [
            "employee", "staff", "member", "owner", "assignee", "assigned", "requester", "requestor", "reporter", "author",
            "contact", "person", "customer", "client", "patient", "tenant", "guest", "attendee", "participant", "student",
            "pupil", "parent", "guardian", "driver", "passenger", "traveller", "traveler", "recipient", "sender", "volunteer",
            "applicant", "candidate", "resident", "buyer", "seller", "payee", "cardholder", "holder", "beneficiary", "spouse",
            "kin", "manager", "supervisor", "technician", "engineer", "agent", "rep", "doctor", "physician", "nurse", "teacher",
            "coach", "speaker", "presenter", "host", "organizer", "organiser", "reviewer", "approver", "signatory", "witness",
            "landlord", "caller", "player", "worker", "colleague", "lead", "fullname", "names",
            "ansprechpartner", "mitarbeiter", "mitarbeiterin", "kunde", "kundin", "kundenname", "teilnehmer", "teilnehmerin",
            "patientin", "mieter", "mieterin", "vermieter", "fahrer", "schüler", "lehrer", "besteller", "empfänger", "inhaber",
            "cliente", "nominativo", "paziente", "dipendente", "referente", "partecipante", "inquilino", "studente", "titolare",
            "klant", "klantnaam", "medewerker", "deelnemer", "huurder", "contactpersoon", "leerling", "empleado", "participante",
            "inquilina", "alumno", "titular", "funcionário", "funcionario", "locataire", "salarié", "employé",
            "élève", "pracownik", "klient", "uczestnik", "najemca", "pacjent", "müşteri", "personel", "katılımcı", "kiracı",
            "hasta", "öğrenci", "kund", "anställd", "deltagare", "hyresgäst", "elev", "ansatt", "deltaker",
        ]
        /// Words of a header that say its column holds a thing's name or a person's other detail ("Company name",
        /// "Customer ID", "Contact email", "Owner team").
        static let notPeopleColumnWords: Set<String> = [
            "id", "no", "nr", "number", "num", "code", "ref", "email", "mail", "phone", "tel", "mobile", "address", "city",
            "country", "company", "firm", "organisation", "organization", "org", "business", "vendor", "supplier", "product",
            "item", "file", "host", "domain", "user", "username", "login", "street", "project", "team", "group", "account",
            "bank", "brand", "app", "service", "device", "server", "shop", "store", "venue", "event", "course", "school",
            "plan", "package", "model", "dish", "pet", "ship", "campaign", "list", "role", "job", "title", "department",
            "dept", "site", "location", "place", "type", "status", "count", "date", "time", "dob", "birth", "age", "score",
            "rating", "comment", "comments", "notes", "note", "feedback", "segment", "tier", "since", "level", "share",
            "firma", "unternehmen", "azienda", "empresa", "bedrijf", "société", "nummer", "numero", "número", "telefon",
        ]

        /// A header's column of people: a word of it one of `peopleColumnWords` and none of `notPeopleColumnWords`
        /// ("Employee", "Assigned to", "Customer name", not "Customer ID", "Company name", "Contact email").
        static func peopleColumn(_ name: String) -> Bool {
            let words = name.split(whereSeparator: { !$0.isLetter }).map(String.init)
            return words.contains { peopleColumnWords.contains($0) } && !words.contains { notPeopleColumnWords.contains($0) }
        }

        public init?(_ s: UnsafeBufferPointer<UInt8>) {
            if let sql = CSVHeader.sqlColumns(s) { self = sql; return }
            let limit = min(s.count, 400)
            // Most texts have no short first line with a comma: find that out with memchr first.
            guard limit > 0, let base = s.baseAddress, let nl = memchr(base, 0x0A, limit) else { return nil }
            let firstLine = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
            // Commas, or the semicolons and tabs of European and spreadsheet exports.
            var delimiter: UInt8 = 0
            for d in [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09] where memchr(base, Int32(d), firstLine) != nil { delimiter = d; break }
            guard delimiter != 0 else { return nil }
            var headerEnd = 0
            var commaCount = 0
            while headerEnd < limit, s[headerEnd] != 0x0A {
                if s[headerEnd] == delimiter { commaCount += 1 }
                headerEnd += 1
            }
            guard headerEnd < limit, commaCount > 0 else { return nil }
            var header = s[0..<headerEnd].map { ASCII.lower($0) }
            if header.last == 0x0D { header.removeLast() }
            guard !header.contains(0x20) || commaCount >= 2 else { return nil }
            // (A quoted header's names without their quotes: "\"Name\",\"Address\"".)
            let columns = header.split(separator: delimiter, omittingEmptySubsequences: false).map {
                String(decoding: $0.filter { $0 != UInt8(ascii: "\"") }, as: UTF8.self).lowercased().trimmingSpaces
            }
            self.init(end: headerEnd, delimiter: delimiter, columns: columns)
        }

        /// The columns named, their kinds read from the names.
        init(end: Int, delimiter: UInt8, columns: [String]) {
            self.end = end
            self.delimiter = delimiter
            isName = columns.map { Self.nameColumns.contains($0) || Self.namePartColumns.contains($0) || Self.peopleColumn($0) }
            // Beside a column of a name's part, "name" is the other part: "cognome;nome" (the given name),
            // "Name;Vorname" (the surname).
            let parts = columns.contains { Self.namePartColumns.contains($0) }
            isNamePart = columns.map { Self.namePartColumns.contains($0) || parts && Self.nameColumns.contains($0) }
            isBirth = columns.map { name in Self.birthColumnWords.contains { name.contains($0) } }
            isCode = columns.map { name in Self.codeColumns.contains { name == $0 || name.hasSuffix("_" + $0) || name.hasPrefix($0 + "_") } }
            isPhone = columns.map { name in
                Self.phoneColumnWords.contains { name.contains($0) } || Self.phoneColumns.contains { name == $0 || name.hasSuffix("_" + $0) || name.hasPrefix($0 + "_") }
            }
        }

        /// A SQL dump's column list in its first 8 KB, as a header for the rows on the lines after it:
        /// "INSERT INTO `users` (`id`,`first_name`,...) VALUES" then "(1000,'Adaeze','Chukwu',...)," a
        /// line each (fields quoted with '\''), or PostgreSQL's "COPY public.users (id, first_name, ...)
        /// FROM stdin;" then tab-separated rows.
        static func sqlColumns(_ s: UnsafeBufferPointer<UInt8>) -> CSVHeader? {
            guard let base = s.baseAddress else { return nil }
            let limit = min(s.count, 8192)
            for (keyword, copy) in [("INSERT INTO ", false), ("insert into ", false), ("COPY ", true)] {
                let w = Array(keyword.utf8)
                var k: Int? = nil
                var from = 0
                // memchr for the first letter, then the rest compared.
                while from + w.count <= limit, let p = memchr(base + from, Int32(w[0]), limit - from - w.count + 1) {
                    let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if (1..<w.count).allSatisfy({ s[at + $0] == w[$0] }) { k = at; break }
                    from = at + 1
                }
                guard let at = k, at == 0 || s[at - 1] == 0x0A || s[at - 1] == 0x20 else { continue }
                var e = at
                while e < s.count, s[e] != 0x0A { e += 1 }
                guard e <= s.count, let open = (at..<e).first(where: { s[$0] == UInt8(ascii: "(") }),
                      let close = (open..<e).first(where: { s[$0] == UInt8(ascii: ")") }) else { continue }
                var rest = s[(close + 1)..<e].map { ASCII.lower($0) }
                while rest.last == 0x0D || rest.last == 0x20 { rest.removeLast() }
                let tail = String(decoding: rest, as: UTF8.self).trimmingSpaces
                // The rows may follow on the same line: "... (id, first_name) VALUES (1, 'Carys'), (2, 'Ivo');".
                let inline = !copy && (tail.hasPrefix("values (") || tail.hasPrefix("values("))
                guard copy ? tail == "from stdin;" : tail == "values" || inline, e < s.count || inline else { continue }
                let headerEnd = inline ? (close + 1..<e).first(where: { s[$0] == UInt8(ascii: "(") })! : e
                let columns = s[(open + 1)..<close].split(separator: UInt8(ascii: ",")).map {
                    String(decoding: $0.filter { $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "]") },
                           as: UTF8.self).lowercased().trimmingSpaces
                }
                guard columns.count >= 2 else { continue }
                // A table of things names them under "name" too: there only a column of a name's part is a person's.
                let table = String(decoding: s[(at + keyword.utf8.count)..<open], as: UTF8.self).lowercased()
                let things = thingTables.contains { table.contains($0) }
                var h = CSVHeader(end: headerEnd, delimiter: copy ? 0x09 : UInt8(ascii: ","),
                                  columns: things ? columns.map { Self.nameColumns.contains($0) ? "" : $0 } : columns)
                h.quote = copy ? 0 : UInt8(ascii: "'")
                h.parenRows = !copy
                return h
            }
            return nil
        }

        /// Words of the names of tables that hold things, not people.
        static let thingTables = ["product", "item", "categor", "tag", "city", "cities", "countr", "store", "shop", "warehouse", "sku", "brand",
                                  "plan", "role", "permission", "group", "team", "project", "tool", "service", "menu", "dish", "recipe",
                                  "course", "event", "venue", "location", "place", "region", "compan", "organi", "vendor", "supplier"]

        /// Header words of a date of birth's column, and of a phone's, in the languages of the name lists.
        static let birthColumnWords = ["dob", "birth", "naissance", "födelse", "geburt", "nascimento", "nacimiento", "nascita",
                                       "fødsel", "urodzenia", "geboorte", "syntym", "data ur",
                                       // Turkish "doğum tarihi", Indonesian "tanggal lahir", Swedish "född".
                                       "dogum", "doğum", "lahir", "född"]
        static let phoneColumnWords = ["phone", "mobile", "telefon", "téléphone", "telefone", "teléfono", "telefono", "celular",
                                       "móvil", "handy", "mobil", "gsm", "cellulare", "cellular", "movil", "portable", "mobiel",
                                       "komórka", "komorka", "cep tel"]

        static let phoneColumns = ["tel", "telephone", "cell", "fax"]

        init(end: Int, delimiter: UInt8, isName: [Bool], isNamePart: [Bool], isBirth: [Bool], isCode: [Bool], isPhone: [Bool]) {
            self.end = end
            self.delimiter = delimiter
            self.isName = isName
            self.isNamePart = isNamePart
            self.isBirth = isBirth
            self.isCode = isCode
            self.isPhone = isPhone
        }

        /// The same header for a later part of the document, where every position is past it.
        public func continued() -> CSVHeader {
            var h = CSVHeader(end: -1, delimiter: delimiter, isName: isName, isNamePart: isNamePart, isBirth: isBirth, isCode: isCode, isPhone: isPhone)
            h.quote = quote
            return h
        }

        /// The column `start` is in (commas outside quotes since the line began), after the header line.
        func column(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
            guard start > end else { return nil }
            var lineStart = start
            while lineStart > 0, s[lineStart - 1] != 0x0A { lineStart -= 1 }
            var commas = 0, inQuotes = false
            for k in max(lineStart, end)..<start {
                if s[k] == quote { inQuotes.toggle() }
                else if s[k] == delimiter, !inQuotes { commas += 1 }
                else if parenRows, s[k] == UInt8(ascii: "("), !inQuotes { commas = 0 }
            }
            return commas < isName.count ? commas : nil
        }
    }

}

/// Context words for `anyBefore`, lower-case, packed in one array, with a table from each byte to
/// the words that start with it (either case): a window byte that starts none costs one load.
struct ContextWords: Sendable {
    /// The words, one after another; word w is bytes[offsets[w]..<offsets[w + 1]].
    let bytes: [UInt8]
    let offsets: [Int]
    /// Byte -> bit w set when word w starts with that byte (its upper case too).
    let firstMask: [UInt32]
    /// Byte -> bit w set when word w's second byte is that byte (its upper case too), or when word w
    /// has only one byte: with `firstMask`, two bytes rule out almost every word before it is compared.
    let secondMask: [UInt32]
    /// The words of one byte.
    let singles: UInt32
    /// The words' distinct first bytes with bit 5 set (so both cases of a letter are one value), when
    /// there are at most four of them; `firstCount` 0 when there are more. A window's byte ORed with
    /// 0x20 that equals none of them starts no word.
    let firsts: (UInt8, UInt8, UInt8, UInt8)
    let firstCount: Int
    init(_ words: [String]) {
        precondition(words.count <= 32)
        var bytes: [UInt8] = [], offsets = [0]
        var mask = [UInt32](repeating: 0, count: 256)
        var second = [UInt32](repeating: 0, count: 256)
        var singles: UInt32 = 0
        for (w, word) in words.enumerated() {
            let u = Array(word.utf8)
            bytes += u
            offsets.append(bytes.count)
            mask[Int(u[0])] |= 1 << UInt32(w)
            if u[0] &- 0x61 < 26 { mask[Int(u[0] - 0x20)] |= 1 << UInt32(w) }
            if u.count == 1 {
                singles |= 1 << UInt32(w)
            } else {
                second[Int(u[1])] |= 1 << UInt32(w)
                if u[1] &- 0x61 < 26 { second[Int(u[1] - 0x20)] |= 1 << UInt32(w) }
            }
        }
        for b in 0..<256 { second[b] |= singles }
        self.bytes = bytes
        self.offsets = offsets
        firstMask = mask
        secondMask = second
        self.singles = singles
        var distinct: [UInt8] = []
        for w in words { let b = Array(w.utf8)[0] | 0x20; if !distinct.contains(b) { distinct.append(b) } }
        if distinct.count <= 4 {
            let d = distinct
            firsts = (d[0], d[min(1, d.count - 1)], d[min(2, d.count - 1)], d[min(3, d.count - 1)])
            firstCount = d.count
        } else {
            firsts = (0, 0, 0, 0)
            firstCount = 0
        }
    }
}

/// A set of byte values as two words of literal bits (ASCII) and one answer for every byte from
/// 0x80: a test without a table, so without the initialization check every read of a static table pays.
struct ByteClass {
    let low: UInt64, high: UInt64
    let nonASCII: Bool

    @inline(__always) func contains(_ c: UInt8) -> Bool {
        if c >= 0x80 { return nonASCII }
        return ((c >= 64 ? high : low) &>> UInt64(c & 63)) & 1 != 0
    }

    /// After a name's capital: lower-case letters, UTF-8, '-' and the apostrophe.
    static var name: ByteClass { ByteClass(low: 0x0000_2080_0000_0000, high: 0x07FF_FFFE_0000_0000, nonASCII: true) }
    /// A German street word: letters, digits, UTF-8, '-' and '.'.
    static var streetWord: ByteClass { ByteClass(low: 0x03FF_6000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE, nonASCII: true) }
    /// Inside a part of a postal address: letters, digits, UTF-8, space and . - # ' /.
    static var addressPart: ByteClass { ByteClass(low: 0x03FF_E089_0000_0000, high: 0x07FF_FFFE_07FF_FFFE, nonASCII: true) }
    /// A key: letters, digits, '_', '-' and '.'.
    static var key: ByteClass { ByteClass(low: 0x03FF_6000_0000_0000, high: 0x07FF_FFFE_87FF_FFFE, nonASCII: false) }
}

/// 256 bits: one per byte value.
struct ByteSet: Sendable {
    var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Adds `b`: 1 when it was not in the set yet, else 0. No branch: it runs on every byte of
    /// random-looking values, where a branch per byte is mispredicted half the time.
    @inline(__always) mutating func insertIsNew(_ b: UInt8) -> Int {
        withUnsafeMutableBytes(of: &bits) { raw in
            let offset = Int(b >> 6) &* 8
            let bit = UInt64(1) << UInt64(b & 63)
            let old = raw.load(fromByteOffset: offset, as: UInt64.self)
            raw.storeBytes(of: old | bit, toByteOffset: offset, as: UInt64.self)
            return Int(truncatingIfNeeded: (~old & bit) >> UInt64(b & 63))
        }
    }
}

/// Which of digits, upper-case and lower-case ASCII letters a byte is, as bits 1, 2 and 4 (0 for
/// anything else), without a branch.
@inline(__always) func asciiClassBits(_ b: UInt8) -> UInt8 {
    (b &- 0x30 < 10 ? 1 : 0) | (b &- 0x41 < 26 ? 2 : 0) | (b &- 0x61 < 26 ? 4 : 0)
}

/// The types the built-in detectors find, each with the level it sets.
public enum PIIType: UInt8, CaseIterable, Sendable {
    case person, email, phone, creditCard, usSSN, iban, ipAddress, dateOfBirth, streetAddress, ukNHS, ukNINO, usBankRouting,
         macAddress, privateKey, awsAccessKey, awsSecretKey, githubToken, anthropicKey, openaiKey, slackToken, stripeKey, jwt,
         password, genericAPIKey
    /// The config's own detectors and keywords: their findings carry their own name and level.
    case custom

    static let names = [
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH",
        "STREET_ADDRESS", "UK_NHS", "UK_NINO", "US_BANK_ROUTING", "MAC_ADDRESS", "PRIVATE_KEY", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
        "GITHUB_TOKEN", "ANTHROPIC_API_KEY", "OPENAI_API_KEY", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PASSWORD", "GENERIC_API_KEY", "CUSTOM",
    ]

    public var name: String { Self.names[Int(rawValue)] }

    public init?(name: String) {
        guard let k = Self.names.firstIndex(of: name), k < Int(PIIType.custom.rawValue) else { return nil }
        self.init(rawValue: UInt8(k))
    }

    public var level: Sensitivity {
        switch self {
        case .privateKey, .awsAccessKey, .awsSecretKey, .githubToken, .anthropicKey, .openaiKey, .slackToken, .stripeKey, .jwt,
             .password, .genericAPIKey: return .secret
        case .custom: return .internal
        default: return .personal
        }
    }
}

/// Cue words looked up backwards from where a name starts: packed in one array and grouped by their
/// last two bytes (hashed into 1,024 groups), so only the few cues that can end at a place are compared.
struct EndingWords: Sendable {
    let bytes: [UInt8]
    let offsets: [Int]
    /// Words whose last two bytes hash to h: order[byPair[h]..<byPair[h + 1]], in list order.
    let byPair: [Int]
    let order: [Int]

    @inline(__always) static func pair(_ last: UInt8, _ penultimate: UInt8) -> Int {
        (Int(last) &* 31 &+ Int(penultimate)) & 1023
    }

    init(_ words: [String]) {
        var bytes: [UInt8] = [], offsets = [0]
        for w in words {
            precondition(w.utf8.count >= 2, "a cue of one byte: \(w)")
            bytes += Array(w.utf8)
            offsets.append(bytes.count)
        }
        let key = (0..<words.count).map { EndingWords.pair(bytes[offsets[$0 + 1] - 1], bytes[offsets[$0 + 1] - 2]) }
        // The words grouped by key, in list order within a group (a counting sort: built at start-up).
        var byPair = [Int](repeating: 0, count: 1025)
        for h in key { byPair[h + 1] += 1 }
        for h in 0..<1024 { byPair[h + 1] += byPair[h] }
        var order = [Int](repeating: 0, count: words.count)
        var next = Array(byPair[0..<1024])
        for w in 0..<words.count { order[next[key[w]]] = w; next[key[w]] += 1 }
        self.bytes = bytes
        self.offsets = offsets
        self.byPair = byPair
        self.order = order
    }

    /// Does a word end at `e` (case-insensitively), starting at or after `from`, at `from` or after a non-letter?
    func endsAt(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Bool { wordEnding(s, from, e) >= 0 }

    /// The index of the first word (in list order) that ends at `e` as `endsAt` reads it; -1 for none.
    func wordEnding(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Int {
        guard e - from >= 2 else { return -1 }
        let h = EndingWords.pair(ASCII.lower(s[e - 1]), ASCII.lower(s[e - 2]))
        return bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                order.withUnsafeBufferPointer { order in
                    var x = byPair[h]
                    let xEnd = byPair[h + 1]
                    while x < xEnd {
                        let w = order[x]
                        x += 1
                        let a = offsets[w], count = offsets[w + 1] - a
                        guard e - from >= count else { continue }
                        let k = e - count
                        var m = 0
                        while m < count && ASCII.lower(s[k + m]) == bytes[a + m] { m += 1 }
                        if m == count && (k == from || !ASCII.isAlpha(ASCII.lower(s[k - 1]))) { return w }
                    }
                    return -1
                }
            }
        }
    }
}
