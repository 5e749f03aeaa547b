import ArgumentParser
import Foundation
import FolioKit
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

    func validate() throws {
        guard ChartExport.Format(rawValue: format) != nil else { throw ValidationError("--format must be png or svg") }
        guard ExportPreset.size(size) != nil else { throw ValidationError("--size must look like 1200x675 (100 to 10000 pixels a side)") }
        guard Project.PNGCompression(rawValue: pngCompression) != nil else { throw ValidationError("--png-compression must be fast, default or small") }
        guard scale >= 0.25 && scale <= 8 else { throw ValidationError("--scale must be between 0.25 and 8") }
        if let (w, h) = ExportPreset.size(size), Double(max(w, h)) * scale > 16_384 {
            throw ValidationError("--size \(size) at --scale \(scale) makes an image wider than 16384 pixels")
        }
    }

    func run() throws {
        let project = Project(specs: specs, parameters: parameters.values, output: "Output",
                              options: .init(pngCompression: Project.PNGCompression(rawValue: pngCompression) ?? .fast))
        let (width, height) = ExportPreset.size(size) ?? (1200, 675)
        let export = ChartExport(only: only, format: ChartExport.Format(rawValue: format) ?? .png, width: width, height: height,
                                 scale: scale, presets: presets, folder: output)
        SignalHandlers.removeTemporaryFilesOnSignals()
        try FolioExit.check(project.exportCharts(export, events: EventPrinter(reporting: reporting).print).outcome)
    }
}
