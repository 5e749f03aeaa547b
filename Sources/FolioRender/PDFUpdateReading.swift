import FolioPDF

/// How the update reads what Cairo wrote: every object through the file's cross-reference (`PDFObjects`), so
/// the same code serves Cairo 1.16's plain objects and the object streams of Cairo 1.17.6 and later. Edits are
/// made on an object's own text (a dictionary's `<< … >>`), never on the file around it.
extension PDFIncrementalUpdate {
    /// The text of object `number`'s value: a dictionary's `<< … >>` (a stream's dictionary), an array, a number.
    func objectDictionary(_ number: Int) throws -> String {
        do {
            return String(decoding: try objects.object(number).text, as: UTF8.self)
        } catch {
            throw Failure.unexpectedStructure("object \(number): \(error)")
        }
    }

    /// The same, for objects that are not dictionaries (the parent tree's arrays).
    func objectBody(_ number: Int) throws -> String { try objectDictionary(number) }

    /// The raw (still encoded) data of stream object `number`, and its dictionary.
    func streamData(_ number: Int) throws -> (data: [UInt8], dictionary: [String: PDFValue]) {
        do {
            let (dictionary, data) = try objects.rawStream(number)
            return (data, dictionary)
        } catch {
            throw Failure.unexpectedStructure("stream \(number): \(error)")
        }
    }

    /// Object numbers of the structure elements of type `type` (`Figure`) in document order, which is the
    /// order Folio began them in (see `WrittenElements`).
    func structureElements(ofType type: String) -> [Int] {
        if elements.byType == nil {
            var byType: [String: [Int]] = [:]
            objects.forEachStructureElement { byType[String($0.type.dropFirst()), default: []].append($0.number) }
            elements.byType = byType
        }
        return elements.byType?[type] ?? []
    }
}

/// The structure elements of one file by type, found once (a long report has tens of thousands).
final class ElementIndex {
    var byType: [String: [Int]]?
}
