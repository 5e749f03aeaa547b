import FolioCairo
import FolioLayout
import FolioModel

/// Draws a page's items on any canvas: one `switch` over item kinds, the same for PDF, PNG and SVG.
struct FrameDrawer {
    let canvas: CairoCanvas
    /// Whether structure tags and links are written (PDF only).
    let tagged: Bool

    func draw(_ page: PageFrame) {
        var open: [String] = []
        for item in page.items {
            switch item {
            case .text(let line): canvas.draw(line)
            case .fill(let rect, let color): canvas.fill(rect, color)
            case .rule(let a, let b, let width, let color): canvas.line(from: a, to: b, width: width, color: color)
            case .path(let path, let fill, let stroke): canvas.draw(path, fill: fill, stroke: stroke)
            case .link(let rect, let target): if tagged { canvas.link(rect, target) }
            case .beginTag(let tag):
                guard tagged else { continue }
                canvas.beginTag(tag.pdfName)
                open.append(tag.pdfName)
            case .endTag:
                guard tagged, let name = open.popLast() else { continue }
                canvas.endTag(name)
            }
        }
        // A page never leaves a structure element open: a mismatch would silently untag the whole file.
        while let name = open.popLast() { canvas.endTag(name) }
    }
}
