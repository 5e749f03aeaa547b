import FolioModel

extension DataSource {
    /// The rows a chart (or table) shows: those `rows` lists, in its order, or else every row but those
    /// `exclude-rows` lists. Each name must match a row: a name that matches none is an error at the name,
    /// with the closest row's name suggested (`exclude-rows: [TOTAL]` against a `TOTALS` row once kept the
    /// totals bar without a word).
    func selectRows(listed: SpecNode?, excluded: SpecNode?) -> [(key: String, index: Int)] {
        var excludedRows: Set<Int> = []
        for item in Self.names(excluded, what: "a list of row names") {
            guard let key = item.string("a row name"), let r = row(keyed: key, at: item.location) else { continue }
            excludedRows.insert(r)
        }
        guard let listed else {
            return table.rows.indices.filter { !excludedRows.contains($0) }.map { (table.rows[$0][keyColumn], $0) }
        }
        var rows: [(key: String, index: Int)] = []
        for item in Self.names(listed, what: "a list of row names") {
            guard let key = item.string("a row name"), let r = row(keyed: key, at: item.location) else { continue }
            rows.append((key, r))
        }
        return rows
    }

    /// A list's items, a lone scalar as a list of one, nothing for no node.
    private static func names(_ node: SpecNode?, what: String) -> [SpecNode] {
        guard let node else { return [] }
        if node.scalar != nil { return [node] }
        return node.sequence(what) ?? []
    }
}
