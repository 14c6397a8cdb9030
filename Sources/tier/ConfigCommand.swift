import TierCore

enum ConfigCommand {
    static let check = CommandSpec(
        name: "check",
        summary: "validate a config file and report every problem as FILE:LINE:COL",
        usage: ["tier config check [FILE]"],
        discussion: ["Without FILE, checks the config tier would use. Warnings (for example a task type that is not built in) go to stderr and do not fail the check."],
        options: [RouteCommand.configOption],
        positional: PositionalSpec("FILE", repeatable: false, completion: .file, help: "The config file to check."),
        exitCodes: [.success, .usage, .config]
    )
    static let show = CommandSpec(
        name: "show",
        summary: "print the effective config, with its source and every default filled in",
        usage: ["tier config show [--config FILE]"],
        discussion: ["API keys are never printed: only whether the variable or file that holds each is set."],
        options: [RouteCommand.configOption],
        exitCodes: [.success, .usage, .config]
    )
    static let path = CommandSpec(
        name: "path",
        summary: "print the path of the config file tier reads",
        usage: ["tier config path"],
        discussion: ["When no file exists, prints where the user config would go and says on stderr that the embedded default is in use."],
        options: [RouteCommand.configOption],
        exitCodes: [.success, .usage]
    )

    static let spec = CommandSpec(
        name: "config",
        summary: "check, show or locate the tier config",
        usage: ["tier config check [FILE]", "tier config show", "tier config path"],
        discussion: ["'tier help config' describes every key of the config file."],
        subcommands: [check, show, path],
        exitCodes: [.success, .usage, .config]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        guard let first = args.first else {
            Terminal.stderr(HelpRenderer.render(spec, path: "tier config"))
            return .usage
        }
        if first == "-h" || first == "--help" {
            Terminal.stdout(HelpRenderer.render(spec, path: "tier config") + "\n" + ConfigReference.render())
            return .success
        }
        let rest = Array(args.dropFirst())
        switch first {
        case "check": return try runCheck(rest)
        case "show": return try runShow(rest)
        case "path": return try runPath(rest)
        default:
            var m = "tier config: unknown subcommand '\(first)'"
            if let c = closestMatch(first, in: spec.subcommands.map(\.name)) { m += "; did you mean '\(c)'?" }
            throw .usage(m + " (expected check, show or path)")
        }
    }

    static func source(_ parsed: ParsedArguments, file: String?) -> ConfigSource {
        if let f = file { return .flag(f) }
        if let path = parsed.value("config") {
            return parsed.fromEnvironment.contains("config") ? .environment(path) : .flag(path)
        }
        return ConfigLoader.locate(flag: nil)
    }

    static func runCheck(_ args: [String]) throws(TierError) -> ExitCode {
        guard let parsed = try RootCommand.parse(args, check, path: "tier config check") else { return .success }
        let src = source(parsed, file: parsed.positionals.first)
        let config = try ConfigLoader.load(source: src)
        for w in config.warnings { Terminal.diagnostic(w, severity: "warning") }
        let name = src.path ?? "embedded default"
        Terminal.stdout("\(name): ok (\(config.tiers.count) tiers, \(config.routing.rules.count) rules)\n")
        return .success
    }

