import ConnectorRuntime
import Foundation
import UnderstudyCore

/// A test-only target connector for the "notes" vendor, written on the connector runtime.
struct NotesConnector: TargetConnector {
    let supportedActions: Set<ConnectorAction> = [.create, .update, .delete]
    let baseURL: URL
    let clock: any Clock
    /// When true the connector forgets to honour the dry run (a defect the harness must catch).
    var ignoresDryRun = false
    /// When true the connector also calls a route the contract does not have.
    var callsUnknownRoute = false

    private func client(_ action: ActionContext) async throws -> ConnectorHTTPClient {
        var client = ConnectorHTTPClient(baseURL: baseURL, dryRun: action.dryRun && !ignoresDryRun, clock: clock)
        let token = try await client.json(.token("/oauth/token", body: .form([("grant_type", "client_credentials"), ("client_id", "notes"), ("client_secret", "s3cret")])))
        client.authentication = .bearer(token["access_token"]?.stringValue ?? "")
        return client
    }

    func create(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        let client = try await client(action)
        var output = OutputContext()
        if callsUnknownRoute { _ = try? await client.send(.get("/unknown")) }
        guard !action.dryRun || ignoresDryRun else {
            output.log("would create \(person.person["DisplayName"]?.stringValue ?? "")", action: "CreateAccount")
            output.success = true
            return output
        }
        let created = try await client.json(.post("/accounts", body: .json(["name": person.person["DisplayName"] ?? ""])))
        output.accountReference = created["id"]
        output.data = created
        output.log("created \(created["id"]?.stringValue ?? "")", action: "CreateAccount")
        output.success = true
        return output
    }

    func update(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        let client = try await client(action)
        let id = action.references.account?.stringValue ?? ""
        let current = try await client.json(.get("/accounts/\(id)"))
        var output = OutputContext(previousData: current)
        if !action.dryRun || ignoresDryRun {
            output.data = try await client.json(.put("/accounts/\(id)", body: .json(["name": person.person["DisplayName"] ?? ""])))
        }
        output.success = true
        return output
    }

    func delete(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        let client = try await client(action)
        let id = action.references.account?.stringValue ?? ""
        if !action.dryRun || ignoresDryRun { _ = try await client.send(.delete("/accounts/\(id)")) }
        return OutputContext(success: true)
    }
}
