import Foundation
import FolioModel

extension ChartLayouter {
    /// Categories along the bottom, values up the side: vertical bars (grouped or stacked) or lines.
    func verticalPlot(_ chart: Chart, series: [ChartSeries], in rect: Rect, legend showLegend: Bool) -> [FrameItem] {
        var dropped = false
        return verticalPlot(chart, series: series, in: rect, legend: showLegend, droppedValueLabels: &dropped)
    }

    /// The same, saying in `droppedValueLabels` whether any value label found no room (small multiples
    /// then set every panel without them, so the panels read alike).
    func verticalPlot(_ chart: Chart, series: [ChartSeries], in rect: Rect, legend showLegend: Bool,
                      droppedValueLabels dropped: inout Bool) -> [FrameItem] {
        var droppedNote = false
        let items = verticalPlot(chart, series: series, in: rect, legend: showLegend, noteStrip: 0,
                                 droppedValueLabels: &dropped, droppedNote: &droppedNote)
        guard droppedNote else { return items }
        // A note the data left no room for: again, with a strip above the data where notes can stand.
        droppedNote = false
        dropped = false
        let strip = chart.annotations.map { annotationHeight($0, plotWidth: rect.width) }.max() ?? 0
        return verticalPlot(chart, series: series, in: rect, legend: showLegend, noteStrip: strip + 4 + type.label.size * 0.8,
                            droppedValueLabels: &dropped, droppedNote: &droppedNote)
    }

    private func verticalPlot(_ chart: Chart, series: [ChartSeries], in rect: Rect, legend showLegend: Bool, noteStrip: Points,
                              droppedValueLabels dropped: inout Bool, droppedNote: inout Bool) -> [FrameItem] {
        var area = rect
        var items = verticalHeadings(chart, series: series, legend: showLegend, area: &area)
        // Series named at their line ends take a strip at the right, out of the plot's width.
        let endNames = !showLegend && usesEndLabels(chart, series) ? endLabelTexts(series, width: area.width) : []
        if let widest = endNames.map(\.width).max() { area.width -= widest + endLabelGap }
        let n = max(1, chart.categories.count)
        guard let (lo, hi) = extent(chart, series) else {
            let shaped = context.shape("No values to show", style: type.label, width: area.width)
            return items + LayoutContext.stackedLines(shaped, style: type.label, x: area.x, top: area.y + area.height / 2, width: area.width, alignment: .center).items
        }
        let topPad = (chart.valueLabels ? type.value.lineHeight + 2 : type.label.lineHeight / 2) + noteStrip
        let axes = verticalAxes(chart, area: area, lowest: lo, highest: hi, unit: unit(series), topPad: topPad)
        let plot = axes.plot
        // Lines with value labels keep a label's height free at both ends of the axis.
        // Labels under negative bars get room above the category labels too.
        // (A label's height, the gap a label keeps from its point, and a point to spare.)
        let inset = chart.kind == .line && chart.valueLabels ? type.value.lineHeight + Self.valueLabelGap(type) + 1 : 0
        let bottomInset = chart.valueLabels && lo < 0 ? max(inset, type.value.lineHeight + 2) : inset
        let axis = ValueAxis(scale: axes.scale, log: chart.scale == .log, origin: plot.maxY - bottomInset,
                             length: plot.height - inset - bottomInset, direction: -1)
        let band = plot.width / Points(n)
        items += valueGrid(axes, axis: axis, left: area.x)
        items += categoryAxisLabels(axes, band: band, axisBottom: plot.maxY - bottomInset, area: area)
        let marks = VerticalMarks(plot: plot, band: band, axis: axis, noteStrip: noteStrip, endNames: endNames)
        items += verticalMarks(chart, series: series, marks, droppedValueLabels: &dropped, droppedNote: &droppedNote)
        return items
    }

