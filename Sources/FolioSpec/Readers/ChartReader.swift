import FolioModel

/// Reads a chart definition and binds it to a data set.
///
///     - id: ice-children-by-quarter
///       type: bar                      # bar | line
///       title: Children rescued by quarter, 2023-24
///       data: ice
///       rows: [CHILDREN RESCUED]       # each row is a series…
///       columns: [Q1, Q2, Q3, Q4]      # …over these columns as categories
///       value-labels: true
///
/// With `series: columns` the roles swap: each listed column is a series and the rows are the categories
/// (e.g. one regional column by location).
struct ChartReader {
    let sources: [String: DataSource]
    /// The document's number conventions, for ticks, value labels and alt text.
    let symbols: NumberSymbols
    /// The tallest chart body the page holds with its title and source (the text block less room for
    /// them); nil when unknown.
    var tallest: Points? = nil
    /// The shortest chart body that still has room for an axis, its labels and a bar.
    static let shortest: Points = 60
    static let keys = ["id", "type", "orientation", "stacked", "scale", "title", "subtitle", "source", "category-title",
                       "value-title", "data", "series", "rows", "columns", "exclude-rows", "labels", "small-multiples",
                       "format", "value-labels", "markers", "reference", "alt", "height", "rotate-labels", "value-format", "decimals", "label-every", "annotations", "min", "max", "zero", "data-table", "axis", "time-format", "series-labels"]
    static let referenceKeys = ["value", "from", "to", "label"]
    static let annotationKeys = ["at", "from", "to", "text"]

