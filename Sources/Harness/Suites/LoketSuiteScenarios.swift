import ConnectorRuntime
import Foundation
import LoketConnector
import UnderstudyCore

/// The Loket suite's scenarios. Each runs the connector as HelloID would (the dry-run flag passed
/// through; a source import only reads) against the seed, whose employer is `Understudy Demo B.V.`.
enum LoketSuiteScenarios {
    static let seedEmployer = "Understudy Demo B.V."
    static let seedRefreshToken = "loket-demo-refresh-token"

    static var all: [ConnectorScenario] {
        [
            ConnectorScenario("persons of the seed employer") { context in
                let result = try await connector(context).importPersons(source(context))
                try expect(result.records.map(\.jsonValue), equalTo: "persons.json", context)
                try context.expect(result.rotatedRefreshToken == nil, "the refresh token was rotated with rotation off")
            },
            ConnectorScenario("persons in pages of 5, one request at a time") { context in
                let result = try await connector(context, concurrency: 1, pageSize: 5).importPersons(source(context))
                try expect(result.records.map(\.jsonValue), equalTo: "persons.json", context)
            },
            ConnectorScenario("departments of the seed employer") { context in
                let result = try await connector(context).importDepartments(source(context))
                try expect(result.records.map(\.jsonValue), equalTo: "departments.json", context)
                try context.expect(
                    result.warnings.contains { $0.contains("[interim.zorgzuid]") },
                    "no warning about the manager whose e-mail matches no employee: \(result.warnings)")
            },
            ConnectorScenario("an unknown employer fails naming it") { context in
                do {
                    _ = try await connector(context).importPersons(source(context, employer: "Onbekend B.V."))
                    throw ScenarioFailure("the import of an unknown employer succeeded")
                } catch let error as LoketConnectorError {
                    try context.expect(
                        error.description.hasPrefix("Employer [Onbekend B.V.] not Found!"), "unexpected error: \(error)")
                }
            },
            ConnectorScenario("an access token expiring mid-run is renewed once") { context in
                _ = context.admin("PUT", "/__admin/loket/expire-tokens", body: ["afterRequests": 5])
                let result = try await connector(context).importPersons(source(context))
                try expect(result.records.map(\.jsonValue), equalTo: "persons.json", context)
                let stats = try JSONValue(parsing: context.admin("GET", "/__admin/loket/stats").body)
                try context.expect(stats["tokenRequests"] == 2, "expected 2 token requests (1 renewal), stats: \(stats)")
                try context.expect((stats["expiredTokens"]?.intValue ?? 0) >= 1, "no request met the expired token, stats: \(stats)")
            },
            ConnectorScenario("an employer without employees") { context in
                _ = try context.providerState("employer Understudy Leeg B.V. exists")
                let persons = try await connector(context).importPersons(source(context, employer: "Understudy Leeg B.V."))
                try context.expect(persons.records.isEmpty, "persons of an empty employer: \(persons.records.count)")
                let departments = try await connector(context).importDepartments(source(context, employer: "understudy leeg b.v."))
                try context.expect(departments.records.isEmpty, "departments of an empty employer: \(departments.records.count)")
            },
            ConnectorScenario("refresh-token rotation: the new token is surfaced, the old one is spent") { context in
                _ = context.admin("PUT", "/__admin/loket/rotation", body: ["rotation": "on"])
                let first = try await connector(context).importDepartments(source(context))
                guard let rotated = first.rotatedRefreshToken, rotated != seedRefreshToken else {
                    throw ScenarioFailure("the rotated refresh token was not surfaced")
                }
                let second = try await connector(context).importPersons(source(context, refreshToken: rotated))
                try expect(second.records.map(\.jsonValue), equalTo: "persons.json", context)
                try context.expect(
                    second.rotatedRefreshToken != nil && second.rotatedRefreshToken != rotated, "the second run's token was not surfaced")
                do {
                    _ = try await connector(context).importPersons(source(context))
                    throw ScenarioFailure("the spent refresh token was accepted")
                } catch LoketConnectorError.authenticationFailed(let error) {
                    try context.expect(error == "invalid_grant", "unexpected OAuth error \(error)")
                }
            },
        ]
    }

    private static func connector(_ context: ScenarioContext, concurrency: Int = 8, pageSize: Int = 250) -> LoketConnector {
        LoketConnector(options: LoketConnectorOptions(concurrency: concurrency, pageSize: pageSize, clock: context.clock))
    }

    private static func source(
        _ context: ScenarioContext, employer: String = seedEmployer, refreshToken: String = seedRefreshToken
    ) -> SourceContext {
        let base = context.baseURL.absoluteString
        return SourceContext(
            configuration: [
                "Client_Id": "understudy-demo", "Client_Secret": "", "refresh_token": .string(refreshToken), "Environment": "Production",
                "employer": .string(employer), "apiBaseUrl": .string(base), "tokenUrl": .string(base + "/token"),
            ],
            dryRun: context.dryRun)
    }

    private static func expect(_ records: [JSONValue], equalTo file: String, _ context: ScenarioContext) throws {
        guard let emulator = context.emulator as? LoketSuiteEmulator else { throw ScenarioFailure("not the Loket suite's emulator") }
        if let difference = LoketSuiteComparison.difference(expected: try emulator.expected(file), actual: records) {
            throw ScenarioFailure("the import differs from \(emulator.expectedResults.appendingPathComponent(file).path): \(difference)")
        }
    }
}
