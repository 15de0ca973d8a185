import Crypto
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import TIPModel
import TIPSupport

/// The review server's routes: the report page with our script added and a strict Content-Security-Policy,
/// the script and style, and the notes API (list, add, change, delete, and the notes' version for freshness).
public struct ReviewServer: Sendable {
    /// Posted bodies larger than this are refused.
    public static let maximumBody = 64 * 1024
    /// Notes longer than this are refused.
    public static let maximumNote = 20_000
    /// A connection that sends nothing for this long is closed, so that idle sockets (a thousand opened by
    /// another local program, say) cannot keep the reviewer out.
    public static let idleTimeout: Duration = .seconds(20)

    public let session: ReviewSession
    public let hosts: Set<String>
    /// Where a reader finds the address with the token (the command that started the server says).
    public let tokenHelp: String

    public init(session: ReviewSession, hosts: Set<String>, tokenHelp: String = "open the address the review server printed") {
        self.session = session
        self.hosts = hosts
        self.tokenHelp = tokenHelp
    }

    /// The router, behind the guard.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let token = session.token
        router.add(middleware: ReviewGuard(hosts: hosts, token: token, tokenHelp: tokenHelp))
        let session = self.session
        router.get("/") { _, _ -> Response in
            let (version, html) = try await session.page()
            let page = Self.reviewPage(html, version: version)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.policy(for: html), .cacheControl: "no-store",
                    .init("X-Content-Type-Options")!: "nosniff", .init("Referrer-Policy")!: "no-referrer",
                ], body: .init(byteBuffer: ByteBuffer(bytes: page)))
        }
        router.get("/review.js") { _, _ in Self.resource("review", "js", type: "text/javascript; charset=utf-8") }
        router.get("/review.css") { _, _ in Self.resource("review", "css", type: "text/css; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/api/version") { _, _ -> Response in Self.json(["version": await session.version()]) }
        router.get("/api/notes") { _, _ -> Response in
            do { return Self.json(try await session.notes()) } catch { return Self.failure(400, "\(error)") }
        }
        router.post("/api/notes") { request, context -> Response in
            let added: ReviewSession.NewNote
            do { added = try await Self.decode(request, context: context) } catch let refusal as ReviewSession.Refusal {
                return Self.failure(refusal.status, refusal.reason)
            }
            guard added.note.count <= Self.maximumNote else {
                return Self.failure(413, "the note is longer than \(Self.maximumNote) characters")
            }
            do {
                let id = try await session.add(added, today: ISODate.today())
                return Self.json(["id": id], status: .created)
            } catch let refusal as ReviewSession.Refusal { return Self.failure(refusal.status, refusal.reason) }
        }
        router.patch("/api/notes") { request, context -> Response in
            let update: ReviewSession.NoteUpdate
            do { update = try await Self.decode(request, context: context) } catch let refusal as ReviewSession.Refusal {
                return Self.failure(refusal.status, refusal.reason)
            }
            guard (update.note?.count ?? 0) <= Self.maximumNote else {
                return Self.failure(413, "the note is longer than \(Self.maximumNote) characters")
            }
            do {
                try await session.update(update)
                return Self.json(["id": update.id])
            } catch let refusal as ReviewSession.Refusal { return Self.failure(refusal.status, refusal.reason) }
        }
        router.delete("/api/notes") { request, context -> Response in
            let deletion: ReviewSession.NoteDeletion
            do { deletion = try await Self.decode(request, context: context) } catch let refusal as ReviewSession.Refusal {
                return Self.failure(refusal.status, refusal.reason)
            }
            do {
                try await session.delete(deletion)
                return Self.json(["id": deletion.id])
            } catch let refusal as ReviewSession.Refusal { return Self.failure(refusal.status, refusal.reason) }
        }
        return router
    }

    /// The server on `127.0.0.1:port`: the router behind the guard, HTTP/1.1 with the idle timeout (no cap on
    /// connections: a cap is what idle sockets would fill); `onServerRunning` is told the port bound (for port 0).
    public func application(
        port: Int, idleTimeout: Duration = Self.idleTimeout,
        logger: Logger = Logger(label: "tipdiff-review"),
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let seconds = idleTimeout.components
        let nanoseconds = seconds.seconds * 1_000_000_000 + seconds.attoseconds / 1_000_000_000
        return Application(
            router: router(), server: .http1(configuration: .init(idleTimeout: .nanoseconds(nanoseconds))),
            configuration: .init(
                address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }

    /// Raises the soft limit on open descriptors to the hard one, so that a thousand idle local connections do
    /// not exhaust the default 1,024 before the idle timeout closes them; the limit reached, or why not.
    public static func raiseDescriptorLimit() -> Result<UInt64, DescriptorLimitError> {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return .failure(DescriptorLimitError(errno: errno)) }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            guard setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 else { return .failure(DescriptorLimitError(errno: errno)) }
            return .success(UInt64(raised.rlim_cur))
        }
        return .success(UInt64(limit.rlim_cur))
    }

    /// Why the descriptor limit could not be raised.
    public struct DescriptorLimitError: Error, CustomStringConvertible {
        public var errno: Int32
        public var description: String { "cannot raise the open-file limit: " + String(cString: strerror(errno)) }
    }

    /// The report page with our style and script linked in its head. The page's own policy (a meta
    /// element for the static report, which allows no script file and no requests) is taken out: the
    /// server's policy header replaces it.
    static func reviewPage(_ html: [UInt8], version: String) -> [UInt8] {
        var text = String(decoding: html, as: UTF8.self)
        if let meta = text.range(of: "<meta http-equiv=\"Content-Security-Policy\""),
            let end = text[meta.upperBound...].range(of: ">")
        {
            text.removeSubrange(meta.lowerBound..<end.upperBound)
        }
        let links = """
            <meta name="review-version" content="\(version)"><link rel="stylesheet" href="/review.css"><script src="/review.js" defer></script>
            """
        if let head = text.range(of: "</head>") { text.replaceSubrange(head, with: links + "</head>") }
        return Array(text.utf8)
    }

    /// Our script alone may run: the script file and, by its hash, the page's own inline index script.
    static func policy(for html: [UInt8]) -> String {
        var scripts = ["'self'"]
        let text = String(decoding: html, as: UTF8.self)
        var rest = Substring(text)
        while let open = rest.range(of: "<script>"), let close = rest[open.upperBound...].range(of: "</script>") {
            let body = rest[open.upperBound..<close.lowerBound]
            scripts.append("'sha256-\(Data(SHA256.hash(data: Data(body.utf8))).base64EncodedString())'")
            rest = rest[close.upperBound...]
        }
        return "default-src 'none'; script-src \(scripts.joined(separator: " ")); style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    static func decode<T: Decodable>(_ request: Request, context: BasicRequestContext) async throws -> T {
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: maximumBody) } catch {
            throw ReviewSession.Refusal(status: 413, reason: "the request is larger than \(maximumBody) bytes")
        }
        do { return try JSONDecoder().decode(T.self, from: Data(buffer: body)) } catch {
            throw ReviewSession.Refusal(status: 400, reason: "the request is not the JSON expected")
        }
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func failure(_ status: Int, _ reason: String) -> Response {
        json(["error": reason], status: HTTPResponse.Status(code: status))
    }

    static func resource(_ name: String, _ type: String, type contentType: String) -> Response {
        let path =
            Bundle.module.path(forResource: name, ofType: type, inDirectory: "Resources") ?? Bundle.module.bundlePath
            + "/Resources/\(name).\(type)"
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        return Response(
            status: bytes.isEmpty ? .notFound : .ok, headers: [.contentType: contentType, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
