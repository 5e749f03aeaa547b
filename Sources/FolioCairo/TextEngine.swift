import Foundation
import CPangoCairo
import FolioLayout
import FolioModel

/// Pango text engine: one font map and one context, set up for output that measures the same in PDF, PNG
/// and SVG (72 dpi, hinting off, no glyph-position rounding). Implements `TextShaper` for layout; the shaped
/// paragraphs it returns are drawn by `CairoCanvas` exactly as measured.
///
/// Not thread-safe: use one engine per thread.
package final class TextEngine: TextShaper {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// Shaped text by request: the same label (a tick, a "–", a table cell measured then placed) is
    /// shaped once. Shaped paragraphs are immutable, so sharing them is safe.
    private var memo: [ShapeKey: ShapedText] = [:]
    /// How many paragraphs this engine has shaped (others were served from `memo`).
    private(set) var shapings = 0
    /// Names the fonts of shaped runs, and loads the fonts runs name for drawing.
    let faces: FontFaces

    private struct ShapeKey: Hashable {
        let runs: [TextRun]
        let width: Points?
    }
    /// This engine's hyphenator for each language asked for (see `markedForHyphenation`); nil where no
    /// dictionary is installed (the command line warns about that once per spec, see `HyphenationCheck`).
    var hyphenators: [String: Hyphenator?] = [:]

    package init() {
        // Folio's own configuration, given to this font map only (see `FontConfiguration`).
        let fonts = FontConfiguration.shared
        fontMap = pango_cairo_font_map_new()
        if let config = fonts.config { pango_fc_font_map_set_config(OpaquePointer(fontMap), config) }
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("en"))
        faces = FontFaces(fontMap: fontMap, context: context)
    }

    deinit {
        for font in fallbacksWithMetrics.values { g_object_unref(font) }
        for coverage in coverages.values { pango_coverage_unref(coverage) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The family fontconfig actually provides for a request, so a silent fallback can be reported.
    package static func resolvedFamily(for font: FontDescriptor) -> String? {
        FontConfiguration.shared.match(font)?.family
    }

    /// The path of the font file serving a request (for error messages and the build manifest).
    package static func fontFile(for font: FontDescriptor) -> String? {
        FontConfiguration.shared.match(font)?.file
    }

    static func description(for font: FontDescriptor) -> OpaquePointer {
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, font.family)
        pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(d, PangoWeight(rawValue: UInt32(max(100, min(1000, font.weight)))))
        pango_font_description_set_style(d, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return d
    }

    package func shape(_ runs: [TextRun], width: Points?) -> ShapedText {
        let key = ShapeKey(runs: runs, width: width)
        if let known = memo[key] { return known }
        // Only short texts are worth remembering; long paragraphs are shaped once anyway.
        let remembered = runs.count == 1 && runs[0].text.utf8.count <= 200
        if remembered, let width, runs[0].text.utf8.count <= ShapedText.fitsFirstLength,
           let natural = memo[ShapeKey(runs: runs, width: nil)] ?? rememberedNatural(runs),
           natural.fitsOnOneLine(within: width) {
            remember(natural, for: key)
            return natural
        }
        let shaped = makeParagraph(runs, width: width)
        if remembered { remember(shaped, for: key) }
        return shaped
    }

    /// The text shaped without a width, remembered.
    private func rememberedNatural(_ runs: [TextRun]) -> ShapedText? {
        let natural = makeParagraph(runs, width: nil)
        remember(natural, for: ShapeKey(runs: runs, width: nil))
        return natural
    }

    /// Texts remembered at most: labels repeat within a report (ticks, headers, years), but a table of
    /// 100,000 rows has 400,000 different cells, each worth keeping only while its page is laid out.
    static let memoLimit = 8_192

    /// Remembers `shaped`, forgetting everything first when the memo is full (it only saves work: a text
    /// shaped again is the same).
    private func remember(_ shaped: ShapedText, for key: ShapeKey) {
        if memo.count >= Self.memoLimit { memo.removeAll(keepingCapacity: true) }
        memo[key] = shaped
    }

    /// A width as the layout is given it (see `makeLayout`).
    static func pangoUnits(_ width: Points) -> Int32 {
        Int32(max(1, (width * Double(PANGO_SCALE)).rounded(.down)))
    }

    /// Fonts and languages (nil: the context's) whose metrics this engine has had computed (see `prepareMetrics`).
    private var fontsWithMetrics: Set<MetricsKey> = []
    private struct MetricsKey: Hashable {
        let font: FontDescriptor
        let language: String?
    }
    /// One engine at a time computes a font's metrics (see `prepareMetrics`).
    private static let metricsLock = NSLock()

    /// Has Pango compute the metrics of the fonts of `runs`, one engine at a time, before it lays them out.
    /// Breaking lines needs a font's average character width (an empty line, its height), and Pango 1.50
    /// computes it (laying out a sample sentence) behind a process-wide "already computing" flag that is
    /// not thread-safe: when two engines did so at once on two threads, one font could be left without it,
    /// and its lines broke elsewhere (seen: "IN|TA|KES" or "INT|AK|ES" in a 20 pt column, run to run).
    /// Computed here first, under a lock, the metrics are only read from Pango's cache later.
    /// Metrics are cached per language: a run in the document's language (see `TextRun.hyphenation`) or in
    /// another (`TextRun.language`) has them computed for that language too.
    private func prepareMetrics(for runs: [TextRun]) {
        for run in runs where fontsWithMetrics.insert(MetricsKey(font: run.font, language: Self.languageTag(of: run))).inserted {
            let description = Self.description(for: run.font)
            defer { pango_font_description_free(description) }
            guard let font = pango_font_map_load_font(fontMap, context, description) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(font)) }
            let language = Self.pangoLanguage(of: run) ?? pango_context_get_language(context)
            Self.computeMetrics(of: font, language: language)
            if coverages[run.font] == nil, let coverage = pango_font_get_coverage(font, language) {
                coverages[run.font] = coverage
                if Self.missingCharacter(in: Self.printableASCII, coverage: coverage, from: 0) { fontsLackingASCII.insert(run.font) }
            }
        }
    }

    /// Space to tilde: what the ASCII fast path of `needsOtherFonts` assumes a font has.
    private static let printableASCII = String((0x20...0x7E).map { Character(UnicodeScalar(UInt8($0))) })
    /// Fonts that lack a printable ASCII character: every character of their text is checked.
    private var fontsLackingASCII: Set<FontDescriptor> = []

    /// Has Pango compute (and cache in the font) its metrics for `language`, one thread at a time.
    private static func computeMetrics(of font: UnsafeMutablePointer<PangoFont>, language: OpaquePointer?) {
        metricsLock.withLock { pango_font_metrics_unref(pango_font_get_metrics(font, language)) }
    }

    /// What each font of `fontsWithMetrics` covers: a text with a character outside it is set partly in
    /// another font, whose metrics `prepareFallbackMetrics` has computed.
    private var coverages: [FontDescriptor: OpaquePointer] = [:]
    /// Fonts (kept alive) and languages whose metrics this engine had computed for text they serve.
    private var fallbacksWithMetrics: [FallbackKey: UnsafeMutableRawPointer] = [:]
    private struct FallbackKey: Hashable {
        let font: UnsafeMutableRawPointer
        let language: OpaquePointer?
    }

    /// Whether a character of `runs` is missing from its run's font. Characters below U+0080 are checked
    /// only in a font that lacks one of them: text fonts have all of ASCII, and the check costs nothing then.
    private func needsOtherFonts(_ runs: [TextRun]) -> Bool {
        runs.contains { run in
            guard let coverage = coverages[run.font] else { return false }
            return Self.missingCharacter(in: run.text, coverage: coverage, from: fontsLackingASCII.contains(run.font) ? 0x20 : 0x80)
        }
    }

    /// Whether `coverage` lacks a character of `text` at or above `floor` (control characters below it
    /// are never drawn from a font).
    static func missingCharacter(in text: String, coverage: OpaquePointer, from floor: UInt32) -> Bool {
        missingCharacter(in: text, from: floor) { pango_coverage_get(coverage, Int32($0)) != PANGO_COVERAGE_NONE }
    }

    /// The same, for any coverage (`covers`: whether a code point is in the font).
    static func missingCharacter(in text: String, from floor: UInt32, covers: (UInt32) -> Bool) -> Bool {
        text.unicodeScalars.contains { $0.value >= floor && !covers($0.value) }
    }

    /// The metrics of the fonts Pango picks for the characters the runs' fonts lack (and for the languages
    /// it gives other scripts), computed as in `prepareMetrics`, one engine at a time: the layout's items,
    /// found as the layout will find them, before it breaks its lines.
    private func prepareFallbackMetrics(_ layout: OpaquePointer) {
        guard let text = pango_layout_get_text(layout) else { return }
        let items = pango_itemize(context, text, 0, Int32(strlen(text)), pango_layout_get_attributes(layout), nil)
        var node = items
        while let current = node {
            node = current.pointee.next
            guard let item = current.pointee.data?.assumingMemoryBound(to: PangoItem.self) else { continue }
            defer { pango_item_free(item) }
            guard let font = item.pointee.analysis.font else { continue }
            let key = FallbackKey(font: UnsafeMutableRawPointer(font), language: item.pointee.analysis.language)
            guard fallbacksWithMetrics[key] == nil else { continue }
            g_object_ref(key.font)
            fallbacksWithMetrics[key] = key.font
            Self.computeMetrics(of: font, language: item.pointee.analysis.language)
        }
        g_list_free(items)
    }

    /// Shapes `runs` and frees the result at once (warming caches only).
    func shapeOnce(_ runs: [TextRun]) {
        prepareMetrics(for: runs)
        let layout = makeLayout(runs, width: nil).layout
        _ = pango_layout_get_line_count(layout)
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    func makeParagraph(_ runs: [TextRun], width: Points?) -> ShapedText {
        let (layout, text, links, languages) = markedForHyphenation(runs).map { hyphenatedLayout($0, width: width) } ?? laidOut(runs, width: width)
        shapings += 1
        return PangoLayoutReader(faces: faces).read(layout, text: text, links: links, languages: languages)
    }

    /// A Pango layout, its text and the byte ranges of its links and of its spans in another language.
    typealias Layout = (layout: OpaquePointer, text: String, links: [(url: String, start: Int, end: Int)],
                        languages: [(tag: String, start: Int, end: Int)])

    /// A layout of `runs`, the metrics of every font it uses computed first (see `prepareMetrics`).
    func laidOut(_ runs: [TextRun], width: Points?) -> Layout {
        prepareMetrics(for: runs)
        let made = makeLayout(runs, width: width)
        if needsOtherFonts(runs) { prepareFallbackMetrics(made.layout) }
        return made
    }

    /// A Pango layout of `runs` (attributes, font features, wrapping), not yet shaped.
    private func makeLayout(_ runs: [TextRun], width: Points?) -> Layout {
        let layout = pango_layout_new(context)!
        let attributes = pango_attr_list_new()!
        var text = ""
        var links: [(url: String, start: Int, end: Int)] = []
        var languages: [(tag: String, start: Int, end: Int)] = []
        for run in runs {
            let start = text.utf8.count
            let previous = text.last
            text += run.text
            let end = text.utf8.count
            guard end > start else { continue }
            func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?) {
                guard let attribute else { return }
                attribute.pointee.start_index = UInt32(start)
                attribute.pointee.end_index = UInt32(end)
                pango_attr_list_insert(attributes, attribute)
            }
            let description = Self.description(for: run.font)
            add(pango_attr_font_desc_new(description))
            pango_font_description_free(description)
            add(pango_attr_foreground_new(channel(run.color.red), channel(run.color.green), channel(run.color.blue)))
            if run.color.alpha < 1 { add(pango_attr_foreground_alpha_new(channel(run.color.alpha))) }
            if run.tracking != 0 { add(pango_attr_letter_spacing_new(Int32((run.tracking * Double(PANGO_SCALE)).rounded()))) }
            add(pango_attr_font_features_new(run.superscript ? "sups" : (run.tabularFigures ? "tnum, lnum" : "pnum")))
            if run.noBreak { add(pango_attr_allow_breaks_new(0)) }
            if run.superscript, let previous, let attribute = pango_attr_allow_breaks_new(0) {
                // A footnote mark never starts a line: no break between it and the character before it.
                attribute.pointee.start_index = UInt32(start - String(previous).utf8.count)
                attribute.pointee.end_index = UInt32(end)
                pango_attr_list_insert(attributes, attribute)
            }
            if let language = Self.pangoLanguage(of: run) { add(pango_attr_language_new(language)) }
            if let url = run.link { links.append((url, start, end)) }
            if let tag = run.language { languages.append((tag, start, end)) }
        }
        if let first = runs.first {
            let description = Self.description(for: first.font)
            pango_layout_set_font_description(layout, description)
            pango_font_description_free(description)
        }
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        if let width {
            pango_layout_set_width(layout, Self.pangoUnits(width))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        return (layout, text, links, languages)
    }

    private func channel(_ v: Double) -> UInt16 { UInt16((max(0, min(1, v)) * 65535).rounded()) }
}
