/// Percentiles and the mean of one metric.
public struct Distribution: Sendable, Equatable {
    public var count: Int
    public var mean: Double
    public var p50: Double
    public var p90: Double
    public var p95: Double
    public var p99: Double
    public var min: Double
    public var max: Double

    /// Linear interpolation between closest ranks (numpy's default, as vLLM's bench uses).
    public static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let pos = q / 100 * Double(sorted.count - 1)
        let lo = Swift.max(0, Swift.min(sorted.count - 1, Int(saturating: pos.rounded(.down)))), hi = Swift.min(sorted.count - 1, lo + 1)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
    }

    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        count = s.count
        mean = s.reduce(0, +) / Double(s.count)
        p50 = Self.percentile(s, 50)
        p90 = Self.percentile(s, 90)
        p95 = Self.percentile(s, 95)
        p99 = Self.percentile(s, 99)
        min = s[0]
        max = s[s.count - 1]
    }
}

/// Service-level objectives for goodput: a request counts when it meets every one given.
public struct SLO: Sendable, Equatable {
    public var ttftMs: Double?
    public var tpotMs: Double?
    public var e2eMs: Double?

    public init(ttftMs: Double? = nil, tpotMs: Double? = nil, e2eMs: Double? = nil) {
        self.ttftMs = ttftMs
        self.tpotMs = tpotMs
        self.e2eMs = e2eMs
    }

    public var isEmpty: Bool { ttftMs == nil && tpotMs == nil && e2eMs == nil }

    /// "ttft=200ms,tpot=50ms,e2e=2s".
    public static func parse(_ s: String) -> SLO? {
        var slo = SLO()
        for part in s.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, let d = DurationValue.parse(kv[1]) else { return nil }
            let v = Double(d.milliseconds)
            switch kv[0] {
            case "ttft": slo.ttftMs = v
            case "tpot": slo.tpotMs = v
            case "e2e": slo.e2eMs = v
            default: return nil
            }
        }
        return slo.isEmpty ? nil : slo
    }
}

/// vLLM `bench serve` definitions, per target and load point.
public struct BenchSummary: Sendable {
    public var target: String
    public var load: LoadPoint
    public var requests: Int
    public var completed: Int
    public var errors: [(kind: String, count: Int)]
    public var wallMs: Double
    /// Time to the first non-empty content delta, from the send.
    public var ttft: Distribution?
    /// Time to the first body chunk of any kind (often a role-only chunk).
    public var firstChunk: Distribution?
    /// (E2E − TTFT) / (output tokens − 1), per request with at least two output tokens.
    public var tpot: Distribution?
    /// Gaps between content chunks, all requests together.
    public var itl: Distribution?
    public var e2e: Distribution?
    /// Actual send − scheduled send (rate mode).
    public var sendLag: Distribution?
    public var inputTokens: Int
    public var outputTokens: Int
    /// True when some output counts were taken from chunks, not the server's usage.
    public var tokensApproximate: Bool
    public var requestsPerSecond: Double
    public var outputTokensPerSecond: Double
    public var goodput: Double?
    public var slo: SLO
    public var clientCPUMsPerRequest: Double
    public var peakInFlight: Int
    /// TTFTs of the completed requests, for histograms.
    public var ttftSamples: [Double]
    public var e2eSamples: [Double]

    public init(target: String, load: LoadPoint, run: BenchEngine.Run, slo: SLO) {
        self.target = target
        self.load = load
        self.slo = slo
        let rs = run.records
        requests = rs.count
        let ok = rs.filter(\.ok)
        completed = ok.count
        var kinds: [String: Int] = [:]
        for r in rs { if let e = r.error { kinds[e, default: 0] += 1 } }
        errors = kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        wallMs = run.wallMs
        let ttfts = ok.compactMap { r in r.firstContentMs.map { $0 - r.sentMs } }
        ttftSamples = ttfts
        ttft = Distribution(ttfts)
        firstChunk = Distribution(ok.compactMap { r in r.firstChunkMs.map { $0 - r.sentMs } })
        let e2es = ok.map { $0.doneMs - $0.sentMs }
        e2eSamples = e2es
        e2e = Distribution(e2es)
        var tpots: [Double] = []
        var good = 0
        var outTotal = 0, inTotal = 0
        var approx = false
        var gaps: [Double] = []
        for r in ok {
            let (n, a) = r.tokens
            outTotal += n
            inTotal += r.inputTokens ?? 0
            if a { approx = true }
            gaps.append(contentsOf: r.gapsMs)
            let e = r.doneMs - r.sentMs
            let t = (r.firstContentMs ?? r.doneMs) - r.sentMs
            var tp: Double? = nil
            if n > 1 { tp = (e - t) / Double(n - 1); tpots.append(tp!) }
            var meets = true
            if let x = slo.ttftMs, t > x { meets = false }
            if let x = slo.e2eMs, e > x { meets = false }
            if let x = slo.tpotMs, let v = tp, v > x { meets = false }
            if meets { good += 1 }
        }
        tpot = Distribution(tpots)
        itl = Distribution(gaps)
        sendLag = load.rate == nil ? nil : Distribution(rs.map { $0.sentMs - $0.scheduledMs })
        inputTokens = inTotal
        outputTokens = outTotal
        tokensApproximate = approx
        let seconds = run.wallMs / 1000
        requestsPerSecond = Double(completed) / seconds
        outputTokensPerSecond = Double(outTotal) / seconds
        goodput = slo.isEmpty ? nil : Double(good) / seconds
        clientCPUMsPerRequest = rs.isEmpty ? 0 : run.cpuMs / Double(rs.count)
        peakInFlight = run.peakInFlight
    }
}
