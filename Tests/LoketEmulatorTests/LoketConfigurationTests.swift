import EmulatorCore
import LoketEmulator
import Testing

@Suite struct LoketConfigurationTests {
    @Test func defaultsAreLoketsOwn() {
        let configuration = LoketConfiguration()
        #expect(!configuration.rotatesRefreshTokens)
        #expect(configuration.accessTokenLifetime == .seconds(3599))
        #expect(configuration.pager.firstPageNumber == 1)
        #expect(configuration.generatedEmployees == nil)
    }

    @Test func commandLineStringsAreParsed() throws {
        let configuration = try LoketConfiguration(employees: "10000", rotation: "ON")
        #expect(configuration.generatedEmployees == 10_000)
        #expect(configuration.rotatesRefreshTokens)
        #expect(try LoketConfiguration(employees: nil, rotation: "off").rotatesRefreshTokens == false)
    }

    @Test(arguments: [("50001", nil), ("-1", nil), ("many", nil), (nil, "sometimes")] as [(String?, String?)])
    func badStringsAreExplained(employees: String?, rotation: String?) {
        let error = #expect(throws: VendorSettingError.self) { try LoketConfiguration(employees: employees, rotation: rotation) }
        #expect(error?.setting == (employees == nil ? "rotation" : "employees"))
        #expect(error?.description.hasPrefix("invalid loket ") == true)
    }
}
