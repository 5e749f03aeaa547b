import CPangoCairo
import Foundation
import FolioLayout

/// Characters of a text that the font asked for does not have, and the font Pango sets them in instead.
package struct GlyphFallback: Sendable, Equatable {
    /// The missing characters, each once, in the order they first appear.
    package var characters: String
    /// The family Pango draws them from, or nil when no installed font has them (they print as boxes).
    package var family: String?
}

extension FontConfiguration {
    /// The characters of `text` that the font fontconfig gives `font` lacks: asked of the font's character
    /// set, without a text engine, so that text the theme's fonts cover (nearly all) costs no shaping.
    /// Characters never drawn from a font (controls, default-ignorable ones such as joiners and variation
    /// selectors) are not counted.
    package func missingCharacters(in text: String, font: FontDescriptor) -> [Unicode.Scalar] {
        var face = font
        face.size = 0
        guard let charset = charset(of: face, asked: font) else { return [] }
        var seen: Set<Unicode.Scalar> = []
        return text.unicodeScalars.filter { scalar in
            scalar.value >= 0x20 && !scalar.properties.isDefaultIgnorableCodePoint && !scalar.properties.isWhitespace
                && FcCharSetHasChar(charset, scalar.value) == 0 && seen.insert(scalar).inserted
        }
    }

    /// The character set of the font serving a face, remembered (fontconfig's own copy, never freed: one
    /// per face of a theme).
    private func charset(of face: FontDescriptor, asked font: FontDescriptor) -> OpaquePointer? {
        charsetLock.lock()
        defer { charsetLock.unlock() }
        if let known = charsets[face] { return known }
        guard let matched = matchedPattern(font) else { return nil }
        defer { FcPatternDestroy(matched) }
        var charset: OpaquePointer? = nil
        guard FcPatternGetCharSet(matched, FC_CHARSET, 0, &charset) == FcResultMatch, let charset,
              let copy = FcCharSetCopy(charset) else { return nil }
        charsets[face] = copy
        return copy
    }
}

extension TextEngine {
    /// The characters of `text` that `font` lacks (see `FontConfiguration.missingCharacters`); no engine needed.
    package static func missingCharacters(in text: String, font: FontDescriptor) -> [Unicode.Scalar] {
        FontConfiguration.shared.missingCharacters(in: text, font: font)
    }

    /// Which font Pango sets each character of `text` in that `font` lacks, found as layout finds it
    /// (itemizing the text with the font asked for). Empty when the font has every character.
    package func fallbacks(in text: String, font: FontDescriptor) -> [GlyphFallback] {
        let missing = Self.missingCharacters(in: text, font: font)
        guard !missing.isEmpty else { return [] }
        let wanted = Set(missing)
        var byFamily: [(family: String?, characters: [Unicode.Scalar])] = []
        forEachItem(of: text, font: font) { itemText, itemFont in
            for scalar in itemText.unicodeScalars where wanted.contains(scalar) {
                let family = itemFont.flatMap { pango_font_has_char($0, gunichar(scalar.value)) != 0 ? Self.family(of: $0) : nil }
                if let i = byFamily.firstIndex(where: { $0.family == family }) {
                    if !byFamily[i].characters.contains(scalar) { byFamily[i].characters.append(scalar) }
                } else {
                    byFamily.append((family, [scalar]))
                }
            }
        }
        return byFamily.map { GlyphFallback(characters: String(String.UnicodeScalarView($0.characters)), family: $0.family) }
    }

    /// Calls `body` with the text and font of each item Pango makes of `text` set in `font`.
    private func forEachItem(of text: String, font: FontDescriptor, _ body: (String, UnsafeMutablePointer<PangoFont>?) -> Void) {
        let bytes = Array(text.utf8)
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        let description = Self.description(for: font)
        if let attribute = pango_attr_font_desc_new(description) {
            attribute.pointee.start_index = 0
            attribute.pointee.end_index = UInt32(bytes.count)
            pango_attr_list_insert(attributes, attribute)
        }
        pango_font_description_free(description)
        let items = pango_itemize(context, text, 0, Int32(bytes.count), attributes, nil)
        defer { g_list_free(items) }
        var node = items
        while let current = node {
            node = current.pointee.next
            guard let item = current.pointee.data?.assumingMemoryBound(to: PangoItem.self) else { continue }
            defer { pango_item_free(item) }
            let start = Int(item.pointee.offset), end = min(bytes.count, start + Int(item.pointee.length))
            guard start >= 0, start < end else { continue }
            body(String(decoding: bytes[start..<end], as: UTF8.self), item.pointee.analysis.font)
        }
    }

    private static func family(of font: UnsafeMutablePointer<PangoFont>) -> String? {
        guard let description = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(description) }
        return pango_font_description_get_family(description).map { String(cString: $0) }
    }
}
