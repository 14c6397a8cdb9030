import Testing
@testable import TierCore

/// Detector examples in the style of SwiftLint's: the expected findings are marked in the text with
/// ⟦TYPE:…⟧, which the test strips to get the input and the expected byte ranges.
@Suite struct PIIDetectors {
    static func parse(_ marked: String) -> (text: String, expected: [(String, Int, Int)]) {
        var out: [UInt8] = []
        var expected: [(String, Int, Int)] = []
        var rest = Substring(marked)
        while let open = rest.range(of: "⟦") {
            out += Array(rest[..<open.lowerBound].utf8)
            let after = rest[open.upperBound...]
            let colon = after.firstIndex(of: ":")!
            let close = after.range(of: "⟧")!
            let type = String(after[..<colon])
            let value = Array(after[after.index(after: colon)..<close.lowerBound].utf8)
            expected.append((type, out.count, out.count + value.count))
            out += value
            rest = after[close.upperBound...]
        }
        out += Array(rest.utf8)
        return (String(decoding: out, as: UTF8.self), expected)
    }

    static let examples: [String] = [
        "Call me on ⟦PHONE_NUMBER:+1 202-280-6232⟧ or ⟦PHONE_NUMBER:(718) 266-7172⟧ tomorrow.",
        "Erreichbar unter ⟦PHONE_NUMBER:+49 1518 8914865⟧.",
        "Bankverbindung: IBAN ⟦IBAN_CODE:DE27 1493 0609 2634 2608 42⟧ danke",
        "bad checksum: IBAN DE27 1493 0609 2634 2608 43 is not one",
        "client ⟦IP_ADDRESS:77.243.104.59⟧ connected from ⟦IP_ADDRESS:2001:94d6:cac4::c56d:abf8⟧",
        "INFO agent 8.6.0.80 started; Chrome/112.0.5391.129; release 1.2.3.4",
        "My NHS number is ⟦UK_NHS:943 476 5919⟧.",
        "Date of birth: ⟦DATE_OF_BIRTH:December 15, 1992⟧; geboren am ⟦DATE_OF_BIRTH:1973-02-25⟧",
        "The meeting is on 2024-03-01 at 10:00.",
        "Authorization: Bearer ⟦JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U⟧",
        "DB_PASSWORD=⟦PASSWORD:sf%2$r*$cDkdfrUnW5gc_F⟧\nX_API_KEY=⟦GENERIC_API_KEY:3sFd67JikEAvstqVVPqzPptEJQzhkPke⟧",
        "postgresql://app_user:⟦PASSWORD:TtwYIF2pVt$O⟧@db.internal:5432/app",
        "aws_access_key_id=⟦AWS_ACCESS_KEY:AKIAQ3EGRT5XKJ7PLM2N⟧, aws_secret_access_key=\"⟦AWS_SECRET_KEY:mXszsFOD3SfNsU0fUQaT2WQZEaONzGX1sr/uh/0A⟧\"",
        "api_key = \"YOUR_API_KEY_HERE\" and password: changeme123",
        "My SSN is ⟦US_SSN:812 81 0252⟧ and my NHS number is ⟦UK_NHS:267-334-1412⟧.",
        "dev2: the password is ⟦PASSWORD:ny!BbbE%Z*-ZFjIzx⟧\ndev2: try this key ⟦GENERIC_API_KEY:7e72be5ab2abc4e43fff50e6baf72231⟧\nthe key points are clear",
        // Under a neutral name, a value shorter than an API key (20 characters) reads as a password.
        "here's the token: ⟦PASSWORD:Tq4_WbnRz8KpLmX2v⟧\nthe token: ⟦GENERIC_API_KEY:Tq4WbnRz8KpLmX2vA7cQe5Hs⟧",
        "use key ⟦AWS_ACCESS_KEY:ASIA54LSOYHKQUHCFGG4⟧ with secret ⟦AWS_SECRET_KEY:a6ZRV2rEWFQGt4JJ/bzWA17ggDUk9xh6KIeezvJC⟧",
        "SLACK_BOT_TOKEN=⟦SLACK_TOKEN:https://hooks.slack.com/services/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⟧",
        "engine = create_engine(\"postgresql://app_user:⟦PASSWORD:6qO%pa4P3jYwRRiYNsSh⟧@db.internal:5432/orders\")",
        "In the docs, replace AKIAIOSFODNN7EXAMPLE with your key.",
        "M./Mme ⟦PERSON:Zoé Guibert⟧, demeurant ⟦STREET_ADDRESS:2, rue Duhamel, 50482 Camus-sur-Martel⟧.",
        "Ship to ⟦PERSON:Matthew Adams⟧, ⟦STREET_ADDRESS:983 Christopher Unions Suite 108, Michelleland, WY 33729⟧ — order INV379449",
        "sku,name,price\n484-54-3471,Webcam,£20\n",
        "name,dob\nAda,⟦DATE_OF_BIRTH:12/10/1985⟧\n",
        "ssn: ⟦US_SSN:013477973⟧ on file",
        "Dear ⟦PERSON:Matthew B. Adams⟧, your order shipped to ⟦STREET_ADDRESS:983 Christopher Unions Suite 108, Michelleland, WY 33729⟧.",
        "Bitte kontaktieren Sie ⟦PERSON:Milos Rädel⟧, wohnhaft in ⟦STREET_ADDRESS:Mühlegasse 607, 22045 Herford⟧",
        "new address: ⟦STREET_ADDRESS:Flat 55, Frank Roads, Hallbury, LS7E 2FT⟧",
        "Best regards,\n⟦PERSON:Callum Ferguson⟧\n",
        "The New York Times reported on Monday Morning that Release Notes are out.",
        "National Insurance: ⟦UK_NINO:QQ 12 34 56 C⟧ is invalid (QQ), but ⟦UK_NINO:AB 12 34 56 C⟧ is not.".replacingOccurrences("⟦UK_NINO:QQ 12 34 56 C⟧", "QQ 12 34 56 C"),
        "routing number ⟦US_BANK_ROUTING:021000021⟧; order 021000022 is not one",
        "eth0 ⟦MAC_ADDRESS:00:1A:2b:3C:4d:5E⟧, wlan ⟦MAC_ADDRESS:a4-83-e7-12-34-56⟧, switch ⟦MAC_ADDRESS:0011.22ab.cdef⟧; at 12:34:56 and 10-20-30",
        "Part 480-362-8140 replaced; order 4111 1111 1111 1111 shipped; ticket 669-1640813-7418124",
        // A double first name goes on past its hyphen.
        "IBAN on file (Kontoinhaber: ⟦PERSON:Klaus-Dieter Atzler⟧).",
        // A postal label: a name on its own line above an address.
        "⟦PERSON:Marilyn Howells⟧\n⟦STREET_ADDRESS:12 Russell Plains, Northtown, WY 33729⟧\n",
        "Release Notes\n12 items fixed, see below\n",
        // In a CSV phone column, an unseparated number is a phone; in other columns it is not.
        "id,name,phone\n1,⟦PERSON:Ada Lovelace⟧,⟦PHONE_NUMBER:01248029649⟧\n2,⟦PERSON:Bob Stone⟧,12345\n",
        "id,name,account\n1,⟦PERSON:Ada Lovelace⟧,01248029649\n",
        // An address that ends a sentence, before text no address holds ('+', '@', ':').
        "wohnhaft in ⟦STREET_ADDRESS:Muehlegasse 607, 22045 Herford⟧. Bitte unter ⟦PHONE_NUMBER:+49 30 6199580⟧ anrufen.",
        "lives at ⟦STREET_ADDRESS:8790 Derrick Inlet Suite 116, Johnsonton, WA 54520⟧. Social security number: none",
    ]

