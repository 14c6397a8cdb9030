/// Speakers of a chat pasted in small letters: "travis: just use my token for now", "dong-hyun: what's the wifi pw",
/// or capitalized where the lists hold no such name ("Jatmiko: blm, masih macet"),
/// and a chat client's sender line, "terenc 4:52 PM". A word in small letters before a colon opens many lines that are no
/// chat (YAML keys, log levels, "note: ..."), so a speaker needs a chat around it: another line of the same shape near it,
/// a message in words after the colon, and one speaker at least whom the lists know as a given name.
extension PIIScanner {
    /// Words that open lines before a colon and are no one's name: labels, log levels, roles, commit prefixes.
    static let chatLineLabels = WordTable([
        "note", "notes", "todo", "fixme", "error", "warning", "warn", "info", "debug", "trace", "fatal", "user", "users", "host",
        "port", "name", "bot", "agent", "customer", "subject", "re", "fw", "fwd", "to", "from", "cc", "bcc", "date", "time", "status",
        "type", "id", "key", "value", "url", "path", "file", "http", "https", "password", "token", "step", "tip", "q", "a", "ps",
        "edit", "update", "fix", "feat", "chore", "docs", "test", "tests", "result", "output", "input", "answer", "question", "me",
        "you", "admin", "root", "system", "assistant", "human", "model", "server", "client", "support", "staff", "team", "example",
        "usage", "summary", "description", "title", "reason", "action", "location", "address", "phone", "email", "mobile", "tel",
        "reply", "response", "request", "comment", "comments", "message", "msg", "source", "target", "author", "reviewer",
        "owner", "assignee", "reporter", "priority", "severity", "environment", "env", "version", "build", "image", "tag",
        "branch", "commit", "merge", "hint", "caution", "important", "see", "via", "and", "but", "so", "also", "context",
        // The same labels in the other languages, as lines open with them capitalized ("Hinweis: bitte ...").
        "hinweis", "achtung", "wichtig", "anmerkung", "betreff", "remarque", "attention", "nota", "aviso", "importante", "opmerking",
        "uwaga", "huom", "huomio", "obs", "merk", "poznámka", "upozornění", "napomena", "megjegyzés", "catatan", "perhatian",
        "atenție", "notă", "dikkat", "uyarı", "lưu", "paunawa", "tala", "vigtigt", "viktigt", "tärkeää", "pozor", "figyelem",
        // Who the speaker is to the family, as a family's chat names them ("Papa: Oma hat angerufen", "anne: Raci getirsin").
        "mum", "mom", "mam", "mama", "mamma", "mami", "mamá", "mummy", "mommy", "papa", "pappa", "papá", "dad", "daddy", "nana", "nan",
        // (Not those that are given names too: "anne", "nana", "lola", "tala".)
        "gran", "granny", "grandma", "grandpa", "oma", "opa", "abla", "abi", "teyze", "amca", "nagymama", "nagypapa",
        "anya", "apa", "tata", "babcia", "dziadek", "mormor", "farmor", "morfar", "farfar", "bestemor", "bestefar", "uncle", "auntie",
        "aunty", "tante", "onkel", "tía", "tío", "nonna", "nonno", "papi", "ibu", "bapak", "ayah", "bunda",
        "kuya", "mẹ", "bố", "ouma", "oupa", "mamm", "moeder", "vader", "mutti", "vati",
        // A rota's days.
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ].map { ($0, 1) })

    /// At a line's start `i`, a word in small letters (letters outside ASCII and inner hyphens too: "benoît", "min-ji") and
    /// ": " or a sender line's " 4:52 PM": the speaker's end, when the chat around it says it is one.
    static func chatSpeakerInSmallLetters(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let (e, timeLine) = smallSpeakerShape(s, i), smallSpeakerName(s, i, e) else { return nil }
        // The chat around it: another speaker line within 600 bytes before or after (the line of the message between).
        var known = givenNoWord(s, i, e)
        var others = 0
        // Whether the line at `a` opens with a speaker of the same kind; one that is a given name of the lists makes it known.
        // (Capitalized speakers count only beside capitalized ones, small only beside small: a mail's headers, a form's labels
        // and a rota's days are capitalized too, and their values are; a chat's messages are written small after the colon.)
        let capital = s[i] &- 0x41 < 26
        if capital && !chatMessageAfter(s, e) { return nil }
        func another(_ a: Int) {
            guard let (e2, t2) = smallSpeakerShape(s, a), t2 == timeLine, (s[a] &- 0x41 < 26) == capital,
                  !capital || chatMessageAfter(s, e2), smallSpeakerName(s, a, e2) else { return }
            others += 1
            if givenNoWord(s, a, e2) { known = true }
        }
        // Lines before.
        var k = i
        var lines = 0
        while k > 0, i - k < 600, lines < 6 {
            let a = lineStart(s, k - 1, within: .max) ?? 0
            lines += 1
            another(a)
            k = a
        }
        // Lines after.
        k = e
        lines = 0
        while k < s.count, k - e < 600, lines < 6 {
            while k < s.count, s[k] != 0x0A { k += 1 }
            guard k < s.count else { break }
            k += 1
            lines += 1
            another(k)
        }
        // (A capitalized word no list holds needs two other speakers: a line may open with another language's label.)
        return (others >= 2 || others >= 1 && (s[i] &- 0x61 < 26 || NameGazetteer.flags(s, i, e) & (NameGazetteer.given | NameGazetteer.surname) != 0)) && known ? e : nil
    }

