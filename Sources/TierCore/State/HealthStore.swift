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

    /// What a load found besides the records: why the file was ignored, or how many entries were dropped.
    public struct LoadProblem: Sendable, Equatable {
        public var corrupt: String?
        public var droppedEntries = 0
    }

    /// The state is a cache: an entry with a wrong type or a number out of range (nan, inf, negative,
    /// times past a year from `now`) is dropped whole, so the tier counts as never seen, and never traps.
    static func parse(_ bytes: [UInt8], now: Double = nowMs(), problem: inout LoadProblem) -> [String: HealthRecord] {
        guard let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else {
            problem.corrupt = "not valid JSON"
            return [:]
        }
        guard case .object(let tiers)? = v["tiers"] else {
            problem.corrupt = "no \"tiers\" object"
            return [:]
        }
        let latest = now + Double(DurationValue.maxMilliseconds)
        /// An epoch-milliseconds field: 0 when absent, nil when it is no time.
        func time(_ x: JSONValue?) -> Double? {
            guard let x else { return 0 }
            guard let d = x.numberValue, d.isFinite, d >= 0, d <= latest else { return nil }
            return d
        }
        func count(_ x: JSONValue?) -> Int? {
            guard let x else { return 0 }
            return x.numberValue.flatMap { Int(count: $0, limit: 1e9) }
        }
        var out: [String: HealthRecord] = [:]
        for m in tiers {
            var r = HealthRecord()
            let f = m.value
            guard case .object = f,
                  let failures = count(f["consecutive_failures"]),
                  let openUntil = time(f["open_until"]), let probedAt = time(f["probed_at"]),
                  let skipUntil = time(f["cascade_skip_until"]) else { problem.droppedEntries += 1; continue }
            let lastError = f["last_error"]
            let probeOK = f["probe_ok"]
            let recent = f["recent_escalations"]
            if let e = lastError, e != .null, e.stringValue == nil { problem.droppedEntries += 1; continue }
            if let b = probeOK, b.boolValue == nil { problem.droppedEntries += 1; continue }
            if let s = recent, !(s.stringValue.map { $0.utf8.count <= 100_000 && $0.utf8.allSatisfy { $0 == 0x30 || $0 == 0x31 } } ?? false) {
                problem.droppedEntries += 1; continue
            }
            r.consecutiveFailures = failures
            r.openUntil = openUntil
            r.lastError = lastError?.stringValue.map { String($0.prefix(200)) }
            r.probedAt = probedAt
            r.probeOK = probeOK?.boolValue ?? true
            r.recentEscalations = recent?.stringValue ?? ""
            r.cascadeSkipUntil = skipUntil
            out[m.key] = r
        }
        return out
    }

    static func parse(_ bytes: [UInt8]) -> [String: HealthRecord] {
        var problem = LoadProblem()
        return parse(bytes, problem: &problem)
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

    /// Warnings about the state go out once per process, however often it is read.
    nonisolated(unsafe) static var warned = false
    static func warnOnce(_ message: String) {
        if warned { return }
        warned = true
        System.write(fd: 2, "tier: warning: \(message)\n")
    }

    /// The state directory must be private (see `System.checkPrivateDirectory`); otherwise the state is
    /// neither read nor written, with one warning.
    static func directoryIsPrivate(_ path: String) -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return true }
        do throws(TierError) { try System.checkPrivateDirectory(String(path[..<slash])) } catch {
            warnOnce(error.messages.joined(separator: "; ") + " (the health state is not used)")
            return false
        }
        return true
    }

    /// Reads the records (an absent or unreadable file is an empty state; a corrupt one too, with one warning).
    public static func load(path: String = path(), now: Double = nowMs()) -> [String: HealthRecord] {
        guard directoryIsPrivate(path) else { return [:] }
        let fd: Int32
        do throws(TierError) { fd = try System.openNoFollow(path, O_RDONLY | O_NONBLOCK) } catch {
            if case .io(_, let m) = error, m.hasPrefix("is a symbolic link") { warnOnce("\(path): \(m); the health state is not used") }
            return [:]
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            warnOnce("\(path): not a regular file; ignored (the health state is a cache)")
            return [:]
        }
        flock(fd, LOCK_SH)
        defer { flock(fd, LOCK_UN) }
        guard let bytes = try? System.readAll(fd: fd, name: path, limit: System.ReadLimit.config) else {
            warnOnce("\(path): unreadable or larger than \(System.sizeText(System.ReadLimit.config)); ignored (the health state is a cache)")
            return [:]
        }
        var problem = LoadProblem()
        let records = parse(bytes, now: now, problem: &problem)
        if let c = problem.corrupt {
            warnOnce("\(path): \(c); ignored (the health state is a cache and is rewritten)")
        } else if problem.droppedEntries > 0 {
            warnOnce("\(path): dropped \(problem.droppedEntries) entr\(problem.droppedEntries == 1 ? "y" : "ies") with values out of range (the health state is a cache)")
        }
        return records
    }

    /// Read-modify-write under an exclusive lock on a side lock file; the state file is replaced by rename.
    /// Files are opened without following links, the temporary one created exclusively.
    public static func update(path: String = path(), _ change: (inout [String: HealthRecord]) -> Void) {
        if let slash = path.lastIndex(of: "/") { RequestLog.makeDirectories(String(path[..<slash])) }
        guard directoryIsPrivate(path) else { return }
        guard let lockFD = try? System.openNoFollow(path + ".lock", O_RDWR | O_CREAT) else { return }
        defer { close(lockFD) }
        flock(lockFD, LOCK_EX)
        defer { flock(lockFD, LOCK_UN) }
        var records = load(path: path)
        let before = records
        change(&records)
        if records == before { return }  // nothing to write: the common case of a healthy tier
        guard let (fd, tmp) = try? System.createTemporary(near: path) else { return }
        let bytes = serialize(records)
        let ok = bytes.withUnsafeBytes { System.writeReporting(fd: fd, $0) } == 0
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
                h.states[t.name] = .unavailable("circuit open after \(r.consecutiveFailures) failures (\(r.lastError ?? "errors")); retried in \(Int(saturating: (r.openUntil - now) / 1000) + 1) s")
            } else if config.routing.cascadeBreaker.skipLocal && r.cascadeSkipUntil > now {
                h.states[t.name] = .unavailable("cascade breaker: too many of its answers escalated; skipped for \(Int(saturating: (r.cascadeSkipUntil - now) / 1000) + 1) s")
            } else if let interval = t.healthCheckInterval, now - r.probedAt < Double(interval.milliseconds), !r.probeOK {
                h.states[t.name] = .unavailable("health probe failed \(Int(saturating: (now - r.probedAt) / 1000)) s ago")
            }
        }
        return h
    }

    /// Adds one judged local answer to the cascade-rate window; returns the escalation rate when it
    /// exceeds `max_escalation_rate` over a full window (the breaker trips), else nil.
    @discardableResult
    public static func recordJudged(tier: String, escalated: Bool, config: TierConfig, path: String = path(),
                                    now: Double = nowMs()) -> Double? {
        recordJudged(tier: tier, escalated: escalated, config: config, store: FileHealthState(path: path), now: now)
    }

    @discardableResult
    public static func recordJudged(tier: String, escalated: Bool, config: TierConfig, store: any HealthState,
                                    now: Double = nowMs()) -> Double? {
        let b = config.routing.cascadeBreaker
        var tripped: Double? = nil
        store.update { records in
            tripped = nil  // a shared backend may run the change again after losing a race
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
        record(attempts, config: config, store: FileHealthState(path: path), now: now)
    }

    public static func record(_ attempts: [Attempt], config: TierConfig, store: any HealthState, now: Double = nowMs()) {
        if attempts.isEmpty { return }
        // A run that only succeeded changes nothing unless some tier had failures on record.
        if attempts.allSatisfy({ $0.outcome != "failed" }) {
            let current = store.load(now: now)
            if attempts.allSatisfy({ (current[$0.tier]?.consecutiveFailures ?? 0) == 0 }) { return }
        }
        store.update { records in
            for a in attempts {
                guard let tier = config.tier(named: a.tier) else { continue }
                var r = records[a.tier] ?? HealthRecord()
                // Only outages count toward the breaker: a rejection (a key, a context length, a 4xx) or
                // Ctrl-C says nothing about whether the tier is up.
                if a.outcome == "failed" && ProviderError.isAvailabilityKind(a.errorKind) {
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
