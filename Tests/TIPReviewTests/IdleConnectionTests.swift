import Foundation
import Hummingbird
import TIPJobs
import TIPReport
import TIPReportsFolder
import TIPReview
import TIPTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP connection to 127.0.0.1:`port` that waits at most `seconds` for a read.
private func connectLocal(_ port: Int, readTimeout seconds: Int) -> Int32? {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { return nil }
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else {
        close(socket)
        return nil
    }
    return socket
}

/// What the socket reads until the peer closes it or the read times out; `closed` tells which.
private func readAll(_ socket: Int32) -> (text: String, closed: Bool) {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = recv(socket, &buffer, buffer.count, 0)
        if count == 0 { return (String(decoding: bytes, as: UTF8.self), true) }
        if count < 0 { return (String(decoding: bytes, as: UTF8.self), false) }
        bytes += buffer[..<count]
    }
}

/// The review server on a real socket: connections that send nothing are closed after the idle timeout,
/// and a crowd of them past the connection limit does not keep a reviewer's request out.
///
/// Real sockets against the shared event loops: run in a process of their own (`.ci/run` does, with
/// TIPDIFF_SOCKET_TESTS=1), since other suites running beside them in one process can hold the loops busy
/// past the timeouts these tests measure.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["TIPDIFF_SOCKET_TESTS"] == "1"))
struct IdleConnectionTests {
    private func server() throws -> ReviewServer {
        let root = try TestFolders.folder("tipdiff-idle", create: false)
        for year in ["2024", "2025"] {
            let folder = root.appendingPathComponent("Reports/\(year)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: Seed.path("Reports/\(year)/cuba.txt"), toPath: folder.appendingPathComponent("cuba.txt").path)
        }
        let folder = try ReportsFolder(root: root.appendingPathComponent("Reports").path)
        let result = try ReportJob(folder: folder, tool: "t").run(editions: nil, annotations: [], explicit: false)
        let session = ReviewSession(
            comparison: result.report.comparison, tool: "t", files: [], targets: ["cuba": root.appendingPathComponent("n.yaml").path],
            token: "secret", countryKey: folder.countryKey)
        return ReviewServer(session: session, hosts: ["localhost"])
    }

    @Test func theOpenFileLimitIsRaisedToTheHardOne() throws {
        let raised = try ReviewServer.raiseDescriptorLimit().get()
        var limit = rlimit()
        #expect(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0)
        #expect(UInt64(limit.rlim_cur) == raised && limit.rlim_cur == limit.rlim_max)
    }

    @Test func idleSocketsAreClosedAndTheReviewerStillGetsIn() async throws {
        let server = try server()
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let app = server.application(
            port: 0, idleTimeout: .seconds(2),
            onServerRunning: { port in announce.yield(port) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var next = ports.makeAsyncIterator()
            let port = try #require(await next.next())
            // Idle sockets, each sending nothing; the reviewer is served while they are still open.
            let idle = (0..<40).compactMap { _ in connectLocal(port, readTimeout: 10) }
            #expect(idle.count == 40)
            let started = Date()
            let reviewer = try #require(connectLocal(port, readTimeout: 10))
            let request = "GET /api/version HTTP/1.1\r\nHost: localhost\r\nX-Review-Token: secret\r\nConnection: close\r\n\r\n"
            _ = request.withCString { send(reviewer, $0, strlen($0), 0) }
            let answer = readAll(reviewer)
            close(reviewer)
            #expect(answer.text.hasPrefix("HTTP/1.1 200"), "\(answer.text)")
            #expect(answer.text.contains("\"version\""))
            // Then the idle ones are closed by the server, in about the timeout, not left open.
            for socket in idle {
                #expect(readAll(socket).closed, "an idle connection was left open")
                close(socket)
            }
            #expect(Date().timeIntervalSince(started) < 10)
            // Every connection closed on both sides before the server stops.
            try await Task.sleep(for: .milliseconds(300))
            group.cancelAll()
        }
    }
}
