import EmulatorCore
import Testing

@Suite struct RateLimitPolicyTests {
    @Test(arguments: [("2/1s", 2, 1000), ("10/0.5s", 10, 500), ("5/250ms", 5, 250), (" 3/60s ", 3, 60_000)])
    func parsesCommandLineForms(text: String, limit: Int, milliseconds: Int64) throws {
        let policy = try RateLimitPolicy(parsing: text)
        #expect(policy.limit == limit)
        #expect(policy.window == .milliseconds(milliseconds))
    }

    @Test func describesItselfInTheCommandLineForm() throws {
        #expect(try RateLimitPolicy(parsing: "2/1s").description == "2/1s")
        #expect(try RateLimitPolicy(parsing: "4/1500ms").description == "4/1.5s")
    }

    @Test(arguments: [
        ("2", "expected N/SECONDSs, for example 2/1s"),
        ("0/1s", "'0' is not a request count of at least 1"),
        ("x/1s", "'x' is not a request count of at least 1"),
        ("2/1", "the window '1' needs a unit: s or ms"),
        ("2/-1s", "the window '-1s' is not a positive duration"),
        ("2/0.0001s", "the window must be between 1 ms and 10^9 s"),
    ])
    func rejectsBadTextsWithAReason(text: String, reason: String) {
        let error = #expect(throws: RateLimitPolicyError.self) { try RateLimitPolicy(parsing: text) }
        #expect(error?.reason == reason)
        #expect(error?.description == "invalid rate limit '\(text)': \(reason)")
    }

    @Test func rejectsBadValues() {
        #expect(throws: RateLimitPolicyError.self) { try RateLimitPolicy(limit: 0, window: .seconds(1)) }
        #expect(throws: RateLimitPolicyError.self) { try RateLimitPolicy(limit: 1, window: .zero) }
    }
}
