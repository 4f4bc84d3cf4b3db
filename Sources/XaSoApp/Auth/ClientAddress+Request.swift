import Vapor
import XaSoCore

/// The proxies configured in `XASO_TRUSTED_PROXIES` (see `AppConfig.trustedProxies`), set once by `configure`.
struct TrustedProxiesKey: StorageKey { typealias Value = [IPRange] }

extension Application {
    var trustedProxies: [IPRange] {
        get { storage[TrustedProxiesKey.self] ?? [] }
        set { storage[TrustedProxiesKey.self] = newValue }
    }
}

extension Request {
    /// The client's address as the login throttle counts it: the socket peer, or behind a trusted
    /// proxy the right-most untrusted `X-Forwarded-For` entry (`ClientAddress.resolve`).
    var clientAddress: String? {
        ClientAddress.resolve(socket: remoteAddress?.ipAddress, forwardedFor: headers["X-Forwarded-For"],
                              trusted: application.trustedProxies)
    }
}
