import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `GET /api/v1/accesslevels`: every access level.
    func listAccessLevels(_ call: Net2Call) -> HTTPResponse {
        Net2Response.ok(.array(accessLevels.map { ["id": .integer(Int64($0.id)), "name": .string($0.name)] }))
    }

    /// `GET /api/v1/users/{id}/doorpermissionset`: `{"accessLevels": [...], "individualPermissions": [...]}`, or 404.
    func getDoorPermissionSet(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, let user = users[id] else { return Net2Response.userNotFound }
        return Net2Response.ok(user.doorPermissionSet)
    }

    /// `PUT /api/v1/users/{id}/doorpermissionset`: replaces the whole set. Access level ids may
    /// be numbers or strings; duplicates are dropped; unknown ids are refused. 204, or 404 / 400.
    mutating func setDoorPermissionSet(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, users[id] != nil else { return Net2Response.userNotFound }
        let body: CaseInsensitiveObject
        switch call.jsonObject(named: "permissions") {
        case .success(let object): body = object
        case .failure(let rejection): return rejection.response
        }
        var levels: [Int] = []
        switch body["accessLevels"] ?? .null {
        case .null:
            break
        case .array(let items):
            for (index, item) in items.enumerated() where item != .null {
                guard let level = item.lenientInt else {
                    return Net2Response.invalidModel("permissions.accessLevels[\(index)]", "The access level id must be a number.")
                }
                guard accessLevels.contains(where: { $0.id == level }) else {
                    return Net2Response.invalidModel("permissions.accessLevels[\(index)]", "There is no access level with id \(level).")
                }
                if !levels.contains(level) { levels.append(level) }
            }
        case let other:
            return Net2Response.invalidModel("permissions.accessLevels", "Expected an array, found \(other.typeName).")
        }
        var individual: [JSONValue] = []
        switch body["individualPermissions"] ?? .null {
        case .null: break
        case .array(let items): individual = items
        case let other:
            return Net2Response.invalidModel("permissions.individualPermissions", "Expected an array, found \(other.typeName).")
        }
        users[id]?.accessLevels = levels
        users[id]?.individualPermissions = individual
        return .noContent
    }
}
