import Foundation
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct PactBodyTests {
    @Test func producesWireBytes() {
        #expect(PactBody.json(["b": 1, "a": [true]]).data == Data(#"{"a":[true],"b":1}"#.utf8))
        #expect(PactBody.text("héllo").data == Data("héllo".utf8))
        #expect(PactBody(content: .bytes(Data([1, 2]))).data == Data([1, 2]))
        #expect(PactBody(content: .empty).data.isEmpty)
    }

    @Test func emptyAndNullCountAsNoContent() {
        #expect(PactBody(content: .empty).isEmptyForMatching)
        #expect(PactBody(content: .json(.null)).isEmptyForMatching)
        #expect(!PactBody.json([:]).isEmptyForMatching)
        #expect(!PactBody.text(" ").isEmptyForMatching)
    }

    @Test func factoriesSetContentTypes() {
        #expect(PactBody.json(1).contentType == "application/json")
        #expect(PactBody.text("x", contentType: "text/csv").contentType == "text/csv")
    }
}
