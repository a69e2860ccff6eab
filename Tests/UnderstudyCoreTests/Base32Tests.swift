import Foundation
import Testing
import UnderstudyCore

@Suite struct Base32Tests {
    /// RFC 4648 §10 test vectors.
    @Test(arguments: [
        ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======"),
    ])
    func rfc4648Vectors(plain: String, encoded: String) throws {
        #expect(try Base32.decode(encoded) == Array(plain.utf8))
        #expect(Base32.encode(Array(plain.utf8)) == encoded.replacingOccurrences(of: "=", with: ""))
    }

    @Test func decodesLowerCaseAndGroupedSecrets() throws {
        #expect(try Base32.decode("mzxw 6ytb-oi") == Array("foobar".utf8))
    }

    @Test func namesTheOffendingCharacter() {
        let invalid = #expect(throws: Base32Error.self) { try Base32.decode("AB1") }
        #expect(invalid?.position == 3)
        #expect(invalid?.description == "invalid Base32 at character 3: '1' is not a Base32 character")
        let afterPadding = #expect(throws: Base32Error.self) { try Base32.decode("MY=A") }
        #expect(afterPadding?.reason == "character after '=' padding")
    }
}
