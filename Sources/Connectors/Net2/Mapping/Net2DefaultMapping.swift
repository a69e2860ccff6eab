import ConnectorRuntime
import UnderstudyCore

/// The original connector's default field mapping, applied to a person when an action brings no
/// mapped `Data` (as when the connector runs outside HelloID).
///
/// The original mapped `Title` to custom field 14, the personnel number's slot, so every create
/// overwrote the personnel number with the job title; here `Title` uses field 11 ("Job title").
enum Net2DefaultMapping {
    /// The custom field ids: email 9 and personnel number 14 (the README's defaults), title 11.
    static let emailFieldID = "9"
    static let personnelNumberFieldID = "14"
    static let titleFieldID = "11"

    /// The mapped `Data` for `person`.
    static func data(for person: PersonContext) -> JSONValue {
        func field(_ path: String) -> JSONValue {
            guard let value = person.value(at: path), !value.isNull else { return .null }
            return .string(value.plainText)
        }
        let names = Net2NameConvention(person: person)
        return [
            "Department": field("Person.PrimaryContract.Department.ExternalId"),
            "FirstName": field("Person.Name.NickName"),
            "LastName": .string(names.lastName),
            "MiddleName": .string(names.middleName),
            "Telephone": field("Person.Contact.Business.Phone.Fixed"),
            "Email": ["Id": .string(emailFieldID), "Value": field("Person.Contact.Business.Email")],
            "PersonnelNumber": ["Id": .string(personnelNumberFieldID), "Value": field("Person.ExternalId")],
            "Title": ["Id": .string(titleFieldID), "Value": field("Person.PrimaryContract.Title.Name")],
        ]
    }

    /// The action's own `Data` when HelloID mapped it, else the default mapping of `person`.
    static func accountData(_ action: ActionContext, person: PersonContext) -> Net2AccountData {
        if let members = action.data.objectValue, !members.isEmpty { return Net2AccountData(action.data) }
        return Net2AccountData(data(for: person))
    }
}
