/// A name found once names its person wherever it stands again in the same text: the speaker
/// "SHERMAINE:" is the "Shermaine's flight" and the "send it to shermaine" of the lines after it, the
/// agent "Fien (agent):" is every later "Fien:". Readers take a text's names so; a detector that
/// judges each occurrence alone misses the ones without a cue.
extension PIIScanner {
    /// The words of a text's person findings, lower-cased and packed (at most 16 bytes each), in an
    /// open-addressed table of 256 slots (at most 64 words, so a lookup probes once or twice).
    struct NameWords {
        var lo = [UInt64](repeating: 0, count: 256), hi = [UInt64](repeating: 0, count: 256)
        var length = [UInt8](repeating: 0, count: 256)
        /// The word was found written in small letters: the text writes this person so.
        var small = [Bool](repeating: false, count: 256)
        /// The word is also an ordinary word or an ambiguous one ("Rose", "Mats", "Joy"): found again only in
        /// capitals inside a sentence, where the word would be written small ("is Rose coming"), or before a
        /// person's verb ("Rose said maybe", "Mats joined in May").
        var weak = [Bool](repeating: false, count: 256)
        var count = 0
        /// Bit (length) of the lengths held; bit (c & 31) << 5 | (d & 31) of `pairs` for a word's first
        /// two bytes c, d (the same for either case).
        var lengths: UInt32 = 0
        var pairs = [UInt64](repeating: 0, count: 16)

        @inline(__always) static func pair(_ c: UInt8, _ d: UInt8) -> Int { Int(c & 31) << 5 | Int(d & 31) }
        @inline(__always) func hasPair(_ c: UInt8, _ d: UInt8) -> Bool {
            let p = NameWords.pair(c, d)
            return pairs[p >> 6] >> UInt64(p & 63) & 1 != 0
        }

