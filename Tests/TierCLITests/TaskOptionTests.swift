import Foundation
import Testing

/// --task takes the config's own task types (a rule's task_type), not only the built-in ones; a typo is
/// still a usage error with a suggestion.
@Suite struct TaskOption {
    @Test func configTaskTypesAreAccepted() throws {
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "http://127.0.0.1:9", models: {general: small}}
            routing:
              rules:
                - {task_type: capitals, tier: local}
            """)
        let ok = try tier(["route", "-c", cfg, "--task", "capitals", "hi"])
        #expect(ok.status == 0 && ok.stdout.contains("task=capitals") && ok.stdout.contains("rule=1"), "\(ok.stdout) \(ok.stderr)")
        let typo = try tier(["route", "-c", cfg, "--task", "capitalz", "hi"])
        #expect(typo.status == 2 && typo.stderr.contains("did you mean 'capitals'"), "\(typo.stderr)")
        let ask = try tier(["ask", "-c", cfg, "--task", "capitals", "--timeout", "2s", "hi"])
        #expect(!ask.stderr.contains("invalid value"), "\(ask.stderr)")
    }
}
