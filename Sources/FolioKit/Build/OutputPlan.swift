import Foundation
import FolioCairo
import FolioModel
import FolioRender
import FolioSpec

/// What one spec produces, named as Folio's output folder is laid out: `<name>.pdf`, release images
/// `charts/<name>/<chart id>.png` (1200×675) and `charts/<name>/<preset>/<chart id>.png` for each export
/// preset, and with previews `previews/<name>/page-NN.png`. The one place render jobs are assembled: a build,
/// `Folio.render` and a chart export (`Project.exportCharts`) share it.
enum OutputPlan {
    static func jobs(for loaded: LoadedSpec, name: String, previews: Bool = false, images: Bool = true,
                     compression: PNGCompression = .fast) -> [RenderJob] {
        var jobs: [RenderJob] = []
        if loaded.hasContent {
            jobs.append(RenderJob(.report(loaded.report, previewPrefix: previews ? "previews/\(name)/page" : nil), path: "\(name).pdf",
                                  compression: compression))
        }
        if images {
            jobs += chartJobs(loaded.charts, of: loaded, folder: "charts/\(name)", size: .release, presets: loaded.exports,
                              format: .png, compression: compression)
        }
        return jobs
    }

    /// For each chart, an image at `size` (`<folder>/<id>.<format>`), then one for each preset
    /// (`<folder>/<preset>/<id>.<format>`).
    static func chartJobs(_ charts: [Chart], of loaded: LoadedSpec, folder: String, size: ExportPreset, presets: [ExportPreset],
                          format: ChartImageRenderer.Format, compression: PNGCompression) -> [RenderJob] {
        let theme = loaded.report.theme, organisation = loaded.report.info.organisation
        return charts.flatMap { chart in
            ([(size, "\(folder)/\(chart.id)")] + presets.map { ($0, "\(folder)/\($0.name)/\(chart.id)") }).map { preset, path in
                RenderJob(.chart(chart, width: preset.width, height: preset.height, scale: preset.scale, format: format,
                                 theme: theme, organisation: organisation),
                          path: "\(path).\(format.rawValue)", compression: compression)
            }
        }
    }

    /// A spec's name for its outputs: its file name without the folder and the extension.
    static func name(ofSpec path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

extension ExportPreset {
    /// The release images' size: 1200×675 at scale 1.
    static let release = ExportPreset(name: "release", width: 1200, height: 675)
}
