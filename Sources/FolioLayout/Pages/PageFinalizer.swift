import FolioModel

/// The last layout phase, once every page exists: page numbers in the contents (with links), running
/// header and footer ("Page N of M", the current section) and the PDF outline.
struct PageFinalizer {
    let context: LayoutContext
    let info: DocumentInfo
    let headings: [HeadingEntry]
    private(set) var outline: [OutlineEntry] = []

    init(context: LayoutContext, info: DocumentInfo, headings: [HeadingEntry]) {
        self.context = context; self.info = info; self.headings = headings
    }

    /// Fills in the page numbers, the outline and the running lines (shaped on the pool's shapers, if any).
    mutating func fill(_ pages: inout [PageFrame], anchors: [(headingIndex: Int, page: Int, y: Points)],
                       slots: [(slot: PageNumberSlot, page: Int)], pool: (any ShaperPool)? = nil) {
        var headingPage: [Int: (page: Int, y: Points)] = [:]
        for a in anchors where headingPage[a.headingIndex] == nil { headingPage[a.headingIndex] = (a.page, a.y) }

        // Each number goes inside its contents entry, as the text of the entry's link (a screen reader
        // reads the entry, then "link, 5"); the last slots first, so the earlier ones' positions still hold.
        for (slot, pageIndex) in slots.sorted(by: { ($0.page, $0.slot.itemIndex) > ($1.page, $1.slot.itemIndex) }) {
            guard let target = headingPage[slot.headingIndex], pageIndex < pages.count else { continue }
            let shaped = context.shape(String(target.page + 1), style: slot.style, width: nil)
            let linkArea = Rect(x: context.page.margins.left, y: slot.rect.y,
                                width: slot.rect.maxX - context.page.margins.left, height: slot.rect.height)
            var items: [FrameItem] = [.beginTag(.link(.page(index: target.page, y: target.y), area: linkArea,
                                                      contents: "\(slot.title), page \(target.page + 1)"))]
            if let line = shaped.lines.first {
                let origin = Point(x: slot.rect.maxX - line.width, y: slot.rect.y + slot.baseline)
                items.append(.text(TextLine(shaped: shaped, index: 0, origin: origin)))
            }
            items.append(.endTag)
            let at = min(max(0, slot.itemIndex), pages[pageIndex].items.count)
            pages[pageIndex].items.insert(contentsOf: items, at: at)
        }

        outline = PageOutline.entries(pages)

        // The section a page belongs to: the last level-1 heading that starts on or before it.
        var sectionByPage = [String](repeating: "", count: pages.count)
        var current = ""
        var firstOnPage: [Int: String] = [:]
        for a in anchors where a.headingIndex < headings.count && headings[a.headingIndex].level == 1 {
            if firstOnPage[a.page] == nil { firstOnPage[a.page] = plainTitle(a.headingIndex) }
        }
        for p in pages.indices {
            if let s = firstOnPage[p] { current = s }
            sectionByPage[p] = current
        }
        // Running headers and footers: every page's differ ("Page 3 of 18"), so each is shaped.
        let numbered = pages.indices.filter { !pages[$0].isCover }
        let running = RunningLines(info: info, sections: sectionByPage, sizes: pages.map(\.size), openers: pages.map(\.hasOpener))
        let items: [[FrameItem]]
        if let pool, numbered.count > 1 {
            let theme = context.theme, page = context.page
            items = pool.shape(numbered.count) { k, shaper in
                running.items(forPage: numbered[k], context: LayoutContext(theme: theme, shaper: shaper, page: page))
            }
        } else {
            items = numbered.map { running.items(forPage: $0, context: context) }
        }
        for (k, p) in numbered.enumerated() { pages[p].append(contentsOf: items[k]) }
    }

    private func plainTitle(_ index: Int) -> String {
        headings[index].display
    }
}

/// The running header and footer of a page: its templates filled in ("Page 3 of 18", the section) and shaped.
private struct RunningLines: Sendable {
    let info: DocumentInfo
    /// The section each page belongs to.
    let sections: [String]
    /// Each page's paper size (landscape pages are wider and shorter; the margins are the same).
    let sizes: [Size]
    /// Pages opening a section with a band where the header would be.
    let openers: [Bool]
    var pageCount: Int { sizes.count }

    func items(forPage p: Int, context: LayoutContext) -> [FrameItem] {
        let values = ["title": info.title, "subtitle": info.subtitle ?? "", "organisation": info.organisation ?? "",
                      "section": sections[p], "page": String(p + 1), "pages": String(pageCount)]
        var items: [FrameItem] = [.beginTag(.artifact(.pagination))]
        if let header = context.page.header, !openers[p] {
            let y = context.page.margins.top - 30
            items += line(header, values: values, top: y, style: StyleName.runningHeader, ruleBelow: true, pageWidth: sizes[p].width, context: context)
        }
        if let footer = context.page.footer {
            let y = sizes[p].height - context.page.margins.bottom + 20
            items += line(footer, values: values, top: y, style: StyleName.runningFooter, ruleBelow: false, pageWidth: sizes[p].width, context: context)
        }
        // Running lines are pagination artifacts: repeated on every page, not content to be read each time.
        return items.count == 1 ? [] : items + [.endTag]
    }

    private func line(_ line: RunningLine, values: [String: String], top: Points, style name: String,
                      ruleBelow: Bool, pageWidth: Points, context: LayoutContext) -> [FrameItem] {
        let style = context.theme.style(name)
        let left = context.page.margins.left
        let width = pageWidth - left - context.page.margins.right
        var items: [FrameItem] = []
        // A logo sits at its end of the line, centred on the text's line, and the text at that end moves beside it.
        var logoSpace: (left: Points, right: Points) = (0, 0)
        if let logo = line.logo {
            let w = logo.height * logo.image.aspectRatio
            let x = logo.end == .left ? left : left + width - w
            let y = top + (style.lineHeight - logo.height) / 2
            items.append(.image(ImagePlacement(image: logo.image, rect: Rect(x: x, y: y, width: w, height: logo.height))))
            if logo.end == .left { logoSpace.left = w + 8 } else { logoSpace.right = w + 8 }
        }
        let parts: [(String?, TableColumn.Alignment)] = [(line.left, .left), (line.center, .center), (line.right, .right)]
        for (template, alignment) in parts {
            guard let template else { continue }
            let text = RunningTemplate.expand(template, values: values)
            guard !text.isEmpty else { continue }
            let shaped = context.shape(text, style: style, width: nil)
            let x = alignment == .left ? left + logoSpace.left : left
            let w = alignment == .left ? width - logoSpace.left : (alignment == .right ? width - logoSpace.right : width)
            for i in shaped.lines.indices.prefix(1) {
                items += LayoutContext.lineItems(shaped, line: i, style: style, x: x, top: top, width: w, alignment: alignment)
            }
        }
        if ruleBelow {
            let y = top + style.lineHeight + 6
            items.append(.rule(from: Point(x: left, y: y), to: Point(x: left + width, y: y), width: 0.4, color: context.theme.colors.rule))
        }
        return items
    }
}

/// Expands `{name}` placeholders of running headers and footers.
package enum RunningTemplate {
    /// Placeholders a running line may use.
    package static let placeholders = ["title", "subtitle", "organisation", "section", "page", "pages"]

    /// Replaces each known `{name}`; unknown ones stay as written (the spec reader rejects them first).
    package static func expand(_ template: String, values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
