import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2CreateTests {
    @Test func createsTheUserExpiredInTheMappedDepartment() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().create(server.action(), person: Net2People.eva)
        #expect(output.success, "\(output.messages)")
        #expect(output.accountReference == "1017")
        #expect(output.accountCorrelated == false)
        #expect(
            output.messages == [
                "Create account was successful. AccountReference is: [1017]", "Account: [1017] added to Department: [Support]",
            ])
        #expect(output.data?["Department"] == "Support")
        let user = try #require(server.user(1017))
        #expect((user.firstName, user.middleName, user.lastName, user.telephone) == ("Eva", "de", "Vries", "+31 30 123 4599"))
        #expect(user.customFields == [9: "eva.devries@example.com", 14: "200001", 11: "Service engineer"])
        #expect(user.departmentId == 3)
        #expect(user.expiryDate?.description == Net2Date.day(server.clock.now, offsetBy: -1) + "T00:00:00")
    }

    @Test func correlatesOnThePersonnelNumber() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().create(server.action(), person: Net2People.jan)
        #expect(output.success)
        #expect(output.accountReference == "1012")
        #expect(output.accountCorrelated == true)
        #expect(
            output.auditLogs == [
                AuditLog(
                    action: "CorrelateAccount", message: "Correlated account: [1012] on field: [Person.ExternalId] with value: [100234]")
            ])
        #expect(output.data?["Department"] == "Sales")
        #expect(server.writes.isEmpty)
    }

    @Test func followsTheCorrelationConfiguration() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        var action = server.action()
        action.correlationConfiguration = CorrelationConfiguration(enabled: false)
        let created = try await server.connector().create(action, person: Net2People.jan)
        #expect(created.accountReference == "1017")
        action.correlationConfiguration = CorrelationConfiguration(enabled: true, personField: "Person.ExternalId", personFieldValue: .null)
        let empty = try await server.connector().create(action, person: Net2People.jan)
        #expect(
            empty.messages == [
                "Could not create Paxton-Net2 account. Error: Correlation is enabled but [PersonFieldValue] is empty. "
                    + "Please make sure it is correctly mapped"
            ])
    }

    @Test func refusesToCorrelateWithSeveralUsers() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        _ = try server.emulator.applyProviderState(name: "user 1020 exists", params: ["personnelNumber": "100234"], action: .setup)
        let output = try await server.connector().create(server.action(), person: Net2People.jan)
        #expect(!output.success)
        #expect(
            output.messages == [
                "Could not create Paxton-Net2 account. Error: Multiple accounts found with Correlation: Person.ExternalId - 100234"
            ])
    }

    @Test func failsWhenTheMappedDepartmentIsNotInNet2() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let lab = Net2People.eva.with("PrimaryContract.Department.ExternalId", "LAB")
        let output = try await server.connector().create(server.action(), person: lab)
        #expect(output.messages == ["Could not create Paxton-Net2 account. Error: Mapped department [Research] does not exist in Net2"])
        let unmapped = try await server.connector().create(
            server.action(), person: Net2People.eva.with("PrimaryContract.Department.ExternalId", "NOPE"))
        #expect(
            unmapped.messages == [
                "Could not create Paxton-Net2 account. Error: "
                    + "No Net2 Department found in mapping with HelloId values: [Department : [NOPE]]"
            ])
        #expect(server.writes.isEmpty)
    }

    @Test func namesAMissingConfigurationKey() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().create(server.action(configuration: ["departmentMapping": .null]), person: Net2People.eva)
        #expect(output.messages == ["Could not create Paxton-Net2 account. Error: configuration key 'departmentMapping' is missing"])
        let noURL = try await server.connector().create(ActionContext(configuration: ["UserName": "a"]), person: Net2People.eva)
        #expect(noURL.messages == ["Could not create Paxton-Net2 account. Error: configuration key 'BaseUrl' is missing"])
    }

    @Test func takesTheDataHelloIDMapped() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        var action = server.action()
        action.data = [
            "Department": "IT", "FirstName": "Mapped", "LastName": "Person",
            "PersonnelNumber": ["Id": "14", "Value": "300001"], "Email": ["Id": "9", "Value": "mapped@example.com"],
        ]
        let output = try await server.connector().create(action, person: PersonContext(person: ["ExternalId": "300001"]))
        #expect(output.success, "\(output.messages)")
        let user = try #require(server.user(1017))
        #expect(user.firstName == "Mapped")
        #expect(user.customFields == [9: "mapped@example.com", 14: "300001"])
    }

    @Test func aDryRunDecidesButDoesNotWrite() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().create(server.action(dryRun: true), person: Net2People.eva)
        #expect(output.success)
        #expect(output.accountReference == "Currently not available")
        #expect(
            output.messages == [
                "[DryRun] CreateAccount Paxton-Net2 account for: [Eva de Vries], will be executed during enforcement",
                "[DryRun] Paxton-Net2 account for: [Eva de Vries] will be added to department [Support] during enforcement",
            ])
        #expect(server.writes.isEmpty)
        let failed = try await server.connector().create(
            server.action(dryRun: true), person: Net2People.eva.with("PrimaryContract.Department.ExternalId", "NOPE"))
        #expect(failed.accountReference == "Error")
    }
}