    /// The legend (when shown) and the value axis's title above the plot, the category axis's title below
    /// it, each taken out of `area`.
    private func verticalHeadings(_ chart: Chart, series: [ChartSeries], legend showLegend: Bool, area: inout Rect) -> [FrameItem] {
        var items: [FrameItem] = []
        if showLegend {
            let (legendItems, h) = legend(series, kind: chart.kind, x: area.x, y: area.y, width: area.width)
            items += legendItems
            area.y += h + type.label.lineHeight * 0.6
            area.height -= h + type.label.lineHeight * 0.6
        }
        if let title = chart.valueTitle {
            let shaped = context.shape(title, style: type.axisTitle, width: area.width)
            let lines = LayoutContext.stackedLines(shaped, style: type.axisTitle, x: area.x, top: area.y, width: area.width)
            items += lines.items
            area.y += lines.height + 3
            area.height -= lines.height + 3
        }
        if let title = chart.categoryTitle {
            let shaped = context.shape(title, style: type.axisTitle, width: area.width)
            let h = Points(shaped.lines.count) * type.axisTitle.lineHeight
            items += LayoutContext.stackedLines(shaped, style: type.axisTitle, x: area.x, top: area.maxY - h, width: area.width, alignment: .center).items
            area.height -= h + 3
        }
        return items
    }

    /// Where a vertical plot's data goes: the plot, each category's band, the value axis, the strip above
    /// the plot kept for notes, and the names at the lines' ends.
    struct VerticalMarks {
        var plot: Rect
        var band: Points
        var axis: ValueAxis
        var noteStrip: Points
        var endNames: [ShapedText]
    }

    /// The data and what stands on it. Behind the data: reference bands and the runs annotations mark; over
    /// it, reference lines and the rules of annotations; then every free text of the panel placed together,
    /// and the lines' value labels where room is left (see `LabelPlacer`).
    private func verticalMarks(_ chart: Chart, series: [ChartSeries], _ m: VerticalMarks,
                               droppedValueLabels dropped: inout Bool, droppedNote: inout Bool) -> [FrameItem] {
        let (plot, band, axis, noteStrip) = (m.plot, m.band, m.axis, m.noteStrip)
        var items = backdrops(chart, plot: plot, band: band, axis: axis)
        let marksStart = items.count
        var lineMarks: LineMarks? = nil
        if chart.kind == .bar {
            items += verticalBars(chart, series: series, plot: plot, band: band, axis: axis, dropped: &dropped)
        } else {
            let marks = lines(chart, series: series, plot: plot, band: band, axis: axis)
            items += marks.items
            lineMarks = marks
        }
        items += overlays(chart, plot: plot, band: band, axis: axis, top: noteStrip > 0 ? plot.y - noteStrip : nil)
        // Free texts may use the plot and the strip above it kept for notes.
        let textBounds = Rect(x: plot.x, y: plot.y - noteStrip, width: plot.width, height: plot.height + noteStrip)
        var placer = LabelPlacer(bounds: textBounds, margin: type.label.size * 0.4)
        placer.avoid(Array(items[marksStart...]))
        let base = axis.baseline
        placer.avoid(from: Point(x: plot.x, y: base), to: Point(x: plot.maxX, y: base))
        items += freeTexts(chart, plot: plot, band: band, axis: axis, placer: &placer, droppedNote: &droppedNote)
        if let lineMarks, !m.endNames.isEmpty {
            items += endLabels(m.endNames, marks: lineMarks, plot: plot, categoryCount: max(1, chart.categories.count), placer: &placer)
        }
        if let lineMarks, chart.valueLabels {
            items += lineValueLabels(chart, series: series, marks: lineMarks, plot: plot, baseline: base, taken: placer.boxes, crossing: placer.segments,
                                     dropped: &dropped)
        }
        return items
    }

    /// What drawing the lines leaves for their value labels: the points, the segments, the boxes taken.
    struct LineMarks {
        var items: [FrameItem]
        var points: [[(Point, Int)]]
        var segments: [(Point, Point)]
        var taken: [Rect]
        var width: Points
    }

