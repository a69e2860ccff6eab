import Foundation

extension LoketSeed {
    /// The name of the generated employer.
    public static let generatedEmployerName = "Understudy Generated B.V."

    /// A deterministic seed with one large employer, ``generatedEmployerName``, holding
    /// `employees` employees (up to 50,000; generating that many takes well under a second in a
    /// release build): a department tree with managers who are portal users correlated by
    /// e-mail (one of them uncorrelatable), employees with zero to three employments (most one),
    /// employments with zero to three function and working-hours periods, "Leidinggevende" free
    /// fields and some journal allocations. The same `employees` and `seed` always give the same
    /// seed; another `seed` gives other people. The demo client `understudy-demo` (no secret,
    /// refresh token `loket-demo-refresh-token`) can read it.
    public static func generated(employees: Int, seed: UInt64) -> LoketSeed {
        precondition(employees >= 0, "the employee count must not be negative")
        var generator = LoketSeedGenerator(seed: seed)
        return generator.make(employees: employees)
    }
}

/// Builds ``LoketSeed/generated(employees:seed:)``: one pass over the employees, drawing every
/// choice from one ``LoketRandom`` and deriving every GUID from the seed, the record kind and
/// its position.
struct LoketSeedGenerator {
    /// The kinds of records, for deriving their GUIDs.
    enum Kind: UInt64 {
        case employer = 1, department, employee, employment, organizationalEntity, workingHours, user, customField
        case journalAllocation, function, costCentre, administration, customFieldDefinition, journalProfile
    }

    /// The day generated data treats as today (matching the manual clock's default start).
    static let today = LoketDate(year: 2026, month: 1, day: 1)!
    static let domain = "understudy-generated.example"

    let seed: UInt64
    var random: LoketRandom
    var output = LoketSeed()
    let employerId: UUID
    var counters: [Kind: Int] = [:]
    /// Per department (by position in `output.departments`): its division's position and an
    /// employee (by position in `output.employees`) currently working there who has an e-mail.
    var divisionOfDepartment: [Int] = []
    var managerCandidate: [Int?] = []
    /// Per employee (by position): the department of its current employment, `nil` without one.
    var homeDepartment: [Int?] = []
    /// The positions of the departments employees are placed in.
    var workplaces: [Int] = []
    var costCentres: [Int: LoketCodedReference] = [:]
    var functionsByGroup: [String: [LoketFunction]] = [:]
    var usedEmails: [String: Int] = [:]
    var payrollIds = 0
    let payrollAdministration: LoketPayrollAdministration
    let administration: LoketAdministration

    init(seed: UInt64) {
        self.seed = seed
        random = LoketRandom(seed: seed)
        employerId = LoketRandom.uuid(seed: seed, kind: Kind.employer.rawValue, index: 0)
        payrollAdministration = LoketPayrollAdministration(
            id: LoketRandom.uuid(seed: seed, kind: Kind.administration.rawValue, index: 0), name: "UG Salarissen",
            description: "Salarisadministratie Understudy Generated", clientNumber: 4712,
            cla: LoketKeyValue(key: 27, value: "CAO Zorg en Welzijn"), wageModel: LoketKeyValue(key: 1, value: "Maandloon"))
        administration = LoketAdministration(
            id: payrollAdministration.id, name: payrollAdministration.name, description: payrollAdministration.description,
            clientNumber: payrollAdministration.clientNumber, administrationType: LoketKeyValue(key: 1, value: "Salarisadministratie"))
    }

    /// The next GUID of `kind`.
    mutating func nextID(_ kind: Kind) -> UUID {
        let index = counters[kind, default: 0]
        counters[kind] = index + 1
        return LoketRandom.uuid(seed: seed, kind: kind.rawValue, index: index)
    }

    mutating func make(employees count: Int) -> LoketSeed {
        output.clients = [
            LoketClient(
                clientId: "understudy-demo", clientSecret: "", redirectUris: ["https://loket.nl"],
                refreshTokens: ["loket-demo-refresh-token"]),
        ]
        output.employers = [makeEmployer()]
        makeDepartments(forEmployees: count)
        makeFunctions()
        output.employees.reserveCapacity(count)
        output.employments.reserveCapacity(count + count / 5)
        output.organizationalEntities.reserveCapacity(count + count / 2)
        output.workingHours.reserveCapacity(count + count / 2)
        for position in 0..<count {
            let workplace = random.pick(workplaces)
            let employee = makeEmployee(number: 10_001 + position)
            output.employees.append(employee)
            makeEmployments(of: employee, position: position, workplace: workplace)
        }
        makeUsersAndManagerFields()
        return output
    }

    private mutating func makeEmployer() -> LoketEmployer {
        let (city, province) = LoketNames.cities[2]
        return LoketEmployer(
            id: employerId, companyName: LoketSeed.generatedEmployerName, employerNumber: 40_000 + Int(seed % 10_000),
            chamberOfCommerceNumber: String(60_000_000 + Int(seed % 9_999_999)), legalForm: LoketKeyValue(key: 1, value: "B.V."),
            branch: LoketKeyValue(key: 14, value: "Gezondheids- en welzijnszorg"),
            sbi: LoketSBI(key: 861, sbiCode: "8610", value: "Ziekenhuizen"),
            address: LoketAddress(
                street: "Coolsingel", houseNumber: 40, postalCode: "3011 AD", city: city,
                country: LoketCountry(key: 1, isoCode: "NL", value: "Netherlands"), province: province),
            contact: LoketEmployerContact(name: "Petra de Graaf", function: "HR-manager", phoneNumber: "010-2345678"),
            contactInformation: LoketEmployerContactInformation(
                emailAddress: "info@\(Self.domain)", phoneNumber: "010-2345600", website: "www.\(Self.domain)"),
            providerSettings: LoketProviderSettings(
                administrationNumber: "UG1", groupCode: 40, sendEmailWhenSalarySlipIsAvailable: true))
    }

    private mutating func makeFunctions() {
        for group in LoketNames.functions.keys.sorted() {
            functionsByGroup[group] = LoketNames.functions[group]!.map { title in
                LoketFunction(key: nextID(.function), description: title, group: group)
            }
        }
    }
}
