/// Google's Gemini API: `generateContent` and `streamGenerateContent?alt=sse`, `x-goog-api-key`,
/// system instructions, `responseMimeType` for JSON, usage metadata, its error format (with the
/// retry delay of a 429 in the error's details), and logprobs (`responseLogprobs`) where the model
/// offers them. Key from GEMINI_API_KEY or GOOGLE_API_KEY.
public struct GeminiAdapter: ProviderAdapter {
    public var keyVariables: [String] { ["GEMINI_API_KEY", "GOOGLE_API_KEY"] }
    public var defaultEndpoint: String? { "https://generativelanguage.googleapis.com" }
    /// Not every Gemini model returns logprobs; when one does not, `routing.no_confidence` decides.
    public var returnsLogprobs: Bool { true }

    /// "gemini-2.5-pro", "models/gemini-2.5-pro" and LiteLLM's "gemini/gemini-2.5-pro" name one model.
    static func modelPath(_ model: String) -> String {
        var m = model[...]
        if m.hasPrefix("gemini/") { m = m.dropFirst(7) }
        if m.hasPrefix("models/") { m = m.dropFirst(7) }
        return "models/" + m
    }

    func headers(_ apiKey: String?) -> [String] { apiKey.map { ["x-goog-api-key: " + $0] } ?? [] }

