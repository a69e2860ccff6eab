import Foundation
import UnderstudyCore

/// A Loket metadata value, `{"key": 2, "value": "female"}`.
public struct LoketKeyValue: Sendable, Hashable, Decodable, LoketRenderable {
    /// The numeric key.
    public var key: Int
    /// The description.
    public var value: String

    var json: JSONValue { ["key": .integer(Int64(key)), "value": .string(value)] }
}

/// A country, `{"key": 1, "isoCode": "NL", "value": "Netherlands"}`.
public struct LoketCountry: Sendable, Hashable, Decodable, LoketRenderable {
    /// The numeric key.
    public var key: Int
    /// The ISO 3166 code.
    public var isoCode: String
    /// The name.
    public var value: String

    var json: JSONValue { ["key": .integer(Int64(key)), "isoCode": .string(isoCode), "value": .string(value)] }
}

/// A reference to an employer-level catalogue entry by GUID, with its code and description:
/// a department, a distribution unit (cost centre) or a contract code.
public struct LoketCodedReference: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID of the entry.
    public var key: UUID
    /// The entry's code.
    public var code: Int
    /// The entry's description.
    public var description: String

    var json: JSONValue { ["key": .id(key), "code": .integer(Int64(code)), "description": .string(description)] }
}

/// A postal address of an employer or an employee.
public struct LoketAddress: Sendable, Hashable, Decodable {
    /// The street.
    public var street: String?
    /// The house number.
    public var houseNumber: Int?
    /// The addition to the house number (`D`, `bis`).
    public var houseNumberAddition: String?
    /// The postal code (`2312 AA`).
    public var postalCode: String?
    /// The city.
    public var city: String?
    /// A further location description (`Fourth floor`).
    public var location: String?
    /// The country.
    public var country: LoketCountry?
    /// The province.
    public var province: LoketKeyValue?
    /// A further indication such as `WW` (houseboat) or `TO` (opposite).
    public var furtherIndication: LoketKeyValue?
    /// The PO box number; only deviating postal addresses show it.
    public var poBox: Int?

    /// The address as Loket renders it; `poBox` appears only in a deviating postal address.
    func json(includingPOBox: Bool) -> JSONValue {
        var members: [String: JSONValue] = [
            "street": .text(street), "houseNumber": .number(houseNumber), "houseNumberAddition": .text(houseNumberAddition),
            "postalCode": .text(postalCode), "city": .text(city), "location": .text(location), "country": .part(country),
            "province": .part(province), "furtherIndication": .part(furtherIndication),
        ]
        if includingPOBox { members["poBox"] = .number(poBox) }
        return .object(members)
    }
}
