import Foundation
import XaSoCore

/// Saved reports, report kinds, templates, and reports read back from old documents.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol ReportStorage: Sendable {
    func saveIngested(_ input: IngestSave, actor: Principal) async throws -> IngestSaved
    func reportedDossierFigures(unitCode: String, period: ReportingPeriod,
                                actor: Principal) async throws -> (figures: ReportedDossierFigures, source: String)?

    func requireKindEdit(_ actor: Principal, provinceCode: String) async throws
    @discardableResult func saveReportKinds(_ kinds: [ReportKindDefinition], provinceCode: String, framework: String?,
                                            actor: Principal) async throws -> [StoredReportKind]
    func reportKinds(provinceCode: String) async throws -> [StoredReportKind]
    func deleteReportKind(provinceCode: String, code: String, actor: Principal) async throws

    func requireReportEdit(_ actor: Principal, unitCode: String) async throws
    func savedReport(unitCode: String, kindCode: String, period: ReportingPeriod) async throws -> SavedReport?
    func savedReport(unitCode: String, kindCode: String, period: ReportingPeriod,
                     actor: Principal) async throws -> SavedReport?
    func savedReports(unitCode: String, actor: Principal) async throws -> [SavedReport]
    @discardableResult func saveReport(unitCode: String, kindCode: String, period: ReportingPeriod,
                                       change: ReportSettingsChange, actor: Principal) async throws -> SavedReport
    func startFromPrevious(unitCode: String, kindCode: String, period: ReportingPeriod, narrativeIDs: Set<String>,
                           actor: Principal) async throws -> StartFromPreviousResult
    func deleteReport(unitCode: String, kindCode: String, period: ReportingPeriod, actor: Principal) async throws

    @discardableResult func saveTemplate(unitCode: String, name: String, content: Data, placeholders: [String],
                                         actor: Principal) async throws -> ReportTemplateInfo
    func templates(unitCode: String, actor: Principal) async throws -> [ReportTemplateInfo]
    func template(unitCode: String, name: String) async throws -> (info: ReportTemplateInfo, content: Data)
    func template(unitCode: String, name: String, actor: Principal) async throws -> (info: ReportTemplateInfo,
                  content: Data)
    func deleteTemplate(unitCode: String, name: String, actor: Principal) async throws
}
