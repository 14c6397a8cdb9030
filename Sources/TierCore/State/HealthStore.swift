#if canImport(Glibc)
import Glibc
#endif

/// Tier health shared by every tier invocation (a shell loop running `tier ask` in parallel):
/// circuit breakers and cached health probes in `$XDG_STATE_HOME/tier/state.json`, read and
/// updated under a file lock and replaced atomically (write to a temporary file, then rename).
public struct HealthRecord: Sendable, Equatable {
    public var consecutiveFailures = 0
    /// Epoch milliseconds until which the tier is skipped (the breaker is open); 0 when closed.
    public var openUntil: Double = 0
    public var lastError: String?
    /// Epoch milliseconds of the last health probe, and what it found.
    public var probedAt: Double = 0
    public var probeOK = true
    /// The last local answers judged for confidence: "1" escalated, "0" kept (newest last).
    public var recentEscalations = ""
    /// Epoch milliseconds until which the cascade breaker skips this tier (with action skip_local).
    public var cascadeSkipUntil: Double = 0
}

public enum HealthStore {
    public static func path(env: (String) -> String? = System.env) -> String { RequestLog.stateDirectory(env: env) + "/state.json" }

    public static func nowMs() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    static func parse(_ bytes: [UInt8]) -> [String: HealthRecord] {
        guard let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)), case .object(let tiers)? = v["tiers"] else { return [:] }
        var out: [String: HealthRecord] = [:]
        for m in tiers {
            var r = HealthRecord()
            r.consecutiveFailures = Int(m.value["consecutive_failures"]?.numberValue ?? 0)
            r.openUntil = m.value["open_until"]?.numberValue ?? 0
            r.lastError = m.value["last_error"]?.stringValue
            r.probedAt = m.value["probed_at"]?.numberValue ?? 0
            r.probeOK = m.value["probe_ok"]?.boolValue ?? true
            r.recentEscalations = m.value["recent_escalations"]?.stringValue ?? ""
            r.cascadeSkipUntil = m.value["cascade_skip_until"]?.numberValue ?? 0
            out[m.key] = r
        }
        return out
    }

    static func serialize(_ records: [String: HealthRecord]) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.key("tiers")
            w.object { w in
                for name in records.keys.sorted() {
                    let r = records[name]!
                    w.key(name)
                    w.object { w in
                        w.field("consecutive_failures", r.consecutiveFailures)
                        w.field("open_until", r.openUntil, digits: 0)
                        w.field("last_error", r.lastError)
                        w.field("probed_at", r.probedAt, digits: 0)
                        w.field("probe_ok", r.probeOK)
                        w.field("recent_escalations", r.recentEscalations)
                        w.field("cascade_skip_until", r.cascadeSkipUntil, digits: 0)
                    }
                }
            }
        }
        w.newline()
        return w.bytes
    }

    /// Reads the records (an absent or unreadable file is an empty state).
    public static func load(path: String = path()) -> [String: HealthRecord] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return [:] }
        defer { close(fd) }
        flock(fd, LOCK_SH)
        defer { flock(fd, LOCK_UN) }
        guard let bytes = try? System.readAll(fd: fd, name: path) else { return [:] }
        return parse(bytes)
    }

    /// Read-modify-write under an exclusive lock on a side lock file; the state file is replaced by rename.
    public static func update(path: String = path(), _ change: (inout [String: HealthRecord]) -> Void) {
        if let slash = path.lastIndex(of: "/") { RequestLog.makeDirectories(String(path[..<slash])) }
        let lockFD = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if lockFD < 0 { return }
        defer { close(lockFD) }
        flock(lockFD, LOCK_EX)
        defer { flock(lockFD, LOCK_UN) }
        var records = load(path: path)
        let before = records
        change(&records)
        if records == before { return }  // nothing to write: the common case of a healthy tier
        let tmp = path + ".tmp.\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if fd < 0 { return }
        let bytes = serialize(records)
        let ok = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count
        // No fsync: rename keeps the file whole for readers; losing the newest health record to a crash is harmless.
        close(fd)
        if ok { rename(tmp, path) } else { unlink(tmp) }
    }

    /// The router's view: tiers whose breaker is open, or whose fresh probe failed, are unavailable.
    public static func health(config: TierConfig, records: [String: HealthRecord], now: Double = nowMs()) -> TierHealth {
        var h = TierHealth()
        for t in config.tiers {
            guard let r = records[t.name] else { continue }
            if r.openUntil > now {
                h.states[t.name] = .unavailable("circuit open after \(r.consecutiveFailures) failures (\(r.lastError ?? "errors")); retried in \(Int((r.openUntil - now) / 1000) + 1) s")
            } else if config.routing.cascadeBreaker.skipLocal && r.cascadeSkipUntil > now {
                h.states[t.name] = .unavailable("cascade breaker: too many of its answers escalated; skipped for \(Int((r.cascadeSkipUntil - now) / 1000) + 1) s")
            } else if let interval = t.healthCheckInterval, now - r.probedAt < Double(interval.milliseconds), !r.probeOK {
                h.states[t.name] = .unavailable("health probe failed \(Int((now - r.probedAt) / 1000)) s ago")
            }
        }
        return h
    }

    /// Adds one judged local answer to the cascade-rate window; returns the escalation rate when it
    /// exceeds `max_escalation_rate` over a full window (the breaker trips), else nil.
    @discardableResult
    public static func recordJudged(tier: String, escalated: Bool, config: TierConfig, path: String = path(),
                                    now: Double = nowMs()) -> Double? {
        let b = config.routing.cascadeBreaker
        var tripped: Double? = nil
        update(path: path) { records in
            var r = records[tier] ?? HealthRecord()
            r.recentEscalations += escalated ? "1" : "0"
            if r.recentEscalations.count > b.window { r.recentEscalations.removeFirst(r.recentEscalations.count - b.window) }
            if r.recentEscalations.count >= b.window {
                let rate = Double(r.recentEscalations.filter { $0 == "1" }.count) / Double(r.recentEscalations.count)
                if rate > b.maxEscalationRate {
                    tripped = rate
                    r.recentEscalations = ""
                    if b.skipLocal, let t = config.tier(named: tier) { r.cascadeSkipUntil = now + Double(t.cooldown.milliseconds) }
                }
            }
            records[tier] = r
        }
        return tripped
    }

    /// Records the outcome of attempts: a success closes the breaker; `failureThreshold` failures in a row open it.
    public static func record(_ attempts: [Attempt], config: TierConfig, path: String = path(), now: Double = nowMs()) {
        if attempts.isEmpty { return }
        // A run that only succeeded changes nothing unless some tier had failures on record.
        if attempts.allSatisfy({ $0.outcome != "failed" }) {
            let current = load(path: path)
            if attempts.allSatisfy({ (current[$0.tier]?.consecutiveFailures ?? 0) == 0 }) { return }
        }
        update(path: path) { records in
            for a in attempts {
                guard let tier = config.tier(named: a.tier) else { continue }
                var r = records[a.tier] ?? HealthRecord()
                if a.outcome == "failed" && a.errorKind != "authentication" && a.errorKind != "missing_key" && a.errorKind != "context_length" {
                    r.consecutiveFailures += 1
                    r.lastError = a.errorKind
                    if r.consecutiveFailures >= tier.failureThreshold {
                        r.openUntil = now + Double(tier.cooldown.milliseconds)
                    }
                } else if a.outcome != "failed" {
                    r.consecutiveFailures = 0
                    r.openUntil = 0
                    r.lastError = nil
                }
                records[a.tier] = r
            }
        }
    }
}
