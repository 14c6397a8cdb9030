#if canImport(Glibc)
import Glibc
#endif

/// `calibrate --fit combined`: learns `ConfidenceModel` from labelled records' signals.
///
/// 1. Features: every signal present in at least half the records (missing values filled with the mean),
///    standardised while fitting (the stored weights are on the logged scale).
/// 2. A pooled L2-regularised logistic regression (Newton's method) with a regularised offset per task type
///    that has at least `minOffsetRecords` records; then, for each task type with at least `minTaskRecords`
///    records and `minTaskClass` of each outcome, its own regression, regularised toward the pooled one.
/// 3. K-fold cross-validation gives every record a held-out logistic output; an isotonic map per model
///    (pool-adjacent-violators on those held-out outputs) turns it into a probability. The held-out
///    confidence of a record (its fold's model, and a map fitted without its fold) is what the reports
///    and the threshold test use, so neither is judged on data it was fitted on.
public struct CombinedFitSettings: Sendable {
    /// Folds of the cross-validation (3 above 100,000 records: the estimate is stable, and it is faster).
    public var folds = 5
    /// On the standardised weights. Three, chosen on question set 1 over 100 half splits (10: pooled 0.843, within
    /// type 0.698; 3: 0.843 / 0.701; 1: 0.838 / 0.702; 30: 0.837 / 0.692), then checked on set 2.
    public var lambda = 3.0
    public var offsetLambda = 4.0
    public var taskLambda = 10.0
    public var minTaskRecords = 200
    public var minTaskClass = 20
    /// Eight: a prompt shape an agent repeats gets its offset early; the offset is regularised (`offsetLambda`).
    public var minOffsetRecords = 8
    /// Rows used for the Hessian in each Newton step (the gradient always uses every row).
    public var hessianRows = 10_000
    /// Rows each regression is fitted on at most (a pseudo-random sample of its training rows: with a
    /// dozen weights, more rows no longer change them); every row still gets a held-out prediction.
    public var maxFitRows = 60_000
    /// Knots kept in each isotonic map.
    public var maxKnots = 40
    public init() {}
}

/// The records for a fit: labels, task indexes, and the signals as a flat row-major table (NaN: missing).
public struct SignalTable: Sendable {
    public var signals: [Float] = []
    public var labels: [Bool] = []
    public var tasks: [Int32] = []
    public var taskNames: [String] = []
    public var count: Int { labels.count }
    public init() {}

    public mutating func append(_ values: [Double], label: Bool, task: Int32) {
        for v in values { signals.append(Float(v)) }
        labels.append(label)
        tasks.append(task)
    }

    @inline(__always) public func value(_ row: Int, _ s: Int) -> Float { signals[row * Signal.count + s] }
}

public struct FitReport: Sendable {
    public var name: String
    public var records: Int
    public var right: Int
    /// "own" (its own regression), "pooled"
    public var model: String
    public var auroc: Double?
    public var ece: Double
    /// AUROC of each single signal (oriented: higher means right), by `Signal` index; nil when undefined.
    public var signalAUROC: [Double?]
    public var best: (signal: Signal, auroc: Double)? {
        var b: (Signal, Double)? = nil
        for (i, a) in signalAUROC.enumerated() { if let a, b == nil || a > b!.1 { b = (Signal.allCases[i], a) } }
        return b.map { (signal: $0.0, auroc: $0.1) }
    }
}

public struct CombinedFitResult: Sendable {
    public var model: ConfidenceModel
    /// Each record's held-out confidence.
    public var heldOut: [Double]
    public var folds: Int
    public var pooled: FitReport
    public var tasks: [FitReport]
}

