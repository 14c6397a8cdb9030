import Testing
@testable import TierCore

/// A person inside a bracket a joined name was read across (found in review): no finding twice, none out of order.
@Suite struct JoinedNames {
    @Test func bracketedListDoesNotDuplicateAFinding() {
        var t = "Srinivas D'Costa (Amy and Sashoy) and Sashoy are here."
        t.withUTF8 { s in
            let found = [PIIScanner.Hit(.person, 0, 16, 0.8), PIIScanner.Hit(.person, 18, 21, 0.6),
                         PIIScanner.Hit(.person, 26, 32, 0.6), PIIScanner.Hit(.person, 38, 44, 0.6)]
            #expect(PIIScanner.joinedNameAfter(s, 16)?.0 == 38)   // precondition: the name after ')' is read
            #expect(PIIScanner.joinedNameAfter(s, 21)?.1 == 32)   // precondition: "and Sashoy" inside the bracket
            let out = PIIScanner.withJoinedNames(s, found)
            var last = 0
            for h in out { #expect(h.start >= last, "\(out.map { ($0.start, $0.end) })"); last = h.end }
        }
    }
    @Test func endToEndRedact() {
        let t = "Tariq Ncube and Cadfael Farahani will lead. Farahani (Ncube and Tariq) and Tariq are here."
        var last = 0
        for f in PIIScanner.scan(t) { #expect(f.start >= last, "\(f)"); last = f.end }
        _ = PIIScanner.redact(t)   // traps in buf[at..<f.start] if a duplicate survives
    }
}
