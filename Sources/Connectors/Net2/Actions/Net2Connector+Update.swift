import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// Brings the Net2 user in line with the mapped data (see ``Net2UpdateDiff`` for the diff and
    /// its fixed defect) and moves it to the mapped department when its department differs.
    ///
    /// A missing user fails the action. `PreviousData` is the user before, `Data` the user after.
    public func update(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        try await Net2ActionRun.concluding(failure: "Could not update Paxton-Net2 account") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let reference = try run.accountReference()
            guard let existing = try await run.api.user(reference) else {
                output.log(
                    "Paxton-Net2 account for: [\(run.displayName)] could not be found, possibly indicating that it could be deleted",
                    isError: true)
                return
            }
            output.previousData = existing
            let currentDepartment = try await run.api.department(ofUser: reference)?.member("name")?.plainText ?? ""
            let data = Net2DefaultMapping.accountData(action, person: person)
            guard let department = data.department else { throw Net2Failure("No Field [Department] found in the field mapping") }
            let target = try await run.mappedDepartment(for: department)
            let diff = Net2UpdateDiff(reference: reference, existing: existing, desired: data)
            var projected = diff.projected.objectValue ?? [:]
            projected["Department"] = .string(target.name)
            output.data = .object(projected)
            let movesDepartment = currentDepartment.lowercased() != target.name.lowercased()
            if run.dryRun {
                output.log(
                    diff.body == nil
                        ? "[DryRun] No changes will be made to the account during enforcement"
                        : "[DryRun] Account property(s) required to update: \(diff.changed.joined(separator: ", "))",
                    action: "UpdateAccount")
                if movesDepartment {
                    output.log(
                        "[DryRun] Department update will be executed during enforcement, new department will be [\(target.name)]",
                        action: "UpdateAccount")
                }
                return
            }
            if let body = diff.body {
                try await run.api.updateUser(reference, body)
                output.log(
                    "Update account was successful, Account property(s) updated: [\(diff.changed.joined(separator: ","))]",
                    action: "UpdateAccount")
            } else {
                output.log("No changes will be made to the account during enforcement", action: "UpdateAccount")
            }
            if movesDepartment {
                try await run.api.setDepartment(ofUser: reference, target.body)
                output.log("Department update from [\(currentDepartment)] to [\(target.name)] was successful", action: "UpdateAccount")
            }
        }
    }
}
