import FolioModel

/// How a `ShapedLine` is packed into 32-bit words, and read back.
///
/// The layout: a header of ten words (width, ascent and descent as doubles; the run count; where the runs,
/// links and pieces start), the line's text, its source when it differs from the text, then the runs (each a
/// fixed part with its face and language as numbers (`RunNames`), its start, position, rise, spacing and
/// bidi level only when not 0, and its glyphs: id, advance, cluster with
/// flags, and offsets only when a run has any; id, cluster and flags share one word when they fit, as they do
/// for text in most fonts), the links, the pieces. Strings are length-prefixed UTF-8.
enum ShapedLineWords {
    /// A line's contents, as its initialiser takes them.
    struct Content {
        var width: Points, ascent: Points, descent: Points
        var text: String, links: [LinkSpan], pieces: [LinePiece], runs: [GlyphRun], source: String
    }

    private static let runCountIndex = 6, runsIndex = 7, linksIndex = 8, piecesIndex = 9, headerSize = 10
    private static let hasColorFlag: UInt32 = 1, hasOffsetsFlag: UInt32 = 2, packedGlyphsFlag: UInt32 = 4
    private static let startsClusterBit: UInt32 = 1 << 31, isColorBit: UInt32 = 1 << 30
    /// The run's words left out when 0 (start, x, rise, leading and trailing space, bidi level and gravity):
    /// which are present, from this bit of the run's flags on.
    private static let presenceShift: UInt32 = 8, optionalCount = 6  // the InlineArrays' size below
    /// A packed glyph: its id in the low 16 bits, its cluster in the next 14, then the two flags.
    private static let packedClusterLimit: Int32 = 1 << 14, packedClusterShift: UInt32 = 16

    /// The words of `content`, in an array of exactly their number.
    static func make(_ content: Content) -> [UInt32] {
        let text = size { writeText(content, into: &$0) }
        let runs = size { writeRuns(content.runs, into: &$0) }
        let links = size { writeLinks(content.links, into: &$0) }
        let pieces = size { writePieces(content.pieces, into: &$0) }
        var writer = WordWriter(capacity: headerSize + text + runs + links + pieces)
        writer.double(content.width); writer.double(content.ascent); writer.double(content.descent)
        writer.count(content.runs.count)
        writer.count(headerSize + text); writer.count(headerSize + text + runs); writer.count(headerSize + text + runs + links)
        writeText(content, into: &writer)
        writeRuns(content.runs, into: &writer)
        writeLinks(content.links, into: &writer)
        writePieces(content.pieces, into: &writer)
        return writer.words
    }

    private static func size(_ write: (inout WordCount) -> Void) -> Int {
        var count = WordCount()
        write(&count)
        return count.total
    }

    private static func writeText(_ content: Content, into sink: inout some WordSink) {
        sink.string(content.text)
        let differs = content.source != content.text
        sink.word(differs ? 1 : 0)
        if differs { sink.string(content.source) }
    }

    private static func writeRuns(_ runs: [GlyphRun], into sink: inout some WordSink) {
        for run in runs {
            sink.name(run.face.name)
            let s = run.shaping
            let shapingWord = UInt32(s.level) | UInt32(s.gravity) << 8 | UInt32(s.flags) << 16
            // Most runs start their line, with no rise, spacing or bidi level: those words are left out when 0.
            let optional: InlineArray<6, UInt32> = [UInt32(bitPattern: run.textStart), UInt32(bitPattern: run.x), UInt32(bitPattern: run.rise),
                                      UInt32(bitPattern: run.leadingSpace), UInt32(bitPattern: run.trailingSpace), shapingWord]
            let present = optional.indices.reduce(UInt32(0)) { optional[$1] != 0 ? $0 | 1 << (presenceShift + UInt32($1)) : $0 }
            let hasOffsets = run.glyphs.contains { $0.xOffset != 0 || $0.yOffset != 0 }
            let packed = run.glyphs.allSatisfy { $0.id <= UInt32(UInt16.max) && $0.cluster < packedClusterLimit }
            sink.word((run.color == nil ? 0 : hasColorFlag) | (hasOffsets ? hasOffsetsFlag : 0) | (packed ? packedGlyphsFlag : 0) | present)
            sink.int(run.textLength); sink.int(run.characterCount)
            for k in optional.indices where optional[k] != 0 { sink.word(optional[k]) }
            if let c = run.color {
                sink.word(UInt32(c.red) | UInt32(c.green) << 16); sink.word(UInt32(c.blue) | UInt32(c.alpha) << 16)
            }
            sink.int(Int32(s.script))
            sink.name(s.language)
            sink.count(run.glyphs.count)
            for g in run.glyphs {
                let flags = (g.startsCluster ? startsClusterBit : 0) | (g.isColor ? isColorBit : 0)
                if packed {
                    sink.word(g.id | UInt32(g.cluster) << packedClusterShift | flags)
                } else {
                    sink.word(g.id); sink.word(UInt32(g.cluster) | flags)
                }
                sink.int(g.advance)
                if hasOffsets { sink.int(g.xOffset); sink.int(g.yOffset) }
            }
        }
    }

    private static func writeLinks(_ links: [LinkSpan], into sink: inout some WordSink) {
        guard !links.isEmpty else { return }
        sink.count(links.count)
        for link in links { sink.string(link.url); sink.double(link.x0); sink.double(link.x1) }
    }

