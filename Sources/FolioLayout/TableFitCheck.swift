import FolioModel

/// A table that cannot be set inside the text block even split into parts at the smallest type: layout
/// still prints every column (one figure column per part, past the margin), so the caller must stop the
/// build with this, at the table's place in the spec (layout knows blocks, not spec locations).
package struct TableFitProblem: Sendable, Equatable {
    /// Index of the table among `Report.blocks`.
    package var blockIndex: Int
    package var message: String
    package var suggestion: String
}

extension LayoutEngine {
    /// Every table of `report` that cannot fit the text block (see `TablePlan`), measured with this
    /// engine's shaper exactly as layout measures it. Tables that certainly fit (see `certainlyFits`) are
    /// not measured: layout measures them once anyway, and most tables are such.
    package func tableFitProblems(_ report: Report) -> [TableFitProblem] {
        let context = LayoutContext(theme: report.theme, shaper: mainShaper, page: report.page)
        var problems: [TableFitProblem] = []
        for (i, block) in report.blocks.enumerated() {
            guard case .table(let table) = block, !context.certainlyFits(table),
                  let message = context.orientedTablePlan(table).plan.problem else { continue }
            let mayTurn = !context.isLandscape && (table.landscape ?? report.theme.table.landscape) == .never
            let landscape = mayTurn ? "allow a landscape page (`landscape: auto`), " : ""
            problems.append(TableFitProblem(blockIndex: i, message: message,
                                            suggestion: "\(landscape)shorten the widest figures (`format: compact`), lower `theme.table.minimum-font-size`, or use a wider page"))
        }
        return problems
    }
}

extension LayoutContext {
    /// Whether `table` can be set, split if need be, without a problem, judged from character counts alone:
    /// a table has one only when its label columns (each at least the label floor, else its longest word)
    /// and its widest figure column are together wider than the text block (see `TablePlan.split`). Every
    /// width here is over-estimated (1.2 em a character at the largest table type size, the widest
    /// padding), so a `true` is certain; a `false` means "measure it".
    func certainlyFits(_ table: Table) -> Bool {
        let setting = TableSetting.standard(theme)
        let size = max(setting.cell.size, setting.header.size, setting.total.size)
        let pad = 2 * setting.paddingX + 1
        func upper(_ text: String) -> Points { Points(text.unicodeScalars.count) * size * 1.2 }
        func longestWord(_ text: String) -> Points { text.split(separator: " ").map { upper(String($0)) }.max() ?? 0 }
        var labels: Points = 0, widestFigure: Points = 0
        for (c, column) in table.columns.enumerated() {
            var cells = table.rows.map { c < $0.count ? $0[c] : .missing }
            if let totals = table.totals { cells.append(c < totals.count ? totals[c] : .missing) }
            let texts = cells.map { column.format.format($0) }
            if column.isText {
                let word = ([column.header] + texts).map(longestWord).max() ?? 0
                labels += max(TableWidths.labelFloor, word + pad)
            } else {
                let cell = texts.map(upper).max() ?? 0
                widestFigure = max(widestFigure, max(longestWord(column.header), cell, TableWidths.labelFloor) + pad)
            }
        }
        return labels + widestFigure <= contentWidth
    }
}
