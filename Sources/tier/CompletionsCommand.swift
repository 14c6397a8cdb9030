import TierCore

enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions",
        summary: "print shell completions for bash, zsh or fish",
        usage: ["tier completions SHELL"],
        discussion: ["The files in completions/ are this command's output. Install one, for example: tier completions bash > /etc/bash_completion.d/tier"],
        positional: PositionalSpec("SHELL", repeatable: false, completion: .choices(CompletionGenerator.shells),
                                   help: "bash, zsh or fish."),
        examples: [("tier completions fish > ~/.config/fish/completions/tier.fish", "Install fish completions.")]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        guard let parsed = try RootCommand.parse(args, spec, path: "tier completions") else { return .success }
        guard let shell = parsed.positionals.first else {
            throw .usage("tier completions: name a shell: \(CompletionGenerator.shells.joined(separator: ", "))")
        }
        guard let text = CompletionGenerator.generate(shell: shell, root: RootCommand.spec) else {
            var m = "tier completions: unknown shell '\(shell)'"
            if let c = closestMatch(shell, in: CompletionGenerator.shells) { m += "; did you mean '\(c)'?" }
            throw .usage(m + " (expected one of: \(CompletionGenerator.shells.joined(separator: ", ")))")
        }
        Terminal.stdout(text)
        return .success
    }
}
