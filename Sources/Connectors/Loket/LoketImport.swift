/// What one Loket import gave: the records HelloID reads, the refresh token to store when Loket
/// rotated it, and warnings about data the import had to leave out.
public struct LoketImport<Record: Sendable & Hashable>: Sendable, Hashable {
    /// The persons or departments, in Loket's order.
    public var records: [Record]
    /// The refresh token Loket handed out in place of the configured one, when it rotates
    /// refresh tokens; `nil` when the configured one stays valid. When set, the configured token
    /// is spent: store this one as `refresh_token`.
    public var rotatedRefreshToken: String?
    /// What the import could not resolve, for example a department manager whose portal user
    /// matches no employee by e-mail.
    public var warnings: [String]

    /// Creates a result.
    public init(records: [Record], rotatedRefreshToken: String? = nil, warnings: [String] = []) {
        self.records = records
        self.rotatedRefreshToken = rotatedRefreshToken
        self.warnings = warnings
    }
}
