#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TierCore

/// The design document's worked example, with every expected value worked out by hand here,
/// not by the code under test.
@Suite struct CostModelTests {
    static let sonnet = CloudModelShare(model: "claude-sonnet-4", share: 1, price: ModelPrice(input: 3, output: 15, cachedInput: 0.3), source: "test")
    static let rtx4090 = Hardware.preset("rtx-4090")!

    func worked(input: Double, output: Double, local: Double = 0.7) -> CostInputs {
        CostInputs(tasksPerMonth: 1_000_000, callsPerTask: 8, inputTokensPerCall: input, outputTokensPerCall: output,
                   localShare: local, cloudModels: [Self.sonnet], hardware: Self.rtx4090)
    }

    @Test func tokensPerMonth() {
        let e = CostModel.estimate(worked(input: 1500, output: 500))
        #expect(e.tokensPerMonth == 16_000_000_000)
        #expect(e.callsPerMonth == 8_000_000)
    }

    @Test func cloudOnlyAtThreeSplits() {
        // 16,000 M tokens × $3 = $48,000; × $15 = $240,000; 12,000 M × $3 + 4,000 M × $15 = $96,000.
        #expect(abs(CostModel.estimate(worked(input: 2000, output: 0)).cloudOnlyPerMonth - 48_000) < 1e-6)
        #expect(abs(CostModel.estimate(worked(input: 0, output: 2000)).cloudOnlyPerMonth - 240_000) < 1e-6)
        #expect(abs(CostModel.estimate(worked(input: 1500, output: 500)).cloudOnlyPerMonth - 96_000) < 1e-6)
    }

    @Test func capacityAtSeventyPercentLocal() {
        let e = CostModel.estimate(worked(input: 1500, output: 500))
        // 0.7 × 16e9 = 11.2e9 tokens over 30 × 86,400 s = 4,320.99 tokens/s: "about 4,300".
        #expect(abs(e.requiredTokensPerSecond - 11.2e9 / 2_592_000) < 1e-9)
        #expect(e.requiredTokensPerSecond > 4_300 && e.requiredTokensPerSecond < 4_330)
        // One RTX 4090 plans for 1,500 × 0.8 = 1,200 tokens/s: ceil(4,321 / 1,200) = 4 devices.
        #expect(e.devicesNeeded == 4)
        #expect(e.devices == 4 && e.canServe)
        // The hybrid's cloud part: 30% of $96,000.
        #expect(abs(e.cloudRemainderPerMonth - 28_800) < 1e-6)
    }

    @Test func depreciationOfOneDevice() {
        var i = worked(input: 1500, output: 500)
        i.devices = 1
        i.hardware.priceUSD = 2_000
        let e = CostModel.estimate(i)
        // $2,000 over 24 months.
        #expect(abs(e.amortizationPerMonth - 83.333_333) < 1e-3)
        // Electricity on top: the one device runs at its planned 1,200 of 1,500 tokens/s (load 0.8):
        // (100 + 450 × 0.8) W × 720 h = 331.2 kWh, × $0.15 = $49.68.
        #expect(abs(e.kWhPerMonth - 331.2) < 1e-9)
        #expect(abs(e.electricityPerMonth - 49.68) < 1e-9)
        #expect(!e.canServe)
        // It serves 1,200 of 4,321 tokens/s: 0.7 × 1200/4320.99 of calls stay local; the rest is billed.
        let served = 0.7 * 1200 / (11.2e9 / 2_592_000)
        #expect(abs(e.cloudRemainderPerMonth - 96_000 * (1 - served)) < 1e-6)
        #expect(abs(e.hybridPerMonth - (83.333_333_33 + 49.68 + 96_000 * (1 - served))) < 1e-3)
    }

    @Test func savingAndPayback() {
        let e = CostModel.estimate(worked(input: 1500, output: 500))
        // 4 devices: $8,000; $333.33/month. Load 4,320.99 / 6,000 = 0.72016.
        let load = (11.2e9 / 2_592_000) / 6_000
        let kWh = 4 * (100 + 450 * load) * 720 / 1000
        let hybrid = 8_000.0 / 24 + kWh * 0.15 + 28_800
        #expect(abs(e.hybridPerMonth - hybrid) < 1e-6)
        #expect(abs(e.savingPerMonth - (96_000 - hybrid)) < 1e-6)
        #expect(abs(e.savingPercent - (96_000 - hybrid) / 96_000 * 100) < 1e-9)
        #expect(abs(e.paybackMonths! - 8_000 / (96_000 - 28_800 - kWh * 0.15)) < 1e-9)
    }

    @Test func cacheAndBatchDiscounts() {
        var i = worked(input: 1500, output: 500)
        i.cacheHitRate = 0.5
        i.batchShare = 0.2
        i.batchDiscount = 0.5
        // Per call: (750 × 3 + 750 × 0.3 + 500 × 15) / 1M = 0.009975; × (1 − 0.1) = 0.0089775.
        let e = CostModel.estimate(i)
        #expect(abs(e.cloudCostPerCall - 0.0089775) < 1e-12)
        #expect(abs(e.cloudOnlyPerMonth - 8_000_000 * 0.0089775) < 1e-6)
    }

