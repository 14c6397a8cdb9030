#if canImport(Glibc)
import Glibc
#endif

func readFD(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buf, count) }
func lastErrorIsInterrupt() -> Bool { errno == EINTR }
