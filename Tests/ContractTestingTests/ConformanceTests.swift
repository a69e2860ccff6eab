import Foundation
import Testing
import UnderstudyCore

@testable import ContractTesting

/// The Pact specification's matching cases in `shared/conformance/pact/v3` and `v4`.
enum ConformanceCases {
    /// The `shared` folder: `UNDERSTUDY_SHARED`, or the first ancestor of this file with a
    /// `shared/conformance` folder.
    static let shared: URL? = {
        if let override = ProcessInfo.processInfo.environment["UNDERSTUDY_SHARED"] { return URL(fileURLWithPath: override) }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("conformance").path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// The pact conformance folder.
    static var root: URL? { shared?.appendingPathComponent("conformance/pact") }

    /// Case files under `<version>/testcases/<part>`, as paths relative to the pact folder.
    static func files(part: String) -> [String] {
        guard let root else { return [] }
        return ["v3", "v4"].flatMap { version -> [String] in
            let folder = root.appendingPathComponent("\(version)/testcases/\(part)")
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
            return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.map { "\(version)/testcases/\(part)/\($0)" }
        }.sorted()
    }

    static let requestCases = files(part: "request")
    static let responseCases = files(part: "response")
    static let messageCases = files(part: "message")

    /// A message written as the response whose body is the message contents, so that message cases
    /// exercise body matching with response (lenient) semantics.
    static func messageAsResponse(_ message: JSONValue) -> JSONValue {
        var response: [String: JSONValue] = [:]
        if let contents = message["contents"] { response["body"] = contents }
        if let type = message["metaData"]?["contentType"] ?? message["metadata"]?["contentType"] {
            response["headers"] = ["Content-Type": type]
        }
        if let rules = message["matchingRules"], let body = rules["body"] ?? rules["content"] {
            response["matchingRules"] = ["body": body]
        }
        return .object(response)
    }

    /// One case: whether it should match, and the expected and actual parts.
    static func load(
        _ file: String
    ) throws -> (match: Bool, comment: String, expected: JSONValue, actual: JSONValue, specification: PactSpecification) {
        let document = try JSONValue(parsing: Data(contentsOf: root!.appendingPathComponent(file)))
        return (
            document["match"]?.boolValue ?? false, document["comment"]?.stringValue ?? "",
            document["expected"] ?? [:], document["actual"] ?? [:], file.hasPrefix("v4/") ? .v4 : .v3
        )
    }
}

@Suite struct ConformanceTests {
    @Test func everyRequestAndResponseCaseIsFound() {
        #expect(ConformanceCases.requestCases.count == 196)
        #expect(ConformanceCases.responseCases.count == 194)
        #expect(ConformanceCases.messageCases.count == 62)
    }

    @Test(arguments: ConformanceCases.requestCases)
    func requestCase(_ file: String) throws {
        let testCase = try ConformanceCases.load(file)
        let expected = try PactRequest(json: testCase.expected, specification: testCase.specification, jsonPath: "$.expected")
        let actual = try PactRequest(json: testCase.actual, specification: testCase.specification, jsonPath: "$.actual")
        let mismatches = PactMatcher.matchRequest(expected: expected, actual: ObservedRequest(example: actual))
        #expect(mismatches.isEmpty == testCase.match, "\(file) — \(testCase.comment): \(mismatches.map(\.description))")
    }

    @Test(arguments: ConformanceCases.responseCases)
    func responseCase(_ file: String) throws {
        let testCase = try ConformanceCases.load(file)
        let expected = try PactResponse(json: testCase.expected, specification: testCase.specification, jsonPath: "$.expected")
        let actual = try PactResponse(json: testCase.actual, specification: testCase.specification, jsonPath: "$.actual")
        let mismatches = PactMatcher.matchResponse(expected: expected, actual: ObservedResponse(example: actual))
        #expect(mismatches.isEmpty == testCase.match, "\(file) — \(testCase.comment): \(mismatches.map(\.description))")
    }

    @Test(arguments: ConformanceCases.messageCases)
    func messageCase(_ file: String) throws {
        let testCase = try ConformanceCases.load(file)
        let expected = try PactResponse(json: ConformanceCases.messageAsResponse(testCase.expected), specification: testCase.specification)
        let actual = try PactResponse(json: ConformanceCases.messageAsResponse(testCase.actual), specification: testCase.specification)
        let mismatches = PactMatcher.matchResponse(expected: expected, actual: ObservedResponse(example: actual))
        #expect(mismatches.isEmpty == testCase.match, "\(file) — \(testCase.comment): \(mismatches.map(\.description))")
    }
}
