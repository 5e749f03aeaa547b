import FolioModel

/// Reads `content:`, the list of blocks. Each item is a mapping whose first key names the block type
/// (`heading: Text`, `paragraph: …`, `table: {…}`); its other keys are that block's options.
/// `page-break` may also be written alone.
struct ContentReader {
    let theme: Theme
    let sources: [String: DataSource]
    let info: DocumentInfo?
    /// Charts defined under `charts:`, which content can place by id.
    let charts: [String: Chart]
    /// The document's number conventions.
    let symbols: NumberSymbols
    /// Every chart id defined so far: an inline chart may not reuse one.
    let ids: ChartIDs
    /// The texts read, with their locations, for the glyph check.
    let texts: SpecTexts
    /// See `ChartReader.tallest`.
    var tallestChart: Points? = nil
    /// The image files read so far.
    let images: ImageFiles
    /// The width of the column blocks are read for (the text block's; less in a row), for image checks.
    var columnWidth: Points
    /// Footnotes are numbered through the document, in the order they are read.
    let footnotes = FootnoteNumbers()

    static let blockTypes: [String: [String]] = [
        "cover": ["cover"],
        "contents": ["contents", "depth"],
        "heading": ["heading", "level", "numbered", "in-contents", "new-page", "opener", "intro"],
        "paragraph": ["paragraph", "style", "keep-with-next", "language"],
        "quote": ["quote", "by", "language"],
        "figures": ["figures"],
        "table": ["table"],
        "chart": ["chart", "float"],
        "page-break": ["page-break"],
        "spacer": ["spacer"],
        "row": ["row", "spans"],
        "box": ["box", "style"],
        "image": ImageReader.keys,
        "columns": ["columns", "count"],
    ]

    /// What a `row` may hold: blocks that keep to one column (a table, a heading or the contents does not).
    static let rowBlockTypes = ["paragraph", "quote", "figures", "chart", "image"]
    /// What a box may hold: what a row holds, rows, and tables (kept whole in the box).
    static let boxBlockTypes = rowBlockTypes + ["row", "table"]

    static let figureKeys = ["value", "data", "row", "column", "format", "decimals", "label", "note"]

    /// Figures from the data in the texts (`{ice[CHILDREN RESCUED][2023-24]}`).
    var figures: FigureReferences { FigureReferences(sources: sources, symbols: symbols) }

    /// A quote never splits across pages, so its length is bounded.
    static let longestQuote = 4_000

    /// The blocks, and where each table was written (by block index), for problems found only once the
    /// table is measured (see `LoadedSpec.tableLocations`).
    func read(_ node: SpecNode) -> (blocks: [Block], tableLocations: [Int: SourceLocation]) {
        guard let items = node.sequence("`content`, the list of blocks") else { return ([], [:]) }
        var blocks: [Block] = []
        var locations: [Int: SourceLocation] = [:]
        for item in items {
            guard let block = readBlock(item) else { continue }
            if case .table = block { locations[blocks.count] = item.location }
            blocks.append(block)
        }
        return (blocks, locations)
    }

    private func readBlock(_ node: SpecNode) -> Block? {
        if let word = node.scalar {
            if word == "page-break" { return .pageBreak }
            node.diagnostics.error(node.location, "unknown block `\(word)`",
                                   suggestion: Suggestions.hint(for: word, in: Self.blockTypes.keys.sorted()))
            return nil
        }
        guard case .mapping(let map) = node.node, let firstKey = map.first.map({ node.child($0.key) }),
              let type = firstKey.scalar else {
            node.diagnostics.error(node.location, "expected a block such as `heading: Title` or `paragraph: Text`, found \(node.kind)")
            return nil
        }
        guard let keys = Self.blockTypes[type] else {
            node.diagnostics.error(firstKey.location, "unknown block type `\(type)`",
                                   suggestion: Suggestions.hint(for: type, in: Self.blockTypes.keys.sorted()))
            return nil
        }
        guard let m = node.mapping("a `\(type)` block", keys: keys), let value = m[type] else { return nil }
        switch type {
        case "cover": return cover(value)
        case "contents":
            let title = value.isNull ? "Contents" : (value.string("the contents' title") ?? "Contents")
            return .contents(Contents(title: title, depth: m.int("depth", range: 1...3) ?? 2))
        case "heading": return heading(m, value, node: node)
        case "paragraph": return paragraph(m, value)
        case "quote": return quote(m, value)
        case "figures": return figures(value)
        case "table": return table(value)
        case "chart": return chart(m, value)
        case "page-break": return .pageBreak
        case "spacer": return Lengths.read(value).map { .spacer($0) }
        case "row": return row(value, spans: m["spans"])
        case "box": return box(value, kind: m.choice("style", BoxBlock.Kind.allCases.map(\.rawValue)))
        case "image": return imageReader.read(m, pathNode: value).map { .image($0) }
        case "columns": return columns(value, count: m.int("count", range: 2...3) ?? 2)
        default: return nil
        }
    }

