/// List prices per 1M tokens (USD), for `ask -u`, the request log and `cost-estimate`.
/// Lookup order: the config's `pricing` entries (negotiated prices), then a `--prices` file in
/// LiteLLM's format (fresh prices the user brings), then this table. A model id matches the
/// longest listed prefix (claude-sonnet-4-20250514 is claude-sonnet-4).
public enum Prices {
    /// When the built-in table was taken from the providers' public price pages. Prices move:
    /// `cost-estimate` prints this date, and `--prices` replaces the table.
    public static let asOf = "2026-02"

    public static let builtIn: [(prefix: String, price: ModelPrice)] = [
        // Anthropic
        ("claude-opus-4-6", ModelPrice(input: 5, output: 25, cachedInput: 0.5)),
        ("claude-opus-4-5", ModelPrice(input: 5, output: 25, cachedInput: 0.5)),
        ("claude-opus-4-1", ModelPrice(input: 15, output: 75, cachedInput: 1.5)),
        ("claude-opus-4", ModelPrice(input: 15, output: 75, cachedInput: 1.5)),
        ("claude-sonnet-4-6", ModelPrice(input: 3, output: 15, cachedInput: 0.3)),
        ("claude-sonnet-4-5", ModelPrice(input: 3, output: 15, cachedInput: 0.3)),
        ("claude-sonnet-4", ModelPrice(input: 3, output: 15, cachedInput: 0.3)),
        ("claude-3-7-sonnet", ModelPrice(input: 3, output: 15, cachedInput: 0.3)),
        ("claude-haiku-4-5", ModelPrice(input: 1, output: 5, cachedInput: 0.1)),
        ("claude-3-5-haiku", ModelPrice(input: 0.8, output: 4, cachedInput: 0.08)),
        // OpenAI
        ("gpt-5.1", ModelPrice(input: 1.25, output: 10, cachedInput: 0.125)),
        ("gpt-5-mini", ModelPrice(input: 0.25, output: 2, cachedInput: 0.025)),
        ("gpt-5-nano", ModelPrice(input: 0.05, output: 0.4, cachedInput: 0.005)),
        ("gpt-5", ModelPrice(input: 1.25, output: 10, cachedInput: 0.125)),
        ("gpt-4.1-nano", ModelPrice(input: 0.1, output: 0.4, cachedInput: 0.025)),
        ("gpt-4.1-mini", ModelPrice(input: 0.4, output: 1.6, cachedInput: 0.1)),
        ("gpt-4.1", ModelPrice(input: 2, output: 8, cachedInput: 0.5)),
        ("gpt-4o-mini", ModelPrice(input: 0.15, output: 0.6, cachedInput: 0.075)),
        ("gpt-4o", ModelPrice(input: 2.5, output: 10, cachedInput: 1.25)),
        ("o4-mini", ModelPrice(input: 1.1, output: 4.4, cachedInput: 0.275)),
        ("o3", ModelPrice(input: 2, output: 8, cachedInput: 0.5)),
        // Google (prompts up to 200k tokens)
        ("gemini-3-pro", ModelPrice(input: 2, output: 12, cachedInput: 0.2)),
        ("gemini-2.5-pro", ModelPrice(input: 1.25, output: 10, cachedInput: 0.125)),
        ("gemini-2.5-flash-lite", ModelPrice(input: 0.1, output: 0.4, cachedInput: 0.01)),
        ("gemini-2.5-flash", ModelPrice(input: 0.3, output: 2.5, cachedInput: 0.03)),
    ]

    /// Where a price came from, for `--explain`.
    public enum Source: Sendable, Equatable {
        case config, file(String), builtIn(prefix: String)
        public var description: String {
            switch self {
            case .config: return "config pricing"
            case .file(let key): return "--prices (\(key))"
            case .builtIn(let p): return "built-in table of \(Prices.asOf): \(p)"
            }
        }
    }

    public static func price(model: String, config: TierConfig) -> ModelPrice? {
        lookup(model: model, config: config, table: nil)?.price
    }

    /// LiteLLM's `provider/model` ids ("anthropic/claude-sonnet-4-5") name the same model as the bare id.
    public static let providerPrefixes = ["anthropic/", "openai/", "gemini/", "google/", "vertex_ai/", "ollama/", "azure/"]

    public static func bareModel(_ id: String) -> String {
        for p in providerPrefixes where id.hasPrefix(p) { return String(id.dropFirst(p.count)) }
        return id
    }

