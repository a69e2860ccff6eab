import ConnectorRuntime
import Foundation
import LoketEmulator
import Synchronization
import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketConnectorTests {
    private func connector(_ server: LoketTestServer, concurrency: Int = 8, pageSize: Int = 250, rotated: (@Sendable (String) -> Void)? = nil)
        -> LoketConnector
    {
        LoketConnector(
            options: LoketConnectorOptions(concurrency: concurrency, pageSize: pageSize, clock: server.clock, onRefreshTokenRotated: rotated))
    }

    @Test func importsThePersonsOfTheSeedEmployer() async throws {
        let server = try LoketTestServer()
        let result = try await connector(server).importPersons(SourceContext(configuration: server.configuration()))
        #expect(JSONValue.array(result.records.map(\.jsonValue)) == .array(try LoketFixtures.expected("persons.json")))
        #expect(result.warnings.isEmpty)
        #expect(result.rotatedRefreshToken == nil)
        let stats = try server.admin("GET", "/__admin/loket/stats")
        #expect(stats["tokenRequests"] == 1)
        #expect(stats["apiRequests"]?.intValue == 3 + 2 * 15, "employers, employees, employments, and two lists per employment")
    }

    @Test func importsTheDepartmentsOfTheSeedEmployer() async throws {
        let server = try LoketTestServer()
        let result = try await connector(server).importDepartments(SourceContext(configuration: server.configuration()))
        #expect(JSONValue.array(result.records.map(\.jsonValue)) == .array(try LoketFixtures.expected("departments.json")))
        #expect(result.warnings == [
            "No EmployeeObject correlated for user [interim.zorgzuid]: no employee has its e-mail address; no department manager set"
        ])
    }

    @Test func runsAsASourceConnector() async throws {
        let server = try LoketTestServer()
        let context = SourceContext(configuration: server.configuration(), dryRun: true)
        let connector = connector(server)
        #expect(try await connector.persons(context).count == 14)
        guard case .departments(let departments) = try await connector.run(.departments, context: context) else {
            Issue.record("not a departments result")
            return
        }
        #expect(departments.map(\.displayName).first == "Directie")
    }

    @Test func pagesAndOneRequestAtATimeGiveTheSameResult() async throws {
        let server = try LoketTestServer(seed: LoketSeed.generated(employees: 120, seed: 3))
        let context = SourceContext(configuration: server.configuration(employer: LoketSeed.generatedEmployerName))
        let fast = try await connector(server).importPersons(context)
        let slow = try await connector(server, concurrency: 1, pageSize: 25).importPersons(context)
        #expect(fast.records.count == 120)
        #expect(fast.records == slow.records)
        let departments = try await connector(server, pageSize: 3).importDepartments(context)
        #expect(departments.records == (try await connector(server).importDepartments(context)).records)
    }

    @Test func anUnknownEmployerFailsNamingIt() async throws {
        let server = try LoketTestServer()
        let context = SourceContext(configuration: server.configuration(employer: "Onbekend B.V."))
        await #expect(throws: LoketConnectorError.employerNotFound(name: "Onbekend B.V.", available: ["Understudy Demo B.V.", "Understudy Zorg B.V."])) {
            try await connector(server).importPersons(context)
        }
    }

    @Test func aConfigurationErrorNamesTheKey() async throws {
        let server = try LoketTestServer()
        guard case .object(var members) = server.configuration() else { return }
        members["Client_Id"] = nil
        await #expect(throws: ConfigurationError(key: "Client_Id", reason: .missing)) {
            try await connector(server).importDepartments(SourceContext(configuration: .object(members)))
        }
    }

    @Test func renewsAnAccessTokenThatExpiresMidRunOnce() async throws {
        let server = try LoketTestServer()
        try server.admin("PUT", "/__admin/loket/expire-tokens", body: ["afterRequests": 5])
        let result = try await connector(server).importPersons(SourceContext(configuration: server.configuration()))
        #expect(JSONValue.array(result.records.map(\.jsonValue)) == .array(try LoketFixtures.expected("persons.json")))
        let stats = try server.admin("GET", "/__admin/loket/stats")
        #expect(stats["tokenRequests"] == 2)
        #expect((stats["unauthorized"]?.intValue ?? 0) >= 1)
    }

    @Test func surfacesARotatedRefreshToken() async throws {
        let server = try LoketTestServer(configuration: LoketConfiguration(rotatesRefreshTokens: true))
        let handed = Mutex<[String]>([])
        let connector = connector(server) { token in handed.withLock { $0.append(token) } }
        let first = try await connector.importDepartments(SourceContext(configuration: server.configuration()))
        let rotated = try #require(first.rotatedRefreshToken)
        #expect(rotated != LoketFixtures.seedRefreshToken)
        #expect(handed.withLock { $0 } == [rotated])
        await #expect(throws: LoketConnectorError.authenticationFailed(error: "invalid_grant")) {
            try await connector.importDepartments(SourceContext(configuration: server.configuration()))
        }
        let second = try await connector.importPersons(SourceContext(configuration: server.configuration(refreshToken: rotated)))
        #expect(second.records.count == 14)
        #expect(second.rotatedRefreshToken != nil && second.rotatedRefreshToken != rotated)
    }

    @Test func handsOverARotatedRefreshTokenWhenTheImportFailsAfterwards() async throws {
        let server = try LoketTestServer(configuration: LoketConfiguration(rotatesRefreshTokens: true))
        let handed = Mutex<[String]>([])
        let connector = connector(server) { token in handed.withLock { $0.append(token) } }
        await #expect(throws: LoketConnectorError.self) {
            try await connector.importPersons(SourceContext(configuration: server.configuration(employer: "Onbekend B.V.")))
        }
        let rotated = try #require(handed.withLock { $0.first })
        #expect(try await connector.importPersons(SourceContext(configuration: server.configuration(refreshToken: rotated))).records.count == 14)
    }

    @Test func anEmployerWithoutEmployeesGivesNothing() async throws {
        let server = try LoketTestServer()
        _ = try server.emulator.applyProviderState(name: "employer Understudy Leeg B.V. exists", params: [:], action: .setup)
        let context = SourceContext(configuration: server.configuration(employer: "Understudy Leeg B.V."))
        #expect(try await connector(server).importPersons(context).records.isEmpty)
        #expect(try await connector(server).importDepartments(context).records.isEmpty)
    }
}
