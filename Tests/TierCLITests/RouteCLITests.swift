import Foundation
import Testing

@Suite struct RouteEndToEnd {
    @Test func compactLineOnStdoutNothingOnStderr() throws {
        let r = try tier(["route", "-c", hybrid, "Classify this ticket: the invoice total is wrong"])
        #expect(r.status == 0)
        #expect(r.stdout == "local/qwen3:4b  task=message_classification  sensitivity=public  rule=1\n")
        #expect(r.stderr == "")
    }

    @Test func promptFromStdinAndAttachedFiles() throws {
        let dir = scratchDirectory()
        write("Contact: jane.roe@example.com\n", to: dir + "/note.txt")
        let piped = try tier(["route", "-c", hybrid, "--json"], stdin: "Summarize the quarterly report")
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("\"task_type\":\"summarization\""))
        let attached = try tier(["route", "-c", hybrid, "--json", "-f", dir + "/note.txt", "Summarize this note"])
        #expect(attached.stdout.contains("\"sensitivity\":\"personal\""))
        #expect(attached.stdout.contains("\"tier\":\"local\""))
        #expect(!attached.stdout.contains("jane.roe"))
    }

    @Test func explainGivesTheReasonChain() throws {
        let r = try tier(["route", "-c", hybrid, "--explain", "Prove step by step that the sum of two odd numbers is even"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("route:        cloud/claude-opus-4-20250514"))
        #expect(r.stdout.contains("rule:         rule 4 (line 39)"))
        #expect(r.stdout.contains("why:\n  1. scan:"))
    }

    @Test func refusedIsExit3WithAMessage() throws {
        let r = try tier(["route", "-c", hybrid, "--tier", "cloud", "Summarize the mail from bob@example.org"])
        #expect(r.status == 3)
        #expect(r.stdout.hasPrefix("refused"))
        #expect(r.stderr.contains("--tier cloud is not allowed: personal data may not cross the external boundary"))
        #expect(!r.stderr.contains("bob@example.org"))
    }

    @Test func allUnavailableQueuesWithExit5() throws {
        let r = try tier(["route", "-c", hybrid, "--unavailable", "local", "Classify the mail from bob@example.org"])
        #expect(r.status == 5)
        #expect(r.stdout.hasPrefix("unavailable(queue)"))
        #expect(r.stderr.contains("every allowed tier is unavailable"))
    }

    @Test func fallbackWhenTheLocalTierIsDown() throws {
        let r = try tier(["route", "-c", hybrid, "--unavailable", "local", "--json", "Classify this ticket"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"tier\":\"cloud\""))
    }

    @Test func batchModeOneDecisionPerLineInOrder() throws {
        let input = """
            {"id": 1, "prompt": "Classify this ticket"}
            {"id": "b", "prompt": "Extract the dates", "text": "mail me at a.b@example.com"}

            not json
            {"id": 4, "prompt": "Prove it step by step", "sensitivity": "internal"}
            {"id": 5, "prompt": "x", "latency": "soon"}

            """
        let r = try tier(["route", "-c", hybrid, "--jsonl"], stdin: input)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix(#"{"id":1,"outcome":"route","tier":"local""#))
        #expect(lines[1].hasPrefix(#"{"id":"b","outcome":"route","tier":"local""#) && lines[1].contains(#""sensitivity":"personal""#))
        #expect(lines[2].hasPrefix(#"{"line":4,"error":"invalid JSON"#))
        #expect(lines[3].contains(#""tier":"private""#))
        #expect(lines[4] == #"{"line":6,"error":"'latency' must be one of interactive, background, streaming"}"#)
        #expect(r.stderr.contains("<stdin>:4:1: error: invalid JSON"))
        #expect(r.stderr.contains("2 of 6 lines could not be routed"))
        #expect(r.status == 1)
    }

    @Test func batchWithCommandLineDefaults() throws {
        let r = try tier(["route", "-c", hybrid, "--jsonl", "--task", "complex_reasoning"], stdin: "{\"prompt\":\"hi\"}\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""task_type":"complex_reasoning","task_source":"flag""#))
    }

    @Test func usageErrorsAreExit2OnStderrOnly() throws {
        for (args, message) in [
            (["route", "--jsn", "x"], "tier route: error: unknown option '--jsn'; did you mean '--json'?"),
            (["route", "--latency", "fast", "x"], "invalid value 'fast' for --latency"),
            (["route", "-c", hybrid, "--tier", "clod", "x"], "no tier named 'clod'; did you mean 'cloud'?"),
            (["route", "-c", hybrid, "--task", "summarisation", "x"], "did you mean 'summarization'?"),
            (["route", "-c", hybrid], "no prompt"),
            (["rute", "x"], "unknown subcommand 'rute'; did you mean 'route'?"),
            (["route", "--json", "--explain", "x"], "choose one of"),
        ] {
            let r = try tier(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout == "", "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
        }
    }

    @Test func noColourWhenStderrIsNotATerminal() throws {
        let r = try tier(["route", "--bogus"])
        #expect(!r.stderr.contains("\u{1B}["))
    }

    @Test func configFromEnvironmentAndXDG() throws {
        let home = scratchDirectory()
        // Nothing configured: the embedded default (local Ollama).
        let d = try tier(["route", "Classify this"], home: home)
        #expect(d.stdout.hasPrefix("local/llama3.2:3b"))
        // $TIER_CONFIG
        let e = try tier(["route", "Classify this"], env: ["TIER_CONFIG": minimal], home: home)
        #expect(e.stdout.hasPrefix("local/smollm2-135m"))
        // $XDG_CONFIG_HOME/tier/config.yaml
        try FileManager.default.createDirectory(atPath: home + "/config/tier", withIntermediateDirectories: true)
        write(readText(hybrid)!, to: home + "/config/tier/config.yaml")
        let x = try tier(["route", "Classify this"], home: home)
        #expect(x.stdout.hasPrefix("local/qwen3:4b"))
        let p = try tier(["config", "path"], home: home)
        #expect(p.stdout == home + "/config/tier/config.yaml\n")
        // --config beats $TIER_CONFIG.
        let f = try tier(["route", "-c", minimal, "Classify this"], env: ["TIER_CONFIG": hybrid], home: home)
        #expect(f.stdout.hasPrefix("local/smollm2-135m"))
    }
}

@Suite struct ConfigEndToEnd {
    @Test func checkPassesTheExamples() throws {
        for f in [hybrid, minimal] {
            let r = try tier(["config", "check", f])
            #expect(r.status == 0)
            #expect(r.stdout.hasSuffix(": ok (\(f == hybrid ? 3 : 2) tiers, \(f == hybrid ? 5 : 0) rules)\n"))
        }
        let w = try tier(["config", "check", hybrid])
        #expect(w.stderr.contains("hybrid.yaml:36:18: warning: task type 'code_review' is not built in"))
    }

    @Test func checkReportsEveryProblemWithExit4() throws {
        let dir = scratchDirectory()
        let path = dir + "/bad.yaml"
        write("""
            tiers:
              local:
                provider: olama
                models: {fast: m}
            routing:
              default_tier: locl
              escalation_threshold: 7

            """, to: path)
        let r = try tier(["config", "check", path])
        #expect(r.status == 4)
        #expect(r.stdout == "")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(path):3:15: error: 'tiers.local.provider': unknown value 'olama'; did you mean 'ollama'? (expected one of: ollama, llama-server, vllm, openai, openai-compatible, anthropic, gemini)",
            "\(path):6:17: error: 'routing.default_tier' names unknown tier 'locl'; did you mean 'local'? (tiers: local)",
            "\(path):7:25: error: 'routing.escalation_threshold' must be between 0 and 1, found '7'",
        ])
        // route refuses to run on a broken config, with the same diagnostics and exit 4.
        let route = try tier(["route", "-c", path, "hello"])
        #expect(route.status == 4 && route.stderr == r.stderr)
    }

    @Test func missingConfigFileIsAConfigError() throws {
        let r = try tier(["route", "-c", "/nonexistent/tier.yaml", "hi"])
        #expect(r.status == 4)
        #expect(r.stderr == "/nonexistent/tier.yaml:1:1: error: cannot read the config: No such file or directory\n")
    }

    @Test func showNeverPrintsAKey() throws {
        let secret = "sk-proj-THISISASECRETVALUE1234567890abcdef"
        let r = try tier(["config", "show", "-c", minimal], env: ["OPENAI_API_KEY": secret])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# source: \(minimal) (from --config)\n"))
        #expect(r.stdout.contains("api_key_env: OPENAI_API_KEY  # set; value hidden"))
        #expect(!r.stdout.contains(secret) && !r.stderr.contains(secret))
        #expect(!r.stdout.contains("THISISASECRET"))
        let unset = try tier(["config", "show", "-c", minimal])
        #expect(unset.stdout.contains("api_key_env: OPENAI_API_KEY  # NOT set"))
    }

    @Test func showOutputIsAValidConfigThatLoadsTheSame() throws {
        let dir = scratchDirectory()
        let shown = try tier(["config", "show", "-c", hybrid])
        write(shown.stdout, to: dir + "/shown.yaml")
        let check = try tier(["config", "check", dir + "/shown.yaml"])
        #expect(check.status == 0, "\(check.stderr)")
        let again = try tier(["config", "show", "-c", dir + "/shown.yaml"])
        // Same content; only the source line and the "derived" notes differ.
        func body(_ s: String) -> [String] {
            s.split(separator: "\n").dropFirst().map { String($0.split(separator: "#")[0]).trimmingCharacters(in: .whitespaces) }
        }
        #expect(body(again.stdout) == body(shown.stdout))
    }
}

@Suite struct TopLevelEndToEnd {
    @Test func helpAndVersion() throws {
        let h = try tier(["--help"])
        #expect(h.status == 0 && h.stdout.contains("Commands:") && h.stdout.contains("route"))
        #expect(h.stderr == "")
        let v = try tier(["--version"])
        #expect(v.status == 0 && v.stdout.hasPrefix("tier "))
        let sub = try tier(["route", "--help"])
        #expect(sub.status == 0 && sub.stdout.contains("--jsonl"))
        let viaHelp = try tier(["help", "route"])
        #expect(viaHelp.stdout == sub.stdout)
        let cfg = try tier(["help", "config"])
        #expect(cfg.stdout.contains("routing.escalation_threshold"))
        let none = try tier([])
        #expect(none.status == 2 && none.stdout == "" && none.stderr.contains("Usage:"))
    }
}

@Suite struct Signals {
    @Test func interruptedIsExit130() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tierBinary)
        p.arguments = ["route", "-c", hybrid, "--jsonl"]
        let home = scratchDirectory()
        p.environment = ["HOME": home, "XDG_CONFIG_HOME": home]
        let input = Pipe()
        p.standardInput = input          // held open: tier waits for more lines
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write("{\"prompt\":\"hi\"}\n".data(using: .utf8)!)
        usleep(300_000)
        p.interrupt()
        waitOrKill(p, seconds: 10)
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 130)
    }
}

/// Under a real terminal (script(1) gives the child a pty): colour on stderr unless NO_COLOR, and a
/// terminal on stdin is never waited on.
@Suite struct OnATerminal {
    func underPTY(_ command: String, env: [String: String] = [:]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", command, "/dev/null"]
        var e = ["PATH": "/usr/bin:/bin", "HOME": scratchDirectory(), "TERM": "xterm"]
        for (k, v) in env { e[k] = v }
        p.environment = e
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        waitOrKill(p, seconds: 10)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func colourOnlyOnATerminalAndNotWithNO_COLOR() throws {
        let coloured = try underPTY("\(tierBinary) route --bogus")
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
        let plain = try underPTY("\(tierBinary) route --bogus", env: ["NO_COLOR": "1"])
        #expect(plain.contains("tier route: error: unknown option") && !plain.contains("\u{1B}["))
    }

    @Test func aTerminalOnStdinIsNotWaitedOn() throws {
        // script gives the child a pty on stdin that never sends anything; route must not block on it.
        let out = try underPTY("\(tierBinary) route hello")
        #expect(out.contains("task=unknown  sensitivity=public"))
    }
}
