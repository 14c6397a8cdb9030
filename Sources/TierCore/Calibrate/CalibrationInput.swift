#if canImport(Glibc)
import Glibc
#endif

/// Reads (confidence, label) pairs for `calibrate` from the request log or any JSONL or CSV file,
/// one line at a time: memory follows the records kept, not the file.
public struct CalibrationFields: Sendable {
    public var confidence = "shadow.local_confidence"
    public var label = "shadow.agreement"
    /// A numeric label counts as agreement at or above this.
    public var labelThreshold = 0.5
    public var task = "task_type"
    /// Read when a record has no `task` (JSONL): `--fit combined` groups by `task_key` (what ask looks its
    /// model up by), and records logged before the key have only `task_type`.
    public var taskFallback: String? = nil
    public var tier = "final_tier"
    public var time = "time"
    /// The object of named signals (`--signals-field`), read for `--fit combined`.
    public var signals = "shadow.signals"
    /// Read the signals; a record then needs a label and at least one signal (the confidence is optional).
    public var readSignals = false
    public init() {}
}

public struct CalibrationFilters: Sendable {
    public var tasks: Set<String> = []
    public var tiers: Set<String> = []
    /// Keep records whose time (RFC 3339, UTC) sorts at or after this.
    public var since: String?
    public init() {}
}

public enum CalibrationGrouping: String, Sendable, CaseIterable {
    case none, task_type, tier
}

public enum CalibrationFormat: String, Sendable, CaseIterable {
    case jsonl, csv
}

public struct CalibrationData: Sendable {
    public var records: [CalibrationRecord] = []
    public var groups: [String] = []
    public var lines = 0
    /// Lines with no confidence or no label (a request that was not shadow-sampled).
    public var unlabelled = 0
    public var filteredOut = 0
    public var malformedCount = 0
    /// The first few malformed lines, as diagnostics.
    public var malformed: [Diagnostic] = []
    /// The earliest and latest record times seen (labelled or not), for the traffic per month.
    public var earliest: String?
    public var latest: String?
    /// With `readSignals`: each record's signals, label and task type (by its own index), in record order.
    public var table = SignalTable()
    var taskIndex: [String: Int32] = [:]

    mutating func saw(time: String?) {
        guard let t = time else { return }
        if earliest == nil || t < earliest! { earliest = t }
        if latest == nil || t > latest! { latest = t }
    }
}

public enum CalibrationInput {
    public static let keptDiagnostics = 20

