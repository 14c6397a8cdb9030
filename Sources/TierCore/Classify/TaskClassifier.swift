/// A fast, deterministic task-type guess: keyword and phrase cues plus structure (code fences,
/// braces, semicolons), in one pass over the bytes. Words in the instruction count fully; words in
/// attached text count a quarter, so a document about code that is to be summarized stays summarization.
public struct TaskGuess: Sendable, Equatable {
    /// nil when there is no signal at all.
    public var taskType: String?
    public var confidence: Double
    /// The cues that fired, for `--explain`.
    public var cues: [String]
}

public enum TaskClassifier {
    static let types = TaskType.builtIn
    static let code = types.firstIndex(of: "code")!

    /// (phrase, task type, weight). One or two words; matched on lower-cased ASCII word boundaries.
    static let cueTable: [(String, String, Double)] = [
        // message_classification
        ("classify", "message_classification", 3), ("categorize", "message_classification", 3),
        ("categorise", "message_classification", 3), ("label", "message_classification", 1.5),
        ("sentiment", "message_classification", 3), ("spam", "message_classification", 2),
        ("which category", "message_classification", 3), ("is this", "message_classification", 1),
        ("yes or", "message_classification", 2), ("positive or", "message_classification", 2),
        ("intent", "message_classification", 1.5), ("tag", "message_classification", 1),
        ("triage", "message_classification", 2), ("toxic", "message_classification", 2),
        // entity_extraction
        ("extract", "entity_extraction", 3), ("extraction", "entity_extraction", 3),
        ("pull out", "entity_extraction", 2.5), ("find all", "entity_extraction", 2),
        ("list all", "entity_extraction", 1.5), ("entities", "entity_extraction", 3),
        ("parse", "entity_extraction", 1.5), ("names", "entity_extraction", 0.5), ("dates", "entity_extraction", 0.5),
        ("identify the", "entity_extraction", 1.5), ("get the", "entity_extraction", 0.5),
        // formatting
        ("format", "formatting", 2.5), ("reformat", "formatting", 3), ("convert", "formatting", 2),
        ("to json", "formatting", 2), ("as json", "formatting", 2), ("to csv", "formatting", 2.5),
        ("to markdown", "formatting", 2.5), ("as markdown", "formatting", 2), ("to yaml", "formatting", 2.5),
        ("as a table", "formatting", 2), ("into a table", "formatting", 2), ("bullet", "formatting", 1.5),
        ("capitalize", "formatting", 2), ("normalize", "formatting", 1.5), ("indent", "formatting", 1),
        // summarization
        ("summarize", "summarization", 4), ("summarise", "summarization", 4), ("summary", "summarization", 3.5),
        ("summarizing", "summarization", 4), ("tldr", "summarization", 4), ("tl", "summarization", 0.5),
        ("key points", "summarization", 3), ("condense", "summarization", 3), ("shorten", "summarization", 2),
        ("gist", "summarization", 3), ("recap", "summarization", 3), ("main points", "summarization", 3),
        ("in one sentence", "summarization", 1), ("one sentence", "summarization", 1.5), ("abstract", "summarization", 1),
        // routing
        ("which tool", "routing", 4), ("which agent", "routing", 4), ("which function", "routing", 3),
        ("route", "routing", 2.5), ("route this", "routing", 3), ("dispatch", "routing", 2.5), ("pick a tool", "routing", 4),
        ("select the", "routing", 1), ("choose the", "routing", 1), ("tool to", "routing", 1.5), ("handoff", "routing", 2),
        ("which team", "routing", 2.5), ("forward to", "routing", 1.5),
        // template_completion
        ("fill in", "template_completion", 3.5), ("fill out", "template_completion", 3), ("template", "template_completion", 3),
        ("placeholders", "template_completion", 3), ("placeholder", "template_completion", 3), ("blanks", "template_completion", 3),
        ("complete the", "template_completion", 1.5), ("boilerplate", "template_completion", 1.5),
        // code
        ("code", "code", 2), ("function", "code", 2), ("bug", "code", 2), ("debug", "code", 3), ("refactor", "code", 3.5),
        ("compile", "code", 2.5), ("compiler", "code", 2.5), ("stack trace", "code", 3), ("traceback", "code", 3),
        ("unit test", "code", 3), ("unit tests", "code", 3), ("regex", "code", 2.5), ("sql", "code", 2.5), ("query", "code", 0.5),
        ("python", "code", 2.5), ("javascript", "code", 2.5), ("typescript", "code", 2.5), ("swift", "code", 2),
        ("rust", "code", 2), ("golang", "code", 2.5), ("java", "code", 2), ("bash", "code", 2), ("script", "code", 1.5),
        ("implement", "code", 2.5), ("method", "code", 1), ("class", "code", 1), ("api", "code", 1), ("exception", "code", 2),
        ("segfault", "code", 3), ("null pointer", "code", 3), ("pull request", "code", 2.5), ("code review", "code", 3),
        // complex_reasoning
        ("why", "complex_reasoning", 1.5), ("explain", "complex_reasoning", 1.5), ("analyze", "complex_reasoning", 2.5),
        ("analyse", "complex_reasoning", 2.5), ("analysis", "complex_reasoning", 2), ("compare", "complex_reasoning", 2),
        ("trade", "complex_reasoning", 1), ("tradeoffs", "complex_reasoning", 3), ("trade-offs", "complex_reasoning", 3),
        ("step by", "complex_reasoning", 3), ("prove", "complex_reasoning", 3.5), ("proof", "complex_reasoning", 3),
        ("derive", "complex_reasoning", 3), ("evaluate", "complex_reasoning", 2), ("plan", "complex_reasoning", 1.5),
        ("strategy", "complex_reasoning", 2.5), ("design", "complex_reasoning", 1.5), ("architecture", "complex_reasoning", 2),
        ("reason", "complex_reasoning", 1.5), ("implications", "complex_reasoning", 2.5), ("pros and", "complex_reasoning", 2.5),
        ("should we", "complex_reasoning", 2), ("what if", "complex_reasoning", 2), ("diagnose", "complex_reasoning", 2),
        ("calculate", "complex_reasoning", 2), ("solve", "complex_reasoning", 2.5), ("root cause", "complex_reasoning", 3),
        // creative
        ("poem", "creative", 4), ("story", "creative", 3.5), ("haiku", "creative", 4), ("limerick", "creative", 4),
        ("slogan", "creative", 3.5), ("tagline", "creative", 3), ("brainstorm", "creative", 3.5), ("creative", "creative", 3),
        ("imagine", "creative", 2.5), ("lyrics", "creative", 4), ("song", "creative", 3), ("fiction", "creative", 3),
        ("catchy", "creative", 2.5), ("jokes", "creative", 3), ("joke", "creative", 3), ("names for", "creative", 2.5),
    ]

