import ContractTesting
import UnderstudyCore

/// Matching rules for the volatile values of a recorded JSON body, told by simple rules:
/// placeholders match by `type`, timestamps by `timestamp` with their format, dates by `date`,
/// UUIDs by `regex`, and integers under id-like keys (`id`, `userId`, `user_id`) by `integer`.
/// Array items share rules (`[*]`).
enum PactRules {
    /// The rules for `body`, by path.
    static func body(_ body: JSONValue) -> [RulePath: RuleGroup] {
        var rules: [RulePath: RuleGroup] = [:]
        collect(body, tokens: [.root], key: nil, into: &rules)
        return rules
    }

    /// The rule for a recorded text value (a query value, a path), when it is volatile.
    static func text(_ text: String) -> RuleGroup? {
        if let kind = VolatileValue.classify(text) { return RuleGroup([.regex("^" + kind.regex + "$")]) }
        if Placeholder.occurs(in: text) { return RuleGroup([.regex("^" + StubProfile.regex(for: text, placeholder: ".+") + "$")]) }
        return nil
    }

    private static func collect(_ value: JSONValue, tokens: [RulePath.Token], key: String?, into rules: inout [RulePath: RuleGroup]) {
        switch value {
        case .object(let members):
            for (name, member) in members { collect(member, tokens: tokens + [.field(name)], key: name, into: &rules) }
        case .array(let items):
            for item in items { collect(item, tokens: tokens + [.anyIndex], key: key, into: &rules) }
        case .string(let text):
            guard let matcher = matcher(for: text) else { return }
            rules[RulePath(tokens: tokens)] = RuleGroup([matcher])
        case .integer where key.map(isIdentifier) ?? false:
            rules[RulePath(tokens: tokens)] = RuleGroup([.integer])
        default:
            return
        }
    }

    private static func matcher(for text: String) -> Matcher? {
        switch VolatileValue.classify(text) {
        case .placeholder?: return .type(min: nil, max: nil)
        case .uuid?: return .regex(VolatileValue.uuid.regex)
        case .date?: return .date(format: "yyyy-MM-dd")
        case .timestamp(let shape)?: return .timestamp(format: shape.javaPattern)
        case nil: return Placeholder.occurs(in: text) ? .type(min: nil, max: nil) : nil
        }
    }

    /// `id`, `userId`, `user_id`, `UserID`.
    private static func isIdentifier(_ key: String) -> Bool {
        key.lowercased() == "id" || key.hasSuffix("Id") || key.hasSuffix("ID") || key.lowercased().hasSuffix("_id")
    }
}
