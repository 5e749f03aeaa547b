import Foundation
import FolioLayout
import Testing

/// Tick generation on hard ranges: nice steps (1, 2, 2.5, 5 × 10^k), domain rounded outward to a tick.
@Suite("Ticks")
struct TicksTests {
    @Test("decimals a step needs", arguments: [
        (0.0, 1.0, 5, 2),          // 0.25
        (0, 7, 4, 1),              // 2.5
        (0, 78, 5, 0),             // 20
        (0, 1_635, 8, 0),          // 250: whole numbers, no `1,250.0`
        (0, 16_350, 8, 0),         // 2,500
    ])
    func decimals(lo: Double, hi: Double, maxTicks: Int, expected: Int) {
        let scale = Ticks.linear(min: lo, max: hi, maxTicks: maxTicks)
        #expect(scale.decimals == expected, "step \(scale.step)")
    }

    @Test("linear ticks", arguments: [
        // min, max, maxTicks → ticks
        (0.0, 3.0, 5, [0.0, 1, 2, 3]),
        (0, 78, 5, [0, 20, 40, 60, 80]),
        (0, 13_260_819, 6, [0, 5_000_000, 10_000_000, 15_000_000]),
        (0, 334_093_020, 5, [0, 100_000_000, 200_000_000, 300_000_000, 400_000_000]),
        (0, 1, 3, [0, 0.5, 1]),
        (0.001, 0.003, 5, [0.001, 0.0015, 0.002, 0.0025, 0.003]),
        (-5, 12, 5, [-5, 0, 5, 10, 15]),
        (0, 0, 5, [0, 0.25, 0.5, 0.75, 1]),
        (7, 7, 4, [0, 2.5, 5, 7.5]),
        (-3, -3, 4, [-3, -2, -1, 0]),
        (0, 1e15, 3, [0, 5e14, 1e15]),
        (350, 415, 5, [340, 360, 380, 400, 420]),
    ])
    func linear(lo: Double, hi: Double, maxTicks: Int, expected: [Double]) {
        let scale = Ticks.linear(min: lo, max: hi, maxTicks: maxTicks)
        #expect(scale.ticks.count == expected.count)
        for (a, b) in zip(scale.ticks, expected) { #expect(abs(a - b) <= abs(b) * 1e-12 + 1e-15, "\(scale.ticks) ≠ \(expected)") }
        #expect(scale.ticks.count <= max(2, maxTicks))
        #expect(scale.lower <= min(lo, hi) && scale.upper >= max(lo, hi))
    }

    @Test("steps are 1, 2, 2.5 or 5 × 10^k", arguments: [(0.0, 17.0), (0, 999), (-1234, 56_789), (0.2, 0.7), (0, 2_741_025)])
    func niceSteps(lo: Double, hi: Double) {
        for maxTicks in 2...10 {
            let s = Ticks.linear(min: lo, max: hi, maxTicks: maxTicks)
            let mantissa = s.step / pow(10, floor(log10(s.step)))
            #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "step \(s.step)")
            // Integer × step: ticks are exactly evenly spaced.
            for (i, t) in s.ticks.enumerated() { #expect(abs(t - (s.ticks[0] + Double(i) * s.step)) <= abs(t) * 1e-12 + 1e-12) }
        }
    }

    @Test func logTicksSpanDecades() {
        // Under two decades: ends and ticks by 1-2-5, so the data fills the plot.
        let s = Ticks.log(min: 262_400, max: 13_260_819)
        #expect(s.ticks == [200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000])
        #expect(Ticks.log(min: 3, max: 40).ticks == [2, 5, 10, 20, 50])
        #expect(Ticks.log(min: 30, max: 400).ticks == [20, 50, 100, 200, 500])
        #expect(Ticks.log(min: 1, max: 1_000).ticks == [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000])
        // Over more than three decades: whole decades.
        #expect(Ticks.log(min: 3, max: 400_000).ticks == [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000])
    }
}
