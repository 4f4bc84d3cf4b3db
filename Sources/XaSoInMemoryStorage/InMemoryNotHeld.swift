import Foundation
import XaSoCore
import XaSoStorage

// Features not held in memory: each method throws `InMemoryStorage.notHeld`, never a made-up answer.
// A test of these runs on the database (XaSoStore), as the existing app tests do.

// MARK: plans and tasks

extension InMemoryStorage: PlanStorage {
    public func deletePlan(id: UUID, unitCode: String, actor: Principal) async throws {
        throw Self.notHeld("deletePlan")
    }
    public func departmentMatcher(unitCode: String) async throws -> DepartmentMatcher {
        throw Self.notHeld("departmentMatcher")
    }
    public func createPlan(_ plan: Plan, actor: Principal, today: LocalDay) async throws -> PlanCreation {
        throw Self.notHeld("createPlan")
    }
    public func importPlan(_ parsed: ParsedPlan, unitCode: String, fallbackTitle: String, actor: Principal,
                           today: LocalDay) async throws -> PlanCreation {
        throw Self.notHeld("importPlan")
    }
    public func plans(unitCode: String) async throws -> [PlanListing] {
        throw Self.notHeld("plans")
    }
    public func storedPlan(id: UUID, unitCode: String?) async throws -> StoredPlan {
        throw Self.notHeld("storedPlan")
    }
    public func planProgress(unitCode: String, planID: UUID?, period: ReportingPeriod, today: LocalDay,
                             atRiskWithinDays: Int) async throws -> UnitPlanProgress {
        throw Self.notHeld("planProgress")
    }
    @discardableResult public func feedTrackedTaskShare(unitCode: String, period: ReportingPeriod, actor: Principal,
                                                        today: LocalDay) async throws -> IndicatorValue {
        throw Self.notHeld("feedTrackedTaskShare")
    }
    public func taskStates(unitCode: String, planID: UUID?, department: String?, status: TaskStatus?,
                           today: LocalDay) async throws -> [TaskState] {
        throw Self.notHeld("taskStates")
    }
    public func reminders(unitCode: String, department: String?, withinDays: Int,
                          today: LocalDay) async throws -> UnitReminders {
        throw Self.notHeld("reminders")
    }
    public func storedTask(id: UUID, unitCode: String?) async throws -> StoredTask {
        throw Self.notHeld("storedTask")
    }
    public func taskState(id: UUID, unitCode: String?, today: LocalDay) async throws -> TaskState {
        throw Self.notHeld("taskState")
    }
    public func progressHistory(taskID: UUID, unitCode: String?) async throws -> ProgressHistory {
        throw Self.notHeld("progressHistory")
    }
    public func comments(taskID: UUID, unitCode: String?) async throws -> [TaskComment] {
        throw Self.notHeld("comments")
    }
    public func updateTask(id: UUID, _ changes: TaskChanges, unitCode: String?,
                           actor: Principal) async throws -> StoredTask {
        throw Self.notHeld("updateTask")
    }
    public func postProgress(taskID: UUID, state: ReportedProgress, percent: Int, text: String, attachmentName: String?,
                             date: LocalDay?, unitCode: String?, actor: Principal,
                             today: LocalDay) async throws -> TaskState {
        throw Self.notHeld("postProgress")
    }
    public func comment(taskID: UUID, text: String, unitCode: String?, actor: Principal,
                        today: LocalDay) async throws -> TaskComment {
        throw Self.notHeld("comment")
    }
}

// MARK: submissions

extension InMemoryStorage: SubmissionStorage {
    @discardableResult public func requireSubmissionReview(_ actor: Principal,
                                                           unitCode code: String) async throws -> String {
        throw Self.notHeld("requireSubmissionReview")
    }
    public func requireSubmitPeriod(_ actor: Principal, unitCode code: String) async throws -> AdministrativeUnit {
        throw Self.notHeld("requireSubmitPeriod")
    }
    public func deadlines(provinceCode: String) async throws -> [ProvinceDeadline] {
        throw Self.notHeld("deadlines")
    }
    @discardableResult public func setDeadline(provinceCode: String, key: DeadlineKey, rule: DeadlineRule,
                                               framework: String?, actor: Principal) async throws -> ProvinceDeadline {
        throw Self.notHeld("setDeadline")
    }
    public func submission(unitCode: String, period: ReportingPeriod) async throws -> SubmissionRecord? {
        throw Self.notHeld("submission")
    }
    @discardableResult public func submitPeriod(unitCode: String, period: ReportingPeriod, actor: Principal,
                                                now: Date) async throws -> SubmissionRecord {
        throw Self.notHeld("submitPeriod")
    }
    @discardableResult public func reviewSubmission(unitCode: String, period: ReportingPeriod, to next: SubmissionState,
                                                    reason: String?, actor: Principal,
                                                    now: Date) async throws -> SubmissionRecord {
        throw Self.notHeld("reviewSubmission")
    }
    public func submissionTable(unitCode: String, period: ReportingPeriod, framework: String?,
                                actor: Principal) async throws -> SubmissionTable {
        throw Self.notHeld("submissionTable")
    }
}

