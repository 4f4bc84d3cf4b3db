import Foundation

extension AccessPolicy {
    /// Setting a province's index weights: the system admin or that province's officers.
    public static func canEditIndexWeights(_ p: Principal, provinceCode: String) -> Bool {
        p.role == .admin || (p.role == .provinceOfficer && p.provinceCode == provinceCode)
    }
}
