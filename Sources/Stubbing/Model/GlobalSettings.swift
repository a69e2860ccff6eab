import UnderstudyCore

/// WireMock's global settings: a delay added to every answer a listener serves (stubs and the
/// emulator behind them), for rehearsing a remote vendor's latency on loopback.
///
/// Set them with `understudy serve --fixed-delay MS` or through the admin API:
/// `POST /__admin/settings` with `{"fixedDelay": 20}` or
/// `{"delayDistribution": {"type": "uniform", "lower": 10, "upper": 30}}`.
public struct GlobalSettings: Sendable, Hashable {
    private static let knownFields: Set<String> = ["fixedDelay", "delayDistribution"]
    private static let unsupportedFields: Set<String> = ["extended", "proxyPassThrough"]

    /// A fixed delay before every answer, in milliseconds.
    public var fixedDelay: Int?
    /// A random delay before every answer, added to the fixed one.
    public var delayDistribution: DelayDistribution?

    /// Creates settings; the default adds no delay.
    public init(fixedDelay: Int? = nil, delayDistribution: DelayDistribution? = nil) {
        self.fixedDelay = fixedDelay
        self.delayDistribution = delayDistribution
    }

    /// Reads WireMock's settings object, throwing the first problem with its JSON path.
    public init(json: JSONValue) throws(StubValidationError) {
        var log = ValidationLog(file: nil)
        guard let object = ObjectReader(json, at: .root, log: &log) else { throw log.errors[0] }
        object.reportUnknownMembers(known: Self.knownFields, unsupported: Self.unsupportedFields, log: &log)
        fixedDelay = object.integer("fixedDelay", in: 0...Int.max, log: &log)
        delayDistribution = object.object("delayDistribution", log: &log).flatMap { DelayDistribution.read($0, log: &log) }
        if let error = log.errors.first { throw error }
    }

    /// The settings in WireMock's JSON shape (members that are not set are left out).
    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        if let fixedDelay { object["fixedDelay"] = .integer(Int64(fixedDelay)) }
        if let delayDistribution { object["delayDistribution"] = delayDistribution.json }
        return .object(object)
    }

    /// The delay these settings add to one answer: the fixed delay plus a sample of the
    /// distribution, or `nil` when they set neither.
    public func delay(using generator: inout some RandomNumberGenerator) -> Duration? {
        DelayDistribution.delay(fixedMilliseconds: fixedDelay, plus: delayDistribution, using: &generator)
    }
}
