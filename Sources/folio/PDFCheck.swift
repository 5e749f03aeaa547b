import Foundation

/// `folio check --pdf FILE`: a built PDF through every checker there is here — `qpdf --check` (syntax,
/// cross-reference, streams), `pdfua` (the machine-checkable subset of PDF/UA-1; from PyPI, which
/// `scripts/install-deps.sh` installs into `.tools-venv`) and Folio's own read-back of what those two do not
/// cover (`PDFReadBack`). A checker that is not installed is a problem, not a pass.
struct PDFCheck {
    let path: String

    /// Every problem found, each a sentence naming the checker; empty when the file passes all three.
    func problems() -> [String] {
        var problems: [String] = []
        guard FileManager.default.isReadableFile(atPath: path) else { return ["cannot read \(path)"] }
        do {
            let qpdf = try Self.run("qpdf", ["--check", path])
            if qpdf.status != 0 { problems.append("qpdf --check exited \(qpdf.status): \(qpdf.output.suffix(400))") }
        } catch { problems.append("qpdf is not installed (scripts/install-deps.sh installs it)") }
        if let pdfua = Self.pdfua() {
            do {
                let result = try Self.run(pdfua, ["check", "--format", "text", path])
                if result.status != 0 {
                    let findings = result.output.split(separator: "\n").filter { $0.contains("[ERROR]") || $0.contains("[WARN") || $0.contains("[INFO") }
                    problems.append("pdfua exited \(result.status):\n" + findings.joined(separator: "\n"))
                }
            } catch { problems.append("pdfua could not run: \(error)") }
        } else {
            problems.append("pdfua is not installed (scripts/install-deps.sh installs it into .tools-venv)")
        }
        do {
            // The same problem many times (every TH without a scope) is said once, with its count.
            var counts: [String: Int] = [:], order: [String] = []
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            for problem in try PDFReadBack(bytes: bytes).problems() {
                if counts[problem] == nil { order.append(problem) }
                counts[problem, default: 0] += 1
            }
            problems += order.map { "read-back: " + $0 + (counts[$0, default: 1] > 1 ? " (×\(counts[$0, default: 1]))" : "") }
        } catch {
            problems.append("read-back: \(error)")
        }
        return problems
    }

    /// `FOLIO_PDFUA`, else `.tools-venv/bin/pdfua` in the current folder or a folder above the `folio`
    /// binary (the checkout it was built in), else `pdfua` on PATH.
    static func pdfua() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["FOLIO_PDFUA"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
        var folders = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var up = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while up.path != "/" && folders.count < 12 { folders.append(up); up.deleteLastPathComponent() }
        for folder in folders {
            let venv = folder.appendingPathComponent(".tools-venv/bin/pdfua").path
            if FileManager.default.isExecutableFile(atPath: venv) { return venv }
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/pdfua"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A tool's output; a tool that is not installed is an error saying so, not an empty report.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ExternalTool.run(tool, arguments)
        if result.status == 127 { throw PDFReadBack.ReadBackError(description: "\(tool) not found") }
        return result
    }
}
