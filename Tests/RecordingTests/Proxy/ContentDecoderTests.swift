import Foundation
import Testing
@testable import Recording

@Suite struct ContentDecoderTests {
    private func decode(_ body: Data, _ header: String) -> String? {
        ContentDecoder.decoded(body, codings: ContentCodings([header])).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func gzipAndDeflateInEitherWrappingAreUndone() {
        #expect(decode(Compressed.gzip, "gzip") == Compressed.json)
        #expect(decode(Compressed.gzip, "x-gzip") == Compressed.json)
        #expect(decode(Compressed.zlib, "deflate") == Compressed.json)
        #expect(decode(Compressed.rawDeflate, "deflate") == Compressed.json)
        #expect(decode(Gzip.stored(Data("stored".utf8)), "gzip") == "stored")
    }

    @Test func severalMembersAndSeveralCodingsAreUndoneInTurn() {
        #expect(decode(Gzip.stored(Data("one ".utf8)) + Gzip.stored(Data("two".utf8)), "gzip") == "one two")
        #expect(decode(Gzip.stored(Compressed.gzip), "gzip, gzip") == Compressed.json)
        #expect(decode(Compressed.gzip + Data([0, 0, 0]), "gzip") == Compressed.json)
    }

    @Test func identityAndEmptyBodiesStayAsTheyAre() {
        #expect(decode(Data("plain".utf8), "identity") == "plain")
        #expect(ContentDecoder.decoded(Data("plain".utf8), codings: ContentCodings([])) == Data("plain".utf8))
        #expect(decode(Data(), "gzip") == "")
    }

    @Test func aBodyThatWouldInflatePastTheLimitIsNotDecoded() {
        let members = (0..<17).map { _ in Gzip.stored(Data(count: 60_000)) }.reduce(Data(), +)  // 1,020,000 bytes inflated
        #expect(ContentDecoder.decoded(members, codings: ContentCodings(["gzip"]), limit: 2 << 20)?.count == 1_020_000)
        #expect(ContentDecoder.decoded(members, codings: ContentCodings(["gzip"]), limit: 512 << 10) == nil)
        #expect(ContentDecoder.maximumDecodedSize == 64 << 20)
    }

    @Test func unknownCodingsAndBrokenBytesAreNotDecoded() {
        #expect(decode(Compressed.brotli, "br") == nil)
        #expect(decode(Compressed.gzip, "gzip, zstd") == nil)
        #expect(decode(Compressed.gzip.prefix(20), "gzip") == nil)
        #expect(decode(Data("not gzip at all".utf8), "gzip") == nil)
    }
}
