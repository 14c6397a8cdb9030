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

/// Keeps freed heap memory for reuse instead of handing it back to the kernel. The scanner frees and
/// allocates megabytes per window; memory returned to the kernel comes back one page fault per 4 KB
/// (47,000 faults, a tenth of the time, for a 100 MB classify). Peak memory stays what it was.
/// glibc's mallopt is looked up by name: malloc.h is not part of Swift's Glibc module.
func keepFreedHeap() {
    #if canImport(Glibc)
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(nil, "mallopt") else { return }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    _ = mallopt(-1, 256 << 20)   // M_TRIM_THRESHOLD: keep up to 256 MB of free heap
    _ = mallopt(-3, 32 << 20)    // M_MMAP_THRESHOLD: buffers below 32 MB come from the heap, not mmap
    #endif
}
