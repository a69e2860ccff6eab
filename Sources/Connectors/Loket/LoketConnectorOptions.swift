import ConnectorRuntime
import UnderstudyCore

/// How the Loket connector runs, beyond what HelloID's configuration says.
public struct LoketConnectorOptions: Sendable {
    /// The most API requests in flight at once (at least 1). 1 sends one request after the other,
    /// as the original PowerShell connector does.
    public var concurrency: Int
    /// The records asked for per list page (Loket accepts up to 1,000; the original asks for 250).
    public var pageSize: Int
    /// The time source for waits between retries of 429/503 answers and for the import date that
    /// picks each contract's active function and working-hours period.
    public var clock: any Clock
    /// Called once for every HTTP exchange, token requests and retries included.
    public var onExchange: ConnectorHTTPClient.ExchangeHook?
    /// Called with the new refresh token whenever Loket rotated it during an import, also when
    /// the import failed afterwards (a successful ``LoketConnector/importPersons(_:)`` or
    /// ``LoketConnector/importDepartments(_:)`` carries it in its result too). The configured
    /// token is then spent: store the new one, or the next run cannot authenticate.
    public var onRefreshTokenRotated: (@Sendable (String) -> Void)?

    /// Creates options; the defaults send up to 8 requests at once, 250 records per page.
    public init(
        concurrency: Int = 8, pageSize: Int = 250, clock: any Clock = SystemClock(),
        onExchange: ConnectorHTTPClient.ExchangeHook? = nil, onRefreshTokenRotated: (@Sendable (String) -> Void)? = nil
    ) {
        self.concurrency = concurrency
        self.pageSize = pageSize
        self.clock = clock
        self.onExchange = onExchange
        self.onRefreshTokenRotated = onRefreshTokenRotated
    }
}
