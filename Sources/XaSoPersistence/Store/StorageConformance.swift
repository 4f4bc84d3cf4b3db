import XaSoStorage

// The app's storage needs (XaSoStorage) met on the database: the methods are in the feature
// folders' extensions; these lines only declare it.
extension XaSoStore: UnitStorage {}
extension XaSoStore: FrameworkStorage {}
extension XaSoStore: TargetStorage {}
extension XaSoStore: FigureStorage {}
extension XaSoStore: EvaluationStorage {}
extension XaSoStore: PlanStorage {}
extension XaSoStore: SubmissionStorage {}
extension XaSoStore: DossierStorage {}
extension XaSoStore: ReportStorage {}
extension XaSoStore: AccountStorage {}
extension XaSoStore: RankingStorage {}
extension XaSoStore: QualityStorage {}
extension XaSoStore: RollupStorage {}
