import ConnectorRuntime
import UnderstudyCore

/// Builds the contract the persons import emits for one employment. Pure: records in, JSON out.
///
/// A contract is the Loket employment record with `Function` and `Workinghours` (every period,
/// always an array), `ActiveFunction` and `ActiveWorkinghours` (the period that applies on the
/// import date, or `null`), `ExternalId` (the employment id), `DisplayName` (the employee number,
/// as the original connector sets it) and `Employer` (`{"Name", "Code", "Id"}`).
enum LoketContract {
    /// The contract for `employment` with its function and working-hours periods.
    static func make(
        employment: JSONValue, functions: [JSONValue], workingHours: [JSONValue], employer: LoketEmployerRecord, day: String
    ) -> JSONValue {
        var members = employment.objectValue ?? [:]
        members["Function"] = .array(functions)
        members["Workinghours"] = .array(workingHours)
        members["ActiveFunction"] = LoketPeriods.active(in: functions, on: day)
        members["ActiveWorkinghours"] = LoketPeriods.active(in: workingHours, on: day)
        members["ExternalId"] = employment.member("id") ?? .null
        members["DisplayName"] = employment.value(atPath: ["employee", "employeeNumber"]) ?? .null
        members["Employer"] = employer.contractEmployer
        return .object(members)
    }
}
