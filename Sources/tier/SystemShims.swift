#if canImport(Glibc)
import Glibc
#endif

func readFD(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buf, count) }
func lastErrorIsInterrupt() -> Bool { errno == EINTR }

/// The index of the first `byte` in base[from..<end], by libc's vectorised memchr.
func memchrIndex(_ base: UnsafePointer<UInt8>, _ byte: UInt8, from: Int, end: Int) -> Int? {
    guard from < end, let p = memchr(base + from, Int32(byte), end - from) else { return nil }
    return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
}
