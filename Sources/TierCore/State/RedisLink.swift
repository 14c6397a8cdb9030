#if canImport(Glibc)
import Glibc
#endif
import CHiredis

/// One Redis server as a process's threads share it (`state.backend: redis`), through hiredis.
///
/// A hiredis context is not thread-safe, so each command takes one from a small idle list (or connects
/// a new one) and puts it back. Every socket has `state.timeout` as its connect and command timeout.
/// When a command cannot be sent or answered, Redis is marked down: for a backoff (250 ms, doubling to
/// 5 s) every command returns nil at once without touching the network, and callers use their local
/// state; then one thread tries again while the others stay local. Down and up are each said once on
/// stderr per outage, and `isUp` feeds /metrics.
public final class RedisLink: @unchecked Sendable {
    public enum Reply: Equatable {
        case string([UInt8])
        case integer(Int64)
        case array([Reply])
        case null
        case status(String)
        /// An error reply from Redis (a script's error, NOSCRIPT): Redis is up, the command failed.
        case error(String)

        public var text: String? { if case .string(let b) = self { return String(decoding: b, as: UTF8.self) }; return nil }
    }

    public let address: RedisAddress
    private let password: String?
    private let timeoutUs: Int
    private var idle: [UnsafeMutablePointer<redisContext>] = []
    private var mutex = pthread_mutex_t()
    private var up = true
    private var downUntil: Double = 0
    private var backoffMs: Double = 250
    private var probing = false
    private var scripts: [String: String] = [:]
    /// How many times Redis came back after an outage: a state that kept local changes while it was
    /// away compares this to push them (the gateway's spend).
    public private(set) var recoveries = 0
    /// Where the one-line down/up notes go (stderr).
    var say: (String) -> Void = { System.write(fd: 2, "tier: " + $0 + "\n") }

    public init(address: RedisAddress, password: String?, timeout: DurationValue) {
        self.address = address
        self.password = password
        timeoutUs = max(1, timeout.milliseconds) * 1000
        pthread_mutex_init(&mutex, nil)
    }

    deinit {
        for c in idle { redisFree(c) }
        pthread_mutex_destroy(&mutex)
    }

    /// The link the config asks for, with the password from `state.password_env`; nil for the file backend.
    public static func make(_ state: StateSettings, env: (String) -> String? = System.env) throws(TierError) -> RedisLink? {
        guard state.backend == .redis, let a = state.redis else { return nil }
        var password: String? = nil
        if let name = state.passwordEnv {
            guard let p = env(name), !p.isEmpty else { throw .runtime("state.password_env names \(name), which is not set (it holds the Redis password)") }
            password = p
        }
        return RedisLink(address: a, password: password, timeout: state.timeout)
    }

    public var isUp: Bool {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return up
    }

    /// Sends one command; nil when Redis is down (or just went down): use local state.
    public func command(_ args: [String]) -> Reply? { command(args.map { Array($0.utf8) }) }

    public func command(_ args: [[UInt8]]) -> Reply? {
        var context: UnsafeMutablePointer<redisContext>?
        pthread_mutex_lock(&mutex)
        if !up {
            if probing || monotonicMs() < downUntil { pthread_mutex_unlock(&mutex); return nil }
            probing = true
        }
        context = idle.popLast()
        pthread_mutex_unlock(&mutex)

        let reused = context != nil
        if context == nil {
            switch connect() {
            case .success(let c): context = c
            case .failure(let why): markDown(why); return nil
            }
        }
        guard var c = context else { return nil }
        var reply = send(c, args)
        if reply == nil && reused {
            // A pooled connection may be from before a Redis restart: drop the idle ones, try one fresh.
            redisFree(c)
            dropIdle()
            switch connect() {
            case .success(let fresh): c = fresh; reply = send(c, args)
            case .failure(let why): markDown(why); return nil
            }
        }
        guard let r = reply else {
            let why = errorText(c)
            redisFree(c)
            markDown(why)
            return nil
        }
        pthread_mutex_lock(&mutex)
        if idle.count < 64 { idle.append(c) } else { redisFree(c) }
        let cameBack = !up
        up = true
        probing = false
        backoffMs = 250
        if cameBack { recoveries += 1 }
        pthread_mutex_unlock(&mutex)
        if cameBack { say("state backend \(address.description) answers again; shared state resumes") }
        return r
    }

