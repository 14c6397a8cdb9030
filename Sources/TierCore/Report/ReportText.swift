/// `tier report`'s text tables and its JSON document.
extension Report {
    static func pct(_ n: Int, _ of: Int) -> String { of == 0 ? "-" : Format.percent(Double(n) / Double(of)) }
    static func pp(_ slope: Double?) -> String {
        guard let s = slope else { return "n/a" }
        return (s >= 0 ? "+" : "") + Format.fixed(s * 100, 2) + " pp"
    }
    static func ms(_ v: Double?) -> String { v.map(Format.ms) ?? "-" }

    public var periodWord: String { grouping == .hour ? "hour" : "day" }

    public func text() -> String {
        var s = "requests  \(Format.grouped(requests)) from \(files.count) file\(files.count == 1 ? "" : "s"), \(span)"
        if let since { s += " (since \(since))" }
        var notes: [String] = []
        if parity > 0 { notes.append("\(Format.grouped(parity)) bench --parity pairs (agreement only)") }
        if malformed > 0 { notes.append("\(Format.grouped(malformed)) malformed, skipped") }
        let filtered = files.reduce(0) { $0 + $1.filteredOut }
        if filtered > 0 { notes.append("\(Format.grouped(filtered)) before --since") }
        s += notes.isEmpty ? "\n" : "; " + notes.joined(separator: ", ") + "\n"
        if files.count > 1 {
            var t = TextTable(["file", "records", "parity", "malformed", "first", "last"])
            for f in files { t.add([f.path, Format.grouped(f.records), Format.grouped(f.parity), Format.grouped(f.malformed), f.earliest ?? "-", f.latest ?? "-"]) }
            s += "\n" + t.render(indent: "  ")
        }
        s += "outcomes  " + (total.outcomes.isEmpty ? "none" : total.outcomes.map { "\($0.name) \(Format.grouped($0.count)) (\(Report.pct($0.count, requests)))" }.joined(separator: ", ")) + "\n"

        s += "\nrequests by tier (share of \(Format.grouped(total.answered)) answered)\n"
        var t = TextTable(["tier", "answered", "share", "attempts", "escalated", "failed", "skipped", "breaker trips"])
        for r in tiers {
            t.add([r.name + (r.device ? " (device)" : ""), Format.grouped(r.answered), Report.pct(r.answered, total.answered), Format.grouped(r.attempts),
                   Format.grouped(r.escalated), Format.grouped(r.failed), Format.grouped(r.skipped), Format.grouped(r.breakerTrips)])
        }
        s += t.render(indent: "  ")
        s += "  escalation \(Report.pct(total.escalated, requests)) of requests (\(Format.grouped(total.escalated))), \(Format.grouped(total.escalationFailed)) of them failed; fallback \(Report.pct(total.fallback, requests)) (\(Format.grouped(total.fallback))); cascade breaker tripped \(Format.grouped(total.breakerTrips)) times\n"

        let breakdown = grouping == .task || grouping == .tier ? groups : periods
        let title = grouping == .task ? "task type" : grouping == .tier ? "final tier" : periodWord
        s += "\nby \(title)\n"
        var b = TextTable([title, "requests"] + tierNames.map { "\($0) %" } + ["escalated", "fallback", "breaker", "refused", "cost", "cloud-only"])
        for p in breakdown {
            b.add([p.label, Format.grouped(p.requests)] + tierNames.map { p.answered == 0 ? "-" : Format.percent(p.share($0)) }
                  + [Report.pct(p.escalated, p.requests), Report.pct(p.fallback, p.requests), Format.grouped(p.breakerTrips),
                     Format.grouped(p.outcome("refused") + p.outcome("rejected")), Format.money(p.costUSD), cost.model == nil ? "-" : Format.money(p.cloudOnlyUSD)])
        }
        s += b.render(indent: "  ")
        s += "  trend per \(periodWord) (least squares over \(periods.filter { $0.requests > 0 }.count) \(periodWord)s): escalation \(Report.pp(escalationTrend)), fallback \(Report.pp(fallbackTrend))\n"

        s += "\nrefusals by sensitivity\n"
        var r = TextTable(["sensitivity", "requests", "refused", "rejected", "rate"])
        for x in sensitivities { r.add([x.name, Format.grouped(x.requests), Format.grouped(x.refused), Format.grouped(x.rejected), Format.percent(x.refusalRate)]) }
        s += r.render(indent: "  ")

        s += "\nerrors by tier and kind (failed and skipped attempts)\n"
        var e = TextTable(["tier", "kind", "attempts", "of tier's attempts"])
        for x in tiers { for k in x.errors { e.add([x.name, k.name, Format.grouped(k.count), Report.pct(k.count, x.attempts)]) } }
        s += e.rows.isEmpty ? "  none\n" : e.render(indent: "  ")

        s += "\nlatency per tier, ms (answered and escalated attempts; nearest-rank percentiles)\n"
        var l = TextTable(["tier", "samples", "ttft p50", "p95", "p99", "total p50", "p95", "p99"])
        for x in tiers {
            l.add([x.name, Format.grouped(x.total?.samples ?? 0), Report.ms(x.ttft?.p50), Report.ms(x.ttft?.p95), Report.ms(x.ttft?.p99),
                   Report.ms(x.total?.p50), Report.ms(x.total?.p95), Report.ms(x.total?.p99)])
        }
        if let q = requestLatency { l.add(["(request)", Format.grouped(q.samples), "", "", "", Report.ms(q.p50), Report.ms(q.p95), Report.ms(q.p99)]) }
        s += l.render(indent: "  ")

        s += "\ntokens and cost per tier (every attempt: escalated and failed ones are billed too)\n"
        var c = TextTable(["tier", "input tokens", "output tokens", "cost"])
        for x in tiers {
            c.add([x.name, Format.grouped(x.inputTokens), Format.grouped(x.outputTokens), Format.money(x.costUSD) + (x.unpriced > 0 ? " (+\(Format.grouped(x.unpriced)) unpriced)" : "")])
        }
        c.add(["total", Format.grouped(tiers.reduce(0) { $0 + $1.inputTokens }), Format.grouped(tiers.reduce(0) { $0 + $1.outputTokens }), Format.money(cost.actualUSD)])
        s += c.render(indent: "  ")
        if let m = cost.model, let src = cost.priceSource, let p = cost.price {
            let saving = cost.savingUSD
            s += "  cloud-only: the \(Format.grouped(cost.cloudPriced)) answered requests with token counts, each on \(m) at $\(formatDecimal(p.input, digits: 4))/$\(formatDecimal(p.output, digits: 4)) per 1M input/output tokens (\(src)): \(Format.money(cost.cloudOnlyUSD)); actual \(Format.money(cost.actualUSD)); saving \(Format.money(saving))"
            s += cost.cloudOnlyUSD > 0 ? " (\(Format.percent(saving / cost.cloudOnlyUSD)))\n" : "\n"
            if cost.cloudPriced < cost.answered { s += "  \(Format.grouped(cost.answered - cost.cloudPriced)) answered requests have no token counts and are left out of cloud-only\n" }
        } else {
            s += "  cloud-only: no priced external model (give --cloud-model MODEL, or a config with an external tier)\n"
        }

        for (name, rows) in [("shadow", shadow), ("bench --parity", parityAgreement)] {
            s += "\n\(name) agreement per \(periodWord) (agreeing: score >= \(formatDecimal(agreementThreshold, digits: 3)); Wilson interval at \(Format.percent(confidenceLevel, digits: 0)))\n"
            if rows.isEmpty { s += "  no samples\n"; continue }
            var a = TextTable([periodWord, "samples", "agreement", "interval", "mean score", "mean confidence", "earlier", ""])
            for x in rows {
                a.add([x.label, Format.grouped(x.samples), Format.fixed(x.rate, 3), "\(Format.fixed(x.lower, 3))-\(Format.fixed(x.upper, 3))",
                       Format.fixed(x.meanAgreement, 3), x.meanConfidence.map { Format.fixed($0, 3) } ?? "-",
                       x.earlierRate.map { Format.fixed($0, 3) } ?? "-", x.drop ? "DROP" : ""])
            }
            s += a.render(indent: "  ")
            let drops = rows.filter(\.drop)
            if !drops.isEmpty {
                s += "  drop: \(drops.map(\.label).joined(separator: ", ")): the interval lies wholly below the earlier \(periodWord)s' pooled rate\n"
            }
        }
        return s
    }

