import FluentKit
import Foundation
import SQLKit

/// Issue #13: the targets of the NQ71 and NQ57-5N appendices ("Top 50 của thành phố", "Đạt mức cao của
/// TP") are Hải Phòng's plan's, not national; databases seeded before stored them as national, so every
/// commune of the country was judged against them. They become province 31's; the catalogue version
/// changes so every server reloads. New databases seed them so (`FrameworkCatalog.targetScopes`).
struct MoveProvincePlanTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE targets SET scope = '31'
            WHERE scope = '' AND indicator_code IN (SELECT code FROM indicators WHERE framework_code IN ('NQ71', 'NQ57-5N'))
            """).run()
        try await sql.raw("UPDATE settings SET value = \(bind: UUID().uuidString) WHERE \"key\" = 'catalogue_version'").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE targets SET scope = ''
            WHERE scope = '31' AND indicator_code IN (SELECT code FROM indicators WHERE framework_code IN ('NQ71', 'NQ57-5N'))
            """).run()
    }
}
