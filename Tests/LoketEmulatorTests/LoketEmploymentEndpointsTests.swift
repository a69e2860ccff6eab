import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketEmploymentEndpointsTests {
    private let employments = "/v2/providers/employers/employees/employments"

    @Test func employeesCarryEveryDocumentedField() throws {
        let fixture = try LoketFixture()
        let list = fixture.get("/v2/providers/employers/\(Seeded.employerID)/employees", token: try fixture.token()).json.embedded
        let susan = try #require(list.first { $0["employeeNumber"] == 101 })
        #expect(susan.keys == [
            "id", "employeeNumber", "personalDetails", "contactInformation", "address", "deviatingPostalAddress", "identityDocument",
            "travel", "iban", "exclusionFromAbsenceStatus", "statusEmployeeSelfService", "revokeEmployeeSelfServiceAccessOn",
        ])
        #expect(susan["id"] == .string(Seeded.employeeID(101)))
        let details = try #require(susan["personalDetails"])
        #expect(details.keys == [
            "firstName", "initials", "prefix", "lastName", "lastNamePartner", "prefixPartner", "formattedName", "dateOfBirth",
            "placeOfBirth", "dateOfDeath", "aowDate", "photo", "howToFormatLastName", "title", "nationality", "gender", "civilStatus",
        ])
        #expect(details["formattedName"] == "Wiel - van Bergen S.L. van de")
        #expect(details["dateOfBirth"] == "1990-05-21")
        #expect(details["civilStatus"] == ["key": 2, "value": "Married"])
        #expect(details["howToFormatLastName"] == ["key": 4, "value": "last name partner + last name"])
        #expect(susan["contactInformation"]?.keys == [
            "phoneNumber", "mobilePhoneNumber", "faxNumber", "emailAddress", "businessPhoneNumber", "businessMobilePhoneNumber",
            "businessEmailAddress",
        ])
        #expect(susan["contactInformation"]?["emailAddress"] == "s.vanbergen@understudy-demo.example")
        #expect(susan["identityDocument"]?["typeOfDocument"] == ["key": 2, "value": "Passport"])
        #expect(susan["travel"] == ["travelDistanceToWork": 12])
    }

    @Test func employmentsEmbedTheEmployeeSummary() throws {
        let fixture = try LoketFixture()
        let list = fixture.get("/v2/providers/employers/\(Seeded.employerID)/employees/employments", token: try fixture.token()).json.embedded
        #expect(list.count == 15)
        let first = try #require(list.first)
        #expect(first.keys == [
            "id", "startDate", "endDate", "historicalStartDate", "startDateContractOfIndefiniteDuration", "payrollId", "employee",
            "typeOfEmployee", "employmentCategoryType", "employmentDurationType", "employmentContractType", "administration",
            "payrollAdministration", "nonPayrollAdministration", "endOfEmploymentReason", "isOnCallEmployment",
        ])
        #expect(first["id"] == .string(Seeded.employmentID(101)))
        #expect(first["endDate"] == .null)
        #expect(first["employee"] == [
            "id": .string(Seeded.employeeID(101)), "employeeNumber": 101, "firstName": "Susan", "initials": "S.L.", "prefix": "van",
            "lastName": "Bergen", "lastNamePartner": "Wiel", "prefixPartner": "van de", "formattedName": "Wiel - van Bergen S.L. van de",
            "dateOfBirth": "1990-05-21", "photo": nil,
        ])
        #expect(first["typeOfEmployee"] == ["key": 1, "value": "Personeel"])
        #expect(first["payrollAdministration"]?.keys == ["id", "name", "description", "clientNumber", "cla", "wageModel"])
        let ended = try #require(list.first { $0["id"] == .string(Seeded.employmentID(103, 1)) })
        #expect(ended["endDate"] == "2019-07-31")
        #expect(ended["endOfEmploymentReason"] == ["key": 2, "value": "Einde contract bepaalde tijd"])
    }

    @Test func organizationalEntitiesShowFunctionDepartmentAndCostCentre() throws {
        let fixture = try LoketFixture()
        let periods = fixture.get("\(employments)/\(Seeded.employmentID(102))/organizationalentities", token: try fixture.token()).json.embedded
        #expect(periods.count == 2)
        let current = periods[1]
        #expect(current.keys == [
            "id", "startDate", "endDate", "function", "deviatingFunctionGroup", "deviatingFunctionDescription", "standardFunction",
            "department", "distributionUnit", "placeOfEmployment", "internalTelephoneExtensionNumber",
        ])
        #expect(current["endDate"] == .null)
        #expect(current["function"]?["description"] == "Teamleider zorg")
        #expect(current["function"]?.keys == ["key", "description", "group"])
        #expect(current["department"] == ["key": .string(Seeded.departmentID(11)), "code": 11, "description": "Zorg Noord"])
        #expect(current["distributionUnit"]?["description"] == "Kostenplaats Zorg")
        #expect(periods[0]["endDate"] == "2018-12-31")
    }

    @Test func workingHoursShowShiftAndPartTime() throws {
        let fixture = try LoketFixture()
        let periods = fixture.get("\(employments)/\(Seeded.employmentID(101))/workinghours", token: try fixture.token()).json.embedded
        let hours = try #require(periods.first)
        #expect(hours.keys == [
            "id", "startDate", "endDate", "shift", "deviatingHoursPerWeek", "averageHoursPerWeek", "averageParttimeFactor",
            "deviatingSvDaysPerPeriod", "contractCode", "flexibleHoursContract", "shiftRateSickLeave", "calculateUsingWorkPattern",
            "workPattern",
        ])
        #expect(hours["shift"] == ["shiftNumber": 1, "fullTimeHoursPerWeek": 36, "bonusPercentage": 0])
        #expect(hours["deviatingHoursPerWeek"] == 28)
        #expect(hours["averageParttimeFactor"] == 77.78)
        let patterned = fixture.get("\(employments)/\(Seeded.employmentID(103, 2))/workinghours", token: try fixture.token()).json.embedded
        #expect(patterned.count == 2)
        #expect(patterned[1]["workPattern"]?["evenWeeks"]?["thursday"] == 0)
        #expect(patterned[1]["calculateUsingWorkPattern"]?["leaveHours"] == true)
    }

    @Test func customFieldsOfEmployeesAndEmployments() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        let employee = fixture.get("/v2/providers/employers/employees/\(Seeded.employeeID(101))/customfields", token: token).json.embedded
        #expect(employee == [[
            "id": "cf0a0000-0000-4000-8000-000000000001",
            "customField": ["id": "cfd00000-0000-4000-8000-000000000001", "description": "Leidinggevende"], "value": "102",
        ]])
        let employment = fixture.get("\(employments)/\(Seeded.employmentID(114, 2))/customfields", token: token).json.embedded
        #expect(employment.first?["value"] == "Tweede dienstverband")
    }

    @Test func journalAllocationsShowProfileAndWeights() throws {
        let fixture = try LoketFixture()
        let allocation = try #require(
            fixture.get("\(employments)/\(Seeded.employmentID(101))/journalallocations", token: try fixture.token()).json.embedded.first)
        #expect(allocation.keys == [
            "id", "journalProfileConfiguration", "startPeriod", "endPeriod", "allocationBasedOnActualHours", "allocationBasedOnFixedWeights",
        ])
        #expect(allocation["journalProfileConfiguration"]?["journalProfile"] == ["key": 2, "value": "Grootboek zorg"])
        #expect(allocation["startPeriod"] == ["year": 2024, "periodNumber": 1, "periodStartDate": "2024-01-01", "periodEndDate": "2024-01-31"])
        #expect(allocation["allocationBasedOnFixedWeights"]?[0]?["costCenter"] == ["key": 2, "code": "ZRG300", "description": "Zorg Noord"])
        #expect(allocation["allocationBasedOnFixedWeights"]?[0]?["weight"] == 1)
    }

    @Test func unknownEmploymentOrEmployeeIsAnEmpty404() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        for path in [
            "\(employments)/e1a00000-0000-4000-8000-000000009991/organizationalentities",
            "\(employments)/nonsense/workinghours",
            "/v2/providers/employers/employees/a1a00000-0000-4000-8000-000000000999/customfields",
        ] {
            let response = fixture.get(path, token: token)
            #expect(response.status == 404, "\(path)")
            #expect(response.body.isEmpty)
        }
    }
}
