import Foundation
import UnderstudyCore

/// The provider states an emulator knows, named by templates such as `user {id} exists`.
///
/// A state name matches a template when its words match ignoring case; each `{name}` captures
/// the text in its place (at least one character). Templates are tried in the order added.
public struct ProviderStateCatalog<Handler: Sendable>: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case placeholder(String)
    }

    private var entries: [(template: String, parts: [Part], handler: Handler)] = []

    /// Creates an empty catalog.
    public init() {}

    /// The templates in the order they were added, for error messages.
    public var templates: [String] { entries.map(\.template) }

    /// Adds a state template and the handler that applies it.
    public mutating func add(_ template: String, _ handler: Handler) {
        entries.append((template, Self.parse(template), handler))
    }

    /// The handler of the first template that `name` matches, with the captured values.
    public func match(_ name: String) -> (handler: Handler, captures: [String: String])? {
        let text = Array(name.trimmingWhitespace())
        for entry in entries {
            if let captures = Self.match(entry.parts[...], text[...]) { return (entry.handler, captures) }
        }
        return nil
    }

    private static func parse(_ template: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return parts
    }

    private static func match(_ parts: ArraySlice<Part>, _ text: ArraySlice<Character>) -> [String: String]? {
        guard let first = parts.first else { return text.isEmpty ? [:] : nil }
        switch first {
        case .literal(let literal):
            let expected = Array(literal)
            guard text.count >= expected.count,
                zip(expected, text).allSatisfy({ $0.lowercased() == $1.lowercased() })
            else { return nil }
            return match(parts.dropFirst(), text.dropFirst(expected.count))
        case .placeholder(let name):
            guard !text.isEmpty else { return nil }
            for length in 1...text.count {
                if var captures = match(parts.dropFirst(), text.dropFirst(length)) {
                    captures[name] = String(text.prefix(length))
                    return captures
                }
            }
            return nil
        }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}

extension ProviderStateCatalog {
    /// The handler of the state `name` and the call to hand it: the values captured from the
    /// name's placeholders laid over `params`, at `now`. Throws for a name no template fits,
    /// listing the states `vendor` knows.
    public func call(
        named name: String, params: [String: JSONValue], vendor: String, now: Date
    ) throws(ProviderStateError) -> (handler: Handler, call: ProviderStateCall) {
        guard let (handler, captures) = match(name) else {
            throw ProviderStateError.unknownState(vendor: vendor, name: name, known: templates)
        }
        var values = params
        for (key, value) in captures { values[key] = .string(value) }
        return (handler, ProviderStateCall(name: name, values: values, now: now))
    }
}
