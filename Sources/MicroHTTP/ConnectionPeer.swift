import CMicroHTTPD

/// The far end of one connection: read once, when libmicrohttpd accepts the connection, and kept
/// in the connection's socket context until it closes, so that each request on the connection
/// carries the peer's address without reading it again.
final class ConnectionPeer {
    /// The peer's address as text (`127.0.0.1`, `::1`); `nil` when libmicrohttpd does not know it.
    let address: String?

    private init(connection: OpaquePointer) {
        // INET6_ADDRSTRLEN (46) bytes hold any address inet_ntop writes.
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 48) { buffer in
            understudy_mhd_peer_address(connection, buffer.baseAddress!, socklen_t(buffer.count))
            return String(cString: buffer.baseAddress!)
        }
        address = text.isEmpty ? nil : text
    }

    /// The address of the peer of `connection`, as its start recorded it.
    static func address(of connection: OpaquePointer) -> String? {
        guard let raw = understudy_mhd_socket_context(connection) else { return nil }
        return Unmanaged<ConnectionPeer>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.address }
    }

    /// libmicrohttpd's connection notification: keeps a peer from start to close.
    static let notify: MHD_NotifyConnectionCallback = { _, connection, socketContext, code in
        guard let connection, let socketContext else { return }
        if code == understudy_mhd_connection_started {
            socketContext.pointee = Unmanaged.passRetained(ConnectionPeer(connection: connection)).toOpaque()
        } else if code == understudy_mhd_connection_closed, let raw = socketContext.pointee {
            Unmanaged<ConnectionPeer>.fromOpaque(raw).release()
            socketContext.pointee = nil
        }
    }
}
