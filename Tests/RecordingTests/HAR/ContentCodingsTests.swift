import Foundation
import Testing
@testable import Recording

@Suite struct ContentCodingsTests {
    @Test func valuesAreListsInTheOrderAppliedWithoutIdentity() {
        #expect(ContentCodings(["GZip , identity", "br"]).names == ["gzip", "br"])
        #expect(ContentCodings(["identity"]).isEmpty)
        #expect(ContentCodings([]).isEmpty)
    }

    @Test func aBodyIsStillEncodedOnlyWhenItsBytesSaySo() {
        let gzip = ContentCodings(["gzip"])
        #expect(gzip.stillApply(to: Compressed.gzip, storedAsBase64: true))
        #expect(!gzip.stillApply(to: Data(Compressed.json.utf8), storedAsBase64: false))
        #expect(!gzip.stillApply(to: Data([0x89, 0x50, 0x4E, 0x47]), storedAsBase64: true))
        let deflate = ContentCodings(["deflate"])
        #expect(deflate.stillApply(to: Compressed.zlib, storedAsBase64: true))
        #expect(!deflate.stillApply(to: Data([0x89, 0x50, 0x4E, 0x47]), storedAsBase64: true))
        #expect(!deflate.stillApply(to: Data("x^ text".utf8), storedAsBase64: false))
        let brotli = ContentCodings(["br"])
        #expect(brotli.stillApply(to: Compressed.brotli, storedAsBase64: true))
        #expect(!brotli.stillApply(to: Data("hello".utf8), storedAsBase64: false))
        #expect(!ContentCodings([]).stillApply(to: Compressed.gzip, storedAsBase64: true))
    }
}
