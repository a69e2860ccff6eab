import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketPeriodsTests {
    private func period(_ id: String, _ start: String?, _ end: String?) -> JSONValue {
        ["id": .string(id), "startDate": start.map(JSONValue.string) ?? .null, "endDate": end.map(JSONValue.string) ?? .null]
    }

    @Test func noPeriodsIsNull() {
        #expect(LoketPeriods.active(in: [], on: "2026-01-01") == .null)
    }

    @Test func picksThePeriodInForce() {
        let periods = [period("a", "2019-01-01", "2020-12-31"), period("b", "2021-01-01", nil)]
        #expect(LoketPeriods.active(in: periods, on: "2026-01-01")["id"] == "b")
        #expect(LoketPeriods.active(in: periods, on: "2020-12-31")["id"] == "a")
        #expect(LoketPeriods.active(in: periods, on: "2021-01-01")["id"] == "b")
    }

    @Test func ofOverlappingPeriodsPicksTheLatestStarted() {
        let periods = [period("late", "2024-01-01", nil), period("early", "2010-01-01", nil)]
        #expect(LoketPeriods.active(in: periods, on: "2026-01-01")["id"] == "late")
    }

    @Test func afterEveryPeriodEndedPicksTheLastOne() {
        let periods = [period("a", "2017-08-01", "2018-07-31"), period("b", "2018-08-01", "2019-07-31")]
        #expect(LoketPeriods.active(in: periods, on: "2026-01-01")["id"] == "b")
    }

    @Test func beforeAnyPeriodStartedPicksTheFirstToStart() {
        let periods = [period("later", "2027-01-01", nil), period("sooner", "2026-02-01", "2026-12-31")]
        #expect(LoketPeriods.active(in: periods, on: "2026-01-01")["id"] == "sooner")
    }

    @Test func comparesTheDayOfDateTimesAndTreatsAMissingStartAsLongAgo() {
        let periods = [period("open", nil, nil), period("dated", "2025-06-01T00:00:00", nil)]
        #expect(LoketPeriods.active(in: periods, on: "2025-06-01")["id"] == "dated")
        #expect(LoketPeriods.active(in: periods, on: "2025-05-31")["id"] == "open")
    }
}