        @inline(__always) static func slot(_ l: UInt64, _ h: UInt64) -> Int {
            Int(truncatingIfNeeded: ((l ^ h &* 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD) >> 56)
        }

        mutating func insert(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, weak isWeak: Bool = false) {
            let (l, h) = NameWords.packLowered(s, a, b)
            var k = NameWords.slot(l, h)
            let inSmall = s[a] &- 0x61 < 26
            while length[k] != 0 {
                if lo[k] == l && hi[k] == h && Int(length[k]) == b - a { small[k] = small[k] || inSmall; weak[k] = weak[k] && isWeak; return }
                k = (k + 1) & 255
            }
            lo[k] = l; hi[k] = h; length[k] = UInt8(b - a); small[k] = inSmall; weak[k] = isWeak
            count += 1
            lengths |= 1 << UInt32(b - a)
            let p = NameWords.pair(s[a], s[a + 1])
            pairs[p >> 6] |= 1 << UInt64(p & 63)
        }

        /// The slot of s[a..<b] (any case) in the table, or nil.
        @inline(__always) func slot(of s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int? {
            let (l, h) = NameWords.packLowered(s, a, b)
            var k = NameWords.slot(l, h)
            while length[k] != 0 {
                if lo[k] == l && hi[k] == h && Int(length[k]) == b - a { return k }
                k = (k + 1) & 255
            }
            return nil
        }

        @inline(__always) static func packLowered(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (UInt64, UInt64) {
            var l: UInt64 = 0, h: UInt64 = 0
            for k in a..<b {
                let c = UInt64(ASCII.lower(s[k]))
                if k - a < 8 { l |= c << UInt64(8 * (k - a)) } else { h |= c << UInt64(8 * (k - a - 8)) }
            }
            return (l, h)
        }
    }

    /// A byte that continues a word a name's letters are part of: letters, digits, '_', UTF-8, and '@'
    /// (a mailbox), '-' and '/' (a handle, a path).
    @inline(__always) static func joinsWord(_ c: UInt8) -> Bool {
        ASCII.isAlnum(c) || c >= 0x80 || c == UInt8(ascii: "_") || c == UInt8(ascii: "@") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
    }

    /// Texts up to this size are searched for a name's words in any case; larger windows for capitals only.
    static let lowerCaseSearchLimit = 65_536

    /// Bit 7 of each byte that may be in a name's word: letters, '-', bytes from 0x80.
    @inline(__always) static func nameLetters(_ w: UInt64) -> UInt64 {
        ByteRuns.inRange(w | 0x2020_2020_2020_2020, 0x61, 0x7A) | ByteRuns.equal(w, 0x2D) | (w & ByteRuns.highs)
    }

    /// A lead byte of a two-byte UTF-8 letter (Latin, Greek, Cyrillic...), not of punctuation ("—", "→").
    @inline(__always) static func isLetterLead(_ c: UInt8) -> Bool { c &- 0xC3 < 0x1D }
    /// A byte of a two-byte UTF-8 letter.
    @inline(__always) static func isLetterByte(_ c: UInt8) -> Bool { c &- 0xC3 < 0x1D || c & 0xC0 == 0x80 }

    /// After `e`: a space and an organisation's word ("LLP", "Holdings").
    static func organisationAfter(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        guard e + 2 < s.count, s[e] == 0x20, ASCII.isAlpha(s[e + 1]) else { return false }
        var b = e + 1
        while b < s.count, ASCII.isAlpha(s[b]) { b += 1 }
        return nameStopWords.lookup(s, e + 1, b) & NameStop.organisation != 0
    }

    /// The name words of `found`'s person findings: each word of three to sixteen bytes, no honorific, no
    /// particle, no initial. One the gazetteer knows as an ordinary word or an ambiguous one ("Will", "Grace",
    /// "Hope") is weak: found again only in capitals, inside a sentence or before a person's verb.
    static func nameWords(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit]) -> NameWords {
        var words = NameWords()
        for h in found where h.kind == .person {
            var a = h.start
            while a < h.end {
                while a < h.end, !(ASCII.isAlpha(s[a]) || isLetterLead(s[a])) { a += 1 }
                var b = a
                while b < h.end, ASCII.isAlpha(s[b]) || isLetterByte(s[b]) || s[b] == UInt8(ascii: "-") || s[b] == UInt8(ascii: "'") { b += 1 }
                var e = b
                if let stem = possessiveStem(s, a, e) { e = stem }
                while e > a, s[e - 1] == UInt8(ascii: "'") || s[e - 1] == UInt8(ascii: "-") { e -= 1 }
                if e - a >= 3, e - a <= 16, !isHonorific(s, a, e), !isNotName(s, a, e) {
                    let f = NameGazetteer.flags(s, a, e)
                    if f & NameGazetteer.particle == 0 && nameStopWords.lookup(s, a, e) == 0 && !isCapsHonorific(s, a, e) {
                        words.insert(s, a, e, weak: f & (NameGazetteer.ambiguous | NameGazetteer.word) != 0)
                        if words.count == 64 { return words }
                    }
                }
                a = b + 1
            }
        }
        return words
    }

    /// The word at `i` (its first two bytes those of a name word): added to `extra` when it is one of `words`, whole
    /// and touching no finding. Where the word ends. (Out of the byte loop, which it would slow.)
    @inline(never) static func repeatedNameAt(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ words: NameWords, _ found: [Hit], _ anyCase: Bool,
                                              _ next: inout Int, _ extra: inout [Hit], _ pending: inout [(at: Int, slot: Int)],
                                              _ counts: inout [UInt32]) -> Int {
        let n = s.count
        let c = s[i]
        let e = ByteRuns.end(s, i &+ 1, nameLetters) { ASCII.isAlpha($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") }
        var end = e
        while end > i, s[end - 1] == UInt8(ascii: "-") { end -= 1 }
        var after = e
        // A possessive "'s" or "’s" is no part of the name.
        if after + 1 < n, s[after] == UInt8(ascii: "'"), s[after + 1] == UInt8(ascii: "s") { after += 2 }
        else if end == e, let stem = possessiveStem(s, i, e) { end = stem }
        // A whole word: no digit, '_', '@', apostrophe after it, or a '.' and a letter (a mailbox, a file
        // name, a host); not the first word of an organisation ("Breathnach LLP").
        let whole = after >= n || !(ASCII.isAlnum(s[after]) || s[after] == UInt8(ascii: "_") || s[after] == UInt8(ascii: "@") || s[after] == UInt8(ascii: "'"))
            && !(s[after] == UInt8(ascii: ".") && after + 1 < n && ASCII.isAlnum(s[after + 1]))
        if whole, end - i >= 3, end - i <= 16, words.lengths >> UInt32(end - i) & 1 != 0, let k = words.slot(of: s, i, end),
           !organisationAfter(s, after), !words.weak[k] || c &- 0x41 < 26 && (insideSentence(s, i) && (after > e || nameLikeAfter(s, end)) || speechVerbAfter(s, end)) {
            let inSmall = c &- 0x61 < 26
            if anyCase { counts[inSmall ? 256 + k : k] &+= 1 }
            while next < found.count, found[next].end <= i { next += 1 }
            if next >= found.count || found[next].start >= end {
                if !inSmall {
                    appendName(&extra, &pending, s, Hit(.person, i, end, 0.6), pendingSlot: nil)
                } else {
                    // In small letters, a word the lists know only as a surname is the ordinary word it came from
                    // ("Data de nascimento" beside "Bruna Nascimento"); a given name is the person ("tell shermaine").
                    let f = NameGazetteer.flags(s, i, end)
                    if f & (NameGazetteer.surname | NameGazetteer.given) != NameGazetteer.surname {
                        appendName(&extra, &pending, s, Hit(.person, i, end, 0.6), pendingSlot: words.small[k] || f & NameGazetteer.given != 0 ? nil : k)
                    }
                }
            }
        }
        return e
    }

    /// At `i`: after a word in small letters (not "The") or a comma on the same line, where an ordinary word would
    /// be written small.
    static func insideSentence(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        guard k < i, k > 0 else { return false }
        if s[k - 1] == UInt8(ascii: ",") { return true }
        var a = k
        while a > 0, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        return a < k && s[a] &- 0x61 < 26
    }

    /// After a word ending at `end`: no word in small letters, or a function word or one ending in "ing" ("is Rose
    /// coming", "with Rose and Tom"), not a noun the word would qualify ("with Honey mustard", "Rose gardens").
    static func nameLikeAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        // (Not before a number: "the lease ends in May 2026".)
        if end + 1 < n, s[end] == 0x20, isDigit(s[end + 1]) { return false }
        guard end + 1 < n, s[end] == 0x20, s[end + 1] &- 0x61 < 26 else { return true }
        var k = end + 1
        while k < n, k - end <= 16, s[k] &- 0x61 < 26 { k += 1 }
        guard k == n || !ASCII.isAlpha(s[k]) && s[k] < 0x80 else { return false }
        return functionWords.lookup(s, end + 1, k) != 0 || isIngWord(s, end + 1, k)
    }

    /// `hit` after the names of `extra`: one name with the last when one space apart, which two name words side by side
    /// are whatever their counts (the pair is no longer pending); `pendingSlot`, a word's slot whose counts decide.
    @inline(__always) static func appendName(_ extra: inout [Hit], _ pending: inout [(at: Int, slot: Int)], _ s: UnsafeBufferPointer<UInt8>,
                                             _ hit: Hit, pendingSlot: Int?) {
        if let last = extra.last, last.end + 1 == hit.start, s[last.end] == 0x20 {
            extra[extra.count - 1].end = hit.end
            if let p = pending.last, p.at == extra.count - 1 { pending.removeLast() }
        } else {
            if let k = pendingSlot { pending.append((extra.count, k)) }
            extra.append(hit)
        }
    }

    /// `found` (in order, no overlaps) with every other whole-word occurrence of its person findings'
    /// name words added as a person, in order; occurrences that touch a finding are left to it.
    /// Neighbouring occurrences one space apart are one name ("Busisiwe Radebe").
    static func withRepeatedNames(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit]) -> [Hit] {
        guard found.contains(where: { $0.kind == .person }) else { return found }
        let words = nameWords(s, found)
        guard words.count > 0 else { return found }
        let n = s.count
        guard let base = s.baseAddress else { return found }
        // A text the size of a prompt or a document is searched for the words in any case; in a larger
        // window (a file streamed 4 MB at a time) only where a word starts with a capital, which eight bytes
        // a step pass over: the lower-case search costs a lookup per word, 30 instructions a byte of
        // prose, and a file of that size is seldom one conversation.
        let anyCase = n <= lowerCaseSearchLimit
        var extra: [Hit] = []
        // Occurrences in small letters of a word no list holds wait for the counts below (only in any-case mode, the
        // only one that reads small letters): where each sits in `extra`, its slot, and the counts of each slot's
        // occurrences, in capitals at k and in small letters at 256 + k.
        var pending: [(at: Int, slot: Int)] = []
        var counts: [UInt32] = anyCase ? [UInt32](repeating: 0, count: 512) : []
        var next = 0   // the first finding that ends after i
        var i = 0
        while i < n {
            if i &+ 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                // Capitals, two-byte UTF-8 lead bytes (110xxxxx), and in any-case mode small letters.
                var m = ByteRuns.inRange(w, 0x41, 0x5A) | (w & (w << 1) & ~(w << 2) & ByteRuns.highs)
                if anyCase { m |= ByteRuns.inRange(w, 0x61, 0x7A) }
                if m == 0 { i &+= 8; continue }
                i &+= m.trailingZeroBitCount >> 3
            }
            let c = s[i]
            // A word's first two bytes as a name word's are, after a byte that joins no word: one table
            // lookup turns away nearly every other word.
            guard i &+ 1 < n, words.hasPair(c, s[i &+ 1]), c &- 0x41 < 26 || c &- 0x61 < 26 && anyCase || isLetterLead(c),
                  i == 0 || !joinsWord(s[i - 1]) && s[i - 1] != UInt8(ascii: ".") && s[i - 1] != UInt8(ascii: "'") else {
                // The rest of the word starts no word (the capitals-only pass skips small letters anyway).
                i = anyCase ? ByteRuns.alnumEnd(s, i &+ 1) : i &+ 1
                continue
            }
            i = repeatedNameAt(s, i, words, found, anyCase, &next, &extra, &pending, &counts)
        }
        // A word no list holds, written in small letters, is the person where the text writes it so ("teknaz
        // said") or writes it as a name at least as often ("Busisiwe Radebe: ... omg busisiwe"); a product's
        // name is written small more often than not, as a command or a path ("Dataproc Metastore" beside
        // "gcloud metastore services list" at every example).
        if !pending.isEmpty {
            var drop = Set<Int>()
            for p in pending where counts[256 + p.slot] > counts[p.slot] { drop.insert(p.at) }
            if !drop.isEmpty { extra = extra.enumerated().filter { !drop.contains($0.offset) }.map(\.element) }
        }
        return extra.isEmpty ? found : merged(found, extra)
    }
}

extension PIIScanner {
    /// Words after '@' that are no person's handle: chat groups, doc-comment tags, CSS at-rules, decorators.
    static let nonPersonHandles = WordTable(["here", "channel", "everyone", "all", "team", "param", "returns", "return", "throws", "throw",
                                             "see", "since", "deprecated", "author", "version", "link", "code", "type", "typedef",
                                             "property", "override", "todo", "example", "brief", "file", "note", "media", "import",
                                             "charset", "keyframes", "supports", "font-face", "apply", "layer", "tailwind", "include",
                                             "mixin", "extend", "use", "forward", "if", "else", "each", "function", "content", "page",
                                             "echo", "staticmethod", "classmethod", "dataclass", "inheritdoc", "exception", "value",
                                             "license", "module", "namespace", "class", "interface", "enum", "var", "const", "private",
                                             "public", "protected", "internal", "async", "callback", "event", "fires", "listens",
                                             "summary", "remarks", "ts-ignore", "ts-expect-error", "jsx", "flow", "noinspection",
                                             "suppress", "test", "before", "after", "beforeeach", "aftereach", "mock", "patch", "pytest",
                                             "latest", "next", "canary", "beta", "alpha", "types", "admin", "support", "bot", "home", "sha"]
                                            .map { ($0, 1) })

