import Foundation
import Testing

/// Hostile numbers, sizes and sinks end to end: exit code, the one stderr message, and stdout exactly.
@Suite struct HostileCostEstimate {
    let base = ["cost-estimate", "-c", hybrid, "--calls-per-task", "8", "--tokens-per-call", "2000",
                "--local-share", "70%", "--cloud-model", "claude-sonnet-4"]

    @Test(arguments: [
        (["--tasks-per-month", "1e300"], "tier cost-estimate: error: --tasks-per-month must be at most 1,000,000,000,000,000, got '1e300'"),
        (["--tasks-per-day", "1e300"], "tier cost-estimate: error: --tasks-per-day must be at most 33,333,333,333,333, got '1e300'"),
        (["--tasks-per-month", "nan"], "tier cost-estimate: error: --tasks-per-month needs a non-negative number, got 'nan'"),
        (["--tasks-per-month", "inf"], "tier cost-estimate: error: --tasks-per-month needs a non-negative number, got 'inf'"),
        (["--tasks-per-month", "-1"], "tier cost-estimate: error: --tasks-per-month needs a non-negative number, got '-1'"),
        (["--tasks-per-month", "1M", "--devices", "1e18"], "tier cost-estimate: error: --devices needs a whole number from 0 to 1,000,000, got '1e18'"),
        (["--tasks-per-month", "1M", "--devices", "1000000000000000000"], "tier cost-estimate: error: --devices needs a whole number from 0 to 1,000,000, got '1000000000000000000'"),
        (["--tasks-per-month", "1M", "--device-tokens-per-second", "1e-300"], "tier cost-estimate: error: --device-tokens-per-second must be at least 0.001, got '1e-300'"),
        (["--tasks-per-month", "1M", "--amortization-months", "1e-300"], "tier cost-estimate: error: --amortization-months must be at least 0.1, got '1e-300'"),
        (["--tasks-per-month", "1M", "--utilization", "1e-300"], "tier cost-estimate: error: --utilization must be at least 1%, got '1e-300'"),
        (["--tasks-per-month", "1M", "--hardware-price", "1e300"], "tier cost-estimate: error: --hardware-price must be at most 1,000,000,000, got '1e300'"),
        (["--tasks-per-month", "1e15", "--calls-per-task", "1e6"], "tier cost-estimate: error: the volume is more than 10^18 tokens a month (tasks × calls per task × tokens per call); check --tasks-per-month, --calls-per-task and the tokens per call"),
        (["--tasks-per-month", "1e12", "--device-tokens-per-second", "0.001", "--utilization", "1%"], "tier cost-estimate: error: at a local share of 70% the plan needs more than 1,000,000,000 rtx-4090 devices; check --device-tokens-per-second, --utilization and the volume"),
    ])
    func hostileNumbersAreUsageErrors(_ extra: [String], _ message: String) throws {
        let r = try tier(base + extra)
        #expect(r.status == 2)
        #expect(r.stderr == message + "\n")
        #expect(r.stdout == "")
    }

    @Test func hugeTokensPerCallAreAUsageError() throws {
        let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1", "--input-tokens", "1e300", "--output-tokens", "1",
                          "--local-share", "70%", "--cloud-model", "claude-sonnet-4"])
        #expect(r.status == 2)
        #expect(r.stderr == "tier cost-estimate: error: --input-tokens must be at most 1,000,000,000, got '1e300'\n")
        #expect(r.stdout == "")
    }

    @Test func theLargestPlanPrintsFiniteFigures() throws {
        // At the ceilings every figure is finite: no inf, nan or n/a reaches stdout, in every format.
        for format in [[], ["--json"], ["--csv"], ["--explain"]] {
            let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1e15", "--calls-per-task", "1", "--tokens-per-call", "1000",
                              "--local-share", "70%", "--cloud-model", "claude-sonnet-4", "--device-tokens-per-second", "1e9"] + format)
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stderr == "")
            for bad in ["inf", "nan", "n/a", "null"] { #expect(!r.stdout.lowercased().contains(bad), "\(format) printed \(bad)") }
            #expect(r.stdout.count > 100)
        }
    }

    @Test func logTokenCountsOutOfRangeAreNotAveraged() throws {
        let dir = scratchDirectory()
        let log = dir + "/requests.jsonl"
        let good = #"{"outcome":"answered","final_tier":"cloud","attempts":[{"tier":"cloud","outcome":"answered","input_tokens":1500,"output_tokens":500}]}"#
        let huge = #"{"outcome":"answered","final_tier":"cloud","attempts":[{"tier":"cloud","outcome":"answered","input_tokens":1e300,"output_tokens":-5}]}"#
        write(good + "\n" + huge + "\n", to: log)
        let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1000", "--from-log", "--log", log,
                          "--cloud-model", "claude-sonnet-4", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let plan = try #require(doc["plan"] as? [String: Any])
        #expect(plan["input_tokens_per_call"] as? Double == 1500)
        #expect(plan["output_tokens_per_call"] as? Double == 500)
    }
}

