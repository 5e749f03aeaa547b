import FolioModel

/// Reads `checks:`, figures in one place that must equal figures in another, and checks them.
///
///     checks:
///       - name: regional totals equal the organized crime 2023-24 column
///         cells: {data: regional, row: TOTALS, columns: [arrests, charges, firearms, drugs, proceeds]}
///         equal: {data: organized-crime, column: 2023-24, rows: [SUSPECTS CHARGED, CHARGES LAID, FIREARMS SEIZED,
///                                                              EST. VALUE OF DRUGS SEIZED, PROCEEDS OF CRIME SEIZED]}
///
/// Each side is one row across columns or one column down rows; the two lists are compared pairwise.
/// A mismatch is an error at the first side's cell naming both cells and both values.
struct ConsistencyChecks {
    let sources: [String: DataSource]
    static let keys = ["name", "cells", "equal"]
    static let sideKeys = ["data", "row", "columns", "column", "rows"]

    func run(_ node: SpecNode) {
        guard let list = node.sequence("a list of checks") else { return }
        for item in list {
            guard let m = item.mapping("a check", keys: Self.keys),
                  let left = m.required("cells").flatMap(cells), let right = m.required("equal").flatMap(cells) else { continue }
            let name = m.string("name") ?? "check"
            guard left.count == right.count else {
                m.diagnostics.error(item.location, "`\(name)` compares \(left.count) cells with \(right.count)")
                continue
            }
            for (a, b) in zip(left, right) {
                let va = a.source.number(row: a.row, column: a.column), vb = b.source.number(row: b.row, column: b.column)
                guard let va, let vb else { continue }   // not-a-number cells are reported already
                if !Self.same(va, vb) {
                    m.diagnostics.error(a.source.table.locations[a.row][a.column],
                                        "`\(name)`: \(a.describe) is \(NumberFormat.auto.format(va)) but \(b.describe) is \(NumberFormat.auto.format(vb))",
                                        suggestion: "one of them is mistyped (check declared at \(item.location))")
                }
            }
        }
    }

    static func same(_ a: Cell, _ b: Cell) -> Bool {
        switch (a, b) {
        case (.missing, .missing): return true
        case (.number(let x), .number(let y)): return x.exact == y.exact && x.sameUnit(as: y)
        default: return false
        }
    }

    struct CellRef {
        let source: DataSource
        let row: Int
        let column: Int
        var describe: String { "\(source.name) `\(source.table.rows[row][source.keyColumn])` / `\(source.table.header[column])`" }
    }

    private func cells(_ node: SpecNode) -> [CellRef]? {
        guard let m = node.mapping("one side of a check", keys: Self.sideKeys), let dataNode = m.required("data"),
              let name = dataNode.string("a data set name") else { return nil }
        guard let source = sources[name] else {
            m.diagnostics.error(dataNode.location, "no data set `\(name)`", suggestion: Suggestions.hint(for: name, in: sources.keys.sorted()))
            return nil
        }
        if let rowNode = m["row"], let key = rowNode.string("a row name"), let columns = m["columns"]?.sequence("a list of columns") {
            guard let r = source.row(keyed: key, at: rowNode.location) else { return nil }
            let refs = columns.compactMap { n in n.string("a column").flatMap { source.column(named: $0, at: n.location) }.map { CellRef(source: source, row: r, column: $0) } }
            return refs.count == columns.count ? refs : nil
        }
        if let colNode = m["column"], let col = colNode.string("a column name"), let rows = m["rows"]?.sequence("a list of rows") {
            guard let c = source.column(named: col, at: colNode.location) else { return nil }
            let refs = rows.compactMap { n in n.string("a row").flatMap { source.row(keyed: $0, at: n.location) }.map { CellRef(source: source, row: $0, column: c) } }
            return refs.count == rows.count ? refs : nil
        }
        m.diagnostics.error(node.location, "a side of a check needs `row` with `columns`, or `column` with `rows`")
        return nil
    }
}
