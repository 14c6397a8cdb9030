/// Names written as initials and a surname, in the lists that write them so: a paper's authors ("R. Barrett¹, R.
/// Hendrix¹,², Timothy Romero² and A. Roy¹"), a team sheet ("E. Nordstrom; E. Colfer, I. Abubakar, G. Keyes"), a
/// cast or a committee. One such item alone is often no person ("Plan B. Jones said", "Fig. A. Overview"); two or
/// more in a row, each closed by a separator, are.
extension PIIScanner {
    /// At `i`, a capital, '.', ' ': the items of a list of initialled names that starts here, at least two of them;
    /// each item's range. An item is one to three initials ("J. R. R. Tolkien" is famous and left out) and a surname
    /// written as names are (particles allowed: "K. op te Mollenslat"), then an affiliation's superscript digits or '*',
    /// and a separator: ", ", "; ", " and ", " & ", a line's or the text's end.
    /// Famous names among them are left out of the items (and their end is where the list ends, so that no later initial
    /// starts one: "J. K. Rowling and C. S. Lewis"). Most surnames must be the lists' names: not an outline's or a
    /// quiz's letters ("Options: A. Yes, B. No, C. Maybe", "Fig. A. Overview, B. Results").
    static func initialledNameList(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (items: [(Int, Int)], end: Int)? {
        guard i == 0 || s[i - 1] == 0x20 || s[i - 1] == 0x0A || s[i - 1] == UInt8(ascii: "(") else { return nil }
        var items: [(Int, Int)] = []
        var k = i
        var known = 0
        while items.count < 40, let (a, surname, e, next) = initialledName(s, k) {
            items.append((a, e))
            // (Most surnames must be the lists' names, below.)
            if NameGazetteer.flags(s, surname, wordEnd(s, surname, e)) & (NameGazetteer.surname | NameGazetteer.given) != 0 { known += 1 }
            guard let n = next else { break }
            k = n
        }
        guard items.count >= 2, known * 2 >= items.count + 1 else { return nil }
        return (items.filter { !isFamousName(s, $0.0, $0.1) }, items[items.count - 1].1)
    }

    /// One item of `initialledNameList` at `i`: its start, where its surname starts, its end, and where the next item may
    /// start (nil at the list's end).
    static func initialledName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int, Int, Int?)? {
        let n = s.count
        var k = i
        var initials = 0
        // "R. ", up to three.
        while k + 2 < n, initials < 3, s[k] &- 0x41 < 26, s[k + 1] == UInt8(ascii: "."), s[k + 2] == 0x20 {
            initials += 1
            k += 3
        }
        guard initials >= 1, k < n else { return nil }
        // The surname: words written as names are (a capital, then small letters, apostrophes, hyphens), particles
        // between them in small letters.
        let surnameStart = k
        var e = k
        var words = 0
        var lastWordEnd = k
        while e < n, words < 4 {
            let w = e
            guard s[e] &- 0x41 < 26 || s[e] >= 0xC3 && s[e] < 0xE0 || s[e] &- 0x61 < 26 && words > 0 || s[e] &- 0x61 < 26 && nameParticleAt(s, e) else { break }
            var x = e + 1
            while x < n, s[x] &- 0x61 < 26 || s[x] &- 0x41 < 26 || s[x] >= 0x80 && !isSuperscriptAt(s, x) && !isDaggerAt(s, x)
                    || s[x] == UInt8(ascii: "'") || s[x] == UInt8(ascii: "-") { x += 1 }
            guard x - w >= 2 else { break }
            // A word in small letters is a particle only ("op", "te", "van", "de"), and a surname follows it.
            if s[w] &- 0x61 < 26 {
                guard NameGazetteer.flags(s, w, x) & NameGazetteer.particle != 0, x + 1 < n, s[x] == 0x20 else { break }
                e = x + 1
                continue
            }
            guard lowerAfterCapitalOrJoin(s, w, x) else { return nil }
            e = x
            lastWordEnd = x
            words += 1
            // Another capitalized word after a space goes on the surname only where no separator closes it first.
            guard e + 1 < n, s[e] == 0x20, s[e + 1] &- 0x41 < 26 || s[e + 1] &- 0x61 < 26 else { break }
            // (Not the first word of what follows the list: "A. Roy Department" is rare; two-word surnames are kept short.)
            if s[e + 1] &- 0x41 < 26, e + 2 < n, s[e + 2] == UInt8(ascii: ".") { break }
            if s[e + 1] &- 0x61 < 26 {
                var y = e + 1
                while y < n, s[y] &- 0x61 < 26 { y += 1 }
                guard NameGazetteer.flags(s, e + 1, y) & NameGazetteer.particle != 0 else { break }
            }
            e += 1
        }
        guard words >= 1 else { return nil }
        // (A particle with no surname after it is no part of the name.)
        e = lastWordEnd
        guard e - surnameStart >= 2, nameStopWords.lookup(s, surnameStart, e) == 0, !isNotName(s, surnameStart, e) else { return nil }
        // Affiliations: superscript digits, '*', '†', and commas between them ("¹,²").
        var k2 = e
        while k2 < n {
            if isSuperscriptAt(s, k2) { k2 += s[k2] == 0xC2 ? 2 : 3; continue }
            if isDaggerAt(s, k2) { k2 += 3; continue }
            if s[k2] == UInt8(ascii: "*") { k2 += 1; continue }
            if s[k2] == UInt8(ascii: ","), k2 + 1 < n, isSuperscriptAt(s, k2 + 1) { k2 += 1; continue }
            break
        }
        // The separator.
        if k2 >= n || s[k2] == 0x0A || s[k2] == 0x0D { return (i, surnameStart, e, nil) }
        if k2 + 1 < n, s[k2] == UInt8(ascii: ",") || s[k2] == UInt8(ascii: ";"), s[k2 + 1] == 0x20 {
            var m = k2 + 2
            if lowerEqualsPrefix(s, m, "and ") { m += 4 }
            return (i, surnameStart, e, m)
        }
        if s[k2] == UInt8(ascii: "."), k2 + 1 >= n || s[k2 + 1] == 0x20 || s[k2 + 1] == 0x0A { return (i, surnameStart, e, nil) }
        if s[k2] == 0x20 {
            if lowerEqualsPrefix(s, k2 + 1, "and ") { return (i, surnameStart, e, k2 + 5) }
            if lowerEqualsPrefix(s, k2 + 1, "& ") { return (i, surnameStart, e, k2 + 3) }
            // A role in brackets after the item: "F. Gunn (capt), T. O'Driscoll".
            if k2 + 2 < n, s[k2 + 1] == UInt8(ascii: "(") {
                var c = k2 + 2
                while c < n, c - k2 < 16, s[c] &- 0x61 < 26 { c += 1 }
                if c < n, c > k2 + 2, s[c] == UInt8(ascii: ")") {
                    if c + 2 < n, s[c + 1] == UInt8(ascii: ",") || s[c + 1] == UInt8(ascii: ";"), s[c + 2] == 0x20 { return (i, surnameStart, e, c + 3) }
                    return (i, surnameStart, e, nil)
                }
            }
        }
        return (i, surnameStart, e, nil)
    }