    /// Open-addressed table of FNV-1a hashes of the cues (one word, or two words joined by a space).
    struct CueIndex {
        var keys: [UInt64]
        var values: [(type: Int32, weight: Double)]
        var mask: Int

        /// 1024-bit Bloom filters: single-word cues, and the first words of two-word cues. Most words of
        /// a prompt are no cue; the filter turns them away before the table is probed.
        var wordBloom = [UInt64](repeating: 0, count: 16)
        /// The first two letters (case-folded) of every word of every cue: a word whose pair is not here
        /// is no cue and no part of one, so it is not even keyed.
        var prefixes = [UInt64](repeating: 0, count: 16)

        @inline(__always)
        static func prefixIndex(_ a: UInt8, _ b: UInt8) -> Int { Int(a & 31) << 5 | Int(b & 31) }
        var firstBloom = [UInt64](repeating: 0, count: 16)

        @inline(__always)
        static func bloomHas(_ bloom: UnsafeBufferPointer<UInt64>, _ k: UInt64) -> Bool {
            (bloom[Int(truncatingIfNeeded: (k >> 54) & 15)] >> ((k >> 48) & 63)) & 1 != 0
        }

        static func bloomAdd(_ bloom: inout [UInt64], _ k: UInt64) {
            bloom[Int(truncatingIfNeeded: (k >> 54) & 15)] |= 1 << ((k >> 48) & 63)
        }

