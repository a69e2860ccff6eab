import ArgumentParser
import Foundation
import MicroHTTP
import Recording

/// `understudy record`: a recording reverse proxy in front of a real API (or an emulator).
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Forward requests to an upstream API and record the exchanges, secrets redacted, in a HAR file.",
        discussion: """
            Listens on --host/--port (default 8080) and forwards every request to --upstream (http or https; no cookies, no cache, \
            redirects passed back as they are). Each exchange is redacted (Authorization, cookies, and every header, \
            query parameter, form field and JSON member named like a secret, plus --redact names; known secrets are \
            also replaced wherever else they occur) and appended to --out, which is rewritten atomically after every \
            exchange. --mode: once (record when the file does not exist, else replay it), new_episodes (replay what \
            is recorded, record the rest), all (record everything into a fresh file), none (replay only; unrecorded \
            requests get 404 with a near-miss report). Answers reach the client as the upstream sent them (a \
            compressed body stays compressed, with its Content-Encoding); the HAR holds gzip and deflate bodies \
            decoded. Prints one line with the proxy's URL once listening; Ctrl-C or SIGTERM stop it.
            """
    )

    @Option(name: .long, help: "The API to forward to, for example https://api.example.com.")
    var upstream: String

    @Option(name: .long, help: "The HAR file to write (or to replay, depending on --mode).")
    var out: String

    @OptionGroup var listen: ListenOptions

    @Option(name: .long, help: "once, new_episodes, all or none.")
    var mode = RecordMode.once.rawValue

    @Option(name: .long, parsing: .upToNextOption, help: "More names whose values are secrets (headers, query, form, JSON).")
    var redact: [String] = []

    @Option(name: .long, help: "Seconds an upstream exchange may take.")
    var upstreamTimeout = 120.0

    @Option(name: .long, help: "A PEM file of certificate authorities to trust for an HTTPS upstream (default: the system's).")
    var upstreamCa: String?

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard RecordMode(rawValue: mode) != nil else {
            throw ValidationError("--mode must be one of \(RecordMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard upstreamTimeout > 0 else { throw ValidationError("--upstream-timeout must be positive") }
        if let upstreamCa {
            guard let pem = FileManager.default.contents(atPath: upstreamCa) else {
                throw ValidationError("--upstream-ca \(upstreamCa): cannot read the file")
            }
            guard String(decoding: pem, as: UTF8.self).contains("-----BEGIN CERTIFICATE-----") else {
                throw ValidationError("--upstream-ca \(upstreamCa): not a PEM certificate file (no -----BEGIN CERTIFICATE----- line)")
            }
        }
    }

    func run() throws {
        let logger = logging.makeLogger(label: "understudy.record")
        guard let upstreamURL = URL(string: upstream) else {
            printError("error: invalid --upstream '\(upstream)'")
            throw ExitCode.failure
        }
        let proxy: RecordingProxy
        do {
            let options = RecordingProxy.Options(
                upstream: upstreamURL, file: URL(fileURLWithPath: out), mode: RecordMode(rawValue: mode)!,
                secretNames: SecretNames(extraNames: redact), upstreamTimeout: upstreamTimeout,
                upstreamCertificateAuthorities: upstreamCa, server: listen.configuration(defaultPort: 8080, tls: try listen.tlsIdentity()))
            proxy = try RecordingProxy(options: options, logger: logger)
            try proxy.start()
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let stop = StopSignal()
        let doing = proxy.isRecording ? "recording to \(out)" : "replaying \(out)"
        printLine("understudy record on \(proxy.baseURL) -> \(upstream) (mode \(mode), \(doing))")
        stop.wait()
        proxy.stop()
        printLine("understudy stopped (\(proxy.recordedCount) exchanges in \(out))")
    }
}
