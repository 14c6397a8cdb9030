#if canImport(Glibc)
import Glibc
#endif

/// How an answer's confidence is computed (`routing.confidence`). Defaults in parentheses.
///
///     p_i   = exp(logprob_i) for each generated token
///     base  = (1 - quantile_weight) * mean(p) + quantile_weight * q(p)     q = the `quantile` low quantile (0.1)
///     base  = (1 - margin_weight) * base + margin_weight * mean(p_i - p_runner_up_i)   (margin_weight 0)
///     conf  = base, times hedge_penalty (0.5) when the answer hedges or refuses,
///             times truncation_penalty (0.7) when it stopped at max_tokens;
///             0 for an empty answer, or for invalid JSON when JSON was asked for.
///
/// A mean of probabilities, not a sum of logprobs, so length does not drag it down; the low quantile
/// catches a few tokens the model was unsure of inside an otherwise fluent answer.
public struct ConfidenceSettings: Sendable, Equatable {
    public var quantile = 0.1
    public var quantileWeight = 0.5
    public var marginWeight = 0.0
    public var hedgePenalty = 0.5
    public var truncationPenalty = 0.7
    /// A monotone map from the raw score to the probability that the reference agrees, fitted by
    /// `tier calibrate --fit isotonic`; empty: the raw score is the confidence.
    public var calibration: [CalibrationKnot] = []
    /// The learned combination of the signals (`routing.confidence.model`, from `tier calibrate --fit
    /// combined --write`); when set, it replaces the formula above and the calibration map.
    public var model: ConfidenceModel? = nil
    /// Self-consistency (`routing.confidence.samples`): ask a device tier this many extra times at
    /// `sample_temperature` and add the answers' agreement as a signal. 0 (the default): off.
    public var samples = 0
    public var sampleTemperature = 0.7

    public init() {}
}

public struct CalibrationKnot: Sendable, Equatable {
    public var raw: Double
    public var calibrated: Double
    public init(raw: Double, calibrated: Double) { self.raw = raw; self.calibrated = calibrated }
}

public enum Confidence {
    static let hedges = [
        "i'm not sure", "i am not sure", "i'm not certain", "i am not certain", "i don't know", "i do not know",
        "i cannot", "i can't", "i can not", "as an ai", "i'm unable", "i am unable", "i apologize", "sorry, but",
        "it is unclear", "it's unclear", "hard to say", "not enough information", "i'm sorry",
    ]
    static let hedgeBytes: [[UInt8]] = hedges.map { Array($0.utf8) }

    /// Whether the answer hedges or refuses: the phrases above, ignoring ASCII case, searched on bytes.
    /// (String.contains built a search table per phrase and call: two thirds of the gateway's time per
    /// request went there.)
    static func hedged(_ text: String) -> Bool {
        var t = Array(text.utf8)
        for i in t.indices where t[i] >= 0x41 && t[i] <= 0x5A { t[i] += 0x20 }
        return t.withUnsafeBufferPointer { b in
            hedgeBytes.contains { h in
                guard let first = h.first, h.count <= b.count else { return false }
                var i = 0
                let last = b.count - h.count
                while i <= last {
                    if b[i] == first {
                        var k = 1
                        while k < h.count && b[i + k] == h[k] { k += 1 }
                        if k == h.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The confidence of an answer and the signals it came from. With a learned model, the model's
    /// probability that the answer is right (0 for an empty answer, or invalid JSON when JSON was asked
    /// for); without one, the formula through the calibration map. nil when the provider gave no logprobs.
    /// `taskKey` is what the model is looked up by first (`PromptShape.taskKey`), `taskType` the router's
    /// type, tried next (models fitted on logs from before the key).
    public static func judge(_ r: ChatResponse, jsonAsked: Bool, settings: ConfidenceSettings, taskType: String?,
                             taskKey: String? = nil,
                             agreement: Double? = nil, prompt: String? = nil) -> (confidence: Double?, signals: ConfidenceSignals?) {
        guard var signals = ConfidenceSignals.of(r, jsonAsked: jsonAsked, settings: settings, prompt: prompt) else { return (nil, nil) }
        signals[.agreement] = agreement
        guard let model = settings.model else { return (score(r, jsonAsked: jsonAsked, settings: settings), signals) }
        if r.logprobs?.isEmpty ?? true { return (r.text.isEmpty ? 0 : nil, signals) }
        if r.text.trimmingSpaces.isEmpty || signals[.invalidJSON] == 1 { return (0, signals) }
        return (min(1, max(0, model.probability(signals, taskKey: taskKey, taskType: taskType))), signals)
    }

    /// The formula's confidence through the calibration map; nil when the provider gave no logprobs.
    public static func score(_ r: ChatResponse, jsonAsked: Bool, settings: ConfidenceSettings) -> Double? {
        formula(r, jsonAsked: jsonAsked, settings: settings).map { calibrated($0, settings: settings) }
    }

    /// The formula alone (no map); nil when the provider gave no logprobs.
    public static func formula(_ r: ChatResponse, jsonAsked: Bool, settings: ConfidenceSettings) -> Double? {
        guard let lps = r.logprobs, !lps.isEmpty else {
            return r.logprobs == nil ? nil : (r.text.isEmpty ? 0 : nil)
        }
        let trimmed = r.text.trimmingSpaces
        if trimmed.isEmpty { return 0 }
        if jsonAsked && (try? JSONParser.parse(trimmed)) == nil { return 0 }
        let probs = lps.map { exp($0.logprob) }.sorted()
        let mean = probs.reduce(0, +) / Double(probs.count)
        let idx = min(probs.count - 1, max(0, Int((settings.quantile * Double(probs.count - 1)).rounded(.down))))
        var base = (1 - settings.quantileWeight) * mean + settings.quantileWeight * probs[idx]
        if settings.marginWeight > 0 {
            let margins = lps.map(\.margin)
            base = (1 - settings.marginWeight) * base + settings.marginWeight * margins.reduce(0, +) / Double(margins.count)
        }
        if hedged(r.text) { base *= settings.hedgePenalty }
        if r.finishReason == "length" || r.finishReason == "max_tokens" { base *= settings.truncationPenalty }
        return min(1, max(0, base))
    }

    /// The raw score through the config's calibration map, when it has one.
    public static func calibrated(_ raw: Double, settings: ConfidenceSettings) -> Double {
        guard !settings.calibration.isEmpty else { return raw }
        return Isotonic.apply(settings.calibration.map { (x: $0.raw, y: $0.calibrated) }, raw)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
