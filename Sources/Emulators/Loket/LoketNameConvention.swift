/// How a Dutch employee's last names make up the formatted name (Loket's
/// `howToFormatLastName`): own name, partner's name, or both in either order.
///
/// Loket computes `formattedName` itself; the emulator's rule (last names first, then initials
/// and the prefix that belongs to the leading last name) matches Loket's published example
/// `Wiel - van Bergen S.L. van de` and is applied by the generator and the provider states.
enum LoketNameConvention: Int, CaseIterable, Sendable {
    /// Own last name only.
    case own = 1
    /// Own last name, then the partner's.
    case ownThenPartner = 2
    /// The partner's last name only.
    case partner = 3
    /// The partner's last name, then the own.
    case partnerThenOwn = 4

    /// The metadata value Loket shows for the convention.
    var metadata: LoketKeyValue {
        switch self {
        case .own: return LoketKeyValue(key: 1, value: "last name")
        case .ownThenPartner: return LoketKeyValue(key: 2, value: "last name + last name partner")
        case .partner: return LoketKeyValue(key: 3, value: "last name partner")
        case .partnerThenOwn: return LoketKeyValue(key: 4, value: "last name partner + last name")
        }
    }

    /// The formatted name: for example `Bergen S.L. van`, `Bergen - van de Wiel S.L. van`,
    /// `Wiel S.L. van de` and `Wiel - van Bergen S.L. van de`. Without a partner name the own
    /// name is used whatever the convention.
    func format(initials: String?, prefix: String?, lastName: String, prefixPartner: String?, lastNamePartner: String?) -> String {
        func joined(_ parts: String?...) -> String { parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ") }
        guard let partnerName = lastNamePartner, !partnerName.isEmpty else { return joined(lastName, initials, prefix) }
        switch self {
        case .own: return joined(lastName, initials, prefix)
        case .ownThenPartner: return joined(lastName + " - " + joined(prefixPartner, partnerName), initials, prefix)
        case .partner: return joined(partnerName, initials, prefixPartner)
        case .partnerThenOwn: return joined(partnerName + " - " + joined(prefix, lastName), initials, prefixPartner)
        }
    }
}
