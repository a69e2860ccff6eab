import Foundation
import UnderstudyCore

/// An employee (`GET /v2/providers/employers/{employerId}/employees`), as written in
/// `employees.json`: the API record plus `employerId`.
public struct LoketEmployee: Sendable, Hashable, Decodable {
    /// The employer the employee belongs to (a seed link, not shown by the API).
    public var employerId: UUID
    /// The GUID used in paths; the connector's person `ExternalId`.
    public var id: UUID
    /// The employee number, unique within the employer; contracts are grouped by it.
    public var employeeNumber: Int
    /// Names, birth and personal metadata.
    public var personalDetails: LoketPersonalDetails
    /// Phone numbers and e-mail addresses; `emailAddress` correlates department managers.
    public var contactInformation: LoketEmployeeContactInformation
    /// The home address.
    public var address: LoketAddress?
    /// The postal address when it differs.
    public var deviatingPostalAddress: LoketAddress?
    /// The identity document.
    public var identityDocument: LoketIdentityDocument?
    /// Commuting details.
    public var travel: LoketTravel?
    /// The bank account.
    public var iban: String?
    /// Whether the employee is left out of absence registration.
    public var exclusionFromAbsenceStatus: Bool?
    /// The employee self-service status (`Active`, `Blocked`).
    public var statusEmployeeSelfService: LoketKeyValue?
    /// When self-service access is revoked.
    public var revokeEmployeeSelfServiceAccessOn: LoketDate?

    /// The record as the API lists it.
    var json: JSONValue {
        [
            "id": .id(id), "employeeNumber": .integer(Int64(employeeNumber)), "personalDetails": personalDetails.json,
            "contactInformation": contactInformation.json, "address": address?.json(includingPOBox: false) ?? .null,
            "deviatingPostalAddress": deviatingPostalAddress?.json(includingPOBox: true) ?? .null,
            "identityDocument": .part(identityDocument), "travel": .part(travel), "iban": .text(iban),
            "exclusionFromAbsenceStatus": .flag(exclusionFromAbsenceStatus), "statusEmployeeSelfService": .part(statusEmployeeSelfService),
            "revokeEmployeeSelfServiceAccessOn": .date(revokeEmployeeSelfServiceAccessOn),
        ]
    }

    /// The short form an employment embeds as `employee`.
    var summaryJSON: JSONValue {
        let details = personalDetails
        return [
            "id": .id(id), "employeeNumber": .integer(Int64(employeeNumber)), "firstName": .text(details.firstName),
            "initials": .text(details.initials), "prefix": .text(details.prefix), "lastName": .string(details.lastName),
            "lastNamePartner": .text(details.lastNamePartner), "prefixPartner": .text(details.prefixPartner),
            "formattedName": .string(details.formattedName), "dateOfBirth": .date(details.dateOfBirth), "photo": .text(details.photo),
        ]
    }
}

/// An employee's names, birth and personal metadata.
public struct LoketPersonalDetails: Sendable, Hashable, Decodable, LoketRenderable {
    /// The first name.
    public var firstName: String?
    /// The initials (`S.L.`).
    public var initials: String?
    /// The prefix of the own last name (`van`).
    public var prefix: String?
    /// The own last name.
    public var lastName: String
    /// The partner's last name.
    public var lastNamePartner: String?
    /// The prefix of the partner's last name (`van de`).
    public var prefixPartner: String?
    /// The name as Loket formats it from the parts and `howToFormatLastName` (read-only in Loket).
    public var formattedName: String
    /// The date of birth.
    public var dateOfBirth: LoketDate?
    /// The place of birth.
    public var placeOfBirth: String?
    /// The date of death.
    public var dateOfDeath: LoketDate?
    /// The state pension (AOW) date.
    public var aowDate: LoketDate?
    /// The URL of the photo.
    public var photo: String?
    /// Which last names make up the name (own, partner's, both).
    public var howToFormatLastName: LoketKeyValue?
    /// The title (`MSc`).
    public var title: LoketKeyValue?
    /// The nationality.
    public var nationality: LoketKeyValue?
    /// The gender.
    public var gender: LoketKeyValue?
    /// The civil status (the connector maps this to HelloID's gender field).
    public var civilStatus: LoketKeyValue?

    var json: JSONValue {
        [
            "firstName": .text(firstName), "initials": .text(initials), "prefix": .text(prefix), "lastName": .string(lastName),
            "lastNamePartner": .text(lastNamePartner), "prefixPartner": .text(prefixPartner), "formattedName": .string(formattedName),
            "dateOfBirth": .date(dateOfBirth), "placeOfBirth": .text(placeOfBirth), "dateOfDeath": .date(dateOfDeath),
            "aowDate": .date(aowDate), "photo": .text(photo), "howToFormatLastName": .part(howToFormatLastName), "title": .part(title),
            "nationality": .part(nationality), "gender": .part(gender), "civilStatus": .part(civilStatus),
        ]
    }
}

/// An employee's phone numbers and e-mail addresses.
public struct LoketEmployeeContactInformation: Sendable, Hashable, Decodable, LoketRenderable {
    /// The private phone number.
    public var phoneNumber: String?
    /// The private mobile number.
    public var mobilePhoneNumber: String?
    /// The fax number.
    public var faxNumber: String?
    /// The e-mail address (the connector's business e-mail and manager correlation key).
    public var emailAddress: String?
    /// The business phone number.
    public var businessPhoneNumber: String?
    /// The business mobile number.
    public var businessMobilePhoneNumber: String?
    /// The business e-mail address.
    public var businessEmailAddress: String?

    var json: JSONValue {
        [
            "phoneNumber": .text(phoneNumber), "mobilePhoneNumber": .text(mobilePhoneNumber), "faxNumber": .text(faxNumber),
            "emailAddress": .text(emailAddress), "businessPhoneNumber": .text(businessPhoneNumber),
            "businessMobilePhoneNumber": .text(businessMobilePhoneNumber), "businessEmailAddress": .text(businessEmailAddress),
        ]
    }
}

/// An employee's identity document.
public struct LoketIdentityDocument: Sendable, Hashable, Decodable, LoketRenderable {
    /// The kind of document (`Passport`).
    public var typeOfDocument: LoketKeyValue?
    /// The document number.
    public var documentIdentification: String?

    var json: JSONValue { ["typeOfDocument": .part(typeOfDocument), "documentIdentification": .text(documentIdentification)] }
}

/// An employee's commuting details.
public struct LoketTravel: Sendable, Hashable, Decodable, LoketRenderable {
    /// The distance to work in kilometres.
    public var travelDistanceToWork: Int?

    var json: JSONValue { ["travelDistanceToWork": .number(travelDistanceToWork)] }
}
