import ConnectorRuntime
import UnderstudyCore

/// The HelloID Loket source connector: persons with their contracts, and departments with their
/// managers, read from the Loket.nl API (v2) as the PowerShell connector
/// `HelloID-Conn-Prov-Source-Loket` reads them, with a stable output shape and bounded
/// concurrency.
///
/// It speaks HTTP to the configured hosts only, so it runs unchanged against Loket or the emulator:
///
/// ```swift
/// let connector = LoketConnector(options: LoketConnectorOptions(concurrency: 8))
/// let result = try await connector.importPersons(SourceContext(configuration: [
///     "Client_Id": "understudy-demo", "Client_Secret": "", "refresh_token": "loket-demo-refresh-token",
///     "employer": "Understudy Demo B.V.", "apiBaseUrl": "http://127.0.0.1:8101", "tokenUrl": "http://127.0.0.1:8101/token",
/// ]))
/// if let token = result.rotatedRefreshToken { store(token) }
/// ```
///
/// Errors: ``ConfigurationError`` naming the key, ``LoketConnectorError`` (authentication, unknown
/// employer, unreadable page) and ``ConnectorHTTPError`` for any other refused request.
public struct LoketConnector: SourceConnector {
    /// How the connector runs.
    public var options: LoketConnectorOptions

    /// Creates a connector.
    public init(options: LoketConnectorOptions = LoketConnectorOptions()) {
        self.options = options
    }

    /// Every employee of the configured employer as a person, with all its employments as contracts.
    public func importPersons(_ context: SourceContext) async throws -> LoketImport<SourcePerson> {
        let day = LoketImportDate.day(of: options.clock.now)
        return try await run(context) { session, employer in
            try await LoketPersonsImport(api: session.api, employer: employer, concurrency: options.concurrency, day: day).run()
        }
    }

    /// Every department of the configured employer, with its managers.
    public func importDepartments(_ context: SourceContext) async throws -> LoketImport<SourceDepartment> {
        try await run(context) { session, employer in
            try await LoketDepartmentsImport(api: session.api, employer: employer).run()
        }
    }

    /// The persons of ``importPersons(_:)``; a rotated refresh token reaches only
    /// ``LoketConnectorOptions/onRefreshTokenRotated``.
    public func persons(_ context: SourceContext) async throws -> [SourcePerson] {
        try await importPersons(context).records
    }

    /// The departments of ``importDepartments(_:)``; a rotated refresh token reaches only
    /// ``LoketConnectorOptions/onRefreshTokenRotated``.
    public func departments(_ context: SourceContext) async throws -> [SourceDepartment] {
        try await importDepartments(context).records
    }

    /// Sets up a session, finds the employer and runs `body`; a rotated refresh token is handed to
    /// ``LoketConnectorOptions/onRefreshTokenRotated`` even when the import fails afterwards.
    private func run<Record: Sendable & Hashable>(
        _ context: SourceContext,
        _ body: (LoketSession, LoketEmployerRecord) async throws -> (records: [Record], warnings: [String])
    ) async throws -> LoketImport<Record> {
        let session = try LoketSession(context: context, options: options)
        defer {
            if let token = session.rotatedRefreshToken { options.onRefreshTokenRotated?(token) }
            session.finish()
        }
        let employer = try await session.employer()
        let (records, warnings) = try await body(session, employer)
        return LoketImport(records: records, rotatedRefreshToken: session.rotatedRefreshToken, warnings: warnings)
    }
}
