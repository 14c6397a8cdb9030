/// One option of a subcommand. A table of these drives parsing, `--help`, the shell completions
/// and the man page, so the four cannot drift apart.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case flag
        /// Takes a value; the string is the placeholder shown in help (`FILE`, `N`).
        case value(String)
    }

    public enum Completion: Sendable, Equatable {
        case none, file, directory
        case choices([String])
    }

    public var name: String
    public var short: Character?
    public var kind: Kind
    public var repeatable: Bool
    public var defaultValue: String?
    public var env: String?
    public var help: String
    public var completion: Completion
    /// The choices are what completion offers, not the only values: the command checks the value itself
    /// (--task takes the config's own task types too).
    public var openChoices = false

    public init(_ name: String, short: Character? = nil, _ kind: Kind = .flag, repeatable: Bool = false,
                default defaultValue: String? = nil, env: String? = nil, completion: Completion = .none, help: String) {
        self.name = name
        self.short = short
        self.kind = kind
        self.repeatable = repeatable
        self.defaultValue = defaultValue
        self.env = env
        self.help = help
        if case .none = completion, case .value(let p) = kind, p == "FILE" { self.completion = .file }
        else { self.completion = completion }
    }

    /// The same option with open choices (see `openChoices`).
    public static func open(_ o: OptionSpec) -> OptionSpec {
        var x = o
        x.openChoices = true
        return x
    }

    public var takesValue: Bool { if case .value = kind { return true }; return false }
    public var placeholder: String { if case .value(let p) = kind { return p }; return "" }

    /// `-f, --file FILE` as shown in help.
    public var signature: String {
        var s = short.map { "-\($0), " } ?? "    "
        s += "--\(name)"
        if takesValue { s += " \(placeholder)" }
        return s
    }

    public static let help = OptionSpec("help", short: "h", help: "Show this help and exit.")
}

public struct PositionalSpec: Sendable {
    public var name: String
    public var help: String
    public var repeatable: Bool
    public var completion: OptionSpec.Completion

    public init(_ name: String, repeatable: Bool = true, completion: OptionSpec.Completion = .none, help: String) {
        self.name = name
        self.help = help
        self.repeatable = repeatable
        self.completion = completion
    }
}

public struct CommandSpec: Sendable {
    public var name: String
    public var summary: String
    public var usage: [String]
    public var discussion: [String]
    public var options: [OptionSpec]
    public var positional: PositionalSpec?
    public var subcommands: [CommandSpec]
    public var examples: [(command: String, meaning: String)]
    public var exitCodes: [ExitCode]
    /// Left out of help listings (generators for the committed files).
    public var hidden: Bool

    public init(name: String, summary: String, usage: [String], discussion: [String] = [], options: [OptionSpec] = [],
                positional: PositionalSpec? = nil, subcommands: [CommandSpec] = [],
                examples: [(command: String, meaning: String)] = [], exitCodes: [ExitCode] = [], hidden: Bool = false) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.discussion = discussion
        // Every command takes --help; it is part of the table so help, completions and man list it.
        self.options = options.contains { $0.name == "help" } ? options : options + [.help]
        self.positional = positional
        self.subcommands = subcommands
        self.examples = examples
        self.exitCodes = exitCodes
        self.hidden = hidden
    }

    public func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
    public func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
    public func subcommand(named name: String) -> CommandSpec? { subcommands.first { $0.name == name } }
    public var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.hidden } }
}

/// The result of parsing one command line against a table.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: [String: Int] = [:]
    public var positionals: [String] = []
    /// Options that came from an environment variable, for messages that name where a value came from.
    public var fromEnvironment: Set<String> = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func flag(_ name: String) -> Bool { (flags[name] ?? 0) > 0 }
    public func count(_ name: String) -> Int { flags[name] ?? 0 }
}

public enum ArgumentParser {
    /// Parses `args` (without the command names) against `command`'s table.
    /// Accepts `--opt=value`, `--opt value`, `-o value`, `-ovalue`, bundled flags `-vq`, `--` and `-`.
    public static func parse(_ args: [String], command: CommandSpec, commandPath: String,
                             env: (String) -> String? = System.env) throws(TierError) -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false

