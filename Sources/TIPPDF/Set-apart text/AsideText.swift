/// Text left out of the body because it does not run in the body's reading direction (a side tab's rotated
/// country name, letters stacked down a margin): the page it is on and what it said.
public struct AsideText: Sendable, Equatable {
    /// From 1.
    public var page: Int
    public var text: String

    public init(page: Int, text: String) { (self.page, self.text) = (page, text) }
}