public enum CombinedFit {
    public static func fit(_ t: SignalTable, settings: CombinedFitSettings = CombinedFitSettings()) -> CombinedFitResult? {
        let n = t.count
        guard n >= 4 else { return nil }
        let S = Signal.count
        // 1. Features.
        var used: [Int] = []
        var fill: [Double] = []
        for s in 0..<S {
            let sig = Signal.allCases[s]
            var k = 0, sum = 0.0, sumSq = 0.0
            for i in 0..<n {
                let v = t.value(i, s)
                if v.isNaN { continue }
                let f = sig.feature(Double(v))
                k += 1; sum += f; sumSq += f * f
            }
            guard k * 2 >= n, k > 1 else { continue }
            let mean = sum / Double(k)
            guard sumSq / Double(k) - mean * mean > 1e-12 else { continue }
            used.append(s)
            fill.append(mean)
        }
        let d = used.count
        // Standardised features, row-major.
        var x = [Float](repeating: 0, count: n * d)
        var mu = [Double](repeating: 0, count: d), sd = [Double](repeating: 1, count: d)
        for (j, s) in used.enumerated() {
            let sig = Signal.allCases[s]
            var sum = 0.0, sumSq = 0.0
            for i in 0..<n {
                let v = t.value(i, s)
                let f = v.isNaN ? fill[j] : sig.feature(Double(v))
                x[i * d + j] = Float(f)
                sum += f; sumSq += f * f
            }
            mu[j] = sum / Double(n)
            sd[j] = max(1e-9, (max(0, sumSq / Double(n) - mu[j] * mu[j])).squareRoot())
            for i in 0..<n { x[i * d + j] = Float((Double(x[i * d + j]) - mu[j]) / sd[j]) }
        }
        let y = t.labels.map { $0 ? 1.0 : 0.0 }
        // Task types: counts, offsets, own models.
        let T = t.taskNames.count
        var taskCount = [Int](repeating: 0, count: max(1, T)), taskRight = [Int](repeating: 0, count: max(1, T))
        for i in 0..<n { taskCount[Int(t.tasks[i])] += 1; if t.labels[i] { taskRight[Int(t.tasks[i])] += 1 } }
        var offsetOf = [Int](repeating: -1, count: max(1, T))
        var offsetTasks: [Int] = []
        if T > 1 {
            for g in 0..<T where taskCount[g] >= settings.minOffsetRecords { offsetOf[g] = offsetTasks.count; offsetTasks.append(g) }
        }
        var own: [Int] = []
        for g in 0..<T where taskCount[g] >= settings.minTaskRecords && taskRight[g] >= settings.minTaskClass
            && taskCount[g] - taskRight[g] >= settings.minTaskClass && T > 1 { own.append(g) }
        let rowOffset = (0..<n).map { offsetOf[Int(t.tasks[$0])] }
        let P = 1 + d + offsetTasks.count

        func pooledLambdas() -> [Double] {
            [1e-4] + [Double](repeating: settings.lambda, count: d) + [Double](repeating: settings.offsetLambda, count: offsetTasks.count)
        }
        var warm: [Double]? = nil
        var warmTasks: [Int: [Double]] = [:]
        func fitPooled(_ rows: [Int]) -> [Double] {
            let r = Logistic.fit(rows: rows, x: x, d: d, y: y, offset: rowOffset, offsets: offsetTasks.count,
                                 prior: [Double](repeating: 0, count: P), lambdas: pooledLambdas(), hessianRows: settings.hessianRows, start: warm)
            warm = r
            return r
        }
        func fitTask(_ rows: [Int], pooled: [Double], task g: Int) -> [Double] {
            let off = offsetOf[g] >= 0 ? pooled[1 + d + offsetOf[g]] : 0
            let prior = [pooled[0] + off] + Array(pooled[1...d])
            let lambdas = [0.01] + [Double](repeating: settings.taskLambda, count: d)
            let r = Logistic.fit(rows: rows, x: x, d: d, y: y, offset: [Int](repeating: -1, count: 0), offsets: 0,
                                 prior: prior, lambdas: lambdas, hessianRows: settings.hessianRows, start: warmTasks[g])
            warmTasks[g] = r
            return r
        }
        let ownIndex: [Int: Int] = Dictionary(uniqueKeysWithValues: own.enumerated().map { ($1, $0) })
        // The model that judges a record: 0 pooled, 1 + k the k-th own task model.
        let judge = (0..<n).map { i -> Int in ownIndex[Int(t.tasks[i])].map { $0 + 1 } ?? 0 }
        func predict(_ i: Int, pooled: [Double], taskParams: [[Double]]) -> Double {
            var z: Double
            if judge[i] > 0 {
                let p = taskParams[judge[i] - 1]
                z = p[0]
                for j in 0..<d { z += p[1 + j] * Double(x[i * d + j]) }
            } else {
                z = pooled[0]
                for j in 0..<d { z += pooled[1 + j] * Double(x[i * d + j]) }
                if rowOffset[i] >= 0 { z += pooled[1 + d + rowOffset[i]] }
            }
            return ConfidenceModel.sigmoid(z)
        }
        func capped(_ rows: [Int], _ limit: Int) -> [Int] {
            guard rows.count > limit else { return rows }
            let keep = UInt64(limit) * (UInt64.max / UInt64(rows.count))
            return rows.filter { i in
                var z = UInt64(i) &+ 0x2545_F491_4F6C_DD1D
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return (z ^ (z >> 31)) < keep
            }
        }
        func fitAll(_ all: [Int]) -> (pooled: [Double], tasks: [[Double]]) {
            let rows = capped(all, settings.maxFitRows)
            let pooled = fitPooled(rows)
            var byTask: [[Int]] = Array(repeating: [], count: own.count)
            for i in all where judge[i] > 0 { byTask[judge[i] - 1].append(i) }
            // The task models share the budget (each keeps at least a fifth of it).
            let share = max(settings.maxFitRows / 5, settings.maxFitRows / max(1, own.count))
            byTask = byTask.map { capped($0, share) }
            return (pooled, own.enumerated().map { k, g in byTask[k].isEmpty ? [0] + Array(pooled[1...d]) : fitTask(byTask[k], pooled: pooled, task: g) })
        }

        // 3. Cross-validation.
        let K = min(n > 100_000 ? min(3, settings.folds) : settings.folds, max(2, n / 2))
        let fold = (0..<n).map { i -> Int in Int((UInt64(i) &* 0x9E37_79B9_7F4A_7C15 &+ 0x5851_F42D) >> 33) % K }
        var oof = [Double](repeating: 0.5, count: n)
        var foldRows: [[Int]] = Array(repeating: [], count: K)
        for i in 0..<n { foldRows[fold[i]].append(i) }
        for k in 0..<K {
            let train = (0..<n).filter { fold[$0] != k }
            let m = fitAll(train)
            for i in foldRows[k] { oof[i] = predict(i, pooled: m.pooled, taskParams: m.tasks) }
        }
        // Isotonic maps per judging model, on held-out outputs: the final one on all records, and per fold
        // one without that fold (for the held-out confidence).
        let models = 1 + own.count
        var byModel: [[Int]] = Array(repeating: [], count: models)
        for i in 0..<n { byModel[judge[i]].append(i) }
        var heldOut = [Double](repeating: 0.5, count: n)
        var maps: [[CalibrationKnot]] = []
        for g in 0..<models {
            let rows = byModel[g].sorted { oof[$0] < oof[$1] }
            maps.append(thinnedIsotonic(rows.map { (oof[$0], y[$0]) }, maxKnots: settings.maxKnots, sorted: true))
            // Above 100,000 records one record's weight in the map is negligible: the map on all of them.
            if n > 100_000 {
                let knots = maps[g].map { (x: $0.raw, y: $0.calibrated) }
                for i in rows { heldOut[i] = knots.isEmpty ? oof[i] : Isotonic.apply(knots, oof[i]) }
                continue
            }
            for k in 0..<K {
                let inner = rows.filter { fold[$0] != k }
                let map = thinnedIsotonic(inner.map { (oof[$0], y[$0]) }, maxKnots: settings.maxKnots, sorted: true)
                let knots = map.map { (x: $0.raw, y: $0.calibrated) }
                for i in rows where fold[i] == k { heldOut[i] = knots.isEmpty ? oof[i] : Isotonic.apply(knots, oof[i]) }
            }
        }
        // The final model, on every record, back on the logged scale.
        let final = fitAll(Array(0..<n))
        func unstandardised(_ p: [Double]) -> (bias: Double, weights: [Double]) {
            var bias = p[0]
            var w = [Double](repeating: 0, count: d)
            for j in 0..<d { w[j] = p[1 + j] / sd[j]; bias -= p[1 + j] * mu[j] / sd[j] }
            return (bias, w)
        }
        let pu = unstandardised(final.pooled)
        var offsets: [String: Double] = [:]
        for (k, g) in offsetTasks.enumerated() where ownIndex[g] == nil { offsets[t.taskNames[g]] = final.pooled[1 + d + k] }
        let pooledGroup = ConfidenceModel.Group(bias: pu.bias, weights: pu.weights, offsets: offsets, map: maps[0])
        var taskGroups: [String: ConfidenceModel.Group] = [:]
        for (k, g) in own.enumerated() {
            let u = unstandardised(final.tasks[k])
            taskGroups[t.taskNames[g]] = ConfidenceModel.Group(bias: u.bias, weights: u.weights, map: maps[k + 1])
        }
        let model = ConfidenceModel(signals: used.map { Signal.allCases[$0] }, fill: fill, pooled: pooledGroup, tasks: taskGroups)

        // Reports: AUROC and ECE of the held-out confidence; each single signal's AUROC (on at most
        // 20,000 rows of a group, chosen pseudo-randomly: its error is then about 0.005).
        func report(_ name: String, rows: [Int], model: String) -> FitReport {
            let recs = rows.map { CalibrationRecord(confidence: heldOut[$0], agrees: t.labels[$0]) }
            let sorted = recs.sorted { $0.confidence > $1.confidence }
            let ece = Calibration.ece(Calibration.reliability(sorted), records: sorted.count)
            let cap = 20_000
            let some = rows.count <= cap ? rows : rows.filter { i in
                var z = UInt64(i) &* 0xD6E8_FEB8_6659_FD93
                z ^= z >> 32
                return z % UInt64(rows.count) < UInt64(cap)
            }
            var single: [Double?] = []
            for s in 0..<S {
                let sig = Signal.allCases[s]
                let rs = some.compactMap { i -> CalibrationRecord? in
                    let v = t.value(i, s)
                    return v.isNaN ? nil : CalibrationRecord(confidence: sig.higherIsBetter ? Double(v) : -Double(v), agrees: t.labels[i])
                }
                single.append(rs.count * 2 >= some.count && !some.isEmpty ? aurocOf(rs) : nil)
            }
            return FitReport(name: name, records: rows.count, right: rows.reduce(0) { $0 + (t.labels[$1] ? 1 : 0) },
                             model: model, auroc: Calibration.auroc(sorted), ece: ece, signalAUROC: single)
        }
        var taskRows: [[Int]] = Array(repeating: [], count: max(1, T))
        for i in 0..<n { taskRows[Int(t.tasks[i])].append(i) }
        let reports = (0..<T).map { g in report(t.taskNames[g], rows: taskRows[g], model: ownIndex[g] != nil ? "own" : "pooled") }
        return CombinedFitResult(model: model, heldOut: heldOut, folds: K, pooled: report("(all)", rows: Array(0..<n), model: "pooled"),
                                 tasks: reports.sorted { $0.name < $1.name })
    }

