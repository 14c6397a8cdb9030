import TierCore

enum CostEstimateCommand {
    static let hardwareNames = Hardware.presets.map(\.name)

    static let spec = CommandSpec(
        name: "cost-estimate",
        summary: "monthly cloud-only against hybrid cost, the saving, the payback time and the local hardware it takes",
        usage: ["tier cost-estimate --tasks-per-month N --calls-per-task N --tokens-per-call N --local-share X [options]",
                "tier cost-estimate --tasks-per-day N --from-log [--log FILE] [options]"],
        discussion: [
            "Cloud-only is every call billed at the cloud models' prices. Hybrid is the hardware's depreciation (price × devices / amortization months), plus electricity, plus the calls not answered locally, billed in the cloud. The saving is cloud-only minus hybrid; the payback time is the hardware's price over the monthly saving before depreciation.",
            "A month is 30 days. The capacity check takes the tokens the device processes per month (calls answered locally, plus calls tried locally and escalated) over 2,592,000 seconds, times --peak-to-average, against what one device delivers at --utilization of its rated tokens/s, and says how many devices that takes. With --devices fixed below that, it warns that the plan cannot be served.",
            "Prices, per 1M tokens: the config's pricing entries first, then --prices (LiteLLM's model_prices_and_context_window.json), then the built-in table (dated; see --explain). Hardware presets are planning figures for an 8B-class model; override any of them, or measure your own with tier bench.",
        ],
        options: [
            OptionSpec("tasks-per-month", .value("N"), help: "Tasks per month (1M, 250k and 1,000,000 are understood)."),
            OptionSpec("tasks-per-day", .value("N"), help: "Tasks per day; a month is 30 days."),
            OptionSpec("calls-per-task", .value("N"), default: "1", help: "LLM calls per task."),
            OptionSpec("tokens-per-call", .value("N"), help: "Tokens per call, input and output together; split by --input-share."),
            OptionSpec("input-share", .value("X"), default: "0.75", help: "The input share of --tokens-per-call (0.75 or 75%)."),
            OptionSpec("input-tokens", .value("N"), help: "Input tokens per call (instead of --tokens-per-call)."),
            OptionSpec("output-tokens", .value("N"), help: "Output tokens per call (instead of --tokens-per-call)."),
            OptionSpec("local-share", .value("X"), help: "The share of calls answered locally (0.7 or 70%)."),
            OptionSpec("escalation-rate", .value("X"), default: "0", help: "The share of calls tried locally, then escalated: they load the device and are billed in the cloud."),
            OptionSpec("from-log", help: "Take the local share, the escalation rate and (unless given) the tokens per call from the request log."),
            OptionSpec("log", .value("FILE"), repeatable: true, help: "The request log for --from-log (default: the config's log.path, else $XDG_STATE_HOME/tier/requests.jsonl). Repeat it, or give a glob ('logs/*.jsonl'), to read the logs of several replicas or hosts as one."),
            OptionSpec("from-calibrate", .value("FILE"), help: "Take the local share from 'tier calibrate --json' output."),
            OptionSpec("cloud-model", .value("MODEL[=SHARE]"), repeatable: true,
                       help: "A cloud model and its share of cloud calls; repeat for a mix (shares must add up to 1). Default: the config's first external tier's first model."),
            OptionSpec("cache-hit-rate", .value("X"), default: "0", help: "The share of cloud input tokens read from the prompt cache (billed at the cached-input price)."),
            OptionSpec("batch-share", .value("X"), default: "0", help: "The share of cloud calls sent through a batch API."),
            OptionSpec("batch-discount", .value("X"), default: "0.5", help: "The batch API's discount."),
            OptionSpec("prices", .value("FILE"), help: "Prices in LiteLLM's model_prices_and_context_window.json format (per-token USD)."),
            OptionSpec("hardware", .value("PRESET"), default: "rtx-4090", completion: .choices(hardwareNames), help: "The local device preset."),
            OptionSpec("hardware-price", .value("USD"), help: "The price of one device (overrides the preset)."),
            OptionSpec("hardware-watts", .value("W"), help: "One device's draw at full load (overrides the preset)."),
            OptionSpec("host-watts", .value("W"), help: "The rest of the machine around each device, drawn all the time (overrides the preset)."),
            OptionSpec("device-tokens-per-second", .value("N"), help: "Aggregate tokens/s one device serves (overrides the preset)."),
            OptionSpec("devices", .value("N"), help: "A fixed number of devices; default: as many as the capacity check needs."),
            OptionSpec("amortization-months", .value("N"), default: "24", help: "Months over which the hardware is depreciated."),
            OptionSpec("electricity-price", .value("USD"), default: "0.15", help: "USD per kWh."),
            OptionSpec("utilization", .value("X"), default: "0.8", help: "The share of a device's rated tokens/s to plan for."),
            OptionSpec("peak-to-average", .value("X"), default: "1", help: "Peak load over average load, for sizing the devices."),
            OptionSpec("explain", help: "Print every assumption and intermediate figure, so the arithmetic can be checked."),
            OptionSpec("json", help: "One JSON document."),
            OptionSpec("csv", help: "CSV: the plan, then the sensitivity rows."),
            RouteCommand.configOption,
        ],
        examples: [
            ("tier cost-estimate --tasks-per-month 1M --calls-per-task 8 --tokens-per-call 2000 --local-share 70% --cloud-model claude-sonnet-4",
             "The design document's worked example."),
            ("tier cost-estimate --tasks-per-day 20k --calls-per-task 5 --from-log --hardware m4-mac-mini", "The local share and call size measured from the request log."),
        ],
        exitCodes: [.success, .failure, .usage, .config]
    )

