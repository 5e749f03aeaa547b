@testable import FolioCairo
import FolioLayout
import FolioModel
import Testing

/// A short text given a width it fits in is shaped once without the width and reused (see
/// `ShapedText.fitsFirstLength`): it must be, glyph for glyph, what Pango makes of it with the width.
@Suite struct FitsFirstTests {
    static let texts = [
        "2023-24", "Q1", "FILE INTAKES", "Criminal Intelligence Service Alberta", "$2,741,025", "–", "",
        "ends with a space ", "  leading spaces", "office", "fi fl ffi", "1,149 (−12%)", "Ghost-gun", "a\u{00A0}b",
        "ALERT’s “quoted” text", "x", "Internet Child Exploitation (ICE)", "\u{10FFFD} missing", "tab\there",
        "Criminal Intelligence Service Alberta (CISA) by quarter, 2023-24, and totals for two years",
    ]

    @Test func aTextThatFitsIsTheSameWithOrWithoutTheWidth() throws {
        for style in [Theme.standard.style(StyleName.body), Theme.standard.style(StyleName.tableHeader)] {
            for tabular in [false, true] {
                for text in Self.texts {
                    let runs = [TextRun(text: text, font: style.font, color: style.color, tabularFigures: tabular)]
                    let natural = TextEngine().makeParagraph(runs, width: nil)
                    let units = natural.lines.first.map { $0.width * 1024 } ?? 0
                    // Exactly as wide, a hair wider, much wider, and narrower (wrapped: shaped with the width).
                    for width in [units / 1024, (units + 1) / 1024, units / 1024 + 50, max(1, units - 1) / 1024, 8] {
                        let engine = TextEngine()
                        let served = engine.shape(runs, width: width)
                        let direct = TextEngine().makeParagraph(runs, width: width)
                        #expect(served == direct, "\(text) at \(width)")
                    }
                }
            }
        }
    }

    @Test func aLabelIsShapedOnceForEveryWidthItFits() throws {
        let engine = TextEngine()
        let style = Theme.standard.style(StyleName.body)
        let runs = [style.run("2021-22")]
        let first = engine.shape(runs, width: 200)
        let second = engine.shape(runs, width: 120)
        let unwrapped = engine.shape(runs, width: nil)
        #expect(first == second && second == unwrapped)
        #expect(engine.shapings == 1)
        // Too narrow for it: a paragraph of its own, wrapped.
        let narrow = engine.shape(runs, width: 5)
        #expect(narrow != unwrapped)
        #expect(engine.shapings == 2)
    }

    @Test func theMemoForgetsOnceFullAndShapesTheSameAgain() throws {
        let engine = TextEngine()
        let style = Theme.standard.style(StyleName.tableCell)
        let first = engine.shape([style.run("ROW 0")], width: nil)
        for i in 1...TextEngine.memoLimit { _ = engine.shape([style.run("ROW \(i)")], width: nil) }
        let before = engine.shapings
        #expect(engine.shape([style.run("ROW 0")], width: nil) == first, "shaped again after the memo was emptied, the same")
        #expect(engine.shapings == before + 1)
    }
}
