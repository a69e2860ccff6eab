/// The arguments of one helper call, as parsed: positional values and `name=value` pairs.
struct HelperArguments {
    /// One argument with where it was written.
    struct Argument {
        /// The argument's expression.
        var expression: TemplateExpression
        /// The UTF-8 offset of the argument in the template source.
        var offset: Int
    }

    /// The helper's name, for messages.
    var helper: String
    /// The UTF-8 offset of the helper's name.
    var offset: Int
    /// Positional arguments, in order.
    var positional: [Argument] = []
    /// Hash arguments (`name=value`), in order.
    var hash: [(name: String, argument: Argument)] = []

    /// Fails unless there are exactly `count` positional arguments.
    func expectPositional(_ count: Int, _ usage: String) throws(TemplateSyntaxError) {
        guard positional.count == count else {
            let found = positional.count > count ? positional[count].offset : offset
            throw TemplateSyntaxError(offset: found, reason: "\(helper) takes \(count) argument\(count == 1 ? "" : "s"): \(usage)")
        }
    }

    /// Fails on any hash argument whose name is not in `allowed`.
    func expectHash(in allowed: [String]) throws(TemplateSyntaxError) {
        for entry in hash where !allowed.contains(entry.name) {
            let known = allowed.isEmpty ? "it takes none" : "known: " + allowed.joined(separator: ", ")
            throw TemplateSyntaxError(offset: entry.argument.offset, reason: "unknown argument '\(entry.name)' for \(helper) (\(known))")
        }
    }

    /// The string literal given as `name=…`, or `nil` when absent.
    func string(_ name: String) throws(TemplateSyntaxError) -> (value: String, offset: Int)? {
        guard let argument = hash.last(where: { $0.name == name })?.argument else { return nil }
        guard case .literal(.text(let value)) = argument.expression else {
            throw TemplateSyntaxError(offset: argument.offset, reason: "\(helper) \(name)= must be a quoted string")
        }
        return (value, argument.offset)
    }

    /// The whole-number literal given as `name=…` (`10` or `'10'`), or `nil` when absent.
    func integer(_ name: String) throws(TemplateSyntaxError) -> Int? {
        guard let argument = hash.last(where: { $0.name == name })?.argument else { return nil }
        switch argument.expression {
        case .literal(.json(.integer(let value))): if let number = Int(exactly: value) { return number }
        case .literal(.text(let text)): if let number = Int(text) { return number }
        default: break
        }
        throw TemplateSyntaxError(offset: argument.offset, reason: "\(helper) \(name)= must be a whole number")
    }

    /// The Boolean literal given as `name=…` (`true` or `'true'`), or `nil` when absent.
    func boolean(_ name: String) throws(TemplateSyntaxError) -> Bool? {
        guard let argument = hash.last(where: { $0.name == name })?.argument else { return nil }
        switch argument.expression {
        case .literal(.json(.bool(let value))): return value
        case .literal(.text("true")): return true
        case .literal(.text("false")): return false
        default: throw TemplateSyntaxError(offset: argument.offset, reason: "\(helper) \(name)= must be true or false")
        }
    }
}