    static func aurocOf(_ records: [CalibrationRecord]) -> Double? {
        Calibration.auroc(records.sorted { $0.confidence > $1.confidence })
    }

    /// Pool-adjacent-violators with weights, then at most `maxKnots` knots: neighbouring blocks merged
    /// into bins of about equal weight (averages of a rising sequence still rise). Knots in [0, 1].
    static func thinnedIsotonic(_ points: [(Double, Double)], maxKnots: Int, sorted isSorted: Bool = false) -> [CalibrationKnot] {
        guard !points.isEmpty else { return [] }
        let sorted = isSorted ? points : points.sorted { $0.0 < $1.0 }
        var sy: [Double] = [], sw: [Double] = [], sx: [Double] = []
        var i = 0
        while i < sorted.count {
            let c = sorted[i].0
            var yy = 0.0, w = 0.0
            while i < sorted.count && sorted[i].0 == c { yy += sorted[i].1; w += 1; i += 1 }
            sy.append(yy); sw.append(w); sx.append(c * w)
            while sy.count >= 2 && sy[sy.count - 2] / sw[sw.count - 2] >= sy[sy.count - 1] / sw[sw.count - 1] {
                let y2 = sy.removeLast(), w2 = sw.removeLast(), x2 = sx.removeLast()
                sy[sy.count - 1] += y2; sw[sw.count - 1] += w2; sx[sx.count - 1] += x2
            }
        }
        let total = sw.reduce(0, +)
        var knots: [CalibrationKnot] = []
        if sy.count <= maxKnots {
            for b in 0..<sy.count { knots.append(CalibrationKnot(raw: sx[b] / sw[b], calibrated: sy[b] / sw[b])) }
        } else {
            let target = total / Double(maxKnots)
            var ay = 0.0, aw = 0.0, ax = 0.0
            for b in 0..<sy.count {
                ay += sy[b]; aw += sw[b]; ax += sx[b]
                if aw >= target || b == sy.count - 1 {
                    knots.append(CalibrationKnot(raw: ax / aw, calibrated: ay / aw))
                    ay = 0; aw = 0; ax = 0
                }
            }
        }
        // Rounded as the config stores them (4 decimals), still rising.
        var out: [CalibrationKnot] = []
        for k in knots {
            let r = (min(1, max(0, k.raw)) * 10_000).rounded() / 10_000, c = (min(1, max(0, k.calibrated)) * 10_000).rounded() / 10_000
            if let l = out.last, r <= l.raw || c < l.calibrated { continue }
            out.append(CalibrationKnot(raw: r, calibrated: c))
        }
        return out
    }
}

