import Foundation

/// The certificate and private key a server presents for HTTPS, both PEM-encoded.
public struct TLSIdentity: Sendable, Hashable {
    /// The certificate chain, PEM (`-----BEGIN CERTIFICATE-----`), the server's own first.
    public var certificatePEM: String
    /// The private key, PEM (`-----BEGIN PRIVATE KEY-----`, `RSA PRIVATE KEY` or `EC PRIVATE KEY`).
    public var privateKeyPEM: String

    /// An identity from PEM text; throws ``TLSIdentityError`` when either is not PEM of its kind.
    public init(certificatePEM: String, privateKeyPEM: String) throws(TLSIdentityError) {
        guard certificatePEM.contains("-----BEGIN CERTIFICATE-----") else {
            throw TLSIdentityError(file: nil, reason: "the certificate is not PEM (no -----BEGIN CERTIFICATE----- line)")
        }
        guard privateKeyPEM.contains("PRIVATE KEY-----") else {
            throw TLSIdentityError(file: nil, reason: "the private key is not PEM (no -----BEGIN ... PRIVATE KEY----- line)")
        }
        self.certificatePEM = certificatePEM
        self.privateKeyPEM = privateKeyPEM
    }

    /// An identity read from a certificate file and a key file, naming the file at fault.
    public init(certificateFile: String, privateKeyFile: String) throws(TLSIdentityError) {
        let certificate = try Self.read(certificateFile)
        let key = try Self.read(privateKeyFile)
        do {
            try self.init(certificatePEM: certificate, privateKeyPEM: key)
        } catch {
            throw TLSIdentityError(file: error.reason.contains("certificate") ? certificateFile : privateKeyFile, reason: error.reason)
        }
    }

    private static func read(_ path: String) throws(TLSIdentityError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TLSIdentityError(file: path, reason: "cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Why a certificate or key cannot serve: the file, when there is one, and the reason.
public struct TLSIdentityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file at fault, if the identity came from files.
    public var file: String?
    /// What is wrong.
    public var reason: String

    /// `FILE: REASON`, or the reason alone.
    public var description: String { file.map { "\($0): \(reason)" } ?? reason }
}
