import UnderstudyCore

/// The `arrayContains` matcher: each variant's example item must match at least one actual item,
/// compared under the variant's own rules; other actual items are allowed.
struct ArrayContainsCheck {
    /// The surrounding context, for strictness.
    let context: BodyMatchContext

    /// The variants that no actual item satisfies.
    func check(_ variants: [ArrayContainsVariant], _ expected: [JSONValue], _ actual: [JSONValue], at location: ValuePath) -> [PactMismatch]
    {
        let variants = variants.isEmpty ? expected.indices.map { ArrayContainsVariant(index: $0) } : variants
        var mismatches: [PactMismatch] = []
        for (number, variant) in variants.enumerated() {
            guard expected.indices.contains(variant.index) else {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: location.description,
                        reason:
                            "arrayContains variant \(number) refers to item \(variant.index), but the example has \(expected.count) item(s)"
                    ))
                continue
            }
            let example = expected[variant.index]
            let comparator = JSONBodyComparator(
                context: BodyMatchContext(rules: BodyRules(variant.rules), allowUnexpectedKeys: context.allowUnexpectedKeys))
            if !actual.contains(where: { comparator.compare(example, $0, at: .root).isEmpty }) {
                mismatches.append(
                    PactMismatch(
                        category: .body, path: location.description, expected: ValueText.describe(example),
                        actual: ValueText.describe(.array(actual)),
                        reason: "Expected the array to contain an item matching variant \(number) (\(ValueText.describe(example))), "
                            + "but none did"
                    ))
            }
        }
        return mismatches
    }
}
