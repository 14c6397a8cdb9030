#if canImport(Glibc)
import Glibc
#endif

/// Reads a file or pipe line by line in fixed chunks, so memory follows the longest line, not the
/// file. Each line is lent as bytes without its `\n` (or `\r\n`); the buffer is reused.
public struct LineReader: ~Copyable {
    let fd: Int32
    let name: String
    let ownsFD: Bool
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    /// The longest line and the most bytes read in all: `/dev/zero` is one endless line, and a
    /// reader that keeps what it reads (bench's prompts) must stop somewhere.
    let maxLine: Int
    let maxTotal: Int

    /// Opens `path`, or standard input for `-`.
    public init(path: String, chunk: Int = 1 << 20, maxLine: Int = System.ReadLimit.input, maxTotal: Int = .max) throws(TierError) {
        self.maxLine = maxLine
        self.maxTotal = maxTotal
        if path == "-" {
            fd = 0
            ownsFD = false
        } else {
            let f = open(path, O_RDONLY | O_CLOEXEC)
            if f < 0 { throw .io(path: path, message: System.errnoMessage()) }
            if System.isDirectory(path) { close(f); throw .io(path: path, message: "is a directory") }
            fd = f
            ownsFD = true
        }
        name = path == "-" ? "<stdin>" : path
        capacity = chunk
        buffer = .allocate(capacity: chunk)
    }

    deinit {
        buffer.deallocate()
        if ownsFD { close(fd) }
    }

    /// Calls `body` with each line and its 1-based number; stops early when `body` returns false.
    public mutating func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws(TierError) -> Bool) throws(TierError) {
        var start = 0, end = 0, lineNumber = 0, total = 0
        var eof = false
        while true {
            // Hand out every complete line in the buffer.
            while let nl = findNewline(from: start, to: end) {
                lineNumber += 1
                var stop = nl
                if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
                if try !body(UnsafeBufferPointer(start: buffer + start, count: stop - start), lineNumber) { return }
                start = nl + 1
            }
            if eof {
                if end > start {
                    lineNumber += 1
                    var stop = end
                    if buffer[stop - 1] == 0x0D { stop -= 1 }
                    _ = try body(UnsafeBufferPointer(start: buffer + start, count: stop - start), lineNumber)
                }
                return
            }
            // Keep the partial line at the front; grow only when one line fills the buffer.
            if start > 0 {
                if end > start { memmove(buffer, buffer + start, end - start) }
                end -= start
                start = 0
            }
            if end == capacity {
                if end >= maxLine {
                    throw .io(path: name, message: "line \(lineNumber + 1) is longer than the \(System.sizeText(maxLine)) limit")
                }
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                bigger.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let n = read(fd, buffer + end, capacity - end)
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: name, message: System.errnoMessage())
            }
            if n == 0 { eof = true } else { end += n; total += n }
            if total > maxTotal { throw .io(path: name, message: "is larger than the \(System.sizeText(maxTotal)) limit") }
        }
    }

    private func findNewline(from: Int, to: Int) -> Int? {
        guard to > from, let p = memchr(buffer + from, 0x0A, to - from) else { return nil }
        return buffer.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }
}
