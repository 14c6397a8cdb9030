import Foundation
import Testing

/// A free TCP port on 127.0.0.1, from the kernel.
func freePort() -> Int {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = ["-c", "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])"]
    let out = Pipe()
    p.standardOutput = out
    try? p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
}

func httpGet(_ url: String) -> String? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    p.arguments = ["-fsS", "--max-time", "2", url]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

/// The real local tier: llama.cpp's server with SmolLM2-135M, started once for the whole test run
/// (scripts/local-model.sh installs it) and ended when the test process ends.
final class LocalModelServer: @unchecked Sendable {
    let port: Int
    let process: Process
    var endpoint: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let which = Process()
        which.executableURL = URL(fileURLWithPath: repoRoot + "/scripts/local-model.sh")
        which.arguments = ["python"]
        let out = Pipe()
        which.standardOutput = out
        try which.run()
        let python = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        which.waitUntilExit()
        port = freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [repoRoot + "/scripts/local_model_server.py", String(port), "2", "--die-with-parent"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let h = httpGet(endpoint + "/health"), h.contains("\"ok\"") { return }
            usleep(200_000)
        }
        process.terminate()
        throw TestFailure("the local model server did not come up on port \(port)")
    }

    static let shared: Result<LocalModelServer, Error> = Result { try LocalModelServer() }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// One protocol fake (Tests/Fakes/fake_provider.py) with its own request log.
final class FakeProvider {
    let port: Int
    let logPath: String
    let process: Process
    var endpoint: String { "http://127.0.0.1:\(port)" }

    init(protocol proto: String, mode: String = "ok", extra: [String] = []) throws {
        logPath = scratchDirectory() + "/requests.jsonl"
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        // Ollama's native API and Gemini have a fake of their own.
        let script = proto == "ollama" || proto == "gemini" ? "fake_native.py" : "fake_provider.py"
        process.arguments = [repoRoot + "/Tests/Fakes/" + script, "--protocol", proto, "--mode", mode,
                             "--log", logPath, "--lifetime", "120"] + extra
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is "PORT n".
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let p = Int(text.dropFirst(5)) else { throw TestFailure("fake did not start: \(text)") }
        port = p
    }

    deinit { process.terminate() }

    /// Every completion request (POST) the fake received, as raw JSON lines.
    var requests: [String] { lines.filter { $0.contains("\"method\": \"POST\"") } }
    /// Every GET (health probes, model lists).
    var probes: [String] { lines.filter { $0.contains("\"method\": \"GET\"") } }
    /// Everything, in order.
    var lines: [String] { (readText(logPath) ?? "").split(separator: "\n").map(String.init) }
}

/// A config with the given tiers, written to a scratch file.
func writeConfig(_ yaml: String) -> String {
    let path = scratchDirectory() + "/tier.yaml"
    write(yaml, to: path)
    return path
}
