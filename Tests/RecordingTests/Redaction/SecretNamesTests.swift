import Testing
@testable import Recording

@Suite struct SecretNamesTests {
    @Test(arguments: [
        "password", "Password", "client_secret", "Client-Secret", "clientSecret", "refresh_token", "access_token", "token",
        "api_key", "apikey", "X-Api-Key", "apiSecret", "secret", "code", "challengeToken", "AfasToken", "id_token",
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "newPassword", "X-Auth-Token",
    ])
    func secretNamesAreFoundInAnySpelling(name: String) {
        #expect(SecretNames().isSecret(name))
    }

    @Test(arguments: ["token_type", "expires_in", "username", "postcode", "zipCode", "grant_type", "client_id", "scope", ""])
    func ordinaryNamesAreNotSecrets(name: String) {
        #expect(!SecretNames().isSecret(name))
    }

    @Test func extraNamesAreSecretsToo() {
        let names = SecretNames(extraNames: ["IntegrationId", "pin"])
        #expect(names.isSecret("integration-id"))
        #expect(names.isSecret("PIN"))
        #expect(names.rules.contains("IntegrationId"))
        #expect(!SecretNames().isSecret("pin"))
    }

    @Test func logTargetsShowSecretQueryValuesAsStars() {
        let names = SecretNames()
        #expect(names.maskedTarget("/users?page=2&access_token=abc&code=x%20y") == "/users?page=2&access_token=***&code=***")
        #expect(names.maskedTarget("/users") == "/users")
    }
}
