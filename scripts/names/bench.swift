// Lookup cost of NameGazetteer.flags, outside the package so it builds in a second:
//   swiftc -O -parse-as-library Sources/TierCore/Classify/NameGazetteer.swift scripts/names/bench.swift -o /tmp/gazetteer-bench
//   /tmp/gazetteer-bench
import Foundation

@main struct GazetteerBench {
    static func main() {
        // Names, capitalised non-names, accented and all-caps words: about half hits, half misses.
        let words = ["Irene", "Wilson", "Amy", "Davis", "Chapman", "Invoice", "Tuesday", "Please", "Customer", "Success",
                     "MÜLLER", "José", "Nguyễn", "Kowalska", "Street", "Hutchinson", "Regina", "Suite", "Thanks",
                     "Meeting", "Xiaoming", "Oluwaseun", "Quarterly", "Report"]
        var text: [UInt8] = []
        var ranges: [(Int, Int)] = []
        for i in 0..<100_000 {
            let w = words[i % words.count]
            let s = text.count
            text += Array(w.utf8)
            ranges.append((s, text.count))
            text.append(0x20)
        }
        var checksum = 0
        let rounds = 50
        let t0 = DispatchTime.now().uptimeNanoseconds
        text.withUnsafeBufferPointer { s in
            for _ in 0..<rounds { for (a, b) in ranges { checksum &+= Int(NameGazetteer.flags(s, a, b)) } }
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        let n = rounds * ranges.count
        print(String(format: "%.1f ns per lookup over %d lookups (checksum %d)", Double(t1 - t0) / Double(n), n, checksum))
    }
}
