import Foundation
import FolioCairo
import FolioModel
import FolioRender
import FolioSpec

/// What one spec produces, named as Folio's output folder is laid out: `<name>.pdf`, release images
/// `charts/<name>/<chart id>.png` (1200×675) and `charts/<name>/<preset>/<chart id>.png` for each export
/// preset, and with previews `previews/<name>/page-NN.png`. The command line and `Folio.render` share it.
public enum OutputPlan {
    public static func jobs(for loaded: LoadedSpec, name: String, previews: Bool = false, images: Bool = true,
                            compression: PNGCompression = .fast) -> [RenderJob] {
        var jobs: [RenderJob] = []
        if loaded.hasContent {
            jobs.append(RenderJob(.report(loaded.report, previewPrefix: previews ? "previews/\(name)/page" : nil), path: "\(name).pdf",
                                  compression: compression))
        }
        let theme = loaded.report.theme, organisation = loaded.report.info.organisation
        for chart in loaded.charts where images {
            jobs.append(RenderJob(.chart(chart, width: 1200, height: 675, scale: 1, format: .png, theme: theme, organisation: organisation),
                                  path: "charts/\(name)/\(chart.id).png", compression: compression))
            for preset in loaded.exports {
                jobs.append(RenderJob(.chart(chart, width: preset.width, height: preset.height, scale: preset.scale, format: .png,
                                             theme: theme, organisation: organisation),
                                      path: "charts/\(name)/\(preset.name)/\(chart.id).png", compression: compression))
            }
        }
        return jobs
    }

    /// A spec's name for its outputs: its file name without the folder and the extension.
    public static func name(ofSpec path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
