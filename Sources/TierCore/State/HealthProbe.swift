/// Cheap health checks, never a completion: each provider's adapter names its probe (llama-server
/// and vLLM `/health`, Ollama `/api/tags`, the others their model list), sent with the tier's key.
public enum HealthProbe {
    /// true when the tier answers 200 within a second; nil when its provider has no probe.
    public static func probe(_ tier: TierSpec, client: HTTPClient) -> Bool? {
        let key = try? APIKey.resolve(tier)
        guard let (url, headers) = tier.provider.adapter.probe(base: tier.endpoint, apiKey: key ?? nil) else { return nil }
        var r = HTTPRequest(url: url, headers: headers, body: [])
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

    /// Probes the tiers whose cached probe is older than their `health_check_interval` (with `probe`),
    /// records the results in the state file at `path`, and returns the updated records.
    public static func refresh(config: TierConfig, records: [String: HealthRecord], path: String, now: Double,
                               probe: (TierSpec) -> Bool?) -> [String: HealthRecord] {
        refresh(config: config, records: records, store: FileHealthState(path: path), now: now, probe: probe)
    }

    public static func refresh(config: TierConfig, records: [String: HealthRecord], store: any HealthState, now: Double,
                               probe: (TierSpec) -> Bool?) -> [String: HealthRecord] {
        var results: [(String, Bool)] = []
        for t in config.tiers {
            guard let interval = t.healthCheckInterval else { continue }
            if let r = records[t.name], now - r.probedAt < Double(interval.milliseconds) { continue }
            if let ok = probe(t) { results.append((t.name, ok)) }
        }
        if results.isEmpty { return records }
        var updated = records
        store.update { stored in
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
