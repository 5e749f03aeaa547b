import FolioModel

/// Series named at the ends of their lines (direct labels) instead of in a legend: the reader finds a
/// line's name where the eye leaves it, and needs no key to match colours and dashes.
///
/// Names go in a strip right of the plot, each at the height of its line's last value, pushed apart where
/// two ends meet, with a thin leader from the point to a name that had to move. A line that ends before the
/// last category is named beside its last point when that place is free (a leader across the other lines
/// would be harder to follow), else in the strip. A name with no room left is dropped, never overprinted;
/// the alternative text names every series.
extension ChartLayouter {
    /// Whether a chart's series are named at their line ends: declared `series-labels: end`, or `auto` on a
    /// line chart of 2 to 6 series (more ends than that crowd the strip; a legend reads better).
    func usesEndLabels(_ chart: Chart, _ series: [ChartSeries]) -> Bool {
        guard chart.kind == .line, series.count > 1 else { return false }
        switch chart.seriesLabels {
        case .legend: return false
        case .end: return true
        case .auto: return series.count <= 6
        }
    }

    /// The names shaped for the strip: at most a quarter of the width, on at most two lines (a longer
    /// name is shortened; the full one is in the alternative text).
    func endLabelTexts(_ series: [ChartSeries], width: Points) -> [ShapedText] {
        let cap = max(40, width * 0.25)
        return series.indices.map { categoryLabel(series[$0].name, style: endLabelStyle($0, of: series.count), width: cap, maxLines: 2) }
    }

    /// A name in its series' colour, made readable on white, semibold so that it reads as a key.
    private func endLabelStyle(_ i: Int, of count: Int) -> TextStyle {
        var style = type.legend
        style.color = color(i, of: count).readable(on: .white, towards: theme.colors.text)
        style.weight = 600
        return style
    }

    /// The space between the plot's edge and the strip: room for a leader to run.
    var endLabelGap: Points { type.legend.size * 1.1 }

    /// The names placed (see the type's comment), each in its series' colour made readable on white.
    func endLabels(_ texts: [ShapedText], marks: LineMarks, plot: Rect, categoryCount: Int,
                   placer: inout LabelPlacer) -> [FrameItem] {
        let style = type.legend
        let stripX = plot.maxX + endLabelGap
        var items: [FrameItem] = []
        var inStrip: [(series: Int, point: Point, top: Points, height: Points)] = []
        for (i, points) in marks.points.enumerated() {
            guard let (p, category) = points.last, i < texts.count else { continue }
            let h = Points(texts[i].lines.count) * style.lineHeight
            if category < categoryCount - 1 {
                let gap = marks.width * 2.5
                let beside = [Rect(x: p.x + gap, y: p.y - h / 2, width: texts[i].width, height: h),
                              Rect(x: p.x + gap, y: p.y - h - gap, width: texts[i].width, height: h),
                              Rect(x: p.x + gap, y: p.y + gap, width: texts[i].width, height: h)]
                if let place = placer.place(beside) {
                    items += endLabel(texts[i], series: i, of: marks.points.count, x: place.x, top: place.y)
                    continue
                }
            }
            inStrip.append((i, p, p.y - h / 2, h))
        }
        let tops = Self.spread(inStrip.map { ($0.top, $0.height) }, within: plot.y - style.lineHeight / 2, plot.maxY, spacing: 1)
        for (entry, top) in zip(inStrip, tops) {
            guard let top else { continue }
            let box = Rect(x: stripX, y: top, width: texts[entry.series].width, height: entry.height)
            placer.avoid(box)
            items += endLabel(texts[entry.series], series: entry.series, of: marks.points.count, x: stripX, top: top)
            let middle = top + entry.height / 2
            if abs(middle - entry.point.y) > style.lineHeight * 0.2 || entry.point.x < plot.maxX - plot.width / Points(max(1, categoryCount)) {
                items.append(leaderItem((Point(x: entry.point.x + marks.width * 2, y: entry.point.y), Point(x: stripX - 2, y: middle))))
            }
        }
        return items
    }

    private func endLabel(_ text: ShapedText, series i: Int, of count: Int, x: Points, top: Points) -> [FrameItem] {
        LayoutContext.stackedLines(text, style: endLabelStyle(i, of: count), x: x, top: top, width: nil).items
    }

    /// Tops for boxes wanted at `wanted` (top, height), in the same order, kept `spacing` apart and
    /// between `low` and `high` with as little movement as the order allows; nil for a box that cannot
    /// be fitted (the boxes together are taller than the room).
    static func spread(_ wanted: [(top: Points, height: Points)], within low: Points, _ high: Points, spacing: Points) -> [Points?] {
        let order = wanted.indices.sorted { (wanted[$0].top, $0) < (wanted[$1].top, $1) }
        var tops = order.map { max(low, min(wanted[$0].top, high - wanted[$0].height)) }
        // Down from the top: each below the one above; then up from the bottom: each above the one below.
        for k in tops.indices.dropFirst() {
            tops[k] = max(tops[k], tops[k - 1] + wanted[order[k - 1]].height + spacing)
        }
        for k in tops.indices.reversed() {
            let limit = k == tops.count - 1 ? high : tops[k + 1] - spacing
            tops[k] = min(tops[k], limit - wanted[order[k]].height)
        }
        var result = [Points?](repeating: nil, count: wanted.count)
        var lastBottom = -Points.infinity
        for (k, index) in order.enumerated() where tops[k] >= low - 0.01 && tops[k] >= lastBottom - 0.01 {
            result[index] = tops[k]
            lastBottom = tops[k] + wanted[index].height + spacing
        }
        return result
    }
}