/// A sparse file of `bytes` zeros: large on paper, instant to make.
func sparseFile(_ path: String, bytes: Int) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0)
    ftruncate(fd, off_t(bytes))
    close(fd)
}

@Suite struct HostileFileSizes {
    @Test func aConfigThatIsNoRegularFileIsRefusedWithoutReading() throws {
        let dir = scratchDirectory()
        let fifo = dir + "/config.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        // No writer ever opens the FIFO: a blocking open would hang here until the harness kills it.
        for (file, kind) in [("/dev/zero", "a character device"), (fifo, "a FIFO")] {
            let r = try tier(["config", "check", "--config", file])
            #expect(r.status == 4)
            #expect(r.stderr == "\(file):1:1: error: cannot read the config: is \(kind), not a regular file\n")
            #expect(r.stdout == "")
        }
    }

    @Test func aConfigOver4MBIsRefused() throws {
        let dir = scratchDirectory()
        let big = dir + "/big.yaml"
        sparseFile(big, bytes: (4 << 20) + 1)
        let r = try tier(["route", "--config", big, "hello"])
        #expect(r.status == 4)
        #expect(r.stderr == "\(big):1:1: error: cannot read the config: is larger than the 4 MB limit\n")
        #expect(r.stdout == "")
    }

    @Test func promptFilesStopAt64MB() throws {
        let dir = scratchDirectory()
        let big = dir + "/big.txt"
        sparseFile(big, bytes: (64 << 20) + 1)
        for file in [big, "/dev/zero"] {
            let r = try tier(["route", "--config", minimal, "-f", file, "summarize"])
            #expect(r.status == 1)
            #expect(r.stderr == "tier: error: \(file): is larger than the 64 MB limit\n")
            #expect(r.stdout == "")
        }
    }

    @Test func lineInputsStopAtAn64MBLine() throws {
        let bench = try tier(["bench", "--config", minimal, "--prompts", "/dev/zero"])
        #expect(bench.status == 1)
        #expect(bench.stderr == "tier: error: /dev/zero: line 1 is longer than the 64 MB limit\n")
        #expect(bench.stdout == "")
        let calibrate = try tier(["calibrate", "/dev/zero"])
        #expect(calibrate.status == 1)
        #expect(calibrate.stderr == "tier: error: /dev/zero: line 1 is longer than the 64 MB limit\n")
        #expect(calibrate.stdout == "")
    }

    @Test func aPricesFileMustBeARegularFile() throws {
        let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1", "--tokens-per-call", "10", "--local-share", "1",
                          "--prices", "/dev/zero"])
        #expect(r.status == 1)
        #expect(r.stderr == "tier: error: /dev/zero: is a character device, not a regular file\n")
        #expect(r.stdout == "")
    }

    @Test func aFIFOInAWalkedDirectoryIsSkippedWithANote() throws {
        let dir = scratchDirectory() + "/tree"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(mkfifo(dir + "/a-fifo", 0o600) == 0)
        write("mail me at jo@example.com\n", to: dir + "/b.txt")
        let r = try tier(["classify", dir])
        #expect(r.status == 0)
        #expect(r.stderr == "tier classify: \(dir)/a-fifo: a FIFO, skipped\n")
        #expect(r.stdout == "personal  \(dir)/b.txt  EMAIL_ADDRESS×1\n")
    }
}

