import ArgumentParser
import Foundation
import FolioCairo
import FolioKit

/// `folio diff OLD NEW`: what changed between two PDFs (or two output folders): which pages, a
/// side-by-side PNG of each changed page, and the changed lines of text (which figures changed).
/// Uses poppler's pdftoppm and pdftotext to read the PDFs.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show which pages and figures changed between two PDFs or two output folders.",
        discussion: "Exit 0 when they are the same, 3 when they differ.")

    @Argument(help: "The old PDF or output folder.")
    var old: String

    @Argument(help: "The new PDF or output folder.")
    var new: String

    @Option(name: .shortAndLong, help: "Folder for side-by-side PNGs of changed pages.")
    var output: String = "Output/diff"

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: old, isDirectory: &isDirectory) else { throw ValidationError("no such file: \(old)") }
        let differences: Int
        if isDirectory.boolValue {
            differences = try compareFolders()
        } else {
            guard FileManager.default.fileExists(atPath: new) else { throw ValidationError("no such file: \(new)") }
            differences = try comparePDFs(old, new, label: (new as NSString).lastPathComponent)
        }
        if differences == 0 { print("no differences") }
        if differences > 0 { throw FolioExit.stale }
    }

    private func compareFolders() throws -> Int {
        let oldFiles = Set(Self.files(in: old)), newFiles = Set(Self.files(in: new))
        var count = 0
        for f in oldFiles.subtracting(newFiles).sorted() { print("removed: \(f)"); count += 1 }
        for f in newFiles.subtracting(oldFiles).sorted() { print("added: \(f)"); count += 1 }
        for f in oldFiles.intersection(newFiles).sorted() {
            let a = (old as NSString).appendingPathComponent(f), b = (new as NSString).appendingPathComponent(f)
            guard FileManager.default.contents(atPath: a) != FileManager.default.contents(atPath: b) else { continue }
            if f.hasSuffix(".pdf") {
                count += try comparePDFs(a, b, label: f)
            } else if f.hasSuffix(".png") {
                print("changed: \(f)")
                if let bytes = SideBySide.compose(old: a, new: b) {
                    let target = (output as NSString).appendingPathComponent(f.replacingOccurrences(of: "/", with: "__"))
                    try OutputFile.write(bytes, to: target)
                    print("  side by side: \(target)")
                }
                count += 1
            } else {
                print("changed: \(f)")
                count += 1
            }
        }
        return count
    }

    /// Compares two PDFs page by page; returns the number of changed pages (plus any difference in page count).
    private func comparePDFs(_ a: String, _ b: String, label: String) throws -> Int {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("folio-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let oldPages = try Self.renderPages(a, into: work.appendingPathComponent("old").path)
        let newPages = try Self.renderPages(b, into: work.appendingPathComponent("new").path)
        let oldText = try Self.pageTexts(a), newText = try Self.pageTexts(b)
        var changed = 0
        if oldPages.count != newPages.count {
            print("\(label): \(oldPages.count) pages → \(newPages.count) pages")
            changed += 1
        }
        for i in 0..<max(oldPages.count, newPages.count) {
            let oldPage = i < oldPages.count ? oldPages[i] : nil, newPage = i < newPages.count ? newPages[i] : nil
            let same: Bool = {
                guard let oldPage, let newPage, let x = RasterImage(pngFile: oldPage), let y = RasterImage(pngFile: newPage) else { return false }
                return x.width == y.width && x.height == y.height && x.pixels == y.pixels
            }()
            let textBefore = i < oldText.count ? oldText[i] : [], textAfter = i < newText.count ? newText[i] : []
            if same && textBefore == textAfter { continue }
            changed += 1
            print("\(label): page \(i + 1) changed")
            let removed = textBefore.filter { !textAfter.contains($0) }, added = textAfter.filter { !textBefore.contains($0) }
            for line in removed { print("  - \(line)") }
            for line in added { print("  + \(line)") }
            let figures = Self.changedFigures(removed: removed, added: added)
            if !figures.isEmpty { print("  figures: " + figures.joined(separator: ", ")) }
            if let oldPage, let newPage, let bytes = SideBySide.compose(old: oldPage, new: newPage) {
                let stem = ((label as NSString).deletingPathExtension).replacingOccurrences(of: "/", with: "__")
                let target = (output as NSString).appendingPathComponent("\(stem)-page-\(i + 1).png")
                try OutputFile.write(bytes, to: target)
                print("  side by side: \(target)")
            }
        }
        return changed
    }

    /// The figures that changed between lines that differ only in figures (a table row, or a sentence
    /// whose figure comes from the data): `56 → 57`, paired line by line in order.
    static func changedFigures(removed: [String], added: [String]) -> [String] {
        var out: [String] = []
        for (a, b) in zip(removed, added) {
            let x = a.split(separator: " "), y = b.split(separator: " ")
            guard x.count == y.count else { continue }
            let pairs = zip(x, y).filter { $0 != $1 }
            guard !pairs.isEmpty, pairs.allSatisfy({ $0.contains(where: \.isNumber) && $1.contains(where: \.isNumber) }) else { continue }
            // A figure printed twice on a page (a key figure and its table row) is named once.
            for change in pairs.map({ "\($0) → \($1)" }) where !out.contains(change) { out.append(change) }
        }
        return out
    }

    /// Pages as PNG files at 60 dpi (poppler's pdftoppm), in order.
    static func renderPages(_ pdf: String, into prefix: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: (prefix as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let status = try ExternalTool.run("pdftoppm", ["-png", "-r", "60", pdf, prefix]).status
        guard status == 0 else { throw ValidationError("pdftoppm could not read \(pdf) (is poppler-utils installed?)") }
        let folder = (prefix as NSString).deletingLastPathComponent, stem = (prefix as NSString).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(".png") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Each page's non-empty lines of text, whitespace collapsed (pdftotext -layout, pages split at form feeds).
    static func pageTexts(_ pdf: String) throws -> [[String]] {
        let result = try ExternalTool.run("pdftotext", ["-layout", pdf, "-"])
        guard result.status == 0 else { throw ValidationError("pdftotext could not read \(pdf)") }
        return result.output.components(separatedBy: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
        }
    }

    static func files(in folder: String) -> [String] {
        (FileManager.default.subpaths(atPath: folder) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(path), isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && !(path as NSString).lastPathComponent.hasPrefix(".")
        }
    }
}
