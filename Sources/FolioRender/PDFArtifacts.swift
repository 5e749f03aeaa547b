import FolioCairo
import FolioLayout
import FolioPDF

/// Turns the artifact markers Cairo wrote (see `ArtifactMarker`) into real artifacts: in each page's content
/// stream the marker's `BDC` becomes `/Artifact << /Type /Pagination >> BDC` (or `/Layout`), the marker
/// elements leave their parents' `/K` and the pages' parent-tree arrays (`null` there), and the marker
/// objects themselves become `null`. Content streams are inflated, edited and deflated again at a fixed
/// level, so the same input still gives the same bytes.
extension PDFIncrementalUpdate {
    /// Whether the Cairo this process draws with marks only text (1.17 and later: see `UnmarkedContent`), so
    /// that every page's content stream needs its unmarked painting wrapped as artifacts.
    static var cairoMarksOnlyText: Bool { LibraryVersions.cairoMarksOnlyText }

    /// `figurePictures`: pictures to mark as their figures' content, by content stream (see `FigurePictureEdits`);
    /// their streams are rewritten whatever else they need.
    func removeArtifacts(structTreeRoot: Int, into edits: inout StructureEdits,
                         wrapUnmarked: Bool = Self.cairoMarksOnlyText,
                         figurePictures: [Int: [(range: Range<Int>, mcid: Int)]] = [:]) throws {
        var parents: [Int: Set<Int>] = [:]
        var pages = Set<Int>()
        var markers = Set<Int>()
        for kind in ArtifactKind.allCases {
            for element in structureElements(ofType: ArtifactMarker.structureType(kind)) {
                let d = try objectDictionary(element)
                guard let parent = Self.reference("/P", in: d) else {
                    throw Failure.unexpectedStructure("artifact marker \(element) has no parent")
                }
                parents[parent, default: []].insert(element)
                if let page = Self.reference("/Pg", in: d) { pages.insert(page) }
                markers.insert(element)
            }
        }
        // Every page when Cairo marks only text (its unmarked fills, strokes and images become artifacts, and
        // markers real ones); otherwise the pages with figures' pictures now, those with markers below.
        for page in wrapUnmarked || !figurePictures.isEmpty ? objects.pageNumbers() : [] {
            guard let contents = Self.reference("/Contents", in: try objectDictionary(page)),
                  wrapUnmarked || figurePictures[contents] != nil else { continue }
            let marks = figurePictures[contents] ?? []
            edits.setLater(contents) { try self.contentStreamWithArtifacts(contents, wrapUnmarked: wrapUnmarked, figures: marks) }
        }
        guard !markers.isEmpty else { return }
        for (parent, children) in parents.sorted(by: { $0.key < $1.key }) {
            edits.set(parent, Self.removingKids(children, from: try currentDictionary(parent, edits)))
        }
        // The parent tree: one array per page (MCID → element); a marker's entry becomes null.
        let root = try objectDictionary(structTreeRoot)
        if let tree = Self.reference("/ParentTree", in: root) {
            let nums = try objectDictionary(tree)
            for array in Self.numberTreeValues(nums) {
                let body = try currentBody(array, edits)
                guard body.hasPrefix("[") else { continue }
                let replaced = Self.replacingReferences(to: markers, in: body, with: "null")
                if replaced != body { edits.set(array, replaced) }
            }
        }
        for page in pages.sorted() where !wrapUnmarked {
            guard let contents = Self.reference("/Contents", in: try objectDictionary(page)) else {
                throw Failure.unexpectedStructure("page \(page) has no single /Contents stream")
            }
            let marks = figurePictures[contents] ?? []
            edits.setLater(contents) { try self.contentStreamWithArtifacts(contents, wrapUnmarked: false, figures: marks) }
        }
        for marker in markers.sorted() { edits.set(marker, "null") }
    }

