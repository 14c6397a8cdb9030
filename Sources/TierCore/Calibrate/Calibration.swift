#if canImport(Glibc)
import Glibc
#endif

/// `calibrate`'s method: from (confidence, did the reference agree) pairs, the lowest escalation
/// threshold that a fixed-sequence test shows clears a target (exact binomial bound, so the guarantee
/// holds for the threshold it picks), plus how good the confidence signal itself is (reliability,
/// ECE, Brier, AUROC) and an optional isotonic map.
public struct CalibrationRecord: Sendable, Equatable {
    public var confidence: Double
    public var agrees: Bool
    /// An index into the group names (task type or tier), for `--by`.
    public var group: Int32

    public init(confidence: Double, agrees: Bool, group: Int32 = 0) {
        self.confidence = confidence
        self.agrees = agrees
        self.group = group
    }
}

public struct CalibrationSettings: Sendable {
    public var target = 0.95
    public var confidenceLevel = 0.95
    /// The agreement of an escalated request with the reference: 1 when the reference answers it.
    public var referenceQuality = 1.0
    /// What the guarantee covers: N, the kept-local agreement among the next N requests (their own chance of
    /// falling short counts too); nil (the default), a batch as large as the records calibrated on, which is
    /// what a user who calibrates on last week's log and runs next week sees; 0, the long-run rate.
    public var future: Int? = nil
    public init() {}
}

/// One candidate threshold: keep local every answer with confidence ≥ threshold.
public struct ThresholdPoint: Sendable, Equatable {
    public var threshold: Double
    public var kept: Int
    public var agreeing: Int
    public var localShare: Double
    public var agreement: Double
    public var wilsonLower: Double
    public var overallQuality: Double
    /// The exact (Clopper-Pearson) lower bound at the test's level (δ / starts); NaN where not computed.
    public var exactLower: Double = .nan
}

public struct ReliabilityBin: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var count: Int
    public var meanConfidence: Double
    public var agreement: Double
}

public struct CalibrationResult: Sendable {
    public var records: Int
    public var agreeing: Int
    /// Every distinct confidence as a threshold, highest first.
    public var curve: [ThresholdPoint]
    public var chosen: ThresholdPoint?
    public var knee: ThresholdPoint?
    /// When nothing clears the target: how many labelled records would, at the best observed rate.
    public var recordsNeeded: Int?
    public var bestRate: ThresholdPoint?
    public var reliability: [ReliabilityBin]
    public var ece: Double
    public var brier: Double
    public var auroc: Double?
    /// The fixed-sequence test: how many starting points it had (each tested at δ / starts), the level
    /// each test was run at, and how many thresholds it tested.
    public var starts = 1
    public var levelEach = 0.05
    public var tested = 0
    /// The error level δ of the guarantee (1 − --confidence-level).
    public var delta = 0.05
    /// The guarantee covers the next this many requests (0: the long-run rate).
    public var future = 0

    /// The curve sampled at fixed thresholds (0, 0.05, ... 1), for tables and plots.
    public func sampled(step: Double = 0.05) -> [ThresholdPoint] {
        var out: [ThresholdPoint] = []
        var t = 0.0
        while t <= 1 + 1e-9 {
            out.append(at(threshold: t))
            t += step
        }
        return out
    }

    /// The point for an arbitrary threshold: the last curve point at or above it.
    public func at(threshold t: Double) -> ThresholdPoint {
        // curve is sorted by threshold descending: binary search for the last point ≥ t (a curve
        // has a point per distinct confidence, up to a million; a table or plot asks fifty times).
        var lo = 0, hi = curve.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if curve[mid].threshold >= t - 1e-12 { lo = mid + 1 } else { hi = mid }
        }
        if lo > 0 { var b = curve[lo - 1]; b.threshold = t; return b }
        return ThresholdPoint(threshold: t, kept: 0, agreeing: 0, localShare: 0, agreement: .nan, wilsonLower: 0, overallQuality: 1)
    }
}

