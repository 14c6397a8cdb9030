import Testing
@testable import TierCore

/// Hostile values in configs, flags and files: each gives a message at its place, never a trap.
@Suite struct HostileYAML {
    @Test func nesting60000DeepIsRefusedAtTheLevelPastTheLimit() {
        // 60,000 flow lists deep: before the limit this took quadratic time and then overflowed the stack.
        let yaml = "tiers: " + String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000) + "\n"
        let started = ContinuousClock.now
        let ds = diagnostics(yaml)
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(ds.count == 1, "\(ds)")
        // The root mapping is level 1, the list at column 7 + k level k + 1: level 65 opens at column 71.
        #expect(ds.first?.line == 1 && ds.first?.column == 7 + YAMLReader.maxDepth, "\(ds)")
        #expect(ds.first?.message == "mappings and lists nested more than 64 levels deep; refusing")
    }

    @Test func blockMappingsNestedDeepAreRefusedToo() {
        var yaml = ""
        for level in 0..<200 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
        yaml += String(repeating: " ", count: 200) + "v\n"
        let ds = diagnostics(yaml)
        #expect(ds.count == 1)
        // The root mapping is level 1 and each key's value one deeper: level 65 starts at line 65.
        #expect(ds.first?.line == 65, "\(ds)")
        #expect(ds.first?.message.contains("nested more than 64 levels") == true)
    }

    @Test func nestingAtTheLimitStillParses() {
        let yaml = "a: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n"
        let r = YAMLReader.parse(Array(yaml.utf8), file: "t.yaml")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.root != nil)
    }
}

@Suite struct HostileDurations {
    @Test func overflowingDurationsAreTooLongNotATrap() {
        let repeated = String(repeating: "999999999h", count: 3_000)
        #expect(DurationValue.parseChecked(repeated) == .failure(.tooLong))
        #expect(DurationValue.parseChecked(String(repeating: "9", count: 400) + "ms") == .failure(.tooLong))
        #expect(DurationValue.parseChecked("8761h") == .failure(.tooLong))
        #expect(DurationValue.parseChecked("8760h") == .success(DurationValue(milliseconds: DurationValue.maxMilliseconds)))
        #expect(DurationValue.parseChecked("8759h60m") == .success(DurationValue(milliseconds: DurationValue.maxMilliseconds)))
        #expect(DurationValue.parseChecked("8759h60m1ms") == .failure(.tooLong))
        #expect(DurationValue.parseChecked("00000000000000000000001s") == .success(DurationValue(milliseconds: 1000)))
        #expect(DurationValue.parseChecked("12x") == .failure(.notADuration))
        #expect(DurationValue.parse(repeated) == nil)
    }

    @Test func aFlagThatIsTooLongNamesTheOption() throws {
        #expect(throws: TierError.usage("tier bench: --timeout is longer than the maximum, 8760h, got '999999999h999999999h999999999h999999999h…'")) {
            try DurationValue.parseOption(String(repeating: "999999999h", count: 50), option: "timeout", command: "tier bench")
        }
        #expect(throws: TierError.usage("tier bench: --timeout needs a duration such as 500ms, 30s or 2m, got '0s'")) {
            try DurationValue.parseOption("0s", option: "timeout", command: "tier bench")
        }
        #expect(try DurationValue.parseOption("1m30s", option: "timeout", command: "tier bench").milliseconds == 90_000)
    }

    @Test func configDurationsThatOverflowAreReportedAtTheirPlace() {
        let huge = String(repeating: "999999999h", count: 3_000)
        let yaml = "tiers:\n  local:\n    provider: ollama\n    models: {general: m}\n    health_check_interval: \(huge)\n    timeouts:\n      total: 99999999999999999999999999s\n"
        let ds = diagnostics(yaml)
        #expect(ds.count == 2, "\(ds)")
        #expect(ds.first?.line == 5 && ds.first?.column == 28)
        #expect(ds.first?.message == "'tiers.local.health_check_interval': '\(huge.prefix(40))…' is longer than the maximum, 8760h")
        #expect(ds.last?.line == 7 && ds.last?.column == 14)
        #expect(ds.last?.message.hasSuffix("is longer than the maximum, 8760h") == true)
    }
}
