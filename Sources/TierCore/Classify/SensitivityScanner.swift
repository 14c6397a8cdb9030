/// What the scanner found: the level and the evidence (detector names and counts, never the values).
public struct SensitivityReport: Sendable, Equatable {
    public var level: Sensitivity
    /// Detector name -> count, in a fixed order (most sensitive first).
    public var evidence: [(type: String, count: Int)]

    public init(level: Sensitivity = .public, evidence: [(type: String, count: Int)] = []) {
        self.level = level
        self.evidence = evidence
    }

    public static func == (a: SensitivityReport, b: SensitivityReport) -> Bool {
        a.level == b.level && a.evidence.count == b.evidence.count
            && zip(a.evidence, b.evidence).allSatisfy { $0.type == $1.type && $0.count == $1.count }
    }
}

/// The interim sensitivity scan: e-mail addresses, Luhn-valid card numbers, US SSNs and common
/// credential shapes, in one pass over UTF-8 bytes. The `classify` scanner replaces it behind `scan`.
public enum SensitivityScanner {
    enum Detector: Int, CaseIterable {
        case privateKey, awsAccessKey, githubToken, anthropicKey, openaiKey, slackToken, stripeKey
        case creditCard, usSSN, email

        var name: String {
            switch self {
            case .privateKey: return "PRIVATE_KEY"
            case .awsAccessKey: return "AWS_ACCESS_KEY"
            case .githubToken: return "GITHUB_TOKEN"
            case .anthropicKey: return "ANTHROPIC_API_KEY"
            case .openaiKey: return "OPENAI_API_KEY"
            case .slackToken: return "SLACK_TOKEN"
            case .stripeKey: return "STRIPE_KEY"
            case .creditCard: return "CREDIT_CARD"
            case .usSSN: return "US_SSN"
            case .email: return "EMAIL_ADDRESS"
            }
        }

        var level: Sensitivity {
            switch self {
            case .creditCard, .usSSN, .email: return .personal
            default: return .secret
            }
        }

        var kind: PIIType {
            switch self {
            case .privateKey: return .privateKey
            case .awsAccessKey: return .awsAccessKey
            case .githubToken: return .githubToken
            case .anthropicKey: return .anthropicKey
            case .openaiKey: return .openaiKey
            case .slackToken: return .slackToken
            case .stripeKey: return .stripeKey
            case .creditCard: return .creditCard
            case .usSSN: return .usSSN
            case .email: return .email
            }
        }
    }

    public static let detectorNames = Detector.allCases.map(\.name)

    public static func scan(_ text: String) -> SensitivityReport {
        var t = text
        return t.withUTF8 { scan($0) }
    }

    /// Scans several texts as one input (the prompt and its attachments).
    public static func scan(_ texts: [String]) -> SensitivityReport {
        var counts = [Int](repeating: 0, count: Detector.allCases.count)
        for var t in texts { t.withUTF8 { scanInto(&counts, $0) } }
        return report(counts)
    }

    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> SensitivityReport {
        var counts = [Int](repeating: 0, count: Detector.allCases.count)
        scanInto(&counts, bytes)
        return report(counts)
    }

