import Foundation

/// A network in CIDR notation (`10.0.0.0/8`, `127.0.0.1`, `::1`, `fd00::/8`): the proxies whose
/// `X-Forwarded-For` XaSo believes.
public struct IPRange: Sendable, Equatable, CustomStringConvertible {
    let network: [UInt8]
    let prefix: Int

    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let bytes = ClientAddress.bytes(String(parts[0])) else { return nil }
        let bits = bytes.count * 8
        var prefix = bits
        if parts.count == 2 {
            guard let p = Int(parts[1]), (0...bits).contains(p) else { return nil }
            prefix = p
        }
        self.network = bytes
        self.prefix = prefix
    }

    public func contains(_ address: [UInt8]) -> Bool {
        guard address.count == network.count else { return false }
        var left = prefix
        for i in 0..<network.count where left > 0 {
            let take = min(8, left)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - take))
            if address[i] & mask != network[i] & mask { return false }
            left -= take
        }
        return true
    }

    public var description: String { "\(ClientAddress.text(network) ?? "?")/\(prefix)" }
}

/// The address a login is counted against. Behind a reverse proxy every request comes from the proxy,
/// so the proxy's `X-Forwarded-For` is read — but only when the direct peer is a configured trusted
/// proxy, and only up to the right-most address no trusted proxy vouches for: anything left of it
/// was written by the client and may be forged.
public enum ClientAddress {
    /// `socket` is the TCP peer; `forwardedFor` the header's values in order (each possibly a list).
    public static func resolve(socket: String?, forwardedFor: [String], trusted: [IPRange]) -> String? {
        guard let socket else { return nil }
        let peer = canonical(socket) ?? socket
        guard !trusted.isEmpty, isTrusted(peer, trusted) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var client = peer
        for hop in hops.reversed() {
            let address = canonical(stripPort(hop)) ?? hop
            client = address
            if !isTrusted(address, trusted) { return address }
        }
        return client
    }

    /// Parses `XASO_TRUSTED_PROXIES` (comma-separated CIDRs); throws `config.trusted_proxies_invalid`.
    public static func parseTrusted(_ text: String) throws -> [IPRange] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { item in
            guard let range = IPRange(item) else {
                throw AppError(.invalid, code: .configTrustedProxiesInvalid,
                               message: "XASO_TRUSTED_PROXIES: '\(item)' is not an IP address or CIDR network",
                               vietnamese: "XASO_TRUSTED_PROXIES: “\(item)” không phải địa chỉ IP hay dải mạng CIDR.")
            }
            return range
        }
    }

    static func isTrusted(_ address: String, _ trusted: [IPRange]) -> Bool {
        guard let b = bytes(address) else { return false }
        return trusted.contains { $0.contains(b) }
    }

    /// "[::1]:443" → "::1", "1.2.3.4:80" → "1.2.3.4"; a bare IPv6 address is left alone.
    static func stripPort(_ s: String) -> String {
        if s.hasPrefix("["), let end = s.firstIndex(of: "]") { return String(s[s.index(after: s.startIndex)..<end]) }
        let colons = s.filter { $0 == ":" }.count
        if colons == 1, let c = s.firstIndex(of: ":") { return String(s[..<c]) }
        return s
    }

    /// The address in its one spelling (IPv4-mapped IPv6 as IPv4), or nil when it is not an address.
    public static func canonical(_ s: String) -> String? {
        bytes(s).flatMap(text)
    }

    /// 4 bytes for IPv4 (and IPv4-mapped IPv6), 16 for IPv6.
    static func bytes(_ s: String) -> [UInt8]? {
        var v4 = in_addr()
        if s.withCString({ inet_pton(AF_INET, $0, &v4) }) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        guard s.withCString({ inet_pton(AF_INET6, $0, &v6) }) == 1 else { return nil }
        let b = withUnsafeBytes(of: &v6) { Array($0) }
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF { return Array(b[12..<16]) }
        return b
    }

    static func text(_ b: [UInt8]) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let ok: Bool = b.withUnsafeBytes { raw in
            inet_ntop(b.count == 4 ? AF_INET : AF_INET6, raw.baseAddress, &buffer, socklen_t(buffer.count)) != nil
        }
        guard ok else { return nil }
        return String(cString: buffer)
    }
}
