import Foundation
import MicroHTTP
import UnderstudyCore

extension JournalEntry {
    /// The entry in WireMock's serve-event shape, as `GET /__admin/requests` lists it.
    public var serveEventJSON: JSONValue {
        var event: [String: JSONValue] = [
            "id": .string(id.uuidString.lowercased()),
            "request": loggedRequestJSON,
            "wasMatched": .bool(wasMatched),
            "answeredBy": .string(answeredBy),
        ]
        if let response {
            event["response"] = [
                "status": .integer(Int64(response.status)),
                "headers": Self.headersJSON(response.headers),
                "body": .string(response.bodyText),
            ]
        }
        if let fault { event["response"] = ["fault": .string(fault.rawValue)] }
        if let stubID { event["stubMapping"] = ["id": .string(stubID)] }
        return .object(event)
    }

    /// The request in WireMock's logged-request shape. `clientIp` is the peer's address; a request
    /// made in code, which has none, is logged as from `127.0.0.1`, since the shape always names one.
    public var loggedRequestJSON: JSONValue {
        let isForm = request.headers["Content-Type"]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true
        let milliseconds = Int64((loggedDate.timeIntervalSince1970 * 1000).rounded())
        return [
            "url": .string(request.target),
            "absoluteUrl": .string(request.absoluteURL),
            "method": .string(request.method),
            "clientIp": .string(request.remoteAddress ?? "127.0.0.1"),
            "scheme": .string(request.scheme),
            "host": .string(request.host),
            "port": .integer(Int64(request.port)),
            "headers": Self.headersJSON(request.headers),
            "cookies": Self.cookiesJSON(request.cookies),
            "queryParams": Self.keyedValuesJSON(request.queryItems),
            "formParams": isForm ? Self.keyedValuesJSON(request.formParameters) : [:],
            "body": .string(request.bodyText),
            "bodyAsBase64": .string(request.body.base64EncodedString()),
            "browserProxyRequest": false,
            "loggedDate": .integer(milliseconds),
            "loggedDateString": .string(loggedDate.formatted(.iso8601)),
        ]
    }

    /// Query or form fields in WireMock's shape: each name once, as `{"key": name, "values": [...]}`.
    private static func keyedValuesJSON(_ items: [(name: String, value: String)]) -> JSONValue {
        .object(Dictionary(grouping: items, by: \.name).mapValues { items in
            ["key": .string(items[0].name), "values": .array(items.map { .string($0.value) })]
        })
    }

    /// Cookies the way headers are written: each name with ``valuesJSON(_:)`` of its values.
    private static func cookiesJSON(_ cookies: [(name: String, value: String)]) -> JSONValue {
        .object(Dictionary(grouping: cookies, by: \.name).mapValues { sent in valuesJSON(sent.map(\.value)) })
    }

    /// The values sent under one name: the value itself when there is one, else their array.
    private static func valuesJSON(_ values: [String]) -> JSONValue {
        values.count == 1 ? .string(values[0]) : .array(values.map(JSONValue.string))
    }

    /// Header fields, names compared without case: each under its first spelling, with
    /// ``valuesJSON(_:)`` of its values.
    private static func headersJSON(_ headers: HTTPHeaders) -> JSONValue {
        var grouped: [String: [String]] = [:]
        var names: [String: String] = [:]
        for field in headers {
            let key = field.name.lowercased()
            names[key] = names[key] ?? field.name
            grouped[key, default: []].append(field.value)
        }
        return .object(Dictionary(uniqueKeysWithValues: grouped.map { key, values in (names[key]!, valuesJSON(values)) }))
    }
}
