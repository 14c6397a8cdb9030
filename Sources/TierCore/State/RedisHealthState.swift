/// Tier health in Redis (`state.backend: redis`): one hash, `PREFIX:health`, with a field per tier
/// holding that tier's record (breaker, cooldown, last probe and when, the cascade-rate window) in the
/// state file's JSON. Every replica and every `tier ask` naming the same Redis and prefix sees the same
/// breakers.
///
/// A load is one HGETALL. An update reads, applies the change in Swift, and writes the tiers it changed
/// with a compare-and-set Lua script: the script writes only when each changed field still holds what
/// was read, else the update is read and applied again (no lost update between replicas). The hash
/// expires a day after its last write (or after the longest open breaker, when longer); each entry's
/// times (open_until, probed_at with the tier's health_check_interval) say themselves when they are stale.
///
/// When Redis is down the fallback answers (the gateway's memory, `tier ask`'s state file). With
/// `mirror`, every record read from Redis is also kept in the fallback, so an outage starts from the
/// fleet's last known view rather than from nothing.
public final class RedisHealthState: HealthState, @unchecked Sendable {
    public let link: RedisLink
    public let key: [UInt8]
    public let fallback: any HealthState
    let mirror: Bool

    public init(link: RedisLink, prefix: String, fallback: any HealthState, mirror: Bool) {
        self.link = link
        key = Array((prefix + ":health").utf8)
        self.fallback = fallback
        self.mirror = mirror
    }

    /// Compare-and-set over several fields: ARGV[1] the TTL in ms, then per field its name, the value read
    /// ("" for absent) and the value to write ("" to delete). 1 when written, 0 when another writer came first.
    static let casScript = """
        local n = (#ARGV - 1) / 3
        for i = 0, n - 1 do
          local cur = redis.call('HGET', KEYS[1], ARGV[2 + i * 3])
          if cur == false then cur = '' end
          if cur ~= ARGV[3 + i * 3] then return 0 end
        end
        for i = 0, n - 1 do
          local v = ARGV[4 + i * 3]
          if v == '' then redis.call('HDEL', KEYS[1], ARGV[2 + i * 3]) else redis.call('HSET', KEYS[1], ARGV[2 + i * 3], v) end
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """

    /// The raw fields, or nil when Redis is unreachable (or answered nonsense).
    func fetch() -> [String: [UInt8]]? {
        guard case .array(let items)? = link.command([Array("HGETALL".utf8), key]) else { return nil }
        var raw: [String: [UInt8]] = [:]
        var i = 0
        while i + 1 < items.count {
            if case .string(let k) = items[i], case .string(let v) = items[i + 1] { raw[String(decoding: k, as: UTF8.self)] = v }
            i += 2
        }
        return raw
    }

    static func decode(_ raw: [String: [UInt8]], now: Double) -> [String: HealthRecord] {
        var out: [String: HealthRecord] = [:]
        for (name, bytes) in raw {
            var problem = HealthStore.LoadProblem()
            // Each field is a one-tier state document; a field that does not parse counts as never seen.
            if let r = HealthStore.parse(bytes, now: now, problem: &problem)[name] { out[name] = r }
        }
        return out
    }

    static func encode(_ name: String, _ r: HealthRecord) -> [UInt8] {
        var bytes = HealthStore.serialize([name: r])
        if bytes.last == 0x0A { bytes.removeLast() }
        return bytes
    }

    public func load(now: Double) -> [String: HealthRecord] {
        guard let raw = fetch() else { return fallback.load(now: now) }
        let records = RedisHealthState.decode(raw, now: now)
        if mirror { fallback.update { $0 = records } }
        return records
    }

    public func update(_ change: (inout [String: HealthRecord]) -> Void) {
        for _ in 0..<16 {
            let now = HealthStore.nowMs()
            guard let raw = fetch() else { return fallback.update(change) }
            let before = RedisHealthState.decode(raw, now: now)
            var after = before
            change(&after)
            var args: [[UInt8]] = []
            var longest: Double = 0
            for (name, r) in after { longest = max(longest, r.openUntil - now, r.cascadeSkipUntil - now) }
            args.append(Array(String(Int(max(86_400_000, longest + 60_000))).utf8))
            for name in Set(before.keys).union(after.keys).sorted() where before[name] != after[name] {
                args.append(Array(name.utf8))
                args.append(raw[name] ?? [])
                args.append(after[name].map { RedisHealthState.encode(name, $0) } ?? [])
            }
            if args.count == 1 { return }  // nothing changed
            switch link.eval(RedisHealthState.casScript, keys: [key], args: args) {
            case .integer(1)?:
                if mirror { fallback.update { $0 = after } }
                return
            case .integer(0)?:
                continue  // another replica wrote first: read again and redo the change on its result
            case nil:
                return fallback.update(change)
            default:
                // Redis answered with an error (a read-only replica, out of memory): keep the change locally.
                return fallback.update(change)
            }
        }
        // Sixteen lost races in a row: the change goes to local state rather than being dropped.
        fallback.update(change)
    }
}
