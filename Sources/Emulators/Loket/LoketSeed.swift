import EmulatorCore
import Foundation

/// The data a Loket emulator starts from (and returns to on reset): read from `Stubs/loket/data/`
/// or made by ``generated(employees:seed:)``.
///
/// The files hold Loket's own records, one JSON array per file, plus the links the API shows
/// through its paths (`employerId`, `employeeId`, `employmentId`) and ids in place of embedded
/// copies (`departmentId`, `parentDepartmentId`), which the emulator renders from their targets:
/// `clients.json`, `employers.json`, `departments.json`, `employees.json`, `employments.json`,
/// `organizationalentities.json`, `workinghours.json`, `users.json`, `customfields.json` and
/// `journalallocations.json`. Records are listed in file order.
public struct LoketSeed: Sendable, Hashable {
    /// The OAuth clients, with the refresh tokens they already hold.
    public var clients: [LoketClient]
    /// The employers.
    public var employers: [LoketEmployer]
    /// The departments of all employers.
    public var departments: [LoketDepartment]
    /// The employees of all employers.
    public var employees: [LoketEmployee]
    /// The employments of all employees.
    public var employments: [LoketEmployment]
    /// The function/department/cost-centre periods of all employments.
    public var organizationalEntities: [LoketOrganizationalEntity]
    /// The working-hours periods of all employments.
    public var workingHours: [LoketWorkingHours]
    /// The portal users of all employers.
    public var users: [LoketUser]
    /// The free-field values of employees and employments.
    public var customFields: [LoketCustomField]
    /// The journal allocations of employments.
    public var journalAllocations: [LoketJournalAllocation]

    /// Creates a seed from values.
    public init(
        clients: [LoketClient] = [], employers: [LoketEmployer] = [], departments: [LoketDepartment] = [],
        employees: [LoketEmployee] = [], employments: [LoketEmployment] = [],
        organizationalEntities: [LoketOrganizationalEntity] = [], workingHours: [LoketWorkingHours] = [],
        users: [LoketUser] = [], customFields: [LoketCustomField] = [], journalAllocations: [LoketJournalAllocation] = []
    ) {
        self.clients = clients
        self.employers = employers
        self.departments = departments
        self.employees = employees
        self.employments = employments
        self.organizationalEntities = organizationalEntities
        self.workingHours = workingHours
        self.users = users
        self.customFields = customFields
        self.journalAllocations = journalAllocations
    }

    /// Loads and checks the seed files in `directory`. Errors name the file, the JSON path and the
    /// reason, including duplicate ids and links to records that do not exist.
    public static func load(from directory: URL) throws(SeedError) -> LoketSeed {
        let loader = SeedLoader(directory: directory)
        let seed = LoketSeed(
            clients: try loader.load([LoketClient].self, from: File.clients),
            employers: try loader.load([LoketEmployer].self, from: File.employers),
            departments: try loader.load([LoketDepartment].self, from: File.departments),
            employees: try loader.load([LoketEmployee].self, from: File.employees),
            employments: try loader.load([LoketEmployment].self, from: File.employments),
            organizationalEntities: try loader.load([LoketOrganizationalEntity].self, from: File.organizationalEntities),
            workingHours: try loader.load([LoketWorkingHours].self, from: File.workingHours),
            users: try loader.load([LoketUser].self, from: File.users),
            customFields: try loader.load([LoketCustomField].self, from: File.customFields),
            journalAllocations: try loader.load([LoketJournalAllocation].self, from: File.journalAllocations))
        try seed.check(loader)
        return seed
    }

    /// Loads the seed of `<stubsDirectory>/loket/data`.
    public static func load(stubsDirectory: URL) throws(SeedError) -> LoketSeed {
        try load(from: SeedLoader(stubsDirectory: stubsDirectory, vendor: "loket").directory)
    }

    /// This seed followed by `other`'s records; a client of `other` with a client id already here
    /// adds its refresh tokens to that client.
    public func adding(_ other: LoketSeed) -> LoketSeed {
        var combined = self
        for client in other.clients {
            if let index = combined.clients.firstIndex(where: { $0.clientId == client.clientId }) {
                combined.clients[index].refreshTokens += client.refreshTokens.filter { !combined.clients[index].refreshTokens.contains($0) }
            } else {
                combined.clients.append(client)
            }
        }
        combined.employers += other.employers
        combined.departments += other.departments
        combined.employees += other.employees
        combined.employments += other.employments
        combined.organizationalEntities += other.organizationalEntities
        combined.workingHours += other.workingHours
        combined.users += other.users
        combined.customFields += other.customFields
        combined.journalAllocations += other.journalAllocations
        return combined
    }

    /// The seed file names.
    enum File {
        static let clients = "clients.json"
        static let employers = "employers.json"
        static let departments = "departments.json"
        static let employees = "employees.json"
        static let employments = "employments.json"
        static let organizationalEntities = "organizationalentities.json"
        static let workingHours = "workinghours.json"
        static let users = "users.json"
        static let customFields = "customfields.json"
        static let journalAllocations = "journalallocations.json"
    }
}
