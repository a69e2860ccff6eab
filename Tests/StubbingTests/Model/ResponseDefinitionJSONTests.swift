import Foundation
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore

@Suite struct ResponseDefinitionJSONTests {
    func response(_ text: String) throws -> ResponseDefinition {
        try ResponseDefinition(json: json(text))
    }

    @Test func defaultsToAnEmpty200() throws {
        let response = try response("{}")
        #expect(response.status == 200)
        #expect(response.body == .empty)
        #expect(response.headers.count == 0)
        #expect(response.fault == nil && response.fixedDelayMilliseconds == nil && response.delayDistribution == nil)
        #expect(!response.isTemplated)
    }

    @Test func readsEveryField() throws {
        let response = try response(#"""
            {"status": 201, "statusMessage": "Made", "headers": {"X-B": ["1", "2"], "Content-Type": "application/json"},
             "jsonBody": {"id": 1}, "fixedDelayMilliseconds": 150, "delayDistribution": {"type": "uniform", "lower": 5, "upper": 10},
             "fault": "CONNECTION_RESET_BY_PEER", "transformers": ["response-template"], "transformerParameters": {"a": 1}}
            """#)
        #expect(response.status == 201)
        #expect(response.statusMessage == "Made")
        #expect(response.headers.fields.map { "\($0.name): \($0.value)" } == ["Content-Type: application/json", "X-B: 1", "X-B: 2"])
        #expect(response.body == .json(["id": 1]))
        #expect(response.fixedDelayMilliseconds == 150)
        #expect(response.delayDistribution == .uniform(lower: 5, upper: 10))
        #expect(response.fault == .connectionResetByPeer)
        #expect(response.isTemplated)
        #expect(response.transformerParameters == ["a": 1])
    }

    @Test func readsEachBodyKind() throws {
        #expect(try response(#"{"body": "pong"}"#).body == .text("pong"))
        #expect(try response(#"{"jsonBody": [1, 2]}"#).body == .json([1, 2]))
        #expect(try response(#"{"base64Body": "aGk="}"#).body == .binary(Data("hi".utf8)))
        #expect(try response(#"{"bodyFileName": "contacts/42.json"}"#).body == .file("contacts/42.json"))
    }

    @Test func readsEachFault() throws {
        for fault in HTTPFault.allCases {
            #expect(try response(#"{"fault": "\#(fault.rawValue)"}"#).fault == fault)
        }
    }

    @Test func readsEachDelayDistribution() throws {
        #expect(try response(#"{"delayDistribution": {"type": "lognormal", "median": 80, "sigma": 0.4}}"#).delayDistribution
            == .logNormal(median: 80, sigma: 0.4, maxValue: nil))
        #expect(try response(#"{"delayDistribution": {"type": "lognormal", "median": 80, "sigma": 0.4, "maxValue": 200}}"#).delayDistribution
            == .logNormal(median: 80, sigma: 0.4, maxValue: 200))
        #expect(try response(#"{"delayDistribution": {"type": "fixed", "milliseconds": 30}}"#).delayDistribution == .fixed(milliseconds: 30))
    }

    @Test(arguments: [
        (#"{"status": 700}"#, "$.response.status", "must be an integer from 100 to 599, found 700"),
        (#"{"status": "200"}"#, "$.response.status", #"must be an integer from 100 to 599, found "200""#),
        (#"{"status": 200.5}"#, "$.response.status", "must be an integer from 100 to 599, found 200.5"),
        (#"{"body": "a", "jsonBody": {}}"#, "$.response", "has body and jsonBody; give only one of body, jsonBody, base64Body, bodyFileName"),
        (#"{"body": {"a": 1}}"#, "$.response.body", "must be a string, found object"),
        (#"{"base64Body": "***"}"#, "$.response.base64Body", "is not valid base64"),
        (#"{"bodyFileName": "../secrets.json"}"#, "$.response.bodyFileName",
            #"must be a relative path inside __files such as "contacts/42.json", found "../secrets.json""#),
        (#"{"bodyFileName": "/etc/passwd"}"#, "$.response.bodyFileName",
            #"must be a relative path inside __files such as "contacts/42.json", found "/etc/passwd""#),
        (#"{"headers": {"X": 1}}"#, "$.response.headers.X", "must be a string or a non-empty array of strings, found 1"),
        (#"{"headers": {"X": []}}"#, "$.response.headers.X", "must be a string or a non-empty array of strings, found array"),
        (#"{"fixedDelayMilliseconds": -5}"#, "$.response.fixedDelayMilliseconds", "must be an integer of at least 0, found -5"),
        (#"{"delayDistribution": {"lower": 1, "upper": 2}}"#, "$.response.delayDistribution", #"needs a "type": uniform, lognormal or fixed"#),
        (#"{"delayDistribution": {"type": "gaussian"}}"#, "$.response.delayDistribution.type",
            #"unknown delay distribution "gaussian"; use uniform, lognormal or fixed"#),
        (#"{"delayDistribution": {"type": "uniform", "lower": 9, "upper": 2}}"#, "$.response.delayDistribution",
            "lower (9) must not exceed upper (2)"),
        (#"{"delayDistribution": {"type": "uniform", "lower": 1}}"#, "$.response.delayDistribution", #"a uniform distribution needs "upper""#),
        (#"{"delayDistribution": {"type": "lognormal", "median": 80, "sigma": -1}}"#, "$.response.delayDistribution.sigma",
            "must be a number of at least 0, found -1"),
        (#"{"delayDistribution": {"type": "fixed", "milliseconds": 5, "upper": 1}}"#, "$.response.delayDistribution.upper",
            #"unknown field "upper""#),
        (#"{"fault": "TIMEOUT"}"#, "$.response.fault",
            #"unknown fault "TIMEOUT"; use one of EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE, CONNECTION_RESET_BY_PEER"#),
        (#"{"transformers": ["gzip"]}"#, "$.response.transformers[0]", #"unknown transformer "gzip"; Understudy knows only response-template"#),
        (#"{"transformers": "response-template"}"#, "$.response.transformers", #"must be an array of names, found "response-template""#),
        (#"{"transformerParameters": []}"#, "$.response.transformerParameters", "must be an object, found array"),
        (#"{"proxyBaseUrl": "https://example.com"}"#, "$.response.proxyBaseUrl", #"WireMock's "proxyBaseUrl" is not supported by Understudy"#),
        (#"{"chunkedDribbleDelay": {"numberOfChunks": 2, "totalDuration": 10}}"#, "$.response.chunkedDribbleDelay",
            #"WireMock's "chunkedDribbleDelay" is not supported by Understudy"#),
        (#"{"stauts": 200}"#, "$.response.stauts", #"unknown field "stauts"; did you mean "status"?"#),
    ])
    func brokenResponsesAreReportedWhereTheyAre(response: String, path: String, reason: String) throws {
        #expect(try validationError(#"{"response": \#(response)}"#) == StubValidationError(path: path, reason: reason))
    }
}