    /// Ceilings for the numeric flags (and floors where a tiny value divides): past them a figure is a typo.
    static let limits: [String: Double] = [
        "tasks-per-month": 1e15, "tasks-per-day": (1e15 / CostModel.daysPerMonth).rounded(.down), "calls-per-task": 1e6,
        "tokens-per-call": 1e9, "input-tokens": 1e9, "output-tokens": 1e9,
        "hardware-price": 1e9, "hardware-watts": 1e6, "host-watts": 1e6, "device-tokens-per-second": 1e9,
        "devices": 1e6, "amortization-months": 1200, "electricity-price": 100, "peak-to-average": 1000,
    ]
    static let floors: [String: Double] = ["device-tokens-per-second": 0.001, "amortization-months": 0.1]
    static let maxTokensPerMonth = 1e18

    static let localShares = [0.5, 0.6, 0.7, 0.8, 0.9]
    static let inputShares = [0.9, 0.75, 0.5, 0.25]

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier cost-estimate"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        if !p.positionals.isEmpty { throw .usage("\(path): unexpected argument '\(p.positionals[0])'") }
        let formats = ["json", "csv", "explain"].filter { p.flag($0) }
        if formats.count > 1 { throw .usage("\(path): choose one of --json, --csv and --explain") }
        let config = try RouteCommand.loadConfig(p)

        // Every number has a ceiling far past any real plan, so products of them stay finite and print.
        func count(_ name: String) throws(TierError) -> Double? {
            guard let s = p.value(name) else { return nil }
            let limit = limits[name] ?? 1e15
            guard let v = Format.parseCount(s), v >= 0 else { throw .usage("\(path): --\(name) needs a non-negative number, got '\(s)'") }
            if v > limit { throw .usage("\(path): --\(name) must be at most \(Format.grouped(limit)), got '\(s)'") }
            return v
        }
        func positive(_ name: String) throws(TierError) -> Double? {
            guard let v = try count(name) else { return nil }
            if v == 0 { throw .usage("\(path): --\(name) must be more than 0") }
            if let floor = floors[name], v < floor { throw .usage("\(path): --\(name) must be at least \(formatDecimal(floor, digits: 3)), got '\(p.value(name)!)'") }
            return v
        }
        func fraction(_ name: String) throws(TierError) -> Double? { try p.fraction(name, of: spec, path: path) }

        // Volume.
        if p.value("tasks-per-month") != nil && p.value("tasks-per-day") != nil {
            throw .usage("\(path): give --tasks-per-month or --tasks-per-day, not both")
        }
        var tasksValue = try count("tasks-per-month")
        if tasksValue == nil, let perDay = try count("tasks-per-day") { tasksValue = perDay * CostModel.daysPerMonth }
        guard let tasks = tasksValue else {
            throw .usage("\(path): needs the volume: --tasks-per-month N or --tasks-per-day N")
        }
        let calls = try positive("calls-per-task") ?? 1

