#if canImport(Glibc)
import Glibc
#endif

/// YAML -> validated `TierConfig`. Reports every problem it finds, each at its line and column.
public enum ConfigLoader {
    public static let topLevelKeys = ["tiers", "routing", "fallback", "pricing", "log", "classify", "serve", "state"]
    public static let stateKeys = ["backend", "url", "password_env", "prefix", "timeout"]
    public static let serveKeys = ["listen", "keys", "key_file", "max_body_bytes", "max_messages", "grace_period"]
    public static let clientKeyKeys = ["name", "sha256", "requests_per_minute", "monthly_budget_usd"]
    public static let classifyKeys = ["detectors", "paths", "keywords"]
    public static let detectorKeys = ["name", "regex", "sensitivity"]
    public static let logKeys = ["path", "content"]
    public static let tierKeys = ["provider", "endpoint", "boundary", "models", "api_key_env", "api_key_file",
                                  "health_check_interval", "rate_limit_buffer", "timeouts", "max_sensitivity",
                                  "failure_threshold", "cooldown", "proxy", "keep_alive",
                                  "context_window", "long_history"]
    public static let routingKeys = ["default_tier", "escalation_threshold", "escalation_order", "rules", "confidence",
                                     "shadow_rate", "shadow_tier", "cascade_breaker", "task_thresholds", "no_confidence"]
    public static let breakerKeys = ["max_escalation_rate", "window", "action"]
    public static let confidenceKeys = ["quantile", "quantile_weight", "margin_weight", "hedge_penalty", "truncation_penalty", "calibration",
                                        "model", "samples", "sample_temperature"]
    static let confidenceModelKeys = ["signals", "fill", "pooled", "tasks"]
    static let confidenceGroupKeys = ["bias", "weights", "offsets", "map"]
    public static let ruleKeys = ["name", "task_type", "data_sensitivity", "latency", "match", "regex",
                                  "max_input_tokens", "tier", "model"]
    public static let fallbackKeys = ["local_unavailable", "cloud_unavailable", "all_unavailable"]
    public static let timeoutKeys = ["connect", "first_token", "idle", "total"]
    public static let priceKeys = ["input", "output", "cached_input"]

    /// Works with no file at all: a local Ollama and an Anthropic cloud tier.
    public static let embeddedDefaultYAML = """
        # tier's embedded default: used when no config file is found.
        tiers:
          local:
            provider: ollama
            endpoint: http://127.0.0.1:11434
            models:
              general: llama3.2:3b
          cloud:
            provider: anthropic
            endpoint: https://api.anthropic.com
            boundary: external
            api_key_env: ANTHROPIC_API_KEY
            models:
              default: claude-sonnet-4-5
        routing:
          default_tier: local
          escalation_threshold: 0.8
        fallback:
          local_unavailable: cloud
          cloud_unavailable: local
          all_unavailable: fail

        """

