import NIOConcurrencyHelpers
import TierCore

/// Counters and histograms for `GET /metrics`, in Prometheus' text format. The GenAI ones follow the
/// OpenTelemetry semantic conventions (gen_ai.client.operation.duration, gen_ai.client.token.usage,
/// gen_ai.server.time_to_first_token, with their recommended buckets); the tier_* ones are the cascade's.
final class Metrics: @unchecked Sendable {
    struct Histogram {
        let bounds: [Double]
        var counts: [Int]
        var sum = 0.0
        var count = 0
        init(_ bounds: [Double]) { self.bounds = bounds; counts = Array(repeating: 0, count: bounds.count) }
        mutating func observe(_ x: Double) {
            // Cumulative, as Prometheus reads buckets: every bound at or above x counts it.
            var i = bounds.count - 1
            while i >= 0 && x <= bounds[i] { counts[i] += 1; i -= 1 }
            sum += x
            count += 1
        }
    }

    static let durationBuckets = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]
    static let tokenBuckets: [Double] = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864]
    static let ttftBuckets = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0]

    /// Series are keyed by their label pairs as given (names and values alternating); the text form
    /// (escaped, quoted) is built only when /metrics is read, not on every request.
    private struct Store {
        var counters: [String: [[String]: Double]] = [:]
        var histograms: [String: [[String]: Histogram]] = [:]
    }
    private let store = NIOLockedValueBox(Store())

    static let help: [(name: String, type: String, help: String)] = [
        ("tier_gateway_requests_total", "counter", "Requests the gateway finished, by endpoint, outcome and the tier that answered."),
        ("tier_escalations_total", "counter", "Answers judged below the threshold and escalated, by the tier they came from."),
        ("tier_fallbacks_total", "counter", "Attempts that failed and fell back, by tier and error kind."),
        ("tier_refusals_total", "counter", "Requests refused by the privacy policy, by sensitivity."),
        ("tier_client_requests_total", "counter", "Requests by client key name (and status)."),
        ("tier_cost_usd_total", "counter", "Estimated cost of answered attempts in USD, by tier."),
        ("gen_ai_client_operation_duration_seconds", "histogram", "GenAI operation duration (gen_ai.client.operation.duration), whole request through the gateway."),
        ("gen_ai_client_token_usage", "histogram", "Tokens used per request (gen_ai.client.token.usage), by token type."),
        ("gen_ai_server_time_to_first_token_seconds", "histogram", "Time to the first token of the answering tier (gen_ai.server.time_to_first_token)."),
    ]

    private enum Update {
        case count(String, [String], Double)
        case observe(String, [String], Double, [Double])
    }

    private func apply(_ updates: [Update]) {
        store.withLockedValue { s in
            for u in updates {
                switch u {
                case .count(let name, let labels, let v):
                    s.counters[name, default: [:]][labels, default: 0] += v
                case .observe(let name, let labels, let x, let buckets):
                    guard x.isFinite, x >= 0 else { continue }
                    // Mutated in place: no copy of the bucket counts per observation.
                    s.histograms[name, default: [:]][labels, default: Histogram(buckets)].observe(x)
                }
            }
        }
    }

    /// `labels` alternate names and values: ["tier", "local", "outcome", "answered"].
    func count(_ name: String, _ labels: [String], by v: Double = 1) { apply([.count(name, labels, v)]) }

    /// What one finished request adds, under one lock.
    func record(_ r: LogRecord, endpoint: String, providers: [String: String]) {
        var u: [Update] = [.count("tier_gateway_requests_total", ["endpoint", endpoint, "outcome", r.outcome, "tier", r.finalTier ?? "none"], 1)]
        if r.outcome == "refused" { u.append(.count("tier_refusals_total", ["sensitivity", r.sensitivity], 1)) }
        for a in r.attempts {
            switch a.outcome {
            case "escalated": u.append(.count("tier_escalations_total", ["tier", a.tier], 1))
            case "failed": u.append(.count("tier_fallbacks_total", ["error_type", a.errorKind ?? "error", "tier", a.tier], 1))
            default: break
            }
            if let c = a.costUSD, c > 0 { u.append(.count("tier_cost_usd_total", ["tier", a.tier], c)) }
        }
        if let last = r.attempts.last(where: { $0.outcome == "answered" }) {
            let base = ["gen_ai_operation_name", "chat", "gen_ai_provider_name", providers[last.tier] ?? "unknown",
                        "gen_ai_response_model", last.model, "tier", last.tier]
            if let t = last.inputTokens { u.append(.observe("gen_ai_client_token_usage", base + ["gen_ai_token_type", "input"], Double(t), Metrics.tokenBuckets)) }
            if let t = last.outputTokens { u.append(.observe("gen_ai_client_token_usage", base + ["gen_ai_token_type", "output"], Double(t), Metrics.tokenBuckets)) }
            if let t = last.ttftMs { u.append(.observe("gen_ai_server_time_to_first_token_seconds", base, t / 1000, Metrics.ttftBuckets)) }
            u.append(.observe("gen_ai_client_operation_duration_seconds", base, r.totalMs / 1000, Metrics.durationBuckets))
        } else {
            u.append(.observe("gen_ai_client_operation_duration_seconds", ["error_type", r.outcome, "gen_ai_operation_name", "chat"],
                              r.totalMs / 1000, Metrics.durationBuckets))
        }
        apply(u)
    }

    static func labelText(_ pairs: [String]) -> String {
        var out = ""
        var i = 0
        while i + 1 < pairs.count {
            if i > 0 { out += "," }
            out += pairs[i] + "=\"" + escape(pairs[i + 1]) + "\""
            i += 2
        }
        return out
    }


    static func escape(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A }) { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return formatDecimal(x, digits: 9)
    }

    /// The exposition, with gauges the caller reads at scrape time (breakers, in flight).
    func render(gauges: [(name: String, help: String, values: [([String], Double)])]) -> String {
        let s = store.withLockedValue { $0 }
        var out = ""
        for m in Metrics.help {
            out += "# HELP \(m.name) \(m.help)\n# TYPE \(m.name) \(m.type)\n"
            if m.type == "counter" {
                for (labels, v) in (s.counters[m.name] ?? [:]).map({ (Metrics.labelText($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
                    out += "\(m.name){\(labels)} \(Metrics.number(v))\n"
                }
            } else {
                for (labels, h) in (s.histograms[m.name] ?? [:]).map({ (Metrics.labelText($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
                    let sep = labels.isEmpty ? "" : ","
                    for (i, b) in h.bounds.enumerated() {
                        out += "\(m.name)_bucket{\(labels)\(sep)le=\"\(Metrics.number(b))\"} \(h.counts[i])\n"
                    }
                    out += "\(m.name)_bucket{\(labels)\(sep)le=\"+Inf\"} \(h.count)\n"
                    out += "\(m.name)_sum{\(labels)} \(Metrics.number(h.sum))\n\(m.name)_count{\(labels)} \(h.count)\n"
                }
            }
        }
        for g in gauges {
            out += "# HELP \(g.name) \(g.help)\n# TYPE \(g.name) gauge\n"
            for (labels, v) in g.values { out += "\(g.name){\(Metrics.labelText(labels))} \(Metrics.number(v))\n" }
        }
        return out
    }
}
