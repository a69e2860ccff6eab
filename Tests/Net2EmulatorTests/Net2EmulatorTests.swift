import EmulatorCore
import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2EmulatorTests {
    @Test func identifiesItself() throws {
        let fixture = try Net2Fixture()
        #expect(fixture.emulator.vendor == "net2")
        #expect(fixture.emulator.defaultPort == 8103)
    }

    @Test func unknownPathsAreAspNet404s() throws {
        let fixture = try Net2Fixture()
        let response = fixture.emulator.respond(to: HTTPRequest(method: "GET", target: "/api/v1/doors", headers: ["Host": "net2:8080"]))
        #expect(response.status == 404)
        #expect(response.json == ["Message": "No HTTP resource was found that matches the request URI 'http://net2:8080/api/v1/doors'."])
    }

    @Test func knownPathsWithOtherMethodsAre405() throws {
        let fixture = try Net2Fixture()
        let response = fixture.send("PATCH", "/api/v1/users/1012")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, PUT, DELETE")
        #expect(response.json == ["Message": "The requested resource does not support http method 'PATCH'."])
    }

    @Test func dataRoutesNeedAValidBearerToken() throws {
        let fixture = try Net2Fixture()
        for token in [nil, "made-up"] {
            let response = fixture.send("GET", "/api/v1/users", token: token)
            #expect(response.status == 401)
            #expect(response.headers["WWW-Authenticate"] == "Bearer")
        }
        let token = try fixture.token()
        let lowercaseScheme = fixture.emulator.respond(to: HTTPRequest(method: "GET", target: "/api/v1/users", headers: ["authorization": "bearer \(token)"]))
        #expect(lowercaseScheme.status == 200)
    }

    @Test func pathsAreCaseInsensitive() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", "/API/V1/Users/1012/DoorPermissionSet", token: token).status == 200)
        #expect(fixture.send("GET", "/api/v1/Users/CustomFieldNames/", token: token).status == 200)
    }

    @Test func resetReturnsToTheSeedWithoutReadingFiles() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        _ = fixture.send("DELETE", "/api/v1/users/1012", token: token)
        _ = fixture.send("POST", "/api/v1/users", json: ["FirstName": "New"], token: token)
        fixture.emulator.configure(Net2Configuration(mfa: .code("1")))
        fixture.emulator.reset()
        #expect(fixture.emulator.users == fixture.emulator.seed.users.sorted { $0.id < $1.id })
        #expect(fixture.emulator.configuration == fixture.emulator.startupConfiguration)
    }

    @Test func loadsFromTheStubsFolder() throws {
        let emulator = try Net2Emulator(stubsDirectory: stubsDirectory, clock: ManualClock())
        #expect(emulator.users.count == 6)
        #expect(throws: SeedError.self) { try Net2Emulator(stubsDirectory: URL(fileURLWithPath: "/nonexistent")) }
    }
}
