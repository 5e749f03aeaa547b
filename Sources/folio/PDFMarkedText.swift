import FolioPDF

/// The text of a PDF's structure elements, read back from their marked content: each font's `/ToUnicode`
/// map (`PDFTextDecoder`) gives a string operand's characters, and a span's `/ActualText` stands for what it
/// draws (Cairo writes the space a line wrapped at that way). For the checks that need words: the outline
/// against the headings, a link's text.
extension PDFReadBack {
    /// A structure element: its type (`/H1`), its text (its own content's and its children's, in order) and
    /// the page (from 0) its `/Pg` names.
    struct ElementText {
        var type: String
        var text: String
        var page: Int?
    }

    /// Every structure element in document order.
    func elementTexts() -> [ElementText] {
        guard let tree = dictionary(pdf.catalog?["/StructTreeRoot"]) else { return [] }
        let texts = markedTexts()
        var found: [ElementText] = []
        var visited = Set<Int>()
        func text(_ kid: PDFValue, page: Int?) -> String {
            if let mcid = kid.integer { return page.flatMap { texts[$0]?[mcid] } ?? "" }
            if let ref = kid.reference { guard visited.insert(ref).inserted else { return "" } }
            guard let element = dictionary(kid) else { return "" }
            if element["/Type"]?.name == "/MCR", let mcid = element["/MCID"]?.integer {
                return (element["/Pg"]?.reference ?? page).flatMap { texts[$0]?[mcid] } ?? ""
            }
            guard element["/Type"]?.name != "/OBJR" else { return "" }
            let pg = element["/Pg"]?.reference ?? page
            let index = found.count
            found.append(ElementText(type: element["/S"]?.name ?? "?", text: "", page: pg.flatMap { pages.firstIndex(of: $0) }))
            let inner = PDFObjects<[UInt8]>.kids(resolve(element["/K"])).map { text($0, page: pg) }.joined()
            found[index].text = inner
            return inner
        }
        for kid in PDFObjects<[UInt8]>.kids(resolve(tree["/K"])) { _ = text(kid, page: nil) }
        return found
    }

    /// The text of every marked-content sequence, by page object and MCID.
    func markedTexts() -> [Int: [Int: String]] {
        var decoders: [Int: PDFTextDecoder] = [:]
        var texts: [Int: [Int: String]] = [:]
        for page in pages {
            guard let dict = dictionary(.reference(page)) else { continue }
            let fonts = dictionary(dictionary(dict["/Resources"])?["/Font"]) ?? [:]
            var decoder: PDFTextDecoder? = nil
            // Per open sequence: its MCID, or the actual text that stands for what it draws.
            var open: [(mcid: Int?, actual: String?)] = []
            var pageTexts: [Int: String] = [:]
            func add(_ text: String) {
                guard !open.contains(where: { $0.actual != nil }), let mcid = open.last(where: { $0.mcid != nil })?.mcid else { return }
                pageTexts[mcid, default: ""] += text
            }
            for content in contents(dict) {
                guard let data = stream(content) else { continue }
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
                        guard let name = op.operands.first, let font = fonts[name]?.reference else { decoder = nil; continue }
                        if decoders[font] == nil, let cmap = stream(dictionary(.reference(font))?["/ToUnicode"]) {
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
}
