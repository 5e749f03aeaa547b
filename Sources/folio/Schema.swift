import ArgumentParser
import FolioSpec

/// `folio schema`: the JSON Schema of the spec format, for editors (YAML language server).
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema of the spec format.")

    func run() {
        print(SpecSchema.json(), terminator: "")
    }
}
