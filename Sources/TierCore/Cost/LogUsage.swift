/// What the request log says about the traffic: the share answered on the device, the share tried
/// locally and then escalated, and the mean tokens of a call. `cost-estimate --from-log` reads it.
public struct LogUsage: Sendable, Equatable {
    public var records = 0
    public var answered = 0
    public var answeredLocally = 0
    public var escalatedFromLocal = 0
    public var tokenSamples = 0
    public var inputTokens = 0.0
    public var outputTokens = 0.0
    public var malformed: [Int] = []

    public var localShare: Double { answered == 0 ? 0 : Double(answeredLocally) / Double(answered) }
    public var escalationRate: Double { answered == 0 ? 0 : Double(escalatedFromLocal) / Double(answered) }
    public var meanInputTokens: Double? { tokenSamples == 0 ? nil : inputTokens / Double(tokenSamples) }
    public var meanOutputTokens: Double? { tokenSamples == 0 ? nil : outputTokens / Double(tokenSamples) }

    public init() {}

    /// Adds another log's counts (one log per replica or host): the sums are the same as reading the
    /// logs merged by time. Malformed line numbers stay per file, so they are not added.
    public mutating func add(_ u: LogUsage) {
        records += u.records
        answered += u.answered
        answeredLocally += u.answeredLocally
        escalatedFromLocal += u.escalatedFromLocal
        tokenSamples += u.tokenSamples
        inputTokens += u.inputTokens
        outputTokens += u.outputTokens
    }

    /// Reads `path` line by line. A tier is local when its boundary in `config` is `device`.
    public static func read(path: String, config: TierConfig) throws(TierError) -> LogUsage {
        let device = Set(config.tiers.filter { $0.boundary == .device }.map(\.name))
        var u = LogUsage()
        var reader = try LineReader(path: path)
        try reader.forEachLine { (line, number) throws(TierError) -> Bool in
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
            // The log's own type reads it: a line it does not take is malformed.
            guard let v = try? JSONParser.parse(line), let record = LogRecord.decode(v) else { u.malformed.append(number); return true }
            u.records += 1
            guard record.outcome == "answered", let final = record.finalTier else { return true }
            u.answered += 1
            if device.contains(final) { u.answeredLocally += 1 }
            else if record.attempts.contains(where: { $0.outcome == "escalated" && device.contains($0.tier) }) { u.escalatedFromLocal += 1 }
            // The answering attempt's tokens stand for the call's size.
            if let last = record.attempts.last(where: { $0.tier == final }), let i = last.inputTokens, let o = last.outputTokens {
                u.tokenSamples += 1
                u.inputTokens += Double(i)
                u.outputTokens += Double(o)
            }
            return true
        }
        return u
    }
}