    static func runPath(_ args: [String]) throws(TierError) -> ExitCode {
        guard let parsed = try RootCommand.parse(args, path, path: "tier config path") else { return .success }
        let src = source(parsed, file: nil)
        if let p = src.path {
            Terminal.stdout(p + "\n")
        } else {
            let base = System.env("XDG_CONFIG_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (System.homeDirectory + "/.config")
            Terminal.stdout(base + "/tier/config.yaml\n")
            Terminal.stderr("tier: no config file there; the embedded default is in use")
        }
        return .success
    }

    static func yamlScalar(_ s: String) -> String {
        // Quote anything YAML would read as something else.
        let plain = s.utf8.allSatisfy { isPlainByte($0) } && !s.isEmpty && Double(s) == nil
            && !["true", "false", "null", "yes", "no", "~"].contains(s.lowercased())
        if plain { return s }
        var out = "\""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// Bytes that never need quoting in a plain YAML scalar (':' does, before a space; kept simple).
    static func isPlainByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/")
    }

    static func runShow(_ args: [String]) throws(TierError) -> ExitCode {
        guard let parsed = try RootCommand.parse(args, show, path: "tier config show") else { return .success }
        let config = try ConfigLoader.load(source: source(parsed, file: nil))
        var out = "# source: \(config.source)\n"
        out += "tiers:\n"
        for t in config.tiers {
            out += "  \(yamlScalar(t.name)):\n"
            out += "    provider: \(t.provider.rawValue)\n"
            out += "    endpoint: \(yamlScalar(t.endpoint))\n"
            out += "    boundary: \(t.boundary.rawValue)" + (t.boundaryIsExplicit ? "" : "  # derived from the endpoint") + "\n"
            out += "    max_sensitivity: \(t.maxSensitivity.name)" + (t.maxSensitivityOverride == nil ? "  # the boundary's default" : "  # explicit exception") + "\n"
            out += "    models:\n"
            for m in t.models { out += "      \(yamlScalar(m.role)): \(yamlScalar(m.id))\n" }
            if let e = t.apiKeyEnv {
                let set = (System.env(e).map { !$0.isEmpty } ?? false) ? "set; value hidden" : "NOT set"
                out += "    api_key_env: \(e)  # \(set)\n"
            }
            if let f = t.apiKeyFile {
                out += "    api_key_file: \(yamlScalar(f))  # \(System.fileExists(f) ? "exists; contents hidden" : "MISSING")\n"
            }
            if let h = t.healthCheckInterval { out += "    health_check_interval: \(h)\n" }
            if let r = t.rateLimitBuffer { out += "    rate_limit_buffer: \(formatDecimal(r, digits: 3))\n" }
            let to = t.timeouts
            if to.connect != nil || to.firstToken != nil || to.idle != nil || to.total != nil {
                out += "    timeouts:\n"
                if let x = to.connect { out += "      connect: \(x)\n" }
                if let x = to.firstToken { out += "      first_token: \(x)\n" }
                if let x = to.idle { out += "      idle: \(x)\n" }
                if let x = to.total { out += "      total: \(x)\n" }
            }
        }
        let r = config.routing
        out += "routing:\n"
        out += "  default_tier: \(yamlScalar(r.defaultTier))\n"
        out += "  escalation_threshold: \(formatDecimal(r.escalationThreshold, digits: 4))\n"
        if !r.taskThresholds.isEmpty {
            out += "  task_thresholds:\n"
            for t in r.taskThresholds { out += "    \(yamlScalar(t.task)): \(formatDecimal(t.threshold, digits: 4))\n" }
        }
        out += "  escalation_order: [\(r.escalationOrder.map(yamlScalar).joined(separator: ", "))]"
            + (r.escalationOrderIsExplicit ? "" : "  # derived: device, organization, external") + "\n"
        let c = r.confidence
        out += "  confidence:\n    quantile: \(formatDecimal(c.quantile, digits: 4))\n    quantile_weight: \(formatDecimal(c.quantileWeight, digits: 4))\n"
        out += "    margin_weight: \(formatDecimal(c.marginWeight, digits: 4))\n    hedge_penalty: \(formatDecimal(c.hedgePenalty, digits: 4))\n"
        out += "    truncation_penalty: \(formatDecimal(c.truncationPenalty, digits: 4))\n"
        if !c.calibration.isEmpty {
            out += "    calibration: [" + c.calibration.map { "[\(formatDecimal($0.raw, digits: 4)), \(formatDecimal($0.calibrated, digits: 4))]" }.joined(separator: ", ") + "]\n"
        }
        if r.rules.isEmpty { out += "  rules: []\n" } else { out += "  rules:\n" }
        for rule in r.rules {
            var first = true
            func line(_ k: String, _ v: String) {
                out += (first ? "    - " : "      ") + "\(k): \(v)\n"
                first = false
            }
            if let n = rule.name { line("name", yamlScalar(n)) }
            if let t = rule.taskTypes { line("task_type", list(t)) }
            if let s = rule.sensitivities { line("data_sensitivity", list(s.map(\.name))) }
            if let l = rule.latencies { line("latency", list(l.map(\.rawValue))) }
            if let k = rule.keywords { line("match", list(k)) }
            if let re = rule.regex { line("regex", yamlScalar(re.pattern)) }
            if let m = rule.maxInputTokens { line("max_input_tokens", String(m)) }
            line("tier", yamlScalar(rule.tier))
            if let m = rule.modelRole { line("model", yamlScalar(m)) }
        }
        out += "fallback:\n"
        out += "  local_unavailable: \(config.fallback.localUnavailable)\n"
        out += "  cloud_unavailable: \(config.fallback.cloudUnavailable)\n"
        out += "  all_unavailable: \(config.fallback.allUnavailable)\n"
        out += "log:\n"
        if let path = config.log.path { out += "  path: \(yamlScalar(path))\n" }
        else { out += "  # path: \(RequestLog.defaultPath()) (the default)\n" }
        out += "  content: \(config.log.content)\n"
        if !config.pricing.isEmpty {
            out += "pricing:\n"
            for p in config.pricing {
                out += "  \(yamlScalar(p.model)):\n    input: \(formatDecimal(p.price.input, digits: 4))\n    output: \(formatDecimal(p.price.output, digits: 4))\n"
                if let c = p.price.cachedInput { out += "    cached_input: \(formatDecimal(c, digits: 4))\n" }
            }
        }
        Terminal.stdout(out)
        return .success
    }

    static func list(_ xs: [String]) -> String {
        xs.count == 1 ? yamlScalar(xs[0]) : "[" + xs.map(yamlScalar).joined(separator: ", ") + "]"
    }
}
