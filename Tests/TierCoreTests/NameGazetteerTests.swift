import Testing
@testable import TierCore

/// Looks `word` up as the whole of a buffer, and again inside a sentence at its byte offsets.
private func lookup(_ word: String) -> UInt8 {
    let whole = Array(word.utf8).withUnsafeBufferPointer { NameGazetteer.flags($0, 0, $0.count) }
    let text = Array(("xy " + word + ", ok").utf8)
    let inner = text.withUnsafeBufferPointer { NameGazetteer.flags($0, 3, 3 + word.utf8.count) }
    #expect(whole == inner, "\(word): alone \(whole), in a sentence \(inner)")
    return whole
}

private let nameBits = NameGazetteer.given | NameGazetteer.surname

@Suite struct NameGazetteerTests {
    /// Every sampled word of every list (written by scripts/names/build.py from the source lists, not
    /// from the Swift table) comes back with exactly the flags the lists give it; sampled non-words are absent.
    @Test func sampledEntriesOfTheSourceListsHaveTheirFlags() throws {
        let text = String(decoding: try System.readFile(repoRoot + "/scripts/names/samples.tsv"), as: UTF8.self)
        var checked = 0, absent = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            try #require(cols.count == 2, "bad sample line \(line)")
            let word = String(cols[0])
            let want = try #require(UInt8(cols[1]))
            #expect(lookup(word) == want, "\(word)")
            if want == 0 { absent += 1 }
            checked += 1
        }
        #expect(checked > 2000 && absent >= 500)
    }

    @Test func givenNamesSurnamesAndTheirCommonBits() {
        for w in ["James", "Mary", "Irene", "Amy", "Priya", "Siobhán", "Oluwaseun", "Xiaoming", "Jean-Pierre"] {
            #expect(lookup(w) & NameGazetteer.given != 0, "\(w)")
        }
        for w in ["Wilson", "Davis", "Chapman", "Hutchinson", "Kowalska", "O'Brien", "D'Angelo", "Nguyễn", "Yılmaz"] {
            #expect(lookup(w) & NameGazetteer.surname != 0, "\(w)")
        }
        #expect(lookup("James") & NameGazetteer.commonGiven != 0)
        #expect(lookup("Chapman") & NameGazetteer.commonSurname != 0)
        // Rare entries are names but not common ones.
        #expect(lookup("Iren") == NameGazetteer.given)
    }

    @Test func wordsThatAreAlsoNamesAreAmbiguous() {
        for w in ["May", "Will", "Bill", "Mark", "Grant", "Rose", "Young", "White", "Long", "Street", "Summer", "Hope", "Price"] {
            let f = lookup(w)
            #expect(f & nameBits != 0, "\(w) is in a name list")
            #expect(f & NameGazetteer.ambiguous != 0, "\(w) is also a common word")
        }
        // Dictionary words whose capitalised form is nearly always a name stay unambiguous.
        for w in ["Peter", "Frank", "Victor", "Irene"] {
            #expect(lookup(w) & NameGazetteer.ambiguous == 0, "\(w)")
        }
    }

    @Test func nonNamesAreAbsentOrAmbiguous() {
        for w in ["Invoice", "Tuesday", "Please", "Customer", "Success", "New", "Times", "Suite", "Thanks", "Meeting", "Order", "AI"] {
            let f = lookup(w)
            #expect(f & nameBits == 0 || f & NameGazetteer.ambiguous != 0, "\(w): \(f)")
        }
        for w in ["Wilso", "Invoices", "the", "The", "unknown", "x", "Qqzx", "2024", "a-b"] {
            #expect(lookup(w) & nameBits == 0, "\(w)")
        }
    }

    @Test func caseAndAccentsOfLatinLettersAreIgnored() {
        // Case forms of one spelling give the same flags, and so does the spelling without accents.
        for forms in [["James", "JAMES", "james", "jAmEs"], ["Müller", "MÜLLER", "müller", "Muller", "MULLER"],
                      ["José", "JOSÉ", "josé", "Jose"], ["Søren", "SØREN", "søren", "Soren"],
                      ["Łukasz", "ŁUKASZ", "łukasz", "Lukasz"], ["Strauß", "STRAUSS", "Strauss"], ["Ștefan", "ŞTEFAN", "Stefan"]] {
            let f = lookup(forms[0])
            #expect(f & nameBits != 0, "\(forms[0])")
            for w in forms.dropFirst() { #expect(lookup(w) == f, "\(w) vs \(forms[0])") }
        }
        // A name the lists hold only in ASCII is found in its accented spelling (the Census has JASTRZEBSKI, GRUNEWALD).
        for w in ["Jastrzębski", "Grünewald", "Kołodziej", "Čermák"] { #expect(lookup(w) & NameGazetteer.surname != 0, "\(w)") }
        // Outside U+00C0..U+017F only ASCII case folds: the stored case forms of "Nguyễn" are found, the accent-free one too.
        for w in ["Nguyễn", "NGUYỄN", "nguyễn", "Nguyen"] { #expect(lookup(w) & NameGazetteer.surname != 0, "\(w)") }
        // Non-letters are not folded: the multiplication sign is no "x" ("Max" is a name, "Ma×" is not).
        #expect(lookup("Max") & NameGazetteer.given != 0)
        #expect(lookup("Ma×") == 0)
    }

    /// English words in no name list carry `word` (so "Visit" is known not to be a rare given name);
    /// names never do, ambiguous names neither (they are names), and unknown words stay 0.
    @Test func englishWordsThatAreNoNamesAreMarked() {
        for w in ["Keyboard", "visit", "Pipeline", "invoice"] {
            #expect(lookup(w) & NameGazetteer.word != 0, "\(w)")
            #expect(lookup(w) & (NameGazetteer.given | NameGazetteer.surname) == 0, "\(w)")
        }
        for w in ["Irene", "Wilson", "Grant", "Szczepaniak"] { #expect(lookup(w) & NameGazetteer.word == 0, "\(w)") }
        #expect(lookup("Ragnfrid") == 0)
        #expect(lookup("Grafana") & NameGazetteer.ambiguous != 0)
    }

    @Test func particlesAreMarked() {
        for w in ["van", "von", "de", "bin", "al"] { #expect(lookup(w) & NameGazetteer.particle != 0, "\(w)") }
        #expect(lookup("Wilson") & NameGazetteer.particle == 0)
    }

    @Test func rangesOutsideTheBufferOrTooLongAreAbsent() {
        let text = Array("Please forward this to Irene Wilson".utf8)
        text.withUnsafeBufferPointer { s in
            #expect(NameGazetteer.flags(s, 23, 28) & NameGazetteer.given != 0) // Irene
            #expect(NameGazetteer.flags(s, 29, 35) & NameGazetteer.surname != 0) // Wilson
            #expect(NameGazetteer.flags(s, 29, 36) == 0)
            #expect(NameGazetteer.flags(s, -1, 4) == 0)
            #expect(NameGazetteer.flags(s, 5, 5) == 0)
            #expect(NameGazetteer.flags(s, 6, 5) == 0)
        }
        let long = Array(String(repeating: "a", count: NameGazetteer.maxKeyLength + 1).utf8)
        long.withUnsafeBufferPointer { #expect(NameGazetteer.flags($0, 0, $0.count) == 0) }
        let empty: [UInt8] = []
        empty.withUnsafeBufferPointer { #expect(NameGazetteer.flags($0, 0, 0) == 0) }
    }

    /// Keys hold letters, apostrophes and hyphens only: a word with any other ASCII byte in it, at any
    /// position, among random bytes of every value, is absent (and looking it up does not fault).
    @Test func wordsWithNonLetterBytesAreAbsent() {
        var rng = SplitMixGenerator(seed: 14)
        let nonLetters = (0...127).map(UInt8.init).filter { !ASCII.isAlpha($0) && $0 != 0x27 && $0 != 0x2D }
        for _ in 0..<20_000 {
            let n = Int.random(in: 1...12, using: &rng)
            var bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes[Int.random(in: 0..<n, using: &rng)] = nonLetters.randomElement(using: &rng)!
            #expect(bytes.withUnsafeBufferPointer { NameGazetteer.flags($0, 0, $0.count) } == 0, "\(bytes)")
        }
    }
}
