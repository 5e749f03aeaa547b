import FolioModel

/// Reference lines and bands, and annotations, on a plot whose values run up the side (vertical bars and
/// lines): bands and annotated runs are tinted behind the data, lines and annotation rules drawn over it,
/// and their texts placed with the panel's other texts (see `LabelPlacer`).
extension ChartLayouter {
    /// Tints behind the data: reference bands, and the runs of categories annotations mark.
    func backdrops(_ chart: Chart, plot: Rect, band: Points, axis: ValueAxis) -> [FrameItem] {
        var items: [FrameItem] = []
        for r in chart.references {
            guard let to = r.to else { continue }
            let y0 = axis.position(r.value), y1 = axis.position(to)
            items.append(.fill(Rect(x: plot.x, y: min(y0, y1), width: plot.width, height: abs(y1 - y0)), theme.colors.tint))
        }
        for a in chart.annotations {
            guard let through = a.through else { continue }
            let (x0, x1) = (plot.x + Points(a.from) * band, plot.x + Points(through + 1) * band)
            items.append(.fill(Rect(x: x0, y: axisTop(axis), width: x1 - x0, height: axisBottom(axis) - axisTop(axis)), theme.colors.tint))
        }
        return items
    }

    /// Over the data: reference lines (dashed, across the plot) and the rules of one-category annotations.
    /// A category's rule runs from `top` (the top of a strip kept for notes, else of the axis) to the axis' foot.
    func overlays(_ chart: Chart, plot: Rect, band: Points, axis: ValueAxis, top: Points? = nil) -> [FrameItem] {
        var items: [FrameItem] = []
        let dashed = Stroke(width: 1, color: theme.colors.muted, dash: [4, 3])
        for r in chart.references where r.to == nil {
            let y = axis.position(r.value)
            items.append(.path(.polyline([Point(x: plot.x, y: y), Point(x: plot.maxX, y: y)]), fill: nil, stroke: dashed))
        }
        for a in chart.annotations where a.through == nil {
            let x = plot.x + (Points(a.from) + 0.5) * band
            items.append(.path(.polyline([Point(x: x, y: min(top ?? axisTop(axis), axisTop(axis))), Point(x: x, y: axisBottom(axis))]), fill: nil,
                               stroke: Stroke(width: 0.8, color: theme.colors.muted, dash: [2, 2])))
        }
        return items
    }

    /// The texts of references and annotations, each at its first free place (see `candidates`); one with
    /// no free place is left out rather than laid over the data.
    func freeTexts(_ chart: Chart, plot: Rect, band: Points, axis: ValueAxis, placer: inout LabelPlacer,
                   droppedNote: inout Bool) -> [FrameItem] {
        var items: [FrameItem] = []
        let style = type.axisTitle
        let gap: Points = 2
        for (r, shaped) in referenceLabels(chart) {
            let (w, h) = (shaped.width, style.lineHeight)
            let xs = slide(from: plot.maxX - w - gap, to: plot.x + gap)
            var tops: [Points]
            if let to = r.to {
                let top = min(axis.position(r.value), axis.position(to)), bottom = max(axis.position(r.value), axis.position(to))
                // Inside the band along its top edge, then its bottom edge, then just outside it.
                tops = bottom - top >= h + 2 * gap ? [top + gap, bottom - h - gap] : []
                tops += [top - h - gap, bottom + gap]
            } else {
                let y = axis.position(r.value)
                tops = [y - h - gap, y + gap]
            }
            let candidates = tops.flatMap { top in xs.map { Rect(x: $0, y: top, width: w, height: h) } }
            if let place = placer.place(candidates) {
                items += LayoutContext.lineItems(shaped, line: 0, style: style, x: place.x, top: place.y, width: nil, alignment: .left)
            }
        }
        for a in chart.annotations {
            guard let note = annotationNote(a, plot: plot, band: band, axis: axis, placer: &placer) else { droppedNote = true; continue }
            items += note
        }
        return items
    }

