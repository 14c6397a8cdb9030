import Testing
@testable import TierCore

/// Mutated configs must load or fail with diagnostics; never crash. Deterministic (seeded), bounded.
@Suite struct ConfigFuzz {
    @Test func mutatedExamplesNeverCrash() throws {
        let seeds = [try System.readFile(repoRoot + "/examples/hybrid.yaml"), try System.readFile(repoRoot + "/examples/minimal.yaml")]
        var rng = SplitMix(state: 42)
        let interesting: [UInt8] = Array(":-[]{}&*!|>'\"#%@`,?\n\t \\0123456789".utf8) + [0x00, 0xC3, 0xFF, 0xE2]
        var loaded = 0, rejected = 0
        for round in 0..<3000 {
            var bytes = seeds[round % 2]
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                let pos = Int(rng.next() % UInt64(max(1, bytes.count)))
                switch rng.next() % 4 {
                case 0: bytes[pos] = interesting[Int(rng.next() % UInt64(interesting.count))]
                case 1: bytes.insert(interesting[Int(rng.next() % UInt64(interesting.count))], at: pos)
                case 2: if bytes.count > 1 { bytes.remove(at: pos) }
                default:
                    // duplicate a slice (lines, keys, anchors)
                    let end = min(bytes.count, pos + Int(rng.next() % 40))
                    bytes.insert(contentsOf: bytes[pos..<end], at: pos)
                }
            }
            do {
                _ = try ConfigLoader.load(bytes: bytes, file: "fuzz.yaml", source: .flag("fuzz.yaml"))
                loaded += 1
            } catch {
                guard case .config(let ds) = error else { Issue.record("unexpected error \(error)"); continue }
                #expect(!ds.isEmpty)
                for d in ds { #expect(d.line >= 1 && d.column >= 1 && d.file == "fuzz.yaml") }
                rejected += 1
            }
        }
        #expect(loaded > 0 && rejected > 0)
    }
}
