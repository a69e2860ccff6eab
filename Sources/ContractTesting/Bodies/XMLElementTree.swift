import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small XML element tree for body matching: names resolved to namespace + local name,
/// attributes without namespace declarations, and the element's own text.
struct XMLElementTree: Sendable, Equatable {
    /// A namespace-qualified name; compared by namespace URI and local name, never by prefix.
    struct Name: Sendable, Hashable, CustomStringConvertible {
        var namespace: String?
        var local: String

        var description: String { namespace.map { "{\($0)}\(local)" } ?? local }
    }

    /// The element's name.
    var name: Name
    /// Attributes other than `xmlns` declarations.
    var attributes: [Name: String]
    /// Child elements in document order.
    var children: [XMLElementTree]
    /// The element's own text and CDATA, joined and trimmed.
    var text: String

    /// Parses a document and returns its root element.
    static func parse(_ data: Data) throws(XMLParseFailure) -> XMLElementTree {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let succeeded = parser.parse()
        if let failure = builder.failure { throw failure }
        if !succeeded || parser.parserError != nil {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            throw XMLParseFailure(reason: "\(reason) (line \(parser.lineNumber), column \(parser.columnNumber))")
        }
        guard let root = builder.root else { throw XMLParseFailure(reason: "no root element") }
        return root
    }
}

/// Why an XML body could not be parsed.
struct XMLParseFailure: Error, Sendable {
    var reason: String
}

/// Builds an ``XMLElementTree`` from parser events, resolving namespace prefixes itself.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    private struct Open {
        var element: XMLElementTree
        var namespaces: [String: String]
        var textPieces: [String]
    }

    private var stack: [Open] = []
    private(set) var root: XMLElementTree?
    private(set) var failure: XMLParseFailure?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        var namespaces = stack.last?.namespaces ?? ["xml": "http://www.w3.org/XML/1998/namespace"]
        for (name, value) in attributes {
            if name == "xmlns" { namespaces[""] = value.isEmpty ? nil : value }
            if name.hasPrefix("xmlns:") { namespaces[String(name.dropFirst(6))] = value }
        }
        var resolved: [XMLElementTree.Name: String] = [:]
        for (name, value) in attributes where name != "xmlns" && !name.hasPrefix("xmlns:") {
            // Unprefixed attributes are in no namespace, whatever the default namespace is.
            resolved[resolve(name, namespaces, usesDefault: false, parser)] = value
        }
        let element = XMLElementTree(
            name: resolve(elementName, namespaces, usesDefault: true, parser), attributes: resolved, children: [], text: "")
        stack.append(Open(element: element, namespaces: namespaces, textPieces: []))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].textPieces.append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].textPieces.append(String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard var open = stack.popLast() else { return }
        open.element.text = open.textPieces.joined().trimmingCharacters(in: .whitespacesAndNewlines)
        if stack.isEmpty {
            root = open.element
        } else {
            stack[stack.count - 1].element.children.append(open.element)
        }
    }

    private func resolve(_ qualified: String, _ namespaces: [String: String], usesDefault: Bool, _ parser: XMLParser) -> XMLElementTree.Name
    {
        guard let colon = qualified.firstIndex(of: ":") else {
            return XMLElementTree.Name(namespace: usesDefault ? namespaces[""] : nil, local: qualified)
        }
        let prefix = String(qualified[..<colon])
        guard let namespace = namespaces[prefix] else {
            failure = failure ?? XMLParseFailure(reason: "undeclared namespace prefix '\(prefix)' (line \(parser.lineNumber))")
            return XMLElementTree.Name(namespace: nil, local: qualified)
        }
        return XMLElementTree.Name(namespace: namespace, local: String(qualified[qualified.index(after: colon)...]))
    }
}
