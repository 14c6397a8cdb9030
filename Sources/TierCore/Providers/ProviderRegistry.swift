/// The providers tier speaks: a config's `provider:` names one, and each has one adapter. A new
/// provider is its adapter file and one case here (with its line in `adapter`).
public enum ProviderKind: String, Sendable, CaseIterable {
    case ollama
    case llamaServer = "llama-server"
    case vllm
    case openai
    case openaiCompatible = "openai-compatible"
    case anthropic
    case gemini

    public var adapter: any ProviderAdapter {
        switch self {
        case .ollama: return OllamaAdapter()
        case .llamaServer: return OpenAIAdapter(flavour: .llamaServer)
        case .vllm: return OpenAIAdapter(flavour: .vllm)
        case .openai: return OpenAIAdapter(flavour: .openai)
        case .openaiCompatible: return OpenAIAdapter(flavour: .compatible)
        case .anthropic: return AnthropicAdapter()
        case .gemini: return GeminiAdapter()
        }
    }

    /// What each provider is, for the README's table and `tier help config`.
    public var summary: String {
        switch self {
        case .ollama: return "Ollama's native /api/chat (NDJSON streaming, num_ctx sized to the prompt, /api/tags)"
        case .llamaServer: return "llama.cpp's llama-server (OpenAI chat completions, /health)"
        case .vllm: return "vLLM (OpenAI chat completions, /health)"
        case .openai: return "OpenAI (chat completions)"
        case .openaiCompatible: return "any OpenAI-compatible server (LM Studio, Ollama's /v1, gateways; /v1/models)"
        case .anthropic: return "Anthropic Messages (no logprobs)"
        case .gemini: return "Google Gemini generateContent / streamGenerateContent"
        }
    }

    /// Where a provider listens when the config names no endpoint.
    public var defaultEndpoint: String? { adapter.defaultEndpoint }

    /// The provider's usual key variables, used when the tier names neither api_key_env nor api_key_file.
    public var defaultKeyVariables: [String] { adapter.keyVariables }

    /// The provider table (markdown), generated from the registry.
    public static var table: String {
        var out = "| provider | what it speaks | default endpoint | key from | logprobs |\n|---|---|---|---|---|\n"
        for k in allCases {
            let a = k.adapter
            out += "| `\(k.rawValue)` | \(k.summary) | \(a.defaultEndpoint.map { "`\($0)`" } ?? "(required)") | "
            out += (a.keyVariables.isEmpty ? "api_key_env / api_key_file" : a.keyVariables.map { "`\($0)`" }.joined(separator: " or ")) + " | "
            out += (a.returnsLogprobs ? "yes" : "no") + " |\n"
        }
        return out
    }
}

extension TierSpec {
    /// The adapter for this tier, with the tier's own provider options (Ollama's keep_alive).
    public var adapter: any ProviderAdapter {
        if provider == .ollama { return OllamaAdapter(keepAlive: keepAlive) }
        return provider.adapter
    }
}
