import Foundation

/// Reads the `Retry-After` header (RFC 9110 §10.2.3): a number of seconds or an HTTP date.
enum RetryAfter {
    /// How long to wait according to `value` at time `now`; `nil` when the value is neither form.
    /// A date in the past means no wait.
    static func delay(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingWhitespace
        if let seconds = Double(text), seconds.isFinite {
            return .seconds(max(0, seconds))
        }
        guard let date = httpDate(text) else { return nil }
        return .seconds(max(0, date.timeIntervalSince(now)))
    }

    /// The three HTTP date forms: IMF-fixdate, RFC 850 and asctime.
    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
