import Foundation
import FolioModel

/// Reads the top level of a spec: `document`, `page`, `theme`, `data`, `content`.
struct ReportReader {
    let base: String
    let diagnostics: DiagnosticBag
    /// Opens image files fully (see `ImageInspector`); nil takes PNG and JPEG on their headers.
    var images: (any ImageInspector)? = nil

    static let keys = ["params", "matrix", "editions", "document", "page", "theme", "data", "checks", "charts", "exports", "content"]

    /// Charts with ids (from `charts:` and from content), in order: the release images of the spec.
    private(set) var charts: [Chart] = []
    /// The spec's `matrix:` (one report per row of a data set), if it has one.
    private(set) var matrix: SpecMatrix?
    /// Release image sizes named in `exports:`.
    private(set) var exports: [ExportPreset] = []
    /// The report's texts with their locations (see `SpecText`).
    let texts = SpecTexts()
    /// Where each table block was written, by block index.
    private(set) var tableLocations: [Int: SourceLocation] = [:]
    /// Where `theme.hyphenation` turned hyphenation on (see `LoadedSpec.hyphenationLocation`).
    private(set) var hyphenationLocation: SourceLocation?

    /// The tallest chart body `page` holds: its text block less 120 pt for a title, subtitle and source.
    static func tallestChart(_ page: PageSetup) -> Points {
        max(ChartReader.shortest, page.size.height - page.margins.top - page.margins.bottom - 120)
    }

    mutating func read(_ spec: SpecNode, inputs: inout [String]) -> Report? {
        guard let top = spec.mapping("the spec", keys: Self.keys) else { return nil }
        let info = top.required("document").flatMap { DocumentReader().read($0) }
        let files = ImageFiles(base: base, inspector: images)
        defer { inputs += files.paths }
        let page = top["page"].flatMap { PageReader(images: files).read($0) } ?? PageSetup()
        var themeReader = ThemeReader(language: info?.language ?? "en")
        let theme = top["theme"].flatMap { themeReader.read($0) } ?? Theme.standard
        hyphenationLocation = themeReader.hyphenationLocation
        let symbols = info.map { NumberSymbols.locale($0.language) ?? .english } ?? .english
        var sources: [String: DataSource] = [:]
        if let data = top["data"] {
            sources = DataReader(base: base).read(data, inputs: &inputs)
        }
        if let checks = top["checks"] { ConsistencyChecks(sources: sources).run(checks) }
        if let m = top["matrix"] { matrix = MatrixReader().read(m, sources: sources) }
        let ids = ChartIDs()
        let named = readCharts(top["charts"], sources: sources, symbols: symbols, tallest: Self.tallestChart(page), ids: ids)
        if let list = top["exports"]?.sequence("a list of export presets") {
            exports += list.compactMap(exportPreset)
        }
        var blocks: [Block] = []
        if let content = top["content"] {
            let column = page.size.width - page.margins.left - page.margins.right
            (blocks, tableLocations) = ContentReader(theme: theme, sources: sources, info: info, charts: named, symbols: symbols,
                                                     ids: ids, texts: texts, tallestChart: Self.tallestChart(page),
                                                     images: files, columnWidth: column).read(content)
            addCharts(in: blocks, named: named)
        } else if charts.isEmpty {
            diagnostics.error(spec.location, "the spec is missing the required field `content` (or `charts`, for a spec of release images)")
        }
        guard let info else { return nil }
        return Report(info: info, page: page, theme: theme, blocks: blocks)
    }

    /// Reads `charts:` into `charts`, and returns them by id (for content to refer to).
    private mutating func readCharts(_ node: SpecNode?, sources: [String: DataSource], symbols: NumberSymbols, tallest: Points,
                                     ids: ChartIDs) -> [String: Chart] {
        var named: [String: Chart] = [:]
        guard let list = node?.sequence("a list of charts") else { return named }
        for item in list {
            texts.addChartWords(in: item)
            guard let chart = ChartReader(sources: sources, symbols: symbols, tallest: tallest).read(item),
                  ids.claim(chart.id, at: item.location, diagnostics: diagnostics) else { continue }
            named[chart.id] = chart
            charts.append(chart)
        }
        return named
    }