// MARK: dossiers

extension InMemoryStorage: DossierStorage {
    @discardableResult public func deleteDossiers(unitCode: String, range: DayRange?,
                                                  actor: Principal) async throws -> Int {
        throw Self.notHeld("deleteDossiers")
    }
    public func dossierStatistics(unitCodes: [String], range: DayRange) async throws -> [String: DossierStatistics] {
        throw Self.notHeld("dossierStatistics")
    }
    public func provinceDossierStatistics(provinceCode: String, range: DayRange) async throws -> DossierRollUp {
        throw Self.notHeld("provinceDossierStatistics")
    }
    public func nationalDossierStatistics(range: DayRange) async throws -> DossierRollUp {
        throw Self.notHeld("nationalDossierStatistics")
    }
    public func requireDossierWrite(_ actor: Principal, unitCode: String) async throws {
        throw Self.notHeld("requireDossierWrite")
    }
    public func procedures(unitCode: String) async throws -> [Procedure] {
        throw Self.notHeld("procedures")
    }
    public func importProcedures(_ list: [Procedure], unitCode: String,
                                 actor: Principal) async throws -> DossierImportSummary {
        throw Self.notHeld("importProcedures")
    }
    public func importDossiers(_ list: [Dossier], unitCode: String,
                               actor: Principal) async throws -> DossierImportSummary {
        throw Self.notHeld("importDossiers")
    }
    public func importDossiers(unitCode: String, actor: Principal,
                               produce: @escaping @Sendable (any DossierImportSink) async throws -> Void) async throws -> DossierImportSummary {
        throw Self.notHeld("importDossiers")
    }
    public func hasDossiers(unitCode: String) async throws -> Bool {
        throw Self.notHeld("hasDossiers")
    }
    public func dossierCount(unitCode: String) async throws -> Int {
        throw Self.notHeld("dossierCount")
    }
    public func dossiers(unitCode: String, range: DayRange) async throws -> [Dossier] {
        throw Self.notHeld("dossiers")
    }
    public func lateDossiers(unitCode: String, range: DayRange) async throws -> [LateDossier] {
        throw Self.notHeld("lateDossiers")
    }
    public func procedureActivity(unitCode: String, range: DayRange) async throws -> [ReportProcedureActivity] {
        throw Self.notHeld("procedureActivity")
    }
}

// MARK: saved reports, kinds and templates

extension InMemoryStorage: ReportStorage {
    public func saveIngested(_ input: IngestSave, actor: Principal) async throws -> IngestSaved {
        throw Self.notHeld("saveIngested")
    }
    public func reportedDossierFigures(unitCode: String, period: ReportingPeriod,
                                       actor: Principal) async throws -> (figures: ReportedDossierFigures,
                                       source: String)? {
        throw Self.notHeld("reportedDossierFigures")
    }
    public func requireKindEdit(_ actor: Principal, provinceCode: String) async throws {
        throw Self.notHeld("requireKindEdit")
    }
    @discardableResult public func saveReportKinds(_ kinds: [ReportKindDefinition], provinceCode: String,
                                                   framework: String?,
                                                   actor: Principal) async throws -> [StoredReportKind] {
        throw Self.notHeld("saveReportKinds")
    }
    public func reportKinds(provinceCode: String) async throws -> [StoredReportKind] {
        throw Self.notHeld("reportKinds")
    }
    public func deleteReportKind(provinceCode: String, code: String, actor: Principal) async throws {
        throw Self.notHeld("deleteReportKind")
    }
    public func requireReportEdit(_ actor: Principal, unitCode: String) async throws {
        throw Self.notHeld("requireReportEdit")
    }
    public func savedReport(unitCode: String, kindCode: String, period: ReportingPeriod) async throws -> SavedReport? {
        throw Self.notHeld("savedReport")
    }
    public func savedReport(unitCode: String, kindCode: String, period: ReportingPeriod,
                            actor: Principal) async throws -> SavedReport? {
        throw Self.notHeld("savedReport")
    }
    public func savedReports(unitCode: String, actor: Principal) async throws -> [SavedReport] {
        throw Self.notHeld("savedReports")
    }
    @discardableResult public func saveReport(unitCode: String, kindCode: String, period: ReportingPeriod,
                                              change: ReportSettingsChange,
                                              actor: Principal) async throws -> SavedReport {
        throw Self.notHeld("saveReport")
    }
    public func startFromPrevious(unitCode: String, kindCode: String, period: ReportingPeriod, narrativeIDs: Set<String>,
                                  actor: Principal) async throws -> StartFromPreviousResult {
        throw Self.notHeld("startFromPrevious")
    }
    public func deleteReport(unitCode: String, kindCode: String, period: ReportingPeriod, actor: Principal) async throws {
        throw Self.notHeld("deleteReport")
    }
    @discardableResult public func saveTemplate(unitCode: String, name: String, content: Data, placeholders: [String],
                                                actor: Principal) async throws -> ReportTemplateInfo {
        throw Self.notHeld("saveTemplate")
    }
    public func templates(unitCode: String, actor: Principal) async throws -> [ReportTemplateInfo] {
        throw Self.notHeld("templates")
    }
    public func template(unitCode: String, name: String) async throws -> (info: ReportTemplateInfo, content: Data) {
        throw Self.notHeld("template")
    }
    public func template(unitCode: String, name: String, actor: Principal) async throws -> (info: ReportTemplateInfo,
                         content: Data) {
        throw Self.notHeld("template")
    }
    public func deleteTemplate(unitCode: String, name: String, actor: Principal) async throws {
        throw Self.notHeld("deleteTemplate")
    }
}

