import TIPXML

/// What on a saved state.gov page is not the narrative: scripts and styles, navigation, banners, share bars,
/// footers and forms, whether marked by element, by ARIA role or by class.
public enum PageFurniture {
    static let elements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select", "svg",
        "iframe", "head", "object", "canvas",
    ]
    static let roles: Set<String> = ["navigation", "contentinfo", "banner", "search", "menu", "menubar"]
    static let classPrefixes = ["nav", "menu", "footer", "breadcrumb", "share", "social", "skip", "cookie"]

    /// Whether `element` (and all it holds) is page furniture.
    public static func contains(_ element: HTMLText.Element) -> Bool {
        if elements.contains(element.name) || element.isHidden { return true }
        if let role = element.role, roles.contains(role) { return true }
        return element.tokens.contains { token in classPrefixes.contains { token.hasPrefix($0) } }
    }
}
