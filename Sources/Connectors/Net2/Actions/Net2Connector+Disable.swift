import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// Disables the Net2 user: sets its expiry date to yesterday and moves it to the archived
    /// department (`archivedDepartmentId`). A missing user counts as disabled (success).
    public func disable(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        try await Net2ActionRun.concluding(failure: "Could not disable Paxton-Net2 account") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let reference = try run.accountReference()
            let archived = try run.settings.requireArchivedDepartmentID()
            guard let existing = try await run.api.user(reference) else {
                output.log(run.accountNotFoundMessage(reference))
                return
            }
            output.previousData = existing
            let archive = "Terminated Employment [id = \(archived)]"
            if run.dryRun {
                output.log(run.dryRunAccountMessage("Disable", reference), action: "DisableAccount")
                output.log(
                    "[DryRun] Department update will be executed during enforcement, new department will be [\(archive)]",
                    action: "DisableAccount")
                return
            }
            try await run.api.updateUser(reference, ["id": .string(reference), "expiryDate": .string(run.day(offsetBy: -1))])
            output.log("Disable account was successful", action: "DisableAccount")
            try await run.api.setDepartment(ofUser: reference, ["id": .string(String(archived))])
            output.log("Department update was successful, new department is [\(archive)]", action: "DisableAccount")
        }
    }
}
