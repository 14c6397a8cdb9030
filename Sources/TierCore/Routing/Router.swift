/// Decides where one request goes. Pure: no I/O, no clock, no randomness; the same request,
/// config and health always give the same decision. Privacy is enforced here and only here:
/// the allowed set is computed once, and every later choice (rule, default, forced tier,
/// fallback, escalation) picks from it.
public enum Router {
    /// `explain: false` skips building the reason strings (batch mode's hot path); the decision is otherwise the same.
    /// `memo`, when given, must serve one (config, health) pair only: batch mode keeps one for its whole run.
    public static func decide(_ request: RouteRequest, config: TierConfig, health: TierHealth = .unknown,
                              explain: Bool = true, memo: RouteMemo? = nil) -> RouteDecision {
        var reasons = ReasonLog(enabled: explain)

        // 1. Sensitivity: the scan, raised by a hint, lowered only with consent.
        let texts = request.scannedTexts
        var report = PIIScanner.report(texts)
        // Pasted-text forms (Unicode spaces, full-width, %40, a value split across lines) are scanned too.
        let variants = texts.flatMap(ScanVariants.of)
        if !variants.isEmpty {
            let extra = PIIScanner.report(variants)
            for e in extra.evidence where !report.evidence.contains(where: { $0.type == e.type }) {
                report.evidence.append((e.type, e.count))
            }
            if extra.level > report.level { report.level = extra.level }
        }
        if !config.classify.isEmpty {
            // The config's own detectors and keywords count as scan evidence too.
            var custom: [String: (Int, Sensitivity)] = [:]
            for text in texts {
                for f in PIIScanner.customFindings(text, config.classify) {
                    let c = custom[f.type]?.0 ?? 0
                    custom[f.type] = (c + 1, f.level)
                }
            }
            // The normalized copies add what only they show (a keyword pasted in full-width forms).
            for text in variants {
                for f in PIIScanner.customFindings(text, config.classify) where custom[f.type] == nil {
                    custom[f.type] = (1, f.level)
                }
            }
            for (type, (count, level)) in custom.sorted(by: { $0.key < $1.key }) {
                report.evidence.append((type, count))
                if level > report.level { report.level = level }
            }
        }
        var sensitivity = report.level
        var source = SensitivitySource.scan
        var consent = false
        if report.evidence.isEmpty {
            reasons.add("scan: no personal data or credentials found: \(report.level.name)")
        } else {
            let ev = report.evidence.map { "\($0.type)×\($0.count)" }.joined(separator: " ")
            reasons.add("scan: \(ev): \(report.level.name)")
        }
        if let hint = request.sensitivityHint {
            if hint > report.level {
                sensitivity = hint
                source = .hint
                reasons.add("hint raises sensitivity to \(hint.name)")
            } else if hint < report.level {
                if request.consentToLower {
                    sensitivity = hint
                    source = .consent
                    consent = true
                    reasons.add("hint lowers sensitivity from \(report.level.name) to \(hint.name) by explicit consent (recorded)")
                } else {
                    reasons.add("hint \(hint.name) ignored: the scan found \(report.level.name); lowering it needs --consent")
                }
            }
        }

        if let floor = request.sensitivityFloor, floor > sensitivity {
            sensitivity = floor
            reasons.add(request.floorReason.map { "the conversation is \(floor.name): \($0); every later turn stays \(floor.name)" }
                        ?? "saved sensitivity \(floor.name) is a floor: \(floor.name)")
        }

        // 2. Task type: the caller's, else the heuristic.
        var taskType = request.taskType
        var taskSource = TaskSource.flag
        var taskConfidence = 1.0
        if taskType != nil {
            reasons.add("task: \(taskType!) (given)")
        } else {
            let guess = TaskClassifier.classify(prompt: request.prompt, attachments: request.attachments.map(\.text), explain: explain)
            taskType = guess.taskType
            taskConfidence = guess.confidence
            if let t = guess.taskType {
                taskSource = .heuristic
                reasons.add("task: \(t) (heuristic, confidence \(formatDecimal(guess.confidence, digits: 2)); \(guess.cues.joined(separator: ", ")))")
            } else {
                taskSource = .none
                reasons.add("task: unknown (no cue in the prompt)")
            }
        }

        // 3. The allowed set, by boundary.
        let (allowed, denied) = memo?.policy(sensitivity) ?? policy(sensitivity, config: config)
        memo?.storePolicy(sensitivity, allowed, denied)
        reasons.add(allowed.isEmpty ? "allowed tiers: none" : "allowed tiers: \(allowed.joined(separator: ", "))")
        for d in denied { reasons.add("denied \(d.tier): \(d.reason)") }

        let inputTokens = request.estimatedInputTokens
        var decision = RouteDecision(
            outcome: .refused, tier: nil, boundary: nil, modelRole: nil, model: nil,
            taskType: taskType, taskSource: taskSource, taskConfidence: taskConfidence,
            sensitivity: sensitivity, scannedSensitivity: report.level, sensitivitySource: source,
            evidence: report.evidence, consent: consent, latency: request.latency,
            inputTokens: inputTokens, maxOutputTokens: request.maxOutputTokens,
            ruleIndex: nil, ruleLabel: nil, ruleLine: nil, allowed: allowed, denied: denied,
            escalation: [], fallback: [], allUnavailable: config.fallback.allUnavailable, reasons: [])
        decision.taskKey = PromptShape.taskKey(givenTask: request.taskType, prompt: request.prompt)

        if allowed.isEmpty {
            reasons.add("refused: no configured tier may receive \(sensitivity.name) data")
            decision.reasons = reasons.lines
            return decision
        }

        // 4. The preferred tier: forced, else the first matching rule whose tier is allowed, else the default.
        var preferred: String
        var role = request.modelRole
        var skippedRule: RoutingRule? = nil
        if let forced = request.forcedTier {
            guard allowed.contains(forced) else {
                let why = denied.first { $0.tier == forced }?.reason ?? "no tier named \(forced)"
                reasons.add("refused: --tier \(forced) is not allowed: \(why)")
                decision.reasons = reasons.lines
                return decision
            }
            preferred = forced
            reasons.add("tier forced by --tier: \(forced)")
        } else if let rule = firstRule(request, config: config, taskType: taskType, sensitivity: sensitivity,
                                       inputTokens: inputTokens, allowed: allowed, skipped: &skippedRule, reasons: &reasons) {
            preferred = rule.tier
            if role == nil { role = rule.modelRole }
            decision.ruleIndex = rule.index
            decision.ruleLabel = rule.label
            decision.ruleLine = rule.location.line
            if taskSource == .none, let ts = rule.taskTypes, ts.count == 1 { decision.taskType = ts[0]; decision.taskSource = .rule }
        } else if let skipped = skippedRule {
            // The best matching rule wanted a tier this data may not reach: take the nearest allowed one,
            // so a request that needs a large model gets the largest it may use.
            preferred = nearestAllowed(to: skipped.tier, allowed: allowed, order: config.routing.escalationOrder)
            reasons.add("nearest allowed tier to \(skipped.tier) (wanted by \(skipped.label)): \(preferred)")
        } else if allowed.contains(config.routing.defaultTier) {
            preferred = config.routing.defaultTier
            reasons.add("no rule matched: default tier \(preferred)")
        } else {
            preferred = nearestAllowed(to: config.routing.defaultTier, allowed: allowed, order: config.routing.escalationOrder)
            reasons.add("no rule matched; default tier \(config.routing.defaultTier) is not allowed: nearest allowed tier \(preferred)")
        }

        // 5. Health: an unavailable preferred tier follows the fallback config, within the allowed set.
        let chain = health.states.isEmpty ? allowed : allowed.filter { !health.isUnavailable($0) }
        var chosen = preferred
        if health.isUnavailable(preferred) {
            if case .unavailable(let why) = health.state(preferred) { reasons.add("\(preferred) is unavailable: \(why)") }
            let step = fallbackStep(for: preferred, config: config, allowed: allowed, health: health)
            if let target = step.target {
                chosen = target
                reasons.add("fallback (\(step.key): \(step.action)): \(target)")
            } else {
                let action: FallbackAction = chain.isEmpty ? config.fallback.allUnavailable : step.action
                if chain.isEmpty { reasons.add("every allowed tier is unavailable: \(action) (fallback.all_unavailable)") }
                else { reasons.add("\(step.key) is \(step.action): \(step.note ?? "")") }
                decision.outcome = .unavailable(action == .next ? .fail : action)
                decision.reasons = reasons.lines
                return decision
            }
        }

        // 6. The model, the escalation chain and the fallback plan.
        let tier = config.tier(named: chosen)!
        let (modelRole, modelReason) = pickRole(tier: tier, requested: role, taskType: decision.taskType)
        if let r = modelReason { reasons.add(r) }
        decision.outcome = .route
        decision.tier = chosen
        decision.boundary = tier.boundary
        decision.modelRole = modelRole
        decision.model = tier.modelID(role: modelRole)

        let tailKey = RouteMemo.TailKey(sensitivity: sensitivity, tier: chosen, role: modelRole, taskType: decision.taskType)
        if let memo, let tail = memo.tail(tailKey) {
            decision.escalation = tail.escalation
            decision.fallback = tail.fallback
        } else {
            (decision.escalation, decision.fallback) = plan(chosen: chosen, modelRole: modelRole, taskType: decision.taskType,
                                                            chain: chain, allowed: allowed, config: config, health: health)
            memo?.storeTail(tailKey, (decision.escalation, decision.fallback))
        }
        reasons.add("escalation order: \(decision.escalation.map(\.tier).joined(separator: " -> ")) (threshold \(formatDecimal(config.routing.threshold(for: decision.taskType ?? ""), digits: 3)))")
        reasons.add("route: \(chosen)/\(decision.model ?? "?")")
        decision.reasons = reasons.lines
        return decision
    }