    private func lines(_ chart: Chart, series: [ChartSeries], plot: Rect, band: Points, axis: ValueAxis) -> LineMarks {
        var items: [FrameItem] = []
        let width = Self.lineWidth(type)
        var allPoints: [[(Point, Int)]] = []
        var allSegments: [(Point, Point)] = []
        for (i, s) in series.enumerated() {
            let c = color(i, of: series.count)
            // A missing value breaks the line: each run of present values is its own polyline.
            var run: [Point] = []
            var points: [(Point, Int)] = []
            func flush() {
                if run.count > 1 {
                    items.append(.path(.polyline(run), fill: nil, stroke: Stroke(width: width, color: c, dash: Self.dashes[i % Self.dashes.count])))
                    allSegments += zip(run, run.dropFirst()).map { ($0, $1) }
                }
                run.removeAll()
            }
            for cIndex in chart.categories.indices {
                guard let v = s.values[safe: cIndex] ?? nil, chart.scale == .linear || v > 0 else { flush(); continue }
                let p = Point(x: plot.x + (Points(cIndex) + 0.5) * band, y: axis.position(v))
                run.append(p)
                points.append((p, cIndex))
            }
            flush()
            let markersReadable = chart.markersDeclared || band >= width * 8
            for (p, _) in points where (chart.markers && markersReadable) || points.count == 1 {
                items.append(marker(i, at: p, size: width * 1.6, color: c))
            }
            allPoints.append(points)
        }
        // One series: a category without a value gets a dash at the baseline, as a bar chart's does,
        // so a gap in the line reads as "no value", not as a line that stops (or a zero).
        var placed: [Rect] = []
        if series.count == 1, let only = series.first {
            let dash = context.shape(chart.format.missing, style: type.label, width: nil)
            for c in chart.categories.indices where (only.values[safe: c] ?? nil) == nil {
                let box = Rect(x: plot.x + Points(c) * band, y: axis.baseline - type.label.lineHeight - 1, width: band, height: type.label.lineHeight)
                items += LayoutContext.lineItems(dash, line: 0, style: type.label, x: box.x, top: box.y, width: box.width, alignment: .center)
                placed.append(Rect(x: box.x + (band - dash.width) / 2, y: box.y, width: dash.width, height: box.height))
            }
        }
        return LineMarks(items: items, points: allPoints, segments: allSegments, taken: placed, width: width)
    }

    /// Value labels of lines, as the source prints them (or in the spec's `value-format`), never rounded.
    /// Each goes above its point, else below, else beside it: the first place that crosses no line, no
    /// marker, no label already placed and no text of the panel (`taken`, `crossing`); else further out
    /// with a leader to its point. A label with no free place is left out (the alternative text has it).
    private func lineValueLabels(_ chart: Chart, series: [ChartSeries], marks: LineMarks, plot: Rect, baseline: Points,
                                 taken: [Rect], crossing: [(Point, Point)], dropped: inout Bool) -> [FrameItem] {
        var items: [FrameItem] = []
        let allPoints = marks.points, allSegments = marks.segments + crossing, width = marks.width
        var placed = marks.taken + taken
        let markerBoxes = allPoints.flatMap { $0.map { Rect(x: $0.0.x - width * 2, y: $0.0.y - width * 2, width: width * 4, height: width * 4) } }
        let gap = Self.valueLabelGap(type)
        let lineHeight = type.value.lineHeight
        for (i, points) in allPoints.enumerated() {
            for (p, category) in points {
                let text = context.shape(valueLabel(chart, series[i], category), style: type.value, width: nil)
                let w = text.width
                func isFree(_ r: Rect) -> Bool {
                    !allSegments.contains { ChartGeometry.segment($0.0, $0.1, crosses: r) }
                        && !placed.contains { ChartGeometry.intersects($0, r) }
                        && !markerBoxes.contains { ChartGeometry.intersects($0, r) && !($0.x <= p.x && $0.maxX >= p.x && $0.y <= p.y && $0.maxY >= p.y) }
                        && r.y >= plot.y - lineHeight && r.maxY <= plot.maxY && r.x >= plot.x - 0.01 && r.maxX <= plot.maxX + 0.01
                }
                var near = valueLabelPlaces(at: p, width: w, plot: plot, gap: gap)
                if baseline - p.y < gap + lineHeight + 1 {
                    // A point just above the axis line: under the line, in the room kept there.
                    near.append(Rect(x: max(plot.x, min(p.x - w / 2, plot.maxX - w)), y: baseline + 2.5, width: w, height: lineHeight))
                }
                if let place = near.first(where: isFree) {
                    placed.append(place)
                    items += LayoutContext.lineItems(text, line: 0, style: type.value, x: place.x, top: place.y, width: nil, alignment: .left)
                    continue
                }
                // Further out, with a leader from the point that passes through no label or marker.
                let led = valueLabelPlaces(at: p, width: w, plot: plot, gap: gap * 4).lazy.filter(isFree).compactMap { r -> (Rect, (Point, Point))? in
                    let end = Point(x: min(max(p.x, r.x - 1), r.maxX + 1), y: min(max(p.y, r.y), r.maxY))
                    let length = hypot(end.x - p.x, end.y - p.y)
                    let start = Point(x: p.x + (end.x - p.x) / length * width * 2, y: p.y + (end.y - p.y) / length * width * 2)
                    let blocked = placed.contains { ChartGeometry.segment(start, end, crosses: $0) }
                        || markerBoxes.contains { ChartGeometry.segment(start, end, crosses: $0) && !($0.x <= p.x && $0.maxX >= p.x && $0.y <= p.y && $0.maxY >= p.y) }
                    return blocked || length < 1 ? nil : (r, (start, end))
                }.first
                guard let (place, leader) = led else { dropped = true; continue }
                placed.append(place)
                items += LayoutContext.lineItems(text, line: 0, style: type.value, x: place.x, top: place.y, width: nil, alignment: .left)
                items.append(leaderItem(leader))
            }
        }
        return items
    }

