import Foundation
import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `GET /api/v1/users`: every user, as a plain array in id order (no paging).
    func listUsers(_ call: Net2Call) -> HTTPResponse {
        Net2Response.ok(.array(sortedUsers.map(\.json)))
    }

    /// `GET /api/v1/users/{id}`: one user, or 404.
    func getUser(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, let body = users.body(of: id) else { return Net2Response.userNotFound }
        return Net2Response.ok(body: body)
    }

    /// `POST /api/v1/users`: creates a user (in department None, activated today unless the
    /// body says otherwise) and answers 200 with it; the body's id is ignored.
    mutating func createUser(_ call: Net2Call) -> HTTPResponse {
        let changes: Net2UserChanges
        do {
            changes = try Net2UserChanges(binding: try call.jsonObject(named: "user").get(), knownFieldIDs: knownFieldIDs)
        } catch {
            return error.response
        }
        var user = Net2User(id: nextUserID, activateDate: Net2DateTime(date: call.now).startOfDay, userGUID: Self.newGUID())
        changes.apply(to: &user, clearingOmittedExpiry: false)
        guard !user.firstName.isEmpty || !user.lastName.isEmpty else {
            return Net2Response.invalidModel("user", "A user needs a first name or a last name.")
        }
        users[user.id] = user
        return Net2Response.ok(user.json)
    }

    /// `PUT /api/v1/users/{id}`: merges the sent members into the user; an omitted
    /// `expiryDate` clears it. Answers 200 with the updated user, or 404.
    mutating func updateUser(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, var user = users[id] else { return Net2Response.userNotFound }
        do {
            let changes = try Net2UserChanges(binding: try call.jsonObject(named: "user").get(), knownFieldIDs: knownFieldIDs)
            changes.apply(to: &user, clearingOmittedExpiry: true)
        } catch {
            return error.response
        }
        users[id] = user
        return Net2Response.ok(user.json)
    }

    /// `DELETE /api/v1/users/{id}`: removes the user (any body is ignored); 204, or 404.
    mutating func deleteUser(_ call: Net2Call) -> HTTPResponse {
        guard let id = call.userID, users.removeValue(forKey: id) != nil else { return Net2Response.userNotFound }
        return .noContent
    }

    /// `GET /api/v1/users/customfieldnames`: the custom field definitions.
    func listCustomFieldNames(_ call: Net2Call) -> HTTPResponse {
        Net2Response.ok(
            .array(
                customFieldNames.map { field in
                    [
                        "id": .integer(Int64(field.id)), "name": .string(field.name), "type": .integer(Int64(field.type)),
                        "maxLength": .integer(Int64(field.maxLength)),
                    ]
                }))
    }

    private var knownFieldIDs: Set<Int> { Set(customFieldNames.map(\.id)) }

    private static func newGUID() -> String { UUID().uuidString.lowercased() }
}