    private static func writePieces(_ pieces: [LinePiece], into sink: inout some WordSink) {
        guard !pieces.isEmpty else { return }
        sink.count(pieces.count)
        for piece in pieces {
            sink.count(piece.runs.lowerBound); sink.count(piece.runs.upperBound)
            sink.word(piece.language == nil ? 0 : 1)
            if let language = piece.language { sink.string(language) }
            sink.int(piece.link.map { Int32(clamping: $0) } ?? -1)
            sink.string(piece.text)
            sink.double(piece.x0); sink.double(piece.x1)
        }
    }

    // MARK: Reading

    static func width(_ words: [UInt32]) -> Points { var r = WordReader(words, at: 0); return r.double() }
    static func ascent(_ words: [UInt32]) -> Points { var r = WordReader(words, at: 2); return r.double() }
    static func descent(_ words: [UInt32]) -> Points { var r = WordReader(words, at: 4); return r.double() }
    static func runCount(_ words: [UInt32]) -> Int { words.count > runCountIndex ? Int(words[runCountIndex]) : 0 }

    static func text(_ words: [UInt32]) -> String {
        var r = WordReader(words, at: headerSize)
        return r.string()
    }

    static func source(_ words: [UInt32]) -> String {
        var r = WordReader(words, at: headerSize)
        let text = r.string()
        return r.word() == 0 ? text : r.string()
    }

    static func runs(_ words: [UInt32]) -> [GlyphRun] {
        var r = WordReader(words, at: section(runsIndex, of: words))
        let count = runCount(words)
        var runs: [GlyphRun] = []
        runs.reserveCapacity(count)
        for _ in 0..<count { runs.append(readRun(&r)) }
        return runs
    }

    private static func readRun(_ r: inout WordReader) -> GlyphRun {
        let face = FontFace(RunNames.name(r.word()))
        let flags = r.word()
        let textLength = r.int(), characterCount = r.int()
        var optional = InlineArray<6, UInt32>(repeating: 0)
        for k in 0..<optionalCount where flags & 1 << (presenceShift + UInt32(k)) != 0 { optional[k] = r.word() }
        var color: RunColor?
        if flags & hasColorFlag != 0 {
            let rg = r.word(), ba = r.word()
            color = RunColor(red: UInt16(truncatingIfNeeded: rg), green: UInt16(truncatingIfNeeded: rg >> 16),
                             blue: UInt16(truncatingIfNeeded: ba), alpha: UInt16(truncatingIfNeeded: ba >> 16))
        }
        let packed = optional[5]
        let script = Int16(truncatingIfNeeded: r.int())
        let shaping = ShapingInfo(level: UInt8(truncatingIfNeeded: packed), gravity: UInt8(truncatingIfNeeded: packed >> 8),
                                  flags: UInt8(truncatingIfNeeded: packed >> 16), script: script,
                                  language: RunNames.name(r.word()))
        let textStart = Int32(bitPattern: optional[0]), x = Int32(bitPattern: optional[1]), rise = Int32(bitPattern: optional[2])
        let leadingSpace = Int32(bitPattern: optional[3]), trailingSpace = Int32(bitPattern: optional[4])
        let glyphCount = r.count()
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(glyphCount)
        let packedGlyphs = flags & packedGlyphsFlag != 0
        for _ in 0..<glyphCount {
            let first = r.word()
            // The word holding the flags: the packed glyph's only word, else the cluster's.
            let id: UInt32, cluster: Int32, flagged: UInt32
            if packedGlyphs {
                id = first & 0xFFFF
                cluster = Int32((first >> packedClusterShift) & UInt32(packedClusterLimit - 1))
                flagged = first
            } else {
                flagged = r.word()
                id = first
                cluster = Int32(flagged & UInt32(Glyph.largestCluster))
            }
            let advance = r.int()
            let offsets = flags & hasOffsetsFlag != 0 ? (r.int(), r.int()) : (0, 0)
            glyphs.append(Glyph(id: id, advance: advance, xOffset: offsets.0, yOffset: offsets.1, cluster: cluster,
                                startsCluster: flagged & startsClusterBit != 0, isColor: flagged & isColorBit != 0))
        }
        return GlyphRun(face: face, textStart: textStart, textLength: textLength, characterCount: characterCount, x: x,
                        rise: rise, leadingSpace: leadingSpace, trailingSpace: trailingSpace, color: color, shaping: shaping,
                        glyphs: glyphs)
    }

    static func links(_ words: [UInt32]) -> [LinkSpan] {
        let start = section(linksIndex, of: words)
        guard start < section(piecesIndex, of: words) else { return [] }
        var r = WordReader(words, at: start)
        return (0..<r.count()).map { _ in
            let url = r.string()
            return LinkSpan(url: url, x0: r.double(), x1: r.double())
        }
    }

    static func pieces(_ words: [UInt32]) -> [LinePiece] {
        let start = section(piecesIndex, of: words)
        guard start < words.count else { return [] }
        var r = WordReader(words, at: start)
        return (0..<r.count()).map { _ in
            let lower = r.count(), upper = max(lower, r.count())
            let language = r.word() == 0 ? nil : r.string()
            let link = r.int()
            let text = r.string()
            return LinePiece(runs: lower..<upper, language: language, link: link < 0 ? nil : Int(link), text: text,
                             x0: r.double(), x1: r.double())
        }
    }

    private static func section(_ index: Int, of words: [UInt32]) -> Int {
        words.count > index ? Int(words[index]) : words.count
    }
}
