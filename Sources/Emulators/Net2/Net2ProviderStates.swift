import EmulatorCore
import Foundation
import UnderstudyCore

typealias Net2ProviderStateHandler = @Sendable (inout Net2State, ProviderStateCall) throws -> [String: JSONValue]

extension Net2Emulator {
    /// Sets up a Pact provider state (see `Net2State.providerStates` for the names); tearing
    /// down any known state resets the emulator to its seed and startup configuration.
    public func applyProviderState(name: String, params: [String: JSONValue], action: ProviderStateAction) throws
        -> [String: JSONValue]
    {
        let (handler, call) = try Net2State.providerStates.call(named: name, params: params, vendor: vendor, now: clock.now)
        guard action == .setup else {
            reset()
            return [:]
        }
        return try state.withState { (state: inout Net2State) in try handler(&state, call) }
    }
}

extension Net2State {
    /// The provider states a Net2 contract can name.
    static let providerStates: ProviderStateCatalog<Net2ProviderStateHandler> = {
        var catalog = ProviderStateCatalog<Net2ProviderStateHandler>()
        catalog.add("an operator {username} exists") { state, call in try state.ensureOperator(call) }
        catalog.add("a valid access token") { state, call in try state.validAccessToken(call) }
        catalog.add("user {id} exists") { state, call in try state.ensureUser(call) }
        catalog.add("user {id} does not exist") { state, call in
            let id = try call.integer("id")
            state.users[id] = nil
            return ["id": .integer(Int64(id))]
        }
        catalog.add("user {id} has access level {accessLevelId}") { state, call in
            try state.grantAccessLevel(call)
        }
        catalog.add("a user with personnel number {personnelNumber} exists") { state, call in
            try state.ensurePersonnelNumber(call)
        }
        catalog.add("no user has personnel number {personnelNumber}") { state, call in
            let number = try call.text("personnelNumber")
            let field = state.configuration.personnelNumberFieldID
            for (id, user) in state.users where user.customFields[field] == number { state.users[id]?.customFields[field] = nil }
            return [:]
        }
        catalog.add("department {name} exists") { state, call in try state.ensureDepartment(call) }
        catalog.add("MFA is required with code {code}") { state, call in
            let code = try call.text("code")
            guard let mode = try? Net2MFAMode(parsing: "code:\(code)") else {
                throw ProviderStateError.invalidParameter(state: call.name, parameter: "code", reason: "must be digits")
            }
            state.configuration.mfa = mode
            state.tokenLimiter = RateLimiter(policy: state.configuration.tokenRate)
            return ["code": .string(code)]
        }
        catalog.add("MFA is off") { state, _ in
            state.configuration.mfa = .off
            state.tokenLimiter = RateLimiter(policy: state.configuration.tokenRate)
            return [:]
        }
        catalog.add("the token route is rate limited") { state, call in
            while case .admitted = state.tokenLimiter.admit(key: "token-route", now: call.now) {}
            return [:]
        }
        catalog.add("an MFA challenge is open") { state, call in try state.openChallenge(call, verified: false) }
        catalog.add("a verified MFA challenge is open") { state, call in try state.openChallenge(call, verified: true) }
        return catalog
    }()

    /// Makes sure the operator exists; a `password` parameter sets (or creates it with) that password.
    private mutating func ensureOperator(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let username = try call.text("username")
        tokenLimiter = RateLimiter(policy: configuration.tokenRate)
        let password = call.values["password"]?.lenientString
        if let index = operators.firstIndex(where: { $0.name.lowercased() == username.lowercased() }) {
            if let password { operators[index].password = password }
        } else {
            guard let password else { throw ProviderStateError.missingParameter(state: call.name, parameter: "password") }
            operators.append(Net2Operator(name: username, password: password))
        }
        let account = operators.first { $0.name.lowercased() == username.lowercased() }!
        var values: [String: JSONValue] = ["username": .string(account.name), "password": .string(account.password)]
        if let client = clients.first { values["clientId"] = .string(client.clientId) }
        return values
    }

