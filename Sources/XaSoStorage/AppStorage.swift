import Foundation
import XaSoCore

/// Everything the app asks of storage: one protocol per feature, composed. The app holds an
/// `any AppStorage` (`req.store`, `app.store`): `XaSoStore` on the database, `InMemoryStorage` in
/// tests of handlers and pages. A page or service that needs one or two features takes only those
/// (`some UnitStorage & FigureStorage`), so what it reads is plain from its signature.
///
/// A new feature declares its protocol in `Protocols/`, its records in `Records/`, conforms
/// `XaSoStore` in XaSoPersistence (`StorageConformance.swift`) and adds the protocol here.
public typealias AppStorage = UnitStorage & FrameworkStorage & TargetStorage & FigureStorage & EvaluationStorage
    & PlanStorage & SubmissionStorage & DossierStorage & ReportStorage & AccountStorage & RankingStorage
    & QualityStorage & RollupStorage
