#if canImport(Glibc)
import Glibc
#endif

/// Edits a config file in place the way a careful person would by hand: only the values that
/// change are rewritten, at the positions libyaml reports; every comment, blank line, quote style
/// and the order of keys stay as they were. `tier calibrate --write` uses it.
public struct ConfigEditor {
    public let file: String
    public private(set) var lines: [String]
    let original: [String]

    public init(text: String, file: String) {
        self.file = file
        var ls: [String] = []
        var current = ""
        for c in text.unicodeScalars {
            current.unicodeScalars.append(c)
            if c == "\n" { ls.append(current); current = "" }
        }
        if !current.isEmpty { ls.append(current) }
        lines = ls
        original = ls
    }

    public var text: String { lines.joined() }

    func root() throws(TierError) -> YAMLNode {
        let r = YAMLReader.parse(Array(text.utf8), file: file)
        if !r.diagnostics.isEmpty { throw .config(r.diagnostics) }
        guard let root = r.root, case .mapping = root.content else {
            throw .config([Diagnostic(file: file, line: 1, column: 1, message: "the config is not a mapping")])
        }
        return root
    }

    static func pairs(_ node: YAMLNode) -> [YAMLPair]? {
        if case .mapping(let ps) = node.content { return ps }
        return nil
    }

    static func find(_ node: YAMLNode, _ key: String) -> YAMLPair? {
        pairs(node)?.first { $0.key.scalar == key }
    }

    /// Sets `routing.escalation_threshold`, adding the key (and `routing:`) when missing.
    public mutating func setScalar(_ path: [String], _ value: String) throws(TierError) {
        var node = try root()
        var parentKey: YAMLNode? = nil
        for (depth, key) in path.enumerated() {
            if let p = Self.find(node, key) {
                if depth == path.count - 1 {
                    guard p.value.scalar != nil else {
                        throw .config([Diagnostic(file: file, line: p.value.line, column: p.value.column, message: "'\(path.joined(separator: "."))' is not a scalar; cannot set it")])
                    }
                    try replaceScalar(at: p.value, with: value)
                    return
                }
                parentKey = p.key
                node = p.value
            } else {
                // Add the rest of the path under what exists.
                try insert(under: parentKey, in: node, path: Array(path[depth...]), lines: ["\(value)"])
                return
            }
        }
    }

    /// Sets keys of a mapping at `path` (`routing.task_thresholds`), keeping the others.
    public mutating func setEntries(_ path: [String], _ entries: [(key: String, value: String)]) throws(TierError) {
        for e in entries {
            var r = try root()
            var parentKey: YAMLNode? = nil
            var depth = 0
            var missing = false
            for key in path {
                guard let p = Self.find(r, key) else { missing = true; break }
                parentKey = p.key
                r = p.value
                depth += 1
            }
            if missing {
                try insert(under: parentKey, in: r, path: Array(path[depth...]) + [e.key], lines: [e.value])
                continue
            }
            if let p = Self.find(r, e.key) {
                try replaceScalar(at: p.value, with: e.value)
            } else {
                guard Self.pairs(r) != nil else {
                    throw .config([Diagnostic(file: file, line: r.line, column: r.column, message: "'\(path.joined(separator: "."))' is not a mapping")])
                }
                try insert(under: parentKey, in: r, path: [e.key], lines: [e.value])
            }
        }
    }

    /// Replaces the whole value at `path` with one line of flow YAML (removing a block value's lines).
    public mutating func setFlow(_ path: [String], _ flow: String) throws(TierError) {
        let r = try root()
        var node = r
        var parentKey: YAMLNode? = nil
        for (depth, key) in path.enumerated() {
            guard let p = Self.find(node, key) else {
                try insert(under: parentKey, in: node, path: Array(path[depth...]), lines: [flow])
                return
            }
            if depth == path.count - 1 {
                // Drop the key's line and any more-indented lines below it, then write it afresh.
                let keyLine = p.key.line - 1
                let indent = p.key.column - 1
                var end = keyLine + 1
                while end < lines.count {
                    let l = lines[end]
                    let content = l.drop { $0 == " " }
                    if content.isEmpty || content.first == "\n" { end += 1; continue }
                    if l.count - content.count <= indent { break }
                    end += 1
                }
                // Keep blank lines that separated this key from the next.
                while end > keyLine + 1 && lines[end - 1].allSatisfy({ $0 == " " || $0 == "\n" }) { end -= 1 }
                let prefix = String(repeating: " ", count: indent)
                lines.replaceSubrange(keyLine..<end, with: ["\(prefix)\(key): \(flow)\n"])
                return
            }
            parentKey = p.key
            node = p.value
        }
    }