        // The local share: a flag, the log or calibrate's result.
        let sources = ["local-share", "from-calibrate"].filter { p.value($0) != nil } + (p.flag("from-log") ? ["from-log"] : [])
        if sources.count > 1 { throw .usage("\(path): give one of --local-share, --from-log and --from-calibrate, not \(sources.map { "--" + $0 }.joined(separator: " and "))") }
        var localShare: Double
        var escalation = try fraction("escalation-rate") ?? 0
        var shareSource = "--local-share"
        var usage: LogUsage? = nil
        var logPath: String? = nil
        if p.flag("from-log") {
            let given = p.all("log")
            let lps = given.isEmpty ? [config.log.path ?? RequestLog.defaultPath()] : try LogFiles.expand(given, what: "--log")
            var u = LogUsage()
            for one in lps {
                let part = try LogUsage.read(path: one, config: config)
                if !part.malformed.isEmpty {
                    Terminal.warning("\(one): skipped \(part.malformed.count) malformed line\(part.malformed.count == 1 ? "" : "s") (first at line \(part.malformed[0]))")
                }
                u.add(part)
            }
            let lp = lps.count == 1 ? lps[0] : "\(lps.count) logs (\(lps.prefix(3).joined(separator: ", "))\(lps.count > 3 ? ", ..." : ""))"
            if u.answered == 0 { throw .runtime("\(path): \(lp) has no answered requests to measure the local share from") }
            localShare = u.localShare
            if p.value("escalation-rate") == nil { escalation = u.escalationRate }
            shareSource = "request log \(lp) (\(u.answered) answered requests)"
            usage = u
            logPath = lp
        } else if let cf = p.value("from-calibrate") {
            localShare = try calibratedShare(cf)
            shareSource = "calibrate result \(cf)"
        } else if let s = try fraction("local-share") {
            localShare = s
        } else {
            throw .usage("\(path): needs the local share: --local-share X, --from-log or --from-calibrate FILE")
        }
        if p.value("log") != nil && !p.flag("from-log") { throw .usage("\(path): --log names the log for --from-log; add --from-log") }
        if localShare + escalation > 1 { throw .usage("\(path): the local share plus the escalation rate is more than 1") }

        // Tokens per call.
        var inputTokens: Double, outputTokens: Double
        let split = p.value("input-tokens") != nil || p.value("output-tokens") != nil
        if split && p.value("tokens-per-call") != nil { throw .usage("\(path): give --tokens-per-call or --input-tokens/--output-tokens, not both") }
        if split {
            guard let i = try count("input-tokens"), let o = try count("output-tokens") else {
                throw .usage("\(path): --input-tokens and --output-tokens go together")
            }
            (inputTokens, outputTokens) = (i, o)
        } else if let t = try positive("tokens-per-call") {
            let share = try fraction("input-share") ?? 0.75
            (inputTokens, outputTokens) = (t * share, t * (1 - share))
        } else if let u = usage, let i = u.meanInputTokens, let o = u.meanOutputTokens {
            (inputTokens, outputTokens) = (i, o)
        } else {
            throw .usage("\(path): needs the call size: --tokens-per-call N (with --input-share) or --input-tokens N --output-tokens N" + (usage != nil ? "; the log has no token counts" : ""))
        }
        if inputTokens + outputTokens <= 0 { throw .usage("\(path): a call needs more than 0 tokens") }
        if tasks * calls * (inputTokens + outputTokens) > maxTokensPerMonth {
            throw .usage("\(path): the volume is more than 10^18 tokens a month (tasks × calls per task × tokens per call); check --tasks-per-month, --calls-per-task and the tokens per call")
        }

