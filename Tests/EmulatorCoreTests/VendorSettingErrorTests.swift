import EmulatorCore
import Testing

@Suite struct VendorSettingErrorTests {
    @Test func readsAsOneLineNamingVendorSettingValueAndReason() {
        let error = VendorSettingError(vendor: "net2", setting: "token-rate", value: "2 per second", reason: "expected N/SECONDSs")
        #expect(error.description == "invalid net2 token-rate '2 per second': expected N/SECONDSs")
    }
}
