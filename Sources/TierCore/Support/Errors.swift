/// Exit codes, the contract with shell scripts. Documented in the README and tier(1).
public enum ExitCode: Int32, Sendable, CaseIterable {
    case success = 0
    case failure = 1
    case usage = 2
    case policy = 3
    case config = 4
    case unavailable = 5
    case interrupted = 130

    public var meaning: String {
        switch self {
        case .success: return "success"
        case .failure: return "runtime failure (I/O error, unreadable input, provider error)"
        case .usage: return "usage error (unknown option, missing or invalid value)"
        case .policy: return "policy: a classify --fail-on hit, or no tier is allowed to take the request"
        case .config: return "config error (the file does not load or does not validate)"
        case .unavailable: return "every allowed tier is unavailable (the request is queued when configured)"
        case .interrupted: return "interrupted (SIGINT)"
        }
    }
}

/// One problem at a place in a file: rendered as `FILE:LINE:COL: error: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Every error the core can raise. The executable turns each into one message and one exit code.
public enum TierError: Error, Sendable, Equatable {
    case usage(String)
    case config([Diagnostic])
    case io(path: String, message: String)
    case policy(String)
    case unavailable(String)
    case runtime(String)
    /// Bad input data (a prices file, a log to calibrate from): each problem at its place; exit 1.
    case data([Diagnostic])

    public var exitCode: ExitCode {
        switch self {
        case .usage: return .usage
        case .config: return .config
        case .io, .runtime, .data: return .failure
        case .policy: return .policy
        case .unavailable: return .unavailable
        }
    }

    /// Lines for stderr, without the leading "tier: " prefix on diagnostics (they carry file:line:col).
    public var messages: [String] {
        switch self {
        case .usage(let m), .policy(let m), .unavailable(let m), .runtime(let m): return [m]
        case .io(let path, let m): return ["\(path): \(m)"]
        case .config(let ds), .data(let ds): return ds.map(\.description)
        }
    }
}
