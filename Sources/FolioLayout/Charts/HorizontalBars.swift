import Foundation
import FolioModel

extension ChartLayouter {
    /// Categories down the side (long names wrap), values along the bottom, value labels at the bar ends.
    func horizontalBars(_ chart: Chart, series: [ChartSeries], in rect: Rect) -> [FrameItem] {
        var area = rect
        var items = horizontalHeadings(chart, series: series, area: &area)
        guard let (lo, hi) = extent(chart, series) else { return items }
        let label = type.label
        let n = max(1, chart.categories.count)
        // As many lines as a bar's band holds (the band is at least this tall).
        let roughBand = max(label.lineHeight, (area.height - 2 * label.lineHeight - 8) / Points(n))
        let categoryTexts = chart.categories.map {
            categoryLabel($0, style: label, width: area.width * 0.3, maxLines: max(1, Int(roughBand / label.lineHeight)))
        }
        let usedLabelWidth = categoryTexts.map(\.width).max() ?? 0
        let plot = horizontalPlot(chart, series: series, area: area, labelWidth: usedLabelWidth, lowest: lo)
        let (scale, tickTexts) = horizontalScale(chart, lowest: lo, highest: hi, unit: unit(series), width: plot.width)
        let axis = ValueAxis(scale: scale, log: chart.scale == .log, origin: plot.x, length: plot.width, direction: 1)
        items += horizontalGrid(scale, tickTexts: tickTexts, axis: axis, plot: plot, area: area)
        let rows = BarRows(plot: plot, band: plot.height / Points(n), axis: axis, stacked: chart.grouping == .stacked && series.count > 1,
                           seriesCount: series.count)
        items += horizontalBackdrops(chart, plot: plot, band: rows.band, axis: axis)
        let marksStart = items.count
        for c in chart.categories.indices {
            items += LayoutContext.stackedLines(categoryTexts[c], style: label, x: area.x,
                                          top: rows.top(c) + (rows.band - Points(categoryTexts[c].lines.count) * label.lineHeight) / 2,
                                          width: usedLabelWidth, alignment: .right).items
            items += horizontalBarRow(c, of: chart, series: series, rows: rows)
        }
        if rows.stacked && chart.valueLabels { items += horizontalStackTotals(chart, series: series, rows: rows) }
        items += horizontalOverlays(chart, plot: plot, axis: axis)
        var placer = LabelPlacer(bounds: Rect(x: plot.x, y: area.y, width: area.maxX - plot.x, height: plot.maxY - area.y), margin: type.label.size * 0.4)
        placer.avoid(Array(items[marksStart...]))
        items += horizontalFreeTexts(chart, plot: plot, band: rows.band, axis: axis, top: area.y, placer: &placer)
        return items
    }

    /// Where a horizontal chart's bars go: a band per category down the plot, the bars of a category's
    /// series side by side in the middle 72% of it (one on another when stacked).
    struct BarRows {
        var plot: Rect
        var band: Points
        var axis: ValueAxis
        var stacked: Bool
        var seriesCount: Int

        var groupHeight: Points { band * 0.72 }
        var barHeight: Points { stacked ? groupHeight : groupHeight / Points(max(1, seriesCount)) }
        /// The top of category `c`'s band.
        func top(_ c: Int) -> Points { plot.y + Points(c) * band }
    }

    /// The legend (several series) above the plot and the value axis's title below it, taken out of `area`.
    private func horizontalHeadings(_ chart: Chart, series: [ChartSeries], area: inout Rect) -> [FrameItem] {
        var items: [FrameItem] = []
        if series.count > 1 {
            let (legendItems, h) = legend(series, kind: .bar, x: area.x, y: area.y, width: area.width)
            items += legendItems
            area.y += h + type.label.lineHeight * 0.6
            area.height -= h + type.label.lineHeight * 0.6
        }
        if let title = chart.valueTitle {
            let shaped = context.shape(title, style: type.axisTitle, width: area.width)
            let h = Points(shaped.lines.count) * type.axisTitle.lineHeight
            items += LayoutContext.stackedLines(shaped, style: type.axisTitle, x: area.x, top: area.maxY - h, width: area.width, alignment: .right).items
            area.height -= h + 3
        }
        return items
    }

