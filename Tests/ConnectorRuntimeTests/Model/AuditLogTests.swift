import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct AuditLogTests {
    @Test func roundTripsWithAndWithoutAnAction() throws {
        let withAction = #"{"Action": "CorrelateAccount", "Message": "Correlated account: [1012]", "IsError": false}"#
        let withoutAction = #"{"Message": "Could not delete account", "IsError": true}"#
        let correlated = try JSONFixture.decode(AuditLog.self, withAction)
        let failed = try JSONFixture.decode(AuditLog.self, withoutAction)
        #expect(correlated == AuditLog(action: "CorrelateAccount", message: "Correlated account: [1012]"))
        #expect(failed == AuditLog(message: "Could not delete account", isError: true))
        #expect(try JSONFixture.encode(correlated) == JSONFixture.parse(withAction))
        #expect(try JSONFixture.encode(failed) == JSONFixture.parse(withoutAction))
    }

    @Test func readsIsErrorWrittenAsAString() throws {
        let log = try JSONFixture.decode(AuditLog.self, #"{"message": "x", "isError": "TRUE"}"#)
        #expect(log.isError)
    }
}
