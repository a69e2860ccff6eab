import Foundation
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct NowHelperTests {
    /// 2026-03-15T13:45:30.250Z, a Sunday.
    private let instant = Date(timeIntervalSince1970: 1_773_582_330.25)

    private func render(_ template: String) throws -> String {
        try TemplateFixture.render(template, now: instant)
    }

    @Test func defaultIsISO8601InUTCToTheSecond() throws {
        #expect(try render("{{now}}") == "2026-03-15T13:45:30Z")
        #expect(try TemplateFixture.render("{{now}}") == "2026-01-01T00:00:00Z")
    }

    @Test func javaPatterns() throws {
        #expect(try render("{{now format='yyyy-MM-dd'}}") == "2026-03-15")
        #expect(try render("{{now format='dd/MM/yy HH:mm:ss.SSS'}}") == "15/03/26 13:45:30.250")
        #expect(try render("{{now format=\"EEE, d MMM yyyy hh:mm a\"}}") == "Sun, 15 Mar 2026 01:45 PM")
        #expect(try render("{{now format=\"yyyy-MM-dd'T'HH:mm:ssXXX\"}}") == "2026-03-15T13:45:30Z")
    }

    @Test func epochAndUnix() throws {
        #expect(try render("{{now format='epoch'}}") == "1773582330250")
        #expect(try render("{{now format='unix'}}") == "1773582330")
    }

    @Test func offsets() throws {
        #expect(try render("{{now offset='3 days' format='yyyy-MM-dd'}}") == "2026-03-18")
        #expect(try render("{{now offset='-1 hours'}}") == "2026-03-15T12:45:30Z")
        #expect(try render("{{now offset='10 minutes'}}") == "2026-03-15T13:55:30Z")
        #expect(try render("{{now offset='-30 seconds'}}") == "2026-03-15T13:45:00Z")
        #expect(try render("{{now offset='2 weeks' format='yyyy-MM-dd'}}") == "2026-03-29")
        #expect(try render("{{now offset='-3 months' format='yyyy-MM-dd'}}") == "2025-12-15")
        #expect(try render("{{now offset='1 years' format='epoch'}}") == "1805118330250")
    }

    @Test func timeZone() throws {
        #expect(try render("{{now timezone='Europe/Amsterdam'}}") == "2026-03-15T14:45:30+01:00")
        #expect(try render("{{now timezone='America/New_York' format='HH:mm Z'}}") == "09:45 -0400")
    }

    @Test func readsTheTimeFromAClock() throws {
        let clock = ManualClock()
        clock.advance(by: .seconds(90))
        let context = TemplateContext(request: .init(method: "GET", target: "/"), clock: clock)
        #expect(try ResponseTemplate("{{now}}").render(context) == "2026-01-01T00:01:30Z")
    }

    @Test func argumentErrors() {
        #expect(TemplateFixture.error("{{now offset='3 fortnights'}}")?.reason.contains("bad offset '3 fortnights'") == true)
        #expect(TemplateFixture.error("{{now offset='soon'}}")?.reason.contains("bad offset") == true)
        #expect(TemplateFixture.error("{{now timezone='Mars/Olympus'}}")?.reason.contains("unknown time zone") == true)
        #expect(TemplateFixture.error("{{now format='yyyy-ww'}}")?.reason.contains("unsupported letter 'w'") == true)
        #expect(TemplateFixture.error("{{now format=2026}}")?.reason.contains("must be a quoted string") == true)
        #expect(TemplateFixture.error("{{now zone='UTC'}}")?.reason.contains("unknown argument 'zone' for now") == true)
        #expect(TemplateFixture.error("{{now 'x'}}")?.reason.contains("now takes 0 arguments") == true)
    }
}
