/// The evidence a run of capitalized words is a person's name: honorifics, name cues, the words
/// that end a run (the next entity starts there) and the words that make it an organisation or a
/// street instead. Only read once a run has a cue or a known given name, so none of it costs on the
/// words of ordinary prose.
extension PIIScanner {
    /// A set of words of at most 16 bytes (case kept), each stored packed in two integers with a
    /// small value, in an open-addressing table: a lookup is a multiply and one or two compares,
    /// no hashing library and no allocation.
    struct WordTable: Sendable {
        let lo: [UInt64], hi: [UInt64], value: [UInt8]
        let mask: Int
        /// Bit (length - 1) of entry (first byte & 63) is set when a word of that first byte and length
        /// is in the table: most words are ruled out by it before they are packed and hashed.
        let shapes: [UInt16]

        init(_ words: [(String, UInt8)]) {
            var size = 16
            while size < words.count * 4 { size *= 2 }
            var lo = [UInt64](repeating: 0, count: size), hi = lo, value = [UInt8](repeating: 0, count: size)
            for (w, v) in words {
                let u = Array(w.utf8)
                precondition(!u.isEmpty && u.count <= 16 && v != 0)
                let (l, h) = u.withUnsafeBufferPointer { WordTable.pack($0, 0, u.count) }
                var k = WordTable.slot(l, h, size - 1)
                while value[k] != 0 && (lo[k] != l || hi[k] != h) { k = (k + 1) & (size - 1) }
                lo[k] = l; hi[k] = h; value[k] |= v
            }
            self.lo = lo; self.hi = hi; self.value = value
            mask = size - 1
            var shapes = [UInt16](repeating: 0, count: 64)
            for (w, _) in words { let u = Array(w.utf8); shapes[Int(u[0] & 63)] |= 1 << UInt16(u.count - 1) }
            self.shapes = shapes
        }

        @inline(__always) static func pack(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (UInt64, UInt64) {
            let n = b - a
            if n <= 8, a + 8 <= s.count, let base = s.baseAddress {
                // One load, the bytes past the word masked off.
                let w = UInt64(littleEndian: UnsafeRawPointer(base + a).loadUnaligned(as: UInt64.self))
                return (n == 8 ? w : w & ((1 << UInt64(8 * n)) - 1), 0)
            }
            var lo: UInt64 = 0, hi: UInt64 = 0
            for k in a..<b {
                if k - a < 8 { lo |= UInt64(s[k]) << UInt64(8 * (k - a)) } else { hi |= UInt64(s[k]) << UInt64(8 * (k - a - 8)) }
            }
            return (lo, hi)
        }

        @inline(__always) static func slot(_ lo: UInt64, _ hi: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: ((lo ^ (hi &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        /// The value stored for s[a..<b] with its ASCII capitals lower-cased (a table of lower-case words
        /// read case-insensitively, with no copy of the word), 0 when it is not in the table.
        func lookupLowered(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt8 {
            guard b > a, b - a <= 16, shapes[Int(ASCII.lower(s[a]) & 63)] >> UInt16(b - a - 1) & 1 != 0 else { return 0 }
            var l: UInt64 = 0, h: UInt64 = 0
            for k in a..<b {
                let c = UInt64(ASCII.lower(s[k]))
                if k - a < 8 { l |= c << UInt64(8 * (k - a)) } else { h |= c << UInt64(8 * (k - a - 8)) }
            }
            var k = WordTable.slot(l, h, mask)
            while true {
                let v = value[k]
                if v == 0 { return 0 }
                if lo[k] == l && hi[k] == h { return v }
                k = (k + 1) & mask
            }
        }

        /// The value stored for s[a..<b], 0 when the word is not in the table.
        func lookup(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt8 {
            guard b > a, b - a <= 16, shapes[Int(s[a] & 63)] >> UInt16(b - a - 1) & 1 != 0 else { return 0 }
            let (l, h) = WordTable.pack(s, a, b)
            var k = WordTable.slot(l, h, mask)
            while true {
                let v = value[k]
                if v == 0 { return 0 }
                if lo[k] == l && hi[k] == h { return v }
                k = (k + 1) & mask
            }
        }
    }

    /// What a word after or inside a run of capitalized words says: it starts the next entity (a
    /// unit), or makes the run a street or an organisation.
    enum NameStop {
        static let unit: UInt8 = 1, street: UInt8 = 2, organisation: UInt8 = 4
    }

    static let nameStopWords = WordTable(unitStopWords.map { ($0, NameStop.unit) } + streetTypeWords.map { ($0, NameStop.street) }
        + notPersonWords.map { ($0, NameStop.organisation) })

    /// Titles written before a name, with or without a full stop: "Dr Irene Wilson", "Mr. Chapman".
    static let honorificWords = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Miss", "Mme", "Mlle", "Herr", "Frau", "Sir", "Dame", "Rev", "Revd",
        "Capt", "Sgt", "Lt", "Hon", "Mister", "Sra", "Srta", "Dra", "Pani", "Señora", "Señor", "Signora", "Mevrouw", "Mevr",
        "señora", "señor", "signora", "pani", "Sr", "Sig", "Dott", "Herrn",
        // Dutch "de heer", "meneer", "dhr.", "mevr."; the Polish "Pan" (before a word no dictionary holds only, `honorificBefore`).
        "Heer", "heer", "Meneer", "meneer", "Dhr", "dhr", "mevr", "Pan",
        "mr", "mrs", "ms", "dr", "prof", "miss", "MR", "MRS", "DR", "PROF",
        // A coach (Norwegian, Polish, Swedish), Afrikaans' Miss (a teacher) and Mrs, Swahili's and Malay's forms of address.
        "Trener", "Tränare", "Juffrou", "Mevrou", "Ndugu", "Bwana", "Encik", "Puan",
    ]

    /// s[a..<b] (at most 8 bytes) is one of `honorificWords`: its bytes packed little-endian and
    /// compared with literals (a test checks they are the list's), as this runs before every
    /// capitalized word that follows a space.
    @inline(__always) static func isHonorific(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, b - a <= 8 else { return false }
        // B C D E F H J L M N P R S T d m p s: the first letters of them all.
        let f = s[a] &- 0x41
        guard f < 64, (0x49088000EBABE as UInt64) >> UInt64(f) & 1 != 0 else { return false }
        var v: UInt64 = 0
        for k in a..<b { v |= UInt64(s[k]) << UInt64(8 * (k - a)) }
        switch v {
        case 0x724D, 0x73724D, 0x734D, 0x784D, 0x7244, 0x666F7250, 0x7373694D, 0x656D4D,
             0x656C6C4D, 0x72726548, 0x75617246, 0x726953, 0x656D6144, 0x766552, 0x64766552, 0x74706143,
             0x746753, 0x744C, 0x6E6F48, 0x72657473694D, 0x617253, 0x61747253, 0x617244, 0x726D,
             0x73726D, 0x736D, 0x7264, 0x666F7270, 0x7373696D, 0x524D, 0x53524D, 0x5244,
             0x464F5250,
             0x696E6150, 0x61726FB1C36553, 0x726FB1C36553, 0x61726F6E676953, 0x77756F7276654D, 0x7276654D, 0x61726FB1C36573, 0x726FB1C36573, 0x61726F6E676973, 0x696E6170, 0x7253, 0x676953, 0x74746F44, 0x6E72726548,
             0x72656548, 0x72656568, 0x7265656E654D, 0x7265656E656D, 0x726844, 0x726864, 0x7276656D, 0x6E6150,
             0x72656E657254, 0x6572616EA4C37254, 0x756F726666754A, 0x756F7276654D, 0x756775644E, 0x616E617742, 0x6B69636E45, 0x6E617550:
            return true
        default: return false
        }
    }

    /// Where one or two particles right before `start` begin, when an honorific stands before them ("Mevrouw
    /// de Vries", "Mr van der Berg"); `start` otherwise.
    static func particlesAfterHonorific(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        guard start >= 4, s[start - 1] == 0x20, s[start - 2] &- 0x61 < 26 else { return start }
        var p = start - 1
        var first = start
        for _ in 0..<2 {
            var a = p
            while a > 0, p - a < 5, s[a - 1] &- 0x61 < 26 { a -= 1 }
            guard a < p, a >= 3, s[a - 1] == 0x20, nameParticles.lookup(s, a, p) != 0 else { break }
            first = a
            p = a - 1
        }
        return first < start && honorificBefore(s, first) ? first : start
    }

    /// Is the word before `start` (one space between) an honorific? Also the French "M." with its stop.
    static func honorificBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        // Past one or two particles: "Mevrouw de Vries", "Mr van der Berg".
        var p = start - 1
        for _ in 0..<2 {
            var a = p
            while a > 0, p - a < 5, s[a - 1] &- 0x61 < 26 { a -= 1 }
            guard a < p, a >= 3, s[a - 1] == 0x20, nameParticles.lookup(s, a, p) != 0 else { break }
            p = a - 1
        }
        if p != start - 1 { return honorificBefore(s, p + 1) }
        var e = start - 1
        let stop = s[e - 1] == UInt8(ascii: ".")
        if stop { e -= 1 }
        var a = e
        while a > 0, e - a <= 8, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        guard e > a, a == 0 || !(isAlnum(s[a - 1]) || s[a - 1] == UInt8(ascii: "_")) else { return false }
        if e - a == 1 {
            // "M." is also a list's or a diagram's letter ("not M. Finally, the merge"): before a word that is only an
            // ordinary word, no title.
            guard stop, s[a] == UInt8(ascii: "M") else { return false }
            var w = start
            while w < s.count, ASCII.isAlpha(s[w]) || s[w] >= 0x80 { w += 1 }
            let f = NameGazetteer.flags(s, start, w)
            return f & NameGazetteer.word == 0 || f & (NameGazetteer.given | NameGazetteer.surname) != 0
        }
        // "Sr." after a capitalized word is the name's suffix, senior ("John Smith Sr. Software Engineer").
        if e - a == 2, s[a] == UInt8(ascii: "S"), s[a + 1] == UInt8(ascii: "r"), a >= 2, s[a - 1] == 0x20 {
            var w = a - 1
            while w > 0, ASCII.isAlpha(s[w - 1]) || s[w - 1] >= 0x80 { w -= 1 }
            if w < a - 1, s[w] &- 0x41 < 26 || s[w] >= 0xC3, NameGazetteer.flags(s, w, a - 1) & (NameGazetteer.given | NameGazetteer.surname) != 0 { return false }
        }
        // "Dr" after a street's name, a house number or a capitalized word before it, is its type, Drive ("via Prince Albert
        // Dr. Fares: $3", "12 Ocean Dr."), no title.
        if e - a == 2, s[a] == UInt8(ascii: "D"), s[a + 1] == UInt8(ascii: "r"), a >= 5, s[a - 1] == 0x20, s[a - 2] &- 0x61 < 26 {
            var w = a - 2
            while w > 0, ASCII.isAlpha(s[w - 1]) { w -= 1 }
            if s[w] &- 0x41 < 26, w >= 2, s[w - 1] == 0x20, s[w - 2] &- 0x61 < 26 || ASCII.isDigit(s[w - 2]) {
                var v = w - 2
                while v > 0, ASCII.isAlnum(s[v - 1]) { v -= 1 }
                if s[v] &- 0x41 < 26 || ASCII.isDigit(s[v]) { return false }
            }
        }
        // "Sig.ra Tomasini", "Dott.ssa Guariento", "Sig.na": an Italian title's feminine ending after its stop.
        if a >= 4, s[a - 1] == UInt8(ascii: "."), e - a == 2 && s[a] == UInt8(ascii: "r") && s[a + 1] == UInt8(ascii: "a")
            || e - a == 2 && s[a] == UInt8(ascii: "n") && s[a + 1] == UInt8(ascii: "a")
            || e - a == 3 && s[a] == UInt8(ascii: "s") && s[a + 1] == UInt8(ascii: "s") && s[a + 2] == UInt8(ascii: "a") {
            var w = a - 1
            while w > 0, a - 1 - w < 5, ASCII.isAlpha(s[w - 1]) { w -= 1 }
            return (w == 0 || !ASCII.isAlnum(s[w - 1])) && (lowerEquals(s, w, a - 1, "sig") || lowerEquals(s, w, a - 1, "dott") || lowerEquals(s, w, a - 1, "prof"))
        }
        // "Pan" is also a word ("Pan Am", "Peter Pan", "Pan Asian"): the Polish title only before a word no dictionary
        // holds, or a listed surname that is no word ("Pan Kolman", "Pan Szczerek").
        if e - a == 3, s[a] == UInt8(ascii: "P"), s[a + 1] == UInt8(ascii: "a"), s[a + 2] == UInt8(ascii: "n") {
            var w = start
            while w < s.count, ASCII.isAlpha(s[w]) || s[w] >= 0x80 { w += 1 }
            let f = NameGazetteer.flags(s, start, w)
            return w - start >= 3 && f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0 && !isPlaceName(s, start, w)
        }
        return isHonorific(s, a, e)
    }

    /// Titles of a role written before a surname as an honorific is: "Coach Woźniak", "Nurse Okafor",
    /// "Officer Díaz", "Auntie Ngozi". Unlike an honorific, a known name must follow (`roleTitleBefore`).
    static let roleTitles = WordTable(["Coach", "Nurse", "Officer", "Detective", "Inspector", "Constable", "Pastor", "Uncle",
                                       "Auntie", "Aunty", "Aunt", "Captain", "Sergeant", "Rabbi", "Imam", "Professor", "Doctor",
                                       "Judge", "Father", "Sister", "Deacon", "Bishop", "Chef", "Trainer", "Teacher", "Tutor",
                                       "Padre", "Tía", "Tío", "Tante", "Onkel", "Oncle", "Agent", "Ranger", "Corporal", "Lieutenant",
                                       "Granny", "Grandma", "Grandpa", "Nana", "Cousin", "Brother"].map { ($0, 1) })

    /// Titles in small letters, as Italian and Spanish write them inside a sentence ("l'avvocato Di Stefano"),
    /// and the police ranks of statements ("taken by PC Brosnan").
    static let smallRoleTitles = WordTable(["avvocato", "avvocata", "dottor", "dottore", "dottoressa", "ingegner", "ingegnere",
                                            "professor", "professore", "professoressa", "geometra", "notaio", "maestro", "maestra",
                                            "doctor", "doctora", "abogado", "abogada", "licenciado", "licenciada", "ingeniero",
                                            "ingeniera", "doutor", "doutora", "professora", "advogado", "advogada"].map { ($0, 1) }
                                           + ["PC", "DC", "DS", "DI", "DCI", "PCSO", "Insp", "Supt", "Det"].map { ($0, 2) })

    /// The word before `start` (one space) is one of `roleTitles`, opening the text, a line or a clause
    /// (or one of `smallRoleTitles`, also after "l'").
    @inline(__always) static func roleTitleBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        var a = start - 1
        while a > 0, start - 1 - a < 13, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        let n = start - 1 - a
        guard n >= 2, a == 0 || !ASCII.isAlnum(s[a - 1]) && s[a - 1] < 0x80 else { return false }
        // Titles in small letters have six letters at least; short capitalized ones are ranks in capitals or
        // "Det", "Tía": most words before a capital ("the", "and", "In") stop here.
        if s[a] &- 0x61 < 26 { return n >= 6 && smallRoleTitles.lookup(s, a, start - 1) != 0 }
        // ("Pt", a clinic's patient: "Pt Yamada asked for a female doctor".)
        if n == 2, s[a] == UInt8(ascii: "P"), s[a + 1] == UInt8(ascii: "t") { return true }
        if n <= 3, !(s[a + 1] &- 0x41 < 26 || s[a + 1] == UInt8(ascii: "e") || s[a + 1] == 0xC3) { return false }
        return roleTitles.lookup(s, a, start - 1) != 0 || smallRoleTitles.lookup(s, a, start - 1) != 0
    }

    static let indonesianAddressWordList = ["pak", "bu", "ibu", "bapak", "kak", "mas", "mbak", "mba", "bang", "abang", "teh",
                                            "dik", "adik", "tante"]
    static let indonesianAddressWords = WordTable(indonesianAddressWordList.map { ($0, 1) })

    static let indonesianAddressLastLetters: UInt32 = 0x1404D1

    /// The word before `start` (one space) is one of `indonesianAddressWords`, in any case, a word of its own.
    @inline(__always) static func indonesianAddressBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        // a e g h k s u (bits over a..z), lower-cased: the words' last letters (a test checks them).
        guard start >= 3, s[start - 1] == 0x20, s[start - 2] | 0x20 &- 0x61 < 26,
              indonesianAddressLastLetters >> UInt32(s[start - 2] | 0x20 &- 0x61) & 1 != 0 else { return false }
        var a = start - 1
        while a > 0, start - 1 - a < 6, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard start - 1 - a >= 2, a == 0 || !ASCII.isAlnum(s[a - 1]) && s[a - 1] < 0x80 else { return false }
        return indonesianAddressWords.lookupLowered(s, a, start - 1) != 0
    }

    /// Cues after which one capitalized word is a name: "my name is Amy", "Contact person: Chapman".
    static let singleNameCueWords = EndingWords([
        "my name is", "my name's", "mein name ist", "ich heiße", "je m'appelle", "me llamo", "mi nombre es",
        "contact person:", "contact person", "ansprechpartner:", "ansprechpartnerin:", "attn:", "attn.", "c/o",
        "your name?", "directed by:", "signed:", "\nfn:", "\nn:", "my last name is", "my surname is", "my first name is",
        "my family name is", "last name is", "surname is", "first name is", "family name is", "mi apellido es", "mon nom est",
        // "Ik ben Fenna en kan morgen langskomen", "mi chiamo Giulia", "soy Marta", "jag heter Elin".
        "ik ben", "ich bin", "je suis", "soy", "sono", "mi chiamo", "me chamo", "eu sou", "jag heter", "jeg heter", "ik heet",
        "nama saya",
        // Who is on the phone or writing, in German, Dutch, Swedish, Danish and Norwegian: "Hallo, hier ist Sieghard.",
        // "Hej, det är Gunnar!".
        "hier ist", "hier is", "det är", "det er",
        // A caller's "Hi, it's Lily, call me back", "hey it's Mawuli".
        "hi, it's", "hi it's", "hey, it's", "hey it's", "hello, it's", "hello it's", "hiya, it's", "hiya it's",
        "hi, this is", "hi this is", "hey, this is", "hey this is", "hello, this is", "hello this is", "bonjour, c'est",
        "bonjour c'est", "salut, c'est", "salut c'est",
        // Whose age is asked: "how old Mawuli is if she was born on ...".
        "how old", "how old is",
        // Who took a delivery in, in Turkish: "teslim alan: Büşra (komşu)".
        "teslim alan:", "teslim alan",
    ])

    /// One capitalized word followed by lower-case text ("Mr. Chapman said", "my name is Amy and"):
    /// a name only after an honorific or a single-name cue.
    static func singleNameAfterCue(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        if end - start >= 3, roleTitleBefore(s, start), knownNameWord(s, start, end), notOrdinaryWords(s, start, end),
           !isPlaceName(s, start, end), !isFamousName(s, start, end) { return 0.75 }
        // A role's title, a word no list holds and what a person does: "Officer Brannagh took the statement".
        if end - start >= 3, roleTitleBefore(s, start), verbAfterRun(s, end) || speechVerbAfter(s, end), NameGazetteer.flags(s, start, end) == 0,
           unlistedNameShape(s, start, end), !otherThanPerson(s, start, end, placeAlso: true) { return 0.7 }
        // How Indonesian and Malay address a person, before any name: "pak Intan, paketnya sudah...", "Mbak Ayu".
        if end - start >= 3, indonesianAddressBefore(s, start), notOrdinaryWords(s, start, end), !isPlaceName(s, start, end),
           !isFamousName(s, start, end), !isNotName(s, start, end) { return 0.7 }
        guard end - start >= 2, let cued = strongNameCue(s, start), !isHonorific(s, start, end), !isNotName(s, start, end),
              nameStopWords.lookup(s, start, end) & (NameStop.street | NameStop.organisation) == 0 else { return nil }
        // "Det är Stockholm som vinner", "hier ist Berlin": after a self-introduction that is also "it is", no place.
        // (A word no list holds only as names are written: not "Slack-token".)
        if cued < 0.85, thisIsCueBefore(s, start) {
            let f = NameGazetteer.flags(s, start, end)
            if isPlaceName(s, start, end) || isPlaceAlsoName(s, start, end)
                || f & NameGazetteer.given == 0 && (f != 0 || (start..<end).contains(where: { s[$0] == UInt8(ascii: "-") })) { return nil }
        }
        return cued
    }

    /// "hier ist", "det är", "it's", "how old" and the like right before `start`: cues that also go before a place or a
    /// thing ("it is", "how old is Rome").
    static func thisIsCueBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var e = start
        while e > 0, s[e - 1] == 0x20 { e -= 1 }
        return thisIsCueWords.endsAt(s, max(0, start - 30), e)
    }
    static let thisIsCueWords = EndingWords(["hier ist", "hier is", "det är", "det er", "it's", "this is", "c'est", "how old", "how old is"])

    /// The confidence an honorific (0.85) or a single-name cue (0.8) right before `start` gives; nil for none.
    static func strongNameCue(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Double? {
        guard start >= 3 else { return nil }
        let c = s[start - 1]
        guard c == 0x20 || c == UInt8(ascii: ":") else { return nil }
        if honorificBefore(s, start) { return 0.85 }
        var e = start
        while e > 0, s[e - 1] == 0x20 { e -= 1 }
        guard e >= 2 else { return nil }
        // The last two bytes of every single-name cue ("is", "'s", "es", "st", "ße", "le", "mo", "/o",
        // "on", a colon, "?", "n."): most words before a capital end otherwise.
        switch UInt16(s[e - 2]) << 8 | UInt16(s[e - 1]) {
        // (And "en", "in", "oy", "no", "ou", "er", "et", "ya" of the self-introductions of other languages.)
        case 0x6973, 0x2773, 0x6573, 0x7374, 0x9F65, 0x6C65, 0x6D6F, 0x2F6F, 0x6F6E, 0x6E2E,
             0x656E, 0x696E, 0x6F79, 0x6E6F, 0x6F75, 0x6572, 0x6574, 0x7961, 0xA472, 0x6C64: break
        default: guard s[e - 1] == UInt8(ascii: ":") || s[e - 1] == UInt8(ascii: "?") else { return nil }
        }
        return singleNameCueWords.endsAt(s, max(0, start - 30), e) ? 0.8 : nil
    }

    /// Words that start the next entity after a name: "Regina Hutchinson Suite 211" ends before "Suite".
    static let unitStopWords = (["Suite", "Ste", "Apt", "Apartment", "Unit", "Flat", "Floor", "Room", "Rm", "Building", "Bldg", "PO", "Box"])

    /// Street types: a run that ends in one names a street ("Baker Street"), not a person.
    static let streetTypeWords = ([
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Boulevard", "Blvd", "Court", "Ct", "Way", "Place",
        "Square", "Sq", "Terrace", "Close", "Crescent", "Highway", "Hwy", "Parkway", "Pkwy", "Circle", "Trail", "Oval", "Mews",
        "Grove", "Gardens", "Row", "Alley", "Plaza", "Straße", "Strasse", "Allee", "Platz", "Gasse", "Rua", "Laan", "Calle",
        "Avenida", "Rue", "Via", "Viale", "Piazza", "Praça", "Largo", "Travessa", "Ulica", "Gatan", "Vej", "Straat", "Weg",
        // Turkish addresses: "Levent Mah. Atatürk Cad." (mahalle, cadde, sokak).
        "Mah", "Mahallesi", "Cad", "Caddesi", "Sok", "Sokak", "Sk",
    ])

    /// Words of organisations, places and titles: a run holding one is no person ("Acme Holdings",
    /// "Customer Support", "Grand Central Station").
    static let notPersonWords = ([
        "Inc", "Ltd", "LLC", "LLP", "Corp", "Corporation", "Company", "Co", "Group", "Bank", "University", "College", "School",
        "Hospital", "Clinic", "Foundation", "Institute", "Partners", "Associates", "Team", "Support", "Services", "Service",
        "Department", "Dept", "Agency", "Council", "Ministry", "Committee", "Club", "Society", "Church", "Museum", "Library",
        "Center", "Centre", "Airport", "Station", "Hotel", "Labs", "Systems", "Solutions", "Technologies", "Software",
        "Analytics", "Cloud", "Consulting", "Capital", "Holdings", "Industries", "International", "Media", "News", "Times",
        "Post", "Mail", "Journal", "Press", "Motors", "Airlines", "Pharmacy", "Insurance", "Store", "Market", "Studios", "Trust",
        "Fund", "GmbH", "AG", "SA", "SAS", "SARL", "PLC", "Plc", "Limited", "Pty", "Sons", "Brothers", "Bros", "Hermanos", "Hnos", "Industrias", "Distribuciones",
        "Desarrollo", "Grupo", "Construcciones", "Comercial", "Servicios", "Asociados", "Promociones", "Suministros", "Soluciones",
        "Consultoría", "Supermercados", "Koninklijke", "Groep", "Filhos", "Hijos", "Office", "Desk", "Sales", "Billing", "Accounts",
        "Admin", "Manager", "Director", "Officer", "Customer", "Client", "Account", "Invoice", "Order", "Ticket", "Project",
        "Report", "Update", "Notes", "Meeting", "Review", "The", "This", "That", "These", "Our", "Your", "My", "His", "Her",
        "Their", "Its", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "June", "July", "August", "September", "October", "November", "December", "HR", "IT", "QA",
        "API", "CEO", "CTO", "CFO", "VP", "USA", "UK", "EU", "US",
        // Places named after people: "San Jose", "Fort Worth", "Lake Charles".
        "San", "Santa", "Santo", "Los", "Las", "Fort", "Mount", "Port", "Lake", "Cape", "Saint", "Sainte", "Bay", "River",
        "Valley", "County", "City", "Beach", "Island", "Islands", "New",
        // Landmarks named after people: "George Washington Bridge", "Albert Dock".
        "Bridge", "Tunnel", "Dock", "Docks", "Pier", "Wharf", "Quay", "Harbour", "Harbor", "Stadium", "Arena", "Cathedral",
        "Palace", "Memorial", "Monument",
        // Roles written after a name: "Rowena Sarmiento, Talent Partner".
        "Partner", "Lead", "Engineer", "Consultant", "Specialist", "Coordinator", "Advisor", "Adviser", "Analyst", "Recruiter",
        "Executive", "Assistant", "Designer", "Developer", "Administrator", "Supervisor", "Associate",
        // Blocks of flats named like people: "Sai Krupa Apartments", "Laxmi Towers".
        "Apartments", "Towers", "Heights", "Residency", "Residences", "Villas", "Enclave", "Mansions",
    ])

    /// The end of the name the run s[start..<end] holds: the run cut before a unit word, or nil when
    /// it names a street or an organisation (a word of one, or one right after the run). With
    /// `strong` evidence (an honorific, a name cue) only the cut applies.
    static func nameRunEnd(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, strong: Bool) -> Int? {
        let table = nameStopWords
        let rejects = strong ? 0 : NameStop.street | NameStop.organisation
        var a = start
        var last = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            var we = b
            while we > a, s[we - 1] == UInt8(ascii: ".") || s[we - 1] == UInt8(ascii: "'") { we -= 1 }
            let stop = table.lookup(s, a, we)
            if stop & NameStop.unit != 0 { return last > start ? last : nil }
            if stop & rejects != 0 { return nil }
            last = b
            a = b + 1
        }
        if !strong, end + 1 < s.count, s[end] == 0x20, s[end + 1] &- 0x41 < 26 {
            // The word right after the run: "Acme Holdings" read from "Acme" still ends in an organisation.
            var b = end + 1
            while b < s.count, ASCII.isAlpha(s[b]) { b += 1 }
            // (A day is no organisation's word: "Gerard Stephens Monday, Alexander Suarez Tuesday" is a rota.)
            if table.lookup(s, end + 1, b) & rejects != 0, !weekdayAt(s, end + 1) { return nil }
        }
        return last
    }
}

/// Names from the gazetteer: a known given name and the words around it.
extension PIIScanner {
    /// The gazetteer's flags for a word, a possessive "'s" or "’s" left out ("Irene's").
    @inline(__always) static func nameFlags(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (flags: UInt8, possessive: Bool) {
        var e = b
        var possessive = false
        if e - a > 3, s[e - 1] == UInt8(ascii: "s") {
            if s[e - 2] == UInt8(ascii: "'") { e -= 2; possessive = true }
            else if e - a > 5, s[e - 2] == 0x99, s[e - 3] == 0x80, s[e - 4] == 0xE2 { e -= 4; possessive = true }
        }
        return (NameGazetteer.flags(s, a, e), possessive)
    }

    /// A run of two or more capitalized words with no cue: a name when its first word is a known
    /// given name that is no ordinary word and the next is a surname or no ordinary word ("Amy Davis
    /// called"), or an ambiguous given name ("Will", "Grant") and the next a known surname that is no
    /// ordinary word ("Will Hartley"). The confidence says which.
    static func gazetteerName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var a = start
        while a < end, s[a] != 0x20 { a += 1 }
        guard a < end else { return nil }
        let first = NameGazetteer.flags(s, start, a)
        var b = a + 1
        while b < end, s[b] != 0x20 { b += 1 }
        // A word no list knows (not even as an ordinary capitalised word) and then a known surname that
        // is no ordinary word: a given name the lists lack ("Ragnfrid Cardoso", "Titilope Szczepaniak").
        // Given names are far more varied than surnames: the lists hold 74,000 given names against
        // 176,000 surnames, and a name from outside the US is likelier to miss the given-name lists.
        if first == 0 {
            guard a - start >= 4, a - start <= 16, lowerAfterCapital(s, start, a), !isHonorific(s, start, a) else { return nil }
            let (second, _) = nameFlags(s, a + 1, b)
            guard second & NameGazetteer.surname != 0, second & NameGazetteer.ambiguous == 0 else { return nil }
            return second & NameGazetteer.commonSurname != 0 ? 0.7 : 0.65
        }
        guard first & NameGazetteer.given != 0 else { return nil }
        var (second, _) = nameFlags(s, a + 1, b)
        // A double surname is known by its parts: "Ruiz-Whitman".
        if second == 0, let h = (a + 2 ..< b).first(where: { s[$0] == UInt8(ascii: "-") }), h + 1 < b {
            let x = nameFlags(s, a + 1, h).flags, y = nameFlags(s, h + 1, b).flags
            if (x | y) & NameGazetteer.surname != 0 { second = (x | y) & ~(NameGazetteer.ambiguous | NameGazetteer.word) | NameGazetteer.surname }
        }
        let surname = second & NameGazetteer.surname != 0
        let commonSurname = second & NameGazetteer.commonSurname != 0 && second & NameGazetteer.ambiguous == 0
        // A rare or ambiguous given name ("Will", "Grant", "Tuesday") needs a frequent surname that is no word;
        // a rare given name that is no word at all, any known surname that is no word either ("Kashif Zaidi", "Jignesh Thakkar").
        guard first & NameGazetteer.commonGiven != 0, first & NameGazetteer.ambiguous == 0 else {
            if commonSurname { return 0.75 }
            if (first | second) & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 && surname { return 0.65 }
            // A rare given name that is no word and a frequent surname that is also one: "Reiko Green", "Rubie Wood",
            // "Carlita Hill" (the most frequent surnames are words: Green, Wood, Hill, King, Young).
            if first & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, second & NameGazetteer.commonSurname != 0,
               second & NameGazetteer.word == 0, a - start >= 3, !isPlaceName(s, start, a), !isPlaceAlsoName(s, start, a),
               // (Not a building, a park or a landscape's name: "Massey Hall", "Heaton Park", "Sherwood Forest".)
               houseNameWords.lookup(s, a + 1, b) == 0, landscapeWords.lookup(s, a + 1, b) == 0 { return 0.6 }
            // A given name that is also a word and then a name no word is, a rare surname or a second given name:
            // "Summer Krishnamurthy asked", "Rich Bondarchuk is the new site lead", "Hope Ngozi is feeling better".
            // ("Hope Street", "Rich Text", "Summer Sale": the second word is a word.)
            // (A frequent given name: not "Maison Lefort", "Sie das", "Storm Isha", "Dame Maggie"; no particle after it.)
            return first & (NameGazetteer.word | NameGazetteer.commonGiven) == NameGazetteer.commonGiven
                && second & (NameGazetteer.surname | NameGazetteer.given) != 0
                && second & (NameGazetteer.ambiguous | NameGazetteer.word | NameGazetteer.particle) == 0 && b - a > 3
                // (Nor a cue, "Per Solveig, the alarm is false", nor a place, "Paseo Regina Prada 486".)
                && singleNameCues.lookupLowered(s, start, a) == 0 && !isPlaceName(s, start, a) && !isPlaceAlsoName(s, start, a) ? 0.6 : nil
        }
        if surname { return second & NameGazetteer.commonSurname != 0 ? 0.9 : 0.85 }
        return second & NameGazetteer.ambiguous == 0 ? 0.7 : nil
    }

