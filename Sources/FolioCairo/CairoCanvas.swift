import CPangoCairo
import FolioLayout
import FolioModel

/// A Cairo drawing context with the few operations Folio needs. Keeps its surface alive and frees both.
package final class CairoCanvas {
    let cr: OpaquePointer
    let surface: CairoSurface
    /// Images decoded so far, by content: a logo on every page is decoded (and embedded) once.
    private var images: [String: DecodedImage] = [:]
    /// The first thing that could not be drawn: an image that does not open (the spec reader's inspector
    /// normally refuses it first), text shaped by another engine than Pango's.
    private(set) var drawingProblem: String?

    /// Loads the fonts glyph runs name.
    private let fonts: FontFaces

    /// Whether a vector picture (an SVG, a PDF page) is painted as one group, a form XObject in a PDF: on
    /// Cairo 1.17 and later, which marks only text, so that the PDF's update can mark a figure's picture as
    /// its content, one painting like a photo's (see `FigureContent`). Drawing is the same either way. Never on
    /// Cairo 1.16, which marks a figure's paths itself and refuses a group inside a structure element.
    package let groupsVectorPictures: Bool

    init(surface: CairoSurface, fonts: FontFaces, groupsVectorPictures: Bool = false) {
        self.surface = surface
        self.fonts = fonts
        self.groupsVectorPictures = groupsVectorPictures
        cr = cairo_create(surface.pointer)
    }

    deinit { cairo_destroy(cr) }

    /// Scales all later drawing (PNG at 2×, chart images at a pixel size).
    package func scale(_ factor: Double) { cairo_scale(cr, factor, factor) }

    /// Fills a rectangle.
    package func fill(_ rect: Rect, _ color: Color) {
        setColor(color)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    /// Strokes a straight line with butt caps.
    package func line(from a: Point, to b: Point, width: Points, color: Color) {
        setColor(color)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(cr, a.x, a.y)
        cairo_line_to(cr, b.x, b.y)
        cairo_stroke(cr)
    }

    /// Fills and/or strokes a path (round joins, butt caps).
    package func draw(_ path: PathShape, fill: Color?, stroke: Stroke?) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(cr)
            }
        }
        if let fill {
            setColor(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            cairo_set_dash(cr, stroke.dash, Int32(stroke.dash.count), 0)
            cairo_stroke(cr)
            cairo_set_dash(cr, nil, 0, 0)
        }
        cairo_new_path(cr)
    }

    /// Draws a picture into its rectangle, cut to its clip.
    package func draw(_ placement: ImagePlacement) {
        let asset = placement.image
        let image: DecodedImage
        if let known = images[asset.id] { image = known } else {
            switch DecodedImage.open(asset) {
            case .failure(let e):
                if drawingProblem == nil { drawingProblem = "an image could not be drawn: \(e.message)" }
                return
            case .success(let decoded): images[asset.id] = decoded; image = decoded
            }
        }
        cairo_save(cr)
        if let clip = placement.clip {
            cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cr)
        }
        image.draw(on: cr, in: placement.rect, grouped: groupsVectorPictures)
        cairo_restore(cr)
    }

    /// Throws if something could not be drawn: a page without its picture or a line of its text is not a
    /// finished page, and must not pass for one.
    package func checkDrawing() throws {
        if let drawingProblem { throw DrawingError(message: drawingProblem) }
    }

    /// Draws one line of shaped text with its baseline at `origin`, exactly as it was measured.
    package func draw(_ line: TextLine) {
        show(line, x: line.origin.x, y: line.origin.y)
    }

    /// Runs `body` with the origin moved to `origin`, then turned by `rotation` degrees (clockwise) and
    /// scaled, as a frame group places its items; the state before is restored after.
    package func transformed(origin: Point, rotation: Double, scaleX: Double, scaleY: Double, _ body: () -> Void) {
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        if rotation != 0 { cairo_rotate(cr, rotation * .pi / 180) }
        if scaleX != 1 || scaleY != 1 { cairo_scale(cr, scaleX, scaleY) }
        body()
        cairo_restore(cr)
    }

    /// The runs of a line (or of one of its pieces) with its baseline starting at (x, y): the Cairo calls
    /// `pango_cairo_show_layout_line` makes (each run's colour, then its glyphs and text clusters from the
    /// current point), run by run.
    private func show(_ line: TextLine, x: Double, y: Double) {
        let scale = Double(PANGO_SCALE)
        var source = line.metrics.source
        source.withUTF8 { text in
            for run in line.runs {
                guard run.textStart >= 0, Int(run.textStart) + Int(run.textLength) <= text.count else {
                    problem("a run of text lies outside its line: `\(line.text)`")
                    return
                }
                guard let font = fonts.font(for: run.face) else {
                    problem("the font `\(run.face)` of `\(line.text)` is not available to draw it")
                    return
                }
                if let c = run.color {
                    cairo_set_source_rgba(cr, Double(c.red) / 65535, Double(c.green) / 65535, Double(c.blue) / 65535,
                                          c.alpha != 0 ? Double(c.alpha) / 65535 : 1)
                }
                cairo_move_to(cr, x + Double(run.x) / scale, y + Double(-run.rise) / scale)
                let base = text.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
                PangoGlyphItemBridge.withGlyphItem(run, font: font) { pango_cairo_show_glyph_item(cr, base, $0) }
            }
        }
        // Pango leaves the current point where the line started.
        cairo_move_to(cr, x, y)
    }

    private func problem(_ message: String) {
        if drawingProblem == nil { drawingProblem = message }
    }

    /// Opens a tagged-PDF structure element (ignored by image surfaces).
    package func beginTag(_ name: String, attributes: String = "") {
        cairo_tag_begin(cr, name, attributes)
    }

    /// Closes a structure element opened with `beginTag`.
    package func endTag(_ name: String) {
        cairo_tag_end(cr, name)
    }

    /// Opens a Link element with its annotation over `rect`: what is drawn until `endLink` is its text.
    package func beginLink(_ rect: Rect, _ target: LinkTarget) {
        let area = "rect=[\(num(rect.x)) \(num(rect.y)) \(num(rect.width)) \(num(rect.height))]"
        let attributes: String
        switch target {
        case .url(let url): attributes = area + " uri='\(Self.escape(url))'"
        // Cairo 1.16 writes no /Dest for `page=` links to a page not yet drawn (every contents entry):
        // named destinations, set on their page by `destination`, are resolved when the file is finished.
        case .page(let index, let y): attributes = area + " dest='\(Self.destinationName(page: index, y: y))'"
        // Resolved by layout before drawing; a mark left unresolved links nowhere.
        case .footnote: attributes = area
        }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
    }

    /// The named destination of a position (page index from 0, y from the top).
    package static func destinationName(page index: Int, y: Double) -> String {
        "folio-p\(index + 1)-y\(Int(y.rounded()))"
    }

    /// Sets the named destination of `y` on the current page (for links to it, see `beginLink`).
    package func destination(page index: Int, y: Double) {
        let name = Self.destinationName(page: index, y: y)
        cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(name)' x=0 y=\(Int(y.rounded()))")
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    /// Closes the Link element opened by `beginLink`.
    package func endLink() { cairo_tag_end(cr, CAIRO_TAG_LINK) }

    /// Opens an artifact (see `ArtifactMarker`: Cairo 1.16 has no artifacts, so a marker element stands in).
    package func beginArtifact(_ kind: ArtifactKind) { cairo_tag_begin(cr, ArtifactMarker.structureType(kind), "") }

    /// Closes an artifact opened with `beginArtifact`.
    package func endArtifact(_ kind: ArtifactKind) { cairo_tag_end(cr, ArtifactMarker.structureType(kind)) }

    /// Ends the page (PDF) and starts the next.
    package func showPage() { cairo_show_page(cr) }

    /// The status of the context, checked after drawing.
    func check(_ what: String) throws {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS { throw CairoError(status, what) }
    }

    private func setColor(_ c: Color) {
        if c.alpha < 1 { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }
        else { cairo_set_source_rgb(cr, c.red, c.green, c.blue) }
    }

    /// Quotes a string for a Cairo tag attribute (single-quoted, backslash escapes).
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "'" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    private func num(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// Something that could not be drawn (see `CairoCanvas.checkDrawing`).
package struct DrawingError: Error, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}

/// Owns a `cairo_surface_t`.
final class CairoSurface {
    let pointer: OpaquePointer
    /// The sink a stream surface writes to: it must outlive the surface, which may still write when destroyed.
    private let sink: ByteSink?
    init(_ pointer: OpaquePointer, sink: ByteSink? = nil) { self.pointer = pointer; self.sink = sink }
    deinit { cairo_surface_destroy(pointer) }

    func check(_ what: String) throws {
        let status = cairo_surface_status(pointer)
        if status != CAIRO_STATUS_SUCCESS { throw CairoError(status, what) }
    }
}