        init(_ table: [(String, String, Double)]) {
            var size = 1
            while size < table.count * 4 { size <<= 1 }
            keys = [UInt64](repeating: 0, count: size)
            values = [(type: Int32, weight: Double)](repeating: (-1, 0), count: size)
            mask = size - 1
            for (phrase, type, weight) in table {
                let h = CueIndex.hash(phrase)
                var slot = Int(truncatingIfNeeded: h) & mask
                while keys[slot] != 0 && keys[slot] != h { slot = (slot + 1) & mask }
                keys[slot] = h
                values[slot] = (Int32(TaskType.builtIn.firstIndex(of: type)!), weight)
                let words = phrase.split(separator: " ")
                for w in words {
                    let u = Array(w.utf8)
                    let i = CueIndex.prefixIndex(u[0], u.count > 1 ? u[1] : 0)
                    prefixes[i >> 6] |= 1 << UInt64(i & 63)
                }
                if words.count == 1 { CueIndex.bloomAdd(&wordBloom, h) }
                else { CueIndex.bloomAdd(&firstBloom, CueIndex.hash(String(words[0]))) }
            }
        }

        /// One word: `wordKey` of its bytes. Two words: their keys combined, as `scanWords` does at each word end.
        static func hash(_ phrase: String) -> UInt64 {
            let words = phrase.split(separator: " ")
            var combined: UInt64 = 0
            for (i, w) in words.enumerated() {
                var bytes = Array(w.utf8) + [UInt8](repeating: 0, count: 16)
                let k = bytes.withUnsafeMutableBufferPointer { wordKey($0.baseAddress!, w.utf8.count) }
                combined = i == 0 ? k : pair(combined, k)
            }
            return combined == 0 ? 1 : combined
        }

        /// A word's key from its bytes in place: up to 16 bytes loaded as two words, masked to its length,
        /// lower-cased by or-ing 0x20 (which leaves digits and '-' as they are), mixed once.
        /// No per-byte work: the scan only finds where words end. No cue is longer than 16 bytes.
        @inline(__always)
        static func wordKey(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
            let raw = UnsafeRawPointer(p)
            var lo: UInt64, hi: UInt64 = 0
            if n >= 8 {
                lo = raw.loadUnaligned(as: UInt64.self)
                if n > 8 {
                    hi = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & (~0 >> UInt64(64 - 8 * (n - 8)))
                }
            } else {
                lo = raw.loadUnaligned(as: UInt64.self) & (~0 >> UInt64(64 - 8 * n))
            }
            lo |= 0x2020_2020_2020_2020 & (n >= 8 ? ~0 : (~0 >> UInt64(64 - 8 * n)))
            if n > 8 { hi |= 0x2020_2020_2020_2020 & (~0 >> UInt64(64 - 8 * (n - 8))) }
            let k = (lo &* 0x9E3779B97F4A7C15) ^ ((hi ^ UInt64(truncatingIfNeeded: n)) &* 0xC2B2AE3D27D4EB4F)
            return k == 0 ? 1 : k
        }

