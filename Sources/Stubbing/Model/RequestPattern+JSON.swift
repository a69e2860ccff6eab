import UnderstudyCore

extension RequestPattern {
    private static let knownFields: Set<String> = [
        "method", "url", "urlPath", "urlPattern", "urlPathPattern", "urlPathTemplate", "pathParameters",
        "queryParameters", "headers", "cookies", "formParameters", "bodyPatterns", "basicAuthCredentials",
    ]
    private static let unsupportedFields: Set<String> = [
        "scheme", "host", "port", "clientIp", "customMatcher", "multipartPatterns",
    ]

    /// Reads WireMock's `request` object at `location`, reporting every problem to `log`.
    static func read(_ json: JSONValue, at location: JSONLocation, log: inout ValidationLog) -> RequestPattern? {
        guard let object = ObjectReader(json, at: location, log: &log) else { return nil }
        let errorsBefore = log.errors.count
        object.reportUnknownMembers(known: knownFields, unsupported: unsupportedFields, log: &log)
        let method = readMethod(object, log: &log)
        let url = readURL(object, log: &log)
        let pathParameters = readPathParameters(object, url: url, log: &log)
        let queryParameters = readKeyed(object, "queryParameters", log: &log, MultiValuePattern.read)
        let headers = readKeyed(object, "headers", log: &log, MultiValuePattern.read)
        let cookies = readKeyed(object, "cookies", log: &log, ValuePattern.read)
        let formParameters = readKeyed(object, "formParameters", log: &log, MultiValuePattern.read)
        let bodyPatterns = readBodyPatterns(object, log: &log)
        let credentials = readCredentials(object, log: &log)
        guard log.errors.count == errorsBefore else { return nil }
        return RequestPattern(
            method: method, url: url, pathParameters: pathParameters, queryParameters: queryParameters, headers: headers,
            cookies: cookies, formParameters: formParameters, bodyPatterns: bodyPatterns, basicAuthCredentials: credentials)
    }

    private static func readMethod(_ object: ObjectReader, log: inout ValidationLog) -> String {
        guard let value = object["method"] else { return anyMethod }
        if case .object = value {
            log.report("WireMock's oneOf/noneOf method sets are not supported by Understudy; use one method or ANY",
                at: object.location.appending("method"))
            return anyMethod
        }
        guard let method = object.string("method", log: &log) else { return anyMethod }
        guard !method.isEmpty, method.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            log.report("must be an upper-case HTTP method such as GET, or ANY, found \(method.quotedForReport)",
                at: object.location.appending("method"))
            return anyMethod
        }
        return method
    }

    private static func readURL(_ object: ObjectReader, log: inout ValidationLog) -> URLMatcher {
        let given = URLMatcher.fieldNames.filter { object[$0] != nil }
        guard let field = given.first else { return .any }
        guard given.count == 1 else {
            log.report("has \(given.joined(separator: " and ")); give only one of \(URLMatcher.fieldNames.joined(separator: ", "))",
                at: object.location)
            return .any
        }
        let location = object.location.appending(field)
        guard let text = object.string(field, log: &log) else { return .any }
        switch field {
        case "url", "urlPath":
            guard text.hasPrefix("/") else {
                log.report("must start with '/', found \(text.quotedForReport)", at: location)
                return .any
            }
            return field == "url" ? .url(text) : .urlPath(text)
        case "urlPattern", "urlPathPattern":
            guard let regex = RegexPattern(text) else {
                log.report("invalid regular expression \(text.quotedForReport)", at: location)
                return .any
            }
            return field == "urlPattern" ? .urlPattern(regex) : .urlPathPattern(regex)
        default:
            do { return .urlPathTemplate(try PathTemplate(text)) } catch {
                log.report("invalid path template \(text.quotedForReport): \(error.reason)", at: location)
                return .any
            }
        }
    }

    private static func readPathParameters(
        _ object: ObjectReader, url: URLMatcher, log: inout ValidationLog
    ) -> [String: ValuePattern] {
        guard object["pathParameters"] != nil else { return [:] }
        let parameters = readKeyed(object, "pathParameters", log: &log, ValuePattern.read)
        let location = object.location.appending("pathParameters")
        guard case .urlPathTemplate(let template) = url else {
            if object["urlPathTemplate"] == nil { log.report("needs a urlPathTemplate whose variables it constrains", at: location) }
            return [:]
        }
        let variables = Set(template.variableNames)
        for name in parameters.keys.sorted() where !variables.contains(name) {
            log.report("\(name.quotedForReport) is not a variable of the template \(template.template.quotedForReport)",
                at: location.appending(name))
        }
        return parameters
    }

    private static func readKeyed<Pattern>(
        _ object: ObjectReader, _ field: String, log: inout ValidationLog,
        _ read: (JSONValue, JSONLocation, inout ValidationLog) -> Pattern?
    ) -> [String: Pattern] {
        guard let members = object.object(field, log: &log) else { return [:] }
        var patterns: [String: Pattern] = [:]
        for name in members.members.keys.sorted() {
            if let pattern = read(members[name]!, members.location.appending(name), &log) { patterns[name] = pattern }
        }
        return patterns
    }

    private static func readBodyPatterns(_ object: ObjectReader, log: inout ValidationLog) -> [ValuePattern] {
        guard let value = object["bodyPatterns"] else { return [] }
        guard case .array(let items) = value else {
            return object.mistyped("bodyPatterns", "an array of matchers", value, &log) ?? []
        }
        let location = object.location.appending("bodyPatterns")
        return items.enumerated().compactMap { ValuePattern.read($1, at: location.appending($0), log: &log) }
    }

    private static func readCredentials(_ object: ObjectReader, log: inout ValidationLog) -> BasicAuthCredentials? {
        guard let credentials = object.object("basicAuthCredentials", log: &log) else { return nil }
        credentials.reportUnknownMembers(known: ["username", "password"], log: &log)
        let username = credentials.string("username", log: &log)
        let password = credentials.string("password", log: &log)
        for field in ["username", "password"] where credentials[field] == nil {
            log.report("needs \(field.quotedForReport)", at: credentials.location)
        }
        guard let username, let password else { return nil }
        return BasicAuthCredentials(username: username, password: password)
    }
}
