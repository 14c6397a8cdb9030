#if canImport(Glibc)
import Glibc
#endif
import CCrypto
import NIOConcurrencyHelpers
import TierCore

/// SHA-256 in lower-case hex, by OpenSSL.
func sha256Hex(_ s: String) -> String {
    var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    var bytes = Array(s.utf8)
    _ = bytes.withUnsafeMutableBufferPointer { b in digest.withUnsafeMutableBufferPointer { d in SHA256(b.baseAddress, b.count, d.baseAddress) } }
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for x in digest { out.append(hex[Int(x >> 4)]); out.append(hex[Int(x & 15)]) }
    return String(decoding: out, as: UTF8.self)
}

/// A client key's limits: requests per minute and spend per calendar month (UTC). `ClientLimits` keeps
/// them in one gateway's memory; `RedisClientLimits` shares them across a fleet (state.backend: redis).
protocol ClientLimiting: AnyObject, Sendable {
    func admit(_ key: ClientKey, nowMs: Double) -> APIError?
    func addSpend(_ name: String, usd: Double)
    func spend(_ name: String) -> Double
    /// Saves what must survive a restart (called every 5 s and on exit).
    func persist()
}

/// Requests per minute (a token bucket per client key) and spend per calendar month (UTC), in memory.
/// Spend is kept in `serve-spend.json` in the state directory, so a restart does not reset a budget.
final class ClientLimits: ClientLimiting, @unchecked Sendable {
    struct Bucket { var tokens: Double; var at: Double }
    private let state = NIOLockedValueBox((buckets: [String: Bucket](), spend: [String: Double](), month: "", dirty: false))
    let spendPath: String?

    init(spendPath: String?) {
        self.spendPath = spendPath
        if let p = spendPath, let bytes = try? System.readFile(p, limit: 1 << 20, regularOnly: true),
           let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) {
            let month = v["month"]?.stringValue ?? ""
            var spend: [String: Double] = [:]
            if case .object(let members)? = v["spend"] {
                for m in members { if let x = m.value.numberValue, x.isFinite, x >= 0 { spend[m.key] = x } }
            }
            state.withLockedValue { $0.month = month; $0.spend = spend }
        }
    }

    static func month(nowMs: Double) -> String {
        var t = time_t(nowMs / 1000)
        var tm = tm()
        gmtime_r(&t, &tm)
        let m = Int(tm.tm_mon) + 1
        return "\(Int(tm.tm_year) + 1900)-\(m < 10 ? "0" : "")\(m)"
    }

    func admit(_ key: ClientKey, nowMs: Double) -> APIError? {
        let month = ClientLimits.month(nowMs: nowMs)
        return state.withLockedValue { s -> APIError? in
            if s.month != month { s.month = month; s.spend = [:]; s.dirty = true }
            if let budget = key.monthlyBudgetUSD, (s.spend[key.name] ?? 0) >= budget {
                return ClientLimits.overBudget(key, budget: budget, month: month, nowMs: nowMs)
            }
            guard let rpm = key.requestsPerMinute else { return nil }
            let rate = Double(rpm) / 60_000  // tokens per ms
            var b = s.buckets[key.sha256] ?? Bucket(tokens: Double(rpm), at: nowMs)
            b.tokens = min(Double(rpm), b.tokens + max(0, nowMs - b.at) * rate)
            b.at = nowMs
            if b.tokens < 1 {
                s.buckets[key.sha256] = b
                return ClientLimits.overRate(key, rpm: rpm, waitSeconds: Int(((1 - b.tokens) / rate / 1000).rounded(.up)))
            }
            b.tokens -= 1
            s.buckets[key.sha256] = b
            return nil
        }
    }

    func addSpend(_ name: String, usd: Double) {
        guard usd > 0, usd.isFinite else { return }
        state.withLockedValue { $0.spend[name, default: 0] += usd; $0.dirty = true }
    }

    func spend(_ name: String) -> Double { state.withLockedValue { $0.spend[name] ?? 0 } }

    /// Writes the month's spend when it changed (atomically: a temporary file, then rename).
    func persist() {
        guard let path = spendPath else { return }
        let snapshot = state.withLockedValue { s -> (String, [String: Double])? in
            guard s.dirty else { return nil }
            s.dirty = false
            return (s.month, s.spend)
        }
        guard let (month, spend) = snapshot else { return }
        var w = JSONWriter()
        w.object { w in
            w.field("month", month)
            w.key("spend"); w.object { w in for (k, v) in spend.sorted(by: { $0.key < $1.key }) { w.key(k); w.double(v, digits: 8) } }
        }
        try? PrivateFiles.writeAtomically(w.bytes, to: path)
    }

    static func overBudget(_ key: ClientKey, budget: Double, month: String, nowMs: Double) -> APIError {
        APIError(status: 429, kind: .rateLimited,
                 message: "client '\(key.name)' has spent its monthly budget of $\(formatDecimal(budget, digits: 2)) for \(month)",
                 code: "insufficient_quota", retryAfterSeconds: ClientLimits.secondsToNextMonth(nowMs: nowMs))
    }

    static func overRate(_ key: ClientKey, rpm: Int, waitSeconds: Int) -> APIError {
        APIError(status: 429, kind: .rateLimited, message: "client '\(key.name)' is over its limit of \(rpm) requests per minute",
                 code: "rate_limit_exceeded", retryAfterSeconds: min(60, max(1, waitSeconds)))
    }

    static func secondsToNextMonth(nowMs: Double) -> Int {
        var t = time_t(nowMs / 1000)
        var tm = tm()
        gmtime_r(&t, &tm)
        tm.tm_mon += 1
        tm.tm_mday = 1
        tm.tm_hour = 0; tm.tm_min = 0; tm.tm_sec = 0
        let next = timegm(&tm)
        return max(1, Int(next - t))
    }
}