    /// The escalation chain from the chosen tier up, and the fallback for each of its tiers.
    static func plan(chosen: String, modelRole: String, taskType: String?, chain: [String], allowed: [String],
                     config: TierConfig, health: TierHealth) -> ([EscalationStep], [FallbackStep]) {
        let order = config.routing.escalationOrder
        var escalation: [EscalationStep] = []
        if let start = order.firstIndex(of: chosen) {
            for name in order[start...] where chain.contains(name) {
                let t = config.tier(named: name)!
                let r = name == chosen ? modelRole : pickRole(tier: t, requested: nil, taskType: taskType).0
                escalation.append(EscalationStep(tier: name, modelRole: r, model: t.modelID(role: r) ?? ""))
            }
        }
        return (escalation, escalation.map { fallbackStep(for: $0.tier, config: config, allowed: allowed, health: health) })
    }

    /// DESIGN.md's policy for one sensitivity level: the allowed tiers in escalation order, and why the rest are not.
    public static func policy(_ sensitivity: Sensitivity, config: TierConfig) -> (allowed: [String], denied: [(tier: String, reason: String)]) {
        var allowed: [String] = []
        var denied: [(tier: String, reason: String)] = []
        for name in config.routing.escalationOrder {
            guard let t = config.tier(named: name) else { continue }
            if sensitivity <= t.maxSensitivity {
                allowed.append(name)
            } else if let o = t.maxSensitivityOverride {
                denied.append((name, "\(sensitivity.name) data may not go to \(name): its max_sensitivity is \(o.name)"))
            } else {
                denied.append((name, "\(sensitivity.name) data may not cross the \(t.boundary.rawValue) boundary"))
            }
        }
        return (allowed, denied)
    }

