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
        /// The claimed file while it is being replayed, its queue name, and the lock held on it.
        public var file: String
        public var name: String
        public var lockFD: Int32
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

    /// The entries waiting, oldest first (claimed, temporary and failed entries are not listed).
    public func pending() -> [String] {
        System.listDirectory(directory).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && !$0.contains(".tmp.") }.sorted()
    }

    /// Claims an entry for replay: renamed to a name no other drain lists, and locked while it is replayed
    /// (the lock is how a later drain tells a live claim from one whose drain died). nil when another
    /// drain took it first.
    public func claim(_ name: String, warn: (String) -> Void) -> Entry? {
        let path = directory + "/" + name
        let claimed = directory + "/.claimed-" + name
        guard rename(path, claimed) == 0 else { return nil }
        let fd = open(claimed, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }  // recovered by another drain in the instant between
        guard Queue.lockIfStill(fd, at: claimed) else {
            close(fd)
            return nil
        }
        guard let bytes = try? System.readAll(fd: fd, name: claimed, limit: System.ReadLimit.input),
              let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)),
              let id = v["id"]?.stringValue, let body = v["request"], let request = AskRequest.decode(body) else {
            rename(claimed, path + ".unreadable")
            close(fd)
            warn("\(path): not a queued request; moved aside to \(name).unreadable")
            return nil
        }
        return Entry(id: id, file: claimed, name: name, lockFD: fd, time: v["time"]?.stringValue ?? "", request: request)
    }

    public enum Disposition { case answered, pending, failed }

    /// Done with a claimed entry: removed when answered, moved to `failed/` when replaying cannot help,
    /// else put back for a later drain. The lock goes last.
    public func finish(_ entry: Entry, as disposition: Disposition) {
        defer { close(entry.lockFD) }
        switch disposition {
        case .answered: unlink(entry.file)
        case .pending: rename(entry.file, directory + "/" + entry.name)
        case .failed:
            RequestLog.makeDirectories(directory + "/failed")
            rename(entry.file, directory + "/failed/" + entry.name)
        }
    }

    /// Takes the claim's lock without waiting, and only while `path` still names the file `fd` opened
    /// (another drain may have moved it in between): the one test both a claimer and a recoverer make.
    static func lockIfStill(_ fd: Int32, at path: String) -> Bool {
        var mine = stat(), there = stat()
        return flock(fd, LOCK_EX | LOCK_NB) == 0 && fstat(fd, &mine) == 0 && stat(path, &there) == 0
            && mine.st_ino == there.st_ino && mine.st_dev == there.st_dev
    }

    /// Claims whose drain died (no one holds their lock) go back to the queue.
    public func recoverAbandoned() {
        for name in System.listDirectory(directory) where name.hasPrefix(".claimed-") {
            let path = directory + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            if Queue.lockIfStill(fd, at: path) {
                rename(path, directory + "/" + String(name.dropFirst(".claimed-".count)))
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
