import UnderstudyCore

extension DelayDistribution {
    /// Reads WireMock's `delayDistribution` object, reporting every problem to `log`.
    static func read(_ object: ObjectReader, log: inout ValidationLog) -> DelayDistribution? {
        let fieldsByType: [String: Set<String>] = [
            "uniform": ["lower", "upper"], "lognormal": ["median", "sigma", "maxValue"], "fixed": ["milliseconds"],
        ]
        guard let type = object.string("type", log: &log) else {
            if object["type"] == nil { log.report("needs a \"type\": uniform, lognormal or fixed", at: object.location) }
            return nil
        }
        guard let fields = fieldsByType[type] else {
            log.report("unknown delay distribution \(type.quotedForReport); use uniform, lognormal or fixed",
                at: object.location.appending("type"))
            return nil
        }
        object.reportUnknownMembers(known: fields.union(["type"]), log: &log)
        for field in fields.subtracting(["maxValue"]).sorted() where object[field] == nil {
            log.report("a \(type) distribution needs \(field.quotedForReport)", at: object.location)
        }
        switch type {
        case "uniform":
            guard let lower = object.integer("lower", in: 0...Int.max, log: &log),
                let upper = object.integer("upper", in: 0...Int.max, log: &log)
            else { return nil }
            guard lower <= upper else {
                log.report("lower (\(lower)) must not exceed upper (\(upper))", at: object.location)
                return nil
            }
            return .uniform(lower: lower, upper: upper)
        case "lognormal":
            let maxValue = object.number("maxValue", minimum: 0, log: &log)
            guard let median = object.number("median", minimum: 0, log: &log),
                let sigma = object.number("sigma", minimum: 0, log: &log)
            else { return nil }
            return .logNormal(median: median, sigma: sigma, maxValue: maxValue)
        default:
            return object.integer("milliseconds", in: 0...Int.max, log: &log).map { .fixed(milliseconds: $0) }
        }
    }

    /// The distribution in WireMock's JSON shape.
    public var json: JSONValue {
        switch self {
        case .uniform(let lower, let upper):
            return ["type": "uniform", "lower": .integer(Int64(lower)), "upper": .integer(Int64(upper))]
        case .fixed(let milliseconds):
            return ["type": "fixed", "milliseconds": .integer(Int64(milliseconds))]
        case .logNormal(let median, let sigma, let maxValue):
            var object: [String: JSONValue] = ["type": "lognormal", "median": .double(median), "sigma": .double(sigma)]
            if let maxValue { object["maxValue"] = .double(maxValue) }
            return .object(object)
        }
    }
}
