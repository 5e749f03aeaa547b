/// An object stream decoded (ISO 32000-1, 7.5.7): `/N` pairs `number offset` at the start, then the objects'
/// texts from `/First` on.
struct PDFObjectStream {
    let number: Int
    let data: [UInt8]
    /// Each object's number and where its text starts in `data`, in stream order.
    let members: [(number: Int, start: Int)]

    init(number: Int, dictionary: [String: PDFValue], data: [UInt8]) throws {
        guard dictionary["/Type"]?.name == "/ObjStm", let count = dictionary["/N"]?.integer,
              let first = dictionary["/First"]?.integer, first <= data.count else {
            throw PDFCrossReference.Failure(description: "object \(number) is not an object stream")
        }
        var parser = PDFParser(data, end: first)
        var members: [(number: Int, start: Int)] = []
        for _ in 0..<count {
            guard let n = parser.integer(), let offset = parser.integer(), first + offset <= data.count else {
                throw PDFCrossReference.Failure(description: "object stream \(number)'s header is malformed")
            }
            members.append((n, first + offset))
        }
        self.number = number
        self.data = data
        self.members = members
    }

    /// The text and value of the `index`-th object, which must be object `number`.
    func object(_ number: Int, at index: Int) throws -> (text: [UInt8], value: PDFValue) {
        guard members.indices.contains(index), members[index].number == number else {
            throw PDFCrossReference.Failure(description: "object \(number) is not at index \(index) of object stream \(self.number)")
        }
        // The value's own syntax says where it ends.
        var parser = PDFParser(data, at: members[index].start)
        parser.skipSpace()
        let start = parser.position
        let value = try parser.value()
        return (Array(data[start..<parser.position]), value)
    }
}