/// L2-regularised logistic regression by Newton's method. Parameters: [bias, weights (d), offsets];
/// a row's offset column is `offset[row]` (or none when -1 or `offset` is empty). The penalty is
/// 0.5 * sum lambda_k (theta_k - prior_k)^2. The Hessian of each step uses at most `hessianRows` rows
/// (evenly spaced, scaled up); the gradient and the objective use every row, with a halving line search.
enum Logistic {
    /// One pass over the rows: the objective at `th`, its gradient, and the Hessian from the rows `sampled` marks.
    static func evaluate(_ th: [Double], rows: [Int], x: [Float], d: Int, y: [Double], offset: [Int], hasOffsets: Bool,
                         prior: [Double], lambdas: [Double], sampled: [Bool], scale: Double) -> (f: Double, g: [Double], h: [Double]) {
        let P = th.count
        var f = 0.0
        var g = [Double](repeating: 0, count: P)
        var h = [Double](repeating: 0, count: P * P)
        var phi = [Double](repeating: 0, count: P)
        let dense = 1 + d
        x.withUnsafeBufferPointer { xb in
        th.withUnsafeBufferPointer { tb in
        y.withUnsafeBufferPointer { yb in
        offset.withUnsafeBufferPointer { ob in
        rows.withUnsafeBufferPointer { rb in
        sampled.withUnsafeBufferPointer { sb in
        g.withUnsafeMutableBufferPointer { gb in
        h.withUnsafeMutableBufferPointer { hb in
        phi.withUnsafeMutableBufferPointer { pb in
            for r in 0..<rb.count {
                let i = rb[r]
                let base = i * d
                var zi = tb[0]
                for j in 0..<d { zi += tb[1 + j] * Double(xb[base + j]) }
                let oc = hasOffsets && ob[i] >= 0 ? dense + ob[i] : -1
                if oc >= 0 { zi += tb[oc] }
                // log(1 + e^z) - y z, stably; p = sigmoid(z)
                let ez = exp(-abs(zi))
                let yi = yb[i]
                f += (zi > 0 ? zi : 0) + log1p(ez) - yi * zi
                let p = zi >= 0 ? 1 / (1 + ez) : ez / (1 + ez)
                let e = p - yi
                gb[0] += e
                for j in 0..<d { gb[1 + j] += e * Double(xb[base + j]) }
                if oc >= 0 { gb[oc] += e }
                if sb[r] {
                    let w = p * (1 - p) * scale
                    pb[0] = 1
                    for j in 0..<d { pb[1 + j] = Double(xb[base + j]) }
                    for a in 0..<dense {
                        let wa = w * pb[a]
                        let row = a * P
                        for b in a..<dense { hb[row + b] += wa * pb[b] }
                        if oc >= 0 { hb[row + oc] += wa }
                    }
                    if oc >= 0 { hb[oc * P + oc] += w }
                }
            }
        }}}}}}}}}
        for k in 0..<P {
            let dlt = th[k] - prior[k]
            f += 0.5 * lambdas[k] * dlt * dlt
            g[k] += lambdas[k] * dlt
            h[k * P + k] += lambdas[k]
        }
        for a in 0..<P { for b in 0..<a { h[a * P + b] = h[b * P + a] } }
        return (f, g, h)
    }

