import Foundation
import XaSoCore

/// Procedure catalogues and dossier ledgers, and the statistics drawn from them.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol DossierStorage: Sendable {
    @discardableResult func deleteDossiers(unitCode: String, range: DayRange?, actor: Principal) async throws -> Int

    func dossierStatistics(unitCodes: [String], range: DayRange) async throws -> [String: DossierStatistics]
    func provinceDossierStatistics(provinceCode: String, range: DayRange) async throws -> DossierRollUp
    /// Each province's totals and the country's, for one range.
    func nationalDossierStatistics(range: DayRange) async throws -> DossierRollUp

    func requireDossierWrite(_ actor: Principal, unitCode: String) async throws
    func procedures(unitCode: String) async throws -> [Procedure]
    func importProcedures(_ list: [Procedure], unitCode: String, actor: Principal) async throws -> DossierImportSummary
    func importDossiers(_ list: [Dossier], unitCode: String, actor: Principal) async throws -> DossierImportSummary
    func importDossiers(unitCode: String, actor: Principal,
                        produce: @escaping @Sendable (any DossierImportSink) async throws -> Void) async throws -> DossierImportSummary
    func hasDossiers(unitCode: String) async throws -> Bool
    func dossierCount(unitCode: String) async throws -> Int
    func dossiers(unitCode: String, range: DayRange) async throws -> [Dossier]
    func lateDossiers(unitCode: String, range: DayRange) async throws -> [LateDossier]

    func procedureActivity(unitCode: String, range: DayRange) async throws -> [ReportProcedureActivity]
}
