import Foundation
import Testing

/// `tier ask --new / --continue / --conversation`: the history is sent whole, its privacy level holds for
/// every later turn, it fits each tier's context window, and it lives in private files.
@Suite struct ConversationCLI {
    static let key = "sk-ant-CONV-FAKE-never-echo-0123456789"

    func setup(defaultTier: String = "local", localExtra: String = "") throws -> (String, FakeProvider, FakeProvider) {
        let local = try FakeProvider(protocol: "openai", extra: ["--answer", "Local answer here."])
        let cloud = try FakeProvider(protocol: "anthropic", extra: ["--answer", "From the cloud."])
        let cfg = writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(local.endpoint)
                models: {general: small}
                timeouts: {first_token: 2s, total: 10s}\(localExtra)
              cloud:
                provider: anthropic
                endpoint: \(cloud.endpoint)
                boundary: external
                api_key_env: TEST_CLOUD_KEY
                models: {default: claude-test}
            routing:
              default_tier: \(defaultTier)
              escalation_threshold: 0.5
            """)
        return (cfg, local, cloud)
    }

    func ask(_ cfg: String, _ args: [String], home: String) throws -> Run {
        try tier(["ask", "-c", cfg, "--no-stream"] + args, env: ["TEST_CLOUD_KEY": Self.key], home: home)
    }

    func sentMessages(_ fake: FakeProvider, _ i: Int) -> [[String: Any]] {
        let body = object(object(fake.requests[i])["body"] as? String ?? "")
        return body["messages"] as? [[String: Any]] ?? []
    }

    @Test func continueSendsTheWholeHistory() throws {
        let (cfg, local, _) = try setup()
        let home = scratchDirectory()
        let first = try ask(cfg, ["--new", "What is the capital of France?"], home: home)
        #expect(first.status == 0 && first.stdout == "Local answer here.\n", "\(first.stderr)")
        #expect(first.stderr.contains("tier: conversation "), "\(first.stderr)")
        let second = try ask(cfg, ["-C", "And of Spain?"], home: home)
        #expect(second.status == 0, "\(second.stderr)")
        let msgs = sentMessages(local, 1)
        #expect(msgs.compactMap { $0["role"] as? String } == ["user", "assistant", "user"], "\(msgs)")
        #expect(msgs.compactMap { $0["content"] as? String } == ["What is the capital of France?", "Local answer here.", "And of Spain?"])
        let list = try tier(["ask", "--conversations", "--json"], home: home)
        let entry = object(list.stdout.split(separator: "\n").first.map(String.init) ?? "")
        #expect(entry["turns"] as? Int == 2 && entry["first_line"] as? String == "What is the capital of France?", "\(list.stdout)")
        #expect(entry["tiers"] as? [String] == ["local"])
        // Both records carry the conversation's id.
        let id = entry["id"] as? String ?? "?"
        let log = (readText(home + "/state/tier/requests.jsonl") ?? "").split(separator: "\n").map { object(String($0)) }
        #expect(log.count == 2 && log.allSatisfy { $0["conversation"] as? String == id }, "\(log)")
        #expect(log.last?["turns"] as? Int == 3)
        // Private files, written whole.
        var st = stat()
        #expect(stat(home + "/state/tier/conversations/\(id).json", &st) == 0 && st.st_mode & 0o777 == 0o600)
        // --forget deletes it; then there is nothing to continue.
        #expect(try tier(["ask", "--forget", id], home: home).status == 0)
        let after = try ask(cfg, ["-C", "more"], home: home)
        #expect(after.status == 2 && after.stderr.contains("no conversation to continue"), "\(after.stderr)")
        #expect(try tier(["ask", "--forget", "../etc"], home: home).status == 2)
    }

    /// Once a turn held personal data, a harmless follow-up still may not go where personal data may not,
    /// even when the config sends public requests to the external tier; the reason names the turn.
    @Test func privacyHoldsForEveryLaterTurn() throws {
        let (cfg, local, cloud) = try setup(defaultTier: "cloud")
        let home = scratchDirectory()
        let first = try ask(cfg, ["--conversation", "support-42", "My email is jane.doe@example.com, please note it"], home: home)
        #expect(first.status == 0 && first.stdout == "Local answer here.\n", "\(first.stderr)")
        let second = try ask(cfg, ["--conversation", "support-42", "-v", "Thanks! What is 2+2?"], home: home)
        #expect(second.status == 0 && second.stdout == "Local answer here.\n", "\(second.stderr)")
        #expect(second.stderr.contains("turn 1 held EMAIL_ADDRESS"), "\(second.stderr)")
        #expect(cloud.requests.isEmpty, "the external tier received \(cloud.requests)")
        #expect(local.requests.count == 2)
        // A conversation that never held personal data may use the cloud.
        let other = try ask(cfg, ["--new", "What is 2+2?"], home: home)
        #expect(other.stdout == "From the cloud.\n", "\(other.stderr)")
    }

    /// A history longer than the tier's context window loses its oldest turns, with a note on stderr.
    @Test func longHistoryIsCutToTheContextWindow() throws {
        let (cfg, local, _) = try setup(localExtra: "\n    context_window: 600")
        let home = scratchDirectory()
        let long = String(repeating: "lorem ipsum ", count: 120)  // ~360 tokens a turn
        _ = try ask(cfg, ["--new", "--max-tokens", "50", "First: " + long], home: home)
        _ = try ask(cfg, ["-C", "--max-tokens", "50", "Second: " + long], home: home)
        let third = try ask(cfg, ["-C", "--max-tokens", "50", "Third, short."], home: home)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("context window (600 tokens)") && third.stderr.contains("left out"), "\(third.stderr)")
        let msgs = sentMessages(local, 2)
        #expect((msgs.first?["content"] as? String ?? "").hasPrefix("Second:"), "\(msgs.map { ($0["content"] as? String ?? "").prefix(10) })")
        #expect(msgs.last?["content"] as? String == "Third, short.")
    }

    @Test func badUsage() throws {
        let (cfg, _, _) = try setup()
        let home = scratchDirectory()
        let both = try ask(cfg, ["--new", "-C", "hi"], home: home)
        #expect(both.status == 2 && both.stderr.contains("choose one of"), "\(both.stderr)")
        let badID = try ask(cfg, ["--conversation", "a/b", "hi"], home: home)
        #expect(badID.status == 2 && badID.stderr.contains("not a conversation id"), "\(badID.stderr)")
    }
}
