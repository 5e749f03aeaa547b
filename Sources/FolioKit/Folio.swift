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
/// given to its own font maps only (see `FontConfiguration`); no thread is pinned, no signal handled.
public enum Folio {
    /// Reads the spec at `path` (data, translations and images beside it), checks it and renders every file
    /// it produces. Throws `SpecError` (every problem with its file, line and column) for invalid input,
    /// `MissingFontError` when a theme's font is not installed, and the renderer's errors otherwise.
    public static func render(spec path: String, parameters: [String: String] = [:], edition: String? = nil,
                              images: Bool = true) throws -> RenderedSpec {
        let loaded = try SpecReader(parameters: parameters, edition: edition, images: CairoImageInspector()).read(path: path)
        return try render(loaded, name: OutputPlan.name(ofSpec: path) + (edition.map { "-\($0)" } ?? ""), images: images)
    }

    /// Renders a spec already read (see `SpecReader`), its files named after `name`.
    public static func render(_ loaded: LoadedSpec, name: String, images: Bool = true) throws -> RenderedSpec {
        if let problem = LibraryVersions.problem { throw UnsupportedLibraries(description: problem) }
        let pool = EnginePool(workers: 1)
        let problems = try SpecChecks.errors(for: loaded, engine: pool.engine)
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
}

/// The files one spec produces, by their path in an output folder (`report.pdf`, `charts/report/ice.png`).
public struct RenderedSpec: Sendable {
    public var name: String
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

/// The Cairo or Pango this process runs with is one Folio cannot produce correct files with (see `LibraryVersions`).
public struct UnsupportedLibraries: Error, CustomStringConvertible {
    public let description: String
}
