#if canImport(Glibc)
import Glibc
#endif

/// One named raw signal of how likely an answer is to be right. Every judged answer gets all of
/// them (logged under "signals"); `tier calibrate --fit combined` learns how to weigh them.
/// p_i = exp(logprob_i) of the i-th generated token.
public enum Signal: String, CaseIterable, Sendable {
    /// mean of p_i
    case meanP = "mean_p"
    /// the smallest p_i
    case minP = "min_p"
    /// the `routing.confidence.quantile` (0.1) low quantile of p_i
    case lowP = "low_p"
    /// the log-probability of the whole answer (the sum of the token logprobs; exp of it is the sequence probability)
    case seqLogprob = "seq_logprob"
    /// p of the first generated token
    case firstP = "first_p"
    /// the first token's p minus its best alternative's (top-1/top-2 margin)
    case firstMargin = "first_margin"
    /// mean top-1/top-2 margin over the tokens
    case meanMargin = "mean_margin"
    /// mean entropy (nats) of the returned top alternatives per token, renormalised over them
    case meanEntropy = "mean_entropy"
    /// the answer's length in tokens
    case tokens = "tokens"
    /// 1 when the answer hedges or refuses ("I'm not sure", "as an AI"), else 0
    case hedged = "hedged"
    /// 1 when it stopped at max_tokens, else 0
    case truncated = "truncated"
    /// 1 when JSON was asked for and the answer is not JSON, else 0
    case invalidJSON = "invalid_json"
    /// mean p over the answer's own tokens: those of words the prompt does not contain (all tokens when
    /// every word is in the prompt); the echo of the question ("The capital of Peru is ...") left out
    case answerMeanP = "answer_mean_p"
    /// the smallest p among the answer's own tokens
    case answerMinP = "answer_min_p"
    /// p of the answer's first own token
    case answerFirstP = "answer_first_p"
    /// the formula-based score of `routing.confidence` (quantile blend and penalties), before any map
    case score = "score"
    /// self-consistency: the mean agreement of `routing.confidence.samples` extra answers with this one
    case agreement = "agreement"
    /// the mean token logprob (`seq_logprob` / `tokens`): the sequence probability normalised by length
    case meanLogprob = "mean_logprob"
    /// the sum of the logprobs of the answer's own tokens (those of `answer_mean_p`)
    case answerLogprob = "answer_logprob"
    /// the number of the answer's own tokens
    case answerTokens = "answer_tokens"
    /// the first own token's p minus its best alternative's
    case answerFirstMargin = "answer_first_margin"
    /// the share of the answer's words that the prompt contains (1: it only restates the question)
    case echo = "echo"
    // The answer's text against the prompt (`AnswerText`; no model call). Words: ASCII letters and digits.
    /// the answer's words
    case answerWords = "answer_words"
    /// the answer's words the prompt does not contain
    case ownWords = "own_words"
    /// `own_words` / `answer_words` (0 for no words)
    case ownShare = "own_share"
    /// 1 when the answer holds a number the prompt does not
    case freshNumber = "fresh_number"
    /// when the prompt asks for a number ("number", "how many"): 1 if the answer gives a new one, else 0; 0.5 otherwise
    case numberAsked = "number_asked"
    /// how many distinct numbers the answer holds that the prompt does not
    case freshNumbers = "fresh_numbers"
    /// 1 - distinct words / words: how much the answer repeats itself
    case repeats = "repeats"
    /// 1 when the trimmed answer runs over more than one line
    case newline = "newline"
    /// 1 when a word of the answer's own is a negation (not, no, never, neither, nor, cannot, isn, doesn)
    case negation = "negation"
    /// when the prompt offers options ("X or Y", "a, b or c"): 1 if the answer names exactly one, else 0; 0.5 otherwise
    case oneOption = "one_option"
    /// when the prompt asks "yes or no": 1 if the answer starts with yes or no, else 0; 0.5 otherwise
    case yesNoFirst = "yes_no_first"
    /// 1 when the answer holds a quote mark
    case quote = "quote"
    /// 1 when the trimmed answer ends with "." or "!"
    case sentenceEnd = "sentence_end"

