import Foundation
import UnderstudyCore

/// Walks a compiled template once for one request, writing its text.
struct TemplateRenderer {
    /// One iteration of an `{{#each}}` in progress.
    private struct LoopFrame {
        var element: TemplateValue
        var index: Int
        var key: String?
        var count: Int
    }

    private var model: RequestModel
    private let now: Date
    private var random: any RandomNumberGenerator
    private var loops: [LoopFrame] = []
    /// The text written so far.
    private(set) var output = ""

    /// Creates a renderer for `context`, reserving `capacity` bytes of output.
    init(context: TemplateContext, capacity: Int) {
        model = RequestModel(request: context.request, pathParameters: context.pathParameters)
        now = context.now
        random = context.randomNumberGenerator
        output.reserveCapacity(capacity)
    }

    /// Writes `nodes`.
    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let expression):
                output += evaluate(expression).renderedText
            case .conditional(let condition, let then, let otherwise):
                render(evaluate(condition).isTruthy ? then : otherwise)
            case .each(let collection, let body, let otherwise):
                let elements = evaluate(collection).elements
                guard !elements.isEmpty else {
                    render(otherwise)
                    continue
                }
                for (index, element) in elements.enumerated() {
                    loops.append(LoopFrame(element: element.value, index: index, key: element.key, count: elements.count))
                    render(body)
                    loops.removeLast()
                }
            }
        }
    }

    private mutating func evaluate(_ expression: TemplateExpression) -> TemplateValue {
        switch expression {
        case .literal(let value):
            return value
        case .request(let attribute):
            return attribute.value(in: &model)
        case .element(let depth, let path, let searchesOutward):
            let value = loops[depth].element.value(at: path)
            guard case .missing = value, searchesOutward else { return value }
            for outer in loops[..<depth].reversed() {
                let found = outer.element.value(at: path)
                if case .missing = found { continue }
                return found
            }
            return .missing
        case .loopVariable(let depth, let variable):
            let frame = loops[depth]
            switch variable {
            case .index: return .json(.integer(Int64(frame.index)))
            case .key: return frame.key.map(TemplateValue.text) ?? .missing
            case .first: return .json(.bool(frame.index == 0))
            case .last: return .json(.bool(frame.index == frame.count - 1))
            case .keyOrIndex: return frame.key.map(TemplateValue.text) ?? .json(.integer(Int64(frame.index)))
            }
        case .helper(let helper):
            return evaluate(helper)
        }
    }

    private mutating func evaluate(_ helper: TemplateHelper) -> TemplateValue {
        switch helper {
        case .now(let now):
            return .text(now.text(now: self.now))
        case .randomValue(let randomValue):
            return .text(randomValue.text(using: &random))
        case .jsonPath(let jsonPath):
            guard let document = document(jsonPath.source), let selected = jsonPath.path.evaluate(document) else { return .missing }
            return .json(selected)
        case .comparison(let comparison):
            var values: [TemplateValue] = []
            values.reserveCapacity(comparison.operands.count)
            for operand in comparison.operands { values.append(evaluate(operand)) }
            return .json(.bool(comparison.result(values)))
        }
    }

    /// The JSON that `jsonPath` reads: the request body (parsed once per render), a JSON
    /// value, or text parsed as JSON.
    private mutating func document(_ source: TemplateExpression) -> JSONValue? {
        if case .request(.body) = source { return model.bodyJSON }
        switch evaluate(source) {
        case .json(let value): return value
        case .text(let text): return try? JSONValue(parsing: text)
        case .list(let values): return values.first.flatMap { try? JSONValue(parsing: $0) }
        case .missing: return nil
        }
    }
}
