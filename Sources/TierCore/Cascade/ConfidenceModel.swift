#if canImport(Glibc)
import Glibc
#endif

/// The learned confidence (`routing.confidence.model`, written by `tier calibrate --fit combined --write`):
/// a regularised logistic regression over the answer's signals, then an isotonic map of its output to
/// the probability that the answer is right, fitted on held-out (cross-validated) predictions.
/// One model per task type with enough labelled records; the pooled model (with a per-task offset)
/// for the others.
///
///     x_j   = signal j on the model's scale (`Signal.feature`), `fill_j` when missing
///     z     = bias + offset[task] + sum_j weight_j * x_j
///     conf  = map(1 / (1 + exp(-z)))
public struct ConfidenceModel: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var bias: Double
        public var weights: [Double]
        /// Per-task additions to the bias (pooled model only).
        public var offsets: [String: Double] = [:]
        /// Isotonic map from the logistic output to P(right); empty: the logistic output as it is.
        public var map: [CalibrationKnot] = []

        public init(bias: Double, weights: [Double], offsets: [String: Double] = [:], map: [CalibrationKnot] = []) {
            self.bias = bias
            self.weights = weights
            self.offsets = offsets
            self.map = map
        }

        /// The logistic output (before the isotonic map). The offset is the first of `tasks` that has one.
        @inline(__always)
        public func raw(features x: UnsafeBufferPointer<Double>, tasks: [String?]) -> Double {
            var z = bias
            for t in tasks { if let t, let o = offsets[t] { z += o; break } }
            for j in 0..<weights.count { z += weights[j] * x[j] }
            return ConfidenceModel.sigmoid(z)
        }
    }

    public var signals: [Signal]
    public var fill: [Double]
    public var pooled: Group
    public var tasks: [String: Group]

    public init(signals: [Signal], fill: [Double], pooled: Group, tasks: [String: Group] = [:]) {
        self.signals = signals
        self.fill = fill
        self.pooled = pooled
        self.tasks = tasks
    }

    @inline(__always)
    public static func sigmoid(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : { let e = exp(z); return e / (1 + e) }()
    }

    /// The features of one answer, in `signals` order.
    public func features(_ s: ConfidenceSignals) -> [Double] {
        signals.enumerated().map { j, sig in s[sig].map { sig.feature($0) } ?? fill[j] }
    }

    /// The group that judges an answer: the first of `keys` with a model of its own, else the pooled one.
    public func group(for keys: [String?]) -> Group {
        for k in keys { if let k, let g = tasks[k] { return g } }
        return pooled
    }

    /// The probability that the answer is right. The task key (`PromptShape.taskKey`) is looked up
    /// first, then the router's task type (a model fitted on records from before the key).
    public func probability(_ s: ConfidenceSignals, taskKey: String? = nil, taskType: String?) -> Double {
        let x = features(s)
        let keys = [taskKey, taskType]
        let g = group(for: keys)
        let r = x.withUnsafeBufferPointer { g.raw(features: $0, tasks: keys) }
        return g.map.isEmpty ? r : Isotonic.apply(g.map.map { (x: $0.raw, y: $0.calibrated) }, r)
    }

    // MARK: config text

    /// The one-line flow YAML `calibrate --write` stores under `routing.confidence.model`.
    public func flowYAML() -> String {
        func num(_ x: Double) -> String { formatDecimal(x, digits: 6) }
        func list(_ xs: [Double]) -> String { "[" + xs.map(num).joined(separator: ", ") + "]" }
        func group(_ g: Group) -> String {
            var s = "{bias: \(num(g.bias)), weights: \(list(g.weights))"
            if !g.offsets.isEmpty {
                s += ", offsets: {" + g.offsets.sorted { $0.key < $1.key }.map { "\(ConfidenceModel.yamlKey($0.key)): \(num($0.value))" }.joined(separator: ", ") + "}"
            }
            if !g.map.isEmpty {
                s += ", map: [" + g.map.map { "[\(formatDecimal($0.raw, digits: 4)), \(formatDecimal($0.calibrated, digits: 4))]" }.joined(separator: ", ") + "]"
            }
            return s + "}"
        }
        var s = "{signals: [" + signals.map(\.rawValue).joined(separator: ", ") + "], fill: \(list(fill)), pooled: \(group(pooled))"
        if !tasks.isEmpty {
            s += ", tasks: {" + tasks.sorted { $0.key < $1.key }.map { "\(ConfidenceModel.yamlKey($0.key)): \(group($0.value))" }.joined(separator: ", ") + "}"
        }
        return s + "}"
    }

    /// The model as JSON (`calibrate --json`), the same numbers as `flowYAML`.
    public func writeJSON(_ w: inout JSONWriter) {
        func group(_ g: Group, _ w: inout JSONWriter) {
            w.object { w in
                w.field("bias", g.bias, digits: 6)
                w.key("weights"); w.array { w in for x in g.weights { w.double(x, digits: 6) } }
                w.key("offsets"); w.object { w in for (k, v) in g.offsets.sorted(by: { $0.key < $1.key }) { w.key(k); w.double(v, digits: 6) } }
                w.key("map"); w.array { w in for k in g.map { w.array { w in w.double(k.raw, digits: 4); w.double(k.calibrated, digits: 4) } } }
            }
        }
        w.object { w in
            w.key("signals"); w.array { w in for s in signals { w.string(s.rawValue) } }
            w.key("fill"); w.array { w in for x in fill { w.double(x, digits: 6) } }
            w.key("pooled"); group(pooled, &w)
            w.key("tasks"); w.object { w in for (k, g) in tasks.sorted(by: { $0.key < $1.key }) { w.key(k); group(g, &w) } }
        }
    }

    /// A task name as a flow-mapping key: quoted unless it is plain letters, digits, '_' and '-'.
    static func yamlKey(_ k: String) -> String {
        let plain = !k.isEmpty && k.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
            && !(k.first!.isNumber) && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(k.lowercased())
        if plain { return k }
        var out = "\""
        for c in k.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if c.value < 0x20 { out += "\\x" + String(c.value, radix: 16).leftPadded(2) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
