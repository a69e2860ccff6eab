import Foundation
import UnderstudyCore

/// A Loket portal user of an employer (`GET /v2/providers/employers/{employerId}/users`), as
/// written in `users.json`: the API record plus `employerId` and `departmentIds`, the departments
/// `GET …/{employerId}/users/departments` links the user to.
///
/// Department managers are users, not employees: the connector correlates them to employees by
/// `contactInformation.emailAddress`.
public struct LoketUser: Sendable, Hashable, Decodable {
    /// The employer the user is listed under (a seed link, not shown by the API).
    public var employerId: UUID
    /// The departments the user is linked to (a seed link, shown by `users/departments`).
    public var departmentIds: [UUID]
    /// The GUID.
    public var id: UUID
    /// The login name.
    public var userName: String
    /// The user's names.
    public var personalDetails: LoketUserPersonalDetails
    /// The user's e-mail, phone and workplace.
    public var contactInformation: LoketUserContactInformation
    /// Whether the user manages the linked departments.
    public var isDepartmentManager: Bool
    /// Whether the user also works for other employers.
    public var isLinkedToMultipleEmployers: Bool?
    /// Whether the user signs in with a second factor.
    public var hasMultiFactorAuthentication: Bool?
    /// How the user signs in.
    public var loginMethod: LoketKeyValue?
    /// Whether the user has access.
    public var accessStatus: LoketKeyValue?
    /// The user's role.
    public var userSpecifiedRole: LoketKeyValue?
    /// A free-text role.
    public var userCustomSpecifiedRole: String?
    /// When the user was created.
    public var dateTimeCreation: String?
    /// When the user last signed in.
    public var dateTimeLastLogin: String?
    /// Whether the user has API integrations.
    public var hasIntegrations: Bool?
    /// Whether the user may see payroll test data.
    public var hasAccessToPayrollingTestData: Bool?

    /// The record as the API lists it.
    var json: JSONValue {
        [
            "id": .id(id), "userName": .string(userName), "personalDetails": personalDetails.json,
            "contactInformation": contactInformation.json, "isDepartmentManager": .bool(isDepartmentManager),
            "isLinkedToMultipleEmployers": .flag(isLinkedToMultipleEmployers), "hasMultiFactorAuthentication": .flag(hasMultiFactorAuthentication),
            "loginMethod": .part(loginMethod), "accessStatus": .part(accessStatus), "userSpecifiedRole": .part(userSpecifiedRole),
            "userCustomSpecifiedRole": .text(userCustomSpecifiedRole), "dateTimeCreation": .text(dateTimeCreation),
            "dateTimeLastLogin": .text(dateTimeLastLogin), "hasIntegrations": .flag(hasIntegrations),
            "hasAccessToPayrollingTestData": .flag(hasAccessToPayrollingTestData),
        ]
    }
}

/// A portal user's names.
public struct LoketUserPersonalDetails: Sendable, Hashable, Decodable, LoketRenderable {
    /// The first name.
    public var firstName: String?
    /// The initials.
    public var initials: String?
    /// The last-name prefix.
    public var prefix: String?
    /// The last name.
    public var lastName: String

    var json: JSONValue {
        ["firstName": .text(firstName), "initials": .text(initials), "prefix": .text(prefix), "lastName": .string(lastName)]
    }
}

/// A portal user's e-mail, phone and workplace.
public struct LoketUserContactInformation: Sendable, Hashable, Decodable, LoketRenderable {
    /// The e-mail address, the connector's key for finding the user's employee.
    public var emailAddress: String?
    /// The phone number.
    public var phoneNumber: String?
    /// Where the user works.
    public var placeOfEmployment: String?

    var json: JSONValue {
        ["emailAddress": .text(emailAddress), "phoneNumber": .text(phoneNumber), "placeOfEmployment": .text(placeOfEmployment)]
    }
}