    /// An annotation's note at the first free place, at the widest of `noteShares` that finds one; nil
    /// where none does.
    private func annotationNote(_ a: ChartAnnotation, plot: Rect, band: Points, axis: ValueAxis, placer: inout LabelPlacer) -> [FrameItem]? {
        let noteStyle = type.note
        let gap: Points = 2
        for share in Self.noteShares {
            let shaped = context.shape(a.text, style: noteStyle, width: noteWidth(share, plotWidth: plot.width))
            let w = shaped.width, h = Points(shaped.lines.count) * noteStyle.lineHeight
            // From the top of the plot (a strip above the data when one was kept for notes) down the axis.
            let top = min(axisTop(axis), placer.bounds.y)
            let downs = stride(from: top + gap, through: axisBottom(axis) - h - gap, by: max(4, noteStyle.lineHeight)).map { $0 }
            // A run's note inside it first, at any height, and only then beside it; a category's beside its rule.
            var preferred: [Points], fallback: [Points] = []
            if let through = a.through {
                let (x0, x1) = (plot.x + Points(a.from) * band, plot.x + Points(through + 1) * band)
                preferred = [x0 + gap * 2, x1 - w - gap * 2]
                fallback = [x1 + gap * 2, x0 - w - gap * 2]
            } else {
                let x = plot.x + (Points(a.from) + 0.5) * band
                preferred = [x + gap * 2, x - w - gap * 2]
            }
            let candidates = [preferred, fallback].flatMap { xs in downs.flatMap { y in xs.map { Rect(x: $0, y: y, width: w, height: h) } } }
            if let place = placer.place(candidates) {
                return LayoutContext.stackedLines(shaped, style: noteStyle, x: place.x, top: place.y, width: w).items
            }
            // A category's rule hemmed in by the data: the note further along, with a leader to its rule.
            if a.through == nil, let (place, leader) = ledNote(a, width: w, height: h, rows: downs, axis: axis, plot: plot, band: band, placer: &placer) {
                return LayoutContext.stackedLines(shaped, style: noteStyle, x: place.x, top: place.y, width: w).items + [leaderItem(leader)]
            }
        }
        return nil
    }

    /// Widths a note is tried at, as shares of the plot: wider first (fewer lines), then narrower.
    static let noteShares: [Points] = [0.34, 0.22, 0.14]

    private func noteWidth(_ share: Points, plotWidth: Points) -> Points {
        max(40, min(plotWidth * share, type.note.size * 22))
    }

    /// The height a note takes at its narrowest width: what a strip kept for notes above the data needs.
    func annotationHeight(_ a: ChartAnnotation, plotWidth: Points) -> Points {
        let shaped = context.shape(a.text, style: type.note, width: noteWidth(Self.noteShares.last ?? 0.14, plotWidth: plotWidth))
        return Points(shaped.lines.count) * type.note.lineHeight
    }

    /// A one-category note placed away from its rule, nearest first, with a level leader back to the rule.
    private func ledNote(_ a: ChartAnnotation, width w: Points, height h: Points, rows: [Points], axis: ValueAxis, plot: Rect,
                         band: Points, placer: inout LabelPlacer) -> (Rect, (Point, Point))? {
        let x = plot.x + (Points(a.from) + 0.5) * band
        let xs = slide(from: x + w * 0.25, to: plot.maxX - w).filter { $0 > x + 6 } + slide(from: x - w * 1.25, to: plot.x).filter { $0 + w < x - 6 }
        for top in rows {
            let boxes = xs.map { Rect(x: $0, y: top, width: w, height: h) }
            // The leader leaves the rule level with the note's first line, or from the rule's top for a note above it.
            let anchor = Point(x: x, y: max(axisTop(axis), top + min(h, noteLineHeight) / 2))
            if let placed = placer.placeWithLeader(boxes, from: anchor) { return placed }
        }
        return nil
    }

    private var noteLineHeight: Points { type.note.lineHeight }

    /// A leader: a hairline from a text to what it labels.
    func leaderItem(_ leader: (Point, Point)) -> FrameItem {
        .path(.polyline([leader.0, leader.1]), fill: nil, stroke: Stroke(width: 0.6 * type.label.size / 7.5, color: theme.colors.muted))
    }

    /// The references that have a label, each with its label shaped in the axis-title style.
    private func referenceLabels(_ chart: Chart) -> [(ReferenceLine, ShapedText)] {
        chart.references.compactMap { r in r.label.map { (r, context.shape($0, style: type.axisTitle, width: nil)) } }
    }

