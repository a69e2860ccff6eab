import ArgumentParser
import MicroHTTP

/// `--host`, `--port`, `--tls-cert` and `--tls-key`, shared by every command that listens.
struct ListenOptions: ParsableArguments {
    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one; the default is in the command's description).")
    var port: Int?

    @Option(name: .long, help: "A PEM certificate (chain) to serve HTTPS with; needs --tls-key.")
    var tlsCert: String?

    @Option(name: .long, help: "The PEM private key of --tls-cert.")
    var tlsKey: String?

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together: give both or neither") }
    }

    /// The certificate and key to serve HTTPS with, read from their files; `nil` for plain HTTP.
    /// Throws ``TLSIdentityError`` naming the file that cannot be read or is not PEM.
    func tlsIdentity() throws(TLSIdentityError) -> TLSIdentity? {
        guard let tlsCert, let tlsKey else { return nil }
        return try TLSIdentity(certificateFile: tlsCert, privateKeyFile: tlsKey)
    }

    /// A server configuration on `--host` and `--port` (else `defaultPort`), with `tls`.
    func configuration(defaultPort: Int, threadCount: Int? = nil, tls: TLSIdentity?) -> HTTPServer.Configuration {
        var configuration = HTTPServer.Configuration(host: host, port: port ?? defaultPort, tls: tls)
        if let threadCount { configuration.threadCount = threadCount }
        return configuration
    }
}
