import FolioModel

/// A table's body row as its shaped cells, its items made only when the row is placed (`Row.items`).
///
/// Why: a table's rows are all laid out before pagination places the first (its columns are measured over
/// every cell), and a long one keeps them all at once. A four-column row made into frame items took about
/// 550 bytes (fills, tags, lines, rule); as cells it takes about 70, its text already shaped. 100,000 rows:
/// 48 MB less at the peak. The items are made by the same code as the header's and the totals' (`tableRowItems`).
struct TableRowCells: Sendable {
    /// Each column's text, shaped for it.
    var shaped: [ShapedText]
    /// What every body row of the table (or part) shares.
    var body: TableBody
    /// The row's place among the body rows (every second one is striped when the theme says so).
    var index: Int
    /// Whether a rule is drawn under the row (all but the last above the totals).
    var ruled: Bool
    /// The row's height as laid out (its items stay where they were laid out, whatever the row's height becomes).
    var height: Points

    /// The row's items: its stripe, then the row as any table row is drawn, then its rule.
    func items() -> [FrameItem] {
        let parts = parts()
        return parts.fills + parts.cells + parts.rules
    }

    /// The row's items in the three parts a run of rows draws one after the other (see `PlacedRow.run`): the
    /// fills under it (its stripe, its emphasised columns), its cells (tagged TR > TH/TD), the rule under it.
    func parts() -> Parts {
        let m = body.metrics, t = body.table
        var fills = LayoutContext.emphasisFills(metrics: m, table: t, height: height)
        if let zebra = t.zebra, index % 2 == 1 {
            fills.insert(.fill(Rect(x: 0, y: 0, width: m.totalWidth, height: height), zebra), at: 0)
        }
        let cells = LayoutContext.tableRowCells(shaped, metrics: m, style: m.setting.cell, table: t, height: height,
                                                bottomAligned: false, cellTag: LayoutContext.bodyCellTag(m))
        let rules: [FrameItem] = ruled
            ? [.rule(from: Point(x: 0, y: height), to: Point(x: m.totalWidth, y: height), width: t.ruleWidth, color: body.ruleColor)]
            : []
        return Parts(fills: fills, cells: cells, rules: rules)
    }

    struct Parts {
        var fills: [FrameItem], cells: [FrameItem], rules: [FrameItem]
        /// Each part moved by `dx`, `dy`.
        func offsetBy(dx: Points, dy: Points) -> Parts {
            let move = { (items: [FrameItem]) in items.map { $0.offsetBy(dx: dx, dy: dy) } }
            return Parts(fills: move(fills), cells: move(cells), rules: move(rules))
        }
    }
}

/// What the body rows of one table (or part) share: its columns and setting, the theme's table style and rule colour.
final class TableBody: Sendable {
    let metrics: TableMetrics
    let table: TableStyle
    let ruleColor: Color
    init(metrics: TableMetrics, table: TableStyle, ruleColor: Color) {
        self.metrics = metrics; self.table = table; self.ruleColor = ruleColor
    }
}
