import Foundation

/// The PDF checkers available on this machine, run on a built PDF: `pdfua` (PyPI; the machine-checkable
/// subset of PDF/UA-1, installed into `.tools-venv` by `scripts/install-deps.sh`) and `qpdf --check`
/// (syntax, cross-reference and stream encoding). A missing checker throws: a conformance test that cannot
/// run must fail, not pass.
package enum Validators {
    /// One `pdfua` finding: the rule, its severity (`error`, `warning`, `info`) and where.
    package struct Finding: Hashable, CustomStringConvertible {
        package var rule: String
        package var severity: String
        package var location: String
        package var message: String
        package var description: String { "[\(severity)] \(rule) \(location): \(message)" }
    }

    /// The `pdfua` program: `FOLIO_PDFUA` (as `folio check` reads it; the Debian 13 run sets it to a venv
    /// inside its root), else the venv's, else one on PATH.
    package static func pdfuaExecutable() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["FOLIO_PDFUA"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        let venv = TestSupport.root.appendingPathComponent(".tools-venv/bin/pdfua").path
        if FileManager.default.isExecutableFile(atPath: venv) { return venv }
        let which = try TestSupport.run("which", ["pdfua"])
        let path = which.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard which.status == 0, !path.isEmpty else {
            throw Poppler.ToolError(description: "pdfua is not installed: run scripts/install-deps.sh (make deps)")
        }
        return path
    }

    /// Every finding `pdfua check` reports on `pdf`, read from its JSON output.
    package static func pdfua(_ pdf: URL) throws -> [Finding] {
        let result = try TestSupport.run(try pdfuaExecutable(), ["check", "--format", "json", pdf.path])
        // Exit 0–3 are "clean" to "errors found"; anything else means the file or the call was bad.
        guard (0...3).contains(result.status) else {
            throw Poppler.ToolError(description: "pdfua exited \(result.status) on \(pdf.path): \(result.stderr)")
        }
        guard let json = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any],
              let findings = json["findings"] as? [[String: Any]] else {
            throw Poppler.ToolError(description: "unexpected pdfua output: \(result.stdout.prefix(500))")
        }
        return findings.map {
            Finding(rule: $0["rule_id"] as? String ?? "?", severity: $0["severity"] as? String ?? "?",
                    location: $0["location"] as? String ?? "", message: $0["message"] as? String ?? "")
        }
    }

    /// `qpdf --check`: nil when the file is sound, else what qpdf said (it exits 2 on errors, 3 on warnings).
    package static func qpdfProblems(_ pdf: URL) throws -> String? {
        let result = try TestSupport.run("qpdf", ["--check", pdf.path])
        return result.status == 0 ? nil : "qpdf --check exited \(result.status):\n\(result.stdout)\(result.stderr)"
    }
}
