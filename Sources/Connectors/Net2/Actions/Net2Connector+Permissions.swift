import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// Lists Net2's access levels as permissions: `DisplayName` the level's name (at most 100
    /// characters), `Identification.Reference` its id.
    public func retrievePermissions(_ action: ActionContext) async throws -> OutputContext {
        try await Net2ActionRun.concluding(failure: "Could not retrieve Paxton-Net2 permissions") { output in
            let run = try Net2ActionRun(action, session: session)
            output.permissions = try await run.api.accessLevels().map { level in
                RetrievedPermission(
                    displayName: String(level.member("name")?.plainText.prefix(100) ?? ""),
                    identification: ["Reference": level.member("id") ?? .null])
            }
        }
    }

    /// Adds the access level `References.Permission.Reference` to the user's door permission set
    /// (nothing is written when the user has it already). A missing user fails the action.
    public func grant(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        try await changeAccessLevel(action, person: person, granting: true)
    }

    /// Removes the access level `References.Permission.Reference` from the user's door permission
    /// set (nothing is written when the user does not have it). A missing user counts as revoked.
    public func revoke(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        try await changeAccessLevel(action, person: person, granting: false)
    }

    private func changeAccessLevel(_ action: ActionContext, person: PersonContext, granting: Bool) async throws -> OutputContext {
        let verb = granting ? "grant" : "revoke"
        let auditAction = granting ? "GrantPermission" : "RevokePermission"
        return try await Net2ActionRun.concluding(failure: "Could not \(verb) Paxton-Net2 permission") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let reference = try run.accountReference()
            let level = try run.permissionReference()
            let name = run.permissionName(level)
            guard var set = try await run.api.doorPermissionSet(ofUser: reference) else {
                output.log(run.accountNotFoundMessage(reference), action: auditAction, isError: granting)
                return
            }
            var levels = Net2AccessLevels(set)
            let changes = granting ? levels.insert(level) : levels.remove(level)
            if run.dryRun {
                output.log(
                    "[DryRun] \(granting ? "Grant" : "Revoke") Paxton-Net2 entitlement: [\(name)], will be executed during enforcement",
                    action: auditAction)
                return
            }
            if changes {
                set = levels.applied(to: set)
                try await run.api.setDoorPermissionSet(ofUser: reference, set)
            }
            output.log("\(granting ? "Grant" : "Revoke") permission [\(name)] was successful", action: auditAction)
        }
    }
}
