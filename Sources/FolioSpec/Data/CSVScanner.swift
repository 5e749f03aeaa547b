extension CSVReader {
    /// Splits CSV text into records of raw fields, remembering where each field starts. Blank lines are
    /// no records.
    struct Scanner {
        let file: String
        /// Where the quoted field left open at the end began (when `records` returns nil).
        private(set) var quoteOpened: SourceLocation
        private var records: [[String]] = []
        private var locations: [[SourceLocation]] = []
        private var field = ""
        private var record: [String] = []
        private var recordLocations: [SourceLocation] = []
        private var line = 1, column = 1
        private var fieldStart: SourceLocation

        init(file: String) {
            self.file = file
            fieldStart = SourceLocation(file: file, line: 1, column: 1)
            quoteOpened = fieldStart
        }

        /// The records of `text` and where each field starts; nil where a quoted field is never closed.
        mutating func records(_ text: String) -> (records: [[String]], locations: [[SourceLocation]])? {
            var inQuotes = false
            var iterator = Array(text.replacingLineEnds()).makeIterator()
            var pending: Character? = nil
            while let ch = pending ?? iterator.next() {
                pending = nil
                if inQuotes {
                    if ch == "\"" {
                        if let next = iterator.next() {
                            if next == "\"" { field.append("\""); column += 2; continue }
                            pending = next
                        }
                        inQuotes = false
                        column += 1
                    } else {
                        field.append(ch)
                        if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                    }
                    continue
                }
                inQuotes = unquoted(ch)
            }
            if inQuotes { return nil }
            if !field.isEmpty || !record.isEmpty { endField(); endRecord() }
            return (records, locations)
        }

        /// Reads `ch` outside quotes; true where it opens a quoted field.
        private mutating func unquoted(_ ch: Character) -> Bool {
            switch ch {
            case "\"" where field.isEmpty:
                quoteOpened = SourceLocation(file: file, line: line, column: column)
                column += 1
                return true
            case ",":
                endField()
                column += 1
                fieldStart = SourceLocation(file: file, line: line, column: column)
            case "\n":
                endField(); endRecord()
                line += 1; column = 1
                fieldStart = SourceLocation(file: file, line: line, column: column)
            default:
                field.append(ch)
                column += 1
            }
            return false
        }

        private mutating func endField() {
            record.append(field); recordLocations.append(fieldStart); field = ""
        }

        private mutating func endRecord() {
            if !(record.count == 1 && record[0].isEmpty) { records.append(record); locations.append(recordLocations) }
            record = []; recordLocations = []
        }
    }
}
