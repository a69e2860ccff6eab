import ConnectorRuntime
import UnderstudyCore

/// The original field mapping's name logic: HelloID's naming convention (`B`, `BP`, `P`, `PB`)
/// decides which family name goes into Net2's last name and which prefix into its middle name.
///
/// | Convention | Last name | Middle name |
/// |---|---|---|
/// | `B` (and unknown) | `Boele` | own prefix |
/// | `BP` | `Boele - de Vries` | own prefix |
/// | `P` | `Vries` | partner's prefix |
/// | `PB` | `Vries - van den Boele` | partner's prefix |
struct Net2NameConvention: Sendable, Hashable {
    var convention: String
    var familyName: String
    var familyNamePrefix: String
    var partnerName: String
    var partnerNamePrefix: String

    /// Reads `Person.Name`.
    init(person: PersonContext) {
        func text(_ path: String) -> String {
            guard let value = person.value(at: "Name." + path), !value.isNull else { return "" }
            return value.plainText.trimmed
        }
        convention = text("Convention").uppercased()
        familyName = text("FamilyName")
        familyNamePrefix = text("FamilyNamePrefix")
        partnerName = text("FamilyNamePartner")
        partnerNamePrefix = text("FamilyNamePartnerPrefix")
    }

    /// Net2's last name.
    var lastName: String {
        switch convention {
        case "BP": return Self.joined(familyName, partnerNamePrefix, partnerName)
        case "P": return partnerName
        case "PB": return Self.joined(partnerName, familyNamePrefix, familyName)
        default: return familyName
        }
    }

    /// Net2's middle name.
    var middleName: String {
        convention == "P" || convention == "PB" ? partnerNamePrefix : familyNamePrefix
    }

    /// `first - [prefix ]second`.
    private static func joined(_ first: String, _ prefix: String, _ second: String) -> String {
        (first + " - " + (prefix.isEmpty ? "" : prefix + " ") + second).trimmed
    }
}
