import Vapor
@testable import XaSoApp
import XaSoCore
import XaSoFixtures

extension SyntheticLedger {
    /// Who the ledger tests store catalogues and dossiers as.
    static let testAdmin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)

    /// The ledger's catalogue stored for `unit`, and `count` dossiers of its commune 1 parsed against
    /// it, not stored: what each ledger test starts from.
    func catalogueStored(for unit: String, dossiers count: Int, in app: Application) async throws -> (procedures: [Procedure], dossiers: [Dossier]) {
        let procedures = procedures()
        _ = try await app.store.importProcedures(procedures, unitCode: unit, actor: Self.testAdmin)
        return (procedures, try DossierLedgerParser.parse(rows: dossierRows(commune: 1, count: count), knownProcedures: procedures))
    }
}
