/// The ids (as written, folded) and a number's value of every token a token table met, found by hashing the
/// token's scalars where they lie in the text: a token seen before, of any length or script, costs no string.
/// Two tokens are one entry only when their scalars are equal, so texts are told apart as the interner does,
/// by their bytes.
public struct TokenTableIndex: Sendable {
    /// What the index holds for one token text.
    public struct Entry: Sendable, Equatable {
        /// The id of the text as written.
        public var text: Int
        /// The id of the folded text.
        public var folded: Int
        /// The value the text reads as when it is a number token (separators dropped).
        public var value: Double?

        public init(text: Int, folded: Int, value: Double?) {
            self.text = text
            self.folded = folded
            self.value = value
        }
    }

    private struct Slot {
        var hash: UInt64
        /// Where the text's scalar values start in `scalars`, and how many there are.
        var start: Int32
        var count: Int32
        var entry: Entry
    }

    private var slots: [Slot] = []
    /// Index into `slots` by hash, open addressing with linear probing; -1 is empty.
    private var buckets: [Int32] = Array(repeating: -1, count: 256)
    private var scalars: [UInt32] = []

    public init() {}

    /// How many token texts it holds.
    public var count: Int { slots.count }

    /// The hash `entry(for:hash:)` and `insert(_:for:hash:)` take (FNV-1a over the scalar values).
    public static func hash(_ token: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in token { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 29)
    }

    /// The entry of the token whose scalars are `token`, if the index met it before.
    public func entry(for token: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> Entry? {
        let mask = buckets.count - 1
        var bucket = Int(truncatingIfNeeded: hash) & mask
        return buckets.withUnsafeBufferPointer { buckets in
            slots.withUnsafeBufferPointer { slots in
                scalars.withUnsafeBufferPointer { stored in
                    while true {
                        let index = buckets[bucket]
                        if index < 0 { return nil }
                        let slot = slots[Int(index)]
                        if slot.hash == hash, Int(slot.count) == token.count {
                            var equal = true
                            let start = Int(slot.start)
                            for offset in 0..<token.count where stored[start + offset] != token[offset].value {
                                equal = false
                                break
                            }
                            if equal { return slot.entry }
                        }
                        bucket = (bucket + 1) & mask
                    }
                }
            }
        }
    }

    /// Remembers `entry` for the token whose scalars are `token` (which the index must not hold yet).
    public mutating func insert(_ entry: Entry, for token: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) {
        if (slots.count + 1) * 2 > buckets.count { grow() }
        let start = Int32(scalars.count)
        scalars.append(contentsOf: token.lazy.map(\.value))
        slots.append(Slot(hash: hash, start: start, count: Int32(token.count), entry: entry))
        place(Int32(slots.count - 1), hash: hash)
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        let mask = buckets.count - 1
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while buckets[bucket] >= 0 { bucket = (bucket + 1) & mask }
        buckets[bucket] = index
    }

    private mutating func grow() {
        buckets = Array(repeating: -1, count: buckets.count * 2)
        for index in slots.indices { place(Int32(index), hash: slots[index].hash) }
    }
}
