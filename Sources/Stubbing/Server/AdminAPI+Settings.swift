import MicroHTTP
import UnderstudyCore

/// WireMock's `/__admin/settings`: the global delay added to every answer.
extension AdminAPI {
    /// `GET /__admin/settings`: `{"settings": {...}}`.
    func settings() -> HTTPResponse {
        Self.json(["settings": server.settings.json])
    }

    /// `POST` or `PUT /__admin/settings`: the body replaces the settings.
    func replaceSettings(_ request: HTTPRequest) -> HTTPResponse {
        apply(request) { _, given in given }
    }

    /// `PATCH /__admin/settings`: the members the body sets replace those of the current settings.
    func updateSettings(_ request: HTTPRequest) -> HTTPResponse {
        apply(request) { current, given in
            guard case .object(var merged) = current.json, case .object(let members) = given else { return given }
            merged.merge(members) { $1 }
            return .object(merged)
        }
    }

    private func apply(_ request: HTTPRequest, combine: (GlobalSettings, JSONValue) -> JSONValue) -> HTTPResponse {
        let given: JSONValue
        do {
            given = try JSONValue(parsing: request.body)
        } catch {
            return Self.error(422, "the body is not JSON: \(error)")
        }
        // WireMock's clients may wrap the settings as {"settings": {...}}, the shape GET answers.
        let body = given["settings"].flatMap { given.objectValue?.count == 1 ? $0 : nil } ?? given
        let current = server.settings
        let settings: GlobalSettings
        do throws(StubValidationError) {
            settings = try GlobalSettings(json: combine(current, body))
        } catch {
            return Self.validationError(error)
        }
        server.settings = settings
        return Self.json(["settings": settings.json])
    }
}
