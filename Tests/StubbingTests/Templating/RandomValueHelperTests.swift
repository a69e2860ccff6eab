import Testing
@testable import Stubbing

@Suite struct RandomValueHelperTests {
    private func render(_ template: String, seed: UInt64 = 42) throws -> String {
        try TemplateFixture.render(template, seed: seed)
    }

    @Test func sameSeedSameValues() throws {
        let template = "{{randomValue length=12}} {{randomValue type='UUID'}}"
        #expect(try render(template, seed: 7) == render(template, seed: 7))
        #expect(try render(template, seed: 7) != render(template, seed: 8))
    }

    @Test func successiveCallsDiffer() throws {
        let parts = try render("{{randomValue length=16}} {{randomValue length=16}}").split(separator: " ")
        #expect(parts.count == 2 && parts[0] != parts[1])
    }

    @Test(arguments: [
        ("ALPHANUMERIC", "abcdefghijklmnopqrstuvwxyz0123456789"),
        ("ALPHABETIC", "abcdefghijklmnopqrstuvwxyz"),
        ("NUMERIC", "0123456789"),
        ("HEXADECIMAL", "abcdef0123456789"),
    ])
    func typesDrawFromTheirAlphabetLowerCased(type: String, alphabet: String) throws {
        let value = try render("{{randomValue length=200 type='\(type)'}}")
        #expect(value.count == 200)
        #expect(value.allSatisfy(alphabet.contains))
    }

    @Test func symbolsArePrintableASCII() throws {
        let value = try render("{{randomValue length=300 type='ALPHANUMERIC_AND_SYMBOLS'}}")
        #expect(value.unicodeScalars.count == 300)
        #expect(value.unicodeScalars.allSatisfy { (33...126).contains($0.value) && !("A"..."Z").contains($0) })
        #expect(value.contains { !$0.isLetter && !$0.isNumber })
    }

    @Test func uppercase() throws {
        let value = try render("{{randomValue length=100 type='ALPHABETIC' uppercase=true}}")
        #expect(value.allSatisfy { $0.isUppercase })
        #expect(try render("{{randomValue length=50 type='HEXADECIMAL' uppercase=true}}").allSatisfy("ABCDEF0123456789".contains))
    }

    @Test func uuidIsVersionFour() throws {
        let value = try render("{{randomValue type='UUID'}}")
        let groups = value.split(separator: "-").map(\.count)
        #expect(groups == [8, 4, 4, 4, 12])
        #expect(value.allSatisfy("0123456789abcdef-".contains))
        #expect(Array(value)[14] == "4")
        #expect("89ab".contains(Array(value)[19]))
        #expect(try render("{{randomValue type='UUID' uppercase=true}}") == value.uppercased())
    }

    @Test func lengthDefaultsToThirtySix() throws {
        #expect(try render("{{randomValue}}").count == 36)
        #expect(try render("[{{randomValue length=0}}]") == "[]")
    }

    @Test func argumentErrors() {
        #expect(TemplateFixture.error("{{randomValue type='WORDS'}}")?.reason.contains("unknown randomValue type 'WORDS'") == true)
        #expect(TemplateFixture.error("{{randomValue length='ten'}}")?.reason.contains("whole number") == true)
        #expect(TemplateFixture.error("{{randomValue length=-1}}")?.reason.contains("between 0 and") == true)
        #expect(TemplateFixture.error("{{randomValue uppercase='yes'}}")?.reason.contains("true or false") == true)
        #expect(TemplateFixture.error("{{randomValue size=3}}")?.reason.contains("unknown argument 'size'") == true)
    }
}
