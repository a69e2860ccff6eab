import ConnectorRuntime
import UnderstudyCore

/// A Net2 department found for a HelloID department: through the mapping CSV to a Net2 name,
/// then through the `sdk.departments` custom query to its id.
struct Net2MappedDepartment: Sendable, Hashable {
    /// The department's id as Net2 returned it (`departmentID`).
    var id: JSONValue
    /// The department's name (`departmentName`).
    var name: String

    /// The body that puts a user in this department: `{"Id": 2, "Name": "Sales"}`.
    var body: JSONValue { ["Id": id, "Name": .string(name)] }
}

extension Net2ActionRun {
    /// The Net2 department mapped to the HelloID `department` value; throws when the CSV has no
    /// single row for it or Net2 has no department of the mapped name.
    func mappedDepartment(for department: String) async throws -> Net2MappedDepartment {
        let mapping = try Net2DepartmentMapping(contentsOfFile: try settings.requireDepartmentMappingPath())
        let name = try mapping.net2Department(for: department)
        guard let row = try await api.departments(named: name).first else {
            throw Net2Failure("Mapped department [\(name)] does not exist in Net2")
        }
        return Net2MappedDepartment(id: row.member("departmentID") ?? .null, name: row.member("departmentName")?.plainText ?? name)
    }
}