    /// Where a point's value label may go, `gap` from it: above or below (centred on the point but kept
    /// over the plot, not over the tick labels), beside it, then off the diagonals (clear of a steep line
    /// through the point on one side).
    private func valueLabelPlaces(at p: Point, width w: Points, plot: Rect, gap: Points) -> [Rect] {
        let h = type.value.lineHeight
        let centred = max(plot.x, min(p.x - w / 2, plot.maxX - w))
        return [
            Rect(x: centred, y: p.y - h - gap, width: w, height: h),
            Rect(x: centred, y: p.y + gap, width: w, height: h),
            Rect(x: p.x + gap * 1.5, y: p.y - h / 2, width: w, height: h),
            Rect(x: p.x - gap * 1.5 - w, y: p.y - h / 2, width: w, height: h),
            Rect(x: p.x + gap * 0.5, y: p.y - h - gap, width: w, height: h),
            Rect(x: p.x - gap * 0.5 - w, y: p.y - h - gap, width: w, height: h),
            Rect(x: p.x + gap * 0.5, y: p.y + gap, width: w, height: h),
            Rect(x: p.x - gap * 0.5 - w, y: p.y + gap, width: w, height: h),
        ]
    }

    /// The space between a line's point and its value label: two and a half line widths.
    static func valueLabelGap(_ type: ChartTypography) -> Points { lineWidth(type) * 2.5 }

    /// The width of a series' line, in proportion to the labels.
    static func lineWidth(_ type: ChartTypography) -> Points { 1.8 * type.label.size / 7.5 }

    /// The widest word of any category label, with the gap either side: a band narrower than this would
    /// break a word such as "2021-22" inside it.

    func widestCategoryWord(_ chart: Chart) -> Points {
        chart.categories.flatMap { $0.split(separator: " ") }
            .map { context.shape(String($0), style: type.label, width: nil).width }.max() ?? 0
    }

    /// The narrowest band in which a vertical plot of `chart` sets its categories without turning them and,
    /// with value labels on bars, prints every one as the source does. (A line's labels find their own
    /// free place beside the points.)
    func bandNeeded(_ chart: Chart) -> Points {
        var band = chart.rotateLabels ? 0 : widestCategoryWord(chart) + 4
        guard chart.valueLabels, chart.kind == .bar, chart.grouping != .stacked || chart.series.count == 1 else { return band }
        for s in chart.series {
            for c in s.figures.indices where s.figures[c] != nil {
                let width = context.shape(valueLabel(chart, s, c), style: type.value, width: nil).width
                // The room grows in proportion to the band: the band whose room is this label's width.
                band = max(band, width / Self.valueLabelRoom(band: 1, seriesCount: chart.series.count))
            }
        }
        return band
    }
}
