#if canImport(Glibc)
import Glibc
#endif
import TierCore

/// Client-key limits shared by every replica through Redis (state.backend: redis).
///
/// - requests per minute: a token bucket per key in `PREFIX:rl:SHA256` (a hash of tokens and the time
///   they were counted, by Redis's own clock so replicas on different hosts agree), taken by one Lua
///   script, which also checks the month's spend: one round trip per request. The key expires two
///   minutes after its last use.
/// - spend: `PREFIX:spend:YYYY-MM:NAME`, raised by INCRBYFLOAT, expiring after 40 days.
///
/// While Redis is unreachable the local limits answer (this replica's own bucket and spend), and the
/// spend counted meanwhile is added to Redis once it answers again, so a budget is not forgotten.
final class RedisClientLimits: ClientLimiting, @unchecked Sendable {
    let link: RedisLink
    let prefix: String
    let local: ClientLimits
    private var pending: [String: Double] = [:]
    private var mutex = pthread_mutex_t()

    init(link: RedisLink, prefix: String, local: ClientLimits) {
        self.link = link
        self.prefix = prefix
        self.local = local
        pthread_mutex_init(&mutex, nil)
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// KEYS: the bucket, the month's spend. ARGV: requests per minute ("" for none), budget ("" for none).
    /// Returns {"ok"}, {"budget"} or {"rate", seconds to wait}.
    static let admitScript = """
        if ARGV[2] ~= '' then
          local spent = tonumber(redis.call('GET', KEYS[2]) or '0') or 0
          if spent >= tonumber(ARGV[2]) then return {'budget'} end
        end
        if ARGV[1] == '' then return {'ok'} end
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local rpm = tonumber(ARGV[1])
        local rate = rpm / 60000
        local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(b[1]) or rpm
        local at = tonumber(b[2]) or now
        tokens = math.min(rpm, tokens + math.max(0, now - at) * rate)
        local verdict = {'ok'}
        if tokens < 1 then
          verdict = {'rate', tostring(math.ceil((1 - tokens) / rate / 1000))}
        else
          tokens = tokens - 1
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
        redis.call('PEXPIRE', KEYS[1], 120000)
        return verdict
        """

    static let spendScript = """
        local v = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
        redis.call('EXPIRE', KEYS[1], 3456000)
        return v
        """

    func spendKey(_ name: String, month: String) -> [UInt8] { Array("\(prefix):spend:\(month):\(name)".utf8) }

    func admit(_ key: ClientKey, nowMs: Double) -> APIError? {
        if key.requestsPerMinute == nil && key.monthlyBudgetUSD == nil { return nil }
        flushPending(nowMs: nowMs)
        let month = ClientLimits.month(nowMs: nowMs)
        let rpm = key.requestsPerMinute.map { String($0) } ?? ""
        let budget = key.monthlyBudgetUSD.map { formatDecimal($0, digits: 8) } ?? ""
        let reply = link.eval(RedisClientLimits.admitScript, keys: [Array("\(prefix):rl:\(key.sha256)".utf8), spendKey(key.name, month: month)],
                              args: [Array(rpm.utf8), Array(budget.utf8)])
        guard case .array(let parts)? = reply, let verdict = parts.first?.text else { return local.admit(key, nowMs: nowMs) }
        switch verdict {
        case "ok": return nil
        case "budget": return ClientLimits.overBudget(key, budget: key.monthlyBudgetUSD ?? 0, month: month, nowMs: nowMs)
        default:
            let wait = parts.count > 1 ? Int(parts[1].text ?? "") ?? 1 : 1
            return ClientLimits.overRate(key, rpm: key.requestsPerMinute ?? 0, waitSeconds: wait)
        }
    }

    func addSpend(_ name: String, usd: Double) {
        guard usd > 0, usd.isFinite else { return }
        let nowMs = HealthStore.nowMs()
        flushPending(nowMs: nowMs)
        if !send(name, usd: usd, nowMs: nowMs) {
            local.addSpend(name, usd: usd)
            pthread_mutex_lock(&mutex)
            pending[name, default: 0] += usd
            pthread_mutex_unlock(&mutex)
        }
    }

    private func send(_ name: String, usd: Double, nowMs: Double) -> Bool {
        let r = link.eval(RedisClientLimits.spendScript, keys: [spendKey(name, month: ClientLimits.month(nowMs: nowMs))],
                          args: [Array(formatDecimal(usd, digits: 10).utf8)])
        if case .string? = r { return true }
        return false
    }

    /// The spend counted locally during an outage goes to Redis once it answers again.
    private func flushPending(nowMs: Double) {
        pthread_mutex_lock(&mutex)
        guard !pending.isEmpty, link.isUp else { pthread_mutex_unlock(&mutex); return }
        let owed = pending
        pending = [:]
        pthread_mutex_unlock(&mutex)
        for (name, usd) in owed where !send(name, usd: usd, nowMs: nowMs) {
            pthread_mutex_lock(&mutex)
            pending[name, default: 0] += usd
            pthread_mutex_unlock(&mutex)
        }
    }

    func spend(_ name: String) -> Double {
        guard case .string(let b)? = link.command([Array("GET".utf8), spendKey(name, month: ClientLimits.month(nowMs: HealthStore.nowMs()))]),
              let v = Double(String(decoding: b, as: UTF8.self)), v.isFinite else { return local.spend(name) }
        return v
    }

    func persist() {}
}