        // Cloud models and their prices.
        let table = try p.value("prices").map { (f) throws(TierError) -> PriceTable in try PriceTable.load(path: f) }
        var models: [CloudModelShare] = []
        var specs = p.all("cloud-model")
        if specs.isEmpty {
            guard let t = config.tiers.first(where: { $0.boundary == .external }), let m = t.models.first else {
                throw .usage("\(path): the config has no external tier; name the cloud model with --cloud-model MODEL")
            }
            specs = [m.id]
        }
        var shareSum = 0.0
        for s in specs {
            let parts = s.split(separator: "=", maxSplits: 1).map(String.init)
            let model = parts[0]
            var share = specs.count == 1 ? 1.0 : 0
            if parts.count == 2 {
                guard let v = Format.parseFraction(parts[1]), v > 0, v <= 1 else { throw .usage("\(path): --cloud-model \(s): the share must be from 0 to 1, got '\(parts[1])'") }
                share = v
            } else if specs.count > 1 {
                throw .usage("\(path): --cloud-model \(s): with several models, give each its share (MODEL=0.8)")
            }
            guard let hit = Prices.lookup(model: model, config: config, table: table) else {
                var m = "\(path): no price for '\(model)'"
                if let c = Prices.suggestion(for: model, table: table) { m += "; did you mean '\(c)'?" }
                throw .usage(m + " (add it under pricing: in the config, or pass --prices FILE)")
            }
            models.append(CloudModelShare(model: model, share: share, price: hit.price, source: hit.source.description))
            shareSum += share
        }
        if abs(shareSum - 1) > 1e-6 { throw .usage("\(path): the --cloud-model shares add up to \(formatDecimal(shareSum, digits: 3)), not 1") }

        // Hardware.
        let presetName = p.value("hardware") ?? "rtx-4090"
        var hw = Hardware.preset(presetName)!
        if let v = try count("hardware-price") { hw.priceUSD = v }
        if let v = try count("hardware-watts") { hw.watts = v }
        if let v = try count("host-watts") { hw.hostWatts = v }
        if let v = try positive("device-tokens-per-second") { hw.tokensPerSecond = v }
        var devices: Int? = nil
        if let d = p.value("devices") {
            guard let n = Int(d), n >= 0, n <= Int(limits["devices"]!) else {
                throw .usage("\(path): --devices needs a whole number from 0 to \(Format.grouped(limits["devices"]!)), got '\(d)'")
            }
            devices = n
        }
        let utilization = try fraction("utilization") ?? 0.8
        if utilization < 0.01 { throw .usage("\(path): --utilization must be at least 1%, got '\(p.value("utilization") ?? "")'") }
        let peak = try positive("peak-to-average") ?? 1
        if peak < 1 { throw .usage("\(path): --peak-to-average must be at least 1") }

        let inputs = CostInputs(
            tasksPerMonth: tasks, callsPerTask: calls, inputTokensPerCall: inputTokens, outputTokensPerCall: outputTokens,
            localShare: localShare, escalationRate: escalation, cloudModels: models,
            cacheHitRate: try fraction("cache-hit-rate") ?? 0, batchShare: try fraction("batch-share") ?? 0,
            batchDiscount: try fraction("batch-discount") ?? 0.5, hardware: hw, devices: devices,
            amortizationMonths: try positive("amortization-months") ?? 24,
            electricityUSDPerKWh: try count("electricity-price") ?? 0.15, utilization: utilization, peakToAverage: peak)
        let e = CostModel.estimate(inputs)
        let byShare = CostModel.overLocalShare(inputs, shares: localShares)
        let bySplit = CostModel.overInputShare(inputs, shares: inputShares)
        if let worst = ([e] + byShare + bySplit).first(where: { $0.devicesNeeded > CostModel.maxDevices }) {
            throw .usage("\(path): at a local share of \(Format.percent(worst.inputs.localShare, digits: 0)) the plan needs more than \(Format.grouped(Double(CostModel.maxDevices))) \(hw.name) devices; check --device-tokens-per-second, --utilization and the volume")
        }

