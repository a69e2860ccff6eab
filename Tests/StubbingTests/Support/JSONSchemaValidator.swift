import Foundation
import UnderstudyCore

/// A JSON Schema (draft-07) checker for tests, covering the keywords WireMock's stub mapping
/// schema uses. A keyword it does not know is reported as an error rather than skipped, so a
/// document it accepts has really been checked against every constraint of the schema.
struct JSONSchemaValidator {
    /// The whole schema document (the root for `#/...` references).
    let schema: JSONValue

    /// Keywords that only annotate and constrain nothing.
    private static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "title", "description", "example", "examples", "default", "definitions", "format",
        "readOnly", "writeOnly", "x-intellij-language-injection",
    ]

    /// Every violation of the schema by `instance`, each as `PATH: problem`; empty when valid.
    func validate(_ instance: JSONValue) -> [String] {
        var errors: [String] = []
        check(instance, against: schema, at: "$", errors: &errors)
        return errors
    }

    /// Every violation by `instance` of the definition at `reference` (`#/definitions/logged-request`).
    func validate(_ instance: JSONValue, against reference: String) -> [String] {
        var errors: [String] = []
        check(instance, against: ["$ref": .string(reference)], at: "$", errors: &errors)
        return errors
    }

    private func check(_ instance: JSONValue, against schema: JSONValue, at path: String, errors: inout [String]) {
        switch schema {
        case .bool(true): return
        case .bool(false): errors.append("\(path): the schema allows nothing here"); return
        case .object: break
        default: errors.append("\(path): invalid schema \(schema.serialized())"); return
        }
        let keywords = schema.objectValue!
        if case .string(let reference)? = keywords["$ref"] {
            guard let target = resolve(reference) else { errors.append("\(path): unresolvable $ref \(reference)"); return }
            check(instance, against: target, at: path, errors: &errors)
            return  // draft-07: keywords next to $ref are ignored
        }
        for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) where !Self.annotations.contains(keyword) {
            checkKeyword(keyword, value, in: keywords, instance, at: path, errors: &errors)
        }
    }

    private func checkKeyword(
        _ keyword: String, _ value: JSONValue, in keywords: [String: JSONValue], _ instance: JSONValue, at path: String,
        errors: inout [String]
    ) {
        switch keyword {
        case "type":
            let types = value.arrayValue?.compactMap(\.stringValue) ?? [value.stringValue ?? ""]
            if !types.contains(where: { Self.has(instance, type: $0) }) {
                errors.append("\(path): expected \(types.joined(separator: " or ")), found \(instance.typeName)")
            }
        case "enum":
            if !(value.arrayValue ?? []).contains(where: { $0.isEquivalent(to: instance) }) {
                errors.append("\(path): \(instance.serialized()) is not one of \(value.serialized())")
            }
        case "const":
            if !value.isEquivalent(to: instance) { errors.append("\(path): expected \(value.serialized())") }
        case "required":
            guard case .object(let members) = instance else { return }
            for name in value.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
                errors.append("\(path): missing required \"\(name)\"")
            }
        case "properties":
            guard case .object(let members) = instance, case .object(let properties) = value else { return }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let subschema = properties[name] { check(member, against: subschema, at: "\(path).\(name)", errors: &errors) }
            }
        case "additionalProperties":
            guard case .object(let members) = instance else { return }
            let declared = keywords["properties"]?.objectValue ?? [:]
            for (name, member) in members.sorted(by: { $0.key < $1.key }) where declared[name] == nil {
                if value == .bool(false) {
                    errors.append("\(path): property \"\(name)\" is not allowed")
                } else {
                    check(member, against: value, at: "\(path).\(name)", errors: &errors)
                }
            }
        case "items":
            guard case .array(let items) = instance else { return }
            guard case .object = value else { errors.append("\(path): unsupported items form"); return }
            for (index, item) in items.enumerated() { check(item, against: value, at: "\(path)[\(index)]", errors: &errors) }
        case "minimum":
            if let number = instance.doubleValue, let bound = value.doubleValue, number < bound {
                errors.append("\(path): \(number) is below the minimum \(bound)")
            }
        case "maximum":
            if let number = instance.doubleValue, let bound = value.doubleValue, number > bound {
                errors.append("\(path): \(number) is above the maximum \(bound)")
            }
        case "pattern":
            guard case .string(let text) = instance, case .string(let pattern) = value else { return }
            guard let regex = try? NSRegularExpression(pattern: pattern) else { errors.append("\(path): bad pattern \(pattern)"); return }
            if regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) == nil {
                errors.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        case "allOf":
            for subschema in value.arrayValue ?? [] { check(instance, against: subschema, at: path, errors: &errors) }
        case "anyOf", "oneOf":
            let branches = value.arrayValue ?? []
            let failures = branches.map { branch in
                var branchErrors: [String] = []
                check(instance, against: branch, at: path, errors: &branchErrors)
                return branchErrors
            }
            let passing = failures.filter(\.isEmpty).count
            if keyword == "oneOf" ? passing != 1 : passing == 0 {
                // The branch that got deepest into the instance before failing says most.
                let depth = { (branch: [String]) in branch.map { $0.prefix { $0 != ":" }.count }.max() ?? 0 }
                let closest = failures.filter { !$0.isEmpty }.max { depth($0) < depth($1) } ?? []
                errors.append("\(path): \(passing) of \(branches.count) \(keyword) branches match"
                    + (closest.isEmpty ? "" : "; closest branch: \(closest.joined(separator: "; "))"))
            }
        case "not":
            var notErrors: [String] = []
            check(instance, against: value, at: path, errors: &notErrors)
            if notErrors.isEmpty { errors.append("\(path): matches a schema it must not match") }
        default:
            errors.append("\(path): the test validator does not know the schema keyword \"\(keyword)\"")
        }
    }

    private static func has(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("number", .integer), ("number", .double), ("integer", .integer):
            return true
        case ("integer", .double(let value)):
            return value == value.rounded()
        default:
            return false
        }
    }

    /// Resolves a local reference such as `#/definitions/request-pattern`.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = schema
        for token in reference.dropFirst().split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }
}
