import Foundation
import UnderstudyCore

/// A provider state being set up: the values from the state's name and its parameters, and the
/// emulator's time. Vendors add readers for their own kinds of value in extensions.
public struct ProviderStateCall: Sendable {
    /// The state's name as the contract gives it.
    public var name: String
    /// The values captured from the name's `{placeholders}`, over the state's parameters.
    public var values: [String: JSONValue]
    /// The emulator's time.
    public var now: Date

    /// Creates a call.
    public init(name: String, values: [String: JSONValue], now: Date) {
        self.name = name
        self.values = values
        self.now = now
    }

    /// A value as text, or the error naming what is missing.
    public func text(_ key: String) throws(ProviderStateError) -> String {
        guard let text = values[key]?.lenientString, !text.isEmpty else {
            throw ProviderStateError.missingParameter(state: name, parameter: key)
        }
        return text
    }

    /// A value as an integer, or the error naming what is wrong.
    public func integer(_ key: String) throws(ProviderStateError) -> Int {
        guard let value = values[key] else { throw ProviderStateError.missingParameter(state: name, parameter: key) }
        guard let number = value.lenientInt else {
            throw ProviderStateError.invalidParameter(state: name, parameter: key, reason: "must be an integer, got \(value.plainText)")
        }
        return number
    }
}
