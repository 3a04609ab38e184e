import Testing
@testable import Parley

@Suite struct DecodingTests {
    @Test func byteOrderMarkAndLineEndsAreNormalised() {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        let d = InputDecoding.decode(input)
        #expect(String(decoding: d.bytes, as: UTF8.self) == "a\nb\nc\n")
        #expect(d.invalidCount == 0)
    }

    @Test func invalidBytesAreReplacedAndLocated() {
        let input: [UInt8] = Array("ok ".utf8) + [0xFF, 0xC3] + Array(" end".utf8) + [0xED, 0xA0, 0x80]
        let d = InputDecoding.decode(input)
        let text = String(decoding: d.bytes, as: UTF8.self)
        #expect(text.hasPrefix("ok \u{FFFD}\u{FFFD} end"))
        #expect(d.invalidCount >= 3)
        #expect(d.invalidOffsets.first == 3)
        #expect(d.invalidOffsets.contains(4))
    }

    @Test func validMultibyteTextIsUntouched() {
        let s = "Tô Lâm, Việt Nam, Nicolás, 习近平, Лавров, 𝄞"
        let d = InputDecoding.decode(Array(s.utf8))
        #expect(String(decoding: d.bytes, as: UTF8.self) == s)
        #expect(d.invalidCount == 0)
    }

    @Test func binaryFilesAreRecognised() {
        #expect(InputDecoding.binaryEvidence([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]) == 4)
        #expect(InputDecoding.binaryEvidence(Array("plain text\nwith lines\n".utf8)) == nil)
    }

    @Test func foldingRemovesDiacriticsAndCase() {
        #expect(Fold.key("Tô Lâm") == "to lam")
        #expect(Fold.key("Việt Nam") == "viet nam")
        #expect(Fold.key("Đà Nẵng") == "da nang")
        #expect(Fold.key("Recep Tayyip Erdoğan") == "recep tayyip erdogan")
        #expect(Fold.key("Łukasz Øster") == "lukasz oster")
    }
}
