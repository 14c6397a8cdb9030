#if canImport(Glibc)
import Glibc
#endif

/// Government and health IDs: UK NHS numbers, US SSNs, US ABA routing numbers, UK National
/// Insurance numbers, each by its checksum or rules and its context word.
extension PIIScanner {
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
        guard ssnWordNear(s, start, end) else { return nil }
        func d(_ k: Int) -> Int { Int(s[start + k] - 48) }
        let area = d(0) * 100 + d(1) * 10 + d(2), group = d(4) * 10 + d(5), serial = d(7) * 1000 + d(8) * 100 + d(9) * 10 + d(10)
        return (end, area != 0 && area != 666 && area < 900 && group != 0 && serial != 0)
    }

    static let ssnWords = ContextWords(["ssn", "social security"])
    /// How far before the number "SSN" may stand: "SSN for Maks on the school form is 356 32 1003" (35 bytes).
    static let ssnContextWidth = 60
    /// "SSN" before a number in the SSN's own 3-2-4 shape, or after it: "Is 859 10 6652 a valid-looking SSN format?".
    static func ssnWordNear(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        anyBefore(s, start, ssnContextWidth, ssnWords) || end < s.count && matches(s, end, min(s.count, end + 40), ssnWords, all: false) != 0
    }
    static let routingWords = ContextWords(["routing", "aba", "rtn", "transit"])
    /// A US SSN written without separators needs its name close before.
    static func plainSSN(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        while j < s.count, isDigit(s[j]) { j += 1 }
        // Also "812 81 0252": groups of 3, 2 and 4 joined by single spaces.
        if j - start == 3, j + 8 <= s.count, s[j] == 0x20, isDigit(s[j + 1]), isDigit(s[j + 2]), s[j + 3] == 0x20,
           isDigit(s[j + 4]), isDigit(s[j + 5]), isDigit(s[j + 6]), isDigit(s[j + 7]) {
            let end = j + 8
            guard endsToken(s, end), ssnWordNear(s, start, end) else { return nil }
            let area = Int(s[start] - 48) * 100 + Int(s[start + 1] - 48) * 10 + Int(s[start + 2] - 48)
            guard area != 0, area != 666, area < 900, !(s[j + 1] == 0x30 && s[j + 2] == 0x30) else { return nil }
            return end
        }
        guard j - start == 9, endsToken(s, j), anyBefore(s, start, ssnContextWidth, ssnWords) else { return nil }
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
}
