/// Reads (confidence, label) pairs for `calibrate` from the request log or any JSONL or CSV file,
/// one line at a time: memory follows the records kept, not the file.
public struct CalibrationFields: Sendable {
    public var confidence = "shadow.local_confidence"
    public var label = "shadow.agreement"
    /// A numeric label counts as agreement at or above this.
    public var labelThreshold = 0.5
    public var task = "task_type"
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
        func passes(task: String?, tier: String?, time: String?) -> Bool {
            if !filters.tasks.isEmpty && !filters.tasks.contains(task ?? "") { return false }
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
            let signalPaths = fields.readSignals ? Signal.allCases.map { fields.signals + "." + $0.rawValue } : []
            var x = JSONFieldExtractor(paths: [fields.confidence, fields.label, fields.task, fields.tier, fields.time] + signalPaths)
            var values = [Double](repeating: .nan, count: Signal.count)
            try reader.forEachLine { (line, number) throws(TierError) -> Bool in
                data.lines += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
                guard x.scan(line) else { try malformed(number, 1, "not a valid JSON object"); return true }
                let time = x.string(4)
                data.saw(time: time)
                if fields.readSignals {
                    var any = false
                    for s in 0..<Signal.count {
                        values[s] = .nan
                        guard x.ranges[5 + s] != nil, !x.isNull(5 + s) else { continue }
                        guard let v = x.number(5 + s), v.isFinite, abs(v) <= 1e9 else {
                            try malformed(number, x.ranges[5 + s]!.lowerBound + 1, "'\(signalPaths[s])' must be a finite number")
                            return true
                        }
                        values[s] = v
                        any = true
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
                let task = x.string(2), tier = x.string(3)
                guard passes(task: task, tier: tier, time: time) else { data.filteredOut += 1; return true }
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
