import ConnectorRuntime
import UnderstudyCore

/// The persons import (`persons.ps1`): the employer's employees and employments (both lists at
/// once), every employment's function and working-hours periods as soon as the employments are
/// known (at most the API's bound of requests at once), assembled into persons with contracts.
struct LoketPersonsImport: Sendable {
    let api: LoketAPI
    let employer: LoketEmployerRecord
    /// How many period lists are fetched at once.
    let concurrency: Int
    /// The import date (`yyyy-MM-dd`) that picks each contract's active periods.
    let day: String

    /// The persons, and warnings about records left out.
    func run() async throws -> (records: [SourcePerson], warnings: [String]) {
        async let employeeList = api.list(employer.path("employees"))
        let employments = try await api.list(employer.path("employees/employments"))
        let periods = try await self.periods(of: employments)
        let employees = try await employeeList
        let contracts = employments.indices.map { index in
            LoketContract.make(
                employment: employments[index], functions: periods.functions[index], workingHours: periods.hours[index],
                employer: employer, day: day)
        }
        var built = LoketPersons.make(employees: employees, contracts: contracts)
        built.warnings += employments.filter { $0.member("id")?.stringValue == nil }.map { employment in
            let number = employment.value(atPath: ["employee", "employeeNumber"])?.plainText ?? "?"
            return "an employment of employee \(number) has no id; its periods were not read"
        }
        return built
    }

    /// The two period lists of each employment, by position: a sliding window of ``concurrency``
    /// lists in progress, each started as soon as another one ends.
    private func periods(of employments: [JSONValue]) async throws -> (functions: [[JSONValue]], hours: [[JSONValue]]) {
        let ids = employments.map { $0.member("id")?.stringValue }
        let lists = ids.indices.flatMap { index in ids[index].map { id in [(index, id, true), (index, id, false)] } ?? [] }
        var functions = Array(repeating: [JSONValue](), count: ids.count)
        var hours = Array(repeating: [JSONValue](), count: ids.count)
        try await withThrowingTaskGroup(of: (Int, Bool, [JSONValue]).self) { group in
            var next = 0
            func start() {
                let (index, id, isFunction) = lists[next]
                next += 1
                let path =
                    "/v2/providers/employers/employees/employments/\(ConnectorRequest.pathSegment(id))/"
                    + (isFunction ? "organizationalentities" : "workinghours")
                group.addTask { (index, isFunction, try await api.list(path)) }
            }
            while next < min(max(1, concurrency), lists.count) { start() }
            while let (index, isFunction, records) = try await group.next() {
                if isFunction { functions[index] = records } else { hours[index] = records }
                if next < lists.count { start() }
            }
        }
        return (functions, hours)
    }
}
