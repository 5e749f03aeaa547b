import Foundation
import FolioPDF

/// The PDF/UA-1 and PDF/A-2 rules no available checker covers, checked on a built PDF read back through
/// Folio's PDF reader (`PDFObjects`: xref tables or streams, objects in object streams): every painting operator of every page inside marked
/// content or an artifact; every MCID in the content reachable from the structure tree and every one the
/// tree names present in the content; no artifact marker left in the tree; header cells with `/Scope`,
/// figures with `/Alt`; link annotations with `/Contents`, in the structure tree (`/StructParent`), printable,
/// on pages with `/Tabs /S`; every Link element holding text; the outline and the headings agree
/// (`PDFOutlineCheck`); the catalog's `/Lang`, `/MarkInfo`, `DisplayDocTitle`, XMP claims and sRGB
/// output intent; a trailer `/ID`.
struct PDFReadBack {
    let pdf: PDFObjects<[UInt8]>
    /// The page objects' numbers, in page order.
    let pages: [Int]

    init(bytes: [UInt8]) throws {
        pdf = try PDFObjects(bytes)
        pages = pdf.pageNumbers()
    }

    struct ReadBackError: Error, CustomStringConvertible { var description: String }

    var trailer: [String: PDFValue] { pdf.trailer }
    func resolve(_ value: PDFValue?) -> PDFValue? { pdf.resolve(value) }
    func dictionary(_ value: PDFValue?) -> [String: PDFValue]? { pdf.dictionary(value) }
    /// A stream's decoded data (nil when `value` is not a readable stream).
    func stream(_ value: PDFValue?) -> [UInt8]? { value?.reference.flatMap { try? pdf.decodedStream($0) } }
    /// A page's content streams (`/Contents`: one stream or an array of them).
    func contents(_ page: [String: PDFValue]) -> [PDFValue] { PDFObjects<[UInt8]>.kids(page["/Contents"]) }

    /// Every problem found, as sentences; empty when the file passes.
    func problems() -> [String] {
        var problems: [String] = []
        guard let catalog = pdf.catalog else { return ["no catalog"] }
        if trailer["/ID"]?.array?.count != 2 { problems.append("the trailer has no /ID") }
        if catalog["/Lang"] == nil { problems.append("the catalog has no /Lang") }
        if dictionary(catalog["/MarkInfo"])?["/Marked"]?.bool != true { problems.append("/MarkInfo /Marked is not true") }
        if dictionary(catalog["/ViewerPreferences"])?["/DisplayDocTitle"]?.bool != true { problems.append("DisplayDocTitle is not true") }
        problems += metadataProblems(catalog)
        guard dictionary(catalog["/StructTreeRoot"]) != nil else { return problems + ["no structure tree"] }
        let (named, annotations, treeProblems) = treeContents()
        problems += treeProblems
        let destinations = destinationNames(catalog)
        var used = Set<String>()
        for (index, page) in pages.enumerated() {
            problems += pageProblems(page, number: index + 1, used: &used, annotations: annotations, destinations: destinations)
        }
        // What needs the elements' words: the outline against the headings, and every link's text.
        let elements = elementTexts()
        if let outline = outlineProblem(elements) { problems.append(outline) }
        for link in elements where link.type == "/Link" && Self.normalized(link.text).isEmpty {
            problems.append("page \(link.page.map { String($0 + 1) } ?? "?"): a Link element holds no text (PDF/UA-1 7.18.1: the link's text goes with its annotation)")
        }
        for missing in used.subtracting(named).sorted() { problems.append("MCID \(missing) in the content is not in the structure tree") }
        for missing in named.subtracting(used).sorted() { problems.append("the structure tree names MCID \(missing), which no content has") }
        return problems
    }

    private func metadataProblems(_ catalog: [String: PDFValue]) -> [String] {
        var problems: [String] = []
        guard let xmp = stream(catalog["/Metadata"]) else { return ["no XMP metadata"] }
        let text = String(decoding: xmp, as: UTF8.self)
        for field in ["<pdfuaid:part>1</pdfuaid:part>", "<dc:title>", "<dc:language>"] where !text.contains(field) {
            problems.append("the XMP lacks \(field)")
        }
        if text.contains("<pdfaid:part>") {
            let intents = resolve(catalog["/OutputIntents"])?.array ?? []
            let srgb = intents.contains { intent in
                guard let d = dictionary(intent), d["/S"]?.name == "/GTS_PDFA1", let icc = stream(d["/DestOutputProfile"]), icc.count > 20 else { return false }
                return String(decoding: icc[16..<20], as: UTF8.self) == "RGB "
            }
            if !srgb { problems.append("the XMP claims PDF/A but there is no RGB output intent") }
        }
        return problems
    }
}
