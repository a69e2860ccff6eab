import Foundation

/// `{{now}}`: the render's current time, optionally moved and formatted.
///
/// - `offset='3 days'` moves it (see ``DateOffset``).
/// - `format='yyyy-MM-dd'` writes it with a Java date pattern (see ``JavaDateFormat``);
///   `format='epoch'` writes milliseconds since 1970, `format='unix'` seconds.
/// - `timezone='Europe/Amsterdam'` writes it in that zone; the default is UTC.
///
/// Without a format it is ISO 8601 to the second, as WireMock writes it: `2026-01-01T00:00:00Z`
/// (with a `+01:00`-style offset instead of `Z` when a time zone is given).
struct NowHelper: Sendable {
    /// How the time is written.
    private enum Output: Sendable {
        case pattern(JavaDateFormat)
        case epochMilliseconds
        case unixSeconds
    }

    private let offset: DateOffset?
    private let output: Output

    /// Compiles the arguments of a `now` call.
    init(_ arguments: HelperArguments) throws(TemplateSyntaxError) {
        try arguments.expectPositional(0, "{{now offset='1 days' format='yyyy-MM-dd' timezone='UTC'}}")
        try arguments.expectHash(in: ["format", "offset", "timezone"])
        var timeZone = TimeZone(identifier: "UTC")!
        if let (name, position) = try arguments.string("timezone") {
            guard let zone = TimeZone(identifier: name) else {
                throw TemplateSyntaxError(offset: position, reason: "unknown time zone '\(name)'")
            }
            timeZone = zone
        }
        if let (text, position) = try arguments.string("offset") {
            guard let offset = DateOffset(parsing: text) else {
                let units = DateOffset.Unit.allCases.map(\.rawValue).joined(separator: ", ")
                throw TemplateSyntaxError(offset: position, reason: "bad offset '\(text)': expected '<whole number> <unit>' with a unit of \(units)")
            }
            self.offset = offset
        } else {
            offset = nil
        }
        switch try arguments.string("format") {
        case ("epoch", _)?: output = .epochMilliseconds
        case ("unix", _)?: output = .unixSeconds
        case let (pattern, position)?: output = .pattern(try JavaDateFormat(pattern: pattern, timeZone: timeZone, offset: position))
        case nil: output = .pattern(try JavaDateFormat(pattern: "yyyy-MM-dd'T'HH:mm:ssXXX", timeZone: timeZone, offset: arguments.offset))
        }
    }

    /// The text for the render time `now`.
    func text(now: Date) -> String {
        var milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        if let offset { milliseconds = offset.applied(toEpochMilliseconds: milliseconds) }
        switch output {
        case .pattern(let format): return format.format(epochMilliseconds: milliseconds)
        case .epochMilliseconds: return String(milliseconds)
        case .unixSeconds: return String(milliseconds / 1000)
        }
    }
}
