#if canImport(Glibc)
import Glibc
#endif

/// Financial: IBANs of the whole registry, and the code words and columns that keep codes from
/// being read as cards, SSNs or phones. (Cards are matched in SensitivityScanner.swift.)
extension PIIScanner {
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

    /// The end of an IBAN-shaped run (country letters, check digits, grouped digits and capitals), checksum aside.
    /// (A BBAN has no small letter: "SO4458 created for Deborah Lopez" is a code and the words after it.)
    static func ibanShape(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 4 < s.count, s[start + 1] &- 0x41 < 26, isDigit(s[start + 2]), isDigit(s[start + 3]),
              ibanLength(s[start], s[start + 1]) != 0 else { return nil }
        var j = start + 4, end = j, count = 4
        while j < s.count, count < 34 {
            if isDigit(s[j]) || s[j] &- 0x41 < 26 { j += 1; count += 1; end = j }
            else if s[j] == 0x20, j + 1 < s.count, isDigit(s[j + 1]) || s[j + 1] &- 0x41 < 26 { j += 1 }
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
}
