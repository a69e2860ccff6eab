import Foundation
import Testing
@testable import MicroHTTP

@Suite struct HTTPFaultTests {
    private func outcome(of fault: HTTPFault) throws -> RawConnection.Outcome {
        let server = HTTPServer(configuration: .init(port: 0)) { _ in .fault(fault) }
        try server.start()
        defer { server.stop() }
        let connection = try RawConnection(port: server.port)
        connection.request("GET", "/fault")
        return connection.readResponse()
    }

    @Test func emptyResponseClosesWithoutAByte() throws {
        #expect(try outcome(of: .emptyResponse) == .closedWithoutResponse)
    }

    @Test func connectionResetByPeerResets() throws {
        #expect(try outcome(of: .connectionResetByPeer) == .reset)
    }

    @Test func randomDataThenCloseSendsSomethingThatIsNotHTTP() throws {
        guard case .garbage(let bytes) = try outcome(of: .randomDataThenClose) else {
            Issue.record("expected garbage")
            return
        }
        #expect(!bytes.isEmpty)
        #expect(!bytes.starts(with: Data("HTTP/".utf8)))
    }

    @Test func malformedResponseChunkBreaksTheChunkedBody() throws {
        guard case .truncated(let partial) = try outcome(of: .malformedResponseChunk) else {
            Issue.record("expected a truncated chunked body")
            return
        }
        #expect(!partial.isEmpty)
    }
}
