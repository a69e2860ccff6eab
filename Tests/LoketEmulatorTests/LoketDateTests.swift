import Foundation
import LoketEmulator
import Testing

@Suite struct LoketDateTests {
    @Test(arguments: ["1970-01-01", "2024-02-29", "1900-03-01", "2000-02-29", "0001-01-01", "9999-12-31", "1958-06-30"])
    func roundTripsThroughTheDayCount(text: String) throws {
        let date = try #require(LoketDate(parsing: text))
        #expect(date.description == text)
        #expect(LoketDate(daysSinceEpoch: Int(date.daysSinceEpoch)) == date)
    }

    @Test func countsDaysFromTheEpoch() {
        #expect(LoketDate(parsing: "1970-01-02")?.daysSinceEpoch == 1)
        #expect(LoketDate(parsing: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(LoketDate(parsing: "2026-01-01")?.daysSinceEpoch == 20_454)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-01T00:00:00", "", "２０２４-01-01"])
    func refusesWhatIsNotADate(text: String) {
        #expect(LoketDate(parsing: text) == nil)
    }

    @Test func addsDaysAndYears() throws {
        let leap = try #require(LoketDate(year: 2024, month: 2, day: 29))
        #expect(leap.adding(years: 1).description == "2025-02-28")
        #expect(leap.adding(years: 4).description == "2028-02-29")
        #expect(leap.adding(days: 1).description == "2024-03-01")
        #expect(leap.adding(days: -60).description == "2023-12-31")
        #expect(leap.parts == (2024, 2, 29))
        #expect(try #require(LoketDate(parsing: "2019-03-01")) < leap)
    }

    @Test func decodesFromJSONStrings() throws {
        let decoded = try JSONDecoder().decode([LoketDate].self, from: Data(#"["2019-03-01"]"#.utf8))
        #expect(decoded.map(\.description) == ["2019-03-01"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LoketDate].self, from: Data(#"["01-03-2019"]"#.utf8)) }
    }
}
