#if canImport(Glibc)
import Glibc
#endif

/// The full scanner behind `tier classify`: the interim scanner's detectors (e-mail, cards, SSNs,
/// credential shapes) plus phones, IBANs, IP addresses, JWTs, NHS numbers, AWS secret keys,
/// passwords and API keys in assignments, and dates of birth. Every candidate is validated
/// (checksums, lengths, context), and look-alikes (versions, timestamps, hashes, placeholders)
/// are turned away. Works on UTF-8 bytes; findings carry byte ranges.
///
/// The router calls it for every `route` and `ask` (`report`), so what it finds decides what may
/// leave the machine; `SensitivityScanner` is its first pass.
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
        return firstOfOverlaps(merged(inOrder(first), numbers), second)
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
                    found.append(Hit(.email, start, end, 0.95))
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
                if let end = (usPhone(s, i) ?? bracketedNationalPhone(s, i)).map({ phoneExtension(s, $0) }) {
                    found.append(Hit(.phone, i, end, 0.85)); i = end; continue
                }
            } else if isDigit(b) && wordStart && csvCodeColumn(csv, s, i) {
                // A code column's field, whole.
                while i < n, s[i] != UInt8(ascii: ","), s[i] != 0x0A { i += 1 }
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
                let hexLetter = c &- 0x61 < 6 || c &- 0x41 < 6
                if (run == 2 && (c == UInt8(ascii: ":") || c == UInt8(ascii: "-"))) || (run == 4 && c == UInt8(ascii: ".")) || (run <= 3 && hexLetter),
                   mayBeMAC(s, i), let end = macAddress(s, i) { found.append(Hit(.macAddress, i, end, 0.85)); i = end; continue }
                if run <= 3 && c == UInt8(ascii: "."), let end = ipv4(s, i) { found.append(Hit(.ipAddress, i, end, 0.9)); i = end; continue }
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
                if b == UInt8(ascii: "1") && (run == 11 || run == 3 && c == 0x20), let end = chineseMobile(s, i, run: run) {
                    found.append(Hit(.phone, i, end, 0.75)); i = end; continue
                }
                if (run == 3 && (c == UInt8(ascii: "-") || c == UInt8(ascii: "."))) || (run == 1 && b == UInt8(ascii: "1") && c == UInt8(ascii: "-")),
                   let end = usPhone(s, i) { found.append(Hit(.phone, i, phoneExtension(s, end), 0.8)); i = phoneExtension(s, end); continue }
                if b == UInt8(ascii: "0") && run >= 2, let end = nationalPhone(s, i) { found.append(Hit(.phone, i, phoneExtension(s, end), 0.75)); i = phoneExtension(s, end); continue }
                if run == 10 || run == 3 && c == 0x20, let end = labelledUSPhone(s, i, run: run) {
                    found.append(Hit(.phone, i, phoneExtension(s, end), 0.7)); i = phoneExtension(s, end); continue
                }
                if run == 9 || (run == 3 && c == 0x20), let end = plainSSN(s, i) { found.append(Hit(.usSSN, i, end, 0.85)); i = end; continue }
                if run == 9, let end = abaRouting(s, i) { found.append(Hit(.usBankRouting, i, end, 0.85)); i = end; continue }
                // The separator test inline, so the call is made only after the bytes a date can follow with.
                if run <= 4 && (c == 0x20 ? run <= 2 : c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && mayBeNumericDate(s, k, run, c),
                   let (start, end) = dateOfBirth(s, i, csv) { found.append(Hit(.dateOfBirth, start, end, 0.8)); i = end; continue }
                if run <= 4 && (c == UInt8(ascii: ":") || hexLetter),
                   mayBeIPv6(s, i), let end = ipv6(s, i) { found.append(Hit(.ipAddress, i, end, 0.85)); i = end; continue }
                // "983 Christopher ..." or "12, rue ..."
                if run <= 6 && (c == 0x20 && k + 1 < n && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3 || frenchStreet(s, k + 1))
                                || c == UInt8(ascii: ",") && k + 2 < n && s[k + 1] == 0x20),
                   let end = streetAddress(s, i) { found.append(Hit(.streetAddress, i, end, 0.75)); i = end; continue }
                // In a CSV phone column, a field of 7 to 15 digits and nothing else is a phone number,
                // with no separators or context word to go by (the separated forms are found above).
                if run >= 7 && run <= 15 && csv != nil && (c == UInt8(ascii: ",") || c == 0x0A || c == 0x0D || c == UInt8(ascii: "\"") || k == n),
                   i == 0 || s[i - 1] == UInt8(ascii: ",") || s[i - 1] == UInt8(ascii: "\"") || s[i - 1] == 0x0A, csvPhoneColumn(csv, s, i) {
                    found.append(Hit(.phone, i, k, 0.8)); i = k; continue
                }
                i = ByteRuns.alnumEnd(s, k)   // s[i..<k] are digits, so the run goes on from k
                continue
            } else if b == UInt8(ascii: "A") && wordStart && i + 1 < n
                        && (s[i + 1] == UInt8(ascii: "K") || s[i + 1] == UInt8(ascii: "S") || s[i + 1] == UInt8(ascii: "B") || s[i + 1] == UInt8(ascii: "C")),
                      let (d, end) = SensitivityScanner.matchSecret(s, at: i) {
                // An AWS key id (AKIA, ASIA) at a word's start; the lower-case credential prefixes are
                // checked below, by the word's first two letters.
                found.append(Hit(d.kind, i, end, 0.95))
                i = end
                continue
            } else if wordStart && (b &- 0x41 < 26 || b >= 0xC3) && !(b &- 0x41 < 26 && mayBeIBAN(s, i) && iban(s, i) != nil),
                      let (end, type, confidence) = streetOrName(s, i, csv) {
                found.append(Hit(type, i, end, confidence))
                i = end
                // The names listed after a name: "Participants: Amy Davis, Eyvind Moreau and Tariq Ncube".
                while type == .person, let (a, b) = listedName(s, i) { found.append(Hit(.person, a, b, 0.7)); i = b }
                continue
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
                // The usual word: no flag, a space and another word after it. None of the tests below applies.
                if f & WordFlag.nameCue != 0 && next == 0x20 && (e - i == 2 || e - i == 4), let end = lowerCaseName(s, i, e) {
                    found.append(Hit(.person, e + 1, end, 0.7)); i = end; continue
                }
                if f & ~WordFlag.nameCue == 0 && next == 0x20 && e + 1 < n && s[e + 1] != 0x20 && s[e + 1] != UInt8(ascii: "=") && s[e + 1] != UInt8(ascii: ":") {
                    i = e
                    continue
                }
                if e - i <= 4 && (next == UInt8(ascii: ":") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".")) && ASCII.isHex(b) {
                    if mayBeMAC(s, i), let end = macAddress(s, i) { found.append(Hit(.macAddress, i, end, 0.85)); i = end; continue }
                    if mayBeIPv6(s, i), let end = ipv6(s, i) { found.append(Hit(.ipAddress, i, end, 0.85)); i = end; continue }
                }
                if f & WordFlag.month != 0 && isMonthLetter(b) && (next == 0x20 || next == UInt8(ascii: ".") || next >= 0x80) && e - i <= 16 && mayBeMonth(s, i),
                   let (start, end) = dateOfBirth(s, i, csv) { found.append(Hit(.dateOfBirth, start, end, 0.8)); i = end; continue }
                if f & WordFlag.french != 0 && b &- 0x61 < 26 && frenchStreet(s, i), let end = streetAddress(s, i) {
                    found.append(Hit(.streetAddress, i, end, 0.75)); i = end; continue
                }
                if f & WordFlag.slack != 0, b == UInt8(ascii: "h"), let end = slackWebhook(s, i) { found.append(Hit(.slackToken, i, end, 0.95)); i = end; continue }
                if mayAssign(s, i, e), let (type, start, end) = assignment(s, i, wordEnd: e) { found.append(Hit(type, start, end, 0.8)); i = end; continue }
                if f & WordFlag.prose != 0 && next == 0x20 && mayBeProseSecretWord(b, e - i), let (type, start, end) = proseSecret(s, i, e) { found.append(Hit(type, start, end, 0.75)); i = end; continue }
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

    /// After a run of 1 to 4 digits ending at `k` and followed by `c`: could a date start here? The
    /// shapes `date` reads: d[.] Month..., or three groups of digits joined by one of / - . (the
    /// middle group of at most four digits).
    @inline(__always) static func mayBeNumericDate(_ s: UnsafeBufferPointer<UInt8>, _ k: Int, _ run: Int, _ c: UInt8) -> Bool {
        let n = s.count
        switch c {
        case 0x20: return run <= 2 && k + 1 < n && mayBeMonth(s, k + 1)
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
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

    /// The word detectors a word's first two letters can lead to.
    enum WordFlag {
        static let jwt: UInt8 = 1, month: UInt8 = 2, french: UInt8 = 4, slack: UInt8 = 8, prose: UInt8 = 16, secret: UInt8 = 32
        /// "is" and "ping": a name written in lower case may follow ("who is amy davis?").
        static let nameCue: UInt8 = 64
        static let all: UInt8 = 127
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
        mark("ht", WordFlag.slack)
        for p in ["sk", "rk", "gh", "gi", "xo", "xa"] { mark(p, WordFlag.secret) }
        for m in months { mark(m, WordFlag.month) }
        for w in frenchStreetTypes { mark(String(decoding: w, as: UTF8.self), WordFlag.french) }
        for w in proseSecretWords { mark(String(decoding: w.word, as: UTF8.self), WordFlag.prose) }
        return t
    }()

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
                    var k = from
                    while k < i {
                        // The last byte of the range can only start a word of one byte.
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
                                if !all { return found }
                            }
                        }
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

    // MARK: phones

    /// '+' country code and number: 8 to 15 digits, single separators (space . - ( )) between groups.
    static func internationalPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start + 1
        var digits = 0
        var lastDigitEnd = j
        while j < s.count {
            let b = s[j]
            if isDigit(b) { digits += 1; j += 1; lastDigitEnd = j }
            else if (b == 0x20 || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")),
                    j + 1 < s.count, isDigit(s[j + 1]) || (b == 0x20 && s[j + 1] == UInt8(ascii: "("))
                        || (b == UInt8(ascii: ")") && s[j + 1] == 0x20 && j + 2 < s.count && isDigit(s[j + 2])) { j += 1 }
            else { break }
            if digits > 15 { return nil }
        }
        guard digits >= 8, digits <= 15, endsPhone(s, lastDigitEnd) else { return nil }
        return lastDigitEnd
    }

    /// A phone number ends here: at a token's end, or where its extension starts ("0240x93124").
    @inline(__always) static func endsPhone(_ s: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        endsToken(s, j) || j + 1 < s.count && (s[j] == UInt8(ascii: "x") || s[j] == UInt8(ascii: "X")) && isDigit(s[j + 1])
    }

    /// A phone's extension after its end: "x93124", " x426", " ext. 12", " Ext 63", " (ext 291)",
    /// " extension 4"; `end` when there is none.
    static func phoneExtension(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        let n = s.count
        var k = end
        var paren = false
        if k < n, s[k] == 0x20 { k += 1 }
        if k < n, s[k] == UInt8(ascii: "("), k > end { paren = true; k += 1 }
        if k < n, s[k] == UInt8(ascii: "x") || s[k] == UInt8(ascii: "X") {
            k += 1
        } else if k + 3 <= n, ASCII.lower(s[k]) == UInt8(ascii: "e"), ASCII.lower(s[k + 1]) == UInt8(ascii: "x"), ASCII.lower(s[k + 2]) == UInt8(ascii: "t") {
            k += 3
            while k < n, ASCII.isAlpha(s[k]), k - end < 14 { k += 1 }   // "extension"
            if k < n, s[k] == UInt8(ascii: ".") { k += 1 }
            if k < n, s[k] == UInt8(ascii: ":") { k += 1 }
            if k < n, s[k] == 0x20 { k += 1 }
        } else if k < n, s[k] == UInt8(ascii: "#"), k > end, !paren {
            k += 1
        } else { return end }
        let d = k
        while k < n, isDigit(s[k]), k - d < 6 { k += 1 }
        guard k > d, endsToken(s, k) else { return end }
        if paren { return k < n && s[k] == UInt8(ascii: ")") ? k + 1 : end }
        return k
    }

    /// A national number with its trunk prefix in brackets: "(0121) 496 0969", "(09087) 98747",
    /// "(01865) 612 283": 10 or 11 digits in all.
    static func bracketedNationalPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        guard start + 1 < n, s[start + 1] == UInt8(ascii: "0") else { return nil }
        var j = start + 1
        while j < n, isDigit(s[j]), j - start <= 6 { j += 1 }
        let area = j - start - 1
        guard area >= 3, area <= 5, j + 2 < n, s[j] == UInt8(ascii: ")") else { return nil }
        j += 1
        if s[j] == 0x20 { j += 1 }
        var digits = area, lastEnd = j
        while j < n {
            if isDigit(s[j]) { digits += 1; j += 1; lastEnd = j }
            else if s[j] == 0x20 || s[j] == UInt8(ascii: "-"), j + 1 < n, isDigit(s[j + 1]), j > lastEnd - 1 { j += 1 }
            else { break }
            if digits > 11 { return nil }
        }
        guard digits >= 10, lastEnd > start + area + 3, endsPhone(s, lastEnd) else { return nil }
        return lastEnd
    }

    /// Labels of a phone line: "T. 9316908865", "M | 670 725 4230", "Desk: ...". Lower-case.
    static let phoneLabels = WordTable(["t", "m", "p", "h", "w", "o", "d", "c", "f", "tel", "ph", "mob", "office", "direct", "desk", "home",
                                        "work", "main", "landline", "switchboard", "fax", "cell", "mobile", "phone", "telephone", "number",
                                        "telefon", "handy", "portable", "whatsapp", "mobil"].map { ($0, 1) })

    /// Is a phone label right before `start` ("T. ", "Desk: ", "Office | "), the first word of its line?
    static func phoneLabelBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var e = start
        while e > 0, start - e < 3, s[e - 1] == 0x20 { e -= 1 }
        guard e > 0, e < start || s[e - 1] == UInt8(ascii: ":") else { return false }
        if s[e - 1] == UInt8(ascii: ":") || s[e - 1] == UInt8(ascii: ".") || s[e - 1] == UInt8(ascii: "|") { e -= 1 }
        while e > 0, s[e - 1] == 0x20 { e -= 1 }
        var a = e
        while a > 0, e - a <= 12, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard e > a, e - a <= 12, a == 0 || s[a - 1] == 0x0A else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { buf in
            for k in a..<e { buf[k - a] = ASCII.lower(s[k]) }
            return phoneLabels.lookup(UnsafeBufferPointer(rebasing: buf[0..<(e - a)]), 0, e - a) != 0
        }
    }

    /// A US number with no separators or with spaces ("6188859417", "670 725 4230"): a phone only
    /// after a phone word or a phone label.
    static func labelledUSPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, run: Int) -> Int? {
        let n = s.count
        guard s[start] >= UInt8(ascii: "2") else { return nil }
        var end: Int
        if run == 10 {
            end = start + 10
        } else {
            guard run == 3, start + 12 <= n, s[start + 3] == 0x20, s[start + 7] == 0x20 else { return nil }
            guard allDigits(s, start + 4, 3), allDigits(s, start + 8, 4) else { return nil }
            end = start + 12
        }
        guard endsPhone(s, end), s[start + (run == 10 ? 3 : 4)] >= UInt8(ascii: "2") else { return nil }
        guard phoneLabelBefore(s, start) || anyBefore(s, start, 30, phoneWordList) else { return nil }
        return end
    }


    /// US: (ddd) ddd-dddd, ddd-ddd-dddd, ddd.ddd.dddd, 1-ddd-ddd-dddd; area code 2-9.
    static func usPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        func digitsRun(_ count: Int) -> Bool {
            for _ in 0..<count { guard j < s.count, isDigit(s[j]) else { return false }; j += 1 }
            return true
        }
        if s[j] == UInt8(ascii: "1"), j + 1 < s.count, s[j + 1] == UInt8(ascii: "-") { j += 2 }
        let paren = j < s.count && s[j] == UInt8(ascii: "(")
        if paren { j += 1 }
        let area = j
        guard digitsRun(3), s[area] >= UInt8(ascii: "2") else { return nil }
        var sep: UInt8 = 0
        if paren {
            guard j < s.count, s[j] == UInt8(ascii: ")") else { return nil }
            j += 1
            if j < s.count, s[j] == 0x20 { j += 1 }
        } else {
            guard j < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: ".") else { return nil }
            sep = s[j]
            j += 1
        }
        guard digitsRun(3) else { return nil }
        guard j < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "."), sep == 0 || s[j] == sep else { return nil }
        j += 1
        guard digitsRun(4), endsPhone(s, j) else { return nil }
        if j + 1 < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "."), isDigit(s[j + 1]) { return nil }
        return j
    }

    /// UK, German and French national numbers: a leading 0, groups separated by single spaces.
    static let phoneWords = ["phone", "tel", "call", "number", "mobile", "cell", "reach", "unter ", "nummer", "joindre",
                             "numéro", "au ", "contact", "fax", "whatsapp", "sms"]
    static let phoneWordList = ContextWords(phoneWords)

    static func nationalPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard s[start] == UInt8(ascii: "0"), start + 1 < s.count, isDigit(s[start + 1]) else { return nil }
        let international = s[start + 1] == UInt8(ascii: "0")   // 0049 ..., 0033 ...
        var j = start
        var digits = 0, groups = 1
        var sep: UInt8 = 0
        var lastEnd = j
        while j < s.count {
            if isDigit(s[j]) { digits += 1; j += 1; lastEnd = j }
            else if s[j] == 0x20 || s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "/"),
                    j + 1 < s.count, isDigit(s[j + 1]), sep == 0 || sep == s[j] || s[j] == 0x20 {
                sep = s[j]
                groups += 1
                j += 1
            } else { break }
        }
        guard endsPhone(s, lastEnd), digits <= 15 else { return nil }
        if lastEnd < s.count, s[lastEnd] == UInt8(ascii: ":") || s[lastEnd] == UInt8(ascii: "-") { return nil }
        let minDigits = international ? 11 : 9
        if groups >= 2 && digits >= minDigits && digits <= (international ? 15 : 12) { return lastEnd }
        // An unbroken run is a phone only when the text says so just before it.
        if groups == 1 && digits >= 10 && digits <= 12 && anyBefore(s, start, 30, phoneWordList) { return lastEnd }
        return nil
    }

    // MARK: numbers with checksums or context

    /// UK NHS number: 10 digits (3 3 4, spaced or not), mod-11 check digit, "NHS" close before.
    static let nhsWords = ContextWords(["nhs"])
    static func nhs(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        // Three digits, then a separator or a fourth digit: most numbers are shorter.
        guard start + 10 <= s.count, isDigit(s[start + 1]), isDigit(s[start + 2]),
              isDigit(s[start + 3]) || s[start + 3] == 0x20 || s[start + 3] == UInt8(ascii: "-") else { return nil }
        var count = 0, sum = 0, last = 0
        var sep: UInt8 = 0
        var j = start
        while j < s.count, count < 10 {
            if isDigit(s[j]) {
                let v = Int(s[j] - 48)
                if count < 9 { sum += v * (10 - count) } else { last = v }
                count += 1
                j += 1
            }
            else if s[j] == 0x20 || s[j] == UInt8(ascii: "-"), count == 3 || count == 6, j + 1 < s.count, isDigit(s[j + 1]),
                    sep == 0 || s[j] == sep { sep = s[j]; j += 1 }
            else { break }
        }
        guard count == 10, endsToken(s, j) else { return nil }
        let check = 11 - sum % 11
        guard check != 10, (check == 11 ? 0 : check) == last, anyBefore(s, start, 40, nhsWords) else { return nil }
        return j
    }

    /// The shape of an NHS number (3 3 4, or 10 digits) after "NHS" whose check digit fails: its end.
    static func failedNHS(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start, count = 0
        var sep: UInt8 = 0
        while j < s.count, count < 10 {
            if isDigit(s[j]) { count += 1; j += 1 }
            else if s[j] == 0x20 || s[j] == UInt8(ascii: "-"), count == 3 || count == 6, j + 1 < s.count, isDigit(s[j + 1]), sep == 0 || s[j] == sep { sep = s[j]; j += 1 }
            else { break }
        }
        guard count == 10, endsToken(s, j), anyBefore(s, start, 40, nhsWords) else { return nil }
        return j
    }

    /// ddd.dd.dddd, ddd dd dddd or ddd-dd-dddd after "SSN": its end, and whether it is a possible
    /// SSN (area not 000, 666 or 9xx; group and serial not zero).
    static func separatedSSN(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Bool)? {
        guard start + 11 <= s.count else { return nil }
        let sep = s[start + 3]
        guard s[start + 6] == sep else { return nil }
        guard allDigits(s, start, 3), allDigits(s, start + 4, 2), allDigits(s, start + 7, 4) else { return nil }
        let end = start + 11
        guard endsToken(s, end), end >= s.count || s[end] != sep || end + 1 >= s.count || !isDigit(s[end + 1]) else { return nil }
        guard anyBefore(s, start, 30, ssnWords) else { return nil }
        func d(_ k: Int) -> Int { Int(s[start + k] - 48) }
        let area = d(0) * 100 + d(1) * 10 + d(2), group = d(4) * 10 + d(5), serial = d(7) * 1000 + d(8) * 100 + d(9) * 10 + d(10)
        return (end, area != 0 && area != 666 && area < 900 && group != 0 && serial != 0)
    }

    /// s[a..<a + count] are all digits (the caller has checked they are in the buffer).
    @inline(__always) static func allDigits(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ count: Int) -> Bool {
        var k = a
        while k < a + count { if !isDigit(s[k]) { return false }; k += 1 }
        return true
    }

    static let chineseWords = ContextWords(["手机", "电话", "联系", "+86", "china", "mobile", "phone", "tel", "call", "wechat"])

    /// A Chinese mobile number: 1, then 3 to 9, nine more digits (unbroken, or 3 4 4), near a phone word.
    static func chineseMobile(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, run: Int) -> Int? {
        guard start + 11 <= s.count, s[start + 1] &- 0x33 < 7 else { return nil }
        var end: Int
        if run == 11 { end = start + 11 } else {
            guard start + 13 <= s.count, s[start + 3] == 0x20, s[start + 8] == 0x20 else { return nil }
            guard allDigits(s, start + 4, 4), allDigits(s, start + 9, 4) else { return nil }
            end = start + 13
        }
        guard endsPhone(s, end), anyBefore(s, start, 24, chineseWords) else { return nil }
        return end
    }

    static let ssnWords = ContextWords(["ssn", "social security"])
    static let routingWords = ContextWords(["routing", "aba", "rtn", "transit"])
    /// A US SSN written without separators needs its name close before.
    static func plainSSN(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        while j < s.count, isDigit(s[j]) { j += 1 }
        // Also "812 81 0252": groups of 3, 2 and 4 joined by single spaces.
        if j - start == 3, j + 8 <= s.count, s[j] == 0x20, isDigit(s[j + 1]), isDigit(s[j + 2]), s[j + 3] == 0x20,
           isDigit(s[j + 4]), isDigit(s[j + 5]), isDigit(s[j + 6]), isDigit(s[j + 7]) {
            let end = j + 8
            guard endsToken(s, end), anyBefore(s, start, 30, ssnWords) else { return nil }
            let area = Int(s[start] - 48) * 100 + Int(s[start + 1] - 48) * 10 + Int(s[start + 2] - 48)
            guard area != 0, area != 666, area < 900, !(s[j + 1] == 0x30 && s[j + 2] == 0x30) else { return nil }
            return end
        }
        guard j - start == 9, endsToken(s, j), anyBefore(s, start, 30, ssnWords) else { return nil }
        let area = Int(s[start] - 48) * 100 + Int(s[start + 1] - 48) * 10 + Int(s[start + 2] - 48)
        guard area != 0, area != 666, area < 900 else { return nil }
        return j
    }

    /// US ABA routing number: 9 digits, the 3-7-1 checksum, and a routing word close before.
    static func abaRouting(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        while j < s.count, isDigit(s[j]), j - start < 10 { j += 1 }
        guard j - start == 9, endsToken(s, j) else { return nil }
        func d(_ k: Int) -> Int { Int(s[start + k] - 48) }
        guard (3 * (d(0) + d(3) + d(6)) + 7 * (d(1) + d(4) + d(7)) + d(2) + d(5) + d(8)) % 10 == 0 else { return nil }
        guard anyBefore(s, start, 30, routingWords) else { return nil }
        return j
    }

    /// UK National Insurance number: two prefix letters (not D, F, I, Q, U, V; the second not O;
    /// not BG, GB, NK, KN, TN, NT, ZZ), six digits (pairs may be spaced), suffix A to D.
    static func ukNationalInsurance(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 9 <= s.count else { return nil }
        let a = s[start], b = s[start + 1]
        func banned(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "D") || c == UInt8(ascii: "F") || c == UInt8(ascii: "I") || c == UInt8(ascii: "Q")
                || c == UInt8(ascii: "U") || c == UInt8(ascii: "V")
        }
        guard a &- 0x41 < 26, b &- 0x41 < 26, !banned(a), !banned(b), b != UInt8(ascii: "O"), isDigit(s[start + 2]) || s[start + 2] == 0x20 else { return nil }
        let pair = UInt16(a) << 8 | UInt16(b)
        let invalidPairs: [UInt16] = [0x4247, 0x4742, 0x4E4B, 0x4B4E, 0x544E, 0x4E54, 0x5A5A]  // BG GB NK KN TN NT ZZ
        guard !invalidPairs.contains(pair) else { return nil }
        var j = start + 2
        var digits = 0
        while j < s.count, digits < 6 {
            if isDigit(s[j]) { digits += 1; j += 1 }
            else if s[j] == 0x20, digits % 2 == 0, j + 1 < s.count, isDigit(s[j + 1]) { j += 1 }
            else { break }
        }
        guard digits == 6 else { return nil }
        if j < s.count, s[j] == 0x20 { j += 1 }
        guard j < s.count, s[j] >= UInt8(ascii: "A"), s[j] <= UInt8(ascii: "D"), endsToken(s, j + 1) else { return nil }
        return j + 1
    }

    /// IBAN: country, check digits, BBAN (grouped by single spaces or not), the country's length, mod 97 = 1.
    /// Every country of the IBAN registry (SWIFT, release 2024) with its IBAN's length.
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29, "BY": 28,
        "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
        "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
        "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
        "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
        "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
        "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29,
        "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]
    /// The same, indexed by the two country letters: (a - 'A') * 26 + (b - 'A'); 0 for none.
    static let ibanLengthTable: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 26 * 26)
        for (c, n) in ibanLengths {
            let u = Array(c.utf8)
            t[Int(u[0] - 65) * 26 + Int(u[1] - 65)] = UInt8(n)
        }
        return t
    }()

    @inline(__always) static func ibanLength(_ a: UInt8, _ b: UInt8) -> Int {
        guard a &- 0x41 < 26, b &- 0x41 < 26 else { return 0 }
        return Int(ibanLengthTable[Int(a - 65) * 26 + Int(b - 65)])
    }

    /// The end of an IBAN-shaped run (country letters, check digits, grouped alphanumerics), checksum aside.
    static func ibanShape(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 4 < s.count, s[start + 1] &- 0x41 < 26, isDigit(s[start + 2]), isDigit(s[start + 3]),
              ibanLength(s[start], s[start + 1]) != 0 else { return nil }
        var j = start + 4, end = j, count = 4
        while j < s.count, count < 34 {
            if isAlnum(s[j]) { j += 1; count += 1; end = j }
            else if s[j] == 0x20, j + 1 < s.count, isAlnum(s[j + 1]) { j += 1 }
            else { break }
        }
        return count >= 15 ? end : nil
    }

    /// Words that introduce a code, not a person's number: "Part 480-362-8140", "order 4111...".
    static let codeWords = ["reference", "ref", "model", "part", "job", "ticket", "ean", "order", "invoice", "sku", "serial",
                            "batch", "tracking", "item", "product", "case", "build", "pipeline", "version", "upc", "isbn", "id"]
    /// The code words packed (lower-case, up to 16 bytes) and grouped by length: a word is compared
    /// with the few of its length in two integer comparisons each.
    static let codeWordsByLength: [[(UInt64, UInt64)]] = {
        var t = [[(UInt64, UInt64)]](repeating: [], count: 17)
        for w in codeWords { let p = pack(Array(w.utf8)[...]); t[p.2].append((p.0, p.1)) }
        return t
    }()
    static let numberWords: [(UInt64, UInt64)] = ["number", "no", "nr"].map { let p = pack(Array($0.utf8)[...]); return (p.0, p.1) }

    /// s[a..<b] lower-cased and packed as in `pack`; nil when longer than 16 bytes.
    @inline(__always) static func packed(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (UInt64, UInt64)? {
        guard b - a <= 16 else { return nil }
        var lo: UInt64 = 0, hi: UInt64 = 0
        var k = a
        while k < b {
            let v = UInt64(ASCII.lower(s[k]))
            if k - a < 8 { lo |= v << UInt64(8 * (k - a)) } else { hi |= v << UInt64(8 * (k - a - 8)) }
            k += 1
        }
        return (lo, hi)
    }

    /// What `codeContext` looks past first: a number right after anything else follows no code word.
    @inline(__always) static func mayFollowCodeWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start > 0 else { return false }
        let c = s[start - 1]
        return c == 0x20 || c == UInt8(ascii: "#") || c == UInt8(ascii: ":") || ASCII.isAlpha(c)
    }

    /// The word right before (past spaces, '#', ':' and "number"/"no.") is a code word.
    static func codeContext(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        func previousWord() -> (Int, Int) {
            while k > 0, s[k - 1] == 0x20 || s[k - 1] == UInt8(ascii: "#") || s[k - 1] == UInt8(ascii: ":") { k -= 1 }
            var a = k
            while a > 0, ASCII.isAlpha(s[a - 1]) { a -= 1 }
            defer { k = a }
            return (a, k)
        }
        func isOne(_ r: (Int, Int), of list: [(UInt64, UInt64)]) -> Bool {
            guard let p = packed(s, r.0, r.1) else { return false }
            for w in list where w.0 == p.0 && w.1 == p.1 { return true }
            return false
        }
        // Most numbers follow a space and a word that is no code word by its last two letters, or by
        // its length and first letter.
        guard start > 0 else { return false }
        var e = start
        while e > 0, s[e - 1] == 0x20 || s[e - 1] == UInt8(ascii: "#") || s[e - 1] == UInt8(ascii: ":") { e -= 1 }
        guard e >= 2 else { return false }
        let y = (s[e - 2] | 0x20) &- 0x61, z = (s[e - 1] | 0x20) &- 0x61
        guard y < 26, z < 26, codeWordEndings[Int(y) &* 26 &+ Int(z)] else { return false }
        var word = previousWord()
        guard codeWordShape(s, word.0, word.1) else { return false }
        if (word.1 - word.0 == 2 || word.1 - word.0 == 6) && isOne(word, of: numberWords) {
            word = previousWord()
            guard word.1 - word.0 <= 16 else { return false }
        }
        return isOne(word, of: codeWordsByLength[word.1 - word.0])
    }

    /// The last two letters of every code word and of "number", "no", "nr" (all at least two long).
    static let codeWordEndings: [Bool] = {
        var t = [Bool](repeating: false, count: 26 * 26)
        for w in codeWords + ["number", "no", "nr"] { let u = Array(w.utf8); t[Int(u[u.count - 2] - 0x61) * 26 + Int(u[u.count - 1] - 0x61)] = true }
        return t
    }()

    /// Bit (length - 1) of entry (first letter) is set when some code word or "number"/"no"/"nr" has that length and letter.
    static let codeWordShapes: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 26)
        for w in codeWords + ["number", "no", "nr"] { let u = Array(w.utf8); t[Int(u[0] - 0x61)] |= 1 << UInt16(u.count - 1) }
        return t
    }()

    @inline(__always) static func codeWordShape(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        let length = b - a
        guard length >= 1, length <= 16 else { return false }
        let first = ASCII.lower(s[a]) &- 0x61
        return first < 26 && codeWordShapes[Int(first)] & (1 << UInt16(length - 1)) != 0
    }

    /// Two capital letters and two digits: the start every IBAN (and IBAN-shaped code) has.
    @inline(__always) static func mayBeIBAN(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start + 4 < s.count && s[start + 1] &- 0x41 < 26 && isDigit(s[start + 2]) && isDigit(s[start + 3])
    }

    static func iban(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 4 < s.count, s[start + 1] &- 0x41 < 26, isDigit(s[start + 2]), isDigit(s[start + 3]) else { return nil }
        let length = ibanLength(s[start], s[start + 1])
        guard length != 0 else { return nil }
        // The characters go to a small stack buffer: IBANs are at most 34 long.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 34) { chars -> Int? in
            var count = 0
            var j = start
            var end = start
            while j < s.count, count < length {
                let b = s[j]
                if isDigit(b) || b &- 0x41 < 26 { chars[count] = b; count += 1; j += 1; end = j }
                else if b == 0x20, j + 1 < s.count, isAlnum(s[j + 1]), count % 4 == 0 { j += 1 }
                else { break }
            }
            guard count == length, endsToken(s, end) else { return nil }
            // mod 97 over BBAN + country + check digits, letters as 10..35. The remainder is taken only
            // when the number nears 64 bits, not at every character: a division costs tens of cycles.
            var rem = 0
            var k = 4
            for _ in 0..<count {
                let c = chars[k]
                k = k + 1 == count ? 0 : k + 1
                rem = isDigit(c) ? rem &* 10 &+ Int(c &- 48) : rem &* 100 &+ Int(c &- 55)
                if rem >= 1_000_000_000_000_000 { rem %= 97 }
            }
            return rem % 97 == 1 ? end : nil
        }
    }

    // MARK: network

    static let versionWords = ContextWords(["version", "firmware", "agent ", "build", "release", "ver ", " v ", "deploy", "schema",
                                            "seen in", "upgrade", "tag ", "image"])
    /// IPv4, each octet at most 255, not a version number (a fifth part, or version words before it).
    static func ipv4(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        for part in 0..<4 {
            var v = 0, k = 0
            while j < s.count, isDigit(s[j]), k < 3 { v = v * 10 + Int(s[j] - 48); j += 1; k += 1 }
            guard k > 0, v <= 255, !(k > 1 && s[j - k] == UInt8(ascii: "0")) else { return nil }
            if part < 3 {
                guard j < s.count, s[j] == UInt8(ascii: ".") else { return nil }
                j += 1
            }
        }
        guard endsToken(s, j) else { return nil }
        if j + 1 < s.count, s[j] == UInt8(ascii: "."), isDigit(s[j + 1]) { return nil }
        if j < s.count, s[j] == UInt8(ascii: "-") { return nil }  // 1.2.3.4-rc1
        if start > 0, s[start - 1] == UInt8(ascii: "/") || s[start - 1] == UInt8(ascii: "v") || s[start - 1] == UInt8(ascii: "V") { return nil }
        if anyBefore(s, start, 24, versionWords) { return nil }
        return j
    }

    /// What `macAddress` reads first: room for one, and its separator after two bytes (or a dot after four).
    @inline(__always) static func mayBeMAC(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 14 <= s.count else { return false }
        let sep = s[i + 2]
        return sep == UInt8(ascii: ":") || sep == UInt8(ascii: "-") || s[i + 4] == UInt8(ascii: ".")
    }

    /// What `ipv6` needs first: a group of at most four hex digits, then ':'.
    @inline(__always) static func mayBeIPv6(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i
        let stop = min(s.count, i + 5)
        while j < stop && ASCII.isHex(s[j]) { j += 1 }
        return j < s.count && s[j] == UInt8(ascii: ":")
    }

    /// MAC address: six pairs of hex digits joined by ':' or '-' (one kind), or Cisco's xxxx.xxxx.xxxx.
    static func macAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 14 <= s.count else { return nil }
        let sep = s[start + 2]
        if sep == UInt8(ascii: ":") || sep == UInt8(ascii: "-") {
            guard start + 17 <= s.count else { return nil }
            for g in 0..<6 {
                let k = start + g * 3
                guard ASCII.isHex(s[k]), ASCII.isHex(s[k + 1]) else { return nil }
                if g < 5 { guard s[k + 2] == sep else { return nil } }
            }
            let end = start + 17
            guard endsToken(s, end), end >= s.count || s[end] != sep else { return nil }
            return end
        }
        for g in 0..<3 {
            let k = start + g * 5
            for m in 0..<4 { guard ASCII.isHex(s[k + m]) else { return nil } }
            if g < 2 { guard s[k + 4] == UInt8(ascii: ".") else { return nil } }
        }
        let end = start + 14
        guard endsToken(s, end), end >= s.count || s[end] != UInt8(ascii: ".") else { return nil }
        // Dotted form only with letters in it: 1234.5678.9012 is a number, not a MAC.
        guard s[start..<end].contains(where: { ASCII.isAlpha($0) }) else { return nil }
        return end
    }

    /// IPv6: hex groups and colons, at most one "::", 3 to 8 groups, at least one colon pair or letter.
    static func ipv6(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        var groups = 0, colons = 0, doubles = 0
        var groupLen = 0
        var lastEnd = start
        while j < s.count {
            let b = s[j]
            if ASCII.isHex(b) {
                groupLen += 1
                if groupLen > 4 { return nil }
                j += 1
                lastEnd = j
            } else if b == UInt8(ascii: ":") {
                if groupLen > 0 { groups += 1 }
                groupLen = 0
                colons += 1
                if j + 1 < s.count, s[j + 1] == UInt8(ascii: ":") { doubles += 1; j += 1; colons += 1; lastEnd = j + 1 }
                j += 1
            } else {
                break
            }
        }
        if groupLen > 0 { groups += 1 }
        guard doubles <= 1, groups >= 3 || (doubles == 1 && groups >= 2), groups <= 8, colons >= 2 else { return nil }
        guard doubles == 1 || groups == 8 else { return nil }
        guard endsToken(s, lastEnd) else { return nil }
        return lastEnd
    }

    // MARK: tokens

    /// JWT: three base64url parts; the header decodes to JSON naming an "alg".
    static func jwt(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 3 < s.count, s[start + 1] == UInt8(ascii: "y"), s[start + 2] == UInt8(ascii: "J") else { return nil }
        var parts = [0, 0, 0]
        var part = 0
        var j = start
        while j < s.count {
            let b = s[j]
            if isAlnum(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") { parts[part] += 1; j += 1 }
            else if b == UInt8(ascii: "."), part < 2 { part += 1; j += 1 }
            else { break }
        }
        guard part == 2, parts[0] >= 10, parts[1] >= 4, parts[2] >= 16 || parts[2] == 0 else { return nil }
        let header = base64URLDecode(Array(s[start..<(start + parts[0])])).map { ASCII.lower($0) }
        guard contains(header, "\"alg\"") else { return nil }
        // An unsigned token ("alg": "none") has an empty signature: it still carries its claims.
        if parts[2] == 0 { return contains(header, "\"none\"") ? j : nil }
        return j
    }

    static func base64URLDecode(_ input: [UInt8]) -> [UInt8] {
        func value(_ c: UInt8) -> UInt32? {
            switch c {
            case 0x41...0x5A: return UInt32(c - 0x41)
            case 0x61...0x7A: return UInt32(c - 0x61 + 26)
            case 0x30...0x39: return UInt32(c - 0x30 + 52)
            case UInt8(ascii: "-"), UInt8(ascii: "+"): return 62
            case UInt8(ascii: "_"), UInt8(ascii: "/"): return 63
            default: return nil
            }
        }
        var out: [UInt8] = []
        var acc: UInt32 = 0, bits = 0
        for c in input {
            guard let v = value(c) else { break }
            acc = acc << 6 | v
            bits += 6
            if bits >= 8 { bits -= 8; out.append(UInt8((acc >> UInt32(bits)) & 0xFF)) }
        }
        return out
    }

    /// `key = value` / `key: "value"` with a secret-bearing key and a random-looking value:
    /// passwords, API keys and tokens, AWS secret keys; also the password in scheme://user:password@host.
    static let passwordKeys = ["password", "passwd", "pwd", "passphrase", "db_pass"]
    static let apiKeyKeys = ["api_key", "apikey", "api-key", "token", "secret", "auth", "access_key", "private_key", "client_secret",
                             "private-key", "credential", "creds"]
    /// All the key words in one list, read in one pass over a key: passwords, then AWS secrets, then API keys.
    static let assignmentKeyWords = ContextWords(passwordKeys + ["secret_access_key", "aws_secret"] + apiKeyKeys)
    static let passwordKeyBits: UInt32 = (1 << UInt32(passwordKeys.count)) - 1
    static let awsSecretKeyBits: UInt32 = 3 << UInt32(passwordKeys.count)

    /// After a word from `i` to `e`: could this be `key = value`, `key: value` or a dotted or dashed
    /// key? Exactly the keys and separators `assignment` reads, without walking the key again.
    @inline(__always) static func mayAssign(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        var k = e
        guard k < s.count else { return false }
        switch s[k] {
        case UInt8(ascii: "="), UInt8(ascii: ":"): return e - i >= 3 && e - i <= 40
        case UInt8(ascii: "-"), UInt8(ascii: "."):
            // A dotted or dashed key goes on past this byte; a word at a sentence's end or a dash does not.
            guard k + 1 < s.count else { return false }
            if ByteClass.key.contains(s[k + 1]) { return true }
            k += 1
            if s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { k += 1 }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard e - i >= 3 && e - i <= 40 else { return false }
            k += 1
        case 0x20:
            guard e - i >= 3 && e - i <= 40 else { return false }
            // The usual case, a word and a space and a word: no assignment.
            if k + 1 < s.count && s[k + 1] != 0x20 { return s[k + 1] == UInt8(ascii: "=") || s[k + 1] == UInt8(ascii: ":") }
        default: return false
        }
        while k < s.count, s[k] == 0x20 { k += 1 }
        return k < s.count && (s[k] == UInt8(ascii: "=") || s[k] == UInt8(ascii: ":"))
    }

    /// `wordEnd`: where the word at `start` (letters, digits, '_') ends; the key may go on past it.
    static func assignment(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, wordEnd: Int) -> (PIIType, Int, Int)? {
        // the key: letters, digits, '_', '-', '.'
        var j = wordEnd
        while j < s.count, ByteClass.key.contains(s[j]) { j += 1 }
        guard j - start >= 3, j - start <= 40 else { return nil }
        // Cheap look first: most words are not followed by '=', ':' or a quote.
        var peek = j
        if peek < s.count, s[peek] == UInt8(ascii: "\"") || s[peek] == UInt8(ascii: "'") { peek += 1 }
        while peek < s.count, s[peek] == 0x20 { peek += 1 }
        guard peek < s.count, s[peek] == UInt8(ascii: "=") || s[peek] == UInt8(ascii: ":") else { return nil }
        // scheme://user:password@host
        if j + 3 < s.count, s[j] == UInt8(ascii: ":"), s[j + 1] == UInt8(ascii: "/"), s[j + 2] == UInt8(ascii: "/") {
            var k = j + 3
            while k < s.count, s[k] != UInt8(ascii: ":"), s[k] != UInt8(ascii: "@"), s[k] != UInt8(ascii: "/"), s[k] > 0x20 { k += 1 }
            guard k < s.count, s[k] == UInt8(ascii: ":") else { return nil }
            let pwStart = k + 1
            var e = pwStart
            while e < s.count, s[e] != UInt8(ascii: "@"), s[e] > 0x20, s[e] != UInt8(ascii: "/") { e += 1 }
            guard e < s.count, s[e] == UInt8(ascii: "@"), e - pwStart >= 4 else { return nil }
            return (.password, pwStart, e)
        }
        // Byte comparisons: this runs for every "word:" and "word=" of JSON, logs and configs.
        let keyWords = matches(s, start, j, assignmentKeyWords, all: true)
        guard keyWords != 0, !namesNoSecret(s, start, j) else { return nil }
        let isPassword = keyWords & passwordKeyBits != 0
        let isAWSSecret = keyWords & awsSecretKeyBits != 0
        // separator: optional quote, spaces, '=' or ':', spaces, optional quote
        var k = j
        if k < s.count, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { k += 1 }
        while k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count, s[k] == UInt8(ascii: "=") || s[k] == UInt8(ascii: ":") else { return nil }
        k += 1
        while k < s.count, s[k] == 0x20 { k += 1 }
        var quote: UInt8 = 0
        if k < s.count, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { quote = s[k]; k += 1 }
        let vStart = k
        while k < s.count, s[k] > 0x20, s[k] != quote, s[k] != UInt8(ascii: ","), !(quote == 0 && (s[k] == UInt8(ascii: ";"))) { k += 1 }
        guard k - vStart >= 8, k - vStart <= 200, looksRandom(s, vStart, k), !looksLikeCode(s, vStart, k) else { return nil }
        // a JWT, a known key shape or a Slack webhook in an assignment is found as what it is
        if startsJWT(s, vStart, k) || SensitivityScanner.matchSecret(s, at: vStart) != nil || slackWebhook(s, vStart) != nil { return nil }
        if isAWSSecret && k - vStart == 40 { return (.awsSecretKey, vStart, k) }
        return (isPassword || looksLikePassword(s, vStart, k) ? .password : .genericAPIKey, vStart, k)
    }

    /// Key names that hold a keyword but name something about a secret, not the secret itself:
    /// LLM_SECRET_NAME, secret_length, access_token_url, token_type, API_KEY_ID.
    static let secretAboutSuffixes = ["name", "length", "len", "url", "uri", "id", "path", "file", "type", "env", "var", "size",
                                      "count", "expiry", "expires", "ttl", "format", "header", "field", "endpoint", "version"]
    static let secretAboutTable = WordTable(secretAboutSuffixes.map { ($0, 1) })
    static func namesNoSecret(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var a = end
        while a > start, end - a <= 16, ASCII.isAlnum(s[a - 1]) { a -= 1 }
        guard a > start, end - a <= 16, s[a - 1] == UInt8(ascii: "_") || s[a - 1] == UInt8(ascii: "-") || s[a - 1] == UInt8(ascii: ".") else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buf in
            for k in a..<end { buf[k - a] = ASCII.lower(s[k]) }
            return secretAboutTable.lookup(UnsafeBufferPointer(rebasing: buf[0..<(end - a)]), 0, end - a) != 0
        }
    }

    /// A value that is code or a constant's name, not a secret: a call or subscript
    /// (`os.environ["API_KEY"]`), a dotted member (`X25519.secret_length`), an upper-case name
    /// of words (`NEXUS-GPT4-API-KEY`).
    static func looksLikeCode(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var upperName = true, separators = 0, dots = 0, run = 0, longest = 0
        for k in a..<e {
            let c = s[k]
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { return true }
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") { separators += 1; run = 0; continue }
            if c == UInt8(ascii: ".") { dots += 1; run = 0; continue }
            if c &- 0x61 < 26 { upperName = false }
            run += 1
            longest = max(longest, run)
        }
        // Upper-case words of at most 6 characters joined by dashes or underscores.
        if upperName && separators >= 2 && longest <= 6 && dots == 0 { return true }
        // identifier.member: letters, digits and '_' on both sides of one dot, the member in lower case.
        if dots == 1, separators >= 1, let d = (a..<e).first(where: { s[$0] == UInt8(ascii: ".") }), d > a, d + 1 < e,
           (d + 1..<e).allSatisfy({ s[$0] &- 0x61 < 26 || s[$0] == UInt8(ascii: "_") }) { return true }
        return false
    }

    /// A secret under a neutral name ("token", "key", "secret") is a password when it reads like one:
    /// symbols key generators leave out, or shorter than the 20 characters API keys are made of.
    static func looksLikePassword(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        b - a < 20 || hasPasswordSymbol(s, a, b)
    }

    /// Symbols people put in passwords and key generators leave out: such a value is a password.
    static func hasPasswordSymbol(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { k in
            let c = s[k]
            return c == UInt8(ascii: "!") || c == UInt8(ascii: "^") || c == UInt8(ascii: "%") || c == UInt8(ascii: "*") || c == UInt8(ascii: "$")
                || c == UInt8(ascii: "#") || c == UInt8(ascii: "&") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "~")
                || c == UInt8(ascii: "?") || c == UInt8(ascii: "@")
        }
    }

    static let slackWebhookPrefix = Array("https://hooks.slack.com/services/".utf8)

    /// https://hooks.slack.com/services/T…/B…/secret
    static func slackWebhook(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let p = slackWebhookPrefix
        guard start + p.count + 20 <= s.count else { return nil }
        for m in 0..<p.count where s[start + m] != p[m] { return nil }
        var j = start + p.count, slashes = 0, tail = 0
        while j < s.count, isAlnum(s[j]) || s[j] == UInt8(ascii: "/") {
            if s[j] == UInt8(ascii: "/") { slashes += 1; tail = 0 } else { tail += 1 }
            j += 1
        }
        return slashes == 2 && tail >= 16 ? j : nil
    }

    /// Secret words in prose: "the password is X", "here's the token: X", "try this key X",
    /// "with secret X". The value must look random; a known key shape there is left to its detector.
    static let proseSecretWords: [(word: [UInt8], password: Bool)] = [
        ("password", true), ("passwd", true), ("passcode", true), ("pwd", true), ("pw", true),
        ("token", false), ("key", false), ("secret", false), ("apikey", false),
    ].map { (Array($0.0.utf8), $0.1) }

    /// First letter and length of each prose secret word: "the", "that", "said" stop here.
    @inline(__always) static func mayBeProseSecretWord(_ first: UInt8, _ n: Int) -> Bool {
        switch (ASCII.lower(first), n) {
        case (UInt8(ascii: "p"), 2), (UInt8(ascii: "p"), 3), (UInt8(ascii: "p"), 6), (UInt8(ascii: "p"), 8),
             (UInt8(ascii: "t"), 5), (UInt8(ascii: "k"), 3), (UInt8(ascii: "s"), 6), (UInt8(ascii: "a"), 6): return true
        default: return false
        }
    }

    static func proseSecret(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int) -> (PIIType, Int, Int)? {
        let n = wordEnd - start
        guard mayBeProseSecretWord(s[start], n) else { return nil }
        var isPassword = false, isSecret = false
        var matched = false
        for (w, pw) in proseSecretWords where w.count == n {
            var m = 0
            while m < n && ASCII.lower(s[start + m]) == w[m] { m += 1 }
            if m == n { matched = true; isPassword = pw; isSecret = w.count == 6 && w[0] == UInt8(ascii: "s"); break }
        }
        guard matched else { return nil }
        // optional "is", then the value
        var k = wordEnd + 1
        if k + 3 < s.count, s[k] == UInt8(ascii: "i"), s[k + 1] == UInt8(ascii: "s"), s[k + 2] == 0x20 { k += 3 }
        let vStart = k
        while k < s.count, s[k] > 0x20, s[k] != UInt8(ascii: ","), s[k] != UInt8(ascii: "\""), s[k] != UInt8(ascii: "'") { k += 1 }
        // a sentence's full stop is not part of the value
        while k > vStart, s[k - 1] == UInt8(ascii: ".") { k -= 1 }
        guard k - vStart >= 8, k - vStart <= 128 else { return nil }
        guard looksRandom(s, vStart, k), !startsJWT(s, vStart, k), SensitivityScanner.matchSecret(s, at: vStart) == nil,
              slackWebhook(s, vStart) == nil else { return nil }
        // an AWS secret access key: 40 base64 characters after "secret"
        if isSecret && k - vStart == 40 && (vStart..<k).allSatisfy({ isAlnum(s[$0]) || s[$0] == UInt8(ascii: "/") || s[$0] == UInt8(ascii: "+") }) {
            return (.awsSecretKey, vStart, k)
        }
        return (isPassword || looksLikePassword(s, vStart, k) ? .password : .genericAPIKey, vStart, k)
    }

    static let placeholderWords = ContextWords(["xxxx", "your", "example", "placeholder", "redacted", "changeme", "<", "${", "***", "dummy", "sample"])

    /// Mixed character classes and no placeholder words: a value, not a word or an example.
    static func looksRandom(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        // Lower, upper, digit and other as bits 4, 2, 1 and 8.
        var classes: UInt8 = 0
        var seen = ByteSet()
        var distinct = 0
        for k in a..<e {
            let b = s[k]
            let c = asciiClassBits(b)
            classes |= c | (c == 0 ? 8 : 0)
            distinct &+= seen.insertIsNew(b)
        }
        guard classes.nonzeroBitCount >= 2 else { return false }
        if matches(s, a, e, placeholderWords, all: false) != 0 { return false }
        return distinct >= 6
    }

    /// A JWT's header starts "eyJ": one in an assignment or in prose is left to the JWT detector.
    @inline(__always) static func startsJWT(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        e - a > 3 && s[a] == UInt8(ascii: "e") && s[a + 1] == UInt8(ascii: "y") && s[a + 2] == UInt8(ascii: "J")
    }

    // MARK: names and addresses

    static let nameTriggers = [
        "dear", "hi", "hello", "hey", "name:", "name\":", "name =", "mr.", "mrs.", "ms.", "miss", "dr.", "prof.",
        "herr", "frau", "herr/frau", "m.", "mme", "m./mme", "monsieur", "madame", "customer", "ship to", "contact",
        "kontaktieren sie", "contacter", "thanks,", "thank you,", "patient", "employee", "from:", "to:", "attn:",
        "regards,", "grüße", "gruß", "cordialement,", "sincerely,", "cheers,", "best,", "merci,", "bonjour", "cher",
        "chère", "liebe", "lieber", "client", "kunde", "kundin", "applicant", "holder:", "signed,", "geehrte", "geehrter",
        "applicant:", "holder", "kontoinhaber:", "inhaber:", "titulaire", "titulaire:", "customer is", "patient is", "name is",
        "i'm", "i am", "faithfully,", "truly,", "regards,", "grüßen", "grüßen,", "nom de", "belongs to", "ping", "hallo",
        "patient:", "customer:", "employee:", "contact:", "client:", "morning", "good morning", "good afternoon", "good evening",
        // Labels of forms, tickets and minutes.
        "cc:", "bcc:", "assigned to:", "owner:", "author:", "reviewer:", "assignee:", "landlord:", "tenant:",
        "guardian:", "emergency contact:", "next of kin:", "beneficiary:", "recipient:", "sender:", "witness:",
        "attendees:", "requester:", "reporter:", "your name?", "name?", "by:", "spouse:", "doctor:", "physician:",
        "present:", "apologies:", "action:", "participants:",
    ]

    /// Greetings, after which one capitalized word and a comma is a name: "Hi Barbara,".
    static let greetings = ["hi", "hello", "hey", "dear", "bonjour", "hallo", "liebe", "lieber", "cher", "chère", "salut", "morning",
                            "afternoon", "evening"]
    /// Words greeted that are not names.
    static let notNames: [[UInt8]] = ["Team", "All", "Everyone", "Sir", "Madam", "Customer", "Support", "There", "Folks", "World",
                                        "Guys", "Monsieur", "Madame", "Kunde", "Client", "Colleagues", "Friends", "Partner"].map { Array($0.utf8) }

    /// s[start..<end] is one of `notNames`, compared byte for byte.
    static func isNotName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        notNameTable.lookup(s, start, end) != 0
    }
    static let notNameTable = WordTable(notNames.map { (String(decoding: $0, as: UTF8.self), 1) })

    /// The run of up to four capitalized words at `start`: middle initials ("B."), a one-letter
    /// capital outside ASCII ("Ó Súilleabháin"), double names ("Klaus-Dieter") and lower-case
    /// particles between them ("van der", "de la"). Returns the words counted and where the run ends.
    static func nameRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Int) {
        var j = start
        var words = 0
        var end = start
        while j < s.count, words < 4 {
            // a capitalized word: an upper-case ASCII letter or a UTF-8 lead byte, then letters
            let first = s[j]
            guard first &- 0x41 < 26 || first >= 0xC3 else { break }
            var k = j + 1
            if first >= 0xC3 { while k < s.count, s[k] & 0xC0 == 0x80 { k += 1 } }
            let from = k
            while k < s.count, ByteClass.name.contains(s[k]) { k += 1 }
            // A double first name or surname goes on after its hyphen: Klaus-Dieter, Smith-Jones; a
            // capital after small letters goes on too: MacAulay, DeShawn.
            while k > from, s[k - 1] == UInt8(ascii: "-") || s[k - 1] &- 0x61 < 26, k < s.count, s[k] &- 0x41 < 26 || s[k] >= 0xC3 && s[k - 1] == UInt8(ascii: "-") {
                k += 1
                if s[k - 1] >= 0xC3 { while k < s.count, s[k] & 0xC0 == 0x80 { k += 1 } }
                while k < s.count, ByteClass.name.contains(s[k]) { k += 1 }
            }
            let letters = k - from
            let initial = letters == 0 && k < s.count && s[k] == UInt8(ascii: ".") && words > 0
            // "Ó", "Ní": a capital outside ASCII may be a word of its own before the surname.
            let particleCapital = letters == 0 && first >= 0xC3 && k + 1 < s.count && s[k] == 0x20 && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3)
            if initial { k += 1 } else if letters < 1 && !particleCapital { break }
            words += 1
            end = k
            guard k + 1 < s.count, s[k] == 0x20 else { break }
            if s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3 { j = k + 1; continue }
            // Lower-case particles and then a capitalized word: "van der Berg", "de la Cruz".
            guard words > 0, let next = particlesEnd(s, k + 1) else { break }
            j = next
        }
        return (words, end)
    }

    /// Name particles written in lower case inside a name.
    static let nameParticles = WordTable(["van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ben",
                                          "al", "el", "ter", "ten", "dos", "das", "do", "y", "zu", "af", "ibn", "abu"].map { ($0, 1) })

    /// One or two lower-case particles from `i`, each followed by a space, then a capital: where
    /// the capitalized word starts; nil otherwise.
    @inline(__always) static func particlesEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        // The shape first (one or two short lower-case words, then a capital), the words after; every
        // particle starts with a b d e i l t v y z (bits over a..z).
        guard i < s.count, s[i] &- 0x61 < 26, (0x328_091B as UInt32) >> UInt32(s[i] &- 0x61) & 1 != 0 else { return nil }
        var k = i
        while k < s.count, k - i <= 5, s[k] &- 0x61 < 26 { k += 1 }
        guard k > i, k - i <= 5, k + 2 < s.count, s[k] == 0x20 else { return nil }
        let c = s[k + 1]
        if c &- 0x41 < 26 || c >= 0xC3 { return nameParticles.lookup(s, i, k) != 0 ? k + 1 : nil }
        var m = k + 1
        while m < s.count, m - k <= 6, s[m] &- 0x61 < 26 { m += 1 }
        guard m > k + 1, m - k <= 6, m + 1 < s.count, s[m] == 0x20, s[m + 1] &- 0x41 < 26 || s[m + 1] >= 0xC3 else { return nil }
        return nameParticles.lookup(s, i, k) != 0 && nameParticles.lookup(s, k + 1, m) != 0 ? m + 1 : nil
    }

    /// 2 to 4 capitalized words (a middle initial allowed) right after a naming cue, or in a CSV name column.
    static func personName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ csv: CSVHeader?) -> (Int, Double)? {
        let (words, end) = nameRun(s, start)
        guard words >= 1, endsToken(s, end) || (end < s.count && s[end] == UInt8(ascii: ".")) else { return nil }
        // An honorific or a single-name cue before: one word is enough ("Mr. Chapman", "my name is Amy").
        if words > 1, let c = strongNameCue(s, start) { return nameRunEnd(s, start, end, strong: true).map { ($0, c) } }
        if words == 1, let c = singleNameAfterCue(s, start, end) { return (end, c) }
        if let h = csv, let c = h.column(s, start), h.isName[c], words > 1 || h.isNamePart[c] { return (end, 0.9) }
        if words == 1 {
            // One word: a first name right after a greeting, then a comma or an exclamation mark.
            var e = start
            while e > 0, s[e - 1] == 0x20 { e -= 1 }
            if end < s.count, s[end] == UInt8(ascii: ",") || s[end] == UInt8(ascii: "!"), end - start >= 3, !isNotName(s, start, end),
               greetingWords.endsAt(s, 0, e) { return (end, 0.8) }
            // A known given name after a cue or verb, or possessive: "thanks Amy.", "Name: Amy", "Irene's".
            return singleGivenName(s, start, end, next: nil).map { (end, $0) }
        }
        // The cue ends within 30 bytes before, past spaces, line breaks and quotes.
        let from = max(0, start - 30)
        var e = start
        while e > from, s[e - 1] == 0x20 || s[e - 1] == 0x0A || s[e - 1] == 0x0D || s[e - 1] == UInt8(ascii: "\"") || s[e - 1] == UInt8(ascii: "'") {
            e -= 1
        }
        if (start == 0 || s[start - 1] == 0x0A), let next = nextLineStart(s, end), next < s.count, streetAddress(s, next) != nil {
            // A name on a line of its own above a street address: a postal label.
            return (end, 0.75)
        }
        // One look back for both kinds of cue: the triggers come first in the list, so they win a tie.
        let cue = e > from ? nameCueWords.wordEnding(s, from, e) : -1
        if cue >= 0 && cue < nameTriggers.count { return nameRunEnd(s, start, end, strong: false).map { ($0, 0.8) } }
        // Verbs of communication and by-lines: "forward this to Irene Wilson", "according to Amy Davis".
        if cue >= 0 {
            // After a verb, teams and companies are written as names are ("forward this to Product
            // Marketing"): the gazetteer must know a word of the run as a name.
            guard let c = gazetteerName(s, start, end).map({ max($0, 0.8) }) ?? (knownNameWord(s, start, end) ? 0.7 : nil) else { return nil }
            return nameRunEnd(s, start, end, strong: false).map { ($0, c) }
        }
        // No cue: a known given name and what follows it ("Amy Davis called about the invoice").
        if let c = gazetteerName(s, start, end) { return nameRunEnd(s, start, end, strong: false).map { ($0, c) } }
        return nil
    }

    /// Verbs of communication and by-lines before a name of two or more words.
    static let nameVerbs = [
        "called", "emailed", "e-mailed", "wrote to", "forward this to", "forward it to", "forward to", "forwarded to",
        "send this to", "send it to", "sent to", "met with", "meet with", "meeting with", "according to", "spoke with",
        "spoke to", "speak to", "speak with", "talked to", "talk to", "talked with", "asked", "ask", "contacted",
        "reach out to", "reached out to", "phoned", "texted", "messaged", "told", "thanks", "thank you", "thanks to",
        "care of", "replied to", "reply to", "ask for", "asked for", "cc", "written by", "signed by", "approved by",
        "reported by", "submitted by", "prepared by", "requested by", "created by", "reviewed by", "assigned to",
        "handled by", "referred by", "directed by", "produced by", "interviewed", "invited", "introduced", "parcel for",
        "accountant,", "patient,", "customer,", "spoke w/", "booked for", "reminder from", "account for", "landlord,",
        "message from", "note from", "update from", "email from", "call from", "lunch with", "coffee with", "congratulations to",
        "welcome", "report from", "signed off by", "is with", "ping",
    ]

    /// Where the next line starts when a line ends at `i` (LF or CRLF); nil when it does not end there.
    @inline(__always) static func nextLineStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < s.count else { return nil }
        if s[i] == 0x0A { return i + 1 }
        if s[i] == 0x0D, i + 1 < s.count, s[i + 1] == 0x0A { return i + 2 }
        return nil
    }

    /// Grouped by last byte, in the order `streetSuffixRange` names.
    static let streetSuffixes = ["straße", "strasse", "gasse", "allee", "str.", "weg", "ring", "platz", "damm", "ufer"]

    /// The suffixes packed from their last byte down (at most 8 bytes each), with their masks.
    static let streetSuffixTails: [(bytes: UInt64, mask: UInt64, length: Int)] = streetSuffixes.map { w in
        let u = Array(w.utf8)
        precondition(u.count <= 8)
        var t: UInt64 = 0
        for (m, b) in u.reversed().enumerated() { t |= UInt64(b) << UInt64(8 * m) }
        return (t, u.count == 8 ? ~0 : (1 << UInt64(8 * u.count)) - 1, u.count)
    }
    static let nameTriggerWords = EndingWords(nameTriggers)
    /// The triggers, then the verbs: `wordEnding` below `nameTriggers.count` is a trigger.
    static let nameCueWords = EndingWords(nameTriggers + nameVerbs)
    static let greetingWords = EndingWords(greetings)
    static let unitWords = ["Flat", "Studio", "Apartment", "PSC", "Unit", "USNS", "USS"]

    /// French street types, lower-case as they are written: "12, rue de la Paix", "avenue Foch".
    static let frenchStreetTypes = ["rue", "avenue", "boulevard", "chemin", "allée", "place", "impasse", "quai", "route", "cours"]
        .map { Array($0.utf8) }

    /// A French street type at `i`, as a word, followed by a space and a name.
    @inline(__always) static func frenchStreet(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        // The first two letters, by a table of the pairs the types start with (a jump per word costs more).
        let a = s[i] &- 0x61, b = s[i + 1] &- 0x61
        guard a < 26, b < 26, frenchStreetPairs[Int(a) &* 26 &+ Int(b)] else { return false }
        return frenchStreetWord(s, i)
    }

    static let frenchStreetPairs: [Bool] = {
        var t = [Bool](repeating: false, count: 26 * 26)
        for w in frenchStreetTypes { t[Int(w[0] - 0x61) * 26 + Int(w[1] - 0x61)] = true }
        return t
    }()

    static func frenchStreetWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // The first two letters name the one type it can be: ru av bo ch al pl im qu ro co.
        guard i + 1 < s.count else { return false }
        let type: Int
        switch UInt16(s[i]) << 8 | UInt16(s[i + 1]) {
        case 0x7275: type = 0
        case 0x6176: type = 1
        case 0x626F: type = 2
        case 0x6368: type = 3
        case 0x616C: type = 4
        case 0x706C: type = 5
        case 0x696D: type = 6
        case 0x7175: type = 7
        case 0x726F: type = 8
        case 0x636F: type = 9
        default: return false
        }
        return frenchStreetTypes[type].withUnsafeBufferPointer { w in
            guard i + w.count + 2 < s.count else { return false }
            var m = 2
            while m < w.count && s[i + m] == w[m] { m += 1 }
            guard m == w.count, s[i + m] == 0x20 else { return false }
            let c = s[i + m + 1]
            return c &- 0x41 < 26 || c >= 0xC3 || c == UInt8(ascii: "d")   // "de", "du", "des"
        }
    }

    @inline(__always) static func isStreetStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        isStreetStart(s, i, wordEnd: s[i] &- 0x61 < 26 ? i : streetWordEnd(s, i))
    }

    /// `wordEnd`: the end of the street word at `i` (not read for a lower-case start).
    @inline(__always) static func isStreetStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, wordEnd: Int) -> Bool {
        if s[i] &- 0x61 < 26 { return frenchStreet(s, i) }
        switch s[i] {
        case UInt8(ascii: "F"), UInt8(ascii: "S"), UInt8(ascii: "A"), UInt8(ascii: "P"), UInt8(ascii: "U"):
            // Fl, St, Ap, PS, Un, US: the first two bytes of every unit word.
            guard i + 1 < s.count else { break }
            switch UInt16(s[i]) << 8 | UInt16(s[i + 1]) {
            case 0x466C, 0x5374, 0x4170, 0x5053, 0x556E, 0x5553: if isUnitWord(s, i) { return true }
            default: break
            }
        default: break
        }
        return germanStreetWordEnd(s, i, wordEnd: wordEnd) != nil
    }

    /// Flat, Studio, ... as a word of its own (and a byte after it), compared as packed integers.
    static let unitWordsPacked: [(UInt64, UInt64, Int)] = unitWords.map { w in
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (k, b) in w.utf8.enumerated() { if k < 8 { lo |= UInt64(b) << UInt64(8 * k) } else { hi |= UInt64(b) << UInt64(8 * (k - 8)) } }
        return (lo, hi, w.utf8.count)
    }

    static func isUnitWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i
        var lo: UInt64 = 0, hi: UInt64 = 0
        while k < s.count, isAlnum(s[k]), k - i < 10 {
            if k - i < 8 { lo |= UInt64(s[k]) << UInt64(8 * (k - i)) } else { hi |= UInt64(s[k]) << UInt64(8 * (k - i - 8)) }
            k += 1
        }
        guard k < s.count, k - i < 10 else { return false }
        for w in unitWordsPacked where w.2 == k - i && w.0 == lo && w.1 == hi { return true }
        return false
    }

    /// End of a German street word (Mühlegasse, Baldur-Klemt-Ring), or nil.
    @inline(__always) static func germanStreetWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        germanStreetWordEnd(s, i, wordEnd: streetWordEnd(s, i))
    }

    /// Where the street word (letters, digits, UTF-8, '-' and '.') at `i` ends.
    @inline(__always) static func streetWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var k = i
        while k < s.count, ByteClass.streetWord.contains(s[k]) { k += 1 }
        return k
    }

    /// `k`: the end of the street word at `i`.
    @inline(__always) static func germanStreetWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, wordEnd k: Int) -> Int? {
        guard k > i, let suffixes = streetSuffixRange(ASCII.lower(s[k - 1])) else { return nil }
        // The last (up to) 8 bytes lower-cased, the last byte lowest: each suffix is one masked comparison.
        var tail: UInt64 = 0
        if k >= 8, let base = s.baseAddress {
            // One load; ASCII capitals lower-cased eight at a time.
            let w = UInt64(littleEndian: UnsafeRawPointer(base + k - 8).loadUnaligned(as: UInt64.self)).byteSwapped
            let heptets = w & 0x7F7F_7F7F_7F7F_7F7F
            let upper = ((heptets &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (heptets &+ 0x2525_2525_2525_2525)) & ~w & 0x8080_8080_8080_8080
            tail = w | (upper >> 2)
        } else {
            var m = 0
            while m < 8 && m < k - i { tail |= UInt64(ASCII.lower(s[k - 1 - m])) << UInt64(8 * m); m += 1 }
        }
        return streetSuffixTails.withUnsafeBufferPointer { tails in
            for x in suffixes where tails[x].length < k - i && tail & tails[x].mask == tails[x].bytes { return k }
            return nil
        }
    }

    /// The suffixes (indices into `streetSuffixes`) that end in `last`; nil when none does.
    @inline(__always) static func streetSuffixRange(_ last: UInt8) -> Range<Int>? {
        switch last {
        case UInt8(ascii: "e"): return 0..<4
        case UInt8(ascii: "."): return 4..<5
        case UInt8(ascii: "g"): return 5..<7
        case UInt8(ascii: "z"): return 7..<8
        case UInt8(ascii: "m"): return 8..<9
        case UInt8(ascii: "r"): return 9..<10
        default: return nil
        }
    }

    /// A postal address on one line: a house number (or Flat/Studio/PSC..., or a German street word)
    /// and comma-separated parts that end in a postcode: US "ST 12345", UK "LS7E 2FT", German
    /// "12345 City", military "APO AE 04121".
    static func streetAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let first = s[start]
        guard isDigit(first) || isStreetStart(s, start) else { return nil }
        if isDigit(first) {
            var k = start
            while k < s.count, isDigit(s[k]) { k += 1 }
            guard k - start <= 6, k + 1 < s.count else { return nil }
            // "983 Christopher Unions" or the French "12, rue de la Paix"
            let english = s[k] == 0x20 && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3)
            let french = k + 2 < s.count && s[k] == UInt8(ascii: ",") && s[k + 1] == 0x20 && frenchStreet(s, k + 2)
            // "69 avenue Jean Jaurès" (no comma after the number)
            if !english && !french {
                guard s[k] == 0x20, s[k + 1] &- 0x61 < 26, frenchStreet(s, k + 1) else { return nil }
                return streetParts(s, start, skipFirstComma: nil) ?? frenchStreetLine(s, typeStart: k + 1)
            }
            if french {
                // The number's comma does not end a part here.
                return streetParts(s, start, skipFirstComma: k) ?? frenchStreetLine(s, typeStart: k + 2)
            }
            // No postcode on the line: a street line alone, or with its town and postcode on the next lines.
            return streetParts(s, start, skipFirstComma: nil) ?? streetLine(s, start, numberEnd: k)
        }
        return streetParts(s, start, skipFirstComma: nil)
    }

    /// At a capitalized word: a street address that starts with a street word, or a name (typed a
    /// street when its first word is one).
    static func streetOrName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ csv: CSVHeader?) -> (Int, PIIType, Double)? {
        let k = streetWordEnd(s, i)
        let street = isStreetStart(s, i, wordEnd: k)
        if street, let end = streetParts(s, i, skipFirstComma: nil) ?? germanStreetLine(s, i, wordEnd: k) { return (end, .streetAddress, 0.7) }
        // A capitalized word, a space and a lower-case word: no name starts here (personName would
        // stop after the first word, which is no greeted first name either), unless an honorific or a
        // name cue is right before it ("Mr. Chapman said", "my name is Amy and").
        if !street, k + 1 < s.count, s[k] == 0x20, s[k + 1] &- 0x61 < 26, !(k - i >= 3 && particlesEnd(s, k + 1) != nil) {
            var e = i + 1
            while e < k, ByteClass.name.contains(s[e]) { e += 1 }
            guard e == k else { return nil }
            if let c = singleNameAfterCue(s, i, e) ?? singleGivenName(s, i, e, next: k + 1) { return (e, .person, c) }
            return nil
        }
        if let (end, c) = personName(s, i, csv) { return street ? (end, .streetAddress, 0.7) : (end, .person, c) }
        return nil
    }

    static func streetParts(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, skipFirstComma: Int?) -> Int? {
        let limit = min(s.count, start + 140)
        var segStart = start
        var j = start
        var segments = 0
        let skip = skipFirstComma ?? -1
        while j < limit {
            // The bytes of a part, passed in a tight loop; what ends or breaks a part is handled below.
            while j < limit && j != skip && ByteClass.addressPart.contains(s[j]) { j += 1 }
            if j == limit {
                // The text (or the reach of an address) ends inside a part: the part ends here.
                segments += 1
                return segments >= 2 ? postalTail(s, segStart, j) : nil
            }
            let b = s[j]
            if j == skipFirstComma { j += 1; continue }
            if b == UInt8(ascii: ",") || b == 0x0A || b == UInt8(ascii: "\"") || b == UInt8(ascii: ";") {
                segments += 1
                if segments >= 2, let end = postalTail(s, segStart, j) { return end }
                if b != UInt8(ascii: ",") { return nil }
                j += 1
                while j < limit, s[j] == 0x20 { j += 1 }
                segStart = j
                continue
            }
            guard isAlnum(b) || b >= 0x80 || b == 0x20 || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "#")
                    || b == UInt8(ascii: "'") || b == UInt8(ascii: "/") else {
                // Text that no address holds ends the part: the sentence after "..., 22045 Herford." may
                // hold a '+', '@' or ':' before its next comma.
                return segments >= 1 ? postalTail(s, segStart, j) : nil
            }
            j += 1
        }
        return nil
    }

    /// The segment s[a..<b] ends an address with a postcode; returns where the address ends.
    static func postalTail(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ bEnd: Int) -> Int? {
        var b = bEnd
        while b > a, s[b - 1] == 0x20 || s[b - 1] == UInt8(ascii: ".") { b -= 1 }
        // The words of the part, as ranges; the postcode may be followed by more ("WY 33729 — order 12").
        var words: [(Int, Int)] = []
        var k = a
        while k < b {
            while k < b, s[k] == 0x20 { k += 1 }
            let w = k
            while k < b, s[k] != 0x20 { k += 1 }
            if k > w { words.append((w, k)) }
        }
        func end(_ r: (Int, Int)) -> Int { var e = r.1; while e > r.0, s[e - 1] == UInt8(ascii: ".") { e -= 1 }; return e }
        // A postcode may end a sentence: "WA 54520." is a ZIP code and its full stop.
        func digits(_ r: (Int, Int), _ n: Int) -> Bool { end(r) - r.0 == n && (r.0..<end(r)).allSatisfy { isDigit(s[$0]) } }
        func upper(_ r: (Int, Int), _ n: Int) -> Bool { r.1 - r.0 == n && (r.0..<r.1).allSatisfy { s[$0] &- 0x41 < 26 } }
        // German and French: "12345 City" starts the part.
        if words.count >= 2, digits(words[0], 5), s[words[1].0] &- 0x41 < 26 || s[words[1].0] >= 0xC3 {
            // The city: capitalized words ("Saint Denise-la-Forêt"), up to a lower-case word or a full stop.
            var e = words[0].1
            for w in words[1...] {
                guard s[w.0] &- 0x41 < 26 || s[w.0] >= 0xC3 else { break }
                let we = end(w)
                e = we
                if we < w.1 { break }  // "Susanne." ends the sentence
            }
            return e
        }
        // ZIP+4: "62704-1234".
        func zipPlus4(_ r: (Int, Int)) -> Bool {
            let e = end(r)
            return e - r.0 == 10 && s[r.0 + 5] == UInt8(ascii: "-")
                && (r.0..<e).allSatisfy { $0 == r.0 + 5 || isDigit(s[$0]) }
        }
        for x in 1..<max(1, words.count) {
            // US: "ST 12345", "ST 12345-6789"
            if digits(words[x], 5) || zipPlus4(words[x]), upper(words[x - 1], 2) { return end(words[x]) }
            // UK: outward (A9, A99, AA9, AA99, A9A, AA9A) and inward (9AA); a full stop after it ends the sentence
            let o = words[x - 1], i = (words[x].0, end(words[x]))
            let inwardOK = i.1 - i.0 == 3 && isDigit(s[i.0]) && s[i.0 + 1] &- 0x41 < 26 && s[i.0 + 2] &- 0x41 < 26
            let outwardOK = (2...4).contains(o.1 - o.0) && s[o.0] &- 0x41 < 26
                && (o.0..<o.1).allSatisfy { isDigit(s[$0]) || s[$0] &- 0x41 < 26 } && (o.0..<o.1).contains { isDigit(s[$0]) }
            if inwardOK && outwardOK { return i.1 }
        }
        return nil
    }

    // MARK: dates of birth

    static let birthWords = ["born", "birth", "dob", "b-day", "birthday", "geboren", "geburtsdatum", "naissance", "né le", "née le",
                             "né(e)", "nacido", "nata il", "nato il"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                         "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
                         "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    /// Month names packed as (first 8 bytes, next 8 bytes, length), lower-cased: compared without allocating.
    static let packedMonths: [(UInt64, UInt64, Int)] = months.map { m in pack(Array(m.utf8)[...]) }

    static func pack(_ bytes: ArraySlice<UInt8>) -> (UInt64, UInt64, Int) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            let v = UInt64(ASCII.lower(b))
            if k < 8 { lo |= v << UInt64(8 * k) } else if k < 16 { hi |= v << UInt64(8 * (k - 8)) }
        }
        return (lo, hi, bytes.count)
    }

    /// The packed month names by their length in bytes.
    static let monthsByLength: [[(UInt64, UInt64)]] = {
        var t = [[(UInt64, UInt64)]](repeating: [], count: 17)
        for m in packedMonths { t[m.2].append((m.0, m.1)) }
        return t
    }()

    /// The first three letters of every ASCII month name, as bits over 26³ prefixes: most words
    /// fail here, before they are walked and packed.
    static let monthPrefixes: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)
        for m in months {
            let u = Array(m.utf8)
            guard u.count >= 3, u[0..<3].allSatisfy({ $0 &- 0x61 < 26 }) else { continue }
            let k = Int(u[0] - 0x61) * 676 + Int(u[1] - 0x61) * 26 + Int(u[2] - 0x61)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        return bits
    }()

    /// Could a month name start at `i`? False only when it certainly cannot.
    @inline(__always) static func mayBeMonth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 2 < s.count else { return false }
        let a = ASCII.lower(s[i]) &- 0x61, b = ASCII.lower(s[i + 1]) &- 0x61, c = ASCII.lower(s[i + 2]) &- 0x61
        // A non-ASCII letter among the first three (février, août, März): take the slow path.
        guard a < 26, b < 26, c < 26 else { return s[i + 1] >= 0x80 || s[i + 2] >= 0x80 }
        let k = Int(a) * 676 + Int(b) * 26 + Int(c)
        return monthPrefixes[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    @inline(__always) static func isMonthLetter(_ b: UInt8) -> Bool {
        // Every month name here starts with one of these letters.
        // j f m a s o n d, as bits over a..z: a test, not a jump.
        let k = (b | 0x20) &- 0x61
        return k < 26 && (0b0100_0111_0010_0010_1001 as UInt32) >> UInt32(k) & 1 != 0
    }

    static func isMonth(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard b - a <= 16, b - a >= 3, isMonthLetter(s[a]) else { return false }
        let candidates = monthsByLength[b - a]
        if candidates.isEmpty { return false }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in a..<b {
            let v = UInt64(ASCII.lower(s[k]))
            if k - a < 8 { lo |= v << UInt64(8 * (k - a)) } else { hi |= v << UInt64(8 * (k - a - 8)) }
        }
        for m in candidates where m.0 == lo && m.1 == hi { return true }
        return false
    }

    /// A date (numeric d/m/y in any order, ISO, or with a month name) within 40 bytes after a birth word.
    static let birthWordList = ContextWords(birthWords)
    static func dateOfBirth(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ csv: CSVHeader?) -> (Int, Int)? {
        guard let end = date(s, start) else { return nil }
        guard anyBefore(s, start, 40, birthWordList) || csvBirthColumn(csv, s, start) else { return nil }
        return (start, end)
    }

    static func date(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        // numeric: 1-4 digits, sep, 1-2 digits, sep, 2-4 digits, one separator kind
        if isDigit(s[start]) {
            var j = start
            var fields = (0, 0, 0)
            var count = 0
            var sep: UInt8 = 0
            while j < s.count, count < 3 {
                var k = 0, v = 0
                while j < s.count, isDigit(s[j]), k < 4 { v = v * 10 + Int(s[j] - 48); j += 1; k += 1 }
                guard k > 0 else { return nil }
                // keep the digit count in the last place
                switch count { case 0: fields.0 = v * 10 + k; case 1: fields.1 = v * 10 + k; default: fields.2 = v * 10 + k }
                count += 1
                if count < 3 {
                    guard j + 1 < s.count, s[j] == UInt8(ascii: "/") || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "."),
                          sep == 0 || s[j] == sep, isDigit(s[j + 1]) else { break }
                    sep = s[j]
                    j += 1
                }
            }
            if count == 1, fields.0 % 10 <= 2 {
                // D[.] Month YYYY: "25 April 1974", "8. Dezember 1978"
                var k = j
                if k < s.count, s[k] == UInt8(ascii: ".") { k += 1 }
                guard k < s.count, s[k] == 0x20 else { return nil }
                k += 1
                let wordStart = k
                while k < s.count, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
                guard k - wordStart <= 16, isMonth(s, wordStart, k), k < s.count, s[k] == 0x20 else { return nil }
                k += 1
                var y = 0
                while k < s.count, isDigit(s[k]), y < 4 { k += 1; y += 1 }
                return y == 4 && endsToken(s, k) ? k : nil
            }
            guard count == 3, endsToken(s, j) else { return nil }
            if j < s.count, s[j] == UInt8(ascii: "T") || s[j] == UInt8(ascii: ":") { return nil }
            let hasYear = fields.0 % 10 == 4 || fields.1 % 10 == 4 || fields.2 % 10 == 4 || fields.2 % 10 == 2
            return hasYear ? j : nil
        }
        // Month D, YYYY
        guard isMonthLetter(s[start]) else { return nil }
        var j = start
        while j < s.count, ASCII.isAlpha(s[j]) || s[j] >= 0x80 { j += 1 }
        guard j - start >= 3, j - start <= 16, j < s.count, s[j] == 0x20 || s[j] == UInt8(ascii: ".") else { return nil }
        guard isMonth(s, start, j) else { return nil }
        if j < s.count, s[j] == UInt8(ascii: ".") { j += 1 }
        guard j < s.count, s[j] == 0x20 else { return nil }
        j += 1
        var k = 0
        while j < s.count, isDigit(s[j]), k < 2 { j += 1; k += 1 }
        guard k > 0 else { return nil }
        if j < s.count, s[j] == UInt8(ascii: ",") { j += 1 }
        guard j < s.count, s[j] == 0x20 else { return nil }
        j += 1
        var y = 0
        while j < s.count, isDigit(s[j]), y < 4 { j += 1; y += 1 }
        return y == 4 && endsToken(s, j) ? j : nil
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

    /// Columns of codes, not people: a value under one of these headers is no phone or SSN.
    static func csvCodeColumn(_ csv: CSVHeader?, _ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let h = csv, let c = h.column(s, start) else { return false }
        return h.isCode[c]
    }

    /// A document's CSV header, read once per scan: when its first line is short and has commas.
    public struct CSVHeader: Sendable {
        /// Where the header line ends (its newline).
        let end: Int
        let isName: [Bool]
        let isNamePart: [Bool]
        let isBirth: [Bool]
        let isCode: [Bool]
        let isPhone: [Bool]

        static let nameColumns: Set<String> = ["name", "full_name", "customer", "customer_name", "contact", "patient"]
        /// Columns of one part of a name: there a single word is a name too.
        static let namePartColumns: Set<String> = ["first_name", "last_name", "given_name", "surname", "family_name", "firstname",
                                                    "lastname", "forename"]
        static let codeColumns = ["sku", "id", "code", "order", "product", "ean", "upc", "part", "serial", "ref"]

        public init?(_ s: UnsafeBufferPointer<UInt8>) {
            let limit = min(s.count, 400)
            // Most texts have no short first line with a comma: find that out with memchr first.
            guard limit > 0, let base = s.baseAddress, let nl = memchr(base, 0x0A, limit),
                  memchr(base, Int32(UInt8(ascii: ",")), base.distance(to: nl.assumingMemoryBound(to: UInt8.self))) != nil else { return nil }
            var headerEnd = 0
            var commaCount = 0
            while headerEnd < limit, s[headerEnd] != 0x0A {
                if s[headerEnd] == UInt8(ascii: ",") { commaCount += 1 }
                headerEnd += 1
            }
            guard headerEnd < limit, commaCount > 0 else { return nil }
            let header = s[0..<headerEnd].map { ASCII.lower($0) }
            guard !header.contains(0x20) || commaCount >= 2 else { return nil }
            let columns = header.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self).trimmingSpaces
            }
            end = headerEnd
            isName = columns.map { Self.nameColumns.contains($0) || Self.namePartColumns.contains($0) }
            isNamePart = columns.map { Self.namePartColumns.contains($0) }
            isBirth = columns.map { $0.contains("dob") || $0.contains("birth") }
            isCode = columns.map { name in Self.codeColumns.contains { name == $0 || name.hasSuffix("_" + $0) || name.hasPrefix($0 + "_") } }
            isPhone = columns.map { name in
                name.contains("phone") || name.contains("mobile") || Self.phoneColumns.contains { name == $0 || name.hasSuffix("_" + $0) || name.hasPrefix($0 + "_") }
            }
        }

        static let phoneColumns = ["tel", "telephone", "cell", "fax"]

        init(end: Int, isName: [Bool], isNamePart: [Bool], isBirth: [Bool], isCode: [Bool], isPhone: [Bool]) {
            self.end = end
            self.isName = isName
            self.isNamePart = isNamePart
            self.isBirth = isBirth
            self.isCode = isCode
            self.isPhone = isPhone
        }

        /// The same header for a later part of the document, where every position is past it.
        public func continued() -> CSVHeader { CSVHeader(end: -1, isName: isName, isNamePart: isNamePart, isBirth: isBirth, isCode: isCode, isPhone: isPhone) }

        /// The column `start` is in (commas outside quotes since the line began), after the header line.
        func column(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
            guard start > end else { return nil }
            var lineStart = start
            while lineStart > 0, s[lineStart - 1] != 0x0A { lineStart -= 1 }
            var commas = 0, inQuotes = false
            for k in lineStart..<start {
                if s[k] == UInt8(ascii: "\"") { inQuotes.toggle() }
                else if s[k] == UInt8(ascii: ","), !inQuotes { commas += 1 }
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
        var order: [Int] = [], byPair = [0]
        for h in 0..<1024 {
            order += (0..<words.count).filter { key[$0] == h }
            byPair.append(order.count)
        }
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
