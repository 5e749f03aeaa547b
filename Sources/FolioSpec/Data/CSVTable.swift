/// A CSV file read into rows of cells, remembering where every cell was (for error messages).
///
/// Why it is not simply `[[String]]`: a data file of 50 MB holds millions of cells, and a `String` and a
/// `SourceLocation` each took 8 to 20 times the cell's own bytes. The table keeps the file's text once and,
/// per cell, where its field starts and ends in it (8 bytes); a cell's text and its line and column are
/// worked out when asked for, and read the same as before. A value: the storage is never changed.
package struct CSVTable: Sendable {
    /// The file as given in the spec (for messages).
    package var file: String
    /// Column names from the first row.
    package var header: [String]
    /// Where each header name is.
    package var headerLocations: [SourceLocation]
    /// Body rows, each as wide as the header (rows of another width are reported and left out).
    package var rows: Grid<String> { Grid(storage: storage) { $0.cell(row: $1, column: $2) } }
    /// Line and column of each body cell.
    package var locations: Grid<SourceLocation> { Grid(storage: storage) { $0.location(row: $1, column: $2) } }

    let storage: Storage

    /// Index of a column by name.
    package func column(named name: String) -> Int? { header.firstIndex(of: name) }

    /// The file's text and where each kept row's fields lie in it.
    final class Storage: Sendable {
        let file: String
        let text: String
        let width: Int
        /// Start and end (UTF-8 offsets) of each field, row after row: `width` pairs a row.
        let fields: [UInt32]
        /// The line each row starts on.
        let lines: [UInt32]

        init(file: String, text: String, width: Int, fields: [UInt32], lines: [UInt32]) {
            self.file = file; self.text = text; self.width = width; self.fields = fields; self.lines = lines
        }

        var rowCount: Int { lines.count }

        func span(row: Int, column: Int) -> Range<Int> {
            let k = 2 * (row * width + column)
            return Int(fields[k])..<Int(fields[k + 1])
        }

        /// The cell's text: unquoted, `""` read as `"`, line ends as LF, spaces trimmed.
        func cell(row: Int, column: Int) -> String {
            CSVField.value(of: text, span(row: row, column: column)).trimmingSpaces()
        }

        func location(row: Int, column: Int) -> SourceLocation {
            CSVField.location(in: text, file: file, record: span(row: row, column: 0).lowerBound, line: Int(lines[row]),
                              at: span(row: row, column: column).lowerBound)
        }
    }

    /// Per row, a value per cell (its text, or its location), worked out when asked.
    package struct Grid<Value>: RandomAccessCollection, Sendable {
        let storage: Storage
        let cell: @Sendable (Storage, Int, Int) -> Value
        package var startIndex: Int { 0 }
        package var endIndex: Int { storage.rowCount }
        package subscript(row: Int) -> Line<Value> { Line(storage: storage, row: row, cell: cell) }
    }

    /// One row's values, a value per column.
    package struct Line<Value>: RandomAccessCollection, Sendable {
        let storage: Storage
        let row: Int
        let cell: @Sendable (Storage, Int, Int) -> Value
        package var startIndex: Int { 0 }
        package var endIndex: Int { storage.width }
        package subscript(column: Int) -> Value { cell(storage, row, column) }
    }
}
