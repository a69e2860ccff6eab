import Stubbing
import Testing

@Suite struct DelayDistributionTests {
    @Test func uniformStaysWithinItsBoundsAndReachesBoth() {
        var generator = SeededGenerator(seed: 7)
        let samples = (0..<500).map { _ in DelayDistribution.uniform(lower: 10, upper: 12).sample(using: &generator) }
        #expect(Set(samples) == [.milliseconds(10), .milliseconds(11), .milliseconds(12)])
    }

    @Test func fixedAlwaysGivesTheSameDelay() {
        var generator = SeededGenerator(seed: 7)
        #expect(DelayDistribution.fixed(milliseconds: 40).sample(using: &generator) == .milliseconds(40))
    }

    @Test func logNormalCentresOnTheMedian() {
        var generator = SeededGenerator(seed: 42)
        let samples = (0..<2001).map { _ in DelayDistribution.logNormal(median: 100, sigma: 0.5, maxValue: nil).sample(using: &generator) }
            .sorted()
        let median = samples[1000]
        #expect(median > .milliseconds(90) && median < .milliseconds(110))
        #expect(samples.first! > .zero)
    }

    @Test func logNormalNeverExceedsItsMaximum() {
        var generator = SeededGenerator(seed: 3)
        let samples = (0..<1000).map { _ in DelayDistribution.logNormal(median: 100, sigma: 2, maxValue: 150).sample(using: &generator) }
        #expect(samples.allSatisfy { $0 <= .milliseconds(150) })
    }

    @Test func zeroSigmaGivesTheMedian() {
        var generator = SeededGenerator(seed: 3)
        #expect(DelayDistribution.logNormal(median: 80, sigma: 0, maxValue: nil).sample(using: &generator) == .milliseconds(80))
    }
}

@Suite struct DelayDistributionJSONTests {
    @Test(arguments: [
        DelayDistribution.uniform(lower: 1, upper: 3), .fixed(milliseconds: 40), .logNormal(median: 90, sigma: 0.1, maxValue: 200),
        .logNormal(median: 90, sigma: 0.1, maxValue: nil),
    ])
    func writesWhatTheSettingsReaderReadsBack(distribution: DelayDistribution) throws {
        let settings = try GlobalSettings(json: ["delayDistribution": distribution.json])
        #expect(settings.delayDistribution == distribution)
    }
}