    /// Issues an access token (outside the rate limit) to the `username` parameter's operator, or the first one.
    private mutating func validAccessToken(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let requested = call.values["username"]?.lenientString
        guard let account = requested.map({ name in operators.first { $0.name.lowercased() == name.lowercased() } }) ?? operators.first
        else {
            throw ProviderStateError.invalidParameter(state: call.name, parameter: "username", reason: "names no operator")
        }
        let issued = tokens.issue(subject: account.name, includeRefreshToken: false, now: call.now)
        return ["accessToken": .string(issued.accessToken), "authorization": .string("Bearer \(issued.accessToken)")]
    }

    /// Opens an MFA challenge for the `username` parameter's operator (or the first one), already
    /// answered with the right code when `verified`; returns its `challengeToken`.
    private mutating func openChallenge(_ call: ProviderStateCall, verified: Bool) throws(ProviderStateError) -> [String: JSONValue] {
        let requested = call.values["username"]?.lenientString
        guard let account = requested.map({ name in operators.first { $0.name.lowercased() == name.lowercased() } }) ?? operators.first
        else {
            throw ProviderStateError.invalidParameter(state: call.name, parameter: "username", reason: "names no operator")
        }
        tokenLimiter = RateLimiter(policy: configuration.tokenRate)
        let token = challenges.open(for: account.name, lifetime: configuration.mfaChallengeLifetime, now: call.now)
        if verified { challenges.update(token) { $0.isVerified = true } }
        return ["challengeToken": .string(token)]
    }

    /// Makes sure user `id` exists, creating "Test User{id}" if needed; parameters bind like a
    /// PUT body (`firstName`, `customFields`, `expiryDate`, ...) plus `personnelNumber`,
    /// `departmentId` and `accessLevels`.
    private mutating func ensureUser(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let id = try call.integer("id")
        var user = users[id] ?? Net2User(id: id, firstName: "Test", lastName: "User\(id)", activateDate: Net2DateTime(date: call.now).startOfDay)
        do {
            let changes = try Net2UserChanges(binding: CaseInsensitiveObject(call.values), knownFieldIDs: Set(customFieldNames.map(\.id)))
            changes.apply(to: &user, clearingOmittedExpiry: false)
        } catch {
            throw ProviderStateError.invalidParameter(state: call.name, parameter: error.field, reason: error.reason)
        }
        if let number = call.values["personnelNumber"]?.lenientString {
            user.customFields[configuration.personnelNumberFieldID] = number
        }
        if call.values["departmentId"] != nil {
            let department = try call.integer("departmentId")
            guard self.department(id: department) != nil else {
                throw ProviderStateError.invalidParameter(state: call.name, parameter: "departmentId", reason: "names no department")
            }
            user.departmentId = department
        }
        if let levels = call.values["accessLevels"]?.arrayValue {
            user.accessLevels = levels.compactMap(\.lenientInt).filter { level in accessLevels.contains { $0.id == level } }
        }
        users[id] = user
        return ["id": .integer(Int64(id))]
    }

    private mutating func grantAccessLevel(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let level = try call.integer("accessLevelId")
        guard accessLevels.contains(where: { $0.id == level }) else {
            throw ProviderStateError.invalidParameter(state: call.name, parameter: "accessLevelId", reason: "names no access level")
        }
        let id = try ensureUser(call)["id"]!.intValue!
        if users[id]?.accessLevels.contains(level) == false { users[id]?.accessLevels.append(level) }
        return ["id": .integer(Int64(id)), "accessLevelId": .integer(Int64(level))]
    }

    private mutating func ensurePersonnelNumber(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let number = try call.text("personnelNumber")
        let field = configuration.personnelNumberFieldID
        let id = users.values.filter { $0.customFields[field] == number }.map(\.id).min() ?? nextUserID
        var values = call.values
        values["id"] = .integer(Int64(id))
        _ = try ensureUser(ProviderStateCall(name: call.name, values: values, now: call.now))
        return ["id": .integer(Int64(id)), "personnelNumber": .string(number)]
    }

    private mutating func ensureDepartment(_ call: ProviderStateCall) throws(ProviderStateError) -> [String: JSONValue] {
        let name = try call.text("name")
        let department = departments.first { $0.name.lowercased() == name.lowercased() }
            ?? Net2Department(id: (departments.map(\.id).max() ?? 0) + 1, name: name)
        if !departments.contains(department) { departments.append(department) }
        return ["departmentId": .integer(Int64(department.id)), "departmentName": .string(department.name)]
    }
}
