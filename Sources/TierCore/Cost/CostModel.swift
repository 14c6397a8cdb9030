/// `cost-estimate`'s arithmetic: monthly cloud-only against hybrid cost, the saving, the payback
/// time, and whether the local hardware can carry the local share. Pure: the executable gathers
/// the inputs (flags, config, log) and prints the `CostEstimate` this returns.
///
/// A month is 30 days (2,592,000 s, 720 h) throughout, so "per day × 30" and "tokens/s" agree.
public enum CostModel {
    public static let daysPerMonth = 30.0
    public static let secondsPerMonth = daysPerMonth * 86_400
    public static let hoursPerMonth = daysPerMonth * 24
    /// More devices than this is no plan; `devicesNeeded` saturates here instead of overflowing Int.
    public static let maxDevices = 1_000_000_000
}

/// A local device: its price, power and the aggregate tokens/s it serves.
public struct Hardware: Sendable, Equatable {
    public var name: String
    public var priceUSD: Double
    /// The accelerator's draw at full load.
    public var watts: Double
    /// The rest of the machine around each device (CPU, board, fans, PSU loss), drawn all the time.
    public var hostWatts: Double
    /// Aggregate tokens/s (prompt and generated) one device serves an 8B-class model with batching.
    public var tokensPerSecond: Double
    public var note: String

    public init(name: String, priceUSD: Double, watts: Double, hostWatts: Double, tokensPerSecond: Double, note: String) {
        self.name = name
        self.priceUSD = priceUSD
        self.watts = watts
        self.hostWatts = hostWatts
        self.tokensPerSecond = tokensPerSecond
        self.note = note
    }

    /// Rough planning figures, each overridable by a flag; measure your own with `tier bench`.
    public static let presets: [Hardware] = [
        Hardware(name: "rtx-4060", priceUSD: 300, watts: 115, hostWatts: 60, tokensPerSecond: 400,
                 note: "8 GB; an 8B model at 4-bit, llama.cpp with parallel slots"),
        Hardware(name: "rtx-4090", priceUSD: 2_000, watts: 450, hostWatts: 100, tokensPerSecond: 1_500,
                 note: "24 GB; an 8B model, vLLM with continuous batching"),
        Hardware(name: "m4-mac-mini", priceUSD: 1_400, watts: 65, hostWatts: 0, tokensPerSecond: 250,
                 note: "M4 Pro, 48 GB unified memory; an 8B model at 4-bit, whole machine"),
        Hardware(name: "h100-server", priceUSD: 35_000, watts: 700, hostWatts: 400, tokensPerSecond: 12_000,
                 note: "one H100 80 GB in a server; an 8B model, vLLM with continuous batching"),
    ]

    public static func preset(_ name: String) -> Hardware? { presets.first { $0.name == name } }
}

/// One cloud model and the share of cloud calls it takes.
public struct CloudModelShare: Sendable, Equatable {
    public var model: String
    public var share: Double
    public var price: ModelPrice
    public var source: String

    public init(model: String, share: Double, price: ModelPrice, source: String) {
        self.model = model
        self.share = share
        self.price = price
        self.source = source
    }
}

public struct CostInputs: Sendable, Equatable {
    public var tasksPerMonth: Double
    public var callsPerTask: Double
    public var inputTokensPerCall: Double
    public var outputTokensPerCall: Double
    /// The fraction of calls answered on the device.
    public var localShare: Double
    /// The fraction of calls tried locally and then escalated: they load the device and are billed in the cloud.
    public var escalationRate: Double
    public var cloudModels: [CloudModelShare]
    /// The fraction of cloud input tokens read from the provider's prompt cache.
    public var cacheHitRate: Double
    /// The fraction of cloud calls sent through a batch API, and the discount it gives.
    public var batchShare: Double
    public var batchDiscount: Double
    public var hardware: Hardware
    /// A fixed number of devices; nil means as many as the capacity check asks for.
    public var devices: Int?
    public var amortizationMonths: Double
    public var electricityUSDPerKWh: Double
    /// The share of a device's rated tokens/s that can be planned for at peak.
    public var utilization: Double
    /// Peak load over average load.
    public var peakToAverage: Double

    public init(tasksPerMonth: Double, callsPerTask: Double, inputTokensPerCall: Double, outputTokensPerCall: Double,
                localShare: Double, escalationRate: Double = 0, cloudModels: [CloudModelShare], cacheHitRate: Double = 0,
                batchShare: Double = 0, batchDiscount: Double = 0.5, hardware: Hardware, devices: Int? = nil,
                amortizationMonths: Double = 24, electricityUSDPerKWh: Double = 0.15, utilization: Double = 0.8,
                peakToAverage: Double = 1) {
        self.tasksPerMonth = tasksPerMonth
        self.callsPerTask = callsPerTask
        self.inputTokensPerCall = inputTokensPerCall
        self.outputTokensPerCall = outputTokensPerCall
        self.localShare = localShare
        self.escalationRate = escalationRate
        self.cloudModels = cloudModels
        self.cacheHitRate = cacheHitRate
        self.batchShare = batchShare
        self.batchDiscount = batchDiscount
        self.hardware = hardware
        self.devices = devices
        self.amortizationMonths = amortizationMonths
        self.electricityUSDPerKWh = electricityUSDPerKWh
        self.utilization = utilization
        self.peakToAverage = peakToAverage
    }
}

