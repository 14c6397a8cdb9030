#if canImport(Glibc)
import Glibc
#endif
import TierCore

// Interrupted: exit 130 at once, as the shell would report it.
signal(SIGINT) { _ in _exit(130) }

let code = RootCommand.run(Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
