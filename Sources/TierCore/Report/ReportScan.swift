#if canImport(Glibc)
import Glibc
#endif

/// How `tier report` groups its breakdown table: by time (day, hour) or by a field (task type, final tier).
public enum ReportGrouping: String, Sendable, CaseIterable {
    case day, hour, task, tier
}

/// What the report needs beyond the log: the period, the prices, the tiers that run on the device.
public struct ReportSettings: Sendable {
    /// Records at or after this RFC 3339 UTC time (string order, as the log writes them).
    public var since: String?
    public var grouping: ReportGrouping = .day
    /// The Wilson interval's level for agreement.
    public var confidenceLevel = 0.95
    /// A shadow or parity agreement score at or above this counts as agreeing (calibrate's default).
    public var agreementThreshold = 0.5
    /// Tiers whose attempts cost nothing per token (boundary `device` in the config).
    public var deviceTiers: Set<String> = []
    /// The tiers in config order, for the tables; tiers seen only in the log follow by name.
    public var tierOrder: [String] = []
    /// The model the same traffic is priced at for the cloud-only comparison, its price and where the price came from.
    public var cloudModel: String?
    public var cloudPrice: ModelPrice?
    public var cloudPriceSource: String?
    /// Prices an attempt whose log line has no cost_usd (older lines); nil when its model is not priced.
    public var price: @Sendable (_ tier: String, _ model: String) -> ModelPrice? = { _, _ in nil }
    /// Malformed lines kept as diagnostics; the rest are counted.
    public var keptDiagnostics = 20

    public init() {}
}

/// Strings seen in the log, as small integer ids: a record's tier, outcome and task are compared
/// as bytes and hashed once, never built into a String per line.
struct Interner {
    static let cap = 10_000
    var names: [String] = []
    private var byHash: [UInt64: [Int32]] = [:]
    private var bytes: [[UInt8]] = []

    /// A direct-mapped cache in front of the hash: the same few tier, model and outcome names fill most lines.
    private var recent = [Int32](repeating: -1, count: 512)

    mutating func id(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        let slot = n == 0 ? 0 : (n &* 131 &+ Int(p[0]) &* 31 &+ Int(p[n - 1]) &* 7 &+ Int(p[n / 2])) & 511
        let r = recent[slot]
        if r >= 0 {
            let b = bytes[Int(r)]
            if b.count == n && (n == 0 || memcmp(b, p, n) == 0) { return r }
        }
        let found = hashed(p, n)
        recent[slot] = found
        return found
    }

    private mutating func hashed(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in 0..<n { h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        if let ids = byHash[h] {
            for id in ids where bytes[Int(id)].count == n && memcmp(bytes[Int(id)], p, n) == 0 { return id }
        }
        if names.count >= Interner.cap { return id("(other)") }
        let b = Array(UnsafeBufferPointer(start: p, count: n))
        let id = Int32(names.count)
        names.append(String(decoding: b, as: UTF8.self))
        bytes.append(b)
        byHash[h, default: []].append(id)
        return id
    }

    mutating func id(_ s: String) -> Int32 {
        var u = Array(s.utf8)
        return u.withUnsafeMutableBufferPointer { id(UnsafePointer($0.baseAddress!), $0.count) }
    }
}

/// Counts over a set of requests: the whole log, one period, one group.
struct Slice {
    var label: String
    var requests = 0
    var answered = 0
    /// Answered requests by final tier id.
    var answeredBy: [Int] = []
    var escalated = 0
    var escalationFailed = 0
    var fallback = 0
    var breakerTrips = 0
    /// Requests by outcome id.
    var outcomes: [Int] = []
    var costUSD = 0.0
    var cloudOnlyUSD = 0.0
    var cloudPriced = 0

    init(label: String) { self.label = label }

