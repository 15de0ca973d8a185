/// A shortest edit script in linear space: common ends trimmed, then Myers' middle snake found from both
/// ends at once and each half solved the same way. A search budget bounds the time on hostile input.
enum LinearDiff {
    /// Appends the steps that turn `a` into `b` to `steps` (indices are the slices' own, absolute ones).
    static func script(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>, into steps: inout [WordDiff.Step], budget: inout Int) {
        var a = a
        var b = b
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[a.startIndex + prefix] == b[b.startIndex + prefix] { prefix += 1 }
        for i in 0..<prefix { steps.append(.equal(a.startIndex + i, b.startIndex + i)) }
        a = a.dropFirst(prefix)
        b = b.dropFirst(prefix)
        var suffix = 0
        while suffix < a.count && suffix < b.count && a[a.endIndex - 1 - suffix] == b[b.endIndex - 1 - suffix] { suffix += 1 }
        let tailA = a.endIndex - suffix
        let tailB = b.endIndex - suffix
        a = a.dropLast(suffix)
        b = b.dropLast(suffix)

        if a.isEmpty {
            for j in b.indices { steps.append(.insert(j)) }
        } else if b.isEmpty {
            for i in a.indices { steps.append(.delete(i)) }
        } else if let (x, y) = middle(a, b, budget: &budget) {
            script(a[a.startIndex..<(a.startIndex + x)], b[b.startIndex..<(b.startIndex + y)], into: &steps, budget: &budget)
            script(a[(a.startIndex + x)...], b[(b.startIndex + y)...], into: &steps, budget: &budget)
        } else {
            // Nothing in common (or the budget is spent): all of one out, all of the other in.
            for i in a.indices { steps.append(.delete(i)) }
            for j in b.indices { steps.append(.insert(j)) }
        }
        for i in 0..<suffix { steps.append(.equal(tailA + i, tailB + i)) }
    }

    /// Where a shortest script crosses the middle (offsets into `a` and `b`), searching forward and backward
    /// at once; `nil` when the texts share nothing or the budget runs out.
    private static func middle(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>, budget: inout Int) -> (Int, Int)? {
        let n = a.count
        let m = b.count
        let (sa, sb) = (a.startIndex, b.startIndex)
        let maxD = (n + m + 1) / 2
        let offset = maxD
        let length = 2 * maxD + 2
        var forward = [Int](repeating: -1, count: length)
        var backward = [Int](repeating: -1, count: length)
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = n - m
        let front = delta % 2 != 0
        var (k1start, k1end, k2start, k2end) = (0, 0, 0, 0)
        for d in 0..<maxD {
            guard budget > 0 else { return nil }
            budget -= 1
            for k1 in stride(from: -d + k1start, through: d - k1end, by: 2) {
                let i1 = offset + k1
                var x1 = k1 == -d || (k1 != d && forward[i1 - 1] < forward[i1 + 1]) ? forward[i1 + 1] : forward[i1 - 1] + 1
                var y1 = x1 - k1
                while x1 < n && y1 < m && a[sa + x1] == b[sb + y1] {
                    x1 += 1
                    y1 += 1
                }
                forward[i1] = x1
                if x1 > n {
                    k1end += 2
                } else if y1 > m {
                    k1start += 2
                } else if front {
                    let i2 = offset + delta - k1
                    if i2 >= 0 && i2 < length && backward[i2] != -1 && x1 >= n - backward[i2] { return (x1, y1) }
                }
            }
            for k2 in stride(from: -d + k2start, through: d - k2end, by: 2) {
                let i2 = offset + k2
                var x2 = k2 == -d || (k2 != d && backward[i2 - 1] < backward[i2 + 1]) ? backward[i2 + 1] : backward[i2 - 1] + 1
                var y2 = x2 - k2
                while x2 < n && y2 < m && a[sa + n - x2 - 1] == b[sb + m - y2 - 1] {
                    x2 += 1
                    y2 += 1
                }
                backward[i2] = x2
                if x2 > n {
                    k2end += 2
                } else if y2 > m {
                    k2start += 2
                } else if !front {
                    let i1 = offset + delta - k2
                    if i1 >= 0 && i1 < length && forward[i1] != -1 {
                        let x1 = forward[i1]
                        let y1 = offset + x1 - i1
                        if x1 >= n - x2 { return (x1, y1) }
                    }
                }
            }
        }
        return nil
    }
}
