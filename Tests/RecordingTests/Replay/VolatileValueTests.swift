import Foundation
import Testing
@testable import Recording

@Suite struct VolatileValueTests {
    @Test func simpleRulesTellVolatileValues() {
        #expect(VolatileValue.classify("<redacted:token:1>") == .placeholder)
        #expect(VolatileValue.classify("3F2B8C1E-9A4D-4C2B-8E7F-1A2B3C4D5E6F") == .uuid)
        #expect(VolatileValue.classify("2026-03-01") == .date)
        #expect(VolatileValue.classify("2026-03-01T10:00:00") == .timestamp(TimestampShape("2026-03-01T10:00:00")!))
        #expect(VolatileValue.classify("1012") == nil)
        #expect(VolatileValue.classify("Ada") == nil)
    }

    @Test(arguments: [
        ("2026-03-23T11:51:20.9832179Z", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSXXX", "yyyy-MM-dd'T'HH:mm:ss.SSS'0000Z'"),
        ("2026-03-23T11:51:20", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"),
        ("2026-03-23T11:51:20.120+01:00", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "yyyy-MM-dd'T'HH:mm:ss.SSS'+00:00'"),
        ("2026-03-23T11:51:20+0100", "yyyy-MM-dd'T'HH:mm:ssXX", "yyyy-MM-dd'T'HH:mm:ss'+0000'"),
    ])
    func timestampShapesGiveTheirFormats(text: String, java: String, template: String) throws {
        let shape = try #require(TimestampShape(text))
        #expect(shape.javaPattern == java)
        #expect(shape.templateFormat == template)
        #expect(text.wholeMatch(of: try Regex(shape.regex)) != nil)
    }

    @Test func timestampsReadAsInstants() throws {
        let utc = try #require(TimestampShape.date("2026-03-01T10:00:00.5Z"))
        #expect(utc.timeIntervalSince1970 == 1_772_359_200.5)
        #expect(TimestampShape.date("2026-03-01T11:00:00+01:00") == TimestampShape.date("2026-03-01T10:00:00"))
        #expect(TimestampShape("2026-03-01T10:00:00.12Z")?.templateFormat == nil)
        #expect(TimestampShape.date("yesterday") == nil)
    }
}
