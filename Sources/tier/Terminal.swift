import TierCore

/// Diagnostics on stderr; colour only when stderr is a terminal and NO_COLOR is unset.
enum Terminal {
    static let colour: Bool = {
        guard System.isTerminal(2) else { return false }
        if let n = System.env("NO_COLOR"), !n.isEmpty { return false }
        if System.env("TERM") == "dumb" { return false }
        return true
    }()

    /// A command that has said itself that stdout failed (and what that means for its work) sets this,
    /// so the generic message is not printed a second time.
    nonisolated(unsafe) static var reportedStdoutError = false

    static func stderr(_ line: String) {
        System.write(fd: 2, line.hasSuffix("\n") ? line : line + "\n")
    }

    static func stdout(_ text: String) {
        System.write(fd: 1, text)
    }

    /// `file:line:col: error: message`, with the word "error" in red on a terminal.
    static func diagnostic(_ d: Diagnostic, severity: String = "error") {
        let label = colour ? (severity == "error" ? "\u{1B}[1;31m\(severity)\u{1B}[0m" : "\u{1B}[1;35m\(severity)\u{1B}[0m") : severity
        stderr("\(d.file):\(d.line):\(d.column): \(label): \(d.message)")
    }

    /// `tier route: error: message` when the message names its command, else `tier: error: message`.
    static func error(_ message: String) {
        let label = colour ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
        if message.hasPrefix("tier "), let colon = message.firstIndex(of: ":") {
            stderr("\(message[..<colon]): \(label):\(message[message.index(after: colon)...])")
        } else {
            stderr("tier: \(label): \(message)")
        }
    }

    static func warning(_ message: String) {
        let label = colour ? "\u{1B}[1;35mwarning\u{1B}[0m" : "warning"
        stderr("tier: \(label): \(message)")
    }

    /// Reports a core error in one place and returns its exit code.
    static func report(_ error: TierError) -> ExitCode {
        switch error {
        case .config(let ds), .data(let ds): for d in ds { diagnostic(d) }
        default: for m in error.messages { self.error(m) }
        }
        return error.exitCode
    }
}
