import FolioCairo
import FolioRender
import FolioSpec

/// Which chart images `Project.exportCharts` writes (`folio charts`): every chart of each spec, or the named
/// ones, at one size, optionally at each export preset the spec declares too.
public struct ChartExport: Sendable {
    /// Only these chart ids (all when empty); an id a spec lacks is an error.
    public var only: [String]
    /// The images' encoding.
    public enum Format: String, CaseIterable, Sendable {
        /// Pixels (`width` × `height` × `scale`), encoded with the project's `Project.Options.pngCompression`.
        case png
        /// Vectors, text as paths: the same at any size.
        case svg
    }

    /// PNG or SVG.
    public var format: Format
    /// The size in pixels at scale 1, and the pixel density.
    public var width: Int, height: Int, scale: Double
    /// Also every export preset of the spec, in `<folder>/<preset>/`.
    public var presets: Bool
    /// Where the files go; nil for `<output>/charts/<spec name>`.
    public var folder: String?

    /// `folio charts`'s defaults: every chart, PNG, 1200×675 at scale 1, no presets, `<output>/charts/<spec name>`.
    public init(only: [String] = [], format: Format = .png, width: Int = 1200, height: Int = 675, scale: Double = 1,
                presets: Bool = false, folder: String? = nil) {
        self.only = only; self.format = format; self.width = width; self.height = height; self.scale = scale
        self.presets = presets; self.folder = folder
    }
}

extension ChartExport.Format {
    /// The renderer's encoding.
    var engine: ChartImageRenderer.Format {
        switch self {
        case .png: .png
        case .svg: .svg
        }
    }
}
