import TierCore

let tierVersion = "0.1.0"
/// The date printed in the man page: a constant, so the generated file is reproducible.
let manualDate = "2026-11-22"

enum RootCommand {
    static let spec = CommandSpec(
        name: "tier",
        summary: "route each LLM request to the cheapest tier that may see its data and can answer well",
        usage: ["tier SUBCOMMAND [options] [arguments]", "tier help [SUBCOMMAND]"],
        discussion: ["Run 'tier help SUBCOMMAND' or 'tier SUBCOMMAND --help' for a subcommand's options."],
        options: [
            OptionSpec("version", help: "Print the version and exit."),
        ],
        subcommands: [AskCommand.spec, RouteCommand.spec, ClassifyCommand.spec, BenchCommand.spec, CalibrateCommand.spec, ReportCommand.spec, CostEstimateCommand.spec, ModelsCommand.spec, ServeCommand.spec, ConfigCommand.spec, CompletionsCommand.spec, HelpCommand.spec, ManCommand.spec],
        exitCodes: ExitCode.allCases
    )

    static let manual = ManualText(
        name: "tier",
        version: tierVersion,
        date: manualDate,
        tagline: "route each LLM request to the cheapest tier that may see its data",
        description: [
            "tier decides where each LLM request should run: on a local model (Ollama, llama.cpp's llama-server, vLLM), on a private-cloud tier, or on a frontier cloud API (Anthropic, OpenAI). Every subcommand shares one routing core and one YAML tier config.",
            "Each tier has a boundary: device (the data never leaves this machine), organization (it stays inside the organization's network) or external (a third party sees it). A scan of the prompt sets its sensitivity: public, internal, personal (personal or regulated data) or secret (credentials). Public data may go anywhere, internal data stays inside the organization, personal and secret data stay on the device unless the config grants an exception. The router enforces this in one place; no rule, fallback or flag can widen it without an explicit, recorded consent.",
            "stdout carries only results; diagnostics go to stderr, coloured only when stderr is a terminal and NO_COLOR is unset.",
        ],
        environment: [
            ("TIER_CONFIG", "The config file, when --config is not given."),
            ("XDG_CONFIG_HOME", "The user config is $XDG_CONFIG_HOME/tier/config.yaml (default ~/.config/tier/config.yaml)."),
            ("XDG_STATE_HOME", "State and the request log live under $XDG_STATE_HOME/tier/ (default ~/.local/state/tier/)."),
            ("ANTHROPIC_API_KEY, OPENAI_API_KEY", "API keys, named by a tier's api_key_env. Keys are read from the environment or a key file only, never from the command line, and never printed."),
            ("NO_COLOR", "When set and not empty, no colour on stderr."),
        ],
        files: [
            ("$XDG_CONFIG_HOME/tier/config.yaml", "The user config."),
            ("$XDG_STATE_HOME/tier/", "Tier health state and the request log."),
        ]
    )

    /// Runs a subcommand; a failed write to standard output turns success into exit 1, with one message.
    static func run(_ args: [String]) -> ExitCode {
        let code = dispatch(args)
        guard let e = System.stdoutError, !Terminal.reportedStdoutError else { return code }
        Terminal.error("cannot write to standard output: \(System.errnoMessage(e))")
        return code == .success ? .failure : code
    }

    static func dispatch(_ args: [String]) -> ExitCode {
        guard let first = args.first else {
            Terminal.stderr(HelpRenderer.render(spec, path: "tier"))
            return .usage
        }
        switch first {
        case "-h", "--help":
            Terminal.stdout(HelpRenderer.render(spec, path: "tier"))
            return .success
        case "--version":
            Terminal.stdout("tier \(tierVersion) (libcurl \(Curl.version)\(Curl.supportsHTTP2 ? ", HTTP/2" : ""), libyaml \(YAMLLibrary.version))\n")
            return .success
        default:
            break
        }
        let rest = Array(args.dropFirst())
        do {
            switch first {
            case "ask": return try AskCommand.run(rest)
            case "route": return try RouteCommand.run(rest)
            case "classify": return try ClassifyCommand.run(rest)
            case "cost-estimate": return try CostEstimateCommand.run(rest)
            case "calibrate": return try CalibrateCommand.run(rest)
            case "report": return try ReportCommand.run(rest)
            case "bench": return try BenchCommand.run(rest)
            case "config": return try ConfigCommand.run(rest)
            case "models": return try ModelsCommand.run(rest)
            case "serve": return try ServeCommand.run(rest)
            case "completions": return try CompletionsCommand.run(rest)
            case "help": return try HelpCommand.run(rest)
            case "man": return try ManCommand.run(rest)
            default:
                var m = first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown subcommand '\(first)'"
                let candidates = first.hasPrefix("-") ? ["--help", "--version"] : spec.visibleSubcommands.map(\.name)
                if let c = closestMatch(first, in: candidates) { m += "; did you mean '\(c)'?" }
                throw TierError.usage(m + " (see 'tier --help')")
            }
        } catch let e as TierError {
            return Terminal.report(e)
        } catch {
            Terminal.error("\(error)")
            return .failure
        }
    }

    /// Parses, or prints help when asked; returns nil when help was printed.
    static func parse(_ args: [String], _ command: CommandSpec, path: String) throws(TierError) -> ParsedArguments? {
        let parsed = try ArgumentParser.parse(args, command: command, commandPath: path)
        if parsed.flag("help") {
            Terminal.stdout(HelpRenderer.render(command, path: path))
            return nil
        }
        return parsed
    }
}

enum HelpCommand {
    static let spec = CommandSpec(
        name: "help",
        summary: "show help for tier, a subcommand, or the config file ('tier help config')",
        usage: ["tier help [SUBCOMMAND]"],
        positional: PositionalSpec("SUBCOMMAND", repeatable: true,
                                   completion: .choices(["ask", "route", "classify", "bench", "calibrate", "report", "cost-estimate", "models", "config", "completions", "man"]),
                                   help: "The subcommand (and sub-subcommand) to describe.")
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        guard let parsed = try RootCommand.parse(args, spec, path: "tier help") else { return .success }
        var command = RootCommand.spec
        var path = "tier"
        for name in parsed.positionals {
            guard let sub = command.subcommand(named: name) else {
                var m = "tier help: unknown subcommand '\(name)'"
                if let c = closestMatch(name, in: command.visibleSubcommands.map(\.name)) { m += "; did you mean '\(c)'?" }
                throw .usage(m)
            }
            command = sub
            path += " " + name
        }
        if path == "tier config" && parsed.positionals.count == 1 {
            Terminal.stdout(HelpRenderer.render(command, path: path) + "\n" + ConfigReference.render())
        } else {
            Terminal.stdout(HelpRenderer.render(command, path: path))
        }
        return .success
    }
}

enum ManCommand {
    static let spec = CommandSpec(
        name: "man",
        summary: "print the man page (roff) generated from the option tables",
        usage: ["tier man > ~/.local/share/man/man1/tier.1"]
    )

    static func run(_ args: [String]) throws(TierError) -> ExitCode {
        guard try RootCommand.parse(args, spec, path: "tier man") != nil else { return .success }
        Terminal.stdout(ManPageGenerator.render(root: RootCommand.spec, text: RootCommand.manual))
        return .success
    }
}
