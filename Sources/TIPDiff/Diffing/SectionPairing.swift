import TIPModel

/// Pairs sections by kind: each kind's sections in order, NEW's order first, then kinds only OLD has.
enum SectionPairing {
    static func pairs(_ old: [Section], _ new: [Section]) -> [(Section?, Section?)] {
        var result: [(Section?, Section?)] = []
        var oldByKind: [SectionKind: [Section]] = [:]
        for section in old { oldByKind[section.kind, default: []].append(section) }
        var used: [SectionKind: Int] = [:]
        for section in new {
            let n = used[section.kind, default: 0]
            used[section.kind] = n + 1
            let partner = oldByKind[section.kind].flatMap { n < $0.count ? $0[n] : nil }
            result.append((partner, section))
        }
        var position: [SectionKind: Int] = [:]
        for section in old {
            let index = position[section.kind, default: 0]
            position[section.kind] = index + 1
            if index >= used[section.kind, default: 0] { result.append((section, nil)) }
        }
        return result
    }
}
