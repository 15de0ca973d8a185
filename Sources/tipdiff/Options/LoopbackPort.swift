import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP port on 127.0.0.1, tried before the review server starts so that a busy port is named in words.
enum LoopbackPort {
    /// Throws when `port` cannot be listened on: another server holds it, or it needs privileges. Any other
    /// failure is left to the server's own bind to report.
    static func checkFree(_ port: Int) throws(UsageError) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        // As the server sets it: a port left in TIME_WAIT by an earlier run is free.
        var yes: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result != 0 else { return }
        switch errno {
        case EADDRINUSE: throw UsageError(message: "port \(port) is in use; give --port N or stop the other server")
        case EACCES: throw UsageError(message: "port \(port) needs privileges; give --port N (1024 or above)")
        default: return
        }
    }
}
