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
    }

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier classify"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        var o = Options()
        if let t = p.value("types") { o.types = Set(t.split(separator: ",").map { String($0).uppercased() }) }
        if let m = p.value("min-confidence") {
            guard let x = Double(m), x >= 0, x <= 1 else { throw .usage("\(path): --min-confidence needs a number from 0 to 1, got '\(m)'") }
            o.minConfidence = x
        }
        o.showValues = p.flag("show-values")
        o.custom = try RouteCommand.loadConfig(p).classify
        let failOn = p.value("fail-on").flatMap { Sensitivity(name: $0) }

        if p.value("input-format") == "jsonl" {
            if !p.positionals.isEmpty { throw .usage("\(path): --input-format jsonl reads records from standard input; give no paths") }
            return try records(textField: p.value("text-field") ?? "text", idField: p.value("id-field") ?? "id", options: o, failOn: failOn)
        }

        var inputs: [(name: String, bytes: [UInt8])] = []
        var failed = false
        if p.positionals.isEmpty {
            inputs.append(("<stdin>", try System.readAll(fd: 0, name: "<stdin>")))
        } else {
            for file in walk(p.positionals, include: p.all("include"), exclude: p.all("exclude"), failed: &failed) {
                do {
                    let bytes = try System.readFile(file)
                    if bytes.prefix(8192).contains(0) {
                        Terminal.stderr("tier classify: \(file): binary, skipped")
                        continue
                    }
                    inputs.append((file, bytes))
                } catch {
                    Terminal.error("\(path): \(error.messages.joined())")
                    failed = true
                }
            }
        }

        var jobs = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        if let j = p.value("jobs") {
            guard let n = Int(j), n >= 1, n <= 256 else { throw .usage("\(path): --jobs needs a whole number from 1 to 256, got '\(j)'") }
            jobs = n
        }
        // Scan every input first, on `jobs` threads; each result goes to its own slot, so order is kept.
        let scanned = scanAll(inputs.map(\.bytes), custom: o.custom, options: o, jobs: jobs)

        var worst = Sensitivity.public
        let out = OutputBuffer()
        var all = JSONWriter()
        if p.flag("json") { all.beginObject(); all.key("inputs"); all.beginArray() }
        var pseudonyms: [String: String] = [:]
        for (index, input) in inputs.enumerated() {
            let text = String(decoding: input.bytes, as: UTF8.self)
            let findings = scanned[index]
            var level = findings.map(\.level).max() ?? .public
            // Path globs from the config force a level ("hr/**": personal).
            for rule in o.custom.paths where globMatches(rule.glob, input.name) && rule.sensitivity > level { level = rule.sensitivity }
            if level > worst { worst = level }
            if p.flag("redact") {
                out.append(redact(text, findings, style: p.value("redact-style") ?? "label", pseudonyms: &pseudonyms))
                continue
            }
            if p.flag("json") || p.flag("jsonl") {
                var w = JSONWriter()
                writeInput(&w, name: input.name, text: text, level: level, findings: findings, options: o, task: p.flag("task"))
                if p.flag("jsonl") { w.newline(); out.append(w.buffer) } else { all.appendRawValue(w.bytes) }
            } else {
                var counts: [(String, Int)] = []
                for f in findings {
                    if let i = counts.firstIndex(where: { $0.0 == f.type }) { counts[i].1 += 1 } else { counts.append((f.type, 1)) }
                }
                var line = "\(level.name)\(String(repeating: " ", count: max(1, 10 - level.name.count)))\(input.name)"
                if !counts.isEmpty { line += "  " + counts.map { "\($0.0)×\($0.1)" }.joined(separator: " ") }
                if p.flag("task") { line += "  task=\(TaskClassifier.classify(prompt: text).taskType ?? "unknown")" }
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

    /// Scans the texts on `jobs` threads (Dispatch's concurrentPerform over an index counter).
    static func scanAll(_ texts: [[UInt8]], custom: ClassifySettings, options o: Options, jobs: Int) -> [[PIIScanner.Finding]] {
        let results = ResultSlots(count: texts.count)
        let next = IndexCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, texts.count))) { _ in
            while let i = next.take(below: texts.count) {
                let found = texts[i].withUnsafeBufferPointer { PIIScanner.scan($0, csv: PIIScanner.CSVHeader($0), custom: custom) }
                results.set(i, filtered(found, o))
            }
        }
        return results.values
    }

    static func filtered(_ findings: [PIIScanner.Finding], _ o: Options) -> [PIIScanner.Finding] {
        findings.filter { f in (o.types.map { $0.contains(f.type) } ?? true) && f.confidence >= o.minConfidence }
    }

    /// A masked preview: the first and last characters, the rest as '*'.
    static func preview(_ value: String) -> String {
        let chars = Array(value)
        if chars.count <= 4 { return String(repeating: "*", count: chars.count) }
        let keep = chars.count >= 12 ? 2 : 1
        return String(chars.prefix(keep)) + String(repeating: "*", count: chars.count - 2 * keep) + String(chars.suffix(keep))
    }

    static func writeInput(_ w: inout JSONWriter, name: String, text: String, level: Sensitivity,
                           findings: [PIIScanner.Finding], options o: Options, task: Bool) {
        let bytes = Array(text.utf8)
        w.object { w in
            w.field("path", name)
            w.field("sensitivity", level.name)
            if task { w.field("task_type", TaskClassifier.classify(prompt: text).taskType) }
            w.key("findings")
            w.array { w in
                for f in findings {
                    let value = String(decoding: bytes[f.start..<f.end], as: UTF8.self)
                    let (line, column) = bytes.withUnsafeBufferPointer { UTF8Check.lineColumn($0, offset: f.start) }
                    w.object { w in
                        w.field("type", f.type)
                        w.field("category", f.category)
                        w.field("start", f.start)
                        w.field("end", f.end)
                        w.field("line", line)
                        w.field("column", column)
                        w.field("confidence", f.confidence, digits: 2)
                        w.field(o.showValues ? "value" : "preview", o.showValues ? value : preview(value))
                    }
                }
            }
        }
    }

    static func redact(_ text: String, _ findings: [PIIScanner.Finding], style: String, pseudonyms: inout [String: String]) -> String {
        var bytes = Array(text.utf8)
        for f in findings.reversed() {
            let value = String(decoding: bytes[f.start..<f.end], as: UTF8.self)
            let replacement: String
            switch style {
            case "mask": replacement = String(repeating: "*", count: value.count)
            case "hash":
                if let p = pseudonyms[value] { replacement = p } else {
                    let h = RequestLog.contentHash([f.type, value]).suffix(8)
                    replacement = "[\(f.type)_\(h)]"
                    pseudonyms[value] = replacement
                }
            default: replacement = "[\(f.type)]"
            }
            bytes.replaceSubrange(f.start..<f.end, with: Array(replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `--input-format jsonl`: one {"id":…,"spans":[…],"sensitivity":…} line per record.
    static func records(textField: String, idField: String, options o: Options, failOn: Sensitivity?) throws(TierError) -> ExitCode {
        let input = try System.readAll(fd: 0, name: "<stdin>")
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
            let findings = filtered(PIIScanner.scan(text, custom: o.custom), o)
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
            } else if kind == S_IFREG || kind == S_IFIFO || (top && kind == S_IFLNK) {
                if top || include.isEmpty || matches(path, include) { out.append(path) }
            }
        }
        for p in paths { visit(p, top: true) }
        return out
    }
}

/// Results written by worker threads, one slot each, read after they are all done.
final class ResultSlots: @unchecked Sendable {
    private var slots: [[PIIScanner.Finding]]
    private var lock = pthread_mutex_t()
    init(count: Int) {
        slots = Array(repeating: [], count: count)
        pthread_mutex_init(&lock, nil)
    }
    deinit { pthread_mutex_destroy(&lock) }
    func set(_ i: Int, _ v: [PIIScanner.Finding]) {
        pthread_mutex_lock(&lock)
        slots[i] = v
        pthread_mutex_unlock(&lock)
    }
    var values: [[PIIScanner.Finding]] { slots }
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