    public static let count = allCases.count
    /// The position in `allCases` (the index into `ConfidenceSignals.values`).
    public var index: Int {
        switch self {
        case .meanP: return 0
        case .minP: return 1
        case .lowP: return 2
        case .seqLogprob: return 3
        case .firstP: return 4
        case .firstMargin: return 5
        case .meanMargin: return 6
        case .meanEntropy: return 7
        case .tokens: return 8
        case .hedged: return 9
        case .truncated: return 10
        case .invalidJSON: return 11
        case .answerMeanP: return 12
        case .answerMinP: return 13
        case .answerFirstP: return 14
        case .score: return 15
        case .agreement: return 16
        case .meanLogprob: return 17
        case .answerLogprob: return 18
        case .answerTokens: return 19
        case .answerFirstMargin: return 20
        case .echo: return 21
        case .answerWords: return 22
        case .ownWords: return 23
        case .ownShare: return 24
        case .freshNumber: return 25
        case .numberAsked: return 26
        case .freshNumbers: return 27
        case .repeats: return 28
        case .newline: return 29
        case .negation: return 30
        case .oneOption: return 31
        case .yesNoFirst: return 32
        case .quote: return 33
        case .sentenceEnd: return 34
        }
    }

    /// Higher means more likely right (for a single signal's AUROC); false for entropy, length and the flags.
    public var higherIsBetter: Bool {
        switch self {
        case .meanEntropy, .tokens, .hedged, .truncated, .invalidJSON, .answerTokens, .answerWords, .ownWords, .ownShare, .freshNumbers,
             .repeats, .newline, .negation, .quote: return false
        default: return true
        }
    }

    /// The value the learned model sees: the logged value, on a scale where a linear weight makes sense
    /// (the sequence logprobs floored at -30, mean logprob at -10, log(1 + a token count)); the rest as logged.
    @inline(__always)
    public func feature(_ v: Double) -> Double {
        switch self {
        case .seqLogprob, .answerLogprob: return max(-30, v)
        case .meanLogprob: return max(-10, v)
        case .tokens, .answerTokens, .answerWords, .ownWords, .freshNumbers: return log1p(max(0, v))
        default: return v
        }
    }
}

/// The raw signals of one answer, by `Signal` index; NaN where a signal is not available
/// (no self-consistency samples, no alternatives from the provider).
public struct ConfidenceSignals: Sendable, Equatable {
    public var values: [Double]

    public init() { values = [Double](repeating: .nan, count: Signal.count) }

    public subscript(_ s: Signal) -> Double? {
        get { let v = values[s.index]; return v.isNaN ? nil : v }
        set { values[s.index] = newValue ?? .nan }
    }

