import Foundation
import MicroHTTP
import UnderstudyCore

extension ResponseDefinition {
    private static let bodyFields = ["body", "jsonBody", "base64Body", "bodyFileName"]
    private static let knownFields: Set<String> = [
        "status", "statusMessage", "headers", "body", "jsonBody", "base64Body", "bodyFileName", "fixedDelayMilliseconds",
        "delayDistribution", "fault", "transformers", "transformerParameters",
    ]
    private static let unsupportedFields: Set<String> = [
        "proxyBaseUrl", "proxyUrlPrefixToRemove", "additionalProxyRequestHeaders", "removeProxyRequestHeaders",
        "chunkedDribbleDelay", "fromConfiguredStub",
    ]

    /// Reads WireMock's `response` object at `location`, reporting every problem to `log`.
    static func read(_ json: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> ResponseDefinition? {
        guard let object = ObjectReader(json, at: location, log: &log) else { return nil }
        let errorsBefore = log.errors.count
        object.reportUnknownMembers(known: knownFields, unsupported: unsupportedFields, log: &log)
        let response = ResponseDefinition(
            status: object.integer("status", in: 100...599, log: &log) ?? 200,
            statusMessage: object.string("statusMessage", log: &log),
            headers: readHeaders(object, log: &log),
            body: readBody(object, log: &log),
            fixedDelayMilliseconds: object.integer("fixedDelayMilliseconds", in: 0...Int.max, log: &log),
            delayDistribution: object.object("delayDistribution", log: &log).flatMap { DelayDistribution.read($0, log: &log) },
            fault: readFault(object, log: &log),
            transformers: readTransformers(object, log: &log),
            transformerParameters: object.object("transformerParameters", log: &log)?.members ?? [:])
        return log.errors.count == errorsBefore ? response : nil
    }

    private static func readHeaders(_ object: ObjectReader, log: inout ValidationLog) -> HTTPHeaders {
        guard let headers = object.object("headers", log: &log) else { return HTTPHeaders() }
        var fields: [HTTPHeaders.Field] = []
        for name in headers.members.keys.sorted() {
            switch headers[name]! {
            case .string(let value):
                fields.append(HTTPHeaders.Field(name: name, value: value))
            case .array(let values) where !values.isEmpty && values.allSatisfy({ $0.stringValue != nil }):
                fields += values.map { HTTPHeaders.Field(name: name, value: $0.stringValue!) }
            case let value:
                _ = headers.mistyped(name, "a string or a non-empty array of strings", value, &log) as String?
            }
        }
        return HTTPHeaders(fields)
    }

    private static func readBody(_ object: ObjectReader, log: inout ValidationLog) -> ResponseBody {
        let given = bodyFields.filter { object[$0] != nil }
        guard let field = given.first else { return .empty }
        guard given.count == 1 else {
            log.report("has \(given.joined(separator: " and ")); give only one of \(bodyFields.joined(separator: ", "))",
                at: object.location)
            return .empty
        }
        let location = object.location.appending(field)
        switch field {
        case "body":
            return object.string(field, log: &log).map(ResponseBody.text) ?? .empty
        case "jsonBody":
            if object[field] == .null { log.report("must be JSON, found null", at: location) }
            return .json(object[field]!)
        case "base64Body":
            guard let text = object.string(field, log: &log) else { return .empty }
            guard let data = Data(base64Encoded: text) else {
                log.report("is not valid base64", at: location)
                return .empty
            }
            return .binary(data)
        default:
            guard let path = object.string(field, log: &log) else { return .empty }
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !components.contains(".."),
                !components.contains("")
            else {
                log.report("must be a relative path inside __files such as \"contacts/42.json\", found \(path.quotedForReport)",
                    at: location)
                return .empty
            }
            return .file(path)
        }
    }

    private static func readFault(_ object: ObjectReader, log: inout ValidationLog) -> HTTPFault? {
        guard let name = object.string("fault", log: &log) else { return nil }
        guard let fault = HTTPFault(rawValue: name) else {
            let known = HTTPFault.allCases.map(\.rawValue).joined(separator: ", ")
            log.report("unknown fault \(name.quotedForReport); use one of \(known)", at: object.location.appending("fault"))
            return nil
        }
        return fault
    }

    private static func readTransformers(_ object: ObjectReader, log: inout ValidationLog) -> [String] {
        guard let value = object["transformers"] else { return [] }
        guard case .array(let items) = value else {
            return object.mistyped("transformers", "an array of names", value, &log) ?? []
        }
        let location = object.location.appending("transformers")
        var names: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let name) = item else {
                log.report("must be a transformer name, found \(item.described)", at: location.appending(index))
                continue
            }
            guard name == templateTransformer else {
                log.report("unknown transformer \(name.quotedForReport); Understudy knows only \(templateTransformer)",
                    at: location.appending(index))
                continue
            }
            names.append(name)
        }
        return names
    }
}
