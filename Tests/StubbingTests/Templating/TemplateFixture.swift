import Foundation
import UnderstudyCore
import MicroHTTP
@testable import Stubbing

/// Fixed inputs for template tests: a request, a pinned time and a seeded random source.
enum TemplateFixture {
    /// 2026-01-01T00:00:00Z, a Thursday.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// A context for a request built from the arguments.
    static func context(
        method: String = "GET",
        target: String = "/",
        headers: HTTPHeaders = [:],
        body: String = "",
        pathParameters: [String: String] = [:],
        now: Date = now,
        seed: UInt64 = 42
    ) -> TemplateContext {
        TemplateContext(
            request: HTTPRequest(method: method, target: target, headers: headers, body: Data(body.utf8)),
            pathParameters: pathParameters, now: now,
            randomNumberGenerator: SeededRandomNumberGenerator(seed: seed))
    }

    /// Compiles `template` and renders it for a request built from the arguments.
    static func render(
        _ template: String,
        method: String = "GET",
        target: String = "/",
        headers: HTTPHeaders = [:],
        body: String = "",
        pathParameters: [String: String] = [:],
        now: Date = now,
        seed: UInt64 = 42
    ) throws -> String {
        try ResponseTemplate(template).render(
            context(method: method, target: target, headers: headers, body: body, pathParameters: pathParameters, now: now, seed: seed))
    }

    /// The error compiling `template` throws, or `nil` when it compiles.
    static func error(_ template: String) -> TemplateError? {
        do {
            _ = try ResponseTemplate(template)
            return nil
        } catch {
            return error
        }
    }
}
