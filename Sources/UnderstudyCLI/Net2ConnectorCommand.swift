import ArgumentParser
import ConnectorRuntime
import Foundation
import Net2Connector
import UnderstudyCore

/// `understudy connector net2 <action>`: run one action of the Net2 connector, as HelloID would,
/// against the emulator or a real Net2, and print HelloID's output.
struct Net2ConnectorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "net2",
        abstract: "Run one Net2 connector action against the emulator or a real Net2 and print its output as JSON.",
        discussion: """
            CONFIG is the connector's configuration as a JSON object (for net2: UserName, Password, BaseUrl, \
            ClientId, departmentMapping, archivedDepartmentId, MfaType, MfaCode, MfaTotpSecret); a relative \
            departmentMapping path is taken from CONFIG's folder. PERSON is a HelloID person (or a person context \
            with "Person"). Prints the output context (Success, AccountReference, Data, AuditLogs, …) or, for the \
            imports, the records. Exits non-zero when the action fails or an input file is broken. \
            Example: understudy connector net2 create --config Stubs/net2/fixtures/config.json \
            --person Stubs/net2/fixtures/person.json
            """
    )

    @Argument(help: "The action: \(ConnectorAction.allCases.filter { !$0.isSourceAction }.map(\.rawValue).joined(separator: ", ")).")
    var action: String

    @Option(name: .long, help: "The connector's configuration (a JSON file).")
    var config: String

    @Option(name: .long, help: "The person (a JSON file): a HelloID person or a person context.")
    var person: String?

    @Option(name: .long, help: "The account reference create returned (References.Account).")
    var accountReference: String?

    @Option(name: .long, help: "The permission's reference, for grant and revoke (References.Permission.Reference).")
    var permissionReference: String?

    @Option(name: .long, help: "The permission's display name, for messages (PermissionDisplayName).")
    var permissionName: String?

    @Option(name: .long, help: "The operation, for subpermissions: grant, update or revoke.")
    var operation: String?

    @Flag(name: .long, help: "Read everything, write nothing, and say what would be done.")
    var dryRun = false

    func validate() throws {
        guard let parsed = ConnectorAction(rawValue: action), !parsed.isSourceAction else {
            let known = ConnectorAction.allCases.filter { !$0.isSourceAction }.map(\.rawValue)
            throw ValidationError("unknown action '\(action)'; known: \(known.joined(separator: ", "))")
        }
    }

    func run() async throws {
        let context: ActionContext
        let personContext: PersonContext
        do {
            context = actionContext(configuration: try ConnectorInput.configuration(file: config))
            if let person {
                personContext = try ConnectorInput.person(file: person)
            } else {
                personContext = PersonContext()
            }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let result: ConnectorResult
        do {
            result = try await Net2Connector().run(ConnectorAction(rawValue: action)!, context: context, person: personContext)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
        if !result.succeeded { throw ExitCode.failure }
    }

    private func actionContext(configuration: JSONValue) -> ActionContext {
        var permission: JSONValue?
        if let permissionReference {
            permission = ["Reference": Int64(permissionReference).map(JSONValue.integer) ?? .string(permissionReference)]
        }
        return ActionContext(
            configuration: configuration, dryRun: dryRun, operation: operation,
            references: ActionReferences(account: accountReference.map(JSONValue.string), permission: permission),
            permissionDisplayName: permissionName)
    }
}

/// Reading the command's input files, with errors naming the file, the JSON path and the reason.
enum ConnectorInput {
    /// The configuration object in `file`, checked against the Net2 connector's keys, with a
    /// relative `departmentMapping` resolved against the file's folder.
    static func configuration(file: String) throws -> JSONValue {
        guard case .object(var members) = try json(file: file) else {
            throw ConnectorInputError(file: file, path: "$", reason: "the configuration must be a JSON object")
        }
        do {
            _ = try Net2Settings(configuration: .object(members))
        } catch {
            throw ConnectorInputError(file: file, path: error.key.isEmpty ? "$" : "$.\(error.key)", reason: error.description)
        }
        if let key = members.keys.first(where: { $0.lowercased() == "departmentmapping" }), let path = members[key]?.stringValue,
            !path.isEmpty, !path.hasPrefix("/")
        {
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
            members[key] = .string(folder.appendingPathComponent(path).standardizedFileURL.path)
        }
        return .object(members)
    }

    /// The person context in `file`: a person context (with `Person`) or a bare person.
    static func person(file: String) throws -> PersonContext {
        let json = try json(file: file)
        guard case .object = json else { throw ConnectorInputError(file: file, path: "$", reason: "the person must be a JSON object") }
        guard json.member("Person") != nil else { return PersonContext(person: json) }
        do {
            return try JSONDecoder().decode(PersonContext.self, from: json.serializedData())
        } catch {
            throw ConnectorInputError(file: file, path: "$.Person", reason: "not a person context: \(error)")
        }
    }

    private static func json(file: String) throws -> JSONValue {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ConnectorInputError(file: file, path: "$", reason: "cannot read the file: \(error.localizedDescription)")
        }
        do {
            return try JSONValue(parsing: data)
        } catch {
            throw ConnectorInputError(file: file, path: "$", reason: "not valid JSON: \(error)")
        }
    }
}

/// A broken input file: which file, where in it and why.
struct ConnectorInputError: Error, CustomStringConvertible {
    var file: String
    var path: String
    var reason: String

    var description: String { "\(file): \(path): \(reason)" }
}
