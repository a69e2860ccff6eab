import Foundation
import MicroHTTP
import Testing
import UnderstudyTestSupport

@Suite struct TLSIdentityTests {
    @Test func readsACertificateAndKeyFromPEMFiles() throws {
        let identity = try TLSIdentity(certificateFile: TestTLS.certificateFile, privateKeyFile: TestTLS.privateKeyFile)
        #expect(identity.certificatePEM.hasPrefix("-----BEGIN CERTIFICATE-----"))
        #expect(identity.privateKeyPEM.contains("PRIVATE KEY-----"))
    }

    @Test func namesTheFileThatIsMissingOrNotPEM() throws {
        let missing = #expect(throws: TLSIdentityError.self) {
            try TLSIdentity(certificateFile: "/nonexistent/cert.pem", privateKeyFile: TestTLS.privateKeyFile)
        }
        #expect(missing?.description == "/nonexistent/cert.pem: cannot read the file")
        let swapped = #expect(throws: TLSIdentityError.self) {
            try TLSIdentity(certificateFile: TestTLS.privateKeyFile, privateKeyFile: TestTLS.certificateFile)
        }
        #expect(swapped?.file == TestTLS.privateKeyFile)
        #expect(swapped?.reason.contains("the certificate is not PEM") == true)
        #expect(throws: TLSIdentityError.self) { try TLSIdentity(certificatePEM: "-----BEGIN CERTIFICATE-----", privateKeyPEM: "key") }
    }

    @Test func aServerWithAnIdentityListensOnHTTPS() throws {
        let identity = try TLSIdentity(certificateFile: TestTLS.certificateFile, privateKeyFile: TestTLS.privateKeyFile)
        let server = HTTPServer(configuration: .init(port: 0, tls: identity)) { _ in .respond(.text("secure")) }
        try server.start()
        defer { server.stop() }
        #expect(server.baseURL.hasPrefix("https://127.0.0.1:"))
        #expect(server.port > 0)
    }

    @Test func aKeyThatDoesNotParseIsRefusedAtStart() throws {
        let certificate = try String(contentsOfFile: TestTLS.certificateFile, encoding: .utf8)
        let broken = try TLSIdentity(certificatePEM: certificate, privateKeyPEM: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
        let server = HTTPServer(configuration: .init(port: 0, tls: broken)) { _ in .respond(.text("never")) }
        #expect(throws: HTTPServerError.cannotListenWithTLS(host: "127.0.0.1", port: 0)) { try server.start() }
    }
}