    @inline(__always) static func bump(_ a: inout [Int], _ i: Int32) {
        let k = Int(i)
        if k >= a.count { a.append(contentsOf: repeatElement(0, count: k + 1 - a.count)) }
        a[k] += 1
    }
}

struct TierTally {
    var attempts = 0
    var answered = 0
    var escalated = 0
    var failed = 0
    var skipped = 0
    /// Failed and skipped attempts by error kind id.
    var errors: [Int32: Int] = [:]
    var inputTokens = 0
    var outputTokens = 0
    var costUSD = 0.0
    /// Answered or escalated attempts with tokens but neither a logged cost nor a known price.
    var unpriced = 0
    var ttft: [Double] = []
    var total: [Double] = []
    var breakerTrips = 0

    mutating func add(_ a: ReportAccumulator.AttemptFields, completed: Bool, cost: Double?, unpriced: Bool, errorKind: Int32,
                      ids: AttemptOutcomeIDs) {
        attempts += 1
        if a.outcome == ids.idAnswered { answered += 1 }
        else if a.outcome == ids.idEscalated { escalated += 1 }
        else if a.outcome == ids.idFailed { failed += 1; errors[errorKind, default: 0] += 1 }
        else if a.outcome == ids.idSkipped { skipped += 1; errors[errorKind, default: 0] += 1 }
        if completed {
            if let v = a.ttft { ttft.append(v) }
            if let v = a.total { total.append(v) }
        }
        inputTokens += a.input ?? 0
        outputTokens += a.output ?? 0
        costUSD += cost ?? 0
        if unpriced { self.unpriced += 1 }
    }
}

struct AttemptOutcomeIDs {
    var idAnswered: Int32, idEscalated: Int32, idFailed: Int32, idSkipped: Int32
}

struct AgreementTally {
    var label: String
    var samples = 0
    var agreeing = 0
    var agreementSum = 0.0
    var confidenceSum = 0.0
    var confidenceSamples = 0
}

struct SensitivityTally {
    var requests = 0
    var refused = 0
    var rejected = 0
}

public struct ReportFileSummary: Sendable, Equatable {
    public var path: String
    public var lines = 0
    public var records = 0
    public var parity = 0
    public var filteredOut = 0
    public var malformed = 0
    public var earliest: String?
    public var latest: String?
}

/// Reads request logs into counts, one line at a time on the line's bytes (see `JSONFieldExtractor`):
/// memory follows the tiers, periods and latency samples, not the file.
public struct ReportAccumulator {
    let settings: ReportSettings
    var strings = Interner()
    var total = Slice(label: "all")
    var periods: [Int: Int] = [:]
    var periodSlices: [Slice] = []
    var periodKeys: [Int] = []
    var groups: [Int32: Int] = [:]
    var groupSlices: [Slice] = []
    /// Tally index by tier id, -1 for none yet (dense).
    var tierIndex: [Int] = []
    var tierTallies: [TierTally] = []
    var tierIDs: [Int32] = []
    var attemptBuffer: [AttemptFields] = []
    var fileTimes: [(earliest: [UInt8], latest: [UInt8])] = []
    /// By sensitivity id (dense: ids are small integers).
    var sensitivities: [SensitivityTally] = []
    /// [0] shadow samples of live requests, [1] bench --parity pairs; each by period index.
    var agreement: [[Int: AgreementTally]] = [[:], [:]]
    var requestTotals: [Double] = []
    public private(set) var files: [ReportFileSummary] = []
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var malformedCount = 0
    var earliest: String?
    var latest: String?

    var outer: JSONFieldExtractor
    var inner: JSONFieldExtractor
    var priceCache: [Int64: ModelPrice?] = [:]
    var lastPeriod = (key: Int.min, index: 0)
    let since: [UInt8]?
    var idAnswered: Int32 = 0, idEscalated: Int32 = 0, idFailed: Int32 = 0, idSkipped: Int32 = 0
    var idRefused: Int32 = 0, idRejected: Int32 = 0, idParity: Int32 = 0, idNone: Int32 = 0, idUnknownError: Int32 = 0
    var deviceIDs: Set<Int32> = []
    var outcomeIDs = AttemptOutcomeIDs(idAnswered: 0, idEscalated: 0, idFailed: 0, idSkipped: 0)

