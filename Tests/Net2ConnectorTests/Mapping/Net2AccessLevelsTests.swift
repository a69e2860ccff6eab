import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2AccessLevelsTests {
    @Test func addsAndRemovesIdsOnce() {
        var levels = Net2AccessLevels(["accessLevels": [3, "5"], "individualPermissions": [["door": 1]]])
        #expect(levels.ids == [3, 5])
        let inserted = levels.insert(4)
        let insertedAgain = levels.insert(4)
        let removed = levels.remove(3)
        let removedAgain = levels.remove(3)
        #expect(inserted && !insertedAgain && removed && !removedAgain)
        #expect(levels.ids == [5, 4])
        #expect(levels.contains(5) && !levels.contains(3))
    }

    @Test func keepsTheRestOfTheSetWhenApplied() {
        let set: JSONValue = ["AccessLevels": [1], "individualPermissions": [["door": 1]]]
        var levels = Net2AccessLevels(set)
        _ = levels.insert(2)
        #expect(levels.applied(to: set) == ["AccessLevels": [1, 2], "individualPermissions": [["door": 1]]])
    }
}
