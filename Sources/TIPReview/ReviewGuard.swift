import Hummingbird

/// What every request must show: a Host (and an Origin, when the browser sends one) naming the served
/// address, which a page of another site rebinding its name to 127.0.0.1 cannot; and, but for the page's
/// own script and style, the run's token (in the page's address, and in a header on every API call).
public struct ReviewGuard<Context: RequestContext>: RouterMiddleware {
    /// The authorities the server answers to ("127.0.0.1:8765", "localhost:8765").
    public var hosts: Set<String>
    public var token: String
    /// Where the reader finds the address with the token, told to a request without it.
    public var tokenHelp: String

    public init(hosts: Set<String>, token: String, tokenHelp: String = "open the address the review server printed") {
        self.hosts = hosts
        self.token = token
        self.tokenHelp = tokenHelp
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = request.head.authority ?? request.headers[.init("Host")!]
        guard let host, hosts.contains(host.lowercased()) else {
            return Self.refused("this server answers to \(hosts.sorted().joined(separator: " or ")) only")
        }
        if let hostHeader = request.headers[.init("Host")!], !hosts.contains(hostHeader.lowercased()) { return Self.refused("wrong Host") }
        if let origin = request.headers[.origin], !hosts.contains(where: { "http://\($0)" == origin.lowercased() }) {
            return Self.refused("requests from \(origin) are refused")
        }
        if Self.public.contains(request.uri.path) { return try await next(request, context) }
        let given = request.headers[.init("X-Review-Token")!] ?? request.uri.queryParameters["token"].map(String.init)
        guard let given, Self.same(given, token) else {
            return Self.refused("a valid token is needed: \(tokenHelp)")
        }
        return try await next(request, context)
    }

    /// What holds no data and needs no token: our script, our style, and the icon a browser asks for.
    static var `public`: Set<String> { ["/review.js", "/review.css", "/favicon.ico"] }

    /// Compares without stopping at the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func refused(_ reason: String) -> Response {
        Response(
            status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: "refused: \(reason)\n")))
    }
}
