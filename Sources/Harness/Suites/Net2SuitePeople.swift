import ConnectorRuntime
import UnderstudyCore

/// The people the Net2 scenarios provision, as HelloID hands them to a connector.
enum Net2SuitePeople {
    /// Jan van Dijk: in the seed as user 1012 with personnel number 100234, so create correlates.
    static let jan = person(
        "100234", nick: "Jan", family: "Dijk", prefix: "van", department: "SALES", email: "jan.vandijk@example.com",
        phone: "+31 30 123 4567", title: "Account manager")
    /// Eva de Vries: new, in SUPPORT.
    static let eva = person(
        "200001", nick: "Eva", family: "Vries", prefix: "de", department: "SUPPORT", email: "eva.devries@example.com",
        phone: "+31 30 123 4599", title: "Service engineer")
    /// Noah Visser: new, in ADMIN, without an email address until a later update.
    static let noah = person("200002", nick: "Noah", family: "Visser", department: "ADMIN", title: "Office manager")
    /// Sanne Bakker: in the seed as user 1013; her contracts' locations drive her access levels.
    static func sanne(locations: [String]) -> PersonContext {
        person("100345", nick: "Sanne", family: "Bakker", department: "SUPPORT", title: "Engineer", locations: locations)
    }

    /// A person with one primary contract and a contract in condition per location (the department by default).
    static func person(
        _ externalID: String, nick: String, family: String, prefix: String? = nil, department: String, email: String? = nil,
        phone: String? = nil, title: String, locations: [String]? = nil
    ) -> PersonContext {
        var name: [String: JSONValue] = [
            "NickName": .string(nick), "GivenName": .string(nick), "FamilyName": .string(family), "Convention": "B",
        ]
        if let prefix { name["FamilyNamePrefix"] = .string(prefix) }
        var business: [String: JSONValue] = [:]
        if let email { business["Email"] = .string(email) }
        if let phone { business["Phone"] = ["Fixed": .string(phone)] }
        let contracts = (locations ?? [department]).map { location -> JSONValue in
            ["Department": ["ExternalId": .string(department)], "Location": ["Name": .string(location)], "Context": ["InConditions": true]]
        }
        return PersonContext(person: [
            "ExternalId": .string(externalID), "DisplayName": .string([nick, prefix, family].compactMap { $0 }.joined(separator: " ")),
            "Name": .object(name), "Contact": ["Business": .object(business)],
            "PrimaryContract": ["Department": ["ExternalId": .string(department)], "Title": ["Name": .string(title)]],
            "Contracts": .array(contracts),
        ])
    }

    /// `person` with the value at the dotted `path` (under `Person`) replaced.
    static func changing(_ person: PersonContext, _ path: String, to value: JSONValue) -> PersonContext {
        var copy = person
        copy.person = setting(copy.person, path.split(separator: ".").map(String.init)[...], to: value)
        return copy
    }

    private static func setting(_ object: JSONValue, _ path: ArraySlice<String>, to value: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        var members = object.objectValue ?? [:]
        members[key] = setting(members[key] ?? [:], path.dropFirst(), to: value)
        return .object(members)
    }
}
