import FluentKit
import SQLKit

/// Dossier codes are national (the portal numbers them): this index finds a code in another
/// commune's ledger, so importing one commune's export into another is refused.
struct AddDossierCodeIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sqlDatabase().create(index: "dossiers_code").on("dossiers").column("code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sqlDatabase().drop(index: "dossiers_code").run()
    }
}
