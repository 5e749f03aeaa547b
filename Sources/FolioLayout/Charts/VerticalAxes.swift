import Foundation
import FolioModel

extension ChartLayouter {
    /// What a vertical plot's axes settle: the plot's rectangle, the value scale with its tick labels (and
    /// the width they take at the left), and the category labels as printed (wrapped, turned or thinned).
    struct VerticalAxes {
        var plot: Rect
        var scale: TickScale
        var tickTexts: [ShapedText]
        var tickWidth: Points
        var labels: AxisLabels
        var categoryTexts: [ShapedText]
        /// Whether the category labels are turned 45°.
        var rotate: Bool
    }

    /// The axes of a vertical plot in `area`, the plot `topPad` below its top.
    func verticalAxes(_ chart: Chart, area: Rect, lowest lo: Double, highest hi: Double, unit: Quantity.Unit,
                      topPad: Points) -> VerticalAxes {
        let label = type.label
        let n = max(1, chart.categories.count)
        // Two passes: tick labels' width decides the plot width, which decides how categories wrap,
        // which decides the plot height, which decides the ticks.
        var tickWidth = context.shape(chart.format.format(max(abs(lo), abs(hi)), unit: unit), style: label, width: nil).width
        var axes = VerticalAxes(plot: area, scale: Ticks.linear(min: lo, max: hi, maxTicks: 5), tickTexts: [], tickWidth: tickWidth,
                                labels: AxisLabels.all(chart.categories), categoryTexts: [], rotate: chart.rotateLabels)
        // Category labels break only between words: where a word is wider than its band, all are turned.
        let widestWord = widestCategoryWord(chart)
        // The tick labels' width only grows from pass to pass, so the plot only narrows, and the passes end
        // when the labels fit the room left for them (every pass after the first is rare).
        var measured: Points = 0
        for _ in 0..<6 {
            axes.plot.x = area.x + tickWidth + 6
            axes.plot.width = max(10, area.maxX - axes.plot.x)
            let band = axes.plot.width / Points(n)
            axes.labels = axisLabels(chart, band: band, style: label)
            axes.rotate = chart.rotateLabels || (axes.labels.every == 1 && widestWord > band - 4)
            axes.categoryTexts = categoryTexts(axes, band: band, area: area)
            let lineCount = axes.categoryTexts.map(\.lines.count).max() ?? 1
            let labelsHeight = axes.rotate
                ? min(area.height * 0.45, (axes.categoryTexts.map(\.width).max() ?? 0) * 0.7072 + label.lineHeight)
                : Points(lineCount) * label.lineHeight
            axes.plot.y = area.y + topPad
            axes.plot.height = max(10, area.maxY - labelsHeight - 5 - axes.plot.y)
            (axes.scale, axes.tickTexts) = valueScale(chart, lowest: lo, highest: hi, unit: unit, height: axes.plot.height)
            measured = axes.tickTexts.map(\.width).max() ?? 0
            if measured <= tickWidth + 0.01 { break }
            tickWidth = measured
        }
        if measured > tickWidth + 0.01 {
            // Still wider after every pass: the plot gives up the difference rather than sit under the labels.
            axes.plot.x += measured - tickWidth
            axes.plot.width = max(10, axes.plot.width - (measured - tickWidth))
            tickWidth = measured
        }
        axes.tickWidth = tickWidth
        return axes
    }

    /// The category labels `axes.labels` prints, shaped for bands `band` wide. Rotated and thinned labels
    /// stay on one line; a turned label's height is what the 45° diagonal needs.
    private func categoryTexts(_ axes: VerticalAxes, band: Points, area: Rect) -> [ShapedText] {
        let label = type.label
        let (labels, every, rotate) = (axes.labels, axes.labels.every, axes.rotate)
        // A turned label may be as long as the diagonal its room allows; a wrapped one three lines.
        let diagonal = (area.height * 0.45 - label.lineHeight) / 0.7072
        let unlabelled = context.shape("", style: label, width: nil)
        return labels.texts.enumerated().map { c, text in
            // Only labelled categories are shaped: a daily axis of 1,000 days prints a few dozen.
            guard labels.labelled[c] else { return unlabelled }
            // A turned label runs down to the left of its band's centre: no further than the image's edge.
            let leftward = (axes.plot.x + (Points(c) + 0.5) * band - area.x - label.size) / 0.7072
            return rotate || every > 1
                ? categoryLabel(text, style: label, width: nil, maxLines: 1,
                                maxWidth: rotate ? max(8, min(diagonal, leftward)) : max(8, band * Points(every) - 4))
                : categoryLabel(text, style: label, width: max(8, band - 4), maxLines: Self.categoryLines)
        }
    }

