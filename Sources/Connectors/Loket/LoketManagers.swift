import ConnectorRuntime
import UnderstudyCore

/// Finds each department's managers: Loket portal users marked `isDepartmentManager`, linked to
/// departments through `users/departments`, correlated with employees by e-mail address. Pure:
/// records in, manager ids out.
///
/// Unlike the original connector, a manager user without an e-mail address, or whose address
/// matches no employee or several, correlates with nobody (and a warning says so), and every
/// department keeps every distinct manager it has, in the order of the user list.
struct LoketManagers: Sendable, Hashable {
    /// Per department id, the employee ids of its managers, without repeats.
    var byDepartment: [String: [String]] = [:]
    /// What could not be correlated.
    var warnings: [String] = []

    /// Correlates `users` (`GET …/users`) through `links` (`GET …/users/departments`) with
    /// `employees` (`GET …/employees`); e-mail addresses compare without regard to case or
    /// surrounding spaces.
    init(users: [JSONValue], links: [JSONValue], employees: [JSONValue]) {
        var employeesByEmail: [String: [String]] = [:]
        for employee in employees {
            guard let email = Self.email(of: employee), let id = employee.member("id")?.stringValue else { continue }
            if !(employeesByEmail[email]?.contains(id) ?? false) { employeesByEmail[email, default: []].append(id) }
        }
        var departmentsByUser: [String: [String]] = [:]
        for link in links {
            guard let userId = link.member("userId")?.stringValue else { continue }
            let ids = (link.member("departments")?.arrayValue ?? []).compactMap { $0.member("id")?.stringValue }
            departmentsByUser[userId, default: []].append(contentsOf: ids)
        }
        var seenUsers = Set<String>()
        for user in users where user.member("isDepartmentManager")?.boolValue == true {
            guard let userId = user.member("id")?.stringValue, seenUsers.insert(userId).inserted else { continue }
            let departments = departmentsByUser[userId] ?? []
            guard !departments.isEmpty else { continue }
            let name = user.member("userName")?.stringValue ?? userId
            guard let email = Self.email(of: user) else {
                warnings.append(
                    "No EmployeeObject correlated for user [\(name)]: the user has no e-mail address; no department manager set")
                continue
            }
            let matches = employeesByEmail[email] ?? []
            guard matches.count == 1, let managerId = matches.first else {
                let reason = matches.isEmpty ? "no employee has its e-mail address" : "\(matches.count) employees have its e-mail address"
                warnings.append("No EmployeeObject correlated for user [\(name)]: \(reason); no department manager set")
                continue
            }
            for department in departments where !(byDepartment[department]?.contains(managerId) ?? false) {
                byDepartment[department, default: []].append(managerId)
            }
        }
    }

    /// The e-mail address of a user or employee (`contactInformation.emailAddress`), trimmed and
    /// lower-cased; `nil` when absent or blank.
    private static func email(of record: JSONValue) -> String? {
        guard let text = record.value(atPath: ["contactInformation", "emailAddress"])?.stringValue else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }
}