    public static func == (a: ConfidenceSignals, b: ConfidenceSignals) -> Bool {
        zip(a.values, b.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    /// The signals of a response; nil when the provider gave no logprobs.
    public static func of(_ r: ChatResponse, jsonAsked: Bool, settings: ConfidenceSettings, prompt: String? = nil) -> ConfidenceSignals? {
        guard let lps = r.logprobs else { return nil }
        var s = ConfidenceSignals()
        let trimmed = r.text.trimmingSpaces
        s[.hedged] = Confidence.hedged(r.text) ? 1 : 0
        s[.truncated] = (r.finishReason == "length" || r.finishReason == "max_tokens") ? 1 : 0
        s[.invalidJSON] = jsonAsked && (trimmed.isEmpty || (try? JSONParser.parse(trimmed)) == nil) ? 1 : 0
        s[.tokens] = Double(lps.count)
        s[.score] = Confidence.formula(r, jsonAsked: jsonAsked, settings: settings) ?? 0
        guard !lps.isEmpty else { return s }
        var sum = 0.0, sumLP = 0.0, minP = 1.0, marginSum = 0.0, entropySum = 0.0, entropyCount = 0
        var probs: [Double] = []
        probs.reserveCapacity(lps.count)
        for t in lps {
            let p = exp(t.logprob)
            probs.append(p)
            sum += p
            sumLP += t.logprob
            minP = min(minP, p)
            marginSum += max(0, p - (t.runnerUp.map { exp($0) } ?? 0))
            let alts = t.alternatives.isEmpty ? ([t.logprob] + (t.runnerUp.map { [$0] } ?? [])) : t.alternatives
            if alts.count >= 2 || !t.alternatives.isEmpty {
                var z = 0.0
                for a in alts { z += exp(a) }
                if z > 0 {
                    var h = 0.0
                    for a in alts { let q = exp(a) / z; if q > 0 { h -= q * log(q) } }
                    entropySum += h
                    entropyCount += 1
                }
            }
        }
        let n = Double(lps.count)
        s[.meanP] = sum / n
        s[.minP] = minP
        probs.sort()
        let idx = min(probs.count - 1, max(0, Int((settings.quantile * Double(probs.count - 1)).rounded(.down))))
        s[.lowP] = probs[idx]
        s[.seqLogprob] = sumLP
        let first = lps[0]
        s[.firstP] = exp(first.logprob)
        s[.firstMargin] = first.margin
        s[.meanMargin] = marginSum / n
        if entropyCount > 0 { s[.meanEntropy] = entropySum / Double(entropyCount) }
        // The prompt's words, read once for both signals that compare the answer with them.
        let known = prompt.map { Set(Agreement.words($0)) }
        if let known, let own = ownTokens(lps, known: known), !own.isEmpty {
            let ps = own.map { exp(lps[$0].logprob) }
            s[.answerMeanP] = ps.reduce(0, +) / Double(ps.count)
            s[.answerMinP] = ps.min()
            s[.answerFirstP] = ps[0]
            s[.answerLogprob] = own.reduce(0) { $0 + lps[$1].logprob }
            s[.answerTokens] = Double(own.count)
            s[.answerFirstMargin] = lps[own[0]].margin
        }
        s[.meanLogprob] = sumLP / n
        if let known {
            let ws = Agreement.words(r.text)
            if !ws.isEmpty { s[.echo] = Double(ws.filter { known.contains($0) }.count) / Double(ws.count) }
        }
        if let prompt { for (sig, v) in AnswerText.features(prompt: prompt, answer: r.text) { s[sig] = v } }
        return s
    }

    /// The indexes of the tokens that belong to words the prompt does not contain (`known`: the prompt's
    /// words, as `Agreement.words` reads them; a word's tokens are those
    /// that hold any of its letters or digits); every token with a letter or digit when all the words are in
    /// the prompt; nil when a token's text is unknown.
    static func ownTokens(_ lps: [TokenLogprob], known: Set<String>) -> [Int]? {
        var owner: [Int] = []          // per scalar of the answer: its token
        var scalars: [Unicode.Scalar] = []
        for (i, t) in lps.enumerated() {
            guard let text = t.text else { return nil }
            for u in text.unicodeScalars { scalars.append(u); owner.append(i) }
        }
        var own = Set<Int>(), any = Set<Int>()
        var word = "", tokens = Set<Int>()
        func flush() {
            guard !word.isEmpty else { return }
            any.formUnion(tokens)
            if !known.contains(word) { own.formUnion(tokens) }
            word = ""; tokens = []
        }
        for (k, u) in scalars.enumerated() {
            if u.properties.isAlphabetic || u.properties.numericType != nil {
                word += String(u).lowercased()
                tokens.insert(owner[k])
            } else { flush() }
        }
        flush()
        return (own.isEmpty ? any : own).sorted()
    }

    /// `"signals"` in `tier ask --json` and the request log: every available signal by name.
    public func write(_ w: inout JSONWriter) {
        w.object { w in
            for sig in Signal.allCases {
                guard let v = self[sig] else { continue }
                w.key(sig.rawValue)
                w.double(v, digits: 6)
            }
        }
    }

    /// Reads what `write` wrote; unknown names and non-finite values are dropped.
    public static func decode(_ v: JSONValue?) -> ConfidenceSignals? {
        guard let v, case .object(let members) = v else { return nil }
        var s = ConfidenceSignals()
        for m in members {
            guard let sig = Signal(rawValue: m.key), let x = m.value.numberValue, x.isFinite else { continue }
            s[sig] = x
        }
        return s
    }
}

/// Self-consistency: how far the extra samples agree with the answer (mean of `Agreement.score`).
/// Words are compared without the ones the prompt contains (an echo of the question agrees with any answer):
/// token-overlap F1 of those words, or of all the words when neither answer has any of its own.
public enum SelfConsistency {
    public static func agreement(_ answer: String, samples: [String], prompt: String = "") -> Double? {
        guard !samples.isEmpty else { return nil }
        let known = Set(Agreement.words(prompt))
        func own(_ s: String) -> [String] { Agreement.words(s).filter { !known.contains($0) } }
        let a = own(answer), aAll = Agreement.words(answer)
        var total = 0.0
        for sample in samples {
            let b = own(sample)
            total += a.isEmpty && b.isEmpty ? f1(aAll, Agreement.words(sample)) : f1(a, b)
        }
        return total / Double(samples.count)
    }

    static func f1(_ x: [String], _ y: [String]) -> Double {
        if x.isEmpty && y.isEmpty { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        var counts: [String: Int] = [:]
        for w in x { counts[w, default: 0] += 1 }
        var overlap = 0
        for w in y where (counts[w] ?? 0) > 0 { counts[w]! -= 1; overlap += 1 }
        if overlap == 0 { return 0 }
        let p = Double(overlap) / Double(y.count), r = Double(overlap) / Double(x.count)
        return 2 * p * r / (p + r)
    }
}
