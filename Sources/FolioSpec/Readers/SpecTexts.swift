import FolioModel

/// A text a spec or its data gives the report, with where it is written and the theme style that sets it.
///
/// Why: layout knows no spec locations, so a font check after it could not say where a character the
/// theme's fonts lack came from. The reader keeps this list; the command line asks the text engine about
/// each (`GlyphCheck`) and warns at the text's own line and column.
public struct SpecText: Sendable, Equatable {
    public var text: String
    /// A style name of the theme (`body`, `heading-1`, `table-cell`…).
    public var style: String
    public var location: SourceLocation
    public init(text: String, style: String, location: SourceLocation) {
        self.text = text; self.style = style; self.location = location
    }
}

/// Collects `SpecText`s while content is read: paragraphs, headings, quotes, and the text cells and
/// headers of the data sets tables show.
final class SpecTexts {
    private(set) var items: [SpecText] = []
    private var dataSets: Set<String> = []

    func add(_ text: String, style: String, at location: SourceLocation) {
        items.append(SpecText(text: text, style: style, location: location))
    }

    /// A table's header names and label (key) cells, each at its CSV cell; once per data set.
    func addTable(of source: DataSource) {
        guard dataSets.insert(source.name).inserted else { return }
        let table = source.table
        for (name, location) in zip(table.header, table.headerLocations) {
            add(name, style: StyleName.tableHeader, at: location)
        }
        for (row, locations) in zip(table.rows, table.locations) where source.keyColumn < row.count {
            add(row[source.keyColumn], style: StyleName.tableCell, at: locations[source.keyColumn])
        }
    }
}