    /// One item of `exports:`.
    private func exportPreset(_ item: SpecNode) -> ExportPreset? {
        guard let e = item.mapping("an export preset", keys: ExportKeys.keys),
              let name = e.requiredString("name"), let sizeNode = e.required("size"), let text = sizeNode.string("a size such as 1200x675") else { return nil }
        guard let (w, h) = ExportPreset.size(text) else {
            diagnostics.error(sizeNode.location, "expected a size such as `1200x675` (100 to 10000 pixels a side), found `\(text)`")
            return nil
        }
        let scale = e.number("scale", range: 0.25...8) ?? 1
        if Double(max(w, h)) * scale > 16_384 {
            diagnostics.error(sizeNode.location, "`\(text)` at scale \(scale) makes an image wider than 16384 pixels")
            return nil
        }
        if !name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) || name.isEmpty {
            diagnostics.error(item.location, "an export name may hold only letters, digits, `-` and `_` (it names a folder)")
            return nil
        }
        return ExportPreset(name: name, width: w, height: h, scale: scale)
    }

    /// Adds the charts of the content (in rows and boxes too) that `charts:` did not name to `charts`.
    private mutating func addCharts(in blocks: [Block], named: [String: Chart]) {
        var named = named
        func inner(_ block: Block) -> [Block] {
            switch block {
            case .row(let r): return r.blocks
            case .box(let b): return b.blocks + b.blocks.flatMap(inner)
            default: return []
            }
        }
        let inRows = blocks.flatMap(inner)
        for case .chart(let chart) in blocks + inRows where named[chart.id] == nil {
            named[chart.id] = chart
            charts.append(chart)
        }
    }
}

/// Reads `document:`.
struct DocumentReader {
    static let keys = ["title", "subtitle", "author", "organisation", "organization", "subject", "keywords", "language", "date"]

    func read(_ node: SpecNode) -> DocumentInfo? {
        guard let m = node.mapping("`document`", keys: Self.keys) else { return nil }
        let title = m.requiredString("title")
        var date: CalendarDate? = nil
        var timestamp: String? = nil
        if let d = m["date"], let text = d.string("a date as YYYY-MM-DD") {
            date = CalendarDate(iso: text)
            if date == nil { m.diagnostics.error(d.location, "expected a date as YYYY-MM-DD, found `\(text)`") }
        } else if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            // No date in the spec: the reproducible-builds convention gives one; never the clock.
            if let seconds = Int64(epoch), seconds >= 0, seconds < 253_402_300_800 {
                let (d, stamp) = Self.utc(seconds)
                date = d
                timestamp = stamp
            } else {
                m.diagnostics.error(m.location, "SOURCE_DATE_EPOCH must be whole seconds since 1970, found `\(epoch)`")
            }
        } else {
            m.diagnostics.error(m.location, "`document` is missing the required field `date`",
                                suggestion: "add `date: YYYY-MM-DD` (the publication date), or set SOURCE_DATE_EPOCH")
        }
        var language = "en"
        if let n = m["language"], let l = n.string("a language tag such as `en-CA`") {
            let valid = LanguageTag.isValid(l)
            if valid { language = l } else { m.diagnostics.error(n.location, "expected a language tag such as `en-CA`, found `\(l)`") }
            if valid && NumberSymbols.locale(l) == nil {
                m.diagnostics.warning(n.location, "no number conventions are known for `\(l)`; figures print in English (`1,234.5`)",
                                      suggestion: "use a tag such as `en-CA`, `fr-CA`, `en-GB` or `de-DE`")
            }
        }
        guard let title, let date else { return nil }
        var info = DocumentInfo(title: title, subtitle: m.string("subtitle"), author: m.string("author"),
                            organisation: m.string("organisation") ?? m.string("organization"), subject: m.string("subject"),
                            keywords: m.strings("keywords") ?? [], language: language, date: date)
        info.timestamp = timestamp
        return info
    }

    /// A UTC calendar date and `YYYY-MM-DDThh:mm:ssZ` for seconds since 1970 (civil-from-days, no time zone).
    static func utc(_ seconds: Int64) -> (CalendarDate, String) {
        let days = seconds / 86_400, rest = seconds % 86_400
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let date = CalendarDate(year: Int(year), month: Int(month), day: Int(day))
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return (date, "\(date)T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z")
    }
}

