/// Which rows of a data set a chart or a table shows, read the same way for both:
///
///     rows: [CHILDREN RESCUED, CHARGES LAID]    # these rows, in this order
///     exclude-rows: [TOTALS]                    # or every row but these
///
/// Every name must match a row: a misspelt exclusion would otherwise silently keep the row it meant to
/// drop (a totals bar among the regions), so it is an error at the name with a "did you mean".
enum RowSelection {
    static let keys = ["rows", "exclude-rows"]

    /// The selected rows as (key, row index) in display order; nil only when `rows` and `exclude-rows`
    /// are both given (an error). Names that match nothing are reported and left out.
    static func read(_ m: MappingReader, source: DataSource) -> [(key: String, index: Int)]? {
        let excludeNode = m["exclude-rows"]
        if let list = m["rows"]?.sequence("a list of row names") {
            if let excludeNode {
                m.diagnostics.error(excludeNode.location, "`exclude-rows` cannot be combined with `rows`",
                                    suggestion: "list only the rows to show under `rows`")
                return nil
            }
            return list.compactMap { item in
                guard let key = item.string("a row name"), let r = source.row(keyed: key, at: item.location) else { return nil }
                return (key, r)
            }
        }
        var excluded: Set<String> = []
        if let excludeNode {
            let items = excludeNode.scalar != nil ? [excludeNode] : (excludeNode.sequence("a list of row names") ?? [])
            for item in items {
                guard let key = item.string("a row name"), source.row(keyed: key, at: item.location) != nil else { continue }
                excluded.insert(key)
            }
        }
        let keyColumn = source.keyColumn
        return source.table.rows.indices.map { (source.table.rows[$0][keyColumn], $0) }.filter { !excluded.contains($0.0) }
    }
}
