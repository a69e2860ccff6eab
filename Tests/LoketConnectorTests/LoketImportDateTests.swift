import Foundation
import Testing

@testable import LoketConnector

@Suite struct LoketImportDateTests {
    @Test func isTheDayInAmsterdam() {
        #expect(LoketImportDate.day(of: Date(timeIntervalSince1970: 1_767_225_600)) == "2026-01-01")
        // 2025-12-31 23:30 UTC is already 2026-01-01 in Amsterdam (UTC+1).
        #expect(LoketImportDate.day(of: Date(timeIntervalSince1970: 1_767_223_800)) == "2026-01-01")
        // 2025-07-01 22:30 UTC is 00:30 on 2 July in Amsterdam (UTC+2 in summer).
        #expect(LoketImportDate.day(of: Date(timeIntervalSince1970: 1_751_409_000)) == "2025-07-02")
    }
}
