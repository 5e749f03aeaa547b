import CPangoCairo
import Foundation
import CFolioPNG
import FolioModel
import FolioLayout

/// A PDF being written, to memory or spooled to a file: metadata, pages, outline. Cairo writes each page
/// out when it is shown, so a spooled PDF of any length holds little more than its current page in memory.
package final class PDFDocument {
    private let sink: ByteSink
    private let surface: CairoSurface
    /// The canvas pages are drawn on.
    package let canvas: CairoCanvas

    /// A PDF whose first page has `size`, written to memory, or to `file` (which `finish()` closes).
    /// `fonts`: the engine whose fonts draw the text (any engine: runs name their faces). `groupsVectorPictures`:
    /// see `CairoCanvas.groupsVectorPictures` (what the Cairo drawing needs, unless a test says otherwise).
    package init(size: Size, spoolingTo file: FileHandle? = nil, fonts: TextEngine = TextEngine(),
                 groupsVectorPictures: Bool = LibraryVersions.cairoMarksOnlyText) throws {
        sink = file.map { ByteSink(file: $0) } ?? ByteSink()
        guard let raw = cairo_pdf_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                            size.width, size.height) else { throw CairoError(CAIRO_STATUS_NO_MEMORY, "creating the PDF surface") }
        surface = CairoSurface(raw, sink: sink)
        try surface.check("creating the PDF surface")
        cairo_pdf_surface_restrict_to_version(raw, CAIRO_PDF_VERSION_1_5)
        canvas = CairoCanvas(surface: surface, fonts: fonts.faces, groupsVectorPictures: groupsVectorPictures)
    }

    /// Sets title, author, subject, keywords, creator and both dates (fixed, so rebuilds are byte-identical).
    package func setMetadata(_ info: DocumentInfo, creator: String) {
        let s = surface.pointer
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, info.title)
        if let author = info.author ?? info.organisation { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, author) }
        if let subject = info.subject { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, subject) }
        if !info.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, info.keywords.joined(separator: ", "))
        }
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, creator)
        let date = info.timestamp ?? "\(info.date)T00:00:00Z"
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Sets the size of the page about to be drawn.
    package func setPageSize(_ size: Size) {
        cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
    }

    /// Adds a bookmark under `parent` (0 for the root); returns its id for children.
    package func addOutline(_ title: String, parent: Int32, pageIndex: Int, y: Points) -> Int32 {
        let target = "page=\(pageIndex + 1) pos=[0 \(Int(y.rounded()))]"
        return cairo_pdf_surface_add_outline(surface.pointer, parent, title, target, CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    /// Finishes the file and returns its bytes.
    /// Finishes the file; returns its bytes when written to memory (empty when spooled to a file).
    package func finish() throws -> [UInt8] {
        // A full disk shows first as the sink's error (ENOSPC), then as Cairo's status: report the cause.
        if let failure = sink.failure { throw failure }
        try canvas.check("drawing the PDF")
        cairo_surface_finish(surface.pointer)
        try sink.close()
        try surface.check("writing the PDF")
        return sink.take()
    }
}

/// An image's alternative text: a short title and a description of what it shows, written into PNG
/// (iTXt `Title`, `Description`) and SVG (`<title>`, `<desc>`) files so it travels with the image.
package struct ImageText: Sendable, Equatable {
    package var title: String
    package var description: String
    package init(title: String, description: String) { self.title = title; self.description = description }
}

/// A raster image in memory; `pngBytes()` encodes it.
package final class ImageCanvas {
    private let surface: CairoSurface
    /// The canvas to draw on.
    package let canvas: CairoCanvas

    /// An opaque white image of `width` × `height` pixels.
    package init(width: Int, height: Int, fonts: TextEngine = TextEngine()) throws {
        // Cairo's limit is 32,767 pixels a side; refuse before allocating rather than trap or fail later.
        guard (1...32_767).contains(width), (1...32_767).contains(height),
              let raw = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw CairoError(CAIRO_STATUS_INVALID_SIZE, "creating a \(width)×\(height) image")
        }
        surface = CairoSurface(raw)
        try surface.check("creating a \(width)×\(height) image")
        canvas = CairoCanvas(surface: surface, fonts: fonts.faces)
        canvas.fill(Rect(x: 0, y: 0, width: Double(width), height: Double(height)), .white)
    }

    /// The image as PNG bytes, encoded by libpng with the chosen trade-off between time and size.
    package func pngBytes(compression: PNGCompression = .fast, text: ImageText? = nil) throws -> [UInt8] {
        try canvas.check("drawing the image")
        cairo_surface_flush(surface.pointer)
        guard let data = cairo_image_surface_get_data(surface.pointer) else { throw CairoError(CAIRO_STATUS_NULL_POINTER, "reading the image") }
        let width = cairo_image_surface_get_width(surface.pointer), height = cairo_image_surface_get_height(surface.pointer)
        let stride = cairo_image_surface_get_stride(surface.pointer)
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let status = (text?.title ?? "").withCString { title in
            (text?.description ?? "").withCString { description in
                folio_png_encode(data, width, height, stride, compression.zlibLevel, compression.filters, title, description, &out, &length)
            }
        }
        guard status == 0, let out else { throw CairoError(CAIRO_STATUS_WRITE_ERROR, "encoding PNG") }
        defer { folio_png_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }
}

/// An SVG document in memory.
package final class SVGCanvas {
    private let sink = ByteSink()
    private let surface: CairoSurface
    /// The canvas to draw on.
    package let canvas: CairoCanvas

    /// An SVG of `size` points.
    package init(size: Size, fonts: TextEngine = TextEngine()) throws {
        guard let raw = cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                            size.width, size.height) else { throw CairoError(CAIRO_STATUS_NO_MEMORY, "creating the SVG surface") }
        surface = CairoSurface(raw, sink: sink)
        try surface.check("creating the SVG surface")
        cairo_svg_surface_restrict_to_version(raw, CAIRO_SVG_VERSION_1_1)
        // Sizes in points, as Cairo 1.16 writes by default; 1.17 and later default to unitless user units
        // (`width="800"`, read as 800 px, a third smaller than the chart's 800 pt).
        cairo_svg_surface_set_document_unit(raw, CAIRO_SVG_UNIT_PT)
        canvas = CairoCanvas(surface: surface, fonts: fonts.faces)
    }

    /// Finishes the SVG and returns its bytes; `text` becomes its `<title>` and `<desc>`, with
    /// `role="img"`, so that screen readers announce the image by its alternative text.
    package func finish(text: ImageText? = nil) throws -> [UInt8] {
        try canvas.check("drawing the SVG")
        cairo_surface_finish(surface.pointer)
        try surface.check("writing the SVG")
        let bytes = Self.stableSurfaceIDs(sink.take())
        return text.map { Self.labelled(bytes, $0) } ?? bytes
    }

    /// The SVG with its root element given `role="img"` and `aria-labelledby`, and `<title>`/`<desc>`
    /// as its first children (XML-escaped).
    static func labelled(_ bytes: [UInt8], _ text: ImageText) -> [UInt8] {
        let open = Array("<svg".utf8)
        guard let start = (0..<max(0, bytes.count - open.count)).first(where: { bytes[$0..<($0 + open.count)].elementsEqual(open) }),
              let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return bytes }
        let attributes = Array(" role=\"img\" aria-labelledby=\"folio-title folio-desc\"".utf8)
        let children = Array("\n<title id=\"folio-title\">\(text.title.xmlEscaped)</title>\n<desc id=\"folio-desc\">\(text.description.xmlEscaped)</desc>".utf8)
        let selfClosing = bytes[end - 1] == UInt8(ascii: "/")
        guard !selfClosing else { return bytes }
        return Array(bytes[..<end]) + attributes + [UInt8(ascii: ">")] + children + Array(bytes[(end + 1)...])
    }


    /// Cairo names the SVG's root group after a process-wide surface counter (`id="surface40"`), which
    /// depends on what else the process drew, and in which order its threads drew it. Renumbered from 1
    /// in order of appearance, the same chart gives the same bytes in any run.
    static func stableSurfaceIDs(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array("surface".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var numbers: [String: Int] = [:]
        var i = 0
        while i < bytes.count {
            if bytes[i] == prefix[0], i + prefix.count < bytes.count, bytes[i..<(i + prefix.count)].elementsEqual(prefix) {
                var j = i + prefix.count
                while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 { j += 1 }
                if j > i + prefix.count {
                    let old = String(decoding: bytes[(i + prefix.count)..<j], as: UTF8.self)
                    let new = numbers[old] ?? (numbers.count + 1)
                    numbers[old] = new
                    out += prefix + Array(String(new).utf8)
                    i = j
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}

/// How hard PNG encoding works: the pixels are the same, only time and file size differ.
package enum PNGCompression: String, CaseIterable, Sendable {
    /// zlib level 1, Sub filter: several times faster than `default`, files somewhat larger.
    case fast
    /// zlib level 6 with libpng's adaptive filters (what Cairo's own writer does).
    case `default`
    /// zlib level 9 with adaptive filters: the smallest files, the slowest.
    case small

    var zlibLevel: Int32 {
        switch self { case .fast: return 1; case .default: return 6; case .small: return 9 }
    }
    /// PNG_FILTER_SUB is 0x10; 0 keeps libpng's adaptive choice.
    var filters: Int32 {
        switch self { case .fast: return 0x10; case .default, .small: return 0 }
    }
}
