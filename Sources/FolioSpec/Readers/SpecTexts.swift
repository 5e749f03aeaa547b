import FolioModel

/// A text a spec or its data gives the report, with where it is written and the theme style that sets it.
///
/// Why: layout knows no spec locations, so a font check after it could not say where a character the
/// theme's fonts lack came from. The reader keeps this list; the command line asks the text engine about
/// each (`GlyphCheck`) and warns at the text's own line and column.
package struct SpecText: Sendable, Equatable {
    package var text: String
    /// A style name of the theme (`body`, `heading-1`, `table-cell`…).
    package var style: String
    package var location: SourceLocation
    package init(text: String, style: String, location: SourceLocation) {
        self.text = text; self.style = style; self.location = location
    }
}

/// Collects `SpecText`s while content is read: paragraphs, headings, quotes, the words of covers, key
/// figures, tables and charts, and the text cells and headers of the data sets tables show.
final class SpecTexts {
    private(set) var items: [SpecText] = []
    private var dataSets: Set<String> = []

    func add(_ text: String, style: String, at location: SourceLocation) {
        items.append(SpecText(text: text, style: style, location: location))
    }

    /// The words a spec writes under `keys` of the mapping `node` (a chart's title, a key figure's label,
    /// a cover's details…), each at its own line and column: a scalar as it is, every scalar inside a
    /// list or mapping under such a key (`labels: {…}`, `details: […]`). Other keys are not text.
    func addWords(in node: SpecNode, keys: Set<String>, style: String) {
        guard case .mapping(let map) = node.node else { return }
        for (key, value) in map where key.string.map(keys.contains) == true { addScalars(node.child(value), style: style) }
    }

    /// A chart's words: its titles, source, series and axis labels, reference and annotation texts. Charts
    /// set them in the body font's family (see the layout's chart typography).
    func addChartWords(in node: SpecNode) {
        addWords(in: node, keys: ["title", "subtitle", "source", "labels", "value-title", "category-title", "reference", "annotations"],
                 style: StyleName.body)
    }

    private func addScalars(_ node: SpecNode, style: String) {
        switch node.node {
        case .scalar(let s): if !s.string.isEmpty { add(s.string, style: style, at: node.location) }
        case .sequence(let seq): for n in seq { addScalars(node.child(n), style: style) }
        case .mapping(let map): for (_, v) in map { addScalars(node.child(v), style: style) }
        case .alias: break
        }
    }

    /// A table's header names and label (key) cells, each at its CSV cell; once per data set.
    func addTable(of source: DataSource) {
        guard dataSets.insert(source.name).inserted else { return }
        let table = source.table
        for (name, location) in zip(table.header, table.headerLocations) {
            add(name, style: StyleName.tableHeader, at: location)
        }
        // Only the labels with a character not seen in an earlier one: a font lacks a character wherever it is,
        // and is reported at its first label; a data set of a million rows does not keep a million labels.
        var seen: Set<Unicode.Scalar> = []
        for r in table.rows.indices where source.keyColumn < table.header.count {
            let label = table.rows[r][source.keyColumn]
            var novel = false
            for scalar in label.unicodeScalars where seen.insert(scalar).inserted { novel = true }
            if novel { add(label, style: StyleName.tableCell, at: table.locations[r][source.keyColumn]) }
        }
    }
}
