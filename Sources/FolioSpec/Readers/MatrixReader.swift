import FolioModel

/// `matrix:`: one report per row of a data set, from one template. Each row's key is given to a
/// parameter of the spec, so the template writes `${region}` (and `{regional[${region}][arrests]}`)
/// wherever the entity goes; the build renders one set of outputs per row, named after it.
///
/// ```yaml
/// params: {region: {type: text, default: CALGARY}}
/// matrix: {data: regional, param: region, exclude-rows: [TOTALS]}   # or rows: [CALGARY, EDMONTON]
/// ```
/// The data set's declared totals row is never an entity.
struct MatrixReader {
    static let keys = ["data", "param", "rows", "exclude-rows"]

    func read(_ node: SpecNode, sources: [String: DataSource]) -> SpecMatrix? {
        guard let m = node.mapping("`matrix`", keys: Self.keys),
              let dataNode = m.required("data"), let dataName = dataNode.string("a data set name"),
              let param = m.requiredString("param") else { return nil }
        guard let source = sources[dataName] else {
            dataNode.diagnostics.error(dataNode.location, "no data set `\(dataName)`",
                                       suggestion: Suggestions.hint(for: dataName, in: sources.keys.sorted()))
            return nil
        }
        let keys = source.table.rows.indices.filter { $0 != source.totalsRow }.map { source.table.rows[$0][source.keyColumn] }
        var entities = keys
        if let rowsNode = m["rows"], let names = m.strings("rows") {
            entities = names.filter { source.row(keyed: $0, at: rowsNode.location) != nil }
        }
        if let excluded = m["exclude-rows"], let names = m.strings("exclude-rows") {
            for name in names where source.row(keyed: name, at: excluded.location) == nil { continue }
            entities.removeAll { names.contains($0) }
        }
        if entities.isEmpty {
            node.diagnostics.error(node.location, "the matrix over `\(dataName)` has no rows left to make reports of")
            return nil
        }
        let slugs = entities.map(SpecMatrix.slug)
        if let twice = slugs.first(where: { s in slugs.filter { $0 == s }.count > 1 }) {
            node.diagnostics.error(node.location, "two rows of `\(dataName)` would both name their report `\(twice)`")
            return nil
        }
        return SpecMatrix(parameter: param, entities: entities, location: node.location)
    }
}

/// The entities of a spec's `matrix:` and the parameter each is given to.
package struct SpecMatrix: Sendable {
    package var parameter: String
    /// Row keys, in the data set's order.
    package var entities: [String]
    var location: SourceLocation

    /// A file-name-safe form of an entity: lower case, runs of anything but letters and digits as one `-`
    /// (`FORT MCMURRAY` → `fort-mcmurray`).
    package static func slug(_ entity: String) -> String {
        var out = "", dash = false
        for c in entity.lowercased() {
            if c.isLetter || c.isNumber, c.isASCII { out.append(c); dash = false }
            else if !dash && !out.isEmpty { out.append("-"); dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "entity" : out
    }
}
