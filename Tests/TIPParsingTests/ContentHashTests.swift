import TIPModel
import TIPSupport
import Testing

/// SHA-256 against the published test vectors.
@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheVectors(_ input: String, _ digest: String) {
        #expect(ContentHash.hex(of: Array(input.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(
            ContentHash.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tcmd", "'\tcmd"), ("+nan", "'+nan"), ("-inf", "'-inf"),
        ("-5", "-5"), ("+55.6", "+55.6"), ("plain", "plain"), ("a,b", "\"a,b\""),
    ])
    func everyFormulaLeadIsNeutralised(_ field: String, _ written: String) {
        #expect(CSVField.quoted(field) == written)
    }
}
