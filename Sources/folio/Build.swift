import ArgumentParser
import Foundation
import FolioCairo
import FolioModel
import FolioRender
import FolioSpec

/// `folio build SPEC...`: every output of each spec — the PDF, its chart images at the default size and
/// every export preset, optionally page previews — rendered in parallel, written atomically, and skipped
/// when nothing it depends on changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render specs into PDFs and release images.",
        discussion: """
        Writes OUTPUT/<spec>.pdf and OUTPUT/charts/<spec>/…png. Outputs whose inputs (spec, data, fonts, \
        engine version) have not changed since the last build are not rendered again (OUTPUT/.folio-manifest.json). \
        Exit codes: 0 done; 1 invalid input; 3 with --check: outputs are stale; 64 usage; 70 internal error; \
        73 an output cannot be written.
        """)

    @Argument(help: "Report specs (YAML).")
    var specs: [String]

    @Option(name: .shortAndLong, help: "Folder to write into.")
    var output: String = "Output"

    @Flag(help: "Render in memory and compare with the output folder; write nothing; exit 3 naming each stale file.")
    var check = false

    @Flag(help: "Render even when nothing changed.")
    var force = false

    @Flag(help: "Also write a PNG preview of every page (OUTPUT/previews/<spec>/page-NN.png).")
    var preview = false

    @Option(help: "Parallel workers (default: every core).")
    var jobs: Int = Build.everyCore

    /// The cores this process may use (affinity and cgroup quota), asked once: ArgumentParser makes the
    /// command seven times while parsing, and each `activeProcessorCount` reads two cgroup files.
    static let everyCore = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "PNG encoding: fast (default), default (as Cairo writes) or small. Pixels are identical.")
    var pngCompression: String = "fast"

    @Flag(help: "Write the PDFs only, not the release images.")
    var pdfOnly = false

    @Option(help: ArgumentHelp("Render only slice I of N (1/3, 2/3, 3/3): a deterministic share of the reports, for CI matrices.", valueName: "I/N"))
    var shard: Shard?

    @Flag(help: "Print each file written.")
    var verbose = false

    @Flag(help: "Treat warnings (a malformed source figure, characters the theme's fonts lack) as errors: exit 1, write nothing for that spec.")
    var strict = false

    @OptionGroup var reporting: Reporting

    @OptionGroup var parameters: SpecParameters

    enum Outcome { case written, invalidInput, cannotWrite, internalError }

    func validate() throws {
        guard jobs >= 1 && jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        guard PNGCompression(rawValue: pngCompression) != nil else { throw ValidationError("--png-compression must be fast, default or small") }
    }

    func run() throws {
        let start = Date()
        let collisions = OutputCollisions.find(specs)
        if !collisions.isEmpty {
            reporting.emit(collisions)
            throw FolioExit.invalidInput
        }
        let pool = EnginePool(workers: jobs)
        let progress = Progress(quiet: reporting.quiet || reporting.format == .json, verbose: verbose)
        let previousManifest = Manifest.load(from: output)
        var (plans, invalid) = readPlans(progress: progress)
        let engine = pool.engine
        plans = plans.filter { plan in
            let errors = tableFitErrors(plan.loaded, engine: engine)
            if !errors.isEmpty { reporting.emit(errors); invalid = true }
            return errors.isEmpty
        }
        if check {
            let stale = try checkOutputs(plans, progress: progress, pool: pool)
            if invalid { throw FolioExit.invalidInput }
            if stale > 0 { throw FolioExit.stale }
            return
        }
        InterruptedBuilds.removeFilesOnSignals()
        for note in InterruptedBuilds.recover(output) { printError("note: \(note)") }
        let (upToDate, toRender) = force ? ([], plans) : plans.partitioned { previousManifest.isUpToDate($0, in: output) }
        for plan in upToDate { progress.line("\(plan.name): up to date") }
        let allJobs = toRender.flatMap(\.jobs)
        progress.status("rendering \(allJobs.count) files with \(min(jobs, max(1, allJobs.count))) workers")
        let results = ParallelRenderer.render(allJobs, pool: pool)
        var manifest = previousManifest
        let outcome = write(results, of: toRender, into: &manifest, progress: progress)
        if !toRender.isEmpty || !upToDate.isEmpty {
            do { try manifest.save(to: output) } catch { printError("warning: could not save the build manifest: \(OutputFile.explain(error))") }
        }
        let seconds = Date().timeIntervalSince(start)
        progress.line("\(plans.count) spec\(plans.count == 1 ? "" : "s"): \(outcome.written) files written, \(upToDate.count) up to date, "
                      + "\(outcome.pages) pages, \(outcome.charts) chart images in \(String(format: "%.2f", seconds)) s")
        if outcome.internalFailure { throw FolioExit.internalError }
        if outcome.writeFailure { throw FolioExit.cannotWrite }
        if invalid { throw FolioExit.invalidInput }
    }

    /// Every report to build (a spec, each edition, each matrix entity) read and checked, with whether any
    /// input was invalid (its diagnostics printed).
    private func readPlans(progress: Progress) -> (plans: [SpecPlan], invalid: Bool) {
        let glyphs = GlyphCheck()
        let printed = PrintedWarnings()
        let (units, unreadable) = BuildUnits.collect(specs, parameters: parameters.values, shard: shard) { spec, values, edition in
            progress.status("reading \(spec)")
            return loadSpec(spec, reporting: reporting, parameters: values, edition: edition, glyphs: glyphs, strict: strict, printed: printed)
        }
        var invalid = unreadable
        var plans: [SpecPlan] = []
        for unit in units {
            do {
                try TextEngine.verifyFonts(Array(unit.loaded.report.theme.styles.values))
            } catch {
                printError("\(unit.spec): error: \(error)")
                invalid = true
                continue
            }
            plans.append(SpecPlan(spec: unit.spec, name: unit.name, loaded: unit.loaded, previews: preview, images: !pdfOnly,
                                  compression: PNGCompression(rawValue: pngCompression) ?? .fast))
        }
        return (plans, invalid)
    }

    /// What writing the rendered files came to.
    private struct WriteOutcome {
        var internalFailure = false, writeFailure = false
        var written = 0, pages = 0, charts = 0
    }

    /// Writes each spec's files as a set, when all of them rendered, and records them in the manifest.
    private func write(_ results: [Result<[RenderedFile], Error>], of plans: [SpecPlan], into manifest: inout Manifest,
                       progress: Progress) -> WriteOutcome {
        var outcome = WriteOutcome()
        var offset = 0
        for plan in plans {
            let mine = results[offset..<(offset + plan.jobs.count)]
            offset += plan.jobs.count
            var files: [RenderedFile] = []
            var failure: Error? = nil
            for result in mine {
                switch result {
                case .success(let rendered): files += rendered
                case .failure(let error): failure = failure ?? error
                }
            }
            // A spec's files are written only when all of them rendered, and then all or none: never half a set.
            if let failure {
                if OutputFile.isWriteFailure(failure) {
                    printError("\(plan.spec): cannot write outputs: \(OutputFile.explain(failure)); nothing written")
                    outcome.writeFailure = true
                } else {
                    printError("\(plan.spec): internal error: \(failure); nothing written")
                    outcome.internalFailure = true
                }
                continue
            }
            do {
                try writeSet(files, of: plan, into: &manifest, progress: progress, outcome: &outcome)
            } catch {
                printError("\(plan.spec): cannot write outputs: \(OutputFile.explain(error))")
                outcome.writeFailure = true
            }
        }
        return outcome
    }

    private func writeSet(_ files: [RenderedFile], of plan: SpecPlan, into manifest: inout Manifest, progress: Progress,
                          outcome: inout WriteOutcome) throws {
        var outputs: [String: String] = [:]
        var sizes: [Int] = []
        for file in files {
            // Hashed and measured before the move: a spooled file is read where it was rendered.
            outputs[file.path] = try file.contentHash()
            sizes.append(file.size)
        }
        let destinations = files.map { (output as NSString).appendingPathComponent($0.path) }
        try OutputFile.writeSet(Array(zip(files, destinations)), journalFolder: output)
        for (destination, size) in zip(destinations, sizes) { progress.detail("wrote \(destination) (\(size) bytes)") }
        manifest.specs[plan.name] = Manifest.Entry(inputs: plan.inputHash, outputs: outputs)
        let specPages = files.reduce(0) { $0 + $1.pages }
        let specCharts = plan.jobs.filter { if case .chart = $0.kind { return true } else { return false } }.count
        outcome.written += files.count; outcome.pages += specPages; outcome.charts += specCharts
        progress.line("\(plan.name): \(files.count) files" + (specPages > 0 ? ", \(specPages) pages" : "") + (specCharts > 0 ? ", \(specCharts) chart images" : ""))
    }

    /// Renders every output in memory and compares it with the file on disk; returns how many differ.
    private func checkOutputs(_ plans: [SpecPlan], progress: Progress, pool: EnginePool) throws -> Int {
        let allJobs = plans.flatMap(\.jobs)
        var stale = 0
        for result in ParallelRenderer.render(allJobs, pool: pool) {
            let files: [RenderedFile]
            switch result {
            case .success(let f): files = f
            case .failure(let error):
                printError("internal error: \(error)")
                throw FolioExit.internalError
            }
            for file in files {
                let path = (output as NSString).appendingPathComponent(file.path)
                guard FileManager.default.fileExists(atPath: path) else {
                    printError("missing: \(path)"); stale += 1; continue
                }
                if !OutputFile.matches(file, at: path) { printError("stale: \(path)"); stale += 1 }
            }
        }
        if stale == 0 { progress.line("\(output) is up to date with \(plans.count) spec\(plans.count == 1 ? "" : "s")") }
        else { printError("\(stale) output\(stale == 1 ? "" : "s") differ from what the specs produce: run `make report` and commit") }
        return stale
    }
}

extension Array {
    /// Splits into the elements that satisfy `belongs` and those that do not, keeping order.
    func partitioned(_ belongs: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = [], no: [Element] = []
        for e in self { if belongs(e) { yes.append(e) } else { no.append(e) } }
        return (yes, no)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