    /// The bars' rectangle in `area`: right of the category labels (`labelWidth`) and of the room labels of
    /// negative values need, left of the room for value labels at the bar ends, under a strip for reference
    /// labels and over the tick labels.
    private func horizontalPlot(_ chart: Chart, series: [ChartSeries], area: Rect, labelWidth: Points, lowest lo: Double) -> Rect {
        let stacked = chart.grouping == .stacked && series.count > 1
        // Room at the right for value labels at the bar ends.
        var endRoom: Points = 6
        if chart.valueLabels && stacked {
            endRoom = chart.categories.indices.compactMap { stackTotalLabel(chart, series, $0) }
                .map { context.shape($0, style: type.value, width: nil).width }.max().map { $0 + 6 } ?? 6
        } else if chart.valueLabels {
            endRoom = series.flatMap { s in s.figures.indices.filter { s.figures[$0] != nil }.map { context.shape(valueLabel(chart, s, $0), style: type.value, width: nil).width } }.max() ?? 0
            endRoom += 6
        }
        // Room at the left of the bars for labels of negative values.
        var startRoom: Points = 0
        if chart.valueLabels && !stacked && lo < 0 {
            startRoom = series.flatMap { s in s.figures.indices.filter { (s.values[$0] ?? 0) < 0 }.map { context.shape(valueLabel(chart, s, $0), style: type.value, width: nil).width } }.max() ?? 0
            startRoom += 6
        }
        // A strip above the bars for reference labels.
        let referenceRoom = chart.references.contains { $0.label != nil } ? type.axisTitle.lineHeight + 3 : 0
        var plot = Rect(x: area.x + labelWidth + 8 + startRoom, y: area.y + referenceRoom, width: 0, height: 0)
        plot.width = max(10, area.maxX - endRoom - plot.x)
        plot.height = max(10, area.maxY - type.label.lineHeight - 4 - plot.y)
        return plot
    }

    /// As many ticks as fit side by side along `width` with a gap between measured labels, and their labels.
    private func horizontalScale(_ chart: Chart, lowest lo: Double, highest hi: Double, unit: Quantity.Unit,
                                 width: Points) -> (TickScale, [ShapedText]) {
        var scale = Ticks.linear(min: lo, max: hi, maxTicks: 2)
        var tickTexts: [ShapedText] = []
        for maxTicks in stride(from: 9, through: 2, by: -1) {
            scale = chart.scale == .log ? Ticks.log(min: lo, max: hi) : Ticks.linear(min: lo, max: hi, maxTicks: maxTicks)
            let format = tickFormat(chart, scale)
            tickTexts = scale.ticks.map { context.shape(format.format($0, unit: unit), style: type.label, width: nil) }
            let widest = tickTexts.map(\.width).max() ?? 0
            let spacing = width / Points(max(1, scale.ticks.count - 1))
            if spacing >= widest + type.label.size || chart.scale == .log { break }
        }
        return (scale, tickTexts)
    }

    /// Gridlines with their tick labels under the plot (one that would meet its neighbour is left out), and
    /// the baseline.
    private func horizontalGrid(_ scale: TickScale, tickTexts: [ShapedText], axis: ValueAxis, plot: Rect, area: Rect) -> [FrameItem] {
        var items: [FrameItem] = []
        let label = type.label
        var lastRight = -Points.infinity
        for (t, tick) in scale.ticks.enumerated() {
            let x = axis.position(tick)
            items.append(.rule(from: Point(x: x, y: plot.y), to: Point(x: x, y: plot.maxY), width: 0.4, color: theme.colors.rule))
            let text = tickTexts[t]
            let left = min(max(x - text.width / 2, area.x), area.maxX - text.width)
            if left >= lastRight + label.size * 0.5 {
                items += LayoutContext.lineItems(text, line: 0, style: label, x: left, top: plot.maxY + 4, width: nil, alignment: .left)
                lastRight = left + text.width
            }
        }
        let base = axis.baseline
        items.append(.rule(from: Point(x: base, y: plot.y), to: Point(x: base, y: plot.maxY), width: 0.8, color: theme.colors.muted))
        return items
    }

    /// Category `c`'s bars, a series each (a dash where it has no value), with their value labels.
    private func horizontalBarRow(_ c: Int, of chart: Chart, series: [ChartSeries], rows: BarRows) -> [FrameItem] {
        var items: [FrameItem] = []
        let label = type.label
        let (axis, band, stacked, barHeight) = (rows.axis, rows.band, rows.stacked, rows.barHeight)
        let base = axis.baseline
        var positive = 0.0, negative = 0.0
        for (i, s) in series.enumerated() {
            let y = rows.top(c) + (band - rows.groupHeight) / 2 + (stacked ? 0 : Points(i) * barHeight)
            guard let v = s.values[safe: c] ?? nil else {
                let dash = context.shape(chart.format.missing, style: label, width: nil)
                items += LayoutContext.lineItems(dash, line: 0, style: label, x: base + 3, top: y + (barHeight - label.lineHeight) / 2,
                                           width: nil, alignment: .left)
                continue
            }
            var from = base, to = axis.position(v)
            if stacked {
                let start = v >= 0 ? positive : negative
                from = axis.position(start); to = axis.position(start + v)
                if v >= 0 { positive += v } else { negative += v }
            }
            let left = min(from, to), width = max(1.5, abs(to - from))
            let bar = Rect(x: left, y: y, width: width, height: barHeight - (stacked ? 0 : 1))
            items.append(.fill(bar, color(i, of: series.count)))
            if stacked && chart.valueLabels { items += segmentLabel(chart, s, c, in: bar, on: color(i, of: series.count)) }
            if chart.valueLabels && !stacked {
                let value = context.shape(valueLabel(chart, s, c), style: type.value, width: nil)
                let x = v >= 0 ? left + width + 3 : left - 3 - value.width
                items += LayoutContext.lineItems(value, line: 0, style: type.value, x: x, top: y + (barHeight - type.value.lineHeight) / 2,
                                           width: nil, alignment: .left)
            }
        }
        return items
    }

