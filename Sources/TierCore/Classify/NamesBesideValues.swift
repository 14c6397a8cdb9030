/// Names no list knows, told by where they stand: beside a value that belongs to a person ("Huang Haoran,
/// new IBAN FR88...", "Tax ID (SSN): 761-33-7022 — Koa Kahananui") or opening a sentence before a verb
/// ("Kailani Kealoha from legal wants a word"). The run must read as a name's words (`plainNameWords`)
/// with no word that is also an ordinary one (`noAmbiguousWord`): the place, not a list, is the evidence.
extension PIIScanner {
    /// Words that label a person's own value after a name and a comma: "Art Marsden, DOB 14 Jan 1951",
    /// "Palani Keawe, born 9/11/1959", "Huang Haoran, new IBAN ...". Lower-case, compared case-insensitively.
    static let personalValueLabels = WordTable(["dob", "d.o.b.", "d.o.b", "born", "b.", "iban", "ssn", "nhs", "phone", "tel", "tel.",
                                                "mobile", "mob", "mob.", "cell", "email", "e-mail", "aged", "age", "passport", "ni",
                                                "geboren", "geb.", "né", "née", "nata", "nato", "nacido", "nacida", "nascido", "nascida",
                                                "geboortedatum", "tél", "tél.", "handy", "telefon", "telefono", "teléfono", "account", "acct", "card",
                                                "address", "addr"].map { ($0, 1) })

