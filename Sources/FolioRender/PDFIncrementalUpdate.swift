import Foundation
import FolioModel

/// Adds what Cairo 1.16 cannot write to a finished PDF, as a standard incremental update: changed objects
/// are appended after the original bytes with a new cross-reference section whose trailer points back
/// (`/Prev`) to the old one. Deterministic, and readers see the new objects in place of the old.
///
/// Today: the catalog's `/Lang` (document language for screen readers and hyphenation in readers),
/// `/ViewerPreferences /DisplayDocTitle` (readers show the title, not the file name), `/Metadata` (an XMP
/// stream agreeing with the Info dictionary), each figure's `/Alt`, and a trailer `/ID` derived from the
/// document, so that two builds of the same inputs still give the same bytes.
struct PDFIncrementalUpdate<Bytes: PDFBytes> {
    enum Failure: Error, CustomStringConvertible {
        case unexpectedStructure(String)
        var description: String {
            switch self { case .unexpectedStructure(let what): return "cannot update the PDF Cairo wrote: \(what)" }
        }
    }

    let bytes: Bytes
    /// Where each object starts, found in one pass the first time one is looked up: a 3,000-page report has
    /// some 100,000 objects, and searching the file from its start for each made the update quadratic.
    private let index = ObjectIndex()

    init(_ bytes: Bytes) { self.bytes = bytes }

    /// The offset of the line break before object `number`'s first `N 0 obj` line.
    func objectStart(_ number: Int) -> Int? {
        if index.offsets == nil { index.offsets = Self.objectOffsets(bytes) }
        return index.offsets?[number]
    }

    /// Every object's first `\nN 0 obj`, by number, in one pass over the file.
    static func objectOffsets(_ bytes: Bytes) -> [Int: Int] {
        let marker = Array(" 0 obj".utf8)
        var offsets: [Int: Int] = [:]
        var from = 0
        while let at = bytes.firstIndex(of: marker, from: from) {
            var start = at
            while start > 0, bytes[start - 1] >= UInt8(ascii: "0"), bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
            if start < at, start > 0, bytes[start - 1] == 0x0A, let n = Int(String(decoding: bytes.slice(start..<at), as: UTF8.self)),
               offsets[n] == nil {
                offsets[n] = start - 1
            }
            from = at + marker.count
        }
        return offsets
    }

