import Foundation
import FolioSpec
import FolioTestSupport
import Testing

/// The JSON Schema is generated from the readers' own key lists, and the committed copy is current.
@Suite("Spec schema")
struct SchemaTests {
    @Test func everyKeyTheReadersAcceptHasASchema() throws {
        let json = SpecSchema.json()
        #expect(!json.contains("MISSING SCHEMA"))
        for keys in SpecSchema.allKeyLists {
            for key in keys { #expect(json.contains("\"\(key)\" :"), "`\(key)` is read but not in the schema") }
        }
    }

    @Test func theCommittedSchemaIsCurrent() throws {
        let committed = try String(contentsOf: TestSupport.root.appendingPathComponent("docs/folio.schema.json"), encoding: .utf8)
        #expect(committed == SpecSchema.json(), "run `swift run folio schema > docs/folio.schema.json`")
    }

    @Test func theSchemaIsValidJSONAndClosed() throws {
        let object = try JSONSerialization.jsonObject(with: Data(SpecSchema.json().utf8)) as? [String: Any]
        #expect(object?["additionalProperties"] as? Bool == false, "unknown top-level keys are rejected, as by the reader")
        let properties = object?["properties"] as? [String: Any]
        #expect(Set(properties?.keys.map { $0 } ?? []) == Set(SpecSchema.allKeyLists[0]))
    }
}
