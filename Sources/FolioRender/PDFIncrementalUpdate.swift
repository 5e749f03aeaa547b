import Foundation
import FolioModel
import FolioPDF

/// Adds what Cairo 1.16 cannot write to a finished PDF, as a standard incremental update: changed objects
/// are appended after the original bytes with a new cross-reference section whose trailer points back
/// (`/Prev`) to the old one. Deterministic, and readers see the new objects in place of the old.
///
/// Today: the catalog's `/Lang` (document language for screen readers and hyphenation in readers),
/// `/ViewerPreferences /DisplayDocTitle` (readers show the title, not the file name), `/Metadata` (an XMP
/// stream agreeing with the Info dictionary), each figure's `/Alt`, and a trailer `/ID` derived from the
/// document, so that two builds of the same inputs still give the same bytes. On Cairo 1.17 and later, which
/// marks only text, also what it leaves unmarked: painting as artifacts (`UnmarkedContent`), and a figure's
/// pictures as its content (`figurePictureEdits`).
struct PDFIncrementalUpdate<Bytes: PDFBytes> {
    enum Failure: Error, CustomStringConvertible {
        case unexpectedStructure(String)
        var description: String {
            switch self { case .unexpectedStructure(let what): return "cannot update the PDF Cairo wrote: \(what)" }
        }
    }

    /// The file's objects, found through its cross-reference (a table or a stream; see `PDFObjects`).
    let objects: PDFObjects<Bytes>
    /// The structure elements by type, in document order, found the first time they are asked for.
    let elements = ElementIndex()

    init(_ bytes: Bytes) throws { objects = try PDFObjects(bytes) }

    /// What to append to the file, in memory (see the writing form below).
    func update(info: DocumentInfo, creator: String, written: FrameDrawer.Written) throws -> [UInt8] {
        var out: [UInt8] = []
        try update(info: info, creator: creator, written: written) { out += $0 }
        return out
    }

    /// Writes what to append to the file, piece by piece: the catalog's entries, the XMP packet, each
    /// figure's `/Alt` (`written` lists them in document order, one per Figure element Cairo wrote), and the
    /// artifacts made real.
    func update(info: DocumentInfo, creator: String, written: FrameDrawer.Written, to write: ([UInt8]) throws -> Void) throws {
        guard let root = objects.trailer["/Root"]?.reference, let size = objects.trailer["/Size"]?.integer else {
            throw Failure.unexpectedStructure("no /Root or /Size in the trailer")
        }
        var updated: [(Int, UpdatedObject)] = []
        let escaped = info.language.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let metadata = size
        let catalog = try objectDictionary(root)
        var catalogEntries = "/Lang (\(escaped))\n   /ViewerPreferences << /DisplayDocTitle true >>\n   /Metadata \(metadata) 0 R"
        let intent = OutputIntent.profile.flatMap { OutputIntent.objects(profile: $0, streamNumber: size + 1) }
        if intent != nil { catalogEntries += "\n   /OutputIntents [ \(size + 2) 0 R ]" }
        updated.append((root, .text(Array(try inserting(catalogEntries, into: catalog).utf8))))
        let producer = objects.dictionary(objects.trailer["/Info"])?["/Producer"]?.text ?? "cairo"
        var packet = XMPMetadata(info: info, creatorTool: creator, producer: producer)
        packet.claimsPDFA = intent != nil
        let xmp = Array(packet.packet.utf8)
        updated.append((metadata, .text(Array("<< /Type /Metadata /Subtype /XML /Length \(xmp.count) >>\nstream\n".utf8) + xmp + Array("\nendstream".utf8))))
        updated += (intent ?? []).map { ($0.0, .text($0.1)) }
        let figures = structureElements(ofType: "Figure")
        guard figures.count == written.alternates.count else {
            throw Failure.unexpectedStructure("\(figures.count) figure elements for \(written.alternates.count) alternative texts")
        }
        let pictures = try figurePictureEdits(figures: figures, pictures: written.pictures)
        for (figure, alt) in zip(figures, written.alternates) {
            let entries = ["/Alt " + Self.textString(alt)] + (pictures.figureEntries[figure].map { [$0] } ?? [])
            updated.append((figure, .text(Array(try inserting(entries.joined(separator: "\n   "), into: try objectDictionary(figure)).utf8))))
        }
        updated += try structureAttributes(written).map { ($0.0, .text($0.1)) }
        updated += try structureEdits(written.elements, catalog: catalog, pictures: pictures).objects
        guard Set(updated.map(\.0)).count == updated.count else { throw Failure.unexpectedStructure("an object updated twice") }
        let id = Self.identifier(info: info, length: objects.bytes.count, alternates: written.alternates)
        try writeAppendix(objects: consume updated, size: size + 1 + (intent?.count ?? 0), identifier: id, to: write)
    }