    /// Each stack's total at its end (after the positive part; before a stack that is all negative).
    private func horizontalStackTotals(_ chart: Chart, series: [ChartSeries], rows: BarRows) -> [FrameItem] {
        var items: [FrameItem] = []
        for c in chart.categories.indices {
            guard let total = stackTotalLabel(chart, series, c) else { continue }
            var positive = 0.0, negative = 0.0
            for s in series { if let v = s.values[safe: c] ?? nil { if v >= 0 { positive += v } else { negative += v } } }
            let text = context.shape(total, style: type.value, width: nil)
            let y = rows.top(c) + (rows.band - type.value.lineHeight) / 2
            let x = positive > 0 || negative == 0 ? rows.axis.position(positive) + 3 : rows.axis.position(negative) - 3 - text.width
            items += LayoutContext.lineItems(text, line: 0, style: type.value, x: x, top: y, width: nil, alignment: .left)
        }
        return items
    }

    /// One small panel per series, each with its own value scale, sharing the categories.
    func smallMultiples(_ chart: Chart, in rect: Rect) -> [FrameItem] {
        let count = chart.series.count
        let minPanelWidth = 130 * type.label.size / 7.5
        let gapX = type.label.size * 2.5, gapY = type.label.size * 2
        var columns = max(1, min(count, Int(rect.width / minPanelWidth)))
        if !(chart.kind == .bar && chart.orientation == .horizontal) {
            columns = fittingColumns(chart, upTo: columns, gaps: (gapX, gapY), in: rect)
        }
        // Prefer balanced rows (6 panels: 3 + 3 rather than 4 + 2).
        let rows = Int((Double(count) / Double(columns)).rounded(.up))
        columns = Int((Double(count) / Double(rows)).rounded(.up))
        let panelWidth = (rect.width - gapX * Points(columns - 1)) / Points(columns)
        let panelHeight = (rect.height - gapY * Points(rows - 1)) / Points(rows)
        let titles = chart.series.map { context.shape($0.name, style: type.panelTitle, width: panelWidth) }
        let titleHeight = Points(titles.map(\.lines.count).max() ?? 1) * type.panelTitle.lineHeight + 4
        // Value labels are decided for all panels alike: where one panel has no room for its labels,
        // none shows them (a set of panels where some print figures and some do not reads as missing data).
        func panels(valueLabels: Bool) -> (items: [FrameItem], dropped: Bool) {
            var items: [FrameItem] = []
            var dropped = false
            for (i, s) in chart.series.enumerated() {
                let col = i % columns, row = i / columns
                let x = rect.x + Points(col) * (panelWidth + gapX)
                let y = rect.y + Points(row) * (panelHeight + gapY)
                items += LayoutContext.stackedLines(titles[i], style: type.panelTitle, x: x, top: y, width: panelWidth).items
                var single = chart
                single.series = [s]
                single.smallMultiples = false
                single.valueTitle = nil
                single.valueLabels = valueLabels
                let plotRect = Rect(x: x, y: y + titleHeight, width: panelWidth, height: panelHeight - titleHeight)
                if chart.kind == .bar && chart.orientation == .horizontal {
                    items += horizontalBars(single, series: [s], in: plotRect)
                } else {
                    items += verticalPlot(single, series: [s], in: plotRect, legend: false, droppedValueLabels: &dropped)
                }
            }
            return (items, dropped)
        }
        let labelled = panels(valueLabels: chart.valueLabels)
        return labelled.dropped ? panels(valueLabels: false).items : labelled.items
    }

    /// Vertical panels: the most columns, up to `most`, whose panels are wide enough that no category
    /// label breaks inside a word and every value label prints as the source does. Fewer columns mean
    /// more rows, so panels never get shorter than ten label lines for it.
    private func fittingColumns(_ chart: Chart, upTo most: Int, gaps: (x: Points, y: Points), in rect: Rect) -> Int {
        let categories = Points(max(1, chart.categories.count))
        let needed = chart.series.map { s -> Points in
            var single = chart
            single.series = [s]
            let largest = s.values.compactMap { $0 }.map(abs).max() ?? 0
            let ticks = context.shape(chart.format.format(largest, unit: s.unit), style: type.label, width: nil).width
            return ticks + 6 + bandNeeded(single) * categories
        }.max() ?? 0
        let count = chart.series.count
        for columns in stride(from: most, through: 1, by: -1) {
            let rows = Int((Double(count) / Double(columns)).rounded(.up))
            let height = (rect.height - gaps.y * Points(rows - 1)) / Points(rows)
            if height < type.label.lineHeight * 10 { return min(most, columns + 1) }
            if (rect.width - gaps.x * Points(columns - 1)) / Points(columns) >= needed { return columns }
        }
        return 1
    }
}
