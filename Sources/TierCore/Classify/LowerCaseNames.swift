/// Given names in small letters, as chats and texts are written ("omg anjali got the job", "where r u
/// yusuf", "grabbing food w fatou"): no cue is needed when the word is a frequent given name that no list
/// calls an ordinary word or ambiguous and that is no word in small letters ("dock", "heather"). Only
/// in texts the size of a message or a prompt (`lowerCaseSearchLimit`), where a word in small letters is
/// what a person types; in a code listing or a file of records such a word is an identifier as often.
extension PIIScanner {
    static let commonGivenLowerCase = WordTable(NameGazetteer.commonGivenLowerCase.filter { !notNamesInSmallLetters.contains($0) }.map { ($0, 1) })

    /// Given names that are words in small letters, of English ("ping") or of the other languages texts are
    /// written in ("elle", "ella", "della", "bella", "linda"): never a name without a capital.
    static let notNamesInSmallLetters: Set<String> = ["ping", "elle", "ella", "della", "bella", "belle", "linda", "rosa", "dona", "nina",
                                                       "sara", "gracia", "paloma", "estrella", "angel", "amor", "bonita", "mercedes",
                                                       "dolores", "soledad", "lola", "nena", "chica", "bebe", "bebé", "sonia", "cara",
                                                       "vita", "anna", "gloria", "fatima", "maria", "deniz", "ayla", "deniz", "lima",
                                                       "cruz", "santos", "reyes", "jesus", "jesús", "cristo", "mohammed", "allah",
                                                       // Greetings: "selam ayse", "salam semua", "hola amigo".
                                                       "selam", "salam", "salaam", "shalom", "namaste", "hola", "ciao", "salut"]

