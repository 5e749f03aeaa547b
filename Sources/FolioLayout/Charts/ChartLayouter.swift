import Foundation
import FolioModel

/// Lays out the body of a chart (plot, axes, legend) inside a rectangle, as ordinary frame items.
/// All text is measured with the text engine first, so tick and category labels never overlap.
struct ChartLayouter {
    let context: LayoutContext
    let type: ChartTypography
    var theme: Theme { context.theme }

    /// Marker shapes and dashes per series: series stay apart in greyscale print.
    static let dashes: [[Points]] = [[], [5, 3], [1.5, 2.5], [7, 3, 1.5, 3]]

    func color(_ index: Int, of count: Int) -> Color {
        if count <= 1 || theme.chartPalette.isEmpty { return theme.colors.primary }
        return theme.chartPalette[index % theme.chartPalette.count]
    }

    /// The whole body: small multiples, horizontal bars, or a vertical bar/line plot.
    func body(_ chart: Chart, in rect: Rect) -> [FrameItem] {
        if chart.smallMultiples && chart.series.count > 1 { return smallMultiples(chart, in: rect) }
        if chart.kind == .bar && chart.orientation == .horizontal { return horizontalBars(chart, series: chart.series, in: rect) }
        return verticalPlot(chart, series: chart.series, in: rect, legend: chart.series.count > 1 && !usesEndLabels(chart, chart.series))
    }

    // MARK: - Shared pieces

    /// The format of an axis' tick labels: one style for every tick of the axis. A compact axis whose
    /// largest tick is under 10,000 is written out (`800`, `1,000`, `1,200`, never `800`, `1K`, `1.2K`);
    /// a larger one takes the largest tick's suffix for all ticks, with the fewest decimals (up to two)
    /// that show each exactly (`0`, `0.5M`, `1.0M`). Units stay (`$`, `%`). Where no compact style reads
    /// every tick exactly and distinctly, the ticks are written out in full.
    func tickFormat(_ chart: Chart, _ scale: TickScale) -> NumberFormat {
        var f = chart.format
        guard f.style == .compact else { f.decimals = scale.decimals; return f }
        let largest = scale.ticks.map(abs).max() ?? 0
        if chart.scale == .linear, largest >= 10_000,
           let power = (1...4).reversed().first(where: { largest >= pow(1000, Double($0)) && f.symbols.compactSuffixes[$0] != nil }) {
            let size = pow(1000, Double(power))
            for places in 0...2 {
                let exact = scale.ticks.allSatisfy { v in
                    let shifted = v / size * pow(10, Double(places))
                    return abs(shifted - shifted.rounded()) < 1e-6
                }
                guard exact else { continue }
                var compact = f
                compact.compactPower = power
                compact.decimals = places
                let labels = scale.ticks.map { compact.format($0) }
                if Set(labels).count == labels.count { return compact }
            }
        }
        // A log axis spans decades: each tick in its own compact form (`10`, `1K`, `100K`) reads best.
        if chart.scale == .log, largest >= 10_000, scale.ticks.allSatisfy(f.compactIsExact) {
            let labels = scale.ticks.map { f.format($0) }
            if Set(labels).count == labels.count { return f }
        }
        f.style = .auto
        f.decimals = scale.decimals
        return f
    }

    /// Value labels are source figures: printed as the source writes them, unless the spec's
    /// `value-format` chooses otherwise. Never the axis' format, which may round (`$3.9M`).
    func valueLabelFormat(_ chart: Chart) -> NumberFormat { chart.valueFormat ?? NumberFormat(symbols: chart.format.symbols) }

    /// The value label of one figure: the source's digits and unit, in the chart's locale.
    func valueLabel(_ chart: Chart, _ series: ChartSeries, _ category: Int) -> String {
        guard let figure = series.figures[safe: category] ?? nil else { return chart.format.missing }
        return valueLabelFormat(chart).format(figure)
    }

    func unit(_ series: [ChartSeries]) -> Quantity.Unit { series.first?.unit ?? .plain }

