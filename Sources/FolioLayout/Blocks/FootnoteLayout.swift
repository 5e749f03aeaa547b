import FolioModel

extension LayoutContext {
    /// A footnote's rows for the foot of a page: its number (a link back to the mark) hanging in the
    /// margin of the note, its text beside it, in the `footnote` style.
    func noteBody(_ note: Footnote) -> NoteBody {
        let style = theme.style(StyleName.footnote)
        let indent = Self.footnoteIndent
        let shaped = shape(note.text, style: style, width: contentWidth - indent)
        var rows = lineRows(shaped, style: style, x: indent, width: contentWidth - indent)
        let number = shape(String(note.number), style: style, width: nil)
        if let first = number.lines.first, !rows.isEmpty {
            let items = Self.lineItems(number, line: 0, style: style, x: 0, top: 0, width: nil, alignment: .left)
            let area = Rect(x: 0, y: 0, width: max(first.width, 6), height: style.lineHeight)
            rows[0].items = [.beginTag(.link(.footnote(note.number), area: area, contents: "Back to the text of note \(note.number)"))]
                + items + [.endTag] + rows[0].items
        }
        return NoteBody(number: note.number, text: note.text, rows: rows)
    }

    /// Where a note's text starts, its number hanging before it.
    static let footnoteIndent: Points = 10

    /// The space between the text and the first note of a page: the `footnote` style's space before, a
    /// short rule in its middle.
    var footnoteSeparator: Points { theme.style(StyleName.footnote).spaceBefore }

    /// The notes of a page set at the foot of its text block, each a Note; and where each note starts.
    func footnoteItems(_ notes: [NoteBody], bottom: Points) -> (items: [FrameItem], tops: [Int: Points]) {
        let total = notes.reduce(0) { $0 + $1.height }
        var y = bottom - total
        let ruleY = y - footnoteSeparator / 2
        var items: [FrameItem] = [.beginTag(.artifact(.layout)),
                                  .rule(from: Point(x: page.margins.left, y: ruleY), to: Point(x: page.margins.left + 72, y: ruleY),
                                        width: theme.table.ruleWidth, color: theme.colors.rule), .endTag]
        var tops: [Int: Points] = [:]
        for note in notes {
            tops[note.number] = y
            items.append(.beginTag(.note))
            for row in note.rows {
                items += row.items.map { $0.offsetBy(dx: page.margins.left, dy: y) }
                y += row.height
            }
            items.append(.endTag)
        }
        return (items, tops)
    }
}
