/// The comparison and logic helpers, usable as sub-expressions in `{{#if}}`
/// (`{{#if (eq request.method 'POST')}}`), as blocks (`{{#eq a b}}…{{else}}…{{/eq}}`) or as
/// values (rendering `true` or `false`).
///
/// - `eq` / `ne` (also `neq`): numbers compare as numbers when either side is a JSON number
///   and both read as numbers; everything else compares as rendered text.
/// - `gt`, `gte`, `lt`, `lte`: numerically when both sides read as numbers, else by text;
///   false when either side is missing.
/// - `and`, `or` (two or more operands) and `not` (one) use template truthiness.
struct ComparisonHelper: Sendable {
    /// The helper's operation, named as in templates.
    enum Operation: String, Sendable, CaseIterable {
        case eq, ne, neq, gt, gte, lt, lte, and, or, not
    }

    /// The operation.
    let operation: Operation
    /// The operands, in order.
    let operands: [TemplateExpression]

    /// Compiles a call of `operation`.
    init(_ operation: Operation, _ arguments: HelperArguments) throws(TemplateSyntaxError) {
        try arguments.expectHash(in: [])
        switch operation {
        case .not:
            try arguments.expectPositional(1, "(not value)")
        case .and, .or:
            guard arguments.positional.count >= 2 else {
                throw TemplateSyntaxError(offset: arguments.offset, reason: "\(operation.rawValue) takes two or more arguments")
            }
        default:
            try arguments.expectPositional(2, "(\(operation.rawValue) left right)")
        }
        self.operation = operation
        operands = arguments.positional.map(\.expression)
    }

    /// The result for the operands' values, in order.
    func result(_ values: [TemplateValue]) -> Bool {
        switch operation {
        case .eq: return Self.equal(values[0], values[1])
        case .ne, .neq: return !Self.equal(values[0], values[1])
        case .gt: return Self.order(values[0], values[1]).map { $0 > 0 } ?? false
        case .gte: return Self.order(values[0], values[1]).map { $0 >= 0 } ?? false
        case .lt: return Self.order(values[0], values[1]).map { $0 < 0 } ?? false
        case .lte: return Self.order(values[0], values[1]).map { $0 <= 0 } ?? false
        case .and: return values.allSatisfy(\.isTruthy)
        case .or: return values.contains(where: \.isTruthy)
        case .not: return !values[0].isTruthy
        }
    }

    private static func equal(_ left: TemplateValue, _ right: TemplateValue) -> Bool {
        if left.isJSONNumber || right.isJSONNumber, let a = left.number, let b = right.number { return a == b }
        return left.renderedText == right.renderedText
    }

    /// -1, 0 or 1 as `left` is below, equal to or above `right`; `nil` when either is missing.
    private static func order(_ left: TemplateValue, _ right: TemplateValue) -> Int? {
        if case .missing = left { return nil }
        if case .missing = right { return nil }
        if let a = left.number, let b = right.number { return a < b ? -1 : (a > b ? 1 : 0) }
        let a = left.renderedText, b = right.renderedText
        return a < b ? -1 : (a > b ? 1 : 0)
    }
}