public enum Calibration {
    public static func analyze(_ input: [CalibrationRecord], settings: CalibrationSettings = CalibrationSettings()) -> CalibrationResult {
        let z = Statistics.z(level: settings.confidenceLevel)
        let sorted = input.sorted { $0.confidence > $1.confidence }
        let n = sorted.count
        var curve: [ThresholdPoint] = []
        curve.reserveCapacity(min(n, 1 << 16))
        var kept = 0, agreeing = 0
        var i = 0
        while i < n {
            let c = sorted[i].confidence
            // Every record with this exact confidence goes in together: a threshold cannot split ties.
            while i < n && sorted[i].confidence == c {
                kept += 1
                if sorted[i].agrees { agreeing += 1 }
                i += 1
            }
            let share = Double(kept) / Double(n)
            let rate = Double(agreeing) / Double(kept)
            curve.append(ThresholdPoint(threshold: c, kept: kept, agreeing: agreeing, localShare: share, agreement: rate,
                                        wilsonLower: Statistics.wilsonLower(successes: agreeing, n: kept, z: z),
                                        overallQuality: share * rate + (1 - share) * settings.referenceQuality))
        }
        let delta = 1 - settings.confidenceLevel
        let future = max(0, settings.future ?? n)
        let test = fixedSequence(curve, target: settings.target, delta: delta, future: future)
        let chosen = test.chosen
        var needed: Int? = nil
        var bestRate: ThresholdPoint? = nil
        if chosen == nil {
            // The best rate among thresholds with enough records to mean something (at least 10).
            bestRate = curve.filter { $0.kept >= min(10, n) }.max { $0.agreement < $1.agreement }
            if let b = bestRate, let m = Statistics.recordsNeededExact(p: b.agreement, target: settings.target, alpha: test.levelEach,
                                                                         futureKept: future == 0 ? nil : { kept in
                // The batch grows with the records when it defaults to their count; a fixed N keeps its share.
                settings.future == nil ? kept : max(1, Int((Double(future) * b.localShare).rounded()))
            }) {
                // Scale up: the records needed at that confidence, as a count of all labelled records.
                needed = max(0, Int(saturating: (Double(m) / b.localShare).rounded(.up)) - n)
            }
        }
        let bins = reliability(sorted)
        var r = CalibrationResult(records: n, agreeing: agreeing, curve: curve, chosen: chosen, knee: knee(curve),
                                  recordsNeeded: needed, bestRate: bestRate, reliability: bins,
                                  ece: ece(bins, records: n), brier: brier(input), auroc: auroc(sorted))
        r.starts = test.starts
        r.levelEach = test.levelEach
        r.tested = test.tested
        r.delta = delta
        r.future = future
        return r
    }

