import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

extension DatabaseTests {
    /// Issue #15 item 9: headers on the API as on the pages, HSTS over HTTPS, a `next=` that cannot
    /// leave the site, and a database file only the server can read.
    @Suite struct SecurityHeaders {
        @Test func apiResponsesCarryAPolicyAndNosniff() async throws {
            try await withApp(sample: true) { app in
                let token = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let me = try await app.send(.GET, "/api/v1/me", token: token)
                #expect(me.status == .ok)
                #expect(me.headers.first(name: "Content-Security-Policy")
                    == "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                #expect(me.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(me.headers.first(name: "X-Frame-Options") == "DENY")
                #expect(me.headers.first(name: "Strict-Transport-Security") == nil)
                // Errors too: the 401 is built by the error middleware, inside this one.
                let denied = try await app.send(.GET, "/api/v1/me")
                #expect(denied.status == .unauthorized)
                #expect(denied.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(denied.headers.first(name: "Content-Security-Policy")?.hasPrefix("default-src 'none'") == true)
                // The HTML report: its inline styles, nothing else.
                let html = try await app.send(.GET, "/api/v1/units/\(Ref.giaPhuc)/reports/quarterly-cds/2025-Q3/document?format=html",
                                              token: token)
                #expect(html.status == .ok)
                #expect(html.headers.first(name: "Content-Security-Policy")
                    == "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                #expect(html.headers.first(name: "X-Content-Type-Options") == "nosniff")
                // Pages keep their own policy.
                let login = try await app.send(.GET, "/login")
                #expect(login.headers.first(name: "Content-Security-Policy")?.hasPrefix("default-src 'self'") == true)
                #expect(login.headers.first(name: "X-Content-Type-Options") == "nosniff")
            }
        }

        /// `X-Forwarded-Proto` counts only when the config says a proxy sets it.
        @Test func hstsOnlyOverHTTPS() async throws {
            let https = [("X-Forwarded-Proto", "https")]
            try await withApp { app in
                let untrusted = try await app.send(.GET, "/login", headers: https)
                #expect(untrusted.headers.first(name: "Strict-Transport-Security") == nil)
            }
            try await withConfiguredApp({ $0.trustForwardedProto = true }) { app in
                for path in ["/login", "/api/v1/openapi.json", "/api/v1/me"] {
                    let res = try await app.send(.GET, path, headers: https)
                    #expect(res.headers.first(name: "Strict-Transport-Security") == "max-age=31536000; includeSubDomains", "\(path)")
                }
                let plain = try await app.send(.GET, "/login", headers: [("X-Forwarded-Proto", "http, https")])
                #expect(plain.headers.first(name: "Strict-Transport-Security") == nil)
                let chain = try await app.send(.GET, "/login", headers: [("X-Forwarded-Proto", "HTTPS, http")])
                #expect(chain.headers.first(name: "Strict-Transport-Security") != nil)
            }
        }

        @Test func nextMustStayOnTheSite() {
            let refused = ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "//evil.example", "/\\evil.example",
                           "/%09/evil.example", "/%2F%2Fevil.example", "/%2f/evil.example", "/%5Cevil.example",
                           "/%0D%0A/evil.example", "https://evil.example", "/x?u=https://evil.example", " /units",
                           "/%E0%A4%A", "evil.example", "/units 1", "/%2509/evil.example/%ZZ", ""]
            for next in refused { #expect(WebPath.safeNext(next) == nil, "\(next.debugDescription)") }
            let kept = ["/units/11050", "/units/11050/reports?kind=quarterly-cds&period=2025-Q3",
                        "/units?q=ngh%C4%A9%20d%C6%B0%C6%A1ng", "/"]
            for next in kept { #expect(WebPath.safeNext(next) == next) }
        }

        /// The login page given `next=/%09/evil.example` keeps no `next` at all; a good one is kept.
        @Test func loginPageDropsAnUnsafeNext() async throws {
            try await withApp { app in
                let bad = try await app.send(.GET, "/login?next=/%09/evil.example")
                #expect(bad.status == .ok)
                #expect(!bad.body.string.contains("name=\"next\""))
                #expect(!bad.body.string.contains("evil.example"))
                let good = try await app.send(.GET, "/login?next=%2Funits%2F11050")
                #expect(good.body.string.contains("value=\"/units/11050\""))
            }
        }

        /// A new SQLite file and the -wal and -shm SQLite makes beside it are the owner's only,
        /// under the usual umask 022; an older file left world-readable is narrowed at start.
        @Test func sqliteFilesAreOwnerOnly() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-perm-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let old = umask(0o022)
            defer { umask(old) }
            func mode(_ path: String) throws -> Int {
                try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
            }
            let path = folder.appendingPathComponent("xaso.sqlite").path
            let app = try await Application.make(.testing)
            app.logger.logLevel = .error
            do {
                try await configure(app, AppConfig(databaseURL: "sqlite://\(path)", announceAdminPassword: false))
                _ = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                for file in [path, path + "-wal", path + "-shm"] {
                    #expect(FileManager.default.fileExists(atPath: file), "\(file)")
                    let m = try mode(file)
                    #expect(m == 0o600, "\(file)")
                }
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
            // Widened by hand, narrowed again by the next start.
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            try DatabaseFilePermissions.restrict(path: path)
            let narrowed = try mode(path)
            #expect(narrowed == 0o600)
        }
    }
}
