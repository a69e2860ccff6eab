import Foundation
import Testing
import UnderstudyCore
@testable import Recording

@Suite struct HARTextTests {
    @Test func entriesWrittenOneByOneGiveTheSameTextAsTheWholeDocument() throws {
        var document = try HARDocument(data: Data(BrowserHAR.text.utf8))
        document.log.extras["_redactions"] = ["rules": ["password"], "placeholders": []]
        let whole = JSONValueCoding.encode(document).serialized(pretty: true) + "\n"
        let assembled = HARText.document(document.log, entries: document.log.entries.map(HARText.entry))
        #expect(String(decoding: assembled, as: UTF8.self) == whole)
        #expect(document.encoded() == assembled)
    }

    @Test func anEmptyLogIsWrittenWithAnEmptyEntriesList() throws {
        let text = String(decoding: HARDocument().encoded(), as: UTF8.self)
        #expect(text.contains("\"entries\": []"))
        #expect(try HARDocument(data: Data(text.utf8)).log.entries.isEmpty)
    }
}
