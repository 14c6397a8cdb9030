/// List prices per 1M tokens (USD), for `ask -u`, the request log and (later) `cost-estimate`.
/// Config `pricing` entries override these. A model id matches the longest listed prefix
/// (claude-sonnet-4-20250514 is claude-sonnet-4).
public enum Prices {
    /// When the built-in table was taken from the providers' public price pages.
    public static let asOf = "2025-08"

    public static let builtIn: [(prefix: String, price: ModelPrice)] = [
        ("claude-opus-4", ModelPrice(input: 15, output: 75, cachedInput: 1.5)),
        ("claude-sonnet-4", ModelPrice(input: 3, output: 15, cachedInput: 0.3)),
        ("claude-3-7-sonnet", ModelPrice(input: 3, output: 15, cachedInput: 0.3)),
        ("claude-haiku-4", ModelPrice(input: 1, output: 5, cachedInput: 0.1)),
        ("claude-3-5-haiku", ModelPrice(input: 0.8, output: 4, cachedInput: 0.08)),
        ("gpt-4.1-nano", ModelPrice(input: 0.1, output: 0.4, cachedInput: 0.025)),
        ("gpt-4.1-mini", ModelPrice(input: 0.4, output: 1.6, cachedInput: 0.1)),
        ("gpt-4.1", ModelPrice(input: 2, output: 8, cachedInput: 0.5)),
        ("gpt-4o-mini", ModelPrice(input: 0.15, output: 0.6, cachedInput: 0.075)),
        ("gpt-4o", ModelPrice(input: 2.5, output: 10, cachedInput: 1.25)),
    ]

    public static func price(model: String, config: TierConfig) -> ModelPrice? {
        if let p = config.pricing.first(where: { $0.model == model }) { return p.price }
        var best: (Int, ModelPrice)? = nil
        for (prefix, price) in builtIn where model.hasPrefix(prefix) {
            if best == nil || prefix.count > best!.0 { best = (prefix.count, price) }
        }
        return best?.1
    }

    /// The cost of one attempt: 0 on the device (its hardware is costed by cost-estimate), nil when unknown.
    public static func cost(tier: TierSpec, model: String, inputTokens: Int?, outputTokens: Int?, config: TierConfig) -> Double? {
        if tier.boundary == .device { return 0 }
        guard let p = price(model: model, config: config), let i = inputTokens, let o = outputTokens else { return nil }
        return (Double(i) * p.input + Double(o) * p.output) / 1_000_000
    }
}
