/// The outline and the headings agree (PDF/UA-1 asks for both to serve navigation; no checker here compares
/// them): the bookmarks, in order, have the same titles as the document's heading elements (H1 to H6), in
/// order, and go to the pages those headings are on. A heading's words are read from its marked content
/// through each font's `/ToUnicode` map (`PDFTextDecoder`), and a span's `/ActualText` in place of what it
/// draws (Cairo writes the space a line wrapped at that way).
extension PDFReadBack {
    /// A heading element or a bookmark: its text and the page (from 0) it is on or goes to.
    struct Navigation: Equatable {
        var title: String
        var page: Int?
    }

    /// The problem when the outline and the headings differ (nil when they agree).
    func outlineProblem() -> String? {
        let marks = outline(), heads = headings()
        guard marks != heads else { return nil }
        func show(_ n: Navigation) -> String { "`\(n.title)` (page \(n.page.map { String($0 + 1) } ?? "?"))" }
        let i = (0..<min(marks.count, heads.count)).first { marks[$0] != heads[$0] } ?? min(marks.count, heads.count)
        let mark = i < marks.count ? "bookmark \(i + 1) is " + show(marks[i]) : "there is no bookmark \(i + 1)"
        let head = i < heads.count ? "heading \(i + 1) is " + show(heads[i]) : "there is no heading \(i + 1)"
        return "the outline (\(marks.count) bookmarks) and the headings (\(heads.count)) differ: \(mark), \(head)"
    }

    /// The bookmarks in order (depth first), each with the page its destination names.
    func outline() -> [Navigation] {
        guard let catalog = dictionary(trailer["/Root"]), let root = dictionary(catalog["/Outlines"]) else { return [] }
        var found: [Navigation] = []
        var seen = Set<String>()
        func walk(_ first: Any?) {
            var node = first
            while let ref = node as? String, seen.insert(ref).inserted, let item = dictionary(ref) {
                found.append(Navigation(title: Self.normalized(Self.text(of: item["/Title"])), page: destinationPage(item, catalog: catalog)))
                walk(item["/First"])
                node = item["/Next"]
            }
        }
        walk(root["/First"])
        return found
    }

    /// The heading elements in document order, with their text and page.
    func headings() -> [Navigation] {
        guard let catalog = dictionary(trailer["/Root"]), let tree = dictionary(catalog["/StructTreeRoot"]) else { return [] }
        let texts = markedTexts()
        var found: [Navigation] = []
        var visited = Set<String>()
        /// The text of an element's content and its children's, in order.
        func text(_ kid: Any?, page: String?) -> String {
            if let mcid = kid as? Int { return page.flatMap { texts[$0]?[mcid] } ?? "" }
            if let ref = kid as? String { guard visited.insert(ref).inserted else { return "" } }
            guard let element = dictionary(kid) else { return "" }
            if (element["/Type"] as? String) == "/MCR", let mcid = element["/MCID"] as? Int {
                return (element["/Pg"] as? String ?? page).flatMap { texts[$0]?[mcid] } ?? ""
            }
            let pg = element["/Pg"] as? String ?? page
            let kids = (element["/K"] as? [Any]) ?? (element["/K"].map { [$0] } ?? [])
            let type = element["/S"] as? String ?? ""
            let isHeading = type.count == 3 && type.hasPrefix("/H") && type.last.map { ("1"..."6").contains($0) } == true
            var index = found.count
            if isHeading { found.append(Navigation(title: "", page: pg.flatMap { pages.firstIndex(of: $0) })); index = found.count - 1 }
            let inner = kids.map { text($0, page: pg) }.joined()
            if isHeading { found[index].title = Self.normalized(inner) }
            return inner
        }
        for kid in (tree["/K"] as? [Any]) ?? (tree["/K"].map { [$0] } ?? []) { _ = text(kid, page: nil) }
        return found
    }

