/// `bench --parity`: each prompt on the tier under test (with logprobs, for its confidence) and
/// on the reference tier, and how far the two answers agree. Each pair becomes one request-log
/// line in the shape `calibrate` reads by default (shadow.local_confidence, shadow.agreement).
public struct ParityResult: Sendable {
    public var prompt: Int
    public var taskType: String
    public var confidence: Double?
    public var agreement: Double?
    public var error: String?
    /// The tested answer's raw signals, for `calibrate --fit combined`.
    public var signals: ConfidenceSignals? = nil
}

public enum Parity {
    public struct Side {
        public var tier: TierSpec
        public var model: String
        public init(tier: TierSpec, model: String) { self.tier = tier; self.model = model }
    }

    public static func run(prompts: [BenchPrompt], under: Side, reference: Side, config: TierConfig,
                           provider: Cascade.ProviderFactory, maxTokens: Int, timeoutMs: Int,
                           onEach: (ParityResult) -> Void) {
        for (i, p) in prompts.enumerated() {
            var result = ParityResult(prompt: i, taskType: p.taskType, confidence: nil, agreement: nil, error: nil)
            do throws(ProviderError) {
                let a = try provider(under.tier, HTTPTimeouts(tier: under.tier, remainingMs: timeoutMs))
                let ra = try a.complete(ChatRequest(model: under.model, system: p.system, user: p.user, maxTokens: p.outputTokens ?? maxTokens,
                                                    temperature: 0, topLogprobs: under.tier.provider == .anthropic ? nil : Cascade.topLogprobs, stream: true)) { _ in }
                (result.confidence, result.signals) = Confidence.judge(ra, jsonAsked: false, settings: config.routing.confidence, taskType: p.taskType, taskKey: p.taskType, prompt: p.user)
                let b = try provider(reference.tier, HTTPTimeouts(tier: reference.tier, remainingMs: timeoutMs))
                let rb = try b.complete(ChatRequest(model: reference.model, system: p.system, user: p.user, maxTokens: p.outputTokens ?? maxTokens,
                                                    temperature: 0, stream: true)) { _ in }
                result.agreement = Agreement.score(ra.text, rb.text)
            } catch {
                result.error = error.kind
            }
            onEach(result)
        }
    }

    /// One request-log line for a parity pair.
    public static func logLine(_ r: ParityResult, under: Side, reference: Side) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("time", RequestLog.timestamp())
            w.field("id", RequestLog.newID())
            w.field("source", "bench_parity")
            w.field("task_type", r.taskType)
            w.field("outcome", r.error == nil ? "answered" : "failed")
            w.field("final_tier", under.tier.name)
            w.field("model", under.model)
            w.key("confidence"); if let c = r.confidence { w.double(c, digits: 4) } else { w.null() }
            w.key("shadow")
            w.object { w in
                w.field("tier", reference.tier.name)
                w.field("model", reference.model)
                w.key("agreement"); if let a = r.agreement { w.double(a, digits: 4) } else { w.null() }
                w.key("local_confidence"); if let c = r.confidence { w.double(c, digits: 4) } else { w.null() }
                w.field("error", r.error)
                if let s = r.signals { w.key("signals"); s.write(&w) }
            }
        }
        return w.bytes
    }
}
