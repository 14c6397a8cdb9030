/// `tier report`'s figures, computed from a `ReportAccumulator` once every file is read. Pure values:
/// the text, JSON and HTML renderings read only this.
public struct Report: Sendable {
    /// Nearest-rank percentiles: the value at rank ceil(q × n) of the n sorted samples.
    public struct Percentiles: Sendable, Equatable {
        public var samples: Int
        public var p50: Double
        public var p95: Double
        public var p99: Double

        public static func of(_ values: [Double]) -> Percentiles? {
            guard !values.isEmpty else { return nil }
            var v = values
            let n = v.count
            func index(_ q: Double) -> Int { min(max(Int((q * Double(n)).rounded(.up)), 1), n) - 1 }
            let k99 = index(0.99), k95 = index(0.95), k50 = index(0.50)
            // Selection, not a sort: after select(k) everything before k is at most v[k], so each
            // lower rank is sought in the prefix the last one left.
            return v.withUnsafeMutableBufferPointer { b in
                select(b, k99, hi: n - 1)
                select(b, k95, hi: k99)
                select(b, k50, hi: k95)
                return Percentiles(samples: n, p50: b[k50], p95: b[k95], p99: b[k99])
            }
        }

        /// Quickselect (Hoare partition, median-of-three pivot) on b[0...hi]: b[k] becomes the k-th smallest.
        static func select(_ b: UnsafeMutableBufferPointer<Double>, _ k: Int, hi: Int) {
            var lo = 0, hi = hi
            while hi > lo {
                let mid = lo + (hi - lo) / 2
                if b[mid] < b[lo] { b.swapAt(mid, lo) }
                if b[hi] < b[lo] { b.swapAt(hi, lo) }
                if b[hi] < b[mid] { b.swapAt(hi, mid) }
                let pivot = b[mid]
                var i = lo, j = hi
                while i <= j {
                    while b[i] < pivot { i += 1 }
                    while b[j] > pivot { j -= 1 }
                    if i <= j { b.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { return }
            }
        }
    }

    /// Requests in one slice: the whole log, a period or a group.
    public struct Slice: Sendable, Equatable {
        public var label: String
        public var requests: Int
        public var answered: Int
        /// Answered requests by final tier, in tier order; tiers with none are left out.
        public var answeredBy: [Count]
        public var escalated: Int
        public var escalationFailed: Int
        public var fallback: Int
        public var breakerTrips: Int
        public var outcomes: [Count]
        public var costUSD: Double
        public var cloudOnlyUSD: Double
        public var cloudPriced: Int

        public var escalationRate: Double { requests == 0 ? 0 : Double(escalated) / Double(requests) }
        public var fallbackRate: Double { requests == 0 ? 0 : Double(fallback) / Double(requests) }
        public func share(_ tier: String) -> Double {
            answered == 0 ? 0 : Double(answeredBy.first { $0.name == tier }?.count ?? 0) / Double(answered)
        }
        public func outcome(_ name: String) -> Int { outcomes.first { $0.name == name }?.count ?? 0 }
    }

    public struct Count: Sendable, Equatable {
        public var name: String
        public var count: Int
    }

    public struct Tier: Sendable, Equatable {
        public var name: String
        public var device: Bool
        /// Requests this tier answered, and their share of all answered requests.
        public var answered: Int
        public var share: Double
        public var attempts: Int
        public var attemptsAnswered: Int
        public var escalated: Int
        public var failed: Int
        public var skipped: Int
        public var errors: [Count]
        public var inputTokens: Int
        public var outputTokens: Int
        public var costUSD: Double
        public var unpriced: Int
        public var ttft: Percentiles?
        public var total: Percentiles?
        public var breakerTrips: Int
    }

    public struct Sensitivity: Sendable, Equatable {
        public var name: String
        public var requests: Int
        public var refused: Int
        public var rejected: Int
        public var refusalRate: Double { requests == 0 ? 0 : Double(refused + rejected) / Double(requests) }
    }

    public struct Agreement: Sendable, Equatable {
        public var label: String
        public var samples: Int
        public var agreeing: Int
        public var rate: Double
        public var lower: Double
        public var upper: Double
        public var meanAgreement: Double
        public var meanConfidence: Double?
        /// The pooled rate of every earlier period, and whether this period's interval lies wholly below it.
        public var earlierRate: Double?
        public var drop: Bool
    }

    public struct Cost: Sendable, Equatable {
        public var actualUSD: Double
        /// What the answered requests would have cost on `model`, from each answer's own tokens.
        public var cloudOnlyUSD: Double
        public var cloudPriced: Int
        public var answered: Int
        public var model: String?
        public var priceSource: String?
        public var price: ModelPrice?
        /// Attempts with tokens but no logged cost and no known price.
        public var unpriced: Int
        public var savingUSD: Double { cloudOnlyUSD - actualUSD }
    }

    public var files: [ReportFileSummary]
    public var grouping: ReportGrouping
    public var since: String?
    public var confidenceLevel: Double
    public var agreementThreshold: Double
    public var requests: Int
    public var parity: Int
    public var malformed: Int
    public var earliest: String?
    public var latest: String?
    public var tierNames: [String]
    public var total: Slice
    public var periods: [Slice]
    /// The --by task or --by tier breakdown; empty for day and hour.
    public var groups: [Slice]
    public var tiers: [Tier]
    public var sensitivities: [Sensitivity]
    public var requestLatency: Percentiles?
    public var cost: Cost
    /// Least-squares slopes of the escalation and fallback rates over the periods, per period; nil under two periods.
    public var escalationTrend: Double?
    public var fallbackTrend: Double?
    public var shadow: [Agreement]
    public var parityAgreement: [Agreement]
}

extension ReportAccumulator {
    /// The report over everything read so far.
    public func finish() -> Report {
        let names = strings.names
        // Tier order: the config's, then the rest by name.
        var seen = Set<Int32>(tierIDs)
        for s in [total] + periodSlices + groupSlices { for (i, c) in s.answeredBy.enumerated() where c > 0 { seen.insert(Int32(i)) } }
        let configured = settings.tierOrder.filter { seen.contains(strings.lookup($0) ?? -1) }
        let rest = seen.map { names[Int($0)] }.filter { !settings.tierOrder.contains($0) }.sorted()
        let tierNames = configured + rest
        let tierID = tierNames.map { strings.lookup($0)! }

        func slice(_ s: Slice) -> Report.Slice {
            var by: [Report.Count] = []
            for (t, id) in zip(tierNames, tierID) {
                guard Int(id) < s.answeredBy.count, s.answeredBy[Int(id)] > 0 else { continue }
                by.append(Report.Count(name: t, count: s.answeredBy[Int(id)]))
            }
            var outcomes: [Report.Count] = []
            for (i, c) in s.outcomes.enumerated() where c > 0 { outcomes.append(Report.Count(name: names[i], count: c)) }
            outcomes.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            return Report.Slice(label: s.label, requests: s.requests, answered: s.answered, answeredBy: by, escalated: s.escalated,
                                escalationFailed: s.escalationFailed, fallback: s.fallback, breakerTrips: s.breakerTrips,
                                outcomes: outcomes, costUSD: s.costUSD, cloudOnlyUSD: s.cloudOnlyUSD, cloudPriced: s.cloudPriced)
        }
        let order = periodKeys.indices.sorted { periodKeys[$0] < periodKeys[$1] }
        let periods = order.map { slice(periodSlices[$0]) }
        let groups = groupSlices.map(slice).sorted { $0.requests != $1.requests ? $0.requests > $1.requests : $0.label < $1.label }

        var tiers: [Report.Tier] = []
        for (t, id) in zip(tierNames, tierID) {
            let tally = Int(id) < tierIndex.count && tierIndex[Int(id)] >= 0 ? tierTallies[tierIndex[Int(id)]] : TierTally()
            let answered = Int(id) < total.answeredBy.count ? total.answeredBy[Int(id)] : 0
            let errors = tally.errors.map { Report.Count(name: names[Int($0.key)], count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            tiers.append(Report.Tier(name: t, device: settings.deviceTiers.contains(t), answered: answered,
                                     share: total.answered == 0 ? 0 : Double(answered) / Double(total.answered),
                                     attempts: tally.attempts, attemptsAnswered: tally.answered, escalated: tally.escalated,
                                     failed: tally.failed, skipped: tally.skipped, errors: errors,
                                     inputTokens: tally.inputTokens, outputTokens: tally.outputTokens, costUSD: tally.costUSD,
                                     unpriced: tally.unpriced, ttft: .of(tally.ttft), total: .of(tally.total), breakerTrips: tally.breakerTrips))
        }
        let sens = sensitivities.enumerated().filter { $0.element.requests > 0 }
            .map { Report.Sensitivity(name: names[$0.offset], requests: $0.element.requests, refused: $0.element.refused, rejected: $0.element.rejected) }
            .sorted { Report.sensitivityRank($0.name) != Report.sensitivityRank($1.name) ? Report.sensitivityRank($0.name) < Report.sensitivityRank($1.name) : $0.name < $1.name }

        let z = Statistics.z(level: settings.confidenceLevel)
        func agreementRows(_ byPeriod: [Int: AgreementTally]) -> [Report.Agreement] {
            var rows: [Report.Agreement] = []
            var pooledN = 0, pooledAgree = 0
            for i in order {
                guard let t = byPeriod[i], t.samples > 0 else { continue }
                let lower = Statistics.wilsonLower(successes: t.agreeing, n: t.samples, z: z)
                let upper = 1 - Statistics.wilsonLower(successes: t.samples - t.agreeing, n: t.samples, z: z)
                let earlier = pooledN == 0 ? nil : Double(pooledAgree) / Double(pooledN)
                rows.append(Report.Agreement(label: t.label, samples: t.samples, agreeing: t.agreeing,
                                             rate: Double(t.agreeing) / Double(t.samples), lower: lower, upper: upper,
                                             meanAgreement: t.agreementSum / Double(t.samples),
                                             meanConfidence: t.confidenceSamples == 0 ? nil : t.confidenceSum / Double(t.confidenceSamples),
                                             earlierRate: earlier, drop: earlier.map { upper < $0 } ?? false))
                pooledN += t.samples
                pooledAgree += t.agreeing
            }
            return rows
        }
        func slope(_ ys: [Double]) -> Double? {
            guard ys.count >= 2 else { return nil }
            let n = Double(ys.count)
            let mx = (n - 1) / 2, my = ys.reduce(0, +) / n
            var num = 0.0, den = 0.0
            for (i, y) in ys.enumerated() { num += (Double(i) - mx) * (y - my); den += (Double(i) - mx) * (Double(i) - mx) }
            return num / den
        }
        let active = periods.filter { $0.requests > 0 }
        let unpriced = tiers.reduce(0) { $0 + $1.unpriced }
        var earliest: String? = nil, latest: String? = nil
        for f in files {
            if let e = f.earliest, earliest == nil || e < earliest! { earliest = e }
            if let l = f.latest, latest == nil || l > latest! { latest = l }
        }
        let totalSlice = slice(total)
        return Report(files: files, grouping: settings.grouping, since: settings.since, confidenceLevel: settings.confidenceLevel,
                      agreementThreshold: settings.agreementThreshold, requests: total.requests,
                      parity: files.reduce(0) { $0 + $1.parity }, malformed: malformedCount, earliest: earliest, latest: latest,
                      tierNames: tierNames, total: totalSlice, periods: periods, groups: groups, tiers: tiers, sensitivities: sens,
                      requestLatency: .of(requestTotals),
                      cost: Report.Cost(actualUSD: total.costUSD, cloudOnlyUSD: total.cloudOnlyUSD, cloudPriced: total.cloudPriced,
                                        answered: total.answered, model: settings.cloudModel, priceSource: settings.cloudPriceSource,
                                        price: settings.cloudPrice, unpriced: unpriced),
                      escalationTrend: slope(active.map(\.escalationRate)), fallbackTrend: slope(active.map(\.fallbackRate)),
                      shadow: agreementRows(agreement[0]), parityAgreement: agreementRows(agreement[1]))
    }
}

extension Interner {
    func lookup(_ s: String) -> Int32? { names.firstIndex(of: s).map { Int32($0) } }
}

extension Report {
    static func sensitivityRank(_ s: String) -> Int {
        ["public": 0, "internal": 1, "personal": 2, "secret": 3][s] ?? 4
    }

    /// A time range's words: "2026-11-01 to 2026-11-30".
    public var span: String {
        guard let e = earliest, let l = latest else { return "no records" }
        return "\(e) to \(l)"
    }
}