    /// A Lua script by EVALSHA, loaded once (and again after NOSCRIPT, when Redis restarted empty).
    public func eval(_ script: String, keys: [[UInt8]], args: [[UInt8]]) -> Reply? {
        pthread_mutex_lock(&mutex)
        let known = scripts[script]
        pthread_mutex_unlock(&mutex)
        let tail = [Array(String(keys.count).utf8)] + keys + args
        if let sha = known {
            let r = command([Array("EVALSHA".utf8), Array(sha.utf8)] + tail)
            if case .error(let e)? = r, e.hasPrefix("NOSCRIPT") {} else { return r }
        }
        guard let loaded = command(["SCRIPT", "LOAD", script]) else { return nil }
        guard let sha = loaded.text else { return loaded }
        pthread_mutex_lock(&mutex)
        scripts[script] = sha
        pthread_mutex_unlock(&mutex)
        return command([Array("EVALSHA".utf8), Array(sha.utf8)] + tail)
    }

    // MARK: hiredis

    private func connect() -> Result<UnsafeMutablePointer<redisContext>, Failure> {
        guard let c = tier_redis_connect(address.host, Int32(address.port), timeoutUs) else {
            return .failure(Failure(text: "cannot allocate a connection"))
        }
        if c.pointee.err != 0 {
            let why = errorText(c)
            redisFree(c)
            return .failure(Failure(text: why))
        }
        _ = tier_redis_set_timeout(c, timeoutUs)
        if let p = password {
            let r = send(c, [Array("AUTH".utf8), Array(p.utf8)])
            if r == nil || { if case .error = r! { return true }; return false }() {
                redisFree(c)
                // The reply is Redis's own text (WRONGPASS, NOAUTH): it never holds the password.
                if case .error(let e)? = r { return .failure(Failure(text: "AUTH refused: " + e.prefix(80))) }
                return .failure(Failure(text: "AUTH unanswered"))
            }
        }
        if address.database != 0 {
            let r = send(c, ["SELECT", String(address.database)].map { Array($0.utf8) })
            if r == nil || { if case .error = r! { return true }; return false }() {
                redisFree(c)
                return .failure(Failure(text: "SELECT \(address.database) refused"))
            }
        }
        return .success(c)
    }

    struct Failure: Error { var text: String }

    private func send(_ c: UnsafeMutablePointer<redisContext>, _ args: [[UInt8]]) -> Reply? {
        var pointers: [UnsafePointer<CChar>?] = []
        var lengths: [Int] = []
        let storage = args.map { bytes -> UnsafeMutablePointer<CChar> in
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: max(1, bytes.count))
            bytes.withUnsafeBufferPointer { b in
                if let base = b.baseAddress { UnsafeMutableRawPointer(p).copyMemory(from: base, byteCount: b.count) }
            }
            return p
        }
        defer { for p in storage { p.deallocate() } }
        for (i, p) in storage.enumerated() { pointers.append(UnsafePointer(p)); lengths.append(args[i].count) }
        guard let raw = tier_redis_command(c, Int32(args.count), &pointers, &lengths) else { return nil }
        let reply = raw
        defer { freeReplyObject(raw) }
        if c.pointee.err != 0 { return nil }
        return convert(reply)
    }

    private func convert(_ r: UnsafeMutablePointer<redisReply>) -> Reply {
        switch r.pointee.type {
        case REDIS_REPLY_STRING:
            return .string(r.pointee.str == nil ? [] : Array(UnsafeBufferPointer(start: UnsafeRawPointer(r.pointee.str).assumingMemoryBound(to: UInt8.self), count: r.pointee.len)))
        case REDIS_REPLY_INTEGER: return .integer(r.pointee.integer)
        case REDIS_REPLY_NIL: return .null
        case REDIS_REPLY_STATUS: return .status(r.pointee.str.map { String(cString: $0) } ?? "")
        case REDIS_REPLY_ERROR: return .error(r.pointee.str.map { String(cString: $0) } ?? "error")
        case REDIS_REPLY_ARRAY:
            var out: [Reply] = []
            for i in 0..<r.pointee.elements { if let e = r.pointee.element[i] { out.append(convert(e)) } }
            return .array(out)
        default: return .null
        }
    }

    private func errorText(_ c: UnsafeMutablePointer<redisContext>) -> String {
        var e = c.pointee.errstr
        let s = withUnsafeBytes(of: &e) { raw in String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self) }
        return s.isEmpty ? "no answer within the timeout" : s
    }

    private func dropIdle() {
        pthread_mutex_lock(&mutex)
        let old = idle
        idle = []
        pthread_mutex_unlock(&mutex)
        for c in old { redisFree(c) }
    }

    private func markDown(_ why: Failure) { markDown(why.text) }

    private func markDown(_ why: String) {
        dropIdle()
        pthread_mutex_lock(&mutex)
        let wasUp = up
        backoffMs = wasUp ? 250 : min(backoffMs * 2, 5_000)
        up = false
        probing = false
        downUntil = monotonicMs() + backoffMs
        pthread_mutex_unlock(&mutex)
        if wasUp { say("warning: state backend \(address.description) unreachable (\(why)); using local state until it answers") }
    }
}