    static let maxAttempts = 16
    // Outer paths.
    static let pTime = 0, pSource = 1, pTask = 2, pSensitivity = 3, pOutcome = 4, pFinal = 5, pEscalated = 6,
               pEscalationFailed = 7, pBreaker = 8, pTotal = 9, pAgreement = 10, pLocalConfidence = 11, pConfidence = 12,
               pAttempts = 13
    // Attempt paths.
    static let aTier = 0, aModel = 1, aOutcome = 2, aError = 3, aTTFT = 4, aTotal = 5, aIn = 6, aOut = 7, aCost = 8

    public init(settings: ReportSettings) {
        self.settings = settings
        var paths = ["time", "source", "task_type", "sensitivity", "outcome", "final_tier", "escalated", "escalation_failed",
                     "cascade_breaker_tripped", "total_ms", "shadow.agreement", "shadow.local_confidence", "confidence"]
        paths.append("attempts")
        outer = JSONFieldExtractor(paths: paths)
        inner = JSONFieldExtractor(paths: ["tier", "model", "outcome", "error", "ttft_ms", "total_ms", "input_tokens", "output_tokens", "cost_usd"])
        since = settings.since.map { Array($0.utf8) }
        idAnswered = strings.id("answered")
        idEscalated = strings.id("escalated")
        idFailed = strings.id("failed")
        idSkipped = strings.id("skipped")
        idRefused = strings.id("refused")
        idRejected = strings.id("rejected")
        idParity = strings.id("bench_parity")
        idNone = strings.id("(none)")
        _ = strings.id("(other)")  // before the cap: past it every new name maps here
        idUnknownError = strings.id("(unknown)")
        outcomeIDs = AttemptOutcomeIDs(idAnswered: idAnswered, idEscalated: idEscalated, idFailed: idFailed, idSkipped: idSkipped)
        for t in settings.deviceTiers { deviceIDs.insert(strings.id(t)) }
        for t in settings.tierOrder { _ = strings.id(t) }
    }

    /// Reads one file (or `-`, standard input) into the counts.
    public mutating func read(path: String) throws(TierError) {
        var reader = try LineReader(path: path)
        let name = path == "-" ? "<stdin>" : path
        files.append(ReportFileSummary(path: name))
        fileTimes.append(([], []))
        let f = files.count - 1
        try reader.forEachLine { (line, number) throws(TierError) -> Bool in
            files[f].lines += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
            if let (column, message) = take(line, file: f) {
                malformedCount += 1
                files[f].malformed += 1
                if diagnostics.count < settings.keptDiagnostics {
                    diagnostics.append(Diagnostic(file: name, line: number, column: column, message: message))
                }
            }
            return true
        }
        if !fileTimes[f].earliest.isEmpty {
            files[f].earliest = String(decoding: fileTimes[f].earliest, as: UTF8.self)
            files[f].latest = String(decoding: fileTimes[f].latest, as: UTF8.self)
        }
    }

    @inline(__always) func stringRange(_ x: JSONFieldExtractor, _ k: Int) -> Range<Int>? {
        guard let r = x.ranges[k], r.count >= 2, x.base[r.lowerBound] == 0x22 else { return nil }
        return r.lowerBound + 1 ..< r.upperBound - 1
    }

    /// The id of a string field; nil when absent or null; `.some(-1)` when present but not a string.
    @inline(__always) mutating func stringID(_ x: JSONFieldExtractor, _ k: Int) -> Int32? {
        guard let r = x.ranges[k] else { return nil }
        if x.isNull(k) { return nil }
        guard let inner = stringRange(x, k) else { return -1 }
        if memchr(x.base + inner.lowerBound, 0x5C, inner.count) != nil {
            guard let s = x.string(k) else { return -1 }
            return strings.id(s)
        }
        _ = r
        return strings.id(x.base + inner.lowerBound, inner.count)
    }

    enum Checked { case absent, value(Double), bad }

    /// A number field within 0...limit; null and absent are absent.
    @inline(__always) func checked(_ x: JSONFieldExtractor, _ k: Int, _ limit: Double) -> Checked {
        guard x.ranges[k] != nil, !x.isNull(k) else { return .absent }
        guard let v = Self.fastNumber(x, k) ?? x.number(k), v.isFinite, v >= 0, v <= limit else { return .bad }
        return .value(v)
    }