    /// At '@' (index `at`) opening a word: a handle in small letters and digits ("@tmodi", "@jackson93", "@li.wei"),
    /// three to 24 bytes with a letter first, then a space or a sentence's punctuation; no e-mail, package scope
    /// ("@types/node"), decorator on a line of its own or tag of `nonPersonHandles`. Where it ends.
    static func chatHandle(_ s: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
        let n = s.count
        guard at + 4 < n, at == 0 || s[at - 1] == 0x20 || s[at - 1] == 0x0A || s[at - 1] == UInt8(ascii: "(") || s[at - 1] == 0x09,
              s[at + 1] &- 0x61 < 26 else { return nil }
        var e = at + 2
        while e < n, e - at <= 25, s[e] &- 0x61 < 26 || ASCII.isDigit(s[e]) || s[e] == UInt8(ascii: "_")
                || (s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: "-")) && e + 1 < n && (s[e + 1] &- 0x61 < 26 || ASCII.isDigit(s[e + 1])) { e += 1 }
        guard e - at - 1 >= 3, e - at - 1 <= 24 else { return nil }
        // At the text's or the line's end after words on the line ("assigning to you, cc @arnoldo"), no dot in it (a decorator
        // alone on its line, "@pytest.fixture", is none).
        if e == n || s[e] == 0x0A || s[e] == 0x0D {
            guard at > 0, s[at - 1] == 0x20, !(at + 1..<e).contains(where: { s[$0] == UInt8(ascii: ".") }),
                  nonPersonHandles.lookup(s, at + 1, e) == 0, !endsInBot(s, at + 1, e) else { return nil }
            var k = at - 1
            while k > 0, s[k - 1] == 0x20 { k -= 1 }
            return k > 0 && s[k - 1] != 0x0A ? e : nil
        }
        // A space before more words, or the punctuation that ends an address to someone: "@tmodi is stuck", "@li, can you".
        let c = s[e]
        guard c == 0x20 && e + 1 < n && s[e + 1] != 0x0A || c == UInt8(ascii: ",") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!")
                || c == UInt8(ascii: ":") && e + 1 < n && s[e + 1] == 0x20 || c == UInt8(ascii: ")") else { return nil }
        guard nonPersonHandles.lookup(s, at + 1, e) == 0, !endsInBot(s, at + 1, e) else { return nil }
        return e
    }

