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
///         totals-row: TOTALS        # every column's other rows must add up to this row
struct DataReader {
    let base: String
    static let keys = ["file", "key", "sums", "totals-row"]

    func read(_ node: SpecNode, inputs: inout [String]) -> [String: DataSource] {
        guard case .mapping(let map) = node.node else {
            node.diagnostics.error(node.location, "expected `data` to map names to CSV files, found \(node.kind)")
            return [:]
        }
        var sources: [String: DataSource] = [:]
        for (k, v) in map {
            let keyNode = node.child(k), valueNode = node.child(v)
            guard let name = keyNode.string("a data set name") else { continue }
            var fileNode = valueNode
            var options: MappingReader? = nil
            if valueNode.scalar == nil {
                guard let m = valueNode.mapping("data set `\(name)`", keys: Self.keys), let f = m.required("file") else { continue }
                options = m
                fileNode = f
            }
            guard let relative = fileNode.string("the path of a CSV file") else { continue }
            let path = relative.hasPrefix("/") ? relative : (base.isEmpty ? relative : base + "/" + relative)
            guard let text = SpecReader.readText(path) else {
                let exists = FileManager.default.fileExists(atPath: path)
                node.diagnostics.error(fileNode.location, exists ? "data file `\(path)` is not UTF-8 text" : "data file not found: `\(path)`",
                                       suggestion: exists ? nil : "paths are relative to the spec's folder")
                continue
            }
            inputs.append(path)
            guard let table = CSVReader.parse(text, file: path, diagnostics: node.diagnostics) else { continue }
            var keyColumn = 0
            if let keyName = options?["key"], let k = keyName.string("a column name") {
                if let c = table.column(named: k) { keyColumn = c }
                else { node.diagnostics.error(keyName.location, "no column `\(k)` in \(path)", suggestion: Suggestions.hint(for: k, in: table.header)) }
            }
            let source = DataSource(name: name, table: table, keyColumn: keyColumn, diagnostics: node.diagnostics)
            if let sums = options?["sums"], let list = sums.sequence("a list of sums") {
                for item in list {
                    guard let s = item.mapping("a sum check", keys: ["parts", "total"]),
                          let partsNode = s.required("parts"), let totalNode = s.required("total"),
                          let partNames = partsNode.sequence("the columns that add up")?.compactMap({ n in n.string("a column name").map { (n, $0) } }),
                          let totalName = totalNode.string("a column name") else { continue }
                    let parts = partNames.compactMap { source.column(named: $0.1, at: $0.0.location) }
                    guard parts.count == partNames.count, let total = source.column(named: totalName, at: totalNode.location) else { continue }
                    source.checkSums(parts: parts, total: total, declaredAt: item.location)
                }
            }
            if let totalsNode = options?["totals-row"], let key = totalsNode.string("the totals row's name"),
               let totalsRow = source.row(keyed: key, at: totalsNode.location) {
                source.checkTotalsRow(totalsRow)
            }
            sources[name] = source
        }
        return sources
    }
}