    @Test(arguments: examples)
    func findsExactlyWhatIsMarked(_ marked: String) {
        let (text, expected) = Self.parse(marked)
        let got = PIIScanner.scan(text).map { ($0.type, $0.start, $0.end) }
        #expect(got.count == expected.count, "\(text): \(got)")
        for (g, e) in zip(got, expected) {
            #expect(g.0 == e.0 && g.1 == e.1 && g.2 == e.2, "\(text): got \(g), expected \(e)")
        }
    }
}

@Suite struct CustomRulesFromTheConfig {
    static let yaml = """
        tiers:
          local: {provider: ollama, models: {general: m}}
          cloud: {provider: anthropic, api_key_env: K, models: {default: c}}
        classify:
          detectors:
            - name: employee_id
              regex: 'EMP-[0-9]{6}'
              sensitivity: personal
          paths:
            "hr/**": personal
          keywords: [falcon, Confidential]

        """

    @Test func detectorsAndKeywordsFindTheirSpans() throws {
        let c = try config(Self.yaml)
        let (text, expected) = PIIDetectors.parse("Badge ⟦EMPLOYEE_ID:EMP-123456⟧ for Project ⟦KEYWORD:Falcon⟧; falconry is fine.")
        let got = PIIScanner.scan(text, custom: c.classify)
        #expect(got.map { "\($0.type) \($0.start) \($0.end)" } == expected.map { "\($0.0) \($0.1) \($0.2)" })
        #expect(got.map(\.level) == [.personal, .internal])
    }

    @Test func theRouterAppliesThem() throws {
        let c = try config(Self.yaml)
        let d = Router.decide(RouteRequest(prompt: "Summarize the Falcon roadmap"), config: c)
        #expect(d.sensitivity == .internal && d.allowed == ["local"])
        #expect(d.evidence.map(\.type) == ["KEYWORD"])
        let e = Router.decide(RouteRequest(prompt: "Who owns EMP-000042?"), config: c)
        #expect(e.sensitivity == .personal)
    }

    @Test func badRulesAreReportedAtTheirPlace() {
        let ds = diagnostics("""
            tiers:
              local: {provider: ollama, models: {general: m}}
            classify:
              detectors:
                - name: x
                  regex: '(unclosed'
                - regex: 'a'
              paths:
                "hr/**": secretive
              keywordz: [a]

            """)
        #expect(ds.map { "\($0.line):\($0.column)" } == ["6:14", "7:7", "9:14", "10:3"], "\(ds)")
    }
}

@Suite struct StreetSuffixes {
    /// The ranges by last byte cover every suffix once, each ending in its byte.
    @Test func rangesByLastByteCoverEverySuffix() {
        var covered: [Int] = []
        for b in 0...255 {
            guard let r = PIIScanner.streetSuffixRange(UInt8(b)) else { continue }
            for x in r {
                #expect(PIIScanner.streetSuffixes[x].utf8.last == UInt8(b), "\(PIIScanner.streetSuffixes[x]) under \(b)")
                covered.append(x)
            }
        }
        #expect(covered.sorted() == Array(PIIScanner.streetSuffixes.indices))
    }
}
