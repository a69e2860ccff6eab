import ConnectorRuntime
import Foundation
import UnderstudyCore

/// The Net2 Local Web API routes the connector uses, signed in through the run's ``Net2Session``.
///
/// Each request carries the session's token; a 401 (token revoked or expired early) signs in
/// again once and resends. Reads of one user answer `nil` for a 404.
struct Net2API {
    let session: Net2Session
    let settings: Net2Settings
    let client: ConnectorHTTPClient

    /// An API for `settings`' server that refuses writes when `dryRun` is set.
    init(session: Net2Session, settings: Net2Settings, dryRun: Bool) {
        self.session = session
        self.settings = settings
        client = session.client(for: settings, dryRun: dryRun)
    }

    // MARK: Users

    /// `GET /api/v1/users`: every user.
    func users() async throws -> [JSONValue] {
        try await json(.get("/api/v1/users")).arrayValue ?? []
    }

    /// `GET /api/v1/users/{id}`, `nil` when Net2 answers 404.
    func user(_ id: String) async throws -> JSONValue? {
        try await absentOn404 { try await json(.get(Self.userPath(id))) }
    }

    /// `POST /api/v1/users`: the created user.
    func createUser(_ body: JSONValue) async throws -> JSONValue {
        try await json(.post("/api/v1/users", body: .json(body)))
    }

    /// `PUT /api/v1/users/{id}`: the user as Net2 answers after the change.
    @discardableResult
    func updateUser(_ id: String, _ body: JSONValue) async throws -> JSONValue {
        try await json(.put(Self.userPath(id), body: .json(body)))
    }

    /// `DELETE /api/v1/users/{id}` with the original connector's `{"id": "<id>"}` body.
    func deleteUser(_ id: String) async throws {
        _ = try await json(.delete(Self.userPath(id), body: .json(["id": .string(id)])))
    }

    // MARK: Departments

    /// `GET /api/v1/users/{id}/departments`: the user's (first) department.
    func department(ofUser id: String) async throws -> JSONValue? {
        try await json(.get(Self.userPath(id) + "/departments")).arrayValue?.first
    }

    /// `PUT /api/v1/users/{id}/departments`.
    func setDepartment(ofUser id: String, _ body: JSONValue) async throws {
        _ = try await json(.put(Self.userPath(id) + "/departments", body: .json(body)))
    }

    // MARK: Access levels

    /// `GET /api/v1/accesslevels`: every access level.
    func accessLevels() async throws -> [JSONValue] {
        try await json(.get("/api/v1/accesslevels")).arrayValue ?? []
    }

    /// `GET /api/v1/users/{id}/doorpermissionset`, `nil` when Net2 answers 404.
    func doorPermissionSet(ofUser id: String) async throws -> JSONValue? {
        try await absentOn404 { try await json(.get(Self.userPath(id) + "/doorpermissionset")) }
    }

    /// `PUT /api/v1/users/{id}/doorpermissionset`: replaces the whole set.
    func setDoorPermissionSet(ofUser id: String, _ set: JSONValue) async throws {
        _ = try await json(.put(Self.userPath(id) + "/doorpermissionset", body: .json(set)))
    }

    // MARK: Custom queries

    /// The `sdk.usersex` rows whose custom field `fieldID` holds `value`.
    func usersWithCustomField(id fieldID: String, value: String) async throws -> [JSONValue] {
        try await query(Net2Query.usersByCustomField(id: fieldID, value: value))
    }

    /// The `sdk.departments` rows named `name`.
    func departments(named name: String) async throws -> [JSONValue] {
        try await query(Net2Query.departments(named: name))
    }

    private func query(_ sql: String) async throws -> [JSONValue] {
        try await json(.get("/api/v1/customquery/querydb", query: [("query", sql)])).arrayValue ?? []
    }

    // MARK: Sending

    /// Sends `request` with the session's token; after a 401 signs in again once and resends.
    private func json(_ request: ConnectorRequest) async throws -> JSONValue {
        let token = try await session.accessToken(for: settings)
        do {
            return try await send(request, token: token)
        } catch let error as ConnectorHTTPError where error.status == 401 {
            return try await send(request, token: try await session.accessToken(for: settings, replacing: token))
        }
    }

    private func send(_ request: ConnectorRequest, token: String) async throws -> JSONValue {
        var request = request
        request.authentication = .bearer(token)
        return try await client.json(request)
    }

    private func absentOn404(_ read: () async throws -> JSONValue) async throws -> JSONValue? {
        do {
            return try await read()
        } catch let error as ConnectorHTTPError where error.status == 404 {
            return nil
        }
    }

    private static func userPath(_ id: String) -> String {
        "/api/v1/users/" + ConnectorRequest.pathSegment(id)
    }
}
