import Foundation

/// The calendar day an import treats as today, as Loket writes dates (`yyyy-MM-dd`), in the
/// Netherlands' time zone (Loket is a Dutch payroll system).
enum LoketImportDate {
    /// The day `date` falls on in Amsterdam.
    static func day(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
    }
}
