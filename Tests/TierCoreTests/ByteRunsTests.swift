import Testing
@testable import TierCore

/// The eight-at-a-time run ends agree with a byte-by-byte walk, at every start, over every byte value.
@Suite struct ByteRunsTests {
    @Test func runEndsMatchTheScalarWalk() {
        var rng = SplitMixGenerator(seed: 7)
        // Mostly word bytes, so runs are long enough to cross eight-byte blocks, and every other value too.
        let alphabet = Array("abcXYZ019_-.ü".utf8)
        for round in 0..<200 {
            let count = Int.random(in: 0...70, using: &rng)
            var bytes = (0..<count).map { _ in Bool.random(using: &rng) ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng) }
            if round == 0 { bytes = (0...255).map { UInt8($0) } }
            bytes.withUnsafeBufferPointer { s in
                for i in 0...s.count {
                    func walk(_ inClass: (UInt8) -> Bool) -> Int { var e = i; while e < s.count && inClass(s[e]) { e += 1 }; return e }
                    #expect(ByteRuns.wordEnd(s, i) == walk { ASCII.isAlnum($0) || $0 == 0x5F })
                    #expect(ByteRuns.digitEnd(s, i) == walk(ASCII.isDigit))
                    #expect(ByteRuns.alnumEnd(s, i) == walk(ASCII.isAlnum))
                }
            }
        }
    }
}

/// The literal bit sets agree with the classes they stand for, at every byte value.
@Suite struct ByteClassTests {
    @Test func bitsMatchTheirDefinitions() {
        for v in 0...255 {
            let c = UInt8(v)
            #expect(ByteClass.name.contains(c) == (c &- 0x61 < 26 || c >= 0x80 || c == UInt8(ascii: "-") || c == UInt8(ascii: "'")), "\(v)")
            #expect(ByteClass.streetWord.contains(c) == (ASCII.isAlnum(c) || c >= 0x80 || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")), "\(v)")
            #expect(ByteClass.addressPart.contains(c) == (ASCII.isAlnum(c) || c >= 0x80 || " .-#'/".utf8.contains(c)), "\(v)")
            #expect(ByteClass.key.contains(c) == (ASCII.isAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")), "\(v)")
        }
    }
}
