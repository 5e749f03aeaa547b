import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioRender
import FolioSpec

/// What one spec produces, named the way Folio's output folder is laid out:
/// `<spec>.pdf`, `charts/<spec>/<chart id>.png`, `charts/<spec>/<preset>/<chart id>.png`, `previews/<spec>/page-NN.png`.
struct SpecPlan {
    let spec: String
    let name: String
    /// What to render; emptied by `takeJobs` when rendering begins, so that only the renderer holds the
    /// report (layout lets each table's cells go once the table is built).
    private(set) var jobs: [RenderJob]
    /// How many files the plan renders, and how many of them are chart images.
    let jobCount: Int, chartCount: Int
    /// Fingerprint of everything the outputs depend on: engine version, spec, data, fonts, the plan itself.
    /// Computed when asked (once per build: to compare with the manifest, or to record the outputs).
    var inputHash: String { fingerprint() }
    private let fingerprint: @Sendable () -> String

    init(spec: String, name: String? = nil, loaded: LoadedSpec, previews: Bool, images: Bool = true, compression: PNGCompression = .fast) {
        self.spec = spec
        self.name = name ?? OutputPlan.name(ofSpec: spec)
        let name = self.name
        let jobs = OutputPlan.jobs(for: loaded, name: name, previews: previews, images: images, compression: compression)
        self.jobs = jobs
        jobCount = jobs.count
        chartCount = jobs.filter { if case .chart = $0.kind { return true } else { return false } }.count
        let theme = loaded.report.theme
        let inputFiles = loaded.inputFiles, styles = Array(theme.styles.values), outputs = jobs.map(\.path)
        let parameters = loaded.parameters, hyphenation = theme.hyphenation
        fingerprint = {
            Self.fingerprint(inputFiles: inputFiles, parameters: parameters, styles: styles, hyphenation: hyphenation, outputs: outputs,
                             previews: previews, compression: compression)
        }
    }

    /// The jobs, handed over: the plan keeps none.
    mutating func takeJobs() -> [RenderJob] {
        defer { jobs = [] }
        return jobs
    }

    private static func fingerprint(inputFiles: [String], parameters: [String: String], styles: [TextStyle], hyphenation: String?,
                                    outputs: [String], previews: Bool, compression: PNGCompression) -> String {
        var hash = ContentHash()
        hash.add("folio \(FolioVersion.string)\n")
        // A parameter set on the command line changes the outputs as an edit of the spec would.
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) { hash.add("param \(name)=\(value)\n") }
        for file in inputFiles {
            hash.add(file + "\n")
            hash.add(FileManager.default.contents(atPath: file) ?? Data())
        }
        // Fonts: the files fontconfig serves for every style (an updated font package changes them).
        // The file does not depend on the size: ask once per face, at the size of a style using it.
        for path in Set(TextEngine.faces(of: styles).compactMap { TextEngine.fontFile(for: $0) }).sorted() {
            let size = fileSize(atPath: path)
            hash.add("font \(path) \(size)\n")
        }
        // Hyphenation (when on): the dictionary serving the language, or its absence (an installed or updated
        // `hyphen-*` package changes where words break).
        if let hyphenation {
            let dictionary = HyphenationDictionaries.path(for: hyphenation)
            hash.add("hyphenation \(hyphenation) \(dictionary ?? "none")\n")
            if let dictionary { hash.add(FileManager.default.contents(atPath: dictionary) ?? Data()) }
        }
        for output in outputs { hash.add("output \(output)\n") }
        if previews { hash.add("previews\n") }
        hash.add("png \(compression.rawValue)\n")
        return hash.hex
    }
}

