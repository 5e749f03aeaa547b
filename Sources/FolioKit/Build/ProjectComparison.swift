import Foundation
import FolioRender

extension Project {
    /// Renders every output in memory and compares it with the file in the output folder; writes nothing.
    /// Each file that differs or is missing is reported and listed in `stale` (the outcome `stale`).
    func compare(_ plans: [SpecPlan], log: BuildLog) {
        for result in ParallelRenderer.render(plans.flatMap(\.jobs), pool: pool) {
            let files: [RenderedFile]
            switch result {
            case .success(let rendered): files = rendered
            case .failure(let error):
                log.problem("internal error: \(error)")
                log.fail(.internalError)
                return
            }
            for file in files {
                let path = (output as NSString).appendingPathComponent(file.path)
                if !FileManager.default.fileExists(atPath: path) {
                    log.problem("missing: \(path)")
                } else if !OutputFile.matches(file, at: path) {
                    log.problem("stale: \(path)")
                } else {
                    continue
                }
                log.update { $0.stale.append(file.path) }
            }
        }
        let stale = log.result.stale.count
        if stale == 0 {
            log.line("\(output) is up to date with \(plans.count) spec\(plans.count == 1 ? "" : "s")")
        } else {
            log.problem("\(stale) output\(stale == 1 ? "" : "s") differ from what the specs produce: run `make report` and commit")
            log.fail(.stale)
        }
    }
}
