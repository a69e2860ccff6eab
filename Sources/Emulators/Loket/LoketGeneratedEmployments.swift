import Foundation

extension LoketSeedGenerator {
    private static let earliestHire = LoketDate(year: 1998, month: 1, day: 1)!
    private static let typesOfEmployee = [
        LoketKeyValue(key: 1, value: "Personeel"), LoketKeyValue(key: 2, value: "Stagiair"), LoketKeyValue(key: 3, value: "Oproepkracht"),
    ]
    private static let endReasons = [
        LoketKeyValue(key: 1, value: "Ontslag op eigen verzoek"), LoketKeyValue(key: 2, value: "Einde contract bepaalde tijd"),
        LoketKeyValue(key: 3, value: "Pensionering"), LoketKeyValue(key: 4, value: "Beëindiging met wederzijds goedvinden"),
    ]
    private static let indefinite = LoketKeyValue(key: 2, value: "Onbepaalde tijd")
    private static let fixedTerm = LoketKeyValue(key: 1, value: "Bepaalde tijd")
    private static let contractType = LoketKeyValue(key: 1, value: "Arbeidsovereenkomst (excl BBL)")

    /// Zero to three employments of the employee at `position` (most have one; later ones follow
    /// an ended earlier one), each with its function and working-hours periods. Records the
    /// department the employee ends up in, for choosing managers.
    mutating func makeEmployments(of employee: LoketEmployee, position: Int, workplace: Int) {
        let count = random.index(weighted: [2, 80, 15, 3])
        let latestStart = Self.today.adding(days: 90)
        let earliest = max(employee.personalDetails.dateOfBirth!.adding(years: 18), Self.earliestHire)
        var start = earliest < latestStart
            ? earliest.adding(days: random.int(in: 0...Int(latestStart.daysSinceEpoch - earliest.daysSinceEpoch))) : latestStart
        let historicalStart = start
        var department = workplace
        var current = false
        for index in 0..<count {
            let isLast = index == count - 1
            let end: LoketDate? = !isLast || random.chance(0.08) ? start.adding(days: random.int(in: 120...1800)) : nil
            let kind = random.index(weighted: [92, 4, 4])
            let isIndefinite = kind == 0 && random.chance(0.7)
            payrollIds += 1
            let employment = LoketEmployment(
                employeeId: employee.id, id: nextID(.employment), startDate: start, endDate: end, historicalStartDate: historicalStart,
                startDateContractOfIndefiniteDuration: isIndefinite ? start : nil, payrollId: payrollIds,
                typeOfEmployee: Self.typesOfEmployee[kind], employmentDurationType: isIndefinite ? Self.indefinite : Self.fixedTerm,
                employmentContractType: Self.contractType, administration: administration, payrollAdministration: payrollAdministration,
                endOfEmploymentReason: end.map { _ in random.pick(Self.endReasons) }, isOnCallEmployment: kind == 2)
            output.employments.append(employment)
            makeFunctionPeriods(of: employment, department: &department)
            makeWorkingHours(of: employment, onCall: kind == 2)
            if random.chance(0.1) { makeJournalAllocation(of: employment, department: department) }
            guard let end else {
                current = true
                break
            }
            start = end.adding(days: random.chance(0.5) ? 1 : random.int(in: 30...700))
            if start > latestStart { break }
        }
        if current, employee.contactInformation.emailAddress != nil, managerCandidate[department] == nil {
            managerCandidate[department] = position
        }
        homeDepartment.append(current ? department : nil)
    }

    /// The starts of up to `count` consecutive periods from `start` until `end` (today when open).
    private mutating func periodStarts(count: Int, from start: LoketDate, until end: LoketDate?) -> [LoketDate] {
        guard count > 0 else { return [] }
        let span = Int((end ?? max(Self.today, start.adding(days: 1))).daysSinceEpoch - start.daysSinceEpoch)
        guard span > count else { return [start] }
        let offsets = Set((1..<count).map { _ in random.int(in: 1...(span - 1)) }).sorted()
        return [start] + offsets.map { start.adding(days: $0) }
    }

