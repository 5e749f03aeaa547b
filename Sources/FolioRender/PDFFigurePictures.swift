import FolioPDF

/// What the update adds so that a figure Cairo left empty holds its pictures (see `FigureContent`): Cairo 1.17
/// and later mark only text, so a figure of a photo has no content, no page, and its picture is painted
/// unmarked. Files Cairo 1.16 writes have nothing to add here: each figure there holds what it drew.
struct FigurePictureEdits {
    /// Each empty figure's new entries (`/Pg … /K …`), by object number.
    var figureEntries: [Int: String] = [:]
    /// Each page's parent-tree array with the figures' new MCIDs appended, by object number.
    var parentArrays: [(number: Int, text: String)] = []
    /// Each content stream's pictures to mark, with their MCIDs, by object number.
    var marks: [Int: [(range: Range<Int>, mcid: Int)]] = [:]
}

extension PDFIncrementalUpdate {
    /// The edits that give each empty figure the pictures Folio placed in it (`pictures`: per page, in the
    /// order drawn, the figure each belongs to). A page's pictures are found among the pictures its content
    /// stream paints (images, and forms: vector pictures painted as groups), matched in order; a page where
    /// the counts differ is left as it is (its pictures stay artifacts), so a picture is never given to the
    /// wrong figure.
    func figurePictureEdits(figures: [Int], pictures: [[Int?]]) throws -> FigurePictureEdits {
        var edits = FigurePictureEdits()
        let empty = Set(figures.indices.filter { objects.value(figures[$0])?["/K"] == nil })
        let pages = objects.pageNumbers()
        guard !empty.isEmpty, pages.count == pictures.count else { return edits }
        let parentArrays = try self.parentArrays()
        var kids: [Int: [(page: Int, mcid: Int)]] = [:]
        for (p, page) in pages.enumerated() where pictures[p].contains(where: { $0.map(empty.contains) ?? false }) {
            guard let dictionary = objects.value(page), let contents = dictionary["/Contents"]?.reference,
                  let key = dictionary["/StructParents"]?.integer, let array = parentArrays[key] else { continue }
            let (data, stream) = try streamData(contents)
            guard stream["/Filter"]?.name == "/FlateDecode", stream["/DecodeParms"] == nil, let content = FlateCodec.inflate(data) else { continue }
            let xobjects = objects.dictionary(objects.dictionary(dictionary["/Resources"])?["/XObject"]) ?? [:]
            let (paintings, unused) = FigureContent.paintings(content) { name in
                ["/Image", "/Form"].contains(objects.dictionary(xobjects[name])?["/Subtype"]?.name)
            }
            let body = try objectBody(array)
            guard paintings.count == pictures[p].count, let entries = Self.parsed(body)?.array,
                  let close = body.lastIndex(of: "]") else { continue }
            var next = max(unused, entries.count)
            var added = String(repeating: " null", count: next - entries.count)
            var marks: [(range: Range<Int>, mcid: Int)] = []
            for (painting, figure) in zip(paintings, pictures[p]) {
                guard let figure, empty.contains(figure), painting.unmarked else { continue }
                marks.append((painting.range, next))
                kids[figure, default: []].append((page, next))
                added += " \(figures[figure]) 0 R"
                next += 1
            }
            guard !marks.isEmpty else { continue }
            edits.parentArrays.append((array, String(body[..<close]) + added + " ]"))
            edits.marks[contents] = marks
        }
        for (figure, list) in kids {
            guard let first = list.first?.page else { continue }
            let k = list.map { $0.page == first ? "\($0.mcid)" : "<< /Type /MCR /Pg \($0.page) 0 R /MCID \($0.mcid) >>" }
            edits.figureEntries[figures[figure]] = "/Pg \(first) 0 R\n   /K " + (k.count == 1 ? k[0] : "[ " + k.joined(separator: " ") + " ]")
        }
        return edits
    }

    /// The parent tree's arrays by key (a page's `/StructParents`).
    private func parentArrays() throws -> [Int: Int] {
        guard let root = objects.catalog?["/StructTreeRoot"]?.reference,
              let tree = Self.reference("/ParentTree", in: try objectDictionary(root)) else { return [:] }
        return Dictionary(Self.numberTreeEntries(try objectDictionary(tree)).map { ($0.key, $0.value) }) { first, _ in first }
    }
}
