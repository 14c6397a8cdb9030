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

/// Matchers the scanner (`PIIScanner`) calls where its pass finds their first bytes: e-mail
/// addresses, Luhn-valid card numbers, US SSNs, credential prefixes and private-key blocks. (This
/// was the interim scanner's; its own scan, redaction and findings are gone, nothing used them.)
public enum SensitivityScanner {
    enum Detector: Int, CaseIterable {
        case privateKey, awsAccessKey, githubToken, anthropicKey, openaiKey, slackToken, stripeKey
        case creditCard, usSSN, email
        /// Other providers' keys of a published shape (Google's AIza..., npm_, glpat-, hf_, pypi-, shpat_, dop_v1_).
        case providerKey

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
            case .providerKey: return .genericAPIKey
            }
        }
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool { ASCII.isAlnum(b) || b == UInt8(ascii: "_") }

    // MARK: e-mail

    @inline(__always)
    static func isLocalPartByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "%")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    /// A letter outside ASCII encoded at `i`, by its UTF-8 lead byte: two bytes from U+00C0 (Latin, Greek, Cyrillic,
    /// Hebrew, Arabic), three from U+3040 (kana, CJK, Hangul); not punctuation (U+2000..U+303F, the fullwidth forms) or
    /// the signs of U+0080..U+00BF. Where it ends.
    @inline(__always) static func letterAt(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = s.count
        let c = s[i]
        if c >= 0xC3, c <= 0xDF, i + 1 < n, s[i + 1] & 0xC0 == 0x80 {
            // (× and ÷ are no letters.)
            return c == 0xC3 && (s[i + 1] == 0x97 || s[i + 1] == 0xB7) ? nil : i + 2
        }
        if c >= 0xE3, c <= 0xED, i + 2 < n, s[i + 1] & 0xC0 == 0x80, s[i + 2] & 0xC0 == 0x80, !(c == 0xE3 && s[i + 1] == 0x80) { return i + 3 }
        return nil
    }

    /// Where the letter outside ASCII (as `letterAt` reads one) that ends at `end` starts.
    @inline(__always) static func letterBefore(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        guard end >= 2, s[end - 1] & 0xC0 == 0x80 else { return nil }
        if letterAt(s, end - 2) == end { return end - 2 }
        if end >= 3, letterAt(s, end - 3) == end { return end - 3 }
        return nil
    }

    /// The address around the '@' at `at`: (start, end).
    static func matchEmailRange(_ s: UnsafeBufferPointer<UInt8>, at: Int) -> (Int, Int)? {
        var l = at
        // Letters outside ASCII belong to the address too (RFC 6531): "josé.garcía@correo.es", "jörg@müller.de".
        while l > 0, at - l < 64 {
            if isLocalPartByte(s[l - 1]) { l -= 1 } else if let a = letterBefore(s, l) { l = a } else { break }
        }
        guard l < at, s[l] != UInt8(ascii: "."), s[at - 1] != UInt8(ascii: ".") else { return nil }
        // scheme://user@host is a URL's user (often a token: "https://ghs_...@github.com/..."), not an address.
        if l >= 2 && s[l - 1] == UInt8(ascii: "/") && s[l - 2] == UInt8(ascii: "/") { return nil }
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
            } else if b >= 0xC3, let e = letterAt(s, r) {
                // A domain's label in another script (IDN): "müller.de", "пример.рф".
                labelLen += 1
                r = e
            } else if b == UInt8(ascii: "."), labelLen > 0, r + 1 < s.count, ASCII.isAlnum(s[r + 1]) || letterAt(s, r + 1) != nil {
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
        // Every major brand starts with 2 to 6: most numbers stop here. (And JCB's 15-digit "1800".)
        guard s[start] >= UInt8(ascii: "2") && s[start] <= UInt8(ascii: "6")
            || s[start] == UInt8(ascii: "1") && start + 3 < s.count && s[start + 1] == UInt8(ascii: "8") && s[start + 2] == UInt8(ascii: "0")
                && s[start + 3] == UInt8(ascii: "0") else { return nil }
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
        guard leading >= 2 && leading <= 6 || leading == 1 && count == 15 && groupCount == 0 else { return nil }
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

    /// After a private-key header ending at `h`: does a key follow? At least 40 base64 characters
    /// (headers such as "Version:" and blank lines passed) before the next dash, or the text ends
    /// within them (a truncated paste). A block holding "anything" or "..." is a placeholder.
    /// At a line's start: "Name: value" of a PEM or PGP armour header ("Proc-Type", "DEK-Info", "Version", "Comment"). Where
    /// the line ends, past its line break.
    static func armourHeaderLineEnd(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int? {
        var e = k
        while e < s.count, e - k < 24, ASCII.isAlpha(s[e]) || s[e] == UInt8(ascii: "-") { e += 1 }
        guard e > k + 2, e + 1 < s.count, s[e] == UInt8(ascii: ":"), s[e + 1] == 0x20 else { return nil }
        while e < s.count, s[e] != 0x0A { e += 1 }
        return e < s.count ? e + 1 : nil
    }

    /// Where the key block whose header ends at `h` ends: after its "-----END ...-----" line, or, cut short, after the
    /// last byte of its body. The whole block is the secret: a redaction that replaced the header alone left the key.
    static func keyBlockEnd(_ s: UnsafeBufferPointer<UInt8>, _ h: Int) -> Int {
        let n = s.count
        let limit = min(n, h + 16_384)
        var k = h
        var last = h
        while k < limit {
            let c = s[k]
            if s[k - 1] == 0x0A, let e = armourHeaderLineEnd(s, k) { last = e - 1; k = e; continue }
            if c == UInt8(ascii: "-") {
                guard hasPrefix(s, k, "-----END ") else { break }
                var e = k + 9
                while e < limit, s[e] != 0x0A, s[e] != UInt8(ascii: "-") { e += 1 }
                return hasPrefix(s, e, "-----") ? e + 5 : last
            }
            // The body: base64, its armour's headers ("Proc-Type: 4,ENCRYPTED", "Version: GnuPG v2") and line breaks.
            if ASCII.isAlnum(c) || c == UInt8(ascii: "+") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") { last = k + 1 }
            else if !(c == 0x0A || c == 0x0D || c == 0x20 || c == 0x09 || c == UInt8(ascii: ":") || c == UInt8(ascii: ",")) { break }
            k += 1
        }
        return last
    }

    static func keyBlockHasBody(_ s: UnsafeBufferPointer<UInt8>, _ h: Int) -> Bool {
        var k = h, count = 0
        var seen = ByteSet()
        var distinct = 0
        while k < s.count, k - h < 600 {
            let c = s[k]
            // The armour's header lines, before the body: "Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,...".
            if count == 0, k == h || s[k - 1] == 0x0A, let e = armourHeaderLineEnd(s, k) { k = e; continue }
            if c == UInt8(ascii: "-") { break }
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
        // (Before the plain "s" case below, which would take every word starting with "s".)
        case UInt8(ascii: "s") where hasPrefix(s, i, "shpat_") || hasPrefix(s, i, "shpss_") || hasPrefix(s, i, "shpca_") || hasPrefix(s, i, "shppa_"):
            // A Shopify access token: 32 hex digits.
            let (end, random) = tokenBody(s, from: i + 6)
            if end - i - 6 == 32, random { return (.providerKey, end) }
        case UInt8(ascii: "S") where hasPrefix(s, i, "SG."):
            // A SendGrid API key: "SG.", 22 characters, ".", 43 characters (base64url).
            func part(_ a: Int) -> Int { var j = a; while j < s.count, j - a <= 43, ASCII.isAlnum(s[j]) || s[j] == UInt8(ascii: "_") || s[j] == UInt8(ascii: "-") { j += 1 }; return j }
            let a = part(i + 3)
            if a - i - 3 == 22, a < s.count, s[a] == UInt8(ascii: "."), case let e = part(a + 1), e - a - 1 == 43,
               e == s.count || !isWordByte(s[e]), tokenBody(s, from: i + 3).random { return (.providerKey, e) }
        case UInt8(ascii: "l") where hasPrefix(s, i, "lin_api_"):
            // A Linear API key: "lin_api_" and 40 letters and digits.
            let (end, random) = tokenBody(s, from: i + 8)
            if end - i - 8 >= 40, random { return (.providerKey, end) }
        case UInt8(ascii: "P") where hasPrefix(s, i, "PMAK-"):
            // A Postman API key: "PMAK-", 24 hex digits, "-", 34 hex digits.
            var j = i + 5
            while j < s.count, j - i - 5 < 24, ASCII.isHex(s[j]) { j += 1 }
            if j - i - 5 == 24, j < s.count, s[j] == UInt8(ascii: "-") {
                var e = j + 1
                while e < s.count, e - j - 1 < 34, ASCII.isHex(s[e]) { e += 1 }
                if e - j - 1 == 34, e == s.count || !isWordByte(s[e]) { return (.providerKey, e) }
            }
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
        case UInt8(ascii: "g") where hasPrefix(s, i, "glpat-"):
            // A GitLab personal access token.
            let (end, random) = tokenBody(s, from: i + 6)
            if end - i - 6 >= 20, random { return (.providerKey, end) }
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
        case UInt8(ascii: "A") where hasPrefix(s, i, "AIza"):
            // A Google API key: "AIza" and 35 of [0-9A-Za-z_-].
            var j = i + 4
            while j < s.count, j - i < 40, ASCII.isAlnum(s[j]) || s[j] == UInt8(ascii: "_") || s[j] == UInt8(ascii: "-") { j += 1 }
            if j - i == 39, j == s.count || !isWordByte(s[j]) && s[j] != UInt8(ascii: "-"), tokenBody(s, from: i + 4).random { return (.providerKey, j) }
        case UInt8(ascii: "k") where hasPrefix(s, i, "key-"):
            // A Mailgun API key: "key-" and 32 lower-case letters and digits.
            var j = i + 4
            while j < s.count, j - i <= 36, s[j] &- 0x61 < 26 || ASCII.isDigit(s[j]) { j += 1 }
            if j - i == 36, j == s.count || !isWordByte(s[j]) && s[j] != UInt8(ascii: "-"), tokenBody(s, from: i + 4).random { return (.providerKey, j) }
        case UInt8(ascii: "n") where hasPrefix(s, i, "npm_"):
            let (end, random) = tokenBody(s, from: i + 4)
            if end - i - 4 == 36, random { return (.providerKey, end) }
        case UInt8(ascii: "h") where hasPrefix(s, i, "hf_"):
            let (end, random) = tokenBody(s, from: i + 3)
            if end - i - 3 >= 30, random { return (.providerKey, end) }
        case UInt8(ascii: "p") where hasPrefix(s, i, "pypi-AgE"):
            let (end, random) = tokenBody(s, from: i + 5)
            if end - i - 5 >= 50, random { return (.providerKey, end) }
        case UInt8(ascii: "d") where hasPrefix(s, i, "dop_v1_"):
            let (end, random) = tokenBody(s, from: i + 7)
            if end - i - 7 >= 60, random { return (.providerKey, end) }
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
                   keyBlockHasBody(s, j + 5) { return (.privateKey, keyBlockEnd(s, j + 5)) }
            }
        default:
            break
        }
        return nil
    }
}
