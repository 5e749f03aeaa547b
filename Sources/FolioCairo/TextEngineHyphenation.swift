import CPangoCairo
import FolioLayout
import FolioModel

/// Hyphenation in the text engine: prose runs (`TextRun.hyphenation`) get soft hyphens at their words'
/// hyphenation points before Pango breaks their lines, and keep only those a line breaks at.
///
/// Why only those: Pango draws nothing at an unbroken soft hyphen, but Cairo still writes it into the PDF's
/// text (an empty marked span whose ActualText is U+00AD), so every long word would carry invisible marks
/// that some text extractors and search boxes trip over, and the file would grow. A soft hyphen at a line
/// end is what PDF asks for there (ISO 32000-1, 14.8.2.2.3: a hyphen added by line breaking is U+00AD), so
/// `pdftotext` reads `pu­` / `blique` and search can join the halves.
extension TextEngine {
    /// The Pango language of a hyphenated run or of a span in another language (interned by Pango, never
    /// freed); nil for the others, which keep the context's (`en`), so that text without hyphenation or
    /// language spans lays out as it always has.
    static func pangoLanguage(of run: TextRun) -> OpaquePointer? {
        languageTag(of: run).flatMap { pango_language_from_string($0) }
    }

    /// The language a run is shaped in, when not the context's: the one it is hyphenated in, else its own.
    static func languageTag(of run: TextRun) -> String? { run.hyphenation ?? run.language }

    /// `runs` with soft hyphens at the hyphenation points of the words of its hyphenated runs (a run kept on
    /// one line is left as it is); nil when that adds none (nothing hyphenated, or no word long enough).
    func markedForHyphenation(_ runs: [TextRun]) -> [TextRun]? {
        guard runs.contains(where: Self.isHyphenated) else { return nil }
        var added = false
        let marked = runs.map { run -> TextRun in
            guard Self.isHyphenated(run), let language = run.hyphenation, let hyphenator = hyphenator(for: language) else { return run }
            var marked = run
            marked.text = hyphenator.hyphenate(run.text)
            added = added || marked.text.utf8.count != run.text.utf8.count
            return marked
        }
        return added ? marked : nil
    }

    static func isHyphenated(_ run: TextRun) -> Bool { run.hyphenation != nil && !run.noBreak }

    /// This engine's hyphenator for `language`, made on first use; nil when no dictionary serves it.
    private func hyphenator(for language: String) -> Hyphenator? {
        if let known = hyphenators[language] { return known }
        let made = Hyphenator(language: language)
        hyphenators[language] = made
        return made
    }

    /// A layout of `marked` (see `markedForHyphenation`) keeping only the soft hyphens its lines break at:
    /// laid out once with all of them, then again with those alone. Pango fills each line up to the last
    /// break that fits, so dropping breaks it did not take gives the same lines (and HarfBuzz kerns across a
    /// soft hyphen as if it were not there); the second layout is kept only when its lines read the same.
    func hyphenatedLayout(_ marked: [TextRun], width: Points?) -> Layout {
        guard let width else { return laidOut(Self.keeping([], of: marked), width: nil) }
        let first = laidOut(marked, width: width)
        let used = Self.softHyphensAtBreaks(first)
        let second = laidOut(Self.keeping(used, of: marked), width: width)
        if Self.lineTexts(second) == Self.lineTexts(first) {
            g_object_unref(UnsafeMutableRawPointer(first.layout))
            return second
        }
        g_object_unref(UnsafeMutableRawPointer(second.layout))
        return first
    }

    /// The UTF-8 of U+00AD SOFT HYPHEN (0xC2 is only ever a lead byte, so the pair is always the character).
    private static let softHyphen: [UInt8] = [0xC2, 0xAD]

    /// Where the lines of a layout end at a soft hyphen: the byte offsets of those soft hyphens in its text.
    static func softHyphensAtBreaks(_ made: Layout) -> Set<Int> {
        let bytes = Array(made.text.utf8)
        var offsets: Set<Int> = []
        let count = pango_layout_get_line_count(made.layout)
        for i in 0..<max(0, count - 1) {
            guard let line = pango_layout_get_line_readonly(made.layout, i) else { continue }
            let end = Int(line.pointee.start_index) + Int(line.pointee.length)
            if end >= 2, end <= bytes.count, Array(bytes[(end - 2)..<end]) == softHyphen { offsets.insert(end - 2) }
        }
        return offsets
    }

    /// The runs with the soft hyphens of their hyphenated runs dropped, except those at `offsets` (byte
    /// offsets in the runs' text together). Other runs are left as they are.
    static func keeping(_ offsets: Set<Int>, of runs: [TextRun]) -> [TextRun] {
        var start = 0
        return runs.map { run in
            let bytes = Array(run.text.utf8)
            defer { start += bytes.count }
            guard isHyphenated(run) else { return run }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if i + 1 < bytes.count, bytes[i] == softHyphen[0], bytes[i + 1] == softHyphen[1], !offsets.contains(start + i) {
                    i += 2
                    continue
                }
                kept.append(bytes[i])
                i += 1
            }
            var result = run
            result.text = String(decoding: kept, as: UTF8.self)
            return result
        }
    }

    /// Each line's text as it reads (see `PangoLayoutReader.readable`): what two layouts must agree on.
    static func lineTexts(_ made: Layout) -> [String] {
        let bytes = Array(made.text.utf8)
        let count = pango_layout_get_line_count(made.layout)
        return (0..<count).map { i in
            guard let line = pango_layout_get_line_readonly(made.layout, i) else { return "" }
            let lo = max(0, min(bytes.count, Int(line.pointee.start_index)))
            let hi = max(lo, min(bytes.count, lo + Int(line.pointee.length)))
            return PangoLayoutReader.readable(String(decoding: bytes[lo..<hi], as: UTF8.self))
        }
    }
}
