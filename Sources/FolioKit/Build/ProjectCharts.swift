import Foundation
import FolioCairo
import FolioRender
import FolioSpec

extension Project {
    /// Writes the chart images of every spec as `export` says (`folio charts`), each spec's as a set, outside
    /// the build's manifest. The project's options give the workers and the PNG encoding.
    public func exportCharts(_ export: ChartExport, events: @escaping (BuildEvent) -> Void = { _ in }) -> BuildResult {
        let log = BuildLog(events)
        let collisions = export.folder == nil ? OutputCollisions.find(specs) : []
        guard collisions.isEmpty else {
            log.diagnostics(collisions)
            log.fail(.invalidInput)
            return log.result
        }
        let loader = SpecLoader(log: log, strict: false, glyphs: nil)
        for spec in specs {
            guard let loaded = loader.load(spec, parameters: parameters) else { log.fail(.invalidInput); continue }
            exportCharts(of: loaded, spec: spec, export, loader: loader, log: log)
        }
        return log.result
    }

    private func exportCharts(of loaded: LoadedSpec, spec: String, _ export: ChartExport, loader: SpecLoader, log: BuildLog) {
        let unknown = export.only.filter { id in !loaded.charts.contains { $0.id == id } }
        guard unknown.isEmpty else {
            log.problem("\(spec): error: no chart \(unknown.map { "`\($0)`" }.joined(separator: ", ")); its charts are: "
                        + loaded.charts.map(\.id).joined(separator: ", "))
            log.fail(.invalidInput)
            return
        }
        guard loader.verify(loaded, of: spec, tables: false) else { log.fail(.invalidInput); return }
        let charts = loaded.charts.filter { export.only.isEmpty || export.only.contains($0.id) }
        let folder = export.folder ?? (output as NSString).appendingPathComponent("charts/" + OutputPlan.name(ofSpec: spec))
        let jobs = OutputPlan.chartJobs(charts, of: loaded, folder: folder,
                                        size: ExportPreset(name: "", width: export.width, height: export.height, scale: export.scale),
                                        presets: export.presets ? loaded.exports : [], format: export.format.engine,
                                        compression: options.pngCompression.engine)
        do {
            // All are written only when all rendered.
            let files = try ParallelRenderer.render(jobs, pool: pool).flatMap { try $0.get() }
            do {
                try OutputFile.writeSet(files.map { ($0, $0.path) }, journalFolder: folder)
            } catch {
                log.problem("\(spec): cannot write outputs: \(OutputFile.explain(error))")
                log.fail(.cannotWrite)
                return
            }
            log.update { $0.written += files.map(\.path); $0.charts += files.count }
            log.line("wrote \(files.count) chart image\(files.count == 1 ? "" : "s") to \(folder)")
        } catch where OutputFile.isWriteFailure(error) {
            log.problem("\(spec): cannot write outputs: \(OutputFile.explain(error))")
            log.fail(.cannotWrite)
        } catch {
            log.problem("\(spec): internal error: \(error)")
            log.fail(.internalError)
        }
    }
}