        @inline(__always)
        static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E3779B97F4A7C15) ^ b }

        /// The slot holding `h`, or -1. Works on raw buffers: it runs once per word of every prompt.
        @inline(__always)
        static func find(_ h: UInt64, _ keys: UnsafeBufferPointer<UInt64>, _ mask: Int) -> Int {
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let k = keys[slot]
                if k == h { return slot }
                if k == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    static let index = CueIndex(cueTable)

    public static func classify(prompt: String, attachments: [String] = [], explain: Bool = true) -> TaskGuess {
        var scores = [Double](repeating: 0, count: types.count)
        var cueHits = [Int](repeating: 0, count: types.count)
        var cues: [String] = []
        var p = prompt
        var structure = Structure()
        p.withUTF8 { scanWords($0, weight: 1, &scores, &cueHits, &structure) }
        addStructure(structure, weight: 1, &scores, &cues)
        // Attached text counts a quarter, and at most 2 points a type: a long document must not
        // outvote a short instruction by sheer repetition.
        var attached = [Double](repeating: 0, count: types.count)
        for var a in attachments {
            var st = Structure()
            a.withUTF8 { scanWords($0, weight: 0.25, &attached, &cueHits, &st) }
            addStructure(st, weight: 0.25, &attached, &cues)
        }
        for i in 0..<types.count { scores[i] += min(attached[i], 2) }
        if explain {
            for (i, t) in types.enumerated().reversed() where cueHits[i] > 0 { cues.insert("\(t) words ×\(cueHits[i])", at: 0) }
        } else {
            cues = []
        }

        var best = -1
        var bestScore = 0.0
        var second = 0.0
        for (i, s) in scores.enumerated() {
            if s > bestScore { second = bestScore; bestScore = s; best = i }
            else if s > second { second = s }
        }
        guard best >= 0, bestScore >= 1 else { return TaskGuess(taskType: nil, confidence: 0, cues: cues) }
        // Margin over the runner-up, damped for weak evidence: 1 strong cue alone gives about 0.6.
        let margin = (bestScore - second) / bestScore
        let strength = bestScore / (bestScore + 2)
        let confidence = (margin * strength * 100).rounded() / 100
        return TaskGuess(taskType: types[best], confidence: min(1, max(0.05, confidence)), cues: cues)
    }

    /// Structure: code looks like code; {{placeholders}} look like a template.
    static func addStructure(_ structure: Structure, weight: Double, _ scores: inout [Double], _ cues: inout [String]) {
        var codeScore = 0.0
        if structure.fences > 0 { codeScore += 3 }
        let lines = max(1, structure.newlines)
        if structure.semicolonLineEnds * 4 >= lines && structure.semicolonLineEnds >= 2 { codeScore += 2 }
        if structure.braces >= 4 { codeScore += 1.5 }
        if structure.codeTokens >= 2 { codeScore += Double(min(structure.codeTokens, 6)) * 0.5 }
        if codeScore > 0 {
            scores[code] += codeScore * weight
            cues.append("code structure (fences \(structure.fences), braces \(structure.braces), code tokens \(structure.codeTokens))")
        }
        if structure.doubleBraces >= 2 {
            scores[TaskType.builtIn.firstIndex(of: "template_completion")!] += 2.5 * weight
            cues.append("template placeholders ×\(structure.doubleBraces / 2)")
        }
    }

    struct Structure {
        var fences = 0
        var braces = 0
        var doubleBraces = 0
        var semicolonLineEnds = 0
        var newlines = 0
        var codeTokens = 0
    }

    static func scanWords(_ s: UnsafeBufferPointer<UInt8>, weight: Double, _ scores: inout [Double],
                          _ hits: inout [Int], _ st: inout Structure) {
        let idx = index
        idx.keys.withUnsafeBufferPointer { keys in
            idx.values.withUnsafeBufferPointer { values in
                idx.wordBloom.withUnsafeBufferPointer { wordBloom in
                    idx.firstBloom.withUnsafeBufferPointer { firstBloom in
                        idx.prefixes.withUnsafeBufferPointer { prefixes in
                            scores.withUnsafeMutableBufferPointer { scores in
                                hits.withUnsafeMutableBufferPointer { hits in
                                    scanWords(s, weight: weight, keys: keys, values: values, mask: idx.mask,
                                              wordBloom: wordBloom, firstBloom: firstBloom, prefixes: prefixes,
                                              scores: scores, hits: hits, &st)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Per byte: 0 for a separator, 2 for a letter, 1 for a digit or '-' (word bytes inside a word only).
    static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        let u = UInt8(b)
        if u &- 0x41 < 26 || u &- 0x61 < 26 { return 2 }
        if u &- 0x30 < 10 || u == 0x2D { return 1 }
        return 0
    }

    /// One pass: lower-cases ASCII letters into words, hashes each word, and looks up the word and the
    /// pair it makes with the word before.
    static func scanWords(_ s: UnsafeBufferPointer<UInt8>, weight: Double, keys: UnsafeBufferPointer<UInt64>,
                          values: UnsafeBufferPointer<(type: Int32, weight: Double)>, mask: Int,
                          wordBloom: UnsafeBufferPointer<UInt64>, firstBloom: UnsafeBufferPointer<UInt64>,
                          prefixes: UnsafeBufferPointer<UInt64>,
                          scores: UnsafeMutableBufferPointer<Double>, hits: UnsafeMutableBufferPointer<Int>,
                          _ st: inout Structure) {
        var prevWord: UInt64 = 0
        var hasPrev = false
        var scratch: (UInt64, UInt64) = (0, 0)
        var lastNonSpace: UInt8 = 0
        var backticks = 0
        let n = s.count
        guard let base = s.baseAddress else { return }
        byteClass.withUnsafeBufferPointer { table in
            var i = 0
            while i < n {
                var c = table[Int(base[i])]
                if c > 1 {
                    // A word: find its end, then key it from memory.
                    let start = i
                    repeat {
                        i &+= 1
                        if i == n { break }
                        c = table[Int(base[i])]
                    } while c != 0
                    let length = i &- start
                    let pi = CueIndex.prefixIndex(base[start], length > 1 ? base[start &+ 1] : 0)
                    if length > 16 || (prefixes[pi >> 6] >> UInt64(pi & 63)) & 1 == 0 {
                        hasPrev = false  // no cue is this long, or starts this way
                        continue
                    }
                    var h: UInt64
                    if start &+ 16 <= n {
                        h = CueIndex.wordKey(base + start, length)
                    } else {
                        // Near the end of the text: copy into a zeroed scratch so the loads stay in bounds.
                        scratch = (0, 0)
                        withUnsafeMutableBytes(of: &scratch) { t in
                            t.baseAddress!.copyMemory(from: base + start, byteCount: length)
                        }
                        h = withUnsafeBytes(of: &scratch) { CueIndex.wordKey($0.baseAddress!.assumingMemoryBound(to: UInt8.self), length) }
                    }
                    if CueIndex.bloomHas(wordBloom, h) {
                        let slot = CueIndex.find(h, keys, mask)
                        if slot >= 0 {
                            scores[Int(values[slot].type)] += values[slot].weight * weight
                            hits[Int(values[slot].type)] += 1
                        }
                    }
                    if hasPrev && CueIndex.bloomHas(firstBloom, prevWord) {
                        var pair = CueIndex.pair(prevWord, h)
                        if pair == 0 { pair = 1 }
                        let pslot = CueIndex.find(pair, keys, mask)
                        if pslot >= 0 {
                            scores[Int(values[pslot].type)] += values[pslot].weight * weight
                            hits[Int(values[pslot].type)] += 1
                        }
                    }
                    prevWord = h
                    hasPrev = true
                    continue
                }
                let b = base[i]
                if b == 0x20 {
                    backticks = 0
                } else if c == 1 {
                    hasPrev = false  // a number between words breaks a phrase
                    lastNonSpace = b
                    if b == 0x2D, i + 1 < n, base[i + 1] == UInt8(ascii: ">") { st.codeTokens += 1 }
                } else {
                    // Punctuation: structure cues. A sentence or line break also ends a phrase.
                    hasPrev = false
                    switch b {
                    case UInt8(ascii: "`"):
                        backticks += 1
                        if backticks == 3 { st.fences += 1; backticks = 0 }
                    case UInt8(ascii: "{"), UInt8(ascii: "}"):
                        st.braces += 1
                        if i + 1 < n, base[i + 1] == b { st.doubleBraces += 1 }
                    case 0x0A:
                        st.newlines += 1
                        if lastNonSpace == UInt8(ascii: ";") { st.semicolonLineEnds += 1 }
                    case UInt8(ascii: "="):
                        if i + 1 < n, base[i + 1] == UInt8(ascii: ">") { st.codeTokens += 1 }
                        if i + 2 < n, base[i + 1] == UInt8(ascii: "="), base[i + 2] == UInt8(ascii: "=") { st.codeTokens += 1 }
                    case UInt8(ascii: "("):
                        if i + 1 < n, base[i + 1] == UInt8(ascii: ")") { st.codeTokens += 1 }
                    default:
                        break
                    }
                    if b != UInt8(ascii: "`") { backticks = 0 }
                    if b != 0x09 && b != 0x0D && b != 0x0A { lastNonSpace = b }
                }
                i += 1
            }
        }
        if lastNonSpace == UInt8(ascii: ";") { st.semicolonLineEnds += 1 }
    }
}
