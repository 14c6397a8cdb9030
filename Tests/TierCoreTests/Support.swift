import Testing
@testable import TierCore

/// The repository root, found from this file's path, for the example configs.
let repoRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3) // Tests/TierCoreTests/Support.swift
    return parts.joined(separator: "/")
}()

func loadExample(_ name: String) throws -> TierConfig {
    let path = repoRoot + "/examples/" + name
    return try ConfigLoader.load(bytes: System.readFile(path), file: path, source: .flag(path))
}

/// Loads YAML text and returns the diagnostics (empty when it loads).
func diagnostics(_ yaml: String) -> [Diagnostic] {
    do {
        _ = try ConfigLoader.load(bytes: Array(yaml.utf8), file: "t.yaml", source: .flag("t.yaml"))
        return []
    } catch {
        if case .config(let ds) = error { return ds }
        return [Diagnostic(file: "?", line: 0, column: 0, message: "unexpected \(error)")]
    }
}

func config(_ yaml: String) throws -> TierConfig {
    try ConfigLoader.load(bytes: Array(yaml.utf8), file: "t.yaml", source: .flag("t.yaml"))
}

/// The core's seeded generator (bench's Poisson arrivals use it too), so fuzz tests are repeatable.
typealias SplitMix = SplitMixGenerator
