import Foundation
import UnderstudyCore
import MicroHTTP

extension HARRequest {
    /// The path and query of ``url`` as a server sees them (`/a%20b?x=1`), without a fragment.
    public var target: String {
        guard let components = URLComponents(string: url) else { return "/" }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }

    /// The body bytes: ``HARPostData/text`` (decoded when it is base64), or the form parameters
    /// form-encoded when only `params` were written; empty without post data.
    public var bodyData: Data {
        guard let postData else { return Data() }
        if let text = postData.text {
            if postData.encoding == "base64", let bytes = Data(base64Encoded: text) { return bytes }
            return Data(text.utf8)
        }
        guard let params = postData.params else { return Data() }
        return Data(FormEncoding.encode(params.map { (name: $0.name, value: $0.value ?? "") }).utf8)
    }

    /// The value of the first header named `name` (any case).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }
}

extension HARResponse {
    /// The value of the first header named `name` (any case).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }
}

extension HARContent {
    /// The body bytes: ``text`` decoded from base64 when ``encoding`` says so; `nil` when the
    /// body was not recorded.
    public var data: Data? {
        guard let text else { return nil }
        if encoding == "base64" { return Data(base64Encoded: text, options: .ignoreUnknownCharacters) }
        return Data(text.utf8)
    }

    /// Content holding `body`: as text when it is UTF-8 without NUL bytes, else base64.
    public init(body: Data, mimeType: String) {
        if !body.contains(0), let text = String(data: body, encoding: .utf8) {
            self.init(size: body.count, mimeType: mimeType, text: text)
        } else {
            self.init(size: body.count, mimeType: mimeType, text: body.base64EncodedString(), encoding: "base64")
        }
    }
}
