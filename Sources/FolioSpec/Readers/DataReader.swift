import Foundation
import FolioModel

/// Reads `data:`: named CSV files (paths relative to the spec), their key column and declared sum checks.
///
///     data:
///       ice: data/ice.csv
///       crime:
///         file: data/organized-crime.csv
///         key: metric
///         sums: [{parts: [Q1, Q2, Q3, Q4], total: 2023-24}]
///       regional:
///         file: data/regional.csv
///         totals-row: TOTALS        # every additive column's other rows must add up to this row
///       banques:
///         file: data/banques.csv
///         number-locale: fr-CA      # `1 234,5`, `36,4 %`, `682 000 $`
///         missing: [n.d., ".."]     # the source's own no-value marks
///         columns: {taux: {check: false}, montant: {number-locale: en-CA}, code: {text: true}}
///         sums: [{parts: [T1, T2, T3, T4], total: Année, tolerance: 1}]   # published rounded
struct DataReader {
    let base: String
    static let keys = ["file", "key", "sums", "totals-row", "number-locale", "missing", "columns"]
    /// Options of one column under `columns:`.
    static let columnKeys = ["number-locale", "check", "text"]

    func read(_ node: SpecNode, inputs: inout [String]) -> [String: DataSource] {
        guard case .mapping(let map) = node.node else {
            node.diagnostics.error(node.location, "expected `data` to map names to CSV files, found \(node.kind)")
            return [:]
        }
        var sources: [String: DataSource] = [:]
        for (k, v) in map {
            let keyNode = node.child(k), valueNode = node.child(v)
            guard let name = keyNode.string("a data set name"),
                  let source = dataSet(name, valueNode, diagnostics: node.diagnostics, inputs: &inputs) else { continue }
            sources[name] = source
        }
        return sources
    }

    /// One data set: a CSV file's path, or a mapping of the file and its options (its sums and totals row
    /// checked here).
    private func dataSet(_ name: String, _ valueNode: SpecNode, diagnostics: DiagnosticBag, inputs: inout [String]) -> DataSource? {
        var fileNode = valueNode
        var options: MappingReader? = nil
        if valueNode.scalar == nil {
            guard let m = valueNode.mapping("data set `\(name)`", keys: Self.keys), let f = m.required("file") else { return nil }
            options = m
            fileNode = f
        }
        guard let relative = fileNode.string("the path of a CSV file") else { return nil }
        let path = relative.hasPrefix("/") ? relative : (base.isEmpty ? relative : base + "/" + relative)
        guard let text = SpecReader.readText(path) else {
            let problem = TextFile.problem(path)
            if problem == .missing {
                diagnostics.error(fileNode.location, "data file not found: `\(path)`", suggestion: "paths are relative to the spec's folder")
            } else {
                diagnostics.error(fileNode.location, "data file `\(path)` \(problem)", suggestion: problem.suggestion)
            }
            return nil
        }
        inputs.append(path)
        guard let table = CSVReader.parse(text, file: path, diagnostics: diagnostics) else { return nil }
        var keyColumn = 0
        if let keyName = options?["key"], let k = keyName.string("a column name") {
            if let c = table.column(named: k) { keyColumn = c }
            else { diagnostics.error(keyName.location, "no column `\(k)` in \(path)", suggestion: Suggestions.hint(for: k, in: table.header)) }
        }
        let reading = options.map { readingOptions($0, table: table) } ?? SourceReading()
        let source = DataSource(name: name, table: table, keyColumn: keyColumn, reading: reading, diagnostics: diagnostics)
        if let sums = options?["sums"], let list = sums.sequence("a list of sums") {
            for item in list { checkSum(item, in: source) }
        }
        if let totalsNode = options?["totals-row"] { readTotalsRow(totalsNode, of: source) }
        return source
    }

