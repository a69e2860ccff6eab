import Foundation
import UnderstudyCore

/// A part of a Loket resource that renders itself as the JSON the API answers with.
protocol LoketRenderable {
    /// The JSON form, with Loket's member names; absent values are `null`.
    var json: JSONValue { get }
}

extension JSONValue {
    /// A string, or `null`.
    static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// An integer, or `null`.
    static func number(_ value: Int?) -> JSONValue { value.map { .integer(Int64($0)) } ?? .null }

    /// A decimal written without a fraction when it is whole (`36`, `77.78`), or `null`.
    static func decimal(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        if value == value.rounded(), abs(value) < 1e15 { return .integer(Int64(value)) }
        return .double(value)
    }

    /// A Boolean, or `null`.
    static func flag(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }

    /// A GUID in Loket's lower-case form, or `null`.
    static func id(_ value: UUID?) -> JSONValue { value.map { .string($0.uuidString.lowercased()) } ?? .null }

    /// A `yyyy-MM-dd` date, or `null`.
    static func date(_ value: LoketDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }

    /// A rendered part, or `null`.
    static func part(_ value: (some LoketRenderable)?) -> JSONValue { value?.json ?? .null }

    /// An array of rendered parts, or `null`.
    static func parts(_ values: [some LoketRenderable]?) -> JSONValue { values.map { .array($0.map(\.json)) } ?? .null }
}

extension UUID {
    /// The GUID as Loket writes it: lower-case.
    var loketString: String { uuidString.lowercased() }
}
