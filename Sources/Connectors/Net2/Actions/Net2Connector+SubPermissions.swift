import ConnectorRuntime
import UnderstudyCore

extension Net2Connector {
    /// The placeholder HelloID needs when a grant or update leaves no sub-permission.
    static let noGroupsDefined = "No Groups Defined"

    /// Dynamic access levels: each contract in condition gives its location name
    /// (`Contracts[].Location.Name`), the mapping CSV's `TPCode` column gives an access level
    /// name for it, and those levels are the desired set. Levels HelloID granted before
    /// (`CurrentPermissions`) that are no longer desired are removed; the door permission set is
    /// written once, and only when it changes. `Operation` `revoke` desires nothing.
    public func subPermissions(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        let revoking = action.operation?.lowercased() == "revoke"
        var output = try await Net2ActionRun.concluding(failure: "Could not update Paxton-Net2 permissions") { output in
            let run = try Net2ActionRun(action, person: person, session: session)
            let reference = try run.accountReference()
            let desired = revoking ? [] : try await desiredAccessLevels(run)
            output.subPermissions = desired.map { SubPermission(displayName: $0.name, reference: ["Id": .string(String($0.id))]) }
            guard let set = try await run.api.doorPermissionSet(ofUser: reference) else {
                output.log(run.accountNotFoundMessage(reference), isError: !revoking)
                return
            }
            var levels = Net2AccessLevels(set)
            for level in desired {
                let added = levels.insert(level.id)
                output.log(Self.listMessage(level.name, adding: true, changed: added, dryRun: run.dryRun), action: "GrantPermission")
            }
            let desiredIDs = Set(desired.map(\.id))
            for current in action.currentPermissions ?? [] {
                guard let id = Int(current.reference.member("Id")?.plainText ?? ""), !desiredIDs.contains(id) else { continue }
                let removed = levels.remove(id)
                output.log(
                    Self.listMessage(current.displayName, adding: false, changed: removed, dryRun: run.dryRun), action: "RevokePermission")
            }
            if !run.dryRun && levels != Net2AccessLevels(set) {
                try await run.api.setDoorPermissionSet(ofUser: reference, levels.applied(to: set))
            }
        }
        if !revoking && output.subPermissions.isEmpty {
            output.subPermissions = [SubPermission(displayName: Self.noGroupsDefined, reference: ["Id": .string(Self.noGroupsDefined)])]
        }
        return output
    }

    /// The access levels the person's contracts in condition map to, without repeats, in contract order.
    private func desiredAccessLevels(_ run: Net2ActionRun) async throws -> [(id: Int, name: String)] {
        let mapping = try Net2DepartmentMapping(contentsOfFile: try run.settings.requireDepartmentMappingPath())
        let levels = try await run.api.accessLevels()
        var desired: [(id: Int, name: String)] = []
        for contract in run.person.person.member("Contracts")?.arrayValue ?? [] where Self.isInCondition(contract) {
            let location = contract.value(atPath: ["Location", "Name"])?.plainText ?? ""
            let levelName = try mapping.accessLevel(for: location)
            guard !levelName.isEmpty,
                let level = levels.first(where: { $0.member("name")?.plainText.lowercased() == levelName.lowercased() }),
                let id = level.member("id").flatMap({ Int($0.plainText) }), !desired.contains(where: { $0.id == id })
            else { continue }
            desired.append((id, level.member("name")?.plainText ?? levelName))
        }
        return desired
    }

    /// The original's audit line for one access level added to or removed from the list.
    private static func listMessage(_ name: String, adding: Bool, changed: Bool, dryRun: Bool) -> String {
        let subject = "Permission - [\(name)]"
        switch (dryRun, changed, adding) {
        case (true, _, true): return "[DryRun] \(subject) would be added to permissionlist"
        case (true, _, false): return "[DryRun] \(subject) would be removed from permissionlist"
        case (false, true, true): return "\(subject) was added to permissionlist"
        case (false, true, false): return "\(subject) was removed from permissionlist"
        case (false, false, true): return "\(subject) was not added to permissionlist as permission already exists on user"
        case (false, false, false): return "\(subject) was not removed from permissionlist as permission did not exists on user"
        }
    }

    /// Whether HelloID marked the contract as meeting the business rule (`Context.InConditions`).
    private static func isInCondition(_ contract: JSONValue) -> Bool {
        guard let flag = contract.value(atPath: ["Context", "InConditions"]) else { return false }
        return flag.boolValue ?? (flag.plainText.lowercased() == "true")
    }
}