    public static func read(path: String, format: CalibrationFormat, fields: CalibrationFields, filters: CalibrationFilters,
                            grouping: CalibrationGrouping, strict: Bool) throws(TierError) -> CalibrationData {
        var data = CalibrationData()
        var groupIndex: [String: Int32] = [:]
        let file = path == "-" ? "<stdin>" : path
        func malformed(_ line: Int, _ column: Int, _ message: String) throws(TierError) {
            let d = Diagnostic(file: file, line: line, column: column, message: message)
            if strict { throw .data([d]) }
            data.malformedCount += 1
            if data.malformed.count < keptDiagnostics { data.malformed.append(d) }
        }
        func keep(confidence: Double, agrees: Bool, task: String?, tier: String?, signals: [Double]? = nil) {
            if let sig = signals {
                let name = task ?? "(none)"
                let ti: Int32
                if let i = data.taskIndex[name] { ti = i } else {
                    ti = Int32(data.table.taskNames.count)
                    data.taskIndex[name] = ti
                    data.table.taskNames.append(name)
                }
                data.table.append(sig, label: agrees, task: ti)
            }
            var g: Int32 = 0
            let key: String? = grouping == .task_type ? (task ?? "(none)") : grouping == .tier ? (tier ?? "(none)") : nil
            if let k = key {
                if let i = groupIndex[k] { g = i } else {
                    g = Int32(data.groups.count)
                    groupIndex[k] = g
                    data.groups.append(k)
                }
            }
            data.records.append(CalibrationRecord(confidence: confidence, agrees: agrees, group: g))
        }
        func passes(task: String?, tier: String?, time: String?, alsoTask: String? = nil) -> Bool {
            if !filters.tasks.isEmpty && !filters.tasks.contains(task ?? "") && !(alsoTask.map(filters.tasks.contains) ?? false) { return false }
            if !filters.tiers.isEmpty && !filters.tiers.contains(tier ?? "") { return false }
            if let s = filters.since, (time ?? "") < s { return false }
            return true
        }
        func label(string s: String) -> Bool? {
            switch s.lowercased() {
            case "true", "yes", "agree", "agreed", "1", "y": return true
            case "false", "no", "disagree", "disagreed", "0", "n": return false
            default: return Double(s).map { $0 >= fields.labelThreshold }
            }
        }

        var reader = try LineReader(path: path)
        switch format {
        case .jsonl:
            let paths = [fields.confidence, fields.label, fields.task, fields.tier, fields.time] + (fields.readSignals ? [fields.signals] : [])
            let fallbackIndex: Int? = fields.taskFallback == nil ? nil : paths.count
            var x = JSONFieldExtractor(paths: paths + (fields.taskFallback.map { [$0] } ?? []))
            var values = [Double](repeating: .nan, count: Signal.count)
            try reader.forEachLine { (line, number) throws(TierError) -> Bool in
                data.lines += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
                guard x.scan(line) else { try malformed(number, 1, "not a valid JSON object"); return true }
                let time = x.string(4)
                data.saw(time: time)
                if fields.readSignals {
                    var any = false
                    for s in 0..<Signal.count { values[s] = .nan }
                    if let r = x.ranges[5], !x.isNull(5) {
                        let bytes = UnsafeBufferPointer(start: x.base + r.lowerBound, count: r.count)
                        switch SignalObject.read(bytes, into: &values) {
                        case .success(let n): any = n > 0
                        case .failure(let at, let message):
                            try malformed(number, r.lowerBound + at + 1, "'\(fields.signals)' \(message)")
                            return true
                        }
                    }
                    if !any || x.ranges[1] == nil || x.isNull(1) { data.unlabelled += 1; return true }
                } else if x.ranges[0] == nil || x.isNull(0) || x.ranges[1] == nil || x.isNull(1) { data.unlabelled += 1; return true }
                let confidence: Double? = fields.readSignals && (x.ranges[0] == nil || x.isNull(0)) ? (values[Signal.score.index].isNaN ? 0 : min(1, max(0, values[Signal.score.index]))) : nil
                guard let c = confidence ?? x.number(0), c >= 0, c <= 1 else {
                    try malformed(number, x.ranges[0]!.lowerBound + 1, "'\(fields.confidence)' must be a number from 0 to 1")
                    return true
                }
                let agrees: Bool
                if let b = x.bool(1) { agrees = b }
                else if let v = x.number(1) { agrees = v >= fields.labelThreshold }
                else if let s = x.string(1), let b = label(string: s) { agrees = b }
                else { try malformed(number, x.ranges[1]!.lowerBound + 1, "'\(fields.label)' must be true/false or a number"); return true }
                let second = fallbackIndex.flatMap { x.string($0) }
                let task = x.string(2) ?? second, tier = x.string(3)
                guard passes(task: task, tier: tier, time: time, alsoTask: second) else { data.filteredOut += 1; return true }
                keep(confidence: c, agrees: agrees, task: task, tier: tier, signals: fields.readSignals ? values : nil)
                return true
            }
        case .csv:
            if fields.readSignals { throw .usage("tier calibrate: --fit combined reads JSONL (the signals are an object per record); \(file) is CSV") }
            var columns: [String: Int] = [:]
            try reader.forEachLine { (line, number) throws(TierError) -> Bool in
                data.lines += 1
                let cells = CSV.split(line)
                if number == 1 {
                    for (i, c) in cells.enumerated() { columns[c.trimmingSpaces] = i }
                    for need in [fields.confidence, fields.label] where columns[need] == nil {
                        throw .data([Diagnostic(file: file, line: 1, column: 1, message: "the CSV header has no column '\(need)' (columns: \(cells.joined(separator: ", ")))")])
                    }
                    return true
                }
                if cells.count == 1 && cells[0].trimmingSpaces.isEmpty { return true }
                func cell(_ name: String) -> String? {
                    guard let i = columns[name], i < cells.count else { return nil }
                    let v = cells[i].trimmingSpaces
                    return v.isEmpty ? nil : v
                }
                data.saw(time: cell(fields.time))
                guard let cs = cell(fields.confidence), let ls = cell(fields.label) else { data.unlabelled += 1; return true }
                guard let c = Double(cs), c >= 0, c <= 1 else { try malformed(number, 1, "'\(fields.confidence)' must be a number from 0 to 1, found '\(cs)'"); return true }
                guard let agrees = label(string: ls) else { try malformed(number, 1, "'\(fields.label)' must be true/false or a number, found '\(ls)'"); return true }
                let task = cell(fields.task), tier = cell(fields.tier)
                guard passes(task: task, tier: tier, time: cell(fields.time)) else { data.filteredOut += 1; return true }
                keep(confidence: c, agrees: agrees, task: task, tier: tier)
                return true
            }
        }
        return data
    }
}