    static let powersOfTen: [Double] = (0...22).map { e in var p = 1.0; for _ in 0..<e { p *= 10 }; return p }

    /// A plain decimal ("123", "-4.25") without strtod: the digits as an integer over a power of ten
    /// is exact, and the one division correctly rounded, while the integer stays under 2^53 and the
    /// power at most 10^22. Anything else (exponents, long mantissas) is left to strtod.
    @inline(__always) static func fastNumber(_ x: JSONFieldExtractor, _ k: Int) -> Double? {
        guard let r = x.ranges[k], r.count > 0, r.count <= 17 else { return nil }
        var i = r.lowerBound
        var negative = false
        if x.base[i] == 0x2D { negative = true; i += 1 }
        var mantissa: UInt64 = 0, digits = 0, fraction = -1
        while i < r.upperBound {
            let c = x.base[i]
            if c >= 0x30 && c <= 0x39 { mantissa = mantissa * 10 + UInt64(c - 0x30); digits += 1; if fraction >= 0 { fraction += 1 } }
            else if c == 0x2E && fraction < 0 { fraction = 0 }
            else { return nil }
            i += 1
        }
        guard digits > 0, digits <= 15, fraction != 0 else { return nil }
        var v = Double(mantissa)
        if fraction > 0 { v /= powersOfTen[fraction] }
        return negative ? -v : v
    }

    struct AttemptFields {
        var tier: Int32
        var model: Int32
        var outcome: Int32
        var error: Int32?
        var ttft: Double?
        var total: Double?
        var input: Int?
        var output: Int?
        var cost: Double?
    }

    static let msLimit = 1e9, tokenLimit = 1e12, costLimit = 1e6

