import Foundation
import Testing

/// The committed completions and man page are the binary's own output; these tests fail when they drift.
@Suite struct GeneratedFiles {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsMatchFreshOutput(_ shell: String) throws {
        let fresh = try tier(["completions", shell])
        #expect(fresh.status == 0)
        let path = repoRoot + "/completions/tier.\(shell)"
        let committed = readText(path)
        #expect(committed == fresh.stdout, "\(path) is stale: run `tier completions \(shell) > completions/tier.\(shell)`")
    }

    @Test func manPageMatchesFreshOutput() throws {
        let fresh = try tier(["man"])
        #expect(readText(repoRoot + "/man/tier.1") == fresh.stdout, "man/tier.1 is stale: run `tier man > man/tier.1`")
    }

    /// Every option a subcommand's --help lists is in the man page and in every completion file.
    @Test func everyOptionIsDocumentedAndCompleted() throws {
        let man = readText(repoRoot + "/man/tier.1") ?? ""
        let completions = ["bash", "zsh", "fish"].map { readText(repoRoot + "/completions/tier.\($0)") ?? "" }
        for command in [["route"], ["config", "check"], ["config", "show"], ["config", "path"], ["completions"], ["help"]] {
            let help = try tier(command + ["--help"]).stdout
            let options = help.split(separator: "\n").compactMap { line -> String? in
                guard let r = line.range(of: #"--[a-z][a-z-]*"#, options: .regularExpression) else { return nil }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("-") else { return nil }
                return String(line[r])
            }
            #expect(!options.isEmpty, "\(command)")
            for o in options {
                let name = String(o.dropFirst(2))
                #expect(man.contains("\\-\\-" + name.replacingOccurrences(of: "-", with: "\\-")), "man page lacks \(o) of \(command)")
                #expect(completions[0].contains(o), "bash completion lacks \(o)")
                #expect(completions[1].contains(o), "zsh completion lacks \(o)")
                #expect(completions[2].contains("-l \(name)"), "fish completion lacks \(o)")
            }
        }
    }

    @Test func manPageHasNoGroffWarnings() throws {
        let groff = ["/usr/bin/groff", "/bin/groff"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(groff, "groff is needed for this test: apt-get install groff-base")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["-man", "-ww", "-z", repoRoot + "/man/tier.1"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text == "", "groff warnings:\n\(text)")
    }

    @Test func readmeDocumentsEveryConfigKeyAndExitCode() throws {
        let readme = try #require(readText(repoRoot + "/README.md"))
        let man = readText(repoRoot + "/man/tier.1") ?? ""
        for key in ["provider", "endpoint", "boundary", "max_sensitivity", "models", "api_key_env", "api_key_file",
                    "health_check_interval", "proxy", "no_confidence", "timeouts", "default_tier", "escalation_threshold",
                    "escalation_order", "rules", "task_type", "data_sensitivity", "latency", "match", "regex",
                    "max_input_tokens", "local_unavailable", "cloud_unavailable", "all_unavailable", "pricing", "cached_input"] {
            #expect(readme.contains(key), "README lacks config key \(key)")
            #expect(man.contains(key.replacingOccurrences(of: "-", with: "\\-")), "man page lacks config key \(key)")
        }
        for code in ["0", "1", "2", "3", "4", "5", "130"] {
            #expect(readme.contains("| \(code) "), "README lacks exit code \(code)")
        }
    }
}

/// The completion files work in their shells: each completes an option, its values and a subcommand.
@Suite struct CompletionsInTheirShells {
    func shell(_ path: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        waitOrKill(p, seconds: 20)
        return String(decoding: data, as: UTF8.self)
    }

    func installed(_ name: String) throws -> String {
        let path = ["/usr/bin/\(name)", "/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(path, "\(name) is needed for this test: scripts/install-deps.sh installs it")
    }

    @Test func bash() throws {
        let out = try shell(try installed("bash"), ["-c", """
            source completions/tier.bash
            COMP_WORDS=(tier route --lat); COMP_CWORD=2; _tier; echo "1:${COMPREPLY[*]}"
            COMP_WORDS=(tier route --latency ""); COMP_CWORD=3; _tier; echo "2:${COMPREPLY[*]}"
            COMP_WORDS=(tier config ""); COMP_CWORD=2; _tier; echo "3:${COMPREPLY[*]}"
            """])
        #expect(out.contains("1:--latency\n"))
        #expect(out.contains("2:interactive background streaming\n"))
        #expect(out.contains("3:check show path"))
    }

    @Test func fish() throws {
        let out = try shell(try installed("fish"), ["-c", """
            source completions/tier.fish
            complete -C "tier route --lat"; complete -C "tier route --latency "; complete -C "tier config "
            """])
        #expect(out.contains("--latency\tThe latency budget"))
        #expect(out.contains("streaming"))
        #expect(out.contains("check\tvalidate a config file"))
    }

    @Test func zshParses() throws {
        let out = try shell(try installed("zsh"), ["-n", "completions/tier.zsh"])
        #expect(out == "")
    }
}