    /// As many ticks as a value axis `height` tall spaces out readably, and their labels.
    private func valueScale(_ chart: Chart, lowest lo: Double, highest hi: Double, unit: Quantity.Unit,
                            height: Points) -> (TickScale, [ShapedText]) {
        let label = type.label
        let maxTicks = max(2, min(9, Int(height / (label.lineHeight * 2.2)) + 1))
        let scale = chart.scale == .log ? Ticks.log(min: lo, max: hi) : Ticks.linear(min: lo, max: hi, maxTicks: maxTicks)
        let format = tickFormat(chart, scale)
        return (scale, scale.ticks.map { context.shape(format.format($0, unit: unit), style: label, width: nil) })
    }

    /// Gridlines and tick labels at `left` (ticks too close on a log axis are skipped, never overlapped),
    /// and the baseline.
    func valueGrid(_ axes: VerticalAxes, axis: ValueAxis, left: Points) -> [FrameItem] {
        var items: [FrameItem] = []
        let (label, plot) = (type.label, axes.plot)
        var lastLabelTop = Points.infinity
        for (t, tick) in axes.scale.ticks.enumerated() {
            let y = axis.position(tick)
            items.append(.rule(from: Point(x: plot.x, y: y), to: Point(x: plot.maxX, y: y), width: 0.4, color: theme.colors.rule))
            let text = axes.tickTexts[t]
            let top = y - label.lineHeight / 2
            if top + label.lineHeight <= lastLabelTop + 0.01 {
                items += LayoutContext.lineItems(text, line: 0, style: label, x: left, top: top, width: axes.tickWidth, alignment: .right)
                lastLabelTop = top
            }
        }
        let base = axis.baseline
        items.append(.rule(from: Point(x: plot.x, y: base), to: Point(x: plot.maxX, y: base), width: 0.8, color: theme.colors.muted))
        return items
    }

    /// Category labels, centred under their band, or at 45° ending under it; on a dense axis every
    /// `every`th, centred under its band with the room of `every` bands, kept inside the plot's span.
    func categoryAxisLabels(_ axes: VerticalAxes, band: Points, axisBottom: Points, area: Rect) -> [FrameItem] {
        var items: [FrameItem] = []
        let (label, plot, labels, every) = (type.label, axes.plot, axes.labels, axes.labels.every)
        var lastLabelEnd = -Points.infinity
        // Years begin where a short tick below the axis says so (time axes of months, days or quarters).
        if !labels.yearStarts.isEmpty, every > 1 {
            for c in labels.yearStarts {
                let x = plot.x + Points(c) * band
                items.append(.rule(from: Point(x: x, y: axisBottom), to: Point(x: x, y: axisBottom + 3), width: 0.6, color: theme.colors.muted))
            }
        }
        for (c, text) in axes.categoryTexts.enumerated() where labels.labelled[c] {
            if every > 1 {
                let centre = plot.x + (Points(c) + 0.5) * band
                let x = max(area.x, min(centre - text.width / 2, area.maxX - text.width))
                // One pushed in from the plot's edge may meet its neighbour: it is left out, never overprinted.
                guard x >= lastLabelEnd + label.size * 0.6 else { continue }
                items += LayoutContext.lineItems(text, line: 0, style: label, x: x, top: plot.maxY + 5, width: nil, alignment: .left)
                lastLabelEnd = x + text.width
                continue
            }
            if axes.rotate, let metrics = text.lines.first {
                let end = Point(x: plot.x + (Points(c) + 0.5) * band, y: plot.maxY + 5 + metrics.ascent * 0.7072)
                // The baseline runs up to the right at -45°; its right end sits under the band's centre.
                let diagonal = metrics.width * 0.7072
                let origin = Point(x: end.x - diagonal, y: end.y + diagonal)
                items.append(.group(FrameGroup(transform: .rotation(-45, about: origin),
                                               items: [.text(TextLine(shaped: text, index: 0, origin: Point(x: 0, y: 0)))])))
                continue
            }
            let x = plot.x + Points(c) * band + 2
            items += LayoutContext.stackedLines(text, style: label, x: x, top: plot.maxY + 5, width: band - 4, alignment: .center).items
        }
        return items
    }
}
