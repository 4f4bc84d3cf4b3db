import Foundation

public enum Role: String, Sendable, Codable, CaseIterable {
    case admin
    case provinceOfficer = "province_officer"
    case communeAdmin = "commune_admin"
    case departmentOfficer = "department_officer"
    case viewer
    /// Reads every province and commune (the national view), writes nothing; belongs to no unit.
    case nationalOfficer = "national_officer"

    public var vietnamese: String {
        switch self {
        case .admin: return "Quản trị hệ thống"
        case .provinceOfficer: return "Cán bộ cấp tỉnh"
        case .communeAdmin: return "Quản trị cấp xã"
        case .departmentOfficer: return "Cán bộ phòng, ban"
        case .viewer: return "Người xem"
        case .nationalOfficer: return "Cán bộ cấp trung ương"
        }
    }
}

/// Who is acting, and where their authority lies.
public struct Principal: Sendable, Codable, Equatable {
    public var username: String
    public var role: Role
    /// The unit the user belongs to (a province for province officers, a commune otherwise; any for admin).
    public var unitCode: String?
    /// The province of that unit (the unit itself for a province officer).
    public var provinceCode: String?
    public var department: String?

    public init(username: String, role: Role, unitCode: String?, provinceCode: String?, department: String? = nil) {
        self.username = username
        self.role = role
        self.unitCode = unitCode
        self.provinceCode = provinceCode
        self.department = department
    }
}

/// The one place that decides who may read and write what; the API, the web pages and the CLI all ask it.
public enum AccessPolicy {
    /// `unitCode` is a commune (or village) code, `provinceCode` its province.
    public static func canRead(_ p: Principal, unitCode: String, provinceCode: String?) -> Bool {
        switch p.role {
        case .admin, .nationalOfficer: return true
        case .provinceOfficer: return provinceCode != nil && provinceCode == p.provinceCode || unitCode == p.unitCode
        case .communeAdmin, .departmentOfficer, .viewer: return unitCode == p.unitCode
        }
    }

    /// Writing a figure: commune admins for anything of their commune; department officers only for
    /// indicators their department owns (lead or partner), in their own commune.
    public static func canWriteValue(_ p: Principal, unitCode: String, indicatorOwners: [String]) -> Bool {
        switch p.role {
        case .admin: return true
        case .communeAdmin: return unitCode == p.unitCode
        case .departmentOfficer:
            guard unitCode == p.unitCode, let dept = p.department else { return false }
            return Department.match(dept, in: indicatorOwners) != nil
        case .provinceOfficer, .viewer, .nationalOfficer: return false
        }
    }

    /// Opening a commune's entry form or import page at all (what each row allows is `canWriteValue`).
    public static func canEnterValues(_ p: Principal, unitCode: String) -> Bool {
        p.role == .admin || ((p.role == .communeAdmin || p.role == .departmentOfficer) && p.unitCode == unitCode)
    }

    /// Approving or sending back figures, and managing a commune's departments, targets and users.
    public static func canManageCommune(_ p: Principal, unitCode: String) -> Bool {
        p.role == .admin || (p.role == .communeAdmin && unitCode == p.unitCode)
    }

    /// Editing a report's number, date, signer and narrative: a commune's by its admin, a province's
    /// own report on its communes by the province's officers.
    public static func canEditReports(_ p: Principal, unitCode: String, isProvince: Bool) -> Bool {
        guard isProvince else { return canManageCommune(p, unitCode: unitCode) }
        return p.role == .admin || (p.role == .provinceOfficer && p.provinceCode == unitCode)
    }

    /// Importing a commune's procedure catalogue and dossier ledger: its commune admin, or an officer
    /// of its public service centre (Trung tâm Phục vụ hành chính công), which keeps that ledger.
    public static func canImportDossiers(_ p: Principal, unitCode: String) -> Bool {
        let centre = p.role == .departmentOfficer && p.unitCode == unitCode
            && p.department.map { VietnameseText.folded($0).contains("phuc vu hanh chinh cong") } == true
        return canManageCommune(p, unitCode: unitCode) || centre
    }

    /// Adding or replacing a province's own report kinds: the system admin or that province's officers.
    public static func canEditReportKinds(_ p: Principal, provinceCode: String) -> Bool {
        p.role == .admin || (p.role == .provinceOfficer && p.provinceCode == provinceCode)
    }

    /// Editing national frameworks and targets.
    public static func canEditFrameworks(_ p: Principal) -> Bool { p.role == .admin }

    /// The national view (every province's roll-up): national officers and the system admin.
    public static func canReadNational(_ p: Principal) -> Bool { p.role == .admin || p.role == .nationalOfficer }

    /// Roles that belong to no unit: their scope is the whole country.
    public static func isUnitless(_ role: Role) -> Bool { role == .admin || role == .nationalOfficer }
}

extension AccessPolicy {
    /// Adding a figure of one's own: the system admin for anyone (or everyone, scope nil), a
    /// province officer for the province, a commune admin for the commune.
    public static func canAddFigure(_ p: Principal, scopeUnitCode: String?) -> Bool {
        switch p.role {
        case .admin: return true
        case .provinceOfficer: return scopeUnitCode != nil && scopeUnitCode == p.provinceCode
        case .communeAdmin: return scopeUnitCode != nil && scopeUnitCode == p.unitCode
        case .departmentOfficer, .viewer, .nationalOfficer: return false
        }
    }
}

extension AccessPolicy {
    /// Setting a unit's own targets: a province's by its province officers, a commune's by its admin;
    /// the system admin any.
    public static func canSetTargets(_ p: Principal, unitCode: String, isProvince: Bool) -> Bool {
        if p.role == .admin { return true }
        return isProvince ? (p.role == .provinceOfficer && p.provinceCode == unitCode) : canManageCommune(p, unitCode: unitCode)
    }
}