    public func chatRequest(_ r: ChatRequest, base: String, apiKey: String?) -> (url: String, headers: [String], body: [UInt8]) {
        let method = r.stream ? ":streamGenerateContent?alt=sse" : ":generateContent"
        let url = versionedURL(base, GeminiAdapter.modelPath(r.model) + method, version: "/v1beta")
        var w = JSONWriter()
        w.object { w in
            if let s = r.system {
                w.key("systemInstruction")
                w.object { w in w.key("parts"); w.array { w in w.object { w in w.field("text", s) } } }
            }
            w.key("contents")
            w.array { w in
                for t in r.conversation {
                    w.object { w in
                        // Gemini has two roles: the model's turns, and the user's (tool results among them).
                        w.field("role", t.role == .assistant ? "model" : "user")
                        w.key("parts")
                        w.array { w in
                            switch t.role {
                            case .tool:
                                w.object { w in
                                    w.key("functionResponse")
                                    w.object { w in
                                        w.field("name", t.toolName ?? "")
                                        w.key("response"); w.object { w in w.field("content", t.content) }
                                    }
                                }
                            case .user, .assistant:
                                if !t.content.isEmpty || t.toolCalls.isEmpty { w.object { w in w.field("text", t.content) } }
                                for c in t.toolCalls {
                                    w.object { w in
                                        w.key("functionCall")
                                        w.object { w in
                                            w.field("name", c.name)
                                            w.key("args")
                                            w.argumentsObject(c.arguments)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if !r.tools.isEmpty {
                w.key("tools")
                w.array { w in
                    w.object { w in
                        w.key("functionDeclarations")
                        w.array { w in
                            for tool in r.tools {
                                w.object { w in
                                    w.field("name", tool.name)
                                    if let d = tool.description { w.field("description", d) }
                                    if let p = tool.parameters { w.key("parametersJsonSchema"); w.appendRawValue(p) }
                                }
                            }
                        }
                    }
                }
                if let choice = r.toolChoice {
                    w.key("toolConfig")
                    w.object { w in
                        w.key("functionCallingConfig")
                        w.object { w in
                            switch choice {
                            case .auto: w.field("mode", "AUTO")
                            case .none: w.field("mode", "NONE")
                            case .required: w.field("mode", "ANY")
                            case .function(let name): w.field("mode", "ANY"); w.key("allowedFunctionNames"); w.array { w in w.string(name) }
                            }
                        }
                    }
                }
            }
            w.key("generationConfig")
            w.object { w in
                w.field("maxOutputTokens", r.maxTokens)
                if let t = r.temperature { w.field("temperature", t, digits: 4) }
                if r.jsonOutput { w.field("responseMimeType", "application/json") }
                if !r.stop.isEmpty { w.key("stopSequences"); w.array { w in for x in r.stop { w.string(x) } } }
                if let schema = r.jsonSchema { w.key("responseJsonSchema"); w.appendRawValue(schema) }
                if let n = r.topLogprobs {
                    w.field("responseLogprobs", true)
                    w.field("logprobs", n)
                }
            }
        }
        return (url, ["Content-Type: application/json"] + headers(apiKey), w.bytes)
    }

    public func decoder(stream: Bool) -> any ChatDecoder { Decoder(stream: stream) }

    public func error(status: Int, head: HTTPResponseHead, body: [UInt8], apiKey: String?) -> ProviderError {
        let v = try? JSONParser.parse(String(decoding: body, as: UTF8.self))
        let message = v?["error"]?["message"]?.stringValue ?? providerMessage(body).message
        let e = standardError(status: status, head: head, message: message, type: v?["error"]?["status"]?.stringValue, apiKey: apiKey)
        // A 429 names its wait in the error's RetryInfo ("retryDelay": "37s") rather than a header.
        if case .rateLimited(nil, let m) = e {
            for d in v?["error"]?["details"]?.arrayValue ?? [] {
                if let delay = d["retryDelay"]?.stringValue, delay.hasSuffix("s"),
                   let ms = RetryAfter.milliseconds(retryAfter: String(delay.dropLast()), retryAfterMs: nil, nowEpochSeconds: 0) {
                    return .rateLimited(retryAfterMs: ms, message: m)
                }
            }
        }
        return e
    }

    public func probe(base: String, apiKey: String?) -> (url: String, headers: [String])? {
        (versionedURL(base, "models", version: "/v1beta"), headers(apiKey))
    }

    public func modelIDs(_ body: [UInt8]) -> [String] {
        guard let v = try? JSONParser.parse(String(decoding: body, as: UTF8.self)) else { return [] }
        return (v["models"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue.map { $0.hasPrefix("models/") ? String($0.dropFirst(7)) : $0 } }
    }

    struct Decoder: ChatDecoder {
        let stream: Bool
        var framer = SSEJSONFramer()
        var whole: [UInt8] = []

        mutating func feed(_ chunk: UnsafeRawBufferPointer, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            guard stream else { whole.append(contentsOf: chunk); return nil }
            return framer.feed(chunk) { _, value in
                guard let v = value else { return .malformed("a stream chunk is not JSON") }
                return Decoder.absorb(v, into: &r, text: text)
            }
        }

        mutating func finish(into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            if !stream {
                guard let v = try? JSONParser.parse(String(decoding: whole, as: UTF8.self)) else { return .malformed("the body is not JSON") }
                if let e = Decoder.absorb(v, into: &r, text: text) { return e }
            }
            // Every complete reply ends with a finish reason; a stream without one was cut.
            return r.finishReason == nil ? .streamCut(afterOutput: false) : nil
        }

        static func absorb(_ v: JSONValue, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError? {
            if let e = v["error"], e != .null { return .streamError(e["message"]?.stringValue ?? "error") }
            if let m = v["modelVersion"]?.stringValue { r.model = m }
            if let u = v["usageMetadata"] {
                if let n = serverCount(u["promptTokenCount"]) { r.inputTokens = n }
                if let n = serverCount(u["candidatesTokenCount"]) { r.outputTokens = n }
            }
            guard let c = v["candidates"]?.arrayValue?.first else { return nil }
            for p in c["content"]?["parts"]?.arrayValue ?? [] {
                // Thought summaries are not the answer.
                if p["thought"]?.boolValue == true { continue }
                if let t = p["text"]?.stringValue { text(t) }
                if let f = p["functionCall"] {
                    guard r.toolCallPiece(index: r.toolCalls.count, id: f["id"]?.stringValue ?? "call_\(r.toolCalls.count)",
                                          name: f["name"]?.stringValue, arguments: AnthropicAdapter.inputText(f["args"])) else {
                        return .malformed("too many tool calls")
                    }
                }
            }
            if let lr = c["logprobsResult"] {
                let chosen = lr["chosenCandidates"]?.arrayValue ?? []
                let tops = lr["topCandidates"]?.arrayValue ?? []
                for (i, t) in chosen.enumerated() {
                    guard let lp = t["logProbability"]?.numberValue, lp.isFinite, lp <= 0 else { continue }
                    var runnerUp: Double? = nil
                    if i < tops.count {
                        for alt in tops[i]["candidates"]?.arrayValue ?? [] where alt["token"]?.stringValue != t["token"]?.stringValue {
                            if let a = alt["logProbability"]?.numberValue, a.isFinite, a <= 0, runnerUp == nil || a > runnerUp! { runnerUp = a }
                        }
                    }
                    if r.logprobs == nil { r.logprobs = [] }
                    r.logprobs!.append(TokenLogprob(logprob: lp, runnerUp: runnerUp))
                }
            }
            if let f = c["finishReason"]?.stringValue, f != "FINISH_REASON_UNSPECIFIED" {
                // MAX_TOKENS reads as the truncation the confidence penalises.
                r.finishReason = f == "MAX_TOKENS" ? "max_tokens" : f.lowercased()
            }
            return nil
        }
    }
}
