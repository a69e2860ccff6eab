import ConnectorRuntime
import EmulatorCore
import Foundation
import Harness
import MicroHTTP
import UnderstudyCore

/// The test-only suite: create → update → delete of one account through `NotesConnector`.
struct NotesSuite: ConnectorSuite {
    var name = "notes"
    var contractFileName = "understudy-notes-connector-notes.json"
    var ignoresDryRun = false
    var callsUnknownRoute = false
    var skipsUpdate = false

    var scenarios: [ConnectorScenario] {
        let ignoresDryRun = ignoresDryRun, callsUnknownRoute = callsUnknownRoute, skipsUpdate = skipsUpdate
        return [
            ConnectorScenario("lifecycle") { context in
                let connector = NotesConnector(
                    baseURL: context.baseURL, clock: context.clock, ignoresDryRun: ignoresDryRun, callsUnknownRoute: callsUnknownRoute)
                let person = PersonContext(person: ["DisplayName": "Ada Lovelace"])
                let created = try await connector.create(ActionContext(dryRun: context.dryRun), person: person)
                try context.expect(created.success, "create failed: \(created.auditLogs)")
                guard !context.dryRun || ignoresDryRun else { return }
                let reference = ActionReferences(account: created.accountReference)
                if !skipsUpdate {
                    let updated = try await connector.update(
                        ActionContext(dryRun: context.dryRun, references: reference), person: PersonContext(person: ["DisplayName": "Ada King"]))
                    try context.expect(updated.data?["name"] == "Ada King", "update did not rename")
                }
                let deleted = try await connector.delete(ActionContext(dryRun: context.dryRun, references: reference), person: person)
                try context.expect(deleted.success, "delete failed")
            }
        ]
    }

    func makeEmulator(stubsRoot: URL, clock: any Clock) throws -> any VendorEmulator { NotesEmulator() }

    func isTokenRequest(_ request: HTTPRequest) -> Bool { request.path == "/oauth/token" }
}
