import Foundation
import Testing
import UnderstudyCore
@testable import Net2Emulator

@Suite struct Net2UserTableTests {
    @Test func keepsEachUsersBodyAsItsJSONSerialized() throws {
        let ada = Net2User(id: 7, firstName: "Ada", lastName: "Lovelace", customFields: [9: "ada@example.com"])
        let table = Net2UserTable([ada, Net2User(id: 8, firstName: "Grace")])
        #expect(table.body(of: 7) == ada.json.serializedData())
        #expect(try JSONValue(parsing: #require(table.body(of: 7)))["firstName"] == "Ada")
        #expect(table.body(of: 9) == nil)
        #expect(Set(table.ids) == [7, 8])
    }

    @Test func rendersTheBodyAgainWhenAUserChangesAndDropsItWhenRemoved() throws {
        var table = Net2UserTable([Net2User(id: 7, firstName: "Ada")])
        table[7]?.lastName = "Byron"
        #expect(try JSONValue(parsing: #require(table.body(of: 7)))["lastName"] == "Byron")
        table[8] = Net2User(id: 8, firstName: "Grace")
        #expect(table.body(of: 8) == Net2User(id: 8, firstName: "Grace").json.serializedData())
        #expect(table.removeValue(forKey: 7)?.lastName == "Byron")
        #expect(table.body(of: 7) == nil)
        table[8] = nil
        #expect(table.values.isEmpty)
    }

    @Test func theLastOfTwoUsersWithOneIDWins() {
        let table = Net2UserTable([Net2User(id: 1, firstName: "first"), Net2User(id: 1, firstName: "last")])
        #expect(table.values.map(\.firstName) == ["last"])
        #expect(table.map(\.key) == [1])
    }
}
