#if canImport(Glibc)
import Glibc
#endif
import TierCore

enum CalibrateCommand {
    static let spec = CommandSpec(
        name: "calibrate",
        summary: "pick the escalation threshold from logged outcomes (local confidence, and whether the reference agreed)",
        usage: ["tier calibrate [options] [FILE...]", "tier calibrate --write [--by task_type] [--fit isotonic|combined]"],
        discussion: [
            "Reads the request log (default), or any JSONL or CSV FILE ('-' for standard input): each record's local confidence and a label saying whether the reference tier agreed (shadow sampling in 'tier ask', or 'tier bench --parity'). A label is true/false, or a score counted as agreement at or above --label-threshold. Records without both are not labelled and are left out; a malformed line is reported with its line number and skipped (fatal with --strict).",
            "For each threshold t (every distinct confidence): local share = the fraction of records with confidence >= t; kept-local agreement = the agreement rate among them; expected overall quality = local share × agreement + (1 − local share) × --reference-quality. The choice is made by a fixed-sequence test with an exact (Clopper-Pearson) binomial bound: thresholds are tested from the strictest down, stopping at the first whose kept-local agreement does not clear --target, and the lowest that cleared is chosen. Its guarantee holds for the threshold it picks: with probability at least --confidence-level, the kept-local agreement at the chosen threshold is at least --target (for requests like the records). The strictest thresholds keep too few records to pass, so up to four sequences start at growing record counts, each at (1 − level) / 4; the starts depend only on the confidences. The knee is where agreement falls off fastest as more is kept local.",
            "It also judges the confidence itself: a reliability table by bins, expected calibration error (ECE, ten bins), Brier score and AUROC of confidence against agreement. --fit isotonic fits a monotone map from confidence to the probability of agreement (pool-adjacent-violators), reports its ECE cross-validated on two folds, and chooses the threshold on the mapped confidence; --write stores the map as routing.confidence.calibration, which 'tier ask' applies.",
            "--fit combined learns the confidence from the records' logged signals (--signals-field, default shadow.signals: what 'tier ask' logs for shadow-sampled requests and 'tier bench --parity' for its pairs): an L2-regularised logistic regression over the signals, pooled with an offset per task type, and a regression of its own (shrunk toward the pooled one) for each task type with at least --min-task-records labelled records of both outcomes; then an isotonic map of its output to the probability of being right. It is cross-validated (5 folds): the table gives each task type's held-out AUROC and ECE next to the best single signal's AUROC, and the threshold is chosen on the held-out confidence. --write stores the model as routing.confidence.model (with the threshold); 'tier ask' then reports and escalates on the model's probability.",
            "With too few labelled records to clear the target, it says how many more it needs at the best observed rate and exits 1; it never invents a threshold. --write edits the config in place (only the changed values; comments and formatting stay) and prints the diff on standard error.",
        ],
        options: [
            OptionSpec("format", .value("FORMAT"), completion: .choices(CalibrationFormat.allCases.map(\.rawValue)), help: "The input format (default: csv for a .csv file, else jsonl)."),
            OptionSpec("confidence-field", .value("PATH"), default: "shadow.local_confidence", help: "The confidence: a dotted key path in JSONL, a column in CSV."),
            OptionSpec("label-field", .value("PATH"), default: "shadow.agreement", help: "The label: true/false, or a score (see --label-threshold)."),
            OptionSpec("label-threshold", .value("X"), default: "0.5", help: "A numeric label at or above this counts as agreement."),
            OptionSpec("task-field", .value("PATH"), default: "task_type", help: "The task type, for --task and --by task_type. --fit combined groups by task_key (ask's key: the given task type, else the prompt's shape), then task_type."),
            OptionSpec("tier-field", .value("PATH"), default: "final_tier", help: "The tier, for --tier and --by tier."),
            OptionSpec("time-field", .value("PATH"), default: "time", help: "The record time (RFC 3339, UTC), for --since."),
            OptionSpec("task", .value("TASK"), repeatable: true, help: "Only records of this task type."),
            OptionSpec("tier", .value("TIER"), repeatable: true, help: "Only records of this tier."),
            OptionSpec("since", .value("WHEN"), help: "Only records at or after WHEN: a date (2026-11-01), an RFC 3339 time, or an age (7d, 12h)."),
            OptionSpec("strict", help: "A malformed line is fatal."),
            OptionSpec("target", .value("X"), default: "0.95", help: "The kept-local agreement to reach."),
            OptionSpec("confidence-level", .value("X"), default: "0.95", help: "The guarantee's level: 1 − δ, the probability that the chosen threshold meets the target."),
            OptionSpec("future", .value("N"), help: "The guarantee covers the kept-local agreement among the next N requests (default: as many as the records calibrated on; 0: the long-run rate only)."),
            OptionSpec("reference-quality", .value("X"), default: "1", help: "The quality counted for escalated requests."),
            OptionSpec("by", .value("FIELD"), completion: .choices(["task_type", "tier"]), help: "A threshold per task type (or tier) as well."),
            OptionSpec("fit", .value("METHOD"), completion: .choices(["isotonic", "combined"]), help: "isotonic: a monotone map from confidence to the probability of agreement; combined: a model over the logged signals."),
            OptionSpec("signals-field", .value("PATH"), default: "shadow.signals", help: "For --fit combined: the object of named signals in each JSONL record."),
            OptionSpec("min-task-records", .value("N"), default: "200", help: "For --fit combined: a task type with this many labelled records gets a model of its own."),
            OptionSpec("calls-per-month", .value("N"), help: "Requests per month, for the saving (default: measured from the log's time span, when it covers a day)."),
            OptionSpec("tokens-per-call", .value("N"), default: "1000", help: "Tokens per request, for the saving (input share 0.75)."),
            OptionSpec("cloud-model", .value("MODEL"), help: "The model escalations go to, for the saving (default: the config's first external tier's first model)."),
            OptionSpec("json", help: "One JSON document."),
            OptionSpec("svg", .value("FILE"), help: "Write the plot (agreement and local share against the threshold) as SVG."),
            OptionSpec("write", help: "Write the threshold (and per-task thresholds and the map) into the config file in place, and print the diff."),
            RouteCommand.configOption,
        ],
        positional: PositionalSpec("FILE", repeatable: true, completion: .file, help: "The records (default: the request log); several files or globs (one log per gateway replica or host, 'logs/*.jsonl') are read as one."),
        examples: [
            ("tier calibrate", "The threshold from the request log's shadow-sampled requests."),
            ("tier calibrate --by task_type --write", "Per-task thresholds, written into the config."),
            ("tier calibrate --confidence-field conf --label-field correct outcomes.csv", "Any CSV with a confidence and a label."),
        ],
        exitCodes: [.success, .failure, .usage, .config]
    )

