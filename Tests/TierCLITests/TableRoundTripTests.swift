import Testing
import TierCore
@testable import tier

/// Every option of every real table, in every form the parser accepts, parses back to what was given.
@Suite struct OptionTableRoundTrips {
    static let commands: [(String, CommandSpec)] = [
        ("tier route", RouteCommand.spec),
        ("tier config check", ConfigCommand.check),
        ("tier config show", ConfigCommand.show),
        ("tier config path", ConfigCommand.path),
        ("tier completions", CompletionsCommand.spec),
        ("tier help", HelpCommand.spec),
    ]

    static func sample(_ o: OptionSpec) -> String {
        if case .choices(let cs) = o.completion { return cs.last! }
        return "v-\(o.name)"
    }

    @Test func everyFormOfEveryOption() throws {
        for (path, spec) in Self.commands {
            for o in spec.options {
                var forms: [[String]] = []
                if o.takesValue {
                    let v = Self.sample(o)
                    forms = [["--\(o.name)=\(v)"], ["--\(o.name)", v]]
                    if let s = o.short { forms += [["-\(s)", v], ["-\(s)\(v)"]] }
                    for args in forms {
                        let p = try ArgumentParser.parse(args, command: spec, commandPath: path, env: { _ in nil })
                        #expect(p.value(o.name) == v, "\(path) \(args)")
                        #expect(p.positionals.isEmpty, "\(path) \(args)")
                    }
                } else {
                    forms = [["--\(o.name)"]]
                    if let s = o.short { forms.append(["-\(s)"]) }
                    for args in forms {
                        let p = try ArgumentParser.parse(args, command: spec, commandPath: path, env: { _ in nil })
                        #expect(p.flag(o.name), "\(path) \(args)")
                    }
                }
            }
        }
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() throws {
        let p = try ArgumentParser.parse(["-f", "a", "--file=b", "--unavailable", "x", "--file", "c", "--unavailable=y"],
                                         command: RouteCommand.spec, commandPath: "tier route", env: { _ in nil })
        #expect(p.all("file") == ["a", "b", "c"])
        #expect(p.all("unavailable") == ["x", "y"])
    }

    @Test func tablesHaveNoDuplicateNames() {
        for (path, spec) in Self.commands {
            let longs = spec.options.map(\.name)
            #expect(Set(longs).count == longs.count, "\(path)")
            let shorts = spec.options.compactMap(\.short)
            #expect(Set(shorts).count == shorts.count, "\(path)")
            for o in spec.options { #expect(!o.help.isEmpty, "\(path) --\(o.name) has no help") }
        }
    }
}
