import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// Every Net2 user as an account: reference the id, display name "first middle last" (at most
    /// 100 characters, the id when there is no first name), user name the email custom field (the
    /// id when empty; the original always ended up with the id), enabled when it has no expiry
    /// date, and the user with its `Email`, `PersonnelNumber` and `Title` custom fields as data.
    public func importAccounts(_ action: ActionContext) async throws -> [ImportedAccount] {
        let run = try Net2ActionRun(action, session: session)
        return try await Self.failingImport("accounts") {
            try await run.api.users().map(Self.importedAccount)
        }
    }

    /// Which users hold which access levels: one record per access level with every user that
    /// has it (in batches of at most 500, as HelloID requires), `PermissionReference.Reference`
    /// the level's id, display name and description its name (at most 100 characters). The
    /// original wrote one record per user and level.
    public func importPermissions(_ action: ActionContext) async throws -> [ImportedPermission] {
        let run = try Net2ActionRun(action, session: session)
        return try await Self.failingImport("permissions") {
            let users = try await run.api.users()
            let levels = try await run.api.accessLevels()
            var holders: [Int: [JSONValue]] = [:]
            for user in users {
                let id = user.member("id")?.plainText ?? ""
                guard let set = try await run.api.doorPermissionSet(ofUser: id) else { continue }
                for level in Net2AccessLevels(set).ids { holders[level, default: []].append(.string(id)) }
            }
            return holders.keys.sorted().flatMap { levelID -> [ImportedPermission] in
                let level = levels.first { $0.member("id").flatMap { Int($0.plainText) } == levelID }
                let name = String((level?.member("name")?.plainText ?? String(levelID)).prefix(100))
                return ImportedPermission(
                    permissionReference: ["Reference": .integer(Int64(levelID))], displayName: name, description: name,
                    accountReferences: holders[levelID]!
                ).batched()
            }
        }
    }

    private static func importedAccount(_ user: JSONValue) -> ImportedAccount {
        let id = user.member("id")?.plainText ?? ""
        func text(_ name: String) -> String { user.member(name).flatMap { $0.isNull ? nil : $0.plainText.trimmed } ?? "" }
        let first = text("firstName")
        let fullName = [first, text("middleName"), text("lastName")].filter { !$0.isEmpty }.joined(separator: " ")
        var data = user.objectValue ?? [:]
        let fields: [(name: String, id: String)] = [
            ("Email", Net2DefaultMapping.emailFieldID), ("PersonnelNumber", Net2DefaultMapping.personnelNumberFieldID),
            ("Title", Net2DefaultMapping.titleFieldID),
        ]
        for field in fields {
            let value = Net2CustomField(name: field.name, id: field.id, value: "").current(in: user)
            if !value.isEmpty { data[field.name] = ["id": .string(field.id), "value": .string(value)] }
        }
        let email = Net2CustomField(name: "Email", id: Net2DefaultMapping.emailFieldID, value: "").current(in: user)
        return ImportedAccount(
            accountReference: .string(id), displayName: first.isEmpty ? id : String(fullName.prefix(100)),
            userName: String((email.isEmpty ? id : email).prefix(100)), enabled: user.member("expiryDate")?.isNull ?? true,
            data: .object(data))
    }

    /// Runs an import, wording any error as `Could not import Paxton-Net2 <what>. Error: <message>`.
    private static func failingImport<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as CancellationError {
            throw error
        } catch {
            throw Net2Failure("Could not import Paxton-Net2 \(what). Error: \(Net2ActionRun.friendlyMessage(error))")
        }
    }
}
