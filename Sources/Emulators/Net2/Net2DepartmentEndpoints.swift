import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `GET /api/v1/departments`: every department in creation order.
    func listDepartments(_ call: Net2Call) -> HTTPResponse {
        Net2Response.ok(.array(departments.map(Self.json)))
    }

    /// `GET /api/v1/users/{id}/departments`: the user's department as a one-element array, or 404.
    func getUserDepartments(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, let user = users[id] else { return Net2Response.userNotFound }
        let department = department(id: user.departmentId) ?? Net2Department(id: user.departmentId, name: "")
        return Net2Response.ok([Self.json(department)])
    }

    /// `PUT /api/v1/users/{id}/departments`: sets the user's single department from
    /// `{"Id": 2, "Name": "Sales"}`, `{"id": "0"}` or `{"name": "Sales"}` (or an array holding
    /// one such object). The id wins over the name. 204, or 404 / 400.
    mutating func setUserDepartment(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, users[id] != nil else { return Net2Response.userNotFound }
        guard var value = try? call.request.jsonBody() else {
            return Net2Response.invalidModel("department", "The request body is not valid JSON.")
        }
        if case .array(let items) = value, let first = items.first { value = first }
        guard case .object(let members) = value else {
            return Net2Response.invalidModel("department", "Expected a department object such as {\"Id\": 2}.")
        }
        let body = CaseInsensitiveObject(members)
        let target: Net2Department?
        if let departmentID = body["id"], departmentID != .null {
            guard let number = departmentID.lenientInt else {
                return Net2Response.invalidModel("department.Id", "The department id must be a number.")
            }
            target = department(id: number)
        } else if let name = body["name"]?.stringValue {
            target = departments.first { $0.name.lowercased() == name.trimmingCharacters(in: .whitespaces).lowercased() }
        } else {
            return Net2Response.invalidModel("department", "Send the department's Id or Name.")
        }
        guard let target else { return Net2Response.message("Department not found.", status: 400) }
        users[id]?.departmentId = target.id
        return .noContent
    }

    private static func json(_ department: Net2Department) -> JSONValue {
        ["id": .integer(Int64(department.id)), "name": .string(department.name)]
    }
}
