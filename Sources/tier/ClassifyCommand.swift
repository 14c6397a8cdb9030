#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import TierCore

enum ClassifyCommand {
    static let spec = CommandSpec(
        name: "classify",
        summary: "scan text or files for personal data and credentials, set a sensitivity level, redact on request",
        usage: ["tier classify [options] [FILE|DIR ...]", "tier classify [options] < text",
                "tier classify --input-format jsonl --text-field text --id-field id < records.jsonl"],
        discussion: [
            "Detects e-mail addresses, phone numbers (E.164, US, UK, German, French), Luhn-valid card numbers, IBANs (mod 97), US SSNs, UK NHS numbers (mod 11, near 'NHS'), UK National Insurance numbers, US ABA routing numbers (checksum, near 'routing'), IPv4 and IPv6 addresses (not version numbers), MAC addresses, dates of birth (near birth words or in a birth-date column), and credentials: AWS, GitHub, OpenAI, Anthropic, Slack and Stripe keys, JWTs, PEM private keys, and passwords and API keys in assignments. Levels: public < internal < personal < secret.",
            "One line per input by default: LEVEL  NAME  TYPE×COUNT ... Findings show a masked preview, never the value, unless --show-values. Directories are walked recursively; binary files are skipped (stderr says so); an unreadable file is reported, the rest are scanned, and the run exits 1.",
        ],
        options: [
            OptionSpec("json", help: "One JSON document with every input and its findings."),
            OptionSpec("jsonl", help: "One JSON object per input."),
            OptionSpec("input-format", .value("FORMAT"), default: "text", completion: .choices(["text", "jsonl"]),
                       help: "jsonl: read records from standard input and write {\"id\":...,\"spans\":[...]} per record (UTF-8 byte offsets), the format labelled sets are scored in."),
            OptionSpec("text-field", .value("NAME"), default: "text", help: "With --input-format jsonl: the field holding the text."),
            OptionSpec("id-field", .value("NAME"), default: "id", help: "With --input-format jsonl: the field holding the record id."),
            OptionSpec("redact", help: "Write the input with every finding replaced and everything else byte for byte unchanged."),
            OptionSpec("redact-style", .value("STYLE"), default: "label", completion: .choices(["label", "mask", "hash"]),
                       help: "label: [TYPE]; mask: the same length of '*'; hash: a stable pseudonym per distinct value within the run."),
            OptionSpec("fail-on", .value("LEVEL"), completion: .choices(["internal", "personal", "secret"]),
                       help: "Exit 3 when any input reaches LEVEL (for pre-commit hooks and CI)."),
            OptionSpec("types", .value("LIST"), help: "Only these finding types (comma-separated)."),
            OptionSpec("min-confidence", .value("X"), help: "Drop findings below this confidence (0 to 1)."),
            OptionSpec("show-values", help: "Show the values found, not masked previews."),
            OptionSpec("include", .value("GLOB"), repeatable: true, help: "When walking directories, only files whose path matches."),
            OptionSpec("exclude", .value("GLOB"), repeatable: true, help: "When walking directories, skip paths that match."),
            OptionSpec("task", help: "Also print the task type the router would assign."),
            OptionSpec("jobs", short: "j", .value("N"), help: "Scan files on N threads (default: one per core); output stays in input order."),
            RouteCommand.configOption,
        ],
        positional: PositionalSpec("PATH", completion: .file, help: "Files or directories; standard input when none."),
        examples: [
            ("tier classify contracts/", "One line per file: its level and what was found."),
            ("git diff --cached | tier classify --fail-on secret", "Stops a commit that adds a credential (exit 3)."),
            ("tier classify --redact < mail.txt > mail.redacted.txt", "The text with findings replaced by [TYPE]."),
        ],
        exitCodes: [.success, .failure, .usage, .policy]
    )

    struct Options {
        var types: Set<String>?
        var minConfidence = 0.0
        var showValues = false
        var custom = ClassifySettings()

        /// --types and --min-confidence, for every output mode.
        func keeps(_ f: PIIScanner.Finding) -> Bool {
            (types.map { $0.contains(f.type) } ?? true) && f.confidence >= minConfidence
        }
    }

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier classify"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        var o = Options()
        if let m = p.value("min-confidence") {
            guard let x = Double(m), x >= 0, x <= 1 else { throw .usage("\(path): --min-confidence needs a number from 0 to 1, got '\(m)'") }
            o.minConfidence = x
        }
        o.showValues = p.flag("show-values")
        o.custom = try RouteCommand.loadConfig(p).classify
        if let t = p.value("types") {
            // The built-in types and the config's own (its detectors, and KEYWORD for its keywords).
            let known = PIIType.allCases.filter { $0 != .custom }.map(\.name) + o.custom.detectors.map(\.name) + ["KEYWORD"]
            let asked = t.split(separator: ",").map { String($0.filter { $0 != " " }).uppercased() }
            for name in asked where !known.contains(name) {
                var m = "\(path): unknown type '\(name)' for --types"
                if let c = closestMatch(name, in: known) { m += "; did you mean '\(c)'?" }
                throw .usage(m + " (types: \(known.joined(separator: ", ")))")
            }
            o.types = Set(asked)
        }
        let failOn = p.value("fail-on").flatMap { Sensitivity(name: $0) }