    struct Group {
        var name: String
        var result: CalibrationResult
    }

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        let path = "tier calibrate"
        guard let p = try RootCommand.parse(args, spec, path: path) else { return .success }
        // Each of these has a table default, so a value is always there.
        func fraction(_ name: String, open: Bool = false) throws(TierError) -> Double {
            try p.fraction(name, of: spec, path: path, exclusive: open)!
        }
        var settings = CalibrationSettings()
        settings.target = try fraction("target", open: true)
        settings.confidenceLevel = try fraction("confidence-level", open: true)
        settings.referenceQuality = try fraction("reference-quality")
        if let s = p.value("future") {
            guard let v = Int(s), v >= 0, v <= 1_000_000_000_000 else { throw .usage("\(path): --future needs a whole number from 0 to 1000000000000, got '\(s)'") }
            settings.future = v
        }

        var fields = CalibrationFields()
        fields.confidence = p.value("confidence-field") ?? fields.confidence
        fields.label = p.value("label-field") ?? fields.label
        fields.task = p.value("task-field") ?? fields.task
        fields.tier = p.value("tier-field") ?? fields.tier
        fields.time = p.value("time-field") ?? fields.time
        let combined = p.value("fit") == "combined"
        if combined {
            fields.readSignals = true
            // Group by what ask looks the model up by; records from before the key have only the task type.
            if p.value("task-field") == nil { fields.task = LogRecord.Key.taskKey; fields.taskFallback = LogRecord.Key.taskType }
            fields.signals = p.value("signals-field") ?? fields.signals
        } else if p.value("signals-field") != nil || p.value("min-task-records") != nil {
            throw .usage("\(path): --signals-field and --min-task-records go with --fit combined")
        }
        var fitSettings = CombinedFitSettings()
        if let s = p.value("min-task-records") {
            guard let v = Int(s), v >= 2, v <= 1_000_000_000 else { throw .usage("\(path): --min-task-records needs a whole number from 2 to 1000000000, got '\(s)'") }
            fitSettings.minTaskRecords = v
        }
        if let s = p.value("label-threshold") {
            guard let v = Double(s), v.isFinite else { throw .usage("\(path): --label-threshold needs a number, got '\(s)'") }
            fields.labelThreshold = v
        }
        // The saving's figures: checked here, so a typo is an error rather than a silent default or an inf.
        for (name, limit) in [("calls-per-month", 1e15), ("tokens-per-call", 1e9)] {
            guard let s = p.value(name) else { continue }
            guard let v = Format.parseCount(s), v > 0, v <= limit else {
                throw .usage("\(path): --\(name) needs a number more than 0 and at most \(Format.grouped(limit)), got '\(s)'")
            }
        }
        var filters = CalibrationFilters()
        filters.tasks = Set(p.all("task"))
        filters.tiers = Set(p.all("tier"))
        if let s = p.value("since") { filters.since = try since(s, path: path) }
        let grouping = p.value("by").flatMap { CalibrationGrouping(rawValue: $0) } ?? .none

