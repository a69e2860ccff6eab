import Foundation

extension LoketSeedGenerator {
    private static let firstBirthDay = LoketDate(year: 1958, month: 1, day: 1)!
    private static let netherlands = LoketCountry(key: 1, isoCode: "NL", value: "Netherlands")
    private static let nationalities = [
        LoketKeyValue(key: 2, value: "Dutch"), LoketKeyValue(key: 3, value: "German"), LoketKeyValue(key: 4, value: "Belgian"),
        LoketKeyValue(key: 5, value: "Polish"), LoketKeyValue(key: 6, value: "Turkish"),
    ]

    /// A person of the generated employer: Dutch names (a partner's last name for some), birth,
    /// a unique e-mail address for nearly everyone, phone numbers and a home address.
    mutating func makeEmployee(number: Int) -> LoketEmployee {
        let female = random.chance(0.52)
        let firstNames = female ? LoketNames.femaleFirstNames : LoketNames.maleFirstNames
        let firstIndex = random.int(in: 0...(firstNames.count - 1))
        let firstName = firstNames[firstIndex]
        var initials = String(firstName.prefix(1)) + "."
        if random.chance(0.35) { initials += random.pick(LoketNames.secondInitials) + "." }
        let lastIndex = random.int(in: 0...(LoketNames.lastNames.count - 1))
        let (prefix, lastName) = LoketNames.lastNames[lastIndex]
        let married = random.chance(0.4)
        let partner = married && random.chance(0.8) ? LoketNames.lastNames[random.int(in: 0...(LoketNames.lastNames.count - 1))] : nil
        let convention = partner == nil ? LoketNameConvention.own : LoketNameConvention(rawValue: random.pick([1, 1, 2, 3, 4]))!
        let birth = Self.firstBirthDay.adding(days: random.int(in: 0...16_800))
        let (city, province) = random.pick(LoketNames.cities)
        let details = LoketPersonalDetails(
            firstName: firstName, initials: initials, prefix: prefix, lastName: lastName, lastNamePartner: partner?.name,
            prefixPartner: partner?.prefix,
            formattedName: convention.format(
                initials: initials, prefix: prefix, lastName: lastName, prefixPartner: partner?.prefix, lastNamePartner: partner?.name),
            dateOfBirth: birth, placeOfBirth: random.pick(LoketNames.cities).city, aowDate: birth.adding(years: 67),
            howToFormatLastName: convention.metadata, nationality: random.chance(0.9) ? Self.nationalities[0] : random.pick(Self.nationalities),
            gender: female ? LoketKeyValue(key: 2, value: "female") : LoketKeyValue(key: 1, value: "male"),
            civilStatus: married
                ? LoketKeyValue(key: 2, value: "Married")
                : random.chance(0.1) ? LoketKeyValue(key: 3, value: "Divorced") : LoketKeyValue(key: 1, value: "Unmarried"))
        let email = random.chance(0.99) ? uniqueEmail(
            String(LoketNames.firstNameSlug(female: female, index: firstIndex).prefix(1)) + "." + LoketNames.lastNameSlugs[lastIndex]) : nil
        let contact = LoketEmployeeContactInformation(
            phoneNumber: random.chance(0.4) ? "0\(random.int(in: 10...79))-\(random.int(in: 1_000_000...9_999_999))" : nil,
            mobilePhoneNumber: random.chance(0.9) ? "+31 6-\(random.int(in: 10_000_000...99_999_999))" : nil, emailAddress: email)
        let address = LoketAddress(
            street: random.pick(LoketNames.streets), houseNumber: random.int(in: 1...250),
            houseNumberAddition: random.chance(0.12) ? random.pick(LoketNames.houseNumberAdditions) : nil,
            postalCode: "\(random.int(in: 1000...9999)) \(random.pick(LoketNames.postalCodeLetters))\(random.pick(LoketNames.postalCodeLetters))",
            city: city, country: Self.netherlands, province: province)
        return LoketEmployee(
            employerId: employerId, id: nextID(.employee), employeeNumber: number, personalDetails: details, contactInformation: contact,
            address: address,
            identityDocument: random.chance(0.6)
                ? LoketIdentityDocument(
                    typeOfDocument: random.chance(0.5) ? LoketKeyValue(key: 2, value: "Passport") : LoketKeyValue(key: 1, value: "Identity card"),
                    documentIdentification: "N\(random.pick(LoketNames.postalCodeLetters))\(random.int(in: 1_000_000...9_999_999))")
                : nil,
            travel: LoketTravel(travelDistanceToWork: random.int(in: 1...60)),
            iban: "NL\(random.int(in: 10...99))UNDR0\(random.int(in: 100_000_000...999_999_999))", exclusionFromAbsenceStatus: false,
            statusEmployeeSelfService: random.chance(0.97) ? LoketKeyValue(key: 1, value: "Active") : LoketKeyValue(key: 2, value: "Blocked"))
    }

    /// `base@domain`, or `base2@domain`, `base3@domain`… when taken.
    private mutating func uniqueEmail(_ base: String) -> String {
        let uses = usedEmails[base, default: 0] + 1
        usedEmails[base] = uses
        return (uses == 1 ? base : base + String(uses)) + "@" + Self.domain
    }
}
