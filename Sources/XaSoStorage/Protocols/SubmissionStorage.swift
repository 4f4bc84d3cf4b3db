import Foundation
import XaSoCore

/// A commune's period submission, its review, and the province's deadlines.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol SubmissionStorage: Sendable {
    @discardableResult func requireSubmissionReview(_ actor: Principal, unitCode code: String) async throws -> String
    func requireSubmitPeriod(_ actor: Principal, unitCode code: String) async throws -> AdministrativeUnit
    func deadlines(provinceCode: String) async throws -> [ProvinceDeadline]
    @discardableResult func setDeadline(provinceCode: String, key: DeadlineKey, rule: DeadlineRule, framework: String?,
                                        actor: Principal) async throws -> ProvinceDeadline
    func submission(unitCode: String, period: ReportingPeriod) async throws -> SubmissionRecord?
    @discardableResult func submitPeriod(unitCode: String, period: ReportingPeriod, actor: Principal,
                                         now: Date) async throws -> SubmissionRecord
    @discardableResult func reviewSubmission(unitCode: String, period: ReportingPeriod, to next: SubmissionState,
                                             reason: String?, actor: Principal,
                                             now: Date) async throws -> SubmissionRecord
    func submissionTable(unitCode: String, period: ReportingPeriod, framework: String?,
                         actor: Principal) async throws -> SubmissionTable
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension SubmissionStorage {
    @discardableResult func submitPeriod(unitCode: String, period: ReportingPeriod, actor: Principal,
                                         now: Date = Date()) async throws -> SubmissionRecord {
        try await submitPeriod(unitCode: unitCode, period: period, actor: actor, now: now)
    }

    @discardableResult func reviewSubmission(unitCode: String, period: ReportingPeriod, to next: SubmissionState,
                                             reason: String?, actor: Principal,
                                             now: Date = Date()) async throws -> SubmissionRecord {
        try await reviewSubmission(unitCode: unitCode, period: period, to: next, reason: reason, actor: actor, now: now)
    }

    func submissionTable(unitCode: String, period: ReportingPeriod, framework: String? = nil,
                         actor: Principal) async throws -> SubmissionTable {
        try await submissionTable(unitCode: unitCode, period: period, framework: framework, actor: actor)
    }
}