    /// No ASCII capital after the first byte: a word of a name run (`nameRun`: letters, '-', the
    /// apostrophe) written as names are, not a product's CamelCase ("Zendesk" passes, "GitHub" not).
    static func lowerAfterCapital(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        start < end && !(start + 1 ..< max(start + 1, end)).contains { s[$0] &- 0x41 < 26 && !gaelicPrefixCapital(s, start, $0, end) }
    }

    /// The capital at `k` follows the "Mc" or "Mac" a Gaelic surname starts with, and small letters follow it:
    /// "McConaghey", "MacGurk" are written as names are (not "MacBook", "MacOS").
    @inline(__always) static func gaelicPrefixCapital(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ k: Int, _ end: Int) -> Bool {
        guard s[start] == UInt8(ascii: "M"), k + 2 < end, s[k + 1] &- 0x61 < 26, s[k + 2] &- 0x61 < 26,
              k == start + 2 && s[start + 1] == UInt8(ascii: "c") || k == start + 3 && s[start + 1] == UInt8(ascii: "a") && s[start + 2] == UInt8(ascii: "c")
        else { return false }
        return !(k == start + 3 && s[k] == UInt8(ascii: "B") && s[k + 1] == UInt8(ascii: "o") && s[k + 2] == UInt8(ascii: "o"))
    }

    /// The same, where a capital may also follow a hyphen or an apostrophe inside the word ("Al-Farsi",
    /// "Hartley-Brown", "O'Driscoll"); never two capitals in a row ("IT-Team").
    static func lowerAfterCapitalOrJoin(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        start < end && !(start + 1 ..< max(start + 1, end)).contains { s[$0] &- 0x41 < 26 && !(s[$0 - 1] == UInt8(ascii: "-") || s[$0 - 1] == UInt8(ascii: "'") || gaelicPrefixCapital(s, start, $0, end))
            || s[$0] &- 0x41 < 26 && $0 + 1 < end && s[$0 + 1] &- 0x41 < 26 }
    }

    /// Teams a person is "from" in a workplace.
    static let teamWords = WordTable([
        "accounts", "accounting", "finance", "hr", "it", "legal", "sales", "marketing", "support", "payroll", "procurement",
        "reception", "ops", "operations", "engineering", "security", "facilities", "admin", "billing", "compliance", "design",
        "product", "purchasing", "logistics", "dispatch", "recruitment", "recruiting", "housekeeping", "maintenance", "pharmacy",
        "radiology", "accounts-payable", "infra", "infrastructure", "qa", "devops", "helpdesk", "customs", "underwriting", "claims",
    ].map { ($0, 1) })

    /// At `n`: "from" and a team word ("from accounts", "from HR", "from the legal team").
    static func fromTeamAfter(_ s: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        guard n + 6 < s.count, s[n] == UInt8(ascii: "f"), s[n + 1] == UInt8(ascii: "r"), s[n + 2] == UInt8(ascii: "o"),
              s[n + 3] == UInt8(ascii: "m"), s[n + 4] == 0x20 else { return false }
        var a = n + 5
        if a + 4 < s.count, s[a] == UInt8(ascii: "t"), s[a + 1] == UInt8(ascii: "h"), s[a + 2] == UInt8(ascii: "e"), s[a + 3] == 0x20 { a += 4 }
        var b = a
        while b < s.count, ASCII.isAlpha(s[b]) || s[b] == UInt8(ascii: "-") { b += 1 }
        guard b - a >= 2, b - a <= 16, b == s.count || !ASCII.isAlnum(s[b]) else { return false }
        return teamWords.lookupLowered(s, a, b) != 0
    }

    /// "thanks", "thank you", "cheers", "thx", "per" right before `start` (one space), at a word's start.
    /// "hi", "hello", "hey", "dear" right before `start` (one space), a word of its own.
    static func greetingBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        let e = start - 1
        var a = e
        while a > 0, e - a < 6, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard a == 0 || !ASCII.isAlpha(s[a - 1]) else { return false }
        return lowerEquals(s, a, e, "hi") || lowerEquals(s, a, e, "hello") || lowerEquals(s, a, e, "hey") || lowerEquals(s, a, e, "dear")
    }

    static func thanksBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 4, s[start - 1] == 0x20 else { return false }
        let e = start - 1
        var a = e
        while a > 0, e - a < 8, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard a == 0 || !ASCII.isAlpha(s[a - 1]) else { return false }
        return lowerEquals(s, a, e, "thanks") || lowerEquals(s, a, e, "cheers") || lowerEquals(s, a, e, "thx") || lowerEquals(s, a, e, "per")
            || lowerEquals(s, a, e, "you")
            && a >= 7 && lowerEquals(s, a - 6, a - 1, "thank")
    }

    /// "and" in the languages texts are written in, between two people: "Princess and Analyn are splitting the
    /// bill", "Lakshmi i Michał już to wysłali", "Ana y Tomás", "Kemal ve Elif".
    static let pairConnectors = WordTable(["and", "i", "y", "e", "und", "et", "en", "och", "og", "ve", "dan", "és"].map { ($0, 1) })

    /// s[start..<e], a given name that is no word, beside " & " (or an "and": `pairConnectors`) and another
    /// such given name: the names of two people ("Dakota & Vikram"); not a famous pair or brand ("Ben & Jerry's").
    static func ampersandPartner(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ e: Int) -> Double? {
        let n = s.count
        var other: (Int, Int)? = nil
        // The connector after: " & " or " and " and a capital.
        if e + 4 < n, s[e] == 0x20 {
            var k = e + 1
            var word = false
            if s[k] == UInt8(ascii: "&") || s[k] == UInt8(ascii: "+") { k += 1 } else {
                while k < n, k - e <= 4, s[k] &- 0x61 < 26 || s[k] == 0xC3 && k + 1 < n && s[k + 1] == 0xA9 { k += s[k] == 0xC3 ? 2 : 1 }
                word = true
            }
            // The capital after it first, the connector's lookup after: most words after a name are no connector.
            if k > e + 1, k + 2 < n, s[k] == 0x20, s[k + 1] &- 0x41 < 26 || s[k + 1] &- 0xC3 < 3 && !isSmallLatinLetter(s[k + 1], s[k + 2]),
               !word || pairConnectors.lookup(s, e + 1, k) != 0 {
                var b = k + 2
                while b < n, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 || s[b] == UInt8(ascii: "-") && b + 1 < n && ASCII.isAlpha(s[b + 1]) { b += 1 }
                other = (k + 1, b)
            }
        }
        if other == nil, start >= 5, s[start - 1] == 0x20 {
            var k = start - 1
            var word = false
            if s[k - 1] == UInt8(ascii: "&") || s[k - 1] == UInt8(ascii: "+") { k -= 1 } else {
                while k > 0, start - 1 - k < 4, s[k - 1] &- 0x61 < 26 || s[k - 1] == 0xA9 && k >= 2 && s[k - 2] == 0xC3 { k -= s[k - 1] == 0xA9 ? 2 : 1 }
                word = true
            }
            if k >= 3, k < start - 1, s[k - 1] == 0x20, s[k - 2] &- 0x61 < 26 || s[k - 2] >= 0x80, !word || pairConnectors.lookup(s, k, start - 1) != 0 {
                var a = k - 2
                while a > 0, s[a - 1] &- 0x61 < 26 || s[a - 1] >= 0x80 && s[a - 1] != 0xE2 || s[a - 1] == UInt8(ascii: "-") && a >= 2 && ASCII.isAlpha(s[a - 2]) { a -= 1 }
                // The word's capital: ASCII, or a two-byte capital ("Łukasz", "Émile").
                if a > 0, s[a - 1] &- 0x41 < 26, a == 1 || !ASCII.isAlpha(s[a - 2]) { other = (a - 1, k - 1) }
                // (The loop above took the lead byte too: the word starts at `a`.)
                else if a + 1 < k - 1, s[a] &- 0xC3 < 3, !isSmallLatinLetter(s[a], s[a + 1]), a == 0 || !ASCII.isAlpha(s[a - 1]) {
                    other = (a, k - 1)
                }
            }
        }
        guard let (a, b) = other, b - a >= 3, b < n ? !ASCII.isAlpha(s[b]) && s[b] != UInt8(ascii: "'") : true else { return nil }
        let plain = NameGazetteer.ambiguous | NameGazetteer.word
        let f = NameGazetteer.flags(s, start, e), g = NameGazetteer.flags(s, a, b)
        guard f & NameGazetteer.given != 0, g & NameGazetteer.given != 0, f & plain == 0 || g & plain == 0 else { return nil }
        // The one of them that is a word or a place is named only beside one that is neither.
        if f & plain != 0 && (isPlaceName(s, start, e) || isNotName(s, start, e)) { return nil }
        let first = min(a, start), last = max(b, e)
        guard !isFamousName(s, first, last), famousPairEnd(s, first, a < start ? b : e) == nil else { return nil }
        // Two places of a journey: "Flights to Charlotte and Austin were delayed".
        if journeyBefore(s, first, a < start ? b : e) { return nil }
        // A capitalized word after the pair or before it makes it a firm's name: "Lumen & Vale Architects".
        // ("Santiago & Héctor Reyes" is a couple: a surname may follow.)
        if last + 2 < n, s[last] == 0x20, s[last + 1] &- 0x41 < 26 {
            var z = last + 1
            while z < n, ASCII.isAlpha(s[z]) || s[z] >= 0x80 { z += 1 }
            guard NameGazetteer.flags(s, last + 1, z) & NameGazetteer.surname != 0, nameStopWords.lookup(s, last + 1, z) == 0 else { return nil }
        }
        if first >= 2, s[first - 1] == 0x20, s[first - 2] &- 0x61 >= 26, ASCII.isAlpha(s[first - 2]) { return nil }
        return 0.6
    }

