#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Thin wrappers over the C library, so the core needs no Foundation (it costs start-up time).
public enum System {
    public static func env(_ name: String) -> String? {
        guard let p = getenv(name) else { return nil }
        return String(cString: p)
    }

    public static func errnoMessage(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    public static func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Size limits for whole-file reads: past them the input is a mistake (`/dev/zero`, a disk image),
    /// and reading on would exhaust memory. Documented in the README.
    public enum ReadLimit {
        public static let config = 4 << 20
        public static let keyFile = 64 << 10
        /// Prompts, `-f` attachments, `--prompts` files, price tables, one line of a JSONL input.
        public static let input = 64 << 20
    }

    /// "4 MB", "64 KB": a limit as the messages print it.
    public static func sizeText(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

    /// What a file that is no regular file is, for messages.
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }

    /// Reads a whole file, at most `limit` bytes; a larger one is an `.io` error naming the path and the limit.
    /// `regularOnly` refuses FIFOs, sockets and devices before reading (config and key files): the file is
    /// opened non-blocking, so a FIFO with no writer cannot hang the open either.
    public static func readFile(_ path: String, limit: Int = ReadLimit.input, regularOnly: Bool = false) throws(TierError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        if fd < 0 { throw .io(path: path, message: errnoMessage()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, message: errnoMessage()) }
        let kind = st.st_mode & S_IFMT
        if kind == S_IFDIR { throw .io(path: path, message: "is a directory") }
        if regularOnly && kind != S_IFREG { throw .io(path: path, message: "is \(kindName(st.st_mode)), not a regular file") }
        if kind == S_IFREG && Int(st.st_size) > limit {
            throw .io(path: path, message: "is larger than the \(sizeText(limit)) limit")
        }
        return try readAll(fd: fd, name: path, limit: limit)
    }

    /// Reads to the end, at most `limit` bytes (a pipe or device can be endless).
    public static func readAll(fd: Int32, name: String, limit: Int = ReadLimit.input) throws(TierError) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: name, message: errnoMessage())
            }
            if n == 0 { break }
            if out.count + n > limit { throw .io(path: name, message: "is larger than the \(sizeText(limit)) limit") }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Standard input is read only when it is a pipe, a file or a socket: never block on a terminal.
    public static func stdinHasData() -> Bool {
        var st = stat()
        guard fstat(0, &st) == 0 else { return false }
        let kind = st.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFREG || kind == S_IFSOCK
    }

    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The first error writing standard output (an errno), kept so the exit path reports it once and
    /// exits 1: a result cut short by a full disk or a closed pipe is not the whole result. Later
    /// writes to standard output are skipped.
    nonisolated(unsafe) public private(set) static var stdoutError: Int32? = nil

    /// Writes all of `bytes`; 0, or the errno of the write that failed.
    public static func writeAll(fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var off = 0
        while off < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + off, bytes.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            off += n
        }
        return 0
    }

    /// Writes all of `bytes`; 0, or the errno. A failure on standard output is remembered in `stdoutError`.
    public static func writeReporting(fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        if fd == 1, let e = stdoutError { return e }
        let e = writeAll(fd: fd, bytes)
        if e != 0 && fd == 1 { stdoutError = e }
        return e
    }

    /// Writes all of `bytes`; a failure is `writeReporting`'s to see (and `stdoutError`'s, on standard output).
    public static func write(fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        _ = writeReporting(fd: fd, bytes)
    }

    public static func write(fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { write(fd: fd, UnsafeRawBufferPointer($0)) }
    }

    /// Creates or replaces a file with `text` (SVG plots and other outputs a user names).
    public static func writeFile(_ path: String, _ text: String) throws(TierError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw .io(path: path, message: errnoMessage()) }
        defer { close(fd) }
        var t = text
        let ok = t.withUTF8 { b in Glibc.write(fd, b.baseAddress, b.count) == b.count }
        if !ok { throw .io(path: path, message: errnoMessage()) }
    }

    /// Refuses a directory that others could plant files in: one not owned by this user, or group- or
    /// world-writable. State, the request log and the queue live in such a directory and are trusted
    /// when read back. A directory that does not exist yet passes (it is created 0700).
    public static func checkPrivateDirectory(_ path: String) throws(TierError) {
        var st = stat()
        if stat(path, &st) != 0 {
            if errno == ENOENT { return }
            throw .io(path: path, message: errnoMessage())
        }
        if st.st_mode & S_IFMT != S_IFDIR { throw .io(path: path, message: "is not a directory") }
        if st.st_uid != geteuid() {
            throw .io(path: path, message: "is owned by another user (uid \(st.st_uid)); tier keeps its state only in a directory of your own")
        }
        if st.st_mode & 0o022 != 0 {
            throw .io(path: path, message: "is group- or world-writable (mode \(String(st.st_mode & 0o7777, radix: 8))); tier keeps its state only in a private directory (chmod 700 it)")
        }
    }

    /// Opens a file in a state directory without following a symbolic link at its name (a planted link
    /// would redirect the write). `flags` are open(2)'s; O_NOFOLLOW and O_CLOEXEC are added.
    public static func openNoFollow(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(TierError) -> Int32 {
        let fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 {
            throw .io(path: path, message: errno == ELOOP ? "is a symbolic link; refusing to follow it" : errnoMessage())
        }
        return fd
    }

    /// Creates a new temporary file next to `path` (O_CREAT | O_EXCL | O_NOFOLLOW, mode 0600), for a write
    /// that is renamed over `path`. Returns the descriptor and the temporary name.
    public static func createTemporary(near path: String) throws(TierError) -> (fd: Int32, path: String) {
        var code = EEXIST
        var name = path
        for _ in 0..<8 where code == EEXIST {
            name = path + ".tmp.\(getpid()).\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, name) }
            code = errno
        }
        throw .io(path: name, message: errnoMessage(code))
    }

    /// The names in a directory (not . or ..); empty when it cannot be read.
    public static func listDirectory(_ path: String) -> [String] {
        guard let d = opendir(path) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func removeFile(_ path: String) { unlink(path) }

    public static var homeDirectory: String {
        if let h = env("HOME"), !h.isEmpty { return h }
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return "/"
    }
}

/// Buffered stdout: results are written in large blocks (batch mode writes millions of lines).
public final class OutputBuffer {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let limit: Int
    /// The first failed write's errno; nil while every write has succeeded.
    public private(set) var writeError: Int32?

    public init(fd: Int32 = 1, limit: Int = 1 << 16) {
        self.fd = fd
        self.limit = limit
        buffer.reserveCapacity(limit + 4096)
    }

    public func append(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= limit { flush() }
    }

    public func append(_ b: borrowing ByteBuffer) {
        b.withBytes { buffer.append(contentsOf: $0) }
        if buffer.count >= limit { flush() }
    }

    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= limit {
            // Large runs (a redacted file's unchanged stretches) go straight out.
            flush()
            if writeError == nil { let e = System.writeReporting(fd: fd, UnsafeRawBufferPointer(bytes)); if e != 0 { writeError = e } }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    public func flushIfLarge() { if buffer.count >= limit { flush() } }

    public func flush() {
        if buffer.isEmpty { return }
        if writeError == nil { let e = buffer.withUnsafeBytes { System.writeReporting(fd: fd, $0) }; if e != 0 { writeError = e } }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
