import ConnectorRuntime
import Foundation
import UnderstudyCore

/// The Net2 connector's configuration: the keys of the original connector's `configuration.json`
/// (`UserName`, `Password`, `BaseUrl`, `ClientId`, `departmentMapping`, `archivedDepartmentId`),
/// its v7 MFA keys (`MfaType`, `MfaCode`) and `MfaTotpSecret` for unattended MFA.
///
/// Keys match without regard to case and numbers may be written as strings, as HelloID's input
/// forms deliver them. Errors name the key and never quote a value.
public struct Net2Settings: Sendable, Hashable, Decodable {
    /// The operator who signs in, written "First Last" (`UserName`).
    public var userName: String
    /// The operator's password (`Password`).
    public var password: String
    /// The Net2 server, for example `https://net2-server:8443` (`BaseUrl`).
    public var baseURL: URL
    /// The GUID of the Net2 API licence (`ClientId`).
    public var clientID: String
    /// The path of the department mapping CSV (`departmentMapping`).
    public var departmentMappingPath: String?
    /// The id of the "terminated employment" department users move to when disabled (`archivedDepartmentId`).
    public var archivedDepartmentID: Int?
    /// The MFA challenge type sent at the mfa-request step, `email` or `otp` (`MfaType`; default `otp`).
    public var mfaType: String?
    /// A fixed MFA code, as the original connector sends (`MfaCode`).
    public var mfaCode: String?
    /// The Base32 secret of the operator's authenticator, so codes are computed when needed (`MfaTotpSecret`).
    public var mfaTotpSecret: String?

    private enum CodingKeys: String, CodingKey {
        case userName = "UserName"
        case password = "Password"
        case baseURL = "BaseUrl"
        case clientID = "ClientId"
        case departmentMappingPath = "departmentMapping"
        case archivedDepartmentID = "archivedDepartmentId"
        case mfaType = "MfaType"
        case mfaCode = "MfaCode"
        case mfaTotpSecret = "MfaTotpSecret"
    }

    /// Decodes the settings from HelloID's configuration object (or a string holding one).
    public init(configuration: JSONValue) throws(ConfigurationError) {
        self = try ConfigurationDecoder().decode(Net2Settings.self, from: configuration)
    }

    /// Decodes the settings; required text settings must not be blank and the TOTP secret must be Base32.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func required(_ key: CodingKeys) throws -> String {
            let text = try container.decode(String.self, forKey: key)
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ConfigurationError(key: key.rawValue, reason: .invalid("must not be empty"))
            }
            return text
        }
        baseURL = try container.decode(URL.self, forKey: .baseURL)
        guard ["http", "https"].contains(baseURL.scheme?.lowercased() ?? "") else {
            throw ConfigurationError(key: CodingKeys.baseURL.rawValue, reason: .invalid("must be an http:// or https:// URL"))
        }
        userName = try required(.userName)
        password = try required(.password)
        clientID = try required(.clientID)
        departmentMappingPath = try container.decodeIfPresent(String.self, forKey: .departmentMappingPath)
        archivedDepartmentID = try container.decodeIfPresent(Int.self, forKey: .archivedDepartmentID)
        mfaType = try container.decodeIfPresent(String.self, forKey: .mfaType)
        mfaCode = try container.decodeIfPresent(String.self, forKey: .mfaCode)
        mfaTotpSecret = try container.decodeIfPresent(String.self, forKey: .mfaTotpSecret)
        if let secret = mfaTotpSecret {
            do {
                _ = try TOTP(base32Secret: secret)
            } catch {
                throw ConfigurationError(key: CodingKeys.mfaTotpSecret.rawValue, reason: .invalid("is not a Base32 secret"))
            }
        }
    }

    /// The archived department's id, or the error naming `archivedDepartmentId` when it is not set.
    func requireArchivedDepartmentID() throws(ConfigurationError) -> Int {
        guard let archivedDepartmentID else { throw ConfigurationError(key: CodingKeys.archivedDepartmentID.rawValue, reason: .missing) }
        return archivedDepartmentID
    }

    /// The department mapping file's path, or the error naming `departmentMapping` when it is not set.
    func requireDepartmentMappingPath() throws(ConfigurationError) -> String {
        guard let departmentMappingPath else { throw ConfigurationError(key: CodingKeys.departmentMappingPath.rawValue, reason: .missing) }
        return departmentMappingPath
    }

    /// The MFA code to send at `date`: computed from `MfaTotpSecret` when set, else `MfaCode`;
    /// the error names both keys when neither is set.
    func mfaCode(at date: Date) throws(ConfigurationError) -> String {
        if let secret = mfaTotpSecret, let totp = try? TOTP(base32Secret: secret) { return totp.code(at: date) }
        if let mfaCode { return mfaCode }
        throw ConfigurationError(
            key: CodingKeys.mfaTotpSecret.rawValue,
            reason: .invalid("Net2 asks for a second factor: set MfaTotpSecret (or a fixed MfaCode)"))
    }

    /// The challenge type sent at the mfa-request step.
    var challengeType: String { mfaType ?? "otp" }
}
