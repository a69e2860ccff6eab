import Foundation
import Testing

@testable import ConnectorRuntime

@Suite struct SecretRedactionTests {
    @Test func recognisesSecretNames() {
        for name in [
            "password", "Password", "client_secret", "refresh_token", "access_token", "challengeToken", "X-Api-Key",
            "apiKey", "Authorization", "code", "MfaCode", "otp", "pin", "Ocp-Apim-Subscription-Key", "credentials",
        ] {
            #expect(SecretRedaction.isSecretName(name), "\(name)")
        }
        for name in ["username", "client_id", "grant_type", "query", "filter", "pageSize", "postalCode", "id", "scope"] {
            #expect(!SecretRedaction.isSecretName(name), "\(name)")
        }
    }

    @Test func masksSecretQueryValuesAndUserInfoInURLs() throws {
        let url = try #require(URL(string: "https://ada:pw@api.example.com/v2/x?access_token=abc&pageSize=250&api%5Fkey=k"))
        #expect(SecretRedaction.redactedURL(url) == "https://api.example.com/v2/x?access_token=*****&pageSize=250&api%5Fkey=*****")
    }

    @Test func masksShortSecretsOnlyWhereTheyStandApart() {
        #expect(
            SecretRedaction.scrub("https://tenant.example/api?pw=p&x=1, p.", secrets: ["p"])
                == "https://tenant.example/api?pw=*****&x=1, *****.")
    }

    @Test func masksEveryFormOfAKnownSecret() {
        let text = #"raw a/b+c, encoded a%2Fb%2Bc, form a%2Fb%2Bc, json "a\/b+c", empty ok"#
        let scrubbed = SecretRedaction.scrub(text, secrets: ["a/b+c", ""])
        #expect(scrubbed == #"raw *****, encoded *****, form *****, json "*****", empty ok"#)
    }
}
