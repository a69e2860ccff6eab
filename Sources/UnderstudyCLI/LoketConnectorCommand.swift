import ArgumentParser
import ConnectorRuntime
import Foundation
import LoketConnector
import UnderstudyCore

/// `understudy connector loket persons|departments`: runs the Loket source connector and prints
/// what a HelloID source import reads.
struct LoketConnectorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loket",
        abstract: "Import persons or departments from Loket (or its emulator) as HelloID reads them.",
        discussion: """
            Reads the connector's configuration (a JSON object with Client_Id, Client_Secret, refresh_token, \
            Environment, employer, and optionally apiBaseUrl with tokenUrl to use another host such as the \
            emulator) from --config, imports the employer's persons with their contracts or its departments with \
            their managers, and prints them as one JSON array on standard output. Warnings (managers that could not \
            be correlated) go to standard error. When Loket rotates the refresh token, the new one is printed on \
            standard error: store it as refresh_token, the configured one is spent. Exits 1 on any error.
            """
    )

    /// What to import.
    enum Action: String, CaseIterable, ExpressibleByArgument {
        case persons, departments
    }

    @Argument(help: "What to import: persons or departments.")
    var action: Action

    @Option(name: .long, help: "The connector configuration, a JSON file.")
    var config: String

    @Option(name: .long, help: "The most API requests in flight at once (1 = one after the other, as the original connector).")
    var concurrency = 8

    @Flag(name: .long, help: "Print the JSON on one line instead of indented.")
    var compact = false

    func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
    }

    func run() async throws {
        let configuration = try readConfiguration()
        let connector = LoketConnector(
            options: LoketConnectorOptions(concurrency: concurrency, onRefreshTokenRotated: { token in
                printError(
                    "loket: the refresh token was rotated; store the new one as refresh_token (the configured one is spent): \(token)")
            }))
        let context = SourceContext(configuration: configuration)
        let records: [JSONValue]
        let warnings: [String]
        do {
            switch action {
            case .persons:
                let result = try await connector.importPersons(context)
                (records, warnings) = (result.records.map(\.jsonValue), result.warnings)
            case .departments:
                let result = try await connector.importDepartments(context)
                (records, warnings) = (result.records.map(\.jsonValue), result.warnings)
            }
        } catch let error as ConfigurationError {
            printError("error: \(config): \(error)")
            throw ExitCode.failure
        } catch {
            printError("error: could not import Loket \(action.rawValue): \(error)")
            throw ExitCode.failure
        }
        for warning in warnings { printError("warning: \(warning)") }
        FileHandle.standardOutput.write(JSONValue.array(records).serializedData(pretty: !compact) + Data("\n".utf8))
    }

    /// The configuration file as JSON, or an error naming the file and what is wrong.
    private func readConfiguration() throws -> JSONValue {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: config))
        } catch {
            printError("error: \(config): cannot read the file: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        do {
            return try JSONValue(parsing: data)
        } catch {
            printError("error: \(config): not valid JSON: \(error)")
            throw ExitCode.failure
        }
    }
}