    /// Counts one line; returns the column and message when it is malformed (and counts nothing).
    mutating func take(_ line: UnsafeBufferPointer<UInt8>, file f: Int) -> (Int, String)? {
        guard outer.scan(line) else { return (1, "not a valid JSON object") }
        let x = outer
        func col(_ k: Int) -> Int { (x.ranges[k]?.lowerBound ?? 0) + 1 }
        guard case .object = Self.kind(line) else { return (1, "not a JSON object") }
        guard let outcome = stringID(x, Self.pOutcome), outcome >= 0 else {
            return (x.ranges[Self.pOutcome] == nil ? 1 : col(Self.pOutcome), "not a request record: no 'outcome' string")
        }
        // The time: RFC 3339 UTC as the log writes it; its date (and hour) is the period.
        guard let tr = stringRange(x, Self.pTime) else {
            return (x.ranges[Self.pTime] == nil ? 1 : col(Self.pTime), "'time' must be an RFC 3339 UTC time (2026-11-22T07:00:00.000Z)")
        }
        let tp = x.base + tr.lowerBound, tn = tr.count
        guard let (dayKey, hour) = Self.dayAndHour(tp, tn) else {
            return (col(Self.pTime), "'time' must be an RFC 3339 UTC time (2026-11-22T07:00:00.000Z)")
        }
        let source = stringID(x, Self.pSource)
        let isParity = source == idParity
        if let s = since {
            let n = min(s.count, tn)
            let c = memcmp(tp, s, n)
            if c < 0 || (c == 0 && tn < s.count) { files[f].filteredOut += 1; return nil }
        }
        // Every checked value first: a malformed line counts nowhere.
        var breaker: Double? = nil
        switch checked(x, Self.pBreaker, 1) { case .bad: return (col(Self.pBreaker), "'cascade_breaker_tripped' must be a rate from 0 to 1"); case .value(let v): breaker = v; case .absent: break }
        var requestTotal: Double? = nil
        switch checked(x, Self.pTotal, Self.msLimit) { case .bad: return (col(Self.pTotal), "'total_ms' must be a number of milliseconds from 0 to 1e9"); case .value(let v): requestTotal = v; case .absent: break }
        var agreementScore: Double? = nil
        switch checked(x, Self.pAgreement, 1) {
        case .bad:
            if let b = x.bool(Self.pAgreement) { agreementScore = b ? 1 : 0 }
            else { return (col(Self.pAgreement), "'shadow.agreement' must be a score from 0 to 1") }
        case .value(let v): agreementScore = v
        case .absent: break
        }
        var localConfidence: Double? = nil
        switch checked(x, Self.pLocalConfidence, 1) { case .bad: return (col(Self.pLocalConfidence), "'shadow.local_confidence' must be a number from 0 to 1"); case .value(let v): localConfidence = v; case .absent: break }
        if localConfidence == nil, isParity {
            switch checked(x, Self.pConfidence, 1) { case .bad: return (col(Self.pConfidence), "'confidence' must be a number from 0 to 1"); case .value(let v): localConfidence = v; case .absent: break }
        }
        let finalTier = stringID(x, Self.pFinal)
        if finalTier == -1 { return (col(Self.pFinal), "'final_tier' must be a string or null") }
        let task = stringID(x, Self.pTask)
        if task == -1 { return (col(Self.pTask), "'task_type' must be a string or null") }
        let sensitivity = stringID(x, Self.pSensitivity)
        if sensitivity == -1 { return (col(Self.pSensitivity), "'sensitivity' must be a string") }

        attemptBuffer.removeAll(keepingCapacity: true)
        if !isParity, let ar = x.ranges[Self.pAttempts], !x.isNull(Self.pAttempts) {
            guard line[ar.lowerBound] == 0x5B else { return (ar.lowerBound + 1, "'attempts' must be an array") }
            func skip(_ j: Int) -> Int {
                var j = j
                while j < ar.upperBound, line[j] == 0x20 || line[j] == 0x0A || line[j] == 0x0D || line[j] == 0x09 { j += 1 }
                return j
            }
            var j = skip(ar.lowerBound + 1)
            var i = 0
            // The outer scan validated the array: each element is walked once, its fields taken on the way.
            while j < ar.upperBound && line[j] != 0x5D {
                guard i < Self.maxAttempts else { return (j + 1, "more than \(Self.maxAttempts) attempts in one request") }
                let start = j
                guard line[j] == 0x7B, inner.scanValue(in: line, at: &j) else { return (start + 1, "attempts[\(i)] must be an object") }
                let a = inner
                func acol(_ k: Int) -> Int { (a.ranges[k]?.lowerBound ?? start) + 1 }
                guard let tier = stringID(a, Self.aTier), tier >= 0 else { return (acol(Self.aTier), "attempts[\(i)].tier must be a string") }
                guard let o = stringID(a, Self.aOutcome), o >= 0 else { return (acol(Self.aOutcome), "attempts[\(i)].outcome must be a string") }
                let model = stringID(a, Self.aModel) ?? idNone
                if model < 0 { return (acol(Self.aModel), "attempts[\(i)].model must be a string") }
                let err = stringID(a, Self.aError)
                if err == -1 { return (acol(Self.aError), "attempts[\(i)].error must be a string or null") }
                var fields = AttemptFields(tier: tier, model: model, outcome: o, error: err)
                switch checked(a, Self.aTTFT, Self.msLimit) { case .bad: return (acol(Self.aTTFT), "attempts[\(i)].ttft_ms must be a number of milliseconds from 0 to 1e9"); case .value(let v): fields.ttft = v; case .absent: break }
                switch checked(a, Self.aTotal, Self.msLimit) { case .bad: return (acol(Self.aTotal), "attempts[\(i)].total_ms must be a number of milliseconds from 0 to 1e9"); case .value(let v): fields.total = v; case .absent: break }
                switch checked(a, Self.aIn, Self.tokenLimit) { case .bad: return (acol(Self.aIn), "attempts[\(i)].input_tokens must be a count from 0 to 1e12"); case .value(let v): fields.input = Int(v); case .absent: break }
                switch checked(a, Self.aOut, Self.tokenLimit) { case .bad: return (acol(Self.aOut), "attempts[\(i)].output_tokens must be a count from 0 to 1e12"); case .value(let v): fields.output = Int(v); case .absent: break }
                switch checked(a, Self.aCost, Self.costLimit) { case .bad: return (acol(Self.aCost), "attempts[\(i)].cost_usd must be a number of dollars from 0 to 1e6"); case .value(let v): fields.cost = v; case .absent: break }
                attemptBuffer.append(fields)
                i += 1
                j = skip(j)
                if j < ar.upperBound && line[j] == 0x2C { j = skip(j + 1) }
            }
        }

        // Counted from here on.
        let attempts = attemptBuffer
        Self.widen(&fileTimes[f], tp, tn)
        let periodKey = settings.grouping == .hour ? dayKey * 24 + hour : dayKey
        let p = periodIndex(periodKey, tp, tn)

        if let score = agreementScore {
            let which = isParity ? 1 : 0
            var t = agreement[which][p] ?? AgreementTally(label: periodSlices[p].label)
            t.samples += 1
            if score >= settings.agreementThreshold { t.agreeing += 1 }
            t.agreementSum += score
            if let c = localConfidence { t.confidenceSum += c; t.confidenceSamples += 1 }
            agreement[which][p] = t
        }
        if isParity { files[f].parity += 1; return nil }
        files[f].records += 1

        // The request's own figures.
        var cost = 0.0
        var failedOrSkipped = false
        var answering: AttemptFields? = nil
        for a in attempts {
            let ti = tally(a.tier)
            let completed = a.outcome == idAnswered || a.outcome == idEscalated
            // The attempt's cost: as logged, else 0 on the device, else priced from its tokens now.
            var attemptCost: Double? = a.cost
            var unpriced = false
            if attemptCost == nil, !deviceIDs.contains(a.tier), let i = a.input, let o = a.output {
                if let pr = price(a.tier, a.model) { attemptCost = (Double(i) * pr.input + Double(o) * pr.output) / 1_000_000 }
                else if completed { unpriced = true }
            }
            if a.outcome == idFailed || a.outcome == idSkipped { failedOrSkipped = true }
            let errorKind = a.error ?? idUnknownError
            tierTallies[ti].add(a, completed: completed, cost: attemptCost, unpriced: unpriced, errorKind: errorKind, ids: outcomeIDs)
            cost += attemptCost ?? 0
            if a.outcome == idAnswered && a.tier == finalTier { answering = a }
        }
        var cloudOnly: Double? = nil
        let answered = outcome == idAnswered && finalTier != nil
        if answered, let a = answering, let i = a.input, let o = a.output, let pr = settings.cloudPrice {
            cloudOnly = (Double(i) * pr.input + Double(o) * pr.output) / 1_000_000
        }
        let escalated = x.bool(Self.pEscalated) ?? false
        let escalationFailed = x.bool(Self.pEscalationFailed) ?? false
        let fallback = answered && failedOrSkipped
        if breaker != nil, let first = attempts.first(where: { $0.outcome != idFailed && $0.outcome != idSkipped }) {
            tierTallies[tally(first.tier)].breakerTrips += 1
        }
        if let v = requestTotal { requestTotals.append(v) }
        let sens = Int(sensitivity ?? idNone)
        if sens >= sensitivities.count { sensitivities.append(contentsOf: repeatElement(SensitivityTally(), count: sens + 1 - sensitivities.count)) }
        sensitivities[sens].requests += 1
        if outcome == idRefused { sensitivities[sens].refused += 1 }
        if outcome == idRejected { sensitivities[sens].rejected += 1 }

        func count(_ s: inout Slice) {
            s.requests += 1
            Slice.bump(&s.outcomes, outcome)
            if answered { s.answered += 1; Slice.bump(&s.answeredBy, finalTier!) }
            if escalated { s.escalated += 1 }
            if escalationFailed { s.escalationFailed += 1 }
            if fallback { s.fallback += 1 }
            if breaker != nil { s.breakerTrips += 1 }
            s.costUSD += cost
            if let c = cloudOnly { s.cloudOnlyUSD += c; s.cloudPriced += 1 }
        }
        count(&total)
        count(&periodSlices[p])
        switch settings.grouping {
        case .task, .tier:
            let key = (settings.grouping == .task ? task : finalTier) ?? idNone
            let g: Int
            if let i = groups[key] { g = i } else {
                g = groupSlices.count
                groups[key] = g
                groupSlices.append(Slice(label: strings.names[Int(key)]))
            }
            count(&groupSlices[g])
        case .day, .hour: break
        }
        return nil
    }

