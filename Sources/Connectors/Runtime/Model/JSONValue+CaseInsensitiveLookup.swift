import UnderstudyCore

extension JSONValue {
    /// The member called `name` when this is an object: the exact name first, then any casing of
    /// it, as PowerShell's property access does (`$user.FirstName` reads `firstName`).
    public func member(_ name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        if let exact = members[name] { return exact }
        let lowered = name.lowercased()
        return members.first { $0.key.lowercased() == lowered }?.value
    }

    /// The value reached by following member names one after another (see ``member(_:)``);
    /// `nil` as soon as one is missing.
    public func value(atPath names: [String]) -> JSONValue? {
        var current = self
        for name in names {
            guard let next = current.member(name) else { return nil }
            current = next
        }
        return current
    }
}