        if p.value("input-format") == "jsonl" {
            if !p.positionals.isEmpty { throw .usage("\(path): --input-format jsonl reads records from standard input; give no paths") }
            return try records(textField: p.value("text-field") ?? "text", idField: p.value("id-field") ?? "id", options: o, failOn: failOn)
        }

        var failed = false
        let names: [String] = p.positionals.isEmpty ? ["-"]
            : walk(p.positionals, include: p.all("include"), exclude: p.all("exclude"), failed: &failed)
        var jobs = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        if let j = p.value("jobs") {
            guard let n = Int(j), n >= 1, n <= 256 else { throw .usage("\(path): --jobs needs a whole number from 1 to 256, got '\(j)'") }
            jobs = n
        }
        let mode: Mode = p.flag("redact") ? .redact(style: p.value("redact-style") ?? "label")
            : (p.flag("json") || p.flag("jsonl")) ? .findings : .counts
        let out = OutputBuffer()
        var results: [Scanned?]
        if case .redact = mode {
            // Redaction streams each input to stdout as it is scanned, in order.
            var pseudonyms: [String: String] = [:]
            results = []
            for name in names {
                // Once standard output has failed, the rest would be scanned for nothing: the run exits 1.
                if out.writeError != nil { break }
                results.append(scanInput(name, mode: mode, options: o, task: false, out: out, pseudonyms: &pseudonyms))
            }
        } else {
            // Inputs are scanned on `jobs` threads; each result goes to its own slot, so order is kept.
            let slots = ScannedSlots(count: names.count)
            let next = IndexCounter()
            let task = p.flag("task")
            let options = o
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, names.count))) { _ in
                var none: [String: String] = [:]
                while let i = next.take(below: names.count) {
                    slots.set(i, scanInput(names[i], mode: mode, options: options, task: task, out: nil, pseudonyms: &none))
                }
            }
            results = slots.values
        }

        var worst = Sensitivity.public
        var all = JSONWriter()
        if p.flag("json") { all.beginObject(); all.key("inputs"); all.beginArray() }
        for r in results {
            guard var r else { continue }
            if let e = r.error {
                Terminal.error("\(path): \(e)")
                failed = true
                continue
            }
            if r.binary {
                Terminal.stderr("tier classify: \(r.name): binary, skipped")
                continue
            }
            // Path globs from the config force a level ("hr/**": personal).
            for rule in o.custom.paths where globMatches(rule.glob, r.name) && rule.sensitivity > r.level { r.level = rule.sensitivity }
            if r.level > worst { worst = r.level }
            switch mode {
            case .redact: break
            case .findings:
                var w = JSONWriter()
                w.object { w in
                    w.field("path", r.name)
                    w.field("sensitivity", r.level.name)
                    if let t = r.taskText { w.field("task_type", TaskClassifier.classify(prompt: t).taskType) }
                    w.key("findings")
                    w.beginArray()
                    w.appendRawMembers(r.findingsJSON)
                    w.endArray()
                }
                if p.flag("jsonl") { w.newline(); out.append(w.buffer) } else { all.appendRawValue(w.bytes) }
            case .counts:
                var line = "\(r.level.name)\(String(repeating: " ", count: max(1, 10 - r.level.name.count)))\(r.name)"
                if !r.counts.isEmpty { line += "  " + r.counts.map { "\($0.0)×\($0.1)" }.joined(separator: " ") }
                if let t = r.taskText { line += "  task=\(TaskClassifier.classify(prompt: t).taskType ?? "unknown")" }
                out.append(line + "\n")
            }
        }
        if p.flag("json") { all.endArray(); all.endObject(); all.newline(); out.append(all.buffer) }
        out.flush()
        if failed { return .failure }
        if let f = failOn, worst >= f {
            Terminal.error("\(path): \(worst.name) data found (--fail-on \(f.name))")
            return .policy
        }
        return .success
    }

    enum Mode {
        case counts, findings
        case redact(style: String)
    }

    /// One input's result: its level, and what the output mode needs.
    struct Scanned {
        var name: String
        var level = Sensitivity.public
        var counts: [(String, Int)] = []
        /// The findings as JSON array members (with --json / --jsonl).
        var findingsJSON: [UInt8] = []
        /// The first 64 KB, for --task.
        var taskText: String?
        var binary = false
        var error: String?
    }

    /// Scans one file (or standard input for "-") window by window; memory stays flat however big it is.
    static func scanInput(_ file: String, mode: Mode, options o: Options, task: Bool, out: OutputBuffer?,
                          pseudonyms: inout [String: String]) -> Scanned {
        let name = file == "-" ? "<stdin>" : file
        var r = Scanned(name: name)
        let fd = file == "-" ? 0 : open(file, O_RDONLY | O_CLOEXEC)
        if fd < 0 { r.error = "\(file): \(System.errnoMessage())"; return r }
        defer { if file != "-" { close(fd) } }
        var line = 1, lineStart = 0, counted = 0  // newlines counted up to `counted` (absolute)
        var countRow = [Int?](repeating: nil, count: PIIType.allCases.count)
        var w = JSONWriter()
        var firstFinding = true
        do {
            let scanned = try StreamScan().run(fd: fd, name: name, custom: o.custom, isBinary: { file != "-" && $0.contains(0) }) { (win) throws(TierError) in
                let b = win.bytes
                if task && r.taskText == nil { r.taskText = String(decoding: UnsafeBufferPointer(rebasing: b[0..<min(b.count, 65_536)]), as: UTF8.self) }
                func advance(to rel: Int) {
                    var k = max(counted - win.offset, 0)
                    while k < rel {
                        guard let p = memchr(b.baseAddress! + k, 0x0A, rel - k) else { break }
                        k = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
                        line += 1
                        lineStart = win.offset + k
                    }
                    counted = max(counted, win.offset + rel)
                }
                var emitted = win.reportFrom
                for f in win.findings where o.keeps(f) {
                    if f.level > r.level { r.level = f.level }
                    switch mode {
                    case .counts:
                        // Built-in types find their row by number; the config's own by name.
                        if f.kind != .custom, let i = countRow[Int(f.kind.rawValue)] { r.counts[i].1 += 1 }
                        else if f.kind == .custom, let i = r.counts.firstIndex(where: { $0.0 == f.type }) { r.counts[i].1 += 1 }
                        else {
                            if f.kind != .custom { countRow[Int(f.kind.rawValue)] = r.counts.count }
                            r.counts.append((f.type, 1))
                        }
                    case .findings:
                        advance(to: f.start)
                        let value = String(decoding: UnsafeBufferPointer(rebasing: b[f.start..<f.end]), as: UTF8.self)
                        if !firstFinding { r.findingsJSON.append(UInt8(ascii: ",")) }
                        firstFinding = false
                        w.reset()
                        w.object { w in
                            w.field("type", f.type)
                            w.field("category", f.category)
                            w.field("start", win.offset + f.start)
                            w.field("end", win.offset + f.end)
                            w.field("line", line)
                            w.field("column", win.offset + f.start - lineStart + 1)
                            w.field("confidence", f.confidence, digits: 2)
                            w.field(o.showValues ? "value" : "preview", o.showValues ? value : preview(value))
                        }
                        r.findingsJSON += w.bytes
                    case .redact(let style):
                        out?.append(bytes: UnsafeBufferPointer(rebasing: b[emitted..<f.start]))
                        out?.append(replacement(for: UnsafeBufferPointer(rebasing: b[f.start..<f.end]), type: f.type, style: style, pseudonyms: &pseudonyms))
                        emitted = f.end
                    }
                }
                switch mode {
                case .redact:
                    out?.append(bytes: UnsafeBufferPointer(rebasing: b[emitted..<win.reportEnd]))
                    out?.flushIfLarge()
                case .findings:
                    // Lines are counted through the whole report range: the next window may start past it.
                    advance(to: win.reportEnd)
                case .counts:
                    break
                }
            }
            if !scanned { r.binary = true }
        } catch {
            r.error = error.messages.joined(separator: "; ")
        }
        return r
    }

    static func replacement(for value: UnsafeBufferPointer<UInt8>, type: String, style: String, pseudonyms: inout [String: String]) -> String {
        let text = String(decoding: value, as: UTF8.self)
        switch style {
        case "mask": return String(repeating: "*", count: text.count)
        case "hash":
            if let p = pseudonyms[text] { return p }
            let h = RequestLog.contentHash([type, text]).suffix(8)
            let p = "[\(type)_\(h)]"
            pseudonyms[text] = p
            return p
        default: return "[\(type)]"
        }
    }


    /// A masked preview: the first and last characters, the rest as '*'.
    static func preview(_ value: String) -> String {
        let chars = Array(value)
        if chars.count <= 4 { return String(repeating: "*", count: chars.count) }
        let keep = chars.count >= 12 ? 2 : 1
        return String(chars.prefix(keep)) + String(repeating: "*", count: chars.count - 2 * keep) + String(chars.suffix(keep))
    }

    /// `--input-format jsonl`: one {"id":…,"spans":[…],"sensitivity":…} line per record.
    static func records(textField: String, idField: String, options o: Options, failOn: Sensitivity?) throws(TierError) -> ExitCode {
        let input = try System.readAll(fd: 0, name: "<stdin>", limit: .max)
        let out = OutputBuffer()
        var worst = Sensitivity.public
        var bad = 0
        var lineNumber = 0
        for line in input.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            guard let v = try? JSONParser.parse(String(decoding: line, as: UTF8.self)), let text = v[textField]?.stringValue else {
                Terminal.stderr("<stdin>:\(lineNumber):1: error: not a JSON object with a string field '\(textField)'")
                bad += 1
                continue
            }
            let findings = PIIScanner.scan(text, custom: o.custom).filter(o.keeps)
            let level = findings.map(\.level).max() ?? .public
            if level > worst { worst = level }
            var w = JSONWriter()
            w.object { w in
                w.key("id"); w.value(v[idField] ?? .null)
                w.key("spans")
                w.array { w in
                    for f in findings {
                        w.object { w in
                            w.field("start", f.start)
                            w.field("end", f.end)
                            w.field("type", f.type)
                            w.field("score", f.confidence, digits: 2)
                        }
                    }
                }
                w.field("sensitivity", level == .internal ? "public" : level.name)
            }
            w.newline()
            out.append(w.buffer)
        }
        out.flush()
        if bad > 0 { return .failure }
        if let f = failOn, worst >= f { return .policy }
        return .success
    }

    /// A config path glob: '**' crosses directories (fnmatch's '*' already does without FNM_PATHNAME);
    /// a glob matches the path as given or any trailing part of it.
    static func globMatches(_ glob: String, _ path: String) -> Bool {
        var g = ""
        var previousStar = false
        for ch in glob {
            if ch == "*" && previousStar { continue }
            previousStar = ch == "*"
            g.append(ch)
        }
        if fnmatch(g, path, 0) == 0 { return true }
        var parts = path.split(separator: "/")
        while parts.count > 1 {
            parts.removeFirst()
            if fnmatch(g, parts.joined(separator: "/"), 0) == 0 { return true }
        }
        return false
    }

    /// Files under the given paths, depth first, in name order; hidden directories (.git) are skipped.
    static func walk(_ paths: [String], include: [String], exclude: [String], failed: inout Bool) -> [String] {
        var out: [String] = []
        func matches(_ path: String, _ globs: [String]) -> Bool {
            globs.contains { g in fnmatch(g, path, 0) == 0 || fnmatch(g, String(path.split(separator: "/").last ?? ""), 0) == 0 }
        }
        func visit(_ path: String, top: Bool) {
            if !top && matches(path, exclude) { return }
            var st = stat()
            guard lstat(path, &st) == 0 else {
                Terminal.error("tier classify: \(path): \(System.errnoMessage())")
                failed = true
                return
            }
            let kind = st.st_mode & S_IFMT
            if kind == S_IFDIR {
                for name in System.listDirectory(path).sorted() where !name.hasPrefix(".") {
                    visit(path.hasSuffix("/") ? path + name : path + "/" + name, top: false)
                }
            } else if kind == S_IFREG || (top && (kind == S_IFIFO || kind == S_IFLNK)) {
                if top || include.isEmpty || matches(path, include) { out.append(path) }
            } else if kind == S_IFIFO || kind == S_IFSOCK || kind == S_IFCHR || kind == S_IFBLK {
                // Named on the command line a FIFO is read; found in a walk it could block forever.
                let what = kind == S_IFIFO ? "a FIFO" : kind == S_IFSOCK ? "a socket" : "a device"
                Terminal.stderr("tier classify: \(path): \(what), skipped")
            }
        }
        for p in paths { visit(p, top: true) }
        return out
    }
}

/// Results written by worker threads, one slot each, read after they are all done.
final class ScannedSlots: @unchecked Sendable {
    private var slots: [ClassifyCommand.Scanned?]
    private var lock = pthread_mutex_t()
    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        pthread_mutex_init(&lock, nil)
    }
    deinit { pthread_mutex_destroy(&lock) }
    func set(_ i: Int, _ v: ClassifyCommand.Scanned) {
        pthread_mutex_lock(&lock)
        slots[i] = v
        pthread_mutex_unlock(&lock)
    }
    var values: [ClassifyCommand.Scanned?] { slots }
}

/// Hands out work indices to threads.
final class IndexCounter: @unchecked Sendable {
    private var value = 0
    private var lock = pthread_mutex_t()
    init() { pthread_mutex_init(&lock, nil) }
    deinit { pthread_mutex_destroy(&lock) }
    func take(below limit: Int) -> Int? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