        let needConfig = p.flag("write") || p.value("config") != nil
        let config: TierConfig? = needConfig ? try RouteCommand.loadConfig(p) : (try? RouteCommand.loadConfig(p))
        let inputs = p.positionals.isEmpty ? [config?.log.path ?? RequestLog.defaultPath()] : try LogFiles.expand(p.positionals, what: "calibrate FILE")
        if inputs.count > 1 && inputs.contains("-") { throw .usage("\(path): '-' (standard input) cannot be read beside other files") }
        for input in inputs where input != "-" && !System.fileExists(input) {
            throw .io(path: input, message: p.positionals.isEmpty ? "no request log yet (run 'tier ask' with routing.shadow_rate above 0, or 'tier bench --parity', or name a FILE)" : "no such file")
        }
        var parts: [CalibrationData] = []
        for input in inputs {
            let format = p.value("format").flatMap(CalibrationFormat.init(rawValue:)) ?? (input.hasSuffix(".csv") ? .csv : .jsonl)
            parts.append(try CalibrationInput.read(path: input, format: format, fields: fields, filters: filters, grouping: grouping, strict: p.flag("strict")))
        }
        let data = CalibrationData.merge(parts)
        let input = inputs.count == 1 ? inputs[0] : "\(inputs.count) files"
        for d in data.malformed { Terminal.diagnostic(d, severity: "warning") }
        if data.malformedCount > data.malformed.count {
            Terminal.warning("\(data.malformedCount - data.malformed.count) more malformed lines not shown")
        }
        if data.malformedCount > 0 { Terminal.warning("skipped \(data.malformedCount) malformed line\(data.malformedCount == 1 ? "" : "s") of \(data.lines)") }

        // Empty and one-class inputs: say what is wrong, never invent a threshold.
        let source = input == "-" ? "standard input" : input
        if data.records.isEmpty {
            var m = "\(path): no labelled records in \(source) (\(data.lines) lines: \(data.unlabelled) without " + (combined ? "'\(fields.signals)' and '\(fields.label)'" : "'\(fields.confidence)' and '\(fields.label)'")
            if data.filteredOut > 0 { m += ", \(data.filteredOut) filtered out" }
            if data.malformedCount > 0 { m += ", \(data.malformedCount) malformed" }
            throw .runtime(m + ")")
        }
        var records = data.records
        let agreeing = records.reduce(0) { $0 + ($1.agrees ? 1 : 0) }
        if agreeing == 0 || agreeing == records.count {
            throw .runtime("\(path): all \(records.count) labelled records say \(agreeing == 0 ? "'disagree'" : "'agree'"): calibration needs both outcomes (check --label-field and --label-threshold)")
        }

        let raw = Calibration.analyze(records, settings: settings)
        var fitted: [(x: Double, y: Double)]? = nil
        var crossValidatedECE: Double? = nil
        if p.value("fit") == "isotonic" {
            let knots = Isotonic.fit(records)
            crossValidatedECE = crossValidated(records)
            for i in records.indices { records[i].confidence = Isotonic.apply(knots, records[i].confidence) }
            fitted = knots
        }
        var model: CombinedFitResult? = nil
        if combined {
            guard let m = CombinedFit.fit(data.table, settings: fitSettings) else {
                throw .runtime("\(path): --fit combined needs at least 4 labelled records with signals, found \(records.count)")
            }
            for i in records.indices { records[i].confidence = m.heldOut[i] }
            model = m
        }
        let result = fitted == nil && model == nil ? raw : Calibration.analyze(records, settings: settings)
        var groups: [Group] = []
        if grouping != .none {
            for (gi, name) in data.groups.enumerated() {
                let sub = records.filter { $0.group == Int32(gi) }
                groups.append(Group(name: name, result: Calibration.analyze(sub, settings: settings)))
            }
            groups.sort { $0.name < $1.name }
        }
        let saving = savingEstimate(result, p: p, config: config, data: data)

