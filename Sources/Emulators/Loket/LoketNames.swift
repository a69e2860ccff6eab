import Foundation

/// Word lists the seed generator draws realistic Dutch people, places and organisation names from.
enum LoketNames {
    static let femaleFirstNames = [
        "Anna", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Lisa", "Eva", "Fleur", "Iris", "Noor", "Femke", "Anouk", "Marloes",
        "Esther", "Ingrid", "Monique", "Petra", "Marieke", "Saskia", "Linda", "Karin", "Yvonne", "Wendy", "Nicole", "Susan",
        "Hanneke", "Ilse", "Roos", "Maud", "Tessa", "Jolien", "Bente", "Mirjam", "Annelies", "Carolien", "Fatima", "Yasmina",
        "Priya", "Agnieszka", "Ewa", "Sevda", "Ayşe", "Inge", "Joke", "Wilma", "Tineke", "Renée", "Zoë", "Chloë",
    ]
    static let maleFirstNames = [
        "Jan", "Pieter", "Kees", "Henk", "Willem", "Thomas", "Daan", "Lars", "Sem", "Bas", "Joris", "Ruben", "Tim", "Niels",
        "Jeroen", "Martijn", "Erik", "Mark", "Rob", "Sander", "Dennis", "Marco", "Wouter", "Stefan", "Maarten", "Gerrit",
        "Hans", "Frank", "Peter", "Arjen", "Koen", "Luuk", "Jesse", "Stijn", "Thijs", "Mohamed", "Ahmed", "Youssef", "Mehmet",
        "Piotr", "Tomasz", "Raj", "Dirk", "Johan", "Floris", "Gijs", "Hugo", "René", "André", "Joël",
    ]
    static let secondInitials = ["A", "C", "E", "F", "H", "J", "K", "L", "M", "P", "R", "S", "T", "W"]
    /// Last names with their prefix ("tussenvoegsel").
    static let lastNames: [(prefix: String?, name: String)] = [
        (nil, "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), (nil, "Bakker"), (nil, "Janssen"), (nil, "Visser"),
        (nil, "Smit"), (nil, "Meijer"), ("de", "Boer"), (nil, "Mulder"), ("de", "Groot"), (nil, "Bos"), (nil, "Vos"), (nil, "Peters"),
        (nil, "Hendriks"), ("van", "Leeuwen"), (nil, "Dekker"), (nil, "Brouwer"), ("de", "Wit"), (nil, "Dijkstra"), (nil, "Smits"),
        ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), (nil, "Kok"), (nil, "Jacobs"), ("de", "Haan"), (nil, "Vermeulen"),
        ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Jong"), (nil, "Schouten"),
        ("van", "Beek"), (nil, "Willems"), ("van", "Vliet"), ("van de", "Ven"), (nil, "Hoekstra"), (nil, "Maas"), (nil, "Verhoeven"),
        (nil, "Koster"), ("van", "Dam"), ("van der", "Wal"), (nil, "Prins"), (nil, "Blom"), (nil, "Huisman"), ("de", "Lange"),
        ("van", "Wijk"), (nil, "Kuipers"), ("van", "Bergen"), ("van de", "Wiel"), (nil, "Postma"), (nil, "Boersma"), ("ter", "Horst"),
        ("in 't", "Veld"), ("van 't", "Hof"), (nil, "Yilmaz"), (nil, "El Amrani"), (nil, "Kowalski"), (nil, "Nowak"), (nil, "Sharma"),
        (nil, "Öztürk"), (nil, "Bouzid"), ("van", "Rijn"), (nil, "Evers"), (nil, "Claassen"), ("van", "Houten"), (nil, "Timmermans"),
    ]
    /// Cities with their province.
    static let cities: [(city: String, province: LoketKeyValue)] = [
        ("Amsterdam", LoketKeyValue(key: 7, value: "Noord-Holland")), ("Haarlem", LoketKeyValue(key: 7, value: "Noord-Holland")),
        ("Rotterdam", LoketKeyValue(key: 8, value: "Zuid-Holland")), ("Leiden", LoketKeyValue(key: 8, value: "Zuid-Holland")),
        ("Den Haag", LoketKeyValue(key: 8, value: "Zuid-Holland")), ("Utrecht", LoketKeyValue(key: 6, value: "Utrecht")),
        ("Amersfoort", LoketKeyValue(key: 6, value: "Utrecht")), ("Eindhoven", LoketKeyValue(key: 11, value: "Noord-Brabant")),
        ("Tilburg", LoketKeyValue(key: 11, value: "Noord-Brabant")), ("Groningen", LoketKeyValue(key: 1, value: "Groningen")),
        ("Zwolle", LoketKeyValue(key: 4, value: "Overijssel")), ("Enschede", LoketKeyValue(key: 4, value: "Overijssel")),
        ("Arnhem", LoketKeyValue(key: 5, value: "Gelderland")), ("Nijmegen", LoketKeyValue(key: 5, value: "Gelderland")),
        ("Maastricht", LoketKeyValue(key: 12, value: "Limburg")), ("Leeuwarden", LoketKeyValue(key: 2, value: "Friesland")),
    ]
    static let streets = [
        "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Voordijk", "Julianalaan", "Beatrixstraat",
        "Wilhelminaweg", "Nieuwstraat", "Kastanjelaan", "Eikenlaan", "Prinsengracht", "Industrieweg", "Parallelweg", "Havenstraat",
        "Marktplein", "Lindenlaan", "Sportlaan", "Irisstraat",
    ]
    static let houseNumberAdditions = ["A", "B", "D", "bis", "2", "3-hoog"]
    static let postalCodeLetters = Array("ABCDEGHJKLMNPRSTVWXZ")
    /// Divisions: a department name and the function group of the work done there.
    static let divisions: [(name: String, group: String)] = [
        ("Zorg", "Zorg"), ("Financiën", "Staf"), ("Personeelszaken", "Staf"), ("ICT", "Ondersteuning"), ("Logistiek", "Uitvoering"),
        ("Verkoop", "Commercie"), ("Klantenservice", "Commercie"), ("Facilitair", "Ondersteuning"), ("Productie", "Uitvoering"),
        ("Kwaliteit", "Staf"),
    ]
    static let regions = ["Noord", "Oost", "Zuid", "West", "Midden", "Randstad", "Kust", "Centrum"]
    /// Functions per function group.
    static let functions: [String: [String]] = [
        "Zorg": ["Verpleegkundige", "Verzorgende IG", "Helpende", "Teamleider zorg", "Wijkverpleegkundige", "Zorgcoördinator"],
        "Staf": ["Controller", "Financieel medewerker", "HR-adviseur", "Salarisadministrateur", "Kwaliteitsadviseur", "Jurist"],
        "Ondersteuning": ["Servicedesk medewerker", "Systeembeheerder", "Applicatiebeheerder", "Facilitair medewerker", "Receptionist"],
        "Uitvoering": ["Magazijnmedewerker", "Chauffeur", "Planner", "Operator", "Productiemedewerker", "Ploegleider"],
        "Commercie": ["Accountmanager", "Binnendienst medewerker", "Klantenservice medewerker", "Marketeer", "Sales manager"],
        "Directie": ["Directeur", "Managementassistent", "Bestuurssecretaris"],
    ]

    static let lastNameSlugs = lastNames.map { slug(($0.prefix ?? "") + $0.name) }
    private static let femaleFirstNameSlugs = femaleFirstNames.map(slug)
    private static let maleFirstNameSlugs = maleFirstNames.map(slug)

    /// The e-mail form of a first name: lower case, no accents.
    static func firstNameSlug(female: Bool, index: Int) -> String {
        female ? femaleFirstNameSlugs[index] : maleFirstNameSlugs[index]
    }

    /// `text` for an e-mail address or user name: lower case ASCII letters and digits (`van 't Hof` → `vanthof`).
    static func slug(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
