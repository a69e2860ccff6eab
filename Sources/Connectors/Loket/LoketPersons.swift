import ConnectorRuntime
import UnderstudyCore

/// Builds the persons the persons import emits. Pure: records in, persons out.
///
/// A person is the Loket employee record with `ExternalId` (the employee id), `DisplayName`
/// (`personalDetails.formattedName`, else the employee number) and `Contracts`: the contracts
/// whose employee number is the employee's, in Loket's order, always an array.
enum LoketPersons {
    /// The persons for `employees`, each with its `contracts` (see ``LoketContract``), and a
    /// warning for each employee left out because it has no id.
    static func make(employees: [JSONValue], contracts: [JSONValue]) -> (records: [SourcePerson], warnings: [String]) {
        var contractsByEmployee: [String: [JSONValue]] = [:]
        for contract in contracts {
            guard let number = employeeNumber(contract.member("DisplayName")) else { continue }
            contractsByEmployee[number, default: []].append(contract)
        }
        var persons: [SourcePerson] = []
        var warnings: [String] = []
        for (position, employee) in employees.enumerated() {
            let number = employeeNumber(employee.member("employeeNumber"))
            guard let id = employee.member("id")?.stringValue, !id.isEmpty else {
                warnings.append("employee \(number ?? "at position \(position + 1)") has no id and was left out")
                continue
            }
            let formattedName = employee.value(atPath: ["personalDetails", "formattedName"])?.stringValue
            persons.append(SourcePerson(
                externalId: id, displayName: formattedName ?? number ?? id, contracts: number.flatMap { contractsByEmployee[$0] } ?? [],
                fields: employee.objectValue ?? [:]))
        }
        return (persons, warnings)
    }

    /// An employee number as text (`101`), as PowerShell's string-keyed grouping compares it.
    private static func employeeNumber(_ value: JSONValue?) -> String? {
        guard let value, value != .null else { return nil }
        let text = value.plainText
        return text.isEmpty ? nil : text
    }
}