    /// After a run ending at `end`: ", " (or " - ") and a label of a person's own value, maybe after "new"
    /// or "his"/"her": "Huang Haoran, new IBAN", "Art Marsden, DOB".
    static func personalValueAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 4 < n, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20 else { return false }
        var a = end + 2
        for _ in 0..<2 {
            var b = a
            while b < n, b - a < 16, s[b] != 0x20, s[b] != UInt8(ascii: ":"), s[b] != UInt8(ascii: ","), s[b] != 0x0A { b += 1 }
            guard b > a else { return false }
            if personalValueLabels.lookupLowered(s, a, b) != 0 { return true }
            // "date of birth", "date de naissance", "fecha de nacimiento".
            if b + 9 < n, lowerEquals(s, a, b, "date") || lowerEquals(s, a, b, "fecha") || lowerEquals(s, a, b, "data") {
                if lowerEquals(s, b, b + 9, " of birth") { return true }
                if lowerEquals(s, b, b + 4, " de ") || lowerEquals(s, b, b + 4, " di ") {
                    var e = b + 4
                    while e < n, ASCII.isAlpha(s[e]) { e += 1 }
                    if lowerEquals(s, b + 4, e, "naissance") || lowerEquals(s, b + 4, e, "nacimiento") || lowerEquals(s, b + 4, e, "nascita")
                        || lowerEquals(s, b + 4, e, "nascimento") { return true }
                }
            }
            // One small word first: "new IBAN", "his DOB", "her phone".
            guard b + 1 < n, s[b] == 0x20, b - a <= 3, lowerEquals(s, a, b, "new") || lowerEquals(s, a, b, "his") || lowerEquals(s, a, b, "her")
                    || lowerEquals(s, a, b, "tel") else { return false }
            a = b + 1
        }
        return false
    }

    /// Before `start`: " — ", " – " or " - " right after a digit, a value and then its owner: "Tax ID (SSN):
    /// 761-33-7022 — Koa Kahananui", "Geboortedatum: 10 augustus 1966 — Willemijn Peters".
    static func valueDashBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 4, s[start - 1] == 0x20 else { return false }
        var k = start - 2
        if s[k] == UInt8(ascii: "-") { k -= 1 } else {
            guard k >= 3, s[k - 2] == 0xE2, s[k - 1] == 0x80, s[k] == 0x93 || s[k] == 0x94 else { return false }
            k -= 3
        }
        return k >= 1 && s[k] == 0x20 && isDigit(s[k - 1])
    }

    /// Before `start`: ", " right after a digit, and after the run a comma: the value's owner in a list of
    /// a record's parts ("NHS number 638-552-5619, Chidinma Anyanwu, referred to dermatology").
    static func valueCommaAround(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start >= 9, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ","), isDigit(s[start - 3]), end < s.count, s[end] == UInt8(ascii: ",") else {
            return false
        }
        // A number of seven digits or more (a phone, an NHS number, an account), not a house's ("E-272, Lodha Palava,").
        var digits = 0
        var k = start - 3
        while k >= 0, start - 3 - k < 24, isDigit(s[k]) || s[k] == 0x20 || s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: ".") {
            if isDigit(s[k]) { digits += 1 }
            k -= 1
        }
        return digits >= 7
    }

    /// The run ending at `end` ends its line, the text, or a sentence (". ", ".", "!", "?", ";").
    @inline(__always) static func runEndsClause(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end < s.count else { return true }
        let c = s[end]
        return c == 0x0A || c == 0x0D || c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: ";")
    }

    /// `start` opens a sentence: the text's or a line's start, after ". ", "! ", "? ", or a list's bullet.
    @inline(__always) static func sentenceStart(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        if start == 0 || s[start - 1] == 0x0A { return true }
        guard start >= 2, s[start - 1] == 0x20 else { return false }
        let p = s[start - 2]
        return p == UInt8(ascii: ".") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?") || p == UInt8(ascii: ":") || listItemBefore(s, start)
    }

    /// `start` opens a quotation or a bracket: "Classify this: \"Lindiwe van Wyk here, ...\"".
    @inline(__always) static func quoteOpens(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start >= 1 && (s[start - 1] == UInt8(ascii: "\"") || s[start - 1] == UInt8(ascii: "("))
            || start >= 3 && s[start - 3] == 0xE2 && s[start - 2] == 0x80 && s[start - 1] == 0x9C
    }

    /// After a run ending at `end`: a space and a verb of a person in small letters ("from legal wants",
    /// "says", "called", "reported"): a short word people are said to do, or a word ending in "ed".
    static func verbAfterRun(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 3 < n, s[end] == 0x20, s[end + 1] &- 0x61 < 26 else { return false }
        if shortWordAfterName(s, end + 1) { return true }
        var b = end + 1
        while b < n, b - end < 14, s[b] &- 0x61 < 26 { b += 1 }
        guard b - end - 1 >= 4, b == n || !ASCII.isAlpha(s[b]) else { return false }
        // "-ed", or a verb's third person ("prefers", "works"; not "-ss", "-us", "-is" words: "boss", "bonus", "this").
        return s[b - 2] == UInt8(ascii: "e") && s[b - 1] == UInt8(ascii: "d")
            || s[b - 1] == UInt8(ascii: "s") && s[b - 2] != UInt8(ascii: "s") && s[b - 2] != UInt8(ascii: "u") && s[b - 2] != UInt8(ascii: "i")
    }

    /// A list's bullet ("- ", "* ", "• "), maybe indented, right before `start`: where the bullet's line
    /// starts, or nil.
    static func bulletLineStart(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start >= 2, s[start - 1] == 0x20 else { return nil }
        var k = start - 2
        if s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "*") {
        } else if k >= 2, s[k] == 0xA2, s[k - 1] == 0x80, s[k - 2] == 0xE2 { k -= 2 } else { return nil }
        while k > 0, s[k - 1] == 0x20, start - k < 12 { k -= 1 }
        return k == 0 || s[k - 1] == 0x0A ? k : nil
    }

    /// Keys of a list of people: "reviewers:", "Attendees:", "owners:".
    static let peopleListKeys = WordTable(["reviewers", "reviewer", "owners", "approvers", "attendees", "members", "participants",
                                           "assignees", "contacts", "authors", "maintainers", "people", "staff", "guests",
                                           "speakers", "invitees", "signatories", "volunteers", "students", "patients",
                                           "employees", "team", "cc", "to", "present", "apologies", "panel", "judges"].map { ($0, 1) })

    /// The list whose bullet line starts at `line` hangs under a key of people ("reviewers:\n  - A\n  - B").
    static func listUnderPeopleKey(_ s: UnsafeBufferPointer<UInt8>, _ line: Int) -> Bool {
        var l = line
        for _ in 0..<12 {
            guard l >= 2 else { return false }
            // The line above.
            var a = l - 1
            while a > 0, s[a - 1] != 0x0A { a -= 1 }
            var t = a
            while t < l - 1, s[t] == 0x20 { t += 1 }
            if t < l - 1, s[t] == UInt8(ascii: "-") || s[t] == UInt8(ascii: "*") { l = a; continue }
            // "key:" alone on its line.
            var e = l - 1
            if e > t, s[e - 1] == 0x0D { e -= 1 }
            guard e > t + 1, s[e - 1] == UInt8(ascii: ":") else { return false }
            return peopleListKeys.lookupLowered(s, t, e - 1) != 0
        }
        return false
    }

    /// A list's item that is a person: "- Riaan Janse van Rensburg: draft RFP" (a name, then its part), or a
    /// name alone on its item under a key of people ("reviewers:\n  - Elmarie Mthembu").
    static func listedPerson(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, words: Int) -> Double? {
        guard words >= 2, words <= 4, let line = bulletLineStart(s, start), !honorificOpens(s, start, end),
              plainNameWords(s, start, end, particles: true) else { return nil }
        if end + 1 < s.count, s[end] == UInt8(ascii: ":"), s[end + 1] == 0x20 { return 0.7 }
        guard end == s.count || s[end] == 0x0A || s[end] == 0x0D, listUnderPeopleKey(s, line) else { return nil }
        return 0.7
    }

    /// A given name alone on its line above a line that is a phone number: a signature ("Karin\n0768995714").
    static func nameAbovePhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start > 0, s[start - 1] == 0x0A, let next = nextLineStart(s, end), next < s.count else { return false }
        let c = s[next]
        guard c == UInt8(ascii: "+") || c == UInt8(ascii: "(") || isDigit(c) else { return false }
        var digits = 0
        var k = next
        while k < s.count, k - next < 24, s[k] != 0x0A {
            let b = s[k]
            if isDigit(b) { digits += 1 } else if !(b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == 0x0D) { return false }
            k += 1
        }
        guard digits >= 7, digits <= 15 else { return false }
        let f = NameGazetteer.flags(s, start, end)
        return f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0
    }

    /// Nouns of a person whose name follows in brackets: "The customer (Keoni Nainoa) wants a call back".
    static let personNounsBeforeBracket = WordTable(["customer", "client", "patient", "tenant", "landlord", "caller", "guest", "user",
                                                     "employee", "applicant", "driver", "buyer", "seller", "student", "candidate",
                                                     "contact", "owner", "member", "passenger", "resident", "guardian", "parent",
                                                     "child", "son", "daughter", "wife", "husband", "partner", "manager", "colleague",
                                                     "neighbour", "neighbor", "witness", "claimant", "sender", "recipient", "requester",
                                                     "reporter", "engineer", "technician", "agent", "nurse", "doctor"].map { ($0, 1) })

    /// The run is in brackets right after a noun of a person: "The customer (Keoni Nainoa)", "tenant (Long Ly)".
    static func bracketAfterPersonNoun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start >= 4, s[start - 1] == UInt8(ascii: "("), s[start - 2] == 0x20, end < s.count, s[end] == UInt8(ascii: ")") else { return false }
        let e = start - 2
        var a = e
        while a > 0, e - a < 12, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        return a < e && personNounsBeforeBracket.lookupLowered(s, a, e) != 0
    }

    /// A name of two or three words no list need know, told by its place: beside a person's value, or
    /// opening a sentence before a verb. Its confidence, or nil.
    static func nameBesideValue(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, words: Int) -> Double? {
        guard words >= 2, words <= 3 else { return nil }
        // "Prof Hallam signed": the honorific's own rule reads the name after it.
        if honorificOpens(s, start, end) { return nil }
        // A value's label is the stronger evidence: a name that is also a word may stand before it when
        // another word of the run is a known name ("Art Marsden, DOB 14 Jan 1951").
        let labelled = personalValueAfter(s, end) || bracketAfterPersonNoun(s, start, end)
        guard labelled || valueDashBefore(s, start) && runEndsClause(s, end) || valueCommaAround(s, start, end)
                || (sentenceStart(s, start) || quoteOpens(s, start)) && verbAfterRun(s, end),
              plainNameWords(s, start, end, particles: true), noAmbiguousWord(s, start, end, particles: true) || labelled && knownNameWord(s, start, end),
              !isFamousName(s, start, end) else { return nil }
        return 0.65
    }
}
