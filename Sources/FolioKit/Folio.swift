import Foundation
import FolioCairo
import FolioLayout
import FolioRender
// What `Folio.render` takes and throws (specs read, diagnostics, the model) comes with `import FolioKit`.
@_exported import FolioModel
@_exported import FolioSpec

/// Folio as a library: a spec in, its files out, in memory — for a host application (a web service, an
/// editor's preview) that wants the bytes, not a folder. The same bytes as `folio build` writes.
///
///     let rendered = try Folio.render(spec: "ReportSpecs/annual-report.yaml")
///     try Data(rendered.pdf ?? []).write(to: url)
///
/// To build a folder of outputs as `folio build` does (manifest, sets written atomically, checks), see `Project`.
///
/// Nothing process-wide changes: Folio's fonts are looked up through a fontconfig configuration of its own,
/// given to its own font maps only; no thread is pinned, no signal handled.
public enum Folio {
    /// Reads the spec at `path` (data, translations and images beside it), checks it and renders every file
    /// it produces, named after the spec's file name (and `edition`). Throws `SpecError` (every problem with its
    /// file, line and column) for invalid input, a theme font that is not installed among them;
    /// `UnsupportedLibraries` when this process's Cairo or Pango cannot make correct files; the renderer's
    /// errors otherwise.
    ///
    /// `parameters` are values for the spec's `params:`; `edition` is a language of its `editions:` (nil: the
    /// spec as written); `images: false` leaves out the chart images (the PDF only).
    public static func render(spec path: String, parameters: [String: String] = [:], edition: String? = nil,
                              images: Bool = true) throws -> RenderedSpec {
        let loaded = try SpecReader(parameters: parameters, edition: edition, images: CairoImageInspector()).read(path: path)
        return try render(loaded, name: outputName(path, edition: edition), images: images)
    }

    /// As `render(spec:)`, for a spec held in memory (an editor's unsaved text): `path` names it in diagnostics
    /// and in the files' names, and the data, translations and images it names are read relative to its folder.
    public static func render(yaml text: String, path: String, parameters: [String: String] = [:], edition: String? = nil,
                              images: Bool = true) throws -> RenderedSpec {
        let loaded = try SpecReader(parameters: parameters, edition: edition, images: CairoImageInspector()).read(yaml: text, path: path)
        return try render(loaded, name: outputName(path, edition: edition), images: images)
    }

    /// Renders a spec already read, its files named after `name`. The spec's checks run first (fonts, tables
    /// that cannot fit), as they do for `folio build`; a theme font that is not installed is an error at the
    /// spec's first line, as `Project` reports it.
    package static func render(_ loaded: LoadedSpec, name: String, images: Bool = true) throws -> RenderedSpec {
        if let problem = LibraryVersions.problem { throw UnsupportedLibraries(description: problem) }
        let pool = EnginePool(workers: 1)
        let problems: [Diagnostic]
        do {
            problems = try SpecChecks.errors(for: loaded, engine: pool.engine)
        } catch {
            throw SpecError([SpecChecks.diagnostic(for: error, spec: loaded.inputFiles.first ?? name)])
        }
        if !problems.isEmpty { throw SpecError(problems) }
        var files: [String: [UInt8]] = [:]
        let jobs = OutputPlan.jobs(for: loaded, name: name, images: images)
        for result in ParallelRenderer.render(jobs, pool: pool) {
            for file in try result.get() {
                var bytes: [UInt8] = []
                try file.forEachChunk { bytes += $0 }
                files[file.path] = bytes
            }
        }
        return RenderedSpec(name: name, files: files, warnings: loaded.warnings)
    }

    /// The outputs' name: the spec's file name without its extension, then `-<edition>`.
    private static func outputName(_ path: String, edition: String?) -> String {
        OutputPlan.name(ofSpec: path) + (edition.map { "-\($0)" } ?? "")
    }
}

/// The files one spec produces, by their path in an output folder (`report.pdf`, `charts/report/ice.png`).
public struct RenderedSpec: Sendable {
    /// The name the files are named after: the spec's file name without its extension (`-<edition>` added).
    public var name: String
    /// Every file's bytes by its path in an output folder: the PDF, the chart images (release size and each
    /// export preset's).
    public var files: [String: [UInt8]]
    /// What the spec reader warned about (the files were still made).
    public var warnings: [Diagnostic]
    /// The report's PDF, if the spec has content.
    public var pdf: [UInt8]? { files["\(name).pdf"] }
    /// The release images, by chart id (the 1200×675 ones; presets are in `files`).
    public var charts: [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: files.compactMap { path, bytes in
            let prefix = "charts/\(name)/"
            guard path.hasPrefix(prefix), !path.dropFirst(prefix.count).contains("/") else { return nil }
            return (String(path.dropFirst(prefix.count).dropLast(4)), bytes)
        })
    }
}

/// The Cairo or Pango this process runs with is older than Folio can produce correct files with (it needs
/// Cairo 1.16 and Pango 1.44 or later): the host's system libraries must be upgraded before anything renders.
public struct UnsupportedLibraries: Error, CustomStringConvertible {
    /// Which library and version, and which versions Folio supports, as a line for a person.
    public let description: String
}
