/// RFC 4180 CSV: commas, double-quoted fields with `""` escapes, CRLF, CR or LF line ends. One pass over the
/// file's UTF-8 bytes finds where every field is; the header is read at once, the body's cells when asked
/// (see `CSVTable`).
enum CSVReader {
    static func parse(_ text: String, file: String, diagnostics: DiagnosticBag) -> CSVTable? {
        var text = text
        text.makeContiguousUTF8()
        guard text.utf8.count < Int(UInt32.max) else {
            diagnostics.error(SourceLocation(file: file, line: 1, column: 1), "the data file is larger than 4 GB")
            return nil
        }
        var splitter = CSVSplitter(text: text, file: file)
        guard splitter.split(diagnostics: diagnostics) else { return nil }
        return splitter.table(diagnostics: diagnostics)
    }
}

/// The pass that finds the fields: where each starts and ends, and the line each row starts on. Rows are
/// checked as they end (width, cell length), so a rejected row's fields are dropped at once and the kept
/// ones are never copied.
struct CSVSplitter {
    let text: String
    let file: String
    /// Start and end of every kept body field, then of the record being read.
    private var spans: [UInt32] = []
    /// The header's field spans and line, once read.
    private var header: (spans: [UInt32], line: Int)?
    /// The line each kept body row starts on.
    private var lines: [UInt32] = []
    /// Rows left out, with why, in file order (reported after the header's own problems).
    private var rejected: [(SourceLocation, String)] = []

    init(text: String, file: String) { self.text = text; self.file = file }

    /// Splits the text into fields; false (with an error) when a quoted field is never closed.
    mutating func split(diagnostics: DiagnosticBag) -> Bool {
        var text = self.text
        let (separators, lineEnds) = text.withUTF8 { bytes in Self.count(bytes) }
        spans.reserveCapacity(2 * (separators + 1))
        lines.reserveCapacity(lineEnds + 1)
        var unclosed: (offset: Int, line: Int)?
        text.withUTF8 { bytes in unclosed = scan(bytes) }
        if let unclosed {
            diagnostics.error(CSVField.location(in: self.text, file: file, record: unclosed.offset, line: unclosed.line, at: unclosed.offset),
                              "this quoted field is never closed", suggestion: "add the closing `\"`")
            return false
        }
        return true
    }

    /// Commas and line ends (an upper bound on fields), and line ends (on records).
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var separators = 0, lines = 0
        for byte in bytes where byte == CSVField.comma || byte == CSVField.lf || byte == CSVField.cr {
            separators += 1
            if byte != CSVField.comma { lines += 1 }
        }
        return (separators, lines)
    }

    /// The state machine over the bytes; returns where an unclosed quote opened, if one did.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, line: Int)? {
        var line = 1, recordLine = 1, fieldStart = 0, recordStart = spans.count
        var hasContent = false, inQuotes = false
        var opened = (offset: 0, line: 1)
        var i = 0
        func endField(_ end: Int) { spans.append(UInt32(fieldStart)); spans.append(UInt32(end)) }
        while i < bytes.count {
            let byte = bytes[i]
            if inQuotes {
                if byte == CSVField.quote {
                    if i + 1 < bytes.count && bytes[i + 1] == CSVField.quote { hasContent = true; i += 2; continue }
                    inQuotes = false
                } else {
                    hasContent = true
                    if byte == CSVField.cr && i + 1 < bytes.count && bytes[i + 1] == CSVField.lf { i += 1 }
                    if byte == CSVField.cr || byte == CSVField.lf { line += 1 }
                }
            } else if byte == CSVField.quote && !hasContent {
                inQuotes = true
                opened = (i, line)
            } else if byte == CSVField.comma {
                endField(i)
                fieldStart = i + 1; hasContent = false
            } else if byte == CSVField.lf || byte == CSVField.cr {
                endField(i)
                endRecord(from: recordStart, line: recordLine, lastHasContent: hasContent)
                if byte == CSVField.cr && i + 1 < bytes.count && bytes[i + 1] == CSVField.lf { i += 1 }
                line += 1; recordLine = line; fieldStart = i + 1; hasContent = false; recordStart = spans.count
            } else {
                hasContent = true
            }
            i += 1
        }
        if inQuotes { return opened }
        if hasContent || spans.count > recordStart {
            endField(bytes.count)
            endRecord(from: recordStart, line: recordLine, lastHasContent: hasContent)
        }
        return nil
    }

    /// Takes the record just split (its spans from `start`): the header if none was read yet, else a body
    /// row, kept if it fits. One empty field (a blank line) is no record.
    private mutating func endRecord(from start: Int, line: Int, lastHasContent: Bool) {
        if spans.count - start == 2 && !lastHasContent {
            spans.removeLast(2)
            return
        }
        guard let header else {
            header = (Array(spans[start...]), line)
            spans.removeLast(spans.count - start)
            return
        }
        if let problem = problem(spans: start..<spans.count, line: line, width: header.spans.count / 2) {
            rejected.append(problem)
            spans.removeLast(spans.count - start)
            return
        }
        lines.append(UInt32(line))
    }

    /// Why a body row cannot be kept: another width than the header's, or a cell over 2,000 characters.
    private func problem(spans range: Range<Int>, line: Int, width: Int) -> (SourceLocation, String)? {
        let count = range.count / 2
        if count != width {
            return (location(spans, range, line: line, field: 0), "this row has \(count) cells but the header has \(width)")
        }
        for f in 0..<count {
            let k = range.lowerBound + 2 * f
            guard spans[k + 1] - spans[k] > 2_000 else { continue }
            let characters = CSVField.value(of: text, Int(spans[k])..<Int(spans[k + 1])).count
            if characters > 2_000 {
                return (location(spans, range, line: line, field: f), "this cell has \(characters) characters; a table cell holds at most 2000")
            }
        }
        return nil
    }

    /// The table: the header read, its problems and the rejected rows reported.
    func table(diagnostics: DiagnosticBag) -> CSVTable? {
        guard let header else {
            diagnostics.error(SourceLocation(file: file, line: 1, column: 1), "the data file is empty; expected a header row of column names")
            return nil
        }
        let headerLocations = (0..<(header.spans.count / 2)).map { location(header.spans, header.spans.indices, line: header.line, field: $0) }
        let names = stride(from: 0, to: header.spans.count, by: 2).map { k in
            CSVField.value(of: text, Int(header.spans[k])..<Int(header.spans[k + 1])).trimmingSpaces()
        }
        CSVReader.reportDuplicates(names, at: headerLocations, diagnostics: diagnostics)
        for (location, message) in rejected { diagnostics.error(location, message) }
        let storage = CSVTable.Storage(file: file, text: text, width: names.count, fields: spans, lines: lines)
        return CSVTable(file: file, header: names, headerLocations: headerLocations, storage: storage)
    }

    /// Where field `field` of the record whose spans are `range` of `spans` starts.
    private func location(_ spans: [UInt32], _ range: Range<Int>, line: Int, field: Int) -> SourceLocation {
        CSVField.location(in: text, file: file, record: Int(spans[range.lowerBound]), line: line,
                          at: Int(spans[range.lowerBound + 2 * field]))
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
