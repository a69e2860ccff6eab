import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2UpdateTests {
    private let janWithoutTitle = Net2People.jan.with("PrimaryContract.Title", .null)

    @Test func changesNothingWhenTheUserMatches() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().update(server.action(account: "1012"), person: janWithoutTitle)
        #expect(output.success)
        #expect(output.messages == ["No changes will be made to the account during enforcement"])
        #expect(output.previousData?["lastName"] == "Dijk")
        #expect(server.writes.isEmpty)
    }

    /// The original's defect: the seed user has no title (custom field 11), so the original never
    /// wrote it. The fixed diff does.
    @Test func writesACustomFieldTheUserDoesNotHaveYet() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().update(server.action(account: "1012"), person: Net2People.jan)
        #expect(output.messages == ["Update account was successful, Account property(s) updated: [Title]"])
        #expect(server.user(1012)?.customFields[11] == "Account manager")
        #expect(server.user(1012)?.customFields[14] == "100234")
    }

    @Test func updatesChangedPropertiesAndTheDepartment() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let moved = janWithoutTitle.with("Name.NickName", "Johannes").with("PrimaryContract.Department.ExternalId", "SUPPORT")
        let output = try await server.connector().update(server.action(account: "1012"), person: moved)
        #expect(output.success)
        #expect(
            output.messages == [
                "Update account was successful, Account property(s) updated: [FirstName]",
                "Department update from [Sales] to [Support] was successful",
            ])
        #expect(output.data?["firstName"] == "Johannes")
        #expect(output.data?["Department"] == "Support")
        #expect(server.user(1012)?.firstName == "Johannes")
        #expect(server.user(1012)?.departmentId == 3)
        let put = try #require(server.writes.first)
        #expect(try JSONValue(parsing: put.body) == ["Id": "1012", "FirstName": "Johannes"])
    }

    @Test func keepsADisabledUserDisabled() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let lisa = Net2People.person(
            externalID: "100567", nick: "Elisabeth", family: "Boer", prefix: "de", department: "SALES", email: "lisa.deboer@example.com",
            phone: nil, title: "Sales assistant")
        let output = try await server.connector().update(server.action(account: "1015"), person: lisa)
        #expect(output.success, "\(output.messages)")
        #expect(server.user(1015)?.expiryDate?.description == "2025-12-31T00:00:00")
        #expect(server.user(1015)?.firstName == "Elisabeth")
    }

    @Test func failsForAMissingUser() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().update(server.action(account: "4040"), person: Net2People.jan)
        #expect(!output.success)
        #expect(
            output.auditLogs == [
                AuditLog(
                    message: "Paxton-Net2 account for: [Jan van Dijk] could not be found, possibly indicating that it could be deleted",
                    isError: true)
            ])
        let noReference = try await server.connector().update(server.action(), person: Net2People.jan)
        #expect(noReference.messages == ["Could not update Paxton-Net2 account. Error: The account reference could not be found"])
    }

    @Test func aDryRunReportsTheChangesWithoutWriting() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let moved = Net2People.jan.with("Name.NickName", "Johannes").with("PrimaryContract.Department.ExternalId", "SUPPORT")
        let output = try await server.connector().update(server.action(dryRun: true, account: "1012"), person: moved)
        #expect(output.success)
        #expect(
            output.messages == [
                "[DryRun] Account property(s) required to update: FirstName, Title",
                "[DryRun] Department update will be executed during enforcement, new department will be [Support]",
            ])
        #expect(output.data?["firstName"] == "Johannes")
        #expect(server.writes.isEmpty)
    }
}