    // MARK: JSON

    public func json() -> String {
        var w = JSONWriter()
        func num(_ v: Double?, _ w: inout JSONWriter, _ digits: Int = 6) { if let v, v.isFinite { w.double(v, digits: digits) } else { w.null() } }
        func pcts(_ p: Percentiles?, _ w: inout JSONWriter) {
            guard let p else { w.null(); return }
            w.object { w in
                w.field("samples", p.samples)
                w.field("p50", p.p50, digits: 3); w.field("p95", p.p95, digits: 3); w.field("p99", p.p99, digits: 3)
            }
        }
        func counts(_ cs: [Count], _ w: inout JSONWriter) { w.object { w in for c in cs { w.key(c.name); w.int(c.count) } } }
        func slice(_ s: Slice, _ w: inout JSONWriter) {
            w.object { w in
                w.field("label", s.label)
                w.field("requests", s.requests)
                w.field("answered", s.answered)
                w.key("answered_by"); counts(s.answeredBy, &w)
                w.key("share"); w.object { w in for c in s.answeredBy { w.key(c.name); w.double(Double(c.count) / Double(s.answered), digits: 6) } }
                w.field("escalated", s.escalated)
                w.field("escalation_rate", s.escalationRate, digits: 6)
                w.field("escalation_failed", s.escalationFailed)
                w.field("fallback", s.fallback)
                w.field("fallback_rate", s.fallbackRate, digits: 6)
                w.field("breaker_trips", s.breakerTrips)
                w.key("outcomes"); counts(s.outcomes, &w)
                w.field("cost_usd", s.costUSD, digits: 8)
                w.field("cloud_only_usd", s.cloudOnlyUSD, digits: 8)
            }
        }
        func agreement(_ rows: [Agreement], _ w: inout JSONWriter) {
            w.array { w in
                for a in rows {
                    w.object { w in
                        w.field("period", a.label)
                        w.field("samples", a.samples)
                        w.field("agreeing", a.agreeing)
                        w.field("rate", a.rate, digits: 6)
                        w.field("wilson_lower", a.lower, digits: 6)
                        w.field("wilson_upper", a.upper, digits: 6)
                        w.field("mean_agreement", a.meanAgreement, digits: 6)
                        w.key("mean_confidence"); num(a.meanConfidence, &w)
                        w.key("earlier_rate"); num(a.earlierRate, &w)
                        w.field("drop", a.drop)
                    }
                }
            }
        }
        w.object { w in
            w.key("files")
            w.array { w in
                for f in files {
                    w.object { w in
                        w.field("path", f.path); w.field("lines", f.lines); w.field("records", f.records); w.field("parity", f.parity)
                        w.field("filtered_out", f.filteredOut); w.field("malformed", f.malformed)
                        w.field("earliest", f.earliest); w.field("latest", f.latest)
                    }
                }
            }
            w.field("since", since)
            w.field("by", grouping.rawValue)
            w.field("requests", requests)
            w.field("parity", parity)
            w.field("malformed", malformed)
            w.field("earliest", earliest)
            w.field("latest", latest)
            w.key("total"); slice(total, &w)
            w.key("tiers")
            w.array { w in
                for t in tiers {
                    w.object { w in
                        w.field("tier", t.name)
                        w.field("device", t.device)
                        w.field("answered", t.answered)
                        w.field("share", t.share, digits: 6)
                        w.field("attempts", t.attempts)
                        w.field("attempts_answered", t.attemptsAnswered)
                        w.field("escalated", t.escalated)
                        w.field("failed", t.failed)
                        w.field("skipped", t.skipped)
                        w.key("errors"); counts(t.errors, &w)
                        w.field("input_tokens", t.inputTokens)
                        w.field("output_tokens", t.outputTokens)
                        w.field("cost_usd", t.costUSD, digits: 8)
                        w.field("unpriced", t.unpriced)
                        w.key("ttft_ms"); pcts(t.ttft, &w)
                        w.key("total_ms"); pcts(t.total, &w)
                        w.field("breaker_trips", t.breakerTrips)
                    }
                }
            }
            w.key("request_total_ms"); pcts(requestLatency, &w)
            w.key("periods"); w.array { w in for p in periods { slice(p, &w) } }
            if !groups.isEmpty { w.key("groups"); w.array { w in for g in groups { slice(g, &w) } } }
            w.key("trend")
            w.object { w in
                w.key("escalation_rate_per_period"); num(escalationTrend, &w)
                w.key("fallback_rate_per_period"); num(fallbackTrend, &w)
            }
            w.key("sensitivity")
            w.array { w in
                for s in sensitivities {
                    w.object { w in
                        w.field("sensitivity", s.name); w.field("requests", s.requests); w.field("refused", s.refused)
                        w.field("rejected", s.rejected); w.field("refusal_rate", s.refusalRate, digits: 6)
                    }
                }
            }
            w.key("cost")
            w.object { w in
                w.field("actual_usd", cost.actualUSD, digits: 8)
                w.field("cloud_model", cost.model)
                w.field("price_source", cost.priceSource)
                w.key("cloud_price_per_1m")
                if let p = cost.price { w.object { w in w.field("input", p.input, digits: 6); w.field("output", p.output, digits: 6) } } else { w.null() }
                w.field("cloud_only_usd", cost.cloudOnlyUSD, digits: 8)
                w.field("cloud_priced_requests", cost.cloudPriced)
                w.field("saving_usd", cost.savingUSD, digits: 8)
                w.field("unpriced_attempts", cost.unpriced)
            }
            w.key("agreement")
            w.object { w in
                w.field("threshold", agreementThreshold, digits: 6)
                w.field("confidence_level", confidenceLevel, digits: 6)
                w.key("shadow"); agreement(shadow, &w)
                w.key("parity"); agreement(parityAgreement, &w)
            }
        }
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
