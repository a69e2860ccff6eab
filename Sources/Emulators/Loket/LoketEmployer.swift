import Foundation
import UnderstudyCore

/// An employer (`GET /v2/providers/employers`), as written in `employers.json`.
public struct LoketEmployer: Sendable, Hashable, Decodable {
    /// The GUID used in paths.
    public var id: UUID
    /// The company name; the connector finds its employer by this name (case-insensitive).
    public var companyName: String
    /// The employer number (never used in paths).
    public var employerNumber: Int
    /// The Chamber of Commerce (KvK) number.
    public var chamberOfCommerceNumber: String?
    /// The legal form (`B.V.`).
    public var legalForm: LoketKeyValue?
    /// The branch of industry.
    public var branch: LoketKeyValue?
    /// The SBI classification.
    public var sbi: LoketSBI?
    /// The visiting address.
    public var address: LoketAddress?
    /// The postal address when it differs.
    public var deviatingPostalAddress: LoketAddress?
    /// The contact person.
    public var contact: LoketEmployerContact?
    /// Phone, e-mail and website.
    public var contactInformation: LoketEmployerContactInformation?
    /// The payroll provider's settings for this employer.
    public var providerSettings: LoketProviderSettings?
    /// The URL of the employer's logo.
    public var employerLogo: String?
    /// The URL of the provider's logo.
    public var providerLogo: String?

    /// The record as the API lists it.
    var json: JSONValue {
        [
            "id": .id(id), "companyName": .string(companyName), "employerNumber": .integer(Int64(employerNumber)),
            "chamberOfCommerceNumber": .text(chamberOfCommerceNumber), "legalForm": .part(legalForm), "branch": .part(branch),
            "sbi": .part(sbi), "address": address?.json(includingPOBox: false) ?? .null,
            "deviatingPostalAddress": deviatingPostalAddress?.json(includingPOBox: true) ?? .null, "contact": .part(contact),
            "contactInformation": .part(contactInformation), "providerSettings": .part(providerSettings),
            "employerLogo": .text(employerLogo), "providerLogo": .text(providerLogo),
        ]
    }
}

/// The SBI (standard industrial classification) of an employer.
public struct LoketSBI: Sendable, Hashable, Decodable, LoketRenderable {
    /// The numeric key.
    public var key: Int
    /// The SBI code (`0116`).
    public var sbiCode: String
    /// The description.
    public var value: String

    var json: JSONValue { ["key": .integer(Int64(key)), "sbiCode": .string(sbiCode), "value": .string(value)] }
}

/// An employer's contact person.
public struct LoketEmployerContact: Sendable, Hashable, Decodable, LoketRenderable {
    /// The name.
    public var name: String?
    /// The job title.
    public var function: String?
    /// The phone number.
    public var phoneNumber: String?

    var json: JSONValue { ["name": .text(name), "function": .text(function), "phoneNumber": .text(phoneNumber)] }
}

/// An employer's phone, fax, e-mail and website.
public struct LoketEmployerContactInformation: Sendable, Hashable, Decodable, LoketRenderable {
    /// The e-mail address.
    public var emailAddress: String?
    /// The phone number.
    public var phoneNumber: String?
    /// The fax number.
    public var faxNumber: String?
    /// The website.
    public var website: String?

    var json: JSONValue {
        ["emailAddress": .text(emailAddress), "phoneNumber": .text(phoneNumber), "faxNumber": .text(faxNumber), "website": .text(website)]
    }
}

/// The payroll provider's settings for an employer.
public struct LoketProviderSettings: Sendable, Hashable, Decodable, LoketRenderable {
    /// The administration number at the provider (`SR2`).
    public var administrationNumber: String?
    /// The provider's group code.
    public var groupCode: Int?
    /// The employer number used for consolidated overviews.
    public var parentEmployerForConsolidatedOverviews: Int?
    /// Whether employees get an e-mail when a salary slip is available.
    public var sendEmailWhenSalarySlipIsAvailable: Bool?

    var json: JSONValue {
        [
            "administrationNumber": .text(administrationNumber), "groupCode": .number(groupCode),
            "parentEmployerForConsolidatedOverviews": .number(parentEmployerForConsolidatedOverviews),
            "sendEmailWhenSalarySlipIsAvailable": .flag(sendEmailWhenSalarySlipIsAvailable),
        ]
    }
}
