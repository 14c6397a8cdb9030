import Foundation
import Testing

@Suite struct ClassifyEndToEnd {
    @Test func oneLinePerInputAndFailOn() throws {
        let dir = scratchDirectory()
        write("Mail jane.roe@example.com twice: jane.roe@example.com\n", to: dir + "/a.txt")
        write("Just prose about the weather.\n", to: dir + "/b.txt")
        write("key: AKIAQ3EGRT5XKJ7PLM2N\n", to: dir + "/c.txt")
        let r = try tier(["classify", dir])
        #expect(r.status == 0)
        #expect(r.stdout == """
            personal  \(dir)/a.txt  EMAIL_ADDRESS×2
            public    \(dir)/b.txt
            secret    \(dir)/c.txt  AWS_ACCESS_KEY×1

            """)
        let fail = try tier(["classify", "--fail-on", "secret", dir])
        #expect(fail.status == 3 && fail.stderr.contains("secret data found"))
    }

    @Test func jsonlRecordsForScoringAndMaskedPreviews() throws {
        let r = try tier(["classify", "--input-format", "jsonl"], stdin: #"{"id":"d1","text":"écrire à jane.roe@example.com"}"# + "\n")
        #expect(r.stdout == #"{"id":"d1","spans":[{"start":11,"end":31,"type":"EMAIL_ADDRESS","score":0.95}],"sensitivity":"personal"}"# + "\n")
        let j = try tier(["classify", "--jsonl"], stdin: "mail jane.roe@example.com\n")
        #expect(j.stdout.contains(#""preview":"ja****************om""#) && !j.stdout.contains("jane.roe"))
        #expect(j.stdout.contains(#""line":1,"column":6"#))
    }

    /// A file bigger than one 4 MB window: findings in both, offsets and lines counted across them.
    @Test func bigFilesStreamWithExactOffsets() throws {
        let dir = scratchDirectory()
        var text = ""
        var expected: [(start: Int, line: Int)] = []
        var line = 1
        while text.utf8.count < 9_000_000 {
            if line % 20_000 == 7 { expected.append((text.utf8.count + 5, line)); text += "mail jane\(line)@example.com\n" }
            else { text += "nothing to see on line \(line), just words and numbers 12345\n" }
            line += 1
        }
        write(text, to: dir + "/big.txt")
        let r = try tier(["classify", "--json", dir + "/big.txt"])
        #expect(r.status == 0)
        let doc = try #require(jsonObject(r.stdout))
        let findings = try #require(((doc["inputs"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
        #expect(findings.count == expected.count)
        for (f, e) in zip(findings, expected) {
            #expect(f["start"] as? Int == e.start)
            #expect(f["line"] as? Int == e.line)
            #expect(f["column"] as? Int == 6)
        }
    }

    @Test func redactKeepsEverythingElseByteForByte() throws {
        let text = "Café ☕: card 4111 1111 1111 1111, mail jane.roe@example.com\r\nend\n"
        let r = try tier(["classify", "--redact"], stdin: text)
        #expect(r.stdout == "Café ☕: card [CREDIT_CARD], mail [EMAIL_ADDRESS]\r\nend\n")
        let h = try tier(["classify", "--redact", "--redact-style", "hash"], stdin: "a@example.com b@example.com a@example.com")
        let parts = h.stdout.split(separator: " ")
        #expect(parts.count == 3 && parts[0] == parts[2] && parts[0] != parts[1])
    }

    @Test func binaryFilesAreSkippedAndUnreadableOnesReported() throws {
        let dir = scratchDirectory()
        _ = FileManager.default.createFile(atPath: dir + "/bin.dat", contents: Data([0x7F, 0x45, 0x00, 0x01, 0x40]))
        write("ok jane.roe@example.com", to: dir + "/t.txt")
        let r = try tier(["classify", dir, dir + "/missing.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bin.dat: binary, skipped"))
        #expect(r.stderr.contains("missing.txt: No such file or directory"))
        #expect(r.stdout.contains("personal  \(dir)/t.txt"))
    }
}

@Suite struct ClassifyWithConfigRules {
    @Test func pathGlobsDetectorsAndKeywords() throws {
        let dir = scratchDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/hr", withIntermediateDirectories: true)
        write("quarterly plan\n", to: dir + "/hr/plan.txt")
        write("Project Falcon kickoff\n", to: dir + "/notes.txt")
        let cfg = writeConfig("""
            tiers:
              local: {provider: ollama, models: {general: m}}
            classify:
              paths:
                "hr/**": personal
              keywords: [falcon]

            """)
        let r = try tier(["classify", "-c", cfg, dir + "/hr", dir + "/notes.txt"])
        #expect(r.stdout == "personal  \(dir)/hr/plan.txt\ninternal  \(dir)/notes.txt  KEYWORD×1\n")
    }
}

@Suite struct ClassifyInParallel {
    @Test func jobsKeepInputOrderAndResults() throws {
        let dir = scratchDirectory()
        for i in 0..<12 {
            write(i % 3 == 0 ? "mail user\(i)@example.com and card 4111 1111 1111 1111\n" : "plain text number \(i)\n",
                  to: dir + "/f\(String(format: "%02d", i)).txt")
        }
        let one = try tier(["classify", "-j", "1", dir])
        let two = try tier(["classify", "--jobs", "2", dir])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.split(separator: "\n").count == 12)
        let bad = try tier(["classify", "-j", "0", dir])
        #expect(bad.status == 2 && bad.stderr.contains("--jobs needs a whole number"))
    }
}

@Suite struct ClassifyOptions {
    static let text = "Mail jane.roe@example.com, card 4111 1111 1111 1111\nSummarize this\n"

    @Test func jsonHasEveryFieldAndNeverTheValue() throws {
        let r = try tier(["classify", "--json"], stdin: Self.text)
        #expect(r.status == 0 && r.stderr.isEmpty)
        let doc = try #require(jsonObject(r.stdout))
        let input = try #require((doc["inputs"] as? [[String: Any]])?.first)
        #expect(input["sensitivity"] as? String == "personal")
        let findings = try #require(input["findings"] as? [[String: Any]])
        #expect(findings.map { $0["type"] as? String } == ["EMAIL_ADDRESS", "CREDIT_CARD"])
        let card = findings[1]
        #expect(card["category"] as? String == "pii")
        #expect(card["start"] as? Int == 32 && card["end"] as? Int == 51)
        #expect(card["line"] as? Int == 1 && card["column"] as? Int == 33)
        #expect((card["confidence"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        #expect(card["preview"] as? String == "41***************11")
        #expect(!r.stdout.contains("4111 1111") && !r.stdout.contains("jane.roe"))
        let shown = try tier(["classify", "--jsonl", "--show-values"], stdin: Self.text)
        #expect(shown.stdout.contains(#""value":"4111 1111 1111 1111""#) && !shown.stdout.contains("preview"))
    }

    @Test func typesMinConfidenceAndTask() throws {
        let cards = try tier(["classify", "--types", "credit_card"], stdin: Self.text)
        #expect(cards.stdout == "personal  <stdin>  CREDIT_CARD×1\n")
        let none = try tier(["classify", "--min-confidence", "0.99"], stdin: Self.text)
        #expect(none.stdout == "public    <stdin>\n")
        let task = try tier(["classify", "--task"], stdin: Self.text)
        #expect(task.stdout == "personal  <stdin>  EMAIL_ADDRESS×1 CREDIT_CARD×1  task=summarization\n")
        let typo = try tier(["classify", "--types", "EMAIL_ADDRES"], stdin: Self.text)
        #expect(typo.status == 2 && typo.stdout.isEmpty)
        #expect(typo.stderr.contains("unknown type 'EMAIL_ADDRES' for --types; did you mean 'EMAIL_ADDRESS'?"))
        for (args, message) in [(["--min-confidence", "2"], "--min-confidence needs a number from 0 to 1"),
                                (["--fail-on", "bogus"], "invalid value 'bogus' for --fail-on"),
                                (["--redact-style", "blur", "--redact"], "invalid value 'blur' for --redact-style")] {
            let bad = try tier(["classify"] + args, stdin: Self.text)
            #expect(bad.status == 2 && bad.stdout.isEmpty && bad.stderr.contains(message), "\(args): \(bad.stderr)")
            #expect(bad.stderr.split(separator: "\n").count == 1, "one line: \(bad.stderr)")
        }
    }

    @Test func typesNameTheConfigsOwnDetectors() throws {
        let cfg = writeConfig("""
            tiers:
              local: {provider: ollama, models: {general: m}}
            classify:
              detectors:
                - name: employee_id
                  regex: 'EMP-[0-9]{6}'

            """)
        let r = try tier(["classify", "-c", cfg, "--types", "EMPLOYEE_ID"], stdin: "badge EMP-123456, mail a@example.com\n")
        #expect(r.status == 0 && r.stdout == "personal  <stdin>  EMPLOYEE_ID×1\n", "\(r.stderr)")
    }

    @Test func maskRedactionKeepsLengths() throws {
        let r = try tier(["classify", "--redact", "--redact-style", "mask"], stdin: Self.text)
        #expect(r.stdout == "Mail ********************, card *******************\nSummarize this\n")
    }

    @Test func includeAndExcludeGlobsWhenWalking() throws {
        let dir = scratchDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/src/vendor", withIntermediateDirectories: true)
        write("mail a@example.com\n", to: dir + "/src/a.txt")
        write("mail b@example.com\n", to: dir + "/src/b.log")
        write("mail c@example.com\n", to: dir + "/src/vendor/c.txt")
        let r = try tier(["classify", "--include", "*.txt", "--exclude", "vendor", dir])
        #expect(r.status == 0)
        #expect(r.stdout == "personal  \(dir)/src/a.txt  EMAIL_ADDRESS×1\n", "\(r.stdout)")
    }

    /// Input a scanner must survive: invalid UTF-8, NUL bytes, CRLF, nothing at all, a named pipe.
    @Test func awkwardInputs() throws {
        let dir = scratchDirectory()
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00] + Array("mail a@example.com\r\n".utf8) + [0xC3, 0x28, 0x00] + Array("card 4111 1111 1111 1111\r\n".utf8)
        _ = FileManager.default.createFile(atPath: dir + "/odd.txt", contents: Data(bytes))
        // Standard input is scanned even with NUL bytes (only files are judged binary).
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tierBinary)
        p.arguments = ["classify", "--jsonl"]
        p.standardInput = FileHandle(forReadingAtPath: dir + "/odd.txt")
        let outPath = dir + "/out.jsonl"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let doc = try #require(jsonObject(try String(contentsOfFile: outPath, encoding: .utf8)))
        let findings = try #require(doc["findings"] as? [[String: Any]])
        #expect(findings.map { $0["type"] as? String } == ["EMAIL_ADDRESS", "CREDIT_CARD"])
        #expect(findings.map { $0["start"] as? Int } == [8, 31])
        #expect(findings.map { $0["line"] as? Int } == [1, 2])
        let empty = try tier(["classify"], stdin: "")
        #expect(empty.status == 0 && empty.stdout == "public    <stdin>\n")
        // A named pipe is read like a file.
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let h = FileHandle(forWritingAtPath: fifo)!
            h.write("ssn: 013477973 on file\n".data(using: .utf8)!)
            try? h.close()
        }
        writer.start()
        let piped = try tier(["classify", fifo])
        #expect(piped.status == 0 && piped.stdout == "personal  \(fifo)  US_SSN×1\n", "\(piped.stderr)")
    }
}
