import Foundation

/// A random response delay (WireMock's `delayDistribution`), in milliseconds.
public enum DelayDistribution: Sendable, Hashable {
    /// `uniform`: any whole number of milliseconds from `lower` to `upper`, inclusive.
    case uniform(lower: Int, upper: Int)
    /// `lognormal`: `median × e^(sigma × N(0,1))`, resampled (then capped) above `maxValue`.
    case logNormal(median: Double, sigma: Double, maxValue: Double?)
    /// `fixed`: always this many milliseconds.
    case fixed(milliseconds: Int)

    /// A fixed delay plus a sample of `distribution`, or `nil` when neither is set (how WireMock
    /// combines `fixedDelayMilliseconds` with `delayDistribution`, and the global settings too).
    public static func delay(
        fixedMilliseconds: Int?, plus distribution: DelayDistribution?, using generator: inout some RandomNumberGenerator
    ) -> Duration? {
        guard fixedMilliseconds != nil || distribution != nil else { return nil }
        return .milliseconds(fixedMilliseconds ?? 0) + (distribution?.sample(using: &generator) ?? .zero)
    }

    /// Draws one delay.
    public func sample(using generator: inout some RandomNumberGenerator) -> Duration {
        switch self {
        case .uniform(let lower, let upper):
            return .milliseconds(Int.random(in: lower...upper, using: &generator))
        case .fixed(let milliseconds):
            return .milliseconds(milliseconds)
        case .logNormal(let median, let sigma, let maxValue):
            var value = Self.logNormal(median: median, sigma: sigma, using: &generator)
            if let maxValue {
                var attempts = 0
                while value > maxValue, attempts < 10 {
                    value = Self.logNormal(median: median, sigma: sigma, using: &generator)
                    attempts += 1
                }
                value = min(value, maxValue)
            }
            return .milliseconds(Int64(value.rounded()))
        }
    }

    private static func logNormal(median: Double, sigma: Double, using generator: inout some RandomNumberGenerator) -> Double {
        // Box-Muller: two uniform numbers in (0, 1] give one standard normal number.
        let u1 = Double.random(in: Double.ulpOfOne...1, using: &generator)
        let u2 = Double.random(in: 0...1, using: &generator)
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        return median * exp(sigma * normal)
    }
}
