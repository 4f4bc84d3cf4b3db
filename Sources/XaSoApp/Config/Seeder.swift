import Fluent
import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// First-start data: the official units, the national frameworks, the first admin, and on request
/// the sample commune. Every step is idempotent, so `xaso seed` may run any number of times.
public enum Seeder {
    public struct Result: Sendable, Codable {
        public var unitsAdded: Int
        public var indicatorsAdded: Int
        public var sampleValues: Int
        public var adminCreated: Bool
    }

    @discardableResult
    public static func seed(_ app: Application, sample: Bool, announce: Bool) async throws -> Result {
        let store = app.sqlStore
        let units = try await store.seedUnits(UnitCatalog.official())
        let indicators = try await store.seedFrameworks(FrameworkCatalog.official())
        var adminCreated = false
        if try await store.userCount() == 0 {
            let password = PasswordGenerator.make()
            _ = try await store.createUser(username: "admin", passwordHash: try app.password.hash(password), role: .admin,
                                           unitCode: nil, department: nil, actor: nil, mustChangePassword: true)
            // One-time: the web and the API ask for a new password before anything else (docs/accounts.md).
            adminCreated = true
            if announce {
                // Printed once: it is stored only as a bcrypt hash.
                // Unbuffered: the server keeps running, and a redirected stdout would hold a print() back.
                FileHandle.standardOutput.write(Data("""
                    XaSo: created user 'admin' with one-time password: \(password)
                    XaSo: đã tạo tài khoản 'admin', mật khẩu dùng một lần: \(password)

                    """.utf8))
            }
        }
        var sampleCount = 0
        if sample { sampleCount = try await SampleData.load(into: store) }
        return Result(unitsAdded: units, indicatorsAdded: indicators, sampleValues: sampleCount, adminCreated: adminCreated)
    }
}

enum PasswordGenerator {
    /// 16 characters without look-alikes (0/O, 1/l/I), easy to read out over the phone.
    static func make() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var rng = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int(rng.next(upperBound: UInt64(alphabet.count)))] })
    }
}
