import Foundation
import UnderstudyCore

/// Reads WireMock mapping files: one mapping, or `{"mappings": [...]}`.
public enum MappingFile {
    /// Parses a file's bytes into its mappings, in file order (later entries count as added
    /// later), or every problem of the file, each naming `file`, the JSON path and the reason.
    /// A JSON syntax error reports its line and column. Ids must be unique within the file.
    public static func parse(_ data: Data, file: String) -> Result<[StubMapping], StubValidationErrors> {
        let json: JSONValue
        do { json = try JSONValue(parsing: data) } catch {
            return .failure(StubValidationErrors([StubValidationError(file: file, path: "$", reason: error.description)]))
        }
        return parse(json, file: file)
    }

    /// Validates an already parsed document, as ``parse(_:file:)`` does.
    public static func parse(_ json: JSONValue, file: String?) -> Result<[StubMapping], StubValidationErrors> {
        var log = ValidationLog(file: file)
        let mappings = read(json, log: &log)
        guard log.isClean else { return .failure(StubValidationErrors(log.errors)) }
        return .success(mappings)
    }

    private static func read(_ json: JSONValue, log: inout ValidationLog) -> [StubMapping] {
        guard case .object(let members) = json, let list = members["mappings"] else {
            return StubMapping.read(json, at: .root, log: &log).map { [$0] } ?? []
        }
        guard let object = ObjectReader(json, at: .root, log: &log) else { return [] }
        object.reportUnknownMembers(known: ["mappings", "meta"], log: &log)
        guard case .array(let entries) = list else {
            return object.mistyped("mappings", "an array of stub mappings", list, &log) ?? []
        }
        let location = JSONLocation.root.appending("mappings")
        var mappings: [StubMapping] = []
        var firstUse: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard let mapping = StubMapping.read(entry, at: location.appending(index), log: &log) else { continue }
            if let earlier = firstUse[mapping.id] {
                log.report("id \(mapping.id) is already used by \(location.appending(earlier))",
                    at: location.appending(index).appending(entry["id"] != nil ? "id" : "uuid"))
            } else {
                firstUse[mapping.id] = index
            }
            mappings.append(mapping)
        }
        return mappings
    }
}
