import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import TierCore

/// Random bytes and mutated detector inputs through both scanners: no crash, and every finding is a
/// valid, ordered, non-overlapping byte range. Deterministic and bounded; `bench/fuzz-scanner.sh`
/// runs the same loop for as long as it is given.
@Suite struct ScannerFuzz {
    static let seeds: [String] = [
        "Mail jane.roe@example.com, card 4111-1111-1111-1111, IBAN DE27 1493 0609 2634 2608 42",
        "Dear Matthew B. Adams, ship to 983 Christopher Unions Suite 108, Michelleland, WY 33729.",
        "DB_PASSWORD=sf%2$r*$cDkdfrUnW5gc_F\nX_API_KEY=3sFd67JikEAvstqVVPqzPptEJQzhkPke\n",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "name,dob,phone\nAda Lovelace,12/10/1815,+44 20 7946 0958\n",
        "client 77.243.104.59 from fe80::c506:eb3:4a46:9f1f; NHS number 943 476 5919; ssn: 013477973",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nAKIAQ3EGRT5XKJ7PLM2N ghp_Zk3H9qLmP2xV7nR4tY8wB1cD6fG0hJ5kQ2wE",
        "My SSN is 812 81 0252, NHS number 267-334-1412. the password is ny!BbbE%Z*-ZFjIzx; try this key 7e72be5ab2abc4e43fff50e6baf72231",
        "SLACK_BOT_TOKEN=https://hooks.slack.com/services/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 postgresql://u:6qO%pa4P3jYw@db:5432/x",
        "M./Mme Zoé Guibert, demeurant 2, rue Duhamel, 50482 Camus-sur-Martel. Ship to A B, 0330 Young Flat, Smithside, AL 84087 — order 1",
        "Best regards,\nMarilyn Howells\n12 Russell Plains, Northtown, WY 33729\nKontoinhaber: Klaus-Dieter Atzler\n",
        "id,name,phone\n1,Ada Lovelace,01248029649\nwohnhaft in Muehlegasse 607, 22045 Herford. Bitte +49 30 6199580",
    ]

    static func check(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buf in
            let found = PIIScanner.scan(buf)
            var last = 0
            for f in found {
                #expect(f.start >= last && f.start < f.end && f.end <= buf.count, "\(f) in \(buf.count) bytes")
                last = f.end
            }
        }
    }

    /// The development set's texts, when bench/fuzz-scanner.sh names them (TIER_FUZZ_CORPUS: a JSON-lines
    /// file with a "text" field), besides the seeds above.
    static func corpus() -> [[UInt8]] {
        var texts = seeds.map { Array($0.utf8) }
        guard let path = System.env("TIER_FUZZ_CORPUS"), let f = fopen(path, "r") else { return texts }
        defer { fclose(f) }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        while getline(&line, &capacity, f) > 0, let l = line {
            if let doc = try? JSONParser.parse(String(cString: l)), case .string(let text)? = doc["text"] { texts.append(Array(text.utf8)) }
        }
        free(line)
        return texts
    }

    @Test func randomAndMutatedInputsNeverCrash() {
        // A fixed seed and 4,000 inputs in the suite (repeatable); bench/fuzz-scanner.sh sets a new seed
        // per run, more rounds and the development set's texts.
        var rng = SplitMix(state: System.env("TIER_FUZZ_SEED").flatMap { UInt64($0) } ?? 7)
        let rounds = System.env("TIER_FUZZ_ROUNDS").flatMap { Int($0) } ?? 4000
        let texts = Self.corpus()
        let alphabet = Array("0123456789 -.,:;@+()/_=\"'\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzéü".utf8) + [0x00, 0xFF, 0xC3, 0xE2]
        for round in 0..<rounds {
            var bytes: [UInt8]
            if round % 4 == 0 {
                bytes = (0..<Int(rng.next() % 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            } else {
                bytes = texts[Int(rng.next() % UInt64(texts.count))]
                for _ in 0..<(1 + Int(rng.next() % 8)) {
                    let pos = Int(rng.next() % UInt64(max(1, bytes.count)))
                    switch rng.next() % 4 {
                    case 0: bytes[pos] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                    case 1: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: pos)
                    case 2: if bytes.count > 1 { bytes.remove(at: pos) }
                    default: bytes.removeSubrange(pos..<min(bytes.count, pos + Int(rng.next() % 30)))
                    }
                    if bytes.isEmpty { bytes = [0x20] }
                }
            }
            Self.check(bytes)
        }
    }

    @Test func edgeShapes() {
        for text in ["", "@", "+", "(", "0", "e", "eyJ", "-----BEGIN ", "a@b.c", "1.2.3.4", "::", "DE27", "name,\n", "\n\n\n"] {
            Self.check(Array(text.utf8))
        }
        // A possessive's "s" after a lone 0x99 byte, as mutation made it (the stem was read as ending before it began).
        for text: [UInt8] in [[0x41, 0x62, 0x99, 0x73, 0x20, 0x6E, 0x65, 0x77], [0x20, 0x4C, 0x61, 0x99, 0x73, 0x20, 0x63, 0x61, 0x72], [0x4A, 0x6F, 0x80, 0x99, 0x73]] {
            Self.check(text)
        }
        // An initial and ". " before a lone lead byte at the text's end (the surname's second byte was read past the end).
        for text: [UInt8] in [Array("to J. ".utf8) + [0xC3], [0xC3, 0x89, 0x2E, 0x20, 0xC3], Array("12 ".utf8) + [0xC3, 0x89, 0x2E, 0x20, 0xC3]] {
            Self.check(text)
        }
        Self.check([UInt8](repeating: UInt8(ascii: "9"), count: 100_000))
        Self.check([UInt8](repeating: UInt8(ascii: "A"), count: 100_000))
    }
}