    /// Newton's method from `start` (the prior when nil). The Hessian uses a pseudo-random sample of at most
    /// `hessianRows` rows (a sample by position could follow a period in the log); when a step fails to
    /// lower the objective, the next one uses every row.
    static func fit(rows: [Int], x: [Float], d: Int, y: [Double], offset: [Int], offsets: Int, prior: [Double],
                    lambdas: [Double], hessianRows: Int, start: [Double]? = nil) -> [Double] {
        guard !rows.isEmpty else { return prior }
        let hasOffsets = offsets > 0 && !offset.isEmpty
        func sample(_ every: Bool) -> ([Bool], Double) {
            if every || rows.count <= hessianRows { return ([Bool](repeating: true, count: rows.count), 1) }
            let keep = UInt64(hessianRows) * (UInt64.max / UInt64(rows.count))
            var m = 0
            let marks = rows.map { i -> Bool in
                var z = UInt64(i) &+ 0x9E37_79B9_7F4A_7C15
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                let k = (z ^ (z >> 31)) < keep
                if k { m += 1 }
                return k
            }
            return (marks, Double(rows.count) / Double(max(1, m)))
        }
        var (marks, scale) = sample(false)
        var everyRow = rows.count <= hessianRows
        var theta = start ?? prior
        var cur = evaluate(theta, rows: rows, x: x, d: d, y: y, offset: offset, hasOffsets: hasOffsets, prior: prior,
                           lambdas: lambdas, sampled: marks, scale: scale)
        let P = theta.count
        for _ in 0..<50 {
            guard let delta = solve(cur.h, cur.g, P) else { break }
            var t = 1.0
            var accepted = false
            for _ in 0..<8 {
                let cand = (0..<P).map { theta[$0] - t * delta[$0] }
                let next = evaluate(cand, rows: rows, x: x, d: d, y: y, offset: offset, hasOffsets: hasOffsets, prior: prior,
                                    lambdas: lambdas, sampled: marks, scale: scale)
                if next.f <= cur.f {
                    let change = (0..<P).map { abs(cand[$0] - theta[$0]) }.max() ?? 0
                    let gain = cur.f - next.f
                    theta = cand
                    cur = next
                    accepted = true
                    if change < 1e-5 || gain <= 1e-8 * max(1, abs(next.f)) { return theta }
                    break
                }
                t /= 2
            }
            if !accepted {
                if everyRow { break }
                // The sampled Hessian misled the step: the exact one from here on.
                everyRow = true
                (marks, scale) = sample(true)
                cur = evaluate(theta, rows: rows, x: x, d: d, y: y, offset: offset, hasOffsets: hasOffsets, prior: prior,
                               lambdas: lambdas, sampled: marks, scale: scale)
            }
        }
        return theta
    }

    /// Solves H v = g for a symmetric positive definite H (Cholesky); nil when it is not.
    static func solve(_ hIn: [Double], _ g: [Double], _ n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var s = hIn[i * n + j]
                for k in 0..<j { s -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard s > 1e-300 else { return nil }
                    l[i * n + i] = s.squareRoot()
                } else {
                    l[i * n + j] = s / l[j * n + j]
                }
            }
        }
        var v = g
        for i in 0..<n { var s = v[i]; for k in 0..<i { s -= l[i * n + k] * v[k] }; v[i] = s / l[i * n + i] }
        for i in stride(from: n - 1, through: 0, by: -1) { var s = v[i]; for k in (i + 1)..<n { s -= l[k * n + i] * v[k] }; v[i] = s / l[i * n + i] }
        return v
    }
}
