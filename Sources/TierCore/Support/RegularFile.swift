#if canImport(Glibc)
import Glibc
#endif

extension System {
    /// Reads a file that must be a regular file of at most `limit` bytes. A FIFO, a device (/dev/zero)
    /// or a directory is refused at once instead of blocking or filling memory; the error names the path.
    public static func readRegularFile(_ path: String, limit: Int) throws(TierError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if fd < 0 { throw .io(path: path, message: errnoMessage()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, message: errnoMessage()) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .io(path: path, message: "is not a regular file") }
        if Int(st.st_size) > limit { throw .io(path: path, message: "is larger than \(limit) bytes") }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, message: errnoMessage())
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { throw .io(path: path, message: "is larger than \(limit) bytes") }
        }
        return out
    }
}

extension System {
    /// Writes everything or reports failure (a full disk, /dev/full, a closed pipe).
    public static func writeAll(fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                off += n
            }
            return true
        }
    }

    public static func writeAll(fd: Int32, _ s: String) -> Bool { writeAll(fd: fd, Array(s.utf8)) }
}
