import Foundation
import FolioModel
import Yams

/// A spec read into a report, with the warnings found on the way and every file it depends on.
package struct LoadedSpec: Sendable {
    /// The resolved report.
    package var report: Report
    /// Warnings (the report was still built).
    package var warnings: [Diagnostic]
    /// The spec and every data file read, for rebuild decisions.
    package var inputFiles: [String]
    /// Every chart with an id: the spec's release images.
    package var charts: [Chart]
    /// Named release-image sizes.
    package var exports: [ExportPreset]
    /// Whether the spec has report content (a spec of release images alone has none).
    package var hasContent: Bool
    /// The report's texts with their locations: paragraphs, headings, quotes, table labels and headers.
    package var texts: [SpecText] = []
    /// Where each table block was written, by its index in `report.blocks`: layout measures tables and
    /// reports by block index what it cannot fit (see `diagnostic(forTableAt:message:suggestion:)`).
    package var tableLocations: [Int: SourceLocation] = [:]
    /// The value of each of the spec's parameters (`params:` with `--set` applied): outputs depend on them.
    package var parameters: [String: String] = [:]
    /// One report per row of a data set (`matrix:`): the build renders each.
    package var matrix: SpecMatrix?
    /// The languages of the spec's `editions:` (empty without it); the first is not necessarily the source's.
    package var editions: [String] = []
    /// Where the theme turned hyphenation on (nil: off): the command line warns there when no dictionary
    /// is installed for the document's language (the reader knows no dictionaries, see `HyphenationCheck`).
    package var hyphenationLocation: SourceLocation?

    /// An error at the spec location of the table at `blockIndex` (the spec's first line if unknown).
    package func diagnostic(forTableAt blockIndex: Int, message: String, suggestion: String) -> Diagnostic {
        let file = inputFiles.first ?? ""
        return Diagnostic(.error, tableLocations[blockIndex] ?? SourceLocation(file: file, line: 1, column: 1), message,
                          suggestion: suggestion)
    }
}

