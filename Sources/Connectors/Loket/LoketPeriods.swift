import ConnectorRuntime
import UnderstudyCore

/// Picks the period of a time-sliced list (function or working-hours periods) that applies on a
/// given day. Pure: records and a day in, a record out.
enum LoketPeriods {
    /// The period in force on `day` (`startDate` on or before it, `endDate` absent, `null` or on
    /// or after it; of several, the latest started); else the latest that started before `day`;
    /// else the first still to start; `null` when there are no periods. Dates compare as
    /// `yyyy-MM-dd`; a period without `startDate` counts as started long ago.
    static func active(in periods: [JSONValue], on day: String) -> JSONValue {
        let dated = periods.map { (record: $0, start: date($0, "startDate") ?? "", end: date($0, "endDate")) }
        let started = dated.filter { $0.start <= day }
        let inForce = started.filter { $0.end.map { $0 >= day } ?? true }
        // `max(by:)` keeps the last of equal starts: the later record in Loket's order wins a tie.
        if let period = inForce.max(by: { $0.start < $1.start }) ?? started.max(by: { $0.start < $1.start }) {
            return period.record
        }
        return dated.min { $0.start < $1.start }?.record ?? .null
    }

    /// The first ten characters (the day) of the date member `name`, `nil` when absent or `null`.
    private static func date(_ record: JSONValue, _ name: String) -> String? {
        guard let text = record.member(name)?.stringValue, !text.isEmpty else { return nil }
        return String(text.prefix(10))
    }
}
