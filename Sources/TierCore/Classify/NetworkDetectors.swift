#if canImport(Glibc)
import Glibc
#endif

/// Network: IPv4 (not versions), IPv6 and MAC addresses.
extension PIIScanner {
    // MARK: network

    static let versionWords = ContextWords(["version", "firmware", "agent ", "build", "release", "ver ", " v ", "deploy", "schema",
                                            "seen in", "upgrade", "tag ", "image"])
    /// IPv4, each octet at most 255, not a version number (a fifth part, or version words before it).
    /// (The documentation ranges, RFC 5737's 192.0.2.0/24 and the rest, are found too: scanners' own test
    /// cases, and careful generators of test data, write them as real addresses.)
    static func ipv4(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        for part in 0..<4 {
            var v = 0, k = 0
            while j < s.count, isDigit(s[j]), k < 3 { v = v * 10 + Int(s[j] - 48); j += 1; k += 1 }
            guard k > 0, v <= 255, !(k > 1 && s[j - k] == UInt8(ascii: "0")) else { return nil }
            if part < 3 {
                guard j < s.count, s[j] == UInt8(ascii: ".") else { return nil }
                j += 1
            }
        }
        guard endsToken(s, j) else { return nil }
        if j + 1 < s.count, s[j] == UInt8(ascii: "."), isDigit(s[j + 1]) { return nil }
        if j < s.count, s[j] == UInt8(ascii: "-") { return nil }  // 1.2.3.4-rc1
        if start > 0, s[start - 1] == UInt8(ascii: "/") || s[start - 1] == UInt8(ascii: "v") || s[start - 1] == UInt8(ascii: "V") { return nil }
        if anyBefore(s, start, 24, versionWords) { return nil }
        return j
    }

    /// What `macAddress` reads first: room for one, and its separator after two bytes and again after
    /// five (or a dot after four and nine). "10:45" and "12-03-2024" stop here.
    @inline(__always) static func mayBeMAC(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 14 <= s.count else { return false }
        let sep = s[i + 2]
        if sep == UInt8(ascii: ":") || sep == UInt8(ascii: "-") { return i + 17 <= s.count && s[i + 5] == sep }
        return s[i + 4] == UInt8(ascii: ".") && s[i + 9] == UInt8(ascii: ".")
    }

    /// What `ipv6` needs first: a group of at most four hex digits, then ':', and a second colon
    /// after at most four more (ipv6 wants two colons at least): "10:45" stops here.
    @inline(__always) static func mayBeIPv6(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i
        let stop = min(s.count, i + 5)
        while j < stop && ASCII.isHex(s[j]) { j += 1 }
        guard j < s.count && s[j] == UInt8(ascii: ":") else { return false }
        j += 1
        let stop2 = min(s.count, j + 5)
        while j < stop2 && ASCII.isHex(s[j]) { j += 1 }
        return j < s.count && s[j] == UInt8(ascii: ":")
    }

