import Foundation

extension AccessPolicy {
    /// Marking a commune's data-quality flag checked: the commune's admin for its own figures, an
    /// officer of its province for any of the province's communes, the system admin for all.
    /// `provinceCode` is the province of `unitCode`.
    public static func canCheckQuality(_ p: Principal, unitCode: String, provinceCode: String?) -> Bool {
        switch p.role {
        case .admin: return true
        case .communeAdmin: return unitCode == p.unitCode
        case .provinceOfficer: return provinceCode != nil && provinceCode == p.provinceCode
        case .departmentOfficer, .viewer, .nationalOfficer: return false
        }
    }
}
