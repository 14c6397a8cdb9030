public struct Attachment: Sendable {
    public var name: String
    public var text: String
    public init(name: String, text: String) { self.name = name; self.text = text }
}

/// Everything the router looks at for one request.
public struct RouteRequest: Sendable {
    public var prompt: String
    /// The system prompt (`--system`): scanned like the prompt, since it is sent with it.
    public var system: String?
    public var attachments: [Attachment]
    /// Given by the caller (`--task`); nil means the heuristic decides.
    public var taskType: String?
    /// A caller's hint: raises the scanned level; lowers it only with `consentToLower`.
    public var sensitivityHint: Sensitivity?
    public var consentToLower: Bool
    public var latency: LatencyBudget
    public var maxOutputTokens: Int?
    /// `--tier`: force a tier, still under the privacy policy.
    public var forcedTier: String?
    /// `--model`: a model role.
    public var modelRole: String?
    /// A level the request may not go below whatever the scan and hints say (a queued request's saved
    /// sensitivity, a conversation's history): privacy never loosens on replay.
    public var sensitivityFloor: Sensitivity?
    /// Every other text the request sends: earlier turns of a conversation, tool calls and their results,
    /// tool definitions. Scanned like the prompt: data in any turn keeps the whole request where it may go.
    public var history: [String] = []
    /// Why the floor is set, for the explanation ("turn 2 held EMAIL_ADDRESS"); nil: a saved request's.
    public var floorReason: String?

    public init(prompt: String, system: String? = nil, attachments: [Attachment] = [], taskType: String? = nil,
                sensitivityHint: Sensitivity? = nil, consentToLower: Bool = false,
                latency: LatencyBudget = .interactive, maxOutputTokens: Int? = nil,
                forcedTier: String? = nil, modelRole: String? = nil, sensitivityFloor: Sensitivity? = nil) {
        self.prompt = prompt
        self.system = system
        self.sensitivityFloor = sensitivityFloor
        self.attachments = attachments
        self.taskType = taskType
        self.sensitivityHint = sensitivityHint
        self.consentToLower = consentToLower
        self.latency = latency
        self.maxOutputTokens = maxOutputTokens
        self.forcedTier = forcedTier
        self.modelRole = modelRole
    }

    /// Input tokens, estimated as bytes / 4 (the usual rule of thumb for English and code under BPE
    /// tokenizers); the router needs an estimate before any tokenizer is at hand.
    /// Every text the request carries, each of which is sent to the tier: what the scan must cover.
    public var scannedTexts: [String] {
        var texts = [prompt]
        if let s = system, !s.isEmpty { texts.append(s) }
        for a in attachments { texts.append(a.text) }
        for h in history where !h.isEmpty { texts.append(h) }
        return texts
    }

    public var estimatedInputTokens: Int {
        var bytes = prompt.utf8.count + (system?.utf8.count ?? 0)
        for a in attachments { bytes += a.text.utf8.count }
        for h in history { bytes += h.utf8.count }
        return (bytes + 3) / 4
    }
}

public enum TierState: Sendable, Equatable {
    case unknown
    case available
    case unavailable(String)
}

/// What is known of each tier's health. The router reads it; it never probes.
public struct TierHealth: Sendable {
    public var states: [String: TierState]
    public init(_ states: [String: TierState] = [:]) { self.states = states }
    public static let unknown = TierHealth()

    public func state(_ tier: String) -> TierState { states[tier] ?? .unknown }
    public func isUnavailable(_ tier: String) -> Bool {
        if case .unavailable = state(tier) { return true }
        return false
    }
}

public enum TaskSource: String, Sendable {
    case flag, rule, heuristic, none
}

public enum SensitivitySource: String, Sendable {
    case scan
    case hint        // raised by the caller's hint
    case consent     // lowered by the caller's hint with explicit consent
}

public enum RouteOutcome: Sendable, Equatable {
    /// The request goes to `tier`.
    case route
    /// No tier may take the request (exit 3).
    case refused
    /// Every allowed tier is unavailable; the fallback action says what happens (exit 5).
    case unavailable(FallbackAction)
}

public struct EscalationStep: Sendable, Equatable {
    public var tier: String
    public var modelRole: String
    public var model: String
}

/// What happens when a tier of the escalation chain fails.
public struct FallbackStep: Sendable, Equatable {
    public var tier: String
    /// The config key that decides (`fallback.local_unavailable`, ...).
    public var key: String
    public var action: FallbackAction
    /// Where the request then goes, or nil when it queues or fails.
    public var target: String?
    public var note: String?
}

public struct RouteDecision: Sendable {
    public var outcome: RouteOutcome
    public var tier: String?
    public var boundary: Boundary?
    public var modelRole: String?
    public var model: String?
    public var taskType: String?
    public var taskSource: TaskSource
    public var taskConfidence: Double
    /// What the learned confidence is looked up by: the caller's task type, else the prompt's shape
    /// (`PromptShape`).
    public var taskKey: String? = nil
    public var sensitivity: Sensitivity
    public var scannedSensitivity: Sensitivity
    public var sensitivitySource: SensitivitySource
    public var evidence: [(type: String, count: Int)]
    public var consent: Bool
    public var latency: LatencyBudget
    public var inputTokens: Int
    public var maxOutputTokens: Int?
    public var ruleIndex: Int?
    public var ruleLabel: String?
    public var ruleLine: Int?
    public var allowed: [String]
    public var denied: [(tier: String, reason: String)]
    public var escalation: [EscalationStep]
    public var fallback: [FallbackStep]
    public var allUnavailable: FallbackAction
    public var reasons: [String]
}
