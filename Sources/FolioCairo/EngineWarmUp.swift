import Foundation
import FolioLayout
import FolioModel

extension TextEngine {
    /// Loads the fonts of `styles`, at their sizes and in their order, and shapes a sample in each, so that
    /// fontconfig, FreeType and HarfBuzz set themselves up (faces, OpenType lookups, shaping plans for both
    /// figure styles, each size's scaled font and glyph extents) before the first real paragraph: worth doing
    /// on another core while the spec is read. Stops between fonts once `stop` says so (someone is waiting
    /// for the engine: what is left is loaded when first used). Nothing is kept but those caches: the output
    /// is the same with or without it.
    func warmUp(_ styles: [TextStyle], stop: () -> Bool = { false }) {
        var seen: Set<FontDescriptor> = []
        let sample = "Annual report 2023-24: 1,149 ($2,741,025) – Q1 Q2 “quoted” fi"
        for style in styles {
            let font = style.font
            guard seen.insert(font).inserted else { continue }
            if stop() { return }
            for tabular in [false, true] {
                shapeOnce([TextRun(text: sample, font: font, color: style.color, tabularFigures: tabular)])
            }
        }
    }
}

