import UnderstudyCore

/// Reads the members of one JSON object of a mapping, reporting wrong types and unknown fields
/// to a ``ValidationLog`` instead of stopping at the first problem.
struct ObjectReader {
    /// The members of the object.
    let members: [String: JSONValue]
    /// Where the object is.
    let location: JSONLocation

    /// Wraps `value`, or reports and returns `nil` when it is not an object.
    init?(_ value: JSONValue, at location: JSONLocation, log: inout ValidationLog) {
        guard case .object(let members) = value else {
            log.report("must be an object, found \(value.described)", at: location)
            return nil
        }
        self.members = members
        self.location = location
    }

    /// The member `key`, if present.
    subscript(key: String) -> JSONValue? { members[key] }

    /// Reports every member that is not in `known`: members WireMock has but Understudy does not
    /// (`unsupported`) are named as such; others are unknown, with a suggestion when one is close.
    func reportUnknownMembers(known: Set<String>, unsupported: Set<String> = [], log: inout ValidationLog) {
        for key in members.keys.sorted() where !known.contains(key) {
            if unsupported.contains(key) {
                log.report("WireMock's \"\(key)\" is not supported by Understudy", at: location.appending(key))
            } else if let suggestion = EditDistance.suggestion(for: key, among: known) {
                log.report("unknown field \"\(key)\"; did you mean \"\(suggestion)\"?", at: location.appending(key))
            } else {
                log.report("unknown field \"\(key)\"", at: location.appending(key))
            }
        }
    }

    /// The string member `key`, if present and a string.
    func string(_ key: String, log: inout ValidationLog) -> String? {
        guard let value = members[key] else { return nil }
        guard case .string(let text) = value else { return mistyped(key, "a string", value, &log) }
        return text
    }

    /// The Boolean member `key`, if present and a Boolean.
    func bool(_ key: String, log: inout ValidationLog) -> Bool? {
        guard let value = members[key] else { return nil }
        guard case .bool(let flag) = value else { return mistyped(key, "true or false", value, &log) }
        return flag
    }

    /// The integer member `key`, if present, integral and within `range`.
    func integer(_ key: String, in range: ClosedRange<Int>, log: inout ValidationLog) -> Int? {
        guard let value = members[key] else { return nil }
        guard case .integer(let number) = value, let integer = Int(exactly: number), range.contains(integer) else {
            let bounds = range.upperBound == .max ? "an integer of at least \(range.lowerBound)"
                : "an integer from \(range.lowerBound) to \(range.upperBound)"
            return mistyped(key, bounds, value, &log)
        }
        return integer
    }

    /// The number member `key`, if present and a number not below `minimum`.
    func number(_ key: String, minimum: Double, log: inout ValidationLog) -> Double? {
        guard let value = members[key] else { return nil }
        guard let number = value.doubleValue, number >= minimum else {
            return mistyped(key, "a number of at least \(minimum.formatted)", value, &log)
        }
        return number
    }

    /// The object member `key`, if present and an object.
    func object(_ key: String, log: inout ValidationLog) -> ObjectReader? {
        guard let value = members[key] else { return nil }
        return ObjectReader(value, at: location.appending(key), log: &log)
    }

    /// Reports that `key` holds `value` where `expectation` was due, and returns `nil`.
    func mistyped<T>(_ key: String, _ expectation: String, _ value: JSONValue, _ log: inout ValidationLog) -> T? {
        log.report("must be \(expectation), found \(value.described)", at: location.appending(key))
        return nil
    }
}

extension JSONValue {
    /// The value for an error message: short scalars as written, containers by type.
    var described: String {
        switch self {
        case .array, .object: return typeName
        case .string(let text) where text.count > 40: return "a long string"
        default: return serialized()
        }
    }
}

extension Double {
    /// The number without a needless `.0`.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
