import ConnectorRuntime
import Net2Connector
import UnderstudyCore

/// Ten creates at once, each its own run with its own token as HelloID runs concurrent actions.
/// Net2 allows two token requests per second, so most sign-ins get a 429 at first; each waits
/// for the `Retry-After` (on the scenario's self-advancing clock) and every action succeeds.
enum Net2BurstScenario {
    static let departments = ["SALES", "SUPPORT", "ADMIN", "WAREHOUSE", "IT"]

    static func run(_ context: ScenarioContext) async throws {
        try await Net2SuiteFixture.run(context) { fixture in
            let outputs = try await withThrowingTaskGroup(of: OutputContext.self) { group in
                for index in 0..<10 {
                    let person = Net2SuitePeople.person(
                        String(300_001 + index), nick: "Burst\(index)", family: "Tester",
                        department: departments[index % departments.count],
                        email: "burst\(index)@example.com", title: "Temp")
                    group.addTask { try await fixture.connector().create(fixture.action(), person: person) }
                }
                return try await group.reduce(into: [OutputContext]()) { $0.append($1) }
            }
            for output in outputs { try fixture.expectSuccess(output, "a create in the burst") }
            try context.expect(fixture.stat("tokensIssued") == 10, "expected 10 tokens, one per run; saw \(fixture.stat("tokensIssued"))")
            try context.expect(fixture.stat("rateLimited") > 0, "the burst never hit the token route's rate limit")
        }
    }
}