    /// A given name of the lists, not a frequent one, that no list calls a word, ambiguous or a surname, and no
    /// word of the other languages' lists in small letters: "ehrentraud", "hubertine", "thorvald".
    static func rareGivenInSmallLetters(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        let f = NameGazetteer.flags(s, i, e)
        return f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word | NameGazetteer.surname | NameGazetteer.particle) == 0
            && lowerCaseWordNames.lookup(s, i, e) == 0 && notNamesInSmallLettersTable.lookup(s, i, e) == 0
    }
    static let notNamesInSmallLettersTable = WordTable(notNamesInSmallLetters.map { ($0, 1) })

    /// A line's capitals, read once for all the candidates on it: the first outside brackets (a time stamp
    /// "[Mon 09:12]" may hold some) and the last anywhere. A word at `i` stands in small letters when no
    /// capital outside brackets is before it and none at all after it.
    struct LineCapitals {
        var end = -1, firstOpen = Int.max, last = -1
        mutating func read(_ s: UnsafeBufferPointer<UInt8>, around i: Int) {
            guard i >= end else { return }
            var a = i
            while a > 0, s[a - 1] != 0x0A { a -= 1 }
            firstOpen = Int.max; last = -1
            var inBracket = false
            var k = a
            while k < s.count, s[k] != 0x0A {
                let c = s[k]
                if c == UInt8(ascii: "[") { inBracket = true } else if c == UInt8(ascii: "]") { inBracket = false }
                else if c &- 0x41 < 26 { last = k; if !inBracket, firstOpen == Int.max { firstOpen = k } }
                k += 1
            }
            end = k
        }
        func smallLetters(at i: Int) -> Bool { firstOpen >= i && last < i }
    }

    /// The word, with the word before or after it, is a place or a famous name ("lake louise", "alice
    /// springs", "rosa parks"), or the word is a place's alone.
    static func inPlaceOrFamousName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        if isPlaceName(s, i, e) { return true }
        if e + 2 < s.count, s[e] == 0x20, ASCII.isAlpha(s[e + 1]) {
            var b = e + 1
            while b < s.count, ASCII.isAlpha(s[b]) || s[b] >= 0x80 { b += 1 }
            if isPlaceName(s, i, b) || isFamousName(s, i, b) { return true }
        }
        if i >= 3, s[i - 1] == 0x20, ASCII.isAlpha(s[i - 2]) || s[i - 2] == UInt8(ascii: ".") {
            var a = i - 1
            if s[a - 1] == UInt8(ascii: ".") { a -= 1 }
            while a > 0, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
            if isPlaceName(s, a, e) || isFamousName(s, a, e) || placeWordsBefore.lookupLowered(s, a, i - 1) != 0 { return true }
        }
        return false
    }

    /// Words before a place named like a person: "lake louise", "san vicente", "co. kerry", "mount elgon".
    static let placeWordsBefore = WordTable(["lake", "san", "santa", "santo", "saint", "st", "st.", "port", "mount", "mt", "mt.", "fort",
                                             "co", "co.", "county", "cape", "sao", "são", "villa", "vila", "rue", "calle", "via", "avenida",
                                             "rua", "ciudad", "isla", "lago", "monte", "puerto", "porto", "cerro", "río", "rio"].map { ($0, 1) })

    /// A chat export's speaker handle: the word opens its line (past a time stamp) and a colon follows it
    /// ("[19:33] lena: ticket closed"). Exports write user names there, in small letters as they are.
    static func speakerHandle(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        guard e < s.count, s[e] == UInt8(ascii: ":") else { return false }
        var a = i
        while a > 0, s[a - 1] == 0x20 { a -= 1 }
        return a == 0 || s[a - 1] == 0x0A || s[a - 1] == UInt8(ascii: "]") || timeStampBefore(s, i) != 0
    }

    /// The byte before a name in small letters: the text's start, a space, a line break, or "(", "@", ",".
    @inline(__always) static func lowerNameBoundaryBefore(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let c = s[i - 1]
        return c == 0x20 || c == 0x0A || c == 0x09 || c == UInt8(ascii: "(") || c == UInt8(ascii: ",") || c == UInt8(ascii: "@") && (i == 1 || s[i - 2] == 0x20 || s[i - 2] == 0x0A || s[i - 2] == UInt8(ascii: "\""))
    }

    /// The byte after it: the end, a space, a line break, punctuation of prose, "'s", an emoji.
    @inline(__always) static func lowerNameBoundaryAfter(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        guard e < s.count else { return true }
        let c = s[e]
        switch c {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: ";"):
            return true
        case UInt8(ascii: "."), UInt8(ascii: ":"):
            // A sentence's end, not a host's or a file's dot ("anjali.txt", "priya:8080").
            return e + 1 >= s.count || s[e + 1] == 0x20 || s[e + 1] == 0x0A || s[e + 1] == 0x0D
        case UInt8(ascii: "'"):
            return e + 1 < s.count && s[e + 1] == UInt8(ascii: "s") && (e + 2 >= s.count || !ASCII.isAlnum(s[e + 2]))
        case 0xE2, 0xF0:
            return true   // "’s", an emoji
        default:
            return false
        }
    }

    /// `found` with every frequent given name written in small letters added as a person (in order; words
    /// inside a finding are left to it). Texts larger than `lowerCaseSearchLimit` are returned as they are.
    static func withLowerCaseNames(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit]) -> [Hit] {
        let n = s.count
        guard n <= lowerCaseSearchLimit else { return found }
        var extra: [Hit] = []
        var line = LineCapitals()
        var next = 0
        var i = 0
        while i < n {
            let c = s[i]
            guard c &- 0x61 < 26 else { i += 1; continue }
            // A word of small letters (and letters past ASCII, a hyphen inside: "hyun-woo", "begoña").
            var e = i + 1
            while e < n, s[e] &- 0x61 < 26 || s[e] >= 0x80 && s[e] != 0xE2 && s[e] != 0xF0 || s[e] == UInt8(ascii: "-") && e + 1 < n && s[e + 1] &- 0x61 < 26 { e += 1 }
            defer { i = e }
            guard e - i >= 4, e - i <= 12, lowerNameBoundaryBefore(s, i), lowerNameBoundaryAfter(s, e),
                  !speakerHandle(s, i, e) else { continue }
            let common = commonGivenLowerCase.lookup(s, i, e) != 0
            guard common || e - i >= 5 && rareGivenInSmallLetters(s, i, e) else { continue }
            // A chat's mention is a person wherever it stands ("@katrin müşteri Ute Neumann yine aradı"); a rarer name
            // only in a line of small letters (not a doc comment's "@param").
            let mention = common && i >= 1 && s[i - 1] == UInt8(ascii: "@")
            if !mention { line.read(s, around: i) }
            guard mention || line.smallLetters(at: i), !inPlaceOrFamousName(s, i, e) else { continue }
            // After travel and "to", a place named as people are: "flights to santiago", "going to lourdes".
            if i >= 4, s[i - 1] == 0x20, lowerEquals(s, i - 3, i - 1, "to"), travelBefore(s, i - 3), isPlaceAlsoName(s, i, e) || isPlaceName(s, i, e) { continue }
            while next < found.count, found[next].end <= i { next += 1 }
            guard next >= found.count || found[next].start >= e else { continue }
            // A surname in small letters after it, maybe past particles: "omar aziz", "hidde de wit".
            var end = e
            var k = e
            for _ in 0..<3 {
                guard k + 2 < n, s[k] == 0x20, s[k + 1] &- 0x61 < 26 else { break }
                var b = k + 1
                while b < n, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 && s[b] != 0xF0 || s[b] == UInt8(ascii: "'") && b + 1 < n && s[b + 1] &- 0x61 < 26 { b += 1 }
                guard b - k - 1 >= 2, b - k - 1 <= 16, lowerNameBoundaryAfter(s, b) else { break }
                let f = NameGazetteer.flags(s, k + 1, b)
                if f & NameGazetteer.particle != 0 { k = b; continue }
                if f & NameGazetteer.surname != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, lowerCaseWordNames.lookup(s, k + 1, b) == 0 {
                    end = b
                }
                break
            }
            extra.append(Hit(.person, i, end, 0.55))
            e = max(e, end)
        }
        return extra.isEmpty ? found : merged(found, extra)
    }
}