/// Reads `page:`: size, margins, header and footer.
struct PageReader {
    /// Logos of the running lines.
    let images: ImageFiles
    static let keys = ["size", "margins", "header", "footer"]
    static let lineKeys = ["left", "center", "right", "logo"]
    static let logoKeys = ["image", "height", "at"]
    static let sizes: [String: Size] = ["letter": PageSetup.letter, "a4": PageSetup.a4]

    func read(_ node: SpecNode) -> PageSetup? {
        guard let m = node.mapping("`page`", keys: Self.keys) else { return nil }
        var setup = PageSetup()
        if let sizeNode = m["size"] {
            if let name = sizeNode.scalar {
                if let size = Self.sizes[name.lowercased()] { setup.size = size }
                else { m.diagnostics.error(sizeNode.location, "unknown page size `\(name)`",
                                           suggestion: Suggestions.hint(for: name, in: ["letter", "a4"]) + " (or `{width: 6in, height: 9in}`)") }
            } else if let custom = sizeNode.mapping("a page size", keys: ["width", "height"]) {
                if let w = custom.required("width").flatMap(Lengths.read), let h = custom.required("height").flatMap(Lengths.read) {
                    if w < 144 || h < 144 { m.diagnostics.error(sizeNode.location, "a page must be at least 2in × 2in") }
                    else { setup.size = Size(width: w, height: h) }
                }
            }
        }
        if let marginsNode = m["margins"] {
            if marginsNode.scalar != nil {
                if let v = Lengths.read(marginsNode) { setup.margins = Insets(all: v) }
            } else if let mm = marginsNode.mapping("`margins`", keys: ["top", "right", "bottom", "left"]) {
                let d = setup.margins
                setup.margins = Insets(top: mm.length("top") ?? d.top, right: mm.length("right") ?? d.right,
                                       bottom: mm.length("bottom") ?? d.bottom, left: mm.length("left") ?? d.left)
            }
            if setup.margins.left + setup.margins.right > setup.size.width - 72 || setup.margins.top + setup.margins.bottom > setup.size.height - 72 {
                m.diagnostics.error(marginsNode.location, "the margins leave less than 1in for the text")
            }
        }
        setup.header = m["header"].flatMap(readLine)
        setup.footer = m["footer"].flatMap(readLine)
        return setup
    }

    private func readLine(_ node: SpecNode) -> RunningLine? {
        guard let m = node.mapping("a running line", keys: Self.lineKeys) else { return nil }
        for key in ["left", "center", "right"] {
            if let n = m[key], let text = n.scalar { checkTemplate(text, at: n) }
        }
        var logo: RunningLogo? = nil
        if let l = m["logo"] {
            // `logo: {image: images/logo.svg, height: 14pt, at: right}`: an artifact, so no alt text.
            guard let lm = l.mapping("a running line's logo", keys: Self.logoKeys), let pathNode = lm.required("image"),
                  let path = pathNode.string("the path of a PNG, JPEG, SVG or PDF file"),
                  let image = images.asset(path, page: 1, pageNode: nil, at: pathNode) else { return nil }
            let end = lm.choice("at", RunningLogo.End.allCases.map(\.rawValue)).flatMap(RunningLogo.End.init(rawValue:)) ?? .left
            let height = lm.length("height") ?? 14
            if height > 36, let h = lm["height"] {
                lm.diagnostics.error(h.location, "a running line's logo is at most 36pt tall, found \(Int(height))pt")
            }
            logo = RunningLogo(image: image, height: min(height, 36), end: end)
        }
        return RunningLine(left: m.string("left"), center: m.string("center"), right: m.string("right"), logo: logo)
    }

    private func checkTemplate(_ text: String, at node: SpecNode) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            if !RunningTemplateNames.all.contains(name) {
                node.diagnostics.error(node.location, "unknown placeholder `{\(name)}`",
                                       suggestion: Suggestions.hint(for: name, in: RunningTemplateNames.all))
            }
            rest = after[after.index(after: close)...]
        }
    }
}

/// Placeholders of running headers and footers (kept in step with layout's `RunningTemplate`).
enum RunningTemplateNames {
    static let all = ["title", "subtitle", "organisation", "section", "page", "pages"]
}