    /// The text of every marked-content sequence, by page reference and MCID.
    private func markedTexts() -> [String: [Int: String]] {
        var decoders: [String: PDFTextDecoder] = [:]
        var texts: [String: [Int: String]] = [:]
        for page in pages {
            guard let dict = dictionary(page) else { continue }
            let fonts = dictionary(dictionary(dict["/Resources"])?["/Font"]) ?? [:]
            var decoder: PDFTextDecoder? = nil
            // Per open sequence: its MCID, or the actual text that stands for what it draws.
            var open: [(mcid: Int?, actual: String?)] = []
            var pageTexts: [Int: String] = [:]
            func add(_ text: String) {
                guard !open.contains(where: { $0.actual != nil }), let mcid = open.last(where: { $0.mcid != nil })?.mcid else { return }
                pageTexts[mcid, default: ""] += text
            }
            let contents = (dict["/Contents"] as? [Any]) ?? [dict["/Contents"] as Any]
            for case let ref as String in contents {
                guard let data = stream(ref)?.data else { continue }
                for op in ContentStreamScanner.operations(data) {
                    switch op.name {
                    case "BDC", "BMC":
                        let props = op.name == "BDC" ? op.operands.last ?? "" : ""
                        let mcid = props.range(of: "/MCID ").flatMap { Int(props[$0.upperBound...].prefix { $0.isNumber }) }
                        open.append((mcid, Self.actualText(props)))
                    case "EMC":
                        guard let last = open.popLast() else { continue }
                        if let actual = last.actual { add(actual) }
                    case "Tf":
                        guard let name = op.operands.first, let font = fonts[name] as? String else { decoder = nil; continue }
                        if decoders[font] == nil, let map = dictionary(font)?["/ToUnicode"] as? String, let cmap = stream(map)?.data {
                            decoders[font] = PDFTextDecoder(cmap: cmap)
                        }
                        decoder = decoders[font]
                    case "Tj", "TJ", "'", "\"":
                        guard let decoder, let operand = op.operands.last else { continue }
                        let strings = op.name == "TJ" ? Self.strings(inArray: operand) : [operand]
                        add(strings.map { decoder.text(PDFTextDecoder.bytes(ofString: $0)) }.joined())
                    default: break
                    }
                }
            }
            texts[page] = pageTexts
        }
        return texts
    }

    /// The `/ActualText` of a `BDC`'s properties (`<< /ActualText <feff0020> >>`), if it has one.
    static func actualText(_ properties: String) -> String? {
        guard let key = properties.range(of: "/ActualText") else { return nil }
        guard let string = strings(inArray: String(properties[key.upperBound...])).first else { return nil }
        let bytes = PDFTextDecoder.bytes(ofString: string)
        guard bytes.starts(with: [0xFE, 0xFF]) else { return String(bytes.map { Character(Unicode.Scalar($0)) }) }
        return String(decoding: stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }, as: UTF16.self)
    }

    /// The string operands inside a `TJ` array (`[(R)6(esult)<0102>]`), in order.
    static func strings(inArray array: String) -> [String] {
        let chars = Array(array)
        var found: [String] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "(" {
                var depth = 0, j = i
                while j < chars.count {
                    if chars[j] == "\\" { j += 2; continue }
                    if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                found.append(String(chars[i...min(j, chars.count - 1)]))
                i = j + 1
            } else if chars[i] == "<", let close = chars[i...].firstIndex(of: ">") {
                found.append(String(chars[i...close]))
                i = close + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The page (from 0) an outline item's `/Dest` (or its action's `/D`) names: an array or a named destination.
    private func destinationPage(_ item: [String: Any], catalog: [String: Any]) -> Int? {
        var dest = resolve(item["/Dest"]) ?? dictionary(item["/A"])?["/D"]
        if let name = dest as? String, !name.hasSuffix(" R") { dest = namedDestination(name, catalog: catalog) }
        if let d = dictionary(dest), let array = d["/D"] { dest = array }
        guard let array = resolve(dest) as? [Any], let page = array.first as? String else { return nil }
        return pages.firstIndex(of: page)
    }

    private func namedDestination(_ name: String, catalog: [String: Any]) -> Any? {
        func search(_ node: Any?) -> Any? {
            guard let d = dictionary(node) else { return nil }
            if let names = d["/Names"] as? [Any] {
                for i in stride(from: 0, to: names.count - 1, by: 2) where (names[i] as? String) == name { return names[i + 1] }
            }
            for kid in (d["/Kids"] as? [Any]) ?? [] { if let found = search(kid) { return found } }
            return nil
        }
        return search(dictionary(catalog["/Names"])?["/Dests"])
    }

    /// A string as qpdf's JSON writes it (`u:` text, `b:` hex bytes: UTF-16 with a byte-order mark, else
    /// PDFDocEncoding, read as Latin-1).
    static func text(of value: Any?) -> String {
        guard let value = value as? String else { return "" }
        if value.hasPrefix("u:") { return String(value.dropFirst(2)) }
        guard value.hasPrefix("b:") else { return value }
        let bytes = PDFTextDecoder.bytes(ofString: "<" + value.dropFirst(2) + ">")
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// Text compared as a reader hears it: runs of white space as one space, none at the ends, no soft hyphens.
    static func normalized(_ text: String) -> String {
        text.filter { $0 != "\u{00AD}" }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
