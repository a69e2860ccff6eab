import Foundation
import Logging
import MicroHTTP

/// Answers one request of the recording proxy: from the recording when it holds the request,
/// else from the upstream (recording the exchange), else with a near-miss report.
final class ProxyHandler: Sendable {
    let upstreamURL: URL
    let file: String
    let session: RecordingSession?
    let replayer: Replayer?
    let upstream: UpstreamClient?
    let names: SecretNames
    let logger: Logger

    init(
        upstreamURL: URL, file: String, session: RecordingSession?, replayer: Replayer?, upstream: UpstreamClient?,
        names: SecretNames, logger: Logger
    ) {
        self.upstreamURL = upstreamURL
        self.file = file
        self.session = session
        self.replayer = replayer
        self.upstream = upstream
        self.names = names
        self.logger = logger
    }

    @Sendable func handle(_ request: HTTPRequest) -> HTTPAnswer {
        if let answer = replayer?.answer(request) {
            logger.info("\(request.method) \(names.maskedTarget(request.target)) -> replayed from \(file)")
            return answer
        }
        guard session != nil, let upstream else {
            logger.notice("\(request.method) \(names.maskedTarget(request.target)) is not in \(file) (replay only)")
            let heading = "understudy record: this request is not in \(file), and the record mode only replays."
            return .respond(replayer?.unrecordedResponse(request, status: 404, heading: heading) ?? .text(heading + "\n", status: 404))
        }
        guard let url = Forwarding.url(for: request.target, upstream: upstreamURL) else {
            return .respond(.text("understudy record: cannot forward the request target \(names.maskedTarget(request.target))\n", status: 400))
        }
        let started = Date()
        let headers = Forwarding.recordedHeaders(of: request, upstream: upstreamURL)
        let forwarded = Forwarding.upstreamRequest(request, url: url, headers: headers)
        return .deferred { [self] complete in
            upstream.send(forwarded) { [self] result in
                switch result {
                case .failure(let failure):
                    logger.warning("\(request.method) \(names.maskedTarget(request.target)) -> upstream failed: \(failure)")
                    complete(.respond(.text("understudy record: the upstream did not answer: \(failure)\n", status: 502)))
                case .success(let answer):
                    let exchange = ProxiedExchange(request: request, headers: headers, url: url, started: started, answer: answer)
                    record(exchange)
                    complete(.respond(Forwarding.clientResponse(answer)))
                }
            }
        }
    }

    /// Writes the exchange to the recording and logs it (redacted).
    private func record(_ exchange: ProxiedExchange) {
        guard let session else { return }
        do {
            let entry = try session.record(exchange.entry)
            let target = entry.request.target
            logger.info("\(entry.request.method) \(names.maskedTarget(target)) -> \(entry.response.status) recorded (\(Int(entry.time)) ms)")
        } catch {
            logger.error("\(error)")
        }
    }
}
