import Foundation
import FolioCairo
import FolioRender
import FolioSpec

/// A set of specs built into one output folder, as `folio build` does: every report (a spec, each edition,
/// each matrix entity) read and checked once, its outputs planned (the PDF, its chart images, previews), those
/// whose inputs changed rendered through one pool of engines, each report's files written as a set (all or
/// none, a journal putting the previous set back after a kill), and the manifest of fingerprints kept.
///
///     let project = Project(specs: ["ReportSpecs/annual-report.yaml"], output: "Output")
///     let result = project.build { event in print(event) }
///     if result.outcome != .success { … result.diagnostics … }
///
/// A project changes nothing process-wide: no signal handler (a host calls `abandonWrites` from its own),
/// no thread pinned, fonts through Folio's own fontconfig configuration. Builds of one project run one at
/// a time; the pool of engines is kept between them (a `watch` rebuilds with warm fonts).
public final class Project {
    /// How a build goes; the defaults are `folio build`'s.
    public struct Options: Sendable {
        /// Parallel workers (engines): every core this process may use by default.
        public var jobs: Int
        /// Only this slice of the reports (for CI matrices); nil for all.
        public var shard: Shard?
        /// Also a PNG of every page (`previews/<report>/page-NN.png`).
        public var previews: Bool
        /// The release images of the charts, not only the PDFs.
        public var images: Bool
        /// How PNGs are encoded (the pixels are the same).
        public var pngCompression: Project.PNGCompression
        /// Warnings count as errors: a report with any is not built.
        public var strict: Bool
        /// Render even what is up to date.
        public var force: Bool

        /// `folio build`'s defaults, each changeable by name.
        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard? = nil, previews: Bool = false,
                    images: Bool = true, pngCompression: Project.PNGCompression = .fast, strict: Bool = false, force: Bool = false) {
            self.jobs = jobs; self.shard = shard; self.previews = previews; self.images = images
            self.pngCompression = pngCompression; self.strict = strict; self.force = force
        }
    }

    /// How hard PNG encoding works (`--png-compression`): the pixels are the same, only the time taken and the
    /// files' size differ. Page previews and chart images both use it.
    public enum PNGCompression: String, CaseIterable, Sendable {
        /// zlib level 1 with the Sub filter: several times faster than `default`, files somewhat larger (`folio build`'s).
        case fast
        /// zlib level 6 with libpng's adaptive filters: what Cairo's own PNG writer does.
        case `default`
        /// zlib level 9 with adaptive filters: the smallest files, the slowest.
        case small
    }

    /// What to do with the rendered files.
    public enum Mode: Sendable {
        /// Write what is not up to date, and the manifest.
        case write
        /// Render everything in memory and compare with the output folder; write nothing (`folio build --check`).
        case compare
    }

    /// The specs (YAML paths), in build order.
    public let specs: [String]
    /// Values for the specs' `params:`.
    public let parameters: [String: String]
    /// The folder outputs go to.
    public let output: String
    /// How its builds go (workers, shard, previews, PNG encoding, strictness).
    public let options: Options
    /// One pool for every render and measurement of this project's builds, made when first needed.
    lazy var pool = EnginePool(workers: options.jobs)

    /// A project reads nothing until it builds: every build reads the specs afresh (a watcher rebuilds with one project).
    public init(specs: [String], parameters: [String: String] = [:], output: String, options: Options = Options()) {
        self.specs = specs
        self.parameters = parameters
        self.output = output
        self.options = options
    }

    /// Builds the project (see `Mode`), telling `events` what happens as it goes.
    public func build(_ mode: Mode = .write, events: @escaping (BuildEvent) -> Void = { _ in }) -> BuildResult {
        let start = Date()
        let log = BuildLog(events)
        if let problem = LibraryVersions.problem {
            log.problem("error: \(problem)")
            log.fail(.internalError)
            return log.result
        }
        let collisions = OutputCollisions.find(specs)
        guard collisions.isEmpty else {
            log.diagnostics(collisions)
            log.fail(.invalidInput)
            return log.result
        }
        // Fonts are set up on the other core while the specs are read.
        pool.prepare(WarmUpStyles.forEngines(pool.workers))
        let plans = readPlans(log)
        switch mode {
        case .compare: compare(plans, log: log)
        case .write: write(consume plans, log: log, since: start)
        }
        return log.result
    }

    /// Waits for a set of files being swapped into place to finish, keeps any other from starting and removes
    /// this process's temporary files — for a host's SIGINT or SIGTERM handler, just before the process exits.
    public static func abandonWrites() {
        InterruptedBuilds.abandonWrites()
    }
}

extension Project {
    /// The specs and every file they read (data, translations, images), sorted; nil while a spec cannot be
    /// read. What a watcher watches to know when to build again.
    public func inputFiles() -> [String]? {
        var files = Set(specs)
        for spec in specs {
            guard let loaded = try? SpecReader(parameters: parameters, images: CairoImageInspector()).read(path: spec) else { return nil }
            files.formUnion(loaded.inputFiles)
        }
        return files.sorted()
    }
}

extension Project.PNGCompression {
    /// The Cairo layer's encoder setting (same names: a fingerprint records `rawValue`, whichever type it comes from).
    var engine: FolioCairo.PNGCompression {
        switch self {
        case .fast: .fast
        case .default: .default
        case .small: .small
        }
    }
}