    private var imageReader: ImageReader {
        ImageReader(files: images, figures: figures, texts: texts, style: theme.images, columnWidth: columnWidth)
    }

    private func cover(_ node: SpecNode) -> Block? {
        guard let m = node.mapping("`cover`", keys: ["title", "subtitle", "details", "figure", "logo"]) else { return nil }
        texts.addWords(in: node, keys: ["title"], style: StyleName.coverTitle)
        texts.addWords(in: node, keys: ["subtitle"], style: StyleName.coverSubtitle)
        texts.addWords(in: node, keys: ["details"], style: StyleName.coverDetail)
        let title = figures.text(m, "title") ?? info?.title ?? ""
        let figure = m["figure"].flatMap(figure)
        var logo: ImageBlock? = nil
        if let l = m["logo"] {
            guard let lm = l.mapping("the cover's logo", keys: ["image", "alt", "decorative", "width", "height"]),
                  let path = lm.required("image") else { return nil }
            guard let image = imageReader.read(lm, pathNode: path) else { return nil }
            logo = image
        }
        return .cover(Cover(title: title, subtitle: figures.text(m, "subtitle") ?? info?.subtitle, details: m.strings("details") ?? [],
                            figure: figure, logo: logo))
    }

    private func figures(_ node: SpecNode) -> Block? {
        guard let list = node.sequence("a list of key figures") else { return nil }
        let items = list.compactMap(figure)
        if list.count > 4 { node.diagnostics.warning(node.location, "\(list.count) key figures in one row; four or fewer read best") }
        return items.count == list.count ? .keyFigures(KeyFigures(items: items)) : nil
    }

    /// A key figure: `{value: "17", label: …}` or `{data: ice, row: CHILDREN RESCUED, column: 2023-24, label: …}`.
    /// `box: [blocks]` with `style: callout | sidebar`: what a row holds, and rows.
    private func box(_ node: SpecNode, kind: String?) -> Block? {
        guard let items = node.sequence("a list of blocks to set in the box") else { return nil }
        var blocks: [Block] = []
        for item in items {
            if case .mapping(let map) = item.node, let type = map.first?.key.string, !Self.boxBlockTypes.contains(type) {
                item.diagnostics.error(item.location, "a `\(type)` cannot go in a box",
                                       suggestion: "a box holds " + Self.boxBlockTypes.map { "`\($0)`" }.joined(separator: ", "))
                continue
            }
            if let block = readBlock(item) { blocks.append(block) }
        }
        guard !items.isEmpty, blocks.count == items.count else {
            if items.isEmpty { node.diagnostics.error(node.location, "an empty box") }
            return nil
        }
        return .box(BoxBlock(kind: kind.flatMap(BoxBlock.Kind.init(rawValue:)) ?? .callout, blocks: blocks))
    }

    /// What flows through columns: text and what keeps to a column (no headings: the contents lists those
    /// of the main flow).
    static let columnBlockTypes = ["paragraph", "quote", "figures", "image"]

