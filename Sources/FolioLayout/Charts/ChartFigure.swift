import FolioModel

extension LayoutContext {
    /// A chart in the report: caption (its title), subtitle, the chart body and its source note, kept
    /// together in a division; the body is a figure whose alternative text describes the data.
    func chartElement(_ chart: Chart) -> FlowElement {
        let caption = theme.style(StyleName.caption)
        let note = theme.style(StyleName.sourceNote)
        var rows: [Row] = []
        let title = Self.stackedLines(shape(chart.title, style: caption, width: contentWidth), style: caption, x: 0, top: 0, width: contentWidth)
        rows.append(Row(height: title.height + (chart.subtitle == nil ? caption.spaceAfter : 2),
                        items: [.beginTag(.caption)] + title.items + [.endTag]))
        if let subtitle = chart.subtitle {
            let lines = Self.stackedLines(shape(subtitle, style: note, width: contentWidth), style: note, x: 0, top: 0, width: contentWidth)
            rows.append(Row(height: lines.height + caption.spaceAfter, items: [.beginTag(.paragraph())] + lines.items + [.endTag],
                            canBreakBefore: false))
        }
        let layouter = ChartLayouter(context: self, type: ChartTypography(theme: theme, scale: 1))
        let body = layouter.body(chart, in: Rect(x: 0, y: 0, width: contentWidth, height: chart.height))
        // The Figure holds the whole drawing (axes, ticks, labels, bars) and no child element, so that Cairo
        // marks all of it as the figure's content; its /Alt stands for it.
        rows.append(Row(height: chart.height, items: [.beginTag(.figure(alt: chart.altText))] + body + [.endTag], canBreakBefore: false))
        if let source = chart.source {
            let lines = Self.stackedLines(shape(source, style: note, width: contentWidth), style: note, x: 0, top: note.spaceBefore, width: contentWidth)
            rows.append(Row(height: lines.height + note.spaceBefore, items: [.beginTag(.paragraph())] + lines.items + [.endTag],
                            canBreakBefore: false))
        }
        var element = FlowElement(rows: rows)
        element.spaceBefore = caption.spaceBefore
        element.spaceAfter = note.spaceAfter
        element.atomic = true
        // Caption, subtitle, figure and source note together in one division.
        element.tag = .division
        element.floats = chart.floats
        return element
    }
}

/// Lays out a chart as a standalone image (a release graphic): title, subtitle, the chart, and a footer
/// with the source and the organisation, because the image travels without the report around it.
package struct ChartImageLayout {
    private let shaper: any TextShaper
    private let theme: Theme

    package init(shaper: any TextShaper, theme: Theme) {
        self.shaper = shaper; self.theme = theme
    }

    /// The chart on a page of `size` (in pixels at scale 1, which are points for PDF and SVG).
    package func page(_ chart: Chart, size: Size, organisation: String?) -> PageFrame {
        let context = LayoutContext(theme: theme, shaper: shaper, page: PageSetup(size: size, margins: Insets(all: 0)))
        let s = max(0.55, min(2.4, min(size.width / 1200, size.height / 675) * 2))
        let type = ChartTypography(theme: theme, scale: s)
        let pad = (min(size.width, size.height) * 0.05).rounded()
        let width = size.width - 2 * pad
        var items: [FrameItem] = [.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), .white)]
        var y = pad
        let title = LayoutContext.stackedLines(context.shape(chart.title, style: type.title, width: width), style: type.title, x: pad, top: y, width: width)
        items += title.items
        y += title.height
        if let subtitle = chart.subtitle {
            let lines = LayoutContext.stackedLines(context.shape(subtitle, style: type.subtitle, width: width), style: type.subtitle, x: pad, top: y + 2, width: width)
            items += lines.items
            y += lines.height + 2
        }
        y += type.label.lineHeight
        // Footer: source on the left, organisation on the right.
        var footerHeight: Points = 0
        var footer: [FrameItem] = []
        var bold = type.source
        bold.weight = 600
        let orgText = organisation.map { context.shape($0, style: bold, width: nil) }
        let orgWidth = orgText.map { $0.width + type.source.size * 2 } ?? 0
        if let source = chart.source {
            let shaped = context.shape(source, style: type.source, width: max(40, width - orgWidth))
            footerHeight = Points(shaped.lines.count) * type.source.lineHeight
            footer += LayoutContext.stackedLines(shaped, style: type.source, x: pad, top: size.height - pad - footerHeight, width: width).items
        }
        if let orgText {
            footerHeight = max(footerHeight, type.source.lineHeight)
            footer += LayoutContext.lineItems(orgText, line: 0, style: bold, x: pad, top: size.height - pad - type.source.lineHeight,
                                        width: width, alignment: .right)
        }
        items += footer
        let bodyRect = Rect(x: pad, y: y, width: width, height: max(20, size.height - pad - footerHeight - type.label.lineHeight - y))
        items += ChartLayouter(context: context, type: type).body(chart, in: bodyRect)
        return PageFrame(size: size, items: items)
    }
}
