import EmulatorCore
import MicroHTTP

extension Net2State {
    /// Every route the emulator serves. Paths are case-insensitive, as ASP.NET routing is.
    static let router: Router<Net2Route> = {
        var router = Router<Net2Route>(pathCase: .insensitive)
        func open(_ method: String, _ path: String, _ handle: @escaping @Sendable (inout Net2State, Net2Call) -> HTTPResponse) {
            router.add(method, path, Net2Route(requiresToken: false, handle: handle))
        }
        func secured(_ method: String, _ path: String, _ handle: @escaping @Sendable (inout Net2State, Net2Call) -> HTTPResponse) {
            router.add(method, path, Net2Route(requiresToken: true, handle: handle))
        }
        open("POST", "/api/v1/authorization/tokens") { $0.token($1) }
        open("POST", "/api/v1/authorization/mfa-request") { $0.mfaRequest($1) }
        open("POST", "/api/v1/authorization/mfa-challenge") { $0.mfaChallenge($1) }
        secured("GET", "/api/v1/users") { $0.listUsers($1) }
        secured("POST", "/api/v1/users") { $0.createUser($1) }
        secured("GET", "/api/v1/users/customfieldnames") { $0.listCustomFieldNames($1) }
        secured("GET", "/api/v1/users/{id}") { $0.getUser($1) }
        secured("PUT", "/api/v1/users/{id}") { $0.updateUser($1) }
        secured("DELETE", "/api/v1/users/{id}") { $0.deleteUser($1) }
        secured("GET", "/api/v1/users/{id}/departments") { $0.getUserDepartments($1) }
        secured("PUT", "/api/v1/users/{id}/departments") { $0.setUserDepartment($1) }
        secured("GET", "/api/v1/users/{id}/doorpermissionset") { $0.getDoorPermissionSet($1) }
        secured("PUT", "/api/v1/users/{id}/doorpermissionset") { $0.setDoorPermissionSet($1) }
        secured("GET", "/api/v1/departments") { $0.listDepartments($1) }
        secured("GET", "/api/v1/accesslevels") { $0.listAccessLevels($1) }
        secured("GET", "/api/v1/customquery/querydb") { $0.customQuery($1) }
        return router
    }()
}
