import Foundation

/// Runs a command-line tool the CLI relies on (poppler, qpdf, pdfua) and collects its standard output;
/// standard error is discarded, callers judge by the status. A bare name is looked up on PATH (through
/// `env`, so status 127 means "not found"); a path is run as it is.
enum ExternalTool {
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/env")
        process.arguments = tool.hasPrefix("/") ? arguments : [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
