import UnderstudyCore

/// Compares an import's records with the expected ones and says where they first differ.
enum LoketSuiteComparison {
    /// `nil` when `actual` equals `expected`, else the first difference: a record missing or
    /// extra (by `ExternalId`), out of order, or the JSON path of the first differing value with
    /// both values.
    static func difference(expected: [JSONValue], actual: [JSONValue]) -> String? {
        let expectedIds = expected.map(id(of:)), actualIds = actual.map(id(of:))
        if let missing = expectedIds.first(where: { !actualIds.contains($0) }) { return "record \(missing) is missing" }
        if let extra = actualIds.first(where: { !expectedIds.contains($0) }) { return "record \(extra) is not expected" }
        guard expectedIds == actualIds else { return "the records are in another order: \(actualIds.joined(separator: ", "))" }
        for (wanted, got) in zip(expected, actual) {
            if let path = firstDifference(wanted, got, at: "$") { return "record \(id(of: wanted)): \(path)" }
        }
        return nil
    }

    /// `value` as compact JSON, cut at 80 characters.
    private static func shown(_ value: JSONValue) -> String {
        let text = value.serialized()
        return text.count <= 80 ? text : String(text.prefix(79)) + "…"
    }

    private static func id(of record: JSONValue) -> String { record["ExternalId"]?.plainText ?? "?" }

    private static func firstDifference(_ expected: JSONValue, _ actual: JSONValue, at path: String) -> String? {
        switch (expected, actual) {
        case (.object(let wanted), .object(let got)):
            for key in Set(wanted.keys).union(got.keys).sorted() {
                guard let value = wanted[key] else { return "\(path).\(key) (not expected)" }
                guard let other = got[key] else { return "\(path).\(key) (missing)" }
                if let difference = firstDifference(value, other, at: "\(path).\(key)") { return difference }
            }
            return nil
        case (.array(let wanted), .array(let got)):
            guard wanted.count == got.count else { return "\(path) (\(got.count) items instead of \(wanted.count))" }
            for index in wanted.indices {
                if let difference = firstDifference(wanted[index], got[index], at: "\(path)[\(index)]") { return difference }
            }
            return nil
        default:
            return expected.isEquivalent(to: actual) ? nil : "\(path) (expected \(shown(expected)), got \(shown(actual)))"
        }
    }
}
