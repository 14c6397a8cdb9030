#if canImport(Glibc)
import Glibc
#endif

/// Contact: phone numbers in their international, US, national, bracketed and labelled forms,
/// with extensions, and Chinese mobiles. (E-mail addresses are found by the first pass.)
extension PIIScanner {
    // MARK: phones

    /// '+' country code and number: 8 to 15 digits, single separators (space . - ( )) between groups.
    static func internationalPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        // No country code starts with 0: "+00 000 000 000" is a placeholder.
        guard start + 1 < s.count, s[start + 1] != UInt8(ascii: "0") else { return nil }
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
        // "(0121) 496 0969", Australia's "(07) 6381 9469", Ireland's "(066) 146 607"
        guard area >= 2, area <= 5, j + 2 < n, s[j] == UInt8(ascii: ")") else { return nil }
        j += 1
        // "(07) 6381 9469", "(07).7410.8522"
        if s[j] == 0x20 || s[j] == UInt8(ascii: ".") && j + 1 < n && isDigit(s[j + 1]) { j += 1 }
        var digits = area, lastEnd = j
        while j < n {
            if isDigit(s[j]) { digits += 1; j += 1; lastEnd = j }
            else if s[j] == 0x20 || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "."), j + 1 < n, isDigit(s[j + 1]), j > lastEnd - 1 { j += 1 }
            else { break }
            if digits > 11 { return nil }
        }
        // A two-digit area code leaves eight digits (Australia's "(07) 6381 9469"), Dublin's "(01)" seven.
        let dublin = area == 2 && s[start + 2] == UInt8(ascii: "1")
        guard digits >= (area == 2 && !dublin ? 10 : 9), lastEnd > start + area + 3, endsPhone(s, lastEnd) else { return nil }
        return lastEnd
    }

    /// A Spanish number in its usual grouping, three digits then three pairs: "602 21 93 78",
    /// "951 64 60 77" (mobiles start with 6 or 7, landlines with 8 or 9).
    static func spanishPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 12 <= s.count, s[start] &- 0x36 < 4, allDigits(s, start, 3) else { return nil }
        var k = start + 3
        for _ in 0..<3 {
            guard s[k] == 0x20, allDigits(s, k + 1, 2) else { return nil }
            k += 3
        }
        return endsPhone(s, k) && (k == s.count || s[k] != 0x20 || k + 1 >= s.count || !isDigit(s[k + 1])) ? k : nil
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
        return phoneLabels.lookupLowered(s, a, e) != 0
    }

    /// Any national number after a phone label or word, written in its country's groups: "(11) 92522-4715",
    /// "602-975-182", "0499/69.58.98", "22 51 13 67", "08131601911" (7 to 15 digits; one separator kind
    /// between groups, an area code in brackets first). A date's shape ("22/04/2026") is none. Where it ends.
    static func labelledPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard let j = nationalNumberShape(s, start) else { return nil }
        guard phoneLabelBefore(s, start) || anyBefore(s, start, 30, phoneCueList) || anyBefore(s, start, 30, morePhoneCues)
                || anyBefore(s, start, 20, phoneCuesOtherLanguages)
                || callNoteLine(s, start, end: j) || numberAnswer(s, start, end: j) || phoneWordBefore(s, start) && !tollFree(s, start) else { return nil }
        return j
    }

    /// Before `start`, in the same sentence: a word of `phoneVerbsAndNouns`, maybe with "me", "us", "on", "at", "is" and the
    /// like after it ("Call 160-849-0385", "My desk line is 005-670-0651", "ring him on", "his number was").
    static func phoneWordBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var e = start
        var words = 0
        while words < 4 {
            while e > 0, start - e < 40, s[e - 1] == 0x20 || s[e - 1] == UInt8(ascii: ":") { e -= 1 }
            var a = e
            while a > 0, e - a < 12, ASCII.isAlpha(s[a - 1]) { a -= 1 }
            guard a < e, a == 0 || !ASCII.isAlnum(s[a - 1]) else { return false }
            if phoneVerbsAndNouns.lookupLowered(s, a, e) != 0 {
                // A line or a number is a phone's only as a desk's, a direct one, someone's: "line 1234" is a file's,
                // "Project Number: 123456789" a project's.
                guard lowerEquals(s, a, e, "line") || lowerEquals(s, a, e, "number") else { return true }
                var c = a
                while c > 0, s[c - 1] == 0x20 { c -= 1 }
                var b = c
                while b > 0, c - b < 10, ASCII.isAlpha(s[b - 1]) { b -= 1 }
                return b < c && phoneLineKinds.lookupLowered(s, b, c) != 0
            }
            guard phoneWordFillers.lookupLowered(s, a, e) != 0 else { return false }
            e = a
            words += 1
        }
        return false
    }
    static let phoneVerbsAndNouns = WordTable(["call", "dial", "ring", "phone", "fax", "line", "number", "mobile", "cell", "tel", "landline",
                                       "whatsapp", "telephone", "extension"].map { ($0, 1) })
    static let phoneLineKinds = WordTable(["desk", "direct", "phone", "office", "home", "work", "support", "help", "main", "mobile",
                                           "personal", "private", "landline", "hot", "cell", "contact", "my", "his", "her", "your",
                                           "their", "our", "new"].map { ($0, 1) })

    /// A free or shared-cost number, a business's, at `start` (after a country code 1): 1800, 1300, 0800, 800, 888, 877...
    static func tollFree(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let n = s.count
        var k = start
        if k < n, s[k] == UInt8(ascii: "(") { k += 1 }
        if k + 1 < n, s[k] == UInt8(ascii: "1"), s[k + 1] == 0x20 || s[k + 1] == UInt8(ascii: "-") || s[k + 1] == UInt8(ascii: ".") { k += 2 }
        if k < n, s[k] == UInt8(ascii: "(") { k += 1 }
        if freePhonePrefix(s, k) { return true }
        return k + 3 < n && s[k] == UInt8(ascii: "8") && s[k + 1] == s[k + 2] && s[k + 1] &- 0x33 < 6 && !isDigit(s[k + 3])
    }
    static let phoneWordFillers = WordTable(["me", "us", "him", "her", "them", "on", "at", "is", "was", "be", "via", "to", "now", "directly",
                                             "back", "anytime", "today", "instead"].map { ($0, 1) })

    /// At a two-digit run at `start` (a space after it): a Brazilian mobile, its area code and nine digits ("51 96930-7206").
    static func brazilianMobile(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        guard start + 13 <= n, start == 0 || !isAlnum(s[start - 1]) && s[start - 1] != UInt8(ascii: "-") && s[start - 1] != UInt8(ascii: "."),
              s[start + 2] == 0x20, s[start + 3] == UInt8(ascii: "9"), s[start + 8] == UInt8(ascii: "-"),
              (start + 3 ..< start + 8).allSatisfy({ isDigit(s[$0]) }), (start + 9 ..< start + 13).allSatisfy({ isDigit(s[$0]) }),
              endsToken(s, start + 13) else { return nil }
        return start + 13
    }

    /// A Brazilian number with its area code in brackets ("(11) 91999-1860", "(81)920079786", "(21) 3456-7890"): two digits
    /// 1 to 9 (no area code holds a zero), then a mobile's nine digits starting with 9 or a landline's eight starting with 2
    /// to 5, maybe split by a hyphen or a space after the first five or four. At the '('; where it ends.
    static func brazilianBracketedPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        guard start + 12 <= n, s[start + 1] &- 0x31 < 9, s[start + 2] &- 0x31 < 9, s[start + 3] == UInt8(ascii: ")") else { return nil }
        var j = start + 4
        if s[j] == 0x20 { j += 1 }
        guard j < n else { return nil }
        let mobile = s[j] == UInt8(ascii: "9")
        guard mobile || s[j] &- 0x32 < 4 else { return nil }
        let head = mobile ? 5 : 4
        guard j + head + 4 <= n, (j ..< j + head).allSatisfy({ isDigit(s[$0]) }) else { return nil }
        j += head
        if j < n, s[j] == UInt8(ascii: "-") || s[j] == 0x20 { j += 1 }
        guard j + 4 <= n, (j ..< j + 4).allSatisfy({ isDigit(s[$0]) }), endsToken(s, j + 4), j + 4 == n || !isDigit(s[j + 4]) else { return nil }
        return j + 4
    }

    /// The number s[start..<end] answers a question for a number: it is the whole of its line or of a chat message
    /// ("Krystyna: 885 921 746", "[08:09] <pierinaf> 330 9318851", a number alone under "Rosalia   07:52"), and a phone
    /// word is in the 300 bytes before its line ("qualcuno ha il numero di gianpietro?", "what's her number?").
    static func numberAnswer(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, end: Int) -> Bool {
        let n = s.count
        // (Grouped, as people write a number they pass on: an unbroken run after a label is a time stamp's or a card's.)
        guard end == n || s[end] == 0x0A || s[end] == 0x0D else { return false }
        let digits = digitCount(s, start, end)
        guard digits >= 9, digits < end - start, !freePhonePrefix(s, start), let a = lineStart(s, start, within: 80) else { return false }
        if a < start {
            // What comes before on the line is a speaker: "[time] Name: ", "<nick> ", or a given name the lists hold and
            // ": " ("Krystyna: "); not a form's label ("Référence : 1 234 567 890", "Submitted: ...").
            let p = s[start - 1], q = start >= 2 ? s[start - 2] : 0
            guard p == 0x20, q == UInt8(ascii: ":") || q == UInt8(ascii: ">") else { return false }
            if q == UInt8(ascii: ":") && s[a] != UInt8(ascii: "[") {
                var w = start - 2
                while w > a, ASCII.isAlpha(s[w - 1]) || s[w - 1] >= 0x80 { w -= 1 }
                let f = NameGazetteer.flags(s, w, start - 2)
                guard w == a, start - 2 - w >= 2, f & NameGazetteer.given != 0, f & NameGazetteer.word == 0 else { return false }
            }
        }
        guard a >= 2 else { return false }
        return matches(s, max(0, a - 300), a, phoneWordList, all: false) != 0
    }

    /// Where the line holding `i` starts, if it starts at most `within` bytes before it.
    @inline(__always) static func lineStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, within: Int) -> Int? {
        var a = i
        while a > 0, i - a < within, s[a - 1] != 0x0A { a -= 1 }
        return a == 0 || s[a - 1] == 0x0A ? a : nil
    }

    /// The digits in s[a..<b].
    @inline(__always) static func digitCount(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var c = 0
        for k in a..<b where isDigit(s[k]) { c += 1 }
        return c
    }

    /// Verbs of calling that open a note to oneself, in the languages notes are written in.
    static let callNoteVerbs = WordTable(["call", "ring", "phone", "text", "chiamare", "chiama", "richiamare", "llamar", "llama", "llame",
                                          "oddzwonić", "zadzwonić", "zadzwoń", "dzwonić", "anrufen", "zurückrufen", "rappeler", "appeler",
                                          "rappelle", "terugbellen", "bellen", "bel", "ligar", "liga", "ligue", "ara", "arayın", "aramak"].map { ($0, 1) })

    /// The number at `start` ends a note to call someone: its line's first word is a verb of calling, or the word after
    /// a name and " - " ("chiamare Raffaele per il preventivo, 3439593780", "Krystyna - oddzwonić w sprawie wyceny, 793 098 264").
    static func callNoteLine(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, end: Int) -> Bool {
        // Nine digits at least, the whole number (not a group after another: "0800 123 4567" is read from its start).
        guard start < 2 || !isDigit(s[start - 2]), digitCount(s, start, end) >= 9 else { return false }
        // (A free or shared-cost number is a business's: "Llama al 900 840 233", "call 1800 400 551".)
        guard let a = lineStart(s, start, within: 100), start - a >= 6, !freePhonePrefix(s, start) else { return false }
        func verbAt(_ k: Int) -> Bool {
            var e = k
            while e < start, ASCII.isAlpha(s[e]) || s[e] >= 0x80 { e += 1 }
            return e > k && e < start && s[e] == 0x20 && callNoteVerbs.lookupLowered(s, k, e) != 0
        }
        if verbAt(a) { return true }
        // "Krystyna - ", "Jan Nowak - ": one or two capitalized words, then the verb.
        var k = a
        for _ in 0..<2 {
            guard k < start, s[k] &- 0x41 < 26 || s[k] >= 0xC3 else { return false }
            while k < start, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
            if k + 3 < start, s[k] == 0x20, s[k + 1] == UInt8(ascii: "-"), s[k + 2] == 0x20 { return verbAt(k + 3) }
            guard k < start, s[k] == 0x20 else { return false }
            k += 1
        }
        return false
    }

    /// The number at `start` opens with a free or shared-cost prefix: 0800, 0808, 1800, 1300, 800, 900.
    static func freePhonePrefix(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start + 3 < s.count else { return false }
        let d = (s[start], s[start + 1], s[start + 2], s[start + 3])
        if d.1 == UInt8(ascii: "0") && d.2 == UInt8(ascii: "0") && (d.0 == UInt8(ascii: "8") || d.0 == UInt8(ascii: "9")) { return true }
        return d.2 == UInt8(ascii: "0") && d.3 == UInt8(ascii: "0") && (d.0 == UInt8(ascii: "1") && (d.1 == UInt8(ascii: "8") || d.1 == UInt8(ascii: "3"))
                                                                        || d.0 == UInt8(ascii: "0") && d.1 == UInt8(ascii: "8"))
    }

    /// Words of a business's line for its customers, before its number: "Service client : 0 800 25 06 73", "SAC: 0800 493 9835",
    /// "Kundtjänst: 0771-54 45 55", "For bookings call 1-800-398-9133".
    static let businessLineWords = ContextWords(["service", "support", "help", "kundtjänst", "kundservice",
                                                 "kundendienst", "sac:", "sac ", "atendimento", "booking", "reservation", "hotline",
                                                 "helpline", "freephone", "toll", "enquiries", "inquiries", "orders", "sales"])

    /// A free or shared-cost number (the US's 800, 888, 877, 866, 855, 844 and 833; 0800, 0808 and 0500;
    /// Sweden's 0771; Australia's 1800 and 1300) after a business's words on its line: a firm's line for its customers, no
    /// one's own number. (Alone, or after a person's label, "Mobile: 0808 069 0454", such a number is still read as a phone.)
    static func businessServiceNumber(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // The first five digits, packed (no allocation: this runs at every phone found).
        var d: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        var count = 0
        var k = start
        while k < end, count < 5 {
            if isDigit(s[k]) {
                let v = s[k] - 48
                switch count { case 0: d.0 = v; case 1: d.1 = v; case 2: d.2 = v; case 3: d.3 = v; default: d.4 = v }
                count += 1
            }
            k += 1
        }
        guard count >= 4 else { return false }
        if count == 5, d.0 == 1, s[start] == UInt8(ascii: "1") || s[start] == UInt8(ascii: "+") { d = (d.1, d.2, d.3, d.4, 0) }
        switch (d.0, d.1, d.2, d.3) {
        case (8, 0, 0, _), (8, 8, 8, _), (8, 7, 7, _), (8, 6, 6, _), (8, 5, 5, _), (8, 4, 4, _), (8, 3, 3, _),
             (0, 8, 0, 0), (0, 8, 0, 8), (0, 5, 0, 0), (0, 7, 7, 1), (1, 8, 0, 0), (1, 3, 0, 0): break
        default: return false
        }
        var a = start
        while a > 0, start - a < 48, s[a - 1] != 0x0A { a -= 1 }
        return anyBefore(s, start, start - a, businessLineWords)
    }

    /// The shape `labelledPhone` accepts, with no cue looked for: where the number ends, or nil.
    static func nationalNumberShape(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        // Not a code's tail ("ORD-2020-534807", "INV/2023/20020", "#96038999").
        if start > 0 {
            let p = s[start - 1]
            guard p == 0x20 || p == 0x09 || p == 0x0A || p == UInt8(ascii: ":") || p == UInt8(ascii: "\"") || p == UInt8(ascii: "'")
                || p == UInt8(ascii: "|") || p == UInt8(ascii: ",") || p == UInt8(ascii: ";") || p == UInt8(ascii: ">") || p == UInt8(ascii: "=")
                || p == UInt8(ascii: "(") else { return nil }
        }
        var j = start
        var digits = 0, groups = 0
        if s[j] == UInt8(ascii: "(") {
            j += 1
            let a = j
            while j < n, isDigit(s[j]) { j += 1 }
            guard j - a >= 2, j - a <= 5, j + 2 < n, s[j] == UInt8(ascii: ")"), s[j + 1] == 0x20, isDigit(s[j + 2]) else { return nil }
            digits = j - a; groups = 1
            j += 2
        }
        var seps = 0
        var firstGroup = 0, lastGroup = 0, middleGroup = 0
        var separator: UInt8 = 0
        while j < n {
            let a = j
            while j < n, isDigit(s[j]) { j += 1 }
            let g = j - a
            guard g > 0 else { return nil }
            if groups == 0 { firstGroup = g } else if groups == 1 { middleGroup = g }
            lastGroup = g
            digits += g; groups += 1
            guard digits <= 15 else { return nil }
            // One separator kind, then more digits ("0499/69.58.98" has two: '/' after the area code).
            guard j + 1 < n, isDigit(s[j + 1]), s[j] == 0x20 || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: "/") else { break }
            if separator != 0, s[j] != separator, !(seps == 1 && separator == UInt8(ascii: "/")) { return nil }
            if seps <= 1 { separator = s[j] }
            seps += 1
            j += 1
        }
        guard digits >= 7, digits <= 15, endsPhone(s, j) else { return nil }
        // Not a number's fraction, a time's hours or a range ("17:03", "2.5", "12-14").
        if j + 1 < n, s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: ":") || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "/"), isDigit(s[j + 1]) { return nil }
        // A date ("22/04/2026", "13.11.1966") or an SSN's shape (3-2-4, valid or not) is no phone.
        if groups == 3, lastGroup == 4 || lastGroup == 2, firstGroup <= 2, middleGroup <= 2, seps == 2, separator != 0x20 { return nil }
        if groups == 3, firstGroup == 4, middleGroup <= 2, lastGroup <= 2, seps == 2 { return nil }
        if groups == 3, firstGroup == 3, middleGroup == 2, lastGroup == 4 { return nil }
        // A range of years: "(2019-2025)", "1998 2004".
        if groups == 2, firstGroup == 4, lastGroup == 4, isYear(s, start), isYear(s, j - 4) { return nil }
        return j
    }

    /// The four digits at `a` are a year from 1900 to 2099.
    @inline(__always) static func isYear(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        s[a] == UInt8(ascii: "1") && s[a + 1] == UInt8(ascii: "9") || s[a] == UInt8(ascii: "2") && s[a + 1] == UInt8(ascii: "0")
    }

    /// Digits spoken, as a voicemail's transcript writes a number: "my number is one three one two two two five six
    /// nine seven five", "call me back on oh eight three one ...". Words of digits ("zero", "oh", "one" ... "nine",
    /// "double", "triple"), seven digits at least, after "number", "call", "phone", "ring" or "reach" within 40
    /// bytes. Only in texts the size of a message or a prompt, where transcripts are.
    static func withSpokenPhones(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit]) -> [Hit] {
        let n = s.count
        guard n <= lowerCaseSearchLimit else { return found }
        var extra: [Hit] = []
        var i = 0
        var next = 0
        @inline(__always) func digitWord(_ a: Int, _ e: Int) -> Int {
            switch e - a {
            case 1: return s[a] == UInt8(ascii: "o") ? 1 : 0
            case 2: return lowerEquals(s, a, e, "oh") ? 1 : 0
            case 3: return lowerEquals(s, a, e, "one") || lowerEquals(s, a, e, "two") || lowerEquals(s, a, e, "six") ? 1 : 0
            case 4: return lowerEquals(s, a, e, "zero") || lowerEquals(s, a, e, "four") || lowerEquals(s, a, e, "five")
                || lowerEquals(s, a, e, "nine") ? 1 : 0
            case 5: return lowerEquals(s, a, e, "three") || lowerEquals(s, a, e, "seven") || lowerEquals(s, a, e, "eight") ? 1 : 0
            case 6: return lowerEquals(s, a, e, "double") || lowerEquals(s, a, e, "triple") ? 2 : 0
            default: return 0
            }
        }
        while i < n {
            guard s[i] &- 0x61 < 26, i == 0 || !ASCII.isAlpha(s[i - 1]) else { i += 1; continue }
            var e = i
            while e < n, s[e] &- 0x61 < 26 { e += 1 }
            guard digitWord(i, e) == 1 || digitWord(i, e) == 2 else { i = e; continue }
            // The run of digit words from i.
            var digits = 0, k = i, last = e
            while k < n {
                var w = k
                while w < n, s[w] &- 0x61 < 26 { w += 1 }
                let d = digitWord(k, w)
                guard d > 0 else { break }
                digits += 1   // "double" and the digit after it are two
                last = w
                guard w + 1 < n, s[w] == 0x20, s[w + 1] &- 0x61 < 26 else { break }
                k = w + 1
            }
            if digits >= 7, anyBefore(s, i, 40, spokenPhoneCues) {
                while next < found.count, found[next].end <= i { next += 1 }
                if next >= found.count || found[next].start >= last { extra.append(Hit(.phone, i, last, 0.6)) }
            }
            i = last
        }
        return extra.isEmpty ? found : merged(found, extra)
    }
    static let spokenPhoneCues = ContextWords(["number", "call", "phone", "ring", "reach", "mobile", "cell", "whatsapp"])

    /// Numbers right after a person's name on the same line, with only separators between: "Kelechi Ogunleye
    /// (08137783979)", "Ask for Chiara De Luca on 0489035287", "Tigist Huamán - 349 924 5286", a roster's or a
    /// table's next cell, a chat speaker's reply. The shape of a national number (8 digits at least) is enough
    /// there; found ones are added to `found` (in order). In a CSV the number's column must be a phone's.
    static func withPhonesBesideNames(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit], csv: CSVHeader?) -> [Hit] {
        let n = s.count
        var extra: [Hit] = []
        for (x, h) in found.enumerated() where h.kind == .person {
            var k = h.end
            // Separators and at most one short linking word ("on", "at", "tel", "mob").
            var word = false
            while k < n, k - h.end < 16 {
                let c = s[k]
                if c == 0x20 || c == 0x09 || c == UInt8(ascii: "|") || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":")
                    || c == UInt8(ascii: "(") || c == UInt8(ascii: "-") { k += 1; continue }
                if c == 0xE2, k + 2 < n, s[k + 1] == 0x80, s[k + 2] == 0x93 || s[k + 2] == 0x94 || s[k + 2] == 0xA2 { k += 3; continue }
                if !word, c &- 0x61 < 26 {
                    var e = k
                    while e < n, s[e] &- 0x61 < 26 { e += 1 }
                    guard e - k <= 3, e < n, s[e] == 0x20 || s[e] == UInt8(ascii: ":") || s[e] == UInt8(ascii: ".") else { break }
                    word = true
                    k = e
                    continue
                }
                break
            }
            guard k + 7 < n, isDigit(s[k]), k == 0 || !isAlnum(s[k - 1]) else { continue }
            // In a CSV only under a phone column ("1,Ada Lovelace,01248029649" under "account" is none).
            if let h = csv, let c = h.column(s, k), !h.isPhone[c] { continue }
            // The next finding must not start before the number ends.
            guard let end = nationalNumberShape(s, k) else { continue }
            var digits = 0
            for m in k..<end where isDigit(s[m]) { digits += 1 }
            guard digits >= 8, digits <= 13, x + 1 >= found.count || found[x + 1].start >= end,
                  !(end < n && s[end] == UInt8(ascii: "%")), !placeholderPhone(s, k, end) else { continue }
            extra.append(Hit(.phone, k, end, 0.6))
        }
        return extra.isEmpty ? found : merged(found, extra)
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
            if j < s.count, s[j] == 0x20 { j += 1; sep = 0x20 }
        } else {
            guard j < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: ".") else { return nil }
            sep = s[j]
            j += 1
        }
        guard digitsRun(3) else { return nil }
        // After a bracketed area code and a space the groups may be spaced too: "(801) 227 2727".
        guard j < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: ".") || s[j] == 0x20 && sep == 0x20,
              sep == 0 || sep == 0x20 || s[j] == sep else { return nil }
        j += 1
        guard digitsRun(4), endsPhone(s, j) else { return nil }
        if j + 1 < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "."), isDigit(s[j + 1]) { return nil }
        return j
    }

    /// UK, German and French national numbers: a leading 0, groups separated by single spaces.
    static let phoneWords = ["phone", "tel", "call", "number", "mobile", "cell", "reach", "unter ", "nummer", "joindre",
                             "numéro", "au ", "contact", "fax", "whatsapp", "sms",
                             // "ring Ade on 0803...", "text 0790...", "nomornya 0851...", "(spouse), 0401501723". (They match
                             // inside "string " and "context " too; a space before them would miss "Ring 0740..." at a line's start,
                             // and a false alarm only keeps a prompt local.)
                             "ring ", "text ", "nomor", "numer", "spouse", "partner)",
                             // Turkish and others' "GSM: 05442374433".
                             "gsm"]
    static let phoneWordList = ContextWords(phoneWords)
    /// Words that say a number further on the line is a phone: no "number" or "contact" alone ("Our order number is
    /// 5512 and the tracking code is 01234567890").
    static let linePhoneCues = ContextWords(["phone", "mobile", "calling", "call me", "call us", "whatsapp", "spouse", "partner)",
                                            " ring ", " text ", "nomor", "tel:", "tel.", "cell", "emergency contact", "sms"])
    /// Words that say the next number is a phone, for a number whose shape alone says nothing: no
    /// "number" or "call" alone ("Order number", "call recording 1766918817").
    static let phoneCueList = ContextWords(["phone", "ph:", "tel:", "tel.", "text me", "telefon", "téléphone", "telefone", "teléfono",
                                            "mobile", "mob:", "mob.", "mob ", "mobil:", "móvil", "cell:", "cell ", "cellphone", "call me", "contacted on",
                                            "contact number", "celular", "whatsapp", "sms", "ring me", "reach me",
                                            "richiam", "chiam", "liga", "texted", "appel", "contact:"])
    /// More of them (a list holds 32): "give us a ring back on", "call us from", "contacto".
    static let morePhoneCues = ContextWords(["a ring", "ring back", "call us", "call back", "reach you", "caller:",
                                             "contacto", "contatto",
                                             // A new number in the languages chats are written in: "mój nowy numer to",
                                             // "yeni numaram", "WA aku di", "ring mig på", "bel me op", "ruf mich an".
                                             // ("nomor", "numaram" alone are any number: an order's too.)
                                             "nowy numer", "mój numer", "yeni numaram", "nomor hp", "nomor wa", "wa aku", "wa saya",
                                             "ring mig", "ring meg", "bel me", "ruf mich", "llámame", "chiamami",
                                             "my number", "new number", "nuevo número", "novo número", "neue nummer",
                                             // "zavolá na číslo 787 842 276", "mi número es 612 345 678", "GSM: 0544 ...".
                                             "na číslo", "mi número", "su número", "gsm:"])

    /// Phone words of letters and e-mails in other languages, and English ones for calling someone back: "Recapito: 348 271
    /// 4657", "kontakt pod numerem 666 709 356", "belt u mij dan op 0627158549", "mi può contattare al 393 185 7985", "nås på
    /// 0704964973". (Read in the 20 bytes before the number: this list is read for most numbers, which have no cue.)
    /// (No word that an older list holds inside it: "telefonu" and "sms-em" are found by `phoneCueList`'s "telefon" and "sms".)
    static let phoneCuesOtherLanguages = ContextWords(["recapito", "cellulare", "cell.", "pod numerem", "mio numero", "nuovo numero",
                                                       "contattare al", "contattarmi al", "belt u mij", "bel mij", "bellen op",
                                                       "nås på", "ringa på", "call you on", "call her on", "call him on",
                                                       "text you on", "handy:", "handynummer", "mobiel",
                                                       "puhelin", "tlf", "número es", "numéro est", "numero è", "numer to",
                                                       // Greek "τηλ.", Italian "Per urgenze:", India's payments to a mobile number.
                                                       "τηλ", "urgenze", "upi to", "gpay", "phonepe", "paytm"])

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
        // Not a time's or a range's first part ("0123 4567:30"); a label's colon after the number is none ("from 089 851 1876: hey").
        if lastEnd < s.count, s[lastEnd] == UInt8(ascii: "-") || s[lastEnd] == UInt8(ascii: ":") && !(lastEnd + 1 == s.count || s[lastEnd + 1] == 0x20) { return nil }
        let minDigits = international ? 11 : 9
        if groups >= 2 && digits >= minDigits && digits <= (international ? 15 : 12) { return lastEnd }
        // An unbroken run is a phone only when the text says so just before it, or earlier on its line.
        if groups == 1 && digits >= 10 && digits <= 12 {
            if anyBefore(s, start, 30, phoneWordList) { return lastEnd }
            var a = start
            while a > 0, start - a < 80, s[a - 1] != 0x0A { a -= 1 }
            if start - a > 30, matches(s, a, start, phoneWordList, all: false) != 0 { return lastEnd }
            // A mobile's ten digits (04 in Australia, 06 and 07 in France and the Netherlands) standing as a contact
            // line stands: alone on its line under a name, or between " | " or " · " separators ("Adrián García\n0781864763",
            // "Currumbin QLD 4223 | 0462230185 | jnguyen@..."), or after "ringing ... on".
            if digits == 10, s[start + 1] == UInt8(ascii: "4") || s[start + 1] == UInt8(ascii: "6") || s[start + 1] == UInt8(ascii: "7"),
               mobileStandsAlone(s, start, lastEnd) { return lastEnd }
        }
        return nil
    }

    /// The number s[start..<end] is its line's whole text, or a field between " | " or " · ", or comes after " on ".
    static func mobileStandsAlone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        let lineBefore = start == 0 || s[start - 1] == 0x0A
        let lineAfter = end == n || s[end] == 0x0A || s[end] == 0x0D
        if lineBefore && lineAfter { return start > 0 }
        func separatorBefore() -> Bool {
            start >= 3 && s[start - 1] == 0x20 && (s[start - 2] == UInt8(ascii: "|") || start >= 4 && s[start - 2] == 0xB7 && s[start - 3] == 0xC2)
        }
        func separatorAfter() -> Bool {
            lineAfter || end + 2 < n && s[end] == 0x20 && (s[end + 1] == UInt8(ascii: "|") || s[end + 1] == 0xC2 && s[end + 2] == 0xB7)
        }
        if separatorBefore() && separatorAfter() { return true }
        return start >= 4 && s[start - 1] == 0x20 && s[start - 2] == UInt8(ascii: "n") && s[start - 3] == UInt8(ascii: "o") && s[start - 4] == 0x20
            && anyBefore(s, start, 40, ringWords)
    }
    static let ringWords = ContextWords(["ring", "ringing", "rang", "reach", "text", "texting", "call", "calling", "whatsapp"])


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
}
