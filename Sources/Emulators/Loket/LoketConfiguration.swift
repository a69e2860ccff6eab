import Foundation
import EmulatorCore

/// The switches of a Loket emulator: set at startup, changed at runtime through the controls,
/// restored by a reset.
public struct LoketConfiguration: Sendable, Hashable {
    /// Whether using a refresh token consumes it and the answer carries a new one (default off:
    /// the connector re-uses its configured refresh token on every run).
    public var rotatesRefreshTokens: Bool
    /// Access-token lifetime (Loket: 3599 seconds, the `expires_in` it answers).
    public var accessTokenLifetime: Duration
    /// Lifetime of refresh tokens issued by the authorization-code grant (seeded ones never expire).
    public var refreshTokenLifetime: Duration
    /// How long an authorization code from `/authorize` can be exchanged.
    public var authorizationCodeLifetime: Duration
    /// Page numbers from 1; the page size when none is sent (100) and the largest accepted (1000).
    /// Loket's own defaults are not documented; the connector always sends `pageSize=250`.
    public var pager: Pager
    /// The employees of a generated employer added to the file seed, `nil` for none (the
    /// command line's `--loket-employees`).
    public var generatedEmployees: Int?
    /// The seed of the generated employer's random choices.
    public var generatorSeed: UInt64

    /// Creates a configuration; the defaults are Loket's own where known.
    public init(
        rotatesRefreshTokens: Bool = false,
        accessTokenLifetime: Duration = .seconds(3599),
        refreshTokenLifetime: Duration = .seconds(365 * 86_400),
        authorizationCodeLifetime: Duration = .seconds(600),
        pager: Pager = Pager(firstPageNumber: 1, defaultPageSize: 100, maximumPageSize: 1000),
        generatedEmployees: Int? = nil,
        generatorSeed: UInt64 = 1
    ) {
        self.rotatesRefreshTokens = rotatesRefreshTokens
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
        self.authorizationCodeLifetime = authorizationCodeLifetime
        self.pager = pager
        self.generatedEmployees = generatedEmployees
        self.generatorSeed = generatorSeed
    }

    /// Creates a configuration from the command-line strings: `employees` as a count from 0 to
    /// ``maximumGeneratedEmployees``, `rotation` as `on` or `off`.
    public init(employees: String?, rotation: String?) throws(VendorSettingError) {
        self.init()
        if let employees {
            guard let count = Int(employees.trimmingCharacters(in: .whitespaces)), (0...Self.maximumGeneratedEmployees).contains(count)
            else {
                throw VendorSettingError(
                    vendor: "loket", setting: "employees", value: employees, reason: "expected a count from 0 to \(Self.maximumGeneratedEmployees)")
            }
            generatedEmployees = count
        }
        if let rotation {
            guard let on = Self.parseSwitch(rotation) else {
                throw VendorSettingError(vendor: "loket", setting: "rotation", value: rotation, reason: "expected on or off")
            }
            rotatesRefreshTokens = on
        }
    }

    /// The largest generated employer the command line accepts.
    public static let maximumGeneratedEmployees = 50_000

    /// Reads `on`/`off` (also `true`/`false`, `yes`/`no`, `1`/`0`), ignoring case.
    static func parseSwitch(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default: return nil
        }
    }

    /// The token policy these settings give: JWT-looking access tokens and 32-hex refresh tokens.
    var tokenPolicy: TokenPolicy {
        TokenPolicy(
            accessTokenLifetime: accessTokenLifetime, refreshTokenLifetime: refreshTokenLifetime, accessTokenFormat: .jwt,
            refreshTokenFormat: .hex(length: 32), rotatesRefreshTokens: rotatesRefreshTokens)
    }
}
