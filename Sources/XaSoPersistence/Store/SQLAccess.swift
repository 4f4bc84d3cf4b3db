import FluentKit
import XaSoCore
import SQLKit

extension Database {
    /// The SQL side of a Fluent database. Both drivers XaSo configures are SQL databases, so this
    /// fails only for a database someone plugs in that is not; it throws instead of trapping.
    public func sqlDatabase() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            throw AppError(.unavailable, code: .storageNotSql, message: "the configured database does not speak SQL",
                           vietnamese: "Cơ sở dữ liệu được cấu hình không hỗ trợ SQL.")
        }
        return sql
    }
}