// MARK: users, tokens and the audit log

extension InMemoryStorage: AccountStorage {
    public func setPassword(username: String, passwordHash: String, mustChange: Bool, ownChange: Bool, actor: Principal,
                            keepTokenHash: String?) async throws {
        throw Self.notHeld("setPassword")
    }
    public func setDisabled(username: String, disabled: Bool, actor: Principal) async throws {
        throw Self.notHeld("setDisabled")
    }
    public func sessions(username: String, actor: Principal) async throws -> [SessionInfo] {
        throw Self.notHeld("sessions")
    }
    @discardableResult public func revokeSessions(username: String, id: UUID?, actor: Principal) async throws -> Int {
        throw Self.notHeld("revokeSessions")
    }
    public func activeSessionCounts() async throws -> [UUID: Int] {
        throw Self.notHeld("activeSessionCounts")
    }
    public func loginFailures(usernameKey: String, address: String?, window: TimeInterval,
                              now: Date) async throws -> (username: Int, address: Int) {
        throw Self.notHeld("loginFailures")
    }
    public func recordLoginFailure(usernameKey: String, address: String?, window: TimeInterval, now: Date) async throws {
        throw Self.notHeld("recordLoginFailure")
    }
    public func clearLoginFailures(usernameKey: String) async throws {
        throw Self.notHeld("clearLoginFailures")
    }
    public func createUser(username: String, passwordHash: String, role: Role, unitCode: String?, department: String?,
                           actor: Principal?, mustChangePassword: Bool) async throws -> StoredUser {
        throw Self.notHeld("createUser")
    }
    public func auditLog(entity: String?, key: String?, limit: Int) async throws -> [AuditEntry] {
        throw Self.notHeld("auditLog")
    }
}

// MARK: index weights and rankings

extension InMemoryStorage: RankingStorage {
    public func indexWeights(provinceCode: String, actor: Principal) async throws -> IndexWeights {
        throw Self.notHeld("indexWeights")
    }
    public func requireIndexWeightsEdit(_ actor: Principal, provinceCode: String) async throws {
        throw Self.notHeld("requireIndexWeightsEdit")
    }
    @discardableResult public func saveIndexWeights(_ codes: [String: Double], provinceCode: String,
                                                    actor: Principal) async throws -> IndexWeights {
        throw Self.notHeld("saveIndexWeights")
    }
    public func provinceRanking(provinceCode: String, period: ReportingPeriod, framework: String?,
                                actor: Principal) async throws -> [RankingRow] {
        throw Self.notHeld("provinceRanking")
    }
}

// MARK: data-quality checks

extension InMemoryStorage: QualityStorage {
    public func qualityFlags(unitCode: String, period: ReportingPeriod,
                             actor: Principal) async throws -> [DataQualityFlag] {
        throw Self.notHeld("qualityFlags")
    }
    public func requireQualityCheck(_ actor: Principal, unitCode: String) async throws -> AdministrativeUnit {
        throw Self.notHeld("requireQualityCheck")
    }
    public func markQualityChecked(unitCode: String, indicatorCode: String, period: ReportingPeriod,
                                   kind: DataQualityKind, note: String?, actor: Principal,
                                   now: Date) async throws -> DataQualityFlag {
        throw Self.notHeld("markQualityChecked")
    }
}

// MARK: the national roll-ups

extension InMemoryStorage: RollupStorage {
    @discardableResult public func refreshProvinceRollup(provinceCode: String, period: ReportingPeriod,
                                                         now: Date) async throws -> ProvinceRollup {
        throw Self.notHeld("refreshProvinceRollup")
    }
    public func nationalRollups(period: ReportingPeriod, actor: Principal) async throws -> [NationalRow] {
        throw Self.notHeld("nationalRollups")
    }
}
