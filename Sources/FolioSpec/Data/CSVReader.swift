/// A CSV file read into rows of raw text, remembering where every cell was (for error messages).
public struct CSVTable: Sendable {
    /// The file as given in the spec (for messages).
    public var file: String
    /// Column names from the first row.
    public var header: [String]
    /// Body rows; each padded or reported to the header's width.
    public var rows: [[String]]
    /// Line and column of each body cell.
    public var locations: [[SourceLocation]]
    /// Where each header name is.
    public var headerLocations: [SourceLocation]

    /// Index of a column by name.
    public func column(named name: String) -> Int? { header.firstIndex(of: name) }
}

/// RFC 4180 CSV: commas, double-quoted fields with `""` escapes, CRLF or LF line ends.
enum CSVReader {
    static func parse(_ text: String, file: String, diagnostics: DiagnosticBag) -> CSVTable? {
        var scanner = Scanner(file: file)
        guard let (records, locations) = scanner.records(text) else {
            diagnostics.error(scanner.quoteOpened, "this quoted field is never closed", suggestion: "add the closing `\"`")
            return nil
        }
        guard let header = records.first else {
            diagnostics.error(SourceLocation(file: file, line: 1, column: 1), "the data file is empty; expected a header row of column names")
            return nil
        }
        let headerLocations = locations[0]
        reportDuplicates(header.map { $0.trimmingSpaces() }, at: headerLocations, diagnostics: diagnostics)
        var rows: [[String]] = []
        var rowLocations: [[SourceLocation]] = []
        for (r, row) in records.dropFirst().enumerated() {
            let locs = locations[r + 1]
            if row.count != header.count {
                let where_ = locs.first ?? SourceLocation(file: file, line: 1, column: 1)
                diagnostics.error(where_, "this row has \(row.count) cells but the header has \(header.count)")
                continue
            }
            if let long = row.firstIndex(where: { $0.count > 2_000 }) {
                diagnostics.error(locs[long], "this cell has \(row[long].count) characters; a table cell holds at most 2000")
                continue
            }
            rows.append(row.map { $0.trimmingSpaces() })
            rowLocations.append(locs)
        }
        return CSVTable(file: file, header: header.map { $0.trimmingSpaces() }, rows: rows, locations: rowLocations,
                        headerLocations: headerLocations)
    }
}

extension CSVReader {
    /// A column name given twice is an error at the second, naming the first: a table, chart or sum asking
    /// for it would otherwise get the first column, the second silently never printed.
    static func reportDuplicates(_ header: [String], at locations: [SourceLocation], diagnostics: DiagnosticBag) {
        var first: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard let earlier = first[name] else { first[name] = index; continue }
            let what = name.isEmpty ? "an empty column name" : "column `\(name)`"
            diagnostics.error(locations[index], "\(what) appears twice in the header: it is also column \(earlier + 1) (line \(locations[earlier].line), column \(locations[earlier].column))",
                              suggestion: "give every column its own name")
        }
    }
}

extension String {
    /// CRLF and CR become LF, so line numbers match what editors show.
    func replacingLineEnds() -> String {
        guard contains("\r") else { return self }
        var out = ""
        var previousCR = false
        for ch in self {
            if ch == "\r\n" { out.append("\n"); previousCR = false; continue }
            if ch == "\r" { out.append("\n"); previousCR = true; continue }
            if ch == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(ch)
        }
        return out
    }
}
