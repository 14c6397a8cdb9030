/// One request's line in the request log, written and read by this one type: what was decided, every
/// attempt, how it ended. Sensitivity as types and counts; no prompt or answer text unless
/// `log.content: true`, and then redacted by the scanner.
public struct LogRecord: Sendable, Equatable {
    /// Field paths other readers select by (calibrate's fast extractor): the names `encoded()` writes.
    public enum Key {
        public static let time = "time"
        public static let taskType = "task_type"
        public static let taskKey = "task_key"
        public static let finalTier = "final_tier"
        public static let shadowLocalConfidence = "shadow.local_confidence"
        public static let shadowAgreement = "shadow.agreement"
        public static let shadowSignals = "shadow.signals"
    }

    public struct Shadow: Sendable, Equatable {
        public var tier: String
        public var model: String
        public var agreement: Double?
        public var localConfidence: Double?
        public var error: String?
        /// The local answer's raw signals, for `calibrate --fit combined`.
        public var signals: ConfidenceSignals? = nil
    }

    public var time: String
    public var id: String
    /// "ask", "queue" (a replay) or "serve".
    public var source = "ask"
    /// For a replay: the queued request's id.
    public var queueID: String?
    /// The gateway's client key's name (never the key), and the API it was called through.
    public var client: String?
    public var endpoint: String?
    /// The number of turns a conversation held (absent for a one-shot prompt), and the id of a
    /// conversation `tier ask` keeps (its turns' records share it).
    public var turns: Int?
    public var conversation: String?
    public var taskType: String?
    /// What the learned confidence was looked up by (`PromptShape.taskKey`): what `calibrate --fit
    /// combined` groups by, so the offsets it fits are the ones ask applies.
    public var taskKey: String? = nil
    public var sensitivity: String
    public var evidence: [(type: String, count: Int)]
    public var consent: Bool
    public var decisionTier: String?
    public var decisionModel: String?
    public var rule: Int?
    public var allowedTiers: [String]
    /// answered, refused, rejected, cut_after_output, unavailable_fail, unavailable_queue, interrupted, output_error
    public var outcome: String
    public var finalTier: String?
    public var confidence: Double?
    public var escalated: Bool
    public var escalationFailed = false
    public var attempts: [Attempt]
    public var totalMs: Double
    public var contentHash: String
    public var shadow: Shadow?
    public var cascadeBreakerTripped: Double?
    public var prompt: String?
    public var answer: String?

    public static func == (a: LogRecord, b: LogRecord) -> Bool {
        a.encoded() == b.encoded()
    }

