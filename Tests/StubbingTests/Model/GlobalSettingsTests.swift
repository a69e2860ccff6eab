import Stubbing
import Testing
import UnderstudyCore

@Suite struct GlobalSettingsTests {
    @Test func readsWireMocksFieldsAndWritesThemBack() throws {
        let json: JSONValue = ["fixedDelay": 20, "delayDistribution": ["type": "uniform", "lower": 5, "upper": 9]]
        let settings = try GlobalSettings(json: json)
        #expect(settings == GlobalSettings(fixedDelay: 20, delayDistribution: .uniform(lower: 5, upper: 9)))
        #expect(settings.json == json)
        #expect(try GlobalSettings(json: [:]) == GlobalSettings())
    }

    @Test func addsTheFixedDelayToASampleOfTheDistribution() {
        var generator = SeededGenerator(seed: 1)
        #expect(GlobalSettings().delay(using: &generator) == nil)
        #expect(GlobalSettings(fixedDelay: 0).delay(using: &generator) == .zero)
        let both = GlobalSettings(fixedDelay: 20, delayDistribution: .fixed(milliseconds: 5))
        #expect(both.delay(using: &generator) == .milliseconds(25))
    }

    @Test(arguments: [
        (#"{"fixedDelay": -1}"#, "$.fixedDelay", "must be an integer of at least 0, found -1"),
        (#"{"fixedDelay": "20"}"#, "$.fixedDelay", #"must be an integer of at least 0, found "20""#),
        (#"{"delayDistribution": {"type": "poisson"}}"#, "$.delayDistribution.type",
         #"unknown delay distribution "poisson"; use uniform, lognormal or fixed"#),
        (#"{"fixedDelays": 20}"#, "$.fixedDelays", #"unknown field "fixedDelays"; did you mean "fixedDelay"?"#),
        (#"{"proxyPassThrough": false}"#, "$.proxyPassThrough", #"WireMock's "proxyPassThrough" is not supported by Understudy"#),
        ("[]", "$", "must be an object, found array"),
    ])
    func namesThePathAndReasonOfABadSetting(json: String, path: String, reason: String) throws {
        let error = #expect(throws: StubValidationError.self) { try GlobalSettings(json: JSONValue(parsing: json)) }
        #expect(error?.path == path)
        #expect(error?.reason == reason)
    }
}
