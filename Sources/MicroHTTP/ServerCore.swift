import CMicroHTTPD
import Foundation
import Logging
import Synchronization
import UnderstudyCore

/// The state shared by every libmicrohttpd callback of one server.
final class ServerCore: Sendable {
    let handler: HTTPServer.Handler
    let maximumBodySize: Int
    let logger: Logger
    /// `https` when the server speaks TLS, `http` otherwise; every request carries it.
    let scheme: String

    /// The requests waiting for a deferred answer. Keyed by their context, which the answer's
    /// completion holds, so that a completion called again after its request was answered
    /// finds nothing, even when the connection is waiting for its next request's answer.
    private struct Suspensions {
        var stopping = false
        var waiting: [ObjectIdentifier: (connection: ConnectionHandle, context: RequestContext)] = [:]
    }

    private let suspensions = Mutex(Suspensions())

    init(handler: @escaping HTTPServer.Handler, maximumBodySize: Int, logger: Logger, scheme: String) {
        self.handler = handler
        self.maximumBodySize = maximumBodySize
        self.logger = logger
        self.scheme = scheme
    }

    /// Accepts deferred answers again after a restart.
    func reopen() {
        suspensions.withLock { $0.stopping = false }
    }

    /// Ends every suspended connection with 503 and refuses new suspensions.
    func closeSuspended() {
        let connections = suspensions.withLock { state in
            state.stopping = true
            var connections: [ConnectionHandle] = []
            for entry in state.waiting.values {
                entry.context.pendingAnswer = .respond(.text("server stopping\n", status: 503))
                connections.append(entry.connection)
            }
            state.waiting.removeAll()
            return connections
        }
        for connection in connections { MHD_resume_connection(connection.pointer) }
    }

    // MARK: libmicrohttpd callbacks

    static let uriLogHandler: understudy_uri_log_callback = { _, uri, _ in
        let target = uri.map { String(cString: $0) } ?? "/"
        return Unmanaged.passRetained(RequestContext(target: target)).toOpaque()
    }

    static let completedHandler: MHD_RequestCompletedCallback = { _, _, contextSlot, _ in
        guard let contextSlot, let raw = contextSlot.pointee else { return }
        Unmanaged<RequestContext>.fromOpaque(raw).release()
        contextSlot.pointee = nil
    }

    static let accessHandler: MHD_AccessHandlerCallback = {
        serverRaw, connection, _, method, _, uploadData, uploadSize, contextSlot in
        guard let serverRaw, let connection, let uploadSize, let contextSlot, let raw = contextSlot.pointee else {
            return understudy_mhd_no
        }
        // Both outlive the call (the server holds the core; the context lives until the request
        // completes), so neither is retained for it.
        return Unmanaged<ServerCore>.fromOpaque(serverRaw)._withUnsafeGuaranteedRef { core in
            Unmanaged<RequestContext>.fromOpaque(raw)._withUnsafeGuaranteedRef { context in
                core.handle(connection: connection, context: context, method: method, uploadData: uploadData, uploadSize: uploadSize)
            }
        }
    }

    // MARK: Request assembly

    private func handle(
        connection: OpaquePointer, context: RequestContext, method: UnsafePointer<CChar>?,
        uploadData: UnsafePointer<CChar>?, uploadSize: UnsafeMutablePointer<Int>
    ) -> MHD_Result {
        guard context.started else {
            context.started = true
            let head = RequestHead(connection: connection, method: method)
            context.request = HTTPRequest(
                method: head.method, target: context.target, headers: head.headers, remoteAddress: ConnectionPeer.address(of: connection),
                scheme: scheme)
            if let declaredLength = head.declaredLength, declaredLength > maximumBodySize {
                return ResponseWriter.send(tooLarge(), on: connection)
            }
            return understudy_mhd_yes
        }
        if uploadSize.pointee > 0 {
            let count = uploadSize.pointee
            // Once over the limit, the rest of the body is read and dropped.
            if !context.tooLarge, context.request!.body.count + count > maximumBodySize {
                context.tooLarge = true
                context.request!.body = Data()
            } else if !context.tooLarge, let uploadData {
                uploadData.withMemoryRebound(to: UInt8.self, capacity: count) { context.request!.body.append($0, count: count) }
            }
            uploadSize.pointee = 0
            return understudy_mhd_yes
        }
        if context.suspended {
            // Resumed: the answer was put in place, under the lock, before the resume.
            context.suspended = false
            guard let answer = suspensions.withLock({ _ in context.pendingAnswer.take() }) else { return understudy_mhd_no }
            return deliver(answer, on: connection, context: context)
        }
        if context.tooLarge { return ResponseWriter.send(tooLarge(), on: connection) }
        // Complete, and needed here no more: moved out rather than copied, the request costs no
        // reference counting on its way to the handler.
        guard let request = context.request.take() else { return understudy_mhd_no }
        return deliver(handler(request), on: connection, context: context)
    }

    private func tooLarge() -> HTTPResponse {
        .text("request body larger than \(maximumBodySize) bytes\n", status: 413)
    }

    // MARK: Answers

    private func deliver(_ answer: HTTPAnswer, on connection: OpaquePointer, context: RequestContext) -> MHD_Result {
        switch answer {
        case .respond(let response):
            return ResponseWriter.send(response, on: connection)
        case .fault(let fault):
            return ResponseWriter.break(connection, with: fault)
        case .deferred(let start):
            let accepted = suspensions.withLock { state in
                guard !state.stopping else { return false }
                state.waiting[ObjectIdentifier(context)] = (ConnectionHandle(pointer: connection), context)
                context.suspended = true
                MHD_suspend_connection(connection)
                return true
            }
            guard accepted else { return ResponseWriter.send(.text("server stopping\n", status: 503), on: connection) }
            start { [self] answer in
                let resumable = suspensions.withLock { state -> ConnectionHandle? in
                    guard let entry = state.waiting.removeValue(forKey: ObjectIdentifier(context)) else { return nil }
                    entry.context.pendingAnswer = answer
                    return entry.connection
                }
                if let resumable { MHD_resume_connection(resumable.pointer) }
            }
            return understudy_mhd_yes
        }
    }
}
