/// `HOST:PORT` for `tier serve --listen` and `serve.listen`; `[::1]:PORT` for IPv6; port 0 takes any free port.
public struct ListenAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    public static let defaultValue = ListenAddress(host: "127.0.0.1", port: 8787)

    public static func parse(_ s: String) -> ListenAddress? {
        let host: Substring
        let portText: Substring
        if s.hasPrefix("[") {
            guard let close = s.firstIndex(of: "]"), s[s.index(after: close)...].hasPrefix(":") else { return nil }
            host = s[s.index(after: s.startIndex)..<close]
            portText = s[s.index(close, offsetBy: 2)...]
        } else {
            guard let colon = s.lastIndex(of: ":"), !s[..<colon].contains(":") else { return nil }
            host = s[..<colon]
            portText = s[s.index(after: colon)...]
        }
        guard !host.isEmpty, host.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "/") }),
              portText.utf8.count <= 5, let port = Int(portText), port >= 0, port <= 65535 else { return nil }
        return ListenAddress(host: String(host), port: port)
    }

    /// Only this machine can connect: localhost, 127/8, ::1.
    public var isLoopback: Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
