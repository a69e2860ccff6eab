import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// The account reference reported until a real one is known (HelloID requires one).
    static let unavailableReference: JSONValue = "Currently not available"
    /// The correlation HelloID's README asks for, used when the action brings none:
    /// `Person.ExternalId` against the personnel number custom field.
    static let defaultCorrelationField = "Person.ExternalId"

    /// Correlates the person with the Net2 user whose personnel number custom field holds the
    /// correlation value (a custom query on `sdk.usersex`), or else creates the user, already
    /// expired (disabled), in the department the mapping CSV gives.
    ///
    /// One matching user: correlated (`AccountCorrelated`, reference `userID`). None: created
    /// (reference `id`) and moved to its department. More than one: an error.
    public func create(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        let start = OutputContext(accountReference: Self.unavailableReference, accountCorrelated: false)
        var output = try await Net2ActionRun.concluding(start, failure: "Could not create Paxton-Net2 account") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let data = Net2DefaultMapping.accountData(action, person: person)
            if let correlated = try await correlatedUser(run, data) {
                correlate(run, correlated, &output)
                return
            }
            try await createUser(run, data, &output)
        }
        if action.dryRun && !output.success { output.accountReference = "Error" }
        return output
    }

    /// The one user matching the correlation value, `nil` when none does or correlation is off.
    private func correlatedUser(_ run: Net2ActionRun, _ data: Net2AccountData) async throws -> Correlation? {
        let correlation =
            run.action.correlationConfiguration
            ?? CorrelationConfiguration(
                enabled: true, personField: Self.defaultCorrelationField,
                personFieldValue: run.person.value(at: Self.defaultCorrelationField))
        guard correlation.enabled else { return nil }
        guard let field = correlation.personField?.trimmed, !field.isEmpty else {
            throw Net2Failure("Correlation is enabled but not configured correctly")
        }
        guard let value = correlation.personFieldValue.flatMap({ $0.isNull ? nil : $0.plainText.trimmed }), !value.isEmpty else {
            throw Net2Failure("Correlation is enabled but [PersonFieldValue] is empty. Please make sure it is correctly mapped")
        }
        guard let fieldID = data.customField("PersonnelNumber")?.id else {
            throw Net2Failure(
                "Correlation is enabled but [PersonnelNumber.Id] in the field mapping is empty. Please make sure it is correctly mapped")
        }
        let rows = try await run.api.usersWithCustomField(id: fieldID, value: value)
        guard rows.count <= 1 else { throw Net2Failure("Multiple accounts found with Correlation: \(field) - \(value)") }
        return rows.first.map { Correlation(row: $0, field: field, value: value) }
    }

    /// A `sdk.usersex` row found for the person, and the field and value that found it.
    private struct Correlation {
        var row: JSONValue
        var field: String
        var value: String
    }

    private func correlate(_ run: Net2ActionRun, _ found: Correlation, _ output: inout OutputContext) {
        let id = found.row.member("userID")?.plainText ?? ""
        var data = found.row.objectValue ?? [:]
        data["Department"] = found.row.member("DepartmentName") ?? .null
        output.accountReference = .string(id)
        output.accountCorrelated = true
        output.data = .object(data)
        let prefix = run.dryRun ? "[DryRun] " : ""
        output.log(
            "\(prefix)Correlated account: [\(id)] on field: [\(found.field)] with value: [\(found.value)]", action: "CorrelateAccount")
    }

    private func createUser(_ run: Net2ActionRun, _ data: Net2AccountData, _ output: inout OutputContext) async throws {
        guard let department = data.department else { throw Net2Failure("No Field [Department] found in the field mapping") }
        let target = try await run.mappedDepartment(for: department)
        guard !run.dryRun else {
            output.log(
                "[DryRun] CreateAccount Paxton-Net2 account for: [\(run.displayName)], will be executed during enforcement",
                action: "CreateAccount")
            output.log(
                "[DryRun] Paxton-Net2 account for: [\(run.displayName)] will be added to department [\(target.name)] during enforcement",
                action: "CreateAccount")
            return
        }
        let created = try await run.api.createUser(data.createBody(expiryDate: run.day(offsetBy: -1)))
        let id = created.member("id")?.plainText ?? ""
        output.accountReference = .string(id)
        output.data = created
        output.log("Create account was successful. AccountReference is: [\(id)]", action: "CreateAccount")
        do {
            try await run.api.setDepartment(ofUser: id, target.body)
        } catch let error as ConnectorHTTPError {
            output.log(
                "Failed to add account: [\(id)] to Department: [\(target.name)] Error: \(Net2ActionRun.friendlyMessage(error))",
                action: "CreateAccount", isError: true)
            return
        }
        var withDepartment = created.objectValue ?? [:]
        withDepartment["Department"] = .string(target.name)
        output.data = .object(withDepartment)
        output.log("Account: [\(id)] added to Department: [\(target.name)]", action: "CreateAccount")
    }
}
