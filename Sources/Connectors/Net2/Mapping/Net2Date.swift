import Foundation

/// The dates the connector writes to Net2 (`activateDate` today, `expiryDate` yesterday), as
/// `yyyy-MM-dd` in the agent's time zone. The original wrote the agent culture's short date
/// (`22-3-2026`, `3/22/2026`), which a server in another culture misreads.
enum Net2Date {
    /// The day of `date` moved by `days`, as `yyyy-MM-dd` in `timeZone`.
    static func day(_ date: Date, offsetBy days: Int = 0, in timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let moved = calendar.date(byAdding: .day, value: days, to: date) ?? date
        let parts = calendar.dateComponents([.year, .month, .day], from: moved)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1, parts.month ?? 1, parts.day ?? 1)
    }
}