    @inline(__always) mutating func tally(_ tier: Int32) -> Int {
        let t = Int(tier)
        if t < tierIndex.count, tierIndex[t] >= 0 { return tierIndex[t] }
        if t >= tierIndex.count { tierIndex.append(contentsOf: repeatElement(-1, count: t + 1 - tierIndex.count)) }
        tierIndex[t] = tierTallies.count
        tierTallies.append(TierTally())
        tierIDs.append(tier)
        return tierTallies.count - 1
    }

    static func widen(_ t: inout (earliest: [UInt8], latest: [UInt8]), _ p: UnsafePointer<UInt8>, _ n: Int) {
        func less(_ a: UnsafePointer<UInt8>, _ an: Int, _ b: [UInt8]) -> Bool {
            let c = memcmp(a, b, min(an, b.count))
            return c < 0 || (c == 0 && an < b.count)
        }
        func greater(_ a: UnsafePointer<UInt8>, _ an: Int, _ b: [UInt8]) -> Bool {
            let c = memcmp(a, b, min(an, b.count))
            return c > 0 || (c == 0 && an > b.count)
        }
        if t.earliest.isEmpty || less(p, n, t.earliest) { t.earliest = Array(UnsafeBufferPointer(start: p, count: n)) }
        if t.latest.isEmpty || greater(p, n, t.latest) { t.latest = Array(UnsafeBufferPointer(start: p, count: n)) }
    }

