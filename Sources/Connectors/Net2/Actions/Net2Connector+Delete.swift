import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// Deletes the Net2 user. A missing user counts as deleted (success).
    public func delete(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        try await Net2ActionRun.concluding(failure: "Could not delete Paxton-Net2 account") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let reference = try run.accountReference()
            guard let existing = try await run.api.user(reference) else {
                output.log(run.accountNotFoundMessage(reference))
                return
            }
            output.previousData = existing
            if run.dryRun {
                output.log(run.dryRunAccountMessage("Delete", reference), action: "DeleteAccount")
                return
            }
            try await run.api.deleteUser(reference)
            output.log("Delete account was successful", action: "DeleteAccount")
        }
    }
}