    static func firstRule(_ request: RouteRequest, config: TierConfig, taskType: String?, sensitivity: Sensitivity,
                          inputTokens: Int, allowed: [String], skipped: inout RoutingRule?,
                          reasons: inout ReasonLog) -> RoutingRule? {
        for rule in config.routing.rules {
            if let ts = rule.taskTypes {
                guard let t = taskType, ts.contains(t) else { continue }
            }
            if let ss = rule.sensitivities, !ss.contains(sensitivity) { continue }
            if let ls = rule.latencies, !ls.contains(request.latency) { continue }
            if let max = rule.maxInputTokens, inputTokens > max { continue }
            if let kws = rule.keywords, !containsAnyKeyword(request.prompt, kws) { continue }
            if let re = rule.regex, !re.matches(request.prompt) { continue }
            if !allowed.contains(rule.tier) {
                reasons.add("\(rule.label) (line \(rule.location.line)) matched but wants \(rule.tier), which may not receive \(sensitivity.name) data: skipped")
                if skipped == nil { skipped = rule }
                continue
            }
            reasons.add("\(rule.label) (line \(rule.location.line)) matched: \(describe(rule))")
            return rule
        }
        return nil
    }

    static func describe(_ rule: RoutingRule) -> String {
        var parts: [String] = []
        if let t = rule.taskTypes { parts.append("task_type \(t.joined(separator: "|"))") }
        if let s = rule.sensitivities { parts.append("data_sensitivity \(s.map(\.name).joined(separator: "|"))") }
        if let l = rule.latencies { parts.append("latency \(l.map(\.rawValue).joined(separator: "|"))") }
        if let k = rule.keywords { parts.append("match \(k.joined(separator: "|"))") }
        if let r = rule.regex { parts.append("regex \(r.pattern)") }
        if let m = rule.maxInputTokens { parts.append("max_input_tokens \(m)") }
        let cond = parts.isEmpty ? "always" : parts.joined(separator: ", ")
        return "\(cond) -> \(rule.tier)" + (rule.modelRole.map { "/\($0)" } ?? "")
    }

