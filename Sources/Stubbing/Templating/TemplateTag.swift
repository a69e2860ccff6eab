/// One `{{…}}` tag as the scanner found it, before its content is parsed.
struct TemplateTag {
    /// What the tag's opening characters make of it.
    enum Kind: Equatable {
        /// `{{expression}}`.
        case expression
        /// `{{{expression}}}` or `{{&expression}}`.
        case unescapedExpression
        /// `{{#helper …}}`.
        case blockOpen
        /// `{{/helper}}`.
        case blockClose
        /// `{{^}}`, the Mustache spelling of `{{else}}`.
        case inverse
        /// `{{! … }}` or `{{!-- … --}}`.
        case comment
    }

    /// What the tag is.
    var kind: Kind
    /// The text between the markers (without `#`, `/`, `~` and the like).
    var content: String
    /// The UTF-8 offset of ``content`` in the source.
    var contentOffset: Int
    /// The UTF-8 offset of the tag's `{{`.
    var offset: Int
    /// Whether the tag opens with `{{~`, trimming whitespace before it.
    var trimsBefore: Bool
    /// Whether the tag closes with `~}}`, trimming whitespace after it.
    var trimsAfter: Bool
}

/// A piece of template source: literal text or a tag.
enum TemplateToken {
    /// Literal text, as a range of source bytes.
    case text(Range<Int>)
    /// A tag.
    case tag(TemplateTag)
}
