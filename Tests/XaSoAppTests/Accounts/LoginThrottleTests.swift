import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The login throttle: per username (case-folded) and per address, counted in the database.
    @Suite struct LoginThrottle {
        static let office = "203.0.113.7"      // a commune office's NAT: attacker and officials alike
        static let elsewhere = "198.51.100.20"

        static func attempt(_ app: Application, _ user: String, _ password: String, from address: String?) async -> String {
            do {
                _ = try await LoginGate.verify(username: user, password: password, address: address, app: app, store: app.store)
                return "ok"
            } catch let e as AppError {
                return e.code.rawValue
            } catch {
                return "\(error)"
            }
        }

        @Test func aNameIsLockedAfterFiveFailuresButAnOfficialBehindTheSameAddressStillSignsIn() async throws {
            try await withApp { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.makeUser("gp-vanthu", role: .viewer, unit: Ref.giaPhuc)
                for _ in 0..<5 {
                    #expect(await Self.attempt(app, "gp-admin", "doan-bua-1", from: Self.office) == "auth.invalid")
                }
                // The name is locked, whatever the address and even with the right password.
                #expect(await Self.attempt(app, "gp-admin", "mat-khau-123", from: Self.office) == "auth.throttled")
                #expect(await Self.attempt(app, "gp-admin", "mat-khau-123", from: Self.elsewhere) == "auth.throttled")
                // A colleague in the same office, same address, is not.
                #expect(await Self.attempt(app, "gp-vanthu", "mat-khau-123", from: Self.office) == "ok")
                // The counts are rows in the database (every server sees them): 5 for the name, 5 for the address.
                let counts = try await app.store.loginFailures(usernameKey: "gp-admin", address: Self.office,
                                                               window: LoginGate.policy.window)
                #expect(counts.username == 5)
                #expect(counts.address == 5)
            }
        }

        @Test func oneAddressIsStoppedAfterAHundredFailuresAcrossNames() async throws {
            try await withApp { app in
                try await app.makeUser("gp-vanthu", role: .viewer, unit: Ref.giaPhuc)
                // One failure each for 100 different names: no name reaches 5.
                for i in 0..<100 {
                    #expect(await Self.attempt(app, "khong-co-\(i)", "x", from: Self.office) == "auth.invalid")
                }
                #expect(await Self.attempt(app, "gp-vanthu", "mat-khau-123", from: Self.office) == "auth.throttled")
                #expect(await Self.attempt(app, "gp-vanthu", "mat-khau-123", from: Self.elsewhere) == "ok")
            }
        }

        @Test func namesAreCountedCaseFoldedAndASuccessClearsOnlyItsOwnName() async throws {
            try await withApp { app in
                try await app.makeUser("thu-sai", role: .viewer, unit: Ref.giaPhuc)
                try await app.makeUser("gp-vanthu", role: .viewer, unit: Ref.giaPhuc)
                // Three spellings of one name: one count.
                #expect(await Self.attempt(app, "Thu-Sai", "sai", from: nil) == "auth.invalid")
                #expect(await Self.attempt(app, "THU-SAI", "sai", from: nil) == "auth.invalid")
                #expect(await Self.attempt(app, " thu-sai ", "sai", from: nil) == "auth.invalid")
                #expect(await Self.attempt(app, "thu-sai", "sai", from: nil) == "auth.invalid")
                // Another user's success, under any spelling, does not reset this count.
                #expect(await Self.attempt(app, "GP-VANTHU", "mat-khau-123", from: nil) == "ok")
                #expect(await Self.attempt(app, "Thu-sai", "sai", from: nil) == "auth.invalid")
                #expect(await Self.attempt(app, "thu-sai", "mat-khau-123", from: nil) == "auth.throttled")
                // Signing in is case-insensitive too: the name is one account.
                let other = try await app.store.user(named: "GP-VanThu")
                #expect(other?.username == "gp-vanthu")
            }
        }

        @Test func aSuccessBeforeTheLimitResetsTheNameButNotTheAddress() async throws {
            try await withApp { app in
                try await app.makeUser("gp-vanthu", role: .viewer, unit: Ref.giaPhuc)
                for _ in 0..<4 { #expect(await Self.attempt(app, "gp-vanthu", "sai", from: Self.office) == "auth.invalid") }
                #expect(await Self.attempt(app, "gp-vanthu", "mat-khau-123", from: Self.office) == "ok")
                let counts = try await app.store.loginFailures(usernameKey: "gp-vanthu", address: Self.office,
                                                               window: LoginGate.policy.window)
                #expect(counts.username == 0)
                #expect(counts.address == 4)
            }
        }

        @Test func failuresOlderThanTheWindowNoLongerCount() async throws {
            try await withApp { app in
                let window = LoginGate.policy.window
                let old = Date().addingTimeInterval(-window - 60)
                for _ in 0..<5 {
                    try await app.store.recordLoginFailure(usernameKey: "gp-vanthu", address: Self.office, window: window, now: old)
                }
                let counts = try await app.store.loginFailures(usernameKey: "gp-vanthu", address: Self.office, window: window)
                #expect(counts.username == 0)
                #expect(counts.address == 0)
                // A new failure removes the expired rows on its way.
                try await app.store.recordLoginFailure(usernameKey: "gp-vanthu", address: Self.office, window: window)
                let rows = try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM login_failures").first()?
                    .decode(column: "n", as: Int.self)
                #expect(rows == 2)
            }
        }

        /// Through a real socket (127.0.0.1): `X-Forwarded-For` names the client only when the peer is trusted.
        @Test func forwardedAddressIsHonouredOnlyFromTrustedProxies() async throws {
            for trusted in [true, false] {
                try await withApp { app in
                    app.trustedProxies = trusted ? try ClientAddress.parseTrusted("127.0.0.1, 10.0.0.0/8") : []
                    // Port 0: the system picks a free one.
                    let live = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
                    var headers = HTTPHeaders()
                    // The client forged the left-most entry; the proxy appended the address it saw.
                    headers.add(name: "X-Forwarded-For", value: "6.6.6.6, 203.0.113.50")
                    headers.contentType = .json
                    try await live.test(.POST, "/api/v1/auth/token", headers: headers,
                                        body: ByteBuffer(string: #"{"username":"khong-co","password":"x"}"#)) { res in
                        #expect(res.status == .unauthorized)
                    }
                    let subjects = try await (app.db as! any SQLDatabase)
                        .raw("SELECT subject FROM login_failures WHERE scope = 'address'").all()
                        .map { try $0.decode(column: "subject", as: String.self) }
                    #expect(subjects == [trusted ? "203.0.113.50" : "127.0.0.1"])
                }
            }
        }
    }
}

/// Resolving the client address behind proxies: pure logic, no database.
@Suite struct ClientAddressTests {
    let trusted = try! ClientAddress.parseTrusted("127.0.0.1,10.0.0.0/8,fd00::/8")

    @Test func withoutTrustedProxiesTheSocketCounts() {
        #expect(ClientAddress.resolve(socket: "192.0.2.1", forwardedFor: ["203.0.113.9"], trusted: []) == "192.0.2.1")
    }

    @Test func fromAnUntrustedPeerTheHeaderIsIgnored() {
        #expect(ClientAddress.resolve(socket: "198.51.100.1", forwardedFor: ["203.0.113.9"], trusted: trusted) == "198.51.100.1")
    }

    @Test func theRightMostUntrustedEntryIsTheClient() {
        #expect(ClientAddress.resolve(socket: "127.0.0.1", forwardedFor: ["6.6.6.6, 203.0.113.9, 10.1.2.3"],
                                      trusted: trusted) == "203.0.113.9")
        // Several header lines read as one list, in order.
        #expect(ClientAddress.resolve(socket: "10.0.0.5", forwardedFor: ["6.6.6.6", "203.0.113.9:5123"],
                                      trusted: trusted) == "203.0.113.9")
        // Only proxies in the header: the left-most one.
        #expect(ClientAddress.resolve(socket: "127.0.0.1", forwardedFor: ["10.9.9.9"], trusted: trusted) == "10.9.9.9")
        // No header at all: the proxy itself.
        #expect(ClientAddress.resolve(socket: "127.0.0.1", forwardedFor: [], trusted: trusted) == "127.0.0.1")
    }

    @Test func addressesAreComparedInOneSpelling() {
        #expect(ClientAddress.resolve(socket: "::ffff:127.0.0.1", forwardedFor: ["203.0.113.9"], trusted: trusted) == "203.0.113.9")
        #expect(ClientAddress.resolve(socket: "fd00::1", forwardedFor: ["[2001:db8::7]:443"], trusted: trusted) == "2001:db8::7")
        #expect(ClientAddress.resolve(socket: "fe80::1", forwardedFor: ["203.0.113.9"], trusted: trusted) == "fe80::1")
    }

    @Test func cidrRangesMatchByPrefix() throws {
        let range = try #require(IPRange("10.0.0.0/8"))
        #expect(range.contains([10, 255, 0, 1]))
        #expect(!range.contains([11, 0, 0, 1]))
        let narrow = try #require(IPRange("192.168.1.128/25"))
        #expect(narrow.contains([192, 168, 1, 200]))
        #expect(!narrow.contains([192, 168, 1, 127]))
    }

    @Test func aWrongProxySettingIsANamedError() {
        for bad in ["10.0.0.0/33", "proxy.local", "1.2.3.4/x"] {
            #expect(throws: AppError.self) { try ClientAddress.parseTrusted(bad) }
            do { _ = try ClientAddress.parseTrusted(bad) } catch let e as AppError {
                #expect(e.code == "config.trusted_proxies_invalid")
            } catch {}
        }
    }
}
