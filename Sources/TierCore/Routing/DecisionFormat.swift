/// Renders a decision: the compact line, the explanation, and JSON.
public enum DecisionFormat {
    public static func compact(_ d: RouteDecision) -> String {
        var s: String
        switch d.outcome {
        case .route: s = "\(d.tier ?? "?")/\(d.model ?? "?")"
        case .refused: s = "refused"
        case .unavailable(let a): s = "unavailable(\(a))"
        }
        s += "  task=\(d.taskType ?? "unknown")  sensitivity=\(d.sensitivity.name)"
        s += "  rule=\(d.ruleIndex.map(String.init) ?? "default")"
        return s
    }

    public static func explain(_ d: RouteDecision) -> String {
        var out = ""
        switch d.outcome {
        case .route:
            out += "route:        \(d.tier!)/\(d.model ?? "?") (model role \(d.modelRole ?? "?"), boundary \(d.boundary?.rawValue ?? "?"))\n"
        case .refused:
            out += "route:        refused: no allowed tier can take this request\n"
        case .unavailable(let a):
            out += "route:        every allowed tier is unavailable: \(a)\n"
        }
        let taskHow: String
        switch d.taskSource {
        case .flag: taskHow = "given"
        case .rule: taskHow = "from the rule"
        case .heuristic: taskHow = "heuristic, confidence \(formatDecimal(d.taskConfidence, digits: 2))"
        case .none: taskHow = "no cue"
        }
        out += "task:         \(d.taskType ?? "unknown") (\(taskHow))\n"
        var sens = "\(d.sensitivity.name) (\(d.sensitivitySource.rawValue)"
        if !d.evidence.isEmpty { sens += ": " + d.evidence.map { "\($0.type)×\($0.count)" }.joined(separator: " ") }
        sens += d.consent ? "; lowered from \(d.scannedSensitivity.name) by consent)" : ")"
        out += "sensitivity:  \(sens)\n"
        out += "latency:      \(d.latency.rawValue), ~\(d.inputTokens) input tokens"
        if let m = d.maxOutputTokens { out += ", at most \(m) output tokens" }
        out += "\n"
        out += "rule:         " + (d.ruleLabel.map { "\($0) (line \(d.ruleLine ?? 0))" } ?? "none (default)") + "\n"
        out += "allowed:      " + (d.allowed.isEmpty ? "none" : d.allowed.joined(separator: ", ")) + "\n"
        for x in d.denied { out += "denied:       \(x.tier): \(x.reason)\n" }
        if !d.escalation.isEmpty {
            out += "escalation:   " + d.escalation.map { "\($0.tier)/\($0.model)" }.joined(separator: " -> ") + "\n"
        }
        for f in d.fallback {
            var line = "if \(f.tier) is down: "
            if let t = f.target { line += t }
            else if case .tier = f.action { line += "no allowed tier left, so fallback.all_unavailable (\(d.allUnavailable))" }
            else { line += f.action.description }
            line += " (\(f.key): \(f.action))"
            if let n = f.note { line += "; \(n)" }
            out += "fallback:     \(line)\n"
        }
        if d.outcome == .route { out += "fallback:     if every allowed tier is down: \(d.allUnavailable) (fallback.all_unavailable)\n" }
        out += "why:\n"
        for (i, r) in d.reasons.enumerated() { out += "  \(i + 1). \(r)\n" }
        return out
    }

    public static func outcomeName(_ o: RouteOutcome) -> String {
        switch o {
        case .route: return "route"
        case .refused: return "refused"
        case .unavailable: return "unavailable"
        }
    }

    /// One JSON object. `id` is echoed back in batch mode.
    /// `tails`, when given, must serve one (config, health) pair: batch mode keeps one for its run.
    public static func json(_ d: RouteDecision, id: JSONValue? = nil, reasons: Bool = true, tails: JSONTailCache? = nil,
                            into w: inout JSONWriter) {
        w.object { w in
            if let id { w.key("id"); w.value(id) }
            w.field("outcome", outcomeName(d.outcome))
            if case .unavailable(let a) = d.outcome { w.field("action", a.description) }
            w.field("tier", d.tier)
            w.field("model", d.model)
            w.field("model_role", d.modelRole)
            w.field("boundary", d.boundary?.rawValue)
            w.field("task_type", d.taskType)
            w.field("task_source", d.taskSource.rawValue)
            w.field("task_confidence", d.taskConfidence, digits: 2)
            w.field("task_key", d.taskKey)
            w.field("sensitivity", d.sensitivity.name)
            w.field("sensitivity_source", d.sensitivitySource.rawValue)
            w.field("scanned_sensitivity", d.scannedSensitivity.name)
            w.key("evidence")
            w.object { w in for e in d.evidence { w.key(e.type); w.int(e.count) } }
            w.field("consent", d.consent)
            w.field("latency", d.latency.rawValue)
            w.field("input_tokens", d.inputTokens)
            if let r = d.ruleIndex {
                w.key("rule")
                w.object { w in
                    w.field("index", r)
                    if let l = d.ruleLine { w.field("line", l) }
                    w.field("label", d.ruleLabel)
                }
            } else {
                w.key("rule"); w.null()
            }
            // The plan part is the same for every decision with the same key: written once, then copied.
            let key = JSONTailCache.Key(sensitivity: d.sensitivity, outcome: outcomeName(d.outcome), tier: d.tier ?? "",
                                        role: d.modelRole ?? "", taskType: d.taskType ?? "")
            if let tails, let cached = tails.bytes[key] {
                w.appendRawMembers(cached)
            } else {
                let start = w.buffer.count
                planMembers(d, into: &w)
                if let tails { tails.bytes[key] = w.buffer.suffix(from: start) }
            }
            if reasons {
                w.key("reasons")
                w.array { w in for r in d.reasons { w.string(r) } }
            }
        }
    }

    static func planMembers(_ d: RouteDecision, into w: inout JSONWriter) {
            w.key("allowed_tiers")
            w.array { w in for t in d.allowed { w.string(t) } }
            w.key("denied_tiers")
            w.object { w in for x in d.denied { w.key(x.tier); w.string(x.reason) } }
            w.key("escalation")
            w.array { w in
                for s in d.escalation {
                    w.object { w in w.field("tier", s.tier); w.field("model", s.model); w.field("model_role", s.modelRole) }
                }
            }
            w.key("fallback")
            w.array { w in
                for f in d.fallback {
                    w.object { w in
                        w.field("tier", f.tier)
                        w.field("key", f.key)
                        w.field("action", f.action.description)
                        w.field("target", f.target)
                        if let n = f.note { w.field("note", n) }
                    }
                }
            }
            w.field("all_unavailable", d.allUnavailable.description)
    }
}

/// Serialized plan members (allowed and denied tiers, escalation, fallback) by what determines them.
public final class JSONTailCache {
    struct Key: Hashable {
        var sensitivity: Sensitivity
        var outcome: String
        var tier: String
        var role: String
        var taskType: String
    }

    var bytes: [Key: [UInt8]] = [:]

    public init() {}
}