    /// Fixed-sequence testing (Learn-then-Test): for each threshold t, the hypothesis "kept-local agreement
    /// at t is below the target" is rejected when the exact binomial tail P(X ≥ agreeing | kept, target) is at
    /// most the level. Thresholds are tested from the strictest down, stopping at the first that is not
    /// rejected; the family-wise error is then at most the level, so the chosen (lowest rejected) threshold
    /// is covered by the guarantee however it was picked. Because the strictest thresholds keep too few
    /// records to ever pass, there are up to four sequences, starting where n_min, 4 n_min, 16 n_min and
    /// 64 n_min records are kept (n_min: the fewest that could pass with no disagreement); each is tested
    /// at δ / (the number of sequences), so together they still err with probability at most δ. The
    /// starting points and the thresholds tested depend only on the confidences, never on the labels.
    ///
    /// With `future` > 0 the guarantee is about what a user sees: among the next `future` requests, the share
    /// kept local that agree is at least the target. Each threshold is then tested with the exact
    /// exchangeable test (`batchTail`): if the m future requests it keeps held fewer than target × m
    /// agreeing, how likely would the calibration records be to show this many? The whole δ covers both
    /// samples' chance at once, which is far less strict than splitting it between a bound and a margin.
    public static func fixedSequence(_ curve: [ThresholdPoint], target: Double, delta: Double, future: Int = 0)
        -> (chosen: ThresholdPoint?, starts: Int, levelEach: Double, tested: Int) {
        guard let total = curve.last?.kept, total > 0, delta > 0, target > 0, target < 1 else { return (nil, 1, delta, 0) }
        let pValue = { (kept: Int, agreeing: Int) -> Double in
            if future == 0 { return Statistics.binomialUpperTail(successes: agreeing, n: kept, p: target) }
            let m = max(1, Int((Double(future) * Double(kept) / Double(total)).rounded()))
            return batchTail(kept: kept, agreeing: agreeing, futureKept: m, target: target)
        }
        // n_min: the fewest kept records that could pass at δ / 4 with no disagreement (monotone in n).
        let nMin = { (level: Double) -> Int? in
            if pValue(total, total) > level { return nil }
            var lo = 1, hi = total
            while lo < hi { let mid = (lo + hi) / 2; if pValue(mid, mid) <= level { hi = mid } else { lo = mid + 1 } }
            return lo
        }
        var starts: [Int] = []
        if var m = nMin(delta / 4) {
            while starts.count < 4 && m <= total { starts.append(m); m *= 4 }
        }
        if starts.isEmpty { return (nil, 1, delta / 4, 0) }
        let level = delta / Double(starts.count)
        // Candidate thresholds: each distinct confidence, thinned so the kept count grows by at least 1%
        // between candidates (a million distinct confidences need not mean a million tests).
        var candidates: [Int] = []
        var lastKept = 0
        for (i, p) in curve.enumerated() where p.kept >= lastKept + max(1, lastKept / 100) || i == curve.count - 1 {
            candidates.append(i)
            lastKept = p.kept
        }
        var best: Int? = nil
        var tested = 0
        var verdict: [Int: Bool] = [:]
        for start in starts {
            guard var c = candidates.firstIndex(where: { curve[$0].kept >= start }) else { continue }
            while c < candidates.count {
                let i = candidates[c]
                let ok: Bool
                if let v = verdict[i] { ok = v } else {
                    let p = curve[i]
                    ok = pValue(p.kept, p.agreeing) <= level
                    verdict[i] = ok
                    tested += 1
                }
                if !ok { break }
                if best == nil || i > best! { best = i }
                c += 1
            }
        }
        guard let b = best else { return (nil, starts.count, level, tested) }
        var chosen = curve[b]
        chosen.exactLower = Statistics.clopperPearsonLower(successes: chosen.agreeing, n: chosen.kept, alpha: level)
        return (chosen, starts.count, level, tested)
    }

    /// The exact test that the next `futureKept` requests a threshold keeps reach the target share. Under the
    /// null they hold at most need − 1 agreeing (need = ⌈target × futureKept⌉); the calibration and future
    /// records kept are exchangeable, so given the agreeing total K the calibration part's count is
    /// hypergeometric. The p-value is P(X ≥ agreeing) at the null's worst case, K = agreeing + need − 1.
    public static func batchTail(kept: Int, agreeing: Int, futureKept: Int, target: Double) -> Double {
        guard kept > 0, futureKept > 0 else { return 1 }
        let need = Int((target * Double(futureKept) - 1e-9).rounded(.up))
        if need <= 0 { return 1 }
        return Statistics.hypergeometricUpperTail(atLeast: agreeing, population: kept + futureKept,
                                                  successes: agreeing + need - 1, draws: kept)
    }

    /// Where agreement falls off sharply as more is kept local: on the curve of (local share,
    /// agreement), both scaled to [0, 1], the point farthest above the chord from its first to its
    /// last point (Kneedle). A nearly straight curve has no knee (distance below 0.05).
    static func knee(_ curve: [ThresholdPoint]) -> ThresholdPoint? {
        guard let total = curve.last?.kept else { return nil }
        let pts = curve.filter { $0.kept >= max(20, total / 100) }
        guard pts.count >= 3, let first = pts.first, let last = pts.last else { return nil }
        let dx = last.localShare - first.localShare, dy = first.agreement - last.agreement
        guard dx > 0, dy > 0 else { return nil }
        var best: (Double, ThresholdPoint)? = nil
        for p in pts {
            let x = (p.localShare - first.localShare) / dx
            let y = (p.agreement - last.agreement) / dy
            // On the chord y = 1 - x; above it, agreement is still high while the share has grown.
            let d = y - (1 - x)
            if best == nil || d > best!.0 { best = (d, p) }
        }
        guard let b = best, b.0 >= 0.05 else { return nil }
        return b.1
    }

