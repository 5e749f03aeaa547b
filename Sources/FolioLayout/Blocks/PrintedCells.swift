import FolioModel

/// A table's body as it prints: each cell formatted by its column (a missing one as the format prints it),
/// column by column. Layout measures and sets these texts, never the cells again, so a cell is formatted
/// once rather than once per measuring pass and again when its row is set; and a table handed over whole
/// (see `LayoutEngine.steps`) lets its cells as read go before any text is shaped. Measured at 100,000 rows:
/// the cells as read take 38 MB (a number keeps its exact digits, unit and currency), their texts 8 MB.
struct PrintedCells: Sendable {
    /// The texts, `columns[c][row]`.
    private(set) var columns: [[String]]
    /// Body rows (the totals row is not among them: it is formatted where it is set).
    let rowCount: Int

    /// `table`'s body, formatted on the pool's shapers when the table is long (see `LayoutContext.inChunks`).
    init(_ table: Table, context: LayoutContext) {
        let rows = table.rows
        rowCount = rows.count
        columns = table.columns.enumerated().map { c, column in
            context.inChunks(rows.count) { k, _ in column.format.format(c < rows[k].count ? rows[k][c] : .missing) }
        }
    }

    private init(columns: [[String]], rowCount: Int) {
        self.columns = columns; self.rowCount = rowCount
    }

    /// The text of body row `row` in column `c`.
    subscript(column c: Int, row row: Int) -> String { columns[c][row] }

    /// Columns `indices` only, in that order (a part of a table split by width).
    func selecting(_ indices: [Int]) -> PrintedCells {
        PrintedCells(columns: indices.map { columns[$0] }, rowCount: rowCount)
    }
}