    /// Lowest and highest values to show: bars always include zero; stacked bars use the stacks' sums.
    func extent(_ chart: Chart, _ series: [ChartSeries]) -> (Double, Double)? {
        var values: [Double] = []
        if chart.kind == .bar && chart.grouping == .stacked && series.count > 1 {
            for c in chart.categories.indices {
                var pos = 0.0, neg = 0.0
                for s in series { if let v = s.values[safe: c] ?? nil { if v >= 0 { pos += v } else { neg += v } } }
                values += [pos, neg]
            }
        } else {
            values = series.flatMap { $0.values.compactMap { $0 } }
        }
        for r in chart.references { values.append(r.value); if let to = r.to { values.append(to) } }
        if chart.scale == .log { values = values.filter { $0 > 0 } }
        guard var lo = values.min(), var hi = values.max() else { return nil }
        if chart.scale == .linear && (chart.kind == .bar || chart.includesZero == true) { lo = min(lo, 0); hi = max(hi, 0) }
        // Declared ends widen the axis (the spec reader has checked that no value lies beyond them).
        if let declared = chart.valueMin { lo = min(lo, declared) }
        if let declared = chart.valueMax { hi = max(hi, declared) }
        return (lo, hi)
    }

    /// Maps a value to a position along an axis of `length` starting at `origin` (growing `direction`).
    struct ValueAxis {
        var scale: TickScale
        var log: Bool
        var origin: Points
        var length: Points
        var direction: Double
        func position(_ v: Double) -> Points {
            let t: Double
            if log {
                let lo = Foundation.log10(scale.lower), hi = Foundation.log10(scale.upper)
                t = hi > lo ? (Foundation.log10(max(v, scale.lower)) - lo) / (hi - lo) : 0
            } else {
                t = scale.upper > scale.lower ? (v - scale.lower) / (scale.upper - scale.lower) : 0
            }
            return origin + direction * max(0, min(1, t)) * length
        }
        /// Where bars start: zero, or the bottom of a log axis.
        var baseline: Points { position(log ? scale.lower : min(max(0, scale.lower), scale.upper)) }
    }

    func marker(_ index: Int, at p: Point, size r: Points, color: Color) -> FrameItem {
        let shape: PathShape
        switch index % 4 {
        case 0: shape = .circle(center: p, radius: r)
        case 1: shape = .polygon([Point(x: p.x - r, y: p.y - r), Point(x: p.x + r, y: p.y - r), Point(x: p.x + r, y: p.y + r), Point(x: p.x - r, y: p.y + r)])
        case 2: shape = .polygon([Point(x: p.x, y: p.y - r * 1.25), Point(x: p.x + r * 1.2, y: p.y + r), Point(x: p.x - r * 1.2, y: p.y + r)])
        default: shape = .polygon([Point(x: p.x, y: p.y - r * 1.3), Point(x: p.x + r * 1.3, y: p.y), Point(x: p.x, y: p.y + r * 1.3), Point(x: p.x - r * 1.3, y: p.y)])
        }
        return .path(shape, fill: color, stroke: Stroke(width: r * 0.5, color: .white))
    }

    /// A legend flowing left to right, wrapping to new lines; returns its items and height.
    func legend(_ series: [ChartSeries], kind: Chart.Kind, x: Points, y: Points, width: Points) -> ([FrameItem], Points) {
        let style = type.legend
        var items: [FrameItem] = []
        var cx = x, cy = y
        let swatch = style.size * 1.6
        for (i, s) in series.enumerated() {
            let text = context.shape(s.name, style: style, width: nil)
            let w = swatch + 4 + text.width + style.size * 1.5
            if cx > x && cx + w > x + width { cx = x; cy += style.lineHeight }
            let mid = cy + style.lineHeight / 2
            let c = color(i, of: series.count)
            if kind == .line {
                items.append(.path(.polyline([Point(x: cx, y: mid), Point(x: cx + swatch, y: mid)]), fill: nil,
                                   stroke: Stroke(width: 1.6 * type.label.size / 7.5, color: c, dash: Self.dashes[i % Self.dashes.count])))
                items.append(marker(i, at: Point(x: cx + swatch / 2, y: mid), size: style.size * 0.3, color: c))
            } else {
                items.append(.fill(Rect(x: cx, y: mid - style.size * 0.4, width: swatch * 0.6, height: style.size * 0.8), c))
            }
            items += LayoutContext.lineItems(text, line: 0, style: style, x: cx + swatch + 4, top: cy, width: nil, alignment: .left)
            cx += w
        }
        return (items, cy + style.lineHeight - y)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
