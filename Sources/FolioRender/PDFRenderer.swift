import FolioCairo
import FolioLayout
import FolioModel

/// Writes a laid-out document as a tagged PDF with metadata and outline, returning its bytes.
public struct PDFRenderer {
    /// Written to the PDF's Creator field.
    public var creator: String

    public init(creator: String = "Folio") { self.creator = creator }

    public func render(_ document: LaidOutDocument) throws -> [UInt8] {
        let firstSize = document.pages.first?.size ?? PageSetup.letter
        let pdf = try PDFDocument(size: firstSize)
        pdf.setMetadata(document.info, creator: creator)
        let drawer = FrameDrawer(canvas: pdf.canvas, tagged: true)
        pdf.canvas.beginTag("Document")
        for page in document.pages {
            pdf.setPageSize(page.size)
            drawer.draw(page)
            pdf.canvas.showPage()
        }
        pdf.canvas.endTag("Document")
        var parents: [Int32] = [0]
        for entry in document.outline {
            let depth = max(1, entry.level)
            while parents.count > depth { parents.removeLast() }
            while parents.count < depth { parents.append(parents.last ?? 0) }
            let id = pdf.addOutline(entry.title, parent: parents[depth - 1], pageIndex: entry.pageIndex, y: entry.y)
            parents.append(id)
        }
        return try pdf.finish()
    }
}

/// Writes single pages as PNG or SVG (page previews, chart images).
public struct PageImageRenderer {
    public init() {}

    /// The page as PNG at `scale` pixels per point.
    public func png(_ page: PageFrame, scale: Double = 1) throws -> [UInt8] {
        let width = Int((page.size.width * scale).rounded(.up)), height = Int((page.size.height * scale).rounded(.up))
        let image = try ImageCanvas(width: width, height: height)
        image.canvas.scale(scale)
        FrameDrawer(canvas: image.canvas, tagged: false).draw(page)
        return try image.pngBytes()
    }

    /// The page as SVG.
    public func svg(_ page: PageFrame) throws -> [UInt8] {
        let svg = try SVGCanvas(size: page.size)
        FrameDrawer(canvas: svg.canvas, tagged: false).draw(page)
        return try svg.finish()
    }
}
