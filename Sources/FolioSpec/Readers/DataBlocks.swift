import FolioModel

/// The blocks drawn from data: tables and charts.
extension ContentReader {
    func table(_ value: SpecNode) -> Block? {
        if case .mapping(let map) = value.node, let name = map.first(where: { $0.key.string == "data" })?.value.string,
           let source = sources[name] {
            texts.addTable(of: source)
        }
        texts.addWords(in: value, keys: ["caption"], style: StyleName.caption)
        texts.addWords(in: value, keys: ["source"], style: StyleName.sourceNote)
        texts.addWords(in: value, keys: ["columns", "totals"], style: StyleName.tableHeader)
        return TableBinder(sources: sources, symbols: symbols, footnotes: footnotes).table(value, figures: figures)
    }

    /// `chart: id` places a chart of `charts:`; a mapping defines one here (its id is claimed for the release images).
    func chart(_ m: MappingReader, _ value: SpecNode) -> Block? {
        if let id = value.scalar {
            if var chart = charts[id] { chart.floats = m.bool("float") ?? false; return .chart(chart) }
            value.diagnostics.error(value.location, "no chart `\(id)` under `charts:`",
                                    suggestion: charts.isEmpty ? "define it under `charts:` or write it here" : Suggestions.hint(for: id, in: charts.keys.sorted()))
            return nil
        }
        texts.addChartWords(in: value)
        guard var chart = ChartReader(sources: sources, symbols: symbols, tallest: tallestChart).read(value),
              ids.claim(chart.id, at: value.location, diagnostics: value.diagnostics) else { return nil }
        chart.floats = m.bool("float") ?? false
        return .chart(chart)
    }
}
