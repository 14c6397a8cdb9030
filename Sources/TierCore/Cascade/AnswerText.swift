/// Features of an answer's text against its prompt, no model call: what a right short answer looks like.
/// A tiny model's token probabilities say little within a kind of question; whether the answer picks one of
/// the options the prompt offers, gives a number when one is asked for, repeats itself or negates says more
/// (eval/confidence: the within-type AUROC of the fitted confidence on the held-out set 0.587 -> 0.664).
/// Words are runs of ASCII letters and digits, lower-cased; numbers are "-?digits(.digits)".
enum AnswerText {
    static func words(_ s: String) -> [String] {
        var out: [String] = [], cur: [UInt8] = []
        for b in s.utf8 {
            let c = b &- 0x41 < 26 ? b | 0x20 : b
            if c &- 0x61 < 26 || c &- 0x30 < 10 { cur.append(c) } else if !cur.isEmpty { out.append(String(decoding: cur, as: UTF8.self)); cur = [] }
        }
        if !cur.isEmpty { out.append(String(decoding: cur, as: UTF8.self)) }
        return out
    }

    static func numbers(_ s: String) -> [String] {
        let u = Array(s.utf8)
        var out: [String] = []
        var i = 0
        while i < u.count {
            guard u[i] &- 0x30 < 10 else { i += 1; continue }
            var a = i
            if a > 0, u[a - 1] == UInt8(ascii: "-") { a -= 1 }
            var e = i
            while e < u.count, u[e] &- 0x30 < 10 { e += 1 }
            if e + 1 < u.count, u[e] == UInt8(ascii: "."), u[e + 1] &- 0x30 < 10 {
                e += 1
                while e < u.count, u[e] &- 0x30 < 10 { e += 1 }
            }
            out.append(String(decoding: u[a..<e], as: UTF8.self))
            i = e
        }
        return out
    }

    /// The options a prompt offers: "X or Y", "a, b, c or d", "Which is heavier, an elephant or a mouse?"
    /// (one comma before "or" sets off a lead-in, two or more make a list), "spam or not spam"; the first
    /// " or " with a word after it decides. Articles are left out.
    static func options(_ prompt: String) -> [String] {
        let p = Array(prompt.lowercased().utf8)
        func inClass(_ c: UInt8) -> Bool { c &- 0x61 < 26 || c &- 0x30 < 10 || c == UInt8(ascii: "'") || c == 0x20 || c == UInt8(ascii: ",") }
        func isWord(_ c: UInt8) -> Bool { c &- 0x61 < 26 || c &- 0x30 < 10 || c == UInt8(ascii: "'") }
        let articles: Set<String> = ["a", "an", "the"]
        var k = 0
        while k + 4 <= p.count {
            // " or " (spaces around it) after at least one character of the left part.
            guard p[k] == 0x20, p[k + 1] == UInt8(ascii: "o"), p[k + 2] == UInt8(ascii: "r"), p[k + 3] == 0x20, k > 0, inClass(p[k - 1]) else { k += 1; continue }
            var a = k
            while a > 0, inClass(p[a - 1]) { a -= 1 }
            // The right side: "not"?, an article?, a word.
            var r = k + 4
            while r < p.count, p[r] == 0x20 { r += 1 }
            func word(_ from: Int) -> (String, Int)? {
                var e = from
                while e < p.count, isWord(p[e]) { e += 1 }
                return e > from ? (String(decoding: p[from..<e], as: UTF8.self), e) : nil
            }
            guard var (w, e) = word(r) else { k += 1; continue }
            var negated = false
            if w == "not", e < p.count, p[e] == 0x20, let (w2, e2) = word(e + 1) { negated = true; w = w2; e = e2 }
            if articles.contains(w), e < p.count, p[e] == 0x20, let (w2, _) = word(e + 1) { w = w2 }
            var chunks = String(decoding: p[a..<k], as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
                .map { String($0).trimmingSpaces }
            if chunks.count == 2 { chunks.removeFirst() }
            var opts = chunks.filter { !$0.isEmpty }.compactMap { $0.split(separator: " ").last.map(String.init) }
            opts.append(negated ? "not " + w : w)
            return opts.filter { !$0.isEmpty && !articles.contains($0) && $0 != "is" }
        }
        return []
    }

    /// `option` occurs in `answer` (lower-cased) as a whole word or phrase.
    static func mentions(_ answer: [UInt8], _ option: [UInt8]) -> Bool {
        guard !option.isEmpty, answer.count >= option.count else { return false }
        func isWordByte(_ c: UInt8) -> Bool { c &- 0x61 < 26 || c &- 0x30 < 10 || c == UInt8(ascii: "_") }
        var i = 0
        while i + option.count <= answer.count {
            if answer[i] == option[0], (i == 0 || !isWordByte(answer[i - 1])),
               i + option.count == answer.count || !isWordByte(answer[i + option.count]),
               answer[i..<(i + option.count)].elementsEqual(option) { return true }
            i += 1
        }
        return false
    }

    /// The text signals of `answer` to `prompt`, by signal.
    static func features(prompt: String, answer: String) -> [(Signal, Double)] {
        let pw = Set(words(prompt)), aw = words(answer)
        let own = aw.filter { !pw.contains($0) }
        let lowerPrompt = prompt.lowercased()
        let asksNumber = lowerPrompt.contains("number") || lowerPrompt.contains("how many")
        let pnums = Set(numbers(prompt)), fresh = numbers(answer.replacingOccurrences(",", with: "")).filter { !pnums.contains($0) }
        let opts = options(prompt)
        let lowerAnswer = Array(answer.lowercased().utf8)
        let mentioned = opts.filter { mentions(lowerAnswer, Array($0.utf8)) }.count
        let trimmed = answer.trimmingSpaces
        let negations: Set<String> = ["not", "neither", "nor", "no", "never", "isn", "doesn", "cannot"]
        return [
            (.answerWords, Double(aw.count)),
            (.ownWords, Double(own.count)),
            (.ownShare, aw.isEmpty ? 0 : Double(own.count) / Double(aw.count)),
            (.freshNumber, fresh.isEmpty ? 0 : 1),
            (.numberAsked, asksNumber ? (fresh.isEmpty ? 0 : 1) : 0.5),
            (.freshNumbers, Double(Set(fresh).count)),
            (.repeats, aw.isEmpty ? 0 : 1 - Double(Set(aw).count) / Double(aw.count)),
            (.newline, trimmed.contains("\n") ? 1 : 0),
            (.negation, own.contains(where: { negations.contains($0) }) ? 1 : 0),
            (.oneOption, opts.count >= 2 ? (mentioned == 1 ? 1 : 0) : 0.5),
            (.yesNoFirst, lowerPrompt.contains("yes or no") ? (aw.first == "yes" || aw.first == "no" ? 1 : 0) : 0.5),
            (.quote, answer.contains("\"") || answer.contains("'") ? 1 : 0),
            (.sentenceEnd, trimmed.hasSuffix(".") || trimmed.hasSuffix("!") ? 1 : 0),
        ]
    }
}
