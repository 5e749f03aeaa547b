@testable import FolioCairo
import FolioLayout
import FolioModel
import Foundation
import Testing

/// Engines on different threads break the same text into the same lines. Pango 1.50 computes a font's
/// metrics (breaking needs its average character width) behind a process-wide flag that is not
/// thread-safe; before `TextEngine.prepareMetrics`, two engines doing so at once could leave a font
/// without that width, and "FILE INTAKES" in a 20 pt column came out "IN|TA|KES" or "INT|AK|ES".
@Suite struct ConcurrentEnginesTests {
    @Test func wrappedTextBreaksTheSameOnEngineAfterEngine() throws {
        let style = Theme.standard.style(StyleName.body)
        let texts = ["FILE INTAKES", "Criminal Intelligence Service Alberta (CISA) by quarter", "ALERT’s “quoted” text",
                     "KNIGHT ♞♞ MOVES ♞ AHEAD"]
        final class Results: @unchecked Sendable {
            var seen: [String: Set<String>] = [:]
            let lock = NSLock()
            func add(_ k: String, _ dump: String) { lock.withLock { _ = seen[k, default: []].insert(dump) } }
        }
        let results = Results()
        let done = DispatchGroup()
        for _ in 0..<2 {
            done.enter()
            Thread {
                for _ in 0..<30 {
                    // A fresh engine each time: its fonts' metrics are computed anew, while the other thread's are.
                    let engine = TextEngine()
                    for (k, text) in texts.enumerated() {
                        let runs = [TextRun(text: text, font: style.font, color: style.color)]
                        for width in [20.0, 45.0] { results.add("\(texts[k]) at \(Int(width)) pt", "\(engine.makeParagraph(runs, width: width))") }
                    }
                }
                done.leave()
            }.start()
        }
        done.wait()
        #expect(results.seen.count == texts.count * 2)
        for (key, dumps) in results.seen.sorted(by: { $0.key < $1.key }) {
            #expect(dumps.count == 1, "\(key): \(dumps.count) different line breaks")
        }
    }

    /// Text in a font that lacks some of ASCII is checked from the space up, so its fallback fonts get their
    /// metrics computed under the lock too; in a text font only characters beyond ASCII are looked at.
    @Test func fontsLackingASCIIHaveEveryCharacterChecked() throws {
        let covered = Set("ABC -".unicodeScalars.map(\.value))
        func missing(_ text: String, from floor: UInt32) -> Bool { TextEngine.missingCharacter(in: text, from: floor) { covered.contains($0) } }
        #expect(!missing("CAB - BA", from: 0x20))
        #expect(missing("CAB - BAD", from: 0x20), "D is missing")
        #expect(!missing("CAB - BAD", from: 0x80), "ASCII is not looked at from U+0080")
        #expect(missing("CAB ♞", from: 0x80))
        #expect(!missing("AB\nC", from: 0x20), "a line break is never drawn from a font")
    }
}