        func store(_ spec: OptionSpec, _ value: String?) throws(TierError) {
            if let value {
                if case .choices(let cs) = spec.completion, !spec.openChoices, !cs.contains(value) {
                    var m = "\(commandPath): invalid value '\(value)' for --\(spec.name)"
                    if let c = closestMatch(value, in: cs) { m += "; did you mean '\(c)'?" }
                    m += " (expected one of: \(cs.joined(separator: ", ")))"
                    throw .usage(m)
                }
                // A repeated single-valued option: the last one wins, as in most Unix tools.
                result.values[spec.name, default: []].append(value)
            } else {
                result.flags[spec.name, default: 0] += 1
            }
        }

        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || a == "-" || !a.hasPrefix("-") {
                result.positionals.append(a)
                continue
            }
            if a == "--" { onlyPositionals = true; continue }
            if a.hasPrefix("--") {
                let body = a.dropFirst(2)
                let name: String
                var inline: String? = nil
                if let eq = body.firstIndex(of: "=") {
                    name = String(body[..<eq])
                    inline = String(body[body.index(after: eq)...])
                } else {
                    name = String(body)
                }
                guard let spec = command.option(named: name) else {
                    var m = "\(commandPath): unknown option '--\(name)'"
                    if let c = closestMatch(name, in: command.options.map(\.name)) { m += "; did you mean '--\(c)'?" }
                    throw .usage(m + " (see '\(commandPath) --help')")
                }
                if spec.takesValue {
                    if let v = inline { try store(spec, v) }
                    else if i < args.count { try store(spec, args[i]); i += 1 }
                    else { throw .usage("\(commandPath): option '--\(name)' needs a value (\(spec.placeholder))") }
                } else {
                    if inline != nil { throw .usage("\(commandPath): option '--\(name)' takes no value") }
                    try store(spec, nil)
                }
                continue
            }
            // A cluster of short options: -vq, -fFILE, -f FILE.
            var chars = Array(a.dropFirst())
            while !chars.isEmpty {
                let c = chars.removeFirst()
                guard let spec = command.option(short: c) else {
                    var m = "\(commandPath): unknown option '-\(c)'"
                    if a.count > 2, let long = command.option(named: String(a.dropFirst())) {
                        m += "; did you mean '--\(long.name)'?"
                    }
                    throw .usage(m + " (see '\(commandPath) --help')")
                }
                if spec.takesValue {
                    if !chars.isEmpty { try store(spec, String(chars)); chars = [] }
                    else if i < args.count { try store(spec, args[i]); i += 1 }
                    else { throw .usage("\(commandPath): option '-\(c)' needs a value (\(spec.placeholder))") }
                } else {
                    try store(spec, nil)
                }
            }
        }

        // Environment variables fill what the command line left out.
        for spec in command.options {
            guard let e = spec.env, let v = env(e), !v.isEmpty else { continue }
            if spec.takesValue, result.values[spec.name] == nil {
                result.values[spec.name] = [v]
                result.fromEnvironment.insert(spec.name)
            } else if !spec.takesValue, result.flags[spec.name] == nil, v != "0" {
                result.flags[spec.name] = 1
                result.fromEnvironment.insert(spec.name)
            }
        }
        if let p = command.positional, !p.repeatable, result.positionals.count > 1 {
            throw .usage("\(commandPath): expected at most one \(p.name), got \(result.positionals.count)")
        }
        if command.positional == nil, let extra = result.positionals.first {
            throw .usage("\(commandPath): unexpected argument '\(extra)'")
        }
        return result
    }
}

extension ParsedArguments {
    /// An option's value, or its table default, as a fraction: "0.7" or "70%". `exclusive` also
    /// refuses 0 and 1. The error names the option, as every usage error does.
    public func fraction(_ name: String, of command: CommandSpec, path: String, exclusive: Bool = false) throws(TierError) -> Double? {
        guard let s = value(name) ?? command.option(named: name)?.defaultValue else { return nil }
        guard let v = Format.parseFraction(s), v >= 0, v <= 1, !exclusive || (v > 0 && v < 1) else {
            throw .usage("\(path): --\(name) needs a share \(exclusive ? "between 0 and 1, exclusive" : "from 0 to 1") (or 0% to 100%), got '\(s)'")
        }
        return v
    }
}
