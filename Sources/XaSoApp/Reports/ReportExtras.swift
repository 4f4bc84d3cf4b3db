import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// Where a report's dossier figures and plan progress come from. Both are optional: a kind that
/// uses them prints a line saying the data is missing when a source is not connected or has
/// nothing for the period. The dossier and plan storage connect here (see `standard`), so the
/// report code does not depend on how they are stored.
public struct ReportExtras: Sendable {
    /// The dossier figures of a commune over the days a report of the period covers (`ReportDossierRange`).
    public typealias DossierSource = @Sendable (_ store: any AppStorage, _ unitCode: String,
                                                _ range: DayRange) async throws -> ReportDossierFigures?
    /// The progress of the commune's plan that a report of the period describes.
    public typealias PlanSource = @Sendable (_ store: any AppStorage, _ unitCode: String,
                                             _ period: ReportingPeriod) async throws -> ReportPlanProgress?

    public var dossiers: DossierSource?
    public var plan: PlanSource?

    public init(dossiers: DossierSource? = nil, plan: PlanSource? = nil) {
        self.dossiers = dossiers
        self.plan = plan
    }

    /// What every application starts with: the stored dossier ledger and plans.
    public static let standard = ReportExtras(dossiers: ReportSources.dossiers, plan: ReportSources.plan)
}

extension Application {
    private struct ReportExtrasKey: StorageKey {
        typealias Value = ReportExtras
    }

    private struct PDFConverterKey: StorageKey {
        typealias Value = PDFConverter
    }

    /// The sources of dossier figures and plan progress reports read; `ReportExtras.standard`
    /// unless configured otherwise.
    public var reportExtras: ReportExtras {
        get { storage[ReportExtrasKey.self] ?? .standard }
        set { storage[ReportExtrasKey.self] = newValue }
    }

    /// LibreOffice as found on this server; tests swap in a missing one to see the 503.
    public var reportPDFConverter: PDFConverter {
        get { storage[PDFConverterKey.self] ?? PDFConverter() }
        set { storage[PDFConverterKey.self] = newValue }
    }

    var reportService: ReportService {
        ReportService(store: store, extras: reportExtras, pdf: reportPDFConverter)
    }
}

extension Request {
    var reportService: ReportService {
        ReportService(store: store, extras: application.reportExtras, pdf: application.reportPDFConverter)
    }
}
