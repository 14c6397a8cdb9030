#if canImport(Glibc)
import Glibc
#endif

/// Request logs stay per host (one JSON-lines file per replica); the readers (`calibrate`,
/// `cost-estimate --from-log`) take several files and globs at once.
public enum LogFiles {
    /// Each argument as a file, or a glob (`*`, `?`, `[...]`) expanded in sorted order. A glob that
    /// matches nothing is an error naming it; a plain name is kept as given (its reader says when it is
    /// missing). A file named twice is read once.
    public static func expand(_ patterns: [String], what: String) throws(TierError) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        for p in patterns {
            guard p != "-", p.utf8.contains(where: { $0 == 0x2A || $0 == 0x3F || $0 == 0x5B }) else {
                if seen.insert(p).inserted { out.append(p) }
                continue
            }
            var g = glob_t()
            defer { globfree(&g) }
            let rc = glob(p, 0, nil, &g)
            guard rc == 0, g.gl_pathc > 0 else { throw .io(path: p, message: "no file matches this pattern (\(what))") }
            for i in 0..<Int(g.gl_pathc) {
                guard let c = g.gl_pathv[i] else { continue }
                let path = String(cString: c)
                if seen.insert(path).inserted { out.append(path) }
            }
        }
        return out
    }
}
