import FolioModel

/// A data file named in the spec, read and checked once, shared by every table and figure that uses it.
final class DataSource {
    let name: String
    let table: CSVTable
    /// The column whose values name the rows (the first column unless the spec says otherwise).
    let keyColumn: Int
    let diagnostics: DiagnosticBag
    /// Every non-key cell read once: nil where it is not a number (reported when read).
    private var parsed: [[Cell?]] = []
    private var checkedTotals: Set<Int> = []

    /// Columns of labels rather than figures: the key column, and every column in which no cell reads as a
    /// number and every other cell is words (more letters than digits: a region, `Unit 4`). A column with a
    /// figure in it stays a number column, and so does one whose cells look like figures typed wrong
    /// (`87x2`), so a non-number among figures is still an error.
    let textColumns: Set<Int>

    init(name: String, table: CSVTable, keyColumn: Int, diagnostics: DiagnosticBag) {
        self.name = name; self.table = table; self.keyColumn = keyColumn; self.diagnostics = diagnostics
        textColumns = Self.labelColumns(table, keyColumn: keyColumn)
        let text = textColumns
        parsed = table.rows.indices.map { r in
            table.header.indices.map { c in text.contains(c) ? .text(table.rows[r][c]) : read(row: r, column: c) }
        }
    }

    /// Whether `column` holds labels (see `textColumns`).
    func isText(_ column: Int) -> Bool { textColumns.contains(column) }

    private static func labelColumns(_ table: CSVTable, keyColumn: Int) -> Set<Int> {
        var columns: Set<Int> = [keyColumn]
        for c in table.header.indices where c != keyColumn {
            var words = false
            var figures = false
            for row in table.rows {
                switch NumberReader.read(row[c]) {
                case .missing: continue
                case .number: figures = true
                case .notANumber:
                    let letters = row[c].filter(\.isLetter).count, digits = row[c].filter(\.isNumber).count
                    if letters > digits { words = true } else { figures = true }
                }
                if figures { break }
            }
            if words && !figures { columns.insert(c) }
        }
        return columns
    }

    /// A cell as a number (or missing); nil when it is not a number (already reported at its CSV location).
    func number(row: Int, column: Int) -> Cell? { parsed[row][column] }

    private func read(row: Int, column: Int) -> Cell? {
        let raw = table.rows[row][column]
        let location = table.locations[row][column]
        switch NumberReader.read(raw) {
        case .missing: return .missing
        case .number(let q, let warning):
            if let warning {
                diagnostics.warning(location, warning + " (row `\(table.rows[row][keyColumn])`, column `\(table.header[column])`)")
            }
            return .number(q)
        case .notANumber where raw.count > 15 && raw.allSatisfy({ $0.isASCIIDigit || ",.$%-()".contains($0) }):
            diagnostics.error(location, "`\(raw)` in column `\(table.header[column])` is too large: figures are kept exact up to 15 digits")
            return nil
        case .notANumber:
            diagnostics.error(location, "`\(raw)` in column `\(table.header[column])` is not a number",
                              suggestion: "write digits with optional `,` separators, `$`, `%` or a sign; use `–` or leave the cell empty for no value")
            return nil
        }
    }

    /// The row whose key cell is `key`, or nil (with an error listing the keys at `location`).
    func row(keyed key: String, at location: SourceLocation) -> Int? {
        if let i = table.rows.firstIndex(where: { $0[keyColumn] == key }) { return i }
        let keys = table.rows.map { $0[keyColumn] }
        diagnostics.error(location, "no row `\(key)` in \(table.file)", suggestion: Suggestions.hint(for: key, in: keys))
        return nil
    }

    /// A column by name, or nil (with an error listing the columns at `location`).
    func column(named name: String, at location: SourceLocation) -> Int? {
        if let c = table.column(named: name) { return c }
        diagnostics.error(location, "no column `\(name)` in \(table.file)",
                          suggestion: Suggestions.closest(to: name, in: table.header).map { "did you mean `\($0)`?" }
                            ?? "its columns are: " + table.header.map { "`\($0)`" }.joined(separator: ", "))
        return nil
    }

    /// Checks that in every row the `parts` columns add up to the `total` column (missing counts as nothing;
    /// a missing total requires every part missing).
    func checkSums(parts: [Int], total: Int, declaredAt location: SourceLocation) {
        for r in table.rows.indices {
            guard let totalCell = number(row: r, column: total) else { continue }
            var sum = 0.0
            var any = false
            var ok = true
            for p in parts {
                guard let cell = number(row: r, column: p) else { ok = false; break }
                if let q = cell.quantity { sum += q.value; any = true }
            }
            guard ok else { continue }
            let names = parts.map { table.header[$0] }.joined(separator: " + ")
            let key = table.rows[r][keyColumn]
            switch totalCell {
            case .number(let q):
                if abs(q.value - sum) > 0.005 {
                    diagnostics.error(table.locations[r][total],
                                      "`\(key)`: \(names) add up to \(NumberFormat.auto.format(Quantity(sum, unit: q.unit, decimals: q.decimals))) but `\(table.header[total])` is \(NumberFormat.auto.format(q))",
                                      suggestion: "check the figures against the source (sum declared at \(location))")
                }
            case .missing where any:
                diagnostics.error(table.locations[r][total],
                                  "`\(key)`: `\(table.header[total])` has no value but \(names) add up to \(NumberFormat.auto.format(Quantity(sum)))")
            default: break
            }
        }
    }

    /// Checks that in every numeric column the other rows add up to `totalsRow` (once per data set,
    /// however many tables use it).
    func checkTotalsRow(_ totalsRow: Int) {
        guard checkedTotals.insert(totalsRow).inserted else { return }
        for c in table.header.indices where !isText(c) {
            guard case .number(let total)? = number(row: totalsRow, column: c) else { continue }
            var sum = 0.0
            for r in table.rows.indices where r != totalsRow { sum += number(row: r, column: c)?.quantity?.value ?? 0 }
            if abs(sum - total.value) > 0.005 {
                diagnostics.error(table.locations[totalsRow][c],
                                  "column `\(table.header[c])`: the rows add up to \(NumberFormat.auto.format(Quantity(sum, unit: total.unit, decimals: total.decimals))) but the totals row says \(NumberFormat.auto.format(total))",
                                  suggestion: "check the figures against the source")
            }
        }
    }
}
