/// Cheap health checks, never a completion: llama-server and vLLM `/health`, Ollama `/api/tags`,
/// other OpenAI-compatible servers `/v1/models`. The paid cloud APIs are not probed; their failures
/// reach the breaker through real requests.
public enum HealthProbe {
    public static func path(for provider: ProviderKind) -> String? {
        switch provider {
        case .llamaServer, .vllm: return "/health"
        case .ollama: return "/api/tags"
        case .openaiCompatible: return "/v1/models"
        case .openai, .anthropic: return nil
        }
    }

    /// true when the tier answers 200 within a second.
    public static func probe(_ tier: TierSpec, client: HTTPClient) -> Bool? {
        guard let p = path(for: tier.provider) else { return nil }
        var base = tier.endpoint
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix("/v1") && p == "/v1/models" { base.removeLast(3) }
        // With the tier's credentials: an authenticated private tier answers a bare probe with 401.
        var headers: [String] = []
        if let key = try? APIKey.resolve(tier) {
            headers.append(tier.provider == .anthropic ? "x-api-key: " + key : "Authorization: Bearer " + key)
        }
        var r = HTTPRequest(url: base + p, headers: headers, body: [])
        r.method = "GET"
        r.proxy = tier.proxyChoice
        r.connectTimeoutMs = 500
        r.totalTimeoutMs = 1_000
        do {
            let head = try client.send(r) { _, _ in true }
            return head.status == 200
        } catch {
            return false
        }
    }

    /// Probes the tiers whose cached probe is older than their `health_check_interval`, records the results,
    /// and returns the updated records.
    public static func refresh(config: TierConfig, client: HTTPClient, records: [String: HealthRecord],
                               now: Double = HealthStore.nowMs()) -> [String: HealthRecord] {
        var results: [(String, Bool)] = []
        for t in config.tiers {
            guard let interval = t.healthCheckInterval else { continue }
            if let r = records[t.name], now - r.probedAt < Double(interval.milliseconds) { continue }
            if let ok = probe(t, client: client) { results.append((t.name, ok)) }
        }
        if results.isEmpty { return records }
        var updated = records
        HealthStore.update { stored in
            for (name, ok) in results {
                var r = stored[name] ?? HealthRecord()
                r.probedAt = now
                r.probeOK = ok
                stored[name] = r
            }
            updated = stored
        }
        return updated
    }
}
