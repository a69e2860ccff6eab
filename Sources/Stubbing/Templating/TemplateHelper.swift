/// A compiled helper call.
enum TemplateHelper: Sendable {
    /// `now`, with its offset, format and time zone.
    case now(NowHelper)
    /// `randomValue`, with its type and length.
    case randomValue(RandomValueHelper)
    /// `jsonPath value '$.path'`.
    case jsonPath(JSONPathHelper)
    /// `eq`, `ne`, `gt`, `lt` and the other comparison and logic helpers.
    case comparison(ComparisonHelper)

    /// The names of every helper, for messages.
    static let names = ["now", "randomValue", "jsonPath"] + ComparisonHelper.Operation.allCases.map(\.rawValue)

    /// Whether `name` is a helper.
    static func isHelper(_ name: String) -> Bool { names.contains(name) }

    /// Compiles a call of the helper named in `arguments`, or fails with the reason.
    static func make(_ arguments: HelperArguments) throws(TemplateSyntaxError) -> TemplateHelper {
        switch arguments.helper {
        case "now": return .now(try NowHelper(arguments))
        case "randomValue": return .randomValue(try RandomValueHelper(arguments))
        case "jsonPath": return .jsonPath(try JSONPathHelper(arguments))
        default:
            guard let operation = ComparisonHelper.Operation(rawValue: arguments.helper) else {
                throw TemplateSyntaxError(
                    offset: arguments.offset,
                    reason: "unknown helper '\(arguments.helper)' (known: \(names.joined(separator: ", ")))")
            }
            return .comparison(try ComparisonHelper(operation, arguments))
        }
    }
}
