import ConnectorRuntime
import UnderstudyCore

/// Builds the departments the departments import emits. Pure: records in, departments out.
///
/// A department is the Loket department record with `ExternalId` (its id), `DisplayName` (its
/// `description`), `ManagerExternalId` (the person `ExternalId` of its first manager, or `null`),
/// `ManagerExternalIds` (every manager, always an array) and `ParentExternalId` (the id in
/// `subDepartmentOf.key`, or `null` for a top-level department).
enum LoketDepartments {
    /// The departments for `departments` with their `managers`, and a warning for each record
    /// left out because it has no id.
    static func make(departments: [JSONValue], managers: LoketManagers) -> (records: [SourceDepartment], warnings: [String]) {
        var result: [SourceDepartment] = []
        var warnings: [String] = []
        for (position, department) in departments.enumerated() {
            guard let id = department.member("id")?.stringValue, !id.isEmpty else {
                warnings.append("department at position \(position + 1) has no id and was left out")
                continue
            }
            let managerIds = managers.byDepartment[id] ?? []
            var fields = department.objectValue ?? [:]
            fields["ManagerExternalIds"] = .array(managerIds.map(JSONValue.string))
            let parent = department.value(atPath: ["subDepartmentOf", "key"])?.stringValue
            result.append(SourceDepartment(
                externalId: id, displayName: department.member("description")?.stringValue ?? id,
                managerExternalId: managerIds.first.map(JSONValue.string) ?? .null, parentExternalId: parent.map(JSONValue.string) ?? .null,
                fields: fields))
        }
        return (result, warnings)
    }
}
