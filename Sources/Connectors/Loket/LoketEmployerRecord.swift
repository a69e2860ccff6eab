import ConnectorRuntime
import UnderstudyCore

/// The employer an import reads, found by company name in `GET /v2/providers/employers`.
struct LoketEmployerRecord: Sendable, Hashable {
    /// The employer's GUID, used in every other path.
    var id: String
    /// The company name as Loket writes it.
    var companyName: String
    /// The employer number (`employerNumber`), as Loket writes it.
    var employerNumber: JSONValue

    /// The employer whose `companyName` equals `name` without regard to case (as PowerShell's
    /// `-eq` compares), among `records`.
    static func named(_ name: String, in records: [JSONValue]) throws(LoketConnectorError) -> LoketEmployerRecord {
        let lowered = name.lowercased()
        let matches = records.filter { $0.member("companyName")?.stringValue?.lowercased() == lowered }
        guard let match = matches.first, let id = match.member("id")?.stringValue, !id.isEmpty else {
            throw .employerNotFound(name: name, available: records.compactMap { $0.member("companyName")?.stringValue })
        }
        guard matches.count == 1 else { throw .ambiguousEmployer(name: name, count: matches.count) }
        return LoketEmployerRecord(
            id: id, companyName: match.member("companyName")?.stringValue ?? name, employerNumber: match.member("employerNumber") ?? .null)
    }

    /// The path of a list under this employer: `/v2/providers/employers/{id}/<list>`.
    func path(_ list: String) -> String {
        "/v2/providers/employers/\(ConnectorRequest.pathSegment(id))/\(list)"
    }

    /// The `Employer` object every contract carries: `{"Name", "Code", "Id"}`.
    var contractEmployer: JSONValue {
        ["Name": .string(companyName), "Code": employerNumber, "Id": .string(id)]
    }
}