    /// One item of `sums:`: columns whose values add up to another's in every row.
    private func checkSum(_ item: SpecNode, in source: DataSource) {
        guard let s = item.mapping("a sum check", keys: ["parts", "total", "tolerance"]),
              let partsNode = s.required("parts"), let totalNode = s.required("total"),
              let partNames = partsNode.sequence("the columns that add up")?.compactMap({ n in n.string("a column name").map { (n, $0) } }),
              let totalName = totalNode.string("a column name") else { return }
        let parts = partNames.compactMap { source.column(named: $0.1, at: $0.0.location) }
        guard parts.count == partNames.count, let total = source.column(named: totalName, at: totalNode.location) else { return }
        source.checkSums(parts: parts, total: total, tolerance: s["tolerance"].flatMap(Self.tolerance) ?? ExactDecimal(0),
                         declaredAt: item.location)
    }

    /// `totals-row:`, a row's key (or the key and a tolerance): the row every additive column's other rows
    /// must add up to.
    private func readTotalsRow(_ totalsNode: SpecNode, of source: DataSource) {
        var rowNode = totalsNode, tolerance = ExactDecimal(0)
        if totalsNode.scalar == nil, let tm = totalsNode.mapping("`totals-row`", keys: ["row", "tolerance"]), let r = tm.required("row") {
            rowNode = r
            tolerance = tm["tolerance"].flatMap(Self.tolerance) ?? tolerance
        }
        if let key = rowNode.string("the totals row's name"), let totalsRow = source.row(keyed: key, at: rowNode.location) {
            source.checkTotalsRow(totalsRow, tolerance: tolerance)
            source.totalsRow = totalsRow
        }
    }

    /// `number-locale`, `missing` and per-column `columns:` options of a data set.
    private func readingOptions(_ m: MappingReader, table: CSVTable) -> SourceReading {
        var reading = SourceReading()
        if let n = m["number-locale"], let symbols = Self.locale(n) { reading.symbols = symbols }
        if let marks = m.strings("missing") { reading.missing = Set(marks.map { $0.trimmingSpaces() }) }
        guard let columns = m["columns"] else { return reading }
        guard case .mapping(let map) = columns.node else {
            columns.diagnostics.error(columns.location, "expected `columns` to map column names to `{number-locale, check, text}`")
            return reading
        }
        for (k, v) in map {
            let keyNode = columns.child(k)
            guard let name = keyNode.string("a column name") else { continue }
            guard table.column(named: name) != nil else {
                columns.diagnostics.error(keyNode.location, "no column `\(name)` in \(table.file)", suggestion: Suggestions.hint(for: name, in: table.header))
                continue
            }
            guard let cm = columns.child(v).mapping("column `\(name)`", keys: Self.columnKeys) else { continue }
            if let n = cm["number-locale"], let symbols = Self.locale(n) { reading.columnSymbols[name] = symbols }
            if let check = cm.bool("check") { reading.columnChecks[name] = check }
            if let text = cm.bool("text") { reading.declaredText[name] = text }
        }
        return reading
    }

    /// A BCP 47 tag the locale data knows (`fr-CA`, `de-DE`), or a located error.
    static func locale(_ node: SpecNode) -> NumberSymbols? {
        guard let tag = node.string("a locale such as `fr-CA`") else { return nil }
        if let symbols = NumberSymbols.locale(tag) { return symbols }
        node.diagnostics.error(node.location, "unknown locale `\(tag)`", suggestion: "use a BCP 47 tag such as `en-CA`, `fr-CA`, `en-GB` or `de-DE`")
        return nil
    }

    /// A non-negative tolerance such as `1` or `0.5`.
    static func tolerance(_ node: SpecNode) -> ExactDecimal? {
        guard let text = node.string("a tolerance such as `1`") else { return nil }
        if case .number(let q, nil) = NumberReader.read(text), q.unit == .plain, !q.exact.isNegative { return q.exact }
        node.diagnostics.error(node.location, "expected a tolerance such as `1` or `0.5`, found `\(text)`")
        return nil
    }
}
