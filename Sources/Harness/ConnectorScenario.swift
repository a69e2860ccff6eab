/// One lifecycle scenario of a connector, for example "create, update, enable, disable, delete
/// for three people". It drives the connector against the emulator and fails by throwing.
public struct ConnectorScenario: Sendable {
    /// The scenario's name, one row in the report.
    public var name: String
    /// Whether the harness runs the scenario again as a dry run and fails on any write.
    public var checksDryRun: Bool
    /// The scenario itself. In a dry run `context.dryRun` is true: the scenario passes it to the
    /// connector and must not fail only because nothing was written.
    public var run: @Sendable (ScenarioContext) async throws -> Void

    /// Creates a scenario.
    public init(_ name: String, checksDryRun: Bool = true, run: @escaping @Sendable (ScenarioContext) async throws -> Void) {
        self.name = name
        self.checksDryRun = checksDryRun
        self.run = run
    }
}