    /// What to append to the file: the catalog's entries, the XMP packet, each figure's `/Alt` (`written`
    /// lists them in document order, one per Figure element Cairo wrote), and the artifacts made real.
    func update(info: DocumentInfo, creator: String, written: FrameDrawer.Written) throws -> [UInt8] {
        var trailer = try lastTrailer()
        guard let root = trailer.reference("/Root"), let size = trailer.reference("/Size") else {
            throw Failure.unexpectedStructure("no /Root or /Size in the trailer")
        }
        var objects: [(Int, [UInt8])] = []
        let escaped = info.language.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let metadata = size
        let catalog = try objectDictionary(root)
        var catalogEntries = "/Lang (\(escaped))\n   /ViewerPreferences << /DisplayDocTitle true >>\n   /Metadata \(metadata) 0 R"
        let intent = OutputIntent.profile.flatMap { OutputIntent.objects(profile: $0, streamNumber: size + 1) }
        if intent != nil { catalogEntries += "\n   /OutputIntents [ \(size + 2) 0 R ]" }
        objects.append((root, Array(try inserting(catalogEntries, into: catalog).utf8)))
        let producer = (try? infoProducer(trailer)) ?? "cairo"
        var packet = XMPMetadata(info: info, creatorTool: creator, producer: producer)
        packet.claimsPDFA = intent != nil
        let xmp = Array(packet.packet.utf8)
        objects.append((metadata, Array("<< /Type /Metadata /Subtype /XML /Length \(xmp.count) >>\nstream\n".utf8) + xmp + Array("\nendstream".utf8)))
        objects += intent ?? []
        trailer.dictionary = trailer.dictionary.replacingOccurrences(of: "/Size \(size)", with: "/Size \(size + 1 + (intent?.count ?? 0))")
        trailer.dictionary = Self.withIdentifier(trailer.dictionary, Self.identifier(info: info, length: bytes.count, alternates: written.alternates))
        let figures = structureElements(ofType: "Figure")
        guard figures.count == written.alternates.count else {
            throw Failure.unexpectedStructure("\(figures.count) figure elements for \(written.alternates.count) alternative texts")
        }
        for (figure, alt) in zip(figures, written.alternates) {
            objects.append((figure.number, Array(try inserting("/Alt " + Self.textString(alt), into: try dictionary(at: figure.offset, number: figure.number)).utf8)))
        }
        objects += try structureAttributes(written)
        // The tree itself: artifacts out, continued elements joined, then languages on what is left.
        var edits = StructureEdits()
        let languages = try languageEntries(written.elements)
        if let tree = Self.reference("/StructTreeRoot", in: catalog) {
            try removeArtifacts(structTreeRoot: tree, into: &edits)
            try joinContinuations(written.elements, structTreeRoot: tree, into: &edits)
        }
        for (number, entry) in languages.sorted(by: { $0.key < $1.key }) {
            let current = try currentDictionary(number, edits)
            if current != "null" { edits.set(number, try inserting(entry, into: current)) }
        }
        objects += edits.objects
        guard Set(objects.map(\.0)).count == objects.count else { throw Failure.unexpectedStructure("an object updated twice") }
        return appendix(objects: objects, trailer: trailer)
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
            let d = try dictionary(at: cell.offset, number: cell.number)
            updated.append((cell.number, Array(try inserting("/A << /O /Table /Scope /\(scope.rawValue) >>", into: d).utf8)))
        }
        // Cairo decides which links get an annotation (none for an empty area): when the counts differ, each
        // annotation is described by where it goes rather than risk giving one another's text.
        let links = objects(containing: "<< /Type /Annot\n   /Subtype /Link\n")
        let matched = links.count == written.linkContents.count
        for (i, link) in links.enumerated() {
            let d = try dictionary(at: link.offset, number: link.number)
            let contents = matched ? written.linkContents[i] : Self.linkDescription(d)
            // /F 4: printed (PDF/A wants every annotation's print flag set, and none hidden).
            updated.append((link.number, Array(try inserting("/F 4\n   /Contents " + Self.textString(contents), into: d).utf8)))
        }
        for page in objects(containing: "<< /Type /Page %") {
            let d = try dictionary(at: page.offset, number: page.number)
            if d.contains("/Annots") { updated.append((page.number, Array(try inserting("/Tabs /S", into: d).utf8))) }
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
                entries[elements[entry.rank].number] = "/Lang (\(tag))"
            }
        }
        return entries
    }

    /// Where a link annotation goes, from its `/URI` or `/Dest` (a description when no other is known).
    static func linkDescription(_ dictionary: String) -> String {
        for key in ["/URI (", "/Dest ("] {
            if let r = dictionary.range(of: key), let end = dictionary[r.upperBound...].firstIndex(of: ")") {
                return String(dictionary[r.upperBound..<end])
            }
        }
        return "Link"
    }

    /// The object number of the indirect reference after `key` in `dictionary` (`/Key N 0 R`).
    static func reference(_ key: String, in dictionary: String) -> Int? {
        var from = dictionary.startIndex
        while let r = dictionary.range(of: key + " ", range: from..<dictionary.endIndex) {
            let digits = dictionary[r.upperBound...].prefix { $0.isNumber }
            if !digits.isEmpty, dictionary[digits.endIndex...].hasPrefix(" 0 R"), let n = Int(digits) { return n }
            from = r.upperBound
        }
        return nil
    }

    /// The text of object `number` between `N 0 obj` and `endobj`, trimmed (for small objects: arrays, numbers).
    func objectBody(_ number: Int) throws -> String {
        let marker = Array("\n\(number) 0 obj".utf8)
        guard let at = objectStart(number), let stop = find(Array("endobj".utf8), from: at + marker.count) else {
            throw Failure.unexpectedStructure("object \(number) not found")
        }
        return String(decoding: bytes.slice((at + marker.count)..<stop), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The raw (still encoded) data of stream object `number`, and its dictionary.
    func streamData(_ number: Int) throws -> (data: [UInt8], dictionary: String) {
        let marker = Array("\n\(number) 0 obj".utf8)
        guard let at = objectStart(number) else { throw Failure.unexpectedStructure("object \(number) not found") }
        let (dictionary, end) = try dictionaryAndEnd(at: at + marker.count, number: number)
        let keyword = Array("stream".utf8)
        guard let streamAt = find(keyword, from: end) else { throw Failure.unexpectedStructure("object \(number) is not a stream") }
        var start = streamAt + keyword.count
        if bytes[start] == 0x0D { start += 1 }
        if bytes[start] == 0x0A { start += 1 }
        let length: Int
        if let ref = Self.reference("/Length", in: dictionary), let n = Int(try objectBody(ref)) { length = n }
        else if let r = dictionary.range(of: "/Length "), let n = Int(dictionary[r.upperBound...].prefix { $0.isNumber }) { length = n }
        else { throw Failure.unexpectedStructure("stream \(number) has no /Length") }
        guard start + length <= bytes.count else { throw Failure.unexpectedStructure("stream \(number) runs past the end") }
        return (bytes.slice(start..<(start + length)), dictionary)
    }

    /// The Info dictionary's `/Producer` string (Cairo's), for the XMP packet to repeat it exactly.
    private func infoProducer(_ trailer: Trailer) throws -> String? {
        guard let number = trailer.reference("/Info") else { return nil }
        let dictionary = try objectDictionary(number)
        guard let key = dictionary.range(of: "/Producer ("), let end = dictionary[key.upperBound...].range(of: ")\n")
                ?? dictionary[key.upperBound...].range(of: ") /") ?? dictionary[key.upperBound...].range(of: ")>>") else { return nil }
        return String(dictionary[key.upperBound..<end.lowerBound]).replacingOccurrences(of: "\\(", with: "(").replacingOccurrences(of: "\\)", with: ")")
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

    /// The trailer dictionary with `/ID [<id><id>]` (replacing one Cairo may have written).
    static func withIdentifier(_ dictionary: String, _ id: String) -> String {
        var d = dictionary
        if let existing = d.range(of: "/ID") , let close = d[existing.upperBound...].range(of: "]") {
            d.removeSubrange(existing.lowerBound..<close.upperBound)
        }
        if let close = d.range(of: ">>", options: .backwards) { d.replaceSubrange(close, with: "   /ID [<\(id)> <\(id)>]\n>>") }
        return d
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

    /// Object numbers of the structure elements of type `type` (`Figure`), in the order Cairo wrote them
    /// (document order), with the offset just after each one's `N 0 obj`.
    /// Scans bytes, not strings: the file is large and this runs on every build.
    func structureElements(ofType type: String) -> [(number: Int, offset: Int)] {
        objects(containing: "/Type /StructElem\n   /S /\(type)\n")
    }

    /// The objects (number, offset after `N 0 obj`) whose text contains `text`, in file order.
    func objects(containing text: String) -> [(number: Int, offset: Int)] {
        let needle = Array(text.utf8)
        let marker = Array(" 0 obj".utf8)
        var numbers: [(number: Int, offset: Int)] = []
        var from = 0
        while let at = find(needle, from: from) {
            // Walk back to the "N 0 obj" line that opens this object.
            var i = at - marker.count
            while i > 0 && !bytes.matches(marker, at: i) { i -= 1 }
            var start = i
            while start > 0 && bytes[start - 1] >= UInt8(ascii: "0") && bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
            if start < i, let n = Int(String(decoding: bytes.slice(start..<i), as: UTF8.self)) { numbers.append((n, i + marker.count)) }
            from = at + needle.count
        }
        return numbers
    }

    // MARK: - Reading what Cairo wrote

    struct Trailer {
        var dictionary: String
        var xrefOffset: Int
        func reference(_ key: String) -> Int? {
            guard let r = dictionary.range(of: key) else { return nil }
            let digits = dictionary[r.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }
            return Int(digits)
        }
    }

    func lastTrailer() throws -> Trailer {
        let tail = bytes.slice(max(0, bytes.count - 1024)..<bytes.count)
        func last(_ word: String) -> Int? {
            let w = Array(word.utf8)
            guard tail.count >= w.count else { return nil }
            return (0...(tail.count - w.count)).reversed().first { tail[$0..<($0 + w.count)].elementsEqual(w) }.map { $0 + w.count }
        }
        func first(_ word: String, from: Int) -> Int? {
            let w = Array(word.utf8)
            guard from <= tail.count - w.count else { return nil }
            return (from...(tail.count - w.count)).first { tail[$0..<($0 + w.count)].elementsEqual(w) }
        }
        // The number on the line after the last `startxref`, and the dictionary after the last `trailer`.
        let digits = last("startxref").map { tail[$0...].drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }.prefix { $0 >= 0x30 && $0 <= 0x39 } }
        guard let digits, let offset = Int(String(decoding: digits, as: UTF8.self)),
              let afterTrailer = last("trailer"), let dictStart = first("<<", from: afterTrailer),
              let dictEnd = first(">>", from: dictStart) else {
            throw Failure.unexpectedStructure("no trailer")
        }
        return Trailer(dictionary: String(decoding: tail[dictStart..<(dictEnd + 2)], as: UTF8.self), xrefOffset: offset)
    }

    /// The dictionary text of object `number` (the first `N 0 obj` at a line start).
    func objectDictionary(_ number: Int) throws -> String {
        let marker = Array("\n\(number) 0 obj".utf8)
        guard let at = objectStart(number) else { throw Failure.unexpectedStructure("object \(number) not found") }
        return try dictionary(at: at + marker.count, number: number)
    }

    /// The dictionary that starts at or after `offset` (just after an object's `N 0 obj`).
    func dictionary(at offset: Int, number: Int) throws -> String {
        try dictionaryAndEnd(at: offset, number: number).dictionary
    }

    /// The dictionary that starts at or after `offset`, and the offset just after its closing `>>`.
    func dictionaryAndEnd(at offset: Int, number: Int) throws -> (dictionary: String, end: Int) {
        var i = offset
        while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
        let start = i
        var depth = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "<") { depth += 1; i += 2; continue }
            if bytes[i] == UInt8(ascii: ">") && bytes[i + 1] == UInt8(ascii: ">") {
                depth -= 1; i += 2
                if depth == 0 { return (String(decoding: bytes.slice(start..<i), as: UTF8.self), i) }
                continue
            }
            i += 1
        }
        throw Failure.unexpectedStructure("object \(number) is not a dictionary")
    }

    func find(_ needle: [UInt8], from: Int = 0) -> Int? {
        bytes.firstIndex(of: needle, from: from)
    }

    // MARK: - Writing the update

    /// The new objects, a cross-reference section and a trailer, to append to the file as they are.
    private func appendix(objects: [(Int, [UInt8])], trailer: Trailer) -> [UInt8] {
        var out: [UInt8] = []
        if bytes.count > 0 && bytes[bytes.count - 1] != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        var offsets: [(Int, Int)] = []
        for (number, body) in objects {
            offsets.append((number, bytes.count + out.count))
            out += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = bytes.count + out.count
        var section = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.0 < $1.0 }) {
            let padded = String(repeating: "0", count: max(0, 10 - String(offset).count)) + String(offset)
            section += "\(number) 1\n\(padded) 00000 n \n"
        }
        var dictionary = trailer.dictionary
        if let close = dictionary.range(of: ">>", options: .backwards) {
            dictionary.replaceSubrange(close, with: "   /Prev \(trailer.xrefOffset)\n>>")
        }
        section += "trailer\n\(dictionary)\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(section.utf8)
        return out
    }
}

