import Foundation

/// A WireMock `urlPathTemplate` such as `/v2/contacts/{contactId}`: literal text, variables
/// `{name}` that each match one or more characters within a path segment, and `**` that matches
/// anything (its values are named `0`, `1`, ... in order).
///
/// Matching works on the raw path (percent-encoding kept); the captured values are decoded.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case literal([UInt8])
        case variable(String)
        case wildcard(String)
    }

    /// The template as written.
    public let template: String
    let parts: [Part]

    /// Parses `template`.
    /// - Throws: a reason in words when a brace is unbalanced, a name is empty or repeated.
    public init(_ template: String) throws(PathTemplateError) {
        var parts: [Part] = []
        var literal: [UInt8] = []
        var names: Set<String> = []
        var wildcards = 0
        var rest = template.unicodeScalars[...]
        while let scalar = rest.first {
            if scalar == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw PathTemplateError(reason: "'{' without a matching '}'") }
                let name = String(String.UnicodeScalarView(rest[rest.index(after: rest.startIndex)..<close]))
                    .filter { !".;*".contains($0) }
                guard !name.isEmpty, !name.contains("{"), !name.contains("/") else {
                    throw PathTemplateError(reason: "a variable needs a name, like {id}")
                }
                guard names.insert(name).inserted else { throw PathTemplateError(reason: "variable {\(name)} appears twice") }
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = []
                parts.append(.variable(name))
                rest = rest[rest.index(after: close)...]
            } else if scalar == "}" {
                throw PathTemplateError(reason: "'}' without a matching '{'")
            } else if rest.starts(with: "**".unicodeScalars) {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = []
                parts.append(.wildcard(String(wildcards)))
                wildcards += 1
                rest = rest.dropFirst(2)
            } else {
                literal.append(contentsOf: String(scalar).utf8)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.template = template
        self.parts = parts
    }

    /// The variable names in order of appearance (wildcards excluded).
    public var variableNames: [String] {
        parts.compactMap { if case .variable(let name) = $0 { return name } else { return nil } }
    }

    /// The literal text before the first variable or wildcard.
    public var literalPrefix: String {
        if case .literal(let bytes)? = parts.first { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }

    /// The decoded values of the variables when `rawPath` fits the template, else `nil`.
    public func match(_ rawPath: String) -> [String: String]? {
        var path = rawPath
        return path.withUTF8 { bytes in
            var captures: [(name: String, range: Range<Int>)] = []
            guard fits(bytes, from: 0, part: 0, captures: &captures) else { return nil }
            var values: [String: String] = [:]
            for capture in captures {
                let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[capture.range]), as: UTF8.self)
                values[capture.name] = raw.removingPercentEncoding ?? raw
            }
            return values
        }
    }

    private func fits(_ path: UnsafeBufferPointer<UInt8>, from start: Int, part index: Int,
        captures: inout [(name: String, range: Range<Int>)]) -> Bool
    {
        guard index < parts.count else { return start == path.count }
        switch parts[index] {
        case .literal(let text):
            guard path.count - start >= text.count, path[start..<(start + text.count)].elementsEqual(text) else { return false }
            return fits(path, from: start + text.count, part: index + 1, captures: &captures)
        case .variable(let name):
            var segmentEnd = start
            while segmentEnd < path.count, path[segmentEnd] != UInt8(ascii: "/") { segmentEnd += 1 }
            for end in stride(from: segmentEnd, to: start, by: -1) {
                captures.append((name, start..<end))
                if fits(path, from: end, part: index + 1, captures: &captures) { return true }
                captures.removeLast()
            }
            return false
        case .wildcard(let name):
            for end in start...path.count {
                captures.append((name, start..<end))
                if fits(path, from: end, part: index + 1, captures: &captures) { return true }
                captures.removeLast()
            }
            return false
        }
    }

    /// The template as written.
    public var description: String { template }
}

/// Why a path template could not be read.
public struct PathTemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(reason: String) {
        self.reason = reason
    }

    /// The reason.
    public var description: String { reason }
}
