import Foundation
import Testing

@Suite(.serialized) struct BenchEndToEnd {
    func localConfig(_ endpoint: String, boundary: String = "device", extra: String = "") -> String {
        writeConfig("""
            tiers:
              local:
                provider: llama-server
                endpoint: \(endpoint)
                boundary: \(boundary)
                models: {general: fake-model}
            \(extra)
            """)
    }

    func dist(_ r: [String: Any], _ metric: String) -> [String: Double] {
        (r[metric] as? [String: Any] ?? [:]).compactMapValues { $0 as? Double }
    }

    /// A fake with a fixed schedule: role chunk at once, first content after 200 ms, then 9 chunks 50 ms apart.
    /// Tolerance: ±40 ms on TTFT and E2E, ±20 ms on ITL and TPOT (python's sleep and a shared 2-core machine).
    @Test func measuredTimesMatchAKnownSchedule() throws {
        let fake = try FakeProvider(protocol: "openai", extra: ["--ttft-ms", "200", "--gap-ms", "50", "--chunks", "10"])
        let r = try tier(["bench", "-c", localConfig(fake.endpoint), "--requests", "6", "--warmup", "1", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let res = try #require((jsonObject(r.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(res["completed"] as? Int == 6)
        #expect(res["output_tokens"] as? Int == 60)
        #expect(res["tokens_approximate"] as? Bool == false)
        let ttft = dist(res, "ttft"), itl = dist(res, "itl"), tpot = dist(res, "tpot"), e2e = dist(res, "e2e"), first = dist(res, "first_chunk")
        #expect(abs(ttft["p50"]! - 200) <= 40, "TTFT p50 \(ttft["p50"]!)")
        #expect(abs(itl["p50"]! - 50) <= 20, "ITL p50 \(itl["p50"]!)")
        #expect(abs(tpot["p50"]! - 50) <= 20, "TPOT p50 \(tpot["p50"]!)")
        #expect(abs(e2e["p50"]! - 650) <= 40, "E2E p50 \(e2e["p50"]!)")
        // The role-only chunk comes first and is reported apart from TTFT.
        #expect(first["p50"]! < ttft["p50"]! - 100)
    }

    @Test func failuresAreCountedNotFatal() throws {
        let fake = try FakeProvider(protocol: "openai", extra: ["--fail-every", "2"])
        let r = try tier(["bench", "-c", localConfig(fake.endpoint), "--requests", "20", "--warmup", "0", "--concurrency", "4", "--json"])
        #expect(r.status == 0)
        let res = try #require((jsonObject(r.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(res["requests"] as? Int == 20)
        #expect(res["completed"] as? Int == 10)
        #expect((res["errors"] as? [String: Any])?["http_5xx"] as? Int == 10)
    }

    @Test func aDownServerShowsAsConnectErrors() throws {
        let r = try tier(["bench", "-c", localConfig("http://127.0.0.1:9"), "--requests", "3", "--warmup", "0"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("(3 requests, 0 ok, 3 errors: connect×3;"))
    }

    @Test func anthropicStreamsAndPoissonArrivals() throws {
        let fake = try FakeProvider(protocol: "anthropic")
        let cfg = writeConfig("""
            tiers:
              cloud:
                provider: anthropic
                endpoint: \(fake.endpoint)
                boundary: organization
                api_key_env: FAKE_KEY
                models: {default: claude-fake}
            """)
        let r = try tier(["bench", "-c", cfg, "--rate", "25", "--requests", "40", "--warmup", "0", "--json", "--csv"], env: ["FAKE_KEY": "sk-ant-test-123"])
        #expect(r.status == 2)
        let j = try tier(["bench", "-c", cfg, "--rate", "25", "--requests", "40", "--warmup", "0", "--json"], env: ["FAKE_KEY": "sk-ant-test-123"])
        #expect(j.status == 0, "\(j.stderr)")
        let res = try #require((jsonObject(j.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(res["completed"] as? Int == 40)
        #expect(res["rate"] as? Double == 25)
        // 40 arrivals at 25/s take about 1.6 s: the achieved rate lands near 25.
        let rps = try #require(res["requests_per_second"] as? Double)
        #expect(rps > 12 && rps < 40, "req/s \(rps)")
        #expect(dist(res, "send_lag")["p50"] != nil)
        #expect(!j.stdout.contains("sk-ant-test-123") && !j.stderr.contains("sk-ant-test-123"))
        #expect(fake.requests.first?.contains("\"x-api-key\": \"sk-ant-test-123\"") == true || fake.requests.first?.contains("sk-ant-test-123") == true)
    }

    @Test func personalPromptsNeverReachAnExternalTier() throws {
        let fake = try FakeProvider(protocol: "openai")
        let dir = scratchDirectory()
        write("Summarize the note from jane.roe@example.com about the audit\nWhat is 2 + 2?\n", to: dir + "/prompts.txt")
        let cfg = localConfig(fake.endpoint, boundary: "external")
        let r = try tier(["bench", "-c", cfg, "--prompts", dir + "/prompts.txt", "--requests", "4", "--warmup", "0"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("1 prompt not sent: their data may not reach this tier"))
        #expect(!fake.requests.contains { $0.contains("jane.roe") })
        #expect(fake.requests.count == 4)
        write("Mail jane.roe@example.com\n", to: dir + "/only.txt")
        let refused = try tier(["bench", "-c", cfg, "--prompts", dir + "/only.txt", "--requests", "2", "--warmup", "0"])
        #expect(refused.status == 3)
        #expect(!fake.requests.contains { $0.contains("jane.roe") })
    }

    @Test func parityLogsWhatCalibrateReads() throws {
        let local = try FakeProvider(protocol: "openai", extra: ["--logprob", "-0.05", "--answer", "Paris"])
        let reference = try FakeProvider(protocol: "openai", extra: ["--answer", "Paris"])
        let cfg = writeConfig("""
            tiers:
              local: {provider: llama-server, endpoint: "\(local.endpoint)", models: {general: small}}
              big: {provider: vllm, endpoint: "\(reference.endpoint)", boundary: organization, models: {general: large}}
            """)
        let dir = scratchDirectory()
        let r = try tier(["bench", "-c", cfg, "--tier", "local", "--parity", "big", "--log", dir + "/parity.jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("local/small"))
        let lines = try #require(readText(dir + "/parity.jsonl")).split(separator: "\n")
        #expect(lines.count == 18)
        let first = try #require(jsonObject(String(lines[0])))
        let shadow = try #require(first["shadow"] as? [String: Any])
        #expect(shadow["agreement"] as? Double == 1)
        #expect(abs((shadow["local_confidence"] as? Double ?? 0) - exp(-0.05)) < 0.01)
        #expect(first["task_type"] as? String == "message_classification")
        let cal = try tier(["calibrate", "-c", cfg, dir + "/parity.jsonl"])
        #expect(cal.stderr.contains("calibration needs both outcomes"))
    }

    @Test func outputsAndBadInput() throws {
        let fake = try FakeProvider(protocol: "openai")
        let cfg = localConfig(fake.endpoint)
        let dir = scratchDirectory()
        let csv = try tier(["bench", "-c", cfg, "--requests", "3", "--warmup", "0", "--csv", "--svg", dir + "/ttft.svg", "--concurrency", "1,2"])
        #expect(csv.status == 0)
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("target,concurrency,rate,requests,completed,errors,requests_per_second"))
        #expect(rows[1].hasPrefix("local/fake-model,1,,3,3,0,"))
        let svg = try #require(readText(dir + "/ttft.svg"))
        #expect(svg.contains("time to first token (ms)") && svg.contains("local/fake-model (c=2)"))
        let text = try tier(["bench", "-c", cfg, "--requests", "3", "--warmup", "0"])
        #expect(text.stdout.contains("TTFT histogram, local/fake-model c=1"))
        #expect(text.stderr == "")  // no progress bar when stderr is not a terminal
        #expect(try tier(["bench", "-c", cfg, "--concurrency", "0"]).stderr.contains("--concurrency needs whole numbers from 1 to 10,000"))
        write("{\"prompt\": \"ok\"}\n{\"prompt\": \n", to: dir + "/bad.jsonl")
        let bad = try tier(["bench", "-c", cfg, "--prompts", dir + "/bad.jsonl"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix(dir + "/bad.jsonl:2:"))
        let unknown = try tier(["bench", "-c", cfg, "--tier", "locl"])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'local'?"))
    }

    @Test func theRealLocalModel() throws {
        let server = try LocalModelServer.shared.get()
        let cfg = localConfig(server.endpoint)
        let r = try tier(["bench", "-c", cfg, "--requests", "3", "--warmup", "1", "--max-tokens", "16", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let res = try #require((jsonObject(r.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(res["completed"] as? Int == 3)
        #expect((res["output_tokens"] as? Int ?? 0) > 3)
        #expect((dist(res, "ttft")["p50"] ?? 0) > 0)
        #expect((dist(res, "e2e")["p50"] ?? 0) >= (dist(res, "ttft")["p50"] ?? 0))
        // Synthetic prompts are sized to the server's own token count, and ignore_eos fixes the output length.
        let syn = try tier(["bench", "-c", cfg, "--requests", "2", "--warmup", "0", "--input-tokens", "48", "--output-tokens", "8", "--json"])
        #expect(syn.status == 0, "\(syn.stderr)")
        let sr = try #require((jsonObject(syn.stdout)?["results"] as? [[String: Any]])?.first)
        #expect(sr["output_tokens"] as? Int == 16)
        let input = try #require(sr["input_tokens"] as? Int)
        #expect(abs(input - 96) <= 4, "input tokens \(input) for 2 × 48")
        #expect(syn.stderr.contains("filler words make 48 prompt tokens"))
    }
}
