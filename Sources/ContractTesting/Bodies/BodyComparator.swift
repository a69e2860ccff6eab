import Foundation
import UnderstudyCore

/// Compares an expected body with the bytes that were sent, choosing JSON, XML, form or plain
/// comparison by content type.
///
/// No expected body: anything goes. An empty (or JSON `null`) expected body: the actual body must be
/// empty too. Otherwise the content types must be of the same kind, and the contents compare.
struct BodyComparator {
    /// Rules and strictness.
    let context: BodyMatchContext

    /// The mismatches between the expected body and the actual bytes.
    /// - Parameters:
    ///   - expectedType: the expected `Content-Type` header, used when the body names no type.
    ///   - actualType: the actual `Content-Type` header, if any.
    func compare(expected: PactBody?, expectedType: String?, actual: Data, actualType: String?) -> [PactMismatch] {
        guard let expected else { return [] }
        if expected.isEmptyForMatching {
            guard !actual.isEmpty, !Self.isJSONNull(actual) else { return [] }
            return [
                mismatch(
                    expected: "empty body", actual: Self.preview(actual), "Expected an empty body but received \(actual.count) byte(s)")
            ]
        }
        guard !actual.isEmpty else {
            return [mismatch(expected: Self.preview(expected.data), actual: "empty body", "Expected a body but it was empty or missing")]
        }
        if let contentTypes = rootContentTypeMatchers() {
            let detected = actualType.flatMap(MediaType.init).map(\.essence) ?? ContentTypeDetector.detect(actual)
            return contentTypes.compactMap { wanted in
                MatcherEvaluator.contentTypeFailure(wanted: wanted, detected: detected).map {
                    mismatch(expected: wanted, actual: detected, $0)
                }
            }
        }
        let expectedMedia =
            (expected.contentType ?? expectedType).flatMap(MediaType.init)
            ?? MediaType(PactPartReader.inferredType(expected.content) ?? "application/octet-stream")!
        let actualMedia = actualType.flatMap(MediaType.init) ?? MediaType(ContentTypeDetector.detect(actual) ?? "application/octet-stream")!
        guard Self.sameKind(expectedMedia, actualMedia) else {
            return [
                mismatch(
                    expected: expectedMedia.essence, actual: actualMedia.essence,
                    "Expected a body of type '\(expectedMedia.essence)' but received '\(actualMedia.essence)'")
            ]
        }
        switch expectedMedia.kind {
        case .json: return compareJSON(expected, actual)
        case .xml: return compareXML(expected, actual)
        case .form:
            return FormBodyComparator(context: context).compare(
                String(decoding: expected.data, as: UTF8.self), String(decoding: actual, as: UTF8.self))
        case .text, .binary: return compareWhole(expected, actual, textual: expectedMedia.kind == .text)
        }
    }

    private func compareJSON(_ expected: PactBody, _ actual: Data) -> [PactMismatch] {
        let expectedValue: JSONValue
        if case .json(let value) = expected.content {
            expectedValue = value
        } else {
            do {
                expectedValue = try JSONValue(parsing: expected.data)
            } catch {
                return [mismatch(expected: Self.preview(expected.data), actual: nil, "The expected body is not valid JSON: \(error)")]
            }
        }
        do {
            let actualValue = try JSONValue(parsing: actual)
            return JSONBodyComparator(context: context).compare(expectedValue, actualValue, at: .root)
        } catch {
            return [mismatch(expected: nil, actual: Self.preview(actual), "The body is not valid JSON: \(error)")]
        }
    }

    private func compareXML(_ expected: PactBody, _ actual: Data) -> [PactMismatch] {
        let expectedRoot: XMLElementTree
        do {
            expectedRoot = try XMLElementTree.parse(expected.data)
        } catch {
            return [mismatch(expected: Self.preview(expected.data), actual: nil, "The expected body is not valid XML: \(error.reason)")]
        }
        do {
            return XMLBodyComparator(context: context).compareRoots(expectedRoot, try XMLElementTree.parse(actual))
        } catch {
            return [mismatch(expected: nil, actual: Self.preview(actual), "The body is not valid XML: \(error.reason)")]
        }
    }

    /// Text and binary bodies: a rule at `$` applies to the whole text, otherwise equality.
    private func compareWhole(_ expected: PactBody, _ actual: Data, textual: Bool) -> [PactMismatch] {
        let expectedText = String(decoding: expected.data, as: UTF8.self)
        let actualText = String(decoding: actual, as: UTF8.self)
        if let selection = context.rules.select(at: .root) {
            return MatcherEvaluator.evaluate(
                selection.group, expected: .string(expectedText), actual: .string(actualText), textual: true, cascaded: selection.cascaded
            )
            .map { mismatch(expected: Self.preview(expected.data), actual: Self.preview(actual), $0) }
        }
        guard expected.data != actual else { return [] }
        let reason =
            textual
            ? "Expected body \(ValueText.describe(.string(expectedText))) but received \(ValueText.describe(.string(actualText)))"
            : "Expected \(expected.data.count) byte(s) of binary content but received \(actual.count) different byte(s)"
        return [mismatch(expected: Self.preview(expected.data), actual: Self.preview(actual), reason)]
    }

    /// The `contentType` matchers set directly on `$`, if any.
    private func rootContentTypeMatchers() -> [String]? {
        guard let selection = context.rules.select(at: .root), !selection.cascaded else { return nil }
        let wanted = selection.group.matchers.compactMap { matcher -> String? in
            if case .contentType(let type) = matcher { return type }
            return nil
        }
        return wanted.isEmpty ? nil : wanted
    }

    private static func sameKind(_ expected: MediaType, _ actual: MediaType) -> Bool {
        switch expected.kind {
        case .json, .xml, .form: return expected.kind == actual.kind
        case .text, .binary: return expected.essence == actual.essence
        }
    }

    private static func isJSONNull(_ data: Data) -> Bool {
        String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "null"
    }

    private static func preview(_ data: Data) -> String {
        ValueText.shorten(String(decoding: data, as: UTF8.self))
    }

    private func mismatch(expected: String?, actual: String?, _ reason: String) -> PactMismatch {
        PactMismatch(category: .body, path: "$", expected: expected, actual: actual, reason: reason)
    }
}
