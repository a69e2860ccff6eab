import EmulatorCore
import Testing
import UnderstudyCore

@Suite struct JSONValueDecoderTests {
    private struct Sample: Decodable, Equatable {
        var name: String
        var count: Int
        var ratio: Double
        var small: UInt8
        var flag: Bool
        var note: String?
        var nested: [String: [Int]]
        var raw: JSONValue
    }

    @Test func decodesEveryKindOfMember() throws {
        let value: JSONValue = [
            "name": "n", "count": 3, "ratio": 2, "small": 255, "flag": true, "note": nil,
            "nested": ["a": [1, 2]], "raw": ["x": [1, "y"]], "ignored": "extra",
        ]
        let sample = try JSONValueDecoder().decode(Sample.self, from: value)
        #expect(sample == Sample(name: "n", count: 3, ratio: 2, small: 255, flag: true, note: nil, nested: ["a": [1, 2]], raw: ["x": [1, "y"]]))
    }

    @Test func integralDecimalsReadAsIntegersButFractionsDoNot() throws {
        #expect(try JSONValueDecoder().decode(Int.self, from: 4.0) == 4)
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Int.self, from: 4.5) }
    }

    @Test func outOfRangeNumbersAreReported() {
        let error = #expect(throws: DecodingError.self) { try JSONValueDecoder().decode([UInt8].self, from: [1, 256]) }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(SeedError.jsonPath(context.codingPath) == "$[1]")
        #expect(context.debugDescription == "256 is out of range for UInt8")
    }

    @Test func stringsAreNeverNumbers() {
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Int.self, from: "4") }
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(String.self, from: 4) }
    }
}
