import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct CorrelationConfigurationTests {
    @Test func roundTripsHelloIDsShape() throws {
        let sample = """
            { "Enabled": true, "PersonField": "Person.ExternalId", "PersonFieldValue": "100234",
              "AccountField": "PersonnelNumber.Value", "AccountFieldValue": "100234" }
            """
        let configuration = try JSONFixture.decode(CorrelationConfiguration.self, sample)
        #expect(
            configuration
                == CorrelationConfiguration(
                    enabled: true, personField: "Person.ExternalId", personFieldValue: "100234",
                    accountField: "PersonnelNumber.Value", accountFieldValue: "100234"))
        #expect(try JSONFixture.encode(configuration) == JSONFixture.parse(sample))
    }

    @Test func disabledCorrelationWritesEveryMember() throws {
        let configuration = try JSONFixture.decode(CorrelationConfiguration.self, #"{"Enabled": false}"#)
        #expect(
            try JSONFixture.encode(configuration) == [
                "Enabled": false, "PersonField": nil, "PersonFieldValue": nil, "AccountField": nil, "AccountFieldValue": nil,
            ])
    }
}
