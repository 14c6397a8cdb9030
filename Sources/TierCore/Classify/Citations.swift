/// Authors cited by surname before a year, as papers and reports write them: "Williamson, Kang and Yoon (2021) described",
/// "Rose, Hahn and Diaconescu (2021)", "as Okafor et al. (2019) found", "(Lindqvist & Moreau, 2020)". Read backwards from
/// the year, where the scanner meets its digits: the year in brackets is the cue, so no word before it needs a list
/// to know it, but most surnames must be the lists' (not "Windows (2019)", "Python and Rust (2015)").
extension PIIScanner {
    /// At `year`, four digits 1900-2099 closed by ')': the surnames cited before it, in text order, none starting before
    /// `floor`; nil when there are none.
    static func citedAuthors(_ s: UnsafeBufferPointer<UInt8>, _ year: Int, floor: Int) -> [(Int, Int)]? {
        guard year >= 4, year + 4 < s.count, s[year + 4] == UInt8(ascii: ")"),
              s[year] == UInt8(ascii: "1") && s[year + 1] == UInt8(ascii: "9") || s[year] == UInt8(ascii: "2") && s[year + 1] == UInt8(ascii: "0") else { return nil }
        var p: Int
        if s[year - 1] == UInt8(ascii: "("), s[year - 2] == 0x20 {
            // "Williamson, Kang and Yoon (2021)".
            p = year - 2
        } else if s[year - 1] == 0x20, s[year - 2] == UInt8(ascii: ",") || s[year - 2] &- 0x61 < 26 || s[year - 2] >= 0x80 {
            // "(Lindqvist & Moreau, 2020)", "(Okafor 2019)": the authors open the bracket.
            p = s[year - 2] == UInt8(ascii: ",") ? year - 2 : year - 1
            var o = p
            while o > 0, p - o < 120, s[o - 1] != UInt8(ascii: "("), s[o - 1] != UInt8(ascii: ")"), s[o - 1] != 0x0A { o -= 1 }
            guard o > 0, s[o - 1] == UInt8(ascii: "(") else { return nil }
        } else { return nil }
        // " et al." (one author named, the others not).
        var etAl = false
        if p >= 7, lowerEquals(s, p - 7, p, " et al.") { p -= 7; etAl = true }
        else if p >= 6, lowerEquals(s, p - 6, p, " et al") { p -= 6; etAl = true }
        var authors: [(Int, Int)] = []
        while authors.count < 8 {
            // One surname ending at p, with particles before it in small letters ("van der Berg").
            var a = p
            while a > 0, p - a <= 30, s[a - 1] &- 0x61 < 26 || s[a - 1] &- 0x41 < 26 || s[a - 1] >= 0x80 || s[a - 1] == UInt8(ascii: "'")
                || s[a - 1] == UInt8(ascii: "-") { a -= 1 }
            guard a < p, a >= floor, s[a] &- 0x41 < 26 || s[a] >= 0xC3 && s[a] < 0xE0, p - a >= 2, lowerAfterCapitalOrJoin(s, a, p),
                  !isNotName(s, a, p), nameStopWords.lookup(s, a, p) == 0, clauseOpeners.lookupLowered(s, a, p) == 0,
                  !isPlaceName(s, a, p), !isFamousName(s, a, p) else { break }
            authors.append((a, p))
            if etAl { break }
            // The separator before it: ", ", " and ", " & ", " und ", " y ", " e ", " et ".
            if a >= 2, s[a - 1] == 0x20, s[a - 2] == UInt8(ascii: ",") { p = a - 2; continue }
            if a >= 5, lowerEquals(s, a - 5, a, " and ") || lowerEquals(s, a - 5, a, " und ") { p = a - 5; if p >= 1, s[p - 1] == UInt8(ascii: ",") { p -= 1 }; continue }
            if a >= 3, lowerEquals(s, a - 3, a, " & ") || lowerEquals(s, a - 3, a, " y ") || lowerEquals(s, a - 3, a, " e ") { p = a - 3; continue }
            if a >= 4, lowerEquals(s, a - 4, a, " et ") { p = a - 4; continue }
            break
        }
        guard let first = authors.last else { return nil }
        // A capitalized word right before the first makes it a full name's or a brand's last word, as a CV dates an
        // employer: "Site Engineer, Ben Sherman (2019)".
        if first.0 >= 2, s[first.0 - 1] == 0x20, ASCII.isAlpha(s[first.0 - 2]) {
            var w = first.0 - 2
            while w > 0, ASCII.isAlpha(s[w - 1]) || s[w - 1] >= 0x80 { w -= 1 }
            // (Not a clause's first word: "As Okafor et al. (2019) found".)
            if s[w] &- 0x41 < 26, clauseOpeners.lookupLowered(s, w, first.0 - 1) == 0 { return nil }
        }
        // Most of them surnames the lists know; one alone a surname that is no ordinary word.
        var known = 0, plain = 0
        for (a, e) in authors {
            let f = NameGazetteer.flags(s, a, e)
            if f & NameGazetteer.surname != 0 { known += 1 }
            if f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0 { plain += 1 }
        }
        if authors.count == 1 { guard known == 1, plain == 1 else { return nil } }
        else { guard known * 2 >= authors.count, plain * 2 >= authors.count + 1 else { return nil } }
        return authors.reversed()
    }
}
