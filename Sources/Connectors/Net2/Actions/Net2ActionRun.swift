import ConnectorRuntime
import Foundation
import UnderstudyCore

/// One action being carried out: its contexts, the decoded settings, the API, and the helpers
/// every action uses (reference checks, display name, dates, error wording).
struct Net2ActionRun {
    let action: ActionContext
    let person: PersonContext
    let settings: Net2Settings
    let api: Net2API
    let session: Net2Session

    /// Decodes the settings of `action`; throws the ``ConfigurationError`` naming a bad key.
    init(_ action: ActionContext, person: PersonContext = PersonContext(), session: Net2Session) throws {
        self.action = action
        self.person = person
        self.session = session
        settings = try Net2Settings(configuration: action.configuration)
        api = Net2API(session: session, settings: settings, dryRun: action.dryRun)
    }

    /// Whether this is a dry run.
    var dryRun: Bool { action.dryRun }

    /// The person's display name, for messages.
    var displayName: String { person.value(at: "DisplayName")?.plainText ?? "" }

    /// The account reference (`References.Account`) as text; throws when it is missing.
    func accountReference() throws -> String {
        guard let reference = action.references.account, !reference.isNull, !reference.plainText.trimmed.isEmpty else {
            throw Net2Failure("The account reference could not be found")
        }
        return reference.plainText.trimmed
    }

    /// The permission's access level id (`References.Permission.Reference`, or `.Id`); throws when missing.
    func permissionReference() throws -> Int {
        let permission = action.references.permission
        guard let reference = permission?.member("Reference") ?? permission?.member("Id"), let id = Int(reference.plainText.trimmed)
        else { throw Net2Failure("The permission reference could not be found") }
        return id
    }

    /// The permission's name for messages: `PermissionDisplayName`, else its reference.
    func permissionName(_ id: Int) -> String {
        action.permissionDisplayName ?? String(id)
    }

    /// The day of the session's clock moved by `days`, as Net2 takes it.
    func day(offsetBy days: Int = 0) -> String {
        Net2Date.day(session.clock.now, offsetBy: days)
    }

    /// The "could not be found" message of enable, disable, delete and the permission actions.
    func accountNotFoundMessage(_ reference: String) -> String {
        "Paxton-Net2 account: [\(reference)] for person: [\(displayName)] could not be found, possibly indicating that it could be deleted"
    }

    /// The dry-run line of enable, disable and delete: `[DryRun] <verb> Paxton-Net2 account: [<ref>] for
    /// person: [<name>] will be executed during enforcement`.
    func dryRunAccountMessage(_ verb: String, _ reference: String) -> String {
        "[DryRun] \(verb) Paxton-Net2 account: [\(reference)] for person: [\(displayName)] will be executed during enforcement"
    }

    /// Runs `body` on `output` and ends the output as the original's `finally` does: a thrown
    /// error becomes the error entry `<failure>. Error: <message>` and success means "no error entry".
    static func concluding(
        _ output: OutputContext = OutputContext(), failure: String, _ body: (inout OutputContext) async throws -> Void
    ) async throws -> OutputContext {
        var output = output
        do {
            try await body(&output)
        } catch let error as CancellationError {
            throw error
        } catch {
            output.log("\(failure). Error: \(friendlyMessage(error))", isError: true)
        }
        output.concludeFromAuditLogs()
        return output
    }

    /// The message of an error as the original's `Resolve-Paxton-Net2Error` gives it: Net2's own
    /// message when it sent one, else the error's description.
    static func friendlyMessage(_ error: any Error) -> String {
        if let error = error as? ConnectorHTTPError { return error.vendorMessage ?? error.description }
        return String(describing: error)
    }
}
