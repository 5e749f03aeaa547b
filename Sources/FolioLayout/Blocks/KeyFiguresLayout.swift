import FolioModel

extension LayoutContext {
    /// Key figures side by side on the grid: a hairline, the big number, its label. Never split.
    func keyFiguresElement(_ figures: KeyFigures) -> FlowElement {
        let valueStyle = theme.style(StyleName.figureValue)
        let labelStyle = theme.style(StyleName.figureLabel)
        let count = max(1, figures.items.count)
        let gutter = theme.grid.gutter * 1.5
        let columnWidth = (contentWidth - gutter * Points(count - 1)) / Points(count)
        // Values share one size; shrunk together when the widest would not fit its column.
        var fitted = valueStyle
        let widest = figures.items.map { shape($0.value, style: valueStyle, width: nil).width }.max() ?? 0
        if widest > columnWidth, widest > 0 {
            fitted.size = ((valueStyle.size * columnWidth / widest) * 2).rounded(.down) / 2
            fitted.lineHeight = valueStyle.lineHeight * fitted.size / valueStyle.size
        }
        var items: [FrameItem] = []
        var height: Points = 0
        for (i, figure) in figures.items.enumerated() {
            let x = Points(i) * (columnWidth + gutter)
            var y: Points = 0
            items.append(.rule(from: Point(x: x, y: 0.5), to: Point(x: x + columnWidth, y: 0.5), width: 1, color: theme.colors.rule))
            y += 8
            items.append(.beginTag(.paragraph()))
            // Values are bottom-aligned in the standard line so shrunk ones share a baseline with their labels.
            items += Self.stackedLines(shape(figure.value, style: fitted, width: nil), style: fitted, x: x,
                                  top: y + valueStyle.lineHeight - fitted.lineHeight, width: columnWidth).items
            y += valueStyle.lineHeight + 2
            let label = Self.stackedLines(shape(figure.label, style: labelStyle, width: columnWidth), style: labelStyle,
                                     x: x, top: y, width: columnWidth)
            items += label.items
            y += label.height
            if let note = figure.note {
                let noteStyle = theme.style(StyleName.sourceNote)
                let lines = Self.stackedLines(shape(note, style: noteStyle, width: columnWidth), style: noteStyle,
                                         x: x, top: y, width: columnWidth)
                items += lines.items
                y += lines.height
            }
            items.append(.endTag)
            height = max(height, y)
        }
        var element = FlowElement(rows: [Row(height: height, items: items)])
        element.spaceBefore = 10
        element.spaceAfter = 20
        element.atomic = true
        element.tag = .division
        return element
    }
}
