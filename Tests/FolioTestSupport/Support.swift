import FolioSpec
import Foundation

/// Paths, processes and temporary folders shared by Folio's tests.
package enum TestSupport {
    /// The package root (the folder holding Package.swift).
    package static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The ALERT report spec.
    package static var alertSpec: String { root.appendingPathComponent("ReportSpecs/alert-annual-report-2023-24.yaml").path }
    package static var releaseSpec: String { root.appendingPathComponent("ReportSpecs/release-charts-2023-24.yaml").path }

    /// The debug `folio` binary (`swift build` runs before `swift test` in `make test`).
    package static var folio: String { product("folio") }

    /// The folder holding the products of this build: the one the running test bundle is in when it holds
    /// them (so `swift test --scratch-path .build-debian13` runs its own `folio`, not the host's in `.build`),
    /// else `.build/debug`; `FOLIO_TEST_PRODUCTS` names it explicitly.
    package static let products: URL = {
        if let explicit = ProcessInfo.processInfo.environment["FOLIO_TEST_PRODUCTS"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if FileManager.default.isExecutableFile(atPath: bundle.appendingPathComponent("folio").path) { return bundle }
        return root.appendingPathComponent(".build/debug")
    }()

    /// A program built with the tests (`folio`, `folio-fuzz`, `folio-floor`).
    package static func product(_ name: String) -> String { products.appendingPathComponent(name).path }

    /// A fresh empty folder, inside this test run's own folder, which is removed when the run exits so
    /// `make test` leaves nothing behind in the system's temporary folder (set `FOLIO_KEEP_TEST_FILES=1` to
    /// keep it for a look after a failure; its path is printed then).
    /// Every diagnostic of reading `yaml` with `files` (relative paths to contents) beside it; none when it reads.
    package static func specDiagnostics(_ yaml: String, files: [String: String]) throws -> [Diagnostic] {
        let dir = try temporaryDirectory()
        for (name, text) in files { try write(text, to: name, in: dir) }
        let spec = try write(yaml, to: "spec.yaml", in: dir)
        do {
            _ = try SpecReader().read(path: spec.path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    package static func temporaryDirectory() throws -> URL {
        let url = try TestRunFolder.root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh folder holding a copy of `ReportSpecs/` (specs and data), to edit and build in.
    package static func specWorkspace() throws -> URL {
        let dir = try temporaryDirectory()
        try FileManager.default.copyItem(at: root.appendingPathComponent("ReportSpecs"), to: dir.appendingPathComponent("ReportSpecs"))
        return dir
    }

    /// Every file under `folder` (relative path → bytes) but the build manifest, so a leftover temporary
    /// file shows up as a difference.
    package static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] where !path.hasSuffix(".folio-manifest.json") {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Writes `text` to `name` inside `directory` (creating subfolders).
    @discardableResult
    package static func write(_ text: String, to name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// What a finished process printed and how it exited.
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        package var stdoutData: Data
    }

    /// Runs a program to completion.
    package static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // stderr goes to a file so a chatty process can never block on a full pipe while stdout is read.
        let errURL = try TestRunFolder.root.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// A spec written as `name`.yaml in a new folder and built with the CLI, then `folio check --pdf` (qpdf,
    /// pdfua, the structure read-back) run on its PDF: the PDF and both runs, for the caller's expectations.
    package static func buildAndCheckPDF(yaml: String, named name: String) throws -> (pdf: URL, build: Result, check: Result) {
        let dir = try temporaryDirectory()
        let spec = try write(yaml, to: "\(name).yaml", in: dir)
        return try buildAndCheckPDF(spec.path, output: dir.appendingPathComponent("out"))
    }

    /// The spec at `spec` built into `output` (a new folder by default) and its PDF checked, as above.
    package static func buildAndCheckPDF(_ spec: String, output: URL? = nil) throws -> (pdf: URL, build: Result, check: Result) {
        let out = try output ?? temporaryDirectory()
        let build = try folioBuild(spec, output: out)
        let pdf = out.appendingPathComponent(((spec as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf")
        let check = try run(folio, ["check", "--pdf", pdf.path], currentDirectory: root)
        return (pdf, build, check)
    }

    /// Builds a spec with the CLI into `output`.
    package static func folioBuild(_ spec: String, output: URL, environment: [String: String] = [:]) throws -> Result {
        try run(folio, ["build", spec, "--output", output.path, "--quiet"], environment: environment)
    }

    /// `pdftotext -layout` of a PDF (throws when pdftotext fails; see `Poppler` for the other tools).
    package static func pdfText(_ pdf: URL) throws -> String {
        try Poppler.text(pdf)
    }
}
