#if canImport(Glibc)
import Glibc
#endif

/// The request log: one JSON line per request, appended under an exclusive lock with one write(2),
/// so parallel `tier ask` runs never interleave or lose lines. It is the audit trail: every attempt's
/// tier is in it, and no prompt or answer text unless the config asks for it.
public enum RequestLog {
    public static func defaultPath(env: (String) -> String? = System.env) -> String {
        stateDirectory(env: env) + "/requests.jsonl"
    }

    public static func stateDirectory(env: (String) -> String? = System.env) -> String {
        if let x = env("XDG_STATE_HOME"), x.hasPrefix("/") { return x + "/tier" }
        return (env("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? System.homeDirectory) + "/.local/state/tier"
    }

    /// Creates the directory and its parents (mode 0700: the log is private).
    public static func makeDirectories(_ path: String) {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            mkdir(current, 0o700)
        }
    }

    public static func append(_ line: [UInt8], to path: String) throws(TierError) {
        let flags = O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW
        var fd = open(path, flags, 0o600)
        // The directories are made only when they are missing: one mkdir per path component on every
        // append was most of a gateway request's system calls.
        if fd < 0 && errno == ENOENT, let slash = path.lastIndex(of: "/") {
            makeDirectories(String(path[..<slash]))
            fd = open(path, flags, 0o600)
        }
        if fd < 0 { throw .io(path: path, message: System.errnoMessage()) }
        defer { close(fd) }
        if flock(fd, LOCK_EX) != 0 { throw .io(path: path, message: System.errnoMessage()) }
        defer { flock(fd, LOCK_UN) }
        var record = line
        if record.last != 0x0A { record.append(0x0A) }
        // A crash mid-append leaves a torn last line: start on a fresh line, so only that record is lost.
        let size = lseek(fd, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0x0A
            if pread(fd, &last, 1, size - 1) == 1 && last != 0x0A { record.insert(0x0A, at: 0) }
        }
        let written = record.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if written != record.count { throw .io(path: path, message: written < 0 ? System.errnoMessage() : "short write") }
    }

    /// UTC time as RFC 3339 with milliseconds.
    public static func timestamp() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return timestamp(seconds: ts.tv_sec, milliseconds: Int(ts.tv_nsec / 1_000_000))
    }

    /// Seconds since the epoch from "2026-11-22", "2026-11-22T07:00:00Z" or with milliseconds; UTC only.
    public static func epochSeconds(_ s: String) -> Int? {
        let b = Array(s.utf8)
        func num(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for k in from..<from + n { guard b[k] >= 48 && b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2),
              (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var h = 0, mi = 0, sec = 0
        if b.count > 10 {
            guard b[10] == UInt8(ascii: "T") || b[10] == 0x20, let hh = num(11, 2), b.count > 13, b[13] == 0x3A,
                  let mm = num(14, 2), b.count > 16, b[16] == 0x3A, let ss = num(17, 2) else { return nil }
            (h, mi, sec) = (hh, mm, ss)
            let rest = b[19...].drop { ($0 >= 48 && $0 <= 57) || $0 == 0x2E }
            guard rest.isEmpty || rest.elementsEqual([UInt8(ascii: "Z")]) || rest.elementsEqual(Array("+00:00".utf8)) else { return nil }
        }
        var t = tm()
        t.tm_year = Int32(y - 1900); t.tm_mon = Int32(mo - 1); t.tm_mday = Int32(d)
        t.tm_hour = Int32(h); t.tm_min = Int32(mi); t.tm_sec = Int32(sec)
        return timegm(&t)
    }

    public static func timestamp(seconds: Int, milliseconds: Int = 0) -> String {
        var t = seconds
        let ms = Int32(milliseconds)
        var tmv = tm()
        gmtime_r(&t, &tmv)
        // Written digit by digit: every log record and every gateway response needs one.
        return String(unsafeUninitializedCapacity: 24) { b in
            func put(_ v: Int32, _ at: Int, _ n: Int) {
                var x = max(0, Int(v))
                for i in stride(from: at + n - 1, through: at, by: -1) { b[i] = UInt8(0x30 + x % 10); x /= 10 }
            }
            put(tmv.tm_year + 1900, 0, 4); b[4] = 0x2D
            put(tmv.tm_mon + 1, 5, 2); b[7] = 0x2D
            put(tmv.tm_mday, 8, 2); b[10] = 0x54
            put(tmv.tm_hour, 11, 2); b[13] = 0x3A
            put(tmv.tm_min, 14, 2); b[16] = 0x3A
            put(tmv.tm_sec, 17, 2); b[19] = 0x2E
            put(ms, 20, 3); b[23] = 0x5A
            return 24
        }
    }

    /// A random request id (16 hex digits).
    public static func newID() -> String {
        var rng = SystemRandomNumberGenerator()
        let v = rng.next()
        let h = String(v, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h
    }

    /// FNV-1a 64 of the content: enough to find repeated requests in the log, not a secret-keeping hash.
    public static func contentHash(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for p in parts {
            for b in p.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0xFF) &* 0x100000001b3
        }
        let s = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - s.count) + s
    }
}
