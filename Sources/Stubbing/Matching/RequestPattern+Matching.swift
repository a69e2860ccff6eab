import MicroHTTP
import UnderstudyCore

extension RequestPattern {
    /// Matches `request` against this pattern and describes every part that does not match.
    ///
    /// Pure: the request and the pattern are values; nothing else is read.
    public func match(_ request: HTTPRequest) -> RequestMatch {
        evaluate(MatchInput(request), isDetailed: true)!
    }

    /// Whether a request matches as soon as its method and raw path are the ones the pattern
    /// names: a `urlPath` with no other condition, so that an index that found the stub by
    /// method and path needs no evaluation.
    var matchesOnPathAlone: Bool {
        guard case .urlPath = url else { return false }
        return pathParameters.isEmpty && queryParameters.isEmpty && headers.isEmpty && cookies.isEmpty
            && formParameters.isEmpty && bodyPatterns.isEmpty && basicAuthCredentials == nil
    }

    /// Matches a prepared request. In quick mode (`isDetailed == false`) the first mismatch
    /// returns `nil` and nothing is described; otherwise every part is scored and described.
    func evaluate(_ input: MatchInput, isDetailed: Bool) -> RequestMatch? {
        var tally = MatchTally(isDetailed: isDetailed)
        let request = input.request
        if method != Self.anyMethod {
            let score = MatchScore.of(method == request.method)
            guard tally.record(score, {
                Mismatch(part: .method, expected: method, actual: request.method, reason: "different method")
            }) else { return nil }
            tally.endPart(weight: MatchTally.Weight.method)
        }
        var parameters: [String: String] = [:]
        let urlScore = url.score(target: request.target, rawPath: input.rawPath, measuring: isDetailed, pathParameters: &parameters)
        guard tally.record(urlScore, { urlMismatch(input) }) else { return nil }
        tally.endPart(weight: MatchTally.Weight.url)
        guard scorePathParameters(parameters, urlMatched: urlScore.isExactMatch, input, &tally),
            scoreHeaders(input, &tally),
            scoreKeyed(sortedQueryParameters, input.queryValues, RequestPart.query, input, &tally),
            scoreKeyed(sortedFormParameters, input.formValues, RequestPart.form, input, &tally),
            scoreCookies(input, &tally),
            scoreBody(input, &tally)
        else { return nil }
        return RequestMatch(
            isExactMatch: tally.isExactMatch, distance: tally.distance, pathParameters: parameters, mismatches: tally.mismatches)
    }

    private func urlMismatch(_ input: MatchInput) -> Mismatch {
        let actual = url.includesQuery ? input.request.target : input.rawPath
        let reason: String
        switch url {
        case .url, .urlPath, .any: reason = url.includesQuery ? "different path or query" : "different path"
        case .urlPattern, .urlPathPattern: reason = "does not match the regular expression"
        case .urlPathTemplate: reason = "does not fit the template"
        }
        return Mismatch(part: .url, expected: url.description, actual: actual.quotedForReport, reason: reason)
    }

    private func scorePathParameters(
        _ values: [String: String], urlMatched: Bool, _ input: MatchInput, _ tally: inout MatchTally
    ) -> Bool {
        guard !sortedPathParameters.isEmpty else { return true }
        defer { tally.endPart() }
        guard urlMatched else { return tally.recordUndescribed(.noMatch) }
        for (name, pattern) in sortedPathParameters {
            let value = values[name]
            let score = pattern.score(value, measuring: tally.isDetailed, parse: input.parseJSON)
            guard tally.record(score, { Mismatch(part: .pathParameter(name), expected: pattern.description,
                actual: Self.describe(value.map { [$0] } ?? []), reason: pattern.explainMismatch(value)) })
            else { return false }
        }
        return true
    }

    private func scoreHeaders(_ input: MatchInput, _ tally: inout MatchTally) -> Bool {
        defer { tally.endPart() }
        for (name, pattern) in sortedHeaders {
            let values = input.request.headers.values(for: name)
            let score = pattern.score(values, measuring: tally.isDetailed, parse: input.parseJSON)
            guard tally.record(score, { Mismatch(part: .header(name), expected: pattern.description,
                actual: Self.describe(values, header: name), reason: pattern.explainMismatch(values)) })
            else { return false }
        }
        guard let credentials = basicAuthCredentials else { return true }
        let authorization = input.request.headers["Authorization"]
        return tally.record(.of(credentials.matches(authorization))) {
            let (found, reason) = credentials.explainMismatch(authorization)
            return Mismatch(part: .basicAuth, expected: "username \(credentials.username.quotedForReport) and its password",
                actual: found, reason: reason)
        }
    }

    private func scoreKeyed(
        _ patterns: [(name: String, pattern: MultiValuePattern)], _ valuesByName: @autoclosure () -> [String: [String]],
        _ part: (String) -> RequestPart, _ input: MatchInput, _ tally: inout MatchTally
    ) -> Bool {
        guard !patterns.isEmpty else { return true }
        defer { tally.endPart() }
        let all = valuesByName()
        for (name, pattern) in patterns {
            let values = all[name] ?? []
            let score = pattern.score(values, measuring: tally.isDetailed, parse: input.parseJSON)
            guard tally.record(score, { Mismatch(part: part(name), expected: pattern.description,
                actual: Self.describe(values), reason: pattern.explainMismatch(values)) })
            else { return false }
        }
        return true
    }

    private func scoreCookies(_ input: MatchInput, _ tally: inout MatchTally) -> Bool {
        guard !sortedCookies.isEmpty else { return true }
        defer { tally.endPart() }
        for (name, pattern) in sortedCookies {
            let values = input.cookieValues[name] ?? []
            let score = MultiValuePattern.single(pattern).score(values, measuring: tally.isDetailed, parse: input.parseJSON)
            guard tally.record(score, { Mismatch(part: .cookie(name), expected: pattern.description,
                actual: Self.describe(values), reason: MultiValuePattern.single(pattern).explainMismatch(values)) })
            else { return false }
        }
        return true
    }

    private func scoreBody(_ input: MatchInput, _ tally: inout MatchTally) -> Bool {
        guard !bodyPatterns.isEmpty else { return true }
        defer { tally.endPart() }
        let body = input.bodyText
        for pattern in bodyPatterns {
            let score = pattern.score(body, measuring: tally.isDetailed, parse: input.parseJSON)
            guard tally.record(score, { Mismatch(part: .body, expected: pattern.description,
                actual: body?.quotedForReport ?? "(empty)", reason: pattern.explainMismatch(body)) })
            else { return false }
        }
        return true
    }

    /// Values for a report: `(absent)`, `"a"` or `"a", "b"`; credentials in `Authorization`
    /// headers are masked.
    static func describe(_ values: [String], header: String? = nil) -> String {
        guard !values.isEmpty else { return "(absent)" }
        let isCredential = header.map(CredentialMask.isCredentialHeader) ?? false
        return values.map { (isCredential ? CredentialMask.mask($0) : $0).quotedForReport }.joined(separator: ", ")
    }
}
