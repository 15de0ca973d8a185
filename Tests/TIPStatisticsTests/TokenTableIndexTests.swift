import TIPSupport
import Testing

/// The token table's index: a token's ids and value found again by its scalars, whatever its length or script.
@Suite struct TokenTableIndexTests {
    private func find(_ text: String, in index: TokenTableIndex) -> TokenTableIndex.Entry? {
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { index.entry(for: $0, hash: TokenTableIndex.hash($0)) }
    }

    private func insert(_ text: String, _ entry: TokenTableIndex.Entry, into index: inout TokenTableIndex) {
        let scalars = Array(text.unicodeScalars)
        scalars.withUnsafeBufferPointer { index.insert(entry, for: $0, hash: TokenTableIndex.hash($0)) }
    }

    @Test func aTokenIsFoundAgainByItsScalars() {
        var index = TokenTableIndex()
        insert("anti-trafficking", .init(text: 1, folded: 2, value: nil), into: &index)
        #expect(find("anti-trafficking", in: index) == .init(text: 1, folded: 2, value: nil))
        #expect(find("anti-traffickin", in: index) == nil)
        #expect(find("Anti-trafficking", in: index) == nil)
    }

    @Test func composedAndDecomposedTextsAreTwoEntries() {
        var index = TokenTableIndex()
        insert("caf\u{E9}", .init(text: 1, folded: 1, value: nil), into: &index)
        #expect(find("cafe\u{301}", in: index) == nil)
        insert("cafe\u{301}", .init(text: 2, folded: 2, value: nil), into: &index)
        #expect(find("caf\u{E9}", in: index)?.text == 1)
        #expect(find("cafe\u{301}", in: index)?.text == 2)
    }

    @Test func everyEntryIsFoundAfterTheIndexGrows() {
        var index = TokenTableIndex()
        for n in 0..<5000 { insert("word\(n)", .init(text: n, folded: n, value: Double(n)), into: &index) }
        #expect(index.count == 5000)
        #expect((0..<5000).allSatisfy { find("word\($0)", in: index)?.value == Double($0) })
        #expect(find("word5000", in: index) == nil)
    }

    @Test func longAndNonASCIITokensKeepTheirIdsAcrossTables() {
        var interner = TokenInterner()
        func table(_ text: String) -> TokenTable {
            let scalars = Array(text.unicodeScalars)
            return TokenTable(scalars, range: 0..<scalars.count, interner: &interner)
        }
        let first = table("Anti-trafficking Gobierno’s 1,234,567 Ministério")
        let count = interner.count
        let second = table("Anti-trafficking Gobierno’s 1,234,567 Ministério")
        #expect(first == second)
        #expect(interner.count == count)
        #expect(interner.text(of: second.tokens[2].folded) == "gobierno's")
        #expect(interner.text(of: second.tokens[6].folded) == "ministério")
        #expect(second.tokens[4].value == 1_234_567)
    }

    @Test func anInternerWithRoomGivesTheIdsOfOneWithout() {
        let text = "Officials identified 1,818 victims; officials identified 1,818 VICTIMS of anti-trafficking café cafe\u{301}."
        let scalars = Array(text.unicodeScalars)
        var plain = TokenInterner()
        var roomy = TokenInterner(capacity: 4096)
        let a = TokenTable(scalars, range: 0..<scalars.count, interner: &plain)
        let b = TokenTable(scalars, range: 0..<scalars.count, interner: &roomy)
        #expect(a == b)
        #expect(plain.texts == roomy.texts)
        #expect(roomy.id(of: "officials") == plain.id(of: "officials"))
        #expect(roomy.existingID(of: "café") != roomy.existingID(of: "cafe\u{301}"))
    }
}