    @Test func modelMix() {
        var i = worked(input: 1500, output: 500)
        i.cloudModels = [CloudModelShare(model: "a", share: 0.8, price: ModelPrice(input: 3, output: 15, cachedInput: nil), source: ""),
                         CloudModelShare(model: "b", share: 0.2, price: ModelPrice(input: 15, output: 75, cachedInput: nil), source: "")]
        // 0.8 × $0.012 + 0.2 × (1500 × 15 + 500 × 75) / 1M = 0.0096 + 0.012 = 0.0216 per call.
        #expect(abs(CostModel.estimate(i).cloudCostPerCall - 0.0216) < 1e-12)
    }

    @Test func escalationsLoadTheDeviceButAreBilled() {
        var i = worked(input: 1500, output: 500, local: 0.6)
        i.escalationRate = 0.1
        let e = CostModel.estimate(i)
        #expect(abs(e.cloudRemainderPerMonth - 96_000 * 0.4) < 1e-6)
        #expect(abs(e.localTokensPerMonth - 16e9 * 0.7) < 1)
    }

    @Test func sensitivityRows() {
        let rows = CostModel.overLocalShare(worked(input: 1500, output: 500), shares: [0.5, 0.9])
        #expect(abs(rows[0].cloudRemainderPerMonth - 48_000) < 1e-6)
        #expect(abs(rows[1].cloudRemainderPerMonth - 9_600) < 1e-6)
        #expect(rows[1].devicesNeeded == Int((0.9 * 16e9 / 2_592_000 / 1_200).rounded(.up)))
        let split = CostModel.overInputShare(worked(input: 1500, output: 500), shares: [1, 0])
        #expect(abs(split[0].cloudOnlyPerMonth - 48_000) < 1e-6)
        #expect(abs(split[1].cloudOnlyPerMonth - 240_000) < 1e-6)
    }
}

@Suite struct PriceTests {
    @Test func liteLLMFormat() throws {
        let path = "/tmp/tier-prices-\(RequestLog.newID()).json"
        let json = """
            {"sample_spec": {"input_cost_per_token": "per token", "max_tokens": 1},
             "claude-sonnet-4-5": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05, "cache_read_input_token_cost": 3e-07},
             "anthropic/claude-x": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06},
             "dall-e-3": {"output_cost_per_image": 0.04}}
            """
        if let f = fopen(path, "w") { fputs(json, f); fclose(f) }
        defer { System.removeFile(path) }
        let t = try PriceTable.load(path: path)
        #expect(t.entries.count == 2)
        let p = try #require(t.lookup("claude-sonnet-4-5-20250929"))
        #expect(p.key == "claude-sonnet-4-5")
        #expect(abs(p.price.input - 3) < 1e-9 && abs(p.price.output - 15) < 1e-9 && abs(p.price.cachedInput! - 0.3) < 1e-9)
        #expect(t.lookup("claude-x")?.key == "anthropic/claude-x")
        #expect(t.lookup("gpt-unknown") == nil)
    }

    @Test func badPricesFileNamesThePlace() {
        let path = "/tmp/tier-prices-\(RequestLog.newID()).json"
        if let f = fopen(path, "w") { fputs("{\n  \"m\": {\"input_cost_per_token\": 1e-6,,}\n}", f); fclose(f) }
        defer { System.removeFile(path) }
        #expect(throws: TierError.self) { try PriceTable.load(path: path) }
        do { _ = try PriceTable.load(path: path) } catch {
            guard case .data(let ds) = error else { Issue.record("wrong error \(error)"); return }
            #expect(ds.first?.line == 2)
        }
    }

    @Test func configBeatsFileBeatsBuiltIn() throws {
        let c = try config("""
            tiers:
              local: {provider: ollama, endpoint: "http://127.0.0.1:11434", models: {general: m}}
            pricing:
              claude-sonnet-4-5: {input: 2, output: 10}
            """)
        let table = PriceTable(entries: ["claude-sonnet-4-5": ModelPrice(input: 9, output: 9, cachedInput: nil),
                                         "gpt-5": ModelPrice(input: 7, output: 7, cachedInput: nil)])
        #expect(Prices.lookup(model: "claude-sonnet-4-5", config: c, table: table)?.price.input == 2)
        #expect(Prices.lookup(model: "gpt-5-2025-08-07", config: c, table: table)?.price.input == 7)
        let builtIn = Prices.lookup(model: "gemini-2.5-flash-lite", config: c, table: nil)
        #expect(builtIn?.price.input == 0.1)
        #expect(builtIn?.source == .builtIn(prefix: "gemini-2.5-flash-lite"))
        #expect(Prices.lookup(model: "claude-opus-4-5-20251101", config: c, table: nil)?.price.input == 5)
        #expect(Prices.lookup(model: "claude-opus-4-20250514", config: c, table: nil)?.price.input == 15)
    }
}
