import Foundation
import Testing

@Suite struct CostEstimateEndToEnd {
    let worked = ["cost-estimate", "-c", hybrid, "--tasks-per-month", "1M", "--calls-per-task", "8",
                  "--tokens-per-call", "2000", "--local-share", "70%", "--cloud-model", "claude-sonnet-4"]

    @Test func workedExampleAsJSON() throws {
        let r = try tier(worked + ["--json"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let doc = try #require(jsonObject(r.stdout))
        let plan = try #require(doc["plan"] as? [String: Any])
        #expect(plan["tokens_per_month"] as? Double == 16_000_000_000)
        #expect(plan["cloud_only_usd"] as? Double == 96_000)
        #expect(plan["cloud_remainder_usd"] as? Double == 28_800)
        let tps = try #require(plan["required_tokens_per_second"] as? Double)
        #expect(abs(tps - 4321.0) < 0.1)
        #expect(plan["devices_needed"] as? Int == 4)
        #expect((doc["by_local_share"] as? [Any])?.count == 5)
        #expect((doc["by_input_share"] as? [Any])?.count == 4)
    }

    @Test func textSaysHowManyDevices() throws {
        let r = try tier(worked)
        #expect(r.status == 0)
        #expect(r.stdout.contains("the device must sustain 4,321 tokens/s; one rtx-4090 delivers 1,500 tokens/s, 1,200 at 80% utilization: 4 devices needed"))
        #expect(r.stdout.contains("cloud API                 $96,000  $28,800"))
    }

    @Test func tooFewDevicesWarnsAndBillsTheOverflow() throws {
        let r = try tier(worked + ["--devices", "1", "--json"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: the plan cannot be served: 1 rtx-4090 device delivers 1,200 tokens/s"))
        let plan = try #require(jsonObject(r.stdout)?["plan"] as? [String: Any])
        #expect(plan["can_serve"] as? Bool == false)
        #expect(plan["amortization_usd"] as? Double == 83.33)
        #expect((plan["cloud_remainder_usd"] as? Double ?? 0) > 28_800)
    }

    @Test func explainShowsTheArithmetic() throws {
        let r = try tier(worked + ["--explain"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("cloud-only                 = calls × cost per call = $96,000.00"))
        #expect(r.stdout.contains("sustained tokens/s         = local tokens / 2,592,000 s = 4,321.0"))
        #expect(r.stdout.contains("built-in table"))
    }

    @Test func csvHasAHeaderAndOneRowPerScenario() throws {
        let r = try tier(worked + ["--csv"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 1 + 5 + 4)
        #expect(lines[0].hasPrefix("scenario,local_share,input_share,"))
        #expect(lines[1].hasPrefix("plan,0.7,0.75,8000000,16000000000,96000,28800,"))
    }

    @Test func localShareFromTheLog() throws {
        let dir = scratchDirectory()
        func record(_ final: String, escalated: Bool) -> String {
            var attempts = ""
            if escalated { attempts += #"{"tier":"local","outcome":"escalated","input_tokens":100,"output_tokens":10},"# }
            attempts += #"{"tier":"\#(final)","outcome":"answered","input_tokens":300,"output_tokens":100}"#
            return #"{"outcome":"answered","final_tier":"\#(final)","escalated":\#(escalated),"attempts":[\#(attempts)]}"#
        }
        // 6 local, 3 escalated to the cloud, 1 straight to the cloud, a malformed line, a refusal.
        var lines = Array(repeating: record("local", escalated: false), count: 6)
        lines += Array(repeating: record("cloud", escalated: true), count: 3)
        lines += [record("cloud", escalated: false), "{not json", #"{"outcome":"refused","final_tier":null,"attempts":[]}"#]
        write(lines.joined(separator: "\n") + "\n", to: dir + "/log.jsonl")
        let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-day", "1000", "--from-log", "--log", dir + "/log.jsonl", "--json"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("skipped 1 malformed line (first at line 11)"))
        let doc = try #require(jsonObject(r.stdout))
        let plan = try #require(doc["plan"] as? [String: Any])
        #expect(plan["local_share"] as? Double == 0.6)
        #expect(plan["input_tokens_per_call"] as? Double == 300)
        #expect(plan["output_tokens_per_call"] as? Double == 100)
        #expect((doc["inputs"] as? [String: Any])?["escalation_rate"] as? Double == 0.3)
        #expect((doc["inputs"] as? [String: Any])?["tasks_per_month"] as? Double == 30_000)
    }

    @Test func localShareFromCalibrate() throws {
        let dir = scratchDirectory()
        // 400 labelled records: confidence 0.9 always agrees, 0.2 never does; half of each (200 perfect
        // records show 0.95 for a batch of 400 more; 100 would not).
        var log = ""
        for i in 0..<400 {
            let c = i % 2 == 0 ? 0.9 : 0.2
            log += #"{"shadow":{"agreement":\#(i % 2 == 0 ? 1 : 0),"local_confidence":\#(c)}}"# + "\n"
        }
        write(log, to: dir + "/log.jsonl")
        let cal = try tier(["calibrate", "-c", hybrid, dir + "/log.jsonl", "--json"])
        #expect(cal.status == 0)
        write(cal.stdout, to: dir + "/cal.json")
        let r = try tier(worked.dropLast(4) + ["--cloud-model", "claude-sonnet-4", "--from-calibrate", dir + "/cal.json", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try #require(jsonObject(r.stdout)?["plan"] as? [String: Any])
        #expect(plan["local_share"] as? Double == 0.5)
        write("{}", to: dir + "/empty.json")
        let bad = try tier(worked.dropLast(4) + ["--cloud-model", "claude-sonnet-4", "--from-calibrate", dir + "/empty.json"])
        #expect(bad.status == 1 && bad.stderr.contains("empty.json:1:1: error: not a 'tier calibrate --json' result"))
    }

    @Test func pricesFromALiteLLMFile() throws {
        let dir = scratchDirectory()
        write(#"{"my-model": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}}"#, to: dir + "/p.json")
        let r = try tier(["cost-estimate", "-c", hybrid, "--tasks-per-month", "1000", "--tokens-per-call", "1000", "--input-share", "0.5",
                          "--local-share", "0", "--cloud-model", "my-model", "--prices", dir + "/p.json", "--json"])
        #expect(r.status == 0)
        // 1,000 calls × (500 × $1 + 500 × $2) / 1M = $1.50.
        #expect((jsonObject(r.stdout)?["plan"] as? [String: Any])?["cloud_only_usd"] as? Double == 1.5)
    }

    @Test func badInputIsAOneLineErrorNamingTheOption() throws {
        let missing = try tier(["cost-estimate", "-c", hybrid, "--local-share", "0.7", "--tokens-per-call", "10"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "tier cost-estimate: error: needs the volume: --tasks-per-month N or --tasks-per-day N\n")
        let share = try tier(worked.dropLast(4) + ["--local-share", "1.7"])
        #expect(share.status == 2)
        #expect(share.stderr.contains("--local-share needs a share from 0 to 1"))
        let model = try tier(worked.dropLast(2) + ["--cloud-model", "claude-sonet-4"])
        #expect(model.status == 2)
        #expect(model.stderr.contains("no price for 'claude-sonet-4'; did you mean 'claude-sonnet-4'?"))
        let dir = scratchDirectory()
        write("{\n  \"m\": 1,,\n}", to: dir + "/bad.json")
        let prices = try tier(worked + ["--prices", dir + "/bad.json"])
        #expect(prices.status == 1)
        #expect(prices.stderr.hasPrefix(dir + "/bad.json:2:"))
        #expect(prices.stdout == "")
    }
}
