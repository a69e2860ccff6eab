import Foundation
import UnderstudyCore

/// One period of an employment's working hours (`GET …/employments/{employmentId}/workinghours`),
/// as written in `workinghours.json`: the API record plus `employmentId`.
public struct LoketWorkingHours: Sendable, Hashable, Decodable {
    /// The employment the period belongs to (a seed link, not shown by the API).
    public var employmentId: UUID
    /// The GUID.
    public var id: UUID
    /// The first day of the period.
    public var startDate: LoketDate
    /// The last day of the period, `nil` for the current one.
    public var endDate: LoketDate?
    /// The shift; the connector maps `fullTimeHoursPerWeek` to the contract's hours per week.
    public var shift: LoketShift?
    /// The employee's own hours per week when they differ from the shift's full-time hours.
    public var deviatingHoursPerWeek: Double?
    /// The average hours per week of a flexible contract.
    public var averageHoursPerWeek: Double?
    /// The part-time percentage.
    public var averageParttimeFactor: Double?
    /// Social-insurance days per period when they differ.
    public var deviatingSvDaysPerPeriod: Double?
    /// The contract code.
    public var contractCode: LoketCodedReference?
    /// The kind of flexible-hours contract.
    public var flexibleHoursContract: LoketKeyValue?
    /// The shift used for sick-leave pay.
    public var shiftRateSickLeave: LoketShift?
    /// Which values follow from the work pattern.
    public var calculateUsingWorkPattern: LoketWorkPatternUse?
    /// The two-week work pattern.
    public var workPattern: LoketWorkPattern?

    /// The record as the API lists it.
    var json: JSONValue {
        [
            "id": .id(id), "startDate": .date(startDate), "endDate": .date(endDate), "shift": .part(shift),
            "deviatingHoursPerWeek": .decimal(deviatingHoursPerWeek), "averageHoursPerWeek": .decimal(averageHoursPerWeek),
            "averageParttimeFactor": .decimal(averageParttimeFactor), "deviatingSvDaysPerPeriod": .decimal(deviatingSvDaysPerPeriod),
            "contractCode": .part(contractCode), "flexibleHoursContract": .part(flexibleHoursContract),
            "shiftRateSickLeave": .part(shiftRateSickLeave), "calculateUsingWorkPattern": .part(calculateUsingWorkPattern),
            "workPattern": .part(workPattern),
        ]
    }
}

/// A shift: its number, full-time hours and bonus.
public struct LoketShift: Sendable, Hashable, Decodable, LoketRenderable {
    /// The shift number.
    public var shiftNumber: Int
    /// The full-time hours per week of the shift.
    public var fullTimeHoursPerWeek: Double
    /// The shift bonus percentage.
    public var bonusPercentage: Double

    var json: JSONValue {
        [
            "shiftNumber": .integer(Int64(shiftNumber)), "fullTimeHoursPerWeek": .decimal(fullTimeHoursPerWeek),
            "bonusPercentage": .decimal(bonusPercentage),
        ]
    }
}

/// Which values Loket calculates from the work pattern.
public struct LoketWorkPatternUse: Sendable, Hashable, Decodable, LoketRenderable {
    /// Leave hours.
    public var leaveHours: Bool
    /// Days for a daily rate.
    public var daysDailyRate: Bool
    /// Deviating days and hours.
    public var deviatingDaysAndHours: Bool
    /// Hours in a broken period.
    public var hoursBrokenPeriod: Bool
    /// Hours in a regular period.
    public var hoursRegularPeriod: Bool

    var json: JSONValue {
        [
            "leaveHours": .bool(leaveHours), "daysDailyRate": .bool(daysDailyRate), "deviatingDaysAndHours": .bool(deviatingDaysAndHours),
            "hoursBrokenPeriod": .bool(hoursBrokenPeriod), "hoursRegularPeriod": .bool(hoursRegularPeriod),
        ]
    }
}

/// A two-week work pattern.
public struct LoketWorkPattern: Sendable, Hashable, Decodable, LoketRenderable {
    /// Hours per day in odd weeks.
    public var oddWeeks: LoketWorkWeek
    /// Hours per day in even weeks.
    public var evenWeeks: LoketWorkWeek

    var json: JSONValue { ["oddWeeks": oddWeeks.json, "evenWeeks": evenWeeks.json] }
}

/// Hours per weekday.
public struct LoketWorkWeek: Sendable, Hashable, Decodable, LoketRenderable {
    /// Monday.
    public var monday: Double
    /// Tuesday.
    public var tuesday: Double
    /// Wednesday.
    public var wednesday: Double
    /// Thursday.
    public var thursday: Double
    /// Friday.
    public var friday: Double
    /// Saturday.
    public var saturday: Double
    /// Sunday.
    public var sunday: Double

    var json: JSONValue {
        [
            "monday": .decimal(monday), "tuesday": .decimal(tuesday), "wednesday": .decimal(wednesday),
            "thursday": .decimal(thursday), "friday": .decimal(friday), "saturday": .decimal(saturday), "sunday": .decimal(sunday),
        ]
    }
}
