import Foundation

/// A value axis: its domain (rounded outward to whole ticks) and the tick values.
package struct TickScale: Equatable, Sendable {
    package var lower: Double
    package var upper: Double
    package var ticks: [Double]
    /// Distance between ticks (linear scales).
    package var step: Double
    /// Digits after the decimal point the tick labels need.
    package var decimals: Int
}

/// Tick generation as pure functions: "nice" steps of 1, 2, 2.5 or 5 × 10^k, each tick computed as
/// integer × step so there is no floating-point drift, the domain rounded outward to a tick.
package enum Ticks {
    static let multipliers: [Double] = [1, 2, 2.5, 5, 10]

    /// At most `maxTicks` ticks (at least 2) covering `min...max`.
    package static func linear(min lo: Double, max hi: Double, maxTicks: Int) -> TickScale {
        var lo = lo.isFinite ? lo : 0, hi = hi.isFinite ? hi : 1
        if lo > hi { swap(&lo, &hi) }
        if lo == hi {
            if lo == 0 { hi = 1 } else if lo > 0 { lo = 0 } else { hi = 0 }
        }
        let intervals = Double(Swift.max(1, maxTicks - 1))
        let raw = (hi - lo) / intervals
        var exponent = floor(log10(raw))
        var chosen: (step: Double, first: Double, last: Double)? = nil
        while chosen == nil {
            let magnitude = pow(10, exponent)
            for m in multipliers {
                let step = m * magnitude
                let first = floor(lo / step + 1e-9), last = ceil(hi / step - 1e-9)
                if last - first <= intervals { chosen = (step, first, last); break }
            }
            exponent += 1
        }
        guard let (step, first, last) = chosen else { return TickScale(lower: lo, upper: hi, ticks: [lo, hi], step: hi - lo, decimals: 0) }
        let count = Int(last - first)
        let ticks = (0...Swift.max(1, count)).map { (first + Double($0)) * step }
        // Places the step needs: 0.25 → 2, 2.5 → 1, 25 and 250 → 0.
        let decimals = Swift.max(0, Int(-floor(log10(step) + 1e-9)) + (step / pow(10, floor(log10(step))) == 2.5 ? 1 : 0))
        return TickScale(lower: ticks.first ?? lo, upper: ticks.last ?? hi, ticks: ticks, step: step, decimals: Swift.min(decimals, 12))
    }

    /// A log axis covering the positive values `min...max`. Over more than three decades: whole decades.
    /// Over three or fewer, the ends and ticks go by 1, 2 and 5 × 10^k, so the data fills the plot instead
    /// of a band of it (30 to 400 gets 20…500, not 10…1,000).
    package static func log(min lo: Double, max hi: Double) -> TickScale {
        let lo = lo > 0 && lo.isFinite ? lo : 1, hi = Swift.max(hi.isFinite ? hi : 10, lo)
        let a = floor(log10(lo) + 1e-12), b = Swift.max(ceil(log10(hi) - 1e-12), a + 1)
        guard b - a <= 3 else {
            let ticks = stride(from: a, through: b, by: 1).map { pow(10, $0) }
            return TickScale(lower: pow(10, a), upper: pow(10, b), ticks: ticks, step: 10, decimals: Swift.max(0, Int(-a)))
        }
        var steps: [Double] = []
        var k = a
        while k <= b {
            for m in [1.0, 2, 5] { steps.append(m * pow(10, k)) }
            k += 1
        }
        let lower = steps.last { $0 <= lo * (1 + 1e-12) } ?? pow(10, a)
        let upper = steps.first { $0 >= hi * (1 - 1e-12) } ?? pow(10, b)
        let ticks = steps.filter { $0 >= lower && $0 <= upper }
        return TickScale(lower: lower, upper: upper, ticks: ticks, step: 10, decimals: Swift.max(0, Int(-floor(log10(lower) + 1e-12))))
    }
}