@Suite struct HostileBenchFlags {
    @Test(arguments: [
        (["--rate", "1e-300"], "tier bench: error: --rate needs numbers from 0.001 to 100,000 separated by commas, got '1e-300'"),
        (["--rate", "nan"], "tier bench: error: --rate needs numbers from 0.001 to 100,000 separated by commas, got 'nan'"),
        (["--rate", "2,inf"], "tier bench: error: --rate needs numbers from 0.001 to 100,000 separated by commas, got '2,inf' ('inf')"),
        (["--concurrency", "1,,2"], "tier bench: error: --concurrency needs whole numbers from 1 to 10,000 separated by commas, got '1,,2' (an empty item)"),
        (["--concurrency", "1,2,"], "tier bench: error: --concurrency needs whole numbers from 1 to 10,000 separated by commas, got '1,2,' (an empty item)"),
        (["--concurrency", "1.5"], "tier bench: error: --concurrency needs whole numbers from 1 to 10,000 separated by commas, got '1.5'"),
        (["--concurrency", "1e300"], "tier bench: error: --concurrency needs whole numbers from 1 to 10,000 separated by commas, got '1e300'"),
        (["--concurrency", "0"], "tier bench: error: --concurrency needs whole numbers from 1 to 10,000 separated by commas, got '0'"),
        (["--requests", "1e300"], "tier bench: error: --requests needs a whole number of at least 1, got '1e300'"),
        (["--input-tokens", "999999999"], "tier bench: error: --input-tokens needs a whole number from 1 to 1,000,000, got '999999999'"),
        (["--timeout", String(repeating: "999999999h", count: 400)], "tier bench: error: --timeout is longer than the maximum, 8760h, got '999999999h999999999h999999999h999999999h…'"),
        (["--duration", "99999999999999999999999s"], "tier bench: error: --duration is longer than the maximum, 8760h, got '99999999999999999999999s'"),
        (["--slo", "ttft=999999999h999999999h999999999h"], "tier bench: error: --slo needs ttft=, tpot= and/or e2e= durations, e.g. ttft=200ms,tpot=50ms,e2e=2s; got 'ttft=999999999h999999999h999999999h'"),
    ])
    func malformedLoadFlagsAreUsageErrors(_ extra: [String], _ message: String) throws {
        let r = try tier(["bench", "--config", minimal, "--tier", "local"] + extra)
        #expect(r.status == 2)
        #expect(r.stderr == message + "\n")
        #expect(r.stdout == "")
    }
}

@Suite struct HostileDurationFlags {
    @Test func askTimeoutThatOverflowsIsAUsageError() throws {
        // Parsing used to multiply without a check: 3,000 × 999999999h overflowed Int and trapped.
        let r = try tier(["ask", "--config", minimal, "--timeout", String(repeating: "999999999h", count: 3_000), "hello"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("tier ask: error: --timeout "), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout == "")
    }

    @Test func calibrateSinceAgeThatOverflowsIsAUsageError() throws {
        let r = try tier(["calibrate", "--since", "99999999999999999d", "-"], stdin: "")
        #expect(r.status == 2)
        #expect(r.stderr == "tier calibrate: error: --since: the age '99999999999999999d' is longer than the maximum, 36500d\n")
        #expect(r.stdout == "")
    }

    @Test func configDurationThatOverflowsIsAConfigError() throws {
        let dir = scratchDirectory()
        let file = dir + "/c.yaml"
        let huge = String(repeating: "999999999h", count: 3_000)
        write("tiers:\n  local:\n    provider: ollama\n    models: {general: m}\n    cooldown: \(huge)\n", to: file)
        let r = try tier(["config", "check", "--config", file])
        #expect(r.status == 4)
        #expect(r.stderr == "\(file):5:15: error: 'tiers.local.cooldown': '\(huge.prefix(40))…' is longer than the maximum, 8760h\n")
        #expect(r.stdout == "")
    }
}

/// Runs tier with standard output on `stdoutPath` (a device such as /dev/full); returns the exit code and stderr.
func tier(_ args: [String], stdoutTo stdoutPath: String, stdin: String? = nil) throws -> (status: Int32, stderr: String) {
    let home = scratchDirectory()
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tierBinary)
    p.arguments = args
    p.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
    p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
    let errPath = home + "/.stderr"
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let err = FileHandle(forWritingAtPath: errPath)!
    p.standardOutput = FileHandle(forWritingAtPath: stdoutPath)!
    p.standardError = err
    if let s = stdin {
        let inPipe = Pipe()
        p.standardInput = inPipe
        try p.run()
        inPipe.fileHandleForWriting.write(s.data(using: .utf8)!)
        try inPipe.fileHandleForWriting.close()
    } else {
        p.standardInput = FileHandle.nullDevice
        try p.run()
    }
    waitOrKill(p)
    try err.close()
    return (p.terminationStatus, readText(errPath) ?? "")
}

@Suite struct HostileStdout {
    static let full = "tier: error: cannot write to standard output: No space left on device\n"