    /// The top and bottom of the value axis: where the highest and lowest ticks sit.
    private func axisTop(_ axis: ValueAxis) -> Points { min(axis.position(axis.scale.upper), axis.position(axis.scale.lower)) }
    private func axisBottom(_ axis: ValueAxis) -> Points { max(axis.position(axis.scale.upper), axis.position(axis.scale.lower)) }

    /// Positions from `start` to `end` in 25 steps: a label's first place, then along towards the other end.
    private func slide(from start: Points, to end: Points) -> [Points] {
        (0...24).map { start + (end - start) * Points($0) / 24 }
    }

    // MARK: - Horizontal bars (values along the bottom)

    /// Tints behind horizontal bars: reference bands as upright strips, annotated runs of rows across.
    func horizontalBackdrops(_ chart: Chart, plot: Rect, band: Points, axis: ValueAxis) -> [FrameItem] {
        var items: [FrameItem] = []
        for r in chart.references {
            guard let to = r.to else { continue }
            let x0 = axis.position(r.value), x1 = axis.position(to)
            items.append(.fill(Rect(x: min(x0, x1), y: plot.y, width: abs(x1 - x0), height: plot.height), theme.colors.tint))
        }
        for a in chart.annotations {
            let through = a.through ?? a.from
            let y0 = plot.y + Points(a.from) * band, y1 = plot.y + Points(through + 1) * band
            items.append(.fill(Rect(x: plot.x, y: y0, width: plot.width, height: y1 - y0), theme.colors.tint))
        }
        return items
    }

    /// Reference lines over horizontal bars, across the bars.
    func horizontalOverlays(_ chart: Chart, plot: Rect, axis: ValueAxis) -> [FrameItem] {
        chart.references.filter { $0.to == nil }.map { r in
            let x = axis.position(r.value)
            return .path(.polyline([Point(x: x, y: plot.y), Point(x: x, y: plot.maxY)]), fill: nil,
                         stroke: Stroke(width: 1, color: theme.colors.muted, dash: [4, 3]))
        }
    }

    /// Reference labels in the strip above the bars, beside their line or band (else further along);
    /// annotation texts at the right of their rows, where the bars and their labels leave room.
    func horizontalFreeTexts(_ chart: Chart, plot: Rect, band: Points, axis: ValueAxis, top: Points, placer: inout LabelPlacer) -> [FrameItem] {
        var items: [FrameItem] = []
        let style = type.axisTitle
        let gap: Points = 2
        for (r, shaped) in referenceLabels(chart) {
            let w = shaped.width
            let x0 = axis.position(r.value), x1 = r.to.map(axis.position) ?? x0
            let (left, right) = (min(x0, x1), max(x0, x1))
            let xs = [right + gap, left - w - gap, right - w - gap, left + gap]
            let candidates = xs.map { Rect(x: $0, y: top, width: w, height: style.lineHeight) }
            if let place = placer.place(candidates) {
                items += LayoutContext.lineItems(shaped, line: 0, style: style, x: place.x, top: place.y, width: nil, alignment: .left)
            }
        }
        let noteStyle = type.note
        for a in chart.annotations {
            let through = a.through ?? a.from
            let y0 = plot.y + Points(a.from) * band, y1 = plot.y + Points(through + 1) * band
            // Wider first (fewer lines), then narrower, wrapped over more lines, where a row leaves less room.
            for share in [0.34, 0.24, 0.16] {
                let shaped = context.shape(a.text, style: noteStyle, width: max(40, placer.bounds.width * share))
                let w = shaped.width, h = Points(shaped.lines.count) * noteStyle.lineHeight
                let xs = slide(from: placer.bounds.maxX - w, to: plot.x + gap)
                let ys = [y0 + (y1 - y0 - h) / 2, y0 + gap, y1 - h - gap]
                let candidates = ys.flatMap { y in xs.map { Rect(x: $0, y: y, width: w, height: h) } }
                if let place = placer.place(candidates) {
                    items += LayoutContext.stackedLines(shaped, style: noteStyle, x: place.x, top: place.y, width: w).items
                    break
                }
            }
        }
        return items
    }
}
