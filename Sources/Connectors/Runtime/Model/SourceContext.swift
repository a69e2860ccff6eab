import UnderstudyCore

/// What HelloID hands a source import: the system's configuration and the preview flag
/// (`$Configuration` and `$dryRun` of the PowerShell source scripts).
public struct SourceContext: Sendable, Hashable {
    /// The values of the source system's input form. HelloID passes them as JSON text; either a
    /// JSON object or a string holding one is accepted by ``ConfigurationDecoder``.
    public var configuration: JSONValue
    /// Whether this is a preview run.
    public var dryRun: Bool

    /// Creates a source context.
    public init(configuration: JSONValue = [:], dryRun: Bool = false) {
        self.configuration = configuration
        self.dryRun = dryRun
    }
}
