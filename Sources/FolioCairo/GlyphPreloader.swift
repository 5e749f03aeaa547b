import CPangoCairo
import Dispatch
import FolioLayout

/// Loads, on a spare core, the glyph outlines and metrics that Cairo's PDF surface asks FreeType for while
/// the pages are drawn, so that the drawing thread finds them in Cairo's caches. The PDF is the same.
///
/// Cairo 1.16 looks up, for every glyph it shows: its metrics at the size drawn (for the page's analysis),
/// and the first time a font face shows it, its outline (whether it can be embedded as an outline) and its
/// metrics in a one-unit copy of the font (the widths of the embedded subset). Each is a FreeType load of
/// a CFF glyph, about 1,200 for the ALERT report, 3 ms of the drawing thread's time. The results are kept
/// in the scaled fonts, which Cairo shares between threads (one per font face, size, matrix and options).
/// A context on a PDF surface that goes nowhere, given each run's font as the drawing gives it, looks the
/// glyphs up in the very scaled fonts the drawing will use, so the drawing then finds them cached.
///
/// The preloader walks the pages in drawing order and drops each page once done, as the drawing does, so
/// the pages are not kept longer than they would be.
public final class GlyphPreloader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    /// Starts loading the glyphs of `pages` on a thread of its own (see `startThread`).
    public init(pages: [PageFrame]) {
        startThread { [done] in
            var pages = pages
            if let loader = GlyphLoader() {
                for i in pages.indices {
                    loader.load(pages[i])
                    pages[i].items = []
                }
            }
            done.signal()
        }
    }

    /// Returns once every page has been looked at.
    public func wait() {
        done.wait()
        done.signal()
    }
}

/// The lookups themselves, on one thread: a context on a PDF surface that writes nowhere.
private final class GlyphLoader {
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    /// Cairo's options for its one-unit copies of a face (`_cairo_scaled_font_subsets_map_glyph`).
    private let unitOptions: OpaquePointer
    /// The one-unit copy of each face, created as Cairo's PDF surface creates it, so Cairo returns this
    /// font (with its cache) when the surface asks for it.
    private var unitFonts: [OpaquePointer: OpaquePointer] = [:]
    /// Glyphs whose outline was loaded, by face: Cairo loads each outline once per face, at the first
    /// size it is drawn in.
    private var outlined = Set<FaceGlyph>()
    private var firstUses: [cairo_glyph_t] = []
    private var laterUses: [cairo_glyph_t] = []

    private struct FaceGlyph: Hashable {
        let face: OpaquePointer
        let glyph: UInt32
    }

    init?() {
        guard let surface = cairo_pdf_surface_create_for_stream(nil, nil, 100, 100) else { return nil }
        self.surface = surface
        cr = cairo_create(surface)
        unitOptions = cairo_font_options_create()
        cairo_font_options_set_hint_style(unitOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(unitOptions, CAIRO_HINT_METRICS_OFF)
    }

    deinit {
        for font in unitFonts.values { cairo_scaled_font_destroy(font) }
        cairo_font_options_destroy(unitOptions)
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Looks up the glyphs of every text line of `page`, in the fonts and directions they are drawn in.
    func load(_ page: PageFrame) {
        for case .text(let line) in page.items {
            guard let paragraph = line.shaped as? PangoParagraph, paragraph.lines.indices.contains(line.index) else { continue }
            // A rotated label is drawn with a rotated matrix, so in a scaled font of its own.
            if line.rotation != 0 {
                cairo_save(cr)
                cairo_rotate(cr, line.rotation * .pi / 180)
            }
            paragraph.forEachRun(ofLine: line.index, piece: line.piece) { run, glyphItem in
                guard let font = run.analysis.font, let glyphs = glyphItem.pointee.glyphs,
                      // Created when the text was measured: reading it here creates nothing.
                      let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)),
                      let face = cairo_scaled_font_get_font_face(scaled) else { return }
                load(glyphs.pointee, in: scaled, face: face)
            }
            if line.rotation != 0 { cairo_restore(cr) }
        }
    }

    private func load(_ glyphs: PangoGlyphString, in scaled: OpaquePointer, face: OpaquePointer) {
        firstUses.removeAll(keepingCapacity: true)
        laterUses.removeAll(keepingCapacity: true)
        for i in 0..<Int(glyphs.num_glyphs) {
            let glyph = glyphs.glyphs[i].glyph
            // What Pango's renderer does not draw as a glyph of the font.
            if glyph == PANGO_GLYPH_EMPTY || glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { continue }
            let entry = cairo_glyph_t(index: UInt(glyph), x: 0, y: 0)
            if outlined.insert(FaceGlyph(face: face, glyph: glyph)).inserted { firstUses.append(entry) } else { laterUses.append(entry) }
        }
        // The context's scaled font is the drawing's: the same font, matrix and surface font options.
        cairo_set_scaled_font(cr, scaled)
        var extents = cairo_text_extents_t()
        if !laterUses.isEmpty { cairo_glyph_extents(cr, laterUses, Int32(laterUses.count), &extents) }
        guard !firstUses.isEmpty else { return }
        cairo_glyph_path(cr, firstUses, Int32(firstUses.count))
        cairo_new_path(cr)
        if let unit = unitFont(for: face) { cairo_scaled_font_glyph_extents(unit, firstUses, Int32(firstUses.count), &extents) }
    }

    private func unitFont(for face: OpaquePointer) -> OpaquePointer? {
        if let known = unitFonts[face] { return known }
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        guard let font = cairo_scaled_font_create(face, &identity, &identity, unitOptions) else { return nil }
        unitFonts[face] = font
        return font
    }
}
