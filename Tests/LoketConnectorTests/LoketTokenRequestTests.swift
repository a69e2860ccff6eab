import ConnectorRuntime
import Foundation
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketTokenRequestTests {
    private func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        .json(value.serializedData(), status: status)
    }

    /// Runs one grant against a server answering `answer`, returning the result and the request sent.
    private func grant(answering answer: HTTPResponse, secret: String = "") async throws -> (Result<LoketTokenGrant, any Error>, HTTPRequest?) {
        let received = Mutex<HTTPRequest?>(nil)
        let server = HTTPServer(configuration: .init(port: 0)) { request in
            received.withLock { $0 = request }
            return .respond(answer)
        }
        try server.start()
        defer { server.stop() }
        let settings = try LoketSettings(configuration: [
            "Client_Id": "understudy-demo", "Client_Secret": .string(secret), "refresh_token": "configured", "employer": "E",
            "apiBaseUrl": .string(server.baseURL), "tokenUrl": .string(server.baseURL + "/oauth/token"),
        ])
        let http = ConnectorHTTPClient(baseURL: settings.apiBaseURL, retryPolicy: .never)
        let grant = LoketTokenRequest.grant(http: http, settings: settings)
        let result: Result<LoketTokenGrant, any Error>
        do {
            result = .success(try await grant("r3fr3sh"))
        } catch {
            result = .failure(error)
        }
        return (result, received.withLock { $0 })
    }

    @Test func sendsTheOriginalTextPlainBodyToTheTokenURL() async throws {
        let (result, request) = try await grant(
            answering: json(["access_token": "a.b.c", "token_type": "bearer", "expires_in": 3599, "refresh_token": "next"]),
            secret: "s3cret")
        #expect(try result.get() == LoketTokenGrant(accessToken: "a.b.c", refreshToken: "next"))
        #expect(request?.method == "POST")
        #expect(request?.path == "/oauth/token")
        #expect(request?.headers["Content-Type"] == "text/plain")
        #expect(request?.bodyText == "grant_type=refresh_token&client_id=understudy-demo&client_secret=s3cret&refresh_token=r3fr3sh")
    }

    @Test func sendsAnEmptySecretForAClientWithoutOne() async throws {
        let (_, request) = try await grant(answering: json(["access_token": "a.b.c"]))
        #expect(request?.bodyText == "grant_type=refresh_token&client_id=understudy-demo&client_secret=&refresh_token=r3fr3sh")
    }

    @Test func anOAuthErrorFailsToAuthenticate() async throws {
        let (invalidGrant, _) = try await grant(answering: json(["error": "invalid_grant"], status: 400))
        #expect(throws: LoketConnectorError.authenticationFailed(error: "invalid_grant")) { try invalidGrant.get() }
        let (invalidClient, _) = try await grant(answering: json(["error": "invalid_client"], status: 401))
        #expect(throws: LoketConnectorError.authenticationFailed(error: "invalid_client")) { try invalidClient.get() }
    }

    @Test func anAnswerWithoutAccessTokenFails() async throws {
        let (result, _) = try await grant(answering: json(["token_type": "bearer"]))
        #expect(throws: LoketConnectorError.noAccessToken) { try result.get() }
    }

    @Test func anyOtherRefusalIsTheHTTPErrorWithoutSecrets() async throws {
        let (result, _) = try await grant(answering: .text("down for maintenance, refresh_token=r3fr3sh", status: 500), secret: "s3cret")
        #expect(throws: ConnectorHTTPError.self) { try result.get() }
        guard case .failure(let error) = result else { return }
        #expect(!String(describing: error).contains("r3fr3sh"))
        #expect(String(describing: error).contains("HTTP 500"))
    }
}
