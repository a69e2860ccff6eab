import MicroHTTP
import UnderstudyCore

/// The response side of a stub mapping (WireMock's `response`): what to answer with, after
/// which delay, or which fault to inject instead.
public struct ResponseDefinition: Sendable {
    /// The status code, 100 to 599.
    public let status: Int
    /// The reason phrase, when the stub sets one.
    public let statusMessage: String?
    /// The response headers, sorted by name (a list value gives several fields).
    public let headers: HTTPHeaders
    /// The body.
    public let body: ResponseBody
    /// A fixed delay before answering, in milliseconds.
    public let fixedDelayMilliseconds: Int?
    /// A random delay before answering, added to the fixed one.
    public let delayDistribution: DelayDistribution?
    /// A broken answer to send instead of the response.
    public let fault: HTTPFault?
    /// Transformer names; only ``templateTransformer`` is known.
    public let transformers: [String]
    /// Parameters for the transformers, as given.
    public let transformerParameters: [String: JSONValue]

    /// The name of WireMock's response templating transformer.
    public static let templateTransformer = "response-template"

    /// Creates a response definition.
    public init(
        status: Int = 200, statusMessage: String? = nil, headers: HTTPHeaders = HTTPHeaders(), body: ResponseBody = .empty,
        fixedDelayMilliseconds: Int? = nil, delayDistribution: DelayDistribution? = nil, fault: HTTPFault? = nil,
        transformers: [String] = [], transformerParameters: [String: JSONValue] = [:]
    ) {
        self.status = status
        self.statusMessage = statusMessage
        self.headers = headers
        self.body = body
        self.fixedDelayMilliseconds = fixedDelayMilliseconds
        self.delayDistribution = delayDistribution
        self.fault = fault
        self.transformers = transformers
        self.transformerParameters = transformerParameters
    }

    /// Reads and validates WireMock's `response` object.
    /// - Throws: the first problem found; ``MappingFile`` reports all of them.
    public init(json: JSONValue) throws(StubValidationError) {
        var log = ValidationLog(file: nil)
        guard let response = Self.read(json, at: .root, log: &log), log.isClean else { throw log.errors[0] }
        self = response
    }

    /// Whether the body and headers are templates (`transformers` has `response-template`).
    public var isTemplated: Bool { transformers.contains(Self.templateTransformer) }

    /// The delay before answering: the fixed delay plus a sample of the distribution, or `nil`
    /// when the stub sets neither.
    public func delay(using generator: inout some RandomNumberGenerator) -> Duration? {
        DelayDistribution.delay(fixedMilliseconds: fixedDelayMilliseconds, plus: delayDistribution, using: &generator)
    }
}