    /// Finds the config: `--config`, then `$TIER_CONFIG`, then `$XDG_CONFIG_HOME/tier/config.yaml`, then the default.
    public static func locate(flag: String?, env: (String) -> String? = System.env,
                              exists: (String) -> Bool = System.fileExists) -> ConfigSource {
        if let f = flag, !f.isEmpty { return .flag(f) }
        if let e = env("TIER_CONFIG"), !e.isEmpty { return .environment(e) }
        let base: String
        if let x = env("XDG_CONFIG_HOME"), x.hasPrefix("/") { base = x }
        else { base = (env("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? System.homeDirectory) + "/.config" }
        let path = base + "/tier/config.yaml"
        return exists(path) ? .xdg(path) : .embedded
    }

    /// Locates and loads the effective config.
    public static func loadEffective(flag: String?) throws(TierError) -> TierConfig {
        try load(source: locate(flag: flag))
    }

    public static func load(source: ConfigSource) throws(TierError) -> TierConfig {
        guard let path = source.path else {
            return try load(bytes: Array(embeddedDefaultYAML.utf8), file: "<embedded>", source: .embedded)
        }
        let bytes: [UInt8]
        do { bytes = try System.readFile(path, limit: System.ReadLimit.config, regularOnly: true) } catch {
            if case .io(_, let message) = error {
                throw .config([Diagnostic(file: path, line: 1, column: 1, message: "cannot read the config: \(message)")])
            }
            throw error
        }
        return try load(bytes: bytes, file: path, source: source)
    }

    public static func load(bytes: [UInt8], file: String, source: ConfigSource) throws(TierError) -> TierConfig {
        let parsed = YAMLReader.parse(bytes, file: file)
        var v = Validator(file: file)
        v.diagnostics = parsed.diagnostics
        guard let root = parsed.root else { throw .config(v.diagnostics) }
        let config = v.build(root, source: source)
        if let config, v.diagnostics.isEmpty {
            var c = config
            c.warnings = v.warnings
            return c
        }
        throw .config(v.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
    }
}

private struct Validator {
    let file: String
    var diagnostics: [Diagnostic] = []
    var warnings: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func error(_ node: YAMLNode, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: node.line, column: node.column, message: message))
    }

    mutating func warn(_ node: YAMLNode, _ message: String) {
        warnings.append(Diagnostic(file: file, line: node.line, column: node.column, message: message))
    }

    // MARK: typed accessors; each reports a wrong type at the value and returns nil

    mutating func mapping(_ node: YAMLNode, _ what: String) -> [YAMLPair]? {
        if case .mapping(let pairs) = node.content { return pairs }
        error(node, "'\(what)' must be a mapping, found \(node.kindName)")
        return nil
    }

    /// Checks keys against the allowed set; returns the pairs keyed by name.
    mutating func fields(_ pairs: [YAMLPair], allowed: [String], in context: String) -> [String: YAMLPair] {
        var out: [String: YAMLPair] = [:]
        for p in pairs {
            guard let k = p.key.scalar else {
                error(p.key, "keys in '\(context)' must be plain names, found \(p.key.kindName)")
                continue
            }
            if allowed.contains(k) {
                out[k] = p
            } else if k == "api_key" {
                error(p.key, "'api_key' is not read from the config, so keys never sit in files others can read; set 'api_key_env' (an environment variable's name) or 'api_key_file'")
            } else {
                var m = "unknown key '\(k)' in '\(context)'"
                if let s = closestMatch(k, in: allowed) { m += "; did you mean '\(s)'?" }
                else { m += " (expected one of: \(allowed.joined(separator: ", ")))" }
                error(p.key, m)
            }
        }
        return out
    }

    mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        guard case .scalar(let s, _) = node.content else {
            error(node, "'\(what)' must be a string, found \(node.kindName)")
            return nil
        }
        if node.isNull || s.isEmpty {
            error(node, "'\(what)' must not be empty")
            return nil
        }
        return s
    }

    /// `routing.confidence.calibration`: a list of [raw, calibrated] pairs, both rising, in [0, 1].
    mutating func calibrationMap(_ node: YAMLNode) -> [CalibrationKnot] {
        let what = "routing.confidence.calibration"
        guard case .sequence(let items) = node.content else {
            error(node, "'\(what)' must be a list of [raw, calibrated] pairs, found \(node.kindName)")
            return []
        }
        var knots: [CalibrationKnot] = []
        for item in items {
            guard case .sequence(let pair) = item.content, pair.count == 2,
                  let x = number(pair[0], what), let y = number(pair[1], what) else {
                if case .sequence(let p) = item.content, p.count == 2 { return [] }
                error(item, "each entry of '\(what)' must be a pair [raw, calibrated]")
                return []
            }
            guard (0...1).contains(x), (0...1).contains(y) else { error(item, "'\(what)' values must be between 0 and 1"); return [] }
            if let last = knots.last, x < last.raw || y < last.calibrated {
                error(item, "'\(what)' must rise: each pair at or above the one before")
                return []
            }
            knots.append(CalibrationKnot(raw: x, calibrated: y))
        }
        return knots
    }

    /// `routing.confidence.model`, as `tier calibrate --fit combined --write` stores it (see `ConfidenceModel`).
    mutating func confidenceModel(_ node: YAMLNode) -> ConfidenceModel? {
        let what = "routing.confidence.model"
        guard let pairs = mapping(node, what) else { return nil }
        let f = fields(pairs, allowed: ConfigLoader.confidenceModelKeys, in: what)
        guard let sn = f["signals"], let names = stringList(sn.value, what + ".signals") else { error(node, "'\(what)' needs 'signals'"); return nil }
        var signals: [Signal] = []
        for (name, n) in names {
            guard let s = Signal(rawValue: name) else {
                error(n, "unknown signal '\(name)' in '\(what).signals' (known: \(Signal.allCases.map(\.rawValue).joined(separator: ", ")))")
                return nil
            }
            signals.append(s)
        }
        func numbers(_ node: YAMLNode, _ w: String) -> [Double]? {
            guard case .sequence(let items) = node.content, items.count == signals.count else {
                error(node, "'\(w)' must be a list of \(signals.count) numbers, one per signal"); return nil
            }
            var out: [Double] = []
            for i in items { guard let x = number(i, w), abs(x) <= 1e6 else { if number(i, w) != nil { error(i, "'\(w)' values must be at most 1e6 in size") }; return nil }; out.append(x) }
            return out
        }
        guard let fn = f["fill"], let fill = numbers(fn.value, what + ".fill") else { if f["fill"] == nil { error(node, "'\(what)' needs 'fill'") }; return nil }
        func group(_ node: YAMLNode, _ w: String, offsetsAllowed: Bool) -> ConfidenceModel.Group? {
            guard let ps = mapping(node, w) else { return nil }
            let g = fields(ps, allowed: ConfigLoader.confidenceGroupKeys, in: w)
            guard let b = g["bias"], let bias = number(b.value, w + ".bias"), abs(bias) <= 1e6 else { if g["bias"] == nil { error(node, "'\(w)' needs 'bias'") }; return nil }
            guard let wn = g["weights"], let weights = numbers(wn.value, w + ".weights") else { if g["weights"] == nil { error(node, "'\(w)' needs 'weights'") }; return nil }
            var out = ConfidenceModel.Group(bias: bias, weights: weights)
            if let o = g["offsets"] {
                guard offsetsAllowed else { error(o.key, "'\(w)' cannot have offsets (only the pooled model has them)"); return nil }
                guard let ops = mapping(o.value, w + ".offsets") else { return nil }
                for p in ops {
                    guard let k = p.key.scalar, let x = number(p.value, w + ".offsets." + k), abs(x) <= 1e6 else { return nil }
                    out.offsets[k] = x
                }
            }
            if let m = g["map"] {
                let before = diagnostics.count
                out.map = calibrationMap(m.value)
                if diagnostics.count != before { return nil }
            }
            return out
        }
        guard let pn = f["pooled"], let pooled = group(pn.value, what + ".pooled", offsetsAllowed: true) else { if f["pooled"] == nil { error(node, "'\(what)' needs 'pooled'") }; return nil }
        var tasks: [String: ConfidenceModel.Group] = [:]
        if let tn = f["tasks"], let tps = mapping(tn.value, what + ".tasks") {
            for p in tps {
                guard let k = p.key.scalar, !k.isEmpty else { error(p.key, "a task model must be named by a task type"); return nil }
                guard let g = group(p.value, what + ".tasks." + k, offsetsAllowed: false) else { return nil }
                tasks[k] = g
            }
        }
        return ConfidenceModel(signals: signals, fill: fill, pooled: pooled, tasks: tasks)
    }

    mutating func number(_ node: YAMLNode, _ what: String) -> Double? {
        guard case .scalar(let s, _) = node.content, !node.isNull, let d = Double(s), d.isFinite else {
            error(node, "'\(what)' must be a number, found \(describe(node))")
            return nil
        }
        return d
    }

    mutating func integer(_ node: YAMLNode, _ what: String) -> Int? {
        guard case .scalar(let s, _) = node.content, !node.isNull, let n = Int(s) else {
            error(node, "'\(what)' must be a whole number, found \(describe(node))")
            return nil
        }
        return n
    }

    mutating func duration(_ node: YAMLNode, _ what: String) -> DurationValue? {
        guard let s = string(node, what) else { return nil }
        switch DurationValue.parseChecked(s) {
        case .success(let d):
            if d.milliseconds == 0 { error(node, "'\(what)' must be longer than zero"); return nil }
            return d
        case .failure(.tooLong):
            error(node, "'\(what)': '\(s.count > 40 ? s.prefix(40) + "…" : s)' is longer than the maximum, \(DurationValue(milliseconds: DurationValue.maxMilliseconds))")
            return nil
        case .failure(.notADuration):
            break
        }
        if Double(s) != nil {
            error(node, "'\(what)': '\(s)' needs a unit: ms, s, m or h (for example 30s)")
        } else {
            error(node, "'\(what)': '\(s)' is not a duration (use forms like 500ms, 30s, 2m, 1h, 1m30s)")
        }
        return nil
    }

    /// A scalar or a list of scalars.
    mutating func stringList(_ node: YAMLNode, _ what: String) -> [(String, YAMLNode)]? {
        switch node.content {
        case .scalar:
            guard let s = string(node, what) else { return nil }
            return [(s, node)]
        case .sequence(let items):
            if items.isEmpty { error(node, "'\(what)' must not be an empty list"); return nil }
            var out: [(String, YAMLNode)] = []
            for item in items {
                if let s = string(item, what) { out.append((s, item)) }
            }
            return out.count == items.count ? out : nil
        case .mapping:
            error(node, "'\(what)' must be a string or a list of strings, found a mapping")
            return nil
        }
    }

    func describe(_ node: YAMLNode) -> String {
        if case .scalar(let s, _) = node.content, !node.isNull { return "'\(s)'" }
        return node.kindName
    }

    mutating func choice<T>(_ node: YAMLNode, _ what: String, _ parse: (String) -> T?, _ names: [String]) -> T? {
        guard let s = string(node, what) else { return nil }
        if let v = parse(s) { return v }
        var m = "'\(what)': unknown value '\(s)'"
        if let c = closestMatch(s, in: names) { m += "; did you mean '\(c)'?" }
        m += " (expected one of: \(names.joined(separator: ", ")))"
        error(node, m)
        return nil
    }

    // MARK: the schema

    mutating func build(_ root: YAMLNode, source: ConfigSource) -> TierConfig? {
        guard let top = mapping(root, "the config") else { return nil }
        let f = fields(top, allowed: ConfigLoader.topLevelKeys, in: "the config")

        var tiers: [TierSpec] = []
        if let t = f["tiers"] {
            if let pairs = mapping(t.value, "tiers") {
                if pairs.isEmpty { error(t.value, "'tiers' must define at least one tier") }
                for p in pairs {
                    guard let name = p.key.scalar, !name.isEmpty else {
                        error(p.key, "a tier name must be a plain string")
                        continue
                    }
                    if let spec = tierSpec(name: name, p.value, keyNode: p.key) { tiers.append(spec) }
                }
            }
        } else {
            diagnostics.append(Diagnostic(file: file, line: root.line, column: root.column,
                                          message: "the config defines no 'tiers'; at least one tier is needed"))
        }
        // Names and roles as declared, even for tiers that failed validation, so a rule naming one
        // is not also reported as naming an unknown tier.
        var declared: [(name: String, roles: [String])] = []
        if let t = f["tiers"], case .mapping(let pairs) = t.value.content {
            for p in pairs {
                guard let name = p.key.scalar else { continue }
                var roles: [String] = []
                if case .mapping(let tp) = p.value.content,
                   let m = tp.first(where: { $0.key.scalar == "models" }), case .mapping(let mp) = m.value.content {
                    roles = mp.compactMap { $0.key.scalar }
                }
                declared.append((name, roles))
            }
        }
        let tierNames = declared.map(\.name)

        var routing = RoutingConfig(defaultTier: "", escalationThreshold: 0.8, escalationOrder: [],
                                    escalationOrderIsExplicit: false, rules: [], confidence: ConfidenceSettings(),
                                    shadowRate: 0, shadowTier: nil, cascadeBreaker: CascadeBreakerSettings())
        var defaultTierNode: YAMLNode? = nil
        var shadowTierNode: YAMLNode? = nil
        if let r = f["routing"], let pairs = mapping(r.value, "routing") {
            let rf = fields(pairs, allowed: ConfigLoader.routingKeys, in: "routing")
            if let d = rf["default_tier"], let name = string(d.value, "routing.default_tier") {
                defaultTierNode = d.value
                routing.defaultTier = name
            }
            if let t = rf["escalation_threshold"], let x = number(t.value, "routing.escalation_threshold") {
                if x < 0 || x > 1 {
                    error(t.value, "'routing.escalation_threshold' must be between 0 and 1, found \(describe(t.value))")
                } else {
                    routing.escalationThreshold = x
                }
            }
            if let o = rf["escalation_order"], let list = stringList(o.value, "routing.escalation_order") {
                var seen: Set<String> = []
                for (name, node) in list {
                    if !seen.insert(name).inserted { error(node, "tier '\(name)' appears twice in 'routing.escalation_order'") }
                    else if !tierNames.contains(name) { unknownTier(node, name, tierNames, "routing.escalation_order") }
                }
                routing.escalationOrder = list.map(\.0)
                routing.escalationOrderIsExplicit = true
            }
            if let n = rf["no_confidence"], let v = choice(n.value, "routing.no_confidence", { ["accept", "escalate"].contains($0) ? $0 : nil }, ["accept", "escalate"]) {
                routing.escalateWithoutConfidence = v == "escalate"
            }
            if let r = rf["shadow_rate"], let x = number(r.value, "routing.shadow_rate") {
                if x < 0 || x > 1 { error(r.value, "'routing.shadow_rate' must be between 0 and 1, found \(describe(r.value))") }
                else { routing.shadowRate = x }
            }
            if let t = rf["shadow_tier"], let name = string(t.value, "routing.shadow_tier") {
                shadowTierNode = t.value
                routing.shadowTier = name
            }
            if let b = rf["cascade_breaker"], let pairs = mapping(b.value, "routing.cascade_breaker") {
                let bf = fields(pairs, allowed: ConfigLoader.breakerKeys, in: "routing.cascade_breaker")
                if let m = bf["max_escalation_rate"], let x = number(m.value, "routing.cascade_breaker.max_escalation_rate") {
                    if x <= 0 || x > 1 { error(m.value, "'routing.cascade_breaker.max_escalation_rate' must be more than 0 and at most 1") }
                    else { routing.cascadeBreaker.maxEscalationRate = x }
                }
                if let w = bf["window"], let n = integer(w.value, "routing.cascade_breaker.window") {
                    if n < 2 || n > 10_000 { error(w.value, "'routing.cascade_breaker.window' must be from 2 to 10000") }
                    else { routing.cascadeBreaker.window = n }
                }
                if let a = bf["action"], let v = choice(a.value, "routing.cascade_breaker.action", { ["warn", "skip_local"].contains($0) ? $0 : nil }, ["warn", "skip_local"]) {
                    routing.cascadeBreaker.skipLocal = v == "skip_local"
                }
            }
            if let c = rf["confidence"], let pairs = mapping(c.value, "routing.confidence") {
                let cf = fields(pairs, allowed: ConfigLoader.confidenceKeys, in: "routing.confidence")
                if let m = cf["calibration"] { routing.confidence.calibration = calibrationMap(m.value) }
                if let m = cf["model"] { routing.confidence.model = confidenceModel(m.value) }
                if let m = cf["samples"], let k = integer(m.value, "routing.confidence.samples") {
                    if k < 0 || k > 20 { error(m.value, "'routing.confidence.samples' must be from 0 to 20") } else { routing.confidence.samples = k }
                }
                if let m = cf["sample_temperature"], let x = number(m.value, "routing.confidence.sample_temperature") {
                    if x < 0 || x > 2 { error(m.value, "'routing.confidence.sample_temperature' must be from 0 to 2") } else { routing.confidence.sampleTemperature = x }
                }
                for key in ConfigLoader.confidenceKeys where !["calibration", "model", "samples", "sample_temperature"].contains(key) {
                    guard let n = cf[key], let x = number(n.value, "routing.confidence.\(key)") else { continue }
                    guard x >= 0 && x <= 1 else {
                        error(n.value, "'routing.confidence.\(key)' must be between 0 and 1, found \(describe(n.value))")
                        continue
                    }
                    switch key {
                    case "quantile": routing.confidence.quantile = x
                    case "quantile_weight": routing.confidence.quantileWeight = x
                    case "margin_weight": routing.confidence.marginWeight = x
                    case "hedge_penalty": routing.confidence.hedgePenalty = x
                    default: routing.confidence.truncationPenalty = x
                    }
                }
            }
            if let tt = rf["task_thresholds"], let pairs = mapping(tt.value, "routing.task_thresholds") {
                for p in pairs {
                    guard let task = p.key.scalar, !task.isEmpty else { error(p.key, "a task threshold must be named by a task type"); continue }
                    guard let x = number(p.value, "routing.task_thresholds.\(task)") else { continue }
                    if x < 0 || x > 1 { error(p.value, "'routing.task_thresholds.\(task)' must be between 0 and 1, found \(describe(p.value))"); continue }
                    routing.taskThresholds.append((task, x))
                }
            }
            if let rs = rf["rules"] {
                if case .sequence(let items) = rs.value.content {
                    for (i, item) in items.enumerated() {
                        if let rule = self.rule(item, index: i + 1, tiers: declared) { routing.rules.append(rule) }
                    }
                } else {
                    error(rs.value, "'routing.rules' must be a list, found \(rs.value.kindName)")
                }
            }
        }
        if let node = shadowTierNode, !tierNames.contains(routing.shadowTier ?? "") {
            unknownTier(node, routing.shadowTier ?? "", tierNames, "routing.shadow_tier")
        }
        if let node = defaultTierNode {
            if !tierNames.contains(routing.defaultTier) {
                unknownTier(node, routing.defaultTier, tierNames, "routing.default_tier")
            }
        } else if let first = tiers.min(by: { $0.boundary < $1.boundary }) {
            routing.defaultTier = first.name
        }
        if !routing.escalationOrderIsExplicit {
            // Cheapest and most private first: device, then organization, then external; config order within each.
            routing.escalationOrder = tiers.enumerated()
                .sorted { ($0.element.boundary, $0.offset) < ($1.element.boundary, $1.offset) }
                .map(\.element.name)
        } else {
            // Tiers the order leaves out can still be chosen by a rule; they go last.
            for t in tierNames where !routing.escalationOrder.contains(t) { routing.escalationOrder.append(t) }
        }

        var fallback = FallbackConfig()
        if let fb = f["fallback"], let pairs = mapping(fb.value, "fallback") {
            let ff = fields(pairs, allowed: ConfigLoader.fallbackKeys, in: "fallback")
            if let x = ff["local_unavailable"], let a = fallbackAction(x.value, "fallback.local_unavailable", tierNames) {
                fallback.localUnavailable = a
            }
            if let x = ff["cloud_unavailable"], let a = fallbackAction(x.value, "fallback.cloud_unavailable", tierNames) {
                fallback.cloudUnavailable = a
            }
            if let x = ff["all_unavailable"], let a = fallbackAction(x.value, "fallback.all_unavailable", tierNames) {
                if case .tier = a {
                    error(x.value, "'fallback.all_unavailable' must be 'queue' or 'fail': when every tier is down no tier can take it")
                } else if case .next = a {
                    error(x.value, "'fallback.all_unavailable' must be 'queue' or 'fail'")
                } else {
                    fallback.allUnavailable = a
                }
            }
        }

        var pricing: [(model: String, price: ModelPrice)] = []
        if let pr = f["pricing"], let pairs = mapping(pr.value, "pricing") {
            for p in pairs {
                guard let model = p.key.scalar, !model.isEmpty else { error(p.key, "a pricing entry must be named by a model id"); continue }
                guard let mp = mapping(p.value, "pricing.\(model)") else { continue }
                let pf = fields(mp, allowed: ConfigLoader.priceKeys, in: "pricing.\(model)")
                var price = ModelPrice(input: 0, output: 0, cachedInput: nil)
                var ok = true
                for key in ConfigLoader.priceKeys {
                    guard let n = pf[key] else {
                        if key != "cached_input" { error(p.key, "'pricing.\(model)' needs '\(key)' (USD per 1M tokens)"); ok = false }
                        continue
                    }
                    guard let x = number(n.value, "pricing.\(model).\(key)") else { ok = false; continue }
                    if x < 0 { error(n.value, "'pricing.\(model).\(key)' must not be negative"); ok = false; continue }
                    if x > 1_000_000 { error(n.value, "'pricing.\(model).\(key)' must be at most 1000000 (USD per 1M tokens)"); ok = false; continue }
                    switch key {
                    case "input": price.input = x
                    case "output": price.output = x
                    default: price.cachedInput = x
                    }
                }
                if ok { pricing.append((model, price)) }
            }
        }

        var log = LogSettings()
        if let l = f["log"], let pairs = mapping(l.value, "log") {
            let lf = fields(pairs, allowed: ConfigLoader.logKeys, in: "log")
            if let p = lf["path"], let s = string(p.value, "log.path") {
                if s.hasPrefix("/") || s.hasPrefix("~/") { log.path = s.hasPrefix("~/") ? System.homeDirectory + s.dropFirst(1) : s }
                else { error(p.value, "'log.path' must be an absolute path (or start with ~/)") }
            }
            if let c = lf["content"] {
                if case .scalar(let v, _) = c.value.content, v == "true" || v == "false" { log.content = v == "true" }
                else { error(c.value, "'log.content' must be true or false, found \(describe(c.value))") }
            }
        }

        var classify = ClassifySettings()
        if let c = f["classify"], let pairs = mapping(c.value, "classify") {
            let cf = fields(pairs, allowed: ConfigLoader.classifyKeys, in: "classify")
            if let d = cf["detectors"] {
                if case .sequence(let items) = d.value.content {
                    for (k, item) in items.enumerated() {
                        let ctx = "classify.detectors[\(k + 1)]"
                        guard let dp = mapping(item, ctx) else { continue }
                        let df = fields(dp, allowed: ConfigLoader.detectorKeys, in: ctx)
                        guard let n = df["name"], let name = string(n.value, "\(ctx).name") else {
                            if df["name"] == nil { error(item, "'\(ctx)' needs a 'name' (the finding type, e.g. EMPLOYEE_ID)") }
                            continue
                        }
                        guard let r = df["regex"], let pattern = string(r.value, "\(ctx).regex") else {
                            if df["regex"] == nil { error(item, "'\(ctx)' needs a 'regex'") }
                            continue
                        }
                        var level = Sensitivity.personal
                        if let sv = df["sensitivity"], let l = choice(sv.value, "\(ctx).sensitivity", { Sensitivity(name: $0) }, Sensitivity.allNames) { level = l }
                        do {
                            classify.detectors.append(CustomDetector(name: name.uppercased(), regex: try CompiledRegex(pattern, ranges: true, ignoreCase: false),
                                                                     sensitivity: level))
                        } catch let failure {
                            error(r.value, "'\(ctx).regex' does not compile: \(failure.messages.joined())")
                        }
                    }
                } else {
                    error(d.value, "'classify.detectors' must be a list, found \(d.value.kindName)")
                }
            }
            if let pth = cf["paths"], let pp = mapping(pth.value, "classify.paths") {
                for pair in pp {
                    guard let glob = pair.key.scalar, !glob.isEmpty else { error(pair.key, "a path glob must be a string"); continue }
                    if let l = choice(pair.value, "classify.paths.\(glob)", { Sensitivity(name: $0) }, Sensitivity.allNames) {
                        classify.paths.append((glob, l))
                    }
                }
            }
            if let kw = cf["keywords"], let list = stringList(kw.value, "classify.keywords") {
                classify.keywords = list.map { $0.0.lowercased() }
            }
        }

        var serve = ServeSettings()
        if let sv = f["serve"], let pairs = mapping(sv.value, "serve") {
            let sf = fields(pairs, allowed: ConfigLoader.serveKeys, in: "serve")
            if let l = sf["listen"], let s = string(l.value, "serve.listen") {
                if ListenAddress.parse(s) == nil { error(l.value, "'serve.listen' must be HOST:PORT (a port from 0 to 65535), found '\(s)'") }
                else { serve.listen = s }
            }
            if let k = sf["keys"] { serve.keys = clientKeys(k.value, "serve.keys") }
            if let kf = sf["key_file"], let s = string(kf.value, "serve.key_file") {
                let path = s.hasPrefix("~/") ? System.homeDirectory + s.dropFirst(1) : s
                if !path.hasPrefix("/") { error(kf.value, "'serve.key_file' must be an absolute path (or start with ~/)") }
                else {
                    serve.keyFile = path
                    serve.keys += keyFile(path, at: kf.value)
                }
            }
            if let m = sf["max_body_bytes"], let n = integer(m.value, "serve.max_body_bytes") {
                if n < 1_024 || n > 1 << 30 { error(m.value, "'serve.max_body_bytes' must be from 1024 to 1073741824") } else { serve.maxBodyBytes = n }
            }
            if let m = sf["max_messages"], let n = integer(m.value, "serve.max_messages") {
                if n < 1 || n > 1_000_000 { error(m.value, "'serve.max_messages' must be from 1 to 1000000") } else { serve.maxMessages = n }
            }
            if let g = sf["grace_period"], let d = duration(g.value, "serve.grace_period") { serve.gracePeriod = d }
            var seen: Set<String> = []
            for key in serve.keys where !seen.insert(key.sha256).inserted {
                error(sv.value, "two client keys of 'serve' have the same sha256 (\(key.name))")
            }
        }

        var state = StateSettings()
        if let st = f["state"], let pairs = mapping(st.value, "state") {
            let sf = fields(pairs, allowed: ConfigLoader.stateKeys, in: "state")
            if let b = sf["backend"] {
                if let v = choice(b.value, "state.backend", { StateSettings.Backend(rawValue: $0) }, ["file", "redis"]) { state.backend = v }
            }
            if let u = sf["url"], let s = string(u.value, "state.url") {
                switch RedisAddress.parse(s) {
                case .success(let a): state.redis = a
                case .failure(let why): error(u.value, "'state.url' \(why.message)")
                }
            }
            if let e = sf["password_env"], let s = string(e.value, "state.password_env") {
                if s.isEmpty || !s.utf8.allSatisfy({ $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) {
                    error(e.value, "'state.password_env' must name an environment variable (letters, digits, _), found '\(s.prefix(60))'")
                } else { state.passwordEnv = s }
            }
            if let x = sf["prefix"], let s = string(x.value, "state.prefix") {
                if s.isEmpty || s.utf8.count > 64 || !s.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) {
                    error(x.value, "'state.prefix' must be 1 to 64 printable ASCII characters without spaces")
                } else { state.prefix = s }
            }
            if let t = sf["timeout"], let d = duration(t.value, "state.timeout") {
                if d.milliseconds < 1 || d.milliseconds > 10_000 { error(t.value, "'state.timeout' must be from 1ms to 10s") } else { state.timeout = d }
            }
            if state.backend == .redis && sf["url"] == nil {
                error(st.value, "'state.backend: redis' needs 'state.url' (redis://HOST:PORT/DB)")
            }
        }

        guard diagnostics.isEmpty else { return nil }
        var config = TierConfig(tiers: tiers, routing: routing, fallback: fallback, pricing: pricing, log: log, source: source, warnings: [])
        config.classify = classify
        config.serve = serve
        config.state = state
        return config
    }

    /// A list of client keys: name, sha256 (64 hex digits), and optional limits.
    mutating func clientKeys(_ node: YAMLNode, _ what: String) -> [ClientKey] {
        guard case .sequence(let items) = node.content else {
            error(node, "'\(what)' must be a list, found \(node.kindName)")
            return []
        }
        var keys: [ClientKey] = []
        for (i, item) in items.enumerated() {
            let ctx = "\(what)[\(i + 1)]"
            guard let pairs = mapping(item, ctx) else { continue }
            let kf = fields(pairs, allowed: ConfigLoader.clientKeyKeys, in: ctx)
            guard let n = kf["name"], let name = string(n.value, "\(ctx).name") else {
                if kf["name"] == nil { error(item, "'\(ctx)' needs a 'name' (it is what the log records, never the key)") }
                continue
            }
            guard let h = kf["sha256"], let hash = string(h.value, "\(ctx).sha256") else {
                if kf["sha256"] == nil { error(item, "'\(ctx)' needs 'sha256': the key's SHA-256 in hex (printf %s \"$KEY\" | sha256sum); the key itself is never stored") }
                continue
            }
            let hex = hash.lowercased()
            guard hex.utf8.count == 64, hex.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else {
                error(h.value, "'\(ctx).sha256' must be 64 hex digits (a SHA-256), found \(hash.utf8.count) characters")
                continue
            }
            var key = ClientKey(name: name, sha256: hex)
            if let r = kf["requests_per_minute"], let n = integer(r.value, "\(ctx).requests_per_minute") {
                if n < 1 || n > 100_000_000 { error(r.value, "'\(ctx).requests_per_minute' must be from 1 to 100000000") } else { key.requestsPerMinute = n }
            }
            if let b = kf["monthly_budget_usd"], let x = number(b.value, "\(ctx).monthly_budget_usd") {
                if x < 0 || x > 1e12 { error(b.value, "'\(ctx).monthly_budget_usd' must be from 0 to 1e12") } else { key.monthlyBudgetUSD = x }
            }
            keys.append(key)
        }
        return keys
    }

    /// `serve.key_file`: a YAML file holding `keys:`, the same list as `serve.keys`; its problems are
    /// reported at its own lines.
    mutating func keyFile(_ path: String, at node: YAMLNode) -> [ClientKey] {
        let bytes: [UInt8]
        do { bytes = try System.readFile(path, limit: System.ReadLimit.config, regularOnly: true) } catch let failure {
            error(node, "cannot read 'serve.key_file' \(path): \(failure.messages.joined(separator: "; "))")
            return []
        }
        let parsed = YAMLReader.parse(bytes, file: path)
        var sub = Validator(file: path)
        sub.diagnostics = parsed.diagnostics
        var keys: [ClientKey] = []
        if let root = parsed.root, let pairs = sub.mapping(root, "the key file") {
            let f = sub.fields(pairs, allowed: ["keys"], in: "the key file")
            if let k = f["keys"] { keys = sub.clientKeys(k.value, "keys") } else { sub.error(root, "the key file needs 'keys:' (a list of name and sha256)") }
        }
        diagnostics += sub.diagnostics
        return keys
    }

    mutating func unknownTier(_ node: YAMLNode, _ name: String, _ names: [String], _ what: String) {
        var m = "'\(what)' names unknown tier '\(name)'"
        if let c = closestMatch(name, in: names) { m += "; did you mean '\(c)'?" }
        m += " (tiers: \(names.joined(separator: ", ")))"
        error(node, m)
    }

    mutating func fallbackAction(_ node: YAMLNode, _ what: String, _ tierNames: [String]) -> FallbackAction? {
        guard let s = string(node, what) else { return nil }
        switch s {
        case "queue": return .queue
        case "fail": return .fail
        case "next": return .next
        default:
            if tierNames.contains(s) { return .tier(s) }
            var m = "'\(what)' must be 'queue', 'fail', 'next' or a tier name; '\(s)' is none of these"
            if let c = closestMatch(s, in: tierNames + ["queue", "fail", "next"]) { m += "; did you mean '\(c)'?" }
            error(node, m)
            return nil
        }
    }

    mutating func tierSpec(name: String, _ node: YAMLNode, keyNode: YAMLNode) -> TierSpec? {
        guard let pairs = mapping(node, "tiers.\(name)") else { return nil }
        let before = diagnostics.count
        let f = fields(pairs, allowed: ConfigLoader.tierKeys, in: "tiers.\(name)")
        let ctx = "tiers.\(name)"

        var provider: ProviderKind? = nil
        if let p = f["provider"] {
            provider = choice(p.value, "\(ctx).provider", { ProviderKind(rawValue: $0) }, ProviderKind.allCases.map(\.rawValue))
        } else {
            error(keyNode, "tier '\(name)' needs a 'provider' (one of: \(ProviderKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }

        var endpoint: String? = nil
        if let e = f["endpoint"], let s = string(e.value, "\(ctx).endpoint") {
            if URLParts.parse(s) == nil {
                error(e.value, "'\(ctx).endpoint': '\(s)' is not an http:// or https:// URL with a host (and no user, query or fragment)")
            } else {
                endpoint = s
            }
        } else if f["endpoint"] == nil, let p = provider {
            endpoint = p.defaultEndpoint
            if endpoint == nil { error(keyNode, "tier '\(name)' (provider \(p.rawValue)) needs an 'endpoint'") }
        }

        var boundary: Boundary? = nil
        var explicit = false
        if let b = f["boundary"] {
            boundary = choice(b.value, "\(ctx).boundary", { Boundary(rawValue: $0) }, Boundary.allCases.map(\.rawValue))
            explicit = true
            if let b2 = boundary, let e = endpoint, let host = URLParts.parse(e)?.host {
                let derived = Boundary.derived(host: host)
                if b2 < derived && derived == .external {
                    warn(b.value, "tier '\(name)' is marked '\(b2.rawValue)' but its endpoint host '\(host)' is a public API; data sent there leaves the organization")
                } else if b2 == .device && derived != .device {
                    warn(b.value, "tier '\(name)' is marked 'device' but its endpoint host '\(host)' is not loopback")
                }
            }
        } else if let e = endpoint, let host = URLParts.parse(e)?.host {
            boundary = Boundary.derived(host: host)
            if boundary != .device {
                warn(keyNode, "tier '\(name)' has no 'boundary'; its endpoint host '\(host)' makes it '\(boundary!.rawValue)'. Say 'boundary: organization' or 'boundary: external' to make it explicit")
            }
        }
        var keepAlive: DurationValue? = nil
        if let k = f["keep_alive"] {
            keepAlive = duration(k.value, "\(ctx).keep_alive")
            if provider != .ollama { warn(k.value, "'\(ctx).keep_alive' is Ollama's (provider: ollama); this tier ignores it") }
        }
        var proxy: String? = nil
        if let x = f["proxy"], let p = string(x.value, "\(ctx).proxy") {
            if URLParts.parse(p) == nil && !p.hasPrefix("socks5://") && !p.hasPrefix("socks5h://") {
                error(x.value, "'\(ctx).proxy': '\(p)' is not an http://, https:// or socks5:// URL with a host")
            } else {
                proxy = p
            }
        }

        var maxSens: Sensitivity? = nil
        if let m = f["max_sensitivity"] {
            maxSens = choice(m.value, "\(ctx).max_sensitivity", { Sensitivity(name: $0) }, Sensitivity.allNames)
        }

        var models: [(role: String, id: String)] = []
        if let m = f["models"] {
            if case .scalar = m.value.content {
                error(m.value, "'\(ctx).models' must map roles to model ids, e.g. 'general: qwen3:8b'")
            } else if let mp = mapping(m.value, "\(ctx).models") {
                if mp.isEmpty { error(m.value, "'\(ctx).models' must name at least one model") }
                for p in mp {
                    guard let role = p.key.scalar, !role.isEmpty else { error(p.key, "a model role must be a plain name"); continue }
                    if let id = string(p.value, "\(ctx).models.\(role)") { models.append((role, id)) }
                }
            }
        } else {
            error(keyNode, "tier '\(name)' needs 'models' (a mapping of role to model id)")
        }

        var apiKeyEnv: String? = nil
        if let k = f["api_key_env"], let s = string(k.value, "\(ctx).api_key_env") {
            if isEnvName(s) { apiKeyEnv = s }
            else {
                // Never echo the value: it may be the key itself, pasted into the wrong field.
                error(k.value, "'\(ctx).api_key_env' must be the name of an environment variable (letters, digits, '_'), not a key")
            }
        }
        var apiKeyFile: String? = nil
        if let k = f["api_key_file"], let s = string(k.value, "\(ctx).api_key_file") { apiKeyFile = s }

        var interval: DurationValue? = nil
        if let h = f["health_check_interval"] { interval = duration(h.value, "\(ctx).health_check_interval") }

        var buffer: Double? = nil
        if let r = f["rate_limit_buffer"] {
            // Accepted so older configs still load, but nothing acts on it yet: said, not silently ignored.
            warn(r.value, "'\(ctx).rate_limit_buffer' is not implemented and has no effect (tier reacts to 429s and Retry-After); remove it")
            buffer = nil
        }

        var timeouts = Timeouts()
        if let t = f["timeouts"], let tp = mapping(t.value, "\(ctx).timeouts") {
            let tf = fields(tp, allowed: ConfigLoader.timeoutKeys, in: "\(ctx).timeouts")
            if let x = tf["connect"] { timeouts.connect = duration(x.value, "\(ctx).timeouts.connect") }
            if let x = tf["first_token"] { timeouts.firstToken = duration(x.value, "\(ctx).timeouts.first_token") }
            if let x = tf["idle"] { timeouts.idle = duration(x.value, "\(ctx).timeouts.idle") }
            if let x = tf["total"] { timeouts.total = duration(x.value, "\(ctx).timeouts.total") }
        }

        var failureThreshold = 3
        if let f = f["failure_threshold"], let n = integer(f.value, "\(ctx).failure_threshold") {
            if n < 1 { error(f.value, "'\(ctx).failure_threshold' must be at least 1") } else { failureThreshold = n }
        }
        var cooldown = DurationValue(milliseconds: 30_000)
        if let c = f["cooldown"], let d = duration(c.value, "\(ctx).cooldown") { cooldown = d }
        var contextWindow: Int? = nil
        if let c = f["context_window"], let n = integer(c.value, "\(ctx).context_window") {
            if n < 256 || n > 100_000_000 { error(c.value, "'\(ctx).context_window' must be from 256 to 100000000 tokens") } else { contextWindow = n }
        }
        var skipLong = false
        if let l = f["long_history"], let s = string(l.value, "\(ctx).long_history") {
            if s == "skip" { skipLong = true } else if s != "truncate" { error(l.value, "'\(ctx).long_history' must be truncate or skip, not '\(s)'") }
            if contextWindow == nil { warn(l.value, "'\(ctx).long_history' needs 'context_window' to mean anything") }
        }


        guard diagnostics.count == before, let provider, let endpoint, let boundary else { return nil }
        return TierSpec(name: name, provider: provider, endpoint: endpoint, boundary: boundary,
                        boundaryIsExplicit: explicit, maxSensitivityOverride: maxSens, models: models,
                        apiKeyEnv: apiKeyEnv, apiKeyFile: apiKeyFile, healthCheckInterval: interval,
                        rateLimitBuffer: buffer, timeouts: timeouts, failureThreshold: failureThreshold, cooldown: cooldown,
                        location: SourceLocation(line: keyNode.line, column: keyNode.column), proxy: proxy, keepAlive: keepAlive,
                        contextWindow: contextWindow, skipLongHistory: skipLong)
    }

    func isEnvName(_ s: String) -> Bool {
        guard let first = s.utf8.first, ASCII.isAlpha(first) || first == UInt8(ascii: "_") else { return false }
        return s.utf8.allSatisfy { ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") } && s.utf8.count <= 128
    }

    mutating func rule(_ node: YAMLNode, index: Int, tiers: [(name: String, roles: [String])]) -> RoutingRule? {
        let ctx = "routing.rules[\(index)]"
        guard let pairs = mapping(node, ctx) else { return nil }
        let before = diagnostics.count
        let f = fields(pairs, allowed: ConfigLoader.ruleKeys, in: ctx)
        var rule = RoutingRule(index: index, name: nil, taskTypes: nil, sensitivities: nil, latencies: nil, keywords: nil,
                               regex: nil, maxInputTokens: nil, tier: "", modelRole: nil,
                               location: SourceLocation(line: node.line, column: node.column))
        if let n = f["name"] { rule.name = string(n.value, "\(ctx).name") }
        if let t = f["task_type"], let list = stringList(t.value, "\(ctx).task_type") {
            for (s, n) in list where !TaskType.builtIn.contains(s) {
                if let c = closestMatch(s, in: TaskType.builtIn) {
                    warn(n, "task type '\(s)' is not built in (did you mean '\(c)'?); this rule matches it only when given with --task")
                } else {
                    warn(n, "task type '\(s)' is not built in; this rule matches it only when given with --task")
                }
                if !s.utf8.allSatisfy({ ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) {
                    error(n, "task type '\(s)' must be a name of letters, digits, '_' or '-'")
                }
            }
            rule.taskTypes = list.map(\.0)
        }
        if let s = f["data_sensitivity"], let list = stringList(s.value, "\(ctx).data_sensitivity") {
            var levels: [Sensitivity] = []
            for (name, n) in list {
                if let l = choice(n, "\(ctx).data_sensitivity", { Sensitivity(name: $0) }, Sensitivity.allNames) {
                    levels.append(l)
                    // "high" is the top of the three-step scale: personal data and credentials alike.
                    if name.lowercased() == "high" && !levels.contains(.secret) { levels.append(.secret) }
                }
            }
            rule.sensitivities = levels
        }
        if let l = f["latency"], let list = stringList(l.value, "\(ctx).latency") {
            var budgets: [LatencyBudget] = []
            for (_, n) in list {
                if let b = choice(n, "\(ctx).latency", { LatencyBudget(rawValue: $0) }, LatencyBudget.allCases.map(\.rawValue)) {
                    budgets.append(b)
                }
            }
            rule.latencies = budgets
        }
        if let m = f["match"], let list = stringList(m.value, "\(ctx).match") {
            rule.keywords = list.map { $0.0.lowercased() }
        }
        if let r = f["regex"], let s = string(r.value, "\(ctx).regex") {
            do { rule.regex = try CompiledRegex(s) } catch let failure {
                error(r.value, "'\(ctx).regex' does not compile: \(failure.messages.joined())")
            }
        }
        if let m = f["max_input_tokens"], let n = integer(m.value, "\(ctx).max_input_tokens") {
            if n <= 0 { error(m.value, "'\(ctx).max_input_tokens' must be positive") } else { rule.maxInputTokens = n }
        }
        let tierNames = tiers.map(\.name)
        if let t = f["tier"], let name = string(t.value, "\(ctx).tier") {
            rule.tier = name
            if let spec = tiers.first(where: { $0.name == name }) {
                if let m = f["model"], let role = string(m.value, "\(ctx).model") {
                    if !spec.roles.contains(role) {
                        var msg = "'\(ctx).model' names unknown model role '\(role)' of tier '\(name)'"
                        if let c = closestMatch(role, in: spec.roles) { msg += "; did you mean '\(c)'?" }
                        msg += " (roles: \(spec.roles.joined(separator: ", ")))"
                        error(m.value, msg)
                    } else {
                        rule.modelRole = role
                    }
                }
            } else {
                unknownTier(t.value, name, tierNames, "\(ctx).tier")
            }
        } else if f["tier"] == nil {
            error(node, "'\(ctx)' needs a 'tier' to route to")
        }
        return diagnostics.count == before ? rule : nil
    }
}

extension Boundary {
    /// The boundary an endpoint's host implies, failing closed: only `localhost` and loopback IP
    /// literals (127/8, ::1) are `device`; private addresses (10/8, 172.16/12, 192.168/16, fc00::/7),
    /// `.internal`, `.local`, `.lan` and single-label hosts are `organization`; every other host,
    /// the public APIs among them, is `external` unless the config says otherwise.
    public static func derived(host raw: String) -> Boundary {
        var h = raw.lowercased()
        while h.hasSuffix(".") { h.removeLast() }
        if h.hasPrefix("[") && h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        if h == "localhost" { return .device }
        var v4 = in_addr()
        if inet_pton(AF_INET, h, &v4) == 1 {
            let a = UInt32(bigEndian: v4.s_addr)
            let first = a >> 24, second = (a >> 16) & 0xFF
            if first == 127 { return .device }
            if first == 10 || (first == 172 && (16...31).contains(second)) || (first == 192 && second == 168) { return .organization }
            return .external
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, h, &v6) == 1 {
            let bytes = withUnsafeBytes(of: v6) { Array($0) }
            if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return .device }
            // An IPv4-mapped address (::ffff:a.b.c.d) is that IPv4 address.
            if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
                return derived(host: "\(bytes[12]).\(bytes[13]).\(bytes[14]).\(bytes[15])")
            }
            if bytes[0] & 0xFE == 0xFC { return .organization }
            return .external
        }
        if !h.contains(".") { return .organization }  // a single-label host resolves inside the network
        for suffix in [".internal", ".local", ".lan"] where h.hasSuffix(suffix) { return .organization }
        return .external
    }
}

/// Just enough URL parsing for endpoints: scheme, host, port.
public struct URLParts: Sendable, Equatable {
    public var scheme: String
    public var host: String
    public var port: Int?

    public static func parse(_ s: String) -> URLParts? {
        let scheme: String
        var rest: Substring
        if s.hasPrefix("http://") { scheme = "http"; rest = s.dropFirst(7) }
        else if s.hasPrefix("https://") { scheme = "https"; rest = s.dropFirst(8) }
        else { return nil }
        // The host the boundary is judged by must be the host libcurl connects to: no user part, query,
        // fragment, backslash or space, any of which can make the two disagree ("http://a?@127.0.0.1").
        for b in rest.utf8 where b <= 0x20 || b == 0x7F || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") || b == UInt8(ascii: "\\") {
            return nil
        }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        if rest.contains("@") { return nil }
        var host: Substring
        var port: Int? = nil
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { port = Int(after.dropFirst()); if port == nil { return nil } }
            else if !after.isEmpty { return nil }
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]
            port = Int(rest[rest.index(after: colon)...])
            if port == nil { return nil }
        } else {
            host = rest
        }
        if host.isEmpty { return nil }
        if let p = port, p <= 0 || p > 65535 { return nil }
        return URLParts(scheme: scheme, host: String(host), port: port)
    }
}
