import Crypto
import Foundation

/// The Content-Security-Policy of a page we write: nothing from the network, and only the inline scripts
/// and styles we wrote ourselves, each named by its SHA-256.
public enum ContentSecurityPolicy {
    /// The source that allows exactly this inline script or style: `'sha256-<base64>'`.
    public static func hashSource(of text: String) -> String {
        "'sha256-\(Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString())'"
    }

    /// The policy of a static page (opened from disk, no server) whose inline scripts and styles are these:
    /// no network at all, no plug-ins, no forms, no `<base>`; images only as data URLs.
    public static func staticPage(scripts: [String], styles: [String]) -> String {
        let scriptSources = scripts.isEmpty ? "'none'" : scripts.map(hashSource(of:)).joined(separator: " ")
        let styleSources = styles.isEmpty ? "'none'" : styles.map(hashSource(of:)).joined(separator: " ")
        return "default-src 'none'; script-src \(scriptSources); style-src \(styleSources); img-src data:; "
            + "base-uri 'none'; form-action 'none'"
    }

    /// The bodies of the page's `<tag>...</tag>` elements written without attributes, in order: the inline
    /// scripts or styles a policy has to name.
    public static func inlineBodies(of tag: String, in html: String) -> [String] {
        var bodies: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<\(tag)>"), let close = rest[open.upperBound...].range(of: "</\(tag)>") {
            bodies.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return bodies
    }
}
