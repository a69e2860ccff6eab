import Foundation
import MicroHTTP
import UnderstudyCore

/// Reads the request and response objects of an interaction, tolerating the V2–V4 forms.
struct PactPartReader {
    /// The specification the document was written for.
    let specification: PactSpecification

    /// A request object.
    func request(_ cursor: JSONCursor) throws(PactLoadError) -> PactRequest {
        let headers = try self.headers(cursor.member("headers"))
        return PactRequest(
            method: try cursor.optionalString("method")?.uppercased() ?? "GET",
            path: try cursor.optionalString("path") ?? "/",
            query: try query(cursor.member("query")),
            headers: headers,
            body: try body(cursor, headers: headers),
            matchingRules: try MatchingRulesReader.read(cursor.member("matchingRules")),
            generators: cursor.member("generators")?.value
        )
    }

    /// A response object.
    func response(_ cursor: JSONCursor) throws(PactLoadError) -> PactResponse {
        let headers = try self.headers(cursor.member("headers"))
        return PactResponse(
            status: try cursor.optionalInteger("status") ?? 200,
            headers: headers,
            body: try body(cursor, headers: headers),
            matchingRules: try MatchingRulesReader.read(cursor.member("matchingRules")),
            generators: cursor.member("generators")?.value
        )
    }

    /// Headers as a map of strings (V2/V3) or of lists of strings (V4).
    private func headers(_ cursor: JSONCursor?) throws(PactLoadError) -> [String: [String]] {
        guard let cursor else { return [:] }
        var headers: [String: [String]] = [:]
        for (name, value) in try cursor.members() { headers[name] = try strings(value) }
        return headers
    }

    /// The query as a V2 string (`a=1&b=2`) or a map of lists (V3/V4).
    private func query(_ cursor: JSONCursor?) throws(PactLoadError) -> [String: [String]] {
        guard let cursor else { return [:] }
        if case .string(let text) = cursor.value {
            var query: [String: [String]] = [:]
            for item in FormEncoding.decode(text) { query[item.name, default: []].append(item.value) }
            return query
        }
        var query: [String: [String]] = [:]
        for (name, value) in try cursor.members() { query[name] = try strings(value) }
        return query
    }

    /// A string or a list of strings; numbers and Booleans are taken as their text.
    private func strings(_ cursor: JSONCursor) throws(PactLoadError) -> [String] {
        switch cursor.value {
        case .array:
            var values: [String] = []
            for item in try cursor.items() { values.append(try scalarText(item)) }
            return values
        default:
            return [try scalarText(cursor)]
        }
    }

    private func scalarText(_ cursor: JSONCursor) throws(PactLoadError) -> String {
        switch cursor.value {
        case .string(let text): return text
        case .integer, .double, .bool: return cursor.value.plainText
        default: throw cursor.failure("expected a string, found \(cursor.value.typeName)")
        }
    }

    /// The body: V4 `{contentType, encoded, content}` or a raw JSON value; `nil` when absent.
    private func body(_ part: JSONCursor, headers: [String: [String]]) throws(PactLoadError) -> PactBody? {
        guard part.has("body") else { return nil }
        let headerType = headers.values(forHeader: "Content-Type").first
        let raw = part.value["body"]!
        let path = PathText.appending("body", to: part.path)
        let cursor = JSONCursor(root: raw, file: part.file, path: path)
        if specification >= .v4, Self.isV4Body(raw) {
            return try v4Body(cursor, headerType: headerType)
        }
        let content: PactBody.Content
        switch raw {
        case .string(let text) where text.isEmpty: content = .empty
        case .string(let text) where headerType.flatMap(MediaType.init)?.kind == .json: content = .json(.string(text))
        case .string(let text): content = .text(text)
        default: content = .json(raw)
        }
        return PactBody(contentType: headerType ?? Self.inferredType(content), content: content)
    }

    private func v4Body(_ cursor: JSONCursor, headerType: String?) throws(PactLoadError) -> PactBody {
        // A wildcard such as `*/*` (the official mock server writes it) says nothing: the header decides.
        let declared = try cursor.optionalString("contentType").flatMap { $0.contains("*") ? nil : $0 }
        let encoding = cursor.value["encoded"] ?? .bool(false)
        let content: PactBody.Content
        switch (cursor.value["content"], encoding) {
        case (nil, _):
            content = .empty
        case (.string(let text)?, .string(let name)) where name.lowercased() == "json":
            do {
                content = .json(try JSONValue(parsing: text))
            } catch {
                throw cursor.member("content")!.failure("content encoded as JSON is not valid JSON: \(error)")
            }
        case (.string(let text)?, .string), (.string(let text)?, .bool(true)):
            guard let bytes = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else {
                throw cursor.member("content")!.failure("content is not valid base64")
            }
            content = .bytes(bytes)
        case (.string(let text)?, _) where text.isEmpty:
            content = .empty
        case (.string(let text)?, _) where (declared ?? headerType).flatMap(MediaType.init)?.kind == .json:
            content = .json(.string(text))
        case (.string(let text)?, _):
            content = .text(text)
        case (let value?, _):
            content = .json(value)
        }
        return PactBody(contentType: declared ?? headerType ?? Self.inferredType(content), content: content)
    }

    /// Whether a V4 `body` value is the `{contentType, encoded, content}` wrapper rather than a raw
    /// JSON body (some writers still put raw bodies in V4 files).
    static func isV4Body(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value, !members.isEmpty else { return false }
        let wrapperKeys: Set<String> = ["content", "contentType", "encoded", "contentTypeHint"]
        return members.keys.allSatisfy(wrapperKeys.contains) && (members["content"] != nil || members["contentType"] != nil)
    }

    /// The content type implied by content that came without one.
    static func inferredType(_ content: PactBody.Content) -> String? {
        switch content {
        case .empty: return nil
        case .json: return "application/json"
        case .text(let text): return ContentTypeDetector.detect(text)
        case .bytes(let bytes): return ContentTypeDetector.detect(bytes)
        }
    }
}
