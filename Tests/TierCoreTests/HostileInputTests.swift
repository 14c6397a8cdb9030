#if canImport(Glibc)
import Glibc
#endif
import Foundation
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

@Suite struct HostileNumbers {
    @Test func saturatingConversionsNeverTrap() {
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == .max)
        #expect(Int(saturating: -.infinity) == .min)
        #expect(Int(saturating: 1e300) == .max)
        #expect(Int(saturating: -2.7) == -2)
        #expect(Int(count: 1e300) == nil)
        #expect(Int(count: -1) == nil)
        #expect(Int(count: .nan) == nil)
        #expect(Int(count: 42.9) == 42)
    }

    @Test func formatsPrintHugeAndNonFiniteValuesWithoutTrapping() {
        #expect(Format.money(1e30) == "$1e+30")
        #expect(Format.money(-1e30) == "-$1e+30")
        #expect(Format.money(12_345.4) == "$12,345")
        #expect(Format.count(1e30) == "1e+21B")
        #expect(Format.count(.nan) == "n/a")
        #expect(Format.grouped(1e20) == "1e+20")
        #expect(Format.grouped(-.infinity) == "n/a")
        #expect(Format.grouped(1_234_567.0) == "1,234,567")
    }

    @Test func aDeviceAtOneTokenIn10To300SecondsNeedsTooManyDevicesNotATrap() {
        var hw = Hardware.preset("rtx-4090")!
        hw.tokensPerSecond = 1e-300
        let i = CostInputs(tasksPerMonth: 1_000_000, callsPerTask: 8, inputTokensPerCall: 1500, outputTokensPerCall: 500,
                           localShare: 0.7, cloudModels: [CloudModelShare(model: "m", share: 1, price: ModelPrice(input: 3, output: 15, cachedInput: nil), source: "t")],
                           hardware: hw, devices: 2)
        let e = CostModel.estimate(i)
        #expect(e.devicesNeeded == CostModel.maxDevices + 1)
        #expect(e.canServe == false)
        #expect(e.hybridPerMonth.isFinite)
    }
}

/// Removes the scratch directory a test file lives in.
func removeParent(_ path: String) {
    try? FileManager.default.removeItem(atPath: String(path[..<path.lastIndex(of: "/")!]))
}

@Suite struct HostileFiles {
    func tempPath(_ name: String) -> String {
        let dir = "/tmp/tier-core-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        mkdir(dir, 0o700)
        return dir + "/" + name
    }

    @Test func aKeyFileThatIsAFIFOFailsAtOnce() {
        let fifo = tempPath("key")
        defer { removeParent(fifo) }
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = ContinuousClock.now
        #expect(throws: TierError.io(path: fifo, message: "is a FIFO, not a regular file")) {
            try System.readFile(fifo, limit: System.ReadLimit.keyFile, regularOnly: true)
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test func readsStopAtTheLimitAndNameTheFile() throws {
        let path = tempPath("key")
        defer { removeParent(path) }
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        let bytes = [UInt8](repeating: 0x61, count: (64 << 10) + 1)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        #expect(throws: TierError.io(path: path, message: "is larger than the 64 KB limit")) {
            try System.readFile(path, limit: System.ReadLimit.keyFile, regularOnly: true)
        }
        #expect(try System.readFile(path, limit: (64 << 10) + 1, regularOnly: true).count == (64 << 10) + 1)
        // A device has no size to check first: the reader stops after the limit.
        #expect(throws: TierError.io(path: "/dev/zero", message: "is larger than the 64 KB limit")) {
            try System.readFile("/dev/zero", limit: System.ReadLimit.keyFile)
        }
    }

    @Test func aLineReaderStopsAtItsLimits() throws {
        let path = tempPath("lines")
        defer { removeParent(path) }
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        let text = Array(("short\n" + String(repeating: "x", count: 5000) + "\n").utf8)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        var reader = try LineReader(path: path, chunk: 1024, maxLine: 4096)
        var seen: [Int] = []
        #expect(throws: TierError.io(path: path, message: "line 2 is longer than the 4 KB limit")) {
            try reader.forEachLine { (_, n) throws(TierError) -> Bool in seen.append(n); return true }
        }
        #expect(seen == [1])
        var total = try LineReader(path: path, chunk: 1024, maxTotal: 2048)
        #expect(throws: TierError.io(path: path, message: "is larger than the 2 KB limit")) {
            try total.forEachLine { (_, _) throws(TierError) -> Bool in true }
        }
    }
}

