/// Interned byte strings: the same bytes are the same integer for as long as one interner lives, found by
/// hashing the bytes where they lie (an open-addressing table over one arena of bytes), so that looking up a
/// word seen before makes no `String`. No global state: whoever reads passes the interner along.
public struct ByteInterner: Sendable {
    /// Every text's bytes, one after another.
    private var arena: [UInt8] = []
    /// Where each id's bytes start in `arena`; the last entry is the arena's end.
    private var starts: [Int] = [0]
    /// Each id's hash.
    private var hashes: [UInt64] = []
    /// The table: an id, or -1 where empty.
    private var slots: [Int32]

    public init() {
        slots = Array(repeating: -1, count: 1024)
    }

    /// How many distinct texts it holds.
    public var count: Int { hashes.count }

    /// The id of `bytes`, a new one when the interner has not seen them.
    public mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash && holds(found, bytes) { return found }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if 2 * hashes.count > slots.count { grow() }
        return id
    }

    /// The id of `text`'s UTF-8 bytes.
    public mutating func id(of text: String) -> Int {
        var text = text
        return text.withUTF8 { id(of: $0) }
    }

    /// The bytes of an id this interner gave.
    public func bytes(of id: Int) -> ArraySlice<UInt8> { arena[starts[id]..<starts[id + 1]] }

    /// The text of an id this interner gave.
    public func text(of id: Int) -> String { String(decoding: bytes(of: id), as: UTF8.self) }

    private func holds(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == bytes.count else { return false }
        for offset in 0..<bytes.count where arena[start + offset] != bytes[offset] { return false }
        return true
    }

    private mutating func grow() {
        var table = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = table.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id)
        }
        slots = table
    }

    /// FNV-1a over the bytes, its bits then mixed so that the low ones (the table's index) depend on all.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
