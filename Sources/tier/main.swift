#if canImport(Glibc)
import Glibc
#endif
import TierCore

// Interrupted: exit 130 at once, as the shell would report it. The signal is unblocked too: a parent
// (a test runner, a supervisor) may hand down a mask that blocks it.
signal(SIGINT) { _ in _exit(130) }
var interruptMask = sigset_t()
sigemptyset(&interruptMask)
sigaddset(&interruptMask, SIGINT)
sigprocmask(SIG_UNBLOCK, &interruptMask, nil)

keepFreedHeap()

let code = RootCommand.run(Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