    func read(_ node: SpecNode) -> Chart? {
        guard let m = node.mapping("a chart", keys: Self.keys) else { return nil }
        let id = m.requiredString("id")
        if let id, let idNode = m["id"], id.isEmpty || !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            m.diagnostics.error(idNode.location, "a chart id may hold only letters, digits, `-` and `_` (it names the image file)")
        }
        let figures = FigureReferences(sources: sources, symbols: symbols)
        let title = figures.requiredText(m, "title")
        let kind = m.choice("type", Chart.Kind.allCases.map(\.rawValue)).flatMap(Chart.Kind.init(rawValue:)) ?? .bar
        let orientation = m.choice("orientation", Chart.Orientation.allCases.map(\.rawValue)).flatMap(Chart.Orientation.init(rawValue:)) ?? .vertical
        let scale = m.choice("scale", Chart.Scale.allCases.map(\.rawValue)).flatMap(Chart.Scale.init(rawValue:)) ?? .linear
        var format = NumberFormat(style: .compact, symbols: symbols)
        if let f = m["format"].flatMap({ TableBinder.format($0, symbols: symbols) }) { format = f }
        var labels: [String: String] = [:]
        if let l = m["labels"], case .mapping(let map) = l.node {
            for (k, v) in map { if let key = l.child(k).string("a name"), let value = l.child(v).string("a label") { labels[key] = value } }
        } else if let l = m["labels"] {
            l.diagnostics.error(l.location, "expected `labels` to map names in the data to the names to show")
        }
        let references = m["reference"].map(Self.references) ?? []
        guard let bound = bind(m), let id, let title else { return nil }
        // Axis ticks of money carry the source's own symbol (`€`, `£`).
        if let symbol = bound.series.lazy.flatMap(\.figures).compactMap({ $0?.currency }).first { format.currencySymbol = symbol }
        let series = bound.series.map { s -> ChartSeries in var s = s; s.name = labels[s.name] ?? s.name; return s }
        let categories = bound.categories.map { labels[$0] ?? $0 }
        if scale == .log, series.contains(where: { $0.values.contains { ($0 ?? 1) <= 0 } }), let n = m["scale"] {
            m.diagnostics.warning(n.location, "a log scale cannot show zero or negative values; they are left out of `\(id)`")
        }
        var chart = Chart(id: id, kind: kind, orientation: orientation, grouping: (m.bool("stacked") ?? false) ? .stacked : .grouped,
                     scale: scale, title: title, subtitle: figures.text(m, "subtitle"), source: figures.text(m, "source"),
                     categoryTitle: m.string("category-title"), valueTitle: m.string("value-title"), categories: categories,
                     series: series, smallMultiples: m.bool("small-multiples") ?? false, format: format,
                     valueLabels: m.bool("value-labels") ?? false, markers: m.bool("markers") ?? true,
                     altText: figures.text(m, "alt"), height: height(m) ?? 230)
        chart.references = references
        if let a = m["annotations"] { chart.annotations = Self.annotations(a, categories: bound.categories, shown: categories) }
        readValueRange(m, into: &chart)
        readCategoryAxis(m, into: &chart)
        // The generated alternative text names the references and annotations too.
        if m.string("alt") == nil { chart.altText = ChartAltText.describe(chart) }
        chart.rotateLabels = m.bool("rotate-labels") ?? false
        chart.markersDeclared = m.has("markers")
        chart.dataTable = m.bool("data-table") ?? false
        if let l = m.choice("series-labels", Chart.SeriesLabels.allCases.map(\.rawValue)) { chart.seriesLabels = Chart.SeriesLabels(rawValue: l) ?? .auto }
        if let n = m["label-every"], n.scalar != "auto" { chart.labelEvery = m.int("label-every", range: 1...1000) }
        chart.valueFormat = m["value-format"].flatMap { TableBinder.format($0, symbols: symbols) }
        // Value labels are the source's figures; `decimals` rounds them (and only then are they rounded).
        if let d = m.int("decimals", range: 0...6) {
            chart.valueFormat = chart.valueFormat ?? NumberFormat(symbols: symbols)
            chart.valueFormat?.decimals = d
        }
        return chart
    }

    /// `reference`: one line or band, or a list of them: `{value: 100, label: Target}`, `{from: 0, to: 2, label: …}`.
    static func references(_ node: SpecNode) -> [ReferenceLine] {
        var items = [node]
        if case .sequence = node.node { items = node.sequence("a list of reference lines") ?? [] }
        return items.compactMap { item in
            guard let r = item.mapping("a reference line or band", keys: referenceKeys) else { return nil }
            let range = -1e15...1e15
            if r.has("value") {
                if r.has("from") || r.has("to") {
                    r.diagnostics.error(item.location, "a reference has either `value` (a line) or `from` and `to` (a band), not both")
                    return nil
                }
                return r.number("value", range: range).map { ReferenceLine(value: $0, label: r.string("label")) }
            }
            guard r.has("from") || r.has("to") else {
                r.diagnostics.error(item.location, "a reference needs `value` (a line) or `from` and `to` (a band)")
                return nil
            }
            guard let from = r.required("from").flatMap({ _ in r.number("from", range: range) }),
                  let to = r.required("to").flatMap({ _ in r.number("to", range: range) }) else { return nil }
            return ReferenceLine(value: min(from, to), to: max(from, to), label: r.string("label"))
        }
    }

    /// `annotations`: `{at: 2020-04, text: …}` on one category, `{from: 2008-01, to: 2009-06, text: …}` over a
    /// run; categories named as in the data or as shown (`labels:`).
    static func annotations(_ node: SpecNode, categories: [String], shown: [String]) -> [ChartAnnotation] {
        guard let list = node.sequence("a list of annotations") else { return [] }
        func index(_ n: SpecNode) -> Int? {
            guard let name = n.string("a category") else { return nil }
            if let i = categories.firstIndex(of: name) ?? shown.firstIndex(of: name) { return i }
            n.diagnostics.error(n.location, "no category `\(name)` in this chart", suggestion: Suggestions.hint(for: name, in: shown))
            return nil
        }
        return list.compactMap { item in
            guard let a = item.mapping("an annotation", keys: annotationKeys), let text = a.requiredString("text") else { return nil }
            if let at = a["at"] {
                if a.has("from") || a.has("to") {
                    a.diagnostics.error(item.location, "an annotation has either `at` (one category) or `from` and `to` (a run), not both")
                    return nil
                }
                return index(at).map { ChartAnnotation(from: $0, text: text) }
            }
            guard a.has("from") || a.has("to") else {
                a.diagnostics.error(item.location, "an annotation needs `at` (a category) or `from` and `to` (a run of them)")
                return nil
            }
            guard let fromNode = a.required("from"), let toNode = a.required("to"), let from = index(fromNode), let to = index(toNode) else { return nil }
            return ChartAnnotation(from: min(from, to), through: max(from, to), text: text)
        }
    }

    /// `min`, `max` and `zero` of the value axis. Bars always start at zero (a bar's length is its value, so
    /// `zero: false` or a `min` above zero would misstate every bar); no value may lie beyond a declared
    /// end, since a clipped bar or line would be a silently wrong picture.
    private func readValueRange(_ m: MappingReader, into chart: inout Chart) {
        let range = -1e15...1e15
        chart.valueMin = m.number("min", range: range)
        chart.valueMax = m.number("max", range: range)
        chart.includesZero = m.bool("zero")
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        if chart.kind == .bar {
            if chart.includesZero == false, let n = m["zero"] {
                m.diagnostics.error(n.location, "bars always start at zero: a bar's length is its value",
                                    suggestion: "use `type: line` for an axis that does not start at zero")
            }
            if let lo = chart.valueMin, lo > 0, let n = m["min"] {
                m.diagnostics.error(n.location, "bars always start at zero, so `min` cannot be above it",
                                    suggestion: "use `type: line` for an axis that does not start at zero")
            }
        }
        if let lo = chart.valueMin, let hi = chart.valueMax, lo >= hi, let n = m["max"] {
            m.diagnostics.error(n.location, "`max` must be above `min`")
        }
        if let lo = chart.valueMin, let low = values.min(), low < lo, let n = m["min"] {
            m.diagnostics.error(n.location, "`\(chart.id)` has a value of \(NumberFormat.auto.format(low)), below `min`; it would be cut off",
                                suggestion: "lower `min`, or leave it out to fit the data")
        }
        if let hi = chart.valueMax, let high = values.max(), high > hi, let n = m["max"] {
            m.diagnostics.error(n.location, "`\(chart.id)` has a value of \(NumberFormat.auto.format(high)), above `max`; it would be cut off",
                                suggestion: "raise `max`, or leave it out to fit the data")
        }
        if chart.scale == .log, (chart.valueMin ?? 1) <= 0, let n = m["min"] {
            m.diagnostics.error(n.location, "a log scale cannot start at zero or below")
        }
    }

    /// `axis: auto | time | category` and `time-format`. `category` turns off the recognition of periods;
    /// `time` (implied by `time-format`) insists on it, so a category that is not a date in the declared
    /// (or an ISO) form is an error at `axis`, naming it.
    private func readCategoryAxis(_ m: MappingReader, into chart: inout Chart) {
        let kind = m.choice("axis", ["auto", "time", "category"])
        if let n = m["time-format"], let text = m.string("time-format") {
            guard let pattern = TimePattern(text) else {
                n.diagnostics.error(n.location, "`\(text)` is not a date pattern: it needs `YYYY`, with `MM` or `MMM` for months (and `DD` for days) or `Q` for quarters",
                                    suggestion: "for example `MMM YYYY` (Jan 2020) or `DD/MM/YYYY`")
                return
            }
            chart.timePattern = pattern
            if let bad = chart.categories.first(where: { pattern.read($0) == nil }) {
                n.diagnostics.error(n.location, "category `\(bad)` does not read as `\(text)`")
            }
        }
        if kind == "category" { chart.recognisesTime = false }
        if kind == "time", chart.timePattern == nil, !Self.looksLikePeriods(chart.categories), let n = m["axis"] {
            n.diagnostics.error(n.location, "`axis: time` but the categories are not months, days or quarters written the ISO way (`\(chart.categories.first ?? "")`)",
                                suggestion: "declare how they are written with `time-format`, e.g. `MMM YYYY`")
        }
    }

    /// Whether every category is an ISO month, day or quarter (the forms the layout recognises by itself).
    static func looksLikePeriods(_ categories: [String]) -> Bool {
        let forms = ["YYYY-MM", "YYYY-MM-DD", "YYYY-Q", "YYYY Q", "Q YYYY"].compactMap(TimePattern.init)
        return !categories.isEmpty && forms.contains { f in categories.allSatisfy { f.read($0) != nil } }
    }

    /// `height`, which must leave the chart room to draw (a zero-height chart put its source on its axis)
    /// and fit on a page.
    private func height(_ m: MappingReader) -> Points? {
        guard let n = m["height"], let h = m.length("height") else { return nil }
        let most = tallest ?? 14_400
        guard h >= Self.shortest, h <= most else {
            let limit = h < Self.shortest ? "at least \(Int(Self.shortest))pt" : "at most \(Int(most))pt (the text block, less room for the title and source)"
            n.diagnostics.error(n.location, "a chart \(Int(h.rounded()))pt high cannot be drawn: `height` must be \(limit)",
                                suggestion: "the default is 230pt")
            return nil
        }
        return h
    }

    private func bind(_ m: MappingReader) -> (categories: [String], series: [ChartSeries])? {
        guard let dataNode = m.required("data"), let name = dataNode.string("a data set name") else { return nil }
        guard let source = sources[name] else {
            dataNode.diagnostics.error(dataNode.location, "no data set `\(name)`", suggestion: Suggestions.hint(for: name, in: sources.keys.sorted()))
            return nil
        }
        let byColumns = m.choice("series", ["rows", "columns"]) == "columns"
        // Rows: as listed, or every row not excluded (each name checked against the data).
        guard let rows = RowSelection.read(m, source: source) else { return nil }
        var columns: [(name: String, index: Int)] = []
        if let list = m["columns"]?.sequence("a list of column names") {
            for item in list {
                guard let col = item.string("a column name"), let c = source.column(named: col, at: item.location) else { continue }
                guard !source.isText(c) else {
                    m.diagnostics.error(item.location, "column `\(col)` holds text, not figures: a chart cannot plot it")
                    continue
                }
                columns.append((col, c))
            }
        } else {
            columns = source.table.header.indices.filter { !source.isText($0) }.map { (source.table.header[$0], $0) }
        }
        guard !rows.isEmpty, !columns.isEmpty else {
            m.diagnostics.error(m.location, "this chart has no data: it needs at least one row and one column")
            return nil
        }
        func quantity(_ r: Int, _ c: Int) -> Quantity? { source.number(row: r, column: c)?.quantity }
        func unit(_ cells: [Quantity?]) -> Quantity.Unit { cells.compactMap { $0 }.first?.unit ?? .plain }
        if byColumns {
            let series = columns.map { col -> ChartSeries in
                let cells = rows.map { quantity($0.index, col.index) }
                return ChartSeries(name: col.name, figures: cells, unit: unit(cells))
            }
            return (rows.map(\.key), series)
        }
        let series = rows.map { row -> ChartSeries in
            let cells = columns.map { quantity(row.index, $0.index) }
            return ChartSeries(name: row.key, figures: cells, unit: unit(cells))
        }
        return (columns.map(\.name), series)
    }
}

/// A named release-image size, e.g. `{name: link-preview, size: 1200x675}`.
package struct ExportPreset: Sendable, Equatable {
    package var name: String
    package var width: Int
    package var height: Int
    package var scale: Double
    package init(name: String, width: Int, height: Int, scale: Double = 1) {
        self.name = name; self.width = width; self.height = height; self.scale = scale
    }

    /// Reads `WxH` (e.g. `1200x675`), each side 100 to 10,000 pixels.
    package static func size(_ text: String) -> (Int, Int)? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (100...10_000).contains(w), (100...10_000).contains(h) else { return nil }
        return (w, h)
    }
}