        if let svgPath = p.value("svg") {
            let svg = Plot.svg(plotSpec(result, settings: settings))
            try System.writeFile(svgPath, svg)
        }
        if p.flag("json") {
            Terminal.stdout(json(result, raw: raw, fitted: fitted, cvECE: crossValidatedECE, model: model, groups: groups, data: data, settings: settings, saving: saving, source: source))
        } else {
            Terminal.stdout(text(result, raw: raw, fitted: fitted, cvECE: crossValidatedECE, groups: groups, model: model, data: data, settings: settings, fields: fields, saving: saving, source: source))
        }

        if p.flag("write") {
            guard let c = config else { throw .usage("\(path): --write needs a config file") }
            guard let file = c.source.path else {
                throw .usage("\(path): --write needs a config file to edit; the embedded default is in use (give --config FILE)")
            }
            guard let chosen = result.chosen else {
                Terminal.error("\(path): nothing written: no threshold clears the target")
                return .failure
            }
            try write(file: file, threshold: chosen.threshold, groups: grouping == .task_type ? groups : [], fitted: fitted, model: model?.model, existing: c)
        }
        return result.chosen == nil ? .failure : .success
    }

    /// Two-fold cross-validated ECE of the isotonic map: fit on one half, measure on the other.
    static func crossValidated(_ records: [CalibrationRecord]) -> Double {
        var a: [CalibrationRecord] = [], b: [CalibrationRecord] = []
        for (i, r) in records.enumerated() { if i % 2 == 0 { a.append(r) } else { b.append(r) } }
        let ka = Isotonic.fit(a), kb = Isotonic.fit(b)
        var mapped: [CalibrationRecord] = []
        for r in b { var m = r; m.confidence = Isotonic.apply(ka, r.confidence); mapped.append(m) }
        for r in a { var m = r; m.confidence = Isotonic.apply(kb, r.confidence); mapped.append(m) }
        return Calibration.analyze(mapped).ece
    }

    static func since(_ s: String, path: String) throws(TierError) -> String {
        if RequestLog.epochSeconds(s) != nil {
            return s.count == 10 ? s + "T00:00:00.000Z" : s
        }
        var seconds: Int? = nil
        var tooLong = false
        if s.hasSuffix("d"), s.count > 1, s.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) {
            // A century at most: the age is subtracted from the clock, and more digits would overflow.
            if let days = Int(s.dropLast()), days <= 36_500 { seconds = days * 86_400 } else { tooLong = true }
        } else {
            switch DurationValue.parseChecked(s) {
            case .success(let d): seconds = d.milliseconds / 1000
            case .failure(.tooLong): tooLong = true
            case .failure(.notADuration): break
            }
        }
        if tooLong { throw .usage("\(path): --since: the age '\(s.count > 40 ? s.prefix(40) + "…" : s)' is longer than the maximum, 36500d") }
        guard let age = seconds else {
            throw .usage("\(path): --since needs a date (2026-11-01), an RFC 3339 UTC time or an age (7d, 12h), got '\(s)'")
        }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return RequestLog.timestamp(seconds: ts.tv_sec - age)
    }

    struct Saving {
        var callsPerMonth: Double
        var callsMeasured: Bool
        var model: String
        var cloudOnly: Double
        var saving: Double
    }

    /// The cloud bill the chosen threshold keeps local, from the cost model (hardware not counted:
    /// 'tier cost-estimate --from-calibrate' adds it).
    static func savingEstimate(_ r: CalibrationResult, p: ParsedArguments, config: TierConfig?, data: CalibrationData) -> Saving? {
        guard let chosen = r.chosen, let c = config else { return nil }
        var calls: Double? = p.value("calls-per-month").flatMap(Format.parseCount)
        var measured = false
        if calls == nil, let a = data.earliest.flatMap(RequestLog.epochSeconds), let b = data.latest.flatMap(RequestLog.epochSeconds), b - a >= 86_400 {
            calls = Double(data.lines) / Double(b - a) * CostModel.secondsPerMonth
            measured = true
        }
        let model = p.value("cloud-model") ?? c.tiers.first { $0.boundary == .external }?.models.first?.id
        guard let n = calls, let m = model, let price = Prices.price(model: m, config: c) else { return nil }
        let tokens = p.value("tokens-per-call").flatMap(Format.parseCount) ?? 1000
        let perCall = CostModel.costPerCall(price, input: tokens * 0.75, output: tokens * 0.25, cacheHitRate: 0, batchShare: 0, batchDiscount: 0)
        return Saving(callsPerMonth: n, callsMeasured: measured, model: m, cloudOnly: n * perCall, saving: n * perCall * chosen.localShare)
    }

    static func plotSpec(_ r: CalibrationResult, settings: CalibrationSettings) -> PlotSpec {
        let pts = r.sampled(step: 0.02)
        return PlotSpec(
            title: "Kept-local agreement and local share against the escalation threshold",
            xLabel: "escalation threshold (confidence)", yLabel: "fraction",
            xRange: 0...1, yRange: 0...1,
            series: [
                PlotSeries(name: "target \(formatDecimal(settings.target, digits: 3))", symbol: "-", colour: "#2ca02c", points: stride(from: 0.0, through: 1.0, by: 0.02).map { ($0, settings.target) }),
                PlotSeries(name: "Wilson lower bound", symbol: ".", colour: "#9ecae1", points: pts.filter { $0.kept > 0 }.map { ($0.threshold, $0.wilsonLower) }),
                PlotSeries(name: "local share", symbol: "o", colour: "#ff7f0e", points: pts.map { ($0.threshold, $0.localShare) }),
                PlotSeries(name: "kept-local agreement", symbol: "*", colour: "#1f77b4", points: pts.filter { $0.kept > 0 }.map { ($0.threshold, $0.agreement) }),
            ],
            marker: r.chosen.map { ($0.threshold, "chosen \(formatDecimal($0.threshold, digits: 3))") })
    }

    static func exactLower(_ t: ThresholdPoint, level: Double) -> Double {
        t.exactLower.isNaN ? Statistics.clopperPearsonLower(successes: t.agreeing, n: t.kept, alpha: level) : t.exactLower
    }

    static func row(_ t: ThresholdPoint, mark: String, level: Double) -> [String] {
        [mark + Format.fixed(t.threshold, 3), Format.percent(t.localShare), Format.grouped(t.kept),
         t.kept == 0 ? "-" : Format.fixed(t.agreement, 3), t.kept == 0 ? "-" : Format.fixed(exactLower(t, level: level), 3), Format.fixed(t.overallQuality, 3)]
    }

    /// What the chosen threshold's guarantee says, in words.
    static func guarantee(_ r: CalibrationResult, settings: CalibrationSettings) -> String {
        let what = r.future > 0 ? "among the next \(Format.grouped(r.future)) requests like these records, kept-local agreement >= \(formatDecimal(settings.target, digits: 4)) at the chosen threshold"
            : "the long-run kept-local agreement at the chosen threshold is >= \(formatDecimal(settings.target, digits: 4)) for requests like these records"
        return "with probability >= \(formatDecimal(1 - r.delta, digits: 4)), \(what) (fixed-sequence test from the strictest threshold down, " + (r.future > 0 ? "exact exchangeable test of these records against those requests" : "exact binomial bound") + ", \(r.starts) start\(r.starts == 1 ? "" : "s") at \(formatDecimal(r.levelEach, digits: 4)) each)"
    }

    static func text(_ r: CalibrationResult, raw: CalibrationResult, fitted: [(x: Double, y: Double)]?, cvECE: Double?, groups: [Group],
                     model: CombinedFitResult? = nil, data: CalibrationData, settings: CalibrationSettings, fields: CalibrationFields, saving: Saving?, source: String) -> String {
        let z = Statistics.z(level: settings.confidenceLevel)
        var s = "records   \(Format.grouped(r.records)) labelled from \(source) (agreement \(Format.percent(Double(r.agreeing) / Double(r.records))))"
        var notes: [String] = []
        if data.unlabelled > 0 { notes.append("\(Format.grouped(data.unlabelled)) unlabelled") }
        if data.filteredOut > 0 { notes.append("\(Format.grouped(data.filteredOut)) filtered out") }
        if data.malformedCount > 0 { notes.append("\(Format.grouped(data.malformedCount)) malformed, skipped") }
        s += notes.isEmpty ? "\n" : "; " + notes.joined(separator: ", ") + "\n"
        _ = z
        s += "target    kept-local agreement >= \(formatDecimal(settings.target, digits: 4)), shown by a fixed-sequence test " + (r.future > 0 ? "for the next \(Format.grouped(r.future)) requests (exact exchangeable test)" : "of the long-run rate (exact binomial bound)") + " at \(Format.percent(settings.confidenceLevel, digits: 0))\n"
        if fitted != nil { s += "          on the isotonic-mapped confidence\n" }
        if let m = model { s += "          on the combined confidence, held out (\(m.folds)-fold cross-validation)\n" }
        s += "\n"
        var t = TextTable(["threshold", "local share", "kept", "agreement", "exact low", "overall"])
        var rows = r.sampled(step: 0.05).filter { $0.kept > 0 }
        if let c = r.chosen {
            rows.removeAll { Format.fixed($0.threshold, 3) == Format.fixed(c.threshold, 3) }
            rows.append(c)
            rows.sort { $0.threshold < $1.threshold }
        }
        for p in rows { t.add(row(p, mark: p == r.chosen ? "* " : "  ", level: r.levelEach)) }
        s += t.render()
        s += "\n"
        if let c = r.chosen {
            s += "chosen    \(Format.fixed(c.threshold, 3)): \(Format.percent(c.localShare)) stays local (agreement \(Format.fixed(c.agreement, 3)), exact lower bound \(Format.fixed(exactLower(c, level: r.levelEach), 3)) on \(Format.grouped(c.kept)) records); escalation rate \(Format.percent(1 - c.localShare)); expected overall quality \(Format.fixed(c.overallQuality, 3))\n"
            s += "guarantee \(guarantee(r, settings: settings))\n"
        } else {
            s += "chosen    none: no threshold clears \(formatDecimal(settings.target, digits: 4))"
            if let b = r.bestRate {
                if let n = r.recordsNeeded {
                    s += "; the best rate, \(Format.fixed(b.agreement, 3)) at confidence >= \(Format.fixed(b.threshold, 3)) (\(Format.grouped(b.kept)) records), needs about \(Format.grouped(n)) more labelled records to clear it at this confidence level\n"
                } else {
                    s += "; even the best rate, \(Format.fixed(b.agreement, 3)) at confidence >= \(Format.fixed(b.threshold, 3)), is below it: more records will not help (lower --target, or improve the local tier)\n"
                }
            } else { s += "\n" }
        }
        if let m = model { s += combinedText(m) }
        if let k = r.knee {
            s += "knee      \(Format.fixed(k.threshold, 3)): below it agreement falls off faster (local share \(Format.percent(k.localShare)), agreement \(Format.fixed(k.agreement, 3)))\n"
        }
        if let sv = saving {
            s += "saving    \(Format.money(sv.saving))/month of a \(Format.money(sv.cloudOnly)) cloud-only bill (\(Format.count(sv.callsPerMonth)) requests/month\(sv.callsMeasured ? " measured from the log" : ""), \(sv.model)); hardware not counted: see tier cost-estimate --from-calibrate\n"
        }
        if !groups.isEmpty {
            s += "\nby \(groups.count == 0 ? "" : "group")\n"
            var g = TextTable(["group", "records", "agreement", "threshold", "local share", "exact low"])
            for grp in groups {
                let gr = grp.result
                let rate = Format.fixed(Double(gr.agreeing) / Double(max(1, gr.records)), 3)
                if let c = gr.chosen {
                    g.add([grp.name, Format.grouped(gr.records), rate, Format.fixed(c.threshold, 3), Format.percent(c.localShare), Format.fixed(exactLower(c, level: gr.levelEach), 3)])
                } else {
                    g.add([grp.name, Format.grouped(gr.records), rate, gr.recordsNeeded.map { "needs \(Format.grouped($0)) more" } ?? "none", "-", "-"])
                }
            }
            s += g.render(indent: "  ")
        }
        s += "\nconfidence as a signal" + (fitted != nil ? " (raw)" : "") + "\n"
        s += "  AUROC \(raw.auroc.map { Format.fixed($0, 3) } ?? "n/a")   ECE \(Format.fixed(raw.ece, 3))   Brier \(Format.fixed(raw.brier, 3))\n"
        if let f = fitted {
            s += "  isotonic map: \(f.count) steps; ECE \(Format.fixed(cvECE ?? .nan, 3)) cross-validated (2 folds), Brier \(Format.fixed(r.brier, 3)) in-sample\n"
        }
        var rel = TextTable(["confidence", "records", "mean conf", "agreement"])
        for b in raw.reliability where b.count > 0 {
            rel.add(["\(Format.fixed(b.lower, 1))-\(Format.fixed(b.upper, 1))", Format.grouped(b.count), Format.fixed(b.meanConfidence, 3), Format.fixed(b.agreement, 3)])
        }
        s += rel.render(indent: "  ")
        s += "\n" + Plot.text(plotSpec(r, settings: settings))
        return s
    }

    static func pointJSON(_ t: ThresholdPoint, _ w: inout JSONWriter, level: Double) {
        w.object { w in
            w.field("threshold", t.threshold, digits: 6)
            w.field("kept", t.kept)
            w.field("local_share", t.localShare, digits: 6)
            w.key("agreement"); if t.kept > 0 { w.double(t.agreement, digits: 6) } else { w.null() }
            w.field("wilson_lower", t.wilsonLower, digits: 6)
            w.field("exact_lower", t.kept > 0 ? exactLower(t, level: level) : 0, digits: 6)
            w.field("overall_quality", t.overallQuality, digits: 6)
        }
    }

    static func json(_ r: CalibrationResult, raw: CalibrationResult, fitted: [(x: Double, y: Double)]?, cvECE: Double?, model: CombinedFitResult? = nil, groups: [Group],
                     data: CalibrationData, settings: CalibrationSettings, saving: Saving?, source: String) -> String {
        var w = JSONWriter()
        func number(_ v: Double?, _ w: inout JSONWriter) { if let v, v.isFinite { w.double(v, digits: 6) } else { w.null() } }
        w.object { w in
            w.field("source", source)
            w.field("records", r.records)
            w.field("agreeing", r.agreeing)
            w.field("lines", data.lines)
            w.field("unlabelled", data.unlabelled)
            w.field("filtered_out", data.filteredOut)
            w.field("malformed", data.malformedCount)
            w.field("target", settings.target, digits: 6)
            w.field("confidence_level", settings.confidenceLevel, digits: 6)
            w.field("z", Statistics.z(level: settings.confidenceLevel), digits: 6)
            w.key("chosen"); if let c = r.chosen { pointJSON(c, &w, level: r.levelEach) } else { w.null() }
            w.key("guarantee"); if r.chosen != nil { w.string(guarantee(r, settings: settings)) } else { w.null() }
            w.key("test")
            w.object { w in
                w.field("method", "fixed_sequence_clopper_pearson")
                w.field("delta", r.delta, digits: 6)
                w.field("starts", r.starts)
                w.field("level_each", r.levelEach, digits: 6)
                w.field("tested", r.tested)
                w.field("future", r.future)
            }
            w.key("escalation_rate"); number(r.chosen.map { 1 - $0.localShare }, &w)
            w.key("records_needed"); if let n = r.recordsNeeded { w.int(n) } else { w.null() }
            w.key("knee"); if let k = r.knee { pointJSON(k, &w, level: r.levelEach) } else { w.null() }
            w.key("curve"); w.array { w in for t in r.sampled(step: 0.05) { pointJSON(t, &w, level: r.levelEach) } }
            w.key("reliability")
            w.array { w in
                for b in raw.reliability {
                    w.object { w in
                        w.field("lower", b.lower, digits: 2)
                        w.field("upper", b.upper, digits: 2)
                        w.field("count", b.count)
                        w.key("mean_confidence"); number(b.meanConfidence, &w)
                        w.key("agreement"); number(b.agreement, &w)
                    }
                }
            }
            w.key("ece"); number(raw.ece, &w)
            w.key("brier"); number(raw.brier, &w)
            w.key("auroc"); number(raw.auroc, &w)
            if let f = fitted {
                w.key("isotonic")
                w.object { w in
                    w.key("map"); w.array { w in for k in f { w.array { w in w.double(k.x, digits: 6); w.double(k.y, digits: 6) } } }
                    w.key("ece_cross_validated"); number(cvECE, &w)
                    w.key("brier"); number(r.brier, &w)
                }
            }
            if let m = model {
                w.key("combined")
                w.object { w in
                    w.field("folds", m.folds)
                    w.key("signals"); w.array { w in for sg in m.model.signals { w.string(sg.rawValue) } }
                    w.key("pooled"); reportJSON(m.pooled, &w, number)
                    w.key("tasks"); w.object { w in for t in m.tasks { w.key(t.name); reportJSON(t, &w, number) } }
                    w.key("model"); m.model.writeJSON(&w)
                }
            }
            if !groups.isEmpty {
                w.key("groups")
                w.object { w in
                    for g in groups {
                        w.key(g.name)
                        w.object { w in
                            w.field("records", g.result.records)
                            w.field("agreeing", g.result.agreeing)
                            w.key("chosen"); if let c = g.result.chosen { pointJSON(c, &w, level: g.result.levelEach) } else { w.null() }
                            w.key("records_needed"); if let n = g.result.recordsNeeded { w.int(n) } else { w.null() }
                        }
                    }
                }
            }
            if let sv = saving {
                w.key("saving")
                w.object { w in
                    w.field("calls_per_month", sv.callsPerMonth, digits: 1)
                    w.field("calls_measured", sv.callsMeasured)
                    w.field("cloud_model", sv.model)
                    w.field("cloud_only_usd", sv.cloudOnly, digits: 2)
                    w.field("saving_usd", sv.saving, digits: 2)
                }
            }
            w.key("local_share"); number(r.chosen?.localShare, &w)
        }
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// Thresholds are rounded up to three decimals: a higher threshold only keeps less local.
    static func rounded(_ t: Double) -> String { formatDecimal((t * 1000).rounded(.up) / 1000, digits: 3) }

    static func write(file: String, threshold: Double, groups: [Group], fitted: [(x: Double, y: Double)]?, model: ConfidenceModel?, existing: TierConfig) throws(TierError) {
        let bytes = try System.readFile(file, limit: System.ReadLimit.config, regularOnly: true)
        var editor = ConfigEditor(text: String(decoding: bytes, as: UTF8.self), file: file)
        try editor.setScalar(["routing", "escalation_threshold"], rounded(threshold))
        let perTask = groups.compactMap { g in g.result.chosen.map { (key: g.name, value: rounded($0.threshold)) } }
        if !perTask.isEmpty { try editor.setEntries(["routing", "task_thresholds"], perTask) }
        if let f = fitted {
            // The map applies to the confidence the log holds; over an existing map, compose them.
            let old = existing.routing.confidence.calibration
            var knots: [(x: Double, y: Double)] = f
            if !old.isEmpty {
                let oldMap = old.map { (x: $0.raw, y: $0.calibrated) }
                knots = old.map { (x: $0.raw, y: Isotonic.apply(f, Isotonic.apply(oldMap, $0.raw))) }
            }
            let flow = "[" + knots.map { "[\(formatDecimal($0.x, digits: 4)), \(formatDecimal($0.y, digits: 4))]" }.joined(separator: ", ") + "]"
            try editor.setFlow(["routing", "confidence", "calibration"], flow)
        }
        if let m = model { try editor.setFlow(["routing", "confidence", "model"], m.flowYAML()) }
        // The edited file must still load before it replaces the old one.
        _ = try ConfigLoader.load(bytes: Array(editor.text.utf8), file: file, source: .flag(file))
        let diff = editor.diff()
        if diff.isEmpty {
            Terminal.stderr("tier calibrate: \(file) already has these values; nothing written")
            return
        }
        try editor.write()
        Terminal.stderr(diff)
    }

    static func reportJSON(_ r: FitReport, _ w: inout JSONWriter, _ number: (Double?, inout JSONWriter) -> Void) {
        w.object { w in
            w.field("records", r.records)
            w.field("right", r.right)
            w.field("model", r.model)
            w.key("auroc"); number(r.auroc, &w)
            w.key("ece"); number(r.ece, &w)
            w.key("best_signal"); if let b = r.best { w.string(b.signal.rawValue) } else { w.null() }
            w.key("best_signal_auroc"); number(r.best?.auroc, &w)
            w.key("signal_auroc")
            w.object { w in for (i, a) in r.signalAUROC.enumerated() { w.key(Signal.allCases[i].rawValue); number(a, &w) } }
        }
    }

    /// The combined fit's table: held-out AUROC and ECE per task type beside the best single signal.
    static func combinedText(_ m: CombinedFitResult) -> String {
        var s = "\ncombined confidence (\(m.model.signals.count) signals; held out, \(m.folds)-fold cross-validation)\n"
        var t = TextTable(["task type", "records", "right", "model", "AUROC", "ECE", "best single signal", "its AUROC"])
        func add(_ r: FitReport) {
            t.add([r.name, Format.grouped(r.records), Format.percent(Double(r.right) / Double(max(1, r.records))), r.model,
                   r.auroc.map { Format.fixed($0, 3) } ?? "n/a", Format.fixed(r.ece, 3), r.best?.signal.rawValue ?? "-",
                   r.best.map { Format.fixed($0.auroc, 3) } ?? "n/a"])
        }
        for r in m.tasks { add(r) }
        add(m.pooled)
        s += t.render(indent: "  ")
        let within = m.tasks.compactMap(\.auroc)
        if !within.isEmpty {
            s += "  within task types (mean of \(within.count)): AUROC \(Format.fixed(within.reduce(0, +) / Double(within.count), 3))\n"
        }
        return s
    }
}
