import EmulatorCore
import Foundation
import UnderstudyCore

extension ProviderStateCall {
    /// A value as a GUID, or the error naming what is wrong.
    func id(_ key: String) throws(ProviderStateError) -> UUID {
        let text = try text(key)
        guard let id = UUID(uuidString: text) else {
            throw ProviderStateError.invalidParameter(state: name, parameter: key, reason: "must be a GUID, got \"\(text)\"")
        }
        return id
    }

    /// A value as a count of zero or more, or the error naming what is wrong.
    func count(_ key: String) throws(ProviderStateError) -> Int {
        guard let number = values[key]?.lenientInt, number >= 0 else {
            throw ProviderStateError.invalidParameter(state: name, parameter: key, reason: "must be a whole number of at least 0")
        }
        return number
    }

    /// The client the optional `clientId` parameter names, or the first in seed order.
    func client(in state: LoketState) throws(ProviderStateError) -> LoketClient {
        let requested = values["clientId"]?.lenientString
        guard let client = requested.map({ state.directory.client($0) }) ?? state.directory.clients.first
        else {
            throw ProviderStateError.invalidParameter(state: name, parameter: "clientId", reason: "names no client")
        }
        return client
    }
}

typealias LoketProviderStateHandler = @Sendable (inout LoketState, ProviderStateCall) throws -> [String: JSONValue]

extension LoketEmulator {
    /// Sets up a Pact provider state (see `LoketState.providerStates` for the names); tearing
    /// down any known state resets the emulator to its seed and startup configuration.
    public func applyProviderState(name: String, params: [String: JSONValue], action: ProviderStateAction) throws
        -> [String: JSONValue]
    {
        let (handler, call) = try LoketState.providerStates.call(named: name, params: params, vendor: vendor, now: clock.now)
        guard action == .setup else {
            reset()
            return [:]
        }
        return try state.withState { (state: inout LoketState) in try handler(&state, call) }
    }
}

extension LoketState {
    /// The provider states a Loket contract can name. Parameters are optional unless the name
    /// holds them; `clientId` picks the OAuth client (default: the first in seed order).
    static let providerStates: ProviderStateCatalog<LoketProviderStateHandler> = {
        var catalog = ProviderStateCatalog<LoketProviderStateHandler>()
        catalog.add("a valid refresh token") { state, call in try state.validRefreshToken(call) }
        catalog.add("a valid access token") { state, call in
            let client = try call.client(in: state)
            let token = state.tokens.issue(subject: client.clientId, includeRefreshToken: false, now: call.now).accessToken
            return ["accessToken": .string(token), "authorization": .string("Bearer \(token)")]
        }
        catalog.add("an expired access token") { state, call in
            let client = try call.client(in: state)
            let issuedAt = call.now.addingTimeInterval(-state.configuration.accessTokenLifetime.seconds - 1)
            let token = state.tokens.issue(subject: client.clientId, includeRefreshToken: false, now: issuedAt).accessToken
            return ["accessToken": .string(token), "authorization": .string("Bearer \(token)")]
        }
        catalog.add("refresh token rotation is on") { state, _ in
            state.setRotation(true)
            return [:]
        }
        catalog.add("refresh token rotation is off") { state, _ in
            state.setRotation(false)
            return [:]
        }
        catalog.add("an authorization code") { state, call in
            let client = try call.client(in: state)
            let redirectURI = call.values["redirectUri"]?.lenientString ?? client.redirectUris.first ?? "https://loket.nl"
            let code = state.codes.issue(
                clientId: client.clientId, redirectUri: redirectURI, lifetime: state.configuration.authorizationCodeLifetime, now: call.now)
            return ["code": .string(code), "clientId": .string(client.clientId), "redirectUri": .string(redirectURI)]
        }
        catalog.add("employer {name} exists") { state, call in state.ensureEmployer(named: try call.text("name")) }
        catalog.add("employer {name} does not exist") { state, call in
            let name = try call.text("name")
            for employer in state.directory.employers(named: name) {
                state.directory.employers[employer.id] = nil
                state.directory.employerIDs.removeAll { $0 == employer.id }
            }
            return [:]
        }
        catalog.add("employee {id} exists") { state, call in try state.ensureEmployee(call).values }
        catalog.add("employee {id} does not exist") { state, call in
            state.removeEmployee(try call.id("id"))
            return [:]
        }
        catalog.add("employee {id} has employments") { state, call in
            let employee = try state.ensureEmployee(call)
            if state.directory.employmentIDsByEmployee[employee.employeeId, default: []].isEmpty {
                state.addEmployment(id: UUID(), employeeId: employee.employeeId, now: call.now)
            }
            let ids = state.directory.employmentIDsByEmployee[employee.employeeId, default: []]
            return employee.values.merging(["employmentId": .id(ids[0]), "employmentIds": .array(ids.map { .id($0) })]) { $1 }
        }
        catalog.add("employment {id} exists") { state, call in try state.ensureEmployment(call) }
        catalog.add("employment {id} has {count} organizational entities") { state, call in
            let values = try state.ensureEmployment(call)
            state.setOrganizationalEntities(count: try call.count("count"), employment: try call.id("id"), now: call.now)
            return values
        }
        catalog.add("employment {id} has {count} working-hours periods") { state, call in
            let values = try state.ensureEmployment(call)
            state.setWorkingHours(count: try call.count("count"), employment: try call.id("id"), now: call.now)
            return values
        }
        return catalog
    }()

    /// Makes sure the client holds a refresh token that works now (its seeded one, or a new one).
    private mutating func validRefreshToken(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let client = try call.client(in: self)
        let token = client.refreshTokens.first ?? "\(client.clientId)-refresh-token"
        tokens.register(refreshToken: token, subject: client.clientId)
        return [
            "clientId": .string(client.clientId), "clientSecret": .string(client.clientSecret ?? ""), "refreshToken": .string(token),
        ]
    }
}
