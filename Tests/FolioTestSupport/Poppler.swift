import Foundation

/// Poppler's command-line tools (`pdftotext`, `pdffonts`, `pdfinfo`) run on a PDF, their
/// output parsed. A tool that fails throws with its stderr, so a broken PDF never passes as empty output.
package enum Poppler {
    package struct ToolError: Error, CustomStringConvertible {
        package let description: String
    }

    static func checked(_ tool: String, _ arguments: [String]) throws -> TestSupport.Result {
        let result = try TestSupport.run(tool, arguments)
        guard result.status == 0 else {
            throw ToolError(description: "\(tool) \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result
    }

    /// `pdftotext -layout`: the text of every page, columns kept apart by spaces, pages ended by form feeds.
    package static func text(_ pdf: URL) throws -> String {
        try checked("pdftotext", ["-layout", "-enc", "UTF-8", pdf.path, "-"]).stdout
    }

    /// The `-layout` text of each page.
    package static func pageTexts(_ pdf: URL) throws -> [String] {
        var pages = try text(pdf).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// One row of `pdffonts`.
    package struct Font: Equatable {
        package var name: String
        package var type: String
        package var encoding: String
        package var embedded: Bool
        package var subset: Bool
        package var unicode: Bool
    }

    /// Every font `pdffonts` lists. The columns are read from the right (type names contain spaces).
    package static func fonts(_ pdf: URL) throws -> [Font] {
        let lines = try checked("pdffonts", [pdf.path]).stdout.split(separator: "\n").map(String.init)
        guard lines.count >= 2, lines[0].hasPrefix("name"), lines[1].hasPrefix("---") else {
            throw ToolError(description: "unexpected pdffonts output:\n\(lines.joined(separator: "\n"))")
        }
        return try lines.dropFirst(2).map { line in
            let words = line.split(separator: " ").map(String.init)
            // name, type (1–3 words), encoding, emb, sub, uni, object, id
            guard words.count >= 8 else { throw ToolError(description: "unexpected pdffonts row: \(line)") }
            let n = words.count
            return Font(name: words[0], type: words[1..<(n - 6)].joined(separator: " "), encoding: words[n - 6],
                        embedded: words[n - 5] == "yes", subset: words[n - 4] == "yes", unicode: words[n - 3] == "yes")
        }
    }

    /// `pdfinfo` as a dictionary: `Title`, `Tagged`, `Pages`, …
    package static func info(_ pdf: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try checked("pdfinfo", [pdf.path]).stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }
}