    /// The family a model id belongs to (claude, gpt, o-series, gemini, ...): a did-you-mean stays inside it.
    public static func family(_ id: String) -> String {
        let bare = bareModel(id).lowercased()
        if bare.hasPrefix("claude") { return "claude" }
        if bare.hasPrefix("gpt") { return "gpt" }
        if bare.hasPrefix("gemini") { return "gemini" }
        if let f = bare.first, f == "o", bare.dropFirst().first?.isNumber == true { return "o" }
        return String(bare.prefix { $0.isLetter })
    }

    /// A did-you-mean for an unpriced model: the closest listed id of the same family, never another family's.
    public static func suggestion(for model: String, table: PriceTable?) -> String? {
        let fam = family(model)
        let candidates = (builtIn.map(\.prefix) + Array(table?.entries.keys ?? [:].keys)).filter { family($0) == fam }
        return closestMatch(bareModel(model), in: candidates.map(bareModel))
    }

    public static func lookup(model rawModel: String, config: TierConfig, table: PriceTable?) -> (price: ModelPrice, source: Source)? {
        let model = bareModel(rawModel)
        if let p = config.pricing.first(where: { bareModel($0.model) == model }) { return (p.price, .config) }
        if let t = table, let hit = t.lookup(rawModel) ?? t.lookup(model) { return (hit.price, .file(hit.key)) }
        var best: (prefix: String, price: ModelPrice)? = nil
        for (prefix, price) in builtIn where model.hasPrefix(prefix) {
            if best == nil || prefix.count > best!.prefix.count { best = (prefix, price) }
        }
        return best.map { ($0.price, .builtIn(prefix: $0.prefix)) }
    }

    /// The cost of one attempt: 0 on the device (its hardware is costed by cost-estimate), nil when unknown.
    public static func cost(tier: TierSpec, model: String, inputTokens: Int?, outputTokens: Int?, config: TierConfig) -> Double? {
        if tier.boundary == .device { return 0 }
        guard let p = price(model: model, config: config), let i = inputTokens, let o = outputTokens else { return nil }
        return (Double(i) * p.input + Double(o) * p.output) / 1_000_000
    }
}

/// Prices read from LiteLLM's `model_prices_and_context_window.json`: an object of model ids, each
/// with per-token USD fields (`input_cost_per_token`, `output_cost_per_token`,
/// `cache_read_input_token_cost`). Entries without both costs (images, embeddings, `sample_spec`)
/// are left out.
public struct PriceTable: Sendable {
    public var entries: [String: ModelPrice]

    public init(entries: [String: ModelPrice]) { self.entries = entries }

    public static func load(path: String) throws(TierError) -> PriceTable {
        let bytes = try System.readFile(path, regularOnly: true)
        let value: JSONValue
        do {
            value = try bytes.withUnsafeBufferPointer { (b) throws(JSONParseError) -> JSONValue in try JSONParser.parse(b) }
        } catch {
            let (line, col) = bytes.withUnsafeBufferPointer { UTF8Check.lineColumn($0, offset: error.offset) }
            throw .data([Diagnostic(file: path, line: line, column: col, message: "not valid JSON: \(error.message)")])
        }
        guard case .object(let models) = value else {
            throw .data([Diagnostic(file: path, line: 1, column: 1, message: "expected a JSON object of model ids (LiteLLM's model_prices_and_context_window.json)")])
        }
        var entries: [String: ModelPrice] = [:]
        for m in models {
            // A per-token price above $1 (a million dollars per 1M tokens) is no price: left out like a negative one.
            guard let i = m.value["input_cost_per_token"]?.numberValue,
                  let o = m.value["output_cost_per_token"]?.numberValue, i >= 0, o >= 0, i <= 1, o <= 1 else { continue }
            let c = m.value["cache_read_input_token_cost"]?.numberValue.flatMap { $0 >= 0 && $0 <= 1 ? $0 : nil }
            entries[m.key] = ModelPrice(input: i * 1_000_000, output: o * 1_000_000, cachedInput: c.map { $0 * 1_000_000 })
        }
        if entries.isEmpty {
            throw .data([Diagnostic(file: path, line: 1, column: 1, message: "no model has both input_cost_per_token and output_cost_per_token")])
        }
        return PriceTable(entries: entries)
    }

    /// Exact id, then the id with a provider prefix (`anthropic/…`), then the longest key the id starts with.
    public func lookup(_ model: String) -> (key: String, price: ModelPrice)? {
        if let p = entries[model] { return (model, p) }
        for provider in ["anthropic/", "openai/", "gemini/", "vertex_ai/"] {
            if let p = entries[provider + model] { return (provider + model, p) }
        }
        var best: (key: String, price: ModelPrice)? = nil
        for (k, p) in entries where !k.contains("/") && model.hasPrefix(k) {
            if best == nil || k.count > best!.key.count { best = (k, p) }
        }
        return best
    }
}