    public func encoded() -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("time", time)
            w.field("id", id)
            w.field("source", source)
            if let q = queueID { w.field("queue_id", q) }
            if let c = client { w.field("client", c) }
            if let e = endpoint { w.field("endpoint", e) }
            if let t = turns { w.field("turns", t) }
            if let c = conversation { w.field("conversation", c) }
            w.field("task_type", taskType)
            if let k = taskKey { w.field("task_key", k) }
            w.field("sensitivity", sensitivity)
            w.key("evidence"); w.object { w in for e in evidence { w.key(e.type); w.int(e.count) } }
            w.field("consent", consent)
            w.key("decision")
            w.object { w in
                w.field("tier", decisionTier)
                w.field("model", decisionModel)
                w.key("rule"); if let r = rule { w.int(r) } else { w.null() }
                w.key("allowed_tiers"); w.array { w in for t in allowedTiers { w.string(t) } }
            }
            w.field("outcome", outcome)
            w.field("final_tier", finalTier)
            w.key("confidence"); if let c = confidence { w.double(c, digits: 4) } else { w.null() }
            w.field("escalated", escalated)
            if escalationFailed { w.field("escalation_failed", true) }
            w.key("attempts"); w.array { w in for a in attempts { LogRecord.encode(a, &w) } }
            w.field("total_ms", totalMs, digits: 1)
            w.field("content_hash", contentHash)
            if let s = shadow {
                w.key("shadow")
                w.object { w in
                    w.field("tier", s.tier)
                    w.field("model", s.model)
                    w.key("agreement"); if let a = s.agreement { w.double(a, digits: 4) } else { w.null() }
                    w.key("local_confidence"); if let c = s.localConfidence { w.double(c, digits: 4) } else { w.null() }
                    w.field("error", s.error)
                    if let sig = s.signals { w.key("signals"); sig.write(&w) }
                }
            }
            if let rate = cascadeBreakerTripped { w.field("cascade_breaker_tripped", rate, digits: 4) }
            if let p = prompt { w.field("prompt", p) }
            if let a = answer { w.field("answer", a) }
        }
        return w.bytes
    }

    public static func encode(_ a: Attempt, _ w: inout JSONWriter) {
        w.object { w in
            w.field("tier", a.tier)
            w.field("model", a.model)
            w.field("outcome", a.outcome)
            w.field("error", a.errorKind)
            w.key("ttft_ms"); if let t = a.ttftMs { w.double(t, digits: 1) } else { w.null() }
            w.field("total_ms", a.totalMs, digits: 1)
            w.key("input_tokens"); if let t = a.inputTokens { w.int(t) } else { w.null() }
            w.key("output_tokens"); if let t = a.outputTokens { w.int(t) } else { w.null() }
            w.key("confidence"); if let c = a.confidence { w.double(c, digits: 4) } else { w.null() }
            w.key("cost_usd"); if let c = a.costUSD { w.double(c, digits: 8) } else { w.null() }
            if a.confidenceMissing { w.field("confidence_missing", true) }
            if let s = a.signals { w.key("signals"); s.write(&w) }
        }
    }

    /// Reads a line written by `encoded()`; nil when it is not a request record. Numbers out of range are dropped.
    public static func decode(_ v: JSONValue) -> LogRecord? {
        // Only the outcome is required: hand-written or older lines lack the rest, which reads as empty.
        guard case .object = v, let outcome = v["outcome"]?.stringValue else { return nil }
        let time = v["time"]?.stringValue ?? "", id = v["id"]?.stringValue ?? "", sensitivity = v["sensitivity"]?.stringValue ?? ""
        func count(_ x: JSONValue?) -> Int? { serverCount(x) }
        func number(_ x: JSONValue?) -> Double? { x?.numberValue.flatMap { $0.isFinite ? $0 : nil } }
        var evidence: [(type: String, count: Int)] = []
        if case .object(let members)? = v["evidence"] {
            for m in members { if let c = count(m.value) { evidence.append((m.key, c)) } }
        }
        let d = v["decision"]
        var attempts: [Attempt] = []
        for a in v["attempts"]?.arrayValue ?? [] {
            guard let t = a["tier"]?.stringValue, let o = a["outcome"]?.stringValue else { continue }
            var attempt = Attempt(tier: t, model: a["model"]?.stringValue ?? "", outcome: o, errorKind: a["error"]?.stringValue,
                                    ttftMs: number(a["ttft_ms"]), totalMs: number(a["total_ms"]) ?? 0,
                                    inputTokens: count(a["input_tokens"]), outputTokens: count(a["output_tokens"]),
                                    confidence: number(a["confidence"]), costUSD: number(a["cost_usd"]),
                                    confidenceMissing: a["confidence_missing"]?.boolValue ?? false)
            attempt.signals = ConfidenceSignals.decode(a["signals"])
            attempts.append(attempt)
        }
        var shadow: Shadow? = nil
        if let s = v["shadow"], let t = s["tier"]?.stringValue {
            shadow = Shadow(tier: t, model: s["model"]?.stringValue ?? "", agreement: number(s["agreement"]),
                            localConfidence: number(s["local_confidence"]), error: s["error"]?.stringValue,
                            signals: ConfidenceSignals.decode(s["signals"]))
        }
        var r = LogRecord(time: time, id: id, taskType: v["task_type"]?.stringValue, sensitivity: sensitivity,
                              evidence: evidence, consent: v["consent"]?.boolValue ?? false,
                              decisionTier: d?["tier"]?.stringValue, decisionModel: d?["model"]?.stringValue,
                              rule: count(d?["rule"]), allowedTiers: (d?["allowed_tiers"]?.arrayValue ?? []).compactMap(\.stringValue),
                              outcome: outcome, finalTier: v["final_tier"]?.stringValue, confidence: number(v["confidence"]),
                              escalated: v["escalated"]?.boolValue ?? false, attempts: attempts,
                              totalMs: number(v["total_ms"]) ?? 0, contentHash: v["content_hash"]?.stringValue ?? "",
                              shadow: shadow, cascadeBreakerTripped: number(v["cascade_breaker_tripped"]),
                              prompt: v["prompt"]?.stringValue, answer: v["answer"]?.stringValue)
        r.source = v["source"]?.stringValue ?? "ask"
        r.queueID = v["queue_id"]?.stringValue
        r.client = v["client"]?.stringValue
        r.endpoint = v["endpoint"]?.stringValue
        r.turns = serverCount(v["turns"])
        r.conversation = v["conversation"]?.stringValue
        r.taskKey = v["task_key"]?.stringValue
        r.escalationFailed = v["escalation_failed"]?.boolValue ?? false
        return r
    }
}