    /// Before `start`: '@' opening a word, as chats mention people ("@Abimbola", "cc @Dominic"); not an e-mail's.
    @inline(__always) static func mentionBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start >= 1 && s[start - 1] == UInt8(ascii: "@") && (start == 1 || s[start - 2] == 0x20 || s[start - 2] == 0x0A || s[start - 2] == UInt8(ascii: "(")
            || s[start - 2] == UInt8(ascii: "\""))
    }

    /// "from X to Y", Y a place: a route, X its start ("Trains from Charlotte to Raleigh resume").
    static func fromToPlace(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // "from X to Y", or X a place itself before "to Y": "Cheap flights Charlotte to Raleigh".
        guard start >= 5, s[start - 1] == 0x20,
              (start == 5 || !ASCII.isAlpha(s[start - 6])) && lowerEquals(s, start - 5, start - 1, "from") || isPlaceName(s, start, end) || isPlaceAlsoName(s, start, end),
              end + 5 < s.count, s[end] == 0x20,
              s[end + 1] == UInt8(ascii: "t"), s[end + 2] == UInt8(ascii: "o"), s[end + 3] == 0x20, s[end + 4] &- 0x41 < 26 else { return false }
        var b = end + 5
        while b < s.count, ASCII.isAlpha(s[b]) || s[b] >= 0x80 { b += 1 }
        return isPlaceName(s, end + 4, b) || isPlaceAlsoName(s, end + 4, b)
    }

    /// After `end`: ", born " or " (born " ("Gaëlle, born 27 Oct 1985", "Tomás (born 2019)").
    @inline(__always) static func bornAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 7 < s.count else { return false }
        let opens = s[end] == UInt8(ascii: ",") && s[end + 1] == 0x20 || s[end] == 0x20 && s[end + 1] == UInt8(ascii: "(")
        guard opens else { return false }
        let k = end + 2
        return lowerEquals(s, k, k + 4, "born") && (s[k + 4] == 0x20 || s[k + 4] == UInt8(ascii: ")"))
    }

    /// After `end`: ", who" ("Mercy, who's turning 7", "Ikenna, who runs the stall").
    @inline(__always) static func whoAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        // Also without the comma, before a word in small letters: "Happy birthday to Nikau who turns 63".
        if end + 6 < s.count, s[end] == 0x20, s[end + 1] == UInt8(ascii: "w"), s[end + 2] == UInt8(ascii: "h"), s[end + 3] == UInt8(ascii: "o"),
           s[end + 4] == 0x20, s[end + 5] &- 0x61 < 26 { return true }
        guard end + 5 < s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20, s[end + 2] == UInt8(ascii: "w"), s[end + 3] == UInt8(ascii: "h"),
              s[end + 4] == UInt8(ascii: "o") else { return false }
        let c = s[end + 5]
        return c == 0x20 || c == UInt8(ascii: "'") || c == 0xE2 || c == UInt8(ascii: "m") && (end + 6 == s.count || !ASCII.isAlpha(s[end + 6]))
    }

    /// Verbs after a single given name that make it one: "Amy called about the invoice".
    static let verbsAfterNameWords = [
        "called", "said", "says", "wrote", "writes", "emailed", "asked", "asks", "replied", "phoned", "texted", "told",
        "mentioned", "confirmed", "reported", "signed", "agreed", "messaged", "thinks", "thought", "wants", "needs",
        "attended", "arrived", "returned", "claims", "claimed", "confirms", "insists", "insisted", "reckons", "explained",
        "promised", "complained", "approved", "sent", "shared", "booked", "cancelled", "paid", "ordered", "requested",
        "submitted", "joined", "left", "fixed", "presented", "owes", "rang", "rings", "interviewed", "signs", "emails", "texts",
        "calls", "phones", "visited", "dropped", "collected", "picked",
        // What HR's notes record: "Relocation: Jake moves to the Stockholm office", "Wafula has settled well".
        "moves", "relocates", "relocated", "retires", "retired", "resigned", "resigns", "transfers", "transferred", "settled",
        // What people bring and take: "Gerald brought the samples", "Priya took the minutes".
        "brought", "took", "gave", "handled", "covered", "delivered", "found", "noticed", "checked", "organised", "organized",
        // What people like and do: "Cormac likes hiking and old films", "Aroha hates surprises".
        "likes", "loves", "hates", "prefers", "lives", "works", "knows", "forgot", "missed", "lost",
        // What people say in minutes: "Martin disagreed, but Delaney pushed the vote", "Blevins questioned the spend".
        "disagreed", "objected", "questioned", "suggested", "volunteered", "thanked",
    ]
    static let verbsAfterName = WordTable(verbsAfterNameWords.map { ($0, 1) })
    /// Of `verbsAfterNameWords`, what a person does and a firm does not: a surname alone before one is a person's.
    /// (Not "thinks", "wants", "promised": "Deloitte thinks", "Tesla wants".)
    static let personOnlyVerbs = WordTable(["asked", "asks", "disagreed", "questioned", "objected", "insisted", "replied", "emailed",
                                            "phoned", "texted", "rang", "volunteered", "thanked", "forgot", "messaged"].map { ($0, 1) })
    /// At `n`: a word of `personOnlyVerbs`, a word of its own.
    static func personOnlyVerbAfter(_ s: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        var k = n
        while k < s.count, k - n < 12, s[k] &- 0x61 < 26 { k += 1 }
        return k > n && (k == s.count || !ASCII.isAlpha(s[k])) && personOnlyVerbs.lookup(s, n, k) != 0
    }
    /// The word s[start..<end] is something other than a person the lists know of: a place, a famous name, a word of
    /// `notNames`, a stop word or a team ("placeAlso": also a place mainly named as people are). One test for the rules
    /// that take a single capitalized word on weak evidence.
    static func otherThanPerson(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, placeAlso: Bool) -> Bool {
        isPlaceName(s, start, end) || placeAlso && isPlaceAlsoName(s, start, end) || isFamousName(s, start, end) || isNotName(s, start, end)
            || nameStopWords.lookup(s, start, end) != 0 || teamWords.lookupLowered(s, start, end) != 0 || isHonorific(s, start, end)
            || weatherNameBefore(s, start)
    }

    /// Words that name a storm before its name: "storm Floris", "Hurricane Katrina", "the storm named Éowyn".
    static let stormWords = WordTable(["storm", "hurricane", "typhoon", "cyclone", "sturm", "orkan", "tempête", "tormenta", "borrasca",
                                       "uragano", "tempesta", "ciclone", "tifone", "huracán", "furacão", "ciclón", "ouragan"].map { ($0, 1) })

    /// Before `start`: a storm's word, maybe then "named" or "called" ("storm Floris", "the storm named Éowyn").
    static func weatherNameBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 6, s[start - 1] == 0x20 else { return false }
        var e = start - 1
        var a = e
        while a > 0, e - a < 10, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        if a < e, lowerEquals(s, a, e, "named") || lowerEquals(s, a, e, "called"), a >= 2, s[a - 1] == 0x20 {
            e = a - 1
            a = e
            while a > 0, e - a < 10, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        }
        return a < e && (a == 0 || !ASCII.isAlnum(s[a - 1])) && stormWords.lookupLowered(s, a, e) != 0
    }

    /// A word no list holds, written as names are, and no English function word ("From", "This").
    @inline(__always) static func unlistedNameShape(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        lowerAfterCapitalOrJoin(s, start, end) && functionWords.lookupLowered(s, start, end) == 0
    }

    /// s[start..<end] is a given name of the lists (also one that is a word) or a word no list holds written as names are,
    /// and nothing other than a person: the test of the rules a strong place (a role, a bracket, a label) lets take any name.
    static func givenOrUnlistedName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, placeAlso: Bool) -> Bool {
        let f = NameGazetteer.flags(s, start, end)
        return (f & NameGazetteer.given != 0 || f == 0 && unlistedNameShape(s, start, end)) && !otherThanPerson(s, start, end, placeAlso: placeAlso)
    }

    /// After a word ending at `end`: a space and one of `speechVerbs`, a word of its own ("Teknaz said", "Jasmine replied").
    @inline(__always) static func verbOfSpeechAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 4 < s.count, s[end] == 0x20, s[end + 1] &- 0x61 < 26, speechVerbFirstLetters >> UInt32(s[end + 1] &- 0x61) & 1 != 0 else { return false }
        var k = end + 1
        while k < s.count, k - end <= 10, s[k] &- 0x61 < 26 { k += 1 }
        return (k == s.count || !ASCII.isAlpha(s[k])) && speechVerbs.lookup(s, end + 1, k) != 0
    }

    /// Where the word in small letters (ASCII, at most `maxLength` of them) ending at `end` starts, if a word starts there.
    @inline(__always) static func smallWordBefore(_ s: UnsafeBufferPointer<UInt8>, _ end: Int, maxLength: Int = 16) -> Int? {
        var a = end
        while a > 0, end - a < maxLength, s[a - 1] &- 0x61 < 26 { a -= 1 }
        return a < end && (a == 0 || !ASCII.isAlpha(s[a - 1])) ? a : nil
    }

    /// English function words and the commonest short words, which the gazetteer's word list leaves out: a word no
    /// list holds is a name only if it is none of these ("from", "this", "also").
    static let functionWords = WordTable("""
        a about above after again against all also although always am an and another any anyone anything are as at away back
        be because been before being below between both but by can cannot could did do does doing done down during each either
        else enough even ever every everyone everything few for from further had has have having he her here hers herself him
        himself his how however i if in into is it its itself just least less let like many may me might mine more most much
        must my myself neither never no nobody none nor not nothing now of off often on once one only or other others our ours
        ourselves out over own perhaps quite rather same she should since so some someone something sometimes soon still such
        than that the their theirs them themselves then there these they this those though through thus to together too under
        until up upon us very was we well were what whatever when whenever where whether which while who whoever whom whose why
        will with within without would yet you your yours yourself yourselves yes yeah okay ok hey hi thanks please sorry
        comme como wie come zoals jak
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (String($0), 1) })

    /// Pronouns and people named by what they are, capitalized: no name before a verb of speech ("She asked") or alone
    /// inside a sentence ("wawancara Anda adalah").
    static let subjectPronouns = WordTable(["She", "He", "They", "We", "You", "It", "Everyone", "Someone", "Somebody", "Nobody",
                                            "Everybody", "Anyone", "Mum", "Mom", "Dad", "Mummy", "Daddy", "Grandma", "Grandpa", "Nan",
                                            "Who", "This", "That", "Which", "Doctor", "Customer", "Client", "Caller", "Agent", "Staff",
                                            "Sie", "Er", "Elle", "Il", "Ella", "Lei", "Lui", "Hij", "Zij", "Dia",
                                            // Pronouns of other languages the name lists hold: Indonesian "Anda", German "Ihnen".
                                            "Anda", "Ihnen", "Ihr", "Ihre", "Usted", "Ustedes", "Vous", "Dich", "Dir"].map { ($0, 1) })
    /// Verbs of speech, after which an unknown capitalized word is a person's name ("Teknaz said").
    static let speechVerbs = WordTable(speechVerbWords.map { ($0, 1) })
    /// The first letters of `speechVerbWords`, as bits over a..z: most words after a name are turned away by one test.
    static let speechVerbFirstLetters: UInt32 = speechVerbWords.reduce(0) { $0 | 1 << UInt32($1.utf8.first! - 0x61) }
    static let speechVerbWords = ["said", "says", "asked", "asks", "told", "replied", "texted", "emailed", "mentioned", "thinks",
                                        "reckons", "insists", "insisted", "claims", "promised", "complained", "messaged", "phoned",
                                        "rang", "wrote", "explained", "admitted", "apologised", "apologized",
                                        // Dutch, German, French, Spanish, Italian, Portuguese, Polish, Indonesian, Turkish.
                                        "zegt", "zei", "sagt", "sagte", "fragt", "dit", "demande", "dice", "dijo", "pregunta", "chiede",
                                        "disse", "diz", "pergunta", "mówi", "pyta", "bilang", "tanya", "diyor", "dedi", "soruyor"]
    static let verbsAfterNameFirstLetters: UInt32 = 0x6FFFFF

    /// English personal pronouns of one person, as words: "she", "he", "her", "him", "his", "she's", "herself"...
    static let personalPronouns = WordTable(["she", "he", "her", "him", "his", "hers", "herself", "himself", "she's", "he's", "she'd",
                                             "he'd", "she'll", "he'll"].map { ($0, 1) })

    /// After `end`, before the sentence ends and within 80 bytes: one of `personalPronouns`.
    static func personalPronounAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        var k = end
        let limit = min(n, end + 80)
        while k < limit {
            let c = s[k]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == 0x0A { return false }
            if (c == UInt8(ascii: "h") || c == UInt8(ascii: "s")) && !ASCII.isAlnum(s[k - 1]) && s[k - 1] < 0x80 {
                var b = k + 1
                while b < n, b - k < 8, s[b] &- 0x61 < 26 || s[b] == UInt8(ascii: "'") { b += 1 }
                if b == n || !ASCII.isAlnum(s[b]) && s[b] < 0x80, personalPronouns.lookup(s, k, b) != 0 { return true }
                k = b
                continue
            }
            k += 1
        }
        return false
    }

    /// Titles written after a name: Turkish "Hanım", "Bey", "abi", "abla", Hindi "ji", "sahab".
    static let titlesAfterName = WordTable(["Hanım", "Hanim", "hanım", "Bey", "bey", "abi", "abla", "ji", "Ji", "sahab", "saheb", "Sahab"].map { ($0, 1) })

    /// At `n` (the word after a name): one of `titlesAfterName`, a word of its own.
    @inline(__always) static func titleAfterName(_ s: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        guard n >= 1, s[n - 1] == 0x20, n + 1 < s.count else { return false }
        var k = n
        while k < s.count, k - n < 7, ASCII.isAlpha(s[k]) || s[k] == 0xC4 || s[k] == 0xB1 { k += 1 }
        guard k - n >= 2, k == s.count || !ASCII.isAlpha(s[k]) && s[k] < 0x80 && s[k] != UInt8(ascii: "-") && s[k] != UInt8(ascii: "'") else { return false }
        return titlesAfterName.lookup(s, n, k) != 0
    }

    /// Short verbs after a name and where the person is: "has", "is", "was", "will" ("Benjamin next door has a key").
    static let clauseVerbs = WordTable(["has", "had", "is", "was", "will", "can", "could", "would", "should", "does", "did", "says",
                                        "said", "knows"].map { ($0, 1) })
    /// Small words of where or who between a name and its verb ("next door", "at reception", "from accounts", "on the desk").
    static let placeWordsAfterNameList = ["at", "from", "in", "on", "next", "door", "the", "our", "my", "over", "up", "down",
                                          "upstairs", "downstairs", "here", "there"]
    static let placeWordsAfterName = WordTable(placeWordsAfterNameList.map { ($0, 1) })
    /// Their first letters, as bits over a..z.
    static let placeWordFirstLetters: UInt32 = placeWordsAfterNameList.reduce(0) { $0 | 1 << UInt32($1.utf8.first! - 0x61) }

    /// Words that open a clause whose subject may be a person: "once Dean has", "until Moen is back".
    static let clauseSubordinators = WordTable(["once", "until", "till", "unless"].map { ($0, 1) })
    /// What follows that subject: "has", "is", "gets", "sends" and the like, then a space.
    static let clauseAuxiliaries = WordTable(["has", "is", "gets", "sends", "confirms", "returns", "signs", "hears", "replies", "approves"].map { ($0, 1) })

    /// At `start` a word after one of `clauseSubordinators` and a space; at `next` one of `clauseAuxiliaries` and a space.
    static func clauseSubjectAfterSubordinator(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ next: Int) -> Bool {
        guard start >= 5, s[start - 1] == 0x20 else { return false }
        var a = start - 1
        while a > 0, start - 1 - a < 7, s[a - 1] &- 0x61 < 26 { a -= 1 }
        guard start - 1 - a >= 4, a == 0 || !ASCII.isAlpha(s[a - 1]), clauseSubordinators.lookup(s, a, start - 1) != 0 else { return false }
        var k = next
        while k < s.count, k - next < 9, s[k] &- 0x61 < 26 { k += 1 }
        guard k - next >= 2, k < s.count, s[k] == 0x20 else { return false }
        return clauseAuxiliaries.lookup(s, next, k) != 0
    }

    /// The verbs of the languages whose months `months` holds, after a month opening a sentence.
    static let monthVerbs = WordTable(["ist", "war", "wird", "est", "était", "sera", "es", "era", "è", "är", "var", "jest", "był", "é"].map { ($0, 1) })
    /// At `n`: a word of `monthVerbs`, a word of its own, or Dutch "is" before an article.
    static func monthVerbAt(_ s: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        var k = n
        while k < s.count, k - n < 7, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
        guard k > n, k == s.count || !ASCII.isAlpha(s[k]) && s[k] < 0x80 else { return false }
        // Dutch "is" is English's too: only before a Dutch article ("Mei is de mooiste maand"; not "Mai is out sick").
        if k - n == 2, lowerEquals(s, n, k, "is") {
            return k + 4 <= s.count && (lowerEquals(s, k, k + 4, " de ") || k + 5 <= s.count && (lowerEquals(s, k, k + 5, " het ") || lowerEquals(s, k, k + 5, " een ")))
        }
        return monthVerbs.lookup(s, n, k) != 0
    }

    /// `start` opens a quoted sentence: after '"' or '“' that follows a space, a colon or a line's start ("Translate to
    /// Spanish: \"Guneet will pick you up\"").
    @inline(__always) static func quotedSentenceStart(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var q = start
        if q >= 1, s[q - 1] == UInt8(ascii: "\"") { q -= 1 }
        else if q >= 3, s[q - 1] == 0x9C, s[q - 2] == 0x80, s[q - 3] == 0xE2 { q -= 3 }
        else { return false }
        return q == 0 || s[q - 1] == 0x20 || s[q - 1] == 0x0A || s[q - 1] == UInt8(ascii: ":")
    }

    /// A sentence's subject with no cue at all: a frequent given name opening a sentence or a line before a word in
    /// small letters ("Philip schläft besser", "Fabiana relata melhora", "Ilona rijdt"). Not an English word or an
    /// ambiguous name, not a name that is a word in small letters ("Frank feedback", "Jack the car up"), no place or
    /// famous name, no frequent word of another language ("Jag tror", "Dan kami", "Från måndag"), and not before "of",
    /// "the" or "by" ("Lawrence of Arabia", "Jolene by Dolly Parton") or a handle ("Ping denise.alvarado").
    static func openingGivenName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        // (Or a clause's: after "; " or a dash, "Probation passed; Zeynep now joins", "z córką – Ernest opiekuje się".)
        guard end - start >= 3, end + 4 < s.count, start == 0 || s[start - 1] == 0x0A
                || start >= 2 && s[start - 1] == 0x20 && (s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: "!") || s[start - 2] == UInt8(ascii: "?")
                                                         || s[start - 2] == UInt8(ascii: ";") && !closesHTMLEntity(s, start - 2))
                || start >= 5 && s[start - 1] == 0x20 && s[start - 5] == 0x20 && s[start - 4] == 0xE2 && s[start - 3] == 0x80 && (s[start - 2] == 0x93 || s[start - 2] == 0x94)
                || start >= 3 && s[start - 1] == 0x20 && s[start - 2] == UInt8(ascii: "-") && s[start - 3] == 0x20 else { return nil }
        let f = NameGazetteer.flags(s, start, end)
        guard f & NameGazetteer.commonGiven != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 else { return nil }
        let next = end + 1
        var k = next
        while k < s.count, k - next < 24, s[k] &- 0x61 < 26 || s[k] >= 0x80 { k += 1 }
        // (The word is a word, not a handle or a host: "Ping denise.alvarado in #infra".)
        if k < s.count, s[k] == UInt8(ascii: "_") || s[k] == UInt8(ascii: "@") || isDigit(s[k])
            || s[k] == UInt8(ascii: ".") && k + 1 < s.count && ASCII.isAlnum(s[k + 1]) { return nil }
        guard !lowerEquals(s, next, k, "of"), !lowerEquals(s, next, k, "the"), !lowerEquals(s, next, k, "by"), lowerCaseWordNames.lookupLowered(s, start, end) == 0,
              !isFrequentForeignWord(s, start, end), !isNotName(s, start, end), !otherThanPerson(s, start, end, placeAlso: true) else { return nil }
        return 0.55
    }

    /// The ';' at s[semicolon] ends an HTML entity ("Marks &amp; Spencer", "&#39;"), which opens no clause.
    static func closesHTMLEntity(_ s: UnsafeBufferPointer<UInt8>, _ semicolon: Int) -> Bool {
        var k = semicolon
        while k > 0, semicolon - k < 8, ASCII.isAlnum(s[k - 1]) || s[k - 1] == UInt8(ascii: "#") { k -= 1 }
        return k < semicolon && k > 0 && s[k - 1] == UInt8(ascii: "&")
    }

    /// The second words of parks, woods and other places named by a first word (that may be a rare given name) that are
    /// also surnames: "Heaton Park", "Sherwood Forest", "Hampstead Heath", "Ashdown Forest".
    static let landscapeWords = WordTable(["Park", "Forest", "Heath", "Common", "Castle", "Bridge", "Moor", "Vale", "Valley", "Abbey",
                                           "Lake", "Bay", "Beach", "Chapel", "Gate", "Cross", "Marsh", "Fields", "Downs", "Priory"].map { ($0, 1) })

    /// s[a..<b] folded as the gazetteer folds (lower case, accents off) is in `frequentForeignWords`.
    static func isFrequentForeignWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard let p = s.baseAddress, b > a, b - a <= 32 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            let q = buffer.baseAddress!
            let n = NameGazetteer.fold(p, a, b, into: q, vietnamese: true).0
            return n <= 16 && frequentForeignWords.lookup(UnsafeBufferPointer(start: q, count: n), 0, n) != 0
        }
    }

    /// One capitalized word with no strong cue: a name when it is a known given name that is no
    /// ordinary word, and a name cue or verb is before it ("thanks Amy", "Name: Amy", "called
    /// Amy"), it is possessive ("Irene's report"), or a verb of speech follows ("Amy called").
    /// `next`: where the following word starts, or nil.
    static func singleGivenName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, next: Int?) -> Double? {
        guard end - start >= 3 else { return nil }
        // A name alone in brackets: after who the person is ("How did you hear about us? a friend (Aaron)", "my son (Leo)"),
        // or after a note's label, before its colon, as who wrote it ("Agent note (Bronwyn): refund issued", "Internal
        // note (Hampus) : verified").
        if start >= 4, s[start - 1] == UInt8(ascii: "("), s[start - 2] == 0x20, end < s.count, s[end] == UInt8(ascii: ")") {
            if start >= 8 {
                var a = start - 2
                while a > 0, start - 2 - a <= 14, s[a - 1] &- 0x61 < 26 || s[a - 1] &- 0x41 < 26 { a -= 1 }
                // (Or a role: "The delivery driver (Vanessa) carried the sofa"; "Mum (Éris) tired but coping".)
                if a < start - 2, relationNouns.lookupLowered(s, a, start - 2) != 0 || personRoleNouns.lookupLowered(s, a, start - 2) != 0,
                   givenOrUnlistedName(s, start, end, placeAlso: true) { return 0.65 }
            }
            if end + 1 < s.count, s[end + 1] == UInt8(ascii: ":") || end + 2 < s.count && s[end + 1] == 0x20 && s[end + 2] == UInt8(ascii: ":") {
                var a = start - 2
                while a > 0, start - a < 32, s[a - 1] != 0x0A, ASCII.isAlpha(s[a - 1]) || s[a - 1] == 0x20 || s[a - 1] >= 0x80 { a -= 1 }
                if a == 0 || s[a - 1] == 0x0A, a < start - 2, s[a] &- 0x41 < 26, givenOrUnlistedName(s, start, end, placeAlso: true) { return 0.65 }
            }
        }
        // A given name before an identifier's label and its number: "Lena SSN 123-45-6789", "Marek DOB 12/03/1981".
        if end + 6 < s.count, s[end] == 0x20, s[end + 1] &- 0x41 < 26, s[end + 2] &- 0x41 < 26, s[end + 3] &- 0x41 < 26,
           s[end + 4] == 0x20 || s[end + 4] == UInt8(ascii: ":"), lowerEquals(s, end + 1, end + 4, "ssn") || lowerEquals(s, end + 1, end + 4, "dob")
            || lowerEquals(s, end + 1, end + 4, "nin") || lowerEquals(s, end + 1, end + 4, "nhs") {
            var k = end + 5
            while k < s.count, s[k] == 0x20 { k += 1 }
            if k < s.count, isDigit(s[k]), givenOrUnlistedName(s, start, end, placeAlso: true) { return 0.65 }
        }
        // Opening a sentence or a line, a given name of the lists that is no word, then up to four small words of where or
        // who ("next door", "at reception", "from accounts") and a verb: "Benjamin next door has a spare key", "Yong at
        // reception was lovely".
        // (The first word after the name opens with a place word's first letter.)
        if end + 6 < s.count, s[end] == 0x20, s[end + 1] &- 0x61 < 26, placeWordFirstLetters >> UInt32(s[end + 1] &- 0x61) & 1 != 0,
           start == 0 || s[start - 1] == 0x0A || start >= 2 && s[start - 1] == 0x20 && (s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: "!")) {
            var k = end + 1
            var words = 0
            while words < 5, k < s.count, s[k] &- 0x61 < 26 {
                var w = k
                while w < s.count, w - k <= 12, s[w] &- 0x61 < 26 { w += 1 }
                guard w < s.count, s[w] == 0x20 || words >= 1 else { break }
                if words >= 1, clauseVerbs.lookup(s, k, w) != 0 || w - k >= 4 && verbsAfterName.lookup(s, k, w) != 0 {
                    let f = NameGazetteer.flags(s, start, end)
                    if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
                       !otherThanPerson(s, start, end, placeAlso: true) { return 0.6 }
                    break
                }
                // The words between open with one of place or company ("next door", "at reception"; not "Frank feedback is").
                if words == 0, placeWordsAfterName.lookup(s, k, w) == 0 { break }
                if words >= 1, functionWords.lookup(s, k, w) != 0, placeWordsAfterName.lookup(s, k, w) == 0 { break }
                words += 1
                k = w + 1
            }
        }
        // A Turkish postposition after a name: "Bengibay için kibar bir cevap yaz", "Heva ile konuştum". A given name of the
        // lists or a word no list holds written as names are.
        // (Inside a sentence, after a word in small letters: "Kira için IBAN:" opens a line with a noun, "rent".)
        if end + 5 < s.count, s[end] == 0x20, s[end + 1] == UInt8(ascii: "i"), start >= 2, s[start - 1] == 0x20, s[start - 2] &- 0x61 < 26 || s[start - 2] >= 0x80,
           lowerEquals(s, end + 1, min(s.count, end + 7), "için ") || lowerEquals(s, end + 1, end + 5, "ile ") {
            let f = NameGazetteer.flags(s, start, end)
            if f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0, f & NameGazetteer.given != 0 || unlistedNameShape(s, start, end),
               !otherThanPerson(s, start, end, placeAlso: true) { return 0.6 }
        }
        // A given name of the lists, also one that is a word, right before a verb of speech: "Jasmine replied asking for a
        // weekend slot", "Grace said no". (A flower or a virtue does not reply.)
        if verbOfSpeechAfter(s, end), NameGazetteer.flags(s, start, end) & NameGazetteer.given != 0, subjectPronouns.lookup(s, start, end) == 0,
           !otherThanPerson(s, start, end, placeAlso: true) { return 0.6 }
        // A title after the name, as Turkish and Hindi put it: "Merhaba Şadıman Hanım", "Intan abi", "Sharma ji". Any word
        // written as names are that is no place, famous name or ordinary word of the lists.
        if let n = next ?? (end + 1 < s.count && s[end] == 0x20 ? end + 1 : nil), titleAfterName(s, n) {
            let f = NameGazetteer.flags(s, start, end)
            if f & (NameGazetteer.given | NameGazetteer.surname) != 0 && f & NameGazetteer.word == 0 || f == 0 && lowerAfterCapitalOrJoin(s, start, end),
               !isPlaceName(s, start, end), !isFamousName(s, start, end), !isNotName(s, start, end), nameStopWords.lookup(s, start, end) == 0 { return 0.65 }
        }
        // The one a personal pronoun after it refers to, in the same sentence: "Eiravati asked me to pass on her apologies",
        // "I spoke to Lajita and she said". A given name that is no ordinary word, or a word no list holds written as names
        // are, opening a sentence before a small letter or after "to", "with", "from", "for", "by" or a name's cue.
        // At a sentence's start only a listed given name counts: "You", "Just" open sentences too.
        // (The cheap tests first: the pronoun's search reads on to the sentence's end.)
        if end < s.count, s[end] == 0x20 || s[end] == UInt8(ascii: ",") {
            let opening = start == 0 || s[start - 1] == 0x0A || start >= 2 && s[start - 1] == 0x20
                && (s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: "!") || s[start - 2] == UInt8(ascii: "?"))
                && end + 1 < s.count && s[end + 1] &- 0x61 < 26
                || quotedSentenceStart(s, start) && end + 1 < s.count && s[end + 1] &- 0x61 < 26
            let afterCue = !opening && start >= 3 && s[start - 1] == 0x20 && (personPrepositionBefore(s, start - 1) || singleNameCueBefore(s, start))
            if opening || afterCue {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 || afterCue && f == 0 && unlistedNameShape(s, start, end),
                   personalPronounAfter(s, end), !otherThanPerson(s, start, end, placeAlso: true) { return 0.6 }
            }
        }
        // The value of a label, whatever the label: "Redacta el acta: Jenny.", "INC4412: Oskar can't log in", "10am: Priya
        // to demo". A given name that is no ordinary word, place or famous name, closing the line, the sentence or the
        // clause, or before a word in small letters.
        // (Or a dash after a heading or a greeting: "Hi team - Markus is on leave", "Update - Priya to demo".)
        if start >= 4, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ":") && (ASCII.isAlnum(s[start - 3]) || s[start - 3] >= 0x80)
            || start >= 5 && s[start - 2] == UInt8(ascii: "-") && s[start - 3] == 0x20 && ASCII.isAlpha(s[start - 4]) {
            let n = s.count
            let closes = end == n || s[end] == UInt8(ascii: ".") || s[end] == UInt8(ascii: ",") || s[end] == UInt8(ascii: ";") || s[end] == 0x0A
                || s[end] == 0x0D || end + 1 < n && s[end] == UInt8(ascii: "'") && s[end + 1] == UInt8(ascii: "s")
                // A verb or a short word people are followed by, not a noun: "Frank feedback welcome", "Caesar salad".
                || end + 1 < n && s[end] == 0x20 && s[end + 1] &- 0x61 < 26 && verbAfterLabelledName(s, end + 1)
                // A note in brackets after it: "Fri: Alexandra (keys from Sherry)".
                || end + 2 < n && s[end] == 0x20 && s[end + 1] == UInt8(ascii: "(") && s[end + 2] &- 0x61 < 26
            if closes {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
                   !otherThanPerson(s, start, end, placeAlso: true), !dishBeside(s, start, end) { return 0.6 }
            }
        }
        // A word no list holds, written as names are, before a verb of speech: "Eiravati asked me to pass on her apologies",
        // "I think Teknaz said no". (Capitalized English words are in the lists as words: "Someone asked" is none.)
        // (Four letters at least: names of three the lists hold; "Bot says", "Log says" they do not.)
        if end - start >= 4, start == 0 || s[start - 1] == 0x20 || s[start - 1] == 0x0A, verbOfSpeechAfter(s, end),
           NameGazetteer.flags(s, start, end) == 0, subjectPronouns.lookup(s, start, end) == 0, !(start..<end).contains(where: { s[$0] == UInt8(ascii: "-") }),
           unlistedNameShape(s, start, end), !otherThanPerson(s, start, end, placeAlso: false) { return 0.6 }
        // A role in small letters right before: "Sales rep Golnaz met Pooja", "our account manager Teknaz is away". A given
        // name of the lists, also one that is a word, or a word no list holds, before a verb, a short word or the clause's end.
        if start >= 4, s[start - 1] == 0x20, s[start - 2] &- 0x61 < 26, end < s.count, let a = smallWordBefore(s, start - 1) {
            // (Not a role that is also a verb: "Real Madrid host Atlético on Sunday".)
            if personRoleNouns.lookup(s, a, start - 1) != 0, rolesAlsoVerbs.lookup(s, a, start - 1) == 0,
               s[end] == UInt8(ascii: ".") || s[end] == UInt8(ascii: ",") || s[end] == UInt8(ascii: "!") || s[end] == UInt8(ascii: "?")
                || end + 1 < s.count && s[end] == 0x20 && s[end + 1] &- 0x61 < 26 && verbAfterLabelledName(s, end + 1) {
                if givenOrUnlistedName(s, start, end, placeAlso: false) { return 0.6 }
            }
        }
        // Who fills a role: "Your stylist today was Guy", "the owner is now Sue". Any given name, also one that is a word,
        // that is no place, team or famous name.
        if roleCopulaBefore(s, start) {
            if givenOrUnlistedName(s, start, end, placeAlso: false) { return 0.65 }
        }
        // Who the person is to someone: "her husband Nonso also runs a café", "my cousin Ariki is in town". Any
        // given name, also one that is a word, or a word no list knows, written as names are.
        if relationBefore(s, start) {
            let f = NameGazetteer.flags(s, start, end)
            if f & NameGazetteer.given != 0 || f == 0 && lowerAfterCapitalOrJoin(s, start, end),
               !isPlaceName(s, start, end), !isFamousName(s, start, end), !isNotName(s, start, end), nameStopWords.lookup(s, start, end) == 0 { return 0.7 }
        }
        // A rota's line: a time or a range of hours, then the name alone to the line's end ("08–12 Eva", "9:00 Tomasz").
        // (Or two on the slot: "09:00 Anna / Ben", "9:00 Tomasz & Ola"; the second is read as the list's next name.)
        if rotaTimeBefore(s, start), end == s.count || s[end] == 0x0A || s[end] == 0x0D
            || end + 3 < s.count && s[end] == 0x20 && (s[end + 1] == UInt8(ascii: "/") || s[end + 1] == UInt8(ascii: "&")) && s[end + 2] == 0x20 {
            let f = NameGazetteer.flags(s, start, end)
            if f & NameGazetteer.given != 0, f & NameGazetteer.word == 0, !isPlaceName(s, start, end), !isFamousName(s, start, end),
               !isNotName(s, start, end), nameStopWords.lookup(s, start, end) == 0 { return 0.6 }
        }
        // Two given names of the lists joined as a pair: "Priya <> Tomasz catch-up", "Priya ja Tomasz tulevat", "Siobhan &
        // Tariq". Neither a word, an ambiguous name, a place or a famous name (a famous pair is read before: "Tom and Jerry").
        if end + 4 < s.count, s[end] == 0x20 || s[end] == UInt8(ascii: ","), givenPairAfter(s, start, end) { return 0.6 }
        // A timed note's subject: a time at the line's start, a given name of the lists that is no word, and a word in small
        // letters ("07:45 Priya up and dressed with prompting", "14:02 Tomasz joined the call").
        if end + 2 < s.count, s[end] == 0x20, s[end + 1] &- 0x61 < 26, rotaTimeBefore(s, start) {
            let f = NameGazetteer.flags(s, start, end)
            if f & NameGazetteer.given != 0, f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0,
               !otherThanPerson(s, start, end, placeAlso: true) { return 0.6 }
        }
        // Addressed at the start of a sentence or a quote: "Thomas, you still haven't paid", "Pietra, can you...". A
        // given name that is no word, place or famous name.
        if end + 2 < s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20, s[end + 2] &- 0x61 < 26,
           start == 0 || s[start - 1] == 0x0A || s[start - 1] == UInt8(ascii: "\"") || start >= 3 && s[start - 1] == 0x9C && s[start - 2] == 0x80 && s[start - 3] == 0xE2
            || start >= 2 && s[start - 1] == 0x20 && (s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: "!") || s[start - 2] == UInt8(ascii: "?")) {
            let f = NameGazetteer.flags(s, start, end)
            if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isPlaceName(s, start, end),
               !isPlaceAlsoName(s, start, end), !isFamousName(s, start, end), !isNotName(s, start, end) { return 0.6 }
        }
        // An action item of minutes: "2. Lucian to share the vendor shortlist by Friday"; also a word no list holds,
        // not even as an ordinary word ("2. Ntombizodwa to share the deck"; "2. Finance to review" is a team).
        if next != nil, actionAfter(s, end), listItemBefore(s, start) {
            let f = NameGazetteer.flags(s, start, end)
            if f & NameGazetteer.given != 0 && f & NameGazetteer.ambiguous == 0 { return 0.65 }
            return f == 0 && end - start >= 4 && lowerAfterCapital(s, start, end) && functionWords.lookupLowered(s, start, end) == 0
                && !isNotName(s, start, end) && !isPlaceName(s, start, end) && !isFamousName(s, start, end)
                && nameStopWords.lookup(s, start, end) == 0 && teamWords.lookupLowered(s, start, end) == 0 ? 0.6 : nil
        }
        var e = end
        let possessive = e - start > 3 && s[e - 1] == UInt8(ascii: "s")
            && (s[e - 2] == UInt8(ascii: "'") || e - start > 5 && s[e - 2] == 0x99 && s[e - 3] == 0x80 && s[e - 4] == 0xE2)
        if possessive { e -= s[e - 2] == 0x99 ? 4 : 2 }
        var evidence = possessive
        // A chat's mention ("@Abimbola can you allow-list it?") or a relative clause of a person ("a poem for
        // Mercy, who's turning 7"): any given name, also one that is a word, that is no place or famous name.
        // (A name that is also a word only inside a sentence: "Summer, who knows" is none.)
        if !possessive, mentionBefore(s, start) || whoAfter(s, end) {
            let f = NameGazetteer.flags(s, start, e)
            if f & NameGazetteer.given != 0, !isPlaceName(s, start, e), !isFamousName(s, start, e),
               f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 || mentionBefore(s, start)
                || start >= 2 && s[start - 1] == 0x20 && lowerCaseWordBefore(s, start - 1) { return 0.65 }
        }
        // An item of notes, the name and a dash: "minutes: Emi - budget ok; Aoife - hiring freeze", "- Kirsty – offsite".
        if !possessive, dashThenSmallWordAfter(s, end),
           listItemBefore(s, start) || start >= 2 && s[start - 1] == 0x20 && s[start - 2] == UInt8(ascii: ":") || start == 0 || s[start - 1] == 0x0A {
            let f = NameGazetteer.flags(s, start, e)
            if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
               !isPlaceName(s, start, e), !isFamousName(s, start, e), !isNotName(s, start, e) { return 0.6 }
        }
        // A birth after it ("a poem for Gaëlle, born 27 Oct 1985"): any given name, also a word, that is no
        // place or famous name.
        if !possessive, bornAfter(s, end) {
            let f = NameGazetteer.flags(s, start, e)
            if f & NameGazetteer.given != 0, !isPlaceName(s, start, e), !isFamousName(s, start, e), !isNotName(s, start, e) { return 0.65 }
        }
        // Addressed at a sentence's end: "Was this you, Litia?", "Thanks for the lift, Tanvir!". A given name
        // that is no word, place or famous name.
        if !possessive, start >= 2, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ","), end < s.count,
           s[end] == UInt8(ascii: "?") || s[end] == UInt8(ascii: "!") || s[end] == UInt8(ascii: "."),
           end + 1 == s.count || s[end + 1] == 0x20 || s[end + 1] == 0x0A || s[end + 1] == 0x0D || s[end + 1] == UInt8(ascii: "\"") {
            let f = NameGazetteer.flags(s, start, e)
            if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isPlaceName(s, start, e),
               !isPlaceAlsoName(s, start, e), !isFamousName(s, start, e), !isNotName(s, start, e) { return 0.6 }
        }
        // A verb of speech after it, for a word that starts a line or a sentence ("Amy called about it").
        let sentenceStart = start == 0 || s[start - 1] == 0x0A
            || start >= 2 && s[start - 1] == 0x20 && (s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: "!") || s[start - 2] == UInt8(ascii: "?")
                || s[start - 2] == UInt8(ascii: ";"))
            || quotedSentenceStart(s, start)
        // a to t, v and w: the first letters of the verbs, as bits over a..z (a test checks them).
        var speechVerb = false
        if !evidence, sentenceStart || start >= 2 && s[start - 1] == 0x20 && s[start - 2] == UInt8(ascii: ":") || start >= 1 && s[start - 1] == UInt8(ascii: "\""),
           let n = next, n < s.count, s[n] &- 0x61 < 26, (verbsAfterNameFirstLetters as UInt32) >> UInt32(s[n] &- 0x61) & 1 != 0 {
            var k = n
            while k < s.count, s[k] &- 0x61 < 26 { k += 1 }
            // Every verb of the list ends in d, e, s or t: most next words are ruled out before the lookup.
            let last = s[k - 1]
            evidence = k - n >= 4 && k - n <= 11 && (last == UInt8(ascii: "d") || last == UInt8(ascii: "s") || last == UInt8(ascii: "e")
                || last == UInt8(ascii: "t") || last == UInt8(ascii: "g")) && verbsAfterName.lookup(s, n, k) != 0
            speechVerb = evidence
        }
        // "Dawn from accounts says...", "Sandy from HR": a person by the team they are from. Any given
        // name, also one that is a word; the team word makes it a person.
        if !possessive, let n = next, fromTeamAfter(s, n) {
            let f = NameGazetteer.flags(s, start, e)
            if f & NameGazetteer.given != 0, !isPlaceName(s, start, e), !isFamousName(s, start, e) { return 0.65 }
        }
        // A cue word before: any given name that is no ordinary word ("thanks Anselm"); one that is a word
        // too when a comma or "!" closes the address ("Thanks Ginger, that's helpful").
        if !evidence && !sentenceStart && singleNameCueBefore(s, start) {
            let f = NameGazetteer.flags(s, start, e)
            // "ring Oluwasegun on +91 67439 14499": before a phone number, a name no list holds.
            if f == 0, !possessive, phoneOnAfter(s, end), lowerAfterCapitalOrJoin(s, start, end), !isPlaceName(s, start, end), !isNotName(s, start, end),
               nameStopWords.lookup(s, start, end) == 0 { return 0.65 }
            // "Thanks Waltrud!", "Hi Edhitha,": after thanks or a greeting, a word no list holds, closed by "!" or ",".
            // (After a comma, the sentence goes on in small letters: "Thanks Fedex, Will do" is a firm's.)
            if f == 0, !possessive, end - start >= 3, end < s.count,
               s[end] == UInt8(ascii: "!") && (end + 1 == s.count || s[end + 1] == 0x20 || s[end + 1] == 0x0A)
                || s[end] == UInt8(ascii: ",") && end + 2 < s.count && s[end + 1] == 0x20 && s[end + 2] &- 0x61 < 26,
               thanksBefore(s, start) || greetingBefore(s, start),
               lowerAfterCapitalOrJoin(s, start, end), !isPlaceName(s, start, end), !isNotName(s, start, end),
               nameStopWords.lookup(s, start, end) == 0, !isFamousName(s, start, end) { return 0.6 }
            guard f & NameGazetteer.given != 0 else { return nil }
            if f & NameGazetteer.ambiguous == 0 { return 0.65 }
            // Whom one asks, tells or reminds about or to something is a person, whatever else the name is: "Ask
            // Victoria about it", "tell Crystal to call".
            if !possessive, personVerbObject(s, start, end), !isNotName(s, start, e) { return 0.6 }
            return !possessive && end < s.count && (s[end] == UInt8(ascii: ",") || s[end] == UInt8(ascii: "!")) && thanksBefore(s, start)
                && !isNotName(s, start, e) && !isPlaceName(s, start, e) && !isPlaceAlsoName(s, start, e) ? 0.6 : nil
        }
        // Two given names joined by "&": "Dakota & Vikram (sorting)", "Ray & Thabo".
        if !possessive, let c = ampersandPartner(s, start, e) { return c }
        guard evidence else {
            // No cue: a common given name no list marks an ordinary word, place or brand, inside a sentence
            // ("Did Aditya ever reply?", "Ask for Thiago at reception", "I reviewed Samir in clinic"),
            // or opening one before a short verb or preposition ("Layla is out sick", "Xiaoling in accounts").
            // The place first, the lookup after: most capitalized words fail the first.
            guard end - start >= 3 else { return nil }
            if sentenceStart {
                guard let n = next, shortWordAfterName(s, n) else { return nil }
                // A month of another language that the lists hold as a given name, before that language's verb: "Mai ist der
                // schönste Monat", "Juli war heiß" (not "Mai is out sick today").
                if isMonth(s, start, e), monthVerbAt(s, n) { return nil }
            } else {
                guard start >= 2, s[start - 1] == 0x20, lowerCaseWordBefore(s, start - 1) else { return nil }
                // After "the" a name is a place's, a site's or a thing's: "re: the Kerry site", "the Victoria line".
                if start >= 4, lowerEquals(s, start - 4, start - 1, "the"), start == 4 || !ASCII.isAlpha(s[start - 5]) { return nil }
                // A place after a place's preposition, also one mainly a person's name: "met in Florence".
                if placePrepositionBefore(s, start - 1), isPlaceName(s, start, e) || isPlaceAlsoName(s, start, e) { return nil }
                // The subject of a clause after "once", "until", "unless" before an auxiliary of what a person has or is:
                // "revisit once Dean has the figures", "rebook once Upadhriti is back". Any name the lists hold, also
                // one that is a word, or a word written as names are that no list holds.
                if let n = next, clauseSubjectAfterSubordinator(s, start, n) {
                    let f = NameGazetteer.flags(s, start, e)
                    if f & (NameGazetteer.given | NameGazetteer.surname) != 0 || f == 0 && lowerAfterCapitalOrJoin(s, start, e),
                       !isPlaceName(s, start, e), !isPlaceAlsoName(s, start, e), !isFamousName(s, start, e), !isNotName(s, start, e),
                       nameStopWords.lookup(s, start, e) == 0, teamWords.lookupLowered(s, start, e) == 0 { return 0.6 }
                }
                // Whom one talks with, asks or tells, whatever else the name is: "Check with Pearl before you book".
                if !possessive, personVerbObject(s, start, end) {
                    let f = NameGazetteer.flags(s, start, e)
                    if f & NameGazetteer.given != 0, !isNotName(s, start, e), !isFamousName(s, start, e), !isPlaceName(s, start, e) { return 0.6 }
                }
                // Inside a sentence before a verb of what people do: any known given name that is no
                // ordinary word ("Mark it as done once Maile confirms", "ask whether Oluwaseun agreed").
                if let n = next, n < s.count, s[n] &- 0x61 < 26 {
                    var k = n
                    while k < s.count, s[k] &- 0x61 < 26 { k += 1 }
                    if k - n >= 4, k - n <= 11, k == s.count || !ASCII.isAlpha(s[k]), verbsAfterName.lookup(s, n, k) != 0 {
                        let f = NameGazetteer.flags(s, start, e)
                        if f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isFamousName(s, start, e),
                           !weatherNameBefore(s, start) { return 0.6 }
                    }
                }
            }
            // "Trains from Charlotte to Raleigh": a route's places. "storm Floris": a storm's name. "Flights to Charlotte
            // and Austin": a journey's.
            if fromToPlace(s, start, e) || weatherNameBefore(s, start) || journeyBefore(s, start, e) { return nil }
            let f = NameGazetteer.flags(s, start, e)
            // (Not a dish, "peach Melba", nor a song played or sung, "played Jolene three times".)
            if f & NameGazetteer.commonGiven != 0 {
                return f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 && !isNotName(s, start, e) && (sentenceStart || !dishBeside(s, start, end) && !songVerbBefore(s, start))
                    ? 0.6 : nil
            }
            // Inside a sentence, a rarer given name that is no word, place, brand or famous name, before a word in small
            // letters or the clause's end: "I sat with Eiravati at lunch", "the form Teknaz signed".
            // Opening a sentence, before a short verb or preposition ("Thorvald is out today"), as a frequent one does.
            guard f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, end < s.count,
                  s[end] == 0x20 && end + 1 < s.count && s[end + 1] &- 0x61 < 26 || s[end] == UInt8(ascii: ".") || s[end] == UInt8(ascii: ",")
                    || s[end] == UInt8(ascii: "?") || s[end] == UInt8(ascii: "!") || s[end] == UInt8(ascii: ";") else { return nil }
            // (Not after a place's preposition, "reading in Philippine schools", "Lawrence of Arabia", "at Shaw-Chapman"; not a
            // double-barrelled word, a firm's as often; not a dish, "eggs Benedict", "a Caesar salad"; not a pronoun, "Anda".)
            guard sentenceStart || !placePrepositionBefore(s, start - 1), !(start >= 4 && lowerEquals(s, start - 3, start - 1, "of")),
                  !(start..<e).contains(where: { s[$0] == UInt8(ascii: "-") }), !dishBeside(s, start, end),
                  subjectPronouns.lookup(s, start, e) == 0, !songVerbBefore(s, start) else { return nil }
            return !otherThanPerson(s, start, e, placeAlso: true) ? 0.55 : nil
        }
        let f = NameGazetteer.flags(s, start, e)
        // Possessive before a noun of what is a person's own: any given name that is no ordinary word, or a
        // word no list knows ("Minghui's leaving do", "Senan's new number").
        if possessive, personalNounAfter(s, end),
           f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 || f == 0 && lowerAfterCapital(s, start, e) { return 0.65 }
        // Before a noun only a person has (a relative, a number, an account, a team): any given name, also one that is a
        // word or a place ("whats Amber's number", "on Ray's account", "joining Victoria's team", "Chinyere's home IP");
        // not a month's or a day's ("May's rent"), nor a famous name's.
        if possessive, f & NameGazetteer.given != 0, f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0,
           personalNounAfter(s, end, nouns: belongingNouns), !isPlaceName(s, start, e), !isFamousName(s, start, e), !isNotName(s, start, e) { return 0.6 }
        if possessive, f & NameGazetteer.given != 0, personalNounAfter(s, end, nouns: ownedByPersonNouns), calendarWords.lookup(s, start, e) == 0,
           !isFamousName(s, start, e), !isNotName(s, start, e) { return 0.6 }
        // Before a verb of speech any given name that is no ordinary word ("Rohan claims she never..."); a
        // possessive alone needs a common one.
        if speechVerb, f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 { return 0.65 }
        // A surname alone opening a sentence, before what only a person does ("Blevins questioned the spend", "Aguilar
        // asked why the repairs were over budget"): a surname of the lists that is no given name, word, place or famous
        // name. (Not before what firms do too: "Siemens reported", "Boeing said".)
        if speechVerb, sentenceStart, !possessive, f & NameGazetteer.surname != 0,
           f & (NameGazetteer.given | NameGazetteer.ambiguous | NameGazetteer.word | NameGazetteer.particle) == 0,
           let n = next, personOnlyVerbAfter(s, n), !otherThanPerson(s, start, e, placeAlso: true) { return 0.55 }
        guard f & NameGazetteer.commonGiven != 0, f & NameGazetteer.ambiguous == 0 else { return nil }
        // A possessive alone is how a shop or a brand is named after its founder ("My jeans are Levi's").
        if possessive, !speechVerb, isFamousName(s, start, end) { return nil }
        return 0.65
    }

    /// The words a firm's name ends in after a surname ("Duncan PLC", "Franklin and Sons"); not the places' ("San", "Lake").
    /// Flag 2: a family firm's word, which may also follow "and", "&", "e", "y", "en" ("Camargo e Filhos").
    static let firmSuffixes = WordTable(["LLC", "Inc", "Ltd", "PLC", "Plc", "LLP", "Corp", "Group", "GmbH", "AG", "SA", "SAS",
                                         "SARL", "Limited", "Pty", "Holdings", "Industries", "Corporation", "Solicitors", "Architects",
                                         "Consulting", "Groep"].map { ($0, 1) }
                                        + ["Sons", "Partners", "Associates", "Co", "Company", "Brothers", "Filhos", "Hijos", "Asociados",
                                           "asociados", "Zonen", "Söhne", "Fils", "Figli", "EIRELI", "EI"].map { ($0, 3) })

    /// After a capitalized word (from `start`, ending at `wordEnd`): the rest of an organisation named after people,
    /// "Duncan PLC", "Lewis LLC", "Franklin and Sons", "Lewis, Miller and Barnes" (three surnames, a firm's
    /// partners, as "Walker, Peterson and Woods have agreed to merge"). Where it ends.
    static func organisationNamedAfter(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int) -> Int? {
        let n = s.count
        guard wordEnd + 3 < n else { return nil }
        func word(_ a: Int) -> Int {
            var b = a
            while b < n, ASCII.isAlpha(s[b]) || s[b] >= 0x80 && s[b] != 0xE2 { b += 1 }
            return b
        }
        if s[wordEnd] == 0x20 {
            var a = wordEnd + 1
            // A legal form written with full stops: "Múgica Céspedes S.L.", "Boulay Merle S.A.R.L.", "Canales S.Coop.".
            if let e = legalFormAt(s, a) { return e }
            // Or after a second surname: "Sauvage Dupont S.A.R.L.", "Ramón Múgica Céspedes S.L.".
            if s[a] &- 0x41 < 26 {
                let b = word(a + 1)
                if b + 1 < n, s[b] == 0x20, let e = legalFormAt(s, b + 1) { return e }
                if b + 1 < n, s[b] == 0x20, s[b + 1] &- 0x41 < 26 || s[b + 1] >= 0xC3 {
                    let c = word(b + 2)
                    if c + 1 < n, s[c] == 0x20, let e = legalFormAt(s, c + 1) { return e }
                }
            }
            // "and Sons", "& Partners", "& Co", "e Filhos", "y asociados", "en Zonen", "- EI"
            if s[a] == UInt8(ascii: "&") && a + 2 < n && s[a + 1] == 0x20 || s[a] == UInt8(ascii: "-") && a + 2 < n && s[a + 1] == 0x20 { a += 2 }
            else if a + 4 < n, s[a] == UInt8(ascii: "a"), s[a + 1] == UInt8(ascii: "n"), s[a + 2] == UInt8(ascii: "d"), s[a + 3] == 0x20 { a += 4 }
            else if a + 2 < n, s[a] == UInt8(ascii: "e") || s[a] == UInt8(ascii: "y"), s[a + 1] == 0x20 { a += 2 }
            else if a + 3 < n, s[a] == UInt8(ascii: "e"), s[a + 1] == UInt8(ascii: "n"), s[a + 2] == 0x20 { a += 3 }
            guard a < n, s[a] &- 0x41 < 26 || s[a] == UInt8(ascii: "a") else { return nil }
            let b = word(a)
            let suffix = b > a && (b == n || !ASCII.isAlnum(s[b])) ? firmSuffixes.lookup(s, a, b) : 0
            // After "and" only the words of a family firm: "Smith and Partners", not "Amy and The Band".
            return suffix & (a > wordEnd + 1 ? 2 : 1) != 0 ? b : nil
        }
        guard s[wordEnd] == UInt8(ascii: ","), s[wordEnd + 1] == 0x20, s[wordEnd + 2] &- 0x41 < 26 else { return nil }
        let a2 = wordEnd + 2, b2 = word(a2 + 1)
        guard b2 + 3 < n, s[b2] == 0x20 else { return nil }
        var a3 = b2 + 1
        if s[a3] == UInt8(ascii: "&"), s[a3 + 1] == 0x20 { a3 += 2 }
        else if a3 + 4 < n, lowerEquals(s, a3, a3 + 4, "and ") { a3 += 4 } else { return nil }
        guard a3 < n, s[a3] &- 0x41 < 26 else { return nil }
        let b3 = word(a3 + 1)
        guard b3 == n || !ASCII.isAlnum(s[b3]) && !(s[b3] == 0x20 && b3 + 1 < n && s[b3 + 1] &- 0x41 < 26) else { return nil }
        // Each a surname, and each either common as one or no given name: "Lakshit, Urvashi and Karan" are people.
        for (a, b) in [(start, wordEnd), (a2, b2), (a3, b3)] {
            let f = NameGazetteer.flags(s, a, b)
            guard f & NameGazetteer.surname != 0, f & NameGazetteer.commonSurname != 0 || f & NameGazetteer.given == 0 else { return nil }
        }
        return b3
    }

    static let voiceAssistants = WordTable(["Alexa", "Siri", "Cortana", "Bixby", "Claude", "Gemini", "Copilot", "Jarvis"].map { ($0, 1) })

    /// The word at `start` (ending at `end`) after "ask", "tell", "remind" or "thank", or after a verb of talking or
    /// arranging and "with" or "to" ("check with", "swap with", "talk to"), and before "about", "to", "that", "for", "if",
    /// "whether", "before", "on", "first", "when", "after", "regarding": whom one talks to ("Check with Pearl before you
    /// book", "Can anyone swap with Daisy on the 14th?").
    static func personVerbObject(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        guard start >= 4, s[start - 1] == 0x20, end + 3 < n, s[end] == 0x20 else { return false }
        var a = start - 1
        while a > 0, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard a == 0 || !ASCII.isAlnum(s[a - 1]) else { return false }
        var verb = lowerEquals(s, a, start - 1, "ask") || lowerEquals(s, a, start - 1, "tell") || lowerEquals(s, a, start - 1, "remind")
            || lowerEquals(s, a, start - 1, "thank") || lowerEquals(s, a, start - 1, "asked") || lowerEquals(s, a, start - 1, "told")
        var phrase = false
        if !verb, a >= 4, s[a - 1] == 0x20, lowerEquals(s, a, start - 1, "with") || lowerEquals(s, a, start - 1, "to") {
            var v = a - 1
            while v > 0, a - 1 - v < 10, s[v - 1] &- 0x61 < 26 || s[v - 1] &- 0x41 < 26 { v -= 1 }
            phrase = (v == 0 || !ASCII.isAlnum(s[v - 1])) && talkingVerbs.lookupLowered(s, v, a - 1) != 0
            verb = phrase
        }
        // Not a voice assistant: "Ask Alexa to set a timer"; not a team: "check with Legal before".
        guard verb, voiceAssistants.lookup(s, start, end) == 0, !phrase || teamWords.lookupLowered(s, start, end) == 0 else { return false }
        var z = end + 1
        while z < n, s[z] &- 0x61 < 26 { z += 1 }
        guard z == n || !ASCII.isAlpha(s[z]) else { return false }
        let w = end + 1
        return wordsAfterVerbObject.lookup(s, w, z) & (phrase ? 2 : 1) != 0
    }
    /// Verbs before "with" or "to" and the one talked to: "check with", "swap with", "speak to", "liaise with".
    static let talkingVerbs = WordTable(["check", "checked", "checking", "swap", "swapped", "swapping", "speak", "speaking", "spoke", "talk",
                                         "talked", "talking", "chat", "chatted", "sync", "synced", "confirm", "confirmed", "liaise",
                                         "liaising", "meet", "met", "meeting", "catch", "caught", "switch", "trade", "coordinate",
                                         "double-check"].map { ($0, 1) })
    /// After the one asked or told (flag 1) or talked with (flag 2): "Ask Pearl about it", "check with Pearl before".
    static let wordsAfterVerbObject = WordTable(["about", "to", "that", "for", "if", "whether"].map { ($0, 3) }
                                                + ["before", "on", "first", "when", "after", "regarding", "re"].map { ($0, 2) })

    /// Before `start`, from its line's start: a time or a range of hours and one space ("08–12 ", "9:00 ", "14.00-18.00 ").
    static func rotaTimeBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20, isDigit(s[start - 2]) else { return false }
        var a = start - 2
        var digits = 0
        while a > 0, start - a < 16, isDigit(s[a - 1]) || s[a - 1] == UInt8(ascii: ":") || s[a - 1] == UInt8(ascii: ".") || s[a - 1] == UInt8(ascii: "-")
                || s[a - 1] == 0x93 || s[a - 1] == 0x80 || s[a - 1] == 0xE2 {
            if isDigit(s[a - 1]) { digits += 1 }
            a -= 1
        }
        guard a == 0 || s[a - 1] == 0x0A else { return false }
        digits += 1
        // Two digits at least and a range or a clock's colon: "08–12", "9:00"; not a list's "3 Eva".
        return digits >= 2 && (a..<(start - 1)).contains { s[$0] == UInt8(ascii: ":") || s[$0] == UInt8(ascii: "-") || s[$0] == 0xE2 || s[$0] == UInt8(ascii: ".") }
    }

    /// The legal forms of firms written with full stops (and a few without), at `a`: where it ends.
    static func legalFormAt(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> Int? {
        let n = s.count
        guard a + 2 <= n, ASCII.isAlpha(s[a]) else { return nil }
        var b = a
        var stops = false
        while b < n, ASCII.isAlpha(s[b]) || s[b] >= 0x80 || s[b] == UInt8(ascii: ".") || s[b] == UInt8(ascii: "&") { stops = stops || s[b] == UInt8(ascii: "."); b += 1 }
        guard b - a >= 2, b - a <= 10, stops || b - a <= 4, b == n || !ASCII.isAlnum(s[b]) else { return nil }
        // The form's own full stop may also end the sentence: "S.A.." is "S.A." and a stop.
        for u in legalForms where b - a >= u.count {
            if u.indices.allSatisfy({ s[a + $0] == u[$0] }), a + u.count == b || b - (a + u.count) == 1 && s[b - 1] == UInt8(ascii: ".") {
                return a + u.count
            }
        }
        return nil
    }

    static let legalForms: [[UInt8]] = ["S.A.R.L.", "S.Coop.", "S.L.U.", "S.L.L.", "S.L.N.E", "S.A.T.", "S.Com.", "S.R.L.", "S.p.A.", "S.A.S.",
                                        "S.A.", "S.L.", "S.C.", "Ltda.", "N.V.", "B.V.", "e.K.", "S.r.l.", "L.L.C.", "Inc.", "Ltd.", "Co.",
                                        "Corp.", "Cía.", "SARL", "SAS", "SpA", "Srl", "Ltda", "Hnos."].map { Array($0.utf8) }

    /// Nouns of who a person is to someone, after "my", "her", "our"... : "her husband Nonso", "my cousin Ariki".
    static let relationNouns = WordTable([
        "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "mum", "mom", "dad", "cousin", "uncle",
        "aunt", "auntie", "niece", "nephew", "grandson", "granddaughter", "grandma", "grandpa", "grandmother", "grandfather",
        "partner", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee", "colleague", "neighbour", "neighbor",
        "friend", "boss", "flatmate", "roommate", "housemate", "stepson", "stepdaughter", "stepmother", "stepfather", "twin",
        "baby", "kid", "child", "godson", "goddaughter", "cleaner", "nanny", "babysitter", "tutor", "coach", "mate", "bestie",
    ].map { ($0, 1) })
    static let rolesAlsoVerbs = WordTable(["host", "lead", "contact", "guide", "chair", "captain", "coach", "mentor", "sponsor",
                                           "trainer", "server", "buddy", "maker", "chaperone", "cater", "caterer"].map { ($0, 1) })
    /// Roles a person fills, in small letters, before "is", "was" or "will be" and their name: "Your stylist today was
    /// Guy", "Decision maker is Purity Korir", "the owner is now Sue".
    static let personRoleNouns = WordTable([
        "stylist", "hairdresser", "barber", "driver", "nurse", "doctor", "gp", "therapist", "physio", "physiotherapist", "counsellor",
        "counselor", "tutor", "teacher", "coach", "instructor", "trainer", "mentor", "buddy", "host", "contact", "owner", "manager",
        "lead", "rep", "agent", "technician", "engineer", "advisor", "adviser", "consultant", "caseworker", "dentist", "surgeon",
        "midwife", "guide", "courier", "cleaner", "plumber", "electrician", "landlord", "landlady", "maker", "organiser", "organizer",
        "chair", "captain", "supervisor", "interviewer", "recruiter", "assignee", "approver", "reviewer", "sponsor", "waiter",
        "waitress", "server", "pharmacist", "carer", "caregiver", "nanny", "babysitter", "chaperone", "receptionist", "secretary",
        "treasurer", "examiner", "invigilator", "translator", "interpreter", "photographer", "officiant", "celebrant", "caterer",
    ].map { ($0, 1) })

    /// Before `start`: a role of `personRoleNouns`, maybe "today", "now", "this week" or "here", and "is", "was", "will be"
    /// or "has been" ("Your stylist today was ", "Decision maker is ").
    static func roleCopulaBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 8, s[start - 1] == 0x20 else { return false }
        // The words before, right to left, in small letters.
        func wordBefore(_ e: Int) -> Int? { smallWordBefore(s, e, maxLength: 17) }
        var e = start - 1
        guard var a = wordBefore(e) else { return false }
        // "is now Sue", "is still Ruth".
        if lowerEquals(s, a, e, "now") || lowerEquals(s, a, e, "still") {
            guard a >= 2, s[a - 1] == 0x20, let w = wordBefore(a - 1) else { return false }
            e = a - 1; a = w
        }
        if lowerEquals(s, a, e, "be") || lowerEquals(s, a, e, "been") {
            guard a >= 2, s[a - 1] == 0x20, let w = wordBefore(a - 1), lowerEquals(s, w, a - 1, "will") || lowerEquals(s, w, a - 1, "has")
                || lowerEquals(s, w, a - 1, "'ll") else { return false }
            e = w - 1
        } else if lowerEquals(s, a, e, "is") || lowerEquals(s, a, e, "was") {
            e = a - 1
        } else { return false }
        guard e >= 3, s[e] == 0x20, var r = wordBefore(e) else { return false }
        var re = e
        if lowerEquals(s, r, re, "today") || lowerEquals(s, r, re, "now") || lowerEquals(s, r, re, "here") || lowerEquals(s, r, re, "tonight") {
            guard r >= 2, s[r - 1] == 0x20, let r2 = wordBefore(r - 1) else { return false }
            re = r - 1; r = r2
        }
        return personRoleNouns.lookup(s, r, re) != 0
    }



    /// Before `start`: a relation noun after a possessive, "my cousin ", "her husband ", "our neighbour ", "Ana's brother ".
    static func relationBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 6, s[start - 1] == 0x20 else { return false }
        let e = start - 1
        var a = e
        while a > 0, e - a <= 14, s[a - 1] &- 0x61 < 26 || s[a - 1] >= 0x80 { a -= 1 }
        // Capitalized, opening a sentence or a line, the relation is the writer's: "Notes: interested. Wife Justin handles the paperwork".
        if e - a >= 2, a >= 1, s[a - 1] &- 0x41 < 26, relationNouns.lookupLowered(s, a - 1, e) != 0 {
            let c = a - 1
            return c == 0 || s[c - 1] == 0x0A || c >= 2 && s[c - 1] == 0x20
                && (s[c - 2] == UInt8(ascii: ".") || s[c - 2] == UInt8(ascii: "!") || s[c - 2] == UInt8(ascii: "?") || s[c - 2] == UInt8(ascii: ":"))
        }
        guard e - a >= 3, a >= 3, s[a - 1] == 0x20, relationNouns.lookup(s, a, e) != 0 else { return false }
        let d = a - 1
        if s[d - 1] == UInt8(ascii: "s"), s[d - 2] == UInt8(ascii: "'") || s[d - 2] == 0x99 { return true }
        var b = d
        while b > 0, d - b <= 5, ASCII.isAlpha(s[b - 1]) { b -= 1 }
        guard b == 0 || !ASCII.isAlnum(s[b - 1]) else { return false }
        switch d - b {
        case 2: return lowerEquals(s, b, d, "my")
        case 3: return lowerEquals(s, b, d, "her") || lowerEquals(s, b, d, "his") || lowerEquals(s, b, d, "our")
        case 4: return lowerEquals(s, b, d, "your")
        case 5: return lowerEquals(s, b, d, "their")
        default: return false
        }
    }

    /// The word ending at `e` (before a space) is in lower case, or a comma ends it: "Did Aditya",
    /// "reviewed Samir", "Ok, Samir"; not "San Sebastián", "Lake Louise", "Reggio Emilia".
    @inline(__always) static func lowerCaseWordBefore(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        guard e >= 1 else { return false }
        if s[e - 1] == UInt8(ascii: ",") { return true }
        var a = e
        while a > 0, e - a < 24, s[a - 1] &- 0x61 < 26 || s[a - 1] >= 0x80 { a -= 1 }
        guard a < e, a == 0 || !ASCII.isAlpha(s[a - 1]) else {
            // A verb opening the sentence: "Did Aditya ...", "Ask Thiago ...".
            guard a > 0, s[a - 1] &- 0x41 < 26 else { return false }
            let w = a - 1
            let sentenceStart = w == 0 || s[w - 1] == 0x0A
                || w >= 2 && s[w - 1] == 0x20 && (s[w - 2] == UInt8(ascii: ".") || s[w - 2] == UInt8(ascii: "!") || s[w - 2] == UInt8(ascii: "?"))
                // A list's item: "- Did Raghav ever get back to you?".
                || w >= 2 && (s[w - 2] == UInt8(ascii: "-") || s[w - 2] == UInt8(ascii: "*") || s[w - 2] == 0xA2) && listItemBefore(s, w)
            guard sentenceStart, e - w <= 8 else { return false }
            return sentenceOpeners.lookupLowered(s, w, e) != 0
        }
        return s[a] &- 0x61 < 26
    }

    /// The word ending at `e` (before a space) is one of `placePrepositions`: "in Florence", "near Charlotte".
    @inline(__always) static func placePrepositionBefore(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        var a = e
        while a > 0, e - a < 9, s[a - 1] &- 0x61 < 26 || s[a - 1] >= 0x80 { a -= 1 }
        guard e > a, a == 0 || !ASCII.isAlpha(s[a - 1]) else { return false }
        return placePrepositions.lookup(s, a, e) != 0
    }

    /// Words of a journey before "to", "from" or "via": "Flights to Charlotte", "the train from Florence".
    static let journeyWords = WordTable((journeyAndTravelWords + ["buses", "coach", "ferries", "trips", "travelled", "traveled", "fares",
                                                                  "routes", "roads", "journey", "shipping", "delivery", "deliveries",
                                                                  "relocated"]).map { ($0, 1) })

    /// A place's name that is also a given name, after a journey's word and "to", "from" or "via" ("Flights to Charlotte",
    /// "trains from Florence"), or after one joined by "and" ("to Charlotte and Austin"): a place, no person.
    static func journeyBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // (The words before first, two to four small letters: most capitalized words follow no "to", "from", "via" or "and";
        // the place lists are asked last.)
        guard start >= 6, s[start - 1] == 0x20, s[start - 2] &- 0x61 < 26, s[start - 3] &- 0x61 < 26 else { return false }
        var e = start - 1
        var a = e
        while a > 0, e - a < 5, s[a - 1] &- 0x61 < 26 { a -= 1 }
        guard a < e, a >= 2, s[a - 1] == 0x20 else { return false }
        if lowerEquals(s, a, e, "and") {
            // "to Charlotte and Austin": the place before "and" after a journey's preposition.
            var z = a - 1
            var w = z
            while w > 0, z - w < 20, ASCII.isAlpha(s[w - 1]) || s[w - 1] >= 0x80 { w -= 1 }
            guard w < z, s[w] &- 0x41 < 26 || s[w] >= 0xC3 else { return false }
            z = w
            return journeyBefore(s, z, a - 1)
        }
        guard lowerEquals(s, a, e, "to") || lowerEquals(s, a, e, "from") || lowerEquals(s, a, e, "via") else { return false }
        e = a - 1
        a = e
        while a > 0, e - a < 12, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        return a < e && (a == 0 || !ASCII.isAlnum(s[a - 1])) && journeyWords.lookupLowered(s, a, e) != 0
            && (isPlaceName(s, start, end) || isPlaceAlsoName(s, start, end))
    }

    /// Verbs and auxiliaries that open a sentence before a person: "Did Aditya reply?", "Ask Thiago".
    static let sentenceOpeners = WordTable(["did", "does", "do", "ask", "tell", "has", "have", "had", "is", "was", "can", "could", "will",
                                            "would", "should", "call", "ping", "email", "text", "remind", "let", "told", "asked"].map { ($0, 1) })

    /// Short words that follow a person opening a sentence: "Layla is out", "Xiaoling in accounts",
    /// "Harpreet here", "Santiago from the warehouse".
    static let wordsAfterName = WordTable(["is", "was", "has", "had", "will", "here", "from", "in", "and", "says", "said", "can",
                                           "cannot", "can't", "won't", "isn't", "wasn't", "hasn't", "asked", "wants", "needs", "thinks",
                                           "knows", "left", "joined", "starts", "started", "got", "gets", "won", "moved", "passed",
                                           // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Indonesian, Turkish.
                                           "ist", "hat", "war", "sagt", "kommt", "est", "dit", "vient", "dice", "dijo", "viene",
                                           "ha", "mi", "disse", "diz", "vem", "heeft", "zegt", "komt", "jest", "bilang", "sudah",
                                           "abi",
                                           // Swedish, Polish, French, Spanish, German, Dutch, Indonesian, Turkish: "Ebba säger", "Ola mówi".
                                           "säger", "sa", "frågar", "mówi", "pyta", "sera", "était", "va", "estaba", "era", "wird",
                                           "zal", "gaat", "akan", "udah", "diyor", "dedi", "geliyor",
                                           // What a person does, in the same languages: "Martino Condoleo arriva domani", "Samu Bonilla
                                           // llega mañana", "Rael Pastor ligou ontem", "Natasza Dyszkiewicz pisze".
                                           "arriva", "chiama", "scrive", "vuole", "lavora", "abita", "torna", "manda", "porta", "chiede",
                                           "deve", "sarà", "llega", "llama", "llamó", "llegó", "escribe", "quiere", "trabaja", "vive",
                                           "tiene", "necesita", "envió", "ligou", "chega", "chegou", "escreveu", "quer", "trabalha", "mora",
                                           "volta", "pediu", "mandou", "precisa", "arrive", "appelle", "viendra", "envoie", "demande",
                                           "habite", "pense", "veut", "peut", "doit", "ruft", "schickt", "fragt", "meint", "wohnt", "kam",
                                           "rief", "bringt", "braucht", "möchte", "kann", "muss", "belt", "schreef", "stuurt", "werkt",
                                           "woont", "vraagt", "belde", "kwam", "moet", "pisze", "pracuje", "mieszka", "dzwoni", "prosi",
                                           "chce", "dzwonił", "napisał", "aradı", "yazdı", "istiyor", "gelecek", "geldi", "datang",
                                           "bekerja", "tinggal", "kommer", "ringde", "skrev", "jobbar"].map { ($0, 1) })

    /// Dishes named after people: the word in small letters before or after names the dish ("pizza Margherita",
    /// "eggs Benedict", "Caesar salad", "peach Melba").
    static let dishWords = WordTable(["pizza", "eggs", "egg", "salad", "sauce", "cocktail", "sandwich", "cake", "pie", "soup",
                                      "dressing", "tart", "chicken", "steak", "pasta", "burger", "peach", "pudding", "biscuits",
                                      "toast", "beef", "veal", "potatoes", "huevos", "salsa", "ensalada", "salade", "crêpes", "crepes", "crêpe", "crepe"].map { ($0, 1) })
    /// "played Jolene", "sang Delilah", "sings Valerie": a song's title after the verb.
    static func songVerbBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 4, s[start - 1] == 0x20, let a = smallWordBefore(s, start - 1, maxLength: 8) else { return false }
        return songVerbs.lookup(s, a, start - 1) != 0
    }
    static let songVerbs = WordTable(["played", "plays", "sang", "sings", "sing", "singing", "covered"].map { ($0, 1) })
    static func dishBeside(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if end + 2 < s.count, s[end] == 0x20 {
            // (Also in brackets: "Caesar (salad)".)
            let a = s[end + 1] == UInt8(ascii: "(") ? end + 2 : end + 1
            var k = a
            while k < s.count, k - a <= 10, s[k] &- 0x61 < 26 { k += 1 }
            if dishWords.lookup(s, a, k) != 0 { return true }
        }
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        var a = start - 1
        while a > 0, start - 1 - a < 12, s[a - 1] &- 0x61 < 26 || s[a - 1] >= 0x80 { a -= 1 }
        return dishWords.lookup(s, a, start - 1) != 0
    }

    /// At `n`, after a name: one of `wordsAfterName`, "to" (an action item's "Priya to demo") or a verb of `verbsAfterName`.
    static func verbAfterLabelledName(_ s: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        if shortWordAfterName(s, n) { return true }
        var k = n
        while k < s.count, k - n <= 12, s[k] &- 0x61 < 26 { k += 1 }
        guard k == s.count || !ASCII.isAlpha(s[k]) else { return false }
        // Or a verb's "-ing": "Confirmed: Priya collecting the keys".
        return wordsAfterLabelledName.lookup(s, n, k) != 0 || k - n >= 4 && k - n <= 11 && verbsAfterName.lookup(s, n, k) != 0
            || isIngWord(s, n, k)
    }
    /// Prepositions, conjunctions and auxiliaries after a labelled name: "Seating plan: Kalani next to Rahim", "Action: Bo to send".
    static let wordsAfterLabelledName = WordTable(["to", "next", "by", "and", "or", "with", "on", "at", "for", "via", "please", "pls",
                                                   "also", "too", "still", "just", "not", "would", "should", "could", "may", "might",
                                                   "must", "did", "does", "didn't", "doesn't", "needs", "wants", "owes", "leads",
                                                   "covers", "brings", "takes", "handles", "sends", "confirmed", "agreed", "met", "saw", "got", "ran", "won"].map { ($0, 1) })

    @inline(__always) static func shortWordAfterName(_ s: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
        var k = n
        while k < s.count, k - n < 9, s[k] &- 0x61 < 26 || s[k] == UInt8(ascii: "'") || s[k] >= 0x80 && s[k] != 0xE2 && s[k] != 0xF0 { k += 1 }
        guard k - n >= 2, k - n <= 8, k == s.count || !ASCII.isAlpha(s[k]) && s[k] < 0x80 else { return false }
        return wordsAfterName.lookup(s, n, k) != 0
    }

    /// "According to" in other languages ("Laut Tino ist das Meeting verschoben", "Selon Inès, c'est reporté"), as cues.
    static let accordingToCues: [(String, UInt8)] = accordingToWords.map { ($0, 1) }

    /// Words after which one known given name is a name: greetings, sign-offs and verbs ("thanks
    /// Amy", "called Amy"), and labels before a colon ("Name: Amy", "Tenant: Amy"). Lower-case.
    static let singleNameCues = WordTable([
        "thanks", "thank", "thx", "hi", "hello", "hey", "dear", "called", "emailed", "asked", "ask", "told", "tell", "ping", "pinged",
        "cc", "met", "contacted", "phoned", "texted", "messaged", "invited", "hired", "introduced", "meet", "cheers",
        "regards", "best", "love", "sincerely", "signed", "yours", "congrats", "congratulations", "welcome", "bye", "morning",
        "afternoon", "evening", "sorry", "attn", "dearest", "greetings", "per", "message", "cardholder", "consignee", "chase",
        // How Indonesian and Malay address people ("Yth. Bapak Yoga", "Kak Budi", "Mas Ayu"), and Italian titles.
        "bapak", "pak", "ibu", "bu", "kak", "mas", "mbak", "avvocato", "avvocata", "dottor", "dottoressa", "signor",
        // "Contact Isla on 07263 930740", "remind Tariq", and a rota's days: "Mon Aminu, Tue Bisi".
        // Whom one collects or brings: "tu peux récupérer Heba à l'école", "możesz odebrać Zofia", "kannst du Lena abholen".
        "récupérer", "chercher", "amener", "emmener", "odebrać", "abholen", "ophalen", "recoger", "buscar", "prendere", "hämta", "jemput",
        "contact", "remind", "reminded", "ring", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "sat", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miércoles",
        "jueves", "viernes", "sábado", "domingo",
        // A rota's days in Indonesian, German, French, Dutch, Italian, Portuguese, Turkish: "Senin Budi, Selasa Ani".
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "maandag", "dinsdag",
        "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
        "sabato", "segunda", "terça", "quarta", "quinta", "sexta", "pazartesi", "salı", "çarşamba", "perşembe", "cuma",
        "cumartesi", "pazar",
    ].map { ($0, 1) } + accordingToCues + [
        // Before a space and before a colon: "User Kealoha connected from ...".
        "user",
    ].map { ($0, 3) } + [
        "name", "contact", "customer", "patient", "client", "employee", "owner", "author", "from", "to", "cc", "attn",
        "assignee", "reviewer", "tenant", "landlord", "driver", "agent", "technician", "nurse", "doctor", "physician",
        "manager", "sender", "recipient", "signed", "signature", "signatory", "witness", "spouse", "guardian", "member", "requester", "reporter",
        "host", "speaker", "buyer", "seller", "student", "teacher", "candidate", "applicant", "passenger", "guest", "caller",
        "rep", "representative", "contractor", "beneficiary", "holder", "by", "attendee", "attendees", "participant",
        "attendance", "guests", "present",
        // Who was at a meeting, as minutes in other languages write it (Indonesian, Turkish, Dutch, German, French,
        // Spanish, Portuguese, Italian, Swedish, Polish).
        "hadir", "peserta", "katılanlar", "katılımcılar", "aanwezig", "aanwezigen", "deelnemers", "anwesend", "teilnehmer",
        "présents", "presents", "participants", "presentes", "asistentes", "participantes", "presenti", "partecipanti",
        "närvarande", "deltagare", "obecni", "uczestnicy",
    ].map { ($0, 2) })

    /// The word before `start` (past one space, or a colon and spaces) is one of `singleNameCues`:
    /// a greeting or verb (1) before a space, a label (2) before a colon. Compared lower-cased.
    static func singleNameCueBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var e = start
        while e > 0, e > start - 4, s[e - 1] == 0x20 || s[e - 1] == 0x0A { e -= 1 }
        guard e > 0, e < start else { return false }
        var kind: UInt8 = 1
        // "w/ Baraka": with, as notes write it.
        if e >= 2, e < start, s[e - 1] == UInt8(ascii: "/"), s[e - 2] | 0x20 == UInt8(ascii: "w"), e == 2 || !ASCII.isAlnum(s[e - 3]) { return true }
        if s[e - 1] == UInt8(ascii: ":") { kind = 2; e -= 1 } else if s[e - 1] == UInt8(ascii: ",") { e -= 1 }
        // "Hi, it's Lily": who is speaking.
        if kind == 1, e >= 4, s[e - 1] == UInt8(ascii: "s"), s[e - 2] == UInt8(ascii: "'") || s[e - 2] == 0x99,
           s[e - 2] == UInt8(ascii: "'") ? lowerEquals(s, e - 4, e - 2, "it") && (e == 4 || !ASCII.isAlpha(s[e - 5]))
                                         : e >= 6 && s[e - 3] == 0x80 && s[e - 4] == 0xE2 && lowerEquals(s, e - 6, e - 4, "it") && (e == 6 || !ASCII.isAlpha(s[e - 7])) {
            return true
        }
        var a = e
        // (Letters outside ASCII too: "récupérer Heba", "odebrać Zofia".)
        while a > 0, e - a <= 16, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        guard e - a >= 2, e - a <= 16, a == 0 || !ASCII.isAlnum(s[a - 1]) else { return false }
        // "ask for Diogo at the door", "asking for Priya", "wait for Tomasz".
        if kind == 1, e - a == 3, lowerEquals(s, a, e, "for"), a >= 4, s[a - 1] == 0x20 {
            var w = a - 1
            while w > 0, a - 1 - w < 7, ASCII.isAlpha(s[w - 1]) { w -= 1 }
            return lowerEquals(s, w, a - 1, "ask") || lowerEquals(s, w, a - 1, "asked") || lowerEquals(s, w, a - 1, "asking")
                || lowerEquals(s, w, a - 1, "wait") || lowerEquals(s, w, a - 1, "waiting")
        }
        return singleNameCues.lookupLowered(s, a, e) & kind != 0
    }

    /// Does the gazetteer know a word of the run as a given name or surname that is no ordinary word?
    static func knownNameWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            let f = nameFlags(s, a, b).flags
            if f & (NameGazetteer.given | NameGazetteer.surname) != 0 && f & NameGazetteer.ambiguous == 0 { return true }
            a = b + 1
        }
        return false
    }

    /// After a name ending at `end`: ", " or " and " or " & " and a run of two or more capitalized
    /// words that is no street or organisation, the next name of a list. Its range, or nil.
    /// The words that join the last items of a list of people, in the languages lists are written in: "and", "or",
    /// "und", "oder", "et", "ou", "y", "e", "lub", "ve", "veya", "och", "eller", "og", "ja", "dan". (Not the "i", "a", "en",
    /// "of" and "o" that are also "in", "to", "the" or "of" elsewhere: "Emil i Lönneberga".)
    static let listConjunctions = WordTable(["and", "or", "und", "oder", "et", "ou", "y", "e", "lub", "ve", "veya",
                                             "och", "eller", "og", "ja", "dan"].map { ($0, 1) })

    /// After a name ending at `end`: ", ", a conjunction between spaces (", and ", " or ", " ja "), " & ", " / " or " <> ". Where
    /// the next item starts (`end` itself when none of these follows).
    static func listSeparatorEnd(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        let n = s.count
        var a = end
        if a + 2 < n, s[a] == UInt8(ascii: ","), s[a + 1] == 0x20 { a += 2 }
        let k = a == end ? a + 1 : a
        if a + 3 < n, a == end, s[a] == 0x20, s[a + 1] == UInt8(ascii: "&") || s[a + 1] == UInt8(ascii: "/"), s[a + 2] == 0x20 { return a + 3 }
        // (A calendar's pair: "Priya <> Tomasz catch-up".)
        if a + 4 < n, a == end, s[a] == 0x20, s[a + 1] == UInt8(ascii: "<"), s[a + 2] == UInt8(ascii: ">"), s[a + 3] == 0x20 { return a + 4 }
        guard a == end ? a + 2 < n && s[a] == 0x20 : true else { return a }
        var e = k
        while e < n, e - k < 6, s[e] &- 0x61 < 26 { e += 1 }
        if e > k, e + 1 < n, s[e] == 0x20, listConjunctions.lookup(s, k, e) != 0 { return e + 1 }
        return a
    }

    static func listedName(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        let n = s.count
        let a = listSeparatorEnd(s, end)
        guard a > end, a < n, s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { return nil }
        let (words, runEnd) = nameRun(s, a)
        // Not a street and its house number after a name: "Preeti Trivedi, Im Winkel 96a, 51085 Köln".
        guard !(runEnd + 1 < n && s[runEnd] == 0x20 && isDigit(s[runEnd + 1])) else { return nil }
        guard words >= 2, endsToken(s, runEnd) || runEnd < n && s[runEnd] == UInt8(ascii: "."),
              let e = nameRunEnd(s, a, runEnd, strong: false) else { return nil }
        return (a, e)
    }

    /// Before a name starting at `start`: the names of two to four capitalized words listed before it, each item ending at
    /// ", ", a conjunction between spaces or " & " (the mirror of `listedName`): "Feargal Brown, Phebe England and Jack
    /// Hussain will cover the stall", read at "Jack Hussain". None starts before `floor` (the last finding's end). In order.
    static func listedNamesBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, floor: Int) -> [(Int, Int)] {
        var items: [(Int, Int)] = []
        var z = start
        while items.count < 6, z >= floor + 4, s[z - 1] == 0x20 {
            // The separator before z: ", ", " and ", ", and ", " & ".
            var sep = z - 1
            if s[z - 2] == UInt8(ascii: ",") { sep = z - 2 }
            else if s[z - 2] == UInt8(ascii: "&"), z >= 3, s[z - 3] == 0x20 { sep = z - 3 }
            else {
                guard let w = smallWordBefore(s, z - 1, maxLength: 6), w > floor, s[w - 1] == 0x20, listConjunctions.lookup(s, w, z - 1) != 0 else { break }
                sep = w - 1
                if sep > floor, s[sep - 1] == UInt8(ascii: ",") { sep -= 1 }
            }
            // The item's words, back from the separator: capitalized words between single spaces.
            var starts: [Int] = []
            var e = sep
            while starts.count < 4, e > floor {
                var a = e
                while a > floor, e - a < 40, s[a - 1] != 0x20, s[a - 1] != 0x0A, s[a - 1] != UInt8(ascii: ","), s[a - 1] != UInt8(ascii: ":"),
                      s[a - 1] != UInt8(ascii: "("), s[a - 1] != UInt8(ascii: "\t") { a -= 1 }
                guard a < e, s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { break }
                starts.append(a)
                guard a > floor + 1, s[a - 1] == 0x20 else { break }
                e = a - 1
            }
            // The longest run of two words or more that reads as a name and ends at the separator.
            var item: (Int, Int)?
            for a in starts.dropFirst().reversed() {
                let (words, runEnd) = nameRun(s, a)
                guard words >= 2, runEnd == sep, nameRunEnd(s, a, runEnd, strong: false) == sep else { continue }
                // Its first word a given name of the lists or a word no list holds, and no famous name: not "Welcome
                // Aboard, Lihua Liu!", "films like Forrest Gump and Amélie".
                var w = a
                while w < sep, s[w] != 0x20 { w += 1 }
                let f = NameGazetteer.flags(s, a, w)
                guard f & NameGazetteer.given != 0 && f & NameGazetteer.word == 0 || f == 0 && unlistedNameShape(s, a, w),
                      singleNameCues.lookupLowered(s, a, w) == 0, !isFamousName(s, a, sep) else { continue }
                item = (a, sep)
                break
            }
            guard let found = item else { break }
            items.append(found)
            z = found.0
        }
        return items.reversed()
    }

    /// s[start..<end] and the word after " <> ", a conjunction or " & " are both given names of the lists that are no word, no
    /// ambiguous name and nothing other than a person.
    static func givenPairAfter(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        let a = listSeparatorEnd(s, end)
        guard a > end, a < n, s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { return false }
        let (words, e) = nameRun(s, a)
        guard words == 1, e - a >= 3, e == n || !ASCII.isAlnum(s[e]) && s[e] != UInt8(ascii: "'") && s[e] != UInt8(ascii: "-") else { return false }
        func plainGiven(_ x: Int, _ y: Int) -> Bool {
            let f = NameGazetteer.flags(s, x, y)
            return f & NameGazetteer.given != 0 && f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0 && !otherThanPerson(s, x, y, placeAlso: true)
        }
        return plainGiven(start, end) && plainGiven(a, e) && !isFamousName(s, start, e)
    }

    /// After a single name ending at `end`: ", ", " and ", ", and " or " & " and one capitalized word that no
    /// list marks an ordinary word, ending the list's item: the next name of a list of first names
    /// ("Attendance: Shirin, Kiele, Yaroslav present", "Liezl next to Aishwarya, Ishita by the window").
    /// A given name the lists know, or a word no list knows at all; never a surname alone ("Charlotte,
    /// Raleigh"), a place or an organisation's word. Its range, or nil.
    static func listedFirstName(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        let n = s.count
        let a = listSeparatorEnd(s, end)
        guard a > end, a < n, s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { return nil }
        let (words, e) = nameRun(s, a)
        guard words == 1, e - a >= 3, e - a <= 16, e == n || s[e] == 0x20 || s[e] == UInt8(ascii: ",") || s[e] == UInt8(ascii: ".")
                || s[e] == UInt8(ascii: ";") || s[e] == 0x0A || s[e] == UInt8(ascii: ")"),
              lowerAfterCapital(s, a, e), !isNotName(s, a, e), !isHonorific(s, a, e),
              nameStopWords.lookup(s, a, e) == 0 else { return nil }
        let f = NameGazetteer.flags(s, a, e)
        guard f == 0 || f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 else { return nil }
        return (a, e)
    }

    /// Verbs after a name in lower case that opens a message: the speech verbs and a few of coming and going,
    /// in the languages chats are written in ("ilaria arrive dans 10 min", "kai says the delivery...").
    static let verbsAfterLowerName = WordTable(verbsAfterNameWords.map { ($0, 1) } + [
        "is", "was", "will", "has", "can", "cant", "just", "arrive", "arrives", "arriving", "arriva", "llega", "kommt", "komt",
        "are", "and", "isn't", "isnt", "wasn't", "won't", "can't", "didn't", "doesn't", "left", "got", "sent", "took", "gave",
        "made", "did", "needs", "wants", "already", "around", "from", "here", "back", "should", "would", "could", "might",
        "knows", "thinks", "keeps", "hasn't", "had", "still", "never", "also", "says", "said", "went", "came", "cancelled",
        "get", "go", "come", "know", "reply", "send", "call", "pls", "plz", "please", "coming", "going",
        "chega", "vient", "viene", "ist", "est", "è", "está", "heeft", "hat", "sagt", "dit", "dice", "disse", "zegt",
    ].map { ($0, 1) })

    /// At `start`, after " .. " or more dots after a label of `personLabels` or "Signature" (a typed or OCR'd form's leader:
    /// "Name ....... JUNG YE-JIN"): where the name ends, one to four words of letters to the line's end.
    static func nameAfterLeader(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var k = start - 1
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        var d = k
        while d > 0, k - d < 40, s[d - 1] == UInt8(ascii: ".") { d -= 1 }
        guard k - d >= 2, d >= 3, s[d - 1] == 0x20 else { return nil }
        var b = d - 1
        while b > 0, s[b - 1] == 0x20 { b -= 1 }
        var a = b
        while a > 0, b - a < 12, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard a < b, a == 0 || s[a - 1] == 0x0A || s[a - 1] == 0x20,
              personLabels.lookupLowered(s, a, b) != 0 || lowerEquals(s, a, b, "signature") else { return nil }
        let n = s.count
        var e = start
        while e < n, s[e] != 0x0A, s[e] != 0x0D, e - start <= 48 {
            let c = s[e]
            guard ASCII.isAlpha(c) || c >= 0x80 || c == 0x20 || c == UInt8(ascii: "-") || c == UInt8(ascii: "'") else { return nil }
            e += 1
        }
        guard e == n || s[e] == 0x0A || s[e] == 0x0D else { return nil }
        while e > start, s[e - 1] == 0x20 { e -= 1 }
        let words = (start..<e).reduce(1) { $0 + (s[$1] == 0x20 ? 1 : 0) }
        guard e - start >= 3, words <= 4, s[start] &- 0x41 < 26 || s[start] >= 0xC3, !isFamousName(s, start, e) else { return nil }
        return e
    }

    /// After a label's ": " at `i`, whatever the label: a roll of three to eight names of one or two words each (a surname
    /// may have its particles), between ", " and a last conjunction, closing the line or the sentence: "Laget på lördag:
    /// Hall, Davidsson, Koya, Westman.", "Opstelling zaterdag: van Velzen, Lamore, Laenen." Most items names the lists hold
    /// (no ordinary word), none a place, famous name, team or day. The items' ranges, or nil.
    static func nameRollAfterLabel(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> [(Int, Int)]? {
        let n = s.count
        // The items' ranges first (the cheap part: most label values are no roll), then their words.
        var items: [(Int, Int)] = []
        var k = i
        var closed = false
        while items.count < 8 {
            let a = k
            if let p = particlesEnd(s, k) { k = p }
            guard k < n, s[k] &- 0x41 < 26 || s[k] >= 0xC3 else { return nil }
            let (words, e) = nameRun(s, k)
            guard words >= 1, words <= 2, e < n || items.count >= 2 else { return nil }
            items.append((a, e))
            guard e < n else { closed = true; break }
            // The separator (", ", a conjunction, " & "); the roll's end: '.', ';', a line's end.
            let next = listSeparatorEnd(s, e)
            if next > e { k = next; continue }
            guard s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: ";") || s[e] == 0x0A || s[e] == 0x0D else { return nil }
            closed = true
            break
        }
        guard closed, items.count >= 3 else { return nil }
        // Each word of each item: no ordinary word, place, famous name, team or day; most items names the lists hold.
        var known = 0
        for (a, e) in items {
            var w = particlesEnd(s, a) ?? a
            var itemKnown = false
            while w < e {
                var z = w
                while z < e, s[z] != 0x20 { z += 1 }
                guard z - w >= 2, !otherThanPerson(s, w, z, placeAlso: false), functionWords.lookupLowered(s, w, z) == 0,
                      calendarWords.lookup(s, w, z) == 0 else { return nil }
                let f = NameGazetteer.flags(s, w, z)
                guard f & NameGazetteer.word == 0 || f & (NameGazetteer.given | NameGazetteer.surname) != 0 else { return nil }
                if f & (NameGazetteer.given | NameGazetteer.surname) != 0, f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0 { itemKnown = true }
                w = z + 1
            }
            if itemKnown { known += 1 }
        }
        guard known >= 2, known * 2 >= items.count else { return nil }
        return items
    }

    /// Labels whose value is a person's name: "Name:", "Customer:", "Patient:".
    static let personLabels = WordTable(["name", "customer", "patient", "client", "contact", "tenant", "guest", "employee", "applicant",
                                         "attendee", "passenger", "caller", "student", "pupil", "member", "recipient", "sender",
                                         "cardholder", "holder", "nom", "nombre", "nome", "naam", "imię", "nazwisko", "ad", "isim",
                                         "nama"].map { ($0, 1) })

    /// A given name in small letters alone on its line under a closing: "Cheers,\namy", "Yours sincerely,\nmaria". A name of
    /// the lists that is no ordinary word, place or famous name ("Thanks,\nteam" is none). Where it ends.
    static func lowerCaseSignature(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Int? {
        guard e - i >= 3, e - i <= 16, i >= 4, aloneUnderClosing(s, i, e) else { return nil }
        let f = NameGazetteer.flags(s, i, e)
        guard f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, functionWords.lookup(s, i, e) == 0,
              !otherThanPerson(s, i, e, placeAlso: true) else { return nil }
        return e
    }

    /// At `i`, after "Label: " where the label names people (maybe "Full name", "Customer name"): the value in small
    /// letters, one to three words ("Customer: reto gruber", "Name: amara okafor"), the first no function word and no
    /// ordinary word unless the lists hold it as a name. Where it ends.
    static func lowerCaseLabelledName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = s.count
        guard i >= 4, s[i - 1] == 0x20, s[i - 2] == UInt8(ascii: ":") else { return nil }
        var a = i - 2
        while a > 0, i - 2 - a < 12, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        // (A form's label is capitalized; a config's key is not: "name: ledger" in YAML is a service.)
        guard a < i - 2, a == 0 || !ASCII.isAlnum(s[a - 1]), s[a] &- 0x41 < 26, personLabels.lookupLowered(s, a, i - 2) != 0 else { return nil }
        var end = -1
        var k = i
        for w in 0..<3 {
            guard k < n, s[k] &- 0x61 < 26 || s[k] >= 0xC3 && s[k] < 0xE0 else { break }
            var b = k
            while b < n, b - k <= 20, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 && s[b] != 0xF0 || s[b] == UInt8(ascii: "-") || s[b] == UInt8(ascii: "'") { b += 1 }
            guard b - k >= 2, b == n || !ASCII.isAlnum(s[b]) && s[b] != UInt8(ascii: "@") && s[b] != UInt8(ascii: "/") && s[b] != UInt8(ascii: "_")
                    && !(s[b] == UInt8(ascii: ".") && b + 1 < n && ASCII.isAlnum(s[b + 1])) else { return w == 0 ? nil : end }
            let f = NameGazetteer.flags(s, k, b)
            // (The first word a given name or no word at all: a word the lists hold only as a surname is the ordinary
            // word it came from in small letters, "sales", "test".)
            let allowed = w == 0 ? NameGazetteer.given : NameGazetteer.given | NameGazetteer.surname | NameGazetteer.particle
            if functionWords.lookup(s, k, b) != 0 || teamWords.lookup(s, k, b) != 0 || f & allowed == 0 && f != 0 {
                if w == 0 { return nil }
                break
            }
            end = b
            guard b + 1 < n, s[b] == 0x20 else { break }
            k = b + 1
        }
        return end > 0 ? end : nil
    }

    /// A known given name in lower case that opens a message, a line or what follows ": ", before a verb:
    /// "summarise pls: kai says the delivery ...", "morag arriva tardi stasera". No ordinary word, no word
    /// the lists call ambiguous. `e`: where the word ends (at a space). Returns where the name ends.
    static func lowerCaseOpeningName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Int? {
        if let end = lowerCaseLabelledName(s, i) { return end }
        guard e - i >= 3, e - i <= 16, e + 3 < s.count, s[e] == 0x20, s[e + 1] &- 0x61 < 26 || s[e + 1] >= 0xC3 else { return nil }
        var k = e + 1
        while k < s.count, s[k] &- 0x61 < 26 || s[k] >= 0x80 || s[k] == UInt8(ascii: "'") { k += 1 }
        guard k - e - 1 >= 2, k == s.count || s[k] == 0x20 || s[k] == UInt8(ascii: ","), verbsAfterLowerName.lookup(s, e + 1, k) != 0 else { return nil }
        let f = NameGazetteer.flags(s, i, e)
        // A word no list holds (nor a function word) before a verb of speech: "ehrentraud hat gesagt, sie bringt den Salat",
        // "teknaz zegt dat ze later komt", "malwina said she'd call".
        if f == 0, e - i >= 4, functionWords.lookup(s, i, e) == 0, lowerCaseWordNames.lookup(s, i, e) == 0,
           speechVerbs.lookup(s, e + 1, k) != 0 || lowerEquals(s, e + 1, k, "hat") && k + 7 < s.count && lowerEquals(s, k, k + 8, " gesagt,") {
            return e
        }
        return f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 && lowerCaseWordNames.lookup(s, i, e) == 0 ? e : nil
    }

    /// Lower-case words before a person's given name written in lower case, as chats are: after 1 the name
    /// alone is enough ("spoke to yusuf", "sync with beatriz", "cover for leilani", "sorry olu", "msg farah",
    /// "happy birthday ananya"); after 2 a verb must follow it ("i think kwame already fixed it", "know if
    /// mateo got the laptop", "fyi parisa is presenting", "takeshi and mei are on call").
    static let lowerCaseNameCueList: [(String, UInt8)] = [
        ("to", 1), ("with", 1), ("for", 1), ("told", 1), ("sorry", 1), ("msg", 1), ("birthday", 1), ("bday", 1), ("dm", 1),
        ("from", 1), ("loop", 1), ("let", 1), ("thx", 1), ("hi", 1), ("hey", 1), ("hello", 1), ("morning", 1),
        ("evening", 1), ("bye", 1), ("cheers", 1), ("dear", 1), ("sag", 1), ("dile", 1), ("dis", 1), ("diga", 1), ("zeg", 1),
        ("säg", 1), ("frag", 1), ("pregunta", 1), ("chiedi", 1),
        // "remind tiana about the dentist", "send malgorzata the photos", "kak jiayi", "selam ayse".
        ("remind", 1), ("send", 1), ("ask", 1), ("tell", 1), ("call", 1), ("text", 1), ("ping", 1), ("met", 1), ("meet", 1),
        ("kak", 1), ("selam", 1), ("hej", 1), ("hallo", 1), ("ciao", 1), ("hola", 1), ("salut", 1),
        // Hungarian, Austrian and Bavarian, Czech and Slovak greetings: "szia béla!", "servus fiona,", "ahoj petr".
        ("szia", 1), ("servus", 1), ("ahoj", 1),
        // "bin mit patric und gustav", "avec inès", "stop adding guusje to the group". (Not "con", "com": the lists hold
        // Spanish and Portuguese words as given names, "com a entrega".)
        ("mit", 1), ("avec", 1), ("adding", 1), ("added", 1),
        ("omg", 2), ("lol", 2), ("apparently", 2), ("c'est", 1),
        ("if", 2), ("and", 2), ("think", 2), ("so", 2), ("but", 2), ("when", 2), ("that", 2), ("ok", 2), ("fyi", 2), ("did", 2),
        ("whether", 2), ("is", 2), ("does", 2), ("has", 2), ("its", 3), ("it's", 3),
        // "my name is dilshan wickramasinghe", "my wife's name amber carr", "my surname is spelled d u n s t a n".
        ("name", 4), ("surname", 4), ("spelled", 5), ("spelt", 5),
        // An account's owner in a ticket or a log: "User dominicwa cannot log in", "agent teresaja answered".
        ("user", 6), ("agent", 6),
    ]
    static let lowerCaseNameCues = WordTable(lowerCaseNameCueList)
    /// Determiners and pronouns "it's" is followed by, no name: "it's the surgery calling", "it's our new number".
    static let itsFunctionWords = WordTable(["the", "our", "your", "his", "her", "their", "this", "that", "not", "just", "only", "all"].map { ($0, 1) })
    /// A word's first three bytes and its length (at most 15) packed, as the cues' are: a switch over the
    /// cues' values turns away the words of the pairs they share ("the", "this", "have") before a lookup
    /// (a test checks the literals are the list's).
    @inline(__always) static func cueShape(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> UInt32 {
        var k = UInt32(s[i]) | UInt32(min(e - i, 15)) << 24
        if i + 1 < e { k |= UInt32(s[i + 1]) << 8 }
        if i + 2 < e { k |= UInt32(s[i + 2]) << 16 }
        return k
    }
    @inline(__always) static func mayBeLowerCaseCue(_ k: UInt32) -> Bool {
        switch k {
        case 0x04697A73, 0x06726573, 0x046F6861, 0x04657375, 0x05656761, 0x0374696D, 0x04657661, 0x06646461, 0x05646461,
             0x046D616E, 0x07727573, 0x07657073, 0x05657073, 0x02006669, 0x02006968, 0x02006B6F, 0x02006D64, 0x02006F73, 0x02006F74, 0x02007369, 0x03646964, 0x03646E61, 0x03657962, 0x03676173, 0x0367657A, 0x03676D6F, 0x0367736D, 0x03697966, 0x036A6568, 0x036B616B, 0x036B7361, 0x036C6F6C, 0x03726F66, 0x03736168, 0x03736964, 0x03737469, 0x0374656C, 0x0374656D, 0x03747562, 0x03786874, 0x03796568, 0x04277469, 0x04616462, 0x04616564, 0x04616874, 0x04616963, 0x04617266, 0x0465656D, 0x04656877, 0x04656F64, 0x04676964, 0x046C6163, 0x046C6574, 0x046C6964, 0x046C6F68, 0x046C6F74, 0x046E6573, 0x046E6970, 0x046F6F6C, 0x046F7266, 0x04746977, 0x04786574, 0x05652763, 0x05696874, 0x056C6168, 0x056C6173, 0x056C6568, 0x056C6573, 0x05726F73, 0x06656863, 0x06696863, 0x066D6572, 0x07656877, 0x07657665, 0x07726F6D, 0x08657270, 0x08726962, 0x0A707061: return true
        default: return false
        }
    }
    /// After a name in small letters ending at `end`: " and ", " und ", " e ", " y ", " i ", " et ", " en " and another,
    /// as lists in chats go on ("spoke to xiulan and chakradev and they're fine", "mit patric und gustav"). A
    /// given name of the lists that no list calls a word, or a word no list holds (four letters at least, no function
    /// word) that the list's end follows: " and ", ", ", a pronoun or the clause's end. Its range.
    static func nextLowerCaseName(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        let n = s.count
        // (Not after a comma: "selam ayse, yeni numaram" goes on with the message.)
        guard end + 4 < n, s[end] == 0x20 else { return nil }
        var e = end + 1
        while e < n, e - end <= 4, s[e] &- 0x61 < 26 { e += 1 }
        guard e < n, s[e] == 0x20, lowerCaseListJoins.lookup(s, end + 1, e) != 0 else { return nil }
        let a = e + 1
        guard a < n, s[a] &- 0x61 < 26 || s[a] >= 0xC3 && s[a] < 0xE0 else { return nil }
        var b = a
        while b < n, b - a <= 16, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 { b += 1 }
        guard b - a >= 3, b - a <= 16, b == n || !ASCII.isAlnum(s[b]) && s[b] != UInt8(ascii: "@") && s[b] != UInt8(ascii: "_") && s[b] != UInt8(ascii: "-")
                && s[b] != UInt8(ascii: "/") && s[b] != UInt8(ascii: "'") else { return nil }
        guard functionWords.lookup(s, a, b) == 0, lowerCaseWordNames.lookup(s, a, b) == 0, !isPlaceName(s, a, b) else { return nil }
        let f = NameGazetteer.flags(s, a, b)
        if f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 { return (a, b) }
        guard f == 0, b - a >= 4 else { return nil }
        // The list ends there: " and ", ", ", " und ", a pronoun, or the clause's end.
        if b == n || s[b] == UInt8(ascii: ".") || s[b] == UInt8(ascii: "!") || s[b] == UInt8(ascii: "?") || s[b] == UInt8(ascii: ",") { return (a, b) }
        guard b + 2 < n, s[b] == 0x20 else { return nil }
        var k = b + 1
        while k < n, k - b <= 8, s[k] &- 0x61 < 26 || s[k] == UInt8(ascii: "'") { k += 1 }
        let w = b + 1
        return lowerCaseListJoins.lookup(s, w, k) != 0 || personalPronouns.lookup(s, w, k) != 0 || lowerEquals(s, w, k, "they're")
            || lowerEquals(s, w, k, "they") || lowerEquals(s, w, k, "both") ? (a, b) : nil
    }
    /// The words that join names in a list in small letters.
    static let lowerCaseListJoins = WordTable(["and", "und", "e", "y", "i", "et", "en", "ve", "och", "og", "or", "oder", "ou", "o"].map { ($0, 1) })

    /// The cue words, for the scanner's table of what a word's first two letters can start.
    static var lowerCaseNameCueWords: [String] { lowerCaseNameCueList.map { $0.0 } }

    /// At a lower-case word s[i..<e] (a space after it): one of `lowerCaseNameCues` and then a known given
    /// name in small letters that no list calls an ordinary word or ambiguous. Where the name lies, or nil.
    static func lowerCaseNameAfterCue(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        guard e - i <= 8, e + 4 < n, i == 0 || !ASCII.isAlnum(s[i - 1]) && s[i - 1] != UInt8(ascii: "-") && s[i - 1] != UInt8(ascii: "_"),
              s[e + 1] &- 0x61 < 26 else { return nil }
        // (A ticket's "User dominicwa cannot log in" writes the cue capitalized.)
        if s[i] == UInt8(ascii: "U") && lowerEquals(s, i, e, "user") || s[i] == UInt8(ascii: "A") && lowerEquals(s, i, e, "agent") { return accountName(s, e + 1) }
        // A cue's first three bytes and length, or a byte past ASCII among them ("säg"), before the lookup.
        let k = cueShape(s, i, e)
        guard k & 0x0080_8080 != 0 || mayBeLowerCaseCue(k) else { return nil }
        let cue = lowerCaseNameCues.lookup(s, i, e)
        guard cue != 0 else { return nil }
        if cue == 4 { return nameAfterNameWord(s, i, e) }
        if cue == 6 { return accountName(s, e + 1) }
        if cue == 5 { return spelledName(s, i, e) }
        var a = e + 1
        // "dile a begoña", "dis à", "zeg tegen", "säg till", "chiedi a": the preposition of the one told.
        if cue == 1, a + 3 < n {
            var p = a
            while p < n, p - a < 6, s[p] &- 0x61 < 26 || s[p] >= 0x80 { p += 1 }
            if p < n, s[p] == 0x20, lowerEquals(s, a, p, "a") || lowerEquals(s, a, p, "à") || lowerEquals(s, a, p, "ao") || lowerEquals(s, a, p, "al")
                || lowerEquals(s, a, p, "tegen") || lowerEquals(s, a, p, "till") {
                a = p + 1
                guard a < n, s[a] &- 0x61 < 26 else { return nil }
            }
        }
        var b = a
        while b < n, b - a <= 16, s[b] &- 0x61 < 26 || s[b] >= 0x80 { b += 1 }
        guard b - a >= (cue == 3 ? 2 : 3), b - a <= 16, b == n || !ASCII.isAlnum(s[b]) && s[b] != UInt8(ascii: "@") && s[b] != UInt8(ascii: "_") && s[b] != UInt8(ascii: "-")
                && s[b] != UInt8(ascii: "'") && s[b] != UInt8(ascii: "/") && !(s[b] == UInt8(ascii: ".") && b + 1 < n && ASCII.isAlnum(s[b + 1])) else { return nil }
        if cue == 3 {
            // "it's edward from Kelley, Adams and Ryan", "hey its jo, new number btw", "it's mona here": who is writing.
            // A known given name that no list calls a word before " from ", " here" or ", "; a word no list knows
            // before " from " or " here" only ("it's pouring, take a coat").
            let f = NameGazetteer.flags(s, a, b)
            let from = b + 5 <= n && s[b] == 0x20 && (b + 6 <= n && lowerEquals(s, b + 1, b + 6, "from ")
                || lowerEquals(s, b + 1, b + 5, "here") && (b + 5 == n || !ASCII.isAlpha(s[b + 5])))
            if from || b + 1 < n && s[b] == UInt8(ascii: ",") && s[b + 1] == 0x20 {
                let known = f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0
                if (known || from && f == 0 && b - a >= 3), lowerCaseWordNames.lookup(s, a, b) == 0, !isPlaceName(s, a, b) { return (a, b) }
            }
            // (Not a determiner or pronoun: "it's the surgery calling", "it's our new number".)
            guard b - a >= 3, itsFunctionWords.lookup(s, a, b) == 0 else { return nil }
            // "its senan new number": a word no list calls ordinary, before a noun of a person's own.
            guard personalNounAfter(s, b) else { return nil }
            guard f == 0 || f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
                  lowerCaseWordNames.lookup(s, a, b) == 0,
                  (a..<b).contains(where: { [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79].contains(s[$0]) }) else { return nil }
            return (a, b)
        }
        if cue == 2 {
            // A verb after it: one of `verbsAfterLowerName`, or a word ending in "ed".
            guard b + 3 < n, s[b] == 0x20 else { return nil }
            var k = b + 1
            while k < n, k - b <= 12, s[k] &- 0x61 < 26 || s[k] == UInt8(ascii: "'") { k += 1 }
            guard k - b - 1 >= 2, k == n || !ASCII.isAlpha(s[k]) else { return nil }
            guard verbsAfterLowerName.lookup(s, b + 1, k) != 0 || k - b - 1 >= 5 && s[k - 2] == UInt8(ascii: "e") && s[k - 1] == UInt8(ascii: "d") else { return nil }
        }
        // "flights to santiago", "going to lourdes in may": after travel and "to", a place.
        if cue == 1, lowerEquals(s, i, e, "to"), isPlaceName(s, a, b) || isPlaceAlsoName(s, a, b), travelBefore(s, i) { return nil }
        let f = NameGazetteer.flags(s, a, b)
        // A word no list holds (no English word either), whom a personal pronoun later in the sentence refers to: "i
        // spoke to lajita yesterday and she said".
        if f == 0, cue == 1, b - a >= 4, b < n, s[b] == 0x20, lowerCaseWordNames.lookup(s, a, b) == 0, functionWords.lookup(s, a, b) == 0,
           personalPronounAfter(s, b) { return (a, b) }
        // An account named after its owner, after "for" or "to" in a ticket: "reset MFA for ramanathanl", "transferred to sabrinaru".
        if f & (NameGazetteer.given | NameGazetteer.ambiguous | NameGazetteer.word) == 0, cue == 1, lowerEquals(s, i, e, "for") || lowerEquals(s, i, e, "to"),
           let r = accountName(s, a) { return r }
        guard f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, lowerCaseWordNames.lookup(s, a, b) == 0 else { return nil }
        return (a, b)
    }

    /// At `a`: an account's name made of its owner's ("dominicwa", "ramanathanl", "colins", "jbrennan"): a given name of the
    /// lists and one or two letters, or one or two letters and a surname of the lists (neither an ordinary word), on a line
    /// about accounts (a login, a password, MFA, a locked account, a call answered or transferred). Its range.
    static func accountName(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> (Int, Int)? {
        let n = s.count
        var b = a
        while b < n, b - a <= 20, s[b] &- 0x61 < 26 { b += 1 }
        guard b - a >= 5, b - a <= 20, b == n || !(ASCII.isAlnum(s[b]) || s[b] == UInt8(ascii: "_") || s[b] == UInt8(ascii: "@") || s[b] >= 0x80
                || s[b] == UInt8(ascii: ".") && b + 1 < n && ASCII.isAlnum(s[b + 1]) || s[b] == UInt8(ascii: "-") || s[b] == UInt8(ascii: "'")) else { return nil }
        guard systemAccounts.lookup(s, a, b) == 0, functionWords.lookup(s, a, b) == 0 else { return nil }
        let plain = NameGazetteer.ambiguous | NameGazetteer.word
        let whole = NameGazetteer.flags(s, a, b)
        // (Or a surname alone: "password for colins".)
        var owner = whole & NameGazetteer.surname != 0 && whole & (plain | NameGazetteer.given) == 0
        guard owner || whole == 0 else { return nil }
        for k in 1...2 where !owner {
            // A name and initials ("dominicwa", "ramanathanl"), or initials and a surname ("jbrennan").
            let g = NameGazetteer.flags(s, a, b - k), f = NameGazetteer.flags(s, a + k, b)
            owner = b - k - a >= 4 && g & (NameGazetteer.given | NameGazetteer.surname) != 0 && g & plain == 0
                || b - a - k >= 4 && f & NameGazetteer.surname != 0 && f & plain == 0
        }
        guard owner else { return nil }
        // The line is about an account.
        var l = a, r = b
        while l > 0, a - l < 160, s[l - 1] != 0x0A { l -= 1 }
        while r < n, r - b < 160, s[r] != 0x0A { r += 1 }
        return matches(s, l, r, accountLineWords, all: false) != 0 ? (a, b) : nil
    }
    static let accountLineWords = ContextWords(["mfa", "2fa", "password", "passwort", "log in", "login", "logon", "sign in", "locked", "unlock",
                                                "reset", "sso", "vpn", "account", "answered", "transferred", "ticket", "access", "credential",
                                                "permission", "mailbox", "laptop", "helpdesk", "extension", "caller", "queue"])

    /// The word before `i` (past one space) is one of travel: "flights to", "going to", "moving to", "trip to".
    static func travelBefore(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i >= 3, s[i - 1] == 0x20, let a = smallWordBefore(s, i - 1, maxLength: 12) else { return false }
        return travelWords.lookup(s, a, i - 1) != 0
    }
    static let travelWords = WordTable((journeyAndTravelWords + ["going", "go", "went", "move", "holiday", "vacation", "back", "return",
                                                                 "emigrating", "visit", "visiting", "way", "headed", "heading"]).map { ($0, 1) })
    /// The words of a journey both `travelWords` (before "to") and `journeyWords` (before "to", "from", "via") hold.
    static let journeyAndTravelWords = ["flights", "flight", "fly", "flying", "flew", "moving", "moved", "trip", "travel", "travelling",
                                        "traveling", "drive", "driving", "drove", "train", "trains", "bus", "tickets", "ticket", "route",
                                        "road", "ferry", "cruise", "relocating"]

    /// Words that follow "name is" and are no name: "my name is not important", "the name is spelled ...".
    static let notNameAfterNameIs = WordTable(["not", "on", "in", "the", "a", "an", "spelled", "spelt", "also", "still", "just",
                                               "actually", "um", "uh", "er", "erm", "like", "so", "and", "but", "what", "that",
                                               "this", "there", "here", "missing", "wrong", "correct", "right", "different", "same",
                                               "too", "very", "pretty", "quite", "under", "with", "for", "of", "at", "by", "as", "is",
                                               "was", "it", "will", "should", "must", "can", "goes", "appears", "has", "had", "here",
                                               "below", "above", "please", "field", "or", "if", "exactly", "only", "written"].map { ($0, 1) })

    /// After "name" or "surname" (s[i..<e]) whose owner is said ("my", "his", "her", "your", "their", "our", or a
    /// possessive: "my wife's name"), maybe after "last", "first", "full", "maiden", "middle", "is" or "'s": the name
    /// in small letters, one word or two ("my name is dilshan wickramasinghe ringing", "my wife's name amber carr
    /// and"). Any word no list calls an ordinary word; a second one that is a surname of the lists or a word no list
    /// holds, not a verb's "-ing" or "-ed".
    static func nameAfterNameWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        func wordBefore(_ end: Int) -> Int? {
            var a = end
            while a > 0, end - a <= 12, s[a - 1] &- 0x61 < 26 || s[a - 1] == UInt8(ascii: "'") { a -= 1 }
            return a < end && (a == 0 || !ASCII.isAlpha(s[a - 1])) ? a : nil
        }
        // Whose name.
        guard i >= 3, s[i - 1] == 0x20, var w = wordBefore(i - 1) else { return nil }
        if lowerEquals(s, w, i - 1, "last") || lowerEquals(s, w, i - 1, "first") || lowerEquals(s, w, i - 1, "full")
            || lowerEquals(s, w, i - 1, "maiden") || lowerEquals(s, w, i - 1, "middle") {
            guard w >= 3, s[w - 1] == 0x20, let v = wordBefore(w - 1) else { return nil }
            let end = w - 1
            w = v
            guard owner(w, end) else { return nil }
        } else {
            guard owner(w, i - 1) else { return nil }
        }
        func owner(_ a: Int, _ b: Int) -> Bool {
            lowerEquals(s, a, b, "my") || lowerEquals(s, a, b, "his") || lowerEquals(s, a, b, "her") || lowerEquals(s, a, b, "your")
                || lowerEquals(s, a, b, "their") || lowerEquals(s, a, b, "our") || b - a >= 4 && s[b - 2] == UInt8(ascii: "'") && s[b - 1] == UInt8(ascii: "s")
        }
        var a = e + 1
        if a + 3 < n, s[a] == UInt8(ascii: "i"), s[a + 1] == UInt8(ascii: "s"), s[a + 2] == 0x20 { a += 3 }
        else if a + 4 < n, s[a] == UInt8(ascii: "w"), s[a + 1] == UInt8(ascii: "a"), s[a + 2] == UInt8(ascii: "s"), s[a + 3] == 0x20 { a += 4 }
        func word(_ a: Int) -> Int {
            var b = a
            while b < n, b - a <= 20, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 && s[b] != 0xF0 || s[b] == UInt8(ascii: "-") { b += 1 }
            return b
        }
        guard a < n, s[a] &- 0x61 < 26 || s[a] >= 0xC3 && s[a] < 0xE0 else { return nil }
        let b = word(a)
        guard b - a >= 2, b - a <= 20, b == n || !ASCII.isAlnum(s[b]) && s[b] != UInt8(ascii: "@") && s[b] != UInt8(ascii: ".") || b + 1 == n
                || s[b] == UInt8(ascii: ".") && !ASCII.isAlnum(s[b + 1]),
              notNameAfterNameIs.lookup(s, a, b) == 0, NameGazetteer.flags(s, a, b) & NameGazetteer.word == 0 else { return nil }
        // The surname after it.
        if b + 2 < n, s[b] == 0x20, s[b + 1] &- 0x61 < 26 {
            let c = word(b + 1)
            let f = NameGazetteer.flags(s, b + 1, c)
            let verb = c - b - 1 >= 4 && (s[c - 1] == UInt8(ascii: "g") && s[c - 2] == UInt8(ascii: "n") && s[c - 3] == UInt8(ascii: "i")
                || s[c - 1] == UInt8(ascii: "d") && s[c - 2] == UInt8(ascii: "e"))
            if c - b - 1 >= 2, c == n || !ASCII.isAlnum(s[c]) && s[c] != UInt8(ascii: "@"), !verb, notNameAfterNameIs.lookup(s, b + 1, c) == 0,
               f & NameGazetteer.surname != 0 && f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0 || f == 0 && c - b - 1 >= 4,
               lowerCaseWordNames.lookup(s, b + 1, c) == 0, wordsAfterName.lookup(s, b + 1, c) == 0 { return (a, c) }
        }
        return (a, b)
    }

    /// After "spelled" or "spelt" (s[i..<e]) with "name" at most 40 bytes before it: three or more single letters
    /// apart ("my surname is spelled d u n s t a n"), the name as it is spelt out.
    static func spelledName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        var k = e + 1
        var letters = 0
        while k < n, ASCII.isAlpha(s[k]), k + 1 == n || !ASCII.isAlnum(s[k + 1]) {
            letters += 1
            guard k + 2 < n, s[k + 1] == 0x20, ASCII.isAlpha(s[k + 2]) else { k += 1; break }
            k += 2
        }
        guard letters >= 3 else { return nil }
        var end = k
        while end > e + 1, !ASCII.isAlpha(s[end - 1]) { end -= 1 }
        var found = false
        var j = max(0, i - 40)
        while j + 4 <= i { if lowerEquals(s, j, j + 4, "name") { found = true; break }; j += 1 }
        return found ? (e + 1, end) : nil
    }

    /// Names that are ordinary words when written in small letters ("go to dock 3", "with heather").
    static let lowerCaseWordNames = WordTable((NameGazetteer.nameFirstWords + otherLanguageWords).map { ($0, 1) })

    /// Frequent words of the other languages texts are written in (function words, days, greetings' words) that the name
    /// lists hold as given names: in small letters they are the word ("domani giorgia porta la torta", "para", "rano").
    static let otherLanguageWords = [
        // Spanish, Portuguese, Italian, French
        "que", "para", "por", "con", "una", "los", "las", "del", "pero", "como", "mas", "muy", "sin", "sobre", "hasta", "desde",
        "cuando", "donde", "recuerdo", "com", "uma", "nao", "muito", "hoje", "ontem", "amanha", "che", "per", "non", "anche",
        "come", "domani", "oggi", "ieri", "dopo", "sempre", "ancora", "molto", "porta", "pour", "avec", "une", "pas", "plus",
        "tres", "demain", "hier", "mais",
        // German, Dutch, Swedish
        "und", "mit", "nicht", "auch", "morgen", "heute", "gestern", "aber", "noch", "met", "voor", "niet", "ook", "vandaag",
        "maar", "nog", "och", "inte", "idag", "imorgon",
        // Polish, Turkish, Indonesian
        "rano", "rana", "jutro", "dzisiaj", "wczoraj", "ale", "tez", "też", "jest", "nie", "tak", "ile", "icin", "için", "ama",
        "bugun", "bugün", "yarın", "yarin", "dün",
        "neydi", "dan", "yang", "untuk", "dengan", "besok", "hari", "ini", "itu", "loh", "dong", "sudah", "belum", "jadian",
        // "Everyone" after a greeting: "hallo alle zusammen", "hej alle sammen", "ciao tutti", "hola todos".
        "alle", "alla", "allen", "tutti", "todos", "todas", "tous",
    ]

    /// A known given name in small letters opening a message or a line, then ",", "?", "!" or ": ": the one
    /// addressed or the speaker ("raj, can you check this?", "femi?? where are you", "carlos: on my way").
    /// `e`: where the word ends. Returns where the name ends.
    static func lowerCaseVocative(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Int? {
        guard e - i >= 3, e - i <= 16, e + 1 < s.count, (i..<e).allSatisfy({ s[$0] &- 0x61 < 26 }) else { return nil }
        let c = s[e]
        if c == UInt8(ascii: ":") || c == UInt8(ascii: ",") { guard s[e + 1] == 0x20 else { return nil } }
        let f = NameGazetteer.flags(s, i, e)
        guard f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, lowerCaseWordNames.lookup(s, i, e) == 0 else { return nil }
        return e
    }

    /// FNV-1a of a name's bytes, ASCII capitals lowered and each run of spaces and line breaks one space.
    @inline(__always) static func famousHash(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var space = false
        for k in a..<b {
            let c = s[k]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { space = true; continue }
            if space { h = (h ^ 0x20) &* 0x0100_0000_01B3; space = false }
            h = (h ^ UInt64(c &- 0x41 < 26 ? c | 0x20 : c)) &* 0x0100_0000_01B3
        }
        return h
    }

    /// The `famousHash`es of a generated list's lines (the famous names, the places), made at its first lookup.
    static func lineHashes(_ list: StaticString) -> Set<UInt64> {
        let bytes = UnsafeBufferPointer(start: list.utf8Start, count: list.utf8CodeUnitCount)
        var set = Set<UInt64>(minimumCapacity: 4_096)
        var a = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x0A {
            if k > a { set.insert(famousHash(bytes, a, k)) }
            a = k + 1
        }
        return set
    }

    /// s[a..<b], or it without a possessive "'s", is in `set` (of `lineHashes`).
    @inline(__always) static func inLineHashes(_ set: Set<UInt64>, _ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        if set.contains(famousHash(s, a, b)) { return true }
        guard let e = possessiveStem(s, a, b) else { return false }
        return set.contains(famousHash(s, a, e))
    }

    /// The hashes of `famousNameList` (4,000 names: well under a millisecond).
    static let famousNameHashes = lineHashes(famousNameList)

    /// s[a..<b], or it without a possessive "'s", is the name of a famous person, a fictional character or a
    /// brand named after a person: "Pablo Picasso", "Anna Karenina", "Tim Hortons". Asked only where no
    /// cue makes the run a name: "Who painted Guernica, Pablo Picasso or...?" names no private person,
    /// "Hi, I'm Oliver Hardy and my card..." does. Names also common for ordinary people are not listed.
    static func isFamousName(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 4, b - a <= 60 else { return false }
        return inLineHashes(famousNameHashes, s, a, b)
    }

    /// At a single name ending at `end`: " & " and a capitalized word, together a famous brand ("Ben &
    /// Jerry's", "Marks & Spencer"). Where the brand ends, or nil.
    static func famousPairEnd(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end + 4 < s.count, s[end] == 0x20, s[end + 1] == UInt8(ascii: "&"), s[end + 2] == 0x20, s[end + 3] &- 0x41 < 26 else { return nil }
        var e = end + 4
        while e < s.count, ASCII.isAlpha(s[e]) || s[e] == UInt8(ascii: "'") || s[e] >= 0x80 { e += 1 }
        return isFamousName(s, start, e) ? e : nil
    }

    /// At the second name of "X & Y" (`start` right after "& "): the famous pair's end when X & Y is one ("Ben & Jerry's").
    static func famousPairEndBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start >= 5, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: "&"), s[start - 3] == 0x20 else { return nil }
        var a = start - 3
        while a > 0, start - 3 - a < 20, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        guard a < start - 3, s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { return nil }
        return famousPairEnd(s, a, start - 3)
    }

    /// Nouns of what is a person's own, after a possessive: "Minghui's leaving do", "kunle's number",
    /// "Su-bin Baek's W-4", "Éabha Bell's family". A product or a company is written so too ("Macy's
    /// account") but rarely before these words.
    static let personalNouns = WordTable([
        "number", "phone", "mobile", "cell", "email", "e-mail", "address", "birthday", "bday", "b-day", "family", "wife",
        "husband", "mum", "mom", "mam", "dad", "mother", "father", "son", "daughter", "kids", "children", "child", "partner",
        "boyfriend", "girlfriend", "fiance", "fiancé", "fiancée", "sister", "brother", "parents", "baby", "boss", "leaving",
        "farewell", "wedding", "funeral", "surgery", "diagnosis", "prescription", "appointment", "passport", "visa", "salary",
        "payslip", "contract", "laptop", "flat", "house", "apartment", "details", "cv", "resume", "w-2", "w-4", "ssn", "dob",
        "medical", "health", "results", "keys", "login", "password", "account", "card", "bank", "iban", "licence", "license",
        "retirement", "anniversary", "shift", "shifts", "mortgage", "lease", "rent", "pension", "payroll", "sick", "maternity",
        "paternity", "condition", "therapy", "treatment", "mail", "inbox", "desk", "bike", "car", "dog", "cat", "grandmother",
        "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "nan", "nana", "room", "bed", "bedroom", "party",
        "handwriting", "signature", "photo", "pic", "selfie", "ex", "manager", "whereabouts", "location", "pronouns",
        "kid", "flight", "message", "msg", "text", "call", "voicemail", "leave", "holiday", "vacation", "complaint", "claim", "booking", "refund",
        // "at Travis's request", "Rohan Gill's work line", "on Amara's behalf", "back at Tomasz's place".
        "request", "behalf", "line", "jacket", "coat", "bag", "wallet", "seat", "place", "permission", "consent",
        // "it's Dónal's home connection", "found Ting's notebook", "Ama's homework", "Onyinye's 40th on Saturday".
        "connection", "notebook", "homework", "costume", "allergy", "allergies", "availability",
    ].map { ($0, 1) })
    /// After a given name and "'s" in small letters, words that make it "is" or "has": "sunita's on leave",
    /// "raj's off today", "mei's been great".
    static let isWordsAfterPossessive = WordTable(["on", "off", "out", "in", "at", "not", "going", "coming", "been", "got", "back",
                                                   "here", "leaving", "sick", "late", "away", "busy", "free", "gone", "running",
                                                   "working", "still", "taking", "doing", "always", "never", "just", "already"].map { ($0, 1) })
    /// Words that may stand between the possessive and its noun: "Kunle's new number".
    static let personalNounModifiers = WordTable([
        "new", "old", "personal", "home", "work", "private", "current", "direct", "mobile", "cell", "own", "late", "first",
        "second", "last", "next", "little", "older", "younger", "baby", "big", "birthday", "leaving", "hospital", "doctor's",
        "dentist", "school", "email", "phone", "bank", "credit", "medical", "new-ish",
        // A birthday's ordinal: "Ade's 40th birthday"; alone before "on", "is", "at", "this", "next" ("Onyinye's 40th on
        // Saturday"), not before a brand's or a club's anniversary.
        "18th", "21st", "30th", "40th", "50th", "60th", "65th", "70th", "75th", "80th", "90th", "100th",
    ].map { ($0, 1) })
    static let wordsAfterBirthdayOrdinal = WordTable(["on", "is", "at", "this", "next", "tonight", "tomorrow"].map { ($0, 1) })

    /// What a person leaves behind: "found Ting's notebook in meeting room 4", "Ama's keys are at reception". (Products are
    /// named so too, "Apple's wallet": only after a given name that is no word.)
    static let belongingNouns = WordTable(["notebook", "wallet", "keys", "handbag", "purse", "jacket", "coat", "umbrella", "glasses",
                                           "locker", "scarf", "backpack", "lunchbox"].map { ($0, 1) })

    /// After a possessive ending at `end`: a space and a noun of a person's own, maybe after one or two
    /// modifiers ("'s number", "'s new mobile number", "'s leaving do").
    /// Nouns of what only a person has: a relative, a way to reach them, an account, a team they lead.
    static let ownedByPersonNouns = WordTable([
        "number", "phone", "mobile", "cell", "email", "e-mail", "address", "birthday", "bday", "wife", "husband", "mum", "mom",
        "dad", "mother", "father", "son", "daughter", "kids", "children", "partner", "boyfriend", "girlfriend", "fiance", "fiancé",
        "fiancée", "sister", "brother", "parents", "cousin", "aunt", "uncle", "grandmother", "grandfather", "grandma", "grandpa",
        "account", "login", "password", "team", "ip", "laptop", "desk", "passport", "salary", "payslip", "wedding", "funeral",
    ].map { ($0, 1) })
    /// Months and days, which "'s" follows as a name's does: "May's rent", "Sunday's match".
    /// (Value 2 for the days: `weekdayAt` reads them.)
    static let calendarWords = WordTable(["May", "June", "April", "August", "March", "July", "January", "February", "September",
                                          "October", "November", "December"].map { ($0, 1) }
                                         + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { ($0, 2) })

    static func personalNounAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        personalNounAfter(s, end, nouns: personalNouns)
    }

    static func personalNounAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int, nouns: WordTable) -> Bool {
        let n = s.count
        guard end + 2 < n, s[end] == 0x20 else { return false }
        var a = end + 1
        for _ in 0..<3 {
            var b = a
            while b < n, ASCII.isAlnum(s[b]) || s[b] == UInt8(ascii: "-") || s[b] >= 0x80 { b += 1 }
            if b < n, s[b] == UInt8(ascii: "'"), b + 1 < n, s[b + 1] == UInt8(ascii: "s") { b += 2 }
            guard b - a >= 2, b - a <= 16 else { return false }
            if nouns.lookupLowered(s, a, b) != 0 { return true }
            guard personalNounModifiers.lookupLowered(s, a, b) != 0, b + 1 < n, s[b] == 0x20 else { return false }
            if isDigit(s[a]) {
                var c = b + 1
                while c < n, c - b <= 9, s[c] &- 0x61 < 26 { c += 1 }
                if wordsAfterBirthdayOrdinal.lookup(s, b + 1, c) != 0 { return true }
            }
            a = b + 1
        }
        return false
    }

    /// The first word of the run s[start..<end] that is possessive, past the first word: where the name
    /// ends without its "'s" and where the possessive ends ("Suzy Baek's W-4" reads on into "W-").
    static func possessiveInRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            if a > start, let stem = possessiveStem(s, a, b) { return (stem, b) }
            a = b + 1
        }
        return nil
    }

    /// The possessive's "'s" or "’s" ends s[start..<end]: where the name ends without it, or nil.
    @inline(__always) static func possessiveStem(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start > 3, s[end - 1] == UInt8(ascii: "s") else { return nil }
        if s[end - 2] == UInt8(ascii: "'") { return end - 2 }
        if end - start > 5, s[end - 2] == 0x99, s[end - 3] == 0x80, s[end - 4] == 0xE2 { return end - 4 }
        return nil
    }

    /// A word in lower case before "'s" and a noun of a person's own: "r u coming to maricel's bday",
    /// "can you send me kunle's number?". A given name the lists know or a word in no list at all, and
    /// no ordinary word ("the team's number", "mum's birthday" are not names). `e`: where the word ends
    /// (at the apostrophe). Returns where the name ends.
    static func lowerCasePossessive(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Int? {
        guard e - i >= 3, e - i <= 16, e + 2 < s.count, s[e] == UInt8(ascii: "'"), s[e + 1] == UInt8(ascii: "s"),
              i == 0 || !ASCII.isAlnum(s[i - 1]) && s[i - 1] != UInt8(ascii: "-") && s[i - 1] != UInt8(ascii: "_") && s[i - 1] != UInt8(ascii: "."),
              (i..<e).allSatisfy({ s[$0] &- 0x61 < 26 || s[$0] == UInt8(ascii: "-") || s[$0] >= 0x80 }) else { return nil }
        let f = NameGazetteer.flags(s, i, e)
        if !personalNounAfter(s, e + 2) {
            // "sunita's on leave": the 's is "is"; only a known given name, never a word in no list ("wifi's off").
            guard e + 3 < s.count, s[e + 2] == 0x20, f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
                  lowerCaseWordNames.lookup(s, i, e) == 0 else { return nil }
            var k = e + 3
            while k < s.count, k - e < 14, s[k] &- 0x61 < 26 { k += 1 }
            guard k == s.count || !ASCII.isAlpha(s[k]), isWordsAfterPossessive.lookup(s, e + 3, k) != 0 else { return nil }
            return e
        }
        guard f == 0 || f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 else { return nil }
        // A word no list knows must at least be spelt as a name is: letters, a vowel among them.
        if f == 0, !(i..<e).contains(where: { [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79].contains(s[$0]) || s[$0] >= 0x80 }) { return nil }
        return e
    }

    /// After "who is", "customer is", "name is", "patient is", "this is", "it's", "ping" or "my
    /// colleague" / "husband" / "wife" / "partner" ending at `e`: a name written in lower case, as chat
    /// messages and voice transcripts are ("who is amy davis?", "hi it's lakshmi nair ringing"): a given
    /// name and a surname the gazetteer knows, neither an ordinary word. Returns where the name ends.
    /// "my " before the word at `i`.
    @inline(__always) static func myBefore(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 3 && s[i - 1] == 0x20 && s[i - 2] | 0x20 == UInt8(ascii: "y") && s[i - 3] | 0x20 == UInt8(ascii: "m") && (i == 3 || !ASCII.isAlpha(s[i - 4]))
    }

    static func lowerCaseName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        var e = e
        // After a verb a name is often one word: "tell fatima 10 min", "thanks jong-su".
        var single = false
        switch e - i {
        case 2 where s[i] == UInt8(ascii: "c") && s[i + 1] == UInt8(ascii: "c"):
            single = true
        case 3 where lowerEquals(s, i, e, "ask"):
            single = true
        case 4 where s[i] == UInt8(ascii: "t") && (lowerEquals(s, i, e, "tell") || lowerEquals(s, i, e, "text")):
            single = true
        case 6 where s[i] == UInt8(ascii: "t") && lowerEquals(s, i, e, "thanks"):
            single = true
        case 2:
            if s[i] == UInt8(ascii: "i") && s[i + 1] == UInt8(ascii: "t") {
                // "it's "
                guard e + 3 < n, s[e] == UInt8(ascii: "'"), s[e + 1] == UInt8(ascii: "s"), i == 0 || !ASCII.isAlpha(s[i - 1]) else { return nil }
                e += 2
                break
            }
            guard s[i] == UInt8(ascii: "i"), s[i + 1] == UInt8(ascii: "s"), i >= 4, s[i - 1] == 0x20 else { return nil }
            var a = i - 1
            while a > 0, i - 1 - a < 9, ASCII.isAlpha(s[a - 1]) { a -= 1 }
            var buf: (UInt64, Int) = (0, i - 1 - a)
            guard buf.1 >= 3, buf.1 <= 8 else { return nil }
            for k in a..<(i - 1) { buf.0 |= UInt64(ASCII.lower(s[k])) << UInt64(8 * (k - a)) }
            // who, name, customer, patient, this (packed little-endian)
            switch buf.0 {
            case 0x6F6877, 0x656D616E, 0x72656D6F74737563, 0x746E6569746170, 0x73696874: break
            default: return nil
            }
        case 4:
            if s[i] == UInt8(ascii: "p") {
                guard s[i + 1] == UInt8(ascii: "i"), s[i + 2] == UInt8(ascii: "n"), s[i + 3] == UInt8(ascii: "g") else { return nil }
            } else {
                guard lowerEquals(s, i, e, "wife"), myBefore(s, i) else { return nil }
            }
        case 7:
            guard lowerEquals(s, i, e, "husband") || lowerEquals(s, i, e, "partner"), myBefore(s, i) else { return nil }
        case 9:
            guard lowerEquals(s, i, e, "colleague"), myBefore(s, i) else { return nil }
        default:
            return nil
        }
        guard e < n, s[e] == 0x20 else { return nil }
        // Two words of small letters (UTF-8 and hyphens too).
        var a = e + 1
        var b = a
        while b < n, s[b] &- 0x61 < 26 || s[b] >= 0x80 || s[b] == UInt8(ascii: "-") { b += 1 }
        if single {
            // One known given name that is no ordinary word, then no letter ("tell vera 10 min", "ask fatima's").
            guard b - a >= 3, b == n || !ASCII.isAlpha(s[b]), s[a] &- 0x61 < 26 else { return nil }
            // "thanks ha-eun": the whole word first (Korean given names of two syllables), then the part before the hyphen.
            var f = NameGazetteer.flags(s, a, b)
            if f == 0, let h = (a..<b).first(where: { s[$0] == UInt8(ascii: "-") }) { f = NameGazetteer.flags(s, a, h) }
            guard f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 else { return nil }
            return (a, b)
        }
        guard b - a >= 2, b + 2 < n, s[b] == 0x20, s[b + 1] &- 0x61 < 26 else { return nil }
        let first = NameGazetteer.flags(s, a, b)
        let givenKnown = first & NameGazetteer.given != 0 && first & NameGazetteer.ambiguous == 0
        // A given name that is also a word ("grace harris") needs a surname that is none.
        let givenWord = first & NameGazetteer.given != 0 && !givenKnown
        guard givenKnown || givenWord || first == 0 else { return nil }
        a = b + 1
        b = a
        while b < n, s[b] &- 0x61 < 26 || s[b] >= 0x80 || s[b] == UInt8(ascii: "-") { b += 1 }
        while b > a, s[b - 1] == UInt8(ascii: "-") { b -= 1 }
        guard b - a >= 2, endsToken(s, b) else { return nil }
        var f = NameGazetteer.flags(s, a, b)
        if f == 0, let h = (a..<b).first(where: { s[$0] == UInt8(ascii: "-") }) { f = NameGazetteer.flags(s, a, h) }
        let surnameKnown = f & NameGazetteer.surname != 0 && f & NameGazetteer.ambiguous == 0
        if givenKnown && surnameKnown { return (e + 1, b) }
        if givenWord { return surnameKnown && f & NameGazetteer.word == 0 ? (e + 1, b) : nil }
        // One word known and the other in no list at all (not even as an ordinary word), when the name
        // ends the question or the clause: "who is bogdan wekesa?", "can you ping ragnfrid lefèvre about the badge".
        guard givenKnown && f == 0 || surnameKnown && first == 0 else { return nil }
        if b >= n || s[b] == UInt8(ascii: "?") || s[b] == UInt8(ascii: "!") || s[b] == UInt8(ascii: ".") || s[b] == UInt8(ascii: ",") || s[b] == 0x0A {
            return (e + 1, b)
        }
        // " about "
        guard b + 7 < n, s[b] == 0x20, s[b + 1] == UInt8(ascii: "a"), s[b + 2] == UInt8(ascii: "b"), s[b + 3] == UInt8(ascii: "o"),
              s[b + 4] == UInt8(ascii: "u"), s[b + 5] == UInt8(ascii: "t"), s[b + 6] == 0x20 else { return nil }
        return (e + 1, b)
    }

    /// A numbered or bulleted item starts at `start`'s line before it: "2. ", "3) ", "- ", "* ", "• "; or a
    /// minutes' action label: "Action: ", "Actions: ", "TODO: ", "AP: ".
    static func listItemBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 2, s[start - 1] == 0x20 else { return false }
        // The next item of a line of minutes: "Grant funding approved; Dmitri to draft the report."
        if s[start - 2] == UInt8(ascii: ";") { return true }
        if s[start - 2] == UInt8(ascii: ":") {
            var a = start - 2
            while a > 0, start - 2 - a < 8, ASCII.isAlpha(s[a - 1]) { a -= 1 }
            guard a == 0 || s[a - 1] == 0x0A || s[a - 1] == 0x20 || s[a - 1] == UInt8(ascii: "*") || s[a - 1] == UInt8(ascii: "-") else { return false }
            let e = start - 2
            return lowerEquals(s, a, e, "action") || lowerEquals(s, a, e, "actions") || lowerEquals(s, a, e, "todo") || lowerEquals(s, a, e, "ap")
                || lowerEquals(s, a, e, "ai")
        }
        let m = s[start - 2]
        if m == UInt8(ascii: "-") || m == UInt8(ascii: "*") { return start == 2 || s[start - 3] == 0x0A }
        if start >= 4, m == 0xA2, s[start - 3] == 0x80, s[start - 4] == 0xE2 { return start == 4 || s[start - 5] == 0x0A }
        guard m == UInt8(ascii: ".") || m == UInt8(ascii: ")") else { return false }
        return numberOpensLine(s, start - 2)
    }

    /// One to three digits right before `k`, opening a line: a numbered list's item number.
    @inline(__always) static func numberOpensLine(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var a = k
        while a > 0, k - a < 4, isDigit(s[a - 1]) { a -= 1 }
        return a < k && k - a <= 3 && (a == 0 || s[a - 1] == 0x0A)
    }

    /// A word of five letters or more ending in "-ing" at s[a..<k]: a verb's participle ("collecting", "coming").
    @inline(__always) static func isIngWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ k: Int) -> Bool {
        k - a >= 5 && s[k - 3] == UInt8(ascii: "i") && s[k - 2] == UInt8(ascii: "n") && s[k - 1] == UInt8(ascii: "g")
    }

    /// After a name ending at `end`: " to " and a word in small letters, an action item's verb ("to share the deck").
    @inline(__always) static func actionAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        end + 4 < s.count && s[end] == 0x20 && s[end + 1] == UInt8(ascii: "t") && s[end + 2] == UInt8(ascii: "o") && s[end + 3] == 0x20
            && s[end + 4] &- 0x61 < 26
    }
}

/// Names written in capitals, as forms and postal labels print them: "Name: PRIYA AL-MASRI",
/// "MRS SIYABONGA LØVLAND", "RECIPIENT / ANJALI WHITLOCK / 26 TAMARACK COURT". Capitals are also
/// headings and shouting, so a run counts only with an honorific before it, or with a label before it
/// or a street address under it and a word of it the gazetteer knows as a name.
extension PIIScanner {
    /// Where the word in capitals at `a` ends: two or more capital letters (ASCII, or any UTF-8
    /// letter), with '-' or an apostrophe between them ("AL-MASRI", "O'NEILL"); nil for none.
    static func capsWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> Int? {
        let n = s.count
        var k = a
        var letters = 0
        while k < n {
            let c = s[k]
            if c &- 0x41 < 26 { k += 1; letters += 1; continue }
            if c >= 0xC3 && c < 0xF0 {
                k += 1
                while k < n, s[k] & 0xC0 == 0x80 { k += 1 }
                letters += 1
                continue
            }
            if (c == UInt8(ascii: "-") || c == UInt8(ascii: "'")) && letters > 0 && k + 1 < n && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3) { k += 1; continue }
            break
        }
        guard letters >= 2, k >= n || !(isAlnum(s[k]) || s[k] == UInt8(ascii: "_")) else { return nil }
        return k
    }

    /// Honorifics as labels print them: "MR", "MRS", "MX", "DR." ...
    /// s[a..<b] lower-cased and packed little-endian, when it has at most 8 bytes; 0 otherwise.
    @inline(__always) static func lowerPacked8(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt64 {
        guard b > a, b - a <= 8 else { return 0 }
        var v: UInt64 = 0
        for k in a..<b { v |= UInt64(ASCII.lower(s[k])) << UInt64(8 * (k - a)) }
        return v
    }

    /// Honorifics as labels print them, "MR", "MRS", "MX", "DR" ...: mr mrs ms mx dr prof miss mme mlle herr
    /// frau sir dame rev, packed lower-cased (a test checks the literals are these words).
    static func isCapsHonorific(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        // Two to four letters, the first one of D F H M P R S (either case; bits over A..Z).
        guard b - a >= 2, b - a <= 4, (0x6_90A8 as UInt32) >> UInt32((s[a] | 0x20) &- 0x61) & 1 != 0 else { return false }
        switch lowerPacked8(s, a, b) {
        case 0x726d, 0x73726d, 0x736d, 0x786d, 0x7264, 0x666f7270, 0x7373696d, 0x656d6d, 0x656c6c6d, 0x72726568, 0x75617266,
             0x726973, 0x656d6164, 0x766572: return true
        default: return false
        }
    }
    static let capsHonorificWords = ["mr", "mrs", "ms", "mx", "dr", "prof", "miss", "mme", "mlle", "herr", "frau", "sir", "dame", "rev"]

    /// Labels above a name on postal labels, besides the name cues: "RECIPIENT", "Destinataire :".
    static let capsNameLabels = EndingWords(["recipient", "destinataire :", "destinataire:", "empfänger:", "empfänger", "addressee:",
                                             "deliver to", "ship to", "consignee:", "bill to:", "sold to:", "invoice for", "for:", "attn",
                                             "passenger:", "patient:", "guest:", "name of passenger:", "cardholder", "cardholder:",
                                             "card holder", "card holder:", "account holder", "account holder:", "statement of",
                                             "name on card:", "paciente", "paziente", "patient",
                                             // A payment's, a delivery's and a card's party: "received from JEMMA WOOD",
                                             // "Signed for by RICHARD CARLIER", "exp 04/28, name MELISSA HART".
                                             "received from", "payment from", "paid by", "signed for by", "collected by",
                                             "delivered to", ", name", "transfer from", "transfer to", "signed by",
                                             "name on card", "name on the card", "card says", "card reads",
                                             // A form's signature and its witness: "Signed: KWAME ASANTE".
                                             "signed:", "signature:", "witness:", "printed name:", "print name:",
                                             "reported by:", "reported by", "submitted by:", "requested by:",
                                             // A booking's further passengers and guests: "Passenger 2: JAMIE SCOTT".
                                             "passenger 1:", "passenger 2:", "passenger 3:", "passenger 4:", "passenger 5:", "passenger 6:",
                                             "guest 1:", "guest 2:", "guest 3:", "guest 4:"])

    /// Unit words that end a name in capitals: "LEOPOLD JEONG APARTMENT 30", "EITAN BONDARENKO ESCALIER C":
    /// apt apartment suite ste unit flat fl floor room rm bldg building escalier bât bat po box c/o, packed
    /// lower-cased (a test checks the literals are these words).
    static func isCapsUnitWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        if b - a == 9 { return lowerPacked8(s, a, a + 8) == 0x6e656d7472617061 && ASCII.lower(s[a + 8]) == UInt8(ascii: "t") }
        switch lowerPacked8(s, a, b) {
        case 0x747061, 0x6574697573, 0x657473, 0x74696e75, 0x74616c66, 0x6c66, 0x726f6f6c66, 0x6d6f6f72, 0x6d72, 0x67646c62,
             0x676e69646c697562, 0x7265696c61637365, 0x74a2c362, 0x746162, 0x6f70, 0x786f62, 0x6f2f63: return true
        default: return false
        }
    }
    static let capsUnitWordList = ["apt", "apartment", "suite", "ste", "unit", "flat", "fl", "floor", "room", "rm", "bldg", "building",
                                   "escalier", "bât", "bat", "po", "box", "c/o"]

    /// A run of words in capitals at `start` that is a name by the evidence around it; its end and confidence.
    /// Labels of one part of a name, lower-case: after one (and ':', '=', '>' or a table's '|'), any
    /// word is that part ("SURNAME: CHOI", "first_name=Manaia", "<givenName>Yui", "| Last name | Inoue |").
    static let namePartLabels = EndingWords(namePartLabelWords)
    static let namePartLabelWords = [
        "first name", "first names", "first name(s)", "last name", "surname", "given name", "given names", "family name", "forename",
        "forenames", "first_name", "last_name", "firstname", "lastname", "givenname", "familyname", "given_name", "family_name",
        "vorname", "nachname", "prénom", "nom de famille", "apellidos", "apellido", "cognome", "voornaam", "achternaam",
        "fornavn", "etternavn", "efternavn", "efternamn", "förnamn", "sobrenome", "imię", "nazwisko", "middle name",
        "forename(s)", "forenames(s)", "surname(s)", "given name(s)",
        // A form's name label in the languages forms are filled in: "Nome: Sara", "NOM : ABDULLAH", "Nama: Agus".
        "nome", "nom", "nama", "nama lengkap", "nombre", "nombres", "nome completo", "nom complet", "nombre completo", "naam",
        "navn", "namn", "nimi", "etunimi", "sukunimi", "soyadı", "soyad", "adı", "vor- und nachname", "imię i nazwisko",
    ]

    static func namePartLabelBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var e = start
        while e > 0, start - e < 24, s[e - 1] == 0x20 || s[e - 1] == 0x09 { e -= 1 }
        guard e > 0 else { return false }
        let c = s[e - 1]
        // A form's label in capitals with only a space before its value: "FIRST NAME MARICEL | LAST NAME DELA PEÑA".
        if c &- 0x41 < 26 || c == UInt8(ascii: ")"), e < start, start < s.count, s[start] &- 0x41 < 26 {
            let w = namePartLabels.wordEnding(s, max(0, e - 20), e)
            guard w >= 0 else { return false }
            // The label is in capitals ("first name JOHN" is a sentence's words).
            return !(e - namePartLabelWords[w].utf8.count ..< e).contains { s[$0] &- 0x61 < 26 }
        }
        guard c == UInt8(ascii: ":") || c == UInt8(ascii: "=") || c == UInt8(ascii: ">") || c == UInt8(ascii: "|") else { return false }
        e -= 1
        while e > 0, s[e - 1] == 0x20 { e -= 1 }
        return namePartLabels.wordEnding(s, max(0, e - 20), e) >= 0
    }

    static func capsPersonAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 5 < n else { return false }
        if lowerEquals(s, end, min(n, end + 12), " passed away") || lowerEquals(s, end, end + 6, " (dob ") || lowerEquals(s, end, end + 5, " (b. ")
            || lowerEquals(s, end, min(n, end + 7), " (born ") || lowerEquals(s, end, min(n, end + 6), " died ") { return true }
        // " — peacefully", " - peacefully"
        var k = end
        while k < n, k - end < 6, s[k] == 0x20 || s[k] == UInt8(ascii: "-") || s[k] == 0xE2 || s[k] == 0x80 || s[k] == 0x93 || s[k] == 0x94 { k += 1 }
        return k > end + 1 && lowerEquals(s, k, min(n, k + 10), "peacefully")
    }

    /// At `k`: "DOB", "SSN", "NIN", "NHS" or "MRN" (any case), then a space or a colon and spaces, and a digit.
    static func idLabelThenDigits(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let n = s.count
        guard k + 4 < n, lowerEquals(s, k, k + 3, "dob") || lowerEquals(s, k, k + 3, "ssn") || lowerEquals(s, k, k + 3, "nin")
                || lowerEquals(s, k, k + 3, "nhs") || lowerEquals(s, k, k + 3, "mrn") else { return false }
        var j = k + 3
        if s[j] == UInt8(ascii: ":") { j += 1 } else { guard s[j] == 0x20 else { return false } }
        while j < n, s[j] == 0x20 { j += 1 }
        return j < n && isDigit(s[j])
    }

    /// Before `start`, at a line's start: an item's number of one to three digits, a '.' or ')' or none, and one space.
    static func listNumberBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 2, s[start - 1] == 0x20 else { return false }
        let k = s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: ")") ? start - 2 : start - 1
        return numberOpensLine(s, k)
    }

    @inline(never) static func capsName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ csv: CSVHeader?) -> (Int, Double)? {
        let n = s.count
        guard let first = capsWordEnd(s, start) else { return nil }
        // One word of capitals after a label of a name's part: "SURNAME: CHOI    FIRST NAME(S): YE-JIN".
        if namePartLabelBefore(s, start), first == n || !(s[first] &- 0x41 < 26) {
            var e = first
            // "YE-JIN", "VAN DER MERWE" stays one word here: a hyphen and capitals go on.
            while e + 1 < n, s[e] == UInt8(ascii: "-"), s[e + 1] &- 0x41 < 26, let z = capsWordEnd(s, e + 1) { e = z }
            // A second word in capitals after one space, then the field's end: "LAST NAME DELA PEÑA | SSN".
            if e + 2 < n, s[e] == 0x20, s[e + 1] &- 0x41 < 26 || s[e + 1] >= 0xC3, let z = capsWordEnd(s, e + 1),
               z == n || s[z] == 0x0A || s[z] == 0x0D || s[z] == UInt8(ascii: ",") || z + 1 < n && s[z] == 0x20 && (s[z + 1] == 0x20 || s[z + 1] == UInt8(ascii: "|")) {
                e = z
            }
            // Not "TBD", "N/A", "NONE": four letters at least, or a known name.
            if e - start >= 4 || NameGazetteer.flags(s, start, e) & (NameGazetteer.given | NameGazetteer.surname) != 0,
               notOrdinaryWords(s, start, e) { return (e, 0.85) }
        }
        // A transcript's speaker in capitals at a line's start: "SHERMAINE:  So the customer...", "YEON-WOO: Okay".
        // A known given name that is no ordinary word ("NOTE:", "SUMMARY:", "WARNING:" are none).
        if first + 1 < n, s[first] == UInt8(ascii: ":"), s[first + 1] == 0x20, first - start >= 3,
           start == 0 || s[start - 1] == 0x0A || timeStampBefore(s, start) != 0 {
            // What is said follows as words are written, not a value in capitals ("IBAN: GB39KASP...").
            var k = first + 1
            while k < n, k - first < 4, s[k] == 0x20 { k += 1 }
            guard k + 1 < n, s[k] &- 0x61 < 26 || s[k] &- 0x41 < 26 && s[k + 1] &- 0x61 < 26 else { return nil }
            let f = NameGazetteer.flags(s, start, first)
            return f & NameGazetteer.given != 0 && f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 ? (first, 0.75) : nil
        }
        // A passenger's name as airlines print it, SURNAME/GIVEN: "KOZŁOWSKA/EWA", "MOSER/ANNA-LENA MS". One
        // part a known name, neither an ordinary word.
        if first + 2 < n, s[first] == UInt8(ascii: "/"), let second = capsWordEnd(s, first + 1),
           second == n || s[second] == 0x20 || s[second] == 0x0A || s[second] == 0x0D || s[second] == UInt8(ascii: ",") {
            let f = NameGazetteer.flags(s, start, first), g = NameGazetteer.flags(s, first + 1, second)
            if f & NameGazetteer.surname != 0 || g & NameGazetteer.given != 0, (f | g) & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 {
                return (second, 0.8)
            }
        }
        // A register's or an officers' list's SURNAME, GIVEN, the field ending after it: "CHOWDHURY, TANVIR  2 nts", "Name:
        // TATE, SAMUEL", "GILL, ARJUN". A known surname (also a word: "GILL") and a known given name that is none, neither a place.
        if first + 4 < n, s[first] == UInt8(ascii: ","), s[first + 1] == 0x20, s[first + 2] &- 0x41 < 26 || s[first + 2] >= 0xC3,
           let given = capsWordEnd(s, first + 2) {
            var end = given
            if end + 2 < n, s[end] == 0x20, s[end + 1] &- 0x41 < 26 || s[end + 1] >= 0xC3, let second = capsWordEnd(s, end + 1),
               NameGazetteer.flags(s, end + 1, second) & NameGazetteer.given != 0 { end = second }
            let fieldEnds = end == n || s[end] == 0x0A || s[end] == 0x0D || s[end] == UInt8(ascii: "|") || s[end] == UInt8(ascii: ";")
                || end + 1 < n && s[end] == 0x20 && (s[end + 1] == 0x20 || s[end + 1] == UInt8(ascii: "(") || s[end + 1] == UInt8(ascii: "+"))
            let f = NameGazetteer.flags(s, start, first), g = NameGazetteer.flags(s, first + 2, given)
            if fieldEnds, f & NameGazetteer.surname != 0, g & NameGazetteer.given != 0, g & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
               !isPlaceName(s, start, first), !isPlaceName(s, first + 2, given), !isFamousName(s, start, end) { return (end, 0.8) }
        }
        // One word with no space before it ("SSN:" at a line's start) has neither a next word nor an honorific before it.
        if !(first + 1 < n && s[first] == 0x20 && (s[first + 1] &- 0x41 < 26 || s[first + 1] >= 0xC3)) && !(start >= 3 && s[start - 1] == 0x20) {
            return nil
        }
        // An honorific starts no name: the name after it is read at its own first word.
        if first - start <= 5, isCapsHonorific(s, start, s[first - 1] == UInt8(ascii: ".") ? first - 1 : first) { return nil }
        var words = 1, end = first
        while words < 4, end + 1 < n, s[end] == 0x20, let e = capsWordEnd(s, end + 1) {
            if isCapsUnitWord(s, end + 1, e) { break }
            // (Nor an identifier's label after it: "STASIA HUFF DOB 17/09/1975".)
            if e - end == 4, idLabelThenDigits(s, end + 1) { break }
            words += 1
            end = e
        }
        // An honorific right before it (one space, a full stop after it or not): one word is enough.
        var b = start
        if b >= 3, s[b - 1] == 0x20 {
            b -= 1
            if s[b - 1] == UInt8(ascii: ".") { b -= 1 }
            var a = b
            while a > 0, b - a < 5, s[a - 1] &- 0x41 < 26 || s[a - 1] &- 0x61 < 26 { a -= 1 }
            if a < b, a == 0 || !isAlnum(s[a - 1]), isCapsHonorific(s, a, b) { return (end, 0.85) }
        }
        // A surname in capitals, then a known given name as words are written, as Italian, French and court
        // lists write them: "Paziente FONTANA Simone, nato/a il", "AZIZ Majid (27) of".
        if words == 1, first + 3 < n, s[first] == 0x20, s[first + 1] &- 0x41 < 26 || s[first + 1] >= 0xC3, first - start >= 3 {
            var g = first + 2
            while g < n, s[g] &- 0x61 < 26 || s[g] >= 0x80 && s[g] != 0xE2 { g += 1 }
            if g - first - 1 >= 3, g == n || !(ASCII.isAlnum(s[g]) || s[g] == UInt8(ascii: "-") || s[g] == UInt8(ascii: "'")) {
                let f = NameGazetteer.flags(s, start, first), gf = NameGazetteer.flags(s, first + 1, g)
                if f & NameGazetteer.surname != 0, f & NameGazetteer.commonGiven == 0, gf & NameGazetteer.given != 0,
                   (f | gf) & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isPlaceName(s, first + 1, g) { return (g, 0.75) }
            }
        }
        // One word in capitals after a delivery's or a card's label: "delivered, signed by PAUL". A known given name, no
        // ordinary word.
        if words == 1, first - start >= 3 {
            let f = NameGazetteer.flags(s, start, first)
            if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, start >= 2, s[start - 1] == 0x20,
               capsNameLabels.endsAt(s, max(0, start - 30), start - 1) { return (first, 0.75) }
        }
        guard words >= 2 else { return nil }
        // A word of it is a known name, none of it an organisation or street word.
        guard knownNameWord(s, start, end) else { return nil }
        var a = start
        while a < end {
            var e = a
            while e < end, s[e] != 0x20 { e += 1 }
            if capsLookup(nameStopWords, s, a, e) & (NameStop.street | NameStop.organisation) != 0 { return nil }
            a = e + 1
        }
        if let h = csv, let c = h.column(s, start), h.isName[c] { return (end, 0.9) }
        // A label before it, past spaces, line breaks and quotes: "Name:", "Full name:", "SHIP TO:", "RECIPIENT".
        let from = max(0, start - 30)
        var e = start
        while e > from, s[e - 1] == 0x20 || s[e - 1] == 0x0A || s[e - 1] == 0x0D || s[e - 1] == UInt8(ascii: "\"") || s[e - 1] == UInt8(ascii: "'") {
            e -= 1
        }
        if e > from, nameTriggerWords.wordEnding(s, from, e) >= 0 || capsNameLabels.endsAt(s, from, e) { return (end, 0.8) }
        // Before a value of a person's own: "exactly: LYDIA ANDERSON, date of birth 25/01/2000", "OKOYE CHIDI, DOB ...".
        if personalValueAfter(s, end) { return (end, 0.8) }
        // Before an identifier's label and its number: "STASIA HUFF DOB 17/09/1975", "SOL VICENS SSN 123-45-6789".
        if end + 1 < n, s[end] == 0x20, idLabelThenDigits(s, end + 1) { return (end, 0.8) }
        // A death notice's or a report's words after it: "OMONDI KORIR passed away on", "HALINA WOŹNIAK — peacefully",
        // "MERCY WEKESA (DOB 25 Aug 1996)", "(b. 1941)".
        if capsPersonAfter(s, end), knownNameWord(s, start, end) || notOrdinaryWords(s, start, end) { return (end, 0.75) }
        // A line of its own above a street address.
        if start == 0 || s[start - 1] == 0x0A, let next = nextLineStart(s, end), next < n, streetAddress(s, next) != nil { return (end, 0.75) }
        // A line of its own, a known given name then a known surname, one of them no ordinary word: a
        // court caption's party or a CV's heading ("BETWEEN\n\nSUMMER WHITFIELD\n   Plaintiff").
        // (Or after the item's number of a numbered list: "Cardinals batting order\n1 TOMMY MOLINA\n2 ...".)
        if words <= 3, start == 0 || s[start - 1] == 0x0A || listNumberBefore(s, start) {
            var k = end
            while k < n, s[k] == 0x20 || s[k] == 0x0D { k += 1 }
            guard k == n || s[k] == 0x0A else { return nil }
            var a = start
            while s[a] != 0x20 { a += 1 }
            var z = end
            while s[z - 1] != 0x20 { z -= 1 }
            let first = NameGazetteer.flags(s, start, a), last = NameGazetteer.flags(s, z, end)
            let plain = NameGazetteer.ambiguous | NameGazetteer.word
            if first & NameGazetteer.given != 0, last & NameGazetteer.surname != 0, first & plain == 0 || last & plain == 0,
               !isFamousName(s, start, end) { return (end, 0.7) }
        }
        return nil
    }
}

