/// Why a connector's configuration could not be decoded, naming the setting.
///
/// Messages read like `configuration key 'BaseUrl' is missing` or
/// `configuration key 'archivedDepartmentId' must be a number, found string`. They never quote a
/// setting's value, because settings hold passwords and client secrets.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the setting.
    public enum Reason: Sendable, Hashable {
        /// The setting is not there.
        case missing
        /// The setting has a value of the wrong kind, for example a string where a number belongs.
        case wrongType(expected: String, found: String)
        /// The setting's value is of the right kind but not acceptable.
        case invalid(String)
    }

    /// The setting's key, dotted for nested settings (`Mfa.Type`, `CustomFields[2]`); empty for the
    /// configuration as a whole.
    public var key: String
    /// What is wrong.
    public var reason: Reason

    /// Creates an error for the setting at `key`.
    public init(key: String, reason: Reason) {
        self.key = key
        self.reason = reason
    }

    /// Creates an error for the setting reached by `codingPath`.
    init(codingPath: [any CodingKey], reason: Reason) {
        self.init(key: Self.key(for: codingPath), reason: reason)
    }

    /// The error as one line naming the setting.
    public var description: String {
        let subject = key.isEmpty ? "configuration" : "configuration key '\(key)'"
        switch reason {
        case .missing: return "\(subject) is missing"
        case .wrongType(let expected, let found): return "\(subject) must be \(expected), found \(found)"
        case .invalid(let why): return "\(subject) is invalid: \(why)"
        }
    }

    /// The dotted key of a coding path: `a.b[2].c`.
    static func key(for codingPath: [any CodingKey]) -> String {
        var key = ""
        for component in codingPath {
            if let index = component.intValue {
                key += "[\(index)]"
            } else {
                key += key.isEmpty ? component.stringValue : "." + component.stringValue
            }
        }
        return key
    }
}
