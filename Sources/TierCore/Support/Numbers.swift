/// Doubles to integers without a trap: `Int(x)` traps on nan, infinity and anything past ±9.2e18,
/// and numbers from servers, files and flags can be any of those.
extension Int {
    /// `value` rounded toward zero, clamped to Int's range; nan is 0.
    public init(saturating value: Double) {
        if value.isNaN { self = 0 }
        else if value >= 9.2e18 { self = .max }
        else if value <= -9.2e18 { self = .min }
        else { self = Int(value) }
    }

    /// A count from outside (tokens in a usage field): nil unless finite, whole-valued or not, from 0 to `limit`.
    public init?(count value: Double, limit: Double = 1e15) {
        guard value.isFinite, value >= 0, value <= limit else { return nil }
        self = Int(value)
    }
}
