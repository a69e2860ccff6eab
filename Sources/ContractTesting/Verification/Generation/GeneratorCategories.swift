import UnderstudyCore

/// The generators of a request or response, read from its `generators` object by category:
/// `path` and `status` hold one generator, `header` and `query` one per name, `body` one per
/// JSON path. Generators that cannot be read are listed in ``problems`` and left out.
struct GeneratorCategories {
    var path: PactGenerator?
    var status: PactGenerator?
    var headers: [(name: String, generator: PactGenerator)] = []
    var query: [(name: String, generator: PactGenerator)] = []
    /// Body generators, parents before children so that a child's generator has the last word.
    var body: [(path: RulePath, generator: PactGenerator)] = []
    var problems: [String] = []

    init(_ json: JSONValue?) {
        guard case .object(let categories)? = json else { return }
        for category in categories.keys.sorted() {
            let value = categories[category]!
            switch category {
            case "path": path = read(value, at: "generators.path")
            case "status": status = read(value, at: "generators.status")
            case "header", "headers": headers = named(value, category: category)
            case "query": query = named(value, category: category)
            case "body":
                for (key, generator) in named(value, category: category) {
                    do {
                        body.append((try RulePath(key), generator))
                    } catch {
                        problems.append("generators.body['\(key)']: \(error)")
                    }
                }
                body.sort { $0.path.tokens.count < $1.path.tokens.count }
            default:
                problems.append("generators.\(category): category not supported, ignored")
            }
        }
    }

    private mutating func named(_ value: JSONValue, category: String) -> [(name: String, generator: PactGenerator)] {
        guard case .object(let members) = value else {
            problems.append("generators.\(category): expected an object, found \(value.typeName)")
            return []
        }
        return members.keys.sorted().compactMap { name in
            read(members[name]!, at: "generators.\(category)['\(name)']").map { (name, $0) }
        }
    }

    private mutating func read(_ value: JSONValue, at location: String) -> PactGenerator? {
        do {
            return try PactGenerator(json: value)
        } catch {
            problems.append("\(location): \(error.reason)")
            return nil
        }
    }
}
