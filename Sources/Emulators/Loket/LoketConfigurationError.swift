/// Why a Loket setting (from the command line or a runtime control) is invalid.
public struct LoketConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The setting, for example `employees` or `rotation`.
    public var setting: String
    /// The value that was given.
    public var value: String
    /// What is wrong with it.
    public var reason: String

    /// Creates an error.
    public init(setting: String, value: String, reason: String) {
        self.setting = setting
        self.value = value
        self.reason = reason
    }

    /// The error as one line, naming the setting, the value and the reason.
    public var description: String { "invalid loket \(setting) '\(value)': \(reason)" }
}