    @Test func classifyRedactIntoAFullDiskExits1WithOneMessage() throws {
        let dir = scratchDirectory()
        let file = dir + "/big.txt"
        // 2 MB of text with personal data in it: more than one buffer's worth of writes.
        write(String(repeating: "call 555-867-5309 or mail jo@example.com about the order\n", count: 36_000), to: file)
        let r = try tier(["classify", "--redact", file], stdoutTo: "/dev/full")
        #expect(r.status == 1)
        #expect(r.stderr == Self.full)
    }

    @Test func routeJSONLIntoAFullDiskExits1() throws {
        let lines = String(repeating: #"{"prompt":"summarize this paragraph"}"# + "\n", count: 5_000)
        let r = try tier(["route", "--config", minimal, "--jsonl"], stdoutTo: "/dev/full", stdin: lines)
        #expect(r.status == 1)
        #expect(r.stderr == Self.full)
    }

    @Test func costEstimateAndHelpIntoAFullDiskExit1() throws {
        let cost = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1M", "--tokens-per-call", "100", "--local-share", "0.5"],
                            stdoutTo: "/dev/full")
        #expect(cost.status == 1)
        #expect(cost.stderr == Self.full)
        let help = try tier(["--help"], stdoutTo: "/dev/full")
        #expect(help.status == 1)
        #expect(help.stderr == Self.full)
    }

    @Test func aClosedPipeWithSIGPIPEIgnoredExits1() throws {
        // With SIGPIPE ignored (as many supervisors leave it) a closed pipe is EPIPE, not a silent death.
        let dir = scratchDirectory()
        let file = dir + "/big.txt"
        write(String(repeating: "mail jo@example.com\n", count: 100_000), to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "trap '' PIPE; \"$0\" classify --redact \"$1\" 2>\"$1.err\" | head -c 10 >/dev/null; echo ${PIPESTATUS[0]} > \"$1.status\"",
                       tierBinary, file]
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": dir]
        try p.run()
        waitOrKill(p)
        #expect(readText(file + ".status") == "1\n")
        #expect(readText(file + ".err") == "tier: error: cannot write to standard output: Broken pipe\n")
    }
}

@Suite struct StdoutStillWorks {
    @Test func anOrdinaryRunIsUnchanged() throws {
        let r = try tier(["classify"], stdin: "mail jo@example.com\n")
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == "personal  <stdin>  EMAIL_ADDRESS×1\n")
    }
}