    /// The tree itself: figures' pictures in, artifacts out, continued elements joined, then languages on what is left.
    private func structureEdits(_ elements: WrittenElements, catalog: String, pictures: FigurePictureEdits) throws -> StructureEdits {
        var edits = StructureEdits()
        let languages = try languageEntries(elements)
        for array in pictures.parentArrays { edits.set(array.number, array.text) }
        if let tree = Self.reference("/StructTreeRoot", in: catalog) {
            try removeArtifacts(structTreeRoot: tree, into: &edits, figurePictures: pictures.marks)
            try joinContinuations(elements, structTreeRoot: tree, into: &edits)
        }
        for (number, entry) in languages.sorted(by: { $0.key < $1.key }) {
            let current = try currentDictionary(number, edits)
            if current != "null" { edits.set(number, try inserting(entry, into: current)) }
        }
        return edits
    }

    /// What Cairo 1.16 cannot write about elements and annotations: each header cell's `/Scope` (as a Table
    /// attribute), each link annotation's `/Contents` (its description for screen readers), and `/Tabs /S`
    /// (tab order follows the structure) on every page with annotations.
    private func structureAttributes(_ written: FrameDrawer.Written) throws -> [(Int, [UInt8])] {
        var updated: [(Int, [UInt8])] = []
        let headers = structureElements(ofType: "TH")
        guard headers.count == written.scopes.count else {
            throw Failure.unexpectedStructure("\(headers.count) header cells for \(written.scopes.count) scopes")
        }
        for (cell, scope) in zip(headers, written.scopes) {
            updated.append((cell, Array(try inserting("/A << /O /Table /Scope /\(scope.rawValue) >>", into: try objectDictionary(cell)).utf8)))
        }
        // Cairo decides which links get an annotation (none for an empty area): when the counts differ, each
        // annotation is described by where it goes rather than risk giving one another's text.
        let links = objects.linkAnnotations()
        let matched = links.count == written.linkContents.count
        for (i, link) in links.enumerated() {
            let d = try objectDictionary(link)
            let contents = matched ? written.linkContents[i] : Self.linkDescription(d)
            // /F 4: printed (PDF/A wants every annotation's print flag set, and none hidden).
            updated.append((link, Array(try inserting("/F 4\n   /Contents " + Self.textString(contents), into: d).utf8)))
        }
        for page in objects.pageNumbers() where objects.value(page)?["/Annots"] != nil {
            updated.append((page, Array(try inserting("/Tabs /S", into: try objectDictionary(page)).utf8)))
        }
        return updated
    }

    /// The `/Lang` entry of each element with a language of its own, by object number: the elements of each
    /// type found in the order Cairo wrote them, which is the order they were drawn in (see `WrittenElements`).
    func languageEntries(_ languages: WrittenElements) throws -> [Int: String] {
        var entries: [Int: String] = [:]
        let types = Set(languages.languages.map(\.type))
        for type in types.sorted() {
            let elements = structureElements(ofType: type)
            guard elements.count == languages.counts[type, default: 0] else {
                throw Failure.unexpectedStructure("\(elements.count) \(type) elements for \(languages.counts[type, default: 0]) drawn")
            }
            for entry in languages.languages where entry.type == type {
                // A language tag is letters, digits and hyphens (checked by the spec reader): a literal string as it is.
                let tag = entry.language.filter { $0.isLetter || $0.isNumber || $0 == "-" }
                entries[elements[entry.rank]] = "/Lang (\(tag))"
            }
        }
        return entries
    }

    /// Where a link annotation goes, from its `/URI` or `/Dest` (a description when no other is known).
    static func linkDescription(_ dictionary: String) -> String {
        let annotation = parsed(dictionary)
        return (annotation?["/A"]?["/URI"] ?? annotation?["/Dest"])?.text ?? "Link"
    }

    /// The object number of the indirect reference after `key` in `dictionary` (`/Key N 0 R`).
    static func reference(_ key: String, in dictionary: String) -> Int? {
        parsed(dictionary)?[key]?.reference
    }

    /// A dictionary's (or any object's) text parsed; nil when it does not parse.
    static func parsed(_ text: String) -> PDFValue? {
        var parser = PDFParser(Array(text.utf8))
        return try? parser.value()
    }

    /// A file identifier from what the document is (title, language, date, size, figures): the same
    /// inputs give the same identifier, and a changed document a new one.
    static func identifier(info: DocumentInfo, length: Int, alternates: [String]) -> String {
        var first = ContentHash(), second = ContentHash()
        for part in [info.title, info.language, "\(info.date)", info.timestamp ?? "", "\(length)"] + alternates {
            first.add(part + "\u{0}")
            second.add("\u{1}" + part)
        }
        return first.hex + second.hex
    }

    func inserting(_ entry: String, into dictionary: String) throws -> String {
        var updated = dictionary
        guard let open = updated.range(of: "<<") else { throw Failure.unexpectedStructure("not a dictionary") }
        updated.insert(contentsOf: "\n   " + entry, at: open.upperBound)
        return updated
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, in hex (any character, no escaping pitfalls).
    static func textString(_ text: String) -> String {
        var hex = "<FEFF"
        for unit in text.utf16 {
            let h = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - h.count) + h
        }
        return hex + ">"
    }
}
