import Foundation

/// Who may manage whose account, and who may undo an import. Same scope as creating users: the
/// system admin manages everyone; a commune admin manages the commune's own officials and viewers,
/// never admins or province officers.
extension AccessPolicy {
    /// Resetting a password, disabling, enabling, revoking tokens and listing sessions of `target`.
    public static func canManageUser(_ p: Principal, targetRole: Role, targetUnit: String?) -> Bool {
        switch p.role {
        case .admin: return true
        case .communeAdmin:
            return targetUnit != nil && targetUnit == p.unitCode && targetRole != .admin && targetRole != .provinceOfficer
        case .provinceOfficer, .departmentOfficer, .viewer, .nationalOfficer: return false
        }
    }

    /// Listing and revoking one's own sessions needs no role; anyone else's needs `canManageUser`.
    public static func canSeeSessions(_ p: Principal, targetUsername: String, targetRole: Role, targetUnit: String?) -> Bool {
        p.username == targetUsername || canManageUser(p, targetRole: targetRole, targetUnit: targetUnit)
    }

    /// Deleting a commune's figures of a period (undoing a wrong import): whoever manages the commune.
    public static func canDeleteValues(_ p: Principal, unitCode: String) -> Bool {
        canManageCommune(p, unitCode: unitCode)
    }

    /// Deleting dossiers of a commune's ledger: whoever may import them.
    public static func canDeleteDossiers(_ p: Principal, unitCode: String) -> Bool {
        canImportDossiers(p, unitCode: unitCode)
    }

    /// Deleting a plan with its tasks, progress and comments.
    public static func canDeletePlan(_ p: Principal, unitCode: String) -> Bool {
        canManagePlans(p, unitCode: unitCode)
    }
}
