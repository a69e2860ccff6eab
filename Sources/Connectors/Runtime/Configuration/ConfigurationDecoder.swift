import UnderstudyCore

/// Decodes a connector's typed configuration from HelloID's free-form configuration JSON.
///
/// HelloID's input forms are lenient about kinds, so this decoder is too: a number or Boolean
/// setting may be written as a string (`"42"`, `"true"`, `"FALSE"`), a string setting may be a
/// number, and an optional setting that is `null` or blank (`""`) counts as unset. Keys are
/// matched exactly first, then without regard to case, as PowerShell reads them. A `URL` setting
/// must be an absolute URL; a `JSONValue` setting takes any JSON.
///
/// ```swift
/// struct Net2Settings: Decodable { var BaseUrl: URL; var UserName: String; var archivedDepartmentId: Int? }
/// let settings = try ConfigurationDecoder().decode(Net2Settings.self, from: action.configuration)
/// ```
public struct ConfigurationDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes `type` from `configuration`: a JSON object, or a string holding one (the form in
    /// which HelloID hands configuration to source scripts).
    public func decode<T: Decodable>(_ type: T.Type, from configuration: JSONValue) throws(ConfigurationError) -> T {
        var value = configuration
        if case .string(let text) = configuration, let parsed = try? JSONValue(parsing: text) {
            value = parsed
        }
        guard case .object = value else {
            throw ConfigurationError(key: "", reason: .wrongType(expected: "a JSON object", found: value.typeName))
        }
        do {
            return try T(from: ConfigurationValueDecoder(value: value, codingPath: []))
        } catch let error as ConfigurationError {
            throw error
        } catch let error as DecodingError {
            throw Self.configurationError(from: error)
        } catch {
            throw ConfigurationError(key: "", reason: .invalid(String(describing: error)))
        }
    }

    /// The configuration error for a `DecodingError` thrown by a settings type's own decoding code.
    private static func configurationError(from error: DecodingError) -> ConfigurationError {
        switch error {
        case .keyNotFound(let key, let context):
            return ConfigurationError(codingPath: context.codingPath + [key], reason: .missing)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return ConfigurationError(codingPath: context.codingPath, reason: .invalid(context.debugDescription))
        @unknown default:
            return ConfigurationError(key: "", reason: .invalid(String(describing: error)))
        }
    }
}
