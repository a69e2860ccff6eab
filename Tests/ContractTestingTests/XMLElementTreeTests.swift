import Foundation
import Testing

@testable import ContractTesting

@Suite struct XMLElementTreeTests {
    private func parse(_ text: String) throws -> XMLElementTree {
        try XMLElementTree.parse(Data(text.utf8))
    }

    @Test func resolvesNamespacesByURINotPrefix() throws {
        let a = try parse(#"<a:root xmlns:a="urn:x" xmlns:n="urn:n" n:id="1"><a:child/></a:root>"#)
        let b = try parse(#"<root xmlns="urn:x" xmlns:m="urn:n" m:id="1"><child/></root>"#)
        #expect(a == b)
        #expect(a.name == XMLElementTree.Name(namespace: "urn:x", local: "root"))
        #expect(a.attributes == [XMLElementTree.Name(namespace: "urn:n", local: "id"): "1"])
    }

    @Test func unprefixedAttributesHaveNoNamespace() throws {
        let root = try parse(#"<root xmlns="urn:x" id="7"/>"#)
        #expect(root.attributes == [XMLElementTree.Name(namespace: nil, local: "id"): "7"])
    }

    @Test func collectsTrimmedTextAndCDATA() throws {
        let root = try parse("<a>\n  x &amp; y <![CDATA[<z>]]>\n  <b> inner </b>\n</a>")
        #expect(root.text == "x & y <z>")
        #expect(root.children.map(\.text) == ["inner"])
    }

    @Test func reportsMalformedDocuments() {
        #expect(throws: XMLParseFailure.self) { try parse("<a><b></a>") }
        #expect(throws: XMLParseFailure.self) { try parse("<p:a/>") }
        #expect(throws: XMLParseFailure.self) { try parse("") }
    }
}
