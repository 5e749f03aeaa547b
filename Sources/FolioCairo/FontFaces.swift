import CPangoCairo
import FolioLayout

/// The two-way map between Pango's fonts and the `FontFace` names glyph runs carry: shaping names the font
/// of each run (`face(of:)`), drawing loads the font a run names (`font(for:)`) from its own font map, set up
/// like the shaper's, and checks it got that very face. Fonts are kept (referenced) as long as the map.
///
/// Used by one thread: the one of the engine that owns it.
final class FontFaces {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var names: [UnsafeMutableRawPointer: FontFace] = [:]
    private var fonts: [FontFace: UnsafeMutablePointer<PangoFont>] = [:]
    /// The last face drawn: consecutive runs are mostly in one face.
    private var last: (face: FontFace, font: UnsafeMutablePointer<PangoFont>)?

    init(fontMap: UnsafeMutablePointer<PangoFontMap>, context: OpaquePointer) {
        self.fontMap = fontMap
        self.context = context
        g_object_ref(UnsafeMutableRawPointer(fontMap))
        g_object_ref(UnsafeMutableRawPointer(context))
    }

    deinit {
        for font in names.keys { g_object_unref(font) }
        for font in fonts.values { g_object_unref(UnsafeMutableRawPointer(font)) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The name of a run's font: its description with the absolute size (`Inter Semi-Bold 10.5px`).
    func face(of font: UnsafeMutablePointer<PangoFont>?) -> FontFace {
        guard let font else { return FontFace("") }
        let key = UnsafeMutableRawPointer(font)
        if let known = names[key] { return known }
        let face = FontFace(Self.name(of: font))
        g_object_ref(key)
        names[key] = face
        if fonts[face] == nil {
            g_object_ref(key)
            fonts[face] = font
        }
        return face
    }

    /// The font a run names, loaded from this map; nil when the map has no such face (the run was shaped
    /// with other fonts than this process has).
    func font(for face: FontFace) -> UnsafeMutablePointer<PangoFont>? {
        if let last, last.face == face { return last.font }
        if let known = fonts[face] { last = (face, known); return known }
        guard let description = pango_font_description_from_string(face.name) else { return nil }
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(fontMap, context, description) else { return nil }
        guard Self.name(of: font) == face.name else {
            g_object_unref(UnsafeMutableRawPointer(font))
            return nil
        }
        fonts[face] = font
        last = (face, font)
        return font
    }

    private static func name(of font: UnsafeMutablePointer<PangoFont>) -> String {
        guard let description = pango_font_describe_with_absolute_size(font) else { return "" }
        defer { pango_font_description_free(description) }
        guard let text = pango_font_description_to_string(description) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }
}
