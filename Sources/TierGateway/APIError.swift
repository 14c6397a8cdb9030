import TierCore

/// Which API a request came in on: errors and streams answer in its style.
enum APIStyle {
    case openai, anthropic

    init(path: String) { self = path.hasPrefix("/v1/messages") ? .anthropic : .openai }
}

/// An error for the client, with its HTTP status; rendered as OpenAI's or Anthropic's error body.
struct APIError: Error {
    enum Kind {
        case invalidRequest, authentication, permission, notFound, tooLarge, rateLimited, upstream, unavailable, overloaded, timeout
    }
    var status: Int
    var kind: Kind
    var message: String
    var param: String? = nil
    /// OpenAI's `code` ("privacy_boundary", "model_not_found", "rate_limit_exceeded", ...).
    var code: String? = nil
    var retryAfterSeconds: Int? = nil

    init(status: Int, kind: Kind, message: String, param: String? = nil, code: String? = nil, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.kind = kind
        self.message = message
        self.param = param
        self.code = code
        self.retryAfterSeconds = retryAfterSeconds
    }

    static func invalid(_ message: String, param: String? = nil) -> APIError {
        APIError(status: 400, kind: .invalidRequest, message: message, param: param)
    }

    var openAIType: String {
        switch kind {
        case .invalidRequest, .tooLarge, .notFound: return "invalid_request_error"
        case .authentication: return "authentication_error"
        case .permission: return "permission_error"
        case .rateLimited: return "rate_limit_error"
        case .upstream, .unavailable, .overloaded, .timeout: return "server_error"
        }
    }

    var anthropicType: String {
        switch kind {
        case .invalidRequest: return "invalid_request_error"
        case .authentication: return "authentication_error"
        case .permission: return "permission_error"
        case .notFound: return "not_found_error"
        case .tooLarge: return "request_too_large"
        case .rateLimited: return "rate_limit_error"
        case .overloaded: return "overloaded_error"
        case .timeout: return "timeout_error"
        case .upstream, .unavailable: return "api_error"
        }
    }

    func body(_ style: APIStyle) -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            switch style {
            case .openai:
                w.key("error")
                w.object { w in
                    w.field("message", message)
                    w.field("type", openAIType)
                    w.field("param", param)
                    w.field("code", code)
                }
            case .anthropic:
                w.field("type", "error")
                w.key("error")
                w.object { w in w.field("type", anthropicType); w.field("message", message) }
            }
        }
        return w.bytes
    }

    func headers(_ style: APIStyle) -> [(String, String)] {
        var h = [("content-type", "application/json")]
        if let s = retryAfterSeconds { h.append(("retry-after", String(s))) }
        return h
    }
}
