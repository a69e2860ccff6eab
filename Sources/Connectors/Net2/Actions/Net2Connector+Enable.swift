import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// Enables the Net2 user: clears its expiry date, activates it today and, when it sits in the
    /// archived department (`archivedDepartmentId`), moves it to department 0 ("None"); the next
    /// update puts the mapped department back. A missing user fails the action.
    public func enable(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        try await Net2ActionRun.concluding(failure: "Could not enable Paxton-Net2 account") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let reference = try run.accountReference()
            let archived = try run.settings.requireArchivedDepartmentID()
            guard let existing = try await run.api.user(reference) else {
                output.log(run.accountNotFoundMessage(reference), isError: true)
                return
            }
            output.previousData = existing
            let department = try await run.api.department(ofUser: reference)
            let leavesArchive = department?.member("id").flatMap { Int($0.plainText) } == archived
            let departmentMessage = "Department update from [Terminated Employment [id = \(archived)]] to [None]"
            if run.dryRun {
                output.log(run.dryRunAccountMessage("Enable", reference), action: "EnableAccount")
                if leavesArchive {
                    output.log("[DryRun] \(departmentMessage), will be executed during enforcement", action: "EnableAccount")
                }
                return
            }
            try await run.api.updateUser(reference, ["id": .string(reference), "expiryDate": .null, "activateDate": .string(run.day())])
            output.log("Enable account was successful", action: "EnableAccount")
            if leavesArchive {
                try await run.api.setDepartment(ofUser: reference, ["id": "0"])
                output.log("\(departmentMessage) was successful", action: "EnableAccount")
            }
        }
    }
}
