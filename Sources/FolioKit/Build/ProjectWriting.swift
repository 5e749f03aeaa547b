import Foundation
import FolioRender

extension Project {
    /// Renders the reports that are not up to date, writes each one's files as a set and saves the manifest.
    func write(_ plans: consuming [SpecPlan], log: BuildLog, since start: Date) {
        let previous = Manifest.load(from: output)
        for note in InterruptedBuilds.recover(output) { log.problem("note: \(note)") }
        let specCount = plans.count
        let (upToDate, stale) = options.force ? ([], consume plans) : (consume plans).partitioned { previous.isUpToDate($0, in: output) }
        var toRender = consume stale
        for plan in upToDate { log.line("\(plan.name): up to date") }
        log.update { $0.upToDate = upToDate.map(\.name) }
        // Handed over, not copied: the renderer holds the only reference to each report (see `SpecPlan.jobs`).
        var jobs: [RenderJob] = []
        for i in toRender.indices { jobs += toRender[i].takeJobs() }
        log.status("rendering \(jobs.count) files with \(min(options.jobs, max(1, jobs.count))) workers")
        let results = ParallelRenderer.render(consume jobs, pool: pool)
        var manifest = previous
        var offset = 0
        for plan in toRender {
            writeSet(results[offset..<(offset + plan.jobCount)], of: plan, into: &manifest, log: log)
            offset += plan.jobCount
        }
        if !toRender.isEmpty || !upToDate.isEmpty {
            do { try manifest.save(to: output) } catch {
                log.problem("warning: could not save the build manifest: \(OutputFile.explain(error))")
            }
        }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        let result = log.result
        log.line("\(specCount) spec\(specCount == 1 ? "" : "s"): \(result.written.count) files written, \(upToDate.count) up to date, "
                 + "\(result.pages) pages, \(result.charts) chart images in \(seconds) s")
    }

    /// Writes one report's files as a set, when all of them rendered (never half a set).
    private func writeSet(_ results: ArraySlice<Result<[RenderedFile], Error>>, of plan: SpecPlan, into manifest: inout Manifest,
                          log: BuildLog) {
        let files: [RenderedFile]
        do { files = try results.flatMap { try $0.get() } } catch {
            failed(plan, error, log: log)
            return
        }
        do {
            try place(files, of: plan, into: &manifest, log: log)
        } catch {
            log.problem("\(plan.spec): cannot write outputs: \(OutputFile.explain(error))")
            log.fail(.cannotWrite)
        }
    }

    /// Moves the files into place, all or none, and records them in the manifest.
    private func place(_ files: [RenderedFile], of plan: SpecPlan, into manifest: inout Manifest, log: BuildLog) throws {
        var outputs: [String: String] = [:]
        var sizes: [Int] = []
        for file in files {
            // Hashed and measured before the move: a spooled file is read where it was rendered.
            outputs[file.path] = try file.contentHash()
            sizes.append(file.size)
        }
        let destinations = files.map { (output as NSString).appendingPathComponent($0.path) }
        try OutputFile.writeSet(Array(zip(files, destinations)), journalFolder: output)
        for (destination, size) in zip(destinations, sizes) { log.detail("wrote \(destination) (\(size) bytes)") }
        manifest.specs[plan.name] = Manifest.Entry(inputs: plan.inputHash, outputs: outputs)
        recordWritten(files, of: plan, log: log)
    }

    /// Counts a set written and says so.
    private func recordWritten(_ files: [RenderedFile], of plan: SpecPlan, log: BuildLog) {
        let pages = files.reduce(0) { $0 + $1.pages }
        let charts = plan.chartCount
        log.update { result in
            result.written += files.map(\.path)
            result.pages += pages
            result.charts += charts
        }
        log.line("\(plan.name): \(files.count) files" + (pages > 0 ? ", \(pages) pages" : "") + (charts > 0 ? ", \(charts) chart images" : ""))
    }

    /// A report whose files did not all render (or could not be hashed): nothing of it is written.
    private func failed(_ plan: SpecPlan, _ error: Error, log: BuildLog) {
        if OutputFile.isWriteFailure(error) {
            log.problem("\(plan.spec): cannot write outputs: \(OutputFile.explain(error)); nothing written")
            log.fail(.cannotWrite)
        } else {
            log.problem("\(plan.spec): internal error: \(error); nothing written")
            log.fail(.internalError)
        }
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
