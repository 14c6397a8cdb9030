import Foundation
import Testing

/// Runs the built `tier` binary, as a user's shell would, and captures stdout, stderr and the exit code.
struct Run {
    var stdout: String
    var stderr: String
    var status: Int32
}

let repoRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

/// The binary next to the test bundle (`swift test` builds it first: the test target depends on it).
let tierBinary: String = {
    if let b = ProcessInfo.processInfo.environment["TIER_BIN"] { return b }
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [here.appendingPathComponent("tier").path,
                      here.deletingLastPathComponent().appendingPathComponent("tier").path] where FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
    }
    return repoRoot + "/.build/debug/tier"
}()

/// A scratch directory per test; also the HOME and XDG dirs, so a user's real config never leaks in.
/// Every one is removed when the test process exits (TIER_KEEP_SCRATCH=1 keeps them to look at).
func scratchDirectory() -> String {
    let dir = NSTemporaryDirectory() + "tier-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    ScratchDirectories.shared.add(dir)
    return dir
}

/// The scratch directories this process made, removed at its exit: a suite run made some 8,000 and left them in /tmp.
final class ScratchDirectories: @unchecked Sendable {
    static let shared = ScratchDirectories()
    private let lock = NSLock()
    private var dirs: [String] = []
    private init() {
        guard ProcessInfo.processInfo.environment["TIER_KEEP_SCRATCH"] == nil else { return }
        atexit { ScratchDirectories.shared.removeAll() }
    }
    func add(_ dir: String) { lock.lock(); dirs.append(dir); lock.unlock() }
    func removeAll() {
        lock.lock(); let all = dirs; dirs = []; lock.unlock()
        for d in all { try? FileManager.default.removeItem(atPath: d) }
    }
}

func tier(_ args: [String], stdin: String? = nil, env extra: [String: String] = [:], home: String? = nil) throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tierBinary)
    p.arguments = args
    let h = home ?? scratchDirectory()
    var env: [String: String] = ["PATH": "/usr/bin:/bin", "HOME": h, "XDG_CONFIG_HOME": h + "/config", "XDG_STATE_HOME": h + "/state"]
    for (k, v) in extra { env[k] = v }
    p.environment = env
    p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
    // Output goes to files, not pipes: no deadlock however much the child writes.
    let outPath = h + "/.stdout-" + UUID().uuidString, errPath = h + "/.stderr-" + UUID().uuidString
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let out = FileHandle(forWritingAtPath: outPath)!, err = FileHandle(forWritingAtPath: errPath)!
    p.standardOutput = out
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
    try out.close()
    try err.close()
    let result = Run(stdout: readText(outPath) ?? "", stderr: readText(errPath) ?? "", status: p.terminationStatus)
    try? FileManager.default.removeItem(atPath: outPath)
    try? FileManager.default.removeItem(atPath: errPath)
    return result
}

func write(_ text: String, to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: text.data(using: .utf8))
}

func readText(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

let hybrid = repoRoot + "/examples/hybrid.yaml"
let minimal = repoRoot + "/examples/minimal.yaml"

/// Waits for the child, at most `seconds`; a hung child is killed and the test fails instead of hanging CI.
func waitOrKill(_ p: Process, seconds: Double = 60) {
    let deadline = Date().addingTimeInterval(seconds)
    while p.isRunning && Date() < deadline { usleep(5_000) }
    if p.isRunning {
        Issue.record("tier did not exit within \(seconds) s: \(p.arguments ?? [])")
        p.terminate()
        usleep(200_000)
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
    }
    p.waitUntilExit()
}
