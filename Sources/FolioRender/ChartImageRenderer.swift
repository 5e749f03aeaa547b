import FolioCairo
import FolioLayout
import FolioModel

/// Renders charts as standalone release images, with the same layout code the report uses.
package struct ChartImageRenderer {
    /// Output encodings.
    package enum Format: String, CaseIterable, Sendable { case png, svg }

    private let engine: TextEngine
    private let theme: Theme

    /// One engine is reused for every chart of a spec (one font map, fonts loaded once). The theme's fonts
    /// are checked by the caller, once per spec.
    package init(theme: Theme, engine: TextEngine = TextEngine()) {
        self.engine = engine
        self.theme = theme
    }

    /// The chart laid out on `width` × `height` (pixels at scale 1), encoded as PNG (pixels × `scale`) or SVG.
    package func render(_ chart: Chart, width: Int, height: Int, scale: Double = 1, format: Format = .png,
                       compression: PNGCompression = .fast, organisation: String?) throws -> [UInt8] {
        let page = ChartImageLayout(shaper: engine, theme: theme)
            .page(chart, size: Size(width: Double(width), height: Double(height)), organisation: organisation)
        // The chart's alternative text goes with the image, whatever posts or embeds it.
        let text = ImageText(title: chart.title, description: chart.altText)
        switch format {
        case .png: return try PageImageRenderer(fonts: engine).png(page, scale: scale, compression: compression, text: text)
        case .svg: return try PageImageRenderer(fonts: engine).svg(page, text: text)
        }
    }
}