extension PIIScanner {
    /// Labels of a meeting's or a team's roll, before a list of people: "Attendees:", "Present:", "Squad:".
    static let rollLabels = WordTable(["attendees", "attendance", "present", "participants", "invitees", "apologies", "absent", "squad",
                                       "hadir", "peserta", "katılanlar", "aanwezig", "anwesend", "teilnehmer", "présents", "presentes",
                                       "asistentes", "presenti", "närvarande", "deltagare", "obecni", "uczestnicy",
                                       // A retro's and a rota's: "who: chad, eugene, susan, édith", "helpers: ola, tomek".
                                       "who", "team", "people", "helpers", "volunteers", "guests", "invited"].map { ($0, 1) })

    /// A roll of people in small letters after a roll's label, alone on its line: "Attendees: keelan, vu, umut, glen". At the
    /// first name s[i..<e] (`s[e]` is its comma): every name's range, or nil. Two items at least, each one word (a hyphen
    /// inside: "tae-yang"), none a function word or a word the lists hold only as an ordinary word, and half of them
    /// listed given names.
    static func lowerCaseRoll(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> [(Int, Int)]? {
        let n = s.count
        guard i >= 6, s[i - 1] == 0x20, s[i - 2] == UInt8(ascii: ":") else { return nil }
        var a = i - 2
        while a > 0, i - 2 - a < 12, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        guard a < i - 2, a == 0 || !ASCII.isAlnum(s[a - 1]), rollLabels.lookupLowered(s, a, i - 2) != 0 else { return nil }
        var names: [(Int, Int)] = []
        var given = 0
        var k = i
        while k < n, names.count < 16 {
            guard s[k] &- 0x61 < 26 || s[k] >= 0xC3 && s[k] < 0xE0 else { return nil }
            var b = k
            while b < n, b - k <= 16, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 && s[b] != 0xF0 || s[b] == UInt8(ascii: "-") && b + 1 < n && s[b + 1] &- 0x61 < 26 { b += 1 }
            guard b - k >= 2, b - k <= 16 else { return nil }
            let f = NameGazetteer.flags(s, k, b)
            if functionWords.lookup(s, k, b) != 0 || teamWords.lookup(s, k, b) != 0 || f & NameGazetteer.word != 0 && f & NameGazetteer.given == 0 { return nil }
            if f & NameGazetteer.given != 0 { given += 1 }
            names.append((k, b))
            // ", " to the next item, " and " before the last; the line's end closes the roll.
            if b == n || s[b] == 0x0A || s[b] == 0x0D { break }
            if b + 2 < n, s[b] == UInt8(ascii: ","), s[b + 1] == 0x20 { k = b + 2; continue }
            if b + 5 < n, s[b] == 0x20, lowerEquals(s, b + 1, b + 5, "and ") { k = b + 5; continue }
            return nil
        }
        guard names.count >= 2, given * 2 >= names.count else { return nil }
        return names
    }
}

extension PIIScanner {
    /// Greetings that open a message before the writer says who they are.
    static let introGreetings = WordTable(["hi", "hey", "hiya", "hello", "hej", "hallo", "coucou", "salut", "bonjour", "hola", "ciao",
                                           "oi", "ola", "olá", "cześć", "merhaba", "selam", "hai", "halo"].map { ($0, 1) })
    /// What the writer says before their name: "its", "it's", "tu" (Polish), "c'est", "hier ist", "soy", "sono", "sou", "det är".
    static let introWords = WordTable(["its", "it's", "tu", "c'est", "ist", "soy", "sono", "sou", "är", "ben"].map { ($0, 1) })

