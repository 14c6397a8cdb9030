#if canImport(Glibc)
import Glibc
#endif

/// `fallback.all_unavailable: queue`: the whole request is kept under `STATE/queue/` so nothing is
/// lost, and replayed as it was. Each entry is written to a temporary name, fsync'd and renamed, so a
/// crash leaves either the whole entry or none. A replay first claims its entry by renaming it, so two
/// drains at once never send one request twice.
public struct Queue: Sendable {
    public let directory: String

    public init(stateDirectory: String) { directory = stateDirectory + "/queue" }

    public struct Entry: Sendable {
        public var id: String
        /// The claimed file while it is being replayed.
        public var file: String
        public var time: String
        public var request: AskRequest
    }

    /// Saves the request with the sensitivity it was routed at as its floor; returns the entry's id.
    public func save(_ request: AskRequest, sensitivity: Sensitivity, id: String, time: String, nowMs: Double) throws(TierError) -> String {
        var saved = request
        saved.sensitivityFloor = max(sensitivity, request.sensitivityFloor ?? .public)
        var w = JSONWriter()
        w.object { w in
            w.field("id", id)
            w.field("time", time)
            w.key("request"); saved.encode(&w)
        }
        w.newline()
        try PrivateFiles.ensureDirectory(directory)
        // Named by time, so a listing sorts oldest first.
        let name = "\(Int(max(0, min(nowMs, 1e15))))-\(id).json"
        try PrivateFiles.writeAtomically(w.bytes, to: directory + "/" + name)
        return id
    }

    /// The entries waiting, oldest first; unreadable files are reported through `warn` and left alone.
    public func pending(warn: (String) -> Void) -> [String] {
        System.listDirectory(directory).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// Claims an entry for replay (rename to a name no other drain lists); nil when another drain took it.
    public func claim(_ name: String, warn: (String) -> Void) -> Entry? {
        let path = directory + "/" + name
        let claimed = directory + "/.claimed-\(getpid())-" + name
        guard rename(path, claimed) == 0 else { return nil }
        guard let bytes = try? System.readFile(claimed, limit: 256 << 20, regularOnly: true),
              let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)),
              let id = v["id"]?.stringValue, let body = v["request"], let request = AskRequest.decode(body) else {
            rename(claimed, path)
            warn("\(path): not a queued request; left as it is")
            return nil
        }
        return Entry(id: id, file: claimed, time: v["time"]?.stringValue ?? "", request: request)
    }

    /// Done with a claimed entry: removed when answered, else put back for a later drain.
    public func finish(_ entry: Entry, answered: Bool) {
        if answered { unlink(entry.file); return }
        guard let slash = entry.file.lastIndex(of: "/") else { return }
        let name = String(entry.file[entry.file.index(after: slash)...])
        // ".claimed-PID-NAME" -> "NAME"
        let parts = name.split(separator: "-", maxSplits: 2)
        if parts.count == 3 { rename(entry.file, directory + "/" + parts[2]) }
    }

    /// Claims left by a drain that died (its process is gone) go back to the queue.
    public func recoverAbandoned() {
        for name in System.listDirectory(directory) where name.hasPrefix(".claimed-") {
            let parts = name.split(separator: "-", maxSplits: 2)
            guard parts.count == 3, let pid = Int32(parts[1]) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                rename(directory + "/" + name, directory + "/" + parts[2])
            }
        }
    }
}

/// Files in the state directory: private (0600/0700), never through a symlink, written whole.
public enum PrivateFiles {
    public static func ensureDirectory(_ path: String) throws(TierError) {
        RequestLog.makeDirectories(path)
        try System.checkPrivateDirectory(path)
    }

    /// Temporary name (O_EXCL, O_NOFOLLOW), write, fsync, rename, fsync the directory.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(TierError) {
        let (fd, tmp) = try System.createTemporary(near: path)
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                let m = System.errnoMessage()
                close(fd); unlink(tmp)
                throw .io(path: path, message: m)
            }
            off += n
        }
        if fsync(fd) != 0 { let m = System.errnoMessage(); close(fd); unlink(tmp); throw .io(path: path, message: m) }
        close(fd)
        if rename(tmp, path) != 0 { let m = System.errnoMessage(); unlink(tmp); throw .io(path: path, message: m) }
        if let slash = path.lastIndex(of: "/") {
            let dfd = open(String(path[..<slash]), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if dfd >= 0 { fsync(dfd); close(dfd) }
        }
    }
}
