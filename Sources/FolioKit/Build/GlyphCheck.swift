import FolioCairo
import FolioLayout
import FolioModel
import FolioSpec

/// Warns where a spec's text has characters the theme's fonts lack (Arabic, CJK, emoji in an Inter
/// theme): Pango would quietly set them in some other installed font, or print boxes where none has them.
///
/// Why here: layout knows no spec locations, and the spec reader knows no fonts. The reader lists each
/// text with its location and style (`LoadedSpec.texts`); this asks fontconfig which characters the style's
/// font lacks (no text engine needed for text it covers, nearly all) and, for those, a text engine which
/// font Pango actually uses.
final class GlyphCheck {
    /// The engine that says which font Pango uses instead, asked for on the first text a font lacks.
    private let makeEngine: () -> TextEngine
    private var engine: TextEngine?

    init(engine: @escaping () -> TextEngine = { TextEngine() }) { makeEngine = engine }

    /// One warning per text with characters its style's font lacks, at the text's location.
    func warnings(for loaded: LoadedSpec) -> [Diagnostic] {
        let theme = loaded.report.theme
        var warnings: [Diagnostic] = []
        for text in loaded.texts {
            guard let style = theme.styles[text.style] ?? theme.styles[StyleName.body] else { continue }
            let font = style.font
            let shown = style.uppercase ? text.text.uppercased() : text.text
            guard !TextEngine.missingCharacters(in: shown, font: font).isEmpty else { continue }
            let engine = self.engine ?? makeEngine()
            self.engine = engine
            for fallback in engine.fallbacks(in: shown, font: font) {
                warnings.append(Diagnostic(.warning, text.location, Self.message(fallback, font: font),
                                           suggestion: "choose a theme font that has these characters (`theme: {font: …}`)"))
            }
        }
        return warnings
    }

    static func message(_ fallback: GlyphFallback, font: FontDescriptor) -> String {
        let scalars = Array(fallback.characters.unicodeScalars)
        var listed = scalars.prefix(8).map { "`\(Character($0))` (U+\(String($0.value, radix: 16, uppercase: true)))" }
            .joined(separator: ", ")
        if scalars.count > 8 { listed += " and \(scalars.count - 8) more" }
        let instead = fallback.family.map { "they are set in `\($0)` instead" } ?? "no installed font has them: they print as boxes"
        return "`\(font.family)` has no \(listed): \(instead)"
    }
}
