/// One provider's wire format, and everything else tier must know of it: the request it sends, how
/// the reply (streamed or whole) decodes, how errors map, how it is probed and how it lists models.
/// `ask` (through `AdapterChatProvider`), `bench` and the gateway all speak a provider through its
/// adapter; a new provider is one adapter file and one line in `ProviderKind.adapter`.
public protocol ProviderAdapter: Sendable {
    /// The environment variables that hold a key when the tier names none (the first set one is used).
    var keyVariables: [String] { get }
    /// Where it listens when the config names no endpoint.
    var defaultEndpoint: String? { get }
    /// It can return token logprobs (so its answers can be judged).
    var returnsLogprobs: Bool { get }
    /// The chat request: URL, headers (the key among them), body.
    func chatRequest(_ r: ChatRequest, base: String, apiKey: String?) -> (url: String, headers: [String], body: [UInt8])
    /// A fresh decoder for one reply.
    func decoder(stream: Bool) -> any ChatDecoder
    /// A non-200 reply as a typed error (the key already masked out of the message).
    func error(status: Int, head: HTTPResponseHead, body: [UInt8], apiKey: String?) -> ProviderError
    /// The cheap health check (never a completion), with the tier's credentials; nil when there is none.
    func probe(base: String, apiKey: String?) -> (url: String, headers: [String])?
    /// Where the server lists its models (`tier models`); nil when it has no list.
    func modelList(base: String, apiKey: String?) -> (url: String, headers: [String])?
    /// The model ids in the reply of the model-list URL.
    func modelIDs(_ body: [UInt8]) -> [String]
}

/// Folds one reply's bytes, as they arrive, into a `ChatResponse`.
public protocol ChatDecoder {
    /// Returns an error to stop reading (an error event, a chunk that is not JSON).
    mutating func feed(_ chunk: UnsafeRawBufferPointer, into r: inout ChatResponse, text: (String) -> Void) -> ProviderError?
    /// At the end of the body: nil when the reply is complete, else why not (a cut stream, no finish).
    mutating func finish(into r: inout ChatResponse, text: (String) -> Void) -> ProviderError?
}

extension ProviderAdapter {
    /// Most providers list their models at their probe URL.
    public func modelList(base: String, apiKey: String?) -> (url: String, headers: [String])? { probe(base: base, apiKey: apiKey) }

    public func modelIDs(_ body: [UInt8]) -> [String] {
        guard let v = try? JSONParser.parse(String(decoding: body, as: UTF8.self)) else { return [] }
        return (v["data"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }
}

/// `base` with `/v1` once, then `path`: endpoints are written with or without their `/v1`.
func versionedURL(_ base: String, _ path: String, version: String = "/v1") -> String {
    var b = base
    while b.hasSuffix("/") { b.removeLast() }
    return b.hasSuffix(version) ? b + "/" + path : b + version + "/" + path
}

/// Server-sent events into JSON values, for the SSE protocols (OpenAI, Anthropic, Gemini).
struct SSEJSONFramer {
    var sse = SSEParser()

    /// Calls `each` with every event's parsed data (nil when it is not JSON) until it returns an error.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ each: (SSEEvent, JSONValue?) -> ProviderError?) -> ProviderError? {
        var failure: ProviderError? = nil
        sse.feed(chunk) { event in
            guard failure == nil else { return }
            failure = each(event, try? JSONParser.parse(event.dataString))
        }
        return failure
    }
}

/// Any adapter over the shared libcurl client: the one place a chat request is sent and read.
public final class AdapterChatProvider: ChatProvider {
    let adapter: any ProviderAdapter
    let client: HTTPClient
    let base: String
    let apiKey: String?
    let timeouts: HTTPTimeouts
    let caFile: String?
    let proxy: ProxyChoice

    public init(adapter: any ProviderAdapter, client: HTTPClient, base: String, apiKey: String?, timeouts: HTTPTimeouts,
                caFile: String? = nil, proxy: ProxyChoice = .none) {
        self.adapter = adapter
        self.client = client
        self.base = base
        self.apiKey = apiKey
        self.timeouts = timeouts
        self.caFile = caFile
        self.proxy = proxy
    }

    public func complete(_ r: ChatRequest, onText: @escaping (String) -> Void) throws(ProviderError) -> ChatResponse {
        let (url, headers, body) = adapter.chatRequest(r, base: base, apiKey: apiKey)
        var request = HTTPRequest(url: url, headers: headers, body: body)
        timeouts.apply(&request)
        request.caFile = caFile
        request.proxy = proxy

        var response = ChatResponse()
        if r.topLogprobs != nil && adapter.returnsLogprobs { response.logprobs = [] }
        var decoder = adapter.decoder(stream: r.stream)
        let start = monotonicMs()
        var delivered = false
        var errorBody: [UInt8] = []
        var failure: ProviderError? = nil
        // The text is collected apart from `response`, which the decoder holds while it calls this.
        var answer = ""
        var ttft: Double? = nil
        let emit: (String) -> Void = { text in
            guard !text.isEmpty else { return }
            if ttft == nil { ttft = monotonicMs() - start }
            answer += text
            delivered = true
            onText(text)
        }
        let head: HTTPResponseHead
        do {
            head = try client.send(request) { status, chunk in
                if status != 200 { errorBody.append(contentsOf: chunk); return errorBody.count < 1 << 20 }
                if failure == nil { failure = decoder.feed(chunk, into: &response, text: emit) }
                return failure == nil
            }
        } catch {
            if error == .stopped, let f = failure { throw f.masking(apiKey) }
            throw ProviderError.from(error, outputStarted: delivered, url: url)
        }
        if head.status != 200 { throw adapter.error(status: head.status, head: head, body: errorBody, apiKey: apiKey) }
        if let f = failure { throw f.masking(apiKey) }
        if let f = decoder.finish(into: &response, text: emit) {
            if case .streamCut = f { throw .streamCut(afterOutput: delivered) }
            throw f.masking(apiKey)
        }
        response.text = answer
        response.totalMs = monotonicMs() - start
        response.ttftMs = ttft ?? response.totalMs
        if response.text.allSatisfy({ $0.isWhitespace }) && response.toolCalls.isEmpty { throw .emptyAnswer }
        if response.toolCalls.contains(where: { $0.name.isEmpty }) { throw .malformed("a tool call without a function name") }
        return response
    }
}

/// The common error mapping: 401/403 authentication, 429 with Retry-After, 529 overloaded, context
/// length by the provider's type or message, else HTTP status with the provider's own message.
func standardError(status: Int, head: HTTPResponseHead, message raw: String, type: String?, apiKey: String?) -> ProviderError {
    let message = APIKey.mask(raw, key: apiKey)
    switch status {
    case 401, 403: return .authentication(message)
    case 429:
        let after = RetryAfter.milliseconds(retryAfter: head.header("retry-after"), retryAfterMs: head.header("retry-after-ms"),
                                            nowEpochSeconds: HealthStore.nowMs() / 1000)
        return .rateLimited(retryAfterMs: after, message: message)
    case 529: return .overloaded(message)
    default:
        let lower = message.lowercased()
        if type == "exceed_context_size_error" || lower.contains("context length") || lower.contains("context_length")
            || lower.contains("maximum context") || lower.contains("prompt is too long") || lower.contains("exceeds the maximum number of tokens")
            || lower.contains("context window") {
            return .contextLength(message)
        }
        if type == "overloaded_error" { return .overloaded(message) }
        return .http(status: status, message: message)
    }
}
