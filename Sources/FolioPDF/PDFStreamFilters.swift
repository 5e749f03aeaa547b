/// Decodes a stream's data by its `/Filter` and `/DecodeParms` (ISO 32000-1, 7.4): `/FlateDecode`, with or
/// without a PNG predictor (`/Predictor` 10–15, as qpdf writes cross-reference streams), is what Cairo and qpdf
/// write for everything Folio reads back. Other filters (a JPEG's `/DCTDecode`) are left encoded, as
/// `qpdf --decode-level=generalized` leaves them.
package enum PDFStreamFilters {
    package struct DecodeError: Error, CustomStringConvertible {
        package var description: String
    }

    /// The decoded data; the data as it is when the filter is not one read here.
    package static func decode(_ data: [UInt8], dictionary: [String: PDFValue]) throws -> [UInt8] {
        let filters = dictionary["/Filter"].map { $0.array ?? [$0] } ?? []
        let parameters = dictionary["/DecodeParms"].map { $0.array ?? [$0] } ?? []
        var out = data
        for (i, filter) in filters.enumerated() {
            guard filter.name == "/FlateDecode" || filter.name == "/Fl" else { return out }
            guard let inflated = FlateCodec.inflate(out) else { throw DecodeError(description: "a Flate stream does not inflate") }
            out = inflated
            if i < parameters.count, let predictor = parameters[i]["/Predictor"]?.integer, predictor >= 10 {
                out = try unpredictPNG(out, parameters: parameters[i])
            } else if i < parameters.count, let predictor = parameters[i]["/Predictor"]?.integer, predictor > 1 {
                throw DecodeError(description: "predictor \(predictor) (TIFF) is not read")
            }
        }
        return out
    }

    /// Rows of PNG-filtered bytes (each row led by its filter type: none, sub, up, average, Paeth) undone.
    static func unpredictPNG(_ data: [UInt8], parameters: PDFValue) throws -> [UInt8] {
        let colors = parameters["/Colors"]?.integer ?? 1
        let bits = parameters["/BitsPerComponent"]?.integer ?? 8
        let columns = parameters["/Columns"]?.integer ?? 1
        let pixelBytes = max(1, colors * bits / 8)
        let rowBytes = (colors * bits * columns + 7) / 8
        guard rowBytes > 0 else { throw DecodeError(description: "a predictor row of no bytes") }
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var i = 0
        while i < data.count {
            let type = data[i]
            var row = Array(data[(i + 1)..<min(i + 1 + rowBytes, data.count)])
            row += [UInt8](repeating: 0, count: rowBytes - row.count)
            for k in 0..<rowBytes {
                let left = k >= pixelBytes ? Int(row[k - pixelBytes]) : 0
                let up = Int(previous[k]), upLeft = k >= pixelBytes ? Int(previous[k - pixelBytes]) : 0
                let add: Int
                switch type {
                case 0: add = 0
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4: add = paeth(left, up, upLeft)
                default: throw DecodeError(description: "PNG row filter \(type)")
                }
                row[k] = UInt8(truncatingIfNeeded: Int(row[k]) + add)
            }
            out += row
            previous = row
            i += 1 + rowBytes
        }
        return out
    }

    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}
