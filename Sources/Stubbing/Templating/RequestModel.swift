import Foundation
import MicroHTTP
import UnderstudyCore

/// The request as templates see it, with the parts that cost something to derive (query
/// parameters, path segments, the body as JSON) worked out at most once per render.
struct RequestModel {
    /// The request being answered.
    let request: HTTPRequest
    /// Named path parameters from a `urlPathTemplate` match.
    let pathParameters: [String: String]

    /// The decoded query parameters, in order.
    lazy var queryItems: [(name: String, value: String)] = request.queryItems

    /// The decoded path (skipping the decoder when there is nothing to decode).
    lazy var path: String = Self.decoded(request.rawPath[...])

    /// The path split on `/`, each segment percent-decoded; no empty leading segment.
    lazy var pathSegments: [String] = request.rawPath.split(separator: "/", omittingEmptySubsequences: false)
        .dropFirst(request.rawPath.hasPrefix("/") ? 1 : 0)
        .map(Self.decoded)

    /// The body parsed as JSON, or `nil` when it is not JSON.
    lazy var bodyJSON: JSONValue? = try? JSONValue(parsing: request.body)

    private static func decoded(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return text.removingPercentEncoding ?? String(text)
    }

    /// Every decoded value of the query parameter `name`.
    mutating func queryValues(_ name: String) -> [String] {
        queryItems.filter { $0.name == name }.map(\.value)
    }
}