    mutating func periodIndex(_ key: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        if key == lastPeriod.key { return lastPeriod.index }
        let i: Int
        if let known = periods[key] { i = known } else {
            i = periodSlices.count
            periods[key] = i
            periodKeys.append(key)
            var label = String(decoding: UnsafeBufferPointer(start: p, count: 10), as: UTF8.self)
            if settings.grouping == .hour {
                label += n >= 13 ? "T" + String(decoding: UnsafeBufferPointer(start: p + 11, count: 2), as: UTF8.self) + ":00" : "T00:00"
            }
            periodSlices.append(Slice(label: label))
        }
        lastPeriod = (key, i)
        return i
    }

    mutating func price(_ tier: Int32, _ model: Int32) -> ModelPrice? {
        let k = Int64(tier) << 32 | Int64(model)
        if let hit = priceCache[k] { return hit }
        let p = settings.price(strings.names[Int(tier)], strings.names[Int(model)])
        priceCache[k] = p
        return p
    }

    enum Kind { case object, other }
    static func kind(_ line: UnsafeBufferPointer<UInt8>) -> Kind {
        for b in line where b != 0x20 && b != 0x09 { return b == 0x7B ? .object : .other }
        return .other
    }

    /// Days since 1970-01-01 and the hour, from "YYYY-MM-DD" with an optional "THH...".
    static func dayAndHour(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int)? {
        guard n >= 10, p[4] == 0x2D, p[7] == 0x2D else { return nil }
        func digits(_ at: Int, _ count: Int) -> Int? {
            var v = 0
            for k in at..<at + count { let c = p[k]; guard c >= 0x30 && c <= 0x39 else { return nil }; v = v * 10 + Int(c - 0x30) }
            return v
        }
        guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2), (1...12).contains(m), (1...31).contains(d) else { return nil }
        var hour = 0
        if n > 10 {
            guard n >= 13, p[10] == UInt8(ascii: "T") || p[10] == 0x20, let h = digits(11, 2), h < 24 else { return nil }
            hour = h
        }
        // Howard Hinnant's days_from_civil.
        let yy = m <= 2 ? y - 1 : y
        let era = yy / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return (era * 146_097 + doe - 719_468, hour)
    }
}