    /// Content stream `number` with `figures`' pictures marked as their figures' content, every marker
    /// sequence opened as an artifact instead and, with `wrapUnmarked`, its unmarked painting wrapped in
    /// artifacts; nil when nothing changes.
    private func contentStreamWithArtifacts(_ number: Int, wrapUnmarked: Bool,
                                            figures: [(range: Range<Int>, mcid: Int)]) throws -> [UInt8]? {
        let (data, dictionary) = try streamData(number)
        guard dictionary["/Filter"]?.name == "/FlateDecode", dictionary["/DecodeParms"] == nil,
              var content = FlateCodec.inflate(data) else {
            throw Failure.unexpectedStructure("content stream \(number) is not plain Flate")
        }
        let original = content
        if !figures.isEmpty { content = FigureContent.marking(content, figures) }
        for kind in ArtifactKind.allCases {
            content = Self.replacingMarkedContent(of: ArtifactMarker.structureType(kind), in: content,
                                                  with: "/Artifact << /Type /\(kind.rawValue) >> BDC")
        }
        if wrapUnmarked, let wrapped = UnmarkedContent.wrapped(content) { content = wrapped }
        if wrapUnmarked && content == original { return nil }
        guard let encoded = FlateCodec.deflate(content) else { throw Failure.unexpectedStructure("deflating stream \(number)") }
        return Array("<< /Length \(encoded.count)\n   /Filter /FlateDecode\n>>\nstream\n".utf8) + encoded + Array("\nendstream".utf8)
    }

    /// `/Name << /MCID n >> BDC` (Cairo's form) replaced by `replacement`, for any n.
    static func replacingMarkedContent(of name: String, in content: [UInt8], with replacement: String) -> [UInt8] {
        let head = Array("/\(name) << /MCID ".utf8), tail = Array(" >> BDC".utf8), new = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var i = 0
        while i < content.count {
            if content[i] == head[0], content.matches(head, at: i) {
                var j = i + head.count
                while j < content.count, content[j] >= 0x30, content[j] <= 0x39 { j += 1 }
                if j > i + head.count, content.matches(tail, at: j) {
                    out += new
                    i = j + tail.count
                    continue
                }
            }
            out.append(content[i])
            i += 1
        }
        return out
    }

    /// A structure element's dictionary with `kids` taken out of its `/K` (an array or a single reference).
    static func removingKids(_ kids: Set<Int>, from dictionary: String) -> String {
        guard let range = kidsRange(in: dictionary) else { return dictionary }
        var kept = replacingReferences(to: kids, in: String(dictionary[range]), with: "")
        if !kept.hasPrefix("[") { kept = "[ " + kept + " ]" }
        kept = kept.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return String(dictionary[..<range.lowerBound]) + kept + String(dictionary[range.upperBound...])
    }

    /// `text` with each indirect reference `N 0 R` to one of `numbers` replaced (whole numbers only).
    static func replacingReferences(to numbers: Set<Int>, in text: String, with replacement: String) -> String {
        let chars = Array(text.utf8)
        var out: [UInt8] = []
        let suffix = Array(" 0 R".utf8)
        var i = 0
        while i < chars.count {
            let isDigit = chars[i] >= 0x30 && chars[i] <= 0x39
            let startsNumber = isDigit && (i == 0 || !(chars[i - 1] >= 0x30 && chars[i - 1] <= 0x39))
            if startsNumber {
                var j = i
                while j < chars.count, chars[j] >= 0x30, chars[j] <= 0x39 { j += 1 }
                if chars.matches(suffix, at: j), let n = Int(String(decoding: chars[i..<j], as: UTF8.self)), numbers.contains(n) {
                    out += Array(replacement.utf8)
                    i = j + suffix.count
                    continue
                }
                out += chars[i..<j]
                i = j
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The referenced values of a number tree (see `numberTreeEntries`).
    static func numberTreeValues(_ dictionary: String) -> [Int] { numberTreeEntries(dictionary).map(\.value) }

    /// The keys and referenced values of a number tree's `/Nums [ k N 0 R … ]` (Cairo writes a single flat node).
    static func numberTreeEntries(_ dictionary: String) -> [(key: Int, value: Int)] {
        let nums = parsed(dictionary)?["/Nums"]?.array ?? []
        return stride(from: 1, to: nums.count, by: 2).compactMap { i in
            guard let key = nums[i - 1].integer, let value = nums[i].reference else { return nil }
            return (key, value)
        }
    }
}