    /// Replaces one scalar's text on its line.
    mutating func replaceScalar(at node: YAMLNode, with value: String) throws(TierError) {
        let li = node.line - 1
        guard li >= 0 && li < lines.count else { return }
        var scalars = Array(lines[li].unicodeScalars)
        let start = node.column - 1
        guard start >= 0 && start < scalars.count else { return }
        var end = start
        let q = scalars[start]
        if q == "\"" || q == "'" {
            end = start + 1
            while end < scalars.count && scalars[end] != q { if scalars[end] == "\\" && q == "\"" { end += 1 }; end += 1 }
            end = min(end + 1, scalars.count)
        } else {
            while end < scalars.count && scalars[end] != "\n" && scalars[end] != "\r" {
                if scalars[end] == "#" && end > start && scalars[end - 1] == " " { break }
                if scalars[end] == "," || scalars[end] == "}" || scalars[end] == "]" { break }
                end += 1
            }
            while end > start && (scalars[end - 1] == " " || scalars[end - 1] == "\t") { end -= 1 }
        }
        scalars.replaceSubrange(start..<end, with: Array(value.unicodeScalars))
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars)
        lines[li] = s
    }

    /// Inserts `path` (nested keys) with a one-line value just below `parentKey`'s line, at the
    /// indentation of the mapping's existing keys (or two more spaces than the parent).
    mutating func insert(under parentKey: YAMLNode?, in mapping: YAMLNode, path: [String], lines value: [String]) throws(TierError) {
        let at: Int
        var indent: Int
        if let pk = parentKey {
            if let first = Self.pairs(mapping)?.first {
                if first.key.line == pk.line {
                    throw .config([Diagnostic(file: file, line: pk.line, column: pk.column,
                                              message: "'\(pk.scalar ?? "")' is a flow mapping on one line; add '\(path.joined(separator: "."))' by hand")])
                }
                indent = first.key.column - 1
                // After the mapping's last entry and any more-indented lines that belong to it.
                var end = Self.pairs(mapping)!.last!.key.line
                while end < lines.count {
                    let l = lines[end]
                    let content = l.drop { $0 == " " }
                    if content.isEmpty || content.first == "\n" || content.first == "\r" || l.count - content.count <= indent { break }
                    end += 1
                }
                at = end
            } else {
                guard mapping.isNull else {
                    throw .config([Diagnostic(file: file, line: mapping.line, column: mapping.column, message: "'\(pk.scalar ?? "")' is not a mapping")])
                }
                indent = pk.column - 1 + 2
                at = pk.line
                // `routing:` with an empty value: the key line stays as it is.
            }
        } else {
            // A new top-level key at the end of the file.
            if let last = lines.last, !last.hasSuffix("\n") { lines[lines.count - 1] += "\n" }
            indent = 0
            at = lines.count
        }
        if at > 0 && !lines[at - 1].hasSuffix("\n") { lines[at - 1] += "\n" }
        var new: [String] = []
        for (i, key) in path.enumerated() {
            let pad = String(repeating: " ", count: indent + 2 * i)
            new.append(i == path.count - 1 ? "\(pad)\(key): \(value[0])\n" : "\(pad)\(key):\n")
        }
        lines.insert(contentsOf: new, at: at)
    }

    /// A unified diff (three lines of context) from the file as read to the file as edited.
    public func diff() -> String {
        let a = original, b = lines
        let n = a.count, m = b.count
        // LCS table from the end, on rows of line hashes; configs are small.
        var lcs = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        enum Op { case same(String), del(String), add(String) }
        var ops: [(Op, Int, Int)] = []  // op, line in a, line in b (0-based)
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] { ops.append((.same(a[i]), i, j)); i += 1; j += 1 }
            else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) { ops.append((.del(a[i]), i, j)); i += 1 }
            else { ops.append((.add(b[j]), i, j)); j += 1 }
        }
        var out = ""
        var k = 0
        func line(_ s: String) -> String { s.hasSuffix("\n") ? s : s + "\n\\ No newline at end of file\n" }
        while k < ops.count {
            guard case .same = ops[k].0 else {
                // A hunk: back up three lines of context, run until three unchanged lines follow.
                let start = max(0, k - 3)
                var end = k
                var quiet = 0
                while end < ops.count {
                    if case .same = ops[end].0 { quiet += 1; if quiet > 6 { break } } else { quiet = 0 }
                    end += 1
                }
                end = min(ops.count, end - max(0, quiet - 3))
                let slice = ops[start..<end]
                let aCount = slice.filter { if case .add = $0.0 { return false }; return true }.count
                let bCount = slice.filter { if case .del = $0.0 { return false }; return true }.count
                out += "@@ -\(slice.first!.1 + (aCount == 0 ? 0 : 1)),\(aCount) +\(slice.first!.2 + (bCount == 0 ? 0 : 1)),\(bCount) @@\n"
                for (op, _, _) in slice {
                    switch op {
                    case .same(let s): out += " " + line(s)
                    case .del(let s): out += "-" + line(s)
                    case .add(let s): out += "+" + line(s)
                    }
                }
                k = end
                continue
            }
            k += 1
        }
        return out.isEmpty ? "" : "--- \(file)\n+++ \(file)\n" + out
    }

    /// Writes the edited text beside the file and renames it over, keeping the file's mode; through
    /// a symlink to its target.
    public func write() throws(TierError) {
        var target = file
        if let resolved = realpath(file, nil) { target = String(cString: resolved); free(resolved) }
        var st = stat()
        let mode: mode_t = stat(target, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        let tmp = target + ".tier-\(RequestLog.newID())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw .io(path: tmp, message: System.errnoMessage()) }
        var bytes = Array(text.utf8)
        let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        if n != bytes.count || !synced {
            unlink(tmp)
            throw .io(path: target, message: "could not write the new config")
        }
        bytes.removeAll()
        if rename(tmp, target) != 0 {
            let m = System.errnoMessage()
            unlink(tmp)
            throw .io(path: target, message: m)
        }
    }
}
