import ArgumentParser

/// The `understudy` command: stand-in vendor APIs for HelloID connectors.
public struct UnderstudyCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "understudy",
        abstract: "Stand-in vendor APIs, stubs, recordings and contracts for HelloID connectors.",
        subcommands: [ServeCommand.self, ValidateCommand.self, VerifyCommand.self, VerifyProviderCommand.self, StubCommand.self,
                      PendingConnectorCommand.self]
    )

    public init() {}
}
