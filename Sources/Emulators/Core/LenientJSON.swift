import Foundation
import UnderstudyCore

/// Case-insensitive member lookup, for vendors whose servers bind JSON property names without
/// regard to case (ASP.NET): `FirstName`, `firstName` and `firstname` are one member.
public struct CaseInsensitiveObject: Sendable, Hashable {
    private let members: [String: JSONValue]

    /// Wraps the members of a JSON object. When two keys differ only in case, the one that
    /// sorts last wins, so the result does not depend on dictionary order.
    public init(_ members: [String: JSONValue]) {
        var folded: [String: JSONValue] = [:]
        for key in members.keys.sorted() { folded[key.lowercased()] = members[key] }
        self.members = folded
    }

    /// The value of the member named `name` in any case, or `nil` when absent.
    public subscript(name: String) -> JSONValue? { members[name.lowercased()] }

    /// Whether a member named `name` (any case) is present, even with a `null` value.
    public func contains(_ name: String) -> Bool { members[name.lowercased()] != nil }
}

extension JSONValue {
    /// An integer from a number or a numeric string (`12`, `12.0`, `"12"`, `" 12 "`), as lenient
    /// servers bind ids; `nil` for anything else.
    public var lenientInt: Int? {
        switch self {
        case .integer, .double: return intValue
        case .string(let text): return Int(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// Text from a string, a number or a Boolean (`12` gives `"12"`); `nil` for null, arrays and objects.
    public var lenientString: String? {
        switch self {
        case .string(let text): return text
        case .integer, .double, .bool: return serialized()
        default: return nil
        }
    }
}