        if !e.canServe {
            Terminal.warning("the plan cannot be served: \(e.devices) \(hw.name) device\(e.devices == 1 ? "" : "s") \(e.devices == 1 ? "delivers" : "deliver") \(Format.count(Double(e.devices) * e.deviceCapacityTokensPerSecond)) tokens/s at \(Format.percent(utilization, digits: 0)) utilization; the local share needs \(Format.count(e.peakTokensPerSecond)) at peak (\(e.devicesNeeded) devices); the calls it cannot take are billed in the cloud")
        }
        if p.flag("json") { Terminal.stdout(json(e, byShare: byShare, bySplit: bySplit, shareSource: shareSource, logPath: logPath)) }
        else if p.flag("csv") { Terminal.stdout(csv(e, byShare: byShare, bySplit: bySplit)) }
        else if p.flag("explain") { Terminal.stdout(explain(e, shareSource: shareSource, usage: usage)) }
        else { Terminal.stdout(text(e, byShare: byShare, bySplit: bySplit, shareSource: shareSource)) }
        return .success
    }

    /// `tier calibrate --json` output carries the chosen threshold's local share.
    static func calibratedShare(_ file: String) throws(TierError) -> Double {
        let bytes = try System.readFile(file, regularOnly: true)
        guard let v = try? bytes.withUnsafeBufferPointer({ (b) throws(JSONParseError) -> JSONValue in try JSONParser.parse(b) }),
              let share = v["chosen"]?["local_share"]?.numberValue ?? v["local_share"]?.numberValue, share >= 0, share <= 1 else {
            throw .data([Diagnostic(file: file, line: 1, column: 1, message: "not a 'tier calibrate --json' result with a chosen threshold (chosen.local_share)")])
        }
        return share
    }

    static func payback(_ e: CostEstimate) -> String {
        guard let m = e.paybackMonths else { return "never" }
        return m < 1 ? formatDecimal(m * CostModel.daysPerMonth, digits: 1) + " days" : formatDecimal(m, digits: 1) + " months"
    }

    static func capacityLine(_ e: CostEstimate) -> String {
        let i = e.inputs
        var s = "the device must sustain \(Format.count(e.requiredTokensPerSecond)) tokens/s"
        if i.peakToAverage != 1 { s += " (\(Format.count(e.peakTokensPerSecond)) at peak)" }
        s += "; one \(i.hardware.name) delivers \(Format.count(i.hardware.tokensPerSecond)) tokens/s, \(Format.count(e.deviceCapacityTokensPerSecond)) at \(Format.percent(i.utilization, digits: 0)) utilization: "
        s += "\(e.devicesNeeded) device\(e.devicesNeeded == 1 ? "" : "s") needed"
        if i.devices != nil { s += ", \(e.devices) planned" + (e.canServe ? "" : " — CANNOT SERVE THE LOCAL SHARE") }
        return s
    }

    static func text(_ e: CostEstimate, byShare: [CostEstimate], bySplit: [CostEstimate], shareSource: String) -> String {
        let i = e.inputs
        var s = "volume        \(Format.count(i.tasksPerMonth)) tasks/month × \(formatDecimal(i.callsPerTask, digits: 2)) calls = \(Format.count(e.callsPerMonth)) calls, \(Format.count(e.tokensPerMonth)) tokens (\(Format.count(e.inputTokensPerMonth)) in, \(Format.count(e.outputTokensPerMonth)) out)\n"
        for m in i.cloudModels {
            s += "cloud model   \(m.model) \(Format.percent(m.share, digits: 0)): \(Format.money(m.price.input)) in / \(Format.money(m.price.output)) out per 1M tokens (\(m.source))\n"
        }
        s += "local share   \(Format.percent(i.localShare)) of calls (\(shareSource))" + (i.escalationRate > 0 ? ", \(Format.percent(i.escalationRate)) escalated" : "") + "\n"
        s += "hardware      \(e.devices) × \(i.hardware.name) (\(i.hardware.note))\n\n"
        var t = TextTable(["per month", "cloud-only", "hybrid"])
        t.add(["cloud API", Format.money(e.cloudOnlyPerMonth), Format.money(e.cloudRemainderPerMonth)])
        t.add(["hardware depreciation", "-", Format.money(e.amortizationPerMonth)])
        t.add(["electricity", "-", Format.money(e.electricityPerMonth)])
        t.add(["total", Format.money(e.cloudOnlyPerMonth), Format.money(e.hybridPerMonth)])
        s += t.render()
        s += "\nsaving        \(Format.money(e.savingPerMonth))/month (\(formatDecimal(e.savingPercent, digits: 1))%); hardware \(Format.money(e.hardwareUSD)) pays back in \(payback(e))\n"
        s += "capacity      \(capacityLine(e))\n"
        s += "\nby local share\n" + sensitivity(byShare, first: "local share", key: { Format.percent($0.inputs.localShare, digits: 0) })
        s += "\nby input share of \(Format.count(i.inputTokensPerCall + i.outputTokensPerCall)) tokens per call\n"
            + sensitivity(bySplit, first: "input/output", key: { e in
                let inShare = e.inputs.inputTokensPerCall / (e.inputs.inputTokensPerCall + e.inputs.outputTokensPerCall)
                return "\(formatDecimal(inShare * 100, digits: 0))/\(formatDecimal(100 - inShare * 100, digits: 0))"
            })
        return s
    }

    static func sensitivity(_ rows: [CostEstimate], first: String, key: (CostEstimate) -> String) -> String {
        var t = TextTable([first, "cloud-only", "hybrid", "saving", "saving %", "devices", "payback"])
        for e in rows {
            t.add([key(e), Format.money(e.cloudOnlyPerMonth), Format.money(e.hybridPerMonth), Format.money(e.savingPerMonth),
                   formatDecimal(e.savingPercent, digits: 1) + "%", e.canServe ? String(e.devices) : "\(e.devices) (needs \(e.devicesNeeded))", payback(e)])
        }
        return t.render(indent: "  ")
    }

    static func explain(_ e: CostEstimate, shareSource: String, usage: LogUsage?) -> String {
        let i = e.inputs
        var s = "Assumptions\n"
        s += "  month                      = 30 days = 2,592,000 s = 720 h\n"
        s += "  tasks per month            = \(Format.count(i.tasksPerMonth))\n"
        s += "  calls per task             = \(formatDecimal(i.callsPerTask, digits: 3))\n"
        s += "  tokens per call            = \(formatDecimal(i.inputTokensPerCall, digits: 1)) in + \(formatDecimal(i.outputTokensPerCall, digits: 1)) out\n"
        s += "  local share                = \(formatDecimal(i.localShare, digits: 4)) (\(shareSource))\n"
        if let u = usage {
            s += "    from the log: \(u.answeredLocally) of \(u.answered) answered requests answered locally, \(u.escalatedFromLocal) escalated from a local tier, \(u.tokenSamples) with token counts\n"
        }
        s += "  escalation rate            = \(formatDecimal(i.escalationRate, digits: 4))\n"
        for m in i.cloudModels {
            s += "  cloud model                = \(m.model), share \(formatDecimal(m.share, digits: 3)); USD per 1M tokens: input \(formatDecimal(m.price.input, digits: 4)), output \(formatDecimal(m.price.output, digits: 4)), cached input \(m.price.cachedInput.map { formatDecimal($0, digits: 4) } ?? "none (billed as input)") from \(m.source)\n"
        }
        s += "  cache hit rate             = \(formatDecimal(i.cacheHitRate, digits: 3)) of input tokens\n"
        s += "  batch                      = \(formatDecimal(i.batchShare, digits: 3)) of cloud calls at \(formatDecimal(i.batchDiscount, digits: 3)) off\n"
        s += "  hardware                   = \(i.hardware.name): \(Format.money(i.hardware.priceUSD)), \(formatDecimal(i.hardware.watts, digits: 0)) W at load + \(formatDecimal(i.hardware.hostWatts, digits: 0)) W host, \(Format.count(i.hardware.tokensPerSecond)) tokens/s (\(i.hardware.note))\n"
        s += "  amortization               = \(formatDecimal(i.amortizationMonths, digits: 1)) months\n"
        s += "  electricity                = \(Format.money(i.electricityUSDPerKWh)) per kWh\n"
        s += "  utilization                = \(formatDecimal(i.utilization, digits: 3)) of rated tokens/s\n"
        s += "  peak to average            = \(formatDecimal(i.peakToAverage, digits: 2))\n"
        s += "\nCloud-only\n"
        s += "  calls/month                = tasks × calls per task = \(Format.grouped(e.callsPerMonth.rounded()))\n"
        s += "  tokens/month               = calls × tokens per call = \(Format.grouped(e.tokensPerMonth.rounded())) (\(Format.grouped(e.inputTokensPerMonth.rounded())) in, \(Format.grouped(e.outputTokensPerMonth.rounded())) out)\n"
        s += "  cost per call              = Σ share × (uncached in × input + cached in × cached + out × output) / 1M × (1 − batch share × discount) = $\(formatDecimal(e.cloudCostPerCall, digits: 6))\n"
        s += "  cloud-only                 = calls × cost per call = $\(Format.fixed(e.cloudOnlyPerMonth, 2))\n"
        s += "\nHybrid\n"
        s += "  cloud remainder            = cloud-only × (1 − local share served) = $\(Format.fixed(e.cloudOnlyPerMonth, 2)) × \(formatDecimal(e.cloudCallShare, digits: 4)) = $\(Format.fixed(e.cloudRemainderPerMonth, 2))\n"
        if !e.canServe { s += "  local share served         = local share × capacity / peak = \(formatDecimal(e.servedLocalShare, digits: 4)) (too few devices)\n" }
        s += "  local load                 = local share + escalation rate = \(formatDecimal(e.localLoadShare, digits: 4)) of calls\n"
        s += "  local tokens/month         = calls × local load × tokens per call = \(Format.grouped(e.localTokensPerMonth.rounded()))\n"
        s += "  sustained tokens/s         = local tokens / 2,592,000 s = \(Format.fixed(e.requiredTokensPerSecond, 1))\n"
        s += "  peak tokens/s              = sustained × peak to average = \(Format.fixed(e.peakTokensPerSecond, 1))\n"
        s += "  per-device capacity        = rated × utilization = \(Format.fixed(e.deviceCapacityTokensPerSecond, 1)) tokens/s\n"
        s += "  devices needed             = ceil(peak / per-device capacity) = \(e.devicesNeeded)\n"
        s += "  devices                    = \(e.devices)\(i.devices == nil ? " (as needed)" : " (fixed)")\(e.canServe ? "" : " — cannot serve the local share")\n"
        s += "  device load                = sustained served / (devices × rated) = \(formatDecimal(e.load, digits: 4))\n"
        s += "  hardware                   = devices × price = $\(Format.fixed(e.hardwareUSD, 2))\n"
        s += "  depreciation               = hardware / amortization months = $\(Format.fixed(e.amortizationPerMonth, 2))\n"
        s += "  energy                     = devices × (host W + device W × load) × 720 h / 1000 = \(Format.fixed(e.kWhPerMonth, 1)) kWh\n"
        s += "  electricity                = energy × price per kWh = $\(Format.fixed(e.electricityPerMonth, 2))\n"
        s += "  hybrid                     = depreciation + electricity + cloud remainder = $\(Format.fixed(e.hybridPerMonth, 2))\n"
        s += "\nResult\n"
        s += "  saving                     = cloud-only − hybrid = $\(Format.fixed(e.savingPerMonth, 2)) (\(Format.fixed(e.savingPercent, 2))%)\n"
        s += "  payback                    = hardware / (cloud-only − cloud remainder − electricity) = \(payback(e))\n"
        return s
    }

    static func estimateJSON(_ e: CostEstimate, _ w: inout JSONWriter) {
        w.object { w in
            w.field("local_share", e.inputs.localShare, digits: 4)
            w.field("input_tokens_per_call", e.inputs.inputTokensPerCall, digits: 1)
            w.field("output_tokens_per_call", e.inputs.outputTokensPerCall, digits: 1)
            w.field("calls_per_month", e.callsPerMonth, digits: 0)
            w.field("tokens_per_month", e.tokensPerMonth, digits: 0)
            w.field("cloud_cost_per_call_usd", e.cloudCostPerCall, digits: 8)
            w.field("cloud_only_usd", e.cloudOnlyPerMonth, digits: 2)
            w.field("served_local_share", e.servedLocalShare, digits: 4)
            w.field("cloud_remainder_usd", e.cloudRemainderPerMonth, digits: 2)
            w.field("local_tokens_per_month", e.localTokensPerMonth, digits: 0)
            w.field("required_tokens_per_second", e.requiredTokensPerSecond, digits: 1)
            w.field("peak_tokens_per_second", e.peakTokensPerSecond, digits: 1)
            w.field("device_capacity_tokens_per_second", e.deviceCapacityTokensPerSecond, digits: 1)
            w.field("devices_needed", e.devicesNeeded)
            w.field("devices", e.devices)
            w.field("can_serve", e.canServe)
            w.field("device_load", e.load, digits: 4)
            w.field("hardware_usd", e.hardwareUSD, digits: 2)
            w.field("amortization_usd", e.amortizationPerMonth, digits: 2)
            w.field("kwh", e.kWhPerMonth, digits: 1)
            w.field("electricity_usd", e.electricityPerMonth, digits: 2)
            w.field("hybrid_usd", e.hybridPerMonth, digits: 2)
            w.field("saving_usd", e.savingPerMonth, digits: 2)
            w.field("saving_percent", e.savingPercent, digits: 2)
            w.key("payback_months"); if let m = e.paybackMonths { w.double(m, digits: 2) } else { w.null() }
        }
    }

    static func json(_ e: CostEstimate, byShare: [CostEstimate], bySplit: [CostEstimate], shareSource: String, logPath: String?) -> String {
        let i = e.inputs
        var w = JSONWriter()
        w.object { w in
            w.key("inputs")
            w.object { w in
                w.field("tasks_per_month", i.tasksPerMonth, digits: 2)
                w.field("calls_per_task", i.callsPerTask, digits: 3)
                w.field("local_share_source", shareSource)
                w.field("escalation_rate", i.escalationRate, digits: 4)
                w.key("cloud_models")
                w.array { w in
                    for m in i.cloudModels {
                        w.object { w in
                            w.field("model", m.model)
                            w.field("share", m.share, digits: 4)
                            w.field("input_per_1m", m.price.input, digits: 4)
                            w.field("output_per_1m", m.price.output, digits: 4)
                            w.key("cached_input_per_1m"); if let c = m.price.cachedInput { w.double(c, digits: 4) } else { w.null() }
                            w.field("price_source", m.source)
                        }
                    }
                }
                w.field("prices_as_of", Prices.asOf)
                w.field("cache_hit_rate", i.cacheHitRate, digits: 4)
                w.field("batch_share", i.batchShare, digits: 4)
                w.field("batch_discount", i.batchDiscount, digits: 4)
                w.key("hardware")
                w.object { w in
                    w.field("name", i.hardware.name)
                    w.field("price_usd", i.hardware.priceUSD, digits: 2)
                    w.field("watts", i.hardware.watts, digits: 1)
                    w.field("host_watts", i.hardware.hostWatts, digits: 1)
                    w.field("tokens_per_second", i.hardware.tokensPerSecond, digits: 1)
                }
                w.field("amortization_months", i.amortizationMonths, digits: 2)
                w.field("electricity_usd_per_kwh", i.electricityUSDPerKWh, digits: 4)
                w.field("utilization", i.utilization, digits: 4)
                w.field("peak_to_average", i.peakToAverage, digits: 3)
                w.field("days_per_month", Int(CostModel.daysPerMonth))
            }
            w.key("plan"); estimateJSON(e, &w)
            w.key("by_local_share"); w.array { w in for x in byShare { estimateJSON(x, &w) } }
            w.key("by_input_share"); w.array { w in for x in bySplit { estimateJSON(x, &w) } }
        }
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func csv(_ e: CostEstimate, byShare: [CostEstimate], bySplit: [CostEstimate]) -> String {
        var s = "scenario,local_share,input_share,calls_per_month,tokens_per_month,cloud_only_usd,cloud_remainder_usd,amortization_usd,electricity_usd,hybrid_usd,saving_usd,saving_percent,devices_needed,devices,can_serve,payback_months\n"
        func row(_ name: String, _ e: CostEstimate) {
            let inShare = e.inputs.inputTokensPerCall / (e.inputs.inputTokensPerCall + e.inputs.outputTokensPerCall)
            let cells = [name, formatDecimal(e.inputs.localShare, digits: 4), formatDecimal(inShare, digits: 4),
                         formatDecimal(e.callsPerMonth, digits: 0), formatDecimal(e.tokensPerMonth, digits: 0),
                         formatDecimal(e.cloudOnlyPerMonth, digits: 2), formatDecimal(e.cloudRemainderPerMonth, digits: 2),
                         formatDecimal(e.amortizationPerMonth, digits: 2), formatDecimal(e.electricityPerMonth, digits: 2),
                         formatDecimal(e.hybridPerMonth, digits: 2), formatDecimal(e.savingPerMonth, digits: 2),
                         formatDecimal(e.savingPercent, digits: 2), String(e.devicesNeeded), String(e.devices),
                         e.canServe ? "true" : "false", e.paybackMonths.map { formatDecimal($0, digits: 2) } ?? ""]
            s += cells.joined(separator: ",") + "\n"
        }
        row("plan", e)
        for x in byShare { row("local_share", x) }
        for x in bySplit { row("input_share", x) }
        return s
    }
}
