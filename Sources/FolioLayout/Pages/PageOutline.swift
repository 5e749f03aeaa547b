import Foundation
import FolioModel

/// The PDF outline read off the laid-out pages: one bookmark per heading element (H1 to H6), in page
/// order, titled with the heading's text as drawn and pointing at its top.
///
/// Why from the pages rather than from the spec's headings: the cover's title and the contents' title are
/// heading elements too, and a reader navigating by headings and one navigating by bookmarks should get the
/// same list (`folio check --pdf` compares them). Reading both from the same items makes them agree by
/// construction.
enum PageOutline {
    static func entries(_ pages: [PageFrame]) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        for (index, page) in pages.enumerated() {
            // The heading being read: its entry and how deep inside it the items are.
            var current: (entry: OutlineEntry, depth: Int, top: Points?)? = nil
            for item in page.itemsBesideTableRows {
                guard var heading = current else {
                    if case .beginTag(.heading(let level)) = item {
                        current = (OutlineEntry(title: "", level: max(1, min(6, level)), pageIndex: index, y: 0), 1, nil)
                    }
                    continue
                }
                switch item {
                case .beginTag: heading.depth += 1
                case .endTag: heading.depth -= 1
                case .text(let line):
                    heading.entry.title += line.text
                    heading.top = heading.top ?? line.origin.y - line.metrics.ascent
                case .fill(let rect, _): heading.top = heading.top ?? rect.y
                default: break
                }
                if heading.depth == 0 {
                    // The lines' texts joined as drawn (a wrapped line keeps the space it broke at).
                    heading.entry.title = heading.entry.title.trimmingCharacters(in: .whitespaces)
                    heading.entry.y = heading.top ?? 0
                    if !heading.entry.title.isEmpty { entries.append(heading.entry) }
                    current = nil
                } else {
                    current = heading
                }
            }
        }
        return entries
    }
}