    /// Case-insensitive (ASCII) substring search for any keyword; keywords are already lower-cased.
    static func containsAnyKeyword(_ text: String, _ keywords: [String]) -> Bool {
        var t = text
        return t.withUTF8 { s -> Bool in
            for k in keywords {
                let kb = Array(k.utf8)
                guard let first = kb.first, kb.count <= s.count else { continue }
                var i = 0
                let last = s.count - kb.count
                while i <= last {
                    if ASCII.lower(s[i]) == first {
                        var j = 1
                        while j < kb.count, ASCII.lower(s[i + j]) == kb[j] { j += 1 }
                        if j == kb.count { return true }
                    }
                    i += 1
                }
            }
            return false
        }
    }

    /// The allowed tier closest to `name` in the escalation order, preferring the more private side.
    static func nearestAllowed(to name: String, allowed: [String], order: [String]) -> String {
        guard let idx = order.firstIndex(of: name) else { return allowed[0] }
        var i = idx
        while i >= 0 { if allowed.contains(order[i]) { return order[i] }; i -= 1 }
        i = idx
        while i < order.count { if allowed.contains(order[i]) { return order[i] }; i += 1 }
        return allowed[0]
    }

    /// Model role: the one asked for, else the best role for the task, else the tier's first.
    static func pickRole(tier: TierSpec, requested: String?, taskType: String?) -> (String, String?) {
        if let r = requested {
            if tier.modelID(role: r) != nil { return (r, nil) }
            let fallback = pickRole(tier: tier, requested: nil, taskType: taskType).0
            return (fallback, "tier \(tier.name) has no model role '\(r)': using \(fallback)")
        }
        let preferences: [String]
        switch taskType {
        case "message_classification", "routing", "formatting": preferences = ["fast", "general", "default"]
        case "code": preferences = ["code", "general", "default"]
        case "complex_reasoning": preferences = ["frontier", "reasoning", "default", "general"]
        default: preferences = ["general", "default", "fast"]
        }
        for p in preferences where tier.modelID(role: p) != nil { return (p, nil) }
        return (tier.models[0].role, nil)
    }