    /// A handle of a bot: "dependabot", "renovate-bot", "ci_bot".
    static func endsInBot(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        e - a >= 3 && s[e - 3] == UInt8(ascii: "b") && s[e - 2] == UInt8(ascii: "o") && s[e - 1] == UInt8(ascii: "t")
    }
}

extension PIIScanner {
    /// At `i`, right after "[~": a Jira mention's user name up to its ']' (letters, digits, '.', '_', '-'; 2 to 32 bytes, a
    /// letter first). Where the name ends.
    static func jiraMention(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = s.count
        guard i < n, ASCII.isAlpha(s[i]) else { return nil }
        var e = i
        while e < n, e - i <= 32, ASCII.isAlnum(s[e]) || s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: "_") || s[e] == UInt8(ascii: "-") { e += 1 }
        guard e < n, s[e] == UInt8(ascii: "]"), e - i >= 2, e - i <= 32 else { return nil }
        return e
    }

    /// A line opening with a time and nothing else before the space at `space`: irssi's and WeeChat's "12:03 <nick>",
    /// "12:03:45 <nick>".
    static func bareTimeLineStart(_ s: UnsafeBufferPointer<UInt8>, _ space: Int) -> Bool {
        guard space >= 4, s[space] == 0x20 else { return false }
        var a = space
        while a > 0, space - a < 8, ASCII.isDigit(s[a - 1]) || s[a - 1] == UInt8(ascii: ":") { a -= 1 }
        guard a == 0 || s[a - 1] == 0x0A, space - a == 5 || space - a == 8 else { return false }
        // HH:MM or HH:MM:SS
        for k in a..<space { if (k - a) % 3 == 2 ? s[k] != UInt8(ascii: ":") : !ASCII.isDigit(s[k]) { return false } }
        return true
    }

    /// Services that speak in IRC logs, no person: "<ChanServ> ...".
    static let ircServices = WordTable(["chanserv", "nickserv", "memoserv", "operserv", "hostserv", "botserv", "system", "server", "bot"].map { ($0, 1) })

    /// An IRC log's nick after the line's time ("[10:40] <eric56> someone left a wallet", "12:03 <claus.kjeldsen> ok"):
    /// the speaker, at `start` right after '<'. Where the nick ends (at its '>'), or nil. The time is what tells a
    /// log's line from markup ("<div> text" has none before it).
    static func ircNick(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        guard start >= 2, s[start - 1] == UInt8(ascii: "<"), timeStampBefore(s, start - 1) != 0 || bareTimeLineStart(s, start - 2) else { return nil }
        var e = start
        var letters = 0
        while e < n, e - start <= 24, ASCII.isAlnum(s[e]) || s[e] == UInt8(ascii: "_") || s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: "-")
                || s[e] == UInt8(ascii: "|") || s[e] == UInt8(ascii: "^") || s[e] == UInt8(ascii: "`") {
            if ASCII.isAlpha(s[e]) { letters += 1 }
            e += 1
        }
        guard letters >= 2, e - start <= 24, e + 1 < n, s[e] == UInt8(ascii: ">"), s[e + 1] == 0x20,
              ircServices.lookupLowered(s, start, e) == 0 else { return nil }
        return e
    }
}
