import UnderstudyCore

/// A deliberately small JSONPath for the `jsonPath` helper: `$`, `.name`, `['name']`,
/// `["name"]` and `[n]` (a negative `n` counts from the end). Nothing that can select more than
/// one value (wildcards, slices, filters, deep scan) is accepted.
///
/// This is a stand-in for the shared JSONPath evaluator of UnderstudyCore; once that exists,
/// ``JSONPathHelper`` can use it instead and this file can go.
struct TemplateJSONPath: Sendable, Hashable {
    /// One step of the path.
    enum Step: Sendable, Hashable {
        /// An object member.
        case member(String)
        /// An array element; negative counts from the end.
        case index(Int)
    }

    /// The steps after `$`, in order.
    let steps: [Step]

    /// Parses `text`; `offset` positions errors in the template.
    init(_ text: String, offset: Int) throws(TemplateSyntaxError) {
        let bytes = Array(text.utf8)
        func failure(_ reason: String) -> TemplateSyntaxError {
            TemplateSyntaxError(offset: offset, reason: "unsupported JSONPath '\(text)': \(reason) (supported here: $.a.b, $.a[0], $['a b'])")
        }
        guard bytes.first == UInt8(ascii: "$") else { throw failure("it must start with '$'") }
        var steps: [Step] = []
        var index = 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "."):
                let start = index + 1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: "[") { end += 1 }
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                guard !name.isEmpty else { throw failure(start < bytes.count && bytes[start] == UInt8(ascii: ".") ? "deep scan '..'" : "an empty name") }
                guard name != "*" else { throw failure("wildcards") }
                steps.append(.member(name))
                index = end
            case UInt8(ascii: "["):
                let quote = index + 1 < bytes.count ? bytes[index + 1] : 0
                if quote == TemplateByte.singleQuote || quote == TemplateByte.doubleQuote {
                    guard let end = bytes[(index + 2)...].firstIndex(of: quote), end + 1 < bytes.count,
                        bytes[end + 1] == UInt8(ascii: "]")
                    else { throw failure("unterminated quoted name") }
                    steps.append(.member(String(decoding: bytes[(index + 2)..<end], as: UTF8.self)))
                    index = end + 2
                } else {
                    guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) else { throw failure("unclosed '['") }
                    let inside = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                    guard let position = Int(inside) else { throw failure("'[\(inside)]'") }
                    steps.append(.index(position))
                    index = close + 1
                }
            default:
                throw failure("unexpected '\(String(decoding: bytes[index...index], as: UTF8.self))'")
            }
        }
        self.steps = steps
    }

    /// The value the path selects in `document`, or `nil` when there is none.
    func evaluate(_ document: JSONValue) -> JSONValue? {
        var current = document
        for step in steps {
            switch (step, current) {
            case (.member(let name), .object(let members)):
                guard let next = members[name] else { return nil }
                current = next
            case (.index(let position), .array(let items)):
                let resolved = position < 0 ? items.count + position : position
                guard items.indices.contains(resolved) else { return nil }
                current = items[resolved]
            default:
                return nil
            }
        }
        return current
    }
}
