import Foundation
import UnderstudyCore

/// The body a stub answers with: WireMock's `body`, `jsonBody`, `base64Body` or `bodyFileName`.
public enum ResponseBody: Sendable, Hashable {
    /// No body.
    case empty
    /// `body`: this text.
    case text(String)
    /// `jsonBody`: this JSON, serialized when sent.
    case json(JSONValue)
    /// `base64Body`: these bytes.
    case binary(Data)
    /// `bodyFileName`: the file of this relative path under the stubs' `__files` folder.
    case file(String)
}
