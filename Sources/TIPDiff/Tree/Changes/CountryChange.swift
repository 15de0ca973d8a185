import TIPModel

/// A country whose edition only one of two year folders holds.
public struct CountryChange: Sendable, Hashable {
    public var presence: Presence
    public var country: String
    /// The edition's path in the folder that has it.
    public var path: String
}

extension CountryChange: ChangePayload {
    public var kind: ChangeKind { presence == .added ? .countryAdded : .countryRemoved }
    public var filedSection: SectionKind? { nil }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitCountryChange(node)
    }
}
