import Foundation
import FolioPDF

/// A built PDF's structure tree, outline and link annotations read back through Folio's PDF reader
/// (`PDFObjects`, which `folio check --pdf` uses too), for tests that look at what a screen reader gets: which element holds which text, in which
/// language, on which page.
///
/// Text is read from the literal string operands of the text operators inside each element's marked
/// content, byte for byte as WinAnsi: exact for Latin text (Cairo puts such glyphs in WinAnsi-encoded
/// subsets), not a general text extractor (other glyphs, in hex strings of CID fonts, are left out).
package struct PDFStructure {
    /// A structure element.
    package struct Element {
        /// The structure type without its slash (`P`, `Span`, `Link`).
        package var type: String
        /// Its `/Lang`, if it has one.
        package var language: String?
        /// The page (from 0) its `/Pg` names, if any.
        package var page: Int?
        /// The marked content it holds directly (MCIDs on `page`) and the annotations (`/OBJR`) it holds.
        package var mcids: [Int]
        package var annotations: [String]
        /// Its child elements, in order.
        package var children: [Element]
        /// The text of its own marked content and its children's, in order.
        package var text: String

        /// Itself and every element below it, in document order.
        package var all: [Element] { [self] + children.flatMap(\.all) }
    }

    /// An outline entry: its title, depth and the page (from 0) it goes to (the library's reader, shared with
    /// `folio check --pdf`).
    package typealias OutlineEntry = PDFOutlineEntry

    /// A link annotation: its page (from 0), `/Contents`, and its reference (as in `Element.annotations`).
    package struct Annotation {
        package var page: Int
        package var contents: String?
        package var reference: String
    }

    /// The tree from its root's children (usually one Document element).
    package private(set) var roots: [Element] = []
    package private(set) var outline: [OutlineEntry] = []
    package private(set) var annotations: [Annotation] = []

    private let pdf: PDFObjects<[UInt8]>
    /// The page objects' numbers, in page order.
    private let pages: [Int]
    /// Each page's index (from 0), by object number.
    private let pageIndices: [Int: Int]
    /// The text of each marked-content sequence, by page index and MCID.
    private var marked: [Int: [Int: String]] = [:]

    package init(_ pdf: URL) throws {
        self.pdf = try PDFObjects([UInt8](try Data(contentsOf: pdf)))
        pages = self.pdf.pageNumbers()
        pageIndices = PDFObjects<[UInt8]>.pageIndices(pages)
        for (index, page) in pages.enumerated() {
            marked[index] = markedTexts(page)
            for annot in self.pdf.resolve(self.pdf.value(page)?["/Annots"])?.array ?? [] {
                guard let d = dictionary(annot), d["/Subtype"]?.name == "/Link", let ref = annot.reference else { continue }
                annotations.append(Annotation(page: index, contents: self.pdf.resolve(d["/Contents"])?.text, reference: "\(ref) 0 R"))
            }
        }
        if let tree = dictionary(self.pdf.catalog?["/StructTreeRoot"]) { roots = kids(tree["/K"]).compactMap { element($0, page: nil) } }
        outline = self.pdf.outline()
    }

    /// Every element, in document order.
    package var elements: [Element] { roots.flatMap(\.all) }

    /// Every element of `type` (`H1`), in document order.
    package func elements(_ type: String) -> [Element] { elements.filter { $0.type == type } }

    // MARK: - Reading

    private func dictionary(_ value: PDFValue?) -> [String: PDFValue]? { pdf.dictionary(value) }

    private func kids(_ k: PDFValue?) -> [PDFValue] { pdf.items(k) }

    private func element(_ kid: PDFValue, page: Int?) -> Element? {
        guard let d = dictionary(kid), d["/Type"]?.name != "/OBJR", d["/Type"]?.name != "/MCR" else { return nil }
        let pg = d["/Pg"]?.reference.flatMap { pageIndices[$0] } ?? page
        var result = Element(type: String((d["/S"]?.name ?? "?").dropFirst()), language: pdf.resolve(d["/Lang"])?.text,
                             page: pg, mcids: [], annotations: [], children: [], text: "")
        for k in kids(d["/K"]) {
            if let mcid = k.integer {
                result.mcids.append(mcid)
                result.text += pg.flatMap { marked[$0]?[mcid] } ?? ""
            } else if let r = dictionary(k), r["/Type"]?.name == "/OBJR", let obj = r["/Obj"]?.reference {
                result.annotations.append("\(obj) 0 R")
            } else if let r = dictionary(k), r["/Type"]?.name == "/MCR", let mcid = r["/MCID"]?.integer {
                let p = r["/Pg"]?.reference.flatMap { pageIndices[$0] } ?? pg
                result.mcids.append(mcid)
                result.text += p.flatMap { marked[$0]?[mcid] } ?? ""
            } else if let child = element(k, page: pg) {
                result.children.append(child)
                result.text += child.text
            }
        }
        return result
    }

    /// The text of each marked-content sequence on a page: the string operands of its text operators, read
    /// through their font's `/ToUnicode` map (WinAnsi when it has none).
    private func markedTexts(_ page: Int) -> [Int: String] {
        guard let dict = dictionary(.reference(page)) else { return [:] }
        let fonts = dictionary(dictionary(dict["/Resources"])?["/Font"]) ?? [:]
        var maps: [String: ToUnicode] = [:]
        var font: ToUnicode? = nil
        var lastName = ""
        var texts: [Int: String] = [:]
        // Per open sequence: its MCID, its text so far, and the actual text standing for what it draws.
        var open: [(mcid: Int?, text: String, actual: String?)] = []
        func add(_ text: String) {
            guard !open.isEmpty, open.last?.actual == nil else { return }
            open[open.count - 1].text += text
        }
        func add(_ bytes: [UInt8]) { add(font?.text(bytes) ?? String(bytes.map(Self.character))) }
        for ref in kids(dict["/Contents"]) {
            guard let bytes = streamData(ref) else { continue }
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "(") {
                    let (string, end) = Self.literal(bytes, from: i)
                    add(string)
                    i = end
                } else if c == UInt8(ascii: "<"), i + 1 < bytes.count, bytes[i + 1] != UInt8(ascii: "<") {
                    var j = i + 1, hex: [UInt8] = []
                    while j < bytes.count, bytes[j] != UInt8(ascii: ">") { hex.append(bytes[j]); j += 1 }
                    add(Self.bytes(hex: String(decoding: hex, as: UTF8.self)))
                    i = j + 1
                } else if c == UInt8(ascii: "/") {
                    var j = i + 1
                    while j < bytes.count, !" \n\r\t/<>[]()".utf8.contains(bytes[j]) { j += 1 }
                    lastName = String(decoding: bytes[i..<j], as: UTF8.self)
                    i = j
                } else if bytes[i...].starts(with: Array("Tf".utf8)) {
                    if maps[lastName] == nil, let f = dictionary(fonts[lastName]), let cmap = streamData(f["/ToUnicode"]) {
                        maps[lastName] = ToUnicode(cmap)
                    }
                    font = maps[lastName]
                    i += 2
                } else if c == UInt8(ascii: "<"), bytes[i...].starts(with: Array("<< /ActualText <".utf8)) {
                    // `/Span << /ActualText <feff0020> >> BDC`: the text stands for what the sequence draws.
                    let start = i + "<< /ActualText <".utf8.count
                    var j = start
                    while j < bytes.count, bytes[j] != UInt8(ascii: ">") { j += 1 }
                    let b = Self.bytes(hex: String(decoding: bytes[start..<j], as: UTF8.self))
                    let actual = String(decoding: stride(from: 2, to: b.count - 1, by: 2).map { UInt16(b[$0]) << 8 | UInt16(b[$0 + 1]) }, as: UTF16.self)
                    while j < bytes.count, !bytes[j...].starts(with: Array("BDC".utf8)) { j += 1 }
                    open.append((nil, "", actual))
                    i = j + 3
                } else if bytes[i...].starts(with: Array("BDC".utf8)) {
                    // `/Tag << /MCID n >> BDC`: the MCID just before.
                    let before = String(decoding: bytes[max(0, i - 40)..<i], as: UTF8.self)
                    open.append((before.range(of: "/MCID ", options: .backwards).flatMap { Int(before[$0.upperBound...].prefix { $0.isNumber }) }, "", nil))
                    i += 3
                } else if bytes[i...].starts(with: Array("EMC".utf8)) {
                    if let last = open.popLast() {
                        if let actual = last.actual { add(actual) } else if let mcid = last.mcid { texts[mcid, default: ""] += last.text }
                    }
                    i += 3
                } else {
                    i += 1
                }
            }
        }
        return texts
    }

    private func streamData(_ ref: PDFValue?) -> [UInt8]? { ref?.reference.flatMap { try? pdf.decodedStream($0) } }

    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.filter(\.isHexDigit))
        return stride(from: 0, to: digits.count - 1, by: 2).map { UInt8(String(digits[$0...($0 + 1)]), radix: 16) ?? 0 }
    }

    /// A font's `/ToUnicode` CMap: its `bfchar` pairs and `bfrange` runs.
    struct ToUnicode {
        var width = 1
        var map: [Int: String] = [:]
        init(_ cmap: [UInt8]) {
            let text = String(decoding: cmap, as: UTF8.self)
            func hexes(_ s: Substring) -> [String] {
                s.split(separator: "<").dropFirst(s.hasPrefix("<") ? 0 : 1).compactMap { part in
                    part.contains(">") ? String(part.prefix { $0 != ">" }) : nil
                }
            }
            func unicode(_ h: String) -> String {
                let b = PDFStructure.bytes(hex: h)
                return String(decoding: stride(from: 0, to: b.count - 1, by: 2).map { UInt16(b[$0]) << 8 | UInt16(b[$0 + 1]) }, as: UTF16.self)
            }
            if let r = text.range(of: "begincodespacerange"), let first = hexes(text[r.upperBound...]).first { width = max(1, first.count / 2) }
            for part in text.components(separatedBy: "beginbfchar").dropFirst() {
                let h = hexes(Substring(part.components(separatedBy: "endbfchar")[0]))
                for i in stride(from: 0, to: h.count - 1, by: 2) { map[Int(h[i], radix: 16) ?? -1] = unicode(h[i + 1]) }
            }
            for part in text.components(separatedBy: "beginbfrange").dropFirst() {
                for line in part.components(separatedBy: "endbfrange")[0].split(separator: "\n") {
                    let h = hexes(line)
                    guard h.count >= 3, let low = Int(h[0], radix: 16), let high = Int(h[1], radix: 16), high >= low, high - low < 65_536 else { continue }
                    let start = Array(unicode(h[2]).unicodeScalars)
                    for code in low...high {
                        if line.contains("[") { if code - low + 2 < h.count { map[code] = unicode(h[code - low + 2]) } }
                        else if let last = start.last, let scalar = Unicode.Scalar(last.value + UInt32(code - low)) {
                            map[code] = String(String.UnicodeScalarView(start.dropLast() + [scalar]))
                        }
                    }
                }
            }
        }
        func text(_ bytes: [UInt8]) -> String {
            stride(from: 0, to: bytes.count - width + 1, by: width).map { i in
                map[bytes[i..<(i + width)].reduce(0) { $0 << 8 | Int($1) }] ?? "\u{FFFD}"
            }.joined()
        }
    }

    /// A literal string starting at `start` (its bytes), and where it ends.
    private static func literal(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var out: [UInt8] = []
        var depth = 0
        var i = start
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\\"), i + 1 < bytes.count {
                let n = bytes[i + 1]
                if n >= 0x30 && n <= 0x37 {
                    var value = 0, j = i + 1
                    while j < bytes.count, j < i + 4, bytes[j] >= 0x30, bytes[j] <= 0x37 { value = value * 8 + Int(bytes[j] - 0x30); j += 1 }
                    out.append(UInt8(value & 0xFF))
                    i = j
                    continue
                }
                let escapes: [UInt8: UInt8] = [UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09]
                out.append(escapes[n] ?? n)
                i += 2
                continue
            }
            if c == UInt8(ascii: "(") { depth += 1; if depth > 1 { out.append(c) } }
            else if c == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return (out, i + 1) }; out.append(c) }
            else { out.append(c) }
            i += 1
        }
        return (out, i)
    }

    /// WinAnsi's characters at 0x80–0x9F (elsewhere it is Latin-1).
    private static let winAnsi: [UInt8: Character] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8A: "Š",
        0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—",
        0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    private static func character(_ byte: UInt8) -> Character { winAnsi[byte] ?? Character(Unicode.Scalar(byte)) }
}