    /// A particle's word in small letters at `k` ("van", "de", "op"), as the gazetteer marks them.
    @inline(__always) static func nameParticleAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var y = k
        while y < s.count, s[y] &- 0x61 < 26 { y += 1 }
        return y > k && NameGazetteer.flags(s, k, y) & NameGazetteer.particle != 0
    }

    /// A superscript digit at `k`: ¹ ² ³ (C2 B9, C2 B2, C2 B3) or ⁰ ⁴-⁹ (E2 81 B0, E2 81 B4-B9).
    @inline(__always) static func isSuperscriptAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k + 1 < s.count else { return false }
        if s[k] == 0xC2 { return s[k + 1] == 0xB9 || s[k + 1] == 0xB2 || s[k + 1] == 0xB3 }
        return s[k] == 0xE2 && k + 2 < s.count && s[k + 1] == 0x81 && (s[k + 2] == 0xB0 || s[k + 2] &- 0xB4 < 6)
    }

    /// A dagger at `k` (U+2020, E2 80 A0), an affiliation's mark as '*' is.
    @inline(__always) static func isDaggerAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        k + 2 < s.count && s[k] == 0xE2 && s[k + 1] == 0x80 && s[k + 2] == 0xA0
    }

    /// A superscript digit ends at `e` (its last byte at e - 1), as `isSuperscriptAt` reads them; its length, or 0.
    @inline(__always) static func superscriptBefore(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Int {
        if e >= 2, isSuperscriptAt(s, e - 2), s[e - 2] == 0xC2 { return 2 }
        if e >= 3, s[e - 3] == 0xE2, isSuperscriptAt(s, e - 3) { return 3 }
        return 0
    }

    /// s[k...] starts with `word` (lower-case ASCII), compared lower-cased.
    @inline(__always) static func lowerEqualsPrefix(_ s: UnsafeBufferPointer<UInt8>, _ k: Int, _ word: StaticString) -> Bool {
        let c = word.utf8CodeUnitCount
        guard k + c <= s.count else { return false }
        return lowerEquals(s, k, k + c, word)
    }
}
