#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during a request: the handler only sets a flag; transfers and waits see it, stop, and the
/// pipeline still writes the request's log record (outcome `interrupted`) before the exit with 130.
public enum Interrupt {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0

    public static var requested: Bool { flag != 0 }

    /// Installs the SIGINT handler (once, by the executable's ask).
    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// For tests.
    public static func reset() { flag = 0 }
}
