/// The config schema as documentation: drives the man page's CONFIGURATION section and
/// `tier help config`; a test checks that the README and the loader's key lists agree with it.
public enum ConfigReference {
    public struct Entry: Sendable {
        public var key: String
        public var type: String
        public var meaning: String
    }

    public static let entries: [Entry] = [
        Entry(key: "tiers.NAME", type: "mapping", meaning: "A place inference runs. Any name; local, private and cloud are usual."),
        Entry(key: "tiers.NAME.provider", type: "ollama | llama-server | vllm | openai | openai-compatible | anthropic", meaning: "The protocol spoken. Required."),
        Entry(key: "tiers.NAME.endpoint", type: "URL", meaning: "Base URL (http or https). Default per provider: ollama http://127.0.0.1:11434, llama-server http://127.0.0.1:8080, vllm http://127.0.0.1:8000, openai https://api.openai.com, anthropic https://api.anthropic.com; openai-compatible needs one."),
        Entry(key: "tiers.NAME.boundary", type: "device | organization | external", meaning: "Who can see data sent there. Default from the endpoint, failing closed: localhost and loopback IP literals (127/8, ::1) are device; private addresses (10/8, 172.16/12, 192.168/16, fc00::/7), .internal, .local, .lan and single-label hosts are organization; any other host is external. 'config check' warns when a non-device tier relies on the default."),
        Entry(key: "tiers.NAME.max_sensitivity", type: "sensitivity level", meaning: "An explicit exception to the policy: the most sensitive data this tier may receive. Default from the boundary: device secret, organization internal, external public."),
        Entry(key: "tiers.NAME.models", type: "mapping role -> model id", meaning: "Required. Roles are free names; fast, general, code, default and frontier are picked by task type when a rule names no role."),
        Entry(key: "tiers.NAME.api_key_env", type: "variable name", meaning: "The environment variable that holds the API key. Default for anthropic ANTHROPIC_API_KEY, for openai OPENAI_API_KEY; a missing or refused key is an error (exit 1), never a quiet answer from another tier. A key with a control character is refused. Keys are never read from the config or the command line."),
        Entry(key: "tiers.NAME.api_key_file", type: "path", meaning: "A regular file (at most 64 KB) whose first line is the API key (an alternative to api_key_env); a BOM, surrounding spaces and the line break are stripped."),
        Entry(key: "tiers.NAME.proxy", type: "URL", meaning: "An HTTP(S) or SOCKS5 proxy for this tier's requests and probes. Without it, device and organization tiers use no proxy at all (the environment's http_proxy, HTTPS_PROXY and all_proxy are ignored for them) and external tiers use the environment's."),
        Entry(key: "tiers.NAME.health_check_interval", type: "duration", meaning: "How long a health probe's answer is trusted. Durations: 500ms, 30s, 2m, 1h, 1m30s."),
        Entry(key: "tiers.NAME.keep_alive", type: "duration", meaning: "Ollama only: how long the server keeps the model loaded after a request (sent as keep_alive)."),
        Entry(key: "tiers.NAME.context_window", type: "integer (tokens)", meaning: "The tier's context window. A conversation (tier ask --continue, or the gateway's messages) whose estimated size (bytes / 4) plus max_tokens exceeds it is sent without its oldest turns, with a note on stderr; see long_history."),
        Entry(key: "tiers.NAME.long_history", type: "truncate | skip", meaning: "What happens to a conversation too long for context_window: truncate (the default) drops the oldest turns; skip passes the request to the next allowed tier instead."),
        Entry(key: "tiers.NAME.timeouts", type: "mapping", meaning: "connect, first_token, idle (the gap between streamed chunks) and total, each a duration. Without first_token, a tier gets 30s (at most half the time left) when another tier could still take the request."),
        Entry(key: "tiers.NAME.failure_threshold", type: "integer", meaning: "Consecutive failures (down, timeout, 429, 5xx, 529, malformed, cut stream) after which the tier is skipped for the cooldown. Default 3. Shared by every tier process through the state file."),
        Entry(key: "tiers.NAME.cooldown", type: "duration", meaning: "How long a tier is skipped once its failure_threshold is reached. Default 30s."),
        Entry(key: "routing.default_tier", type: "tier name", meaning: "Where a request goes when no rule matches. Default: the first device tier, else the first tier."),
        Entry(key: "routing.escalation_threshold", type: "number in [0, 1]", meaning: "A local answer below this confidence is escalated. Default 0.8."),
        Entry(key: "routing.task_thresholds", type: "mapping", meaning: "Task type -> escalation threshold in [0, 1], overriding routing.escalation_threshold for that task. Written by 'tier calibrate --by task_type --write'."),
        Entry(key: "routing.confidence.calibration", type: "list of [raw, calibrated] pairs", meaning: "A monotone map from the raw confidence score to the probability that the reference tier agrees, fitted by 'tier calibrate --fit isotonic --write'; linear between pairs, clamped beyond. Thresholds then compare against the mapped value, which is what the request log records."),
        Entry(key: "routing.confidence.model", type: "mapping (flow YAML)", meaning: "The learned confidence, written by 'tier calibrate --fit combined --write': signals (their names), fill (a missing signal's value), pooled {bias, weights, offsets per task type, map} and tasks {type: {bias, weights, map}}. z = bias + offset + sum of weight × signal (seq_logprob floored at -30, tokens as log(1 + tokens)); confidence = map(1 / (1 + e^-z)), the isotonic map to the probability that the answer is right. When present it replaces the formula below and routing.confidence.calibration; an empty answer, or invalid JSON when JSON was asked for, is still 0."),
        Entry(key: "routing.confidence.samples", type: "integer 0-20", meaning: "Self-consistency: ask a device tier this many extra times at sample_temperature (default 0.7) and log how far those answers agree with the answer as the 'agreement' signal. Costs that many more local calls per judged answer. 0 (the default): off."),
        Entry(key: "routing.confidence", type: "mapping", meaning: "How a local answer's confidence is computed from its token logprobs: quantile (0.1), quantile_weight (0.5), margin_weight (0), hedge_penalty (0.5), truncation_penalty (0.7), each in [0, 1]. confidence = ((1 - quantile_weight) * mean(p) + quantile_weight * the quantile of p), p = exp(logprob) per token, mixed with the mean top-1/top-2 margin by margin_weight, times hedge_penalty when the answer hedges or refuses, times truncation_penalty when it stopped at max_tokens; 0 for an empty answer or invalid JSON when JSON was asked for."),
        Entry(key: "routing.no_confidence", type: "accept | escalate", meaning: "What happens when a tier whose answer is to be judged returns no logprobs: accept keeps the answer (the default), escalate asks the next allowed tier. Either way it is said with -v and logged as confidence_missing."),
        Entry(key: "routing.shadow_rate", type: "number in [0, 1]", meaning: "The share of locally answered requests that are also asked of the reference tier (when the data may go there), with the agreement of the two answers logged: the data calibrate learns from. Default 0."),
        Entry(key: "routing.shadow_tier", type: "tier name", meaning: "The reference tier for shadow sampling. Default: the last tier of the escalation order the data may reach."),
        Entry(key: "routing.cascade_breaker", type: "mapping", meaning: "max_escalation_rate (0.3), window (50), action (warn or skip_local): when more than that share of the last window local answers escalated, tier warns on stderr and records it; with skip_local it starts at the next tier until the rate falls."),
        Entry(key: "routing.escalation_order", type: "list of tier names", meaning: "The order in which tiers are tried. Default: device tiers, then organization, then external, in config order within each."),
        Entry(key: "routing.rules", type: "list", meaning: "Tried in order; the first whose conditions all hold and whose tier may receive the data wins. Conditions: task_type, data_sensitivity, latency, match, regex, max_input_tokens; outcome: tier (required) and model (a role of that tier); name labels the rule."),
        Entry(key: "routing.rules[].task_type", type: "name or list", meaning: "A built-in task type (message_classification, entity_extraction, formatting, summarization, routing, template_completion, code, complex_reasoning, creative) or a name of your own, which matches only when given with --task."),
        Entry(key: "routing.rules[].data_sensitivity", type: "level or list", meaning: "public, internal, personal, secret, or low, medium, high (low = public, medium = internal, high = personal and secret). Matches exactly these levels."),
        Entry(key: "routing.rules[].latency", type: "budget or list", meaning: "interactive, background or streaming."),
        Entry(key: "routing.rules[].match", type: "keyword or list", meaning: "Matches when the prompt contains any keyword, ignoring ASCII case."),
        Entry(key: "routing.rules[].regex", type: "POSIX extended regex", meaning: "Matches the prompt, ignoring case. \\d, \\w, \\s and \\b work."),
        Entry(key: "routing.rules[].max_input_tokens", type: "integer", meaning: "Matches when the estimated input (bytes / 4) is at most this many tokens."),
        Entry(key: "routing.rules[].tier", type: "tier name", meaning: "Where a matching request goes. Required."),
        Entry(key: "routing.rules[].model", type: "model role", meaning: "A role in that tier's models."),
        Entry(key: "routing.rules[].name", type: "string", meaning: "A label shown in explanations."),
        Entry(key: "fallback.local_unavailable", type: "tier | next | queue | fail", meaning: "When a device tier is down. Default next (the next allowed tier in the escalation order). A tier the data may not reach is never used."),
        Entry(key: "fallback.cloud_unavailable", type: "tier | next | queue | fail", meaning: "When an organization or external tier is down. Default next."),
        Entry(key: "fallback.all_unavailable", type: "queue | fail", meaning: "When every allowed tier is down. Default fail."),
        Entry(key: "log.path", type: "absolute path", meaning: "The request log. Default $XDG_STATE_HOME/tier/requests.jsonl."),
        Entry(key: "log.content", type: "true or false", meaning: "Also log the prompt and the answer, with every finding of the sensitivity scan replaced by [TYPE]. Default false: no text at all."),
        Entry(key: "classify.detectors", type: "list", meaning: "Your own detectors: name (the finding type), regex (POSIX extended, case-sensitive), sensitivity (default personal). Used by classify, route and ask."),
        Entry(key: "classify.paths", type: "mapping glob -> level", meaning: "Files whose path matches a glob are at least that level in classify ('hr/**': personal)."),
        Entry(key: "classify.keywords", type: "list", meaning: "Words that mark text as internal (project code names, 'confidential'); matched ignoring ASCII case."),
        Entry(key: "serve.listen", type: "HOST:PORT", meaning: "Where 'tier serve' listens. Default 127.0.0.1:8787; --listen overrides it. Listening beyond loopback needs client keys (or --insecure-no-auth)."),
        Entry(key: "serve.keys", type: "list", meaning: "Client keys of the gateway: name (what the log and /metrics record), sha256 (the key's SHA-256 in hex: printf %s \"$KEY\" | sha256sum; the key is never stored), requests_per_minute and monthly_budget_usd (both optional; over either, 429 with Retry-After). With any key configured, every request needs one (Authorization: Bearer, or x-api-key)."),
        Entry(key: "serve.key_file", type: "absolute path", meaning: "A YAML file with 'keys:', the same list as serve.keys, read with the config (and again on SIGHUP)."),
        Entry(key: "serve.max_body_bytes", type: "integer", meaning: "The largest request body the gateway reads (413 beyond it). Default 8388608."),
        Entry(key: "serve.max_messages", type: "integer", meaning: "The most messages one request may hold (400 beyond it). Default 2000."),
        Entry(key: "serve.grace_period", type: "duration", meaning: "On SIGTERM, how long requests in flight may take to finish before the gateway exits. Default 30s."),
        Entry(key: "state.backend", type: "file | redis", meaning: "Where breakers, cooldowns, health probes, the cascade-rate window and the gateway's client-key counters and spend live. file (the default): the state file for 'tier ask' and each gateway's memory. redis: shared by every replica and host that names the same Redis and prefix. Privacy never depends on it: the allowed tiers are decided on each host from the config and the scan. When Redis cannot be reached, each process uses its local state, says so once on stderr (and on /metrics as tier_state_backend_up 0), and goes back to Redis when it answers again."),
        Entry(key: "state.url", type: "redis://HOST:PORT/DB", meaning: "The Redis server (port 6379 and database 0 by default). Required with backend redis. rediss:// (TLS) is refused: this build's hiredis (Debian 12) has no TLS. No password in the URL: see password_env."),
        Entry(key: "state.password_env", type: "variable name", meaning: "The environment variable holding the Redis password (AUTH); never logged."),
        Entry(key: "state.prefix", type: "string", meaning: "The prefix of every Redis key (PREFIX:health, PREFIX:rl:..., PREFIX:spend:...), one per deployment. Default tier."),
        Entry(key: "state.timeout", type: "duration", meaning: "The connect and command timeout for Redis. Default 50ms. After a failure Redis is skipped (local state) and retried with a backoff from 250ms to 5s, never on every request."),
        Entry(key: "pricing.MODEL", type: "mapping", meaning: "Price overrides for a model id, in USD per 1M tokens: input, output (required) and cached_input."),
    ]

    public static func render(width: Int = 80) -> String {
        var out = "The tier config (YAML). Every key:\n\n"
        for e in entries {
            out += "  \(e.key)  (\(e.type))\n" + HelpRenderer.wrap(e.meaning, indent: 6, width: width)
        }
        out += "\nProviders (provider: NAME):\n\n"
        for k in ProviderKind.allCases {
            let about = k.summary + (k.defaultEndpoint.map { "; default endpoint \($0)" } ?? "; needs an endpoint")
                + (k.defaultKeyVariables.isEmpty ? "" : "; key from " + k.defaultKeyVariables.joined(separator: " or ")) + "."
            out += "  \(k.rawValue)\n" + HelpRenderer.wrap(about, indent: 6, width: width)
        }
        out += "\nSensitivity levels: public < internal < personal < secret. Policy: public may go anywhere; internal stays inside the organization boundary; personal and secret stay on the device unless a tier's max_sensitivity grants an exception.\n"
        return out
    }
}
