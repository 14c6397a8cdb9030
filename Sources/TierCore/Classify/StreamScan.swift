#if canImport(Glibc)
import Glibc
#endif

/// Scans a file or pipe of any size in fixed windows, so memory stays flat (a 2 GB file needs the
/// window, not 2 GB). Consecutive windows overlap: a value that straddles a window's end is found
/// whole in the next one, and each window starts a little before its first reported byte (at a
/// line start when one is near), so the context checks still see what precedes it.
public struct StreamScan {
    /// Bytes read per window.
    public var window = 4 << 20
    /// The longest value that may straddle a window's end (a PEM block is the longest there is).
    public var overlap = 64 << 10
    /// Context kept before each window's first reported byte.
    public var lookbehind = 512

    public init() {}

    /// One window's result: `bytes` is the window, `offset` its position in the input; findings
    /// (window-relative, sorted) are final for `[reportFrom, reportEnd)`, and every byte of the
    /// input falls in exactly one window's report range.
    public struct Window {
        public var bytes: UnsafeBufferPointer<UInt8>
        public var offset: Int
        public var reportFrom: Int
        public var reportEnd: Int
        /// A stretch of the window's scan: no copy is made.
        public var findings: ArraySlice<PIIScanner.Finding>
    }

    /// Reads `fd` to its end. `isBinary` is asked about the first bytes read; when it says yes, the
    /// scan stops and returns false.
    public func run(fd: Int32, name: String, custom: ClassifySettings, isBinary: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in false },
                    _ each: (Window) throws(TierError) -> Void) throws(TierError) -> Bool {
        let capacity = window + overlap + lookbehind + 4096
        let buf = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buf.deallocate() }
        var len = 0, offset = 0, reportFrom = 0
        var eof = false
        var csv: PIIScanner.CSVHeader? = nil
        var first = true
        while true {
            while !eof && len < capacity {
                let n = read(fd, buf + len, capacity - len)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw .io(path: name, message: System.errnoMessage())
                }
                if n == 0 { eof = true } else { len += n }
            }
            let bytes = UnsafeBufferPointer(start: buf, count: len)
            if first {
                if isBinary(UnsafeBufferPointer(start: buf, count: min(len, 8192))) { return false }
                csv = PIIScanner.CSVHeader(bytes)
            }
            let cut = eof ? len : max(reportFrom + 1, len - overlap)
            let all = PIIScanner.scan(bytes, csv: csv, custom: custom)
            // Findings come in order of their start: the ones this window reports are one stretch of them.
            let from = all.firstIndex { $0.start >= reportFrom } ?? all.count
            let final = all[from..<(all[from...].firstIndex { $0.start >= cut } ?? all.count)]
            var reportEnd = cut
            for f in final { reportEnd = max(reportEnd, f.end) }
            try each(Window(bytes: bytes, offset: offset, reportFrom: reportFrom, reportEnd: min(reportEnd, len), findings: final))
            if eof { return true }
            // Keep the overlap, and some context before it, starting at a line when one is near.
            var keep = max(0, reportEnd - lookbehind)
            var k = keep
            while k > 0 && keep - k < 4096 && buf[k - 1] != 0x0A { k -= 1 }
            if k > 0 && buf[k - 1] == 0x0A { keep = k }
            memmove(buf, buf + keep, len - keep)
            len -= keep
            offset += keep
            reportFrom = reportEnd - keep
            first = false
            // Later windows are past the header line: their columns count from their own lines.
            csv = csv.map { $0.continued() }
        }
    }
}
