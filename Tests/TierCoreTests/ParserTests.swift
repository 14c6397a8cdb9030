import Testing
@testable import TierCore

@Suite struct OptionParsing {
    static let spec = CommandSpec(
        name: "demo", summary: "a demo", usage: ["demo [options] ARG..."],
        options: [
            OptionSpec("file", short: "f", .value("FILE"), repeatable: true, help: "A file."),
            OptionSpec("verbose", short: "v", help: "More."),
            OptionSpec("quiet", short: "q", help: "Less."),
            OptionSpec("level", .value("L"), completion: .choices(["low", "high"]), help: "A level."),
            OptionSpec("config", short: "c", .value("FILE"), env: "DEMO_CONFIG", help: "Config."),
        ],
        positional: PositionalSpec("ARG", help: "Args."))

    func parse(_ args: [String], env: [String: String] = [:]) throws(TierError) -> ParsedArguments {
        try ArgumentParser.parse(args, command: Self.spec, commandPath: "demo", env: { env[$0] })
    }

    @Test func acceptsEveryForm() throws {
        let p = try parse(["--file=a", "--file", "b", "-f", "c", "-fd", "-vq", "x", "-", "--level=high", "--", "--not-an-option", "-v"])
        #expect(p.all("file") == ["a", "b", "c", "d"])
        #expect(p.flag("verbose") && p.flag("quiet"))
        #expect(p.count("verbose") == 1)
        #expect(p.value("level") == "high")
        #expect(p.positionals == ["x", "-", "--not-an-option", "-v"])
    }

    @Test func bundledFlagsThenAValue() throws {
        let p = try parse(["-vqf", "file.txt"])
        #expect(p.flag("verbose") && p.flag("quiet") && p.all("file") == ["file.txt"])
    }

    @Test func lastValueWinsForSingleOptions() throws {
        #expect(try parse(["--level", "low", "--level", "high"]).value("level") == "high")
    }

    @Test func environmentFillsWhatTheCommandLineLeavesOut() throws {
        let fromEnv = try parse([], env: ["DEMO_CONFIG": "/e.yaml"])
        #expect(fromEnv.value("config") == "/e.yaml" && fromEnv.fromEnvironment.contains("config"))
        let fromFlag = try parse(["-c", "/f.yaml"], env: ["DEMO_CONFIG": "/e.yaml"])
        #expect(fromFlag.value("config") == "/f.yaml" && !fromFlag.fromEnvironment.contains("config"))
    }

    @Test(arguments: [
        (["--fiel", "x"], "unknown option '--fiel'; did you mean '--file'?"),
        (["--verbose=yes"], "option '--verbose' takes no value"),
        (["--file"], "option '--file' needs a value (FILE)"),
        (["-f"], "option '-f' needs a value (FILE)"),
        (["-x"], "unknown option '-x'"),
        (["--level", "hgh"], "invalid value 'hgh' for --level; did you mean 'high'?"),
    ])
    func rejectsWithAClearMessage(_ args: [String], _ message: String) {
        do {
            _ = try parse(args)
            Issue.record("parsed \(args)")
        } catch {
            #expect(error.exitCode == .usage)
            #expect(error.messages.joined().contains(message), "\(error.messages)")
        }
    }

    @Test func helpListsEveryOption() {
        let help = HelpRenderer.render(Self.spec, path: "demo")
        for o in Self.spec.options { #expect(help.contains("--\(o.name)"), "\(o.name)") }
        #expect(help.contains("[env: DEMO_CONFIG]"))
        #expect(help.contains("One of: low, high."))
    }
}

@Suite struct JSONRoundTrip {
    @Test func parsesAndWrites() throws {
        let text = #"{"a":1,"b":[true,false,null],"c":"x\"y\\z\n\u00e9\ud83d\ude00","d":{"e":-2.5e3}}"#
        let v = try JSONParser.parse(text)
        #expect(v["a"]?.numberValue == 1)
        #expect(v["c"]?.stringValue == "x\"y\\z\né😀")
        #expect(v["d"]?["e"]?.numberValue == -2500)
        var w = JSONWriter()
        w.value(v)
        let again = try JSONParser.parse(String(decoding: w.bytes, as: UTF8.self))
        #expect(again == v)
    }

    @Test(arguments: ["", "{", "{\"a\"}", "[1,]", "{\"a\":1}x", "\"\u{01}\"", "tru", "-", "{\"a\":\"\\q\"}"])
    func rejectsMalformed(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func decimals() {
        #expect(formatDecimal(0.85, digits: 3) == "0.85")
        #expect(formatDecimal(1, digits: 3) == "1")
        #expect(formatDecimal(-0.125, digits: 2) == "-0.13")
        #expect(formatDecimal(0.0001, digits: 2) == "0")
    }
}
