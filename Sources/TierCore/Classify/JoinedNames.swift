/// A name joined to a found person by "and", "&", "+", a comma or another language's "and" is a person
/// too: "Srinivas D'Costa and Sashoy", "Margaux Faure + Baljit", "lunes Jasleen y Emre", "parent of
/// Jeptoo, Njeri and Imani", "Deon (van), Kagiso Maseko (till)". People are listed with people; a
/// detector that judges each word alone needs a cue the list gives only once.
extension PIIScanner {
    /// The connectors of a list, with the spaces around them; a comma is read apart. (Not Polish "i": it is
    /// "in" in Swedish, "Emil i Lönneberga".)
    static let listConnectors = WordTable(["and", "&", "+", "y", "e", "et", "und", "ve", "dan", "och", "og", "en", "oraz", "ja",
                                           "és", "și"].map { ($0, 1) })

    /// `found` (in order, no overlaps) with the names joined to its person findings added, in order.
    static func withJoinedNames(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit]) -> [Hit] {
        guard found.contains(where: { $0.kind == .person }) else { return found }
        var extra: [Hit] = []
        // After each person: the next name of the list, then the one after it.
        for (x, h) in found.enumerated() where h.kind == .person {
            var end = h.end
            var rounds = 0
            // (Looked for from this finding on: a bracket skipped after one person may hold another.)
            var next = x + 1   // the first finding that ends after the name looked at
            while rounds < 8, let (a, b) = joinedNameAfter(s, end) {
                while next < found.count, found[next].end <= a { next += 1 }
                // A finding there already (a person found again, or an address) is left to itself.
                if next < found.count, found[next].start < b { break }
                if let last = extra.last, last.end > a || last.start == a { break }
                extra.append(Hit(.person, a, b, 0.6))
                end = b
                rounds += 1
            }
        }
        // Before each person: "Jasleen y Emre", "Halvard and Yaroslava Wiśniewska".
        var before: [Hit] = []
        var previous = -1   // the last finding that ends at or before the start looked from
        for h in found where h.kind == .person {
            // A possessive pair is a brand as often as a couple: "Ben & Jerry's".
            if h.end - h.start > 2, s[h.end - 1] == UInt8(ascii: "s"), s[h.end - 2] == UInt8(ascii: "'") || s[h.end - 2] == 0x99 { continue }
            guard let (a, b) = joinedNameBefore(s, h.start) else { continue }
            while previous + 1 < found.count, found[previous + 1].end <= a { previous += 1 }
            // The word must touch no finding: the next one after `previous` starts at or after `b`.
            if previous + 1 < found.count, found[previous + 1].start < b { continue }
            if extra.contains(where: { $0.start < b && a < $0.end }) || before.last.map({ $0.end > a }) == true { continue }
            before.append(Hit(.person, a, b, 0.6))
        }
        if extra.isEmpty && before.isEmpty { return found }
        return merged(found, merged(extra, before))
    }

    /// The capitalized word (and a surname after it) at `k`, if it may be a person listed beside one: a
    /// known given name no list marks a word, place or famous name; after "and"/"&"/"+" also a word the
    /// lists do not know at all, written as names are. Returns its end.
    static func listedNameAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int, comma: Bool) -> Int? {
        let n = s.count
        guard k + 2 < n else { return nil }
        let c = s[k]
        guard c &- 0x41 < 26 || c &- 0xC3 < 3 && !isSmallLatinLetter(c, s[k + 1]) else { return nil }
        let e = listedWordEnd(s, k + 1)
        guard e - k >= 3, e - k <= 20, lowerAfterCapitalOrJoin(s, k, e) else { return nil }
        // The word ends there: no digit, '@', '_' or '.' and a letter after it (a mailbox, a file).
        if e < n, ASCII.isAlnum(s[e]) || s[e] == UInt8(ascii: "@") || s[e] == UInt8(ascii: "_") { return nil }
        if e + 1 < n, s[e] == UInt8(ascii: "."), ASCII.isAlpha(s[e + 1]) { return nil }
        let f = NameGazetteer.flags(s, k, e)
        let plain = NameGazetteer.ambiguous | NameGazetteer.word
        if isPlaceName(s, k, e) || isPlaceAlsoName(s, k, e) || isFamousName(s, k, e) || isNotName(s, k, e)
            || nameStopWords.lookup(s, k, e) != 0 || isHonorific(s, k, e) { return nil }
        // In a comma list a given name more common as a surname lists a firm's partners: "Adams, Castillo and Davis".
        if f & NameGazetteer.given != 0 && f & plain == 0 && (!comma || f & NameGazetteer.commonSurname == 0 || f & NameGazetteer.commonGiven != 0) {
        } else if !comma && f == 0 {
        } else { return nil }
        // A surname after it: a capitalized word the lists know as a surname, or know not at all.
        if e + 2 < n, s[e] == 0x20, s[e + 1] &- 0x41 < 26 {
            let z = listedWordEnd(s, e + 2)
            if z - e - 1 >= 2, lowerAfterCapitalOrJoin(s, e + 1, z), z >= n || !ASCII.isAlnum(s[z]) {
                let g = NameGazetteer.flags(s, e + 1, z)
                let surnameLike = g & NameGazetteer.surname != 0 && g & plain == 0 || g == 0
                if surnameLike, nameStopWords.lookup(s, e + 1, z) == 0, !isPlaceName(s, e + 1, z), !isNotName(s, e + 1, z) { return z }
                // Another capitalized word of another kind ("Amy and Boston Dynamics"): not a list of people.
                return nil
            }
        }
        // What ends a listed name: punctuation, a line's end, a bracket, or a word in lower case.
        guard e >= n || s[e] == UInt8(ascii: ",") || s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: ";") || s[e] == UInt8(ascii: ")")
            || s[e] == UInt8(ascii: "!") || s[e] == UInt8(ascii: "?") || s[e] == 0x0A || s[e] == 0x0D
            || s[e] == 0x20 && e + 1 < n && (s[e + 1] &- 0x61 < 26 || s[e + 1] == UInt8(ascii: "(") || s[e + 1] == UInt8(ascii: "&") || s[e + 1] == UInt8(ascii: "+"))
        else { return nil }
        return e
    }

    /// From `k`, past a word's small letters and bytes of UTF-8 letters, and a hyphen or apostrophe inside it ("Anne-Kathrin",
    /// "D'Costa"): where the word ends.
    @inline(__always) static func listedWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        let n = s.count
        var e = k
        while e < n, s[e] &- 0x61 < 26 || s[e] >= 0x80 && s[e] != 0xE2
            || (s[e] == UInt8(ascii: "-") || s[e] == UInt8(ascii: "'")) && e + 1 < n && ASCII.isAlpha(s[e + 1]) { e += 1 }
        return e
    }

    /// After a person ending at `end`: past a role in brackets ("Deon (van)"), a connector and a listed name.
    static func joinedNameAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        let n = s.count
        var k = end
        if k + 2 < n, s[k] == 0x20, s[k + 1] == UInt8(ascii: "(") {
            var z = k + 2
            while z < n, z - k < 32, s[z] != UInt8(ascii: ")"), s[z] != 0x0A { z += 1 }
            guard z < n, s[z] == UInt8(ascii: ")") else { return nil }
            k = z + 1
        }
        guard k + 3 < n else { return nil }
        var comma = false
        if s[k] == UInt8(ascii: ",") {
            guard s[k + 1] == 0x20 else { return nil }
            k += 2
            comma = true
            // ", and " closes the list as " and " does.
            if k + 4 < n, s[k] == UInt8(ascii: "a"), s[k + 1] == UInt8(ascii: "n"), s[k + 2] == UInt8(ascii: "d"), s[k + 3] == 0x20 { k += 4; comma = false }
        } else {
            guard s[k] == 0x20 else { return nil }
            var z = k + 1
            while z < n, z - k <= 5, s[z] != 0x20, s[z] != 0x0A { z += 1 }
            guard z < n, s[z] == 0x20, z > k + 1, listConnectors.lookup(s, k + 1, z) != 0 else { return nil }
            k = z + 1
        }
        guard let e = listedNameAt(s, k, comma: comma) else { return nil }
        return (k, e)
    }

    /// Before a person starting at `start`: a listed name and a connector ("Jasleen y ", "Aroha, ").
    static func joinedNameBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Int)? {
        guard start >= 5, s[start - 1] == 0x20 else { return nil }
        var k = start - 1
        var comma = false
        if s[k - 1] == UInt8(ascii: ",") {
            k -= 1
            comma = true
        } else {
            var z = k
            while z > 0, k - z <= 5, s[z - 1] != 0x20, s[z - 1] != 0x0A { z -= 1 }
            guard z > 0, s[z - 1] == 0x20, z < k, listConnectors.lookup(s, z, k) != 0 else { return nil }
            k = z - 1
        }
        // The word before: letters back to a space, a line's start or a bracket.
        var a = k
        while a > 0, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 && s[a - 1] != 0xE2
            || (s[a - 1] == UInt8(ascii: "-") || s[a - 1] == UInt8(ascii: "'")) && a >= 2 && ASCII.isAlpha(s[a - 2]) { a -= 1 }
        guard a < k, a == 0 || s[a - 1] == 0x20 || s[a - 1] == 0x0A || s[a - 1] == UInt8(ascii: "(") || s[a - 1] == UInt8(ascii: ":") else { return nil }
        guard let e = listedNameAt(s, a, comma: comma), e == k else { return nil }
        // A comma list's first item opens a sentence or follows a word in lower case ("by Aroha, Gemma"), not a
        // capitalized word of its own ("Paris, Amy").
        if a >= 2, s[a - 1] == 0x20, s[a - 2] &- 0x41 < 26 { return nil }
        return (a, e)
    }
}

