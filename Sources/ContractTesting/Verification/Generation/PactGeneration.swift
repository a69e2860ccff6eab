import MicroHTTP
import UnderstudyCore

/// Applies a request's or response's generators to its example, as a verifier does before
/// sending a request and a stub server before answering. Pure apart from the random numbers.
public enum PactGeneration {
    /// A message with its generators applied, and notes on what could not be generated.
    public struct Prepared<Message: Sendable>: Sendable {
        /// The message to send.
        public var message: Message
        /// Why some generators were not applied (unreadable, or nothing to fill them with).
        public var notes: [String]
    }

    /// The request with its path, header, query and body generators applied.
    public static func request(
        _ request: PactRequest, context: GenerationContext, using random: inout some RandomNumberGenerator
    ) -> Prepared<PactRequest> {
        let generators = GeneratorCategories(request.generators)
        var notes = generators.problems
        var prepared = request
        if let generator = generators.path {
            prepared.path = text(generator, replacing: request.path, context: context, notes: &notes, using: &random)
        }
        for (name, generator) in generators.query {
            let values = prepared.query[name] ?? [""]
            prepared.query[name] = values.map { text(generator, replacing: $0, context: context, notes: &notes, using: &random) }
        }
        prepared.headers = headers(prepared.headers, generators.headers, context: context, notes: &notes, using: &random)
        prepared.body = body(prepared.body, generators.body, context: context, notes: &notes, using: &random)
        return Prepared(message: prepared, notes: notes)
    }

    /// The response with its status, header and body generators applied.
    public static func response(
        _ response: PactResponse, context: GenerationContext, using random: inout some RandomNumberGenerator
    ) -> Prepared<PactResponse> {
        let generators = GeneratorCategories(response.generators)
        var notes = generators.problems
        var prepared = response
        if let generator = generators.status {
            let generated = value(generator, replacing: .integer(Int64(response.status)), context: context, notes: &notes, using: &random)
            if let status = generated.intValue ?? Int(generated.plainText) { prepared.status = status }
        }
        prepared.headers = headers(prepared.headers, generators.headers, context: context, notes: &notes, using: &random)
        prepared.body = body(prepared.body, generators.body, context: context, notes: &notes, using: &random)
        return Prepared(message: prepared, notes: notes)
    }

    private static func headers(
        _ headers: [String: [String]], _ generators: [(name: String, generator: PactGenerator)], context: GenerationContext,
        notes: inout [String], using random: inout some RandomNumberGenerator
    ) -> [String: [String]] {
        var headers = headers
        for (name, generator) in generators {
            let key = headers.keys.first { $0.lowercased() == name.lowercased() } ?? name
            let values = headers[key] ?? [""]
            headers[key] = values.map { text(generator, replacing: $0, context: context, notes: &notes, using: &random) }
        }
        return headers
    }

    private static func body(
        _ body: PactBody?, _ generators: [(path: RulePath, generator: PactGenerator)], context: GenerationContext,
        notes: inout [String], using random: inout some RandomNumberGenerator
    ) -> PactBody? {
        guard let body, !generators.isEmpty else { return body }
        if case .text(let form) = body.content, body.contentType?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            return formBody(body, form, generators, context: context, notes: &notes, using: &random)
        }
        // Like the Pact tools, only a body written as JSON or as a form is generated into; bytes
        // (for example a base64 body of type `*/*`) are sent as written.
        guard case .json(var document) = body.content else {
            notes.append("body generators apply to JSON bodies only; the example body is sent")
            return body
        }
        for (path, generator) in generators {
            document = JSONReplacement.replacing(at: path.tokens.dropFirst(), in: document) { example in
                value(generator, replacing: example, context: context, notes: &notes, using: &random)
            }
        }
        var prepared = body
        prepared.content = .json(document)
        return prepared
    }

    /// A form body's fields (`$.name` paths) generated into, the form written again.
    private static func formBody(
        _ body: PactBody, _ form: String, _ generators: [(path: RulePath, generator: PactGenerator)], context: GenerationContext,
        notes: inout [String], using random: inout some RandomNumberGenerator
    ) -> PactBody {
        var pairs = FormEncoding.decode(form)
        for (path, generator) in generators {
            guard path.tokens.count == 2, case .field(let name) = path.tokens[1] else {
                notes.append("form body generators take a field name ($.name); \(path) was left alone")
                continue
            }
            for index in pairs.indices where pairs[index].name == name {
                pairs[index].value = text(generator, replacing: pairs[index].value, context: context, notes: &notes, using: &random)
            }
        }
        var prepared = body
        prepared.content = .text(FormEncoding.encode(pairs))
        return prepared
    }

    private static func text(
        _ generator: PactGenerator, replacing example: String, context: GenerationContext, notes: inout [String],
        using random: inout some RandomNumberGenerator
    ) -> String {
        value(generator, replacing: .string(example), context: context, notes: &notes, using: &random).plainText
    }

    private static func value(
        _ generator: PactGenerator, replacing example: JSONValue, context: GenerationContext, notes: inout [String],
        using random: inout some RandomNumberGenerator
    ) -> JSONValue {
        switch generator.generate(replacing: example, context: context, using: &random) {
        case .replaced(let value): return value
        case .kept(let note):
            if let note { notes.append(note) }
            return example
        }
    }
}