    /// `columns: [blocks]` with `count: 2 | 3`.
    private func columns(_ node: SpecNode, count: Int) -> Block? {
        guard let items = node.sequence("a list of blocks to set in columns") else { return nil }
        var blocks: [Block] = []
        var column = self
        column.columnWidth = (columnWidth - Double(count - 1) * theme.grid.gutter) / Double(count)
        for item in items {
            if case .mapping(let map) = item.node, let type = map.first?.key.string, !Self.columnBlockTypes.contains(type) {
                item.diagnostics.error(item.location, "a `\(type)` cannot go in columns",
                                       suggestion: "columns hold " + Self.columnBlockTypes.map { "`\($0)`" }.joined(separator: ", ") + "; place it before or after them")
                continue
            }
            guard let block = column.readBlock(item) else { continue }
            blocks.append(block)
        }
        guard !items.isEmpty, blocks.count == items.count else {
            if items.isEmpty { node.diagnostics.error(node.location, "empty columns") }
            return nil
        }
        return .columns(ColumnsBlock(count: count, blocks: blocks))
    }

    /// `row: [block, block]` with `spans: [7, 5]` (grid columns each; equal shares by default).
    private func row(_ node: SpecNode, spans spansNode: SpecNode?) -> Block? {
        guard let items = node.sequence("a list of blocks to set side by side") else { return nil }
        guard (2...4).contains(items.count) else {
            node.diagnostics.error(node.location, "a row holds 2 to 4 blocks, found \(items.count)")
            return nil
        }
        let columns = theme.grid.columns
        var spans = Array(repeating: columns / max(1, items.count), count: items.count)
        if let spansNode, let list = spansNode.sequence("a list of column counts, one per block") {
            let values = list.compactMap { n -> Int? in n.scalar.flatMap(Int.init) }
            guard values.count == list.count, values.count == items.count, values.allSatisfy({ $0 >= 1 }), values.reduce(0, +) <= columns else {
                spansNode.diagnostics.error(spansNode.location, "expected \(items.count) whole numbers of columns adding up to at most \(columns) (the theme's grid)",
                                            suggestion: "for example `spans: [7, 5]` for two blocks")
                return nil
            }
            spans = values
        }
        var blocks: [Block] = []
        for (item, span) in zip(items, spans) {
            if case .mapping(let map) = item.node, let type = map.first?.key.string, !Self.rowBlockTypes.contains(type) {
                item.diagnostics.error(item.location, "a `\(type)` cannot go in a row",
                                       suggestion: "a row holds " + Self.rowBlockTypes.map { "`\($0)`" }.joined(separator: ", ") + "; place it before or after the row")
                continue
            }
            var column = self
            column.columnWidth = columnWidth * Double(span) / Double(columns)
            if let block = column.readBlock(item) { blocks.append(block) }
        }
        guard blocks.count == items.count else { return nil }
        return .row(RowBlock(blocks: blocks, spans: spans))
    }

    private func figure(_ node: SpecNode) -> KeyFigure? {
        guard let m = node.mapping("a key figure", keys: Self.figureKeys),
              let label = figures.requiredText(m, "label") else { return nil }
        texts.addWords(in: node, keys: ["label", "note"], style: StyleName.figureLabel)
        texts.addWords(in: node, keys: ["value"], style: StyleName.figureValue)
        if let v = figures.text(m, "value") { return KeyFigure(value: v, label: label, note: figures.text(m, "note")) }
        guard let dataNode = m.required("data"), let dataName = dataNode.string("a data set name") else { return nil }
        guard let source = sources[dataName] else {
            dataNode.diagnostics.error(dataNode.location, "no data set `\(dataName)`",
                                       suggestion: Suggestions.hint(for: dataName, in: sources.keys.sorted()))
            return nil
        }
        guard let rowNode = m.required("row"), let rowKey = rowNode.string("a row name"),
              let colNode = m.required("column"), let colName = colNode.string("a column name"),
              let r = source.row(keyed: rowKey, at: rowNode.location),
              let c = source.column(named: colName, at: colNode.location),
              let cell = source.number(row: r, column: c) else { return nil }
        var format = m["format"].flatMap { TableBinder.format($0, symbols: symbols) } ?? NumberFormat(symbols: symbols)
        format.decimals = m.int("decimals", range: 0...6) ?? format.decimals
        return KeyFigure(value: format.format(cell), label: label, note: figures.text(m, "note"))
    }
}

/// The next footnote's number, shared by every block read (rows and boxes read theirs with copies of the reader).
final class FootnoteNumbers {
    var next = 1
}