public struct CostEstimate: Sendable, Equatable {
    public var inputs: CostInputs
    public var callsPerMonth: Double
    public var tokensPerMonth: Double
    public var inputTokensPerMonth: Double
    public var outputTokensPerMonth: Double
    /// USD for one call at the cloud mix (cache and batch applied).
    public var cloudCostPerCall: Double
    public var cloudOnlyPerMonth: Double
    /// The local share the devices can take: the planned share, less what too few devices cannot carry.
    public var servedLocalShare: Double
    /// Calls billed in the cloud under the hybrid plan: everything not answered locally.
    public var cloudCallShare: Double
    public var cloudRemainderPerMonth: Double
    /// Calls the device processes: answered locally plus tried locally and escalated.
    public var localLoadShare: Double
    public var localTokensPerMonth: Double
    public var requiredTokensPerSecond: Double
    public var peakTokensPerSecond: Double
    public var deviceCapacityTokensPerSecond: Double
    public var devicesNeeded: Int
    public var devices: Int
    public var canServe: Bool
    /// Average busy fraction of the devices.
    public var load: Double
    public var hardwareUSD: Double
    public var amortizationPerMonth: Double
    public var kWhPerMonth: Double
    public var electricityPerMonth: Double
    public var hybridPerMonth: Double
    public var savingPerMonth: Double
    public var savingPercent: Double
    /// Months until the hardware is paid by the saving before depreciation; nil when it never is.
    public var paybackMonths: Double?
}

extension CostModel {
    /// USD per call for one model: input split into cached and uncached, output, then the batch discount.
    public static func costPerCall(_ price: ModelPrice, input: Double, output: Double,
                                   cacheHitRate: Double, batchShare: Double, batchDiscount: Double) -> Double {
        let cached = input * cacheHitRate
        let uncached = input - cached
        let list = (uncached * price.input + cached * (price.cachedInput ?? price.input) + output * price.output) / 1_000_000
        return list * (1 - batchShare * batchDiscount)
    }

    public static func estimate(_ i: CostInputs) -> CostEstimate {
        let calls = i.tasksPerMonth * i.callsPerTask
        let inTokens = calls * i.inputTokensPerCall
        let outTokens = calls * i.outputTokensPerCall
        var perCall = 0.0
        for m in i.cloudModels {
            perCall += m.share * costPerCall(m.price, input: i.inputTokensPerCall, output: i.outputTokensPerCall,
                                             cacheHitRate: i.cacheHitRate, batchShare: i.batchShare, batchDiscount: i.batchDiscount)
        }
        let cloudOnly = calls * perCall
        let loadShare = min(1, i.localShare + i.escalationRate)
        let localTokens = calls * loadShare * (i.inputTokensPerCall + i.outputTokensPerCall)
        let required = localTokens / secondsPerMonth
        let peak = required * i.peakToAverage
        let perDevice = i.hardware.tokensPerSecond * i.utilization
        let neededExactly = (peak / perDevice).rounded(.up)
        let needed = localTokens <= 0 ? 0 : (neededExactly <= Double(maxDevices) ? Int(neededExactly) : maxDevices + 1)
        let devices = i.devices ?? needed
        let canServe = devices >= needed
        // Too few devices: the share they cannot take goes to the cloud and is billed there.
        let served = canServe ? 1 : Double(devices) * perDevice / peak
        let servedLocalShare = i.localShare * served
        let cloudShare = 1 - servedLocalShare
        let remainder = cloudOnly * cloudShare
        let load = devices == 0 ? 0 : min(1, required * served / (Double(devices) * i.hardware.tokensPerSecond))
        let hardwareUSD = Double(devices) * i.hardware.priceUSD
        let amortization = hardwareUSD / i.amortizationMonths
        let kWh = Double(devices) * (i.hardware.hostWatts + i.hardware.watts * load) * hoursPerMonth / 1000
        let electricity = kWh * i.electricityUSDPerKWh
        let hybrid = amortization + electricity + remainder
        let saving = cloudOnly - hybrid
        let operatingSaving = cloudOnly - remainder - electricity
        return CostEstimate(
            inputs: i, callsPerMonth: calls, tokensPerMonth: inTokens + outTokens,
            inputTokensPerMonth: inTokens, outputTokensPerMonth: outTokens, cloudCostPerCall: perCall,
            cloudOnlyPerMonth: cloudOnly, servedLocalShare: servedLocalShare, cloudCallShare: cloudShare, cloudRemainderPerMonth: remainder,
            localLoadShare: loadShare, localTokensPerMonth: localTokens, requiredTokensPerSecond: required,
            peakTokensPerSecond: peak, deviceCapacityTokensPerSecond: perDevice, devicesNeeded: needed,
            devices: devices, canServe: canServe, load: load, hardwareUSD: hardwareUSD,
            amortizationPerMonth: amortization, kWhPerMonth: kWh, electricityPerMonth: electricity,
            hybridPerMonth: hybrid, savingPerMonth: saving,
            savingPercent: cloudOnly > 0 ? saving / cloudOnly * 100 : 0,
            paybackMonths: hardwareUSD == 0 ? 0 : (operatingSaving > 0 ? hardwareUSD / operatingSaving : nil))
    }

    /// The plan re-estimated at other local shares (devices re-sized for each, unless fixed).
    public static func overLocalShare(_ i: CostInputs, shares: [Double]) -> [CostEstimate] {
        shares.map { s in var j = i; j.localShare = s; return estimate(j) }
    }

    /// The plan re-estimated at other input shares of the same tokens per call.
    public static func overInputShare(_ i: CostInputs, shares: [Double]) -> [CostEstimate] {
        let total = i.inputTokensPerCall + i.outputTokensPerCall
        return shares.map { s in
            var j = i
            j.inputTokensPerCall = total * s
            j.outputTokensPerCall = total * (1 - s)
            return estimate(j)
        }
    }
}
