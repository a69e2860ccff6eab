/// Where a value sits inside a body, for choosing rules and for naming it in mismatches.
///
/// A location is a list of steps. XML locations add optional index steps around each child element's
/// name, so both `$.animals.alligator` and `$.animals[1].alligator` (or `$.animals.alligator[1]`)
/// select the second `alligator` child of `animals`.
struct ValuePath: Sendable, CustomStringConvertible {
    /// One step of a location.
    enum Step: Sendable, Equatable {
        case root
        case key(String)
        case index(Int)
    }

    private var steps: [(step: Step, optional: Bool)]
    /// The location as written in mismatches, for example `$.a[0]['x y']`.
    private(set) var description: String

    /// The root of a body, `$`.
    static let root = ValuePath(steps: [(.root, false)], description: "$")

    private init(steps: [(step: Step, optional: Bool)], description: String) {
        self.steps = steps
        self.description = description
    }

    /// The location of the member `key` of this object.
    func appending(key: String) -> ValuePath {
        ValuePath(steps: steps + [(.key(key), false)], description: PathText.appending(key, to: description))
    }

    /// The location of item `index` of this array.
    func appending(index: Int) -> ValuePath {
        ValuePath(steps: steps + [(.index(index), false)], description: PathText.appending(index: index, to: description))
    }

    /// The location of an XML child element: its position among all child elements and among the
    /// children of the same name are optional steps around its name.
    func appending(element name: String, position: Int, positionInGroup: Int, groupSize: Int) -> ValuePath {
        let shown = PathText.appending(name, to: description)
        return ValuePath(
            steps: steps + [(.index(position), true), (.key(name), false), (.index(positionInGroup), true)],
            description: groupSize > 1 ? PathText.appending(index: positionInGroup, to: shown) : shown
        )
    }

    /// A rule path naming exactly this location (optional steps left out).
    var rulePath: RulePath {
        RulePath(
            tokens: steps.filter { !$0.optional }.map { step -> RulePath.Token in
                switch step.step {
                case .root: return .root
                case .key(let key): return .field(key)
                case .index(let index): return .index(index)
                }
            })
    }

    /// The product of the token weights when `tokens` match this location, or 0.
    ///
    /// With `requireFullMatch` the tokens must name this location itself; otherwise they may name an
    /// ancestor (cascade).
    func weight(of tokens: [RulePath.Token], requireFullMatch: Bool) -> Int {
        // best[i][j]: weight of matching tokens[i...] against steps[j...]
        let tokenCount = tokens.count
        let stepCount = steps.count
        var best = Array(repeating: Array(repeating: 0, count: stepCount + 1), count: tokenCount + 1)
        var onlyOptionalFrom = Array(repeating: true, count: stepCount + 1)
        for j in stride(from: stepCount - 1, through: 0, by: -1) {
            onlyOptionalFrom[j] = steps[j].optional && onlyOptionalFrom[j + 1]
        }
        for j in 0...stepCount {
            best[tokenCount][j] = !requireFullMatch || onlyOptionalFrom[j] ? 1 : 0
        }
        for i in stride(from: tokenCount - 1, through: 0, by: -1) {
            for j in stride(from: stepCount - 1, through: 0, by: -1) {
                let used = Self.weight(of: tokens[i], against: steps[j].step) * best[i + 1][j + 1]
                best[i][j] = steps[j].optional ? max(used, best[i][j + 1]) : used
            }
        }
        return best[0][0]
    }

    private static func weight(of token: RulePath.Token, against step: Step) -> Int {
        switch (token, step) {
        case (.root, .root): return 2
        case (.field(let name), .key(let key)): return name == key ? 2 : 0
        case (.field(let name), .index(let index)): return name == String(index) ? 2 : 0
        case (.index(let wanted), .index(let index)): return wanted == index ? 2 : 0
        case (.index(let wanted), .key(let key)): return key == String(wanted) ? 2 : 0
        case (.anyIndex, .index): return 1
        case (.anyIndex, .key(let key)): return !key.isEmpty && key.allSatisfy(\.isNumber) ? 1 : 0
        case (.anyField, .key), (.anyField, .index): return 1
        default: return 0
        }
    }
}
