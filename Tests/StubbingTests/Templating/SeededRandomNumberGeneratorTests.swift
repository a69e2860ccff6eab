import Testing
@testable import Stubbing

@Suite struct SeededRandomNumberGeneratorTests {
    @Test func sameSeedSameSequence() {
        var first = SeededRandomNumberGenerator(seed: 1234)
        var second = SeededRandomNumberGenerator(seed: 1234)
        let a = (0..<8).map { _ in first.next() }
        let b = (0..<8).map { _ in second.next() }
        #expect(a == b)
        #expect(Set(a).count == 8)
    }

    @Test func differentSeedsDiffer() {
        var first = SeededRandomNumberGenerator(seed: 1)
        var second = SeededRandomNumberGenerator(seed: 2)
        #expect(first.next() != second.next())
    }

    @Test func knownFirstValueForSeedZero() {
        var generator = SeededRandomNumberGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }
}