    static func reliability(_ sorted: [CalibrationRecord], bins: Int = 10) -> [ReliabilityBin] {
        var count = [Int](repeating: 0, count: bins), agree = [Int](repeating: 0, count: bins)
        var sum = [Double](repeating: 0, count: bins)
        for r in sorted {
            let b = min(bins - 1, max(0, Int(saturating: r.confidence * Double(bins))))
            count[b] += 1
            sum[b] += r.confidence
            if r.agrees { agree[b] += 1 }
        }
        var out: [ReliabilityBin] = []
        for b in 0..<bins {
            let k = Double(count[b])
            let mean: Double = count[b] == 0 ? .nan : sum[b] / k
            let rate: Double = count[b] == 0 ? .nan : Double(agree[b]) / k
            out.append(ReliabilityBin(lower: Double(b) / Double(bins), upper: Double(b + 1) / Double(bins), count: count[b],
                                      meanConfidence: mean, agreement: rate))
        }
        return out
    }

    /// Expected calibration error over the reliability bins.
    static func ece(_ bins: [ReliabilityBin], records: Int) -> Double {
        let n = Double(records)
        guard n > 0 else { return .nan }
        var total = 0.0
        for b in bins where b.count > 0 {
            let gap: Double = abs(b.agreement - b.meanConfidence)
            total += Double(b.count) / n * gap
        }
        return total
    }

    static func brier(_ records: [CalibrationRecord]) -> Double {
        guard !records.isEmpty else { return .nan }
        var s = 0.0
        for r in records { let d = r.confidence - (r.agrees ? 1 : 0); s += d * d }
        return s / Double(records.count)
    }

    /// The probability that an agreeing record has a higher confidence than a disagreeing one
    /// (ties count half): the Mann-Whitney statistic. Nil with only one class.
    static func auroc(_ sortedDescending: [CalibrationRecord]) -> Double? {
        let pos = sortedDescending.reduce(0) { $0 + ($1.agrees ? 1 : 0) }
        let neg = sortedDescending.count - pos
        guard pos > 0, neg > 0 else { return nil }
        // Walk from the lowest confidence up: each agreeing record beats the disagreeing ones below it.
        var negBelow = 0.0, wins = 0.0
        var i = sortedDescending.count - 1
        while i >= 0 {
            let c = sortedDescending[i].confidence
            var p = 0, q = 0
            while i >= 0 && sortedDescending[i].confidence == c {
                if sortedDescending[i].agrees { p += 1 } else { q += 1 }
                i -= 1
            }
            wins += Double(p) * (negBelow + Double(q) / 2)
            negBelow += Double(q)
        }
        return wins / (Double(pos) * Double(neg))
    }
}

/// A monotone map from raw confidence to the probability of agreement, fitted by pool-adjacent-
/// violators. Stored as knots; values between knots are interpolated linearly, beyond them clamped.
public enum Isotonic {
    public static func fit(_ records: [CalibrationRecord]) -> [(x: Double, y: Double)] {
        let sorted = records.sorted { $0.confidence < $1.confidence }
        // Blocks of (sum of labels, weight, sum of confidences), merged while they decrease.
        var sumY: [Double] = [], weight: [Double] = [], sumX: [Double] = []
        var i = 0
        while i < sorted.count {
            let c = sorted[i].confidence
            var y = 0.0, w = 0.0
            while i < sorted.count && sorted[i].confidence == c { y += sorted[i].agrees ? 1 : 0; w += 1; i += 1 }
            sumY.append(y); weight.append(w); sumX.append(c * w)
            while sumY.count >= 2 && sumY[sumY.count - 2] / weight[weight.count - 2] >= sumY[sumY.count - 1] / weight[weight.count - 1] {
                let y2 = sumY.removeLast(), w2 = weight.removeLast(), x2 = sumX.removeLast()
                sumY[sumY.count - 1] += y2; weight[weight.count - 1] += w2; sumX[sumX.count - 1] += x2
            }
        }
        return (0..<sumY.count).map { (x: sumX[$0] / weight[$0], y: sumY[$0] / weight[$0]) }
    }

    public static func apply(_ knots: [(x: Double, y: Double)], _ c: Double) -> Double {
        guard let first = knots.first, let last = knots.last else { return c }
        if c <= first.x { return first.y }
        if c >= last.x { return last.y }
        var lo = 0, hi = knots.count - 1
        while lo + 1 < hi { let mid = (lo + hi) / 2; if knots[mid].x <= c { lo = mid } else { hi = mid } }
        let a = knots[lo], b = knots[hi]
        return b.x == a.x ? b.y : a.y + (b.y - a.y) * (c - a.x) / (b.x - a.x)
    }
}
