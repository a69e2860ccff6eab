import Foundation

/// The self-signed certificate and key in `Tests/Fixtures/tls`, valid for 127.0.0.1 and
/// localhost: a test serves HTTPS with them and trusts the certificate as its own CA.
public enum TestTLS {
    /// The certificate, PEM.
    public static var certificateFile: String { fixture("server-cert.pem") }
    /// The private key, PEM.
    public static var privateKeyFile: String { fixture("server-key.pem") }

    private static func fixture(_ name: String) -> String {
        CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/tls/\(name)").path
    }
}
