#if canImport(Glibc)
import Glibc
#endif

public enum Statistics {
    /// The standard normal quantile (Acklam's rational approximation, refined by one Newton step;
    /// relative error below 1e-12).
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1)
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0]*q + c[1])*q + c[2])*q + c[3])*q + c[4])*q + c[5]) / ((((d[0]*q + d[1])*q + d[2])*q + d[3])*q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0]*r + a[1])*r + a[2])*r + a[3])*r + a[4])*r + a[5]) * q / (((((b[0]*r + b[1])*r + b[2])*r + b[3])*r + b[4])*r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0]*q + c[1])*q + c[2])*q + c[3])*q + c[4])*q + c[5]) / ((((d[0]*q + d[1])*q + d[2])*q + d[3])*q + 1)
        }
        let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        return x - u / (1 + x * u / 2)
    }

    /// z for a two-sided interval at `level` (0.95 -> 1.959964).
    public static func z(level: Double) -> Double { normalQuantile(1 - (1 - level) / 2) }

    /// The lower end of the Wilson score interval for `successes` of `n` at critical value `z`.
    public static func wilsonLower(successes: Int, n: Int, z: Double) -> Double {
        guard n > 0 else { return 0 }
        let nn = Double(n), p = Double(successes) / nn, z2 = z * z
        let centre = p + z2 / (2 * nn)
        let spread = z * (p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot()
        return max(0, (centre - spread) / (1 + z2 / nn))
    }

    /// The smallest n at which a rate of `p` would clear `target` by the Wilson lower bound; nil when
    /// no n can (p at or below the target).
    public static func recordsNeeded(p: Double, target: Double, z: Double) -> Int? {
        guard p > target else { return nil }
        var hi = 1
        while wilsonLower(successes: Int((p * Double(hi)).rounded(.down)), n: hi, z: z) < target {
            hi *= 2
            if hi > 1 << 40 { return nil }
        }
        var lo = hi / 2
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if wilsonLower(successes: Int((p * Double(mid)).rounded(.down)), n: mid, z: z) >= target { hi = mid } else { lo = mid }
        }
        return hi
    }

    /// The regularized incomplete beta function I_x(a, b) (continued fraction, Numerical Recipes' betacf).
    public static func incompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let lnFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x)
        if x < (a + 1) / (a + b + 2) { return exp(lnFront) * betaFraction(x, a, b) / a }
        return 1 - exp(lnFront) * betaFraction(1 - x, b, a) / b
    }

    static func betaFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        while m < 100_000 {
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d; h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < 1e-13 { break }
            m += 1
        }
        return h
    }

    /// P(X >= k) for X ~ Binomial(n, p): the exact one-sided p-value for "the rate is above p".
    public static func binomialUpperTail(successes k: Int, n: Int, p: Double) -> Double {
        if k <= 0 { return 1 }
        if k > n { return 0 }
        return incompleteBeta(p, Double(k), Double(n - k + 1))
    }

    /// P(X >= k) for X ~ Hypergeometric(population N, successes K, draws n): the exact p-value of a
    /// permutation test. Summed term by term from the log of the first term (the ratio of neighbouring
    /// terms is rational), from whichever side of the mean is the tail, so it stays exact in the far tail.
    public static func hypergeometricUpperTail(atLeast k: Int, population N: Int, successes K: Int, draws n: Int) -> Double {
        guard N > 0, K >= 0, K <= N, n >= 0, n <= N else { return .nan }
        let lo = max(0, n - (N - K)), hi = min(n, K)
        if k <= lo { return 1 }
        if k > hi { return 0 }
        let dN = Double(N), dK = Double(K), dn = Double(n)
        func logChoose(_ a: Double, _ b: Double) -> Double { lgamma(a + 1) - lgamma(b + 1) - lgamma(a - b + 1) }
        func logPMF(_ x: Int) -> Double {
            let dx = Double(x)
            return logChoose(dK, dx) + logChoose(dN - dK, dn - dx) - logChoose(dN, dn)
        }
        if Double(k) > dn * dK / dN {
            var x = k, t = exp(logPMF(k)), sum = t
            while x < hi {
                let dx = Double(x)
                t *= (dK - dx) * (dn - dx) / ((dx + 1) * (dN - dK - dn + dx + 1))
                x += 1
                sum += t
                if t < sum * 1e-17 { break }
            }
            return min(1, sum)
        }
        var x = k - 1, t = exp(logPMF(k - 1)), below = t
        while x > lo {
            let dx = Double(x)
            t *= dx * (dN - dK - dn + dx) / ((dK - dx + 1) * (dn - dx + 1))
            x -= 1
            below += t
            if t < below * 1e-17 { break }
        }
        return max(0, 1 - below)
    }

    /// The exact (Clopper-Pearson) one-sided lower confidence bound for a rate: the p at which
    /// P(X >= successes) = alpha. With probability at least 1 - alpha it is at or below the true rate.
    public static func clopperPearsonLower(successes k: Int, n: Int, alpha: Double) -> Double {
        guard n > 0, k > 0 else { return 0 }
        if k == n { return pow(alpha, 1 / Double(n)) }
        var lo = 0.0, hi = Double(k) / Double(n)
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if binomialUpperTail(successes: k, n: n, p: mid) > alpha { hi = mid } else { lo = mid }
        }
        return lo
    }

    /// The smallest n at which a rate of `p` would clear `target` by the exact lower bound at `alpha`;
    /// nil when no n can (p at or below the target).
    /// With `futureKept`, the test is the batch test against that many future requests kept.
    public static func recordsNeededExact(p: Double, target: Double, alpha: Double, futureKept: ((Int) -> Int)? = nil) -> Int? {
        guard p > target else { return nil }
        func clears(_ m: Int) -> Bool {
            let k = Int((p * Double(m)).rounded(.down))
            if let f = futureKept { return Calibration.batchTail(kept: m, agreeing: k, futureKept: f(m), target: target) <= alpha }
            return binomialUpperTail(successes: k, n: m, p: target) <= alpha
        }
        var hi = 1
        while !clears(hi) { hi *= 2; if hi > 1 << 40 { return nil } }
        var lo = hi / 2
        while lo + 1 < hi { let mid = (lo + hi) / 2; if clears(mid) { hi = mid } else { lo = mid } }
        return hi
    }
}