    static func report(_ counts: [Int]) -> SensitivityReport {
        var r = SensitivityReport()
        for d in Detector.allCases where counts[d.rawValue] > 0 {
            r.evidence.append((d.name, counts[d.rawValue]))
            if d.level > r.level { r.level = d.level }
        }
        return r
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool { ASCII.isAlnum(b) || b == UInt8(ascii: "_") }

    /// Bytes that trigger a detector: '@' (e-mail), digits (cards, SSNs), and the bytes every credential
    /// shape holds near its start: '-' or '_' (sk-, sk_live_, ghp_, github_pat_, xoxb-, -----BEGIN) or
    /// an initial 'A' (AKIA, ASIA). Prose has few of them, so eight bytes at a time are skipped.
    static let triggerByte: [Bool] = (0..<256).map { b in
        let u = UInt8(b)
        return u == UInt8(ascii: "@") || ASCII.isDigit(u) || u == UInt8(ascii: "-") || u == UInt8(ascii: "_")
            || u == UInt8(ascii: "A")
    }

    @inline(__always)
    static func blockHasTrigger(_ w: UInt64) -> Bool {
        @inline(__always) func zero(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }
        let others = zero(w ^ 0x4040_4040_4040_4040) | zero(w ^ 0x2D2D_2D2D_2D2D_2D2D) | zero(w ^ 0x5F5F_5F5F_5F5F_5F5F)
            | zero(w ^ 0x4141_4141_4141_4141)
        let digits = w ^ 0x3030_3030_3030_3030
        let belowTen = (digits &- 0x0A0A_0A0A_0A0A_0A0A) & ~digits & 0x8080_8080_8080_8080
        return (others | belowTen) != 0
    }

    static func scanInto(_ counts: inout [Int], _ s: UnsafeBufferPointer<UInt8>) {
        scanInto(s) { d, _, _ in counts[d.rawValue] += 1 }
    }

    /// A finding's detector and its byte range in the text (for redaction; never logged as such).
    public struct Finding: Sendable, Equatable {
        public var type: String
        public var start: Int
        public var end: Int
    }

    public static func findings(_ text: String) -> [Finding] {
        var t = text
        var out: [Finding] = []
        t.withUTF8 { buf in scanInto(buf) { d, start, end in out.append(Finding(type: d.name, start: start, end: end)) } }
        return out
    }

    /// The text with every finding replaced by `[TYPE]`, everything else byte for byte unchanged.
    public static func redact(_ text: String) -> String {
        let found = findings(text)
        if found.isEmpty { return text }
        var bytes = Array(text.utf8)
        for f in found.reversed() { bytes.replaceSubrange(f.start..<f.end, with: Array("[\(f.type)]".utf8)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func scanInto(_ s: UnsafeBufferPointer<UInt8>, _ found: (Detector, Int, Int) -> Void) {
        let n = s.count
        guard let base = s.baseAddress else { return }
        triggerByte.withUnsafeBufferPointer { trigger in
            var i = 0
            while i < n {
                // Skip to the next trigger: eight bytes at a time, then byte by byte.
                while i &+ 8 <= n && !blockHasTrigger(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i &+= 8 }
                while i < n && !trigger[Int(base[i])] { i &+= 1 }
                if i >= n { break }
                let b = base[i]
                if b == UInt8(ascii: "@") {
                    if let (start, end) = matchEmailRange(s, at: i) { found(.email, start, end); i = end; continue }
                } else if ASCII.isDigit(b) {
                    if i == 0 || !isWordByte(base[i - 1]) {
                        var k = i &+ 1
                        while k < n, ASCII.isDigit(base[k]) { k &+= 1 }
                        let run = k &- i
                        let c: UInt8 = k < n ? base[k] : 0
                        if run == 3, let end = matchSSN(s, at: i) { found(.usSSN, i, end); i = end; continue }
                        if mayBeCard(run: run, next: c), let end = matchCard(s, at: i) { found(.creditCard, i, end); i = end; continue }
                        i = k
                        continue
                    }
                    // skip the rest of this digit run: nothing starts inside it
                    while i < n, ASCII.isDigit(base[i]) { i += 1 }
                    continue
                } else {
                    // '-', '_' or 'A': find the start of the word it is in (credential prefixes are short).
                    var ws = i
                    while ws > 0, i - ws < 11, ASCII.isAlnum(base[ws - 1]) { ws -= 1 }
                    if (ws == 0 || !isWordByte(base[ws - 1])) && ws + 1 < n && secretSecondByte(base[ws], base[ws + 1]) {
                        if let (d, end) = matchSecret(s, at: ws) { found(d, ws, end); i = end; continue }
                    }
                }
                i += 1
            }
        }
    }

    /// After a private-key header ending at `h`: does a key follow? At least 40 base64 characters
    /// (headers such as "Version:" and blank lines passed) before the next dash, or the text ends
    /// within them (a truncated paste). A block holding "anything" or "..." is a placeholder.
    static func keyBlockHasBody(_ s: UnsafeBufferPointer<UInt8>, _ h: Int) -> Bool {
        var k = h, count = 0
        var seen = ByteSet()
        var distinct = 0
        while k < s.count, k - h < 600, s[k] != UInt8(ascii: "-") {
            let c = s[k]
            if ASCII.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") {
                count += 1
                distinct &+= seen.insertIsNew(c)
                if count >= 40 { return distinct >= 16 }
            } else if c == UInt8(ascii: "."), count >= 4, k + 2 < s.count, s[k + 1] == c, s[k + 2] == c {
                // "MIIE...": a key cut short where it is pasted; a key's DER starts MII or lQ (PGP).
                break
            }
            k += 1
        }
        // Cut short (the text ends, or "..."): the first bytes must be those a key starts with.
        guard k >= s.count || s[k] == UInt8(ascii: "."), count >= 4 else { return false }
        var b = h
        while b < k, !ASCII.isAlnum(s[b]) { b += 1 }
        return b + 2 < s.count && (s[b] == UInt8(ascii: "M") && s[b + 1] == UInt8(ascii: "I") || s[b] == UInt8(ascii: "l") && s[b + 1] == UInt8(ascii: "Q")
            || s[b] == UInt8(ascii: "b") && s[b + 1] == UInt8(ascii: "3"))
    }

    /// A cheap look at the second byte before trying the prefixes: most words starting with s, g, r or x are words.
    @inline(__always)
    static func secretSecondByte(_ first: UInt8, _ second: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "s"), UInt8(ascii: "r"): return second == UInt8(ascii: "k")
        case UInt8(ascii: "g"): return second == UInt8(ascii: "h") || second == UInt8(ascii: "i")
        case UInt8(ascii: "x"): return second == UInt8(ascii: "o") || second == UInt8(ascii: "a")
        case UInt8(ascii: "A"): return second == UInt8(ascii: "K") || second == UInt8(ascii: "S") || second == UInt8(ascii: "B") || second == UInt8(ascii: "C")
        case UInt8(ascii: "-"): return second == UInt8(ascii: "-")
        default: return false
        }
    }

    // MARK: e-mail

    @inline(__always)
    static func isLocalPartByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    /// The address around the '@' at `at`: (start, end).
    static func matchEmailRange(_ s: UnsafeBufferPointer<UInt8>, at: Int) -> (Int, Int)? {
        var l = at
        while l > 0, at - l < 64, isLocalPartByte(s[l - 1]) { l -= 1 }
        guard l < at, s[l] != UInt8(ascii: "."), s[at - 1] != UInt8(ascii: ".") else { return nil }
        // scheme://user:password@host is a URL's credentials, not an address.
        if l > 0 && s[l - 1] == UInt8(ascii: ":") {
            var k = l - 1
            while k > 2, l - k < 100, s[k - 1] > 0x20 {
                if s[k - 1] == UInt8(ascii: "/") && s[k - 2] == UInt8(ascii: "/") && s[k - 3] == UInt8(ascii: ":") { return nil }
                k -= 1
            }
        }
        var r = at + 1
        var labels = 0
        var labelLen = 0
        var lastLabelAlpha = true
        var tldLen = 0
        while r < s.count, r - at < 255 {
            let b = s[r]
            if ASCII.isAlnum(b) || b == UInt8(ascii: "-") {
                labelLen += 1
                if !ASCII.isAlpha(b) { lastLabelAlpha = false }
                r += 1
            } else if b == UInt8(ascii: "."), labelLen > 0, r + 1 < s.count, ASCII.isAlnum(s[r + 1]) {
                labels += 1
                labelLen = 0
                lastLabelAlpha = true
                r += 1
            } else {
                break
            }
        }
        tldLen = labelLen
        guard labels >= 1, tldLen >= 2, lastLabelAlpha else { return nil }
        return (l, r)
    }

    // MARK: numbers

    /// Can a card start at a digit run of this length followed by `next`? Its first group has 4 digits
    /// (then a space or a dash), or it is one run of 13 to 19. (An SSN's first group has 3.)
    @inline(__always) static func mayBeCard(run: Int, next: UInt8) -> Bool {
        (run == 4 && (next == 0x20 || next == UInt8(ascii: "-"))) || (run >= 12 && run <= 19)
    }

    /// Words near a 12-digit Maestro number: without one, twelve digits are too common to be a card.
    static let cardWords = ContextWords(["card", "maestro", "debit", "karte", "carte", "tarjeta"])

    /// US SSN as ddd-dd-dddd (or with spaces), excluding impossible areas, groups and serials.
    static func matchSSN(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 11 <= s.count else { return nil }
        let sep = s[i + 3]
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: " "), s[i + 6] == sep else { return nil }
        for k in 0..<11 where k != 3 && k != 6 && !ASCII.isDigit(s[i + k]) { return nil }
        if i + 11 < s.count, isWordByte(s[i + 11]) || s[i + 11] == sep { return nil }
        let area = Int(s[i] - 48) * 100 + Int(s[i + 1] - 48) * 10 + Int(s[i + 2] - 48)
        let group = Int(s[i + 4] - 48) * 10 + Int(s[i + 5] - 48)
        let serial = Int(s[i + 7] - 48) * 1000 + Int(s[i + 8] - 48) * 100 + Int(s[i + 9] - 48) * 10 + Int(s[i + 10] - 48)
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return nil }
        return i + 11
    }

    /// 13-19 digits, optionally grouped by single spaces or dashes, a major brand's prefix, Luhn-valid.
    static func matchCard(_ s: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        // Every major brand starts with 2 to 6: most numbers stop here.
        guard s[start] >= UInt8(ascii: "2") && s[start] <= UInt8(ascii: "6") else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 19) { digits in matchCard(s, at: start, digits) }
    }

    static func matchCard(_ s: UnsafeBufferPointer<UInt8>, at start: Int, _ digits: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var i = start
        var sep: UInt8 = 0
        // Group sizes when separated: cards print as 4-4-4-4(-3), or 4-6-5 / 4-6-4 (Amex, Diners).
        // Tracked in scalars: this runs for every number in every prompt the router sees.
        var groupCount = 0, groupLength = 0, first = 0, second = 0
        var closedAllFour = true
        while i < s.count {
            let b = s[i]
            if ASCII.isDigit(b) {
                if count == 19 { return nil }
                digits[count] = b - 48
                count += 1
                groupLength += 1
                i += 1
            } else if (b == UInt8(ascii: " ") || b == UInt8(ascii: "-")), i + 1 < s.count, ASCII.isDigit(s[i + 1]),
                      sep == 0 || sep == b {
                sep = b
                if groupCount == 0 { first = groupLength } else if groupCount == 1 { second = groupLength }
                if groupLength != 4 { closedAllFour = false }
                groupCount += 1
                groupLength = 0
                i += 1
            } else {
                break
            }
        }
        // Maestro also issues 12-digit numbers (50, 56 to 69), written 4 4 4: only near a card word.
        let maestro12 = count == 12 && (digits[0] == 6 || digits[0] == 5 && (digits[1] == 0 || digits[1] >= 6))
            && (groupCount == 0 || groupCount == 2 && closedAllFour && groupLength == 4)
            && PIIScanner.anyBefore(s, start, 30, cardWords)
        guard count >= 13 || maestro12, count <= 19 else { return nil }
        if groupCount > 0 && !maestro12 {
            let fours = closedAllFour && (1...4).contains(groupLength)
            let amex = groupCount == 2 && first == 4 && second == 6 && (4...5).contains(groupLength)
            guard fours || amex else { return nil }
        }
        if i < s.count, isWordByte(s[i]) { return nil }
        let leading = digits[0]
        guard leading >= 2 && leading <= 6 else { return nil }
        var sum = 0
        var double = false
        var k = count - 1
        while k >= 0 {
            var d = Int(digits[k])
            if double { d *= 2; if d > 9 { d -= 9 } }
            sum += d
            double.toggle()
            k -= 1
        }
        guard sum % 10 == 0 else { return nil }
        // all one digit repeated (e.g. 4444 4444 4444 4444 is Luhn-valid) is a placeholder, not a card
        var same = true
        for k in 0..<count where digits[k] != leading { same = false; break }
        if same { return nil }
        return i
    }

    // MARK: credentials

    @inline(__always)
    static func isTokenByte(_ b: UInt8) -> Bool { ASCII.isAlnum(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") }

    static func hasPrefix(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard i + n <= s.count else { return false }
        let q = p.utf8Start
        for k in 0..<n where s[i + k] != q[k] { return false }
        return true
    }

    /// Length of the token body from `i`, and whether it looks random (not a placeholder like sk-xxxx or YOUR_KEY).
    static let placeholderWords = ContextWords(["xxxx", "your", "example", "placeholder", "redacted", "dummy", "changeme"])

    static func tokenBody(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> (end: Int, random: Bool) {
        var j = i
        var seen = ByteSet()
        var distinct = 0
        var classes: UInt8 = 0
        while j < s.count, isTokenByte(s[j]), j - i < 512 {
            let b = s[j]
            distinct &+= seen.insertIsNew(b)
            classes |= asciiClassBits(b)
            j += 1
        }
        var random = distinct >= 8 && classes.nonzeroBitCount >= 2
        if random {
            // placeholders spell words: "your_api_key_here", "xxxxxxxx", "example"
            if PIIScanner.matches(s, i, j, placeholderWords, all: false) != 0 { random = false }
        }
        return (j, random)
    }

    static func matchSecret(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (Detector, Int)? {
        let b = s[i]
        switch b {
        case UInt8(ascii: "s"):
            if hasPrefix(s, i, "sk-ant-") {
                let (end, random) = tokenBody(s, from: i + 7)
                if end - i - 7 >= 32, random { return (.anthropicKey, end) }
            } else if hasPrefix(s, i, "sk-") {
                let (end, random) = tokenBody(s, from: i + 3)
                if end - i - 3 >= 20, random { return (.openaiKey, end) }
            } else if hasPrefix(s, i, "sk_live_") || hasPrefix(s, i, "sk_test_") {
                let (end, random) = tokenBody(s, from: i + 8)
                if end - i - 8 >= 16, random { return (.stripeKey, end) }
            }
        case UInt8(ascii: "r"):
            if hasPrefix(s, i, "rk_live_") || hasPrefix(s, i, "rk_test_") || hasPrefix(s, i, "rk_prod_") {
                let (end, random) = tokenBody(s, from: i + 8)
                if end - i - 8 >= 16, random { return (.stripeKey, end) }
            }
        case UInt8(ascii: "g"):
            if i + 4 <= s.count, s[i + 1] == UInt8(ascii: "h"), s[i + 3] == UInt8(ascii: "_") {
                let kind = s[i + 2]
                if kind == UInt8(ascii: "p") || kind == UInt8(ascii: "o") || kind == UInt8(ascii: "s")
                    || kind == UInt8(ascii: "u") || kind == UInt8(ascii: "r") {
                    let (end, random) = tokenBody(s, from: i + 4)
                    if end - i - 4 >= 36, random { return (.githubToken, end) }
                }
            } else if hasPrefix(s, i, "github_pat_") {
                let (end, random) = tokenBody(s, from: i + 11)
                if end - i - 11 >= 22, random { return (.githubToken, end) }
            }
        case UInt8(ascii: "A"):
            if hasPrefix(s, i, "AKIA") || hasPrefix(s, i, "ASIA") || hasPrefix(s, i, "ABIA") || hasPrefix(s, i, "ACCA") {
                var j = i + 4
                var seen = ByteSet()
                var distinct = 0
                while j < s.count, j - i < 20, ASCII.isDigit(s[j]) || s[j] &- 0x41 < 26 { distinct &+= seen.insertIsNew(s[j]); j += 1 }
                // AWS's documentation key, AKIAIOSFODNN7EXAMPLE, and its kind are placeholders; so is a
                // body of few distinct characters (AKIAXXXXXXXXXXXXXXXX).
                if j - i == 20, j == s.count || !isWordByte(s[j]), !hasPrefix(s, j - 7, "EXAMPLE"), distinct >= 6 { return (.awsAccessKey, j) }
            }
        case UInt8(ascii: "x"):
            if hasPrefix(s, i, "xox"), i + 4 < s.count, s[i + 4] == UInt8(ascii: "-") {
                let k = s[i + 3]
                if k == UInt8(ascii: "b") || k == UInt8(ascii: "p") || k == UInt8(ascii: "a") || k == UInt8(ascii: "r") || k == UInt8(ascii: "s")
                    || k == UInt8(ascii: "e") {
                    let (end, random) = tokenBody(s, from: i + 5)
                    if end - i - 5 >= 20, random { return (.slackToken, end) }
                }
            } else if hasPrefix(s, i, "xapp-") {
                // A Slack app-level token: xapp-1-A0123...-...
                let (end, random) = tokenBody(s, from: i + 5)
                if end - i - 5 >= 20, random { return (.slackToken, end) }
            }
        case UInt8(ascii: "-"):
            if hasPrefix(s, i, "-----BEGIN ") {
                var j = i + 11
                let limit = min(s.count, i + 64)
                while j < limit, s[j] != UInt8(ascii: "-"), s[j] != 0x0A { j += 1 }
                if j >= i + 22, hasPrefix(s, j - 11, "PRIVATE KEY") || hasPrefix(s, j - 17, "PRIVATE KEY BLOCK"), hasPrefix(s, j, "-----"),
                   keyBlockHasBody(s, j + 5) { return (.privateKey, j + 5) }
            }
        default:
            break
        }
        return nil
    }
}
