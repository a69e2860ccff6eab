/// Why a response template could not be compiled: where the problem is and what it is.
///
/// Positions are 1-based; the column counts Unicode scalars from the start of the line, and
/// ``offset`` is the 0-based UTF-8 byte offset into the template source.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, for example `unclosed {{#if}}`.
    public var reason: String
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem.
    public var column: Int
    /// The 0-based UTF-8 offset of the problem in the template source.
    public var offset: Int

    /// Creates an error at a known position.
    public init(reason: String, line: Int, column: Int, offset: Int) {
        self.reason = reason
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "template error at line \(line), column \(column): \(reason)" }
}

/// A compile error found by the scanner or parser, positioned by UTF-8 offset only;
/// ``ResponseTemplate`` turns it into a ``TemplateError`` with line and column.
struct TemplateSyntaxError: Error {
    /// The 0-based UTF-8 offset of the problem.
    var offset: Int
    /// What is wrong.
    var reason: String

    /// The public error, with the line and column of ``offset`` in `source`.
    func located(in source: [UInt8]) -> TemplateError {
        let end = min(offset, source.count)
        var line = 1
        var column = 1
        for byte in source[..<end] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TemplateError(reason: reason, line: line, column: column, offset: offset)
    }
}