    /// On the device a failure is `local_unavailable`; off it, `cloud_unavailable`.
    static func fallbackStep(for name: String, config: TierConfig, allowed: [String], health: TierHealth) -> FallbackStep {
        let tier = config.tier(named: name)!
        let isLocal = tier.boundary == .device
        let key = isLocal ? "fallback.local_unavailable" : "fallback.cloud_unavailable"
        let action = isLocal ? config.fallback.localUnavailable : config.fallback.cloudUnavailable
        let usable = allowed.filter { $0 != name && !health.isUnavailable($0) }
        switch action {
        case .tier(let target):
            if target == name {
                return FallbackStep(tier: name, key: key, action: action, target: nil, note: "falls back to itself")
            }
            if usable.contains(target) { return FallbackStep(tier: name, key: key, action: action, target: target, note: nil) }
            if !allowed.contains(target) {
                // Never widen the allowed set: try the next allowed tier instead.
                let next = nextUsable(after: name, usable: usable, order: config.routing.escalationOrder)
                return FallbackStep(tier: name, key: key, action: action, target: next,
                                    note: "\(target) may not receive this data" + (next.map { "; next allowed: \($0)" } ?? ""))
            }
            let next = nextUsable(after: name, usable: usable, order: config.routing.escalationOrder)
            return FallbackStep(tier: name, key: key, action: action, target: next, note: "\(target) is unavailable")
        case .next:
            return FallbackStep(tier: name, key: key, action: action,
                                target: nextUsable(after: name, usable: usable, order: config.routing.escalationOrder), note: nil)
        case .queue, .fail:
            return FallbackStep(tier: name, key: key, action: action, target: nil, note: action == .queue ? "the request is queued" : "the request fails")
        }
    }

    static func nextUsable(after name: String, usable: [String], order: [String]) -> String? {
        guard let idx = order.firstIndex(of: name) else { return usable.first }
        for t in order[(idx + 1)...] where usable.contains(t) { return t }
        for t in order[..<idx].reversed() where usable.contains(t) { return t }
        return nil
    }
}

/// The chain of reasons; strings are only built when someone will read them.
struct ReasonLog {
    let enabled: Bool
    var lines: [String] = []

    init(enabled: Bool) { self.enabled = enabled }

    @inline(__always)
    mutating func add(_ line: @autoclosure () -> String) {
        if enabled { lines.append(line()) }
    }
}

/// Parts of a decision that depend only on (sensitivity, chosen tier, model role, task type) for a fixed
/// config and health. Batch routing keeps one for its run, so each combination is planned once.
/// Not thread-safe: one memo per routing loop.
public final class RouteMemo {
    struct TailKey: Hashable {
        var sensitivity: Sensitivity
        var tier: String
        var role: String
        var taskType: String?
    }

    private var policies: [[String]?] = Array(repeating: nil, count: Sensitivity.allCases.count)
    private var denials: [[(tier: String, reason: String)]] = Array(repeating: [], count: Sensitivity.allCases.count)
    private var tails: [TailKey: ([EscalationStep], [FallbackStep])] = [:]

    public init() {}

    func policy(_ s: Sensitivity) -> ([String], [(tier: String, reason: String)])? {
        guard let a = policies[s.rawValue] else { return nil }
        return (a, denials[s.rawValue])
    }

    func storePolicy(_ s: Sensitivity, _ allowed: [String], _ denied: [(tier: String, reason: String)]) {
        if policies[s.rawValue] == nil {
            policies[s.rawValue] = allowed
            denials[s.rawValue] = denied
        }
    }

    func tail(_ k: TailKey) -> (escalation: [EscalationStep], fallback: [FallbackStep])? {
        tails[k].map { ($0.0, $0.1) }
    }

    func storeTail(_ k: TailKey, _ v: ([EscalationStep], [FallbackStep])) { tails[k] = v }
}
