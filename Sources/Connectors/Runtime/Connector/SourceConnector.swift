/// A HelloID source connector: imports persons (with contracts) and departments from a vendor.
public protocol SourceConnector: Sendable {
    /// Every person of the source, each with its contracts.
    func persons(_ context: SourceContext) async throws -> [SourcePerson]
    /// Every department of the source.
    func departments(_ context: SourceContext) async throws -> [SourceDepartment]
}
