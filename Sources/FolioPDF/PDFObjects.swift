/// A PDF's objects by number, read through its cross-reference (`PDFCrossReference`): wherever an object is
/// stored — at a byte offset (Cairo 1.16) or inside an object stream (Cairo 1.17.6 and later, qpdf) — it is
/// found in one step, and its text and value are the same. The single reader of PDFs in Folio: the update that
/// adds what Cairo cannot write, `folio check --pdf` and the tests all go through it.
///
/// A class because it keeps the last object streams it decoded: reading objects in order decodes each once.
package final class PDFObjects<Bytes: PDFBytes> {
    package typealias Failure = PDFCrossReference.Failure

    /// An object as stored: its value's text (a dictionary's `<< … >>`, an array's `[ … ]`) and parsed value,
    /// and for a stream the range of its (still encoded) data in the file.
    package struct Object {
        package var number: Int
        package var text: [UInt8]
        package var value: PDFValue
        package var streamData: Range<Int>?
    }

    package let bytes: Bytes
    package let crossReference: PDFCrossReference
    private var objectStreams: [Int: PDFObjectStream] = [:]

    package init(_ bytes: Bytes) throws {
        self.bytes = bytes
        crossReference = try PDFCrossReference(bytes)
    }

    /// The newest trailer (see `PDFCrossReference.trailer`).
    package var trailer: [String: PDFValue] { crossReference.trailer }

    /// The numbers of the objects in use, ascending.
    package var numbers: [Int] {
        crossReference.entries.numbered.compactMap { $0.entry == .free ? nil : $0.number }
    }

    /// Object `number` as stored; an error when the file lacks it.
    package func object(_ number: Int) throws -> Object {
        switch crossReference.entries[number] {
        case .offset(let offset): return try objectAt(offset, number: number)
        case .compressed(let stream, let index): return try compressedObject(number, stream: stream, index: index)
        case .free, nil: throw Failure(description: "object \(number) is not in the file")
        }
    }

    /// Object `number`'s value, or nil when the file lacks it or it does not parse.
    package func value(_ number: Int) -> PDFValue? { try? object(number).value }

    /// `value` itself, or the object it refers to.
    package func resolve(_ value: PDFValue?) -> PDFValue? {
        guard let value else { return nil }
        if case .reference(let n) = value { return self.value(n) }
        return value
    }

    /// `value`, resolved, when it is a dictionary (a stream's dictionary for a stream).
    package func dictionary(_ value: PDFValue?) -> [String: PDFValue]? { resolve(value)?.dictionary }

    /// Stream `number`'s dictionary and data as stored (still encoded).
    package func rawStream(_ number: Int) throws -> (dictionary: [String: PDFValue], data: [UInt8]) {
        let object = try object(number)
        guard let range = object.streamData, let dictionary = object.value.dictionary else {
            throw Failure(description: "object \(number) is not a stream")
        }
        return (dictionary, bytes.slice(range))
    }

    /// Stream `number`'s data decoded (see `PDFStreamFilters`).
    package func decodedStream(_ number: Int) throws -> [UInt8] {
        let (dictionary, data) = try rawStream(number)
        return try PDFStreamFilters.decode(data, dictionary: dictionary)
    }

    /// Bytes copied to read an object of a file read through a window (see `shortObject`).
    static var shortObjectLength: Int { 320 }

    private func objectAt(_ offset: Int, number: Int) throws -> Object {
        if !(bytes is [UInt8]), let object = Self.shortObject(bytes.slice(offset..<(offset + Self.shortObjectLength)), number: number) {
            return object
        }
        var parser = PDFParser(bytes, at: offset)
        let found = try parser.objectHeader()
        guard found == number else { throw Failure(description: "the xref puts object \(number) where object \(found) is") }
        parser.skipSpace()
        let start = parser.position
        let value = try parser.value()
        let text = bytes.slice(start..<parser.position)
        guard value.dictionary != nil else { return Object(number: number, text: text, value: value, streamData: nil) }
        let length = resolve(value["/Length"])?.integer
        return Object(number: number, text: text, value: value, streamData: try parser.streamData(length: length))
    }

    /// Object `number` read from `copy`, a copy of the file's bytes from where it starts, when it is not a
    /// stream and ends inside the copy (`endobj` read); nil otherwise, for the caller to read it in the file.
    ///
    /// Why: a file read through a window (`PDFFileBytes`) gives its bytes one at a time through the window,
    /// and the update of a 100,000-row table reads half a million structure elements, nearly all under 200
    /// bytes. Parsed from a contiguous copy, reading them took half the time. Any error is left to the reading
    /// in the file, which reports it where it is.
    static func shortObject(_ copy: [UInt8], number: Int) -> Object? {
        var parser = PDFParser(copy)
        guard let found = try? parser.objectHeader(), found == number else { return nil }
        parser.skipSpace()
        let start = parser.position
        guard let value = try? parser.value() else { return nil }
        let end = parser.position
        guard parser.take("endobj") else { return nil }
        return Object(number: number, text: Array(copy[start..<end]), value: value, streamData: nil)
    }

    private func compressedObject(_ number: Int, stream: Int, index: Int) throws -> Object {
        let container: PDFObjectStream
        if let cached = objectStreams[stream] {
            container = cached
        } else {
            let (dictionary, data) = try rawStream(stream)
            container = try PDFObjectStream(number: stream, dictionary: dictionary,
                                            data: try PDFStreamFilters.decode(data, dictionary: dictionary))
            // A few at a time: objects are mostly read in order, and a long report has thousands of streams.
            if objectStreams.count >= 8 { objectStreams.removeAll(keepingCapacity: true) }
            objectStreams[stream] = container
        }
        let (text, value) = try container.object(number, at: index)
        return Object(number: number, text: text, value: value, streamData: nil)
    }
}
