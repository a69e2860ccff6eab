import Stubbing
import Testing

@Suite struct ResponseDefinitionTests {
    @Test func noDelayWithoutDelayFields() {
        var generator = SystemRandomNumberGenerator()
        #expect(ResponseDefinition().delay(using: &generator) == nil)
    }

    @Test func fixedDelayAndDistributionAddUp() {
        var generator = SeededGenerator(seed: 1)
        #expect(ResponseDefinition(fixedDelayMilliseconds: 150).delay(using: &generator) == .milliseconds(150))
        #expect(ResponseDefinition(delayDistribution: .fixed(milliseconds: 20)).delay(using: &generator) == .milliseconds(20))
        #expect(ResponseDefinition(fixedDelayMilliseconds: 100, delayDistribution: .fixed(milliseconds: 20)).delay(using: &generator)
            == .milliseconds(120))
    }

    @Test func templatingIsOnlyOnWithTheTransformer() {
        #expect(ResponseDefinition(transformers: ["response-template"]).isTemplated)
        #expect(!ResponseDefinition().isTemplated)
    }
}

/// A small deterministic generator (SplitMix64) so random delays can be tested without flakiness.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
