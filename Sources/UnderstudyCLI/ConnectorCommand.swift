import ArgumentParser

/// `understudy connector <vendor> <action>`: run a connector the way HelloID would and print its output.
struct ConnectorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connector",
        abstract: "Run a connector against an emulator or the real vendor and print what HelloID would read.",
        subcommands: [Net2ConnectorCommand.self, LoketConnectorCommand.self]
    )
}
