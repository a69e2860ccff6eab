import ConnectorRuntime
import Net2Connector
import UnderstudyCore

/// Create, enable, update, disable, enable again (out of the archived department), update,
/// disable and delete for three people in one run: Jan is correlated, Eva and Noah are created.
/// Updates change a name and a department, add Jan's title and Noah's email (custom fields the
/// users did not have, which the original connector never wrote). The run signs in once.
enum Net2LifecycleScenario {
    static func run(_ context: ScenarioContext) async throws {
        try await Net2SuiteFixture.run(context) { fixture in
            let connector = fixture.connector()
            let people = [
                (Net2SuitePeople.jan, Net2SuitePeople.changing(Net2SuitePeople.jan, "Contact.Business.Phone.Fixed", to: "+31 6 1234 5678")),
                (Net2SuitePeople.eva, Net2SuitePeople.changing(Net2SuitePeople.eva, "PrimaryContract.Department.ExternalId", to: "SALES")),
                (
                    Net2SuitePeople.noah,
                    Net2SuitePeople.changing(Net2SuitePeople.noah, "Contact.Business.Email", to: "noah.visser@example.com")
                ),
            ]
            for (person, changed) in people {
                let created = try await connector.create(fixture.action(), person: person)
                try fixture.expectSuccess(created, "create")
                guard let reference = fixture.reference(created) else { continue }
                let action = fixture.action(account: reference)
                let steps: [(String, PersonContext, (ActionContext, PersonContext) async throws -> OutputContext)] = [
                    ("enable", person, connector.enable), ("update", person, connector.update), ("disable", person, connector.disable),
                    ("enable", person, connector.enable), ("update", changed, connector.update), ("disable", changed, connector.disable),
                    ("delete", changed, connector.delete),
                ]
                for (name, who, step) in steps {
                    try fixture.expectSuccess(try await step(action, who), name)
                }
            }
            try context.expect(fixture.stat("tokenRequests") == 1, "the run asked for \(fixture.stat("tokenRequests")) tokens, not 1")
        }
    }
}
