import Foundation

/// The one folder a test run puts its temporary files in, `folio-tests-<pid>` in the system's temporary
/// folder, removed when the process exits: one folder per test used to be left behind on every run.
enum TestRunFolder {
    /// Created on first use; throws when the temporary folder cannot be written.
    static var root: URL {
        get throws {
            switch created {
            case .success(let url): return url
            case .failure(let error): throw error
            }
        }
    }

    private static let created: Result<URL, Error> = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-tests-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            // A folder left by an earlier process with the same id (after a crash) is not ours to keep.
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            return .failure(error)
        }
        removalPath = strdup(url.path)
        atexit {
            guard let path = TestRunFolder.removalPath else { return }
            let folder = String(cString: path)
            if ProcessInfo.processInfo.environment["FOLIO_KEEP_TEST_FILES"] == "1" {
                print("test files kept in \(folder)")
            } else {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
        return .success(url)
    }()

    /// The folder's path for the exit handler, which cannot capture context.
    nonisolated(unsafe) private static var removalPath: UnsafeMutablePointer<CChar>?
}