    /// After a speaker's name ending at `end` (": " next): the message, when it is one token that reads as a password and
    /// the line above asks for one ("dong-hyun: what's the wifi pw\nmin-ji: F@lc0n47!"). Its range.
    static func passwordAnswer(_ s: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ end: Int) -> (Int, Int)? {
        let n = s.count
        guard end + 2 < n, s[end] == UInt8(ascii: ":"), s[end + 1] == 0x20, lineStart >= 2 else { return nil }
        let a = end + 2
        var b = a
        while b < n, s[b] > 0x20 { b += 1 }
        // (A word and a year and a sign, "Tundra2019!", is what people choose: the question above says it is one.)
        let digit = (a..<b).contains(where: { isDigit(s[$0]) }), symbol = hasPasswordSymbol(s, a, b)
        guard b - a >= 6, b - a <= 64, b == n || s[b] == 0x0A || s[b] == 0x0D, mixedPassword(s, a, b),
              looksRandom(s, a, b) && (digit || symbol) || digit && symbol,
              matches(s, a, b, placeholderWords, all: false) == 0 else { return nil }
        // The line above: a word for a password in it.
        var w = self.lineStart(s, lineStart - 1, within: .max) ?? 0
        while w < lineStart - 1 {
            guard s[w] &- 0x61 < 26 || s[w] &- 0x41 < 26 else { w += 1; continue }
            var x = w
            while x < lineStart - 1, ASCII.isAlpha(s[x]) { x += 1 }
            if isProsePasswordWord(s, w, x) || foreignPasswordWordAt(s, w) { return (a, b) }
            w = x
        }
        return nil
    }

    /// One of `foreignPasswordWords` (not the words for a key) starts at `k`: "contraseña", "hasło", "şifre".
    static func foreignPasswordWordAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        foreignPasswordWords[..<foreignKeyWordsFrom].contains { word in
            k + word.count <= s.count && (0..<word.count).allSatisfy { ASCII.lower(s[k + $0]) == ASCII.lower(word[$0]) }
        }
    }

    /// After a speaker ending at `e`: ": " and a message opening in small letters ("Karien: not me", "Jatmiko: blm, masih").
    static func chatMessageAfter(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        e + 2 < s.count && s[e] == UInt8(ascii: ":") && s[e + 1] == 0x20 && s[e + 2] &- 0x61 < 26
    }

    /// s[a..<b] is a given name of the lists that no list calls a word.
    @inline(__always) static func givenNoWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        NameGazetteer.flags(s, a, b) & (NameGazetteer.given | NameGazetteer.word) == NameGazetteer.given
    }

    /// The speaker's shape at a line's start `i`: the word's end and whether it is a sender line ("name 4:52 PM")
    /// rather than "name: message in words".
    /// (Or the word capitalized, a name no list holds among speakers the lists know: "Karien: not me, Gerhard said he would".)
    static func smallSpeakerShape(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Bool)? {
        let n = s.count
        guard i < n, s[i] &- 0x61 < 26 || s[i] &- 0x41 < 26 else { return nil }
        var e = i + 1
        while e < n, e - i <= 16, s[e] &- 0x61 < 26 || s[e] >= 0x80 || s[e] == UInt8(ascii: "-") && e + 1 < n && s[e + 1] &- 0x61 < 26 { e += 1 }
        guard e - i >= 2, e - i <= 16, e + 2 < n else { return nil }
        if s[e] == UInt8(ascii: ":"), s[e + 1] == 0x20 {
            // A message in words: a letter, a quote or a sign, then more, not a number or a flag's value ("port: 5432",
            // "debug: true").
            let c = s[e + 2]
            guard !isDigit(c), c != 0x20 else { return nil }
            var k = e + 2
            while k < n, s[k] != 0x0A, s[k] != 0x20 { k += 1 }
            guard k < n && s[k] == 0x20 || k - (e + 2) >= 6 else { return nil }
            return (e, false)
        }
        // "terenc 4:52 PM" alone on its line.
        if s[e] == 0x20, isDigit(s[e + 1]) {
            var k = e + 1
            while k < n, k - e <= 3, isDigit(s[k]) { k += 1 }
            guard k + 2 < n, s[k] == UInt8(ascii: ":"), isDigit(s[k + 1]), isDigit(s[k + 2]) else { return nil }
            k += 3
            if k + 2 < n, s[k] == 0x20, s[k + 1] == UInt8(ascii: "A") || s[k + 1] == UInt8(ascii: "P"), s[k + 2] == UInt8(ascii: "M") { k += 3 }
            guard k == n || s[k] == 0x0A || s[k] == 0x0D else { return nil }
            return (e, true)
        }
        return nil
    }

    /// The word s[i..<e] may be a speaker's name: no label, log level or role of `chatLineLabels`, no English word the
    /// lists know as one; a name of the lists, or a short word (a gamer's handle, "bigbrainbob", "pixelwitch", is long and
    /// no name).
    /// Capitalized, no ordinary word either ("Update:", "Reminder:").
    static func smallSpeakerName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        guard chatLineLabels.lookupLowered(s, i, e) == 0 else { return false }
        let f = NameGazetteer.flags(s, i, e)
        guard f & NameGazetteer.ambiguous == 0 || f & NameGazetteer.given != 0 else { return false }
        if s[i] &- 0x41 < 26 {
            guard f & NameGazetteer.word == 0 || f & NameGazetteer.given != 0, !isNotName(s, i, e), !isPlaceName(s, i, e),
                  !isFamousName(s, i, e) else { return false }
        }
        return f & (NameGazetteer.given | NameGazetteer.surname) != 0 || e - i <= 8
    }
}
