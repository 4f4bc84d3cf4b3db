import Foundation

extension AccessPolicy {
    /// Submitting a commune's period as a whole: its commune admin (or the system admin).
    public static func canSubmitPeriod(_ p: Principal, unitCode: String) -> Bool {
        p.role == .admin || (p.role == .communeAdmin && p.unitCode == unitCode)
    }

    /// Returning or approving communes' submissions, setting deadlines, reading the province's
    /// table and reminders: the province's officers (or the system admin).
    public static func canReviewSubmissions(_ p: Principal, provinceCode: String) -> Bool {
        p.role == .admin || (p.role == .provinceOfficer && p.provinceCode == provinceCode)
    }

    /// Reading a province's submissions table and reminders: its reviewers, and national officers,
    /// who read every province (and review none).
    public static func canReadSubmissionTable(_ p: Principal, provinceCode: String) -> Bool {
        canReviewSubmissions(p, provinceCode: provinceCode) || p.role == .nationalOfficer
    }
}