/// RFC 4180 fields of one line: commas, with double quotes around fields that hold them.
public enum CSV {
    public static func split(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = 0
        while i < line.count {
            let b = line[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < line.count && line[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else { field.append(b) }
            } else if b == 0x22 { quoted = true }
            else if b == 0x2C { out.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
            else { field.append(b) }
            i += 1
        }
        out.append(String(decoding: field, as: UTF8.self))
        return out
    }

    /// A field quoted when it needs to be.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        var out = "\""
        for c in s { out += c == "\"" ? "\"\"" : String(c) }
        return out + "\""
    }
}

/// Reads an object of named signals (`{"mean_p":0.87,"tokens":8,...}`, already checked to be JSON) into
/// values by `Signal` index, without building a tree: a million log lines carry fourteen numbers each.
/// Unknown names are skipped; null is a missing signal; anything else but a finite number is an error.
enum SignalObject {
    enum Outcome { case success(Int), failure(at: Int, message: String) }

    static func read(_ b: UnsafeBufferPointer<UInt8>, into values: inout [Double]) -> Outcome {
        var i = 0
        let n = b.count
        func space() { while i < n && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09) { i += 1 } }
        space()
        guard i < n, b[i] == 0x7B else { return .failure(at: 0, message: "must be an object of named numbers") }
        i += 1
        var count = 0
        while true {
            space()
            guard i < n else { return .failure(at: i, message: "is cut short") }
            if b[i] == 0x7D { return .success(count) }
            if b[i] == 0x2C { i += 1; continue }
            guard b[i] == 0x22 else { return .failure(at: i, message: "must be an object of named numbers") }
            let keyStart = i + 1
            i += 1
            var escaped = false
            while i < n && b[i] != 0x22 { if b[i] == 0x5C { escaped = true; i += 1 }; i += 1 }
            let key = escaped ? nil : Signal.named(UnsafeBufferPointer(rebasing: b[keyStart..<min(i, n)]))
            i += 1
            space()
            guard i < n, b[i] == 0x3A else { return .failure(at: i, message: "must be an object of named numbers") }
            i += 1
            space()
            let valueStart = i
            guard i < n else { return .failure(at: i, message: "is cut short") }
            if b[i] == 0x6E { i += 4; continue }                       // null: not there
            guard let sig = key else { skipValue(b, &i); continue }     // a name this version does not know
            guard let v = number(b, &i), v.isFinite, abs(v) <= 1e9 else {
                return .failure(at: valueStart, message: "'\(sig.rawValue)' must be a finite number")
            }
            values[sig.index] = v
            count += 1
        }
    }

    /// A JSON number at `i`; exact for up to 15 significant digits and a short exponent (integer mantissa
    /// over a power of ten, both exact doubles), else strtod.
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Double? {
        let start = i, n = b.count
        var neg = false
        if i < n && b[i] == 0x2D { neg = true; i += 1 }
        var mantissa: UInt64 = 0, digits = 0, scale = 0
        var sawDigit = false
        while i < n, b[i] >= 0x30, b[i] <= 0x39 { mantissa = mantissa &* 10 &+ UInt64(b[i] - 0x30); digits += 1; i += 1; sawDigit = true }
        if i < n && b[i] == 0x2E {
            i += 1
            while i < n, b[i] >= 0x30, b[i] <= 0x39 { mantissa = mantissa &* 10 &+ UInt64(b[i] - 0x30); digits += 1; scale += 1; i += 1; sawDigit = true }
        }
        guard sawDigit else { return nil }
        var slow = digits > 15
        if i < n && (b[i] == 0x65 || b[i] == 0x45) {
            slow = true
            i += 1
            if i < n && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            while i < n, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        }
        if !slow && scale <= 22 {
            let v = Double(mantissa) / powersOfTen[scale]
            return neg ? -v : v
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: i - start + 1) { buf in
            for j in start..<i { buf[j - start] = CChar(bitPattern: b[j]) }
            buf[i - start] = 0
            return strtod(buf.baseAddress!, nil)
        }
    }

    static let powersOfTen: [Double] = (0...22).map { p in var x = 1.0; for _ in 0..<p { x *= 10 }; return x }

    /// Moves past one JSON value (already known to be well formed).
    static func skipValue(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        var depth = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0x22 {
                i += 1
                while i < n && b[i] != 0x22 { if b[i] == 0x5C { i += 1 }; i += 1 }
                i += 1
                if depth == 0 { return }
                continue
            }
            if c == 0x7B || c == 0x5B { depth += 1 }
            else if c == 0x7D || c == 0x5D {
                if depth == 0 { return }
                depth -= 1
                if depth == 0 { i += 1; return }
            } else if depth == 0 && c == 0x2C { return }
            i += 1
        }
    }
}

extension Signal {
    /// The signal with this UTF-8 name.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> Signal? {
        guard let p = bytes.baseAddress else { return nil }
        for (k, name) in names.enumerated() where name.count == bytes.count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p, name.count) }) == 0 { return Signal.allCases[k] }
        }
        return nil
    }
    static let names: [[UInt8]] = Signal.allCases.map { Array($0.rawValue.utf8) }
}

