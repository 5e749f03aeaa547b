import ArgumentParser
import Foundation
import FolioKit

/// `folio watch SPEC`: rebuilds whenever the spec or one of its data files changes. A broken input
/// prints its diagnostics and leaves the last good output in place; the watch goes on.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: "Rebuild a spec whenever it or its data changes.")

    @Argument(help: "The report spec (YAML).")
    var spec: String

    @Option(name: .shortAndLong, help: "Folder to write into.")
    var output: String = "Output"

    @Option(help: "How often to look for changes, in milliseconds.")
    var interval: Int = 300

    @Option(help: "Stop after this many builds (for scripts and tests; default: never).")
    var maxBuilds: Int?

    @OptionGroup var reporting: Reporting

    @OptionGroup var parameters: SpecParameters

    func validate() throws {
        guard interval >= 20 && interval <= 60_000 else { throw ValidationError("--interval must be between 20 and 60000 ms") }
    }

    func run() throws {
        var builds = 0
        // One project for every rebuild: its engines (and the fonts they loaded) are kept between builds.
        let project = Project(specs: [spec], parameters: parameters.values, output: output, options: .init(jobs: Build.everyCore))
        var watched = project.inputFiles() ?? [spec]
        var lastSeen: [String: String] = [:]
        let printer = EventPrinter(reporting: reporting)
        SignalHandlers.removeTemporaryFilesOnSignals()
        while true {
            // Stamps are taken before building, so an edit made during a build triggers the next one.
            let current = Dictionary(uniqueKeysWithValues: watched.map { ($0, Self.stamp($0)) })
            if current != lastSeen {
                lastSeen = current
                builds += 1
                print("[\(Self.clock())] building \(spec)")
                if project.build(events: printer.print).outcome != .success {
                    print("[\(Self.clock())] build failed; the previous output is unchanged; watching for changes")
                }
                // Watch whatever the spec reads now (data files may have been added or renamed);
                // files newly watched count as seen as they were before this build.
                if let now = project.inputFiles(), now != watched {
                    for file in now where lastSeen[file] == nil { lastSeen[file] = current[file] ?? Self.stamp(file) }
                    watched = now
                }
                if let maxBuilds, builds >= maxBuilds { return }
            }
            usleep(useconds_t(interval * 1000))
        }
    }

    /// Size, modification time (to the nanosecond) and inode of a file: enough to notice an edit, including
    /// an editor's save that replaces the file. From `stat`: FileManager's attributes also read /etc/passwd
    /// and /etc/group for the owner's names, on every poll.
    static func stamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_size)@\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)#\(info.st_ino)"
    }

    static func clock() -> String {
        let f = DateFormatter()
        f.dateFormat = "HH:mm:ss"
        return f.string(from: Date())
    }
}
