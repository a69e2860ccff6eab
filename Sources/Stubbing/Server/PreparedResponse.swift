import Foundation
import MicroHTTP
import UnderstudyCore

/// A stub's response made ready to serve: body files read and templates compiled once, so a
/// request only renders (or copies) what was prepared. Immutable and shared (a class, so that a
/// request takes a reference rather than a copy of every field).
final class PreparedResponse: Sendable {
    /// Why a response could not be prepared; `path` is relative to the mapping (`response.body`).
    struct Problem: Error, Sendable {
        var path: String
        var reason: String
    }

    private enum Body: Sendable {
        case fixed(Data)
        case template(ResponseTemplate)
    }

    private let definition: ResponseDefinition
    private let body: Body
    private let headers: HTTPHeaders
    private let headerTemplates: [(name: String, template: ResponseTemplate)]
    /// The whole response when nothing in it depends on the request, built for reuse per thread.
    private let fixedResponse: PerThreadResponse?

    /// Prepares `definition`, reading a body file from `files`.
    init(_ definition: ResponseDefinition, files: BodyFiles) throws(Problem) {
        self.definition = definition
        var headers = definition.headers
        let text: Data
        let bodyPath: String
        switch definition.body {
        case .empty:
            text = Data()
            bodyPath = "response.body"
        case .text(let value):
            text = Data(value.utf8)
            bodyPath = "response.body"
        case .json(let value):
            text = value.serializedData()
            bodyPath = "response.jsonBody"
            if !headers.contains("Content-Type") { headers.add(name: "Content-Type", value: "application/json") }
        case .binary(let value):
            text = value
            bodyPath = "response.base64Body"
        case .file(let name):
            guard let contents = files.contents(of: name) else {
                throw Problem(path: "response.bodyFileName", reason: "no file '\(name)' in __files/")
            }
            text = contents
            bodyPath = "response.bodyFileName"
        }
        guard definition.isTemplated else {
            self.body = .fixed(text)
            self.headers = headers
            self.headerTemplates = []
            self.fixedResponse = Self.reusable(definition, headers: headers, body: text)
            return
        }
        do {
            let template = try ResponseTemplate(String(decoding: text, as: UTF8.self))
            self.body = template.literalText != nil ? .fixed(text) : .template(template)
        } catch {
            throw Problem(path: bodyPath, reason: "invalid template: \(error)")
        }
        var templates: [(String, ResponseTemplate)] = []
        var plain = HTTPHeaders()
        for field in headers {
            do {
                let template = try ResponseTemplate(field.value)
                if template.literalText != nil { plain.add(name: field.name, value: field.value) } else { templates.append((field.name, template)) }
            } catch {
                throw Problem(path: "response.headers.\(field.name)", reason: "invalid template: \(error)")
            }
        }
        self.headers = plain
        self.headerTemplates = templates
        if case .fixed(let data) = body, templates.isEmpty {
            self.fixedResponse = Self.reusable(definition, headers: plain, body: data)
        } else {
            self.fixedResponse = nil
        }
    }

    /// The response built for reuse, unless the stub answers with a fault.
    private static func reusable(_ definition: ResponseDefinition, headers: HTTPHeaders, body: Data) -> PerThreadResponse? {
        guard definition.fault == nil else { return nil }
        return PerThreadResponse(HTTPResponse(status: definition.status, headers: headers, body: body))
    }

    /// The answer for `request`: the fault, or the response with templates rendered.
    func answer(request: HTTPRequest, pathParameters: [String: String], now: Date) -> HTTPAnswer {
        if let fault = definition.fault { return .fault(fault) }
        if let fixedResponse { return .respond(fixedResponse.response) }
        let context = TemplateContext(request: request, pathParameters: pathParameters, now: now)
        var headers = self.headers
        for (name, template) in headerTemplates { headers.add(name: name, value: template.render(context)) }
        let data: Data
        switch body {
        case .fixed(let fixed): data = fixed
        case .template(let template): data = Data(template.render(context).utf8)
        }
        return .respond(HTTPResponse(status: definition.status, headers: headers, body: data))
    }

    /// The delay to wait before answering, if the stub sets one.
    func delay() -> Duration? {
        var generator = SystemRandomNumberGenerator()
        return definition.delay(using: &generator)
    }
}
