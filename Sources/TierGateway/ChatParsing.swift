import TierCore

/// A chat request from either API, in the pipeline's terms, and what its response must carry.
struct ParsedChat {
    var ask: AskRequest
    var stream: Bool
    /// OpenAI's stream_options.include_usage: a last chunk with the usage.
    var includeUsage = false
    /// The `model` the client asked for ("auto", a tier, "tier/role", or a model id some tier serves).
    var requestedModel: String
    /// OpenAI's logprobs: true, with this many top_logprobs; nil when not asked for.
    var logprobs: Int? = nil
}

/// Reading request bodies: every field is checked, and one that would change the answer but cannot be
/// honoured is an error naming it, never silently dropped.
enum ChatParsing {
    static func parseBody(_ bytes: [UInt8]) throws(APIError) -> JSONValue {
        guard !bytes.isEmpty else { throw .invalid("the request body is empty; a JSON object is expected") }
        let v: JSONValue
        do {
            v = try bytes.withUnsafeBufferPointer { b throws(JSONParseError) in try JSONParser.parse(b) }
        } catch {
            throw .invalid("the request body is not valid JSON: \(error.message) at byte \(error.offset)")
        }
        guard case .object = v else { throw .invalid("the request body must be a JSON object") }
        return v
    }

    /// `model`: auto, TIER, TIER/ROLE, or a model id that exactly one tier lists.
    static func applyModel(_ model: String, config: TierConfig, to r: inout AskRequest) throws(APIError) {
        if model == "auto" || model.isEmpty { return }
        var tierName = model
        var role: String? = nil
        if let slash = model.firstIndex(of: "/"), config.tier(named: String(model[..<slash])) != nil {
            tierName = String(model[..<slash])
            role = String(model[model.index(after: slash)...])
        }
        if let t = config.tier(named: tierName) {
            if let role, t.modelID(role: role) == nil {
                throw APIError(status: 404, kind: .notFound,
                               message: "tier '\(t.name)' has no model role '\(role)' (roles: \(t.models.map(\.role).joined(separator: ", ")))",
                               param: "model", code: "model_not_found")
            }
            r.forcedTier = t.name
            r.modelRole = role
            return
        }
        let serving = config.tiers.compactMap { t in t.models.first { $0.id == model }.map { (t, $0.role) } }
        if serving.count == 1 {
            r.forcedTier = serving[0].0.name
            r.modelRole = serving[0].1
            return
        }
        let names = ["auto"] + config.tiers.map(\.name)
        throw APIError(status: 404, kind: .notFound,
                       message: "unknown model '\(model)': use auto, a tier (\(names.dropFirst().joined(separator: ", "))) or TIER/ROLE",
                       param: "model", code: "model_not_found")
    }

    /// Hints from headers: x-tier-task, x-tier-latency, x-tier-sensitivity (x-tier-consent: true to lower it).
    static func applyHeaders(_ header: (String) -> String?, to r: inout AskRequest) throws(APIError) {
        if let t = header("x-tier-task"), !t.isEmpty { r.taskType = t }
        if let l = header("x-tier-latency"), !l.isEmpty {
            guard let b = LatencyBudget(rawValue: l) else {
                throw .invalid("x-tier-latency must be interactive, background or streaming, not '\(l)'", param: "x-tier-latency")
            }
            r.latency = b
        }
        if let s = header("x-tier-sensitivity"), !s.isEmpty {
            guard let level = Sensitivity(name: s) else {
                throw .invalid("x-tier-sensitivity must be public, internal, personal or secret, not '\(s)'", param: "x-tier-sensitivity")
            }
            r.sensitivityHint = level
        }
        if let c = header("x-tier-consent") { r.consentToLower = c == "true" || c == "1" }
    }

    static func maxTokens(_ v: JSONValue?, _ name: String) throws(APIError) -> Int? {
        guard let v, v != .null else { return nil }
        guard let x = v.numberValue, x == x.rounded(), x >= 1, x <= Double(AskRequest.maxTokensLimit) else {
            throw .invalid("'\(name)' must be a whole number from 1 to \(AskRequest.maxTokensLimit)", param: name)
        }
        return Int(x)
    }

    static func temperature(_ v: JSONValue?, max: Double) throws(APIError) -> Double? {
        guard let v, v != .null else { return nil }
        guard let x = v.numberValue, x.isFinite, x >= 0, x <= max else {
            throw .invalid("'temperature' must be a number from 0 to \(Int(max))", param: "temperature")
        }
        return x
    }

    static func stopList(_ v: JSONValue?, _ name: String) throws(APIError) -> [String] {
        guard let v, v != .null else { return [] }
        if let s = v.stringValue { return [s] }
        guard let a = v.arrayValue, a.count <= 16 else { throw .invalid("'\(name)' must be a string or a list of at most 16 strings", param: name) }
        var out: [String] = []
        for x in a {
            guard let s = x.stringValue, !s.isEmpty else { throw .invalid("'\(name)' must hold non-empty strings", param: name) }
            out.append(s)
        }
        return out
    }

    /// Text from a content value: a string, or a list of text parts. Images, audio and files are refused:
    /// they cannot be scanned, and dropping them would change the question.
    static func text(_ v: JSONValue?, _ what: String, textTypes: Set<String> = ["text", "input_text"]) throws(APIError) -> String {
        guard let v, v != .null else { return "" }
        if let s = v.stringValue { return s }
        guard let parts = v.arrayValue else { throw .invalid("'\(what)' must be a string or a list of content parts", param: what) }
        var out = ""
        for p in parts {
            let type = p["type"]?.stringValue ?? ""
            guard textTypes.contains(type), let t = p["text"]?.stringValue else {
                throw .invalid("'\(what)' holds a '\(type)' part; only text is supported (images, audio and files cannot be scanned for personal data)", param: what)
            }
            if !out.isEmpty { out += "\n" }
            out += t
        }
        return out
    }

    static func checkCounts(_ turns: Int, max: Int) throws(APIError) {
        if turns == 0 { throw .invalid("'messages' must hold at least one message", param: "messages") }
        if turns > max { throw .invalid("'messages' holds \(turns) messages; the most is \(max) (serve.max_messages)", param: "messages") }
    }
}
