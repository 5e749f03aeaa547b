import ArgumentParser
import Foundation
import FolioCairo
import FolioKit
import FolioModel
import FolioRender
import FolioSpec

/// `folio charts SPEC...`: every chart of each spec (or the named ones) as a release image.
struct Charts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "Write the charts of specs as release images (PNG or SVG).",
        discussion: "Files are named DIR/<chart id>.<format>; with --presets, each export preset of the spec also goes to DIR/<preset>/<chart id>.<format>.")

    @Argument(help: "Report specs (YAML).")
    var specs: [String]

    @Option(name: .customLong("only"), parsing: .upToNextOption, help: "Only these chart ids.")
    var only: [String] = []

    @Option(help: "png or svg.")
    var format: String = "png"

    @Option(help: "Image size in pixels, WxH.")
    var size: String = "1200x675"

    @Option(help: "Pixel density multiplier (2 for print).")
    var scale: Double = 1

    @Option(name: .shortAndLong, help: "Folder to write into (default: Output/charts/<spec name>).")
    var output: String?

    @Option(help: "PNG encoding: fast (default), default (as Cairo writes) or small. Pixels are identical.")
    var pngCompression: String = "fast"

    @Flag(help: "Also write every export preset the spec declares.")
    var presets = false

    @OptionGroup var reporting: Reporting

    @OptionGroup var parameters: SpecParameters
    var quiet: Bool { reporting.quiet || reporting.format == .json }

    func validate() throws {
        guard ChartImageRenderer.Format(rawValue: format) != nil else { throw ValidationError("--format must be png or svg") }
        guard ExportPreset.size(size) != nil else { throw ValidationError("--size must look like 1200x675 (100 to 10000 pixels a side)") }
        guard PNGCompression(rawValue: pngCompression) != nil else { throw ValidationError("--png-compression must be fast, default or small") }
        guard scale >= 0.25 && scale <= 8 else { throw ValidationError("--scale must be between 0.25 and 8") }
        if let (w, h) = ExportPreset.size(size), Double(max(w, h)) * scale > 16_384 {
            throw ValidationError("--size \(size) at --scale \(scale) makes an image wider than 16384 pixels")
        }
    }

    func run() throws {
        let collisions = output == nil ? OutputCollisions.find(specs) : []
        if !collisions.isEmpty {
            reporting.emit(collisions)
            throw FolioExit.invalidInput
        }
        InterruptedBuilds.removeFilesOnSignals()
        var worst: ExitCode? = nil
        for spec in specs {
            switch write(spec) {
            case .written: break
            case .invalidInput: if worst == nil { worst = FolioExit.invalidInput }
            case .cannotWrite: if worst != FolioExit.internalError { worst = FolioExit.cannotWrite }
            case .internalError: worst = FolioExit.internalError
            }
        }
        if let worst { throw worst }
    }

    private func write(_ spec: String) -> Build.Outcome {
        guard let loaded = loadSpec(spec, reporting: reporting, parameters: parameters.values) else { return .invalidInput }
        let unknown = only.filter { id in !loaded.charts.contains { $0.id == id } }
        if !unknown.isEmpty {
            printError("\(spec): error: no chart \(unknown.map { "`\($0)`" }.joined(separator: ", ")); its charts are: "
                       + loaded.charts.map(\.id).joined(separator: ", "))
            return .invalidInput
        }
        let charts = loaded.charts.filter { only.isEmpty || only.contains($0.id) }
        let directory = output ?? "Output/charts/" + specName(spec)
        let imageFormat = ChartImageRenderer.Format(rawValue: format) ?? .png
        let (width, height) = ExportPreset.size(size) ?? (1200, 675)
        var jobs: [(chart: Chart, width: Int, height: Int, scale: Double, path: String)] = []
        for chart in charts {
            jobs.append((chart, width, height, scale, "\(directory)/\(chart.id).\(imageFormat.rawValue)"))
            if presets {
                for p in loaded.exports {
                    jobs.append((chart, p.width, p.height, p.scale, "\(directory)/\(p.name)/\(chart.id).\(imageFormat.rawValue)"))
                }
            }
        }
        let theme = loaded.report.theme, organisation = loaded.report.info.organisation
        let renderJobs = jobs.map { job in
            RenderJob(.chart(job.chart, width: job.width, height: job.height, scale: job.scale, format: imageFormat,
                             theme: theme, organisation: organisation), path: job.path,
                      compression: PNGCompression(rawValue: pngCompression) ?? .fast)
        }
        do {
            try TextEngine.verifyFonts(Array(theme.styles.values))
            // Charts render on every core; all are written only when all rendered.
            var files: [RenderedFile] = []
            let pool = EnginePool(workers: ProcessInfo.processInfo.activeProcessorCount)
            for result in ParallelRenderer.render(renderJobs, pool: pool) {
                files += try result.get()
            }
            do {
                try OutputFile.writeSet(files.map { ($0, $0.path) }, journalFolder: directory)
            } catch {
                printError("\(spec): cannot write outputs: \(OutputFile.explain(error))")
                return .cannotWrite
            }
            if !quiet { print("wrote \(files.count) chart image\(files.count == 1 ? "" : "s") to \(directory)") }
            return .written
        } catch let error as MissingFontError {
            printError("\(spec): error: \(error)")
            return .invalidInput
        } catch where OutputFile.isWriteFailure(error) {
            printError("\(spec): cannot write outputs: \(OutputFile.explain(error))")
            return .cannotWrite
        } catch {
            printError("\(spec): internal error: \(error)")
            return .internalError
        }
    }
}

/// Reads a spec, printing its diagnostics in the chosen format; nil when it has errors.
/// Warnings already printed in this run: two specs reading one data file say its warning once.
final class PrintedWarnings {
    private var seen: Set<Diagnostic> = []
    /// The warnings not printed before (and now counted as printed).
    func new(_ warnings: [Diagnostic]) -> [Diagnostic] { warnings.filter { seen.insert($0).inserted } }
}

func loadSpec(_ spec: String, reporting: Reporting, parameters: [String: String] = [:], edition: String? = nil, glyphs: GlyphCheck? = nil,
              strict: Bool = false, printed: PrintedWarnings? = nil) -> LoadedSpec? {
    func failed(_ diagnostics: [Diagnostic]) -> LoadedSpec? {
        reporting.emit(diagnostics)
        let count = diagnostics.filter { $0.severity == .error }.count
        if reporting.format != .json { printError("\(spec): \(count) error\(count == 1 ? "" : "s"); nothing written") }
        return nil
    }
    do {
        let loaded = try SpecReader(parameters: parameters, edition: edition, images: CairoImageInspector()).read(path: spec)
        let warnings = loaded.warnings + (glyphs?.warnings(for: loaded) ?? []) + HyphenationCheck.warnings(for: loaded)
        // `--strict`: a warning stops the spec as an error would.
        if strict && !warnings.isEmpty { return failed(warnings.map(\.asError)) }
        reporting.emit(printed?.new(warnings) ?? warnings)
        return loaded
    } catch {
        return failed(error.diagnostics)
    }
}

/// The spec's file name without its extension: outputs are named after it.
func specName(_ spec: String) -> String { OutputPlan.name(ofSpec: spec) }