    /// A text's writer in small letters after a greeting and a self-introduction, the name then closed by a comma, '!',
    /// '.' or the line's end: "hey its jo, new number", "hej, tu jakub, możesz", "coucou c'est aurélien, tu peux". At the
    /// word at `i`; where the name ends when it is one: a listed given name, or a word no list holds, neither a function
    /// word nor a frequent word of the other languages.
    static func lowerCaseIntroName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = s.count
        guard i >= 5, s[i - 1] == 0x20 else { return nil }
        // The name: small letters, letters outside ASCII ("aurélien"), a hyphen inside; then ',', '!', '.' or the line's end.
        var e = i
        while e < n, e - i <= 20, s[e] &- 0x61 < 26 || s[e] >= 0x80 && s[e] != 0xE2 || s[e] == UInt8(ascii: "-") && e + 1 < n && s[e + 1] &- 0x61 < 26 { e += 1 }
        guard e - i >= 2, e - i <= 20, e == n || s[e] == UInt8(ascii: ",") || s[e] == UInt8(ascii: "!") || s[e] == UInt8(ascii: ".")
                || s[e] == 0x0A || s[e] == 0x0D else { return nil }
        // The introduction's word, then the greeting (a comma after it or not), opening the text or a line.
        var b = i - 1
        var a = b
        while a > 0, b - a < 8, s[a - 1] &- 0x61 < 26 || s[a - 1] == UInt8(ascii: "'") || s[a - 1] >= 0x80 { a -= 1 }
        guard a < b, introWords.lookupLowered(s, a, b) != 0 else { return nil }
        if b - a == 3, lowerEquals(s, a, b, "ist") {
            // "hier ist"
            guard a >= 6, s[a - 1] == 0x20, lowerEquals(s, a - 5, a - 1, "hier") else { return nil }
            a -= 5
        }
        guard a >= 3, s[a - 1] == 0x20 else { return nil }
        b = a - 1
        if s[b - 1] == UInt8(ascii: ",") { b -= 1 }
        a = b
        while a > 0, b - a < 8, s[a - 1] &- 0x61 < 26 || s[a - 1] &- 0x41 < 26 || s[a - 1] >= 0x80 { a -= 1 }
        guard a < b, a == 0 || s[a - 1] == 0x0A || s[a - 1] == 0x20 && a >= 2 && (s[a - 2] == UInt8(ascii: ".") || s[a - 2] == UInt8(ascii: "!")),
              introGreetings.lookupLowered(s, a, b) != 0 else { return nil }
        let f = NameGazetteer.flags(s, i, e)
        guard functionWords.lookup(s, i, e) == 0, lowerCaseWordNames.lookup(s, i, e) == 0 else { return nil }
        return f & NameGazetteer.given != 0 && f & NameGazetteer.ambiguous == 0 || f == 0 && e - i >= 3 ? e : nil
    }
}
