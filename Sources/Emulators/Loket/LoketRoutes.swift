import EmulatorCore
import MicroHTTP

extension LoketState {
    /// Every route the emulator serves: the OAuth routes of `oauth.loket.nl` and the `/v2` API
    /// routes of `api.loket.nl`, on one listener. Paths are case-insensitive, as ASP.NET routing is.
    static let router: Router<LoketRoute> = {
        var router = Router<LoketRoute>(pathCase: .insensitive)
        func oauth(_ method: String, _ path: String, _ handle: @escaping @Sendable (inout LoketState, LoketCall) -> HTTPResponse) {
            router.add(method, path, LoketRoute(isAPI: false, handle: handle))
        }
        func api(_ path: String, _ handle: @escaping @Sendable (inout LoketState, LoketCall) -> HTTPResponse) {
            router.add("GET", "/v2/providers/employers" + path, LoketRoute(isAPI: true, handle: handle))
        }
        oauth("POST", "/token") { $0.token($1) }
        oauth("GET", "/authorize") { $0.authorize($1) }
        api("") { $0.listEmployers($1) }
        api("/{employerId}/employees") { $0.listEmployees($1) }
        api("/{employerId}/employees/employments") { $0.listEmployments($1) }
        api("/{employerId}/departments") { $0.listDepartments($1) }
        api("/{employerId}/users") { $0.listUsers($1) }
        api("/{employerId}/users/departments") { $0.listUserDepartments($1) }
        api("/employees/{employeeId}/customfields") { $0.listEmployeeCustomFields($1) }
        api("/employees/employments/{employmentId}/organizationalentities") { $0.listOrganizationalEntities($1) }
        api("/employees/employments/{employmentId}/workinghours") { $0.listWorkingHours($1) }
        api("/employees/employments/{employmentId}/customfields") { $0.listEmploymentCustomFields($1) }
        api("/employees/employments/{employmentId}/journalallocations") { $0.listJournalAllocations($1) }
        return router
    }()
}