@Suite struct HostileSinks {
    @Test func anOutputBufferRemembersItsFirstWriteError() {
        let fd = open("/dev/full", O_WRONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        let out = OutputBuffer(fd: fd, limit: 1024)
        #expect(out.writeError == nil)
        out.append(String(repeating: "x", count: 2048))
        #expect(out.writeError == ENOSPC)
        out.append("more")
        out.flush()
        #expect(out.writeError == ENOSPC)
        #expect(System.writeReporting(fd: fd, UnsafeRawBufferPointer(start: nil, count: 0)) == 0)
        let e = Array("abc".utf8).withUnsafeBytes { System.writeReporting(fd: fd, $0) }
        #expect(e == ENOSPC)
    }
}

@Suite struct HostileState {
    func privateDirectory() -> String {
        let dir = "/tmp/tier-state-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        #expect(mkdir(dir, 0o700) == 0)
        return dir
    }

    func writeFile(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func entriesOutOfRangeOrOfTheWrongTypeAreDropped() {
        let now = 1_800_000_000_000.0
        let json = """
            {"tiers":{
              "good":{"consecutive_failures":2,"open_until":1800000060000,"last_error":"timeout","probed_at":1799999990000,"probe_ok":false,"recent_escalations":"0101","cascade_skip_until":0},
              "minimal":{},
              "inf":{"open_until":1e999},
              "huge":{"open_until":1e300},
              "negative":{"probed_at":-5},
              "failures-huge":{"consecutive_failures":1e300},
              "failures-negative":{"consecutive_failures":-1},
              "failures-string":{"consecutive_failures":"3"},
              "probe-number":{"probe_ok":1},
              "error-number":{"last_error":7},
              "escalations-junk":{"recent_escalations":"01x"},
              "not-an-object":5
            }}
            """
        var problem = HealthStore.LoadProblem()
        let records = HealthStore.parse(Array(json.utf8), now: now, problem: &problem)
        #expect(Set(records.keys) == ["good", "minimal"])
        #expect(problem.droppedEntries == 10)
        #expect(problem.corrupt == nil)
        let good = records["good"]
        #expect(good?.consecutiveFailures == 2 && good?.openUntil == 1_800_000_060_000 && good?.probeOK == false)
        #expect(good?.lastError == "timeout" && good?.recentEscalations == "0101")
        #expect(records["minimal"] == HealthRecord())
    }

    @Test func aCorruptFileIsAnEmptyState() {
        for text in ["", "{", "[1,2]", "{\"tiers\":[]}", String(repeating: "[", count: 100_000)] {
            var problem = HealthStore.LoadProblem()
            #expect(HealthStore.parse(Array(text.utf8), problem: &problem).isEmpty)
            #expect(problem.corrupt != nil, "\(text.prefix(20))")
        }
    }

    @Test func aSymlinkedStateFileIsNeitherReadNorWrittenThrough() throws {
        let dir = privateDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let victim = dir + "/victim.json"
        writeFile(victim, #"{"tiers":{"local":{"consecutive_failures":9,"open_until":1e14}}}"#)
        #expect(symlink(victim, dir + "/state.json") == 0)
        #expect(HealthStore.load(path: dir + "/state.json").isEmpty)
        HealthStore.update(path: dir + "/state.json") { $0["cloud"] = HealthRecord(consecutiveFailures: 1) }
        // The link itself was replaced by rename; the file it pointed at is untouched.
        #expect(try System.readFile(victim) == Array(#"{"tiers":{"local":{"consecutive_failures":9,"open_until":1e14}}}"#.utf8))
        #expect(HealthStore.load(path: dir + "/state.json")["cloud"]?.consecutiveFailures == 1)
    }

    @Test func aSymlinkedLockFileIsNotCreatedThrough() {
        let dir = privateDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let victim = dir + "/created-through-link"
        #expect(symlink(victim, dir + "/state.json.lock") == 0)
        HealthStore.update(path: dir + "/state.json") { $0["cloud"] = HealthRecord(consecutiveFailures: 1) }
        #expect(!System.fileExists(victim))
        #expect(!System.fileExists(dir + "/state.json"))
    }

    @Test func aStateDirectoryOthersCanWriteIsRefused() {
        let dir = privateDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        chmod(dir, 0o777)
        #expect(throws: TierError.io(path: dir, message: "is group- or world-writable (mode 777); tier keeps its state only in a private directory (chmod 700 it)")) {
            try System.checkPrivateDirectory(dir)
        }
        HealthStore.update(path: dir + "/state.json") { $0["cloud"] = HealthRecord(consecutiveFailures: 1) }
        #expect(!System.fileExists(dir + "/state.json"))
        #expect(!System.fileExists(dir + "/state.json.lock"))
        chmod(dir, 0o700)
        #expect(throws: Never.self) { try System.checkPrivateDirectory(dir) }
        #expect(throws: Never.self) { try System.checkPrivateDirectory(dir + "/not-yet") }
        // /tmp is root's and mode 1777: refused for its owner when not root, for its mode when root.
        let tmpMessage = geteuid() == 0 ? "is group- or world-writable (mode 1777); tier keeps its state only in a private directory (chmod 700 it)"
                                        : "is owned by another user (uid 0); tier keeps its state only in a directory of your own"
        #expect(throws: TierError.io(path: "/tmp", message: tmpMessage)) { try System.checkPrivateDirectory("/tmp") }
    }

    @Test func temporariesAreCreatedExclusively() throws {
        let dir = privateDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = try System.createTemporary(near: dir + "/state.json")
        let b = try System.createTemporary(near: dir + "/state.json")
        close(a.fd); close(b.fd)
        #expect(a.path != b.path)
        #expect(a.path.hasPrefix(dir + "/state.json.tmp."))
        var st = stat()
        #expect(stat(a.path, &st) == 0 && st.st_mode & 0o777 == 0o600)
    }
}

@Suite struct HostileConversions {
    @Test func aPlotOfZeroWidthOrWithAMarkerAtInfinityDrawsWithoutTrapping() {
        let spec = PlotSpec(title: "t", xLabel: "x", yLabel: "y", xRange: 1...1, yRange: 0...0,
                            series: [PlotSeries(name: "s", symbol: "*", colour: "#000", points: [(1, 0), (1e300, -1e300)])],
                            marker: (x: .infinity, label: "m"))
        let text = Plot.text(spec, width: 20, height: 5)
        #expect(text.contains("*"))
        #expect(text.contains("|"))
    }

    @Test func aSyntheticPromptFitFromHostileTokenCountsIsRefused() {
        // A server claiming 10^15 prompt tokens for 100 words would ask for 10^16 words of filler.
        #expect(BenchPrompts.wordsFor(inputTokens: 1000, probes: [(100, -1_000_000_000_000_000), (200, -999_999_999_999_900)]) == nil)
        #expect(BenchPrompts.wordsFor(inputTokens: 1000, probes: [(100, 130), (200, 260)]) == 769)
    }

    @Test func percentilesStayInsideTheSamples() {
        #expect(Distribution.percentile([1, 2, 3], .nan).isNaN)
        #expect(Distribution.percentile([1, 2, 3], 1e300) == 3)
        #expect(Distribution.percentile([1, 2, 3], 50) == 2)
    }
}
