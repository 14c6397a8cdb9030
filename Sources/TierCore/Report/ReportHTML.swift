/// `tier report --html`: one self-contained page (inline CSS and SVG; no script, no network) with the
/// charts and the tables of the text report.
extension Report {
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]

    static func esc(_ s: String) -> String {
        var o = ""
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            default: o.append(c)
            }
        }
        return o
    }

    static func f(_ v: Double) -> String { formatDecimal(v, digits: 1) }

    struct Line {
        var name: String
        var colour: String
        var dash: String?
        var values: [Double?]
        /// Wilson intervals drawn as whiskers, and points drawn as drops.
        var whiskers: [(Double, Double)?]? = nil
        var flagged: [Bool]? = nil
    }

    /// A line chart over categorical x labels (periods).
    static func lineChart(id: String, title: String, labels: [String], lines: [Line], yMax: Double, yLabel: (Double) -> String, note: String? = nil) -> String {
        let w = 1000.0, h = 300.0, left = 70.0, right = 20.0, top = 36.0, bottom = 60.0
        let pw = w - left - right, ph = h - top - bottom
        let n = labels.count
        func x(_ i: Int) -> Double { n <= 1 ? left + pw / 2 : left + pw * Double(i) / Double(n - 1) }
        func y(_ v: Double) -> Double { top + ph * (1 - min(max(v / max(yMax, 1e-12), 0), 1)) }
        var s = "<svg class=\"chart\" id=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(w)) \(f(h))\" role=\"img\" aria-label=\"\(esc(title))\">"
        s += "<text x=\"\(f(left))\" y=\"22\" class=\"title\">\(esc(title))</text>"
        for k in 0...4 {
            let v = yMax * Double(k) / 4
            s += "<line x1=\"\(f(left))\" x2=\"\(f(w - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" class=\"tick\">\(esc(yLabel(v)))</text>"
        }
        // As many x labels as fit side by side (about 6.6 px a character at 11 px).
        let widest = Double(labels.map(\.count).max() ?? 1) * 6.6 + 14
        let fit = max(1, Int(pw / widest))
        let step = max(1, Int((Double(n) / Double(fit)).rounded(.up)))
        for i in stride(from: 0, to: n, by: step) {
            s += "<text x=\"\(f(x(i)))\" y=\"\(f(top + ph + 18))\" text-anchor=\"middle\" class=\"tick\">\(esc(labels[i]))</text>"
        }
        if n == 0 || lines.isEmpty {
            s += "<text x=\"\(f(left + pw / 2))\" y=\"\(f(top + ph / 2))\" text-anchor=\"middle\" class=\"note\">\(esc(note ?? "no data"))</text>"
        }
        for l in lines {
            if let ws = l.whiskers {
                for (i, wv) in ws.enumerated() { if let (lo, hi) = wv {
                    s += "<line x1=\"\(f(x(i)))\" x2=\"\(f(x(i)))\" y1=\"\(f(y(lo)))\" y2=\"\(f(y(hi)))\" stroke=\"\(l.colour)\" stroke-opacity=\"0.25\" stroke-width=\"6\"/>"
                } }
            }
            var path = ""
            var pen = false
            for (i, v) in l.values.enumerated() {
                guard let v else { pen = false; continue }
                path += (pen ? " L" : " M") + "\(f(x(i))),\(f(y(v)))"
                pen = true
            }
            s += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(l.colour)\" stroke-width=\"2\"\(l.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") data-series=\"\(esc(l.name))\"/>"
            // Every point marked while they stand apart; past 60 the line alone, and the drops.
            for (i, v) in l.values.enumerated() { if let v {
                let drop = l.flagged?[i] ?? false
                if n > 60 && !drop { continue }
                s += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"\(drop ? 6 : 3)\" fill=\"\(drop ? "#d62728" : l.colour)\" class=\"\(drop ? "drop" : "point")\" data-series=\"\(esc(l.name))\"/>"
            } }
        }
        var lx = left
        for l in lines {
            s += "<line x1=\"\(f(lx))\" x2=\"\(f(lx + 22))\" y1=\"\(f(h - 16))\" y2=\"\(f(h - 16))\" stroke=\"\(l.colour)\" stroke-width=\"3\"\(l.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
            s += "<text x=\"\(f(lx + 28))\" y=\"\(f(h - 12))\" class=\"legend\">\(esc(l.name))</text>"
            lx += 40 + Double(l.name.count) * 7.5
        }
        return s + "</svg>"
    }

    /// Grouped bars: one group per category, one bar per series.
    static func barChart(id: String, title: String, groups: [String], series: [(name: String, colour: String)], values: [[Double]], yLabel: (Double) -> String) -> String {
        let w = 1000.0, h = 300.0, left = 70.0, right = 20.0, top = 36.0, bottom = 60.0
        let pw = w - left - right, ph = h - top - bottom
        let yMax = niceMax(values.flatMap { $0 }.max() ?? 0)
        func y(_ v: Double) -> Double { top + ph * (1 - min(max(v / yMax, 0), 1)) }
        var s = "<svg class=\"chart\" id=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(w)) \(f(h))\" role=\"img\" aria-label=\"\(esc(title))\">"
        s += "<text x=\"\(f(left))\" y=\"22\" class=\"title\">\(esc(title))</text>"
        for k in 0...4 {
            let v = yMax * Double(k) / 4
            s += "<line x1=\"\(f(left))\" x2=\"\(f(w - right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" class=\"tick\">\(esc(yLabel(v)))</text>"
        }
        if groups.isEmpty {
            s += "<text x=\"\(f(left + pw / 2))\" y=\"\(f(top + ph / 2))\" text-anchor=\"middle\" class=\"note\">no data</text>"
        }
        let gw = groups.isEmpty ? pw : pw / Double(groups.count)
        let bw = series.isEmpty ? 0 : gw * 0.8 / Double(series.count)
        for (g, name) in groups.enumerated() {
            let gx = left + gw * Double(g) + gw * 0.1
            for (k, sr) in series.enumerated() where k < values[g].count {
                let v = values[g][k]
                s += "<rect x=\"\(f(gx + bw * Double(k)))\" y=\"\(f(y(v)))\" width=\"\(f(max(bw - 2, 1)))\" height=\"\(f(top + ph - y(v)))\" fill=\"\(sr.colour)\" class=\"bar\" data-series=\"\(esc(sr.name))\"><title>\(esc(name)) \(esc(sr.name)): \(esc(yLabel(v)))</title></rect>"
            }
            s += "<text x=\"\(f(gx + gw * 0.4))\" y=\"\(f(top + ph + 18))\" text-anchor=\"middle\" class=\"tick\">\(esc(name))</text>"
        }
        var lx = left
        for sr in series {
            s += "<rect x=\"\(f(lx))\" y=\"\(f(h - 24))\" width=\"14\" height=\"12\" fill=\"\(sr.colour)\"/>"
            s += "<text x=\"\(f(lx + 20))\" y=\"\(f(h - 14))\" class=\"legend\">\(esc(sr.name))</text>"
            lx += 34 + Double(sr.name.count) * 7.5
        }
        return s + "</svg>"
    }

    static func niceMax(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 1 }
        var mag = 1.0
        while mag * 10 <= v { mag *= 10 }
        while mag > v { mag /= 10 }
        for m in [1.0, 2, 2.5, 5, 10] where m * mag >= v { return m * mag }
        return 10 * mag
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var s = "<table><thead><tr>" + header.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead><tbody>"
        for r in rows { s += "<tr>" + r.enumerated().map { "<td\($0.offset == 0 ? " class=\"l\"" : "")>\(esc($0.element))</td>" }.joined() + "</tr>" }
        return s + "</tbody></table>"
    }

    public func html() -> String {
        let labels = periods.map(\.label)
        var shareLines: [Line] = []
        for (i, t) in tierNames.enumerated() {
            shareLines.append(Line(name: "\(t) share", colour: Report.palette[i % Report.palette.count], dash: nil,
                                   values: periods.map { $0.answered == 0 ? nil : $0.share(t) }))
        }
        shareLines.append(Line(name: "escalation rate", colour: "#d62728", dash: "6,4", values: periods.map { $0.requests == 0 ? nil : $0.escalationRate }))
        shareLines.append(Line(name: "fallback rate", colour: "#7f7f7f", dash: "2,3", values: periods.map { $0.requests == 0 ? nil : $0.fallbackRate }))
        let percent: (Double) -> String = { Format.percent($0, digits: 0) }
        var charts = ""
        charts += Report.lineChart(id: "chart-share", title: "Tier share of answered requests, escalation and fallback rate per \(periodWord)",
                                   labels: labels, lines: shareLines, yMax: 1, yLabel: percent)
        let latencyTiers = tiers.filter { $0.total != nil }
        // TTFT and total apart: on one axis the total's tail flattens the TTFT bars.
        for (id, what, pick) in [("chart-ttft", "Time to first token", { (t: Tier) in t.ttft }), ("chart-total", "Total time", { (t: Tier) in t.total })] {
            let ts = tiers.filter { pick($0) != nil }
            charts += Report.barChart(id: id, title: "\(what) per tier (ms): p50 / p95 / p99", groups: ts.map(\.name),
                                      series: [("p50", "#9ecae1"), ("p95", "#4292c6"), ("p99", "#08519c")],
                                      values: ts.map { t in [pick(t)!.p50, pick(t)!.p95, pick(t)!.p99] }, yLabel: { Format.ms($0) })
        }
        var cumActual: [Double?] = [], cumCloud: [Double?] = []
        var a = 0.0, c = 0.0
        for p in periods { a += p.costUSD; c += p.cloudOnlyUSD; cumActual.append(a); cumCloud.append(c) }
        var costLines = [Line(name: "actual (cumulative)", colour: "#2ca02c", dash: nil, values: cumActual)]
        if cost.model != nil { costLines.append(Line(name: "cloud-only on \(cost.model!) (cumulative)", colour: "#d62728", dash: "6,4", values: cumCloud)) }
        charts += Report.lineChart(id: "chart-cost", title: "Cost against cloud-only (USD, cumulative)", labels: labels, lines: costLines,
                                   yMax: Report.niceMax(max(a, cost.model != nil ? c : 0)), yLabel: { Format.money($0) })
        var agreeLines: [Line] = []
        for (name, rows, colour) in [("shadow agreement", shadow, "#1f77b4"), ("parity agreement", parityAgreement, "#9467bd")] where !rows.isEmpty {
            let byLabel = Dictionary(rows.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
            agreeLines.append(Line(name: name, colour: colour, dash: nil, values: labels.map { byLabel[$0]?.rate },
                                   whiskers: labels.map { l in byLabel[l].map { ($0.lower, $0.upper) } }, flagged: labels.map { byLabel[$0]?.drop ?? false }))
            agreeLines.append(Line(name: "\(name.split(separator: " ")[0]) mean confidence", colour: colour, dash: "2,3", values: labels.map { byLabel[$0]?.meanConfidence }))
        }
        charts += Report.lineChart(id: "chart-agreement", title: "Agreement per \(periodWord) with its \(Format.percent(confidenceLevel, digits: 0)) Wilson interval (red: a drop), and the mean local confidence",
                                   labels: labels, lines: agreeLines, yMax: 1, yLabel: percent, note: "no shadow or parity samples")

        var h = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>tier report</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1040px;color:#222;background:#fff}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
        p.sub{color:#555;margin:0 0 12px}
        .cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:110px}
        .card b{display:block;font-size:20px}.card span{color:#666;font-size:12px}
        table{border-collapse:collapse;font-size:13px;margin:6px 0}th,td{padding:3px 10px;text-align:right;border-bottom:1px solid #eee}
        th{background:#f5f5f5}td.l,th:first-child{text-align:left}
        svg.chart{width:100%;height:auto;margin:8px 0 4px;border:1px solid #eee}
        svg .title{font-size:15px;font-weight:600;fill:#222}svg .tick{font-size:11px;fill:#555}svg .legend{font-size:12px;fill:#333}
        svg .grid{stroke:#e5e5e5}svg .note{font-size:14px;fill:#888}
        .drop{color:#d62728;font-weight:600}
        </style></head><body>

        """
        h += "<h1>tier report</h1><p class=\"sub\">\(Report.esc("\(Format.grouped(requests)) requests from \(files.count) file\(files.count == 1 ? "" : "s"), \(span)\(since.map { " (since \($0))" } ?? "")"))</p>\n"
        var cards: [(String, String)] = [("requests", Format.grouped(requests)), ("escalation", Report.pct(total.escalated, requests)),
                                         ("fallback", Report.pct(total.fallback, requests)), ("breaker trips", Format.grouped(total.breakerTrips)),
                                         ("cost", Format.money(cost.actualUSD))]
        if cost.model != nil { cards.append(("saving vs cloud-only", Format.money(cost.savingUSD))) }
        h += "<section id=\"summary\"><div class=\"cards\">" + cards.map { "<div class=\"card\"><b>\(Report.esc($0.1))</b><span>\(Report.esc($0.0))</span></div>" }.joined() + "</div></section>\n"
        h += "<section id=\"charts\"><h2>Charts</h2>\(charts)</section>\n"
        h += "<section id=\"tiers\"><h2>Requests by tier</h2>" + Report.table(["tier", "answered", "share", "attempts", "escalated", "failed", "skipped", "breaker trips"],
            tiers.map { [$0.name + ($0.device ? " (device)" : ""), Format.grouped($0.answered), Report.pct($0.answered, total.answered), Format.grouped($0.attempts),
                         Format.grouped($0.escalated), Format.grouped($0.failed), Format.grouped($0.skipped), Format.grouped($0.breakerTrips)] }) + "</section>\n"
        let breakdown = grouping == .task || grouping == .tier ? groups : periods
        let title = grouping == .task ? "task type" : grouping == .tier ? "final tier" : periodWord
        h += "<section id=\"breakdown\"><h2>By \(title)</h2>" + Report.table([title, "requests"] + tierNames.map { "\($0) %" } + ["escalated", "fallback", "breaker", "refused", "cost", "cloud-only"],
            breakdown.map { p in [p.label, Format.grouped(p.requests)] + tierNames.map { p.answered == 0 ? "-" : Format.percent(p.share($0)) }
                + [Report.pct(p.escalated, p.requests), Report.pct(p.fallback, p.requests), Format.grouped(p.breakerTrips),
                   Format.grouped(p.outcome("refused") + p.outcome("rejected")), Format.money(p.costUSD), cost.model == nil ? "-" : Format.money(p.cloudOnlyUSD)] })
        h += "<p>Trend per \(periodWord) (least squares): escalation \(Report.esc(Report.pp(escalationTrend))), fallback \(Report.esc(Report.pp(fallbackTrend))).</p></section>\n"
        h += "<section id=\"refusals\"><h2>Refusals by sensitivity</h2>" + Report.table(["sensitivity", "requests", "refused", "rejected", "rate"],
            sensitivities.map { [$0.name, Format.grouped($0.requests), Format.grouped($0.refused), Format.grouped($0.rejected), Format.percent($0.refusalRate)] }) + "</section>\n"
        let errs = tiers.flatMap { t in t.errors.map { [t.name, $0.name, Format.grouped($0.count), Report.pct($0.count, t.attempts)] } }
        h += "<section id=\"errors\"><h2>Errors by tier and kind</h2>" + (errs.isEmpty ? "<p>none</p>" : Report.table(["tier", "kind", "attempts", "of tier's attempts"], errs)) + "</section>\n"
        var lat = tiers.map { [$0.name, Format.grouped($0.total?.samples ?? 0), Report.ms($0.ttft?.p50), Report.ms($0.ttft?.p95), Report.ms($0.ttft?.p99),
                               Report.ms($0.total?.p50), Report.ms($0.total?.p95), Report.ms($0.total?.p99)] }
        if let q = requestLatency { lat.append(["(request)", Format.grouped(q.samples), "", "", "", Report.ms(q.p50), Report.ms(q.p95), Report.ms(q.p99)]) }
        h += "<section id=\"latency\"><h2>Latency per tier (ms, nearest rank)</h2>" + Report.table(["tier", "samples", "ttft p50", "p95", "p99", "total p50", "p95", "p99"], lat) + "</section>\n"
        h += "<section id=\"cost\"><h2>Tokens and cost</h2>" + Report.table(["tier", "input tokens", "output tokens", "cost"],
            tiers.map { [$0.name, Format.grouped($0.inputTokens), Format.grouped($0.outputTokens), Format.money($0.costUSD)] }
            + [["total", Format.grouped(tiers.reduce(0) { $0 + $1.inputTokens }), Format.grouped(tiers.reduce(0) { $0 + $1.outputTokens }), Format.money(cost.actualUSD)]])
        if let m = cost.model, let src = cost.priceSource {
            h += "<p>Cloud-only: the \(Format.grouped(cost.cloudPriced)) answered requests with token counts on <b>\(Report.esc(m))</b> (price: \(Report.esc(src))) would cost \(Format.money(cost.cloudOnlyUSD)); actual \(Format.money(cost.actualUSD)); saving <b>\(Format.money(cost.savingUSD))</b>.</p>"
        } else { h += "<p>Cloud-only: no priced external model.</p>" }
        h += "</section>\n<section id=\"agreement\"><h2>Agreement</h2>"
        for (name, rows) in [("Shadow", shadow), ("bench --parity", parityAgreement)] {
            h += "<h3>\(Report.esc(name))</h3>"
            if rows.isEmpty { h += "<p>no samples</p>"; continue }
            h += Report.table([periodWord, "samples", "agreement", "interval", "mean score", "mean confidence", "earlier", ""],
                rows.map { [$0.label, Format.grouped($0.samples), Format.fixed($0.rate, 3), "\(Format.fixed($0.lower, 3))-\(Format.fixed($0.upper, 3))",
                            Format.fixed($0.meanAgreement, 3), $0.meanConfidence.map { Format.fixed($0, 3) } ?? "-", $0.earlierRate.map { Format.fixed($0, 3) } ?? "-", $0.drop ? "DROP" : ""] })
        }
        h += "</section>\n</body></html>\n"
        return h
    }
}