/// Reads a YAML report spec and the data files it names into a `Report`, checking everything on the way.
/// Every problem is collected and thrown together as a `SpecError`, each with its file, line and column.
package struct SpecReader {
    /// Values for the spec's `params:` (from `--set name=value`), checked against their declared types.
    package var parameters: [String: String]

    /// The edition to read (a language of the spec's `editions:`); nil reads the spec as written.
    package var edition: String?

    /// Opens the images the spec places (see `ImageInspector`): the command line passes the Cairo layer's.
    package var images: (any ImageInspector)?

    package init(parameters: [String: String] = [:], edition: String? = nil, images: (any ImageInspector)? = nil) {
        self.parameters = parameters; self.edition = edition; self.images = images
    }

    /// Reads the spec at `path`; data paths inside it are relative to the spec's folder.
    package func read(path: String) throws(SpecError) -> LoadedSpec {
        let diagnostics = DiagnosticBag()
        guard let text = Self.readText(path) else {
            throw SpecError([Diagnostic(.error, SourceLocation(file: path, line: 1, column: 1),
                                        "cannot read the spec file: it \(TextFile.problem(path))")])
        }
        return try read(yaml: text, path: path, diagnostics: diagnostics)
    }

    /// Reads a spec from text; `path` names it in messages and anchors relative data paths.
    package func read(yaml text: String, path: String) throws(SpecError) -> LoadedSpec {
        try read(yaml: text, path: path, diagnostics: DiagnosticBag())
    }

    private func read(yaml text: String, path: String, diagnostics: DiagnosticBag) throws(SpecError) -> LoadedSpec {
        var root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw SpecError([Diagnostic(.error, SourceLocation(file: path, line: 1, column: 1),
                                            "the spec is empty; expected `document:` and `content:`")])
            }
            root = node
        } catch let error as SpecError {
            throw error
        } catch {
            throw SpecError([Self.diagnostic(forYAMLError: error, file: path)])
        }
        if let tooLarge = AliasExpansion.check(root, file: path) { throw SpecError([tooLarge]) }
        let editions = Editions(root: root, file: path, diagnostics: diagnostics)
        var translationFiles: [String] = []
        if let edition {
            if let e = editions.editions.first(where: { $0.language == edition }) {
                root = editions.translate(root, to: e, specFile: path, diagnostics: diagnostics, inputs: &translationFiles)
            } else {
                diagnostics.error(SourceLocation(file: path, line: 1, column: 1), "the spec has no edition `\(edition)`",
                                  suggestion: editions.editions.isEmpty ? "declare `editions: [\(editions.sourceLanguage), \(edition)]`"
                                    : Suggestions.hint(for: edition, in: editions.editions.map(\.language)))
            }
        }
        let params = Parameters(root: root, file: path, overrides: parameters, diagnostics: diagnostics)
        root = params.substitute(root, file: path, diagnostics: diagnostics)
        let baseDirectory = (path as NSString).deletingLastPathComponent
        let spec = SpecNode(node: root, file: path, diagnostics: diagnostics)
        var inputs = [path] + translationFiles
        var reader = ReportReader(base: baseDirectory, diagnostics: diagnostics, images: images)
        let report = reader.read(spec, inputs: &inputs)
        if let matrix = reader.matrix, params.values[matrix.parameter] == nil {
            diagnostics.error(matrix.location, "the matrix sets parameter `\(matrix.parameter)`, which `params:` does not declare",
                              suggestion: "declare it: `params: {\(matrix.parameter): {type: text, default: \(matrix.entities.first ?? "…")}}`")
        }
        if diagnostics.hasErrors || report == nil {
            throw SpecError(diagnostics.items)
        }
        guard let report else { throw SpecError(diagnostics.items) }
        let hasContent: Bool = {
            if case .mapping(let m) = root { return m.contains { $0.key.string == "content" } }
            return false
        }()
        return LoadedSpec(report: report, warnings: diagnostics.items, inputFiles: inputs, charts: reader.charts,
                          exports: reader.exports, hasContent: hasContent, texts: reader.texts.items,
                          tableLocations: reader.tableLocations, parameters: params.values.mapValues(\.value), matrix: reader.matrix,
                          editions: editions.editions.map(\.language), hyphenationLocation: reader.hyphenationLocation)
    }

    static func readText(_ path: String) -> String? {
        TextFile.read(path)
    }

    private static func yamlText(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, _, _, let yaml), .parser(_, _, _, let yaml), .composer(_, _, _, let yaml): return yaml
        default: return ""
        }
    }

    /// Turns a Yams error into a located diagnostic.
    static func diagnostic(forYAMLError error: Error, file: String) -> Diagnostic {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                var message = "YAML syntax error: \(problem)"
                if let context { message += " \(context.text)" }
                let lines = yamlText(yaml).split(separator: "\n", omittingEmptySubsequences: false)
                let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
                let suggestion = line.prefix { $0 == " " || $0 == "\t" }.contains("\t")
                    ? "indent with spaces: YAML does not allow tabs in indentation"
                    : "check indentation, and quote text containing `: ` or starting with `[`, `{`, `*` or `&`"
                return Diagnostic(.error, SourceLocation(file: file, line: mark.line, column: mark.column), message, suggestion: suggestion)
            case .duplicatedKeysInMapping(let duplicates, let context):
                let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
                return Diagnostic(.error, SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                                  "\(keys) appears more than once in this mapping", suggestion: "keep one of them")
            case .reader(let problem, _, _, _):
                return Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "cannot read the spec: \(problem)")
            default:
                break
            }
        }
        return Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "YAML error: \(error)")
    }
}

/// Renders diagnostics the way compilers do, quoting the offending line of each file.
package enum DiagnosticPrinter {
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        var cache: [String: [String]] = [:]
        return diagnostics.map { d in
            let lines = cache[d.location.file] ?? (SpecReader.readText(d.location.file).map {
                $0.replacingLineEnds().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            } ?? [])
            cache[d.location.file] = lines
            let line = d.location.line >= 1 && d.location.line <= lines.count ? lines[d.location.line - 1] : nil
            return d.rendered(sourceLine: line)
        }.joined(separator: "\n")
    }
}
