import Foundation
import FolioModel

extension ChartLayouter {
    /// Where a vertical chart's bars go: the plot, each category's band, the value axis, and the bars'
    /// widths (a category's series side by side in the middle of its band, or one on another when stacked).
    struct BarColumns {
        var plot: Rect
        var band: Points
        var axis: ValueAxis
        var stacked: Bool
        var groupWidth: Points
        var barWidth: Points

        /// The left edge of category `c`'s group of bars.
        func groupLeft(_ c: Int) -> Points { plot.x + Points(c) * band + (band - groupWidth) / 2 }
    }

    func verticalBars(_ chart: Chart, series: [ChartSeries], plot: Rect, band: Points, axis: ValueAxis, dropped: inout Bool) -> [FrameItem] {
        var items: [FrameItem] = []
        let stacked = chart.grouping == .stacked && series.count > 1
        let groupWidth = band * (stacked ? 0.55 : Self.barGroupShare)
        let columns = BarColumns(plot: plot, band: band, axis: axis, stacked: stacked, groupWidth: groupWidth,
                                 barWidth: stacked ? groupWidth : groupWidth / Points(max(1, series.count)))
        let labelled = chart.valueLabels && !stacked ? barValueLabels(chart, series: series, columns, dropped: &dropped) : nil
        var stackLabels: [FrameItem] = []
        for c in chart.categories.indices {
            items += barColumn(c, of: chart, series: series, columns, stackLabels: &stackLabels)
        }
        return items + (labelled ?? []) + stackLabels
    }

    /// Value labels print as the source does (as the tables do), or in the spec's `value-format`, when
    /// every one fits; otherwise (nil, `dropped` set) the axis alone carries the values. A rounded figure
    /// ($3.9M for $3,919,500) is never printed as a bar's value. Small multiples choose their grid so they fit.
    private func barValueLabels(_ chart: Chart, series: [ChartSeries], _ columns: BarColumns, dropped: inout Bool) -> [FrameItem]? {
        let (axis, barWidth) = (columns.axis, columns.barWidth)
        let base = axis.baseline
        let room = Self.valueLabelRoom(band: columns.band, seriesCount: series.count)
        var attempt: [FrameItem] = []
        var fits = true
        for c in chart.categories.indices {
            for (i, s) in series.enumerated() {
                guard let v = s.values[safe: c] ?? nil else { continue }
                let x = columns.groupLeft(c) + Points(i) * barWidth
                let text = context.shape(valueLabel(chart, s, c), style: type.value, width: nil)
                if text.width > room { fits = false }
                let top = axis.position(v)
                let y = v >= 0 ? min(top, base) - type.value.lineHeight - 1 : max(top, base) + 1
                attempt += LayoutContext.lineItems(text, line: 0, style: type.value, x: x - 20, top: y, width: barWidth + 40, alignment: .center)
            }
        }
        if fits { return attempt }
        dropped = true
        return nil
    }

    /// Category `c`'s bars, a series each (a dash at the baseline where it has no value); the labels of a
    /// stack's segments and its total go to `stackLabels`, drawn over every bar.
    private func barColumn(_ c: Int, of chart: Chart, series: [ChartSeries], _ columns: BarColumns,
                           stackLabels: inout [FrameItem]) -> [FrameItem] {
        var items: [FrameItem] = []
        let (axis, stacked, barWidth) = (columns.axis, columns.stacked, columns.barWidth)
        let base = axis.baseline
        var positive = 0.0, negative = 0.0
        for (i, s) in series.enumerated() {
            let x = columns.groupLeft(c) + (stacked ? 0 : Points(i) * barWidth)
            let fill = color(i, of: series.count)
            guard let v = s.values[safe: c] ?? nil else {
                // No value: a dash at the baseline, so it never reads as a zero.
                let dash = context.shape(chart.format.missing, style: type.label, width: nil)
                items += LayoutContext.lineItems(dash, line: 0, style: type.label, x: x, top: base - type.label.lineHeight - 1,
                                           width: barWidth, alignment: .center)
                continue
            }
            var from = base, to = axis.position(v)
            if stacked {
                let start = v >= 0 ? positive : negative
                from = axis.position(start)
                to = axis.position(start + v)
                if v >= 0 { positive += v } else { negative += v }
            }
            let top = min(from, to), height = abs(to - from)
            let inset = !stacked && series.count > 1 ? 0.75 : 0
            // A zero is a hairline bar, so it differs from a missing value.
            let rect = height < 0.75 ? Rect(x: x + inset, y: base - 0.75, width: barWidth - 2 * inset, height: 1.5)
                                     : Rect(x: x + inset, y: top, width: barWidth - 2 * inset, height: height)
            items.append(.fill(rect, fill))
            if stacked && chart.valueLabels { stackLabels += segmentLabel(chart, s, c, in: rect, on: fill) }
        }
        if stacked && chart.valueLabels, let total = stackTotalLabel(chart, series, c) {
            stackLabels += stackTotal(total, c, columns, positive: positive, negative: negative)
        }
        return items
    }

    /// A stack's total beyond its end: above the positive part, below a stack that is all negative; left
    /// out where it is wider than the band.
    private func stackTotal(_ total: String, _ c: Int, _ columns: BarColumns, positive: Double, negative: Double) -> [FrameItem] {
        let (axis, band) = (columns.axis, columns.band)
        let text = context.shape(total, style: type.value, width: nil)
        let x = columns.groupLeft(c)
        let y = positive > 0 || negative == 0 ? axis.position(positive) - type.value.lineHeight - 1 : axis.position(negative) + 1
        guard text.width <= band * 0.95 else { return [] }
        return LayoutContext.lineItems(text, line: 0, style: type.value, x: x - (band - columns.groupWidth) / 2, top: y,
                                 width: band, alignment: .center)
    }

    /// The share of a category's band its bars take together (grouped bars split it).
    static let barGroupShare: Points = 0.72

    /// How wide a bar's value label may be: its bar and a quarter of the band, so neighbours keep a gap.
    static func valueLabelRoom(band: Points, seriesCount: Int) -> Points {
        band * (barGroupShare / Points(max(1, seriesCount)) + 0.25)
    }
}
