import Foundation
import FolioCairo
import FolioLayout
import FolioModel
import FolioPDF

/// Writes a laid-out document as a tagged PDF with metadata and outline, returning its bytes.
package struct PDFRenderer {
    /// Written to the PDF's Creator field.
    package var creator: String
    /// The engine whose fonts draw the text (its thread's; any engine serves: glyph runs name their faces).
    package var fonts: TextEngine?

    package init(creator: String = "Folio", fonts: TextEngine? = nil) {
        self.creator = creator
        self.fonts = fonts
    }

    /// The PDF in memory (small documents, tests).
    package func render(_ document: LaidOutDocument) throws -> [UInt8] {
        let pdf = try PDFDocument(size: document.pages.first?.size ?? PageSetup.letter, fonts: fonts ?? TextEngine())
        var pages = document.pages
        let written = try draw(&pages, of: document, into: pdf, releasingDrawnPages: false)
        try pdf.canvas.checkDrawing()
        let bytes = try pdf.finish()
        return bytes + (try PDFIncrementalUpdate(bytes).update(info: document.info, creator: creator, written: written))
    }

    /// The PDF written to `file`: Cairo writes each page out as it is shown, and each page's items (and
    /// the shaped text only they use) are freed once drawn, while Cairo's record of the document's
    /// structure grows. Pass the document with `consume` so that its pages are not kept elsewhere.
    package func render(_ document: consuming LaidOutDocument, to file: SpooledFile) throws {
        let pdf = try PDFDocument(size: document.pages.first?.size ?? PageSetup.letter,
                                  spoolingTo: try FileHandle(forWritingTo: file.url), fonts: fonts ?? TextEngine())
        var pages: [PageFrame] = []
        swap(&pages, &document.pages)
        let written = try draw(&pages, of: document, into: pdf, releasingDrawnPages: true)
        try pdf.canvas.checkDrawing()
        _ = try pdf.finish()
        ProcessMemory.returnFreeMemory()
        let handle = try FileHandle(forWritingTo: file.url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        // The update comes in small pieces: appended through the buffer Cairo's output goes through.
        let sink = ByteSink(file: handle)
        try Self.update(of: file.url, info: document.info, creator: creator, written: written) { sink.append($0) }
        try sink.close()
    }

    /// Writes the update for the file at `url`, read into memory when it is small (most reports: one read,
    /// then array scans) and through a window when it is large (a long report's memory stays flat). Its
    /// pieces are written only once the whole update is known: the original is read to the end first.
    private static func update(of url: URL, info: DocumentInfo, creator: String, written: FrameDrawer.Written,
                               to write: ([UInt8]) throws -> Void) throws {
        let windowed = try PDFFileBytes(url)
        guard windowed.count <= 4 << 20 else {
            return try PDFIncrementalUpdate(windowed).update(info: info, creator: creator, written: written, to: write)
        }
        try PDFIncrementalUpdate(try windowed.contents()).update(info: info, creator: creator, written: written, to: write)
    }

    /// Draws every page, the structure tree and the outline; returns what the structure needs beyond
    /// what Cairo 1.16 writes (alternative texts, scopes, link descriptions: added as an incremental update).
    private func draw(_ pages: inout [PageFrame], of document: LaidOutDocument, into pdf: PDFDocument,
                      releasingDrawnPages: Bool) throws -> FrameDrawer.Written {
        let firstSize = pages.first?.size ?? PageSetup.letter
        var written = FrameDrawer.Written()
        pdf.setMetadata(document.info, creator: creator)
        let drawer = FrameDrawer(canvas: pdf.canvas, tagged: true)
        // The Document element spans all pages; it must close before the last page is shown, or Cairo
        // drops the whole structure tree (the file would come out untagged).
        var currentSize = firstSize
        // Where links go, by page: each becomes a named destination there (see `CairoCanvas.beginLink`).
        var targets: [Int: Set<Int>] = [:]
        for page in pages {
            for item in page.itemsBesideTableRows {
                switch item {
                case .beginTag(.link(.page(let index, let y), _, _)):
                    targets[index, default: []].insert(Int(y.rounded()))
                default: break
                }
            }
        }
        for i in pages.indices {
            let size = pages[i].size
            // Changing the size after drawing has begun on a page loses the tags opened on it.
            if size != currentSize { pdf.setPageSize(size); currentSize = size }
            if i == 0 { pdf.canvas.beginTag("Document") }
            for y in (targets[i] ?? []).sorted() { pdf.canvas.destination(page: i, y: Double(y)) }
            written.append(drawer.draw(pages[i]))
            if i == pages.count - 1 { drawer.finish(); pdf.canvas.endTag("Document") }
            pdf.canvas.showPage()
            if releasingDrawnPages { pages[i].items = [] }
        }
        var parents: [Int32] = [0]
        for entry in document.outline {
            let depth = max(1, entry.level)
            while parents.count > depth { parents.removeLast() }
            while parents.count < depth { parents.append(parents.last ?? 0) }
            let id = pdf.addOutline(entry.title, parent: parents[depth - 1], pageIndex: entry.pageIndex, y: entry.y)
            parents.append(id)
        }
        return written
    }
}

/// Writes single pages as PNG or SVG (page previews, chart images).
package struct PageImageRenderer {
    /// The engine whose fonts draw the text (see `PDFRenderer.fonts`).
    package var fonts: TextEngine?
    package init(fonts: TextEngine? = nil) { self.fonts = fonts }

    /// The page as PNG at `scale` pixels per point.
    package func png(_ page: PageFrame, scale: Double = 1, compression: PNGCompression = .fast, text: ImageText? = nil) throws -> [UInt8] {
        let width = Int((page.size.width * scale).rounded(.up)), height = Int((page.size.height * scale).rounded(.up))
        let image = try ImageCanvas(width: width, height: height, fonts: fonts ?? TextEngine())
        image.canvas.scale(scale)
        FrameDrawer(canvas: image.canvas, tagged: false).draw(page)
        try image.canvas.checkDrawing()
        return try image.pngBytes(compression: compression, text: text)
    }

    /// The page as SVG.
    package func svg(_ page: PageFrame, text: ImageText? = nil) throws -> [UInt8] {
        let svg = try SVGCanvas(size: page.size, fonts: fonts ?? TextEngine())
        FrameDrawer(canvas: svg.canvas, tagged: false).draw(page)
        try svg.canvas.checkDrawing()
        return try svg.finish(text: text)
    }
}