@Suite struct HostileStateFile {
    func home(state: String) -> String {
        let h = scratchDirectory()
        try! FileManager.default.createDirectory(atPath: h + "/state/tier", withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        write(state, to: h + "/state/tier/state.json")
        return h
    }

    @Test func anOpenUntilOf1e300IsDroppedNotATrap() throws {
        // health() printed Int((open_until - now) / 1000): 1e300 trapped on every route and ask.
        let h = home(state: #"{"tiers":{"local":{"consecutive_failures":3,"open_until":1e300,"last_error":"timeout"}}}"#)
        let r = try tier(["route", "--config", minimal, "summarize this"], home: h)
        #expect(r.status == 0)
        #expect(r.stderr == "tier: warning: \(h)/state/tier/state.json: dropped 1 entry with values out of range (the health state is a cache)\n")
        #expect(r.stdout.hasPrefix("local"), "\(r.stdout)")
    }

    @Test func aCorruptStateFileIsIgnoredWithOneWarning() throws {
        let h = home(state: "{\"tiers\": {\"local\": ")
        let r = try tier(["route", "--config", minimal, "summarize this"], home: h)
        #expect(r.status == 0)
        #expect(r.stderr == "tier: warning: \(h)/state/tier/state.json: not valid JSON; ignored (the health state is a cache and is rewritten)\n")
        #expect(r.stdout.hasPrefix("local"))
    }

    @Test func aWorldWritableStateDirectoryIsRefusedByName() throws {
        let h = home(state: #"{"tiers":{"local":{"consecutive_failures":3,"open_until":1e14,"last_error":"timeout"}}}"#)
        chmod(h + "/state/tier", 0o777)
        // The planted state would mark the local tier down; it is not read.
        let r = try tier(["route", "--config", minimal, "summarize this"], home: h)
        #expect(r.status == 0)
        #expect(r.stderr == "tier: warning: \(h)/state/tier: is group- or world-writable (mode 777); tier keeps its state only in a private directory (chmod 700 it) (the health state is not used)\n")
        #expect(r.stdout.hasPrefix("local"))
    }
}

@Suite struct HostileCalibrateFlags {
    @Test(arguments: [
        (["--calls-per-month", "1e300"], "tier calibrate: error: --calls-per-month needs a number more than 0 and at most 1,000,000,000,000,000, got '1e300'"),
        (["--calls-per-month", "lots"], "tier calibrate: error: --calls-per-month needs a number more than 0 and at most 1,000,000,000,000,000, got 'lots'"),
        (["--tokens-per-call", "-3"], "tier calibrate: error: --tokens-per-call needs a number more than 0 and at most 1,000,000,000, got '-3'"),
        (["--label-threshold", "nan"], "tier calibrate: error: --label-threshold needs a number, got 'nan'"),
    ])
    func savingFlagsOutOfRangeAreUsageErrors(_ extra: [String], _ message: String) throws {
        let r = try tier(["calibrate", "-"] + extra, stdin: "")
        #expect(r.status == 2)
        #expect(r.stderr == message + "\n")
        #expect(r.stdout == "")
    }
}

@Suite struct HostileYAMLFile {
    @Test func aConfigNested60000DeepIsAConfigErrorAtItsPlace() throws {
        let dir = scratchDirectory()
        let file = dir + "/deep.yaml"
        write("tiers: " + String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000) + "\n", to: file)
        let started = Date()
        let r = try tier(["config", "check", "--config", file])
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(r.status == 4)
        #expect(r.stderr == "\(file):1:71: error: mappings and lists nested more than 64 levels deep; refusing\n")
        #expect(r.stdout == "")
    }
}

/// A one-file OpenAI-shaped server on 127.0.0.1 that misbehaves with numbers and sizes.
final class HostileServer {
    let port: Int
    let process: Process
    var endpoint: String { "http://127.0.0.1:\(port)" }

    static let script = #"""
        import sys, json
        from http.server import BaseHTTPRequestHandler, HTTPServer
        mode = sys.argv[2]
        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"
            def log_message(self, *a): pass
            def do_GET(self):
                self.send_response(200); self.end_headers(); self.wfile.write(b'{"status":"ok"}')
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                if mode == "usage":
                    # Counts no tokenizer gives: 1e300 and a negative number.
                    self.wfile.write(b'{"choices":[{"message":{"content":"hi"}}],"usage":{"prompt_tokens":1e300,"completion_tokens":-5}}')
                else:
                    # A body that goes on past 64 MB, then closes.
                    self.wfile.write(b'{"choices":[{"message":{"content":"')
                    block = b"x" * (1 << 20)
                    for _ in range(70):
                        self.wfile.write(block)
                    self.wfile.write(b'"}}]}')
        HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
        """#

    init(mode: String) throws {
        port = freePort()
        let dir = scratchDirectory()
        write(Self.script, to: dir + "/server.py")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [dir + "/server.py", String(port), mode]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if httpGet(endpoint + "/health") != nil { return }
            usleep(50_000)
        }
        throw TestFailure("the hostile server did not come up")
    }

    // SIGKILL: the test runner may hand its children a mask that blocks SIGTERM.
    deinit { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
}

@Suite struct HostileBenchServer {
    func bench(_ server: HostileServer) throws -> Run {
        try tier(["bench", "--url", server.endpoint, "--model", "m", "--provider", "llama-server", "--no-stream",
                  "--requests", "2", "--warmup", "0", "--timeout", "20s", "--json"])
    }

    @Test func usageCountsOf1e300AreAbsentNotATrap() throws {
        let server = try HostileServer(mode: "usage")
        let r = try bench(server)
        #expect(r.status == 0, "\(r.stderr)")
        let res = try #require((jsonObject(r.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(res["completed"] as? Int == 2)
        // The server's counts were nonsense, so none is taken: the output is counted from the answer (approximate).
        #expect(res["tokens_approximate"] as? Bool == true)
        #expect((res["input_tokens"] as? Int ?? -1) >= 0)
    }

    @Test func aBodyPast64MBIsAnErrorNotAllOfMemory() throws {
        let server = try HostileServer(mode: "endless")
        let r = try bench(server)
        #expect(r.status == 0, "\(r.stderr)")
        let res = try #require((jsonObject(r.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(res["completed"] as? Int == 0)
        #expect((res["errors"] as? [String: Any])?["response larger than 64 MB"] as? Int == 2)
    }
}
