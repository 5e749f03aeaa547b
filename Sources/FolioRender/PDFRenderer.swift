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
        // The Document element spans all pages; it must close before the last page is shown, or Cairo
        // drops the whole structure tree (the file would come out untagged).
        var currentSize = firstSize
        for (i, page) in document.pages.enumerated() {
            // Changing the size after drawing has begun on a page loses the tags opened on it.
            if page.size != currentSize { pdf.setPageSize(page.size); currentSize = page.size }
            if i == 0 { pdf.canvas.beginTag("Document") }
            drawer.draw(page)
            if i == document.pages.count - 1 { pdf.canvas.endTag("Document") }
            pdf.canvas.showPage()
        }
        var parents: [Int32] = [0]
        for entry in document.outline {
            let depth = max(1, entry.level)
            while parents.count > depth { parents.removeLast() }
            while parents.count < depth { parents.append(parents.last ?? 0) }
            let id = pdf.addOutline(entry.title, parent: parents[depth - 1], pageIndex: entry.pageIndex, y: entry.y)
            parents.append(id)
        }
        // Cairo 1.16 writes neither /Lang nor /Alt: both are added as an incremental update.
        var alternates: [String] = []
        for page in document.pages {
            for case .beginTag(.figure(let alt)) in page.items { alternates.append(alt) }
        }
        var update = PDFIncrementalUpdate(try pdf.finish())
        return try update.update(language: document.info.language, figureAlternates: alternates)
    }
}

/// Writes single pages as PNG or SVG (page previews, chart images).
public struct PageImageRenderer {
    public init() {}

    /// The page as PNG at `scale` pixels per point.
    public func png(_ page: PageFrame, scale: Double = 1, compression: PNGCompression = .fast) throws -> [UInt8] {
        let width = Int((page.size.width * scale).rounded(.up)), height = Int((page.size.height * scale).rounded(.up))
        let image = try ImageCanvas(width: width, height: height)
        image.canvas.scale(scale)
        FrameDrawer(canvas: image.canvas, tagged: false).draw(page)
        return try image.pngBytes(compression: compression)
    }

    /// The page as SVG.
    public func svg(_ page: PageFrame) throws -> [UInt8] {
        let svg = try SVGCanvas(size: page.size)
        FrameDrawer(canvas: svg.canvas, tagged: false).draw(page)
        return try svg.finish()
    }
}