    private mutating func makeFunctionPeriods(of employment: LoketEmployment, department: inout Int) {
        let starts = periodStarts(count: random.index(weighted: [3, 60, 30, 7]), from: employment.startDate, until: employment.endDate)
        for (index, start) in starts.enumerated() {
            if index > 0, random.chance(0.35) { department = random.pick(workplaces) }
            let division = divisionOfDepartment[department]
            let group = division == 0 ? "Directie" : LoketNames.divisions[division - 1].group
            output.organizationalEntities.append(LoketOrganizationalEntity(
                employmentId: employment.id, id: nextID(.organizationalEntity), startDate: start,
                endDate: index + 1 < starts.count ? starts[index + 1].adding(days: -1) : employment.endDate,
                function: functionsByGroup[group].map { random.pick($0) },
                standardFunction: random.chance(0.1) ? LoketStandardFunction(key: 1, value: "Administrateur", code: "A21", category: 1) : nil,
                departmentId: output.departments[department].id, distributionUnit: costCentres[division], placeOfEmployment: random.pick(LoketNames.cities).city,
                internalTelephoneExtensionNumber: random.chance(0.5) ? String(random.int(in: 1000...9999)) : nil))
        }
    }

    private mutating func makeWorkingHours(of employment: LoketEmployment, onCall: Bool) {
        let starts = periodStarts(count: random.index(weighted: [3, 65, 25, 7]), from: employment.startDate, until: employment.endDate)
        let fullTime = [36.0, 38.0, 40.0][random.index(weighted: [40, 40, 20])]
        for (index, start) in starts.enumerated() {
            let hours: Double? = onCall || random.chance(0.45) ? nil : random.pick([8, 12, 16, 20, 24, 28, 32, 34])
            let usesPattern = !onCall && random.chance(0.25)
            let daily = ((hours ?? fullTime) / 5 * 100).rounded() / 100
            let week = LoketWorkWeek(monday: daily, tuesday: daily, wednesday: daily, thursday: daily, friday: daily, saturday: 0, sunday: 0)
            output.workingHours.append(LoketWorkingHours(
                employmentId: employment.id, id: nextID(.workingHours), startDate: start,
                endDate: index + 1 < starts.count ? starts[index + 1].adding(days: -1) : employment.endDate,
                shift: LoketShift(shiftNumber: 1, fullTimeHoursPerWeek: fullTime, bonusPercentage: 0), deviatingHoursPerWeek: hours,
                averageHoursPerWeek: onCall ? Double(random.int(in: 4...16)) : nil,
                averageParttimeFactor: onCall ? nil : (((hours ?? fullTime) / fullTime) * 10_000).rounded() / 100,
                flexibleHoursContract: onCall ? LoketKeyValue(key: 2, value: "Oproepovereenkomst") : nil,
                calculateUsingWorkPattern: usesPattern
                    ? LoketWorkPatternUse(
                        leaveHours: true, daysDailyRate: false, deviatingDaysAndHours: false, hoursBrokenPeriod: false, hoursRegularPeriod: false)
                    : nil,
                workPattern: usesPattern ? LoketWorkPattern(oddWeeks: week, evenWeeks: week) : nil))
        }
    }

    private mutating func makeJournalAllocation(of employment: LoketEmployment, department: Int) {
        let year = max(2020, employment.startDate.parts.year)
        let first = LoketPayrollPeriod(
            year: year, periodNumber: 1, periodStartDate: LoketDate(year: year, month: 1, day: 1)!,
            periodEndDate: LoketDate(year: year, month: 1, day: 31)!)
        let centre = costCentres[divisionOfDepartment[department]]
        output.journalAllocations.append(LoketJournalAllocation(
            employmentId: employment.id, id: nextID(.journalAllocation),
            journalProfileConfiguration: LoketJournalProfileConfiguration(
                id: nextID(.journalProfile), journalProfile: LoketKeyValue(key: 1, value: "Grootboek standaard"), startPeriod: first),
            startPeriod: first,
            allocationBasedOnFixedWeights: [
                LoketWeightedAllocation(
                    costCenter: LoketCostCode(
                        key: divisionOfDepartment[department] + 1, code: "KP\(centre?.code ?? 100)", description: centre?.description ?? "Algemeen"),
                    costUnit: LoketCostCode(key: 1, code: "01", description: "Algemeen"), weight: 1),
            ]))
    }
}
