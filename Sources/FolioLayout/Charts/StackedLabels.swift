import Foundation
import FolioModel

/// Labels of stacked bars: each segment's figure inside it where it fits, and the stack's total beyond
/// its end. The total is the exact sum of the segments' source figures (never a float, never rounded);
/// a stack with a missing segment has no total, since missing is not zero.
extension ChartLayouter {
    /// The exact sum of category `c`'s figures across `series`; nil when one is missing or they differ in unit.
    func stackTotal(_ series: [ChartSeries], _ c: Int) -> Quantity? {
        var figures: [Quantity] = []
        for s in series {
            guard let q = s.figures[safe: c] ?? nil else { return nil }
            figures.append(q)
        }
        guard let first = figures.first, figures.allSatisfy({ $0.sameUnit(as: first) }) else { return nil }
        let sum = figures.dropFirst().reduce(first.exact) { $0 + $1.exact }
        var total = Quantity(exact: sum, unit: first.unit, currency: first.currency)
        // Written with as many decimals as the most precise segment (`12.5` + `3` is `15.5`).
        total.decimals = figures.map(\.decimals).max() ?? total.decimals
        return total
    }

    /// The total's label, in the value labels' format.
    func stackTotalLabel(_ chart: Chart, _ series: [ChartSeries], _ c: Int) -> String? {
        stackTotal(series, c).map { valueLabelFormat(chart).format($0) }
    }

    /// A segment's figure centred inside `rect` when it fits with room to spare, in a colour that reads on `fill`.
    func segmentLabel(_ chart: Chart, _ s: ChartSeries, _ c: Int, in rect: Rect, on fill: Color) -> [FrameItem] {
        guard (s.figures[safe: c] ?? nil) != nil else { return [] }
        var style = type.value
        style.color = Self.readable(on: fill, dark: theme.colors.text)
        let text = context.shape(valueLabel(chart, s, c), style: style, width: nil)
        guard text.width <= rect.width - 4, style.lineHeight <= rect.height - 2 else { return [] }
        return LayoutContext.lineItems(text, line: 0, style: style, x: rect.x, top: rect.y + (rect.height - style.lineHeight) / 2,
                                 width: rect.width, alignment: .center)
    }

    /// White on dark fills, the text colour on light ones (by relative luminance, WCAG's formula).
    static func readable(on fill: Color, dark: Color) -> Color {
        func channel(_ v: Double) -> Double { v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * channel(fill.red) + 0.7152 * channel(fill.green) + 0.0722 * channel(fill.blue)
        // The luminance where white and near-black text have equal contrast.
        return luminance < 0.18 ? .white : dark
    }
}
