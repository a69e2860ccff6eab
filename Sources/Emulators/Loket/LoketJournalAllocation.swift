import Foundation
import UnderstudyCore

/// How an employment's costs are booked under a journal profile
/// (`GET …/employments/{employmentId}/journalallocations`), as written in
/// `journalallocations.json`: the API record plus `employmentId`.
public struct LoketJournalAllocation: Sendable, Hashable, Decodable {
    /// The employment the allocation belongs to (a seed link, not shown by the API).
    public var employmentId: UUID
    /// The GUID.
    public var id: UUID
    /// The journal profile the allocation follows.
    public var journalProfileConfiguration: LoketJournalProfileConfiguration
    /// The first payroll period.
    public var startPeriod: LoketPayrollPeriod
    /// The last payroll period, `nil` while it applies.
    public var endPeriod: LoketPayrollPeriod?
    /// An allocation by actual hours, passed through as written.
    public var allocationBasedOnActualHours: JSONValue?
    /// An allocation by fixed weights over cost centres and cost units.
    public var allocationBasedOnFixedWeights: [LoketWeightedAllocation]?

    /// The record as the API lists it.
    var json: JSONValue {
        [
            "id": .id(id), "journalProfileConfiguration": journalProfileConfiguration.json, "startPeriod": startPeriod.json,
            "endPeriod": .part(endPeriod), "allocationBasedOnActualHours": allocationBasedOnActualHours ?? .null,
            "allocationBasedOnFixedWeights": .parts(allocationBasedOnFixedWeights),
        ]
    }
}

/// A journal profile and the periods it applies to.
public struct LoketJournalProfileConfiguration: Sendable, Hashable, Decodable, LoketRenderable {
    /// The GUID.
    public var id: UUID
    /// The journal profile (`Grootboek zorg`).
    public var journalProfile: LoketKeyValue
    /// The first period.
    public var startPeriod: LoketPayrollPeriod
    /// The last period, `nil` while it applies.
    public var endPeriod: LoketPayrollPeriod?

    var json: JSONValue {
        ["id": .id(id), "journalProfile": journalProfile.json, "startPeriod": startPeriod.json, "endPeriod": .part(endPeriod)]
    }
}

/// A payroll period.
public struct LoketPayrollPeriod: Sendable, Hashable, Decodable, LoketRenderable {
    /// The year.
    public var year: Int
    /// The period number within the year.
    public var periodNumber: Int
    /// The first day.
    public var periodStartDate: LoketDate
    /// The last day.
    public var periodEndDate: LoketDate

    var json: JSONValue {
        [
            "year": .integer(Int64(year)), "periodNumber": .integer(Int64(periodNumber)),
            "periodStartDate": .date(periodStartDate), "periodEndDate": .date(periodEndDate),
        ]
    }
}

/// One share of a fixed-weight allocation.
public struct LoketWeightedAllocation: Sendable, Hashable, Decodable, LoketRenderable {
    /// The cost centre.
    public var costCenter: LoketCostCode
    /// The cost unit.
    public var costUnit: LoketCostCode
    /// The weight of this share.
    public var weight: Double

    var json: JSONValue { ["costCenter": costCenter.json, "costUnit": costUnit.json, "weight": .decimal(weight)] }
}

/// A cost centre or cost unit of a journal allocation, `{"key": 2, "code": "ZRG300", "description": "Zorg Noord"}`.
public struct LoketCostCode: Sendable, Hashable, Decodable, LoketRenderable {
    /// The numeric key.
    public var key: Int
    /// The code.
    public var code: String
    /// The description.
    public var description: String

    var json: JSONValue { ["key": .integer(Int64(key)), "code": .string(code), "description": .string(description)] }
}
