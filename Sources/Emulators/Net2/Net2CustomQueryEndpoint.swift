import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `GET /api/v1/customquery/querydb?query=<SQL>`: answers the connector's correlation and
    /// department-lookup statements from the emulator's data as an array of row objects.
    func customQuery(_ call: Net2Call) -> HTTPResponse {
        guard let sql = Self.queryText(call.request.rawQuery), !sql.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Net2Response.message("The query parameter 'query' is required.", status: 400)
        }
        let query: Net2CustomQuery
        do {
            query = try Net2CustomQuery(parsing: sql)
        } catch {
            return Net2Response.message(error.message, status: 400)
        }
        switch query {
        case .usersByCustomField(_, let fieldID, let value):
            let today = Net2DateTime(date: call.now)
            let rows = sortedUsers.filter { Self.matches($0.customFields[fieldID], value) }.map { usersExRow($0, now: today) }
            return Net2Response.ok(.array(rows))
        case .departmentsByName(let name):
            let rows = departments.filter { Self.sqlEquals($0.name, name) }.map { department -> JSONValue in
                ["departmentID": .integer(Int64(department.id)), "departmentName": .string(department.name)]
            }
            return Net2Response.ok(.array(rows))
        }
    }

    /// A row of the `sdk.usersex` view.
    private func usersExRow(_ user: Net2User, now: Net2DateTime) -> JSONValue {
        var row: [String: JSONValue] = [
            "userID": .integer(Int64(user.id)),
            "UserGUID": .string(user.userGUID),
            "FirstName": .string(user.firstName),
            "MiddleName": .string(user.middleName),
            "Surname": .string(user.lastName),
            "Telephone": .string(user.telephone),
            "Extension": .string(user.extension),
            "Fax": .string(user.fax),
            "PIN": .string(user.pin),
            "ActivateDate": user.activateDate.map { .string($0.description) } ?? .null,
            "ExpiryDate": user.expiryDate.map { .string($0.description) } ?? .null,
            "DepartmentID": .integer(Int64(user.departmentId)),
            "DepartmentName": .string(department(id: user.departmentId)?.name ?? ""),
            "Active": user.isActive(at: now) ? 1 : 0,
        ]
        for field in customFieldNames {
            row[Net2CustomFieldName.columnName(forFieldID: field.id)] = user.customFields[field.id].map { .string($0) } ?? .null
        }
        return .object(row)
    }

    /// The SQL after `query=`, percent-decoded. Everything after `query=` is taken, since the
    /// connector puts the SQL in the URL unencoded. `+` means a space only when the text has
    /// no other encoded or literal space (form encoding, as Go's `QueryEscape` does).
    static func queryText(_ rawQuery: String?) -> String? {
        guard let rawQuery else { return nil }
        let start: String.Index
        if let range = rawQuery.range(of: "query=", options: [.caseInsensitive, .anchored]) {
            start = range.upperBound
        } else if let range = rawQuery.range(of: "&query=", options: .caseInsensitive) {
            start = range.upperBound
        } else {
            return nil
        }
        var encoded = String(rawQuery[start...])
        if !encoded.contains("%20") && !encoded.contains(" ") { encoded = encoded.replacingOccurrences(of: "+", with: " ") }
        return encoded.removingPercentEncoding ?? encoded
    }

    /// SQL Server equality with its usual collation: ignoring case and trailing spaces.
    private static func sqlEquals(_ stored: String, _ literal: String) -> Bool {
        func folded(_ text: String) -> String {
            String(text.reversed().drop { $0 == " " }.reversed()).lowercased()
        }
        return folded(stored) == folded(literal)
    }

    /// Whether a stored custom field value matches the literal: text compares as SQL text, a
    /// number compares numerically with values that are numbers (others never match).
    private static func matches(_ stored: String?, _ value: Net2SQLValue) -> Bool {
        guard let stored else { return false }
        switch value {
        case .text(let text):
            return sqlEquals(stored, text)
        case .number(let digits):
            guard let storedNumber = Int64(stored.trimmingCharacters(in: .whitespaces)), let number = Int64(digits) else {
                return false
            }
            return storedNumber == number
        }
    }
}
