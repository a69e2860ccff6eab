import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2ActionRunTests {
    private let configuration: JSONValue = ["BaseUrl": "http://127.0.0.1:1", "UserName": "u", "Password": "p", "ClientId": "c"]

    private func run(_ references: ActionReferences, permissionName: String? = nil) throws -> Net2ActionRun {
        try Net2ActionRun(
            ActionContext(configuration: configuration, references: references, permissionDisplayName: permissionName),
            person: PersonContext(person: ["DisplayName": "Ada"]), session: Net2Session())
    }

    @Test func readsReferencesAsText() throws {
        #expect(try run(ActionReferences(account: 1012)).accountReference() == "1012")
        #expect(try run(ActionReferences(account: " 1012 ")).accountReference() == "1012")
        #expect(throws: Net2Failure("The account reference could not be found")) {
            try run(ActionReferences(account: "")).accountReference()
        }
        #expect(try run(ActionReferences(permission: ["Reference": "5"])).permissionReference() == 5)
        #expect(try run(ActionReferences(permission: ["Id": 4])).permissionReference() == 4)
        #expect(throws: Net2Failure("The permission reference could not be found")) { try run(ActionReferences()).permissionReference() }
    }

    @Test func namesThingsForMessages() throws {
        #expect(try run(ActionReferences()).permissionName(5) == "5")
        #expect(try run(ActionReferences(), permissionName: "Server room").permissionName(5) == "Server room")
        #expect(
            try run(ActionReferences()).accountNotFoundMessage("9")
                == "Paxton-Net2 account: [9] for person: [Ada] could not be found, possibly indicating that it could be deleted")
    }

    @Test func concludesFromTheAuditLogAndWordsErrors() async throws {
        let failed = try await Net2ActionRun.concluding(failure: "Could not do it") { _ in throw Net2Failure("broken") }
        #expect(failed == OutputContext(success: false, auditLogs: [AuditLog(message: "Could not do it. Error: broken", isError: true)]))
        let fine = try await Net2ActionRun.concluding(failure: "Could not do it") { $0.log("done") }
        #expect(fine.success)
        let http = ConnectorHTTPError(kind: .status(404), requestLine: "GET x", vendorMessage: "User not found.")
        #expect(Net2ActionRun.friendlyMessage(http) == "User not found.")
        #expect(
            Net2ActionRun.friendlyMessage(ConnectorHTTPError(kind: .transport("refused"), requestLine: "GET x")) == "GET x failed: refused")
    }

    @Test func letsCancellationThrough() async {
        await #expect(throws: CancellationError.self) {
            try await Net2ActionRun.concluding(failure: "Could not do it") { _ in throw CancellationError() }
        }
    }
}