/// The bytes of a finished PDF, read by position: an array, or a file read a window at a time.
protocol PDFBytes {
    var count: Int { get }
    subscript(_ i: Int) -> UInt8 { get }
    func slice(_ range: Range<Int>) -> [UInt8]
    /// Where `needle` first occurs at or after `from`.
    func firstIndex(of needle: [UInt8], from: Int) -> Int?
}

extension PDFBytes {
    func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= count, let first = needle.first else { return nil }
        var i = max(0, from)
        let last = count - needle.count
        outer: while i <= last {
            if self[i] != first { i += 1; continue }
            for j in 1..<needle.count where self[i + j] != needle[j] { i += 1; continue outer }
            return i
        }
        return nil
    }

    func matches(_ needle: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= count else { return false }
        for j in needle.indices where self[i + j] != needle[j] { return false }
        return true
    }
}

extension Array: PDFBytes where Element == UInt8 {
    func slice(_ range: Range<Int>) -> [UInt8] { Array(self[range]) }

    /// memchr for the first byte, then memcmp: the whole file is searched on every build.
    func firstIndex(of needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, from >= 0, from + needle.count <= count else { return nil }
        return withUnsafeBytes { haystack -> Int? in
            needle.withUnsafeBytes { pattern -> Int? in
                guard let base = haystack.baseAddress, let pattern = pattern.baseAddress else { return nil }
                let last = count - needle.count
                var i = from
                while i <= last {
                    guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, pattern, needle.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }
}

/// A file read through a one-megabyte window, so scanning a large PDF costs a megabyte of memory.
final class PDFFileBytes: PDFBytes {
    private let handle: FileHandle
    let count: Int
    private var window: [UInt8] = []
    private var windowStart = 0
    private let windowSize: Int

    /// `windowSize`: bytes read at a time (a megabyte; tests use small windows to cross their edges).
    init(_ url: URL, windowSize: Int = 1 << 20) throws {
        handle = try FileHandle(forReadingFrom: url)
        count = Int(try handle.seekToEnd())
        self.windowSize = max(16, windowSize)
    }

    deinit { try? handle.close() }

    subscript(_ i: Int) -> UInt8 {
        if i < windowStart || i >= windowStart + window.count { load(around: i) }
        let k = i - windowStart
        return window.indices.contains(k) ? window[k] : 0
    }

    func slice(_ range: Range<Int>) -> [UInt8] { range.map { self[$0] } }

    /// The whole file in one read (for a file small enough to hold).
    func contents() throws -> [UInt8] {
        try handle.seek(toOffset: 0)
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    private func load(around i: Int) {
        windowStart = (i / windowSize) * windowSize
        do {
            try handle.seek(toOffset: UInt64(windowStart))
            window = [UInt8](try handle.read(upToCount: windowSize) ?? Data())
        } catch {
            window = []
        }
    }
}

/// The object offsets of one file, found once (see `PDFIncrementalUpdate.objectStart`).
final class ObjectIndex {
    var offsets: [Int: Int]?
}
