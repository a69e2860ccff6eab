import Testing
@testable import Recording

@Suite struct ResponseHeadReaderTests {
    private func read(_ lines: [String]) -> ResponseHeadReader {
        var reader = ResponseHeadReader()
        for line in lines { reader.read(line + "\r\n") }
        return reader
    }

    @Test func headersKeepTheirOrderDuplicatesAndSpellingWithoutLineBreaks() {
        let reader = read(["HTTP/1.1 201 Created", "Set-Cookie: a=1", "x-lower:  spaced \t", "Set-Cookie: b=2", "Empty:", ""])
        #expect(reader.status == 201)
        #expect(reader.reason == "Created")
        #expect(reader.headers.fields.map(\.name) == ["Set-Cookie", "x-lower", "Set-Cookie", "Empty"])
        #expect(reader.headers.fields.map(\.value) == ["a=1", "spaced", "b=2", ""])
    }

    @Test func interimAnswersAreLeftOutAndTheFinalStatusCounts() {
        let reader = read(["HTTP/1.1 100 Continue", "X-Interim: 1", "", "HTTP/1.1 200 OK", "X-Final: 1", ""])
        #expect(reader.status == 200)
        #expect(reader.headers.fields.map(\.name) == ["X-Final"])
    }

    @Test func trailersAfterTheHeaderBlockAreLeftOut() {
        let reader = read(["HTTP/2 200", "content-type: text/plain", "", "X-Checksum: abc", ""])
        #expect(reader.status == 200)
        #expect(reader.reason == "")
        #expect(reader.headers.fields.map(\.name) == ["content-type"])
    }

    @Test func foldedLinesContinueTheHeaderBeforeThem() {
        let reader = read(["HTTP/1.0 200 OK", "X-Long: first", "\t second", ""])
        #expect(reader.headers["X-Long"] == "first second")
    }

    @Test func bytesThatAreNotUTF8AreReadAsLatin1() {
        var reader = ResponseHeadReader()
        reader.read("HTTP/1.1 200 OK\r\n")
        let line: [UInt8] = Array("X-Name: Jos".utf8) + [0xE9, 0x0D, 0x0A]
        line.withUnsafeBytes { reader.read($0) }
        #expect(reader.headers["X-Name"] == "José")
    }
}