extension PIIScanner {
    /// "L. Adams", "É. Martineau", "J. R. Tolkien": one or two initials, then a capitalized word. After a preposition or
    /// a naming cue ("belongs to L. Yatich", "written by É. Martineau", "Contact J. Smith") any word read as a name that
    /// no list marks an ordinary word or place; elsewhere a known surname before a verb of speech ("J. Smith called").
    /// `start` is at the first initial's capital. Where the name ends.
    static func initialThenSurname(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        // Not inside an abbreviation ("U.S. Steel", "e.g. Smith") or after another initial's run.
        if start >= 1, s[start - 1] != 0x20 && s[start - 1] != 0x0A && s[start - 1] != UInt8(ascii: "(") { return nil }
        // "C. Evangelina Díaz 23": the Spanish street's "C." (calle) and a street named after a person.
        if s[start] == UInt8(ascii: "C"), romanceStreet(s, start, start + 2) != nil { return nil }
        var k = start
        var initials = 0
        while initials < 2 {
            let w = k + (s[k] >= 0xC3 ? 2 : 1)
            guard w + 2 < n, s[k] &- 0x41 < 26 || s[k] == 0xC3 && s[k + 1] &- 0x80 < 0x1F, s[w] == UInt8(ascii: "."), s[w + 1] == 0x20 else { break }
            initials += 1
            k = w + 2
        }
        guard initials > 0, k < n, s[k] &- 0x41 < 26 || s[k] >= 0xC3 && s[k] <= 0xC5 && k + 1 < n && !isSmallLatinLetter(s[k], s[k + 1]) else { return nil }
        var e = k + (s[k] >= 0xC3 ? 2 : 1)
        e = nameBytesEnd(s, e)
        while e > k + 1, s[e - 1] == UInt8(ascii: "'") || s[e - 1] == UInt8(ascii: "-") { e -= 1 }
        guard e - k >= 3, e - k <= 20, e == n || !(ASCII.isAlnum(s[e]) || s[e] >= 0x80) else { return nil }
        // A possessive stays outside the name: "L. Adams's flat".
        var name = e
        if name - k > 3, s[name - 1] == UInt8(ascii: "s"), s[name - 2] == UInt8(ascii: "'") { name -= 2 }
        guard !isPlaceName(s, k, name), !isPlaceAlsoName(s, k, name), !isNotName(s, k, name), !isFamousName(s, start, name),
              nameStopWords.lookup(s, k, name) == 0,
              // A function word opens the next sentence: the letter ended the one before ("commits O and P. With this").
              functionWords.lookupLowered(s, k, name) == 0 else { return nil }
        let f = NameGazetteer.flags(s, k, name)
        // After a preposition people follow ("belongs to L. Yatich", "by É. Martineau") or a naming cue ("Contact J. Smith"):
        // after other words the letter may be a plan's, a vitamin's or a country's ("plan B. Then", "vitamin D. Levels").
        let cued = start >= 2 && s[start - 1] == 0x20 && (personPrepositionBefore(s, start - 1) || singleNameCueBefore(s, start))
        if cued {
            // A name that is also a word only before a verb of speech ("written by J. Baker" may be a trade).
            guard f & NameGazetteer.word == 0 || speechVerbAfter(s, name) else { return nil }
            guard f != 0 || lowerAfterCapitalOrJoin(s, k, name) else { return nil }
            return name
        }
        // Elsewhere a known surname before a verb of speech: "J. Smith called", "L. Adams wrote".
        guard speechVerbAfter(s, name) else { return nil }
        guard f & NameGazetteer.surname != 0, f & NameGazetteer.word == 0 else { return nil }
        return name
    }
}

extension PIIScanner {
    /// The word ending at `e` (before a space) is "to", "by", "from", "with", "for", "cc" or "and".
    static func personPrepositionBefore(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        var a = e
        while a > 0, e - a < 5, s[a - 1] &- 0x61 < 26 { a -= 1 }
        guard a < e, a == 0 || !ASCII.isAlpha(s[a - 1]) else { return false }
        switch e - a {
        case 2: return lowerEquals(s, a, e, "to") || lowerEquals(s, a, e, "by") || lowerEquals(s, a, e, "cc")
        case 3: return lowerEquals(s, a, e, "for") || lowerEquals(s, a, e, "and")
        case 4: return lowerEquals(s, a, e, "from") || lowerEquals(s, a, e, "with")
        default: return false
        }
    }
}