    /// MAC address: six pairs of hex digits joined by ':' or '-' (one kind), or Cisco's xxxx.xxxx.xxxx.
    static func macAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 14 <= s.count else { return nil }
        let sep = s[start + 2]
        if sep == UInt8(ascii: ":") || sep == UInt8(ascii: "-") {
            guard start + 17 <= s.count else { return nil }
            for g in 0..<6 {
                let k = start + g * 3
                guard ASCII.isHex(s[k]), ASCII.isHex(s[k + 1]) else { return nil }
                if g < 5 { guard s[k + 2] == sep else { return nil } }
            }
            let end = start + 17
            guard endsToken(s, end), end >= s.count || s[end] != sep else { return nil }
            return end
        }
        for g in 0..<3 {
            let k = start + g * 5
            for m in 0..<4 { guard ASCII.isHex(s[k + m]) else { return nil } }
            if g < 2 { guard s[k + 4] == UInt8(ascii: ".") else { return nil } }
        }
        let end = start + 14
        guard endsToken(s, end), end >= s.count || s[end] != UInt8(ascii: ".") else { return nil }
        // Dotted form only with letters in it: 1234.5678.9012 is a number, not a MAC.
        guard s[start..<end].contains(where: { ASCII.isAlpha($0) }) else { return nil }
        return end
    }

    /// IPv6: hex groups and colons, at most one "::", 3 to 8 groups, at least one colon pair or letter.
    static func ipv6(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        var groups = 0, colons = 0, doubles = 0
        var groupLen = 0
        var lastEnd = start
        while j < s.count {
            let b = s[j]
            if ASCII.isHex(b) {
                groupLen += 1
                if groupLen > 4 { return nil }
                j += 1
                lastEnd = j
            } else if b == UInt8(ascii: ":") {
                if groupLen > 0 { groups += 1 }
                groupLen = 0
                colons += 1
                if j + 1 < s.count, s[j + 1] == UInt8(ascii: ":") { doubles += 1; j += 1; colons += 1; lastEnd = j + 1 }
                j += 1
            } else {
                break
            }
        }
        if groupLen > 0 { groups += 1 }
        guard doubles <= 1, groups >= 3 || (doubles == 1 && groups >= 2), groups <= 8, colons >= 2 else { return nil }
        guard doubles == 1 || groups == 8 else { return nil }
        guard endsToken(s, lastEnd) else { return nil }
        return lastEnd
    }
}

extension PIIScanner {
    /// Accounts of the system, no person's: "Failed password for root from ...".
    static let systemAccounts = WordTable(["root", "admin", "administrator", "ubuntu", "git", "deploy", "www-data", "postgres", "ec2-user",
                                           "nobody", "daemon", "mysql", "oracle", "test", "guest", "user", "pi", "centos", "debian",
                                           "jenkins", "ansible", "backup", "ftp", "invalid", "unknown", "anonymous", "system",
                                           // Documentation's placeholders: "--labels=commit=abc123,author=foo".
                                           "foo", "bar", "baz", "qux", "example", "sample", "demo", "dummy", "someone"].map { ($0, 1) })

    /// The account name of a log line at s[a..<b]: letters, digits, '.', '_', '-', at most 32, no system account.
    static func logAccount(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, b - a <= 32, ASCII.isAlpha(s[a]) else { return false }
        for k in a..<b where !(ASCII.isAlnum(s[k]) || s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "_") || s[k] == UInt8(ascii: "-")) { return false }
        return systemAccounts.lookupLowered(s, a, b) == 0
    }

    /// Before an IP address at `ip`: sshd's "for USER from " or "for invalid user USER from ". The account's range.
    static func logUserBefore(_ s: UnsafeBufferPointer<UInt8>, _ ip: Int) -> (Int, Int)? {
        guard ip >= 12, s[ip - 1] == 0x20, lowerEquals(s, ip - 5, ip - 1, "from"), s[ip - 6] == 0x20 else { return nil }
        let b = ip - 6
        var a = b
        while a > 0, b - a <= 32, s[a - 1] != 0x20, s[a - 1] != 0x0A { a -= 1 }
        guard a >= 5, s[a - 1] == 0x20 else { return nil }
        var z = a - 1
        while z > 0, ASCII.isAlpha(s[z - 1]) { z -= 1 }
        guard lowerEquals(s, z, a - 1, "for") || lowerEquals(s, z, a - 1, "user") else { return nil }
        return logAccount(s, a, b) ? (a, b) : nil
    }

    /// After an IP address ending at `end`: the access log's " - USER [" (Common Log Format's authenticated user).
    static func logUserAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        let n = s.count
        guard end + 5 < n, s[end] == 0x20, s[end + 1] == UInt8(ascii: "-"), s[end + 2] == 0x20 else { return nil }
        let a = end + 3
        var b = a
        while b < n, b - a <= 32, s[b] != 0x20, s[b] != 0x0A { b += 1 }
        guard b + 1 < n, s[b] == 0x20, s[b + 1] == UInt8(ascii: "[") else { return nil }
        return logAccount(s, a, b) ? (a, b) : nil
    }
}
