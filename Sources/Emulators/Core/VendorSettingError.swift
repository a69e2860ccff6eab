/// Why an emulator setting (from the command line or a runtime control) is invalid: the
/// vendor, the setting, the value given and the reason.
public struct VendorSettingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The vendor whose setting it is, for example `net2`.
    public var vendor: String
    /// The setting, for example `mfa` or `token-rate`.
    public var setting: String
    /// The value that was given.
    public var value: String
    /// What is wrong with it.
    public var reason: String

    /// Creates an error.
    public init(vendor: String, setting: String, value: String, reason: String) {
        self.vendor = vendor
        self.setting = setting
        self.value = value
        self.reason = reason
    }

    /// The error as one line: `invalid net2 mfa 'x': expected off, code:NNNNNN or totp:SECRET`.
    public var description: String { "invalid \(vendor) \(setting) '\(value)': \(reason)" }
}
